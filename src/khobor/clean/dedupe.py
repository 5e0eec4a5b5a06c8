"""Repeated text inside one article. Some pages repeat every paragraph (BBC Bangla), and when
the scraper flattens a page to one line, every sentence; headlines get doubled in place
("X X"). The later copy goes and is listed in `removed`."""
from __future__ import annotations

from ..record import Span
from .explain import note_removed, removal_rule
from .normalise import fold

MIN_SENTENCE_CHARS = 25   # short sentences ("তিনি বলেন।") legitimately repeat
MIN_RUN_WORDS = 5
MAX_RUN_CHECK_WORDS = 300


@removal_rule("drop_repeated_sentences")
def drop_repeated_sentences(text: str, spans: list[Span], seen: set[str], removed: list[str]) -> str:
    """`text` without sentences already seen in the article; `seen` is updated."""
    keep: list[str] = []
    for sp in spans:
        sent = text[sp.start:sp.end]
        key = fold(sent)
        if len(key) >= MIN_SENTENCE_CHARS and key in seen:
            note_removed(removed, sent, "drop_repeated_sentences")
            continue
        seen.add(key)
        keep.append(drop_doubled_run(sent, removed))
    return " ".join(keep)


@removal_rule("drop_doubled_run")
def drop_doubled_run(sentence: str, removed: list[str]) -> str:
    """'A B C D E A B C D E rest' -> 'A B C D E rest' for a run of at least MIN_RUN_WORDS words.
    Doubled headlines are short: longer sentences are left alone (the check is quadratic)."""
    words = sentence.split(" ")
    while MAX_RUN_CHECK_WORDS >= len(words) >= 2 * MIN_RUN_WORDS and len(words) - len(set(words)) >= MIN_RUN_WORDS:
        run = _first_doubled_run(words)
        if run is None:
            break
        j, length = run
        note_removed(removed, " ".join(words[j:j + length]), "drop_doubled_run")
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


MIN_PARAGRAPH_CHARS = 40     # a doubled run shorter than this is a headline or a phrase (drop_doubled_run)
MAX_PARAGRAPH_CHARS = 4000   # how far a second copy is looked for: keeps the scan linear in practice
_PROBE_CHARS = 30


@removal_rule("drop_doubled_paragraphs")
def drop_doubled_paragraphs(line: str, removed: list[str]) -> str:
    """Paragraphs repeated right after themselves in a flattened page, before any sentence split:
    the first complete copy stays, the second goes to `removed` whole.
    'P one. P two. P one. P two. Next.' -> 'P one. P two. Next.' (each part at least 40 characters)."""
    if len(line) < 2 * MIN_PARAGRAPH_CHARS:
        return line
    out, i, n = [], 0, len(line)
    start = 0   # where the text not yet copied to `out` begins
    while i < n - 2 * MIN_PARAGRAPH_CHARS:
        probe = line[i:i + _PROBE_CHARS]
        j = line.find(probe, i + MIN_PARAGRAPH_CHARS, i + MAX_PARAGRAPH_CHARS + _PROBE_CHARS)
        while j != -1:
            size = j - i - 1   # one copy, without the space between the two
            end = j + size
            if line[j - 1] == " " and line[i:j - 1] == line[j:end] and (end == n or line[end] == " "):
                break
            j = line.find(probe, j + 1, i + MAX_PARAGRAPH_CHARS + _PROBE_CHARS)
        if j == -1:
            nxt = line.find(" ", i) + 1
            if nxt <= i:
                break
            i = nxt
            continue
        out.append(line[start:j])
        note_removed(removed, line[j:end], "drop_doubled_paragraphs")
        start = end
        i = end + 1
    out.append(line[start:])
    return " ".join("".join(out).split()) if len(out) > 1 else line
