"""Held-out English articles for quotes, written for this project (no outlet's text), on a speaker
named by nationality alone ("said the Argentine", "the Brazilian added"): a person of that country,
never the country itself (the registry knows "Argentine" as Argentina). The speaker is left for the
person; it must not be the country (the fragment with a space after it is the actor's name, which
the speaker's words "the Pakistani" hold without one).

Written before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("said_the_argentine", "Atletico beaten at home",
         "Atletico lost 3-1 to Sevilla on Sunday.\n\n"
         "Atletico coach Diego Simeone said his team had given everything. \u201cI am happy with how we "
         "competed, even in defeat,\u201d said the Argentine.",
         [("I am happy with how we competed", None)], never_speakers=["Argentina "]),
    Case("said_the_brazilian", "Striker returns from injury",
         "Real Madrid forward Vinicius Junior trained with the squad on Friday.\n\n"
         "\u201cIt was a hard two months, but I feel strong again,\u201d said the Brazilian.",
         [("It was a hard two months", None)], never_speakers=["Brazil "]),
    Case("said_the_indian", "Chess champion eyes title defence",
         "World champion Gukesh Dommaraju arrived in Singapore on Monday.\n\n"
         "\u201cI have prepared for this match for a whole year,\u201d said the Indian.",
         [("I have prepared for this match", None)], never_speakers=["India "]),
    Case("said_the_german", "Coach leaves after defeat",
         "Bayern coach Thomas Tuchel left the stadium without speaking to fans.\n\n"
         "\u201cWe did not deserve anything tonight,\u201d said the German.",
         [("We did not deserve anything tonight", None)], never_speakers=["Germany "]),
    Case("said_the_portuguese", "Forward scores twice",
         "Cristiano Ronaldo scored twice as Al Nassr won 2-0 on Thursday.\n\n"
         "\u201cThe team played with courage and the fans carried us,\u201d said the Portuguese.",
         [("The team played with courage", None)], never_speakers=["Portugal "]),
    Case("said_the_pakistani", "Pacer ruled out of series",
         "Fast bowler Shaheen Shah Afridi will miss the series with a knee injury.\n\n"
         "\u201cI am sad to miss it, but I will come back stronger,\u201d said the Pakistani.",
         [("I am sad to miss it", None)], never_speakers=["Pakistan "]),
]
