"""Held-out time fixtures (issue 10, round 44): Bengali years said in words by their last two digits.

- The genitive of the years the country's history names by word alone is that year (T1: a year):
  "একাত্তরের অমীমাংসিত প্রশ্ন" 1971, "বায়ান্নর পথ" 1952, "চব্বিশের ছাত্র-জনতার লড়াই" 2024
  (bn `named_year`); an uprising named by its year word stays out ("চব্বিশের আন্দোলনে",
  `short_year_uprising`), and other genitive numbers are no year.
- A two-digit number word with the year's mark is that year, as "’২৪" is: "চব্বিশ সালে" 2024,
  "এগারো সালের বন্যায়" 2011 (bn rule `short_year_words_marked`).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against main at f2a441c0: 0 of 8 held out pass; after: 8 of 8. Controls pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

JUN = "2025-06-24"

YEAR_WORDS = [
 ("একাত্তরের অমীমাংসিত প্রশ্নগুলো বৈঠকে তোলা হয়েছে।", [("একাত্তরের", "1971")]),
 ("বায়ান্নর রাজপথ থেকে তিনি রাজনীতিতে আসেন।", [("বায়ান্নর", "1952")]),
 ("ভাষার দাবিতে বায়ান্নের মিছিলে তিনি ছিলেন।", [("বায়ান্নের", "1952")]),
 ("চব্বিশের ছাত্র-জনতার লড়াইয়ে তিনি আহত হন।", [("চব্বিশের", "2024")]),
 ("উনসত্তরের উত্তাল দিনগুলোর কথা তিনি লিখেছেন।", [("উনসত্তরের", "1969")]),
 ("চব্বিশ সালে সীমান্তে অন্তত ৩০ জন নিহত হন।", [("চব্বিশ সালে", "2024")]),
 ("এগারো সালের বন্যায় গ্রামের ঘরবাড়ি ভেসে যায়।", [("এগারো সালের", "2011")]),
 ("আঠারো সালের নির্বাচনে তিনি ভোট দিতে পারেননি।", [("আঠারো সালের", "2018")]),
]

CONTROLS = [
 ("চব্বিশের আন্দোলনে তিনি আহত হন।", []),
 ("ঊনসত্তরের গণ-অভ্যুত্থানে তিনি রাজপথে ছিলেন।", []),
 ("দলের দশের মধ্যে তিনি একজন।", []),
 ("দুই হাজার চব্বিশ সালে তিনি দেশে ফেরেন।", [("দুই হাজার চব্বিশ সালে", "2024")]),
 ("পঁচাত্তরের ১৫ আগস্ট তিনি নিহত হন।", [("পঁচাত্তরের ১৫ আগস্ট", "1975-08-15")]),
]


@pytest.mark.parametrize("text,expected", YEAR_WORDS + CONTROLS)
def test_year_words(text, expected):
    assert_times_as_scored(text, "bn", JUN, expected)
