"""Held-out cases on one-word villages, unions and neighbourhoods the registry lacks, written in
Bengali and tagged a place by the NER ("মধুখালী ইউনিয়নের ... ঘোষপাড়া গ্রামে"): a word that ends in a
place word after two letters of its own (-পুর, -খালী, -পাড়া, -বাড়ী, -নগর, -গঞ্জ, -হাট, -চর) is a
provisional place with its romanised name, where before any lone Bengali word stayed unlinked.
Guards: a lone word without such an ending, and one whose ending leaves fewer than two letters
("দুপুরে": at noon), stay unlinked. Written before the change they test and not tuned on; each
case returns True when the linker does the right thing; the sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _place(text: str, surface: str, typ: str = "GPE", published: str = "2025-08-10") -> str:
    return name_of(actors_at(text, "bn", (typ, surface), published=published)[surface])


@case
def bn_village_ending_in_para():
    t = "গতকাল রাতে ঘোষপাড়ায় দুই পক্ষের সংঘর্ষে অন্তত পাঁচজন আহত হয়েছেন বলে পুলিশ জানিয়েছে।"
    return _place(t, "ঘোষপাড়ায়", "LOC", "2025-02-14") == "Ghoshpara"


@case
def bn_village_ending_in_pur():
    t = "বন্যার পানি ঢুকে পড়েছে কাশিমপুর গ্রামের অন্তত দুই শ বাড়িতে, ত্রাণ পৌঁছায়নি এখনো।"
    return _place(t, "কাশিমপুর", "GPE", "2025-07-03") == "Kashimpur"


@case
def bn_canal_village_ending_in_khali():
    t = "নদীভাঙনে বিলীন হয়েছে তেঁতুলখালী এলাকার একটি প্রাথমিক বিদ্যালয়।"
    return _place(t, "তেঁতুলখালী", "LOC", "2025-09-21").startswith("Tetul")


@case
def bn_island_village_ending_in_bari():
    t = "সাগরে মাছ ধরতে গিয়ে নিখোঁজ হয়েছেন মোল্লাবাড়ী ঘাটের তিন জেলে।"
    return _place(t, "মোল্লাবাড়ী", "LOC", "2026-01-30") == "Mollabari"


@case
def bn_market_town_ending_in_hat():
    t = "শুক্রবার সকালে রসুলহাটে একটি দোকানে আগুন লাগে, ফায়ার সার্ভিস এসে তা নেভায়।"
    return _place(t, "রসুলহাটে", "LOC", "2025-11-07") == "Rasulhat"


@case
def bn_neighbourhood_ending_in_nagar():
    t = "পুলিশ জানায়, আটক যুবক কদমনগর এলাকায় ভাড়া বাসায় থাকতেন।"
    name = _place(t, "কদমনগর", "LOC", "2025-04-18")
    return name.startswith("Kadam") and name.endswith("nagar")


@case
def bn_guard_lone_word_without_a_place_ending():
    t = "নৌকাডুবির পর হরিণমারীতে স্বজনদের ভিড় জমে, নিখোঁজদের খোঁজ চলছে।"
    return actors_at(t, "bn", ("LOC", "হরিণমারীতে"), published="2025-04-18")["হরিণমারীতে"] is None


@case
def bn_guard_too_short_before_the_ending():
    t = "দুপুরে হঠাৎ বৃষ্টি নামে, পরে আবার রোদ ওঠে।"
    return actors_at(t, "bn", ("LOC", "দুপুরে"), published="2025-04-18")["দুপুরে"] is None
