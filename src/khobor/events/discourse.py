"""Article-level checks on the events the sentence coder found, all driven by pack data
(`article:` in events.yaml), so every language shares them:

1. Force that is only threatened. A future or hypothetical use of force or sanction ("will strike
   back if attacked", "হামলা চালালে") is, in PLOVER, a THREATEN by whoever announces it, not the
   ASSAULT itself: coded as THREATEN (asserted), never as the hostile type.
2. Unreal events. Other hypotheticals ("if the Kremlin agrees", "ফেরত দিতে অস্বীকৃতি জানালে")
   report nothing that happened or was announced: not emitted.
3. The other party from the story. A directed event whose sentence names no recipient is most
   often a response to what was just reported ("Somalia condemned the move", "অভিযোগটিকে ভিত্তিহীন
   বলে প্রত্যাখ্যান করেন"): its recipient is the most recent foreign party of an event in the
   sentences just before, at lower confidence.
4. Events with nobody in them. A directed event still without a recipient is kept at lower
   confidence (or, with `require_recipient`, only when its type is one-sided by nature: protests,
   mobilisation, arrests at home); an event none of whose
   parties has a country cannot be placed in any dyad and is dropped. Actors from two countries
   ("the United States and Jordan agreed") are a dyad without a recipient.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..record import Actor, Event
from .schema import Article


@dataclass
class Coded:
    """An event with what the article-level checks need to know about how it was coded."""
    event: Event
    reciprocal: bool       # the frame lists all parties as actors (talks, agreements)
    fallback: bool = True  # the frame lets a recipient come from elsewhere (not visits: "arrived home")


class ArticleRules:
    def __init__(self, a: Article):
        self.force_types = set(a.force_types)
        self.unreal = set(a.force_unreal_modalities)
        self.threat_type = a.threat_type
        self.threat_cameo = a.threat_cameo
        self.drop_modalities = set(a.drop_modalities)
        # modality -> the types dropped in it ("did not attack" is no ASSAULT on record)
        self.drop_typed = {k: set(v) for k, v in a.drop_modality_types.items()}
        self.one_sided = set(a.one_sided_types)
        self.lookback = a.recipient_lookback
        self.lookback_types = set(a.recipient_lookback_types)
        self.lookback_factor = a.recipient_lookback_confidence
        self.require_country = a.require_country
        self.require_recipient = a.require_recipient
        self.no_recipient_factor = a.no_recipient_confidence
        self.home_for_unplaced = a.home_country_for_unplaced
        self.home_factor = a.home_country_confidence
        self.home_types = set(a.home_country_types)

    def apply(self, coded: list[Coded], home: str | None = None) -> list[Event]:
        out: list[Event] = []
        for c in coded:
            ev = c.event
            if home and self.home_for_unplaced and (not self.home_types or ev.type in self.home_types):
                self._place_home(ev, home)
            if not self._recoded_as_threat(ev) and self._unreal(ev):
                continue
            if self.require_country and not any(a.country for a in [*ev.actors, *ev.recipients]):
                continue
            if self._half_dyad(c) and not self._complete_dyad(c, out):
                continue
            out.append(ev)
        return out

    def _recoded_as_threat(self, ev: Event) -> bool:
        """Force that is only announced or conditional is a THREATEN by its actor, asserted."""
        if ev.type not in self.force_types or ev.modality not in self.unreal:
            return False
        ev._explain.append({"step": "article", "rule": "announced_force_is_a_threat",
                            "decision": f"{ev.modality} {ev.type} -> {self.threat_type}"})
        ev._recoded_from = (ev.type, ev.modality)
        ev.type, ev.modality, ev.mode, ev.cameo = self.threat_type, "asserted", None, self.threat_cameo
        return True

    def _unreal(self, ev: Event) -> bool:
        """A hypothetical reports nothing that happened or was announced; nor does denied force."""
        return ev.modality in self.drop_modalities or ev.type in self.drop_typed.get(ev.modality, ())

    def _half_dyad(self, c: Coded) -> bool:
        """A directed event with no recipient, not one-sided by nature, whose actors are not
        already two countries ("the United States and Jordan agreed" is a dyad)."""
        ev = c.event
        return not c.reciprocal and not ev.recipients and ev.type not in self.one_sided \
            and len({a.country for a in ev.actors if a.country}) < 2

    def _complete_dyad(self, c: Coded, earlier: list[Event]) -> bool:
        """Give a half dyad its recipient from the story just told, or keep it at lower
        confidence; False when it is to be dropped (`require_recipient`)."""
        ev = c.event
        other = self._from_story(ev, earlier) if ev.type in self.lookback_types and c.fallback else None
        if other is not None:
            ev.recipients = [other]
            ev.confidence = round((ev.confidence or 0.0) * self.lookback_factor, 3)
            ev._explain.append({"step": "article", "rule": "recipient_from_story",
                                "decision": f"recipient = {other.name}"})
            return True
        if self.require_recipient:
            return False
        # kept, but the dyad is half known
        ev.confidence = round((ev.confidence or 0.0) * self.no_recipient_factor, 3)
        return True

    def _place_home(self, ev: Event, home: str) -> None:
        """A party the registry gives no country ("Inqilab Mancha", a local official) is read as
        of the country the article is about, at lower confidence."""
        changed = False
        for parties in (ev.actors, ev.recipients):
            for i, a in enumerate(parties):
                if not a.country:
                    parties[i] = a.model_copy(update={"country": home})
                    changed = True
        if changed:
            ev.confidence = round((ev.confidence or 0.0) * self.home_factor, 3)

    def _from_story(self, ev: Event, earlier: list[Event]) -> Actor | None:
        """The most recent party of an earlier event (within `lookback` sentences) from another
        country than the actors'."""
        own = {a.country for a in ev.actors if a.country}
        if not own:
            return None
        for prev in reversed(earlier):
            if prev.sentence >= ev.sentence:
                continue
            if ev.sentence - prev.sentence > self.lookback:
                break
            for party in [*prev.actors, *prev.recipients]:
                if party.country and party.country not in own:
                    return party
        return None


