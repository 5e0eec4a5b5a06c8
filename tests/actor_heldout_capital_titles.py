"""Held-out cases on the US capital, which Bengali and English papers write "Washington"
("ওয়াশিংটনে", "in Washington"): the actor carries the name a reader looks up (GUIDELINES N5, the
Wikipedia title), "Washington, D.C.", not the bare word that is also a state's and a person's.
Written before the change they test and not tuned on; each case returns True when the linker does
the right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()

CAPITAL = "Washington, D.C."


def _name(text: str, code: str, surface: str) -> str:
    return name_of(actors_at(text, code, ("GPE", surface), published="2025-03-12")[surface])


@case
def bn_capital_with_locative():
    t = "আলোচনায় অংশ নিতে বাণিজ্য উপদেষ্টা আগামী সপ্তাহে ওয়াশিংটনে যাবেন।"
    return _name(t, "bn", "ওয়াশিংটনে") == CAPITAL


@case
def bn_capital_with_genitive():
    t = "ওয়াশিংটনের পক্ষ থেকে শুল্ক নিয়ে নতুন কোনো বার্তা আসেনি।"
    return _name(t, "bn", "ওয়াশিংটনের") == CAPITAL


@case
def bn_capital_bare():
    t = "বৈঠকটি হবে ওয়াশিংটন ও ঢাকার কর্মকর্তাদের মধ্যে, জানিয়েছে মন্ত্রণালয়।"
    return _name(t, "bn", "ওয়াশিংটন") == CAPITAL


@case
def en_capital_in_a_dateline_sentence():
    t = "Officials in Washington said the tariff talks would resume next month."
    return _name(t, "en", "Washington") == CAPITAL


@case
def en_capital_as_government():
    t = "The envoy said Washington wanted a stable and democratic Bangladesh."
    return _name(t, "en", "Washington") == CAPITAL


@case
def en_capital_with_dc():
    t = "The delegation flew to Washington DC on Sunday for the trade talks."
    return _name(t, "en", "Washington DC") == CAPITAL
