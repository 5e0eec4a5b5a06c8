"""A demand ("X-এর দাবি করেছে": the genitive of what is demanded) against a claim ("দাবি করেছে, ..."
before a clause): the learned lexicon never takes bare "দাবি" as a REQUEST head (lexicon.yaml
not_heads), and the Bengali classifier reads how the words at the trigger's edges end (feature set
v3, classifier.ending_features). Sentences written for this test."""
from khobor import lang
from khobor.events.classifier import Candidate, classifier_settings, features
from khobor.events.learned import HeadRules, build


def test_written_demands_do_not_make_the_bare_demand_noun_a_learned_head():
    rows = [{"text": f"বন্দিদের মুক্তির দাবি করেছে সংগঠন {i}।",
             "events": [{"type": "REQUEST", "trigger": "দাবি করেছে"}]} for i in range(4)]
    rows += [{"text": "দলের নেতা দাবি করেছেন, সমাবেশে অনেক মানুষ ছিল।", "events": []}]
    assert "দাবি" not in [stem for stem, *_ in build(rows, HeadRules.from_pack(lang.load("bn")))]


def _at(sentence: str, trigger: str) -> Candidate:
    i = sentence.index(trigger)
    return Candidate(sentence, i, i + len(trigger), "REQUEST")


def test_the_bengali_classifier_tells_a_genitive_before_the_trigger_from_a_clause_after_it():
    assert classifier_settings("bn")["feature_set"] == "v3"
    demand = features(_at("শিক্ষকেরা উপাচার্যের পদত্যাগের দাবি করেছেন।", "দাবি করেছেন"), "v3")
    claim = features(_at("মুখপাত্র দাবি করেছেন, মিছিলে কেউ আহত হননি।", "দাবি করেছেন"), "v3")
    assert {"l1e=ের", "t0|l1e=দাবি|ের", "lt|next=REQUEST|।"} <= set(demand)
    assert "lt|next=REQUEST|," in claim and "t0|l1e=দাবি|ের" not in claim
    assert not any(f.startswith(("l1e=", "t0|l1e=", "lt|next=")) for f in features(_at("দাবি করেছেন।", "দাবি"), "v1"))
