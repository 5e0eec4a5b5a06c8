"""Held-out English articles for quotes, written for this project (no outlet's text), round 26
(qr26c): the participle "stating" framing a quotation like "saying" does ('..., stating, "..."',
'X, stating clearly, "..."'), and a participle "saying"/"stating" set off after a clause whose verb
is no cue ("X defended the prices, saying, ...", "the ministry issued a notice, saying the ..."):
it takes that clause's subject. GUIDELINES Q1: "stated" is an act of speech; so is its
participle. "saying goodbye" reports no words.

Written before the rule they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("stating_after_comma", "Garment workers walk out",
         "Workers of a knitwear factory in Gazipur walked out on Sunday.\n\n"
         "Union leader Moshrefa Mishu addressed them at the gate, stating, \"Nobody goes back in "
         "until the three months of wages are paid.\"",
         [("Nobody goes back in until the three months", None)]),
    Case("stating_clearly_before_quote", "Teachers reject pay offer",
         "Primary school teachers met the education adviser on Monday.\n\n"
         "Their leader, stating clearly, \"We will not sit in the exam halls until our grade is "
         "raised,\" left the meeting after an hour.",
         [("We will not sit in the exam halls", None)]),
    Case("stating_after_named_subject", "Minister on fuel prices",
         "The energy adviser Fouzul Kabir Khan spoke in Dhaka on Tuesday.\n\n"
         "Fouzul Kabir Khan defended the new prices, stating, \"The subsidy bill had grown larger "
         "than the health budget.\"",
         [("The subsidy bill had grown larger", "Fouzul Kabir Khan")]),
    Case("stating_in_a_post", "Cricketer retires",
         "Fast bowler Rubel Hossain retired from Test cricket on Wednesday.\n\n"
         "Rubel Hossain shared the news on Facebook, stating, \"It was the honour of my life to "
         "bowl for my country.\"",
         [("It was the honour of my life", "Rubel Hossain")]),
    Case("stating_firmly", "Court hearing on bail",
         "A Dhaka court heard a bail plea for a former mayor on Thursday.\n\n"
         "Prosecutor Omar Faruk opposed the plea, stating firmly, \"He has twice left the country "
         "while on bail.\"",
         [("He has twice left the country", "Omar Faruk")]),
    Case("stating_at_a_rally", "Party vows to contest",
         "Thousands gathered at a rally in Sylhet on Friday.\n\n"
         "Party chief Nurul Haque Nur closed the rally stating, \"We will field a candidate in every "
         "seat of this division.\"",
         [("We will field a candidate in every seat", "Nurul Haque Nur")]),
    Case("saying_after_non_cue_clause", "Bus fares raised",
         "Transport owners raised bus fares in Dhaka on Monday.\n\n"
         "Owners' leader Khandaker Enayet Ullah defended the rise, saying, \"Diesel now costs us a "
         "third more than in January.\"",
         [("Diesel now costs us a third more", "Khandaker Enayet Ullah")]),
    Case("body_notice_saying_unmarked", "Schools to close early",
         "Schools across the country will close a week early for the winter break.\n\n"
         "The Ministry of Education issued a notice on Tuesday, saying the classes would resume on the "
         "second of January.",
         [("the classes would resume on the second of January", "Ministry of Education")]),
    Case("group_act_saying_unmarked", "Market fire losses",
         "A fire gutted a clothes market in Bangabazar at dawn.\n\n"
         "No one was hurt, but traders put their losses at Tk 30 crore, saying most of the stock "
         "had been bought for the Eid sales.",
         [("most of the stock had been bought", None)]),
    Case("saying_goodbye_reports_nothing", "Pilgrims leave",
         "The first flight of hajj pilgrims left Dhaka on Friday.\n\n"
         "Families waved from the terminal, saying goodbye to the pilgrims as the flight was called.",
         [],
         never_quotes=["goodbye to the pilgrims"]),
]
