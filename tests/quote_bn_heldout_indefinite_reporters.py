"""Held-out Bengali quote cases written for round 33 (qr33): unmarked words reported by somebody
described, not named, the description closing a longer region before a cue in a person's form
("একটি গবেষণা প্রতিষ্ঠানের এক গবেষক সেমিনারে বলেন, ...", "... কাজ করা একজন গবেষক বলছেন, ...";
rule indefinite_reporter). Sentences written for this project (no newspaper text), before the
change; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named).
"""
from __future__ import annotations

CASES = [
    ("researcher_of_an_institute_reports",
     "চালের দাম কেজিতে পাঁচ টাকা বেড়েছে। একটি গবেষণা প্রতিষ্ঠানের এক গবেষক সেমিনারে বলেন, সরবরাহ "
     "কমায় দাম বাড়ছে বলে মনে হচ্ছে।",
     [("সরবরাহ কমায় দাম বাড়ছে", None)]),
    ("researcher_described_by_work_reports",
     "বাজারে চালের সরবরাহ কম। কৃষি অর্থনীতি নিয়ে কাজ করা একজন গবেষক বলছেন, মজুতদারদের কারণে বাজার "
     "অস্থির হয়ে উঠেছে।",
     [("মজুতদারদের কারণে বাজার অস্থির", None)]),
]
