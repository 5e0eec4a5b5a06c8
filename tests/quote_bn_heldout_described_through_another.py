"""Held-out Bengali cases of a person brought in through a genitive pronoun ("তার স্বামী জেলে
X", "তাঁর ছেলে X") between the person the text is about and a later "তিনি বলেন" that no chain
resolves: the pronoun may stand for either, so it is left unresolved rather than given to the
nearer relative (rule described_through_another). A trap keeps a pronoun after a person named
with no such description. Short articles written for this project (no newspaper text), written
before the rule; (fragment, English name of the speaker's actor, or None for no actor).
"""
from __future__ import annotations

CASES = [
    ("wife_waits_for_fisherman",
     "ঘাটে অপেক্ষায় ছিলেন চরপাড়া গ্রামের মর্জিনা খাতুন (৪০)। তার স্বামী জেলে হাশেম আলী দুই দিন আগে "
     "সাগরে গেছেন। কাঁদতে কাঁদতে তিনি বলেন, “কাল রাত থেকে আর কোনো খবর নাই।”",
     [("কাল রাত থেকে আর কোনো খবর নাই", None)]),
    ("mother_at_the_hospital",
     "হাসপাতালের বারান্দায় বসে ছিলেন সালেহা বেগম। তাঁর ছেলে রিকশাচালক কামাল হোসেন তিন দিন ধরে "
     "নিবিড় পরিচর্যায় আছেন। তিনি বলেন, “ওষুধ কেনার টাকাও শেষ।”",
     [("ওষুধ কেনার টাকাও শেষ", None)]),
    ("father_of_the_missing_student",
     "থানার সামনে দাঁড়িয়ে ছিলেন আবদুর রশিদ। তার মেয়ে কলেজছাত্রী সুমি আক্তার সোমবার থেকে নিখোঁজ। "
     "তিনি বলেন, “পুলিশ এখনো কিছু জানাতে পারেনি।”",
     [("পুলিশ এখনো কিছু জানাতে পারেনি", None)]),
    ("sister_of_the_migrant",
     "বিমানবন্দরের বাইরে অপেক্ষা করছিলেন রহিমা খাতুন। তার ভাই প্রবাসী শ্রমিক জাকির হোসেন আজ দেশে "
     "ফিরছেন। তিনি বলেন, “পাঁচ বছর পর ভাইকে দেখব।”",
     [("পাঁচ বছর পর ভাইকে দেখব", None)]),
    ("husband_of_the_garment_worker",
     "কারখানার ফটকে দাঁড়িয়ে ছিলেন মোতালেব মিয়া। তাঁর স্ত্রী পোশাকশ্রমিক নাজমা বেগম তিন মাসের বেতন "
     "পাননি। তিনি জানান, “ঘরভাড়া দিতে পারছি না।”",
     [("ঘরভাড়া দিতে পারছি না", None)]),
    ("grandmother_of_the_injured_boy",
     "উঠানে বসে ছিলেন বৃদ্ধা জমিলা খাতুন। তার নাতি স্কুলছাত্র রাকিব হাসান গুলিতে আহত হয়ে ঢাকায় "
     "ভর্তি। তিনি বলেন, “ও তো শুধু বাজারে গেছিল।”",
     [("ও তো শুধু বাজারে গেছিল", None)]),
    ("trap_plain_subject_before_pronoun",
     "ঘাটে অপেক্ষায় ছিলেন জেলে হাশেম আলী। দুই দিন ধরে সাগরে যাওয়া বন্ধ। তিনি বলেন, “ধার করে সংসার "
     "চলছে।”",
     [("ধার করে সংসার চলছে", "Hashem Ali")]),
]
