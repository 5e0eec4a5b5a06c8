"""Every match of a title pattern, found from its title words instead of trying every position.

The title pattern (`grammar._title_rx`) starts with up to `n` modifiers and a head whose words
end in a title ("যুক্তরাষ্ট্রের পররাষ্ট্রমন্ত্রী"); tried at every word start, its
`[\\p{L}\\p{M}-]*` prefix backtracks through every word of the article. A match always contains a
title word, and where no modifier can hold whitespace it starts at most `n` words before that
title word's word. So the pattern only needs trying on those few positions: the matches are the
ones `finditer` gives, in the same order (tests/test_quotes_titlefind.py compares them).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

_WORD = regex.compile(r"\S+")
# anything in a modifier that can match whitespace (or any character at all) breaks the word bound
_UNSAFE_ESCAPES = set("sSwWdDNXPhHvVR")


def words_without_space(pattern: str) -> bool:
    """Whether `pattern` can never match whitespace: no `.`, no negated or space class escapes.

    >>> words_without_space(r"the|[\\p{Lu}][\\p{L}.-]*"), words_without_space(r"a\\s+b")
    (True, False)
    """
    in_class, i = False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 < len(pattern) and pattern[i + 1] in _UNSAFE_ESCAPES:
                return False
            if pattern[i + 1: i + 3] == "p{" and not regex.match(r"p\{(?:L|M|Lu|Ll|Lt|Lm|Lo|Mn|Mc|Me)\}", pattern[i + 1:]):
                return False
            i += 2
            continue
        if c.isspace() or (c == "[" and pattern[i + 1: i + 2] == "^") or (c == "." and not in_class):
            return False
        if c == "[":
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        i += 1
    return True


def caseless_lead_words(titles) -> tuple[str, ...] | None:
    """The first word of each title, each once, where none of them holds a character with case
    (the title pattern ignores case: `str.find` would miss "Minister" for "minister"); else None.
    A title's pattern matches only where its first word is written, so these words find every
    place a title may start.

    >>> caseless_lead_words(["প্রধান উপদেষ্টা", "মন্ত্রী", "প্রধান"]), caseless_lead_words(["minister"])
    (('প্রধান', 'মন্ত্রী'), None)
    """
    words = list(dict.fromkeys(w.split()[0] for w in titles if w and w.strip()))
    if not words or any(c.lower() != c or c.upper() != c or c.casefold() != c for w in words for c in w):
        return None
    return tuple(words)


def folded_lead_words(titles) -> tuple[str, ...] | None:
    """The first word of each title case-folded, each once: for a pack whose titles have case
    (`caseless_lead_words` gives None there), found in the case-folded text they find every place
    a title may start, as the pattern ignores case. None where folding changes a word's length
    (German "ß" -> "ss"): its offsets in a folded text would not be the text's.

    >>> folded_lead_words(["Prime Minister", "minister", "MINISTER"]), folded_lead_words(["Straße"])
    (('prime', 'minister'), None)
    """
    words = [w.split()[0] for w in titles if w and w.strip()]
    if not words or any(len(w.casefold()) != len(w) for w in words):
        return None
    return tuple(dict.fromkeys(w.casefold() for w in words))


class TitleFinder:
    """`rx.finditer(text)` for a title pattern, tried only within `n` words before each title word.

    >>> rx = regex.compile(r"(?<!\\w)(?P<mods>(?:the\\s+){0,1})(?P<head>minister)(?!\\w)")
    >>> [m[0] for m in TitleFinder(rx, regex.compile("(?i:minister)"), 1).finditer("the minister met a minister")]
    ['the minister', 'minister']
    """

    def __init__(self, rx: regex.Pattern, title_word_rx: regex.Pattern | None, mods_max: int,
                 lead_words: tuple[str, ...] | None = None, fold: bool = False):
        self.rx = rx
        self.title_word_rx = title_word_rx  # None: no word bound holds, every position is tried
        self.mods_max = mods_max
        # the first word of every title, where none has a letter with case (caseless_lead_words),
        # or case-folded, with `fold`, to be found in the case-folded text (folded_lead_words)
        self.lead_words = lead_words
        self.fold = fold
        # (text, where its title words may start; None where folding changed the text's length)
        self._last: tuple[str, list[int] | None] | None = None

    def title_word_starts(self, text: str, pos: int, end: int) -> list[int]:
        """Where in [pos, end) a title word may start: every position where `title_word_rx` matches
        and maybe more (the matches are decided by the pattern itself, so more only costs a try).
        Why: with the titles' first words, `str.find` finds them a fifth of the time of the
        pattern tried at every character; found once per text, a region takes its share.
        Example (titles "মন্ত্রী", "প্রধান উপদেষ্টা"): "প্রধান উপদেষ্টা ও মন্ত্রী" -> [0, 18]."""
        starts = None
        if self.lead_words is not None:
            last = self._last  # one tuple, so threads see both or neither
            if last is None or not (last[0] is text or last[0] == text):
                last = self._last = (text, self._lead_word_starts(text))
            starts = last[1]
        if starts is None:
            return [t.start() for t in self.title_word_rx.finditer(text, pos, end, overlapped=True)]
        return starts[bisect_left(starts, pos):bisect_left(starts, end)]

    def _lead_word_starts(self, text: str) -> list[int] | None:
        """Where a lead word is written in `text` (in its case-folded copy with `fold`), in order;
        None where folding changes the text's length (a "ß" in it): offsets would shift.
        Example (lead words "prime", "minister", fold): "The Prime Minister" -> [4, 10]."""
        hay = text.casefold() if self.fold else text
        if len(hay) != len(text):
            return None
        found: set[int] = set()
        for word in self.lead_words:
            at = hay.find(word)
            while at >= 0:
                found.add(at)
                at = hay.find(word, at + 1)
        return sorted(found)

    def __getstate__(self) -> dict:
        """Pickled (the grammar's disk cache) without the last text's title words."""
        state = dict(self.__dict__)
        state["_last"] = None
        return state

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        """The matches `self.rx.finditer(text, pos, endpos)` gives, as a list. Why the bounds: a
        speaker region asks for the titles inside it for every quote, and the pattern tried at
        every position of the region was most of the quotes stage's title time.

        >>> rx = regex.compile(r"(?<!\\w)(?P<mods>(?:the\\s+){0,1})(?P<head>minister)(?!\\w)")
        >>> [m.span() for m in TitleFinder(rx, regex.compile("(?i:minister)"), 1).finditer("the minister met a minister", 4, 27)]
        [(4, 12), (19, 27)]
        """
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.title_word_rx is None:
            return list(self.rx.finditer(text, pos, end))
        # word starts inside the bounds: a word cut by `pos` starts there, as the pattern sees it
        starts = [m.start() for m in _WORD.finditer(text, pos, end)]
        found, done = [], pos  # `done`: no match starts before it (the last match's end)
        for title_at in self.title_word_starts(text, pos, end):
            if title_at < done:
                continue
            k = bisect_right(starts, title_at) - 1
            first = max(done, starts[max(0, k - self.mods_max)] if k >= 0 else pos)
            for at in range(first, title_at + 1):
                m = self.rx.match(text, at, end)
                if m is not None:
                    found.append(m)
                    done = m.end()
                    break
            else:
                done = title_at + 1  # every start up to this title word was tried
        return found
