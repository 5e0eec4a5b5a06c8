"""People named by the words around them: news introduces a person it has not named before by an
office or an age, and the model leaves many such rare names untagged.

- **After an office** (`after_offices`): "সাধারণ সম্পাদক সুদীপ্ত ভট্টাচার্য এক বিবৃতিতে ...",
  "কোচ ফিল সিমন্স বলেন": an office word of the pack (`ner.yaml` `gazetteer.person_contexts`
  `offices`), then two or three words that may be a name (letters only, no common word of running
  text, no title, no office), then a word that may not: the words are a person's name. One word
  after an office is left alone ("কর্মকর্তা জানান" is no name, and one rare word is too weak),
  unless it is a known person's name word, maybe with a case ending ("ডক্টর শাহাবুদ্দিনের",
  "গোলকিপার তাসলিমাকে": news names a colleague by the given name alone).
- **Before an age** (`before_ages`): "হারুন মিয়া (৪৫), ছোট ভাই কামাল (৪০)": one to three words
  that may be a name right before an age in brackets (one or two digits) are a person.

Two readings are left to the model (`kept_runs`): a run right after an alias word ("কামরুল হাসান
ওরফে কালা কামরুল (৩০)": the person is named before "ওরফে", and a second person there splits
his mentions), and a run whose inner word is a known name word with a case ending ("ওসি
রাশেদার কবির": Bengali puts the ending on a name's last word, so the run reads "Rasheda's
Kabir" downstream and takes the quote from the officer). A name before "নামের এক" is not read:
the word before it is too often the name's own first word in common spelling ("আলো দেব নামের
এক যুবক" gave "দেব").

Only untagged words are read: a run any span touches is left to that span.
"""
from __future__ import annotations

from typing import Callable

from ..lang.pack_keys import reject_unknown_keys

Span = tuple[int, int, str]   # token start, token end (exclusive), label
MAX_NAME = 3                  # a longer run of name-like words is a list or a clause
MAX_AGE_DIGITS = 2            # "(৪৫)" is an age; "(১৪০৭)" is a count

KEYS = {"offices", "not_names", "ages", "posts"}


def contexts_from(cfg: dict | None, fold, where: str) -> dict[str, frozenset[str]]:
    """The pack's `person_contexts` folded with `fold`; an unknown key is an error naming `where`.
    `not_names` are words no such name holds ("ওরফে", alias: the name after it is the alias);
    `posts` are words between an office and the name of who runs for it ("সম্পাদক পদে", for the post of).
    `ages` turns on the names before an age in brackets.
    Example: {"offices": ["ওসি"]} -> {"not_names": set(), "offices": {"ওসি"}, "ages": False}."""
    cfg = cfg or {}
    reject_unknown_keys(cfg, KEYS, where, "person_contexts")
    out = {k: frozenset(fold(w) for w in cfg.get(k) or ()) for k in sorted(KEYS - {"ages"})}
    return {**out, "ages": bool(cfg.get("ages", False))}


def _free(spans: list[Span], n: int) -> list[bool]:
    """Whether each of `n` words is outside every span."""
    free = [True] * n
    for a, b, _ in spans:
        for k in range(a, b):
            free[k] = False
    return free


def after_offices(folded: list[str], spans: list[Span], offices: frozenset[str],
                  may_name: Callable[[int], bool], posts: frozenset[str] = frozenset(),
                  names_alone: Callable[[int], bool] = lambda k: False) -> list[Span]:
    """PER spans over two or three untagged words that may name (`may_name(k)`) right after an
    office word, or after an office and a post word (`posts`: "সম্পাদক পদে খিজির আল সিফাত", a
    candidate for the post), the word after them not one that may name; one such word alone
    when it is a known person's name word (`names_alone(k)`: "গোলকিপার তাসলিমাকে").
    Example: ["সম্পাদক", "সুদীপ্ত", "ভট্টাচার্য", "এক"], [], {"সম্পাদক"}, (k in (1, 2))
    -> [(1, 3, "PER")]."""
    free, out = _free(spans, len(folded)), []
    for k, word in enumerate(folded[:-2]):
        if word not in offices or folded[k + 1] in offices:
            continue
        if folded[k + 1] in posts:
            k += 1
        end = k + 1
        while end < len(folded) and end - k <= MAX_NAME and free[end] and folded[end] not in offices \
                and may_name(end):
            end += 1
        size = end - k - 1
        if (2 <= size <= MAX_NAME or size == 1 and names_alone(k + 1)) \
                and (end == len(folded) or not may_name(end)):
            out.append((k + 1, end, "PER"))
    return out


def _name_before(stop: int, free: list[bool], may_name: Callable[[int], bool]) -> int | None:
    """The first word of the run of one to three untagged words that may name ending before
    `stop`, the word before it not one that may name; None when there is none.
    Example: stop 2, every word free and name-like from 0 -> 0."""
    start = stop
    while start > 0 and stop - start < MAX_NAME and free[start - 1] and may_name(start - 1):
        start -= 1
    if start == stop or (start > 0 and free[start - 1] and may_name(start - 1)):
        return None
    return start


def before_ages(words: list[str], spans: list[Span], may_name: Callable[[int], bool]) -> list[Span]:
    """PER spans over the one to three untagged words that may name right before an age: "(",
    one or two digits, ")".
    Example: ["কামাল", "(", "৪০", ")"], [], (k == 0) -> [(0, 1, "PER")]."""
    free, out = _free(spans, len(words)), []
    for k in range(1, len(words) - 2):
        if words[k] == "(" and words[k + 2] == ")" and words[k + 1].isdigit() \
                and len(words[k + 1]) <= MAX_AGE_DIGITS:
            start = _name_before(k, free, may_name)
            if start is not None:
                out.append((start, k, "PER"))
    return out


def kept_runs(found: list[Span], folded: list[str], aliases: frozenset[str],
              inflected_name: Callable[[int], bool]) -> list[Span]:
    """`found` without the runs right after an alias word (`aliases`: the person is named before
    it) and the runs with an inner word that is a known name in a case ending (`inflected_name(k)`:
    the run may be a possessor and what is theirs).
    Example: ["হাসান", "ওরফে", "কালা", "কামরুল"], [(2, 4, "PER")], {"ওরফে"}, (k < 0) -> []."""
    return [(a, b, t) for a, b, t in found
            if not (a > 0 and folded[a - 1] in aliases) and not any(inflected_name(k) for k in range(a, b - 1))]
