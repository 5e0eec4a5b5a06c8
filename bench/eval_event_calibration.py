"""How far an event classifier's confidence can be trusted on text it was not tuned on: two checks
that the dev split, tuned hard, can no longer give.

    .venv/bin/python bench/eval_event_calibration.py [--lang bn] [--folds 5] [--runs 3] [--skip-cv] [--heads P]
    .venv/bin/python bench/eval_event_calibration.py --articles ['bnh6*'] [--show]

1. Cross-validated calibration on the written training sentences (training/events/<lang>/):
   each sentence's candidates scored by weights trained without its fold (folds by a digest of
   the sentence id, `--runs` averaged runs as `khobor train events` averages them), with the
   shipped trigger lexicon. Printed per threshold: held-out precision and recall of the
   candidates' types, and how many NONE candidates (written hard negatives) are kept; for all
   types and for the types the gold corpus most often lists as must-not.
2. The held-out traps (training/events/heldout/<lang>/*.jsonl): sentences written like the
   training ones, mostly hard negatives, that no shipped weights were trained on (training reads
   events/<lang>/*.jsonl only). Each runs through the whole events stage (threshold, lone-type
   margin, defaults) as a one-sentence article; a kept event is right when a written event of its
   type has its trigger. Never train on these: they are the only measure of the traps left.
3. `--heads P`: per learned trigger head, its held-out candidates (cross-fitted as in 1, each
   proposed by a learned lexicon built without its sentence), how many reach probability P, and
   how many of those are right: which heads to trust on new text, from the written data, not dev.

4. `--articles [GLOB]`: the held-out articles (training/events/heldout/<lang>/articles/*.jsonl,
   several sentences each) through the whole pipeline, NER and linking included, every candidate
   kept, then swept over thresholds (lone-type margin as shipped); a kept event is right when a
   written or allowed event of its type has an overlapping trigger and, where written, its actor's
   and recipient's countries; "MUST-NOT" when its type is one the article lists as must-not.

Held-out articles, Bengali, 2 December 2026 (round 9), the same weights (threshold 0.45), before ->
after the round's grammar and lexicon changes: bnh3 (16 articles, written before them) 13/15 ->
14/14 right; bnh4 (14, written after the first two) 10/14 with 2 must-not -> 9/9; bnh5 (10) 13/14
-> 13/13; bnh6 (8, written after all but the last two) 7/10 -> 8/9; bnh7 (8, lone incidental words
of the must-not-prone types) 5/6 -> 5/5. All 56: 48/59 (P 0.814, 2 must-not) -> 49/50 (P 0.980,
none), written events found 26/43 both. A higher threshold buys nothing there: at 0.70 one written
event is lost, at 0.75 two, at 0.85 six; before the changes 0.85 gave P 0.944 for 5 of the 26 (the
wrong events were at p 0.6-1.0: calibration alone could not remove them). The test split's
Bengali events did not move (11/19 before and after): its false events are of other kinds.

Held-out articles, Bengali, 3 December 2026, the same weights (threshold 0.45), before -> after
the verbal-noun reaction frame, the qualified demand and the learned-trigger discount 0.30:
bnreaction (45 articles, 25 of them with no event, written and measured before the changes)
27/31 -> 27/28 right, written events found 13/20 both; all 181 158/171 (P 0.924) -> 157/166
(P 0.946), found 79/123 -> 78/123. On 175 real news-dev articles outside the gold corpus,
judged by hand (not kept in the repository: real text), kept events 51/73 -> 51/64 right.

Held-out articles, Bengali, 3 December 2026, the same weights (threshold 0.45), before -> after
committee formation as a non-event (lang/bn/events.yaml non_events): bngenre (24 articles written
and measured before any change: obituaries, a funeral, condolences, match reports, inquiry and
party committees, a new organisation's human chain, a film plot) 6 kept, 2 right, 4 must-not
(ACCUSE from 'গঠন' and 'তদন্ত কমিটি') -> 2 kept, 2 right; all 205 175 kept, 160 right, 5 must-not
-> 170 kept, 160 right, none (P 0.914 -> 0.941), written found 80/125 both. The obituaries and
match reports kept nothing before the change either: the genre model reads these written ones
right; the unseen errors are in real condolence articles whose body reads half as news.

Held-out articles, Bengali, 3 December 2026, the same weights (threshold 0.45), before -> after
the news-share discount (outside news, p times the article's news share; lang/bn/events_training.yaml):
bnmixed (45 articles across genres, written and measured before the change) 24 kept, 18 right, 4
must-not (a party's call to pray at p 1.00, a ministry's condolence as AGREE and REQUEST at 0.78,
a fan's protest at a referee as ACCUSE at 0.95) -> 20 kept, 18 right, none; all 250 194 kept, 178
right, 4 must-not (P 0.918) -> 189 kept, 177 right, none (P 0.937), written found 93/154 both. No
threshold between 0.30 and 0.60 finds more written events; dev bn is unchanged (82 kept, P 0.963).

Held-out articles, Bengali, 3 December 2026 (round 16), the same weights (threshold 0.45), before ->
after the URL's section deciding the news-share discount, তাহলে opening a hypothetical consequent and
a noun before হিসেবে being no event: bnlong (27 full-length articles with their URLs, written and
measured before the changes) 32 kept, 28 right, 4 must-not -> 30 kept, 28 right, 2 must-not, written
events found 7/14 both; the 250 older articles unchanged (189 kept, 177 right). Calibrated on all 277
instead of dev, the threshold would be 0.55 (P 0.944, 215 kept, same written events found, against
0.936 at 0.45), but that costs dev bn recall (0.575 -> 0.557), so 0.45 stays. On the 346 Bengali
news-dev articles outside the gold corpus the changes drop 5 of 185 kept events: a "potential threat",
a voter who "may object" after তাহলে, a stadium "reopened" under /sports/, a killing "described as"
communal (a second ASSAULT of its article) and a fans' protest told as background under /sports/.

Held-out articles, 3 December 2026 (round 17), the same weights, before -> after the agentless
passive arrest taken as the home state's, "অবস্থান করছ*" (a stay) as no event beside a sit-in at a
spot, and the alliance triggers (en): bnpara (17 paragraphs, written and measured first) 15 kept, 13
right -> 16 kept, 14 right, written found 7/14 both; the 277 older Bengali articles 219 kept, 205
right, 2 must-not -> 229 kept, 217 right, 1 must-not, found 100/168 -> 102/168; enpara (17, written
and measured first) 26 kept, 24 right, found 10/17, unchanged; enmember (8, written before the
alliance triggers) 0 kept -> 2 kept, both right. On the 217 English news-dev articles outside every
split, 12 events added and none lost, about 9 of them right by hand (wrong: an arrest awaited "until
the killers ... were arrested", a list of the jailed read as an accusation); on 200 Bengali ones 9
arrests added (right by hand) and two false PROTESTs of "অবস্থান করছে" (a belt located in West
Bengal, a leader staying in India) gone. Tried and left out: quitting a party as SANCTION (the
guidelines read resigning as RETREAT or CONCEDE), the home state as the agent of a passive sanction
(a party expels its members too), and three English changes with no dev gain that helped the enpara
paragraphs (24 -> 29 of 30 right, found 10 -> 14) but came with a test recall the round could not
explain: a title's last name not qualifying the body's first agent, a possessive ("Myanmar's
military") qualifying the agent after it, and "both sides" as a pair of states.

Figures of 2 December 2026, Bengali, the shipped weights (round 8):
- cross-validated, 1,759 candidates of the written sentences (327 NONE): at p >= 0.60 precision
  0.880, recall 0.905, and 91 of the 327 NONE candidates kept (28%); at p >= 0.90 64 (20%). Of
  the must-not-prone types' 120 NONE candidates 37 are kept at 0.60. A written hard negative is
  rejected mostly when a sentence like it was trained on: adding half of the `bnh1` traps to
  training moved the other half's claimed attacks and arrests from p 0.96-1.00 to 0.97-0.99.
- held-out traps `bnh1` (106 sentences, 82 without an event, written before the round's rules):
  kept 23 events, 9 wrong (7 of them acts told inside another party's accusation) with the lone
  margin alone; 18 kept, 2 wrong once the claimant after the claim verb accuses (governing.py).
  That rule was made looking at these errors, so `bnh2` (12 sentences written after it) checks
  it: 13 kept, 4 wrong before; 12 kept, 1 wrong after, no event of its lost.
- the weights retrained at the end of the round (threshold 0.45, retype margin 0.30, both chosen
  by `khobor train events --lang bn`): 118 traps, 26 events kept, 3 wrong; before the classifier
  was kept from retyping the grammar's accusations back into the act (scorer.recoded_by_grammar),
  30 kept, 7 wrong.

Per learned head and second signals (round 8, `--heads 0.65`: a learned trigger's p less the
0.20 discount at the 0.45 threshold): 688 held-out learned candidates, 355 kept, 289 right
(0.814; hand-written triggers at 0.45: 888 kept, 0.898). Pruning the heads whose kept precision
is low (smoothed toward 0.81, floors 0.5-0.7), chosen on four folds and scored on the fifth,
moves the learned precision only 0.814 -> 0.820-0.827 for 6-9% of their right events; on the
traps it lost 2 right events and no wrong one, on dev bn it lost precision (0.905 -> 0.894). A
second signal does not separate them: every kept learned candidate has an actor (the coder
needs a party); with a hand-written trigger elsewhere in the sentence 0.836 (67), without 0.809
(288); with both actor and recipient 0.833, without 0.793. A larger discount (0.30, 0.40)
changed no trap and cost dev recall. Learned precision climbs slowly with p (0.863 at 0.90,
0.889 at 0.98): its wrong ones are mostly NONE (40 of 66) and a neighbouring type (RETREAT for
CONCEDE, COOPERATE), not a few bad heads.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from khobor import lang as packs  # noqa: E402
from khobor.events import extraction as events  # noqa: E402
from khobor.events.classifier import CLASSES, train  # noqa: E402
from khobor.train.events_training import (SEED, Example, TrainingReport, _one_sentence_record, averaged,  # noqa: E402
                                          examples_of, label, training_rows, weighted)

# the types the gold corpus's dev split lists most often as must-not (eval/GUIDELINES.md E10)
MUST_NOT_PRONE = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "RETREAT"}
GRID = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def fold_of(row_id: str, folds: int) -> int:
    """The cross-validation fold of a training sentence: a digest of its id, so runs agree."""
    return zlib.crc32(row_id.encode()) % folds


def trained_without(examples: list[Example], k: int, folds: int, runs: int):
    """The classifier trained as `khobor train events` trains it, on every fold but k."""
    rest = [ex for ex in examples if fold_of(ex.row_id, folds) != k]
    return averaged([train(weighted(rest), seed=SEED + j) for j in range(runs)])


def held_out_scores(language: str, folds: int, runs: int) -> list[tuple[str, float, str]]:
    """(lexicon type, held-out probability of that type, label) of every training candidate."""
    examples = examples_of(training_rows(ROOT / "training", language), language, TrainingReport(language))
    out = []
    for k in range(folds):
        fold = [ex for ex in examples if fold_of(ex.row_id, folds) == k]
        model = trained_without(examples, k, folds, runs)
        for ex in fold:
            proposed = next(f[3:] for f in ex.features if f.startswith("lt="))
            p = model.probabilities(ex.features)[CLASSES.index(proposed)]
            out.append((proposed, float(p), ex.label))
    return out


def learned_head_scores(language: str, folds: int, runs: int) -> list[tuple[str, str, float, str]]:
    """(learned head pattern, lexicon type, held-out probability of that type, label) of every
    training candidate only the learned lexicon proposed, cross-fitted like held_out_scores: the
    classifier that scores a sentence was trained without its fold, and the learned lexicon that
    proposed the candidate was built without its sentence (train.events_training.candidates_of)."""
    from khobor.events.classifier import features
    from khobor.events.scorer import candidate
    from khobor.train.events_training import candidates_of, classifier_settings, coarse, cues_of
    settings = classifier_settings(language)
    cues = cues_of(language)
    examples, heads = [], []
    for row, rec, cands in candidates_of(training_rows(ROOT / "training", language), language):
        for ev in cands or ():
            y = label(row, rec, ev) if rec is not None else None
            if y is None:
                continue
            rule = next(st["rule"] for st in ev._explain if st.get("step") == "candidate")
            examples.append(Example(features(candidate(rec, ev, coarse(row.get("genre"))), settings["feature_set"], cues),
                                    y, row["id"]))
            heads.append((rule.split(": ", 1)[1] if rule.startswith("learned") else None, ev.type))
    out = []
    for k in range(folds):
        model = trained_without(examples, k, folds, runs)
        for ex, (head, etype) in zip(examples, heads):
            if head and fold_of(ex.row_id, folds) == k:
                out.append((head, etype, float(model.probabilities(ex.features)[CLASSES.index(etype)]), ex.label))
    return out


def head_lines(scores: list[tuple[str, str, float, str]], needed: float) -> list[str]:
    """Per learned head: held-out candidates, how many reach `needed`, how many of those are right."""
    by_head: dict[str, list] = {}
    for head, etype, p, y in scores:
        by_head.setdefault(f"{head}\t{etype}", []).append((p, y == etype))
    lines = []
    for key, group in sorted(by_head.items(), key=lambda kv: -len(kv[1])):
        kept = [ok for p, ok in group if p >= needed]
        lines.append(f"  {key}\t{len(group)}\t{len(kept)}\t{sum(kept)}\t{sum(ok for _, ok in group)}")
    return lines


def calibration_lines(scores: list[tuple[str, float, str]]) -> list[str]:
    lines = []
    for name, keep in (("all types", lambda t: True), ("must-not-prone types", lambda t: t in MUST_NOT_PRONE)):
        group = [s for s in scores if keep(s[0])]
        right = sum(t == y for t, _, y in group)
        nones = sum(y == "NONE" for _, _, y in group)
        lines.append(f"  {name}: {len(group)} held-out candidates, {right} of the proposed type, {nones} NONE")
        for th in GRID:
            kept = [(t, y) for t, p, y in group if p >= th]
            tp = sum(t == y for t, y in kept)
            lines.append(f"    p >= {th:.2f}: precision {tp / max(len(kept), 1):.3f}  recall {tp / max(right, 1):.3f}  "
                         f"NONE kept {sum(y == 'NONE' for _, y in kept)}/{nones}")
    return lines


def trap_rows(language: str) -> list[dict]:
    rows = []
    for path in sorted((ROOT / "training" / "events" / "heldout" / language).glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def trap_lines(language: str, show: bool) -> list[str]:
    """Each held-out trap through the events stage as it ships; what it keeps, right or wrong."""
    pack = packs.load(language)
    rows = trap_rows(language)
    kept_right = kept_wrong = 0
    lines = []
    from khobor.events.classifier import classifier_settings
    lend = classifier_settings(language)["lend_written_parties"]  # as before the setting was read once
    for row in rows:
        rec = _one_sentence_record(row, language, pack, lend)
        if rec is None:
            continue
        events.run(rec, pack)
        for ev in rec.events:
            ok = label(row, rec, ev) == ev.type
            kept_right, kept_wrong = kept_right + ok, kept_wrong + (not ok)
            if show or not ok:
                lines.append(f"    {'right' if ok else 'WRONG'} {ev.type} {ev.confidence:.2f} {ev.trigger.text!r}  | {row['text']}")
    written = sum(len(r["events"]) for r in rows)
    head = (f"  {len(rows)} held-out sentences ({sum(not r['events'] for r in rows)} without an event, {written} "
            f"written events): kept {kept_right + kept_wrong} events, {kept_right} right, {kept_wrong} wrong")
    return [head] + lines


def article_rows(language: str, pattern: str = "*.jsonl") -> list[dict]:
    """The held-out articles (training/events/heldout/<lang>/articles/*.jsonl): several sentences each,
    written for this check, read by the whole pipeline (NER and linking included)."""
    rows = []
    for path in sorted((ROOT / "training" / "events" / "heldout" / language / "articles").glob(pattern)):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def article_records(language: str, pattern: str = "*.jsonl") -> list[tuple[dict, dict]]:
    """(row, record with every candidate event kept) of each held-out article."""
    from khobor.ingest.jsonl import row_to_article
    from khobor.pipeline import Overrides, process
    out = []
    for row in article_rows(language, pattern):
        raw = row_to_article({"text": row["text"], "title": row["title"], "language": language,
                              "published": row.get("published", "2026-06-01"), "url": row.get("url")},
                             f"heldout#{row['id']}")
        out.append((row, json.loads(process(raw, Overrides(min_event_confidence=0.0)).to_json())))
    return out


def judged(row: dict, rec: dict, ev: dict) -> str:
    """"right" when a written event (or an allowed one) of the event's type has a trigger that
    overlaps the event's trigger (and, for actor "-", the event names no actor: names_an_actor); "MUST-NOT" when
    the article lists the type as one it has no event of; else "wrong"."""
    if ev["type"] in row.get("must_not", []):
        return "MUST-NOT"
    t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
    for g in row["events"] + row.get("optional", []):
        if g["type"] != ev["type"] or (g.get("actor") == "-" and names_an_actor(ev)) \
                or not sides_agree(g, ev):
            continue
        for m in re.finditer(re.escape(g["trigger"]), rec["text"]):
            if m.start() < t1 and t0 < m.end():
                return "right"
    return "wrong"


def names_an_actor(ev: dict) -> bool:
    """Whether the event names who acted: the unidentified agent ("দুর্বৃত্তরা", "unknown
    assailants") names nobody, as the gold corpus writes such an actor (GUIDELINES.md E5)."""
    return any(a.get("id") != "agent:unidentified" for a in ev.get("actors") or [])


def sides_agree(written: dict, ev: dict) -> bool:
    """The event's actors and recipients name the written countries (either way round for a
    CONSULT, COOPERATE or AGREE, as symmetric events are scored), when the written event gives them."""
    def countries(side):
        return {a.get("country") for a in ev.get(side) or []}
    actor, recipient = written.get("actor_country"), written.get("recipient_country")
    straight = (not actor or actor in countries("actors")) and (not recipient or recipient in countries("recipients"))
    swapped = ev["type"] in ("CONSULT", "COOPERATE", "AGREE") and (not actor or actor in countries("recipients")) \
        and (not recipient or recipient in countries("actors"))
    return straight or swapped


def written_found(row: dict, rec: dict, kept: list[dict], written: dict) -> bool:
    """A kept event of the written event's type is right and the written trigger lies within 40
    characters of its trigger (the window clipped at the text's start: a negative slice start
    would count from the end and find nothing)."""
    for ev in kept:
        if ev["type"] != written["type"] or not ev["trigger"]["text"] or judged(row, rec, ev) != "right":
            continue
        near = rec["text"][max(0, ev["trigger"]["start"] - 40):ev["trigger"]["end"] + 40]
        if written["trigger"] in near:
            return True
    return False


def article_lines(language: str, show: bool, pattern: str = "*.jsonl") -> list[str]:
    """The held-out articles swept over thresholds (lone-type margin as shipped), then the events
    kept at the shipped settings, judged."""
    from khobor.events.classifier import classifier_settings
    from khobor.train.threshold import GRID, above
    pairs = article_records(language, pattern)
    pack = packs.load(language)
    shipped = json.loads(pack.file("events_classifier.json").read_text(encoding="utf-8"))["threshold"]
    lone = float(classifier_settings(language)["lone_type_margin"])
    written = sum(len(r["events"]) for r, _ in pairs)
    lines = [f"  {len(pairs)} held-out articles, {written} written events (shipped threshold {shipped})"]
    for th in sorted(set(GRID) | {shipped}):
        verdicts = [judged(row, rec, ev) for row, rec in pairs for ev in above(rec.get("events") or [], th, lone)]
        found = sum(written_found(row, rec, above(rec.get("events") or [], th, lone), g)
                    for row, rec in pairs for g in row["events"])
        right, n = verdicts.count("right"), len(verdicts)
        lines.append(f"    p >= {th:.2f}{' *' if th == shipped else '  '}: kept {n:3d}, right {right:3d} "
                     f"(P {right / max(n, 1):.3f}), must-not {verdicts.count('MUST-NOT')}, "
                     f"written found {found}/{written}")
    for row, rec in pairs:
        for ev in above(rec.get("events") or [], shipped, lone):
            verdict = judged(row, rec, ev)
            if show or verdict != "right":
                actors = ",".join(a["id"] for a in ev.get("actors") or [])
                lines.append(f"    {verdict} {row['id']} {ev['type']} {ev['confidence']:.2f} "
                             f"{ev['trigger']['text']!r} actors={actors}")
    return lines


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", default="bn", choices=["bn", "en"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--runs", type=int, default=3, help="averaged training runs per fold")
    ap.add_argument("--skip-cv", action="store_true", help="only the held-out traps")
    ap.add_argument("--articles", nargs="?", const="*.jsonl", default=None, metavar="GLOB",
                    help="only the held-out articles (several sentences), those of files matching GLOB")
    ap.add_argument("--show", action="store_true", help="list the right trap events too")
    ap.add_argument("--heads", type=float, default=None, metavar="P",
                    help="per learned head: held-out candidates, kept at probability >= P, right of those")
    args = ap.parse_args(argv)
    if args.heads is not None:
        print("  head\ttype\tcandidates\tkept\tkept right\tright")
        print("\n".join(head_lines(learned_head_scores(args.lang, args.folds, args.runs), args.heads)))
        return 0
    if args.articles is not None:
        print(f"{args.lang}: held-out articles, the whole pipeline")
        print("\n".join(article_lines(args.lang, args.show, args.articles)))
        return 0
    if not args.skip_cv:
        print(f"{args.lang}: cross-validated calibration on the written sentences ({args.folds} folds, {args.runs} runs)")
        print("\n".join(calibration_lines(held_out_scores(args.lang, args.folds, args.runs))))
    print(f"{args.lang}: held-out traps, events stage as shipped")
    print("\n".join(trap_lines(args.lang, args.show)))
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main(sys.argv[1:]))
