"""Check NER training files written in inline markup.

Each line: {"id": "...", "lang": "bn", "genre": "...", "marked": "... [শেখ হাসিনা|PER] বলেন ...", "note": null|"..."}
Markup: [surface|TYPE] with TYPE in PER ORG GPE LOC FAC EVT; no nesting; surface as written (case ending on).
Prints per file: ok / errors, and counts per type.
"""
import json, re, sys, unicodedata
from collections import Counter
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "EVT"}
SPAN = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")
def check(path):
    errs, types, n = [], Counter(), 0
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        try:
            row = json.loads(line)
        except Exception as e:
            errs.append(f"line {i}: bad JSON {e}"); continue
        for k in ("id", "lang", "marked"):
            if k not in row: errs.append(f"line {i}: missing {k}")
        extra = set(row) - {"id", "lang", "genre", "marked", "note"}
        if extra: errs.append(f"line {i}: unknown keys {extra}")
        m = row.get("marked", "")
        if unicodedata.normalize("NFC", m) != m: errs.append(f"line {i}: not NFC")
        for s, t in SPAN.findall(m):
            if t not in TYPES: errs.append(f"line {i}: type {t}")
            if s != s.strip(): errs.append(f"line {i}: space at span edge {s!r}")
            types[t] += 1
        rest = SPAN.sub("X", m)
        if any(c in rest for c in "[]|"): errs.append(f"line {i}: unbalanced markup")
    return n, errs, types
if __name__ == "__main__":
    for p in sys.argv[1:]:
        n, errs, types = check(p)
        print(p, n, "rows", "ok" if not errs else f"{len(errs)} errors", dict(types))
        for e in errs[:20]: print("  ", e)
