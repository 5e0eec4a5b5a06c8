#!/usr/bin/env python3
"""Validate training files written for khobor (see training/README.md); standard library only.

    python3 training/check.py FILE.jsonl...      prints per-file counts, or the first problems
"""
import json
import re
import sys
from collections import Counter

TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
            "SANCTION MOBILIZE COERCE ASSAULT".split())
MODALITIES = {"asserted", "future", "possible", "hypothetical", "negated", "question"}
GENRES = {"politics", "diplomacy", "security", "justice", "economy", "society", "sport", "entertainment",
          "obituary", "opinion", "science", "weather"}
ROW_KEYS = {"id", "lang", "genre", "text", "events", "entities", "note", "source"}
ENTITY_TYPES = {"PER", "ORG", "GPE", "LOC", "FAC", "EVT"}
EVENT_KEYS = {"type", "trigger", "actor", "recipient", "modality", "mode", "actor_country", "recipient_country"}


def _code_ok(c):
    return c is None or c in ("IGO", "NGO", "MNC") or re.fullmatch(r"[A-Z]{3}", c or "") is not None


def row_problems(row):
    if not isinstance(row, dict):
        return ["not an object"]
    problems = [f"unknown key {k!r}" for k in row if k not in ROW_KEYS]
    problems += [f"missing key {k!r}" for k in ("id", "lang", "genre", "text", "events") if k not in row]
    text = row.get("text") or ""
    if row.get("lang") not in ("bn", "en"):
        problems.append(f"lang {row.get('lang')!r}")
    if row.get("genre") not in GENRES:
        problems.append(f"genre {row.get('genre')!r} not in {sorted(GENRES)}")
    for ent in row.get("entities") or []:
        if not isinstance(ent, dict) or ent.get("type") not in ENTITY_TYPES or not ent.get("text") \
                or ent["text"] not in text:
            problems.append(f"entity {ent!r}: needs a type in {sorted(ENTITY_TYPES)} and text that is part of the sentence")
    for ev in row.get("events") or []:
        problems += [f"event: unknown key {k!r}" for k in ev if k not in EVENT_KEYS]
        if ev.get("type") not in TYPES:
            problems.append(f"event type {ev.get('type')!r}")
        if ev.get("modality") not in MODALITIES:
            problems.append(f"modality {ev.get('modality')!r}")
        for key in ("trigger", "actor", "recipient"):
            value = ev.get(key)
            if (key == "trigger" and not value) or (value and value not in text):
                problems.append(f"{key} {value!r} is not part of the text")
        for key in ("actor_country", "recipient_country"):
            if not _code_ok(ev.get(key)):
                problems.append(f"{key} {ev.get(key)!r}")
    return problems


def main(paths):
    bad = 0
    for path in paths:
        rows, types, ids, problems = 0, Counter(), Counter(), []
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    problems.append(f"line {n}: invalid JSON: {err.msg}")
                    continue
                rows += 1
                ids[row.get("id")] += 1
                problems += [f"line {n}: {p}" for p in row_problems(row)]
                types.update(ev.get("type") for ev in row.get("events") or [])
                if not row.get("events"):
                    types["(none)"] += 1
        problems += [f"duplicate id {i!r}" for i, c in ids.items() if c > 1]
        if problems:
            bad += 1
            print(f"{path}: {len(problems)} problem(s)")
            for p in problems[:20]:
                print(f"  - {p}")
        else:
            print(f"{path}: ok, {rows} sentences; " + ", ".join(f"{t} {c}" for t, c in types.most_common()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
