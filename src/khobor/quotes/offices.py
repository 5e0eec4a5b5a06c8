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
