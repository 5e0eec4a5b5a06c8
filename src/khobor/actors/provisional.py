"""Provisional actors: names the NER found and the registry does not know.

The last step of the linking cascade. A confident proper name (two or more words once titles,
honorifics and trailing postpositions are gone; or one capitalised word in a cased script for a
place or organisation) becomes an actor {id: "new:<slug>", name: <Latin form>, country: the
country the name itself makes certain (a place inside it: "ঢাকা মেডিকেল কলেজ হাসপাতাল" -> BGD)
or None, sector: None}, marked provisional. Every mention of the same name in the article gets
the same actor: a shorter form ("রিয়াজ হামিদুল্লাহ", "Jacobson", "হামিদুল্লাহকে") joins the
longest name it is part of, unless two names share it (then it stays unlinked, as for known
people).

Spans that are only titles, role words or common nouns ("হাইকমিশনারকে", "অবদানকে") are dropped:
the NER is guessing there, and an entity nobody can name helps no one.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

from .keys import fold_token, is_cased, key_tokens, not_name_endings, tokens, tokens_in
from .model import ActorRecord
from .registry import LangInfo, Match, Registry
from .romanise import bears_home_name, named_as_foreign, reads_foreign, romanise, rules_for
from .words import (actors_yaml, after_private_prefix, lone_place_shape, morphology_yaml, name_words_yaml, ner_common_words,
                    ner_common_words_sources, place_shaped)

NAME_TYPES = {"PER", "ORG", "LOC", "GPE", "FAC", "EVT"}
PLACE_TYPES = {"LOC", "GPE", "FAC"}
MAX_PARTICLE = 3          # a name word this short before a hyphen is a particle ("আল-", "বিন-")
MIN_TITLES_FOR_WORD = 2  # a word of this many titled names is a name word
MAX_FULL_WORDS = 4        # the longest full form of a one-word name read from the text around it
MIN_SINGLE = 3            # a one-word provisional name (cased scripts only) needs this many letters
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_HYPHENS = "-\u2010\u2011"   # hyphen-minus, hyphen, non-breaking hyphen: what joins the parts of a name
_HYPHEN = regex.compile(f"[{_HYPHENS}]")
_NEXT_WORD = regex.compile(r" ([\p{L}\p{M}\u200c\u200d]+)")


def _is_hyphen(gap: str) -> bool:
    """The gap between two words is one hyphen ("আল-দিন"), not nothing (`"" in _HYPHENS` is
    true, so a plain `in` kept a title after a word it touches).

    Example: _is_hyphen("-") -> True; _is_hyphen("") -> False; _is_hyphen(" ") -> False."""
    return len(gap) == 1 and gap in _HYPHENS


@lru_cache(maxsize=None)
def org_name_words(code: str | None) -> frozenset[str]:
    """The language's organisation words (name_words.yaml), folded: read once per process, from
    the disk cache while the pack files and the folding code are unchanged (`_cached_from_pack`)."""
    from .romanise import rules_for
    return _cached_from_pack(f"org-name-words-{code}", code,
                             lambda: frozenset(fold_token(w) for w in rules_for(code).words))


@lru_cache(maxsize=None)
def short_forms(code: str | None) -> dict[str, str]:
    """A body's last word that stands for a longer English name when it ends the name
    (name_words.yaml `short_forms`), folded: "ফরিদপুর মেডিকেলে" is Faridpur Medical College
    Hospital, as the press shortens it. Example: short_forms("bn")["মেডিকেল"] ==
    "Medical College Hospital"."""
    from .. import lang as langpacks
    data = name_words_yaml(langpacks.load_or_none(code)).get("short_forms") or {}
    return {fold_token(k): v for k, v in data.items()}


@lru_cache(maxsize=None)
def trade_words(code: str | None) -> frozenset[str]:
    """The organisation words (name_words.yaml `words`) that may stand after a person's name in a
    body named after that person ("রূপার ট্রেডার্স", "রহমান কটন"), folded: all of them but the
    common words of running text (`common_nouns`: "করিমের স্বাস্থ্য" is Karim's health). Read
    once per process, from the disk cache as `org_name_words` is.
    Example: "কটন" in trade_words("bn"); "স্বাস্থ্য" not in it."""
    from .. import lang as langpacks

    def build() -> frozenset[str]:
        common = {fold_token(w) for w in name_words_yaml(langpacks.load_or_none(code)).get("common_nouns") or []}
        return org_name_words(code) - common
    return _cached_from_pack(f"trade-words-{code}", code, build)


@lru_cache(maxsize=None)
def _spelled_words(code: str | None) -> frozenset[str]:
    """Name words with a known Latin spelling or English form, folded: read once per process, from
    the disk cache while the romanisation rules' sources and the folding code are unchanged
    (folding the 10,000 words was ~50 ms of a first Bengali article). A code without a pack has
    none, and no cache entry of its own. Example: _spelled_words("xx") == frozenset()."""
    from . import romanise

    def build() -> frozenset[str]:
        r = romanise.rules_for(code)
        return frozenset(fold_token(k) for k in (*r.spellings, *r.words))
    return _cached_from_pack(f"spelled-words-{code}", code, build)


def _cached_from_pack(name: str, code: str | None, build, also_from: tuple = ()):
    """`build()`, kept in the disk cache under `name` while the pack files of `rules_for`, the
    files `also_from` and the folding code (this module, `keys`) are unchanged; built afresh, and
    not kept, for a code without a pack.
    Example: _cached_from_pack("spelled-words-xx", "xx", frozenset) -> frozenset()."""
    from . import keys
    from .romanise import sources
    from ..diskcache import cached
    files = sources(code)
    if not files:   # no pack: nothing to build from, nothing to keep
        return build()
    return cached(name, [*files, *also_from, Path(__file__), Path(keys.__file__)], build)


@lru_cache(maxsize=None)
def person_spellings(code: str | None) -> frozenset[str]:
    """Person-name words with an attested Latin spelling (lang data `name_spellings`; not the
    organisation words of `name_words`), folded: read once per process."""
    from .romanise import rules_for
    return frozenset(fold_token(k) for k in rules_for(code).spellings)


@lru_cache(maxsize=None)
def attested_spellings(code: str | None) -> frozenset[str]:
    """Person-name words with a spelling of their own, folded: all of `person_spellings` but a
    gap the letters read wrong, filled by hand (`romanise.yaml` `spellings_gaps`: "মঈন" Moin), which
    is no evidence against a whole name's English title. Example: "আলী" in attested_spellings("bn"),
    "মঈন" not. Read once per process, from the disk cache while the pack files and the folding
    code are unchanged (folding its 10,000 words was ~3% of a one-article run's CPU)."""
    from .romanise import rules_for
    return _cached_from_pack(f"attested-spellings-{code}", code,
                             lambda: frozenset(fold_token(k) for k in rules_for(code).attested))


@lru_cache(maxsize=None)
def name_titles(code: str | None) -> dict[str, str]:
    """Whole person names (folded words, space-joined) -> English title (lang data `name_titles`)."""
    from .romanise import rules_for
    return rules_for(code).titles


@lru_cache(maxsize=None)
def person_words(code: str | None) -> frozenset[str]:
    """Words that people's names are made of: those with a usual spelling (`name_spellings`) and
    the words of at least two whole names with an English title (`name_titles`: "মুসা"; a word of
    one name only may be a common word that name holds). Read once per process and kept in the
    disk cache while the pack files of `rules_for` and this code are unchanged (folding 10,000
    spellings and counting the titles' words took ~2% of a one-article run's CPU under cProfile);
    tells a name word from a common one where the script has no capitals."""
    return _cached_from_pack(f"person-words-{code}", code, lambda: _built_person_words(code))


def _built_person_words(code: str | None) -> frozenset[str]:
    """`person_words` built from the pack's spellings and titles."""
    from collections import Counter
    seen = Counter(w for name in name_titles(code) for w in set(name.split()))
    return person_spellings(code) | frozenset(w for w, n in seen.items() if n >= MIN_TITLES_FOR_WORD)


@lru_cache(maxsize=None)
def running_words(code: str | None) -> frozenset[str]:
    """Words the NER sets tag O nine times in ten (`lang/<code>/ner_common_words.txt`), less the
    attested person-name words: "পদত্যাগ", "মামলা" are running text, never one person's short
    form, though the NER took one into a name ("রুবিনা পদত্যাগের"). Read once per process, from
    the disk cache while its files and the code that reads and folds them are unchanged (folding
    the 18,000 words was ~5% of a one-article run's CPU)."""
    if not code:
        return frozenset()
    return _cached_from_pack(f"running-words-{code}", code,
                             lambda: frozenset(fold_token(r) for r in ner_common_words(code)) - person_words(code),
                             also_from=tuple(ner_common_words_sources(code)))


_NOT_SLUG = regex.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return _NOT_SLUG.sub("-", s).strip("-") or "x"


def literal_starts(text: str, sub: str):
    """Where `sub` occurs in `text`, left to right, each occurrence after the end of the one
    before: the starts `regex.finditer(regex.escape(sub), text)` gives, without compiling a
    pattern per name (a name's pattern is new to regex's cache: a compile at every call).
    Example: literal_starts("aXbXaXb", "aXb") -> 0, 4; literal_starts("aaa", "aa") -> 0."""
    if not sub:   # the empty string matches at every position, as regex's empty matches do
        yield from range(len(text) + 1)
        return
    at = text.find(sub)
    while at != -1:
        yield at
        at = text.find(sub, at + len(sub))


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+) $")


def read_as_noun(noun_surnames: dict[str, frozenset[str]], forms, next_forms) -> bool:
    """Whether a word that is also a surname (actors.yaml `noun_surnames`; `forms`: the word and
    its stems) is the noun, by the word after it (`next_forms`: that word and its stems), one its
    row lists: "রায়" is Roy, "রায়ের পর" after the verdict. For the NER's name tails and the
    linker's alike. Example: ({"রায়": {"পর"}}, ("রায়ের", "রায়"), ("পর",)) -> True."""
    return any(n in noun_surnames.get(x, ()) for x in forms for n in next_forms)


class Words:
    """Language data the provisional step reads (lang/<code>/actors.yaml, morphology.yaml)."""

    def __init__(self, pack):
        data = actors_yaml(pack)
        morph = morphology_yaml(pack)
        fold = lambda xs: {" ".join(key_tokens(x)) for x in xs or []}  # noqa: E731
        self.not_names = fold(data.get("not_names"))
        self.groups = fold(data.get("groups"))
        self.bad_endings = not_name_endings(pack)
        self.trailing = fold(data.get("name_trailing_words"))
        self.called = fold(data.get("called_words"))
        self.closing_titles = fold(data.get("name_closing_titles"))
        self.connectors = fold(data.get("name_connectors"))
        self.offices = fold(data.get("office_words"))
        self.edges = fold(data.get("edge_words"))
        self.conjunctions = fold(data.get("conjunctions"))
        self.light_verbs = fold(data.get("light_verbs"))
        self.day_parts = fold(data.get("day_parts"))
        self.number_words = fold(data.get("number_words"))
        self.plural_endings = tuple(fold_token(x) for x in data.get("plural_endings") or [])
        place_endings, self.lone_place_min_letters = lone_place_shape(data)
        self.lone_place_endings = tuple(fold_token(x) for x in place_endings)
        self.place_kind_words = tuple(fold_token(x) for x in data.get("place_kind_words") or [])
        self.given_names = fold(data.get("scan_stop_given_names"))
        self.noun_name_words = fold(data.get("noun_name_words"))
        self.kin_words = fold(data.get("kin_words"))
        self.noun_surnames = {fold_token(k): fold(v) for k, v in (data.get("noun_surnames") or {}).items()}
        self.unit_force = {fold_token(k): fold(v) for k, v in (data.get("unit_force_words") or {}).items()}
        self.name_suffixes = sorted({fold_token(s) for s in morph.get("name_suffixes") or []}, key=len, reverse=True)
        self.name_clitics = tuple(fold_token(s) for s in morph.get("name_clitics") or [])
        self.object_suffixes = tuple(fold_token(s) for s in morph.get("object_suffixes") or [])
        from .context import ContextWords
        self.context = ContextWords.from_pack(pack)


@lru_cache(maxsize=None)
def name_word_sets(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Person-name words (`person_spellings`) and the common words a name run may not hold
    (`name_words_common.txt` and actors.yaml `not_names`), folded; read once per process, for the
    NER's name runs and the linker's surname test alike (here, so that neither imports the other).
    Example: "উল্লাহ" in name_word_sets("bn")[0]; "সরকার" in name_word_sets("bn")[1]."""
    from .. import lang as langpacks
    pack = langpacks.load(code)
    path = pack.path / "name_words_common.txt"
    rows = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    common = {fold_token(r.strip()) for r in rows if r.strip() and not r.startswith("#")}
    return person_spellings(code), frozenset(common | set(Words(pack).not_names))


class Provisional:
    def __init__(self, reg: Registry, li: LangInfo, words: Words, text: str, code: str | None, date: str | None,
                 sentence_starts: set[int] | None = None, date_is_retrieval: bool = False):
        self.reg, self.li, self.w, self.text, self.code, self.date = reg, li, words, text, code, date
        self.sentence_starts = sentence_starts or set()
        self.date_is_retrieval = date_is_retrieval    # `date` is the day the article was fetched, not published
        self.story_country: str | None = None          # the article's main country, once linking knows it
        self.role_toks = {t for k in li.role_words for t in k}
        self.text_tokens = list(tokens(text))   # (start, end, folded word) of the whole article, once
        self.article_toks = {t for _, _, t in self.text_tokens}
        self.people: list[tuple[tuple[str, ...], ActorRecord]] = []
        self.by_key: dict[tuple, ActorRecord] = {}
        # (story country, places by word, places by stem) of `_places_by_word_and_stem`, made at need
        self._places_by_stem: tuple | None = None

    # -- cleaning a span -----------------------------------------------------------------------
    def _is_title(self, tok: str) -> bool:
        cands = [tok, *self.li.morph.stems(tok)]
        return any(c in self.li.honorifics or c in self.li.determiners or c in self.li.articles
                   or c in self.role_toks for c in cands)

    def _form_in(self, tok: str, words) -> str | None:
        """The first of `tok` and its stems (lang morphology) that `words` (a set, or a mapping's
        keys) holds, or None: "থানায়" -> "থানা" where `words` holds "থানা"."""
        return next((f for f in (tok, *self.li.morph.stems(tok)) if f in words), None)

    def _org_word(self, tok: str) -> bool:
        """A word with an English form in an organisation's name ("পত্রিকা", "হাসপাতাল")."""
        return self._form_in(tok, org_name_words(self.code)) is not None

    def _is_place(self, tok: str) -> bool:
        m = self.reg.lookup((tok,), self.li, self.date)
        return m is not None and (m.demonym or m.actor.type == "GPE")

    def _running_word(self, tok: str) -> bool:
        """A word of running text in a script without capitals, which alone cannot tell a name
        ("পদত্যাগ"); a cased script's "Young", "King" are told by their capital."""
        return not is_cased(tok) and tok in running_words(self.code)

    def _is_common(self, tok: str) -> bool:
        return tok.isdigit() or self._form_in(tok, self.w.not_names) is not None

    def words(self, s: int, e: int, person: bool) -> list[tuple[int, int, str]]:
        """The name's own words inside a span: leading articles (a person's titles and stray
        common words: "Yet Jeba") and trailing postpositions off; an office before "of" off
        ("CEO of Jamuna Television"). An organisation keeps its own words ("জাতীয় নাগরিক পার্টি")."""
        toks = [(a + s, b + s, t) for a, b, t in tokens_in(self.text, s, e)]
        if person:
            lead = lambda t: self._is_title(t) or self._is_common(t)  # noqa: E731
        else:
            lead = lambda t: t in self.li.articles  # noqa: E731
        while toks:
            if lead(toks[0][2]):
                toks = toks[1:]
            elif person and len(toks) > 2 and self._is_place(toks[0][2]) and self._is_title(toks[1][2]):
                toks = toks[2:]   # "Russian President Ivan Petrovsky", "রাশিয়ার রাষ্ট্রপতি ..."
            else:
                break
        if not person and toks and (self._is_title(toks[0][2]) or toks[0][2] in self.w.offices):
            cut = max((i for i, t in enumerate(toks[:-1]) if t[2] in self.w.connectors), default=None)
            if cut is not None:
                toks = toks[cut + 1:]
        if not person and len(toks) > 2 and self._force_after_unit(toks):
            toks = toks[:-1]
        while toks and toks[0][2] in self.w.edges:      # "ও বিজ্ঞান ও": a conjunction is no name's edge
            toks = toks[1:]
        while toks and toks[-1][2] in self.w.edges:
            toks = toks[:-1]
        # "UK's National Health Service": the possessor is a mention of its own
        for k in range(1, len(toks) - 1):
            if toks[k][2] == "s" and self.text[toks[k - 1][1]:toks[k][0]] in ("'", "\u2019"):
                toks = toks[k + 1:]
                break
        while toks and (self._trailing(toks[-1][2])
                        or (person and (self._is_title(toks[-1][2]) or self._is_common(toks[-1][2]))
                            and not (len(toks) > 1 and _is_hyphen(self.text[toks[-2][1]:toks[-1][0]]))
                            and not self._capitalised_surname(toks) and not self._closes_name(toks))
                        or (person and self._body_word_after_name(toks))
                        or (person and self._after_case_ending(toks))
                        or (person and self._noun_by_next_word(toks))):
            toks = toks[:-1]   # (a hyphenated part stays: "আল-দিন")
        return toks

    def _force_after_unit(self, toks) -> bool:
        """A body's last word is a force (lang data `unit_force_words`: "পুলিশ") after the unit of
        it that the name before ends in ("থানা"): the unit's own force, so the name ends at the
        unit. Example: "উল্লাপাড়া থানা পুলিশ" -> True (Ullapara Police Station); "বাংলাদেশ পুলিশ" -> False."""
        force = self._form_in(toks[-1][2], self.w.unit_force)
        return force is not None and toks[-2][2] in self.w.unit_force[force]

    def _body_word_after_name(self, toks) -> bool:
        """The last word of a person's span is an organisation word (name_words.yaml `words`) in an
        object's case (lang data `object_suffixes`) that no person's name is made of
        (`person_words`): the body the person speaks to, not a word of the name ("করিম উদ্দিন
        ট্রাইব্যুনালকে জানান" -> Karim Uddin, not "Karim Uddin Tribunal"); a body named after a
        person keeps its word ("রাজ ট্রেডিংয়ের": the NER's person is Raj Trading's name)."""
        if len(toks) < 2 or _is_hyphen(self.text[toks[-2][1]:toks[-1][0]]):
            return False
        tok = toks[-1][2]
        if not tok.endswith(self.w.object_suffixes):   # one C-level test first: most last words end in none
            return False
        bare = next((tok[: -len(x)] for x in self.w.object_suffixes if tok.endswith(x) and len(tok) > len(x)), None)
        return bare is not None and self._org_word(bare) and not any(
            w in person_words(self.code) for w in (tok, bare))

    def _noun_by_next_word(self, toks) -> bool:
        """The last word of a person's span is a name word that is also a noun (lang data
        `noun_surnames`), and the word after the span makes it the noun (`read_as_noun`): the NER
        ran the name on into the clause. Example: "শফিকুল ইসলাম রায়ে অসন্তোষ জানান" ->
        Shafiqul Islam (unhappy with the verdict); "নুরুল হক প্রাণ হারান" -> Nurul Haque;
        "রেজাউল করিম রায় বলেন" keeps Roy."""
        if len(toks) < 2:
            return False
        tok = toks[-1][2]
        forms = (tok, *self.li.morph.stems(tok))
        if not any(x in self.w.noun_surnames for x in forms):
            return False
        after = _NEXT_WORD.match(self.text, toks[-1][1])
        if after is None:
            return False
        nxt = fold_token(after.group(1))
        return read_as_noun(self.w.noun_surnames, forms, (nxt, *self.li.morph.stems(nxt)))

    def _after_case_ending(self, toks) -> bool:
        """The word before the last of a person's span ends in a case ending (`stem` takes one
        off) and is no person-name word as written: Bengali puts the ending on a name's last
        word, so what follows it is the clause going on ("প্রণয় ভার্মাকে ডেকে" -> Pranay Verma,
        called in; "শামিত সোমের আগমনে" -> Shamit Som, at his arrival). Not across a hyphen, nor
        after an ending of vowel signs only, which may be the name's own ("Ousmane Dembele")."""
        if len(toks) < 2 or _is_hyphen(self.text[toks[-2][1]:toks[-1][0]]):
            return False
        prev = toks[-2][2]
        if prev in person_words(self.code):
            return False
        ending = prev[len(self.stem(prev)):]
        # an ending of vowel signs only is too often the name's own last vowel ("ওসমানে ডেম্বেলে")
        return any(unicodedata.category(c).startswith("L") for c in ending)

    def _closes_name(self, toks) -> bool:
        """A title word that also ends Bangladeshi names (lang data `name_closing_titles`) after
        a name word is the name's own last word: "Parveen Begum", "Alamgir Sheikh", "শাহনাজ বেগমকে" (in front,
        "Begum Khaleda Zia", it stays a title). The NER should keep such a word in the name
        and leave a leading title out; this reads the span either way."""
        if len(toks) > 2 and self._noun_surname_any_form(toks[0][0], toks[-2][1], toks[-1][2],
                                                         _NEXT_WORD.match(self.text, toks[-1][1])):
            return True   # "আব্দুল জলিল সরকার(ের)": a surname that is a common word too
        # as written or with a case ending: "শাহনাজ বেগমকে" is Shahnaz Begum too
        return (len(toks) > 1 and self._form_in(toks[-1][2], self.w.closing_titles) is not None
                and not (self._is_title(toks[-2][2]) or self._is_common(toks[-2][2])))

    def _capitalised_surname(self, toks) -> bool:
        """A capitalised word after a capitalised given name, where capitals mark names, is the
        surname even when it is also an office or common word: "Travis Head", "Theresa May".
        Titles stand before a name in such scripts, not after it."""
        if len(toks) != 2 or toks[-1][2] in self.li.honorifics or self.text[toks[0][1]:toks[1][0]] != " ":
            return False
        first, last = (self.text[a:b] for a, b, _ in toks)
        return (is_cased(first) and is_cased(last) and first[:1].isupper() and last[:1].isupper()
                and first[1:2].islower() and last[1:2].islower()
                and not (self._is_title(toks[0][2]) or self._is_common(toks[0][2])))

    def _hyphenated_end(self, s: int, e: int) -> int:
        """The end of a person's name the NER stopped inside, at a hyphen: "জালাল আল|-দিন" ->
        the end of "আল-দিন"; not where the hyphen joins another person ("হামজা চৌধুরী|-সামিত",
        `_joins_two_names`). Makes up for the NER, which should tag a hyphenated name whole."""
        while (e + 1 < len(self.text) and self.text[e] in _HYPHENS and _LETTER.match(self.text[e + 1])
               and not self._joins_two_names(s, e)):
            nxt = regex.match(r"[\p{L}\p{M}\u200c\u200d]+", self.text, pos=e + 1)
            if self._second_person(self.text[s:e].split()[-1], nxt.group()):
                break   # "ঋতুপর্ণা|-মনিকারা": the next player, tagged or not
            e = nxt.end()
        return e

    def _second_person(self, before: str, after: str) -> bool:
        """The word after a hyphen is a name with a plural ending (lang data `plural_endings`:
        "মনিকারা", "মাসুরাদের": Monica and her side), no name word as written ("জোহরা" is one),
        and the word before it is more than a particle: a second person ("সাবিনা-মাসুরাদের" names
        two players, not one "Sabina-Masura"); "আল-আমিনরা" is Al-Amin and his side."""
        tok, head = fold_token(after), fold_token(_HYPHEN.split(before)[-1])
        return len(head) > MAX_PARTICLE and tok not in person_words(self.code) and any(
            tok.endswith(p) and len(tok) - len(p) >= MIN_SINGLE for p in self.w.plural_endings)

    def _people_joined(self, s: int, e: int) -> bool:
        """The span's last word joins names by hyphens and ends in a plural ("সাবিনা-মাসুরাদের"):
        several people, no one actor."""
        parts = _HYPHEN.split(self.text[s:e].split()[-1]) if self.text[s:e].strip() else []
        return len(parts) > 1 and self._second_person(parts[-2], parts[-1])

    def _joins_two_names(self, s: int, e: int) -> bool:
        """A hyphen after a full name of two or more words whose last word is a name word of its
        own joins another person ("হামজা চৌধুরী-সামিত": two players), not a part of the same
        name ("জালাল আল-দিন": a short particle before it)."""
        toks = key_tokens(self.text[s:e])
        return len(toks) >= 2 and len(toks[-1]) > MAX_PARTICLE and toks[-1] in person_words(self.code)

    def _trailing_name_word(self, s: int, e: int) -> int:
        """The NER often stops before a Bangladeshi's last name, a nickname ("এম. হেলাল আহমেদ|
        জনি"): a two-word name takes the next word when it is an attested person-name word
        (lang data `name_spellings`, `name_titles`) in an uncased script and no common, title or body word;
        not after a case ending, which closes the name ("সারকোজিকে| লেখা"), nor before a light
        verb, whose noun it is ("আহমদ| মনে করেন"), nor a word the registry knows, a place
        or body of its own ("জন হাওয়ার্ড| সিডনিতে": in Sydney). Makes up for the NER, which
        should tag the nickname with the name."""
        nxt = _NEXT_WORD.match(self.text, e)
        toks = key_tokens(self.text[s:e])
        if (nxt is None or len(toks) < 2 or is_cased(nxt.group(1)) or self.stem(toks[-1]) != toks[-1]
                or any(self._org_word(t) for t in toks)):
            return e
        after = _NEXT_WORD.match(self.text, nxt.end())
        after_word = fold_token(after.group(1)) if after is not None else None
        if after_word in self.w.light_verbs:
            return e
        tok = fold_token(nxt.group(1))
        stem = self.stem(tok)
        if self._day_part(tok, stem) or self._number_word(tok, stem):
            return e   # "আবদুল মান্নান| বেলা ১১টায়": the time's word, though "Bela" is a name
        if after_word is not None and read_as_noun(self.w.noun_surnames, (tok, stem, *self.li.morph.stems(tok)),
                                                   (after_word, *self.li.morph.stems(after_word))):
            return e   # "মো. নোমান চৌধুরী| রায়ের পর": the verdict's, though "Roy" is a name
        if self._noun_surname_any_form(s, e, tok, after):
            return nxt.end()
        spelled = person_words(self.code)
        stop_ok = self._closing_surname(stem, after)
        if not any(w in spelled for w in (tok, stem)) or any(
                self._is_common(w) or self._is_title(w) or self._org_word(w) or (w in self.li.scan_stop and not stop_ok)
                for w in (tok, stem)) or self.reg.lookup((tok,), self.li, self.date) is not None:
            return e   # (a word the registry knows is a mention of its own: "... হাওয়ার্ড| সিডনিতে")
        return nxt.end()

    def _given_name_before(self, s: int, e: int) -> int:
        """Where a one-word span the NER cut off a person's name starts: at the word before it
        when both are person-name words (`name_word`), the one before as written (a given name
        takes no case ending), in an uncased script, right before it and in the same sentence:
        "ওসি আদিল |মাহমুদ| বলেন" -> "আদিল মাহমুদ", "ফারহানা |ইয়াসমিনের|" (tagged a body) ->
        "ফারহানা ইয়াসমিনের". Not a word of running text before ("মনে |মুসলিম|", "রানে |নাঈম|": the
        NER sets' common words), a relative's ("বাবা |ব্রেন্ডন|": lang data `kin_words`) or a
        people's word ("বাঙালি |মুসলিম|"), nor one after another name word; in a cased script the
        capitals tell, and nothing is added."""
        toks = key_tokens(self.text[s:e])
        w = _WORD_BEFORE.search(self.text, max(0, s - 40), s)
        if len(toks) != 1 or w is None or is_cased(w.group(1)) or self._starts_sentence(s):
            return s
        before = fold_token(w.group(1))
        if (before not in person_words(self.code) or before in ner_common_words(self.code)
                or before in self.w.kin_words or not (self.name_word(toks[0]) and self.name_word(before))
                or any(self._form_in(t, self.w.groups) is not None for t in (before, toks[0]))):
            return s
        # a name word before that one too: a longer name, or another person's the NER tagged
        # ("হাসান মাহমুদ |সাকিব|"), which one given name does not settle
        prior = _WORD_BEFORE.search(self.text, max(0, w.start(1) - 40), w.start(1))
        return w.start(1) if prior is None or not self.name_word(fold_token(prior.group(1))) else s

    def _noun_surname(self, s: int, e: int, word: str, after) -> bool:
        """A common word that is also a surname (lang data `noun_surnames`: "সরকার", "প্রধান"),
        written bare, after a name of two or more person-name words that the registry does not
        know is the name's last word: "আব্দুল জলিল| সরকার" -> Abdul Jalil Sarkar, "জয়নাল আবেদিন|
        প্রধান দাবি করেন"; not with a case ending, which reads as the noun's ("মনিরুল ইসলাম সরকারের
        নতুন আইন": the government's new law), nor before a word that makes it the noun again
        ("... প্রধান অতিথি": the chief guest, "... প্রধান কোচ": the head coach) or a title, whose
        "chief" it is, nor after a known person ("শেখ হাসিনা| সরকার").
        `after`: the match of the word after it, or None."""
        toks = key_tokens(self.text[s:e])
        if word not in self.w.noun_surnames or len(toks) < 2 or not all(
                t in person_words(self.code) and not (self._is_common(t) or self._is_title(t)) for t in toks):
            return False
        if after is not None:
            nxt = fold_token(after.group(1))
            if self._is_title(nxt) or read_as_noun(self.w.noun_surnames, (word,), (nxt, *self.li.morph.stems(nxt))):
                return False
        return self.reg.match(self.text[s:e], self.code, self.date) is None

    def _noun_surname_any_form(self, s: int, e: int, tok: str, after) -> bool:
        """A surname that is a common word too (`_noun_surname`), bare or with a case ending, after a
        name of two or more person-name words that no one in the registry bears, is the name's last
        word with its ending: "আব্দুল জলিল| সরকার" -> Abdul Jalil Sarkar, "হাবিবুর রহমান| সরকারের
        বাড়িতে" -> Habibur Rahman Sarkar (the government of a private person is no reading); not after
        a known person ("শেখ হাসিনা| সরকারের": her government), nor before a word that makes it the
        noun ("... সরকারের পতনের পর")."""
        if self._noun_surname(s, e, tok, after):
            return True
        stem = next((x for x in self.li.morph.stems(tok) if x in self.w.noun_surnames), None)
        return stem is not None and stem != tok and self._noun_surname(s, e, stem, after)

    def _closing_surname(self, stem: str, after) -> bool:
        """A common surname (lang data `scan_stop`: "ইসলাম", "তালুকদার", "দাস") after a two-word name
        is the name's last word when nothing name-like follows it: "রফিকুল ইসলাম| তালুকদারের দাবি",
        "মৃন্ময় কান্তি| দাস (...)"; not a particle or initial ("আল", "এম"), nor a word before
        another name word, whose first word it may be ("... আহমেদ হাসানের")."""
        return (len(stem) >= MIN_SINGLE and stem in person_words(self.code)
                and (after is None or not self.name_word(fold_token(after.group(1)))))

    def _day_part(self, tok: str, stem: str) -> bool:
        """A word for a part of the day (lang data `day_parts`: "বেলা", "সন্ধ্যায়") is no name's
        last word, though some are names ("Bela", "Sandhya"): after a name they start a time,
        "নাসির উদ্দিন| সন্ধ্যা ৭টায়"."""
        return any(w in self.w.day_parts for w in (tok, stem, *self.li.morph.stems(tok)))

    def _number_word(self, tok: str, stem: str) -> bool:
        """A number word (lang data `number_words`: "দুই", "দু", "চার") is no name's last word,
        though the name lists hold some as spellings ("Du", "Saat"): after a name it begins a
        count, "জাকির হোসেন| দুই দিনের রিমান্ড", "তানিয়া আক্তার| সাত সদস্যের"."""
        return tok in self.w.number_words or stem in self.w.number_words

    def _trailing(self, tok: str) -> bool:
        return self._form_in(tok, self.w.trailing) is not None

    def stem(self, tok: str, typ: str = "PER", others: tuple[str, ...] = ()) -> str:
        """The uninflected form of an unknown name's last word: a case ending comes off when
        the stem is a known name word or stands alone elsewhere in the article, or when the
        ending is one no name ends in (lang data `name_suffixes`); a postposition written
        together with the name ("শরীফসহ") always, and the genitive of an organisation's name
        ("মজলিসের") too (lang data `context.glued_postpositions`, `org_case_endings`). `others`:
        the name's words before it, which may say the person is from home."""
        ctx = self.w.context
        for suf in ctx.glued_postpositions:
            if tok.endswith(suf) and len(tok) - len(suf) >= self.li.morph.min_stem:
                tok = tok[: len(tok) - len(suf)]
                break
        stems = self.li.morph.stems(tok)
        if not stems:
            return tok
        known = self.reg.alias
        for st in stems:   # the article itself writes the bare form: the strongest evidence
            if st in self.article_toks and ((st,) in known or st in self._spelled() or len(st) >= 3):
                return st
        if (tok,) in known or tok in self._spelled():
            return self._home_stem(tok, stems) or tok
        for st in stems:
            if (st,) in known or st in self._spelled():
                return st
        if (bare := self._place_stem(tok, stems, typ)) is not None:
            return bare
        if typ == "PER" and (bare := self._foreign_genitive_off(tok, others)) is not None:
            return bare
        if typ == "PER" and (bare := self._clitic_off(tok)) is not None:
            return bare
        endings = self.w.name_suffixes + (list(ctx.org_case_endings) if typ != "PER" else []) + (
            list(ctx.place_name_endings) if typ in PLACE_TYPES else [])   # "পল্টন ময়দানে": in the Maidan
        for suf in endings:
            if tok.endswith(suf) and len(tok) - len(suf) >= self.li.morph.min_stem:
                return tok[: len(tok) - len(suf)]
        return tok

    def _home_stem(self, tok: str, stems) -> str | None:
        """The stem of a word that the title pairs spell as a foreign name of its own, when the
        stem is a name word the home country's people bear (`name_spellings_local`) ending in a
        vowel and the ending starts with a consonant letter, as Bengali endings after a vowel do:
        "মিয়ার" is Mia's ("মিয়া" + genitive "র"), not the title pairs' "Meer". None when the word
        is a home name itself, or the stem ends in a consonant, whose ending would start with a
        vowel sign ("শেখর" is Shekhar, not Sheikh's, which is written "শেখের").
        Example: "মিয়ার" -> "মিয়া"; "শেখর" -> None; "বিনয়" -> None."""
        if bears_home_name(self.code, (tok,)):
            return None
        consonants = rules_for(self.code).consonants
        return next((st for st in stems if len(st) < len(tok) and tok.startswith(st)
                     and bears_home_name(self.code, (st,)) and not self._ends_in_consonant(st)
                     and tok[len(st)] in consonants), None)

    def _place_stem(self, tok: str, stems, typ: str) -> str | None:
        """A place's last word without a case ending where the stem, not the word, ends in a
        place word (`_place_shaped`): "কোনাবাড়ীর" -> "কোনাবাড়ী", "মধ্যপাড়ার" -> "মধ্যপাড়া" (a bare
        -র after a vowel sign, which `name_suffixes` leave on because many names end in -র).
        None for a word that is place-shaped itself ("কালিকাপুর") or whose stems are not."""
        if typ not in PLACE_TYPES or self._place_shaped(tok, typ):
            return None
        return next((st for st in stems if self._place_shaped(st, typ)), None)

    def _clitic_off(self, tok: str) -> str | None:
        """A person's last word without a clitic written onto it right after a bare consonant
        letter, where no word ends in a vowel letter (lang data `name_clitics`): "নেসারও" ->
        "নেসার" ("Neser, too"); None for "রাও" (after a vowel sign), "আরও" (too short a stem)
        or no clitic."""
        for clitic in self.w.name_clitics:
            stem = tok[: len(tok) - len(clitic)]
            # a short stem is a common word's ("আরও": "more", not a name "আর")
            if tok.endswith(clitic) and len(stem) >= max(MIN_SINGLE, self.li.morph.min_stem) and self._ends_in_consonant(stem):
                return stem
        return None

    def _ends_in_consonant(self, word: str) -> bool:
        """The word ends in a consonant letter with no vowel sign (lang data romanise.yaml
        `consonants`; a nukta belongs to its letter): "নেসার" yes, "রা" no."""
        r = rules_for(self.code)
        if r.nukta and word.endswith(r.nukta):
            word = word[:-1]
        return bool(word) and word[-1] in r.consonants

    def _abroad(self, country: str | None = None) -> bool:
        """The story is set abroad (its main country is not the language's home) and nothing
        says the person is from home (`country`: what a title before the name says)."""
        home = self.li.home_country
        return bool(self.story_country and home and self.story_country != home and country != home)

    def _foreign_genitive_off(self, tok: str, others: tuple[str, ...] = ()) -> str | None:
        """An unknown person's last word without its genitive, in a story set abroad (the
        article's main country is not the language's home; lang data
        `context.foreign_name_endings`): "ওডোবার্টের" -> "ওডোবার্ট" in a story about England,
        and at home after a foreign given name (`named_as_foreign`: "জেক মরটনের" -> "মরটন").
        None at home otherwise, when no such ending fits, or when another word of the name is a
        home name (`others`, `bears_home_name`): "আবদুল্লাহ আল জাবের" in Singapore is Jaber, not "Jab"."""
        home = self.li.home_country
        abroad = bool(self.story_country and home and self.story_country != home)
        if not (abroad or (others and named_as_foreign(self.code, (*others, tok)))):
            return None
        if bears_home_name(self.code, others):
            return None
        for suf, keep in self.w.context.foreign_name_endings:
            if tok.endswith(suf) and len(tok) - len(suf) >= self.li.morph.min_stem:
                # composed again: a vowel sign kept alone ("ো" of "-োর") folds to its parts, and a
                # stem longer than the word it came from would keep the case ending in the name
                return unicodedata.normalize("NFC", tok[: len(tok) - len(suf)] + keep)
        return None

    def title_key(self, keys) -> tuple | None:
        """The name's words as a whole name with an English title (lang data `name_titles`),
        with the last word's case ending off when that is what makes it one: "ফরিদা পারভীনের"
        -> ("ফরিদা", "পারভীন"). None when no title fits."""
        titles = name_titles(self.code)
        if not titles or not keys:
            return None
        head, last = tuple(keys[:-1]), keys[-1]
        for cand in (last, *self.li.morph.stems(last)):
            if " ".join(head + (cand,)) in titles:
                return head + (cand,)
        return None

    def _spelled(self) -> frozenset[str]:
        return _spelled_words(self.code)

    def name_word_sets(self) -> tuple[frozenset[str], frozenset[str]]:
        """`name_word_sets` of the article's language, none without a pack code: the one reading
        for actors.link._plain_surname and actors.context._opens_further_name.
        Example: "সরকার" in prov.name_word_sets()[1] for a Bengali article."""
        return name_word_sets(self.code) if self.code else (frozenset(), frozenset())

    # -- the actor -----------------------------------------------------------------------------
    def name_extent(self, s: int, e: int) -> tuple[int, int] | None:
        """A person span without its titles ("Russian President Ivan Petrovsky" -> the name)."""
        toks = self.words(s, e, True)
        return (toks[0][0], toks[-1][1]) if toks else None

    def _compound_fragment(self, s: int, e: int) -> bool:
        t = self.text
        return (s >= 2 and t[s - 1] in _HYPHENS and bool(_LETTER.match(t[s - 2]))) or \
               (e + 1 < len(t) and t[e] in _HYPHENS and bool(_LETTER.match(t[e + 1])))

    def _signoff(self, s: int, e: int) -> bool:
        """Desk sign-offs ("ঢাকা/রায়হান/ফিরোজ"): names joined by slashes are the reporters'."""
        before = self.text[max(0, s - 2):s].strip()
        after = self.text[e:e + 2].strip()
        return before.endswith("/") or after.startswith("/")

    def _starts_sentence(self, s: int) -> bool:
        """A capital at a sentence or line start says nothing about a name."""
        before = self.text[:s].rstrip(" \t\"'‘“(")
        return s in self.sentence_starts or not before or before[-1] in "\n.!?:;"

    def is_group(self, s: int, e: int) -> bool:
        """Peoples and religions ("Rohingya", "Muslims"): NORP, never an actor of their own."""
        k = key_tokens(self.text[s:e])
        return bool(k) and (" ".join(k) in self.w.groups or all(
            self._form_in(t, self.w.groups) is not None for t in k))

    def actor_for(self, s: int, e: int, typ: str) -> tuple[str, Match | None, tuple[int, int] | None]:
        """('drop' | 'keep' | 'link', match, narrowed span) for an unlinked NER span."""
        if self._ministry(s, e) or self._numbered_parliament(s, e):
            return "keep", None, None   # common words, but a ministry or a parliament (actors/context.py)
        if all(self._is_common(t) or self._is_title(t) for t in key_tokens(self.text[s:e])):
            return "drop", None, None
        if self._signoff(s, e):
            return "drop", None, None
        if typ != "PER" and self._compound_fragment(s, e):
            return "drop", None, None   # "চীন-|বাংলাদেশ সর্বাঙ্গীণ": part of a hyphenated compound
        if (given := self._given_name_before(s, e)) != s:
            s, typ = given, "PER"   # the NER took the surname alone: "আদিল |মাহমুদ|"
        if typ == "PER":   # where the NER stopped short of the person's whole name
            e = self._trailing_name_word(s, self._hyphenated_end(s, e))
            if self._people_joined(s, e):
                return "keep", None, None
        toks = self.words(s, e, typ == "PER")
        if not toks:
            return "keep", None, None
        keys = [t for _, _, t in toks]
        if typ not in NAME_TYPES:
            return "keep", None, None
        if self.w.bad_endings and any(x.endswith(self.w.bad_endings) and len(x) > 4
                                      for t in keys for x in (t, *self.li.morph.stems(t))):
            return "drop", None, None   # a plural or an adjective ("ঢাকাগামী ট্রেনগুলোর"), not a name
        inner = [i for i, t in enumerate(keys[1:-1], 1) if t in self.w.conjunctions]
        if inner and (typ == "PER" or any(
                self.reg.lookup(tuple(part), self.li, self.date)
                for i in inner for part in (keys[:i], keys[i + 1:]))):
            return "keep", None, None   # two names joined ("Rajshahi and Mahmudullah"), not one
        if all(self._is_title(t) or self._is_common(t) or self._is_place(t) for t in keys) and not self._place_body(keys, typ):
            return "keep", None, None   # a description ("US Chargé", "চীনা দূতাবাস"), not a name
        ns, ne = toks[0][0], toks[-1][1]
        # with the titles off, the registry may know the name after all ("শাহবাগ মোড়" -> Shahbag)
        if (ns, ne) != (s, e):
            m = self.reg.match(self.text[ns:ne], self.code, self.date)
            if m:
                return "link", m, (ns, ne)
        stemmed = (typ == "PER" and self.title_key(keys)) or tuple(keys[:-1]) + (self.stem(keys[-1], typ, tuple(keys[:-1])),)
        if len(stemmed) == 1:
            raw = self.text[toks[0][0]:toks[0][1]]
            if (typ == "PER" or (not is_cased(raw) and not self._place_shaped(stemmed[0], typ)
                                 and not self._kind_of_place_after(typ, toks[-1][1]))
                    or (is_cased(raw) and not raw[:1].isupper()) or len(stemmed[0]) < MIN_SINGLE
                    or self._is_common(stemmed[0]) or stemmed[0] in self.li.scan_stop
                    or (is_cased(raw) and self._starts_sentence(toks[0][0]))):
                return "keep", None, None
        a = self._known_person(stemmed) if typ == "PER" else None
        if a is None:
            a = self.by_key.get(stemmed) or self._new(toks, stemmed, typ)
        return "link", Match(a, "provisional", 0.5), (ns, ne)

    def _place_body(self, keys, typ: str) -> bool:
        """An organisation named by a place the registry knows (not a demonym) and then only words
        with an English form (name_words.yaml, `_org_word`): "গাজীপুর জেলা পুলিশের" (Gazipur District
        Police), "নরসিংদী জেলা হাসপাতালে" (Narsingdi District Hospital) are names, though every word
        is a place or a common word; "চীনা দূতাবাস" (a demonym) is not, nor is a span the NER
        tagged a place ("ঢাকা জেলা" as GPE; tagged ORG it would pass, "জেলা" having an English form)."""
        if typ != "ORG" or len(keys) < 2 or not all(self._org_word(t) for t in keys[1:]):
            return False
        m = self.reg.lookup(tuple(keys[:1]), self.li, self.date)
        return m is not None and not m.demonym and m.actor.type == "GPE"

    def _place_shaped(self, word: str, typ: str) -> bool:
        """A lone word of an uncased script the NER tagged a place that ends in a place word after
        two letters of its own (lang data `lone_place_endings`, `lone_place_min_letters`): "ভজনপুর"
        yes, "ভোলা" no (one word of an uncased script is otherwise too weak a sign of a name to link)."""
        return typ in PLACE_TYPES and place_shaped((word,), self.w.lone_place_endings, self.w.lone_place_min_letters)

    def _kind_of_place_after(self, typ: str, end: int) -> bool:
        """A lone word the NER tagged a place, ending at `end`, that the next word says is a place
        of a kind (lang data `place_kind_words`), whatever its shape: "চাওড়া গ্রামের" (of the
        village Chaora), a name as sure as one `_place_shaped` tells."""
        nxt = _NEXT_WORD.match(self.text, end) if typ in PLACE_TYPES else None
        return nxt is not None and fold_token(nxt.group(1)).startswith(self.w.place_kind_words)

    def _numbered_parliament(self, s: int, e: int) -> bool:
        """An ordinal word and a parliament's name (lang data `context.elections`): "পঞ্চম সংসদে",
        all of it common words, is the 5th Jatiya Sangsad that context.ordinal_parliament names,
        not a phrase to drop."""
        ew = self.w.context.elections
        toks = key_tokens(self.text[s:e])
        if len(toks) < 2 or toks[0] not in ew.ordinals:
            return False
        rest = toks[1:]
        return rest in ew.parliaments or any(rest[:-1] + (st,) in ew.parliaments for st in self.li.morph.stems(rest[-1]))

    def _ministry(self, s: int, e: int) -> bool:
        """The span names a ministry by what it does ("খাদ্য মন্ত্রণালয়", lang data
        `context.ministries`): a body, though all its words are common ones."""
        return self.w.context.ministries.subject_of(self.text[s:e], self.li) is not None

    def named_body(self, s: int, e: int, typ: str, place: Match, last_bare: bool = False) -> ActorRecord:
        """A body named after a place ("ঢাকা ক্যাপিটালস", "Kolkata Police"): a provisional actor
        in the place's country; a Latin name keeps its words, capitalised. `last_bare`: the last
        word is written uninflected ("মহাবিদ্যালয়", no locative -য় to take off)."""
        toks = tokens_in(self.text, s, e)
        toks = [(a + s, b + s, t) for a, b, t in toks]
        last = toks[-1][2] if last_bare else self.stem(toks[-1][2], typ)
        stemmed = tuple(t for _, _, t in toks[:-1]) + (last,)
        a = self.by_key.get(stemmed) or self._new(toks, stemmed, typ)
        if self.text[s:e].isascii():
            a.name = " ".join(w[:1].upper() + w[1:] for w in a.name.split())
        if a.country is None:
            a.country = place.actor.country
        return a

    def longer_name(self, s: int, e: int) -> tuple[int, int]:
        """The run of capitalised name words a known person's alias stands in, in a cased
        script: "Shahabuddin Talukder" after "Shahabuddin", "Iqbal Hasan Mahmud Tuku" around
        "Hasan Mahmud" (another person who shares part of the name); a word before counts only
        when one after does. Titles, common words, names the registry knows and a sentence's
        first word do not extend it: "President Mohammed Shahabuddin" stays (s, e)."""
        def name_word(w) -> bool:
            raw = w.group(1)
            t = fold_token(raw)
            return (is_cased(raw) and raw[:1].isupper() and raw[1:2].islower() and len(t) >= MIN_SINGLE
                    and not (self._is_common(t) or self._is_title(t) or t in self.li.articles or t in self.w.edges
                             or self.reg.lookup((t,), self.li, self.date) is not None))
        end = e
        while (w := _NEXT_WORD.match(self.text, end)) is not None and name_word(w):
            end = w.end()
        if end == e:
            return s, e   # a capitalised word before alone may be a title the lists lack ("Ameer")
        while (w := _WORD_BEFORE.search(self.text, max(0, s - 40), s)) is not None:
            ws = w.start(1)
            if not name_word(w) or self._starts_sentence(ws):
                break
            s = ws
        return s, end

    def lone_name(self, s: int, e: int, repeated: set[str] = frozenset()) -> ActorRecord | None:
        """A person the article names by one word only ("ফাহিম বলেন", "Harun said"): a
        provisional person of that name, when the word is a person's name: in an uncased script
        an attested person-name word (lang data `name_spellings`, `name_titles`), in a cased one a capitalised
        word inside a sentence; never a common, title, place or body word, nor a word the
        registry knows (`repeated`: words the NER tagged a person more than once, names too; a
        word the text calls a name, "রাফিন নামে এক শিক্ষার্থী", too). Where the article writes the
        word in full only untagged, the full form's person (`full_form`).
        "ফাহিম বলেন" -> Fahim; "সরকার বলেন" -> None."""
        toks = self.words(s, e, True)
        if len(toks) != 1:
            return None
        a, b, t = toks[0]
        titled = self.title_key((t,))
        raw, st = self.text[a:b], titled[0] if titled else self.stem(t, "PER")
        if (len(st) < MIN_SINGLE or (st in self.li.scan_stop and st not in self.w.given_names) or self._signoff(s, e)
                or any(self._is_common(w) or self._is_title(w) or self._org_word(w) or self._is_place(w) for w in (t, st))):
            return None   # (a common surname alone, "আহমদকে", may be anyone of the name: unlinked)
        if not is_cased(raw) and (full := self.full_form(t, st)) is not None:
            return full   # a common given name too ("শামীম" after "আবুল কাশেম শামীম"): lang data `scan_stop_given_names`
        if st in self.li.scan_stop or self.reg.lookup((st,), self.li, self.date) is not None:
            return None
        if is_cased(raw):
            if not raw[:1].isupper() or self._starts_sentence(a):
                return None
        elif st not in person_words(self.code) and not titled and t not in repeated and not self._called(b):
            return None
        return self.by_key.get((st,)) or self._new([toks[0]], (st,), "PER")

    def name_word(self, tok: str) -> bool:
        """An attested person-name word (lang data `name_spellings`, `name_titles`) that is no
        common, title, body or place word, nor a short one (a particle, "না": "ছিলেন না তাসকিন"):
        "তাবাসসুম", not "বলেন" nor "ঢাকার"."""
        stem = self.stem(tok)
        return len(tok) >= MIN_SINGLE and any(w in person_words(self.code) for w in (tok, stem)) and not any(
            self._is_common(w) or self._is_title(w) or self._org_word(w) or self._is_place(w)
            for w in (tok, stem)) and not self._number_word(tok, stem)

    def _written_around(self, toks: list, i: int) -> tuple[int, int]:
        """The run of name words around toks[i], joined by single spaces, at most MAX_FULL_WORDS
        long; a word with a case ending closes the run ("নাহারের")."""
        j, k = i, i
        spaced = lambda x, y: self.text[toks[x][1]:toks[y][0]] == " "  # noqa: E731
        while (j > 0 and k - j + 1 < MAX_FULL_WORDS and spaced(j - 1, j) and self.stem(toks[j - 1][2]) == toks[j - 1][2]
               and self.name_word(toks[j - 1][2]) and not self._noun_before_name(toks, j - 1)):
            j -= 1
        while (k + 1 < len(toks) and k - j + 1 < MAX_FULL_WORDS and self.stem(toks[k][2]) == toks[k][2]
               and spaced(k, k + 1) and self.name_word(toks[k + 1][2])):
            k += 1
        return j, k

    def _noun_before_name(self, toks: list, i: int) -> bool:
        """toks[i] is a word both a noun and a name (lang data `noun_name_words`: "মালিক", owner
        or Malik) with no name word before it, so the noun that opens a name's run, not a part
        of it: "দোকানের মালিক সাইফুল ইসলাম রানা" is the shop's owner Saiful Islam Rana, while
        "আবদুল মালিক রানা" keeps it."""
        if toks[i][2] not in self.w.noun_name_words:
            return False
        return i == 0 or not self.name_word(toks[i - 1][2])

    def full_form(self, t: str, st: str) -> ActorRecord | None:
        """The person a one-word name stands for where the article writes the name in full only
        where the NER did not tag it: the word with attested name words beside it ("নির্বাহী নিক
        হকলি।" ... "হকলি বলেন" -> Nick Hockley's provisional actor). None when the article writes
        no such form, more than one ("আরিফ হোসেন ও আরিফ মাহমুদ"), or one the registry knows
        (that is the registry's to link)."""
        toks = self.text_tokens
        forms = {}
        by_word, by_stem = self._places_by_word_and_stem()
        for i in sorted({*by_word.get(t, ()), *by_stem.get(st, ())}):   # in the text's order: a later run of one form wins
            j, k = self._written_around(toks, i)
            if k > j:
                keys = tuple(x[2] for x in toks[j:k + 1])
                forms[keys[:-1] + (self.stem(keys[-1], "PER", keys[:-1]),)] = toks[j:k + 1]
        if len(forms) != 1:
            return None
        (stemmed, run), = forms.items()
        if self.reg.match(self.text[run[0][0]:run[-1][1]], self.code, self.date) is not None:
            return None
        a = self.by_key.get(stemmed) or self._known_person(stemmed) or self._new(run, stemmed, "PER")
        self.by_key[(st,)] = a
        return a

    def _places_by_word_and_stem(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Where each word of the article stands (its places in `text_tokens`), by the word and by
        its `stem` as a person's name word, made once per article and story country (`stem` reads
        the country). Why: `full_form` looked for its name's word and stem over every word of the
        article at each call, stemming each distinct word again (40,000 stems in 300 news-dev
        articles, a fifth of the actors stage's own time under cProfile).
        Example: "হকলি বলেন। হকলির" -> ({"হকলি": [0], "বলেন": [1], "হকলির": [2]}, {"হকলি": [0, 2], ...})."""
        got = self._places_by_stem
        if got is None or got[0] != self.story_country:
            by_word: dict[str, list[int]] = {}
            for i, (_, _, w) in enumerate(self.text_tokens):
                by_word.setdefault(w, []).append(i)
            by_stem: dict[str, list[int]] = {}
            for w, places in by_word.items():
                by_stem.setdefault(self.stem(w), []).extend(places)
            got = self._places_by_stem = (self.story_country, by_word, by_stem)
        return got[1], got[2]

    def _called(self, end: int) -> bool:
        """The word ending at `end` is followed by a word that says it is a name (lang data
        `called_words`): "সাজিদ নামে এক কর্মী" ("a worker named Sajid")."""
        nxt = _NEXT_WORD.match(self.text, end)
        return nxt is not None and fold_token(nxt.group(1)) in self.w.called

    def namesake_place(self, s: int, e: int) -> ActorRecord:
        """A place that only shares a name with one the registry knows ("Raipur" in an Indian
        story, not the Bangladeshi upazila): a provisional place of no stated country."""
        toks = [(a + s, b + s, t) for a, b, t in tokens_in(self.text, s, e)]
        stemmed = tuple(t for _, _, t in toks[:-1]) + (self.stem(toks[-1][2], "GPE"),)
        a = self.by_key.get(stemmed) or self._new(toks, stemmed, "GPE")
        a.country = None
        return a

    def team(self, name: str, country: str) -> ActorRecord:
        """A country's national team ("Bangladesh national cricket team"), one per article."""
        a = ActorRecord(id=f"new:{slug(name)}", name=name, type="ORG", country=country, source="provisional")
        self.by_key[("team", name)] = a
        return a

    def body_part(self, name: str, typ: str, country: str | None) -> ActorRecord:
        """A body's day or seat the registry lacks ("BGB Day", EVT; "RAB Headquarters", ORG): a
        provisional actor of that type in the body's country, one per name in the article."""
        return self._one_per_name("part", name, typ, country)

    def place_part(self, name: str, country: str | None) -> ActorRecord:
        """A part of a known place the registry lacks ("Dhaka South", "South Keraniganj"): a
        provisional place in the place's country, one per name in the article."""
        return self._one_per_name("place", name, "GPE", country)

    def body_place(self, body: ActorRecord, surface: str, tail: str, country: str | None) -> ActorRecord:
        """A place of a known body named after it (`surface` the body as written, `tail` the
        place's own words without their case ending): the body's English name as a Bangladeshi
        writes it and the words romanised or in English ("জাতীয় সংসদ" + "ভবন" -> "Jatiya Sangsad
        Bhaban"), a provisional place in the body's country, one per name in the article."""
        name = f"{self.english_name(body, surface)} {romanise(tail, self.code)}"
        return self._one_per_name("place", name, "LOC", country)

    def government_body(self, name: str, country: str | None) -> ActorRecord:
        """A country's government body the registry lacks, one per name in the article: a
        diplomatic mission ("French Embassy, Dhaka"), a ministry ("Ministry of Food (Bangladesh)")."""
        return self._one_per_name("mission", name, "ORG", country, "GOV")

    def numbered_unit(self, name: str, body: ActorRecord) -> ActorRecord:
        """A numbered unit of a body the registry lacks, one per name in the article, in the body's
        country and sector: ("RAB-11", Rapid Action Battalion) -> ORG new:rab-11, sector COP."""
        return self._one_per_name("unit", name, "ORG", body.country, body.sector)

    def bus_company(self, name: str, country: str | None) -> ActorRecord:
        """A bus company the registry lacks, by its romanised name, one per name in the article:
        "Hanif Paribahan" -> ORG new:hanif-paribahan, sector BUS."""
        return self._one_per_name("bus", name, "ORG", country, "BUS")

    def road(self, name: str, country: str | None) -> ActorRecord:
        """A road between two places the registry lacks ("Dhaka-Aricha Highway"), one per name in
        the article: a provisional LOC."""
        return self._one_per_name("road", name, "LOC", country)

    def _one_per_name(self, kind: str, name: str, typ: str, country: str | None,
                      sector: str | None = None) -> ActorRecord:
        """The article's one provisional actor of this kind and name, made the first time it is
        asked for: ("bus", "Hanif Paribahan", "ORG", "BGD", "BUS") -> new:hanif-paribahan; the
        first kind and type asked for a name keep it (a place part and a body's place share "place")."""
        key = (kind, name)
        if key not in self.by_key:
            self.by_key[key] = ActorRecord(id=f"new:{slug(name)}", name=name, type=typ, country=country,
                                           sector=sector, source="provisional")
        return self.by_key[key]

    def event(self, name: str, country: str) -> ActorRecord:
        """A named event the language data identifies (a national election), one per article."""
        a = ActorRecord(id=slug(name), name=name, type="EVT", country=country, source="context")
        self.by_key[("election", name)] = a
        return a

    def private_person(self, s: int, e: int) -> ActorRecord | None:
        """The provisional actor of a person the text shows to be private (an age after the name)."""
        toks = self.words(s, e, True)
        if not toks:
            return None
        stemmed = tuple(t for _, _, t in toks[:-1]) + (self.stem(toks[-1][2]),)
        return self.by_key.get(stemmed) or self._new(toks, stemmed, "PER")

    def _title_country(self, start: int) -> str | None:
        off = max(0, start - 80)
        before = [(a + off, b + off, t) for a, b, t in tokens_in(self.text, off, start)]
        i, end = len(before) - 1, start
        n_titles = 0
        while i >= 0 and not self.text[before[i][1]:end].strip() and self._is_title(before[i][2]):
            end, i, n_titles = before[i][0], i - 1, n_titles + 1
        if not n_titles or i < 0 or self.text[before[i][1]:end].strip():
            return None
        m = self.reg.lookup((before[i][2],), self.li, self.date)
        if m and (m.demonym or m.actor.type == "GPE") and m.actor.country and len(m.actor.country) == 3:
            return m.actor.country
        return None

    def _private_name(self, surface: str) -> bool:
        """Whether the article writes this name after a private prefix anywhere ("মো. তারেক
        রহমান" earlier, "তারেক রহমান" here): one person, spelt as written."""
        return any(after_private_prefix(self.text, at, self.code) for at in literal_starts(self.text, surface))

    def _known_person(self, stemmed: tuple) -> ActorRecord | None:
        """A shorter form of a provisional person already named: same last word, all words in."""
        hits = {a.id: a for full, a in self.people
                if len(stemmed) <= len(full) and stemmed[-1] == full[-1] and set(stemmed) <= set(full)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def english_name(self, place: ActorRecord, surface: str) -> str:
        """Of a place's English names, the one a Bangladeshi writes for the surface as it stands
        ("চট্টগ্রাম" -> "Chattogram", the name in use, over the registry's "Chittagong")."""
        names = [place.name] + [n for n in place.aliases.get("en", []) if n != place.name and n.isascii()]
        if len(names) == 1:
            return place.name
        from rapidfuzz import fuzz
        latin = romanise(surface, self.code).casefold()
        return max(names, key=lambda n: (fuzz.ratio(latin, n.casefold()), n == place.name))

    def _new(self, toks, stemmed: tuple, typ: str) -> ActorRecord:
        # the name as written (hyphens and apostrophes kept: "Ben-Shabbat", "al-Sunna")
        head = self.text[toks[0][0]:toks[-1][0]]
        last = unicodedata.normalize("NFC", self.text[toks[-1][0]:toks[-1][1]])
        folded_last = toks[-1][2]
        if stemmed[-1] != folded_last:   # romanise the stem, not the inflected form
            last = last[: len(last) - (len(folded_last) - len(stemmed[-1]))]
        known = {}
        for a, b, t in toks:   # places and regions the registry knows keep their English names ("Asia")
            if is_cased(self.text[a:b]):
                continue   # a Latin name is already English: "Cannes Film Festival" keeps Cannes
            m = self.reg.lookup((t,), self.li, self.date)
            if m and m.actor.type in ("GPE", "LOC") and not m.demonym and typ != "PER":
                surface = unicodedata.normalize("NFC", self.text[a:b])
                known[surface] = self.english_name(m.actor, surface)
        # a whole name's English title where a word of it has no attested spelling of its own: the
        # attested spellings beat one famous bearer's ("আবদুল হক" stays Abdul Haque, not Abdul Haq);
        # a gap filled by hand does not ("মঈন আলী" is Moeen Ali, though মঈন is Moin)
        # ... and never after "মো.": a private namesake is spelt as written, not as the famous one
        private = typ == "PER" and self._private_name(head + last)
        title = name_titles(self.code).get(" ".join(stemmed)) if typ == "PER" and not all(
            w in attested_spellings(self.code) for w in stemmed) and not private else None
        # "মো." is how the home country's press writes its own people's names
        country = self._country(toks, typ) or (self.li.home_country if private else None)
        # ... and a name of another type that opens with a foreign given name is a person's name
        # the NER typed as a body or place, or a body named after a person: spelt as one
        # ("শার্লট এডওয়ার্ডস" tagged ORG -> Charlotte Edwards, not "Sharlat Edwards")
        foreign = not private and (self._reads_foreign(country, stemmed) if typ == "PER"
                                   else named_as_foreign(self.code, stemmed))
        name = title or romanise(head + last, self.code, person=typ == "PER", known=known, foreign=foreign)
        name = self._short_form_expanded(name, stemmed, typ)
        a = ActorRecord(id=f"new:{slug(name)}", name=name, type=typ, country=country,
                        sector=None, source="provisional")
        self.by_key[stemmed] = a
        if typ == "PER":
            self.people.append((stemmed, a))
            self.people.sort(key=lambda x: -len(x[0]))
        return a

    def _short_form_expanded(self, name: str, stemmed: tuple, typ: str) -> str:
        """A body's name of two words or more that ends in a short form (`short_forms`) takes
        the long form for its last word: "ফরিদপুর মেডিকেল" -> "Faridpur Medical College Hospital";
        a person's name and a lone word keep theirs."""
        long_form = short_forms(self.code).get(stemmed[-1]) if typ != "PER" and len(stemmed) > 1 else None
        if long_form is None or " " not in name:
            return name
        return f"{name.rsplit(' ', 1)[0]} {long_form}"

    def _reads_foreign(self, country: str | None, stemmed: tuple) -> bool:
        """Whether a person's name is spelt as a foreign name (`romanise.foreign_rules`): in a story
        set abroad (`_abroad`, `reads_foreign`), or opening with a foreign given name
        (`named_as_foreign`: "স্কট ডবসন" in a Dhaka league) unless the title before it says the
        person is from home (`country`)."""
        if self._abroad(country) and reads_foreign(self.code, self.story_country, stemmed):
            return True
        return country != self.li.home_country and named_as_foreign(self.code, stemmed)

    def _country(self, toks, typ: str) -> str | None:
        """The country a place or organisation's own name makes certain (a known place inside
        it), or, for a person, the country of the title right before the name ("Russian
        President Ivan Petrovsky", "ভারতের হাইকমিশনার ...")."""
        if typ == "PER":
            return self._title_country(toks[0][0])
        found = set()
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                if j - i == len(toks):
                    continue
                m = self.reg.lookup(tuple(t for _, _, t in toks[i:j]), self.li, self.date)
                if m and m.actor.type == "GPE" and not m.demonym and m.actor.country:
                    found.add(m.actor.country)
        return found.pop() if len(found) == 1 else None

    # -- later mentions ------------------------------------------------------------------------
    def parts(self) -> dict[str, str]:
        """First and last words of provisional people -> their actor id (a word two people
        share, or a common name word, is left out)."""
        owner: dict[str, set[str]] = {}
        for full, a in self.people:
            if len(full) < 2:
                continue
            for p in (full[0], full[-1]):
                if p == full[0] and len(full) > 2:
                    continue   # a first name stands for a person only in a two-word name
                if (len(p) < 3 or p in self.li.scan_stop or self._is_title(p) or self._is_common(p)
                        or self._running_word(p) or (p,) in self.reg.alias or self._org_word(p)):
                    continue
                owner.setdefault(p, set()).add(a.id)
        return {p: next(iter(ids)) for p, ids in owner.items() if len(ids) == 1}

    def titled_parts(self) -> dict[str, str]:
        """Last words of provisional people that only an honorific makes a mention ("মি. আহমদ",
        "Mr Ahmed": common surnames), when one person of the article bears them."""
        owner: dict[str, set[str]] = {}
        for full, a in self.people:
            p = full[-1]
            if len(full) < 2 or len(p) < 3 or self._is_title(p) or self._org_word(p):
                continue
            owner.setdefault(p, set()).add(a.id)
        return {p: next(iter(ids)) for p, ids in owner.items() if len(ids) == 1}

    def by_id(self) -> dict[str, ActorRecord]:
        return {a.id: a for a in self.by_key.values()}


_SEAT_DASHES = (*_HYPHENS, "\u2013")   # the hyphens that join a name, and an en dash
_SEAT_NUMBER = regex.compile(r"(\p{Nd}{1,3})(?:\p{L}[\p{L}\p{M}]*)?")   # "১৪তে", "1constituency"


def seats(text: str, reg: Registry, li: LangInfo, date: str | None) -> list[tuple[int, int, Match]]:
    """Constituencies written as a place and a number: "ঢাকা-৮ আসন", "Dhaka-8 constituency" -> a
    provisional place "Dhaka-8" in the place's country, the mention the name only (the seat word
    is no part of it); a numbered part of a neighbourhood the same way ("Gulshan-2"). The number
    may carry a case ending or a word run on to it ("চট্টগ্রাম-১৪তে", "Pirojpur-1constituency"),
    which stays out of the name; a dash with a space each side ("Dhaka – 9") joins a place that
    is no country (a score: "Nepal – 2"). An ordinal or a count is no seat (`_seat_number`)."""
    out = []
    toks = tokens(text)
    for i in range(len(toks) - 1):
        s, e, t = toks[i]
        ns, ne, nt = toks[i + 1]
        dash = text[e:ns]
        spaced = dash[:1] == " " and dash[-1:] == " " and dash.strip() in _SEAT_DASHES
        if dash not in _SEAT_DASHES and not spaced:
            continue   # most word pairs: no dash between them, so no number to read (the costlier test)
        number_at = _SEAT_NUMBER.fullmatch(text[ns:ne])
        if number_at is None \
                or not _seat_number(text[ns:ne][number_at.end(1):], toks[i + 2][2] if i + 2 < len(toks) else "", li):
            continue
        m = reg.lookup((t,), li, date)
        if m is None or m.actor.type not in ("GPE", "LOC") or m.demonym or (spaced and reg.countries.get(m.actor.country) == m.actor.id):
            continue
        ne = ns + number_at.end(1)
        number = "".join(str(unicodedata.digit(c)) for c in text[ns:ne])
        place = text[s:e] if text[s:e].isascii() and text[s:e][:1].isupper() else seat_place_name(m.actor, li)
        name = f"{place}-{number}"      # "Jashore-1" as written; "যশোর-১" -> the actor's name
        a = ActorRecord(id=f"new:{slug(name)}", name=name, type="LOC", country=m.actor.country,
                        source="provisional")
        out.append((s, ne, Match(a, "provisional", 0.8)))
    return out


def _seat_number(run_on: str, next_word: str, li: LangInfo) -> bool:
    """Whether a number after a place and a dash may be a seat's: not an ordinal (letters run on to
    it that open with an ordinal ending, actors.yaml `seat_numbers.ordinal_endings`: "নওগাঁ-২য়",
    "Rangpur-3rd") and not a count of the word after it (`seat_numbers.count_words`: "সুনামগঞ্জ -
    ২ লাখ মানুষ", two lakh people). Example: ("", "আসনে") -> True; ("য়", "পর্যায়ের") -> False."""
    if run_on and fold_token(run_on).startswith(li.seat_ordinal_endings):
        return False
    return next_word not in li.seat_count_words


def seat_place_name(actor: ActorRecord, li: LangInfo) -> str:
    """The place's name as its seats are named: the bare name (`bare_place_name`) in the spelling
    the country's election commission writes when the registry's is another (actors.yaml
    `seat_numbers.place_spellings`: "চট্টগ্রাম-১৪" is Chattogram-14, though the city is Chittagong).
    Example: the actor Chittagong with {"Chittagong": "Chattogram"} -> "Chattogram"."""
    bare = bare_place_name(actor)
    return li.seat_place_spellings.get(bare, bare)


def bare_place_name(actor: ActorRecord) -> str:
    """A place's name without its administrative word, for a seat or a numbered part written with
    the bare name: its shortest English alias that opens its name ("Bakerganj" of "Bakerganj
    Upazila", so "বাকেরগঞ্জ-৪" is Bakerganj-4), else its name ("Dhaka")."""
    name = actor.name
    bare = [a for a in (actor.aliases or {}).get("en") or [] if name.startswith(a + " ")]
    return min(bare, key=len) if bare else name
