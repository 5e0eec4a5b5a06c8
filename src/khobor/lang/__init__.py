"""Language packs: what khobor knows about a language, kept as data files.

Each language is a folder `lang/<code>/` holding YAML and TSV files (one per layer: `clean.yaml`,
`quotes.yaml`, `times.yaml`, `events.yaml`, ...) and trained model folders. The engine code never
names a language; it asks the pack for a file. Adding a language means adding a folder.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent


class LanguageNotSupported(LookupError):
    pass


class LangPack:
    def __init__(self, code: str, path: Path):
        self.code = code
        self.path = path
        self._cache: dict[str, object] = {}

    def yaml(self, name: str, default=None):
        """The parsed `<name>.yaml` of this language, or `default` when the pack lacks it; kept in
        the disk cache (`diskcache.parsed_yaml`): parsing the larger packs' YAML is a noticeable
        part of start-up. Example: load("en").yaml("actors")["articles"] == ["the", "a", "an"]."""
        key = f"{name}.yaml"
        if key not in self._cache:
            from ..diskcache import parsed_yaml
            p = self.path / key
            self._cache[key] = parsed_yaml(f"yaml-{self.code}-{p.stem}", p) if p.exists() else None
        value = self._cache[key]
        return default if value is None else value

    def tsv(self, name: str) -> list[dict]:
        key = f"{name}.tsv"
        if key not in self._cache:
            p = self.path / key
            self._cache[key] = _parsed_tsv(p, self.code) if p.exists() else []
        return self._cache[key]  # type: ignore[return-value]

    def forget(self, filename: str) -> None:
        """Read `filename` anew next time (after a command rewrote it, e.g. `khobor train events`)."""
        self._cache.pop(filename, None)

    def file(self, name: str) -> Path:
        return self.path / name

    def __repr__(self) -> str:
        return f"LangPack({self.code!r})"


def _read_tsv(path: Path) -> list[dict]:
    """The rows of a tab-separated pack file as dicts by its header ("#" lines are comments).
    Example: "native\tlatin\n# note\nঢাকা\tDhaka\n" -> [{"native": "ঢাকা", "latin": "Dhaka"}]."""
    with path.open(encoding="utf-8") as f:
        return [r for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")]


def _parsed_tsv(path: Path, code: str) -> list[dict]:
    """`_read_tsv(path)`, read back from the disk cache while the file and this module are
    unchanged (the 10,000 rows of `name_spellings.tsv` took a sixth of a warm start-up to parse)."""
    from ..diskcache import cached
    return cached(f"tsv-{code}-{path.stem}", [path, Path(__file__)], lambda: _read_tsv(path))


def available() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


@lru_cache(maxsize=None)
def load(code: str) -> LangPack:
    path = LANG_DIR / code
    if not path.is_dir():
        raise LanguageNotSupported(f"no language pack for {code!r} (have: {', '.join(available())})")
    return LangPack(code, path)


def load_or_none(code: str | None) -> LangPack | None:
    try:
        return load(code) if code else None
    except LanguageNotSupported:
        return None
