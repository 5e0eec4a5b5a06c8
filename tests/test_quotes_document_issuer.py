"""A document that speaks ("The press release stated ...") is the body that issued it when the
sentence before names it (rule issuer_of_document_before, the pack's `documents`); a document new
to the text ("..., said a statement") tells no author, so it never falls back to whoever spoke
before (rule document_author). The sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import quote_speakers


def test_press_release_speaks_for_its_issuer():
    body = ("The Election Commission made the announcement in a press release on Sunday. The press "
            "release stated that the polls would be held on the set date.")
    assert quote_speakers(body, "the polls would be held", "Polls on time") == ["Bangladesh Election Commission"]


def test_a_document_new_to_the_text_is_not_the_last_speaker():
    body = ("Health adviser Karim Uddin said the hospitals were ready for the season.\n\n"
            "The new rota was published on Sunday afternoon, said a statement.")
    assert quote_speakers(body, "The new rota was published", "Hospitals ready") in ([None], [])
