"""Why written Bengali (or English) event sentences give the classifier no training candidate.

    PYTHONPATH=src python training/events/candidate_breakdown.py --lang bn [--lend] [--examples N]

For every written sentence with a labelled event and a linked entity that gives no candidate on
any written trigger, prints the first cause found, with counts (and N example row ids per cause):
  no_trigger           no lexicon pattern touches a written trigger;
  suppressed:<rule>    the coder's own drops (`_asked_for` = suppress_after, `_charged`, comparative,
                       suppress_before), or a named rule noted in `--explain` (`wanted_to_do` ...);
  question             the modality reader read a question (never emitted);
  parties:<shape>      the role rules gave no actor (`_has_parties`); <shape> says where the
                       sentence's unused linked names stand: after the trigger unmarked
                       (subject_after), after it in the genitive (genitive_after), none usable (other);
                       or an actor but no recipient where the frame needs one (no_recipient), or
                       only recipients of the actor's own country where it needs a foreign one;
  article:<rule>       coded, then dropped by an article rule (require_country, unreal ...);
  other                everything else (confidence floor, duplicates).
Reads the labelled sentences as `khobor train events` does (training_rows, candidates_of); run
once before and once after a change to the candidate maker.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
from pathlib import Path

from khobor.events import coder as coder_mod
from khobor.events.discourse import ArticleRules
from khobor.train import events_training as et

ROOT = Path(__file__).resolve().parents[2]


class Tracer:
    """Records, per trigger span, the first reason the coder gave no event."""

    def __init__(self):
        self.reasons: dict[tuple[int, int], str] = {}
        self._current: list[str] = []

    @contextlib.contextmanager
    def patched(self):
        C = coder_mod.Coder
        orig_event, orig_suppression = C._event, C._suppression
        orig_parties, orig_apply = C._has_parties, ArticleRules.apply
        tracer = self

        def event(self_, art, trig):
            tracer._current = []
            n_dropped = len(art.rec._events_dropped)
            ev = orig_event(self_, art, trig)
            if ev is None:
                why = tracer._current[0] if tracer._current else None
                if why is None and len(art.rec._events_dropped) > n_dropped:
                    why = "suppressed:" + art.rec._events_dropped[-1]["rule"]
                if why == "parties":
                    why = "parties:" + _shape(trig)
                tracer.reasons.setdefault(trig.span(), why or "other")
            else:
                tracer.reasons.setdefault(trig.span(), "coded")
            return ev

        def suppression(self_, sent, t0, t1):
            why = orig_suppression(self_, sent, t0, t1)
            if why is not None:
                tracer._current.append("suppressed:" + why)
            return why

        def has_parties(frame, roles):
            ok = orig_parties(frame, roles)
            if not ok:
                tracer._current.append("parties" if not roles.actors else
                                       "parties:no_recipient" if not roles.recipients else "parties:own_country")
            return ok

        def apply(self_, coded, home=None):
            out = orig_apply(self_, coded, home)
            kept = {id(e) for e in out}
            for c in coded:
                if id(c.event) not in kept:
                    t = c.event.trigger
                    rule = "require_country" if self_.require_country and not any(
                        a.country for a in [*c.event.actors, *c.event.recipients]) else "other"
                    tracer.reasons[(t.start, t.end)] = "article:" + rule
            return out

        C._event, C._suppression, C._has_parties = event, suppression, staticmethod(has_parties)
        ArticleRules.apply = apply
        try:
            yield
        finally:
            C._event, C._suppression, C._has_parties = orig_event, orig_suppression, staticmethod(orig_parties)
            ArticleRules.apply = orig_apply


def _shape(trig) -> str:
    """Where the sentence's names stand that the roles did not take."""
    after = [x for x in trig.mentions if x.first > trig.t1 and not x.pronoun]
    if any(x.marker in (None, "nom") for x in after):
        return "subject_after"
    if any(x.marker == "gen" for x in after):
        return "genitive_after"
    return "other"


def breakdown(language: str, lend: bool, examples: int) -> None:
    rows = [r for r in et.training_rows(ROOT / "training", language) if r["events"]]
    tracer = Tracer()
    counts, ids = collections.Counter(), collections.defaultdict(list)
    given = linked = 0
    with tracer.patched():
        for row, rec, cands in et.candidates_of(rows, language, lend):
            if rec is None or not any(e.actor is not None for e in rec.entities):
                continue
            linked += 1
            if et.overlaps_written(row, rec, cands):
                given += 1
                tracer.reasons.clear()
                continue
            spans = [s for w in row["events"] for s in et._trigger_spans(row, rec, w)]
            found = [why for (a, b), why in tracer.reasons.items()
                     if any(a < e and b > s for s, e in spans)]
            cause = next((w for w in found if w != "coded"), "no_trigger" if not found else "other")
            counts[cause] += 1
            ids[cause].append(row["id"])
            tracer.reasons.clear()
    print(f"{language} lend={'on' if lend else 'off'}: {len(rows)} sentences with a written event, "
          f"{linked} with a linked entity, {given} give a candidate on a written trigger, "
          f"{linked - given} give none")
    for cause, n in counts.most_common():
        print(f"  {n:5d}  {cause}" + (f"   e.g. {' '.join(ids[cause][:examples])}" if examples else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="bn")
    ap.add_argument("--lend", action="store_true", help="lend the written parties, as training with the option on")
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    breakdown(args.lang, args.lend, args.examples)


if __name__ == "__main__":
    main()
