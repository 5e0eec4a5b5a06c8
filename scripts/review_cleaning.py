"""Review the cleaner on a JSONL corpus: for N articles per language, count leftovers of the
boilerplate the cleaner must remove, repeated sentences that survived, and input sentences that
are neither in the cleaned text nor listed in `removed` (lost). Prints per-article lines for
hand reading and a summary.

    python scripts/review_cleaning.py ../shared/corpus/news-dev/articles.jsonl --per-lang 30
"""
from __future__ import annotations

import argparse
import json
import random
import sys

import regex

from khobor.clean.normalise import fold, normalise_text
from khobor.clean.rules import rules_for
from khobor.clean.sentences import split_block
from khobor.ingest.jsonl import row_to_article
from khobor.pipeline import process

LEFTOVER = regex.compile(r"(?i)\[(?:বিজ্ঞাপন|ad)[_ ]?\w*\]|উৎস লিঙ্ক|source link|মন্তব্য\s*\(\d+\)|comments?\s*\(\d+\)|"
                         r"(?:আরও|আরো) পড়ুন|read more:|also read|ফলো করতে এখানে ক্লিক|click here")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jsonl")
    ap.add_argument("--per-lang", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", action="store_true", help="print each cleaned text")
    args = ap.parse_args(argv)
    rows = [json.loads(l) for l in open(args.jsonl, encoding="utf-8")]
    random.Random(args.seed).shuffle(rows)
    per = {"bn": 0, "en": 0}
    totals = {"articles": 0, "leftover": 0, "repeated": 0, "lost": 0, "removed": 0}
    for i, row in enumerate(rows):
        rec = process(row_to_article(row, f"{args.jsonl}#{i}"), extract=False)
        if rec.language not in per or per[rec.language] >= args.per_lang:
            continue
        per[rec.language] += 1
        totals["articles"] += 1
        rules = rules_for(rec.language)
        body = rec.text
        leftovers = LEFTOVER.findall(body)
        sents = [fold(body[s.start:s.end]) for s in rec.sentences]
        repeated = [s for s in set(sents) if len(s) >= 25 and sents.count(s) > 1]
        src = normalise_text(row["text"])
        src_sents = [fold(src[s.start:s.end]) for s in split_block(src, 0, len(src), rules)]
        folded_body, folded_removed = fold(body), " ".join(fold(r) for r in rec.removed)
        lost = []
        for s in dict.fromkeys(src_sents):
            if s in folded_body or s in folded_removed:
                continue
            residue = s   # a sentence the cleaner cut into pieces (a widget inside it) is not lost
            for r in rec.removed:
                residue = residue.replace(fold(r), " ")
            if len([w for w in residue.split() if w not in folded_body]) >= 3:
                lost.append(s)
        totals["leftover"] += len(leftovers)
        totals["repeated"] += len(repeated)
        totals["lost"] += len(lost)
        totals["removed"] += len(rec.removed)
        print(f"[{rec.language}] {row.get('paper_name')}: {len(rec.sentences)} sentences, removed {len(rec.removed)}, "
              f"leftover {len(leftovers)}, repeated {len(repeated)}, lost {len(lost)}")
        for r in rec.removed[:4]:
            print(f"      removed: {r[:90]}")
        for s in lost[:3]:
            print(f"      LOST: {s[:90]}")
        for s in leftovers[:3]:
            print(f"      LEFTOVER: {s}")
        if args.show:
            print("      " + body.replace("\n", "\n      "))
        if all(v >= args.per_lang for v in per.values()):
            break
    print("summary:", json.dumps({**totals, **{f"n_{k}": v for k, v in per.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
