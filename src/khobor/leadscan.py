"""Searching a big alternation (a list of cue words, a grammar's first words) only where a match
could begin. Why: `regex` tries such a pattern at every character of the text, and most of the
characters of a news sentence cannot start any of its words; asking once per run of characters
whether the pattern could begin with it (a partial match) skips them without changing a result."""
from __future__ import annotations

import hashlib
import threading
from typing import Iterator

import regex

from .diskcache import cached

# characters after a possible start asked about at once: three, not two, halve the Bengali quote
# cues tried (a vowel sign after the first letter tells little); four or more add more new runs
# to ask about, each a partial match of the whole pattern, than they save in 200 articles
LEAD_CHARS = 3
_COULD_MAX = 200_000  # verdicts on such runs a scan remembers
TESTED = 0x1000  # code points whose verdict is built in (Latin to Bengali and past); later ones pass
# a check that text before a position can make hold: a positive lookbehind, \b, \B, or regex's
# word end \M (a literal "\\b" is caught too: that only costs speed)
_LOOKS_BEFORE = regex.compile(r"\(\?<=|\\[bBM]")


def looks_before(rx: regex.Pattern) -> bool:
    """Whether `rx` may need the text before where it is tried: alone, its first characters fail
    such a check where the whole text could pass it, so they cannot tell where it may not begin.
    Example: looks_before(regex.compile(r"(?<=x)a")) -> True; a negative lookbehind (?<!x)a, only
    looser with nothing before it -> False."""
    return _LOOKS_BEFORE.search(rx.pattern) is not None


def lead_class(rx: regex.Pattern, tested: int = TESTED) -> str:
    """A character class of the characters a match of `rx` can begin with: of the first `tested`
    code points, those it partially matches alone; every later one is let through.
    Example: a pattern of English month names -> the letters A, D, F, J, M, N, O, S (in either
    case if it ignores case), or any character from U+1000 on.
    Kept in the disk cache by the pattern's text and flags: trying 4,096 characters against the
    Bengali quote cues (24,000 characters) took 45 ms of every start."""
    digest = hashlib.blake2b(f"{rx.flags}|{tested}|{rx.pattern}".encode(), digest_size=12).hexdigest()
    return cached("lead-class", [__file__], lambda: _lead_class(rx, tested), extra=digest, keep=12)


def _lead_class(rx: regex.Pattern, tested: int) -> str:
    chars = [chr(c) for c in range(tested) if rx.match(chr(c), partial=True) is not None]
    later = rf"[^\u0000-\u{tested - 1:04x}]"
    listed = "".join(rf"\u{ord(c):04x}" for c in chars)
    return rf"(?:[{listed}]|{later})" if chars else later


# constructs after which the looser pattern is no looser: an atomic group or possessive repeat keeps
# its first way through, a conditional or backreference reads what was matched, a verb or
# \G depends on where the search began, (?r) matches backwards, {e<=n} is fuzzy; and those this
# reading cannot follow: comments, whose brackets are text, and verbose patterns (?x)
_UNLOOSENABLE = regex.compile(r"\(\?>|\(\?\(|\(\*|\(\?r|\(\?[a-zA-Z-]*[rx]|\(\?#|[*+?}]\+|\\G|\\[1-9]|\\g<|\(\?P=|\{[^}]*[eids][<=]")
_NEGATIVE_LOOKS = ("(?!", "(?<!")
_QUANTIFIERS = ("*", "+", "?", "{")


def looser_without_looks_before(pattern: str) -> str | None:
    """`pattern` with its checks of the text before where it is tried taken out (each positive
    lookbehind and each \\b, \\B, \\m, \\M), or None where that cannot be done safely (one
    sits inside a negative lookaround, or the pattern holds a construct named in _UNLOOSENABLE).
    Taking out a check that is not negated only lets more through, so where the looser pattern
    cannot begin neither can `pattern`: its first characters tell where to try it.
    Example: looser_without_looks_before(r"(?<=x\\s+)a|\\bb") -> "a|b"."""
    if _UNLOOSENABLE.search(pattern):
        return None
    out: list[str] = []
    groups: list[tuple[int, bool, bool]] = []  # (where in out it opened, negative, dropped)
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1:i + 2] in ("b", "B", "m", "M"):
                if any(neg for _, neg, _ in groups) or pattern[i + 2:i + 3] in _QUANTIFIERS:
                    return None
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":  # a set: copied whole; a set inside a set is not read
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            j += pattern[j:j + 1] == "]"
            while j < n and pattern[j] != "]":
                if pattern[j] == "[":
                    return None
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if c == "(":
            negative = any(pattern.startswith(x, i) for x in _NEGATIVE_LOOKS)
            drop = pattern.startswith("(?<=", i) and not any(neg for _, neg, _ in groups)
            groups.append((len(out), negative or any(neg for _, neg, _ in groups), drop))
        elif c == ")":
            if not groups:
                return None
            at, _, drop = groups.pop()
            if drop:
                if pattern[i + 1:i + 2] in _QUANTIFIERS:
                    return None
                del out[at:]
                i += 1
                continue
        out.append(c)
        i += 1
    return "".join(out) if not groups else None


class LeadScan:
    """`rx` tried only at positions whose first `LEAD_CHARS` characters could begin a match of it. A
    pattern that can match the empty string, or that looks before where it is tried (see
    looks_before), is tried everywhere (nothing can be skipped).
    Example: LeadScan(regex.compile(r"\\bsaid\\b")).search("he said so").span() -> (3, 7)."""

    def __init__(self, rx: regex.Pattern, prefix: str = "", tested: int = TESTED):
        self.rx = rx
        # where `rx` looks before its start, a looser copy without those checks tells where it may begin
        self.loose = loose_copy(rx)
        self.everywhere = rx.match("") is not None or self.loose is None or self.loose.match("") is not None
        # `prefix`: a zero-width check every match starts with (a word start), to skip more
        self.lead = regex.compile(f"{prefix}{lead_class(self.loose or rx, tested)}", regex.V0)
        self.could_start: dict[str, bool] = {}

    def __getstate__(self) -> dict:
        """Pickled (in a grammar's disk cache entry) without the verdicts on the texts seen."""
        return {**self.__dict__, "could_start": {}}

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[int]:
        """The positions in [pos, endpos) where a match could begin, in order (a superset of
        where it does: with no text before them, the negative lookbehinds left are only looser)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.everywhere:
            yield from range(pos, end + 1)
            return
        could, loose = self.could_start, self.loose
        for lead in self.lead.finditer(text, pos, end):
            at = lead.start()
            ahead = text[at:min(at + LEAD_CHARS, end)]
            # the remembered verdict asked here first: most runs are seen again (a call per lead
            # was a tenth of the scan's time)
            ok = could.get(ahead)
            if ok is None:
                ok = could_begin(loose, could, ahead, _COULD_MAX)
            if ok:
                yield at

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """The same match as `rx.search(text, pos, endpos)`."""
        end = len(text) if endpos is None else endpos
        if self.everywhere:  # regex's own search tries every position, faster than a loop here
            return self.rx.search(text, pos, end)
        for at in self.starts(text, pos, end):
            m = self.rx.match(text, at, end)
            if m is not None:
                return m
        return None


def loose_copy(rx: regex.Pattern) -> regex.Pattern | None:
    """The pattern whose partial match on a position's first characters tells whether `rx` could
    begin there: `rx` itself, or where it looks before where it is tried, a copy without those
    checks (None where none can be made: then nothing can be skipped).
    Example: loose_copy(regex.compile(r"(?<=x)ab")).pattern -> "ab"."""
    return _looser(rx) if looks_before(rx) else rx


def could_begin(loose: regex.Pattern, verdicts: dict[str, bool], ahead: str, most: int) -> bool:
    """Whether a match of `loose` (a `loose_copy`) could begin with `ahead`, a position's next
    characters: a partial match, remembered in `verdicts` by those characters (cleared when it
    holds `most`: runs of characters are many, memory stays bounded). Shared by `LeadScan.starts`
    and the times grammar's per-rule check (`times.grammar.Grammar._rule_leads`).
    Example: could_begin(regex.compile("ab"), {}, "ax", 10) -> False; ("a", ...) -> True.
    A run longer than `HEAD_CHARS` is asked of its first `HEAD_CHARS` characters first (see
    `_head_could_begin`)."""
    ok = verdicts.get(ahead)
    if ok is None:
        if len(verdicts) >= most:
            verdicts.clear()
        ok = verdicts[ahead] = _head_could_begin(loose, verdicts, ahead) and loose.match(ahead, partial=True) is not None
    return ok


HEAD_CHARS = 2   # characters of a run whose verdict is asked before the whole run's


def _head_could_begin(loose: regex.Pattern, verdicts: dict[str, bool], ahead: str) -> bool:
    """Whether a match of `loose` could begin with the first `HEAD_CHARS` characters of `ahead`
    (True for a run no longer than that), remembered in `verdicts` as the verdict of that shorter
    run, which it is. Where no match can begin with them, none can begin with `ahead`, which opens
    with them (the same reasoning as a lead class's one character, or the times grammar's firsts
    by two characters). Why: a run not seen before costs a partial match of the whole pattern (20
    microseconds for a times rule or the Bengali quote cues); in a stream of new articles 3 in 10
    such runs of 3-4 characters open with 2 that no match can begin with, and pairs are few, so
    their verdicts are mostly known already.
    Example: (regex.compile("ab"), {}, "xyz") -> False, and the verdicts then hold "xy": False."""
    if len(ahead) <= HEAD_CHARS:
        return True
    head = ahead[:HEAD_CHARS]
    ok = verdicts.get(head)
    if ok is None:
        ok = verdicts[head] = loose.match(head, partial=True) is not None
    return ok


def _looser(rx: regex.Pattern) -> regex.Pattern | None:
    """`rx` compiled without its checks of the text before it (looser_without_looks_before), or None."""
    pattern = None if rx.flags & regex.VERBOSE else looser_without_looks_before(rx.pattern)
    if pattern is None:
        return None
    try:
        return regex.compile(pattern, rx.flags)
    except regex.error:
        return None


_SCANS: dict[tuple[int, str], tuple[regex.Pattern, LeadScan]] = {}
_LOCK = threading.Lock()


def lead_scan(rx: regex.Pattern, prefix: str = "") -> LeadScan:
    """The LeadScan of a compiled pattern (see LeadScan for `prefix`), built once per pattern
    object for the process."""
    key = (id(rx), prefix)
    got = _SCANS.get(key)
    if got is None or got[0] is not rx:
        with _LOCK:
            got = _SCANS[key] = (rx, LeadScan(rx, prefix))  # the pattern is kept: its id is not reused
    return got[1]
