"""Held-out cases on a Bangladeshi name whose last word ends as a genitive does ("জাবের", "সাবের",
"তাহের") in a story the linker reads as set abroad (a hospital in Singapore, a visit to London):
the foreign-genitive rule ("ওডোবার্টের" -> Odobart) must not cut the ending off a name whose other
words are home names ("আবদুল্লাহ আল জাবের" is Abdullah Al Jaber, not "Jab"). Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _last_word(name: str) -> str:
    return name.split()[-1] if name else ""


@case
def bn_jaber_in_singapore_story():
    t = ("সিঙ্গাপুরের একটি হাসপাতালে চিকিৎসাধীন নেতার খোঁজ নিতে সিঙ্গাপুরে গেছেন সংগঠনের সদস্যসচিব "
         "আবদুল্লাহ আল জাবের। সিঙ্গাপুর থেকে ফিরে জাবের বলেন, চিকিৎসকেরা আশাবাদী।")
    got = actors_at(t, "bn", ("GPE", "সিঙ্গাপুরের"), ("GPE", "সিঙ্গাপুরে"), ("PER", "আবদুল্লাহ আল জাবের"),
                    ("GPE", "সিঙ্গাপুর"), ("PER", "জাবের", 2), published="2025-12-18")
    return _last_word(name_of(got["আবদুল্লাহ আল জাবের"])) == "Jaber"


@case
def bn_short_form_jaber_joins_full_name():
    t = ("সিঙ্গাপুরের একটি হাসপাতালে চিকিৎসাধীন নেতার খোঁজ নিতে সিঙ্গাপুরে গেছেন সংগঠনের সদস্যসচিব "
         "আবদুল্লাহ আল জাবের। সিঙ্গাপুর থেকে ফিরে জাবের বলেন, চিকিৎসকেরা আশাবাদী।")
    got = actors_at(t, "bn", ("GPE", "সিঙ্গাপুরের"), ("GPE", "সিঙ্গাপুরে"), ("PER", "আবদুল্লাহ আল জাবের"),
                    ("GPE", "সিঙ্গাপুর"), ("PER", "জাবের", 2), published="2025-12-18")
    return name_of(got["জাবের"]) == name_of(got["আবদুল্লাহ আল জাবের"]) and _last_word(name_of(got["জাবের"])) == "Jaber"


@case
def bn_jaker_in_london_story():
    t = ("লন্ডনে প্রবাসীদের এক সমাবেশে বক্তব্য দেন ব্যবসায়ী মোহাম্মদ আবু জাকের। লন্ডনের পূর্বাঞ্চলে "
         "এই সমাবেশে যুক্তরাজ্যের কয়েকজন কাউন্সিলরও ছিলেন।")
    got = actors_at(t, "bn", ("GPE", "লন্ডনে"), ("PER", "মোহাম্মদ আবু জাকের"), ("GPE", "লন্ডনের"),
                    ("GPE", "যুক্তরাজ্যের"), published="2025-09-02")
    return _last_word(name_of(got["মোহাম্মদ আবু জাকের"])) == "Jaker"


@case
def bn_baker_in_malaysia_story():
    t = ("মালয়েশিয়ার কুয়ালালামপুরে আটক শ্রমিকদের মুক্তির বিষয়ে কথা বলেছেন দূতাবাসের কর্মকর্তা আবদুল "
         "হাই বাকের। কুয়ালালামপুরের কর্তৃপক্ষ বিষয়টি দেখছে বলে জানান তিনি।")
    got = actors_at(t, "bn", ("GPE", "মালয়েশিয়ার"), ("GPE", "কুয়ালালামপুরে"), ("PER", "আবদুল হাই বাকের"),
                    ("GPE", "কুয়ালালামপুরের"), published="2025-07-21")
    return _last_word(name_of(got["আবদুল হাই বাকের"])) == "Baker"


@case
def bn_mobashwer_in_dubai_story():
    t = ("দুবাইয়ে অনুষ্ঠিত ম্যারাথনে দ্বিতীয় হয়েছেন বাংলাদেশের দৌড়বিদ আবদুল্লাহ আল মোবাশ্বের। দুবাইয়ের "
         "এই প্রতিযোগিতায় সংযুক্ত আরব আমিরাতের অনেক দৌড়বিদ অংশ নেন।")
    got = actors_at(t, "bn", ("GPE", "দুবাইয়ে"), ("PER", "আবদুল্লাহ আল মোবাশ্বের"), ("GPE", "দুবাইয়ের"),
                    ("GPE", "সংযুক্ত আরব আমিরাতের"), published="2025-02-14")
    return _last_word(name_of(got["আবদুল্লাহ আল মোবাশ্বের"])) in ("Mobashwer", "Mobasher")


@case
def bn_khayer_in_japan_story():
    t = ("টোকিওতে জাপানের বাণিজ্যমন্ত্রীর সঙ্গে বৈঠক করেছেন রপ্তানিকারকদের নেতা আবুল খায়ের। "
         "জাপানের বাজারে পোশাক রপ্তানি বাড়ানো নিয়ে কথা হয়েছে।")
    got = actors_at(t, "bn", ("GPE", "টোকিওতে"), ("GPE", "জাপানের"), ("PER", "আবুল খায়ের"),
                    ("GPE", "জাপানের", 2), published="2025-04-09")
    return _last_word(name_of(got["আবুল খায়ের"])) in ("Khayer", "Khaer", "Khair")


@case
def bn_mudabber_in_qatar_story():
    t = ("দোহায় কাতারের শ্রমমন্ত্রীর সঙ্গে বৈঠক করেছেন প্রবাসী কল্যাণ সচিব মোহাম্মদ মুদাব্বের। কাতারের "
         "শ্রমবাজারে নতুন ভিসা নিয়ে আলোচনা হয়েছে।")
    got = actors_at(t, "bn", ("GPE", "দোহায়"), ("GPE", "কাতারের"), ("PER", "মোহাম্মদ মুদাব্বের"),
                    ("GPE", "কাতারের", 2), published="2025-10-11")
    return _last_word(name_of(got["মোহাম্মদ মুদাব্বের"])) in ("Mudabber", "Mudabwer")


@case
def bn_shaber_in_saudi_story():
    t = ("রিয়াদে সৌদি আরবের এক কোম্পানির সঙ্গে চুক্তি সই করেছেন বায়রার সভাপতি আবুল বাশার শাবের। "
         "সৌদি আরবের শ্রমবাজারে এতে নতুন সুযোগ তৈরি হবে বলে মনে করা হচ্ছে।")
    got = actors_at(t, "bn", ("GPE", "রিয়াদে"), ("GPE", "সৌদি আরবের"), ("PER", "আবুল বাশার শাবের"),
                    ("GPE", "সৌদি আরবের", 2), published="2025-10-11")
    return _last_word(name_of(got["আবুল বাশার শাবের"])) in ("Shaber", "Saber")


# --- guard: a foreign name's genitive still comes off
@case
def bn_foreign_genitive_still_off():
    t = ("ব্রাজিলের সাও পাওলোতে এক সংবাদ সম্মেলনে কথা বলেছেন মেয়র রিকার্দো নুনেসের মুখপাত্র। "
         "ব্রাজিলের সংবাদমাধ্যম জানায়, মেয়র শিগগির বৈঠকে বসবেন।")
    got = actors_at(t, "bn", ("GPE", "ব্রাজিলের"), ("GPE", "সাও পাওলোতে"), ("PER", "রিকার্দো নুনেসের"),
                    ("GPE", "ব্রাজিলের", 2), published="2025-04-09")
    return _last_word(name_of(got["রিকার্দো নুনেসের"])) in ("Nunes", "Nunas")
