"""A person named again by a word of their name that is not its last (issue 10, round 32):
"Chief Prosecutor Mohammad Tajul Islam told reporters ... . Tajul added that ...". The bare region
"Tajul" matched no surname of the article, so the speaker was left without an actor.

Rule `one_word_of_a_full_name` (khobor.quotes.speakers): a bare one-word speaker that is the
given name (the first word once name prefixes are skipped) of exactly one full name in the
article's body is that person; `entity_names` (khobor.quotes.people) skips those prefixes too.

Sentences written for this file (no newspaper text). Before the change the 2 cases fail, after
none; the control passes before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

HEAD = "Hearing resumes"
CASES = [
    # (the NER tags "Rafiqul" a name: the People's fullest form, `entity_names`, skips the prefix
    # "Mohammad", where `titled_names` made "Prosecutor Mohammad Rafiqul" of it)
    ("The hearing was adjourned. Chief Prosecutor Mohammad Rafiqul Karim told reporters the hearing "
     "would resume on Sunday. Rafiqul added that 43 witnesses had been examined.",
     "43 witnesses had been examined", "Mohammad Rafiqul Karim"),
    ("Chief Prosecutor Mohammad Tajul Islam told reporters the hearing would resume on Sunday. Tajul "
     "added that 43 witnesses had been examined.", "43 witnesses had been examined", "Mohammad Tajul Islam"),
]

# control: the surname, as before
CONTROLS = [
    ("Chief Prosecutor Mohammad Tajul Islam told reporters the hearing would resume on Sunday. Islam "
     "added that 43 witnesses had been examined.", "43 witnesses had been examined", "Mohammad Tajul Islam"),
]


@pytest.mark.parametrize("body,fragment,name", CASES + CONTROLS)
def test_a_given_name_finds_the_full_name(body, fragment, name):
    assert quote_speakers(body, fragment, HEAD) == [name]


def test_a_name_the_ner_ran_on_over_a_verb_is_no_full_name():
    # (hand-placed entities: the NER took "told" into the name "Leo Silva told"; a later bare "Leo"
    # is not that "person", whose name holds an uncapitalised word)
    import unicodedata

    from khobor import lang
    from khobor.quotes import attribution as quotes
    from khobor.record import Actor, Entity, Record, record_id

    text = unicodedata.normalize("NFC", 'The striker Leo Silva told reporters the team was tired. "We need rest '
                                        'before the derby," Leo said.')
    pos = text.index("Leo Silva told")
    odd = Actor(id="new:leo-silva-told", name="Leo Silva told", provisional=True)
    rec = Record(id=record_id(text), text=text, language="en", published="2024-03-01",
                 entities=[Entity(text="Leo Silva told", start=pos, end=pos + 14, type="PER", actor=odd)])
    quotes.run(rec, lang.load("en"))
    (q,) = [q for q in rec.quotes if "We need rest" in q.text]
    assert q.speaker is None or q.speaker.actor is None or q.speaker.actor.id != odd.id
