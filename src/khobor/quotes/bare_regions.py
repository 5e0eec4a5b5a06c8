"""Speaker regions whose mentions alone do not tell who speaks there.

The attribution stage finds a speaker among the mentions of a speaker region (entities, titles,
pronouns, words referring to a body). These rules read the region's own words: a name the NER
left untagged where no mention was found ("Joynal Mia blamed ..."), or a report of its own
inside the region, whose people speak there and not here ("X wrote that ..., prompting the
convener to declare, '...'"). They need names with a shape (the pack's `name`) or a pack's
complementisers, so a pack without them is untouched.
"""
from __future__ import annotations

import regex

from .explain import speaker_rule
from .grammar import Grammar
from ..record import Speaker
from .speakers import Mention, SpeakerFinder

_EDGE = " \t\n,;:—–-"


def _region(text: str, a: int, b: int) -> tuple[str, int]:
    """The words of text[a:b] without the punctuation and spaces around them, and where they start."""
    region = text[a:b].strip(_EDGE)
    return region, (text.find(region, a) if region else -1)


def _holds_entity(finder: SpeakerFinder, start: int, end: int) -> bool:
    """Whether any entity the NER found overlaps text[start:end] (a description holding a name is
    no unnamed speaker)."""
    return any(e.start < end and start < e.end for e in finder.entities)


@speaker_rule("unnamed_region_person")
def unnamed_region_person(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder) -> Mention | None:
    """A speaker region that is nothing but a name the NER left untagged ("Joynal Mia blamed poor
    maintenance for the situation", "..., said Rokeya Sultana."): that person, a provisional
    actor of the name. Only a whole region of the pack's `name` shape (capitalised words, no
    weekday or month), holding no entity and no title, that opens its clause or closes its
    sentence, and that the registry does not know as something else.

    Example: region "Joynal Mia" before "blamed" -> PER "Joynal Mia"."""
    if g.name_rx is None:
        return None
    region, start = _region(text, a, b)
    if not region or g.name_rx.fullmatch(region) is None:
        return None
    end = start + len(region)
    if _holds_entity(finder, start, end) or not finder.people.in_body(start):
        return None
    if (g.title_rx is not None and g.title_rx.search(region)) or finder.resolve(region) is not None:
        return None
    if not finder.nominative(start, end):
        return None
    return Mention(start, end, region, "PER", None, nominative=True, name=(start, end),
                   rules=["unnamed_region_person"])


_PERSON_DESCRIPTION_WORDS = 4  # lower-case words after the article in "a former ambassador", "a duty doctor there"
_REGION_TOKEN = regex.compile(r"[^\s,;:]+|[,;:]")


@speaker_rule("indefinite_person_region", decided=lambda args, found: found is not None)
def indefinite_person_region(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder,
                             source: bool = False) -> Speaker | None:
    """A speaker region opening with an indefinite (the pack's `indefinites`, not its
    `group_quantifiers`) and a few lower-case words describing somebody the article does not name
    ("a duty doctor there", "a grocer who did not wish to be named", "a former ambassador who
    served in New Delhi, asking not to be named"): that person speaks, with no actor. The
    description ends at a relative pronoun, a preposition or a comma; it holds no entity, no
    article (a clause: "a tally the platform compiled") and no document ("a statement" speaks for
    its author); a relative pronoun closing the region is the cue's subject, in a clause about
    the person ("A manager, who requested anonymity ..., said": "requested" reports nothing). A
    fronted adverbial set off by a comma may open the region ("In Jatrabari, a grocer ..."); the
    description is its clause's subject, or the `source` after "according to" ("according to a
    duty doctor there"). Only where names have a shape (the pack's `name`).

    Example: region "a grocer who did not wish to be named" -> Speaker "a grocer", no actor."""
    if g.name_rx is None:
        return None
    region, start = _region(text, a, b)
    tokens = list(_REGION_TOKEN.finditer(region))
    opens = next((i for i, t in enumerate(tokens) if (i == 0 or tokens[i - 1].group() == ",")
                  and t.group().lower() in g.indefinites - g.group_quantifiers), None)
    if opens is None:
        return None
    if tokens[-1].group().lower() in g.relative_pronouns:  # ("A manager, who requested anonymity": not the cue's subject)
        return None
    tokens = tokens[opens:]
    start += tokens[0].start()
    stops = g.relative_pronouns | g.adjunct_prepositions | g.source_place_prepositions
    described = []
    for t in tokens[1:]:
        w = t.group()
        if w in (",", ";", ":") or w.lower() in stops:
            break
        if not regex.fullmatch(r"\p{Ll}[\p{Ll}-]*", w) or w in g.determiners:  # ("a tally the platform compiled")
            return None
        described.append(t)
    if not 0 < len(described) <= _PERSON_DESCRIPTION_WORDS:
        return None
    end = start + described[-1].end() - tokens[0].start()
    if (_holds_entity(finder, start, end)
            or (g.document_rx is not None and g.document_rx.search(text, start, end))
            or not (source or finder.nominative(start, end))):
        return None
    return Speaker(text=text[start:end], start=start, end=end, actor=None)


@speaker_rule("reported_clause_in_region")
def reported_clause_in_region(text: str, a: int, b: int, g: Grammar, found: list[Mention]) -> list[Mention]:
    """The mentions of a speaker region before its cue that may speak there. Where the region
    holds a report of its own, a cue with its complementiser and then a clause break ("Samantha
    wrote that Jamaat had obstructed reforms, prompting NCP's convener to declare, '...'"), the
    people before the break spoke in that report or are its subject: only the mentions after
    the last break may speak here. All of them where there is no such report or nobody after it.

    Example: the region above -> the title "NCP's convener", not "Samantha"."""
    if g.cue_that_rx is None:
        return found
    report = None
    for report in g.cue_that_rx.finditer(text, a, b):
        pass
    if report is None:
        return found
    brk = max(text.rfind(",", report.end(), b), text.rfind(";", report.end(), b))
    after = [x for x in found if brk >= 0 and x.start > brk]
    if not after:
        return found
    for x in after:
        x.rules.append("reported_clause_in_region")
    return after


@speaker_rule("genitive_title")
def genitive_title(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder) -> Mention | None:
    """A speaker region closing on a title in the genitive, right before a statement noun or an
    "according to" ("ভেন্যু নিয়ে সাফ সম্পাদকের মন্তব্য, ‘...’", "দলের মুখপাত্রের মতে, ..."): the
    holder of that title owns the words, whoever the region names before it; the title resolves
    as the bare title would. Only a pack with `genitive_endings`, and never a title inside a name.

    Example: region "তাঁদের নিয়ে প্রধান নির্বাচকের" -> title "প্রধান নির্বাচক"."""
    if not g.genitive_endings or g.title_rx is None:
        return None
    region, start = _region(text, a, b)
    ending = next((x for x in g.genitive_endings if region.endswith(x)), None)
    if ending is None:
        return None
    stem_end = start + len(region) - len(ending)
    title = None
    for title in g.title_rx.finditer(text, start, stem_end):
        pass
    if title is None or title.end() != stem_end:
        return None
    ts = title.start() + len(title.group("mods")) - len(title.group("mods").lstrip())
    if _holds_entity(finder, ts, start + len(region)):
        return None
    return Mention(ts, stem_end, text[ts:stem_end], "title", None, nominative=True,
                   lookup=text[ts:stem_end], rules=["genitive_title"])


_DESCRIPTION_WORDS = 3  # words after the indefinite in "ষাটোর্ধ্ব [এক] [নারী]", "কারওয়ান বাজারের [এক] [দোকানি]"


@speaker_rule("indefinite_description", decided=lambda args, found: found is not None)
def indefinite_description(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder) -> Speaker | None:
    """A speaker region closing on an indefinite description of somebody the article does not
    name, where a quotation is reported (the pack's `indefinite_speakers`: "‘...,’ বলছিলেন কারওয়ান বাজারের এক দোকানি।", "‘...,’
    বাঁধের ওপর আশ্রয় নেওয়া ষাটোর্ধ্ব এক নারী বলছিলেন।"): the quotation is that person's, a
    speaker with no actor. Only a description in the subject's case (not "এক বিবৃতিতে"), holding
    no entity, no document and no postposition.

    Example: region "কারওয়ান বাজারের এক দোকানি" -> Speaker "এক দোকানি" with no actor."""
    if not g.indefinite_speakers or not g.indefinites:
        return None
    region, start = _region(text, a, b)
    words = region.split()
    at = max((i for i, w in enumerate(words) if w in g.indefinites), default=None)
    if at is None or not 0 < len(words) - at - 1 <= _DESCRIPTION_WORDS:
        return None
    tail = words[at:]
    d_start = start + len(region) - len(" ".join(tail))
    end = start + len(region)
    if (any(w in g.postpositions or w in g.adverbs for w in tail)
            or (g.document_rx is not None and g.document_rx.search(text, d_start, end))
            or _holds_entity(finder, d_start, end)
            or not finder.nominative(d_start, end)):
        return None
    return Speaker(text=text[d_start:end], start=d_start, end=end, actor=None)


_GROUP_CLAIM_WORDS = 3  # genitive words of a group before its claim ("নিহতের পরিবারের", "ভুক্তভোগী কর্মীদের")
_DESCRIBED_GROUP_WORDS = 6  # words of a group described before its plural genitive ("মিছিলে অংশ নেওয়া শ্রমিকদের")


@speaker_rule("described_group")
def described_group(words: list[str], g: Grammar) -> bool:
    """Whether the words of a speaker region are a group told by its plural genitive (the pack's
    `plural_genitive_endings`) after a few words describing it, adjectives or a participle's phrase:
    the group is unnamed however it is described. Never a run with a pronoun that does not stand
    for a subject (the pack's `non_subject_words`).

    Example: ["ক্ষতিগ্রস্ত", "কৃষকদের"] -> True; ["মিছিলে", "অংশ", "নেওয়া", "শ্রমিকদের"] -> True;
    ["ক্ষতিগ্রস্ত", "কৃষকের"] -> False (one farmer, somebody the text may name)."""
    return (bool(g.plural_genitive_endings) and 1 < len(words) <= _DESCRIBED_GROUP_WORDS
            and words[-1].endswith(g.plural_genitive_endings)
            and not any(w in g.non_subject_words for w in words))


def _claim_region_placed(text: str, us: int, m) -> bool:
    """Whether the speaker region of a claim noun opens its sentence ("পরিবারের দাবি, ...") or closes
    it right after the bare noun ("... বলে দাবি পরিবারের।")."""
    if not text[us:us + m.start("S")].strip():
        return True
    return m.start("S") >= m.end("C") and not text[us + m.end("C"):us + m.start("S")].strip()


@speaker_rule("genitive_group_claim", decided=lambda args, found: found is not None)
def genitive_group_claim(text: str, us: int, m, g: Grammar, finder: SpeakerFinder) -> Speaker | None:
    """A short run of words in the genitive opening its sentence (after a discourse opener such as
    "তবে" at most) right before a claim or remark (the pack's `statement_nouns`) set off by a comma ("পরিবারের দাবি, ...",
    "খামারিদের অভিযোগ, ...", "নিহতের পরিবারের ভাষ্য, ..."), or closing it right after such a noun
    after the quotative ("... বলে দাবি পরিবারের।"), where no mention speaks: a group the article
    leaves unnamed claims the words; the speaker is the run as written, linked to no actor. The
    run is all genitives, or a group described before its plural genitive (rule described_group:
    "ক্ষতিগ্রস্ত কৃষকদের অভিযোগ, ..."). Never a run holding an entity or a genitive pronoun ("তাঁর",
    which speaks as a pronoun), nor one after a comma. Only a pack with `genitive_endings`.

    Example: "পরিবারের দাবি, তিনি সেচ দিতে গিয়েছিলেন।" -> speaker "পরিবারের", no actor."""
    if not g.genitive_endings or m.group("S") is None or not _claim_region_placed(text, us, m):
        return None
    cue = m.group("C").split()
    if not cue or cue[0] not in g.claim_noun_words or " ".join(cue) in g.according_to:
        return None
    region, start = _region(text, us + m.start("S"), us + m.end("S"))
    words = region.split()
    if words and words[0] in g.discourse_openers:
        words = words[1:]
    short_genitive_run = (0 < len(words) <= _GROUP_CLAIM_WORDS and not any(w in g.non_subject_words for w in words)
                          and all(w.endswith(g.genitive_endings) for w in words))
    if not short_genitive_run and not described_group(words, g):
        return None
    end = start + len(region)
    g_start = end - len(" ".join(words))
    if _holds_entity(finder, g_start, end):
        return None
    return Speaker(text=text[g_start:end], start=g_start, end=end, actor=None)
