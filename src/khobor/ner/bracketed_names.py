"""Names that go on past a short form in brackets: "ঢাকা মেডিকেল কলেজ (ঢামেক) হাসপাতালে",
"ঢাকা বিশ্ববিদ্যালয় (ঢাবি) কেন্দ্রীয় মসজিদ", "বাংলাদেশ ন্যাশনাল ক্যাডেট কোর (বিএনসিসি) অধিদফতরের". News
writes a body's short form in brackets after its name at the first mention and goes on to the
hospital, mosque or directorate the body owns; the model closes the name at the bracket and tags the short form
apart, so the whole name (GUIDELINES N4: the largest name) is lost.

An organisation's span, one word of letters in brackets, up to `MAX_INNER` inner words and a head
word (maybe with a case ending) make one span, labelled as the head says; the spans inside it go.
The heads and inner words are the headed names' grammar (`khobor.ner.headed_names`: "হাসপাতাল",
"মসজিদ", "কেন্দ্রীয়") with the pack's own heads of such names (`ner.yaml`
`gazetteer.bracketed_names.heads`: "অধিদফতর"); only heads of bodies and facilities: "জামায়াতে
ইসলামী (জামায়াত) নির্বাচনে" is the party in an election, no event of its name.
"""
from __future__ import annotations

from typing import Callable

from ..lang.pack_keys import reject_unknown_keys

Span = tuple[int, int, str]   # token start, token end (exclusive), label
OPEN, CLOSE = "(", ")"
MAX_INNER = 2   # "(ঢাবি) কেন্দ্রীয় মসজিদ"; more words are a clause, not a name
BODY_LABELS = frozenset({"ORG", "FAC"})


def heads_from(cfg: dict | None, grammar_heads: dict[str, str], fold) -> dict[str, str]:
    """The heads that close such a name: the grammar's heads of bodies and facilities and the
    pack's own (`heads`), folded; empty when the pack has no `bracketed_names`.
    Example: {"heads": {"অধিদফতর": "ORG"}}, {"মসজিদ": "FAC", "নির্বাচন": "EVT"}
    -> {"মসজিদ": "FAC", "অধিদফতর": "ORG"}."""
    if not cfg:
        return {}
    reject_unknown_keys(cfg, {"heads"}, "bracketed_names")
    own = {fold(k): v for k, v in (cfg.get("heads") or {}).items()}
    return {k: v for k, v in {**grammar_heads, **own}.items() if v in BODY_LABELS}


def bracketed_names(folded: list[str], spans: list[Span], heads: dict[str, str], inner: frozenset[str],
                    stems: Callable[[str], list[str]], is_word: Callable[[int], bool]) -> list[Span]:
    """`spans` with each body's name that goes on past a short form in brackets (module
    docstring); `is_word(k)`: word `k` may be the short form (letters only).
    Example: ["ঢাকা", "বিশ্ববিদ্যালয়", "(", "ঢাবি", ")", "কেন্দ্রীয়", "মসজিদে"],
    [(0, 2, "ORG"), (3, 4, "ORG")] -> [(0, 7, "FAC")]."""
    out = list(spans)
    for k, word in enumerate(folded):
        if word != OPEN or k + 3 >= len(folded) or folded[k + 2] != CLOSE or not is_word(k + 1):
            continue
        body = next((s for s in out if s[2] == "ORG" and s[0] < k <= s[1] <= k + 1), None)
        end = _head_after(folded, k + 3, heads, inner, stems) if body else None
        if end is None or any(s[0] < end[0] < s[1] for s in out):
            continue   # no head, or a span runs past it
        out = [s for s in out if s[1] <= body[0] or s[0] >= end[0]] + [(body[0], end[0], end[1])]
    return sorted(out)


def _head_after(folded: list[str], at: int, heads: dict[str, str], inner: frozenset[str],
                stems) -> tuple[int, str] | None:
    """(the end of the name, its label) when inner words from `at` lead to a head, as written or
    inflected; None otherwise. Example: ["কেন্দ্রীয়", "মসজিদে"], 0 -> (2, "FAC")."""
    for j in range(at, min(at + MAX_INNER + 1, len(folded))):
        head = folded[j] if folded[j] in heads else next((x for x in stems(folded[j]) if x in heads), None)
        if head is not None:
            return j + 1, heads[head]
        if folded[j] not in inner:
            return None
    return None
