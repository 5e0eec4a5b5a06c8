"""Train the related-headline model (src/khobor/clean/related.py) on the gold corpus's dev split.

Every candidate cut in a body sentence of a dev article is an example; it is positive when the
words before the cut are a `boilerplate` item of the gold (a related headline glued to the next
sentence). The features are shapes only, so the weights carry no article words. The threshold is
the lowest probability at which the dev cuts stay at least MIN_PRECISION precise.

    PYTHONPATH=src python training/clean/train_related.py --lang en [--shared /work/shared]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from khobor import lang
from khobor.clean import related
from khobor.clean.normalise import fold
from khobor.clean.rules import rules_for
from khobor.clean.structure import build_record
from khobor.eval.corpus import default_shared
from khobor.eval.runner import default_eval_dir, load_gold, raw_article

MIN_PRECISION = 0.9
L2 = 0.003


def examples(code: str, shared: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, sentence number) of every candidate cut in the dev split's body sentences."""
    related.model_for.cache_clear()
    starters = rules_for(code).sentence_starters
    X, y, group = [], [], []
    sentence_no = 0
    for item in load_gold(default_eval_dir(), "dev", shared, code):
        gold = {fold(b) for b in (item.gold.get("structure") or {}).get("boilerplate") or []}
        rec = build_record(raw_article(item), related_model=None)
        keys = related.title_key(rec.title)
        first = True
        for b in rec.blocks:
            if b.kind != "body":
                continue
            for sp in rec.sentences:
                if not (b.start <= sp.start < b.end):
                    continue
                words = rec.text[sp.start:sp.end].split(" ")
                for k in related.candidate_cuts(words):
                    X.append(related.cut_features(words, k, keys, first, starters))
                    y.append(fold(" ".join(words[:k])) in gold)
                    group.append(sentence_no)
                sentence_no += 1
                first = False
    return np.array(X), np.array(y, dtype=float), np.array(group)


def fit(X: np.ndarray, y: np.ndarray, steps: int = 20000, rate: float = 0.5) -> np.ndarray:
    """L2-regularised logistic regression by gradient descent (positives weighted up)."""
    w = np.zeros(X.shape[1])
    weight = np.where(y > 0, (len(y) - y.sum()) / max(y.sum(), 1), 1.0)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ ((p - y) * weight) / weight.sum() + L2 * np.r_[0, w[1:]]
        w -= rate * grad
    return w


def sentence_best(p: np.ndarray, group: np.ndarray) -> np.ndarray:
    """True for the highest-scoring cut of each sentence: the only one the cleaner may take."""
    best = np.zeros(len(p), dtype=bool)
    for g in np.unique(group):
        idx = np.where(group == g)[0]
        best[idx[np.argmax(p[idx])]] = True
    return best


def threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The lowest probability at which the chosen cuts stay MIN_PRECISION precise (with a margin)."""
    best = 1.0
    for t in sorted(set(p), reverse=True):
        chosen = p >= t
        if y[chosen].sum() >= 2 and y[chosen].mean() >= MIN_PRECISION:
            best = float(t)
    below = p[p < best]   # halfway to the next example down: a margin either side
    return (best + below.max()) / 2 if below.size else best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("--shared", type=Path, default=default_shared())
    args = ap.parse_args()
    X, y, group = examples(args.lang, args.shared)
    print(f"{args.lang}: {len(y)} candidate cuts, {int(y.sum())} headlines")
    w = fit(X, y)
    p = 1 / (1 + np.exp(-X @ w))
    best = sentence_best(p, group)
    p, y = p[best], y[best]
    t = threshold(p, y)
    chosen = p >= t
    print(f"threshold {t:.3f}: {int(chosen.sum())} cuts, precision {y[chosen].mean():.3f}, "
          f"recall {y[chosen].sum() / max(y.sum(), 1):.3f}")
    out = lang.load(args.lang).file("related_headline.json")
    out.write_text(json.dumps({"features": list(related.FEATURES), "weights": [round(float(v), 4) for v in w],
                               "threshold": round(t, 6), "trained_on": "gold corpus dev split, shape features only"},
                              indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
