"""The defaults of the events stage (events/defaults.py): what a sentence leaves unsaid about an
event's sides. The recipient a domestic event gets is the country itself, never a city the article
happens to name first, and never the acting state."""
from __future__ import annotations

from khobor.events import defaults
from khobor.record import Actor, Entity, Event, Record, Trigger

CHITTAGONG = Actor(id="chittagong", name="Chittagong", country="BGD")
BANGLADESH = Actor(id="bangladesh", name="Bangladesh", country="BGD")


def _event(*actors: Actor) -> Event:
    return Event(type="PROTEST", sentence=0, trigger=Trigger(start=0, end=4, text="rally"), confidence=0.9,
                 actors=list(actors))


def _record(*places: Actor) -> Record:
    text = " ".join(a.name for a in places) or "x"
    ents, pos = [], 0
    for a in places:
        ents.append(Entity(text=a.name, start=pos, end=pos + len(a.name), type="GPE", actor=a))
        pos += len(a.name) + 1
    return Record(id="x", text=text, language="en", entities=ents)


def test_a_city_is_no_state_and_the_country_stands_in_for_an_unnamed_one():
    assert defaults.is_state(BANGLADESH) and not defaults.is_state(CHITTAGONG)
    (out,) = defaults.apply(_record(CHITTAGONG), [_event(Actor(id="agent:workers", name="workers", country="BGD"))], "BGD")
    assert [(a.id, a.sector) for a in out.recipients] == [("state:BGD", "GOV")]


def test_a_state_named_in_the_article_is_the_recipient_as_named():
    (out,) = defaults.apply(_record(CHITTAGONG, BANGLADESH), [_event(Actor(id="bnp", name="BNP", country="BGD"))], "BGD")
    assert [a.id for a in out.recipients] == ["bangladesh"]


def test_a_state_is_not_its_own_recipient():
    (out,) = defaults.apply(_record(BANGLADESH), [_event(BANGLADESH)], "BGD")
    assert out.recipients == []
    assert "unnamed_recipient_is_home_state" not in [s["rule"] for s in out._explain]


def _registry_raising(monkeypatch, error: Exception) -> None:
    from khobor.actors import link

    def broken():
        raise error
    monkeypatch.setattr(link, "get_registry", broken)


def test_a_missing_registry_leaves_country_codes_as_names(monkeypatch):
    _registry_raising(monkeypatch, FileNotFoundError("data/actors/registry.json"))
    assert defaults.country_name("BGD") == "BGD"
    assert defaults.state_actor("IND").name == "IND"


def test_a_registry_that_fails_otherwise_is_an_error_not_a_silent_code(monkeypatch):
    """Round 18's note: `country_name` caught every exception, so a corrupt registry or a bug in
    it would have turned every "Bangladesh" of every record into "BGD" without a word."""
    import pytest
    _registry_raising(monkeypatch, ValueError("registry.json: bad row 12"))
    with pytest.raises(ValueError):
        defaults.country_name("BGD")


def test_an_unnamed_lent_state_acts_on_its_own_people_without_reading_the_trace():
    """Round 26: agentless_arrest_acts_on_home_people read another rule's line in the trace; it
    decides from the event's parties now: a state the text never names (state_actor's id) arrests
    its own people, a state the text names is no such agent."""
    lent = defaults.state_actor("BGD")
    ev = Event(type="COERCE", sentence=0, trigger=Trigger(start=0, end=8, text="arrested"), confidence=0.6,
               actors=[lent])
    (out,) = defaults.apply(_record(CHITTAGONG), [ev], "BGD")
    assert [a.id for a in out.recipients] == ["state:BGD"]
    assert [s["rule"] for s in out._explain] == ["agentless_arrest_acts_on_home_people"]
