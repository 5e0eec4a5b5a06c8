"""A role phrase that names an office of a body ("বিসিবির সভাপতি", "নৌবাহিনী প্রধান") is the
holder on the article's date; never when the body is unnamed or "সাবেক"/"তৎকালীন" points to
another date. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from khobor.actors.link import get_registry
from actor_fixtures import link_spans


def holder(phrase: str, code: str, date: str, country: str | None = "BGD"):
    m = get_registry().match(phrase, code, date, country)
    return m.actor.id if m else None


@pytest.mark.parametrize("phrase, code", [("বিসিবি সভাপতি", "bn"), ("বিসিবির সভাপতি", "bn"),
                                         ("বিসিবির প্রধান", "bn"), ("BCB chairman", "en")])
def test_a_boards_head_is_its_president_on_the_date(phrase, code):
    assert holder(phrase, code, "2023-05-01") == "nazmul-hassan-papon"
    assert holder(phrase, code, "2025-03-01") == "faruque-ahmed"


@pytest.mark.parametrize("phrase, code", [("নৌবাহিনী প্রধান", "bn"), ("নৌবাহিনীর প্রধান", "bn"),
                                         ("navy chief", "en")])
def test_the_navy_chief_of_the_articles_country(phrase, code):
    assert holder(phrase, code, "2025-03-01") == "mohammad-nazmul-hassan-navy"
    assert holder(phrase, code, "2025-03-01", "PAK") is None     # another country's navy


def test_the_speaker_of_a_parliament_is_the_countrys_speaker_on_the_date():
    assert holder("জাতীয় সংসদের স্পিকার", "bn", "2023-05-01") == "shirin-sharmin-chaudhury"
    assert holder("জাতীয় সংসদের স্পিকার", "bn", "2025-03-01") is None   # she left in 2024


@pytest.mark.parametrize("phrase", ["পিসিবি চেয়ারম্যান", "পিসিবির প্রধান", "সেনাবাহিনীর প্রধান", "প্রধান উপদেষ্টা"])
def test_other_offices_with_a_case_ending(phrase):
    assert holder(phrase, "bn", "2025-03-01") in {"mohsin-naqvi", "waker-uz-zaman", "muhammad-yunus"}


@pytest.mark.parametrize("phrase", ["সাবেক বিসিবি সভাপতি", "তৎকালীন নৌবাহিনী প্রধান", "তৎকালীন বিসিবির সভাপতি"])
def test_a_former_holder_is_never_todays(phrase):
    assert holder(phrase, "bn", "2025-03-01") is None


@pytest.mark.parametrize("phrase", ["সভাপতি", "চেয়ারম্যান", "প্রধান", "বিসিবির প্রধান নির্বাচক"])
def test_an_office_of_an_unnamed_body_stays_unresolved(phrase):
    assert holder(phrase, "bn", "2025-03-01") is None


def _speakers(text: str, published: str) -> list[str | None]:
    from khobor.ingest.raw import RawArticle
    from khobor.pipeline import process
    rec = process(RawArticle(source="test", text=text, language="bn", published=published))
    return [q.speaker.actor.id if q.speaker and q.speaker.actor else None for q in rec.quotes]


def test_an_office_holder_speaks_by_the_articles_date():
    text = ('মিরপুরে বুধবার সংবাদ সম্মেলনে বিসিবি সভাপতি বলেন, "আমরা ঘরের মাঠে সিরিজ জিততে চাই।"\n\n'
            'নৌবাহিনী প্রধান বলেন, "সমুদ্রসীমা রক্ষায় আমরা প্রস্তুত।"\n')
    assert _speakers(text, "2025-03-10") == ["faruque-ahmed", "mohammad-nazmul-hassan-navy"]
    assert _speakers(text, "2023-05-10")[0] == "nazmul-hassan-papon"


def test_a_former_holder_speaking_is_not_todays():
    text = 'অনুষ্ঠানে সাবেক বিসিবি সভাপতি বলেন, "ক্রিকেটে রাজনীতি ঢুকে পড়েছে।"\n'
    assert "faruque-ahmed" not in _speakers(text, "2025-03-10")


def test_a_head_word_never_takes_a_body_office_that_does_not_head_it():
    # the one office of the International Criminal Court in the registry is its prosecutor's
    assert holder("আইসিসি চেয়ারম্যান", "bn", "2025-03-01") != "karim-khan"


@pytest.mark.parametrize("phrase, code, date, expected", [
    ("নৌবাহিনী প্রধান", "bn", "2023-01-10", "m-shaheen-iqbal"),
    ("navy chief", "en", "2023-07-01", "m-shaheen-iqbal"),
    ("navy chief", "en", "2024-01-15", "mohammad-nazmul-hassan-navy"),   # took command 24 July 2023
    ("নৌবাহিনী প্রধান", "bn", "2024-09-01", "mohammad-nazmul-hassan-navy"),
    ("বিমানবাহিনী প্রধান", "bn", "2022-05-01", "shaikh-abdul-hannan"),
    ("Chief of Air Staff", "en", "2024-06-01", "shaikh-abdul-hannan"),
    ("বিমানবাহিনী প্রধান", "bn", "2024-06-20", "hasan-mahmood-khan"),
    ("navy chief", "en", "2020-01-01", None),     # before the chiefs the registry holds: nobody
])
def test_the_navy_and_air_chiefs_by_date(phrase, code, date, expected):
    # "তৎকালীন নৌবাহিনী প্রধান" in an article of 2023 is the chief of that day, not today's
    assert holder(phrase, code, date) == expected


def test_an_office_word_names_another_office_in_some_countries():
    from khobor import lang
    from khobor.actors.registry import LangInfo
    li = LangInfo(lang.load("en"))
    assert li.office_in("foreign_secretary", "GBR") == "foreign_minister"
    assert li.office_in("foreign_secretary", "IND") == "foreign_secretary"
    assert li.office_in("president", "GBR") == "president"
