"""Actor registry, overlay people_2026.yaml: public figures of 2024-2026 news that the Phoenix
dictionaries lack. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.actors.link import get_registry, run
from khobor.record import Record, Span, record_id


@pytest.fixture(scope="module")
def reg():
    return get_registry()


def linked(text: str, code: str, published: str = "2025-11-20") -> dict[str, str | None]:
    rec = Record(id=record_id(text), text=text, language=code, published=published,
                 sentences=[Span(start=0, end=len(text))], entities=[])
    run(rec, lang.load(code))
    return {e.text: (e.actor.name if e.actor else None) for e in rec.entities}


@pytest.mark.parametrize("surface, expected", [
    ("সাকিব আল হাসানের", "Shakib Al Hasan"),      # genitive
    ("গোলাম আযম", "Ghulam Azam"),
    ("গোলাম আজম", "Ghulam Azam"),                 # spelt without the য
    ("মহসিন নকভি", "Mohsin Naqvi"),
    ("মোহসিন নাকভির", "Mohsin Naqvi"),
    ("জামাল ভূঁইয়া", "Jamal Bhuyan"),
    ("জামাল ভুঁইয়া", "Jamal Bhuyan"),              # short u
    ("Shakib Al Hasan", "Shakib Al Hasan"),
    ("Mashrafe Bin Mortaza", "Mashrafe Mortaza"),
    ("Ghulam Azam", "Ghulam Azam"),
])
def test_added_people_resolve_in_both_scripts(reg, surface, expected):
    actor = reg.resolve(surface)
    assert actor is not None and actor.name == expected


def test_bare_given_names_and_nicknames_are_not_names(reg):
    # "সাকিব", "পাপন", "Shakib", "Mahmudullah", "রবীন্দ্রনাথ" belong to many people: only the full name is a name
    for surface in ("সাকিব", "Shakib", "পাপন", "Papon", "Mahmudullah", "রবীন্দ্রনাথ"):
        actor = reg.resolve(surface)
        assert actor is None or actor.id not in {"shakib-al-hasan", "nazmul-hassan-papon", "mahmudullah-riyad",
                                                 "rabindranath-tagore"}, surface


def test_cricketers_linked_in_a_bengali_sentence():
    got = linked("চট্টগ্রাম টেস্টে সেঞ্চুরি করেছেন মুশফিকুর রহিম, আর পাঁচ উইকেট নিয়েছেন তাইজুল ইসলাম।", "bn")
    assert got.get("মুশফিকুর রহিম") == "Mushfiqur Rahim"
    assert got.get("তাইজুল ইসলাম") == "Taijul Islam"


def test_pcb_chairman_linked_in_an_english_sentence():
    got = linked("PCB chairman Mohsin Naqvi said the Asia Cup trophy would stay in Dubai for now.", "en")
    assert got.get("Mohsin Naqvi") == "Mohsin Naqvi"


@pytest.mark.parametrize("date, expected", [
    ("2023-06-01", "nazmul-hassan-papon"),
    ("2025-01-15", "faruque-ahmed"),
    ("2025-09-01", "aminul-islam-bulbul"),
])
def test_bcb_president_by_date(reg, date, expected):
    holders = [aid for aid, r in reg.roles.get(("president", "bangladesh-cricket-board"), []) if r.in_force(date)]
    assert holders == [expected]


def test_office_holder_roles_carry_their_dates(reg):
    naqvi = reg.match("Mohsin Naqvi").actor
    roles = {r.role: r for r in naqvi.roles}
    assert roles["chairperson"].of == "pakistan-cricket-board" and roles["chairperson"].start == "2024-02-06"
    assert roles["interior_minister"].start == "2024-03-11"
    speaker = reg.match("শিরীন শারমিন চৌধুরী").actor
    assert speaker.role_on("2024-09-10") is None
    assert speaker.role_on("2020-01-01").role == "speaker"
    # the role phrase resolves to the holder on the article's date
    assert reg.resolve("Mohsin Naqvi", date="2025-06-01").sector == "BUS"


@pytest.mark.parametrize("phrase, date, expected", [
    ("BCB president", "2023-06-01", "Nazmul Hassan Papon"),
    ("BCB president", "2025-01-15", "Faruque Ahmed"),
    ("BCB president", "2025-09-01", "Aminul Islam Bulbul"),
    ("PCB chairman", "2025-06-01", "Mohsin Naqvi"),
    ("পিসিবি চেয়ারম্যান", "2025-06-01", "Mohsin Naqvi"),
    ("PCB chairman", "2023-06-01", None),            # before Naqvi: not him
])
def test_a_board_office_resolves_to_its_holder_on_the_date(reg, phrase, date, expected):
    actor = reg.resolve(phrase, "bn" if phrase[0] > "~" else "en", date)
    assert (actor.name if actor else None) == expected


@pytest.mark.parametrize("date, expected", [
    ("2019-01-01", "Aziz Ahmed"),
    ("2022-01-01", "S M Shafiuddin Ahmed"),
    ("2025-01-01", "Waker-uz-Zaman"),
])
def test_bangladesh_army_chief_by_date(reg, date, expected):
    # "তৎকালীন সেনাপ্রধান" in an article of `date` needs the chief of that day, not today's
    assert reg.resolve("বাংলাদেশের সেনাপ্রধান", "bn", date).name == expected


def test_the_icc_chair_speaks_for_the_icc_not_his_country(reg):
    # the office's country is the body's (the ICC is coded NGO), as a UN office's is IGO
    chair = {r.role: r for r in reg.match("Jay Shah").actor.roles}["chairperson"]
    assert chair.of == "international-cricket-council" and chair.country == "NGO"
