"""Held-out time fixtures (issue 10, round 27b): in an article with no publication date, "the same
day" with no day told close before it ("এদিকে একই দিন সকালে ...", paragraphs after the lead) is the
day the article's news is of, the first day it writes out, as "এদিন" already was
(expressions._undated_this_day_is_the_lead, now for `lead_day_without_antecedent` rules too). Before,
it was dropped: in a dated article such a lead counts only in the week of publication, and an
undated article has none.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the start of round 27b (ade0fe2f): 0 of 6; after: 6 of 6. Controls (a dated article whose
lead is long past; "একই দিনে" of two things on one day) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

FILLER = ("সমাবেশস্থলের আশপাশের সড়কে তীব্র যানজট দেখা দেয়। বাসের যাত্রীরা ঘণ্টার পর ঘণ্টা আটকে থাকেন।\n"
          "দোকানপাট খোলা থাকলেও বিক্রি কম হয়েছে বলে ব্যবসায়ীরা জানান। অনেকে হেঁটে গন্তব্যে যান।\n")

UNDATED_SAME_DAY = [
 ("bn", None, "শনিবার (৩১ মে) বিকেলে নয়াপল্টনে সমাবেশ করে দলটি।\n" + FILLER
  + "এদিকে একই দিন সকালে নির্বাচন ভবনে কমিশনের সভা হয়।",
  [("শনিবার (৩১ মে) বিকেলে", "XXXX-05-31"), ("একই দিন সকালে", "XXXX-05-31")]),
 ("bn", None, "মঙ্গলবার (১৪ অক্টোবর) শিক্ষকেরা শহীদ মিনারে অবস্থান নেন।\n" + FILLER
  + "একই দিন রাতে শিক্ষা উপদেষ্টা তাঁদের প্রতিনিধিদের সঙ্গে বৈঠক করেন।",
  [("মঙ্গলবার (১৪ অক্টোবর)", "XXXX-10-14"), ("একই দিন রাতে", "XXXX-10-14")]),
 ("bn", None, "বৃহস্পতিবার (৬ মার্চ) দুপুরে জেলা শহরে মানববন্ধন করেন কৃষকেরা।\n" + FILLER
  + "এদিকে একই দিন বিকেলে উপজেলা প্রশাসন বীজ বিতরণ শুরু করে।",
  [("বৃহস্পতিবার (৬ মার্চ) দুপুরে", "XXXX-03-06"), ("একই দিন বিকেলে", "XXXX-03-06")]),
 ("bn", None, "রোববার (২০ জুলাই) সকালে কারখানার সামনে বিক্ষোভ করেন শ্রমিকেরা।\n" + FILLER
  + "একই দিন সন্ধ্যায় মালিকপক্ষ বকেয়া বেতন দেওয়ার আশ্বাস দেয়।",
  [("রোববার (২০ জুলাই) সকালে", "XXXX-07-20"), ("একই দিন সন্ধ্যায়", "XXXX-07-20")]),
 ("bn", None, "সোমবার (৮ সেপ্টেম্বর) হাইকোর্টে রিট আবেদনের শুনানি হয়।\n" + FILLER
  + "এদিকে একই দিন দুপুরে আপিল বিভাগেও একটি আবেদন করা হয়।",
  [("সোমবার (৮ সেপ্টেম্বর)", "XXXX-09-08"), ("একই দিন দুপুরে", "XXXX-09-08")]),
 ("bn", None, "শুক্রবার (১২ ডিসেম্বর) জুমার নামাজের পর মিছিল বের করে সংগঠনটি।\n" + FILLER
  + "একই দিন রাতে পুলিশ দুজনকে আটক করে।",
  [("শুক্রবার (১২ ডিসেম্বর)", "XXXX-12-12"), ("একই দিন রাতে", "XXXX-12-12")]),
]

CONTROLS = [
 # dated, the lead long past: no day close before, none taken
 ("bn", "2025-12-20", "গত ৩১ মে নয়াপল্টনে সমাবেশ করে দলটি।\n" + FILLER + "এদিকে একই দিন সকালে কমিশনের সভা হয়।",
  [("গত ৩১ মে", "2025-05-31")]),
 # two things on one day name no day of the story
 ("bn", None, "শনিবার (৩১ মে) বিকেলে সমাবেশ হয়।\n" + FILLER + "নির্বাচন ও গণভোট একই দিনে করার দাবি জানায় দলটি।",
  [("শনিবার (৩১ মে) বিকেলে", "XXXX-05-31")]),
]


@pytest.mark.parametrize("lang,published,text,expected", UNDATED_SAME_DAY + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
