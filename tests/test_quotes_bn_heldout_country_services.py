"""The held-out Bengali set tests/quote_bn_heldout_country_services.py through the whole pipeline:
each quote found, its speaker the country's service (by the actor's English name), or nobody."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_country_services import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_service_of_the_country_speaks(name, text, expected):
    assert_speakers_by_actor_name(text, expected)
