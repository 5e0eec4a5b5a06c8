"""Held-out English articles for quotes, written for this project (no outlet's text), round 32
(qr32): reported words in a relative clause about the words before its comma ("..., a move
exporters say will raise their costs", "..., which analysts said would be hard to meet", "..., a
cut that the adviser described as a deliberate step"): the clause's subject speaks (GUIDELINES
Q1/Q4); and "according to" people named by what they are to somebody or by their trade
("according to owners", "according to his roommates", "according to aid agencies").
A passive relative ("which was said to be") or an object after "what" says nothing.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("a_move_group_has_warned", "Rebels file papers",
         "Four local leaders of the party filed nomination papers as independents on Sunday, a move "
         "the party's election cell has warned could bring expulsion.",
         [("could bring expulsion", "election cell")]),
    Case("which_group_said", "Revenue target set",
         "The finance division set the tax office a collection target of Tk 3 lakh crore, which "
         "economists said would be hard to reach in a slow year.",
         [("would be hard to reach in a slow year", "economists")]),
    Case("a_cut_that_the_title_described_as", "Smaller budget placed",
         "Planning Adviser Rafiq Hasan placed a smaller development budget on Monday.\n\n"
         "The outlay is lower than last year's, a cut that the adviser described as a careful step "
         "against inflation.",
         [("a careful step against inflation", "adviser")]),
    Case("relative_clause_passive_says_nothing", "Old bridge closed",
         "The roads department closed the old bridge over the Dhaleshwari on Friday, which was said "
         "to be unsafe for years.",
         [],
         never_quotes=["unsafe for years"]),
    Case("according_to_owners", "Mills switch to diesel",
         "Gas supply to the industrial belt fell again this week.\n\n"
         "Several spinning mills have switched to diesel generators, raising their costs by a third, "
         "according to owners.",
         [("raising their costs by a third", None)]),
    Case("according_to_his_roommates", "Student picked up",
         "A university student went missing in Rajshahi on Tuesday.\n\n"
         "He was taken from a mess near the main gate around midnight, according to his roommates.",
         [("He was taken from a mess near the main gate", None)]),
    Case("according_to_aid_agencies", "Camps flooded",
         "Heavy rain lashed the camps in Ukhiya for a third day.\n\n"
         "Landslides have killed at least six people in the camps this month, according to aid "
         "agencies.",
         [("Landslides have killed at least six people", None)]),
]
