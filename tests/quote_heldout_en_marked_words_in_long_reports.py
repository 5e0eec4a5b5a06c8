"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
a report whose words hold a short phrase in marks far from its cue ("She said the ministry would
cut ..., move ... and launch a "one-stop" service"): the report is the quote, the marked word or
two a part of it, as when the marks come right after the cue (quoted_words_in_report); the marked
words alone say little of what was said.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("one_stop_far_from_said", "Fewer papers for exporters",
         "Commerce adviser Nilufar Yasmin met exporters on Sunday.\n\n"
         "She said the ministry would cut the number of documents needed for an export licence, move "
         "every application online and launch a \"one-stop\" service for exporters before the end of March.",
         [("the ministry would cut the number of documents", "Nilufar Yasmin")]),
    Case("green_channel_far_from_said", "Port clears its backlog",
         "Port chairman Kamrul Islam said the board had cleared the backlog of containers at the main "
         "jetty over the past week and had also approved a \"green channel\" for perishable goods.",
         [("the board had cleared the backlog of containers", "Kamrul Islam")]),
    Case("unfair_far_from_said_that", "Traders to challenge market rules",
         "Trader leader Helal Uddin said that the new rules on shop signs, opening hours and waste "
         "collection in the old town markets were \"unfair\" to small traders and would be challenged "
         "in court.",
         [("the new rules on shop signs, opening hours", "Helal Uddin")]),
    Case("july_spirit_far_from_says", "Students on the next parliament",
         "Student leader Nusrat Jahan says the next parliament, whoever wins the February election and "
         "whatever the referendum decides, must keep the \"July spirit\" alive in its first session.",
         [("whoever wins the February election", "Nusrat Jahan")]),
    Case("fast_track_far_from_told", "Tribunals for disappearances",
         "Law adviser Asif Nazrul told reporters the government had drafted an ordinance on the trial "
         "of enforced disappearances and would set up \"fast-track\" tribunals in every division.",
         [("the government had drafted an ordinance", "Asif Nazrul")]),
    Case("strong_rooms_far_from_said", "Ballots reach the districts",
         "Election commissioner Anwarul Islam said the commission had printed ballots for all 300 "
         "constituencies and sent them to the returning officers, who would keep them in \"strong "
         "rooms\" until polling day.",
         [("the commission had printed ballots for all 300", "Anwarul Islam")]),
    # (a guard, passing before: a long quotation inside a report stays the speaker's own words)
    Case("long_quotation_in_report_stays_partial", "Adviser on the budget",
         "Finance adviser Salehuddin Ahmed said the budget for the coming year would be smaller than "
         "this year's and would \"protect the poorest families from the rise in food prices\".",
         [("protect the poorest families from the rise in food prices", "Salehuddin Ahmed")]),
]
