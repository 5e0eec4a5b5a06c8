"""Held-out English articles for quotes, written for this project (no outlet's text), round 28
(qr28): the participle "claiming" set off after a clause whose verb is no cue reports words as
"saying" and "stating" do ("X quit the party, claiming that it had lost its way"): the clause's
subject claimed them. GUIDELINES Q1: a claim is an act of speech, and so is its participle.

Written before the rule they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("claiming_that_after_non_cue_clause", "Leader quits party",
         "A joint secretary of a new party resigned on Sunday.\n\n"
         "Party leader Fouzul Kabir Khan left the meeting early, claiming that the party had "
         "abandoned its founding promises.",
         [("the party had abandoned its founding promises", "Fouzul Kabir Khan")]),
    Case("claiming_without_that", "Optimism on reform",
         "A former adviser spoke at a seminar in Dhaka on Monday.\n\n"
         "Khandaker Enayet Ullah sounded hopeful, claiming a new settlement is possible within "
         "two years.",
         [("a new settlement is possible within two years", "Khandaker Enayet Ullah")]),
    Case("claiming_before_marked_words", "Union rejects offer",
         "Garment workers in Gazipur rejected the owners' offer on Tuesday.\n\n"
         "Union leader Moshrefa Mishu walked out of the talks, claiming, \"The offer does not "
         "cover even half of the lost wages.\"",
         [("The offer does not cover even half", "Moshrefa Mishu")]),
]
