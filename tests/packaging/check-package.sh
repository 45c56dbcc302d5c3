#!/usr/bin/env bash
# Packaging check (a ctest test): the desktop file and AppStream metainfo
# validate, CPack builds a .deb with the right runtime dependencies, and the
# packaged binary runs: --version, and the command line against the demo
# server. As root under CI the .deb is installed with apt (dependencies
# resolved) and /usr/bin/langbot-console is run; otherwise it is unpacked.
set -euo pipefail
source_dir="$1"
build_dir="$2"

desktop-file-validate "$source_dir/packaging/app.langbot.Console.desktop"
appstreamcli validate --no-net "$source_dir/packaging/app.langbot.Console.metainfo.xml"

work=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for needed in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 libqt6svg6 libsecret-1-0; do
    grep -q "$needed" <<<"$depends" || { echo "missing dependency: $needed"; exit 1; }
done
grep -q gnome-keyring <<<"$recommends" || { echo "gnome-keyring is not recommended"; exit 1; }
grep -q qt6-translations-l10n <<<"$recommends" || { echo "Qt's own translations (dialog buttons) are not recommended"; exit 1; }
contents=$(dpkg-deb -c "$deb")
for file in usr/bin/langbot-console usr/share/applications/app.langbot.Console.desktop \
            usr/share/metainfo/app.langbot.Console.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/app.langbot.Console.svg; do
    grep -q "$file" <<<"$contents" || { echo "not in the package: $file"; exit 1; }
done

if [ "$(id -u)" -eq 0 ] && [ "${CI:-}" = "true" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
    binary=/usr/bin/langbot-console
else
    dpkg-deb -x "$deb" "$work/root"
    binary="$work/root/usr/bin/langbot-console"
fi
"$binary" --version

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$binary" --demo-server --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    grep -q "Demo LangBot server" "$work/server.log" && break
    sleep 0.1
done
LANGBOT_API_KEY=lbk_demo_console_key "$binary" list --url "http://127.0.0.1:$port" --json >"$work/list.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["models"]) >= 3, d; print(len(d["models"]), "models listed by the packaged binary")' "$work/list.json"
