"""Held-out cases on a parliament named by its number in words only ("পঞ্চম সংসদে", "দ্বাদশ সংসদে"):
every word of such a name is a common word, which must not make the linker drop it; it is that
parliament ("5th Jatiya Sangsad"). Guard: a numbered parliament's election stays no parliament.
Written before the change they test and not tuned on; each case returns True when the linker does
the right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


@case
def bn_fifth_parliament_locative():
    t = "১৯৯১ সালের নির্বাচনের পর পঞ্চম সংসদে তিনি বিরোধীদলীয় নেতার দায়িত্ব পান।"
    got = actors_at(t, "bn", ("ORG", "পঞ্চম সংসদে"), published="2025-12-30")
    return name_of(got["পঞ্চম সংসদে"]) == "5th Jatiya Sangsad"


@case
def bn_fourth_parliament_locative():
    t = "চতুর্থ সংসদে শেষবার বাজেট পেশ করেছিলেন তিনি, জানান সাবেক এক সংসদ সদস্য।"
    got = actors_at(t, "bn", ("ORG", "চতুর্থ সংসদে"), published="2025-12-30")
    return name_of(got["চতুর্থ সংসদে"]) == "4th Jatiya Sangsad"


@case
def bn_third_parliament_debate():
    t = "তৃতীয় সংসদে তত্ত্বাবধায়ক সরকারব্যবস্থা নিয়ে দীর্ঘ বিতর্ক হয়েছিল।"
    got = actors_at(t, "bn", ("ORG", "তৃতীয় সংসদে"), published="2025-12-30")
    return name_of(got["তৃতীয় সংসদে"]) == "3rd Jatiya Sangsad"


@case
def bn_twelfth_parliament_minister():
    t = "দ্বাদশ সংসদে তিনি একই আসন থেকে নির্বাচিত হয়ে মন্ত্রী হন।"
    got = actors_at(t, "bn", ("ORG", "দ্বাদশ সংসদে"), published="2025-12-30")
    return name_of(got["দ্বাদশ সংসদে"]) == "12th Jatiya Sangsad"


@case
def bn_second_parliament():
    t = "দ্বিতীয় সংসদে সংবিধানের পঞ্চম সংশোধনী পাস হয়।"
    got = actors_at(t, "bn", ("ORG", "দ্বিতীয় সংসদে"), published="2025-12-30")
    return name_of(got["দ্বিতীয় সংসদে"]) == "2nd Jatiya Sangsad"


@case
def bn_eleventh_parliament_whip():
    t = "একাদশ সংসদে তিনি সরকারি দলের হুইপ ছিলেন।"
    got = actors_at(t, "bn", ("ORG", "একাদশ সংসদে"), published="2025-12-30")
    return name_of(got["একাদশ সংসদে"]) == "11th Jatiya Sangsad"


# --- guard: the election of a numbered parliament is no parliament
@case
def bn_numbered_parliament_election_is_no_parliament():
    t = "পঞ্চম সংসদ নির্বাচনে দলটি ১৪০টি আসন পায়।"
    got = actors_at(t, "bn", ("ORG", "পঞ্চম সংসদ"), published="2025-12-30")
    return name_of(got["পঞ্চম সংসদ"]) != "5th Jatiya Sangsad"
