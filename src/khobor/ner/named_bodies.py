"""Bodies named by a proper name and a head word of their kind: companies ("দেশবন্ধু গ্রুপের",
"সিমটেক্স ইন্ডাস্ট্রিজ", "ইটা অ্যান্ড টাইলস লিমিটেডের", "ফাইন ফুডস") and local clubs ("গাবুরা
ফ্রেন্ডস ক্লাব", "সিরাজ স্মৃতি সংসদ", "সোরা সূর্যতরুণ যুব সংঘের"). Their own names are no places,
so the grammar of headed names (`khobor.ner.headed_names`, opened by a place) never finds them,
and the model, which rarely saw such names, leaves them O or tags the proper name alone.

The head closes the name (maybe with a case ending: Bengali marks case on a phrase's last word);
before it stand words of the kind of body (`inner`: "স্মৃতি", "যুব", "ফুড", "অ্যান্ড") and, before
those, one to `MAX_NAME_WORDS` words of the body's own name: untagged words that may name (no
common word of running text, bare) or one span of the model's or the registry's. A person's span
opens only the heads of companies named after their founders (`person_heads`: "এস আলম গ্রুপ"), or
any head with a kind word between ("সিরাজ স্মৃতি সংসদ"): "রোনালদো ক্লাবের হয়ে" is Ronaldo playing
for his club. The grown span replaces the spans inside it; a span across its edges leaves it out.

The words are the pack's (`ner.yaml` `gazetteer.named_bodies`: `heads` with the label of the
whole name, `inner`, `person_heads`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..lang.pack_keys import reject_unknown_keys
from .headed_names import Span, with_whole_name

MAX_NAME_WORDS = 3   # "এমএসটি মেরিন সার্ভিসেস"; a longer run is a clause or a list
KEYS = {"heads", "inner", "person_heads", "not_by_places", "after_kinds_only", "named_only", "loan_heads"}
MIN_LOAN_NAME_WORDS = 2   # "বোম্ব ডিসপোজাল ইউনিট"; one word before the head names a kind ("রিক্রুটিং এজেন্সি")
PLACE_LABELS = frozenset({"LOC", "GPE"})


@dataclass(frozen=True)
class BodyWords:
    """The pack's words, folded: head -> label, kind words inside names, heads a person opens,
    heads a place does not open (a country's team in a tournament's group: "মোজাম্বিক গ্রুপ ‘এফ’")."""
    heads: dict[str, str]
    inner: frozenset[str]
    person_heads: frozenset[str]
    not_by_places: frozenset[str] = frozenset()
    # heads that close such a name only after a kind word ("সিরাজ স্মৃতি সংসদ"; "ব্রিটিশ সংসদ" is a parliament)
    after_kinds_only: frozenset[str] = frozenset()
    # heads whose name must hold a known name, a span or a person-name word: "group" follows common
    # nouns too ("এক্সপার্ট গ্রুপ", an expert group; "মজুমদার গ্রুপের" is a company)
    named_only: frozenset[str] = frozenset()
    # heads of bodies named in English words written in Bengali ("হেলথ সিকিউরিটি এজেন্সির"): they
    # close a name of two words or more that are all such words, never one word of a kind of
    # body ("রিক্রুটিং এজেন্সির": a recruiting agency) nor Bengali words ("পূজা কমিটির")
    loan_heads: frozenset[str] = frozenset()


def bodies_from(cfg: dict | None, fold, where: str = "ner.yaml") -> BodyWords | None:
    """The words of the pack's `named_bodies`, or None when it has none; an unknown key is an
    error naming `where`. Example: {"heads": {"গ্রুপ": "ORG"}, "inner": ["ফুড"]}
    -> BodyWords(heads={"গ্রুপ": "ORG"}, inner={"ফুড"}, person_heads=set())."""
    if not cfg:
        return None
    reject_unknown_keys(cfg, KEYS, where, "named_bodies")
    return BodyWords(heads={fold(k): v for k, v in (cfg.get("heads") or {}).items()},
                     inner=frozenset(fold(x) for x in cfg.get("inner") or ()),
                     person_heads=frozenset(fold(x) for x in cfg.get("person_heads") or ()),
                     not_by_places=frozenset(fold(x) for x in cfg.get("not_by_places") or ()),
                     after_kinds_only=frozenset(fold(x) for x in cfg.get("after_kinds_only") or ()),
                     named_only=frozenset(fold(x) for x in cfg.get("named_only") or ()),
                     loan_heads=frozenset(fold(x) for x in cfg.get("loan_heads") or ()))


def body_head(word: str, words: BodyWords, stems) -> str | None:
    """The head word that `word` is, as written or inflected, else None.
    Example: "গ্রুপের" -> "গ্রুপ"; "গ্রাম" -> None."""
    if word in words.heads:
        return word
    return next((x for x in stems(word) if x in words.heads), None)


def named_bodies(folded: list[str], spans: list[Span], words: BodyWords, stems,
                 may_name: Callable[[int], bool], is_name_word: Callable[[int], bool] = lambda k: False,
                 is_bare: Callable[[int], bool] = lambda k: True,
                 is_loan: Callable[[int], bool] = lambda k: False) -> list[Span]:
    """`spans` with each body's name that ends in a head of `words`: kind words, and before them
    the body's own name (`_own_name_start`); `may_name(k)`: word `k`, untagged, may be part of a
    name; `is_name_word(k)`: it is a known person-name word (for `named_only` heads); `is_bare(k)`:
    word `k` has no case ending, so a span ending on it may open a name ("বরগুনা সরকারি কলেজের
    একাদশ" is the college's eleven, no body named "... একাদশ"); `is_loan(k)`: word `k` is an
    English word written in Bengali (for `loan_heads`: `loan_name`). Heads already closing a span of more than kind words are left to it. Read from the
    sentence's end: a head may stand among the kind words of a longer name ("সিমটেক্স
    ইন্ডাস্ট্রিজ লিমিটেড"), which the last head closes.
    Example: ["দেশবন্ধু", "গ্রুপের", "খাদ্যপণ্য"], [] -> [(0, 2, "ORG")]."""
    out = list(spans)
    for k in range(len(folded) - 1, -1, -1):
        head = body_head(folded[k], words, stems)
        if head is None:
            continue
        j = k
        while j > 0 and folded[j - 1] in words.inner:
            j -= 1
        if j == k and head in words.after_kinds_only:
            continue
        around = [s for s in out if s[0] < k + 1 and j < s[1]]   # spans over the kind words or the head
        if _person_over_kind(around, j, k):   # "সিরাজ স্মৃতি সংসদ" tagged a person: no name of a
            out = [s for s in out if s != around[0]] + [(around[0][0], k + 1, words.heads[head])]   # person holds them
            continue
        if any(s[0] < j or s[1] > k + 1 for s in around):
            continue   # a name already holds them, or runs past the head
        opens = {"PER": head in words.person_heads or j < k, "PLACE": head not in words.not_by_places}
        start = _own_name_start(out, j, may_name, opens, is_bare)
        if start is not None and head in words.named_only and not any(s[1] == j for s in out) \
                and not any(map(is_name_word, range(start, j))):
            continue
        if start is not None and head in words.loan_heads and not loan_name(start, k, is_loan):
            continue
        if start is not None:
            out = with_whole_name(out, start, k + 1, words.heads[head])
    return sorted(out)


def loan_name(start: int, head: int, is_loan: Callable[[int], bool]) -> bool:
    """Whether the words `start:head` before a head of `loan_heads` are a body's English name:
    `MIN_LOAN_NAME_WORDS` or more, each an English word written in Bengali (`is_loan`).
    Example: ["হেলথ", "সিকিউরিটি", "এজেন্সির"], 0, 2 -> True; ["রিক্রুটিং", "এজেন্সির"], 0, 1 -> False."""
    return head - start >= MIN_LOAN_NAME_WORDS and all(map(is_loan, range(start, head)))


def _person_over_kind(around: list[Span], j: int, k: int) -> bool:
    """Whether the one span over the kind words `j:k` and the head `k` is a person's that starts
    before them and ends at the head: the model's reading of a club named in someone's memory.
    Example: [(0, 3, "PER")], 1, 2 -> True; [(0, 2, "PER")], 1, 1 -> False (no kind word)."""
    return len(around) == 1 and around[0][2] == "PER" and around[0][0] < j < k + 1 == around[0][1] and j < k


def _own_name_start(spans: list[Span], at: int, may_name, opens: dict[str, bool], is_bare=lambda k: True) -> int | None:
    """Where the body's own name before `at` starts: one span ending at `at` on a bare word (a
    person's or a place's only when `opens` says so for "PER" or "PLACE"), or one to
    `MAX_NAME_WORDS` untagged words for which `may_name` holds; None when there is neither.
    Example: [], 2 with both words names -> 0 (["গাবুরা", "ফ্রেন্ডস", "ক্লাব"])."""
    ending = next((s for s in spans if s[1] == at), None)
    if ending is not None:
        kind = "PLACE" if ending[2] in PLACE_LABELS else ending[2]
        return ending[0] if opens.get(kind, True) and is_bare(at - 1) else None
    taken = {k for a, b, _ in spans for k in range(a, b)}
    start = at
    while start > 0 and at - start < MAX_NAME_WORDS and start - 1 not in taken and may_name(start - 1):
        start -= 1
    return start if start < at else None
