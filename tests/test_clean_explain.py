"""Which clean rule removed each piece of `removed` (the record's private `_removed_by`, shown by
`khobor extract --explain`). Articles are written here."""
import json
import subprocess
import sys
import unicodedata

import regex

from khobor import lang

from khobor.clean.explain import CLEAN_RULES, Removals, explain, note_removed
from khobor.clean.rules import checked_clean_yaml
from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle

TITLE = "Ferry workers end strike after owners promise pay"
BODY = [
    "Ferry workers in Barishal ended their four-day strike on Wednesday evening.",
    "Read more: Owners and workers to meet again on Monday",
    "The owners promised to pay all wages due by the end of the month, the union said.",
    "The owners promised to pay all wages due by the end of the month, the union said.",
    "Launches left the ghat for Dhaka an hour later. Ferry strike leaves thousands stranded on the islands",
]


def record():
    return build_record(RawArticle(source="t.txt", text="\n".join(BODY), language="en", title=TITLE))


def test_each_removed_piece_has_its_rule():
    rec = record()
    assert len(rec._removed_by) == len(rec.removed)
    by_text = dict(zip(rec.removed, rec._removed_by))
    assert by_text["Read more: Owners and workers to meet again on Monday"].startswith("boilerplate.")
    assert by_text[BODY[3]] == "repeated_paragraph"
    assert by_text["Ferry strike leaves thousands stranded on the islands"] == "trailing_headline"


def test_every_function_rule_is_named_as_its_function():
    """A removal function is registered under its own name, so that `--explain` names what the code
    calls it (the pack patterns are named by their clean.yaml section instead). A record names only
    registered rules by construction: `Removals.add` refuses any other."""
    from khobor.clean import dedupe, related, structure
    functions = {name for module in (dedupe, related, structure) for name in vars(module)
                 if callable(getattr(module, name))}
    function_rules = {r for r in CLEAN_RULES if not r.startswith("boilerplate.") and r != "repeated_paragraph"}
    assert function_rules and function_rules <= functions, function_rules - functions


BN_BODY = ("সুনামগঞ্জে নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। আরো পড়ুন: সিলেটে টানা বৃষ্টিতে জলাবদ্ধতা "
           "গত সোমবার থেকে জেলার চারটি উপজেলার নিম্নাঞ্চল প্লাবিত হয়েছে।")


def test_a_pack_pattern_is_named_by_its_own_place_in_clean_yaml():
    """'bn clean.yaml #N' names the N-th boilerplate.inline pattern of that pack, the one that
    matches what was removed (names and patterns are gathered apart, so they could drift)."""
    rec = build_record(RawArticle(source="t.txt", text=BN_BODY, language="bn", title="সুনামগঞ্জে বন্যা"))
    named = [(text, rule) for text, rule in zip(rec.removed, rec._removed_by) if rule.startswith("boilerplate.inline (")]
    assert named
    for text, rule in named:
        code, number = regex.fullmatch(r"boilerplate\.inline \((\w+) clean\.yaml #(\d+)\)", rule).groups()
        pattern = checked_clean_yaml(lang.load(code))["boilerplate"]["inline"][int(number) - 1]
        assert regex.search(pattern, unicodedata.normalize("NFC", text)), (rule, text)


def test_removed_and_stored_record_are_unchanged_by_the_trace():
    rec = record()
    assert type(rec.removed) is list
    assert "_removed_by" not in rec.to_json()


def test_an_unregistered_rule_is_refused():
    removals = Removals()
    try:
        removals.add("x", "no_such_rule")
    except KeyError:
        pass
    else:
        raise AssertionError("an unregistered rule name was accepted")


def test_a_plain_list_keeps_the_text_only():
    plain: list[str] = []
    note_removed(plain, "Share this story", "boilerplate.lines")
    assert plain == ["Share this story"]


def test_explain_lists_rule_and_text():
    text = explain(record())
    assert 'repeated_paragraph: "The owners promised' in text
    assert 'trailing_headline: "Ferry strike leaves thousands stranded on the islands"' in text


def test_cli_explain_shows_the_clean_rules(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TITLE + "\n" + "\n".join(BODY) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "khobor.cli", "extract", str(path), "--lang", "en", "--explain"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    json.loads(out.stdout.splitlines()[0])
    assert "clean: " in out.stderr and "trailing_headline: " in out.stderr
