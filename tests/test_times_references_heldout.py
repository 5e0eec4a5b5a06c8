"""Held-out fixtures for days named by reference to an earlier one ("that day", "the same day",
"the previous day", "সেদিন", "ওই রাতে", "একই দিন", "আগের দিন", "যেদিন … সেদিন"), written before the
round's tuning (issue 10, helper times2) and kept unseen while tuning. Paragraphs run together as
the pages give them ("... the border.Investigators said"). Scored as the shared scorer does: a found
expression matches when its words overlap the expected ones and the values agree."""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-12-28"   # a Sunday
CASES = [
 # English: the story goes on within its paragraph, however far
 ("en", SUN, "The rally began on Saturday afternoon in Paltan. Thousands marched to the press club. "
  "Police blocked the road near Kakrail. Several vehicles were set on fire. Later that night the "
  "party announced a fresh strike.",
  [("Saturday afternoon", "2025-12-27"), ("that night", "2025-12-27")]),
 ("en", SUN, "The adviser will arrive in Chattogram on Tuesday morning. He will open the new terminal. "
  "He will then meet port officials. He will return to Dhaka the same evening.",
  [("Tuesday morning", "2025-12-30"), ("the same evening", "2025-12-30")]),
 # English: across a paragraph break only the sentence just before
 ("en", SUN, "Weeks after the mass revolt on 5 August last year, he slipped into India.The gunman is a former "
  "student activist from Adabar. According to police, the two men crossed the border the same night.",
  [("5 August last year", "2024-08-05")]),
 ("en", SUN, "The clash broke out on Friday evening in Jatrabari.That night, police arrested 14 people.",
  [("Friday evening", "2025-12-26"), ("That night", "2025-12-26")]),
 ("en", SUN, "Voting ended on 24 December. The results came the following day.",
  [("24 December", "2025-12-24"), ("the following day", "2025-12-25")]),
 # English: nothing close before
 ("en", SUN, "The commission met on 3 March.The minister spoke about the budget. Traders were unhappy. "
  "Prices rose. Buses stopped that night.", [("3 March", "2025-03-03")]),
 # Bengali: references English already has. "ওই রাত" is not shipped: it changes nothing on dev,
 # and an earlier round's unseen figures showed one more false Bengali time with it; "একই দিন" and
 # "আগের দিন" are (round 25: five dev cases, see lang/bn/times.yaml "sameday")
 pytest.param("bn", SUN, "শনিবার বিকেলে উপজেলা সদরে দুই পক্ষের সংঘর্ষ হয়। ওই রাতে পুলিশ ১২ জনকে আটক করে।",
  [("শনিবার বিকেলে", "2025-12-27"), ("ওই রাতে", "2025-12-27")],
  marks=pytest.mark.xfail(strict=True, reason="Bengali reference words not shipped")),
 ("bn", SUN, "গত ২০ ডিসেম্বর কমিটির সভা হয়। একই দিন দলের সাধারণ সম্পাদক পদত্যাগ করেন।",
  [("গত ২০ ডিসেম্বর", "2025-12-20"), ("একই দিন", "2025-12-20")]),
 ("bn", SUN, "গত ২৪ ডিসেম্বর তিনি দেশে ফেরেন। আগের দিন দলের পক্ষ থেকে সংবর্ধনার ঘোষণা দেওয়া হয়।",
  [("গত ২৪ ডিসেম্বর", "2025-12-24"), ("আগের দিন", "2025-12-23")]),
 # Bengali: the day before an event named by its own words is no day before the last date
 ("bn", SUN, "গত ৭ ফেব্রুয়ারি মামলার রায় হয়। রায় ঘোষণার আগের দিন তিনি সংবাদ সম্মেলন করেন।",
  [("গত ৭ ফেব্রুয়ারি", "2025-02-07")]),
 # Bengali: a day defined by its own clause borrows no earlier day
 ("bn", SUN, "গত শুক্রবার মিছিল হয়। যেদিন তিনি কারাগার থেকে মুক্তি পান, সেদিন হাজারো মানুষ জড়ো হয়।",
  [("গত শুক্রবার", "2025-12-26")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_held_out_reference(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
