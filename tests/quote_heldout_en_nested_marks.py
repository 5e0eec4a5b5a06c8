"""Held-out English articles for quotes, written for this project (no outlet's text), on a quotation
that holds a short quotation in the same marks (scrapers turn single inner marks into double ones:
"“They call us “lazy”, yet we work twelve hours,” he said."): the quote is the whole outer
quotation with its speaker; reading the inner opener as a stray loses it. The last case is a guard:
two scare quotes in a plain sentence stay what they were.

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("double_inside_double_before_said", "Garment workers demand overtime pay",
         "Workers of two factories in Gazipur stopped work on Sunday.\n\n"
         "\u201cThe owners call us \u201clazy\u201d, yet we stand at the machines for twelve hours a day,\u201d "
         "said Shirin Akter, a sewing operator.",
         [("we stand at the machines for twelve hours", "Shirin Akter")]),
    Case("double_inside_double_after_said", "Farmers protest fertiliser prices",
         "Farmers formed a human chain in Rangpur on Monday.\n\n"
         "Farmers' leader Abdul Latif said, \u201cThe ministry calls it a \u201cshort-term crisis\u201d. "
         "Prices have risen for three months and nobody listens to us.\u201d",
         [("nobody listens to us", "Abdul Latif")]),
    Case("single_inside_single", "Coach praises young goalkeeper",
         "The national team drew 0-0 with Nepal on Friday.\n\n"
         "Coach Javier Morales said, \u2018The boys call him \u2018the wall\u2019. With him in goal I sleep "
         "well at night.\u2019",
         [("With him in goal I sleep", "Javier Morales")]),
    Case("written_post_with_inner_nickname", "Former captain responds to critics",
         "Former captain Mohammad Ashraful responded to his critics on Tuesday.\n\n"
         "He wrote on Facebook, \u201cPeople called me \u201cthe old horse\u201d last season. Age does not "
         "matter once you step onto the field.\u201d",
         [("Age does not matter once you step onto the field", "Mohammad Ashraful")]),
    Case("two_inner_words_one_quotation", "Officials cautious on factory fire cause",
         "A fire gutted a chemical warehouse in Old Dhaka on Wednesday night.\n\n"
         "\u201cSome call it an \u201caccident\u201d, others \u201csabotage\u201d. Until the probe ends we "
         "will say nothing,\u201d Deputy Commissioner Mahmuda Khatun told reporters.",
         [("Until the probe ends we will say nothing", "Mahmuda Khatun")]),
    Case("minister_quotation_with_a_label", "Minister rejects criticism of budget",
         "The finance minister defended the budget in parliament on Thursday.\n\n"
         "Finance Minister Salehuddin Ahmed said, \u201cThe opposition calls this an \u201canti-people\u201d "
         "budget. It protects the poor better than any budget before it.\u201d",
         [("It protects the poor better than any budget", "Salehuddin Ahmed")]),
    Case("scare_quotes_in_plain_sentence_stay", "Opposition walks out",
         "Opposition lawmakers walked out of parliament on Sunday.\n\n"
         "Opposition leader Monirul Haque described the new law as \u201cblack\u201d and the budget as "
         "\u201canti-people\u201d. He then left the chamber.",
         [("anti-people", "Monirul Haque")]),
]
