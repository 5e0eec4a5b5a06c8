"""Held-out cases on common nouns that end in a place word (-নগর, -বাড়ি) and that the NER may tag a
place: "মহানগরে" (in the metropolis), "বন্দরনগরীতে" (in the port city), "শ্বশুরবাড়িতে" (at the
in-laws' house), "বসতবাড়িতে" (in the homestead) are no village, so no provisional place
("Metropolitan", "Shwashurbari"); they are common nouns (actors.yaml `not_names`). Guards: a
village with the same ending ("কদমনগর", "মোল্লাবাড়ী") is still a provisional place. Written
before the change they test and not tuned on; each case returns True when the linker does the
right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _unlinked(text: str, surface: str, typ: str = "LOC", published: str = "2025-09-14") -> bool:
    return actors_at(text, "bn", (typ, surface), published=published)[surface] is None


@case
def bn_metropolis_with_locative():
    return _unlinked("ঈদের ছুটির পর মহানগরে আবার যানজট বাড়তে শুরু করেছে।", "মহানগরে")


@case
def bn_metropolis_with_genitive():
    return _unlinked("মহানগরের অন্তত বিশটি সড়কে খোঁড়াখুঁড়ি চলছে বলে জানা গেছে।", "মহানগরের", "GPE")


@case
def bn_port_city():
    return _unlinked("টানা বৃষ্টিতে বন্দরনগরীর নিচু এলাকাগুলো তলিয়ে গেছে।", "বন্দরনগরীর")


@case
def bn_port_city_short_form():
    return _unlinked("বন্দরনগরে শুক্রবার বাণিজ্য মেলা শুরু হচ্ছে।", "বন্দরনগরে")


@case
def bn_in_laws_house():
    return _unlinked("ঈদের পরদিন শ্বশুরবাড়িতে বেড়াতে গিয়ে নিখোঁজ হন ওই যুবক।", "শ্বশুরবাড়িতে")


@case
def bn_homestead():
    return _unlinked("রাতে বসতবাড়িতে আগুন লেগে দুটি গরু পুড়ে মারা গেছে।", "বসতবাড়িতে")


@case
def bn_grandparents_house():
    return _unlinked("ছুটিতে নানাবাড়িতে বেড়াতে এসে পুকুরে ডুবে মারা গেছে দুই শিশু।", "নানাবাড়িতে")


@case
def bn_industrial_town():
    return _unlinked("নতুন শিল্পনগরীতে অন্তত পঞ্চাশটি কারখানা গড়ে উঠবে বলে আশা করা হচ্ছে।", "শিল্পনগরীতে")


@case
def bn_guard_village_ending_in_nagar():
    t = "পুলিশ জানায়, আটক দুজন শিমুলনগর এলাকায় একটি ভাড়া বাসায় থাকতেন।"
    return name_of(actors_at(t, "bn", ("LOC", "শিমুলনগর"), published="2025-09-14")["শিমুলনগর"]).startswith("Shimul")


@case
def bn_guard_village_ending_in_bari():
    t = "সাগরে মাছ ধরতে গিয়ে নিখোঁজ হয়েছেন তালুকদারবাড়ী ঘাটের দুই জেলে।"
    return name_of(actors_at(t, "bn", ("LOC", "তালুকদারবাড়ী"), published="2025-09-14")["তালুকদারবাড়ী"]).startswith("Talukdar")
