#!/usr/bin/env python3
"""Sorts what `duplicates` still finds in src/main into the shapes ADR 8 accepts and the rest.

Runs `duplicates` over src/main (or reads its output on standard input, given `-`) and looks at the lines each
row names. A row is accepted when it is marked boilerplate by the tool, when it lies in a
Flyway migration (an applied migration never changes), or when every line of one of its two sides is a declaration:
  (a) injected fields and the constructor that only assigns them,
  (b) endpoint or handler declarations: annotations, a signature, and one statement that delegates,
  (c) record components or enum constants,
  (d) an SQL text block naming a table's own columns (each INSERT writes its own table),
  (e) in a template: the page's skeleton, closing tags, and calls of shared fragments with the page's own
      arguments (a form's or a filter bar's fields, a list's table handed to the shared table fragment).
Declarations that delegate to the same calls on both sides (two or more) are the same job written twice, not
declarations, unless they call the one shared piece the class composes. Every other row is listed as a job written twice: the thing to fix. Exits 1 when there is one.

Usage: scripts/duplicates-left.py [--all] [-]   (from the project's root; --all also lists the accepted rows)
"""
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path("src/main")
ROW = re.compile(r"^(D\d+) (\S+):(\d+)-(\d+) ~ (\S+):(\d+)-(\d+)(.*)$")

NOT_A_TYPE = r"(?!(return|throw|new|else|yield|case|assert) )"
TYPE = r"[\w.]+(<[\w<>?, \[\].]*>)?(\[\])*"
MODIFIERS = r"((public|protected|private|static|final|volatile|abstract|default|synchronized) )*"
ANNOTATED = r"(@[\w.]+(\([^)]*\))? )*"
PARAMETER = ANNOTATED + NOT_A_TYPE + TYPE + r" \w+"
DECLARATION = [
    re.compile(p) for p in (
        "^" + MODIFIERS + NOT_A_TYPE + TYPE + r" \w+( = [^;()]*)?;$",          # a field
        r"^this\.\w+ = \w+;$",                                          # a constructor's assignment
        r"^" + MODIFIERS + r"[A-Z]\w*\((" + PARAMETER + r"(, |,$|\) ?\{$))*",  # a constructor's signature
        "^" + MODIFIERS + r"(<[^>]+> )?" + NOT_A_TYPE + TYPE + r" \w+\((" + PARAMETER + r"(, |,$|\)))*",  # a method
        "^" + PARAMETER + r"((, |,$)" + PARAMETER + r")*(,|\)( throws [\w., ]+)? ?\{)?$",  # more parameters
        r"^@[\w.]+(\(.*)?$",                                           # an annotation
        r"^[\w\"=(), ./{}:*@-]+\)$",                                    # an annotation's continued arguments
        r"^[A-Z][A-Z0-9_]*(\(.*\))?[,;]?$",                             # an enum constant
        "^" + MODIFIERS + r"(class|record|interface|enum) \w+.*$",       # a type's declaration
        r"^[}{)\];]*$",
        r"^super\(.*$",                                                   # a constructor handing on its settings
        "^" + MODIFIERS + r"static final " + TYPE + r" \w+ = .*$",          # a constant
        r'^\+ ".*"[;)]*$',                                                 # a constant's text continued
    )
]
# In a template: a page's skeleton, closing tags, a call of a shared fragment with the page's own arguments.
MARKUP = [
    re.compile(p) for p in (
        r"^(</[\w:-]+>\s*)+$",
        r"^<!DOCTYPE html>$",
        r"^<(body|main|tbody|thead|tr|th:block)>$",
        r"^<html .*th:replace=\"~\{layout :: .*>$",
        r"^<[\w:-]+( [\w:-]+=\"[^\"]*\")* th:(replace|insert)=\"~\{[^\"]*\}\"( [\w:-]+=\"[^\"]*\")*>(</[\w:-]+>)?$",
        r"^<th:block th:(ref|if|unless)=\"[^\"]+\">$",
        r"^<(main|table|tr)( [\w:-]+=\"[^\"]*\")*>$",                           # the page's own table and rows
        r"^<(h1|h2|caption)( [\w:-]+=\"[^\"]*\")* th:text=\"#\{[\w.]+\}\"( [\w:-]+=\"[^\"]*\")*>[^<]*</\1>$",
        r"^<input type=\"hidden\"( [\w:-]+=\"[^\"]*\")*>$",
        r"^<(div|td)( [\w:-]+=\"[^\"]*\")*><(span|button)( [\w:-]+=\"[^\"]*\")*( th:replace=\"~\{[^\"]*\}\"| "
        r"th:text=\"#\{[\w.]+\}\")( [\w:-]+=\"[^\"]*\")*>[^<]*</\3></\1>$",
    )
]
RETURN = re.compile(r"^return [\w.]+(\(|;$)")
CALL = re.compile(r"^[\w.]+\.\w+\(.*$")
COMPOSED = re.compile(r"^this\.(\w+) = new [\w<>]+\(.*$")
TARGET = re.compile(r"^(?:return |this\.\w+ = new )?([\w.<>]+)\(")
SQL = re.compile(r'^[\w.]+\.(update|sql|query\w*|execute)\("""$')


def declaration(line):
    line = line.strip()
    return not line or line.startswith(("//", "*", "/*", "import ", "package ")) or any(
        p.match(line) for p in DECLARATION)


def declarations(text):
    """Whether every line is a declaration, or the one statement of a method that delegates, or of a constructor that
    composes a collaborator; one other statement is let pass (a single line shared is no job written twice). Answers
    that, and what the delegating statements call."""
    lines = [l.strip() for l in text if l.strip() and not l.strip().startswith(("//", "*", "/*"))]
    i = 0
    statements = 0
    calls = []
    while i < len(lines):
        if SQL.match(lines[i]):
            while i + 1 < len(lines) and '"""' not in lines[i + 1]:
                i += 1
            i += 1
        elif (RETURN.match(lines[i]) or CALL.match(lines[i])) and i > 0 and lines[i - 1].endswith("{") or \
                COMPOSED.match(lines[i]):
            calls += TARGET.findall(lines[i])[:1]
            while not lines[i].endswith(";") and i + 1 < len(lines):
                i += 1
        elif not declaration(lines[i]):
            statements += 1
            if statements > 1:
                return False, []
        i += 1
    composed = {m.group(1) for m in map(COMPOSED.match, lines) if m}
    return True, [call for call in calls if call.split(".")[0] not in composed and not COMPOSED.match(call)]


def lines(path, start, end):
    text = (ROOT / path).read_text(encoding="utf-8").splitlines()
    return text[start - 1:end]


def kind(row):
    m = ROW.match(row)
    if not m:
        return None
    rid, a, a1, a2, b, b1, b2, rest = m.groups()
    if "boilerplate" in rest:
        return "boilerplate"
    if "db/migration/" in a and "db/migration/" in b:
        return "migration"
    if a.endswith(".html") and b.endswith(".html"):
        for path, s, e in ((a, a1, a2), (b, b1, b2)):
            if sum(1 for l in lines(path, int(s), int(e)) if l.strip() and not any(p.match(l.strip()) for p in MARKUP)) <= 1:
                return "declaration"
    if a.endswith(".java") and b.endswith(".java"):
        (a_ok, a_calls), (b_ok, b_calls) = (declarations(lines(path, int(s), int(e)))
                                            for path, s, e in ((a, a1, a2), (b, b1, b2)))
        same = sum((Counter(a_calls) & Counter(b_calls)).values())
        if (a_ok or b_ok) and same < 2:
            return "declaration"
    return "job"


def run(repo):
    return subprocess.run(["duplicates", "--repo", str(repo), "--most", "200", "--seconds", "300"],
                          capture_output=True, text=True, check=True).stdout


def whole_tree():
    """Every pair in src/main. The tool lists at most 200 rows a run, so when it cuts the list, the Java tree is
    read again package by package, two top-level packages at a time, and the resources (templates, migrations, scripts) on their own; a pair is
    kept once (by its two files), as not boilerplate when any run says so."""
    first = run(ROOT)
    if "more pairs)" not in first:
        return first.splitlines()
    rows = first.splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        java = ROOT / "java/org/resolute"
        parts = sorted(p.name for p in java.iterdir() if p.is_dir())
        for i, one in enumerate(parts):
            for other in parts[i:]:
                tree = Path(tmp) / f"{one}-{other}"
                for part in {one, other}:
                    shutil.copytree(java / part, tree / "java/org/resolute" / part)
                rows += [r.replace(f" java/", " java/") for r in run(tree).splitlines()]
        rows += [re.sub(r"(^D\d+ | ~ )", lambda m: m.group(1) + "resources/", r) if ROW.match(r) else r
                 for r in run(ROOT / "resources").splitlines()]
    return rows


def main():
    show_all = "--all" in sys.argv
    rows = sys.stdin.read().splitlines() if "-" in sys.argv[1:] else whole_tree()
    pairs = {}
    for row in rows:
        m = ROW.match(row)
        if not m:
            continue
        key = tuple(sorted((m.group(2), m.group(5))))
        k = kind(row)
        if key not in pairs or (pairs[key][0] == "boilerplate" and k != "boilerplate"):
            pairs[key] = (k, row)
    counts = {}
    for k, row in pairs.values():
        counts[k] = counts.get(k, 0) + 1
        if show_all and k != "job":
            print(f"{k:12} {row}")
    print(f"{len(pairs)} pairs: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    jobs = sorted((row for k, row in pairs.values() if k == "job"), key=lambda r: ROW.match(r).group(2))
    for row in jobs:
        print("job          " + row)
    return 1 if jobs else 0


if __name__ == "__main__":
    sys.exit(main())
