"""`khobor actors build`: assemble the registry from its three sources.

    1. CLDR (via babel + ICU): every country's English and Bengali name, alpha-3 code; cities
       that CLDR names in Bengali (time-zone exemplar cities) with their country.
    2. PETRARCH2 Phoenix dictionaries (MIT, 2014): people with dated CAMEO codes, institutions,
       IGOs, non-state armed groups; their synonyms become English aliases.
    3. Our overlay (data/actors/overlay/*.yaml, curated): current office holders 2014-2026 with
       date-bounded roles, Bengali spellings, demonyms, media, IGOs, armed groups; it wins
       over the other two wherever they meet.
    + Bengali-English Wikipedia title pairs add Bengali spellings to the people we have.

Output: data/actors/registry.jsonl (one actor per line, sorted by id) and data/actors/VERSION.
"""
from __future__ import annotations

import datetime as _dt
import json
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import regex
import yaml

from .. import lang as langs
from . import phoenix
from .keys import key, key_tokens
from .model import ActorRecord, Role
from .registry import REGISTRY_PATH
from .words import actors_yaml, morphology_yaml

DATA_DIR = REGISTRY_PATH.parent   # the reader names the built registry (actors/registry.py)
OVERLAY_DIR = DATA_DIR / "overlay"   # shipped with the package data, so `khobor actors build` finds it installed
FORMAT = "khobor.actors/1"

CITY_ZONES = {"Europe", "Asia", "Africa", "America", "Australia"}
PHOENIX_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt")
# people only matter to us if they held a role in this century (keeps the registry compact)
PHOENIX_SINCE = "2010-01-01"


@lru_cache(maxsize=None)
def pack_words(key: str) -> frozenset[str]:
    """Every pack's actors.yaml list `key`, as key tokens: pack_words("org_words") has "ministry"."""
    return frozenset(" ".join(key_tokens(w)) for c in langs.available()
                     for w in actors_yaml(langs.load(c)).get(key) or [])


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return regex.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def _uniq(xs):
    seen, out = set(), []
    for x in xs:
        x = unicodedata.normalize("NFC", " ".join(str(x).split()))
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def title_case(name: str) -> str:
    """'VLADIMIR PUTIN' -> 'Vladimir Putin', '1ST BRIGADE' -> '1st Brigade' (Phoenix names are upper
    case); a single short token stays upper case, as it is most likely an acronym (NSA, PLA)."""
    if len(name) <= 4 and name.isalpha():
        return name
    return regex.sub(r"\p{L}+", lambda m: m.group()[0].upper() + m.group()[1:].lower()
                     if m.start() == 0 or not m.string[m.start() - 1].isdigit() else m.group().lower(), name)


def _add_aliases(a: ActorRecord, lang: str, names) -> None:
    a.aliases[lang] = _uniq(a.aliases.get(lang, []) + list(names))


class Builder:
    def __init__(self, shared: Path | None = None):
        self.shared = shared
        self.actors: dict[str, ActorRecord] = {}
        self.by_alpha3: dict[str, str] = {}          # country code -> actor id
        self.role_sectors: dict[str, str] = {}
        self.drop_aliases: set[str] = set()
        self.log: list[str] = []

    # -- sources ----------------------------------------------------------------------------
    def overlay_docs(self) -> list[dict]:
        return [yaml.safe_load(p.read_text(encoding="utf-8")) or {} for p in sorted(OVERLAY_DIR.glob("*.yaml"))]

    def add_cldr(self, country_overrides: dict) -> None:
        import icu
        from babel import Locale
        en, bn = Locale("en"), Locale("bn")
        for a2, en_name in en.territories.items():
            if not (len(a2) == 2 and a2.isalpha()) or a2 in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"):
                continue
            a3 = icu.Locale("", a2).getISO3Country()
            if not a3 or len(a3) != 3:
                continue
            over = country_overrides.get(a3, {})
            base = regex.sub(r"\s*\(.*?\)", "", en_name).strip()
            paren = regex.findall(r"\((.*?)\)", en_name)
            name = over.get("name") or base
            aid = over.get("id") or slug(name)
            rec = ActorRecord(id=aid, name=name, type="GPE", country=a3, source="cldr")
            _add_aliases(rec, "en", [name, base, *paren, *over.get("en", [])])
            bn_name = bn.territories.get(a2, "")
            bn_base = regex.sub(r"\s*\(.*?\)", "", bn_name).strip()
            _add_aliases(rec, "bn", [*over.get("bn", []), bn_base, *regex.findall(r"\((.*?)\)", bn_name)])
            rec.demonyms = {k: _uniq(v) for k, v in (over.get("demonyms") or {}).items()}
            rec.noscan = _uniq(over.get("noscan", []))
            if over.get("wikidata"):
                rec.wikidata = over["wikidata"]
            self.actors[aid] = rec
            self.by_alpha3[a3] = aid
        # cities CLDR names in Bengali: the exemplar cities of time zones
        from babel.core import get_global
        zone_terr = get_global("zone_territories")
        for zone, a2 in zone_terr.items():
            city_bn = (bn.time_zones.get(zone) or {}).get("city")
            if not city_bn or zone.split("/")[0] not in CITY_ZONES:
                continue  # island/ocean zones name territories, not cities (Indian/Christmas)
            a3 = icu.Locale("", a2).getISO3Country()
            city_en = zone.rsplit("/", 1)[1].replace("_", " ")
            aid = slug(city_en)
            if aid in self.actors:
                aid = f"{aid}-{a3.lower()}"
            if aid in self.actors:
                continue
            # link-only: city names double as people's names and words ("জুবা" in "জুবায়ের",
            # "Regina"); the cities that matter in our news are in the overlay, scanned
            rec = ActorRecord(id=aid, name=city_en, type="GPE", country=a3, source="cldr",
                              noscan=[city_en, city_bn])
            self.actors[aid] = rec

    def add_overlay_actor(self, d: dict) -> None:
        name = d["name"]
        aid = d.get("id") or slug(name)
        rec = self.actors.get(aid)
        if rec is None:
            rec = ActorRecord(id=aid, name=name, type=d.get("type", "PER"))
            self.actors[aid] = rec
        rec.name, rec.source = name, "overlay"
        rec.type = d.get("type", rec.type)
        rec.country = d.get("country", rec.country)
        rec.sector = d.get("sector", rec.sector)
        rec.wikidata = d.get("wikidata", rec.wikidata)
        rec.institution = d.get("institution", rec.institution)
        if rec.type != "PER":   # a body's own dates (a person's are its roles')
            rec.start, rec.end = _iso(d.get("from")) or rec.start, _iso(d.get("to")) or rec.end
        _add_aliases(rec, "en", [name, *d.get("en", [])])
        if d.get("bn"):
            _add_aliases(rec, "bn", d["bn"])
        declared = {key(n) for n in [name, *d.get("en", []), *d.get("bn", [])]}
        rec.noscan = _uniq([n for n in rec.noscan if key(n) not in declared] + d.get("noscan", []))
        for k, v in (d.get("demonyms") or {}).items():
            rec.demonyms[k] = _uniq(rec.demonyms.get(k, []) + v)
        if d.get("phoenix"):
            rec.__dict__.setdefault("_phoenix", []).extend(d["phoenix"])
        roles = []
        for r in d.get("roles", []):
            of = r.get("of")
            country = r.get("country") or (of if of and regex.fullmatch(r"[A-Z]{3}", of) else None)
            roles.append(Role(role=r["role"], of=of, country=country,
                              sector=r.get("sector") or self.role_sectors.get(r["role"]) or rec.sector,
                              start=_iso(r.get("from")), end=_iso(r.get("to")), leader=bool(r.get("leader")),
                              title=r.get("title") or {}))
        if roles:
            rec.roles = roles

    def add_phoenix(self) -> None:
        """Phoenix's actor dictionaries: country synonyms, and the people and organisations the
        overlay lacks (an entry naming an overlay actor is merged into it)."""
        if self.shared is None:
            return
        self.role_words = {key_tokens(w) for c in langs.available()
                           for ws in (actors_yaml(langs.load(c)).get("roles") or {}).values() for w in ws}
        owner, explicit = self._overlay_owners()
        first_names = {key_tokens(n)[0] for a in self.actors.values() if a.type == "PER"
                       for n in a.aliases.get("en", []) if len(key_tokens(n)) >= 2}
        grouped = self._phoenix_entries(self.shared / "data" / "actors")
        n_people = n_merged = 0
        for (sl, c3), e in grouped.items():
            names = [e.name, *e.synonyms]
            names = [n for n in names if key(n) not in self.drop_aliases]
            is_country = all(len(c.code) == 3 for c in e.codes) and e.file.startswith("Phoenix.Countries")
            if is_country:
                self._add_phoenix_country(sl, c3, e, names, first_names)
                continue
            target = explicit.get(key(e.name)) or next(
                (next(iter(owner[key(n)])) for n in names if len(owner.get(key(n), ())) == 1), None)
            roles = [Role(role=c.code, of=c.country, country=_country(c), sector=c.sector, start=c.start,
                          end=c.end, title={"en": c.code}) for c in e.codes]
            if target:
                # Phoenix groups everything with one CAMEO code under one entry (the CIA block
                # lists the NSA, Hezbollah's lists Nasrallah): only a person's own name variants
                # carry over, never an organisation's block
                rec = self.actors[target]
                if rec.type == "PER":
                    _add_aliases(rec, "en", [title_case(n) for n in names if _same_person(n, rec.name)])
                n_merged += 1
                continue
            rec = self._add_phoenix_actor(sl, c3, e, names, roles)
            if rec is not None and rec.type == "PER":
                n_people += 1
        self.log.append(f"phoenix: {len(grouped)} entries, {n_merged} merged into overlay, {n_people} people kept")

    def _overlay_owners(self) -> tuple[dict[str, set[str]], dict[str, str]]:
        """Alias key -> the overlay actors with that English alias, and the Phoenix names an
        overlay actor claims explicitly: where Phoenix entries merge into actors we already have."""
        owner: dict[str, set[str]] = defaultdict(set)
        explicit: dict[str, str] = {}
        for a in self.actors.values():
            if a.source == "overlay":
                for n in a.aliases.get("en", []):
                    if len(key_tokens(n)) >= 2 or a.type != "PER":
                        owner[key(n)].add(a.id)
                for n in a.__dict__.get("_phoenix", []):
                    explicit[key(n)] = a.id
        return owner, explicit

    def _phoenix_entries(self, folder: Path) -> dict[tuple[str, str], phoenix.PhoenixEntry]:
        """The Phoenix files' entries, one per (name slug, country code), their synonyms and codes joined."""
        grouped: dict[tuple[str, str], phoenix.PhoenixEntry] = {}
        for fname in PHOENIX_FILES:
            p = folder / fname
            if not p.exists():
                self.log.append(f"missing {p}")
                continue
            for e in phoenix.read(p):
                if not e.codes:
                    continue
                k = (slug(e.name), e.codes[0].code[:3])
                if k in grouped:
                    grouped[k].synonyms += [e.name, *e.synonyms]
                    grouped[k].codes += e.codes
                else:
                    grouped[k] = e
        return grouped

    def _add_phoenix_country(self, sl: str, c3: str, e, names: list[str], first_names: set[str]) -> None:
        """A Phoenix country entry: its synonyms become the country's link-only (noscan) names."""
        aid = self.by_alpha3.get(c3)
        if aid is None:  # a historical state CLDR lacks (Soviet Union, Yugoslavia)
            aid = sl
            rec = self.actors.setdefault(aid, ActorRecord(id=aid, name=title_case(e.name), type="GPE",
                                                          country=c3, source="phoenix"))
            _add_aliases(rec, "en", [title_case(e.name)])
        else:
            rec = self.actors[aid]
        # country synonyms mix in cities and regions: link-only, and never a person's first name
        extra = [n for n in names if not (len(key_tokens(n)) == 1 and key_tokens(n)[0] in first_names)]
        known = {key(x) for d in (rec.aliases, rec.demonyms) for xs in d.values() for x in xs}
        rec.noscan = _uniq(rec.noscan + [title_case(n) for n in extra if key(n) not in known])

    def _add_phoenix_actor(self, sl: str, c3: str, e, names: list[str], roles: list[Role]) -> ActorRecord | None:
        """A Phoenix person or organisation the registry lacks, added as an actor of its own
        (None when it is an office, a person out of office before PHOENIX_SINCE, or its id is taken)."""
        typ = _phoenix_type(e)
        if _has_role_word(e.name, self.role_words):
            return None  # an office, not an actor: roles resolve on a date instead
        if typ != "PER":
            # "PRESIDENT OF THE UNITED STATES" is a role, resolved through the roles on a date
            names = [n for n in names if not _has_role_word(n, self.role_words)]
            if not names or key(e.name) not in {key(n) for n in names}:
                return None
        if typ == "PER" and not any(r.end is None or r.end >= PHOENIX_SINCE for r in roles):
            return None
        aid = sl if sl not in self.actors else f"{sl}-{(c3 or 'x').lower()}"
        if aid in self.actors:
            return None
        c = e.codes[0]
        rec = ActorRecord(id=aid, name=title_case(e.name), type=typ, country=_country(c), sector=c.sector,
                          source="phoenix")
        _add_aliases(rec, "en", [title_case(n) for n in names])
        if typ == "PER":
            rec.roles = roles
        else:
            rec.roles = [r for r in roles if r.start or r.end]
        self.actors[aid] = rec
        return rec

    def add_bn_names(self) -> None:
        if self.shared is None:
            return
        pairs = wiki_name_pairs(self.shared)
        if pairs is None:
            return
        owner: dict[str, set[str]] = defaultdict(set)
        for a in self.actors.values():
            if a.type == "PER":
                for n in a.aliases.get("en", []):
                    if len(key_tokens(n)) >= 2:
                        owner[key(n)].add(a.id)
        added = 0
        for b, e in pairs:
            ids = owner.get(key(e))
            if ids and len(ids) == 1 and len(key_tokens(b)) >= 2:
                rec = self.actors[next(iter(ids))]
                if b not in rec.aliases.get("bn", []):
                    _add_aliases(rec, "bn", [b])
                    added += 1
        self.log.append(f"bn-en names: {added} Bengali aliases added")

    def add_titles(self) -> None:
        """Descriptive role titles in every language pack: 'President of Russia', 'রাশিয়ার রাষ্ট্রপতি'."""
        packs = [langs.load(c) for c in langs.available()]
        for a in self.actors.values():
            for r in a.roles:
                if r.title and set(r.title) - {"en"}:
                    continue
                place = self.actors.get(self.by_alpha3.get(r.of or "", "")) or self.actors.get(r.of or "")
                for pack in packs:
                    words = (actors_yaml(pack).get("roles") or {}).get(r.role)
                    if not words:
                        continue
                    tpl = actors_yaml(pack).get("role_title", "{role} of {place}")
                    pname = (place.aliases.get(pack.code) or [place.name])[0] if place else None
                    if pname is None:
                        r.title[pack.code] = words[0]
                    else:
                        r.title[pack.code] = tpl.format(role=words[0], place=pname,
                                                        place_gen=genitive(pname, pack))

    def add_country_institutions(self) -> None:
        """Every country's government and foreign ministry, named by the language packs'
        templates (`country_institutions` in lang/<code>/actors.yaml): "Government of China",
        "চীন সরকার", "the Chinese government", "চীনের পররাষ্ট্র মন্ত্রণালয়". An overlay actor
        that already has one of the generated names (the curated Chinese foreign ministry) takes
        the other names and stays; otherwise a new actor `<kind>-<alpha3>` is made."""
        packs = [langs.load(c) for c in langs.available()]
        kinds: dict[str, dict] = {}
        for pack in packs:
            for kind, spec in ((actors_yaml(pack).get("country_institutions")) or {}).items():
                k = kinds.setdefault(kind, {"name": None, "sector": "GOV", "forms": {}})
                k["name"] = spec.get("name") or k["name"]
                k["sector"] = spec.get("sector") or k["sector"]
                k["forms"][pack.code] = (pack, spec.get("forms") or [])
        owner: dict[str, set[str]] = defaultdict(set)
        for a in self.actors.values():
            if a.source == "overlay" and a.type == "ORG":
                for ns in a.aliases.values():
                    for n in ns:
                        owner[key(n)].add(a.id)
        made = 0
        for a3, cid in sorted(self.by_alpha3.items()):
            country = self.actors[cid]
            for kind, spec in kinds.items():
                names: dict[str, list[str]] = {}
                for code, (pack, forms) in spec["forms"].items():
                    places = (country.aliases.get(code) or ([country.name] if code == "en" else []))[:4]
                    dems = country.demonyms.get(code, [])[:2]
                    out = []
                    for f in forms:
                        if "{demonym}" in f:
                            out += [f.format(demonym=d) for d in dems]
                        else:
                            out += [f.format(place=p, place_gen=genitive(p, pack)) for p in places]
                    names[code] = _uniq(out)
                hits = {a.id for a in self.actors.values()
                        if a.institution == kind and a.country == a3 and a.source == "overlay"}
                hits = hits or {aid for ns in names.values() for n in ns for aid in owner.get(key(n), ())}
                if len(hits) == 1:
                    rec = self.actors[next(iter(hits))]
                else:
                    if not spec["name"]:
                        continue
                    aid = f"{kind.replace('_', '-')}-{a3.lower()}"
                    rec = self.actors.get(aid) or ActorRecord(
                        id=aid, name=spec["name"].format(place=country.name), type="ORG", country=a3,
                        sector=spec["sector"], source="overlay")
                    self.actors[aid] = rec
                    _add_aliases(rec, "en", [rec.name])
                    made += 1
                rec.institution = kind
                for code, ns in names.items():
                    _add_aliases(rec, code, ns)
        self.log.append(f"country institutions: {made} generated")

    # -- assembly -----------------------------------------------------------------------------
    def build(self) -> list[ActorRecord]:
        docs = self.overlay_docs()
        countries: dict = {}
        for d in docs:
            self.role_sectors.update(d.get("role_sectors") or {})
            countries.update(d.get("countries") or {})
            self.drop_aliases |= {key(x) for x in d.get("phoenix_drop_aliases") or []}
        self.add_cldr(countries)
        for d in docs:
            for a in d.get("actors") or []:
                self.add_overlay_actor(a)
        self.add_country_institutions()
        self.add_phoenix()
        self.add_bn_names()
        self.add_titles()
        for a in self.actors.values():
            a.__dict__.pop("_phoenix", None)
        return sorted(self.actors.values(), key=lambda a: a.id)


def genitive(name: str, pack) -> str:
    """The possessive form of a place name by the pack's morphology rules (রাশিয়া -> রাশিয়ার)."""
    for rule in (morphology_yaml(pack).get("genitive") or []):
        if regex.search(rule.get("match", ""), name):
            return name + rule.get("suffix", "")
    return name


def _has_role_word(name: str, role_words: set[tuple]) -> bool:
    toks = key_tokens(name)
    return any(toks[i:i + len(w)] == w for w in role_words for i in range(len(toks) - len(w) + 1))


def _same_person(variant: str, canonical: str) -> bool:
    """A Phoenix synonym is a spelling of this person if it carries the surname (phonetically:
    Shoygu ~ Shoigu) and no institution word ("Assad regime")."""
    from .translit import skeleton
    toks = key_tokens(variant)
    if set(toks) & (pack_words("org_words") | pack_words("not_person_words")):
        return False
    surname = skeleton(key_tokens(canonical)[-1])
    return any(skeleton(t) == surname for t in toks)


def _iso(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.strftime("%Y-%m-%d")
    s = str(v)
    return s if len(s) == 10 else (s + "-01-01")[:10] if len(s) == 4 else (s + "-01")[:10]


def _country(c: phoenix.PhoenixCode) -> str | None:
    cc = c.country
    return "IGO" if cc in ("IGO", "UNO") else cc


def _phoenix_type(e: phoenix.PhoenixEntry) -> str:
    words = set(key_tokens(e.name))
    org_words = pack_words("org_words")
    if words & org_words or e.file != "Phoenix.Countries.actors.txt":
        if not (e.file == "Phoenix.International.actors.txt" and any(c.start or c.end for c in e.codes)
                and not words & org_words):
            return "ORG"
    return "PER" if 2 <= len(words) <= 5 else "ORG"


def write(actors: list[ActorRecord], out_dir: Path = DATA_DIR, log: list[str] | None = None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "registry.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for a in actors:
            f.write(json.dumps(a.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n")
    counts = defaultdict(int)
    for a in actors:
        counts[f"{a.source}:{a.type}"] += 1
    (out_dir / "VERSION").write_text(
        json.dumps({"format": FORMAT, "built": _dt.date.today().isoformat(), "actors": len(actors),
                    "by_source_type": dict(sorted(counts.items())), "log": log or []},
                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def default_shared() -> Path | None:
    for p in (Path.cwd() / ".." / "shared", Path(__file__).resolve().parents[4] / "shared"):
        if (p / "data" / "actors").is_dir():
            return p.resolve()
    return None


def wiki_name_pairs(shared: Path) -> list[tuple[str, str]] | None:
    """The Bengali-English Wikipedia title pairs (shared data `bn-en-names/wiki_names.bn-en.tsv`)
    as (Bengali, English) as written; None when the file is missing."""
    p = shared / "data" / "actors" / "bn-en-names" / "wiki_names.bn-en.tsv"
    if not p.exists():
        return None
    return [tuple(line.split("\t", 1)) for line in p.read_text(encoding="utf-8").splitlines() if "\t" in line]


SPELLINGS_HEADER = ("# Latin spellings of Bengali name words, attested in Bengali-English Wikipedia title pairs\n"
                    "# (see src/khobor/data/actors/PROVENANCE.md); generated by `khobor actors build`.\n"
                    "native\tlatin\n")


def name_spellings(shared: Path) -> list[tuple[str, str]]:
    """Word-level spellings from the Bengali-English title pairs: words of pairs with as many
    words on each side, aligned in order; kept when one spelling is the usual one and it sounds
    like the word (a phonetic check against our romanisation drops misaligned pairs)."""
    from rapidfuzz import fuzz

    from .romanise import Rules, _abugida_word
    from .translit import skeleton
    pairs = wiki_name_pairs(shared)
    if not pairs:
        return []
    rules = Rules.from_pack(langs.load("bn"))
    rules.spellings = {}
    seen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    word = regex.compile(r"[\p{L}\p{M}]+")
    for b, e in pairs:
        bt = word.findall(unicodedata.normalize("NFC", b).replace("\u200c", "").replace("\u200d", ""))
        et = word.findall(e)
        if len(bt) != len(et) or len(bt) < 2:
            continue
        for x, y in zip(bt, et):
            if y.isascii() and len(y) > 1:
                seen[x][y[:1].upper() + y[1:]] += 1
    out = []
    for x, ys in seen.items():
        best, n = max(ys.items(), key=lambda kv: (kv[1], kv[0]))
        if n * 2 <= sum(ys.values()):
            continue
        guess = _abugida_word(x, rules)
        if fuzz.ratio(skeleton(guess.lower()), skeleton(best.lower())) < (60 if n > 1 else 75):
            continue
        out.append((x, best))
    return sorted(out)


def write_spellings(rows: list[tuple[str, str]], path: Path) -> None:
    path.write_text(SPELLINGS_HEADER + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")


LOCAL_SPELLINGS_HEADER = ("# Latin spellings of Bengali name words as Bangladeshi English-language papers write them: words\n"
                          "# of the registry's Bangladeshi people (Bengali and English aliases of as many words, aligned\n"
                          "# in order), the most frequent spelling, kept when it sounds like the word. Wins over\n"
                          "# name_spellings.tsv (Wikipedia, many Indian and Pakistani namesakes: Saqib, Havildar, Ray).\n"
                          "# Generated by `khobor actors build` (build.local_name_spellings).\n"
                          "native\tlatin\n")


def local_name_spellings(actors, country: str | None = None, min_people: int = 2) -> list[tuple[str, str]]:
    """Word spellings of one country's people in the registry (by default the bn pack's
    `home_country`): ("সাকিব", "Shakib") from "সাকিব আল হাসান" ~ "Shakib Al Hasan". A word spelt
    in name_spellings.tsv needs a spelling that `min_people` people share (one person's may be
    theirs alone); any word needs one spelling ahead of the others (ties go to none) and a phonetic match with our own romanisation, which drops titles and
    misaligned words ("বিচারপতি" ~ "Md")."""
    from rapidfuzz import fuzz

    from .romanise import Rules, _abugida_word, _nfc
    from .translit import skeleton
    pack = langs.load("bn")
    country = country or actors_yaml(pack).get("home_country")
    if not country:
        return []   # else every person without a country would count
    rules = Rules.from_pack(pack)
    attested = {row.get("native") for row in pack.tsv("name_spellings")}
    seen: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))   # word -> spelling -> people
    bn_word, en_word = regex.compile(r"[\p{Bengali}\p{M}]+"), regex.compile(r"[A-Za-z']+")
    for a in actors:
        a = a if isinstance(a, dict) else a.to_json()
        if a.get("type") != "PER" or a.get("country") != country:
            continue
        ens = [en_word.findall(e) for e in (a.get("aliases") or {}).get("en", [])]
        for b in (a.get("aliases") or {}).get("bn", []):
            bt = bn_word.findall(_nfc(b))
            for et in ens:
                if len(et) == len(bt):
                    for x, y in zip(bt, et):
                        if len(y) > 2:
                            seen[x][y[:1].upper() + y[1:]].add(a.get("id"))
    out = []
    for x, ys in seen.items():
        ranked = sorted(((k, len(v)) for k, v in ys.items()), key=lambda kv: (-kv[1], kv[0]))
        best, n = ranked[0]
        if (n < min_people and x in attested) or (len(ranked) > 1 and ranked[1][1] == n):
            continue   # one person's spelling ("Zubayer") does not overrule an attested one ("Jubair")
        if fuzz.ratio(skeleton(_abugida_word(x, rules).lower()), skeleton(best.lower())) < 60:
            continue
        out.append((x, best))
    return sorted(out)


def write_local_spellings(rows: list[tuple[str, str]], path: Path) -> None:
    path.write_text(LOCAL_SPELLINGS_HEADER + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")


TITLES_HEADER = ("# English titles of people's full names in Bengali, from Bengali-English Wikipedia title pairs\n"
                 "# (see src/khobor/data/actors/PROVENANCE.md); generated by `khobor actors build`.\n"
                 "native\tlatin\n")


def name_titles(shared: Path) -> list[tuple[str, str]]:
    """Whole-name pairs from the Bengali-English title pairs ("ফরিদা পারভীন" -> "Farida Parveen"):
    the name a provisional person gets when the article writes the full name so. A Bengali name
    with two English titles, an English title that is not plain capitalised words, or one with
    more than one word more or fewer than the Bengali name (a one-word name: any) is left out."""
    seen: dict[str, set[str]] = defaultdict(set)
    latin_word = regex.compile(r"^[A-Z][A-Za-z'.-]*$")
    for b, e in wiki_name_pairs(shared) or []:
        b, e = b.strip(), e.strip()
        native, words = " ".join(key_tokens(b)), e.split()
        if (not native or not words or not e.isascii() or not all(latin_word.match(w) for w in words)
                or abs(len(words) - len(native.split())) > (1 if " " in native else 0)):
            continue
        seen[native].add(e)
    return sorted((k, next(iter(v))) for k, v in seen.items() if len(v) == 1)


def write_titles(rows: list[tuple[str, str]], path: Path) -> None:
    path.write_text(TITLES_HEADER + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")


class BuildRefused(Exception):
    """The build would lose shipped data: no shared data folder, or a smaller registry."""


def shipped_count(out_dir: Path) -> int:
    path = out_dir / "registry.jsonl"
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


def main(shared: Path | None = None, out_dir: Path = DATA_DIR, force: bool = False) -> tuple[Path, list[str]]:
    """Rebuild the registry into out_dir. Without the shared data (Phoenix dictionaries, name
    pairs) a build would replace the shipped registry by a fraction of it, so it is refused, as is
    any build that shrinks the registry, unless `force`."""
    shared = shared or default_shared()
    if shared is None and not force:
        raise BuildRefused("no shared data folder with data/actors (../shared); pass --shared DIR "
                           "(or --force to build from the overlay alone)")
    b = Builder(shared)
    actors = b.build()
    before = shipped_count(out_dir)
    if len(actors) < before and not force:
        raise BuildRefused(f"the new registry would hold {len(actors)} actors, the shipped one {before}; "
                           "nothing written (--force to write it anyway)")
    if shared is not None and out_dir == DATA_DIR:
        rows = name_spellings(shared)
        if rows:
            write_spellings(rows, langs.load("bn").file("name_spellings.tsv"))
            b.log.append(f"bn name spellings: {len(rows)} words")
        langs.load("bn").forget("name_spellings.tsv")   # the rows just written
        local = local_name_spellings(actors)
        if local:
            write_local_spellings(local, langs.load("bn").file("name_spellings_local.tsv"))
            b.log.append(f"bn local name spellings: {len(local)} words")
        titles = name_titles(shared)
        if titles:
            write_titles(titles, langs.load("bn").file("name_titles.tsv"))
            b.log.append(f"bn name titles: {len(titles)} names")
    return write(actors, out_dir, b.log), b.log
