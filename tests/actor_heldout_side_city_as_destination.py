"""Held-out linking cases on a franchise team's city written bare in a match report where it is a
place, not the side: before a verb of arriving or returning ("দল সোমবার সিলেট পৌঁছেছে", "ঢাকা
ফিরেছে") and as the dateline that opens the report ("চট্টগ্রাম, ১২ জানুয়ারি:"). Round 23 left
these linked as the team (`_written_as_side` read any bare name as a side). Guards: the bare city
that plays ("অলআউট হয় সিলেট", "ঢাকা জিতেছে") stays the side. Written before the change they test
and not tuned on; each case returns True when the linker does the right thing; the sentences are
written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, actors_at, case_registry, id_of

CASES, case = case_registry()
PUBLISHED = "2026-01-10"


def _ids(text: str, *ner: tuple) -> dict:
    return {k: id_of(v) for k, v in actors_at(text, "bn", *ner, published=PUBLISHED).items()}


@case
def bn_team_reached_the_city():
    t = "রংপুর রাইডার্সের ক্রিকেটাররা সোমবার সিলেট পৌঁছেছেন; সিলেট টাইটান্সের বিপক্ষে খেলা বুধবার।" + CRICKET_REPORT
    got = _ids(t, ("ORG", "রংপুর রাইডার্সের"), ("GPE", "সিলেট"), ("ORG", "সিলেট টাইটান্সের"))
    return got["সিলেট"] == "sylhet"


@case
def bn_team_returned_to_the_city():
    t = "খুলনায় টানা দুই জয়ের পর রাজশাহীর দল রাতে ঢাকা ফিরেছে। ঢাকা ক্যাপিটালসের সঙ্গে পরের ম্যাচ।" + CRICKET_REPORT
    got = _ids(t, ("GPE", "ঢাকা"), ("ORG", "ঢাকা ক্যাপিটালসের"))
    return got["ঢাকা"] == "dhaka"


@case
def bn_squad_will_reach_the_city():
    t = "চট্টগ্রাম রয়্যালসের বিপক্ষে ম্যাচ খেলতে দলটি কাল চট্টগ্রাম পৌঁছাবে বলে জানান ম্যানেজার।" + CRICKET_REPORT
    got = _ids(t, ("ORG", "চট্টগ্রাম রয়্যালসের"), ("GPE", "চট্টগ্রাম", 2))
    return got["চট্টগ্রাম"] == "chittagong"


@case
def bn_players_reach_the_city_plain_verb():
    t = "নোয়াখালীর খেলোয়াড়েরা বাসে করে সিলেট পৌঁছান দুপুরে। সিলেট টাইটান্স তখন অনুশীলনে।" + CRICKET_REPORT
    got = _ids(t, ("GPE", "সিলেট"), ("ORG", "সিলেট টাইটান্স"))
    return got["সিলেট"] == "sylhet"


@case
def bn_dateline_city():
    t = "চট্টগ্রাম, ১২ জানুয়ারি: চট্টগ্রাম রয়্যালস জিতেছে ৬ উইকেটে।" + CRICKET_REPORT
    got = _ids(t, ("GPE", "চট্টগ্রাম"), ("ORG", "চট্টগ্রাম রয়্যালস"))
    return got["চট্টগ্রাম"] == "chittagong"


@case
def bn_dateline_city_with_a_dash():
    t = "সিলেট – সিলেট টাইটান্সের বিপক্ষে শেষ বলে হেরেছে রংপুর রাইডার্স।" + CRICKET_REPORT
    got = _ids(t, ("GPE", "সিলেট"), ("ORG", "সিলেট টাইটান্সের"), ("ORG", "রংপুর রাইডার্স"))
    return got["সিলেট"] == "sylhet"


# --- guards: the bare city that plays is the side
@case
def bn_guard_city_all_out():
    t = "সিলেট টাইটান্স আর রংপুর রাইডার্সের ম্যাচে মাত্র ৯৮ রানে অলআউট হয় সিলেট।" + CRICKET_REPORT
    got = _ids(t, ("ORG", "সিলেট টাইটান্স"), ("ORG", "রংপুর রাইডার্সের"), ("GPE", "সিলেট", 2))
    return got["সিলেট"] == got["সিলেট টাইটান্স"] != "sylhet"


@case
def bn_guard_city_wins_at_sentence_start():
    t = "ঢাকা ক্যাপিটালস আগে ব্যাট করে ১৬০ রান তোলে। ঢাকা জিতেছে ২০ রানে।" + CRICKET_REPORT
    got = _ids(t, ("ORG", "ঢাকা ক্যাপিটালস"), ("GPE", "ঢাকা", 2))
    return got["ঢাকা"] == got["ঢাকা ক্যাপিটালস"] != "dhaka"


@case
def bn_guard_two_sides_joined_by_a_hyphen_open_a_paragraph():
    """A hyphen right after the city joins two sides ("রংপুর-সিলেট ম্যাচে", the Rangpur-Sylhet
    match); it is no dateline mark, which has a space before a dash."""
    t = ("রংপুর রাইডার্স ও সিলেট টাইটান্সের ম্যাচ ছিল রোমাঞ্চকর।\nরংপুর-সিলেট ম্যাচে রান হয়েছে অনেক।"
         + CRICKET_REPORT)
    got = _ids(t, ("ORG", "রংপুর রাইডার্স"), ("ORG", "সিলেট টাইটান্সের"), ("GPE", "রংপুর", 2))
    return got["রংপুর"] == got["রংপুর রাইডার্স"] != "rangpur"
