"""Bengali quote recall of round 41 (issue 10), each on sentences written for it: a long quotation
reopened after its own stop with the paragraph break lost (marks `reopened_after_stop`) and a body's passive statement with "থেকে" before its words
and "বলে", or right before its words with no comma."""
from __future__ import annotations

import unicodedata

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.quotes.marks import MarkRules, find_spans
from khobor.record import Actor, Entity, Record, record_id

# the same harness as round 39's: "রিনা দাস" placed as a PER entity, quotes as (text, speaker's actor name)
from test_quotes_bn_round39_no_words_said import _quotes


def _body_quotes(text: str, body: str, name: str) -> list[tuple[str, str | None]]:
    """The quotes of `text` with `body` placed as an ORG entity of actor `name`: (text, speaker's actor name)."""
    text = unicodedata.normalize("NFC", text)
    at = text.index(body)
    ents = [Entity(text=body, start=at, end=at + len(body), type="ORG",
                   actor=Actor(id=name.lower().replace(" ", "-"), name=name, country="BGD", sector="GOV"))]
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01", entities=ents)
    quotes.run(rec, lang.load("bn"))
    return [(q.text.rstrip("।,"), q.speaker.actor.name if q.speaker and q.speaker.actor else None) for q in rec.quotes]


REOPENED = "রিনা দাস বলেন, ‘আমি এখনও অনুপ্রাণিত। আমি খেলতে ভালোবাসি। ‘তোমরা জানো আমার লক্ষ্য কী? আরও শিরোপা।’"


def test_a_quotation_reopened_after_its_stop_is_one_span():
    rules = MarkRules.from_data({"single": {"open": "'‘", "close": "'’", "max_chars": 700},
                                 "reopened_after_stop": True})
    (span,) = find_spans(REOPENED, rules)
    assert REOPENED[span.start + 1:].startswith("আমি এখনও") and span.end == len(REOPENED)
    # without the pack's word the first opener is a stray, as before
    rules.reopened_after_stop = False
    (span,) = find_spans(REOPENED, rules)
    assert REOPENED[span.start + 1:].startswith("তোমরা")


def test_a_reopened_quotation_is_the_speakers_quote():
    (quote,) = _quotes(REOPENED)
    assert quote[0].startswith("আমি এখনও অনুপ্রাণিত") and quote[1] == "Rina Das"


def test_a_quotation_nested_after_a_cue_and_comma_is_not_reopened():
    text = "রিনা দাস বলেন, ‘তিনি আমাকে সমর্থন করেছেন। তিনি বলেছিলেন, ‘সতর্ক থেকো।’ পরে সব ঠিক হয়।’"
    rules = MarkRules.from_data({"single": {"open": "'‘", "close": "'’", "max_chars": 700},
                                 "reopened_after_stop": True})
    # (the opener after "বলেছিলেন," follows a comma, not a stop: the nested quotation, as before)
    assert [text[s.start + 1:s.end - 1] for s in find_spans(text, rules)] == ["সতর্ক থেকো।"]


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
