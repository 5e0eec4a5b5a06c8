"""Bengali speakers of round 46 (issue 10): pronouns, titles and bodies left unresolved.

- `given_name_cut_off` (khobor.quotes.speakers): the given name before a surname must stand on
  the surname's own line; a word ending the line before (a space, then the line break) is no
  part of the name.

Sentences written for this file (no newspaper text), before the change; the controls pass before
and after.
"""
from __future__ import annotations

import pytest

from test_quotes_bn_round43_speakers import _name


def _cut_off(text: str, surname_at: int):
    from khobor import lang
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    from khobor.record import Actor, Entity, Record
    word = text[surname_at:].split()[0]
    person = Entity(text=word, start=surname_at, end=surname_at + len(word), type="PER",
                    actor=Actor(id="new:x", name=word, provisional=True))
    finder = SpeakerFinder(Record(id="t", text=text, language="bn", entities=[person]), grammar_for(lang.load("bn")))
    return next(e for e in finder.entities if e.end == person.end)  # (the finder completes cut names)


def test_a_given_name_ending_the_line_before_is_no_part_of_the_name():
    text = "শিল্পী রওশন ফকির আর নেই। তাঁর বড় ছেলে মাসুদ \nফকির বলেন, গান চলবে।"
    assert _cut_off(text, text.index("\nফকির") + 1).text == "ফকির"


def test_control_a_given_name_on_the_surnames_line_is_part_of_the_name():
    text = "শিল্পী রওশন ফকির আর নেই। তাঁর বড় ছেলে মাসুদ ফকির বলেন, গান চলবে।"
    found = _cut_off(text, text.index("মাসুদ ফকির") + len("মাসুদ "))
    assert found.text == "মাসুদ ফকির"
