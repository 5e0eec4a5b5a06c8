"""Held-out fixtures, written before the rules they test (issue 10, helper times): Bangladesh's
national days of a fixed date ("বিজয় দিবস", "Victory Day", "স্বাধীনতা দিবস", "Independence Day",
"শহীদ বুদ্ধিজীবী দিবস", "আন্তর্জাতিক মাতৃভাষা দিবস") name their day, in the year the tense and
the publication date choose, where the text uses them as a time (in the locative, "on X", "X
উপলক্ষে", "X celebrations"); never inside a name ("বিজয় দিবস হকি টুর্নামেন্ট", "Victory Day Cup"),
as another country's day, as the topic of a sentence ("the spirit of Victory Day"), or beside the
date it names ("১৬ ডিসেম্বর বিজয় দিবসে" is one day, already found by its date). Also: a participle
touching a time gives that time's own tense ("মার্চে অনুষ্ঠিতব্য সম্মেলন", "the project, launched in
March, will ..."), a future told with "expect to" or "must", a weekday with its week as one
expression ("Thursday last week"), a deadline as the nearest such date
whatever the verb of the report ("the deadline was January 10", said in December), and "today" set against "tomorrow"
inside a quotation (a turn of speech, no day: not shipped, see TURN_OF_SPEECH). Sentences written for this file; scored as the shared scorer does."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

# not shipped: telling a turn of speech from the day itself needs more than the two words ("The talks
# began today and will continue tomorrow" is two days)
TURN_OF_SPEECH = pytest.mark.xfail(strict=True, reason="'today' set against 'tomorrow' as rhetoric not shipped")
CASES = [
 # ------------------------------------------------------------ the day, in the year the text chooses
 ("bn", "2025-12-20", "মহান বিজয় দিবসে রাজধানীতে বর্ণাঢ্য শোভাযাত্রা বের করে ছাত্রসংগঠনগুলো।",
  [("বিজয় দিবসে", "2025-12-16")]),
 ("bn", "2025-12-10", "আসন্ন বিজয় দিবসে জাতীয় প্যারেড ময়দানে কুচকাওয়াজ হবে না বলে জানিয়েছে সরকার।",
  [("বিজয় দিবসে", "2025-12-16")]),
 ("bn", "2025-12-17", "বিজয় দিবস উপলক্ষে জেলা প্রশাসনের উদ্যোগে আলোচনা সভার আয়োজন করা হয়।",
  [("বিজয় দিবস", "2025-12-16")]),
 ("bn", "2026-03-30", "স্বাধীনতা দিবসে সাভারের স্মৃতিসৌধে মানুষের ঢল নেমেছিল।",
  [("স্বাধীনতা দিবসে", "2026-03-26")]),
 ("bn", "2026-01-05", "আগামী স্বাধীনতা দিবসের আগেই সেতুটি খুলে দেওয়া হবে বলে জানান মন্ত্রী।",
  [("স্বাধীনতা দিবস", "2026-03-26")]),
 ("bn", "2025-12-15", "শহীদ বুদ্ধিজীবী দিবসে রায়েরবাজার বধ্যভূমিতে শ্রদ্ধা জানান বিভিন্ন দলের নেতারা।",
  [("শহীদ বুদ্ধিজীবী দিবসে", "2025-12-14")]),
 ("bn", "2026-02-24", "আন্তর্জাতিক মাতৃভাষা দিবসে কেন্দ্রীয় শহীদ মিনারে ফুল দেন হাজারো মানুষ।",
  [("আন্তর্জাতিক মাতৃভাষা দিবসে", "2026-02-21")]),
 ("en", "2025-12-20", "On Victory Day, thousands of people thronged the National Memorial in Savar.",
  [("Victory Day", "2025-12-16")]),
 ("en", "2025-12-10", "Security will be tightened across the capital ahead of Victory Day, police said.",
  [("Victory Day", "2025-12-16")]),
 ("en", "2026-03-30", "The adviser laid a wreath at the memorial on Independence Day.",
  [("Independence Day", "2026-03-26")]),
 ("en", "2025-12-15", "Wreaths were placed at the Rayerbazar memorial on Martyred Intellectuals Day.",
  [("Martyred Intellectuals Day", "2025-12-14")]),
 ("en", "2026-02-23", "Students marked International Mother Language Day with a rally.",
  [("International Mother Language Day", "2026-02-21")]),
 # ------------------------------------------------------------ no day of its own
 ("bn", "2025-12-20", "১৬ ডিসেম্বর বিজয় দিবসে সারা দেশে নানা কর্মসূচি পালিত হয়।", [("১৬ ডিসেম্বর", "2025-12-16")]),
 ("bn", "2025-12-20", "বিজয় দিবসের চেতনা ধরে রাখতে হবে বলে মন্তব্য করেন তিনি।", []),
 ("bn", "2025-12-20", "বিজয় দিবস হকি টুর্নামেন্টের ফাইনালে জিতেছে আবাহনী।", []),
 ("bn", "2025-12-20", "পাকিস্তানের স্বাধীনতা দিবস ১৪ আগস্ট পালিত হয়।", [("১৪ আগস্ট", "2025-08-14")]),
 ("bn", "2025-12-20", "ভারতের স্বাধীনতা দিবসে দিল্লিতে কুচকাওয়াজ হয়।", []),
 ("en", "2025-12-20", "India's Independence Day falls on 15 August.", [("15 August", "2025-08-15")]),
 ("en", "2025-12-20", "The Victory Day Cup final was postponed.", []),
 ("en", "2025-12-20", "The true meaning of Victory Day is often forgotten, he wrote.", []),
 ("en", "2025-12-20", "On 16 December, Victory Day, the president spoke to the nation.", [("16 December", "2025-12-16")]),
 # ------------------------------------------------------------ a future told as expected
 ("en", "2025-12-28", "Farmers who planted the crop in November expect to harvest it in April.",
  [("November", "2025-11"), ("April", "2026-04")]),
 ("en", "2025-12-28", "The new terminal is expected to open in March, officials said.", [("March", "2026-03")]),
 # ------------------------------------------------------------ "today" set against "tomorrow": a turn of speech
 pytest.param("en", "2025-12-28", "\u201cToday it is one newspaper, tomorrow it could be another,\u201d he said.", [],
  marks=TURN_OF_SPEECH),
 pytest.param("en", "2025-12-28", "\u201cIf we keep silent today, tomorrow they will come for us,\u201d she said.", [],
  marks=TURN_OF_SPEECH),
 # a day told as today and a day told as tomorrow stay two days
 ("en", "2025-12-28", "The talks began today and will continue tomorrow.",
  [("today", "2025-12-28"), ("tomorrow", "2025-12-29")]),

 # ------------------------------------------------------------ participles that carry their own tense
 # (written before the rule `_own_participle`, as the cases above)
 ("bn", "2025-12-28", "মার্চে অনুষ্ঠিতব্য সম্মেলনে যোগ দিতে তিনি প্রস্তুতি নিচ্ছেন বলে জানান।", [("মার্চে", "2026-03")]),
 ("bn", "2025-12-28", "নভেম্বরে ঘোষিত তফসিল অনুযায়ী ফেব্রুয়ারিতে ভোট হবে।", [("নভেম্বরে", "2025-11"), ("ফেব্রুয়ারিতে", "2026-02")]),
 ("bn", "2025-12-28", "সোমবার শুরু হতে যাওয়া পরীক্ষা স্থগিত করা হয়েছে।", [("সোমবার", "2025-12-29")]),
 ("bn", "2025-12-28", "বৃহস্পতিবার অনুষ্ঠিতব্য বৈঠকের প্রস্তুতি নিয়ে শনিবার আলোচনা করেন তারা।",
  [("বৃহস্পতিবার", "2026-01-01"), ("শনিবার", "2025-12-27")]),
 # the participle tells only the time it touches: "শনিবার" is the day of the meeting, told in the past
 ("bn", "2025-12-28", "শনিবার জানুয়ারিতে অনুষ্ঠেয় মেলা নিয়ে বৈঠক করেন তারা।", [("শনিবার", "2025-12-27"), ("জানুয়ারিতে", "2026-01")]),
 ("en", "2025-12-28", "The tender, floated in November, will be finalised in February.", [("November", "2025-11"), ("February", "2026-02")]),
 ("en", "2025-12-28", "He said the project, launched in March, would be completed in June.", [("March", "2025-03"), ("June", "2026-06")]),
 # a participle of what is planned is no past: the coming Monday
 ("en", "2025-12-28", "The exam, scheduled for Monday, has been postponed.", [("Monday", "2025-12-29")]),
 ("en", "2025-12-28", "Applications must be submitted by January 10, the notice said.", [("January 10", "2026-01-10")]),
 # ------------------------------------------------------------ written after the rules, and run once
 # untouched: 6/15 before, 15/15 after
 ("bn", "2025-12-28", "ফেব্রুয়ারিতে অনুষ্ঠিতব্য জাতীয় নির্বাচনে নারী প্রার্থীর সংখ্যা কম বলে জানিয়েছে একটি সংস্থা।", [("ফেব্রুয়ারিতে", "2026-02")]),
 ("bn", "2025-12-28", "অক্টোবরে গঠিত তদন্ত কমিটি এখনো প্রতিবেদন জমা দেয়নি।", [("অক্টোবরে", "2025-10")]),
 ("bn", "2025-12-28", "২০২৩ সালে নির্মিত ভবনটিতে এরই মধ্যে ফাটল দেখা দিয়েছে।", [("২০২৩ সালে", "2023")]),
 ("bn", "2025-12-28", "জুলাইয়ে প্রকাশিত প্রতিবেদন অনুযায়ী আগামী বছর প্রবৃদ্ধি বাড়বে।", [("জুলাইয়ে", "2025-07"), ("আগামী বছর", "2026")]),
 ("bn", "2025-12-28", "মঙ্গলবার শুরু হতে যাওয়া সম্মেলনে ৪০টি দেশ অংশ নিচ্ছে বলে আয়োজকরা জানিয়েছেন।", [("মঙ্গলবার", "2025-12-30")]),
 ("bn", "2025-12-28", "শুক্রবার অনুষ্ঠেয় সমাবেশের অনুমতি চেয়ে গতকাল পুলিশের কাছে আবেদন করেছে দলটি।", [("শুক্রবার", "2026-01-02"), ("গতকাল", "2025-12-27")]),
 ("en", "2025-12-28", "The committee, formed in October, is yet to submit its report.", [("October", "2025-10")]),
 ("en", "2025-12-28", "The rules, introduced in April, will be reviewed next year.", [("April", "2025-04"), ("next year", "2026")]),
 ("en", "2025-12-28", "Candidates must file their returns by 15 January.", [("15 January", "2026-01-15")]),
 ("en", "2025-12-28", "The survey, conducted in September, will be published in March.", [("September", "2025-09"), ("March", "2026-03")]),
 ("bn", "2025-12-18", "স্বাধীনতা দিবস উপলক্ষে নতুন স্মারক ডাকটিকিট প্রকাশ করা হবে বলে জানিয়েছে ডাক বিভাগ।", [("স্বাধীনতা দিবস", "2026-03-26")]),
 ("bn", "2025-12-18", "বিজয় দিবসের দিন জাতীয় স্মৃতিসৌধে ভিড় ছিল চোখে পড়ার মতো।", [("বিজয় দিবসের", "2025-12-16")]),
 ("en", "2025-12-18", "Traffic was diverted in Savar during Victory Day celebrations.", [("Victory Day", "2025-12-16")]),
 ("en", "2025-12-18", "Russia's Victory Day parade was held in Moscow.", []),
 ("bn", "2025-12-18", "বিজয় দিবসের তাৎপর্য নিয়ে আলোচনা সভা হয়।", []),
 # a committee named after the day is a name, not the day (written at review, before the guard
 # `named_day_body`: 0/4 before)
 ("bn", "2025-12-18", "কেন্দ্রীয় বিজয় দিবস উদযাপন কমিটির আহ্বায়ক সোমবার সংবাদ সম্মেলন করেন।", [("সোমবার", "2025-12-15")]),
 ("bn", "2025-12-18", "জাতীয় স্বাধীনতা দিবস উদ্‌যাপন পরিষদের সভায় এ সিদ্ধান্ত হয়।", []),
 ("en", "2025-12-18", "The Victory Day Celebration Committee met on Sunday.", [("Sunday", "2025-12-14")]),
 ("en", "2025-12-18", "Members of the Independence Day celebration committee were named.", []),

 # ------------------------------------------------------------ a deadline is the nearest such date,
 # whatever the verb of the report (written before the `own_nearest` cues)
 ("bn", "2025-12-28", "আবেদনের শেষ তারিখ ১০ জানুয়ারি বলে বিজ্ঞপ্তিতে উল্লেখ করা হয়েছে।", [("১০ জানুয়ারি", "2026-01-10")]),
 ("bn", "2025-12-28", "মনোনয়নপত্র জমার শেষ দিন ছিল ২৯ নভেম্বর।", [("২৯ নভেম্বর", "2025-11-29")]),
 ("bn", "2025-12-28", "ফরম পূরণের সময়সীমা ১৫ জানুয়ারি পর্যন্ত বাড়ানো হয়েছে।", [("১৫ জানুয়ারি", "2026-01-15")]),
 ("en", "2025-12-28", "The deadline for applications is January 10, the ministry said in a notice.", [("January 10", "2026-01-10")]),
 ("en", "2025-12-28", "The ministry said the deadline for applications was January 10.", [("January 10", "2026-01-10")]),
 ("en", "2025-12-28", "The last date for submitting the form was November 29.", [("November 29", "2025-11-29")]),
 ("en", "2025-12-30", "Candidates had until 29 December to hand in their papers, and that window has now closed.", [("29 December", "2025-12-29")]),
 # written after the cues, and run once untouched: 3/6 before, 6/6 after
 ("bn", "2025-12-20", "বৃত্তির আবেদন জমার শেষ তারিখ ৫ জানুয়ারি বলে জানিয়েছে বোর্ড।", [("৫ জানুয়ারি", "2026-01-05")]),
 ("bn", "2025-12-20", "আয়কর রিটার্ন জমার সময়সীমা ছিল ৩০ নভেম্বর।", [("৩০ নভেম্বর", "2025-11-30")]),
 ("bn", "2025-12-20", "প্রার্থিতা প্রত্যাহারের শেষ দিন ২০ জানুয়ারি নির্ধারণ করা হয়েছিল।", [("২০ জানুয়ারি", "2026-01-20")]),
 ("en", "2025-12-20", "Officials said the deadline for filing tax returns was January 31.", [("January 31", "2026-01-31")]),
 ("en", "2025-12-20", "The last date for registration was 30 November, the board said.", [("30 November", "2025-11-30")]),
 ("en", "2025-12-20", "The due date for the loan instalment is 5 January.", [("5 January", "2026-01-05")]),

 # ------------------------------------------------------------ a weekday with its week is one expression
 # (written before `weekday_of_shifted_week`; the value was that of "last Thursday" / "next Tuesday";
 # round 43: the weekday of the week before or after publication's, weeks counted from Sunday,
 # Bangladesh's first working day: told on Sunday 28 December, Tuesday the 30th is this week's, and
 # next week's Tuesday is 6 January)
 ("bn", "2025-12-28", "গত সপ্তাহের বৃহস্পতিবার সংঘর্ষে দুজন নিহত হন।", [("গত সপ্তাহের বৃহস্পতিবার", "2025-12-25")]),
 ("bn", "2025-12-28", "আগামী সপ্তাহের মঙ্গলবার আলোচনা আবার শুরু হবে।", [("আগামী সপ্তাহের মঙ্গলবার", "2026-01-06")]),
 ("en", "2025-12-28", "Two people were killed in clashes on Thursday last week.", [("Thursday last week", "2025-12-25")]),
 ("en", "2025-12-28", "Talks will resume on Tuesday next week.", [("Tuesday next week", "2026-01-06")]),
 # written at review: a weekday of this week is never "last week" or "next week", whichever day the
 # week starts on (Saturday, Sunday or Monday); the rule gives such a day the value of "last
 # Thursday" / "next Tuesday", which is yesterday said on a Friday and tomorrow said on a Monday
 # (the cases above, published on a Sunday, cannot tell the two apart); round 37: English "last
# Thursday" told on a Friday is the week before's (times.yaml `last_weekday_skips_yesterday`), so this passes
 ("en", "2025-12-26", "Two people were killed in clashes on Thursday last week.", [("Thursday last week", "2025-12-18")]),
 # (round 26: "next Tuesday" told on a Monday is a week later, never tomorrow, so these two pass)
 ("en", "2025-12-22", "Talks will resume on Tuesday next week.", [("Tuesday next week", "2025-12-30")]),
 ("bn", "2025-12-22", "আগামী সপ্তাহের মঙ্গলবার আলোচনা আবার শুরু হবে।", [("আগামী সপ্তাহের মঙ্গলবার", "2025-12-30")]),
 # the week alone is no time (GUIDELINES T1)
 ("en", "2025-12-28", "Police arrested three suspects last week.", []),
 ("bn", "2025-12-28", "গত সপ্তাহে পুলিশ তিনজনকে গ্রেপ্তার করে।", []),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_national_days_participles_deadlines_and_turns_of_speech(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
