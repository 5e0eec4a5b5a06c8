"""Round 35 (issue 9): the article's country for the events layer, where the press's own country
(home_country of the language) competes with a foreign one it reports on (actors.link.main_country).
Entities built for this test; the registry's own country and town records."""
from __future__ import annotations

from khobor.actors.link import get_registry, main_country
from khobor.record import Actor, Entity


def _entity(aid: str, country: str, etype: str = "GPE") -> Entity:
    return Entity(start=0, end=1, text="x", type=etype, actor=Actor(id=aid, name=aid, country=country))


def _country(code: str) -> Entity:
    return _entity(get_registry().countries[code], code)


def test_the_top_country_wins_without_a_press_country():
    ents = [_country("IND")] * 6 + [_country("BGD")] * 4
    assert main_country(ents) == "IND"


def test_the_press_country_wins_when_named_and_with_towns_nearly_as_often():
    """A report on exports to India: India named 6 times, Bangladesh 4; land ports on both sides."""
    ents = ([_country("IND")] * 4 + [_entity("petrapole", "IND")] * 2
            + [_country("BGD")] * 2 + [_entity("benapole", "BGD")] * 2)
    assert main_country(ents, "BGD") == "BGD"


def test_a_story_set_abroad_keeps_the_foreign_country():
    """A protest in Kolkata at Bangladesh's mission: Bangladesh named often, every town Indian."""
    ents = [_country("IND")] * 2 + [_entity("kolkata", "IND")] * 4 + [_country("BGD")] * 4
    assert main_country(ents, "BGD") == "IND"


def test_the_press_country_with_a_quarter_of_the_towns_stays():
    """An English report from Delhi on Dhaka's protest: four Indian towns, Dhaka once."""
    ents = [_country("IND")] * 4 + [_entity("kolkata", "IND")] * 4 + [_country("BGD")] * 3 + [_entity("dhaka", "BGD")]
    assert main_country(ents, "BGD") == "BGD"


def test_a_press_country_named_seldom_keeps_the_foreign_country():
    ents = [_country("IND")] * 2 + [_entity("kolkata", "IND")] * 6 + [_country("BGD")] * 2
    assert main_country(ents, "BGD") == "IND"
