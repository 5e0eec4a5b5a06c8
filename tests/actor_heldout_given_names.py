"""Held-out cases on a common given name or nickname that ends a person's full name and later stands
alone ("উপজেলা কৃষি কর্মকর্তা মো. রাশেদুল হাসান সুমন ... সুমন বলেন"): the one word is the person the
article writes in full, as for any other name word, though the word is too common for the
gazetteer scan. Guards: a common surname alone ("আহমদকে") stays unlinked, and two full forms with
the same given name leave the one word alone. Written before the change they test and not tuned
on; each case returns True when the linker does the right thing; the sentences are written for
these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _lone(text: str, word: str, published: str = "2025-06-10") -> str:
    return name_of(actors_at(text, "bn", ("PER", word, 2), published=published)[word])


@case
def bn_nickname_after_full_name():
    t = "সমিতির সভাপতি আবুল কাশেম শামীম সংবাদ সম্মেলনে প্রতিবাদ জানান। শামীম বলেন, দাবি না মানলে আন্দোলন হবে।"
    return _lone(t, "শামীম") == "Abul Kashem Shamim"


@case
def bn_sumon_officer():
    t = ("উপজেলা কৃষি কর্মকর্তা রাশেদুল হাসান সুমন মাঠ পরিদর্শন করেন। সুমন জানান, এবার আমনের ফলন "
         "ভালো হবে বলে তাঁরা আশা করছেন।")
    name = _lone(t, "সুমন", "2025-10-11")
    return name.endswith(("Sumon", "Suman")) and len(name.split()) >= 2


@case
def bn_rasel_member():
    t = "ইউনিয়ন পরিষদের সদস্য মেহেদী হাসান রাসেল ঘটনাস্থলে যান। রাসেল বলেন, এলাকায় উত্তেজনা রয়েছে।"
    return len(_lone(t, "রাসেল", "2025-03-19").split()) == 3


@case
def bn_masud_teacher():
    t = ("বিদ্যালয়ের প্রধান শিক্ষক খন্দকার আবু মাসুদ অভিভাবকদের সঙ্গে বৈঠক করেন। পরে মাসুদ বলেন, "
         "পরীক্ষা নির্ধারিত সময়েই হবে।")
    return len(_lone(t, "মাসুদ", "2026-02-02").split()) >= 3


@case
def bn_asif_student():
    t = ("আহত শিক্ষার্থী তানভীর আহমেদ আসিফকে হাসপাতালে নেওয়া হয়েছে। চিকিৎসকেরা জানান, আসিফ এখন "
         "শঙ্কামুক্ত।")
    return len(_lone(t, "আসিফ", "2025-08-28").split()) == 3


@case
def bn_sohel_driver():
    t = ("দুর্ঘটনায় বেঁচে যাওয়া বাসচালক মো. সোলায়মান হোসেন সোহেল পুলিশকে ঘটনার বিবরণ দেন। সোহেল বলেন, "
         "সামনের ট্রাকটি হঠাৎ থেমে যায়।")
    return _lone(t, "সোহেল", "2025-12-01").endswith("Sohel")


@case
def bn_guard_common_surname_alone():
    t = "ঢাকার ব্যবসায়ী রফিকুল আহমদ গতকাল আসেন। আহমদকে পরে দেখা যায়।"
    got = actors_at(t, "bn", ("PER", "রফিকুল আহমদ"), ("PER", "আহমদকে"), published="2025-06-10")
    return got["আহমদকে"] is None


@case
def bn_guard_two_full_forms():
    t = ("মামলার বাদী আবদুল করিম সুমন ও সাক্ষী রেজাউল ইসলাম সুমন আদালতে হাজির ছিলেন। সুমন বলেন, "
         "তিনি ন্যায়বিচার চান।")
    got = actors_at(t, "bn", ("PER", "সুমন", 3), published="2025-09-09")
    return got["সুমন"] is None
