"""Speakers a news lede describes before the article names them (delayed identification).

A lede often reports first and names later: "Attacks on reporters must be investigated, a UN
expert said on Monday." and, a paragraph on, "'...,' said Helga Moreno, the Special Rapporteur
on ..." and "The expert urged ...". The lede's indefinite description stays unresolved when its
quote is attributed (`indefinite_is_nobody`: somebody new); once every quote has its speaker,
the article's own definite mentions of that description say who it was.
"""
from __future__ import annotations

from ..record import Actor, Quote, Record
from .explain import note, speaker_rule
from .grammar import Grammar
from .speakers import SpeakerFinder, _key


def _lede_end(rec: Record) -> int:
    """Where the article's first body paragraph ends (the lede), or 0 when there is none."""
    return next((b.end for b in rec.blocks if b.kind == "body"), 0)


def _description_head(finder: SpeakerFinder, words: str, openers: frozenset[str]) -> str | None:
    """The title head of a description opening with one of `openers` ("a UN expert" -> "expert"
    for the pack's indefinites), or None (a name, a pronoun, another opener)."""
    key = _key(words)
    if not key.split() or key.split()[0] not in openers:
        return None
    return finder.title_head(key)


@speaker_rule("lede_named_later")
def lede_named_later(finder: SpeakerFinder, quotes: list[Quote], g: Grammar) -> None:
    """A lede's indefinite description of one speaker ("a UN expert said") that the article
    later calls by its definite form ("The expert urged ...") and that form's person: the same
    person, where every such later mention is one and the same. A group, an anonymous source
    ("a resident", the pack's `anonymous_titles`: one of many) or a description the article
    never takes up again stays nobody. Only in a language that marks definiteness (the pack's
    `determiners`).

    Example: "..., a UN expert said." then "The expert urged ..." (Helga Moreno) -> Helga Moreno."""
    if not g.determiners or not g.indefinites:
        return
    lede_end = _lede_end(finder.rec)
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.actor is not None or sp.start >= lede_end:
            continue
        head = _description_head(finder, sp.text, g.indefinites)
        if not head or head.split()[-1] in g.anonymous_titles or finder.plural_title(head):
            continue
        actor = _definite_namesake(finder, quotes, head, sp.end, g)
        if actor is not None:
            sp.actor = actor.model_copy()
            note(q, "speaker", "lede_named_later", actor.name)


def _definite_namesake(finder: SpeakerFinder, quotes: list[Quote], head: str, after: int,
                       g: Grammar) -> Actor | None:
    """The one person the later definite mentions of `head` ("the expert", "the UN expert")
    resolved to, as speakers of quotes after `after`; None when none did, or several people."""
    people: dict[str, Actor] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start < after:
            continue
        if _description_head(finder, sp.text, g.determiners - g.indefinites) != head:
            continue
        if sp.actor is None:
            return None  # one later "the expert" is nobody known: the description is not settled
        people[sp.actor.id] = sp.actor
    return next(iter(people.values())) if len(people) == 1 else None
