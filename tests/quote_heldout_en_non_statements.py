"""Held-out English articles for quotes, written for this project (no outlet's text): words that
look like a report and are none. An announced measure ("announced a support package for jute
growers") or fixture list ("announced the schedule of the home series") makes a thing known, not
a statement (an election's schedule or support for somebody stays one); a report whose object a
question word before its subject leaves open ("nobody knows what they say the curfew means")
reports nothing. An outlet named before its report ("Prothom Alo reported that ...") speaks, as
the gold has it (Q1; a credit after the words, "..., according to UNB", is rule media_credit's).

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("announced_measure_is_no_statement", "Help for jute growers",
         "Jute growers in Faridpur have sold their fibre at a loss for two seasons.\n\n"
         "The government announced a support package for jute growers on Monday. Agriculture "
         "officer Kamrul Hasan said the first payments would reach farmers in August.",
         [("the first payments would reach farmers in August", "Kamrul Hasan")],
         never_quotes=["a support package for jute growers"]),
    Case("announced_fixtures_are_no_statement", "Ireland to tour in spring",
         "Ireland will play three one-day matches in Chattogram in March.\n\n"
         "The cricket board announced the schedule of the home series against Ireland on Sunday. "
         "Chief selector Habibul Bashar said the squad would be named next week.",
         [("the squad would be named next week", "Habibul Bashar")],
         never_quotes=["the schedule of the home series"]),
    Case("bank_support_fund_is_no_statement", "Loans for small shops",
         "Small shops hit by the floods in Sylhet may borrow at four percent.\n\n"
         "The central bank announced a support fund worth Tk 500 crore for the shopkeepers. "
         "Shop owner Rehana Akter said the loans came too late for her.",
         [("the loans came too late for her", "Rehana Akter")],
         never_quotes=["support fund worth Tk 500 crore"]),
    Case("election_schedule_stays_a_statement", "City polls in May",
         "Election commissioner Anisur Rahman announced the schedule for the city corporation "
         "elections at the commission on Thursday.",
         [("the schedule for the city corporation elections", "Anisur Rahman")]),
    Case("question_word_before_the_reporter", "Confusion over the curfew",
         "The curfew in the port city entered its third day on Tuesday.\n\n"
         "Nobody in the market knows what they say the curfew means for night-shift workers. "
         "Dock worker Selim Mia said he had lost three days of pay.",
         [("he had lost three days of pay", "Selim Mia")],
         never_quotes=["the curfew means for night-shift workers"]),
    Case("which_rule_officials_say_applies", "Traders puzzled by the new duty",
         "Importers at Benapole asked which goods the ministry says the new duty will cover. "
         "Importer Nasima Khatun said her shipments had been held at the border since Sunday.",
         [("her shipments had been held at the border", "Nasima Khatun")],
         never_quotes=["the new duty will cover"]),
    Case("outlet_reports_before_its_words", "Ferry sinks in the Meghna",
         "Prothom Alo reported that a ferry carrying forty passengers sank near Chandpur on "
         "Sunday night.\n\n"
         "Police also say the toll may rise as divers search the river.",
         [("a ferry carrying forty passengers sank near Chandpur", "Prothom Alo"),
          ("the toll may rise as divers search the river", "Police")]),
]
