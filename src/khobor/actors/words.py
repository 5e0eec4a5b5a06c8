"""lang/<code>/actors.yaml, checked: the words around actor names that the registry build, the
linker, the provisional step and the context rules read. An unknown key is an error naming the
file, not a silently ignored typo (the `context` section is checked by actors/context.py)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

ACTORS_KEYS = {
    "role_title", "honorifics", "articles", "determiners", "scan_stop", "roles", "not_names",
    "conjunctions", "name_trailing_words", "country_institutions", "institution_words",
    "home_country", "institution_place_words", "groups", "not_name_endings", "name_connectors",
    "office_words", "edge_words", "context", "light_verbs", "body_head_roles",
    "any_body_roles", "name_closing_titles", "called_words", "day_parts", "number_words",
    "plural_endings",
    "lone_place_endings", "lone_place_min_letters", "place_kind_words", "scan_stop_given_names", "noun_name_words",
    "kin_words",
    "noun_surnames", "unit_force_words",
    # script-level folds for matching unseen spellings against the registry's own-script aliases
    "spelling_folds", "private_name_prefixes", "seat_numbers",
    # read by `khobor actors build` only (actors/build.py), on the English Phoenix dictionaries
    "org_words", "not_person_words",
}


_PLACE_LETTER = regex.compile(r"\p{L}")   # a letter, no vowel sign: what `place_shaped` counts


def place_shaped(forms: tuple[str, ...], endings: tuple[str, ...], min_letters: int) -> bool:
    """Whether one of a word's forms (the word, then its stems) ends in a place word (actors.yaml
    `lone_place_endings`) after at least `min_letters` (`lone_place_min_letters`) letters of its own, vowel signs not
    counted: the one test of a village name's shape, read by the NER (`ner.unseen_shapes`) and
    the linker (`actors.provisional`), which once counted differently.
    Example: ("কালিকাপুরে", "কালিকাপুর"), ("পুর",), 2 -> True; ("কোপুর",), ("পুর",), 2 -> False (one
    letter, "কো", before the ending)."""
    return any(form.endswith(e) and len(_PLACE_LETTER.findall(form[: len(form) - len(e)])) >= min_letters
               for form in forms for e in endings)


def lone_place_shape(data: dict) -> tuple[list[str], int]:
    """actors.yaml `lone_place_endings` (as written) and `lone_place_min_letters`, the two
    arguments of `place_shaped`, read once here for the linker (`provisional.Words`) and the NER
    (`ner.gazetteer`); the letters are required when there are endings (their one home).
    Example: {"lone_place_endings": ["পুর"], "lone_place_min_letters": 2} -> (["পুর"], 2); {} -> ([], 0)."""
    endings = list(data.get("lone_place_endings") or [])
    return endings, int(data["lone_place_min_letters"]) if endings else 0


MORPHOLOGY_KEYS = {"suffixes", "min_stem", "genitive", "name_suffixes", "name_clitics", "object_suffixes"}
GENITIVE_RULE_KEYS = {"match", "suffix"}
NAME_WORDS_KEYS = {"words", "common_nouns", "short_forms"}


def _checked(pack, name: str, keys: set[str]) -> dict:
    """The pack's `<name>.yaml` ({} without a pack or file); a key outside `keys` is a ValueError
    naming the file and key, so a misspelt switch is never silently ignored."""
    if pack is None:
        return {}
    data = pack.yaml(name, {}) or {}
    unknown = sorted(set(data) - keys)
    if unknown:
        raise ValueError(f"{pack.file(name + '.yaml')}: unknown key(s) {', '.join(unknown)}")
    return data


def morphology_yaml(pack) -> dict:
    """The pack's morphology.yaml, checked: case endings the linker strips from names, e.g.
    "রাশিয়ায়" -> "রাশিয়া" by `suffixes`; a genitive rule may hold only `match` and `suffix`."""
    data = _checked(pack, "morphology", MORPHOLOGY_KEYS)
    for rule in data.get("genitive") or []:
        unknown = sorted(set(rule) - GENITIVE_RULE_KEYS)
        if unknown:
            raise ValueError(f"{pack.file('morphology.yaml')}: unknown key(s) genitive.{', genitive.'.join(unknown)}")
    return data


def name_words_yaml(pack) -> dict:
    """The pack's name_words.yaml, checked: organisation and name words with their English forms,
    e.g. name_words_yaml(lang.load("bn"))["words"]["বিশ্ববিদ্যালয়"] == "University"."""
    return _checked(pack, "name_words", NAME_WORDS_KEYS)


def actors_yaml(pack) -> dict:
    """The pack's actors.yaml ({} without a pack), e.g. actors_yaml(lang.load("en"))["articles"]
    == ["the", "a", "an"]; a key outside ACTORS_KEYS is a ValueError naming the file."""
    return _checked(pack, "actors", ACTORS_KEYS)


@lru_cache(maxsize=None)
def ner_common_words(code: str) -> frozenset[str]:
    """The words of `lang/<code>/ner_common_words.txt` (written folded: the words the NER sets tag
    O nine times in ten, `khobor.ner.sentence_starts`), or an empty set without the file; read once
    per process for the NER's common-word rules and the provisional step alike.
    Example: "মামলা" in ner_common_words("bn"). Kept in the disk cache while the file and this
    module are unchanged (reading its 18,000 lines was ~2% of a one-article start)."""
    from ..diskcache import cached
    sources = ner_common_words_sources(code)
    path = sources[0]
    if not path.is_file():
        return frozenset()

    def build() -> frozenset[str]:
        rows = path.read_text(encoding="utf-8").splitlines()
        return frozenset(r.strip() for r in rows if r.strip() and not r.startswith("#"))
    return cached(f"ner-common-words-{code}", sources, build)


def ner_common_words_sources(code: str) -> list[Path]:
    """The files `ner_common_words(code)` is made from, the word list first and this module: what
    a disk-cache entry built from those words is keyed by, so that it is built afresh when they
    change. Example: ner_common_words_sources("bn")[0].name == "ner_common_words.txt"."""
    from .. import lang as langs
    return [langs.load(code).path / "ner_common_words.txt", Path(__file__)]


_LATIN_NAME = regex.compile(r"\p{Latin}+(?:[-'\p{Latin}]*\p{Latin})?")


def given_names_of(pack) -> dict[str, str]:
    """The foreign given names of the pack's `ner_given_names.txt` (NFC) with the usual Latin
    spelling each row gives after a tab, or {} without the file. A row without exactly one Latin
    word after one tab is a ValueError naming the file and the line, never a name silently spelt
    by its letters: a row "জেক Jake" (a space, not a tab) raises "…ner_given_names.txt:9: …"."""
    path = pack.file("ner_given_names.txt")
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        fields = [f.strip() for f in row.split("\t")]
        if len(fields) != 2 or not fields[0] or not _LATIN_NAME.fullmatch(fields[1]):
            raise ValueError(f"{path}:{n}: want a name, a tab and its Latin spelling, got {row!r}")
        out[unicodedata.normalize("NFC", fields[0])] = fields[1]
    return out


@lru_cache(maxsize=8)
def private_prefix(code: str | None) -> regex.Pattern | None:
    """The language's `private_name_prefixes` ("মো.", "মোঃ") as a pattern ending where a name
    starts, or None: private_prefix("bn").search("সচিব মো. ") matches "মো. "."""
    from .. import lang as langs
    if not code or code not in langs.available():
        return None
    words = actors_yaml(langs.load(code)).get("private_name_prefixes")
    if not words:
        return None
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt})\s*$")


@lru_cache(maxsize=8)
def private_prefix_tokens(code: str | None) -> frozenset[str]:
    """The key tokens of the language's private prefixes: {"মো", "মোঃ"} for Bengali."""
    from .. import lang as langs
    from .keys import key_tokens
    if not code or code not in langs.available():
        return frozenset()
    words = actors_yaml(langs.load(code)).get("private_name_prefixes") or []
    return frozenset(t for w in words for t in key_tokens(w)[:1])


PREFIX_SPACE = 5   # how much white space may stand between a private prefix and the name


@lru_cache(maxsize=8)
def _prefix_reach(code: str | None) -> int:
    """How far before a name its private prefix may start: the longest prefix and its space."""
    from .. import lang as langs
    words = actors_yaml(langs.load(code)).get("private_name_prefixes") or [] if code else []
    return max((len(w) for w in words), default=0) + PREFIX_SPACE


def after_private_prefix(text: str, start: int, code: str | None) -> bool:
    """Whether the name at `start` is written after a private prefix ("মো. তারেক রহমান")."""
    return private_prefix_start(text, start, code) is not None


def private_prefix_start(text: str, start: int, code: str | None) -> int | None:
    """Where the private prefix right before the name at `start` begins, or None:
    private_prefix_start("সচিব মো. কবির", 9, "bn") == 5."""
    pat = private_prefix(code)
    m = pat.search(text, max(0, start - _prefix_reach(code)), start) if pat else None
    return m.start() if m else None
