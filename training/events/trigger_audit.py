"""Audit of written triggers against the candidates the coder proposes (issue 9, round 46).

A written event whose trigger span no candidate overlaps, while a candidate of the same
(harmonised) type elsewhere in the sentence is labelled NONE, teaches the classifier that the
candidate's own word is no event ("placed ... on a five-day remand" written with the trigger
"five-day remand": the COERCE candidate on "placed" learned as NONE). Convention (training/README.md):
**the trigger is the head word the candidates use**. With `--mend`, each such event whose sentence
has exactly one NONE candidate of its type (and no other written event of that type without an
overlapping candidate) gets that candidate's word as its trigger; the rest are counted, not touched.

    PYTHONPATH=src python training/events/trigger_audit.py --lang en [--mend]
"""
from __future__ import annotations

import argparse
import collections
import json
import unicodedata
from pathlib import Path

from khobor.train.events_training import (_trigger_spans, candidates_of, harmonised_type, label,
                                           training_rows)


def audit_row(row: dict, rec, cands) -> list[tuple[dict, list]]:
    """Each written event no candidate overlaps, with the NONE candidates of its own type."""
    none_cands = [ev for ev in cands if label(row, rec, ev) == "NONE"]
    found = []
    for written in row["events"]:
        spans = list(_trigger_spans(row, rec, written))
        if any(s < ev.trigger.end and e > ev.trigger.start for ev in cands for s, e in spans):
            continue
        same = [ev for ev in none_cands if harmonised_type(row, written, ev.type) == ev.type]
        found.append((written, same))
    return found


# how many words may stand between a candidate and the written trigger it replaces
WORDS_BETWEEN_IN_ONE_CLAUSE = 6


def same_clause(row: dict, rec, ev, written: dict) -> bool:
    """The candidate stands in the written trigger's clause: no punctuation between them and at
    most WORDS_BETWEEN_IN_ONE_CLAUSE words ("placed the former secretary on a five-day remand":
    "placed" and "five-day remand", five words apart). A candidate past a comma or a full stop
    tells another clause, so its event may be another one: it is counted, not mended."""
    return any(few_words_unpunctuated(rec.text[min(ev.trigger.end, end):max(start, ev.trigger.start)],
                                      WORDS_BETWEEN_IN_ONE_CLAUSE)
               for start, end in _trigger_spans(row, rec, written))


def few_words_unpunctuated(gap: str, most: int) -> bool:
    """No punctuation in `gap` and at most `most` words: " on a five-day " with 3 -> True."""
    return not any(unicodedata.category(ch).startswith("P") for ch in gap) and len(gap.split()) <= most


# how many words may stand between the last of an event's sides and trigger and a candidate that
# completes its phrase ("placed him on remand"; two would take "a notice to X over the repeated hikes")
WORDS_AFTER_ITS_SIDES = 1


def within_its_sides(row: dict, rec, ev, written: dict) -> bool:
    """The candidate lies inside (or completes, WORDS_AFTER_ITS_SIDES) the stretch from the first
    to the last of the written event's actor, recipient and trigger, so it tells that event, not a neighbour: in "A court placed three
    suspects on a five-day remand" (actor "A court", trigger "five-day remand") "placed" does; in
    "Dhaka welcomed the gesture as a sign of improving ties" "improving" stands past it and does not."""
    offset = max(rec.text.find(row["text"][:20]), 0)
    ends = [(offset + at, offset + at + len(part)) for part in (written.get("actor"), written.get("recipient"),
                                                                written["trigger"])
            if part and (at := row["text"].find(part)) >= 0]
    if not ends:
        return False
    first, last = min(s for s, _ in ends), max(e for _, e in ends)
    if first <= ev.trigger.start and ev.trigger.end <= last:
        return True
    tail = rec.text[last:ev.trigger.start]       # "placed X on a five-day remand": the complement
    return ev.trigger.start >= last and few_words_unpunctuated(tail, WORDS_AFTER_ITS_SIDES)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--mend", action="store_true")
    args = ap.parse_args()
    data_dir = Path(__file__).resolve().parents[1]
    rows = training_rows(data_dir, args.lang)
    counts = collections.Counter()
    mends: dict[str, dict[int, str]] = {}
    for row, rec, cands in candidates_of(rows, args.lang):
        if rec is None:
            continue
        for written in row["events"]:
            counts["written", written["type"]] += 1
        for written, same in audit_row(row, rec, cands):
            kind = "defect" if same else "no_candidate"
            counts[kind, written["type"]] += 1
            if len(same) != 1:
                counts["ambiguous" if same else "", written["type"]] += bool(same)
                continue
            word = rec.text[same[0].trigger.start:same[0].trigger.end]
            if word not in row["text"] or not same_clause(row, rec, same[0], written) \
                    or not within_its_sides(row, rec, same[0], written):
                continue
            counts["mendable", written["type"]] += 1
            print(f"{row['id']}\t{row['text']}\n\t{written['type']}\t{written['trigger']!r} -> {word!r}")
            mends.setdefault(row["id"], {})[row["events"].index(written)] = word
    types = sorted({t for _, t in counts if t})
    print("type\twritten\tno_candidate\tdefect\tmendable")
    for t in types:
        print(f"{t}\t{counts['written', t]}\t{counts['no_candidate', t]}\t{counts['defect', t]}\t{counts['mendable', t]}")
    print("all\t" + "\t".join(str(sum(v for (k, _), v in counts.items() if k == kind))
                             for kind in ("written", "no_candidate", "defect", "mendable")))
    if args.mend:
        mend(data_dir / "events" / args.lang, mends)


def mend(folder: Path, mends: dict[str, dict[int, str]]) -> None:
    """Rewrite the triggers in place, every other byte of a line kept (json.dumps, ensure_ascii off)."""
    for path in sorted(folder.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        changed = False
        for k, line in enumerate(lines):
            if not line.strip():
                continue
            row = json.loads(line)
            for index, word in mends.get(row["id"], {}).items():
                row["events"][index]["trigger"] = word
                changed = True
            if row["id"] in mends:
                lines[k] = json.dumps(row, ensure_ascii=False)
        if changed:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
