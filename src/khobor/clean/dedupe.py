"""Repeated text inside one article. Some pages repeat every paragraph (BBC Bangla), and when
the scraper flattens a page to one line, every sentence; headlines get doubled in place
("X X"). The later copy goes and is listed in `removed`."""
from __future__ import annotations

from ..record import Span
from .normalise import fold

MIN_SENTENCE_CHARS = 25   # short sentences ("তিনি বলেন।") legitimately repeat
MIN_RUN_WORDS = 5
MAX_RUN_CHECK_WORDS = 300


def drop_repeated_sentences(text: str, spans: list[Span], seen: set[str], removed: list[str]) -> str:
    """`text` without sentences already seen in the article; `seen` is updated."""
    keep: list[str] = []
    for sp in spans:
        sent = text[sp.start:sp.end]
        key = fold(sent)
        if len(key) >= MIN_SENTENCE_CHARS and key in seen:
            removed.append(sent)
            continue
        seen.add(key)
        keep.append(drop_doubled_run(sent, removed))
    return " ".join(keep)


def drop_doubled_run(sentence: str, removed: list[str]) -> str:
    """'A B C D E A B C D E rest' -> 'A B C D E rest' for a run of at least MIN_RUN_WORDS words.
    Doubled headlines are short: longer sentences are left alone (the check is quadratic)."""
    words = sentence.split(" ")
    while MAX_RUN_CHECK_WORDS >= len(words) >= 2 * MIN_RUN_WORDS and len(words) - len(set(words)) >= MIN_RUN_WORDS:
        run = _first_doubled_run(words)
        if run is None:
            break
        j, length = run
        removed.append(" ".join(words[j:j + length]))
        words = words[:j] + words[j + length:]
    return " ".join(words)


def _first_doubled_run(words: list[str]) -> tuple[int, int] | None:
    """(start of the second copy, run length) of the first run of words repeated right after itself."""
    positions: dict[str, list[int]] = {}
    for k, w in enumerate(words):
        positions.setdefault(w, []).append(k)
    n = len(words)
    for i, w in enumerate(words):
        for j in positions[w]:
            length = j - i
            if length >= MIN_RUN_WORDS and j + length <= n and words[i:j] == words[j:j + length]:
                return j, length
    return None
