"""Script-aware text helpers. Python's `\\w` and `str.isalpha` split Bengali words at vowel signs
and virama (they are category M, not L), so word matching here uses Unicode categories through
the `regex` module: a word is a run of letters, marks and digits (plus ZWJ/ZWNJ inside words)."""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable

import regex

WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]+(?:[-'’][\p{L}\p{M}\p{N}\u200c\u200d]+)*")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of `text` (of text[start:end], offsets in `text`), Bengali-safe.
    A long text's words are found once and its ranges cut from them (`_shared_words`).
    Example: words("ab cd", 1) -> [(1, 2, "b"), (3, 5, "cd")]."""
    stop = len(text) if end is None else min(end, len(text))
    if len(text) >= _SHARED_MIN_LEN and 0 <= start <= stop:
        every, starts = _shared_words(text)
        i, j = bisect_left(starts, start), bisect_left(starts, stop)
        # a word cut by either bound is found shorter there: only then is the range read again
        if not (i and every[i - 1][1] > start) and not (j and every[j - 1][1] > stop):
            return every[i:j]
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, stop)]


_SHARED: dict[str, tuple[list[tuple[int, int, str]], list[int]]] = {}
_SHARED_KEPT = 4         # texts remembered: the events stage reads one article's sentences, then its whole text
_SHARED_MIN_LEN = 1000   # a sentence or a title is read whole, once


def _shared_words(text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """Every word of `text` and the list of their starts, remembered for the last `_SHARED_KEPT`
    texts. Why: the events stage asks `words` for each sentence of an article's text and then for
    the whole text (agents), a second reading of every word. A word holds no lookbehind, so the
    words of a range that cuts no word are those of the whole text inside it.
    Example: _shared_words("ab cd" * 200)[1][:2] -> [0, 3]."""
    got = _SHARED.get(text)
    if got is None:
        every = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        got = (every, [w[0] for w in every])
        if len(_SHARED) >= _SHARED_KEPT:
            _SHARED.pop(next(iter(_SHARED)))
        _SHARED[text] = got
    return got


_LOWERED: dict[str, str] = {}   # a word as written -> NFC and lower case (see lowered_words)
_LOWERED_MAX = 200_000


def lowered_words(words: Iterable[str]) -> list[str]:
    """Each word NFC and in lower case, remembered per word as written (up to `_LOWERED_MAX`
    words). Why: the events stage reads every word of an article so, the sentences and the agent
    words each, and normalising every token again was most of that reading; a news stream
    repeats its words.
    Example: lowered_words(["Police", "পুলিশ"]) -> ["police", "পুলিশ"]."""
    known = _LOWERED.get
    return [known(w) or _lowered_new(w) for w in words]


def _lowered_new(word: str) -> str:
    got = nfc(word).lower()
    if len(_LOWERED) < _LOWERED_MAX:
        _LOWERED[word] = got
    return got


def fold_space(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=1)
def sentence_terminators() -> str:
    """Every pack's clean.yaml `sentences.terminators`, each character once: "।॥?!." for bn + en.
    Scrapers mix languages, so a danda ends a sentence in an English article too."""
    from . import lang
    chars: list[str] = []
    for code in lang.available():
        for c in ((lang.load(code).yaml("clean", {}) or {}).get("sentences") or {}).get("terminators") or "":
            if c not in chars:
                chars.append(c)
    return "".join(chars)


@lru_cache(maxsize=1)
def sentence_stops() -> str:
    """What ends a sentence for a word's place in it: every pack's terminators, and a line break
    (a headline or paragraph ends without a stop). Example: sentence_stops() -> "।॥?!.\\n"."""
    return sentence_terminators() + "\n"


def sentence_start(text: str, pos: int, extra: str = "") -> int:
    """Where the sentence holding `pos` starts: after the last of `sentence_stops()` (and of the
    characters of `extra`: ",;:" gives the clause's start) before it, else at 0.
    Example: sentence_start("Rain fell. He said so.", 14) -> 10 (after the stop)."""
    return max(text.rfind(c, 0, pos) for c in sentence_stops() + extra) + 1


def next_sentence_stop(text: str, pos: int) -> int:
    """Where the sentence holding `pos` ends: the first of `sentence_stops()` at or after it, else
    the text's end. Example: next_sentence_stop("Rain fell. He said so.", 3) -> 9 (the stop)."""
    return min([i for i in (text.find(c, pos) for c in sentence_stops()) if i >= 0] or [len(text)])


def terminator_class(extra: str = "", without: str = "") -> str:
    """A regex character class of the sentence terminators: terminator_class("\\n") -> "[।॥?!.\\n]"."""
    chars = "".join(c for c in sentence_terminators() if c not in without)
    return "[" + regex.escape(chars) + extra + "]"


def has_case_ending(word: str, ending: str) -> bool:
    """Whether `word` ends in the case ending `ending` with more than one letter left before it:
    the one test, for the NER's training data (`ner.harmonise`), event mentions
    (`events.mentions`), speakers (`quotes.speakers.case_endings`) and a romanised name's
    English ending (`actors.romanise._word_end`), of a name that carries an ending ("ের" of
    "হোসেনের"; not of "ের" alone, nor of a two-letter word's end).

    >>> has_case_ending("হোসেনের", "ের"), has_case_ending("টের", "ের")
    (True, False)
    """
    return word.endswith(ending) and len(word) > len(ending) + 1


def trie_pattern(seqs) -> str:
    """One regex for many sequences of pattern units (an escaped letter, a space pattern), factored
    by shared beginnings: a branch is tried only where its first unit is there (much faster than a
    flat alternation of thousands of words), and a longer sequence is preferred to its prefix.
    Used by the time grammar's word tables and the quote cues.

    >>> trie_pattern({("s", "a", "i", "d"), ("s", "a", "y", "s"), ("t", "o", "l", "d")})
    '(?:sa(?:id|ys)|told)'
    >>> trie_pattern({("n", "o"), ("n", "o", "w")})
    'no(?:w)?'
    """
    kids: dict[str, set[tuple[str, ...]]] = {}
    for seq in seqs:
        if seq:
            kids.setdefault(seq[0], set()).add(seq[1:])
    alts = [unit + trie_pattern(rest) for unit, rest in sorted(kids.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if () in seqs else body


class DeferredPatterns:
    """A mixin for objects kept in the disk cache that hold compiled `regex` patterns, some of
    which a process may never use: the attributes named in `DEFERRED` are pickled as the
    pattern's compiled state and built from it at their first use (`__getattr__`, asked only
    while the instance lacks the attribute), not when the object is read back. Why: building a
    big pattern from its state is not free (the 100 rules of the Bengali time grammar: 80 ms,
    most of a warm start's reading of that grammar), and an article tries only the rules whose
    first words it holds (39 of them for examples/bn-dhaka-flood.txt).
    Example: a Rule read back from the cache has no "regex" in its __dict__ until rule.regex is read."""
    DEFERRED: tuple[str, ...] = ()

    def __getstate__(self) -> dict:
        # read back by pickle's default, which fills __dict__ with this state (no __setstate__)
        state = dict(self.__dict__)
        for name in self.DEFERRED:
            rx = state.get(name)
            if hasattr(rx, "_pickled_data"):   # a `regex` pattern: anything else is pickled as it is
                state[f"_deferred_{name}"] = rx._pickled_data
                del state[name]
        return state

    def __getattr__(self, name: str):
        stored = self.__dict__.get(f"_deferred_{name}")
        if stored is None:
            raise AttributeError(name)
        from regex import _regex
        rx = self.__dict__[name] = _regex.compile(*stored)
        self.__dict__.pop(f"_deferred_{name}", None)
        return rx
