"""The held-out Bengali set tests/quote_bn_heldout_country_services.py through the whole pipeline:
each quote found, its speaker the country's service (by the actor's English name), or nobody."""
from __future__ import annotations

import unicodedata

import pytest

from khobor.ingest.raw import RawArticle
from khobor.pipeline import process
from quote_bn_heldout_country_services import CASES


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_service_of_the_country_speaks(name, text, expected):
    rec = process(RawArticle(source="heldout", text=unicodedata.normalize("NFC", text), language="bn",
                             published="2025-12-28"))
    for fragment, actor_name in expected:
        hits = [q for q in rec.quotes if unicodedata.normalize("NFC", fragment) in q.text]
        assert hits, f"{fragment}: missed; quotes {[q.text for q in rec.quotes]}"
        got = hits[0].speaker.actor if hits[0].speaker else None
        assert getattr(got, "name", None) == actor_name, (hits[0].speaker.text if hits[0].speaker else None)
