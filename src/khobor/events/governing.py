"""What governs a coded event: a verb that denies it, a verb that only claims it, or a quotation
it is told in (`governing_verbs` and `claims` in events.yaml).

What is denied did not happen: "Pakistan denied attacking India", "হামলার অভিযোগ অস্বীকার
করেছে" are negated. A hostile act inside a claim ("India claimed Pakistan attacked", "ভারত দাবি
করেছে যে পাকিস্তান হামলা চালিয়েছে") or inside a quotation from a speaker of a third country is
the claimant's accusation of its actors, not an assault on record. Each decision is traced on
the event with step "modality".
"""
from __future__ import annotations

from dataclasses import dataclass

from ..record import Actor, Event, Record
from .mentions import Mention
from .patterns import Inflector, Match, phrase_index, word_set
from .schema import EventsConfig
from .sentence import Sentence


# how many tokens after the first word of an SOV claim phrase its postposed subject may start
# ("অভিযোগ করেছে বিজিবি": 2; 3 leaves room for one more word of the verb)
POSTPOSED_SUBJECT_REACH = 3

# what clings to a quoted word: quotation marks and the punctuation after it
QUOTE_MARKS = "‘’“”\"',।;:"


@dataclass(frozen=True)
class Reported:
    """Speech told without quotation marks before its reporting clause ("X আমাদের অফিস ভাঙচুর
    করেছে, সংবাদ সম্মেলনে বলেন বিএনপির মহাসচিব"): where it starts and who says it (None: not named)."""
    start: int
    speaker: Actor | None


class Governors:
    def __init__(self, cfg: EventsConfig, inflector: Inflector):
        self.verb_final = cfg.word_order == "SOV"
        self.verbs = [(phrase_index(g.pattern, inflector), g.kind, g.scope) for g in cfg.governing_verbs]
        self.claim_types = set(cfg.claims.types)
        self.claim_as = cfg.claims.as_type
        self.claim_cameo = cfg.claims.cameo
        # hostile acts inside a quotation from a third country are that speaker's accusation
        self.quoted_claims = cfg.claims.quoted
        self.own_side = frozenset(cfg.claims.own_side)
        self.speaker_subject = frozenset(cfg.claims.speaker_subject)
        self.speaker_verb_endings = tuple(cfg.claims.speaker_verb_endings)
        self.own_doer_endings = tuple(cfg.claims.own_doer_endings)
        self.quotatives = word_set(cfg.quotatives)
        self.quotative_reach = cfg.claims.quotative_reach

    def find(self, sent: Sentence) -> list[tuple[int, str, str]]:
        """Denial and claim verbs of the sentence: (position, kind, scope). A claim told in the
        passive governs as `unclaimed` only after the quotative that closes what is claimed ("...
        গ্রেপ্তার করেছে বলে দাবি করা হয়েছিল", "... বলে যে খবর ... দাবি করা হয়েছে"); elsewhere it is
        an allegation of its own clause ("... গ্রেপ্তার করেছে; তাঁর বিরুদ্ধে চাঁদাবাজির অভিযোগ করা
        হয়েছে": the arrest stands)."""
        out = []
        for idx, kind, scope in self.verbs:
            for g in idx.find(sent.words, sent.stops):
                at = g.positions[0]
                if kind == "unclaimed" and not self._closes_a_claim(sent, at):
                    continue
                out.append((at, kind, scope))
        return out

    def _closes_a_claim(self, sent: Sentence, at: int) -> bool:
        """A quotative ("বলে") stands within `claims.quotative_reach` words before the verb at `at`:
        the words before it are what is claimed ("... আটক করেছে বলে যে খবর বাংলাদেশ থেকে দাবি করা হয়েছে")."""
        return any(sent.words[i] in self.quotatives for i in range(max(0, at - self.quotative_reach), at))

    def govern(self, ev: Event, m: Match, governors: list[tuple[int, str, str]], mentions: list[Mention]) -> bool:
        """The first governing verb in scope decides; a claim whose claimant cannot be told
        apart from the accused only makes the event possible, and the next verb may decide.
        False when the event is to be dropped: a claimed type under a claim with no claimant
        (`unclaimed`: "... গ্রেপ্তার করেছে বলে দাবি করা হয়েছিল", it had been claimed that ...
        arrested), which nobody vouches for as an act and nobody makes as an accusation."""
        t0 = min(m.trigger_positions)
        for g, kind, scope in governors:
            if g in m.positions or not _in_scope(scope, t0, g):
                continue
            if kind == "denial" and ev.modality == "asserted":
                ev.modality = "negated"
                ev._explain.append({"step": "modality", "rule": "governing denial", "decision": "negated"})
            elif kind == "unclaimed" and ev.type in self.claim_types:
                return False
            elif kind == "claim" and ev.type in self.claim_types and not self._claimed(ev, g, mentions, t0):
                continue
            return True
        return True

    def _claimed(self, ev: Event, g: int, mentions: list[Mention], t0: int) -> bool:
        """Recode a claimed hostile act as the claimant's accusation of its other actors; False
        (and the event only possible) when no claimant is named or every actor is the claimant's
        country (in an SOV language: every actor is the claimant itself; a party's claim of its
        own act stays that act, "বিএনপি ... হামলা চালিয়েছে বলে অভিযোগ করেছে আওয়ামী লীগ" is the
        Awami League's accusation of the BNP; a state's claim of its own forces' act is no
        self-accusation: "ভারতীয় সেনা ... হামলা চালিয়েছে বলে দাবি করেছে ভারত" stays possible)."""
        claimant = self._claimant(g, mentions, t0)
        accused = [a for a in ev.actors if claimant is None or a.country != claimant.actor.country
                   or (self.verb_final and a.id != claimant.actor.id and claimant.etype != "GPE")]
        if claimant is None or not accused:
            ev.modality = "possible"
            ev._explain.append({"step": "modality", "rule": "governing claim", "decision": "possible"})
            return False
        self._accusation(ev, claimant.actor, accused, "governing claim", claimant.text)
        return True

    def _claimant(self, g: int, mentions: list[Mention], t0: int) -> Mention | None:
        """Who makes the claim at token g about the act at token t0: the subject nearest before an
        SVO claim verb; in an SOV sentence that tells the act before the claim verb, the name right
        after the verb when the subject follows it, as news puts it ("... গুলি চালিয়েছে বলে অভিযোগ
        করেছে বিজিবি": BGB); else the first unmarked name ("ভারত দাবি করেছে যে ...": India)."""
        named = [x for x in mentions if x.marker in (None, "nom") and x.actor is not None]
        before = [x for x in named if x.last < g]
        if not self.verb_final:
            return before[-1] if before else None
        after = [x for x in named if x.first > g]
        if t0 < g and after and after[0].first - g <= POSTPOSED_SUBJECT_REACH:
            return after[0]
        return before[0] if before else None

    def quoted_claim(self, rec: Record, ev: Event, reported: Reported | None = None) -> bool:
        """'"Israel attacks the Muslims in Jerusalem," Erdogan said': a hostile act told inside a
        quotation by a speaker of a third country is the speaker's accusation of its actor; so is
        one that hurts the speaker's own side (`_own_side_victim`). False when the event is to be
        dropped: its own side the victim and no speaker named, a claim with no one to make it."""
        if not (self.quoted_claims and ev.type in self.claim_types):
            return True
        told = self._told_by(rec, ev, reported)
        if told is None:
            return True
        speaker, own_side = told
        if speaker is None or not speaker.country:
            if own_side and ev.actors:
                ev._explain.append({"step": "modality", "rule": "quoted claim, speaker's side the victim",
                                    "decision": "dropped, no speaker named"})
                return False
            return True
        parties = {a.country for a in ev.actors + ev.recipients if a.country}
        accused = [a for a in ev.actors if a.country and a.country != speaker.country]
        if accused and speaker.country not in parties:
            self._accusation(ev, speaker, accused, "quoted claim", speaker.name)
            return True
        accused = [a for a in ev.actors if a.id != speaker.id]
        if accused and own_side:
            self._accusation(ev, speaker, accused, "quoted claim, speaker's side the victim", speaker.name)
        return True

    def _told_by(self, rec: Record, ev: Event, reported: Reported | None) -> tuple[Actor | None, bool] | None:
        """Who tells the act (None: not named) and whether it hurts the teller's own side; None when
        it is no one's speech. A quotation with a named speaker first (as `speaker_of`); speech told
        without quotation marks counts only when it hurts the teller's own side."""
        around = [q for q in rec.quotes if q.start <= ev.trigger.start < q.end]
        quote = next((q for q in around if q.speaker and q.speaker.actor), around[0] if around else None)
        if quote is not None:
            return (quote.speaker.actor if quote.speaker else None), self._own_side_victim(rec.text, quote.start, ev)
        if reported is not None and self._own_side_victim(rec.text, reported.start, ev):
            return reported.speaker, True
        return None

    def _own_side_victim(self, text: str, start: int, ev: Event) -> bool:
        """'"আমাদের নেত্রী খালেদা জিয়াকে ... হত্যা করেছে," বলেন বিএনপির মহাসচিব': a word of the
        speaker's own side before the act in the quotation, and the speaker's side not its doer
        (no "আমরা" before it, no first-person verb, no plural subject right after the own-side
        word: "আমরা তাদের গ্রেপ্তার করেছি", "আমাদের সদস্যরা তাদের গ্রেপ্তার করে" stay arrests)."""
        before = [w.strip(QUOTE_MARKS) for w in text[start:ev.trigger.start].split()]
        verb = (ev.trigger.text.split() or [""])[-1].strip(QUOTE_MARKS)
        own = [i for i, w in enumerate(before) if w in self.own_side]
        doer = any(i + 1 < len(before) and before[i + 1].endswith(self.own_doer_endings) for i in own)
        return (bool(own) and not doer and not any(w in self.speaker_subject for w in before)
                and not verb.endswith(self.speaker_verb_endings))

    def _accusation(self, ev: Event, accuser, accused: list, rule: str, who: str) -> None:
        ev.type, ev.mode, ev.cameo = self.claim_as, None, self.claim_cameo
        ev.actors, ev.recipients = [accuser], accused
        ev._explain.append({"step": "modality", "rule": rule, "decision": f"{self.claim_as} by {who}"})


def _in_scope(scope: str, t0: int, g: int) -> bool:
    """Whether a governing verb at g reaches a trigger at t0 (`after`: triggers after it, as an
    SVO "denied attacking"; `before`: before it; `any`)."""
    return (scope in ("after", "any") and t0 > g) or (scope in ("before", "any") and t0 < g)


CLAIM_RULES = ("governing claim", "quoted claim")   # the rules of Governors._accusation's trace


def recoded_from_claim(ev: Event) -> bool:
    """`ev` is an act a claim governs, recoded as the claimant's accusation (Governors._accusation)."""
    return any(str(step.get("rule", "")).startswith(CLAIM_RULES) for step in ev._explain)


def claim_verb_over_claimed_act(kept: Event, new: Event) -> bool:
    """The same accusation told twice in one sentence, first as the act a claim verb governs
    (recoded as the claimant's accusation), then by the claim verb itself: the claim verb names
    it, and takes its place. "বিএসএফ সদস্যরা গুলি করে মেরেছে বলে অভিযোগ করছেন তার পরিবার" (his family
    accuse BSF men of shooting him dead): the ACCUSE of "অভিযোগ করছেন", not of "গুলি করে"."""
    if not recoded_from_claim(kept) or recoded_from_claim(new):
        return False
    new._explain.append({"step": "modality", "rule": "claim_verb_over_claimed_act",
                         "decision": f"the claim verb's accusation, not the claimed act's ({kept.trigger.text})"})
    return True
