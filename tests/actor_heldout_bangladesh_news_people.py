"""Held-out cases on people Bangladeshi news of 2024-2026 names that the registry lacked (overlay
`people_bangladesh_news.yaml`): judges, governors and prosecutors, student leaders, party leaders
and foreign officials, whose names became provisional actors romanised letter by letter ("Habib Un
Nabi", "Redoyan Ahmed"). Each case returns True when the linker does the right thing; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, id_of

CASES, case = case_registry()


def _linked(text: str, surface: str, code: str = "bn", published: str = "2025-06-10") -> str | None:
    return id_of(actors_at(text, code, ("PER", surface), published=published)[surface])


@case
def bn_habib_un_nabi_khan_sohel():
    return _linked("সমাবেশে বক্তব্য দেন হাবিব উন নবী খান সোহেল।", "হাবিব উন নবী খান সোহেল") == "habib-un-nabi-khan-sohel"


@case
def bn_redwan_ahmed():
    return _linked("এলডিপির নেতা রেদোয়ান আহমেদ সংবাদ সম্মেলনে কথা বলেন।", "রেদোয়ান আহমেদ") == "redwan-ahmed"


@case
def bn_abdur_rouf_talukder_genitive():
    return _linked("আব্দুর রউফ তালুকদারের সময়ে রিজার্ভ কমেছে বলে দাবি করা হয়।", "আব্দুর রউফ তালুকদারের") == "abdur-rouf-talukder"


@case
def bn_gazi_tamim_short_form():
    return _linked("শুনানির পর প্রসিকিউটর গাজী তামিম সাংবাদিকদের সঙ্গে কথা বলেন।", "গাজী তামিম") == "gazi-mh-tamim"


@case
def bn_asm_abdur_rab():
    return _linked("জোটের বৈঠকে সভাপতিত্ব করেন আ স ম আবদুর রব।", "আ স ম আবদুর রব") == "asm-abdur-rab"


@case
def bn_umama_fatema():
    return _linked("ছাত্রদের সমাবেশে বক্তব্য রাখেন উমামা ফাতেমা।", "উমামা ফাতেমা") == "umama-fatema"


@case
def bn_khaing_thukha():
    return _linked("আরাকান আর্মির মুখপাত্র খাইং থুখা এক বিবৃতি দিয়েছেন।", "খাইং থুখা") == "khaing-thukha"


@case
def en_iftekharuzzaman():
    return _linked("Iftekharuzzaman said the commission must be independent.", "Iftekharuzzaman", "en") == "iftekharuzzaman"


@case
def en_julie_bishop():
    return _linked("The UN envoy Julie Bishop met officials in Dhaka.", "Julie Bishop", "en") == "julie-bishop"

