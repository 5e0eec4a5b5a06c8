"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
a hope put in words, what is hoped being what was said: "He hoped voters would ...", "X hopes
the ferries will ...", "X expressed hope to finish ..." (a clause with a modal, or the infinitive
after "expressed hope"); a hope for something ("hoped for rain") or a past wish ("had hoped to
return") reports no words.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("pronoun_hoped_clause", "Candidates file papers in Bogura",
         "Independent candidate Rashed Karim submitted his nomination papers in Bogura on Monday.\n\n"
         "He hoped voters would judge the candidates by their work in the constituency.",
         [("voters would judge the candidates by their work", "Rashed Karim")]),
    Case("hoped_that_clause", "New drains for Khulna",
         "Khulna city mayor Shamima Nasrin opened the first of the new drains on Sunday.\n\n"
         "Shamima Nasrin hoped that the drains would end the waterlogging of the old town "
         "before the monsoon.",
         [("the drains would end the waterlogging", "Shamima Nasrin")]),
    Case("hopes_present_clause", "Ferries to resume",
         "Ferry services between Daulatdia and Paturia stayed suspended for a second day.\n\n"
         "Shipping secretary Mostafa Kamal hopes the ferries will run again once the fog lifts.",
         [("the ferries will run again once the fog lifts", "Mostafa Kamal")]),
    Case("also_hoped_could", "Talks with the union",
         "Labour adviser Selina Haque met the garment union on Wednesday.\n\n"
         "She also hoped the talks could resume next month with the factory owners at the table.",
         [("the talks could resume next month", "Selina Haque")]),
    Case("expressed_hope_to", "Bridge work behind schedule",
         "Work on the Kalna bridge is three months behind schedule.\n\n"
         "Project director Anisur Rahman expressed hope to finish the main span by December.",
         [("to finish the main span by December", "Anisur Rahman")]),
    Case("pronoun_expressed_hope_to", "Security for the rally",
         "Police commissioner Habibur Rahman briefed reporters at the headquarters on Friday.\n\n"
         "He expressed hope to set up a joint control room with the organisers before the rally.",
         [("to set up a joint control room", "Habibur Rahman")]),
    # (guards: a hope for something, a past wish)
    Case("hopes_that_report_nothing", "Dry season in the north",
         "The rivers of the north are lower than in any March on record.\n\n"
         "Farmer Abdul Jalil hoped for rain before the boro harvest. Many families had hoped to "
         "return to their villages by Eid.",
         [], never_quotes=["rain before the boro harvest", "return to their villages"]),
]
