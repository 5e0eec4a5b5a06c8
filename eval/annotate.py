#!/usr/bin/env python3
"""Annotators' tool for the gold corpus (standard library only; see eval/GUIDELINES.md).

    python3 eval/annotate.py show ARTICLE_ID          print the article to annotate
    python3 eval/annotate.py check FILE.json...        validate working files, print counts
    python3 eval/annotate.py standoff FILE.json... --out eval/gold
                                                       write the stand-off copies (spans, no words)

ARTICLE_ID is an id of ../shared/corpus/news-dev/articles.jsonl, or seed:NAME for
../shared/corpus/seed/NAME.txt. --shared DIR points at another shared folder.
"""
import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from khobor.eval import standoff  # noqa: E402  (stdlib only)
from khobor.eval.corpus import load_article  # noqa: E402


def show(article: dict) -> None:
    for key in ("id", "url", "paper_name", "publication_date", "scraped_at", "category", "author",
                "headline", "sub_title"):
        if article.get(key):
            print(f"{key:>16}: {article[key]}")
    print("-" * 72)
    lines = re.split(r"(?<=[।!?.])\s+|\n", article.get("text") or "")
    for n, line in enumerate(lines, 1):
        if line.strip():
            print(f"{n:4d}| {line}")


def check(path: Path, shared: Path) -> tuple[dict | None, list[str]]:
    try:
        working = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        return None, [f"cannot read: {err}"]
    try:
        article = load_article(working.get("article") or "", shared)
    except LookupError as err:
        return None, [str(err)]
    problems = standoff.label_problems(working)
    try:
        gold = standoff.to_standoff(working, article)
    except standoff.AnnotationError as err:
        return None, problems + [str(err)]
    return gold, problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["show", "check", "standoff"])
    ap.add_argument("items", nargs="+")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", help="standoff: folder for the stand-off files")
    args = ap.parse_args()
    shared = Path(args.shared)
    if args.command == "show":
        for item in args.items:
            show(load_article(item, shared))
        return 0
    failed = 0
    for item in args.items:
        gold, problems = check(Path(item), shared)
        if problems or gold is None:
            failed += 1
            print(f"{item}: REFUSED")
            for p in problems:
                print(f"  - {p}")
            continue
        print(f"{item}: ok  " + "  ".join(f"{k}={v}" for k, v in standoff.counts(gold).items()))
        if args.command == "standoff":
            out = Path(args.out or ROOT / "eval" / "gold")
            out.mkdir(parents=True, exist_ok=True)
            name = gold["article"].replace(":", "_") + ".json"
            (out / name).write_text(standoff.dumps(gold), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
