"""How each quote of a record came to be, as text (`khobor extract --explain`).

The attribution stage appends to a quote's private `_explain` trace: the pattern of the
language's quotes.yaml that attributed it (pattern) and the named speaker rules that found or
resolved its speaker (speaker). A rule is registered here by name with `speaker_rule`, so that
the trace names it the way the code does.
"""
from __future__ import annotations

from typing import Callable, TypeVar

from ..record import Quote, Record

F = TypeVar("F", bound=Callable)
RULES: dict[str, str] = {}  # rule name -> the first line of its docstring


def speaker_rule(name: str) -> Callable[[F], F]:
    """Register a speaker rule under `name` (the name `--explain` shows).

    >>> @speaker_rule("example_rule")
    ... def f():
    ...     '''An example.'''
    >>> RULES["example_rule"]
    'An example.'
    """
    def register(fn: F) -> F:
        RULES[name] = ((fn.__doc__ or "").strip().splitlines() or [""])[0]
        return fn
    return register


def note(quote: Quote, step: str, rule: str, decision: str) -> None:
    """Append one step to a quote's trace."""
    quote._explain.append({"step": step, "rule": rule, "decision": decision})


def explain(rec: Record) -> str:
    """One block per quote, e.g.

        quote 1: indirect "the repairs would take a year", cue "said", speaker Lia Rana
          pattern     reported 7: X said (that) ...
          speaker     unknown_body_after_title: Lia Rana
    """
    lines = [f"== {rec.id} ({rec.language}) quotes"]
    if not rec.quotes:
        lines.append("  no quotes")
    for n, q in enumerate(rec.quotes, 1):
        who = (q.speaker.actor.name if q.speaker.actor else f"({q.speaker.text})") if q.speaker else "-"
        text = q.text if len(q.text) <= 70 else q.text[:67] + "..."
        lines.append(f"quote {n}: {q.kind} \"{text}\", cue \"{q.cue or '-'}\", speaker {who}")
        for step in q._explain:
            lines.append(f"  {step.get('step', ''):<11} {step.get('rule', '')}: {step.get('decision', '')}")
    return "\n".join(lines)
