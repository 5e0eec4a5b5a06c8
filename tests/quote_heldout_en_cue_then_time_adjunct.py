"""Held-out English articles for quotes, written for this project (no outlet's text): a report
closed by its attribution, the cue followed with no comma by an adjunct of time or circumstance
("..., he said while speaking to reporters after ...", "..., officials said after a long meeting
chaired by ..."): the words before the attribution are the speech, the adjunct after the cue is
nobody's (it is no bare report "he said while the rains ..., the roads ...").

Written before the rule they test (round 27, qr27b; the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("said_while_speaking_to_reporters_after", "Candidate files papers",
         "Nurul Haque Sarker submitted his nomination papers in Bogura on Sunday.\n\n"
         "The administration has not yet treated all candidates equally, he said while speaking to "
         "reporters after handing the papers to the returning officer at the deputy commissioner's office.",
         [("has not yet treated all candidates equally", "Nurul Haque Sarker")],
         never_quotes=["speaking to reporters"]),
    Case("said_after_a_long_meeting_chaired_by", "Transport strike called off",
         "Truck owners had stopped goods transport across the north for three days.\n\n"
         "The strike will end from midnight and lorries will be back on the roads by morning, "
         "officials of the owners' association said after a long meeting chaired by the "
         "divisional commissioner in Rajshahi.",
         [("The strike will end from midnight", None)],
         never_quotes=["a long meeting chaired by"]),
    Case("added_before_leaving_for", "Minister visits flood shelters",
         "Relief Adviser Faruk-e-Azam toured flood shelters in Kurigram on Monday.\n\n"
         "Every family in the shelters will get rice and lentils for two weeks, Faruk-e-Azam added "
         "before leaving for the next upazila by speedboat.",
         [("Every family in the shelters will get rice and lentils", "Faruk-e-Azam")],
         never_quotes=["leaving for the next upazila"]),
    Case("said_during_a_visit_to", "Hospital beds to rise",
         "Health Adviser Nurjahan Begum visited Rangpur Medical College Hospital.\n\n"
         "The hospital will get two hundred more beds within a year, she said during a visit to the "
         "burn unit on the third floor of the main building.",
         [("The hospital will get two hundred more beds", "Nurjahan Begum")],
         never_quotes=["a visit to the burn unit"]),
    Case("told_reporters_while_inspecting", "Bridge to open in June",
         "Road Transport Adviser Muhammad Fouzul Kabir Khan inspected the Kalna bridge site.\n\n"
         "The approach roads on both banks will be finished by May, he told reporters while "
         "inspecting the work with the project's engineers.",
         [("The approach roads on both banks will be finished by May", "Fouzul Kabir Khan")],
         never_quotes=["inspecting the work"]),
    Case("said_after_his_talks_with", "Rice import deal",
         "Food Adviser Ali Imam Majumder held talks with a Vietnamese trade delegation.\n\n"
         "Bangladesh will buy one lakh tonnes of rice from Vietnam this season, Majumder said after "
         "his talks with the delegation at the Secretariat.",
         [("Bangladesh will buy one lakh tonnes of rice from Vietnam", "Ali Imam Majumder")],
         never_quotes=["his talks with the delegation"]),
    Case("said_while_a_clause_is_still_read", "Growth and jobs",
         "Economist Selim Raihan spoke at a seminar in Dhaka.\n\n"
         "Raihan said while exports grew last year, factory jobs did not grow at all.",
         [("factory jobs did not grow", "Selim Raihan")]),
]
