"""Held-out Bengali quote cases written for round 18, on speech acts named by a noun whose object is
what was said: praise ("... উদ্যোগের প্রশংসা করেন"), assurance ("... সহযোগিতার আশ্বাস দেন"),
advice ("... করার পরামর্শ দেন"), instruction ("... নির্দেশনা দেন") and stress laid on something
("... ওপর গুরুত্ব আরোপ করেন"); and "এসব কথা বলেন" ("said these words") after an unnamed official,
which names nobody. Short articles written for this project (no newspaper text), written before
the rule; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named,
"-" for no quote at all).
"""
from __future__ import annotations

CASES = [
    ("prosongsha_koren_of_an_initiative",
     "রাজশাহীতে নতুন বর্জ্য শোধনাগার পরিদর্শনে যান স্থানীয় সরকার উপদেষ্টা মাসুদা করিম। তিনি সিটি করপোরেশনের "
     "বর্জ্য থেকে সার তৈরির উদ্যোগের প্রশংসা করেন।",
     [("বর্জ্য থেকে সার তৈরির", "মাসুদা করিম")]),
    ("ashwas_den_postposed_speaker",
     "বন্যায় ক্ষতিগ্রস্ত কৃষকদের পুনর্বাসনে সব ধরনের সহযোগিতার আশ্বাস দেন কৃষি সচিব রাশেদুল হক।",
     [("ক্ষতিগ্রস্ত কৃষকদের পুনর্বাসনে", "রাশেদুল হক")]),
    ("poramorsho_den_with_a_pronoun",
     "জাতীয় হৃদরোগ হাসপাতালের পরিচালক তাহমিনা সুলতানা বুধবার শীতকালীন রোগ নিয়ে কথা বলেন। বয়স্কদের সকালে "
     "হাঁটার সময় গরম কাপড় পরার পরামর্শ দেন তিনি।",
     [("বয়স্কদের সকালে হাঁটার", "তাহমিনা সুলতানা")]),
    ("nirdeshona_den_named_subject",
     "ঢাকা উত্তর সিটির প্রশাসক জাকির হোসেন মঙ্গলবার মশক নিধন কর্মীদের সঙ্গে বৈঠক করেন। জাকির হোসেন প্রতিটি "
     "ওয়ার্ডে সকাল-বিকেল দুই বেলা ওষুধ ছিটানোর নির্দেশনা দেন।",
     [("প্রতিটি ওয়ার্ডে সকাল-বিকেল", "জাকির হোসেন")]),
    ("gurutto_arop_koren_spaced",
     "বাণিজ্য মেলার উদ্বোধনী অনুষ্ঠানে বক্তব্য দেন বাণিজ্য উপদেষ্টা নাসিমা আলম। তিনি রপ্তানি পণ্যের বহুমুখীকরণের "
     "ওপর গুরুত্ব আরোপ করেন।",
     [("রপ্তানি পণ্যের বহুমুখীকরণের", "নাসিমা আলম")]),
    ("prosongsha_then_esob_katha_is_nobody",
     "নতুন নৌ টার্মিনালের কাজের গতির প্রশংসা করেছেন জাপানের উপ-রাষ্ট্রদূত। তিনি বলেন, টার্মিনালটি চালু হলে "
     "নদীপথে পণ্য পরিবহন দ্বিগুণ হবে। বৃহস্পতিবার নৌপরিবহন মন্ত্রণালয়ে এক বৈঠকে উপ-রাষ্ট্রদূত এসব কথা বলেন।",
     [("নৌ টার্মিনালের কাজের গতির", None), ("নদীপথে পণ্য পরিবহন দ্বিগুণ", None)]),
]
