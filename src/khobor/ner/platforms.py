"""Social platforms named only as the medium of a post are no entity (eval/DECISIONS.md N10: "ফেসবুকে
লেখেন", "ফেসবুক পোস্টে", "she posted on X"); the platform as a company ("ফেসবুক কর্তৃপক্ষ", "ইউটিউবের
মালিক") still is. The registry and the model tag the platform's name wherever it stands.

The pack's data (`ner.yaml` `gazetteer.platform_mediums`): `platforms` (the names, as written
bare), `medium_endings` (the locative endings that make the name where something was written:
"ফেসবুকে", "টুইটারে"), `medium_nouns` (words after the name that make it the medium: "পোস্টে",
"পেজে", "স্ট্যাটাসে"; each the start of a word) and `formerly` (a word before it that names an
older name of the medium: "এক্সে (সাবেক টুইটার)").
"""
from __future__ import annotations

Span = tuple[int, int, str]   # token start, token end (exclusive), label
PLATFORM_KEYS = {"platforms", "medium_endings", "medium_nouns", "formerly"}


def platforms_from(cfg: dict | None, fold) -> dict | None:
    """The pack's `platform_mediums` settings, folded, or None when it has none; an unknown key
    is a ValueError. Example: {"platforms": ["ফেসবুক"]} -> {"platforms": frozenset({"ফেসবুক"}), ...}."""
    if not cfg:
        return None
    unknown = set(cfg) - PLATFORM_KEYS
    if unknown:
        raise ValueError(f"platform_mediums: unknown key(s) {sorted(unknown)}; known: {sorted(PLATFORM_KEYS)}")
    return {"platforms": frozenset(fold(x) for x in cfg.get("platforms") or ()),
            "medium_endings": tuple(fold(x) for x in cfg.get("medium_endings") or ()),
            "medium_nouns": tuple(fold(x) for x in cfg.get("medium_nouns") or ()),
            "formerly": frozenset(fold(x) for x in cfg.get("formerly") or ())}


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
            return True
    return False
