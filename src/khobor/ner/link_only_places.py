"""Places the actor registry knows by a name it never scans alone (a link-only, `noscan` name):
Bangladesh's upazilas by their bare name ("সেনবাগের", "দাউদকান্দির") and the cities of CLDR
("ব্রিসবেন", "হোবার্টে"). The registry keeps those names link-only because some of them are
words of running text as well ("তালা", a lock; "বিরল", rare; "জার্সি"), so the scanner does not
add them and the NER model, which never saw most of them, leaves them untagged: the places of
local news went missing. Here such a name is a place where the model left the word untagged,
unless the word is one of those that need their context to be a name: a word the shared NER
sets tag O nine times in ten (`ner_common_words.txt`), a person-name word ("মেঘনা", "পলাশ"), a
common noun of actors.yaml `not_names`, or a word of the grammar of headed names ("বন্দর", a port,
is the upazila Bandar too, and a word inside "চট্টগ্রাম বন্দর"); the word as written must be
none of those either ("জুবায়ের", a name, is not "জুবা" inflected). The linker then links the
place through the same link-only name.
"""
from __future__ import annotations

from typing import Callable, Iterable

Span = tuple[int, int, str]   # token start, token end (exclusive), label


def link_only_place_words(keys: Iterable[tuple[str, ...]], is_scanned: Callable[[tuple[str, ...]], bool],
                          label_of: Callable[[tuple[str, ...]], str | None], not_alone: frozenset[str],
                          place_label: str) -> frozenset[str]:
    """The one-word registry aliases (`keys`) that the scanner skips (`is_scanned` False) and
    that get the place label alone (`label_of`), less the words of `not_alone`.
    Example: [("সেনবাগ",), ("তালা",), ("ঢাকা",)], ঢাকা scanned, তালা in not_alone -> {"সেনবাগ"}."""
    return frozenset(k[0] for k in keys
                     if len(k) == 1 and k[0] not in not_alone and not is_scanned(k) and label_of(k) == place_label)


def link_only_place_matches(folded: list[str], places: frozenset[str], stems: Callable[[str], Iterable[str]],
                            place_label: str, not_alone: frozenset[str] = frozenset(),
                            memo: dict[str, bool] | None = None) -> list[Span]:
    """One-word place spans over the words (`folded`) that are, as written or through a stem
    (a case ending off), a word of `places` (`link_only_place_words`), unless the word as written
    or a stem of it is one of `not_alone`: a common word inflected is that word ("ডাকার", of
    calling, is the common "ডাকা" and an ending, though "ডাকার" is Dakar too), and a name may end
    in what looks like a place and an ending ("জুবায়ের"); the merge with the model's spans adds
    the places over untagged words only. `memo`, when given, keeps each word's answer for the
    next call with the same places, stems and `not_alone` (news repeats its words).
    Example: ["সেনবাগের", "ইউএনও"], {"সেনবাগ"} -> [(0, 1, "LOC")]; ["ডাকার"], {"ডাকার"} with "ডাকা"
    in `not_alone` -> []."""
    memo = {} if memo is None else memo
    if len(memo) >= MEMO_MAX:
        memo.clear()
    out = []
    for k, w in enumerate(folded):
        alone = memo.get(w)
        if alone is None:
            alone = memo[w] = _stands_alone_as_place(w, places, stems, not_alone)
        if alone:
            out.append((k, k + 1, place_label))
    return out


MEMO_MAX = 200_000   # words remembered by a `link_only_place_matches` memo before it starts again


def _stands_alone_as_place(w: str, places: frozenset[str], stems: Callable[[str], Iterable[str]],
                           not_alone) -> bool:
    """`link_only_place_matches`' test of one folded word. Example: "সেনবাগের", {"সেনবাগ"} -> True."""
    # the places first: few words are one, and `not_alone` may be a view over several sets (`AnyOf`)
    return ((w in places or any(x in places for x in stems(w)))
            and w not in not_alone and not any(x in not_alone for x in stems(w)))


class AnyOf:
    """The words of any of several sets, asked without building their union. Why: the words a
    link-only place must not be (`not_alone`) are the union of large word lists the NER rules load
    anyway; built (or read from the disk cache) it cost every start ~30,000 words.
    Example: "তালা" in AnyOf(frozenset({"তালা"}), frozenset({"বিরল"})) -> True; "ঢাকা" -> False."""
    __slots__ = ("sets",)

    def __init__(self, *sets: frozenset[str]):
        self.sets = sets

    def __contains__(self, word: object) -> bool:
        return any(word in s for s in self.sets)
