"""Write, then compare, the `khobor extract` records of a fixed news-dev sample (a speed change must
not change a record).

    python bench/records_diff.py dump OUT_DIR [--src SRC] [--per-lang 75]
    python bench/records_diff.py diff BEFORE_DIR AFTER_DIR

`dump` writes the first N Bengali and first N English articles of ../shared/corpus/news-dev to one
JSON Lines file, runs `python -m khobor.cli extract` on it in a fresh process with SRC (default: this
checkout's src/) first on PYTHONPATH, and writes each record to OUT_DIR/NNNN.json (sorted keys,
indented, so a diff points at the field). `diff` prints the files that differ and, per file, the
first differing lines, and whether the difference is one of order only (the same lists sorted);
exit code 1 when any record differs.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "corpus" / "news-dev" / "articles.jsonl"


def sample_rows(per_lang: int, first: int = 0) -> list[dict]:
    """The first `per_lang` articles of each language, in corpus order (or the first `first` rows)."""
    taken: dict[str, int] = {}
    rows = []
    for line in NEWS_DEV.open(encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        lang = row.get("lang")
        if first:
            if len(rows) < first:
                rows.append(row)
        elif taken.get(lang, 0) < per_lang:
            taken[lang] = taken.get(lang, 0) + 1
            rows.append(row)
    return rows


def dump(out: Path, src: Path, per_lang: int, first: int = 0) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with sample.open("w", encoding="utf-8") as f:
            for row in sample_rows(per_lang, first):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1")
        proc = subprocess.run([sys.executable, "-m", "khobor.cli", "extract", str(sample)],
                              env=env, capture_output=True, text=True)
    lines = [l for l in proc.stdout.splitlines() if l.strip()]
    for i, line in enumerate(lines):
        record = json.loads(line)
        record["source"] = _stable_source(record.get("source"))
        (out / f"{i:04d}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(lines)} records -> {out} (exit {proc.returncode})")
    if proc.stderr.strip():
        print(proc.stderr.strip()[-2000:], file=sys.stderr)
    return 0


def _stable_source(source):
    """The record's source without the temporary folder the sample was written to."""
    return os.path.basename(source) if isinstance(source, str) else source


def _sorted_deep(value):
    """The value with every list sorted (by its JSON text): equal iff the two differ only in order."""
    if isinstance(value, dict):
        return {k: _sorted_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_sorted_deep(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def diff(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    differing = 0
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            differing += 1
            print(f"{name}: only in {'after' if not a.exists() else 'before'}")
            continue
        ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
        if ta == tb:
            continue
        differing += 1
        order_only = _sorted_deep(json.loads(ta)) == _sorted_deep(json.loads(tb))
        print(f"{name}: differs{' (order only)' if order_only else ''}")
        for line in list(difflib.unified_diff(ta.splitlines(), tb.splitlines(), lineterm="", n=1))[2:14]:
            print("   ", line[:200])
    print(f"{len(names)} records, {differing} differ")
    return 1 if differing else 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--src", type=Path, default=ROOT / "src")
    d.add_argument("--per-lang", type=int, default=75)
    d.add_argument("--first", type=int, default=0, help="the first N rows instead (both languages as they come)")
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.src, args.per_lang, args.first)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
