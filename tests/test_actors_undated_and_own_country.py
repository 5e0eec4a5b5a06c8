"""Actor linking in context: an undated article, a private namesake, one person one actor, the own country. Every text here is written for these tests."""
from __future__ import annotations

from khobor import lang
from khobor.actors.link import run
from khobor.record import Entity, Record, Span, record_id


def link_undated(text: str, code: str, *ner: tuple[str, str], retrieved: str | None) -> dict[str, object]:
    """The actor of each NER span (type, surface) of an article with no publication date."""
    ents = [Entity(text=s, start=text.index(s), end=text.index(s) + len(s), type=t) for t, s in ner]
    rec = Record(id=record_id(text), text=text, language=code, published=None, retrieved=retrieved,
                 sentences=[Span(start=0, end=len(text))], entities=ents)
    run(rec, lang.load(code))
    return {e.text: e.actor for e in rec.entities}


# --- an undated article: the retrieval day stands in for the date -----------------------------

def test_the_coming_election_of_an_undated_article_is_the_next_one_after_its_retrieval():
    text = "আসন্ন জাতীয় সংসদ নির্বাচনে অংশ নেবেন না বলে জানিয়েছেন দলের এই নেতা।"
    got = link_undated(text, "bn", ("ORG", "জাতীয় সংসদ"), retrieved="2025-12-20")
    (actor,) = [a for s, a in got.items() if "নির্বাচন" in s]
    assert actor.name == "2026 Bangladeshi general election"


def test_an_undated_election_without_next_or_last_is_not_guessed_from_the_retrieval_day():
    text = "জাতীয় সংসদ নির্বাচন নিয়ে দলগুলোর মধ্যে আলোচনা চলছে।"
    got = link_undated(text, "bn", ("ORG", "জাতীয় সংসদ"), retrieved="2025-12-20")
    assert not any("নির্বাচন" in s for s in got)


# --- a private person's occupation at the name: a namesake -------------------------------------

def _linked(text: str, code: str, surface: str) -> object:
    from actor_fixtures import link_spans
    return link_spans(text, code, ("PER", surface), published="2025-03-09")[surface]


def test_an_occupation_before_a_famous_name_makes_a_private_namesake():
    text = "ভ্যানচালক আবদুল হামিদ জানান, সকাল থেকে কোনো যাত্রী পাননি।"
    actor = _linked(text, "bn", "আবদুল হামিদ")
    assert actor.provisional and actor.name == "Abdul Hamid"


def test_named_so_and_so_a_farmer_makes_a_private_namesake():
    text = "আবদুল হামিদ নামে এক কৃষকের লাশ উদ্ধার করেছে পুলিশ।"
    assert _linked(text, "bn", "আবদুল হামিদ").provisional


def test_an_apposition_with_an_occupation_makes_a_private_namesake_in_english():
    text = "\"The river took our field,\" said Abdul Hamid, a local farmer in Char Fasson."
    assert _linked(text, "en", "Abdul Hamid").provisional


def test_a_word_that_is_an_occupation_only_in_another_sense_keeps_the_famous_person():
    # "জেলে" is a fisherman, and "in jail": here the family met Khaleda Zia in jail
    from actor_fixtures import link_spans
    text = "পরিবারের সদস্যরা জেলে খালেদা জিয়ার সঙ্গে দেখা করেন।"
    actor = link_spans(text, "bn", ("PER", "খালেদা জিয়ার"), published="2019-03-09")["খালেদা জিয়ার"]
    assert actor.id == "khaleda-zia"


def test_an_office_before_the_name_keeps_the_famous_person_whatever_the_apposition_says():
    text = "Former president Abdul Hamid, a farmer's son from Kishoreganj, returned home on Thursday."
    assert _linked(text, "en", "Abdul Hamid").id == "abdul-hamid"


def test_an_office_before_the_name_keeps_the_famous_person():
    text = "সাবেক রাষ্ট্রপতি আবদুল হামিদ বৃহস্পতিবার রাতে দেশে ফেরেন।"
    actor = _linked(text, "bn", "আবদুল হামিদ")
    assert not getattr(actor, "provisional", False) and actor.id == "abdul-hamid"


# --- one person, one actor: the first words of a fuller name -----------------------------------

def test_a_fuller_bengali_name_around_a_famous_alias_names_someone_else():
    from actor_fixtures import link_spans
    text = "সমিতির সভাপতি আবদুল হামিদ মোল্লা বলেন, ঋণের কিস্তি কমাতে হবে।"
    got = link_spans(text, "bn", ("PER", "আবদুল হামিদ মোল্লা"), published="2025-03-09")
    actor = got["আবদুল হামিদ মোল্লা"]
    assert actor.provisional and actor.name == "Abdul Hamid Molla"


def test_the_first_words_of_a_fuller_name_are_that_person_not_a_famous_namesake():
    from actor_fixtures import link_spans
    text = ("সমিতির সভাপতি আবদুল হামিদ মোল্লা বলেন, ঋণের কিস্তি কমাতে হবে। "
            "আবদুল হামিদ জানান, সদস্যরা সোমবার মানববন্ধন করবেন।")
    got = link_spans(text, "bn", ("PER", "আবদুল হামিদ মোল্লা"), ("PER", "আবদুল হামিদ", 2), published="2025-03-09")
    assert got["আবদুল হামিদ"].id == got["আবদুল হামিদ মোল্লা"].id


def test_two_provisional_forms_of_one_name_are_one_actor():
    from actor_fixtures import link_spans
    text = "ইউএনও মাহমুদুল হাসান তালুকদার বলেন, বাঁধের কাজ চলছে। মাহমুদুল হাসান আরও বলেন, বর্ষার আগে শেষ হবে।"
    got = link_spans(text, "bn", ("PER", "মাহমুদুল হাসান তালুকদার"), ("PER", "মাহমুদুল হাসান", 2), published="2025-03-09")
    assert got["মাহমুদুল হাসান"].id == got["মাহমুদুল হাসান তালুকদার"].id


def test_a_title_before_the_short_form_keeps_the_famous_person():
    from actor_fixtures import link_spans
    text = ("সমিতির সভাপতি আবদুল হামিদ মোল্লা বলেন, ঋণের কিস্তি কমাতে হবে। "
            "অনুষ্ঠানে সাবেক রাষ্ট্রপতি আবদুল হামিদ উপস্থিত ছিলেন।")
    got = link_spans(text, "bn", ("PER", "আবদুল হামিদ মোল্লা"), ("PER", "আবদুল হামিদ", 2), published="2025-03-09")
    assert got["আবদুল হামিদ"].id == "abdul-hamid"


# --- the article's own country: a body named without it -----------------------------------------

def test_a_party_named_without_its_country_is_the_countrys_party():
    from actor_fixtures import link_spans
    text = "A leader of the Revolutionary Workers Party said the alliance would field 30 candidates."
    got = link_spans(text, "en", ("ORG", "Revolutionary Workers Party"), published="2025-12-20")
    assert got["Revolutionary Workers Party"].id == "biplobi-workers-party"


def test_a_body_of_another_country_is_not_taken_for_the_articles_own():
    from actor_fixtures import link_spans
    text = ("India braced for a cyclone on Monday. In New Delhi, the Meteorological Department said "
            "India would see heavy rain, and India's coast guard was on alert.")
    got = link_spans(text, "en", ("ORG", "Meteorological Department"), ("GPE", "India"), ("GPE", "India", 2),
                     ("GPE", "India", 3), published="2025-12-20")
    actor = got["Meteorological Department"]
    assert actor is None or actor.country != "BGD"
