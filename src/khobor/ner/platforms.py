"""Social platforms named only as the medium of a post are no entity (eval/DECISIONS.md N10: "ফেসবুকে
লেখেন", "ফেসবুক পোস্টে", "she posted on X"); the platform as a company ("ফেসবুক কর্তৃপক্ষ", "ইউটিউবের
মালিক") still is. The registry and the model tag the platform's name wherever it stands.

The pack's data (`ner.yaml` `gazetteer.platform_mediums`): `platforms` (the names, as written
bare), `medium_endings` (the locative endings that make the name where something was written:
"ফেসবুকে", "টুইটারে"), `medium_nouns` (words after the name that make it the medium: "পোস্টে",
"পেজে", "স্ট্যাটাসে"; each the start of a word), `formerly` (a word before it that names an
older name of the medium: "এক্সে (সাবেক টুইটার)"), `employer_phrases` (phrases of working for or
investing in a company, each word the start of a word: "কাজ কর", "চাকরি হার", "কর্মরত") and
`role_markers` (the word that closes a role before such a phrase: "হিসেবে", "পদে"). With a
locative ending the name is where something was written ("ফেসবুকে লেখেন") unless an employer
phrase follows (`employed_at`): "ফেসবুকে কর্মরত", "ফেসবুকে প্রকৌশলী হিসেবে কাজ করেছেন" name the
company, which stays an entity.
"""
from __future__ import annotations

from ..lang.pack_keys import reject_unknown_keys

Span = tuple[int, int, str]   # token start, token end (exclusive), label
PLATFORM_KEYS = {"platforms", "medium_endings", "medium_nouns", "formerly", "employer_phrases", "role_markers"}
ROLE_REACH = 4   # an employer phrase may stand this many words on when a role (up to two words and its marker) comes first


def platforms_from(cfg: dict | None, fold) -> dict | None:
    """The pack's `platform_mediums` settings, folded, or None when it has none; an unknown key
    is a ValueError. Example: {"platforms": ["ফেসবুক"]} -> {"platforms": frozenset({"ফেসবুক"}), ...}."""
    if not cfg:
        return None
    reject_unknown_keys(cfg, PLATFORM_KEYS, "platform_mediums")
    return {"platforms": frozenset(fold(x) for x in cfg.get("platforms") or ()),
            "medium_endings": tuple(fold(x) for x in cfg.get("medium_endings") or ()),
            "medium_nouns": tuple(fold(x) for x in cfg.get("medium_nouns") or ()),
            "formerly": frozenset(fold(x) for x in cfg.get("formerly") or ()),
            "employer_phrases": tuple(tuple(fold(w) for w in x.split()) for x in cfg.get("employer_phrases") or ()),
            "role_markers": frozenset(fold(x) for x in cfg.get("role_markers") or ())}


def without_platform_mediums(folded: list[str], spans: list[Span], cfg: dict) -> list[Span]:
    """`spans` less the one-word spans of a platform named as the medium of a post: the name with
    a locative ending, the name before a medium noun, or the name after a word for "formerly".
    `folded` are the sentence's words, folded.
    Example: ["তিনি", "ফেসবুকে", "লেখেন"], [(1, 2, "ORG")] -> [];
    ["ফেসবুক", "কর্তৃপক্ষ", "জানায়"], [(0, 1, "ORG")] -> [(0, 1, "ORG")]."""
    return [s for s in spans if not (s[1] - s[0] == 1 and _medium_at(folded, s[0], cfg))]


def _medium_at(folded: list[str], k: int, cfg: dict) -> bool:
    """Whether the word at `k` is a platform named as a medium (see `without_platform_mediums`).
    Example: ["ফেসবুক", "পোস্টে"], 0 -> True."""
    word = folded[k]
    for name in cfg["platforms"]:
        if word == name:
            after = folded[k + 1] if k + 1 < len(folded) else ""
            return after.startswith(cfg["medium_nouns"]) or (k > 0 and folded[k - 1] in cfg["formerly"])
        if word.startswith(name) and word[len(name):] in cfg["medium_endings"]:
            return not employed_at(folded, k, cfg)
    return False


def employed_at(folded: list[str], k: int, cfg: dict) -> bool:
    """Whether an employer phrase (`employer_phrases`) follows the platform at `k`: right after
    it, or after a role the word before the phrase closes (`role_markers`), up to `ROLE_REACH`
    words on. Why: "ফেসবুকে" with a locative ending is mostly where a post was written, but
    "worked at Facebook" is written with the same ending, and there the company is an entity;
    a phrase further on is another clause's ("ফেসবুকে গুজব ছড়ানোর কাজ করছে": spreading rumours
    on Facebook). Example: ["ফেসবুকে", "প্রকৌশলী", "হিসেবে", "কাজ", "করেন"], 0 -> True;
    ["ফেসবুকে", "চাকরির", "বিজ্ঞাপন", "দেয়"], 0 -> False."""
    for at in range(k + 1, min(k + 1 + ROLE_REACH, len(folded))):
        if (at == k + 1 or folded[at - 1] in cfg["role_markers"]) and _phrase_at(folded, at, cfg["employer_phrases"]):
            return True
    return False


def _phrase_at(folded: list[str], at: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` (word starts) begins at word `at`.
    Example: ["কাজ", "করেন"], 0, (("কাজ", "কর"),) -> True."""
    return any(at + len(p) <= len(folded) and all(folded[at + i].startswith(w) for i, w in enumerate(p))
               for p in phrases)
