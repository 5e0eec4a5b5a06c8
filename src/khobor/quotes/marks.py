"""Quote marks -> quoted spans.

Which character opens and which closes is read from the language pack; whether a given mark
acts as an opener, a closer or an apostrophe is read from its neighbours (scrapers mix straight
and curly marks and misuse them): a mark before a word opens, a mark after a word closes, a
mark between two letters is an apostrophe (don't, দু’জন). Marks pair within their class
(double or single), nested spans are dropped (a quote inside a quote is part of it), and a span
never crosses a paragraph break unless the next paragraph reopens the quote (newswire style:
a quote running over paragraphs opens each of them and closes only the last). A mark that finds
no partner within `max_chars` is a stray and is skipped, so one stray mark never swallows
the rest of the article.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..textutil import terminator_class

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]")
_OPEN_PUNCT = "([{—–-/"
_CLOSE_PUNCT = ".,;:!?।)]}—–-…"


@dataclass
class MarkedSpan:
    start: int  # the opening mark
    end: int  # one past the closing mark
    cls: str  # "double" | "single"

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


@dataclass
class MarkRules:
    classes: dict[str, tuple[str, str, int]]  # class -> (openers, closers, max_chars)
    elisions: tuple[str, ...]
    # word-endings glued to a closing mark (rule closing_suffix: "‘...’সহ")
    closing_suffixes: tuple[str, ...] = ()
    # word-endings before an apostrophe of a plural possessive ("the players’ draft": rule
    # plural_possessive)
    plural_possessives: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data: dict) -> "MarkRules":
        classes = {}
        for name in ("double", "single"):
            c = data.get(name) or {}
            if c.get("open"):
                classes[name] = (c["open"], c.get("close", c["open"]), int(c.get("max_chars", 1000)))
        return cls(classes, tuple(data.get("elisions") or ()), tuple(data.get("closing_suffixes") or ()),
                   tuple(data.get("plural_possessives") or ()))


def _role(text: str, i: int, openers: str, closers: str, elisions: tuple[str, ...],
          suffixes: tuple[str, ...] = ()) -> str | None:
    """'open', 'close', 'either' or None (an apostrophe or elision: not a quote mark)."""
    ch = text[i]
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    lw, rw = bool(_WORD.match(left)), bool(_WORD.match(right))
    if lw and rw and ch in closers and closing_suffix(text, i + 1, suffixes):
        return "close"
    if lw and rw:
        # inside a word: an apostrophe for single marks; a glued double mark is ambiguous
        return None if ch in "'’‘" else "either"
    if lw and any(text.endswith(e, 0, i + 1) for e in elisions):
        return None
    if rw:
        return "open"
    if lw:
        return "close"
    # no word on either side: punctuation decides ('," he' closes, ' "(' opens)
    if left in _CLOSE_PUNCT and right.isspace():
        return "close"
    if left.isspace() and right in _OPEN_PUNCT + "\"'“‘":
        return "open"
    if ch in openers and ch not in closers:
        return "open"
    if ch in closers and ch not in openers:
        return "close"
    return "either"


def closing_suffix(text: str, i: int, suffixes: tuple[str, ...]) -> bool:
    """Whether a whole word-ending of the pack's `closing_suffixes` is glued to the mark before
    `i`: "‘...’সহ নানা স্লোগান" closes the quotation there, where a mark between two letters is
    otherwise an apostrophe.

    >>> closing_suffix("‘ক’সহ নানা", 3, ("সহ",)), closing_suffix("দু’সহস্র", 3, ("সহ",))
    (True, False)
    """
    return any(text.startswith(x, i) and not _WORD.match(text[i + len(x):i + len(x) + 1] or " ")
               for x in suffixes)


def plural_possessive(text: str, open_at: int, i: int, endings: tuple[str, ...]) -> bool:
    """Whether a single mark at `i` after a word ending of the pack's `plural_possessives` and
    before a lower-case word is the apostrophe of a plural possessive, not the closer of the mark
    open at `open_at`: where that span would hold a sentence's end, the opener was a stray
    ("Under ‘Cricket With Sami, the team plays. ... join the players’ draft": no quotation).
    A short quotation closing so in its sentence ("called it ‘a web of lies’ and left") stays one.

    >>> t = "Under ‘Club Sami, it plays. Fees bar the players’ draft."
    >>> plural_possessive(t, t.index("‘"), t.index("’"), ("s",))
    True
    >>> t = "He called it ‘a web of lies’ and left."
    >>> plural_possessive(t, t.index("‘"), t.index("’"), ("s",))
    False
    """
    if not (endings and text[i] in "'’" and any(text.endswith(e, 0, i) for e in endings)):
        return False
    if not regex.match(r"\s\p{Ll}", text[i + 1:i + 3]):
        return False
    return _SENTENCE_BREAK.search(text, open_at + 1, i) is not None


_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’']?\s+[\"“‘']?\p{Lu}|\n")  # a sentence's end inside a span


def _paragraph_ok(text: str, start: int, end: int, openers: str) -> bool:
    """A span may cross a paragraph break only when the next paragraph reopens the quote."""
    pos = text.find("\n", start, end)
    while pos != -1:
        j = pos + 1
        while j < end and text[j].isspace():
            j += 1
        if j >= end or text[j] not in openers:
            return False
        pos = text.find("\n", j, end)
    return True


_REOPENED = regex.compile(r"[.!?…।][\"'”’]?\s+$")  # a sentence's end, then only the space before the mark


def reopened_after_sentence(text: str, open_at: int, i: int) -> bool:
    """Whether the opener at `i` reopens the quotation open at `open_at` in a new paragraph whose
    break the scraper flattened to a space: the quotation so far ends a sentence right before it,
    as a quote running over paragraphs opens each of them and closes only the last ("X বলেন,
    ‘... চাই। ‘তোমরা জানো ...?’"); a clear opener only (the caller's `may_nest`), else the
    earlier mark was a stray.

    >>> t = "তিনি বলেন, ‘আমি খেলতে চাই। ‘তোমরা জানো আমার লক্ষ্য কী?’"
    >>> reopened_after_sentence(t, t.index("‘"), t.index("‘তোমরা"))
    True
    >>> t = "তিনি ‘অলস বলেন, ‘আমি খেলি।’"
    >>> reopened_after_sentence(t, t.index("‘"), t.index("‘আমি"))
    False
    """
    return _REOPENED.search(text, open_at + 1, i) is not None and _WORD.search(text, open_at + 1, i) is not None


_NESTED_MAX_CHARS = 40  # a scare-quoted word or a short title, never a sentence of its own


@lru_cache(maxsize=1)
def _sentence_end_rx() -> regex.Pattern:
    """A sentence's end (any pack's terminator, or a line break): `textutil.terminator_class`, the
    project's one list of them, not a hand-written copy."""
    return regex.compile(terminator_class("\n"))


def nested_quotation_end(text: str, i: int, openers: str, closers: str, elisions: tuple[str, ...],
                         suffixes: tuple[str, ...] = ()) -> int | None:
    """Where a short quotation opened at `i`, inside a quotation already open in the same marks,
    ends (one past its closer); None where the next mark of the class closes nothing within a
    few words or a sentence ends first (then the earlier opener was a stray).

    >>> t = "‘মালিকেরা আমাদের ‘অলস’ বলেন, অথচ আমরা কাজ করি।’"
    >>> nested_quotation_end(t, t.index("‘অলস"), "'‘", "'’", ())
    22
    """
    for mark in _marks_rx(openers + closers).finditer(text, i + 1, i + 1 + _NESTED_MAX_CHARS):
        j = mark.start()
        role = _role(text, j, openers, closers, elisions, suffixes)
        if role is None:
            continue
        inner = text[i + 1:j]
        if role == "close" and _WORD.search(inner) and not _sentence_end_rx().search(inner):
            return j + 1
        return None
    return None


@lru_cache(maxsize=64)
def _marks_rx(chars: str) -> regex.Pattern:
    """Any one of `chars`: where _pair_class looks, found by the regex engine instead of a Python
    loop over every character of the text (a third of the time of finding marked spans)."""
    return regex.compile("[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]")


def _pair_class(text: str, openers: str, closers: str, max_chars: int, elisions: tuple[str, ...],
                name: str, suffixes: tuple[str, ...] = (), possessives: tuple[str, ...] = ()) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    skip_to = 0  # the closer of a nested quotation is no closer of the open one
    may_nest = False  # whether the open mark is a clear opener, which may hold a short quotation
    for mark in _marks_rx(openers + closers).finditer(text):
        i, ch = mark.start(), mark.group()
        role = _role(text, i, openers, closers, elisions, suffixes)
        if role is None:
            continue
        if open_at is None:
            if role in ("open", "either"):
                open_at = i
                may_nest = role == "open"
            elif ch in openers and _WORD.match(text[i + 1:i + 3].lstrip()[:1] or " "):
                # a straight mark that closes nothing, before a word: a quotation glued to the
                # sentence before it and spaced apart by a cleaner ('aid." The United States ...",
                # he noted'); a clear opener later discards it
                open_at = i
                may_nest = False  # a guess: it holds no quotation of its own
            continue
        if i < skip_to:
            continue  # the closer of a short quotation nested in the open one
        if role != "open" and plural_possessive(text, open_at, i, possessives):
            continue
        if role == "open":
            # a paragraph reopening the quote continues it; a short quotation closed before the
            # sentence ends is nested in it; any other opener means the earlier one was a stray
            nl = text.rfind("\n", open_at, i)
            if nl != -1 and not text[nl + 1:i].strip() and _paragraph_ok(text, open_at, i + 1, openers):
                continue
            inner_end = nested_quotation_end(text, i, openers, closers, elisions, suffixes) if may_nest else None
            if inner_end is not None:
                spans.append(MarkedSpan(i, inner_end, name))  # dropped if the outer one closes
                skip_to = inner_end
                continue
            if may_nest and reopened_after_sentence(text, open_at, i):
                continue
            open_at, may_nest = i, True
            continue
        end = i + 1
        inner = text[open_at + 1:i]
        if (end - open_at <= max_chars and _WORD.search(inner)
                and _paragraph_ok(text, open_at, end, openers)):
            spans.append(MarkedSpan(open_at, end, name))
            open_at = None
        else:
            open_at, may_nest = (i if role == "either" else None), False
    return spans


_DOUBLED = regex.compile(r"''|``|‘‘|’’|,,")


def _undouble(text: str) -> str:
    """Typewriter doubles ('' `` ,,) stand for one double mark: rewrite them, same length, as a
    straight double quote on the word's side and a space on the other."""
    def one(m):
        s = m.start()
        before = text[s - 1] if s > 0 else " "
        return ' "' if before.isspace() or m.group() in ("``", "‘‘", ",,") else '" '
    return _DOUBLED.sub(one, text) if _DOUBLED.search(text) else text


def find_spans(text: str, rules: MarkRules) -> list[MarkedSpan]:
    """Top-level quoted spans of `text`, in order."""
    text = _undouble(text)
    found: list[MarkedSpan] = []
    for name, (openers, closers, max_chars) in rules.classes.items():
        found.extend(_pair_class(text, openers, closers, max_chars, rules.elisions, name, rules.closing_suffixes,
                                 rules.plural_possessives if name == "single" else ()))
    # longest first: a span inside another (a quote within a quote) or crossing an accepted
    # one (a mis-paired apostrophe) is dropped
    found.sort(key=lambda s: (-(s.end - s.start), s.start))
    kept: list[MarkedSpan] = []
    for s in found:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)
