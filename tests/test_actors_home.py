"""Whose ministry, whose name (issue 10): a ministry named without a country in a story set
abroad is the press's own country's unless the text names its country; a name with an age or
"নামের" is a person, never a place it shares its spelling with. Every text here is written for
these tests."""
from __future__ import annotations

import regex

from khobor import lang
from khobor.actors.link import run
from khobor.record import Entity, Record, Span, record_id

_SENTENCE_END = regex.compile(r"(?<=[।.])\s+")


def link(text: str, code: str, *ner: tuple[str, str]) -> dict[str, object]:
    """The actor of each entity by its surface, after the actor stage over `text` split into
    sentences at "।" and "."; `ner` holds (type, surface) spans given by hand (first occurrence)."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    sentences = [Span(start=a, end=b) for a, b in zip(starts, starts[1:] + [len(text)])]
    ents = [Entity(text=f, start=text.index(f), end=text.index(f) + len(f), type=t) for t, f in ner]
    rec = Record(id=record_id(text), text=text, language=code, published="2025-03-10",
                 sentences=sentences, entities=ents)
    run(rec, lang.load(code))
    return {e.text: e.actor for e in rec.entities}


# --- a ministry of the article's own country ---------------------------------------------------

SAUDI_BN = ("সৌদি আরবে হজযাত্রীদের আবাসন নিয়ে বৈঠক হয়েছে। সৌদি আরবের মক্কায় বাড়িভাড়া বেড়েছে। "
            "হজ ফ্লাইটের সূচি প্রকাশের অনুরোধ জানিয়েছে ধর্ম মন্ত্রণালয়।")


def test_a_bare_ministry_in_a_story_set_abroad_is_the_home_countrys_bengali():
    got = link(SAUDI_BN, "bn", ("ORG", "ধর্ম মন্ত্রণালয়"))
    assert got["ধর্ম মন্ত্রণালয়"].country == "BGD"


def test_a_ministry_whose_sentence_names_the_country_stays_that_countrys():
    text = SAUDI_BN.replace("হজ ফ্লাইটের", "সৌদি আরবের জেদ্দায় হজ ফ্লাইটের")
    got = link(text, "bn", ("ORG", "ধর্ম মন্ত্রণালয়"))
    assert got["ধর্ম মন্ত্রণালয়"].country == "SAU"


def test_the_foreign_ministry_in_a_story_about_india_is_bangladeshs_english():
    text = ("India and Pakistan held talks in New Delhi. Indian officials said the talks went well. "
            "The foreign ministry said in a statement that the border was calm.")
    got = link(text, "en")
    assert got["foreign ministry"].country == "BGD"


def test_indias_ministry_stays_indias_english():
    text = ("India and Pakistan held talks in New Delhi. "
            "India's foreign ministry said in a statement that the border was calm.")
    got = link(text, "en")
    assert next(a for k, a in got.items() if "ministry" in k).country == "IND"


# --- a namesake with an age --------------------------------------------------------------------

def test_a_name_with_an_age_is_a_person_not_a_city_bengali():
    text = ("নিহতরা হলেন করিম উদ্দিন (৪০) ও তাঁর ছেলে রিয়াদ হোসেন (১৪)। "
            "রিয়াদ স্থানীয় একটি বিদ্যালয়ের ছাত্র ছিল। তাঁর মামা রিয়াদে থাকেন।")
    got = link(text, "bn", ("PER", "করিম উদ্দিন"), ("PER", "রিয়াদ হোসেন"))
    boy = got["রিয়াদ হোসেন"]
    assert boy.provisional and boy.id.startswith("new:") and boy.country is None
    assert got["রিয়াদ"].id == boy.id      # the short form follows the name
    assert got["রিয়াদে"].id == "riyadh"    # "in Riyadh" is still the city


def test_a_name_before_namer_is_a_person_bengali():
    got = link("রিয়াদ নামের এক কিশোর সড়ক দুর্ঘটনায় আহত হয়েছে।", "bn")
    assert got["রিয়াদ"].provisional and got["রিয়াদ"].country is None


def test_a_place_without_an_age_stays_the_place():
    got = link("সৌদি আরবের রাজধানী রিয়াদে বৈঠক হয়েছে।", "bn")
    assert got["রিয়াদে"].id == "riyadh"


def test_a_place_in_the_genitive_before_a_name_with_an_age_stays_the_place():
    text = "আহতরা হলেন গোপালগঞ্জের করিম উদ্দিন (৪০) ও তাঁর ছেলে।"
    got = link(text, "bn", ("PER", "করিম উদ্দিন"))
    assert got["গোপালগঞ্জের"].id == "gopalganj"


def test_a_body_known_as_an_acronym_is_no_person():
    text = "আইন ও সালিশ কেন্দ্র এক বিবৃতি দিয়েছে। আসক নামে পরিচিত সংগঠনটি তথ্য দিয়েছে।"
    got = link(text, "bn")
    assert not getattr(got["আসক"], "provisional", False)


def test_a_country_named_after_the_ministry_is_not_its_owner():
    text = ("যুক্তরাষ্ট্রের সঙ্গে গম কেনার চুক্তি হয়েছে। যুক্তরাষ্ট্রের ওয়াশিংটনে সই হয় চুক্তিটি। "
            "খাদ্য মন্ত্রণালয় বলছে, যুক্তরাষ্ট্র থেকে আরও গম আসবে।")
    got = link(text, "bn", ("ORG", "খাদ্য মন্ত্রণালয়"))
    assert got["খাদ্য মন্ত্রণালয়"].country == "BGD"



def _scanned(text: str) -> dict[str, object]:
    """The actor of each mention the actor stage finds itself in one English sentence."""
    rec = Record(id=record_id(text), text=text, language="en", published="2025-12-30",
                 sentences=[Span(start=0, end=len(text))], entities=[])
    run(rec, lang.load("en"))
    return {e.text: e.actor for e in rec.entities}


def test_a_country_joined_after_a_ministry_by_an_owner_word_owns_it_and_a_listed_one_does_not():
    owned = _scanned("The foreign ministry in Beijing said on Monday it opposed the move.")
    listed = _scanned("The foreign ministry and Beijing both said on Monday they opposed the move.")
    assert owned["foreign ministry"].country == "CHN"
    assert listed["foreign ministry"].country != "CHN"
