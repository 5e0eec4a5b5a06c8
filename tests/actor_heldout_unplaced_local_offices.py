"""Held-out cases on local offices and common nouns the registry also holds as a famous body
("ইউএনও"/"UNO": the upazila nirbahi officer, not the United Nations; "তৃণমূল": a party's
grassroots, not the Trinamool Congress) in a short report that names no place at all. The press
is Bangladeshi, so an article that names no country is read as the press's own country, as
`actors.link` already reads it elsewhere. Before the change `local_sense` only acted once a place
of the article had given it a country, and a placeless report linked the officer to the United
Nations. Guards: an article set in another country keeps its United Nations. Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, id_of

CASES, case = case_registry()


def _not_the_un(text: str, code: str, surface: str, published: str) -> bool:
    actor = actors_at(text, code, ("ORG", surface), published=published)[surface]
    return actor is None or id_of(actor) not in ("un", "united-nations") and "United Nations" not in actor.name


@case
def bn_officer_who_visited_a_fire():
    t = ("ঘটনার পর উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) ঘটনাস্থল পরিদর্শন করেন। ইউএনও জানান, "
         "ক্ষতিগ্রস্ত পরিবারগুলোকে চাল ও নগদ টাকা দেওয়া হবে।")
    return _not_the_un(t, "bn", "ইউএনও", "2025-03-11")


@case
def bn_officer_with_a_case_ending():
    t = "বিদ্যালয়ের মাঠ দখলের অভিযোগ পেয়ে ইউএনওর নির্দেশে সেখানে অভিযান চালানো হয়।"
    return _not_the_un(t, "bn", "ইউএনওর", "2025-06-02")


@case
def bn_officer_at_a_mobile_court():
    t = "ভ্রাম্যমাণ আদালত পরিচালনা করেন ইউএনও, এ সময় তিন ব্যবসায়ীকে জরিমানা করা হয়।"
    return _not_the_un(t, "bn", "ইউএনও", "2025-10-19")


@case
def bn_grassroots_of_a_party():
    t = "দলের তৃণমূলের নেতারা বলছেন, কমিটি গঠনে তাঁদের মতামত নেওয়া হয়নি।"
    actor = actors_at(t, "bn", ("ORG", "তৃণমূলের"), published="2025-05-27")["তৃণমূলের"]
    return actor is None or "Trinamool" not in actor.name


@case
def bn_officer_who_chaired_a_meeting():
    t = "সভায় সভাপতিত্ব করেন ইউএনও। তিনি বলেন, বাল্যবিবাহ বন্ধে সবাইকে এগিয়ে আসতে হবে।"
    return _not_the_un(t, "bn", "ইউএনও", "2026-01-08")


@case
def bn_guard_trinamool_in_kolkata():
    t = "কলকাতায় তৃণমূলের সমাবেশে মুখ্যমন্ত্রী বক্তব্য দেন।"
    actor = actors_at(t, "bn", ("GPE", "কলকাতায়"), ("ORG", "তৃণমূলের"), published="2025-05-27")["তৃণমূলের"]
    return actor is not None and "Trinamool" in actor.name


@case
def en_officer_who_visited_a_fire():
    t = ("The upazila nirbahi officer (UNO) visited the spot on Tuesday morning. The UNO said "
         "each family would get rice and cash support within a week.")
    return _not_the_un(t, "en", "UNO", "2025-03-11")


@case
def en_officer_who_ordered_a_drive():
    t = "Acting on the complaint, the UNO ordered a drive against the sand lifters on the river bank."
    return _not_the_un(t, "en", "UNO", "2025-08-30")


@case
def en_guard_united_nations_in_another_country():
    t = "In Geneva, the UNO said the refugees in Sudan needed food before the rains."
    actor = actors_at(t, "en", ("GPE", "Geneva"), ("GPE", "Sudan"), ("ORG", "UNO"), published="2025-08-30")["UNO"]
    return actor is not None and "United Nations" in actor.name


@case
def bn_guard_united_nations_named_beside_it():
    # a body of several countries ("IGO") the article names is abroad too (review, round 20)
    t = "জাতিসংঘের মহাসচিব যুদ্ধবিরতির আহ্বান জানান। ইউএনও মহাসচিবের এই বক্তব্যে সাড়া দিয়েছে কয়েকটি দেশ।"
    actor = actors_at(t, "bn", ("ORG", "জাতিসংঘের"), ("ORG", "ইউএনও"), published="2025-08-30")["ইউএনও"]
    return actor is not None and "United Nations" in actor.name


@case
def en_guard_united_nations_named_beside_it():
    t = "The United Nations Security Council met on Friday. The UNO chief said the fighting must stop."
    actor = actors_at(t, "en", ("ORG", "United Nations Security Council"), ("ORG", "UNO"),
                      published="2025-08-30")["UNO"]
    return actor is not None and "United Nations" in actor.name
