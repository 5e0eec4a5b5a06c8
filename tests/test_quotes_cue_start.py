"""The quotes grammar's `cue_start_rx` (cue words factored as a trie) matches at exactly the
positions where `cue_rx` matches: it only tells where or whether a cue starts, faster."""
from __future__ import annotations

import pytest
import regex

from khobor import lang
from khobor.quotes.grammar import _alt, _trie_alt, grammar_for

# written for this test: sentences with cues, near-cues and none, in both languages
SENTENCES = {
    "bn": [
        "জেলা প্রশাসক সাংবাদিকদের বলেন, বাঁধের কাজ আগামী মাসে শেষ হবে।",
        "তিনি এ বিষয়ে উদ্বেগ প্রকাশ করে বলেন যে ত্রাণ এখনও পৌঁছায়নি।",
        "সংগঠনের সভাপতি জোর দিয়ে উল্লেখ করেন, তাঁরা আন্দোলন চালিয়ে যাবেন।",
        "স্থানীয়দের অভিযোগ, সেতুটি তিন বছর ধরে ভাঙা পড়ে আছে।",
        "প্রধান শিক্ষকের কথা, বিদ্যালয়ে শিক্ষক কম।",
        "অবলেন নামে কোনো শব্দ নেই; বলেনি কেউ কিছু।",
        "নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে।",
        "পুলিশ জানায়, দুজনকে আটক করা হয়েছে এবং তদন্ত চলছে।",
    ],
    "en": [
        "The harbour master said on Tuesday that the ferries would run again.",
        "According to the district office, forty houses were damaged.",
        "Residents told reporters they had waited three days for water.",
        "Unsaid words and retold stories filled the small hall.",
        "The committee expressed concern over the delay, a member added.",
        "Nothing unusual was reported at the border crossing.",
        "She SAYS the report is wrong, the union claimed in a statement.",
    ],
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_the_factored_cue_pattern_matches_where_the_cue_pattern_does(code):
    g = grammar_for(lang.load(code))
    # (both are tries: the cue pattern's, its words case-folded where it ignores case, is no shorter)
    assert len(g.cue_start_rx.pattern) <= len(g.cue_rx.pattern)
    found = 0
    for s in SENTENCES[code]:
        for pos in range(len(s) + 1):
            want = g.cue_rx.match(s, pos) is not None
            assert (g.cue_start_rx.match(s, pos) is not None) == want, (s, pos)
            found += want
    assert found >= len(SENTENCES[code]) - 2   # the sentences do hold cues


def test_trie_alternation_accepts_the_same_words():
    words = ["said", "says", "told", "told reporters", "to", "বলেন", "বলেছেন", "উদ্বেগ প্রকাশ করেন"]
    assert _trie_alt(["said", "says", "told"]) == "(?:sa(?:id|ys)|told)"
    trie = regex.compile(rf"(?:{_trie_alt(words)})$")
    flat = regex.compile(rf"(?:{_alt(words)})$")
    for text in [*words, "sai", "tol", "told  reporters", "বলে", "উদ্বেগ প্রকাশ", "saidx", ""]:
        assert (trie.match(text) is not None) == (flat.match(text) is not None), text
