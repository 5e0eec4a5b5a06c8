"""Round 33's second speed edits (fast33b) give the same answers as the code they replace, with
less work. Every text here is written for these tests."""
from __future__ import annotations

from khobor.actors import link, scan as scan_module
from khobor.actors.link import get_registry
from khobor.actors.scan import scan

SENTENCES = (
    "বাংলাদেশ পানি উন্নয়ন বোর্ডের প্রকৌশলী বলেন, বাংলাদেশ থেকে চাল আসে।",
    "বাংলাদেশ ব্যাংকের গভর্নর ও বাংলাদেশ নির্বাচন কমিশনের সচিব ঢাকায় এলেন।",
    "জাতীয় নাগরিক পার্টির নেতা বাংলাদেশের পররাষ্ট্র মন্ত্রণালয়ে গেলেন বাংলাদেশ",
)


def _spans(mentions):
    return [(m.start, m.end, m.key, m.actor_ids, m.demonym) for m in mentions]


def test_a_common_first_word_tries_only_the_aliases_its_next_word_can_continue():
    """"বাংলাদেশ" opens many aliases; before "থেকে", which no alias's second word is nor begins,
    only its one-word aliases are left to try; before "ব্যাংকের" the aliases going on with
    "ব্যাংক" (a stem of it) are kept, in their order."""
    reg = get_registry()
    bn = reg.info("bn")
    memo = scan_module._Memo.of(reg, bn)
    cands = memo.first_candidates("বাংলাদেশ")
    assert len(cands) > scan_module._Memo.BY_SECOND_PAST
    assert memo.by_second("বাংলাদেশ", cands, "থেকে") == [k for k in cands if len(k) == 1]
    kept = memo.by_second("বাংলাদেশ", cands, "ব্যাংকের")
    assert ("বাংলাদেশ", "ব্যাংক") in kept
    assert kept == [k for k in cands if len(k) == 1 or k[1] in ("ব্যাংকের", *bn.morph.stems("ব্যাংকের"))]
    assert memo.by_second("বাংলাদেশ", cands, None) == [k for k in cands if len(k) == 1]


def test_picking_by_the_second_word_finds_the_mentions_trying_every_alias_finds(monkeypatch):
    reg = get_registry()
    bn = reg.info("bn")
    monkeypatch.setattr(scan_module._Memo, "by_pair", {})   # a fresh memo: every piece scanned
    picked = [_spans(scan(s, reg, bn)) for s in SENTENCES]
    monkeypatch.setattr(scan_module._Memo, "by_pair", {})
    monkeypatch.setattr(scan_module._Memo, "BY_SECOND_PAST", 10 ** 9)
    every = [_spans(scan(s, reg, bn)) for s in SENTENCES]
    assert picked == every and all(picked)


def test_whether_a_word_starts_an_institution_is_asked_once_for_the_process(monkeypatch):
    """`_institutions` remembers, across articles, which words may start an institution's name:
    a word of a second article that the first had asks for no stems again."""
    reg = get_registry()
    bn = reg.info("bn")
    asked = []
    stems = bn.morph.stems
    monkeypatch.setattr(bn.morph, "stems", lambda tok: asked.append(tok) or stems(tok))
    word = "ঝলমলিয়েছিলেনরা"   # made up: no article before this test has it
    link._institutions([], f"তারা {word} বললেন।", reg, bn, "BGD")
    link._institutions([], f"{word} আবার।", reg, bn, "BGD")
    assert asked.count(word) == 1
