"""Near-duplicate articles: copies of one report (a wire story run by several outlets, a page
crawled twice with a changed headline or footer) found by MinHash LSH over normalised text.

    index = DuplicateIndex(threshold=0.8)
    index.add(1, text_a)          # -> []           (nothing like it yet)
    index.add(2, text_a_edited)   # -> [(1, 0.86)]  (earlier articles it copies, estimated Jaccard)

Text is compared as sets of word shingles (SHINGLE_WORDS words in a row) after the store's own
normalisation (NFC, joiners, spaces) and case folding, so punctuation, spacing and case do not
count, and Bengali words keep their vowel signs (khobor.textutil.words). LSH proposes candidates;
each is kept only when its estimated Jaccard similarity reaches the threshold (precision first).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH

from ..clean.normalise import normalise_text
from ..textutil import words

SHINGLE_WORDS = 4
NUM_PERM = 128
THRESHOLD = 0.8
MIN_WORDS = 20  # shorter texts share too few shingles for a similarity to mean anything


def normalised_words(text: str) -> list[str]:
    """'Dhaka, the   CAPITAL' -> ['dhaka', 'the', 'capital']"""
    return [w.casefold() for _, _, w in words(normalise_text(text))]


def shingles(tokens: list[str], k: int = SHINGLE_WORDS) -> set[str]:
    """['a', 'b', 'c'] with k=2 -> {'a b', 'b c'}"""
    return {" ".join(tokens[i:i + k]) for i in range(max(len(tokens) - k + 1, 0))}


def signature(text: str) -> LeanMinHash | None:
    """The MinHash of a text's shingles; None for a text under MIN_WORDS words."""
    tokens = normalised_words(text)
    if len(tokens) < MIN_WORDS:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingles(tokens)])
    return LeanMinHash(m)


class DuplicateIndex:
    """Articles added one by one; each addition answers which earlier ones it nearly copies."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[int, LeanMinHash] = {}

    def add(self, key: int, text: str) -> list[tuple[int, float]]:
        sig = signature(text)
        if sig is None:
            return []
        found = []
        for other in self._lsh.query(sig):
            sim = sig.jaccard(self._sigs[other])
            if sim >= self.threshold:
                found.append((other, round(sim, 3)))
        self._lsh.insert(key, sig)
        self._sigs[key] = sig
        return sorted(found, key=lambda kv: (-kv[1], kv[0]))


@dataclass(frozen=True)
class Copy:
    doc: int  # the copy
    report: int  # the first stored article of its report (the smallest doc of the group)
    similarity: float  # to the article it was matched with


def report_groups(texts: Iterable[tuple[int, str]], threshold: float = THRESHOLD) -> list[Copy]:
    """(doc, text) pairs, in stored order -> every article that copies an earlier one, with its
    report. Copies of copies join one report (union-find), led by the earliest article."""
    index = DuplicateIndex(threshold)
    parent: dict[int, int] = {}

    def root(d: int) -> int:
        while parent.get(d, d) != d:
            d = parent[d]
        return d

    best: dict[int, float] = {}
    for doc, text in texts:
        matches = index.add(doc, text)
        if matches:
            roots = {root(m) for m, _ in matches}
            first = min(roots)
            for r in roots:
                parent[r] = first
                if r != first:  # a report leader joined to an earlier report through this article
                    best.setdefault(r, matches[0][1])
            parent[doc] = first
            best[doc] = matches[0][1]
    return [Copy(doc, root(doc), best[doc]) for doc in sorted(best)]
