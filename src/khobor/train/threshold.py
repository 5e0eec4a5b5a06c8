"""Choosing the classifier's default threshold on the gold corpus's dev split, precision first.

The dev articles are extracted once with every candidate kept (threshold 0); for each threshold
on a grid the events at or above it are scored as `khobor eval` scores them. The chosen threshold
is the one with the best F1 among those whose precision stays at or above the target even one
standard error below its estimate (dev holds about a hundred events per language, so a precision
measured at exactly the target is as likely to fall short on new articles as not); ties go to the
higher threshold. When none qualifies, the one with the highest precision.

A pack may ask for the stricter rule "halves" (`threshold_rule` in lang/<code>/events_training.yaml):
the dev articles are split into two halves (alternately, in article-id order) and a threshold
qualifies only when precision holds on each half, a standard error down, with no event of a
must-not type, both at that threshold and at the next lower one on the grid. A threshold on the
edge of a cliff, or one that one half's articles carry, is what fails on unseen articles (Bengali,
round 5: dev precision 0.864 at 0.85, its halves 0.897 and 0.815, test 0.588).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

GRID = tuple(round(0.05 * i, 2) for i in range(1, 19))


@dataclass
class Point:
    threshold: float
    precision: float
    recall: float
    f1: float
    predicted: int
    must_not: int = 0       # events of a type the gold says a careless coder produces (E10)

    def as_dict(self) -> dict:
        return {"threshold": self.threshold, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3), "predicted": self.predicted,
                "must_not": self.must_not}



def dev_records(language: str, progress: Callable[[Iterable], Iterable] = lambda it: it):
    """(gold, record) of each dev article of one language, every candidate event kept; not the
    articles the classifier learned from (`gold_articles.learned_article_ids`)."""
    import json
    from ..eval.runner import evaluate, raw_article
    from ..pipeline import Overrides, process
    from .gold_articles import learned_article_ids

    def extract_all(item) -> dict:
        return json.loads(process(raw_article(item), Overrides(min_event_confidence=0.0)).to_json())
    result = evaluate("dev", language=language, extract=extract_all, progress=progress,
                      exclude=learned_article_ids(language))
    return [(result.gold[i].gold, rec) for i, rec in sorted(result.records.items())], result


def halves(pairs: list) -> tuple[list, list]:
    """The dev articles in two halves, alternately in the order given (dev_records: by article id).

    >>> halves(["a", "b", "c"])
    (['a', 'c'], ['b'])
    """
    return pairs[0::2], pairs[1::2]


def sweep(pairs: list[tuple[dict, dict]], shared: Path | None = None, lone_margin: float = 0.0) -> list[Point]:
    """Each grid threshold scored over the pairs; a type only one of a record's events has needs
    the threshold plus `lone_margin`, as the scorer asks (events/scorer.py)."""
    from ..eval.corpus import default_shared
    from ..eval.scoring import load_scorer
    score = load_scorer(Path(shared or default_shared()))
    points = []
    for th in GRID:
        tp_p = n_p = tp_r = n_r = bad = 0
        for gold, rec in pairs:
            kept = dict(rec, events=above(rec.get("events") or [], th, lone_margin))
            a, b, c, d, m = score.score_events(gold, kept)
            tp_p, n_p, tp_r, n_r, bad = tp_p + a, n_p + b, tp_r + c, n_r + d, bad + m
        p, r, f = score.prf(tp_p, n_p, tp_r, n_r)
        points.append(Point(th, p, r, f, n_p, bad))
    return points


def above(events: list[dict], threshold: float, lone_margin: float = 0.0) -> list[dict]:
    """The events at or above the threshold, a lone type (no other event of the record has it)
    at or above the threshold plus `lone_margin`.

    >>> evs = [{"type": "ASSAULT", "confidence": 0.62}, {"type": "ASSAULT", "confidence": 0.1},
    ...        {"type": "CONSULT", "confidence": 0.62}]
    >>> [e["type"] for e in above(evs, 0.6, 0.05)]
    ['ASSAULT']
    """
    from ..events.scorer import lone_types
    lone = lone_types([e["type"] for e in events])
    return [e for e in events if e["confidence"] >= round(threshold + (lone_margin if e["type"] in lone else 0.0), 2)]


def cautious(pt: Point) -> float:
    """The precision one standard error below its estimate."""
    return pt.precision - math.sqrt(pt.precision * (1 - pt.precision) / pt.predicted) if pt.predicted else 0.0


def choose(points: list[Point], min_precision: float, by_half: tuple[list[Point], list[Point]] | None = None) -> Point:
    """The best-F1 threshold whose precision holds (see the module's docstring); with `by_half`
    (the same grid swept on each half of dev), the "halves" rule: `holds_on_both_halves`."""
    if by_half is None:
        reaching = [pt for pt in points if cautious(pt) >= min_precision]
    else:
        reaching = [pt for i, pt in enumerate(points) if holds_on_both_halves(i, by_half, min_precision)]
    if reaching:
        return max(reaching, key=lambda pt: (round(pt.f1, 3), pt.threshold))
    return max(points, key=lambda pt: (pt.precision, pt.recall))


def holds_on_both_halves(i: int, by_half: tuple[list[Point], list[Point]], min_precision: float) -> bool:
    """Grid point i and the one below it keep, on each half of dev, precision a standard error
    down at or above the target and no event of a must-not type.

    >>> ok, weak = Point(0.5, 0.9, 0.5, 0.64, 100), Point(0.4, 0.7, 0.6, 0.65, 100)
    >>> holds_on_both_halves(1, ([ok, ok], [ok, ok]), 0.75), holds_on_both_halves(1, ([ok, ok], [weak, ok]), 0.75)
    (True, False)
    """
    return all(cautious(half[j]) >= min_precision and not half[j].must_not
               for half in by_half for j in {max(i - 1, 0), i})
