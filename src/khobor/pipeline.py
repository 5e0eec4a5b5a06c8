"""The pipeline: stages composed over one record type.

    readers (ingest/)  ->  clean.structure  ->  entities -> actors -> times -> quotes -> events -> groups

Each extraction stage is a module of its layer's package (ner/entities.py, actors/link.py,
times/expressions.py, quotes/attribution.py, events/extraction.py, actors/groups.py) with
`run(record, langpack)`; it fills its own field of the record and reads the fields of the stages
before it. The last one moves demonyms (NORP) from `entities` to `groups` once quotes and events,
which take groups as actors, have read them. `outcomes_of` runs them over a batch of articles
(the NER model tags the batch's sentences at once; each record is the one `outcome_of` gives the
article alone); `run_local` uses it in-process, `khobor.executors` in a process pool over the
cores or on a Ray cluster, and `khobor.run.ingest` feeds an executor's outcomes to the store with
checkpoints.
"""
from __future__ import annotations

import hashlib
import logging
import time
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import lang
from .actors import groups
from .actors import link as actors
from .clean import structure
from .collector import paused as _collector_paused
from .events import extraction as events
from .ingest.raw import InputError, RawArticle
from .ner import entities
from .quotes import attribution as quotes
from .record import Record
from .times import expressions as times

EXTRACT_STAGES = (entities, actors, times, quotes, events, groups)
STAGE_NAMES = ("entities", "actors", "times", "quotes", "events", "groups")   # the record field each one fills
log = logging.getLogger("khobor")


@dataclass
class Overrides:
    """What the user says about the input, which beats what the input says about itself."""
    published: str | None = None
    url: str | None = None
    language: str | None = None
    min_event_confidence: float | None = None   # None: the threshold shipped with the classifier

    def apply(self, raw: RawArticle) -> RawArticle:
        if self.published:
            raw.published = self.published
        if self.url:
            raw.url = self.url
        if self.language:
            raw.language = self.language
        return raw


def process(raw: RawArticle, overrides: Overrides | None = None, *, extract: bool = True) -> Record:
    """One raw article in, one record out."""
    if overrides:
        overrides.apply(raw)
    rec = structure.build_record(raw)
    if extract:
        pack = lang.load_or_none(rec.language)
        with _first_of_language(rec.language):
            _extract(rec, pack, overrides)
    return rec


def _extract(rec: Record, pack, overrides: Overrides | None, docs: list | None = None,
             stage_cpu: dict | None = None) -> None:
    """The extraction stages over a cleaned record; `docs`: its sentences already tagged by the
    NER model (`entities.tag_records`); `stage_cpu`: CPU seconds added per (language, stage)."""
    for stage in EXTRACT_STAGES:
        started = time.process_time()
        options = _stage_options(stage, overrides)
        if docs is not None and stage is entities:
            options["docs"] = docs
        try:
            stage.run(rec, pack, **options)
        except Exception as exc:  # a bug in one layer must not cost the article its other layers
            name = stage_name(stage)
            log.warning("%s: %s stage failed: %s: %s", rec.source, name, type(exc).__name__, exc)
            rec.stage_errors = [*(getattr(rec, "stage_errors", None) or []), f"{name}: {type(exc).__name__}: {exc}"]
        if stage_cpu is not None:
            stage_cpu[(rec.language, stage_name(stage))] += time.process_time() - started


_SETTLED: set[str | None] = set()   # languages whose first article has gone through the stages


@contextmanager
def _first_of_language(code: str | None) -> Iterator[None]:
    """The first article of a language loads what its stages keep for the whole process (the NER
    model, the actor registry, compiled grammars: millions of objects). Python's cyclic collector
    would walk them again and again while they load and at every full collection afterwards
    (a quarter of a one-article run's CPU, a tenth of steady state), and none of them is ever
    garbage. So the collector is paused while they load (`_collector_paused`), and what is alive
    then is frozen. Later articles of the language run as usual.
    Example: the first "bn" article runs paused, then gc.get_freeze_count() > 0."""
    if code in _SETTLED:
        yield
        return
    with _collector_paused():
        try:
            yield
        finally:
            _SETTLED.add(code)


def stage_name(stage) -> str:
    """A stage by the record field it fills, for messages: khobor.times.expressions -> "times"."""
    return STAGE_NAMES[EXTRACT_STAGES.index(stage)]


def run_stages_before(stage, rec: Record, pack) -> None:
    """The extraction stages that come before `stage`, as `process` runs them (for training and
    benchmarks that look at one stage's input)."""
    for earlier in EXTRACT_STAGES[:EXTRACT_STAGES.index(stage)]:
        earlier.run(rec, pack)


def _stage_options(stage, overrides: Overrides | None) -> dict:
    """What the user says to one stage: only the events stage takes an option (its threshold)."""
    if stage is events and overrides is not None and overrides.min_event_confidence is not None:
        return {"min_confidence": overrides.min_event_confidence}
    return {}


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A digest of what decides a record besides its input: khobor's version and every shipped
    language pack, model and registry file. A rerun skips an input only under the same one."""
    from . import __version__
    h = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for folder in (package / "lang", package / "data"):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            h.update(str(path.relative_to(package)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def raw_digest(raw: RawArticle, overrides: Overrides | None) -> str:
    """The digest a store keeps for an input it holds (Store.seen / put(raw_digest=))."""
    return raw.digest(pipeline_fingerprint(), repr(sorted(asdict(overrides or Overrides()).items())))


@dataclass
class Outcome:
    source: str
    record: Record | None = None
    error: str | None = None


def outcome_of(raw: RawArticle | tuple[str, str], overrides: Overrides | None = None) -> Outcome:
    """One article's Outcome: its record, or the reason it has none (never an exception)."""
    if isinstance(raw, tuple):  # a reader already failed on this input: (source, reason)
        return Outcome(raw[0], error=raw[1])
    try:
        return Outcome(raw.source, record=process(raw, overrides))
    except InputError as exc:
        return Outcome(raw.source, error=str(exc))
    except Exception as exc:  # one bad article must not cost the others
        return Outcome(raw.source, error=f"internal error: {type(exc).__name__}: {exc}")


BATCH = 8   # articles a batch of `outcomes_of` holds: ~250 Bengali sentences, the model's best batch


def outcomes_of(items: list[RawArticle | tuple[str, str]], overrides: Overrides | None = None, *,
                stage_cpu: dict | None = None) -> list[Outcome]:
    """The Outcomes of several articles, each the one `outcome_of` gives it alone (the same
    records), in their order; the NER model tags the sentences of all the articles of one
    language in one stream (`entities.tag_records`), which fills its batches: the model is about
    half of an article's time, and one article's ~30 sentences fill a batch badly.
    `stage_cpu` (a defaultdict(float)), when given, gets the CPU seconds of each (language,
    stage) added, "clean" and the tagging ("entities") included.
    Example: outcomes_of([raw1, ("x.html", "unreadable")]) -> [Outcome(record=...), Outcome(error=...)]."""
    out: list[Outcome] = []
    built: list[tuple[int, Record]] = []
    for item in items:
        if isinstance(item, tuple):  # a reader already failed on this input: (source, reason)
            out.append(Outcome(item[0], error=item[1]))
            continue
        started = time.process_time()
        try:
            if overrides:
                overrides.apply(item)
            built.append((len(out), structure.build_record(item)))
            out.append(Outcome(item.source))
        except InputError as exc:
            out.append(Outcome(item.source, error=str(exc)))
        except Exception as exc:  # one bad article must not cost the others
            out.append(Outcome(item.source, error=f"internal error: {type(exc).__name__}: {exc}"))
        if stage_cpu is not None and built and built[-1][0] == len(out) - 1:
            stage_cpu[(built[-1][1].language, "clean")] += time.process_time() - started
    codes = list(dict.fromkeys(rec.language for _, rec in built))
    with ExitStack() as paused:
        for code in codes:
            paused.enter_context(_first_of_language(code))
        docs = _tagged(built, codes, stage_cpu)
        for i, rec in built:
            try:
                _extract(rec, lang.load_or_none(rec.language), overrides, docs.get(i), stage_cpu)
                out[i].record = rec
            except Exception as exc:  # as outcome_of: the article's reason, never a crash
                out[i] = Outcome(rec.source, error=f"internal error: {type(exc).__name__}: {exc}")
    return out


def _tagged(built: list[tuple[int, Record]], codes: list, stage_cpu: dict | None) -> dict[int, list]:
    """The NER model's Docs of each built record (by its place in the batch), one stream per
    language. A language whose tagging fails is left out: its records' entities stage then runs
    the model itself, one article at a time, and reports the failure as `process` does."""
    docs: dict[int, list] = {}
    for code in codes:
        started = time.process_time()
        group = [(i, rec) for i, rec in built if rec.language == code]
        try:
            tagged = entities.tag_records([rec for _, rec in group], lang.load_or_none(code))
        except Exception:
            tagged = None
        if tagged is not None:
            docs.update((i, d) for (i, _), d in zip(group, tagged))
        if stage_cpu is not None:
            stage_cpu[(code, "entities")] += time.process_time() - started
    return docs


def run_local(raws: Iterable[RawArticle | tuple[str, str]], overrides: Overrides | None = None) -> Iterator[Outcome]:
    """Process articles in this process, `BATCH` at a time (see outcomes_of); a failure becomes
    an Outcome with its reason, never a crash."""
    batch: list = []
    for raw in raws:
        batch.append(raw)
        if len(batch) >= BATCH:
            yield from outcomes_of(batch, overrides)
            batch = []
    if batch:
        yield from outcomes_of(batch, overrides)


def warm_up() -> None:
    """Load what every article needs (language packs, NER models, the actor registry, the event
    coders) now rather than on the first article: an executor's worker calls it once."""
    from .actors.link import get_registry
    from .quotes.grammar import grammar_for as quote_grammar
    from .ner.model import load_model
    with _collector_paused():   # as a language's first article: all of it is kept for the process
        get_registry()
        for code in lang.available():
            pack = lang.load(code)
            load_model(code)
            quote_grammar(pack)
            times.grammar_for(pack)
            events.parts_for(pack)
