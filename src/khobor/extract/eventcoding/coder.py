"""The event coder: one engine, every language's knowledge in its pack's events.yaml (+ tables).

Per sentence: find triggers (patterns.py), read the linked entities around them as role
candidates (mentions.py; plus bare descriptions resolved through the actors registry and "both
countries"), give the trigger its actors and recipients by the frame the lexicon names, read its
modality (modality.py) and what governs it (denials, claims, quotations), then attach the governing
time and place. Per article (discourse.py): announced force becomes THREATEN, hypotheticals and
denied force are dropped, responses take their recipient from the story just told.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ...lang import LangPack
from ...record import Actor, Entity, Event, Location, Record, Span, Trigger
from ...textutil import nfc, words as split_words
from . import crosswalk
from ..actors import main_country
from .discourse import ArticleRules, Coded
from .mentions import Mention, MentionReader
from .modality import ModalityReader
from .patterns import Inflector, Match, PatternIndex, compile_pattern, select
from . import schema
from .schema import FROM_CROSSWALK, Trigger as TriggerEntry

VERSION = "0.1"
EXTRACTOR = f"khobor.events/{VERSION}"

# Questions are not events: "asked whether Russia will lift sanctions" reports a journalist's
# question, not a sanction or its lifting, so question-modality events are never emitted.
EMIT_QUESTIONS = False


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    tokens: list[tuple[int, int, str]]
    words: list[str]
    clause: list[int]        # clause number of each token
    stops: list[bool]
    text: str = ""           # the record's whole text (offsets are into it)


class Coder:
    def __init__(self, pack: LangPack):
        cfg = schema.load(pack)
        self.cfg = cfg
        self.verb_final = cfg.word_order == "SOV"
        self.inflector = Inflector(cfg.inflection, cfg.irregular_verbs)
        self.frames = {**schema.DEFAULT_FRAMES, **cfg.frames}
        self.cameo_frames = dict(cfg.cameo_frames)
        self.index = PatternIndex()
        for table in cfg.verb_tables:
            self._load_table(pack.tsv(table), table)
        for t in cfg.triggers:
            info = self._info(t)
            if info:
                for p in ([t.pattern] if isinstance(t.pattern, str) else t.pattern):
                    self.index.add(compile_pattern(p, info, self.inflector, priority=t.priority,
                                                   source="yaml"))
        # phrases that look like triggers but report no event ("submitted nomination papers",
        # "expressed condolences"): they win over any trigger on the same words and code nothing
        for p in cfg.non_events:
            self.index.add(compile_pattern(p, {"type": None}, self.inflector, priority=2, source="non_events"))
        self.mentions = MentionReader(cfg)
        self.modality = ModalityReader(cfg.modality, self.inflector)
        self.break_chars = set(cfg.clause_break_chars)
        self.break_words = {nfc(w).lower() for w in cfg.clause_break_words}
        self.speech = self._index(cfg.speech_cues)
        self.suppress = self._index(cfg.suppress_after)
        self.suppress_before = self._index(cfg.suppress_before)
        self.date_dash = tuple(cfg.dateline_marks)
        self.passive_aux = {nfc(w).lower() for w in cfg.passive_aux}
        self.passive_not_endings = tuple(cfg.passive_not_endings)
        self.passive_not_after = {nfc(w).lower() for w in cfg.passive_not_after}
        self.passive_after = self._index(cfg.passive_after)
        # "is ready / committed / opposed to": adjectives after "be", not passives
        self.place_markers = set(cfg.place_markers)
        self.nominal_patient = cfg.nominal_patient_before
        self.light_verbs = tuple(nfc(w).lower() for w in cfg.light_verbs) or ("\0",)
        self.veto = self._index(cfg.veto_sentence)
        self.object_window = cfg.object_window
        self.possessor_window = cfg.possessor_agent_window
        self.negated_as = dict(cfg.negated_as)
        self.carry_subject = {nfc(w).lower() for w in cfg.subject_carries_over}
        self.break_after = tuple(nfc(x) for x in cfg.clause_break_after_suffix)
        # agentless passives whose implied agent is the state where they happen (arrests, expulsions)
        self.passive_place_types = set(cfg.passive_place_agent_types)
        self.min_confidence = cfg.min_confidence
        self.verbal_noun_endings = tuple(nfc(x) for x in cfg.verbal_noun_endings)
        self.skip_capitalized = cfg.skip_capitalized_triggers
        self.stative = {nfc(w).lower() for w in cfg.stative_after_be}
        self.determiners = {nfc(w).lower() for w in cfg.object_determiners}
        # "Russia's killing of Ukrainians": after these the possessor of a killing noun is its agent
        self.of_words = {nfc(w).lower() for w in cfg.patient_follows}
        # entity types that, right before a bare event noun, are its agent ("Israeli strikes")
        self.compound_agent = set(cfg.compound_agent_types)
        # "both countries", "দুই দেশ": the two states named last
        self.pairs = self._index(cfg.pair_phrases)
        self.article = ArticleRules(cfg.article)
        # verbs whose complement did not happen (denials) or is only alleged (claims)
        self.governing = []
        for g in cfg.governing_verbs:
            self.governing.append((self._index(g.pattern), g.kind, g.scope))
        claims = cfg.claims
        self.claim_types = set(claims.types)
        self.claim_as = claims.as_type
        self.claim_cameo = claims.cameo
        # hostile acts inside a quotation from a third country are that speaker's accusation
        self.quoted_claims = claims.quoted
        # bare descriptions that stand for an office holder or body of the article's country
        # ("the chief adviser", "পররাষ্ট্র মন্ত্রণালয়"), resolved through the actors registry
        self.descriptions = self._index(cfg.descriptions)

    # -- lexicon -------------------------------------------------------------------------------

    def _index(self, patterns: list[str]) -> PatternIndex:
        idx = PatternIndex()
        for p in patterns:
            idx.add(compile_pattern(p, {}, self.inflector))
        return idx

    def _info(self, t: TriggerEntry) -> dict | None:
        cameo = t.cameo or None
        cw = crosswalk.lookup(cameo)
        etype = t.type or (cw.plover if cw else None)
        if not etype:
            return None
        mode = t.mode if t.mode != FROM_CROSSWALK else (cw.mode if cw and cw.plover == etype else None)
        frame = t.frame or self._frame_for(cameo, etype)
        return {"type": etype, "mode": mode, "cameo": cameo, "frame": frame,
                "confidence": t.confidence, "state_agent": t.state_agent,
                "if_own": t.if_own, "possessor": t.possessor}

    def _frame_for(self, cameo: str | None, etype: str) -> str:
        if cameo:
            for n in range(len(cameo), 1, -1):
                if cameo[:n] in self.cameo_frames:
                    return self.cameo_frames[cameo[:n]]
        return self.cameo_frames.get(etype, "directed")

    def _load_table(self, rows: list[dict], name: str) -> None:
        """A PETRARCH-style verb table: blocks of verbs sharing a default code and patterns."""
        blocks: dict[str, tuple[list[tuple[str, str | None]], list[dict]]] = {}
        for r in rows:
            b = blocks.setdefault(r["block"], ([], []))
            if r["verbs"]:
                default = r["cameo"] if r["cameo"] != "---" else None
                for v in r["verbs"].split():
                    lemma, _, own = v.partition("=")
                    lemma, _, forms = lemma.partition(":")
                    if forms:
                        self.inflector.add_irregular(lemma, forms.split(","))
                    b[0].append((lemma, own or default))
            else:
                b[1].append(r)
        conf = self.cfg.table_confidence
        skip = tuple(self.cfg.table_default_skip)
        # speech verbs code the reported event on the verb ("said ... attack" -> ASSAULT on "said");
        # our own triggers code the reported event on its own words instead
        skip_verbs = set(self.cfg.table_skip_verbs)
        for verbs, pats in blocks.values():
            if any(lemma in skip_verbs for lemma, _ in verbs):
                continue
            for lemma, code in verbs:
                if code and not (skip and code.startswith(skip)):
                    info = self._info(TriggerEntry(pattern=f"@{lemma}", cameo=code, confidence=conf))
                    if info:
                        self.index.add(compile_pattern(f"@{lemma}", info, self.inflector, 1, name))
                for p in pats:
                    info = self._info(TriggerEntry(pattern=f"@{lemma}", cameo=p["cameo"], confidence=conf + 0.1))
                    if not info:
                        continue
                    before = " ".join(f"({w}) .." for w in p["before"].split())
                    after = " ".join(f".. ({w})" for w in p["after"].split())
                    self.index.add(compile_pattern(f"{before} @{lemma} {after}".strip(), info,
                                                   self.inflector, 1, name))

    # -- one record ----------------------------------------------------------------------------

    def code(self, rec: Record) -> list[Event]:
        text = rec.text
        ents = sorted(rec.entities, key=lambda e: e.start)
        ent_starts = [e.start for e in ents]
        times = sorted(rec.times, key=lambda t: t.start)
        dateline = self._dateline(rec)
        home = main_country(ents)
        recent: list[Actor] = []  # states and bodies named so far, latest last (for "both countries")
        events: list[Coded] = []
        seen: set = set()
        last_person: Actor | None = None
        for si, span in enumerate(rec.sentences or _fallback_sentences(text)):
            lo = bisect.bisect_left(ent_starts, span.start)
            hi = bisect.bisect_left(ent_starts, span.end)
            sent = self._sentence(rec, si, span, ents[lo:hi])
            if not sent.words:
                continue
            recent += [e.actor for e in ents[lo:hi] if e.actor is not None and e.actor.country
                       and e.type == "GPE"]
            del recent[:-12]
            found = self.index.find(sent.words, sent.stops)
            if not any(m.pattern.info.get("type") for m in found):
                # no trigger (most sentences): only who was named last matters, for "he"
                persons = [e.actor for e in ents[lo:hi] if e.type == "PER" and e.actor is not None]
                if persons:
                    last_person = persons[-1]
                continue
            mentions = self.mentions.read(rec, ents[lo:hi], sent.tokens, sent.words)
            # unlinked places still say where ("দক্ষিণাঞ্চলে" = in the south)
            places = [p for p in (self.mentions.one(rec, e, sent.tokens, sent.words) for e in ents[lo:hi]
                                  if e.actor is None and e.type in ("LOC", "GPE", "FAC")) if p is not None]
            mentions += self._pronouns(rec, sent, mentions, last_person)
            if home and (self.descriptions.by_word or self.descriptions.by_prefix):
                mentions += self._descriptions(rec, sent, mentions, home)
            if self.pairs.by_word or self.pairs.by_prefix:
                mentions += self._pair_mentions(rec, sent, mentions, recent)
            mentions.sort(key=lambda m: m.first)
            # a word inside a name or its title ("Serb forces", "the army") is not a trigger
            named = {i for x in mentions if not x.pronoun for i in range(x.first, x.last + 1)}
            matches = select([m for m in found if not named.intersection(m.trigger_positions)])
            if matches and self.skip_capitalized:
                matches = [m for m in matches if not self._proper(sent, m, named)]
            if matches and self.veto.by_word or self.veto.by_prefix:
                if matches and self.veto.find(sent.words):
                    matches = []  # sports pages: "Australia will tour India", "attack" of a bowler
            if matches and self.nominal_patient:
                self._compound_cases(sent, mentions, matches)
            if matches:
                reporting = self._reporting_clauses(sent, matches)
                starts = tuple(sorted(min(x.trigger_positions) for x in matches))
                governors = self._governors(sent)
                for m in matches:
                    ev = self._event(rec, sent, m, mentions, reporting, times, dateline, starts, places)
                    if ev is None:
                        continue
                    if governors:
                        self._governed(ev, m, governors, mentions)
                    if self.quoted_claims and ev.type in self.claim_types:
                        self._quoted_claim(rec, ev)
                    key = (ev.type, ev.sentence, tuple(a.id for a in ev.actors), tuple(a.id for a in ev.recipients),
                           ev.modality)
                    if key in seen:
                        continue
                    seen.add(key)
                    frame = self.frames.get(m.pattern.info["frame"], self.frames["directed"])
                    events.append(Coded(ev, frame.reciprocal, frame.fallback_recipient))
            persons = [x for x in mentions if x.etype == "PER" and not x.pronoun]
            if persons:
                last_person = persons[-1].actor
        return self.article.apply(events, home)

    def _sentence(self, rec: Record, si: int, span: Span, ents=()) -> _Sentence:
        raw = split_words(rec.text[span.start:span.end])
        tokens = [(span.start + a, span.start + b, w) for a, b, w in raw]
        words = [nfc(w).lower() for _, _, w in tokens]
        # a name is no verb, whatever it ends in ("নেপালে" ends like the conditional -লে)
        named = [(e.start, e.end) for e in ents]
        stops, clause, c = [False] * len(tokens), [0] * len(tokens), 0
        for i in range(1, len(tokens)):
            gap = rec.text[tokens[i - 1][1]:tokens[i][0]]
            if any(ch in self.break_chars for ch in gap) or words[i] in self.break_words or \
                    (self.break_after and words[i - 1].endswith(self.break_after)
                     and self.modality._is_verb_like(words[i - 1])
                     and not any(a < tokens[i - 1][1] and tokens[i - 1][0] < b for a, b in named)):
                stops[i] = True
                c += 1
            clause[i] = c
        return _Sentence(si, span.start, span.end, tokens, words, clause, stops, rec.text)

    def _compound_cases(self, sent: _Sentence, mentions: list[Mention], matches: list[Match]) -> None:
        """A name right before a bare event noun forms a compound with it ("হাদি হত্যার বিচারের
        দাবিতে" = demanding justice for Hadi's killing): to every other trigger the name carries
        the noun's case (here genitive), so it is nobody's subject."""
        bare = {m.trigger_positions[0] for m in matches if len(m.trigger_positions) == 1}
        for x in mentions:
            if x.marker is None and x.last + 1 in bare:
                case = self.mentions.suffix_marker(sent.words[x.last + 1], "")
                if case:
                    x.compound = case

    @staticmethod
    def _proper(sent: _Sentence, m: Match, named: set[int]) -> bool:
        """A capitalised trigger inside a sentence that is not title-cased is part of a name
        ("Bill Huizenga", "on 7 March"), not the verb or noun of an event."""
        tp = m.trigger_positions
        if min(tp) == 0 or not any(sent.tokens[i][2][:1].isupper() for i in tp):
            return False
        others = [t[2] for i, t in enumerate(sent.tokens)
                  if len(t[2]) > 3 and i not in named and i not in tp and i > 0]
        title_cased = len(others) >= 2 and sum(w[:1].isupper() for w in others) >= 0.8 * len(others)
        return not title_cased

    def _descriptions(self, rec: Record, sent: _Sentence, mentions: list[Mention], home: str) -> list[Mention]:
        """Descriptions the NER leaves out ("paid a call on the chief adviser", "প্রধান
        উপদেষ্টাকে"): each that the registry resolves for the article's country becomes a mention,
        unless it is the title of a name right after it or belongs to a name right before it."""
        out = []
        taken = {i for m in mentions for i in range(m.first, m.last + 1)}
        # a name right after it ("Chief Adviser Hasina") or a possessor right before it ("India's
        # foreign ministry", "ভারতের পররাষ্ট্র মন্ত্রণালয়"): the title belongs to that name
        blocked = taken | {m.first - 1 for m in mentions} | \
            {m.last + 1 for m in mentions if m.marker in (None, "gen") and not m.pronoun}
        for m in self.descriptions.find(sent.words, sent.stops):
            p0, p1 = m.positions[0], m.positions[-1]
            if blocked.intersection(range(p0, p1 + 1)):
                continue
            s, e = sent.tokens[p0][0], sent.tokens[p1][1]
            actor = _resolve(rec.text[s:e], rec.language, rec.published, home)
            if actor is None:
                continue
            ent = Entity(text=rec.text[s:e], start=s, end=e, type="ORG", actor=actor)
            x = self.mentions.one(rec, ent, sent.tokens, sent.words)
            if x is not None:
                out.append(x)
                taken.update(range(p0, p1 + 1))
        return out

    def _pair_mentions(self, rec: Record, sent: _Sentence, mentions: list[Mention],
                       recent: list[Actor]) -> list[Mention]:
        """"Both countries withdrew ambassadors", "দুই দেশের মধ্যে বৈঠক": the last two states of
        different countries named up to here, as two coordinated mentions of the same words."""
        out = []
        taken = {i for m in mentions for i in range(m.first, m.last + 1)}
        for m in self.pairs.find(sent.words, sent.stops):
            p0, p1 = m.positions[0], m.positions[-1]
            if taken.intersection(range(p0, p1 + 1)):
                continue
            s, e = sent.tokens[p0][0], sent.tokens[p1][1]
            before = [x.actor for x in mentions if x.last < p0 and x.actor is not None and x.actor.country]
            two: list[Actor] = []
            for a in reversed(recent if len({x.country for x in before}) < 2 else before):
                if a.country not in {x.country for x in two}:
                    two.append(a)
                if len(two) == 2:
                    break
            if len(two) < 2:
                continue
            for a in reversed(two):
                x = self.mentions.one(rec, Entity(text=rec.text[s:e], start=s, end=e, type="GPE", actor=a),
                                      sent.tokens, sent.words)
                if x is not None:
                    x.first, x.last = p0, p1
                    out.append(x)
        return out

    def _quoted_claim(self, rec: Record, ev: Event) -> None:
        """'"Israel attacks the Muslims in Jerusalem," Erdogan said': a hostile act told inside a
        quotation by a speaker of a third country is the speaker's accusation of its actor."""
        speaker = _speaker_of(rec, ev.trigger.start)
        if speaker is None or not speaker.country:
            return
        parties = {a.country for a in ev.actors + ev.recipients if a.country}
        accused = [a for a in ev.actors if a.country and a.country != speaker.country]
        if not accused or speaker.country in parties:
            return
        ev.type, ev.mode, ev.cameo = self.claim_as, None, self.claim_cameo
        ev.actors, ev.recipients = [speaker], accused

    def _governors(self, sent: _Sentence) -> list[tuple[int, str, str]]:
        """Denial and claim verbs of the sentence: (position, kind, scope)."""
        out = []
        for idx, kind, scope in self.governing:
            out += [(g.positions[0], kind, scope) for g in idx.find(sent.words, sent.stops)]
        return out

    def _governed(self, ev: Event, m: Match, governors, mentions: list[Mention]) -> None:
        """An event inside what is denied is not asserted ("Pakistan denied attacking India",
        "হামলার অভিযোগ অস্বীকার করেছে"): negated. A hostile event inside a claim ("India claimed
        Pakistan attacked", "ভারত দাবি করেছে যে পাকিস্তান হামলা চালিয়েছে") is the claimant's
        accusation of its actors, not an assault on record."""
        t0 = min(m.trigger_positions)
        for g, kind, scope in governors:
            if g in m.positions or not ((scope in ("after", "any") and t0 > g) or (scope in ("before", "any") and t0 < g)):
                continue
            if kind == "denial" and ev.modality == "asserted":
                ev.modality = "negated"
            elif kind == "claim" and ev.type in self.claim_types:
                # the claimant: the subject nearest before an SVO claim verb, the first unmarked
                # name of an SOV sentence
                subj = [x for x in mentions if x.marker in (None, "nom") and x.last < g and x.actor is not None]
                claimant = (subj[0] if self.verb_final else subj[-1]) if subj else None
                accused = [a for a in ev.actors if claimant is None or a.country != claimant.actor.country]
                if claimant is None or not accused:
                    ev.modality = "possible"
                    continue
                ev.type, ev.mode, ev.cameo = self.claim_as, None, self.claim_cameo
                ev.actors, ev.recipients = [claimant.actor], accused
            return

    def _reporting_clauses(self, sent: _Sentence, matches: list[Match] = ()) -> set[int]:
        # a speech verb that is the light verb of a trigger ("নিন্দা জানিয়েছে" = condemned,
        # "আহ্বান জানান" = called on) reports nothing: it is that event's own verb
        own = {p for m in matches for p in m.positions}
        return {sent.clause[m.positions[0]] for m in self.speech.find(sent.words, sent.stops)
                if not own.intersection(m.positions)}

    def _pronouns(self, rec: Record, sent: _Sentence, mentions: list[Mention],
                  last_person: Actor | None) -> list[Mention]:
        """তিনি/he take the most recent person; আমরা/we inside a quote take its speaker."""
        out = []
        taken = {i for m in mentions for i in range(m.first, m.last + 1)}
        for i, w in enumerate(sent.words):
            spec = self.mentions.pronouns.get(w)
            if not spec or i in taken:
                continue
            kind, marker = spec.split(":") if ":" in spec else (spec, None)
            actor = None
            if kind == "person":
                before = [m for m in mentions if m.etype == "PER" and m.last < i and not m.pronoun]
                actor = before[-1].actor if before else last_person
            elif kind == "speaker":
                actor = _speaker_of(rec, sent.tokens[i][0])
            elif kind == "group":
                # "they": the nearest group named before it in the sentence, else no one (blocks)
                groups = [m for m in mentions if m.etype in ("ORG", "GPE", "NORP") and m.last < i
                          and not m.pronoun and not m.modifier]
                actor = groups[-1].actor if groups else None
                kind = "person" if actor else "unresolved"
            if actor is None and kind != "unresolved":
                continue
            s, e, _ = sent.tokens[i]
            out.append(Mention(i, i, s, e, rec.text[s:e], actor, "PER", marker or None, pronoun=True))
        return out

    # -- one trigger ---------------------------------------------------------------------------

    def _event(self, rec: Record, sent: _Sentence, m: Match, mentions: list[Mention], reporting: set[int],
               times, dateline, triggers: tuple[int, ...] = (), places: list[Mention] = ()) -> Event | None:
        info = m.pattern.info
        if info.get("type") is None:
            return None
        tpos = m.trigger_positions
        t0, t1 = min(tpos), max(tpos)
        nxt = sent.words[t1 + 1:t1 + 3]
        if nxt and self.suppress.find(nxt) and any(x.positions[0] == 0 for x in self.suppress.find(nxt)):
            return None  # "সফরের আমন্ত্রণ": an invitation to a visit is not the visit
        if self.suppress_before.by_word or self.suppress_before.by_prefix:
            cl0 = sent.clause.index(sent.clause[t0])
            prev = sent.words[cl0:t0]
            if prev and self.suppress_before.find(prev):
                return None  # "calls for an end to violence", "urged X to reject ... and support":
                # what is asked for has not happened
        cl = sent.clause[t0]
        lo = sent.clause.index(cl)
        hi = len(sent.clause) - sent.clause[::-1].index(cl)
        sent_text = rec.text[sent.start:sent.end]
        modality = self.modality.read(sent.words, tpos, lo, hi, sent_text)
        if modality == "question" and not EMIT_QUESTIONS:
            return None
        frame = self.frames.get(info["frame"], self.frames["directed"])
        cands = [x for x in mentions if not x.modifier and not (x.first <= t1 and x.last >= t0)]
        if lo > 0 and sent.words[lo] in self.carry_subject:
            # "X অভিযোগটিকে ভিত্তিহীন বলে প্রত্যাখ্যান করেন": বলে ("calling it") opens no new subject
            plo = sent.clause.index(sent.clause[lo - 1])
            if not any(x.marker in (None, "nom") for x in cands if lo <= x.first < hi):
                lo = plo
        in_clause = [x for x in cands if lo <= x.first < hi]
        single = len(m.trigger_positions) == 1
        actors, recipients, conf = self._roles(sent, frame, in_clause, cands, t0, t1, reporting, single,
                                               triggers, info["type"], info.get("state_agent", False),
                                               info.get("possessor", "agent"))
        if not actors:
            return None  # (the record spec wants an actor: a victim alone is not coded)
        if frame.needs_recipient and not recipients and len({a.country for a in actors if a.country}) < 2:
            return None  # (two states acting together need no recipient: "both countries recalled envoys")
        if frame.foreign and recipients and actors[0].country and \
                all(r.country == actors[0].country for r in recipients):
            return None  # arriving in one's own country is coming home, not a visit
        etype = info["type"]
        own = info.get("if_own")
        if own and recipients and actors[0].country and all(r.country == actors[0].country for r in recipients):
            # summoning one's own envoy home is a recall (reduced relations), not a complaint to him
            etype, recipients = own, []
        if modality == "negated" and etype in self.negated_as:
            # "will not allow", "did not agree": refusing to concede is a rejection, and that is asserted
            etype, modality = self.negated_as[etype], "asserted"
        confidence = round(min(1.0, info["confidence"] * conf), 3)
        if confidence < self.min_confidence:
            return None
        s, e = sent.tokens[t0][0], sent.tokens[t1][1]
        return Event(
            type=etype, mode=info.get("mode") if etype == info["type"] else None, actors=actors, recipients=recipients,
            date=self._date(sent, t0, t1, times, dateline), location=self._place(sent, in_clause, cands, places),
            modality=modality, sentence=sent.index, trigger=Trigger(text=rec.text[s:e], start=s, end=e),
            cameo=info.get("cameo") if etype == info["type"] else None, confidence=confidence,
            extractor=EXTRACTOR)

    def _nominal(self, sent: _Sentence, t0: int, t1: int, single: bool) -> bool:
        """A bare event noun (no light verb in the trigger, none right after it), when the pack
        reads names before such nouns as their patients (nominal_patient_before)."""
        if not self.nominal_patient or not single:
            return False
        nxt = sent.words[t1 + 1] if t1 + 1 < len(sent.words) else ""
        return not (nxt and nxt.startswith(self.light_verbs))

    def _roles(self, sent: _Sentence, frame: schema.Frame, in_clause: list[Mention], cands: list[Mention],
               t0: int, t1: int, reporting: set[int], nominal_match: bool = False,
               triggers: tuple[int, ...] = (), etype: str = "", state_agent: bool = False,
               possessor: str = "agent"):
        conf = 1.0
        nxt_word = sent.words[t1 + 1] if t1 + 1 < len(sent.words) else ""
        compound = False
        # a name compounded with another event noun is unmarked only for that noun
        # a place compound ("শাহবাগ মোড়" = the Shahbag crossing) is where or what, never who
        unmarked = [x for x in in_clause if x.marker in (None, "nom") and (not x.compound or x.last + 1 == t0)]
        places_unmarked = [x for x in unmarked if x.place_compound]
        unmarked = [x for x in unmarked if not x.place_compound]
        before = [x for x in unmarked if x.last < t0]
        after = [x for x in unmarked if x.first > t1]
        by = [x for x in in_clause if x.marker == "by"]
        subj: list[Mention] = []
        obj: list[Mention] = []
        # a next word that begins another trigger is no light verb of this one ("হামলার নিন্দা":
        # নিন্দা is condemnation, not a form of নি-)
        nominal = self._nominal(sent, t0, t1, nominal_match) or \
            (self.nominal_patient and nominal_match and t1 + 1 in triggers)

        def single_token(a: int, b: int) -> bool:
            return nominal_match and a == b
        if nominal and before and before[-1].last == t0 - 1:
            # a bare event noun right after a name: the name is what the event is about
            # ("হাদি হত্যায়" = in Hadi's killing, "রাশিয়া সফর" = a Russia visit)
            obj = [before[-1]]
            before = before[:-1]
        if before:
            head = before[0] if self.verb_final else self._group_head(sent, before)
            if not self.verb_final:
                head = self._shared_subject(sent, head, before, t0, triggers)
            subj = self._coordinated(sent, head, before)
            rest = [x for x in before if x not in subj]
            if self.verb_final and rest and not obj:
                obj = [rest[-1]]
        if not self.verb_final and after and after[0].first - t1 <= self.object_window:
            obj = [after[0]]
        if not self.verb_final and not obj:
            # "condemned Russia's attack / decision", "praised India's efforts": the possessor of the
            # verb's object is whom the act is aimed at
            owners = [x for x in in_clause if x.marker == "gen" and x.first > t1 and not x.modifier
                      and x.first - t1 <= self.object_window and x.actor is not None]
            if owners and not any(t1 < p < owners[0].first for p in triggers):
                obj = owners[:1]
        if not obj and places_unmarked and self.verb_final:
            obj = [x for x in places_unmarked if x.last < t0][-1:]
        if self.determiners and nominal_match and t0 == t1 and any(
                p < t0 and sent.words[p + 1:t0] and all(w in self.determiners for w in sent.words[p + 1:t0])
                for p in triggers):
            # "denounced the attack": the noun is the verb's object, its agent not the subject
            subj = []
        if possessor == "patient" and nominal_match and t0 == t1 and not (nxt_word and nxt_word.startswith(self.light_verbs)):
            # "Hadi's killing", "হাদির হত্যাকাণ্ড": the possessor of a killing noun is its victim
            # (unless the victim follows: "killing of X"), and nobody named is its agent
            victim = [x for x in in_clause if x.marker == "gen" and 0 < t0 - x.last <= 2 and x.actor is not None]
            if victim and nxt_word not in self.of_words:
                return [], _actors(victim[-1:]), conf * 0.8
        if self.compound_agent and nominal_match and t0 == t1 and not self.verb_final:
            # "BSF firing", "Israeli strikes", "Hamas attack": a group or nationality right before a
            # bare event noun is its agent (a place there is mostly the target: "Gaza strikes")
            mod = [x for x in in_clause if x.last == t0 - 1 and x.etype in self.compound_agent and x.actor is not None]
            if mod:
                subj = mod
                obj = [x for x in obj if x is not mod[0]]
                compound = True  # its target is in its own clause ("after the Israeli raid": not Japan)
        if self.possessor_window and nominal_match and t0 == t1:
            # "Israel's heinous and cruel attacks": the possessor of an event noun is its agent
            # (the nearest one, with no other event word between)
            owner = [x for x in in_clause if x.marker == "gen" and 0 < t0 - x.last <= self.possessor_window
                     and not any(x.last < p < t0 for p in triggers)]
            if owner:
                subj, obj = owner[-1:], [x for x in obj if x is not owner[-1]]
        if self.nominal_patient and single_token(t0, t1) and (not subj or nominal):
            # "ইসরায়েলের হামলায়" = Israel's attack: the possessor of a bare event noun is its agent,
            # also when the sentence has a subject of its own ("জাপান রাশিয়ার হামলার নিন্দা জানায়":
            # Japan condemns, Russia attacked)
            owner = [x for x in in_clause if x.marker == "gen" and x.last == t0 - 1 and x.actor is not None]
            if owner:
                subj = owner
        if not subj and self.verb_final and after and not nominal:
            subj = self._coordinated(sent, after[0], after)
        if self.verbal_noun_endings and sent.words[t1].endswith(self.verbal_noun_endings) and \
                not (nxt_word and nxt_word.startswith(self.light_verbs) and not nxt_word.endswith(self.verbal_noun_endings)):
            # (a noun that merely ends so, before its finite light verb, is no verbal noun:
            # "গ্রেপ্তার করেছে" = arrested)
            # a verbal noun takes a genitive subject: "মোদির নেপাল সফর করার কথা" = Modi's visiting
            # Nepal; a name between them is then the object
            gen = [x for x in in_clause if x.marker == "gen" and x.last < t0 and not x.modifier
                   and x.etype in ("PER", "ORG", "GPE", "NORP")]
            if gen and (not subj or subj[0].last < t0 and gen[0].last < subj[0].first):
                if subj and not obj and before:
                    obj = [before[-1]]
                subj = gen[:1]
        if any(x.actor is None for x in subj):
            return [], [], conf  # "তারা", "they" with no one to stand for: do not guess
        if self._passive(sent, t0, t1):
            # "X was attacked by Y", "তাকে গ্রেপ্তার করা হয়": the agent (if named) acts on the subject.
            # With no agent, for state actions (arrests, expulsions: passive_place_agent_types) the
            # state where it happened is the actor, as CAMEO/PLOVER coders do ("was arrested in
            # Lebanon": LBN -> the arrested), at lower confidence
            agent = by
            if not agent and (etype in self.passive_place_types or state_agent):
                places = [x for x in in_clause if x.marker in self.place_markers and x.etype == "GPE"
                          and x.actor is not None and x.actor.country]
                places.sort(key=lambda x: abs(x.first - t0))  # "দিল্লিতে নিযুক্ত ... ঢাকায় তলব": Dhaka
                agent = places[:1]
                if agent:
                    conf *= 0.75
            subj, obj = agent, subj + obj
        slots: dict[str, list[Mention]] = {"subj": subj, "obj": obj}
        if "reporter" in frame.actor:
            # "X said Y must ...": the demand is X's, made of Y
            cl = sent.clause[t0]
            said = [x for x in cands if x.marker in (None, "nom") and sent.clause[x.first] != cl
                    and sent.clause[x.first] in reporting]
            if not said:  # "X declared / concluded that Y must": the subject of the clause before
                said = [x for x in cands if x.marker in (None, "nom") and sent.clause[x.first] < cl]
            slots["reporter"] = said[:1]
        for x in in_clause:
            if x.marker and x.marker != "nom":
                slots.setdefault(x.marker, []).append(x)
        actors = _uniq(a for key in frame.actor for a in (slots.get(key) or []))
        if frame.reciprocal:
            joined = [a for key in frame.join for a in (slots.get(key) or [])]
            parties = _actors(actors + joined)
            if len(parties) < frame.min_parties:
                return [], [], conf  # a party's own meeting ("স্থায়ী কমিটির বৈঠক") is no dyadic event
            return parties, [], conf
        recipients: list[Mention] = []
        for key in frame.recipient:
            found = [x for x in slots.get(key) or [] if x not in actors]
            if found:
                found.sort(key=lambda x: abs(x.first - t0))
                recipients = [found[0]]
                break
        # an event noun that is the object of the next trigger ("রাশিয়ার হামলার নিন্দা" = condemned
        # Russia's attack) takes no party from outside its phrase: those belong to that verb
        embedded = nominal_match and t0 == t1 and t1 + 1 in triggers
        if not recipients and actors and frame.fallback_recipient and not embedded:
            # the other party named elsewhere in the sentence ("উত্তর কোরিয়া আমাদের প্রতিবেশী...
            # রাশিয়াও ... সহযোগিতা গড়ে তুলতে চায়"), never from a reporting clause
            others = [x for x in cands if x not in actors and x.actor is not None
                      and (x.marker in (None, "nom", "gen", "with", "acc", "dat")
                           # a state named as where it happens, in the trigger's own clause
                           # ("বাংলাদেশে সংখ্যালঘুদের বিরুদ্ধে ... অভিযোগ", "authorities in Somaliland")
                           or (x.marker in self.place_markers and x.etype == "GPE"
                               and sent.clause[x.first] == sent.clause[t0]))
                      and sent.clause[x.first] not in reporting
                      # from another clause only a state or organisation: a person named there is
                      # mostly the one speaking or warning ("Rutte warned that ... if Russia attacked")
                      and (sent.clause[x.first] == sent.clause[t0] or (x.etype != "PER" and not compound))
                      and x.actor.id not in {a.actor.id for a in actors}
                      and (x.actor.country or "") not in {a.actor.country or "?" for a in actors}]
            if others:
                others.sort(key=lambda x: (sent.clause[x.first] != sent.clause[t0], abs(x.first - t0)))
                recipients = [others[0]]
                conf *= 0.8
        ra = _actors(actors)
        # a place in the actor's own country is where it happened, not whom it was done to, and a
        # state does not act on itself ("the Kremlin agrees" with Russia)
        own = {a.country for a in ra if a.country}
        recipients = [r for r in recipients if not ((r.marker in self.place_markers or r.etype == "GPE")
                                                    and r.actor is not None and r.actor.country in own)]
        rr = [r for r in _actors(recipients) if r.id not in {a.id for a in ra}]
        if any(x.pronoun for x in actors):
            conf *= 0.9
        return ra, rr, conf

    def _shared_subject(self, sent: _Sentence, head: Mention, before: list[Mention], t0: int,
                        triggers: tuple[int, ...]) -> Mention:
        """"The army threatened Zia ... and demanded his surrender": the name right after an
        earlier verb is its object; the coordinated verb shares that verb's subject."""
        between = sent.words[head.last + 1:t0]
        if not any(w in self.mentions.conj for w in between):
            return head
        earlier = [p for p in triggers if p < head.first]
        if not earlier or earlier[-1] < head.first - 3:
            return head
        subj = [x for x in before if x.last < earlier[-1]]
        return self._group_head(sent, subj) if subj else head

    def _group_head(self, sent: _Sentence, before: list[Mention]) -> Mention:
        """SVO: the subject is the nearest unmarked name before the verb, or the start of its
        coordination ("the United States and Jordan agreed")."""
        head = before[-1]
        for prev in reversed(before[:-1]):
            gap = sent.words[prev.last + 1:head.first]
            if (gap and all(w in self.mentions.conj for w in gap)) or self._hyphened(sent, prev, head) \
                    or prev.first == head.first:  # the two states of "both countries"
                head = prev
            else:
                break
        return head

    def _coordinated(self, sent: _Sentence, head: Mention, pool: list[Mention]) -> list[Mention]:
        """The head and the names joined to it by conjunctions (X এবং Y, X and Y), skipping
        qualifiers and titles in between."""
        group = [head]
        for nxt in pool[pool.index(head) + 1:]:
            gap = sent.words[group[-1].last + 1:nxt.first]
            # the words between may be a qualifier and its title ("এবং উত্তর কোরিয়ার নেতা")
            if (gap and gap[0] in self.mentions.conj and len(gap) <= 4) or self._hyphened(sent, group[-1], nxt) \
                    or nxt.first == group[-1].first:
                group.append(nxt)
            else:
                break
        return group

    @staticmethod
    def _hyphened(sent: _Sentence, a: Mention, b: Mention) -> bool:
        """"U.S.-Ukraine talks", "চীন-বাংলাদেশ সম্পর্ক": two names joined by a hyphen or dash."""
        if b.first not in (a.last, a.last + 1) or b.start < a.end:
            return False
        between = sent.text[a.end:b.start].strip(". ")
        return between in ("-", "–", "—", "/")

    def _passive(self, sent: _Sentence, t0: int, t1: int) -> bool:
        """Passive voice, from pack data: an auxiliary just before the verb (English "was
        attacked", not "is attacking" nor, by passive_not_after, "is to attack"), or a passive auxiliary right after the
        trigger (Bengali "গ্রেপ্তার করা হয়", "আটক হন")."""
        w = sent.words
        if self.passive_aux and any(x in self.passive_aux for x in w[max(0, t0 - 2):t0]):
            if not w[t1].endswith(self.passive_not_endings) and (t0 == 0 or w[t0 - 1] not in self.passive_not_after) \
                    and w[t0] not in self.stative:
                return True
        if self.passive_after.by_word or self.passive_after.by_prefix:
            nxt = w[t1 + 1:t1 + 4]
            if nxt and any(m.positions[0] == 0 for m in self.passive_after.find(nxt)):
                return True
        return False

    def _date(self, sent: _Sentence, t0: int, t1: int, times, dateline) -> str | None:
        inside = [t for t in times if sent.start <= t.start < sent.end and t.value]
        if inside:
            pos = sent.tokens[t0][0]
            cl = sent.clause[t0]
            def dist(t):
                same = self._clause_of(sent, t.start) == cl
                return (0 if same else 1, abs(t.start - pos))
            return min(inside, key=dist).value
        return dateline

    def _clause_of(self, sent: _Sentence, offset: int) -> int:
        starts = [t[0] for t in sent.tokens]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return sent.clause[i]

    def _place(self, sent: _Sentence, in_clause: list[Mention], cands: list[Mention],
               places: list[Mention] = ()) -> Location | None:
        place_markers = self.place_markers
        for pool in (in_clause, cands, places):
            for x in pool:
                if x.etype in ("GPE", "LOC", "FAC") and x.marker in place_markers:
                    country = x.actor.country if x.actor else None
                    if country is None:  # "লেবাননের দক্ষিণাঞ্চলে", "Lebanon's south": the owner's country
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


def _uniq(xs) -> list:
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _actors(ms: list[Mention]) -> list[Actor]:
    out, ids = [], set()
    for m in ms:
        if m.actor is not None and m.actor.id not in ids:
            ids.add(m.actor.id)
            out.append(m.actor)
    return out


_RESOLVED: dict = {}


def _resolve(surface: str, language: str, date: str | None, home: str) -> Actor | None:
    """The registry's reading of a description in the article's country (cached: the same
    titles recur across articles; None when the actors layer is absent)."""
    key = (" ".join(surface.split()), language, date, home)
    if key not in _RESOLVED:
        if len(_RESOLVED) > 50_000:
            _RESOLVED.clear()
        try:
            from ..actors import get_registry
            _RESOLVED[key] = get_registry().resolve(key[0], language, date, home)
        except Exception:
            _RESOLVED[key] = None
    a = _RESOLVED[key]
    return a.model_copy() if a is not None else None


def _speaker_of(rec: Record, offset: int) -> Actor | None:
    for q in rec.quotes:
        if q.start <= offset < q.end and q.speaker and q.speaker.actor:
            return q.speaker.actor
    return None


def _fallback_sentences(text: str) -> list[Span]:
    """Lines as sentences when the cleaner gave none (records built by hand)."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return out
