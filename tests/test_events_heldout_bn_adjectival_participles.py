"""Held-out cases (round 26, issue 9): a word that only describes a noun is no act. "অনুসন্ধানী"
(investigative: "অনুসন্ধানী দল", "অনুসন্ধানী প্রতিবেদক") names a kind of team or reporter, not an
accusation; "ঠেলে পাঠানো"
before a noun of people ("ঠেলে পাঠানো ব্যক্তিদের জন্য খাবার") names a group pushed in earlier, the
act itself is told elsewhere. The acts stay: "অনুসন্ধান চালিয়ে ... অভিযোগ", "ঠেলে পাঠিয়েছে",
"ঠেলে পাঠায়". Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import proposed_or_kept

DESCRIPTIONS = [
    ("দুদকের অনুসন্ধানী দল সোমবার পৌরসভার নথিপত্র খতিয়ে দেখেছে।", {"ACCUSE"}),
    ("জাতিসংঘের অনুসন্ধানী দলের সদস্যরা রাজধানীর দুটি হাসপাতাল ঘুরে দেখেছেন।", {"ACCUSE"}),
    ("নির্বাচন কমিশনের অনুসন্ধানী কমিটি তিনটি কেন্দ্রের ভোটের হিসাব মিলিয়ে দেখবে।", {"ACCUSE"}),
    ("মানবাধিকার কমিশনের অনুসন্ধানী দল আজ চা-বাগান এলাকায় যাবে।", {"ACCUSE"}),
    ("বিএনপি এক বিবৃতিতে ঠেলে পাঠানো মানুষদের পুনর্বাসনের দাবি জানায়।", {"COERCE"}),
    ("স্বরাষ্ট্র উপদেষ্টা বলেন, ঠেলে পাঠানো নাগরিকদের বেশির ভাগ কুড়িগ্রামের বাসিন্দা।", {"COERCE"}),
    ("জেলা প্রশাসন ঠেলে পাঠানো লোকজনকে আপাতত একটি স্কুলে রেখেছে।", {"COERCE"}),
]
ACTS = [
    ("ভারত গত সপ্তাহে ৩০ জনকে বাংলাদেশে ঠেলে পাঠিয়েছে।", {"COERCE"}),
    ("বিএসএফ ভোরে ১২ জনকে সীমান্ত দিয়ে ঠেলে পাঠায়।", {"COERCE"}),
    ("দুদক তাঁর বিরুদ্ধে অনুসন্ধান চালিয়ে দুর্নীতির অভিযোগ এনেছে।", {"ACCUSE"}),
]


@pytest.mark.parametrize("text,types", DESCRIPTIONS, ids=range(len(DESCRIPTIONS)))
def test_a_describing_word_is_no_act(text, types):
    assert proposed_or_kept(text, "bn", types) == []


@pytest.mark.parametrize("text,types", ACTS, ids=range(len(ACTS)))
def test_the_act_itself_stays(text, types):
    assert proposed_or_kept(text, "bn", types) != []
