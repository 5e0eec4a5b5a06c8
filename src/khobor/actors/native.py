"""Fuzzy matching of a name against the registry's aliases in the name's own script.

The phonetic skeletons of registry.fuzzy go through a romanisation that writes every inherent
vowel ("সারকোজি" -> "sarakoji"), so two Bengali spellings of one name that differ by a vowel
sign or a hasanta drift apart ("নিকোলাস সারকোজি" against the registry's "নিকোলা সার্কোজি").
Here both sides are folded in the script itself with the language's `spelling_folds` (vowel
length, o-kar and the inherent vowel, nasals, sibilants, nukta and hasanta dropped), then
compared with rapidfuzz. Only names of two or more words, with as many words as the alias, the
same first letters, a high score and a clear margin over any other actor are linked; the type
the NER gave must be the actor's.
"""
from __future__ import annotations

import unicodedata

import regex

NATIVE_MIN = 90       # rapidfuzz ratio (0-100) of the folded full names
NATIVE_MARGIN = 6     # over the best other actor
NATIVE_LAST_MIN = 80  # ratio of the folded last words
MIN_CHARS = 7         # a folded name shorter than this is too short to tell spellings apart
PLACE_MIN_CHARS = 5   # ... and a one-word place name (`one_word_place`), matched exactly
MEMO_MAX = 200_000    # spellings scored and remembered per process before starting afresh
_NON_LATIN = regex.compile(r"[^\p{Latin}\p{Nd}\s\p{P}]")
# Bengali's independent vowels and vowel signs (U+0985-0994, U+09BE-09CC and the au length mark
# U+09D7): what `same_consonants` drops to compare the consonant frames; other scripts need theirs
_VOWELS = regex.compile(r"[\u0985-\u0994\u09be-\u09cc\u09d7]")


class NativeSpellings:
    """The registry's multi-word aliases in one script, folded, e.g. for Bengali
    NativeSpellings(reg, {"্": "", "ো": ""}).best(("নিকোলাস", "সারকোজি"), "PER")
    -> ("nicolas-sarkozy", 0.96) when the registry lists "নিকোলা সার্কোজি"."""

    def __init__(self, reg, folds: dict[str, str], sources: list | None = None):
        self.reg = reg
        self.folds = list(folds.items())
        self.sources = sources   # the files reg is built from: the index is then kept in the disk cache
        self._index: dict[tuple[str, str], list[tuple[str, tuple]]] | None = None
        self._memo: dict[tuple, tuple[str, float] | None] = {}
        self._choice_lists: dict[tuple[int, str], list[str]] = {}   # see `_choices`
        self._places: dict[str, set[str]] | None = None   # see `one_word_place`

    def _fold_text(self, text: str) -> str:
        """`text` in NFC with the script's folds applied: "সার্কোজি" -> "সারকজি" with the Bengali folds."""
        text = unicodedata.normalize("NFC", text)
        for a, b in self.folds:
            text = text.replace(a, b)
        return text

    def fold(self, toks: tuple) -> tuple[str, ...]:
        """Each token folded: "সার্কোজি" -> "সারকজি" with the Bengali folds."""
        return tuple(self._fold_text(t) for t in toks)

    def _fold_words(self, toks: tuple) -> tuple[str, ...]:
        """`fold(toks)` done on the words joined by spaces, then split again: the same words (no
        fold and no token holds a space, and NFC never joins across one) with one normalisation
        instead of one per word; the index folds thousands of aliases at a process's first article.
        Example: _fold_words(("নিকোলা", "সার্কোজি")) == fold(("নিকোলা", "সার্কোজি"))."""
        return tuple(self._fold_text(" ".join(toks)).split(" "))

    def index(self):
        """Folded aliases of two or more non-Latin words, by (word count, first letter); read back
        from the disk cache while `sources` are unchanged (building it was ~40 ms of a start)."""
        if self._index is None:
            self._index = self._kept("native-index", self._built_index)
        return self._index

    def _kept(self, name: str, build):
        """build(), kept in the disk cache under `name` while `sources` and the folds are
        unchanged (built afresh when no sources are given)."""
        if self.sources is None:
            return build()
        from ..diskcache import cached
        from .translit import library_version   # as the registry's own entry
        return cached(name, self.sources, build, extra=repr(self.folds) + library_version())

    def _built_places(self) -> dict[str, set[str]]:
        """`one_word_place`'s folded one-word own-script aliases of places -> their actor ids. Why
        kept: building it looks up the type of every actor with such an alias (~50 ms of a start)."""
        places: dict[str, set[str]] = {}
        for key, owners in self.reg.alias.items():
            if len(key) == 1 and _NON_LATIN.search(key[0]):
                for aid, dem in owners:
                    if not dem and self.reg.actors[aid].type in ("GPE", "LOC"):
                        places.setdefault(self._fold_text(key[0]), set()).add(aid)
        return places

    def _built_index(self):
        """`index()` built from the registry's aliases."""
        by_head: dict[tuple[int, str], list[tuple[str, tuple]]] = {}
        for key in self.reg.alias:
            # an ASCII letter-or-digit word is Latin script: no need to ask the pattern
            if len(key) < 2 or (key[0].isascii() and key[0].isalnum()) or not _NON_LATIN.search(key[0]):
                continue
            f = self._fold_words(key)
            if all(f):
                by_head.setdefault((len(f), f[0][:1]), []).append((" ".join(f), key))
        return by_head

    def one_word_place(self, word: str) -> str | None:
        """The one place (GPE or LOC) whose one-word own-script alias folds to `word` folded, or
        None (no such alias, two places, or a folded word under PLACE_MIN_CHARS letters): exact
        after the folds, no score. Example: "তেঁতুলিয়া" -> the upazila whose alias is "তেতুলিয়া"."""
        if self._places is None:
            self._places = self._kept("native-places", self._built_places)
        f = self._fold_text(word)
        got = self._places.get(f) if len(f) >= PLACE_MIN_CHARS else None
        return next(iter(got)) if got and len(got) == 1 else None

    def best(self, toks: tuple, ner_type: str) -> tuple[str, float] | None:
        """The actor id and score (0-1) the folded spelling of `toks` matches, or None."""
        memo_key = (toks, ner_type)
        if memo_key not in self._memo:
            if len(self._memo) >= MEMO_MAX:   # a long-running server must not grow without end
                self._memo.clear()
            self._memo[memo_key] = self._best(toks, ner_type)
        return self._memo[memo_key]

    def _choices(self, head: tuple[int, str], bucket: list) -> list[str]:
        """The folded spellings of the index's `bucket` for `head`, listed once per instance (its
        index is built once, so a head's bucket never changes).
        Example: ((2, "ন"), [("নিকলা সারকজি", key)]) -> ["নিকলা সারকজি"]."""
        got = self._choice_lists.get(head)
        if got is None:
            got = self._choice_lists[head] = [cand for cand, _ in bucket]
        return got

    def _best(self, toks: tuple, ner_type: str) -> tuple[str, float] | None:
        from rapidfuzz import fuzz, process
        f = self.fold(toks)
        if len(f) < 2 or not all(f) or len("".join(f)) < MIN_CHARS:
            return None
        name = " ".join(f)
        scores: dict[str, float] = {}
        head = (len(f), f[0][:1])
        bucket = self.index().get(head, [])
        # the bucket scored in one call (rapidfuzz's loop, not Python's), only the spellings within
        # reach kept, read in the bucket's order: the same scores and choice as one ratio per alias
        hits = process.extract(name, self._choices(head, bucket), scorer=fuzz.ratio,
                               score_cutoff=NATIVE_MIN - NATIVE_MARGIN, limit=None)
        for _, s, k in sorted(hits, key=lambda hit: hit[2]):
            cand, key = bucket[k]
            if not _same_last(f[-1], cand.split()[-1]):
                continue
            if not same_consonants(f, tuple(cand.split())):
                continue
            for aid, dem in self.reg.alias[key]:
                if not dem and s > scores.get(aid, 0):
                    scores[aid] = s
        ranked = sorted(scores.items(), key=lambda x: -x[1])
        if not ranked or ranked[0][1] < NATIVE_MIN:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < NATIVE_MARGIN:
            return None
        a = self.reg.actors[ranked[0][0]]
        if a.type != ner_type or a.institution:
            return None
        return a.id, ranked[0][1] / 100


def _same_last(a: str, b: str) -> bool:
    """Last words that may spell one name: the same first letter and close ("সারকজি" ~
    "সারকজি"; case endings are stripped before)."""
    from rapidfuzz import fuzz
    return a[:1] == b[:1] and fuzz.ratio(a, b) >= NATIVE_LAST_MIN


def _frame(word: str) -> str:
    """The consonants of a folded word: "নিকলাস" -> "নকলস"."""
    return _VOWELS.sub("", word)


def same_consonants(a: tuple, b: tuple) -> bool:
    """Two spellings of one name differ in vowels, not in consonants, except one consonant a
    language drops at a word's end ("নিকোলাস" ~ "নিকোলা": French Nicolas); a consonant changed
    inside a word is another name ("সাইফুল" is not "সাইদুল").
    Example: same_consonants(("নিকলাস",), ("নিকলা",)) is True."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        fx, fy = _frame(x), _frame(y)
        short, long_ = sorted((fx, fy), key=len)
        if fx != fy and not (len(short) >= 2 and len(long_) == len(short) + 1 and long_.startswith(short)):
            return False
    return True
