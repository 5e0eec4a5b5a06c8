"""Words said before a second cue of the same speaker ("X said A and warned that B")."""
from __future__ import annotations

from ..record import Quote
from .explain import speaker_rule
from .grammar import MASK, Grammar

_EDGE = " \t\n,;:—–-"


@speaker_rule("joined_head")
def joined_head(text: str, us: int, masked: str, out: list[Quote], g: Grammar) -> list[Quote]:
    """A report whose speaker said something before the cue that introduces it, the two cues
    joined by a conjunction (the pack's `joined_heads`, matched on the words between the speaker
    and the report): one act of speech, one indirect quote running from the first words to the
    end of the report (as "X said that A, adding that B" is, rule tail). `masked` is the
    sentence from `us`, its quotations masked.

    Example: "Rahim Uddin said the fee was unfair but warned that prices could rise." -> one
    quote "the fee was unfair but warned that prices could rise" by Rahim Uddin."""
    last = out[-1] if out else None
    if not g.joined_heads or last is None or last.kind != "indirect" or last.speaker is None:
        return out
    a, b = last.speaker.end - us, last.start - us
    if not 0 <= a < b <= len(masked):
        return out
    for rx in g.joined_heads:
        m = rx.fullmatch(masked, a, b)
        if m is None or MASK in m.group("X"):
            continue
        xs = us + m.start("X")
        while xs < last.start and text[xs] in _EDGE:
            xs += 1
        if any(q.start < last.end and xs < q.end for q in out[:-1]):
            return out
        joined = Quote(text=text[xs:last.end], start=xs, end=last.end, kind="indirect",
                       speaker=last.speaker, cue=last.cue)
        joined._explain.extend(last._explain + [{"step": "pattern", "rule": "joined_head",
                                                 "decision": "joined the words said before the second cue"}])
        return out[:-1] + [joined]
    return out
