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


def people_in_lists(words: list[str], spans: list[Span], joiners: frozenset[str], may_be_name: Callable[[str], bool],
                    is_name_word: Callable[[int], bool], marks: frozenset[str]) -> list[Span]:
    """`spans` with the untagged members of a list that holds a person, as people, when they have
    a name's shape: one to `MAX_MEMBER_WORDS` words passing `may_be_name`, one of them a known
    person-name word (`is_name_word(k)`), set off from the rest of the sentence by joiners, `marks`,
    the sentence's edges or a bracket after the member ("সানজিদা আক্তার, আইরিন খাতুন, সাগরিকা ও ...";
    "নায়াব ইউসুফ আহমেদ (বিএনপি), মো. আবদুত তাওয়াব (জামায়াত), ..."). A list joins like with
    like: the member next to a person is read the way the person is, and the next member in turn.
    Example: ["রহিম", "উদ্দিন", ",", "করিম", "শেখ", "ও", "আমি"], [(0, 2, "PER")] with "করিম" a name
    word -> [(0, 2, "PER"), (3, 5, "PER")]."""
    people = [(a, b) for a, b, label in spans if label == "PER"]
    if not people or joiners.isdisjoint(words):
        return spans
    taken = {k for a, b, _ in spans for k in range(a, b)}
    found: list[Span] = []
    for a, b in people:
        while a > 0 and a - 1 not in taken and words[a - 1].endswith(".") and may_be_name(words[a - 1]):
            a -= 1   # the person's own abbreviations the model left out ("মো." before "আবদুত তাওয়াব")
        for step in (_member_after, _member_before):
            edge = b if step is _member_after else a
            while (member := step(words, edge, taken, joiners, may_be_name, marks)) is not None:
                if not any(map(is_name_word, range(*member))):
                    break
                found.append((*member, "PER"))
                taken.update(range(*member))
                edge = member[1] if step is _member_after else member[0]
    return sorted([*spans, *found])


def _bracket_end(words: list[str], k: int) -> int:
    """Where the words after `k` go on past a short bracket right at `k` (a party, an age, a
    place: "(বিএনপি)"), else `k`. Example: ["(", "বিএনপি", ")", ","], 0 -> 3."""
    if k < len(words) and words[k] == "(" and ")" in words[k + 1:k + 2 + MAX_MEMBER_WORDS]:
        return words.index(")", k + 1) + 1
    return k


def _bracket_start(words: list[str], k: int) -> int:
    """`_bracket_end` read backwards: where the words before `k` stop past a short bracket ending
    right before `k`, else `k`. Example: ["আহমেদ", "(", "বিএনপি", ")", ","], 4 -> 1."""
    if k > 0 and words[k - 1] == ")" and "(" in words[max(0, k - 2 - MAX_MEMBER_WORDS):k - 1]:
        return k - 1 - words[k - 2::-1].index("(") - 1
    return k


def _member_after(words, end, taken, joiners, may_be_name, marks) -> tuple[int, int] | None:
    """(start, end) of the untagged member after a joiner that follows `end` (past a bracket),
    set off on its right by a joiner, a mark, a bracket or the sentence's end: a member that runs
    on into its clause ("... ও অমিতাভ বলেন") is as often a word of the clause; else None."""
    k = _bracket_end(words, end)
    if k >= len(words) or words[k] not in joiners:
        return None
    first = last = k + 1
    while last < len(words) and last - first < MAX_MEMBER_WORDS and last not in taken \
            and words[last] not in joiners and may_be_name(words[last]):
        last += 1
    closed = last == len(words) or words[last] in joiners or words[last] in marks or words[last] == "("
    return (first, last) if first < last and closed else None


def _member_before(words, start, taken, joiners, may_be_name, marks) -> tuple[int, int] | None:
    """(start, end) of the untagged member before a joiner that comes right before `start`, its
    bracket skipped, set off on its left by a joiner, a mark or the sentence's start; else None."""
    if start == 0 or words[start - 1] not in joiners:
        return None
    last = first = _bracket_start(words, start - 1)
    while first > 0 and last - first < MAX_MEMBER_WORDS and first - 1 not in taken \
            and words[first - 1] not in joiners and may_be_name(words[first - 1]):
        first -= 1
    closed = first == 0 or words[first - 1] in joiners or words[first - 1] in marks
    return (first, last) if first < last and closed else None
