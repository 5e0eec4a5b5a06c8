"""Held-out English articles for quotes, written for this project (no outlet's text), round 26
(qr26c): people addressed by a common noun before the "that" of what they were told ("assured
the traders that ...", "told the fishermen that ...", "assured its members that ..."). GUIDELINES
Q1: the words after "that" were said. A noun for words, not people ("denied the claims that
..."), is no addressee.

Written before the rule they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("assured_the_residents_that", "Drains to be cleared",
         "Waterlogging hit much of Chattogram after two days of rain.\n\n"
         "City mayor Shahadat Hossain assured the residents that every blocked drain would be "
         "cleared within a week.",
         [("every blocked drain would be cleared", "Shahadat Hossain")]),
    Case("assured_the_parties_that", "Magistrates for polling",
         "Election commissioners met party leaders at Agargaon on Monday.\n\n"
         "Election Commissioner Anwarul Islam Sarker assured the parties that a magistrate would "
         "be posted in every upazila from the first day of campaigning.",
         [("a magistrate would be posted in every upazila", "Anwarul Islam Sarker")]),
    Case("assured_its_members_that", "Union calls off strike",
         "The transport workers' federation called off its strike on Wednesday night.\n\n"
         "Federation president Osman Ali assured its members that no driver would lose his licence "
         "over the protest.",
         [("no driver would lose his licence", "Osman Ali")]),
    Case("assured_the_farmers_that", "Fertiliser stocks",
         "Farmers in Rangpur queued for urea at dealers' shops on Thursday.\n\n"
         "Agriculture adviser Zahangir Alam Chowdhury assured the farmers that the stock of urea "
         "would last until the end of the boro season.",
         [("the stock of urea would last", "Zahangir Alam Chowdhury")]),
    Case("assured_the_passengers_that", "Ferry service resumes",
         "Ferries resumed on the Paturia-Daulatdia route on Friday after fog lifted.\n\n"
         "Shipping secretary Mostafizur Rahman assured the passengers that extra ferries would "
         "run over the Eid holidays.",
         [("extra ferries would run over the Eid holidays", "Mostafizur Rahman")]),
    Case("assured_the_investors_that", "Bourse chief on shares",
         "Share prices fell for a fifth day in Dhaka on Sunday.\n\n"
         "Securities commission chairman Rashed Maksud assured the investors that no listed "
         "company would be allowed to skip its dividend.",
         [("no listed company would be allowed to skip", "Rashed Maksud")]),
]
