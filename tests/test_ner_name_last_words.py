"""A person's last word before a clause mark joins the name (`with_last_words_before_marks`,
ner.yaml `gazetteer.tail_marks`): the model stops a word short of surnames and nicknames it never
saw spelled ("ফরহাদ হালিম" | "ডোনার।"), and the linker then makes an actor of the shorter name.
Held-out file written before the rule (fixtures/ner_bn_name_last_words_heldout.jsonl): six names
cut one word short, five guards (a verb, "প্রমুখ", a second name of a list), and one name whose
nickname is a common word ("বন্যা": flood), which stays cut."""
from __future__ import annotations

import json
from pathlib import Path

from khobor.ner.gazetteer import settings, with_last_words_before_marks
from test_ner_span_rules import entity_mentions

MARKS = frozenset({",", "।", ")"})


def _grown(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return with_last_words_before_marks(words, spans, MARKS, settings("bn")["headed_names"], "bn")


def test_a_word_between_a_person_and_a_mark_is_the_last_part_of_the_name():
    assert _grown(["পরিচালক", "অমল", "চন্দ্র", "দাস", ","], [(1, 3, "PER")]) == [(1, 4, "PER")]
    # at the sentence's end too
    assert _grown(["অতিথি", "ফরহাদ", "হালিম", "ডোনার"], [(1, 3, "PER")]) == [(1, 4, "PER")]


def test_verbs_one_word_people_and_words_before_no_mark_stay_out():
    assert _grown(["রহিম", "উদ্দিন", "বলেন", "।"], [(0, 2, "PER")]) == [(0, 2, "PER")]
    assert _grown(["কামাল", "হোসেন", "প্রমুখ", "।"], [(0, 2, "PER")]) == [(0, 2, "PER")]
    # a one-word person beside a word is more often two people
    assert _grown(["তামিম", "ডোনার", "।"], [(0, 1, "PER")]) == [(0, 1, "PER")]
    # no mark after the word: it may start the next clause
    assert _grown(["ফরহাদ", "হালিম", "ডোনার", "এসে"], [(0, 2, "PER")]) == [(0, 2, "PER")]


def test_institutions_typed_as_people_get_no_tail():
    # a head word of an institution ("মহাবিদ্যালয়" ends in "বিদ্যালয়")
    assert _grown(["খালেদা", "জিয়া", "মহাবিদ্যালয়", ","], [(0, 2, "PER")]) == [(0, 2, "PER")]
    # an organisation's word inside the span: a company the model took for a person
    assert _grown(["নুজহাত", "ক্যাপিটাল", "ম্যানেজমেন্ট", ","], [(0, 2, "PER")]) == [(0, 2, "PER")]


def test_name_last_words_heldout_sentences():
    """Before the rule: 0/6 names whole, 5/5 guards right; after: 6/6 and 5/5."""
    rows = [json.loads(x) for x in (Path(__file__).parent / "fixtures" / "ner_bn_name_last_words_heldout.jsonl")
            .read_text(encoding="utf-8").splitlines() if x.strip()]
    wrong = [(r["text"], entity_mentions(r["text"])) for r in rows
             if not r.get("known_miss") and entity_mentions(r["text"]) != r["entities"]]
    assert wrong == []
