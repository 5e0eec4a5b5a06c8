"""Held-out time fixtures (issue 10, round 24b): a reported clause in the present continuous
("প্রস্তুতি চলছে", "কাজ করছে", "আলোচনা হচ্ছে") tells no past, and the past speech verb before its
comma ("জানিয়েছে", "বলেছিলেন") is not its tense: a year-less month in it is the nearest one
(`present` cues, grammar._present_cues). Before, the speech verb's past leaked into the clause,
which had no cue of its own, and a coming month became last year's.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (f74685e): 0 of 6; after: 6 of 6. Controls (the present perfect
"করেছে", a past clause) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

NOV = "2025-11-20"

PRESENT = [
 ("bn", NOV, "মন্ত্রণালয় জানিয়েছে, জানুয়ারির প্রথম সপ্তাহে নতুন বই বিতরণের প্রস্তুতি চলছে।",
  [("জানুয়ারির প্রথম সপ্তাহে", "2026-01")]),
 ("bn", NOV, "উপাচার্য বলেছিলেন, মার্চে সমাবর্তন আয়োজনের লক্ষ্যে কমিটি কাজ করছে।", [("মার্চে", "2026-03")]),
 ("bn", NOV, "বোর্ডের চেয়ারম্যান জানান, ফেব্রুয়ারিতে পরীক্ষা নেওয়ার বিষয়ে আলোচনা হচ্ছে।",
  [("ফেব্রুয়ারিতে", "2026-02")]),
 ("bn", NOV, "সংস্থাটি জানিয়েছিল, জানুয়ারিতে নতুন ভাড়া কার্যকরের বিষয়ে তারা পর্যালোচনা করছে।",
  [("জানুয়ারিতে", "2026-01")]),
 ("bn", NOV, "মেয়র বলেন, মার্চের মধ্যে সড়কটি চালুর জন্য ঠিকাদার দিনরাত কাজ করছেন।", [("মার্চের মধ্যে", "2026-03")]),
 ("bn", NOV, "কর্মকর্তারা জানিয়েছেন, ফেব্রুয়ারির শেষ দিকে মেলা আয়োজনের কথা ভাবছে কর্তৃপক্ষ।",
  [("ফেব্রুয়ারির শেষ দিকে", "2026-02")]),
]

CONTROLS = [
 ("bn", NOV, "মন্ত্রণালয় জানিয়েছে, মার্চে প্রকল্পের কাজ শেষ করেছে ঠিকাদার প্রতিষ্ঠান।", [("মার্চে", "2025-03")]),
 ("bn", NOV, "তিনি জানান, জানুয়ারিতে তাঁর বাবা মারা যান।", [("জানুয়ারিতে", "2025-01")]),
 ("bn", NOV, "সাংবাদিকদের কাছে তিনি বলেন, এপ্রিলে তিনি দেশ ছেড়েছিলেন।", [("এপ্রিলে", "2025-04")]),
 # a participle or noun in ছে is no present continuous ("পৌঁছে" having reached, "গাছে" on a tree)
 ("bn", NOV, "সংস্থাটি জানিয়েছে, মার্চে প্রতিনিধিদল ঢাকায় পৌঁছে বৈঠক করেন।", [("মার্চে", "2025-03")]),
 ("bn", NOV, "স্থানীয়রা জানান, এপ্রিলে ঝড়ে গাছে আটকে পড়া এক শিশুকে উদ্ধার করা হয়।", [("এপ্রিলে", "2025-04")]),
 ("bn", NOV, "তিনি বলেন, মে মাসে নথিগুলো মুছে ফেলা হয়।", [("মে মাসে", "2025-05")]),
]


@pytest.mark.parametrize("language, published, text, expected", PRESENT)
def test_held_out_present_clause_is_nearest(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_present_clause_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
