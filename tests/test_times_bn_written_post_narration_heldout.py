"""Held-out time fixtures (issue 10, round 24b): "লেখেন"/"লিখেন" (wrote, a post or a letter) is
news narration in the simple present, which tells the past, like "বলেন" and "জানান": a bare
weekday in its clause is the past one, whatever a future verb in the post's words after it says.
Before, the clause had no cue of its own and the post's future ("করবে", "করব") made the weekday the
coming one.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Against the code before this work (f74685e): 0 of 6; after: 6 of 6. Controls (a future post, a
clause with its own future) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

SUN = "2025-11-23"   # a Sunday

POSTS = [
 ("bn", SUN, "দলের মুখপাত্র সোমবার ফেসবুকে লেখেন, শিগগিরই নতুন কমিটি ঘোষণা করা হবে।", [("সোমবার", "2025-11-17")]),
 ("bn", SUN, "ছাত্রনেতা বুধবার রাতে এক পোস্টে লেখেন, “আমরা রাজপথ ছাড়ব না।”", [("বুধবার রাতে", "2025-11-19")]),
 ("bn", SUN, "সাবেক মন্ত্রী মঙ্গলবার নিজের ফেসবুক পেজে লিখেন, আদালতেই সত্য প্রমাণিত হবে।",
  [("মঙ্গলবার", "2025-11-18")]),
 ("bn", SUN, "উপদেষ্টা শুক্রবার সকালে লেখেন, নির্বাচন নিয়ে কোনো অনিশ্চয়তা থাকবে না।", [("শুক্রবার সকালে", "2025-11-21")]),
 ("bn", SUN, "অভিনেত্রী বৃহস্পতিবার ইনস্টাগ্রামে লিখেন, তিনি শিগগিরই নতুন ছবির কাজ শুরু করবেন।",
  [("বৃহস্পতিবার", "2025-11-20")]),
 ("bn", SUN, "জেলা প্রশাসক শনিবার এক চিঠিতে লেখেন, সেতুর কাজ দ্রুত শেষ করতে হবে।", [("শনিবার", "2025-11-22")]),
]

CONTROLS = [
 ("bn", SUN, "তিনি লেখেন, মঙ্গলবার দলের সভা হবে।", [("মঙ্গলবার", "2025-11-25")]),
 ("bn", SUN, "সোমবার তিনি ঢাকায় ফিরবেন বলে ফেসবুকে লেখেন তাঁর সহকারী।", [("সোমবার", "2025-11-24")]),
]


@pytest.mark.parametrize("language, published, text, expected", POSTS)
def test_held_out_written_post_is_past(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)


@pytest.mark.parametrize("language, published, text, expected", CONTROLS)
def test_held_out_written_post_controls(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
