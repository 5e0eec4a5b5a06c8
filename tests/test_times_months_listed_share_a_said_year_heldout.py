"""Held-out time fixtures (issue 10, round 46): months listed together share the year said once
for all of them, a year said relative to publication as well as one in digits (GUIDELINES T3:
"as precise as the text"): English says it after the last month ("in July and August last year",
"between January and April this year"), Bengali before the first ("গত বছরের জুলাই ও আগস্টে",
"চব্বিশের জুলাইয়ে আর আগস্টে"). Before, only a year in digits was shared ("July and August 2024");
the other month was resolved alone, the nearest such month (the dev gold: written dev
"August and September last year" August 2024, "July and August last year" July 2024, "চব্বিশের
জুলাইয়ে আর আগস্টে" August 2024).

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Published 2025-09-10. Against the code before this work (a2f3f6bc): 3 of 8; after: 8 of 8.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

PUB = "2025-09-10"

SHARED = [
 ("en", "Farmers said the floods in August and September last year wiped out their crops.",
  [("August", "2024-08"), ("September last year", "2024-09")]),
 ("en", "The floods of July and August last year destroyed the aman crop in six districts.",
  [("July", "2024-07"), ("August last year", "2024-08")]),
 ("en", "Exports fell between January and April this year, the bureau said.",
  [("January", "2025-01"), ("April this year", "2025-04")]),
 ("bn", "গত বছরের জুলাই ও আগস্টে বন্যায় চরের ফসল নষ্ট হয়।", [("গত বছরের জুলাই", "2024-07"), ("আগস্টে", "2024-08")]),
 ("bn", "চব্বিশের জুলাইয়ে আর আগস্টে যাঁরা রাস্তায় নেমেছিলেন, তাঁদের কথা মনে রাখতে হবে।",
  [("চব্বিশের জুলাইয়ে", "2024-07"), ("আগস্টে", "2024-08")]),
 ("bn", "গত বছরের মার্চ এবং এপ্রিলে দাম দুই দফা বাড়ে।", [("গত বছরের মার্চ", "2024-03"), ("এপ্রিলে", "2024-04")]),
]

# months each with a year of its own, or apart, keep their own
APART = [
 ("en", "Prices rose in August, and in September last year they had fallen.",
  [("August", "2025-08"), ("September last year", "2024-09")]),
 ("bn", "গত বছরের জুলাইয়ে শুরু হয়ে এ বছরের আগস্টে কাজ শেষ হয়।",
  [("গত বছরের জুলাইয়ে", "2024-07"), ("এ বছরের আগস্টে", "2025-08")]),
]


@pytest.mark.parametrize("language, text, expected", SHARED + APART)
def test_held_out_months_listed_share_a_said_year(language, text, expected):
    assert_times_as_scored(text, language, PUB, expected)
