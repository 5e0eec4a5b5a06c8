"""Held-out English articles, written for this project (no outlet's text): a short quotation run on
with no comma into a short capitalised subject and a speech verb ("‘We will not give up’ Karim told
reporters") is that subject's speech, not a section heading glued to the next sentence (rule
name_and_cue_after_marks, the pack's `glued_speaker_cues`). Known defect from round 20; written
before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("told_reporters_after_a_short_quote", "Talks end without a deal",
         "The wage talks ended without a deal on Monday. 'We will not give up' Karim Uddin told reporters "
         "after the meeting.",
         [("We will not give up", "Karim Uddin")]),
    Case("said_after_a_short_quote", "Dock workers stay out",
         "Dock workers stayed away from the port for a third day. ‘The strike goes on’ Shahidul Alam said "
         "outside the union office.",
         [("The strike goes on", "Shahidul Alam")]),
    Case("added_after_a_short_quote", "Minister visits flood shelters",
         "The relief minister visited three shelters in Sunamganj on Tuesday. \"Food will reach everyone\" "
         "Farida Yasmin added before leaving.",
         [("Food will reach everyone", "Farida Yasmin")]),
    Case("asked_after_a_short_question", "Residents angry over water",
         "Residents of Mirpur have had no piped water for a week. 'Who will pay for this' Rokeya Begum "
         "asked as she queued at a tanker.",
         [("Who will pay for this", "Rokeya Begum")]),
    Case("says_after_a_short_quote", "A runner's comeback",
         "Two years after her injury, the sprinter is back on the track. ‘I never stopped believing’ "
         "Nasrin Akter says.",
         [("I never stopped believing", "Nasrin Akter")]),
    Case("replied_after_a_short_quote", "Mayor on the budget",
         "Councillors pressed the mayor on the drainage budget. \"It will be doubled\" Atiqul Haque replied "
         "at the end of the session.",
         [("It will be doubled", "Atiqul Haque")]),
    # a guard, passing before and after: a heading glued to a sentence whose cue has its own report
    Case("heading_before_says_she", "A runner's story",
         "She trains before dawn on the university track. ‘Born to run’ Rahima says she first raced "
         "barefoot in her village.",
         [], never_quotes=["Born to run"]),
]
