"""Held-out cases on a national body named again without "জাতীয়" (national), as the press writes
it ("ঐকমত্য কমিশনের বৈঠক": the National Consensus Commission), the word left out as the country
is ("বিপ্লবী ওয়ার্কার্স পার্টি"); a body of another country so named is not taken. Written before
the change they test and not tuned on; each case returns True when the linker does the right
thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", ("ORG", surface), published="2025-10-20")[surface])


@case
def bn_consensus_commission_without_national():
    return _name("রাজনৈতিক দলগুলোর সঙ্গে ঐকমত্য কমিশনের বৈঠক শুরু হয়েছে ঢাকায়।", "ঐকমত্য কমিশনের") == "National Consensus Commission"


@case
def bn_human_rights_commission_without_national():
    return _name("ঘটনার তদন্ত চেয়েছে মানবাধিকার কমিশন, জানিয়েছে ঢাকার কর্মকর্তারা।",
                 "মানবাধিকার কমিশন").startswith("National Human Rights Commission")


@case
def bn_revenue_board_without_national():
    return _name("চট্টগ্রামে রাজস্ব বোর্ডের নতুন কার্যালয় খুলেছে সরকার।", "রাজস্ব বোর্ডের") == "National Board of Revenue"


@case
def bn_other_countrys_commission_not_taken():
    text = ("ইসলামাবাদে সোমবার মানবাধিকার কমিশন এক বিবৃতি দিয়েছে। পাকিস্তানের লাহোর ও করাচিতে "
            "বিক্ষোভ চলছে, পাকিস্তানের পুলিশ জানায়।")
    got = actors_at(text, "bn", ("GPE", "ইসলামাবাদে"), ("ORG", "মানবাধিকার কমিশন"), ("GPE", "পাকিস্তানের"),
                    ("GPE", "লাহোর"), ("GPE", "করাচিতে"), published="2025-10-20")
    return "Bangladesh" not in name_of(got["মানবাধিকার কমিশন"])
