#!/usr/bin/env python3
"""Fails when a source file under src/ is over MAX_FILE lines or a function
body is over MAX_FUNCTION lines.

Files are those git tracks (src/*.cpp, src/*.h). Function bodies are found
with a brace-matching heuristic over the text with comments, strings and
character literals blanked out: a '{' opens a function body when the code
before it (back to the previous ';', '{' or '}') ends in a parameter list,
optionally followed by qualifiers, a trailing return type or a constructor's
initialiser list. Namespace, class, struct, enum and union bodies are
scopes, not functions; lambdas and blocks inside a function count towards
that function. Usage: check-sizes.py [FILE...] (default: the tracked files).
"""

import re
import subprocess
import sys

MAX_FILE = 1000
MAX_FUNCTION = 120

SCOPE_KEYWORDS = re.compile(r"\b(namespace|class|struct|enum|union)\b")
# A constructor's initialiser list up to a member initialised with braces:
# "C(int x) : B(x), m" before "{1}".
INIT_MEMBER = re.compile(r"\)\s*(?:noexcept\s*)?:\s*[^:].*[\w>]$")
CONTROL = re.compile(r"\b(if|for|while|switch|catch)\s*\($")


def blank_comments_and_strings(text):
    """Returns text with comments, strings and char literals replaced by
    spaces (newlines kept, so line numbers stay)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not text[i - 1].isalnum()):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i + m.end())
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            if c == "'" and i > 0 and text[i - 1].isalnum():
                out.append(" ")  # digit separator, e.g. 1'000
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strip_preprocessor(text):
    return re.sub(r"(?m)^[ \t]*#.*(?:\\\n.*)*$", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def head_is_function(head):
    """head: the code between the previous ';', '{' or '}' and this '{'."""
    h = " ".join(head.split())
    if not h or SCOPE_KEYWORDS.search(h.split("(")[0]):
        return False
    if h.startswith("=") or h.endswith("=") or h.endswith("return"):
        return False
    # Drop a constructor's initialiser list: ") : a(x), b{y}" -> ")".
    m = re.search(r"\)\s*(?:const\s*|noexcept\s*|override\s*|final\s*)*:\s*[^:]", h)
    if m:
        h = h[: m.start() + 1]
    # Drop qualifiers and a trailing return type after the parameter list.
    h = re.sub(r"\)\s*(?:(?:const|noexcept|override|final|volatile|mutable|&|&&)\s*)*(?:->\s*[\w:<>,\s*&]+)?$", ")", h)
    if not h.endswith(")"):
        return False
    if CONTROL.search(h[: h.rfind("(") + 1]):
        return False
    # The name before the parameter list: an identifier, operator or destructor.
    depth, k = 0, len(h) - 1
    while k >= 0:
        if h[k] == ")":
            depth += 1
        elif h[k] == "(":
            depth -= 1
            if depth == 0:
                break
        k -= 1
    before = h[:k].rstrip()
    if re.search(r"\]$", before):  # a lambda: counted within its function
        return False
    return bool(re.search(r"(?:[\w~]|operator\s*\S+)$", before)) and not re.search(
        r"\b(if|for|while|switch|catch|return|sizeof|decltype|alignof)$", before
    )


def functions(text):
    """Yields (name, first line, number of lines) of each function body."""
    code = strip_preprocessor(blank_comments_and_strings(text))
    stack = []  # (kind, start offset, head, head start) per open brace
    last_stop = 0
    for i, c in enumerate(code):
        if c == "{":
            inside_function = any(kind == "function" for kind, _, _, _ in stack)
            head = code[last_stop:i]
            if inside_function:
                kind = "block"
            elif INIT_MEMBER.search(" ".join(head.split())):
                kind = "init"  # a member's braced initialiser: the head goes on
            else:
                kind = "function" if head_is_function(head) else "scope"
            stack.append((kind, i, head, last_stop))
            last_stop = i + 1
        elif c == "}":
            if stack:
                kind, start, head, head_start = stack.pop()
                if kind == "function":
                    first = code.count("\n", 0, start) + 1
                    last = code.count("\n", 0, i) + 1
                    name = " ".join(head.split()).split("(")[0].split()[-1:] or ["?"]
                    yield name[0], first, last - first + 1
                last_stop = head_start if kind == "init" else i + 1
            else:
                last_stop = i + 1
        elif c == ";":
            last_stop = i + 1


def tracked_files():
    out = subprocess.run(
        ["git", "ls-files", "src/*.cpp", "src/*.h"], capture_output=True, text=True, check=True
    ).stdout
    return [f for f in out.splitlines() if f]


def main(argv):
    files = argv[1:] or tracked_files()
    offenders = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        if lines > MAX_FILE:
            offenders.append(f"{path}: {lines} lines (at most {MAX_FILE})")
        for name, first, count in functions(text):
            if count > MAX_FUNCTION:
                offenders.append(f"{path}:{first}: {name} has {count} lines (at most {MAX_FUNCTION})")
    for line in offenders:
        print(line)
    if offenders:
        print(f"check-sizes: {len(offenders)} over the limits")
        return 1
    print(f"check-sizes: {len(files)} files, none over {MAX_FILE} lines, no function over {MAX_FUNCTION} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
