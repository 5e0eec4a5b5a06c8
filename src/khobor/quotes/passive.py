"""A statement in the passive whose issuer no rule could name ("বিজ্ঞপ্তিতে বলা হয়, ...")."""
from __future__ import annotations

import regex

from ..record import Speaker
from .explain import speaker_rule
from .grammar import Grammar
from .speakers import PERSON_TYPES, SpeakerFinder

_EDGE = " \t\n,;:—–-"
_UNKNOWN_ISSUER_WORDS = 8  # words of a region before a passive cue that may name a document or a source


@speaker_rule("statement_of_unknown_issuer")
def statement_of_unknown_issuer(text: str, us: int, m: regex.Match, g: Grammar, finder: SpeakerFinder) -> Speaker | None:
    """A passive statement (a cue of the pack's `passive_cues`: "বলা হয়", "জানানো হয়েছে") whose
    speaker region, a few words at most, names a document of the pack's `documents` ("এক
    বিজ্ঞপ্তিতে") or ends in a source word of the pack's `passive_sources` before the cue ("শাখা
    থেকে"): the words are a statement the text reports (GUIDELINES Q1 lists "বিবৃতিতে বলা হয়")
    even where no rule named its issuer. Not a region after a comma: after a clause ("তিনি
    জানান, X-এর পক্ষ থেকে বলা হয়েছে") the words are the earlier speaker's. The speaker
    is the region as written, its actor a country's own body named bare ("সরকারের পক্ষ থেকে") or
    the one body the region names, else none.

    Example: "বিজ্ঞপ্তিতে বলা হয়, নতুন রোগী বেড়েছে।" (no issuer before) -> a quote whose speaker
    is "বিজ্ঞপ্তিতে", no actor."""
    if not g.passive_cues or " ".join(m.group("C").lower().split()) not in g.passive_cues:
        return None
    if m.group("S") is None or m.end("S") > m.start("C"):
        return None
    lead = text[us + m.start("S"):us + m.start("C")]
    region = text[us + m.start("S"):us + m.end("S")].strip(_EDGE)
    words = lead.split()
    if not region or len(words) > _UNKNOWN_ISSUER_WORDS or text[us:us + m.start("S")].rstrip().endswith((",", ";", ":")):
        return None
    named = ((g.document_rx is not None and g.document_rx.search(lead)) or region.lower() in g.document_pronouns
             or any(w in g.passive_sources for w in words[1:]))
    if not named:
        return None
    a = text.find(region, us + m.start("S"))
    bodies = {e.actor.id: e.actor for e in finder.entities if a <= e.start and e.end <= a + len(region)
              and e.type not in PERSON_TYPES and e.actor is not None}
    actor = finder.country_body(region) or (next(iter(bodies.values())).model_copy() if len(bodies) == 1 else None)
    return Speaker(text=region, start=a, end=a + len(region), actor=actor)
