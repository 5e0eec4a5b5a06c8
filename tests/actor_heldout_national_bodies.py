"""Held-out cases on Bangladesh's national bureaus, departments, trade bodies, think tanks and courts
that its news names every week (the statistics bureau, export promotion, manpower, agricultural
extension, garment exporters, a policy think tank, the metropolitan magistrates' court, the
speedy trial tribunal): the mention links to that body, by its Bengali name or acronym, not to
a romanised provisional body ("Bangladesh Parisangkhan Bureau") or nothing. Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, typ: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", (typ, surface), published="2025-06-15")[surface])


@case
def bn_statistics_bureau_by_acronym():
    t = "বিবিএসের সর্বশেষ হিসাবে মে মাসে খাদ্য মূল্যস্ফীতি কিছুটা কমেছে।"
    return _name(t, "ORG", "বিবিএসের") == "Bangladesh Bureau of Statistics"


@case
def bn_statistics_bureau_in_full():
    t = "বাংলাদেশ পরিসংখ্যান ব্যুরোর জরিপে বেকারের সংখ্যা বেড়েছে বলে দেখা গেছে।"
    return _name(t, "ORG", "বাংলাদেশ পরিসংখ্যান ব্যুরোর") == "Bangladesh Bureau of Statistics"


@case
def bn_export_promotion_bureau():
    t = "রপ্তানি উন্নয়ন ব্যুরোর তথ্য বলছে, চামড়াজাত পণ্যের রপ্তানি আগের বছরের চেয়ে বেড়েছে।"
    return _name(t, "ORG", "রপ্তানি উন্নয়ন ব্যুরোর") == "Export Promotion Bureau"


@case
def bn_think_tank_by_acronym():
    t = "সিপিডির নির্বাহী পরিচালক বাজেটের রাজস্ব লক্ষ্য নিয়ে সংশয় প্রকাশ করেছেন।"
    return _name(t, "ORG", "সিপিডির") == "Centre for Policy Dialogue"


@case
def bn_garment_exporters():
    t = "বিজিএমইএর নেতারা শ্রমিকদের বকেয়া বেতন পরিশোধে সময় চেয়েছেন।"
    return _name(t, "ORG", "বিজিএমইএর") == "Bangladesh Garment Manufacturers and Exporters Association"


@case
def bn_manpower_bureau():
    t = "বিএমইটির হিসাবে চলতি বছর সৌদি আরবে সবচেয়ে বেশি কর্মী গেছেন।"
    return _name(t, "ORG", "বিএমইটির") == "Bureau of Manpower, Employment and Training"


@case
def bn_agricultural_extension():
    t = "কৃষি সম্প্রসারণ অধিদপ্তরের কর্মকর্তারা বলছেন, এবার বোরোর ফলন ভালো হবে।"
    return _name(t, "ORG", "কৃষি সম্প্রসারণ অধিদপ্তরের") == "Department of Agricultural Extension"


@case
def bn_metropolitan_magistrates_court():
    t = "পরে তাঁকে ঢাকার মুখ্য মহানগর হাকিমের আদালতে তোলা হলে জামিন নামঞ্জুর হয়।"
    return _name(t, "ORG", "ঢাকার মুখ্য মহানগর হাকিমের আদালতে") == "Chief Metropolitan Magistrate Court, Dhaka"


@case
def bn_speedy_trial_tribunal():
    t = "মামলাটি এখন দ্রুত বিচার ট্রাইব্যুনালে বিচারাধীন রয়েছে।"
    return _name(t, "ORG", "দ্রুত বিচার ট্রাইব্যুনালে") == "Speedy Trial Tribunal"
