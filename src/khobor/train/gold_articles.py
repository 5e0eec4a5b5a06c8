"""Training examples from whole written articles and their gold (`gold_articles` in
lang/<code>/events_training.yaml; read by `khobor train events`).

The labelled sentences of training/ teach the classifier one sentence at a time, most of them
holding an event. A news article is mostly sentences without one: background, commentary,
victims, plans beside the acts. The written articles of dev (eval/written/, our own text, the ids
of `written_dev` in eval/split.json and no others) carry gold events with their `evidence` words,
whether a good coder must find them (`required`) and the types a careless coder produces there
(`must_not`). Each article goes through the pipeline as at run time, and each candidate the coder
proposes is labelled by `article_label`: the gold type where it lies on a required event's
evidence, NONE where it can tell no gold event of the article (a strong NONE, counted
`must_not_weight` times, when its type is one the article must not have), and left out where unsure.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable, Iterable


def learned_article_ids(language: str) -> frozenset[str]:
    """The dev articles a language's classifier learns from (none when `gold_articles` is off):
    the threshold is chosen on the others (train/threshold.dev_records), never on its own
    training data."""
    from ..events.classifier import classifier_settings
    chosen = classifier_settings(language)["gold_articles"]
    return frozenset(gold_article_ids(chosen["split"])) if chosen else frozenset()


def gold_article_ids(split: str) -> list[str]:
    """The article ids of a `written_dev`-style group of eval/split.json (a list of rounds, each
    with its `ids`), every language."""
    from ..eval.runner import default_eval_dir, read_split
    groups = read_split(default_eval_dir())[split]
    return [article_id for group in groups for article_id in group["ids"]]


@dataclass(frozen=True)
class GoldSpan:
    """One occurrence of a gold event's evidence words in the record's text, [start, end), with the
    event's types and whether a good coder must find it (`required`): what `article_label` labels
    a candidate's trigger by.

    >>> GoldSpan(10, 20, ("COERCE",), True).types
    ('COERCE',)
    """
    start: int
    end: int
    types: tuple[str, ...]
    required: bool


def evidence_spans(text: str, gold: dict) -> list[GoldSpan]:
    """Where each gold event's evidence words stand in the record's text (a run of white space
    may differ, as the guidelines allow; every occurrence).

    >>> [(s.start, s.end, s.types) for s in evidence_spans("ক খ  গ। ঘ", {"events": [{"types": ["AID"], "evidence": "খ গ"}]})]
    [(2, 6, ('AID',))]
    """
    spans = []
    for event in gold.get("events") or []:
        words = (event.get("evidence") or "").split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        spans += [GoldSpan(m.start(), m.end(), tuple(event["types"]), bool(event.get("required", True)))
                  for m in re.finditer(pattern, text)]
    return spans


def article_label(start: int, end: int, ev_type: str, spans: list[GoldSpan], gold: dict, matches: bool,
                  must_not_weight: int) -> tuple[str, int] | None:
    """(label, weight) of a candidate with trigger [start, end), or None (unsure);
    `matches`: the candidate may tell a gold event of the article, required or not (`could_tell`).

    On a required gold event's evidence: that event's type (the candidate's own when the gold
    allows several); on a non-required one's (background, one reading of several): unsure. Off
    every evidence: a type the article must not have is a strong NONE; one that may tell a gold
    event is unsure (the scorer takes an event told again elsewhere as right, so a second telling
    is no negative); any other is NONE, an event the scorer would count false.

    >>> gold = {"events": [{"types": ["COERCE"]}], "must_not": [{"types": ["PROTEST"]}]}
    >>> spans = [GoldSpan(10, 20, ("COERCE",), True)]
    >>> article_label(12, 15, "ASSAULT", spans, gold, False, 3), article_label(40, 45, "PROTEST", spans, gold, False, 3)
    (('COERCE', 1), ('NONE', 3))
    >>> article_label(40, 45, "AID", spans, gold, False, 3), article_label(40, 45, "COERCE", spans, gold, True, 3)
    (('NONE', 1), None)
    """
    on = [s for s in spans if s.start < end and s.end > start]
    if on:
        if not all(s.required for s in on):
            return None
        return (ev_type if ev_type in on[0].types else on[0].types[0]), 1
    if any(ev_type in m["types"] for m in gold.get("must_not") or []):
        return "NONE", must_not_weight
    if matches:
        return None
    return "NONE", 1


def could_tell(ev, gold_event: dict) -> bool:
    """The candidate may tell the gold event: its type is one of the event's, and the countries of
    its sides, where both say any, meet the event's. Lenient on sides, which are the role rules'
    matter and not the classifier's: "তাঁকে গ্রেপ্তার করা হয়" with no recipient found may still be
    the gold arrest of a Bangladeshi, and is no negative for the classifier.

    >>> from types import SimpleNamespace as N
    >>> arrest = N(type="COERCE", actors=[N(country="BGD")], recipients=[N(country=None)])
    >>> could_tell(arrest, {"types": ["COERCE"], "actor": ["BGD"], "recipient": ["BGD"]})
    True
    >>> could_tell(arrest, {"types": ["COERCE"], "actor": ["IND"], "recipient": ["IND"]})
    False
    """
    if ev.type not in gold_event["types"]:
        return False
    ours = {a.country for a in [*ev.actors, *ev.recipients] if a.country}
    theirs = {*gold_event.get("actor", []), *gold_event.get("recipient", [])}
    return not ours or not theirs or bool(ours & theirs)


def gold_articles(language: str, split: str) -> Iterable:
    """The gold articles (`runner.GoldArticle`) of one language in a split group, in id order."""
    from ..eval.corpus import default_shared
    from ..eval.runner import GoldArticle, article_loader, default_eval_dir, gold_path
    from ..eval.standoff import to_working
    eval_dir, shared = default_eval_dir(), default_shared()
    article_of = article_loader(eval_dir, shared)
    for article_id in sorted(gold_article_ids(split)):
        path = gold_path(eval_dir, article_id)
        if not path.is_file():
            continue
        standoff = json.loads(path.read_text(encoding="utf-8"))
        if (standoff.get("language") or "bn") != language:
            continue
        article = article_of(article_id)
        yield GoldArticle(article_id, language, article, to_working(standoff, article))


def labelled_candidates(item, pack, must_not_weight: int) -> Iterable[tuple]:
    """(record, candidate, genre, label, weight) of each labelled candidate of one gold article, the
    record built as `khobor extract` builds it before the events stage."""
    from ..clean import structure
    from ..eval.runner import raw_article
    from ..events import extraction as events
    from ..pipeline import run_stages_before
    rec = structure.build_record(raw_article(item))
    run_stages_before(events, rec, pack)
    scorer = events.parts_for(pack).scorer
    genre = scorer.genre.read_record(rec, False)[0] if scorer is not None and scorer.genre else None
    spans = evidence_spans(rec.text, item.gold)
    for ev in events.candidates(rec, pack):
        matches = any(could_tell(ev, g) for g in item.gold.get("events") or [])
        labelled = article_label(ev.trigger.start, ev.trigger.end, ev.type, spans, item.gold, matches, must_not_weight)
        if labelled is not None:
            yield rec, ev, genre, *labelled


def article_examples(language: str, settings: dict, report,
                     progress: Callable[[Iterable], Iterable] = lambda it: it) -> list:
    """The training examples (events_training.Example, with their weight) of the gold articles
    `settings["gold_articles"]` names; none when it is off. Counts go to the report."""
    from .. import lang
    from ..events.classifier import cues_of, features
    from ..events.scorer import candidate
    from .events_training import Example
    chosen = settings.get("gold_articles")
    if not chosen:
        return []
    pack, feature_set, cues = lang.load(language), settings["feature_set"], cues_of(language)
    examples = []
    for item in progress(list(gold_articles(language, chosen["split"]))):
        report.articles += 1
        for rec, ev, genre, label, weight in labelled_candidates(item, pack, chosen["must_not_weight"]):
            key = label + (" (must-not)" if weight > 1 else "")
            report.article_labels[key] = report.article_labels.get(key, 0) + 1
            examples.append(Example(features(candidate(rec, ev, genre), feature_set, cues), label,
                                    f"article:{item.id}", weight))
    return examples
