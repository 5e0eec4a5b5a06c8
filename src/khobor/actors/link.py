"""Extraction layer: actors. Links entities to the registry and adds the mentions NER missed.

    get_registry() -> Registry            loaded once per process from data/actors/registry.jsonl
    Registry.resolve(name, lang, date)    surface form -> Actor on the date, or None
    run(rec, pack)                        links rec.entities, adds gazetteer mentions, merges spans

Order inside run(): (1) resolve every NER span; (2) scan the text for registry aliases;
(3) merge overlapping spans (linked beats unlinked; an exact alias beats a wider NER span that
resolves to the same actor); (4) short names of people the article already named ("মিঃ কিম",
"পেসকভ"); (5) constituencies ("ঢাকা-৮ আসন"); (6) provisional actors for confident names the
registry lacks, spurious NER spans (titles, common nouns) dropped, and the short forms of those
names ("হামিদুল্লাহকে" after "এম রিয়াজ হামিদুল্লাহ"), and a one-word name that only a fuzzy
match gave to a foreign person read as a home name (`_lone_fuzzy_foreigner`); (6b) the context rules of
actors/context.py (a team named after a city, a namesake with an age, local senses of a
word), then of actors/home.py (a bare ministry is the press's own country's, a name with an age
is a person, not a place); (7) entity types from the actor.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
import regex

from .context import RULES as CONTEXT_RULES, phoenix_person, links_a_place, named_body_over_person
from .home import RULES as HOME_RULES, age_or_named
from .keys import is_cased, key_tokens, tokens, tokens_in
from .native import NativeSpellings, same_consonants
from .provisional import Provisional, Words, person_words, seats
from .romanise import romanise
from .registry import REGISTRY_PATH, Match, Registry, registry_sources
from .words import actors_yaml, after_private_prefix, private_prefix, private_prefix_start, private_prefix_tokens
from .scan import HONORIFIC_GAP, grow_to_names, scan, scan_parts
from ..lang import LangPack
from ..record import Entity, Record

__all__ = ["Registry", "get_registry", "provisional_actor", "run"]

MIN_PART_LEN = 3   # a short name must have at least this many characters to stand for a person
HYPHENS = "-\u2010\u2011\u2013"
MIN_LONE_REPEATS = 2  # one word the NER tags a person this often is a name of its own


@lru_cache(maxsize=1)
def get_registry() -> Registry:
    return Registry.load_cached(REGISTRY_PATH)


@lru_cache(maxsize=None)
def _words(code: str | None) -> Words:
    from .. import lang as langs
    return Words(langs.load(code) if code in langs.available() else None)


def _type_of(m: Match, fallback: str | None = None) -> str:
    if m.demonym:
        return "NORP"
    return m.actor.type or fallback or "ORG"


def run(rec: Record, pack: LangPack | None) -> None:
    """Link rec.entities to the registry and add the mentions NER missed, in the order the module
    docstring gives."""
    reg = get_registry()
    lang = pack.code if pack is not None else rec.language
    li = reg.info(lang)
    # with no publication date, the retrieval day (an upper bound on it, and in a news feed
    # days from it) picks the office holders and the next election: nearer than "today"
    date = rec.published or rec.retrieved
    text = rec.text

    words = _words(lang)
    prov = Provisional(reg, li, words, text, lang, date, {x.start for x in rec.sentences},
                       date_is_retrieval=rec.published is None and date is not None)

    spans = _ner_spans(rec.entities, text, reg, prov, lang, date) + _gazetteer_spans(text, reg, li, date)
    kept = _merge_found(spans, text, reg, li, words, prov)

    # (3) bare role phrases and unlinked NER spans may use the article's main country
    context = _article_country(kept, text, reg)
    # an unknown name's spelling reads by where the story is set: its places, else any named body
    prov.story_country = context or _main_country(kept, places_only=False)
    kept = [(s, e, t, m if m else reg.match(text[s:e], lang, date, context), ner)
            for s, e, t, m, ner in kept]
    kept = _native_spellings(kept, text, reg, li, pack, date)
    kept = _folded_places(kept, text, reg, li, pack, date)
    kept = _own_country_bodies(kept, text, reg, li, date, context, words.context.country_forms,
                               words.context.national_words)
    kept = _lone_fuzzy_foreigners(_private_namesakes(kept, text, reg, lang), text, reg, context or li.home_country)

    # (4) short names of people already named in full
    parts, titled = _name_parts(kept, text, reg, li)
    if parts or titled:
        kept = _short_names(kept, text, reg, li, parts, titled, prov)

    kept = _seats_and_institutions(kept, text, reg, li, date, context)

    # (6) provisional actors for names the registry lacks, and their short forms
    kept = [(s, e, "NORP" if m is None and prov.is_group(s, e) else t, m, ner) for s, e, t, m, ner in kept]
    home = context or li.home_country   # the country a lone name fuzzy-matched abroad is read in
    kept = _private_lone_names(_provisional(kept, prov, parts, titled, li, home), prov, home)

    # (6b) linking in context: what the words around a mention say it is (actors/context.py)
    for rule in CONTEXT_RULES + HOME_RULES:
        kept = rule(kept, text, prov, words.context, li, context)

    # (7) acronyms the article defines: "Doctors Association of Bangladesh (DAB)" -> DAB
    kept = _acronyms(kept, text, words.connectors | li.articles | _FUNCTION_WORDS)

    # (8) a city that a country's synonym list names ("Cincinnati" -> United States): the place
    # itself, in that country
    kept = [(s, e, t, _synonym_place(reg, m, text[s:e], li, lang) if m is not None else m, ner)
            for s, e, t, m, ner in kept]

    rec.entities = [
        Entity(text=text[s:e], start=s, end=e,
               type=_type_of(m, t) if m else t,
               actor=_actor(reg, m, date) if m else None)
        for s, e, t, m, ner in sorted(kept, key=lambda x: x[0])
    ]


def _seats_and_institutions(kept, text: str, reg: Registry, li, date, context: str | None):
    """(5) Constituencies, a place and a number; (5b) a country institution named without its
    country ("the foreign ministry in Beijing")."""
    seat_spans = [(s, e, "LOC", m, False) for s, e, m in seats(text, reg, li, date)]
    if seat_spans:
        kept = _merge(kept + seat_spans, text)
    inst = _institutions(kept, text, reg, li, context)
    if inst:
        kept = _merge(kept + inst, text)
    return kept


def _ner_spans(entities, text: str, reg: Registry, prov: Provisional, lang, date):
    """(1) The NER's spans as (start, end, type, match|None, from_ner); an unknown person's span
    keeps only the name ("Russian President Ivan Petrovsky": the demonym is a mention of its own)."""
    spans: list[tuple[int, int, str, Match | None, bool]] = []
    for e in entities:
        s, end = e.start, _before_open_bracket(e.start, _before_list_mark(e.start, e.end, text), text)
        m = reg.match(text[s:end], lang, date)
        if m is None and e.type in ("ORG", "FAC") and "(" in text[s:end]:
            m = _match_past_short_form(text[s:end], reg, lang, date)
        if m is None and e.type == "PER":
            s, end = prov.name_extent(s, end) or (s, end)
            s = _with_private_prefix(s, end, text, lang)
            if (s, end) != (e.start, e.end):
                m = reg.match(text[s:end], lang, date)
        spans.append((s, end, e.type, m, True))
    return spans


_SHORT_FORM_INSIDE = regex.compile(r"\s*\([^()]+\)(?=\s*\S)")


def _match_past_short_form(surface: str, reg: Registry, lang, date) -> Match | None:
    """The registry's actor of a name with a short form in brackets inside it, read without the
    brackets (the NER's `bracketed_names`): "শের-ই-বাংলা মেডিকেল কলেজ (শেবাচিম) হাসপাতালের" is the
    hospital the registry knows as "শের-ই-বাংলা মেডিকেল কলেজ হাসপাতাল"; None when it knows none."""
    bare = _SHORT_FORM_INSIDE.sub("", surface)
    return reg.match(bare, lang, date) if bare != surface else None


def _before_open_bracket(s: int, e: int, text: str) -> int:
    """Where an NER span ends when it ends in an opening bracket: before the bracket and its
    spaces. The NER tags "বাংলাদেশ পানি উন্নয়ন বোর্ড (" when the acronym follows in brackets;
    the name is "বাংলাদেশ পানি উন্নয়ন বোর্ড", and `_acronyms` reads the bracket after it."""
    cut = e
    while cut > s and text[cut - 1].isspace():
        cut -= 1
    if cut > s and text[cut - 1] in "([{":
        return _cut_before_spaces(s, cut - 1, e, text)
    return e


LIST_MARKS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043"   # bullets: •, ▪, ●, ◦, ‣, ⁃


def _before_list_mark(s: int, e: int, text: str) -> int:
    """Where an NER span ends when a list's bullet stands inside it: at the bullet, spaces off.
    A squad list whose lines the source ran together ("Nasum Ahmed• Foreign: ...") gives a
    span across the bullet; the name is the part before it ("Nasum Ahmed", not "Nasum Ahmed
    Foreign"). A span that starts with the bullet keeps its end."""
    cut = next((i for i in range(s + 1, e) if text[i] in LIST_MARKS), None)
    return e if cut is None else _cut_before_spaces(s, cut, e, text)


def _cut_before_spaces(s: int, cut: int, e: int, text: str) -> int:
    """`cut` moved back over the spaces before it, for `_before_list_mark` and
    `_before_open_bracket`; `e`, the span's own end, when nothing of the span would be left.
    Example: (0, 7, 9, "Nasum  •x") -> 5."""
    while cut > s and text[cut - 1].isspace():
        cut -= 1
    return cut if cut > s else e


def _with_private_prefix(s: int, e: int, text: str, code: str | None) -> int:
    """Where an unlinked one-word name starts when the abbreviated "Md."/"মো." stands right
    before it: the abbreviation is part of the name ("Md. Kabir" is a person of his own, Md
    Kabir, not a short form of the article's Humayun Kabir nor a bare common name word)."""
    if len(tokens_in(text, s, e)) != 1:
        return s
    start = private_prefix_start(text, s, code)
    return s if start is None else start


def _gazetteer_spans(text: str, reg: Registry, li, date):
    """(2) The registry aliases the text scan finds, each linked to its one actor (or the one in
    force on the date)."""
    spans = []
    for g in scan(text, reg, li):
        picked = reg._pick([(i, g.demonym) for i in dict.fromkeys(g.actor_ids)], date)
        if picked:
            m = Match(reg.actors[picked[0]], "exact", 1.0, g.demonym)
            spans.extend(_split_possessive(g.start, g.end, m, text, reg, li, date))
    return spans


def _merge_found(spans, text: str, reg: Registry, li, words: Words, prov: Provisional):
    """The NER and gazetteer spans merged where they overlap (linked beats unlinked, see `_merge`)."""
    def plain_name(s: int, e: int) -> bool:
        """Two or more words and no title: "Danilo Medina" is a person, not the city inside."""
        k = key_tokens(text[s:e])
        return len(k) >= 2 and not reg._has_role_words(k) and not any(t in li.honorifics for t in k)

    units = _unit_words(prov.code)

    def part_of_body(cur, o) -> bool:
        return _part_of_body(cur, o, text, words.context.part_heads, li) or _local_unit(cur, o, text, units) \
            or _short_form_inside(cur, o, text) or named_body_over_person(cur, o, text, prov, words.context, li)

    return _merge(_inside_longer_names(_names_before_outlets(spans, text), prov), text, plain_name, part_of_body,
                  lambda cur, o: _fuller_name_words(cur, o, prov) or _given_name_before_surnames(cur, o, prov, words))


def _names_before_outlets(spans, text: str):
    """An unlinked NER person whose span runs on into an organisation the registry names (the
    organisation starts after a space inside the span and ends at or past its end) is cut before it: the speaker and the outlet they spoke to are two
    mentions, and the linked outlet would otherwise swallow the person in `_merge`.
    Example: "রেজাউল করিম সমকালকে বলেন" with NER PER "রেজাউল করিম সমকালকে" and the
    gazetteer's "সমকালকে" (Samakal) -> PER "রেজাউল করিম" and ORG "সমকালকে"."""
    outlets = [(s, e) for s, e, t, m, ner in spans
               if m is not None and not ner and m.actor.type == "ORG"]
    out = []
    for s, e, t, m, ner in spans:
        if m is None and ner and t == "PER":
            cut = next((a for a, b in outlets if s < a < e <= b and text[a - 1:a] == " "), None)
            if cut is not None and text[s:cut].strip():
                e = s + len(text[s:cut].rstrip())
        out.append((s, e, t, m, ner))
    return out


def _fuller_name_words(cur, o, prov: Provisional) -> bool:
    """In a script without capitals, an unlinked NER person whose name runs on past a known
    person's alias by person-name words ("আবদুল হামিদ ভূঁইয়া" after "আবদুল হামিদ") names
    someone else, as `_inside_longer_names` says for capitalised runs: the fuller name stays
    whole (a provisional person later), never the known person."""
    s, e, t, m, ner = cur
    if m is not None or not ner or t != "PER" or o[3] is None or o[3].actor.type != "PER" or o[3].demonym:
        return False
    if is_cased(prov.text[s:e]) or not (s <= o[0] and o[1] <= e) or (o[0], o[1]) == (s, e):
        return False
    own = prov.words(s, e, True)
    if len(own) < 2 or own[0][0] != o[0] or any(a < o[1] < b for a, b, _ in own):
        return False   # the alias starts the name: no initials or "মো." before it ("জিএম কাদের")
    inside = {w for a, b, w in own if b <= o[1]}
    extra = [(a, w) for a, b, w in own if a >= o[1]]
    if not extra or prov.text[o[1]:extra[0][0]] != " ":
        return False   # "হামজা-জামালরা": two names joined, not one name
    if len(own) == 2 and not _plain_surname(extra[0][1], prov, o[3].actor.id):
        return False
    names = person_words(prov.code)
    return all((w in names or prov.stem(w) in names) and w not in inside and not prov._is_title(w)
               for _, w in extra)


def _given_name_before_surnames(cur, o, prov: Provisional, words: Words) -> bool:
    """In a script without capitals, an unlinked NER person that opens with a place's or body's
    alias written as a person's given name, and runs on by plain surnames only (`_plain_surname`),
    is that person: "রিয়াদ হোসেন বলেন" is Riad Hossain, not the city of Riyadh. The opening word
    must be an attested person-name word as written (lang data `name_spellings`): "ঢাকার রহমান"
    is no name. A name with an age after it is left to `home.place_named_with_age`, which makes
    the article's bare mentions of the word follow the person too."""
    s, e, t, m, ner = cur
    if m is not None or not ner or t != "PER" or o[3] is None or o[3].demonym:
        return False
    if age_or_named(prov.text, e, words.context):
        return False
    if o[3].actor.type not in ("GPE", "LOC", "ORG") or is_cased(prov.text[s:e]) or o[0] != s or o[1] >= e:
        return False
    own = prov.words(s, e, True)
    if len(own) < 2 or own[0][:2] != (o[0], o[1]) or own[0][2] not in person_words(prov.code):
        return False
    extra = own[1:]
    if prov.text[o[1]:extra[0][0]] != " ":
        return False   # "রিয়াদ-জেদ্দা": two places joined, not one name
    return all(_plain_surname(w, prov, o[3].actor.id) and prov.reg.match(w, prov.code, prov.date) is None
               for _, _, w in extra)


def _plain_surname(word: str, prov: Provisional, known: str) -> bool:
    """A second name word that makes a one-word alias of the person `known` (an actor id) someone
    else's name: an attested name spelling, as written or through its stem, that is no common
    word (`name_words_common.txt`, `not_names`) nor running text, nor a word of the known
    person's own name (`_in_actor_name`): "এরশাদ উল্লাহ" is not Ershad; "ইউনূস সরকারের" is
    Yunus's government, "সরকার" being a common word; "আহসান মনসুর" is still Ahsan H. Mansur."""
    spelled, common = prov.name_word_sets()
    forms = (word, prov.stem(word))
    if _in_actor_name(forms, known, prov):
        return False
    return (any(w in spelled for w in forms) and not any(w in common for w in forms)
            and not any(prov._running_word(w) or prov._is_common(w) for w in forms))


def _in_actor_name(forms, known: str, prov: Provisional) -> bool:
    """Whether one of a word's forms, romanised, is a word of the actor `known`'s English name
    (four letters in five alike): "মনসুর" -> "Mansur" in "Ahsan H. Mansur"."""
    from difflib import SequenceMatcher
    actor = prov.reg.actors.get(known)
    if actor is None or not prov.code:
        return False
    names = [t.lower() for t in regex.findall(r"\p{L}+", actor.name)]
    spelt = {romanise(w, prov.code, person=True).lower() for w in forms}
    return any(SequenceMatcher(None, x, n).ratio() >= 0.8 for x in spelt for n in names)


def _own_country_bodies(kept, text: str, reg: Registry, li, date, context: str | None, forms: list[tuple],
                        national: set[tuple] = frozenset()):
    """An unlinked organisation named without its country, where the registry names it with the
    article's country ("Revolutionary Workers Party" -> Revolutionary Workers Party of
    Bangladesh; "বিপ্লবী ওয়ার্কার্স পার্টি" -> "বাংলাদেশের বিপ্লবী ওয়ার্কার্স পার্টি"): the
    article's country is the one a writer leaves out. The country's names are those of the
    article's own mentions of it and the overlay's; a body of another country is never taken.
    The word "national" (`national`, lang data `context.national_words`) is left out the same
    way and stands in the country's place: "ঐকমত্য কমিশন" -> জাতীয় ঐকমত্য কমিশন."""
    country = context or li.home_country
    if not country or not any(m is None and ner and t == "ORG" for s, e, t, m, ner in kept):
        return kept
    names = {key_tokens(n) for s, e, t, m, ner in kept
             if links_a_place(m) and m.actor.country == country
             for ns in m.actor.aliases.values() for n in ns} | reg.country_keys(country) | set(national)
    names = {k for k in names if k}
    if not names:
        return kept
    out = []
    found_by_core: dict[tuple, dict] = {}   # a body named again gives the same candidates: look them up once
    # a made-up key (hundreds per name: every country name by every form and case ending) whose
    # head no alias has cannot be looked up: skipping it leaves the same hits at a fraction of the time
    heads = reg.alias_heads()
    for s, e, t, m, ner in kept:
        core = key_tokens(text[s:e]) if m is None and ner and t == "ORG" else ()
        if len(core) >= 2:   # a one-word name is too weak a key to add a country to
            found = found_by_core.get(core)
            if found is None:
                found = found_by_core[core] = {
                    h.actor.id: h for k in _with_country(core, names, li, forms)
                    if k[:-1] in heads and (h := reg.lookup(k, li, date)) is not None and not h.demonym
                    and h.actor.type == "ORG" and h.actor.country == country
                    and not h.actor.institution}   # a ministry: `_institutions` decides whose
            if len(found) == 1:
                m = Match(next(iter(found.values())).actor, "context", 0.8)
        out.append((s, e, t, m, ner))
    return out


def _with_country(core: tuple, names: set[tuple], li, forms: list[tuple]) -> list[tuple]:
    """A body's name with its country's name added as a writer would: in the language's
    `country_forms` (actors.yaml context: "X of C", "C X"), and the country with a case ending
    before it ("বাংলাদেশের X")."""
    out = []
    for c in names:
        out += [tuple(t for w in form for t in (core if w == "{body}" else c if w == "{country}" else (w,)))
                for form in forms]
        out += [c[:-1] + (c[-1] + suf,) + core for suf in li.morph.suffixes]
    return out


def _short_names(kept, text: str, reg: Registry, li, parts: dict, titled, prov: Provisional):
    """(4) Unlinked one-word spans, and the mentions the NER missed, that are a short name of a person the
    article already named in full ("মিঃ কিম", "পেসকভ")."""
    linked_again = []
    for s, e, t, m, ner in kept:
        if m is None:
            core = reg._strip(key_tokens(text[s:e]), li.honorifics)
            aid = parts.get(core[-1]) if len(core) == 1 else None
            if aid is None and len(core) == 1:
                aid = next((parts[x] for x in li.morph.stems(core[0]) if x in parts), None)
            if aid and not _another_given_name(text, s, aid, reg, prov):
                m = Match(reg.actors[aid], "context", 0.9)
        linked_again.append((s, e, t, m, ner))
    names = {m.actor.id: [key_tokens(n) for ns in m.actor.aliases.values() for n in ns]
             for s, e, t, m, ner in linked_again if m is not None and m.actor.type == "PER"}
    # a part that begins a fuller unlinked name the NER found (a person's, or a body named after
    # the person: "খালেদা জিয়া সড়ক") is a word of that name, not a mention
    unlinked = [x for x in linked_again if x[3] is None]
    extra = [(s, e, "PER", Match(reg.actors[aid], "context", 0.9), False)
             for s, e, aid in grow_to_names(text, scan_parts(text, parts, li, titled), names, li)
             if not any(_fuller_name_words(x, (s, e, "PER", Match(reg.actors[aid], "context", 0.9)), prov)
                        or named_body_over_person(x, (s, e, "PER", Match(reg.actors[aid], "context", 0.9)),
                                                  text, prov, prov.w.context, li)
                        for x in unlinked) and not _another_given_name(text, s, aid, reg, prov)]
    return _merge(linked_again + extra, text)


def _another_given_name(text: str, s: int, aid: str, reg: Registry, prov: Provisional) -> bool:
    """In a script without capitals, a bare person-name word right before a one-word span (a space
    apart) that is none of the known person's own words: the NER left out another person's given
    name, and the span is that person's surname, not the known one's short name.
    A spelling of one of the person's own words (vowels apart: "তাসনীম" for "তাসনিম") is no other name.
    Example: "মনিরা শারমিন" after "সামান্তা শারমিন" -> True; "মিজ শারমিন" (a title) -> False."""
    window = text[max(0, s - 40):s]
    before = tokens(window)
    if not before or window[before[-1][1]:] != " ":
        return False
    word = before[-1][2]
    if is_cased(word) or prov.stem(word) != word or not prov.name_word(word):
        return False   # (a case ending or clitic closes that name: "সুজনও সৌম্যকেই" is two people)
    # (same_consonants holds for the word itself, so its own spelling is covered too)
    return not any(same_consonants((word,), (w,)) for key in reg.own_keys(aid) for w in key)


@lru_cache(maxsize=8)
def _native_index(code: str | None) -> NativeSpellings | None:
    """The registry's own-script aliases for a language with `spelling_folds`, else None."""
    from .. import lang as langs
    folds = actors_yaml(langs.load(code)).get("spelling_folds") if code else None
    if not folds:
        return None
    return NativeSpellings(get_registry(), folds, sources=registry_sources(REGISTRY_PATH))


def _native_spellings(kept, text: str, reg: Registry, li, pack, date: str | None):
    """A person or organisation the NER found and nothing linked, spelt near one of the
    registry's own-script aliases ("নিকোলাস সারকোজিকে" ~ "নিকোলা সার্কোজি", actors/native.py);
    the case ending is stripped first and the actor must have the NER's type."""
    native = _native_index(pack.code) if pack is not None else None
    if native is None:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        if m is None and ner and t in ("PER", "ORG"):
            core = reg._strip(key_tokens(text[s:e]), li.honorifics)
            cands = ([core] + [core[:-1] + (st,) for st in li.morph.stems(core[-1])]) if core else []
            for cand in cands:   # as written, then with the last word's case ending stripped
                hit = native.best(cand, t)
                if hit and reg.actors[hit[0]].exists_on(date):
                    m = Match(reg.actors[hit[0]], "fuzzy", hit[1])
                    break
        out.append((s, e, t, m, ner))
    return out


def _folded_places(kept, text: str, reg: Registry, li, pack, date: str | None):
    """A one-word place the NER found and nothing linked, spelt as one of the registry's
    one-word own-script place aliases once both are folded (`spelling_folds`: candrabindu, vowel
    length, nukta; actors/native.py `one_word_place`): "তেঁতুলিয়ায়" -> Tetulia, whose alias is
    "তেতুলিয়া". The word is tried as written, then each of its stems (case ending off); the first
    that folds to exactly one place existing on `date` links."""
    native = _native_index(pack.code) if pack is not None else None
    if native is None:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        core = reg._strip(key_tokens(text[s:e]), li.honorifics) if m is None and ner and t in ("GPE", "LOC") else ()
        if len(core) == 1:
            for cand in (core[0], *li.morph.stems(core[0])):
                aid = native.one_word_place(cand)
                if aid and reg.actors[aid].exists_on(date):
                    m = Match(reg.actors[aid], "fuzzy", 0.9)
                    break
        out.append((s, e, t, m, ner))
    return out


def _private_namesakes(kept, text: str, reg: Registry, code: str | None):
    """A person linked to the registry whose name the text writes after "মো."/"মোঃ" while none
    of the actor's aliases starts with it is a private namesake, kept provisional, and so is
    every mention of that actor in the article (one person is one actor).
    Example: "সদস্য সচিব মো. তারেক রহমান" -> not Tarique Rahman."""
    pat = private_prefix(code)
    if pat is None:
        return kept
    firsts = private_prefix_tokens(code)
    namesakes = {m.actor.id for s, e, t, m, ner in kept
                 if m is not None and m.actor.type == "PER" and after_private_prefix(text, s, code)
                 and not any(k and k[0] in firsts for k in reg.own_keys(m.actor.id))}
    if not namesakes:
        return kept
    # a gazetteer mention unlinked here is a name all the same: the provisional step takes it
    return [(s, e, t, None, True) if m is not None and m.actor.id in namesakes else (s, e, t, m, ner)
            for s, e, t, m, ner in kept]


def _lone_fuzzy_foreigners(kept, text: str, reg: Registry, country: str | None):
    """Each span `_lone_fuzzy_foreigner` names, unlinked, so that the short-name and provisional
    steps read it as a home person's name."""
    if not country:
        return kept
    return [(s, e, t, None if _lone_fuzzy_foreigner(s, e, t, m, text, reg, country) else m, ner)
            for s, e, t, m, ner in kept]


def _lone_fuzzy_foreigner(s: int, e: int, t: str, m: Match | None, text: str, reg: Registry,
                          country: str | None) -> bool:
    """A one-word name that only a fuzzy (phonetic) match links to a person of another country
    than the article's (`country`: its places', else the press's own) is a home person's given
    name, unless the article names that person in full (an alias of two or more words). A person
    is what the NER tagged PER, a registry person, or a one-name ruler of the imported
    dictionaries (`phoenix_person`: "Faysal", "Hassan").
    Example: "ছাত্রদলের নেতা তানভীর বলেন" (~ Egypt's Tantawi) -> True; "Tantawy said" after
    "Mohamed Hussein Tantawi" -> False; "NCP" (~ the NCP, a home party) -> False."""
    if (m is None or m.how != "fuzzy" or m.demonym or not country or m.actor.country in (None, country)
            or not (t == "PER" or m.actor.type == "PER" or phoenix_person(m.actor))
            or len(key_tokens(text[s:e])) != 1):
        return False
    article = " " + " ".join(key_tokens(text))
    return not any(" " + " ".join(k) in article for k in reg.own_keys(m.actor.id) if len(k) >= 2)


def _private_lone_names(kept, prov: Provisional, country: str | None):
    """(6) A one-word name that `_lone_fuzzy_foreigner` unlinked and that neither the short-name
    nor the provisional steps took (a common name word: "হাসান", "Hasan") is a private person of
    that name, as `context.foreign_namesake` makes one, not a mention left for the quotes to
    look up again. Example: "রাজশাহীতে কলেজছাত্র হাসান বলেন" -> Hasan, not Jordan's Hassan."""
    if not country:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        if m is None and ner and len(key_tokens(prov.text[s:e])) == 1 and _lone_fuzzy_foreigner(
                s, e, t, prov.reg.match(prov.text[s:e], prov.code, prov.date), prov.text, prov.reg, country):
            own = prov.private_person(s, e)
            m = Match(own, "provisional", 0.5) if own is not None else None
        out.append((s, e, t, m, ner))
    return out


def _inside_longer_names(spans, prov: Provisional):
    """A known person's name inside a longer run of capitalised name words ("Iqbal Hasan Mahmud
    Tuku", "Professor Shahabuddin Talukder") names someone else: the whole run becomes an
    unlinked name (a provisional person later), never the known person."""
    out = []
    for s, e, t, m, ner in spans:
        if m is not None and not m.demonym and m.actor.type == "PER" and m.how in ("exact", "stem", "fuzzy"):
            rs, re_ = prov.longer_name(s, e)
            if (rs, re_) != (s, e):
                out.append((rs, re_, "PER", None, True))
                continue
        out.append((s, e, t, m, ner))
    return out


def _institutions(kept, text: str, reg: Registry, li, context: str | None):
    """Institution words ("foreign ministry", "পররাষ্ট্র মন্ত্রণালয়") outside any linked span:
    the country is the place right after a place word ("in Beijing"), else the article's
    country where the language data allows it."""
    if not li.institution_words:
        return []
    toks = tokens(text)
    linked = sorted((s, e, m) for s, e, t, m, ner in kept if m is not None)
    n_max, firsts, starts_key = _institution_starts(li)
    out = []
    i = 0
    while i < len(toks):
        t0 = toks[i][2]
        could = starts_key.get(t0)
        if could is None:
            could = _may_start_institution(t0, firsts, li, starts_key)
        if not could:
            i += 1
            continue
        hit = None
        for n in range(min(n_max, len(toks) - i), 0, -1):
            seg = tuple(t for _, _, t in toks[i:i + n])
            spec = li.institution_words.get(seg) or next(
                (li.institution_words[seg[:-1] + (st,)] for st in li.morph.stems(seg[-1])
                 if seg[:-1] + (st,) in li.institution_words), None)
            if spec:
                hit = (n, spec)
                break
        if hit is None:
            i += 1
            continue
        n, (kind, ctx_ok) = hit
        s, e = toks[i][0], toks[i + n - 1][1]
        i += n
        if any(a < e and s < b for a, b, _ in linked):
            continue
        country = None
        if i < len(toks) and toks[i][2] in li.institution_place_words:
            after = toks[i][1]
            place = next((m for a, b, m in linked if a >= after and not text[after:a].strip()), None)
            if place is not None and place.actor.type == "GPE" and not place.demonym:
                country = place.actor.country
        if country is None and ctx_ok:
            country = _own_institution_country(kind, context, text[s:e], linked, reg, li)
        aid = reg.institutions.get((kind, country)) if country else None
        if aid:
            out.append((s, e, "ORG", Match(reg.actors[aid], "role", 0.8), False))
    return out


_INSTITUTION_STARTS: dict[int, tuple] = {}   # id(li) -> (li, longest key, first words, {token: may start a key})
_STARTS_MAX = 200_000


def _institution_starts(li) -> tuple[int, frozenset[str], dict[str, bool]]:
    """For `_institutions`: the longest institution key of `li`, the keys' first words, and its
    memo of which folded tokens may start a key, kept for the process (articles repeat one
    another's words: a memo per article asked `stems` 26,000 times per 150 new articles). The memo
    holds `li`, so it is not freed and its id is not reused.
    Example: _institution_starts(bn) -> (3, frozenset({"পররাষ্ট্র", ...}), {"পররাষ্ট্র": True, ...})."""
    got = _INSTITUTION_STARTS.get(id(li))
    if got is None:
        firsts = frozenset(k[0] for k in li.institution_words)
        got = _INSTITUTION_STARTS[id(li)] = (li, max(len(k) for k in li.institution_words), firsts, {})
    return got[1], got[2], got[3]


def _may_start_institution(t0: str, firsts: frozenset[str], li, starts_key: dict[str, bool]) -> bool:
    """Whether the folded token `t0` starts an institution key (`firsts`: the keys' first words),
    as written or by a stem (a token no key starts with starts no hit), remembered in `starts_key`.
    Example: "পররাষ্ট্রের" -> True when a key starts with "পররাষ্ট্র"."""
    if len(starts_key) >= _STARTS_MAX:
        starts_key.clear()
    could = starts_key[t0] = t0 in firsts or any(st in firsts for st in li.morph.stems(t0))
    return could


def _own_institution_country(kind: str, context: str | None, surface: str, linked, reg: Registry, li) -> str | None:
    """The country of an institution named without one ("the Ministry of Foreign Affairs"): the
    article's country, unless the article names that country's institution by another name
    ("India's Ministry of External Affairs" beside "the Ministry of Foreign Affairs"): then the
    press's own country (lang data `home_country`), whose ministry it is."""
    theirs = reg.institutions.get((kind, context)) if context else None
    if theirs is None:
        return context
    named_otherwise = any(m.actor.id == theirs and not m.demonym and key_tokens(m.actor.name) != key_tokens(surface)
                          and m.how in ("exact", "stem") for _, _, m in linked)
    return li.home_country if named_otherwise and li.home_country != context else context


def _split_possessive(s: int, e: int, m: Match, text: str, reg: Registry, li, date):
    """"South Africa's foreign affairs ministry", "চীনের পররাষ্ট্র মন্ত্রণালয়": the country
    and its institution are two mentions (the country is an actor of the sentence too)."""
    whole = [(s, e, _type_of(m), m, False)]
    if not m.actor.institution:
        return whole
    toks = [(a + s, b + s, t) for a, b, t in tokens_in(text, s, e)]
    for k in range(1, len(toks)):
        pm = reg.lookup(tuple(t for _, _, t in toks[:k]), li, date)
        if pm is None or pm.demonym or pm.actor.type != "GPE" or pm.actor.country != m.actor.country:
            continue
        rest = k
        if pm.how == "exact":   # English: the possessive is its own token ("Africa ' s")
            if not (toks[k][2] == "s" and text[toks[k - 1][1]:toks[k][0]] in ("'", "\u2019")):
                continue
            rest = k + 1
        if rest >= len(toks):
            return whole
        return [(s, toks[k - 1][1], "GPE", pm, False),     # "South Africa" without the "'s"
                (toks[rest][0], e, _type_of(m), m, False)]
    return whole


_ACRONYM_DEF = regex.compile(r"\s*\(\s*(\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\s*\)")
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]+")   # a word of letters and marks, compiled once (asked per span)
_FUNCTION_WORDS = {"and", "for", "on", "in", "&"}


def _acronyms(kept, text: str, skip: set[str]):
    """An acronym in brackets right after a linked name whose initials it spells stands for
    that actor in this article, whatever the registry would say ("ICC" after "International
    Cricket Council" is not the court)."""
    defs: dict[str, Match] = {}
    for s, e, t, m, ner in kept:
        if m is None or m.demonym or t == "PER":
            continue
        d = _ACRONYM_DEF.match(text, e)
        if not d:
            continue
        acro = d.group(1)
        words = _LETTER_RUN.findall(text[s:e])
        initials = "".join(w[0] for w in words if w.lower() not in skip).upper()
        if acro.replace("&", "").upper() in (initials, "".join(w[0] for w in words).upper()):
            defs.setdefault(acro, m)
    if not defs:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        if text[s:e] in defs:
            m2 = defs[text[s:e]]
            m, t = m2, (m2.actor.type if m2.actor.type != "PER" else t)
        out.append((s, e, t, m, ner))
    taken = [(s, e) for s, e, *_ in out]
    for acro, m in defs.items():
        for hit in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(acro) + r"(?![\p{L}\p{N}])", text):
            a, b = hit.span()
            if not any(x < b and a < y for x, y in taken):
                out.append((a, b, m.actor.type if m.actor.type not in ("PER", None) else "ORG", m, False))
                taken.append((a, b))
    return out


def _synonym_place(reg: Registry, m: Match, surface: str, li, code: str | None) -> Match:
    """Phoenix lists cities under their country ("CINCINNATI" among the United States' names):
    linked so, the mention would read as the country. Such a link-only synonym of a country
    becomes a provisional place with the country's code instead."""
    a = m.actor
    if m.demonym or a.type != "GPE" or a.source != "cldr" or a.name in a.noscan or m.how not in ("exact", "stem"):
        return m
    toks = key_tokens(surface)
    if not toks:
        return m
    own = reg.own_keys(a.id)
    cands = [toks] + [toks[:-1] + (st,) for st in li.morph.stems(toks[-1])]
    if any(c in own for c in cands):
        return m
    from .model import ActorRecord
    from .provisional import slug
    from .romanise import romanise
    name = romanise(surface, code)
    place = ActorRecord(id=f"new:{slug(name)}", name=name, type="GPE", country=a.country, source="provisional")
    return Match(place, "provisional", 0.7)


def main_country(entities, press_country: str | None = None, unnamed: str | None = None) -> str | None:
    """The country an article is about: the one its linked names (places, people, bodies) belong
    to most often, if clearly so. Later layers read descriptions ("the chief adviser") as of it.

    The press's own country (`press_country`: home_country of the article's language, given by
    the events layer) wins while it holds at least PRESS_COUNTRY_SHARE of the top country's names
    and PRESS_TOWN_SHARE of its towns (places that are not a country itself): a Bangladeshi
    report on exports to India names India 61 times and Bangladesh 39, its land ports on both
    sides, and its unplaced officials ("বাণিজ্য সচিব মাহবুবুর রহমান", the commerce secretary) are
    Bangladesh's. A story set in India (every town Indian, Bangladesh named as the subject of
    talk, as in a protest in Kolkata at Bangladesh's mission) keeps India. `unnamed`: the country
    of an article that links no name to any country."""
    c = Counter(e.actor.country for e in entities
                if e.actor is not None and e.actor.country and len(e.actor.country) == 3 and e.actor.country != "IGO")
    if not c:
        return unnamed
    (top, n), *rest = c.most_common(2) + [(None, 0)]
    clear = n > rest[0][1]   # a tie names no country, whichever of the tied counts first
    if clear and press_country and press_country != top and c[press_country] >= PRESS_COUNTRY_SHARE * n:
        towns = _towns_by_country(entities)
        if towns[press_country] >= PRESS_TOWN_SHARE * towns[top]:
            return press_country
    return top if clear else None


# the shares of the top country's names and towns the press's own country needs to stay the
# article's (main_country): at a half and a quarter, dev events bn real P .927 -> .939, en real
# .906 -> .911, en written .775 -> .784; without the towns (the press's country whenever named
# half as often) Indian stories came home, bn real P .927 -> .890. Towns from 0.1 to 0.25 and a
# half gave the same Bengali figures; a half missed Bangladeshi officials in English reports
# set mostly in Delhi (four Indian towns, Dhaka once)
PRESS_COUNTRY_SHARE = 0.5
PRESS_TOWN_SHARE = 0.25


def _towns_by_country(entities) -> Counter:
    """How many linked places of each country an article names that are not the country itself
    (towns, districts, land ports): "ঢাকায়", "বেনাপোল" -> BGD 2; "ভারতের" counts nothing."""
    countries = get_registry().countries
    return Counter(e.actor.country for e in entities
                   if e.type in ("GPE", "LOC", "FAC") and e.actor is not None and e.actor.country
                   and countries.get(e.actor.country) != e.actor.id)


def article_country(rec, press_when_unnamed: bool = False) -> str | None:
    """The country record `rec` is about (main_country of its linked names), the press's own
    country (home_country of its language) winning a close call: what the events layer reads as
    the article's home. Example: a Bengali report naming India 61 times and Bangladesh 39 -> "BGD".
    `press_when_unnamed`: a record that links no name to a country (a short report of a local
    arrest, "থানার এসআই ... তানভীরকে গ্রেপ্তার করেন") is the press's own country's, not nobody's."""
    press = home_country(rec.language)
    return main_country(rec.entities, press, press if press_when_unnamed else None)


def local_sense_country(surface: str, lang: str | None) -> str | None:
    """The country in whose articles these words are a local office or a common noun, not the
    registry's actor (lang data `context.local_senses`): "ইউএনও" -> "BGD"; "জাতিসংঘ" -> None."""
    words = _words(lang)
    key = " ".join(key_tokens(surface))
    return words.context.local_senses.get(key) if key else None


def home_country(lang: str | None) -> str | None:
    """The press's own country of a language (lang data `home_country`): "bn" -> "BGD"."""
    return get_registry().info(lang).home_country


def provisional_actor(name: str, lang: str | None, person: bool = True):
    """The provisional actor a name the registry lacks gets in `run` ("new:<slug>", Latin name,
    no country), for other layers that meet a name outside rec.entities (a quote's speaker)."""
    from .provisional import slug
    from .romanise import romanise
    from ..record import Actor
    latin = romanise(" ".join(name.split()), lang, person=person)
    if not latin:
        return None
    return Actor(id=f"new:{slug(latin)}", name=latin, country=None, sector=None, provisional=True)


def _actor(reg: Registry, m: Match, date: str | None):
    a = reg.to_actor(m.actor, date)
    if m.actor.source == "provisional":
        a.provisional = True   # an extra field the record allows: not a registry actor
    return a


def _provisional(kept, prov: Provisional, known_parts: dict, known_titled: dict, li, country: str | None = None):
    # longest names first, so that a short form finds the full name it belongs to
    order = sorted(kept, key=lambda x: -(len(key_tokens(prov.text[x[0]:x[1]]))))
    done = {}
    for x in order:
        s, e, t, m, ner = x
        if m is not None or not ner or done.get((s, e), x) is None:
            continue
        verdict, pm, narrowed = prov.actor_for(s, e, t)
        rest = _rest_of_name(x, narrowed, kept) if verdict == "link" else None
        if rest is not None:
            verdict, pm, narrowed = prov.actor_for(s, rest[1], t)
            done[(rest[0], rest[1])] = None
        if verdict == "drop":
            done[(s, e)] = None
        elif verdict == "link":
            if _lone_fuzzy_foreigner(narrowed[0], narrowed[1], t, pm, prov.text, prov.reg, country):
                pm = None   # "Faisal" out of "Faisal and": the narrowed name read as written
            done[(s, e)] = (narrowed[0], narrowed[1], t, pm, ner)
    out = [done.get((x[0], x[1]), x) if (x[0], x[1]) in done else x for x in kept]
    out = [x for x in out if x is not None]
    parts = {p: aid for p, aid in prov.parts().items() if p not in known_parts and p not in known_titled}
    # "মি. আহমদ", "Mr Ahmed": a common surname after an honorific is the one person of the
    # article who bears it
    titled = {p: aid for p, aid in prov.titled_parts().items()
              if p not in known_parts and p not in known_titled and p not in parts}
    if not parts and not titled:
        return _lone_names(out, prov)
    actors = prov.by_id()
    names: dict[str, list[tuple[str, ...]]] = {}
    for full, a in prov.people:
        names.setdefault(a.id, []).append(full)
    relinked = []
    for s, e, t, m, ner in out:
        if m is None:
            core = key_tokens(prov.text[s:e])
            if len(core) == 1:
                aid = _part_owner(core[0], parts, li) or (
                    _part_owner(core[0], titled, li) if _after_honorific(prov.text, s, li) else None)
                if aid:
                    m = Match(actors[aid], "provisional", 0.5)
                    (s, e, _), = grow_to_names(prov.text, [(s, e, aid)], names, li)
        relinked.append((s, e, t, m, ner))
    taken = [(s, e) for s, e, t, m, ner in relinked if m is not None]
    extra = [(s, e, "PER", Match(actors[aid], "provisional", 0.5), False)
             for s, e, aid in grow_to_names(prov.text, scan_parts(prov.text, parts, li, titled), names, li)
             if not any(a < e and s < b for a, b in taken)]
    return _lone_names(_merge(relinked + extra, prov.text), prov)


def _rest_of_name(x, narrowed, kept):
    """The unlinked NER person span that a person's span, grown by the name's next word
    (`Provisional.actor_for`), runs into: the NER cut one name in two, and that span is the
    rest of it. "|ফাতেমা তুজ| |জোহরা সামিয়া|" grown to "ফাতেমা তুজ জোহরা" -> "জোহরা সামিয়া"."""
    if x[2] != "PER" or narrowed is None or narrowed[1] <= x[1]:
        return None
    return next((y for y in kept if y[3] is None and y[4] and y[2] == "PER"
                 and x[1] < y[0] < narrowed[1] < y[1]), None)


def _lone_names(kept, prov: Provisional):
    """People the article names by one word only, that nothing linked ("ফাহিম বলেন"): a
    provisional person each (Provisional.lone_name), after the short forms of fuller names
    found theirs; a word the NER tags a person twice or more counts as a name word there."""
    # a word the NER calls a person more than once is a name even without an attested spelling
    said = Counter(key_tokens(prov.text[s:e]) for s, e, t, m, ner in kept if m is None and ner and t == "PER")
    repeated = {k[0] for k, n in said.items() if len(k) == 1 and n >= MIN_LONE_REPEATS}
    out = []
    for s, e, t, m, ner in kept:
        if m is None and ner and t == "PER":
            a = prov.lone_name(s, e, repeated)
            m = Match(a, "provisional", 0.5) if a is not None else None
        out.append((s, e, t, m, ner))
    return out


def _part_owner(tok: str, parts: dict[str, str], li) -> str | None:
    """The actor a short name (or its stem: "আহমদকে") stands for, if any."""
    return parts.get(tok) or next((parts[x] for x in li.morph.stems(tok) if x in parts), None)


def _after_honorific(text: str, s: int, li) -> bool:
    """An honorific right before `s`: "মি. আহমদ", "Mr Ahmed" (the span may start at the name)."""
    before = tokens_in(text, max(0, s - 16), s)
    if not before:
        return False
    a, b, t = before[-1]
    return t in li.honorifics and bool(HONORIFIC_GAP.fullmatch(text[max(0, s - 16):s], b))


def _all_capitalised(span: str) -> bool:
    words = _LETTER_RUN.findall(span)
    return bool(words) and all(w[:1].isupper() for w in words)


def _part_of_body(cur, o, text: str, heads: set[str], li) -> bool:
    """A place or body of a known body, named after it ("Dhaka University Central Mosque", "ঢাকা
    বিশ্ববিদ্যালয় কেন্দ্রীয় মসজিদ"): the NER's wider span starts with the linked body, goes on
    with at most three name words (capitalised where the script has capitals) and ends in a head
    word (lang data `context.part_heads`). "Dhaka University Faculty of Fine" is no such name."""
    s, e = cur[0], cur[1]
    m = o[3]
    if not heads or m is None or m.demonym or m.actor.type not in ("ORG", "FAC") or o[0] != s or not o[1] < e:
        return False
    tail = tokens_in(text, o[1], e)
    if not 1 <= len(tail) <= 3:
        return False
    words = [text[o[1] + a:o[1] + b] for a, b, _ in tail]
    if any(is_cased(w) and not w[:1].isupper() for w in words):
        return False
    last = tail[-1][2]
    return last in heads or any(st in heads for st in li.morph.stems(last))


def _short_form_inside(cur, o, text: str) -> bool:
    """A linked body's short form in brackets inside the NER's wider name, which goes on past
    it (the NER's `bracketed_names`: "ঢাকা মেডিকেল কলেজ (ঢামেক) হাসপাতালে" is the hospital; "ঢামেক"
    inside it is no mention of its own). Example: the span over that name and "ঢামেক" -> True;
    "ঢামেক" at the name's end, "ঢাকা মেডিকেল কলেজ (ঢামেক)" -> False."""
    s, e, m = cur[0], cur[1], o[3]
    if m is None or m.demonym or m.actor.type not in ("ORG", "FAC") or not (s < o[0] and o[1] < e):
        return False
    return text[s:o[0]].rstrip().endswith("(") and text[o[1]:e].lstrip().startswith(")") \
        and bool(tokens_in(text, o[1], e))


def _local_unit(cur, o, text: str, units: frozenset[str]) -> bool:
    """A body's local unit named by its place ("চট্টগ্রাম মহানগর বিএনপির": the party's city unit;
    "বগুড়া জেলা বিএনপির", its district unit): the NER's wider organisation ends in the linked
    body, and the word right before the body is a unit word (the NER's `units`, ner.yaml
    `headed_names`), so the span is the unit, not the place and the party apart.
    Example: "ঢাকা মহানগর দক্ষিণ বিএনপির" over the linked "বিএনপির" -> True; "ঢাকা ও বিএনপির" -> False."""
    s, e, m = cur[0], cur[1], o[3]
    if not units or m is None or m.demonym or m.actor.type != "ORG" or o[1] != e or not s < o[0]:
        return False
    before = tokens_in(text, s, o[0])
    return bool(before) and before[-1][2] in units


@lru_cache(maxsize=None)
def _unit_words(code: str | None) -> frozenset[str]:
    """The unit words of the pack's grammar of headed names (ner.yaml `headed_names.units`:
    "জেলা", "মহানগর", "দক্ষিণ"), one home for the NER that grows a local unit's span and the
    merge that keeps it; empty where the pack has none. Read from the pack's file here, folded as
    the NER folds them (`keys.fold_token`), because the NER imports this package and not the
    other way round (tests/test_import_graph.py); the NER validates the file's keys."""
    from ..lang import load_or_none
    from .keys import fold_token
    pack = load_or_none(code) if code else None
    gazetteer = ((pack.yaml("ner", {}) or {}).get("gazetteer") or {}) if pack is not None else {}
    if not gazetteer or not gazetteer.get("enabled", True):
        return frozenset()
    return frozenset(fold_token(w) for w in (gazetteer.get("headed_names") or {}).get("units") or ())


def _merge(spans, text: str = "", plain_name=None, part_of_body=None, fuller_name=None):
    """One span per overlapping cluster: linked beats unlinked; between linked spans the exact
    alias (gazetteer) beats the NER span, then the longer; an unlinked wider NER name (an
    organisation containing a place name) keeps its extent over a demonym or place inside it,
    unless the place is half of a hyphenated pair ("চীন-বাংলাদেশ সম্পর্ক", "China-Bangladesh
    ties": two countries, not one name). A person's name does the same when it is a plain name
    (`plain_name`: no title inside that could make the place a separate mention), and over a
    known person's alias inside it that it extends by name words (`fuller_name`)."""
    def hyphenated(o):
        return text[o[1]:o[1] + 1] in tuple(HYPHENS) or (o[0] > 0 and text[o[0] - 1:o[0]] in tuple(HYPHENS))

    def rank(x):
        s, e, t, m, ner = x
        if m is None:
            return (0, e - s)
        return (1, 0 if ner and m.how not in ("exact", "stem") else 1, e - s)

    out = []
    for cur in sorted(spans, key=rank, reverse=True):
        s, e = cur[0], cur[1]
        clash = [o for o in out if o[0] < e and s < o[1]]
        if not clash:
            out.append(cur)
            continue
        # keep a wider unlinked NER organisation over a place/demonym inside it
        swallows = cur[2] in ("ORG", "FAC", "EVT", "LOC") or (
            cur[2] == "PER" and plain_name is not None and plain_name(s, e))
        # a capitalised two-word name holds a known one-word name inside it: "Cameron Green" is
        # not David Cameron (only where capitals mark names: an uncased NER span may be "পুতিন বলেন")
        capital_name = cur[2] == "PER" and swallows and _all_capitalised(text[s:e])
        if _fuller_person(cur, clash, text):
            out = [o for o in out if o not in clash] + [cur]
            continue
        if cur[3] is None and cur[4] and swallows and all(
                o[3] is not None and s <= o[0] and o[1] <= e
                and ((o[3].actor.type in ("GPE", "LOC") and (o[1] - o[0]) * 2 < e - s)
                     or (capital_name and o[3].actor.type == "PER" and len(key_tokens(text[o[0]:o[1]])) == 1)
                     or (part_of_body is not None and cur[2] in ("ORG", "FAC") and part_of_body(cur, o))
                     or (fuller_name is not None and fuller_name(cur, o)))
                and not (text and hyphenated(o)) for o in clash):
            out = [o for o in out if o not in clash] + [cur]
    return out


def _fuller_person(cur, clash, text: str) -> bool:
    """A person's full name the NER found and the registry knows ("সাহাবুদ্দিন আহমেদ" ->
    Shahabuddin Ahmed, a spelling away from its alias) beats one word of it that is another
    person's alias ("সাহাবুদ্দিন" -> Mohammed Shahabuddin), or the shorter name of another
    person inside it that the fuller one's name holds whole ("আব্দুল হামিদ খান ভাসানীর" ->
    Abdul Hamid Khan Bhashani, not President Abdul Hamid): the fuller name says who it is."""
    s, e, t, m, ner = cur
    if m is None or not ner or t != "PER" or m.actor.type != "PER" or m.demonym or len(key_tokens(text[s:e])) < 2:
        return False
    return all(o[3] is not None and s <= o[0] and o[1] <= e and o[3].actor.type == "PER"
               and o[3].actor.id != m.actor.id and (len(key_tokens(text[o[0]:o[1]])) == 1
                                                    or _name_inside(o[3].actor.name, m.actor.name))
               for o in clash)


def _name_inside(short: str, full: str) -> bool:
    """One English name the first words of a longer one:
    "Abdul Hamid" in "Abdul Hamid Khan Bhashani"; not "Abdul Hamid" in "Hamid Karzai"."""
    a, b = short.lower().split(), full.lower().split()
    return len(a) < len(b) and b[:len(a)] == a


def _article_country(spans, text: str, reg: Registry) -> str | None:
    """The country bare role phrases and unlinked names use (`run` step 3): that of the linked
    places, where a body named with its country's name in front ("Bangladesh Betar", "বাংলাদেশ
    ব্যাংকের") names that place too when no linked place does: its name took the country's only
    mention. A country the places name already gets no more votes from its bodies.
    Example: "Bangladesh Television", "Bangladesh Betar" and "the UK" -> "BGD"."""
    placed = {m.actor.country for s, e, t, m, ner in spans if links_a_place(m)}
    bodies = [(s, e, t, m, ner) for s, e, t, m, ner in spans
              if m is not None and not m.demonym and m.actor.type != "GPE" and m.actor.country
              and m.actor.country not in placed and _named_with_country(text[s:e], m.actor.country, reg)]
    return _main_country(spans + [(s, e, t, _as_place(m), ner) for s, e, t, m, ner in bodies])


def _named_with_country(surface: str, country: str, reg: Registry) -> bool:
    """The surface starts with a name of the body's own country: "Bangladesh Betar" (BGD)."""
    toks = key_tokens(surface)
    return any(len(n) < len(toks) and toks[:len(n)] == n for n in reg.country_keys(country))


def _as_place(m: Match) -> Match:
    """A stand-in match of a place in the body's country, for `_main_country`'s count."""
    return replace(m, actor=replace(m.actor, type="GPE"))


def _main_country(spans, places_only: bool = True) -> str | None:
    """The country most linked places (or, not `places_only`, most linked names of any kind:
    clubs of a match report) belong to, if clearly so."""
    c = Counter(m.actor.country for s, e, t, m, ner in spans
                if m is not None and not m.demonym and m.actor.country
                and (m.actor.type == "GPE" if places_only else len(m.actor.country) == 3 and m.actor.country != "IGO"))
    if not c:
        return None
    (top, n), *rest = c.most_common(2) + [(None, 0)]
    return top if n > rest[0][1] else None


def _name_parts(spans, text, reg: Registry, li) -> tuple[dict[str, str], dict[str, str]]:
    """First and last tokens of the people named in the article -> their actor id; a token two
    named people share is dropped (an ambiguous bare name stays unlinked). Second dict: common
    surnames ("রহমান", "Rahman"), usable only right after an honorific ("মি. রহমান", "Mr Rahman")."""
    owner: dict[str, set[str]] = {}
    titled: dict[str, set[str]] = {}
    role_toks = {t for k in li.role_words for t in k}
    for s, e, t, m, ner in spans:
        if m is None or m.actor.type != "PER":
            continue
        # the registry's spellings, not the surface: "তারেক রহমানের" would offer an inflected part
        names = [n for ns in m.actor.aliases.values() for n in ns]
        for n in names:
            toks = reg._strip(key_tokens(n), li.honorifics)
            if len(toks) < 2:
                continue
            last = toks[-1]
            if len(last) >= MIN_PART_LEN and last not in role_toks and last not in li.honorifics:
                titled.setdefault(last, set()).add(m.actor.id)
            for part in (toks[0], toks[-1]):
                if (len(part) < MIN_PART_LEN or part in li.scan_stop or part in li.honorifics
                        or any(st in li.scan_stop for st in li.morph.stems(part))
                        or part in li.determiners or part in role_toks):
                    continue
                other = {aid for aid, _ in reg.alias.get((part,), [])}
                if other - {m.actor.id}:
                    continue  # the word names something else on its own ("Russian", a city)
                owner.setdefault(part, set()).add(m.actor.id)
    # a stemmed last token ("কিম জং-উনকে") contributes through the aliases above
    def unique(d):
        return {p: next(iter(ids)) for p, ids in d.items() if len(ids) == 1}
    return unique(owner), unique(titled)
