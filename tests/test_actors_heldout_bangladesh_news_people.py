"""The held-out cases on people of Bangladeshi news the registry lacked ("হাবিব উন নবী খান
সোহেল": Habib-un-Nabi Khan Sohel, not "Habib Un Nabi") (tests/actor_heldout_bangladesh_news_people.py)
as tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

from heldout_params import heldout_test
from actor_heldout_bangladesh_news_people import CASES

STILL_FAILING: set[str] = set()


test_heldout_case = heldout_test(CASES, STILL_FAILING)
