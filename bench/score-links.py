"""Scores one tool's report against the planted defects: python3 bench/score-links.py TOOL REPORT EXPECTED.

Prints "found missed false_positives reported". Each report is cut into problems (one per page and
URL, duplicates merged); a planted defect is found when some problem names its token, and a problem
that names no token is a false positive. Missed tokens are listed on stderr.
"""
import csv
import json
import re
import sys


def essaykit(text):
    report = json.loads(text)
    return {(f["output"]["file"], f.get("url", f["message"])) for f in report["findings"]}


def linkchecker(text):
    # CSV with ";" and "# " comment lines; a broken link is valid=False, a missing anchor is a warning on a valid row.
    lines = [line for line in text.splitlines() if line and not line.startswith("# ")]  # "#frag;..." is a row
    rows = csv.DictReader(lines, delimiter=";")
    return {(r["parentname"], r["url"] + " " + r["warningstring"])
            for r in rows if r["valid"] == "False" or r["warningstring"]}


def htmlproofer(text):
    problems, page = set(), ""
    for line in text.splitlines():
        if line.startswith("- "):
            page = line[2:].strip()
        elif line.startswith("  *  "):
            problems.add((page, line[5:].strip()))
    return problems


def linkinator(text):
    rows = csv.DictReader(text.splitlines())
    return {(r["parent"], r["url"]) for r in rows if r.get("state") == "BROKEN"}


def main():
    tool, report, expected = sys.argv[1:4]
    tokens = [line.split("\t")[3].strip() for line in open(expected, encoding="utf-8")
              if line.strip() and not line.startswith("#")]
    with open(report, encoding="utf-8", errors="replace") as f:
        problems = globals()[tool](f.read())
    named = lambda text, token: re.search(re.escape(token) + r"(?![0-9])", text)
    found = [t for t in tokens if any(named(page + " " + what, t) for page, what in problems)]
    false = [p for p in problems if not any(named(p[0] + " " + p[1], t) for t in tokens)]
    missed = [t for t in tokens if t not in found]
    if missed:
        print(tool + " missed: " + " ".join(missed), file=sys.stderr)
    for page, what in sorted(false)[:5]:
        print(tool + " false positive: " + page + " " + what, file=sys.stderr)
    print(len(found), len(missed), len(false), len(problems))


main()
