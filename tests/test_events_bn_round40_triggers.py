"""Bengali triggers added in round 40 (events.yaml): a strike called off (CONCEDE), an official
confined and taking to the streets (PROTEST), duties on another's goods, a court's
sentence or fine and an officer withdrawn to police lines (SANCTION), security stepped up
(MOBILIZE) and forcing someone (COERCE). The sentences here are written for the tests."""
from __future__ import annotations

from test_events import code, countries, make, one


def test_tariffs_on_goods_are_a_sanction_of_their_maker():
    # "In reply Japan levied duties on many Chinese goods"
    rec = code(make("জবাবে জাপান অনেক চীনা পণ্যে করারোপ করেছে।", "bn",
                    [("জাপান", "JPN", "GPE"), ("চীনা", "CHN", "NORP")]))
    ev = one(rec, "SANCTION")
    assert countries(ev.actors) == ["JPN"] and countries(ev.recipients) == ["CHN"]
    assert ev.trigger.text.startswith("করারোপ")


def test_duties_on_goods_from_a_country_fall_on_that_country():
    # "India has imposed duties on rice imported from Bangladesh": the goods' country of origin,
    # marked "থেকে" (from), is the recipient the levy frame needs (without it no event was coded)
    rec = code(make("বাংলাদেশ থেকে আমদানি করা চালের ওপর শুল্ক আরোপ করেছে ভারত।", "bn",
                    [("বাংলাদেশ", "BGD", "GPE"), ("ভারত", "IND", "GPE")]))
    ev = one(rec, "SANCTION")
    assert countries(ev.actors) == ["IND"] and countries(ev.recipients) == ["BGD"]


def test_a_court_fine_needs_no_named_recipient():
    # "A mobile court in Bangladesh fined three traders on Sunday" (those fined are unnamed)
    rec = code(make("বাংলাদেশ সরকারের ভ্রাম্যমাণ আদালত রোববার তিন ব্যবসায়ীকে জরিমানা করেন।", "bn",
                    [("বাংলাদেশ", "BGD", "GPE")]))
    assert [e.type for e in rec.events] == ["SANCTION"]
    assert rec.events[0].trigger.text == "জরিমানা করেন"


def test_a_strike_called_off_is_a_concession_by_its_callers():
    # "The BNP suspended its transport strike on Monday afternoon"
    rec = code(make("বিএনপি তাদের পরিবহন ধর্মঘট সোমবার বিকেলে স্থগিত করেছে।", "bn", [("বিএনপি", "bnp", "ORG")]))
    ev = one(rec, "CONCEDE")
    assert ev.actors[0].name == "Bangladesh Nationalist Party" and ev.trigger.text.startswith("স্থগিত")


def test_the_strike_noun_alone_is_no_concession():
    # "The BNP called a strike on Monday": no strike called off
    rec = code(make("বিএনপি সোমবার ধর্মঘট ডেকেছে।", "bn", [("বিএনপি", "bnp", "ORG")]))
    assert not [e for e in rec.events if e.type == "CONCEDE"]


def test_forcing_someone_is_coercion():
    # "The BNP forced the shopkeepers to close their shops"
    rec = code(make("বিএনপি দোকানিদের দোকান বন্ধ করতে বাধ্য করেছে।", "bn", [("বিএনপি", "bnp", "ORG")]))
    ev = one(rec, "COERCE")
    assert countries(ev.actors) == ["BGD"] and ev.trigger.text == "বাধ্য করেছে"


def test_taking_to_the_streets_is_a_protest():
    # "The BNP took to the streets against the Awami League"
    rec = code(make("বিএনপি আওয়ামী লীগের বিরুদ্ধে রাস্তায় নেমেছে।", "bn",
                    [("বিএনপি", "bnp", "ORG"), ("আওয়ামী লীগের", "awami", "ORG")]))
    ev = one(rec, "PROTEST")
    assert ev.actors[0].name == "Bangladesh Nationalist Party" and ev.trigger.text == "রাস্তায় নেমেছে"


def test_a_programme_only_to_be_kept_suspended_is_no_concession():
    # "The BNP is ready to keep its programme suspended if the government talks"
    rec = code(make("সরকার আলোচনায় বসলে বিএনপি কর্মসূচি স্থগিত রাখতে প্রস্তুত।", "bn", [("বিএনপি", "bnp", "ORG")]))
    assert not [e for e in rec.events if e.type == "CONCEDE"]


def test_a_kind_of_attack_keeps_its_victim_in_the_clause():
    # "The kind of attack made on the Awami League's workers is unheard of": যে ধরনের is "the kind
    # of", no "that" opening a clause, so the workers are the attack's victims
    rec = code(make("আওয়ামী লীগের কর্মীদের ওপর যে ধরনের হামলা চালানো হয়েছে তা নজিরবিহীন।", "bn",
                    [("আওয়ামী লীগের", "awami", "ORG")]))
    ev = one(rec, "ASSAULT")
    assert ev.actors[0].name == "unidentified" and ev.recipients[0].name == "Awami League"
