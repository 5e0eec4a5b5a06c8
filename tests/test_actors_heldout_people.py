"""The held-out cases on how far a person's name reaches (tests/actor_heldout_people.py) as tests; the
one still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_people import CASES

# "অনেস্ট সাকিব": an English word before the name, no name word
STILL_FAILING = {"bn_epithet_before_name"}


test_heldout_case = heldout_test(CASES, STILL_FAILING)


def test_only_one_hyphen_joins_name_parts():
    """A title word kept after a hyphen ("আল-দিন") must not be kept after a word with no gap at all."""
    from khobor.actors.provisional import _is_hyphen
    assert _is_hyphen("-") and _is_hyphen("\u2011")
    assert not _is_hyphen("") and not _is_hyphen(" ") and not _is_hyphen("--")
