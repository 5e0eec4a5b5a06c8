"""English person spans without the titles the model keeps in front of the name
(khobor.ner.model.entity_spans with ner.yaml `titles_outside_names`); the held-out sentences
(fixtures/ner_en_titles_heldout.jsonl) are written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

from khobor.ner.model import _titles_outside_names, bodies_before_offices, without_person_titles

from test_ner_span_rules import _score_heldout, entity_mentions


def _mentions(text: str) -> list[str]:
    return entity_mentions(text, "en")


def test_english_turns_titles_outside_names_on_and_bengali_leaves_it_to_its_gazetteer():
    assert {"mr", "professor", "president"} <= _titles_outside_names("en")
    assert _titles_outside_names("bn") == frozenset()


def test_a_title_in_front_of_a_person_is_left_out_of_the_span():
    got = _mentions("Professor Yunus said the reforms would continue.")
    assert got == ["Yunus"], got
    got = _mentions("Mr Rahman told reporters that the committee would meet again on Sunday.")
    assert got == ["Rahman"], got


def test_a_person_span_of_a_title_alone_is_dropped_but_the_name_beside_it_stays():
    got = _mentions("Nurul Kabir, President of the Editors' Council, was harassed.")
    assert "President" not in got and "Nurul Kabir" in got, got


def test_titles_before_a_name_go_and_a_person_of_titles_alone_is_dropped():
    titles = frozenset({"mr", "president"})
    words = ["Mr", "Rahman", "met", "the", "President", "in", "Dhaka"]
    spans = [(0, 2, "PER"), (4, 5, "PER"), (6, 7, "LOC")]
    assert without_person_titles(words, spans, titles) == [(1, 2, "PER"), (6, 7, "LOC")]
    # other labels keep their words, whatever they are
    assert without_person_titles(["President", "Hotel"], [(0, 2, "ORG")], titles) == [(0, 2, "ORG")]


def test_english_title_heldout_sentences():
    """Written for the rule: 18/20 mentions right and 18/19 names found without it (by the eval's
    half-length overlap), 18/19 and 18/19 with it ("The President" alone is no longer a person)."""
    right, predicted, found, gold = _score_heldout("ner_en_titles_heldout.jsonl", half_length=True, code="en")
    assert right / predicted >= 0.94 and found / gold >= 0.94, (right, predicted, found, gold)


def test_a_body_before_an_office_and_a_person_loses_the_title_and_is_no_person():
    titles = frozenset({"president", "acting", "chairman", "adviser", "major", "lieutenant", "colonel"})
    words = ["Dhaka", "Chamber", "President", "Taskeen", "Ahmed", "said"]
    assert bodies_before_offices(words, [(0, 3, "PER"), (3, 5, "PER")], titles) == [(0, 2, "ORG"), (3, 5, "PER")]
    # the titles left outside both spans: the body keeps its label when it is no person
    words = ["BNP", "Acting", "Chairman", "Tarique", "Rahman"]
    assert bodies_before_offices(words, [(0, 1, "ORG"), (3, 5, "PER")], titles) == [(0, 1, "ORG"), (3, 5, "PER")]
    assert bodies_before_offices(words, [(0, 2, "ORG"), (3, 5, "PER")], titles) == [(0, 1, "ORG"), (3, 5, "PER")]
    # a title in lower case is a person's office: "Trump adviser Elon Musk" keeps Trump
    words = ["Trump", "adviser", "Elon", "Musk"]
    assert bodies_before_offices(words, [(0, 1, "PER"), (2, 4, "PER")], titles) == [(0, 1, "PER"), (2, 4, "PER")]
    # a name ending in a title word with no person after it, and a span of titles alone, stay
    words = ["John", "Major", "met", "Lieutenant", "Colonel", "Rahman"]
    spans = [(0, 2, "PER"), (3, 5, "ORG"), (5, 6, "PER")]
    assert bodies_before_offices(words, spans, titles) == spans


def test_english_office_heldout_sentences():
    """Written before the rule (bodies before a capitalised office and a name: "Dhaka Chamber
    President Taskeen Ahmed", "BNP Acting Chairman"; "John Major", "Martin Luther King" as traps):
    exact bodies with the ORG label, 2/9 without the rule ("Dhaka Chamber President" a person,
    "BNP Acting", "Awami League General", "Bangladesh Bank Governor"), 8/9 with it (left:
    "Khulna Metropolitan Police" inside one person span with its commissioner)."""
    from khobor import lang
    from khobor.ner import entities
    from khobor.record import Record, Span, record_id
    bodies = {"Dhaka Chamber", "BNP", "Awami League", "Chittagong Chamber", "Bangladesh Bank", "Jamaat",
              "Khulna Metropolitan Police", "Metropolitan Chamber", "Dhaka University"}
    rows = [json.loads(x) for x in (Path(__file__).parent / "fixtures" / "ner_en_offices_heldout.jsonl")
            .read_text(encoding="utf-8").splitlines() if x.strip()]
    found, people = set(), []
    for row in rows:
        rec = Record(id=record_id(row["text"]), text=row["text"], language="en", published="2025-06-15",
                     sentences=[Span(start=0, end=len(row["text"]))])
        entities.run(rec, lang.load("en"))
        found |= {e.text for e in rec.entities if e.type == "ORG"} & bodies
        people += [e.text for e in rec.entities if e.type == "PER"]
    assert len(found) >= 8, sorted(bodies - found)
    assert {"John Major", "Martin Luther King", "Taskeen Ahmed"} <= set(people), people
    right, predicted, _, _ = _score_heldout("ner_en_offices_heldout.jsonl", half_length=True, code="en")
    assert right / predicted >= 0.9, (right, predicted)
