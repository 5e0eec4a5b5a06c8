"""LeadScan gives the same match as the pattern's own search, at a fraction of the positions."""
from __future__ import annotations

import regex

from khobor.leadscan import LeadScan, lead_scan

WORD_START = r"(?<![\p{L}\p{M}\p{N}])"
CUES = regex.compile(rf"{WORD_START}(?:said|told|according to|বলেন|জানান|বলেছেন)(?![\p{{L}}\p{{M}}\p{{N}}])",
                     regex.IGNORECASE)
SENTENCES = [
    "The minister said on Monday that talks would resume.",
    "According to the police, two people were hurt.",
    "Nobody reported anything unusual at the port.",
    "Unsaid words; retold stories, toldness.",
    "তিনি সাংবাদিকদের এ কথা বলেন।",
    "পুলিশ জানান, দুজন আহত হয়েছেন।",
    "অবলেন নামে কোনো শব্দ নেই।",
    "",
]


def test_search_finds_what_the_pattern_finds_in_whole_texts_and_windows():
    for scan in (LeadScan(CUES), LeadScan(CUES, WORD_START)):
        for s in SENTENCES:
            for a in range(len(s) + 1):
                for b in (a, a + 3, a + 12, len(s)):
                    got, want = scan.search(s, a, b), CUES.search(s, a, b)
                    assert (got and got.span()) == (want and want.span()), (s, a, b)


def test_starts_skip_positions_that_cannot_begin_a_match():
    scan = LeadScan(CUES, WORD_START)
    text = "The minister said on Monday."
    starts = list(scan.starts(text))
    assert text.index("said") in starts
    assert len(starts) < len(text) // 4


def test_a_pattern_matching_nothing_is_tried_everywhere():
    scan = LeadScan(regex.compile(r"x*"))
    assert list(scan.starts("abc")) == [0, 1, 2, 3]
    assert scan.search("abc").span() == (0, 0)


def test_lead_scan_is_built_once_per_pattern():
    assert lead_scan(CUES, WORD_START) is lead_scan(CUES, WORD_START)
    assert lead_scan(CUES) is not lead_scan(CUES, WORD_START)


# patterns whose first characters alone fail a check the text before them can pass
LOOKING_BEFORE = [(r"(?<=x)a", "xa ya"), (r"\Bb", "ab b"), (r"\b-", "a- -"), (r"(?<=x)b?", "xa"),
                  (r"\bsaid\b", "he said so")]


def test_a_pattern_looking_before_its_start_loses_no_match():
    for pattern, text in LOOKING_BEFORE:
        rx = regex.compile(pattern)
        for a in range(len(text) + 1):
            got, want = LeadScan(rx).search(text, a), rx.search(text, a)
            assert (got and got.span()) == (want and want.span()), (pattern, a)


QUOTE_SENTENCES = {
    "en": ["“We will resume talks,” the minister said on Monday.", "Police said two people were hurt, "
           "according to witnesses.", "She told reporters that the statement was false.", "Nothing was said."],
    "bn": ["‘আমরা আলোচনায় বসব,’ বলেন মন্ত্রী।", "পুলিশ জানায়, দুজন আহত হয়েছেন।",
           "প্রত্যক্ষদর্শীদের ভাষ্যমতে, সংঘর্ষ সকালে শুরু হয়।", "তিনি সাংবাদিকদের বলেছেন, নির্বাচন হবে।"],
}


def test_the_quote_cue_scan_finds_what_the_cue_pattern_finds():
    from khobor import lang
    from khobor.quotes.grammar import _B, grammar_for
    for code, sentences in QUOTE_SENTENCES.items():
        cue_rx = grammar_for(lang.load(code)).cue_rx
        scan, found = lead_scan(cue_rx, _B), 0
        for s in sentences:
            for a in range(len(s) + 1):
                for b in (a + 8, a + 30, len(s)):
                    got, want = scan.search(s, a, b), cue_rx.search(s, a, b)
                    assert (got and got.span()) == (want and want.span()), (code, s, a, b)
                    found += want is not None
        assert found, code  # the sentences hold cues: the comparison is not of two Nones


def test_checks_before_the_start_are_taken_out_only_where_that_loosens():
    from khobor.leadscan import looser_without_looks_before as looser
    assert looser(r"(?<=x\s+)a|\bb") == "a|b"
    assert looser(r"(?<!x)a") == "(?<!x)a"  # a negative lookbehind is looser with nothing before
    assert looser(r"[\b(]x(?<=[)]y)z") == r"[\b(]xz"  # a set is copied whole
    assert looser(r"(?!\bfoo)a") is None  # under a negation, taking \b out would tighten
    assert looser(r"(?>a|ab)(?<=a)c") is None  # an atomic group keeps its first way through
    assert looser(r"a\b+") is None


def test_a_pattern_with_a_lookbehind_is_tried_only_where_it_could_begin():
    rx = regex.compile(r"(?<![\p{L}])(?:told|(?<=(?:his|her)\s+)words)(?=\s*,)", regex.IGNORECASE)
    scan = LeadScan(rx)
    texts = ["In his words, the plan failed.", "her   Words , he told", "sword words, told,", "told, words,"]
    assert not scan.everywhere
    assert len(list(scan.starts(texts[0]))) < len(texts[0]) // 4
    for text in texts:
        for a in range(len(text) + 1):
            for b in (a + 5, a + 14, len(text)):
                got, want = scan.search(text, a, b), rx.search(text, a, b)
                assert (got and got.span()) == (want and want.span()), (text, a, b)


def test_the_bengali_cue_pattern_is_not_tried_everywhere():
    from khobor import lang
    from khobor.quotes.grammar import _B, grammar_for
    cue_rx = grammar_for(lang.load("bn")).cue_rx
    assert "(?<=" in cue_rx.pattern  # its set-off nouns ("X-এর কথা, ...") look before
    text = "প্রত্যক্ষদর্শীদের ভাষ্যমতে, সংঘর্ষ সকালে শুরু হয়। মন্ত্রীর কথা, আলোচনা চলবে।"
    scan = lead_scan(cue_rx, _B)
    assert not scan.everywhere
    assert len(list(scan.starts(text))) < len(text) // 4
    assert [m.span() for m in _all(scan, text)] == [m.span() for m in cue_rx.finditer(text)]


def _all(scan, text):
    at = 0
    while (m := scan.search(text, at)) is not None:
        yield m
        at = max(m.end(), m.start() + 1)


def test_a_start_is_judged_by_its_first_three_characters():
    scan = LeadScan(CUES, WORD_START)
    text = "The sap of the tree, the tomb, he said."
    starts = list(scan.starts(text))
    assert text.index("said") in starts
    assert text.index("sap") not in starts and text.index("tomb") not in starts  # "sa", "to" alone could
    assert scan.search(text).span() == CUES.search(text).span()


def test_patterns_whose_brackets_may_be_text_are_not_loosened():
    from khobor.leadscan import _looser, looser_without_looks_before as looser
    assert looser(r"(?#a (comment)(?<=x)a") is None
    assert looser(r"(?x)(?<=x) a  # why (so)") is None
    assert _looser(regex.compile(r"(?<=x) a  # why (so)", regex.VERBOSE)) is None
    assert _looser(regex.compile(r"(?<=x)a")).pattern == "a"


def test_a_run_is_judged_by_its_first_two_characters_first():
    from khobor.leadscan import could_begin
    rx = regex.compile(r"(?:told|tomb|said)(?![\p{L}])|to\s+(?:them|us)")
    verdicts: dict = {}
    assert could_begin(rx, verdicts, "xyz", 100) is False
    assert verdicts == {"xy": False, "xyz": False}   # the pair's verdict is kept for the next run
    assert could_begin(rx, verdicts, "xyw", 100) is False and "xyw" in verdicts
    for run in ("tol", "tom", "to ", "toe", "sai", "sa", "s", "", "tXd", "said", "to u", "to t"):
        assert could_begin(rx, verdicts, run, 100) is (rx.match(run, partial=True) is not None), run


def test_two_characters_tell_no_less_than_the_whole_run_in_the_cue_and_times_patterns():
    from khobor import lang
    from khobor.leadscan import could_begin, loose_copy
    from khobor.quotes.grammar import grammar_for
    from khobor.times.expressions import grammar_for as times_grammar_for
    text = ("পুলিশ জানায়, ৫ মে রাতে দুজন আহত হয়েছেন বলে তিনি সাংবাদিকদের বলেন। "
            "The minister said on 5 May that talks would resume next Monday, officials told us.")
    for code in ("bn", "en"):
        patterns = [grammar_for(lang.load(code)).cue_rx] + [r.regex for r in times_grammar_for(lang.load(code)).rules]
        for rx in filter(None, map(loose_copy, patterns)):
            verdicts: dict = {}
            for at in range(len(text)):
                run = text[at:at + 4]
                assert could_begin(rx, verdicts, run, 10_000) is (rx.match(run, partial=True) is not None), (code, run)
