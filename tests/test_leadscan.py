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
