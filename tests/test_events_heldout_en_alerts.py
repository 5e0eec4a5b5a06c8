"""Held-out English sentences (written for round 18, never trained on): forces put on a raised
alert ("on high alert", "declared its highest alert", "on red alert") are PLOVER MOBILIZE, as the
guidelines' E4 says of "heightened alert". The bare "(on) alert" pattern missed them because an
adjective stands between "on" and "alert" ("remains on high alert"). Each sentence runs through
the whole pipeline at the shipped classifier threshold; a weather alert names no force and keeps
no MOBILIZE."""
from __future__ import annotations

import pytest

from event_fixtures import record_of_dateline_file

# written before the change (on main at 111d13e the learned "@put/@place .. (on) .. (alert)" and
# the passive force rule already code the Army and Indian Army cases); the three marked still fail
# it (strict: they must be unmarked when they pass): the trigger is proposed with the force as
# actor, but the shipped classifier scores
# "went on red alert" and "the Navy is on high alert" below its threshold, and "declared its highest
# alert" has no "on" for the pattern
_BELOW_THRESHOLD = pytest.mark.xfail(strict=True, reason="the classifier keeps it below its threshold")
ALERTS = [
    ("Border Guard Bangladesh remains on high alert at its Teknaf posts after shells fell across the river.", "BGD"),
    ("The Bangladesh Army has been put on high alert in the hill districts ahead of the polls.", "BGD"),
    # coded since round 44 ("@declare ..2 (high|highest|maximum|red) (alert)")
    ("After the clashes in Rakhine, Border Guard Bangladesh declared its highest alert for the Ukhiya posts on Monday.", "BGD"),
    ("Indian Army units were placed on maximum alert in Kashmir after the ambush, officials said.", "IND"),
    pytest.param("Bangladesh Police went on red alert across Dhaka ahead of the verdict on Thursday.", "BGD",
                 marks=_BELOW_THRESHOLD),
    pytest.param("The Bangladesh Navy is on high alert in the Bay of Bengal following the hijacking of a cargo ship.", "BGD",
                 marks=_BELOW_THRESHOLD),
]

# added in review: three more forces on a raised alert, each failing without the
# "(on) (high|highest|maximum|red) (alert)" pattern and passing with it (of the six above only the
# first did both: the Army cases were coded before by "@put/@place .. (on) .. (alert)")
ALERTS += [
    ("Border Guard Bangladesh is on maximum alert along the Sylhet border after the push-in attempts.", "BGD"),
    ("Rapid Action Battalion units were on red alert in Dhaka the night before the verdict.", "BGD"),
    ("Officials said the Indian Border Security Force has stayed on high alert on the Meghalaya border.", "IND"),
]

NO_FORCE = [
    "The Met Office issued a high alert for heavy rain in the coastal districts on Sunday.",
]


def _record(tmp_path, sentence: str):
    return record_of_dateline_file(tmp_path, "Security tightened", sentence)


@pytest.mark.parametrize("sentence,country", ALERTS)
def test_a_force_on_raised_alert_is_mobilize(tmp_path, sentence, country):
    rec = _record(tmp_path, sentence)
    mobilized = [ev for ev in rec.events if ev.type == "MOBILIZE"]
    assert mobilized, [(ev.type, ev.trigger.text) for ev in rec.events]
    assert country in {a.country for ev in mobilized for a in ev.actors}


@pytest.mark.parametrize("sentence", NO_FORCE)
def test_a_weather_alert_mobilizes_no_one(tmp_path, sentence):
    rec = _record(tmp_path, sentence)
    assert [ev.type for ev in rec.events if ev.type == "MOBILIZE"] == []
