"""Held-out Bengali quote cases written for round 27 (qr27), on the verb of saying placed after the
words said and a comma or a dash, its subject closing the sentence ("..., জানালেন সওজের প্রকৌশলী X।",
"...—জানালেন X।", "..., বললেন তিনি।", "..., জানিয়েছে আবহাওয়া অধিদপ্তর।"), as English "..., said the
engineer". A trap: a verb of saying after a comma whose subject comes first is still read by the
older pattern ("..., তিনি আরও জানান।"). Short sentences written for this project (no newspaper text),
written before the change; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("told_after_comma_by_a_named_engineer",
     "বন্যায় উত্তরাঞ্চলের কয়েকটি সড়ক ডুবে গেছে। সেতুর সংযোগ সড়কটি তিন দিন ধরে বন্ধ, জানালেন সওজের নির্বাহী প্রকৌশলী আবদুল করিম।",
     [("সেতুর সংযোগ সড়কটি তিন দিন ধরে বন্ধ", "আবদুল করিম")]),
    ("said_after_comma_by_a_pronoun",
     "কারওয়ান বাজারের চাল ব্যবসায়ী মোস্তফা কামাল সকাল থেকে দোকানে বসে আছেন। সপ্তাহ দুয়েক ধরে ক্রেতা অর্ধেকে নেমেছে, বললেন তিনি।",
     [("ক্রেতা অর্ধেকে নেমেছে", "মোস্তফা কামাল")]),
    ("told_after_a_dash",
     "কমলাপুর স্টেশনে যাত্রীদের ভিড় বাড়ছে। সকালের ট্রেনটি দুই ঘণ্টা দেরিতে ছেড়েছে—জানালেন স্টেশনমাস্টার জাহিদুল ইসলাম।",
     [("সকালের ট্রেনটি দুই ঘণ্টা দেরিতে ছেড়েছে", "জাহিদুল ইসলাম")]),
    ("told_after_comma_by_a_body",
     "উপকূলে ঝোড়ো হাওয়া বইছে। আগামী দুই দিন সাগর উত্তাল থাকতে পারে, জানিয়েছে আবহাওয়া অধিদপ্তর।",
     [("আগামী দুই দিন সাগর উত্তাল থাকতে পারে", "আবহাওয়া অধিদপ্তর")]),
    ("told_after_comma_by_an_unnamed_doctor",
     "মহাসড়কে বাস উল্টে অন্তত ২০ জন আহত হয়েছেন। গুরুতর আহত তিনজনকে রাজশাহীতে পাঠানো হয়েছে, জানালেন উপজেলা স্বাস্থ্য কমপ্লেক্সের এক চিকিৎসক।",
     [("গুরুতর আহত তিনজনকে রাজশাহীতে পাঠানো হয়েছে", None)]),
    ("said_after_comma_with_an_adverb",
     "জেলা প্রশাসক মাহমুদুল হাসান রোববার বাঁধ পরিদর্শনে যান। মেরামতের কাজ এই সপ্তাহেই শেষ হবে, আরও জানালেন তিনি।",
     [("মেরামতের কাজ এই সপ্তাহেই শেষ হবে", "মাহমুদুল হাসান")]),
    # the subject before the verb after a comma: the older pattern reads it the same way
    ("subject_before_the_verb_after_a_comma",
     "জেলা প্রশাসক মাহমুদুল হাসান রোববার বাঁধ পরিদর্শনে যান। মেরামতের কাজ এই সপ্তাহেই শেষ হবে, তিনি আরও জানান।",
     [("মেরামতের কাজ এই সপ্তাহেই শেষ হবে", "মাহমুদুল হাসান")]),
]
