"""Held-out time fixtures (issue 10, round 46): a bare weekday takes the tense of its own clause,
and a clause joined by "and" / "এবং" with no comma is a clause of its own (GUIDELINES T3: "a date
without a year takes the year that the tense and words choose"). Before, the nearest tense cue
decided even across the join: "মামলা হয়েছে এবং সোমবার তাঁদের আদালতে পাঠানো হবে" took the past of
"হয়েছে" (the Monday before), "were arrested on Saturday and will be produced" the future of "will".
Also a promise or assurance with a deadline ("শনিবারের মধ্যে ... দেওয়ার প্রতিশ্রুতি দিয়েছেন") is
ahead, as a deadline ordered already was; and a fixture told with no verb ("বুধবার সেমিফাইনালে
বাংলাদেশের প্রতিপক্ষ নেপাল।") is the coming day.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Published on a Sunday (2025-12-28). Against the code before this work (a2f3f6bc): 6 of 15; after: 15 of 15.
"""
from __future__ import annotations

import pytest

from time_fixtures import SUNDAY, assert_times_as_scored

CONJUNCTS = [
 ("bn", "পুলিশ জানিয়েছে, আসামিদের বিরুদ্ধে মামলা হয়েছে এবং সোমবার তাঁদের আদালতে পাঠানো হবে।",
  [("সোমবার", "2025-12-29")]),
 ("bn", "দুজনকে গ্রেপ্তার করা হয়েছে এবং বুধবার তাঁদের রিমান্ড শুনানি হবে।", [("বুধবার", "2025-12-31")]),
 ("bn", "শনিবার রাতে তাঁকে আটক করা হয় এবং মঙ্গলবার আদালতে তোলা হবে।",
  [("শনিবার রাতে", "2025-12-27"), ("মঙ্গলবার", "2025-12-30")]),
 ("en", "Police said the two were arrested on Saturday and will be produced in court on Monday.",
  [("Saturday", "2025-12-27"), ("Monday", "2025-12-29")]),
 ("en", "The bill was tabled last month and will be put to a vote on Wednesday.", [("last month", "2025-11"), ("Wednesday", "2025-12-31")]),
 ("en", "The trial will resume next month and the verdict was read out on Thursday.", [("next month", "2026-01"), ("Thursday", "2025-12-25")]),
]

# "and" joining no clauses: the part after it has no verb of its own, and the clause's decides
NO_CLAUSE_JOINED = [
 ("en", "Troops will be deployed for eight days before and after the 12 February election, the adviser said.",
  [("12 February", "2026-02-12")]),
 ("bn", "শুক্রবার এবং শনিবার সব দোকান বন্ধ থাকবে।", [("শুক্রবার", "2026-01-02"), ("শনিবার", "2026-01-03")]),
]

PROMISES = [
 ("bn", "মালিকেরা শনিবারের মধ্যে বকেয়া বেতন দেওয়ার প্রতিশ্রুতি দিয়েছেন।", [("শনিবারের", "2026-01-03")]),
 ("bn", "কর্তৃপক্ষ বুধবারের মধ্যে সড়ক মেরামতের আশ্বাস দিয়েছে।", [("বুধবারের", "2025-12-31")]),
 ("bn", "শ্রমিকদের বুধবারের মধ্যে ডিসেম্বরের বেতন ও ঈদের বোনাস পরিশোধের প্রতিশ্রুতি দিয়েছে কারখানা কর্তৃপক্ষ।",
  [("বুধবারের", "2025-12-31"), ("ডিসেম্বরের", "2025-12")]),
]

# a fixture told with no verb ("... প্রতিপক্ষ নেপাল।") is ahead; one told with its past verb is not
FIXTURES = [
 ("bn", "শনিবার ফাইনালে বাংলাদেশের প্রতিপক্ষ ভারত।", [("শনিবার", "2026-01-03")]),
 ("bn", "বৃহস্পতিবার সেমিফাইনালে তাদের প্রতিপক্ষ শ্রীলঙ্কা।", [("বৃহস্পতিবার", "2026-01-01")]),
 ("bn", "শনিবার ফাইনালে বাংলাদেশের প্রতিপক্ষ ছিল ভারত।", [("শনিবার", "2025-12-27")]),
]

# a promise made on a weekday itself, with no deadline, stays that weekday's
PROMISE_MADE = [
 ("bn", "মন্ত্রী শনিবার এক সভায় সহায়তার প্রতিশ্রুতি দিয়েছেন।", [("শনিবার", "2025-12-27")]),
]


@pytest.mark.parametrize("language, text, expected", CONJUNCTS + NO_CLAUSE_JOINED + PROMISES + FIXTURES + PROMISE_MADE)
def test_held_out_weekday_of_its_own_conjunct(language, text, expected):
    assert_times_as_scored(text, language, SUNDAY, expected)
