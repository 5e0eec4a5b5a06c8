"""The schema of a language pack's events.yaml: every key the event coder reads.

Each section of the file is a dataclass below. A field is one allowed key: its annotation is the
type the value must have, its default what an absent key means, and a field without a default is
a required key. `load(pack)` reads and checks the file once, when the coder is built, and the
coder reads its configuration only from the result: an unknown key (a misspelling), a missing
required key or a value of the wrong type raises one ValueError naming the file and the key,
where it used to be silently ignored.

Types: str, int, float (an integer is accepted), bool, list[str], dict[str, X] (a mapping whose
values are X), a section (another dataclass: a mapping with its own allowed keys) and lists of
sections (triggers, governing_verbs, markers.suffixes, inflection). A field's metadata may name
its YAML key when that is a Python keyword (`as`), and the values it may take (`choices`).
"""
from __future__ import annotations

import difflib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

MODALITIES = ("question", "hypothetical", "negated", "possible", "future")
# a trigger's `mode` when the file does not give one: the crosswalk row's mode (`mode: null`
# says "no mode", which is why absence needs its own value)
FROM_CROSSWALK = "<crosswalk>"


def _list(*items: Any):
    return field(default_factory=lambda: list(items))


def _map():
    return field(default_factory=dict)


def _one_of(*choices: str, default: Any = MISSING):
    return field(default=default, metadata={"choices": choices})


def _section(cls: type):
    return field(default_factory=cls)


# -- sections -------------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class InflectionRule:
    """`inflection:` one suffix rule of "@lemma" verb forms: the first rule whose regex matches
    the lemma's end replaces it by each form ({0} = the first group)."""
    match: str
    forms: list[str]


@dataclass(frozen=True, kw_only=True)
class Trigger:
    """`triggers:` patterns (patterns.py) and what they code. Type and mode default to the
    crosswalk row of the CAMEO code, the frame to `cameo_frames`."""
    pattern: str | list[str]
    cameo: str | None = None
    type: str | None = None
    mode: str | None = FROM_CROSSWALK
    frame: str | None = None
    confidence: float = 0.75
    priority: int = 2
    state_agent: bool = False    # the state where an agentless passive happens is the actor
    if_own: str | None = None    # the type when the recipients are the actor's own country
    possessor: str = _one_of("agent", "patient", default="agent")  # whom a bare noun's possessor is


@dataclass(frozen=True, kw_only=True)
class Frame:
    """`frames:` which grammatical slots (subj, obj, reporter) and case markers fill which role."""
    actor: list[str] = _list("subj")
    recipient: list[str] = _list()
    join: list[str] = _list()           # reciprocal frames: the other parties, as actors
    reciprocal: bool = False
    min_parties: int = 1
    # the party met, the `join` name nearest before the trigger, of one of these sectors makes no
    # event of the frame (roles.press_is_no_party): talking to reporters is a statement, not a
    # meeting; a party of such a sector named elsewhere (the subject, after the trigger) does not
    no_party_sectors: list[str] = _list()
    needs_recipient: bool = False
    foreign: bool = False               # no event when all recipients are the actor's country
    fallback_recipient: bool = True     # a recipient may come from elsewhere in the sentence


@dataclass(frozen=True, kw_only=True)
class Suffix:
    """`markers.suffixes:` a case ending glued to a name."""
    suffix: str
    marker: str
    after: list[str] = _list()          # the stem must end in one of these (a vowel sign)
    unless_name: str | None = None      # a regex: not when the actor's canonical name matches


@dataclass(frozen=True, kw_only=True)
class Markers:
    """`markers:` how a name's case is read (mentions.py)."""
    suffixes: list[Suffix] = _list()
    postpositions: dict[str, str] = _map()
    prepositions: dict[str, str] = _map()
    possessive_endings: list[str] = _list()
    skip_before_name: list[str] = _list()
    nominal_endings: list[str] = _list()
    not_postposition_before: dict[str, list[str]] = _map()
    # two words read as one preposition with a marker of its own ("according to": source, where the
    # report comes from, which no frame fills), before the single word ("to": dat) is read
    preposition_phrases: dict[str, str] = _map()
    # a word after a name that names the noun after it ("রহিমা খাতুন নামে এক বৃদ্ধাকে" = an old woman
    # named Rahima Khatun): the name takes that noun's case (mentions.MentionReader.named_noun_case)
    naming_words: list[str] = _list()
    # "including", glued to a name or after it ("কিয়েভসহ"): the name is one item of a list whose
    # head noun after it carries the case (mentions.MentionReader._read_inclusive_list)
    inclusive_words: list[str] = _list()
    # the head nouns of such a list that name where an act happened ("অঞ্চলে", "জেলায়")
    inclusive_place_heads: list[str] = _list()


@dataclass(frozen=True, kw_only=True)
class Cues:
    """The cues of one modality (modality.py describes each kind)."""
    before: list[str] = _list()
    after: list[str] = _list()
    clause_before: list[str] = _list()
    clause_after: list[str] = _list()
    clause_final: list[str] = _list()
    verb_suffix: list[str] = _list()
    sentence_final: list[str] = _list()
    # a condition opened anywhere before the trigger in its sentence, across clause breaks, counted
    # only when a `condition_verb` is the word right before the trigger ("until the men who set
    # it on fire are arrested": the arrest is the condition, not a happening)
    condition_before: list[str] = _list()
    condition_verb: list[str] = _list()
    # the same told in reported speech, its tense moved back: a past `backshifted_verb` counts when
    # a `backshift_cue` comes before the opener ("said it would stay until the killers were arrested")
    backshifted_verb: list[str] = _list()
    backshift_cue: list[str] = _list()


@dataclass(frozen=True, kw_only=True)
class Modality:
    """`modality:` the cues of each modality and the order in which they are tried."""
    order: list[str] = field(default_factory=lambda: list(MODALITIES), metadata={"choices": MODALITIES})
    window_before: int = 4
    window_after: int = 4
    verb_words_after: int = 3
    not_verbs: list[str] = _list()
    question: Cues = _section(Cues)
    hypothetical: Cues = _section(Cues)
    negated: Cues = _section(Cues)
    possible: Cues = _section(Cues)
    future: Cues = _section(Cues)


@dataclass(frozen=True, kw_only=True)
class Article:
    """`article:` the article-level checks (discourse.py); the defaults check nothing."""
    force_types: list[str] = _list()
    force_unreal_modalities: list[str] = _list()
    threat_type: str = "THREATEN"
    threat_cameo: str | None = None
    drop_modalities: list[str] = _list()
    drop_modality_types: dict[str, list[str]] = _map()
    one_sided_types: list[str] = _list()
    recipient_lookback: int = 0
    recipient_lookback_types: list[str] = _list()
    recipient_lookback_confidence: float = 0.85
    require_country: bool = False
    require_recipient: bool = False
    no_recipient_confidence: float = 1.0
    home_country_for_unplaced: bool = False
    home_country_confidence: float = 0.8
    # only events of these types get the home country (empty: every type)
    home_country_types: list[str] = _list()
    # a record that links no name to any country is of the press's own country (home_country of
    # the language) rather than of none (actors.link.article_country)
    home_country_when_none_named: bool = False


@dataclass(frozen=True, kw_only=True)
class GoverningVerb:
    """`governing_verbs:` verbs whose complement is denied or only claimed."""
    kind: str = _one_of("denial", "claim", "unclaimed")
    pattern: list[str]
    scope: str = _one_of("after", "before", "any", default="after")


@dataclass(frozen=True, kw_only=True)
class Wishes:
    """`wishes:` a want verb right after an infinitive tells what its subject wants to do, not
    what it asks of anyone: "প্রার্থী দিতে চেয়েছে" (wanted to field a candidate) is no REQUEST;
    "জাপানের কাছে সহায়তা চেয়েছে" (sought Japan's help) keeps its noun before the verb and stays one."""
    types: list[str] = _list()               # the event types a wish is mistaken for: REQUEST
    verbs: list[str] = _list()               # the want verb's forms, as patterns: চেয়েছে*, চাই*
    infinitive_endings: list[str] = _list()  # the ending of the infinitive before it: -তে (দিতে, করতে)
    # what only God or well-wishers give, asked of the public: "দোয়া চেয়েছেন" (asked for prayers)
    prayers: list[str] = _list()


@dataclass(frozen=True, kw_only=True)
class NamedInCase:
    """`named_in_case:` a bare event noun in a case that makes it a mention names an act told
    elsewhere, it does not tell one done here: "ঢাকার অনুরোধের ওপর নির্ভর করছে" (depends on Dhaka's
    request) makes no REQUEST; "আহ্বান জানিয়েছেন" (made a call) stays one (coder.named_in_case)."""
    types: list[str] = _list()     # the event types such a noun is mistaken for: REQUEST
    nouns: list[str] = _list()     # the nouns, whole, without case: অনুরোধ, আহ্বান
    markers: list[str] = _list()   # the cases (markers.suffixes) that make a mention: gen


@dataclass(frozen=True, kw_only=True)
class AnsweredClaims:
    """`answered_claims:` a claim pointed back to and rejected ("বিজিবি এই দাবি প্রত্যাখ্যান করেছে",
    the BGB rejected this claim) answers whoever made it, named in the sentence before
    (coder.claimant_answered)."""
    types: list[str] = _list()   # the answering event types: REJECT
    nouns: list[str] = _list()   # the claim nouns (stems) after the demonstrative: দাবি, অভিযোগ


@dataclass(frozen=True, kw_only=True)
class Charges:
    """`charges:` an act named as the charge of an arrest, a case or a sentence ("অপহরণ করে
    মুক্তিপণ আদায়ের অভিযোগে ... গ্রেপ্তার করেছে র‍্যাব") is what the accused allegedly did, not an
    act of whoever arrests or sentences them: it is not coded."""
    nouns: list[str] = _list()          # the charge noun after the act: অভিযোগে, দায়ে, মামলায়
    reach: int = 0                      # how many words after the trigger the charge noun may stand
    bridges: list[str] = _list()        # words that may stand between: the light verb's participle করে
    verb_endings: list[str] = _list()   # any other word ending so is a verb of its own: the act is not the charge
    adjacent_nouns: list[str] = _list()  # nouns that name the act's charge only right after it ("হত্যা মামলা",
    # a murder case); after a bridge they are a second act: "আটক করে মামলা করেছে" (detained, then filed a case)


@dataclass(frozen=True, kw_only=True)
class Claims:
    """`claims:` which claimed types become the claimant's accusation, and as what."""
    types: list[str] = _list()
    as_type: str = field(default="ACCUSE", metadata={"key": "as"})
    cameo: str | None = None
    quoted: bool = False                # also inside a quotation from a third country
    # inside a quotation from the speaker's own country: a word of the speaker's own side before the
    # act ("আমাদের নেত্রীকে ... হত্যা করেছে") makes it the speaker's accusation, unless the speaker
    # is its doer (a subject word before it, "আমরা ... গ্রেপ্তার করেছি", or a first-person verb ending)
    own_side: list[str] = _list()
    speaker_subject: list[str] = _list()
    speaker_verb_endings: list[str] = _list()
    own_doer_endings: list[str] = _list()   # "আমাদের সদস্যরা": the own side is the subject
    # words a quotative (`quotatives`) may stand before a passive claim verb and still close what is
    # claimed (verb kind `unclaimed`): "... আটক করেছে বলে যে খবর বাংলাদেশ থেকে দাবি করা হয়েছে"
    quotative_reach: int = 5


@dataclass(frozen=True, kw_only=True)
class EventsConfig:
    """The whole events.yaml."""
    # the language
    word_order: str = _one_of("SVO", "SOV")
    inflection: list[InflectionRule] = _list()
    irregular_verbs: dict[str, list[str]] = _map()
    # the lexicon
    triggers: list[Trigger]
    non_events: list[str] = _list()
    verb_tables: list[str] = _list()
    table_confidence: float = 0.55
    table_default_skip: list[str] = _list()
    table_skip_verbs: list[str] = _list()
    frames: dict[str, Frame] = _map()
    cameo_frames: dict[str, str] = _map()
    min_confidence: float = 0.0
    negated_as: dict[str, str] = _map()
    skip_capitalized_triggers: bool = False
    veto_sentence: list[str] = _list()
    suppress_after: list[str] = _list()
    # modal verbs after an infinitive of suppress_after: "তলব করতে পারে" (may summon) is a possible act,
    # not one asked for (coder.modal_after_infinitive)
    suppress_after_modals: list[str] = _list()
    # words that mean "than" right after a genitive, whatever else they mean ("ভারতের চেয়ে"; coder.py)
    comparatives: list[str] = _list()
    suppress_before: list[str] = _list()
    # names and their case (mentions.py)
    markers: Markers = _section(Markers)
    heads: list[str] = _list()
    heads_take_endings: bool = False
    # titles an organisation's bare name compounds with: its member ("বিএনপি নেতাকে" = a BNP leader, accusative)
    member_heads: list[str] = _list()
    # the plural endings a member noun takes and stays the subject a genitive party tells
    # ("নেতারা", "সমর্থকেরা", "নেতৃবৃন্দ"; roles.party_of_the_member_subject)
    member_plural_endings: list[str] = _list()
    # how a title head that names a group ends ("লোকজন", "প্রতিনিধিদল", "নেতারা"): a group titles no
    # one, so the name after it is no office holder it qualifies (mentions._read_qualifiers)
    group_head_endings: list[str] = _list()
    conjunctions: list[str] = _list()
    # "or" between a name and another name of the same party ("জাতীয় নাগরিক পার্টি বা এনসিপির"): one party (mentions.py)
    alias_words: list[str] = _list()
    place_nouns: list[str] = _list()
    # place nouns that compound only with a town or district, never a country: "পাটগ্রাম সীমান্ত
    # দিয়ে" (through the Patgram border) but "পাকিস্তান সীমান্তে হামলা চালিয়েছে" (Pakistan attacked
    # on the border) keeps its subject
    town_place_nouns: list[str] = _list()
    building_nouns: list[str] = _list()
    pronouns: dict[str, str] = _map()
    # a group marked so ("attacks on the media") is no antecedent of "they" (references.py)
    group_pronoun_skips_markers: list[str] = _list()
    # words from a genitive party to a caseless member noun that makes it the subject (roles.party_of_the_member_subject)
    member_subject_reach: int = 4
    # agentless passive statements a reporter's body makes (roles.reporter_of_a_passive_statement)
    passive_statement_types: list[str] = _list()
    # a person so marked in the clause of a subject "he" is not he ("রহিমের সঙ্গে সাক্ষাৎ করেছেন তিনি"; references.py)
    person_pronoun_skips_co_argument_markers: list[str] = _list()
    descriptions: list[str] = _list()
    # a country's envoy, titled between the state's name and the person's (defaults.py)
    envoy_titles: list[str] = _list()
    # what joins a place to the body based there ("London-based ... group Open Newsroom Trust"; defaults.py)
    base_marks: list[str] = _list()
    # words that end the head noun phrase after a base mark when a common word precedes them
    # ("a London-based lawyer for the X": X is not the body based there; defaults.bodies_by_base)
    base_phrase_breaks: list[str] = _list()
    pair_phrases: list[str] = _list()
    # phrases that set an act between the home country and one foreign counterpart (a border
    # force's "flag meeting", "the two forces"; defaults.counterpart_of_a_two_sided_act)
    counterpart_cues: list[str] = _list()
    # clauses
    clause_break_chars: str = ",;:।?!"
    clause_break_words: list[str] = _list()
    # words after a break word that make it a determiner, opening no clause: "যে ধরনের হামলা" (the kind of attack)
    clause_break_words_not_before: list[str] = _list()
    clause_break_after_suffix: list[str] = _list()
    subject_carries_over: list[str] = _list()
    participle_endings: list[str] = _list()      # a participle opening a clause ("urging")
    # words after a meeting noun, and endings on it, that make it a time phrase of the main clause
    # ("X-এর সঙ্গে বৈঠক শেষে Y বলেন" = after meeting X, Y said): Y met X (roles.subject_after_meeting_phrase)
    meeting_time_words: list[str] = _list()
    # the phrases right before a bare clash noun that tell its parties as "two sides" (roles.sides_of_a_clash):
    # "দুই পক্ষের সংঘর্ষে" (in a clash of two sides); the types of act so told (clashes: ASSAULT)
    clash_side_phrases: list[str] = _list()
    clash_side_closers: list[str] = _list()     # ... each phrase also with one after it ("মধ্যে" = between)
    clash_side_types: list[str] = _list()
    # a common noun in the "with" case that names other parties met ("রাজনৈতিক দলগুলোর সঙ্গে" = with
    # the political parties): the other side of talks with one named party (roles.met_group_of_the_home_country)
    met_group_phrases: list[str] = _list()
    meeting_time_endings: list[str] = _list()
    complement_words: list[str] = _list()        # words opening a reported clause ("that")
    # a demonstrative right before a trigger ("তিনি এই আহ্বান জানান" = he made this call) points back
    # to an event the article told before: with the same type and actors it is that event again (E3)
    repeat_markers: list[str] = _list()
    # a light verb in the third-person imperative tells an act, of any type, that someone wants or
    # demands, not one done: "বিএনপি চায় সরকার পদত্যাগ করুক" (the BNP wants the government to
    # resign): করুক, দিক (coder.demanded_act)
    imperative_verbs: list[str] = _list()
    # the first word of an order ("গ্রেপ্তারের নির্দেশ দিয়েছেন আদালত", "the court ordered the arrest
    # of"): an order governing an arrest is that arrest, by whoever ordered it (coder.ordered_arrest)
    order_words: list[str] = _list()
    # nouns of time that make a demonstrative a time phrase ("এ সময় ধর্মঘট ডাকে" = at this time
    # called a strike): the demonstrative points at a time, not back at the event
    repeat_marker_times: list[str] = _list()
    victim_nouns: list[str] = _list()       # "হামলার শিকার": the clause's names suffered the event
    # verb starts after a victim noun that tell the attack as a happening ("শিকার হয়েছেন" = fell
    # victim), not a headline's noun phrase: only then are unheld victims the home country's
    victim_verbs: list[str] = _list()
    # words of harm that may follow a bare noun of violence in the locative ("গুলিতে নিহত" = killed by
    # fire), up to `harm_reach` words after it: the clause's names were harmed, only the noun's
    # possessor acts (roles.harmed_by_the_act)
    harm_words: list[str] = _list()
    harm_reach: int = 3
    # endings of a plural that is genitive or accusative alike (Bengali "-দের"): before an event noun
    # and its light verb such a name is the verb's object, not the noun's possessor ("সন্ত্রাসীদের
    # গ্রেপ্তার করেন" = arrested the terrorists; roles.genitive_agent_of_bare_noun)
    object_genitive_endings: list[str] = _list()
    reaction_nouns: list[str] = _list()     # "হত্যার বিচার দাবিতে": the clause reacts to the act, did not do it
    # words of a comment on an event noun ("condemned the attack", "হামলার তীব্র নিন্দা"): their
    # subject comments on the act, it did not do it (roles.commenter_is_not_the_actor); before the
    # noun in SVO packs (whole words, lower case), after it in SOV packs (stems)
    comment_cues: list[str] = _list()
    comment_cue_gap: int = 3                # words allowed between the cue and the event noun
    # the quotative ("বলে", SOV) that closes a described or claimed act: a describing cue after it keeps
    # the act in its clause (roles), a passive claim verb after it claims that act (governing_verbs "unclaimed")
    quotatives: list[str] = _list()
    comment_cue_derivations: list[str] = _list()  # a cue stem + one of these makes an adjective or adverb, no cue (SOV)
    comment_unnamed_agent_types: list[str] = _list()  # a commented act of these types on someone named: unnamed attacker
    # types of acts done by speaking: a subjectless clause of one before "বলে" + a reporting verb is
    # the reporter's own; so is a participle of one after a "that" clause ("…, urging …")
    reported_statement_types: list[str] = _list()
    speech_cues: list[str] = _list()
    # a name before one of these verbs of saying is no subject of a trigger after an unnamed subject
    # and an auxiliary of its own ("X said buyers had asked ...": roles.reported_clause_has_own_subject)
    reported_clause_verbs: list[str] = _list()
    reported_clause_auxiliaries: list[str] = _list()
    reported_clause_possessive_endings: list[str] = _list()
    # the most words from the auxiliary of a reported clause to its verb ("had already been visiting")
    reported_clause_verb_reach: int = 3
    dateline_marks: list[str] = _list("-", "–", "—", ":")
    # roles (roles.py)
    object_window: int = 99
    possessor_agent_window: int = 0
    # participles that say who called an action ("বিএনপির ডাকা হরতাল" = the strike called by the BNP),
    # and how many words (the action's modifiers) may stand between one and the event noun
    caller_participles: list[str] = _list()
    caller_reach: int = 3
    nominal_patient_before: bool = False
    verbal_noun_endings: list[str] = _list()
    qualifying_verbal_noun_endings: list[str] = _list()
    incident_nouns: list[str] = _list()
    incident_noun_endings: list[str] = _list()
    incident_outer_markers: list[str] = _list()
    light_verbs: list[str] = _list()
    light_verb_endings: list[str] = _list()
    object_determiners: list[str] = _list()
    patient_follows: list[str] = _list()
    compound_agent_types: list[str] = _list()
    place_markers: list[str] = _list("loc")
    # adverbs that make a negated act one that has not happened at all, neither done nor refused:
    # "not yet", "never" (coder.never_or_not_yet)
    unhappened_adverbs: list[str] = _list()
    # word starts after a place's "from" that make it where a journey began, no party: "ভারত থেকে
    # ফিরে" (back from India); "ভারত থেকে ঠেলে পাঠানো" (pushed in from India) keeps India a party
    # (mentions.MentionReader.names_a_party)
    journey_words: list[str] = _list()
    passive_aux: list[str] = _list()
    passive_not_endings: list[str] = _list("ing")
    passive_not_after: list[str] = _list()
    passive_after: list[str] = _list()
    passive_place_agent_types: list[str] = _list("COERCE", "SANCTION")
    # verbs of sending (word starts): their locative is where to, not where the state acted, and
    # the state sent from ("from") is the passive's agent (roles.RoleContext.place_agent)
    sending_verbs: list[str] = _list()
    # types whose agentless passive, with no place named, is the article's home state's (arrests)
    passive_home_state_types: list[str] = _list()
    # agentless passives whose patient is the one acting ("police were deployed": the force
    # mobilises), when the patient is of one of `passive_force_sectors`
    passive_force_types: list[str] = _list()
    passive_force_sectors: list[str] = _list()
    # a deployment told as a standing state, not a passive ("পুলিশ মোতায়েন রয়েছে" = police are
    # deployed): the words after the trigger that say so; the forces named mobilise too
    # (roles.stationed_force_mobilises)
    force_stationed_after: list[str] = _list()
    # agentless passives of violence done to a named party: an unnamed attacker acts ("was shot")
    passive_unnamed_agent_types: list[str] = _list()
    # trigger words of those types that name a harm, not an act: an accident kills and injures too
    # ("were killed in a collision"), so their agentless passive names no attacker
    passive_unnamed_agent_not_words: list[str] = _list()
    # of those types, the ones whose agentless passive on a victim the registry does not hold ("the
    # office of a theatre group was attacked") is on the article's country's people
    # (roles.passive_unnamed_attacker_of_home_people); none listed: the rule never fires
    passive_unnamed_home_victim_types: list[str] = _list()
    # the kinds of quote (direct, partial, indirect) inside which an act by no one named is the
    # speaker's claim and codes nothing (coder.unnamed_act_quoted); none listed: never dropped
    unnamed_act_claim_quotes: list[str] = _list()
    stative_after_be: list[str] = _list()
    # modality, what governs an event, the article
    modality: Modality = _section(Modality)
    governing_verbs: list[GoverningVerb] = _list()
    claims: Claims = _section(Claims)
    charges: Charges = _section(Charges)
    wishes: Wishes = _section(Wishes)
    answered_claims: AnsweredClaims = _section(AnsweredClaims)
    named_in_case: NamedInCase = _section(NamedInCase)
    article: Article = _section(Article)


# the frames every pack has (a pack's own frames of the same name replace them)
DEFAULT_FRAMES = {
    "directed": Frame(actor=["subj"], recipient=["acc", "dat", "against", "on", "with", "obj"]),
    "reciprocal": Frame(actor=["subj"], join=["with", "obj", "acc"], reciprocal=True),
}


# -- reading and checking -------------------------------------------------------------------------

def load(pack) -> EventsConfig:
    """The pack's events.yaml, checked (an empty or absent file fails for its required keys);
    remembered beside the parsed YAML it was checked from (`_CHECKED`), so a pack that reads the
    file anew (`LangPack.forget`) is checked anew. Why: the coder and the scorer both load it at
    start-up, and checking it twice cost ~2% of a one-article run's CPU under cProfile."""
    data = pack.yaml("events", {}) or {}
    known = _CHECKED.get(id(data))
    if known is not None and known[0] is data:
        return known[1]
    cfg = _parsed_cached(data, pack)
    _CHECKED[id(data)] = (data, cfg)   # the data held too: its id is not reused while remembered
    return cfg


def _parsed_cached(data: Any, pack) -> EventsConfig:
    """`parse(data)`, read back from the disk cache (`khobor.diskcache`) while the data (by its
    text) and this module are unchanged. Why: checking the Bengali events.yaml (140 sections)
    took ~15 ms of a one-article start, reading the checked config back well under 1 ms. A pack
    with problems is parsed every time, so its ValueError names them every time.
    Example: _parsed_cached(pack.yaml("events"), pack) == parse(pack.yaml("events"), ...)."""
    import hashlib

    from ..diskcache import cached
    digest = hashlib.blake2b(repr(data).encode(), digest_size=12).hexdigest()
    return cached(f"events-config-{getattr(pack, 'code', None)}", [Path(__file__)],
                  lambda: parse(data, _shown(pack.path / "events.yaml")), extra=digest)


# id(parsed events.yaml) -> (that data, its EventsConfig): `load`'s memo
_CHECKED: dict[int, tuple[Any, EventsConfig]] = {}


def parse(data: Any, source: str) -> EventsConfig:
    """`data` (events.yaml as parsed YAML) as an EventsConfig; ValueError naming `source` and
    every key that is unknown, missing, of the wrong type or names no known frame."""
    problems: list[str] = []
    cfg = _build(EventsConfig, data, "", problems)
    if not problems:
        _check_frame_names(cfg, problems)
    if problems:
        raise ValueError("\n".join(f"{source}: {p}" for p in problems))
    return cfg


def _shown(path: Path) -> str:
    """A pack file as people know it: lang/bn/events.yaml for a shipped pack."""
    package = Path(__file__).resolve().parents[1]
    try:
        return str(path.resolve().relative_to(package))
    except ValueError:
        return str(path)


def _build(cls: type, data: Any, where: str, problems: list[str]):
    if not isinstance(data, dict):
        problems.append(f"key '{where}' must be a mapping, not {_kind(data)}")
        return None
    hints = _type_hints(cls)
    by_key = {f.metadata.get("key", f.name): f for f in fields(cls)}
    for key in data:
        if key not in by_key:
            problems.append(f"unknown key '{where}{key}'{_suggestion(str(key), by_key, where)}")
    values = {}
    for key, f in by_key.items():
        if key in data:
            values[f.name] = _convert(hints[f.name], data[key], f"{where}{key}", problems)
            _check_choices(f, values[f.name], f"{where}{key}", problems)
        elif f.default is MISSING and f.default_factory is MISSING:
            problems.append(f"missing required key '{where}{key}'")
    return cls(**values) if not problems else None


@lru_cache(maxsize=None)
def _type_hints(cls: type) -> dict[str, Any]:
    """typing.get_type_hints(cls), worked out once per section class: it evaluates every
    annotation's text again at each call (most of the 40 ms a pack's events.yaml took to check)."""
    return typing.get_type_hints(cls)


def _convert(tp: Any, value: Any, key: str, problems: list[str]):
    """`value` checked against the type `tp` (floats from integers, sections built)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        shaped = [a for a in args if a is not type(None) and _shaped(a, value)]
        return _convert(shaped[0] if shaped else args[0], value, key, problems)
    if not _shaped(tp, value):
        problems.append(f"key '{key}' must be {_expected(tp)}, not {_kind(value)}")
        return None
    if is_dataclass(tp):
        return _build(tp, value, key + ".", problems)
    if origin is list:
        return [_convert(args[0], v, f"{key}[{i}]", problems) for i, v in enumerate(value)]
    if origin is dict:
        bad = [k for k in value if not isinstance(k, str)]
        if bad:
            problems.append(f"key '{key}' must have text keys (quote {bad[0]!r})")
        return {k: _convert(args[1], v, f"{key}.{k}", problems) for k, v in value.items()}
    return float(value) if tp is float else value


def _shaped(tp: Any, value: Any) -> bool:
    """Whether `value` has the outer shape of `tp` (its items are checked on their own)."""
    origin = typing.get_origin(tp) or tp
    if origin is bool:
        return isinstance(value, bool)
    if origin is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if is_dataclass(origin):
        return isinstance(value, dict)
    return isinstance(value, origin)


def _expected(tp: Any) -> str:
    origin = typing.get_origin(tp) or tp
    names = {str: "text", int: "an integer", float: "a number", bool: "true or false",
             list: "a list", dict: "a mapping"}
    return "a mapping" if is_dataclass(origin) else names.get(origin, str(tp))


def _kind(value: Any) -> str:
    return "null" if value is None else f"{type(value).__name__} {value!r:.40}"


def _suggestion(key: str, allowed, where: str = "") -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1)
    return f" (did you mean '{where}{close[0]}'?)" if close else ""


def _check_choices(f, value: Any, key: str, problems: list[str]) -> None:
    choices = f.metadata.get("choices")
    if not choices or value is None:
        return
    for v in value if isinstance(value, list) else [value]:
        if v not in choices:
            problems.append(f"key '{key}' may not be {v!r}: one of {', '.join(choices)}"
                            f"{_suggestion(str(v), choices)}")


def _check_frame_names(cfg: EventsConfig, problems: list[str]) -> None:
    """A trigger or CAMEO code naming a frame that does not exist would code as `directed`."""
    known = {**DEFAULT_FRAMES, **cfg.frames}
    named = [(f"triggers[{i}].frame", t.frame) for i, t in enumerate(cfg.triggers) if t.frame]
    named += [(f"cameo_frames.{code}", name) for code, name in cfg.cameo_frames.items()]
    for key, name in named:
        if name not in known:
            problems.append(f"key '{key}' names no frame: {name!r}{_suggestion(name, known)}")
