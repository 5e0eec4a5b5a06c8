#!/usr/bin/env python3
"""Draw the gold corpus from ../shared/corpus/news-dev once, and split it into dev and test.

    python3 eval/make_split.py [--shared ../shared] > eval/split.json

Run once; the split it wrote is committed and never redrawn (a redraw would let test articles
leak into the articles people have looked at). The rule, so anyone can check it:
- language by script (more Bengali letters than Latin ones: "bn"), not the scraper's `lang` field,
  which is often wrong;
- articles whose `text` is 400 to 12,000 characters: shorter rows are mostly list pages and
  stubs (a sub-title only), longer ones are live blogs and documents one annotator cannot finish;
- 80 per language drawn with random.Random(SEED) from the ids sorted, whatever the outlet or
  section; 60% of each language to dev, 40% to test; the seed article joins dev;
- 10 per language of the drawn articles, drawn the same way, are annotated a second time by a
  different annotator to measure agreement.
"""
import argparse
import json
import random
import re
from pathlib import Path

SEED = 20261201
PER_LANGUAGE = 80
DEV_SHARE = 0.6
SECOND_PER_LANGUAGE = 10
MIN_CHARS, MAX_CHARS = 400, 12000
SEED_ARTICLE = "seed:000_aa0006d073a15e1e"


def script_language(text: str) -> str:
    bengali = len(re.findall(r"[\u0980-\u09ff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "bn" if bengali > latin else "en"


def draw(rows: list[dict]) -> dict:
    rng = random.Random(SEED)
    split = {"dev": [], "test": [], "second_annotation": [], "languages": {}}
    for language in ("bn", "en"):
        pool = sorted(r["id"] for r in rows
                      if MIN_CHARS <= len(r["text"] or "") <= MAX_CHARS and script_language(r["text"]) == language)
        drawn = rng.sample(pool, PER_LANGUAGE)
        n_dev = round(PER_LANGUAGE * DEV_SHARE)
        split["dev"] += drawn[:n_dev]
        split["test"] += drawn[n_dev:]
        split["second_annotation"] += rng.sample(drawn, SECOND_PER_LANGUAGE)
        split["languages"].update({i: language for i in drawn})
    split["dev"].insert(0, SEED_ARTICLE)
    split["languages"][SEED_ARTICLE] = "bn"
    return split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = ap.parse_args()
    path = Path(args.shared) / "corpus" / "news-dev" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    split = draw(rows)
    split = {"about": "Drawn once by eval/make_split.py (seed %d); never redrawn. dev: look at errors; "
                      "test: report figures only." % SEED, **split}
    print(json.dumps(split, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
