"""How each event of a record came to be, as text (`khobor extract --explain`).

Every step of the coder appends to an event's private `_explain` trace: the lexicon entry that
proposed it (candidate), the role rules that chose its actor and recipient (role), modality
decisions, the classifier's score against the threshold (classifier) and the defaults that
filled what the sentence left unsaid (default).
"""
from __future__ import annotations

from ..record import Actor, Record, trace_line


def _sides(actors: list[Actor]) -> str:
    return ", ".join(f"{a.name} ({a.country or '?'})" for a in actors) or "-"


def explain(rec: Record) -> str:
    """One block per event, e.g.

        event 1: COERCE asserted, confidence 0.82, sentence 3, trigger "arrested"
          actors: police (BGD)  recipients: Bangladesh (BGD)
          classifier  events_classifier: COERCE p=0.82 (lexicon COERCE p=0.82, none p=0.10); threshold 0.85
          default     unnamed_recipient_is_home_state: recipient = Bangladesh
        dropped: REQUEST sentence 4, trigger "চেয়েছে"  wanted_to_do: a want verb after an infinitive: ...
    """
    lines = [f"== {rec.id} ({rec.language}) {rec.title or ''}".rstrip()]
    if not rec.events:
        lines.append("  no events")
    for n, ev in enumerate(rec.events, 1):
        lines.append(f"event {n}: {ev.type} {ev.modality}, confidence {ev.confidence:.2f}, "
                     f"sentence {ev.sentence}, trigger \"{ev.trigger.text}\"")
        lines.append(f"  actors: {_sides(ev.actors)}  recipients: {_sides(ev.recipients)}")
        for step in ev._explain:
            lines.append(trace_line(step))
    for gone in rec._events_dropped:
        lines.append(f"dropped: {gone['type']} sentence {gone['sentence']}, trigger \"{gone['trigger']}\"  "
                     f"{gone['rule']}: {gone['decision']}")
    return "\n".join(lines)
