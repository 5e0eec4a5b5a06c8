"""A title the registry resolves to an office holder must name that holder's office, not only
its country: "the Indian foreign secretary" (a civil servant) is not India's External Affairs
Minister. The packs' role words now file "foreign secretary" under its own office, and
`country_offices` (data/actors/country_offices.yaml) makes it the foreign minister for Britain alone, so
the role words already give India's foreign secretary; the rule still decides first wherever the
title's own words are an office the registry holds for the country, whatever office the role words
or `country_offices` would map them to.

The functions take the article's `SpeakerFinder` (its public registry, grammar, date and look-ups).
"""
from __future__ import annotations

from ..record import Actor
from .explain import speaker_rule


@speaker_rule("office_by_own_words")
def office_by_own_words(finder, key: str) -> tuple[bool, Actor | None]:
    """Whether a title's own words, after the country it names, are an office the registry
    holds for that country under exactly those words ("indian foreign secretary" -> role
    "foreign_secretary" of India), and its one holder on the article's date (None when
    nobody or several hold it then). Such an office is meant, never another office of the
    country that the role words map the title to.

    Example: "the indian foreign secretary" on 2025-06-01 -> (True, Vikram Misri);
    "the british foreign secretary" -> (False, None): Britain's is the foreign minister."""
    registry = finder.registry
    words = [w for w in key.split() if w not in finder.g.determiners]
    if registry is None or len(words) < 2 or not finder.is_country(words[0]):
        return False, None
    office = ("_".join(words[1:]), finder.resolve(words[0]).country)
    if not registry.roles.get(office):
        return False, None
    live = registry.holders_on(*office, finder.rec.published)
    if len(live) != 1:
        return True, None
    return True, registry.to_actor(registry.actors[next(iter(live))], finder.rec.published)


@speaker_rule("registry_title_named_before")
def registry_title_named_before(finder, key: str, pos: int) -> Actor | None:
    """The one person named before `pos` whose office, as the registry titles it on the article's
    date, holds every word of a definite description no apposition resolved ("the adviser" after
    "Home affairs chief Jahangir Alam Chowdhury", whose office the registry titles "Home Affairs
    Adviser of Bangladesh"); None where nobody or several people hold such an office. Only in a
    language with articles, where "the" points back; a generic title ("the leader") is anybody's.

    Example: "the adviser" at 1087, after Jahangir Alam Chowdhury -> Jahangir Alam Chowdhury."""
    g, registry = finder.g, finder.registry
    words = set(key.split()) - g.determiners
    if registry is None or not g.determiners or not words or finder.title_head(key) in g.generic_titles:
        return None
    from .lede import _lede_end  # (here: lede.py reads speakers.py, which reads this module)
    holders = _registry_holders(finder, words, [e for e in finder.entities if e.start < pos])
    if not holders and pos < _lede_end(finder.rec):
        # a lede that describes before it names ("..., the home adviser said today. Jahangir Alam
        # Chowdhury, briefing journalists, said ..."): the one such person the article names
        holders = _registry_holders(finder, words, finder.entities)
    return next(iter(holders.values())).model_copy() if len(holders) == 1 else None


def _registry_holders(finder, words: set[str], entities: list) -> dict[str, Actor]:
    """The registry persons among `entities` whose office in force on the article's date the
    registry titles with every one of `words`, by id."""
    registry, lang, date = finder.registry, finder.rec.language, finder.rec.published
    holders: dict[str, Actor] = {}
    for e in entities:
        known = registry.actors.get(e.actor.id) if e.actor is not None else None
        if known is None or known.type != "PER":
            continue
        if any(r.in_force(date) and words <= set(r.title.get(lang, "").lower().split()) for r in known.roles):
            holders[known.id] = e.actor
    return holders
