#!/usr/bin/env python3
"""Check eval/stories/pairs.jsonl against the corpus and the written articles.

    python3 eval/stories/check.py [--shared ../shared]

Every line is {"a", "b", "relation", "cross_language", "reason"} with a < b; ids are corpus ids
(rows of ../shared/corpus/news-dev/articles.jsonl) or "written:NAME" (eval/stories/written/NAME.json);
relation is same_report, same_story or different; same_report pairs are same-language;
cross_language agrees with the script of the two articles (more Bengali letters than Latin: bn);
no pair appears twice; no reason repeats 25 characters or more of either corpus article.
"""
import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from make_split import script_language  # noqa: E402  (one home: the gold split tells languages by script the same way)

RELATIONS = {"same_report", "same_story", "different"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parents[1].parent / "shared"))
    args = ap.parse_args()
    corpus = {}
    path = Path(args.shared) / "corpus" / "news-dev" / "articles.jsonl"
    for line in path.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            corpus[r["id"]] = (r.get("headline") or "") + "\n" + (r.get("text") or "")
    written = {}
    for f in (HERE / "written").glob("*.json"):
        w = json.loads(f.read_text(encoding="utf-8"))
        assert w["id"] == "written:" + f.stem, f
        assert set(w) == {"id", "lang", "headline", "text", "published", "url"}, f
        written[w["id"]] = (w["headline"] + "\n" + w["text"], w["lang"])
    errors, seen = [], set()
    for n, line in enumerate((HERE / "pairs.jsonl").open(encoding="utf-8"), 1):
        p = json.loads(line)
        if set(p) != {"a", "b", "relation", "cross_language", "reason"}:
            errors.append(f"{n}: fields {sorted(p)}")
        a, b = p["a"], p["b"]
        if not a < b:
            errors.append(f"{n}: a must sort before b")
        if (a, b) in seen:
            errors.append(f"{n}: duplicate pair")
        seen.add((a, b))
        if p["relation"] not in RELATIONS:
            errors.append(f"{n}: relation {p['relation']}")
        langs = []
        for i in (a, b):
            if i in corpus:
                langs.append(script_language(corpus[i]))
                why, text = p["reason"], corpus[i]
                if any(why[k:k + 25] in text for k in range(max(1, len(why) - 24))):
                    errors.append(f"{n}: reason repeats article {i}")
            elif i in written:
                langs.append(written[i][1])
            else:
                errors.append(f"{n}: unknown id {i}")
        if len(langs) == 2 and (langs[0] != langs[1]) != p["cross_language"]:
            errors.append(f"{n}: cross_language disagrees with the scripts {langs}")
        if p["relation"] == "same_report" and p["cross_language"]:
            errors.append(f"{n}: same_report across languages")
    print(f"{len(seen)} pairs, {len(errors)} problems")
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
