"""Span rules about how news writes several people at once.

- **Lists** (`listed_names`): "প্যাট কামিন্স, জশ হ্যাজলউড ও টিম ডেভিডকে", "নাহিদ রানা, আলিস
  আল ইসলাম ও সুফিয়ান মুকিম". A list joins like with like: where the members on both sides of an
  untagged member are people, the member between them is one too, when its words could be a
  name (letters only, no common word, no title). The model tags the well-known members and
  leaves the rare name in the middle O.
- **Lists opened by a rare name** (`first_listed_names`): "মাআজ সাদাকাত, হাবিবুর রহমান সোহান ও
  জাকের আলী": the member before a comma, when the next two members are people, is a person too.

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


def first_listed_names(words: list[str], spans: list[Span], joiners: frozenset[str],
                       may_be_name: Callable[[str], bool]) -> list[Span]:
    """`spans` with the untagged member that opens a list of people: a run of two to
    `MAX_MEMBER_WORDS` words no span covers, each passing `may_be_name`, right before a comma that
    opens a PER span which a joiner and another PER span follow; the run starts the sentence or
    follows a joiner or an untagged word that cannot be a name. Why: the model leaves a rare first name of
    a line-up O while it tags the members after it, and the run's left edge is where the words
    stop looking like a name ("ছিলেন", a verb). A one-word run is left alone: a single word before
    a comma is as often a clause's last word.
    Example: ["মাআজ", "সাদাকাত", ",", "হাবিবুর", "রহমান", ",", "জাকের", "আলী"],
    [(3, 5, "PER"), (6, 8, "PER")], {",", "ও"}, lambda w: True
    -> [(0, 2, "PER"), (3, 5, "PER"), (6, 8, "PER")]."""
    people = {a: b for a, b, label in spans if label == "PER"}
    if len(people) < 2 or "," not in words:
        return spans
    taken = {k for a, b, _ in spans for k in range(a, b)}
    out = list(spans)
    for a, b in people.items():
        if a < 3 or words[a - 1] != "," or b >= len(words) or words[b] not in joiners or b + 1 not in people:
            continue
        first = a - 1   # the comma; the run ends before it
        while first > 0 and a - 1 - first < MAX_MEMBER_WORDS and first - 1 not in taken \
                and words[first - 1] not in joiners and may_be_name(words[first - 1]):
            first -= 1
        opened = first == 0 or words[first - 1] in joiners or \
            (first - 1 not in taken and not may_be_name(words[first - 1]))   # not cut out of a longer run
        if a - 1 - first >= 2 and opened:
            out.append((first, a - 1, "PER"))
    return sorted(out)
