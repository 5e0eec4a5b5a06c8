"""The event coder: one engine, every language's knowledge in its pack's events.yaml (+ tables).

Per sentence: find triggers (lexicon.py, patterns.py), read the linked entities around them as
role candidates (mentions.py; plus pronouns, bare descriptions resolved through the actors
registry and "both countries": references.py), give the trigger its actors and recipients by the
frame the lexicon names (roles.py), read its modality (modality.py) and what governs it (denials,
claims, quotations: governing.py), then attach the governing time and place. Per article
(discourse.py): announced force becomes THREATEN, hypotheticals and denied force are dropped,
responses take their recipient from the story just told.

Each event keeps how it was coded in its private trace `Event._explain` (never stored): the
pattern that found the trigger (step "candidate"), the cue of its modality and what governs it
(step "modality"), the rule that gave each party its role (step "role"), the article's changes.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..lang import LangPack
from ..record import Actor, Entity, Event, Location, Record, Span, TimeExpr, Trigger
from ..actors.link import article_country
from . import schema
from .defaults import INCIDENT_TYPES, state_actor
from .discourse import ArticleRules, Coded
from .governing import Governors, Reported, claim_verb_over_claimed_act
from .lexicon import trigger_index
from .mentions import PLACE_TYPES, Mention, MentionReader, names_a_town
from .modality import ModalityReader, comma_before
from .patterns import Inflector, Match, PatternIndex, phrase_index, select, word_set
from .references import ReferenceReader
from .scorer import proposed_by
from .roles import PARTY_TYPES, UNNAMED_ATTACKER, RoleContext, RoleGrammar, Roles, decide_roles
from .sentence import Sentence, SentenceReader, fallback_sentences

VERSION = "0.1"
EXTRACTOR = f"khobor.events/{VERSION}"

# Questions are not events: "asked whether Russia will lift sanctions" reports a journalist's
# question, not a sanction or its lifting, so question-modality events are never emitted.
EMIT_QUESTIONS = False
# how far past a bare noun trigger and the conjunction after it the noun that asks for the whole list
# may stand (coder._last_item_of_a_list): a last item of a few words and its genitive
LIST_REACH = 8
# words from a demonstrative to the act noun it points back to: "এই অমানবিক ও অগ্রহণযোগ্য হত্যাকাণ্ডের"
# (of this inhuman and unacceptable killing), Coder._act_pointed_back
POINTER_REACH = 4

@dataclass
class _Article:
    """What coding one record carries from sentence to sentence."""
    rec: Record
    entities: list[Entity]
    times: list[TimeExpr]
    dateline: str | None
    home: str | None                # the country the article is about
    recent: list[Actor] = field(default_factory=list)   # states named so far, latest last ("both countries")
    last_person: Actor | None = None                     # the person named last ("he", "তিনি")
    coded: list[Coded] = field(default_factory=list)
    seen: dict = field(default_factory=dict)   # event key -> its index in `coded`
    starts: list[int] = field(init=False)

    def __post_init__(self):
        self.starts = [e.start for e in self.entities]

    @cached_property
    def home_state(self) -> Actor | None:
        """The article's home country as a party (the state itself), or None when unknown."""
        if not self.home:
            return None
        return state_actor(self.home)

    def entities_in(self, span: Span) -> list[Entity]:
        lo = bisect.bisect_left(self.starts, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        return self.entities[lo:hi]

    def parties_before(self, index: int) -> list[Actor]:
        """The parties (linked names with a country) of sentence `index - 1`, in text order; a town
        or district is no party (a place the claim was made in or about, "দিল্লিতে" = in Delhi),
        a state is one."""
        sentences = self.rec.sentences
        if not 0 < index <= len(sentences):
            return []
        return [e.actor for e in self.entities_in(sentences[index - 1])
                if e.type in PARTY_TYPES and e.actor is not None and e.actor.country
                and not names_a_town(e.type, e.actor)]

    def name_states(self, ents: list[Entity]) -> None:
        self.recent += [e.actor for e in ents if e.actor is not None and e.actor.country and e.type == "GPE"]
        del self.recent[:-12]

    def add(self, ev: Event, frame: schema.Frame, replaces: Callable[[Event], bool] = lambda kept: False) -> None:
        """Keep an event unless the sentence already has one of the same type, parties and modality;
        then it takes that one's place when `replaces(that one)` (hand_trigger_over_learned)."""
        key = (ev.type, ev.sentence, tuple(a.id for a in ev.actors), tuple(a.id for a in ev.recipients),
               ev.modality)
        if key not in self.seen:
            self.seen[key] = len(self.coded)
            self.coded.append(Coded(ev, frame.reciprocal, frame.fallback_recipient))
        elif replaces(self.coded[self.seen[key]].event):
            self.coded[self.seen[key]] = Coded(ev, frame.reciprocal, frame.fallback_recipient)


@dataclass
class _Trigger:
    """One trigger match in its sentence, with what its event is coded from."""
    match: Match
    sent: Sentence
    mentions: list[Mention]
    reporting: set[int]            # clauses that report speech
    starts: tuple[int, ...]        # first token of every trigger of the sentence
    places: list[Mention]          # unlinked places of the sentence

    def __post_init__(self):
        self.info = self.match.pattern.info
        positions = self.match.trigger_positions
        self.t0, self.t1 = min(positions), max(positions)

    def span(self) -> tuple[int, int]:
        """The trigger's character offsets in the record's text, its first word's start to its last
        word's end: "পদত্যাগ করুক" in "বিএনপি চায় সরকার পদত্যাগ করুক" is (18, 30)."""
        return self.sent.tokens[self.t0][0], self.sent.tokens[self.t1][1]


class Coder:
    def __init__(self, pack: LangPack):
        cfg = schema.load(pack)
        self.cfg = cfg
        self.inflector = Inflector(cfg.inflection, cfg.irregular_verbs)
        self.index = trigger_index(cfg, pack, self.inflector)
        self.frames = {**schema.DEFAULT_FRAMES, **cfg.frames}
        self.mentions = MentionReader(cfg)
        self.references = ReferenceReader(cfg, self.inflector, self.mentions)
        self.modality = ModalityReader(cfg.modality, self.inflector, cfg.conjunctions)
        self.sentences = SentenceReader(cfg, self.modality.is_verb_like)
        self.grammar = RoleGrammar.from_config(cfg, self.inflector)
        self.governors = Governors(cfg, self.inflector)
        self.article = ArticleRules(cfg.article)
        self.speech = phrase_index(cfg.speech_cues, self.inflector)
        self.suppress = phrase_index(cfg.suppress_after, self.inflector)
        self.suppress_span = longest_phrase(self.suppress)
        self.suppress_modals = phrase_index(cfg.suppress_after_modals, self.inflector)
        self.comparatives = word_set(cfg.comparatives)
        self.suppress_before = phrase_index(cfg.suppress_before, self.inflector)
        self.charge_nouns = phrase_index(cfg.charges.nouns, self.inflector)
        self.wish_verbs = phrase_index(cfg.wishes.verbs, self.inflector)
        self.wish_types = frozenset(cfg.wishes.types)
        self.infinitive_endings = tuple(cfg.wishes.infinitive_endings)
        self.prayers = phrase_index(cfg.wishes.prayers, self.inflector)
        self.imperative_verbs = word_set(cfg.imperative_verbs)
        self.order_words = word_set(cfg.order_words)
        self.repeat_markers = word_set(cfg.repeat_markers)
        self.repeat_marker_times = word_set(cfg.repeat_marker_times)
        self.answer_types = frozenset(cfg.answered_claims.types)
        self.claim_nouns = tuple(word_set(cfg.answered_claims.nouns))   # word starts, compared as the words are
        self.charge_bridges = word_set(cfg.charges.bridges)
        self.charge_adjacent_nouns = word_set(cfg.charges.adjacent_nouns)
        self.veto = phrase_index(cfg.veto_sentence, self.inflector)
        self.counterpart_cues = phrase_index(cfg.counterpart_cues, self.inflector)
        self.date_dash = tuple(cfg.dateline_marks)
        self.unhappened_adverbs = word_set(cfg.unhappened_adverbs)
        self.case_named_types = frozenset(cfg.named_in_case.types)
        self.case_named_words = case_forms(cfg.named_in_case.nouns, cfg.named_in_case.markers,
                                           self.mentions.suffixes)

    # -- one record ----------------------------------------------------------------------------

    def code(self, rec: Record) -> list[Event]:
        # a second pass over one record (training's cross-fitting, a rerun) tells its drops afresh
        rec._events_dropped.clear()
        ents = sorted(rec.entities, key=lambda e: e.start)
        art = _Article(rec, ents, sorted(rec.times, key=lambda t: t.start), self._dateline(rec), self.home_of(rec))
        for si, span in enumerate(rec.sentences or fallback_sentences(rec.text)):
            self._code_sentence(art, si, span)
        return self.article.apply(art.coded, art.home)

    def home_of(self, rec: Record) -> str | None:
        """The country `rec` is about as this pack reads it (actors.link.article_country, of the
        press's own country when no name is linked and `article.home_country_when_none_named`):
        the one place the events layer asks, so its callers cannot read the flag differently."""
        return article_country(rec, self.cfg.article.home_country_when_none_named)

    def countries_named_as_parties(self, rec: Record, index: int) -> set[str]:
        """The countries of the names sentence `index` of `rec` gives a party's role
        (MentionReader.names_a_party), for the defaults that look for a foreign side
        (defaults.complaint_aims_at_the_foreign_side_named): in "ভারতে পালানোর সময় তাকে আটক করা
        হয়েছে বলে অভিযোগ করেছে পুলিশ" (police complain he was held while fleeing to India) India
        is only whither, so none; in "ভারত থেকে মানুষ ঠেলে পাঠানো হচ্ছে" India is one."""
        read = self._read_sentence(rec, index)
        if read is None:
            return set()
        sent, ents = read
        return {m.actor.country for m in self.mentions.read(rec, ents, sent.tokens, sent.words)
                if m.actor is not None and m.actor.country and self.mentions.names_a_party(m, sent.words)}

    def names_an_incident(self, rec: Record, index: int, at: int) -> bool:
        """The clause of sentence `index` of `rec` that holds character offset `at` (the protest's
        trigger) refers to an incident by an inflected incident noun (RoleGrammar.is_incident_word),
        for defaults.protest_over_an_incident_aims_at_its_doer: "ঘটনার পর গ্রামবাসী মানববন্ধন করেন"
        (after the incident the villagers formed a human chain) does; "দুর্ঘটনার পর" (after the
        accident), "ঘটনাস্থলে" (at the scene), and "ওই ঘটনার তদন্ত চলছে, আর শিক্ষকরা … মানববন্ধন
        করেন" (the incident in another clause) do not."""
        read = self._read_sentence(rec, index) if self.grammar.incident_nouns else None
        if read is None or not read[0].tokens:
            return False
        sent = read[0]
        clause = sent.clause_at(at)
        return (any(self.grammar.is_incident_word(w) for w, cl in zip(sent.words, sent.clause) if cl == clause)
                or self._act_pointed_back(sent, clause))

    def _act_pointed_back(self, sent: Sentence, clause: int) -> bool:
        """Clause `clause` of `sent` points back to an attack or arrest told before, as an incident
        noun would, by a demonstrative (`repeat_markers`) up to POINTER_REACH words before the act's
        trigger: "বাংলাদেশ এই অমানবিক হত্যাকাণ্ডের নিন্দা জানাচ্ছে" (Bangladesh condemns this inhuman
        killing) refers to the killing just reported; "বাংলাদেশ হত্যাকাণ্ডের নিন্দা জানায়" does not."""
        for m in self.index.find(sent.words, sent.stops):
            if m.pattern.info.get("type") not in INCIDENT_TYPES:
                continue
            t0 = min(m.trigger_positions)
            before = sent.words[max(0, t0 - POINTER_REACH):t0]
            if sent.clause[t0] == clause and any(w in self.repeat_markers for w in before):
                return True
        return False

    def names_two_sides(self, rec: Record, index: int) -> bool:
        """Sentence `index` of `rec` holds a phrase that sets its act between the home country and a
        foreign counterpart (`counterpart_cues`), for defaults.counterpart_of_a_two_sided_act:
        "বিকেলে দুই বাহিনীর কর্মকর্তারা বৈঠকে বসবেন" (the two forces' officers will meet) does;
        "বিকেলে দলের নেতারা বৈঠকে বসবেন" does not."""
        read = self._read_sentence(rec, index) if self.counterpart_cues.has_patterns else None
        return read is not None and bool(self.counterpart_cues.find(read[0].words, read[0].stops))

    def _read_sentence(self, rec: Record, index: int) -> tuple[Sentence, list[Entity]] | None:
        """Sentence `index` of `rec` as the coder reads it, with its linked names in text order, for
        the article-level questions asked of one sentence (countries_named_as_parties,
        names_an_incident, names_two_sides); None when `rec` has no such sentence."""
        sentences = rec.sentences or fallback_sentences(rec.text)
        if not 0 <= index < len(sentences):
            return None
        span = sentences[index]
        ents = sorted((e for e in rec.entities if span.start <= e.start < span.end), key=lambda e: e.start)
        return self.sentences.read(rec, index, span, ents), ents

    def _code_sentence(self, art: _Article, si: int, span: Span) -> None:
        ents = art.entities_in(span)
        sent = self.sentences.read(art.rec, si, span, ents)
        if not sent.words:
            return
        art.name_states(ents)
        found = self.index.find(sent.words, sent.stops)
        if not any(m.pattern.info.get("type") for m in found):
            # no trigger (most sentences): only who was named last matters, for "he"
            named = [e for e in ents if e.type == "PER" and e.actor is not None]
            # read lazily, last first: the case of the last name mostly decides
            art.last_person = person_a_pronoun_takes(
                (m for e in reversed(named) if (m := self.mentions.one(art.rec, e, sent.tokens, sent.words))),
                art.last_person)
            return
        mentions, places = self._mentions(art, sent, ents)
        taken = [x for x in mentions if trigger_taken_for_a_name(x, found)]
        mentions = [x for x in mentions if x not in taken]
        matches = self._triggers(sent, found, mentions)
        if matches:
            self._code_triggers(art, sent, matches, mentions, places, taken)
        art.last_person = person_a_pronoun_takes(
            (x for x in reversed(mentions) if x.etype == "PER" and not x.pronoun), art.last_person)

    def _mentions(self, art: _Article, sent: Sentence, ents: list[Entity]) -> tuple[list[Mention], list[Mention]]:
        """The sentence's role candidates (sorted) and its unlinked places, which still say where
        ("দক্ষিণাঞ্চলে" = in the south)."""
        rec = art.rec
        mentions = self.mentions.read(rec, ents, sent.tokens, sent.words)
        places = [p for p in (self.mentions.one(rec, e, sent.tokens, sent.words) for e in ents
                              if e.actor is None and e.type in PLACE_TYPES) if p is not None]
        mentions += self.references.read(rec, sent, mentions, art.last_person, art.home, art.recent)
        mentions.sort(key=lambda m: m.first)
        return mentions, places

    def _triggers(self, sent: Sentence, found: list[Match], mentions: list[Mention]) -> list[Match]:
        """The best match per trigger word, outside names and their titles ("Serb forces", "the
        army"), none in a sentence about sport."""
        named = {i for x in mentions if not x.pronoun for i in range(x.first, x.last + 1)}
        matches = select([m for m in found if not named.intersection(m.trigger_positions)])
        if matches and self.cfg.skip_capitalized_triggers:
            matches = [m for m in matches if not _proper(sent, m, named)]
        if matches and self.veto.has_patterns and self.veto.find(sent.words):
            return []  # sports pages: "Australia will tour India", "attack" of a bowler
        if matches and self.cfg.nominal_patient_before:
            self._compound_cases(sent, mentions, matches)
            place_genitives_say_where(sent.words, mentions, matches, self.mentions)
        return matches

    def _code_triggers(self, art: _Article, sent: Sentence, matches: list[Match], mentions: list[Mention],
                       places: list[Mention], taken: list[Mention] = ()) -> None:
        reporting = self._reporting_clauses(sent, matches)
        starts = tuple(sorted(min(x.trigger_positions) for x in matches))
        governors = self.governors.find(sent)
        built = [(m, trig, ev) for m in matches
                 if (ev := self._event(art, trig := _Trigger(m, sent, mentions, reporting, starts, places)))]
        for m, trig, ev in ordered_arrest(built, sent, matches, self.order_words, art.rec):
            ev._explain.extend(taken_name_steps(taken, m))
            if unnamed_act_quoted(art.rec, ev, self.cfg.unnamed_act_claim_quotes):
                note_dropped(art.rec, ev.type, ev.sentence, ev.trigger.text, "unnamed_act_quoted",
                             "an act by no one named, told inside a quotation: the speaker's charge")
                continue
            if governors and not self.governors.govern(ev, m, governors, mentions):
                note_dropped(art.rec, ev.type, ev.sentence, ev.trigger.text, "unclaimed",
                             "a hostile act only claimed, with no claimant (a passive claim verb)")
                continue
            if told_before(art.coded, ev, sent.words, trig.t0, self.repeat_markers, self.repeat_marker_times):
                note_dropped(art.rec, ev.type, ev.sentence, ev.trigger.text, "told_before",
                             "a demonstrative points back to the same event by the same actors, told before")
                continue
            if not ev.recipients and ev.type in self.answer_types:
                claimant_answered(ev, sent.words, trig.t0, self.repeat_markers, self.claim_nouns, art.parties_before(sent.index))
            if self.governors.quoted_claim(art.rec, ev, _reported_speech(sent, m, reporting, mentions)):
                art.add(ev, self._frame(trig.info),
                        lambda kept: hand_trigger_over_learned(kept, ev, art.rec.text, self.grammar.is_light_verb)
                        or claim_verb_over_claimed_act(kept, ev))

    def _compound_cases(self, sent: Sentence, mentions: list[Mention], matches: list[Match]) -> None:
        """A name right before a bare event noun forms a compound with it ("হাদি হত্যার বিচারের
        দাবিতে" = demanding justice for Hadi's killing): to every other trigger the name carries
        the noun's case (here genitive), so it is nobody's subject."""
        bare = {m.trigger_positions[0] for m in matches if len(m.trigger_positions) == 1}
        for x in mentions:
            if x.marker is None and x.last + 1 in bare:
                case = self._compound_case(sent.words, x.last + 1)
                if case:
                    x.compound = case

    def _compound_case(self, words: list[str], noun: int) -> str | None:
        """The case of the compound a bare event noun heads: its own ending ("হাদি হত্যার"), or,
        when it has none, the ending of a noun right after it that carries the compound on
        ("আবদুর রহিম হত্যা মামলায়" = in the Abdur Rahim murder case: the victim's name is nobody's
        subject). A light verb after it makes it a verb ("আবদুর রহিম হত্যা করেছেন": he killed)."""
        case = self.mentions.suffix_marker(words[noun], "")
        if case or noun + 1 >= len(words) or self.grammar.is_light_verb(words[noun + 1]):
            return case
        case = self.mentions.suffix_marker(words[noun + 1], "")
        return case if case not in (None, "nom") else None

    def _reporting_clauses(self, sent: Sentence, matches: list[Match] = ()) -> set[int]:
        # a speech verb that is the light verb of a trigger ("নিন্দা জানিয়েছে" = condemned,
        # "আহ্বান জানান" = called on) reports nothing: it is that event's own verb
        own = {p for m in matches for p in m.positions}
        return {sent.clause[m.positions[0]] for m in self.speech.find(sent.words, sent.stops)
                if not own.intersection(m.positions)}

    # -- one trigger ---------------------------------------------------------------------------

    def _frame(self, info: dict) -> schema.Frame:
        return self.frames.get(info["frame"], self.frames["directed"])

    def _event(self, art: _Article, trig: _Trigger) -> Event | None:
        info, sent = trig.info, trig.sent
        if info.get("type") is None or self._suppression(sent, trig.t0, trig.t1) is not None:
            return None
        veto = self._veto(trig)
        if veto is not None:
            note_dropped(art.rec, info["type"], sent.index, art.rec.text[slice(*trig.span())], *veto)
            return None
        lo, hi = sent.clause_bounds(trig.t0)
        commas = comma_before(sent.text, sent.tokens) if self.modality.reads_conditions else None
        modality, cue = self.modality.reading(sent.words, trig.match.trigger_positions, lo, hi,
                                              art.rec.text[sent.start:sent.end], commas)
        if modality == "question" and not EMIT_QUESTIONS:
            return None
        if modality == "negated" and never_or_not_yet(sent.words, lo, trig.t0, self.unhappened_adverbs):
            note_dropped(art.rec, info["type"], sent.index, art.rec.text[slice(*trig.span())],
                         "never_or_not_yet", "negated with 'not yet' or 'never': nothing done, nothing refused")
            return None
        cands, compared = self._role_candidates(trig)
        start = self._subject_clause_start(sent, cands, lo, hi)
        in_clause = [x for x in cands if start <= x.first < hi]
        frame = self._frame(info)
        roles = decide_roles(RoleContext(
            sent, frame, in_clause, cands, trig.t0, trig.t1, trig.reporting, self._bare_trigger(trig),
            trig.starts, info["type"], info["state_agent"], info["possessor"], self.grammar, art.home_state))
        if not self._has_parties(frame, roles):
            return None
        etype, modality, trace = self._final_type(info, modality, roles)
        confidence = round(min(1.0, info["confidence"] * roles.confidence), 3)
        if confidence < self.cfg.min_confidence:
            return None
        s, e = trig.span()
        own_type = etype == info["type"]
        ev = Event(
            type=etype, mode=info.get("mode") if own_type else None, actors=roles.actors, recipients=roles.recipients,
            date=self._date(sent, trig.t0, art.times, art.dateline),
            location=self._place(in_clause, cands, trig.places), modality=modality, sentence=sent.index,
            trigger=Trigger(text=art.rec.text[s:e], start=s, end=e), cameo=info.get("cameo") if own_type else None,
            confidence=confidence, extractor=EXTRACTOR)
        pattern = trig.match.pattern
        ev._explain.append({"step": "candidate", "rule": f"{pattern.source}: {pattern.text}",
                            "decision": f"{ev.trigger.text} -> {info['type']}"})
        if cue:
            ev._explain.append({"step": "modality", "rule": cue, "decision": modality})
        ev._explain.extend(roles.trace + compared + trace)
        return ev

    def _veto(self, trig: _Trigger) -> tuple[str, str] | None:
        """The rule (name, why) that drops a trigger before its roles are read, else None: a
        wish ("প্রার্থী দিতে চেয়েছে"), prayers asked, a demanded act ("করুক"),
        an event noun named in a case."""
        info, sent = trig.info, trig.sent
        etype, words = info["type"], sent.words
        if etype in self.wish_types:
            if wanted_to_do(words, trig.t0, self.wish_verbs, self.infinitive_endings):
                return "wanted_to_do", "a want verb after an infinitive: a wish of its subject, nobody is asked"
            if prayer_asked(words, trig.t0, self.prayers):
                return "prayer_asked", "prayers or blessings asked for: nobody is asked to act"
        if demanded_act(words, trig.t1, self.imperative_verbs, self.grammar.is_light_verb):
            return "demanded_act", "its verb is in the imperative: an act someone wants done, not one done"
        if etype in self.case_named_types and named_in_case(words, trig.t1, self.case_named_words):
            return "named_in_case", "a bare event noun in a case that names it: a mention, no act done here"
        return None

    def _bare_trigger(self, trig: _Trigger) -> bool:
        """The trigger is one word, or one event noun with its modifiers whose last word carries
        a case ending ("ইসরায়েলের বিমান হামলার নিন্দা": of Israel's air strike): the role rules
        read both as a bare event noun. Without a case ending ("বিমান হামলা চালায়") the phrase is
        the object of the verb after it and keeps that verb's subject."""
        positions = trig.match.trigger_positions
        if len(positions) == 1:
            return True
        words = trig.sent.words
        case = self.mentions.suffix_marker(words[max(positions)], "")
        return case not in (None, "nom") and self.grammar.noun_phrase(words, positions)

    def _role_candidates(self, trig: _Trigger) -> tuple[list[Mention], list[dict]]:
        """The sentence's names that may take a role of the trigger: not its modifiers, not the
        trigger's own words, not a name it is only compared with (compared_name), and a trace line
        for each compared name left out ("compared_name: skip রাশিয়ার")."""
        words = trig.sent.words
        kept, notes = [], []
        for x in trig.mentions:
            if x.modifier or (x.first <= trig.t1 and x.last >= trig.t0):
                continue
            if compared_name(words, x, self.comparatives):
                notes.append({"step": "role-rule", "rule": "compared_name", "decision": f"skip {x.text}"})
            else:
                kept.append(x)
        return kept, notes

    def _suppression(self, sent: Sentence, t0: int, t1: int) -> str | None:
        """Which of the coder's own drops takes the trigger at t0..t1, or None: "suppress_after",
        "comparative", "charged" or "suppress_before" (training/events/candidate_breakdown.py counts
        them)."""
        if self._asked_for(sent.words, t1):
            return "suppress_after"  # "সফরের আমন্ত্রণ": an invitation to a visit is not the visit
        if comparison_after_genitive(sent.words, t0, t1, self.comparatives, self.mentions.suffix_marker):
            return "comparative"  # "ভারতের চেয়ে বেশি" (more than India): nobody asked
        if self._charged(sent, t1):
            return "charged"  # "অপহরণের অভিযোগে গ্রেপ্তার": the charge is no act of the arrester
        if self.suppress_before.has_patterns:
            prev = sent.words[sent.clause_bounds(t0)[0]:t0]
            # "calls for an end to violence", "urged X to reject ... and support": what is asked
            # for has not happened
            if prev and self.suppress_before.find(prev):
                return "suppress_before"
        return None

    def _charged(self, sent: Sentence, t1: int) -> bool:
        """The trigger is the act a charge noun after it names (`charges`): "কলেজছাত্রকে অপহরণ করে
        মুক্তিপণ আদায়ের অভিযোগে তিনজনকে গ্রেপ্তার করেছে র‍্যাব" (arrested on the charge of kidnapping)
        codes the arrest only. A verb of its own between ("অভিযান চালিয়ে ... অভিযোগে") ends the charge;
        a bare case noun names it only right after it ("হত্যা মামলা করেন", not "আটক করে মামলা করেছে")."""
        charges = self.cfg.charges
        if not charges.reach:
            return False
        words = sent.words
        end = min(sent.clause_bounds(t1)[1], t1 + 1 + charges.reach)
        for at in range(t1 + 1, end):
            if any(x.positions[0] == 0 for x in self.charge_nouns.find(words[at:at + 1])):
                if at == t1 + 1 or words[at] not in self.charge_adjacent_nouns:
                    return True
                continue
            if words[at] not in self.charge_bridges and words[at].endswith(tuple(charges.verb_endings)):
                return False
        return False

    def _asked_for(self, words: list[str], t1: int) -> bool:
        """The trigger is what a noun after it asks for, plans or expects (suppress_after), also
        when a coordinated noun comes between: "হামলাকারীদের গ্রেপ্তার ও বিচারের দাবি" (a demand
        for the attackers' arrest and trial) asks for the arrest as much as "গ্রেপ্তারের দাবি",
        and so does "খুনিদের দ্রুত গ্রেপ্তার ও দৃষ্টান্তমূলক শাস্তির দাবিতে" (the joined noun
        with a word qualifying it)."""
        starts = [t1 + 1]
        if t1 + 1 < len(words) and words[t1 + 1] in self.grammar.conjunctions:
            starts += [t1 + 3, t1 + 4]  # past the conjunction and the noun joined by it (and its qualifier)
            starts += self._last_item_of_a_list(words, t1)
        for at in starts:
            nxt = words[at:at + self.suppress_span]
            found = [x for x in self.suppress.find(nxt) if x.positions[0] == 0] if nxt else []
            if found and not modal_after_infinitive(words, at, found, self.suppress_modals):
                return True
        return False

    def _last_item_of_a_list(self, words: list[str], t1: int) -> list[int]:
        """Where the noun after the last item of a list joined to a bare noun trigger may stand: past
        a longer last item in the genitive, up to LIST_REACH words on, before a light verb
        (`RoleGrammar.is_light_verb`) or another conjunction. "সেনাবাহিনীর টহল
        জোরদার এবং অবৈধ অস্ত্র উদ্ধারে বিশেষ অভিযানের দাবি করা হয়েছে" (a demand for stepped-up army
        patrols and a special drive to recover arms) asks for the patrols as much as for the drive.
        A trigger that is a verb ("গ্রেপ্তার করেছে এবং ... দাবি") tells its own act: none."""
        if self.grammar.is_light_verb(words[t1]):
            return []
        out = []
        for at in range(t1 + 3, min(len(words), t1 + 2 + LIST_REACH)):
            if self.grammar.is_light_verb(words[at - 1]) or words[at - 1] in self.grammar.conjunctions:
                break
            if at > t1 + 4 and self.mentions.suffix_marker(words[at - 1], "") == "gen":
                out.append(at)
        return out

    def _subject_clause_start(self, sent: Sentence, cands: list[Mention], lo: int, hi: int) -> int:
        """Where the trigger's clause starts for its roles: "X অভিযোগটিকে ভিত্তিহীন বলে
        প্রত্যাখ্যান করেন": after বলে ("calling it", subject_carries_over) a clause with no subject
        of its own keeps the one before."""
        if lo > 0 and sent.words[lo] in self.grammar.carry_subject:
            if not any(x.marker in (None, "nom") for x in cands if lo <= x.first < hi):
                return sent.clause_bounds(lo - 1)[0]
        return lo

    @staticmethod
    def _has_parties(frame: schema.Frame, roles: Roles) -> bool:
        """The record spec wants an actor (a victim alone is not coded); some frames want a
        recipient, and a foreign one."""
        actors, recipients = roles.actors, roles.recipients
        if not actors:
            return False
        if frame.needs_recipient and not recipients and len({a.country for a in actors if a.country}) < 2:
            return False  # (two states acting together need no recipient: "both countries recalled envoys")
        # arriving in one's own country is coming home, not a visit
        return not (frame.foreign and recipients and _all_own(actors, recipients))

    def _final_type(self, info: dict, modality: str, roles: Roles) -> tuple[str, str, list[dict]]:
        """The type (and modality) as coded: a trigger's `if_own` type when its recipients are the
        actor's own country, a refusal for a negated concession (`negated_as`)."""
        etype, trace = info["type"], []
        own = info.get("if_own")
        if own and roles.recipients and _all_own(roles.actors, roles.recipients):
            # summoning one's own envoy home is a recall (reduced relations), not a complaint to him
            trace.append({"step": "modality", "rule": "if_own", "decision": f"{etype} -> {own}, no recipient"})
            etype, roles.recipients = own, []
        if modality == "negated" and etype in self.cfg.negated_as:
            # "will not allow", "did not agree": refusing to concede is a rejection, and that is asserted
            trace.append({"step": "modality", "rule": "negated_as",
                          "decision": f"negated {etype} -> asserted {self.cfg.negated_as[etype]}"})
            etype, modality = self.cfg.negated_as[etype], "asserted"
        return etype, modality, trace

    # -- time and place -------------------------------------------------------------------------

    @staticmethod
    def _date(sent: Sentence, t0: int, times: list[TimeExpr], dateline: str | None) -> str | None:
        """The time nearest the trigger in its sentence, its own clause first; else the dateline's."""
        inside = [t for t in times if sent.start <= t.start < sent.end and t.value]
        if not inside:
            return dateline
        pos, cl = sent.tokens[t0][0], sent.clause[t0]
        return min(inside, key=lambda t: (0 if sent.clause_at(t.start) == cl else 1, abs(t.start - pos))).value

    def _place(self, in_clause: list[Mention], cands: list[Mention], places: list[Mention]) -> Location | None:
        """The first place marked as where (`place_markers`), its own clause first; an unlinked
        place takes the country of its possessor ("লেবাননের দক্ষিণাঞ্চলে", "Lebanon's south")."""
        for pool in (in_clause, cands, places):
            for x in pool:
                if x.etype in PLACE_TYPES and x.marker in self.grammar.place_markers:
                    country = x.actor.country if x.actor else None
                    if country is None:
                        owner = [c for c in cands if c.last == x.first - 1 and c.marker == "gen" and c.actor]
                        country = owner[0].actor.country if owner else None
                    return Location(text=x.text, start=x.start, end=x.end,
                                    name=x.actor.name if x.actor else None, country=country)
        return None

    def _dateline(self, rec: Record) -> str | None:
        """The time of an opening dateline ("ঢাকা, ১৪ সেপ্টেম্বর -", "MOSCOW, Sept 14 (Reuters) -")."""
        body = next((b for b in rec.blocks if b.kind == "body"), None)
        start = body.start if body else 0
        for t in rec.times:
            if start <= t.start < start + 40 and t.value:
                rest = rec.text[t.end:t.end + 25].lstrip()
                rest = rest.split(")", 1)[-1].lstrip() if rest.startswith("(") else rest
                if rest.startswith(self.date_dash):
                    return t.value
        return None


# the cases of a person named only as owner, object or addressee: no antecedent of a later তিনি/he
# while someone else is (person_a_pronoun_takes)
_NOT_ACTING_CASES = ("gen", "acc", "dat")


def person_a_pronoun_takes(persons_last_first: Iterable[Mention], before: Actor | None) -> Actor | None:
    """The person a later তিনি/he stands for after a sentence naming these persons (read from the
    last named back): the last one named outside the genitive, the accusative and the dative
    (_NOT_ACTING_CASES). A name only in the genitive owns what follows it and does not act: after
    "খালেদা জিয়ার মৃত্যুতে প্রধান উপদেষ্টা ... সমবেদনা জানিয়েছেন" (at Khaleda Zia's death the chief
    adviser voiced condolences), "তিনি দেশবাসীকে ... আহ্বান জানিয়েছেন" is the adviser's call, never
    the deceased's; nor does one only thanked or addressed: after "রাষ্ট্রদূতকে ধন্যবাদ জানান প্রধান
    উপদেষ্টা" (the chief adviser thanked the ambassador) "তিনি" is still the adviser. Such a sentence
    leaves the person named before (the other one only when there was none)."""
    last_named = None
    for m in persons_last_first:
        if m.marker not in _NOT_ACTING_CASES:
            return m.actor
        last_named = last_named or m.actor
    return before if before is not None else last_named


def wanted_to_do(words: list[str], t0: int, wish_verbs: PatternIndex, infinitive_endings: tuple[str, ...]) -> bool:
    """The trigger at `t0` is a want verb (`wishes.verbs`) right after an infinitive: its subject
    wants to do something, it asks nobody for anything. "বিএনপি এই আসনে প্রার্থী দিতে চেয়েছে"
    (the BNP wanted to field a candidate here) is no REQUEST; "সরকারের কাছে বিচার চেয়েছে" (asked
    the government for justice) has a noun before the verb and stays one."""
    if t0 < 1 or not infinitive_endings:
        return False
    before = words[t0 - 1]
    if not any(before.endswith(end) and len(before) > len(end) + 1 for end in infinitive_endings):
        return False
    return any(m.positions[0] == 0 for m in wish_verbs.find(words[t0:t0 + 1]))


def prayer_asked(words: list[str], t0: int, prayers: PatternIndex) -> bool:
    """The request at `t0` asks for prayers or blessings (`wishes.prayers`), the word right
    before it or its own first word: "বাবার আরোগ্যের জন্য সবার কাছে দোয়া চেয়েছেন" (asked
    everyone to pray for his father's recovery) asks no party to do anything; "সরকারের কাছে সহায়তা
    চেয়েছেন" (asked the government for help) stays a REQUEST."""
    return bool(prayers.find(words[max(t0 - 1, 0):t0 + 1]))


def place_genitives_say_where(words: list[str], mentions: list[Mention], matches: list[Match],
                              reader: MentionReader) -> None:
    """A place name in the genitive whose head noun stands in the locative names where the act
    happened, not a party to it: the name qualifies that place and plays no role (it becomes a
    modifier, as a genitive before another name does). Its head is a place noun ("দিল্লির
    বাসভবনে" = at the Delhi residence, `place_nouns`, `building_nouns`), or the name ends in one
    and the head is a smaller place within it ("রাজবাড়ী জেলার পাংশায়" = in Pangsha of Rajbari
    district, a place the NER missed). A head that begins a trigger is the event itself, whose
    genitive is its agent ("ইসরায়েলের হামলায়" = in Israel's attack), and stays so."""
    in_triggers = {p for m in matches for p in m.trigger_positions}
    named = {i for x in mentions for i in range(x.first, x.last + 1)}
    for x in mentions:
        head = x.last + 1
        if x.marker != "gen" or x.extended or x.modifier or x.pronoun or x.etype not in PLACE_TYPES \
                or head >= len(words) or head in in_triggers or head in named:
            continue
        noun = words[head]
        if reader.suffix_marker(noun, "") != "loc":
            continue
        own_place = words[x.last].startswith(reader.place_nouns)
        if own_place or noun.startswith(reader.places_and_buildings):
            x.modifier = True


def comparison_after_genitive(words: list[str], t0: int, t1: int, comparatives: frozenset[str],
                              case_of: Callable[[str, str], str | None]) -> bool:
    """The trigger is one word that means "than" (`comparatives`) right after a word in the
    genitive: a comparison, not an act. "আওয়ামী লীগের চেয়ে বিএনপি বেশি ভোট পেয়েছে" (the BNP got
    more votes than the Awami League) asks for nothing; "জামিন চেয়ে আবেদন" (applied, asking for
    bail) has no genitive before the verb and stays a candidate.

    >>> case = lambda w, _: "gen" if w.endswith("ের") else None
    >>> comparison_after_genitive(["ভারতের", "চেয়ে"], 1, 1, frozenset({"চেয়ে"}), case)
    True
    >>> comparison_after_genitive(["জামিন", "চেয়ে"], 1, 1, frozenset({"চেয়ে"}), case)
    False
    """
    return t0 == t1 and t0 > 0 and words[t0] in comparatives and case_of(words[t0 - 1], "") == "gen"


def compared_name(words: list[str], mention: Mention, comparatives: frozenset[str]) -> bool:
    """A name in the genitive right before a word meaning "than" (`comparatives`) is only what
    something is compared with, no party of the act: in "রাশিয়ার চেয়ে বেশি নিষেধাজ্ঞা দিয়েছে
    যুক্তরাষ্ট্র" (the US imposed more sanctions than Russia did) Russia is no recipient.

    >>> m = lambda first, last, marker: type("M", (), {"first": first, "last": last, "marker": marker})()
    >>> compared_name(["রাশিয়ার", "চেয়ে"], m(0, 0, "gen"), frozenset({"চেয়ে"}))
    True
    >>> compared_name(["রাশিয়ার", "বিরুদ্ধে"], m(0, 0, "gen"), frozenset({"চেয়ে"}))
    False
    """
    after = mention.last + 1
    return mention.marker == "gen" and after < len(words) and words[after] in comparatives


def case_forms(nouns: Iterable[str], markers: Iterable[str], suffixes: list[tuple]) -> frozenset[str]:
    """The forms of `nouns` (NFC and lower case, as word_set reads them) with a case ending of one
    of `markers` (`named_in_case`), from the pack's case suffixes (suffix, marker, after, unless):
    the words that name an act in that case.

    >>> sorted(case_forms(["আহ্বান"], ["gen", "loc"], [("ের", "gen", (), None), ("ে", "loc", (), None),
    ...                                              ("কে", "acc", (), None)]))
    ['আহ্বানে', 'আহ্বানের']
    """
    wanted = set(markers)
    return frozenset(noun + suf for noun in word_set(nouns) for suf, mk, after, _ in suffixes
                     if mk in wanted and (not after or noun.endswith(tuple(after))))


def named_in_case(words: list[str], t1: int, case_words: frozenset[str]) -> bool:
    """The trigger ends in one of `case_words` (case_forms of `named_in_case`): a request noun in the
    genitive names a request, it makes none here. "ঢাকার অনুরোধের ওপর নির্ভর করছে" (depends on
    Dhaka's request) is no REQUEST; "ঢাকা অনুরোধ জানিয়েছে" (Dhaka asked) is one.

    >>> named_in_case(["ঢাকার", "অনুরোধের", "ওপর"], 1, frozenset({"অনুরোধের"}))
    True
    >>> named_in_case(["ঢাকা", "অনুরোধ", "জানিয়েছে"], 2, frozenset({"অনুরোধের"}))
    False
    """
    return words[t1] in case_words


def never_or_not_yet(words: list[str], lo: int, t0: int, adverbs: frozenset[str]) -> bool:
    """One of `adverbs` ("not yet", "never": `unhappened_adverbs`) stands in the trigger's clause
    before it (from `lo`): told negated, the act has not happened at all, and its absence refuses
    nothing. "বিএসএফ এখনো সাড়া দেয়নি" (the BSF has not yet responded) is no rejection.

    >>> never_or_not_yet(["বিএসএফ", "এখনো", "সাড়া", "দেয়নি"], 0, 2, frozenset({"এখনো"}))
    True
    >>> never_or_not_yet(["বিএসএফ", "সাড়া", "দেয়নি"], 0, 1, frozenset({"এখনো"}))
    False
    """
    return bool(adverbs) and any(w in adverbs for w in words[lo:t0])


def modal_after_infinitive(words: list[str], at: int, found: list[Match], modals: PatternIndex) -> bool:
    """The suppress_after phrase found at `at` is one word (an infinitive: "করতে", "দিতে") and a
    modal verb (`suppress_after_modals`) follows it: the act is told as possible or not done, not
    asked for. "ভারতীয় হাইকমিশনারকে তলব করতে পারে পররাষ্ট্র মন্ত্রণালয়" (the ministry may summon
    the envoy) keeps its trigger, and the modality reader codes it possible; "তলব করতে নির্দেশ
    দিয়েছে" (ordered to summon) is still what someone asks for."""
    if not modals.has_patterns or any(len(x.positions) != 1 for x in found) or at + 1 >= len(words):
        return False
    return any(m.positions[0] == 0 for m in modals.find(words[at + 1:at + 2]))


def demanded_act(words: list[str], t1: int, imperative_verbs: frozenset[str],
                 is_light_verb: Callable[[str], bool]) -> bool:
    """The trigger ending at `t1` has its light verb in the imperative (`imperative_verbs`),
    as its last word or, when the trigger ends on its noun, the word after it: the act is wanted or
    demanded, it did not happen. "বিএনপি চায় সরকার পদত্যাগ করুক" (the BNP wants the government to
    resign) is no RETREAT; "সরকার পদত্যাগ করেছে" (the government resigned) is one, and so is
    "বৈঠক করেছেন নিক ক্লেগ": after the act's own verb comes its subject (নিক = Nick), not a verb."""
    if not imperative_verbs or not 0 <= t1 < len(words):
        return False
    if words[t1] in imperative_verbs:
        return True
    return not is_light_verb(words[t1]) and t1 + 1 < len(words) and words[t1 + 1] in imperative_verbs


ORDER_REACH = 3   # words between an order and the arrest it governs ("গ্রেপ্তারে পুলিশের মহাপরিদর্শককে নির্দেশ")


def ordered_arrest(built: list[tuple[Match, "_Trigger", Event]], sent: Sentence, matches: list[Match],
                   order_words: frozenset[str], rec: Record) -> list[tuple[Match, "_Trigger", Event]]:
    """An order (a REQUEST whose first word is in `order_words`) governing an arrest trigger within
    ORDER_REACH words of it in its clause, before it in Bengali, after it in English, is that
    arrest, by whoever gave the order (GUIDELINES E4: a court's arrest warrant is COERCE), never a
    REQUEST to the police: the arrest's event takes the order's actors and the order is dropped;
    where the arrest made no event of its own, the order becomes it (COERCE arrest, no recipient).
    "আসামিদের গ্রেপ্তারে পুলিশকে নির্দেশ দিয়েছে ট্রাইব্যুনাল" -> COERCE by ট্রাইব্যুনাল, no
    REQUEST ট্রাইব্যুনাল -> পুলিশ; "the court ordered the arrest of two officers" likewise."""
    if not order_words:
        return built
    arrests = [m for m in matches if m.pattern.info.get("type") == "COERCE" and m.pattern.info.get("mode") == "arrest"]
    kept = []
    for m, trig, ev in built:
        is_order = ev.type == "REQUEST" and sent.words[trig.t0] in order_words
        arrest = next((a for a in arrests if _governs(sent, trig, min(a.trigger_positions), max(a.trigger_positions))),
                      None) if is_order else None
        if arrest is None:
            kept.append((m, trig, ev))
            continue
        made = next((ev2 for m2, _, ev2 in built if m2 is arrest), None)
        givers = places_stand_for_states(ev.actors, trig.mentions)
        if givers != ev.actors:
            ev._explain.append({"step": "role-rule", "rule": "places_stand_for_states",
                                "decision": f"actor = {', '.join(a.name for a in givers) or '-'}, the state of the place"})
            ev.actors = givers
        if made is None:
            ev.type, ev.mode, ev.cameo, ev.recipients = "COERCE", "arrest", arrest.pattern.info.get("cameo"), []
            ev._explain.append({"step": "modality", "rule": "ordered_arrest",
                                "decision": f"REQUEST -> COERCE: the order of the arrest '{sent.words[min(arrest.trigger_positions)]}' (E4)"})
            kept.append((m, trig, ev))
            continue
        made.actors = ev.actors or made.actors
        made._explain.append({"step": "role-rule", "rule": "ordered_arrest",
                              "decision": f"actor = {', '.join(a.name for a in made.actors) or '-'}, who ordered it"})
        note_dropped(rec, ev.type, ev.sentence, ev.trigger.text, "ordered_arrest",
                     f"an order of the arrest '{made.trigger.text}': that arrest, by whoever ordered it (E4)")
    return kept


def places_stand_for_states(actors: list[Actor], mentions: list[Mention]) -> list[Actor]:
    """The givers of an order (ordered_arrest) with a place that is no state (a town, a district:
    a mention of PLACE_TYPES) put as the state of its country, which its court or office serves; a
    place of no known country gives none. "A Chattogram court ordered the arrest" -> Bangladesh,
    not the city Chittagong.

    >>> ctg = Actor(id="chittagong", name="Chittagong", country="BGD")
    >>> m = Mention(1, 2, 2, 12, "Chattogram", ctg, "GPE", None)
    >>> [a.name for a in places_stand_for_states([ctg], [m])]
    ['Bangladesh']
    """
    places = {x.actor.id for x in mentions if names_a_town(x.etype, x.actor)}
    return [state_actor(a.country) if a.id in places else a for a in actors if a.id not in places or a.country]


def _governs(sent: Sentence, order: "_Trigger", a0: int, a1: int) -> bool:
    """The arrest at a0..a1 lies in the order's clause, at most ORDER_REACH words before it or after it."""
    return sent.clause[a0] == sent.clause[order.t0] and (0 < order.t0 - a1 <= ORDER_REACH
                                                         or 0 < a0 - order.t1 <= ORDER_REACH)


def trigger_taken_for_a_name(x: Mention, found: list[Match]) -> bool:
    """A one-word name the registry does not know (a provisional actor) on the word of a
    hand-written trigger: the NER took the event noun for a name, and linking spread it over the
    article ("পদত্যাগ" = resignation, read as a person "Padtag"). It is the event, not a party:
    "বিএনপি থেকে পদত্যাগ করেছেন জেলা সভাপতি আবুল কাশেম" (district president Abul Kashem resigned
    from the BNP)."""
    if x.pronoun or x.first != x.last or x.actor is None:
        return False
    if not x.actor.id.startswith("new:"):  # (a lent agent, "বিক্ষোভকারীরা" = protesters, stays a party)
        return False
    return any(m.pattern.source == "yaml" and m.pattern.info.get("type") and x.first in m.trigger_positions
               for m in found)


def told_before(coded: list[Coded], ev: Event, words: list[str], t0: int, markers: frozenset[str],
                time_nouns: frozenset[str]) -> bool:
    """The trigger at `t0` follows a demonstrative (`repeat_markers`), right before it or before its
    object ("এই প্রস্তাব প্রত্যাখ্যান করে"), and an earlier sentence of the article has an event of its
    type with its actors: the same happening told again (E3). "তিনি নতুন বন্দোবস্তের আহ্বান
    জানিয়েছেন। ... এক পোস্টে তিনি এই আহ্বান জানান" -> the second is the first call; with no such
    earlier event the demonstrative points at something else and the event stays, and so it does when
    a noun of time (`repeat_marker_times`) follows the demonstrative: "এ সময় ধর্মঘট ডাকে" (at this
    time called a strike) points at a time."""
    # k = 1: the demonstrative stands right before the trigger; k = 2: before the trigger's object
    # or before a noun of time, which makes it a time phrase
    if not any(0 <= t0 - k and words[t0 - k] in markers and words[t0 - k + 1] not in time_nouns for k in (1, 2)):
        return False
    actors = {a.id for a in ev.actors}
    return any(c.event.type == ev.type and c.event.sentence < ev.sentence and {a.id for a in c.event.actors} == actors
               for c in coded)


def claimant_answered(ev: Event, words: list[str], t0: int, markers: frozenset[str], nouns: tuple[str, ...],
                      before: list[Actor]) -> Actor | None:
    """A claim pointed back to (a demonstrative, `repeat_markers`, and a claim noun, `answered_claims`
    `nouns`, right before the trigger) and rejected answers whoever made it: the first party of
    another country than the actors' named in the sentence before becomes the recipient (the
    claimant opens its sentence; a party named later is what the claim is about: "ভারত দাবি করেছে,
    মিয়ানমার সীমান্তে সেনা পাঠিয়েছে" is India's claim).
    "বিএসএফ দাবি করেছে, ... গুলি ছোড়া হয়। বিজিবি এই দাবি প্রত্যাখ্যান করেছে" (the BSF claimed ...; the
    BGB rejected this claim) -> BGB rejects the BSF, not the home state by default. None (and no
    change) when the words or the sentence before do not say so.

    >>> bgb, bsf = Actor(id="bgb", name="BGB", country="BGD"), Actor(id="bsf", name="BSF", country="IND")
    >>> ev = Event(type="REJECT", actors=[bgb], sentence=1, trigger=Trigger(start=0, end=1, text="x"), confidence=1.0)
    >>> claimant_answered(ev, ["বিজিবি", "এই", "দাবি", "প্রত্যাখ্যান"], 3, frozenset({"এই"}), ("দাবি",), [bsf]).name
    'BSF'
    >>> [a.name for a in ev.recipients]
    ['BSF']
    """
    if t0 < 2 or words[t0 - 2] not in markers or not words[t0 - 1].startswith(nouns):
        return None
    own = {a.country for a in ev.actors}
    claimant = next((a for a in before if a.country not in own), None)
    if claimant is not None:
        ev.recipients = [claimant]
        ev._explain.append({"step": "role", "rule": "claimant_answered", "decision": f"recipient = {claimant.name}"})
    return claimant


def unnamed_act_quoted(rec: Record, ev: Event, claim_kinds: list[str]) -> bool:
    """An act by no one named (roles.passive_unnamed_attacker) told inside a quotation is the
    speaker's charge, not a happening the report tells: "‘রায়ে তাকে জেলে পাঠিয়ে নির্যাতন করা
    হয়েছে’, বলেন তিনি" (he said she was tortured in jail) codes no attack by someone unidentified.
    Only quotes of `claim_kinds` (events.yaml `unnamed_act_claim_quotes`): in English a report put
    in the reporter's words ("Miscreants attacked the BNP office, police said") tells the attack on
    the source's authority, as news does."""
    if [a.id for a in ev.actors] != [UNNAMED_ATTACKER.id]:
        return False
    return any(q.kind in claim_kinds and q.start <= ev.trigger.start < q.end for q in rec.quotes)


def hand_trigger_over_learned(kept: Event, new: Event, text: str, is_light_verb: Callable[[str], bool]) -> bool:
    """The same event (type, sentence, parties, modality) told twice, first on a learned trigger
    head with a light verb of its own right after it (a step of a chain of verbs), then on a
    hand-lexicon trigger: the hand trigger names the act. "পুলিশের একটি দল ... অভিযান চালিয়ে তিনজন
    আসামিকে গ্রেপ্তার করে" (a police team raided ... and arrested three accused): the arrest (hand
    lexicon, COERCE), not the raid (a learned head of COERCE). A learned noun with no verb of its
    own ("অবস্থানের পক্ষে অনশন" = a hunger strike for his stance) keeps its place."""
    if not (proposed_by(kept) == "learned" and proposed_by(new) == "yaml" and kept.trigger.end <= new.trigger.start):
        return False
    after = text[kept.trigger.end:new.trigger.start].split()
    return bool(after) and is_light_verb(after[0])


def note_dropped(rec: Record, etype: str, sentence: int, trigger: str, rule: str, decision: str) -> None:
    """Keep, for `--explain`, a candidate the rule `rule` dropped, e.g. `note_dropped(rec, "REQUEST", 2,
    "চেয়েছে", "wanted_to_do", "a want verb after an infinitive: ...")` shows as
    `dropped: REQUEST sentence 2, trigger "চেয়েছে"  wanted_to_do: a want verb after an infinitive: ...`."""
    rec._events_dropped.append({"type": etype, "sentence": sentence, "trigger": trigger, "rule": rule,
                                "decision": decision})


def taken_name_steps(taken: list[Mention], m: Match) -> list[dict]:
    """The `--explain` steps of `trigger_taken_for_a_name` for the trigger `m`: which name on its
    words was set aside as the event itself, e.g. {"step": "role", "rule": "trigger_taken_for_a_name",
    "decision": "name 'Padtag' on the trigger word is the event, not a party"}."""
    return [{"step": "role", "rule": "trigger_taken_for_a_name",
             "decision": f"name {x.actor.name!r} on the trigger word is the event, not a party"}
            for x in taken if x.first in m.trigger_positions]


def _all_own(actors: list[Actor], recipients: list[Actor]) -> bool:
    """All recipients are of the first actor's country."""
    return bool(actors[0].country) and all(r.country == actors[0].country for r in recipients)


def longest_phrase(index: PatternIndex) -> int:
    """How many words the longest phrase of `index` can span, its gaps included: the window a
    phrase after a trigger is looked for in ("নিয়ে দর কষাকষি*" needs three words after it).

    >>> idx = phrase_index(["দাবি*", "নিয়ে দর কষাকষি*"], Inflector(None, None))
    >>> longest_phrase(idx)
    3
    """
    patterns = [p for group in index.by_word.values() for p in group]
    patterns += [p for table in index.by_prefix.values() for group in table.values() for p in group]
    return max((len(p.elements) + sum(e.gap for e in p.elements) for p in patterns), default=0)


def _proper(sent: Sentence, m: Match, named: set[int]) -> bool:
    """A capitalised trigger inside a sentence that is not title-cased is part of a name
    ("Bill Huizenga", "on 7 March"), not the verb or noun of an event."""
    tp = m.trigger_positions
    if min(tp) == 0 or not any(sent.tokens[i][2][:1].isupper() for i in tp):
        return False
    others = [t[2] for i, t in enumerate(sent.tokens)
              if len(t[2]) > 3 and i not in named and i not in tp and i > 0]
    title_cased = len(others) >= 2 and sum(w[:1].isupper() for w in others) >= 0.8 * len(others)
    return not title_cased


def _reported_speech(sent: Sentence, m: Match, reporting: set[int], mentions: list[Mention]) -> Reported | None:
    """The speech a trigger is told in without quotation marks: its clause before a reporting
    clause of the sentence ("X আমাদের অফিস ভাঙচুর করেছে, সংবাদ সম্মেলনে বলেন বিএনপির
    মহাসচিব": from the sentence's start, said by the first unmarked name of the reporting clause,
    else by its first genitive one, whose office speaks: বিএনপির মহাসচিব)."""
    later = [c for c in reporting if c > sent.clause[min(m.trigger_positions)]]
    if not later:
        return None
    named = [x for x in mentions if sent.clause[x.first] == min(later) and x.actor]
    said = [x for x in named if x.marker in (None, "nom")] or [x for x in named if x.marker == "gen"]
    return Reported(sent.start, said[0].actor if said else None)
