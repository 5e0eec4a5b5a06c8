"""People written as a list ("প্যাট কামিন্স, জশ হ্যাজলউড ও টিম ডেভিডকে"): the untagged member
between two people is a person (khobor.ner.name_lists.listed_names), and the entities stage finds
it; common words, titles and places in a list stay out. Scored on sentences written for these
tests (tests/fixtures/ner_bn_lists_heldout.jsonl, ner_bn_partners_colons_heldout.jsonl)."""
from __future__ import annotations

from khobor.ner.gazetteer import _may_be_name, reconcile_doc
from khobor.ner.name_lists import listed_names

from test_ner_span_rules import _score_heldout

JOINERS = frozenset({",", "ও", "এবং"})
ANY = lambda w: w not in JOINERS  # noqa: E731


def test_member_between_two_people_is_a_person():
    words = ["প্যাট", "কামিন্স", ",", "জশ", "হ্যাজলউড", "ও", "টিম", "ডেভিডকে", "নিয়েই"]
    spans = [(0, 2, "PER"), (6, 8, "PER")]
    assert listed_names(words, spans, JOINERS, ANY) == [(0, 2, "PER"), (3, 5, "PER"), (6, 8, "PER")]


def test_member_needs_people_on_both_sides():
    words = ["প্যাট", "কামিন্স", ",", "জশ", "হ্যাজলউড", "ও", "অস্ট্রেলিয়া"]
    assert listed_names(words, [(0, 2, "PER")], JOINERS, ANY) == [(0, 2, "PER")]
    # a place on one side: a list of places and people says nothing of the member
    words = ["ঢাকা", ",", "জশ", "হ্যাজলউড", "ও", "টিম", "ডেভিড"]
    spans = [(0, 1, "LOC"), (5, 7, "PER")]
    assert listed_names(words, spans, JOINERS, ANY) == spans


def test_member_of_common_words_or_too_long_is_no_person():
    words = ["শেখ", "হাসিনা", ",", "তার", "ছোট", "বোন", "ও", "সজীব", "ওয়াজেদ", "জয়"]
    spans = [(0, 2, "PER"), (7, 10, "PER")]
    assert listed_names(words, spans, JOINERS, lambda w: _may_be_name(w, "bn")) == spans
    words = ["রহিম", ",", "এক", "দুই", "তিন", "চার", "ও", "করিম"]
    assert listed_names(words, [(0, 1, "PER"), (7, 8, "PER")], JOINERS, ANY) == [(0, 1, "PER"), (7, 8, "PER")]


def test_titles_and_common_words_may_not_be_names():
    assert _may_be_name("হ্যাজলউড", "bn")
    assert not _may_be_name("ছোট", "bn")
    assert not _may_be_name("প্রধানমন্ত্রী", "bn")
    assert not _may_be_name("১০২", "bn")


def test_reconcile_finds_the_middle_of_a_list():
    from khobor.ner.model import load_model
    nlp = load_model("bn")
    doc = nlp("সমান একটি করে উইকেট নাহিদ রানা, আলিস আল ইসলাম ও সুফিয়ান মুকিম।")
    names = [doc[a:b].text for a, b, label in reconcile_doc(doc, "bn") if label == "PER"]
    assert "আলিস আল ইসলাম" in names, names


def test_list_heldout_sentences():
    """Written before the rule was measured: 30/30 mentions right and 30/32 names found without
    it, 31/31 and 31/32 with it (the traps: "তার ছোট বোন", "সাবেক অধিনায়ক", "রাষ্ট্রপক্ষ", places)."""
    right, predicted, found, gold = _score_heldout("ner_bn_lists_heldout.jsonl", half_length=True)
    assert right == predicted and found / gold >= 0.96, (right, predicted, found, gold)


def test_partner_and_colon_heldout_sentences():
    """Written first, for unseen words next to name words ("কমান পিয়েরে", English words in
    Bengali script before a name) and names opened by "মো:": 25/32 mentions right, 25/31 found
    when written; 26/30 and 26/31 once "মো:" / "মু:" are read as "মো." / "মু." and a pair opened
    by an unseen word no longer replaces the model's name ("স্পিকিং রাকিব"). Not met yet:
    "ইতি টানলেন", foreign names the model and the name lists both miss; the threshold keeps what
    is met."""
    right, predicted, found, gold = _score_heldout("ner_bn_partners_colons_heldout.jsonl", half_length=True)
    assert right / predicted >= 0.85 and found / gold >= 0.83, (right, predicted, found, gold)


def test_an_untagged_name_opening_a_list_of_people_is_a_person():
    from khobor.ner.name_lists import first_listed_names
    words = ["দলে", "আছেন", "কুশল", "ভুর্তেল", ",", "রোহিত", "পাওদেল", "ও", "সন্দীপ", "লামিচানে"]
    spans = [(5, 7, "PER"), (8, 10, "PER")]
    assert first_listed_names(words, spans, frozenset({",", "ও"}), lambda w: w not in {"দলে", "আছেন"}) \
        == [(2, 4, "PER"), (5, 7, "PER"), (8, 10, "PER")]


def test_no_opening_member_without_two_people_after_it_or_of_one_word():
    from khobor.ner.name_lists import first_listed_names
    joiners, name = frozenset({",", "ও"}), (lambda w: w not in {"তিনি", "বলেন"})
    # only one person after the comma: a clause may end there
    words = ["কুশল", "ভুর্তেল", ",", "রোহিত", "পাওদেল", "আসেন"]
    assert first_listed_names(words, [(3, 5, "PER")], joiners, name) == [(3, 5, "PER")]
    # one word before the comma ("তিনি বলেন, X ও Y") is no member
    words = ["তিনি", "বলেন", ",", "জাকির", "হোসেন", "ও", "রফিকুল", "ইসলাম"]
    spans = [(3, 5, "PER"), (6, 8, "PER")]
    assert first_listed_names(words, spans, joiners, name) == spans


def test_first_listed_names_heldout_sentences():
    """Written before `first_listed_names` (fixtures/ner_bn_first_listed_heldout.jsonl): six
    lists opened by a rare name the model leaves O, four guards (a verb or pronoun before the
    comma, a list of places, a clause before a pair of people) and one list the rule cannot
    open (the model tags neither word of "অনির্বাণ দ্রং" and `_may_be_name` refuses one).
    Before: 0/6 lists whole, 4/4 guards; after: 6/6 and 4/4."""
    import json
    from pathlib import Path
    from test_ner_span_rules import entity_mentions
    rows = [json.loads(x) for x in (Path(__file__).parent / "fixtures" / "ner_bn_first_listed_heldout.jsonl")
            .read_text(encoding="utf-8").splitlines() if x.strip()]
    wrong = [(r["text"], entity_mentions(r["text"])) for r in rows
             if not r.get("known_miss") and entity_mentions(r["text"]) != r["entities"]]
    assert wrong == []


def test_a_member_may_hold_a_name_word_that_is_a_common_word_too():
    # "শান্ত" (calm) is a person-name word too: between two people it is the member's surname;
    # alone it names nobody
    from khobor.ner.gazetteer import _with_list_members
    words = ["তানজিদ", "তামিম", ",", "নাজমুল", "শান্ত", ",", "মুশফিকুর", "রহিম", "খেলবেন"]
    spans = [(0, 2, "PER"), (6, 8, "PER")]
    assert (3, 5, "PER") in _with_list_members(words, spans, JOINERS, "bn")
    words = ["তানজিদ", "তামিম", ",", "শান্ত", ",", "মুশফিকুর", "রহিম", "খেলবেন"]
    assert _with_list_members(words, [(0, 2, "PER"), (5, 7, "PER")], JOINERS, "bn") == [(0, 2, "PER"), (5, 7, "PER")]


# people_in_lists: the other members of a list that holds a person, when they have a name's shape
from khobor.ner.name_lists import people_in_lists  # noqa: E402

MARKS = frozenset({"।", ";"})
NAME_WORDS = {"আইরিন", "সাগরিকা", "ছরোয়ার", "আহমেদ", "রহিম"}


NAMEISH = lambda w: w not in JOINERS | MARKS | {"(", ")"}   # noqa: E731 (words, no marks)


def _members(sentence: str, spans, may_be_name=NAMEISH) -> list:
    words = sentence.split()
    return people_in_lists(words, spans, JOINERS, may_be_name, lambda k: words[k] in NAME_WORDS, MARKS)


def test_members_next_to_a_person_with_a_name_word_are_people():
    # "সানজিদা আক্তার, আইরিন খাতুন, সাগরিকা ।": one person tagged, the next members follow in turn
    assert _members("সানজিদা আক্তার , আইরিন খাতুন , সাগরিকা ।", [(0, 2, "PER")]) \
        == [(0, 2, "PER"), (3, 5, "PER"), (6, 7, "PER")]


def test_members_with_a_bracket_after_them():
    # candidates with their parties: "নায়াব ইউসুফ আহমেদ (বিএনপি), মো. আবদুত তাওয়াব (জামায়াত), কে এম ছরোয়ার (...)"
    words = "নায়াব ইউসুফ আহমেদ ( বিএনপি ) , মো. আবদুত তাওয়াব ( জামায়াত ) , কে এম ছরোয়ার ( স্বতন্ত্র ) ।"
    spans = [(4, 5, "ORG"), (8, 10, "PER")]
    assert _members(words, spans) == [(0, 3, "PER"), (4, 5, "ORG"), (8, 10, "PER"), (14, 17, "PER")]


def test_members_without_a_name_word_or_running_on_are_no_people():
    # a place in a list with a person: no person-name word
    assert _members("রহিম উদ্দিন , ঢাকা ও চট্টগ্রাম থেকে", [(0, 2, "PER")]) == [(0, 2, "PER")]
    # a member that runs on past three name-like words is a clause, not a name
    assert _members("রহিম উদ্দিন , আইরিন খাতুন বেগম মিনা", [(0, 2, "PER")]) == [(0, 2, "PER")]
    # nor one that runs into another span
    assert _members("রহিম উদ্দিন , আইরিন খাতুন ঢাকা", [(0, 2, "PER"), (5, 6, "LOC")]) == [(0, 2, "PER"), (5, 6, "LOC")]


def test_a_member_running_on_into_its_clause_is_left_alone():
    # "... ও আইরিন জামাল ইতোমধ্যেই এসেছেন": no mark sets the member apart from its clause
    common = lambda w: NAMEISH(w) and w not in {"ইতোমধ্যেই", "এসেছেন", "থেকে"}   # noqa: E731
    assert _members("রহিম উদ্দিন ও আইরিন জামাল ইতোমধ্যেই এসেছেন", [(0, 2, "PER")], common) == [(0, 2, "PER")]
    assert _members("দল থেকে আইরিন জামাল ও রহিম উদ্দিন", [(5, 7, "PER")], common) == [(5, 7, "PER")]


def test_an_initial_alone_is_no_name_word():
    # "এস" is a letter name (and "কে" also "to"): a member of initials alone is no person
    from test_ner_span_rules import entity_mentions
    found = entity_mentions("মঞ্চে ছিলেন সানজিদা আক্তার, এস, কে ও আইরিন খাতুন।")
    assert "এস" not in found and "কে" not in found


def test_the_bengali_pack_reads_list_members_with_name_words():
    from test_ner_span_rules import entity_mentions
    found = entity_mentions("তবে সানজিদা আক্তার, আইরিন খাতুন, সাগরিকা, কোহাতি কিসকুদের মতো খেলোয়াড়রা দলে আছেন।")
    assert "আইরিন খাতুন" in found and "সাগরিকা" in found
