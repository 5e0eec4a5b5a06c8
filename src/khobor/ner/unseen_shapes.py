"""Shapes that make a word the model never saw in training a name all the same: an acronym spelled
out in letter names ("বিসিআইসির" = B-C-I-C + the genitive) and a place name ending in a place
word ("দৌলতপুর", "মোল্লারগঞ্জ"). `gazetteer.without_unseen_guesses` drops the model's one-word
spans on unseen words (mostly common nouns); a span of one of these shapes with the label the
shape says is kept instead.

The letter names and the place endings are the pack's data (`ner.yaml` `gazetteer.unseen_shapes`:
`acronym_letters`, `acronym_min_letters`, `place_endings`, `place_min_chars`).
"""
from __future__ import annotations

from functools import lru_cache


def shapes_from(entries: dict | None, fold) -> dict | None:
    """The pack's `unseen_shapes` settings with their words folded, or None when it has none.
    An unknown key is a ValueError (a misspelt setting would otherwise be silently off).
    Example: {"acronym_letters": ["বি", "সি"], "place_endings": ["পুর"]} ->
    {"letters": frozenset({"বি", "সি"}), "min_letters": 3, "endings": ("পুর",), "min_chars": 2}."""
    if not entries:
        return None
    known = {"acronym_letters", "acronym_min_letters", "place_endings", "place_min_chars"}
    unknown = set(entries) - known
    if unknown:
        raise ValueError(f"unseen_shapes: unknown key(s) {sorted(unknown)}; known: {sorted(known)}")
    return {"letters": frozenset(fold(x) for x in entries.get("acronym_letters") or ()),
            "min_letters": int(entries.get("acronym_min_letters", 3)),
            "endings": tuple(fold(x) for x in entries.get("place_endings") or ()),
            "min_chars": int(entries.get("place_min_chars", 2))}


def spelled_acronym(forms: tuple[str, ...], letters: frozenset[str], min_letters: int) -> bool:
    """Whether one of a word's forms (the word, then its stems) is a run of at least `min_letters`
    letter names: an organisation's initials written out in Bengali, which the training data
    cannot list ("পিডিবি" P-D-B, "আইএফসি" I-F-C).
    Example: ("বিসিআইসির", "বিসিআইসি"), {"বি", "সি", "আই"}, 3 -> True;
    ("আইনের", "আইন"), {"আই", ...}, 3 -> False ("ন" is no letter name)."""
    return any(_letter_count(form, letters) >= min_letters for form in forms)


@lru_cache(maxsize=4096)
def _letter_count(form: str, letters: frozenset[str]) -> int:
    """The fewest letter names that spell `form` whole, 0 when none do.
    Example: "এসভিটি", {"এস", "ভি", "টি", "এ"} -> 3."""
    best = [0] + [None] * len(form)
    for end in range(1, len(form) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] is not None and form[start:end] in letters:
                count = best[start] + 1
                if best[end] is None or count < best[end]:
                    best[end] = count
    return best[len(form)] or 0


def place_ending(forms: tuple[str, ...], endings: tuple[str, ...], min_chars: int) -> bool:
    """Whether one of a word's forms ends in a place word after at least `min_chars` characters of
    its own: village and town names are built that way ("-পুর", "-গঞ্জ", "-নগর").
    Example: ("কালিকাপুরে", "কালিকাপুর"), ("পুর",), 2 -> True; ("পুর",), ("পুর",), 2 -> False."""
    return any(form.endswith(e) and len(form) - len(e) >= min_chars for form in forms for e in endings)


def kept_shape(forms: tuple[str, ...], label: str, shapes: dict) -> bool:
    """Whether an unseen word the model tagged `label` has the shape of a name of that label: an
    organisation spelled as an acronym, or a place ending in a place word.
    Example: ("পিডিবির", "পিডিবি"), "ORG", shapes -> True; ("পিডিবি",), "PER", shapes -> False."""
    if label == "ORG":
        return spelled_acronym(forms, shapes["letters"], shapes["min_letters"])
    if label == "LOC":
        return place_ending(forms, shapes["endings"], shapes["min_chars"])
    return False
