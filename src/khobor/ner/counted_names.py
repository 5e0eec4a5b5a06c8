"""Bodies named by a count of their members: "১২ দলীয় জোট" (the 12-party alliance), "১০ দলীয়
জোটের", "১২-দলীয় জোট". The number is the name's own first word, and no head word follows a
place before it, so the grammar of headed names (`khobor.ner.headed_names`) never opens on it;
the model mostly leaves the whole phrase O.

The phrases are the pack's data (`ner.yaml` `gazetteer.counted_names`: "দলীয় জোট: ORG"), each a
run of words after a number written in digits (maybe joined by a hyphen); the last word matches
as written or through a stem ("জোটের" -> "জোট"), the others as written.
"""
from __future__ import annotations

from .headed_names import HYPHENS, Span, with_whole_name


def counted_from(entries: dict | None, fold) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The pack's phrases by their first word, folded with `fold`, each with its label.
    Example: {"দলীয় জোট": "ORG"} -> {"দলীয়": ((("দলীয়", "জোট"), "ORG"),)}."""
    out: dict[str, list] = {}
    for phrase, label in (entries or {}).items():
        words = tuple(fold(w) for w in phrase.split())
        out.setdefault(words[0], []).append((words, label))
    return {k: tuple(v) for k, v in out.items()}


def counted_names(folded: list[str], spans: list[Span], phrases: dict, stems) -> list[Span]:
    """`spans` with each number in digits followed by a counted phrase as one name of the
    phrase's label; spans inside it give way, and a span across its edges leaves it out.
    `folded` are the sentence's words, folded.
    Example: ["১২", "দলীয়", "জোটের", "নেতারা"], [], {"দলীয়": ((("দলীয়", "জোট"), "ORG"),)}
    -> [(0, 3, "ORG")]."""
    out = list(spans)
    for k, word in enumerate(folded):
        start = k - 2 if k >= 2 and folded[k - 1] in HYPHENS else k - 1
        if start < 0 or not folded[start].isdigit():   # Bengali digits are digits too
            continue
        for words, label in _phrases_of(word, phrases, stems):
            stop = k + len(words)
            if stop <= len(folded) and _phrase_at(folded, k, words, stems):
                out = with_whole_name(out, start, stop, label)
                break
    return sorted(out)


def _phrases_of(word: str, phrases: dict, stems) -> tuple:
    """The phrases that may start at `word`: those opening with it as written, and the phrases of
    one word that it inflects ("ব্যাটালিয়নের" -> "ব্যাটালিয়ন"; `_phrase_at` reads the stem).
    Example: "ব্যাটালিয়নের", {"ব্যাটালিয়ন": (((("ব্যাটালিয়ন",), "ORG"),)} -> that phrase."""
    if word in phrases:
        return phrases[word]
    return tuple(p for x in stems(word) for p in phrases.get(x, ()) if len(p[0]) == 1)


def counted_phrase_may_start(folded: list[str], phrases: dict, stems) -> bool:
    """Whether any word of a sentence may open a counted phrase (`_phrases_of`): the cheap test
    that most sentences fail. Example: ["১৫", "ব্যাটালিয়নের"] -> True with "ব্যাটালিয়ন" a phrase."""
    for k in range(1, len(folded)):   # a loop, not a generator over every word: asked of every sentence
        before = folded[k - 1]
        if (before[-1:].isdigit() or k > 1 and before in HYPHENS) and _phrases_of(folded[k], phrases, stems):
            return True
    return False


def _phrase_at(folded: list[str], at: int, words: tuple[str, ...], stems) -> bool:
    """Whether `words` are the words from `at`, the last one maybe inflected.
    Example: ["দলীয়", "জোটের"], 0, ("দলীয়", "জোট") -> True."""
    *inner, last = words
    got = folded[at:at + len(words)]
    return got[:-1] == inner and (got[-1] == last or last in stems(got[-1]))
