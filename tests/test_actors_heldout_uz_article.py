"""The held-out cases on the article "উজ" written apart before a name in জ
("মনির উজ জামান": Monir Uz Zaman, not "Uj")
(tests/actor_heldout_uz_article.py) as tests; a case still failing is marked, so that a fix shows as an
unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_uz_article import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
