"""Names of government bodies built from common nouns: a ministry named by its subjects
("সংস্কৃতি মন্ত্রণালয়", "ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয়ের") and a national body
("জাতীয় তামাক নিয়ন্ত্রণ সেলের", "জাতীয় সাইবার সুরক্ষা অ্যাজেন্সিকে"). Every word of such a name
but the head is a common word, so the model leaves most of them untagged, and the registry lists
only the best known.

Two kinds of head (the pack's data, `ner.yaml` `gazetteer.body_names`):
- `subject_heads` ("মন্ত্রণালয়"): one to `max_subjects` subject words right before the head, lists
  joined by `joiners` ("," and "ও") inside, make the name;
- `national_heads` ("সেল", "কর্তৃপক্ষ", "কমিটি"): an `openers` word ("জাতীয়"), then one to
  `max_subjects` subject words, then the head; the opener and the head alone ("জাতীয় দলের", the
  national team) name nothing.
A subject word is a word of letters that is in no span, no `not_subjects` word ("বিভিন্ন",
"সংশ্লিষ্ট": which bodies, not a name) and carries no `owner_endings` ("সরকারের মন্ত্রণালয়": the
government's ministries). The head may carry a case ending, known through its stems. A name is
added over untagged words only.
"""
from __future__ import annotations

from typing import Callable

import regex

Span = tuple[int, int, str]   # token start, token end (exclusive), label
LETTERS = regex.compile(r"[\p{L}\p{M}]+")
BODY_KEYS = {"subject_heads", "national_heads", "openers", "joiners", "not_subjects", "owner_endings", "max_subjects"}


def body_grammar_from(cfg: dict | None, fold: Callable[[str], str]) -> dict | None:
    """The pack's `body_names` settings with their words folded, or None when it has none; an
    unknown key is a ValueError.
    Example: {"subject_heads": ["মন্ত্রণালয়"]} -> {"subject_heads": frozenset({"মন্ত্রণালয়"}), ...}."""
    if not cfg:
        return None
    unknown = set(cfg) - BODY_KEYS
    if unknown:
        raise ValueError(f"body_names: unknown key(s) {sorted(unknown)}; known: {sorted(BODY_KEYS)}")
    words = {k: frozenset(fold(x) for x in cfg.get(k) or ()) for k in BODY_KEYS - {"owner_endings", "max_subjects"}}
    return {**words, "owner_endings": tuple(cfg.get("owner_endings") or ()),
            "max_subjects": int(cfg.get("max_subjects", 4))}


def body_name_matches(folded: list[str], spans: list[Span], grammar: dict,
                      stems: Callable[[str], list[str]]) -> list[Span]:
    """ORG spans of the ministries and national bodies in a sentence's folded words (rules in
    the module docstring), over words no span covers.
    Example: ["সংস্কৃতি", "মন্ত্রণালয়", "জানায়"], [] -> [(0, 2, "ORG")];
    ["জাতীয়", "দলের", "কোচ"], [] -> []."""
    taken = {k for a, b, _ in spans for k in range(a, b)}
    out = []
    for k, word in enumerate(folded):
        head = _head_kind(word, grammar, stems)
        if head is None or k in taken:
            continue
        start = _subjects_start(folded, k, taken, grammar, joined=head == "subject")
        if start == k:
            continue
        if head == "national":
            if start == 0 or folded[start - 1] not in grammar["openers"] or start - 1 in taken:
                continue
            start -= 1
        out.append((start, k + 1, "ORG"))
    return out


def _head_kind(word: str, grammar: dict, stems) -> str | None:
    """"subject" or "national" for a head word of either kind (as written or inflected), else None.
    Example: "মন্ত্রণালয়ের" -> "subject"; "সেলের" -> "national"; "দলের" -> None."""
    forms = (word, *stems(word))
    if any(x in grammar["subject_heads"] for x in forms):
        return "subject"
    if any(x in grammar["national_heads"] for x in forms):
        return "national"
    return None


def _subjects_start(folded: list[str], head: int, taken: set[int], grammar: dict, joined: bool) -> int:
    """Where the run of subject words before `head` starts (`head` itself when there is none);
    with `joined`, list joiners may stand between subjects, never first or last.
    Example: ["ডাক", ",", "টেলিযোগাযোগ", "ও", "তথ্যপ্রযুক্তি", "মন্ত্রণালয়ের"], 5 -> 0."""
    start, count, k = head, 0, head - 1
    while k >= 0 and count < grammar["max_subjects"] and k not in taken:
        if _subject(folded[k], grammar):
            start, count = k, count + 1
        elif not (joined and folded[k] in grammar["joiners"] and k < start == k + 1):
            break
        k -= 1
    return start


def _subject(word: str, grammar: dict) -> bool:
    """Whether `word` may be a subject word of a body's name (see the module docstring).
    Example: "তামাক" -> True; "বিভিন্ন" -> False; "সরকারের" -> False."""
    return (LETTERS.fullmatch(word) is not None and word not in grammar["not_subjects"] and word not in grammar["openers"]
            and not word.endswith(grammar["owner_endings"]))
