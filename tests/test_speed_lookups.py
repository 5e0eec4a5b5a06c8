"""Round 26's speed edits give the same answers as the code they replace. Every text here is
written for these tests."""
from __future__ import annotations

import regex

from khobor.actors.context import _forms_of, _word_or_stem_in
from khobor.actors.keys import key_tokens
from khobor.actors.link import _words, _with_country, get_registry
from khobor.leadscan import LeadScan


def test_every_alias_of_two_words_or_more_has_its_head_kept():
    reg = get_registry()
    heads = reg.alias_heads()
    assert all(k[:-1] in heads for k in reg.alias if len(k) >= 2)
    assert ("বাংলাদেশ",) in heads and ("আজ",) not in heads


def test_the_head_pretest_drops_no_hit_of_a_body_named_with_its_country():
    """`_own_country_bodies` skips a made-up key whose head no alias has: every key that `lookup`
    finds has a kept head, and some keys are found (the test is not empty)."""
    reg = get_registry()
    li = reg.info("bn")
    heads = reg.alias_heads()
    forms = _words("bn").context.country_forms
    names = reg.country_keys("BGD")
    found = skipped = 0
    for body in ("নির্বাচন কমিশন", "পরিসংখ্যান ব্যুরো", "রপ্তানি উন্নয়ন ব্যুরো", "নদী রক্ষা কমিশন"):
        for k in _with_country(key_tokens(body), names, li, forms):
            hit = reg.lookup(k, li, None)
            if hit is not None:
                found += 1
                assert k[:-1] in heads, k
            elif k[:-1] not in heads:
                skipped += 1
    assert found >= 1 and skipped > found


def test_a_word_or_its_stem_in_a_table():
    li = get_registry().info("bn")
    table = {"পরিবহন": 1, "বাস": 2}
    assert _word_or_stem_in("পরিবহন", table, li) == "পরিবহন"
    assert _word_or_stem_in("পরিবহনের", table, li) == "পরিবহন"
    assert _word_or_stem_in("বাসে", table, li) == "বাস"
    assert _word_or_stem_in("ট্রেনের", table, li) is None


def test_the_forms_of_a_table_find_what_the_word_or_its_stem_finds():
    """`_forms_of` (one probe per word, for the scans of every word of an article) gives for every
    word what `_word_or_stem_in` gives: the words of a text written here, the table's words with
    each ending, and a word shorter than a stem may be."""
    li = get_registry().info("bn")
    ctx = _words("bn").context
    text = ("ঢাকাগামী হানিফ পরিবহনের একটি বাস উল্টে গেছে, বাসে ছিলেন বিশজন যাত্রী। ক্যাপিটালসের "
            "খেলোয়াড়েরা জাতীয় সংসদ নির্বাচনে ভোট দেবেন পরিবহনগুলোর শ্রমিকেরাও")
    for table in (ctx.fleet_heads, ctx.team_heads, {"পরিবহন": 1, "বাস": 2, "বা": 3}):
        forms = _forms_of(table, li)
        words = set(key_tokens(text)) | {w + e for w in table for e in ("", *li.morph.suffixes)} | {"বাসের", "বে"}
        assert {w: forms.get(w) for w in words} == {w: _word_or_stem_in(w, table, li) for w in words}
        assert _forms_of(table, li) is forms   # built once per table
    assert _forms_of({"পরিবহন": 1}, li)["পরিবহনের"] == "পরিবহন"


def test_lead_scan_finds_what_the_pattern_finds_when_verdicts_are_remembered():
    rx = regex.compile(r"(?<![\p{L}\p{M}])(?:সোমবার|মঙ্গলবার|Monday)")
    scan = LeadScan(rx)
    text = "সোমবার সকালে মঙ্গলবারের বৈঠক হয়, আর Monday সোমবারও। সোম মঙ্গল"
    want = [m.start() for m in rx.finditer(text, overlapped=True)]
    for _ in range(2):   # the second time every verdict is remembered
        got = [at for at in scan.starts(text) if rx.match(text, at)]
        assert got == want and len(want) == 4
    assert scan.search(text, 1).start() == want[1]


def test_stems_probe_per_length_gives_what_trying_every_suffix_gives():
    """Round 28: `Morphology.stems` probes one ending per suffix length; the answer is the old
    loop's over every suffix, longest first, the stem at least `min_stem` long."""
    from khobor.actors.keys import Morphology
    morph = Morphology(["ের", "এর", "কে", "র", "ে", "দের", "গুলোর"], min_stem=2)
    for tok in ("ঢাকার", "ঢাকায়", "শিক্ষকদের", "বইগুলোর", "রে", "কে", "মন্ত্রীকে", "আলোর", "Dhaka"):
        want = [tok[:len(tok) - len(s)] for s in morph.suffixes
                if tok.endswith(s) and len(tok) - len(s) >= morph.min_stem]
        assert morph.stems(tok) == want, tok
    assert morph.stems("শিক্ষকদের") == ["শিক্ষক", "শিক্ষকদ", "শিক্ষকদে"]
