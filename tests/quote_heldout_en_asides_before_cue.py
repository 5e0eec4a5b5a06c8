"""Held-out English articles for quotes, written for this project (no outlet's text), round 26
(qr26c): a short aside set off by commas between a speaker named with a qualifier and the cue
("X of Jamaat, however, called for ...", "X of the union, in a statement on Monday, said that
...", "X of the federation, for her part, urged ..."). GUIDELINES Q1:
the aside changes nothing of who spoke. A clause before a comma and a cue after it ("Yunus will
attend the ceremony, said the press wing") is still no subject.

Written before the rule they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("however_called_for", "Parties split on spending cap",
         "Parties gave the Election Commission their views on campaign spending on Tuesday.\n\n"
         "Mujibur Rahman Manju of AB Party, however, called for a ban on paid posters in every "
         "constituency.",
         [("a ban on paid posters in every constituency", "Mujibur Rahman Manju")]),
    Case("in_a_statement_said_that", "Rights group on detentions",
         "Dozens of students were detained in Sylhet over the weekend.\n\n"
         "Nur Khan Liton of Ain o Salish Kendra, in a statement on Monday, said that the detained students had been denied "
         "lawyers for two days.",
         [("the detained students had been denied lawyers", "Nur Khan Liton")]),
    Case("for_her_part_urged", "Garment wages talks",
         "Owners and unions met at the labour ministry on Wednesday.\n\n"
         "Kalpona Akter of the garment workers' solidarity, for her part, urged the owners to pay the December wages "
         "before the holidays.",
         [("the owners to pay the December wages", "Kalpona Akter")]),
    Case("meanwhile_stressed", "Flood relief",
         "Relief reached only half of the flooded unions in Sunamganj by Thursday.\n\n"
         "Faruk-e-Azam of the disaster ministry, meanwhile, stressed the need for dry food in the "
         "remote haors.",
         [("the need for dry food in the remote haors", "Faruk-e-Azam")]),
    Case("in_turn_demanded", "Traders and police",
         "Police evicted hawkers from the footpaths of Gulistan on Saturday.\n\n"
         "Abdul Hashem of the hawkers' federation, in turn, demanded a market where the hawkers could sell "
         "without fear.",
         [("a market where the hawkers could sell", "Abdul Hashem")]),
    Case("however_told_that", "Transport strike",
         "Truck owners announced a strike from Sunday.\n\n"
         "Muhammad Fouzul Kabir Khan of the road transport division, however, told reporters that the "
         "talks with owners would go on.",
         [("the talks with owners would go on", "Fouzul Kabir Khan")]),
    Case("clause_before_comma_is_no_subject", "Ceremony at the academy",
         "The passing-out parade of the police academy was held on Sunday.\n\n"
         "Chief Adviser Muhammad Yunus will attend the next parade, however, said an academy "
         "official.",
         [("will attend the next parade", None)],
         nobody=["will attend the next parade"]),
]
