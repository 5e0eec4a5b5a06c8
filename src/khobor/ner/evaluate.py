"""Entity-level precision, recall and F1 over BIO sequences: a predicted span counts only when its
start, end and type all match a gold span. GPE is counted as LOC on both sides (our Bengali model
folds GPE into LOC, and the sources disagree on where GPE ends). The overall figure is the micro
average over the scored types PER, ORG, LOC; other types (NORP, ...) are shown but not pooled."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from .harmonise import spans

SCORED_TYPES = ("PER", "ORG", "LOC")
FOLD = {"GPE": "LOC"}


def _span_set(tags: list[str], fold: dict[str, str]) -> set[tuple[int, int, str]]:
    return {(a, b, fold.get(label, label)) for a, b, label in spans(tags)}


def score(pairs: Iterable[tuple[list[str], list[str]]], fold: dict[str, str] | None = None) -> dict[str, dict]:
    """pairs: (gold tags, predicted tags) per sentence -> {type: {p, r, f, tp, n_pred, n_gold}, "overall": ...}."""
    fold = FOLD if fold is None else fold
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for gold, pred in pairs:
        g, p = _span_set(gold, fold), _span_set(pred, fold)
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    out = {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in sorted(set(n_pred) | set(n_gold))}
    out["overall"] = _prf(sum(tp[t] for t in SCORED_TYPES), sum(n_pred[t] for t in SCORED_TYPES),
                          sum(n_gold[t] for t in SCORED_TYPES))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def format_table(scores: dict[str, dict]) -> str:
    lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    for t, s in scores.items():
        if t == "overall":
            continue
        lines.append(f"{t:<8}{s['p']:8.3f}{s['r']:8.3f}{s['f']:8.3f}{s['n_gold']:8d}{s['n_pred']:8d}")
    s = scores["overall"]
    lines.append(f"{'overall':<8}{s['p']:8.3f}{s['r']:8.3f}{s['f']:8.3f}{s['n_gold']:8d}{s['n_pred']:8d}"
                 f"   (micro over {'+'.join(SCORED_TYPES)}; GPE counted as LOC)")
    return "\n".join(lines)
