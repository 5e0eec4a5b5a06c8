"""Held-out time fixtures (issue 10), written before the tuning they judged and kept unseen
while tuning: tense and direction ("until Thursday" after a Sunday, "born on 9 March"), composite
expressions ("গতকাল শনিবার রাতে", "আগামী মার্চের ৫ তারিখে"), past evenings, durations, quotes. Scored as
the shared scorer does: a found expression matches when its words overlap the expected ones and the
values agree. Before that tuning: bn 22/23, en 21/22; after: 23/23 and 22/22 (the one Bengali case, a
first-person future in a quote, was fixed after it had been seen, so it is held out no longer)."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday
WED = "2025-06-11"   # a Wednesday
CASES = [
 # English: tense and direction
 ("en", SUN, "The road will stay closed until Thursday, the highway authority said.", [("Thursday", "2026-01-01")]),
 ("en", SUN, "The court adjourned the hearing until Wednesday.", [("Wednesday", "2025-12-31")]),
 ("en", SUN, "The poet was born on 9 March in Barishal.", [("9 March", "2025-03-09")]),
 ("en", SUN, "The factory was shut on 20 January after the fire.", [("20 January", "2025-01-20")]),
 ("en", SUN, "The minister will visit Delhi on 4 March.", [("4 March", "2026-03-04")]),
 ("en", SUN, "The deadline has been extended to January 15.", [("January 15", "2026-01-15")]),
 ("en", SUN, "Voting ended on 24 December.", [("24 December", "2025-12-24")]),
 ("en", SUN, "The election will be held in February.", [("February", "2026-02")]),
 ("en", SUN, "The bridge was opened in June.", [("June", "2025-06")]),
 ("en", WED, "Classes will remain suspended until Saturday, the university said.", [("Saturday", "2025-06-14")]),
 ("en", WED, "She died on 2 September at a hospital in Dhaka.", [("2 September", "2024-09-02")]),
 # English: parts of the day, past evenings
 ("en", SUN, "Police said the men were arrested on Saturday evening.", [("Saturday evening", "2025-12-27")]),
 ("en", SUN, "The results will be published on Thursday morning.", [("Thursday morning", "2026-01-01")]),
 ("en", SUN, "The clash broke out on Friday night near the bus stand.", [("Friday night", "2025-12-26")]),
 ("en", SUN, "On Tuesday evening, the fire was brought under control.", [("Tuesday evening", "2025-12-23")]),
 ("en", SUN, "The body was found on Sunday morning, police said.", [("Sunday morning", "2025-12-28")]),
 ("en", SUN, "Yesterday afternoon, the committee met in Gulshan.", [("Yesterday afternoon", "2025-12-27")]),
 ("en", WED, "The rally was held in the capital on Monday evening.", [("Monday evening", "2025-06-09")]),
 # English: durations, composites, quotes
 ("en", SUN, "The strike lasted for three days and ended with a deal.", []),
 ("en", SUN, "He spent two years in jail before the verdict.", []),
 ("en", SUN, "He had last visited the country in October 2019.", [("October 2019", "2019-10")]),
 ("en", SUN, "The party will hold its council on February 20 next year.", [("February 20 next year", "2026-02-20")]),
 ("en", SUN, "\"We will submit the list on Tuesday,\" the secretary told reporters.", [("Tuesday", "2025-12-30")]),
 ("en", SUN, "Last Thursday, the commission published the final voter list.", [("Last Thursday", "2025-12-25")]),
 # Bengali: composite expressions
 ("bn", SUN, "গতকাল শনিবার রাতে রাজধানীর মিরপুরে আগুন লাগে।", [("গতকাল শনিবার রাতে", "2025-12-27")]),
 ("bn", SUN, "আগামী মার্চের ৫ তারিখে সম্মেলন অনুষ্ঠিত হবে।", [("আগামী মার্চের ৫ তারিখে", "2026-03-05")]),
 ("bn", SUN, "আগামী জানুয়ারির ২০ তারিখের মধ্যে আবেদন করতে হবে।", [("আগামী জানুয়ারির ২০ তারিখের", "2026-01-20")]),
 ("bn", SUN, "২০২৩ সালের নভেম্বরে প্রকল্পটির কাজ শুরু হয়।", [("২০২৩ সালের নভেম্বরে", "2023-11")]),
 ("bn", SUN, "২০২২ সালের আগস্টে তিনি দায়িত্ব নেন।", [("২০২২ সালের আগস্টে", "2022-08")]),
 ("bn", SUN, "আজ রোববার দুপুরে সংবাদ সম্মেলন হয়।", [("আজ রোববার দুপুরে", "2025-12-28")]),
 ("bn", SUN, "আগামীকাল সোমবার সকালে কর্মসূচি শুরু হবে।", [("আগামীকাল সোমবার সকালে", "2025-12-29")]),
 ("bn", SUN, "১৯৭১ সালের ১৬ ডিসেম্বর দেশ স্বাধীন হয়।", [("১৯৭১ সালের ১৬ ডিসেম্বর", "1971-12-16")]),
 # Bengali: tense and direction
 ("bn", SUN, "বৃহস্পতিবার পর্যন্ত স্কুল বন্ধ থাকবে।", [("বৃহস্পতিবার", "2026-01-01")]),
 ("bn", SUN, "তিনি ১২ মার্চ খুলনায় জন্মগ্রহণ করেন।", [("১২ মার্চ", "2025-03-12")]),
 ("bn", SUN, "১৪ জানুয়ারি মামলার রায় ঘোষণা করা হয়েছিল।", [("১৪ জানুয়ারি", "2025-01-14")]),
 ("bn", SUN, "ফেব্রুয়ারিতে জাতীয় নির্বাচন হবে।", [("ফেব্রুয়ারিতে", "2026-02")]),
 ("bn", SUN, "জুনে সংসদে বাজেট পাস হয়।", [("জুনে", "2025-06")]),
 ("bn", SUN, "গত ১৫ অক্টোবর মামলাটি করা হয়।", [("গত ১৫ অক্টোবর", "2025-10-15")]),
 ("bn", WED, "শনিবার পর্যন্ত বিশ্ববিদ্যালয় বন্ধ থাকবে।", [("শনিবার", "2025-06-14")]),
 ("bn", WED, "তিনি ৩ সেপ্টেম্বর মারা যান।", [("৩ সেপ্টেম্বর", "2024-09-03")]),
 # Bengali: parts of the day, past evenings
 ("bn", SUN, "শুক্রবার সন্ধ্যায় বৈঠকটি হয়।", [("শুক্রবার সন্ধ্যায়", "2025-12-26")]),
 ("bn", SUN, "মঙ্গলবার সকালে ফল প্রকাশ করা হবে।", [("মঙ্গলবার সকালে", "2025-12-30")]),
 ("bn", SUN, "গত বুধবার রাতে তাঁকে গ্রেপ্তার করা হয়।", [("গত বুধবার রাতে", "2025-12-24")]),
 ("bn", SUN, "বুধবার বিকেলে এক সমাবেশে তিনি এ কথা বলেন।", [("বুধবার বিকেলে", "2025-12-24")]),
 ("bn", WED, "সোমবার রাতে উপজেলা সদরে সংঘর্ষ হয়।", [("সোমবার রাতে", "2025-06-09")]),
 # Bengali: durations, quotes
 ("bn", SUN, "তিন দিন ধরে ধর্মঘট চলছে।", []),
 ("bn", SUN, "দুই বছর ধরে সেতুর কাজ বন্ধ রয়েছে।", []),
 ("bn", SUN, "তিনি বলেন, “আমরা শনিবার ঢাকায় ফিরব।”", [("শনিবার", "2026-01-03")]),
 ("bn", SUN, "গত বৃহস্পতিবার নির্বাচন কমিশন চূড়ান্ত ভোটার তালিকা প্রকাশ করে।", [("গত বৃহস্পতিবার", "2025-12-25")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_time(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
