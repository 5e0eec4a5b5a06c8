"""Held-out English articles for speakers, written for this project (no outlet's text): a bare
definite description ("the adviser") names back the one person named before whose office the
registry titles with that word, though the article introduced them with other words ("Home
affairs chief X": the registry titles his office "Home Affairs Adviser of Bangladesh"). A lede may describe
before it names ("..., the home adviser said. Jahangir Alam Chowdhury, briefing reporters, ...").
Written before the rule registry_title_named_before (the shape of
tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("the_adviser_after_home_affairs_chief", "Patrols to be stepped up on highways",
         "Home affairs chief Jahangir Alam Chowdhury met police and RAB officers at the Secretariat on "
         "Sunday to discuss a spate of highway robberies.\n\n"
         "Inspector General Rafiqul Haque and two district superintendents attended the meeting.\n\n"
         "Speaking to reporters afterwards, the adviser said night patrols would be doubled on the "
         "Dhaka-Aricha highway from next week.",
         [("night patrols would be doubled", "Jahangir Alam Chowdhury")]),
    Case("the_home_adviser_in_a_lede_named_next", "Troops to stay out for ten days around the polls",
         "Troops will be deployed across the country for ten days around the national election, the "
         "home adviser said on Thursday.\n\n"
         "Jahangir Alam Chowdhury, briefing reporters after a security meeting, said magistrates would "
         "accompany the troops in every upazila.",
         [("deployed across the country for ten days", "Jahangir Alam Chowdhury")]),
]
