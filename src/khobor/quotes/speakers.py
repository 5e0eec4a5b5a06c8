"""Who is speaking: speaker mentions in an attribution clause, resolved to actors.

A speaker is a named entity (from the entities/actors stages), a person's title ("ক্রেমলিনের
মুখপাত্র", "the North Korean leader") or a pronoun ("তিনি", "he"). Titles resolve through the
article itself first (an apposition "ক্রেমলিনের মুখপাত্র দিমিত্রি পেসকভ" tells who "the
spokesman" is later on), then through the actor registry. Pronouns resolve to the speaker of the
quote just before, else to the most recent person named as a subject.
"""
from __future__ import annotations

import difflib

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..record import Actor, Entity, Record, Speaker
from ..actors.keys import fold_token
from ..actors.link import home_country, local_sense_country, main_country, provisional_actor
from ..actors.registry import capitals
from ..actors.provisional import name_word_sets, running_words
from ..textutil import has_case_ending, next_sentence_stop, sentence_start
from .explain import speaker_rule
from .grammar import _B, Grammar
from .offices import office_by_own_words, registry_title_named_before
from .people import PERSON_TYPES, People, short_name_after_prefixes, without_prefixes

log = logging.getLogger(__name__)

SPEAKING_GROUPS = {"ORG", "GPE"}  # may say things; a place, a date or a demonym ("Indian") does not
_HYPHENED_WORD = regex.compile(r"[-‐–]([\p{L}\p{M}]+)")  # a word joined on by a hyphen ("নেতা-কর্মীদের")
RANK = {"PER": 0, "title": 1, "pronoun": 2, "ORG": 3, "body": 4}  # body: "the party", "it", "সংগঠনটি"
_WORD_TAIL = regex.compile(r"(?:[\p{L}\p{M}\u200c\u200d]|['’](?=[\p{L}]))*")
# the rest of a name's last word, then the word after it (a postposition written apart: rule
# followed_by_postposition)
_WORD_AFTER_NAME = regex.compile(r"(?:[\p{L}\p{M}\u200c\u200d]|['’](?=[\p{L}]))*[ \t]+([\p{L}\p{M}\u200c\u200d]+)")
_GAP = regex.compile(r"[\s,]*")
# after a title: an apposition set off, by a comma, a closing bracket or the end of its sentence
# ("..., said Md Karim, officer-in-charge of Sadar Police Station.")
_COMMA_OR_CLOSE = regex.compile(r"\s*(?:[,)]|[.;](?:\s|$))")
_SENTENCE_STOP = regex.compile(r"\.(?:\s|$)")
_SPACES_OR_HYPHENS = regex.compile(r"[\s-]+")   # between an office's words, for its initials
_LETTERS = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
_COMMA = regex.compile(r"\s*,\s*")
_CLAUSE_END = regex.compile(r"[,;:.!?।]")
# the same, but a full stop inside a word ("বার্তা২৪.কম", a web address) ends no clause
_CLAUSE_BREAK = regex.compile(r"[,;:!?।]|\.(?![\p{L}\p{M}\p{N}])")
_DIGIT = regex.compile(r"\p{N}")
_PHRASE_BREAK = regex.compile(r"[,;:.!?।()]")  # a clause end or bracket: no title's noun phrase runs over it
_SPACES = regex.compile(r"\s*")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_ABBREVIATION = regex.compile(r"[\p{L}\p{M}]{1,5}\.|\([\p{L}\p{M}.]{1,8}\)")
_RANK_WORDS = 5
# after an office: a preposition and the portfolio's words, at most five, up to the first mark that is
# no letter nor a space ("the adviser[ for home affairs]"; "the adviser for home affairs Jahangir Alam
# said" takes all five words after "for"; rule portfolio_before_office)
_PORTFOLIO = regex.compile(r"[ \t]+(?P<prep>\p{L}+)[ \t]+(?P<words>\p{L}+(?:[ \t]+\p{L}+){0,4})(?![\p{L}])")
# after a title, a name in the genitive before a statement noun (genitive_holder_before_statement):
# words read (ranks, initials, name), name words at most, code points of a letter initial ("এন")
_GENITIVE_RUN_WORDS = 9
_NAME_WORDS_MAX = 3
_INITIAL_CHARS = 2
_RUN_WORD = regex.compile(r"[ \t]+([^\s,;:।]+)")
_BRACKETED_QUALIFIER = regex.compile(r"\s*\([^()]*\)$")  # "International Crimes Tribunal (Bangladesh)"
_BRACKETED = regex.compile(r"\s*\((?P<short>[\p{L}\p{M}.]{2,12})\)\s*")  # "(ইউএনও)" between a title and a name
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\u200c\u200d])(?P<w>[\p{L}\p{M}\u200c\u200d]+)[ \t]+\Z")  # the word right before a title (\Z: `$` would match before a final line break)
_NEXT_WORD = regex.compile(r"[ \t]+(?P<w>[\p{L}\p{M}\u200c\u200d.]+)")  # the word after a title, on its line
_PHRASE_WORDS = 5  # words of a title's noun phrase before the title the pattern matched
_GENITIVE_MIN_CHARS = 2  # a genitive ending of a body's last word no name word ends in ("-ের", not "-র")
_RUN_WORD_CHARS = 40  # characters before a name in which the word the NER left off it is looked for
_NAME_TO_CUE = 90  # characters from a bare name to its cue, an adjunct between them included
# a given name and one or two initials right before a name the NER cut short ("Kamran T [Rahman]")
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.'’-])\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+(?:\p{Lu}\.?[ \t]+){1,2}$")
_RUN_ON_WORD = regex.compile(r"[ \t]+[\p{L}\p{M}\u200c\u200d]+")  # one word after a name, on its line
# one to three words after a title, then spaces before whatever follows (a cue, for a name)
_BARE_NAME = regex.compile(r"[ \t]+(?P<name>[\p{L}\p{M}\u200c\u200d]+(?:[ \t]+[\p{L}\p{M}\u200c\u200d]+){0,2})[ \t]+(?P<after>)")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # PER | title | pronoun | ORG
    actor: Actor | None = None
    plural: bool = False
    nominative: bool = True
    entity: Entity | None = None
    lookup: str | None = None  # resolve this surface when the mention is chosen (titles, names)
    # the name inside a title + name mention ("Turkish presidential adviser [Mesut Casin]"):
    # the speaker's words are the name, never the title
    name: tuple[int, int] | None = None
    fullest_done: bool = False  # the actor was already taken to the person's fullest name
    rules: list[str] = field(default_factory=list)  # the named speaker rules that made it (--explain)


_HEAD_WORD_CHARS = 4  # a shorter word of a body's name ("of", "and", "BNP's" initials aside) heads nothing
_ECHO_MIN_CHARS = 5  # a shorter name ("Ali", "AL") may be a word of something else elsewhere
_ECHO_TYPES = PERSON_TYPES | SPEAKING_GROUPS
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})  # the registry's types of a place (a country's too)


_ADDRESSEE_LEAD = 60  # characters before a name in which "to" and its title stand ("to NCP convener ")


@speaker_rule("addressed_through_title")
def addressed_through_title(g: Grammar, text: str, start: int) -> bool:
    """Whether a name starting at `start` follows one of the pack's `addressee_prepositions` and
    one to three words of its title: the one addressed, never the subject of a cue ("30 leaders
    sent a memorandum to party convener X, expressing their 'objections'": the leaders speak).

    Example: "... a letter to NCP convener Nahid Islam" -> True for "Nahid Islam"."""
    rx = g.addressed_through_title_rx
    return rx is not None and rx.search(text, max(0, start - _ADDRESSEE_LEAD), start) is not None


@speaker_rule("repeated_names")
def repeated_names(rec: Record, endings: tuple[str, ...] = ()) -> list[Entity]:
    """One name, one entity, throughout the article: where the NER tagged a name once and
    missed it elsewhere, the other occurrences of the same words are that entity too (a speaker
    named at its first mention, where the NER found nothing, is still a name). In a language
    whose names take case endings (`endings`, the pack's `genitive_endings`), the name with one
    of them is that entity too, its ending kept as the NER keeps it ("খাদ্য মন্ত্রণালয়ের এক
    সংবাদ বিজ্ঞপ্তিতে" where only "খাদ্য মন্ত্রণালয় বলছে" was tagged: the issuer of that notice).

    Example: ORG "Finance Uncovered" tagged only in the third paragraph -> the same words in
    "organisation Finance Uncovered has strongly condemned ..." are ORG "Finance Uncovered"."""
    text, out = rec.text, []
    taken = sorted((e.start, e.end) for e in rec.entities)
    names = {}
    for e in rec.entities:
        if e.type in _ECHO_TYPES and len(e.text) >= _ECHO_MIN_CHARS and (len(e.text.split()) > 1 or e.actor is not None):
            names.setdefault(e.text, e)
    for name, e in names.items():
        for start, end in whole_word_occurrences(text, name) + inflected_occurrences(text, name, endings):
            if any(a < end and start < b for a, b in taken):
                continue
            out.append(Entity(text=text[start:end], start=start, end=end, type=e.type, actor=e.actor))
    return out


def inflected_occurrences(text: str, words: str, endings: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of `words` with one of the case `endings` glued to its
    last word, the ending included, not glued to a letter, mark or digit on either side.

    Example: inflected_occurrences("করিম হোসেনের ছেলে, করিম হোসেন", "করিম হোসেন", ("ের", "র"))
    -> [(0, 12)]."""
    out = []
    for ending in endings:
        out += [(start, end) for start, end in whole_word_occurrences(text, words + ending)
                if not any(a <= start and end <= b for a, b in out)]
    return out


def whole_word_occurrences(text: str, words: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of `words` not glued to a letter, mark or digit on either
    side, left to right without overlaps (what a finditer of the escaped words between
    lookarounds gives, without compiling a pattern per name: that was a tenth of steady state).

    Example: whole_word_occurrences("Ali Khan, Alina Khan; Ali Khan", "Ali Khan") -> [(0, 8), (22, 30)]."""
    out, pos, n = [], 0, len(words)
    while n and (start := text.find(words, pos)) >= 0:
        end = start + n
        if (start and _WORD_CHAR.match(text, start - 1)) or (end < len(text) and _WORD_CHAR.match(text, end)):
            pos = start + 1
            continue
        out.append((start, end))
        pos = end
    return out


_REGISTRY_WARNED = []


def _registry():
    try:
        from ..actors.link import get_registry  # written by the actors stage; absent in early trees
    except ImportError:
        return None
    try:
        return get_registry()
    except Exception as exc:  # a broken registry must not cost the quotes
        if not _REGISTRY_WARNED:
            log.warning("actor registry unavailable: %s", exc)
            _REGISTRY_WARNED.append(exc)
        return None


_CACHE: dict[tuple, Actor | None] = {}
_CACHE_MAX = 50_000


def _resolve_cached(registry, key: str, code: str | None, date: str | None,
                    context: str | None = None) -> Actor | None:
    """Registry look-ups are fuzzy and slow; the same titles recur across articles."""
    if registry is None:
        return None
    ck = (id(registry), key, code, date, context)
    if ck not in _CACHE:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        try:
            _CACHE[ck] = registry.resolve(key, code, date, context) if context else registry.resolve(key, code, date)
        except Exception as exc:
            log.debug("resolve(%r) failed: %s", key, exc)
            _CACHE[ck] = None
    actor = _CACHE[ck]
    return actor.model_copy() if actor is not None else None


def _name_head(name: str) -> str:
    """The head word of a name in a cased script: the word before its first word in lower case
    (a function word: "of", "for"), else its last word; in a script without case, its last word.

    Example: "Bangladesh Bureau of Statistics" -> "Bureau"; "Inland Water Transport Authority"
    -> "Authority"; "Corporal Kader" -> "Kader"; "press wing" (no capital) -> ""."""
    words = name.split()
    if not words or words[0][:1].islower():  # (a name in lower case has no capitals to tell its head)
        return ""
    for i, w in enumerate(words[1:], 1):
        if w[:1].islower():
            return words[i - 1]
    return words[-1]


def _add_once(rules: list[str], name: str) -> None:
    """Append the rule `name` to `rules` unless it is there already (a rule that skips several
    appositions is named once)."""
    if name not in rules:
        rules.append(name)


_COUNTRY_NAMES: dict[int, dict[str, str]] = {}


def _country_names(registry) -> dict[str, str]:
    """Country code -> the country's name, from the registry's countries (CLDR records)."""
    if registry is None:
        return {}
    if hasattr(registry, "country_names"):   # kept with the cached registry
        return registry.country_names()
    if id(registry) not in _COUNTRY_NAMES:
        names: dict[str, str] = {}
        for a in getattr(registry, "actors", {}).values():
            if getattr(a, "type", None) == "GPE" and getattr(a, "source", None) == "cldr" and a.country:
                names.setdefault(a.country, a.name)
        _COUNTRY_NAMES.clear()
        _COUNTRY_NAMES[id(registry)] = names
    return _COUNTRY_NAMES[id(registry)]


def case_endings(word: str, suffixes: Iterable[str]) -> Iterator[str]:
    """The pack's endings (in the pack's order) that `word` ends in with more than one letter
    left before them: the case endings a name may carry ("ের" of "হোসেনের"; not of "ের" alone).

    >>> list(case_endings("হোসেনের", ["ের", "র"]))
    ['ের', 'র']
    """
    return (suf for suf in suffixes if has_case_ending(word, suf))


_COURT_HEAD_ENDING = regex.compile(r"(?:-[\p{N}]+)?[\p{L}\p{M}]{0,3}")


def _court_head_of(word: str, court, language: str | None) -> bool:
    """Whether `word` is the head word of one of `court`'s names in the language (its last word,
    a bench number left out), written bare with a case ending of up to three letters.

    Example: "ট্রাইব্যুনালের" of "আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল" -> True; "আদালত" -> False."""
    for name in court.aliases.get(language or "", ()):
        words = name.split()
        head = regex.sub(r"-[\p{N}]+$", "", words[-1]) if len(words) > 1 else ""
        if len(head) > 3 and word.lower().startswith(head.lower()) \
                and _COURT_HEAD_ENDING.fullmatch(word[len(head):]):
            return True
    return False


@lru_cache(maxsize=50_000)
def _title_head(rx, key: str) -> str | None:
    """`SpeakerFinder.title_head` by title pattern `rx`, remembered per pattern and description:
    a search of the title pattern took ~50 µs, and the same descriptions come back across a
    stream's articles."""
    m = rx.search(key)
    return _key(m.group("head")) if m else None


def speaker_is_pronoun(sp: Speaker, g: Grammar) -> bool:
    """Whether a speaker's words are a pronoun of the pack, spaces aside.

    Example: "তিনি" -> True; "Donald Trump" -> False."""
    return g.pronoun_rx is not None and g.pronoun_rx.fullmatch(" ".join(sp.text.split())) is not None


class SpeakerFinder:
    """Speaker mentions of one article, with the article-level facts that resolve them."""

    def __init__(self, rec: Record, g: Grammar):
        self.rec, self.g, self.text = rec, g, rec.text
        self.lowered = rec.text.lower()  # the text lower-cased once, for case-blind searches (portfolio_words)
        self.registry = _registry()  # the actor registry, or None where it cannot be read
        self._resolved: dict[str, Actor | None] = {}
        echoed = repeated_names(rec, g.genitive_endings)
        self.entities = sorted(rec.entities + echoed, key=lambda e: e.start)
        # spans that a named rule made a speaker's name (shown by --explain)
        self.rule_spans: dict[tuple[int, int], str] = {(e.start, e.end): "repeated_names" for e in echoed}
        self._words = None
        self.context = main_country(self.entities)
        self.people = People(rec, g.title_rx, g.name_prefixes, g.title_finder)
        # names cut off the addressee the NER ran them on over (name_before_addressee), or run on
        # to the word the NER cut (name_run_on_to_cue): their actor is their own, never a fuller name's
        self.cut_names: set[tuple[int, int]] = set()
        self._titled_names: list[tuple[int, int]] = []  # (filled by _find_appositions)
        self.entities = [self.name_run_on_to_cue(e) or self.name_cut_short(e) or self.title_glued_to_name(e)
                         or self.given_name_cut_off(e) or e for e in self.entities]
        self.appositions = self._find_appositions()
        self.learned_genders: dict[str, str] = {}  # actor id -> the gender its pronouns gave it

    # -- resolution ------------------------------------------------------------------------
    def resolve(self, surface: str, context: str | None = None) -> Actor | None:
        key = " ".join(surface.split())
        ck = (key, context)
        if ck not in self._resolved:
            self._resolved[ck] = _resolve_cached(self.registry, key, self.rec.language, self.rec.published, context)
        return self._resolved[ck]

    def resolve_title(self, surface: str) -> Actor | None:
        """A description ("the chief adviser", "প্রধান উপদেষ্টা"): as written, else as said of
        the country the article is about."""
        return self.resolve(surface) or (self.resolve(surface, self.context) if self.context else None)

    def unlinked(self, start: int, end: int) -> Actor | None:
        """A person the registry does not know, as an actor that still names them: the longest
        name in the article ending in this one ("Casin" -> "Mesut Casin"), romanised when the
        script is not Latin."""
        name = " ".join(self.text[start:end].split())
        if not name or not _LETTER.search(name):
            return None
        last = name.split()[-1]
        # words no given name: prefixes, determiners, adverbs ("Md", "the", "পরে" of a span the NER
        # ran back over: "পরে উদ্দিন বলেন" is the Uddin named before, not a new "Pare Uddin")
        skipped = self.people.prefixes | self.g.determiners | self.g.adverbs
        # "Khan" after "Salim Ahmad Khan", whom the registry knows: that actor
        # (any type: the NER may call a person an organisation, "Rogene Gee Calvert" ORG)
        known = {e.actor.id: e.actor for e in self.entities if e.actor is not None and self.people.in_body(e.start)
                 and len(e.text.split()) > len(name.split()) and e.text.split()[-1] == last
                 and not other_given_name(name, e.text, skipped)}
        if len(known) == 1:
            return next(iter(known.values())).model_copy()
        for other in self._person_names():
            if len(other) > len(name) and other.split()[-1] == last and not other_given_name(name, other, skipped):
                name = other
                break
        # the NER may take a title into the name ("আইনজীবী টড ব্লাঞ্চ"): the actor is the name
        t = self.g.title_rx.match(name) if self.g.title_rx is not None else None
        if t is not None and t.end() < len(name) and not t.group("mods").strip():
            name = name[t.end():].strip()
        # the actors layer's provisional actor: the same id and Latin name the linker gives
        # this person wherever the NER found them
        return provisional_actor(name, self.rec.language)

    def known_person(self, start: int, end: int) -> Actor | None:
        """A bare region naming, by its last word, a person named in full earlier ("Casin"); a
        rank or an abbreviated honorific before a given name is set aside ("মেজর সোহেল": rule
        short_name_after_prefixes)."""
        words = self.text[start:end].split()
        if not words or len(words) > 3:
            return None
        if any(n.split()[-1] == words[-1] for n in self._person_names()) or any(
                e.actor is not None and len(e.text.split()) > len(words)
                and e.text.split()[-1] == words[-1] for e in self.entities):
            return self.unlinked(start, end)
        bare = short_name_after_prefixes(words, self.people.prefixes)
        return self.one_word_of_a_full_name(bare) if len(bare) == 1 else None

    @speaker_rule("one_word_of_a_full_name", decided=lambda args, actor: actor is not None)
    def one_word_of_a_full_name(self, words: list[str]) -> Actor | None:
        """A person named bare by their given name, the first word of their name once name
        prefixes are skipped ("Tajul added ..." after "Chief Prosecutor Mohammad Tajul Islam";
        "Nahian said" after "Nahian Rahman Rochi"): that person, where exactly one person the
        article's body names in full (or a body the registry does not know: the NER may type a
        person ORG) has that given name. None otherwise, for a name prefix ("Md", "Syed":
        anybody's), and where another person's name holds the word too.

        Example: ["Tajul"] with PER "Mohammad Tajul Islam" the only such name -> its actor."""
        word = words[0]
        if not name_cased(word) or word.lower().rstrip(".") in self.g.name_prefixes:
            return None
        people = [e for e in self.entities if e.actor is not None and self.people.in_body(e.start)
                  and (e.type in PERSON_TYPES or _unknown_body(e))]  # (the NER may type a person ORG)
        # (every word of the full name capitalised: "Raphinha told", a verb the NER ran on over, is no name)
        owners = {e.actor.id: e for e in people
                  if self._given_name(e.text) == word and all(name_cased(w) for w in e.text.split())}
        if len(owners) != 1 or any(e.actor.id not in owners and word in e.text.split() for e in people):
            return None
        return self.entity_actor(next(iter(owners.values())))

    def _given_name(self, name: str) -> str | None:
        """The first word of a name of several once the pack's `name_prefixes` are skipped, where
        it is not the last ("Mohammad Tajul Islam" -> "Tajul"); None otherwise."""
        words = without_prefixes(name.split(), self.people.prefixes)
        return words[0] if len(words) > 1 else None

    def _person_names(self) -> list[str]:
        """Names of people in the article the registry does not know, longest first."""
        if not hasattr(self, "_pnames"):
            # a person named in a caption or byline is no antecedent
            names = {" ".join(e.text.split()) for e in self.entities
                     if e.type in PERSON_TYPES and e.actor is None and self.people.in_body(e.start)}
            names.update(" ".join(self.text[a:b].split()) for a, b in self._titled_names)
            self._pnames = sorted(names, key=len, reverse=True)
        return self._pnames

    def _bare_word_head(self, surface: str, heads: dict[str, str]) -> str | None:
        """The English head a speaker named bare maps to in `heads` (the pack's `country_bodies`
        or `court_parties`), after any discourse openers: "তবে পুলিশের" -> police; None when other
        words come with it ("Dhaka police")."""
        words = surface.lower().split()
        while words and words[0] in self.g.discourse_openers:
            words = words[1:]
        return heads.get(" ".join(words))

    @speaker_rule("country_body")
    def country_body(self, surface: str) -> Actor | None:
        """A body every country has, named bare as the speaker ("তবে পুলিশের পক্ষ থেকে বলা
        হয়েছে", "Police said", the pack's `country_bodies`): that body of the country the
        article is about, where the registry knows it ("Bangladesh Police"). A discourse opener
        may come first ("তবে"); any other word makes it some other body ("Dhaka police").

        Example: "পুলিশের" in an article about Bangladesh -> Bangladesh Police."""
        head = self._bare_word_head(surface, self.g.country_bodies)
        country = self._country_name() if head is not None else None
        return self.resolve(f"{country} {head}") if country is not None else None

    @speaker_rule("court_party", decided=lambda args, actor: actor is not None)
    def court_party(self, surface: str, at: int, until: int) -> Actor | None:
        """A party to a case named bare as the speaker ("জানিয়েছে প্রসিকিউশন", "prosecutors said",
        the pack's `court_parties`) of the quote at offsets `at`-`until`: that party of the nearest
        court named before the quote's end (inside it too), in its paragraph or the one before, where the registry knows it under the court's name and
        the party's English head (the court's bracketed qualifier left out). A court named further
        back may not be the case's ("The tribunal in Dhaka sat. / A London court jailed X. / ...,
        prosecutors said."), and a court the registry has no such party for gives nobody.

        The court may be named through a judge or prosecutor of it (a person whose registry role
        is of that court), or by its head word alone after its full name ("... ট্রাইব্যুনাল-১ এর
        চেয়ারম্যান X ... । ... তারিখ রেখেছেন ট্রাইব্যুনাল। ... বলে জানিয়েছে প্রসিকিউশন"); the nearest
        such reference is the case's court, the first of its courts the registry knows the party of.

        Example: "প্রসিকিউশন" after a paragraph naming the International Crimes Tribunal
        (Bangladesh) -> International Crimes Tribunal prosecution."""
        head = self._bare_word_head(surface, self.g.court_parties)
        if head is None:
            return None
        refs = [r for r in self.court_references(until) if self.text.count("\n", r[0], at) <= 1]
        if not refs:
            return None
        for court in max(refs, key=lambda r: r[0])[1]:
            party = self.resolve(f"{_BRACKETED_QUALIFIER.sub('', court.name)} {head}")
            if party is not None:
                return party
        return None

    def court_references(self, until: int) -> list[tuple[int, list]]:
        """(where it ends, the courts it may be, nearest named first) for each reference to a court
        before `until`: a court the text names (an organisation of the registry's JUD sector), a
        person holding a role of a court (its judge, its prosecutor: that court), and a court's
        head word written bare after the court was named ("ট্রাইব্যুনালের", "the tribunal").
        A judge of the sector is no court ("X prosecution" names nobody).

        Example: "আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল ... । ট্রাইব্যুনালে ..." -> [(end of the name, [ICT]),
        (end of "ট্রাইব্যুনালে", [ICT])]."""
        reg = self.registry
        if reg is None:
            return []
        named: list[tuple[int, int, list]] = []
        for e in self.entities:
            rec = reg.actors.get(e.actor.id) if e.actor is not None and e.end <= until else None
            if rec is None or rec.sector != "JUD":
                continue
            ids = [rec.id] if rec.type == "ORG" else [r.of for r in rec.roles if r.of in reg.actors]
            courts = [reg.actors[i] for i in ids if reg.actors[i].type == "ORG" and reg.actors[i].sector == "JUD"]
            if courts:
                named.append((e.start, e.end, courts))
        if not named:  # (a head word refers back to a court named before it: none, no word to read)
            return []
        refs = [(end, courts) for _, end, courts in named]
        taken = [(s, e) for s, e, _ in named]
        nearest_first = sorted(named, key=lambda x: -x[0])
        for w in regex.finditer(r"[\p{L}\p{M}\p{N}-]+", self.text[:until]):
            if any(s <= w.start() < e for s, e in taken):
                continue
            before = [c for s, _, cs in nearest_first if s < w.start() for c in cs]
            courts = [reg.actors[i] for i in dict.fromkeys(c.id for c in before)
                      if _court_head_of(w.group(), reg.actors[i], self.rec.language)]
            if courts:
                refs.append((w.end(), courts))
        return refs

    @speaker_rule("capital_for_country", decided=lambda args, actor: actor is not args[1].actor)
    def capital_for_country(self, sp: Speaker) -> Actor | None:
        """A capital named bare as the speaker ("Dhaka has urged ...", "দিল্লি জানিয়েছে"): the
        government sitting there, which is named by its country (data/actors/capitals.yaml). A
        speaker whose words are more than the city's name ("Dhaka police"), or a city that
        only qualifies a noun ("the Kathmandu valley", "a Kathmandu-based analyst"), stays as it
        is, as does any actor that is no capital. A pronoun that stands for a capital ("ক্ষুব্ধ
        হয়েছে কোপেনহেগেন। তারা জানিয়েছে, ...") speaks for that government too.

        Example: "Moscow" (the city) -> Russia; "Chattogram" -> Chattogram; "তারা" for Copenhagen
        -> Denmark."""
        actor = sp.actor
        code = capitals().get(actor.id) if actor is not None else None
        record = getattr(self.registry, "actors", {}).get(actor.id) if code is not None else None
        names = {actor.name, *(n for ns in (getattr(record, "aliases", None) or {}).values() for n in ns)} if record else ()
        if not names:
            return actor
        if not speaker_is_pronoun(sp, self.g) and (_key(sp.text) not in {_key(n) for n in names}
                                                  or self._qualifies_a_noun(sp.start, sp.end)):
            return actor
        name = _country_names(self.registry).get(code)
        country = self.resolve(name) if name is not None else None
        return country if country is not None and country.country == code and not country.sector else actor

    @speaker_rule("place_does_not_speak", decided=lambda args, actor: actor is None and args[1].actor is not None)
    def place_does_not_speak(self, sp: Speaker) -> Actor | None:
        """A speaker whose actor is a place below its country (a district, sub-district, city or
        site the registry types as a place: "সাভারে জানানো হয়, ...", "Kharkiv claimed ...") is
        where the words were said, not who said them: no actor, the speaker unresolved. A country
        and a capital (capital_for_country: the government sitting there) keep speaking; so does
        a region above countries, which has no country of its own.

        Example: "সাভারে জানানো হয়" with Savar as the speaker -> None; "Moscow claimed" -> Russia."""
        actor = sp.actor
        record = getattr(self.registry, "actors", {}).get(actor.id) if actor is not None else None
        if (record is None or record.type not in _PLACE_TYPES or not record.country
                or actor.id in capitals() or _country_names(self.registry).get(record.country) == record.name):
            return actor
        return None

    def _qualifies_a_noun(self, start: int, end: int) -> bool:
        """Whether the words at start:end follow a determiner or run on by a hyphen ("the
        Kathmandu valley", "Kathmandu-based"): a modifier, not the subject that speaks."""
        before = _WORD_BEFORE.search(self.text, max(0, start - 20), start)
        return self.text[end:end + 1] == "-" or (before is not None and before["w"].lower() in self.g.determiners)

    @speaker_rule("pronoun_gender")
    def gender_clash(self, pronoun: str, actor: Actor | None) -> bool:
        """Whether a gendered pronoun cannot stand for this actor: the article gives the person
        the other gender's honorific ("Begum Khaleda Zia" is no "he"; "Mr Rahim" is no "she").

        Example: "he" and the actor of "Begum Rina Akter" -> True."""
        want = self.g.pronoun_genders.get(pronoun.lower())
        if want is None or actor is None:
            return False
        have = self._genders().get(actor.id) or self.learned_genders.get(actor.id)
        return have is not None and have != want

    @speaker_rule("learned_gender", decided=lambda args, found: found is not None)
    def learn_gender(self, pronoun: str, actor: Actor | None) -> str | None:
        """Keep the gender a resolved "he" or "she" gives its person, for the pronouns after it:
        "Rumeen Farhana ... She said ... . The minister ... '...,' he said" is not Farhana's.
        Honorifics ("Begum", "Mr") outrank it; a person given both stays ungendered.

        Returns the gender kept for the person ("?" once given both), None when nothing is learned.

        Example: "she" resolved to Rumeen Farhana -> "f": a later "he" clashes with her."""
        gender = self.g.pronoun_genders.get(pronoun.lower())
        if gender is None or actor is None:
            return None
        if self.learned_genders.setdefault(actor.id, gender) != gender:
            self.learned_genders[actor.id] = "?"
        return self.learned_genders[actor.id]

    def _genders(self) -> dict[str, str]:
        """Actor id -> "m" or "f", where the honorifics the article gives the person agree."""
        if not hasattr(self, "_gender_of"):
            seen: dict[str, set[str]] = {}
            for e in self.entities:
                if e.actor is None or not self.g.honorific_genders:
                    continue
                words = self.text[max(0, e.start - 12):e.start].split()[-1:] + e.text.split()[:1]
                for w in words:
                    gender = self.g.honorific_genders.get(w.lower())
                    if gender:
                        seen.setdefault(e.actor.id, set()).add(gender)
            self._gender_of = {a: next(iter(g)) for a, g in seen.items() if len(g) == 1}
        return self._gender_of

    def _country_name(self) -> str | None:
        """The name of the country the article is about, as the registry writes it."""
        return _country_names(self.registry).get(self.context) if self.context else None

    def entity_actor(self, e: Entity) -> Actor | None:
        return e.actor or self.resolve(e.text)

    # -- nominative ------------------------------------------------------------------------
    def _word_at_end(self, start: int, end: int) -> str:
        m = _WORD_TAIL.match(self.text, end)
        tail_end = m.end() if m else end
        head = self.text[start:tail_end]
        return head.split()[-1] if head.split() else head

    def _object_ending(self, word: str) -> bool:
        """Whether `word` closes on one of the pack's `non_subject_suffixes` (an object or a
        locative ending, never a subject's), the check `nominative` and `asked_in_object_case` share.

        Example: "রশিদকে" -> True; "রশিদ" -> False."""
        return any(has_case_ending(word, suf) for suf in self.g.non_subject)

    def _has_word(self, w: str) -> bool:
        if self._words is None:
            self._words = {m.group() for m in _LETTERS.finditer(self.text)}
        return w in self._words

    def nominative(self, start: int, end: int, entity: Entity | None = None) -> bool:
        if self.g.non_subject_after is not None and self.g.non_subject_after.search(self.text, max(0, start - 20), start):
            return False
        if addressed_through_title(self.g, self.text, start):
            return False
        word = self._word_at_end(start, end)
        if word.lower() in self.g.non_subject_words or self.followed_by_postposition(end):
            return False
        if self._object_ending(word):
            return False
        if self._own_name(entity):
            return True  # "আবদুল কাদের" is the name as the registry writes it, not a genitive
        if self.name_cut_before_its_case_ending(entity):
            return False
        for suf in case_endings(word, self.g.ambiguous):
            if self._has_word(word[: -len(suf)]):
                return False
            # "মুহাম্মদ ইউনূসের" with no bare "ইউনূস" in the article: the registry knows the stem
            if entity is not None and entity.actor is not None and entity.text.endswith(suf):
                stem_actor = self.resolve(entity.text[: -len(suf)])
                if (stem_actor is not None and stem_actor.id == entity.actor.id
                        and not self.ending_in_actor_name(entity, word, suf)):
                    return False
                if self.ending_dropped_by_linker(entity, suf):
                    return False
        return True

    @speaker_rule("followed_by_postposition")
    def followed_by_postposition(self, end: int) -> bool:
        """Whether the word after a name is a postposition written apart, so the name is its object
        and never the subject a later "তিনি" stands for.

        Example: "... ইউনুছ আলী হাতে মনোনয়নপত্র তুলে দেন।" -> True after "ইউনুছ আলী"."""
        m = _WORD_AFTER_NAME.match(self.text, end)
        return m is not None and m.group(1) in self.g.postpositions

    @speaker_rule("name_cut_before_its_case_ending")
    def name_cut_before_its_case_ending(self, entity: Entity | None) -> bool:
        """Whether the NER cut a person's name before its last word, which carries a case ending
        (the pack's `ambiguous_suffixes`): the name with that word, its ending taken off, is the
        same person, so the whole name is a genitive, a possessor, never a subject ("ঘোষণা
        নুসরাত তাবাসসুমের" with the entity "নুসরাত" alone).

        Example: entity "করিম" (Karim Hossain) before "হোসেনের", "করিম হোসেন" the same actor
        -> True; before "বলেন" -> False."""
        if entity is None or entity.actor is None or entity.type not in PERSON_TYPES:
            return False
        m = _WORD_AFTER_NAME.match(self.text, entity.end)
        if m is None or m.start(1) - entity.end > 2:
            return False
        word = m.group(1)
        for suf in case_endings(word, self.g.ambiguous):
            name = f"{entity.text} {word[:-len(suf)]}"
            fuller = self.resolve(name) or provisional_actor(name, self.rec.language)
            if fuller is not None and fuller.id == entity.actor.id:
                return True
        return False

    @speaker_rule("ending_dropped_by_linker")
    def ending_dropped_by_linker(self, entity: Entity, suffix: str) -> bool:
        """Whether the linker read a name's last letters as a case ending: the entity's provisional
        actor is the one of the name without them, so the name is a genitive ("মোস্তফা কামালের
        পরিবারের সদস্যরা": a possessor, never the subject a later "তিনি" stands for).

        Example: entity "মোস্তফা কামালের" with actor new:mostafa-kamal, suffix "ের" -> True;
        "আবদুল কাদের" with actor new:abdul-kader -> False."""
        if not getattr(entity.actor, "provisional", False):
            return False
        stem = provisional_actor(entity.text[: -len(suffix)], self.rec.language)
        return stem is not None and stem.id == entity.actor.id

    @speaker_rule("ending_in_actor_name")
    def ending_in_actor_name(self, entity: Entity, word: str, suffix: str) -> bool:
        """Whether the letters of a name's last word that look like a case ending belong to the
        name of the registry actor it was linked to: the actor's own last name word is spelt as
        the whole word romanised, not as the word without them, so the stem resolving to the same
        actor (a loose match of either) proves no genitive ("মো. হুমায়ুন কবির বলেন" with Humayun
        Kabir: "কবির" is Kabir, no genitive of "কবি"). A provisional actor is the linker's own
        reading of the text and tells nothing.

        Example: "কবির", "র" with M. Humayun Kabir -> True; "ইউনূসের", "ের" with Muhammad Yunus -> False."""
        if getattr(entity.actor, "provisional", False) or not entity.actor.name.split():
            return False
        whole, stem = provisional_actor(word, self.rec.language), provisional_actor(word[: -len(suffix)], self.rec.language)
        if whole is None or stem is None:
            return False
        last = _key(entity.actor.name.split()[-1])
        as_whole, as_stem = _likeness(last, _key(whole.name)), _likeness(last, _key(stem.name))
        return as_whole >= _SPELT_ALIKE and as_whole > as_stem

    def _own_name(self, entity: Entity | None) -> bool:
        """Whether the entity is written exactly as one of its actor's own names in the
        registry (an ending that looks like a case ending is then part of the name)."""
        if entity is None or entity.actor is None or self.registry is None:
            return False
        from ..actors.keys import key_tokens
        try:
            return key_tokens(entity.text) in self.registry.own_keys(entity.actor.id)
        except (KeyError, AttributeError):
            return False

    # -- mentions --------------------------------------------------------------------------
    def mentions(self, a: int, b: int) -> list[Mention]:
        """Speaker mentions inside text[a:b]: entities, titles (merged with an adjacent name)
        and pronouns."""
        out: list[Mention] = []
        ents = [e for e in self.entities if e.start >= a and e.end <= b]
        used: set[int] = set()  # ids of the entities a mention already stands for
        # (each kind after the first skips what an earlier one found: the order is the priority)
        self._add_titles(a, b, ents, used, out)
        self._add_institutions(b, ents, used, out)
        self._add_entities(ents, used, out)
        self._add_honorific_names(a, b, out)
        self._add_pronouns(a, b, out)
        self._add_body_references(a, b, out)
        return sorted(out, key=lambda x: x.start)

    def _title_spans(self, a: int, b: int) -> list[tuple[int, int, int]]:
        """The (start, head start, end) of each title in text[a:b], its modifiers included, spaces
        before them not."""
        titles = []
        if self.g.title_rx is not None:
            # the title finder gives the pattern's own matches, trying only the positions near a title word
            finder = self.g.title_finder
            for m in (finder.finditer(self.text, a, b) if finder is not None else self.g.title_rx.finditer(self.text, a, b)):
                s = m.start() + len(m.group("mods")) - len(m.group("mods").lstrip())
                titles.append((s, m.start("head"), self.title_before_group(m.start("head"), m.end())))
        return titles

    @speaker_rule("title_before_group", decided=lambda args, end: end != args[2])
    def title_before_group(self, head_start: int, end: int) -> int:
        """Where a title of several title words ends: before a last word in the plural genitive (the
        pack's `plural_genitive_endings`), which names the group the holder speaks of, never a
        part of the title ("স্বাস্থ্য উপদেষ্টা [চিকিৎসকদের] অভিযোগ শোনার কথা জানান": the adviser).

        Example: head "উপদেষ্টা চিকিৎসকদের" -> the end of "উপদেষ্টা"."""
        words = self.text[head_start:end].split()
        if len(words) < 2 or not self.g.plural_genitive_endings or not words[-1].endswith(self.g.plural_genitive_endings):
            return end
        return self.text.rfind(words[-2], head_start, end) + len(words[-2])

    def _add_titles(self, a: int, b: int, ents: list[Entity], used: set[int], out: list[Mention]) -> None:
        """Add each title in text[a:b] to `out`: the person named right after it, else the title itself."""
        for ts, hs, te in self._title_spans(a, b):
            # a title word inside a name is part of the name (the last word of "মেহেদী ইমাম" too,
            # rule title_word_in_name); a modifier cut out of a name ("উত্তর [কোরিয়ার] নেতা") takes the whole name
            named = [e for e in ents if e.type in PERSON_TYPES and e.start < hs]
            if any(e.start < te < e.end for e in ents) or self.title_word_in_name(hs, te, named) \
                    or self.adjective_title(ts, te) or self.title_in_group_compound(te):
                continue
            ts = min([e.start for e in ents if e.start < ts < e.end] + [ts])
            # a body named right before the title is part of it ("European Union foreign policy chief")
            ts = min([e.start for e in ents if e.end <= ts and not self.text[e.end:ts].strip()
                      and e.type not in PERSON_TYPES] + [ts])
            person = None if self.plural_title(self.text[ts:te]) else self._adjacent_person(te, ents)
            inside = [e for e in ents if e.start >= ts and e.end <= te]
            used.update(id(e) for e in inside)
            if person is not None:
                used.add(id(person))
                out.append(Mention(ts, person.end, self.text[ts:person.end], "PER", self.entity_actor(person),
                                   nominative=self.nominative(person.start, person.end, person), entity=person,
                                   name=(person.start, person.end), rules=self._rules_at(person),
                                   fullest_done=(person.start, person.end) in self.cut_names))
            else:
                ttext = self.text[ts:te]
                # "met with security officials": a title after a preposition is no subject
                head = self.title_head(_key(ttext)) or ""
                out.append(Mention(ts, te, ttext, "title", None,
                                   nominative=self.nominative(ts, te) and not self.title_of_interlocutor(te, ents)
                                   and not self.title_of_name_in_other_case(te, ents),
                                   lookup=ttext, plural=self.plural_title(head)))

    @speaker_rule("title_in_group_compound")
    def title_in_group_compound(self, end: int) -> bool:
        """Whether a title ending at `end` is joined by a hyphen to a word in the plural genitive
        (the pack's `plural_genitive_endings`): the compound names a group spoken to or of, never
        one holder who speaks ("তিনি নেতা-কর্মীদের শান্ত থাকার আহ্বান জানিয়ে বলেন": "তিনি" speaks,
        not "নেতা").

        Example: "নেতা-কর্মীদের" -> True; "নেতা বলেন" -> False."""
        endings = self.g.plural_genitive_endings
        m = _HYPHENED_WORD.match(self.text, end) if endings else None
        return m is not None and m.group(1).endswith(endings)

    @speaker_rule("title_of_interlocutor")
    def title_of_interlocutor(self, end: int, ents: list[Entity]) -> bool:
        """Whether the person named right after a title ending at `end` is the one asked or talked
        with (`interlocutor_at`): the title stands in apposition to that name and shares its case,
        so it is no subject ("এ বিষয়ে উপজেলা নির্বাহী কর্মকর্তা X-এর কাছে জানতে চাইলে তিনি বলেন":
        "তিনি" speaks, not "নির্বাহী কর্মকর্তা"). A name in another case that is no interlocutor may
        be the title's object ("উত্তর কোরিয়ার নেতা পুতিনকে বলেন": the leader speaks).

        Example: "নির্বাহী কর্মকর্তা রফিকুল ইসলামের কাছে জানতে চাইলে" -> True; "নির্বাহী কর্মকর্তা
        রফিকুল ইসলাম বলেন" -> False."""
        e = next((x for x in ents if x.type in PERSON_TYPES and x.start >= end), None)
        return (e is not None and self._gap_ok(end, e.start) and not self.nominative(e.start, e.end, e)
                and self.interlocutor_at(e.start, e.end))

    @speaker_rule("title_of_name_in_other_case")
    def title_of_name_in_other_case(self, end: int, ents: list[Entity]) -> bool:
        """Whether the person named right after a title ending at `end` is in another case than the
        nominative while a subject pronoun follows that name in its clause: the clause has its
        subject in the pronoun, so title and name are one phrase in the name's case, a possessor or
        an object, and the title is no subject ("অধিনায়ক সৈকত আলীর না খেলা প্রসঙ্গে তিনি বলেন":
        "তিনি" speaks, and a later "তিনি" is not the captain). With no pronoun after it the title
        may be the subject and the name its object ("উত্তর কোরিয়ার নেতা পুতিনকে বলেন": the leader
        speaks).

        Example: "অধিনায়ক করিম হোসেনের বিষয়ে তিনি বলেন" -> True; "অধিনায়ক করিম হোসেন বলেন" -> False."""
        e = next((x for x in ents if x.type in PERSON_TYPES and x.start >= end), None)
        if e is None or self.g.pronoun_rx is None or not self._gap_ok(end, e.start) \
                or self.nominative(e.start, e.end, e):
            return False
        stop = _CLAUSE_BREAK.search(self.text, e.end)
        return any(m.group().lower() not in self.g.non_subject_words
                   for m in self.g.pronoun_rx.finditer(self.text, e.end, stop.start() if stop else len(self.text)))

    def interlocutor_at(self, start: int, end: int, entity: Entity | None = None) -> bool:
        """Whether the name at text[start:end] is followed by one of the pack's
        `interlocutor_postpositions` in a sentence holding one of its `interlocutor_talk` words:
        the person the reporter talked with or asked, whose answer follows (rule interlocutor).

        Example: "কথা হয় [আলমগীর হোসেনের] সঙ্গে।" and "[X-এর] কাছে জানতে চাইলে" -> True."""
        g, text = self.g, self.text
        if self.heard_in_own_voice(end, entity):
            return True
        if g.interlocutor_with_rx is None or g.interlocutor_talk_rx is None:
            return False
        if g.interlocutor_with_rx.match(text, end) is None and not self.asked_in_object_case(start, end):
            return False
        return g.interlocutor_talk_rx.search(text, sentence_start(text, start), next_sentence_stop(text, end)) is not None

    @speaker_rule("heard_in_own_voice")
    def heard_in_own_voice(self, end: int, entity: Entity | None = None) -> bool:
        """Whether the name ending at `end` (in the genitive) is followed by one of the pack's
        `voice_nouns`: the words told are that person's own, so a singular pronoun after it may
        stand for them, as for the one asked (rule interlocutor). A name the NER cut before its
        last, genitive word (`name_cut_before_its_case_ending`) is read through that word.

        Example: "সংবাদ সম্মেলনে [মন্ত্রী রাশেদা খানমের] কণ্ঠে ছিল হতাশা। তিনি বলেন, ..." -> True;
        "[রাশেদা খানমের] বাড়িতে" -> False."""
        if self.g.voice_rx is None:
            return False
        if self.g.voice_rx.match(self.text, end) is not None:
            return True
        if entity is None or not self.name_cut_before_its_case_ending(entity):
            return False
        m = _WORD_AFTER_NAME.match(self.text, entity.end)
        return m is not None and self.g.voice_rx.match(self.text, m.end(1)) is not None

    @speaker_rule("asked_in_object_case")
    def asked_in_object_case(self, start: int, end: int) -> bool:
        """Whether the name at text[start:end] carries an object ending (the pack's
        `non_subject_suffixes`) in place of a postposition written apart: the person asked in "X-কে
        প্রশ্ন করা হলে তিনি বলেন" answers, as "X-এর কাছে জানতে চাইলে" does (`interlocutor_at`
        still wants a word of asking or talk in the sentence).

        Example: "শিক্ষক আবদুর রশিদকে প্রশ্ন করা হলে" -> True at "আবদুর রশিদ[কে]"."""
        return self._object_ending(self._word_at_end(start, end))

    @speaker_rule("adjective_title")
    def adjective_title(self, start: int, end: int) -> bool:
        """Whether the title at text[start:end] is an adjective of the noun after it (a word of the
        pack's `adjective_titles`, then a word that is neither a name, a rank or honorific, a cue,
        an adverb nor a joining word): "যানজটের প্রধান কারণ হিসেবে তিনি বলেন" names nobody by
        "প্রধান", while "দলের প্রধান খালেদা জিয়া" and "দলের প্রধান বলেন" do.

        Example: "বার্দোর প্রধান আক্রমণগুলো ছিল ..." -> True; "সংস্থার প্রধান ড. X বলেন" and "পুলিশ
        প্রধান থানা থেকে ..." (one office of two words) -> False."""
        words = self.text[start:end].split()
        if not self.g.adjective_titles or not words or words[-1] not in self.g.adjective_titles:
            return False
        # a bare noun right before it makes one office of the two ("পুলিশ প্রধান থানা থেকে ...")
        before = _WORD_BEFORE.search(self.text, 0, start)
        if len(words) == 1 and before is not None and before.group("w") not in self.g.postpositions:
            return False
        nxt = _NEXT_WORD.match(self.text, end)
        if nxt is None:  # punctuation, a quotation or the end of the text follows: the title's own
            return False
        word = nxt.group("w")
        if (any(e.start == nxt.start("w") for e in self.entities) or word in self.g.name_prefixes
                or word in self.g.adverbs or word in self.g.clause_joiners or "." in word
                or self.g.honorific_end_rx is not None and self.g.honorific_end_rx.search(word)):
            return False
        return self.g.cue_rx.match(self.text, nxt.start("w")) is None

    def _add_institutions(self, b: int, ents: list[Entity], used: set[int], out: list[Mention]) -> None:
        """Add each body named after a place or organisation entity ("South Africa's foreign ministry") to `out`."""
        if self.g.institution_rx is None:
            return
        for e in ents:
            if id(e) in used or e.type in PERSON_TYPES:
                continue
            # "South Africa's foreign affairs ministry": the body speaks for its country when
            # the registry does not know the body itself
            m = self.g.institution_rx.match(self.text, e.end, b)
            if m is not None:
                used.add(id(e))
                whole = self.text[e.start:m.end()]
                actor = self.resolve(whole) or self.body_inside_institution(e.end, m.end(), ents) or self.entity_actor(e)
                out.append(Mention(e.start, m.end(), whole, "ORG", actor, nominative=self.nominative(e.start, m.end())))

    @speaker_rule("body_inside_institution", decided=lambda args, actor: actor is not None)
    def body_inside_institution(self, a: int, b: int, ents: list[Entity]) -> Actor | None:
        """The actor the linker gave the body itself, an organisation entity within text[a:b] after
        the place or organisation owning it ("Moscow's [defence ministry]" linked to the Russian
        defence ministry): that body speaks, not its owner. None where no such entity has an actor.

        Example: "Moscow's defence ministry" with ORG "defence ministry" -> its actor, not Moscow."""
        inner = [x for x in ents if a <= x.start and x.end <= b and x.type not in PERSON_TYPES and x.actor is not None]
        return self.entity_actor(inner[-1]) if inner else None

    def _add_entities(self, ents: list[Entity], used: set[int], out: list[Mention]) -> None:
        """Add each person or speaking group the NER found, and no other mention stands for, to `out`."""
        for e in ents:
            if id(e) in used:
                continue
            if e.type not in PERSON_TYPES and e.type not in SPEAKING_GROUPS:
                continue
            rule = None if e.type in PERSON_TYPES else next(
                (name for name, test in (("person_named_elsewhere", self.person_named_elsewhere),
                                         ("body_set_off_before_office", self.body_set_off_before_office)) if test(e)), None)
            person = e.type in PERSON_TYPES or rule is not None
            out.append(Mention(e.start, e.end, e.text, "PER" if person else "ORG", self.entity_actor(e),
                               nominative=self.nominative(e.start, e.end, e), entity=e,
                               rules=self._rules_at(e) + ([rule] if rule else []),
                               fullest_done=(e.start, e.end) in self.cut_names))

    def _add_honorific_names(self, a: int, b: int, out: list[Mention]) -> None:
        """Add each name after an honorific in text[a:b] ("মি. রহিম") that overlaps no mention to `out`."""
        if self.g.honorific_name_rx is None:
            return
        for m in self.g.honorific_name_rx.finditer(self.text, a, b):
            ns, ne = m.span("name")
            if any(x.start < ne and ns < x.end for x in out):
                continue
            ne, rules = self.honorific_name_to_cue(ns, ne)
            # the speaker's words are the name: "মি." is no part of the person's name
            out.append(Mention(m.start(), ne, self.text[m.start():ne], "PER", None, nominative=self.nominative(ns, ne),
                               lookup=self.text[ns:ne], name=(ns, ne), rules=rules))

    def _add_pronouns(self, a: int, b: int, out: list[Mention]) -> None:
        """Add each pronoun in text[a:b] that starts inside no mention to `out`."""
        if self.g.pronoun_rx is None:
            return
        for m in self.g.pronoun_rx.finditer(self.text, a, b):
            if any(x.start <= m.start() < x.end for x in out):
                continue
            # a genitive pronoun ("তার ভাই বলেন") is nobody's subject
            out.append(Mention(m.start(), m.end(), m.group(), "pronoun",
                               plural=m.group().lower() in self.g.pronouns_plural,
                               nominative=m.group().lower() not in self.g.non_subject_words))

    def _add_body_references(self, a: int, b: int, out: list[Mention]) -> None:
        """Add each word in text[a:b] referring back to an organisation ("the party", "it"), overlapping no mention, to `out`."""
        if self.g.body_reference_rx is None:
            return
        # "the party", "the statement", "it", "সংগঠনটি": an organisation named before speaks
        heads = self.body_named_by_its_head()
        for m in self.g.body_reference_rx.finditer(self.text, a, b):
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                # ("the commission" after "the Anti-Corruption Commission": also the head of a name)
                rules = ["body_named_by_its_head"] if heads is not None and heads.fullmatch(self.text, m.start(), m.end()) else []
                out.append(Mention(m.start(), m.end(), m.group(), "body", nominative=self.nominative(m.start(), m.end()),
                                   rules=rules))
        for rx, rule in ((heads, "body_named_by_its_head"),
                         (self.described_body_reference(), "described_body_reference")):
            for m in (rx.finditer(self.text, a, b) if rx is not None else ()):
                if rule == "described_body_reference" and not self.noun_phrase_ends(m.end()):
                    continue
                if not any(x.start < m.end() and m.start() < x.end for x in out):
                    out.append(Mention(m.start(), m.end(), m.group(), "body", nominative=self.nominative(m.start(), m.end()),
                                       rules=[rule]))

    # (the mentions it makes carry its name to the trace: building the pattern decides nothing)
    @speaker_rule("described_body_reference", decided=lambda args, rx: False)
    def described_body_reference(self) -> regex.Pattern | None:
        """A reference of the pack's `body_references` made of an article and a noun, with one
        or two lower-case words describing the body between them ("the trade body", "the global
        publishers' body", "the rights group"): the same reference back to a body named or heard
        before, of the bare reference's kind ("the local party" is "the party": rule
        body_kind_agrees). A word that sets another body apart (the pack's
        `other_body_modifiers`: "the rival group") makes no reference; a capitalised word names
        a body of its own ("the Indian embassy"), and a document is no body ("the case
        statement"). None where no reference has that shape.

        Example: "The trade body said" -> a match "The trade body"; "the rival group said" -> none."""
        return self.g.described_body_rx  # built once per pack (quotes.grammar._described_body_rx)

    @speaker_rule("noun_phrase_ends")
    def noun_phrase_ends(self, pos: int) -> bool:
        """Whether a described reference's noun ends its phrase: punctuation or the text's end
        follows, a verb (a cue, one of the pack's `adverbs` or `clause_verbs`, a word with a
        `past_endings` ending) or an adjunct's preposition (of its `cue_adjuncts`: "the body in
        a statement said"); another word makes the noun a modifier of the next ("the local
        union council": no union speaks).

        Example: "the trade body| said" -> True; "the local union| council," -> False."""
        m = regex.match(r"\s*([\p{L}\p{M}'’-]*)", self.text[pos:pos + 40])
        word, w = m.group(1), m.group(1).lower()
        return (not word or self.g.cue_start_rx.match(self.text, pos + m.start(1)) is not None
                or w in self.g.adverbs or w in self.g.clause_verbs or w in self.g.adjunct_prepositions
                or w.endswith(self.g.past_endings or ("\0",)))

    # (the mentions it makes carry its name to the trace: building the pattern decides nothing)
    @speaker_rule("body_named_by_its_head", decided=lambda args, rx: False)
    def body_named_by_its_head(self) -> regex.Pattern | None:
        """A definite article before the head word of an organisation the article names ("the bureau"
        after "Bangladesh Bureau of Statistics", "the department" after "Department of Disaster
        Management"): a reference to a body of that name, whatever word heads its name (the
        pack's `body_references` list only the usual ones). None in a language without definite
        articles (the pack's `determiners` that are not `indefinites`) or without such a body.
        Only a body whose name holds the word is its antecedent (rule body_kind_agrees).

        Example: ORG "Bangladesh Bureau of Statistics" -> a pattern matching "the bureau" (its head,
        `_name_head`); ORG "Corporal Kader" (a person the NER typed ORG) -> "the kader", never "the
        corporal"."""
        if not hasattr(self, "_head_rx"):
            definite = self.g.determiners - self.g.indefinites
            places = {w for e in self.entities if e.type not in ("ORG",) for w in e.text.lower().split()}
            heads = {_name_head(e.text).lower() for e in self.entities if e.type == "ORG"}
            words = {w for w in heads if len(w) >= _HEAD_WORD_CHARS and w.isalpha() and w not in places}
            self._head_rx = regex.compile(
                rf"{_B}(?:{'|'.join(sorted(map(regex.escape, definite)))})\s+(?:{'|'.join(sorted(map(regex.escape, words)))})(?![\p{{L}}\p{{M}}])",
                regex.IGNORECASE) if definite and words else None
        return self._head_rx

    @speaker_rule("person_named_elsewhere")
    def person_named_elsewhere(self, e: Entity) -> bool:
        """Whether an organisation the registry does not know is a person the NER typed as a
        person elsewhere in the body ("OC ..., Khandaker Hafizur Rahman, told" with ORG
        "Khandaker Hafizur Rahman" and PER "Hafizur Rahman" later): the same name, or a name of
        two words or more that it ends with.

        Example: ORG "Khandaker Hafizur Rahman" beside PER "Hafizur Rahman" -> True."""
        if not _unknown_body(e):
            return False
        if not hasattr(self, "_body_person_names"):
            self._body_person_names = {_key(p.text) for p in self.entities
                                       if p.type in PERSON_TYPES and self.people.in_body(p.start)}
        name = _key(e.text)
        return any(name == p or (len(p.split()) >= 2 and name.endswith(" " + p)) for p in self._body_person_names)

    @speaker_rule("body_set_off_before_office")
    def body_set_off_before_office(self, e: Entity) -> bool:
        """Whether an organisation the registry does not know is followed by a comma and one
        person's office of a named body ("[Selim R F Hussain], managing director of BRAC Bank,
        spoke"): a person the NER mistyped as a body, named with the office. Only where names
        have a shape (the pack's `name`) and titles take complements (`title_complements`).

        Example: ORG "Selim R F Hussain" before ", managing director of BRAC Bank" -> True;
        "Dhaka Reporters Unity, general secretary X" (no "of" after the title) -> False."""
        g = self.g
        if (not _unknown_body(e) or g.name_rx is None or g.title_rx is None or g.title_complement_rx is None
                or g.office_lead_rx is None):
            return False
        comma = _COMMA.match(self.text, e.end)
        if comma is None:
            return False
        pos = comma.end()
        # (an article and up to two words of the office may come first: "the managing director")
        title = g.title_rx.search(self.text, pos, pos + 60)
        if title is None or not g.office_lead_rx.fullmatch(self.text, pos, title.start()):
            return False
        return not self.plural_title(title.group()) and g.title_complement_rx.match(self.text, title.end()) is not None

    def _rules_at(self, e: Entity) -> list[str]:
        """The named rule that made this entity a speaker's name, if one did."""
        rule = self.rule_spans.get((e.start, e.end))
        return [rule] if rule else []

    def _adjacent_person(self, pos: int, ents: list[Entity]) -> Entity | None:
        """The named person right after a title at `pos` (only spaces, a comma or an honorific
        between), if that name is in the title's case. Where the NER found no name there, a
        name-shaped word sequence (the pack's `name`) stands in, as an entity without actor. A name
        the NER ran on over an addressee ("[শাহীন আলম বার্তা২৪.কমকে] জানান") is cut back to the person
        (`name_before_addressee`)."""
        e = next((x for x in ents if x.type in PERSON_TYPES and x.start >= pos), None)
        if e is None or not self._gap_ok(pos, e.start):
            e = (self.unknown_body_after_title(pos) or self._name_after(pos) or self.holder_after_office_of_body(pos)
                 or self.holder_inside_unknown_body(pos))
            if e is None:
                return self.genitive_holder_before_statement(pos)
        # "উত্তর কোরিয়ার নেতা পুতিনকে": a name in another case is not the title's holder; one in
        # the genitive before a statement noun is ("গভর্নর X-এর ভাষ্য": title and name one phrase)
        if self.nominative(e.start, e.end, e) or self.genitive_before_statement(e.end):
            return e
        # a holder in the genitive before a statement noun the NER may cut: "[আহসান] মনসুরের কণ্ঠে"
        return self.name_before_addressee(e) or self.genitive_holder_before_statement(pos)

    @speaker_rule("genitive_holder_before_statement", decided=lambda args, found: found is not None)
    def genitive_holder_before_statement(self, pos: int) -> Entity | None:
        """Where names have no shape, the words after a title at `pos` that close in the genitive
        right before the noun of a statement or voice ("ওসি [শাহীন রেজা]র ভাষ্য, ...", "গভর্নর
        [আহসান মনসুর]ের কণ্ঠে", "বিশ্লেষক মেজর জেনারেল (অব.) [এ এন এম মুনীরুজ্জামান]ের মতে"):
        title and name are one phrase, its case ending on the last word, so the name is the
        title's holder, the owner of the words (the NER often finds no name in the genitive).
        Ranks may stand between (`_rank_gap`), letter initials open the name; one to three name
        words, none a title, pronoun, determiner, postposition, no-name or running word, no entity
        running past them, and none the registry knows as something other than a person.

        Example: " শাহীন রেজার ভাষ্য, খবর পেয়ে ..." after "ওসি" -> PER "শাহীন রেজা"."""
        if self.g.name_rx is not None or not self.g.genitive_endings:
            return None
        words = self._words_after(pos, _GENITIVE_RUN_WORDS)
        while words and (words[0][0].lower() in self.g.name_prefixes or _ABBREVIATION.fullmatch(words[0][0])):
            words = words[1:]  # ranks: "মেজর জেনারেল (অব.)"
        initials = 0
        while initials < len(words) and len(words[initials][0]) <= _INITIAL_CHARS:
            initials += 1  # letter initials: "এ এন এম"
        for n in range(initials + 1, min(len(words), initials + _NAME_WORDS_MAX) + 1):
            last, _, last_end = words[n - 1]
            ending = next((x for x in self.g.genitive_endings if has_case_ending(last, x)), None)
            if ending is None:
                continue
            if not self.genitive_before_statement(last_end) or last.lower() in self.g.non_subject_words or (
                    self.g.pronoun_rx is not None and self.g.pronoun_rx.fullmatch(last)) or last.endswith(
                    self.g.plural_genitive_endings or ("\0",)):
                return None  # (a reflexive, pronoun or plural in the genitive: "উকিল নিজেদের বক্তব্য",
                # "উপদেষ্টা শিক্ষার্থীদের দাবি": a group is nobody's name)
            return self._genitive_name(words[0][1], last_end - len(ending), last_end,
                                       [w for w, _, _ in words[initials:n - 1]] + [last[: -len(ending)]])
        return None

    def genitive_before_statement(self, end: int) -> bool:
        """Whether the word ending at (or running on from) `end` closes in the genitive right
        before the noun of a statement or voice (the cue pattern's nouns, `voice_nouns`).

        Example: "রেজার" before " ভাষ্য, ..." -> True; "রেজার বাড়িতে" -> False."""
        if not self.g.genitive_endings:
            return False
        m = _WORD_TAIL.match(self.text, end)
        word_end = m.end() if m else end
        before = self.text[:word_end].rsplit(None, 1)  # (the text before copied once, not twice)
        word = before[-1] if before else ""
        if not any(has_case_ending(word, x) for x in self.g.genitive_endings):
            return False
        after = _RUN_WORD.match(self.text, word_end)
        return after is not None and after.group(1) in self.g.statement_noun_words

    def _words_after(self, pos: int, limit: int) -> list[tuple[str, int, int]]:
        """Up to `limit` words after `pos` on its line, each (word, start, end), up to a comma or stop."""
        out = []
        m = _RUN_WORD.match(self.text, pos)
        while m is not None and len(out) < limit:
            out.append((m.group(1), m.start(1), m.end(1)))
            m = _RUN_WORD.match(self.text, m.end())
        return out

    def _genitive_name(self, start: int, end: int, word_end: int, words: list[str]) -> Entity | None:
        """The name words text[start:end] (their genitive ending, up to `word_end`, taken off) as a
        person, or None where one of them cannot be a name (`genitive_holder_before_statement`'s checks)."""
        if self.function_word_or_title(start, end, words, self.g.non_subject_words):
            return None
        if any(self.no_name_word(w) for w in words) or self.running_words_no_name(words):
            return None
        # (an entity inside the name is the name cut by the NER: "[আহসান] [মনসুরের]", or a first
        # name taken for a body: "[শাহীন] রেজার")
        if any(e.start < end and start < e.end and not (start <= e.start and e.end <= word_end)
               for e in self.entities):
            return None
        name = " ".join(self.text[start:end].split())
        actor = self.resolve(name)
        known = self.registry_type(actor)
        if known is not None and known not in PERSON_TYPES:
            return None  # a body or a place the registry knows ("ঢাকার"), never a holder
        return Entity(text=name, start=start, end=end, type="PER", actor=actor)

    def registry_type(self, actor: Actor | None) -> str | None:
        """The type the registry gives `actor` ("PER", "ORG", ...), or None where there is no
        registry or it does not know the actor (a provisional one): the check `_genitive_name` and
        `group_title_not_one_person` share.

        Example: the chief adviser -> "PER"; a provisional "শাহীন রেজা" -> None."""
        known = getattr(self.registry, "actors", {}).get(actor.id) if actor is not None else None
        return getattr(known, "type", None)

    @speaker_rule("name_before_apposition")
    def name_before_apposition(self, start: int, title: Mention) -> Mention | None:
        """A speaker region that opens with a name set off by a comma before the title ("[Rina
        Paul], senior member of the guild and editor at the Courier, said"): the name is the
        speaker, where the NER found none there. Only where names have a shape (the pack's
        `name`), and never over a body the registry knows.

        Example: "Rina Paul, senior member of the guild, said ..." -> PER "Rina Paul"; also after
        a clause leading the sentence ("Expressing concern, Rina Paul, senior member ... said")."""
        if self.g.name_rx is None or title.plural:
            return None
        # (the name may follow a clause set off before it: each comma before the title opens a try)
        starts = [start] + [start + c.end() for c in regex.finditer(",", self.text[start:title.start])]
        return next((m for m in map(lambda s: self._name_set_off_at(s, title), starts) if m is not None), None)

    def _name_set_off_at(self, start: int, title: Mention) -> Mention | None:
        """The name opening text[start:] and set off by a comma before `title` (rule
        name_before_apposition); a body the registry does not know there is taken whole.

        Example: text[start:] " Rina Paul, senior member of the guild, said" with title "member"
        -> PER "Rina Paul"; "Expressing concern, Rina Paul, ..." -> None (no name opens it)."""
        pos = _SPACES.match(self.text, start).end()
        h = self.g.honorific_name_rx.match(self.text, pos) if self.g.honorific_name_rx is not None else None
        ns, ne = h.span("name") if h is not None else (pos, pos)
        body = next((e for e in self.entities if e.start == pos and _unknown_body(e)), None)
        if body is not None:  # a long name the NER typed as a body ("Anwar Ul Alam Chowdhury Parvez")
            ns, ne = body.start, body.end
        elif h is None:
            nm = self.g.name_rx.match(self.text, pos)
            if nm is None:
                return None
            ne = pos + len(nm.group().rstrip())
        comma = regex.match(r"\s*,", self.text[ne:title.start])
        if comma is None or ne + comma.end() > title.start or _CLAUSE_END.search(self.text, ne + comma.end(), title.start):
            return None
        if any(e.start < ne and ns < e.end and not _unknown_body(e) for e in self.entities):
            return None
        return Mention(ns, ne, self.text[ns:ne], "PER", None, name=(ns, ne), rules=["name_before_apposition"])

    @speaker_rule("unknown_body_after_title")
    def unknown_body_after_title(self, pos: int) -> Entity | None:
        """A name right after a person's title that the NER called an organisation and the
        registry does not know is the title's holder, a person: a title names a person's office,
        and a body the registry lacks is as often a person the NER mistyped.

        Example: "The plaintiff's lawyer, [Tanvir Ahmed Al Amin], stated" with ORG "Tanvir Ahmed
        Al Amin" (a provisional actor) -> that entity, as the lawyer. A registry body after a
        title ("police, [Border Guard Bangladesh]") is not taken."""
        e = next((x for x in self.entities if x.start >= pos), None)
        if e is None or not _unknown_body(e) or not self._gap_ok(pos, e.start) or self.body_in_genitive(e):
            return None
        self.rule_spans[(e.start, e.end)] = "unknown_body_after_title"
        return Entity(text=e.text, start=e.start, end=e.end, type="PER", actor=e.actor)

    @speaker_rule("body_in_genitive")
    def body_in_genitive(self, e: Entity) -> bool:
        """Whether a body the registry lacks closes in the genitive (the pack's `genitive_endings`)
        and so qualifies the noun after it, no holder of the title before it ("স্বরাষ্ট্র উপদেষ্টা
        [বিজিবি সদর দফতরের] অভয়ারণ্যে": the sanctuary of the headquarters). Not where a statement
        noun follows ("X-এর ভাষ্য": the title's holder speaking), nor where the ending is part of
        the name its actor romanises ("আবদুল কাদের" -> Abdul Kader, a person the NER typed ORG).

        Example: ORG "বিজিবি সদর দফতরের" (BGB Headquarters) -> True; ORG "আবদুল কাদের" -> False."""
        words = e.text.split()
        # (a bare "র" closes many a name's own last word: "মহানগর")
        suffix = max((x for x in self.g.genitive_endings if words and has_case_ending(words[-1], x)), key=len, default="")
        if len(suffix) < _GENITIVE_MIN_CHARS or e.actor is None or self.genitive_before_statement(e.end):
            return False
        whole = provisional_actor(words[-1], self.rec.language)
        stem = provisional_actor(words[-1][: -len(suffix)], self.rec.language)
        last = _key(e.actor.name.split()[-1]) if e.actor.name.split() else ""
        if whole is None or stem is None or not last:
            return False
        as_whole, as_stem = _likeness(last, _key(whole.name)), _likeness(last, _key(stem.name))
        return not (as_whole >= _SPELT_ALIKE and as_whole > as_stem)

    @speaker_rule("holder_inside_unknown_body", decided=lambda args, found: found is not None)
    def holder_inside_unknown_body(self, pos: int) -> Entity | None:
        """The name ending an organisation the registry does not know, where a title ending at
        `pos` opens it ("[Planning Adviser Nasir Uddin Ahmed]" tagged ORG as one): the NER took
        the office into a person's name, so the words after the title are the title's holder,
        as a name beside an untagged title would be. Only name-shaped words (the pack's `name`)
        that run to the entity's end.

        Example: ORG "Information Adviser Mahfuza Rahman Lipi", title ending after "Adviser" ->
        PER "Mahfuza Rahman Lipi"; ORG "Planning Commission" -> None (no name after the title)."""
        body = next((e for e in self.entities if e.start < pos < e.end and _unknown_body(e)), None)
        if body is None or self.g.name_rx is None:
            return None
        start = _SPACES.match(self.text, pos).end()
        nm = self.g.name_rx.match(self.text, start)
        if nm is None or start + len(nm.group().rstrip()) != body.end:
            return None
        return Entity(text=self.text[start:body.end], start=start, end=body.end, type="PER", actor=None)

    @speaker_rule("holder_after_office_of_body", decided=lambda args, found: found is not None)
    def holder_after_office_of_body(self, pos: int) -> Entity | None:
        """The person named right after a title's complement that names the body the office is
        of ("Deputy Director [of the Department of Environment], Khandaker Pasha, told ..."):
        the title's holder, as a name right after the bare title would be. The complement is
        one of the pack's `title_complements` and runs over the bodies and places it names,
        each joined to the next by one ("office of the"); the holder is a person, a body the
        registry does not know (a mistyped person) or name-shaped words the NER left untagged.

        Example: "Additional Commissioner of the Detective Branch Shafiqul Islam told" after
        the title -> "Shafiqul Islam"; "The ambassador of the EU met X" -> None."""
        joint = self.g.complement_joint_rx
        if joint is None or not joint.match(self.text, pos):
            return None
        end = pos
        for e in self.entities:  # in text order
            if e.start < end:
                continue
            if e.type in PERSON_TYPES or not joint.fullmatch(self.text, end, e.start):
                break
            end = e.end
        if end == pos:
            return None
        person = next((x for x in self.entities if x.type in PERSON_TYPES and x.start >= end), None)
        if person is not None and self._gap_ok(end, person.start):
            return person
        return self.unknown_body_after_title(end) or self._name_after(end)

    def plural_title(self, title: str) -> bool:
        """Whether a title names a group: its last word is one of the pack's `plural_titles`.

        Example: "ব্যবসায়ীরা" -> True; "মুখপাত্র" -> False."""
        words = title.lower().split()
        return bool(words) and words[-1] in self.g.plural_titles

    @speaker_rule("office_of_body_set_off")
    def office_of_body_set_off(self, end: int) -> bool:
        """Whether a title ending at `end` goes on with the body its office is of (the pack's
        `title_complements`), then a comma, bracket or the sentence's end: an apposition set off
        like one closed by a comma ("said Md Karim, officer-in-charge of Sadar Police Station.").

        Example: " of Sadar Police Station." -> True; " of the drought said" -> False."""
        rx = self.g.title_complement_rx
        m = rx.match(self.text, end) if rx is not None else None
        if m is None:
            return False
        # (the name's pattern takes a closing full stop in, and may run on past it into the next
        # sentence's first word: "Station.\nDivers")
        return _SENTENCE_STOP.search(m.group()) is not None or _COMMA_OR_CLOSE.match(self.text, m.end()) is not None

    def _gap_ok(self, pos: int, start: int) -> bool:
        gap = self.text[pos:start]
        if "\n" in gap:  # (a paragraph's end never stands between a title and its holder: "the OC added.\nRoad ...")
            return False
        return bool(_GAP.fullmatch(gap) or (self.g.honorific_rx and len(gap) < 16 and self.g.honorific_rx.search(gap))
                    or self._rank_gap(gap))

    def _rank_gap(self, gap: str) -> bool:
        """Ranks, abbreviations and honorifics between a title and its holder's name ("Home
        adviser [Maj. Gen. (retd) Md] Omar Faruq", "উপদেষ্টা [লে. জে. (অব.)] X"): every word
        is a listed prefix, an abbreviation with a full stop or a short aside in brackets."""
        words = gap.split()
        return 0 < len(words) <= _RANK_WORDS and all(
            w.lower() in self.g.name_prefixes or _ABBREVIATION.fullmatch(w) for w in words)

    def _names_before(self, pos: int) -> list[Entity]:
        """Name-shaped words ending just before `pos` where the NER found no name there
        ("Ambassador Tracey Ann Jacobson, the Chargé d'Affaires")."""
        if self.g.name_rx is None:
            return []
        out = []
        for a, b in self._titled_names:
            if b <= pos and _GAP.fullmatch(self.text[b:pos]):
                out.append(Entity(text=self.text[a:b], start=a, end=b, type="PER"))
        return out

    def _name_after(self, pos: int) -> Entity | None:
        if self.g.name_rx is None:
            return self._name_before_cue(pos)
        m = _GAP.match(self.text, pos)
        start = m.end() if m else pos
        if self.g.honorific_rx is not None:  # "Ambassador Mr. X"
            h = regex.match(r"\S{1,6}\s+", self.text[start:start + 16])
            if h and self.g.honorific_rx.search(h.group().rstrip()):
                start += h.end()
        nm = self.g.name_rx.match(self.text, start)
        if nm is None:
            return None
        name = nm.group().rstrip()
        end = start + len(name)
        if any(e.start < end and start < e.end for e in self.entities):
            return None
        # a title's own words ("Secretary of State") are not a name
        if self.g.title_rx is not None and self.g.title_rx.search(name):
            return None
        return Entity(text=name, start=start, end=end, type="PER")

    @speaker_rule("unnamed_subject")
    def unnamed_subjects(self, a: int, b: int) -> list[Mention]:
        """Name-shaped words opening a sentence in text[a:b] that the NER left untagged
        ("Joynal Mia blamed poor maintenance. '...,' he said."): a person who is the subject
        there, so a pronoun after it is theirs, not the speaker's before. Only where names
        have a shape (the pack's `name`), never over an entity, a title or a known body, and
        only before a lower-case word that is no passive auxiliary (a person acts: not "Dhaka
        University Road", "Char Kukri Road was flooded").

        Example: "Joynal Mia blamed the council." -> PER "Joynal Mia"."""
        if self.g.name_rx is None:
            return []
        out = []
        for st in _SENTENCE_START.finditer(self.text, a, b):
            start = st.end()
            nm = self.g.name_rx.match(self.text, start)
            if nm is None or nm.end() >= b:
                continue
            name = nm.group().rstrip(" ,")
            end = start + len(name)
            after = self.text[end:end + 24].split()[:1]
            # a person acts ("X blamed ..."); a thing is described ("X Road was flooded")
            if not after or not after[0][:1].islower() or after[0].lower() in self.g.passive_auxiliaries:
                continue
            if any(e.start < end and start < e.end for e in self.entities):
                continue
            if (self.g.title_rx is not None and self.g.title_rx.search(name)) or self.resolve(name) is not None:
                continue
            out.append(Mention(start, end, name, "PER", None, nominative=True, name=(start, end),
                               rules=["unnamed_subject"]))
        return out

    @speaker_rule("body_named_by_its_last_word", decided=lambda args, found: found is not None)
    def body_named_by_its_last_word(self, region: str, start: int) -> Actor | None:
        """A bare speaker region of one word that is the last word of an organisation's name the
        article gave before it, in any case ("প্রবাসীকল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়ের ...
        । মন্ত্রণালয় বলছে, ...", "আবহাওয়া অধিদপ্তরের ... । ... বলে সতর্ক করেছে অধিদপ্তর"): that
        body, the nearest so named. Only in a language without definite articles (one with them
        says "the ministry": rule body_named_by_its_head).

        Example: "মন্ত্রণালয়" after "পররাষ্ট্র মন্ত্রণালয়ের" -> Ministry of Foreign Affairs."""
        words = region.split()
        if len(words) != 1 or self.g.determiners - self.g.indefinites:
            return None
        word = words[0]
        named = [e for e in self.entities if e.type == "ORG" and e.actor is not None and e.end <= start
                 and len(e.text.split()) > 1 and self._last_word_is(e.text.split()[-1], word)]
        return max(named, key=lambda e: e.start).actor.model_copy() if named else None

    def _last_word_is(self, last: str, word: str) -> bool:
        """Whether a name's last word is `word`, bare or with a genitive ending (the pack's
        `genitive_endings`): "মন্ত্রণালয়ের" is "মন্ত্রণালয়"."""
        return last == word or (last.startswith(word) and last[len(word):] in self.g.genitive_endings)

    @speaker_rule("person_typed_as_place", decided=lambda args, found: found is not None)
    def person_typed_as_place(self, start: int, end: int) -> Actor | None:
        """A bare speaker region of one to three capitalised words that the NER tagged as a place
        or body the registry does not know, alone or run on into the cue ("[Tetyana] said" LOC,
        "[Raphinha told]" ORG): a person the NER mistyped, as the provisional actor of those
        words. A place speaks only by a name the registry knows ("Dhaka said"). Only where names
        have a shape (the pack's `name`).

        Example: LOC "Tetyana" (no registry actor) before "said" -> the provisional "Tetyana"."""
        words = self.text[start:end].split()
        if self.g.name_rx is None or not 0 < len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return None
        e = next((x for x in self.entities if x.start == start and x.end >= end), None)
        if e is None or e.type in PERSON_TYPES or (e.actor is not None and not _unregistered(e.actor)):
            return None
        rest = self.text[end:e.end].split()  # (the cue the NER ran on into: "Raphinha told")
        if len(rest) > 1 or (rest and not rest[0].islower()):
            return None
        return provisional_actor(" ".join(words), self.rec.language)

    def _name_before_cue(self, pos: int) -> Entity | None:
        """Where names have no shape (no capitals), the words between a title and the cue
        that closes the clause name the title's holder ("প্রধান কোচ [রহিম উদ্দিন]
        জানিয়েছেন"): one to three words, none a pronoun, title, determiner or
        word in another case, with only spaces after the title. An adjunct of the pack's
        `name_adjuncts` may stand between the name and the cue ("সাধারণ সম্পাদক [রহিম উদ্দিন]
        এ প্রসঙ্গে বলেন")."""
        m = _BARE_NAME.match(self.text, pos)
        return self.bare_name_at(m.start("name")) if m is not None else None

    def bare_name_at(self, start: int) -> Entity | None:
        """The words from `start` to the cue that closes the clause, as a person's name
        (`_name_before_cue`'s checks): None where they are no name."""
        end = self.name_end_before_cue(start)
        if end is None:
            return None
        words = self.text[start:end].split()
        if self.function_word_or_title(start, end, words):
            return None
        if words_standing_for_a_quote(self.g, words) or any(self.no_name_word(w) for w in words):
            return None
        if self.running_words_no_name(words):
            return None
        if any(e.start < end and start < e.end for e in self.entities) or not self.nominative(start, end):
            return None
        return Entity(text=self.text[start:end], start=start, end=end, type="PER")

    @speaker_rule("shapeless_name_speaks", decided=lambda args, actor: actor is not None)
    def shapeless_name_speaks(self, start: int, end: int) -> Actor | None:
        """Where names have no shape (no capitals), a bare region before a person's cue (rule
        person_cue_region) that the NER left untagged and that is all of a name closing on the
        cue (`bare_name_at`'s checks: no function word, title, stop word, running word or other
        case) names a person, unless a word names a group (`group_word`: "আবহাওয়াবিদরা বলেন",
        "নদী বন্দর কর্তৃপক্ষ জানিয়েছেন" is no one person): that person, as the registry or the
        article knows them, else a provisional actor ("[পেড্রি] বলেন, ...").

        Example: "রহিম উদ্দিন জাগো নিউজকে বলেন, ..." -> the actor of "রহিম উদ্দিন"."""
        if self.g.name_rx is not None:
            return None
        e = self.bare_name_at(start)
        if e is None or e.end != end or any(self.group_word(w) for w in e.text.split()):
            return None
        known = self.resolve(e.text)
        if known is not None:  # (a body the registry knows by these words is no person: "পুলিশ")
            return known if self.registry_type(known) == "PER" else None
        return self.unlinked(start, end)

    def group_word(self, word: str) -> bool:
        """Whether a word names a group, never one person: it ends as a group's noun (the pack's
        `group_noun_endings`) or is a body's head word (`body_heads`).

        Example: "আবহাওয়াবিদরা" -> True; "কর্তৃপক্ষ" -> True; "রহিম" -> False."""
        g = self.g
        return word.endswith(g.group_noun_endings) or word in g.body_heads  # (endswith(()) is False)

    def function_word_or_title(self, start: int, end: int, words: list[str],
                               also: frozenset[str] = frozenset()) -> bool:
        """Whether the words text[start:end] (`words`, split) hold a word no shapeless name holds, a
        determiner, indefinite, adverb, postposition or pronoun (or one of `also`), or a title: the
        first checks of `bare_name_at` and `_genitive_name`.

        Example: ["রহিমের", "কাছে"] -> True (a postposition); ["রহিম", "উদ্দিন"] -> False."""
        g = self.g
        if any(w.lower() in g.determiners or w.lower() in g.indefinites or w.lower() in g.adverbs
               or w.lower() in g.postpositions or w.lower() in also
               or (g.pronoun_rx is not None and g.pronoun_rx.fullmatch(w)) for w in words):
            return True
        return g.title_rx is not None and g.title_rx.search(self.text, start, end) is not None

    @speaker_rule("no_name_word")
    def no_name_word(self, word: str) -> bool:
        """Whether a word before a cue cannot be part of a shapeless name (the pack's
        `bare_name_stops`): a conjunction, a relative word or a demonstrative ("ও কয়েকটি দল
        বলছে", "ভাষণে যা বলেছেন", "এটাও জানিয়েছেন"). Such words join another subject, open a
        relative clause or stand for a thing: no person is named there.

        Example: "যা" -> True; "ও" -> True; "রহিম" -> False."""
        return word.lower() in self.g.bare_name_stops

    @speaker_rule("running_words_no_name")
    def running_words_no_name(self, words: list[str]) -> bool:
        """Whether every word before a cue is running text, never a person's name: each one the
        NER sets tag O nine times in ten and no attested name word (`running_words`, learned
        from the sets' labels). Such a word says how or where the speaker spoke ("দলের এক নেতা
        ফোনে বলেন", "আইনজীবী অবশ্য দাবি করেন"); no new actor ("Fone", "Abashya") is made of it.

        Example: ["মুঠোফোনে"] -> True; ["করিম", "উদ্দিন"] -> False."""
        common = running_words(self.rec.language)
        return bool(common) and all(fold_token(w) in common for w in words)

    @speaker_rule("honorific_name_to_cue")
    def honorific_name_to_cue(self, start: int, end: int) -> tuple[int, list[str]]:
        """Where names have no shape (no capitals), a name after an honorific runs on to the cue
        that closes the clause ("ডা. [মোফাখারুল ইসলাম রানা] বলেন"), not only its first word;
        the end of the name, and the rule's name where it ran on.

        Example: "ডা. রহিম উদ্দিন খান বলেন, ..." -> the end of "রহিম উদ্দিন খান"."""
        if self.g.name_rx is not None:
            return end, []
        e = self.bare_name_at(start)
        return (e.end, ["honorific_name_to_cue"]) if e is not None and e.end > end else (end, [])

    @speaker_rule("name_end_before_cue", decided=lambda args, found: found is not None)
    def name_end_before_cue(self, start: int) -> int | None:
        """Where a bare name opening at `start` ends: right before the cue of its clause (the
        cue may go on: "বলছিলেন যে"; a full stop inside a word, "বার্তা২৪.কম", closes no clause),
        or before an adjunct or an addressee standing between it and the cue ("রহিম উদ্দিন জাগো
        নিউজকে বলেন", rule addressee_before_cue); None when no cue follows within three words
        and those.

        Example: "রহিম উদ্দিন এ প্রসঙ্গে বলেন যে ..." -> the end of "রহিম উদ্দিন"."""
        cue = self.g.cue_start_scan.search(self.text, start, min(len(self.text), start + _NAME_TO_CUE))
        if cue is None or _CLAUSE_BREAK.search(self.text, start, cue.start()):
            return None
        head = self._without_adjuncts(self.text[start:cue.start()].rstrip())
        cut = self.addressee_before_cue(start, start + len(head))
        if cut is not None:  # ("রহিম উদ্দিন [জাগো নিউজকে] বলেন": an adjunct may stand before the addressee too)
            head = self._without_adjuncts(self.text[start:cut].rstrip())
        return start + len(head) if 1 <= len(head.split()) <= 3 else None

    def _without_adjuncts(self, head: str) -> str:
        """`head` without the adjuncts closing it (the pack's `name_adjuncts` and adverbs)."""
        adj = self.g.name_adjunct_rx.search(head) if self.g.name_adjunct_rx is not None else None
        return head[:adj.start()].rstrip() if adj is not None else head

    @speaker_rule("addressee_before_cue", decided=lambda args, found: found is not None)
    def addressee_before_cue(self, start: int, end: int) -> int | None:
        """Where the addressee closing text[start:end] (the words before a cue) begins: its last
        word carries one of the pack's `addressee_endings` and names a body, one the NER found
        (the entity ending there and opening after `start`), one the registry knows without the
        ending, or a web address (a word with a digit); the words before it may name the speaker
        ("কর্মকর্তা [বিবেকানন্দ আচার্য] জাগো নিউজকে বলেন", and "উপপরিদর্শক [শাহীন আলম]
        বার্তা২৪.কমকে জানান" where the NER ran the name on over it). A person in that case
        ("রাশেদ খানকে") is never cut off: the word may be the last of their name.

        Example: "বিবেকানন্দ আচার্য জাগো নিউজকে" with ORG "জাগো নিউজকে" -> the start of "জাগো";
        "আবদুর রহমান খানকে" -> None."""
        words = self.text[start:end].split()
        ending = next((x for x in self.g.addressee_endings if words and has_case_ending(words[-1], x)), None)
        if len(words) < 2 or ending is None:
            return None
        word_start = end - len(words[-1])
        body = next((e for e in self.entities if e.end == end and start < e.start <= word_start
                     and e.type not in PERSON_TYPES), None)
        if body is not None:
            return body.start
        known = self.registry_type(self.resolve(words[-1][:-len(ending)]))
        if (known is not None and known not in PERSON_TYPES) or _DIGIT.search(words[-1]):
            return word_start
        return None

    @speaker_rule("name_run_on_to_cue", decided=lambda args, found: found is not None)
    def name_run_on_to_cue(self, e: Entity) -> Entity | None:
        """Where names have no shape, a person's name the NER cut before its last word, which
        stands alone between the name and the cue of its clause ("[রফিকুল ইসলাম] তালুকদার
        বলেন", "[রফিকুল ইসলাম] তালুকদারের দাবি, ..."): the whole name, with its own actor, of
        the name without the genitive (an adjunct may stand before the cue, as in
        name_end_before_cue). That word must pass bare_name_at's checks: no function word,
        title, running word, word in another case, in the locative or plural (the pack's
        `adjunct_endings`: "হাসিমুখে", "রপ্তানিকারকরা"); None where it does not, or where the
        registry knows a name of two words or more as the NER found it ("শেখ হাসিনা সরকারের দাবি":
        the government's); a one-word name it linked may be another's ("এরশাদ [উল্লাহ]").

        Example: PER "রহিম উদ্দিন" in "রহিম উদ্দিন খান বলেন" -> PER "রহিম উদ্দিন খান"; in
        "রহিম উদ্দিন সেখানে বলেন" -> None (an adverb)."""
        if (self.g.name_rx is not None or e.type not in PERSON_TYPES or not self.people.in_body(e.start)
                or (e.actor is not None and not _unregistered(e.actor) and len(e.text.split()) > 1)):
            return None
        end, stem_end = self._run_on_end(e)
        words = self.text[e.end:stem_end].split() if stem_end > e.end else []
        if (len(words) != 1 or not _RUN_ON_WORD.fullmatch(self.text, e.end, stem_end)
                or any(words[0].endswith(x) for x in self.g.adjunct_endings)
                or not self.nominative(e.start, e.end, e)
                or self.function_word_or_title(e.end, stem_end, words) or self.no_name_word(words[0])
                or words_standing_for_a_quote(self.g, words) or self.running_words_no_name(words)
                or any(x is not e and x.start < end and e.end < x.end for x in self.entities)
                or (end == stem_end and not self.nominative(e.start, end))):
            return None
        actor = self.resolve(self.text[e.start:stem_end]) or self.unlinked(e.start, stem_end)
        return self._whole_name(e, e.start, end, stem_end, actor, "name_run_on_to_cue")

    @speaker_rule("name_cut_short", decided=lambda args, found: found is not None)
    def name_cut_short(self, e: Entity) -> Entity | None:
        """Where names have a shape (the pack's `name`), a person's name the NER cut short, the
        registry knowing none of it: the capitalised words running on after it on its line
        ("[Abu Abdullah] Bhuiyan said", "[Monirul] Islam Khan, a retired professor") or a given
        name and initials right before it ("Kamran T [Rahman] said"). The whole name, with its
        own actor; None where a title or another entity stands in the words added. A registry
        actor named exactly as the NER cut it is a namesake the longer name is not.

        Example: PER "Abu Abdullah" in "Abu Abdullah Bhuiyan said" -> PER "Abu Abdullah Bhuiyan"."""
        rx = self.g.name_rx
        if (rx is None or not (e.type in PERSON_TYPES or _unknown_body(e) or self.registry_type(e.actor) in PERSON_TYPES)
                or not self.people.in_body(e.start)
                or (e.actor is not None and not _unregistered(e.actor) and _key(e.actor.name) != _key(e.text))):
            return None
        m = rx.match(self.text, e.start)
        # (whole words only: "[Mikel Merino]-inspired" runs on over no name)
        end = max(e.end, e.start + len(m.group().rstrip())) if m is not None and self.text[e.end:e.end + 1].isspace() else e.end
        b = _INITIALS_BEFORE.search(self.text, max(0, e.start - 40), e.start)
        start = b.start() if b is not None else e.start
        span = self.text[start:end]
        if ((start, end) == (e.start, e.end) or "\n" in span or span.split()[0].lower() in self.g.determiners
                or (self.g.title_rx is not None and self.g.title_rx.search(span))
                or any(x is not e and x.start < end and start < x.end for x in self.entities)):
            return None
        actor = self.resolve(span) or provisional_actor(" ".join(span.split()), self.rec.language)
        return self._whole_name(e, start, end, end, actor, "name_cut_short")

    @speaker_rule("title_glued_to_name", decided=lambda args, found: found is not None)
    def title_glued_to_name(self, e: Entity) -> Entity | None:
        """Where names have a shape (the pack's `name`), a person's name the NER ran back over the
        title before it, the registry knowing none of it ("[CEC Nasir Uddin] said", "[Driver
        Mannan] said"): the name after the title, with its own actor (the registry's or a new
        one), so that the title is read as the title before a name. None where no title opens
        the entity or no capitalised name follows it ("Narayanganj Superintendent").

        Example: PER "CEC Nasir Uddin" -> PER "Nasir Uddin"."""
        if (self.g.name_rx is None or self.g.title_rx is None or e.type not in PERSON_TYPES
                or (e.actor is not None and not _unregistered(e.actor))):
            return None
        title = self.g.title_rx.match(e.text)
        if title is None or title.group("mods").strip() or title.end() >= len(e.text) or not e.text[title.end()].isspace():
            return None
        rest = e.text[title.end():]
        start = e.start + title.end() + len(rest) - len(rest.lstrip())
        name = self.g.name_rx.match(self.text, start)
        if name is None or start + len(name.group().rstrip()) < e.end:
            return None
        span = " ".join(self.text[start:e.end].split())
        actor = self.resolve(span) or provisional_actor(span, self.rec.language)
        return self._whole_name(e, start, e.end, e.end, actor, "title_glued_to_name")

    @speaker_rule("given_name_cut_off", decided=lambda args, found: found is not None)
    def given_name_cut_off(self, e: Entity) -> Entity | None:
        """Where names have no shape, a surname the NER tagged alone after the given name it left
        out ("তাঁর বড় ছেলে মাসুদ [ফকির] বলেন" after "রওশন ফকির"): the whole name, with its own
        actor, never the fullest name of another who shares the surname. The word before must be
        an attested name word (the pack's name spellings), no common word, name prefix, honorific
        ("বেগম রোকেয়া": `name_honorifics`) or title, on the name's line with only a space between,
        and in no other entity.

        Example: PER "ফকির" in "ছেলে মাসুদ ফকির বলেন" -> PER "মাসুদ ফকির"; in "শিষ্য ফকির বলেন" -> None."""
        if (self.g.name_rx is not None or e.type not in PERSON_TYPES or len(e.text.split()) != 1
                or not self.people.in_body(e.start) or (e.actor is not None and not _unregistered(e.actor))):
            return None
        m = self.free_word_before(e.start)
        if m is None:
            return None
        word = m.group("w")
        spelled, common = name_word_sets(self.rec.language)
        key = fold_token(word)
        if (key not in spelled or key in common or key in name_honorifics(self.rec.language)
                or word.lower().rstrip(".") in self.g.name_prefixes
                or (self.g.honorific_rx is not None and self.g.honorific_rx.search(word))
                or (self.g.title_rx is not None and self.g.title_rx.fullmatch(word))):
            return None
        whole = self.text[m.start("w"):e.end]
        actor = self.resolve(whole) or provisional_actor(whole, self.rec.language)
        return self._whole_name(e, m.start("w"), e.end, e.end, actor, "given_name_cut_off") if actor is not None else None

    def free_word_before(self, pos: int) -> regex.Match | None:
        """The word right before character `pos`, spaces or tabs between, within `_RUN_WORD_CHARS`
        characters (its group `w`), when no entity starting before `pos` takes any of it: the given
        name the NER left off (given_name_cut_off), a title's portfolio (office_with_word_before).
        Example: pos of "ফকির" in "ছেলে মাসুদ ফকির" -> a match whose "w" is "মাসুদ"; None where
        "মাসুদ" is in an entity."""
        m = _WORD_BEFORE.search(self.text, max(0, pos - _RUN_WORD_CHARS), pos)
        if m is None or any(x.start < pos and m.start("w") < x.end for x in self.entities):
            return None
        return m

    def _whole_name(self, e: Entity, start: int, end: int, stem_end: int, actor: Actor, rule: str) -> Entity:
        """The entity of a name the NER cut short, text[start:end], typed as `e` and with its own
        `actor`: noted as found by `rule`, as a cut name (its actor never a fuller name's), and as
        a person named at `start` by its words up to `stem_end` (without a genitive ending)."""
        self.rule_spans[(start, end)] = rule
        self.cut_names.add((start, end))  # (its actor is its own, never a fuller name's)
        self.people.named.append((" ".join(self.text[start:stem_end].split()), actor, start))
        return Entity(text=self.text[start:end], start=start, end=end, type=e.type, actor=actor)

    def _run_on_end(self, e: Entity) -> tuple[int, int]:
        """(end, end without its genitive ending) of the words after `e` up to the cue of the
        clause, which may be a statement noun after a genitive ("X-এর দাবি, ..."); (e.end, e.end)
        where no cue follows.

        Example: "রহিম উদ্দিন খানের দাবি, ..." after PER "রহিম উদ্দিন" -> the ends of "খানের", "খান"."""
        end = self.name_end_before_cue(e.start)
        if end is None or end <= e.end:
            return e.end, e.end
        if not self.genitive_before_statement(end):
            return end, end
        word = self.text[e.end:end].split()[-1]
        ending = max((x for x in self.g.genitive_endings if has_case_ending(word, x)), key=len, default="")
        return end, end - len(ending)

    def name_before_addressee(self, e: Entity) -> Entity | None:
        """The person's name of an entity the NER ran on over the addressee after it, up to the cue
        ("[শাহীন আলম বার্তা২৪.কমকে] জানান" -> "শাহীন আলম", rule addressee_before_cue), with its
        own actor; None where no addressee closes the entity.

        Example: PER "শাহীন আলম বার্তা২৪.কমকে" before "জানান" -> PER "শাহীন আলম"; PER "রাশেদ খানকে"
        -> None."""
        end = self.name_end_before_cue(e.start) if e.type in PERSON_TYPES else None
        if end is None or not e.start < end < e.end:
            return None
        actor = self.resolve(self.text[e.start:end]) or self.unlinked(e.start, end)
        self.cut_names.add((e.start, end))
        return Entity(text=self.text[e.start:end], start=e.start, end=end, type="PER", actor=actor)

    # -- titles ----------------------------------------------------------------------------
    def _find_appositions(self) -> list[tuple[int, str, Actor]]:
        """(position, title, actor) for each title standing next to a named person."""
        out, found = [], []
        self._titled_names = []
        if self.g.title_rx is None:
            return out
        persons = [e for e in self.entities if e.type in PERSON_TYPES]
        bare = []  # titles without a person yet, which a coordinated title may give one
        for m in self.people.title_matches():
            if self.plural_title(m.group("head")):  # "police", "officials": a group is no one person
                continue
            if self.title_word_in_name(m.start("head"), m.end("head"), persons):
                continue
            s = m.start() + len(m.group("mods")) - len(m.group("mods").lstrip())
            person = self._adjacent_person(m.end(), persons)
            if person is not None:
                found.extend((ps, pkey, person) for ps, pkey in self._coordinated(bare, s))
            # "Peskov, the Kremlin spokesman[,]": an apposition is set off by a determiner or a
            # comma after it; in "shot X, police said" the title opens a new clause
            set_off = (m.group("mods").strip().split()[:1] and m.group("mods").strip().split()[0].lower()
                       in self.g.determiners) or _COMMA_OR_CLOSE.match(self.text[m.end():m.end() + 3]) \
                or self.office_of_body_set_off(m.end())
            if person is None and set_off:
                for e in persons + self._names_before(s):
                    if (e.end <= s and _GAP.fullmatch(self.text[e.end:s]) and "," in self.text[e.end:s]
                            and self.nominative(e.start, e.end)):
                        person = e
            if person is not None:
                if person.actor is None and not any(person is e for e in persons):
                    self._titled_names.append((person.start, person.end))
                key = self.rank_before_title(s) + _key(self.text[s:m.end()])
                found.append((s, key, person))
                if (office := self.office_before_name_prefix(key)) is not None:
                    found.append((s, office, person))
                found.extend((a, key, person) for a, key in self.bracketed_short_title(m.end(), person.start))
            else:
                bare.append((s, m.end()))
        for s, key, person in found:  # all names are known now: "Casin" finds "Mesut Casin"
            actor = self.entity_actor(person) or self.unlinked(person.start, person.end)
            if actor is not None:
                out.append((s, key, actor))
        return out

    @speaker_rule("office_before_name_prefix", decided=lambda args, found: found is not None)
    def office_before_name_prefix(self, key: str) -> str | None:
        """The office of an apposition whose title closes on a word the pack also lists among
        `name_prefixes` (an academic or professional rank standing before the name: "প্রক্টর
        অধ্যাপক X"): the office alone, which a later bare mention repeats ("প্রক্টর জানান"). None
        where the rest is no title of its own or one that is also an adjective ("প্রধান").

        Example: "প্রক্টর অধ্যাপক" -> "প্রক্টর"; "প্রধান বিচারপতি" -> None; "মুখপাত্র" -> None."""
        words = key.split()
        if len(words) < 2 or words[-1].rstrip(".") not in self.people.prefixes or self.g.title_rx is None:
            return None
        rest = " ".join(words[:-1])
        title = self.g.title_rx.fullmatch(rest)
        if title is None or _key(title.group("head")) in self.g.adjective_titles:
            return None
        return rest

    @speaker_rule("title_as_surname", decided=lambda args, found: found is not None)
    def title_as_surname(self, title: str, rules: list[str]) -> Actor | None:
        """The one person whose name the NER found ending in a bare, capitalised title word
        ("Head, who scored 123, said" after "Travis Head"): the word is that person's surname,
        not an office. None where the mention has other words, is lower-case, or several
        people (or none) have that surname.

        Example: mention "Head" with PER "Travis Head" in the article -> Travis Head's actor."""
        words = title.split()
        if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
            return None
        holders = {e.actor.id: e.actor for e in self.entities
                   if e.type in PERSON_TYPES and e.actor is not None and len(e.text.split()) > 1
                   and e.text.split()[-1] == words[0]}
        if len(holders) != 1:
            return None
        rules.append("title_as_surname")
        return next(iter(holders.values())).model_copy()

    @speaker_rule("title_word_in_name")
    def title_word_in_name(self, start: int, end: int, persons: list[Entity]) -> bool:
        """Whether a title word stands inside a person's name the NER found ("Travis [Head]",
        "Alex [Carey]" no, "Jane [Speaker]"): a surname, not an office, so the name after it in
        a list ("Travis Head, Josh Inglis") is no holder of a "head" office, and a later bare
        "Head said" is never that next person. As a speaker the name is the person's, not a
        title's ("লে. কর্নেল [মেহেদী ইমাম] বলেন": "ইমাম" is his surname, no imam speaking).

        Example: "head" at the end of PER "Travis Head" -> True; "Head" of "Head coach X" -> False;
        "ইমাম" at the end of PER "মেহেদী ইমাম" -> True."""
        return any(e.start <= start and end <= e.end for e in persons)

    @speaker_rule("bracketed_short_title", decided=lambda args, found: bool(found))
    def bracketed_short_title(self, title_end: int, name_start: int) -> list[tuple[int, str]]:
        """The short form of a title in brackets between it and its holder's name ("উপজেলা নির্বাহী
        কর্মকর্তা (ইউএনও) সায়লা ফারজানা"): that person's title too, so a later "ইউএনও বলেন" is
        that person before any namesake the registry knows by the letters (the United Nations).

        Example: gap " (ইউএনও) " with ইউএনও a title -> [(start of ইউএনও, "ইউএনও")]."""
        gap = _BRACKETED.fullmatch(self.text, title_end, name_start)
        if gap is None or self.g.title_rx.fullmatch(gap.group("short")) is None:
            return []
        return [(gap.start("short"), _key(gap.group("short")))]

    def _coordinated(self, bare: list[tuple[int, int]], start: int) -> list[tuple[int, str]]:
        """Titles joined to the one at `start` ("Harbour commissioner and acting port officer
        Dana Whitlow", "বোর্ডের চেয়ারম্যান ও উপদেষ্টা রাশেদ করিম"): each names
        the same person. Returns (position, key) of each such earlier title, nearest last."""
        out = []
        while bare:
            ts, te = bare[-1]
            # the joiner, then at most two words of the second title's own ("and [returning] officer")
            gap = self.text[te:start].split()
            if not 1 <= len(gap) <= 3 or gap[0].lower() not in self.g.clause_joiners or _CLAUSE_END.search(self.text, te, start):
                break
            out.append((ts, _key(self.text[ts:te])))
            bare.pop()
            start = ts
        return out

    def title_actor(self, title: str, pos: int, rules: list[str] | None = None) -> Actor | None:
        """The person a title mention at `pos` names; the named rules that decided it are
        appended to `rules` (for --explain)."""
        rules = [] if rules is None else rules
        if (surname := self.title_as_surname(title, rules)) is not None:
            return surname
        key = possessive_as_modifier(self._strip_determiners(_key(title)), self.g.possessive_endings)
        rank, key = self.ranked_key(key, pos, rules)
        if self.unnamed_antecedent(key, pos):
            rules.append("unnamed_antecedent")
            return None
        best = None
        former = self.former_office(key, pos)
        bare = self.referring_modifier_dropped(key)
        for p, k, actor in self.appositions:
            # the later mention may say less than the apposition ("the spokesman" after
            # "Kremlin spokesman Peskov"), never more ("the military spokesman")
            k = possessive_as_modifier(self._strip_determiners(k), self.g.possessive_endings)
            if former and not self.past_holder(k, ""):
                _add_once(rules, "former_office")
                continue
            if other_office := self.other_office_rule(k, key):  # another office's holder
                _add_once(rules, other_office)
                continue
            if bare and (k == bare or k.endswith(" " + bare)) and p < pos:
                _add_once(rules, "referring_modifier_dropped")  # (it points back: an apposition before it)
            elif not self._same_office(p, k, key, title, rules):
                continue
            # the nearest apposition before the mention wins; one after it is a fallback
            if best is None or (p < pos and (best[0] > pos or p > best[0])):
                best = (p, actor)
        if best is not None or rank:  # (the registry knows who holds an office, not its deputies)
            return best[1] if best is not None else None
        actor = self.office_synonym(key)
        if actor is not None:
            rules.append("office_synonym")
            return actor
        if former:
            _add_once(rules, "former_office")
            return None  # the registry knows who holds an office now, not who held it
        body = self.office_of_named_body(pos + len(title))
        if body is not None:
            rules.append("office_of_named_body")
            return self.resolve(title + body)
        if self.office_of_described_body(pos, pos + len(title)):
            rules.append("office_of_described_body")
            return None
        actor = self.registry_holder(title, key, rules) or self.office_with_word_before(title, pos, rules)
        if actor is not None:
            return actor
        actor = registry_title_named_before(self, key, pos)
        if actor is not None:
            rules.append("registry_title_named_before")
            return actor
        return self.sole_holder_of_head(key)

    def sole_holder_of_head(self, key: str) -> Actor | None:
        """The one person in the article who holds a title with the head of `key`, which may add a
        country to that head and nothing else: "the US Chargé d'Affaires" after "X, the Chargé
        d'Affaires of the United States" is X; None when no one or several hold it."""
        head = self.title_head(key)
        if not head:
            return None
        extra = [w for w in key[: key.rfind(head)].split() if w not in self.g.determiners]
        if not extra or not all(self.is_country(w) for w in extra):
            return None
        holders = {a.id: a for p, k, a in self.appositions if self.title_head(k) == head}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _same_office(self, at: int, apposition: str, key: str, title: str, rules: list[str]) -> bool:
        """Whether an apposition's title (at `at`) names the office a later mention's key does:
        the same words or fewer, a compound, a grading word left out, or an initialism."""
        return (apposition == key or apposition.endswith(" " + key) or self.compound_office(apposition, key, rules)
                or self.grading_word_left_out(apposition, key, rules) or self.initialism_of_office(apposition, title, rules)
                or self.initialism_synonym(at, apposition, key, rules)
                or self.portfolio_before_office(at, apposition, key, rules)
                or self.modifier_case_differs(apposition, key, rules))

    @speaker_rule("modifier_case_differs")
    def modifier_case_differs(self, apposition: str, key: str, rules: list[str]) -> bool:
        """Whether an apposition's title and a later mention's are one office but for a genitive
        ending (the pack's `genitive_endings`) on a word that qualifies the head: "ইসির সচিব
        আখতার আহমেদ" and then "ইসি সচিব জানান", the commission's secretary either way. The head
        itself, and every other word, must be the same.

        Example: ("ইসির সচিব", "ইসি সচিব") -> True; ("ইসির সচিব", "ইসি উপসচিব") -> False."""
        a, b = apposition.split(), key.split()
        endings = self.g.genitive_endings
        if not endings or len(a) != len(b) or len(a) < 2 or a[-1] != b[-1] or a == b:
            return False
        if not all(x == y or any(x == y + e or y == x + e for e in endings) for x, y in zip(a[:-1], b[:-1])):
            return False
        rules.append("modifier_case_differs")
        return True

    def ranked_key(self, key: str, pos: int, rules: list[str]) -> tuple[str, str]:
        """A title mention's rank words the title pattern leaves out, and its key with them: a
        rank makes another office than the bare one (rule other_rank_of_office).

        Example: "গভর্নর" after "একজন ডেপুটি " -> ("ডেপুটি", "ডেপুটি গভর্নর")."""
        rank = " ".join(w for w in self.rank_before_title(pos).split() if w in self.g.rank_words)
        if rank and not key.startswith(rank):
            rules.append("other_rank_of_office")
            return rank, f"{rank} {key}"
        return rank, key

    def registry_holder(self, title: str, key: str, rules: list[str]) -> Actor | None:
        """The registry's holder of the office a title mention names (no apposition resolved it):
        by its own words where they name a country's office, else as written or, but for a
        generic title, as said of the article's country. The deciding rule goes to `rules`."""
        if self.local_office(title):
            rules.append("local_office")
            return None
        named, actor = office_by_own_words(self, key)
        if named:
            rules.append("office_by_own_words")
        elif self.generic_title(key):
            rules.append("generic_title")
            actor = self.resolve(title)  # as written ("উত্তর কোরিয়ার নেতা"), never the article's country's
        else:
            actor = self.resolve_title(title)
        if self.group_title_not_one_person(title, actor):
            rules.append("group_title_not_one_person")
            return None
        return actor

    def office_with_word_before(self, title: str, pos: int, rules: list[str]) -> Actor | None:
        """The registry's holder of the office a title names with the word right before it, a
        portfolio the title pattern leaves out ("স্বরাষ্ট্র উপদেষ্টা", "পররাষ্ট্র উপদেষ্টা": the
        home and the foreign adviser), where the title alone names no one: only a person the
        registry knows by that office, in the article's country; no local office, and none made
        indefinite ("একজন নির্বাচন কমিশনার", whom the registry may read as the commission). The
        rule office_with_word_before goes to `rules`.

        Example: mention "উপদেষ্টা" in "পদক প্রদান শেষে স্বরাষ্ট্র উপদেষ্টা ..." -> the home adviser."""
        m = self.free_word_before(pos)
        if m is None:
            return None
        office = f"{m.group('w')} {title}"
        if self.local_office(office) or self.indefinite(m.start("w")):  # ("একজন নির্বাচন কমিশনার": one of them)
            return None
        actor = self.resolve_title(office)
        if (actor is None or self.registry_type(actor) not in PERSON_TYPES
                or self.group_title_not_one_person(office, actor)):
            return None
        rules.append("office_with_word_before")
        return actor

    @speaker_rule("local_office")
    def local_office(self, title: str) -> bool:
        """Whether a title is, in an article about its country (else one of the press's own
        country), a local office the registry's actor of those words is not (the actors pack's
        `local_senses`): "উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) জানান" is the upazila officer, whom
        nobody named, never the United Nations ("UNO").

        Example: "ইউএনও" in a Bangladeshi article -> True; "জাতিসংঘ" -> False."""
        lang = self.rec.language
        sense = local_sense_country(title, lang)
        return sense is not None and sense == (self.context or home_country(lang))

    @speaker_rule("group_title_not_one_person")
    def group_title_not_one_person(self, title: str, actor: Actor | None) -> bool:
        """Whether the registry answered a title that names a group (one of the pack's
        `plural_titles`: "নেতারা", "officials") with one person: a group's words are never one
        holder's ("নেতারা আরও বলেন" is not the head of government); a body may still answer it
        ("police" -> the police force).

        Example: "নেতারা" with the chief adviser -> True; "police" with the police -> False."""
        return self.plural_title(title) and self.registry_type(actor) in PERSON_TYPES

    @speaker_rule("generic_title")
    def generic_title(self, key: str) -> bool:
        """Whether a title key ends in one of the pack's `generic_titles` ("নেতা", "leader"): a
        word that names the head of a country only with the country written in it ("North
        Korean leader"). Bare, pointed back at or with a party's name ("The leader said", "বিএনপির
        এই নেতা বলেন") it is some party's leader, never the registry's head of the country the
        article is about.

        Example: "বিএনপির এই নেতা" -> True; "প্রধান উপদেষ্টা" -> False."""
        head = self.title_head(key)
        return bool(head) and head in self.g.generic_titles

    @speaker_rule("referring_modifier_dropped")
    def referring_modifier_dropped(self, key: str) -> str | None:
        """A title key opening with a word that points back at a body or country named before
        (the pack's `referring_modifiers`: "দেশটির পররাষ্ট্রমন্ত্রী", "দলটির মহাসচিব") without that
        word, for the appositions before it ("জাপানের পররাষ্ট্রমন্ত্রী X" holds it), never the
        registry's holder of the office in some country; None where the key has no such word.

        Example: "দেশটির পররাষ্ট্রমন্ত্রী" -> "পররাষ্ট্রমন্ত্রী"; "পররাষ্ট্রমন্ত্রী" -> None."""
        words = key.split()
        if len(words) < 2 or words[0] not in self.g.referring_modifiers:
            return None
        return " ".join(words[1:])

    @speaker_rule("compound_office")
    def compound_office(self, apposition: str, mention: str, rules: list[str] | None = None) -> bool:
        """Whether a bare one-word title names the office of an apposition written as one compound
        word ending in it (a pack with `title_as_suffix`): "মন্ত্রী" after "নৌপরিবহনমন্ত্রী X" is
        X, as "উপদেষ্টা" after "প্রধান উপদেষ্টা X" is.

        Example: apposition "নৌপরিবহনমন্ত্রী", mention "মন্ত্রী" -> True; mention "সচিব" -> False."""
        if not self.g.title_as_suffix or len(mention.split()) != 1 or not apposition.split():
            return False
        last = apposition.split()[-1]
        if not (len(last) > len(mention) and last.endswith(mention)):
            return False
        if rules is not None:
            _add_once(rules, "compound_office")
        return True

    @speaker_rule("initialism_of_office")
    def initialism_of_office(self, apposition: str, mention: str, rules: list[str] | None = None) -> bool:
        """Whether a title written as one word in capitals is the initialism of an apposition's
        office, its letters the first letters of the office's words (split at spaces and hyphens;
        words of one or two letters and determiners left out): "the OC" after
        "Md Karim, officer-in-charge of Sadar Police Station" is Karim, as "the CEC" is the
        "Chief Election Commissioner X" named before with no "(CEC)" between. The mention must be
        a title of the pack; the nearest such apposition wins, as for a title's own words.

        Example: apposition "officer-in-charge", mention "the OC" -> True; mention "the DC" -> False."""
        words = mention.split()
        short = words[-1] if words else ""
        if len(words) > 2 or not (2 <= len(short) <= 5 and short.isupper() and short.isalpha()):
            return False
        parts = [w for w in _SPACES_OR_HYPHENS.split(apposition) if len(w) > 2 and w not in self.g.determiners]
        if len(parts) != len(short) or "".join(w[0] for w in parts) != short.lower():
            return False
        if rules is not None:
            _add_once(rules, "initialism_of_office")
        return True

    @speaker_rule("initialism_synonym")
    def initialism_synonym(self, at: int, apposition: str, mention: str, rules: list[str] | None = None) -> bool:
        """Whether a one-word title is the initialism of an apposition's office (its title at
        `at`) where its letters are no first letters of the office's words (a Bengali
        initialism spells the English office: "সিইসি" after "প্রধান নির্বাচন কমিশনার X"): both
        in one group of the pack's `office_synonyms`, the office's words (the title and up to
        three words before it, which the title pattern may leave out) ending in the other member.

        Example: apposition "কমিশনার" after "প্রধান নির্বাচন ", mention "সিইসি" -> True; "ডিসি" -> False."""
        if self.g.name_rx is not None or len(mention.split()) != 1:
            return False  # (where letters have case, initialism_of_office reads an initialism itself)
        group = self.g.office_group(mention) or ()
        office = " ".join(self.text[max(0, at - 60):at].split()[-3:] + [apposition]).lower()
        if not any(m != mention and (office == m or office.endswith(" " + m)) for m in group):
            return False
        if rules is not None:
            _add_once(rules, "initialism_synonym")
        return True

    @speaker_rule("portfolio_before_office")
    def portfolio_before_office(self, at: int, apposition: str, mention: str, rules: list[str] | None = None) -> bool:
        """Whether a later title mention puts before the office the portfolio its apposition (at
        `at`) names after it with one of the pack's `portfolio_prepositions`: "the home adviser"
        after "X, the adviser for home affairs" is X. Every word before the mention's office must
        stand in that portfolio ("the foreign adviser" stays somebody else).

        Example: "the adviser [for home affairs]", mention "home adviser" -> True."""
        words, office = mention.split(), apposition.split()
        if len(words) < 2 or not office or words[-1] != office[-1]:
            return False
        portfolio = set(self.portfolio_words(at, apposition))
        if not portfolio:
            return False
        if not all(w in portfolio for w in words[:-1]):
            return False
        if rules is not None:
            _add_once(rules, "portfolio_before_office")
        return True

    def portfolio_words(self, at: int, apposition: str) -> list[str]:
        """The lower-cased words of the portfolio an apposition's office (at `at`) takes after one
        of the pack's `portfolio_prepositions`, or none.

        Example: "the adviser for home affairs, said" -> ["home", "affairs"]."""
        office = apposition.split()
        if not self.g.portfolio_prepositions or not office:
            return []
        head_at = self.lowered.find(office[-1], at, at + len(apposition) + 20)
        if head_at < 0:
            return []
        m = _PORTFOLIO.match(self.text, head_at + len(office[-1]), head_at + len(office[-1]) + 80)
        if m is None or m.group("prep").lower() not in self.g.portfolio_prepositions:
            return []
        return [w.lower() for w in m.group("words").split()]

    @speaker_rule("grading_word_left_out")
    def grading_word_left_out(self, apposition: str, mention: str, rules: list[str] | None = None) -> bool:
        """Whether a later title mention is its apposition without the grading words (the pack's
        `referring_modifiers`: "senior") that stand inside it: "the EC secretary" after "EC senior
        secretary Akhtar Ahmed" is that person, as "the senior EC secretary" would be. A word
        naming another office ("deputy", "joint") is no grading word, so "the EC secretary" after
        "EC joint secretary X" stays somebody else.

        Example: apposition "ec senior secretary", mention "ec secretary" -> True."""
        graded = [w for w in apposition.split() if w not in self.g.referring_modifiers]
        if len(graded) == len(apposition.split()) or not graded:
            return False
        bare = " ".join(graded)
        if not (bare == mention or bare.endswith(" " + mention)):
            return False
        if rules is not None:
            _add_once(rules, "grading_word_left_out")
        return True

    @speaker_rule("unnamed_antecedent")
    def unnamed_antecedent(self, key: str, pos: int) -> bool:
        """Whether a nameless title ("the resident", the pack's `anonymous_titles`; in a language
        without articles also one of its `generic_titles`, "ওই নেতা") points back at somebody the
        text introduced without a name: the last earlier mention of that title is indefinite ("A
        resident said", "দলের এক শীর্ষ নেতা") with no name beside it. That person stays unnamed,
        never a named resident the article describes later.

        Example: "A resident said ... . The resident added that ..." -> True."""
        head = self.title_head(key)
        # (a generic title only where the language has no articles: "This top NCP leader wrote"
        # goes on with the convener named just before; "এনসিপির ওই নেতা" is bare either way)
        generic = head in self.g.generic_titles and not self.g.determiners
        if not head or (head.split()[-1] not in self.g.anonymous_titles and not generic):
            return False
        return self.unnamed_introduction(head, pos) is not None

    def unnamed_introduction(self, head: str, pos: int) -> int | None:
        """Where the last mention of the title `head` before `pos` starts (its modifiers in),
        when that mention brought somebody in without a name: indefinite ("A resident said",
        "দলের এক শীর্ষ নেতা") and no apposition of a name ("X, a resident of the next building");
        else None. Rules unnamed_antecedent and introduced_unnamed.

        Example: "A resident said ... . The resident added", head "resident" -> 0."""
        earlier = [m for m in self.people.title_matches() if m.end() <= pos and self.title_head(_key(m.group("head"))) == head]
        if not earlier:
            return None
        last = earlier[-1]
        start = last.start() + len(last.group("mods")) - len(last.group("mods").lstrip())
        # "এক"/"a" may follow the body's genitive ("দলের এক শীর্ষ নেতা": a top leader of the party);
        # the title pattern may take a conjunction with the modifiers ("But a State Department")
        mods = _key(last.group("mods")).split()
        if not (self.indefinite(start) or any(w in self.g.indefinites for w in mods)):
            return None
        return None if any(p == start for p, _, _ in self.appositions) else start

    @speaker_rule("past_holder")
    def past_holder(self, apposition: str, mention: str) -> bool:
        """Whether an apposition names a past holder of the office a mention names now: the
        apposition says "former" ("সাবেক", the pack's `past_holder_words`), the mention does
        not, so the person is not the one the mention means.

        Example: "the DRU president" and the apposition "former DRU president X" -> True."""
        past = self.g.past_holder_words
        return bool(past) and any(w in past for w in apposition.split()) and not any(w in past for w in mention.split())

    def rank_before_title(self, start: int) -> str:
        """The rank or past-holder words (the pack's `rank_words`, `past_holder_words`) just before
        a title the title pattern leaves out, with a space after them: they make its apposition
        another office ("ডেপুটি গভর্নর X", rule other_rank_of_office) or a past one ("তৎকালীন
        গভর্নর X", rule past_holder). Example: before "গভর্নর" in "ডেপুটি গভর্নর" -> "ডেপুটি "."""
        words = self.text[max(0, start - 40):start].split()
        taken: list[str] = []
        other_office_words = self.g.rank_words | self.g.past_holder_words
        while words and len(taken) < 2 and words[-1].lower() in other_office_words:
            taken.insert(0, words.pop().lower())
        return " ".join(taken) + " " if taken else ""

    def other_office_rule(self, apposition: str, mention: str) -> str | None:
        """The rule by which an apposition's title is another office than the mention's: "past_holder"
        first, then "other_rank_of_office"; None when it may be the same office. Each rule is asked
        once, so `--explain` records it once.
        Example: "ডেপুটি গভর্নর", "গভর্নর" -> "other_rank_of_office"; "গভর্নর", "গভর্নর" -> None."""
        if self.past_holder(apposition, mention):
            return "past_holder"
        return "other_rank_of_office" if self.other_rank_of_office(apposition, mention) else None

    @speaker_rule("other_rank_of_office")
    def other_rank_of_office(self, apposition: str, mention: str) -> bool:
        """Whether an apposition's title is the mention's office with a rank word the mention
        lacks (the pack's `rank_words`, as a word or as the first part of a compound word, and its
        `compound_rank_prefixes` as the first part only):
        "ডেপুটি গভর্নর X" holds another office than the one a later bare "গভর্নর" names, as
        "উপপরিচালক X" does for "পরিচালক" and "deputy governor X" for "the governor".

        Example: apposition "ডেপুটি গভর্নর", mention "গভর্নর" -> True; apposition "গভর্নর" -> False."""
        ranks, said = self.g.rank_words, mention.split()
        if not ranks or not said or any(w in ranks for w in said):
            return False
        kept = [w for w in apposition.split() if w not in ranks]
        # "উপপরিচালক" / "উপ-পরিচালক": the rank is the first part of the title's last word
        if kept and kept[-1] != said[-1] and any(kept[-1].startswith(r) and kept[-1][len(r):].lstrip("-") == said[-1]
                                                 for r in ranks | self.g.compound_rank_prefixes):
            kept[-1] = said[-1]
        bare = " ".join(kept)
        return bare != apposition and (bare == mention or bare.endswith(" " + mention))

    @speaker_rule("office_of_named_body")
    def office_of_named_body(self, end: int) -> str | None:
        """The complement naming the body a title ending at `end` belongs to ("The president
        [of DRU]", the pack's `title_complements`), or None: the office is that body's, so the
        title is looked up with it ("President of France" is Macron), never as the registry's
        holder of the bare title (the country's president).

        Example: "The president of DRU stated" -> " of DRU"; "The president stated" -> None."""
        rx = self.g.title_complement_rx
        m = rx.match(self.text, end) if rx is not None else None
        return m.group() if m is not None else None

    @speaker_rule("office_of_described_body")
    def office_of_described_body(self, start: int, end: int) -> bool:
        """Whether a title (text[start:end]) is an office of a body the text describes without
        naming it: a complement in lower-case words after it (`described_complement_rx`, from the
        pack's `title_complements`, `indefinites` and `title_complement_articles`: "The president
        [of a leading chamber]") or a possessor that is no country set apart from it
        by lower-case words the title leaves out ("Shibir's city [president]"). The registry's
        holder of the bare title (the country's president) is never the one meant. A determiner
        that is no article points back at somebody named ("this member of the medical board").

        Example: "The president of a leading chamber said" -> True; "The president said" -> False."""
        g = self.g
        words = title_phrase_words(self.text, max(0, start - 60), start)[-3:]
        lead = words[-1:] + self.text[start:end].split()[:1]  # (the word before the title, if any, and its first)
        if any(w.lower() in g.determiners and w.lower() not in g.indefinites | g.title_complement_articles for w in lead):
            return False
        if g.described_complement_rx is not None and g.described_complement_rx.match(self.text, end):
            return True
        endings = g.possessive_endings
        for i, w in enumerate(words):
            owner = without_possessive(w, endings) if endings else w
            between = words[i + 1:]
            if (owner != w and between and all(x.islower() and x not in g.determiners for x in between)
                    and not self.is_country(owner)):
                return True
        return False

    @speaker_rule("former_office")
    def former_office(self, key: str, pos: int) -> bool:
        """Whether a title mention names a past holder: a past-holder word (the pack's
        `past_holder_words`) in it or among the few words of its noun phrase before it ("the
        former information and broadcasting [adviser]"). The registry's holder of the office
        today is then not the one meant.

        Example: "the former information and broadcasting adviser wrote" -> True."""
        past = self.g.past_holder_words
        if not past:
            return False
        before = title_phrase_words(self.text, max(0, pos - 60), pos)
        return any(w in past for w in key.split()) or any(w.lower() in past for w in before)

    @speaker_rule("office_synonym")
    def office_synonym(self, key: str) -> Actor | None:
        """The one person the article gave the same office under another head word: the
        mention's head and the apposition's are in one group of the pack's `office_synonyms`,
        and each modifier of the mention opens a word of the apposition's modifiers
        ("jamaat" of "jamaat-e-islami"). Past holders never answer.

        Example: "the Jamaat chief" after "Jamaat-e-Islami Ameer Shafiqur Rahman" -> that person."""
        head = self.title_head(key)
        group = self.g.office_group(head) if head else None
        if group is None:
            return None
        mods = key[: key.rfind(head)].split()
        if not mods:  # a bare "the chief" may be any office's
            return None
        holders = {}
        for _, k, actor in self.appositions:
            k = possessive_as_modifier(self._strip_determiners(k), self.g.possessive_endings)
            h = self.title_head(k)
            if h is None or h == head or h not in group or self.past_holder(k, key):
                continue
            words = [w for part in k[: k.rfind(h)].split() for w in part.split("-")]
            if all(any(w.startswith(m) for w in words) for m in mods):
                holders[actor.id] = actor
        return next(iter(holders.values())) if len(holders) == 1 else None

    def is_country(self, word: str) -> bool:
        """Whether a word names a country ("US", "জাপানের"), not a city or district of one
        ("চট্টগ্রামের পুলিশ সুপার" is no office of Bangladesh's that "ফেনীর পুলিশ সুপার X" holds)."""
        a = self.resolve(word)
        return (a is not None and bool(a.country) and a.sector is None
                and _country_names(self.registry).get(a.country) == a.name)

    def title_head(self, key: str) -> str | None:
        """The title a lower-cased description ends in, by the pack's title pattern, or None
        where it holds no title.

        Example: "the un expert" -> "expert"; "ক্রেমলিনের মুখপাত্র" -> "মুখপাত্র"."""
        rx = self.g.title_rx
        return _title_head(rx, key) if rx is not None else None

    def actor_of(self, m: Mention) -> Actor | None:
        if m.actor is None and m.lookup:
            m.actor = self.title_actor(m.lookup, m.start, m.rules) if m.kind == "title" else self.resolve(m.lookup)
            lookup = _key(m.lookup)
            if (m.actor is not None and m.kind == "title"
                    and possessive_as_modifier(lookup, self.g.possessive_endings) != lookup):
                m.rules.append("possessive_as_modifier")
            m.lookup = None
        # (the NER may call a short name an organisation: "Alan Brook" ORG)
        if m.kind in ("PER", "ORG") and not m.fullest_done:
            m.actor = self.fuller(m.actor, *(m.name or (m.start, m.end)))
            m.fullest_done = True
        return m.actor

    def fuller(self, actor: Actor | None, start: int, end: int) -> Actor | None:
        """A short name the registry does not know ("রাশেদ", "মি. চৌধুরী") -> the actor of
        that person's fullest name in the article ("Rashed Karim"); a registry actor stays."""
        if (actor is not None and not _unregistered(actor) and not self.one_word_namesake(actor, start, end)
                and not self.namesake_body(actor, start, end)):
            return actor
        full = self.people.fullest(self.text[start:end], start)
        if full is None:
            fullest = actor
        elif full.actor is not None:
            fullest = full.actor.model_copy()
        else:
            fullest = provisional_actor(full.text, self.rec.language) or actor
        # (a name the registry lacks may still be the holder of an office the article gives it)
        return self.holder_of_own_office(fullest) or fullest

    @speaker_rule("holder_of_own_office", decided=lambda args, found: found is not None)
    def holder_of_own_office(self, actor: Actor | None) -> Actor | None:
        """A person the registry does not know by the name the article gives ("গভর্নর মনসুর",
        "অর্থ উপদেষ্টা সালেহউদ্দিন": a part of the full name), titled somewhere in the article with
        an office whose holder the registry knows, and whose registry name holds every word of that
        name (spelt within the scorer's tolerance): that holder, the fullest name of the person.
        None where no office of theirs resolves, or its holder's name lacks a word of theirs.

        Example: provisional "Mansur" titled "গভর্নর" -> Ahsan H. Mansur, the governor."""
        if actor is None or not _unregistered(actor):
            return None
        words = _name_words(actor.name)
        if not words:
            return None
        for at, key, titled in self.appositions:
            if titled.id != actor.id:
                continue
            # (the office with the words qualifying it before the title: "অর্থ উপদেষ্টা")
            lead = self.text[sentence_start(self.text, at):at].split()[-_OFFICE_LEAD_WORDS:]
            for office in [" ".join(lead[i:] + [key]) for i in range(len(lead))] + [key]:
                holder = self.resolve_title(office)
                if holder is None or _unregistered(holder):
                    continue
                theirs = _name_words(holder.name)
                if len(theirs) > len(words) and all(any(_spelt_alike(w, h) for h in theirs) for w in words):
                    return holder.model_copy()
        return None

    @speaker_rule("one_word_namesake")
    def one_word_namesake(self, actor: Actor, start: int, end: int) -> bool:
        """A one-word surname the registry linked to a one-word namesake ("Hassan", a Jordanian
        house) after the article named one person in full ("Faruque Hassan"): that person's
        short name, not the namesake. A registry actor with a fuller name ("Putin" -> Vladimir
        Putin) stays.

        (True lets `fuller` look for the article's fullest name; none found keeps the actor.)"""
        surface = self.text[start:end].split()
        return (len(surface) == 1 and len(actor.name.split()) == 1
                and _key(actor.name) == _key(surface[0]) and self.people.fullest(surface[0]) is not None)

    @speaker_rule("namesake_body")
    def namesake_body(self, actor: Actor, start: int, end: int) -> bool:
        """A short name the registry linked to a body (no person) named just as the short name
        is written, word for word ("শাহীন" -> Shahin, an Iranian group; "আবু বকর" -> Abu Bakar),
        where the article names one linked person in full by those words ("শাহীন মোল্লা", "আবু
        বকর সিদ্দিক"): that person's short name, not the body. A registry person ("খালেদা জিয়া")
        and a body named otherwise ("জামায়াত" -> Bangladesh Jamaat-e-Islami) stay.

        (True lets `fuller` take the article's fullest name; none found keeps the actor.)"""
        if self.registry_type(actor) in (None, *PERSON_TYPES):
            return False
        surface = self.text[start:end]
        written = provisional_actor(" ".join(surface.split()), self.rec.language)
        theirs, ours = _name_words(actor.name), _name_words(written.name) if written is not None else []
        if not ours or len(theirs) != len(ours) or not all(_spelt_alike(a, b) for a, b in zip(theirs, ours)):
            return False
        # (the fuller name a linked person's: "warned. Reuters", an NER slip over a stop, names nobody)
        full = self.people.fullest(surface, start)
        return full is not None and full.actor is not None

    def definite_description(self, title: str, start: int | None = None) -> bool:
        """Whether a title mention points back at somebody already named: "the physician",
        "পিসিবি চেয়ারম্যান"; not "a UN expert" or "একজন কর্মকর্তা" (indefinite), "sources" or
        "সূত্র" (nameless). Where the language has articles, only the bare title after them
        ("the expert", never "the program's director" or "Officer"): a modifier there adds a
        person the text has not met yet."""
        key = _key(title)
        words, head = key.split(), (self.title_head(key) or "").split()
        if start is not None and self.indefinite(start):
            return False
        if not words or not head or words[0] in self.g.indefinites or head[-1] in self.g.anonymous_titles:
            return False
        if not self.g.determiners:
            return True
        before = words[:len(words) - len(head)]
        return bool(before) and all(w in self.g.determiners for w in before)

    @speaker_rule("indefinite")
    def indefinite(self, start: int) -> bool:
        """Whether the word before a title at `start` makes it indefinite or counts it (the
        pack's `indefinites`: "একজন [নেতা]", "an [official]", "দুজন [নেতা]"): somebody new or a
        group, never the person an earlier apposition named. The title's match may leave that
        word out.

        A rank the title's match leaves out stands between ("একজন ডেপুটি [গভর্নর]").

        Example: "... বলেও দুজন নেতা নিশ্চিত করেছেন" at "নেতা" -> True; "ওই নেতা জানান" -> False."""
        before = [w.lower() for w in self.text[max(0, start - 40):start].split()]
        while before and before[-1] in self.g.rank_words:
            before.pop()
        before = before[-2:]
        if not before:
            return False
        return before[-1] in self.g.indefinites or self.counted(before)

    @speaker_rule("counted_title")
    def counted(self, before: list[str]) -> bool:
        """Whether the words before a title count it (a number in digits or one of the pack's
        `number_words`, alone or with one of its `counters`, joined or apart): a group of people
        the text does not name.

        Example: ["থানার", "ছয়জন"] -> True; ["৩", "জন"] -> True; ["দলের", "সাত"] -> True;
        ["থানার", "ওসি"] -> False."""
        last = before[-1]
        if len(before) == 2 and last in self.g.counters:
            last = before[0]  # "৩ জন", "দুই জন": the number before the classifier
        else:
            last = next((last[:-len(c)] for c in self.g.counters if last.endswith(c) and len(last) > len(c)), last)
        return (last.isdigit() and len(last) <= 3) or last in self.g.number_words  # four digits: a year

    def _strip_determiners(self, key: str) -> str:
        words = key.split()
        while len(words) > 1 and words[0] in self.g.determiners:
            words = words[1:]
        return " ".join(words)

    def to_speaker(self, m: Mention, actor: Actor | None = None) -> Speaker:
        a, b = m.name or (m.start, m.end)
        if actor is None:
            actor = self.actor_of(m)
        if actor is None and m.kind == "PER":
            actor = self.fuller(self.unlinked(a, b), a, b)
        if m.kind == "PER" and (actor is None or _unregistered(actor)):
            a, b, actor = self.name_suffix(m, a, b, actor)
        return Speaker(text=self.text[a:b], start=a, end=b, actor=actor)

    @speaker_rule("name_suffix")
    def name_suffix(self, m: Mention, a: int, b: int, actor: Actor | None) -> tuple[int, int, Actor | None]:
        """A name the NER cut before a word closing a woman's name that is also a title ("শাহনাজ
        বেগম জানান", "The building owner, Parveen Begum, said"; the pack's `name_suffixes`): the
        speaker is the whole name, a provisional actor of it where the registry knows neither.

        Example: "Parveen" followed by " Begum," -> "Parveen Begum"."""
        after = regex.match(r"\s+([\p{L}\p{M}]+)", self.text[b:b + 40])
        if after is None or after.group(1).lower() not in self.g.name_suffixes:
            return a, b, actor
        full = self.text[a:b + after.end()]
        if actor is not None and len(actor.name.split()) >= len(full.split()):
            return a, b, actor  # the actor already has the fuller name
        whole = provisional_actor(full, self.rec.language)
        if whole is None:
            return a, b, actor
        m.rules.append("name_suffix")
        return a, b + after.end(), whole


@lru_cache(maxsize=None)
def name_honorifics(code: str | None) -> frozenset[str]:
    """The honorifics the pack's actors.yaml lists before names (folded): a name word such as
    "বেগম" that stands before a given name as a title ("বেগম রোকেয়া"), no part of it.
    Example: "বেগম" in name_honorifics("bn")."""
    from .. import lang as langpacks
    from ..actors.words import actors_yaml
    try:
        words = actors_yaml(langpacks.load(code)).get("honorifics") or []
    except (LookupError, OSError, ValueError):
        return frozenset()
    return frozenset(fold_token(w) for w in words)


def _name_words(name: str) -> list[str]:
    """The lower-cased Latin words of a name, its initials and punctuation left out.
    Example: "Ahsan H. Mansur" -> ["ahsan", "mansur"]."""
    return [w for w in regex.split(r"[^\p{L}\p{N}]+", name.lower()) if len(w) > 1]


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two words of a name are one spelt two ways (a long word most of whose letters
    agree: "salehuddin", "salehudin"); a short word must be the same.
    Example: ("mansur", "mansur") -> True; ("ali", "alam") -> False."""
    if len(a) <= 3 or len(b) <= 3:
        return a == b
    return _likeness(a, b) >= _SPELT_ALIKE


_SPELT_ALIKE = 0.8  # the share of letters two spellings of one name word agree in
_OFFICE_LEAD_WORDS = 2  # words before an apposition's title that may qualify its office ("অর্থ উপদেষ্টা")


def name_cased(word: str) -> bool:
    """Whether a word is written as a name may be: capitalised, or in a script without letter case
    (Bengali), where the capital tells nothing and the word stays a candidate.

    Example: "Tajul" -> True; "told" -> False; "আরিফুল" -> True."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


@speaker_rule("other_given_name")
def other_given_name(short: str, full: str, skipped: frozenset[str] | set[str]) -> bool:
    """Whether a name sharing its last word with a fuller one still names another person: a word of
    it before the surname, no prefix, rank, determiner or adverb (`skipped`: the pack's
    `name_prefixes`, "Md", "Mohammad", `determiners`, "the", and adverbs, "পরে" of a span the NER
    ran back over) nor abbreviation ("মো."), that the fuller name lacks. A shared surname alone is
    no coreference.

    Example: "Md Nurul Islam" against "Professor Mohammad Mainul Islam" -> True ("Nurul"); "Mr
    Islam", "Mainul Islam" against it, or "The agency" against "UN refugee agency" -> False."""
    have = {w.lower().rstrip(".") for w in full.split()}
    # (an abbreviation, "মো.", "Md.", stands for a word the fuller name may spell out)
    given = [w.lower() for w in short.split()[:-1] if not w.endswith(".")]
    return any(w not in skipped and w not in have for w in given)


@speaker_rule("words_standing_for_a_quote")
def words_standing_for_a_quote(g: Grammar, words: list[str]) -> bool:
    """Whether the words before a cue are one of the pack's `quote_references` of a determiner and
    a noun ("এসব কথা", "এ তথ্য": "these words"), the object said, never a person's name ("...
    চার্জ দ্য অ্যাফেয়ার্স এসব কথা বলেন" names no "Esab Katha"). (A one-word reference, "বিষয়টি",
    is left to the rules that read it as one.)

    Example: ["এসব", "কথা"] -> True; ["রফিক", "হাসান"] and ["বিষয়টি"] -> False."""
    return len(words) > 1 and " ".join(w.lower() for w in words) in g.quote_references


def _unregistered(actor: Actor) -> bool:
    """Whether an actor is a provisional one (a name the registry lacks), whose name an article
    may still complete.
    Example: Actor(id="new:parveen", name="Parveen") -> True."""
    return bool(getattr(actor, "provisional", False)) or actor.id.startswith("new:")


_LETTER = regex.compile(r"\p{L}")
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?][\'\"”’]?)\s+|\n)")


def title_phrase_words(text: str, start: int, pos: int) -> list[str]:
    """The words of a title's noun phrase in `text[start:pos]`, before the title at `pos`: those
    after the last clause break or bracket (`_PHRASE_BREAK`), at most `_PHRASE_WORDS`, as written.
    A word before a break belongs to another phrase ("At the law ministry, home [adviser]").

    >>> title_phrase_words("At the law ministry, home adviser", 0, 26)
    ['home']
    """
    return _PHRASE_BREAK.split(text[start:pos])[-1].split()[-_PHRASE_WORDS:]


def without_possessive(word: str, endings: tuple[str, ...]) -> str:
    """A word with one possessive ending of `endings` (the pack's `possessive_endings`) cut from
    its end, and only there, after a letter: a plural or a word ending in "s" stays whole. The
    one place the quotes layer cuts a possessive.

    >>> without_possessive("men's", ("'s",)), without_possessive("sports", ("'s",))
    ('men', 'sports')
    """
    return next((word[:-len(p)] for p in endings if word.endswith(p) and word[:-len(p)][-1:].isalpha()), word)


@speaker_rule("possessive_as_modifier")
def possessive_as_modifier(key: str, endings: tuple[str, ...]) -> str:
    """A title key with its possessive modifier written as a plain one (the pack's
    `possessive_endings` cut from each word): "the party's chief" and "the party chief" are the
    same office, so a later "Jamaat's ameer" finds the person an earlier "Jamaat ameer X" named.

    >>> possessive_as_modifier("jamaat’s ameer", ("'s", "’s"))
    'jamaat ameer'
    """
    return " ".join(without_possessive(w, endings) for w in key.split()) if endings else key


def _unknown_body(e: Entity) -> bool:
    """An organisation the registry does not know (no actor, or a provisional one): as often a
    person the NER mistyped as a body."""
    return e.type == "ORG" and (e.actor is None or bool(getattr(e.actor, "provisional", False))
                                or e.actor.id.startswith("new:"))


def _likeness(a: str, b: str) -> float:
    """The share of letters two spellings agree in (difflib's ratio): "kabir", "kabir" -> 1.0."""
    return difflib.SequenceMatcher(None, a, b).ratio()


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def choose(mentions: list[Mention], cue_start: int, cue_end: int, any_case: bool = False,
           demote_plural: bool = True) -> Mention | None:
    """The speaker among mentions of an attribution clause: the best kind, then the one
    nearest the cue."""
    pool = [m for m in mentions if any_case or m.nominative]
    if not pool:
        return None
    def dist(m: Mention) -> int:
        return cue_start - m.end if m.end <= cue_start else m.start - cue_end
    # a plural title ("Top diplomats ... as host country Canada outlined") names a group, not
    # the one speaker: a named organisation or country beats it
    return min(pool, key=lambda m: (RANK["ORG"] + 0.5 if demote_plural and m.kind == "title" and m.plural
                                    else RANK.get(m.kind, 9),
                                    dist(m)))
