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
    condition_before a word opening a condition anywhere before the trigger in its sentence,
                     across clause breaks, with a `condition_verb` right before the trigger:
                     "until the men who set it on fire are arrested" (a relative clause between)

The first modality in `order` whose cues fire wins (a question about a future lifting of
sanctions is a question; "will not meet" is negated).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..textutil import nfc
from .patterns import Inflector, PatternIndex, phrase_index, word_set
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
    condition: "Condition | None"


class ModalityReader:
    def __init__(self, m: Modality, inflector: Inflector, conjunctions: list[str] = ()):
        self.order = list(m.order)
        # a clause that opens with one of these after a comma is a new main clause: a condition
        # opened before it does not reach past it (Condition.holds)
        self.conjunctions = word_set(conjunctions)
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
                Condition.of(spec) if spec.condition_before else None,
            )
        # only a condition cue reads where main clauses start (a pack with none, bn, skips the work)
        self.reads_conditions = any(c.condition is not None for c in self.cues.values())

    @staticmethod
    def _index(patterns: list[str], inflector: Inflector) -> PatternIndex | None:
        return phrase_index(patterns, inflector) if patterns else None

    def is_verb_like(self, w: str) -> bool:
        return not _ends(w, self.not_verbs)

    def reading(self, words: list[str], trig: list[int], clause_lo: int, clause_hi: int,
                sentence_text: str, comma_before: list[bool] | None = None) -> tuple[str, str | None]:
        """The modality of a trigger at token positions `trig` in a clause [clause_lo, clause_hi),
        and the cue that decided it ("negated.before"; None for asserted).
        `comma_before`: whether a comma stands before each word (`comma_before`), for Condition.holds."""
        t0, t1 = min(trig), max(trig)
        around = _Around(
            words, t0, t1, clause_lo, clause_hi,
            _main_clause_starts(words, comma_before, self.conjunctions) if self.reads_conditions else frozenset(),
            before=words[max(clause_lo, t0 - self.window_before):t0],
            after=words[t1 + 1:min(clause_hi, t1 + 1 + self.window_after)],
            verb_words=[words[t1]] + [w for w in words[t1 + 1:min(clause_hi, t1 + 1 + self.verb_words_after)]
                                      if self.is_verb_like(w)],
            tail=sentence_text.rstrip(" \"'”’»)"))
        for name in self.order:
            kind = self._fired(self.cues[name], around)
            if kind:
                return name, f"{name}.{kind}"
        return "asserted", None

    def _fired(self, c: _Cues, a: _Around) -> str | None:
        """The kind of the first of a modality's cues found around the trigger."""
        return _fired_in_clause(c, a) or self._fired_on_words(c, a)

    def _fired_on_words(self, c: _Cues, a: _Around) -> str | None:
        """The cues read in the verb's endings, the sentence's end, or across the sentence's clauses."""
        if c.verb_suffix and any(x.endswith(c.verb_suffix) for x in a.verb_words if self.is_verb_like(x)):
            return "verb_suffix"
        if c.sentence_final and a.tail.endswith(c.sentence_final):
            return "sentence_final"
        if c.condition and c.condition.holds(a.words, a.t0, a.main_starts):
            return "condition_before"
        return None


def _fired_in_clause(c: _Cues, a: "_Around") -> str | None:
    """The cues read in the trigger's clause: words near it, anywhere before or after it, its last."""
    w = a.words
    if c.before and a.before and c.before.find(a.before):
        return "before"
    if c.after and a.after and c.after.find(a.after):
        return "after"
    if c.clause_after and c.clause_after.find(w[a.t1 + 1:a.clause_hi]):
        return "clause_after"
    if c.clause_before and c.clause_before.find(w[a.clause_lo:a.t0]):
        return "clause_before"
    if c.clause_final and a.clause_hi - 1 > a.t1 and _ends(w[a.clause_hi - 1], c.clause_final):
        return "clause_final"
    return None


@dataclass(frozen=True)
class Condition:
    """The `condition_before` cue of a modality (the words are the pack's)."""
    openers: frozenset[str]
    verbs: frozenset[str]
    backshifted: frozenset[str]
    backshift_cues: frozenset[str]

    @classmethod
    def of(cls, spec) -> "Condition":
        return cls(word_set(spec.condition_before), word_set(spec.condition_verb), word_set(spec.backshifted_verb),
                   word_set(spec.backshift_cue))

    def holds(self, words: list[str], t0: int, main_starts: frozenset[int] = frozenset()) -> bool:
        """The trigger at `t0` is the verb of a condition: a condition verb right before it (a
        present passive) and a word opening a condition anywhere before that in the sentence,
        across the relative clauses the clause splitter cuts it by; or, in reported speech, a past
        verb there with a backshift cue before the opener. "We will stay until the men who set
        it on fire are arrested", "said it would stay until the killers were arrested": the arrest
        is awaited; "stayed until five were arrested" is an arrest. The condition ends where a
        new main clause opens (`main_starts`: a comma, then a conjunction): in "said it would stay
        until Sunday, and five were arrested" the arrest is told, not awaited.

        >>> c = Condition(frozenset({"until"}), frozenset({"are"}), frozenset({"were"}), frozenset({"would"}))
        >>> c.holds("we stay until those who burned it are arrested".split(), 8)
        True
        >>> c.holds("we stayed until five were arrested".split(), 5)
        False
        >>> c.holds("it would stay until the killers were arrested".split(), 7)
        True
        >>> c.holds("it would stay until sunday and five were arrested".split(), 8, frozenset({5}))
        False
        """
        if t0 < 2:
            return False
        verb = words[t0 - 1]
        opener = next((i for i in range(t0 - 2, -1, -1) if words[i] in self.openers), None)
        if opener is None or any(opener < i < t0 for i in main_starts):
            return False
        return verb in self.verbs or (verb in self.backshifted and not self.backshift_cues.isdisjoint(words[:opener]))


PARENTHESIS_WORDS = 4  # a comma this close after "and" closes a parenthesis ("Hasina, and her ministers, are")


def _main_clause_starts(words: list[str], comma_before: list[bool] | None, conjunctions: frozenset[str]) -> frozenset[int]:
    """The words that open a new main clause: a conjunction after a comma ("until Sunday, and
    five were arrested": "and"), unless another comma follows within PARENTHESIS_WORDS words, which
    sets off one more member of a noun phrase ("until Hasina, and her ministers, are arrested": the
    arrest is still awaited). Example: _main_clause_starts(["a", "and", "b"],
    [False, True, False], frozenset({"and"})) == frozenset({1})."""
    if not comma_before or not conjunctions:
        return frozenset()
    n = len(comma_before)
    return frozenset(i for i, w in enumerate(words)
                     if i < n and comma_before[i] and w in conjunctions
                     and not any(comma_before[i + 1:min(n, i + 1 + PARENTHESIS_WORDS)]))


def comma_before(text: str, tokens: list[tuple[int, int, str]]) -> list[bool]:
    """Whether a comma stands between each token and the one before it (the first: False)."""
    return [comma_at(text, tokens, i) for i in range(len(tokens))]


def comma_at(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a comma stands between token i and the one before it: in "X said that A, urging"
    it does at "urging" (token 5); token 0 has none before it."""
    return i > 0 and "," in text[tokens[i - 1][1]:tokens[i][0]]


@dataclass
class _Around:
    """The words around a trigger that cues are looked for in."""
    words: list[str]
    t0: int
    t1: int
    clause_lo: int
    clause_hi: int
    main_starts: frozenset[int]  # words opening a new main clause (a comma, then a conjunction)
    before: list[str]          # up to window_before words before the trigger, in its clause
    after: list[str]           # up to window_after words after it, in its clause
    verb_words: list[str]      # the trigger's last word and the verb-like words right after it
    tail: str                  # the sentence without closing quotes and brackets


def _ends(word: str, cues: tuple[str, ...]) -> bool:
    """The word is one of the cues, or ends in one written "*x".
    Example: _ends("করবেন", ("না", "*বেন")) is True; _ends("করে", ("না", "*বেন")) is False."""
    exact, endings = _cue_table(cues)
    return word in exact or (bool(endings) and word.endswith(endings))


@lru_cache(maxsize=256)
def _cue_table(cues: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The cues as a set of whole words and a tuple of endings, made once per cue list: a word is
    looked up in two steps, not compared with every cue (the loop was ~3% of steady state)."""
    return frozenset(cues), tuple(c[1:] for c in cues if c.startswith("*"))
