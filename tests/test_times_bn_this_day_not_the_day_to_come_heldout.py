"""Held-out time fixtures (issue 10, round 27b): in an article with no publication date, a "this
day" (এদিন) with no day told close before it takes the day the news is of, the first day the
article writes out; a day written as one to come (আগামী ২২ জুন: the new date a court sets, the
day a programme is called for) is not that day, even when the lead names it first
(expressions._told_as_to_come). Before, the court's next date became "এদিন" paragraphs later.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the start of round 27b (ade0fe2f): 0 of 6; after: 6 of 6. Controls (a lead day not marked
as to come; an এদিন right after the day to come) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

FILLER = ("শুনানিতে রাষ্ট্রপক্ষে ছিলেন সরকারি কৌঁসুলি। আসামিপক্ষে ছিলেন দুজন আইনজীবী।\n"
          "মামলায় মোট আসামি ১২ জন। তাঁদের মধ্যে পাঁচজন কারাগারে আছেন। ")

LEAD_TO_COME = [
 ("bn", None, "মামলার শুনানি পিছিয়ে আগামী ২২ জুন নতুন দিন ধার্য করেছেন আদালত।\nসোমবার (৯ জুন) আসামিপক্ষের আইনজীবী "
  "সময়ের আবেদন করলে বিচারক তা মঞ্জুর করেন।\n" + FILLER + "এদিন সকালে তাঁদের আদালতে হাজির করা হয়।",
  [("আগামী ২২ জুন", "XXXX-06-22"), ("সোমবার (৯ জুন)", "XXXX-06-09"), ("এদিন সকালে", "XXXX-06-09")]),
 ("bn", None, "অভিযোগ গঠনের আদেশের জন্য আগামী ৩ মার্চ দিন রেখেছেন ট্রাইব্যুনাল।\nবৃহস্পতিবার (১৯ ফেব্রুয়ারি) উভয় পক্ষের "
  "যুক্তিতর্ক শেষ হয়।\n" + FILLER + "এদিন দুপুরে কড়া পাহারায় তাঁদের ফিরিয়ে নেওয়া হয়।",
  [("আগামী ৩ মার্চ", "XXXX-03-03"), ("বৃহস্পতিবার (১৯ ফেব্রুয়ারি)", "XXXX-02-19"), ("এদিন দুপুরে", "XXXX-02-19")]),
 ("bn", None, "দাবি না মানলে আগামী ১০ অক্টোবর সারা দেশে অবরোধের ঘোষণা দিয়েছে শ্রমিক সংগঠনগুলো।\nশনিবার (২৭ সেপ্টেম্বর) "
  "রাজধানীতে এক সমাবেশ থেকে এ ঘোষণা আসে।\n" + FILLER + "এদিন সন্ধ্যায় মালিকপক্ষ বৈঠকে বসে।",
  [("আগামী ১০ অক্টোবর", "XXXX-10-10"), ("শনিবার (২৭ সেপ্টেম্বর)", "XXXX-09-27"), ("এদিন সন্ধ্যায়", "XXXX-09-27")]),
 ("bn", None, "রায় ঘোষণার জন্য আগামী ১৫ জানুয়ারি দিন ঠিক করেছেন বিচারক।\nমঙ্গলবার (৬ জানুয়ারি) যুক্তিতর্ক শুনানি শেষে "
  "এ আদেশ দেওয়া হয়।\n" + FILLER + "এদিন আদালত প্রাঙ্গণে নিহতের স্বজনেরা মানববন্ধন করেন।",
  [("আগামী ১৫ জানুয়ারি", "XXXX-01-15"), ("মঙ্গলবার (৬ জানুয়ারি)", "XXXX-01-06"), ("এদিন", "XXXX-01-06")]),
 ("bn", None, "প্রতিবেদন দাখিলের নতুন তারিখ আগামী ৩০ এপ্রিল ঠিক করা হয়েছে।\nরোববার (১৩ এপ্রিল) তদন্ত সংস্থা আরও সময় "
  "চেয়ে আবেদন করে।\n" + FILLER + "এদিন বিকেলে তাঁদের কারাগারে ফেরত পাঠানো হয়।",
  [("আগামী ৩০ এপ্রিল", "XXXX-04-30"), ("রোববার (১৩ এপ্রিল)", "XXXX-04-13"), ("এদিন বিকেলে", "XXXX-04-13")]),
 ("bn", None, "আগামী ৫ নভেম্বর থেকে লাগাতার কর্মবিরতির ডাক দিয়েছেন চিকিৎসকেরা।\nবুধবার (২৯ অক্টোবর) এক সংবাদ সম্মেলনে "
  "তাঁরা এ কর্মসূচি ঘোষণা করেন।\n" + FILLER + "এদিন রাতে স্বাস্থ্য উপদেষ্টা তাঁদের আলোচনায় ডাকেন।",
  [("আগামী ৫ নভেম্বর", "XXXX-11-05"), ("বুধবার (২৯ অক্টোবর)", "XXXX-10-29"), ("এদিন রাতে", "XXXX-10-29")]),
]

CONTROLS = [
 ("bn", None, "সোমবার (৯ জুন) আসামিপক্ষের আইনজীবী সময়ের আবেদন করলে বিচারক তা মঞ্জুর করেন।\n" + FILLER
  + "এদিন সকালে তাঁদের আদালতে হাজির করা হয়।",
  [("সোমবার (৯ জুন)", "XXXX-06-09"), ("এদিন সকালে", "XXXX-06-09")]),
]


@pytest.mark.parametrize("lang,published,text,expected", LEAD_TO_COME + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
