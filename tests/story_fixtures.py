"""Records for the story tests, written for them (no sentence comes from ../shared/corpus): a
Bengali and an English report of one made-up flood relief visit, a second English report of it,
and an unrelated Bengali report of a cricket match on the same days.

`story_records()` returns them in the order they are stored; `build_story_store(path)` stores them
and places each in a story as `khobor ingest` does.
"""
from __future__ import annotations

from desk_fixtures import _entity, _event, _record
from khobor.record import Actor, Record
from khobor.store import open_store

MINISTER = Actor(id="test-nasrin-akter", name="Nasrin Akter", country="BGD", sector="GOV")
RED_CRESCENT = Actor(id="test-relief-society", name="Relief Society", country="BGD", sector="NGO")
SYLHET = Actor(id="test-sylhet", name="Sylhet", country="BGD", sector=None)
TIGERS = Actor(id="test-river-tigers", name="River Tigers", country="BGD", sector=None)
KINGS = Actor(id="test-hill-kings", name="Hill Kings", country="BGD", sector=None)


def bn_relief() -> Record:
    rec = _record(
        "সিলেটে বন্যাদুর্গতদের পাশে ত্রাণমন্ত্রী নাসরিন আক্তার\n"
        "ত্রাণমন্ত্রী নাসরিন আক্তার সোমবার সিলেটের বন্যাদুর্গত এলাকা পরিদর্শন করেন।\n"
        "তিনি ত্রাণ সমিতির কর্মীদের সঙ্গে দুই হাজার পরিবারের মধ্যে খাবার বিতরণ করেন।",
        language="bn", published="2031-07-14", outlet="দৈনিক নমুনা", url="https://example.test/story/bn-1")
    rec.entities = [_entity(rec, "নাসরিন আক্তার", "PER", MINISTER), _entity(rec, "সিলেটের", "LOC", SYLHET),
                    _entity(rec, "ত্রাণ সমিতির", "ORG", RED_CRESCENT)]
    rec.events = [_event(rec, "পরিদর্শন করেন", "CONSULT", [MINISTER], [SYLHET], sentence=1, confidence=0.8,
                         date="2031-07-14"),
                  _event(rec, "বিতরণ করেন", "AID", [MINISTER, RED_CRESCENT], [], sentence=2, confidence=0.9,
                         date="2031-07-14")]
    return rec


def en_relief() -> Record:
    rec = _record(
        "Relief minister visits flood-hit Sylhet\n"
        "Relief minister Nasrin Akter on Monday toured flooded villages in Sylhet.\n"
        "With volunteers of the Relief Society she handed out food to two thousand families.",
        language="en", published="2031-07-14", outlet="The Sample Post", url="https://example.test/story/en-1")
    rec.entities = [_entity(rec, "Nasrin Akter", "PER", MINISTER), _entity(rec, "Sylhet", "LOC", SYLHET, 1),
                    _entity(rec, "Relief Society", "ORG", RED_CRESCENT)]
    rec.events = [_event(rec, "toured", "CONSULT", [MINISTER], [SYLHET], sentence=1, confidence=0.7,
                         date="2031-07-14"),
                  _event(rec, "handed out food", "AID", [MINISTER, RED_CRESCENT], [], sentence=2, confidence=0.85,
                         date="2031-07-14")]
    return rec


def en_relief_followup() -> Record:
    rec = _record(
        "Food reaches two thousand Sylhet families\n"
        "Two thousand families in Sylhet got food on Monday from Nasrin Akter and the Relief Society.",
        language="en", published="2031-07-15", outlet="The Other Ledger", url="https://example.test/story/en-2")
    rec.entities = [_entity(rec, "Sylhet", "LOC", SYLHET, 1), _entity(rec, "Nasrin Akter", "PER", MINISTER),
                    _entity(rec, "Relief Society", "ORG", RED_CRESCENT)]
    rec.events = [_event(rec, "got food", "AID", [MINISTER, RED_CRESCENT], [], sentence=1, confidence=0.6,
                         date="2031-07-14")]
    return rec


def bn_cricket() -> Record:
    rec = _record(
        "রিভার টাইগার্সের জয়\n"
        "সোমবার সিলেটে হিল কিংসকে পাঁচ উইকেটে হারিয়েছে রিভার টাইগার্স।",
        language="bn", published="2031-07-14", outlet="দৈনিক নমুনা", url="https://example.test/story/bn-2")
    rec.entities = [_entity(rec, "হিল কিংসকে", "ORG", KINGS), _entity(rec, "রিভার টাইগার্স", "ORG", TIGERS, 1),
                    _entity(rec, "সিলেটে", "LOC", SYLHET)]
    return rec


def story_records() -> list[Record]:
    return [bn_relief(), bn_cricket(), en_relief(), en_relief_followup()]


def build_story_store(path, extra=(), order=None) -> str:
    """Store the records (`order`, else story_records() and `extra`), each placed as an ingest does."""
    from khobor.organise.build import StoryKeeper
    with open_store(str(path)) as store:
        keeper = StoryKeeper(store)
        for rec in order if order is not None else [*story_records(), *extra]:
            store.put(rec)
            keeper.add(rec.id)
    return str(path)


def en_relief_hostile() -> Record:
    """A third English report of the relief visit whose title and trigger carry markup."""
    rec = _record(
        "Relief <script>alert('story')</script> in Sylhet\n"
        "Nasrin Akter and the Relief Society <img src=x onerror=alert(3)> fed Sylhet families on Monday.",
        language="en", published="2031-07-14", outlet="<b>Loud Outlet</b>", url="https://example.test/story/en-3")
    rec.entities = [_entity(rec, "Nasrin Akter", "PER", MINISTER), _entity(rec, "Relief Society", "ORG", RED_CRESCENT),
                    _entity(rec, "Sylhet", "LOC", SYLHET, 1)]
    rec.events = [_event(rec, "<img src=x onerror=alert(3)> fed", "AID", [MINISTER, RED_CRESCENT], [], sentence=1,
                         confidence=0.6, date="2031-07-14")]
    return rec
