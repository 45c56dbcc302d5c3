#!/usr/bin/env bash
# Installs what langbot-console needs to build and run on Debian 12;
# with --tests also what the tests need (scripts/test.sh passes it).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config openssl python3
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qtkeychain-qt6-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    libsecret-1-0 gnome-keyring dbus
    xvfb xauth fonts-dejavu-core
)
if [ "${1:-}" = "--tests" ]; then
    packages+=(
        # the packaging check: build, validate and install the .deb
        dpkg-dev desktop-file-utils appstream
        # tests/accessibility: the AT-SPI bus and a client that reads it
        at-spi2-core python3-pyatspi
        # scripts/test.sh's extra stages: libFuzzer (clang and its runtimes),
        # symbolized sanitizer reports, valgrind memcheck
        clang libclang-rt-14-dev llvm valgrind
        # scripts/check-format.sh, scripts/check-sizes.py
        clang-format git
        # tests/bench: the reference server on LangBot's own HTTP stack
        python3-quart python3-hypercorn
    )
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
