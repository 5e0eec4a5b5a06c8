"""The role rules (events/roles.py) and the trace they leave on each event (`Event._explain`):
which pattern found the trigger, which cue set its modality, which rule gave each party its role."""
from __future__ import annotations

import re

import pytest

from khobor import lang
from khobor.record import Actor, Entity
from khobor.events import extraction as events_stage, roles
from test_events import code, code_sentences_only, countries, make, one


def steps(ev, step: str) -> list[tuple[str, str]]:
    return [(x["rule"], x["decision"]) for x in ev._explain if x["step"] == step]


def test_every_rule_is_registered_in_the_declared_order_with_an_example():
    assert len(set(roles.ROLE_RULES)) == len(roles.ROLE_RULES)
    assert set(roles.ROLE_RULES) == set(roles._RULES)
    for name in roles.ROLE_RULES:
        rule = roles._RULES[name]
        assert rule.rule_name == name
        doc = " ".join((rule.__doc__ or "").split())
        assert re.search(r'"[^"]+"', doc), f"{name}: the docstring quotes no example sentence"


def test_a_rule_name_is_registered_once():
    with pytest.raises(ValueError, match="registered twice"):
        roles.role_rule("passive_by_agent")(lambda c: None)


def test_the_trace_names_the_trigger_pattern_and_the_passive_agent_rule():
    rec = code(make("Israel was attacked by Iran.", "en", [("Israel", "ISR", "GPE"), ("Iran", "IRN", "GPE")]))
    ev = one(rec, "ASSAULT")
    assert steps(ev, "candidate") == [("yaml: @attack", "attacked -> ASSAULT")]
    assert steps(ev, "role") == [("passive_by_agent", "actor = Iran"), ("passive_by_agent", "recipient = Israel")]


def test_the_trace_names_the_case_marker_of_a_bengali_recipient():
    rec = code(make("ভারত বাংলাদেশকে ত্রাণ পাঠিয়েছে।", "bn", [("ভারত", "IND", "GPE"), ("বাংলাদেশকে", "BGD", "GPE")]))
    ev = one(rec, "AID")
    assert steps(ev, "role") == [("subject_before_verb", "actor = ভারত"), ("case_marker", "recipient = বাংলাদেশকে")]


def test_the_trace_names_the_modality_cue_and_the_article_recoding():
    rec = code(make("Russia will attack Ukraine.", "en", [("Russia", "RUS", "GPE"), ("Ukraine", "UKR", "GPE")]))
    ev = one(rec, "THREATEN")
    assert ("future.before", "future") in steps(ev, "modality")
    assert steps(ev, "article") == [("announced_force_is_a_threat", "future ASSAULT -> THREATEN")]


def test_the_trace_names_a_claim_that_governs_the_event():
    rec = code(make("India claimed that Pakistan attacked its border posts.", "en",
                    [("India", "IND", "GPE"), ("Pakistan", "PAK", "GPE")]))
    ev = one(rec, "ACCUSE")
    assert ("governing claim", "ACCUSE by India") in steps(ev, "modality")


def test_reciprocal_parties_keep_the_rules_that_placed_them():
    rec = code(make("Japan met China in Beijing.", "en",
                    [("Japan", "JPN", "GPE"), ("China", "CHN", "GPE"), ("Beijing", "beijing", "GPE")]))
    ev = one(rec, "CONSULT")
    assert steps(ev, "role") == [("subject_before_verb", "actor = Japan"), ("object_after_verb", "actor = China")]


def test_the_trace_is_never_stored():
    rec = code(make("Israel was attacked by Iran.", "en", [("Israel", "ISR", "GPE"), ("Iran", "IRN", "GPE")]))
    assert "_explain" not in rec.model_dump_json() and rec.events[0]._explain


# -- round 9: who acts in an event noun phrase, what a demand or a refusal leaves undone -----------

def test_a_case_marked_event_noun_phrase_takes_its_own_possessor_not_the_commenter():
    """"ইসরায়েলের বিমান হামলার ... নিন্দা জানিয়েছে পাকিস্তান": Israel struck; Pakistan condemned."""
    rec = code(make("লেবাননে ইসরায়েলের বিমান হামলার কড়া নিন্দা জানিয়েছে পাকিস্তান।", "bn",
                    [("লেবাননে", "LBN", "GPE"), ("ইসরায়েলের", "ISR", "GPE"), ("পাকিস্তান", "PAK", "GPE")]))
    attack = one(rec, "ASSAULT")
    assert countries(attack.actors) == ["ISR"]
    assert ("genitive_agent_of_bare_noun", "actor = ইসরায়েলের") in steps(attack, "role")
    assert countries(one(rec, "ACCUSE").actors) == ["PAK"]


def test_an_event_noun_phrase_without_a_case_ending_keeps_the_verb_subject():
    """"বিমান হামলা চালায় ইসরায়েল" (Israel carried out an air strike): the phrase is the verb's object."""
    rec = code(make("লেবাননের একটি গ্রামে বিমান হামলা চালায় ইসরায়েল।", "bn",
                    [("লেবাননের", "LBN", "GPE"), ("ইসরায়েল", "ISR", "GPE")]))
    assert countries(one(rec, "ASSAULT").actors) == ["ISR"]


def classified(rec):
    """The whole events stage as it ships: lexicons (the learned one too), rules, classifier."""
    events_stage.run(rec, lang.load(rec.language))
    return rec


def test_an_act_demanded_with_a_coordinated_noun_is_no_event():
    """"খুনিদের গ্রেপ্তার ও বিচারের দাবিতে বিক্ষোভ": BNP protests for an arrest; it arrests nobody."""
    rec = classified(make("বিএনপি খুনিদের গ্রেপ্তার ও বিচারের দাবিতে বিক্ষোভ করেছে।", "bn", [("বিএনপি", "bnp", "ORG")]))
    assert [e.type for e in rec.events] == ["PROTEST"]


def test_an_act_demanded_with_a_qualified_coordinated_noun_is_no_event():
    """"খুনিদের দ্রুত গ্রেপ্তার ও দৃষ্টান্তমূলক শাস্তির দাবিতে": a word qualifying the joined noun
    does not hide the demand; the arrest has not happened."""
    rec = classified(make("বিএনপি খুনিদের দ্রুত গ্রেপ্তার ও দৃষ্টান্তমূলক শাস্তির দাবিতে বিক্ষোভ করেছে।", "bn",
                          [("বিএনপি", "bnp", "ORG")]))
    assert [e.type for e in rec.events] == ["PROTEST"]


def test_an_application_for_bail_grants_none():
    rec = classified(make("আওয়ামী লীগ নেতার জামিন আবেদন করা হয়েছে।", "bn", [("আওয়ামী লীগ", "awami", "ORG")]))
    assert "CONCEDE" not in [e.type for e in rec.events]


def test_refused_bail_is_no_concession_of_bail():
    rec = classified(make("আদালত আওয়ামী লীগ নেতার জামিন নামঞ্জুর করেছেন।", "bn", [("আওয়ামী লীগ", "awami", "ORG")]))
    assert not [e for e in rec.events if e.trigger.text == "জামিন"]


def test_a_concessive_clause_is_not_denied_by_the_main_clause():
    """"পুলিশ কয়েকজনকে আটক করলেও মূল আসামিকে ধরতে পারেনি": the arrests happened."""
    rec = code_sentences_only(make("ভারতের পুলিশ কয়েকজনকে আটক করলেও মূল আসামিকে এখনো ধরতে পারেনি।", "bn",
                                   [("ভারতের", "IND", "GPE")]))
    arrests = [e for e in rec.events if e.type == "COERCE" and e.trigger.text.startswith("আটক")]
    assert arrests and arrests[0].modality == "asserted"


def test_a_military_installation_is_no_deployment():
    """"সামরিক স্থাপনা" (military installations) is no form of স্থাপন (deploying)."""
    rec = classified(make("রাশিয়ার প্রতিরক্ষা মন্ত্রণালয় দাবি করেছে, তারা কেবল সামরিক স্থাপনাকে লক্ষ্যবস্তু করেছে।", "bn",
                          [("রাশিয়ার", "RUS", "GPE")]))
    assert not [e for e in rec.events if e.trigger.text.startswith("স্থাপনা")]


def test_a_river_before_the_verb_is_no_subject():
    """"তিস্তা নদী ... প্রকল্পে ... সমঝোতা স্মারক সই করেছে বাংলাদেশ": Bangladesh signs, not the river."""
    river = Actor(id="teesta-river", name="Teesta River")
    rec = make("তিস্তা নদী ব্যবস্থাপনা প্রকল্পে চীনের সঙ্গে সমঝোতা স্মারক সই করেছে বাংলাদেশ।", "bn",
               [("চীনের", "CHN", "GPE"), ("বাংলাদেশ", "BGD", "GPE")])
    rec.entities.insert(0, Entity(text="তিস্তা নদী", start=0, end=len("তিস্তা নদী"), type="LOC", actor=river))
    ev = classified(rec).events[0]
    assert ("subject_after_verb", "actor = বাংলাদেশ") in steps(ev, "role")
    assert ("subject_before_verb", "actor = তিস্তা নদী") not in steps(ev, "role")


def test_is_coming_is_no_learned_trigger():
    """"উদ্বেগ জানিয়ে আসছে" (has kept voicing concern): আসছে codes nothing on its own."""
    rec = classified(make("ভারত আগে থেকেই এ প্রকল্প নিয়ে উদ্বেগ জানিয়ে আসছে।", "bn", [("ভারত", "IND", "GPE")]))
    assert [e.trigger.text for e in rec.events if e.trigger.text == "আসছে"] == []


def test_performing_duties_is_no_event():
    """"আনসার সদস্যরাও দায়িত্ব পালন করবেন" (Ansar members will do their duty too): no programme, no deployment."""
    rec = classified(make("প্রতিটি কেন্দ্রে আওয়ামী লীগ ও বাংলাদেশের পুলিশ সদস্যরাও দায়িত্ব পালন করবেন।", "bn",
                          [("আওয়ামী লীগ", "awami", "ORG"), ("বাংলাদেশের", "BGD", "GPE")]))
    assert not [e for e in rec.events if e.trigger.text.startswith("পালন")]


def test_a_deal_under_negotiation_is_asked_for_over_a_three_word_phrase():
    """"চুক্তি নিয়ে দর কষাকষি" (bargaining over a deal): the phrase after the trigger is three words
    long, so the window it is looked for in must be as long (it was two words, and never matched)."""
    from khobor.events.coder import Coder
    coder = Coder(lang.load("bn"))
    words = "দুই দেশ বাণিজ্য চুক্তি নিয়ে দর কষাকষি করছে".split()
    assert coder._asked_for(words, 3)
    assert not coder._asked_for("দুই দেশ বাণিজ্য চুক্তি সই করেছে".split(), 3)


def test_an_act_named_as_the_charge_of_an_arrest_is_no_act_of_the_arrester():
    """"কলেজছাত্রকে অপহরণ করে মুক্তিপণ আদায়ের অভিযোগে ... গ্রেপ্তার করেছে বিএনপি" (arrested on the
    charge of kidnapping): the arrest is coded, the kidnapping is not the arrester's."""
    rec = classified(make("এক কলেজছাত্রকে অপহরণ করে মুক্তিপণ আদায়ের অভিযোগে তিনজনকে গ্রেপ্তার করেছে বাংলাদেশের পুলিশ।",
                          "bn", [("বাংলাদেশের", "BGD", "GPE")]))
    assert [e.type for e in rec.events] == ["COERCE"]
    rec = classified(make("হত্যা মামলায় আওয়ামী লীগ নেতাকে গ্রেপ্তার করেছে বাংলাদেশের পুলিশ।", "bn",
                          [("আওয়ামী লীগ", "awami", "ORG"), ("বাংলাদেশের", "BGD", "GPE")]))
    assert "ASSAULT" not in [e.type for e in rec.events]


def test_a_verb_of_its_own_ends_the_charge():
    """"অভিযান চালিয়ে চাঁদাবাজির অভিযোগে": the raid is no charge; only what stands right before অভিযোগে."""
    from khobor.events.coder import Coder
    coder = Coder(lang.load("bn"))
    rec = make("বাংলাদেশের পুলিশ অভিযান চালিয়ে চাঁদাবাজির অভিযোগে দুজনকে গ্রেপ্তার করেছে।", "bn",
               [("বাংলাদেশের", "BGD", "GPE")])
    sent = coder.sentences.read(rec, 0, rec.sentences[0], rec.entities)
    words = sent.words
    assert not coder._charged(sent, words.index("অভিযান"))
    assert coder._charged(sent, words.index("চাঁদাবাজির"))


def test_a_genitive_ending_a_nominal_headline_is_its_actor():
    """"মার্কিন নিষেধাজ্ঞা প্রত্যাহারের অনুরোধ বাংলাদেশের" (Bangladesh's request to lift US
    sanctions): Bangladesh asks, not the United States named before the noun."""
    rec = classified(make("মার্কিন নিষেধাজ্ঞা প্রত্যাহারের অনুরোধ বাংলাদেশের", "bn",
                          [("মার্কিন", "USA", "NORP"), ("বাংলাদেশের", "BGD", "GPE")]))
    request = one(rec, "REQUEST")
    assert countries(request.actors) == ["BGD"]
    assert ("final_genitive_agent", "actor = বাংলাদেশের") in steps(request, "role")


def test_bail_sought_is_no_bail_granted():
    """"আদালতে আত্মসমর্পণ করে তিনি জামিন চান" (he sought bail): no concession of bail."""
    rec = classified(make("আওয়ামী লীগ নেতা আদালতে আত্মসমর্পণ করে জামিন চান।", "bn", [("আওয়ামী লীগ", "awami", "ORG")]))
    assert not [e for e in rec.events if e.trigger.text == "জামিন"]


def test_a_word_that_only_begins_like_a_light_verb_leaves_the_event_noun_a_noun():
    """নিহতের (of the killed) begins like নি- (take) but is no form of it: the attack before it is a
    noun, and the mourner after the clause's verb is not its actor; a real light verb still makes
    the noun a verb with the subject after it."""
    mourned = code(make("লেবাননে বোমা হামলায় নিহতের ঘটনায় শোক প্রকাশ করেছে পাকিস্তান।", "bn",
                        [("লেবাননে", "LBN", "GPE"), ("পাকিস্তান", "PAK", "GPE")]))
    assert [countries(e.actors) for e in mourned.events if e.type == "ASSAULT"] in ([], [[]])
    attacked = code(make("লেবাননে হামলা চালিয়েছে ইসরায়েল।", "bn", [("লেবাননে", "LBN", "GPE"), ("ইসরায়েল", "ISR", "GPE")]))
    assert countries(one(attacked, "ASSAULT").actors) == ["ISR"]


def test_a_verbal_noun_of_an_incident_takes_no_subject_from_after_the_clause_verb():
    """'গুলি চালানোর ঘটনায়' (in the incident of firing) qualifies ঘটনা: the one voicing anger after
    the clause's verb did not fire; a finite light verb keeps its subject after it."""
    angered = code(make("লেবাননে গুলি চালানোর ঘটনায় ক্ষোভ জানিয়েছে পাকিস্তান।", "bn",
                        [("লেবাননে", "LBN", "GPE"), ("পাকিস্তান", "PAK", "GPE")]))
    assert ["PAK"] not in [countries(e.actors) for e in angered.events if e.type == "ASSAULT"]
    fired = code(make("লেবাননে গুলি চালিয়েছে ইসরায়েল।", "bn", [("লেবাননে", "LBN", "GPE"), ("ইসরায়েল", "ISR", "GPE")]))
    assert countries(one(fired, "ASSAULT").actors) == ["ISR"]


def test_an_organisation_compounded_with_a_building_is_where_not_who():
    """'বিএনপি কার্যালয়ে হামলা চালিয়েছে দুর্বৃত্তরা' (assailants attacked the BNP office): the party
    is where it happened, not the attacker; a party before a verb with no building noun still acts."""
    rec = code(make("চট্টগ্রামে বিএনপি কার্যালয়ে হামলা চালিয়েছে দুর্বৃত্তরা।", "bn", [("বিএনপি", "bnp", "ORG")]))
    assert [a.id for a in one(rec, "ASSAULT").actors] == ["agent:unidentified"]
    rally = code(make("আওয়ামী লীগ ঢাকায় বিক্ষোভ করেছে।", "bn", [("আওয়ামী লীগ", "awami", "ORG")]))
    assert countries(one(rally, "PROTEST").actors) == ["BGD"]


# -- who is no party: a place named as where, a victim named inside a case, a branch's place --------

def test_a_group_pronoun_never_stands_for_a_place_named_as_where():
    """'বেইজিংয়ে তারা সমাবেশ করবে' (they will rally in Beijing): Beijing is where, not they; with a
    group named before, the pronoun stands for it."""
    where = code(make("আগামী মাসে বেইজিংয়ে তারা সমাবেশ করবে।", "bn", [("বেইজিংয়ে", "beijing", "GPE")]))
    assert "beijing" not in [a.id for e in where.events for a in e.actors]
    named = code(make("বিএনপি জানায়, আগামী মাসে বেইজিংয়ে তারা সমাবেশ করবে।", "bn",
                      [("বিএনপি", "bnp", "ORG"), ("বেইজিংয়ে", "beijing", "GPE")]))
    assert [a.id for e in named.events for a in e.actors] == ["bnp"]


def test_a_name_compounded_with_a_bare_event_noun_and_a_case_noun_is_no_party_of_the_verb():
    """'মোদি হত্যা মামলায় দুজনকে গ্রেপ্তার করেছে পুলিশ' (police arrested two in the Modi murder
    case): Modi is the victim named inside the case, neither the arrester nor the arrested; with a
    light verb after the noun ('মোদি হত্যা করেছেন') the name is the verb's subject."""
    case = code(make("মোদি হত্যা মামলায় দুজনকে গ্রেপ্তার করেছে পুলিশ।", "bn", [("মোদি", "modi", "PER")]))
    assert [a.id for a in one(case, "COERCE").actors] == ["agent:police"]
    assert "narendra-modi" not in [a.id for e in case.events for a in [*e.actors, *e.recipients]]
    killed = code(make("ঢাকায় মোদি হত্যা করেছেন।", "bn", [("মোদি", "modi", "PER")]))
    assert [a.id for a in one(killed, "ASSAULT").actors] == ["narendra-modi"]


def test_a_place_right_before_an_organisation_names_its_branch_not_a_party():
    """'বেইজিং উপজেলা বিএনপির সভাপতিকে বহিষ্কার করেছে আওয়ামী লীগ': the place only says which
    branch of the BNP; the expeller is the party after the verb."""
    rec = code(make("বেইজিং উপজেলা বিএনপির সভাপতিকে বহিষ্কার করেছে আওয়ামী লীগ।", "bn",
                    [("বেইজিং উপজেলা", "beijing", "GPE"), ("বিএনপির", "bnp", "ORG"), ("আওয়ামী লীগ", "awami", "ORG")]))
    ev = one(rec, "SANCTION")
    assert [a.id for a in ev.actors] == ["awami-league"] and [a.id for a in ev.recipients] == ["bnp"]


def test_a_case_after_a_short_form_in_brackets_is_the_full_names_too():
    """'বাংলাদেশ জাতীয়তাবাদী দল (বিএনপি) থেকে পদত্যাগ করেছেন হাসিনা' (Hasina resigned from the
    BNP): the party is what she left, not who resigned."""
    rec = code(make("বাংলাদেশ জাতীয়তাবাদী দল (বিএনপি) থেকে পদত্যাগ করেছেন হাসিনা।", "bn",
                    [("বাংলাদেশ জাতীয়তাবাদী দল", "bnp", "ORG"), ("বিএনপি", "bnp", "ORG"), ("হাসিনা", "hasina", "PER")]))
    assert [a.id for a in one(rec, "RETREAT").actors] == ["sheikh-hasina"]


def test_a_subjectless_statement_handed_on_by_bole_is_the_reporters_own():
    """'সিদ্ধান্তটি প্রত্যাখ্যান করছেন বলে জানিয়েছেন হাসিনা' (Hasina said she rejects the decision):
    Hasina rejects; an act told so is not the reporter's ('হামলা চালিয়েছে বলে জানিয়েছেন হাসিনা':
    Hasina attacked nobody)."""
    rejected = code(make("ভারতের সিদ্ধান্তটি প্রত্যাখ্যান করছেন বলে জানিয়েছেন হাসিনা।", "bn",
                         [("ভারতের", "IND", "GPE"), ("হাসিনা", "hasina", "PER")]))
    ev = one(rejected, "REJECT")
    assert [a.id for a in ev.actors] == ["sheikh-hasina"]
    assert ("reporter_states_own_clause", "actor = হাসিনা") in steps(ev, "role")
    told = code(make("ঢাকায় হামলা চালিয়েছে বলে জানিয়েছেন হাসিনা।", "bn", [("হাসিনা", "hasina", "PER")]))
    assert "sheikh-hasina" not in [a.id for e in told.events if e.type == "ASSAULT" for a in e.actors]


def test_names_that_fell_victim_to_an_event_noun_did_not_do_it():
    """'আওয়ামী লীগ নেতারা গতকাল হামলার শিকার হয়েছেন' (Awami League leaders fell victim to an attack): no attack by
    the League; a possessor of the noun still acts ('নেপাল ভারতের হামলার শিকার হয়েছে': India)."""
    victim = code(make("আওয়ামী লীগ নেতারা গতকাল হামলার শিকার হয়েছেন।", "bn", [("আওয়ামী লীগ", "awami", "ORG")]))
    assert "awami-league" not in [a.id for e in victim.events if e.type == "ASSAULT" for a in e.actors]
    owned = code(make("নেপাল ভারতের হামলার শিকার হয়েছে।", "bn", [("নেপাল", "NPL", "GPE"), ("ভারতের", "IND", "GPE")]))
    assert countries(one(owned, "ASSAULT").actors) == ["IND"]


def test_a_condition_in_chaile_is_no_request():
    """'সরকার চাইলে আলোচনায় বসতে রাজি আছে বিএনপি' (the BNP is ready to talk if the government
    wants): চাইলে is a conditional participle, not a demand by the government."""
    rec = classified(make("সরকার চাইলে যেকোনো সময় আলোচনায় বসতে রাজি আছে বিএনপি।", "bn", [("বিএনপি", "bnp", "ORG")]))
    assert [e.trigger.text for e in rec.events if e.type == "REQUEST"] == []


# -- an event noun that a reaction noun follows: the act reacted to, not one the reactor did -----

def test_an_act_a_protest_is_about_is_not_the_protesters():
    """'বিএনপি নেতাদের গ্রেপ্তারের প্রতিবাদে বিক্ষোভ করেছে দলটি' (protested the arrest of BNP
    leaders): the arrest has no actor named, so no arrest is coded; the protest stays."""
    rec = code(make("বিএনপি নেতাদের গ্রেপ্তারের প্রতিবাদে সারা দেশে বিক্ষোভ করেছে দলটি।", "bn",
                    [("বিএনপি", "bnp", "ORG")]))
    assert "COERCE" not in [e.type for e in rec.events]
    assert [a.id for a in one(rec, "PROTEST").actors] == ["bnp"]


def test_a_killing_whose_justice_is_demanded_has_no_actor_from_the_demanding_clause():
    """'আওয়ামী লীগ নেতা হত্যার বিচার দাবিতে ...': the League demands justice; it killed no one."""
    rec = code(make("আওয়ামী লীগ নেতা হত্যার বিচার দাবিতে মানববন্ধন করেছে দলটি।", "bn", [("আওয়ামী লীগ", "awami", "ORG")]))
    assert "ASSAULT" not in [e.type for e in rec.events]


def test_a_reacted_to_act_keeps_its_own_possessor_and_the_target_before_it():
    """'গাজায় ইসরায়েলের হামলার প্রতিবাদে ঢাকায় বিক্ষোভ': Israel attacked Gaza; Dhaka, after the
    reaction noun, is where the protest was, not whom Israel attacked."""
    rec = code(make("লেবাননে ইসরায়েলের হামলার প্রতিবাদে ঢাকায় বিক্ষোভ করেছে বিএনপি।", "bn",
                    [("লেবাননে", "LBN", "GPE"), ("ইসরায়েলের", "ISR", "GPE"), ("ঢাকায়", "BGD", "GPE"),
                     ("বিএনপি", "bnp", "ORG")]))
    attack = one(rec, "ASSAULT")
    assert countries(attack.actors) == ["ISR"] and countries(attack.recipients) == ["LBN"]
    assert ("act_a_reaction_is_about", "actor = ইসরায়েলের") in steps(attack, "role")


def test_concern_over_an_incident_is_no_attack_by_the_concerned():
    """'বিএনপির কার্যালয়ে হামলার ঘটনায় উদ্বেগ জানিয়েছে আওয়ামী লীগ': বিএনপির owns the office,
    not the attack, and the League only voiced concern."""
    rec = code(make("বিএনপির কার্যালয়ে হামলার ঘটনায় উদ্বেগ জানিয়েছে আওয়ামী লীগ।", "bn",
                    [("বিএনপির", "bnp", "ORG"), ("আওয়ামী লীগ", "awami", "ORG")]))
    assert "ASSAULT" not in [e.type for e in rec.events]


def test_an_act_told_as_a_verbal_noun_that_a_protest_is_about_is_not_the_protesters():
    """'বিএনপি ... কার্যালয়ে হামলা চালানোর প্রতিবাদে বিক্ষোভ করেছে' (BNP protested the attack
    carried out on its office) and '... সভাপতিকে গ্রেপ্তার করার প্রতিবাদে মহাসড়ক অবরোধ করেছে'
    (blocked a highway against the arrest made): the verbal noun names the act reacted to, not one
    the clause's subject did."""
    attack = code(make("বিএনপি সিলেটে দলীয় কার্যালয়ে হামলা চালানোর প্রতিবাদে বিক্ষোভ করেছে।", "bn",
                       [("বিএনপি", "bnp", "ORG")]))
    assert "ASSAULT" not in [e.type for e in attack.events]
    assert [a.id for a in one(attack, "PROTEST").actors] == ["bnp"]
    arrest = code(make("আওয়ামী লীগ দলের সভাপতিকে গ্রেপ্তার করার প্রতিবাদে মহাসড়ক অবরোধ করেছে।", "bn",
                       [("আওয়ামী লীগ", "awami", "ORG")]))
    assert "COERCE" not in [e.type for e in arrest.events]
    assert [a.id for a in one(arrest, "PROTEST").actors] == ["awami-league"]


def test_a_verbal_noun_act_keeps_its_own_possessor_when_protested():
    """'বিএনপি পুলিশের গুলি চালানোর প্রতিবাদে বিক্ষোভ করেছে': the police fired; BNP protested."""
    rec = code(make("বিএনপি পুলিশের গুলি চালানোর প্রতিবাদে বিক্ষোভ করেছে।", "bn", [("বিএনপি", "bnp", "ORG")]))
    assert [a.id for a in one(rec, "PROTEST").actors] == ["bnp"]
    assert all(a.id != "bnp" for e in rec.events if e.type == "ASSAULT" for a in e.actors)


def test_without_a_reaction_noun_the_clause_subject_still_acts():
    """"ভারত বাংলাদেশের সীমান্তে হামলা চালিয়েছে" stays India's attack: the light verb makes it the clause's act."""
    rec = code(make("ভারত বাংলাদেশের সীমান্তে হামলা চালিয়েছে।", "bn", [("ভারত", "IND", "GPE"), ("বাংলাদেশের", "BGD", "GPE")]))
    assert countries(one(rec, "ASSAULT").actors) == ["IND"]


def test_a_party_name_before_a_members_title_is_the_member_in_the_titles_case():
    """'বিএনপি নেতাকে গ্রেপ্তার করেছে পুলিশ' (police arrested a BNP leader): "বিএনপি নেতাকে" is one
    accusative noun phrase; the party is the one arrested, the police arrest."""
    rec = code(make("বিএনপি নেতাকে গ্রেপ্তার করেছে পুলিশ।", "bn", [("বিএনপি", "bnp", "ORG")]))
    arrest = one(rec, "COERCE")
    assert "bnp" not in [a.id for a in arrest.actors] and [a.id for a in arrest.recipients] == ["bnp"]


def test_the_possessor_of_an_arrest_noun_is_the_one_arrested():
    """'আওয়ামী লীগের নেতাদের গ্রেপ্তারের নিন্দা ...': the League's leaders were arrested; no arrest by the League."""
    rec = code(make("আওয়ামী লীগের নেতাদের গ্রেপ্তারের তীব্র নিন্দা জানিয়েছে ভারত।", "bn",
                    [("আওয়ামী লীগের", "awami", "ORG"), ("ভারত", "IND", "GPE")]))
    assert "COERCE" not in [e.type for e in rec.events]


def test_the_party_after_the_verb_stands_for_the_party_named_before():
    """'... বিক্ষোভ সমাবেশ করবে দলটি' (the party will rally): দলটি is the BNP named before it."""
    rec = code_sentences_only(make("বিএনপি নেতাদের মুক্তির দাবিতে কাল বিক্ষোভ সমাবেশ করবে দলটি।", "bn",
                                   [("বিএনপি", "bnp", "ORG")]))
    assert [a.id for e in rec.events if e.type == "PROTEST" for a in e.actors] == ["bnp"]


# -- whom a later pronoun stands for ------------------------------------------------------------

def test_a_person_named_only_in_the_genitive_is_no_antecedent_of_a_later_pronoun():
    """"খালেদা জিয়ার মৃত্যুতে" names the deceased as the owner of a death: a later "তিনি" is still
    the chief adviser named before, whose call it is, never the deceased's."""
    from khobor.ingest.raw import RawArticle
    from khobor.pipeline import Overrides, process
    text = ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস শনিবার জাতির উদ্দেশে ভাষণ দেন। "
            "তিনি বলেন, খালেদা জিয়ার মৃত্যুতে দেশের রাজনীতির একটি অধ্যায় শেষ হলো। "
            "তিনি দেশবাসীকে শান্ত থাকার আহ্বান জানান।")
    rec = process(RawArticle(source="test", text=text, language="bn", published="2025-03-02"),
                  Overrides(min_event_confidence=0.0))
    assert [(e.type, [a.id for a in e.actors]) for e in rec.events] == [("REQUEST", ["muhammad-yunus"])]


def test_the_pronoun_antecedent_is_the_last_person_named_outside_the_genitive():
    from khobor.events.coder import person_a_pronoun_takes
    from khobor.events.mentions import Mention
    yunus, khaleda = Actor(id="muhammad-yunus", name="Muhammad Yunus"), Actor(id="khaleda-zia", name="Khaleda Zia")

    def named(actor: Actor, marker: str | None) -> Mention:
        return Mention(0, 0, 0, 1, actor.name, actor, "PER", marker)
    assert person_a_pronoun_takes([named(khaleda, "gen")], yunus) == yunus
    assert person_a_pronoun_takes([named(khaleda, "gen"), named(yunus, None)], None) == yunus   # last first
    assert person_a_pronoun_takes([named(khaleda, "gen")], None) == khaleda   # no one else to stand for
    assert person_a_pronoun_takes([named(khaleda, None)], yunus) == khaleda
    assert person_a_pronoun_takes([], yunus) == yunus
    # round 30: one only thanked (accusative) or addressed (dative) is no antecedent either
    envoy = Actor(id="tracey-ann-jacobson", name="Tracey Ann Jacobson")
    assert person_a_pronoun_takes([named(envoy, "acc")], yunus) == yunus
    assert person_a_pronoun_takes([named(envoy, "dat")], yunus) == yunus
    assert person_a_pronoun_takes([named(envoy, "acc")], None) == envoy   # no one else to stand for


def test_an_agentless_passive_arrest_is_the_home_states():
    """"Two activists were arrested on Monday", in a report whose names are Bangladeshi and whose
    clause names no place: Bangladesh arrests them (passive_home_state_agent); force told so
    ("were shot") names no state: someone unidentified (passive_unnamed_attacker, GUIDELINES E5)."""
    rec = classified(make("Bangladesh votes in February. Two activists were arrested on Monday.", "en",
                          [("Bangladesh", "BGD", "GPE")]))
    ev = one(rec, "COERCE")
    assert countries(ev.actors) == ["BGD"]
    assert ("passive_home_state_agent", "actor = Bangladesh") in steps(ev, "role")
    rec = classified(make("Bangladesh votes in February. Two activists were shot on Monday.", "en",
                          [("Bangladesh", "BGD", "GPE")]))
    assert [[(a.name, a.country) for a in e.actors] for e in rec.events if e.type == "ASSAULT"] \
        == [[("unidentified", None)]]
    # a party expels its members too: no state is read into the passive
    rec = code(make("Bangladesh votes in February. Two activists were expelled from the party.", "en",
                    [("Bangladesh", "BGD", "GPE")]))
    assert [e for e in rec.events if e.type == "SANCTION"] == []


def test_a_place_named_in_the_clause_still_acts_before_the_home_state():
    rec = code(make("Bangladesh votes in February. Two activists were arrested in India on Monday.", "en",
                    [("Bangladesh", "BGD", "GPE"), ("India", "IND", "GPE")]))
    assert countries(one(rec, "COERCE").actors) == ["IND"]
