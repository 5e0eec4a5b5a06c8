"""Written NER sentences (khobor.ner.written): markup, surface alignment, missing labels."""
from collections import Counter
import json

import spacy

from khobor.ner.written import load_written, parse_marked

TYPES = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": None, "EVT": None}


def _load(tmp_path, rows):
    f = tmp_path / "w.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    stats = Counter()
    return load_written([f], spacy.blank("bn"), TYPES, stats), stats


def test_parse_marked_keeps_offsets():
    text, spans = parse_marked("মেয়র [করিম মোল্লাকে|PER] [পাটগ্রামে|GPE] দেখা গেছে")
    assert text == "মেয়র করিম মোল্লাকে পাটগ্রামে দেখা গেছে"
    assert [text[s:e] for s, e, _ in spans] == ["করিম মোল্লাকে", "পাটগ্রামে"]


def test_every_occurrence_is_tagged_and_case_endings_stay_on(tmp_path):
    rows = [{"text": "সুমন বাড়ৈ বলেন, কালিয়াপাড়ায় সুমন বাড়ৈর দোকান।",
             "entities": [{"text": "সুমন বাড়ৈ", "type": "PER"}, {"text": "সুমন বাড়ৈর", "type": "PER"},
                          {"text": "কালিয়াপাড়ায়", "type": "GPE"}]}]
    (s,), stats = _load(tmp_path, rows)
    tagged = [(w, t) for w, t in zip(s.words, s.tags) if t != "O"]
    assert tagged == [("সুমন", "B-PER"), ("বাড়ৈ", "I-PER"), ("কালিয়াপাড়ায়", "B-LOC"),
                      ("সুমন", "B-PER"), ("বাড়ৈর", "I-PER")]
    assert stats["mentions"] == 3


def test_longest_surface_wins_and_title_stays_outside(tmp_path):
    rows = [{"marked": "অধ্যক্ষ [নীলিমা চাকমা|PER] [রাঙামাটি সরকারি কলেজের|ORG] সভায় ছিলেন।"}]
    (s,), _ = _load(tmp_path, rows)
    assert s.tags[:5] == ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]


def test_fac_and_evt_are_missing_not_outside(tmp_path):
    rows = [{"marked": "[তিস্তা সেতুর|FAC] কাছে [বিজয় দিবসের|EVT] মেলা।"}]
    (s,), _ = _load(tmp_path, rows)
    assert s.tags == [None, None, "O", None, None, "O", "O"]


def test_surface_only_inside_a_word_drops_the_sentence(tmp_path):
    rows = [{"text": "গোপালগঞ্জের মানুষ।", "entities": [{"text": "গোপাল", "type": "PER"}]},
            {"text": "বরুণ মাহাতো এলেন।", "entities": [{"text": "বরুণ মাহাতো", "type": "PER"}]}]
    sents, stats = _load(tmp_path, rows)
    assert len(sents) == 1 and stats["dropped: a surface not on token boundaries"] == 1


def test_compare_report_gives_gains_against_each_baseline(tmp_path):
    from khobor.ner.compare import report

    def sc(f):
        return {"overall": {"f": f}, "PER": {"f": f}}
    arms = {"plain-shared": {"model": {"rifat": sc(0.70)}},
            "plain-same": {"model": {"rifat": sc(0.75)}},
            "khobor": {"model": {"rifat": sc(0.78)}, "model+gazetteer": {"rifat": sc(0.82)}}}
    for arm, scores in arms.items():
        (tmp_path / arm).mkdir()
        (tmp_path / arm / "scores.json").write_text(json.dumps(scores))
    out = report(tmp_path)
    assert out["gain model+gazetteer vs plain-shared"] == {"rifat": 0.12}
    assert out["gain model vs plain-same"] == {"rifat": 0.03}
    assert out["f1"]["khobor model"]["rifat"]["PER"] == 0.78


def test_compare_report_lists_the_shipped_weights_beside_the_arms(tmp_path):
    """`--score-shipped` writes work/shipped/scores.json; the report gives it a row like an arm."""
    from khobor.ner.compare import SHIPPED, report
    for arm, f in (("plain-small", 0.70), (SHIPPED, 0.72)):
        (tmp_path / arm).mkdir()
        (tmp_path / arm / "scores.json").write_text(json.dumps({"model": {"rifat": {"overall": {"f": f}}}}))
    out = report(tmp_path)
    assert out["f1"]["shipped model"]["rifat"]["overall"] == 0.72
    assert out["f1"]["plain-small model"]["rifat"]["overall"] == 0.70


def test_plain_small_config_is_plain_with_a_smaller_encoder_only():
    """The speed arm changes the tok2vec encoder and nothing else, so the comparison isolates it."""
    from thinc.api import Config
    from khobor.ner.compare import ARMS
    from khobor.ner.train import CONFIG_DIR
    plain = Config().from_disk(CONFIG_DIR / ARMS["plain-same"][0], interpolate=False)
    small = Config().from_disk(CONFIG_DIR / ARMS["plain-small"][0], interpolate=False)
    enc_p = plain["components"]["tok2vec"]["model"].pop("encode")
    enc_s = small["components"]["tok2vec"]["model"].pop("encode")
    assert plain == small
    assert enc_s["width"] < enc_p["width"] and ARMS["plain-small"][1] is ARMS["plain-same"][1]
    assert enc_s["width"] * enc_s["width"] * enc_s["depth"] * enc_s["maxout_pieces"] < \
        enc_p["width"] * enc_p["width"] * enc_p["depth"] * enc_p["maxout_pieces"] / 2
