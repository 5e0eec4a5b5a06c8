"""Held-out Bengali quote cases written for round 19 (quotes-bn2), on a retired officer's rank
written with "(অব.)" ("মেজর জেনারেল (অব.) X"): the full stop in the brackets is an abbreviation's,
never a sentence end (the bn clean.yaml `sentences.abbreviations`), so a report before such a
speaker, or after him in the same sentence, stays one sentence with its cue and its speaker. Short
articles written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("admission_before_a_retired_general",
     "সীমান্তে চোরাচালান বেড়েছে বলে স্বীকার করেছেন স্বরাষ্ট্র উপদেষ্টা লেফটেন্যান্ট জেনারেল (অব.) "
     "মাহমুদুল হাসান।",
     [("সীমান্তে চোরাচালান বেড়েছে", "মাহমুদুল হাসান")]),
    ("report_before_a_retired_major_general",
     "ভোটের দিন সেনাবাহিনী মাঠে থাকবে বলে জানিয়েছেন নিরাপত্তা বিশ্লেষক মেজর জেনারেল (অব.) আবদুর রশীদ খান।",
     [("ভোটের দিন সেনাবাহিনী মাঠে থাকবে", "আবদুর রশীদ খান")]),
    ("comment_before_a_retired_brigadier",
     "সীমান্ত হত্যা বন্ধে কূটনৈতিক চাপ বাড়াতে হবে বলে মন্তব্য করেন ব্রিগেডিয়ার জেনারেল (অব.) শামসুল আলম।",
     [("কূটনৈতিক চাপ বাড়াতে হবে", "শামসুল আলম")]),
    ("call_before_a_retired_colonel",
     "তরুণদের মাদক থেকে দূরে থাকার আহ্বান জানিয়েছেন সংগঠনটির সভাপতি কর্নেল (অব.) ফারুক আহমেদ।",
     [("তরুণদের মাদক থেকে দূরে থাকার", "ফারুক আহমেদ")]),
    ("claim_before_a_retired_captain",
     "বন্দরের নিরাপত্তায় কোনো ঘাটতি নেই বলে দাবি করেছেন বন্দর কর্তৃপক্ষের চেয়ারম্যান ক্যাপ্টেন (অব.) "
     "জসিম উদ্দিন।",
     [("বন্দরের নিরাপত্তায় কোনো ঘাটতি নেই", "জসিম উদ্দিন")]),
    ("warning_before_a_retired_squadron_leader",
     "উপকূলে ঘূর্ণিঝড় আশ্রয়কেন্দ্র এখনো যথেষ্ট নয় বলে সতর্ক করেছেন দুর্যোগ বিশেষজ্ঞ স্কোয়াড্রন লিডার (অব.) "
     "নাজমুল করিম।",
     [("ঘূর্ণিঝড় আশ্রয়কেন্দ্র এখনো যথেষ্ট নয়", "নাজমুল করিম")]),
]
