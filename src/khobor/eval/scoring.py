"""Scores per layer and language, with the matching rules of ../shared/tools/score.py.

The scorer itself is loaded from ../shared (it is the contract); this module only adds up its
per-article counts by language and compares a result with a committed baseline.

    >>> tally = Tally()
    >>> tally.add("en", "events", 3, 4, 2, 5)       # tp_p, n_p, tp_r, n_r
    >>> round(tally.table()["en"]["events"]["f1"], 3)
    0.615
"""
from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path
from types import ModuleType

LAYERS = ("structure", "entities", "linking", "times", "quotes", "speakers", "events")
LANGUAGES = ("bn", "en")


def load_scorer(shared: Path) -> ModuleType:
    """../shared/tools/score.py as a module. LookupError when it is not there."""
    path = Path(shared) / "tools" / "score.py"
    if not path.is_file():
        raise LookupError(f"the scorer is not there: {path}")
    spec = importlib.util.spec_from_file_location("khobor_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict:
    p = tp_p / n_p if n_p else (1.0 if not n_r else 0.0)
    r = tp_r / n_r if n_r else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
            "tp_p": tp_p, "n_p": n_p, "tp_r": tp_r, "n_r": n_r}


class Tally:
    """Counts per (language, layer), and the same over all languages ("all")."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        self.must_not: dict[str, int] = defaultdict(int)
        self.articles: dict[str, int] = defaultdict(int)

    def add(self, language: str, layer: str, tp_p: int, n_p: int, tp_r: int, n_r: int) -> None:
        for lang in (language, "all"):
            c = self.counts[(lang, layer)]
            for i, v in enumerate((tp_p, n_p, tp_r, n_r)):
                c[i] += v

    def add_article(self, language: str, score: ModuleType, gold: dict, record: dict) -> None:
        """One article's counts, from the shared scorer's own functions."""
        for lang in (language, "all"):
            self.articles[lang] += 1
        found, total = score.score_structure(gold, record)
        self.add(language, "structure", found, total, found, total)
        tp_p, n_p, found, n_g, linked = score.score_entities(gold, record)
        self.add(language, "entities", tp_p, n_p, found, n_g)
        self.add(language, "linking", linked, found, linked, n_g)
        self.add(language, "times", *score.score_times(gold, record))
        tp_p, n_p, tp_r, tp_spk, n_g = score.score_quotes(gold, record)
        self.add(language, "quotes", tp_p, n_p, tp_r, n_g)
        self.add(language, "speakers", tp_spk, tp_r, tp_spk, n_g)
        tp_p, n_p, tp_r, n_req, bad = score.score_events(gold, record)
        self.add(language, "events", tp_p, n_p, tp_r, n_req)
        for lang in (language, "all"):
            self.must_not[lang] += bad

    def table(self) -> dict:
        """{language: {layer: {p, r, f1, counts}, "articles": n, "must_not_violations": n}}."""
        out: dict = {}
        for (lang, layer), c in sorted(self.counts.items()):
            out.setdefault(lang, {})[layer] = _prf(*c)
        for lang, row in out.items():
            row["articles"] = self.articles[lang]
            row["must_not_violations"] = self.must_not[lang]
        return out


def regressions(result: dict, baseline: dict, tolerance: float = 0.02, layers=LAYERS) -> list[str]:
    """Every (language, layer) whose F1 fell more than `tolerance` below the baseline."""
    failures = []
    for lang, row in baseline.items():
        if lang not in (*LANGUAGES, "all") or not isinstance(row, dict):
            continue
        for layer in layers:
            if layer not in row:
                continue
            before = row[layer]["f1"]
            now = (result.get(lang) or {}).get(layer, {}).get("f1")
            if now is None:
                failures.append(f"{lang} {layer}: no figure now (baseline F1 {before:.3f})")
            elif now < before - tolerance:
                failures.append(f"{lang} {layer}: F1 {now:.3f} < baseline {before:.3f} - {tolerance}")
    return failures


def format_table(result: dict, layers=LAYERS) -> str:
    lines = [f"{'layer':<10} {'lang':<4} {'P':>6} {'R':>6} {'F1':>6}   counts (tp/predicted, tp/gold)"]
    for layer in layers:
        for lang in (*LANGUAGES, "all"):
            m = (result.get(lang) or {}).get(layer)
            if not m:
                continue
            counts = (f"{m['tp_r']}/{m['n_r']} gold items found" if layer == "structure" else
                      f"{m['tp_p']}/{m['n_p']}, {m['tp_r']}/{m['n_r']}")
            lines.append(f"{layer:<10} {lang:<4} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f}   {counts}")
    if result.get("gold_items"):
        lines.append("gold items: " + ", ".join(f"{k} {v}" for k, v in result["gold_items"].items()))
    for lang in (*LANGUAGES, "all"):
        if lang in result:
            lines.append(f"articles {lang}: {result[lang]['articles']}, "
                         f"events of a must-not type: {result[lang]['must_not_violations']}")
    return "\n".join(lines)
