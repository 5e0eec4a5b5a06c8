"""Facilities and named events of the actor registry are entities of their own (GUIDELINES N1:
FAC, EVT), found from the registry like people, bodies and places (lang/bn/ner.yaml
`gazetteer.types` FAC and EVT): the model's training data leave them O, so before these types
mapped the registry's "কেন্দ্রীয় শহীদ মিনার" or "নির্বাচন ভবন" was never a mention."""
from __future__ import annotations

from test_ner_span_rules import entity_mentions


def test_a_registry_facility_is_a_mention():
    assert entity_mentions("সকালে তারা কেন্দ্রীয় শহীদ মিনারে ফুল দিয়ে শ্রদ্ধা জানান।") == ["কেন্দ্রীয় শহীদ মিনারে"]


def test_the_election_commission_building_is_a_facility():
    assert entity_mentions("দুপুরে আগারগাঁওয়ে নির্বাচন ভবনে সংবাদ সম্মেলন হয়।")[-1] == "নির্বাচন ভবনে"


def test_a_registry_event_is_a_mention():
    assert "মহান বিজয় দিবস" in " ".join(entity_mentions("মহান বিজয় দিবস উপলক্ষে আলোচনা সভা হয়েছে।"))


def test_a_skipped_competition_stays_out():
    """`gazetteer.skip` still keeps the bare World Cup out (a competition, no entity in the NER sets)."""
    assert entity_mentions("এবারের বিশ্বকাপে তিনি খেলবেন না।") == []


def test_an_ordinal_counts_buildings_and_names_none():
    from khobor.ner.gazetteer import without_counted_facilities
    assert without_counted_facilities(["দ্বিতীয়", "সংসদ", "ভবন"], [(1, 3, "FAC")], frozenset({"দ্বিতীয়"})) == []
    assert without_counted_facilities(["নতুন", "সংসদ", "ভবন"], [(1, 3, "FAC")], frozenset({"দ্বিতীয়"})) == [(1, 3, "FAC")]
    assert entity_mentions("দ্বিতীয় সংসদ ভবন নির্মাণের কোনো পরিকল্পনা সরকারের নেই।") == []
