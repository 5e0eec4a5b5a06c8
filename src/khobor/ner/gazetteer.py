"""Reconciling the NER model's spans with the actor registry's aliases (a gazetteer layer).

The model misses names its training data never showed ("ভ্লাদিমির পুতিনের", "দিমিত্রি পেসকভ")
and sometimes types a known name against the registry ("ক্রেমলিন" LOC, an organisation). The
registry (`khobor.actors.link.get_registry()`) knows these names with their case endings, so
its scanner (`khobor.actors.scan.scan`) is run over the same sentence and its matches are
merged with the model's spans:

- a match over tokens the model left all O is added when it is a multi-token alias, or a single
  token whose candidates all have one type (the registry only scans single words it has not
  marked as common words; cased scripts need a capital);
- where a match and model spans overlap, the model wins, unless the match is longer, covers them
  and has their type: then it replaces them ("ভ্লাদিমির" + "পুতিনের" -> one PER; but "ভারতের" LOC
  stays and does not grow into an ORG "ভারতের পররাষ্ট্র মন্ত্রণালয়ের");
- an exact same span keeps the model's type, unless the pack's `ner.yaml` lists the registry type
  in `gazetteer.retype` (types the data conventions agree with the registry on).

Where the pack's `gazetteer.name_titles` is on, whole person names of two words or more from
`lang/<code>/name_titles.tsv` (Wikipedia person titles; "প্যাট কামিন্স", the last word inflected)
join the registry's matches as PER under the same merge rules; a name holding a common word
(actors.yaml `not_names`) is left out, since common words need context to be a name.

Where the pack's `gazetteer.name_words` is on, a run of two to four words that are all person-name
words (`name_spellings.tsv`, the last one maybe inflected: "বরকত আলির") over words that neither
the model nor the registry tagged is a PER too (it never replaces a span: "সাকিব তামিম" tagged
as two people stays two),
unless one of the words is a common word in running text (`name_words_common.txt`, from the
shared NER sets' labels: "এই জয়ে", "রান করে") or in actors.yaml `not_names`. Two or more
initials (`gazetteer.name_initials`, letter names: "এ কে এম") before such a run, or before one
name word with at most two other words between, make a person of it too ("এ কে এম আওলাদ হোসেন").

Where the pack's `gazetteer.link_only_places` is on, the registry's link-only place names of one
word (an upazila's bare name, a CLDR city: "সেনবাগের", "ব্রিসবেন") join the matches unless the word
needs context to be a name (`khobor.ner.link_only_places`).

Three more rules, each on where the pack's `ner.yaml` turns it on: `unseen_guesses` drops the
model's one-word spans on words its training never saw ("কতিপয়"); `unseen_partners` adds a
two-word PER where a person-name word stands beside such an unseen word ("অ্যাডাম রশিংটন");
`name_tails` grows a PER of two words or more over the name words right after it ("মো. ইউনূচ
আলীর").

Where the pack's ner.yaml lists `initials` (abbreviated name parts: "মো.", "মু."), a person span
of such an abbreviation alone joins the person after it (`initials_joined`), and an abbreviation
opens a person's name over the untagged words after it (`abbreviated_names`).

Where the pack's ner.yaml has `headed_names`, names ending in a head word grow from a place
(`khobor.ner.headed_names`: "গফরগাঁও থানার", "আসাম বিধানসভা নির্বাচনে", "পদ্মা সেতু", and from
an ordinal, "দ্বাদশ জাতীয় সংসদ নির্বাচনে"). Then, in this order: where it has `counted_names`, a
number and a counted phrase make one name (`khobor.ner.counted_names`: "১২ দলীয় জোটের"); where it
has `opened_names`, an opener, a proper name and a head make one (`khobor.ner.opened_names`:
"সরকারি বাঙলা কলেজের"); where it has `newspapers`, an opener and a title make one ORG
(`khobor.ner.newspapers`: "দ্য ডেইলি স্টারের", "দৈনিক ইত্তেফাককে"); `set_phrases` drops a span
opening on the first word of a set phrase ("ইতি টানেন": brought to an end; `khobor.ner.set_phrases`);
last, `platform_mediums` drops a social platform named only as the medium of a post ("ফেসবুকে
লেখেন"; `khobor.ner.platforms`).

Demonyms are never added (Bengali gold does not tag them; English NORP is the model's job).
Registry types map onto the model's labels through `gazetteer.types` in the pack's `ner.yaml`
(GPE -> LOC). Everything works on token spans of a spaCy Doc, so `khobor ner tag|eval` (Docs
built from CoNLL words) and the entities stage (Docs from sentence text) share this one path.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache, partial
from pathlib import Path

from ..lang.pack_keys import reject_unknown_keys
from .bracketed_names import bracketed_names, heads_from
from .counted_names import counted_from, counted_names, counted_phrase_may_start
from .headed_names import HYPHENS, grammar_from, headed_names, is_head_word, may_hold_names, places_before_kinds
from .link_only_places import AnyOf, link_only_place_matches, link_only_place_words
from .name_lists import first_listed_names, listed_names, people_in_lists
from .named_bodies import bodies_from, body_head, named_bodies
from .newspapers import newspapers_from, with_newspaper_names
from .opened_names import opened_from, opened_names
from .platforms import platforms_from, without_platform_mediums
from .set_phrases import phrases_from, without_set_phrases
from .titled_names import after_offices, before_ages, contexts_from, kept_runs
from .unseen_shapes import kept_shape, shapes_from

Span = tuple[int, int, str]   # token start, token end (exclusive), label
SETTING_KEYS = {"enabled", "types", "retype", "single_token", "min_chars", "institutions", "skip", "name_titles",
                "heads", "name_words", "name_initials", "unseen_guesses", "unseen_partners",
                "name_tails", "common_words", "phrase_endings", "group_endings", "headed_names",
                "closing_names", "list_joiners", "set_phrases", "newspapers", "unseen_shapes", "platform_mediums",
                "tail_marks", "counted_names", "opened_names", "person_contexts", "link_only_places",
                "named_bodies", "list_marks", "bracketed_names"}


@lru_cache(maxsize=None)
def settings(code: str) -> dict | None:
    """The pack's `gazetteer` settings, or None when the pack turns the layer off."""
    from ..actors.keys import fold_token, key_tokens
    from .model import ner_yaml
    cfg = ner_yaml(code).get("gazetteer")
    if not cfg or not cfg.get("enabled", True):
        return None
    reject_unknown_keys(cfg, SETTING_KEYS, f"lang/{code}/ner.yaml", "gazetteer")
    headed = grammar_from(cfg.get("headed_names"), fold_token, f"lang/{code}/ner.yaml gazetteer")
    return {"types": dict(cfg.get("types") or {}),
            "retype": set(cfg.get("retype") or []),
            "single_token": bool(cfg.get("single_token", True)),
            "min_chars": int(cfg.get("min_chars", 2)),
            "institutions": bool(cfg.get("institutions", False)),
            "skip": {" ".join(key_tokens(x)) for x in cfg.get("skip") or []},
            "name_titles": bool(cfg.get("name_titles", False)),
            "name_words": bool(cfg.get("name_words", False)),
            "name_initials": frozenset(fold_token(x) for x in cfg.get("name_initials") or []),
            "heads": {fold_token(k): v for k, v in (cfg.get("heads") or {}).items()},
            "unseen_guesses": bool(cfg.get("unseen_guesses", False)),
            "unseen_partners": bool(cfg.get("unseen_partners", False)),
            "name_tails": bool(cfg.get("name_tails", False)),
            "link_only_places": bool(cfg.get("link_only_places", False)),
            "common_words": bool(cfg.get("common_words", False)),
            "phrase_endings": tuple(cfg.get("phrase_endings") or ()),
            "group_endings": tuple(cfg.get("group_endings") or ()),
            "closing_names": frozenset(fold_token(x) for x in cfg.get("closing_names") or []),
            "tail_marks": frozenset(cfg.get("tail_marks") or ()),
            "list_joiners": frozenset(cfg.get("list_joiners") or ()),
            "list_marks": frozenset(cfg.get("list_marks") or ()),
            "headed_names": headed,
            "set_phrases": phrases_from(cfg.get("set_phrases"), fold_token),
            "counted_names": counted_from(cfg.get("counted_names"), fold_token),
            "person_contexts": contexts_from(cfg.get("person_contexts"), fold_token, f"lang/{code}/ner.yaml"),
            "opened_names": opened_from(cfg.get("opened_names"), fold_token, f"lang/{code}/ner.yaml"),
            "named_bodies": bodies_from(cfg.get("named_bodies"), fold_token, f"lang/{code}/ner.yaml"),
            "bracketed_names": heads_from(cfg.get("bracketed_names"), headed.heads if headed else {}, fold_token),
            "newspapers": newspapers_from(cfg.get("newspapers"), fold_token),
            "unseen_shapes": shapes_from(cfg.get("unseen_shapes"), fold_token, *_lone_place_shape(code)),
            "platform_mediums": platforms_from(cfg.get("platform_mediums"), fold_token),
            "titles": {t.casefold() for t in ner_yaml(code).get("titles") or []},
            "not_name_endings": _not_name_endings(code),
            "initials": frozenset(ner_yaml(code).get("initials") or [])}


def _lone_place_shape(code: str) -> tuple[list[str], int]:
    """actors.yaml `lone_place_endings` and `lone_place_min_letters`: the place words a village's
    name ends in and the letters of its own before them, one home for the NER's unseen shapes
    and the linker's provisional places. Example: "bn" -> (["পুর", ...], 2)."""
    from .. import lang as langpacks
    from ..actors.words import actors_yaml, lone_place_shape
    return lone_place_shape(actors_yaml(langpacks.load(code)))


def _not_name_endings(code: str) -> tuple[str, ...]:
    """actors.yaml `not_name_endings`, folded: endings that make a word no name ("-গামী", bound
    for; "-বাসী", the people of), read as the actors stage reads them.
    Example: "bn" -> ("গুলো", ..., "গামী", ...)."""
    from .. import lang as langpacks
    from ..actors.keys import not_name_endings
    return not_name_endings(langpacks.load(code))


def _registry():
    return _get_registry()()


@lru_cache(maxsize=1)
def _get_registry():
    """`actors.link.get_registry`, imported once (an import statement per call cost the layer
    more than some of its rules: it is called several times per sentence)."""
    from ..actors.link import get_registry
    return get_registry


def matches(text: str, code: str, tok_starts: list[int], tok_ends: list[int], cfg: dict,
            within: tuple[str, int] | None = None) -> list[Span]:
    """Registry matches in `text` as token spans with our labels: only matches whose edges fall on
    token edges, whose candidates agree on one mapped type, and that are not demonyms. `within`:
    (the article, where `text` starts in it), for `scan`."""
    from ..actors.scan import scan
    reg = _registry()
    li = reg.info(code)
    label_rules = _label_rules(cfg)
    out = []
    for m in scan(text, reg, li, within):
        a = bisect_left(tok_starts, m.start)
        if a >= len(tok_starts) or tok_starts[a] != m.start:
            continue
        b = bisect_left(tok_ends, m.end)
        if b >= len(tok_ends) or tok_ends[b] != m.end:
            continue
        if b == a and not cfg["single_token"]:
            continue
        if m.end - m.start < cfg["min_chars"]:
            continue
        label = _alias_label(m.key, label_rules)
        if label is None:
            continue
        if label == "PER":   # our PER spans are names: titles ("Senator John Kerry") stay outside
            while a < b and text[tok_starts[a]:tok_ends[a]].casefold() in cfg["titles"]:
                a += 1
        out.append((a, b + 1, label))
    return out


def _label_rules(cfg: dict) -> tuple[frozenset, bool, frozenset]:
    """The settings that decide an alias's label (`_alias_label`'s key: the type map, the
    institutions flag and the skip list), made in one place so every caller shares its cache.
    Example: settings("bn") -> (frozenset({("GPE", "LOC"), ("PER", "PER"), ...}), False, frozenset({"বিশ্বকাপ", ...}))."""
    return frozenset(cfg["types"].items()), bool(cfg["institutions"]), frozenset(cfg["skip"])


@lru_cache(maxsize=None)
def _alias_label(key: tuple[str, ...], label_rules: tuple[frozenset, bool, frozenset]) -> str | None:
    """The one label the registry alias `key` gets under `label_rules` (the settings' type map,
    institutions flag and skip list), or None when it gets none: a demonym, a skipped name, an
    institution (unless kept), or candidates of several types. It depends on the alias alone, so
    it is decided once per process (a common alias has thousands of candidate actors).
    Example: ("পুতিন",) under the Bengali settings -> "PER"; ("রুশ",) -> None (a demonym)."""
    type_map, institutions, skip = label_rules
    types_of = dict(type_map)
    reg = _registry()
    cands = reg.alias.get(key, ())
    if all(demonym for _, demonym in cands) or " ".join(key) in skip:
        return None
    actors = [reg.actors[i] for i in dict.fromkeys(aid for aid, _ in cands)]
    if not institutions and any(x.institution for x in actors):
        return None   # "the Saudi government", "ভারতের পররাষ্ট্র মন্ত্রণালয়": the country is the entity
    types = {types_of.get(x.type) for x in actors}
    return types.pop() if len(types) == 1 and None not in types else None


def merge(model: list[Span], gaz: list[Span], retype: set[str] = frozenset()) -> list[Span]:
    """The model's spans reconciled with gazetteer spans (rules in the module docstring)."""
    out = list(model)
    for gs, ge, gl in gaz:
        clash = [x for x in out if x[0] < ge and gs < x[1]]
        if not clash:
            out.append((gs, ge, gl))
        elif all(gs <= x[0] and x[1] <= ge and x[2] == gl for x in clash) \
                and (ge - gs) > max(x[1] - x[0] for x in clash):
            out = [x for x in out if x not in clash] + [(gs, ge, gl)]
        elif len(clash) == 1 and clash[0][:2] == (gs, ge) and clash[0][2] != gl and gl in retype:
            out = [x for x in out if x is not clash[0]] + [(gs, ge, gl)]
    return sorted(out)


def _registry_spans(text, words, folded, code, bounds, cfg, within):
    """The registry's spans over a Doc's words (e.g. a registry upazila such as "সেনবাগের" that
    the model left untagged), and apart from them the spans opened by a word the model never saw
    beside a partner word, which may cover untagged words only. `bounds`: (token starts, ends)."""
    gaz = matches(text, code, *bounds, cfg, within)
    if cfg["headed_names"] and cfg["headed_names"].ordinals:
        gaz = without_counted_facilities(folded, gaz, cfg["headed_names"].ordinals)
    if cfg["link_only_places"]:
        places, not_alone, memo = _link_only_places(code)
        gaz += link_only_place_matches(folded, places, _registry().info(code).morph.stems,
                                       cfg["types"].get("GPE", "GPE"), not_alone, memo)
    if cfg["name_titles"]:
        gaz += title_matches(words, code, folded)
    opened_by_unseen = []
    if cfg["unseen_partners"]:
        partners = unseen_partner_matches(words, code, folded)
        opened_by_unseen = [x for x in partners if folded[x[0]] not in _partner_names(code)]
        gaz += [x for x in partners if x not in opened_by_unseen]
    return gaz, opened_by_unseen


def without_counted_facilities(folded: list[str], spans: list[Span], ordinals: frozenset[str]) -> list[Span]:
    """The registry's facilities less those right after an ordinal (ner.yaml `headed_names`
    `ordinals`): an ordinal counts buildings of a kind, it names none ("দ্বিতীয় সংসদ ভবন নির্মাণের":
    a second parliament building). Example: ["দ্বিতীয়", "সংসদ", "ভবন"], [(1, 3, "FAC")] -> []."""
    return [(a, b, label) for a, b, label in spans if label != "FAC" or a == 0 or folded[a - 1] not in ordinals]


def reconcile_doc(doc, code: str, text: str | None = None, within: tuple[str, int] | None = None) -> list[Span]:
    """The Doc's model entities reconciled with the registry; the model's spans alone when the
    pack has no gazetteer settings. `text`, when given, is the text the Doc was made from (its
    `doc.text`, which spaCy builds again from every token at each call); `within`: (the article,
    where `text` starts in it) when `text` is the article's own, for `matches`."""
    model = [(e.start, e.end, e.label_) for e in doc.ents]
    cfg = settings(code)
    if cfg is None or not len(doc):
        return model
    from spacy.attrs import IDX, LENGTH
    arr = doc.to_array([IDX, LENGTH]).tolist()   # no Token objects: 10x faster than iterating
    starts = [a for a, _ in arr]
    ends = [a + n for a, n in arr]
    if text is None:
        text = doc.text   # a property that joins every token's text again at each call
    words = [text[a:b] for a, b in zip(starts, ends)]
    model = untitled(words, model, cfg["titles"])
    # one test for both rules on abbreviations: most sentences hold none
    initialled = bool(cfg["initials"]) and _may_hold_initials(words, cfg["initials"])
    if initialled:
        model = initials_joined(words, model, cfg["initials"])
    if cfg["unseen_guesses"]:
        model = without_unseen_guesses(words, model, code, cfg["unseen_shapes"])
    if cfg["common_words"]:
        model = without_common_stem_opening(words, without_common_word_guesses(words, model, code, cfg["unseen_shapes"]),
                                            code)
    folded = [_fold(w) for w in words]   # the rules below ask for the words folded: once here
    gaz, opened_by_unseen = _registry_spans(text, words, folded, code, (starts, ends), cfg, within)
    spans = merge(model, gaz, cfg["retype"])
    if opened_by_unseen:   # only over untagged words: see unseen_partner_matches
        spans = with_name_runs(spans, opened_by_unseen)
    if cfg["name_words"]:
        spans = with_name_runs(spans, name_word_matches(words, code, cfg["name_initials"], folded))
    if initialled:
        spans = with_name_runs(spans, abbreviated_names(words, cfg["initials"], code))
    spans = _with_person_contexts(words, folded, spans, cfg, code)
    spans = _with_tails(words, spans, cfg, code)
    if cfg["list_joiners"]:
        spans = _with_list_members(words, spans, cfg["list_joiners"], code)
    if cfg["group_endings"]:
        spans = people_apart_at_hyphens(words, spans, cfg["group_endings"])
    if cfg["heads"]:
        spans = with_heads(words, spans, cfg["heads"], code)
    if cfg["headed_names"]:
        spans = with_headed_names(words, spans, cfg, code)
    spans = _with_worded_names(words, folded, spans, cfg, code)
    if cfg["named_bodies"]:
        spans = _with_named_bodies(words, folded, spans, cfg, code)
    if cfg["bracketed_names"] and "(" in folded:
        spans = _with_bracketed_names(folded, spans, cfg, code)
    if cfg["set_phrases"] and any(folded[a] in cfg["set_phrases"] for a, _, _ in spans):
        spans = without_set_phrases(folded, spans, cfg["set_phrases"])
    if cfg["platform_mediums"]:
        spans = without_platform_mediums(folded, spans, cfg["platform_mediums"])
    return spans


@lru_cache(maxsize=None)
def _link_only_places(code: str) -> tuple[frozenset[str], AnyOf, dict[str, bool]]:
    """(the registry's link-only one-word place names that may stand alone as places, the words
    that never do: `_not_alone`, and the memo of `link_only_place_matches`' answers). The places are built once per process and kept in the disk cache
    while the registry, the packs and the NER code are unchanged: sifting the registry's aliases
    took ~0.1 s of every start; the words that never stand alone are a view over lists loaded anyway.
    Example: "সেনবাগ" in _link_only_places("bn")[0]; "তালা" (a lock) and "বন্দর" (a port) are not."""
    from .. import lang as langpacks
    from ..actors.registry import REGISTRY_PATH, registry_sources
    from ..diskcache import cached
    folder = langpacks.load(code).path
    sources = [*registry_sources(REGISTRY_PATH), *sorted(p for p in folder.iterdir() if p.is_file()),
               folder / "ner" / "vocab" / "strings.json", *sorted(Path(__file__).parent.glob("*.py"))]
    return cached(f"link-only-places-{code}", sources, lambda: _build_link_only_places(code)), _not_alone(code), {}


def _not_alone(code: str) -> AnyOf:
    """The words a link-only place name must not be (`khobor.ner.link_only_places`): the common
    words of the NER sets, the person-name words, actors.yaml `not_names` and the words of the
    grammar of headed names. Example: "তালা" in _not_alone("bn") (a lock); "সেনবাগ" is not."""
    grammar = settings(code)["headed_names"]
    grammar_words = grammar.inner | set(grammar.heads) | set(grammar.place_kinds) if grammar else frozenset()
    return AnyOf(_common_words(code), _person_words(code), _name_word_sets(code)[1], frozenset(grammar_words))


def _build_link_only_places(code: str) -> frozenset[str]:
    """`_link_only_places`' places, built from the registry and the pack."""
    cfg = settings(code)
    reg = _registry()
    label_rules = _label_rules(cfg)
    return link_only_place_words(reg.alias, lambda k: k in reg.scan_first.get(k[0], ()),
                                 lambda k: _alias_label(k, label_rules), _not_alone(code), cfg["types"].get("GPE", "GPE"))


def _with_worded_names(words: list[str], folded: list[str], spans: list[Span], cfg: dict, code: str) -> list[Span]:
    """`spans` with the names that words of the pack's lists open or make (`reconcile_doc`'s
    step after the grammar of headed names): an alliance counted by its parties ("১২ দলীয়
    জোটের", `counted_names`), a name between an opener and a head ("সরকারি বাঙলা কলেজের",
    `opened_names`) and a newspaper after its opener ("দৈনিক ইত্তেফাককে", `newspapers`)."""
    stems = _registry().info(code).morph.stems
    if cfg["counted_names"] and counted_phrase_may_start(folded, cfg["counted_names"], stems):
        spans = counted_names(folded, spans, cfg["counted_names"], stems)
    openers, opened_heads, opened_words = cfg["opened_names"]
    if openers and not openers.isdisjoint(folded):
        spans = opened_names(folded, spans, openers, opened_heads, stems, lambda w: _may_name_a_body(w, cfg, code),
                             opened_words)
    openers, newspaper_titles = cfg["newspapers"]
    if openers and not openers.isdisjoint(words):   # the words as written are their folds (NFC)
        spans = with_newspaper_names(folded, spans, openers, newspaper_titles, stems, lambda w: _common(w, code))
    return spans


def _with_named_bodies(words: list[str], folded: list[str], spans: list[Span], cfg: dict, code: str) -> list[Span]:
    """`spans` with the bodies named by a proper name and a head of their kind (`khobor.ner.named_bodies`:
    "দেশবন্ধু গ্রুপের", "গাবুরা ফ্রেন্ডস ক্লাব"); the words of the name may be a name (letters, no
    common word, no title), bare, and no platform ("হোয়াটসঅ্যাপ গ্রুপে" is a medium).
    Example: ["সিমটেক্স", "ইন্ডাস্ট্রিজ", ",", ...] -> "সিমটেক্স ইন্ডাস্ট্রিজ" ORG."""
    bodies = cfg["named_bodies"]
    stems = _registry().info(code).morph.stems
    if not any(body_head(w, bodies, stems) for w in folded):   # most sentences: no head at all
        return spans
    platforms = _platform_words(cfg)
    kinds = _body_kind_words(code)

    def may_name(k: int) -> bool:   # "সরকারি বালিকা বিদ্যালয়ে" is a kind of school, no name
        return folded[k] not in platforms and folded[k] not in kinds and _may_be_name(words[k], code) \
            and _is_bare(folded[k], code)
    spelled = _name_word_sets(code)[0]
    kept = [s for s in spans if not (s[1] - s[0] == 1 and folded[s[0]] in platforms)]
    found = named_bodies(folded, kept, bodies, stems, may_name, lambda k: folded[k] in spelled,
                         lambda k: _is_bare(folded[k], code), lambda k: _english_word(folded[k], code))
    return sorted(set(found) | {s for s in spans if s not in kept})


def _english_word(folded: str, code: str) -> bool:
    """Whether `folded` is an English word written in Bengali: a word of organisations' English
    names (name_words.yaml, as written or inflected) or a word the model never saw (nor the
    registry), as a transliteration mostly is. Example: "সিকিউরিটি" -> True ("Security");
    "ইভোলিউশন" -> True (never seen); "পূজা" -> False."""
    from ..actors.provisional import org_name_words
    english = org_name_words(code)
    stems = _registry().info(code).morph.stems
    return folded in english or any(x in english for x in stems(folded)) or _unseen(folded, code)


def _with_bracketed_names(folded: list[str], spans: list[Span], cfg: dict, code: str) -> list[Span]:
    """`spans` with the bodies' names that go on past a short form in brackets
    (`khobor.ner.bracketed_names`): "ঢাকা মেডিকেল কলেজ (ঢামেক) হাসপাতালে" one name, not a college
    and an acronym. Example: ["ঢাকা", "মেডিকেল", "কলেজ", "(", "ঢামেক", ")", "হাসপাতালে"] -> one ORG."""
    grammar = cfg["headed_names"]
    inner = grammar.inner if grammar is not None else frozenset()
    return bracketed_names(folded, spans, cfg["bracketed_names"], inner, _registry().info(code).morph.stems,
                           lambda k: _letters(folded[k]))


@lru_cache(maxsize=None)
def _body_kind_words(code: str) -> frozenset[str]:
    """Words that say what kind of body a name is, never part of its own name (name_words.yaml
    `common_nouns` less the trade words): "সরকারি", "জাতীয়". Once per language, not per sentence."""
    from ..actors.provisional import org_name_words, trade_words
    return frozenset(org_name_words(code) - trade_words(code))


def _with_person_contexts(words: list[str], folded: list[str], spans: list[Span], cfg: dict,
                          code: str) -> list[Span]:
    """`spans` with the people the words around them name (`khobor.ner.titled_names`): two or
    three rare words after an office ("সম্পাদক সুদীপ্ত ভট্টাচার্য"), a name before an age ("কামাল
    (৪০)"); none right after an alias word nor with an inner word that is a known name in a case
    ending ("রাশেদার কবির", `kept_runs`). Only over words no span covers.
    Example: ["কোচ", "ফিল", "সিমন্স", "বলেন"] -> "ফিল সিমন্স" PER."""
    ctx = cfg["person_contexts"]
    offices = ctx["offices"]
    by_office = bool(offices) and not offices.isdisjoint(folded)
    by_age = ctx["ages"] and "(" in words
    if not (by_office or by_age):   # most sentences: no office word, no bracket
        return spans
    apart = _apart_from_names(code)
    stems = _registry().info(code).morph.stems
    grammar = cfg["headed_names"]

    def may_name(k: int) -> bool:   # a name going on after a hyphen ("নংগ্রাং-এর") is not this rule's
        w = folded[k]
        if k + 1 < len(words) and words[k + 1] in HYPHENS:
            return False
        # a head word closes a body's name ("জেনারেল হাসপাতালের"): no person's name holds it
        return w not in apart and _may_be_name(words[k], code) and apart.isdisjoint(stems(w)) \
            and not (grammar and is_head_word(w, grammar, stems))
    found = []
    if by_office:
        found += after_offices(folded, spans, offices, may_name, ctx["posts"],
                               lambda k: _lone_name_word(words, folded, k, stems, code, apart))
    if by_age:
        found += before_ages(words, spans, may_name)
    if not found:
        return spans
    names = _person_words(code)

    def inflected_name(k: int) -> bool:   # "রাশেদার": the name "রাশেদা" and a genitive
        return folded[k] not in names and any(st in names for st in stems(folded[k]))
    found = kept_runs(found, folded, ctx["not_names"], inflected_name)
    return with_name_runs(spans, found) if found else spans


def _lone_name_word(words: list[str], folded: list[str], k: int, stems, code: str,
                    apart: frozenset[str] = frozenset()) -> bool:
    """Whether word `k` is a whole name alone: a spelled person-name word (`name_spellings`) as
    written or through a stem, no common word of names' runs or of running text, that closes
    its phrase: with a case ending (Bengali puts it on a name's last word) or before a mark.
    A bare name word before another word may be a longer name's first ("ওম প্রকাশ উপাধ্যায়"),
    and a word before an office (`apart`) is part of the title ("রিয়ার অ্যাডমিরাল": Rear Admiral).
    Example: ["গোলকিপার", "তাসলিমাকে", "ফাঁকি"], k 1 -> True; ["জেনারেল", "ওম", "প্রকাশ"], k 1 -> False."""
    spelled, common = _name_word_sets(code)
    word = folded[k]
    forms = (word, *stems(word))
    if any(x in common for x in forms) or _common(word, code) or not any(x in spelled for x in forms):
        return False
    if k + 1 == len(words):
        return True
    return folded[k + 1] not in apart and (word not in spelled or not _letters(words[k + 1]))


@lru_cache(maxsize=None)
def _apart_from_names(code: str) -> frozenset[str]:
    """The folded words no name read from its context holds (`_with_person_contexts`), built once
    per pack: its offices and alias words (`person_contexts`), platforms ("টেলিগ্রামে লেখেন") and
    newspaper titles ("ডেকান ক্রনিকলকে")."""
    cfg = settings(code)
    ctx = cfg["person_contexts"]
    return ctx["offices"] | ctx["not_names"] | _platform_words(cfg) | cfg["newspapers"][1]


def _platform_words(cfg: dict) -> frozenset[str]:
    """The platforms of the pack's `platform_mediums` ("টেলিগ্রাম"), none when it has none."""
    return (cfg["platform_mediums"] or {}).get("platforms") or frozenset()


def _may_name_a_body(folded: str, cfg: dict, code: str) -> bool:
    """Whether `folded` may be a body's own name between an opener and a head (`opened_names`):
    no common word of running text and no inner word of the headed names' grammar (a kind of
    body, "মেডিকেল"). Example: "বাঙলা" -> True; "একটি" -> False; "মেডিকেল" -> False."""
    grammar = cfg["headed_names"]
    return not _common(folded, code) and (grammar is None or folded not in grammar.inner)


def _with_list_members(words: list[str], spans: list[Span], joiners: frozenset[str], code: str) -> list[Span]:
    """`spans` with the untagged members of lists of people (`khobor.ner.name_lists`): those
    between two people, then one that opens the list before two people.
    Example: ["প্যাট", "কামিন্স", ",", "জশ", "হ্যাজলউড", "ও", "টিম", "ডেভিডকে"] with the first and
    last people tagged -> "জশ হ্যাজলউড" a person too."""
    def name(w: str) -> bool:
        return _may_be_name(w, code)
    spans = first_listed_names(words, _listed_names_spelled(words, spans, joiners, code), joiners, name)
    cfg = settings(code)
    if not cfg["list_marks"]:
        return spans

    def name_part(w: str) -> bool:   # initials too: "মো. আবদুত তাওয়াব", "কে এম ছরোয়ার"
        return w in cfg["initials"] or _fold(w) in cfg["name_initials"] or name(w)
    def name_word(k: int) -> bool:   # an initial is no name's shape: "এস", "কে" (also "to")
        return not (words[k] in cfg["initials"] or _fold(words[k]) in cfg["name_initials"]) \
            and _person_name_word(words[k], code)
    return people_in_lists(words, spans, joiners, name_part, name_word, cfg["list_marks"])


def _person_name_word(word: str, code: str) -> bool:
    """Whether `word` is a known person-name word (the provisional step's person words, which
    hold the `name_spellings` ones), as written or through a stem ("খাতুনের"): a list member's
    name shape. Example: "আইরিন" -> True; "সদস্য" -> False."""
    folded = _fold(word)
    names = _person_words(code)   # person_spellings and more: no union of 10,000 words per call
    return any(x in names for x in (folded, *_registry().info(code).morph.stems(folded)))


def _listed_names_spelled(words: list[str], spans: list[Span], joiners: frozenset[str], code: str) -> list[Span]:
    """`listed_names` whose member may hold, after a first word that may be a name, person-name
    words that are common words of running text too (`name_spellings`: "শান্ত", calm; "হোম",
    home): between two people in a list they are the name's parts, as the model's data rarely
    shows them so. Example: ["তানজিদ", "তামিম", ",", "নাজমুল", "শান্ত", ",", "মুশফিকুর", "রহিম"]
    with both ends tagged -> "নাজমুল শান্ত" a person too."""
    spelled = _name_word_sets(code)[0]
    titles = settings(code)["titles"]

    def name_or_spelled(w: str) -> bool:
        return _may_be_name(w, code) or (_letters(w) and _fold(w) in spelled and not _is_title(w, titles))
    found = listed_names(words, spans, joiners, name_or_spelled)
    return [x for x in found if x in spans or _may_be_name(words[x[0]], code)]


def initials_joined(words: list[str], spans: list[Span], initials: frozenset[str]) -> list[Span]:
    """PER spans made of abbreviated name parts alone (ner.yaml `initials`: "মো.", "মু.") joined
    to the PER span right after them, and dropped where none follows: the model sometimes closes
    a span after the abbreviation ("মু." | "আতাউর রহমান"); the abbreviation is a part of the name
    written after it (a name part, not a title: ner.yaml keeps it out of `titles`), never a name
    by itself. `reconcile_doc` calls it only where `_may_hold_initials` holds.
    Example: ["মু", ".", "আতাউর", "রহমান"], [(0, 2, "PER"), (2, 4, "PER")] -> [(0, 4, "PER")]."""
    out, skip = [], set()
    by_start = {a: (a, b, label) for a, b, label in spans}
    for a, b, label in spans:
        if (a, b, label) in skip:
            continue
        if label == "PER" and "".join(words[a:b]) in initials:   # "মু" "." is one abbreviation
            after = by_start.get(b)
            if after and after[2] == "PER":
                out.append((a, after[1], "PER"))
                skip.add(after)
            continue
        out.append((a, b, label))
    return out


def _may_hold_initials(words: list[str], initials: frozenset[str]) -> bool:
    """Whether a word begins as one of `initials` does (its first two characters): the cheap test
    that skips most sentences. Example: ["ওসি", "মো", "."] -> True for {"মো."}."""
    heads = _initial_heads(initials)
    return any(w[:2] in heads for w in words)


@lru_cache(maxsize=8)
def _initial_heads(initials: frozenset[str]) -> frozenset[str]:
    """The first two characters of each abbreviation, what `_may_hold_initials` looks for.
    Example: {"মো.", "মোঃ", "মু."} -> {"মো", "মু"}."""
    return frozenset(x[:2] for x in initials)


def abbreviated_names(words: list[str], initials: frozenset[str], code: str) -> list[Span]:
    """PER spans over an abbreviated name part (ner.yaml `initials`: "মো.", "মোঃ", "মু.", the
    tokenizer's "মো" "." too) and the one to three words of letters after it that are person-name
    words (`name_spellings`, "বাসার") or no common word of running text, and no title: these
    abbreviations open only a person's name, and the model leaves some such names untagged
    (lists of candidates, rare spellings). Only added over words no other span covers
    (`with_name_runs`). `reconcile_doc` calls it only where `_may_hold_initials` holds.
    Example: ["প্রার্থী", "মো.", "আবুল", "বাসার", "(", "স্বতন্ত্র", ")"] -> [(1, 4, "PER")]."""
    titles = settings(code)["titles"]
    spelled, common = _name_word_sets(code)

    def name_part(w: str) -> bool:
        f = _fold(w)
        return _letters(w) and not _is_title(w, titles) and (f in spelled and f not in common or not _common(f, code))

    out, i = [], 0
    while i < len(words) - 1:
        k = i + 1 if words[i] in initials else i + 2 if words[i] + words[i + 1] in initials else 0
        end = k
        while k and end < len(words) and end - k < 3 and name_part(words[end]):
            end += 1
        if k and end > k:
            out.append((i, end, "PER"))
        i = max(end, i + 1)
    return out


def _is_title(word: str, titles: set[str]) -> bool:
    """A title or honorific of ner.yaml `titles`, written with or without its full stop ("ডা")."""
    w = word.casefold()
    return w in titles or w + "." in titles


def _may_be_name(word: str, code: str) -> bool:
    """Whether a word could be part of a person's name in a list: letters only, no common word
    of running text (`_common`), no title.
    Example: "হ্যাজলউড" -> True; "ছেলে" -> False."""
    folded = _fold(word)
    return _letters(word) and not _common(folded, code) and not _is_title(word, settings(code)["titles"])


def with_closing_names(words: list[str], spans: list[Span], closing: frozenset[str], code: str) -> list[Span]:
    """PER spans grown over the word right after them when it is a word that closes a woman's
    name (`gazetteer.closing_names`: "বেগম", "খাতুন"), as written or with a case ending, and no
    span covers it: the model often stops before it ("শাহনাজ" | "বেগম জানান"), and the whole name
    is the person ("Shahnaz Begum", not "Shahnaz"). Before a name the same words are titles
    ("বেগম খালেদা জিয়া"), which `untitled` keeps outside: a word right before another person's
    span is that one's title, and no span grows over it.
    Example: ["শাহনাজ", "বেগম", "জানান"], [(0, 1, "PER")] -> [(0, 2, "PER")]."""
    if closing.isdisjoint(words) and not any(w.startswith(tuple(closing)) for w in words):
        return spans
    stems = _registry().info(code).morph.stems
    starts = {a for a, _, _ in spans}
    out = []
    for a, b, label in spans:
        if label == "PER" and b < len(words) and b not in starts and b + 1 not in starts:
            w = _fold(words[b])
            if w in closing or any(x in closing for x in stems(w)):
                b += 1
        out.append((a, b, label))
    return out


def with_headed_names(words: list[str], spans: list[Span], cfg: dict, code: str) -> list[Span]:
    """`spans` with the names that end in a head word, of the pack's grammar (`khobor.ner.headed_names`):
    a bare place, inner words, a head word; and the bare place before a kind word that stays out
    of its name ("বদরপুর গ্রামের", `places_before_kinds`). A place is a registry alias of one word that gets
    the place label alone; a word is bare when it is such an alias itself, or when none of its
    stems is an alias or a word the model's training saw ("ঢাকার" is "ঢাকা" inflected).
    Example: ["গফরগাঁও", "থানার", "ওসি"], [] -> [(0, 2, "ORG")]."""
    reg = _registry()
    stems = reg.info(code).morph.stems
    # the words as written are their folds in NFC text (the cleaner's), so the cheap test of
    # whether the sentence may hold a name at all needs no folding
    if not may_hold_names(words, spans, cfg["headed_names"], stems):
        return spans
    label_rules = _label_rules(cfg)
    not_name_endings = cfg["not_name_endings"]
    shapes = cfg["unseen_shapes"]

    def is_place(word: str) -> bool:   # a registry place, or a word of a place's shape ("পীরগঞ্জ")
        return ((word,) in reg.alias and _alias_label((word,), label_rules) == "LOC"
                or shapes is not None and _place_shaped_name(word, "LOC", shapes, code))

    is_bare = partial(_is_bare, code=code)   # a word with no case ending, in this pack

    def is_new(word: str) -> bool:   # a name nobody listed: no word of the training, no alias,
        # no word made a common one by its ending ("ত্রিশালমুখী", bound for Trishal, opens no road)
        return _unseen_name_word(word, word, code) and not word.endswith(not_name_endings)

    def is_loose(word: str) -> bool:   # a place's name the model's data lacks ("ডবলমুরিং থানার")
        return (is_bare(word) and _letters(word) and not _common(word, code)
                and word not in _person_words(code) and word not in cfg["headed_names"].inner)

    folded = [_fold(w) for w in words]
    spans = headed_names(folded, spans, cfg["headed_names"], stems, is_place, is_bare, is_new, is_loose)
    return places_before_kinds(folded, spans, cfg["headed_names"], is_place, is_bare, is_new, is_loose, stems)


def people_apart_at_hyphens(words: list[str], spans: list[Span], endings: tuple[str, ...]) -> list[Span]:
    """A PER span over names joined by hyphens, the last with a group ending ("and the others",
    `gazetteer.group_endings`), split into one PER per name: Bengali sports and politics copy
    writes "সাবিনা-কৃষ্ণাদের" (Sabina, Krishna and their team) for two people. A span that stops
    at the hyphen takes the name after it the same way ("ঋতুপর্ণা-" + "আফিদারা"). A hyphen inside
    one name ("কিম জং-উনের") has no group ending after it and stays. A hyphen left at the end
    of any span is dropped: it belongs to no name.
    Example: ["হামজা", "-", "জামালরা", "খেলবেন"], [(0, 3, "PER")], ("রা",) ->
    [(0, 1, "PER"), (2, 3, "PER")]."""
    if HYPHENS.isdisjoint(words):   # most sentences: nothing to do
        return spans
    starts = {a for a, _, _ in spans}
    out = []
    for a, b, label in spans:
        if label == "PER" and words[b - 1] in HYPHENS and b - a > 1 and b < len(words) \
                and b not in starts and words[b].endswith(endings):
            b += 1   # the span stopped at the hyphen; the group name after it joins
        hyphens = [k for k in range(a + 1, b - 1) if words[k] in HYPHENS]
        if label != "PER" or not hyphens or not words[b - 1].endswith(endings):
            out.append((a, b - (words[b - 1] in HYPHENS and b - a > 1), label))
            continue
        edges = [a, *hyphens, b]
        out += [(x + (x != a), y, label) for x, y in zip(edges, edges[1:]) if y > x + (x != a)]
    return out


def without_unseen_guesses(words: list[str], spans: list[Span], code: str,
                           shapes: dict | None = None) -> list[Span]:
    """The model's spans less its one-word guesses on words it never saw in training: a word
    absent from the model's training vocabulary, that is no person-name word and no alias of the
    registry (not even one it never scans alone, as "নান্দাইল"), all three through its stems too,
    was tagged from its shape and neighbours alone; on news text such guesses are mostly common
    words ("কতিপয়", "লেভেলের", "কেন্দ্রবিন্দুতে").
    With `shapes` (ner.yaml `unseen_shapes`, khobor.ner.unseen_shapes), a guess whose word has the
    shape its label asks for is kept: a LOC ending in a place word ("দৌলতপুর").
    Example: ["কিছু", "টাইপের", "লোক"], [(1, 2, "PER")] -> [] when "টাইপের" and "টাইপ" are
    unseen."""
    if not _seen_words(code):
        return spans
    return [x for x in spans if x[1] - x[0] > 1 or not _unseen(_fold(words[x[0]]), code)
            or (shapes is not None and _has_kept_shape(_fold(words[x[0]]), x[2], shapes, code))]


def _has_kept_shape(folded: str, label: str, shapes: dict, code: str) -> bool:
    """`unseen_shapes.kept_shape` over the word and its stems (case endings off: "দৌলতপুরে")."""
    return kept_shape((folded, *_unseen_lexicon(code)[2](folded)), label, shapes)


def without_common_word_guesses(words: list[str], spans: list[Span], code: str,
                                shapes: dict | None = None) -> list[Span]:
    """The model's spans less its one-word spans on common words: the first of the word and its
    stems that the model's training saw decides, and it is common when the training portions of
    the NER sets tag it O nine times in ten (`ner_common_words.txt`); a registry alias is kept.
    The model tags such words from their neighbours ("বেলা" before a time, "শিশুকেও", "সচিবালয়ে").
    With `shapes` (`unseen_shapes`), a place span on a word of a place's shape is kept, as
    `without_unseen_guesses` keeps one, unless the word is a common noun of actors.yaml
    `not_names` ("ঘরবাড়ি"): the NER sets leave many village and upazila names O ("দৌলতপুর থানার",
    "মির্জাপুরের"), which put them in the list.
    Example: ["দুপুর", "বেলা", "বৃষ্টি"], [(1, 2, "PER")] -> [] ("বেলা" is tagged O 36 times in 37)."""
    if not _common_words(code):
        return spans
    return [x for x in spans if x[1] - x[0] > 1 or not _common(_fold(words[x[0]]), code)
            or (shapes is not None and _place_shaped_name(_fold(words[x[0]]), x[2], shapes, code))]


def _place_shaped_name(folded: str, label: str, shapes: dict, code: str) -> bool:
    """Whether a word the model tagged `label` has a place name's shape (`kept_shape` over its
    forms, as `_has_kept_shape`) and no form of it is a common noun of actors.yaml `not_names`
    (`_name_word_sets`: "শ্বশুরবাড়ি", the in-laws' house).
    Example: "দৌলতপুরে", "LOC" -> True; "ঘরবাড়ি", "LOC" -> False."""
    forms = (folded, *_unseen_lexicon(code)[2](folded))   # stemmed once, for both tests
    return kept_shape(forms, label, shapes) and _name_word_sets(code)[1].isdisjoint(forms)


def without_common_stem_opening(words: list[str], spans: list[Span], code: str) -> list[Span]:
    """The model's one-word span on the sentence's first word dropped when a stem of it (not the
    word itself) is a common word (`ner_common_words.txt`) and no form of it is a registry alias:
    with nothing before it the model tags that word from its shape alone, and a common noun with
    a case ending opens many sentences, its inflected form too rare in the NER sets to be listed.
    Example: ["কমিটিকে", "সাত", "দিনের"], [(0, 1, "PER")] -> [] ("কমিটি", committee, is common)."""
    if not any(x[:2] == (0, 1) for x in spans):
        return spans
    folded = _fold(words[0])
    _, aliases, stems = _unseen_lexicon(code)
    forms = [x for x in stems(folded) if x != folded]
    if any((x,) in aliases for x in (folded, *forms)) or not any(x in _common_words(code) for x in forms):
        return spans
    return [x for x in spans if x[:2] != (0, 1)]


@lru_cache(maxsize=65536)
def _is_bare(folded: str, code: str) -> bool:
    """Whether a folded word carries no case ending: a registry alias itself, or none of its stems
    is an alias or a word the model's training saw ("ঢাকার" is "ঢাকা" inflected), and it does not
    end in a word that makes a common word of a name ("ঢাকাগামী", bound for Dhaka).
    Example: "গফরগাঁও" -> True; "ঢাকার" -> False."""
    if folded.endswith(settings(code)["not_name_endings"]):
        return False
    seen, aliases, stems = _unseen_lexicon(code)
    return (folded,) in aliases or not any((x,) in aliases or x in seen for x in stems(folded))


@lru_cache(maxsize=65536)
def _common(folded: str, code: str) -> bool:
    """Whether the first seen form of `folded` (itself, then its stems) is a common word, and no
    form is a registry alias; remembered, as news repeats its words.
    Example: "কর্মশালায়" -> True (its stem "কর্মশালা" is)."""
    common = _common_words(code)
    seen, aliases, stems = _unseen_lexicon(code)
    forms = (folded, *stems(folded))
    if any((x,) in aliases for x in forms):
        return False
    return next((x in common for x in forms if x in seen), False)


def _common_words(code: str) -> frozenset[str]:
    """The words of `lang/<code>/ner_common_words.txt` (`khobor.actors.words.ner_common_words`,
    which the provisional step reads too)."""
    from ..actors.words import ner_common_words
    return ner_common_words(code)


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """`fold_token`, remembered: news repeats its words, and the rules fold every word.
    Example: "Putin" -> "putin"."""
    from ..actors.keys import fold_token
    return fold_token(word)


def _unseen(folded: str, code: str) -> bool:
    """Whether a folded word and all its stems are outside `_seen_words` and the registry's
    aliases (the one-word keys, those it never scans alone included)."""
    seen, aliases, stems = _unseen_lexicon(code)
    return not any(x in seen or (x,) in aliases for x in (folded, *stems(folded)))


@lru_cache(maxsize=None)
def _unseen_lexicon(code: str):
    """(`_seen_words`, the registry's alias index, the language's stemmer), fetched once: the
    test runs on many words of every sentence."""
    reg = _registry()
    return _seen_words(code), reg.alias, reg.info(code).morph.stems


@lru_cache(maxsize=None)
def _seen_words(code: str) -> frozenset[str]:
    """The words a word must not be to count as unseen: the model's training vocabulary, the
    person-name words, the common name words and the titles, folded; empty without a model."""
    return _lexicons(code)["seen_words"]


@lru_cache(maxsize=None)
def _lexicons(code: str) -> dict:
    """The word lists the rules read, built once from the pack (`_build_lexicons`) and kept in the
    disk cache, keyed by the pack's files and the code that folds them: folding the vocabulary
    took half a second of every start, and the names, name words and partners another 0.1 s of a
    first article. Example: _lexicons("bn")["name_word_sets"][0] holds "বরকত"'s folded form."""
    from .. import lang as langpacks
    from ..actors import keys, provisional, romanise
    from ..diskcache import cached, module_files
    folder = langpacks.load(code).path
    sources = [*sorted(p for p in folder.iterdir() if p.is_file()),
               folder / "ner" / "vocab" / "strings.json",
               *module_files(keys, provisional, romanise, langpacks), __file__]
    return cached(f"gazetteer-lexicons-{code}", sources, lambda: _build_lexicons(code))


def _build_lexicons(code: str) -> dict:
    """`_lexicons` built from the pack: `_name_word_sets` (`actors.provisional.name_word_sets`),
    `_seen_words`, `_titles_by_first` and `_partner_names` as their docstrings say."""
    from ..actors.provisional import name_word_sets
    word_sets = name_word_sets(code)
    seen = _build_seen_words(code, word_sets[1])
    return {"name_word_sets": word_sets, "seen_words": seen, "titles_by_first": _build_titles_by_first(code),
            "partner_names": _build_partner_names(code, seen, word_sets)}


def _build_seen_words(code: str, common_name_words: frozenset[str]) -> frozenset[str]:
    """`_seen_words` built from the pack. Example: "bn" -> frozenset({"ঢাকা", ...})."""
    known = _known_words(code)
    if not known:
        return frozenset()
    return known | _person_words(code) | common_name_words | settings(code)["titles"]


MIN_PARTNER_CHARS = 3   # shorter words ("আর", "বি") are too often function words or letters


def unseen_partner_matches(words: list[str], code: str, folded: list[str] | None = None) -> list[Span]:
    """Two-word person names that pair a person-name word with an attested spelling
    (`name_spellings`; not a common word, not a title: the words of Wikipedia titles alone are
    too often common nouns, "বিদ্যুৎ", "বেলা") with a word of letters the model never saw in
    training, no name word, no title, no registry alias and no common word (stems too), on either
    side: foreign and rare names written in Bengali, which the training data cannot list
    ("উইলসন ওডোবার্টের", "রবিচন্দ্রন অশ্বিন"); name words right after the pair join it, up to
    `MAX_NAME_WORDS`. An unseen word before the name word must not end in a case ending that
    closes a noun phrase (`gazetteer.phrase_endings`): Bengali puts it on a name's last word, so
    "শেষদিকে" ("towards the end") opens no name in "শেষদিকে মোহাম্মদ কুদুসের".
    A name word between two unseen words pairs with the one after it: the word before is more
    often an English word written in Bengali script ("কিউরেটর ম্যাথু পেজ": the curator Matthew
    Page). A pair opened by the unseen word never replaces a span of the model's
    (`reconcile_doc` adds it over untagged words only): where the model tagged the name word
    alone, it read the word before as no part of the name ("অনেস্ট সাকিব").
    Example: ["গোল", "করেন", "অ্যাডাম", "রশিংটন"] -> [(2, 4, "PER")]."""
    partners = _partner_names(code)
    if not partners or len(words) < 2:
        return []
    folded = folded or [_fold(w) for w in words]   # `reconcile_doc` folds them once for its rules

    def unseen(k: int) -> bool:
        return _unseen_name_word(words[k], folded[k], code)

    def name(k: int) -> bool:
        return folded[k] in partners

    endings = settings(code)["phrase_endings"]
    out, i = [], 0
    while i < len(words) - 1:
        if (name(i) and unseen(i + 1)) or (name(i + 1) and unseen(i) and not folded[i].endswith(endings)
                                             and not (i + 2 < len(words) and unseen(i + 2))):
            end = i + 2   # the name goes on over the name words after it ("মোফাখারুল ইসলাম রানা")
            while end < len(words) and end - i < MAX_NAME_WORDS and name(end):
                end += 1
            out.append((i, end, "PER"))
            i = end
        else:
            i += 1
    return out


@lru_cache(maxsize=None)
def _partner_names(code: str) -> frozenset[str]:
    """The name words an unseen word may pair with: spelled person-name words of at least
    `MIN_PARTNER_CHARS`, no common word, no title; empty without a model."""
    return _lexicons(code)["partner_names"]


def _build_partner_names(code: str, seen: frozenset[str], word_sets: tuple) -> frozenset[str]:
    """`_partner_names` built from `_seen_words` and `_name_word_sets`."""
    if not seen:
        return frozenset()
    spelled, common = word_sets
    spelled_partners = frozenset(w for w in spelled if len(w) >= MIN_PARTNER_CHARS)
    given = _given_names(code) - _common_words(code)   # "লরা" is a word of running text too
    return (spelled_partners | given) - common - settings(code)["titles"]


def _given_names(code: str) -> frozenset[str]:
    """The written foreign given names of `lang/<code>/ner_given_names.txt`, folded: Wikipedia's
    title pairs spell few of them ("ব্রেন্ডান", "কনর"), so a foreign name of two unseen words went
    untagged. They partner an unseen word (`unseen_partner_matches`); one the model never saw may
    still be the unseen word beside another name ("ক্রিস্টোফ ফ্রেজার").
    Example: "কনর" in _given_names("bn"); empty for a pack without the file."""
    from .. import lang as langpacks
    from ..actors.keys import fold_token
    from ..actors.words import given_names_of   # the names, without their Latin spellings
    return frozenset(fold_token(name) for name in given_names_of(langpacks.load(code)))


def _unseen_name_word(word: str, folded: str, code: str) -> bool:
    """Whether a word may be a name nobody listed: `MIN_PARTNER_CHARS` or more, letters only as
    written (`word`), and `_unseen` in its fold (`folded`).
    Example: a transliterated surname the training never saw, "রশিংটন" -> True; "১০২" -> False."""
    return len(folded) >= MIN_PARTNER_CHARS and _letters(word) and _unseen(folded, code)


def _letters(word: str) -> bool:
    """Whether `word` is made of letters and their marks (a hyphen inside allowed): no digits,
    no punctuation. Example: "মুকেতু-মুসুন্দা" -> True; "১০২" -> False."""
    return word.strip("-") == word and all(c == "-" or unicodedata.category(c)[0] in "LM" for c in word)


@lru_cache(maxsize=None)
def _known_words(code: str) -> frozenset[str]:
    """The folded words of the model's training vocabulary (`lang/<code>/ner/vocab/strings.json`,
    written when the model was trained), or an empty set when the pack ships no model."""
    import json
    from .. import lang as langpacks
    from ..actors.keys import fold_token
    path = langpacks.load(code).file("ner") / "vocab" / "strings.json"
    if not path.is_file():
        return frozenset()
    return frozenset(fold_token(x) for x in json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=None)
def _person_words(code: str) -> frozenset[str]:
    from ..actors.provisional import person_words
    return person_words(code)


def _with_tails(words: list[str], spans: list[Span], cfg: dict, code: str) -> list[Span]:
    """`spans` grown over the words the model cut from their ends, as the pack's settings ask:
    a person's name tails (`with_name_tails`), last words and companies' trade words before a
    clause mark (`with_last_words_before_marks`, `companies_before_marks`), closing name words
    (`with_closing_names`). Example: ["রহমান", "কটন", ","], [(0, 1, "PER")] -> [(0, 2, "ORG")]."""
    if cfg["name_tails"]:
        spans = with_name_tails(words, spans, code)
    if cfg["tail_marks"]:
        spans = with_last_words_before_marks(words, spans, cfg["tail_marks"], cfg["headed_names"], code)
        spans = companies_before_marks(words, spans, cfg["tail_marks"], code)
    if cfg["closing_names"]:
        spans = with_closing_names(words, spans, cfg["closing_names"], code)
    return spans


def with_name_tails(words: list[str], spans: list[Span], code: str) -> list[Span]:
    """PER spans of two words or more grown over the person-name words right after them that no
    span covers (spelled name words, not common words, the last maybe inflected), up to
    `MAX_NAME_WORDS`: the model often stops one word short of a name ("মো. ইউনূচ" | "আলীর"), and
    the whole name is the entity. A one-word PER stays: a name beside it is more often another
    person, as in headline lists ("তামিম মোস্তাফিজ"). A listed name word in another spelling counts
    (`_spelled_otherwise`: "উল্লাহ্"). A word that is a name only through a case
    ending opens a body's name when a bare organisation word follows it (`_opens_a_body`).
    Example: ["মো.", "ইউনূচ", "আলীর", "কাছে"], [(0, 2, "PER")] -> [(0, 3, "PER")]."""
    if not any(label == "PER" for _, _, label in spans):
        return spans
    spelled, common = _name_word_sets(code)
    stems = _registry().info(code).morph.stems
    taken = {k for a, b, _ in spans for k in range(a, b)}

    def name(k: int) -> bool:
        w = _fold(words[k])
        if w in common or _noun_surname_as_noun(words, k, stems, code):
            return False
        if w in spelled or _spelled_otherwise(w, code):
            return True
        return any(x in spelled and x not in common for x in stems(w)) and not _opens_a_body(words, k, code)

    out = []
    for a, b, label in spans:
        while label == "PER" and b - a >= 2 and b < len(words) and b - a < MAX_NAME_WORDS and b not in taken and name(b):
            b += 1
        out.append((a, b, label))
    return out


def _noun_surname_as_noun(words: list[str], k: int, stems, code: str) -> bool:
    """Whether `words[k]` is a common word that is also a surname (actors.yaml `noun_surnames`),
    as written or through its stem, read as the noun by the word after it, one its row lists:
    "রায়" is Roy, and the verdict before "ঘোষণা" or "পর" ("বিচারক ... এ রায় ঘোষণা করেন",
    "আইনজীবী মো. নোমান চৌধুরী রায়ের পর বলেন"), so a name does not grow over it.
    Example: ["চৌধুরী", "রায়ের", "পর"], 1 -> True; ["চন্দ্র", "রায়ের", "বাড়ি"], 1 -> False."""
    from ..actors.provisional import read_as_noun
    if k + 1 >= len(words):
        return False
    w, nxt = _fold(words[k]), _fold(words[k + 1])
    return read_as_noun(_noun_surnames(code), (w, *stems(w)), (nxt, *stems(nxt)))


@lru_cache(maxsize=None)
def _noun_surnames(code: str) -> dict[str, frozenset[str]]:
    """actors.yaml `noun_surnames`, folded: surname -> the words after it that make it the noun."""
    from .. import lang as langpacks
    from ..actors.provisional import Words
    return {k: frozenset(v) for k, v in Words(langpacks.load(code)).noun_surnames.items()}


def _spelled_otherwise(folded: str, code: str) -> bool:
    """Whether a word is a listed name word in another spelling under the linker's spelling folds
    (actors.yaml `spelling_folds` less romanise.yaml's skips: a word-final hasanta, ি for ী, উ for
    ঊ, no চন্দ্রবিন্দু), and no word of bodies' names (name_words.yaml: "পাওয়ার" is Power): a
    name's last word is often written so, and the model stops before it.
    Example: "উল্লাহ্" (listed "উল্লাহ") -> True; "চৌধুরি" -> True; "বাড়িতে" -> False."""
    from ..actors.romanise import fold_variant, rules_for
    rules = rules_for(code)
    return (folded not in rules.words and bool(rules.final_folds)
            and fold_variant(folded, rules.final_folds) in _name_words_folded(code))


@lru_cache(maxsize=None)
def _name_words_folded(code: str) -> frozenset[str]:
    """The listed person-name words (`actors.romanise` spellings) under the linker's spelling
    folds, kept in the disk cache while the romanise sources and the folding code are unchanged
    (folding the 10,000 spellings was ~0.1 s of a start)."""
    from ..actors import keys, romanise
    from ..diskcache import cached

    def build() -> frozenset[str]:
        rules = romanise.rules_for(code)
        return frozenset(romanise.fold_variant(_fold(w), rules.final_folds) for w in rules.spellings)
    return cached(f"name-words-folded-{code}", [*romanise.sources(code), Path(__file__), Path(keys.__file__)], build)


def _opens_a_body(words: list[str], k: int, code: str) -> bool:
    """Whether the word after `words[k]` is a bare word of organisations' names (name_words.yaml
    `words` less its `common_nouns`, as written: "কেয়ার", "ট্রেডার্স"; not "স্বাস্থ্য"), so that `words[k]` opens that body's name; not when
    that word is a head noun of institutions' names (ner.yaml `headed_names.heads`: "হাসপাতাল"),
    which a genitive before it possesses ("জাহিদ হোসেনের হাসপাতাল": Zahid Hossain's hospital).
    Example: ["এভার", "কেয়ার", "হাসপাতালে"], 0 -> True; ["আলীর", "কোম্পানির"], 0 -> False;
    ["হোসেনের", "হাসপাতাল", "থেকে"], 0 -> False."""
    from ..actors.provisional import trade_words
    if k + 1 >= len(words) or _fold(words[k + 1]) not in trade_words(code):
        return False
    grammar = (settings(code) or {}).get("headed_names")
    return grammar is None or _fold(words[k + 1]) not in grammar.heads


def with_last_words_before_marks(words: list[str], spans: list[Span], marks: frozenset[str], grammar,
                                 code: str) -> list[Span]:
    """PER spans of two words or more grown over the one word between them and a clause mark
    (`gazetteer.tail_marks`: ",", "।", ")") or the sentence's end, when that word is letters only,
    no common word of running text (`_common`: verbs such as "বলেন", "জানান" and "প্রমুখ" are)
    and no head word of an institution's name (`headed_names` heads, "মহাবিদ্যালয়" ending in one).
    Why: the model often stops a word short of a surname or a nickname it never saw spelled
    ("ফরহাদ হালিম" | "ডোনার।", "অমল চন্দ্র" | "দাস,"), and the linker then makes a new actor of the
    shorter name; in a list or at a clause's end, a word after a name that is no verb is its last part.
    Example: ["পরিচালক", "অমল", "চন্দ্র", "দাস", ","], [(1, 3, "PER")] -> [(1, 4, "PER")];
    ["রহিম", "উদ্দিন", "বলেন", "।"], [(0, 2, "PER")] -> [(0, 2, "PER")]."""
    heads = tuple(grammar.heads) if grammar is not None else ()
    taken = {k for a, b, _ in spans for k in range(a, b)}
    out = []
    for a, b, label in spans:
        if label == "PER" and 2 <= b - a < MAX_NAME_WORDS and b < len(words) and b not in taken \
                and (b + 1 == len(words) or words[b + 1] in marks) and _may_end_a_name(words[b], heads, code) \
                and not _closed_by_case_ending(words[b - 1], code) \
                and not any(_organisation_word(w, code) for w in words[a:b]):
            b += 1
        out.append((a, b, label))
    return out


def _closed_by_case_ending(word: str, code: str) -> bool:
    """Whether a name's last word is a listed name word with a case ending ("রহমানের": Rahman's),
    which closes the name: the word after it is the thing possessed, no nickname ("জিয়াউর রহমানের
    মাজারের (...)": his mausoleum). Example: "রহমানের" -> True; "রহমান" -> False."""
    spelled, _ = _name_word_sets(code)
    folded = _fold(word)
    return folded not in spelled and any(x in spelled for x in _registry().info(code).morph.stems(folded))


def companies_before_marks(words: list[str], spans: list[Span], marks: frozenset[str], code: str) -> list[Span]:
    """PER spans grown over the one bare word of organisations' names (name_words.yaml `words`
    less its `common_nouns`, no case ending) between them and a clause mark or the sentence's end, as ORG: in a list of
    listed companies the model often stops a company named after a person at its trade word
    ("সায়হান" | "কটন,"), and the whole name is the company's (`with_last_words_before_marks`
    grows a person's name only over words that may end one).
    Example: ["রহমান", "কটন", ","], [(0, 1, "PER")] -> [(0, 2, "ORG")];
    ["রহমান", "ব্যাংকে", "যান"], [(0, 1, "PER")] -> [(0, 1, "PER")]."""
    from ..actors.provisional import trade_words
    trade = trade_words(code)
    taken = {k for a, b, _ in spans for k in range(a, b)}
    out = []
    for a, b, label in spans:
        if label == "PER" and b < len(words) and b not in taken and _fold(words[b]) in trade \
                and (b + 1 == len(words) or words[b + 1] in marks):
            a, b, label = a, b + 1, "ORG"
        out.append((a, b, label))
    return out


def _may_end_a_name(word: str, heads: tuple[str, ...], code: str) -> bool:
    """Whether `word` may be the last word of a person's name (`with_last_words_before_marks`):
    two letters or more, letters only, no common word, no organisation's word and no
    institution's head word at its end.
    Example: "ডোনার" -> True; "বলেন" -> False; "মহাবিদ্যালয়" -> False (ends in "বিদ্যালয়")."""
    folded = _fold(word)
    if len(folded) < 2 or not _letters(word) or _common(folded, code) or _organisation_word(word, code):
        return False
    stems = _registry().info(code).morph.stems
    return not any(x.endswith(heads) for x in (folded, *stems(folded))) if heads else True


def _organisation_word(word: str, code: str) -> bool:
    """Whether `word` or one of its stems is a word of organisations' names (name_words.yaml
    `words`: "ক্যাপিটাল", "ব্যাংক"): a PER span holding one is a company the model typed as a
    person ("নুজহাত ক্যাপিটাল"), and no tail is added to it. Example: "ব্যাংকের" -> True."""
    from ..actors.provisional import org_name_words
    folded = _fold(word)
    words = org_name_words(code)
    return folded in words or any(x in words for x in _registry().info(code).morph.stems(folded))


def with_heads(words: list[str], spans: list[Span], heads: dict[str, str], code: str) -> list[Span]:
    """A place span grown over the one head word right after it when that word carries a case
    ending, which closes the noun phrase ("ফেনী জেলার", "লাহোর হাইকোর্টের", "গফরগাঁও থানার"):
    GUIDELINES N4 annotate the largest name, and "ফেনী" alone is not that name. The grown span
    takes the head's label (ner.yaml `gazetteer.heads`). A bare head ("ঢাকা জেলা প্রশাসকের
    কার্যালয়") may go on into a longer name, so the span stays as it is.
    Example: ["ফেনী", "জেলার", "মানুষ"], [(0, 1, "LOC")], {"জেলা": "LOC"} -> [(0, 2, "LOC")]."""
    from ..actors.keys import fold_token
    stems = _registry().info(code).morph.stems
    starts = {a for a, _, _ in spans}
    out = []
    for a, b, label in spans:
        if label == "LOC" and b < len(words) and b not in starts:
            w = fold_token(words[b])
            head = next((x for x in stems(w) if x in heads and x != w), None)
            if head:
                a, b, label = a, b + 1, heads[head]
        out.append((a, b, label))
    return out


def untitled(words: list[str], spans: list[Span], titles: set[str]) -> list[Span]:
    """PER spans without their leading titles and honorifics (ner.yaml `titles`): the name is
    the entity, the title its context ("শহীদ প্রেসিডেন্ট জিয়াউর রহমানের" -> "জিয়াউর রহমানের").
    A span made of titles alone is left as it is (the actors stage judges it).
    Example: words ["আল্লামা", "ইকবাল"], [(0, 2, "PER")] -> [(1, 2, "PER")]."""
    out = []
    for a, b, label in spans:
        if label == "PER":
            k = a
            while k < b - 1 and words[k].casefold() in titles:
                k += 1
            a = k if words[k].casefold() not in titles else a
        out.append((a, b, label))
    return out


@lru_cache(maxsize=None)
def _titles_by_first(code: str) -> dict[str, list[tuple[str, ...]]]:
    """Whole person names of two words or more with an English title (lang data `name_titles`,
    from Wikipedia), by first word, longest first; names holding a common word (actors.yaml
    `not_names`: "দেশ", "সরকার") are left out, as a name made of common words needs more than
    the gazetteer to be a name."""
    return _lexicons(code)["titles_by_first"]


def _build_titles_by_first(code: str) -> dict[str, list[tuple[str, ...]]]:
    """`_titles_by_first` built from the pack."""
    from .. import lang as langpacks
    from ..actors.provisional import Words, name_titles
    common = Words(langpacks.load(code)).not_names
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in name_titles(code):
        words = tuple(name.split())
        if len(words) >= 2 and not any(w in common for w in words):
            out.setdefault(words[0], []).append(words)
    for names in out.values():
        names.sort(key=len, reverse=True)
    return out


def title_matches(words: list[str], code: str, folded: list[str] | None = None) -> list[Span]:
    """Whole person names from `name_titles` over the sentence's words, as PER token spans; the
    last word may carry a case ending ("করিম বেনজেমার"), the others are as listed.
    Example: ["প্যাট", "কামিন্সের", "বল"] -> [(0, 2, "PER")] when "প্যাট কামিন্স" is listed."""
    from ..actors.keys import fold_token
    by_first = _titles_by_first(code)
    if not by_first:
        return []
    stems = _registry().info(code).morph.stems
    folded = folded or [fold_token(w) for w in words]
    out, i = [], 0
    while i < len(folded):
        names = by_first.get(folded[i])   # most words open no listed name: no generator for them
        hit = next((n for n in names if _name_at(folded, i, n, stems)), None) if names else None
        if hit:
            out.append((i, i + len(hit), "PER"))
        i += len(hit) if hit else 1
    return out


def _name_at(folded: list[str], i: int, name: tuple[str, ...], stems) -> bool:
    """Whether the words from `i` spell `name`, its last word as written or inflected."""
    n = len(name)
    if i + n > len(folded) or tuple(folded[i:i + n - 1]) != name[:-1]:
        return False
    last = folded[i + n - 1]
    return last == name[-1] or name[-1] in stems(last)


MAX_NAME_WORDS = 4   # a run of name words longer than this is a list, not one person


def with_name_runs(spans: list[Span], runs: list[Span]) -> list[Span]:
    """`spans` and the name-word runs over words none of them covers: the model's own names keep
    their edges ("সাকিব তামিম" tagged as two people stays two).
    Example: ([(0, 1, "PER"), (1, 2, "PER")], [(0, 2, "PER"), (4, 6, "PER")]) ->
    [(0, 1, "PER"), (1, 2, "PER"), (4, 6, "PER")]."""
    return sorted(spans + [x for x in runs if not any(y[0] < x[1] and x[0] < y[1] for y in spans)])


@lru_cache(maxsize=None)
def _name_word_sets(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Person-name words (`name_spellings`) and the common words a name run may not hold
    (`name_words_common.txt` and actors.yaml `not_names`), folded; read once per process."""
    return _lexicons(code)["name_word_sets"]


def name_word_matches(words: list[str], code: str, initials: frozenset[str] = frozenset(),
                      folded: list[str] | None = None) -> list[Span]:
    """Runs of two to four person-name words as PER token spans: every word has a usual Latin
    spelling as a name word, the last one as written or through its stem ("আলির" -> "আলি"), and
    none of them (nor the last one's stem) is a common word. The longest run from each word wins;
    a run after two or more `initials` joins them (`_initialled`).
    Example: ["নেতা", "বরকত", "আলির", "বাড়ি"] -> [(1, 3, "PER")]; ["এই", "জয়ে"] -> []."""
    from ..actors.keys import fold_token
    names, common = _name_word_sets(code)
    if not names:
        return []
    stems = _registry().info(code).morph.stems
    folded = folded or [fold_token(w) for w in words]
    plain = [w in names and w not in common for w in folded]

    def inflected(k: int) -> bool:
        w = folded[k]
        return w not in common and any(x in names and x not in common for x in stems(w) if x != w)

    out, i = [], 0
    while i < len(folded) - 1:
        if not plain[i] and folded[i] not in initials:   # opens no run and no initials: most words
            i += 1
            continue
        span = _initialled(folded, i, initials, plain, inflected, common)
        if span is None:
            n = 0
            while i + n < len(folded) and n < MAX_NAME_WORDS and plain[i + n]:
                n += 1
            # the run may end in one inflected name word ("আলির"); one alone is no run, so
            # with no plain word before it the (costlier) stem test is not asked
            if n and i + n < len(folded) and n < MAX_NAME_WORDS and not plain[i + n] and inflected(i + n):
                n += 1
            span = (i, i + n) if n >= 2 else None
        if span:
            out.append((*span, "PER"))
            i = span[1]
        else:
            i += 1
    return out


def _initialled(folded: list[str], i: int, initials: frozenset[str], plain: list[bool], inflected,
                common: frozenset[str]) -> tuple[int, int] | None:
    """Two to four initials from `i` and the name after them: up to three words, the last a name
    word (maybe inflected), the others not common words; None when there is no such name.
    Example: ["এ", "কে", "এম", "আওলাদ", "হোসেন", "বলেন"] -> (0, 5)."""
    k = i
    while k < len(folded) and k - i < 4 and folded[k] in initials:
        k += 1
    if k - i < 2:
        return None
    best = None
    for end in range(k + 1, min(k + 3, len(folded)) + 1):
        if any(folded[j] in common or folded[j] in initials for j in range(k, end)):
            break
        if plain[end - 1] or inflected(end - 1):
            best = (i, end)
    return best
