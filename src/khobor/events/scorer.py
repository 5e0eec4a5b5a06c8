"""Step 2 of the coder: the trained classifier scores every candidate and keeps the sure ones.

A candidate keeps the lexicon's type unless the classifier is sure of another (`retype_margin`
more probable); its confidence becomes the classifier's probability of the type it keeps. The
default threshold was chosen on the gold corpus's dev split for precision first and is stored
beside the weights (`lang/<code>/events_classifier.json`); `min_confidence` overrides it.

A type that only one candidate of the article carries, once typed (a "lone" type, counted after
retyping as the threshold sweep counts it), needs the default threshold plus the pack's
`lone_type_margin` (lang/<code>/events_training.yaml): news tells a real
happening more than once (title, lead, body), while a type the article has no event of, the kind
the gold corpus lists as must-not, mostly comes from one incidental word.

A candidate only the learned trigger lexicon proposed shows its probability less the pack's
`learned_trigger_discount`: held out, the same probability is right less often for a learned
trigger than for a hand-written one (bench/eval_event_calibration.py), so its confidence says so.
"""
from __future__ import annotations

from collections import Counter

from ..lang import LangPack
from ..record import Event, Record
from .classifier import Candidate, EventClassifier, calibrated, classifier_settings, cues_of
from .genre import NEWS, GenreModel
from . import schema

MODEL_FILE = "events_classifier.npz"


class CandidateScorer:
    def __init__(self, model: EventClassifier, genre: GenreModel | None = None, lone_margin: float = 0.0,
                 learned_discount: float = 0.0, negated_as: dict[str, str] | None = None,
                 news_share_discount: bool = False):
        self.model = model
        self.genre = genre
        self.threshold = model.threshold
        self.retype_margin = float(model.meta.get("retype_margin", 0.3))
        self.lone_margin = lone_margin  # what a lone type needs above the default threshold
        self.learned_discount = learned_discount  # taken off a learned trigger's probability
        self.news_share_discount = news_share_discount  # outside news, p times the article's news share
        # a refusal word ("নামঞ্জুর", bail refused) is never retyped into what it refuses: the
        # pack's negated_as (CONCEDE -> REJECT) read backwards
        self.refused_by = {(refusal, granted) for granted, refusal in (negated_as or {}).items()}

    @classmethod
    def for_pack(cls, pack: LangPack) -> "CandidateScorer | None":
        path = pack.file(MODEL_FILE)
        if not path.is_file():
            return None
        model = EventClassifier.load(path)
        model.cues = cues_of(pack.code)
        settings = classifier_settings(pack.code)
        return cls(model, GenreModel.for_pack(pack), float(settings["lone_type_margin"]),
                   float(settings["learned_trigger_discount"]), schema.load(pack).negated_as,
                   bool(settings["news_share_discount"]))

    def keep(self, rec: Record, events: list[Event], min_confidence: float | None = None) -> list[Event]:
        """The candidates whose type the classifier gives at least the threshold, re-scored (a lone
        type the threshold plus the lone-type margin, unless `min_confidence` sets the threshold)."""
        threshold = self.threshold if min_confidence is None else min_confidence
        lone_margin = self.lone_margin if min_confidence is None else 0.0
        genre, text_genre, news_share = self.genre.read_record(rec, self.news_share_discount) \
            if self.genre and events else (None, None, 1.0)
        share = genre_share(genre, news_share) if self.news_share_discount else 1.0
        typed = [self.typed(rec, ev, genre) for ev in events]
        lone = lone_types([etype for etype, *_ in typed])  # as the threshold sweep counts them
        kept = []
        for ev, (etype, p, p_lexicon, p_none) in zip(events, typed):
            needed = threshold + (lone_margin if etype in lone else 0.0)
            learned = self.learned_discount and proposed_by(ev) == "learned"
            ev._explain.append({"step": "classifier", "rule": "events_classifier",
                                "decision": f"{etype} p={p:.2f} (lexicon {ev.type} p={p_lexicon:.2f}, "
                                            f"none p={p_none:.2f}); article genre {genre}; threshold {needed:.2f}"
                                            + (" (lone type)" if needed > threshold else "")
                                            + (f"; learned trigger: p - {self.learned_discount:.2f}" if learned else "")
                                            + (f"; {genre} article, text read as {text_genre}: p x news share {share:.2f}"
                                               if share < 1 else "")})
            if learned:
                p -= self.learned_discount
            p *= share
            if calibrated(p) < round(needed, 2):
                continue  # the confidence as the record shows it (two decimals), as the dev sweep chose it
            if etype != ev.type:
                restore_announced_modality(ev, etype)
                ev.type, ev.cameo, ev.mode = etype, None, None
            ev.confidence = calibrated(p)
            kept.append(ev)
        return kept

    def typed(self, rec: Record, ev: Event, genre: str | None) -> tuple[str, float, float, float]:
        """(the type the candidate keeps, its probability, the lexicon type's, NONE's): the
        lexicon's type unless the classifier is `retype_margin` surer of another, no grammar
        rule recoded the candidate and the other is not what the lexicon's refusal refuses
        ("জামিন নামঞ্জুর করেছেন আদালত" stays REJECT, never CONCEDE)."""
        scored = self.model.score(candidate(rec, ev, genre))
        p_lexicon = scored.distribution.get(ev.type, 0.0)
        etype, p = ev.type, p_lexicon
        if scored.type != ev.type and scored.probability >= p_lexicon + self.retype_margin \
                and not recoded_by_grammar(ev) and (ev.type, scored.type) not in self.refused_by:
            etype, p = scored.type, scored.probability
        return etype, p, p_lexicon, scored.distribution.get("NONE", 0.0)


def genre_share(genre: str | None, news_share: float) -> float:
    """What a candidate's probability is multiplied by in an article of `genre` (the pack's
    `news_share_discount`): the text's news share (the genre model's mean probability of news
    over its title and lead) when the article is sport, obituary, entertainment or opinion, else 1.
    The classifier's probability is that of an event given news; outside news the events of the
    written sentences are mostly traps (a condolence's call to prayer, a fan's protest at a
    referee), and the genre feature alone left them at p 0.8-1.0. The genre is the one the URL's
    section names, else the text's (GenreModel.read_record): the text model reads half the
    articles under a /sports/ section as news (37 of 76 such Bengali news-dev articles outside
    the gold corpus), since no genre reaches half its probability, while their news share stays
    low (0.2-0.45). The share still comes from the text, so a report that is news under a special
    section keeps most of its probability (the dev arrest under /entertainment/: share 0.56).

    >>> genre_share("obituary", 0.13), genre_share("news", 0.62), genre_share(None, 0.5)
    (0.13, 1.0, 1.0)
    """
    return news_share if genre not in (None, NEWS) else 1.0


def recoded_by_grammar(ev: Event) -> bool:
    """Whether a governing rule recoded the candidate ("governing claim: ACCUSE by ..."): an act
    told inside another party's claim is that party's accusation, which the classifier, reading
    the act's words, must not retype back into the act (it may still drop it)."""
    return any(step.get("step") == "modality" and "claim" in step.get("rule", "")
               and str(step.get("decision", "")).startswith(ev.type) for step in ev._explain)


def restore_announced_modality(ev: Event, etype: str) -> None:
    """The modality the grammar read, when the classifier retypes a threat back into the force
    it was recoded from (`Event._recoded_from`): "বিক্ষোভ সমাবেশ করবে দলটি" (will rally), read as
    a future PROTEST and recoded as a THREATEN that is asserted, then retyped PROTEST by the
    classifier, is a future PROTEST, not one held."""
    if ev._recoded_from is None or ev._recoded_from[0] != etype:
        return
    ev.modality = ev._recoded_from[1]
    ev._explain.append({"step": "classifier", "rule": "announced_force_retyped_back",
                        "decision": f"{etype} {ev.modality}"})


def lone_types(types: list[str]) -> set[str]:
    """The types only one of an article's events (or candidates, as typed) has; the scorer and the
    threshold sweep (train/threshold.py) both ask these for the lone-type margin.

    >>> sorted(lone_types(["ASSAULT", "ASSAULT", "CONSULT", "COERCE"]))
    ['COERCE', 'CONSULT']
    """
    return {etype for etype, n in Counter(types).items() if n == 1}


def candidate(rec: Record, ev: Event, genre: str | None = None) -> Candidate:
    """What the classifier reads of an event candidate: its sentence, trigger and roles."""
    if rec.sentences and ev.sentence < len(rec.sentences):
        span = rec.sentences[ev.sentence]
        start, end = span.start, span.end
    else:
        start, end = 0, len(rec.text)
    return Candidate(
        sentence=rec.text[start:end], start=ev.trigger.start - start, end=ev.trigger.end - start,
        lexicon_type=ev.type, modality=ev.modality,
        actor_sectors=tuple(a.sector or "-" for a in ev.actors),
        recipient_sectors=tuple(a.sector or "-" for a in ev.recipients),
        has_actor=bool(ev.actors), has_recipient=bool(ev.recipients), genre=genre, lexicon=proposed_by(ev))


def proposed_by(ev: Event) -> str:
    """The lexicon whose pattern proposed the candidate ("yaml" or "learned"), from its trace."""
    for step in ev._explain:
        if step.get("step") == "candidate":
            return step["rule"].split(":", 1)[0]
    return "yaml"
