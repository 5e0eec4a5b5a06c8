"""Newspapers named with the word written before their title: the English article ("দ্য ডেইলি
স্টারের", "দ্য ট্রিবিউনে") or the word for a daily ("দৈনিক ইত্তেফাককে", "দৈনিক ডনের"). The word
is part of the name (GUIDELINES N3: the longer official name is the surface), and the title is
often a word the model never saw, so it leaves the name untagged or tags it with words before it
("ব্রিটিশ পত্রিকা দ্য গার্ডিয়ান").

The words are the pack's data (`ner.yaml` `gazetteer.newspapers`): `openers`, the words before a
title, and `titles`, words that end a newspaper's title ("স্টার", "টাইমস", "ডন"), as written
or inflected. Alone the opener names nothing: "দৈনিক মজুরি" is a daily wage, "চার্জ দ্য
অ্যাফেয়ার্স" a diplomat's rank.
"""
from __future__ import annotations

from typing import Callable

from ..lang.pack_keys import reject_unknown_keys

Span = tuple[int, int, str]   # token start, token end (exclusive), label
MAX_TITLE_WORDS = 3           # "দ্য নিউ ইয়র্ক টাইমসের": three words after the opener


def newspapers_from(cfg: dict | None, fold: Callable[[str], str]) -> tuple[frozenset[str], frozenset[str]]:
    """(openers, titles) of the pack's `newspapers` settings, folded; empty without them.
    Example: {"openers": ["দ্য"], "titles": ["স্টার"]} -> ({"দ্য"}, {"স্টার"})."""
    cfg = cfg or {}
    reject_unknown_keys(cfg, {"openers", "titles"}, section="newspapers")
    return (frozenset(fold(x) for x in cfg.get("openers") or ()),
            frozenset(fold(x) for x in cfg.get("titles") or ()))


def with_newspaper_names(folded: list[str], spans: list[Span], openers: frozenset[str], titles: frozenset[str],
                         stems: Callable[[str], list[str]], common: Callable[[str], bool] = lambda w: False) -> list[Span]:
    """`spans` with an ORG over each opener and the title after it: one to `MAX_TITLE_WORDS`
    words, the last a title word (maybe inflected), none before it a `common` word of running
    text ("দৈনিক ভিত্তিতে হিন্দু ...": daily, then "Hindu", no paper); the name replaces the spans
    inside it and a span that ends with it ("ব্রিটিশ পত্রিকা দ্য গার্ডিয়ান" -> "দ্য গার্ডিয়ান"). A span going on
    past the title is a longer name: it takes the opener when it starts after it ("দ্য" +
    "টাইমস অব ইন্ডিয়ার"), and is left as it is when the opener is inside it. Without a title
    word, an ORG span right after an untagged opener takes it ("দৈনিক" + "প্রথম আলোর").
    `folded` are the sentence's words, folded.
    Example: ["দ্য", "ট্রিবিউনে", "প্রকাশ"], [] -> [(0, 2, "ORG")]."""
    out = list(spans)
    for k, word in enumerate(folded):
        if word not in openers:
            continue
        end = _title_end(folded, k, titles, stems, common)
        out = _named(out, k, end) if end else _opener_joined(out, k)
    return sorted(out)


def _title_end(folded: list[str], k: int, titles: frozenset[str], stems, common) -> int | None:
    """The end of the title after the opener at `k`: after the first title word within
    `MAX_TITLE_WORDS`, with no common word before it; None when there is none.
    Example: ["দ্য", "ডেইলি", "স্টারের"], 0 -> 3 with "স্টার" a title word."""
    for j in range(k + 1, min(k + 1 + MAX_TITLE_WORDS, len(folded))):
        if folded[j] in titles or not titles.isdisjoint(stems(folded[j])):
            return j + 1
        if common(folded[j]):
            return None
    return None


def _named(spans: list[Span], k: int, end: int) -> list[Span]:
    """`spans` with the newspaper name (k, end) (`with_newspaper_names`).
    Example: [(0, 4, "ORG")], 2, 4 -> [(2, 4, "ORG")]; [(1, 5, "ORG")], 0, 2 -> [(0, 5, "ORG")]."""
    touching = [s for s in spans if s[0] < end and k < s[1]]
    longer = [s for s in touching if s[1] > end]
    if longer:
        if len(touching) == 1 and longer[0][0] > k:
            return [s for s in spans if s != longer[0]] + [(k, longer[0][1], "ORG")]
        return spans
    return [s for s in spans if s not in touching] + [(k, end, "ORG")]


def _opener_joined(spans: list[Span], k: int) -> list[Span]:
    """`spans` with the ORG span right after an untagged opener at `k` grown over it.
    Example: [(1, 3, "ORG")], 0 -> [(0, 3, "ORG")]; [(1, 2, "LOC")], 0 -> unchanged."""
    if any(a <= k < b for a, b, _ in spans):
        return spans
    after = next((s for s in spans if s[0] == k + 1 and s[2] == "ORG"), None)
    return spans if after is None else [s for s in spans if s != after] + [(k, after[1], "ORG")]
