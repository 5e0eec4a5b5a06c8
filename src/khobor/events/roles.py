"""Who did it to whom: the actors and recipients of one trigger, decided by small named rules.

The rules run in the order ROLE_RULES declares, each a function of the RoleContext (the trigger,
its clause's names and the slots filled so far) that returns its Decision, or None to pass:

- the grammar rules fill the grammatical slots "subj" and "obj" from word order, case, voice and
  the kind of trigger (a later, more particular rule may refill a slot an earlier one filled);
- the frame rules then fill the "actor" and "recipient" slots from those, from the names that
  carry a case marker (each in the slot of its marker: "dat", "against", "by", "from", ...) and
  from the reporting clause, as the trigger's frame (schema.Frame) says.

A Decision with `parties` ends the search (a victim without an agent, a reciprocal meeting, a
pronoun no one is known to stand for). Every party of the result is traced to the rule that
placed its name: {"step": "role", "rule": "passive_by_agent", "decision": "actor = Russia"}; a
frame rule that only passes a name on by the frame leaves the credit with the rule that placed
it in its grammatical slot.
"""
from __future__ import annotations

import dataclasses
from dataclasses import MISSING, dataclass, field, fields
from functools import cached_property
from typing import Callable, Iterable

from ..record import Actor
from ..textutil import nfc
from .defaults import is_country_code, is_state
from .mentions import Mention
from .modality import comma_at
from .patterns import Inflector, PatternIndex, light_verb_form, phrase_index, word_set
from .schema import EventsConfig, Frame
from .sentence import Sentence

# the entity types a name in the genitive may have to be taken as a party (the genitive subject rules)
PARTY_TYPES = ("PER", "ORG", "GPE", "NORP")

ROLE_RULES = (
    # grammar: the subject and object of the trigger
    "sides_of_a_clash",
    "bare_noun_patient",
    "subject_before_verb",
    "reported_clause_has_own_subject",
    "object_before_verb",
    "object_after_verb",
    "possessor_of_object",
    "place_compound_object",
    "conjuncts_of_the_object",
    "determiner_object_noun",
    "possessor_is_victim",
    "compound_agent",
    "possessor_agent",
    "caller_of_a_called_action",
    "genitive_agent_of_bare_noun",
    "final_genitive_agent",
    "subject_after_verb",
    "postposed_subject_over_genitive_phrase",
    "subject_after_meeting_phrase",
    "genitive_owner_after_verb",
    "party_of_the_member_subject",
    "verbal_noun_genitive_subject",
    "participle_after_that_clause",
    "postposed_subject_after_incident",
    "victims_of_the_event_noun",
    "harmed_by_the_act",
    "act_a_reaction_is_about",
    "commenter_is_not_the_actor",
    "unresolved_pronoun",
    "passive_by_agent",
    "passive_place_agent",
    "passive_force_is_deployed",
    "stationed_force_mobilises",
    "passive_unnamed_attacker",
    "passive_without_agent",
    "passive_unnamed_attacker_of_home_people",
    "passive_home_state_agent",
    "reporter_of_a_passive_statement",
    "reporter_states_own_clause",
    # frame: the roles of those and of the case-marked names
    "reporter_of_demand",
    "case_marker",
    "no_party_after_the_harm",
    "place_is_where",
    "actors_by_frame",
    "press_is_no_party",
    "coordinated_genitive_sides",
    "met_group_of_the_home_country",
    "reciprocal_parties",
    "recipient_by_frame",
    "nationality_of_generic_agent",
    "fallback_recipient",
    "trip_at_home_is_no_visit",
    "own_country_is_no_recipient",
    "pronoun_actor",
)

_UNMARKED = (None, "nom")
# the parties of a reporting clause the reporter rules take for the one who states (reporter_states_own_clause,
# reporter_of_a_passive_statement): PARTY_TYPES but a nationality (NORP), no one body that states
_REPORTER_TYPES = ("PER", "ORG", "GPE")
NEVER_AGENTS = ("LOC", "FAC", "EVT")  # entity types that name a place or an event, never a party that acts


def word_phrases(phrases: Iterable[str], closers: Iterable[str] = ()) -> set[tuple[str, ...]]:
    """A pack's phrases as the words a sentence's are compared with (normalised, lower case), each
    once, alone and with each of `closers` after it (RoleGrammar.from_config: clash_side_closers).
    Example: ["দুই পক্ষের", "দুই  পক্ষের"], ["মধ্যে"] -> {("দুই", "পক্ষের"), ("দুই", "পক্ষের", "মধ্যে")}."""
    return {tuple(nfc(f"{x} {after}").lower().split()) for x in phrases for after in ("", *closers)}


def postpositions_read_as(cfg: EventsConfig, marker: str) -> frozenset[str]:
    """The pack's postpositions (markers.postpositions) read as `marker`, normalised as a sentence's
    words are. Example: bn, "about" -> {"নিয়ে", "সম্পর্কে", "বিষয়ে", "ব্যাপারে", "ঘিরে"}."""
    return frozenset(nfc(k).lower() for k, v in cfg.markers.postpositions.items() if v == marker)


@dataclass(frozen=True)
class RoleGrammar:
    """What the role rules read of events.yaml, normalised as the sentence's words are."""
    verb_final: bool
    nominal_patient: bool
    object_window: int
    possessor_window: int
    caller_participles: frozenset[str]
    caller_reach: int
    light_verbs: tuple[str, ...]
    light_verb_endings: frozenset[str]
    verbal_noun_endings: tuple[str, ...]
    qualifying_verbal_noun_endings: tuple[str, ...]
    incident_nouns: tuple[str, ...]
    determiners: frozenset[str]
    of_words: frozenset[str]
    compound_agent: frozenset[str]
    conjunctions: frozenset[str]
    place_markers: frozenset[str]
    passive_aux: frozenset[str]
    passive_not_endings: tuple[str, ...]
    passive_not_after: frozenset[str]
    passive_after: PatternIndex
    passive_place_types: frozenset[str]
    stative: frozenset[str]
    sending_verbs: tuple[str, ...] = ()
    passive_home_types: frozenset[str] = frozenset()
    passive_force_types: frozenset[str] = frozenset()
    passive_force_sectors: frozenset[str] = frozenset()
    force_stationed_after: PatternIndex | None = None
    passive_unnamed_types: frozenset[str] = frozenset()
    passive_unnamed_not_words: frozenset[str] = frozenset()
    passive_unnamed_home_types: frozenset[str] = frozenset()
    carry_subject: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    complement_words: frozenset[str] = frozenset()
    reported_statement_types: frozenset[str] = frozenset()
    victim_nouns: tuple[str, ...] = ()
    victim_verbs: tuple[str, ...] = ()
    harm_words: frozenset[str] = frozenset()
    harm_reach: int = 3
    reaction_nouns: tuple[str, ...] = ()
    comment_cues: tuple[tuple[str, ...], ...] = ()
    comment_cue_gap: int = 3
    comment_unnamed_types: frozenset[str] = frozenset()
    incident_noun_endings: frozenset[str] = frozenset()
    incident_outer_markers: frozenset[str] = frozenset()
    quotatives: frozenset[str] = frozenset()
    comment_cue_derivations: tuple[str, ...] = ()
    meeting_time_words: frozenset[str] = frozenset()
    meeting_time_endings: tuple[str, ...] = ()
    reported_clause_verbs: frozenset[str] = frozenset()
    reported_clause_auxiliaries: frozenset[str] = frozenset()
    reported_clause_possessive_endings: tuple[str, ...] = ()
    reported_clause_verb_reach: int = 3
    pronouns: frozenset[str] = frozenset()
    member_forms: frozenset[str] = frozenset()  # the member heads bare and with each plural ending
    passive_statement_types: frozenset[str] = frozenset()
    member_reach: int = 4
    object_genitive_endings: tuple[str, ...] = ()
    accusative_endings: tuple[str, ...] = ()   # markers.suffixes read as acc ("কে")
    clash_side_phrases: tuple[tuple[str, ...], ...] = ()
    clash_side_types: frozenset[str] = frozenset()
    met_group_phrases: tuple[tuple[str, ...], ...] = ()
    topic_postpositions: frozenset[str] = frozenset()   # markers.postpositions read as "about" ("নিয়ে")

    @classmethod
    def from_config(cls, cfg: EventsConfig, inflector: Inflector) -> RoleGrammar:
        return cls(
            verb_final=cfg.word_order == "SOV", nominal_patient=cfg.nominal_patient_before,
            object_window=cfg.object_window, possessor_window=cfg.possessor_agent_window,
            caller_participles=word_set(cfg.caller_participles), caller_reach=cfg.caller_reach,
            light_verbs=tuple(nfc(w).lower() for w in cfg.light_verbs),
            light_verb_endings=frozenset(nfc(x) for x in cfg.light_verb_endings),
            verbal_noun_endings=tuple(nfc(x) for x in cfg.verbal_noun_endings),
            qualifying_verbal_noun_endings=tuple(nfc(x) for x in cfg.qualifying_verbal_noun_endings),
            incident_nouns=tuple(nfc(x).lower() for x in cfg.incident_nouns),
            incident_noun_endings=frozenset(nfc(x).lower() for x in cfg.incident_noun_endings),
            incident_outer_markers=frozenset(cfg.incident_outer_markers),
            quotatives=word_set(cfg.quotatives),
            comment_cue_derivations=tuple(nfc(x).lower() for x in cfg.comment_cue_derivations),
            meeting_time_words=word_set(cfg.meeting_time_words),
            meeting_time_endings=tuple(nfc(x).lower() for x in cfg.meeting_time_endings),
            determiners=word_set(cfg.object_determiners), of_words=word_set(cfg.patient_follows),
            compound_agent=frozenset(cfg.compound_agent_types), conjunctions=word_set(cfg.conjunctions),
            place_markers=frozenset(cfg.place_markers), passive_aux=word_set(cfg.passive_aux),
            passive_not_endings=tuple(cfg.passive_not_endings), passive_not_after=word_set(cfg.passive_not_after),
            passive_after=phrase_index(cfg.passive_after, inflector), passive_place_types=frozenset(cfg.passive_place_agent_types),
            sending_verbs=tuple(nfc(x).lower() for x in cfg.sending_verbs),
            stative=word_set(cfg.stative_after_be), carry_subject=word_set(cfg.subject_carries_over),
            participle_endings=tuple(nfc(x).lower() for x in cfg.participle_endings),
            complement_words=word_set(cfg.complement_words),
            reported_statement_types=frozenset(cfg.reported_statement_types),
            victim_nouns=tuple(nfc(x).lower() for x in cfg.victim_nouns),
            victim_verbs=tuple(nfc(x).lower() for x in cfg.victim_verbs),
            harm_words=word_set(cfg.harm_words), harm_reach=cfg.harm_reach,
            reaction_nouns=tuple(nfc(x).lower() for x in cfg.reaction_nouns),
            comment_cues=tuple(tuple(nfc(x).lower().split()) for x in cfg.comment_cues),
            comment_cue_gap=cfg.comment_cue_gap,
            comment_unnamed_types=frozenset(cfg.comment_unnamed_agent_types),
            passive_home_types=frozenset(cfg.passive_home_state_types),
            passive_force_types=frozenset(cfg.passive_force_types),
            passive_force_sectors=frozenset(cfg.passive_force_sectors),
            force_stationed_after=phrase_index(cfg.force_stationed_after, inflector),
            passive_unnamed_types=frozenset(cfg.passive_unnamed_agent_types),
            passive_unnamed_not_words=word_set(cfg.passive_unnamed_agent_not_words),
            passive_unnamed_home_types=frozenset(cfg.passive_unnamed_home_victim_types),
            reported_clause_verbs=word_set(cfg.reported_clause_verbs),
            reported_clause_auxiliaries=word_set(cfg.reported_clause_auxiliaries),
            reported_clause_possessive_endings=tuple(cfg.reported_clause_possessive_endings),
            reported_clause_verb_reach=cfg.reported_clause_verb_reach,
            pronouns=word_set(cfg.pronouns),
            member_forms=frozenset(nfc(x).lower() + nfc(e) for x in cfg.member_heads
                                   for e in ("", *cfg.member_plural_endings)),
            passive_statement_types=frozenset(cfg.passive_statement_types),
            member_reach=cfg.member_subject_reach,
            object_genitive_endings=tuple(nfc(x).lower() for x in cfg.object_genitive_endings),
            accusative_endings=tuple(nfc(x.suffix).lower() for x in cfg.markers.suffixes if x.marker == "acc"),
            topic_postpositions=postpositions_read_as(cfg, "about"),
            clash_side_phrases=tuple(sorted(word_phrases(cfg.clash_side_phrases, cfg.clash_side_closers),
                                            key=len, reverse=True)),
            clash_side_types=frozenset(cfg.clash_side_types),
            met_group_phrases=tuple(sorted(word_phrases(cfg.met_group_phrases))))

    def noun_phrase(self, words: list[str], positions: tuple[int, ...] | list[int]) -> bool:
        """A trigger of several words that is one event noun with its modifiers, in packs that
        read names before event nouns (nominal_patient_before): no word after its first begins
        with a light verb. "বিমান হামলার" (of the air strike) is a noun phrase; "হামলা
        চালিয়েছে", "নিন্দা জানিয়েছে" are verbs.

        >>> g = grammar_for_examples(nominal_patient=True, light_verbs=("চালা", "চালি", "জানি"))
        >>> g.noun_phrase(["বিমান", "হামলার"], (0, 1)), g.noun_phrase(["হামলা", "চালিয়েছে"], (0, 1))
        (True, False)
        """
        if not self.nominal_patient or len(positions) < 2:
            return False
        return not any(self.is_light_verb(words[p]) for p in sorted(positions)[1:])

    def is_light_verb(self, word: str) -> bool:
        """A form of a light verb: one of its stems with one of the pack's verb endings after it
        (any ending where the pack lists none). With Bengali's, "নিয়েছে" (took) and "জানিয়েছে" are
        light verbs, "নিহতের" (of the killed), "দেশের" and "আসামি" only begin like নি-, দে-, আস-: in
        "বোমা হামলায় নিহতের ঘটনায় শোক জানিয়েছে তুরস্ক" the attack stays a noun, not Turkey's verb.

        >>> g = grammar_for_examples(light_verbs=("নি", "দে"), light_verb_endings=frozenset({"য়েছে", "ন"}))
        >>> g.is_light_verb("নিয়েছে"), g.is_light_verb("দেন"), g.is_light_verb("নিহতের"), g.is_light_verb("দেশের")
        (True, True, False, False)
        """
        if not word.startswith(self.light_verbs):
            return False  # most words: one C-level test, no loop over the stems
        if not self.light_verb_endings:
            return True
        return light_verb_form(word, self.light_verbs, self.light_verb_endings)

    def is_incident_word(self, word: str) -> bool:
        """An inflected incident noun (one of `incident_nouns` with one of `incident_noun_endings`
        after it; any ending where the pack lists none): "ঘটনায়" (in the incident) is one,
        "ঘটনাস্থলে" (at the scene) only begins like one, and the bare noun is none.

        >>> g = grammar_for_examples(incident_nouns=("ঘটনা",), incident_noun_endings=frozenset({"য়", "র"}))
        >>> g.is_incident_word("ঘটনায়"), g.is_incident_word("ঘটনাস্থলে"), g.is_incident_word("ঘটনা")
        (True, False, False)
        """
        rests = [word[len(noun):] for noun in self.incident_nouns if word.startswith(noun)]
        return any(rest and (not self.incident_noun_endings or rest in self.incident_noun_endings) for rest in rests)



def grammar_for_examples(**given) -> RoleGrammar:
    """A RoleGrammar of a verb-final pack with every field empty (False, 0, an empty collection, no
    phrase index) but those `given`: the grammar RoleGrammar's docstring examples read, named by
    field so that a new field does not break them.
    Example: grammar_for_examples(light_verbs=("নি",)).light_verbs == ("নি",)."""
    empty = {"verb_final": True, "nominal_patient": False, "object_window": 0, "possessor_window": 0,
             "caller_reach": 0, "passive_after": None}
    for f in fields(RoleGrammar):
        if f.name not in empty and f.default is MISSING and f.default_factory is MISSING:
            empty[f.name] = () if "tuple" in str(f.type) else frozenset()
    return RoleGrammar(**{**empty, **given})

@dataclass(frozen=True)
class Decision:
    """What a rule decided: the new contents of some slots, a confidence factor, or the parties
    outright (actor mentions, recipient mentions), which ends the search. `credit` names, for a
    mention it places, the rule to trace it to when that is not the deciding rule itself."""
    slots: dict[str, list[Mention]] = field(default_factory=dict)
    factor: float = 1.0
    parties: tuple[list[Mention], list[Mention]] | None = None
    credit: dict[int, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what it left aside, for --explain


@dataclass
class Roles:
    actors: list[Actor]
    recipients: list[Actor]
    confidence: float          # the factor the rules put on the trigger's own confidence
    trace: list[dict]


@dataclass
class RoleContext:
    """One trigger in its sentence: what the rules read, and the slots they fill."""
    sent: Sentence
    frame: Frame
    in_clause: list[Mention]     # role candidates in the trigger's clause
    cands: list[Mention]         # role candidates anywhere in the sentence
    t0: int                      # first and last token of the trigger
    t1: int
    reporting: set[int]          # clauses that report speech ("X said,"): their names speak
    bare_trigger: bool           # one word (a verb, a bare event noun), or one event noun with its modifiers
    triggers: tuple[int, ...]    # first token of every trigger of the sentence
    etype: str
    state_agent: bool            # an agentless passive's actor is the state where it happens
    possessor: str               # "agent" or "patient": whom a bare noun's possessor is
    grammar: RoleGrammar
    home: Actor | None = None    # the state the article is about (its linked names' country), if known
    slots: dict[str, list[Mention]] = field(default_factory=lambda: {"subj": [], "obj": []})
    confidence: float = 1.0
    credit: dict[tuple[str, int], str] = field(default_factory=dict)
    notes: list[dict] = field(default_factory=list)   # what rules took away, for --explain

    # -- what the rules read ---------------------------------------------------------------------

    @property
    def subj(self) -> list[Mention]:
        return self.slots["subj"]

    @property
    def obj(self) -> list[Mention]:
        return self.slots["obj"]

    @cached_property
    def next_word(self) -> str:
        w = self.sent.words
        return w[self.t1 + 1] if self.t1 + 1 < len(w) else ""

    @cached_property
    def light_verb_next(self) -> bool:
        """The word after the trigger begins with a light verb ("হত্যা করেছে": a verb, not a noun)."""
        return bool(self.next_word) and self.grammar.is_light_verb(self.next_word)

    @cached_property
    def unmarked(self) -> list[Mention]:
        """Names with no case marker in the clause (a name compounded with another event noun
        is unmarked only for that noun)."""
        return [x for x in self.in_clause if x.marker in _UNMARKED and (not x.compound or x.last + 1 == self.t0)]

    @cached_property
    def unmarked_places(self) -> list[Mention]:
        """Place compounds ("শাহবাগ মোড়" = the Shahbag crossing): where or what, never who."""
        return [x for x in self.unmarked if x.place_compound]

    @cached_property
    def before_trigger(self) -> list[Mention]:
        return [x for x in self.unmarked if not x.place_compound and x.last < self.t0 and not _town_is_where(self, x)]

    @cached_property
    def after(self) -> list[Mention]:
        return [x for x in self.unmarked if not x.place_compound and x.first > self.t1]

    @cached_property
    def nominal(self) -> bool:
        """A bare event noun (no light verb in the trigger, none right after it), in a pack that
        reads names before such nouns as their patients; a next word that begins another trigger
        is no light verb of this one ("হামলার নিন্দা": নিন্দা is condemnation, not a form of নি-)."""
        g = self.grammar
        if not (g.nominal_patient and self.bare_trigger):
            return False
        return not self.light_verb_next or self.t1 + 1 in self.triggers

    @cached_property
    def bare_noun_patient(self) -> Mention | None:
        b = self.before_trigger
        return b[-1] if self.nominal and b and b[-1].last == self.t0 - 1 else None

    @cached_property
    def before(self) -> list[Mention]:
        """Unmarked names before the trigger that may be its subject."""
        return self.before_trigger[:-1] if self.bare_noun_patient is not None else self.before_trigger

    @cached_property
    def by(self) -> list[Mention]:
        return [x for x in self.in_clause if x.marker == "by"]

    @cached_property
    def passive(self) -> bool:
        return is_passive(self.sent, self.t0, self.t1, self.grammar)

    @cached_property
    def place_agent(self) -> list[Mention]:
        """For state actions (arrests, expulsions), the state where an agentless passive happens,
        nearest first ("দিল্লিতে নিযুক্ত ... ঢাকায় তলব": Dhaka)."""
        g = self.grammar
        if not (self.etype in g.passive_place_types or self.state_agent):
            return []
        # a sending's locative is where to: the state sent from acts ("মিয়ানমার থেকে বাংলাদেশে ঠেলে
        # পাঠানো হয়েছে": Myanmar), and with none named no place does (`sending_verbs`)
        markers = ("from",) if self.sends else g.place_markers
        places = [x for x in self.in_clause if x.marker in markers and x.etype == "GPE"
                  and x.actor is not None and x.actor.country]
        places.sort(key=lambda x: abs(x.first - self.t0))
        return places[:1]

    @cached_property
    def sends(self) -> bool:
        """The trigger, or the verb right after it, is one of sending (`sending_verbs`): "পাঠানো
        হয়েছে" (was sent), "ফেরত পাঠায়" (sent back)."""
        g, w = self.grammar, self.sent.words
        return bool(g.sending_verbs) and any(x.startswith(g.sending_verbs) for x in w[self.t0:self.t1 + 2])

    @cached_property
    def compound_agents(self) -> list[Mention]:
        """A group or nationality right before a bare event noun ("BSF firing", "Israeli strikes")."""
        g = self.grammar
        if not (g.compound_agent and self.bare_trigger and not g.verb_final):
            return []
        return [x for x in self.in_clause if x.last == self.t0 - 1 and x.etype in g.compound_agent
                and x.actor is not None]

    @cached_property
    def incident_phrase_end(self) -> int:
        """Where an incident phrase before the trigger in its clause ends (its incident noun), -1
        if none (SOV): "কৃষক রহিমকে হত্যার ঘটনায় প্রতিবাদ জানিয়েছে বাংলাদেশ": the names before
        "ঘটনায়" are the incident's parties, not the protest's."""
        g, sent = self.grammar, self.sent
        if not (g.verb_final and g.incident_nouns):
            return -1
        clause = sent.clause[self.t0]
        return max((i for i in range(self.t0) if sent.clause[i] == clause and g.is_incident_word(sent.words[i])),
                   default=-1)

    @cached_property
    def incident_phrase_start(self) -> int:
        """Where the incident phrase ending at `incident_phrase_end` begins: after a name that opens
        the clause marked for the reaction itself (`incident_outer_markers`), else at the clause's
        start. "ভারতের বিরুদ্ধে সীমান্তে হত্যার ঘটনায় প্রতিবাদ জানিয়েছে বাংলাদেশ": the protest is
        against India, and the phrase is "সীমান্তে হত্যার ঘটনায়"."""
        end = self.incident_phrase_end
        before = [x for x in self.in_clause if x.last < end]
        if end < 0 or not before:
            return 0
        first = min(before, key=lambda x: x.first)
        return first.last + 1 if first.marker in self.grammar.incident_outer_markers else first.first

    def in_incident_phrase(self, x: Mention) -> bool:
        """Whether mention `x` lies inside the incident phrase before the trigger."""
        return self.incident_phrase_start <= x.first and x.last <= self.incident_phrase_end

    @cached_property
    def qualifying_verbal_noun(self) -> bool:
        """A trigger ending in a light verb's verbal noun that qualifies an incident noun after it
        ("গুলি চালানোর ঘটনায়" = in the incident of firing): no finite verb of its own."""
        return self.t1 > self.t0 and self._light_verbal_noun_before(self.t1, self.grammar.incident_nouns)

    def _light_verbal_noun_before(self, at: int, nouns: tuple[str, ...]) -> bool:
        """Whether word `at` is a light verb's verbal noun and the word after it begins with one of
        `nouns`: "চালানোর ঘটনায়" with incident nouns, "করার প্রতিবাদে" with reaction nouns."""
        g, words = self.grammar, self.sent.words
        endings = tuple(g.qualifying_verbal_noun_endings)
        return (bool(endings and nouns) and at + 1 < len(words) and words[at].endswith(endings)
                and g.is_light_verb(words[at]) and words[at + 1].startswith(nouns))

    @cached_property
    def reacted_to(self) -> bool:
        """The act is what a reaction noun (`reaction_nouns`) right after it reacts to: a bare event
        noun before it ("গ্রেপ্তারের প্রতিবাদে"), or the act told as a verbal noun of a light verb,
        in the trigger or right after it ("হামলা চালানোর প্রতিবাদে" = in protest at the attack
        carried out, "গ্রেপ্তার করার প্রতিবাদে" = at the arrest made)."""
        g = self.grammar
        if not (g.reaction_nouns and g.verb_final):
            return False
        if self.nominal:
            return self.next_word.startswith(g.reaction_nouns)
        verbal = self.t1 if self.t1 > self.t0 else self.t1 + 1   # the verbal noun: the trigger's last word or the next
        return self._light_verbal_noun_before(verbal, g.reaction_nouns)

    @cached_property
    def embedded(self) -> bool:
        """An event noun that is the object of the next trigger ("রাশিয়ার হামলার নিন্দা" =
        condemned Russia's attack) takes no party from outside its phrase: those are that verb's."""
        return self.bare_trigger and self.t1 + 1 in self.triggers

    def clause_of(self, x: Mention) -> int:
        return self.sent.clause[x.first]

    # -- applying decisions ----------------------------------------------------------------------

    def apply(self, rule: str, d: Decision) -> None:
        for slot, mentions in d.slots.items():
            self._note_taken(rule, slot, mentions)
            self._place(slot, mentions, rule, d.credit)
        self.confidence *= d.factor
        self.notes.extend({"step": "role-rule", "rule": rule, "decision": note} for note in d.notes)
        if d.factor != 1.0:
            self.notes.append({"step": "role-rule", "rule": rule, "decision": f"confidence x {d.factor:.2f}"})

    def _note_taken(self, rule: str, slot: str, mentions: list[Mention]) -> None:
        """Trace the names a rule takes out of a grammatical or party slot (they are in no party's
        trace): "commenter_is_not_the_actor: subj - জেলেনস্কি"."""
        if slot not in ("subj", "obj", "actor", "recipient"):
            return
        kept = {id(x) for x in mentions}
        taken = [x.text for x in self.slots.get(slot) or () if id(x) not in kept]
        if taken:
            self.notes.append({"step": "role-rule", "rule": rule, "decision": f"{slot} - {', '.join(taken)}"})

    def _place(self, slot: str, mentions: list[Mention], rule: str, credit: dict[int, str]) -> None:
        old = {id(x) for x in self.slots.get(slot, ())}
        for x in mentions:
            if id(x) not in old:
                self.credit[(slot, id(x))] = credit.get(id(x), rule)
        self.slots[slot] = mentions

    def credit_from(self, keys, mentions: list[Mention]) -> dict[int, str]:
        """The credit of each mention in the first of the slots `keys` that holds it."""
        out: dict[int, str] = {}
        for key in keys:
            for x in self.slots.get(key) or []:
                out.setdefault(id(x), self.credit.get((key, id(x)), key))
        return {id(x): out[id(x)] for x in mentions if id(x) in out}

    def roles(self, actors: list[Mention], recipients: list[Mention]) -> Roles:
        ra, trace = self._parties("actor", actors, set())
        rr, trace_r = self._parties("recipient", recipients, {a.id for a in ra})
        return Roles(ra, rr, self.confidence, trace + trace_r + self.notes)

    def _parties(self, role: str, mentions: list[Mention], taken: set[str]) -> tuple[list[Actor], list[dict]]:
        out, trace, ids = [], [], set()
        for x in mentions:
            if x.actor is not None and x.actor.id not in ids:
                ids.add(x.actor.id)
                if x.actor.id not in taken:
                    out.append(x.actor)
                    trace.append({"step": "role", "rule": self.credit.get((role, id(x)), role),
                                  "decision": f"{role} = {x.text}"})
                    if x.reference_step is not None:
                        trace.append(x.reference_step)
        return out, trace


def decide_roles(ctx: RoleContext) -> Roles:
    """Run the rules in their declared order; the parties as the last rule left them."""
    for name in ROLE_RULES:
        decision = _RULES[name](ctx)
        if decision is None:
            continue
        if decision.parties is not None:
            actors, recipients = decision.parties
            ctx.apply(name, Decision(slots={"actor": actors, "recipient": recipients},
                                     factor=decision.factor, credit=decision.credit))
            return ctx.roles(actors, recipients)
        ctx.apply(name, decision)
    return ctx.roles(ctx.slots.get("actor", []), ctx.slots.get("recipient", []))


# -- the rules ------------------------------------------------------------------------------------

Rule = Callable[[RoleContext], "Decision | None"]
_RULES: dict[str, Rule] = {}


def role_rule(name: str) -> Callable[[Rule], Rule]:
    """Register a rule under its name (ROLE_RULES gives the order they run in)."""
    def register(fn: Rule) -> Rule:
        if name in _RULES:
            raise ValueError(f"role rule {name!r} registered twice")
        _RULES[name] = fn
        fn.rule_name = name  # type: ignore[attr-defined]
        return fn
    return register


# the rival sides of a local feud the text tells only as "two sides" (sides_of_a_clash): of the article's country
RIVAL_SIDES = "rival sides"


@role_rule("sides_of_a_clash")
def sides_of_a_clash(c: RoleContext) -> Decision | None:
    """Actor (SOV) of a bare clash noun (`clash_side_types`) right after a phrase that tells its
    sides as "two sides" (`clash_side_phrases`): the party named in the genitive right before the
    phrase, its own factions clashing: "বিএনপির দুই পক্ষের সংঘর্ষে একজন নিহত হয়েছেন" (one killed in
    a clash of two sides of the BNP) -> BNP. With no party named there, the rival sides of a local
    feud, of the article's country: "জমি নিয়ে দুই পক্ষের সংঘর্ষে" -> rival sides (BGD). A party is
    not its own recipient: the defaults give the home country, as GUIDELINES E5 codes a domestic
    event. Not where the article's country is unknown."""
    g, w = c.grammar, c.sent.words
    if not (g.verb_final and c.bare_trigger and c.etype in g.clash_side_types):
        return None
    size = next((len(p) for p in g.clash_side_phrases if tuple(w[max(0, c.t0 - len(p)):c.t0]) == p), 0)
    if not size:
        return None
    owner = [x for x in c.cands if x.last == c.t0 - size - 1 and x.marker == "gen" and x.actor is not None
             and x.etype in PARTY_TYPES and not x.pronoun]
    if owner:
        return Decision(parties=(owner[:1], []))
    if c.home is None or not is_country_code(c.home.country):
        return None
    s, e, _ = c.sent.tokens[c.t0 - size]
    sides = Actor(id="agent:rival-sides", name=RIVAL_SIDES, country=c.home.country, sector="CVL", provisional=True)
    return Decision(parties=([Mention(c.t0 - size, c.t0 - 1, s, e, RIVAL_SIDES, sides, "ORG", "gen")], []))


@role_rule("bare_noun_patient")
def bare_noun_patient(c: RoleContext) -> Decision | None:
    """Object: the name right before a bare event noun, in packs that read such names as what
    the event is about (nominal_patient_before). "হাদি হত্যায়" (in the killing of Hadi): হাদি is
    the object; "রাশিয়া সফর" (a Russia visit): রাশিয়া."""
    if c.bare_noun_patient is not None:
        return Decision(slots={"obj": [c.bare_noun_patient]})
    return None


@role_rule("subject_before_verb")
def subject_before_verb(c: RoleContext) -> Decision | None:
    """Subject: SOV, the first unmarked name of the clause; SVO, the nearest unmarked name before
    the verb, or the start of its coordination, or the subject shared with an earlier verb; with
    the names coordinated to it. "The United States and Jordan agreed ...": both are subject;
    "ভারত ও নেপাল ... চুক্তি সই করেছে": ভারত and নেপাল."""
    if not c.before:
        return None
    g = c.grammar
    if g.verb_final:
        # a river, a region, a building (LOC, FAC) is where or what, never who: "তিস্তা নদী ...
        # প্রকল্পে ... সই করেছে বাংলাদেশ" is signed by Bangladesh, after the verb
        agents = [x for x in c.before if x.etype not in NEVER_AGENTS]
        if not agents:
            return None
        head = agents[0]
    else:
        head = shared_subject(c, group_head(c, c.before), c.before)
    return Decision(slots={"subj": coordinated(c, head, c.before)})


@role_rule("reported_clause_has_own_subject")
def reported_clause_has_own_subject(c: RoleContext) -> Decision | None:
    """No subject (SVO) when the subject found stands before a verb of saying
    (`reported_clause_verbs`) and the trigger's clause has a subject of its own that no name
    gives, before an auxiliary (`reported_clause_auxiliaries`): "Rahim said buyers had asked the
    factories to pay" is a request by the buyers, not Rahim's; "Rahim said Dhaka had asked" (the
    name is the subject), "Rahim said he had asked" (the pronoun is), "the ministry claimed to
    have shot down drones", "the ministry said the draft had been sent and urged students to
    return" (its own act, after "and") and "NCP leaders said the party's leadership had held
    talks" (a body of the sayer's, by its possessive) are untouched."""
    g, w = c.grammar, c.sent.words   # (the sentence's words are lower-cased already)
    if g.verb_final or not c.subj or not g.reported_clause_verbs or c.passive:
        return None   # a passive's subject is what it was done to: the passive rules decide
    said = next((i for i in range(c.t0 - 1, max(x.last for x in c.subj), -1)
                 if w[i] in g.reported_clause_verbs), None)
    if said is None:
        return None
    start = said + 1 + (said + 1 < c.t0 and w[said + 1] in g.complement_words)
    aux = next((i for i in range(start, c.t0) if w[i] in g.reported_clause_auxiliaries), None)
    if aux is None or aux == start or w[start] in g.passive_not_after:
        return None   # "claimed to have shot down": the claimant's own act, no clause of its own
    if _clause_opens_with_a_party(c, start):
        return None   # "said he is prepared to", "said Vietnam is committed to": the sayer, or a name
    if c.t0 - aux > g.reported_clause_verb_reach or any(x in g.conjunctions for x in w[aux:c.t0]):
        return None   # "... and urged students": the sayer's own act; "pending the probe": a noun's
    if _possessive_between(c.sent, start, aux, g.reported_clause_possessive_endings):
        return None   # "NCP leaders said the party's leadership had held talks": the sayer's own body
    return Decision(slots={"subj": []}, notes=[f"subject of '{w[said]}', not of the clause after it"])


def _clause_opens_with_a_party(c: RoleContext, start: int) -> bool:
    """The reported clause opens with a party: a capitalised word (a name), a mention or a
    pronoun (mostly the sayer): "said he is prepared to lift the ban", "said Vietnam is
    committed to opening up" (the roles of that clause are read as any clause's); "said buyers
    had asked" opens with neither."""
    written = c.sent.tokens[start][2]   # (the sentence's words are lower-cased: a name is told as written)
    return c.sent.words[start] in c.grammar.pronouns or written[:1].isupper() \
        or any(x.first == start for x in c.cands)


def _possessive_between(sent: Sentence, lo: int, hi: int, endings: tuple[str, ...]) -> bool:
    """A word of tokens lo..hi-1 ends in a possessive ending of `endings` (lang data
    `reported_clause_possessive_endings`): "the party's leadership" ends in "'s"."""
    return any(sent.words[i].endswith(endings) for i in range(lo, hi))


def _town_is_where(c: RoleContext, x: Mention) -> bool:
    """A town before a place of two nouns in the locative (Mention.before_locative) is where the
    act happened when a party follows the verb as its subject: "সকালে সিলেট সার্কিট হাউসে
    ব্যবসায়ীদের সঙ্গে বৈঠক করেন হাইকমিশনার" (the envoy met traders at the Sylhet circuit house),
    or "... বৈঠক করেন ভারতের হাইকমিশনার" (India's envoy: a genitive owner of the office); the town
    is then neither subject nor object of the verb. With none
    there the town may act: "নওগাঁ জেলা প্রশাসন সীমান্তে ... নিন্দা জানিয়েছে"."""
    if not x.before_locative:
        return False
    after = [y for y in c.in_clause if y.first > c.t1 and not y.pronoun]
    return bool(after) and after[0].marker in (*_UNMARKED, "gen") and after[0].etype in PARTY_TYPES \
        and after[0].actor is not None


@role_rule("postposed_subject_after_incident")
def postposed_subject_after_incident(c: RoleContext) -> Decision | None:
    """Subject (SOV): the name after the verb when the names before the trigger lie inside an
    incident phrase ("... ঘটনায়", in the incident of ...) before it: they tell who did and who
    suffered the incident, and the subject is postposed. An accusation's recipient is the doer of
    the incident, the possessor of its act. "বিএসএফের গুলিতে এক তরুণ নিহত হওয়ার ঘটনায় কড়া
    প্রতিবাদ জানিয়েছে বাংলাদেশ" (Bangladesh protested the killing by the BSF): Bangladesh accuses
    the BSF, not India the Bangladeshi."""
    g, w = c.grammar, c.sent.words
    if not g.verb_final or not g.incident_nouns or not c.before or not c.after or c.nominal:
        return None
    incident = [i for i in range(c.before[-1].last + 1, c.t0) if g.is_incident_word(w[i])]
    if not incident or c.after[0].etype not in PARTY_TYPES or c.after[0].actor is None:
        return None
    subj = coordinated(c, c.after[0], c.after)
    if c.etype != "ACCUSE":
        return Decision(slots={"subj": subj, "obj": [x for x in c.obj if x.first > incident[-1]]})
    return Decision(slots={"subj": subj, "obj": _incident_doer(c, incident[0])})


def _incident_doer(c: RoleContext, end: int) -> list[Mention]:
    """Who did the act of the incident phrase ending at `end`: the possessor right before its
    act ("বিএসএফের গুলিতে": the BSF), else the phrase's first party in the nominative, the subject
    of its verbal noun ("ইসরায়েল লেবাননে হামলা চালানোর ঘটনায়": Israel)."""
    acts = [t for t in c.triggers if t < end]
    if not acts:
        return []
    owner = [x for x in c.in_clause if x.marker == "gen" and x.last + 1 in acts and x.actor is not None]
    if owner:
        return owner[-1:]
    agents = [x for x in c.before if x.etype in PARTY_TYPES and x.actor is not None and x.last < acts[0]]
    return agents[:1]


@role_rule("participle_after_that_clause")
def participle_after_that_clause(c: RoleContext) -> Decision | None:
    """Subject (SVO): a participle of speech after a comma that closes a "that" clause has the
    subject of the main clause, not of the "that" clause. "X warned that militants are trying to
    disrupt the vote, urging everyone to stay calm": X urges, not the militants. Only a statement
    (`reported_statement_types`) goes on the reporter's speech: in "X said that troops crossed the
    border, firing on a post" the troops fire."""
    g, w = c.grammar, c.sent.words
    if g.verb_final or not g.participle_endings or not w[c.t0].endswith(g.participle_endings) \
            or c.etype not in g.reported_statement_types:
        return None
    that = next((i for i in range(c.t0) if w[i] in g.complement_words), None)
    if that is None or not _comma_before(c.sent, c.t0, that):
        return None
    main = [x for x in c.cands if x.last < that and x.marker in _UNMARKED and x.etype not in NEVER_AGENTS
            and not x.place_compound]
    if not main:
        return None
    return Decision(slots={"subj": coordinated(c, group_head(c, main), main)})


def _comma_before(sent: Sentence, t0: int, after: int) -> bool:
    """A comma right before token t0, later than token `after` (a word is never a comma: the
    tokens are letters and digits, so the comma is looked for between them, modality.comma_at)."""
    return t0 - 1 > after and comma_at(sent.text, sent.tokens, t0)


@role_rule("object_before_verb")
def object_before_verb(c: RoleContext) -> Decision | None:
    """Object (SOV): the last unmarked name before the verb that is not the subject.
    "ভারত নেপাল সফর করবে" reads নেপাল; with "নেপালকে" the accusative would have marked it."""
    if not c.grammar.verb_final or c.obj:
        return None
    rest = [x for x in c.before if x not in c.subj]
    return Decision(slots={"obj": [rest[-1]]}) if rest else None


@role_rule("object_after_verb")
def object_after_verb(c: RoleContext) -> Decision | None:
    """Object (SVO): the first unmarked name within `object_window` words after the verb, and
    before any comma: the verb phrase ends there. "Russia attacked Ukraine": Ukraine; "welcomed
    the reforms and the ratification of the ILO conventions" names no object that near; in
    "welcomed the deal, telling journalists that ..." the journalists are told, not welcomed."""
    g = c.grammar
    if g.verb_final or not c.after or c.after[0].first - c.t1 > g.object_window:
        return None
    if any(comma_at(c.sent.text, c.sent.tokens, i) for i in range(c.t1 + 1, c.after[0].first + 1)):
        return None
    return Decision(slots={"obj": [c.after[0]]})


@role_rule("possessor_of_object")
def possessor_of_object(c: RoleContext) -> Decision | None:
    """Object (SVO, when none is named): the possessor of the verb's object, which the act is
    aimed at, unless another trigger comes between. "condemned Russia's attack": Russia;
    "praised India's efforts": India."""
    g = c.grammar
    if g.verb_final or c.obj:
        return None
    owners = [x for x in c.in_clause if x.marker == "gen" and x.first > c.t1 and not x.modifier
              and x.first - c.t1 <= g.object_window and x.actor is not None]
    if owners and not any(c.t1 < p < owners[0].first for p in c.triggers):
        return Decision(slots={"obj": owners[:1]})
    return None


@role_rule("place_compound_object")
def place_compound_object(c: RoleContext) -> Decision | None:
    """Object (SOV, when none is named): a place compound before the verb, which is what the
    event is about, never who acts. "শাহবাগ মোড় অবরোধ করে" (blocked the Shahbag crossing): শাহবাগ."""
    if c.obj or not c.unmarked_places or not c.grammar.verb_final:
        return None
    places = [x for x in c.unmarked_places if x.last < c.t0][-1:]
    return Decision(slots={"obj": places}) if places else None


@role_rule("conjuncts_of_the_object")
def conjuncts_of_the_object(c: RoleContext) -> Decision | None:
    """Object, not subject (SOV): names joined by a conjunction to the object right before the
    event noun ("X ও Y সফর") are objects with it, whom the noun's act is about. "জাপান ও থাইল্যান্ড
    সফর শেষে ... মনমোহন ... বলেন" (after his visit to Japan and Thailand Manmohan said): Japan was
    visited with Thailand, it did not visit Thailand."""
    if not (c.grammar.verb_final and c.obj and c.subj) or c.obj[-1].last != c.t0 - 1:
        return None
    joined, head = [], c.obj[-1]
    for x in sorted(c.subj, key=lambda m: -m.first):
        gap = c.sent.words[x.last + 1:head.first]
        if not (len(gap) == 1 and gap[0] in c.grammar.conjunctions) and not hyphened(c.sent, x, head):
            break
        joined.append(x)
        head = x
    if not joined:
        return None
    return Decision(slots={"subj": [x for x in c.subj if x not in joined], "obj": joined[::-1] + c.obj})


@role_rule("determiner_object_noun")
def determiner_object_noun(c: RoleContext) -> Decision | None:
    """No subject: an event noun after another trigger and only determiners is that verb's
    object, and the sentence's subject is not its agent. "Japan denounced the attack": Japan
    did not attack (only a possessor, "Russia's attack", would be the agent)."""
    g, w = c.grammar, c.sent.words
    if not (g.determiners and c.bare_trigger):
        return None
    if any(p < c.t0 and w[p + 1:c.t0] and all(x in g.determiners for x in w[p + 1:c.t0]) for p in c.triggers):
        return Decision(slots={"subj": []})
    return None


@role_rule("possessor_is_victim")
def possessor_is_victim(c: RoleContext) -> Decision | None:
    """Recipient only, and nobody named the agent: the possessor of a killing noun (a trigger
    with `possessor: patient`), unless the victim follows ("killing of X"). "Hadi's killing",
    "হাদির হত্যাকাণ্ড": Hadi is the victim (and, with no actor, no event is coded)."""
    if c.possessor != "patient" or not c.bare_trigger or c.light_verb_next:
        return None
    victim = [x for x in c.in_clause if x.marker == "gen" and 0 < c.t0 - x.last <= 2 and x.actor is not None]
    if victim and c.next_word not in c.grammar.of_words:
        return Decision(parties=([], victim[-1:]), factor=0.8)
    return None


@role_rule("compound_agent")
def compound_agent(c: RoleContext) -> Decision | None:
    """Subject (SVO): a group or nationality right before a bare event noun is its agent; a
    place there is mostly the target. "BSF firing", "Israeli strikes", "Hamas attack": BSF,
    Israeli, Hamas ("Gaza strikes" names no agent)."""
    mod = c.compound_agents
    if not mod:
        return None
    return Decision(slots={"subj": mod, "obj": [x for x in c.obj if x is not mod[0]]})


@role_rule("possessor_agent")
def possessor_agent(c: RoleContext) -> Decision | None:
    """Subject: the nearest possessor up to `possessor_agent_window` words before an event noun,
    with no other event word between. "Israel's heinous and cruel attacks": Israel."""
    g = c.grammar
    if not (g.possessor_window and c.bare_trigger):
        return None
    owner = [x for x in c.in_clause if x.marker == "gen" and 0 < c.t0 - x.last <= g.possessor_window
             and not any(x.last < p < c.t0 for p in c.triggers)]
    if not owner:
        return None
    return Decision(slots={"subj": owner[-1:], "obj": [x for x in c.obj if x is not owner[-1]]})


@role_rule("caller_of_a_called_action")
def caller_of_a_called_action(c: RoleContext) -> Decision | None:
    """Subject (no other found): the name in the genitive right before a caller participle
    (`caller_participles`) that stands up to `caller_reach` words before a bare event noun, no
    other event word between. "জামায়াতের ডাকা সকাল-সন্ধ্যা হরতাল চলছে" (the dawn-to-dusk strike
    called by Jamaat is on): Jamaat."""
    g, words = c.grammar, c.sent.words
    if not (g.caller_participles and c.bare_trigger) or c.subj:
        return None
    for x in reversed(c.in_clause):
        called = x.last + 1
        if x.marker == "gen" and x.etype in PARTY_TYPES and called < c.t0 <= called + g.caller_reach \
                and words[called] in g.caller_participles and not any(called < p < c.t0 for p in c.triggers):
            return Decision(slots={"subj": [x]})
    return None


@role_rule("genitive_agent_of_bare_noun")
def genitive_agent_of_bare_noun(c: RoleContext) -> Decision | None:
    """Subject (nominal_patient_before packs): the possessor right before a bare event noun,
    also when the sentence has a subject of its own. "ইসরায়েলের হামলায়" (in Israel's attack):
    ইসরায়েল; "জাপান রাশিয়ার হামলার নিন্দা জানায়": Russia attacked (Japan condemns). Not the
    object of a light verb after the noun (object_of_the_light_verb)."""
    if not (c.grammar.nominal_patient and c.bare_trigger and (not c.subj or c.nominal)):
        return None
    owner = [x for x in c.in_clause if x.marker == "gen" and x.last == c.t0 - 1 and x.actor is not None
             and not object_of_the_light_verb(c, x)]
    return Decision(slots={"subj": owner}) if owner else None


def object_of_the_light_verb(c: RoleContext, x: Mention) -> bool:
    """A plural whose ending is genitive and accusative alike (object_genitive_endings), right
    before an event noun that a light verb follows, is that verb's object: "যিনি সন্ত্রাসীদের
    গ্রেপ্তার করেন" (who arrests the terrorists), "পরিবারের সদস্যদের জিম্মি করে" (holding the
    family hostage); the singular genitive stays the agent ("যুক্তরাষ্ট্রের আরোপ করা শুল্ক"), and so do
    forces deployed, who mobilise (`passive_force_types`: "পুলিশ সদস্যদের মোতায়েন করা হয়")."""
    if not c.light_verb_next or c.etype in c.grammar.passive_force_types:
        return False
    return c.sent.words[x.last].lower().endswith(c.grammar.object_genitive_endings)  # () ends nothing


@role_rule("final_genitive_agent")
def final_genitive_agent(c: RoleContext) -> Decision | None:
    """Subject (SOV): a name in the genitive right after a bare event noun that ends the sentence,
    a nominal headline's inverted order. "মার্কিন নিষেধাজ্ঞা প্রত্যাহারের অনুরোধ র‍্যাবের" (RAB's
    request to lift US sanctions): র‍্যাব, not the adjective মার্কিন before the noun."""
    if not (c.grammar.verb_final and c.nominal):
        return None
    last = len(c.sent.words) - 1
    owner = [x for x in c.in_clause if x.marker == "gen" and x.first == c.t1 + 1 and x.last == last
             and x.actor is not None and x.etype in PARTY_TYPES]
    return Decision(slots={"subj": owner}) if owner else None


@role_rule("subject_after_verb")
def subject_after_verb(c: RoleContext) -> Decision | None:
    """Subject (SOV, none before the verb, not a bare noun, not a verbal noun qualifying the noun
    after it): the first unmarked name after it, with its coordination, as in a headline's
    inverted order. "গাজায় হামলা চালিয়েছে ইসরায়েল" (Israel attacked Gaza): ইসরায়েল; in "গাজায় গুলি
    চালানোর ঘটনায় ক্ষোভ জানিয়েছে জাতিসংঘ" (the UN voiced anger at the firing in Gaza) জাতিসংঘ is
    the subject of জানিয়েছে, not of চালানোর."""
    if c.subj or not c.grammar.verb_final or not c.after or c.nominal or c.qualifying_verbal_noun:
        return None
    return Decision(slots={"subj": coordinated(c, c.after[0], c.after)})


@role_rule("postposed_subject_over_genitive_phrase")
def postposed_subject_over_genitive_phrase(c: RoleContext) -> Decision | None:
    """Subject (SOV, a verb, not a bare noun): the first unmarked party name after the verb, when
    every subject found before it lies inside a genitive phrase (Mention.genitive_head) that does
    not end right before the trigger: such a name qualifies an oblique noun, and the unmarked
    name after the finite verb is the postposed subject. "ডাকাত চক্রের পাঁচ সদস্যকে গ্রেপ্তার
    করেছে র‍্যাব" (RAB arrested five members of a gang of robbers): RAB, not the robbers."""
    g = c.grammar
    if not (g.verb_final and c.subj and c.after) or c.nominal or c.qualifying_verbal_noun:
        return None
    if not all(0 <= x.genitive_head < c.t0 - 1 and x.last < c.t0 for x in c.subj):
        return None
    head = c.after[0]
    if head.actor is None or head.pronoun or head.etype not in PARTY_TYPES or not _ends_the_clause(c, head):
        return None
    return Decision(slots={"subj": coordinated(c, head, c.after)})


def _ends_the_clause(c: RoleContext, x: Mention) -> bool:
    """Mention `x` follows the trigger's verb within three words (its auxiliary, a title) and ends
    the sentence or the clause (a conjunction or comma after it), as a postposed subject does:
    in "... স্বাগত জানান এবং ... যুক্তরাষ্ট্রসহ কয়েকটি দেশকে ধন্যবাদ দেন" the United States is
    in the next clause, no subject of the welcome."""
    words = c.sent.words
    between = words[c.t1 + 1:x.first]
    if len(between) > 3 or any(w in c.grammar.conjunctions for w in between):
        return False
    rest = words[x.last + 1:]
    return all(not any(ch.isalnum() for ch in w) for w in rest) or rest[0] in c.grammar.conjunctions \
        or rest[0].startswith(",")


@role_rule("subject_after_meeting_phrase")
def subject_after_meeting_phrase(c: RoleContext) -> Decision | None:
    """Subject (SOV, reciprocal frames, none before) of a meeting noun that a time word after it
    (`meeting_time_words`) or an ending on it (`meeting_time_endings`) makes a time phrase of the
    main clause: the first unmarked name after the phrase, the main clause's subject, with its
    coordination. "দলের নেতাদের সঙ্গে বৈঠক শেষে মন্ত্রী রহিম সাংবাদিকদের বলেন" (after meeting the
    party's leaders, minister Rahim told reporters): Rahim met them. Only with the other party
    inside the phrase: in "বৈঠক শেষে সাংবাদিকদের সঙ্গে কথা বলেন রহিম" (after the meeting Rahim
    talked to reporters) the reporters are the main verb's, and Rahim met no one named. A group a
    common noun names as met (met_group_before) is such a party too: "রাজনৈতিক দলগুলোর সঙ্গে সংলাপে
    বসেছে ইসি" (the EC sat in a dialogue with the political parties)."""
    g = c.grammar
    if c.subj or not (g.verb_final and c.frame.reciprocal) or not c.after:
        return None
    if not any(x.marker in c.frame.join and x.last < c.t0 for x in c.in_clause) and not met_group_before(c):
        return None
    if not (c.next_word in g.meeting_time_words or c.sent.words[c.t1].endswith(g.meeting_time_endings)):
        return None
    return Decision(slots={"subj": coordinated(c, c.after[0], c.after)})


@role_rule("genitive_owner_after_verb")
def genitive_owner_after_verb(c: RoleContext) -> Decision | None:
    """Subject (SOV, none found, the trigger with its verb): a postposed subject told by its office,
    a name in the genitive right after the verb whose head nouns end the clause. "সরকারকে সতর্ক
    করেছেন জামায়াতের নায়েবে আমির" (Jamaat's deputy chief warned the government): জামায়াত;
    "দুই আসামিকে কারাদণ্ড দিয়েছেন চট্টগ্রামের দ্রুত বিচার ট্রাইব্যুনাল": Chattogram's tribunal. A
    name after the office ("বিএনপির মহাসচিব মির্জা ফখরুল") is unmarked: subject_after_verb takes it."""
    g = c.grammar
    if c.subj or not g.verb_final or c.nominal or c.qualifying_verbal_noun:
        return None
    owner = next((x for x in c.in_clause if x.first > c.t1 and not x.pronoun), None)
    if owner is None or owner.marker != "gen" or owner.actor is None or owner.etype not in PARTY_TYPES:
        return None
    right_after_verb = (owner.first == c.t1 + 1 and not c.bare_trigger) or (owner.first == c.t1 + 2 and c.light_verb_next)
    if not right_after_verb or not _office_ends_clause(c, owner):
        return None
    return Decision(slots={"subj": [owner]})


def _office_ends_clause(c: RoleContext, owner: Mention) -> bool:
    """The words after the genitive `owner` run to the end of the trigger's clause with no name,
    verb or trigger among them: its office or body, the head of the subject ("জামায়াতের নায়েবে
    আমির।" yes; "বিএনপির কার্যালয়ে হামলা" no: a trigger follows)."""
    hi = c.sent.clause_bounds(c.t1)[1]
    head = range(owner.last + 1, hi)
    # a title the name was extended over ("জামায়াতের নায়েবে আমির") is the head already
    fewest = 0 if owner.extended else 1
    if not fewest <= len(head) <= 6 or any(x.first in head for x in c.cands):
        return False
    words = c.sent.words
    return not any(i in c.triggers or c.grammar.is_light_verb(words[i]) for i in head)


@role_rule("party_of_the_member_subject")
def party_of_the_member_subject(c: RoleContext) -> Decision | None:
    """Subject (SOV, none found, a verb): a party in the genitive before the verb whose noun phrase
    ends, within `member_subject_reach` words, in a member noun with no case (`member_heads`, the
    nominative): the member, told by the party, is the subject. "বিএনপির জেলা কমিটির এক নেতা
    ঘটনার জন্য জামায়াতকর্মীদের দায়ী করেছেন" (a leader of the BNP's district committee blamed
    Jamaat's men): the BNP. Not a member in another case ("বিএনপির এক নেতাকে গ্রেপ্তার করেছে"),
    nor a phrase with another name or trigger inside it."""
    g = c.grammar
    if c.subj or not (g.verb_final and g.member_forms) or c.nominal or c.qualifying_verbal_noun:
        return None
    owner = next((x for x in c.in_clause if x.marker == "gen" and x.last < c.t0 and x.actor is not None
                  and x.etype in PARTY_TYPES and not x.pronoun and _member_subject_after(c, x)), None)
    return Decision(slots={"subj": [owner]}) if owner is not None else None


def _member_subject_after(c: RoleContext, owner: Mention) -> bool:
    """A caseless member noun (`member_heads`, bare or with one of `member_plural_endings`) ends the
    genitive phrase of `owner` before the trigger, with no name, trigger or conjunction between
    (party_of_the_member_subject). Example: owner বিএনপির in "বিএনপির জেলা কমিটির নেতারা ... দায়ী
    করেছেন" -> True (নেতারা); in "বিএনপির নেতাকে গ্রেপ্তার করেছে" -> False (নেতাকে, accusative)."""
    g, words = c.grammar, c.sent.words
    starts = {x.first for x in c.cands}
    for j in range(owner.last + 1, min(owner.last + 1 + g.member_reach, c.t0)):
        if j in starts or j in c.triggers or words[j] in g.conjunctions:
            return False
        if words[j] in g.member_forms:
            return True
    return False


@role_rule("verbal_noun_genitive_subject")
def verbal_noun_genitive_subject(c: RoleContext) -> Decision | None:
    """Subject: a verbal noun takes a genitive subject, and a name between them is then the
    object. "মোদির নেপাল সফর করার কথা" (Modi's visiting Nepal): মোদি, নেপাল the object. A noun
    that merely ends so before its finite light verb is no verbal noun ("গ্রেপ্তার করেছে")."""
    g, w, nxt = c.grammar, c.sent.words, c.next_word
    if not (g.verbal_noun_endings and w[c.t1].endswith(g.verbal_noun_endings)):
        return None
    if nxt and g.is_light_verb(nxt) and not nxt.endswith(g.verbal_noun_endings):
        return None
    gen = [x for x in c.in_clause if x.marker == "gen" and x.last < c.t0 and not x.modifier
           and x.etype in PARTY_TYPES]
    subj = c.subj
    if not gen or (subj and not (subj[0].last < c.t0 and gen[0].last < subj[0].first)):
        return None
    if subj and not c.obj and c.before:
        return Decision(slots={"obj": [c.before[-1]], "subj": gen[:1]})
    return Decision(slots={"subj": gen[:1]})


@role_rule("victims_of_the_event_noun")
def victims_of_the_event_noun(c: RoleContext) -> Decision | None:
    """Object, not subject: the clause's unmarked names when a victim noun follows the event noun
    (`victim_nouns`). "আওয়ামী লীগ নেতারা হামলার শিকার হয়েছেন" (Awami League leaders fell victim
    to an attack): the leaders were attacked; a possessor of the noun still acts ("সেনাবাহিনীর
    নির্যাতনের শিকার রোহিঙ্গারা": the army). With no possessor an attack (`passive_unnamed_agent_types`)
    was made by someone unnamed, as in an agentless passive (unnamed_attacker_acts_on): "বগুড়ায়
    হামলার শিকার হয়েছেন বিএনপি নেতা আব্দুল করিম" (a BNP leader was attacked in Bogura)."""
    if not (c.grammar.victim_nouns and c.next_word.startswith(c.grammar.victim_nouns)):
        return None
    owners = [x for x in c.subj if x.marker == "gen"]
    victims = [x for x in c.subj if x.marker != "gen"]
    if attributive_victim_noun(c):
        return victims_named_after_the_victim_noun(c, owners)
    if not owners and c.etype in c.grammar.passive_unnamed_types:
        harmed = [x for x in _uniq(c.obj + victims + c.after) if _victim(x, c.grammar)] or unnamed_victims(c)
        if harmed:
            return unnamed_attacker_acts_on(c, harmed)
    if not victims:
        return None
    return Decision(slots={"subj": owners, "obj": c.obj + victims})


def attributive_victim_noun(c: RoleContext) -> bool:
    """The victim noun qualifies a name after it, in a clause whose verb is another's: "অপহরণের
    শিকার দুই শিশুকে উদ্ধার করেছে র‍্যাব" (RAB rescued two children who had been abducted). The word
    after the noun is no victim verb (`victim_verbs`: not "হামলার শিকার হয়েছেন", fell victim), and
    one of the two words after the noun ends in the accusative, or a name there carries a case
    or a postposition."""
    after = _word_after_victim_noun(c)
    if after is None or after.startswith(c.grammar.victim_verbs):
        return False
    return any(word.endswith(c.grammar.accusative_endings) for word in c.sent.words[c.t1 + 2:c.t1 + 4]) \
        or any(c.t1 + 1 < x.first <= c.t1 + 3 and x.marker not in ("nom", None, "") for x in c.cands)


def _word_after_victim_noun(c: RoleContext) -> str | None:
    """The word after the victim noun that follows the trigger, where the pack has victim verbs to
    tell it by (attributive_victim_noun, unnamed_victims): "হামলার শিকার হয়েছেন" at হামলার ->
    "হয়েছেন"; None at the sentence's end, or where the pack has none."""
    at = c.t1 + 2
    return c.sent.words[at] if c.grammar.victim_verbs and at < len(c.sent.words) else None


def victims_named_after_the_victim_noun(c: RoleContext, owners: list[Mention]) -> Decision:
    """The parties of an act a victim noun qualifies (attributive_victim_noun): its possessor acts
    (else someone unnamed, for an attack), the name right after the noun was harmed; the main
    clause's subject, who rescued or visited the victims, is neither."""
    harmed = [x for x in c.cands if c.t1 + 1 < x.first <= c.t1 + 3 and x.actor is not None]
    if not owners and c.etype in c.grammar.passive_unnamed_types and harmed:
        return unnamed_attacker_acts_on(c, harmed)
    return Decision(parties=(owners, harmed))


def unnamed_victims(c: RoleContext) -> list[Mention]:
    """The victims of an unowned attack a victim noun tells when the clause names none the registry
    holds (victims_of_the_event_noun): people of the article's country, its state on the trigger's
    word (GUIDELINES E5 codes them by country). "শহরে হামলার শিকার হয়েছেন দলীয় এক নেতা" (a party
    leader was attacked in the town) -> [Bangladesh]. None when the article's country is unknown or
    a group's ("NGO"), nor when no finite verb (`victim_verbs`) follows the victim noun: a headline's
    "হামলার শিকার ইউপি সদস্য" (attacked UP member) stands for a story that may name the attackers.
    (A possessor of the noun is its doer, never asked here: "তাদের কর্মীরা হামলার শিকার".)"""
    after = _word_after_victim_noun(c)
    if c.home is None or not is_country_code(c.home.country) or after is None \
            or not after.startswith(c.grammar.victim_verbs):
        return []
    return [_home_on_trigger(c)]


def _home_on_trigger(c: RoleContext) -> Mention:
    """The article's country (`c.home`, known) as a mention on the trigger's first word: the party a
    rule gives an act whose sentence names none (unnamed_victims, passive_unnamed_attacker_of_home_people,
    passive_home_state_agent). Example: "31 people have been arrested" in a Bangladeshi report ->
    GPE Bangladesh on "arrested"."""
    s, e, _ = c.sent.tokens[c.t0]
    return Mention(c.t0, c.t0, s, e, c.home.name, c.home, "GPE", None)


@role_rule("harmed_by_the_act")
def harmed_by_the_act(c: RoleContext) -> Decision | None:
    """Subject and object (SOV) of a bare noun of violence that a harm word follows (`harm_words`,
    up to `harm_reach` words on, no other trigger between): only the noun's possessor acts; the
    ones harmed are the clause's unmarked subject, the names between the noun and the harm word
    and an unmarked name right after it. "এক কৃষক বিএসএফের গুলিতে নিহত হয়েছেন" (a farmer was
    killed by BSF fire): BSF acts on the farmer; "রাশিয়ার হামলায় ইউক্রেনের তিন সেনা নিহত" (three
    Ukrainian soldiers killed in Russia's attack): Russia on Ukraine. Without a possessor the rules
    after decide, as before."""
    harm, own = harm_word_after(c), _fire_owner(c)
    if harm is None or not own:
        return None
    return Decision(slots={"subj": own, "obj": _harmed(c, own[0], harm)})


def _fire_owner(c: RoleContext) -> list[Mention]:
    """The name in the genitive right before the event noun, the possessor of the fire (harmed_by_the_act):
    "বিএসএফের গুলিতে" -> [বিএসএফের]; none when that name is linked to no actor."""
    return [x for x in c.in_clause if x.marker == "gen" and x.last == c.t0 - 1 and x.actor is not None][-1:]


_HARMED_AFTER_WORDS = 3  # words after the harm word in which an unmarked name is one harmed ("নিহত তিন সেনা")
_OWNED_GENERIC_GAP = 2   # words from a genitive to a generic noun it owns ("ইউক্রেনের তিন সেনা")


def _harmed(c: RoleContext, own: Mention, harm: int) -> list[Mention]:
    """Those harmed (harmed_by_the_act): unmarked names before the noun, names between it and the
    harm word (not where: "গাজায়"), unmarked names up to three words after it in its clause; a
    generic noun its owner names ("ইউক্রেনের তিন সেনা", three soldiers of Ukraine) is the owner's."""
    cl = c.sent.clause[c.t0]
    before = [x for x in c.subj + c.obj if x.last < c.t0 and x is not own and x.marker in _UNMARKED]
    between = [x for x in c.in_clause if c.t1 < x.first and x.last < harm and x.marker not in c.grammar.place_markers]
    after = [x for x in c.unmarked if harm < x.first <= harm + _HARMED_AFTER_WORDS and c.clause_of(x) == cl
             and not x.place_compound]
    found = _uniq(x for x in before + between + after if x.actor is not None and x.etype not in NEVER_AGENTS)
    owners = [x for x in found if x.marker == "gen"]
    return [x for x in found if not _owned_generic(x, owners)]


def _owned_generic(x: Mention, owners: list[Mention]) -> bool:
    """A generic noun (an agent of the lexicon) up to two words after one of `owners`, whose it is:
    "ইউক্রেনের তিন সেনা" -> True for সেনা (_harmed)."""
    return x.actor.id.startswith("agent:") and any(0 < x.first - o.last <= _OWNED_GENERIC_GAP for o in owners)


@role_rule("no_party_after_the_harm")
def no_party_after_the_harm(c: RoleContext) -> Decision | None:
    """No marked name after the harm word of harmed_by_the_act is a party to the act: "বিএসএফের
    গুলিতে এক কিশোর নিহত হওয়ার পর ভারতীয় হাইকমিশনারকে তলব করা হয়" (the Indian High Commissioner
    was summoned after a teenager was killed by BSF fire) did not fire on the High Commissioner."""
    harm = harm_word_after(c)
    if harm is None or not _fire_owner(c):
        return None
    cut = {key: [x for x in xs if x.first < harm] for key, xs in c.slots.items()
           if key not in ("subj", "obj", "actor", "recipient")}
    gone = [x.text for key, xs in cut.items() for x in c.slots[key] if x not in xs]
    return Decision(slots=cut, notes=[f"{t}: after the harm" for t in gone]) if gone else None


def harm_word_after(c: RoleContext) -> int | None:
    """The token of the first harm word (`harm_words`) at most `harm_reach` words after a bare
    event noun, in its clause and with no other trigger before it but one right after the noun
    (harmed_by_the_act), or None:
    "গুলিতে গাজায় পাঁচজন নিহত" -> the token of নিহত."""
    g, w = c.grammar, c.sent.words
    if not (g.harm_words and g.verb_final and c.bare_trigger and c.nominal):
        return None
    for i in range(c.t1 + 1, min(c.t1 + 1 + g.harm_reach, len(w))):
        # the noun right after may be the act's own ("বিএসএফের ছোড়া গুলিতে", by the bullets the BSF fired)
        if c.sent.clause[i] != c.sent.clause[c.t0] or (i in c.triggers and i != c.t1 + 1):
            return None
        if w[i] in g.harm_words:
            return i
    return None


@role_rule("act_a_reaction_is_about")
def act_a_reaction_is_about(c: RoleContext) -> Decision | None:
    """Parties from the event noun's own phrase only, when a reaction noun right after it makes
    the act what the clause reacts to (`reaction_nouns`: protest, justice, concern, news, the
    incident): the clause's subject protests, demands or condemns, it did not do the act, and
    the names after the reaction noun are the reaction's. The actor is the noun's own possessor,
    the recipient the nearest name marked for it before the noun. "ছাত্রদল নেতা হত্যার বিচার
    দাবিতে বিক্ষোভ করেছে সংগঠনটি" (protested demanding justice for a Chhatra Dal leader's
    killing): no one named killed, so no actor (and no event); "গাজায় ইসরায়েলের হামলার প্রতিবাদে
    ঢাকায় বিক্ষোভ": Israel attacked Gaza, not Dhaka; "কার্যালয়ে হামলা চালানোর প্রতিবাদে বিক্ষোভ
    করেছে এনসিপি" (protested the attack carried out on its office): the NCP attacked no one."""
    if not c.reacted_to:
        return None
    own = [x for x in c.in_clause if x.marker == "gen" and x.last == c.t0 - 1 and x.actor is not None]
    before = [x for x in c.in_clause if x.last < c.t0 and x not in own]
    for key in c.frame.recipient:
        marked = [x for x in before if (x in c.obj if key == "obj" else x.marker == key)]
        if marked:
            return Decision(parties=(own, marked[-1:]))
    return Decision(parties=(own, []))


@role_rule("commenter_is_not_the_actor")
def commenter_is_not_the_actor(c: RoleContext) -> Decision | None:
    """Subject of an event noun that a comment governs (`comment_cues`, at most `comment_cue_gap`
    words away, no name or other trigger between): only a name of the noun's own phrase, never
    the clause's subject, who comments on the act and did not do it (eval/GUIDELINES.md E5).
    An act of violence (`comment_unnamed_agent_types`) on a party named in the clause then has an
    unnamed attacker, as in passive_unnamed_attacker; any other act no actor (and no event).
    "Japan strongly condemned the brutal attack on Kyiv", "জাপান কিয়েভে হামলার তীব্র নিন্দা
    জানিয়েছে": Japan attacked no one, an unidentified attacker did (Japan's ACCUSE stays); "Iran
    condemned Israel's attack", "ইরান ইসরায়েলের হামলার নিন্দা জানায়": Israel still attacks."""
    cue = comment_cue(c)
    if cue is None or not c.bare_trigger or not c.subj or (c.grammar.verb_final and not c.nominal):
        return None
    own = [x for x in c.subj if (x.marker == "gen" and x.last == c.t0 - 1) or cue < x.first < c.t0]
    if own == c.subj:
        return None
    obj = [x for x in c.obj if x not in c.subj]   # nor is the commenter what was attacked
    if own or not any(_victim(x, c.grammar) for x in obj) or c.etype not in c.grammar.comment_unnamed_types:
        return Decision(slots={"subj": own, "obj": obj})
    # an act of violence on someone named: an unnamed attacker (E5)
    return unnamed_attacker_acts_on(c, obj)


def comment_cue(c: RoleContext) -> int | None:
    """The position of the comment cue that governs the trigger (commenter_is_not_the_actor):
    the cue's last word before the noun (SVO: "expressed concern over the attacks"), its first
    word after it (SOV: "হামলার গভীর উদ্বেগ"), else None."""
    g, w = c.grammar, c.sent.words
    if not g.comment_cues:
        return None
    if g.verb_final:
        span = range(c.t1 + 1, min(len(w), c.t1 + 2 + g.comment_cue_gap))
        hit = next((i for i in span if any(_begins_with_cue(w[i], q[0], g) for q in g.comment_cues)), None)
        lo, hi = c.t1, hit
    else:
        span = range(c.t0 - 1, max(-1, c.t0 - 2 - g.comment_cue_gap), -1)
        hit = next((i for i in span if any(tuple(w[i + 1 - len(q):i + 1]) == q for q in g.comment_cues)), None)
        lo, hi = hit, c.t0
    if hit is None or not _same_comment_clause(c, hit) or any(lo < p < hi for p in c.triggers if p != hit):
        return None
    if any(lo < x.first <= x.last < hi and x.marker != "gen" for x in c.cands):
        return None
    return hit


def _begins_with_cue(word: str, stem: str, g: RoleGrammar) -> bool:
    """An SOV word that is the cue `stem` inflected, not a word derived from it
    (`comment_cue_derivations`): "উল্লেখ করেন" (mentioned) and "নিন্দায়" are cues, "উল্লেখযোগ্যভাবে"
    (significantly) and "নিন্দাজনক" (condemnable) are not."""
    return word.startswith(stem) and not word[len(stem):].startswith(g.comment_cue_derivations)


def _same_comment_clause(c: RoleContext, hit: int) -> bool:
    """Whether the comment cue at `hit` speaks of the trigger's clause: the same clause, or (SOV)
    the next one when every break between comes at a quotative (`quotatives`): "হামলাকে
    'নিছক সন্ত্রাস' বলে বর্ণনা করেছেন" (described the attack as sheer terror), where the Bengali
    quotative বলে opens a clause as "that" does."""
    sent = c.sent
    if sent.clause[hit] == sent.clause[c.t0]:
        return True
    if not (c.grammar.verb_final and c.grammar.quotatives) or hit < c.t0:
        return False
    breaks = [i for i in range(c.t1 + 1, hit + 1) if sent.clause[i] != sent.clause[i - 1]]
    return all(sent.words[i] in c.grammar.quotatives or sent.words[i - 1] in c.grammar.quotatives
               for i in breaks)


@role_rule("unresolved_pronoun")
def unresolved_pronoun(c: RoleContext) -> Decision | None:
    """No parties: a subject pronoun no one is known to stand for is not guessed. "তারা হামলা
    চালায়" with no group named before it: no event."""
    if any(x.actor is None for x in c.subj):
        return Decision(parties=([], []))
    return None


@role_rule("passive_by_agent")
def passive_by_agent(c: RoleContext) -> Decision | None:
    """Subject and object of a passive: the named agent acts on the grammatical subject.
    "Ukraine was attacked by Russia": Russia acts, Ukraine is the object; "পুলিশের হাতে ...
    গ্রেপ্তার হন": the police."""
    if c.passive and c.by:
        return Decision(slots={"subj": c.by, "obj": c.subj + c.obj})
    return None


@role_rule("passive_place_agent")
def passive_place_agent(c: RoleContext) -> Decision | None:
    """Subject of an agentless passive state action (arrests, expulsions; a trigger with
    `state_agent`): the state where it happens, as CAMEO/PLOVER coders do, at lower confidence.
    "He was arrested in Lebanon": Lebanon arrests him."""
    if c.passive and not c.by and c.place_agent:
        return Decision(slots={"subj": c.place_agent, "obj": c.subj + c.obj}, factor=0.75)
    return None


@role_rule("passive_force_is_deployed")
def passive_force_is_deployed(c: RoleContext) -> Decision | None:
    """Subject of an agentless passive deployment (`passive_force_types`): the forces deployed,
    who are the ones mobilising (`passive_force_sectors`), with no recipient. "কারওয়ান বাজারে
    পুলিশ ও সেনাবাহিনী মোতায়েন করা হয়েছে" (police and the army were deployed in Karwan Bazar):
    police and army mobilise. A patient of another kind is left to the rules after."""
    forces = deployed_forces(c)
    return Decision(slots={"subj": forces, "obj": []}) if forces else None


def deployed_forces(c: RoleContext) -> list:
    """The forces an agentless passive deployment deploys (passive_force_is_deployed), or []."""
    if not c.passive or c.by or c.place_agent or c.etype not in c.grammar.passive_force_types:
        return []
    return forces_among(c.subj + c.obj, c.grammar)


def forces_among(mentions: list, g: RoleGrammar) -> list:
    """The mentions that name a force a deployment moves (`passive_force_sectors`), in order: of
    police (COP) and a ministry (GOV), the police (deployed_forces, stationed_force_mobilises)."""
    return [x for x in mentions if x.actor is not None and x.actor.sector in g.passive_force_sectors]


@role_rule("stationed_force_mobilises")
def stationed_force_mobilises(c: RoleContext) -> Decision | None:
    """Subject of a deployment told as a standing state, not a passive (a `passive_force_types`
    trigger followed by `force_stationed_after`): the forces named mobilise, with no recipient, as
    in passive_force_is_deployed. "সীমান্তে অতিরিক্ত পুলিশ মোতায়েন রয়েছে" (extra police are deployed
    on the border): the police, whom bare_noun_patient took for the patient."""
    g = c.grammar
    if c.subj or c.passive or c.etype not in g.passive_force_types or not stationed(c):
        return None
    forces = forces_among(c.obj, g)
    return Decision(slots={"subj": forces, "obj": []}) if forces else None


def stationed(c: RoleContext) -> bool:
    """The words right after the trigger say it stands (`force_stationed_after`): "মোতায়েন থাকবে"."""
    index = c.grammar.force_stationed_after
    nxt = c.sent.words[c.t1 + 1:c.t1 + 3]
    return bool(index is not None and nxt and any(m.positions[0] == 0 for m in index.find(nxt)))


UNNAMED_ATTACKER = Actor(id="agent:unidentified", name="unidentified", country=None, sector="UAF")


@role_rule("passive_unnamed_attacker")
def passive_unnamed_attacker(c: RoleContext) -> Decision | None:
    """Subject of an agentless passive act of violence (`passive_unnamed_agent_types`) done to a
    named party: someone unnamed (eval/GUIDELINES.md E5: actor "unidentified", no country), at
    lower confidence. "ঢাকার পল্টনে গুলিবিদ্ধ হন বিএনপি নেতা মির্জা আব্বাস" (the BNP leader was
    shot in Paltan): an unidentified attacker, the leader the recipient. With no victim named in
    the clause ("মিরপুরে গুলি করা হয়েছে") the rule does not fire (unnamed_attack), and
    passive_without_agent leaves the event without an actor."""
    if not unnamed_attack(c):
        return None
    return unnamed_attacker_acts_on(c, c.subj + c.obj)


def unnamed_attacker_acts_on(c: RoleContext, victims: list[Mention]) -> Decision:
    """The decision that someone unnamed (UNNAMED_ATTACKER, on the trigger's word) did the act to
    `victims`, at lower confidence (passive_unnamed_attacker, commenter_is_not_the_actor): in
    "the BNP leader was shot", subj = [unidentified], obj = [the leader], factor 0.8."""
    s, e, _ = c.sent.tokens[c.t0]
    someone = Mention(c.t0, c.t0, s, e, UNNAMED_ATTACKER.name, UNNAMED_ATTACKER, "PER", None)
    return Decision(slots={"subj": [someone], "obj": victims}, factor=0.8)


def unnamed_attack(c: RoleContext) -> bool:
    """An agentless passive of a `passive_unnamed_agent_types` type with a victim in its clause
    (passive_unnamed_attacker): a party that is not where it happened ("মিরপুরে" = in Mirpur), or a
    state that is attacked ("ইরানের ওপর"). Not for a harm word (`passive_unnamed_agent_not_words`):
    "four people were killed in a collision" names a death, which an accident causes too."""
    if not c.passive or c.by or c.place_agent or c.etype not in c.grammar.passive_unnamed_types:
        return False
    if any(w in c.grammar.passive_unnamed_not_words for w in c.sent.words[c.t0:c.t1 + 1]):
        return False
    return any(_victim(x, c.grammar) for x in c.in_clause)


def _victim(x: Mention, g: RoleGrammar) -> bool:
    if x.actor is None or x.etype in NEVER_AGENTS or x.marker in g.place_markers:
        return False
    return x.etype != "GPE" or x.marker in ("acc", "on", "against")


@role_rule("passive_without_agent")
def passive_without_agent(c: RoleContext) -> Decision | None:
    """No subject for any other agentless passive: the grammatical subject is acted on.
    "Ukraine was attacked": no actor (and no event is coded). Forces deployed act
    (passive_force_is_deployed)."""
    if c.passive and not c.by and not c.place_agent and not deployed_forces(c) and not unnamed_attack(c):
        return Decision(slots={"subj": [], "obj": c.subj + c.obj})
    return None


@role_rule("passive_unnamed_attacker_of_home_people")
def passive_unnamed_attacker_of_home_people(c: RoleContext) -> Decision | None:
    """Subject and object of an agentless passive act of violence (`passive_unnamed_home_victim_types`,
    no harm word) whose subject names a building or a body the registry does not hold
    (_unheld_victim): someone unnamed acts on the people of the article's country, its state on
    the trigger's word, as unnamed_victims codes a victim noun (GUIDELINES E5: actor
    "unidentified", the victims by country). "The Udayan Bhaban was attacked on Friday night", in
    a report whose names are Bangladeshi: unidentified -> Bangladesh. A victim the registry holds
    is passive_unnamed_attacker's; "four were killed in a collision" names a harm only."""
    g = c.grammar
    if c.home is None or not is_country_code(c.home.country) or not c.passive or c.by or c.place_agent \
            or c.etype not in g.passive_unnamed_home_types or unnamed_attack(c) \
            or any(w in g.passive_unnamed_not_words for w in c.sent.words[c.t0:c.t1 + 1]) \
            or not any(_unheld_victim(x, c) for x in c.in_clause):
        return None
    return unnamed_attacker_acts_on(c, [_home_on_trigger(c)])


def _unheld_victim(x: Mention, c: RoleContext) -> bool:
    """A victim passive_unnamed_attacker_of_home_people takes for the home country's people: the
    unmarked subject of the passive, before the trigger, naming a building or place (LOC, FAC: "the
    Rupsha Club building") or a body the registry does not hold (ORG). Not a person the registry
    does not hold, whose attackers the story may name elsewhere, nor a subject with no name at all
    ("185 drones were shot down")."""
    if x.last >= c.t0 or x.marker not in _UNMARKED:
        return False
    return x.etype in ("LOC", "FAC") or (x.etype == "ORG" and x.actor is None)


@role_rule("passive_home_state_agent")
def passive_home_state_agent(c: RoleContext) -> Decision | None:
    """Subject of an agentless passive state action (`passive_home_state_types`: arrests; or a
    trigger with `state_agent`, security raised) whose clause names no place: the state the article
    is about, at lower confidence than a place named would give. "31 people have been arrested so
    far", in a report whose names are Bangladeshi: Bangladesh arrests them; "নিরাপত্তা জোরদার করা
    হয়েছে" (security has been stepped up): Bangladesh. Not for force ("was shot" names no one), nor
    for a sanction, which a party may give as well as a state ("was expelled from the party")."""
    if c.home is None or not c.passive or c.by or c.place_agent \
            or not (c.etype in c.grammar.passive_home_types or c.state_agent):
        return None
    return Decision(slots={"subj": [_home_on_trigger(c)], "obj": c.subj + c.obj}, factor=0.6)


@role_rule("reporter_of_a_passive_statement")
def reporter_of_a_passive_statement(c: RoleContext) -> Decision | None:
    """Subject (SOV) of an agentless passive statement (`passive_statement_types`) told in another
    clause's report, aimed at a party the clause names in the accusative or dative: the reporter,
    whose body made it. "বিজিবির অধিনায়ক রহিম বলেন, বিএসএফের কাছে কড়া প্রতিবাদ জানানো হয়েছে" (the
    BGB commander Rahim said a strong protest was lodged with the BSF): Rahim. Not with a pronoun
    in the clause ("তাঁর বিরুদ্ধে অভিযোগ করা হয়েছে" = he was accused: the speaker is the accused),
    nor when the one addressed is the reporter himself."""
    g = c.grammar
    if c.subj or c.by or not (g.verb_final and c.etype in g.passive_statement_types and _passive_statement(c)):
        return None
    cl = c.sent.clause[c.t0]
    if cl in c.reporting or any(x.pronoun and c.clause_of(x) == cl for x in c.cands):
        return None
    said = _reporters(c, cl)
    aimed = [x for x in c.in_clause if x.marker in ("acc", "dat") and x.actor is not None]
    if not said or not aimed or any(x.actor.id == said[0].actor.id for x in aimed):
        return None
    return Decision(slots={"subj": said[:1], "obj": c.obj}, factor=0.9)


def _reporters(c: RoleContext, cl: int) -> list[Mention]:
    """The named parties in the nominative of the reporting clauses other than clause `cl`
    (reporter_of_a_passive_statement): "অধিনায়ক রহিম বলেন, ..." -> [রহিম]."""
    return [x for x in c.cands if c.clause_of(x) != cl and c.clause_of(x) in c.reporting and x.marker in _UNMARKED
            and x.actor is not None and x.etype in _REPORTER_TYPES and not x.pronoun]


def _passive_statement(c: RoleContext) -> bool:
    """The trigger is passive (RoleContext.passive), or its light verb's verbal noun, in the
    trigger or right after it, is followed by a passive auxiliary (`passive_after`): "প্রতিবাদ
    জানানো হয়েছে" (a protest was lodged), "প্রতিবাদলিপি দেওয়া হয়েছে" (a note was given)."""
    if c.passive:
        return True
    g, w = c.grammar, c.sent.words
    for i in range(c.t1, min(c.t1 + 2, len(w) - 1)):
        if w[i].endswith(g.verbal_noun_endings) and g.is_light_verb(w[i]) \
                and any(m.positions[0] == 0 for m in g.passive_after.find(w[i + 1:i + 4])):
            return True
    return False


@role_rule("reporter_states_own_clause")
def reporter_states_own_clause(c: RoleContext) -> Decision | None:
    """Subject (SOV) of a statement in a subjectless clause that "বলে" hands to a reporting verb:
    the reporter, whose own words it is. "কোনো যৌক্তিকতা দেখছেন না বলে মন্তব্য করেছেন সামান্তা
    শারমিন" (Samanta Sharmin said she sees no reason): Samanta Sharmin. Only statement types
    (`reported_statement_types`): in "হামলা চালিয়েছে বলে জানান প্রত্যক্ষদর্শীরা" the witnesses
    attacked nobody."""
    g, w = c.grammar, c.sent.words
    if not (g.verb_final and g.reported_statement_types) or c.subj or c.passive \
            or c.etype not in g.reported_statement_types:
        return None
    cl = c.sent.clause[c.t0]
    start = next((i for i in range(c.t1 + 1, len(w)) if c.sent.clause[i] != cl), None)
    if start is None or w[start] not in g.carry_subject or c.sent.clause[start] not in c.reporting:
        return None
    said = [x for x in c.cands if c.clause_of(x) == c.sent.clause[start] and x.marker in _UNMARKED
            and x.actor is not None and x.etype in _REPORTER_TYPES]
    return Decision(slots={"subj": said[:1]}) if said else None


@role_rule("reporter_of_demand")
def reporter_of_demand(c: RoleContext) -> Decision | None:
    """Reporter (frames whose actor is the reporter, as `demand`): the speaker of the reporting
    clause, else the subject of an earlier clause. "Biden said Russia must withdraw": Biden,
    making the demand of Russia."""
    if "reporter" not in c.frame.actor:
        return None
    cl = c.sent.clause[c.t0]
    said = [x for x in c.cands if x.marker in _UNMARKED and c.clause_of(x) != cl and c.clause_of(x) in c.reporting]
    if not said:  # "X declared / concluded that Y must": the subject of the clause before
        said = [x for x in c.cands if x.marker in _UNMARKED and c.clause_of(x) < cl]
    return Decision(slots={"reporter": said[:1]})


@role_rule("case_marker")
def case_marker(c: RoleContext) -> Decision | None:
    """Every marked name of the clause in the slot of its marker, for the frame to read.
    "India sent aid to Nepal": Nepal in "dat"; "নেপালের বিরুদ্ধে": নেপাল in "against". Not the
    names of an incident phrase before the trigger (RoleContext.incident_phrase_end): in "বিএসএফ
    কৃষক রহিমকে হত্যার ঘটনায় প্রতিবাদ জানিয়েছে বাংলাদেশ" Rahim is the victim of the killing, not
    the one Bangladesh protests against. A name marked for the reaction before the phrase stays
    (RoleContext.incident_phrase_start): "ভারতের বিরুদ্ধে ... হত্যার ঘটনায় প্রতিবাদ": India."""
    slots: dict[str, list[Mention]] = {}
    skipped = []
    for x in c.in_clause:
        if not x.marker or x.marker == "nom":
            continue
        if c.in_incident_phrase(x):
            skipped.append(f"skip {x.text} (incident phrase)")
        else:
            slots.setdefault(x.marker, list(c.slots.get(x.marker) or [])).append(x)
    return Decision(slots=slots, notes=skipped) if slots or skipped else None


@role_rule("place_is_where")
def place_is_where(c: RoleContext) -> Decision | None:
    """No recipient from a place that is no state nor town (LOC, FAC: a market, a neighbourhood, a
    sea) in the locative (`place_markers`): it says where the act happened, not whom it was done
    to. "কারওয়ান বাজারে হামলা চালিয়েছে দুর্বৃত্তরা" (miscreants attacked in Karwan Bazar) attacks no
    market, and names no one attacked; "গাজায় হামলা" (GPE) still attacks Gaza,
    and a place in another country than the subject's stands for that country, which an act across
    a border hits ("বেনাপোল সীমান্তে ভারতীয় বাহিনীর গুলিতে" = by Indian fire at the Benapole border)."""
    g = c.grammar
    own = {x.actor.country for x in c.subj if x.actor is not None and x.actor.country}
    dropped = {key: [x for x in c.slots.get(key) or [] if x.etype in NEVER_AGENTS
                     and not (own and x.actor is not None and x.actor.country and x.actor.country not in own)]
               for key in g.place_markers}
    if not any(dropped.values()):
        return None
    return Decision(slots={key: [x for x in c.slots.get(key) or [] if x not in dropped[key]] for key in dropped},
                    notes=[f"{x.text}: where, not whom" for xs in dropped.values() for x in xs])


@role_rule("actors_by_frame")
def actors_by_frame(c: RoleContext) -> Decision | None:
    """Actors: the names of the slots the frame lists for the actor, in order. A `receive`
    frame names "from": "বাংলাদেশ জাপানের কাছ থেকে সহায়তা পেয়েছে": Japan gave."""
    actors = _uniq(x for key in c.frame.actor for x in (c.slots.get(key) or []))
    return Decision(slots={"actor": actors}, credit=c.credit_from(c.frame.actor, actors))


@role_rule("reciprocal_parties")
def reciprocal_parties(c: RoleContext) -> Decision | None:
    """All parties as actors, for talks and agreements; a party's own meeting is no dyadic event.
    "Modi met Xi": both; "স্থায়ী কমিটির বৈঠক" (the standing committee's meeting): none."""
    f = c.frame
    if not f.reciprocal:
        return None
    parties = c.slots["actor"] + joined_parties(c)
    if len({x.actor.id for x in parties if x.actor is not None}) < f.min_parties:
        return Decision(parties=([], []))
    return Decision(parties=(parties, []), credit=c.credit_from(["actor", *f.join], parties))


@role_rule("coordinated_genitive_sides")
def coordinated_genitive_sides(c: RoleContext) -> Decision | None:
    """Parties (SOV) of talks that would have fewer than the frame's parties: two names before the
    trigger joined by a conjunction, the second in the genitive, the first caseless ("বাংলাদেশ ও
    ভারতের" = of Bangladesh and India: the case of a coordination is marked once, on its last
    conjunct), are the sides that met. "বাংলাদেশ ও ভারতের পররাষ্ট্রসচিব পর্যায়ের বৈঠক হয়েছে" (the
    foreign secretaries of Bangladesh and India met) -> Bangladesh and India. Not when a topic
    postposition stands between them and the trigger: "চীন ও ভারতের বিনিয়োগ নিয়ে বৈঠক" (a meeting on
    Chinese and Indian investment) names what the meeting was about."""
    f, g, w = c.frame, c.grammar, c.sent.words
    parties = c.slots["actor"] + joined_parties(c)
    if not (f.reciprocal and g.verb_final) or len({x.actor.id for x in parties if x.actor is not None}) >= f.min_parties:
        return None
    sides = [x for x in c.in_clause if x.last < c.t0 and x.actor is not None and x.etype in PARTY_TYPES
             and not x.pronoun]
    for x, y in zip(sides, sides[1:]):
        if x.marker in _UNMARKED and y.marker == "gen" and y.first == x.last + 2 and w[x.last + 1] in g.conjunctions \
                and x.actor.id != y.actor.id and not g.topic_postpositions & set(w[y.last + 1:c.t0]):
            return Decision(parties=([x, y], []))
    return None


@role_rule("met_group_of_the_home_country")
def met_group_of_the_home_country(c: RoleContext) -> Decision | None:
    """Parties (SOV) of talks of one named party of the article's country with a group a common noun
    names in the "with" case before the trigger (`met_group_phrases`): that party alone, the group
    left to the defaults as people of the home country. "রাজনৈতিক দলগুলোর সঙ্গে সংলাপে বসেছে নির্বাচন
    কমিশন" (the election commission sat in a dialogue with the political parties) -> the commission
    (recipient Bangladesh, unnamed_recipient_is_home_state). Not for a foreign party, whom a
    home-country recipient would misstate."""
    f = c.frame
    parties = [x for x in c.slots["actor"] + joined_parties(c) if x.actor is not None]
    if not (f.reciprocal and c.grammar.met_group_phrases) or len({x.actor.id for x in parties}) != 1 \
            or c.home is None or parties[0].actor.country != c.home.country:
        return None
    return Decision(parties=(parties[:1], [])) if met_group_before(c) else None


def met_group_before(c: RoleContext) -> bool:
    """A phrase of `met_group_phrases` in the trigger's clause before it (met_group_of_the_home_country,
    subject_after_meeting_phrase): "শরিকদের সঙ্গে বৈঠক করেছে বিএনপি" -> True at বৈঠক."""
    w, lo = c.sent.words, c.sent.clause_bounds(c.t0)[0]
    return any(tuple(w[i:i + len(p)]) == p for p in c.grammar.met_group_phrases for i in range(lo, c.t0 - len(p) + 1))


def joined_parties(c: RoleContext) -> list:
    """The names of the slots a reciprocal frame joins to its actors (`join`), slot by slot in the
    frame's order: "Modi met Xi" -> Xi (reciprocal_parties, press_is_no_party)."""
    return [x for key in c.frame.join for x in (c.slots.get(key) or [])]


@role_rule("press_is_no_party")
def press_is_no_party(c: RoleContext) -> Decision | None:
    """No event when the party met, the one named nearest before the trigger, is of a sector the
    frame takes for none (`no_party_sectors`): "বৈঠক শেষে সাংবাদিকদের সঙ্গে কথা বলেন পররাষ্ট্র
    উপদেষ্টা" (after the meeting the adviser talked to reporters) is a statement to the press, not
    a meeting with it. A title further off ("দলের যুগ্ম সম্পাদক ... নেত্রীর সঙ্গে") is not the party met."""
    sectors = c.frame.no_party_sectors
    met = max((x for x in joined_parties(c) if x.last < c.t0), key=lambda x: x.last, default=None)
    if sectors and met is not None and met.actor is not None and met.actor.sector in sectors:
        return Decision(parties=([], []))
    return None


@role_rule("recipient_by_frame")
def recipient_by_frame(c: RoleContext) -> Decision | None:
    """Recipient: the nearest name of the first slot the frame lists for it that holds a name
    other than the actors. "Russia imposed sanctions on Japan": Japan (marker "on")."""
    for key in c.frame.recipient:
        found = [x for x in c.slots.get(key) or [] if x not in c.slots["actor"]]
        if found:
            found.sort(key=lambda x: abs(x.first - c.t0))
            return Decision(slots={"recipient": found[:1]}, credit=c.credit_from([key], found[:1]))
    return None


@role_rule("nationality_of_generic_agent")
def nationality_of_generic_agent(c: RoleContext) -> Decision | None:
    """Actor (SOV): a generic agent (lent by the agent lexicon with the article's country, if any) that a
    nationality qualifies, right before it or one caseless word before, is that state's: "ভারতীয়
    সীমান্তরক্ষী বাহিনীর গুলিতে তিন বাংলাদেশি নিহত" (three Bangladeshis killed by Indian border
    guards' fire): the force is India's, and India is not the one fired on."""
    g = c.grammar
    if not g.verb_final:
        return None
    changed, used, notes = [], set(), []
    for x in c.slots["actor"]:
        owner = _qualifying_state(c, x)
        if owner is not None:
            used.add(id(owner))
            x = dataclasses.replace(x, actor=x.actor.model_copy(update={"country": owner.actor.country}))
            notes.append(f"{x.text}: {x.actor.country}")
        changed.append(x)
    if not used:
        return None
    # (a new mention is credited to the deciding rule by `RoleContext._place`: no `credit` needed)
    recipients = [x for x in c.slots.get("recipient") or [] if id(x) not in used]
    return Decision(slots={"actor": changed, "recipient": recipients}, notes=notes)


def _qualifying_state(c: RoleContext, x: Mention) -> Mention | None:
    """The unmarked nationality right before generic agent `x`, or one word before it (for
    nationality_of_generic_agent), or None."""
    if x.actor is None or not x.actor.id.startswith("agent:"):
        return None
    for y in c.cands:
        # a nationality takes the case of the noun after it (MentionReader._read_qualified_noun):
        # unmarked, that noun carries none
        if (y.etype == "NORP" and y.marker is None and y.actor is not None and y.actor.country
                and y.actor.country != x.actor.country and 1 <= x.first - y.last <= 2):
            return y
    return None


@role_rule("fallback_recipient")
def fallback_recipient(c: RoleContext) -> Decision | None:
    """Recipient, when the frame found none: the other party named elsewhere in the sentence,
    never in a reporting clause, at lower confidence. "উত্তর কোরিয়া আমাদের প্রতিবেশী ... রাশিয়াও
    ... সহযোগিতা গড়ে তুলতে চায়": North Korea."""
    actors = c.slots["actor"]
    if c.slots.get("recipient") or not actors or not c.frame.fallback_recipient or c.embedded:
        return None
    others = [x for x in c.cands if x not in actors and x.actor is not None and _may_receive(c, x, actors)]
    if not others:
        return None
    others.sort(key=lambda x: (c.clause_of(x) != c.sent.clause[c.t0], abs(x.first - c.t0)))
    return Decision(slots={"recipient": others[:1]}, factor=0.8)


def _may_receive(c: RoleContext, x: Mention, actors: list[Mention]) -> bool:
    """A name elsewhere in the sentence that may be the other party of the actors' event."""
    same_clause = c.clause_of(x) == c.sent.clause[c.t0]
    # a state named as where it happens, in the trigger's own clause ("বাংলাদেশে সংখ্যালঘুদের
    # বিরুদ্ধে ... অভিযোগ", "authorities in Somaliland"); never a city, where the sides met
    # ("কাতারের দোহায় ... সম্মত হন": Doha is no party, GUIDELINES E5)
    marked = x.marker in (None, "nom", "gen", "with", "acc", "dat") or \
        (x.marker in c.grammar.place_markers and x.etype == "GPE" and same_clause and is_state(x.actor))
    # from another clause only a state or organisation: a person named there is mostly the one
    # speaking or warning ("Rutte warned that ... if Russia attacked")
    # a name compounded with another event noun ("আবদুর রহিম হত্যা মামলায়") is inside that phrase
    inside_other = x.compound is not None and x.last + 1 != c.t0
    return (marked and not inside_other and c.clause_of(x) not in c.reporting
            and (same_clause or (x.etype != "PER" and not c.compound_agents))
            and x.actor.id not in {a.actor.id for a in actors}
            and (x.actor.country or "") not in {a.actor.country or "?" for a in actors})


def _home_places(c: RoleContext, recipients: list[Mention]) -> list[Mention]:
    """The recipients that are places (a place marker, or a GPE) of the actor's own country.
    Example: a Bangladeshi adviser's recipients [Chattogram, the Election Commission] -> [Chattogram]."""
    own = {x.actor.country for x in c.slots["actor"] if x.actor is not None and x.actor.country}
    return [r for r in recipients if (r.marker in c.grammar.place_markers or r.etype == "GPE")
            and r.actor is not None and r.actor.country in own]


@role_rule("trip_at_home_is_no_visit")
def trip_at_home_is_no_visit(c: RoleContext) -> Decision | None:
    """No event: a visit (a frame wanting a foreign recipient) whose only recipients are places of
    the actor's own country is a trip at home, no CONSULT with anyone. "Health Adviser Nurjahan
    Begum, visiting Chattogram on 18 May, promised ..." meets no party; a visit to Beijing or to
    the Election Commission keeps its recipient. Only where the frame needs no recipient (English
    "visit"): one that needs one is dropped without it anyway, or kept by what came before."""
    recipients = c.slots.get("recipient") or []
    if c.frame.foreign and not c.frame.needs_recipient and recipients \
            and len(_home_places(c, recipients)) == len(recipients):
        return Decision(parties=([], []), notes=["a trip within the actor's own country"])
    return None


@role_rule("own_country_is_no_recipient")
def own_country_is_no_recipient(c: RoleContext) -> Decision | None:
    """No recipient: a place in the actor's own country is where it happened, not whom it was
    done to, and a state does not act on itself ("the Kremlin agrees" with Russia). "ভারত
    দিল্লিতে ত্রাণ পাঠিয়েছে" (India sent relief in Delhi): Delhi is where, not to whom."""
    recipients = c.slots.get("recipient") or []
    home = _home_places(c, recipients)
    kept = [r for r in recipients if r not in home]
    return Decision(slots={"recipient": kept}) if len(kept) < len(recipients) else None


@role_rule("pronoun_actor")
def pronoun_actor(c: RoleContext) -> Decision | None:
    """Lower confidence when an actor is a pronoun read as the last person named. "তিনি ভারত সফর
    করবেন" after Hasina was named: Hasina, at 0.9 of the confidence."""
    return Decision(factor=0.9) if any(x.pronoun for x in c.slots["actor"]) else None


# -- grammar helpers ------------------------------------------------------------------------------

def is_passive(sent: Sentence, t0: int, t1: int, g: RoleGrammar) -> bool:
    """Passive voice, from pack data: an auxiliary just before the verb (English "was attacked",
    not "is attacking", nor, by passive_not_after, "is to attack"), or a passive auxiliary right
    after the trigger (Bengali "গ্রেপ্তার করা হয়", "আটক হন")."""
    w = sent.words
    if g.passive_aux and any(x in g.passive_aux for x in w[max(0, t0 - 2):t0]):
        if not w[t1].endswith(g.passive_not_endings) and (t0 == 0 or w[t0 - 1] not in g.passive_not_after) \
                and w[t0] not in g.stative:
            return True
    if g.passive_after.by_word or g.passive_after.by_prefix:
        nxt = w[t1 + 1:t1 + 4]
        if nxt and any(m.positions[0] == 0 for m in g.passive_after.find(nxt)):
            return True
    return False


def shared_subject(c: RoleContext, head: Mention, before: list[Mention]) -> Mention:
    """"The army threatened Zia ... and demanded his surrender": the name right after an
    earlier verb is its object; the coordinated verb shares that verb's subject."""
    between = c.sent.words[head.last + 1:c.t0]
    if not any(w in c.grammar.conjunctions for w in between):
        return head
    earlier = [p for p in c.triggers if p < head.first]
    if not earlier or earlier[-1] < head.first - 3:
        return head
    subj = [x for x in before if x.last < earlier[-1]]
    return group_head(c, subj) if subj else head


def group_head(c: RoleContext, before: list[Mention]) -> Mention:
    """SVO: the subject is the nearest unmarked name before the verb, or the start of its
    coordination ("the United States and Jordan agreed")."""
    head = before[-1]
    for prev in reversed(before[:-1]):
        gap = c.sent.words[prev.last + 1:head.first]
        if (gap and all(w in c.grammar.conjunctions for w in gap)) or hyphened(c.sent, prev, head) \
                or prev.first == head.first:  # the two states of "both countries"
            head = prev
        else:
            break
    return head


def coordinated(c: RoleContext, head: Mention, pool: list[Mention]) -> list[Mention]:
    """The head and the names joined to it by conjunctions (X এবং Y, X and Y), skipping
    qualifiers and titles in between."""
    group = [head]
    for nxt in pool[pool.index(head) + 1:]:
        gap = c.sent.words[group[-1].last + 1:nxt.first]
        # the words between may be a qualifier and its title ("এবং উত্তর কোরিয়ার নেতা")
        if (gap and gap[0] in c.grammar.conjunctions and len(gap) <= 4) or hyphened(c.sent, group[-1], nxt) \
                or nxt.first == group[-1].first:
            group.append(nxt)
        else:
            break
    return group


def hyphened(sent: Sentence, a: Mention, b: Mention) -> bool:
    """"U.S.-Ukraine talks", "চীন-বাংলাদেশ সম্পর্ক": two names joined by a hyphen or dash."""
    if b.first not in (a.last, a.last + 1) or b.start < a.end:
        return False
    between = sent.text[a.end:b.start].strip(". ")
    return between in ("-", "–", "—", "/")


def _uniq(xs) -> list:
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _check_order() -> None:
    missing = [n for n in ROLE_RULES if n not in _RULES]
    unordered = [n for n in _RULES if n not in ROLE_RULES]
    if missing or unordered:
        raise RuntimeError(f"role rules: not registered {missing}, not in ROLE_RULES {unordered}")


_check_order()
