"""Shapes that make a word the model never saw in training a name all the same: a place name
ending in a place word ("দৌলতপুর", "মোল্লারগঞ্জ": village and town names are built that way).
`gazetteer.without_unseen_guesses` drops the model's one-word spans on unseen words (mostly
common nouns); a place span of this shape is kept instead.

The place endings are the pack's data with one home: `actors.yaml` `lone_place_endings`, which
the linker reads for the same shape (a lone word it makes a provisional village); `ner.yaml`
`gazetteer.unseen_shapes` holds only `place_min_letters`; the test itself is
`actors.words.place_shaped`, the linker's too. Acronyms spelled in letter names ("পিডিবির") were kept the same way for a
while and left out: the linker has no actor for an unknown acronym, so bn linking fell.
"""
from __future__ import annotations

from ..actors.words import place_shaped


def shapes_from(entries: dict | None, fold, place_endings=()) -> dict | None:
    """The pack's `unseen_shapes` settings with the place endings (actors.yaml
    `lone_place_endings`) folded, or None when it has no such section. An unknown key is a
    ValueError (a misspelt setting would otherwise be silently off; `place_endings` has its home
    in actors.yaml). Example: {"place_min_letters": 2}, str, ["পুর"] -> {"endings": ("পুর",),
    "min_letters": 2}."""
    if not entries:
        return None
    known = {"place_min_letters"}
    unknown = set(entries) - known
    if unknown:
        raise ValueError(f"unseen_shapes: unknown key(s) {sorted(unknown)}; known: {sorted(known)}"
                         + ("; place endings are actors.yaml `lone_place_endings`" if "place_endings" in unknown else ""))
    return {"endings": tuple(fold(x) for x in place_endings or ()),
            "min_letters": int(entries.get("place_min_letters", 2))}


def kept_shape(forms: tuple[str, ...], label: str, shapes: dict) -> bool:
    """Whether an unseen word the model tagged `label` has the shape of a name of that label: a
    place ending in a place word.
    Example: ("রসুলপুর",), "LOC", shapes -> True; ("রসুলপুর",), "PER", shapes -> False."""
    return label == "LOC" and place_shaped(forms, shapes["endings"], shapes["min_letters"])
