"""Held-out (issue 9, round 22, evtrain22): a written Bengali sentence whose sides the pipeline
does not link (common nouns: workers, passengers, residents, a delegation) gave the classifier no
training example, because the coder proposes a candidate only where a side is linked. Lent its
written actor and recipient (`lend_written_parties`, training only), each sentence here gives a
candidate on its written trigger; run time is unchanged by lending.
The sentences were written for this test."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.events import extraction as events
from khobor.train import events_training as training


def _event(etype, trigger, actor, recipient=None):
    return {"type": etype, "trigger": trigger, "actor": actor, "recipient": recipient, "modality": "asserted",
            "mode": None, "actor_country": "BGD", "recipient_country": "BGD" if recipient else None}


CASES = [
    ("বেতন বাড়ানোর দাবিতে মহাসড়ক অবরোধ করেছেন পোশাকশ্রমিকেরা।",
     _event("PROTEST", "অবরোধ করেছেন", "পোশাকশ্রমিকেরা")),
    ("চাঁদাবাজির অভিযোগে দুই তরুণকে আটক করেছেন গ্রামবাসী।",   # not the River Police: the registry knows it since round 30
     _event("COERCE", "আটক করেছেন", "গ্রামবাসী", "দুই তরুণকে")),
    ("পাওনা মজুরির দাবিতে ইটভাটার সামনে বিক্ষোভ করেছেন শ্রমিকেরা।",
     _event("PROTEST", "বিক্ষোভ করেছেন", "শ্রমিকেরা")),
    ("ভাড়া নিয়ে বচসার পর এক অটোচালককে মারধর করেছেন কয়েকজন যাত্রী।",
     _event("ASSAULT", "মারধর করেছেন", "কয়েকজন যাত্রী", "এক অটোচালককে")),
    ("নদী খননের কাজে অনিয়মের অভিযোগ তুলেছেন চরাঞ্চলের বাসিন্দারা।",
     _event("ACCUSE", "অভিযোগ তুলেছেন", "চরাঞ্চলের বাসিন্দারা")),
    ("বকেয়া ভাতা চেয়ে জেলা প্রশাসকের কাছে স্মারকলিপি দিয়েছেন অবসরপ্রাপ্ত শিক্ষকেরা।",
     _event("REQUEST", "স্মারকলিপি দিয়েছেন", "অবসরপ্রাপ্ত শিক্ষকেরা")),
    ("দুই দিনের সফরে ঢাকায় পৌঁছে পররাষ্ট্র উপদেষ্টার সঙ্গে বৈঠক করেছেন সফররত প্রতিনিধিদল।",
     _event("CONSULT", "বৈঠক করেছেন", "সফররত প্রতিনিধিদল", "পররাষ্ট্র উপদেষ্টার")),
]


def _on_written_trigger(row, rec, cands):
    return [ev.type for ev in cands if training.written_event_of(row, rec, ev) is not None]


@pytest.mark.parametrize("text,event", CASES, ids=[c[1]["type"] + str(i) for i, c in enumerate(CASES)])
def test_a_written_sentence_with_unlinked_sides_gives_a_training_candidate(text, event):
    pack = lang.load("bn")
    row = {"id": "heldout-lent", "lang": "bn", "genre": "politics", "text": text, "events": [event], "entities": []}
    rec = training._one_sentence_record(row, "bn", pack, lend=False)
    # (run time proposed none of these until round 39; since then a text that links no name to a
    # country is of the press's own (home_country_when_none_named), and it may propose them too)
    assert training.lend_written_parties(row, rec) >= 1
    assert _on_written_trigger(row, rec, events.candidates(rec, pack)) == [event["type"]]


def test_a_side_the_pipeline_linked_is_not_lent_again():
    pack = lang.load("bn")
    row = {"id": "heldout-lent", "lang": "bn", "genre": "politics",
           "text": "সীমান্ত হত্যার প্রতিবাদে ঢাকায় বিক্ষোভ করেছে বিএনপি।",
           "events": [_event("PROTEST", "বিক্ষোভ করেছে", "বিএনপি")], "entities": []}
    rec = training._one_sentence_record(row, "bn", pack, lend=False)
    assert any(e.actor is not None and e.text.startswith("বিএনপি") for e in rec.entities)
    assert training.lend_written_parties(row, rec) == 0
