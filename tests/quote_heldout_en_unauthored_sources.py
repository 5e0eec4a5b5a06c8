"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
sources whose words are reported with nobody named behind them ("The case alleges that ...", "The
case statement mentions that ...", "Reports say ...", "Biographical accounts note that ..."): a
quote each, its speaker linked to nobody.

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("case_alleges_and_mentions", "Case filed over market arson",
         "A case was filed at Kotwali police station on Wednesday over the fire at the cloth market.\n\n"
         "The case alleges that a group of men poured petrol on three shops before dawn. The case "
         "statement mentions that goods worth Tk 4 million were burnt.",
         [("a group of men poured petrol on three shops", None),
          ("goods worth Tk 4 million were burnt", None)],
         nobody=["a group of men poured petrol on three shops", "goods worth Tk 4 million were burnt"]),
    Case("reports_say", "Talks on a new alliance",
         "Three small parties met in Purana Paltan on Thursday evening.\n\n"
         "Reports say the parties will contest the polls under one symbol. Local reports say two more "
         "parties may join them next week.",
         [("the parties will contest the polls under one symbol", None),
          ("two more parties may join them next week", None)],
         nobody=["the parties will contest the polls under one symbol",
                 "two more parties may join them next week"]),
    Case("biographical_accounts", "The poet who taught in a village school",
         "The poet spent most of his life in a village near Jashore.\n\n"
         "Biographical accounts note that he walked six miles to school every day as a boy. Family "
         "accounts suggest that he wrote his first poem at the age of nine.",
         [("he walked six miles to school every day", None),
          ("he wrote his first poem at the age of nine", None)],
         nobody=["he walked six miles to school every day", "he wrote his first poem at the age of nine"]),
]
