"""Repeated text inside one article. Some pages repeat every paragraph (BBC Bangla), and when
the scraper flattens a page to one line, every sentence; headlines get doubled in place
("X X"). The later copy goes and is listed in `removed`."""
from __future__ import annotations

from ..record import Span
from .normalise import fold

MIN_SENTENCE_CHARS = 25   # short sentences ("তিনি বলেন।") legitimately repeat
MIN_RUN_WORDS = 5


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
    """'A B C D E A B C D E rest' -> 'A B C D E rest' for a run of at least MIN_RUN_WORDS words."""
    words = sentence.split(" ")
    n = len(words)
    if n < 2 * MIN_RUN_WORDS or n - len(set(words)) < MIN_RUN_WORDS:
        return sentence  # a doubled run needs at least MIN_RUN_WORDS repeated words
    positions: dict[str, list[int]] = {}
    for k, w in enumerate(words):
        positions.setdefault(w, []).append(k)
    for i, w in enumerate(words):
        for j in positions[w]:
            length = j - i
            if length < MIN_RUN_WORDS or j + length > n:
                continue
            if words[i:j] == words[j:j + length]:
                removed.append(" ".join(words[j:j + length]))
                return drop_doubled_run(" ".join(words[:j] + words[j + length:]), removed)
    return sentence
