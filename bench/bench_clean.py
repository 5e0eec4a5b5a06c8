"""Cleaning + structuring throughput on HTML pages, against `trafilatura.extract` alone on the
same pages in the same run.

    python bench/bench_clean.py [--pages 300] [--repeat 3]

Pages are built from the real article texts of ../shared/corpus/news-dev (each wrapped in page
furniture: navigation, scripts, a figure with a credited caption, share widgets, a footer), or
from the bundled examples when ../shared is absent. Prints articles/s for both and the ratio of
khobor's time to trafilatura's (goal: <= 1.3).
"""
from __future__ import annotations

import argparse
import html
import json
import time
from pathlib import Path

import trafilatura

from khobor.clean import structure
from khobor.ingest.html import read_html

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "corpus" / "news-dev" / "articles.jsonl"

TEMPLATE = """<!doctype html><html><head><meta charset="utf-8"><title>{title} | Example</title>
<meta property="article:published_time" content="2025-12-29T10:00:00+06:00">
<script>var dataLayer = []; function track(e) {{ dataLayer.push(e); }}</script>
<style>body {{ font-family: sans-serif; }}</style></head><body>
<header><nav><a href="/">Home</a> <a href="/national">National</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1><div class="meta">Staff Correspondent</div>
{paras}
<figure><img src="/img/1.jpg"><figcaption>{caption} <span class="credit">AFP</span></figcaption></figure>
<div class="share">Share on Facebook | Share on X | Copy link</div></article>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul></aside></main>
<footer>Copyright Example. All rights reserved.</footer><script>track('view');</script></body></html>"""


def _split(text: str, n: int = 4) -> list[str]:
    words = text.split(" ")
    step = max(1, len(words) // n)
    return [" ".join(words[i:i + step]) for i in range(0, len(words), step)]


def pages(limit: int) -> list[str]:
    rows = []
    if NEWS_DEV.exists():
        rows = [json.loads(l) for l in NEWS_DEV.open(encoding="utf-8")]
        rows = [(r.get("headline") or "Untitled", r["text"]) for r in rows if len(r.get("text") or "") > 300]
    else:
        for p in sorted((ROOT / "examples").glob("*.txt")):
            t = p.read_text(encoding="utf-8").split("\n")
            rows.append((t[0], " ".join(t[1:])))
    out = []
    while len(out) < limit:
        for title, text in rows:
            paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in _split(text))
            out.append(TEMPLATE.format(title=html.escape(title), paras=paras, caption=html.escape(text[:80])))
            if len(out) >= limit:
                break
    return out


def khobor_clean(page: str) -> None:
    structure.build_record(read_html(page, "bench"))


def trafilatura_alone(page: str) -> None:
    trafilatura.extract(page, output_format="txt", include_comments=False, include_tables=False, favor_recall=True)


def timed(fn, docs, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = pages(args.pages)
    khobor_clean(docs[0]), trafilatura_alone(docs[0])  # warm-up: imports, language model, rules
    # interleaved, best of each: the machine is shared, and load changes from one second to the next
    t_traf = t_ours = float("inf")
    for _ in range(args.repeat):
        t_traf = min(t_traf, timed(trafilatura_alone, docs, 1))
        t_ours = min(t_ours, timed(khobor_clean, docs, 1))
    n = len(docs)
    print(f"pages: {n} ({'news-dev texts' if NEWS_DEV.exists() else 'bundled examples'}), best of {args.repeat}")
    print(f"trafilatura.extract alone : {n / t_traf:8.1f} articles/s")
    print(f"khobor clean + structure  : {n / t_ours:8.1f} articles/s")
    print(f"ratio (khobor time / trafilatura time): {t_ours / t_traf:.2f}  (goal <= 1.30)")


if __name__ == "__main__":
    main()
