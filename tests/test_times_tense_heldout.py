"""Held-out time fixtures on what sets the tense of a year-less date or a bare weekday (issue 10),
written for this work (most before changing any rule), scored as the shared scorer does
(time_fixtures.assert_times_as_scored):

- a word of the future that qualifies a noun, not the clause ("ahead of next year's election",
  "the upcoming polls", "আগামী নির্বাচন নিয়ে"), is no future cue for a day told in the past;
- a clause the sentence adds after its main one ("..., saying the order will take effect",
  "..., যাতে বলা হয় ... হবে") keeps its verbs to itself;
- "applied to be registered" is no passive future;
- "6 may" in "Noakhali-6 may also ..." is a modal verb, not 6 May;
- a quotation that closes its own sentence is not attributed by the sentence after it;
- a bare weekday is the date the article pins that weekday to ("বুধবার (৩১ ডিসেম্বর)").

Also guards that already held (the issue's own cases and their kin), so that a fix for one does
not break them. The first 59 were written before any change; the later sections were added with
their rules. Scored against the code before this work (71bd75a): bn 28 of 42, en 30 of 42; after:
42 of 42 each. The one Bengali case then not met (a day a programme is called for) is met since the programme-call cue.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday
MON = "2025-12-29"

CASES = [
 # ------------------------------------------------------------ future words that qualify a noun
 ("en", SUN, "Two leaders united on Friday to forge a new alliance ahead of next year's election.",
  [("Friday", "2025-12-26"), ("next year's", "2026")]),
 ("en", SUN, "Two leaders united Sunday to forge a new alliance ahead of next year's election.",
  [("Sunday", "2025-12-28"), ("next year's", "2026")]),
 ("en", SUN, "The party unveiled its manifesto on Saturday for the upcoming polls.", [("Saturday", "2025-12-27")]),
 ("en", SUN, "The commission met on Thursday to discuss the upcoming election.", [("Thursday", "2025-12-25")]),
 ("en", SUN, "The BNP on Friday named its candidates for next year's election.",
  [("Friday", "2025-12-26"), ("next year's", "2026")]),
 ("bn", SUN, "আগামী নির্বাচন নিয়ে শনিবার দলের নেতারা বৈঠক করেন।", [("শনিবার", "2025-12-27")]),
 ("bn", SUN, "শনিবার আগামী নির্বাচনের প্রস্তুতি নিয়ে বৈঠক করেন নেতারা।", [("শনিবার", "2025-12-27")]),
 ("bn", SUN, "শুক্রবার আগামী বছরের বাজেট নিয়ে আলোচনা হয়।", [("শুক্রবার", "2025-12-26"), ("আগামী বছরের", "2026")]),
 # ...while the future itself still counts
 ("en", SUN, "Next Thursday, the commission will publish the final list.", [("Next Thursday", "2026-01-01")]),
 ("en", SUN, "The next hearing is scheduled for 14 January.", [("14 January", "2026-01-14")]),
 ("bn", SUN, "আগামী মঙ্গলবার সকাল ১০টায় সভা হবে।", [("আগামী মঙ্গলবার সকাল ১০টায়", "2025-12-30")]),
 ("bn", SUN, "আসছে ২১ ফেব্রুয়ারি শহীদ দিবস পালিত হবে।", [("আসছে ২১ ফেব্রুয়ারি", "2026-02-21")]),
 ("bn", SUN, "আগামী নির্বাচনে শুক্রবার থেকে প্রচার শুরু হবে।", [("শুক্রবার", "2026-01-02")]),
 # ------------------------------------------------------------ a clause added after the main one
 ("en", SUN, "The ministry issued a notification on 23 December, saying the order will take effect immediately.",
  [("23 December", "2025-12-23")]),
 ("en", SUN, "The ministry issued a circular on 15 October, stating that offices will remain open.",
  [("15 October", "2025-10-15")]),
 ("en", SUN, "Police detained him on Friday, adding that he will be produced before court.", [("Friday", "2025-12-26")]),
 ("bn", SUN, "বৃহস্পতিবার মন্ত্রণালয় একটি প্রজ্ঞাপন জারি করে, যাতে বলা হয় নতুন নিয়ম কার্যকর হবে।",
  [("বৃহস্পতিবার", "2025-12-25")]),
 ("en", "2026-03-10", "The vote was held on 12 February, which was the first free vote in years.", [("12 February", "2026-02-12")]),
 ("en", "2025-12-28", "Voting is on 12 February, which will decide the next government.", [("12 February", "2026-02-12")]),
 # ...while a reported clause keeps its own tense
 ("en", SUN, "The minister said, the cabinet will meet on Thursday.", [("Thursday", "2026-01-01")]),
 ("en", SUN, "The adviser on Saturday said the election will be held on time.", [("Saturday", "2025-12-27")]),
 ("en", SUN, "The BNP on Wednesday announced that its chairperson will return home.", [("Wednesday", "2025-12-24")]),
 ("bn", SUN, "শুক্রবার তিনি সাংবাদিকদের বলেন, “আগামীকাল আমরা রাজপথে নামব।”",
  [("শুক্রবার", "2025-12-26"), ("আগামীকাল", "2025-12-27")]),
 # ------------------------------------------------------------ "to be" after a verb
 ("en", SUN, "On 9 November, he applied to be registered as a voter in Dhaka.", [("9 November", "2025-11-09")]),
 ("en", SUN, "The polls to be held on 12 February will be the first in years.", [("12 February", "2026-02-12")]),
 # ------------------------------------------------------------ "may" the verb
 ("en", SUN, "Candidates from Noakhali-6 may also receive support.", []),
 ("en", SUN, "Dhaka-6 may see a close contest.", []),
 ("en", SUN, "The law took effect on 6 May.", [("6 May", "2025-05-06")]),
 # ------------------------------------------------------------ a quotation that ends its sentence
 ("en", SUN, "He said, \"Today, five vessels went to the island.\" The service started on 1 November.",
  [("Today", "2025-12-28"), ("1 November", "2025-11-01")]),
 ("bn", SUN, "তিনি বলেন, “আজ আমরা মাঠে নেমেছি।” এর আগে ১০ ডিসেম্বর দলটি কর্মসূচি ঘোষণা করে।",
  [("আজ", "2025-12-28"), ("১০ ডিসেম্বর", "2025-12-10")]),
 # ...while the day it was said still anchors it
 ("en", SUN, "He said on Friday: \"We will announce our candidates tomorrow.\"",
  [("Friday", "2025-12-26"), ("tomorrow", "2025-12-27")]),
 ("en", SUN, "\"Yesterday, the police fired on us,\" he told reporters on Friday.",
  [("Yesterday", "2025-12-25"), ("Friday", "2025-12-26")]),
 ("bn", SUN, "শনিবার এক সমাবেশে তিনি বলেন, “আগামীকাল আমরা গোপালগঞ্জ যাব।”",
  [("শনিবার", "2025-12-27"), ("আগামীকাল", "2025-12-28")]),
 ("bn", SUN, "১০ ডিসেম্বর তিনি ফেসবুকে লেখেন, “আজ আমি দল ছাড়ছি।”", [("১০ ডিসেম্বর", "2025-12-10"), ("আজ", "2025-12-10")]),
 # ------------------------------------------------------------ guards: the cases and kin
 ("en", SUN, "The government said schools will remain closed until Thursday.", [("Thursday", "2026-01-01")]),
 ("en", SUN, "The curfew will be in force until 6pm on Tuesday.", [("6pm on Tuesday", "2025-12-30")]),
 ("en", SUN, "The singer, who was born on 18 May, turned 60 this year.", [("18 May", "2025-05-18"), ("this year", "2025")]),
 ("en", SUN, "Her janaza will be held on Wednesday after Zohr prayers.", [("Wednesday", "2025-12-31")]),
 ("en", SUN, "The trial began on 14 January.", [("14 January", "2025-01-14")]),
 ("en", SUN, "Late on Saturday evening, a fire broke out at the market.", [("Saturday evening", "2025-12-27")]),
 ("en", MON, "On Sunday evening, people gathered at the Central Shaheed Minar.", [("Sunday evening", "2025-12-28")]),
 ("en", SUN, "The minister visited the hospital last evening.", [("last evening", "2025-12-27")]),
 ("en", SUN, "The court ordered the police to submit the report by January 15.", [("January 15", "2026-01-15")]),
 ("en", SUN, "He was arrested on 12 December and sent to jail the next day.",
  [("12 December", "2025-12-12"), ("the next day", "2025-12-13")]),
 ("en", SUN, "Exports fell in November, official data showed.", [("November", "2025-11")]),
 ("en", SUN, "The winter session of parliament begins in February.", [("February", "2026-02")]),
 ("bn", SUN, "বৃহস্পতিবার পর্যন্ত সব শিক্ষাপ্রতিষ্ঠান বন্ধ থাকবে বলে জানিয়েছে মন্ত্রণালয়।", [("বৃহস্পতিবার", "2026-01-01")]),
 ("bn", SUN, "তিনি ১৮ মে জন্মগ্রহণ করেন।", [("১৮ মে", "2025-05-18")]),
 ("bn", MON, "গতকাল রোববার বিকেলে উপজেলা সদরে এ ঘটনা ঘটে।", [("গতকাল রোববার বিকেলে", "2025-12-28")]),
 ("bn", SUN, "আগামী ফেব্রুয়ারির ১২ তারিখের নির্বাচনে তিনি অংশ নেবেন।", [("আগামী ফেব্রুয়ারির ১২ তারিখের", "2026-02-12")]),
 ("bn", SUN, "গত শুক্রবার সন্ধ্যায় তিনি ঢাকায় ফেরেন।", [("গত শুক্রবার সন্ধ্যায়", "2025-12-26")]),
 ("bn", SUN, "বুধবার তিনি দেশে ফিরবেন।", [("বুধবার", "2025-12-31")]),
 ("bn", SUN, "বুধবার তিনি দেশে ফেরেন।", [("বুধবার", "2025-12-24")]),
 ("bn", SUN, "মার্চে পরীক্ষা শুরু হবে।", [("মার্চে", "2026-03")]),
 ("bn", SUN, "মার্চে পরীক্ষা শুরু হয়েছিল।", [("মার্চে", "2025-03")]),
 ("bn", SUN, "গত বছরের ৫ আগস্ট শেখ হাসিনা দেশ ছেড়ে পালিয়ে যান।", [("গত বছরের ৫ আগস্ট", "2024-08-05")]),
 ("bn", SUN, "গতকাল সন্ধ্যায় মন্ত্রী হাসপাতাল পরিদর্শন করেন।", [("গতকাল সন্ধ্যায়", "2025-12-27")]),
 ("bn", SUN, "শুক্রবার দিবাগত রাত ২টার দিকে আগুন লাগে।", [("শুক্রবার দিবাগত রাত ২টার দিকে", "2025-12-26")]),
 ("bn", SUN, "আগামী ১৫ জানুয়ারির মধ্যে প্রতিবেদন দাখিলের নির্দেশ দিয়েছেন আদালত।", [("আগামী ১৫ জানুয়ারির", "2026-01-15")]),
 ("bn", SUN, "বৃহস্পতিবার তিনি ঢাকা ছাড়বেন এবং শনিবার ফিরবেন।", [("বৃহস্পতিবার", "2026-01-01"), ("শনিবার", "2026-01-03")]),
 ("bn", SUN, "নভেম্বর মাসে মূল্যস্ফীতি কমে ৮ দশমিক ২ শতাংশে দাঁড়িয়েছে, যা অক্টোবরে ছিল ৮ দশমিক ৫ শতাংশ।",
  [("নভেম্বর মাসে", "2025-11"), ("অক্টোবরে", "2025-10")]),
 # ------------------------------------------------------------ a day a programme is called for
 ("en", SUN, "The party called a rally for Tuesday.", [("Tuesday", "2025-12-30")]),
 ("en", SUN, "The hartal was called for January 5.", [("January 5", "2026-01-05")]),
 ("en", SUN, "He called for calm on Friday after the clashes.", [("Friday", "2025-12-26")]),
 ("en", "2025-12-30", "Khaleda Zia's namaz-e-janaza likely on Wednesday", [("Wednesday", "2025-12-31")]),
 ("en", SUN, "Two leaders united Sunday to forge an alliance, a move that is likely to reshape the race.",
  [("Sunday", "2025-12-28")]),
 # Bengali: a day ordered or set, a schedule in the present continuous or "-র কথা" (added with
 # their rule; the first two were written before it, as xfails)
 ("bn", SUN, "আদালত ১৫ জানুয়ারির মধ্যে প্রতিবেদন জমা দিতে নির্দেশ দিয়েছেন।", [("১৫ জানুয়ারির", "2026-01-15")]),
 ("bn", SUN, "১৪ জানুয়ারি মামলার রায় ঘোষণার দিন ঠিক করা হয়েছে।", [("১৪ জানুয়ারি", "2026-01-14")]),
 ("bn", "2025-12-25", "৩১ ডিসেম্বরের মধ্যে সব কাজ শেষ করার নির্দেশ দেওয়া হয়েছে।", [("৩১ ডিসেম্বরের", "2025-12-31")]),
 ("bn", "2025-12-25", "৩০ নভেম্বরের মধ্যে প্রতিবেদন জমা দিতে নির্দেশ দিয়েছিলেন আদালত।", [("৩০ নভেম্বরের", "2025-11-30")]),
 ("bn", "2025-12-25", "শনিবার ঢাকায় আসছেন ভারতের পররাষ্ট্রমন্ত্রী।", [("শনিবার", "2025-12-27")]),
 ("bn", "2025-12-25", "বুধবার থেকে শুরু হচ্ছে বইমেলা।", [("বুধবার", "2025-12-31")]),
 ("bn", "2025-12-25", "সোমবার থেকে তিনি প্রতিদিন অফিসে আসছেন।", [("সোমবার", "2025-12-22")]),
 ("bn", "2025-12-25", "রোববার ভোর থেকে বৃষ্টি হচ্ছে।", [("রোববার ভোর", "2025-12-21")]),
 ("bn", "2025-12-26", "শনিবার সকালে জাতীয় স্মৃতিসৌধে শ্রদ্ধা নিবেদনের কথা রয়েছে তার।", [("শনিবার সকালে", "2025-12-27")]),
 ("bn", "2025-12-26", "রোববার তার ভোটার নিবন্ধনের কাজ সম্পন্ন হওয়ার কথা।", [("রোববার", "2025-12-28")]),
 ("bn", "2025-12-25", "বৃহস্পতিবার দুপুরে তার ঢাকায় পৌঁছানোর কথা ছিল।", [("বৃহস্পতিবার দুপুরে", "2025-12-25")]),
 ("bn", "2025-12-26", "শনিবার তিনি শিক্ষার্থীদের দাবির কথা জানান।", [("শনিবার", "2025-12-20")]),
 ("bn", "2025-12-25", "শনিবার তিনি সাংবাদিকদের সঙ্গে কথা বলেন।", [("শনিবার", "2025-12-20")]),
 # ------------------------------------------------------------ a weekday the article pins elsewhere
 # (written after reading unseen news-dev output, where headlines without a verb ran into a past
 # sentence): a bare weekday is the date the article gives that weekday, near publication
 ("bn", "2025-12-30", "তিন দিনের রাষ্ট্রীয় শোক ঘোষণা, বুধবার সাধারণ ছুটি ঘোষণা করা হয়েছে। আগামীকাল বুধবার জানাজা হবে।",
  [("বুধবার", "2025-12-31"), ("আগামীকাল বুধবার", "2025-12-31")]),
 ("bn", "2025-12-30", "বুধবার সাধারণ ছুটি, তিনদিনের রাষ্ট্রীয় শোক ঘোষণা করা হয়েছে। খালেদা জিয়ার মৃত্যুতে বুধবার (৩১ ডিসেম্বর) সাধারণ ছুটি ঘোষণা করা হয়েছে।",
  [("বুধবার", "2025-12-31"), ("বুধবার (৩১ ডিসেম্বর)", "2025-12-31")]),
 ("en", "2025-12-30", "Holiday declared for Wednesday following the death. The government declared Wednesday (31 December) a public holiday.",
  [("Wednesday", "2025-12-31"), ("Wednesday (31 December)", "2025-12-31")]),
 # ...but a weekday with its own shift keeps it
 ("bn", "2025-12-30", "গত বুধবার সভা হয়। বুধবার (৩১ ডিসেম্বর) ছুটি।", [("গত বুধবার", "2025-12-24"), ("বুধবার (৩১ ডিসেম্বর)", "2025-12-31")]),
 ("en", "2025-12-30", "The board met last Wednesday. Wednesday (31 December) will be a holiday.",
  [("last Wednesday", "2025-12-24"), ("Wednesday (31 December)", "2025-12-31")]),
 # ------------------------------------------------------------ a programme called for a day is ahead
 # (an expected failure until the programme-call cue of lang/bn/times.yaml)
 ("bn", SUN, "৫ জানুয়ারি হরতাল ডেকেছে দলটি।", [("৫ জানুয়ারি", "2026-01-05")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_tense(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
