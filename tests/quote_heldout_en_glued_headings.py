"""Held-out English articles for a section heading in marks glued to the next sentence (the
page lost its line break): "‘Rough seas ahead’ Officials said boats should return". A group
opening that sentence (one of the pack's `plural_titles`) or a cue with its complementiser
("Karim said that ...") reports words of its own: the marked phrase is a heading, no quote, and
the sentence after it is still a report. "‘We will not give up’ Karim told reporters" stays speech
(tests/quote_heldout_en_glued_speakers.py).

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("officials_after_a_glued_heading", "Storm signal raised for the coast",
         "The Met office raised the signal to three on Tuesday as a depression moved north over the bay.\n\n"
         "‘Rough seas ahead’ Officials said fishing boats should return to the shore by evening. The "
         "signal may rise again overnight.",
         [("fishing boats should return to the shore", None)],
         never_quotes=["Rough seas ahead"]),
    Case("residents_after_a_glued_heading", "River breaks embankment in Sirajganj",
         "The Jamuna broke through a two-kilometre stretch of the embankment on Sunday night.\n\n"
         "‘A long night’ Residents said the water entered their homes within an hour and rose above "
         "the beds before dawn.",
         [("the water entered their homes within an hour", None)],
         never_quotes=["A long night"]),
    Case("students_after_a_glued_heading", "Exams postponed after the cold wave",
         "Schools in the northern districts will stay shut for another week, the education board said.\n\n"
         "‘Back to the books’ Students said the delay would give them more time for mathematics and "
         "science.",
         [("the delay would give them more time", None)],
         never_quotes=["Back to the books"]),
    Case("traders_after_a_glued_heading", "Onion prices fall at Shyambazar",
         "Onion prices fell by twenty taka a kilogram at the wholesale market on Thursday.\n\n"
         "‘Relief at last’ Traders told reporters that trucks from the border had arrived overnight.",
         [("trucks from the border had arrived overnight", None)],
         never_quotes=["Relief at last"]),
    Case("named_speaker_said_that_after_a_heading", "Talks on the river water continue",
         "The joint river commission met in Dhaka on Monday for the first time in two years.\n\n"
         "‘No deal yet’ Mahbub Alam said that the two sides would meet again in March.",
         [("the two sides would meet again in March", "Mahbub Alam")],
         never_quotes=["No deal yet"]),
    Case("experts_after_a_glued_heading", "Dengue cases rise in December",
         "Hospitals in the capital admitted more than two hundred dengue patients on Wednesday.\n\n"
         "‘An unusual winter’ Experts said the warm nights had kept the mosquitoes breeding late into "
         "the year.",
         [("the warm nights had kept the mosquitoes breeding", None)],
         never_quotes=["An unusual winter"]),
]
