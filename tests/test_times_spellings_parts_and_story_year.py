"""Time expressions (issue 10): classes of error seen on dev, each with sentences written
for this file (none copied from any article): spellings and endings, composite expressions that
kept one part only, a story's year carried on through a narrative, and weekdays of an article
without a publication date."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.times.expressions import find_times

BN = lang.load("bn")
EN = lang.load("en")
SUNDAY = "2025-12-28"  # a Sunday


def found(text: str, pack=BN, published: str | None = SUNDAY) -> list[tuple[str, str | None]]:
    out = find_times(text, pack, published)
    for t in out:  # every span is the exact words it came from
        assert text[t.start:t.end] == t.text
    return [(t.text, t.value) for t in out]


# ---------------------------------------------------------------- spellings and endings

@pytest.mark.parametrize("text, expected", [
    ("২০২৪ সালের ৫ই অগাস্ট সরকারের পতন হয়।", [("২০২৪ সালের ৫ই অগাস্ট", "2024-08-05")]),
    ("আগামী ১৫ অগস্ট শোক দিবস পালিত হবে।", [("আগামী ১৫ অগস্ট", "2026-08-15")]),
    ("শুক্রবারেই তিনি ঢাকায় ফেরেন।", [("শুক্রবারেই", "2025-12-26")]),
])
def test_bengali_spellings_and_endings(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- a story's year carried on

def test_month_told_after_an_earlier_year_is_in_that_year():
    text = "২০২৪ সালের জুন মাসের শেষে রপ্তানি আয় ছিল ৪০০ কোটি ডলার, যা সেপ্টেম্বর শেষে কমে দাঁড়িয়েছে।"
    assert found(text) == [("২০২৪ সালের জুন মাসের শেষে", "2024-06"), ("সেপ্টেম্বর শেষে", "2024-09")]
    text = "Exports stood at $4bn at the end of June 2024. They were lower in September."
    assert ("September", "2024-09") in found(text, EN)


def test_month_in_a_future_clause_keeps_the_publication_year():
    # a plan told after a past year is no narrative of that year
    text = "২০২৪ সালের জুনে প্রকল্পটি অনুমোদিত হয়। সেপ্টেম্বরে কাজ শুরু হবে।"
    assert found(text)[-1] == ("সেপ্টেম্বরে", "2026-09")


def test_last_year_is_a_story_year_like_one_written_out():
    text = "গত বছরের ৪ ডিসেম্বর তাঁকে গ্রেপ্তার করা হয়। এর আগে ১০ জুলাই আদালত গ্রেপ্তারের নির্দেশ দেন।"
    assert found(text) == [("গত বছরের ৪ ডিসেম্বর", "2024-12-04"), ("১০ জুলাই", "2024-07-10")]


def test_this_year_ends_the_story_of_an_earlier_year():
    text = "২০২৪ সালের অক্টোবরে ঋণ প্রবৃদ্ধি ছিল ৮ শতাংশ। চলতি বছরের অক্টোবরে তা কমে দাঁড়িয়েছে, সেপ্টেম্বরে ছিল ৬ শতাংশ।"
    assert found(text, published=None) == [("২০২৪ সালের অক্টোবরে", "2024-10"), ("চলতি বছরের অক্টোবরে", "XXXX-10"),
                                           ("সেপ্টেম্বরে", "XXXX-09")]


# ---------------------------------------------------------------- composite expressions keep their parts

@pytest.mark.parametrize("text, expected", [
    ("গত মাসের শেষ দিকে দুই দলের বৈঠক হয়।", [("গত মাসের শেষ দিকে", "2025-11")]),
    ("আগামী বছরের শুরুতে সেতুর কাজ শুরু হবে।", [("আগামী বছরের শুরুতে", "2026")]),
    ("প্রতি বছরের শেষে হিসাব জমা দিতে হয়।", []),  # every year: no calendar point
    ("গত সপ্তাহের শেষে বৈঠক হয়।", []),  # a week: not counted (T1)
])
def test_bengali_part_of_a_relative_month_or_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bridge is due to open by the end of the year.", [("the end of the year", "2025")]),
    ("The project was approved at the end of last year.", [("the end of last year", "2024")]),
    ("Talks will resume at the beginning of next month.", [("the beginning of next month", "2026-01")]),
    ("The war began in 1971. By the end of the year, the country was free.",
     [("1971", "1971"), ("the end of the year", "1971")]),
])
def test_english_part_of_a_relative_month_or_year(text, expected):
    assert found(text, EN) == expected


def test_part_of_the_year_without_publication_date_has_no_value():
    assert found("By the end of the year, the bridge will open.", EN, published=None) == [("the end of the year", None)]


@pytest.mark.parametrize("text, pack, expected", [
    ("চলতি মাসের ১০ তারিখে কমিশনের সভা হবে।", BN, [("চলতি মাসের ১০ তারিখে", "2025-12-10")]),
    ("গত মাসের ২৬ তারিখ রাতে বাজারে আগুন লাগে।", BN, [("গত মাসের ২৬ তারিখ রাতে", "2025-11-26")]),
    ("আগামী মাসের ৫ তারিখের মধ্যে আবেদন জমা দিতে হবে।", BN, [("আগামী মাসের ৫ তারিখের মধ্যে", "2026-01-05")]),
    ("The commission met on the 10th of this month.", EN, [("the 10th of this month", "2025-12-10")]),
    ("Talks will start on the 5th of next month.", EN, [("the 5th of next month", "2026-01-05")]),
])
def test_day_of_a_relative_month_keeps_its_day(text, pack, expected):
    assert found(text, pack) == expected
    assert [v for _, v in found(text, pack, published=None)] == [None]


# ---------------------------------------------------------------- a named period sets the story's year

@pytest.mark.parametrize("text, pack, expected", [
    ("During the Liberation War, she was detained in a cantonment from 2 July.", EN, [("2 July", "1971-07-02")]),
    ("মুক্তিযুদ্ধের সময় ২ জুলাই তাঁকে আটক করা হয়েছিল।", BN, [("২ জুলাই", "1971-07-02")]),
    ("মুক্তিযুদ্ধকালে ২৫ মে তিনি সীমান্ত পার হয়ে ভারতে যান।", BN, [("২৫ মে", "1971-05-25")]),
    # remembering the war is today's news, and a plan is in the future
    ("Martyrs of the Liberation War were remembered on 16 December.", EN, [("16 December", "2025-12-16")]),
    ("মুক্তিযুদ্ধের শহীদদের স্মরণে ১৬ ডিসেম্বর শ্রদ্ধা জানানো হয়েছে।", BN, [("১৬ ডিসেম্বর", "2025-12-16")]),
    ("During the Liberation War he fought in Sector 2. On 26 March he will be honoured.", EN,
     [("26 March", "2026-03-26")]),
])
def test_liberation_war_is_the_year_of_dates_told_during_it(text, pack, expected):
    assert found(text, pack) == expected


# ---------------------------------------------------------------- a prayer as the time of day

@pytest.mark.parametrize("text, span, value, tod", [
    ("শুক্রবার জুমার নামাজের পর শহরে বিক্ষোভ মিছিল হয়।", "শুক্রবার জুমার নামাজের পর", "2025-12-26", "AF"),
    ("গতকাল শুক্রবার বাদ জুমা জাতীয় মসজিদের সামনে মিছিল বের হয়।", "গতকাল শুক্রবার বাদ জুমা", "2025-12-26", "AF"),
    ("রোববার (২৮ ডিসেম্বর) বাদ আসর তাঁর জানাজা অনুষ্ঠিত হয়।", "রোববার (২৮ ডিসেম্বর) বাদ আসর", "2025-12-28", "AF"),
    ("শনিবার মাগরিবের নামাজের পর দোয়া মাহফিল হয়।", "শনিবার মাগরিবের নামাজের পর", "2025-12-27", "EV"),
])
def test_prayer_after_a_day_is_its_time_of_day(text, span, value, tod):
    assert [(t.text, t.value, t.time_of_day) for t in find_times(text, BN, SUNDAY)] == [(span, value, tod)]


def test_prayer_alone_names_no_day():
    assert found("জুমার নামাজের পর বিক্ষোভ মিছিল হয়।") == []


@pytest.mark.parametrize("text, pack, expected", [
    ("১৯৮২ সালের ৩ জানুয়ারি তিনি দলে যোগ দেন। ওই বছরের মার্চে তিনি ভাইস চেয়ারম্যান হন।", BN,
     [("১৯৮২ সালের ৩ জানুয়ারি", "1982-01-03"), ("ওই বছরের মার্চে", "1982-03")]),
    ("She joined the party on 3 January 1982. In March that year, she became its vice-chairperson.", EN,
     [("3 January 1982", "1982-01-03"), ("March that year", "1982-03")]),
    ("She joined the party in 1982. In March of the same year, she became its vice-chairperson.", EN,
     [("1982", "1982"), ("March of the same year", "1982-03")]),
    ("In March that year, she became its vice-chairperson.", EN, []),  # no year told before
])
def test_month_of_that_year_is_one_expression(text, pack, expected):
    assert found(text, pack) == expected


# ---------------------------------------------------------------- tense: the clause's own verb

@pytest.mark.parametrize("text, pack, expected", [
    # the speech verb before the comma is past; the reported clause is in the future
    ("মন্ত্রী জানিয়েছেন, বৃহস্পতিবার মন্ত্রিসভার বৈঠক হবে।", BN, [("বৃহস্পতিবার", "2026-01-01")]),
    ("The minister said, the cabinet will meet on Thursday.", EN, [("Thursday", "2026-01-01")]),
    # a clause with no tense of its own takes the sentence's
    ("তিনি জানান, শুক্রবার রাতে বাজারে হামলার ঘটনা ঘটে।", BN, [("শুক্রবার রাতে", "2025-12-26")]),
    ("Khaleda Zia, who died on Tuesday, was a three-time prime minister.", EN, [("Tuesday", "2025-12-23")]),
    # a date fixed for a hearing is ahead, whatever the tense of the fixing
    ("১৫ জানুয়ারি মামলার পরবর্তী শুনানির দিন ধার্য করেছেন আদালত।", BN, [("১৫ জানুয়ারি", "2026-01-15")]),
    ("Leaders have said that if the party wins the election scheduled for 12 February, he will lead.", EN,
     [("12 February", "2026-02-12")]),
])
def test_tense_of_the_expressions_own_clause(text, pack, expected):
    assert found(text, pack) == expected


# ---------------------------------------------------------------- a dashed span of years is one period

@pytest.mark.parametrize("text, pack, expected", [
    ("She served two terms, 1991-1996 and 2001-2006.", EN, []),
    ("It was ranked the most corrupt country for five years (2001–2005).", EN, []),
    ("১৯৯১-১৯৯৬ মেয়াদে তিনি প্রধানমন্ত্রী ছিলেন।", BN, []),
    # years joined by words each count
    ("She served from 1991 to 1996.", EN, [("1991", "1991"), ("1996", "1996")]),
    ("১৯৯১ থেকে ১৯৯৬ সাল পর্যন্ত তিনি প্রধানমন্ত্রী ছিলেন।", BN, [("১৯৯১", "1991"), ("১৯৯৬ সাল", "1996")]),
])
def test_dashed_span_of_years_is_left_out(text, pack, expected):
    assert found(text, pack) == expected


@pytest.mark.parametrize("text, pack, expected", [
    # a weekday in brackets after its date is part of it (and not a second, separately resolved day)
    ("২৫ ডিসেম্বর (বৃহস্পতিবার) তিনি দেশে ফেরেন।", BN, [("২৫ ডিসেম্বর (বৃহস্পতিবার)", "2025-12-25")]),
    ("আগামী ১২ ফেব্রুয়ারি (বৃহস্পতিবার) ভোট হবে।", BN, [("আগামী ১২ ফেব্রুয়ারি (বৃহস্পতিবার)", "2026-02-12")]),
    ("He returned on 25 December (Thursday) after 17 years.", EN, [("25 December (Thursday)", "2025-12-25")]),
    ("The vote will be held on February 12 (Thursday).", EN, [("February 12 (Thursday)", "2026-02-12")]),
    # a year said by its last two digits before a date is that date's year
    ("চব্বিশের ৫ আগস্ট সরকারের পতন হয়।", BN, [("চব্বিশের ৫ আগস্ট", "2024-08-05")]),
    ("একাত্তরের ২৫ মার্চ রাতে গণহত্যা শুরু হয়।", BN, [("একাত্তরের ২৫ মার্চ রাতে", "1971-03-25")]),
])
def test_date_keeps_its_bracketed_weekday_and_its_short_year(text, pack, expected):
    assert found(text, pack) == expected


# ---------------------------------------------------------------- frequencies are not times (T1)

@pytest.mark.parametrize("text, pack", [
    ("প্রতি শুক্রবার গ্রামে হাট বসে।", BN),
    ("প্রতি বছর ফেব্রুয়ারিতে বইমেলা হয়।", BN),
    ("প্রতি মাসের ১০ তারিখে বেতন দেওয়া হয়।", BN),
    ("প্রতিবছর ১৬ ডিসেম্বর বিজয় দিবস পালিত হয়।", BN),
    ("Markets in the town are closed every Friday.", EN),
    ("The book fair is held each year in February.", EN),
    ("Victory Day is celebrated every year on 16 December.", EN),
])
def test_frequencies_are_left_out(text, pack):
    assert found(text, pack) == []


def test_a_frequency_word_elsewhere_leaves_the_date():
    assert found("প্রতি বছরের মতো এবারও ২১ ফেব্রুয়ারি শহীদ মিনারে শ্রদ্ধা জানানো হবে।") == \
        [("২১ ফেব্রুয়ারি", "2026-02-21")]
    assert found("Each of the parties met on Friday.", EN) == [("Friday", "2025-12-26")]


@pytest.mark.parametrize("text, expected", [
    ("In the early hours of Friday, a fire broke out at the market.", [("the early hours of Friday", "2025-12-26")]),
    ("In the early hours of 19 December, the offices were attacked.", [("the early hours of 19 December", "2025-12-19")]),
    ("On the evening of Tuesday (23 December), the cabinet met.", [("the evening of Tuesday (23 December)", "2025-12-23")]),
])
def test_part_of_a_day_before_its_day_is_one_expression(text, expected):
    assert found(text, EN) == expected


# ---------------------------------------------------------------- years said in words, the passive past

@pytest.mark.parametrize("text, expected", [
    ("উনিশশো বিরাশি সালের ২১শে জানুয়ারি নির্বাচনের তারিখ ঘোষণা করা হয়।", [("উনিশশো বিরাশি সালের ২১শে জানুয়ারি", "1982-01-21")]),
    ("দুই হাজার চব্বিশ সালের জুলাইয়ে আন্দোলন শুরু হয়।", [("দুই হাজার চব্বিশ সালের জুলাইয়ে", "2024-07")]),
    ("উনিশশো একাত্তর সালে দেশ স্বাধীন হয়।", [("উনিশশো একাত্তর সাল", "1971")]),
    # "দেওয়া হয়" tells the past: the date right after a written year is in that year
    ("২০২৪ সালে অগাস্টে পটপরিবর্তনের পর ৬ই অগাস্ট তাঁকে মুক্তি দেওয়া হয়।",
     [("২০২৪ সালে অগাস্টে", "2024-08"), ("৬ই অগাস্ট", "2024-08-06")]),
])
def test_bengali_year_words_and_passive_past(text, expected):
    assert found(text, published="2025-12-30") == expected


# ---------------------------------------------------------------- a weekday told in a regular past

@pytest.mark.parametrize("text, expected", [
    # "declared"/"announced" tell the past: this week's Saturday, not next week's ("will contest" is
    # the reported clause)
    ("However, on Saturday, she declared that she will contest the seat as an independent.",
     [("Saturday", "2025-12-27")]),
    ("However, on Sunday night, she announced that she would not contest the election.",
     [("Sunday night", "2025-12-28")]),
    # a participle after an auxiliary or an article is no past
    ("The rally will be held on Friday.", [("Friday", "2026-01-02")]),
    ("The planned rally on Friday was called off.", [("Friday", "2025-12-26")]),
])
def test_weekday_in_a_regular_past(text, expected):
    assert found(text, EN, published="2025-12-29") == expected


def test_regular_past_does_not_move_a_date_by_a_year():
    # "resolved" may be a participle: a date is moved only by the firm cues
    text = "The party warned of action if the dispute is not resolved before the deadline on 20 January."
    assert found(text, EN, published="2025-12-29") == [("20 January", "2026-01-20")]


# ---------------------------------------------------------------- a date within days of publication

@pytest.mark.parametrize("text, pack, expected", [
    # tomorrow's night, told in the perfect: not the night a year back
    ("খ্রিষ্টীয় নববর্ষ উপলক্ষে ৩১ ডিসেম্বর রাতে কঠোর নিরাপত্তা প্রস্তুতি নেওয়া হয়েছে।", BN,
     [("৩১ ডিসেম্বর রাতে", "2025-12-31")]),
    ("সরকার ৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি রাষ্ট্রীয় শোক ঘোষণা করেছে।", BN,
     [("৩১ ডিসেম্বর", "2025-12-31"), ("১ ও ২ জানুয়ারি", "2026-01")]),  # two days: their month (T6)
    # and the day before yesterday, told in the future of a schedule written earlier
    ("On 28 December, he will complete his voter registration.", EN, [("28 December", "2025-12-28")]),
    # farther off, the tense decides as before
    ("She was born on 18 May.", EN, [("18 May", "2025-05-18")]),
])
def test_date_within_days_of_publication_is_that_one(text, pack, expected):
    assert found(text, pack, published="2025-12-30") == expected


def test_count_back_from_that_is_not_from_publication():
    assert found("১২ ডিসেম্বর তাঁকে গুলি করা হয়। এর দুই দিন আগে তিনি হুমকি পান।") == [("১২ ডিসেম্বর", "2025-12-12")]
    assert found("তার তিন মাস আগে তিনি দেশে ফেরেন।") == []
    assert found("তিন দিন আগে তিনি হাসপাতালে ভর্তি হন।") == []  # no Bengali time at all (bn/times.yaml `ago`)


# ---------------------------------------------------------------- Bengali tense cues that misled

@pytest.mark.parametrize("text, expected", [
    # "তবে" (however) is no future verb in -বে
    ("তবে, ১৮ ডিসেম্বর সংশোধিত প্রজ্ঞাপন জারি করে নির্বাচন কমিশন।", [("১৮ ডিসেম্বর", "2025-12-18")]),
    ("তবে বৃহস্পতিবার বৈঠক হয়েছে।", [("বৃহস্পতিবার", "2025-12-25")]),
    # "যেতে পারে" (may go) looks ahead
    ("তবে বুধবার কুয়াশা কিছুটা কেটে যেতে পারে।", [("বুধবার", "2025-12-31")]),
    ("বুধবার জানাজা শেষে তাঁকে জিয়া উদ্যানে দাফন করা হতে পারে।", [("বুধবার", "2025-12-31")]),
])
def test_bengali_tense_cues(text, expected):
    assert found(text, published="2025-12-29") == expected


def test_mete_utha_is_a_verb_not_may():
    assert found("ভারতকে হারানোর উল্লাসে মেতে ওঠার চেয়ে বিশ্লেষণ হওয়া উচিত।") == []
    assert found("মানুষ বিয়েতে শুধু আনন্দে মেতে থাকে।") == []
    assert found("মেতে সফর হবে।") == [("মেতে", "2026-05")]


def test_a_date_told_as_ahead_opens_no_narrative_in_an_undated_article():
    # the vote's date is ahead: the schedule told after it, in the past or as a list, is not of 2026
    # (an undated article says no year it does not write); a past narrative does not either in
    # Bengali (times.yaml `undated_by_t5`: T5's "every expression that carries its own day and month
    # is XXXX-MM-DD"), and does in English, whose pack leaves T5's whole reading off
    text = ("তিনি জানান, ২০২৬ সালের ১২ ফেব্রুয়ারি ভোট হবে। মনোনয়নপত্র জমার সময় শেষ হয়েছে ২৯ ডিসেম্বর। "
            "এখন যাচাই-বাছাই ৩০ ডিসেম্বর থেকে ৪ জানুয়ারি।")
    got = [(t.text, t.value) for t in find_times(text, BN, None)]
    assert got == [("২০২৬ সালের ১২ ফেব্রুয়ারি", "2026-02-12"), ("২৯ ডিসেম্বর", "XXXX-12-29"),
                   ("৩০ ডিসেম্বর", "XXXX-12-30"), ("৪ জানুয়ারি", "XXXX-01-04")]
    told = "১৯৭১ সালের ১৬ মে তিনি নারায়ণগঞ্জে পৌঁছান। সেখানে কয়েক দিন থাকেন। ২৮ মে তিনি ধানমন্ডিতে যান।"
    assert [(t.text, t.value) for t in find_times(told, BN, None)][-1] == ("২৮ মে", "XXXX-05-28")
