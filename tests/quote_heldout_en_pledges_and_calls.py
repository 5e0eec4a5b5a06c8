"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
a promise put in words with its infinitive ("has pledged to keep order", "vowed to stay on the
streets"), an announcement of a decision ("announced her resignation as ...", "announced the
schedule of ..."; "announced the names of the teams" makes a list known, no statement) and a
body's call or demand ("the party has called on its members to ...", "the union demanded ...").

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("pledged_and_vowed_to", "New mayor promises cleaner canals",
         "Dhaka South City Corporation mayor Shahana Parvin has pledged to clear every blocked canal "
         "in the old city before the rains.\n\n"
         "Residents of Lalbagh, who have lived with flooded lanes for years, vowed to keep watching "
         "the work. Contractor Abul Kashem promised to finish the first canal within a month.",
         [("to clear every blocked canal", "Shahana Parvin"),
          ("to finish the first canal within a month", "Abul Kashem")]),
    # (a passive promise names who was promised, not who spoke: no quote)
    Case("passive_promise_is_no_pledge", "Roofs for flood victims",
         "Flood victims in Sunamganj have lived under plastic sheets since June.\n\n"
         "Each family was promised to receive a tin roof before winter. Relief official Nazmul Huda "
         "pledged to send the first roofs next week.",
         [("to send the first roofs next week", "Nazmul Huda")],
         never_quotes=["receive a tin roof"]),
    Case("announced_a_decision", "Two leaders quit the student platform",
         "The student platform lost two of its founders on Sunday.\n\n"
         "Its joint convener Nusrat Jahan announced her resignation from every post of the platform. "
         "Member secretary Sadia Rahman announced her decision to contest the polls as an independent.\n\n"
         "The cricket board announced the names of the six teams for the new season.",
         [("her resignation from every post of the platform", "Nusrat Jahan"),
          ("her decision to contest the polls as an independent", "Sadia Rahman")],
         never_quotes=["the names of the six teams"]),
    Case("schedule_announced", "Local elections in March",
         "Election commissioner Rahmat Ali announced the schedule for the upazila elections at a press "
         "conference on Thursday.\n\n"
         "Voting will be held in four phases from March.",
         [("the schedule for the upazila elections", "Rahmat Ali")]),
    Case("body_calls_and_demands", "Party calls for prayers",
         "The Bangladesh Nationalist Party has called on its members across the country to join "
         "special prayers on Friday.\n\n"
         "The Bangladesh Nationalist Party also demanded the immediate release of its detained "
         "activists.",
         [("its members across the country to join special prayers", "Bangladesh Nationalist Party"),
          ("the immediate release of its detained activists", "Bangladesh Nationalist Party")]),
]
