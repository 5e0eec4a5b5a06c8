"""A grammar of Bengali names that end in a head word (organisations, events, facilities and
roads; the head gives the label): an opening word, mostly a place name, then words that belong
inside such names, then the head ("গফরগাঁও থানার", "দিনাজপুর বালিকা হাইস্কুল", "ঢাকা জেলা প্রশাসকের
কার্যালয়", "রংপুর মেডিকেল কলেজ হাসপাতালে"); the head gives the label, so the same grammar names
events ("আসাম বিধানসভা নির্বাচনে"), facilities ("পদ্মা সেতু") and roads ("ঢাকা-চট্টগ্রাম মহাসড়কে",
places joined by hyphens opening it together).

Bengali marks case on the last word of a noun phrase only, so:

- the place that opens the name is written bare ("ঢাকা", never "ঢাকার"): "ঢাকার হাসপাতালে" is
  "a hospital in Dhaka", no name, and a place with a case ending opens nothing;
- the words inside are bare too, and the name ends at the first head word that carries a case
  ending ("থানার"), which is known as a head through its stem; a bare head may go on into a
  longer name ("কলেজ" in "মেডিকেল কলেজ হাসপাতাল") and the longest name ending in a head wins.

The words come from the pack (`ner.yaml` `headed_names`: `heads`, each with the label the
whole name gets, and `inner`, the words that may stand between the place and the head); the place
is a place span already found (the model's or the registry's) or a word the actor registry knows
as a place only. An organisation span opens an event's name only, and a word nobody has seen
the name of an event, a facility or a place only (`OPENS`); an ordinal opens the name of a body
counted by ordinals ("দ্বাদশ জাতীয় সংসদ নির্বাচনে"). The grown span replaces the spans inside it,
and of names that overlap the widest is kept. Persons are never an opening: "X কলেজে" after a
person's name is more often where that person studies.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..lang.pack_keys import reject_unknown_keys

Span = tuple[int, int, str]   # token start, token end (exclusive), label
MAX_INNER_WORDS = 4           # longer runs of inner words are lists, not one name
PLACE_LABELS = frozenset({"LOC", "GPE"})
HYPHENS = frozenset({"-", "–"})
# what may open a name, and the labels of the names it opens: a place opens any; an organisation
# only an event ("লোকসভা নির্বাচনে"; before an organisation head it is more often the owner,
# "বিএনপি কার্যালয়"); an untagged word nobody has seen (`is_new`) only an event, a facility or
# a place ("কমলাপুর স্টেডিয়ামে", "সানড্যান্স চলচ্চিত্র উৎসব"; an unknown word before an
# organisation head is more often an adjective the model's data lacks)
# an ordinal opens the name of a numbered body only, of any label ("দ্বাদশ জাতীয় সংসদ নির্বাচনে",
# "পঞ্চম সংসদে"; `_ordinal_counts_a_body`): before other heads it counts ("দ্বিতীয় টেস্টে", the second Test)
# an organisation span that ends in a unit word ("ঢাকা মহানগর", the model's piece of "ঢাকা মহানগর
# দক্ষিণ বিএনপির") opens its local unit only: an organisation's name (`_name_after`)
# an untagged word that is no common word and no person-name word (`is_loose`) opens only the
# names of heads that nothing but a place's name stands before (`place_only_heads`: "ডবলমুরিং
# থানার", a police station named by its area, which the model's data never showed)
OPENS = {"PLACE": None, "ORG": frozenset({"EVT"}), "NEW": frozenset({"EVT", "FAC", "LOC"}), "ORDINAL": None,
         "UNIT": frozenset({"ORG"}), "LOOSE": None}
GRAMMAR_KEYS = {"heads", "inner", "units", "ordinals", "everyday_ordinals", "numbered", "place_kinds",
                "not_place_endings", "not_places", "place_only_heads", "places_after_units"}


@dataclass(frozen=True)
class HeadedNameGrammar:
    """The pack's words: head word -> label of the whole name, the words that may stand between
    a place and the head, the inner words after which an organisation is its local unit
    ("জেলা" in "সিলেট জেলা বিএনপির"), the ordinals that open the name of a body counted by
    them ("দ্বাদশ"), those of them that count everyday things too ("প্রথম": the first day, the
    first session) and the words of such bodies ("সংসদ"), all folded."""
    heads: dict[str, str]
    inner: frozenset[str]
    units: frozenset[str] = frozenset()
    ordinals: frozenset[str] = frozenset()
    everyday_ordinals: frozenset[str] = frozenset()
    numbered: frozenset[str] = frozenset()
    # kind words after a place's own name that stay out of it, with the place's label
    # ("বদরপুর গ্রামের": the village Badarpur)
    place_kinds: dict[str, str] = field(default_factory=dict)
    # endings of a word that is no bare place name before a kind word: an object or a counted
    # thing ("বাচ্চাটাকে গ্রামে": the child, to the village)
    not_place_endings: tuple[str, ...] = ()
    # words that point at a place without naming it, never a place before a kind word: determiners
    # and "around" ("ওইসব এলাকায়": in those areas; "আশপাশ এলাকার": of the areas around)
    not_places: frozenset[str] = frozenset()
    # heads that only a place's name stands before ("থানা": a police station is named by its area)
    place_only_heads: frozenset[str] = frozenset()
    # local units whose genitive a place's name follows ("উপজেলার বাগুর গ্রামের": the village Bagur
    # of the upazila); after one, a loose word opens any name and a place before a kind word
    places_after_units: frozenset[str] = frozenset()
    # word -> the head it inflects, or None; remembered, as news repeats its words
    known_forms: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    # word -> whether it is a head, inflects one or opens with a place kind (`may_hold_names`)
    name_words: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)


def grammar_from(cfg: dict | None, fold: Callable[[str], str], where: str) -> HeadedNameGrammar | None:
    """The grammar from the `headed_names` section of a pack's ner.yaml, or None when the
    pack has none; an unknown key is an error naming `where`.
    Example: {"heads": {"থানা": "ORG"}, "inner": ["জেলা"]} -> heads {"থানা": "ORG"}, inner {"জেলা"}."""
    if not cfg:
        return None
    reject_unknown_keys(cfg, GRAMMAR_KEYS, where, "headed_names")
    words = {k: frozenset(fold(x) for x in cfg.get(k) or []) for k in ("inner", "units", "ordinals", "everyday_ordinals", "numbered",
                                                                 "not_places", "place_only_heads", "places_after_units")}
    return HeadedNameGrammar(heads={fold(k): v for k, v in (cfg.get("heads") or {}).items()},
                             place_kinds={fold(k): v for k, v in (cfg.get("place_kinds") or {}).items()},
                             not_place_endings=tuple(fold(x) for x in cfg.get("not_place_endings") or []), **words)


def headed_names(folded: list[str], spans: list[Span], grammar: HeadedNameGrammar,
                 stems: Callable[[str], list[str]], is_place: Callable[[str], bool],
                 is_bare: Callable[[str], bool], is_new: Callable[[str], bool] = lambda w: False,
                 is_loose: Callable[[str], bool] = lambda w: False) -> list[Span]:
    """`spans` with every name of the grammar that opens on a bare place: a place span
    whose last word `is_bare` (no case ending), or an untagged word for which `is_place` holds
    (an organisation span or a word `is_new` holds for may open some names too: `OPENS`), then
    the inner words, then a head word, the head maybe with a case ending; the name replaces the
    spans inside it and is left out when it would cut through one. `folded` are the sentence's
    words, folded. Callers pass over sentences for which `may_hold_names` is False first (most
    are): that test is cheaper than this one.
    Example: ["গফরগাঁও", "থানার", "ওসি"], [] with গফরগাঁও a place -> [(0, 2, "ORG")]."""
    units = {a: b for a, b, label in spans if label == "ORG"}
    taken = {k: s for s in spans for k in range(s[0], s[1])}
    names = []
    for start, end, opener in _openings(folded, spans, taken, is_place, is_bare, is_new, grammar, stems, is_loose):
        name = _name_after(folded, end, grammar, stems, units, opener == "UNIT")
        if name is None or (OPENS[opener] is not None and name[1] not in OPENS[opener]):
            continue
        stop, label = name
        if opener == "LOOSE" and not _holds_place_only_head(folded[end:stop], grammar, stems) \
                and not after_local_unit(folded, start, grammar, stems):
            continue
        if opener == "ORDINAL" and not _ordinal_counts_a_body(folded, end, stop, label, grammar, stems):
            continue
        if opener == "PLACE":
            start = _first_of_joined_places(folded, start, spans, taken, is_place)
        inside = [s for s in spans if start <= s[0] and s[1] <= stop]
        crossing = [s for s in spans if s[0] < stop and start < s[1] and s not in inside]
        if not crossing:
            names.append(((start, stop, label), inside))
    out = list(spans)
    for name, inside in _widest_apart(names):
        out = [s for s in out if s not in inside] + [name]
    return sorted(out)


def with_whole_name(spans: list[Span], start: int, stop: int, label: str) -> list[Span]:
    """`spans` with the name (start, stop, label) in place of the spans inside it, or unchanged
    when a span crosses its edges: how `counted_names` and `opened_names` place a name.
    Example: [(1, 3, "PER")], 0, 4, "ORG" -> [(0, 4, "ORG")]; [(2, 4, "ORG")], 0, 3, "ORG" -> unchanged."""
    inside = [s for s in spans if start <= s[0] and s[1] <= stop]
    if any(s[0] < stop and start < s[1] for s in spans if s not in inside):
        return spans
    return [s for s in spans if s not in inside] + [(start, stop, label)]


def places_before_kinds(folded: list[str], spans: list[Span], grammar: HeadedNameGrammar,
                        is_place, is_bare, is_new, is_loose=None, stems=None) -> list[Span]:
    """`spans` with an untagged bare word before a kind word of the grammar (`place_kinds`, maybe
    inflected or compounded) as a place of that kind's label, when the word is a place or a word nobody has seen:
    the kind word names what the place is and stays out of its name, and the case ending sits on
    it, so the word before it is written bare ("বদরপুর গ্রামের বাসিন্দা": the village Badarpur).
    A word with an object's or a count's ending (`not_place_endings`) is no place ("বাচ্চাটাকে গ্রামে"),
    nor a word that points at places without naming them (`not_places`: "ওইসব এলাকায়").
    After a local unit's genitive (`after_local_unit`), a word `is_loose` holds for is such a place
    too: "উপজেলার বাগুর গ্রামের" (the village Bagur of the upazila), a name the model's data lacks.
    Example: ["বদরপুর", "গ্রামের", "বাসিন্দা"], [] with বদরপুর new -> [(0, 1, "GPE")]."""
    if not grammar.place_kinds:
        return spans
    taken = {k for a, b, _ in spans for k in range(a, b)}
    out = list(spans)
    for k in range(len(folded) - 1):
        nxt, word = folded[k + 1], folded[k]
        kind = _place_kind(nxt, grammar)
        if (kind is None or k in taken or k + 1 in taken or not any(ch.isalpha() for ch in word)
                or word.endswith(grammar.not_place_endings) or word in grammar.not_places or not is_bare(word)):
            continue
        if is_place(word) or is_new(word) or (is_loose is not None and after_local_unit(folded, k, grammar, stems)
                                              and is_loose(word)):
            out.append((k, k + 1, grammar.place_kinds[kind]))
    return sorted(out)


def after_local_unit(folded: list[str], k: int, grammar: HeadedNameGrammar, stems) -> bool:
    """Whether the word before `k` is a local unit of `places_after_units` with a case ending:
    a village, an area or a market named after it belongs to that unit ("উপজেলার বাগুর গ্রামের",
    "ইউনিয়নের মানিকখালী বাজারে"). Example: ["উপজেলার", "বাগুর"], 1 -> True; ["উপজেলা", "বাগুর"], 1 -> False."""
    if k == 0 or not grammar.places_after_units or folded[k - 1] in grammar.places_after_units:
        return False
    return not grammar.places_after_units.isdisjoint(stems(folded[k - 1]))


def _place_kind(word: str, grammar: HeadedNameGrammar) -> str | None:
    """The kind word of the grammar (`place_kinds`) that `word` opens with, inflected or
    compounded, else None. Example: "গ্রামের" -> "গ্রাম"; "গ্রামবাসী" -> "গ্রাম"; "বাজারে" -> None."""
    return next((kind for kind in grammar.place_kinds if word.startswith(kind)), None)


def _widest_apart(names: list) -> list:
    """The names of `headed_names` less those inside or across a wider one: a place word
    inside a name opens a shorter name of its own ("বন্দর" in "চট্টগ্রাম বন্দর ভবনে"), which is
    a piece of the same name, not a second one.
    Example: [((0, 3, "FAC"), []), ((1, 3, "FAC"), [])] -> [((0, 3, "FAC"), [])]."""
    kept: list = []
    for name, inside in sorted(names, key=lambda x: x[0][0] - x[0][1]):
        if all(name[1] <= k[0] or k[1] <= name[0] for k, _ in kept):
            kept.append((name, inside))
    return kept


def may_hold_names(words: list[str], spans: list[Span], grammar: HeadedNameGrammar, stems) -> bool:
    """Whether a sentence may hold a name of the grammar: it has a head word (maybe inflected),
    a word opening with a place kind word, or a unit word and an organisation span; most sentences have neither, and are passed over.
    Example: ["বৃষ্টি", "হয়"], [] -> False; ["থানার", "ওসি"], [] -> True."""
    flags = grammar.name_words   # each word's answer, remembered: news repeats its words, and
    if len(flags) > 100_000:     # two loops in C over the memo are cheaper than tests per word
        flags.clear()
    for w in [w for w in words if w not in flags]:
        flags[w] = _may_name(w, grammar, stems)
    if any(map(flags.__getitem__, words)):
        return True
    return not grammar.units.isdisjoint(words) and any(label == "ORG" for _, _, label in spans)


def _may_name(word: str, grammar: HeadedNameGrammar, stems) -> bool:
    """Whether `word` is a head word, an inflected one, or opens with a place kind word
    ("বদরপুর গ্রামের": `places_before_kinds`): `may_hold_names`' test of one word.
    Example: "থানার" -> True; "বৃষ্টি" -> False."""
    return (is_head_word(word, grammar, stems)
            or bool(grammar.place_kinds) and word.startswith(tuple(grammar.place_kinds)))


def _openings(folded: list[str], spans: list[Span], taken: dict[int, Span], is_place, is_bare, is_new,
              grammar: HeadedNameGrammar, stems, is_loose=lambda w: False):
    """(start, end, kind of opener: a key of `OPENS`) of every bare place or organisation that
    may open a name: place and organisation spans whose last word is bare (an organisation span
    of two or more words ending in a unit word, "ঢাকা মহানগর", a second time as "UNIT"), and single
    untagged words that are ordinals, places or words `is_new` holds for; only those right before a
    word of the grammar (an inner word or a head, maybe inflected) or before an organisation span
    that follows a unit word, as the tests of the words are dear.
    Example: ["পঞ্চম", "সংসদে", "ও", "গফরগাঁও", "থানার"], [] with গফরগাঁও a place and পঞ্চম an ordinal
    -> (0, 1, "ORDINAL"), (3, 4, "PLACE")."""
    org_starts = {a for a, _, label in spans if label == "ORG"}

    def before_name_word(k: int) -> bool:
        return k < len(folded) and (folded[k] in grammar.inner or is_head_word(folded[k], grammar, stems)
                                    or (k in org_starts and folded[k - 1] in grammar.units))

    for a, b, label in spans:
        if (label in PLACE_LABELS or label == "ORG") and before_name_word(b) and is_bare(folded[b - 1]):
            yield a, b, "PLACE" if label in PLACE_LABELS else "ORG"
            if label == "ORG" and b - a > 1 and folded[b - 1] in grammar.units:
                yield a, b, "UNIT"
    for k, w in enumerate(folded):
        if k in taken or not before_name_word(k + 1):
            continue
        place = is_place(w)   # asked once: a place's shape is a test of its stems
        if w in grammar.ordinals:
            yield k, k + 1, "ORDINAL"
        elif place or is_new(w):
            yield k, k + 1, "PLACE" if place else "NEW"
        if not place and (grammar.place_only_heads or grammar.places_after_units) \
                and w not in grammar.not_places and is_loose(w):
            yield k, k + 1, "LOOSE"   # a word nobody has seen too: "NEW" opens no police station


def _ordinal_counts_a_body(folded: list[str], at: int, stop: int, label: str, grammar: HeadedNameGrammar,
                           stems) -> bool:
    """Whether the ordinal before `at` counts a body of the name `folded[at:stop]` (labelled
    `label`): the name must hold a word of a body counted by ordinals (`grammar.numbered`) and
    end on it ("ষষ্ঠ সংসদের", "দ্বাদশ জাতীয় সংসদে") or be the body's election ("দ্বাদশ জাতীয়
    সংসদ নির্বাচনে", an EVT): an ordinal counts the last noun of its phrase, so "দ্বিতীয় সংসদ
    ভবন" is the second building. An ordinal that counts everyday things too
    (`grammar.everyday_ordinals`) before a bare body word and a word of letters counts that
    longer phrase: "প্রথম সংসদ অধিবেশনেই" is the first session ("ষষ্ঠ সংসদ গঠন করে": the sixth
    parliament, the object of a verb).
    Example: ["প্রথম", "সংসদ", "অধিবেশনে"], 1, 2, "ORG" -> False; ["পঞ্চম", "সংসদে"], 1, 2, "ORG" -> True."""
    words = folded[at:stop]
    if not any(w in grammar.numbered or not grammar.numbered.isdisjoint(stems(w)) for w in words):
        return False
    if label == "EVT":
        return True
    last = words[-1]
    if last not in grammar.numbered:   # the body, inflected ("সংসদে"), or another head ("ভবনে")
        return not grammar.numbered.isdisjoint(stems(last))
    return (folded[at - 1] not in grammar.everyday_ordinals or stop == len(folded)
            or not any(ch.isalpha() for ch in folded[stop]))


def _first_of_joined_places(folded: list[str], start: int, spans: list[Span], taken: dict[int, Span],
                            is_place) -> int:
    """Where a name opened by the place at `start` begins when places joined by hyphens come
    before it: a road or a route is named by its two ends ("ঢাকা-চট্টগ্রাম মহাসড়কে", tokenised
    "ঢাকা", "-", "চট্টগ্রাম", ...). Example: ["ঢাকা", "-", "চট্টগ্রাম", "মহাসড়কে"], start 2 -> 0."""
    place_ends = {b: a for a, b, label in spans if label in PLACE_LABELS}
    while start >= 2 and folded[start - 1] in HYPHENS:
        before = start - 2
        if before + 1 in place_ends:
            start = place_ends[before + 1]
        elif before not in taken and is_place(folded[before]):
            start = before
        else:
            break
    return start


def _name_after(folded: list[str], at: int, grammar: HeadedNameGrammar, stems,
                units: dict[int, int], after_unit: bool = False) -> tuple[int, str] | None:
    """(end, label) of the longest run of inner and head words from `at` that ends in a head:
    bare words go on, a head with a case ending closes the name; None without a head. After one
    of the grammar's unit words, an organisation span (`units`: start -> end) closes the name as
    its local unit ("ময়মনসিংহ দক্ষিণ জেলা বিএনপির": the party's district unit; but not "ঢাকা ও
    বিএনপির"); `after_unit`: the opener is an organisation span that ends in a unit word ("ঢাকা
    মহানগর"), and an organisation right after it closes the name too.
    Example: ["মেডিকেল", "কলেজ", "হাসপাতালে", "ভর্তি"] from 0 -> (3, "ORG")."""
    best, k = None, at
    while k < len(folded) and k - at <= MAX_INNER_WORDS:
        word = folded[k]
        if (k > at or after_unit) and k in units and folded[k - 1] in grammar.units:
            return units[k], "ORG"
        if word in grammar.heads:
            best = (k + 1, grammar.heads[word])
        elif (head := _inflected_head(word, grammar, stems)) is not None:
            return k + 1, grammar.heads[head]
        elif word not in grammar.inner:
            break
        k += 1
    return best


def _holds_place_only_head(words: list[str], grammar: HeadedNameGrammar, stems) -> bool:
    """Whether a name's words after its opener hold a head that only a place's name stands before,
    last or on the way to a longer head: a union's council is named by the union ("গোতামারী
    ইউনিয়ন পরিষদের"), as a police station is by its area ("বারবাড়িয়া হাইওয়ে থানার").
    Example: ["ইউনিয়ন", "পরিষদের"] with ইউনিয়ন place-only -> True; ["উপদেষ্টা", "পরিষদের"] -> False."""
    return any(_head_of(w, grammar, stems) in grammar.place_only_heads for w in words)


def is_head_word(word: str, grammar: HeadedNameGrammar, stems) -> bool:
    """Whether `word` (folded) is a head word of the grammar, as written or inflected: the word
    that closes a body's or a place's name, never a person's name word.
    Example: "হাসপাতালের" -> True; "রহিম" -> False."""
    return _head_of(word, grammar, stems) is not None


def _head_of(word: str, grammar: HeadedNameGrammar, stems) -> str | None:
    """The head word that `word` is, as written or inflected, or None.
    Example: "থানার" -> "থানা"; "থানা" -> "থানা"; "ওসি" -> None."""
    return word if word in grammar.heads else _inflected_head(word, grammar, stems)


def _inflected_head(word: str, grammar: HeadedNameGrammar, stems) -> str | None:
    """The head word that `word` is an inflected form of, or None (the head itself is none).
    Example: "থানার" -> "থানা"; "থানা" -> None."""
    if word not in grammar.known_forms:
        if len(grammar.known_forms) > 100_000:
            grammar.known_forms.clear()
        grammar.known_forms[word] = next((x for x in stems(word) if x != word and x in grammar.heads), None)
    return grammar.known_forms[word]
