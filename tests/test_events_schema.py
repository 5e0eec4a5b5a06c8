"""events.yaml is checked against its schema when the coder is built: a misspelt key, a missing
required key or a wrong type fails with the file and the key named, never silently."""
from __future__ import annotations

import shutil

import pytest
import yaml

from khobor import lang
from khobor.events import schema
from khobor.events.coder import Coder
from khobor.lang import LangPack


def shipped(code: str) -> dict:
    return yaml.safe_load((lang.load(code).path / "events.yaml").read_text(encoding="utf-8"))


def error_of(data: dict, source: str = "lang/bn/events.yaml") -> str:
    with pytest.raises(ValueError) as e:
        schema.parse(data, source)
    return str(e.value)


@pytest.mark.parametrize("code", ["bn", "en"])
def test_both_shipped_packs_load(code):
    cfg = schema.load(lang.load(code))
    assert cfg.triggers and cfg.word_order in ("SOV", "SVO")
    assert Coder(lang.load(code)).cfg == cfg


def test_a_misspelt_key_is_named_with_a_suggestion():
    data = shipped("bn")
    data["veto_sentense"] = data.pop("veto_sentence")
    assert error_of(data) == ("lang/bn/events.yaml: unknown key 'veto_sentense' "
                              "(did you mean 'veto_sentence'?)")


def test_a_misspelt_key_inside_a_section_or_a_trigger():
    data = shipped("en")
    data["article"]["recipient_lookbak"] = data["article"].pop("recipient_lookback")
    data["triggers"][3]["confidance"] = 0.7
    msg = error_of(data, "lang/en/events.yaml")
    assert "lang/en/events.yaml: unknown key 'article.recipient_lookbak' (did you mean " \
           "'article.recipient_lookback'?)" in msg
    assert "lang/en/events.yaml: unknown key 'triggers[3].confidance' (did you mean 'triggers[3].confidence'?)" in msg


def test_a_missing_required_key_is_named():
    data = shipped("bn")
    del data["word_order"]
    assert error_of(data) == "lang/bn/events.yaml: missing required key 'word_order'"
    del data["triggers"][0]["pattern"]
    assert "lang/bn/events.yaml: missing required key 'triggers[0].pattern'" in error_of(data)


@pytest.mark.parametrize("key, value, expected", [
    ("object_window", "4", "must be an integer, not str '4'"),
    ("veto_sentence", "cricket", "must be a list, not str 'cricket'"),
    ("nominal_patient_before", "yes", "must be true or false"),
    ("min_confidence", True, "must be a number"),
    ("claims", ["ACCUSE"], "must be a mapping"),
])
def test_a_wrong_type_is_named(key, value, expected):
    data = shipped("bn")
    data[key] = value
    msg = error_of(data)
    assert msg.startswith(f"lang/bn/events.yaml: key '{key}' ") and expected in msg


def test_a_value_outside_its_choices_and_a_frame_that_does_not_exist():
    data = shipped("en")
    data["word_order"] = "VSO"
    assert "key 'word_order' may not be 'VSO'" in error_of(data)
    data = shipped("en")
    data["cameo_frames"]["042"] = "vist"
    assert error_of(data) == ("lang/bn/events.yaml: key 'cameo_frames.042' names no frame: 'vist' "
                              "(did you mean 'visit'?)")


def test_defaults_fill_what_the_file_leaves_out():
    cfg = schema.parse({"word_order": "SVO", "triggers": [{"pattern": "@meet", "cameo": "040"}]}, "x")
    t = cfg.triggers[0]
    assert (t.confidence, t.priority, t.mode, t.possessor) == (0.75, 2, schema.FROM_CROSSWALK, "agent")
    assert cfg.place_markers == ["loc"] and cfg.modality.order[0] == "question" and cfg.claims.as_type == "ACCUSE"
    assert schema.parse({"word_order": "SVO", "triggers": [], "claims": {"as": "REJECT"}}, "x").claims.as_type == "REJECT"


def test_the_coder_checks_the_file_when_it_is_built(tmp_path):
    pack_dir = tmp_path / "bn"
    shutil.copytree(lang.load("bn").path, pack_dir, ignore=shutil.ignore_patterns("ner"))
    path = pack_dir / "events.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("veto_sentence:", "veto_sentense:"), encoding="utf-8")
    with pytest.raises(ValueError, match=r"events\.yaml: unknown key 'veto_sentense' \(did you mean 'veto_sentence'\?\)"):
        Coder(LangPack("bn", pack_dir))


def test_a_pack_is_checked_once_until_it_reads_the_file_anew(tmp_path):
    folder = tmp_path / "bn"
    shutil.copytree(lang.load("bn").path, folder, ignore=shutil.ignore_patterns("ner", "*.bin", "*.pkl"))
    pack = LangPack("bn", folder)
    first = schema.load(pack)
    assert schema.load(pack) is first   # the coder and the scorer share one check
    data = shipped("bn")
    data["word_order"] = "SVO"
    (folder / "events.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pack.forget("events.yaml")
    again = schema.load(pack)
    assert again is not first and again.word_order == "SVO" and first.word_order == "SOV"
