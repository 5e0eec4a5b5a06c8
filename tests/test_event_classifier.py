"""The events stage's learned parts: generic agents, the learned lexicon, the classifier, the
defaults, the threshold and `--explain`. Fixtures are sentences written here."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from khobor import lang
from khobor.events import extraction as events
from khobor.events import defaults
from khobor.events.agents import AgentLexicon, check_keys, lent_agents
from khobor.events.classifier import CLASSES, Candidate, EventClassifier, cues_of, features, hashed, train
from khobor.events.scorer import CandidateScorer
from khobor.events.learned import HeadRules, build
from khobor.train.threshold import Point, choose
from khobor.train.events_training import harmonised_type, training_rows
from khobor.ingest.raw import RawArticle
from khobor.pipeline import Overrides, process
from khobor.record import Actor, Entity, Event, Record, Span, Trigger


def extract(text: str, language: str, **kw) -> Record:
    return process(RawArticle(source="test", text=text, language=language, published="2025-03-02"), Overrides(**kw))


# -- generic agents ------------------------------------------------------------------------------

def test_bn_agent_keeps_its_case_ending_outside_the_span():
    lexicon = AgentLexicon.from_pack(lang.load("bn"))
    text = "পুলিশের গুলিতে দুজন আহত হয়েছেন।"
    found = [(text[s:e], a.name) for s, e, a in lexicon.find(text)]
    assert found == [("পুলিশ", "police")]


def test_bn_agent_word_inside_a_longer_word_is_no_agent():
    lexicon = AgentLexicon.from_pack(lang.load("bn"))
    assert list(lexicon.find("সরকারিভাবে ঘোষণা দেওয়া হয়েছে।")) == []


def test_agents_are_lent_for_coding_and_taken_back():
    rec = Record(id="x", text="Police arrested five activists.", language="en")
    with lent_agents(rec, AgentLexicon.from_pack(lang.load("en")), "BGD"):
        assert [(e.text, e.actor.country, e.actor.sector) for e in rec.entities] == [
            ("Police", "BGD", "COP"), ("activists", "BGD", "PTY")]
    assert rec.entities == []


def test_a_nationality_before_an_agent_stands_for_it():
    rec = Record(id="x", text="Israeli forces attacked the camp.", language="en",
                 entities=[Entity(text="Israeli", start=0, end=7, type="NORP",
                                  actor=Actor(id="israel", name="Israel", country="ISR"))])
    with lent_agents(rec, AgentLexicon.from_pack(lang.load("en")), None):
        assert [e.text for e in rec.entities] == ["Israeli"]


def test_an_agent_word_that_titles_a_name_is_no_second_party():
    """"সাবেক সংসদ সদস্য আবদুল হালিমকে গ্রেপ্তার করেছে পুলিশ": the MP is the arrested Halim; the
    police arrest him, not parliament."""
    text = "সাবেক সংসদ সদস্য আবদুল হালিমকে গ্রেপ্তার করেছে পুলিশ।"
    at = text.index("আবদুল")
    halim = Entity(text="আবদুল হালিমকে", start=at, end=at + len("আবদুল হালিমকে"), type="PER",
                   actor=Actor(id="abdul-halim", name="Abdul Halim", country="BGD"))
    rec = Record(id="x", text=text, language="bn", entities=[halim])
    with lent_agents(rec, AgentLexicon.from_pack(lang.load("bn")), "BGD"):
        assert [e.text for e in rec.entities] == ["আবদুল হালিমকে", "পুলিশ"]


def test_agents_file_with_an_unknown_key_names_the_file_and_key():
    with pytest.raises(ValueError, match=r"agents.yaml: agents\[0\]: unknown key 'sectr'"):
        check_keys({"name": "police", "sectr": "COP", "words": []}, {"name", "sector", "words", "stateless"},
                   {"name", "sector", "words"}, "lang/xx/agents.yaml: agents[0]")


# -- the learned lexicon -------------------------------------------------------------------------

def test_learned_heads_drop_light_verbs_and_endings():
    bn = HeadRules.from_pack(lang.load("bn"))
    assert bn.stem("মৃত্যুদণ্ড দিয়েছেন") == "মৃত্যুদণ্ড"
    assert bn.stem("সংঘর্ষের") == "সংঘর্ষ"
    en = HeadRules.from_pack(lang.load("en"))
    assert en.stem("has arrested") == "arrest"
    assert en.stem("staged a protest") == "protest"


def test_a_head_is_learned_only_when_it_names_one_type_often_enough():
    rules = HeadRules.from_pack(lang.load("en"))
    rows = [{"events": [{"type": "COERCE", "trigger": "detained"}]},
            {"events": [{"type": "COERCE", "trigger": "were detained"}]},
            {"events": [{"type": "AID", "trigger": "helped"}]}]
    assert build(rows, rules) == [("detain", "COERCE", 2, 1.0)]


def test_a_head_written_mostly_outside_triggers_or_listed_as_not_a_head_is_not_learned():
    import dataclasses
    rules = dataclasses.replace(HeadRules.from_pack(lang.load("bn")), min_precision=0.25,
                                not_heads=frozenset({"ঝমঝমালি"}))
    # an invented event word written as a trigger twice but used eight more times in no event (2 of 10)
    rows = [{"text": f"শ্রমিকরা হুলুস্থুল করেছে {i}।", "events": [{"type": "PROTEST", "trigger": "হুলুস্থুল করেছে"}]}
            for i in range(2)]
    rows += [{"text": f"হুলুস্থুলের গল্প {i} বইয়ে আছে।", "events": []} for i in range(8)]
    rows += [{"text": f"ছাত্ররা ঝমঝমালি করেছে {i}।", "events": [{"type": "PROTEST", "trigger": "ঝমঝমালি করেছে"}]}
             for i in range(2)]
    rows += [{"text": f"তারা গোলমোল করেছে {i}।", "events": [{"type": "PROTEST", "trigger": "গোলমোল করেছে"}]}
             for i in range(2)]
    assert [e[:2] for e in build(rows, rules)] == [("গোলমোল", "PROTEST")]
    assert [e[0] for e in build(rows, dataclasses.replace(rules, min_precision=0.0, not_heads=frozenset()))] \
        == ["গোলমোল", "ঝমঝমালি", "হুলুস্থুল"]


def test_the_bengali_lexicon_settings_drop_words_that_are_events_in_one_sense_only():
    bn = HeadRules.from_pack(lang.load("bn"))
    assert bn.min_precision > 0 and {"ধারা", "কর্মসূচি"} <= bn.not_heads
    assert HeadRules.from_pack(lang.load("en")).min_precision == 0.0


# -- the classifier ------------------------------------------------------------------------------

def test_training_separates_what_the_features_separate():
    def cand(trigger, sentence):
        i = sentence.index(trigger)
        return Candidate(sentence, i, i + len(trigger), "ASSAULT")
    examples = ([(features(cand("attack", f"Militants attack the post {i}.")), "ASSAULT") for i in range(20)] +
                [(features(cand("attack", f"The striker led the attack in match {i}.")), "NONE") for i in range(20)])
    model = train(examples, epochs=5)
    war = model.score(cand("attack", "Militants attack the checkpoint."))
    match = model.score(cand("attack", "The striker led the attack in the final match."))
    assert war.distribution["ASSAULT"] > 0.8 and match.distribution["NONE"] > 0.8


def test_v2_features_read_the_trigger_lemma_and_the_negation_and_modal_words_before_it():
    sentence = "The council said it would not meet the striking nurses."
    c = Candidate(sentence, sentence.index("meet"), sentence.index("meet") + 4, "CONSULT")
    v2 = features(c, "v2", cues_of("en"))
    assert {"tl=meet", "lt|tl=CONSULT|meet", "neg=True", "modal=would"} <= set(v2)
    assert not any(f.startswith(("tl=", "neg=", "modal=")) for f in features(c))  # v1 stays as it was
    said = "Nurses marched to the ministry on Sunday."
    plain = Candidate(said, said.index("marched"), said.index("marched") + 7, "PROTEST")
    assert {"tl=march", "neg=False", "modal="} <= set(features(plain, "v2", cues_of("en")))


def _one_feature_model(feature: str, label: str, feature_set: str) -> EventClassifier:
    """A classifier whose only weight makes `feature` vote for `label`."""
    row = int(np.unique(hashed([feature]))[0])
    weights = np.zeros((1, len(CLASSES)), np.float32)
    weights[0, CLASSES.index(label)] = 8.0
    model = EventClassifier(np.array([row]), weights, np.zeros(len(CLASSES)), {"features": feature_set})
    model.cues = cues_of("en")  # as the scorer sets it for an English pack
    return model


def test_a_classifier_reads_the_feature_set_its_meta_names():
    sentence = "The rebels will not release the hostages."
    c = Candidate(sentence, sentence.index("release"), sentence.index("release") + 7, "RETREAT")
    assert _one_feature_model("neg=True", "REJECT", "v2").score(c).type == "REJECT"
    assert _one_feature_model("neg=True", "REJECT", "v1").score(c).probability < 0.1  # v1 has no such feature


def test_an_unknown_feature_set_is_an_error_naming_it():
    with pytest.raises(ValueError, match="unknown feature set 'v9'"):
        EventClassifier(np.array([], np.int64), np.zeros((0, len(CLASSES))), np.zeros(len(CLASSES)), {"features": "v9"})


def test_the_threshold_reads_the_confidence_the_record_shows():
    """The dev sweep chose the threshold over two-decimal confidences: p = 0.846 shows as 0.85 and is
    kept at threshold 0.85 (and dropped at 0.86)."""
    text = "Police arrested five activists."
    bias = np.zeros(len(CLASSES))
    bias[CLASSES.index("COERCE")] = np.log(0.846 * (len(CLASSES) - 1) / 0.154)
    kept = {}
    for threshold in (0.85, 0.86):
        model = EventClassifier(np.array([], np.int64), np.zeros((0, len(CLASSES))), bias, {"threshold": threshold})
        rec = Record(id="x", text=text, language="en", sentences=[Span(start=0, end=len(text))])
        ev = Event(type="COERCE", sentence=0, trigger=Trigger(text="arrested", start=7, end=15), confidence=0.5)
        kept[threshold] = [e.confidence for e in CandidateScorer(model).keep(rec, [ev])]
    assert kept == {0.85: [0.85], 0.86: []}


def test_shipped_classifiers_load_with_a_threshold_chosen_on_dev(tmp_path):
    for code in ("bn", "en"):
        path = lang.load(code).file("events_classifier.npz")
        model = EventClassifier.load(path)
        assert 0.0 < model.threshold < 1.0
        assert model.weights.shape == (len(model.rows), len(CLASSES))
        assert model.meta["dev"]["precision"] >= 0.70
        # saving and loading gives the same scores
        model.save(tmp_path / f"{code}.npz")
        again = EventClassifier.load(tmp_path / f"{code}.npz")
        c = Candidate("Police arrested five activists in Khulna.", 7, 15, "COERCE")
        assert abs(model.score(c).probability - again.score(c).probability) < 0.01


def test_writers_conventions_are_harmonised(tmp_path):
    (tmp_path / "events" / "bn").mkdir(parents=True)
    (tmp_path / "events" / "conventions.yaml").write_text(
        "agree_future_as_own_type: {writers: [w2], own_types: [CONSULT]}\n"
        "signing_as_support: {writers: [w2], trigger_words: [স্বাক্ষর]}\n", encoding="utf-8")
    (tmp_path / "events" / "bn" / "a.jsonl").write_text(
        '{"id": "w1-01-001", "events": []}\n{"id": "w2-01-001", "events": []}\n', encoding="utf-8")
    other, writer = training_rows(tmp_path, "bn")
    visit = {"type": "AGREE", "modality": "future", "trigger": "will visit"}
    assert harmonised_type(writer, visit, "CONSULT") == "CONSULT"
    assert harmonised_type(other, visit, "CONSULT") == "AGREE"
    signing = {"type": "SUPPORT", "modality": "asserted", "trigger": "চুক্তি স্বাক্ষর করেছে"}
    assert harmonised_type(writer, signing, "AGREE") == "AGREE"
    assert harmonised_type(other, signing, "AGREE") == "SUPPORT"


def test_a_misspelt_writer_convention_is_an_error(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "conventions.yaml").write_text(
        "signing_as_support: {writers: [w2], trigger_word: [sign]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="conventions.yaml"):
        training_rows(tmp_path, "bn")


def test_threshold_is_the_best_f1_whose_precision_holds_a_standard_error_down():
    points = [Point(0.1, 0.70, 0.6, 0.646, 200), Point(0.5, 0.85, 0.5, 0.63, 200), Point(0.9, 0.95, 0.2, 0.33, 40)]
    assert choose(points, 0.75).threshold == 0.5
    assert choose([Point(0.1, 0.6, 0.5, 0.55, 100)], 0.75).threshold == 0.1  # none reaches: most precise


# -- the stage end to end ------------------------------------------------------------------------

def test_sport_is_not_coded_as_violence():
    rec = extract("Bangladesh beat India by five wickets in Dhaka on Sunday, with Taskin taking four wickets.", "en")
    assert not [e for e in rec.events if e.type in ("ASSAULT", "COERCE")]


def test_min_confidence_zero_keeps_every_candidate_one_keeps_fewer():
    text = ("Police arrested five opposition activists in Khulna on Monday. Protesters blocked the highway for two hours. "
            "India will send a trade delegation to Dhaka.")  # "send": a candidate the classifier doubts
    everything = extract(text, "en", min_event_confidence=0.0)
    shipped = extract(text, "en")
    strict = extract(text, "en", min_event_confidence=1.0)
    assert len(everything.events) >= len(shipped.events) >= len(strict.events)
    assert len(everything.events) > len(strict.events)
    assert all(e.confidence == 1.0 for e in strict.events)  # 1.0 keeps what the record shows as 1.00
    assert all(e.confidence >= events.parts_for(lang.load("en")).scorer.threshold for e in shipped.events)


def test_unnamed_recipient_of_a_domestic_event_is_the_home_state():
    ev = Event(type="COERCE", sentence=0, trigger=Trigger(start=7, end=15, text="arrested"), confidence=0.9,
               actors=[Actor(id="agent:police", name="police", country="BGD", sector="COP")])
    rec = Record(id="x", text="Police arrested five people.", language="en")
    (out,) = defaults.apply(rec, [ev], "BGD")
    assert [(a.country, a.sector) for a in out.recipients] == [("BGD", "GOV")]
    assert [s["rule"] for s in out._explain] == ["unnamed_recipient_is_home_state"]


def test_actors_of_two_countries_get_no_default_recipient():
    ev = Event(type="CONSULT", sentence=0, trigger=Trigger(start=0, end=1, text="x"), confidence=0.9,
               actors=[Actor(id="russia", name="Russia", country="RUS"), Actor(id="china", name="China", country="CHN")])
    (out,) = defaults.apply(Record(id="x", text="x", language="en"), [ev], "RUS")
    assert out.recipients == []


def test_explain_shows_trigger_classifier_and_rules(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Police arrested five opposition activists in Khulna on Monday, a spokesman said.\n\n"
                    "The activists were produced before a court on Tuesday.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "khobor.cli", "extract", str(path), "--lang", "en", "--explain",
                          "--min-confidence", "0"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    json.loads(out.stdout.splitlines()[0])  # stdout stays one JSON record a line
    assert 'trigger "arrested"' in out.stderr
    assert "classifier  events_classifier: COERCE p=" in out.stderr
    assert "threshold 0.00" in out.stderr


def test_min_confidence_out_of_range_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Police arrested five activists.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "khobor.cli", "extract", str(path), "--min-confidence", "1.5"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "--min-confidence" in out.stderr


# -- cross-fitting, the lexicon feature, the PLOVER records ---------------------------------------

def test_a_sentence_gets_no_learned_candidate_from_a_head_only_it_taught():
    from khobor.train.events_training import CROSS_FIT_FOLDS, candidates_of
    rules = HeadRules.from_pack(lang.load("bn"))
    # an invented head, written twice: learned from both sentences, but each sentence's own
    # lexicon is learned without it (the two are in different folds) and so lacks the head
    rows = [{"id": f"t-{i}", "text": f"{who} ঝমঝমালি করেছে।", "events": [
        {"type": "PROTEST", "trigger": "ঝমঝমালি করেছে", "modality": "asserted"}]}
        for i, who in enumerate(["শ্রমিকরা", "ছাত্ররা"])]
    rows += [{"id": f"f-{i}", "text": "আজ আবহাওয়া ভালো ছিল।", "events": []} for i in range(CROSS_FIT_FOLDS)]
    assert rules.min_count <= 2 and [e[:2] for e in build(rows, rules)] == [("ঝমঝমালি", "PROTEST")]
    found = {row["id"]: [ev.trigger.text for ev in cands] for row, rec, cands in candidates_of(rows, "bn")}
    assert found["t-0"] == [] and found["t-1"] == []


def test_candidates_say_which_lexicon_proposed_them():
    from khobor.events.scorer import candidate, proposed_by
    rec = extract("Police arrested five opposition activists in Khulna on Monday. Protesters blocked the highway.",
                  "en", min_event_confidence=0.0)
    assert rec.events, "the hand-written lexicon knows 'arrested'"
    ev = rec.events[0]
    assert proposed_by(ev) == "yaml" and "lex=yaml" in features(candidate(rec, ev))
    ev._explain = [{"step": "candidate", "rule": "learned: arrest*", "decision": ""}]
    assert proposed_by(ev) == "learned" and "lex=learned" in features(candidate(rec, ev))


def test_plover_categories_map_both_ways():
    from khobor.events.plover_gsr import our_type, plover_type
    assert plover_type("CONSULT", "future") == "AGREE"
    assert plover_type("ASSAULT", "hypothetical") == "THREATEN"
    assert plover_type("RETREAT", "future") == "AGREE"     # CAMEO 0356: intent to de-escalate
    assert plover_type("CONCEDE", "future") == "AGREE"     # CAMEO 0353: intent to release
    assert plover_type("CONCEDE", "asserted") == "CONCEDE"
    assert plover_type("CONSULT", "asserted") == "CONSULT"
    assert our_type("AGREE", "CONSULT", "future") == "CONSULT"
    assert our_type("AGREE", "CONSULT", "asserted") == "AGREE"
    assert our_type("THREATEN", "COERCE", "hypothetical") == "COERCE"


def test_a_partial_row_labels_only_the_candidates_on_its_event():
    from khobor.train.events_training import label
    text = "Police arrested two activists after they protested in Dhaka."
    rec = Record(id="x", text=text, language="en")
    row = {"id": "plover-x", "text": text, "partial": True,
           "events": [{"type": "COERCE", "triggers": ["arrested"], "plover": True}]}
    on = Event(type="COERCE", sentence=0, confidence=0.5, trigger=Trigger(text="arrested", start=7, end=15))
    off = Event(type="PROTEST", sentence=0, confidence=0.5, trigger=Trigger(text="protested", start=41, end=50))
    assert label(row, rec, on) == "COERCE"
    assert label(row, rec, off) is None
    assert label(dict(row, partial=False), rec, off) == "NONE"


def _candidate_on(text: str, word: str, etype: str) -> Event:
    at = text.index(word)
    return Event(type=etype, sentence=0, confidence=0.5, trigger=Trigger(text=word, start=at, end=at + len(word)))


def test_a_candidate_of_the_written_type_beside_its_trigger_is_that_event():
    """Written sentences: an agreement told by its object ("চুক্তির খসড়ায় সম্মত হয়েছে", trigger
    "সম্মত হয়েছে") teaches AGREE on "চুক্তির", not NONE; another type beside it, a word across a
    clause mark, or one too far off stays NONE."""
    from khobor.train.events_training import label
    text = "ভারত ও নেপাল বিদ্যুৎ চুক্তির খসড়ায় সম্মত হয়েছে, তবে হামলার প্রতিবাদ চলছে।"
    rec = Record(id="x", text=text, language="bn")
    row = {"id": "heldout-x", "text": text, "events": [
        {"type": "AGREE", "trigger": "সম্মত হয়েছে", "modality": "asserted"},
        {"type": "PROTEST", "trigger": "প্রতিবাদ", "modality": "asserted"}]}
    assert label(row, rec, _candidate_on(text, "চুক্তির", "AGREE")) == "AGREE"
    assert label(row, rec, _candidate_on(text, "চুক্তির", "SUPPORT")) == "NONE"
    assert label(row, rec, _candidate_on(text, "হামলার", "ASSAULT")) == "NONE"
    far = "ভারত ও নেপাল চুক্তির নতুন এক খসড়ায় সম্মত হয়েছে।"
    row_far = dict(row, text=far, events=row["events"][:1])
    assert label(row_far, Record(id="y", text=far, language="bn"), _candidate_on(far, "চুক্তির", "AGREE")) == "NONE"
    across = "ভারত ও নেপাল চুক্তির কথা বলেছে; সম্মত হয়েছে।"
    row_across = dict(row, text=across, events=row["events"][:1])
    assert label(row_across, Record(id="z", text=across, language="bn"),
                 _candidate_on(across, "চুক্তির", "AGREE")) == "NONE"


def test_feature_set_v3_reads_a_trigger_without_its_clitic():
    """"হত্যা বন্ধের দাবিও জানান" (also demanded) gives v3 the trigger features of the bare "দাবি জানান"
    (sentences written here); v1, the shipped weights' set, reads the words as they are."""
    cues = cues_of("bn")
    bare, clitic = "মন্ত্রী হত্যা বন্ধের দাবি জানান।", "মন্ত্রী হত্যা বন্ধের দাবিও জানান।"

    def trigger_features(text: str, feature_set: str) -> set[str]:
        start = text.index("দাবি")
        c = Candidate(text, start, text.index("জানান") + len("জানান"), "REQUEST")
        return {f for f in features(c, feature_set, cues) if f.split("=")[0] in ("tw", "t0", "ts", "lt|ts")}
    assert trigger_features(clitic, "v3") == trigger_features(bare, "v3")
    assert "t0=দাবি" in trigger_features(clitic, "v3")
    assert "t0=দাবিও" in trigger_features(clitic, "v1")


def test_plover_records_become_training_rows_with_their_marked_words(tmp_path):
    from khobor.events.plover_gsr import GSR_FILE, training_rows
    path = tmp_path / GSR_FILE
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps([
        {"id": "D", "event": "DOCUMENT"},
        {"id": "G1", "event": "DEMAND", "text": "Iran urged Iraq to free the prisoners.",
         "textInfo": {"markup": "(SRC: Iran) (EVT: urged) (TAR: Iraq) to free the prisoners."}},
        {"id": "G2", "event": "AGREE", "text": "No marked event here.", "textInfo": {"markup": "No marked event."}},
    ]), encoding="utf-8")
    rows = training_rows(tmp_path)
    assert [(r["id"], r["events"][0]["type"], r["events"][0]["triggers"]) for r in rows] == \
        [("plover-G1", "REQUEST", ["urged"])]
    assert training_rows(tmp_path / "absent") == []


# -- the article's genre -----------------------------------------------------------------------

def test_written_genres_become_the_few_that_change_what_words_mean():
    from khobor.events.genre import coarse
    assert [coarse(g) for g in ("sport", "obituary", "diplomacy", "justice", None)] == \
        ["sport", "obituary", "news", "news", "news"]


def test_genre_model_tells_a_match_report_from_a_court_report():
    from khobor.events.genre import GenreModel
    sport = ["The openers attacked the bowlers and the hosts won by six wickets.",
             "The striker scored twice as the club beat its rivals in the league.",
             "The captain hit a century before the bowlers struck late in the innings."]
    news = ["The court sentenced two men to life in prison for the killing.",
            "Police arrested three activists after the rally in the capital.",
            "The minister met the ambassador to discuss the trade deal."]
    rows = [{"text": t, "genre": "sport"} for t in sport] * 5 + [{"text": t, "genre": "justice"} for t in news] * 5
    model = GenreModel.trained(rows)
    assert model.of_texts(["The bowlers struck twice and the hosts won by six wickets."]) == "sport"
    assert model.of_texts(["Police arrested two men after the court sentenced them."]) == "news"
    assert model.of_texts([]) == "news"


def _court_or_sport():
    """A genre model trained on one court sentence (news) and one match sentence (sport)."""
    from khobor.events.genre import GenreModel
    return GenreModel.trained([{"text": "The court jailed two men.", "genre": "justice"}] * 3
                              + [{"text": "The hosts won by six wickets.", "genre": "sport"}] * 3)


def test_a_url_section_names_the_genre_before_the_text_is_read():
    from khobor.events.genre import section_genre
    assert section_genre("https://en.example.com/sports/cricket/x1y2") == "sport"
    assert section_genre("https://example.com.bd/entertainment/abc") == "entertainment"
    assert section_genre("https://example.com/opinion/op-ed/why-now") == "opinion"
    # a headline slug deeper in the path is not a section
    assert section_genre("https://example.com/bangladesh/politics/sports-minister-resigns") is None
    assert section_genre("https://example.com/more-sports/abc") == "sport"
    assert section_genre(None) is None
    court = _court_or_sport()
    rec = extract("Police arrested five activists in Khulna on Monday.", "en")
    rec.url = "https://example.com/sports/football/123"
    assert court.of_record(rec) == "sport"


def test_where_the_url_names_the_genre_the_text_is_read_only_for_its_news_share():
    court = _court_or_sport()
    rec = extract("Police arrested five activists in Khulna on Monday.", "en")
    rec.url = "https://example.com/sports/football/123"
    genre, text_genre, share = court.read_record(rec)
    assert (genre, text_genre) == ("sport", "news") and 0 < share < 1   # the share asked for: the text is read

    def unread(texts):
        raise AssertionError("the text was scored")
    court.read_texts = unread
    assert court.read_record(rec, share_needed=False) == ("sport", None, 1.0)
    rec.url = "https://example.com/bangladesh/123"                       # no section: the text decides
    with pytest.raises(AssertionError, match="the text was scored"):
        court.read_record(rec, share_needed=False)


def test_explain_names_the_article_genre_the_classifier_read():
    rec = extract("Police arrested five opposition activists in Khulna on Monday. Protesters blocked the highway.",
                  "en", min_event_confidence=0.0)
    steps = [s["decision"] for ev in rec.events for s in ev._explain if s["step"] == "classifier"]
    assert steps and all("article genre" in d for d in steps)


# -- a threat the classifier retypes back into its force ------------------------------------------

def _announced(etype: str) -> Event:
    ev = Event(type="THREATEN", actors=[], recipients=[], modality="asserted", sentence=0,
               trigger=Trigger(text="বিক্ষোভ", start=0, end=7), confidence=1.0, extractor="test")
    ev._recoded_from = (etype, "future")
    return ev


def test_force_retyped_back_from_a_threat_keeps_the_future_it_was_announced_in():
    """"বিক্ষোভ সমাবেশ করবে দলটি" (will rally): recoded as THREATEN (asserted) by the article
    rules; when the classifier retypes it PROTEST, it is a future PROTEST, not one held."""
    from khobor.events.scorer import restore_announced_modality
    ev = _announced("PROTEST")
    restore_announced_modality(ev, "PROTEST")
    assert ev.modality == "future"
    assert ev._explain[-1]["rule"] == "announced_force_retyped_back"
    other = _announced("ASSAULT")
    restore_announced_modality(other, "PROTEST")   # retyped into something it was not recoded from
    assert other.modality == "asserted"


def test_an_announced_protest_is_never_kept_as_one_held():
    rec = extract("বিএনপি নেতাদের গ্রেপ্তারের প্রতিবাদে কাল সারা দেশে বিক্ষোভ সমাবেশ করবে দলটি।", "bn")
    assert [e.modality for e in rec.events if e.type == "PROTEST"] in ([], ["future"])
    assert "COERCE" not in [e.type for e in rec.events]


def test_a_retrain_without_the_dev_split_keeps_what_dev_chose_for_the_shipped_weights(tmp_path):
    """`khobor train events --no-threshold` runs no dev split, so the shipped threshold, retype
    margin and dev figures stay in the new .json (they were lost: only the threshold was kept)."""
    from khobor.train.events import _shipped_choice
    shipped = tmp_path / "events_classifier.json"
    shipped.write_text(json.dumps({"threshold": 0.6, "retype_margin": 1.0, "dev": {"p": 0.9},
                                   "threshold_rule": "halves", "labels": {"NONE": 3}}), encoding="utf-8")
    assert _shipped_choice(shipped) == {"threshold": 0.6, "retype_margin": 1.0, "dev": {"p": 0.9},
                                        "threshold_rule": "halves"}
    assert _shipped_choice(tmp_path / "none.json") == {"threshold": 0.5}


def test_a_new_training_file_moves_no_other_sentence_to_another_fold():
    from khobor.train.events_training import CROSS_FIT_FOLDS, fold_of
    rows = [{"id": f"bnw{k}-01-{i:03d}"} for k in (1, 2) for i in range(40)]
    before = [fold_of(r) for r in rows]
    rows.insert(40, {"id": "bnw13-01-001"})        # a file that sorts between the two
    assert [fold_of(r) for r in rows if r["id"] != "bnw13-01-001"] == before
    assert len(set(before)) == CROSS_FIT_FOLDS
