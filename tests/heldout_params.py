"""Held-out case functions as pytest parameters: the ones still failing are marked strict xfail,
so that a fix shows as an unexpected pass and the mark has to go; `heldout_test` is the one test a
held-out module's runner needs."""
from __future__ import annotations

import pytest


def heldout_params(cases, still_failing: set[str]) -> list:
    """Example: heldout_params([case_a, case_b], {"case_b"}) -> case_a plain, case_b strict xfail."""
    unknown = still_failing - {c.__name__ for c in cases}
    assert not unknown, f"STILL_FAILING names no case: {sorted(unknown)}"
    return [pytest.param(c, id=c.__name__, marks=pytest.mark.xfail(strict=True))
            if c.__name__ in still_failing else pytest.param(c, id=c.__name__) for c in cases]


def heldout_test(cases, still_failing: set[str]):
    """The test of a held-out module, one parameter per case (see `heldout_params`); a runner holds
    only: test_heldout_case = heldout_test(CASES, STILL_FAILING)"""
    @pytest.mark.parametrize("case", heldout_params(cases, still_failing))
    def test_heldout_case(case):
        assert case()
    return test_heldout_case
