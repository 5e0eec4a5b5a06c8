"""Held-out linking cases on a franchise team's city written alone in a match report, as the
subject or the object of the play ("অলআউট হয় সিলেট", "খুলনাকে ব্যাটিংয়ে পাঠায়"), in an
article that named the team in full ("সিলেট টাইটান্স"): as a country in a match report is its
national team, the city there is the side. Written as a place (a locative "সিলেটে", "সিলেট থেকে")
it stays the city. Written before the change they test and not tuned on; each case returns True
when the linker does the right thing; the sentences are written for these tests, not taken from
any outlet."""
from __future__ import annotations

from actor_fixtures import CRICKET_REPORT, actors_at, case_registry, name_of

CASES, case = case_registry()
PUBLISHED = "2026-01-10"


def _at(text: str, *ner: tuple) -> dict:
    return {k: name_of(v) for k, v in actors_at(text, "bn", *ner, published=PUBLISHED).items()}


def _same_side(got: dict, city: str, team: str, head: str) -> bool:
    """The bare city is linked as the team named in full, and that is a side ("... Titans"), not
    the place both would be linked to without the rule."""
    return got[city] == got[team] and got[team].endswith(head)


@case
def bn_city_all_out_is_team():
    t = "সিলেট টাইটান্স আর খুলনা টাইগার্সের ম্যাচ ছিল শুক্রবার। মাত্র ৯৮ রানে অলআউট হয় সিলেট।" + CRICKET_REPORT
    got = _at(t, ("ORG", "সিলেট টাইটান্স"), ("ORG", "খুলনা টাইগার্সের"), ("GPE", "সিলেট", 2))
    return _same_side(got, "সিলেট", "সিলেট টাইটান্স", "Titans")


@case
def bn_city_sent_to_bat_is_team():
    t = "খুলনা টাইগার্স হেরেছে বড় ব্যবধানে। টস জিতে খুলনাকে ব্যাটিংয়ে পাঠায় রংপুর রাইডার্স।" + CRICKET_REPORT
    got = _at(t, ("ORG", "খুলনা টাইগার্স"), ("GPE", "খুলনাকে"), ("ORG", "রংপুর রাইডার্স"))
    return _same_side(got, "খুলনাকে", "খুলনা টাইগার্স", "Tigers")


@case
def bn_city_scores_runs_is_team():
    t = "চট্টগ্রাম রয়্যালস আগে ব্যাট করেছে। বৃষ্টি নামার আগে ১২০ রান তোলে চট্টগ্রাম।" + CRICKET_REPORT
    got = _at(t, ("ORG", "চট্টগ্রাম রয়্যালস"), ("GPE", "চট্টগ্রাম", 2))
    return _same_side(got, "চট্টগ্রাম", "চট্টগ্রাম রয়্যালস", "Royals")


@case
def bn_city_loses_wickets_is_team():
    t = "বরিশাল বুলস এবারও ভুগেছে ব্যাটিংয়ে। ৪০ রানের মধ্যে ৫ উইকেট হারায় বরিশাল।" + CRICKET_REPORT
    got = _at(t, ("ORG", "বরিশাল বুলস"), ("GPE", "বরিশাল", 2))
    return _same_side(got, "বরিশাল", "বরিশাল বুলস", "Bulls")


@case
def bn_city_beaten_is_team():
    t = "কুমিল্লা ভাইকিংস টানা তিন ম্যাচ হেরেছে। শনিবার কুমিল্লাকে ৭ উইকেটে হারিয়েছে ঢাকা ক্যাপিটালস।" + CRICKET_REPORT
    got = _at(t, ("ORG", "কুমিল্লা ভাইকিংস"), ("GPE", "কুমিল্লাকে"), ("ORG", "ঢাকা ক্যাপিটালস"))
    return _same_side(got, "কুমিল্লাকে", "কুমিল্লা ভাইকিংস", "Vikings")


@case
def bn_city_chases_target_is_team():
    t = "রাজশাহী ওয়ারিয়র্স এবারের আসরে অপরাজিত। ১৬০ রানের লক্ষ্য ১৮ ওভারেই ছুঁয়ে ফেলে রাজশাহী।" + CRICKET_REPORT
    got = _at(t, ("ORG", "রাজশাহী ওয়ারিয়র্স"), ("GPE", "রাজশাহী", 2))
    return _same_side(got, "রাজশাহী", "রাজশাহী ওয়ারিয়র্স", "Warriors")


@case
def bn_city_wins_toss_is_team():
    t = "নোয়াখালী এক্সপ্রেস প্রথমবার খেলছে লিগে। টস জিতে বোলিং নেয় নোয়াখালী।" + CRICKET_REPORT
    got = _at(t, ("ORG", "নোয়াখালী এক্সপ্রেস"), ("GPE", "নোয়াখালী", 2))
    return _same_side(got, "নোয়াখালী", "নোয়াখালী এক্সপ্রেস", "Express")


# --- guards: the city as a place
@case
def bn_city_locative_stays_city():
    t = "সিলেট টাইটান্স জিতেছে ৫ উইকেটে। সিলেটে এখন শীত পড়েছে।" + CRICKET_REPORT
    return _at(t, ("ORG", "সিলেট টাইটান্স"), ("GPE", "সিলেটে"))["সিলেটে"] == "Sylhet"


@case
def bn_city_from_stays_city():
    t = "রংপুর রাইডার্সের দুই পেসার আজ দলে যোগ দেন। তারা রংপুর থেকে সকালে রওনা দেন।" + CRICKET_REPORT
    return _at(t, ("ORG", "রংপুর রাইডার্সের"), ("GPE", "রংপুর", 2))["রংপুর"] == "Rangpur"


@case
def bn_no_match_report_stays_city():
    t = "ঢাকা ক্যাপিটালসের মালিক একটি শিল্পগোষ্ঠী। সভা শেষে তিনি ঢাকা ছাড়েন।"
    return _at(t, ("ORG", "ঢাকা ক্যাপিটালসের"), ("GPE", "ঢাকা", 2))["ঢাকা"] == "Dhaka"
