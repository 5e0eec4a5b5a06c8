"""Which clean rule removed each piece of a record's `removed`, as text (`khobor extract --explain`).

`Record.removed` holds the text only (the record's schema). While a record is built, the cleaner
writes into a `Removals`, which keeps beside each piece the name of the rule that removed it; the
record carries those names in its private `_removed_by` (never stored). A rule is registered here
by name (`CLEAN_RULES`): the functions that remove text with `removal_rule`, the pack patterns by
their clean.yaml section, so that `--explain` names each the way the code and the packs do.
"""
from __future__ import annotations

from typing import Callable, TypeVar

from ..record import Record

F = TypeVar("F", bound=Callable)

# rule name -> what it removes; the pack pattern rules are named by their clean.yaml section
CLEAN_RULES: dict[str, str] = {
    "boilerplate.lines": "a paragraph that is nothing but a widget (clean.yaml boilerplate.lines)",
    "boilerplate.related_markers": "a line announcing related-story links (clean.yaml boilerplate.related_markers)",
    "boilerplate.inline": "a widget inside a paragraph (clean.yaml boilerplate.inline; which pack, which pattern)",
    "boilerplate.header": "page furniture flattened into the text (clean.yaml boilerplate.header)",
    "boilerplate.signoff": "a desk sign-off at the very end of the story (clean.yaml boilerplate.signoff)",
    "repeated_paragraph": "a paragraph the article already has, word for word",
}


def removal_rule(name: str) -> Callable[[F], F]:
    """Register a function that removes text under `name`, with the first line of its docstring.

    >>> @removal_rule("example_cut")
    ... def example_cut(text):
    ...     '''Cuts nothing.'''
    >>> CLEAN_RULES.pop("example_cut")
    'Cuts nothing.'
    """
    def register(fn: F) -> F:
        CLEAN_RULES[name] = (fn.__doc__ or name).strip().split("\n", 1)[0]
        return fn
    return register


class Removals(list):
    """The pieces a record's cleaning removed (a list of text, as `Record.removed` holds), each
    with the rule that removed it in `rules`, in the same order.

    >>> r = Removals(); r.add("Read more:", "boilerplate.inline", "en #2"); list(r), r.rules
    (['Read more:'], ['boilerplate.inline (en #2)'])
    """

    def __init__(self) -> None:
        super().__init__()
        self.rules: list[str] = []

    def add(self, text: str, rule: str, detail: str | None = None) -> None:
        if rule not in CLEAN_RULES:
            raise KeyError(f"unregistered clean rule {rule!r}")
        self.append(text)
        self.rules.append(f"{rule} ({detail})" if detail else rule)


def note_removed(removed: list[str], text: str, rule: str, detail: str | None = None) -> None:
    """Append `text` to `removed`, with its rule when `removed` is a `Removals` (a plain list, as a
    caller outside build_record passes, keeps the text only)."""
    if isinstance(removed, Removals):
        removed.add(text, rule, detail)
    else:
        removed.append(text)


def explain(rec: Record) -> str:
    """One line per removed piece, with the rule that removed it, e.g.

        clean: 2 pieces removed
          boilerplate.inline (bn clean.yaml #6): "আরো পড়ুন:"
          trailing_headline: "Ferry strike leaves thousands stranded"
    """
    by = rec._removed_by or ["?"] * len(rec.removed)
    lines = [f"== {rec.id} ({rec.language}) {rec.title or ''}".rstrip(),
             f"clean: {len(rec.removed)} piece{'' if len(rec.removed) == 1 else 's'} removed"]
    for rule, text in zip(by, rec.removed):
        shown = text if len(text) <= 120 else text[:117] + "..."
        lines.append(f"  {rule}: \"{shown}\"")
    return "\n".join(lines)
