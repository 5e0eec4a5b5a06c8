"""Score khobor against gold files (the format of ../shared/corpus/seed/*.gold.json) with
../shared/tools/score.py: every `NAME.txt` beside a `NAME.gold.json` in the given folders is
extracted (published = the gold's `published_for_resolution`) and scored, per file and overall.

    python bench/eval_gold.py [DIR ...]        (default: ../shared/corpus/seed)
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from khobor.ingest import read_inputs
from khobor.pipeline import Overrides, process

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", default=[str(SHARED / "corpus" / "seed")])
    ap.add_argument("--each", action="store_true", help="print the score of every file too")
    args = ap.parse_args()
    if not SCORE.exists():
        print(f"skipped: {SCORE} is not there")
        return 0
    pairs = []
    tmp = Path(tempfile.mkdtemp(prefix="khobor-eval-"))
    for d in args.dirs:
        for gold in sorted(Path(d).glob("*.gold.json")):
            txt = gold.with_name(gold.name.replace(".gold.json", ".txt"))
            if not txt.exists():
                continue
            g = json.loads(gold.read_text(encoding="utf-8"))
            (raw,) = list(read_inputs([str(txt)]))
            rec = process(raw, Overrides(published=g.get("published_for_resolution")))
            out = tmp / (txt.stem + ".json")
            out.write_text(rec.to_json(), encoding="utf-8")
            pairs += [str(gold), str(out)]
            if args.each:
                res = subprocess.run([sys.executable, str(SCORE), str(gold), str(out)], capture_output=True, text=True)
                print(f"== {txt.name}\n{res.stdout}")
    if not pairs:
        print("no gold files found")
        return 1
    res = subprocess.run([sys.executable, str(SCORE), *pairs], capture_output=True, text=True)
    print(f"== all {len(pairs) // 2} file(s)\n{res.stdout}{res.stderr}")
    print(f"records in {tmp}")
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
