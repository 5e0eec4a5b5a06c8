"""Span rules about how news writes several people at once.

- **Lists** (`listed_names`): "প্যাট কামিন্স, জশ হ্যাজলউড ও টিম ডেভিডকে", "নাহিদ রানা, আলিস
  আল ইসলাম ও সুফিয়ান মুকিম". A list joins like with like: where the members on both sides of an
  untagged member are people, the member between them is one too, when its words could be a
  name (letters only, no common word, no title). The model tags the well-known members and
  leaves the rare name in the middle O.

It works on token spans (start, end exclusive, label) of one sentence, as the rest of
`khobor.ner.gazetteer`, and takes the language's word tests as arguments.
"""
from __future__ import annotations

from typing import Callable

Span = tuple[int, int, str]   # token start, token end (exclusive), label
MAX_MEMBER_WORDS = 3          # "আলিস আল ইসলাম"; a longer run between commas is a clause


def listed_names(words: list[str], spans: list[Span], joiners: frozenset[str],
                 may_be_name: Callable[[str], bool]) -> list[Span]:
    """`spans` with the untagged list members between two people as people: a run of one to
    `MAX_MEMBER_WORDS` words no span covers, right after a joiner (",", "ও", "এবং") that closes
    a PER span and right before a joiner that opens one, every word passing `may_be_name`.
    Example: ["প্যাট", "কামিন্স", ",", "জশ", "হ্যাজলউড", "ও", "টিম", "ডেভিডকে"],
    [(0, 2, "PER"), (6, 8, "PER")], {",", "ও"}, lambda w: True
    -> [(0, 2, "PER"), (3, 5, "PER"), (6, 8, "PER")]."""
    people = [(a, b) for a, b, label in spans if label == "PER"]
    if len(people) < 2 or joiners.isdisjoint(words):
        return spans
    taken = {k for a, b, _ in spans for k in range(a, b)}
    person_start = {a for a, _ in people}
    out = list(spans)
    for _, left_end in people:
        first = left_end + 1   # the member starts after the joiner that closes the person
        if left_end >= len(words) or words[left_end] not in joiners:
            continue
        last = first
        while last < len(words) and last - first < MAX_MEMBER_WORDS and last not in taken \
                and words[last] not in joiners and may_be_name(words[last]):
            last += 1
        if first < last < len(words) - 1 and words[last] in joiners and last + 1 in person_start:
            out.append((first, last, "PER"))
    return sorted(out)
