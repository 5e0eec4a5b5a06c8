"""Held-out Bengali quote cases written for round 34 (qr34): a report in the progressive of saying with
no comma and no যে before its content ("বিশ্লেষকেরা বলছেন ...", "দলটি বলছে ..."). GUIDELINES Q1: the words
after the cue are reported. Not a negation after the cue ("তিনি বলছেন না ..."), nor "জানান", whose subject
so often follows it ("... সমর্থন জানান দলের নেতা X"). Short articles written for this project (no
newspaper text), written before the change; same format as quote_bn_heldout.CASES (fragment, speaker
surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("analyst_says_without_comma",
     "রাজশাহী বিশ্ববিদ্যালয়ের অধ্যাপক কামরুল হাসান বলছেন বাজারে নজরদারি না বাড়লে চালের দাম আরও বাড়বে।",
     [("চালের দাম আরও বাড়বে", "কামরুল হাসান")]),
    ("group_says_without_comma",
     "পৌরসভা নির্বাচনের তারিখ নিয়ে দলগুলো একমত হয়নি। ব্যবসায়ীরা বলছেন রমজানের আগে ভোট হলে বেচাকেনা কমে যাবে।",
     [("বেচাকেনা কমে যাবে", None)]),
    ("negation_after_the_cue_is_no_report",
     "তিনি বলছেন না যে সেতুর কাজ এই বছরই শেষ হবে।",
     [("সেতুর কাজ এই বছরই শেষ হবে", "-")]),
    ("support_expressed_with_subject_after",
     "গত সোমবার দল ছেড়ে নতুন জোটের প্রতি সমর্থন জানান জেলা কমিটির সাবেক সভাপতি আবদুল মালেক।",
     [("জেলা কমিটির সাবেক সভাপতি আবদুল মালেক", "-")]),
]
