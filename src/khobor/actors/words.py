"""lang/<code>/actors.yaml, checked: the words around actor names that the registry build, the
linker, the provisional step and the context rules read. An unknown key is an error naming the
file, not a silently ignored typo (the `context` section is checked by actors/context.py)."""
from __future__ import annotations

ACTORS_KEYS = {
    "role_title", "honorifics", "articles", "determiners", "scan_stop", "roles", "not_names",
    "conjunctions", "name_trailing_words", "country_institutions", "institution_words",
    "home_country", "institution_place_words", "groups", "not_name_endings", "name_connectors",
    "office_words", "edge_words", "context", "light_verbs",
    # script-level folds for matching unseen spellings against the registry's own-script aliases
    "spelling_folds",
    # read by `khobor actors build` only (actors/build.py), on the English Phoenix dictionaries
    "org_words", "not_person_words",
}


def actors_yaml(pack) -> dict:
    """The pack's actors.yaml ({} without a pack), e.g. actors_yaml(lang.load("en"))["articles"]
    == ["the", "a", "an"]; a key outside ACTORS_KEYS is a ValueError naming the file."""
    if pack is None:
        return {}
    data = pack.yaml("actors", {}) or {}
    unknown = sorted(set(data) - ACTORS_KEYS)
    if unknown:
        raise ValueError(f"{pack.file('actors.yaml')}: unknown key(s) {', '.join(unknown)}")
    return data
