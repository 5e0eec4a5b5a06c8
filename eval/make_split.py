#!/usr/bin/env python3
"""Draw the gold corpus from ../shared/corpus/news-dev once, and split it into dev and test.

    python3 eval/make_split.py [--shared ../shared] > eval/split.json
    python3 eval/make_split.py --grow-dev 24 --grow-seed 20261203   # rewrites eval/split.json
    python3 eval/make_split.py --grow-dev 32 --grow-dev-en 10 --grow-seed S   # fewer English


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

Growing dev (`--grow-dev N --grow-seed S`) draws N more articles per language, by the same rule,
from the rows not drawn before, and appends them to dev; test is never touched, and the draw is
recorded under `grown_dev` (seed and ids) so anyone can redo it. A bigger dev shows whether a rule
generalises before it goes in; the first draw's 48 + 48 stay as they were. From the third growth on
(`near_test_excluded` in its record) rows that are near copies of a test article (8-character
shingle containment over 0.3: the same wire story under another outlet) are left out of the pool,
so that tuning on dev cannot tune on a test article's text.
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
    """A text's language by script, the one rule of the gold split and the stories pairs (whose
    `cross_language` it decides): "bn" when Bengali letters outnumber Latin ones, since the scraper's
    `lang` field is often wrong. Example: script_language("ঢাকা Dhaka") -> "en" (4 against 5)."""
    bengali = len(re.findall(r"[\u0980-\u09ff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "bn" if bengali > latin else "en"


def draw(rows: list[dict]) -> dict:
    rng = random.Random(SEED)
    split = {"dev": [], "test": [], "second_annotation": [], "languages": {}}
    for language in ("bn", "en"):
        drawn = rng.sample(eligible(rows, language), PER_LANGUAGE)
        n_dev = round(PER_LANGUAGE * DEV_SHARE)
        split["dev"] += drawn[:n_dev]
        split["test"] += drawn[n_dev:]
        split["second_annotation"] += rng.sample(drawn, SECOND_PER_LANGUAGE)
        split["languages"].update({i: language for i in drawn})
    split["dev"].insert(0, SEED_ARTICLE)
    split["languages"][SEED_ARTICLE] = "bn"
    return split


def eligible(rows: list[dict], language: str) -> list[str]:
    return sorted(r["id"] for r in rows
                  if MIN_CHARS <= len(r["text"] or "") <= MAX_CHARS and script_language(r["text"]) == language)


def shingles(text: str, k: int = 8, step: int = 4) -> set[str]:
    text = re.sub(r"\s+", " ", text)
    return {text[i:i + k] for i in range(0, max(len(text) - k, 0), step)}


def near_test_copies(split: dict, rows: list[dict], limit: float = 0.3) -> set[str]:
    """Ids of rows with over `limit` of their shingles (every 4th position) found anywhere in a test
    article; the test side takes every position, so a copy under a different prefix still aligns."""
    test_ids = set(split["test"])
    test = [shingles(r["text"] or "", step=1) for r in rows if r["id"] in test_ids]
    near = set()
    for r in rows:
        sh = shingles(r["text"] or "")
        if any(len(sh & t) > limit * max(1, len(sh)) for t in test):
            near.add(r["id"])
    return near


class PoolSpent(ValueError):
    """More articles asked of a language than its pool of undrawn eligible rows holds."""


def grow_dev(split: dict, rows: list[dict], per_language: int | dict[str, int], seed: int) -> dict:
    """Append per_language undrawn articles of each language to dev, drawn with random.Random(seed);
    rows near a test article are left out of the pool. per_language is one count for both languages
    or a count per language ({"bn": 32, "en": 10}) when one pool is nearly spent."""
    counts = per_language if isinstance(per_language, dict) else {"bn": per_language, "en": per_language}
    rng = random.Random(seed)
    taken = set(split["dev"]) | set(split["test"]) | near_test_copies(split, rows)
    added = []
    for language in ("bn", "en"):
        pool = [i for i in eligible(rows, language) if i not in taken]
        if counts[language] > len(pool):
            raise PoolSpent(f"{language}: {counts[language]} asked, {len(pool)} undrawn eligible rows left")
        drawn = rng.sample(pool, counts[language])
        added += drawn
        split["languages"].update({i: language for i in drawn})
    split["dev"] += added
    split.setdefault("grown_dev", []).append({"seed": seed, "per_language": per_language,
                                              "near_test_excluded": True, "ids": added})
    return split


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--grow-dev", type=int, metavar="N", help="append N undrawn articles per language to dev")
    ap.add_argument("--grow-seed", type=int, help="the seed of that draw (a new one per growth)")
    ap.add_argument("--grow-dev-en", type=int, metavar="M",
                    help="draw M English articles instead of N (when the English pool is nearly spent)")
    args = ap.parse_args()
    path = Path(args.shared) / "corpus" / "news-dev" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if args.grow_dev:
        split_path = Path(__file__).resolve().parent / "split.json"
        split = json.loads(split_path.read_text(encoding="utf-8"))
        if args.grow_seed is None or any(g["seed"] == args.grow_seed for g in split.get("grown_dev", [])):
            ap.error("--grow-dev needs a --grow-seed not used before")
        counts = args.grow_dev if args.grow_dev_en is None else {"bn": args.grow_dev, "en": args.grow_dev_en}
        try:
            split = grow_dev(split, rows, counts, args.grow_seed)
        except PoolSpent as err:  # say which pool is spent instead of random.sample's traceback
            ap.error(f"cannot grow dev: {err} (--grow-dev-en M draws fewer English articles)")
        split_path.write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    split = draw(rows)
    split = {"about": "Drawn once by eval/make_split.py (seed %d); never redrawn. dev: look at errors; "
                      "test: report figures only." % SEED, **split}
    print(json.dumps(split, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
