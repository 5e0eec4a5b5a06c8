"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
reports with cues of South Asian English ("He also informed that ...", "mentioned that",
"clarified that", "reported that", a body that "has declared that") and groups named only by
their trade or part that speak unnamed ("Traders alleged that ...", "Several speakers said that",
"another supporter ... said he", "Fact-checkers confirmed that").

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("informed_and_mentioned", "Extra buses for Eid travel",
         "Road transport adviser Kamal Hossain met bus owners at the secretariat on Sunday.\n\n"
         "He also informed that two hundred extra buses would run on the Dhaka-Chattogram highway "
         "during the holidays. He mentioned that ticket counters would stay open all night at "
         "Sayedabad terminal.",
         [("two hundred extra buses would run", "Kamal Hossain"),
          ("ticket counters would stay open all night", "Kamal Hossain")]),
    Case("clarified_that", "Board exams on schedule",
         "Rumours of a delay spread among students on social media this week.\n\n"
         "Education board chairman Tapan Kumar Sarkar clarified that the secondary exams would "
         "begin on the announced date.",
         [("the secondary exams would begin", "Tapan Kumar Sarkar")]),
    Case("traders_and_speakers", "Onion prices jump overnight",
         "Onion prices rose by forty taka a kilogram in the capital's markets on Tuesday.\n\n"
         "Traders at the wholesale market alleged that importers had held back stock at the land "
         "port. Several speakers at a consumer rights seminar said that the government should "
         "publish the import figures every week.",
         [("importers had held back stock", None),
          ("the government should publish the import figures", None)],
         nobody=["importers had held back stock", "the government should publish the import figures"]),
    Case("supporter_and_fact_checkers", "Old photo passed off as new factory fire",
         "A photograph of a burning factory was shared thousands of times on Wednesday.\n\n"
         "Fact-checkers confirmed that the picture had been taken in a different district six "
         "years ago. Another supporter, who sells tea near the factory gate, said he had lost "
         "customers after the post spread.",
         [("the picture had been taken in a different district", None),
          ("he had lost customers", None)],
         nobody=["the picture had been taken in a different district", "he had lost customers"]),
    Case("residents_reported_and_passive_report", "Gunfire heard across the border",
         "Tension rose along the frontier in Bandarban on Friday night.\n\n"
         "Residents of the hill villages reported that gunfire went on until dawn.\n\n"
         "In the morning, more gunfire was again reported from the other side of the river.",
         [("gunfire went on until dawn", None)],
         never_quotes=["In the morning"],
         nobody=["gunfire went on until dawn"]),
    Case("party_declared_that", "Party plans rallies in every district",
         "The Bangladesh Nationalist Party has declared that it will hold rallies in every district "
         "town on Friday.\n\n"
         "The rallies will demand a date for the local elections.",
         [("it will hold rallies in every district", "Bangladesh Nationalist Party")]),
    # round 32 (qr32b): a group opened by its count speaks with any cue (rule quantified_group)
    Case("counted_groups_tell_and_warn", "Garment buyers ask for discounts",
         "Foreign buyers have asked several garment makers for deeper discounts this season.\n\n"
         "Three other factory owners told reporters that they had received similar requests from "
         "two European brands. Most of them told the association that the orders would shrink. "
         "Some warn that smaller factories could close before winter.",
         [("they had received similar requests", None),
          ("the orders would shrink", None),
          ("smaller factories could close before winter", None)],
         nobody=["they had received similar requests", "the orders would shrink",
                 "smaller factories could close before winter"]),
]
