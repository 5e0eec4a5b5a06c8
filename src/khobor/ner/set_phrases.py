"""Set phrases whose first word is a name elsewhere: "ইতি টানেন" (brought to an end; "ইতি আক্তার"
is a person), "আদি নিবাস" (ancestral home; "আদি" is a name word), "ভোলা যাবে না" (cannot be
forgotten; "ভোলা" is a district). The model and the name rules tag the first word from its
shape and its neighbours; the next word says it is no name.

The phrases are the pack's data (`ner.yaml` `gazetteer.set_phrases`), each a run of words: the
first matches a word exactly, the later ones as the start of a word, so that one entry covers
the verb's forms ("ইতি টান" covers "টানেন", "টানলেন", "টানার").
"""
from __future__ import annotations

Span = tuple[int, int, str]   # token start, token end (exclusive), label


def phrases_from(entries, fold) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The pack's phrases by their first word, folded with `fold`.
    Example: ["ইতি টান", "ইতি ঘট"] -> {"ইতি": (("টান",), ("ঘট",))}."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries or ():
        first, *rest = [fold(w) for w in entry.split()]
        if not rest:
            raise ValueError(f"set phrase {entry!r} has one word: a stop word needs its context")
        out.setdefault(first, []).append(tuple(rest))
    return {k: tuple(v) for k, v in out.items()}


def without_set_phrases(folded: list[str], spans: list[Span], phrases: dict) -> list[Span]:
    """`spans` less those that open on the first word of a set phrase whose other words follow.
    `folded` are the sentence's words, folded.
    Example: ["ক্যারিয়ারের", "ইতি", "টানেন"], [(1, 2, "PER")], {"ইতি": (("টান",),)} -> []."""
    return [s for s in spans if not (folded[s[0]] in phrases and _phrase_at(folded, s[0], phrases[folded[s[0]]]))]


def _phrase_at(folded: list[str], at: int, tails: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `tails` starts the words after `at`, each word of it as a word's start.
    Example: ["ইতি", "টানলেন"], 0, (("টান",),) -> True; ["ইতি"], 0, (("টান",),) -> False."""
    return any(at + len(tail) < len(folded) and all(folded[at + 1 + i].startswith(w) for i, w in enumerate(tail))
               for tail in tails)
