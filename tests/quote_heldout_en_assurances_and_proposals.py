"""Held-out English articles for quotes, written for this project (no outlet's text), round 26
(qr26b): an assurance or a proposal put in words with "that" ("he assured that ...", "assured
reporters that ...", "the party proposed that ..."), acts of speech GUIDELINES Q1 counts. A
proposal with a plain object ("proposed a new budget") reports no words.

Written before the rule they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("assured_that", "Police promise action after market fire",
         "A fire gutted forty shops at a kitchen market in Mirpur on Sunday night.\n\n"
         "Police superintendent Kamrul Ahsan visited the market on Monday and he assured that the "
         "owners of the warehouse would be questioned this week.",
         [("the owners of the warehouse would be questioned", "Kamrul Ahsan")]),
    Case("assured_addressee_that", "Minister speaks to traders",
         "Commerce adviser Sheikh Bashir Uddin met rice traders in Naogaon on Tuesday.\n\n"
         "Sheikh Bashir Uddin assured the traders that no import duty would be raised before June.",
         [("no import duty would be raised before June", "Sheikh Bashir Uddin")]),
    Case("assured_reporters_that", "Port to reopen",
         "Shipping adviser Sakhawat Hossain spoke at Chittagong port on Saturday.\n\n"
         "Sakhawat Hossain assured reporters that the container yard would reopen within two days.",
         [("the container yard would reopen within two days", "Sakhawat Hossain")]),
    Case("proposed_that", "Parties split on campaign rules",
         "Parties met the Election Commission on Wednesday to discuss campaign rules.\n\n"
         "BNP secretary general Mirza Fakhrul Islam Alamgir proposed that posters be banned on every "
         "main road of the capital.",
         [("posters be banned on every main road", "Mirza Fakhrul Islam Alamgir")]),
    Case("proposed_that_after_adverb", "Economist on the budget",
         "Economist Selim Raihan spoke at a budget seminar in Dhaka on Thursday.\n\n"
         "Selim Raihan also proposed that the tax-free income limit be raised for the first time in "
         "five years.",
         [("the tax-free income limit be raised", "Selim Raihan")]),
    Case("assured_pronoun_that", "Flood victims promised homes",
         "Disaster adviser Faruk-e-Azam toured flooded villages in Feni on Friday.\n\n"
         "He assured that every family that lost its house would get a new one before winter.",
         [("every family that lost its house would get a new one", "Faruk-e-Azam")]),
    Case("proposed_that_title_first", "Watchdog on asset statements",
         "Anti-graft campaigners held a roundtable on public officials' wealth on Sunday.\n\n"
         "Economist Debapriya Bhattacharya proposed that every minister publish an asset "
         "statement each year.",
         [("every minister publish an asset statement", "Debapriya Bhattacharya")]),
    Case("proposed_with_plain_object_is_no_quote", "Ministry sends budget",
         "The finance ministry proposed a smaller budget for roads this year. Officials said the cut "
         "was needed to pay for fuel imports.",
         [("the cut was needed", None)],
         never_quotes=["smaller budget for roads"]),
]
