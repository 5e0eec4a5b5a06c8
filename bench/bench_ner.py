"""NER speed on one core: model load time, sentences/s one call at a time and batched, and the
entities stage (+ actor linking when khobor.actors.link provides it) per article.

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_ner.py [--lang bn] [--articles 100]

Reads articles from ../shared/corpus/news-dev at run time (nothing is copied); prints figures only.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

SHARED = Path(os.environ.get("KHOBOR_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def load_records(code: str, n: int):
    from khobor.clean.structure import build_record
    from khobor.ingest.raw import RawArticle
    out = []
    with (SHARED / "corpus/news-dev/articles.jsonl").open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            row = json.loads(line)
            if row.get("lang") != code or not row.get("text"):
                continue
            raw = RawArticle(source=f"news-dev#{i}", text=row["text"], title=row.get("headline"), language=code)
            out.append(build_record(raw))
            if len(out) >= n:
                break
    return out


def bench_model(nlp, pack, recs, sents) -> None:
    """NER alone, then the entities and actors stages over `recs` with `nlp` as the pack's model."""
    from khobor.actors import link as actors
    from khobor.ner import entities
    from khobor.ner import model as ner_model
    ner_model.load_model = lambda code: nlp  # the stage asks for its model through this
    t = time.perf_counter()
    for s in sents:
        nlp(s)
    dt = time.perf_counter() - t
    print(f"NER one call per sentence: {len(sents) / dt:,.0f} sentences/s")

    t = time.perf_counter()
    list(nlp.pipe(sents, batch_size=64))
    dt = time.perf_counter() - t
    print(f"NER batched (nlp.pipe):    {len(sents) / dt:,.0f} sentences/s")

    t = time.perf_counter()
    for r in recs:
        entities.run(r, pack)
    dt_ner = time.perf_counter() - t
    n_ents = sum(len(r.entities) for r in recs)
    print(f"entities stage (NER + gazetteer reconciliation): {len(recs) / dt_ner:,.1f} articles/s, "
          f"{len(sents) / dt_ner:,.0f} sentences/s, {n_ents} entities")

    t = time.perf_counter()
    for r in recs:
        actors.run(r, pack)
    dt_link = time.perf_counter() - t
    linked = sum(1 for r in recs for e in r.entities if e.actor)
    print(f"actors stage (linking): {len(recs) / dt_link:,.1f} articles/s, {len(sents) / dt_link:,.0f} sentences/s, "
          f"{linked} of {sum(len(r.entities) for r in recs)} entities linked")
    print(f"NER + linking: {len(sents) / (dt_ner + dt_link):,.0f} sentences/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="bn")
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--model", action="append", default=[],
                    help="a model directory to time instead of the shipped one (repeat to compare in one run)")
    args = ap.parse_args()

    import spacy
    from khobor import lang
    from khobor.actors import link as actors
    pack = lang.load(args.lang)
    recs = load_records(args.lang, args.articles)
    sents = [r.text[s.start:s.end] for r in recs for s in r.sentences]
    print(f"{len(recs)} articles, {len(sents)} sentences")

    # the registry is loaded once per process; the entities stage reconciles with it
    t = time.perf_counter()
    actors.get_registry()
    print(f"actor registry load: {time.perf_counter() - t:.2f} s")

    for path in args.model or [str(pack.file("ner"))]:
        t = time.perf_counter()
        nlp = spacy.load(path)
        print(f"\n== {path}\nmodel load: {time.perf_counter() - t:.2f} s")
        bench_model(nlp, pack, load_records(args.lang, args.articles), sents)  # fresh records each


if __name__ == "__main__":
    main()
