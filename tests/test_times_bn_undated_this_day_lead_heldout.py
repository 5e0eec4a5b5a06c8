"""Held-out time fixtures (issue 10, round 24): in an article with no publication date, "এদিন"
(this day) with no day told close before it is the day the article opened on, when that day was
written out with its date: "সোমবার (২৯ ডিসেম্বর) দরপতন হয়েছে। ... ... এদিন ডিএসইতে ..." is XXXX-12-29
(DECISIONS T5: an anaphor takes the value of the dated expression it points to). Before, a "this
day" never reached farther back than two sentences (with nothing close it is the article's own day,
`_reaches_far`), and an undated article has no own day to give, so it was null
(`_undated_this_day_is_the_lead`).

Sentences written for this file (none copied from any article); scored as the shared scorer does,
the gold anchor null. Against the code before this change (7d568c3): cases 0 of 6; after: 6 of 6.
The controls (a close antecedent, a lead with no date, a dated article) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

FILLER = "বিক্রেতারা চাপে ছিলেন। বড় কোম্পানিগুলোর দামও কমেছে। বাজার বিশ্লেষকরা সতর্ক থাকতে বলেছেন। "

CASES = [
 ("সপ্তাহের তৃতীয় কার্যদিবস মঙ্গলবার (১৬ ডিসেম্বর) শেয়ারবাজারে সূচক বেড়েছে। " + FILLER + "এদিন লেনদেন হয়েছে ৬০০ কোটি টাকার।",
  [("মঙ্গলবার (১৬ ডিসেম্বর)", "XXXX-12-16"), ("এদিন", "XXXX-12-16")]),
 ("বুধবার (৮ অক্টোবর) রাজধানীতে বৃষ্টি হয়েছে। সড়কে পানি জমে যায়। অফিসগামীরা ভোগান্তিতে পড়েন। অনেকে হেঁটে গন্তব্যে যান। "
  "এদিন সকালে তাপমাত্রা ছিল ২৪ ডিগ্রি।",
  [("বুধবার (৮ অক্টোবর)", "XXXX-10-08"), ("এদিন সকালে", "XXXX-10-08")]),
 ("১২ মার্চ জেলা শহরে বইমেলা শুরু হয়েছে। মেলায় ৮০টি স্টল বসেছে। শিশুদের জন্য আলাদা কোণ রাখা হয়েছে। লেখকরা পাঠকদের সঙ্গে কথা বলেন। "
  "এদিন প্রথম দিনেই ভিড় ছিল চোখে পড়ার মতো।",
  [("১২ মার্চ", "XXXX-03-12"), ("এদিন", "XXXX-03-12")]),
 ("রোববার (৪ মে) চট্টগ্রাম বন্দরে কনটেইনার জট দেখা দিয়েছে। জাহাজগুলো বহির্নোঙরে অপেক্ষা করছে। আমদানিকারকরা ক্ষতির কথা বলছেন। "
  "কর্তৃপক্ষ বিকল্প ব্যবস্থা নিচ্ছে। এদিনও বন্দরে ২০টি জাহাজ ভিড়তে পারেনি।",
  [("রোববার (৪ মে)", "XXXX-05-04"), ("এদিনও", "XXXX-05-04")]),
 ("শনিবার (২১ জুন) উপকূলে ঘূর্ণিঝড়ের সতর্কসংকেত দেওয়া হয়েছে। জেলেদের ঘাটে ফিরতে বলা হয়েছে। আশ্রয়কেন্দ্র প্রস্তুত রাখা হয়েছে। "
  "স্বেচ্ছাসেবকরা মাইকিং করছেন। এদিন দুপুরে নদীর পানি বাড়তে থাকে।",
  [("শনিবার (২১ জুন)", "XXXX-06-21"), ("এদিন দুপুরে", "XXXX-06-21")]),
 ("৩ নভেম্বর ঢাকায় শিক্ষকদের সমাবেশ হয়েছে। তারা বেতন বাড়ানোর দাবি জানান। সমাবেশে কয়েক হাজার শিক্ষক অংশ নেন। পুলিশ সড়কে ব্যারিকেড দেয়। "
  "এদিন বিকেলে শিক্ষামন্ত্রী তাদের সঙ্গে কথা বলেন।",
  [("৩ নভেম্বর", "XXXX-11-03"), ("এদিন বিকেলে", "XXXX-11-03")]),
]

CONTROLS = [
 # a day told close before: that day, as before
 ("মঙ্গলবার (১৬ ডিসেম্বর) সূচক বেড়েছে। এদিন লেনদেন হয়েছে ৬০০ কোটি টাকার।",
  None, [("মঙ্গলবার (১৬ ডিসেম্বর)", "XXXX-12-16"), ("এদিন", "XXXX-12-16")]),
 # no day written out with its date: nothing to point to
 ("মঙ্গলবার শেয়ারবাজারে সূচক বেড়েছে। " + FILLER + "এদিন লেনদেন হয়েছে ৬০০ কোটি টাকার।",
  None, [("মঙ্গলবার", None), ("এদিন", None)]),
 # a dated article: a far "this day" is the day of publication, as before
 ("গত ১০ ডিসেম্বর শেয়ারবাজারে সূচক বেড়েছিল। " + FILLER + "এদিন লেনদেন হয়েছে ৬০০ কোটি টাকার।",
  "2025-12-16", [("গত ১০ ডিসেম্বর", "2025-12-10"), ("এদিন", "2025-12-16")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_held_out_undated_this_day_takes_the_lead_day(text, expected):
    assert_times_as_scored(text, "bn", None, expected, anchor=None)


@pytest.mark.parametrize("text, published, expected", CONTROLS)
def test_held_out_undated_this_day_control(text, published, expected):
    assert_times_as_scored(text, "bn", published, expected, anchor=None)
