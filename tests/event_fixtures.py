"""The pipeline's record of one short article, for the events' held-out tests: `record_of` (the
builder the quote tests use too, tests/record_fixtures.py), or a dated plain-text file.

`record_of("রাশিয়া এই প্রস্তাব প্রত্যাখ্যান করে।", "bn").events` -> the events khobor codes there.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Callable

from khobor.pipeline import process
from khobor.record import Record
from record_fixtures import record_of  # noqa: F401 (the events tests import it from here)

ROOT = Path(__file__).resolve().parents[1]


def candidates_of(text: str, lang: str = "bn") -> list:
    """Every event the coder proposes in `text` (an article in `lang` with no title) before the
    classifier keeps any: `khobor.events.extraction.candidates` over `record_of`."""
    from khobor import lang as packs
    from khobor.events.extraction import candidates
    return candidates(record_of(text, lang), packs.load(lang))


def proposed_or_kept(text: str, lang: str, types: set[str] | frozenset[str]) -> list:
    """The events of `types` the coder proposes in `text` (`candidates_of`) followed by those the
    record keeps: a held-out case that no such event may be told asserts this is empty, so neither
    the coder nor a later step may bring it back (one helper for the held-out sets that each wrote
    this filter again). `proposed_or_kept("Police arrested two men.", "en", {"COERCE"})` -> the
    proposed COERCE, then the kept one."""
    from khobor import lang as packs
    from khobor.events.extraction import candidates
    rec = record_of(text, lang)
    return [e for e in candidates(rec, packs.load(lang)) + rec.events if e.type in types]


def candidates_of_type(text: str, lang: str, etype: str) -> list:
    """The events of type `etype` the coder proposes in `text` (`candidates_of`), in order:
    `candidates_of_type("রাশিয়া কিয়েভে হামলা চালিয়েছে।", "bn", "ASSAULT")` (the held-out tests'
    filter, before the classifier keeps any; `events_of_type` is the one after)."""
    return [e for e in candidates_of(text, lang) if e.type == etype]


def events_of_type(text: str, lang: str, etype: str) -> list:
    """The events of type `etype` that `record_of(text, lang)` keeps, in order:
    `events_of_type("Police arrested two men.", "en", "COERCE")` (the held-out tests' filter)."""
    return [e for e in record_of(text, lang).events if e.type == etype]


# a first sentence that makes Bangladesh the article's home country, for cases told after it
HOME_LEADS = {
    "bn": "লালমনিরহাটের পাটগ্রাম উপজেলায় রবিবার বিজিবি ও পুলিশ যৌথ অভিযান চালায়। ",
    "en": ("Bangladesh's home adviser Jahangir Alam Chowdhury spoke to reporters at the Secretariat "
           "in Dhaka on Monday. "),
}


def events_after_home_lead(lang: str, sentence: str) -> list:
    """The events `record_of` keeps in `sentence` told after HOME_LEADS[lang] (a Bangladeshi lead,
    so the article's home country is Bangladesh), the lead's own left out:
    `events_after_home_lead("en", "Indian police arrested five protesters in Kolkata.")`."""
    rec = record_of(HOME_LEADS[lang] + sentence, lang)
    return [e for e in rec.events if e.sentence > 0]


def record_of_dateline_file(tmp_path, headline: str, sentence: str) -> Record:
    """The record of a plain-text article file under `headline` whose body is `sentence` after a
    Dhaka dateline, read as `khobor extract` reads files (the title and dateline steer the
    cleaner and the genre, unlike `record_of`'s bare row)."""
    from khobor.ingest import read_inputs
    path = tmp_path / "article.txt"
    path.write_text(f"{headline}\n\nDhaka, Dec 2 (staff) - {sentence}\n", encoding="utf-8")
    (raw,) = list(read_inputs([str(path)]))
    return process(raw)


def calibration_bench():
    """bench/eval_event_calibration.py loaded as a module (a script, not part of the package): the
    held-out article tests judge events with its `article_records`, `judged` and `written_found`."""
    spec = importlib.util.spec_from_file_location("eval_event_calibration", ROOT / "bench" / "eval_event_calibration.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shipped_kept(language: str) -> Callable[[list[dict]], list[dict]]:
    """What keeps the events of a record (as dicts) that the shipped settings keep: those above the
    threshold of lang/<language>/events_classifier.json, with the lone-type margin, as
    bench/eval_event_calibration.py --articles keeps them: `shipped_kept("bn")(rec["events"])`."""
    from khobor.events.classifier import classifier_settings
    from khobor.train.threshold import above
    meta = json.loads((ROOT / f"src/khobor/lang/{language}/events_classifier.json").read_text(encoding="utf-8"))
    lone = float(classifier_settings(language)["lone_type_margin"])
    return lambda events: above(events, meta["threshold"], lone)
