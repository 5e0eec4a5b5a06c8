"""Latin spelling of a name the registry does not know, for a provisional actor's `name`.

A whole person's name with an English title (`lang/<code>/name_titles.tsv`, from Wikipedia title
pairs) takes that title (Provisional._new). Per word: a spelling attested for that word
(`lang/<code>/name_spellings.tsv`, from Wikipedia title pairs; `name_spellings_local.tsv`, from the
registry's people of the pack's country, first; `romanise.yaml` `spellings_extra` and
`spellings_gaps`, by hand, over both) wins; else the pack's letter rules (`lang/<code>/romanise.yaml`)
for an abugida script; else ICU's Any-Latin; a Latin word is kept as written. Words are title-cased.

Abugida rules: a consonant cluster without a vowel sign carries the inherent vowel, except
word-finally (a single consonant: আলম -> Alam, not Alama) and between a voiced syllable and a
written vowel sign (শাহবাগ -> Shahbag, রহমান -> Rahman, ফখরুল -> Fakhrul). That is the
conservative half of the usual schwa-deletion rule: a spelling with an extra "a" still matches
the English form ("Bijayanagar" ~ "Bijoynagar"); a dropped vowel the word needs would not.
"""
from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from ..lang import LangPack
from ..textutil import has_case_ending
from .words import given_names_of, morphology_yaml, name_words_yaml

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]+|[^\p{L}\p{M}\p{N}\u200c\u200d]+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_ZW = dict.fromkeys(map(ord, "\u200c\u200d"), None)
_JOINERS = {"-": "-", "\u2010": "-", "\u2011": "-", "\u2013": "-", "'": "'", "\u2019": "'"}


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).translate(_ZW)


# the keys a romanise.yaml may hold (`script` names the script the letters are of, for the reader)
ROMANISE_KEYS = {
    "script", "virama", "inherent", "inherent_before_final", "nukta", "spellings_extra", "spellings_gaps", "vowels",
    "vowel_signs", "consonants", "foreign_consonants", "foreign_inherent", "foreign_schwa_deletion",
    "foreign_mute_before_final", "foreign_word_end",
    "same_letter_countries", "phala",
    "phala_before_aa", "final_cluster_vowel", "clusters", "glides", "word_start", "modifiers",
    "initials", "spelling_folds_skip", "spelling_folds_extra", "clusters_final", "consonants_medial",
    "consonants_after_i",
}


def romanise_yaml(pack: LangPack) -> dict:
    """The pack's romanise.yaml ({} when it has none); a key outside ROMANISE_KEYS is a ValueError
    naming the file and the key. Example: a file holding `consonant: {ক: k}` raises
    "…/romanise.yaml: unknown key(s) consonant"."""
    data = pack.yaml("romanise", {}) or {}
    unknown = sorted(set(data) - ROMANISE_KEYS)
    if unknown:
        raise ValueError(f"{pack.file('romanise.yaml')}: unknown key(s) {', '.join(unknown)}")
    return data


@dataclass
class Rules:
    vowels: dict[str, str] = field(default_factory=dict)
    signs: dict[str, str] = field(default_factory=dict)
    consonants: dict[str, str] = field(default_factory=dict)
    clusters: dict[str, str] = field(default_factory=dict)
    clusters_final: dict[str, str] = field(default_factory=dict)   # at a word's end, no vowel: "হজ্জ" -> Hajj
    phala: dict[str, str] = field(default_factory=dict)
    phala_before_aa: dict[str, str] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    initials: dict[str, str] = field(default_factory=dict)
    virama: str = ""
    nukta: str = ""
    inherent: str = "a"
    inherent_before_final: dict[str, str] = field(default_factory=dict)   # "জয়" -> Joy
    spellings: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)     # name words with an English form
    final_cluster_vowel: set[str] | None = None              # a word-final conjunct keeps its vowel after these
    suffixes: list[str] = field(default_factory=list)       # case endings, to find a word's stem
    titles: dict[str, str] = field(default_factory=dict)    # whole names (folded words) -> English title
    # attested spellings by the word folded (actors.yaml `spelling_folds`, and a written "aa"
    # against the inherent vowel: "নকভি" ~ "নাকভি" -> Naqvi); only folds one spelling owns
    variant_folds: list[tuple[str, str]] = field(default_factory=list)
    final_folds: list[tuple[str, str]] = field(default_factory=list)   # the linker's folds alone
    folded_spellings: dict[str, str] = field(default_factory=dict)
    glides: dict[str, str] = field(default_factory=dict)   # "ওয়" -> "w" before a vowel sign
    foreign_consonants: dict[str, str] = field(default_factory=dict)   # a foreign name's letters: "ভ" -> v
    foreign_inherent: str = ""   # a foreign name's inherent vowel ("রশিংটন" -> Roshington), "" = `inherent`
    foreign_schwa_deletion: bool = False   # read as `schwa_deletion` in a foreign name
    schwa_deletion: bool = False   # a medial inherent vowel between two sounded syllables is mute ("ডবসন" -> Dobson)
    foreign_mute_before_final: frozenset[str] = frozenset()   # read as `mute_before_final` in a foreign name
    mute_before_final: frozenset[str] = frozenset()   # the inherent vowel before these bare at the end is mute ("জোনস" -> Jons)
    foreign_word_end: dict[str, dict[str, str]] = field(default_factory=dict)   # read as `word_end` in a foreign name
    word_end: dict[str, dict[str, str]] = field(default_factory=dict)   # a word's ending, its letters' reading -> the English one: "ার": {ar: er}
    same_letter_countries: frozenset[str] = frozenset()   # names there read with the home letters
    foreign_given_names: dict[str, str] = field(default_factory=dict)   # foreign given names' Latin: "স্কট" -> Scott
    home_words: frozenset[str] = frozenset()   # name words as the home country's papers spell them
    attested: frozenset[str] = frozenset()   # words whose spelling is not `spellings_gaps`' alone
    word_start: dict[str, str] = field(default_factory=dict)   # vowel letters read as one sound first: "ইউ" -> yu
    consonants_medial: dict[str, str] = field(default_factory=dict)   # a lone consonant inside a word: "ছ" -> s
    consonants_after_i: dict[str, str] = field(default_factory=dict)   # "য়" between "ি" and a vowel sign: ""
    # `romanise_word`'s answers by (word, initial_ok), which depend on these rules alone; not an
    # argument of __init__, so dataclasses.replace (foreign_rules) gives a copy a memo of its own
    romanised: dict[tuple[str, bool], str] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_pack(cls, pack: LangPack | None) -> "Rules":
        if pack is None:
            return cls()
        d = romanise_yaml(pack)
        norm = lambda m: {_nfc(k): v or "" for k, v in (m or {}).items()}  # noqa: E731
        spellings, home_words = _attested_spellings(pack)
        # gaps in the spellings filled by hand: a whole name's English title beats them (_new)
        gaps = {_nfc(k): v for k, v in (d.get("spellings_gaps") or {}).items()}
        # what the title pairs miss, and, chosen by hand, over the registry's people: their word
        # as a famous few spell it (কাদের: GM Quader) is not how the papers write everyone's (Kader)
        extra = {_nfc(k): v for k, v in (d.get("spellings_extra") or {}).items()}
        attested = frozenset((spellings.keys() | extra.keys()) - gaps.keys())
        spellings.update(gaps)
        spellings.update(extra)
        titles = {row["native"]: row["latin"] for row in pack.tsv("name_titles") if row.get("native") and row.get("latin")}
        # the actor linker's folds, less and plus the romanise.yaml `spelling_folds_skip|_extra`
        skip = set(d.get("spelling_folds_skip") or [])
        variant_folds = [(a, b) for a, b in ((pack.yaml("actors", {}) or {}).get("spelling_folds") or {}).items()
                         if a not in skip]
        final_folds = list(variant_folds)
        if variant_folds:
            variant_folds += [(a, b or "") for a, b in (d.get("spelling_folds_extra") or {}).items()]
        folded_spellings = _unique_folds(spellings, variant_folds, final_folds)
        virama = d.get("virama", "")
        def without_virama(key: str) -> dict[str, str]:   # clusters are matched on letters, the virama dropped
            return {k.replace(virama, "") if virama else k: v for k, v in norm(d.get(key)).items()}
        clusters, clusters_final = without_virama("clusters"), without_virama("clusters_final")
        glides = norm(d.get("glides"))
        word_start = norm(d.get("word_start"))
        clusters.update(glides)
        return cls(vowels=norm(d.get("vowels")), signs=norm(d.get("vowel_signs")),
                   consonants=norm(d.get("consonants")), clusters=clusters, clusters_final=clusters_final,
                   phala=norm(d.get("phala")), phala_before_aa=norm(d.get("phala_before_aa")),
                   modifiers=norm(d.get("modifiers")), initials=norm(d.get("initials")),
                   virama=virama, nukta=d.get("nukta", ""), inherent=d.get("inherent", "a"),
                   inherent_before_final=norm(d.get("inherent_before_final")),
                   final_cluster_vowel=(set(norm({c: 1 for c in d["final_cluster_vowel"]}))
                                        if d.get("final_cluster_vowel") is not None else None),
                   glides=glides, foreign_consonants=norm(d.get("foreign_consonants")),
                   foreign_inherent=d.get("foreign_inherent") or "",
                   foreign_schwa_deletion=bool(d.get("foreign_schwa_deletion")),
                   foreign_mute_before_final=frozenset(_nfc(c) for c in d.get("foreign_mute_before_final") or ()),
                   foreign_word_end={_nfc(k): dict(v or {}) for k, v in (d.get("foreign_word_end") or {}).items()},
                   same_letter_countries=frozenset(d.get("same_letter_countries") or ()),
                   foreign_given_names={_nfc(k): v for k, v in given_names_of(pack).items()},
                   home_words=frozenset(home_words), attested=attested, word_start=word_start,
                   consonants_medial=norm(d.get("consonants_medial")),
                   consonants_after_i=norm(d.get("consonants_after_i")), spellings=spellings, titles=titles, variant_folds=variant_folds,
                   final_folds=final_folds,
                   folded_spellings=folded_spellings, words=norm(name_words_yaml(pack).get("words")),
                   suffixes=sorted({_nfc(x) for x in morphology_yaml(pack).get("suffixes") or []},
                                   key=len, reverse=True))


def _attested_spellings(pack: LangPack) -> tuple[dict[str, str], set[str]]:
    """Latin spellings per native name word from the title pairs, the country's own people's
    (`name_spellings_local`) winning, and the words those cover: {"রহমান": "Rahman", ...}."""
    spellings: dict[str, str] = {}
    for row in pack.tsv("name_spellings"):
        native, latin = row.get("native"), row.get("latin")
        if native and latin:
            spellings[_nfc(native)] = latin
    home_words = set()
    for row in pack.tsv("name_spellings_local"):
        if row.get("native") and row.get("latin"):
            spellings[_nfc(row["native"])] = row["latin"]
            home_words.add(_nfc(row["native"]))
    return spellings, home_words


def fold_variant(word: str, folds: list[tuple[str, str]]) -> str:
    """A word with the spelling folds applied: fold_variant("নকভি", bn) == fold_variant("নাকভি", bn)."""
    for a, b in folds:
        word = word.replace(a, b)
    return word


def variant_key(word: str, folds: list[tuple[str, str]], final_folds: list[tuple[str, str]]) -> str:
    """The word folded for finding an attested spelling: the romanise.yaml extras (a foreign
    name's "া" either way) fold inside the word, not at its end, where a vowel sign tells two
    names apart ("সাজিদ" Sajid, "সাজিদা" Sajida)."""
    return fold_variant(word[:-1], folds) + fold_variant(word[-1:], final_folds)


def _unique_folds(spellings: dict[str, str], folds: list[tuple[str, str]],
                  final_folds: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """Folded word -> its attested Latin spelling, where every word with that fold agrees."""
    if not folds:
        return {}
    final_folds = folds if final_folds is None else final_folds
    seen: dict[str, set[str]] = {}
    for native, latin in spellings.items():
        seen.setdefault(variant_key(native, folds, final_folds), set()).add(latin)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(k) >= 4}


# the pack files `Rules.from_pack` reads
_SOURCES = ("romanise.yaml", "actors.yaml", "name_words.yaml", "morphology.yaml",
            "name_spellings.tsv", "name_spellings_local.tsv", "name_titles.tsv", "ner_given_names.txt")


@lru_cache(maxsize=None)
def rules_for(code: str | None) -> Rules:
    """The language's rules, kept in the disk cache (`khobor.diskcache`) while its pack files and
    this module are unchanged: folding the 10,000 attested spellings took a tenth of a warm start.
    Example: rules_for("bn").spellings["অং"] == "Aung" (name_spellings.tsv)."""
    from .. import lang as langs
    from ..diskcache import cached
    if not code or code not in langs.available():
        return Rules()
    return cached(f"romanise-{code}", sources(code), lambda: Rules.from_pack(langs.load(code)))


def sources(code: str | None) -> list[Path]:
    """The files `rules_for(code)` is built from: the pack files `Rules.from_pack` reads and the
    code, `words` too (it reads ner_given_names.txt into the foreign given names' spellings).
    Example: sources("bn")[0].name == "romanise.yaml"; sources(None) == [] (no pack)."""
    from . import words
    from .. import lang as langs
    if not code or code not in langs.available():
        return []
    pack = langs.load(code)
    return [pack.file(name) for name in _SOURCES] + [Path(__file__), Path(langs.__file__), Path(words.__file__)]


@lru_cache(maxsize=None)
def foreign_rules(code: str | None) -> Rules:
    """The language's rules for a name from abroad: the letters a foreign name is spelt with
    read as it is (lang data `foreign_consonants`): "ভলকভ" -> Volkov, where a Bangladeshi
    "ভূঁইয়া" is Bhuiyan; the inherent vowel as the o it mostly stands for in a European name
    (lang data `foreign_inherent`): "রশিংটন" -> Roshington, where a Bangladeshi "রহমান" is
    Rahman; and a medial inherent vowel between two sounded syllables mute (lang data
    `foreign_schwa_deletion`): "ডবসন" -> Dobson, "থম্পসন" -> Thompson, not Doboson; and before a
    bare word-final স (lang data `foreign_mute_before_final`): "অ্যাডামস" -> Adams, not Adamos;
    and a word's ending as the English one it writes (lang data `foreign_word_end`): "পিটার" -> Peter.
    Attested spellings still come first, and before them a listed foreign given name's usual
    Latin spelling (`ner_given_names.txt`): "স্কট" -> Scott, where the letters read "Skot"."""
    r = rules_for(code)
    if not (r.foreign_consonants or r.foreign_inherent or r.foreign_schwa_deletion or r.foreign_given_names
            or r.foreign_mute_before_final or r.foreign_word_end):
        return r
    return dataclasses.replace(r, consonants={**r.consonants, **r.foreign_consonants},
                               spellings={**r.spellings, **r.foreign_given_names},
                               inherent=r.foreign_inherent or r.inherent,
                               schwa_deletion=r.foreign_schwa_deletion,
                               mute_before_final=r.foreign_mute_before_final, word_end=r.foreign_word_end)


def reads_foreign(code: str | None, country: str | None, words: tuple[str, ...] = ()) -> bool:
    """A person's name (`words`) in a story set in `country` is spelt with foreign_rules: not
    where names are written with the home letters (lang data `same_letter_countries`: "ভগত" is
    Bhagat in India), nor with a word the home country's people bear (`name_spellings_local`:
    "মিয়া": a Bangladeshi in London). reads_foreign("bn", "RUS") is True, ("bn", "IND") False."""
    return (bool(country) and country not in rules_for(code).same_letter_countries
            and not bears_home_name(code, words))


def named_as_foreign(code: str | None, words: tuple[str, ...]) -> bool:
    """A person's name (`words`) opens with a foreign given name (lang data `ner_given_names.txt`)
    and bears no home name (`bears_home_name`), so it is spelt with foreign_rules wherever the story
    is set: an English player in a Dhaka league is "Scott Dobson", not "Skat Dabsan".
    named_as_foreign("bn", ("স্কট", "ডবসন")) is True; ("সবুজ", "ভূঁইয়া") False."""
    return bool(words) and _nfc(words[0]) in rules_for(code).foreign_given_names and not bears_home_name(code, words)


def bears_home_name(code: str | None, words: tuple[str, ...]) -> bool:
    """A word of the name is one the home country's people bear, as its papers spell it (lang data
    `name_spellings_local`): bears_home_name("bn", ("আবদুল্লাহ", "আল")) is True, ("রিকার্দো",) False."""
    home = rules_for(code).home_words
    return any(_nfc(w) in home for w in words)


@lru_cache(maxsize=2)
def _icu(rule: str):
    import icu
    return icu.Transliterator.createInstance(rule)


def _syllables(word: str, r: Rules) -> list[list]:
    """[cluster letters, vowel (None = inherent), coda] per orthographic syllable."""
    out: list[list] = []
    i, n = 0, len(word)
    start = next((k for k in r.word_start if word.startswith(k) and len(word) > len(k)), None)
    if start:   # "ইউনূস" -> Yunus, not Iunus
        out.append([[], r.word_start[start], ""])
        i = len(start)
    while i < n:
        c = word[i]
        glide = _glide_at(word, i, r)
        if glide:
            out.append([[glide], r.signs[word[i + len(glide)]], ""])
            i += len(glide) + 1
        elif c in r.vowels:
            out.append([[], r.vowels[c], ""])
            i += 1
        elif c in r.consonants or (c + r.nukta) in r.consonants:
            cluster = []
            while i < n:
                c = word[i]
                if i + 1 < n and r.nukta and word[i + 1] == r.nukta:
                    c, i = c + r.nukta, i + 1
                cluster.append(_nfc(c))
                i += 1
                if i + 1 < n and word[i] == r.virama and word[i + 1] in r.consonants:
                    i += 1      # a conjunct: the next consonant joins the cluster
                    continue
                break
            vowel = None
            if i < n and word[i] == r.virama:
                vowel, i = "", i + 1     # an explicit dead consonant
            elif i < n and word[i] in r.signs:
                vowel, i = r.signs[word[i]], i + 1
            out.append([cluster, vowel, ""])
        elif c in r.modifiers and out:
            out[-1][2] += r.modifiers[c]
            i += 1
        else:
            out.append([[], None, c if c.isascii() else ""])
            i += 1
    return out


def _glide_at(word: str, i: int, r: Rules) -> str:
    """A vowel letter + য় before a vowel sign, read as one glide consonant (lang data `glides`):
    "ওয়া" -> "wa" (দেলাওয়ার -> Delawar, ওয়াসিম -> Wasim), not "oya"."""
    for g in r.glides:
        if word.startswith(g, i) and i + len(g) < len(word) and word[i + len(g)] in r.signs:
            return g
    return ""


def _cluster_latin(cluster: list[str], vowel: str | None, r: Rules, final: bool = False) -> tuple[str, str | None]:
    """A cluster's Latin and its vowel; `final`: the word's last syllable, with no vowel written
    after it, where `clusters_final` holds ("হজ্জ" -> Hajj) before `clusters` ("তোফাজ্জল" -> Tofazzal)."""
    joined = "".join(cluster)
    hit = r.clusters_final.get(joined) if final else None
    hit = r.clusters.get(joined) if hit is None else hit
    if hit is not None:
        return hit, vowel
    parts = []
    for j, c in enumerate(cluster):
        if j and c in r.phala:
            if vowel == "a" and c in r.phala_before_aa:   # the long a sign
                parts.append(r.phala_before_aa[c])
            else:
                parts.append(r.phala[c])
            continue
        parts.append(r.consonants.get(c, ""))
    return "".join(parts), vowel


def _medial(syl: list[list], k: int, cons: str, r: Rules) -> str:
    """A lone consonant after a written vowel inside a word, read as lang data `consonants_medial`
    has it: the Arabic s that Bengali names write "ছ" is "s" there ("মোকলেছুর" -> Moklesur,
    "মোছাদ্দেক" -> Mosaddek); a word's first "ছ" stays "chh" ("ছন্দা" -> Chhanda), and so does
    one after a consonant ("মকছুদ" -> Makchhud)."""
    cluster = syl[k][0]
    if k and len(cluster) == 1 and cluster[0] in r.consonants_medial and syl[k - 1][1]:
        return r.consonants_medial[cluster[0]]
    return cons


def _after_i(syl: list[list], k: int, cons: str, r: Rules) -> str:
    """A lone consonant between a consonant's vowel sign i and a written vowel sign, read as lang
    data `consonants_after_i` has it: the য় of "িয়া" is silent there, as name spellings write it
    ("জিয়াউদ্দিন" -> Ziauddin, "ইলিয়াস" -> Ilias, "সাদিয়া" -> Sadia), not "iya"; a word-initial
    "ইয়া" is `word_start`'s ("ইয়াসিন" -> Yasin)."""
    cluster, vowel = syl[k][0], syl[k][1]
    if (k and len(cluster) == 1 and cluster[0] in r.consonants_after_i and vowel
            and syl[k - 1][0] and syl[k - 1][1] == "i" and not syl[k - 1][2]):
        return r.consonants_after_i[cluster[0]]
    return cons


def _inherent_before(syl: list[list], k: int, r: Rules) -> str:
    """The inherent vowel of syllable k, coloured by a bare word-final consonant after it
    (lang data `inherent_before_final`): "জয়" -> Joy, "বিজয়" -> Bijoy, "চিন্ময়" -> Chinmoy."""
    if k + 2 == len(syl) and not syl[k][2]:
        cluster, vowel, coda = syl[k + 1]
        if vowel is None and not coda and len(cluster) == 1 and cluster[0] in r.inherent_before_final:
            return r.inherent_before_final[cluster[0]]
    return r.inherent


def _mute_between(syl: list[list], k: int, prev_voiced: bool) -> bool:
    """Whether the inherent vowel of syllable k is mute under the usual schwa-deletion rule: after a
    sounded syllable, before a syllable that is sounded (a written vowel, or an inherent one that
    is not the word's last): "ডবসন" d-o-b|s-o-n -> Dobson, "নরক্রস" -> Norkros; never the first
    nor the last syllable ("রশিংটন" keeps the o of -ton)."""
    if k == 0 or k + 1 >= len(syl) or not prev_voiced or syl[k][2]:
        return False
    cluster, vowel, coda = syl[k + 1]
    return bool(cluster) and (vowel not in (None, "") or (vowel is None and k + 2 < len(syl)))


def _mute_before_final(syl: list[list], k: int, prev_voiced: bool, r: Rules) -> bool:
    """Whether the inherent vowel of syllable k is mute before the word's last syllable, a bare
    consonant of lang data `mute_before_final` (a foreign name's: স, the English -s): "জোনস" ->
    Jons, "অ্যাডামস" -> Adams, "লারস" -> Lars, not Jonos, Laros; never the first syllable
    ("বস" -> Bos) nor after a mute one."""
    if not r.mute_before_final or k == 0 or k + 2 != len(syl) or not prev_voiced or syl[k][2]:
        return False
    cluster, vowel, coda = syl[k + 1]
    return vowel is None and not coda and len(cluster) == 1 and cluster[0] in r.mute_before_final


def _word_end(word: str, latin: str, r: Rules) -> str:
    """The letters' reading `latin` with the word's ending read as the English one it writes
    (lang data `word_end`, a foreign name's: "ার" read "ar" -> "er"): "পিটার" Pitar -> Piter,
    "কার্টার" -> Karter, "এ্যাডলার" Adlar -> Adler; a word of the ending and one letter alone keeps
    its reading ("বার" -> Bar)."""
    for end, readings in r.word_end.items():
        if has_case_ending(word, end):
            for letters, english in readings.items():
                if latin.endswith(letters):
                    return latin[: len(latin) - len(letters)] + english
    return latin


def _abugida_word(word: str, r: Rules) -> str:
    """The word read by the letter rules, its ending as `_word_end` reads it (unchanged with no
    `word_end` data). Example: "পিটার" with {"ার": {"ar": "er"}} -> "piter"."""
    return _word_end(word, _letters(word, r), r)


def _letters(word: str, r: Rules) -> str:
    syl = _syllables(word, r)
    out: list[str] = []
    voiced: list[bool] = []
    for k, (cluster, vowel, coda) in enumerate(syl):
        if not cluster:
            out.append((vowel or "") + coda)
            voiced.append(bool(vowel))
            continue
        cons, vowel = _cluster_latin(cluster, vowel, r, final=k == len(syl) - 1 and vowel in (None, "") and not coda)
        cons = _after_i(syl, k, _medial(syl, k, cons, r), r)
        if vowel is None:
            last = k == len(syl) - 1
            prev_voiced = k > 0 and voiced[k - 1]
            next_written = k + 1 < len(syl) and syl[k + 1][1] not in (None, "")
            final_dead = last and not coda and (len(cluster) == 1 or (
                r.final_cluster_vowel is not None and cluster[-1] not in r.final_cluster_vowel))
            if final_dead or (prev_voiced and next_written and len(cluster) == 1 and not coda) or (
                    r.schwa_deletion and _mute_between(syl, k, prev_voiced)) or _mute_before_final(syl, k, prev_voiced, r):
                vowel = ""
            else:
                vowel = _inherent_before(syl, k, r)
        out.append(cons + vowel + coda)
        voiced.append(bool(vowel))
    return "".join(out)


def _title(w: str) -> str:
    return w[:1].upper() + w[1:] if w[:1].islower() else w


def _initials(word: str, r: Rules) -> str:
    """Letter names written together before a person's name: "এবি" -> "AB", "একেএম" -> "AKM"
    (each part a letter's name; "মো" (Md) only on its own)."""
    letters = {k: v for k, v in r.initials.items() if len(v) == 1}
    if not letters or len(word) < 2:
        return ""
    def split(rest: str) -> list[str] | None:
        if not rest:
            return []
        for k in sorted((k for k in letters if rest.startswith(k)), key=len, reverse=True):
            tail = split(rest[len(k):])
            if tail is not None:
                return [letters[k]] + tail
        return None
    parts = split(word)
    return "".join(parts) if parts and len(parts) >= 2 else ""


def _spelled_acronym(word: str, r: Rules) -> str:
    """A Latin acronym spelt in three or more letter names is written as the acronym, in any name:
    "আরএফএল" -> "RFL" (not "Arefel"), "এনআরবি" -> "NRB". Two letter names stay a word ("সিটি" is
    City, not "CT"): an everyday word is seldom three letter names run together."""
    joined = _initials(word, r)
    return joined if len(joined) >= 3 else ""


def _two_letter_acronym(word: str, r: Rules) -> str:
    """Two letter names run together in a body's or place's name, as its acronym: "বিএল কলেজ" ->
    BL College, "এনএস রোড" -> NS Road (not "Biel", "Enes"), where `_spelled_acronym` keeps two
    letter names a word; a listed word or spelling stays the word ("সিটি" is City). Not for a
    person's name, where such a word is a name ("বিবি")."""
    if word in r.words or word in r.spellings:
        return ""
    joined = _initials(word, r)
    return joined if len(joined) == 2 else ""


_ROMANISED_MAX = 100_000   # words remembered per Rules before the memo starts again


def romanise_word(word: str, r: Rules, initial_ok: bool = False) -> str:
    """One word in Latin letters (`_romanised_word`), remembered in `r.romanised`. Why: the
    provisional actors of every article romanise their names, and the same name words ("হোসেন",
    "মোহাম্মদ") come again and again, each read letter by letter again.
    Example: romanise_word("রহমান", rules_for("bn")) -> "Rahman"."""
    known = r.romanised.get((word, initial_ok))
    if known is None:
        if len(r.romanised) >= _ROMANISED_MAX:
            r.romanised.clear()
        known = r.romanised[(word, initial_ok)] = _romanised_word(word, r, initial_ok)
    return known


def _romanised_word(word: str, r: Rules, initial_ok: bool) -> str:
    word = _nfc(word)
    if not word:
        return ""
    if initial_ok and word in r.initials:
        return r.initials[word]
    if initial_ok and (joined := _initials(word, r)):
        return joined
    if word in r.words:
        return r.words[word]
    for suf in r.suffixes:   # "আর্টসের" -> "Arts"
        if word.endswith(suf) and word[: -len(suf)] in r.words:
            return r.words[word[: -len(suf)]]
    if word in r.spellings:
        return r.spellings[word]
    if r.folded_spellings and (alt := r.folded_spellings.get(variant_key(word, r.variant_folds, r.final_folds))):
        return alt   # an attested name in another spelling ("নকভি" -> Naqvi, after "নাকভি")
    if acronym := _spelled_acronym(word, r):
        return acronym
    if all(ord(c) < 0x250 or not c.isalpha() for c in word):
        return word
    if r.consonants and any(c in r.consonants or c in r.vowels for c in word):
        latin = _abugida_word(word, r)
    else:
        try:
            latin = _icu("Any-Latin; Latin-ASCII").transliterate(word)
        except Exception:  # no ICU: better no name than a wrong one
            return ""
    return _title(latin)


def romanise(name: str, code: str | None, person: bool = False,
             known: dict[str, str] | None = None, foreign: bool = False) -> str:
    """'এস এম মাহবুবুল আলম' -> 'S M Mahbubul Alam'; a Latin name comes back as written.
    `known`: words with a known English name (a place the registry knows: "সিলেট" -> "Sylhet")."""
    r = foreign_rules(code) if foreign else rules_for(code)
    words = [m.group() for m in _WORD.finditer(_nfc(name))]
    letters = [i for i, w in enumerate(words) if _WORD_CHAR.match(w)]
    out = []
    for i, w in enumerate(words):
        if known and w in known:
            out.append(known[w])
        elif i in letters and w.isdigit():
            out.append("".join(str(unicodedata.digit(c)) for c in w))   # "১" -> "1"
        elif i in letters and not person and (acronym := _two_letter_acronym(w, r)):
            out.append(acronym)
        elif i in letters:
            out.append(romanise_word(w, r, initial_ok=person and i != letters[-1]))
        elif any(c.isspace() for c in w) or w not in _JOINERS:
            out.append(" ")          # "জি. এম." -> "G M"; brackets and stops are not part of a name
        else:
            out.append(_JOINERS[w])  # "Ben-Shabbat", "O'Brien"
    return " ".join("".join(out).split())
