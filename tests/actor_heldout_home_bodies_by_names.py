"""Held-out linking cases on a body of the article's own country named by a common phrase
("অন্তর্বর্তী সরকার", "the interim government") in an article that links no place, or places of
two countries as often, but whose people and bodies are that country's: the phrase is that body,
as where places say so (actors/context.py `home_body_phrases`). Guards: a phrase right after
another country's name stays that country's ("নেপালের অন্তর্বর্তী সরকার"), an article whose
people are another country's takes none, and one that links nothing takes none. Written before
the change they test and not tuned on; each case returns True when the linker does the right
thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry
from actor_heldout_home_bodies import holds, linked

CASES, case = case_registry()
INTERIM = "bangladesh-interim-government"


@case
def bn_interim_government_beside_its_adviser_and_party():
    t = "অন্তর্বর্তী সরকারের উপদেষ্টা মুহাম্মদ ইউনূস বিএনপির নেতাদের সঙ্গে বৈঠক করেন।"
    got = linked(t, "bn", ("PER", "মুহাম্মদ ইউনূস"), ("ORG", "বিএনপির"), published="2025-06-10")
    return holds(got, "অন্তর্বর্তী সরকার", INTERIM)


@case
def bn_interim_government_criticised_by_a_party_leader():
    t = "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, অন্তর্বর্তী সরকার সংস্কারে ধীরগতি দেখাচ্ছে।"
    got = linked(t, "bn", ("ORG", "বিএনপির"), ("PER", "মির্জা ফখরুল ইসলাম আলমগীর"), published="2025-07-02")
    return holds(got, "অন্তর্বর্তী সরকার", INTERIM)


@case
def bn_interim_government_and_a_university():
    t = "ঢাকা বিশ্ববিদ্যালয়ের শিক্ষার্থীরা অন্তর্বর্তী সরকারের কাছে বিচারের দাবি জানান; জামায়াতে ইসলামীও একই দাবি তোলে।"
    got = linked(t, "bn", ("ORG", "ঢাকা বিশ্ববিদ্যালয়ের"), ("ORG", "জামায়াতে ইসলামীও"), published="2025-10-21")
    return holds(got, "অন্তর্বর্তী সরকার", INTERIM)


@case
def bn_interim_government_longer_form():
    t = "অন্তর্বর্তীকালীন সরকারের সিদ্ধান্তে অসন্তোষ জানিয়েছে জাতীয় নাগরিক পার্টি ও বিএনপি।"
    got = linked(t, "bn", ("ORG", "জাতীয় নাগরিক পার্টি"), ("ORG", "বিএনপি"), published="2025-05-15")
    return holds(got, "অন্তর্বর্তীকালীন সরকার", INTERIM)


@case
def bn_interim_government_with_a_regulator():
    t = "বিটিআরসির চেয়ারম্যান জানান, অন্তর্বর্তী সরকার মোবাইল ইন্টারনেটের দাম কমানোর নির্দেশ দিয়েছে।"
    got = linked(t, "bn", ("ORG", "বিটিআরসির"), published="2025-09-03")
    return holds(got, "অন্তর্বর্তী সরকার", INTERIM)


@case
def en_interim_government_beside_a_party():
    t = "BNP leaders told reporters the interim government had not yet fixed a date for the talks."
    got = linked(t, "en", ("ORG", "BNP"), published="2025-07-02")
    return holds(got, "interim government", INTERIM)


# --- guards: another country's body by name, an article of another country's people, nothing linked
@case
def bn_guard_nepal_named_right_before():
    t = "ঢাকায় বিএনপির নেতারা জানান, নেপালের অন্তর্বর্তী সরকার নির্বাচনের তারিখ ঘোষণা করেছে; বিএনপি তা স্বাগত জানায়।"
    got = linked(t, "bn", ("GPE", "ঢাকায়"), ("ORG", "বিএনপির"), ("GPE", "নেপালের"), ("ORG", "বিএনপি"),
                 published="2025-09-20")
    return holds(got, "অন্তর্বর্তী সরকার", None)


@case
def bn_guard_another_countrys_people():
    t = "সুশীলা কার্কি বলেন, অন্তর্বর্তী সরকার ছয় মাসের মধ্যে ভোট দেবে; কে পি শর্মা অলি তা মানেননি।"
    got = linked(t, "bn", ("PER", "সুশীলা কার্কি"), ("PER", "কে পি শর্মা অলি"), published="2025-09-20")
    return holds(got, "অন্তর্বর্তী সরকার", None)


@case
def bn_guard_nothing_linked():
    t = "অধ্যাপক বলেন, অভ্যুত্থানের পর অন্তর্বর্তী সরকার গঠন একটি সাধারণ পদক্ষেপ।"
    got = linked(t, "bn", published="2025-09-20")
    return holds(got, "অন্তর্বর্তী সরকার", None)
