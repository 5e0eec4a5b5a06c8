"""One sentence as the coder reads it: its tokens, their normalised words, and the clause of
each token (roles, modality and dates are looked for inside the trigger's clause first).

Clause breaks are pack data: punctuation between two tokens (`clause_break_chars`), a word that
opens a clause (`clause_break_words`: that, but, যে, কিন্তু) and a verb ending that closes one
(`clause_break_after_suffix`: the Bengali conditional -লে).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable

from ..record import Entity, Record, Span
from ..textutil import lowered_words, nfc, words as split_words
from .patterns import word_set
from .schema import EventsConfig


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    tokens: list[tuple[int, int, str]]
    words: list[str]
    clause: list[int]        # clause number of each token
    stops: list[bool]        # a clause break before each token
    text: str = ""           # the record's whole text (offsets are into it)

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Token range [lo, hi) of the clause of token i."""
        cl = self.clause[i]
        return self.clause.index(cl), len(self.clause) - self.clause[::-1].index(cl)

    def clause_at(self, offset: int) -> int:
        """The clause of the token at (or last before) a character offset."""
        starts = [t[0] for t in self.tokens]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.clause[i]


class SentenceReader:
    def __init__(self, cfg: EventsConfig, is_verb_like: Callable[[str], bool]):
        self.break_chars = set(cfg.clause_break_chars)
        self.break_words = word_set(cfg.clause_break_words)
        self.determiner_after_break = word_set(cfg.clause_break_words_not_before)
        self.break_after = tuple(nfc(x) for x in cfg.clause_break_after_suffix)
        # (a word ending like a conditional that is no verb ends no clause: তবে "however")
        self.is_verb_like = is_verb_like

    def read(self, rec: Record, si: int, span: Span, ents: list[Entity] = ()) -> Sentence:
        tokens = split_words(rec.text, span.start, span.end)
        words = lowered_words(w for _, _, w in tokens)
        # a name is no verb, whatever it ends in ("নেপালে" ends like the conditional -লে)
        named = [(e.start, e.end) for e in ents]
        stops, clause, c = [False] * len(tokens), [0] * len(tokens), 0
        for i in range(1, len(tokens)):
            if self._breaks(rec.text, tokens, words, i, named):
                stops[i] = True
                c += 1
            clause[i] = c
        return Sentence(si, span.start, span.end, tokens, words, clause, stops, rec.text)

    def _breaks(self, text: str, tokens, words: list[str], i: int, named: list[tuple[int, int]]) -> bool:
        """Whether a new clause opens at token i."""
        gap = text[tokens[i - 1][1]:tokens[i][0]]
        if not self.break_chars.isdisjoint(gap) or self._break_word(words, i):
            return True
        return bool(self.break_after) and words[i - 1].endswith(self.break_after) \
            and self.is_verb_like(words[i - 1]) \
            and not any(a < tokens[i - 1][1] and tokens[i - 1][0] < b for a, b in named)

    def _break_word(self, words: list[str], i: int) -> bool:
        """Token i is a word that opens a clause (`clause_break_words`), unless the word after it
        makes it a determiner (`clause_break_words_not_before`): "যে তারা হামলা চালায়" (that they
        attacked) opens one, "যে ধরনের হামলা" (the kind of attack) does not."""
        return words[i] in self.break_words and not self.determiner_after_break.intersection(words[i + 1:i + 2])


def fallback_sentences(text: str) -> list[Span]:
    """Lines as sentences when the cleaner gave none (records built by hand)."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return out
