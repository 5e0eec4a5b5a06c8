"""The registry at run time: indexes over registry.jsonl and the resolution cascade.

    resolve("পুতিনের", "bn", "2023-09-15")              -> Vladimir Putin, RUS, GOV
    resolve("ক্রেমলিনের মুখপাত্র", "bn", "2023-09-15")   -> Dmitry Peskov (role in force on the date)
    resolve("Shoigu", date="2021-12-01")                   -> Sergei Shoigu, RUS, MIL

Cascade: exact alias -> folded alias with case endings stripped (language data) -> honorific /
title words stripped -> role phrase on the date -> phonetic skeleton + fuzzy score. Ambiguity
(two actors, same alias, same source rank, both plausible on the date) gives None: no guesses.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from .. import lang as langs
from ..record import Actor
from .keys import Morphology, fold_token, key_tokens
from .model import ActorRecord, Role
from .translit import VOWEL, consonants, skeleton
from .words import actors_yaml

RANK = {"overlay": 3, "cldr": 2, "phoenix": 1}
NOSCAN_RANK = 0      # link-only aliases (Phoenix country synonyms, bare surnames that are words)
FUZZY_MIN = 90       # rapidfuzz score (0-100) on phonetic skeletons
FUZZY_MARGIN = 6     # over the best *other* actor
LAST_MIN = 85        # rapidfuzz score of the last words' skeletons
FUZZY_MEMO_MAX = 200_000   # spellings scored and remembered per process before starting afresh
CONTEXT_SECTORS = {"COP", "MIL", "JUD", "SPY"}
# a note the dictionaries add to a person's name ("Salahuddin Ahmed (BNP)", "... (Acting"): the id
# tells namesakes apart, the name is what a reader writes
_PERSON_NOTE = regex.compile(r"\s*\([^()]*\)?\s*$")   # a bare office of these resolves in the article's country


@dataclass
class Match:
    actor: ActorRecord
    how: str                 # exact | stem | title | role | fuzzy | context
    score: float = 1.0
    demonym: bool = False
    role: Role | None = None


# actors.yaml `seat_numbers` (provisional.seats): what makes a number after a place no seat's
SEAT_NUMBER_KEYS = {"ordinal_endings", "count_words", "place_spellings"}


class LangInfo:
    """What the registry needs from one language pack (all of it data)."""

    def __init__(self, pack):
        data = actors_yaml(pack)
        self.code = pack.code if pack is not None else None
        self.morph = Morphology.from_pack(pack)
        self.honorifics = {fold_token(w) for w in data.get("honorifics") or []}
        self.determiners = {fold_token(w) for w in data.get("determiners") or []}
        self.articles = {fold_token(w) for w in data.get("articles") or []}
        self.scan_stop = {" ".join(key_tokens(w)) for w in data.get("scan_stop") or []}
        self.role_words: dict[tuple[str, ...], str] = {}
        for role, words in (data.get("roles") or {}).items():
            for w in words:
                self.role_words[key_tokens(w)] = role
        self.max_role_len = max((len(k) for k in self.role_words), default=0)
        # a country institution named without its country ("the foreign ministry in Beijing")
        self.institution_words: dict[tuple[str, ...], tuple[str, bool]] = {}
        for kind, spec in (data.get("institution_words") or {}).items():
            for w in spec.get("words") or []:
                self.institution_words[key_tokens(w)] = (kind, bool(spec.get("context")))
        self.institution_place_words = {fold_token(w) for w in data.get("institution_place_words") or []}
        # the country whose press writes this language in the corpus khobor serves: a ministry
        # named without a country that is not the article's country's is this one's
        self.home_country = data.get("home_country")
        # "তৎকালীন সেনাপ্রধান", "the then army chief": the office at another time than the article's
        self.past_words = {fold_token(w) for w in (data.get("context") or {}).get("past_words") or []}
        # role keys whose word, said of a named body, means whoever heads it ("বিসিবির সভাপতি":
        # the board's president, though "সভাপতি" is also a party's chairperson)
        self.body_head_roles = set(data.get("body_head_roles") or [])
        self.any_body_roles = set(data.get("any_body_roles") or [])   # "সভাপতি": of which body?
        # a number after a place that is no seat's: an ordinal ending run on to it ("২য়", "3rd") or
        # a word counting what follows ("২ লাখ মানুষ"); see provisional.seats
        seat = data.get("seat_numbers") or {}
        if set(seat) - SEAT_NUMBER_KEYS:   # a misspelt key would otherwise silently turn its test off
            raise ValueError(f"actors.yaml seat_numbers: unknown key(s) {sorted(set(seat) - SEAT_NUMBER_KEYS)}; "
                             f"known: {sorted(SEAT_NUMBER_KEYS)}")
        self.seat_ordinal_endings = tuple(fold_token(w) for w in seat.get("ordinal_endings") or ())
        self.seat_count_words = {fold_token(w) for w in seat.get("count_words") or []}
        # the spelling a seat's place takes in its name, where the registry's differs: "Chittagong" -> "Chattogram"
        self.seat_place_spellings = dict(seat.get("place_spellings") or {})
        # "Foreign Secretary": the UK's foreign minister, India's top diplomat of the civil service;
        # the same in every language, so kept once (data/actors/country_offices.yaml)
        self.country_offices = country_offices()

    def office_in(self, role: str, of: str | None) -> str:
        """The office a role word names when held of `of` (data/actors/country_offices.yaml):
        office_in("foreign_secretary", "GBR") == "foreign_minister"; of India, "foreign_secretary"."""
        return self.country_offices.get((role, of), role)


COUNTRY_OFFICES_PATH = Path(__file__).parents[1] / "data" / "actors" / "country_offices.yaml"


@lru_cache(maxsize=1)
def country_offices() -> dict[tuple[str, str], str]:
    """data/actors/country_offices.yaml as (role, country) -> the office the role word names there:
    country_offices()[("foreign_secretary", "GBR")] == "foreign_minister"."""
    import yaml
    data = yaml.safe_load(COUNTRY_OFFICES_PATH.read_text(encoding="utf-8")) or {}
    return {(role, country): office for role, spec in data.items()
            for office, countries in spec.items() for country in countries}


CAPITALS_PATH = Path(__file__).parents[1] / "data" / "actors" / "capitals.yaml"


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """data/actors/capitals.yaml as the registry id of a capital -> its country's code:
    capitals()["dhaka"] == "BGD". Read through the disk cache (`diskcache.parsed_yaml`): a warm
    start then imports no YAML parser."""
    from ..diskcache import parsed_yaml
    return dict(parsed_yaml("data-yaml-capitals", CAPITALS_PATH) or {})


def _is_country_record(a) -> bool:
    """Whether a record is a country's own CLDR record, not one of its cities: a city record
    carries its names only as `noscan` (build.add_cldr), a country its aliases.
    Example: "united-states" -> True; "yakutat" (also GPE, USA, CLDR) -> False."""
    return a.type == "GPE" and a.source == "cldr" and bool(a.country) and bool(a.aliases)


# the built registry (`khobor actors build` writes it): named here, not in the builder, so that
# reading it does not import the builder's YAML and Phoenix readers (~30 ms of a start)
REGISTRY_PATH = Path(__file__).parents[1] / "data" / "actors" / "registry.jsonl"
_ROLE_INDEXES = ("roles", "_roles_by_key", "_roles_of_body")   # read back together (Registry.__getattr__)


class Registry:
    def __init__(self, actors: list[ActorRecord]):
        self.actors: dict[str, ActorRecord] = {a.id: a for a in actors}
        self.langs: dict[str, LangInfo] = {c: LangInfo(langs.load(c)) for c in langs.available()}
        self.any_lang = _any_language(self.langs.values())
        scan_stop = set().union(*(li.scan_stop for li in self.langs.values()))
        ranked, scannable, self.lower_tail, self.acronyms = self._rank_aliases(actors, scan_stop)
        self.alias, scannable = _best_ranked(ranked, scannable)
        self.scan_first = _scan_index(self.alias, scannable)
        self.max_alias_len = max((len(k) for k in self.alias), default=1)
        self.roles = _role_holders(actors)
        self._fuzzy = None
        self.institutions = {(a.institution, a.country): a.id for a in actors if a.institution and a.country}
        # each country's own record (CLDR's, with the overlay's names): "BGD" -> "bangladesh"
        self.countries = {a.country: a.id for a in actors if _is_country_record(a)}
        self._roles_by_key: dict[str, dict[tuple, list]] = defaultdict(dict)
        self._roles_of_body: dict[str, list[tuple[str, list]]] = defaultdict(list)   # of -> [(rk, holders)]
        for (rk, of), hs in self.roles.items():
            self._roles_by_key[rk][(rk, of)] = hs
            self._roles_of_body[of].append((rk, hs))

    def _rank_aliases(self, actors: list[ActorRecord], scan_stop: set[str]):
        """Every alias key's candidate actors with their source rank, the keys the text scan looks
        for, the keys written with a lower-case last word, and the acronyms."""
        ranked: dict[tuple, dict[str, tuple[int, bool]]] = defaultdict(dict)
        upper: set[tuple] = set()
        lower_tail: set[tuple] = set()   # "Chinese government": the last word is written in lower case
        lower: set[tuple] = set()       # a key is an acronym only if no alias spells it in lower case
        scannable: set[tuple] = set()

        def add(k: tuple, aid: str, rank: int, demonym: bool = False):
            if not k:
                return
            old = ranked[k].get(aid)
            if old is None or rank > old[0]:
                ranked[k][aid] = (rank, demonym)

        for a in actors:
            rank = RANK.get(a.source, 1)
            noscan = {key_tokens(n) for n in a.noscan}
            for lang_code, names in a.aliases.items():
                for n in names:
                    k = key_tokens(n)
                    if not k or k in noscan:
                        continue
                    add(k, a.id, rank)
                    if len(k) >= 2 and n[:1].isupper() and n.split()[-1][:1].islower():
                        lower_tail.add(k)
                    if len(k) == 1 and n.isascii():
                        (upper if n.isupper() else lower).add(k)
                    if self._scannable(k, a, scan_stop):
                        scannable.add(k)
                    if len(k) == 2 and not n.isascii():
                        add((k[0] + k[1],), a.id, rank)   # দূর প্রাচ্য / দূরপ্রাচ্য
                        scannable.add((k[0] + k[1],))
            for lang_code, names in a.demonyms.items():
                for n in names:
                    k = key_tokens(n)
                    add(k, a.id, rank, demonym=True)
                    if " ".join(k) not in scan_stop:
                        scannable.add(k)
            for n in a.noscan:
                add(key_tokens(n), a.id, NOSCAN_RANK)
        return ranked, scannable, lower_tail, upper - lower

    def _has_role_words(self, k: tuple) -> bool:
        rw = self.any_lang.role_words
        return any(k[i:i + n] in rw for n in range(1, min(len(k), self.any_lang.max_role_len) + 1)
                   for i in range(len(k) - n + 1))

    def _scannable(self, k: tuple, a: ActorRecord, scan_stop: set[str]) -> bool:
        if len(k) == 1 and (" ".join(k) in scan_stop or len(k[0]) < 2):
            return False
        # "Russian President Vladimir Putin", "Mr Obama": the mention is the name; titles and
        # honorifics around it are found by the role logic, not made part of the entity
        if k[0] in self.any_lang.honorifics or self._has_role_words(k):
            return a.type != "PER" and not k[0] in self.any_lang.honorifics and a.source != "phoenix"
        if a.source == "phoenix" and (len(k) < 2 or k != key_tokens(a.name) or any(t.isdigit() for t in k)):
            return False   # Phoenix synonyms are often plain words ("La Liga", "17 November")
        if k[0] in self.any_lang.articles:
            return False   # "The United Nations": the mention starts at the name
        return True

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> "Registry":
        with path.open(encoding="utf-8") as f:
            return cls([ActorRecord.from_json(json.loads(line)) for line in f if line.strip()])

    @classmethod
    def load_cached(cls, path: Path) -> "Registry":
        """`load(path)` with its fuzzy index built, kept in the disk cache (`khobor.diskcache`) until
        the registry, a language pack or this package's code changes: a fresh process reads it
        in a fraction of the time the indexes take to build."""
        from ..diskcache import cached
        from .translit import library_version

        def build() -> "Registry":
            reg = cls.load(path)
            reg._fuzzy = PickledValues(reg._fuzzy_index())   # one frame's pool read back when first scored
            reg.country_names()   # kept with it: asking later would unpickle all 18,000 actors
            reg.noscan_phrases()  # ... and so would this
            reg.actors = PickledValues(reg.actors)
            reg.scan_first = ScriptShards(reg.scan_first)
            reg._keep_roles_pickled()
            reg._keep_alias_heads_pickled()
            return reg
        return cached("registry", registry_sources(path), build, extra=library_version())

    def _keep_roles_pickled(self) -> None:
        """The role indexes (`_ROLE_INDEXES`, 15,000 `Role`s) kept as one pickle until a role is
        first looked up (`__getattr__`). Why: they were two fifths of the cached registry's load
        time, and an article that names no office (a role word with its country or body) never
        reads them. One pickle keeps the holders' lists shared between the three, as built.
        Example: after it, "roles" not in reg.__dict__, and reg.roles reads them back."""
        import pickle
        self._pickled_roles = pickle.dumps(tuple(self.__dict__.pop(n) for n in _ROLE_INDEXES),
                                           protocol=pickle.HIGHEST_PROTOCOL)

    def __getattr__(self, name: str):
        """Only asked for what the instance lacks: the role indexes while still pickled. They are
        read back with the collector paused and then frozen (`collector.paused`), as what the first
        article of a language loads is: they live as long as the process. Why: read back after that
        first article (its office words come later in a stream), their ~60,000 containers were
        walked by every full collection: 450 new news-dev articles, full collections 0.51 -> 0.29 s."""
        pickled = self.__dict__.get("_pickled_roles")
        if name not in _ROLE_INDEXES or pickled is None:
            raise AttributeError(name)
        import pickle
        from ..collector import paused
        with paused():
            self.__dict__.update(zip(_ROLE_INDEXES, pickle.loads(pickled)))
        self.__dict__.pop("_pickled_roles", None)
        return self.__dict__[name]

    def country_names(self) -> dict[str, str]:
        """Country code -> the name of the country's own record (what the quotes layer calls the
        country). Example: reg.country_names()["BGD"] == "Bangladesh"."""
        names = self.__dict__.get("_country_names")
        if names is None:
            names = {code: self.actors[aid].name for code, aid in self.countries.items()}
            self._country_names = names
        return names

    def alias_heads(self) -> "AliasHeads":
        """Every alias of two words or more without its last word: a key of two words or more
        whose head is not among them has no `lookup` hit (neither as it is nor with a case ending
        off its last word), so a caller trying many made-up keys can skip it at one set probe.
        Made once per process, at the first call: read back from the disk-cached registry
        (`_keep_alias_heads_pickled`), else built (a set over the aliases, some 20 ms).
        Example: ("বাংলাদেশ",) is in it ("বাংলাদেশ ব্যাংক"); ("আজ",) is not (no alias opens with it)."""
        heads = self.__dict__.get("_alias_heads")
        if heads is None:
            pickled = self.__dict__.pop("_pickled_alias_heads", None)
            heads = self._alias_heads = AliasHeads.of(self.alias) if pickled is None else AliasHeads.read(pickled)
        return heads

    def _keep_alias_heads_pickled(self) -> None:
        """`alias_heads` made at build time and kept pickled with the cached registry until first
        asked. Why: building them walks all 38,000 aliases at a Bengali article's first unlinked
        body (20-35 ms of a start); reading the joined heads back takes a third of that, and an
        article that never asks reads nothing. Example: after it, reg.alias_heads() reads them."""
        self._pickled_alias_heads = AliasHeads.of(self.alias).pickled()

    def country_keys(self, code: str) -> frozenset[tuple]:
        """The names the registry gives a country (its own record: CLDR's names with those of the
        overlay's countries.yaml), as key tokens; none for a code it lacks. Kept with the
        registry, as `country_names` is: the linker asks for every body and place of every article.
        Example: reg.country_keys("BGD") holds ("bangladesh",) and ("বাংলাদেশ",)."""
        kept = self.__dict__.setdefault("_country_keys", {})
        keys = kept.get(code)
        if keys is None:
            aid = self.countries.get(code)
            a = self.actors[aid] if aid is not None else None
            keys = kept[code] = frozenset() if a is None else frozenset(
                key_tokens(n) for n in [a.name, *(n for ns in a.aliases.values() for n in ns)])
        return keys

    def holders_on(self, role: str, of: str | None, date: str | None) -> dict[str, Role]:
        """Actor id -> role, for everyone holding `role` of `of` (a country code or a body's id) on
        `date`: holders_on("foreign_minister", "IND", "2025-06-01") has one entry. It is the lookup
        `_role_phrase` makes for each owner of an office."""
        return {aid: r for aid, r in self.roles.get((role, of), []) if r.in_force(date)}

    def noscan_phrases(self) -> dict[str, dict[str, tuple[tuple[tuple, str], ...]]]:
        """Country code -> the link-only names of that country's bodies that are phrases of two
        words or more, by their first folded word (context.home_body_phrases reads them).
        Example: reg.noscan_phrases()["BGD"]["interim"] holds (("interim", "government"),
        "bangladesh-interim-government"). Built with the disk-cached registry: asking later
        would unpickle all 18,000 actors."""
        phrases = self.__dict__.get("_noscan_phrases")
        if phrases is None:
            found: dict[str, dict[str, list]] = {}
            for aid in self.actors:
                a = self.actors[aid]
                for n in a.noscan if a.type == "ORG" and a.country else ():
                    key = key_tokens(n)
                    if len(key) >= 2:
                        found.setdefault(a.country, {}).setdefault(key[0], []).append((key, aid))
            phrases = {c: {k: tuple(v) for k, v in d.items()} for c, d in found.items()}
            self._noscan_phrases = phrases
        return phrases

    # -- public API ------------------------------------------------------------------------------
    def resolve(self, name: str, lang: str | None = None, date: str | None = None,
                context: str | None = None) -> Actor | None:
        """The actor `name` denotes on `date`, or None below confidence. `context`: a country code
        the article is about, used only for bare role words ("the Foreign Minister")."""
        m = self.match(name, lang, date, context)
        return self.to_actor(m.actor, date) if m else None

    def to_actor(self, a: ActorRecord, date: str | None) -> Actor:
        country, sector = a.country_sector_on(date)
        name = _PERSON_NOTE.sub("", a.name) if a.type == "PER" else a.name
        return Actor(id=a.id, name=name or a.name, country=country, sector=sector, wikidata=a.wikidata)

    def own_keys(self, aid: str) -> set[tuple]:
        """An actor's alias and demonym keys (its link-only names left out)."""
        if not hasattr(self, "_own"):
            self._own: dict[str, set[tuple]] = {}
        if aid not in self._own:
            a = self.actors[aid]
            self._own[aid] = {key_tokens(n) for d in (a.aliases, a.demonyms) for ns in d.values() for n in ns}
        return self._own[aid]

    def info(self, lang: str | None) -> LangInfo:
        return self.langs.get(lang or "", self.any_lang)

    def match(self, name: str, lang: str | None = None, date: str | None = None,
              context: str | None = None) -> Match | None:
        li = self.info(lang)
        toks = key_tokens(name)
        if not toks:
            return None
        m = self.lookup(toks, li, date)
        if m:
            return m
        core = self._strip(toks, li.honorifics | li.articles)   # "Mr Putin", "the Chinese government"
        if core != toks and core:
            m = self.lookup(core, li, date)
            if m:
                return m
        m = self._role_phrase(core, li, date, context, past=bool(li.past_words.intersection(toks)))
        if m:
            return m
        for cand in _with_stems(core, li):
            m = self.fuzzy(cand, date)   # "পুটিনের": an unseen spelling, inflected
            if m:
                return m
        return None

    def lookup(self, toks: tuple, li: LangInfo, date: str | None) -> Match | None:
        """Exact alias, then the last token with a case ending stripped."""
        hit = self._pick(self.alias.get(toks), date)
        if hit:
            return Match(self.actors[hit[0]], "exact", 1.0, hit[1])
        for stem in li.morph.stems(toks[-1]):
            hit = self._pick(self.alias.get(toks[:-1] + (stem,)), date)
            if hit:
                return Match(self.actors[hit[0]], "stem", 0.95, hit[1])
        return None

    def _pick(self, cands, date: str | None):
        """The one (actor id, demonym) of an alias's candidates on the date: a body only while it
        exists (the interim government from 2024-08-08 is no candidate on "2008-03-02"), then,
        of several, the only one holding a role on the date."""
        cands = [c for c in cands or () if self.actors[c[0]].exists_on(date)]
        if not cands:
            return None
        if len({c[0] for c in cands}) == 1:
            return cands[0]
        if date:  # several actors share the alias: only one may hold a role on the date
            live = [c for c in cands if any(r.in_force(date) for r in self.actors[c[0]].roles)]
            if len({c[0] for c in live}) == 1:
                return live[0]
        return None

    @staticmethod
    def _strip(toks: tuple, words: set[str]) -> tuple:
        i = 0
        while i < len(toks) - 1 and toks[i] in words:
            i += 1
        return toks[i:]

    def _find_role(self, toks: tuple, li: LangInfo) -> tuple[int, int, str] | None:
        """The longest role-word sequence in toks (allowing a case ending on its last token)."""
        best = None
        for i in range(len(toks)):
            for n in range(min(li.max_role_len, len(toks) - i), 0, -1):
                seg = toks[i:i + n]
                role = li.role_words.get(seg)
                if role is None:
                    for stem in li.morph.stems(seg[-1]):
                        role = li.role_words.get(seg[:-1] + (stem,))
                        if role:
                            break
                if role and (best is None or n > best[1] - best[0]):
                    best = (i, i + n, role)
                    break
        return best

    def _role_phrase(self, toks: tuple, li: LangInfo, date: str | None, context: str | None,
                     past: bool = False) -> Match | None:
        """A title and a name ("প্রেসিডেন্ট পুতিন"), or the holder of an office on the date
        ("রাশিয়ার রাষ্ট্রপতি"); `past` ("তৎকালীন", "then", "former"): the office at another time,
        so only a name written with it says who held it."""
        found = self._find_role(toks, li)
        if not found:
            return None
        i, j, role = found
        before = tuple(t for t in toks[:i] if t not in li.determiners)
        after = tuple(t for t in toks[j:] if t not in li.determiners)
        # a title before a name: "President Putin", "প্রেসিডেন্ট পুতিন", "Russian President Vladimir Putin"
        for k in range(len(after)):
            m = self.lookup(after[k:], li, date)
            if m and m.actor.type == "PER":
                return Match(m.actor, "title", 0.95)
        if past:
            return None
        # "রাশিয়ার রাষ্ট্রপতি", "Russian President", "the Kremlin spokesman", "President of Russia"
        place_toks = before or after
        if before and after:
            return None
        if place_toks:
            pm = self.lookup(place_toks, li, date)
            if pm is None or pm.actor.type == "PER":
                return None
            owners = [pm.actor.id] + ([pm.actor.country] if pm.actor.type == "GPE" and pm.actor.country else [])
        elif context:
            owners = [context]
        else:
            return None
        for of in owners:
            holders = self.holders_on(li.office_in(role, of), of, date)
            if len(holders) == 1:
                aid, r = next(iter(holders.items()))
                return Match(self.actors[aid], "role", 0.9, role=r)
        if place_toks and pm.actor.type == "ORG" and (
                pm.actor.country in (None, context) or self._proper_name(place_toks, li)):
            # a body named by a common noun is the article's country's ("নৌবাহিনীর প্রধান" in a
            # story about Pakistan is not Bangladesh's navy chief); "পিসিবি" is Pakistan's anywhere
            return self._body_office(role, pm.actor, li, date)
        if context and not place_toks and role not in li.any_body_roles:
            # the head of a security or judicial body of the country ("IGP": of the Bangladesh
            # Police); never a party office ("the convener" is any committee's), a chair that
            # any body has ("সভাপতি", "chairman": of which body?) or a post that exists many
            # times over ("the high commissioner": of which mission?)
            holders = {aid: r for (rk, of), hs in self._roles_by_key.get(role, {}).items()
                       for aid, r in hs if r.country == context and r.in_force(date)
                       and r.sector in CONTEXT_SECTORS}
            if len(holders) == 1:
                aid, r = next(iter(holders.items()))
                return Match(self.actors[aid], "role", 0.85, role=r)
        return None

    def _proper_name(self, toks: tuple, li: LangInfo) -> bool:
        """toks (its last word with or without a case ending) are a name the gazetteer scans
        ("বিসিবির"), not a link-only common noun ("নৌবাহিনীর")."""
        for cand in _with_stems(toks, li):
            if cand in self.scan_first.get(cand[0], ()):
                return True
        return False

    def _body_office(self, role: str, body: ActorRecord, li: LangInfo, date: str | None) -> Match | None:
        """The office of a named body that the registry files under another key: a head word
        ("বিসিবির সভাপতি", "নৌবাহিনীর প্রধান") is the one person heading the body on the date; a
        state body's office held of its country ("জাতীয় সংসদের স্পিকার": the Speaker of
        Bangladesh) is that office when its sector is the body's (LEG, MIL, ...)."""
        holders: dict[str, Role] = {}
        if role in li.body_head_roles:
            holders = {aid: r for rk, hs in self._roles_of_body.get(body.id, ()) if rk in li.body_head_roles
                       for aid, r in hs if r.in_force(date)}
        if not holders and body.country and body.sector:
            holders = {aid: r for aid, r in self.roles.get((role, body.country), [])
                       if r.in_force(date) and r.sector == body.sector}
        if len(holders) != 1:
            return None
        aid, r = next(iter(holders.items()))
        return Match(self.actors[aid], "role", 0.85, role=r)

    # -- fuzzy -----------------------------------------------------------------------------------
    def _fuzzy_index(self):
        if self._fuzzy is None:
            by_frame: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for k, cands in self.alias.items():
                if len(k) < 2 and len(k[0]) < 5:
                    continue
                sk = skeleton(" ".join(k))
                frame = consonants(sk)
                for aid, dem in cands:
                    # institutions named by template ("Thai foreign ministry") are phrases, not
                    # spellings: a near miss is another country, never a variant
                    if not dem and self.actors[aid].type in ("PER", "ORG") and not self.actors[aid].institution:
                        by_frame[frame[:2]].append((sk, aid))
            self._fuzzy = by_frame
        return self._fuzzy

    def fuzzy(self, toks: tuple, date: str | None) -> Match | None:
        """Phonetic skeleton + rapidfuzz for spellings no alias lists ("পুটিন", "Dmitri Peskoff").
        The answer depends on the spelling alone, and the same unlisted spellings recur (a third
        of the look-ups of 150 news articles were new), so each is scored once per process; a
        body is no answer on a date it did not exist on ("অন্তর্বর্তী সরকারের" in 2008)."""
        memo = self.__dict__.setdefault("_fuzzy_memo", {})
        if toks not in memo:
            if len(memo) >= FUZZY_MEMO_MAX:
                memo.clear()
            memo[toks] = self._fuzzy_best(toks)
        hit = memo[toks]
        if hit is None or not self.actors[hit[0]].exists_on(date):
            return None
        return Match(self.actors[hit[0]], "fuzzy", hit[1])

    def _fuzzy_choices(self, frame: str, pool: list) -> list[str]:
        """The skeletons of the fuzzy index's `pool` for `frame`, listed once per process.
        Example: ("কর", [("করিম", "a1"), ("করম", "a2")]) -> ["করিম", "করম"]."""
        by_frame = self.__dict__.setdefault("_fuzzy_choice_lists", {})
        got = by_frame.get(frame)
        if got is None:
            got = by_frame[frame] = [cand for cand, _ in pool]
        return got

    def _fuzzy_best(self, toks: tuple) -> tuple[str, float] | None:  # noqa: C901
        """The actor id and score (0-1) `fuzzy` answers for `toks`, or None."""
        if not toks or (len(toks) < 2 and len(toks[0]) < 5):
            return None
        from rapidfuzz import fuzz, process
        sk = skeleton(" ".join(toks))
        frame = consonants(sk)[:2]
        pool = self._fuzzy_index().get(frame, [])
        best: dict[str, float] = {}
        last = sk.split()[-1] if sk.split() else ""
        # the pool scored in one call (rapidfuzz's loop, not Python's), only the skeletons within
        # reach kept, read in the pool's order: the same scores and choice as one ratio per skeleton
        hits = process.extract(sk, self._fuzzy_choices(frame, pool), scorer=fuzz.ratio,
                               score_cutoff=FUZZY_MIN - FUZZY_MARGIN, limit=None)
        for _, s, k in sorted(hits, key=lambda hit: hit[2]):
            cand, aid = pool[k]
            # two people who share a first name are not spelling variants of each other:
            # the last names must be near-identical too ("Shafiqul Islam" is not "Shafiqul Alam"),
            # and so must the given names of two who share a surname (_same_given)
            if s > best.get(aid, 0) and _same_last(last, cand) and _same_given(sk, cand):
                best[aid] = s
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda x: -x[1])
        aid, s = ranked[0]
        if s < FUZZY_MIN or (len(ranked) > 1 and s - ranked[1][1] < FUZZY_MARGIN):
            return None
        return aid, s / 100


class AliasHeads:
    """The heads of the registry's aliases (`Registry.alias_heads`), each kept as its words joined
    by SEP: a set of 24,000 strings unpickles in a third of the time of the same set of tuples.
    Example: ("বাংলাদেশ",) in AliasHeads.of({("বাংলাদেশ", "ব্যাংক"): []}) -> True."""
    SEP = "\x00"   # never inside a key token

    def __init__(self, joined: frozenset[str]):
        self.joined = joined

    @classmethod
    def of(cls, alias) -> "AliasHeads":
        return cls(frozenset(cls.SEP.join(k[:-1]) for k in alias if len(k) >= 2))

    @classmethod
    def read(cls, pickled: bytes) -> "AliasHeads":
        import pickle
        return cls(pickle.loads(pickled))

    def pickled(self) -> bytes:
        import pickle
        return pickle.dumps(self.joined, protocol=pickle.HIGHEST_PROTOCOL)

    def __contains__(self, head: tuple) -> bool:
        return self.SEP.join(head) in self.joined


def script_block(word: str) -> int:
    """The 128-code-point block of a word's first letter: one per script (Latin 0, Bengali 19).
    Example: script_block("ঢাকা") == 19; script_block("Dhaka") == 0."""
    return ord(word[0]) >> 7 if word else -1


class ScriptShards(Mapping):
    """A mapping by word (`Registry.scan_first`), kept as one pickle per script block of the
    word's first letter (`script_block`) until a word of that block is first asked. Why: two
    thirds of the 15,700 first words are Latin, and a Bengali article's scan asks only Bengali
    words (an English one's only Latin): reading the Latin part back was ~15 ms of a Bengali start.
    Reads like the dict it replaces, without a defaultdict's default (its callers only `get`).
    Example: ScriptShards({"dhaka": [k1], "ঢাকা": [k2]}).get("ঢাকা") == [k2], the Latin part still pickled."""

    def __init__(self, by_word: Mapping):
        import pickle
        blocks: dict[int, dict] = defaultdict(dict)
        for word, value in by_word.items():
            blocks[script_block(word)][word] = value
        self._pickled = {b: pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL) for b, part in blocks.items()}
        self._loaded: dict[int, dict] = {}
        self._len = len(by_word)

    def _block(self, b: int) -> dict:
        part = self._loaded.get(b)
        if part is None:
            import pickle
            pickled = self._pickled.get(b)
            part = self._loaded[b] = {} if pickled is None else pickle.loads(pickled)
        return part

    def __getitem__(self, word: str):
        return self._block(script_block(word))[word]

    def __contains__(self, word) -> bool:
        return word in self._block(script_block(word))

    def __iter__(self):
        for b in self._pickled:
            yield from self._block(b)

    def __len__(self) -> int:
        return self._len

    def __getstate__(self) -> dict:
        return {"_pickled": self._pickled, "_len": self._len}   # what was read back stays out of the cache

    def __setstate__(self, state: dict) -> None:
        self._pickled, self._len, self._loaded = state["_pickled"], state["_len"], {}


class PickledValues(Mapping):
    """A mapping by string key whose values are each kept pickled until first looked up: the
    registry's actors by id (`load_cached`): unpickling all 18,000 at the start of a process was
    half of the cached registry's load time, and one article looks up a few hundred; and the fuzzy
    index's pools by consonant frame: an article scores a few of its 346 frames. Reads like the
    dict it replaces; a looked-up value stays the same object.
    Example: PickledValues({"vladimir-putin": rec})["vladimir-putin"] == rec."""

    def __init__(self, by_key: dict[str, Any]):
        import pickle
        parts, self._at, pos = [], {}, 0
        for key, value in by_key.items():
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            self._at[key] = (pos, pos + len(data))
            parts.append(data)
            pos += len(data)
        self._blob = b"".join(parts)
        self._loaded: dict[str, Any] = {}

    def __getitem__(self, key: str):
        try:
            return self._loaded[key]
        except KeyError:
            import pickle
            a, b = self._at[key]   # KeyError for an unknown key, as a dict
            value = self._loaded[key] = pickle.loads(self._blob[a:b])
            return value

    def __contains__(self, key) -> bool:
        return key in self._at

    def __iter__(self):
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)

    def __getstate__(self) -> dict:
        return {"_at": self._at, "_blob": self._blob}   # what was looked up stays out of the cache

    def __setstate__(self, state: dict) -> None:
        self._at, self._blob, self._loaded = state["_at"], state["_blob"], {}


def _with_stems(toks: tuple, li: LangInfo) -> list[tuple]:
    """toks, then toks with each stem of its last word ("পুটিনের" -> "পুটিন")."""
    return [toks] + [toks[:-1] + (st,) for st in li.morph.stems(toks[-1])]


def _any_language(infos) -> LangInfo:
    """The word lists of every language pack together, for a name whose language is unknown."""
    any_lang = LangInfo(None)
    infos = list(infos)
    any_lang.morph = Morphology.union([li.morph for li in infos])
    for li in infos:
        any_lang.honorifics |= li.honorifics
        any_lang.determiners |= li.determiners
        any_lang.articles |= li.articles
        any_lang.role_words.update(li.role_words)
    any_lang.max_role_len = max((len(k) for k in any_lang.role_words), default=0)
    return any_lang


def _best_ranked(ranked: dict, scannable: set[tuple]) -> tuple[dict[tuple, list[tuple[str, bool]]], set[tuple]]:
    """Per alias key, only the candidates of the best source rank; a key whose best source is a
    link-only (noscan) name leaves the scanned keys."""
    alias: dict[tuple, list[tuple[str, bool]]] = {}
    for k, cands in ranked.items():
        best = max(r for r, _ in cands.values())
        alias[k] = [(aid, dem) for aid, (r, dem) in cands.items() if r == best]
        if best == NOSCAN_RANK:
            scannable.discard(k)
    return alias, scannable


def _scan_index(alias: dict, scannable: set[tuple]) -> dict[str, list[tuple]]:
    """First word -> the scanned alias keys starting with it, longest first."""
    scan_first: dict[str, list[tuple]] = defaultdict(list)
    for k in scannable:
        if k in alias:
            scan_first[k[0]].append(k)
    for lst in scan_first.values():
        lst.sort(key=len, reverse=True)
    return scan_first


def _role_holders(actors: list[ActorRecord]) -> dict[tuple[str, str], list[tuple[str, Role]]]:
    """(role, of) -> the actors holding it and when; a leader role also under ("leader", of)."""
    roles: dict[tuple[str, str], list[tuple[str, Role]]] = defaultdict(list)
    for a in actors:
        for r in a.roles:
            if r.of:
                roles[(r.role, r.of)].append((a.id, r))
                if r.leader:
                    roles[("leader", r.of)].append((a.id, r))
    return roles


def registry_sources(path: Path) -> list[Path]:
    """Every file a loaded Registry is built from: the registry, the language packs' data and this
    package's code, and the code that reads a pack and makes a record (a change to any of them
    rebuilds the cached registry)."""
    pkg = Path(__file__).parent
    packs = [p for code in langs.available() for p in sorted(langs.load(code).path.iterdir())
             if p.suffix in (".yaml", ".tsv")]
    return [path, *packs, COUNTRY_OFFICES_PATH, *sorted(pkg.glob("*.py")), Path(langs.__file__),
            Path(__file__).parents[1] / "record.py"]


def _same_given(name: str, cand: str) -> bool:
    """The words before the last of two skeletons that may spell one name, word by word from the
    end (a longer name may only add words in front: "md aktar hosen" ~ "aktar hosen"): near-
    identical, of the same consonants ("tarek" ~ "tarike") or one the other's beginning
    ("national" ~ "nationalist"). A common surname does not join two people ("akbar hosen" is not
    "aktar hosen", though the whole names score over 90), nor a word inside a body's name join a
    wing to its party ("banglades jatiatabadi catr dal" is not "banglades jatiatabadi dal").
    Initials are left out: a writer may drop one ("mohamad arafat" ~ "mohamad a arafat")."""
    from rapidfuzz import fuzz
    given = [w for w in name.split()[:-1] if len(w) > 1]
    other = [w for w in cand.split()[:-1] if len(w) > 1]
    if not given or not other:
        return True
    pairs = zip(reversed(given), reversed(other))
    return all(fuzz.ratio(a, b) >= LAST_MIN or _vowelless(a) == _vowelless(b) or _begins(a, b) for a, b in pairs)


def _vowelless(word: str) -> str:
    """A skeleton word without its vowels, the first one too (unlike `translit.consonants`), for
    the same-consonants test of `_same_given` and `_same_last`: "tarek" and "tarike" -> "trk"."""
    return VOWEL.sub("", word)


def _begins(a: str, b: str) -> bool:
    """One word is the other's beginning, of six letters or more (a short name begins other names:
    "hasan", "hasanat"): _begins("national", "nationalist")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 6 and long_.startswith(short)


def _same_last(last: str, cand: str) -> bool:
    """Last words of two skeletons that may spell one name: near-identical, or close with the
    same first letter ("peskof" ~ "peskob"), or the same consonants ("eun" ~ "un"); never a
    different name that merely rhymes ("isalam" is not "alam")."""
    from rapidfuzz import fuzz
    other = cand.split()[-1] if cand.split() else ""
    r = fuzz.ratio(last, other)
    if r >= LAST_MIN:
        return True
    return (r >= LAST_MIN - 5 and last[:1] == other[:1] and not _other_sonorant(last, other)) or (
        bool(_vowelless(last)) and _vowelless(last) == _vowelless(other))


SONORANTS = "lmnr"   # letters no romanisation of one name swaps for another (unlike f/b/v, k/q, s/z)


def _other_sonorant(a: str, b: str) -> bool:
    """Two skeleton words whose consonants line up one to one, one of them with l, m, n or r
    where the other has another consonant: two names, not two spellings of one ("kalil", of
    Khalil, is not "kalin", of Kalin; "peskof" and "peskob" differ in f/b only)."""
    x, y = _vowelless(a), _vowelless(b)
    return len(x) == len(y) and any(p != q and (p in SONORANTS or q in SONORANTS) for p, q in zip(x, y))
