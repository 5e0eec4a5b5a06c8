"""Modality of a coded event: is it reported as done, or as future, possible, hypothetical,
negated, or only asked about? Decided from cue words around the trigger within its clause,
all of them pack data (`modality:` in events.yaml):

    before / after   cue patterns within `window` words before the trigger / after it
    clause_final     the clause's last word is one of these ("*x" = ends in x): Bengali puts
                     negation last (পদত্যাগ করার কোনো যৌক্তিকতা দেখছেন না)
    clause_before    cue patterns anywhere before the trigger in its clause ("asked whether
                     the United States would lift sanctions")
    clause_after     cue patterns anywhere after the trigger in its clause (Bengali "চায়"
                     "wants" closes the clause: সহযোগিতা গড়ে তুলতে ... চায়)
    verb_suffix      endings of the trigger's verb word or the verb words right after it
                     (Bengali tense and negation are endings: করবেন, করেননি)
    sentence_final   a character ending the sentence ("?")

The first modality in `order` whose cues fire wins (a question about a future lifting of
sanctions is a question; "will not meet" is negated).
"""
from __future__ import annotations

from dataclasses import dataclass

from ...textutil import nfc
from .patterns import Inflector, PatternIndex, compile_pattern
from .schema import Modality


@dataclass
class _Cues:
    before: PatternIndex | None
    after: PatternIndex | None
    clause_after: PatternIndex | None
    clause_before: PatternIndex | None
    clause_final: tuple[str, ...]
    verb_suffix: tuple[str, ...]
    sentence_final: tuple[str, ...]


class ModalityReader:
    def __init__(self, m: Modality, inflector: Inflector):
        self.order = list(m.order)
        self.window_before = m.window_before
        self.window_after = m.window_after
        self.verb_words_after = m.verb_words_after
        self.not_verbs = tuple(nfc(x).lower() for x in m.not_verbs)
        self.cues: dict[str, _Cues] = {}
        for name in self.order:
            spec = getattr(m, name)
            self.cues[name] = _Cues(
                self._index(spec.before, inflector),
                self._index(spec.after, inflector),
                self._index(spec.clause_after, inflector),
                self._index(spec.clause_before, inflector),
                tuple(nfc(x).lower() for x in spec.clause_final),
                tuple(nfc(x).lower() for x in spec.verb_suffix),
                tuple(spec.sentence_final),
            )

    @staticmethod
    def _index(patterns: list[str], inflector: Inflector) -> PatternIndex | None:
        if not patterns:
            return None
        idx = PatternIndex()
        for p in patterns:
            idx.add(compile_pattern(p, {}, inflector))
        return idx

    def _is_verb_like(self, w: str) -> bool:
        return not any(w == x or (x.startswith("*") and w.endswith(x[1:])) for x in self.not_verbs)

    def read(self, words: list[str], trig: list[int], clause_lo: int, clause_hi: int,
             sentence_text: str) -> str:
        """Modality of a trigger at token positions `trig` in a clause [clause_lo, clause_hi)."""
        t0, t1 = min(trig), max(trig)
        before = words[max(clause_lo, t0 - self.window_before):t0]
        after = words[t1 + 1:min(clause_hi, t1 + 1 + self.window_after)]
        verb_words = [words[t1]] + [w for w in words[t1 + 1:min(clause_hi, t1 + 1 + self.verb_words_after)]
                                    if self._is_verb_like(w)]
        tail = sentence_text.rstrip(" \"'”’»)")
        for name in self.order:
            c = self.cues[name]
            if c.before and before and c.before.find(before):
                return name
            if c.after and after and c.after.find(after):
                return name
            if c.clause_after and c.clause_after.find(words[t1 + 1:clause_hi]):
                return name
            if c.clause_before and c.clause_before.find(words[clause_lo:t0]):
                return name
            if c.clause_final and clause_hi - 1 > t1 and _ends(words[clause_hi - 1], c.clause_final):
                return name
            if c.verb_suffix and any(w.endswith(c.verb_suffix) for w in verb_words if self._is_verb_like(w)):
                return name
            if c.sentence_final and tail.endswith(c.sentence_final):
                return name
        return "asserted"


def _ends(word: str, cues: tuple[str, ...]) -> bool:
    return any(word == c or (c.startswith("*") and word.endswith(c[1:])) for c in cues)
