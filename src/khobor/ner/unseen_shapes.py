"""Shapes that make a word the model never saw in training a name all the same: a place name
ending in a place word ("দৌলতপুর", "মোল্লারগঞ্জ": village and town names are built that way).
`gazetteer.without_unseen_guesses` drops the model's one-word spans on unseen words (mostly
common nouns); a place span of this shape is kept instead.

The place endings are the pack's data with one home: `actors.yaml` `lone_place_endings`, which
the linker reads for the same shape (a lone word it makes a provisional village), beside the
letters of its own a name needs before them (`lone_place_min_letters`); `ner.yaml`
`gazetteer.unseen_shapes` only turns the rule on; the test itself is
`actors.words.place_shaped`, the linker's too. Acronyms spelled in letter names ("পিডিবির") were kept the same way for a
while and left out: the linker has no actor for an unknown acronym, so bn linking fell.
"""
from __future__ import annotations

from ..actors.words import place_shaped


def shapes_from(entries: dict | bool | None, fold, place_endings=(), min_letters: int = 0) -> dict | None:
    """The pack's `unseen_shapes` switch with the place endings and the letters a name needs
    before them (actors.yaml `lone_place_endings`, `lone_place_min_letters`), the endings folded;
    None when the switch is off. Any setting written under it is a ValueError: both have their
    home in actors.yaml, and a setting there would otherwise be silently ignored.
    Example: True, str, ["পুর"], 2 -> {"endings": ("পুর",), "min_letters": 2}."""
    if not entries:
        return None
    if isinstance(entries, dict):
        raise ValueError(f"unseen_shapes: unknown key(s) {sorted(entries)}; it is a switch (true): "
                         "the place endings and their letters are actors.yaml `lone_place_endings`, "
                         "`lone_place_min_letters`")
    return {"endings": tuple(fold(x) for x in place_endings or ()), "min_letters": min_letters}


def kept_shape(forms: tuple[str, ...], label: str, shapes: dict) -> bool:
    """Whether an unseen word the model tagged `label` has the shape of a name of that label: a
    place ending in a place word.
    Example: ("রসুলপুর",), "LOC", shapes -> True; ("রসুলপুর",), "PER", shapes -> False."""
    return label == "LOC" and place_shaped(forms, shapes["endings"], shapes["min_letters"])
