"""Names opened by a word of their own and closed by a head word, with a proper name between:
"সরকারি বাঙলা কলেজের" (Government Bangla College), "সরকারি আজিজুল হক কলেজ", "সরকারি কবি নজরুল
কলেজের". No place opens them, so the grammar of headed names (`khobor.ner.headed_names`) never
finds them; the model tags the person inside ("আজিজুল হক") or nothing.

The openers and heads are the pack's data (`ner.yaml` `gazetteer.opened_names`: `openers`,
`heads` with the label of the name); the head matches as written or through a stem ("কলেজের").
Between them stand one to three words of letters, each a word that may name (no common word of
running text, no inner word of the headed names' grammar) or one of the pack's `name_words`, the
common words that stand inside such names ("কবি", "শহীদ", "মহিলা"), and at least one of the first
kind: "সরকারি একটি কলেজে" (a government college), "সরকারি মেডিকেল কলেজ" (a kind of college) and
"সরকারি চাকরি ছেড়ে রফিক কলেজে" (left a government job and at Rafiq College ...) name nothing.
"""
from __future__ import annotations

from ..lang.pack_keys import reject_unknown_keys
from .headed_names import Span, with_whole_name

MAX_BETWEEN = 3


KEYS = {"openers", "heads", "name_words"}


def opened_from(cfg: dict | None, fold, where: str = "ner.yaml") -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """(openers, head -> label, name words) from the pack's `opened_names`, folded with `fold`; an
    unknown key is an error naming `where`.
    Example: {"openers": ["সরকারি"], "heads": {"কলেজ": "ORG"}, "name_words": ["কবি"]}
    -> ({"সরকারি"}, {"কলেজ": "ORG"}, {"কবি"})."""
    cfg = cfg or {}
    reject_unknown_keys(cfg, KEYS, where, "opened_names")
    return (frozenset(fold(w) for w in cfg.get("openers") or ()),
            {fold(k): v for k, v in (cfg.get("heads") or {}).items()},
            frozenset(fold(w) for w in cfg.get("name_words") or ()))


def opened_names(folded: list[str], spans: list[Span], openers: frozenset[str], heads: dict[str, str],
                 stems, plain, name_words: frozenset[str] = frozenset()) -> list[Span]:
    """`spans` with each opener, one to three words and a head as one name of the head's label;
    `plain(word)` holds for a word that may name (no common word, no inner word of a kind of
    body); every word between is plain or one of `name_words`. Spans inside the name give way; a
    span across its edges leaves it out.
    Example: ["সরকারি", "বাঙলা", "কলেজের", "ছাত্র"], [] -> [(0, 3, "ORG")]."""
    out = list(spans)
    for k, word in enumerate(folded):
        if word not in openers:
            continue
        found = _head_after(folded, k, heads, stems)
        if found is None:
            continue
        stop, label = found
        between = folded[k + 1:stop - 1]
        if not all(any(ch.isalpha() for ch in w) and (w in name_words or plain(w)) for w in between) \
                or not any(plain(w) for w in between):
            continue
        out = with_whole_name(out, k, stop, label)
    return sorted(out)


def _head_after(folded: list[str], k: int, heads: dict[str, str], stems) -> tuple[int, str] | None:
    """(end, label) of the first head word within `MAX_BETWEEN` + 1 words after the opener at
    `k`; None when there is none, or when the first head stands right after the opener: "সরকারি
    কলেজ ছেড়ে বাঙলা কলেজে" (left a government college for Bangla College) names a kind of
    college first, and the name after it has no opener of its own.
    Example: ["সরকারি", "কবি", "নজরুল", "কলেজের"], 0 -> (4, "ORG")."""
    for j in range(k + 1, min(len(folded), k + 2 + MAX_BETWEEN)):
        head = folded[j] if folded[j] in heads else next((x for x in stems(folded[j]) if x in heads), None)
        if head is not None:
            return None if j == k + 1 else (j + 1, heads[head])
    return None
