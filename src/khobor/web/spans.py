"""An article's text cut into segments for highlighting: each segment knows which layers' spans
cover it and which facts start there, so the template can mark it up without ever putting article
text anywhere but an escaped text node.

    segments(text, [Mark(0, 4, "ent", "e0"), Mark(2, 9, "quote", "q0")])
    -> [Segment("ab", {"ent"}, ["e0"]), Segment("cd", {"ent", "quote"}, ["q0"]), Segment("efghi", {"quote"}, [])]
"""
from __future__ import annotations

from dataclasses import dataclass, field

LAYERS = ("ent", "quote", "time", "event")
SNIPPET_START, SNIPPET_END = "«", "»"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str  # one of LAYERS
    anchor: str  # the fact's id in the page: "e3", "q0", "t1", "v2"


@dataclass
class Segment:
    text: str
    layers: set[str] = field(default_factory=set)
    anchors: list[str] = field(default_factory=list)  # facts that start here

    @property
    def css(self) -> str:
        return " ".join(f"l-{layer}" for layer in LAYERS if layer in self.layers)


def marks_of(record: dict) -> list[Mark]:
    """Every highlighted span of a stored record (as a dict): entities, quotes, times, event triggers."""
    n = len(record.get("text") or "")
    out: list[Mark] = []
    for layer, key, prefix in (("ent", "entities", "e"), ("quote", "quotes", "q"), ("time", "times", "t")):
        for i, fact in enumerate(record.get(key) or []):
            out.append(Mark(fact["start"], fact["end"], layer, f"{prefix}{i}"))
    for i, ev in enumerate(record.get("events") or []):
        out.append(Mark(ev["trigger"]["start"], ev["trigger"]["end"], "event", f"v{i}"))
    return [m for m in out if 0 <= m.start < m.end <= n]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece carries the layers covering it."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[str]] = {}
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        starts.setdefault(m.start, []).append(m.anchor)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        layers = {m.layer for m in marks if m.start <= a and b <= m.end}
        out.append(Segment(text[a:b], layers, starts.get(a, [])))
    return out


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet with «matched» words -> [(text, is_match)], for escaped rendering."""
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while SNIPPET_START in rest:
        before, _, after = rest.partition(SNIPPET_START)
        match, _, rest = after.partition(SNIPPET_END)
        parts += [(before, False), (match, True)]
    parts.append((rest, False))
    return [p for p in parts if p[0]]
