"""Build a large khobor store fast, for the API and export benchmarks: N articles varied from the
test fixtures (tests/desk_fixtures.py, written for the tests; no sentence comes from ../shared).

    .venv/bin/python bench/make_store.py --articles 100000 --db /tmp/desk100k.db

Each generated article is one of the fixture articles (two Bengali, two English) with:
  - its own closing sentence made of words drawn from small word lists of its language, so that
    ids differ and search words are spread (a word of the lists is in about 1 article in 15);
  - its own day (spread over 2023-2024), outlet (8 per language) and URL;
  - its own actors: every linked actor is replaced by one of ACTORS generated actors, so actor
    filters and timelines select a few hundred articles each, as in a real store.
Rows go in with executemany, 2,000 articles per transaction; the store's own triggers fill the
full-text index and the fact tables, exactly as `Store.put` does (about 1-2 minutes per 100,000
articles on a quiet core). A --db that already holds articles is extended up to N.
"""
from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import sqlalchemy as sa  # noqa: E402

from desk_fixtures import records  # noqa: E402
from khobor.record import record_id  # noqa: E402
from khobor.store import open_store  # noqa: E402
from khobor.store.schema import articles  # noqa: E402

ACTORS = 500
BATCH = 2000
START = date(2023, 1, 1)
DAYS = 730
WORDS = {
    "bn": ("নদী বন্যা বাজার দাম চাল সড়ক সেতু বিদ্যুৎ স্কুল হাসপাতাল কৃষক শ্রমিক বন্দর মেলা নির্বাচন বাজেট "
           "আদালত পুলিশ বৃষ্টি খরা ধান পাট মাছ রেল বাস লঞ্চ সংসদ পৌরসভা উপজেলা জেলা").split(),
    "en": ("river flood market price rice road bridge power school hospital farmer worker port fair election "
           "budget court police rain drought harvest jute fish rail bus ferry parliament council district "
           "province").split(),
}
OUTLETS = {"bn": [f"দৈনিক নমুনা {k}" for k in range(1, 9)], "en": [f"The Sample Post {k}" for k in range(1, 9)]}
ENDING = {"bn": "।", "en": "."}


def actor(k: int) -> dict:
    k %= ACTORS
    return {"id": f"bench-actor-{k}", "name": f"Actor {k}", "country": ("BGD", "IND", "GBR", "USA")[k % 4]}


def _is_actor(value: dict) -> bool:
    return {"id", "name", "country", "sector"} <= value.keys()


def _relink(value, stand_ins: dict[str, dict]):
    """Every actor object inside the record -> its generated stand-in (one stand-in per actor id)."""
    if isinstance(value, dict):
        if _is_actor(value):
            return {**value, **stand_ins[value["id"]]}
        return {k: _relink(v, stand_ins) for k, v in value.items()}
    if isinstance(value, list):
        return [_relink(v, stand_ins) for v in value]
    return value


def _actor_ids(value) -> set[str]:
    if isinstance(value, dict):
        return ({value["id"]} if _is_actor(value) else set()).union(*map(_actor_ids, value.values()))
    if isinstance(value, list):
        return set().union(*map(_actor_ids, value))
    return set()


def varied(i: int, base: dict, rng: random.Random) -> dict:
    """The i-th generated record (as a dict): base with its own last sentence, day, outlet, actors."""
    rec = copy.deepcopy(base)
    lang = rec["language"]
    rec["text"] = rec["text"] + "\n" + " ".join(rng.sample(WORDS[lang], 6)) + f" {i}" + ENDING[lang]
    day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
    rec.update(id=record_id(rec["text"]), published=day, outlet=rng.choice(OUTLETS[lang]),
               url=f"https://bench.test/{lang}/{i}")
    first = rng.randrange(ACTORS)
    rec = _relink(rec, {k: actor(first + 37 * n) for n, k in enumerate(sorted(_actor_ids(base)))})
    for ev in rec["events"]:
        if ev.get("date"):
            ev["date"] = day
    return rec


def row(doc: int, rec: dict) -> dict:
    text = rec.pop("text")
    return {"id": rec["id"], "doc": doc, "url": rec["url"], "outlet": rec["outlet"], "language": rec["language"],
            "published": rec["published"], "title": rec["title"], "text": text,
            "record": json.dumps(rec, ensure_ascii=False), "source": None, "stored_at": datetime.now(timezone.utc)}


def build(db: str, n: int, seed: int = 12) -> int:
    """Extend the store at `db` to n articles; returns how many were added."""
    bases = [r.to_dict() for r in records()]
    rng = random.Random(seed)
    with open_store(db) as store, store.writing() as conn:
        have = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
    added, t = 0, time.perf_counter()
    while have + added < n:
        with open_store(db) as store, store.writing() as conn:
            top = conn.execute(sa.select(sa.func.coalesce(sa.func.max(articles.c.doc), 0))).scalar_one()
            size = min(BATCH, n - have - added)
            rows = [row(top + 1 + k, varied(have + added + k, bases[(have + added + k) % len(bases)], rng))
                    for k in range(size)]
            conn.execute(articles.insert(), rows)
        added += size
        print(f"\r  {have + added:,} articles ({time.perf_counter() - t:.0f}s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--db", required=True, help="The store to create or extend (a SQLite file)")
    args = ap.parse_args()
    t = time.perf_counter()
    added = build(args.db, args.articles)
    print(f"{args.db}: {args.articles:,} articles ({added:,} added in {time.perf_counter() - t:.0f}s)")


if __name__ == "__main__":
    main()
