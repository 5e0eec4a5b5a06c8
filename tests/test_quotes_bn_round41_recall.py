"""Bengali quote recall of round 41 (issue 10), each on sentences written for it: a body's passive
statement with "থেকে" opening the sentence, before its words and "বলে" or right before its words
with no comma; inside the words another reports, the reporter keeps them."""
from __future__ import annotations

import unicodedata

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.record import Actor, Entity, Record, record_id

# the same harness as round 39's: "রিনা দাস" placed as a PER entity, quotes as (text, speaker's actor name)
from test_quotes_bn_round39_no_words_said import RINA


def _body_quotes(text: str, body: str, name: str, person: str | None = None) -> list[tuple[str, str | None]]:
    """The quotes of `text` with `body` placed as an ORG entity of actor `name` (and `person`, when
    given, as a PER entity of actor "Rina Das"): (text, speaker's actor name)."""
    text = unicodedata.normalize("NFC", text)
    at = text.index(body)
    ents = [Entity(text=body, start=at, end=at + len(body), type="ORG",
                   actor=Actor(id=name.lower().replace(" ", "-"), name=name, country="BGD", sector="GOV"))]
    if person is not None:
        at = text.index(person)
        ents.insert(0, Entity(text=person, start=at, end=at + len(person), type="PER", actor=RINA))
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01", entities=ents)
    quotes.run(rec, lang.load("bn"))
    return [(q.text.rstrip("।,"), q.speaker.actor.name if q.speaker and q.speaker.actor else None) for q in rec.quotes]


def test_a_body_from_then_its_words_then_bole_and_a_passive():
    assert _body_quotes("তবে শিক্ষা মন্ত্রণালয় থেকে এ কাজ সম্পূর্ণরূপে নিষিদ্ধ বলে ঘোষণা করা হয়েছে।",
                        "শিক্ষা মন্ত্রণালয়", "Ministry of Education") == [("এ কাজ সম্পূর্ণরূপে নিষিদ্ধ", "Ministry of Education")]


def test_a_body_from_then_a_passive_then_its_words_with_no_comma():
    assert _body_quotes("এদিকে, স্বরাষ্ট্র মন্ত্রণালয় থেকে অভিযোগ করা হয় সীমান্তে নতুন করে অনুপ্রবেশ বেড়েছে।",
                        "স্বরাষ্ট্র মন্ত্রণালয়", "Ministry of Home Affairs") == [
        ("সীমান্তে নতুন করে অনুপ্রবেশ বেড়েছে", "Ministry of Home Affairs")]
    assert _body_quotes("স্বরাষ্ট্র মন্ত্রণালয় থেকে জানানো হয়েছে রোগীর অবস্থা এখন স্থিতিশীল রয়েছে।",
                        "স্বরাষ্ট্র মন্ত্রণালয়", "Ministry of Home Affairs") == [
        ("রোগীর অবস্থা এখন স্থিতিশীল রয়েছে", "Ministry of Home Affairs")]


def test_a_deed_done_from_a_body_is_no_report():
    # the passive of a deed done, not of saying, after a body and "থেকে"
    assert _body_quotes("স্বরাষ্ট্র মন্ত্রণালয় থেকে সব জেলায় জরুরি চিঠি পাঠানো হয়েছে।",
                        "স্বরাষ্ট্র মন্ত্রণালয়", "Ministry of Home Affairs") == []
    # "বলে" as "because" before a passive of a deed: no words said
    assert _body_quotes("স্বরাষ্ট্র মন্ত্রণালয় থেকে অনুমতি মেলেনি বলে সভা বাতিল করা হয়েছে।",
                        "স্বরাষ্ট্র মন্ত্রণালয়", "Ministry of Home Affairs") == []


def test_a_body_passive_inside_anothers_report_stays_the_reporters():
    # words of time and place before the body: no report relayed (rule report_within_report), the
    # body's passive inside them is the reporter's
    text = ("রিনা দাস জানান, শনিবারের পতাকা বৈঠকে স্বরাষ্ট্র মন্ত্রণালয় থেকে বলা হয়েছে যে সীমান্তে গুলি "
            "চালানো আইনের লঙ্ঘন।")
    assert [speaker for _, speaker in _body_quotes(text, "স্বরাষ্ট্র মন্ত্রণালয়", "Ministry of Home Affairs",
                                                   "রিনা দাস")] == ["Rina Das"]
