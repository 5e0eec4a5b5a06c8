"""Held-out cases on English loanwords of trade bodies, academies, halls and schools the registry
lacks ("... কনজ্যুমারস অ্যাসোসিয়েশন", "... এজেন্টস অ্যাসোসিয়েশন", "ফরেন ...", "... কনফারেন্স হল",
"... প্রাইমারি স্কুল", "... ব্রিগেড"): the provisional actor takes the English word, not a
letter-by-letter romanisation ("Kanjyumaras", "Ejentas", "Faren", "Kanfarens"). Written before the
change they test and not tuned on; each case returns True when the linker does the right thing; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, name_at

CASES, case = case_registry()


def _name(t: str, typ: str, span: str) -> str:
    return name_at(t, "bn", (typ, span), published="2025-11-02")


@case
def bn_consumers_association():
    t = "দাম বাড়ার প্রতিবাদ জানিয়েছে রংপুর কনজ্যুমারস অ্যাসোসিয়েশন।"
    return _name(t, "ORG", "রংপুর কনজ্যুমারস অ্যাসোসিয়েশন") == "Rangpur Consumers Association"


@case
def bn_agents_association():
    t = "শুল্ক নিয়ে বৈঠক ডেকেছে হিলি সিঅ্যান্ডএফ এজেন্টস অ্যাসোসিয়েশন।"
    return _name(t, "ORG", "হিলি সিঅ্যান্ডএফ এজেন্টস অ্যাসোসিয়েশন").endswith("Agents Association")


@case
def bn_foreign_language_institute():
    t = "নতুন কোর্স চালু করেছে ঢাকা ফরেন ল্যাঙ্গুয়েজ ইনস্টিটিউট।"
    return "Foreign" in _name(t, "ORG", "ঢাকা ফরেন ল্যাঙ্গুয়েজ ইনস্টিটিউট").split()


@case
def bn_conference_hall():
    t = "সভাটি হয় রফিক উদ্দিন কনফারেন্স হলে, সকাল দশটায়।"
    return _name(t, "FAC", "রফিক উদ্দিন কনফারেন্স হলে") == "Rafiq Uddin Conference Hall"


@case
def bn_poultry_association():
    t = "খাদ্যের দাম নিয়ে উদ্বেগ জানিয়েছে গাজীপুর পোলট্রি অ্যাসোসিয়েশন।"
    return _name(t, "ORG", "গাজীপুর পোলট্রি অ্যাসোসিয়েশন") == "Gazipur Poultry Association"


@case
def bn_pilot_high_school():
    t = "বার্ষিক ক্রীড়া প্রতিযোগিতা হয়েছে মুরাদনগর সরকারি পাইলট উচ্চ বিদ্যালয় মাঠে।"
    return "Pilot" in _name(t, "ORG", "মুরাদনগর সরকারি পাইলট উচ্চ বিদ্যালয়").split()


@case
def bn_trade_association():
    t = "আমদানি শুল্ক কমানোর দাবি জানিয়েছে বেনাপোল ট্রেড অ্যাসোসিয়েশন।"
    return _name(t, "ORG", "বেনাপোল ট্রেড অ্যাসোসিয়েশন") == "Benapole Trade Association"


@case
def bn_manufacturers_association():
    t = "গ্যাস সংকট নিয়ে কথা বলেছে সিরামিক ম্যানুফ্যাকচারার্স অ্যাসোসিয়েশন।"
    return _name(t, "ORG", "সিরামিক ম্যানুফ্যাকচারার্স অ্যাসোসিয়েশন").endswith("Manufacturers Association")
