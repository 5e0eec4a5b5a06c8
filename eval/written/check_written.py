#!/usr/bin/env python3
"""Check a writer's part file of a new written set (briefs/write.md): fields, ids, sizes, language,
and no run of six words shared with news-dev, the written sets already here or another writer's part.

    python3 eval/written/check_written.py WRITTEN/parts/wNN-N.jsonl [--shared ../shared]

Standard library only; a writer runs it until it prints "0 problems".
"""
import argparse, json, re, sys, unicodedata
from pathlib import Path

FIELDS = ["id", "url", "paper_name", "lang", "headline", "sub_title", "category", "author",
          "publication_date", "scraped_at", "source_snapshot", "text"]
HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[\w\u0980-\u09FF]+")


def words(text):
    return [w.lower() for w in WORD.findall(unicodedata.normalize("NFC", text or ""))]


def grams(text, n=6):
    ws = words(text)
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def script_lang(text):
    bn = sum(1 for c in text if "\u0980" <= c <= "\u09FF")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "bn" if bn > latin else "en"


def main(path, shared):
    path = Path(path)
    others = [Path(shared) / "corpus" / "news-dev" / "articles.jsonl", HERE / "articles.jsonl"]
    missing = [str(f) for f in others if not f.is_file()]
    if missing:    # a checker that silently compares against nothing would pass copied text
        print(f"cannot check {path}: missing {', '.join(missing)} (pass --shared)", file=sys.stderr)
        return 2
    own = path.stem                       # w28-N
    rows, problems = [], []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"line {i}: not JSON ({e})")
    other_grams = set()
    for f in others + [p for p in path.parent.glob("*.jsonl") if p.stem != own]:
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    other_grams |= grams((r.get("headline") or "") + "\n" + (r.get("text") or ""))
    seen_ids = set()
    for r in rows:
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            problems.append(f"{rid}: fields must be exactly, in order: {FIELDS}")
        if not re.fullmatch(rf"{re.escape(own)}-(bn|en)-\d\d", str(rid)):
            problems.append(f"{rid}: id must be {own}-bn-NN or {own}-en-NN")
        if rid in seen_ids:
            problems.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        text = r.get("text") or ""
        if not 1200 <= len(text) <= 5000:
            problems.append(f"{rid}: text is {len(text)} characters (1200 to 5000)")
        parts = str(rid).split("-")
        if r.get("lang") != script_lang(text) or len(parts) < 3 or parts[2] != r.get("lang"):
            problems.append(f"{rid}: lang field, id and script disagree")
        shared = grams((r.get("headline") or "") + "\n" + text) & other_grams
        if shared:
            problems.append(f"{rid}: {len(shared)} six-word runs shared with other text, e.g. "
                            f"'{sorted(shared)[0]}'")
    for p in problems:
        print("PROBLEM", p)
    print(f"{path.name}: {len(rows)} rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", help="a writer's file, PARTS/wNN-N.jsonl (its folder holds the other parts)")
    ap.add_argument("--shared", default=str(HERE.parents[2] / "shared"), help="the shared folder")
    args = ap.parse_args()
    sys.exit(main(args.part, args.shared))
