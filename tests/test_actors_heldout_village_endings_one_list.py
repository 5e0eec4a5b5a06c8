"""The held-out cases on villages ending in -হাট, -চর, -বাড়ি that the NER's unseen shapes now keep
(one list of place endings, actors.yaml `lone_place_endings`; tests/actor_heldout_village_endings_one_list.py)
as tests; a case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from heldout_params import heldout_test
from actor_heldout_village_endings_one_list import CASES

# the model tags none of these words a place, so no list of endings can keep them
STILL_FAILING: set[str] = {"bn_river_island_ending_in_char", "bn_homestead_village_ending_in_bari",
                           "bn_market_ending_in_hat_genitive", "bn_new_char"}


test_heldout_case = heldout_test(CASES, STILL_FAILING)


def test_the_ner_reads_the_linkers_place_endings():
    from khobor import lang
    from khobor.actors.words import actors_yaml
    from khobor.ner.gazetteer import settings
    from khobor.actors.keys import fold_token
    endings = tuple(fold_token(x) for x in actors_yaml(lang.load("bn"))["lone_place_endings"])
    assert settings("bn")["unseen_shapes"]["endings"] == endings


def test_a_place_ending_list_in_ner_yaml_is_an_error():
    from khobor.ner.unseen_shapes import shapes_from
    with pytest.raises(ValueError, match="lone_place_endings"):
        shapes_from({"place_endings": ["পুর"], "place_min_letters": 2}, str)
