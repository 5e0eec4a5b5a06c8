"""Choosing the classifier's default threshold on the gold corpus's dev split, precision first.

The dev articles are extracted once with every candidate kept (threshold 0); for each threshold
on a grid the events at or above it are scored as `khobor eval` scores them. The chosen threshold
is the one with the best F1 among those whose precision stays at or above the target even one
standard error below its estimate (dev holds about a hundred events per language, so a precision
measured at exactly the target is as likely to fall short on new articles as not); ties go to the
higher threshold. When none qualifies, the one with the highest precision.
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

    def as_dict(self) -> dict:
        return {"threshold": self.threshold, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3), "predicted": self.predicted}


def dev_records(language: str, progress: Callable[[Iterable], Iterable] = lambda it: it):
    """(gold, record) of each dev article of one language, every candidate event kept."""
    import json
    from ..eval.runner import evaluate, raw_article
    from ..pipeline import Overrides, process

    def extract_all(item) -> dict:
        return json.loads(process(raw_article(item), Overrides(min_event_confidence=0.0)).to_json())
    result = evaluate("dev", language=language, extract=extract_all, progress=progress)
    return [(result.gold[i].gold, rec) for i, rec in result.records.items()], result


def sweep(pairs: list[tuple[dict, dict]], shared: Path | None = None) -> list[Point]:
    from ..eval.corpus import default_shared
    from ..eval.scoring import load_scorer
    score = load_scorer(Path(shared or default_shared()))
    points = []
    for th in GRID:
        tp_p = n_p = tp_r = n_r = 0
        for gold, rec in pairs:
            kept = dict(rec, events=[e for e in rec.get("events") or [] if e["confidence"] >= th])
            a, b, c, d, _ = score.score_events(gold, kept)
            tp_p, n_p, tp_r, n_r = tp_p + a, n_p + b, tp_r + c, n_r + d
        p, r, f = score.prf(tp_p, n_p, tp_r, n_r)
        points.append(Point(th, p, r, f, n_p))
    return points


def cautious(pt: Point) -> float:
    """The precision one standard error below its estimate."""
    return pt.precision - math.sqrt(pt.precision * (1 - pt.precision) / pt.predicted) if pt.predicted else 0.0


def choose(points: list[Point], min_precision: float) -> Point:
    reaching = [pt for pt in points if cautious(pt) >= min_precision]
    if reaching:
        return max(reaching, key=lambda pt: (round(pt.f1, 3), pt.threshold))
    return max(points, key=lambda pt: (pt.precision, pt.recall))
