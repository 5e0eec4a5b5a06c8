"""The check each reader of a section of a pack (`ner.yaml`, the `context:` of `actors.yaml`) makes
first: a key it does not know is a typo or a setting no code reads, an error naming the file and the
section rather than a word list silently left out."""
from __future__ import annotations

from typing import Collection


def reject_unknown_keys(cfg: dict | None, known: Collection[str], where: str = "", section: str = "") -> None:
    """Raise a ValueError when `cfg` holds a key not in `known`, naming `where` (the file, or the
    section when the message names no file) and `section`, and listing the known keys.
    Example: reject_unknown_keys({"heads": {}, "hed": {}}, {"heads"}, "ner.yaml", "named_bodies")
    -> ValueError("ner.yaml: unknown named_bodies key(s) ['hed']; known: ['heads']")."""
    unknown = set(cfg or ()) - set(known)
    if unknown:
        prefix = f"{where}: " if where else ""
        kind = f"{section} " if section else ""
        raise ValueError(f"{prefix}unknown {kind}key(s) {sorted(unknown)}; known: {sorted(known)}")
