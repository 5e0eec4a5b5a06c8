"""Places the registry knows by link-only names (khobor.ner.link_only_places), place-shaped model
spans that the common-word drop kept dropping, and place-shaped words opening headed names
(khobor.ner.gazetteer), on sentences written for these tests."""
from __future__ import annotations

from khobor.ner.link_only_places import AnyOf, link_only_place_matches, link_only_place_words
from test_ner_span_rules import entity_mentions


def test_only_unscanned_one_word_places_outside_the_common_words_are_kept():
    keys = [("সেনবাগ",), ("তালা",), ("ঢাকা",), ("মোহাম্মদপুর", "থানা"), ("পুতিন",)]
    labels = {("সেনবাগ",): "LOC", ("তালা",): "LOC", ("ঢাকা",): "LOC", ("পুতিন",): "PER"}
    words = link_only_place_words(keys, lambda k: k == ("ঢাকা",), labels.get, frozenset({"তালা"}), "LOC")
    assert words == {"সেনবাগ"}


def test_a_place_is_found_through_its_case_ending():
    stems = {"সেনবাগের": ["সেনবাগ", "সেনবাগে"]}
    assert link_only_place_matches(["সেনবাগের", "ইউএনও"], frozenset({"সেনবাগ"}),
                                   lambda w: stems.get(w, []), "LOC") == [(0, 1, "LOC")]


def test_upazilas_named_bare_are_places_through_the_bengali_pack():
    found = entity_mentions("সেনবাগের ইউএনও জানান, দাউদকান্দির দিকে যাওয়ার পথে দুর্ঘটনাটি ঘটে।")
    assert "সেনবাগের" in found and "দাউদকান্দির" in found


def test_link_only_places_that_are_common_words_stay_words():
    assert entity_mentions("দরজায় তালা ঝুলছে, এমন ঘটনা এলাকায় বিরল।") == []


def test_a_place_shaped_common_word_span_opens_a_police_station():
    assert entity_mentions("এ ঘটনায় পীরগঞ্জ থানার ওসি মামলা নিয়েছেন।") == ["পীরগঞ্জ থানার"]
    assert entity_mentions("দৌলতপুর থানার ওসি বলেন, তদন্ত চলছে।") == ["দৌলতপুর থানার"]


def test_a_common_word_inflected_is_no_place():
    stems = {"ডাকার": ["ডাকা"]}
    assert link_only_place_matches(["ডাক্তার", "ডাকার", "আগেই"], frozenset({"ডাকার"}),
                                   lambda w: stems.get(w, []), "LOC", frozenset({"ডাকা"})) == []


def test_words_of_any_list_are_not_alone_without_a_union():
    not_alone = AnyOf(frozenset({"তালা"}), frozenset({"ডাকা"}))
    assert "ডাকা" in not_alone and "তালা" in not_alone and "সেনবাগ" not in not_alone
    stems = {"ডাকার": ["ডাকা"], "সেনবাগের": ["সেনবাগ"]}
    assert link_only_place_matches(["ডাকার", "সেনবাগের"], frozenset({"ডাকার", "সেনবাগ"}),
                                   lambda w: stems.get(w, []), "LOC", not_alone) == [(1, 2, "LOC")]


def test_a_memo_keeps_each_words_answer_for_the_next_call():
    stems = {"সেনবাগের": ["সেনবাগ"]}
    memo: dict = {}
    first = link_only_place_matches(["সেনবাগের", "ইউএনও"], frozenset({"সেনবাগ"}), lambda w: stems.get(w, []),
                                    "LOC", frozenset(), memo)
    assert first == [(0, 1, "LOC")] and memo == {"সেনবাগের": True, "ইউএনও": False}
    again = link_only_place_matches(["ইউএনও", "সেনবাগের"], frozenset({"সেনবাগ"}), lambda w: [], "LOC",
                                    frozenset(), memo)
    assert again == [(1, 2, "LOC")]   # the remembered answer, not the stems given now
