"""Gazetteer scan: every registry alias in the text, longest match first.

A prefix dictionary over word tokens (first token -> alias token tuples, longest first) makes
this one dictionary probe per token. Tokens may carry a case ending ("পুতিনের", "মস্কোতে"):
each token of an alias may match the text token exactly or through a stem of the language's
suffix list. Tokens of one mention are separated only by spaces or hyphens (never by a line
break or punctuation). Cased scripts need a capital on the first and last token of a match, and
acronyms ("UN", "AFP") must be written in capitals.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from .keys import is_cased, tokens, tokens_in
from .registry import LangInfo, Registry

GAP = regex.compile(r"[ \t\u00a0\-\u2010\u2011\u2013]*|['\u2019]")   # "China's foreign ministry"
HONORIFIC_GAP = regex.compile(r"\.?[ \t\u00a0]*")   # "মি. রহমান", "Mr. Rahman", "Mr Rahman"


@dataclass
class Mention:
    start: int
    end: int
    key: tuple
    actor_ids: list
    demonym: bool = False


def _case_ok(raw: str, k: tuple, reg: Registry) -> bool:
    if not is_cased(raw):
        return True
    if k in reg.acronyms:
        return raw.isupper()
    return raw[:1].isupper() or raw[:1].isdigit()


def scan(text: str, reg: Registry, li: LangInfo, within: tuple[str, int] | None = None) -> list[Mention]:
    """Every registry alias in `text`, longest match first, left to right.
    Why in pieces: a mention never runs over a character that is neither in a word nor in a
    `GAP` ("।", ",", a line break), so the text is scanned piece by piece between such
    characters, and a piece's mentions are remembered: the entities stage scans each sentence and
    the actors stage then the whole article, whose pieces are the sentences' pieces again.
    `within`: (the article, where `text` starts in it) for a sentence, whose pieces' tokens are
    then cut from the article's, which the actors stage reads again (`keys.tokens_in`).
    Example: scan("পুতিন বলেন। মস্কো", reg, bn) -> [Mention(0, 5, ("পুতিন",), ...), Mention(12, 17, ...)]."""
    memo = _Memo.of(reg, li)
    source, base = within or (text, 0)
    out: list[Mention] = []
    barriers = [(b.start(), b.end()) for b in BARRIER.finditer(text)]
    pos = 0
    for start, end in (*barriers, (len(text), len(text))):
        raw = text[pos:start]
        piece = raw.strip(_GAP_CHARS)
        if piece:
            at = pos + len(raw) - len(raw.lstrip(_GAP_CHARS))
            out += [Mention(at + a, at + b, k, list(ids), dem) for a, b, k, ids, dem in memo.scanned(piece, within=(source, base + at))]
        pos = end
    return names_across_commas(text, out, barriers, memo)


# a comma between words, as in a list inside one body's name
LIST_COMMA = regex.compile(r"(?<=[\p{L}\p{M}]),(?=[ \t\u00a0]*[\p{L}\p{M}])")
MIN_LIST_NAME_WORDS = 4   # "A, B ও C মন্ত্রণালয়": shorter runs across a comma are lists of names


def names_across_commas(text: str, found: list[Mention], barriers: list[tuple[int, int]],
                        memo: "_Memo") -> list[Mention]:
    """Mentions of long aliases that run over a comma between words, which `scan`'s pieces stop
    at: a body named by a list of its fields ("স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়",
    "Ministry of Posts, Telecommunications and Information Technology"). The sentence around each
    comma is scanned again with the comma read as a space (same offsets), and a mention of at
    least MIN_LIST_NAME_WORDS words over it replaces the mentions inside it. `barriers`: the
    (start, end) of each `BARRIER` in `text`, which `scan` found already.
    Example: "স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়ের সচিব" -> one mention of the ministry."""
    commas = [m.start() for m in LIST_COMMA.finditer(text)]
    if not commas:
        return found
    # a comma between words is a barrier of its own (a letter before it, a space or a letter
    # after it), so its neighbours bound its sentence
    starts = [a for a, _ in barriers]
    wide: list[Mention] = []
    for at in commas:
        i = bisect_left(starts, at)   # barriers[i] is the comma itself
        lo = barriers[i - 1][1] if i else 0
        hi = barriers[i + 1][0] if i + 1 < len(barriers) else len(text)
        piece = text[lo:at] + " " + text[at + 1:hi]
        # the comma key keeps it apart from a piece as written
        for a, b, k, ids, dem in memo.scanned(piece, "," + piece):
            if lo + a < at < lo + b and len(k) >= MIN_LIST_NAME_WORDS:
                wide.append(Mention(lo + a, lo + b, k, list(ids), dem))
    if not wide:
        return found
    kept = [m for m in found if not any(w.start <= m.start and m.end <= w.end for w in wide)]
    return sorted(kept + list({(w.start, w.end): w for w in wide}.values()), key=lambda m: m.start)


# characters that are neither in a word (`keys.TEXT_TOKEN`) nor in a `GAP`: mentions stop at them
BARRIER = regex.compile(r"[^\p{L}\p{M}\p{N}\u200c\u200d \t\u00a0\-\u2010\u2011\u2013'\u2019]+")
_GAP_CHARS = " \t\u00a0-\u2010\u2011\u2013'\u2019"


class _Memo:
    """What one registry and language's scans found, by piece of text, and the candidate aliases
    by first word; both depend on the text and the registry alone. Kept for each of the last few
    (registry, language) asked, and started afresh past MAX entries (a long run must not grow
    without end). Why one per language: a stream of Bengali articles with an English one among
    them threw the Bengali memo away at each English article (4 times in 150 news-dev articles),
    so a piece met again later was scanned again."""
    MAX = 50_000
    KEPT = 4   # (registry, language) pairs remembered: a process holds one registry, two languages
    BY_SECOND_PAST = 8   # a first word with more candidate aliases has them picked by the next word
    by_pair: "dict[tuple[int, int], _Memo]" = {}

    def __init__(self, reg: Registry, li: LangInfo):
        self.reg, self.li = reg, li
        self.pieces: dict[str, tuple] = {}
        self.firsts: dict[str, list[tuple]] = {}
        self.seconds: dict[str, tuple] = {}   # `by_second`'s index of a first word's candidates

    @classmethod
    def of(cls, reg: Registry, li: LangInfo) -> "_Memo":
        memo = cls.by_pair.get((id(reg), id(li)))
        if memo is None or memo.reg is not reg or memo.li is not li:   # ids of objects since freed
            if len(cls.by_pair) >= cls.KEPT:
                cls.by_pair.clear()
            memo = cls.by_pair[(id(reg), id(li))] = cls(reg, li)
        return memo

    def scanned(self, piece: str, key: str | None = None, within: tuple[str, int] | None = None) -> tuple:
        """`_scan_piece` of `piece`, remembered under `key` (the piece itself unless given);
        `within`: (a text, where `piece` starts in it), whose tokens `piece`'s are cut from."""
        key = piece if key is None else key
        found = self.pieces.get(key)
        if found is None:
            if len(self.pieces) >= self.MAX:
                self.pieces.clear()
            found = self.pieces[key] = _scan_piece(piece, self.reg, self.li, self, within)
        return found

    def first_candidates(self, t0: str) -> list[tuple]:
        """The aliases that may start at a word folded to `t0` (as written or by a stem), longest
        first; among equally long ones those of the word as written first."""
        cands = self.firsts.get(t0)
        if cands is None:
            cands = list(self.reg.scan_first.get(t0, ()))
            for stem in self.li.morph.stems(t0):
                cands += self.reg.scan_first.get(stem, ())
            cands.sort(key=len, reverse=True)
            if len(self.firsts) >= self.MAX:
                self.firsts.clear()
            self.firsts[t0] = cands
        return cands

    def by_second(self, t0: str, cands: list[tuple], t1: str | None) -> list[tuple]:
        """Of `cands` (`first_candidates(t0)`), those that can match where the next word is
        folded to `t1` (None: no word follows): the one-word aliases and those whose second word
        is `t1` or a stem of it, in `cands`' order. The others fail at their second word in
        `_scan_piece`, so it finds the same alias. Why: a common first word ("বাংলাদেশ", "national")
        starts hundreds of aliases, and each was tried at each of its occurrences.
        Example: cands [("a", "b", "c"), ("a", "x"), ("a",)], t1 "bের" (stem "b") ->
        [("a", "b", "c"), ("a",)]."""
        index = self.seconds.get(t0)
        if index is None or index[0] is not cands:
            if len(self.seconds) >= self.MAX:
                self.seconds.clear()
            by2: dict[str, list[int]] = {}
            for p, k in enumerate(cands):
                if len(k) > 1:
                    by2.setdefault(k[1], []).append(p)
            index = self.seconds[t0] = (cands, [p for p, k in enumerate(cands) if len(k) == 1], by2,
                                        sorted({len(w) for w in by2}))
        _, singles, by2, lengths = index
        if t1 is None:
            return [cands[p] for p in singles]
        picked = singles + by2.get(t1, [])
        # a stem is the start of its word: stems are asked only when a second word starts `t1`
        heads = [t1[:n] for n in lengths if n < len(t1) and t1[:n] in by2]
        if heads:
            stems = self.li.morph.stems(t1)
            picked += [p for w in heads if w in stems for p in by2[w]]
        picked.sort()
        return [cands[p] for p in picked]


def _scan_piece(text: str, reg: Registry, li: LangInfo, memo: _Memo,
                within: tuple[str, int] | None = None) -> tuple:
    """`scan` of one piece: (start, end, alias key, actor ids, demonym) per mention. `within`:
    (a text, where the piece starts in it); a piece ends at characters no token holds, so its
    tokens are that text's tokens inside it (`tokens_in`: an article's are read once)."""
    toks = tokens(text) if within is None else tokens_in(within[0], within[1], within[1] + len(text))
    out = []
    i, n = 0, len(toks)
    firsts = memo.firsts   # `first_candidates`' memo, asked here first: most words are in it
    stems, gap = li.morph.stems, GAP.fullmatch   # an alias word matches as written or a stem
    while i < n:
        s0, e0, t0 = toks[i]
        hit = None
        cands = firsts.get(t0)
        if cands is None:
            cands = memo.first_candidates(t0)
        if len(cands) > _Memo.BY_SECOND_PAST:   # most of a common first word's aliases fail at their second word
            cands = memo.by_second(t0, cands, toks[i + 1][2] if i + 1 < n else None)
        for k in cands:
            L = len(k)
            if i + L > n:
                continue
            ok = True
            for j in range(1, L):   # word 0 matches: the alias is one of t0's candidates
                ts, te, tt = toks[i + j]
                kj = k[j]
                # a stem is the start of its word: most candidates fail there, before `stems` is asked
                if not (tt == kj or (tt.startswith(kj) and kj in stems(tt))) or not gap(text, toks[i + j - 1][1], ts):
                    ok = False
                    break
            if not ok:
                continue
            first_raw = text[s0:e0]
            last_raw = text[toks[i + L - 1][0]:toks[i + L - 1][1]]
            if not (_case_ok(first_raw, k, reg) and (k in reg.lower_tail or _case_ok(last_raw, k, reg))):
                continue
            hit = k
            break
        if hit is None:
            i += 1
            continue
        cands = reg.alias[hit]
        out.append((s0, toks[i + len(hit) - 1][1], hit, tuple(c[0] for c in cands), all(c[1] for c in cands)))
        i += len(hit)
    return tuple(out)


def scan_parts(text: str, parts: dict[str, str], li: LangInfo,
               titled: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Single-token short names of actors already named in the article ("কিমকে", "Peskov").
    In a cased script a capitalised neighbour means the token belongs to another, longer name
    ("Zaima Rahman" after "Tarique Rahman"), so it is left alone."""
    toks = tokens(text)
    out = []
    # a stem is its word with an ending cut: only a word that begins as some part does can have one
    heads = {p[:1] for p in parts}
    for i, (s, e, t) in enumerate(toks):
        aid = parts.get(t)
        if aid is None and (t[:1] in heads or "" in heads):
            for stem in li.morph.stems(t):
                aid = parts.get(stem)
                if aid:
                    break
        if not aid and titled and i and toks[i - 1][2] in li.honorifics \
                and HONORIFIC_GAP.fullmatch(text, toks[i - 1][1], s):
            aid = titled.get(t) or next((titled[x] for x in li.morph.stems(t) if x in titled), None)
        if not aid:
            continue
        raw = text[s:e]
        if is_cased(raw):
            if not raw[0].isupper() or _capitalised_neighbour(text, toks, i, li):
                continue
        out.append((s, e, aid))
    return out


def _capitalised_neighbour(text: str, toks, i: int, li: LangInfo) -> bool:
    for j in (i - 1, i + 1):
        if not 0 <= j < len(toks):
            continue
        a, b = (toks[j][1], toks[i][0]) if j < i else (toks[i][1], toks[j][0])
        if not GAP.fullmatch(text, a, b):
            continue  # punctuation in between: a different phrase
        raw, folded = text[toks[j][0]:toks[j][1]], toks[j][2]
        if raw[:1].isupper() and folded not in li.honorifics and folded not in li.determiners \
                and not any(folded in k for k in li.role_words):
            return True
    return False


def _same_word(text_tok: str, name_tok: str, li: LangInfo) -> bool:
    """One word of a name, either side possibly inflected ("সিংকে" and "সিং", "আজম" and "আজমের")."""
    if text_tok == name_tok:
        return True
    a, b = {text_tok, *li.morph.stems(text_tok)}, {name_tok, *li.morph.stems(name_tok)}
    return bool(a & b)


def grow_to_names(text: str, found: list[tuple[int, int, str]], names: dict[str, list[tuple[str, ...]]],
                  li: LangInfo) -> list[tuple[int, int, str]]:
    """Short-name hits (`scan_parts`) grown over the neighbouring words that continue one full
    name of the same actor, as written: after "ভগত সিং" is named, "ভগত সিংকে" is one mention, not
    "ভগত" (a span too short to be the name); "কায়েদে আজম" grows from "আজম" when the article's
    name is "কায়েদে আজম জিন্নাহ". Hits inside a grown span are dropped.
    Example: found [(0, 3, "a1")] over "ভগত সিংকে বলা", names {"a1": [("ভগত", "সিং")]} -> [(0, 9, "a1")]."""
    toks = tokens(text)
    at = {s: i for i, (s, _, _) in enumerate(toks)}
    grown = []
    for s, e, aid in found:
        i = at.get(s)
        lo = hi = i
        for full in names.get(aid, ()) if i is not None else ():
            for p, word in enumerate(full):
                if not _same_word(toks[i][2], word, li):
                    continue
                a, q = i, p
                while q > 0 and a > 0 and GAP.fullmatch(text, toks[a - 1][1], toks[a][0]) \
                        and _same_word(toks[a - 1][2], full[q - 1], li):
                    a, q = a - 1, q - 1
                b, q = i, p
                while q + 1 < len(full) and b + 1 < len(toks) and GAP.fullmatch(text, toks[b][1], toks[b + 1][0]) \
                        and _same_word(toks[b + 1][2], full[q + 1], li):
                    b, q = b + 1, q + 1
                if b - a > hi - lo:
                    lo, hi = a, b
        grown.append((toks[lo][0], toks[hi][1], aid) if i is not None else (s, e, aid))
    return [x for x in dict.fromkeys(grown)
            if not any(y != x and y[0] <= x[0] and x[1] <= y[1] and y[2] == x[2] for y in grown)]
