"""The pipeline: stages composed over one record type.

    readers (ingest/)  ->  clean.structure  ->  entities -> actors -> times -> quotes -> events -> groups

Each extraction stage is a module of its layer's package (ner/entities.py, actors/link.py,
times/expressions.py, quotes/attribution.py, events/extraction.py, actors/groups.py) with
`run(record, langpack)`; it fills its own field of the record and reads the fields of the stages
before it. The last one moves demonyms (NORP) from `entities` to `groups` once quotes and events,
which take groups as actors, have read them. `run_local` runs them
in-process; `khobor.executors` runs the same `outcome_of` in a process pool over the cores or on a
Ray cluster, and `khobor.run.ingest` feeds an executor's outcomes to the store with checkpoints.
"""
from __future__ import annotations

import gc
import hashlib
import logging
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import lang
from .actors import groups
from .actors import link as actors
from .clean import structure
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
            for stage in EXTRACT_STAGES:
                try:
                    stage.run(rec, pack, **_stage_options(stage, overrides))
                except Exception as exc:  # a bug in one layer must not cost the article its other layers
                    name = stage_name(stage)
                    log.warning("%s: %s stage failed: %s: %s", raw.source, name, type(exc).__name__, exc)
                    rec.stage_errors = [*(getattr(rec, "stage_errors", None) or []), f"{name}: {type(exc).__name__}: {exc}"]
    return rec


_SETTLED: set[str | None] = set()   # languages whose first article has gone through the stages


@contextmanager
def _first_of_language(code: str | None) -> Iterator[None]:
    """The first article of a language loads what its stages keep for the whole process (the NER
    model, the actor registry, compiled grammars: millions of objects). Python's cyclic collector
    would walk them again and again while they load and at every full collection afterwards
    (a quarter of a one-article run's CPU, a tenth of steady state), and none of them is ever
    garbage. So the collector is paused while they load, and what is alive then is frozen into its
    permanent generation (gc.freeze: still freed by reference counting, never walked again).
    Later articles of the language run as usual. Example: the first "bn" article runs paused,
    then gc.get_freeze_count() > 0."""
    if code in _SETTLED:
        yield
        return
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        _SETTLED.add(code)
        if paused:
            gc.enable()


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


def run_local(raws: Iterable[RawArticle | tuple[str, str]], overrides: Overrides | None = None) -> Iterator[Outcome]:
    """Process articles one by one, in this process; a failure becomes an Outcome with its
    reason, never a crash."""
    for raw in raws:
        yield outcome_of(raw, overrides)


def warm_up() -> None:
    """Load what every article needs (language packs, NER models, the actor registry, the event
    coders) now rather than on the first article: an executor's worker calls it once."""
    from .actors.link import get_registry
    from .quotes.grammar import grammar_for as quote_grammar
    from .ner.model import load_model
    get_registry()
    for code in lang.available():
        pack = lang.load(code)
        load_model(code)
        quote_grammar(pack)
        times.grammar_for(pack)
        events.parts_for(pack)
