"""The held-out cases on a place, body or day named after a person ("খালেদা জিয়া মিলনায়তন",
"Sufia Kamal Hall"): the place, not the person
(tests/actor_heldout_named_after.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_named_after import CASES

# the rule that named these places (person_named_place) was taken out in round 18: it also turned a
# person acting at a memorial into the memorial ("তারেক রহমান স্মৃতিসৌধে শ্রদ্ধা নিবেদন করেন"), and
# nothing in the words tells the two apart; the class stays open, its guards (the cases that pass) in.
# Round 28 (context.named_after_person) names a place only after head words no subject acts on in
# these guards (lang/bn data context.named_after: no bridge, memorial or bare college; lang/en has
# "Bridge" and "Road", capitalised only): the auditorium and the hall pass; a bridge, a museum, a
# joined "ছাত্রীনিবাসে" and a romanised "মহাবিদ্যালয়" not yet
STILL_FAILING = {"bn_college_named_after_leader", "bn_bridge_named_after_leader",
                 "bn_hostel_named_after_leader", "bn_museum_named_after_leader"}


test_heldout_case = heldout_test(CASES, STILL_FAILING)
