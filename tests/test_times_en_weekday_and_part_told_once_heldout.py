"""Held-out time fixtures (issue 10, round 43), English only (times.yaml `bare_day_told_once`):
a bare weekday ("on Thursday", the day word alone) after the article named that day with its
relative day ("tomorrow, Thursday", "yesterday (Friday)", "10:30 am today, Sunday") is the same
day told again: DECISIONS T8 codes "a weekday already coded" once, and the gold of dev leaves
such a repeat out (realdev: four of four repeats after "tomorrow, Thursday", "tomorrow, Sunday",
"yesterday, Friday" are not in the gold; a bare weekday after "Last Sunday" or "Saturday
evening", a shorter string the scorer matches with it, is coded and stays).
Kept: a weekday told before the full form, another day of the same name (a later value), a weekday
after a form without a relative day ("Saturday evening", "last Friday"), "Thursday's" (a string
of its own), and every weekday in Bengali (a pack without the flag).
Sentences written for this file (none copied from any article); scored as the shared scorer does.
A bare part of today ("this morning") after the same part told with its day ("this morning (29
December)") is left out as well, as a bare "today" after "today, Friday" already was.
Against the code before this change: the repeats fail (six of six), the controls pass.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

TOLD_AGAIN = [
 # published Wednesday 2025-12-24
 ("en", "2025-12-24", "Markets near the airport will stay shut tomorrow, Thursday. Garment factories were asked "
  "to remain closed on Thursday as well.", [("tomorrow, Thursday", "2025-12-25")]),
 ("en", "2025-12-24", "The bridge will be toll-free from noon to 4 pm tomorrow (Thursday). Buses will run free "
  "on Thursday too, the ministry said.", [("4 pm tomorrow (Thursday)", "2025-12-25")]),
 # published Saturday 2025-12-27
 ("en", "2025-12-27", "A blast tore through the workshop at 9:15 am yesterday, Friday. As it was a holiday on "
  "Friday, no worker was inside.", [("9:15 am yesterday, Friday", "2025-12-26")]),
 # published Sunday 2025-12-28
 ("en", "2025-12-28", "The commission met today, Sunday, to hear the appeals. The hearing on Sunday lasted four hours.",
  [("today, Sunday", "2025-12-28")]),
]

KEPT = [
 # the bare weekday first, the full form after it
 ("en", "2025-12-24", "Shops will close on Thursday. The order covers the capital from 6 am tomorrow, Thursday.",
  [("Thursday", "2025-12-25"), ("6 am tomorrow, Thursday", "2025-12-25")]),
 # another Friday: the coming one, not yesterday
 ("en", "2025-12-27", "He landed yesterday, Friday. The party will hold a rally next Friday and a march on Saturday.",
  [("yesterday, Friday", "2025-12-26"), ("next Friday", "2026-01-02"), ("Saturday", "2025-12-27")]),
 # a form without a relative day: the bare weekday is coded again
 ("en", "2025-12-28", "The fire started on Saturday evening. Firefighters were still at the scene on Saturday.",
  [("Saturday evening", "2025-12-27"), ("Saturday", "2025-12-27")]),
 # "Thursday's" is a string of its own
 ("en", "2025-12-24", "Rallies are planned for tomorrow, Thursday. Thursday's rallies will start at noon.",
  [("tomorrow, Thursday", "2025-12-25"), ("Thursday's", "2025-12-25")]),
 # Bengali: each weekday is coded
 ("bn", "2025-12-24", "আগামীকাল বৃহস্পতিবার কারখানা বন্ধ থাকবে। বৃহস্পতিবার দোকানও খুলবে না।",
  [("আগামীকাল বৃহস্পতিবার", "2025-12-25"), ("বৃহস্পতিবার", "2025-12-25")]),
]

# the same widening for a part of today: a bare "this morning" after "this morning (29 December)"
# (realdev: one such repeat, not in the gold); another part of the day and "this morning's" stay
PART_TOLD_AGAIN = [
 ("en", "2025-12-29", "Aspirants have queued from this morning (29 December). Ten of them filed papers this morning.",
  [("this morning (29 December)", "2025-12-29")]),
 ("en", "2025-12-29", "The council met this evening, Monday, in the town hall. This evening it named a new chairman.",
  [("this evening, Monday", "2025-12-29")]),
]

PART_KEPT = [
 ("en", "2025-12-29", "Aspirants have queued from this morning (29 December). The commission will sit this evening.",
  [("this morning (29 December)", "2025-12-29"), ("this evening", "2025-12-29")]),
 ("en", "2025-12-29", "Talks began this morning (29 December). This morning's session ended without a deal.",
  [("this morning (29 December)", "2025-12-29"), ("This morning's", "2025-12-29")]),
 ("en", "2025-12-29", "Ten filed papers this morning. Queues had formed from this morning (29 December).",
  [("this morning", "2025-12-29"), ("this morning (29 December)", "2025-12-29")]),
]


@pytest.mark.parametrize("language, published, text, expected", TOLD_AGAIN + KEPT + PART_TOLD_AGAIN + PART_KEPT)
def test_a_day_or_part_of_today_told_again_is_left_out_and_others_stay(language, published, text, expected):
    assert_times_as_scored(text, language, published, expected)
