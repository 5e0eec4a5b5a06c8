"""Held-out fixtures for five classes of Bengali time errors found in the written dev articles (round
25, helper tm25), written for this file before the change and not taken from any article:

- a day named by reference to the day of the story: "একই দিন" (the same day) and "আগের দিন" (the
  day before), bare, from the day told close before them or else from the day the story opened on;
  not "আগের দিনের তুলনায়" (than the day before, a market's comparison), not "X-এর আগের দিন" (the
  day before an event named in the genitive), not "একই দিনে" (two things on one day);
- a year-less date or weekday whose tense is that of a task set ahead of it, whatever the past verb
  that set it: a deadline ("X-এর মধ্যে") given as a task, an effort or an aim ("দায়িত্ব", "চেষ্টা",
  "লক্ষ্য"), and an order or a request to go on with something until a day ("X পর্যন্ত ... চালাতে
  বলা হয়েছে", "... থাকার অনুরোধ জানিয়েছে").
- in an article with no publication date, a month of next year ("আগামী বছরের জুনে", "June next
  year") is that month with its year unknown, XXXX-MM, as a month of this year already was; a month
  of last year keeps no value;
- a plain count back in Bengali ("তিন দিন আগে", "চার বছর আগে") is not a time: the dev gold marks
  none (the English pack keeps "three days ago");
- the hour a time of day runs to is part of the day's expression (GUIDELINES T2): "রোববার সকাল
  ১০টা থেকে দুপুর ১টা পর্যন্ত" is one span, its time of day the hour it starts at.
Scored as the shared scorer does (time_fixtures.assert_times_as_scored)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday
WED = "2025-06-18"   # a Wednesday

SAME_OR_PREVIOUS_DAY = [
 # from the day told just before
 ("bn", SUN, "গত ১৮ ডিসেম্বর বোর্ডের সভায় নতুন চেয়ারম্যান নির্বাচিত হন। একই দিন সাবেক চেয়ারম্যান পদত্যাগপত্র জমা দেন।",
  [("গত ১৮ ডিসেম্বর", "2025-12-18"), ("একই দিন", "2025-12-18")]),
 ("bn", SUN, "শুক্রবার রাতে নদীতে ট্রলারডুবির ঘটনা ঘটে। আগের দিন সন্ধ্যায় আবহাওয়া অফিস সতর্কসংকেত দিয়েছিল।",
  [("শুক্রবার রাতে", "2025-12-26"), ("আগের দিন সন্ধ্যায়", "2025-12-25")]),
 # from the day the story opened on, several paragraphs back
 ("bn", WED, "আজ বুধবার দুপুরে জেলা শহরের প্রধান সড়কে অবরোধ করেন শিক্ষার্থীরা।\n"
  "তাঁদের দাবি, ভর্তি ফি কমাতে হবে। অবরোধের কারণে সড়কের দুই পাশে যানবাহনের দীর্ঘ সারি তৈরি হয়।\n"
  "শিক্ষার্থীরা জানান, কলেজ কর্তৃপক্ষের সঙ্গে আলোচনা ব্যর্থ হয়েছে। তাঁরা কর্মসূচি চালিয়ে যাবেন।\n"
  "অধ্যক্ষ সাংবাদিকদের বলেন, আগের দিন রাতেই শিক্ষার্থীদের প্রতিনিধিদের সঙ্গে তাঁর কথা হয়েছিল।",
  [("আজ বুধবার দুপুরে", "2025-06-18"), ("আগের দিন রাতেই", "2025-06-17")]),
 ("bn", WED, "গতকাল মঙ্গলবার উপজেলা পরিষদের সামনে মানববন্ধন করেন কৃষকেরা।\n"
  "তাঁরা সারের দাম কমানোর দাবি জানান। উপজেলা কৃষি কর্মকর্তা তাঁদের দাবি শোনেন।\n"
  "পরে কৃষকদের একটি প্রতিনিধিদল জেলা প্রশাসকের কাছে স্মারকলিপি দেয়।\n"
  "একই দিন বিকেলে পাশের উপজেলাতেও একই দাবিতে সমাবেশ হয়।",
  [("গতকাল মঙ্গলবার", "2025-06-17"), ("একই দিন বিকেলে", "2025-06-17")]),
 # no day of the story: the day before an event named in the genitive, a market's comparison,
 # two things on one day
 ("bn", SUN, "গত ১০ ডিসেম্বর দলের কাউন্সিল হয়। কাউন্সিল শুরুর আগের দিন তিনি দল ছাড়ার ঘোষণা দেন।",
  [("গত ১০ ডিসেম্বর", "2025-12-10")]),
 ("bn", SUN, "রোববার চট্টগ্রাম স্টক এক্সচেঞ্জে লেনদেন কমেছে। সার্বিক সূচক আগের দিনের তুলনায় ২১ পয়েন্ট কমেছে।",
  [("রোববার", "2025-12-28")]),
 ("bn", SUN, "শনিবার কমিশনের সভা হয়। সভায় বলা হয়, পৌরসভা ও উপজেলার ভোট একই দিনে নেওয়ার সুযোগ নেই।",
  [("শনিবার", "2025-12-27")]),
]

TASK_SET_AHEAD = [
 # a deadline given as a task, an effort or an aim (published mid-June: the coming one)
 ("bn", WED, "১০ জুলাইয়ের মধ্যে সব ইটভাটার তালিকা জমা দেওয়ার দায়িত্ব দেওয়া হয়েছে উপজেলা প্রশাসনকে।",
  [("১০ জুলাইয়ের", "2025-07-10")]),
 ("bn", WED, "মালিকপক্ষ জানিয়েছে, শনিবারের মধ্যে শ্রমিকদের বকেয়া পরিশোধের চেষ্টা করছে তারা।",
  [("শনিবারের", "2025-06-21")]),
 ("bn", WED, "কর্মকর্তারা জানান, মে মাসের মধ্যে প্রকল্পের কাজ শেষ করার লক্ষ্য ঠিক করা হয়েছে।",
  [("মে মাসের", "2026-05")]),
 # an order or a request to go on until a day
 ("bn", WED, "মন্ত্রণালয় থেকে জেলা প্রশাসকদের আগস্ট পর্যন্ত বাজার তদারকি চালাতে বলা হয়েছে।",
  [("আগস্ট", "2025-08")]),
 ("bn", WED, "পুলিশ শুক্রবার পর্যন্ত এলাকাবাসীকে নদীর তীরে না যাওয়ার অনুরোধ জানিয়েছে।",
  [("শুক্রবার", "2025-06-20")]),
 # not set ahead: a deadline met in the past, an order given in the past perfect, a weekday of the
 # request itself
 ("bn", WED, "ঠিকাদার মে মাসের মধ্যে সেতুর কাজ শেষ করেন।",
  [("মে মাসের", "2025-05")]),
 ("bn", WED, "সোমবার পর্যন্ত অপেক্ষা করতে বলা হয়েছিল, কিন্তু তার আগেই তাঁরা সড়ক অবরোধ করেন।",
  [("সোমবার", "2025-06-16")]),
 ("bn", WED, "সোমবার জেলা প্রশাসক সবাইকে শান্ত থাকতে আহ্বান জানিয়েছেন।",
  [("সোমবার", "2025-06-16")]),
]


NEXT_YEARS_MONTH = [
 ("bn", None, "আগামী বছরের এপ্রিলে সংস্থাটির নতুন কমিটি গঠন করা হবে।", [("আগামী বছরের এপ্রিলে", "XXXX-04")]),
 ("bn", None, "আগামী বছরের জুলাইয়ের মধ্যে প্রকল্পের প্রথম ধাপ শেষ হবে বলে জানান প্রকল্প পরিচালক।",
  [("আগামী বছরের জুলাইয়ের", "XXXX-07")]),
 ("bn", None, "আগামী বছরের মার্চ মাসে দ্বিতীয় কিস্তির টাকা ছাড় হওয়ার কথা।", [("আগামী বছরের মার্চ মাসে", "XXXX-03")]),
 ("bn", None, "আগামী বছরের সেপ্টেম্বরের শেষ দিকে নতুন টার্মিনাল চালু হতে পারে।",
  [("আগামী বছরের সেপ্টেম্বরের শেষ দিকে", "XXXX-09")]),
 ("en", None, "The second phase of the metro line is due to open in May next year.", [("May next year", "XXXX-05")]),
 ("en", None, "The board will hold its next election in February next year.", [("February next year", "XXXX-02")]),
 # a month of last year: no value, as before; with a publication date, the year
 ("bn", None, "গত বছরের নভেম্বরে কারখানাটি বন্ধ হয়ে যায়।", [("গত বছরের নভেম্বরে", None)]),
 ("bn", "2025-12-28", "আগামী বছরের এপ্রিলে সংস্থাটির নতুন কমিটি গঠন করা হবে।", [("আগামী বছরের এপ্রিলে", "2026-04")]),
]

COUNT_BACK = [
 ("bn", WED, "স্থানীয়রা জানান, তিন দিন আগে খালের বাঁধটি ভেঙে যায়।", []),
 ("bn", WED, "পাঁচ বছর আগে তিনি ইউনিয়ন পরিষদের চেয়ারম্যান নির্বাচিত হন।", []),
 ("bn", WED, "দোকানি বলেন, ‘দুই সপ্তাহ আগে এক কেজি পেঁয়াজ ৮০ টাকায় বিক্রি করেছি।’", []),
 ("bn", WED, "ছয় মাস আগে সড়কটির সংস্কারকাজ শুরু হলেও এখনো শেষ হয়নি।", []),
 ("bn", WED, "এক সপ্তাহ আগেও নদীতে এত পানি ছিল না।", []),
 ("bn", WED, "সাত দিন আগে নিখোঁজ হওয়া স্কুলছাত্রের লাশ মঙ্গলবার উদ্ধার করা হয়।", [("মঙ্গলবার", "2025-06-17")]),
 # English keeps its count back
 ("en", WED, "The embankment collapsed three days ago, villagers said.", [("three days ago", "2025-06-15")]),
]

HOURS_RUN_TO = [
 ("bn", WED, "সোমবার সকাল ১০টা থেকে দুপুর ১টা পর্যন্ত শহরের সব দোকান বন্ধ রাখেন ব্যবসায়ীরা।",
  [("সোমবার সকাল ১০টা থেকে দুপুর ১টা পর্যন্ত", "2025-06-16")]),
 ("bn", WED, "মঙ্গলবার রাত ৯টা থেকে বুধবার ভোর পর্যন্ত এলাকায় বিদ্যুৎ ছিল না।",
  [("মঙ্গলবার রাত ৯টা", "2025-06-17"), ("বুধবার ভোর", "2025-06-18")]),
 ("bn", WED, "গতকাল মঙ্গলবার বিকেল চারটা থেকে সন্ধ্যা ছয়টা পর্যন্ত নগরের কয়েকটি মোড়ে যান চলাচল বন্ধ ছিল।",
  [("গতকাল মঙ্গলবার বিকেল চারটা থেকে সন্ধ্যা ছয়টা পর্যন্ত", "2025-06-17")]),
 ("bn", WED, "শনিবার দুপুর ১২টা থেকে বিকেল ৫টা পর্যন্ত মেলা চলবে বলে জানান আয়োজকেরা।",
  [("শনিবার দুপুর ১২টা থেকে বিকেল ৫টা পর্যন্ত", "2025-06-21")]),
 ("bn", WED, "১২ জুন সকাল সাড়ে ৮টা থেকে সাড়ে ১১টার মধ্যে পরীক্ষা নেওয়া হয়।",
  [("১২ জুন সকাল সাড়ে ৮টা থেকে সাড়ে ১১টার মধ্যে", "2025-06-12")]),
 ("bn", WED, "রোববার রাত ১১টা থেকে সোমবার সকাল ৬টা পর্যন্ত সেতুতে ভারী যান চলাচল বন্ধ থাকে।",
  [("রোববার রাত ১১টা", "2025-06-15"), ("সোমবার সকাল ৬টা", "2025-06-16")]),
]


@pytest.mark.parametrize("language, published, text, expected",
                         SAME_OR_PREVIOUS_DAY + TASK_SET_AHEAD + NEXT_YEARS_MONTH + COUNT_BACK + HOURS_RUN_TO)
def test_held_out_bengali_time_classes_round25(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
