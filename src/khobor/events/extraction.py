"""The events stage: PLOVER events with provenance.

Each event carries its type and mode (PLOVER), the CAMEO code of the crosswalk, actors and
recipients (linked entities, resolved to country and sector by the actors stage), modality
(asserted / future / possible / hypothetical / negated; questions are not emitted), the time
and place governing it, the sentence index and the exact trigger span, and a confidence.

Three steps, each in this package (khobor.events):
  1. candidates: the trigger lexicon and the role rules (coder.py), with generic agents
     ("police", "students") lent as actors (agents.py);
  2. the classifier scores each candidate's type and confidence (classifier.py) and keeps those
     at or above the threshold chosen on the dev split (`--min-confidence` changes it);
  3. what the sentence leaves unsaid about the sides is filled by named defaults (defaults.py).
Every language's words are data in `lang/<code>/` (events.yaml, agents.yaml, the classifier).
"""
from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from ..lang import LangPack
from ..record import Event, Record
from . import defaults
from .agents import AgentLexicon, lent_agents
from .coder import EXTRACTOR, VERSION, Coder
from .learned import learned_triggers
from .lexicon import Lexicon, trigger_index
from .scorer import CandidateScorer

__all__ = ["run", "coder_for", "EXTRACTOR", "VERSION"]


@dataclass(frozen=True)
class Parts:
    """The events stage's parts for one language, built once."""
    rules: Coder                    # the hand-written lexicon and the role rules
    proposer: Coder                 # the same with the learned lexicon, for the classifier to judge
    agents: AgentLexicon | None
    scorer: CandidateScorer | None
    rules_floor: float = 0.0        # the pack's own confidence floor, for the rules alone


@lru_cache(maxsize=None)
def _parts(code: str) -> Parts:
    from .. import lang
    return _build(lang.load(code))


def _build(pack: LangPack) -> Parts:
    rules = Coder(pack)
    floor = rules.cfg.min_confidence
    # the coder proposes every candidate: the classifier (or the pack's floor, `floor`) decides
    rules.cfg = dataclasses.replace(rules.cfg, min_confidence=0.0)
    proposer = proposer_with(rules, pack, learned_triggers(pack))
    return Parts(rules, proposer, AgentLexicon.from_pack(pack), CandidateScorer.for_pack(pack), floor)


def proposer_with(rules: Coder, pack: LangPack, learned: list) -> Coder:
    """The rules' coder with learned triggers added to a trigger index of its own (or the rules'
    coder itself when there are none)."""
    if not learned:
        return rules
    proposer = copy.copy(rules)
    lexicon = Lexicon(rules.cfg, rules.inflector)
    lexicon.index = trigger_index(rules.cfg, pack, rules.inflector)
    for trigger in learned:
        lexicon.add_trigger(trigger, source="learned")
    proposer.index = lexicon.index
    return proposer


def parts_for(pack: LangPack) -> Parts:
    try:
        from .. import lang
        if lang.load(pack.code) is pack:
            return _parts(pack.code)
    except Exception:
        pass
    return _build(pack)


def coder_for(pack: LangPack) -> Coder:
    return parts_for(pack).rules


def candidates(rec: Record, pack: LangPack, learned: bool = True, proposer: Coder | None = None) -> list[Event]:
    """Step 1: every event the lexicons and the role rules propose, before any classifier
    (`proposer`: another lexicon's coder, as training's cross-fitting uses)."""
    parts = parts_for(pack)
    coder = proposer or (parts.proposer if learned else parts.rules)
    with lent_agents(rec, parts.agents, coder.home_of(rec)):
        return coder.code(rec)


def run(rec: Record, pack: LangPack | None, min_confidence: float | None = None, classify: bool = True) -> None:
    """The events stage. `classify=False` keeps the rule step's own judgement (tests of the rules)."""
    if pack is None or pack.yaml("events") is None:
        return None
    parts = parts_for(pack)
    if not classify:
        rec.events = [ev for ev in candidates(rec, pack, learned=False) if ev.confidence >= parts.rules_floor]
        return None
    if parts.scorer is not None:
        kept = parts.scorer.keep(rec, candidates(rec, pack), min_confidence)
    else:  # no trained classifier in this pack: the hand lexicon's own confidence, against its floor
        floor = parts.rules_floor if min_confidence is None else min_confidence
        kept = [ev for ev in candidates(rec, pack, learned=False) if ev.confidence >= floor]
    cfg = parts.rules.cfg
    rec.events = defaults.apply(rec, kept, parts.rules.home_of(rec), tuple(cfg.envoy_titles), tuple(cfg.base_marks),
                                tuple(cfg.base_phrase_breaks),
                                party_countries=lambda index: parts.rules.countries_named_as_parties(rec, index),
                                names_an_incident=lambda index, at: parts.rules.names_an_incident(rec, index, at),
                                names_two_sides=lambda index: parts.rules.names_two_sides(rec, index))
