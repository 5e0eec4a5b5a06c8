"""The genitive pronouns that point back ("তার", "তারও", "তাঁর", "এর", "এরও") are one list in
bn/times.yaml (`that_genitive`, round 26), read by `previous_day_of_that` (the day before the day
told before) and `ago_from_that` (a count back from that, which yields no time). Before, the two
rules wrote the list twice and `ago_from_that` lacked "তাঁর"; a count back yields no time either
way, so the merge changes no output (dev byte-identical in times). These cases guard the shared
list: each pronoun still makes "আগের দিন" the day before the date told first, and a count back
after any of them yields nothing. Sentences written for this file.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

CASES = [
 ("bn", "2025-10-12", "১২ মার্চ তিনি ঢাকায় ফিরেছিলেন। তাঁর আগের দিন দলের সভা হয়েছিল।",
  [("১২ মার্চ", "2025-03-12"), ("আগের দিন", "2025-03-11")]),
 ("bn", "2025-10-12", "১২ মার্চ মামলার রায় হয়েছিল। এর আগের দিন আদালতে নিরাপত্তা বাড়ানো হয়েছিল।",
  [("১২ মার্চ", "2025-03-12"), ("আগের দিন", "2025-03-11")]),
 ("bn", "2025-10-12", "১২ মার্চ মামলার রায় হয়েছিল। তারও আগের দিন রাতে আসামিদের কারাগারে নেওয়া হয়েছিল।",
  [("১২ মার্চ", "2025-03-12"), ("আগের দিন রাতে", "2025-03-11")]),
 ("bn", "2025-10-12", "২০২২ সালে তিনি দায়িত্ব নেন, তাঁর দুই বছর আগে সংগঠনটি গঠিত হয়।", [("২০২২ সালে", "2022")]),
 ("bn", "2025-10-12", "২০২৩ সালে মামলা হয়, এরও তিন মাস আগে জমিটি কেনা হয়েছিল।", [("২০২৩ সালে", "2023")]),
]


@pytest.mark.parametrize("language, published, text, expected", CASES)
def test_pronoun_genitive_one_list(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


def test_both_rules_read_the_one_list():
    from pathlib import Path
    import yaml
    pack = yaml.safe_load((Path(__file__).parents[1] / "src/khobor/lang/bn/times.yaml").read_text(encoding="utf-8"))
    rules = {r["name"]: r["pattern"] for r in pack["rules"]}
    assert rules["previous_day_of_that"].startswith("<that_genitive ")
    assert rules["ago_from_that"].startswith("<that_genitive ")
    assert "তাঁর" in pack["classes"]["that_genitive"]["values"]["x"]
