#!/usr/bin/env python3
"""Same-report evidence on unlabelled text: the copies khobor makes among news-dev rows that no test
uses, and the near candidates it leaves apart, to be read and judged by GUIDELINES.md.

    PYTHONPATH=src python eval/stories/unlabelled_reports.py [--records FILE] [--least 0.3]

Why: dev's labelled copies are all found, so dev shows no error; the rows outside every test are
where false and missed copies can still be looked for. Left out: the articles of the stories test
pairs (`split.json`), the gold test articles (`eval/split.json`) and near copies of either
(`make_split.near_test_copies`), so nothing printed is a test article or a copy of one. The kept
rows are stored on their scrape days and grouped by the code of `khobor stories rebuild`
(`organise.evaluate.group_articles`, keys only: the embedding decides stories, not reports).

It prints ids and scores only (no article text):
- `linked`: every pair khobor puts in one report, with its label in `pairs.jsonl` if any;
- `apart`: same-language pairs within two scrape days that khobor keeps in two reports and that
  share much text (8-character shingle containment >= --least) or come from one outlet and share
  half the words of the shorter headline; with both containments (8-character, word 4-gram), the
  outlet test, the label if any and the text lengths. A copy shares most word 4-grams (a lead cut
  from a report shares all of them); the rest are the hard negatives of README step 6.
`--records` takes the records `khobor extract` printed for news-dev (or `khobor stories eval`'s
cached file); without it the kept rows are extracted (a minute or two).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from make_split import near_test_copies, script_language  # noqa: E402  (eval/make_split.py)
from hard_pairs import char_shingles, containment, held_out_articles, pair_labels, word_grams  # noqa: E402  (this folder's overlap scores)

HEADLINE_WORD = re.compile(r"[\w\u0980-\u09ff]{3,}")
WINDOW_DAYS = 2  # the copy test's own window (organise.duplicates.WINDOW_DAYS)


def excluded_rows(rows: list[dict], stories_split: dict, gold_split: dict) -> set[str]:
    """Ids of the test articles of both yardsticks and of every row that is a near copy of one:
    {"test": ["a|b"]}, {"test": ["c"]} -> {"a", "b", "c", ...copies}."""
    held = held_out_articles(stories_split) | set(gold_split["test"])
    return held | near_test_copies({"test": sorted(held)}, rows)


def report_of(rows: list[dict], records_file: Path | None, shared_corpus: Path) -> dict[str, int]:
    """{row id: report id} of `rows` grouped as `khobor stories rebuild` groups a store."""
    from khobor.organise.evaluate import (extract_records, group_articles, name_records,
                                          read_records, scraped_days)
    ids = {r["id"] for r in rows}
    with tempfile.TemporaryDirectory(prefix="khobor-unlabelled-") as tmp:
        if records_file:
            records = name_records(read_records(records_file), [shared_corpus])
        else:
            kept = Path(tmp) / "kept.jsonl"
            kept.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            records = name_records(extract_records([kept]), [kept])
    records = {name: rec for name, rec in records.items() if name in ids}
    groups = group_articles(records, None, stored_days=scraped_days(shared_corpus))
    return {name: report for name, (report, _story) in groups.items()}


def near_pairs(rows: list[dict], report: dict[str, int], least: float) -> list[tuple]:
    """(chars8, words4, same_outlet, a, b) of same-language pairs within WINDOW_DAYS scrape days
    kept in two reports that share `least` of the shorter's 8-character shingles, or come from one
    outlet with half the shorter headline's words in common; the highest overlap first."""
    day = {r["id"]: date.fromisoformat(str(r.get("scraped_at"))[:10]) for r in rows}
    lang = {r["id"]: script_language((r.get("headline") or "") + "\n" + r["text"]) for r in rows}
    shingles = {r["id"]: char_shingles(r["text"]) for r in rows}
    grams = {r["id"]: word_grams(r["text"]) for r in rows}
    titles = {r["id"]: {w.casefold() for w in HEADLINE_WORD.findall(r.get("headline") or "")} for r in rows}
    outlet = {r["id"]: r.get("paper_name") for r in rows}
    out = []
    for a, b in combinations(sorted(day), 2):
        if lang[a] != lang[b] or abs((day[a] - day[b]).days) > WINDOW_DAYS or report.get(a) == report.get(b):
            continue
        chars8 = containment(shingles[a], shingles[b])
        same_outlet = outlet[a] == outlet[b]
        title = len(titles[a] & titles[b]) / max(1, min(len(titles[a]), len(titles[b])))
        if chars8 >= least or (same_outlet and title >= 0.5):
            out.append((round(chars8, 3), round(containment(grams[a], grams[b]), 3), same_outlet, a, b))
    return sorted(out, key=lambda t: (-t[0], t[3], t[4]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parents[2] / "shared"))
    ap.add_argument("--records", type=Path, help="Records of news-dev as `khobor extract` prints them")
    ap.add_argument("--least", type=float, default=0.3, help="Least 8-character containment of an `apart` pair")
    ap.add_argument("--min-chars", type=int, default=100, help="Rows with less text are left out")
    args = ap.parse_args()
    corpus = Path(args.shared) / "corpus/news-dev/articles.jsonl"
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    excluded = excluded_rows(rows, json.loads((HERE / "split.json").read_text(encoding="utf-8")),
                             json.loads((HERE.parent / "split.json").read_text(encoding="utf-8")))
    rows = [r for r in rows if r["id"] not in excluded and len(r.get("text") or "") >= args.min_chars]
    labels = pair_labels(HERE / "pairs.jsonl")
    report = report_of(rows, args.records, corpus)
    members = defaultdict(list)
    for name, rep in report.items():
        members[rep].append(name)
    length = {r["id"]: len(r["text"]) for r in rows}
    print(f"# {len(rows)} rows kept; {len(excluded)} ids left out (test articles, some not in news-dev, and near copies)")
    for group in sorted(sorted(m) for m in members.values() if len(m) > 1):
        for a, b in combinations(group, 2):
            print(f"linked\t{a}\t{b}\t{labels.get((a, b), '-')}")
    for chars8, words4, same_outlet, a, b in near_pairs(rows, report, args.least):
        print(f"apart\t{a}\t{b}\t{labels.get((a, b), '-')}\t{chars8:.3f}\t{words4:.3f}\t"
              f"{'same outlet' if same_outlet else 'two outlets'}\t{length[a]}\t{length[b]}")


if __name__ == "__main__":
    main()
