#!/usr/bin/env python3
"""The steps of a blind set (README.md here) that are bookkeeping, so that a new machine needs
nothing outside the checkout: the annotators' and reviewers' briefs, the blind eval folder, and
the fold into dev at the round's end. Standard library only.

    python3 eval/written/blind_set.py briefs  --set WRITTEN --work WORK --gold GOLD --out DIR \
                                              --ann-deadline 13:05 --rev-deadline 13:12 [--round 42]
    python3 eval/written/blind_set.py evaldir --set WRITTEN --gold GOLD --out EVAL_DIR
    python3 eval/written/blind_set.py fold    --set WRITTEN --gold GOLD --round 42 --date 2026-12-07 \
                                              --about "..." [--checkout .]

WRITTEN is the set's folder shaped like ../shared (`corpus/news-dev/articles.jsonl`, the writers'
parts joined); WORK the annotators' working files; GOLD the stand-off gold they write. `briefs`
deals each language's rows out to four annotators in turn (six Bengali and two English each for
a set of 24 + 8) and gives the Bengali rows to two reviewers, the English to a third. The blind
set is then scored with `khobor eval --split dev --eval-dir EVAL_DIR --shared WRITTEN`.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATORS = "abcd"
REVIEWERS = "abc"


def set_rows(written: Path) -> list[dict]:
    """The set's rows, in file order. Example: set_rows(Path("WRITTEN"))[0]["id"] -> "w42-1-bn-01"."""
    path = written / "corpus" / "news-dev" / "articles.jsonl"
    if not path.is_file():
        raise SystemExit(f"no set at {path}: join the writers' parts there first")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assignments(rows: list[dict], seed: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Annotators (each language dealt out in turn, after a seeded shuffle) and reviewers (the
    Bengali rows halved between the first two, the English to the third).
    Example: 24 bn + 8 en rows -> ({"a": 6 bn + 2 en, ...}, {"a": 12 bn, "b": 12 bn, "c": 8 en})."""
    rnd = random.Random(seed)
    by_lang = {lang: [r["id"] for r in rows if r["lang"] == lang] for lang in ("bn", "en")}
    annotators: dict[str, list[str]] = {name: [] for name in ANNOTATORS}
    for ids in by_lang.values():
        rnd.shuffle(ids)
        for i, article_id in enumerate(ids):
            annotators[ANNOTATORS[i % len(ANNOTATORS)]].append(article_id)
    bn, half = sorted(by_lang["bn"]), (len(by_lang["bn"]) + 1) // 2
    reviewers = {"a": bn[:half], "b": bn[half:], "c": sorted(by_lang["en"])}
    return annotators, reviewers


def fill(template: str, values: dict[str, str]) -> str:
    """The brief with its capitalised placeholders filled.
    Example: fill("annotator NAME, by DEADLINE", {"NAME": "a42a", "DEADLINE": "13:05"}) -> "annotator a42a, by 13:05"."""
    for key, value in values.items():
        template = template.replace(key, value)
    return template


def write_briefs(args) -> None:
    rows = set_rows(args.set)
    annotators, reviewers = assignments(rows, args.round * 1000 + 42)
    args.out.mkdir(parents=True, exist_ok=True)
    args.gold.mkdir(parents=True, exist_ok=True)
    places = {"WRITTEN": str(args.set), "WORK": str(args.work), "GOLD": str(args.gold)}
    for kind, people, deadline, template in (
            ("ann", annotators, args.ann_deadline, "annotate.md"),
            ("rev", reviewers, args.rev_deadline, "review.md")):
        text = (HERE / "briefs" / template).read_text(encoding="utf-8")
        for letter, ids in people.items():
            name = f"{'a' if kind == 'ann' else 'r'}{args.round}{letter}"
            if kind == "ann":
                (args.work / name).mkdir(parents=True, exist_ok=True)
            values = {**places, "NAME": name, "IDS": ", ".join(ids), "DEADLINE": deadline}
            (args.out / f"{kind.upper()}_{name}.md").write_text(fill(text, values), encoding="utf-8")
            print(f"{name}: {len(ids)} articles")


def write_evaldir(args) -> None:
    rows = set_rows(args.set)
    missing = [r["id"] for r in rows if not (args.gold / f"{r['id']}.json").is_file()]
    if missing:
        raise SystemExit(f"no gold yet for {len(missing)} rows: {', '.join(missing)}")
    args.out.mkdir(parents=True, exist_ok=True)
    split = {"about": "a blind set", "dev": [r["id"] for r in rows], "test": [],
             "languages": {r["id"]: r["lang"] for r in rows}}
    (args.out / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    if not (args.out / "gold").exists():
        (args.out / "gold").symlink_to(args.gold.resolve())
    print(f"{args.out}: {len(rows)} articles")


def fold(args) -> None:
    """Copy the gold in, append the rows to eval/written/articles.jsonl and the ids to dev with a
    `written_dev` entry; refuses a set any of whose ids dev already holds."""
    rows, evals = set_rows(args.set), args.checkout / "eval"
    ids = [r["id"] for r in rows]
    split_path = evals / "split.json"
    split = json.loads(split_path.read_text(encoding="utf-8"))
    if set(ids) & set(split["dev"]) or set(ids) & set(split["test"]):
        raise SystemExit("refused: some of the set's ids are in the split already")
    for article_id in ids:
        shutil.copyfile(args.gold / f"{article_id}.json", evals / "gold" / f"{article_id}.json")
    with open(evals / "written" / "articles.jsonl", "a", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    split["dev"] += ids
    split["languages"].update({r["id"]: r["lang"] for r in rows})
    split.setdefault("written_dev", []).append({"round": args.round, "date": args.date, "ids": ids,
                                                "about": args.about})
    split_path.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(ids)} articles folded into dev ({len(split['dev'])})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    for step in ("briefs", "evaldir", "fold"):
        p = sub.add_parser(step)
        p.add_argument("--set", type=Path, required=True)
        p.add_argument("--gold", type=Path, required=True)
    sub.choices["briefs"].add_argument("--work", type=Path, required=True)
    sub.choices["briefs"].add_argument("--out", type=Path, required=True)
    sub.choices["briefs"].add_argument("--ann-deadline", required=True)
    sub.choices["briefs"].add_argument("--rev-deadline", required=True)
    sub.choices["briefs"].add_argument("--round", type=int, default=0)
    sub.choices["evaldir"].add_argument("--out", type=Path, required=True)
    for flag, kind in (("--round", int), ("--date", str), ("--about", str)):
        sub.choices["fold"].add_argument(flag, type=kind, required=True)
    sub.choices["fold"].add_argument("--checkout", type=Path, default=HERE.parents[1])
    args = ap.parse_args(argv)
    {"briefs": write_briefs, "evaldir": write_evaldir, "fold": fold}[args.step](args)


if __name__ == "__main__":
    sys.exit(main())
