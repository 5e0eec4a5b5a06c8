"""Held-out cases on the English spelling of a Bangladeshi politician's name as a Bangladeshi
would write it (eval/GUIDELINES.md N5): the NCP's member secretary "আখতার হোসেন" is "Akhtar
Hossain", with "Akhter Hossen" an alias, in Bengali and in English text alike. Written before
the change they test and not tuned on; each case returns True when the linker does the right
thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, surface: str, code: str) -> str:
    return name_of(actors_at(text, code, ("PER", surface), published="2025-11-20")[surface])


@case
def bn_member_secretary_at_rally():
    return _name("সমাবেশে জাতীয় নাগরিক পার্টির সদস্যসচিব আখতার হোসেন বলেন, নির্বাচন পেছানো চলবে না।", "আখতার হোসেন", "bn") == "Akhtar Hossain"


@case
def bn_name_alone_in_talks():
    return _name("বৈঠক শেষে আখতার হোসেন সাংবাদিকদের জানান, আলোচনা চলবে।", "আখতার হোসেন", "bn") == "Akhtar Hossain"


@case
def bn_name_with_genitive():
    return _name("আখতার হোসেনের নেতৃত্বে একটি প্রতিনিধিদল কমিশনে যায়।", "আখতার হোসেনের", "bn") == "Akhtar Hossain"


@case
def en_written_akhter_hossen():
    return _name("NCP member secretary Akhter Hossen said the party would field candidates.", "Akhter Hossen", "en") == "Akhtar Hossain"


@case
def en_written_akhtar_hossain():
    return _name("Akhtar Hossain told reporters the talks would resume on Sunday.", "Akhtar Hossain", "en") == "Akhtar Hossain"


@case
def en_in_a_delegation():
    return _name("A delegation led by Akhter Hossen met the election commission on Monday.", "Akhter Hossen", "en") == "Akhtar Hossain"
