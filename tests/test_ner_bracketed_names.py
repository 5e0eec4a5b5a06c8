"""Names that go on past a short form in brackets (khobor.ner.bracketed_names) and the linker that
keeps them whole (actors.link._short_form_inside); the Bengali pack's other small data of round 42:
prayers of condolence notes, "মোছা." as a name's abbreviation, acronyms of offices. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from actor_fixtures import body_record
from khobor.ner.bracketed_names import bracketed_names, heads_from
from test_ner_span_rules import entity_mentions

HEADS = {"মসজিদ": "FAC", "হাসপাতাল": "ORG"}
INNER = frozenset({"কেন্দ্রীয়"})


def stems(word: str) -> list[str]:
    return [word[:-1]] if word.endswith("ে") else []


def test_a_body_its_short_form_and_a_head_make_one_name():
    words = "ঢাকা বিশ্ববিদ্যালয় ( ঢাবি ) কেন্দ্রীয় মসজিদ থেকে".split()
    spans = [(0, 2, "ORG"), (3, 4, "ORG")]
    assert bracketed_names(words, spans, HEADS, INNER, stems, lambda k: True) == [(0, 7, "FAC")]


def test_a_span_the_model_closed_on_the_bracket_is_taken():
    words = "ঢাকা মেডিকেল কলেজ ( ঢামেক ) হাসপাতালে নেওয়া হয়".split()
    assert bracketed_names(words, [(0, 4, "ORG"), (4, 5, "ORG")], HEADS, INNER, stems, lambda k: True) == [(0, 7, "ORG")]


def test_no_head_after_the_bracket_leaves_the_spans():
    words = "ঢাকা বিশ্ববিদ্যালয় ( ঢাবি ) ছাত্রদল সভাপতি".split()
    spans = [(0, 2, "ORG"), (3, 4, "ORG"), (5, 6, "ORG")]
    assert bracketed_names(words, spans, HEADS, INNER, stems, lambda k: True) == spans


def test_a_person_or_a_number_in_brackets_opens_nothing():
    words = "রহিম উদ্দিন ( ৪৫ ) হাসপাতালে মারা যান".split()
    assert bracketed_names(words, [(0, 2, "PER")], HEADS, INNER, stems, lambda k: True) == [(0, 2, "PER")]
    words = "ঢাকা মেডিকেল কলেজ ( ৪৫ ) হাসপাতালে".split()
    assert bracketed_names(words, [(0, 3, "ORG")], HEADS, INNER, stems, lambda k: words[k].isalpha()) == [(0, 3, "ORG")]


def test_only_heads_of_bodies_and_facilities():
    assert heads_from({"heads": {"অধিদফতর": "ORG"}}, {"মসজিদ": "FAC", "নির্বাচন": "EVT", "সড়ক": "LOC"}, str) \
        == {"মসজিদ": "FAC", "অধিদফতর": "ORG"}
    assert heads_from(None, {"মসজিদ": "FAC"}, str) == {}
    with pytest.raises(ValueError, match="unknown"):
        heads_from({"head": {}}, {}, str)


def test_the_bengali_pack_keeps_the_hospital_whole_through_the_linker():
    body = "আহত শিক্ষার্থীকে প্রথমে ঢাকা মেডিকেল কলেজ (ঢামেক) হাসপাতালে নেওয়া হয়।"
    linked = {e.text: e.actor.name if e.actor else None for e in body_record(body).entities}
    # the hospital, read without its short form, is the registry's (actors.link._match_past_short_form)
    assert linked.get("ঢাকা মেডিকেল কলেজ (ঢামেক) হাসপাতালে") == "Dhaka Medical College Hospital"
    assert "ঢামেক" not in linked
    # a party's name and its short form before an election: no event of the party's name
    assert entity_mentions("বাংলাদেশ জামায়াতে ইসলামী (জামায়াত) নির্বাচনে অংশ নেবে।") \
        == ["বাংলাদেশ জামায়াতে ইসলামী", "জামায়াত"]


def test_prayers_of_condolence_name_no_one():
    assert entity_mentions("মহান আল্লাহ তাকে জান্নাতুল ফেরদৌস নসিব করুন।") == []
    assert entity_mentions("তিনি মরহুমার রুহের মাগফিরাত কামনা করেন।") == []
    assert "পরম মহিমান্বিত" not in entity_mentions("তিনি ছিলেন দেশের রাজনীতিতে এক পরম মহিমান্বিত ব্যক্তিত্ব।")
    # the same words as a woman's name stay a name
    assert "জান্নাতুল ফেরদৌস" in entity_mentions("শিক্ষার্থী জান্নাতুল ফেরদৌস বৃহস্পতিবার পুরস্কার নেন।")


def test_mst_opens_a_womans_name_and_ends_no_sentence():
    rec = body_record("প্রার্থী হয়েছেন আবুল কাশেম ও মোছা. রাবেয়া খাতুন।")
    assert len([s for s in rec.sentences if rec.text[s.start:s.end].strip()]) == 2   # headline and body
    assert any("রাবেয়া খাতুন" in e.text for e in rec.entities)


def test_acronyms_of_offices_alone_are_no_bodies():
    assert entity_mentions("বৈঠক শেষে সাংবাদিকদের ব্রিফ করেন সিইসি।") == []
    assert entity_mentions("বিষয়টি ইউএনওর নজরে আনা হয়েছে।") == []
    assert "সিইসি" not in entity_mentions("আইসিইউতে ভর্তি আছেন তিনি, জানান সিইসি।")
