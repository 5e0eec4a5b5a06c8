"""Held-out time fixtures (issue 10, round 27 re-read): the simple-past cue `own_past` (en
times.yaml) reads "<word>ed … in/on <date>" as a done act. Two kinds of words end in "ed" and are
no simple past: present verbs in -eed ("proceed", "need", "exceed", "succeed") and participles after
a verb of being ("remains focused on", "seems set on"), which describe a state. A date after them
keeps the tense of its clause, so said in December a year-less January is next January.

Sentences written for this file (none copied from any article); scored as the shared scorer does.
Found by the round-27 path reviewer (rv27b). Before the fix 6 of 6 fail; controls (a past in -eed,
"agreed", and a plain simple past, besides "to exceed in March" and "seems set on", which the cue
never read) pass before and after.
"""
from __future__ import annotations

import pytest

from time_fixtures import assert_times_as_scored

DEC = "2025-12-20"  # a Saturday

NOT_A_PAST = [
 ("en", DEC, "Hearings in the graft case proceed on 5 January before a new bench.", [("5 January", "2026-01-05")]),
 ("en", DEC, "Importers say they need in January another two lakh tonnes of rice.", [("January", "2026-01")]),
 ("en", DEC, "The party remains focused on the 12 February election and its manifesto.", [("12 February", "2026-02-12")]),
 ("en", DEC, "The port stays closed on 3 January for the new-year holiday.", [("3 January", "2026-01-03")]),
 ("en", DEC, "Banks remain closed on 1 January for the annual closing of accounts.", [("1 January", "2026-01-01")]),
 ("en", DEC, "Exporters stay concerned on 1 January about the new tariffs taking effect.", [("1 January", "2026-01-01")]),
]

CONTROLS = [
 ("en", DEC, "The two sides will review the deal they agreed on 2 December.", [("2 December", "2025-12-02")]),
 ("en", DEC, "The ministry will publish the findings of the inquiry it ordered in March.", [("March", "2025-03")]),
 ("en", DEC, "Officials expect demand to exceed in March what the plants can supply.", [("March", "2026-03")]),
 ("en", DEC, "The alliance seems set on a rally on 8 January in the capital.", [("8 January", "2026-01-08")]),
]


@pytest.mark.parametrize("lang,published,text,expected", NOT_A_PAST + CONTROLS)
def test_times(lang, published, text, expected):
    assert_times_as_scored(text, lang, published, expected)
