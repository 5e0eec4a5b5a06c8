"""Held-out time fixtures (issue 10, round 24b): the clitic "ও" (also, even) after the locative
"-তে"/"-য়ে" of a month or a day ("জানুয়ারিতেও", "জুলাইয়েও"; "মার্চেও" was already read):
the time keeps its whole word, and its parts before it ("গত বছরের"). Before, "জানুয়ারিতেও" was
no month, and "গত বছরের" before it stood alone, a time of the wrong span.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (f74685e): 0 of 6; after: 6 of 6.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

OCT = "2025-10-10"

ALSO = [
 ("bn", OCT, "গত বছরের জানুয়ারিতেও একই সড়কে বাস উল্টে তিনজন নিহত হয়েছিলেন।", [("গত বছরের জানুয়ারিতেও", "2024-01")]),
 ("bn", OCT, "ফেব্রুয়ারিতেও বাজারে পেঁয়াজের দাম বেড়েছিল বলে জানান ব্যবসায়ীরা।", [("ফেব্রুয়ারিতেও", "2025-02")]),
 ("bn", OCT, "গত জানুয়ারিতেও নদীর পানি এতটা কমেনি।", [("গত জানুয়ারিতেও", "2025-01")]),
 ("bn", None, "২০২৩ সালের জানুয়ারিতেও একই দাবিতে মানববন্ধন হয়েছিল।", [("২০২৩ সালের জানুয়ারিতেও", "2023-01")]),
 ("bn", OCT, "চলতি বছরের ফেব্রুয়ারিতেও রপ্তানি কমেছিল।", [("চলতি বছরের ফেব্রুয়ারিতেও", "2025-02")]),
 ("bn", None, "গত বছরের ফেব্রুয়ারিতেও তাঁকে একবার আটক করা হয়েছিল।", [("গত বছরের ফেব্রুয়ারিতেও", None)]),
]


@pytest.mark.parametrize("language, published, text, expected", ALSO)
def test_held_out_month_with_also_clitic(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
