"""How each quote of a record came to be, as text (`khobor extract --explain`).

The attribution stage appends to a quote's private `_explain` trace: the pattern of the
language's quotes.yaml that attributed it (pattern), the named speaker rules that found or
resolved its speaker (speaker), and every other registered rule that decided something while
its sentence was attributed (predicate: a test that let a candidate through, or kept it out). A
rule is registered here by name with `speaker_rule`, so that the trace names it the way the code
does; the registration also records each call that decided something while `collecting`.
"""
from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import Any, Callable, Iterable, TypeVar

from ..record import Quote, Record, trace_line

F = TypeVar("F", bound=Callable)
RULES: dict[str, str] = {}  # rule name -> the first line of its docstring


class Fired:
    """The rules that decided something while it was active: (rule, decision, position or None),
    a position being where in the text the decision applies (None: wherever `pos` says)."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, str, int | None]] = []
        self.pos: int | None = None


_FIRED: ContextVar[Fired | None] = ContextVar("quote_rules_fired", default=None)


def _decided(result: Any) -> bool:
    """Whether a predicate's result says it decided something: True, or a pair opening with True
    ("office_by_own_words" -> (True, holder)). A rule returning anything else says what deciding
    is for it (`speaker_rule`'s `decided`), or is traced by its callers."""
    return result is True or (isinstance(result, tuple) and bool(result) and result[0] is True)


def _decision(result: Any) -> str:
    """A rule's result in a few words for the trace: "yes", a number, a name or text, a count."""
    if isinstance(result, tuple) and result:
        result = result[-1] if len(result) > 1 and result[-1] is not None else result[0]
    if result is True:
        return "yes"
    if isinstance(result, (list, set, frozenset, dict)):
        return f"{len(result)} found"
    words = getattr(result, "name", None) or getattr(result, "text", None) or str(result)
    return words if len(words) <= 40 else words[:37] + "..."


def speaker_rule(name: str, decided: Callable[[tuple, Any], bool] | None = None,
                 at: Callable[[tuple, Any], Iterable[int]] | None = None) -> Callable[[F], F]:
    """Register a speaker rule under `name` (the name `--explain` shows). While `collecting`,
    each call whose result `decided` (by default: a true result, `_decided`) is recorded with
    the positions `at` gives from its arguments and result (by default the collector's own).

    >>> @speaker_rule("example_rule")
    ... def f(x):
    ...     '''An example.'''
    ...     return x > 1
    >>> RULES["example_rule"]
    'An example.'
    >>> with collecting() as fired:
    ...     _ = f(2), f(0)
    >>> fired.steps
    [('example_rule', 'yes', None)]
    """
    def register(fn: F) -> F:
        RULES[name] = ((fn.__doc__ or "").strip().splitlines() or [""])[0]

        @functools.wraps(fn)
        def traced(*args, **kwargs):
            result = fn(*args, **kwargs)
            fired = _FIRED.get()
            if fired is not None and (decided(args, result) if decided is not None else _decided(result)):
                for pos in (at(args, result) if at is not None else (fired.pos,)):
                    fired.steps.append((name, _decision(result), pos))
            return result
        return traced  # type: ignore[return-value]
    return register


class collecting:  # noqa: N801 (used as a function: `with collecting() as fired:`)
    """Record the rules that decide something inside the block, into a new `Fired` (a class
    rather than a generator: it is entered once per sentence)."""

    def __enter__(self) -> Fired:
        self.fired = Fired()
        self.token = _FIRED.set(self.fired)
        return self.fired

    def __exit__(self, *exc) -> None:
        _FIRED.reset(self.token)


def current_fired() -> Fired | None:
    """The collector active here (`collecting`), or None."""
    return _FIRED.get()


def note_fired(quote: Quote, steps: Iterable[tuple[str, str, int | None]]) -> None:
    """Append to a quote's trace each rule of `steps` that its trace does not name yet, once,
    with its first decision (and how many times it decided, when more than once)."""
    named = {step["rule"] for step in quote._explain}
    counts: dict[str, list] = {}
    for rule, decision, _ in steps:
        if rule not in named:
            counts.setdefault(rule, [decision, 0])[1] += 1
    for rule, (decision, n) in counts.items():
        note(quote, "predicate", rule, decision if n == 1 else f"{decision} (and {n - 1} more)")


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
            lines.append(trace_line(step))
    return "\n".join(lines)
