"""Unions and mouzas after their place are one place name (`headed_names` heads "ইউনিয়ন", "মৌজা"
in lang/bn/ner.yaml), on a held-out file written before the heads were added
(fixtures/ner_bn_union_mouza_heldout.jsonl: unions and mouzas opened by known and unseen places,
a union council, and traps: "প্রতিটি ইউনিয়নে", a workers' union, the European Union, "পাশের মৌজার")."""
from __future__ import annotations

from test_ner_span_rules import _score_heldout, entity_mentions


def test_a_union_opened_by_an_unseen_place_is_one_name():
    assert entity_mentions("বন্যায় চরকাউয়া ইউনিয়নের তিনটি গ্রাম পানির নিচে তলিয়ে গেছে।") == ["চরকাউয়া ইউনিয়নের"]


def test_a_union_or_mouza_with_no_place_before_it_names_nothing():
    assert entity_mentions("প্রতিটি ইউনিয়নে একটি করে অস্থায়ী আশ্রয়কেন্দ্র খোলা হয়েছে।") == []
    assert entity_mentions("পাশের মৌজার জমির দাম এ বছর দ্বিগুণ হয়েছে।") == []


def test_union_and_mouza_heldout_sentences():
    """Without the heads 6/6 mentions right and 6/8 names found (the two opened by unseen words
    missed); with them 8/8 and 8/8."""
    right, predicted, found, gold = _score_heldout("ner_bn_union_mouza_heldout.jsonl", half_length=True)
    assert right == predicted and found == gold, (right, predicted, found, gold)


def test_a_union_council_is_named_by_its_union():
    """A word no list knows before "ইউনিয়ন পরিষদ" or its short form "ইউপি" names the union's council
    (ner.yaml `place_only_heads`: ইউনিয়ন, ইউপি); a determiner or "local" names none."""
    assert entity_mentions("বন্যায় চরকাউয়া ইউনিয়ন পরিষদের চেয়ারম্যান আহত হয়েছেন।") == ["চরকাউয়া ইউনিয়ন পরিষদের"]
    assert entity_mentions("তিনি কামালদিয়া ইউপি চেয়ারম্যান হিসেবে দায়িত্ব পালন করছেন।") == ["কামালদিয়া ইউপি"]
    assert entity_mentions("তিনি স্থানীয় ইউপি চেয়ারম্যানের কাছে যান।") == []
    assert entity_mentions("একটি ইউনিয়ন পরিষদের সদস্য পদত্যাগ করেছেন।") == []


def test_a_places_trade_association_is_one_name():
    """Owners', lawyers' and traders' associations after their place are one name (ner.yaml
    `headed_names` `inner`: মালিক, আইনজীবী, ...); "local" opens none."""
    assert entity_mentions("জানিয়েছে বরগুনা জেলা ট্রলার মালিক সমিতি।") == ["বরগুনা জেলা ট্রলার মালিক সমিতি"]
    assert entity_mentions("নরসিংদী জেলা আইনজীবী সমিতির সভাপতি বক্তব্য দেন।")[0] == "নরসিংদী জেলা আইনজীবী সমিতির"
    assert entity_mentions("মানববন্ধনের ডাক দিয়েছে স্থানীয় ব্যবসায়ী সমিতি।") == []


def test_an_adverb_opens_no_union_council():
    """actors.yaml `not_name_endings` "ভাবে": "মৌখিকভাবে ইউনিয়ন পরিষদের" is told to the council verbally."""
    assert entity_mentions("বিষয়টি মৌখিকভাবে ইউনিয়ন পরিষদের প্রশাসককে জানানো হয়।") == []
