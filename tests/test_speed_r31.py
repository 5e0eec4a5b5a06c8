"""Round 31's speed edits give the same answers as the code they replace. Every text here is
written for these tests."""
from __future__ import annotations

from khobor.actors import keys
from khobor.actors.keys import tokens, tokens_in

LONG = ("সাবেক মন্ত্রী আবদুল করিম\u200cকে ঢাকায় দেখা যায়; Kim Jong-un's envoy, O'Neill, met "
        "the Erdoğan-era ministers at 10.30 a.m. — শিক্ষকদের সমাবেশে। " * 12)


def test_a_window_of_a_long_text_gets_the_tokens_its_slice_gets():
    assert len(LONG) >= keys._RECENT_MIN_LEN
    bounds = [(a, b) for a in range(0, 260, 3) for b in (a, a + 1, a + 9, a + 16, a + 40, a + 121)]
    bounds += [(0, len(LONG) + 30), (len(LONG) - 5, len(LONG) + 5), (len(LONG) + 3, len(LONG) + 9),
               (30, 10), (-4, 20), (12, -3)]
    for s, e in bounds:
        assert tokens_in(LONG, s, e) == tokens(LONG[s:e]), (s, e)


def test_windows_of_a_long_text_are_cut_from_one_reading_of_it():
    keys._RECENT_BOUNDS.clear()
    first = LONG.index("Jong")
    assert tokens_in(LONG, first + 2, first + 30)[0] == (0, 2, "ng")   # a token cut by the bound: its part
    assert list(keys._RECENT_BOUNDS) == [LONG]
    before = keys._RECENT_BOUNDS[LONG]
    tokens_in(LONG, 100, 180)
    assert keys._RECENT_BOUNDS[LONG] is before                    # the same reading, not an equal one


def test_a_scan_cuts_its_pieces_tokens_from_the_text_as_tokenising_each_piece_found_them(monkeypatch):
    from khobor.actors import scan as scan_mod
    from khobor.actors.link import get_registry
    reg = get_registry()
    li = reg.info("bn")
    text = LONG.replace("আবদুল করিম", "শেখ হাসিনা").replace("ঢাকায়", "বাংলাদেশ সরকারের")
    scan_mod._Memo.by_pair.clear()
    got = [(m.start, m.end, m.key) for m in scan_mod.scan(text, reg, li)]
    monkeypatch.setattr(scan_mod, "tokens_in", lambda t, s, e: tokens(t[s:e]))   # each piece alone
    scan_mod._Memo.by_pair.clear()
    assert got and got == [(m.start, m.end, m.key) for m in scan_mod.scan(text, reg, li)]
    scan_mod._Memo.by_pair.clear()


def test_a_sentence_scanned_within_its_article_finds_what_it_finds_alone():
    from khobor.actors import scan as scan_mod
    from khobor.actors.link import get_registry
    reg = get_registry()
    li = reg.info("bn")
    article = "শিরোনাম।\n" + LONG.replace("আবদুল করিম", "শেখ হাসিনা").replace("ঢাকায়", "বাংলাদেশ সরকারের")
    at = article.index("সাবেক", 200)
    sentence = article[at:article.index("।", at) + 1]
    scan_mod._Memo.by_pair.clear()
    alone = [(m.start, m.end, m.key) for m in scan_mod.scan(sentence, reg, li)]
    scan_mod._Memo.by_pair.clear()
    assert alone and alone == [(m.start, m.end, m.key) for m in scan_mod.scan(sentence, reg, li, (article, at))]
    assert article in keys._RECENT_BOUNDS   # its pieces were cut from the article's tokens
    scan_mod._Memo.by_pair.clear()
