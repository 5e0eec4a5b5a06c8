"""The held-out set tests/quote_bn_heldout_genitive_speech_source.py through the whole pipeline."""
from __future__ import annotations

import pytest

from khobor.actors.link import provisional_actor
from quote_bn_heldout_genitive_speech_source import CASES
from quote_fixtures import quotes_of


@pytest.mark.parametrize("name, text, person, fragment", CASES, ids=[c[0] for c in CASES])
def test_pronoun_after_a_genitive_speech_source_is_that_person(name, text, person, fragment):
    hits = [q for q in quotes_of(text) if fragment in q.text]
    assert hits, "the pronoun's quote is found"
    sp = hits[0].speaker
    assert sp is not None and sp.actor is not None, sp
    assert sp.actor.id == provisional_actor(person, "bn").id, (sp.text, sp.actor.id)


def test_genitive_before_another_noun_is_no_antecedent():
    """A possessor of anything but words ("X-এর বাড়িতে", at X's house) never speaks for a later "তিনি"."""
    text = ('পুলিশ জানায়, রাতে ব্যবসায়ী মোখলেছুর রহমানের বাড়িতে ডাকাতি হয়। তিনি বলেন, '
            'ডাকাতরা দরজা ভেঙে ঘরে ঢোকে।')
    hits = [q for q in quotes_of(text) if "দরজা ভেঙে" in q.text]
    assert hits
    sp = hits[0].speaker
    assert sp is None or sp.actor is None or sp.actor.id != provisional_actor("মোখলেছুর রহমান", "bn").id


def test_name_cut_before_its_genitive_word_is_read_through_it():
    from quote_bn_heldout_genitive_speech_source import CUT_NAME_TEXT
    hits = [q for q in quotes_of(CUT_NAME_TEXT) if "বিনিময় হার" in q.text]
    assert hits and hits[0].speaker is not None and hits[0].speaker.actor is not None, hits
    assert "mansur" in hits[0].speaker.actor.id, hits[0].speaker.actor.id
