#!/usr/bin/env python3
"""Lists the Rust functions longer than a limit (issue 12: no function over ~80 lines without a reason).

    scripts/long-functions.py [--min N] [PATH ...]

PATHs (files or directories; default: crates/ src/ tests/ benches/ fuzz/src/ from the repository root) are
searched for `.rs` files. A function's length is counted from its `fn` line to its closing brace, both
included (doc comments and attributes above it are not counted). Output: one line per function of at least
N lines (default 81), longest first: `LINES  PATH:LINE  NAME`, and after the name `(reason written)` when
the comment just above the function (or above its doc comment) says why it is long, i.e. contains
"long" or "split". Exit status 0 always: this is a list to read, not a gate.

The scanner knows enough Rust to count braces: it skips comments, string literals (raw ones too) and
character literals, and tells a lifetime from a character literal.
"""

import argparse
import os
import re
import sys

FN = re.compile(
    r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:default\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?"
    r"(?:extern\s+\"[^\"]*\"\s+)?fn\s+([A-Za-z_][A-Za-z0-9_]*)"
)


def code_chars(text):
    """Yields (index, char) for the characters of `text` that are code, not comment or literal."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            continue
        raw = re.match(r'b?r(#*)"', text[i : i + 80])
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            end = '"' + raw.group(1)
            j = text.find(end, i + raw.end())
            i = n if j < 0 else j + len(end)
            continue
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            continue
        if c == "'":
            # A character literal ('x', '\n', '\u{..}', '{'), or a lifetime ('a) / label.
            lit = re.match(r"'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'])'", text[i : i + 12])
            if lit:
                i += lit.end()
                continue
        yield i, c
        i += 1


def functions(path):
    """(name, first line, last line) of every function with a body in the file."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    line_starts = [0]
    for m in re.finditer("\n", text):
        line_starts.append(m.end())

    def line_of(index):
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= index:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    # Brace depth at each code character; a function's body is the first `{` after its `fn` line at the
    # depth the `fn` was found, up to the `}` that closes it (a `;` first: no body).
    starts = {}
    for number, line in enumerate(text.split("\n"), start=1):
        m = FN.match(line)
        if m:
            starts[number] = m.group(1)
    out = []
    pending = []  # (name, line, depth) waiting for their body's `{`
    open_bodies = []  # (name, line, depth of the body)
    depth = 0
    for index, c in code_chars(text):
        line = line_of(index)
        if line in starts and not any(p[1] == line for p in pending) and not any(
            b[1] == line for b in open_bodies
        ) and not any(o[1] == line for o in out):
            pending.append((starts[line], line, depth))
        if c == "{":
            if pending and pending[-1][2] == depth:
                name, first, _ = pending.pop()
                open_bodies.append((name, first, depth + 1))
            depth += 1
        elif c == "}":
            if open_bodies and open_bodies[-1][2] == depth:
                name, first, _ = open_bodies.pop()
                out.append((name, first, line))
            depth -= 1
        elif c == ";" and pending and pending[-1][2] == depth:
            pending.pop()  # a declaration without a body (trait method, extern)
    return out


def reason_written(lines, first):
    """Whether a plain comment above the function (above its doc comment and attributes) gives a reason."""
    i = first - 2
    while i >= 0 and (lines[i].strip().startswith("#[") or lines[i].strip().startswith("///")):
        i -= 1
    comment = []
    while i >= 0 and lines[i].strip().startswith("//") and not lines[i].strip().startswith("///"):
        comment.append(lines[i])
        i -= 1
    # A reason may also be written in the doc comment itself.
    j = first - 2
    while j >= 0 and (lines[j].strip().startswith("#[") or lines[j].strip().startswith("///")):
        comment.append(lines[j])
        j -= 1
    text = " ".join(comment).lower()
    return "long" in text or "split" in text or "over 80 lines" in text


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min", type=int, default=81, help="report functions of at least this many lines")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    paths = args.paths or [
        os.path.join(root, p) for p in ("crates", "src", "tests", "benches", "fuzz/src")
    ]
    files = []
    for p in paths:
        if os.path.isfile(p):
            files.append(p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d not in ("target", ".git"))
            files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".rs"))
    found = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for name, first, last in functions(path):
            length = last - first + 1
            if length >= args.min:
                rel = os.path.relpath(path, root)
                found.append((length, rel, first, name, reason_written(lines, first)))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    for length, rel, first, name, reason in found:
        print(f"{length:5}  {rel}:{first}  {name}{'  (reason written)' if reason else ''}")
    print(f"{len(found)} function(s) of {args.min} lines or more", file=sys.stderr)


if __name__ == "__main__":
    main()
