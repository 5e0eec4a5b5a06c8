"""Training the event classifier (`khobor train events`) from the labelled sentences in training/.

Each labelled sentence goes through the pipeline as a one-sentence article up to the events
stage; the coder's candidates (before any classifier) are labelled with the type of the written
event whose trigger they overlap or stand beside (`written_event_of`), or NONE; a multinomial
logistic regression learns from their features (classifier.py). Writers decided a few points the
PLOVER manual leaves open in different ways (training/README.md); `harmonised_type` maps them onto
the gold corpus's convention.
"""
from __future__ import annotations

import json
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np

from ..ingest.raw import RawArticle
from ..record import Event, Record
from ..events.classifier import EventClassifier, classifier_settings, cues_of, features, train
from ..events.genre import MODEL_FILE as GENRE_FILE, GenreModel, coarse
from ..events.roles import PARTY_TYPES  # the entity types that may stand as a party (LOC, FAC only say where)
from ..events.learned import LEXICON_FILE
from ..events.plover_gsr import our_type
from ..events.scorer import MODEL_FILE, candidate
from .gold_articles import article_examples

CONVENTION_KEYS = {"agree_future_as_own_type": {"writers", "own_types"},
                   "signing_as_support": {"writers", "trigger_words"}}


def writer_conventions(data_dir: Path) -> dict[str, dict]:
    """The writers' conventions of training/events/conventions.yaml, keys checked."""
    import yaml
    conventions = yaml.safe_load((data_dir / "events" / "conventions.yaml").read_text(encoding="utf-8")) or {}
    for name, body in conventions.items():
        if name not in CONVENTION_KEYS or set(body) != CONVENTION_KEYS[name]:
            raise ValueError(f"{data_dir / 'events' / 'conventions.yaml'}: unknown or incomplete convention "
                             f"{name!r} (expected {sorted(CONVENTION_KEYS)} with keys {CONVENTION_KEYS.get(name)})")
    return conventions


@dataclass
class TrainingReport:
    language: str
    sentences: int = 0
    skipped: list[str] = field(default_factory=list)
    written_events: int = 0
    candidates: int = 0
    candidates_on_events: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    articles: int = 0                    # gold articles learned from (gold_articles.py)
    article_labels: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        recall = self.candidates_on_events / self.written_events if self.written_events else 0.0
        articles = (f"; {self.articles} gold articles, labelled candidates {self.article_labels}"
                    if self.articles else "")
        return (f"{self.language}: {self.sentences} sentences, {self.written_events} written events, "
                f"{self.candidates} candidates ({recall:.2f} of the written events have one), "
                f"{len(self.skipped)} skipped{articles}")


# the files `khobor train events` itself rewrites (each model's weights with its .json, the learned
# lexicon): they do not make the tree it was built in dirty
TRAINING_OUTPUTS = (LEXICON_FILE, *(name for weights in (MODEL_FILE, GENRE_FILE)
                                    for name in (weights, str(Path(weights).with_suffix(".json")))))


# the settings of lang/<code>/events_training.yaml that decide the weights themselves (what the
# features read, how the runs are trained); of the others, threshold_rule is read when `khobor train
# events` chooses the threshold, and the scorer's discounts and margin at run time
WEIGHT_SETTINGS = ("averaged_runs", "feature_set", "trigger_clitics", "lend_written_parties", "lemma_endings",
                   "negation_cues", "modal_cues", "gold_articles")
# recorded only when set: weights built before the setting existed record none of it
RECORDED_WHEN_SET = ("gold_articles",)


def weight_settings(language: str) -> dict:
    """The training settings a language's weights were built with, as their .json records them.

    >>> weight_settings("bn")["feature_set"]
    'v3'
    """
    settings = training_settings(language)
    return {key: settings[key] for key in WEIGHT_SETTINGS
            if not (key in RECORDED_WHEN_SET and settings[key] is None)}


def provenance(data_dir: Path, language: str) -> dict:
    """What a classifier was built from, so that the next retrain can be compared with it fairly:
    the commit of the code (and whether the tree had uncommitted changes), a hash of the written
    sentences and of each data file, and the weight settings, e.g. `{"commit": "bb66a36...",
    "dirty": False, "data_sha256": "9f2c...", "files": 55, "file_sha256": {"bnw1-01.jsonl": "04d1...",
    ..., "conventions.yaml": "..."}, "settings": {"feature_set": "v3", ...}}`.
    The same commit, data hash and candidate count mean the documented command rebuilds the weights;
    `dirty` is true when the code or data differed from that commit (its own outputs aside)."""
    import hashlib
    import subprocess
    files = sorted((data_dir / "events" / language).glob("*.jsonl"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    conventions = data_dir / "events" / "conventions.yaml"
    digest.update(conventions.read_bytes() if conventions.is_file() else b"")
    each = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in [*files, *([conventions] if conventions.is_file() else [])]}
    here = Path(__file__).resolve().parent

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", "-C", str(here), *args], capture_output=True, text=True,
                                  timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""
    return {"commit": git("rev-parse", "HEAD") or None,
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no", "--", ":(top)src", ":(top)training",
                              *(f":(top,exclude,glob)**/{name}" for name in TRAINING_OUTPUTS))),
            "data_sha256": digest.hexdigest(), "files": len(files), "file_sha256": each,
            "settings": weight_settings(language)}


def training_rows(data_dir: Path, language: str) -> list[dict]:
    """Every labelled sentence of one language under data_dir/events/<language>/*.jsonl, each with
    the writer's `conventions` (the parts of conventions.yaml naming its writer)."""
    conventions = writer_conventions(data_dir)
    rows = []
    for path in sorted((data_dir / "events" / language).glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    for row in rows:
        writer = row["id"].split("-")[0]
        row["conventions"] = {name: body for name, body in conventions.items() if writer in body["writers"]}
    return rows


def harmonised_type(row: dict, written: dict, candidate_type: str) -> str:
    """The written event's type under the gold corpus's conventions.

    "The minister will visit Delhi" written as AGREE/future by an AGREE-future writer, with a
    CONSULT candidate on "visit" -> CONSULT (the action's own type, modality future).
    """
    wtype, conventions = written["type"], row.get("conventions", {})
    own_type = conventions.get("agree_future_as_own_type")
    if own_type and wtype == "AGREE" and written.get("modality") == "future" \
            and candidate_type in own_type["own_types"]:
        return candidate_type
    signing = conventions.get("signing_as_support")
    if signing and wtype == "SUPPORT" and any(w in written["trigger"] for w in signing["trigger_words"]):
        return "AGREE"
    return wtype


def _trigger_spans(row: dict, rec: Record, written: dict) -> Iterator[tuple[int, int]]:
    """Where the written event's trigger words lie in the record's text."""
    offset = max(rec.text.find(row["text"][:20]), 0)
    for trigger in written.get("triggers") or [written["trigger"]]:
        at = row["text"].find(trigger)
        if at >= 0:
            yield offset + at, offset + at + len(trigger)


def written_event_of(row: dict, rec: Record, ev: Event) -> dict | None:
    """The written event whose trigger the candidate's trigger overlaps, else the one it tells
    with another word of the same phrase (`told_beside_its_trigger`)."""
    for written in row["events"]:
        if any(start < ev.trigger.end and end > ev.trigger.start for start, end in _trigger_spans(row, rec, written)):
            return written
    return next((written for written in row["events"] if told_beside_its_trigger(row, rec, ev, written)), None)


# how many words may stand between a candidate and the written trigger of the event it tells
WORDS_BETWEEN_ONE_EVENT = 2


def told_beside_its_trigger(row: dict, rec: Record, ev: Event, written: dict) -> bool:
    """A candidate of the written event's own type on a word beside its written trigger, no
    punctuation of any kind between them (a comma or danda, but also a hyphen, bracket or quote
    mark) and at most WORDS_BETWEEN_ONE_EVENT words, tells that event: the gold scores an event by
    its type and sides, not its trigger word. Never for a PLOVER record (`plover`: `label` maps
    its types with `our_type`, on overlap only). "মালয়েশিয়া ও বাংলাদেশ
    চুক্তির খসড়ায় সম্মত হয়েছে" written with the trigger "সম্মত হয়েছে": an AGREE candidate on
    "চুক্তির" is that AGREE, not a NONE that teaches the classifier to drop agreements told by
    their object. A candidate of another type there ("হামলার প্রতিবাদ করেছে": ASSAULT beside a
    PROTEST) is no match.
    """
    if written.get("plover") or harmonised_type(row, written, ev.type) != ev.type:
        return False
    for start, end in _trigger_spans(row, rec, written):
        gap = rec.text[ev.trigger.end:start] if ev.trigger.end <= start else rec.text[end:ev.trigger.start]
        if not any(unicodedata.category(ch).startswith("P") for ch in gap) \
                and len(gap.split()) <= WORDS_BETWEEN_ONE_EVENT:
            return True
    return False


def label(row: dict, rec: Record, ev: Event) -> str | None:
    """The type of the written event the candidate tells (`written_event_of`: its trigger overlapped
    or beside); NONE when there is none, or None (no example)
    in a `partial` row, which codes only some of its sentence's events (the PLOVER records)."""
    written = written_event_of(row, rec, ev)
    if written is None:
        return None if row.get("partial") else "NONE"
    if written.get("plover"):
        return our_type(written["type"], ev.type, ev.modality)
    return harmonised_type(row, written, ev.type)


def overlaps_written(row: dict, rec: Record, events: list[Event]) -> int:
    return sum(any(start < ev.trigger.end and end > ev.trigger.start
                   for ev in events for start, end in _trigger_spans(row, rec, written))
               for written in row["events"])


CROSS_FIT_FOLDS = 5


def fold_of(row: dict) -> int:
    """The cross-fit fold of a labelled sentence, from a hash of its id (which names its file and
    line: "bnw13-01-004"), not its place in the sorted rows: a new file that sorts between others
    then moves only its own rows, not every later sentence's fold and so every learned lexicon.

    >>> fold_of({"id": "bnw1-01-001"}) == fold_of({"id": "bnw1-01-001", "text": "other"})
    True
    >>> 0 <= fold_of({"id": "plover-12"}) < CROSS_FIT_FOLDS
    True
    """
    return zlib.crc32(row["id"].encode("utf-8")) % CROSS_FIT_FOLDS


def candidates_of(rows: list[dict], language: str,
                  lend: bool | None = None) -> Iterator[tuple[dict, Record, list[Event]]]:
    """Each sentence as a one-sentence article, with the coder's candidates before classification,
    its written parties lent when `lend` (None: the pack's `lend_written_parties`).

    Where the pack learns a trigger lexicon from these same sentences, each sentence's candidates
    come from a lexicon learned without it (CROSS_FIT_FOLDS folds): with its own lexicon every
    learned head would meet only the sentences that taught it, and the classifier would learn to
    trust learned heads far more than it should on new text.
    """
    from .. import lang
    from ..events import extraction as events
    pack = lang.load(language)
    proposers = _cross_fitted_proposers(rows, pack)
    if lend is None:
        lend = classifier_settings(language)["lend_written_parties"]  # read once, not per sentence
    for row in rows:
        rec = _one_sentence_record(row, language, pack, lend)
        if rec is None:
            yield row, None, []
            continue
        proposer = proposers[fold_of(row)] if proposers else None
        yield row, rec, events.candidates(rec, pack, proposer=proposer)


def _cross_fitted_proposers(rows: list[dict], pack) -> list:
    from ..events import extraction as events
    from ..events.agents import AgentLexicon
    from ..events.learned import HeadRules, build, learns, triggers_of
    if not learns(pack):
        return []
    rules, agents = events.coder_for(pack), AgentLexicon.from_pack(pack)
    agent_words = agents.words() if agents else set()
    head_rules = HeadRules.from_pack(pack)
    return [events.proposer_with(rules, pack, triggers_of(build(
                [r for r in rows if fold_of(r) != k], head_rules, agent_words)))
            for k in range(CROSS_FIT_FOLDS)]


def _one_sentence_record(row: dict, language: str, pack, lend: bool) -> Record | None:
    """The sentence through the pipeline's stages before events, as a one-sentence article, its
    written sides lent when `lend` (`candidates_of` passes the pack's `lend_written_parties`; no
    default, so that no caller drops the setting unseen)."""
    from ..clean import structure
    from ..pipeline import run_stages_before
    from ..events import extraction as events
    raw = RawArticle(source=row["id"], text=row["text"], language=language, published="2025-06-01")
    try:
        rec = structure.build_record(raw)
    except ValueError:
        return None
    run_stages_before(events, rec, pack)
    if lend:
        lend_written_parties(row, rec)
    return rec


def written_parties(row: dict) -> list[tuple[str, str, str | None]]:
    """The written sides of a sentence as (text, entity type, country): each event's actor and
    recipient, then the written entities of a party type (a hard negative names its parties only
    there). `{"actor": "পুলিশ", "actor_country": "BGD", ...}` -> `[("পুলিশ", "ORG", "BGD"), ...]`."""
    types = {e["text"]: e["type"] for e in row.get("entities") or []}
    sides = [(ev.get(side), types.get(ev.get(side) or "", "ORG"), ev.get(f"{side}_country"))
             for ev in row["events"] for side in ("actor", "recipient")]
    sides += [(e["text"], e["type"], None) for e in row.get("entities") or [] if e["type"] in PARTY_TYPES]
    return [(text, etype, country) for text, etype, country in sides if text]


def lend_written_parties(row: dict, rec: Record) -> int:
    """Training only: a written side the pipeline left unlinked (or did not find) becomes a linked
    entity of the one-sentence record, so that the coder proposes the sentence's triggers as it
    would with a registry name there. "গ্রামবাসী অবস্থান নিয়েছেন": NER finds no name, the coder
    proposes nothing, and the sentence taught the classifier nothing; lent "গ্রামবাসী" as an
    actor, its trigger becomes an example. Run time never lends: the classifier still sees only
    what the coder proposes. Returns how many spans were lent."""
    from ..record import Actor, Entity
    offset = max(rec.text.find(row["text"][:20]), 0)
    lent, ids = 0, {}
    for text, etype, country in written_parties(row):
        at = row["text"].find(text)
        if at < 0:
            continue
        start, end = offset + at, offset + at + len(text)
        if any(e.start < end and e.end > start and e.actor is not None for e in rec.entities):
            continue
        rec.entities = [e for e in rec.entities if not (e.start < end and e.end > start)]
        actor = Actor(id=ids.setdefault(text, f"new:written-{len(ids) + 1}"), name=text, country=country)
        rec.entities.append(Entity(start=start, end=end, text=rec.text[start:end], type=etype, actor=actor))
        lent += 1
    rec.entities.sort(key=lambda e: e.start)
    return lent


def feature_set_of(language: str) -> str:
    """The features the language's classifier reads (`feature_set` in lang/<code>/events_training.yaml)."""
    return classifier_settings(language)["feature_set"]


@dataclass
class Example:
    features: list[str]
    label: str
    row_id: str
    weight: int = 1                     # how many times it counts (a gold article's must-not NONE)


def examples_of(rows: list[dict], language: str, report: TrainingReport,
                progress: Callable[[Iterable], Iterable] = lambda it: it) -> list[Example]:
    """Every candidate of every sentence with its features (the language's feature set) and label."""
    feature_set = feature_set_of(language)
    cues = cues_of(language)
    examples = []
    for row, rec, cands in progress(candidates_of(rows, language)):
        if rec is None:
            report.skipped.append(row["id"])
            continue
        report.written_events += len(row["events"])
        report.candidates += len(cands)
        report.candidates_on_events += overlaps_written(row, rec, cands)
        for ev in cands:
            y = label(row, rec, ev)
            if y is None:
                continue
            report.labels[y] = report.labels.get(y, 0) + 1
            examples.append(Example(features(candidate(rec, ev, coarse(row.get("genre"))), feature_set, cues), y,
                                    row["id"]))
    return examples


# The PLOVER records count three times: 322 sentences coded by the manual's authors beside 5,000
# of ours (5-fold cross-validated GSR type accuracy 0.686 counted once, 0.699 three times, 0.693 six)
PLOVER_WEIGHT = 3


def weighted(examples: list[Example]) -> list[tuple[list[str], str]]:
    return [(ex.features, ex.label) for ex in examples
            for _ in range(PLOVER_WEIGHT if ex.row_id.startswith("plover-") else ex.weight)]


SEED = 13                       # the first run's seed (one run: the classifier as it always was trained)
# How a language's classifier is trained (averaged runs) and what it reads (feature set, cue
# words): lang/<code>/events_training.yaml, read and checked by the events layer, which scores with it
training_settings = classifier_settings


def averaged(models: list[EventClassifier]) -> EventClassifier:
    """One linear model whose weights are the mean of several runs' (each run sees the examples in
    another order). A single run's confidences swing with that order: on the Bengali dev split,
    three seeds gave F1 0.55 to 0.63; the mean of nine keeps the same features but not the swing.
    One model is returned as it is.

    >>> a = EventClassifier(np.array([1, 5]), np.array([[2.0, 0.0], [0.0, 2.0]]), np.array([0.0, 1.0]))
    >>> b = EventClassifier(np.array([5, 9]), np.array([[4.0, 0.0], [2.0, 2.0]]), np.array([1.0, 1.0]))
    >>> m = averaged([a, b])
    >>> m.rows.tolist(), m.weights.tolist(), m.bias.tolist()
    ([1, 5, 9], [[1.0, 0.0], [2.0, 1.0], [1.0, 1.0]], [0.5, 1.0])
    """
    if len(models) == 1:
        return models[0]
    rows = np.unique(np.concatenate([m.rows for m in models]))
    weights = np.zeros((len(rows), models[0].weights.shape[1]), np.float64)
    for m in models:
        weights[np.searchsorted(rows, m.rows)] += m.weights
    bias = np.mean([m.bias.astype(np.float64) for m in models], axis=0)
    return EventClassifier(rows, weights / len(models), bias)


def train_language(language: str, data_dir: Path, extra_rows: list[dict] = (),
                   progress: Callable[[Iterable], Iterable] = lambda it: it
                   ) -> tuple[EventClassifier, GenreModel, TrainingReport]:
    """The event and genre classifiers of one language from training/ (and `extra_rows`, e.g. the
    PLOVER records, which say no genre: the event classifier reads them as news)."""
    written = training_rows(data_dir, language)
    rows = written + list(extra_rows)
    report = TrainingReport(language, sentences=len(rows))
    examples = examples_of(rows, language, report, progress)
    settings = training_settings(language)
    examples += article_examples(language, settings, report, progress)
    runs = settings["averaged_runs"]
    model = averaged([train(weighted(examples), seed=SEED + k) for k in range(runs)])
    genre = GenreModel.trained(written)
    model.meta.update({"language": language, "features": settings["feature_set"], "sentences": report.sentences,
                       "candidates": report.candidates,
                       "labels": report.labels,
                       "plover_gsr_sentences": sum(r["id"].startswith("plover-") for r in rows),
                       "built_from": provenance(data_dir, language)})
    if runs > 1:
        model.meta["averaged_runs"] = runs
    return model, genre, report
