"""A language's quote grammar: the patterns of its `quotes.yaml`, compiled once.

The templates name slots ({Q} quote, {S}/{SC} speaker region, {C} cue, {X} content, ...); this
module turns them into `regex` patterns. Nothing here knows a language: every word comes from
the pack.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from ..leadscan import LeadScan
from ..textutil import trie_pattern
from .marks import MarkRules
from .titlefind import TitleFinder, caseless_lead_words, folded_lead_words, words_without_space

MASK = "\ue000"  # stands for every character of a quoted span in a masked sentence
_B = r"(?<![\p{L}\p{M}\p{N}])"  # word boundaries that hold for Bengali vowel signs
_E = r"(?![\p{L}\p{M}\p{N}])"


def _set_off_nouns_rx(data: dict) -> str:
    """The pack's `set_off_statement_nouns`, each only right after a word in the genitive
    (`genitive_endings`): somebody's words ("অধিনায়কের কথা, ..."), never an adjective's noun ("তবে
    তার চেয়ে বড় কথা, ..." = more importantly, an aside nobody is quoted in).

    >>> bool(regex.search(_set_off_nouns_rx({"set_off_statement_nouns": ["কথা"], "genitive_endings": ["ের", "র"]}),
    ...                   "বড় কথা"))
    False
    """
    nouns = data.get("set_off_statement_nouns") or []
    if not nouns:
        return "(?!)"
    genitive = data.get("genitive_endings") or []
    after_genitive = rf"(?<=(?:{_alt(genitive)})\s+)" if genitive else ""
    return rf"{after_genitive}(?:{_alt(nouns)})"


def _statement_copula_rx(data: dict) -> str:
    """An optional copula between a statement noun and the comma that sets off its words (the pack's
    `statement_copulas`): "উপদেষ্টার জবাব ছিল, ..." (the adviser's answer was, ...).

    >>> bool(regex.fullmatch(_statement_copula_rx({"statement_copulas": ["ছিল"]}), " ছিল"))
    True
    """
    words = data.get("statement_copulas") or []
    return rf"(?:\s+(?:{_alt(words)}){_E})?" if words else ""


def _alt_or_never(words) -> str:
    """`_alt(words)`, or a pattern that never matches when there are none (`_alt` escapes its
    words, so a "(?!)" among them would be the literal text "(?!)")."""
    return _alt(words) if any(w and w.strip() for w in words or ()) else "(?!)"


def _alt(words) -> str:
    """A regex alternation of `words`, longest first, spaces matching any whitespace."""
    items = sorted({w.strip() for w in words if w and w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in items)


def _trie_alt(words) -> str:
    """`_alt(words)` factored by shared beginnings (a trie): it matches the same texts, but tries a
    branch only where its first letter is there, so it may stop at a shorter word than `_alt`'s
    longest-first order would (only where a match starts is the same). Why: the Bengali cue
    alternation (noun x light verb, 35,000 characters) cost 40 microseconds per position tried.

    >>> _trie_alt(["said", "says", "told"])
    '(?:sa(?:id|ys)|told)'
    """
    seqs = set()
    for w in {w.strip() for w in words if w and w.strip()}:
        units: list[str] = []
        for i, part in enumerate(w.split()):
            units.extend(([r"\s+"] if i else []) + [regex.escape(c) for c in part])
        seqs.add(tuple(units))
    return trie_pattern(seqs)


def _document_cues(data: dict) -> list[str]:
    """Each of the pack's `documents` followed by each of its `cues.document_verbs`: a verb that
    reports only after a document ("The caption read, '...'"; "He read the book" reports nothing).

    >>> _document_cues({"documents": ["statement"], "cues": {"document_verbs": ["read", "reads"]}})
    ['statement read', 'statement reads']
    """
    verbs = (data.get("cues") or {}).get("document_verbs") or []
    return [f"{doc} {verb}" for doc in data.get("documents") or [] for verb in verbs]


def _any_cue_rx(data: dict, alt) -> regex.Pattern:
    """Any cue anywhere (Grammar.cue_rx), its cue words joined by `alt` (`_words_trie` or `_trie_alt`).
    ("According to" opens sentences: that one is matched in any case; a noun of
    `set_off_statement_nouns` is a cue only before the comma or colon that sets off its words:
    "X-এর কথা, '...'", never "এসব কথা বলেন", whose cue is the verb)"""
    cues = data.get("cues") or {}
    words = _cues(cues, True) + _impersonal_cues(data.get("impersonal_cues") or {}) + _document_cues(data)
    return regex.compile(rf"{_B}(?:{_exact(data)}{alt(words)})|(?i:{_alt_or_never((data.get('according_to') or []) + (data.get('statement_nouns') or []))})"
                         rf"|(?i:{_set_off_nouns_rx(data)})(?={_statement_copula_rx(data)}\s*[,:ঃ])){_E}",
                         regex.IGNORECASE)


@dataclass
class Pattern:
    kind: str  # "quote": attributes quoted spans | "reported": unmarked reported speech
    rx: regex.Pattern
    speaker_any_case: bool = False
    speaker_may_lead_content: bool = False
    opens_after_marked_words: bool = False  # the quotes are only the marked spans from the match on
    index: int = 0  # its place in the pack's list, and its template as written (--explain)
    template: str = ""
    # a passive with no subject ("... বলে অভিযোগ করা হয়", "it was learnt that ..."): the words are
    # reported by nobody the sentence names, a quote with no speaker (rule impersonal_report)
    # ("issuer": only where an organisation named before the cue issued the words)
    impersonal: str = ""


@dataclass
class Grammar:
    code: str
    marks: MarkRules
    patterns: list[Pattern]
    cue_rx: regex.Pattern  # any cue anywhere
    # where a cue starts: cue_rx with its cue words factored by their first letters (`_trie_alt`);
    # it matches at the same positions, but may end elsewhere: only for where or whether
    cue_start_rx: regex.Pattern
    pronouns_singular: frozenset[str]
    pronouns_plural: frozenset[str]
    pronoun_rx: regex.Pattern | None
    title_rx: regex.Pattern | None
    honorific_rx: regex.Pattern | None
    honorific_name_rx: regex.Pattern | None
    non_subject: tuple[str, ...]
    ambiguous: tuple[str, ...]
    reported_speakers: frozenset[str]
    determiners: frozenset[str] = frozenset()
    title_finder: TitleFinder | None = None  # every match of title_rx, found from its title words
    # cue_start_rx tried only where a cue could begin (a word start; see leadscan.LeadScan), built
    # with the grammar so the disk cache keeps it: its looser copy took a fifth of a start-up
    cue_start_scan: LeadScan | None = None
    plural_titles: frozenset[str] = frozenset()  # titles naming a group ("officials", কর্মকর্তারা)
    non_subject_after: regex.Pattern | None = None
    # a name after one of the pack's `addressee_prepositions` and a few words of its title ("to
    # party convener X"): the addressee, no subject (rule addressed_through_title)
    addressed_through_title_rx: regex.Pattern | None = None
    # a clause of time closing an attribution, whose own subject may report ("..., X said, even as
    # Y said ...": rule report_in_closing_clause); None where the pack lists no openers
    closing_clause_rx: regex.Pattern | None = None
    # a cue and its complementiser ("wrote that"): a report of its own inside a speaker region
    # (rule reported_clause_in_region); None where the pack lists no complementisers
    cue_that_rx: regex.Pattern | None = None
    # clauses that continue an attributed sentence with more of the same speaker's words
    # (", adding that ...", ", saying ..."): matched after the cue of the first attribution
    tails: list[regex.Pattern] = field(default_factory=list)
    with_clauses: list[regex.Pattern] = field(default_factory=list)  # ", with X saying that ..."
    # the words between a speaker and the cue of its report when they hold an earlier cue and
    # what it said, joined to the report ("X said A and warned that B"; rule joined_head)
    joined_heads: list[regex.Pattern] = field(default_factory=list)
    # reported words before the speaker, closed by a converb ("... জানিয়ে তিনি বলেন"): each
    # matches the whole speaker region up to the speaker (rule converb_lead)
    leads: list[regex.Pattern] = field(default_factory=list)
    # a second act of speech joined to an attributed one with no subject of its own ("X ...
    # প্রশংসা করেন এবং ... পুনর্ব্যক্ত করেন"): matched right after the first cue (rule joined_speech_act)
    joined_acts: list[regex.Pattern] = field(default_factory=list)
    # sectors of actors whose name after unmarked words credits the story ("according to
    # UNB"): no speech (rule media_credit)
    credit_sectors: frozenset[str] = frozenset()
    # words opening a clause of time ("যখন"): a cue in one reports nothing (rule when_clause)
    when_words: frozenset[str] = frozenset()
    clause_joiners: frozenset[str] = frozenset()  # "and" joining two reported clauses
    complementisers: frozenset[str] = frozenset()  # "that" opening a reported clause after its cue
    # cues that add a quantity when a number follows ("added 91 for the fourth wicket"): no speech
    quantity_cues: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()  # numbers written as words ("nine", "forty")
    group_quantifiers: frozenset[str] = frozenset()  # words counting people ("some", "most"; rule quantified_group)
    # words counting some of a group named before them in the genitive ("অর্থনীতিবিদদের [অনেকে]"; rule partitive_group)
    partitive_quantifiers: frozenset[str] = frozenset()
    # first words of cues of a belief, which such a group holds rather than says ("... অনেকে [মনে] করেন")
    partitive_beliefs: frozenset[str] = frozenset()
    # classifiers a count takes before a noun of people ("ছয়জন কর্মকর্তা", "৩ জন শিক্ষক"): with a
    # number, a title counted as a group nobody named (rule indefinite)
    counters: frozenset[str] = frozenset()
    clause_verbs: frozenset[str] = frozenset()  # finite verbs that give a number after "added" its own clause
    # "and" joining a predicate to the cue ("X met Y and said ..."): X speaks (rule subject_of_joined_predicate)
    predicate_joiners: frozenset[str] = frozenset()
    # prepositions placing a group source ("according to traders in Rangpur"): the place after
    # one is where the source is, never who speaks (rule place_of_the_source)
    source_place_prepositions: frozenset[str] = frozenset()
    # words right after a body that make the words its unnamed sources' ("বাংলাদেশ ব্যাংক সূত্রে
    # জানা গেছে": sources at the bank, not the bank speaking; rule sources_of_a_body)
    source_postpositions: frozenset[str] = frozenset()
    according_to: frozenset[str] = frozenset()  # "according to": its source is never nominative
    # the plain verbs of saying or telling ("said", "told"): the words after one closing the sentence
    # are its inverted subject ("..., said an official of the council."; rule inverted_unnamed_person)
    plain_report_cues: frozenset[str] = frozenset()
    # last words of a source named by common words after it ("the traders", "the health ministry")
    according_to_sources: frozenset[str] = frozenset()
    # endings of a participle ("After meeting Y, X ..."): a name after one is its object, no subject
    participle_endings: tuple[str, ...] = ()
    # endings of a verb in the past ("arrested"): a name after one is its object (rule fronted_adverbial)
    past_endings: tuple[str, ...] = ()
    # endings of a verb form only a person takes (Bengali's honorific "-েন": "জানিয়েছেন", never a
    # body's "জানিয়েছে"): a short bare region before such a cue is somebody speaking
    person_cue_endings: tuple[str, ...] = ()
    # endings of a noun for a group ("-রা", "-গুলো"): no name a person the NER missed ends so
    # (rule shapeless_name_speaks)
    group_noun_endings: tuple[str, ...] = ()
    speaker_lead_words: int = 2  # words of adverbials before a named subject opening the content
    # sentences back over which a singular pronoun with no antecedent near it still finds the last
    # person who spoke, when nobody was named since (rule speaker_talks_on; 0: off)
    pronoun_talk_units: int = 0
    # words between a body and the document it issued ("X থেকে জারি করা এক প্রজ্ঞাপনে"): that
    # document speaking later is the body's (rule issuer_named_before)
    document_issuers: tuple[str, ...] = ()
    # verbs between a body and the document it put out, with an indefinite article ("X has
    # published a circular"): that document speaking sentences later is the body's (rule
    # issuer_of_introduced_document)
    document_introducers: tuple[str, ...] = ()
    # words standing for a document named just before ("এতে বলা হয়": in it, it says)
    document_pronouns: frozenset[str] = frozenset()
    # "South Africa's foreign affairs ministry": a body of a named place or organisation
    institution_rx: regex.Pattern | None = None
    # converbs of saying after a quotation ("“...,” বলে কান্নায় ভেঙে পড়েন তিনি"): a sentence with
    # quoted words and one of them is tried against the patterns though it holds no other cue
    # (the pack's `cues.speech_converbs`: the slot {SCV} compiled alone); None where the pack lists none
    speech_converb_rx: regex.Pattern | None = None
    # a person's name where the NER found none (after a title: "communications chief, Fahrettin
    # Altun"); None where the script gives names no shape (no capitals)
    name_rx: regex.Pattern | None = None
    # the cues by which an organisation reports words without marks ("the ministry said in a
    # statement that ..."); its other cues ("confirmed", "calls for") state facts or acts
    organisation_cues: frozenset[str] = frozenset()
    honorific_end_rx: regex.Pattern | None = None  # text ending in an honorific ("... মি.")
    non_subject_words: frozenset[str] = frozenset()  # never a clause's subject (তার, "his")
    relative_words: frozenset[str] = frozenset()  # a relative or associate ("স্বামী"): attribution.described_through_another
    # words that may stand between a title and its holder's name (ranks: "Lt Gen", "Md")
    name_prefixes: frozenset[str] = frozenset()
    # words opening a description of somebody not named ("a resident", "একজন কর্মকর্তা") and
    # titles that never stand for one known person ("sources", "সূত্র"): such a description is
    # not resolved to the last speaker
    indefinites: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()  # "who", "which": a clause about the noun before it
    anonymous_titles: frozenset[str] = frozenset()
    # a person by trade or part brought in unnamed: an indefinite, at most one word, then a word
    # closing on one of the pack's `unnamed_person_nouns` with one of its `unnamed_person_endings`
    # ("এক ব্যবসায়ীর", "স্থানীয় এক কৃষক"): a singular pronoun after one is that person, not the
    # speaker before (rule unnamed_person_since)
    unnamed_person_rx: regex.Pattern | None = None
    # a speaker who asks not to be named, right after their title or pronoun ("এক নেতা পরিচয় গোপন
    # রাখার অনুরোধ জানিয়ে বলেন"): nobody, whoever holds the office (rule asked_not_to_be_named)
    anonymity_rx: regex.Pattern | None = None
    # a region opening with officials of or at a body ("officials of the", the pack's
    # `body_voice_titles`, `title_complements`, `title_complement_articles`; rule officials_of_named_body)
    body_voice_rx: regex.Pattern | None = None
    adverbs: frozenset[str] = frozenset()  # words that may stand before a cue ("আরও"), never a name
    # words that refer back to an organisation or its statement ("the party", "the statement",
    # "it", "সংগঠনটি"): a speaker only where an organisation spoke or was named just before
    body_reference_rx: regex.Pattern | None = None
    # first-person words ("আমি", "we"): a sentence with one right after a quote is the speaker's
    first_person_rx: regex.Pattern | None = None
    # second-person words addressing the reader or the press ("আপনারা"): narration never does, so a
    # sentence with one outside quotation marks is the last speaker's own words running on
    addressed_person_rx: regex.Pattern | None = None
    # adjuncts that may stand between a bare name and its cue, at the end of that stretch
    # ("রহিম উদ্দিন [এ প্রসঙ্গে] বলেন"): the adverbs and the pack's `name_adjuncts`
    name_adjunct_rx: regex.Pattern | None = None
    postpositions: frozenset[str] = frozenset()  # never part of a name ("সাথে", "কাছে")
    # a speaker region that is a document ("বিবৃতিতে", "the statement"): its author speaks
    document_rx: regex.Pattern | None = None
    document_author_rx: regex.Pattern | None = None
    # adjuncts opening a speaker region ("[এক শোকবার্তায়] মন্ত্রণালয় বলেছে", "[রোববার] সিইসি বলেন")
    region_adjunct_rx: regex.Pattern | None = None
    # a country's own bodies named bare ("পুলিশের পক্ষ থেকে", "Police said"): word -> English head
    country_bodies: dict[str, str] = field(default_factory=dict)
    # a party to a case named bare ("প্রসিকিউশন জানিয়েছে", "prosecutors said"): word -> English head
    court_parties: dict[str, str] = field(default_factory=dict)
    # "he"/"she" and the honorifics that tell a person's gender ("Begum", "Mr"): m or f
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    honorific_genders: dict[str, str] = field(default_factory=dict)
    body_heads: frozenset[str] = frozenset()  # "কমিটি", "দপ্তর": a bare region ending in one names a body
    body_head_synonyms: tuple[frozenset[str], ...] = ()  # {"দপ্তর", "কার্যালয়"}: one body's head either way
    discourse_openers: frozenset[str] = frozenset()  # "তবে", "however": may open a speaker region
    # an adverbial set off by a comma before a sentence's subject ("At the meeting, ", "Later, ",
    # "Speaking to reporters, "): rule fronted_adverbial
    fronted_rx: regex.Pattern | None = None
    # a reference naming a kind of body ("the commission") -> sectors of bodies of that kind whose
    # names need not hold the word ("the party": PTY): rule body_kind_agrees
    body_reference_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    # possessive endings cut from words compared with those kinds ("party's" -> "party") and from
    # title keys (rule possessive_as_modifier)
    possessive_endings: tuple[str, ...] = ()
    # words making a title a past holder's ("former", "সাবেক"): such an apposition never names
    # who holds the office now
    past_holder_words: frozenset[str] = frozenset()
    # words, or prefixes of a compound title word, naming another office below the same title
    # without them ("deputy governor", "উপপরিচালক"): rule other_rank_of_office
    rank_words: frozenset[str] = frozenset()
    # prepositions joining an office to its portfolio ("the adviser for home affairs"): a later
    # mention may put the portfolio before the office ("the home adviser"); rule portfolio_before_office
    portfolio_prepositions: frozenset[str] = frozenset()
    # prefixes that make a rank only as the first part of a compound title word ("সহসভাপতি"): written
    # apart the same letters are another word ("প্রশাসক সহ পুলিশ সুপার X": "including")
    compound_rank_prefixes: frozenset[str] = frozenset()
    group_voices: frozenset[str] = frozenset()  # "BNP leaders", "বিএনপির নেতারা": the body speaks
    group_members: frozenset[str] = frozenset()  # "X-এর নেতাকর্মীসহ ...": a body's people, "they" after (they_for_a_body_group)
    passive_auxiliaries: frozenset[str] = frozenset()  # the pack's cue_not_after ("was", "been")
    # groups of heads naming one office ("chief", "ameer"): "the Jamaat chief" after "Jamaat
    # ameer X" is X (rule office_synonym)
    office_synonyms: tuple[frozenset[str], ...] = ()
    # a title's complement naming the body it belongs to ("president [of DRU]"): rule
    # office_of_named_body
    title_complement_rx: regex.Pattern | None = None
    # a title's complement describing its body without naming it ("president [of a leading
    # chamber]", "secretary [of the local trade body]"): rule office_of_described_body
    described_complement_rx: regex.Pattern | None = None
    title_complement_articles: frozenset[str] = frozenset()  # the articles in it ("the")
    # what joins a title, or a body of its complement, to the next body named in it (" of the ",
    # "'s Bazar office of the "): rule holder_after_office_of_body
    complement_joint_rx: regex.Pattern | None = None
    # an article and up to two lower-case words of an office before its title word ("the
    # managing " before "director"): rule body_set_off_before_office
    office_lead_rx: regex.Pattern | None = None
    # words standing for the quotation just before ("কথাগুলো বলছিলেন X"): a sentence of them and
    # a cue attributes that quotation, however long its adverbials (rule quote_reference)
    quote_references: frozenset[str] = frozenset()
    # cue nouns denying their object ("বিষয়টি অস্বীকার করেন"): what the object stands for is not
    # the speaker's words (rule denial)
    denials: frozenset[str] = frozenset()
    # words closing a woman's name that a title list also holds ("শাহনাজ বেগম", "Parveen Begum"):
    # a speaker's name goes on over them (rule name_suffix)
    name_suffixes: frozenset[str] = frozenset()
    # object nouns naming a feeling put into words ("গভীর শোক প্রকাশ করেছেন", "সমবেদনা জানান"): the
    # feeling is what was said, so the quote keeps the noun (rule expressed_feeling)
    feeling_nouns: frozenset[str] = frozenset()
    # the occasion of a feeling ("মৃত্যুতে") and the words that may stand between it and the feeling
    # noun ("গভীর", "ও"): such a report tells an emotion with no content (rule feeling_only)
    feeling_occasions: frozenset[str] = frozenset()
    feeling_intensifiers: frozenset[str] = frozenset()
    # whom a feeling is addressed to ("পরিবারের প্রতি গভীর সমবেদনা"): with only intensifiers and
    # feeling nouns after it, the report is an emotion with no content (rule feeling_only)
    feeling_addressees: frozenset[str] = frozenset()
    # object nouns whose bare object is a thing declared ("তফসিল ঘোষণা করেন"), no words said
    # (rule thing_declared)
    declared_thing_cues: frozenset[str] = frozenset()
    # the emphatic clitics a word may close with ("আয়োজনেরও"): the pack's cues.object_noun_clitics
    emphatic_clitics: tuple[str, ...] = ()
    # nouns besides the object nouns that, closing a lead before a converb of speech ("... ফেরত
    # দেওয়ার কথা জানিয়ে"), are its object, not words said (rule noun_object_of_converb)
    lead_object_nouns: frozenset[str] = frozenset()
    # quoted words then up to two words and one of the pack's `slogans` ("‘...’সহ নানা স্লোগান
    # দেন"): what a crowd chanted (rule slogan_run)
    slogan_rx: regex.Pattern | None = None
    # a slogan word before the quoted slogans, as the pack's `slogan_leads` pattern ends ("chanted
    # slogans such as, '...'"): what a crowd chanted (rule slogans_after_their_word)
    slogan_lead_rx: regex.Pattern | None = None
    # what follows quoted words written on something carried ("‘...’ লেখা প্ল্যাকার্ড", "‘...’, ‘...’—
    # এ ধরনের লেখা সংবলিত প্ল্যাকার্ড"), matched at the closing mark: no words said (GUIDELINES Q6;
    # the pack's `carried_writing`, rule written_on_something_carried)
    carried_writing_rx: regex.Pattern | None = None
    # a sentence that is only an act of telling whose object stands for the sentence before ("X
    # confirmed the matter", "X disclosed this information to reporters"; the pack's
    # `referring_reports`, its slots written out; rule matter_referred_after_cue)
    referring_report_rx: regex.Pattern | None = None
    # what may stand between two slogans of such a list: spaces, commas, semicolons and one of the
    # pack's `slogan_list_joiners` ("'...', '...' and '...'"; rule slogans_after_their_word)
    slogan_list_glue_rx: regex.Pattern | None = None
    # the pack's cues.object_nouns: a cue made of one takes its object before it ("... বিরত থাকার
    # আহ্বান জানান"), so the words before such a cue are no speaker (rule object_cue_lead)
    object_nouns: frozenset[str] = frozenset()
    # adverbs saying the speaker goes on ("তিনি আরও বলেন", "he further said"): a pronoun with one
    # is the last speaker, whoever was named in between (rule speaker_goes_on)
    continuation_adverbs: frozenset[str] = frozenset()
    subjectless_words: frozenset[str] = frozenset()  # "এরপর", "শুধু": all a region holds when the subject was dropped
    # a compound word ending in a title is that title ("পররাষ্ট্রমন্ত্রী" is a "মন্ত্রী"): the
    # pack's title_as_suffix (rule compound_office)
    title_as_suffix: bool = False
    # finite verbs after which a name closing its sentence is the subject (a language whose
    # subject may follow its verb: "শোক প্রকাশ করেছেন উপদেষ্টা X।"; rule postposed_subject):
    # the pack's light verbs and one-word speech verbs, where it says `postposed_subjects`
    postposed_subject_verbs: frozenset[str] = frozenset()
    # the endings of any finite verb a subject may follow ("ছুটে আসেন X।", "ভেঙে পড়েন X।"), beside
    # the listed verbs (the pack's `postposed_subject_endings`)
    postposed_subject_endings: tuple[str, ...] = ()
    # quotations standing alone, then one whose speaker follows it ("'...' '...,' বলছিলেন X"):
    # the run is that speaker's (the pack's `speaker_after_run`; rule speaker_after_run)
    speaker_after_run: bool = False
    # a quotation standing alone right after one of the same speaker, marks and stops between:
    # the same quotation going on into a new paragraph (the pack's `quotation_goes_on`; rule
    # quotation_goes_on)
    quotation_goes_on: bool = False
    # a report whose content opens with another's report ("A জানান, B বলেছেন, ..."): the words are
    # B's (the pack's `relayed_reports`; rule report_within_report)
    relayed_reports: bool = False
    # a clause naming a person, then after a comma their words in marks with no cue ("... দেখেন রিপন,
    # ‘...।’"): that person's (the pack's `clause_then_quotation`; rule clause_then_quotation)
    clause_then_quotation: bool = False
    # words after a quoted name or title ("‘জুলাই ঐক্য’ নামে একটি সংগঠন", "‘...’ শিরোনামে এক
    # পোস্টে"): the marks set off a name, not somebody's words (rule quoted_name)
    naming_words: frozenset[str] = frozenset()
    # titles that are also adjectives ("প্রধান": chief, and main): such a title with a common
    # noun after it is no title ("যানজটের প্রধান কারণ"; rule adjective_title)
    adjective_titles: frozenset[str] = frozenset()
    # titles naming a country's head only with the country written in them ("North Korean
    # leader"); bare they are some party's leader (rule generic_title)
    generic_titles: frozenset[str] = frozenset()
    # words no shapeless name before a cue holds: conjunctions, relative words, demonstratives
    # (rule no_name_word)
    bare_name_stops: frozenset[str] = frozenset()
    # genitive endings of a title before a statement noun ("সম্পাদকের মন্তব্য, ..."), longest
    # first: the title so inflected owns the words (rule genitive_title)
    genitive_endings: tuple[str, ...] = ()
    # plural genitive endings ("শিক্ষার্থীদের"): a group, never a holder's name in the genitive
    # (rule genitive_holder_before_statement)
    plural_genitive_endings: tuple[str, ...] = ()
    # the ending of an addressee right before a cue ("জাগো নিউজকে বলেন"): rule addressee_before_cue
    addressee_endings: tuple[str, ...] = ()
    # locative and plural endings of a word after a name ("হাসিমুখে", "রপ্তানিকারকরা"): a word so
    # closing is never the last word of a name the NER cut short (rule name_run_on_to_cue)
    adjunct_endings: tuple[str, ...] = ()
    # first words of the nouns after a speaker in the genitive ("মতে", "ভাষ্য", "কণ্ঠে"): rule
    # genitive_holder_before_statement (`_statement_noun_words`)
    statement_noun_words: frozenset[str] = frozenset()
    # first words of the pack's `statement_nouns` alone, claims and remarks ("দাবি", "অভিযোগ"), not
    # counts or words set off ("হিসাবে", "কথা"): a group in the genitive before one claims the words
    # after its comma (rule genitive_group_claim)
    claim_noun_words: frozenset[str] = frozenset()
    # a speaker region closing on an indefinite description of anybody ("এক দোকানি"), not only
    # of a listed title, names an unnamed speaker of a quotation (rule indefinite_description)
    indefinite_speakers: bool = False
    # a plural pronoun with a body's cue ("তারা জানায়") after a sentence a body opened: that body
    # (rule body_subject_as_they), where the verb's form tells a body from people
    they_for_a_subject_body: bool = False
    # a report holding its sentence's only marked words, each a word or two, far from its cue, is
    # the quote with them, not the marked words alone (rule report_holding_quoted_words): where the
    # language's gold reads a scare-quoted word inside a report so (English, not Bengali, whose
    # reports keep their ‘…’ words as partial quotes)
    report_holds_marked_words: bool = False
    # a sentence that is only a quotation goes on with the quote of the sentence before, by the
    # same speaker: one act of speech, one quote (rule quotation_runs_on; English, whose gold
    # counts a run of quoted sentences around one attribution as one entry)
    quotation_runs_on: bool = False
    # genitives pointing back at a body named before ("দলটির", "the party's" of "দলটির মহাসচিব"):
    # they agree with whatever body the person's title named (rule referring_modifier)
    referring_modifiers: frozenset[str] = frozenset()
    # the sectors of the body such a genitive points back at, for a group of it that speaks
    # ("দলটির নেতারা": a party's; rule group_of_body_referred_back)
    referring_modifier_sectors: dict = field(default_factory=dict)
    # the prepositions of the pack's `cue_adjuncts` ("in" of "said in a statement"): rule noun_phrase_ends
    adjunct_prepositions: frozenset[str] = frozenset()
    # a reference above with one or two words describing the body ("the trade body"), but for the pack's
    # `other_body_modifiers` ("the rival group"): rule described_body_reference, built once per pack
    described_body_rx: regex.Pattern | None = None
    # sources whose words are reported though nobody is named behind them ("The case alleges that",
    # "reports say"): a quote with no speaker (rule unauthored_source)
    unauthored_sources: frozenset[str] = frozenset()
    # words pointing back at somebody named before ("সাবেক এই নির্বাচন কর্মকর্তা"): a title with one
    # is that person's, whatever office they were named with (rule titled_otherwise)
    demonstratives: frozenset[str] = frozenset()
    # words opening the sentence after a heading in marks that claim it as words somebody said
    # ("That was the answer ...", with a cue): the heading is then a quote (rule heading_in_marks)
    heading_claims: frozenset[str] = frozenset()
    # speech verbs after a short subject run on from a short quotation with no comma ("‘We will not
    # give up’ Karim told reporters"): the quotation is speech, not a glued heading (rule
    # name_and_cue_after_marks)
    glued_speaker_cues: frozenset[str] = frozenset()
    # relative words opening a clause whose own subject follows ("a deal which the minister had
    # called ..."): a cue in that clause is its subject's (rule subject_of_cue_in_relative_clause)
    relative_openers: frozenset[str] = frozenset()
    # "কথা হয় X-এর সঙ্গে": the reporter talked with X, who speaks next though in the genitive: the
    # comitative postposition right after a name, and the impersonal "talk happened" in its
    # sentence (rule interlocutor)
    interlocutor_with_rx: regex.Pattern | None = None
    interlocutor_talk_rx: regex.Pattern | None = None
    voice_rx: regex.Pattern | None = None  # after a genitive name: "X-এর কণ্ঠে" (in X's voice)

    def may_report(self, kind: str, cue: str | None) -> bool:
        """Whether a speaker of this kind may own unmarked reported speech cued by `cue`:
        a person, a pronoun or a title always; an organisation ("পরিষদ জানিয়েছে, ...") only
        through one of its `organisation_cues`."""
        kind = "ORG" if kind == "body" else kind
        if kind not in self.reported_speakers:
            return False
        return kind != "ORG" or " ".join((cue or "").lower().split()) in self.organisation_cues

    def person_cue(self, cue: str | None) -> bool:
        """Whether a cue's last word is a verb form only a person takes (the pack's
        `person_cue_endings`: Bengali's honorific "জানিয়েছেন", never a body's "জানিয়েছে").

        >>> g = compile_grammar("xx", {"patterns": [], "person_cue_endings": ["েন"]})
        >>> g.person_cue("জানিয়েছেন"), g.person_cue("জানিয়েছে"), g.person_cue("")
        (True, False, False)"""
        words = (cue or "").split()
        return bool(words) and words[-1].endswith(self.person_cue_endings)  # (endswith(()) is False)

    def office_group(self, word: str) -> frozenset[str] | None:
        """The group of the pack's `office_synonyms` that holds `word` (one office under several
        heads or initialisms), or None.

        >>> g = compile_grammar("xx", {"patterns": [], "office_synonyms": [["Chief", "Ameer"]]})
        >>> sorted(g.office_group("chief")), g.office_group("leader")
        (['ameer', 'chief'], None)
        """
        return next((group for group in self.office_synonyms if word in group), None)


def _cue_rx(data: dict, with_converbs: bool, exact: bool = False) -> str:
    """The cue alternation, factored (verbs | nouns + light verbs) so that matching it does not
    try every noun-verb pair; each list a trie (`_words_trie`; `exact`: the cues are matched as
    written, `case_sensitive_cues`)."""
    converbs = set(data.get("converbs") or [])
    verbs = [v for v in data.get("verbs") or [] if with_converbs or v not in converbs]
    lvs = [v for v in data.get("light_verbs") or [] if with_converbs or v not in converbs]
    parts = []
    if data.get("nouns") and lvs:
        parts.append(rf"(?:{_words_trie(data['nouns'], exact)})\s+(?:{_words_trie(lvs, exact)})")
    if verbs:
        parts.append(_words_trie(verbs, exact))
    return "|".join(parts) or "(?!)"


def _words_trie(words, exact: bool = False) -> str:
    """Words as an alternation that matches what `_alt(words)` does and prefers the same word where
    two match (the longer), tried only where a word's first letter is there: `_trie_alt` of the
    words case-folded for a pattern that ignores case (`exact`: as written, for one that does
    not), `_alt` where folding changes a word's length ("ß" -> "ss"). Why: the Bengali cue
    verbs and nouns, a flat alternation, were a fifth of the quote patterns' search time.

    >>> _words_trie(["Said", "said", "says"]), _words_trie(["Said", "says"], exact=True)
    ('sa(?:id|ys)', '(?:Said|says)')
    """
    words = [w for w in words if w and w.strip()]
    if exact:
        return _trie_alt(words)
    if any(len(w.casefold()) != len(w) for w in words):
        return _alt(words)
    return _trie_alt([w.casefold() for w in words])


def _object_nouns(cues: dict) -> list[str]:
    """The pack's `object_nouns`, each also with every emphatic clitic of `object_noun_clitics`
    closing it: "... তোলার দাবিও জানান তিনি" (demanded that too) is the act "দাবি জানান".

    >>> _object_nouns({"object_nouns": ["দাবি"], "object_noun_clitics": ["ও"]})
    ['দাবি', 'দাবিও']
    """
    nouns = list(cues.get("object_nouns") or [])
    return nouns + [n + c for c in cues.get("object_noun_clitics") or [] for n in nouns]


def _cues(data: dict, with_converbs: bool) -> list[str]:
    cues = list(data.get("verbs") or [])
    converbs = set(data.get("converbs") or [])
    for noun in data.get("nouns") or []:
        for lv in data.get("light_verbs") or []:
            if with_converbs or lv not in converbs:
                cues.append(f"{noun} {lv}")
    for noun in _object_nouns(data):
        cues.extend(f"{noun} {lv}" for lv in data.get("light_verbs") or [] if lv not in converbs)
    cues.extend(data.get("object_verbs") or [])
    if not with_converbs:
        cues = [c for c in cues if c not in converbs]
    return cues


def _adjunct_rx(data: dict) -> str:
    """One adjunct between a cue and its complementiser ("said [in a statement] that", "told
    Reuters [on Monday] that"): a preposition opening a short phrase that holds no quotation
    and no clause break, or a time word."""
    parts = []
    if data.get("prepositions"):
        # (a clock time's colon or point is no clause break: "told X at around 7:15 am that")
        parts.append(rf"{_B}(?:{_alt(data['prepositions'])})\s+(?:[^{MASK},;:.!?।]|(?<=\d)[:.](?=\d)){{1,80}}?")
    if data.get("words"):
        parts.append(rf"{_B}(?:{_alt(data['words'])}){_E}")
    return f"(?:{'|'.join(parts)})" if parts else "(?!)"


def _fronted_rx(data: dict) -> regex.Pattern | None:
    """An adverbial set off by a comma at the start of a text (after any closing quotation mark): one
    of the pack's `fronted_adverbs`, a phrase opened by one of its `fronted_prepositions`, or a
    participle clause (a word of its `participle_endings`); None where the pack lists none.

    >>> _fronted_rx({"fronted_prepositions": ["at"], "fronted_adverbs": ["later"],
    ...              "participle_endings": ["ing"]}).match("Speaking to reporters, X").group()
    'Speaking to reporters, '
    """
    preps, adverbs = data.get("fronted_prepositions") or [], data.get("fronted_adverbs") or []
    if not preps and not adverbs:
        return None
    parts = [rf"(?i:{_alt(adverbs)})"] if adverbs else []
    if preps:
        parts.append(rf"(?i:{_alt(preps)})\s+[^,;:.!?{MASK}]{{1,90}}?")
    if data.get("participle_endings"):
        parts.append(rf"\p{{L}}+(?:{_alt(data['participle_endings'])})\s+[^,;:.!?{MASK}]{{1,90}}?")
    return regex.compile(rf"^[^\p{{L}}]*(?:{'|'.join(parts)}),\s+")


def _optional_words(words) -> str:
    """An optional one of `words` and the spaces after it ("the " before a body's name); "" for none.

    >>> regex.match(_optional_words(["the"]) + "Unity", "the  Unity") is not None, _optional_words([])
    (True, '')
    """
    return rf"(?:(?:{_alt(words)})\s+)?" if words else ""


def _described_complement_rx(data: dict) -> regex.Pattern | None:
    """A title's complement that describes a body in lower-case words without naming it: a
    complement word (`title_complements`), then one of `indefinites` and a word ("of a leading"),
    or an article of `title_complement_articles` and two words ("of the local trade"; "of the
    army" alone may point back at a body named before). None where the pack lacks either list.

    >>> rx = _described_complement_rx({"title_complements": ["of"], "indefinites": ["a"],
    ...                                "title_complement_articles": ["the"]})
    >>> [bool(rx.match(s)) for s in (" of a leading chamber", " of the local trade body", " of the army", " of DRU")]
    [True, True, False, False]
    """
    if not data.get("title_complements") or not data.get("indefinites"):
        return None
    word = r"\p{Ll}[\p{Ll}\p{M}-]*"
    definite = rf"|(?:{_alt(data['title_complement_articles'])})\s+{word}\s+" if data.get("title_complement_articles") else ""
    return regex.compile(rf"\s+(?:{_alt(data['title_complements'])})\s+(?:(?:{_alt(data['indefinites'])})\s+{definite}){word}\b")


def _articles(data: dict) -> list[str]:
    """The pack's articles, its `indefinites` then its `determiners` (both optional): ["a", "an", "the"]."""
    return list(data.get("indefinites") or []) + list(data.get("determiners") or [])


def _document_author_rx(data: dict) -> regex.Pattern | None:
    """A document and the words that lead to its author ("a statement issued by "): an article
    (`indefinites` or `determiners`), up to two words, one of `documents`, one of
    `document_author_links`. None where the pack lacks any of the three lists (each key is optional
    in the schema, so a pack without articles switches the rule off instead of failing to load).

    >>> _document_author_rx({"indefinites": ["a"], "documents": ["statement"],
    ...     "document_author_links": ["issued by"]}).match("a joint statement issued by ").end()
    28
    >>> _document_author_rx({"documents": ["statement"], "document_author_links": ["by"]}) is None
    True
    """
    articles = _articles(data)
    if not (articles and data.get("documents") and data.get("document_author_links")):
        return None
    return regex.compile(
        rf"(?:{_alt(articles)})\s+(?:[\p{{L}}-]+\s+){{0,2}}?"
        rf"(?:{_alt(data['documents'])})\s+(?:{_alt(data['document_author_links'])})\s+", regex.IGNORECASE)


def _adjunct_alt(data: dict, *more: str) -> str | None:
    """The words that may stand beside a speaker's name in its region, as one alternation: the
    pack's `name_adjuncts`, the lists named in `more`, and `adverbs`; None where the pack lists no
    `name_adjuncts` (the rules that use them are then off).

    >>> _adjunct_alt({"name_adjuncts": ["রোববার"], "adverbs": ["আরও"], "documents": ["শোকবার্তায়"]}, "documents")
    'শোকবার্তায়|রোববার|আরও'
    >>> _adjunct_alt({"adverbs": ["আরও"]}) is None
    True
    """
    if not data.get("name_adjuncts"):
        return None
    return _alt([w for key in ("name_adjuncts", *more, "adverbs") for w in data.get(key) or ()])


def _region_adjunct_rx(data: dict) -> regex.Pattern | None:
    """One or two adjuncts opening a speaker region, before the words that name the speaker: one
    of the pack's `documents` (an indefinite before it), `name_adjuncts` or `adverbs`; None where
    the pack lists no `name_adjuncts`.

    >>> rx = _region_adjunct_rx({"name_adjuncts": ["রোববার"], "documents": ["শোকবার্তায়"], "indefinites": ["এক"]})
    >>> rx.match("এক শোকবার্তায় মন্ত্রণালয়").end(), rx.match("রোববার সিইসি").end(), rx.match("সিইসি")
    (15, 7, None)
    """
    words = _adjunct_alt(data, "documents")
    if words is None:
        return None
    article = rf"(?:(?:{_alt(data['indefinites'])})\s+)?" if data.get("indefinites") else ""
    return regex.compile(rf"(?:{article}(?:{words}){_E}\s+){{1,2}}", regex.IGNORECASE)


def _name_adjunct_rx(data: dict) -> regex.Pattern | None:
    """One to three adjuncts closing a stretch of text (what may stand between a name and its
    cue): the pack's `name_adjuncts` and `adverbs`; None where the pack lists no `name_adjuncts`.
    The stretch may be nothing but adjuncts ("মন্ত্রী [এ বিষয়ে] বলেন"): then no name is left.

    >>> _name_adjunct_rx({"name_adjuncts": ["এ প্রসঙ্গে"], "adverbs": ["আরও"]}).search("রহিম এ প্রসঙ্গে আরও").start()
    4
    >>> _name_adjunct_rx({"name_adjuncts": ["এ প্রসঙ্গে"]}).search("এ প্রসঙ্গে").start()
    0
    """
    words = _adjunct_alt(data)
    if words is None:
        return None
    return regex.compile(rf"(?:(?:^|\s+){_B}(?:{words}){_E}){{1,3}}$", regex.IGNORECASE)


# the keys a quotes.yaml may hold, per section: an unknown key is a typo that would silently
# switch a rule off, so loading refuses it
SCHEMA: dict[str, frozenset[str]] = {
    "": frozenset({
        "marks", "cues", "adverbs", "complementisers", "as_particles", "according_to", "statement_nouns", "set_off_statement_nouns", "statement_copulas", "addressee",
        "cue_not_after", "plain_report_cues", "second_act", "referring_reports", "case_sensitive_cues", "cue_adjuncts", "patterns", "tails", "joined_heads", "joined_acts", "reported_speakers",
        "organisation_cues", "clause_joiners", "speaker_lead_words", "pronouns", "titles", "plural_titles",
        "title_modifier", "title_modifiers_max", "title_as_suffix", "determiners", "honorifics",
        "honorific_name", "name_prefixes", "name", "institutions", "non_subject_suffixes",
        "non_subject_words", "non_subject_after", "addressee_prepositions", "closing_clause_openers", "ambiguous_suffixes", "indefinites", "anonymous_titles",
        "unnamed_person_nouns", "unnamed_person_endings", "body_references", "first_person", "addressed_person", "name_adjuncts", "postpositions", "documents",
        "country_bodies", "court_parties", "discourse_openers", "additive_openers", "body_passives", "passive_auxiliaries", "fronted_prepositions", "fronted_adverbs", "body_reference_kinds", "possessive_endings", "genders", "past_holder_words", "rank_words", "compound_rank_prefixes", "office_synonyms", "portfolio_prepositions",
        "title_complements", "title_complement_articles", "leads", "credit_sectors", "quantity_cues", "number_words", "counters", "clause_verbs", "group_quantifiers", "partitive_quantifiers", "partitive_beliefs",
        "when_words", "group_voices", "group_members", "with_clauses", "quote_references", "name_suffixes",
        "continuation_adverbs", "subjectless_words", "postposed_subjects", "feeling_nouns", "feeling_occasions", "feeling_intensifiers", "feeling_addressees", "declared_thing_cues", "lead_object_nouns", "slogans", "relative_words", "infinitives",
        "speaker_after_run", "quotation_goes_on", "relayed_reports", "clause_then_quotation", "slogan_leads", "slogan_list_joiners", "carried_writing", "naming_words", "adjective_titles", "generic_titles", "bare_name_stops", "genitive_endings", "plural_genitive_endings", "addressee_endings", "adjunct_endings",
        "indefinite_speakers", "referring_modifiers", "referring_modifier_sectors", "other_body_modifiers", "demonstratives", "interlocutor_postpositions",
        "interlocutor_talk", "voice_nouns", "they_for_a_subject_body", "report_holds_marked_words", "quotation_runs_on",
        "predicate_joiners", "participle_endings", "past_endings", "subheading_not_cues",
        "source_place_prepositions", "source_postpositions", "according_to_sources", "document_author_links",
        "person_cue_endings", "group_noun_endings", "denials", "relative_pronouns", "unauthored_sources", "heading_claims", "glued_speaker_cues", "relative_openers",
        "pronoun_talk_units", "document_issuers", "document_introducers", "document_pronouns", "anonymity", "anonymity_asides", "body_voice_titles", "postposed_subject_endings",
        "impersonal_cues", "body_heads", "body_head_synonyms", "inverted_clause_verbs", "quotative_adjuncts"}),
    "marks": frozenset({"double", "single", "elisions", "closing_suffixes", "plural_possessives"}),
    "cues": frozenset({"verbs", "nouns", "light_verbs", "object_nouns", "object_noun_clitics", "object_verbs", "quotatives",
                       "converbs", "bare", "speech_converbs", "document_verbs"}),
    "cue_adjuncts": frozenset({"prepositions", "words"}),
    "anonymity_asides": frozenset({"words", "reasons"}),
    "impersonal_cues": frozenset({"verbs", "sourced_verbs", "nouns", "participles", "auxiliaries", "auxiliary_before"}),
    "pronouns": frozenset({"singular", "plural"}),
    "genders": frozenset({"pronouns", "honorifics"}),
}


def check_schema(code: str, data: dict) -> None:
    """Refuse a quotes.yaml with a key the engine does not read.

    >>> check_schema("xx", {"cues": {"verb": ["said"]}})
    Traceback (most recent call last):
    ValueError: lang/xx/quotes.yaml: unknown key 'cues.verb'
    """
    for section, keys in SCHEMA.items():
        node = data if not section else (data.get(section) or {})
        for key in node:
            if key not in keys:
                raise ValueError(f"lang/{code}/quotes.yaml: unknown key {(section + '.' if section else '') + key!r}")


def _fill(template: str, slots: dict[str, str]) -> str:
    """`template` with each {NAME} of `slots` written out, the longest names first ({SC} before {S}).

    >>> _fill("{SC} {S}", {"S": "s", "SC": "sc"})
    'sc s'
    """
    for name in sorted(slots, key=len, reverse=True):
        template = template.replace("{" + name + "}", slots[name])
    return template


def _document_slots(data: dict) -> dict[str, str]:
    """{DV}: a verb that reports only after a document, as the group C ("The circular reads that
    ..."); {DOC}: the document before it, for a lookbehind closing the speaker region.

    >>> _document_slots({"cues": {"document_verbs": ["reads"]}, "documents": ["circular"]})["DOC"].count("circular")
    1
    """
    cues = data.get("cues") or {}
    return {"DV": rf"{_B}(?P<C>{_alt_or_never(cues.get('document_verbs'))}){_E}",
            "DOC": rf"{_B}(?:{_alt_or_never(data.get('documents'))})"}


def _opener_slot(data: dict) -> str:
    """The {DO} slot: a word of the pack's `discourse_openers` or `additive_openers` and its comma,
    which may open a sentence before its speaker region ("তবে, ", "এছাড়া, "), or nothing.

    >>> rx = regex.compile(_opener_slot({"discourse_openers": ["তবে"], "additive_openers": ["এ ছাড়া"]}) + "X")
    >>> [bool(rx.fullmatch(t)) for t in ("এ ছাড়া , X", "তবে,X", "X", "তবে X")]
    [True, True, True, False]
    """
    words = [*(data.get("discourse_openers") or ()), *(data.get("additive_openers") or ())]
    return rf"(?:(?:{_alt(words)})\s*,\s*)?" if words else ""


def _body_passive_slot(data: dict) -> str:
    """The {BP} slot: one of the pack's `body_passives`, a passive of saying whose subject is a body
    named before it with "from" ("মন্ত্রণালয় থেকে জানানো হয়েছে"), as the group C.

    >>> regex.fullmatch(_body_passive_slot({"body_passives": ["was said"]}), "was  said").group("C")
    'was  said'
    """
    return rf"(?P<C>{_alt_or_never(data.get('body_passives'))})"


def _not_passive_slot(data: dict) -> str:
    """The {NPA} slot: no auxiliary of the passive (the pack's `passive_auxiliaries`) right before
    the cue that follows, which is then the act of the subject ("X confirmed his death", never "his
    death was confirmed"); "" where the pack lists none.

    >>> rx = regex.compile(r"\\w+\\s+" + _not_passive_slot({"passive_auxiliaries": ["was"]}) + "told")
    >>> bool(rx.search("he told")), bool(rx.search("he was told"))
    (True, False)
    """
    words = data.get("passive_auxiliaries")
    return rf"(?<!\b(?:{_alt(words)})\s+)" if words else ""


def _not_in_a_report_slot(data: dict) -> str:
    """The {NRC} slot: no plain verb of saying or telling (the pack's `plain_report_cues`: "said",
    "told") earlier in the clause of the cue that follows, which then only goes on with that report
    ("X said the plan was sound and asked why ...", read whole); "" where the pack lists none.

    >>> rx = regex.compile(_not_in_a_report_slot({"plain_report_cues": ["said"]}) + "asked")
    >>> bool(rx.search("he asked why")), bool(rx.search("he said so and asked why")), bool(rx.search("he said so, asked why"))
    (True, False, True)
    """
    words = data.get("plain_report_cues")
    return rf"(?<!\b(?-i:{_alt(words)})\b[^,;:]*?)" if words else ""


def _second_act_slot(data: dict) -> str:
    r"""The {AND} slot: the subject's second act after a joiner, closing the sentence on a finite
    verb of its own ("... বলে বর্ণনা করেছেন X এবং ... সতর্ক করেছেন তিনি": X speaks), the pack's
    `second_act` with its {QM} written out; never where the pack has none.

    >>> _second_act_slot({"second_act": r"\s+and\s+[^{QM}]*"}) == r"\s+and\s+[^" + MASK + "]*", _second_act_slot({})
    (True, '(?!)')
    """
    return _fill(data["second_act"], {"QM": MASK}) if data.get("second_act") else "(?!)"


def _slots(data: dict) -> dict[str, str]:
    """The regex written for each {NAME} slot of the pack's templates (all but the cue slots).

    >>> _slots({})["T"], _slots({"complementisers": ["that"]})["T"].count("that")
    ('(?!)', 1)
    """
    cues = data.get("cues") or {}
    adverbs = _alt(data.get("adverbs") or [])
    slots = {
        # a whole masked span, never a piece of one (a search starting inside a long quotation
        # would retry every position: quadratic)
        "Q": f"(?<!{MASK})(?P<Q>{MASK}++)",
        # the character standing for a quoted span, for character classes ("[^{QM}]": no quotation)
        "QM": MASK,
        # (a clock time's colon is no clause break: "a post on X's page at 12:26 pm")
        "S": rf"(?P<S>(?:[^{MASK},;:।]|(?<=\d):(?=\d)){{1,120}}?)",
        "SC": rf"(?P<S>(?:[^{MASK};:।]|(?<=\d):(?=\d)){{1,160}}?)",
        "A": rf"(?:{_B}(?:{adverbs}){_E}\s+){{0,3}}" if adverbs else "",
        # a long speaker region for SOV clauses with a quoted object ("X ... 'Y' অভিযোগ করেন")
        "SL": rf"(?P<S>[^{MASK},;:।]{{1,260}}?)",
        # words between a quoted phrase and its cue ("as" in 'described it as "..."', হিসেবে)
        "AS": rf"(?:{_B}(?:{_alt(data.get('as_particles') or [])}){_E}\s*)?" if data.get("as_particles") else "",
        # a short object between the cue and the quoted phrase ("condemned the move as")
        # (a full stop inside "U.S." is no sentence end)
        "GAP": rf"(?:[^{MASK}.!?।;]|\.(?!\s)|(?<=\p{{Lu}})\.){{0,90}}?",
        # a whole predicate before a participle ("reaffirmed his commitment to ... saying that")
        "GAPL": rf"(?:[^{MASK}.!?।;]|\.(?!\s)|(?<=\p{{Lu}})\.){{0,220}}?",
        "X": r"(?P<X>.{3,}?)",
        "T": rf"{_B}(?:{_alt(data.get('complementisers') or [])}){_E}" if data.get("complementisers") else "(?!)",
        "P": rf"{_B}(?:{_alt(cues.get('quotatives') or [])}){_E}" if cues.get("quotatives") else "(?!)",
        "G": rf"{_B}(?P<C>{_alt(data.get('according_to') or [])}){_E}" if data.get("according_to") else "(?!)",
        # a speaker's claim or remark as a noun after the speaker ("কৃষকদের দাবি, ...")
        "CN": (rf"{_B}(?P<C>{_alt_or_never(data.get('statement_nouns'))}|{_set_off_nouns_rx(data)}){_E}"
               if data.get("statement_nouns") or data.get("set_off_statement_nouns") else "(?!)"),
        # the copula that may follow such a noun before its comma ("X-এর মন্তব্য ছিল, ...")
        "CP": _statement_copula_rx(data),
        "O": rf"(?:{data['addressee']})" if data.get("addressee") else "(?!)",
        # an infinitive that ends an instruction's content ("ফিরতে" in "... ফিরতে বলেছে X")
        "INF": rf"(?:{_alt(data['infinitives'])})" if data.get("infinitives") else "(?!)",
        # a converb of saying closing a quotation ("“...,” বলে কান্নায় ভেঙে পড়েন তিনি")
        "SCV": rf"{_B}(?P<C>{_alt(cues['speech_converbs'])}){_E}" if cues.get("speech_converbs") else "(?!)",
        "J": _adjunct_rx(data.get("cue_adjuncts") or {}),
        # an optional subheading run into the sentence and closed by its colon, holding none of
        # the pack's `subheading_not_cues` ("Security plan: more troops X said ...")
        "H": rf"(?:(?![^:]*\b(?-i:{_alt(data['subheading_not_cues'])})\b)[^{MASK}:;.!?]{{3,100}}:\s+)?"
        if data.get("subheading_not_cues") else "",
    }
    slots.update(_document_slots(data), DO=_opener_slot(data), BP=_body_passive_slot(data), NPA=_not_passive_slot(data))
    slots["PA"] = _quotative_adjunct_slot(data)
    slots.update(TO=_addressee_slot(data), NRC=_not_in_a_report_slot(data), AND=_second_act_slot(data))
    # a relative pronoun opening a clause about the words before it ("X, যিনি ..., বলেন")
    slots["RP"] = rf"(?:{_alt(data['relative_pronouns'])})" if data.get("relative_pronouns") else "(?!)"
    # a finite verb that makes the words after an inverted cue a clause of their own ("..., said X,
    # the talks went well"; the pack's `clause_verbs` and `inverted_clause_verbs`)
    slots["FV"] = rf"(?:{_alt_or_never([*(data.get('clause_verbs') or ()), *(data.get('inverted_clause_verbs') or ())])})"
    slots["CO"] = _object_cue_slot(data)
    slots["AN"] = _anonymity_aside_slot(data)
    slots["IC"] = _impersonal_cue_slot(data.get("impersonal_cues") or {})
    slots["ICS"] = _impersonal_cue_slot(data.get("impersonal_cues") or {}, "sourced_verbs")
    return slots


def _anonymity_aside_slot(data: dict) -> str:
    """The {AN} slot: words by which the speaker asks not to be named, set off after the cue (the
    pack's `anonymity_asides.words`: "..., an official said, asking not to be named."), with the
    reason a clause opened by one of its `reasons` gives after them; "(?!)" without the words.

    >>> rx = regex.compile(_anonymity_aside_slot({"anonymity_asides": {"words": ["asking not to be named"],
    ...                                                                  "reasons": ["as"]}}) + "$")
    >>> [bool(rx.match(t)) for t in ("asking not to be named", "asking not to be named as he had no permission",
    ...                              "asking the traders to stay calm")]
    [True, True, False]
    """
    asides = data.get("anonymity_asides") or {}
    if not asides.get("words"):
        return "(?!)"
    reasons = rf"(?:\s+(?:{_alt(asides['reasons'])})\s[^{MASK};:]{{3,160}}?)?" if asides.get("reasons") else ""
    return rf"(?:{_B}(?:{_alt(asides['words'])}){_E}{reasons})"


_QUOTATIVE_ADJUNCTS_MAX = 3  # adjuncts between a quotative and its cue ("বলে সোমবার রাতে সাংবাদিকদের জানান")


def _quotative_adjunct_slot(data: dict) -> str:
    """The {PA} slot: up to three adjuncts between a quotative and its cue, each a time, a place
    of telling or an adverb (the pack's `name_adjuncts`, `adverbs`, `quotative_adjuncts`; "বলে
    সোমবার জানিয়েছেন", "বলে নিজেই নিশ্চিত করেন") with an optional bracketed date after it ("সোমবার
    (২৯ ডিসেম্বর)"), or whom the words were told, one word in one of the pack's `addressee_endings`
    ("বলে বিবিসিকে জানান", "বলে বিবিসি বাংলাকে জানান"); "" where the pack lists no `quotative_adjuncts`.

    >>> rx = regex.compile(_quotative_adjunct_slot({"quotative_adjuncts": ["নিজেই"], "name_adjuncts": ["সোমবার"],
    ...                                             "addressee_endings": ["কে"]}) + "জানান")
    >>> [bool(rx.fullmatch(t)) for t in ("সোমবার (২৯ ডিসেম্বর) নিজেই জানান", "বিবিসিকে জানান", "সমাবেশে জানান")]
    [True, True, False]
    """
    if not data.get("quotative_adjuncts"):
        return ""
    words = _alt([w for key in ("quotative_adjuncts", "name_adjuncts", "adverbs") for w in data.get(key) or ()])
    told = f"|{_addressee_words(data)}" if data.get("addressee_endings") else ""
    return rf"(?:(?:{_B}(?:{words}){_E}(?:\s*\([^()]{{1,40}}\))?{told})\s+){{0,{_QUOTATIVE_ADJUNCTS_MAX}}}"


def _addressee_words(data: dict) -> str:
    """Whom words were told: a word or two, the last in one of the pack's `addressee_endings`
    ("বিবিসিকে", "প্রথম আলোকে"); a piece of the {PA} and {TO} slots.

    >>> rx = regex.compile(_addressee_words({"addressee_endings": ["কে"]}))
    >>> [bool(rx.fullmatch(t)) for t in ("বিবিসিকে", "প্রথম আলোকে", "সমাবেশে")]
    [True, True, False]
    """
    return rf"(?:[\p{{L}}\p{{M}}]+\s+)?[\p{{L}}\p{{M}}]+(?:{_alt(data['addressee_endings'])})"


def _addressee_slot(data: dict) -> str:
    """The {TO} slot: an optional addressee right before a cue whose subject follows it ("...,
    বিবিসিকে বলেন তিনি": whom the words were told, never the speaker); "" for a pack with no
    `addressee_endings`.

    >>> rx = regex.compile(_addressee_slot({"addressee_endings": ["কে"]}) + "বলেন")
    >>> [bool(rx.fullmatch(t)) for t in ("প্রথম আলোকে বলেন", "বলেন", "সমাবেশে বলেন")]
    [True, True, False]
    """
    return rf"(?:{_addressee_words(data)}\s+)?" if data.get("addressee_endings") else ""


def _impersonal_cue_slot(cues: dict, key: str = "verbs") -> str:
    """The {IC} slot: a passive of saying with no subject, every verb and every noun with every
    participle, each with every auxiliary (the pack's `impersonal_cues`; "বলা হয়েছে", "অভিযোগ করা
    হয়", "was learnt"), as the group C.

    >>> cues = {"verbs": ["বলা"], "nouns": ["দাবি"], "participles": ["করা"], "auxiliaries": ["হয়", "হয়েছে"]}
    >>> bool(regex.fullmatch(_impersonal_cue_slot(cues), "দাবি করা হয়েছে")), bool(regex.fullmatch(_impersonal_cue_slot(cues), "দাবি হয়"))
    (True, False)
    """
    forms = _impersonal_cues(cues, key)
    return rf"{_B}(?P<C>{_words_trie(forms)}){_E}" if forms else "(?!)"


def _impersonal_cues(cues: dict, key: str | None = None) -> list[str]:
    """Every form of the pack's `impersonal_cues` (of its `key` list of verbs and its nouns, or
    with no key of all): each verb and each noun with each participle, followed by each
    auxiliary ("অভিযোগ করা হয়"), or after it with `auxiliary_before` ("was learnt")."""
    keys = (key,) if key else ("verbs", "sourced_verbs")
    nouns = cues.get("nouns") or [] if key in (None, "verbs") else []
    stems = [v for k in keys for v in cues.get(k) or []] + [f"{n} {p}" for n in nouns for p in cues.get("participles") or []]
    auxiliaries = cues.get("auxiliaries") or []
    if cues.get("auxiliary_before"):
        return [f"{aux} {stem}" for stem in stems for aux in auxiliaries]
    return [f"{stem} {aux}" for stem in stems for aux in auxiliaries]


def _exact(data: dict) -> str:
    """The group opening a cue written as the pack writes it, where the pack asks for that: "States"
    in "the United States" is no "states".

    >>> _exact({"case_sensitive_cues": True}), _exact({})
    ('(?-i:', '(?:')
    """
    return "(?-i:" if data.get("case_sensitive_cues") else "(?:"


def _object_cue_slot(data: dict) -> str:
    """The {CO} slot: cues whose object is the content ("... থেকে বিরত থাকার আহ্বান জানান"), which
    need no quotative.

    >>> _object_cue_slot({})
    '(?!)'
    >>> cues = {"object_nouns": ["দাবি"], "light_verbs": ["জানান"], "object_noun_clitics": ["ও"]}
    >>> bool(regex.search(_object_cue_slot({"cues": cues}), "বিচারের দাবিও জানান তিনি"))
    True
    """
    cues = data.get("cues") or {}
    obj = _object_nouns(cues)
    obj_lvs = [v for v in cues.get("light_verbs") or [] if v not in set(cues.get("converbs") or [])]
    obj_alts = ([rf"(?:{_alt(obj)})\s+(?:{_alt(obj_lvs)})"] if obj and obj_lvs else []) + \
        ([_alt(cues["object_verbs"])] if cues.get("object_verbs") else [])
    return rf"{_B}(?P<C>{_exact(data)}{'|'.join(obj_alts)})){_E}" if obj_alts else "(?!)"


def _not_after(data: dict) -> str:
    """A lookbehind refusing a cue right after one of the pack's `cue_not_after` ("was said"); "" for none.

    >>> _not_after({})
    ''
    """
    na = data.get("cue_not_after") or []
    # (adverbs may stand between: "were also noted" is as passive as "were noted")
    single_adverbs = [w for w in data.get("adverbs") or [] if len(w.split()) == 1]
    between = rf"(?:(?:{_alt(single_adverbs)})\s+){{0,2}}" if single_adverbs else ""
    return rf"(?<!{_B}(?:{_alt(na)})\s+{between})" if na else ""


def _patterns(data: dict, slots: dict[str, str]) -> list[Pattern]:
    """The pack's `patterns`, each template with its slots and cues written out and compiled.

    >>> [p.kind for p in _patterns({"patterns": [{"kind": "quote", "re": "{Q}"}]}, {"Q": "q"})]
    ['quote']
    """
    cues = data.get("cues") or {}
    not_after, exact = _not_after(data), _exact(data)
    patterns = []
    for index, p in enumerate(data.get("patterns") or []):
        # a converb ("উল্লেখ করে", "saying") cues a quoted span, never unmarked speech
        cue_alt = _cue_rx(cues, with_converbs=p["kind"] == "quote" or bool(p.get("converbs")),
                          exact=bool(data.get("case_sensitive_cues")))
        body = _fill(p["re"], slots)
        body = body.replace("{C}", rf"{not_after}{_B}(?P<C>{exact}{cue_alt})){_E}")
        body = body.replace("{CB}", rf"{not_after}{_B}(?P<C>{exact}{_alt_or_never(cues.get('bare'))})){_E}")
        if "(?P<S>" not in body:  # (an impersonal passive names nobody: its region never takes part)
            body += "(?P<S>(?!))?"
        patterns.append(Pattern(p["kind"], regex.compile(body, regex.IGNORECASE),
                                bool(p.get("speaker_any_case")), bool(p.get("speaker_may_lead_content")),
                                bool(p.get("opens_after_marked_words")), index, p["re"], _impersonal_kind(p.get("impersonal"))))
    return patterns


def _joined_act_templates(data: dict, slots: dict[str, str]) -> list[regex.Pattern]:
    """The pack's `joined_acts`, their slots written out, {C} a cue of unmarked speech (no converb),
    {PR} a pronoun; compiled.

    >>> rx = _joined_act_templates({"joined_acts": [r"\\s+and\\s+{C}\\s+{X}$"], "cues": {"verbs": ["said"]}},
    ...                            _slots({}))[0]
    >>> rx.match("X agreed and said no way", 8).group("X")
    'no way'
    """
    cues = data.get("cues") or {}
    cue = rf"{_not_after(data)}{_B}(?P<C>{_exact(data)}{_cue_rx(cues, False, bool(data.get('case_sensitive_cues')))})){_E}"
    pro = data.get("pronouns") or {}
    pronoun = _alt_or_never([*(pro.get("singular") or ()), *(pro.get("plural") or ())])
    return [regex.compile(_fill(t, slots | {"PR": rf"{_B}(?:{pronoun}){_E}"}).replace("{C}", cue), regex.IGNORECASE)
            for t in data.get("joined_acts") or []]


def _impersonal_kind(value) -> str:
    """A pattern's `impersonal` as written: true -> "any" (a quote with or without an issuer),
    "issuer" -> "issuer", absent or false -> "".

    >>> _impersonal_kind(True), _impersonal_kind("issuer"), _impersonal_kind(None)
    ('any', 'issuer', '')
    """
    return "any" if value is True else str(value or "")


def _title_rx(data: dict) -> regex.Pattern | None:
    """A title with up to `title_modifiers_max` modifiers before it; None where the pack lists no titles.

    >>> _title_rx({"titles": ["minister"]}).search("the minister said")["head"]
    'minister'
    """
    titles = data.get("titles") or []
    if not titles:
        return None
    mod = _title_modifier(data)
    n = int(data.get("title_modifiers_max", 2))
    prefix = r"[\p{L}\p{M}-]*" if data.get("title_as_suffix") else ""
    # "উত্তর কোরিয়ার নেতা", "the North Korean leader": modifiers, then a word ending in a title
    # "president" of "vice-president" is no title of its own (where titles are not suffixes)
    start = _B if data.get("title_as_suffix") else r"(?<![\p{L}\p{M}\p{N}-])"
    # (a title never runs over a paragraph break: "... on Sunday.\nParty president X" is no
    # modifier "Sunday." of that title)
    alt = _title_alt(titles)
    return regex.compile(
        rf"{start}(?P<mods>(?:(?:{mod})[^\S\n]+){{0,{n}}})(?P<head>(?:{prefix}(?i:{alt})\s+){{0,2}}{prefix}(?i:{alt})){_E}"
        # "প্রধান" of "প্রধান উপদেষ্টার" is part of an inflected title, not a title of its own
        rf"(?!\s+{prefix}(?i:{alt})[\p{{L}}\p{{M}}])")


def _title_modifier(data: dict) -> str:
    """The pack's `title_modifier`, never one of its `name_adjuncts` or `adverbs`: a time or an
    addressee before a title ("রোববার সিইসি", "বৈঠক শেষে সাংবাদিকদের উপদেষ্টা বলেন") is no part of
    the office, which then points back at its holder as the bare title does. Where the pack
    lists no `name_adjuncts`, the modifier as written.

    >>> d = {"title_modifier": "[\\p{L}\\p{M}]+(?:দের|ার)", "name_adjuncts": ["রোববার"], "adverbs": ["সাংবাদিকদের"]}
    >>> [bool(regex.fullmatch(_title_modifier(d), w)) for w in ("নেতাদের", "রোববার", "সাংবাদিকদের")]
    [True, False, False]
    """
    mod = data.get("title_modifier") or r"(?!)"
    stops = _adjunct_alt(data)
    if stops is None:
        return mod
    return rf"(?!(?:{stops}){_E})(?:{mod})"


def _title_alt(titles) -> str:
    """The titles as the title pattern's alternation (matched ignoring case), `_words_trie`: the
    same matches as `_alt(titles)`, the same title preferred where two match, a title tried only
    where its first letter is there. Why: the Bengali pattern, its titles tried at every letter
    of a word for a suffix title, was 1 ms of an article.

    >>> _title_alt(["Prime Minister", "minister", "MINISTER"])
    '(?:minister|prime\\\\s+minister)'
    """
    return _words_trie(titles)


def _title_finder(data: dict) -> TitleFinder | None:
    """`_title_rx`'s matches found from its title words; None where the pack lists no titles.

    >>> [m["head"] for m in _title_finder({"titles": ["minister"]}).finditer("the minister said")]
    ['minister']
    """
    rx = _title_rx(data)
    if rx is None:
        return None
    # (the modifier as written: `_title_modifier`'s stops are a lookahead, which matches no space)
    mod = data.get("title_modifier") or r"(?!)"
    by_words = words_without_space(mod)
    lead_words = caseless_lead_words(data["titles"]) if by_words else None
    fold = by_words and lead_words is None
    if fold:   # titles with case: their first words found in the case-folded text
        lead_words = folded_lead_words(data["titles"])
    # only a suffix title's `[\p{L}\p{M}-]*` backtracks; a plain pattern is faster tried everywhere
    # than at the title words' own scan (`word_rx`), slower than where their first words are written
    by_words = by_words and (lead_words is not None or data.get("title_as_suffix"))
    word_rx = regex.compile(rf"(?i:{_alt(data['titles'])})") if by_words else None
    # (no lead words where `by_words` fails: it fails only where they are None)
    return TitleFinder(rx, word_rx, int(data.get("title_modifiers_max", 2)), lead_words, fold=fold)


def _lowered(data: dict, key: str) -> frozenset[str]:
    """The pack's list under `key`, lower-cased, as a set.

    >>> sorted(_lowered({"determiners": ["The", "a"]}, "determiners"))
    ['a', 'the']
    """
    return frozenset(w.lower() for w in data.get(key) or ())


def _word_heads(data: dict, key: str) -> dict[str, str]:
    """The pack's map under `key` of words named bare -> their English head, the words
    lower-cased and their spaces made single (`country_bodies`, `court_parties`).

    >>> _word_heads({"court_parties": {"The  Prosecution": "prosecution"}}, "court_parties")
    {'the prosecution': 'prosecution'}
    """
    return {" ".join(k.lower().split()): v for k, v in (data.get(key) or {}).items()}


def _postposed_subject_verbs(data: dict) -> frozenset[str]:
    """The finite verbs a subject may follow (the pack's light verbs and one-word speech verbs),
    where the pack says its subjects may follow their verb; else none.

    >>> sorted(_postposed_subject_verbs({"postposed_subjects": True, "cues": {"verbs": ["বলেন", "বলা হয়"],
    ...        "light_verbs": ["করেন"]}}))
    ['করেন', 'বলেন']
    """
    if not data.get("postposed_subjects"):
        return frozenset()
    cues = data.get("cues") or {}
    words = list(cues.get("light_verbs") or []) + list(cues.get("verbs") or [])
    return frozenset(w for w in words if len(w.split()) == 1)


def _statement_noun_words(data: dict) -> frozenset[str]:
    """The first word of each noun that follows its speaker in the genitive: "according to"
    (`according_to`), statement nouns (`statement_nouns`, `set_off_statement_nouns`) and voice
    nouns (`voice_nouns`); never a verb of speech, after which a genitive is the one addressed
    ("সাংবাদিকদের বলেন").

    >>> sorted(_statement_noun_words({"according_to": ["মতে"], "voice_nouns": ["কণ্ঠে"], "statement_nouns": ["দাবি করা"]}))
    ['কণ্ঠে', 'দাবি', 'মতে']
    """
    return _first_words(data, ("according_to", "statement_nouns", "set_off_statement_nouns", "voice_nouns"))


def _first_words(data: dict, keys: tuple[str, ...]) -> frozenset[str]:
    """The first word of each phrase in the pack's lists `keys`.

    >>> sorted(_first_words({"statement_nouns": ["দাবি করা", "অভিযোগ"], "voice_nouns": ["কণ্ঠে"]}, ("statement_nouns",)))
    ['অভিযোগ', 'দাবি']
    """
    return frozenset(w.split()[0] for k in keys for w in data.get(k) or () if w.split())


def _document_words(data: dict) -> dict:
    """The words joining a body to the document it issued, before it (`document_introducers`: "X
    has published a circular") or after it (`document_issuers`: "X থেকে জারি করা এক প্রজ্ঞাপনে"),
    their spaces made single.

    >>> _document_words({"document_introducers": ["put  out"]})["document_introducers"]
    ('put out',)
    """
    return {key: tuple(" ".join(w.split()) for w in data.get(key) or ())
            for key in ("document_issuers", "document_introducers")}


def _word_sets(data: dict) -> dict:
    """The Grammar's word lists, read from the pack (its fields by name)."""
    genders = data.get("genders") or {}
    return dict(
        non_subject=tuple(data.get("non_subject_suffixes") or ()),
        ambiguous=tuple(data.get("ambiguous_suffixes") or ()),
        reported_speakers=frozenset(data.get("reported_speakers") or ("PER", "pronoun", "title")),
        credit_sectors=frozenset(data.get("credit_sectors") or ()),
        when_words=frozenset(data.get("when_words") or ()),
        title_as_suffix=bool(data.get("title_as_suffix")),
        genitive_endings=tuple(sorted(data.get("genitive_endings") or (), key=len, reverse=True)),
        plural_genitive_endings=tuple(data.get("plural_genitive_endings") or ()),
        addressee_endings=tuple(data.get("addressee_endings") or ()),
        adjunct_endings=tuple(data.get("adjunct_endings") or ()),
        statement_noun_words=_statement_noun_words(data),
        claim_noun_words=_first_words(data, ("statement_nouns",)),
        speaker_after_run=bool(data.get("speaker_after_run")),
        quotation_goes_on=bool(data.get("quotation_goes_on")),
        relayed_reports=bool(data.get("relayed_reports")),
        clause_then_quotation=bool(data.get("clause_then_quotation")),
        participle_endings=tuple(data.get("participle_endings") or ()),
        past_endings=tuple(data.get("past_endings") or ()),
        person_cue_endings=tuple(data.get("person_cue_endings") or ()),
        group_noun_endings=tuple(data.get("group_noun_endings") or ()),
        indefinite_speakers=bool(data.get("indefinite_speakers")),
        they_for_a_subject_body=bool(data.get("they_for_a_subject_body")),
        report_holds_marked_words=bool(data.get("report_holds_marked_words")),
        quotation_runs_on=bool(data.get("quotation_runs_on")),
        postposed_subject_verbs=_postposed_subject_verbs(data),
        postposed_subject_endings=tuple(data.get("postposed_subject_endings") or ()) if data.get("postposed_subjects") else (),
        speaker_lead_words=int(data.get("speaker_lead_words", 2)),
        pronoun_talk_units=int(data.get("pronoun_talk_units", 0)),
        adverbs=frozenset(w.lower() for w in data.get("adverbs") or () if len(w.split()) == 1),
        country_bodies=_word_heads(data, "country_bodies"),
        court_parties=_word_heads(data, "court_parties"),
        body_reference_kinds={" ".join(k.lower().split()): frozenset(v or ()) for k, v in (data.get("body_reference_kinds") or {}).items()},
        possessive_endings=tuple(data.get("possessive_endings") or ()),
        passive_auxiliaries=_lowered(data, "cue_not_after"),
        office_synonyms=tuple(frozenset(w.lower() for w in group) for group in data.get("office_synonyms") or ()),
        body_head_synonyms=tuple(frozenset(group) for group in data.get("body_head_synonyms") or ()),
        pronoun_genders={k.lower(): v for k, v in (genders.get("pronouns") or {}).items()},
        honorific_genders={k.lower(): v for k, v in (genders.get("honorifics") or {}).items()},
        object_nouns=frozenset(" ".join(w.lower().split()) for w in _object_nouns(data.get("cues") or {})),
        emphatic_clitics=tuple((data.get("cues") or {}).get("object_noun_clitics") or ()),
        adjunct_prepositions=frozenset(w.lower() for w in (data.get("cue_adjuncts") or {}).get("prepositions") or ()),
        organisation_cues=frozenset(" ".join(w.lower().split()) for w in data.get("organisation_cues") or ()),
        **{key: _lowered(data, key) for key in (
            "determiners", "plural_titles", "clause_joiners", "complementisers", "quantity_cues", "number_words", "clause_verbs",
            "group_quantifiers", "partitive_quantifiers", "partitive_beliefs",
            "counters", "name_prefixes", "indefinites",
            "anonymous_titles", "postpositions", "discourse_openers", "body_heads", "past_holder_words", "rank_words", "compound_rank_prefixes", "group_voices",
            "group_members", "portfolio_prepositions",
            "non_subject_words", "relative_words", "quote_references", "denials", "name_suffixes", "continuation_adverbs",
            "subjectless_words", "naming_words", "feeling_nouns", "feeling_occasions", "feeling_intensifiers", "feeling_addressees", "declared_thing_cues", "lead_object_nouns", "adjective_titles", "generic_titles", "bare_name_stops", "referring_modifiers", "demonstratives",
            "predicate_joiners", "source_place_prepositions", "source_postpositions", "according_to", "according_to_sources",
            "plain_report_cues", "relative_pronouns", "unauthored_sources", "heading_claims", "glued_speaker_cues", "relative_openers",
            "document_pronouns", "title_complement_articles")},
        referring_modifier_sectors={k.lower(): frozenset(v) for k, v in (data.get("referring_modifier_sectors") or {}).items()},
    )


def _honorific_regexes(data: dict) -> dict:
    """The Grammar's honorific patterns (an honorific closing a text, or standing before a name:
    glued to it only after an abbreviation's stop, "মি.রহিম"; "মিজ" is no beginning of "মিজানুর").

    >>> rx = _honorific_regexes({"honorifics": ["মি.", "মিজ"], "honorific_name": "[\\p{L}\\p{M}-]{2,}"})["honorific_name_rx"]
    >>> rx.search("মি.রহিম").group("name"), rx.search("মিজ রহিমা").group("name"), rx.search("মিজানুর")
    ('রহিম', 'রহিমা', None)
    """
    hon = data.get("honorifics") or []
    return dict(
        honorific_rx=regex.compile(rf"(?:{_alt(hon)})\s*$") if hon else None,
        honorific_end_rx=regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(hon)})$") if hon else None,
        honorific_name_rx=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(hon)})(?:(?<=\P{{L}})\s*|\s+)(?P<name>{data['honorific_name']})")
        if hon and data.get("honorific_name") else None,
    )


def _described_body_rx(data: dict, document_rx: regex.Pattern | None) -> regex.Pattern | None:
    """A reference of the pack's `body_references` made of a definite article and a noun that is no
    document (`document_rx`), with one or two lower-case words between them that are none of its
    `other_body_modifiers`, `determiners` or `clause_joiners` (rule described_body_reference); None
    where no reference has that shape.

    >>> rx = _described_body_rx({"determiners": ["the", "a"], "indefinites": ["a"], "body_references": ["the body"],
    ...                          "other_body_modifiers": ["rival"]}, None)
    >>> rx.match("The trade body said").group(), rx.match("the rival body said")
    ('The trade body', None)
    """
    determiners = _lowered(data, "determiners")
    definite = determiners - _lowered(data, "indefinites")
    pairs = [r.split() for r in _lowered(data, "body_references")]
    nouns = sorted({w[1] for w in pairs if len(w) == 2 and w[0] in definite
                    and not (document_rx and document_rx.fullmatch(w[1]))})
    skip = sorted(_lowered(data, "other_body_modifiers") | determiners | _lowered(data, "clause_joiners"))
    word = rf"(?!(?:{'|'.join(map(regex.escape, skip))})(?![\p{{L}}\p{{M}}]))\p{{Ll}}[\p{{L}}\p{{M}}'’-]*"
    return regex.compile(
        rf"{_B}(?i:{'|'.join(sorted(map(regex.escape, definite)))})\s+(?:{word}\s+){{1,2}}"
        rf"(?i:{'|'.join(map(regex.escape, nouns))})(?![\p{{L}}\p{{M}}])") if nouns and definite else None


def _whole_words_rx(data: dict, key: str, flags: int = 0) -> regex.Pattern | None:
    """A pattern finding any word or phrase of the pack's `key` list as a whole word, or None when
    the pack lists none.

    >>> _whole_words_rx({"first_person": ["I", "we"]}, "first_person").findall("we said I will, wei")
    ['we', 'I']
    >>> _whole_words_rx({}, "first_person") is None
    True
    """
    return regex.compile(rf"{_B}(?:{_alt(data[key])}){_E}", flags) if data.get(key) else None


def _word_regexes(data: dict) -> dict:
    """The Grammar's optional patterns built from one word list each (None where the pack lists none)."""
    document_rx = regex.compile(rf"(?:{_alt(data['documents'])})", regex.IGNORECASE) if data.get("documents") else None
    return dict(
        non_subject_after=regex.compile(rf"{_B}(?:{_alt(data['non_subject_after'])})\s+$", regex.IGNORECASE)
        if data.get("non_subject_after") else None,
        # one to three words of a title, lower case or an initialism ("party convener", "NCP convener"),
        # on one line (a headline's "... to contest election" is not before the body's first name)
        addressed_through_title_rx=regex.compile(
            rf"{_B}(?:{_alt(data['addressee_prepositions'])})[^\S\n]+(?:(?:[\p{{Ll}}-]+|\p{{Lu}}{{2,}})[^\S\n]+){{1,3}}$")
        if data.get("addressee_prepositions") else None,
        closing_clause_rx=regex.compile(rf",\s+(?-i:{_alt(data['closing_clause_openers'])})\s+")
        if data.get("closing_clause_openers") else None,
        name_rx=regex.compile(data["name"]) if data.get("name") else None,
        first_person_rx=_whole_words_rx(data, "first_person"),
        addressed_person_rx=_whole_words_rx(data, "addressed_person"),
        name_adjunct_rx=_name_adjunct_rx(data),
        body_reference_rx=_whole_words_rx(data, "body_references", regex.IGNORECASE),
        document_rx=document_rx,
        described_body_rx=_described_body_rx(data, document_rx),
        document_author_rx=_document_author_rx(data),
        region_adjunct_rx=_region_adjunct_rx(data),
        # "of", then a capitalised name (an article of `title_complement_articles` before it), or
        # a word in capitals (DRU)
        title_complement_rx=regex.compile(rf"\s+(?:{_alt(data['title_complements'])})\s+{_optional_words(data.get('title_complement_articles'))}\p{{Lu}}[\p{{L}}\p{{M}}.-]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}.-]*){{0,4}}")
        if data.get("title_complements") else None,
        described_complement_rx=_described_complement_rx(data),
        # a possessive, up to two words ("Metropolitan", "office"), a complement word, its article
        # and one word more, all before the next body's name
        complement_joint_rx=regex.compile(
            rf"(?:['’]s)?\s+(?:[\p{{L}}\p{{M}}-]+\s+){{0,2}}?(?:{_alt(data['title_complements'])})\s+"
            rf"{_optional_words(data.get('title_complement_articles'))}(?:[\p{{L}}\p{{M}}-]+\s+)?")
        if data.get("title_complements") else None,
        office_lead_rx=regex.compile(
            _optional_words(_articles(data))
            + r"(?:\p{Ll}[\p{Ll}-]*\s+){0,2}") if data.get("title_complements") else None,
        fronted_rx=_fronted_rx(data),
        institution_rx=regex.compile(
            rf"(?:['’]s)?(?:\s+[\p{{L}}\p{{M}}-]+){{0,3}}?\s+(?i:{_alt(data['institutions'])}){_E}")
        if data.get("institutions") else None,
        interlocutor_with_rx=regex.compile(rf"\s+(?:{_alt(data['interlocutor_postpositions'])}){_E}")
        if data.get("interlocutor_postpositions") else None,
        interlocutor_talk_rx=_whole_words_rx(data, "interlocutor_talk"),
        voice_rx=regex.compile(rf"\s+(?:{_alt(data['voice_nouns'])}){_E}") if data.get("voice_nouns") else None,
        # right after the last quoted slogan: a case ending or a word or two ("সহ নানা"), then the
        # slogan word
        slogan_rx=regex.compile(rf"[\p{{L}}\p{{M}}]*(?:\s+[\p{{L}}\p{{M}}]+){{0,2}}?\s*(?:{_alt(data['slogans'])}){_E}")
        if data.get("slogans") else None,
        # the words that announce slogans before them ("chanting slogans such as, ")
        slogan_lead_rx=regex.compile(rf"(?:{data['slogan_leads']})$") if data.get("slogan_leads") else None,
        carried_writing_rx=regex.compile(data["carried_writing"]) if data.get("carried_writing") else None,
        referring_report_rx=regex.compile(_fill(data["referring_reports"], _slots(data)), regex.IGNORECASE)
        if data.get("referring_reports") else None,
        slogan_list_glue_rx=regex.compile(rf"[\s,;]*(?:(?:{_alt(data['slogan_list_joiners'])})\s+)?"
                                          if data.get("slogan_list_joiners") else r"[\s,;]*"),
        unnamed_person_rx=_unnamed_person_rx(data),
        anonymity_rx=_anonymity_rx(data),
        body_voice_rx=_body_voice_rx(data),
    )


_ANONYMITY_GAP_WORDS = 2  # words between a title or pronoun and the words asking not to be named ("অবশ্য", "নিজের")


def _body_voice_rx(data: dict) -> regex.Pattern | None:
    """Officials of or at a body, up to its name (the pack's `body_voice_titles`, then one of
    `title_complements` and an optional one of `title_complement_articles`); None without them.

    >>> rx = _body_voice_rx({"body_voice_titles": ["officials"], "title_complements": ["of", "at"],
    ...                      "title_complement_articles": ["the"]})
    >>> [rx.match(t).group() for t in ("Officials of the Roads", "officials at Titas")]
    ['Officials of the ', 'officials at ']
    """
    if not (data.get("body_voice_titles") and data.get("title_complements")):
        return None
    return regex.compile(rf"\s*(?i:{_alt(data['body_voice_titles'])})\s+(?:{_alt(data['title_complements'])})\s+"
                         rf"{_optional_words(data.get('title_complement_articles'))}")


def _anonymity_rx(data: dict) -> regex.Pattern | None:
    """The pack's `anonymity` words right after a speaker's title or pronoun: set off by a comma
    or a bracket, a word or two apart ("অবশ্য", "যিনি নিজের"), or opening the next sentence after
    its pronoun ("... বলেন তিনি। তিনি নাম ছাপতে চাননি"); matched at the mention's end, the words
    between in group `gap`. None without the pack's `anonymity`.

    >>> rx = _anonymity_rx({"anonymity": ["পরিচয় গোপন"], "pronouns": {"singular": ["তিনি"]}})
    >>> [bool(rx.match(s)) for s in (" অবশ্য পরিচয় গোপন রাখতে বলেন", "। তিনি পরিচয় গোপন রাখতে বলেন",
    ...                               " বলেন, পরিচয় গোপন", "। এক নেতা পরিচয় গোপন")]
    [True, True, False, False]
    """
    if not data.get("anonymity"):
        return None
    words = _alt(w.lower() for w in data["anonymity"])
    singular = list((data.get("pronouns") or {}).get("singular") or [])
    again = rf"(?:[।.!?]\s*(?:{_alt(w.lower() for w in singular)})\s+)?" if singular else ""
    return regex.compile(rf"[\s,(]*{again}(?P<gap>(?:[\p{{L}}\p{{M}}]+\s+){{0,{_ANONYMITY_GAP_WORDS}}}?)"
                         rf"(?:{words})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _unnamed_person_rx(data: dict) -> regex.Pattern | None:
    """An indefinite, at most one word, then a word closing on a person noun with an optional case
    ending ("এক ব্যবসায়ীর", "স্থানীয় এক কৃষক", "একজন বাসচালকের"); None without the pack's
    `indefinites` or `unnamed_person_nouns`."""
    if not (data.get("indefinites") and data.get("unnamed_person_nouns")):
        return None
    ind, noun = _alt(w.lower() for w in data["indefinites"]), _alt(w.lower() for w in data["unnamed_person_nouns"])
    endings = _alt(data.get("unnamed_person_endings") or ())
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{ind})\s+(?:[\p{{L}}\p{{M}}]+\s+)?"
                         rf"[\p{{L}}\p{{M}}]*?(?:{noun})(?:{endings})?(?![\p{{L}}\p{{M}}])")


def _pronoun_fields(data: dict) -> dict:
    """The Grammar's singular and plural pronouns, and a pattern finding any of them."""
    pro = data.get("pronouns") or {}
    sing = frozenset(w.lower() for w in pro.get("singular") or [])
    plur = frozenset(w.lower() for w in pro.get("plural") or [])
    return dict(
        pronouns_singular=sing,
        pronouns_plural=plur,
        pronoun_rx=regex.compile(rf"{_B}(?:{_alt(sing | plur)}){_E}", regex.IGNORECASE) if sing | plur else None,
    )


def _templates(data: dict, key: str, slots: dict[str, str]) -> list[regex.Pattern]:
    """The pack's list of templates under `key` (tails, with_clauses, leads), their slots written out, compiled.

    >>> [t.pattern for t in _templates({"tails": ["{T}"]}, "tails", {"T": "that"})]
    ['that']
    """
    return [regex.compile(_fill(t, slots), regex.IGNORECASE) for t in data.get(key) or []]


def _cue_that_rx(data: dict) -> regex.Pattern | None:
    """A cue followed by one of the pack's complementisers ("wrote that"); None where it lists none.

    >>> _cue_that_rx({"cues": {"verbs": ["wrote"]}, "complementisers": ["that"]}).search("X wrote that Y").group()
    'wrote that'
    """
    if not data.get("complementisers"):
        return None
    cues = _alt(_cues(data.get("cues") or {}, True)) or "(?!)"
    return regex.compile(rf"{_B}{_exact(data)}{cues})\s+(?:{_alt(data['complementisers'])}){_E}")


def compile_grammar(code: str, data: dict) -> Grammar:
    """The Grammar of one pack's quotes.yaml `data`, its schema checked first.

    >>> compile_grammar("xx", {"patterns": [{"kind": "quote", "re": "{Q}"}]}).patterns[0].template
    '{Q}'
    """
    check_schema(code, data)
    cues = data.get("cues") or {}
    slots = _slots(data)
    cue_start_rx = _any_cue_rx(data, _trie_alt)
    return Grammar(
        code=code,
        marks=MarkRules.from_data(data.get("marks") or {}),
        patterns=_patterns(data, slots),
        cue_rx=_any_cue_rx(data, lambda words: _words_trie(words, bool(data.get("case_sensitive_cues")))),
        cue_start_rx=cue_start_rx,
        cue_start_scan=LeadScan(cue_start_rx, _B),
        speech_converb_rx=regex.compile(slots["SCV"]) if cues.get("speech_converbs") else None,
        title_rx=_title_rx(data),
        title_finder=_title_finder(data),
        cue_that_rx=_cue_that_rx(data),
        tails=_templates(data, "tails", slots),
        with_clauses=_templates(data, "with_clauses", slots),
        joined_heads=_templates(data, "joined_heads", slots | {"CB": rf"{_B}(?P<C>{_alt_or_never(cues.get('bare'))}){_E}"}),
        leads=_templates(data, "leads", slots),
        joined_acts=_joined_act_templates(data, slots),
        **_pronoun_fields(data), **_word_sets(data), **_honorific_regexes(data), **_word_regexes(data),
        **_document_words(data),
    )


@lru_cache(maxsize=None)
def _cached(code: str, pack) -> Grammar | None:
    data = pack.yaml("quotes")
    if not data:
        return None
    # compiling the patterns is most of start-up: the compiled grammar is kept in the disk cache
    # until quotes.yaml or this code changes
    from ..diskcache import cached
    from .. import leadscan
    from . import marks, titlefind
    sources = [pack.file("quotes.yaml"), Path(__file__), Path(marks.__file__), Path(titlefind.__file__),
               Path(leadscan.__file__)]   # its scan of where cues start is kept too
    return cached(f"quotes-{code}", sources, lambda: compile_grammar(code, data))


def grammar_for(pack) -> Grammar | None:
    return _cached(pack.code, pack)
