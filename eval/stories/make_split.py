#!/usr/bin/env python3
"""Split eval/stories/pairs.jsonl once into dev and test, by connected component of articles.

    python3 eval/stories/make_split.py > eval/stories/split.json

Run once; the split it wrote is committed and never redrawn. The rule, so anyone can check it:
- build a graph whose nodes are article ids (corpus ids such as "bdnews-0755" and written ids such
  as "written:s1-bn") and whose edges are the labelled pairs, whatever their relation;
- its connected components are the units of the split, so no article (and no pair touching it)
  is in both dev and test;
- the components, sorted by their smallest article id, are shuffled with random.Random(SEED);
  each in turn goes to the split that holds fewer pairs so far (dev on a tie), which gives about
  50/50 by pairs;
- a pair is named by its key "a|b" (a < b), as in pairs.jsonl; "dev" and "test" list keys in file
  order, and "counts" gives pairs by relation and by cross_language for each split.
"""
import collections
import json
import random
from pathlib import Path

SEED = 20261202
HERE = Path(__file__).resolve().parent


def main() -> None:
    pairs = [json.loads(line) for line in (HERE / "pairs.jsonl").open(encoding="utf-8") if line.strip()]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        parent[find(p["a"])] = find(p["b"])
    members = collections.defaultdict(list)
    for i, p in enumerate(pairs):
        members[find(p["a"])].append(i)
    components = sorted(members.values(), key=lambda idx: min(min(pairs[i]["a"], pairs[i]["b"]) for i in idx))
    random.Random(SEED).shuffle(components)
    side = {"dev": [], "test": []}
    for comp in components:
        target = "dev" if len(side["dev"]) <= len(side["test"]) else "test"
        side[target] += comp
    counts = {}
    for name, idx in side.items():
        c = collections.Counter()
        for i in idx:
            p = pairs[i]
            c[p["relation"]] += 1
            c[p["relation"] + (" cross" if p["cross_language"] else " same-language")] += 1
            c["written" if p["a"].startswith("written:") else "corpus"] += 1
        counts[name] = dict(sorted(c.items()))
    key = lambda i: f'{pairs[i]["a"]}|{pairs[i]["b"]}'
    out = {
        "about": "stories gold pairs split once by connected component of articles (seed %d); "
                 "keys are 'a|b' as in pairs.jsonl; score on dev while working, report test" % SEED,
        "seed": SEED,
        "dev": [key(i) for i in sorted(side["dev"])],
        "test": [key(i) for i in sorted(side["test"])],
        "counts": counts,
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
