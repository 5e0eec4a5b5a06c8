"""Round 30's speed edits give the same answers as the code they replace. Every text here is
written for these tests."""
from __future__ import annotations

from khobor import textutil
from khobor.textutil import WORD, words


def _by_pattern(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """What `words` gave before it shared one reading per long text."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, len(text) if end is None else end)]


LONG = ("সকালে ঢাকার মিরপুরে পুলিশ-বাহিনী এসে পৌঁছায়। it's a well-known road, মানুষ ভিড় করে। " * 30)[:2000]


def test_a_long_text_is_read_once_and_its_sentences_cut_from_that_reading():
    assert len(LONG) >= textutil._SHARED_MIN_LEN
    stops = [i + 1 for i, c in enumerate(LONG) if c == "।"]
    spans = list(zip([0] + stops, stops))
    expected = [_by_pattern(LONG, a, b) for a, b in spans] + [_by_pattern(LONG)]
    textutil._SHARED.clear()
    got = [words(LONG, a, b) for a, b in spans] + [words(LONG)]
    assert got == expected
    assert len(textutil._SHARED) == 1 and LONG in textutil._SHARED   # one reading of the text


def test_a_range_that_cuts_a_word_is_read_as_before():
    cuts = [(LONG.index("বাহিনী") + 2, LONG.index("পৌঁছায়") + 3),   # inside a hyphenated word, inside a word
            (LONG.index("well") + 1, 1500), (LONG.index("it's") + 3, LONG.index("road")),
            (0, len(LONG) + 10), (1999, 1999), (5, 3), (-4, 100), (40, -7)]
    for start, end in cuts:
        assert words(LONG, start, end) == _by_pattern(LONG, start, end), (start, end)
    for start in range(0, 400, 7):
        assert words(LONG, start, start + 301) == _by_pattern(LONG, start, start + 301)


def test_short_names_ask_for_stems_only_of_words_that_begin_as_a_name_part_does():
    from types import SimpleNamespace

    from khobor.actors.keys import Morphology, tokens
    from khobor.actors.scan import scan_parts

    asked = []

    class Counted(Morphology):
        def stems(self, tok):
            asked.append(tok)
            return super().stems(tok)

    li = SimpleNamespace(morph=Counted(["কে", "ের", "s"]), honorifics=set(), determiners=set(), role_words=set())
    text = "রহিমকে দেখে সবাই খুশি, করিমের কথা শোনে Peskovs"
    parts = {"রহিম": "new:rahim", "করিম": "new:karim"}
    assert scan_parts(text, parts, li) == [(0, 6, "new:rahim"), (23, 29, "new:karim")]
    # every word without a stem that is a part gave none, so leaving them out changes nothing
    assert sorted(asked) == sorted(t for _, _, t in tokens(text) if t not in parts and t[:1] in "রক")
