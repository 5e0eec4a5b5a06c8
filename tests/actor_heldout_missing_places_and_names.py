"""Held-out linking cases on names Bangladeshi news uses often that the registry lacked, so that
the NER's span linked to nothing or to a romanised guess: the parliament building ("সংসদ ভবন",
the Jatiya Sangsad Bhaban, where state funerals and the July Charter's signing are held), the
Melbourne Cricket Ground ("এমসিজি"), Major League Soccer ("এমএলএস") and the magazine Forbes
("ফোর্বসের তালিকা"). Data rows (data/actors/overlay), not a rule. Guard: the parliament itself
("জাতীয় সংসদ") stays the body, not the building. Written before the change they test and not
tuned on; each case returns True when the linker does the right thing; the sentences are written
for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import actors_at, case_registry, id_of

CASES, case = case_registry()
PUBLISHED = "2025-12-20"


def _id(text: str, typ: str, surface: str) -> str | None:
    return id_of(actors_at(text, "bn", (typ, surface), published=PUBLISHED)[surface])


@case
def bn_parliament_building_south_plaza():
    return _id("সংসদ ভবনের দক্ষিণ প্লাজায় জানাজার আয়োজন করা হয়েছে।", "FAC", "সংসদ ভবনের") == "jatiya-sangsad-bhaban"


@case
def bn_parliament_building_full_name():
    t = "জাতীয় সংসদ ভবন এলাকায় নিরাপত্তা জোরদার করা হয়েছে।"
    return _id(t, "FAC", "জাতীয় সংসদ ভবন") == "jatiya-sangsad-bhaban"


@case
def bn_mcg_by_its_acronym():
    return _id("এমসিজিতে প্রথম দিনেই পড়ে ১৫ উইকেট।", "FAC", "এমসিজিতে") == "melbourne-cricket-ground"


@case
def bn_mcg_in_full():
    t = "মেলবোর্ন ক্রিকেট গ্রাউন্ডে দর্শকের রেকর্ড হয়েছে।"
    return _id(t, "FAC", "মেলবোর্ন ক্রিকেট গ্রাউন্ডে") == "melbourne-cricket-ground"


@case
def bn_mls_by_its_acronym():
    return _id("এমএলএসের নতুন মৌসুম শুরু হবে ফেব্রুয়ারিতে।", "ORG", "এমএলএসের") == "major-league-soccer"


@case
def bn_forbes_list():
    return _id("ফোর্বসের তালিকায় এবারও শীর্ষে আছেন তিনি।", "ORG", "ফোর্বসের") == "forbes"


# --- guard: the parliament is the body
@case
def bn_guard_parliament_is_the_body():
    return _id("জাতীয় সংসদে বাজেট পাস হয়েছে।", "ORG", "জাতীয় সংসদে") == "jatiya-sangsad"
