"""Alias keys: how a surface form is folded before it is looked up.

"কিম জং-উন", "কিম জং উন" and "Kim Jong-un" / "KIM JONG UN" must meet: keys are NFC, case-folded,
zero-width joiners dropped, Latin diacritics stripped (Erdoğan = Erdogan), and split into word
tokens at spaces, hyphens and punctuation. Bengali vowel signs and virama are marks (category M),
so tokens are runs of \\p{L}\\p{M}\\p{N}, never `\\w`.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex

from .words import actors_yaml, morphology_yaml

TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_ZW = dict.fromkeys(map(ord, "\u200c\u200d\u00ad"), None)
_LATIN = regex.compile(r"^[\p{Latin}\p{M}\p{N}]+$")


@lru_cache(maxsize=262144)
def fold_token(tok: str) -> str:
    tok = unicodedata.normalize("NFC", tok).translate(_ZW).casefold()
    if _LATIN.match(tok):
        tok = "".join(c for c in unicodedata.normalize("NFKD", tok) if not unicodedata.combining(c))
    return tok


# in running text a zero-width (non-)joiner sits inside a word: keep it in the token, fold it away
TEXT_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]+")


_RECENT_TOKENS: dict[str, tuple[tuple[int, int, str], ...]] = {}
_RECENT_MAX = 4          # the stages tokenise one article's whole text several times
_RECENT_MIN_LEN = 200    # short texts are cheaper to tokenise than to remember


def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, folded token) over `text`; offsets index the text as given.
    Example: tokens("Kim Jong-un") -> ((0, 3, "kim"), (4, 8, "jong"), (9, 11, "un"))."""
    if len(text) < _RECENT_MIN_LEN:
        return _tokens_of(text)
    toks = _RECENT_TOKENS.get(text)
    if toks is None:
        toks = _remember(_RECENT_TOKENS, text, _tokens_of(text))
    return toks


def _remember(recent: dict, text: str, got):
    """`got` remembered for `text` in `recent` (`_RECENT_TOKENS`, `_RECENT_BOUNDS`), the oldest
    text forgotten first when `_RECENT_MAX` are held; returns `got`.
    Example: _remember({}, "a", 1) -> 1."""
    if len(recent) >= _RECENT_MAX:
        recent.pop(next(iter(recent)))
    recent[text] = got
    return got


def tokens_in(text: str, s: int, e: int) -> tuple[tuple[int, int, str], ...]:
    """`tokens(text[s:e])` (offsets from `s`), cut from the tokens of the whole `text` when that is
    long: a window's tokens are the text's tokens inside it, and a token a bound cuts is its part
    inside, folded alone. Why: the actors stage reads the tokens of hundreds of windows of an
    article (before a name, after it, a name's own words), each of which tokenised its slice again,
    more than twice the article's text in all; the article's tokens are remembered (`tokens`).
    Example: tokens_in("Former President Abdul " * 10, 7, 19) -> ((0, 9, "president"), (10, 12, "ab"))."""
    if len(text) < _RECENT_MIN_LEN or s < 0 or e < 0:
        return tokens(text[s:e])
    e = min(e, len(text))
    if s >= e:
        return ()
    every, starts, ends = _bounds(text)
    i, j = bisect_right(ends, s), bisect_left(starts, e)   # the tokens ending after s and starting before e
    out = [(a - s, b - s, t) for a, b, t in every[i:j]]
    if out and (every[i][0] < s or every[j - 1][1] > e):   # a bound cuts a token: its part is one
        for k in {0, len(out) - 1}:
            a, b = max(every[i + k][0], s), min(every[i + k][1], e)
            out[k] = (a - s, b - s, _folded(text[a:b]))
    return tuple(out)


_RECENT_BOUNDS: dict[str, tuple] = {}   # a long text -> (its tokens, their starts, their ends)


def _bounds(text: str) -> tuple:
    """The tokens of a long text with the lists of their starts and of their ends (`tokens_in`)."""
    got = _RECENT_BOUNDS.get(text)
    if got is None:
        every = tokens(text)
        got = _remember(_RECENT_BOUNDS, text, (every, [t[0] for t in every], [t[1] for t in every]))
    return got


def _folded(word: str) -> str:
    """fold_token of a token as written, asked of `_FOLDED` first."""
    folded = _FOLDED.get(word)
    if folded is None:
        folded = fold_token(word)
        if len(_FOLDED) < _FOLDED_MAX:
            _FOLDED[word] = folded
    return folded


_FOLDED: dict[str, str] = {}   # a token as written -> fold_token of it, asked before fold_token's own cache
_FOLDED_MAX = 262_144


def _tokens_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """`tokens` worked out: the words found as strings, each one's start the first place it occurs
    from the end of the one before (only characters no token holds lie between), and folded
    through `_FOLDED`. Why: a match object per word was most of the time of tokenising an
    article, which every article's scan, names and context rules ask for.
    Example: _tokens_of("a-b a") -> ((0, 1, "a"), (2, 3, "b"), (4, 5, "a"))."""
    out = []
    pos = 0
    find, known = text.find, _FOLDED.get
    for word in TEXT_TOKEN.findall(text):
        start = find(word, pos)
        pos = start + len(word)
        folded = known(word)   # asked here first: most words are in it, and a call per word costs
        out.append((start, pos, _folded(word) if folded is None else folded))
    return tuple(out)


@lru_cache(maxsize=1 << 15)   # the stages key the same names and aliases again and again
def key_tokens(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFC", text).translate(_ZW)
    return tuple(fold_token(m.group()) for m in TOKEN.finditer(text))


def key(text: str) -> str:
    return " ".join(key_tokens(text))


def is_cased(tok: str) -> bool:
    return tok.lower() != tok.upper()


# the stems of a token with none (most tokens): one list shared by all of them, as every caller
# already shares the remembered lists (never changed). Why: a new empty list per token was half of
# what Python's collector walked at each full collection over a stream of new articles (54,000 of
# 114,000 objects after 450 news-dev articles)
_NO_STEMS: list[str] = []


class Morphology:
    """Case endings of one language (data from lang/<code>/morphology.yaml), longest first."""

    def __init__(self, suffixes: list[str] | None = None, min_stem: int = 2):
        self.suffixes = sorted({fold_token(s) for s in suffixes or [] if s}, key=len, reverse=True)
        self.min_stem = min_stem
        self._stems: dict[str, list[str]] = {}   # tokens repeat across mentions and articles
        # at most one suffix of each length can end a token: one probe per length, longest first
        self._lengths = sorted({len(s) for s in self.suffixes}, reverse=True)
        self._suffix_set = frozenset(self.suffixes)

    def stems(self, tok: str) -> list[str]:
        """Candidate stems of a folded token, the token itself excluded, shortest stem first (the
        longest ending cut first): "শিক্ষকদের" -> শিক্ষক, শিক্ষকদ, শিক্ষকদে."""
        cached = self._stems.get(tok)
        if cached is not None:
            return cached
        out = []
        for n in self._lengths:
            cut = len(tok) - n
            if cut >= self.min_stem and tok[cut:] in self._suffix_set:
                out.append(tok[:cut])
        out = out or _NO_STEMS
        if len(self._stems) < 200_000:
            self._stems[tok] = out
        return out

    @classmethod
    def from_pack(cls, pack) -> "Morphology":
        data = morphology_yaml(pack)
        return cls(data.get("suffixes"), int(data.get("min_stem", 2)))

    @classmethod
    def union(cls, morphs: list["Morphology"]) -> "Morphology":
        m = cls([s for x in morphs for s in x.suffixes], min(x.min_stem for x in morphs) if morphs else 2)
        return m


def not_name_endings(pack) -> tuple[str, ...]:
    """The pack's actors.yaml `not_name_endings`, folded: endings that make a word no name, read by
    the provisional step and the NER alike ("-গামী", bound for; "-বাসী", the people of).
    Example: not_name_endings(lang.load("bn")) -> ("গুলো", ..., "গামী", ...)."""
    return tuple(fold_token(x) for x in actors_yaml(pack).get("not_name_endings") or [])
