"""Round 37 (issue 10, quotes recall): a passive of saying with no subject (rule impersonal_report,
the pack's `impersonal_cues` and the patterns marked `impersonal`).

- Bengali: "... বলেও হুঁশিয়ারি দেওয়া হয়", "... বলে অভিযোগ করা হয়েছিল" (the quotative and a noun's
  passive; not a claim, "... বলে দাবি করা হয়", nobody's words as round 25 decided), "... খবর দিতে অনুরোধ জানানো হয়েছে" (a request in the passive, its object what was
  said);
- English: "it was learnt that ...", "It is alleged that ...", "It was stated at the press
  conference that ...".

The words are reported by nobody the sentence names: a quote with no speaker. Sentences written
for this file (no newspaper text). Before the change every case was missed (no quote holding the
fragment); the controls pass before and after (a document's passive then a comma, one quote; a
matter told, a name given, a decision taken, and "It is learnt that ...", the writer's own news,
no quote).
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

BN_LEAD = "সোমবার ঢাকায় মামলাটি করা হয়। "
EN_LEAD = "The case was filed in Dhaka on Monday. "

CASES = [
    (BN_LEAD + "দাবি মানা না হলে শ্রমিকেরা কারখানার সামনে অবস্থান নেবেন বলেও হুঁশিয়ারি দেওয়া হয়।",
     "কারখানার সামনে অবস্থান নেবেন"),
    (BN_LEAD + "ইউনিয়ন পরিষদের চেয়ারম্যান ত্রাণের চাল বিক্রি করে দিয়েছেন বলে অভিযোগ করা হয়েছিল।",
     "ত্রাণের চাল বিক্রি করে দিয়েছেন"),
    (BN_LEAD + "সন্দেহজনক কাউকে দেখলে দ্রুত নিকটস্থ থানায় খবর দিতে অনুরোধ জানানো হয়েছে।",
     "নিকটস্থ থানায় খবর দিতে"),
    (EN_LEAD + "Speaking to officials of both unions, it was learnt that the strike would end on Friday.",
     "the strike would end on Friday"),
    (EN_LEAD + "It is alleged that the guards took money from the traders every week.",
     "the guards took money from the traders"),
    (EN_LEAD + "It was stated at the press conference that the two seats would go to the allies.",
     "the two seats would go to the allies"),
]

# found before the change as after it (a document's passive, then a comma): still one quote, nobody's
CONTROLS = [
    (BN_LEAD + "বন্যা মোকাবিলার পরিকল্পনায় বলা হয়েছে, উপকূলের প্রতিটি ইউনিয়নে নতুন আশ্রয়কেন্দ্র তৈরি হবে।",
     "নতুন আশ্রয়কেন্দ্র তৈরি হবে"),
]

NO_QUOTES = [
    (BN_LEAD + "বিষয়টি সঙ্গে সঙ্গে স্থানীয় থানাকে জানানো হয়।", "স্থানীয় থানাকে"),
    (BN_LEAD + "নৌকায় বিশজন যাত্রী ছিলেন বলে দাবি করা হয়।", "নৌকায় বিশজন যাত্রী"),
    (BN_LEAD + "এই মেলাকে অঞ্চলের সবচেয়ে বড় উৎসব বলা হয়।", "সবচেয়ে বড় উৎসব"),
    (EN_LEAD + "It was decided that the hearing would resume on Monday.", "the hearing would resume"),
    (EN_LEAD + "It is learnt that the minister will land in Dhaka at noon.", "the minister will land"),
]


@pytest.mark.parametrize("body,fragment", CASES + CONTROLS)
def test_an_impersonal_passive_reports_words_of_nobody_named(body, fragment):
    headline = "Strike talks" if body.isascii() else "শ্রমিকদের অবস্থান"
    assert quote_speakers(body, fragment, headline) == [None]


@pytest.mark.parametrize("body,fragment", NO_QUOTES)
def test_a_passive_of_telling_naming_or_deciding_is_no_report(body, fragment):
    headline = "Strike talks" if body.isascii() else "শ্রমিকদের অবস্থান"
    assert quote_speakers(body, fragment, headline) == []
