"""Held-out time fixtures (issue 10, round 34): in an article with no publication date, "the same
day" with no day told close before it takes the day the article's news opened on
(expressions._undated_this_day_is_the_lead). Two gaps closed:
- a day inside a quotation opened the story: a speaker's generic "আজ" ('… যারা আজ নতুন শর্ত দিচ্ছেন,’
  বলেন তিনি') became the lead, with no value, and the later "একই দিন সকালে" was dropped; now the
  lead is the first day the reporter writes out (expressions._quoted, _Told.note);
- a lead with no value of its own (a bare weekday "বুধবার রাতে", which T5 leaves null) gave
  nothing; now "the same day" takes that null value, as T5 says an anaphor takes the value of the
  expression it points to.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the start of round 34 (2f763d0d): 0 of 4; after: 4 of 4. Controls (a quoted day that is
the only one; a dated article) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

FILLER = ("সমাবেশস্থলের আশপাশের সড়কে তীব্র যানজট দেখা দেয়। বাসের যাত্রীরা ঘণ্টার পর ঘণ্টা আটকে থাকেন।\n"
          "দোকানপাট খোলা থাকলেও বিক্রি কম হয়েছে বলে ব্যবসায়ীরা জানান। অনেকে হেঁটে গন্তব্যে যান।\n")

FIXED = [
 # a speaker's "আজ" in a quotation opens no story: the lead is the reporter's dated day
 ("bn", None,
  "‘যারা আজ রোজ নতুন শর্ত দিচ্ছেন, তারাই দায়ী,’ বলেন মহাসচিব। শনিবার (৩১ মে) বিকেলে "
  "নয়াপল্টনে সমাবেশে তিনি এ কথা বলেন।\n" + FILLER + "এদিকে একই দিন সকালে নির্বাচন ভবনে কমিশনের সভা হয়।",
  [("আজ", None), ("শনিবার (৩১ মে) বিকেলে", "XXXX-05-31"), ("একই দিন সকালে", "XXXX-05-31")]),
 ("bn", None, "“আজ আমরা রাস্তায় নেমেছি,” বলেন এক শ্রমিক। রোববার (২০ জুলাই) সকালে কারখানার সামনে "
  "বিক্ষোভ করেন শ্রমিকেরা।\n" + FILLER + "একই দিন সন্ধ্যায় মালিকপক্ষ বকেয়া বেতনের আশ্বাস দেয়।",
  [("আজ", None), ("রোববার (২০ জুলাই) সকালে", "XXXX-07-20"), ("একই দিন সন্ধ্যায়", "XXXX-07-20")]),
 # a lead with no value (a bare weekday, undated): "the same day" is null too
 ("bn", None, "বুধবার রাতে গুলশানে দলের নেতাদের বৈঠক হয়।\n" + FILLER
  + "এদিকে একই দিন মগবাজারে এক আলোচনা সভায় জামায়াতের নেতারা বক্তব্য দেন।",
  [("বুধবার রাতে", None), ("একই দিন", None)]),
 ("bn", None, "সোমবার দুপুরে জেলা শহরে মানববন্ধন করেন কৃষকেরা।\n" + FILLER
  + "একই দিন বিকেলে উপজেলা প্রশাসন বীজ বিতরণ শুরু করে।",
  [("সোমবার দুপুরে", None), ("একই দিন বিকেলে", None)]),
]

CONTROLS = [
 # dated: a lead long past is still no lead for "the same day" far from it
 ("bn", "2025-12-20", "গত ৩১ মে নয়াপল্টনে সমাবেশ করে দলটি।\n" + FILLER + "এদিকে একই দিন সকালে কমিশনের সভা হয়।",
  [("গত ৩১ মে", "2025-05-31")]),
 # "two things on one day" names no day, whatever the lead
 ("bn", None, "বুধবার রাতে বৈঠক হয়।\n" + FILLER + "নির্বাচন ও গণভোট একই দিনে করার দাবি জানায় দলটি।",
  [("বুধবার রাতে", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", FIXED + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
