"""Held-out English articles for quotes, written for this project (no outlet's text): a hope for
something ("hoped for rains so the crops would recover"), or "hopes" as a noun ("hopes of a good
harvest would fade"), puts no words in anyone's mouth, even with a modal a few words on; a hope put
in words ("hoped the crops would recover") still reports them.

Written before the rule they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("hoped_for_rain_modal", "Dry spell in the north",
         "The rivers of the north are lower than in any March on record.\n\n"
         "Farmer leader Abdul Jalil hoped for rains so the crops would recover before the harvest.",
         [], never_quotes=["rains so the crops would recover"]),
    Case("hopes_of_noun_modal", "Dry spell in the north",
         "The rivers of the north are lower than in any March on record.\n\n"
         "Abdul Jalil hopes of a good harvest would fade without rain, villagers feared.",
         [], never_quotes=["of a good harvest would fade"]),
    Case("hoped_in_vain", "Onion prices",
         "Onion prices rose for a third week in the kitchen markets of Dhaka.\n\n"
         "Trader Jamal Uddin hoped in vain prices would fall before Ramadan.",
         [], never_quotes=["in vain prices would fall"]),
    Case("hopes_against_hope", "Missing trawler",
         "The coast guard called off the search for the missing trawler on Friday.\n\n"
         "Fisherman Rahim Mia hopes against hope his brother will be found alive.",
         [], never_quotes=["against hope his brother will be found"]),
    Case("hoped_on_modal", "Flood relief",
         "Relief reached the last of the flooded unions of Kurigram on Sunday.\n\n"
         "Shelter manager Nasima Begum hoped on Sunday the water would go down by Eid.",
         [], never_quotes=["on Sunday the water would go down"]),
    Case("hopes_about", "School reopening",
         "Schools in the hill districts reopened on Monday after a month.\n\n"
         "Teacher Sujit Chakma hopes about half the pupils will come back by the end of the week.",
         [], never_quotes=["about half the pupils will come back"]),
    # (a guard: a hope put in words still reports)
    Case("hoped_clause_still_reports", "Dry spell in the north",
         "The rivers of the north are lower than in any March on record.\n\n"
         "Farmer leader Abdul Jalil hoped the rains would come before the boro harvest.",
         [("the rains would come before the boro harvest", "Abdul Jalil")]),
]
