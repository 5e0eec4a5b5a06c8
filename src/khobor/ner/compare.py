"""The NER must-show run: the shipped setting against two plain spaCy baselines, trained and
scored in one run on the same held-out portions of the shared NER sets.

Arms (each `max_steps`, seed 0, model-best picked on the pooled shared dev, as every arm):
- `plain-shared`: configs/plain.cfg (`spacy init config -p ner -o efficiency`, unchanged) trained on
  the shared sets' train portions only;
- `plain-same`: the same plain config trained on exactly the data the khobor model gets;
- `khobor`: the shipped config (configs/ner-bn.cfg: stemmed NORM, ORTH, wider window) on that data; scored alone and with
  the gazetteer layer (how the pipeline uses it).

    OMP_NUM_THREADS=1 python -m khobor.ner.compare bn --steps 3000 --work /tmp/ner-compare [--arm NAME]

`--score-shipped` re-scores the weights the pack ships (no training) on the same held-out portions
(work/shipped/scores.json), so an arm is weighed against what ships in one run; alone it trains nothing.
`plain-small` (configs/plain-small.cfg: tok2vec width 64, depth 3, maxout 2) is the speed arm of
issue 11; like `khobor-ner.cfg` it runs only when named.

`--ship [ARM]` then copies an arm's model-best (default `khobor`) into lang/<code>/ner (for `khobor`, what `khobor train ner
--lang bn --max-steps N` does in one go, same data, config and seed). Each arm writes work/<arm>/scores.json; `--arm` runs one (so arms can be run one after the other
on a loaded machine) and the report (`compare.json`) collects whatever arms are done.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from .train import CONFIG_DIR, DEFAULT_DATA, _register_norm_callback, config_for, evaluate_dirs, prepare

ARMS = {  # arm -> (config, data with the written sentences?)
    "plain-shared": ("plain.cfg", False),
    "plain-same": ("plain.cfg", True),
    # speed: a narrower, shallower tok2vec on plain-same's data (issue 11)
    "plain-small": ("plain-small.cfg", True),
    "khobor": ("ner-{code}.cfg", True),
    # settings comparison only (fewer steps): the previous shipped config on the same data
    "khobor-ner.cfg": ("ner.cfg", True),
}


def prepared(code: str, work: Path, written: bool) -> Path:
    """The harmonised data directory for `written` (built once per work directory)."""
    d = work / ("data-written" if written else "data-shared")
    if not (d / "train.spacy").exists():
        prepare(code, DEFAULT_DATA, d, written=written)
    return d


def train_arm(code: str, arm: str, work: Path, steps: int) -> dict:
    """Train one arm and score it on every shared dev portion; returns and writes its scores."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from spacy.cli.train import train as spacy_train
    config, written = ARMS[arm]
    data = prepared(code, work, written)
    out = work / arm
    overrides = {"paths.train": str(data / "train.spacy"), "paths.dev": str(data / "dev.spacy"),
                 "nlp.lang": code, "training.max_steps": steps, "system.seed": 0}
    if arm.startswith("khobor"):
        config = config_for(code).name if arm == "khobor" else config
        _register_norm_callback()
        overrides["initialize.before_init.path"] = str(data / "norm_table.json")
    t0 = time.time()
    spacy_train(CONFIG_DIR / config, out / "training", overrides=overrides)
    best = out / "training" / "model-best"
    scores = {"model": evaluate_dirs(best, data, gazetteer=False), "steps": steps,
              "train_seconds": round(time.time() - t0), "config": config, "written": written}
    scores["model+gazetteer"] = evaluate_dirs(best, data, gazetteer=True)  # as the pipeline uses it
    (out / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return scores


SHIPPED = "shipped"  # the pack's weights as they are, re-scored in the run (`--score-shipped`)


def score_shipped(code: str, work: Path) -> dict:
    """Score the shipped weights (no training) on the same held-out portions as the arms, so an arm
    is compared with what ships in one run; writes work/shipped/scores.json."""
    from .. import lang as langpacks
    data = prepared(code, work, True)
    pack = langpacks.load(code).file("ner")
    scores = {"model": evaluate_dirs(pack, data, gazetteer=False),
              "model+gazetteer": evaluate_dirs(pack, data, gazetteer=True),
              "arm": json.loads((pack / "metrics.json").read_text()).get("_arm", "?")}
    (work / SHIPPED).mkdir(parents=True, exist_ok=True)
    (work / SHIPPED / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return scores


def report(work: Path) -> dict:
    """F1 per set and type of every finished arm, and the gains of `khobor` over each baseline."""
    arms = {a: json.loads((work / a / "scores.json").read_text()) for a in [*ARMS, SHIPPED]
            if (work / a / "scores.json").exists()}
    table = {}
    for arm, sc in arms.items():
        for variant in ("model", "model+gazetteer"):
            if variant in sc:
                table[f"{arm} {variant}"] = {src: {k: round(v["f"], 3) for k, v in per.items()}
                                             for src, per in sc[variant].items()}
    out = {"f1": table}
    for base in ("plain-shared", "plain-same"):
        if "khobor" in arms and base in arms:
            for variant in ("model", "model+gazetteer"):
                out[f"gain {variant} vs {base}"] = {
                    src: round(arms["khobor"][variant][src]["overall"]["f"] - per["overall"]["f"], 3)
                    for src, per in arms[base]["model"].items()}
    (work / "compare.json").write_text(json.dumps(out, indent=1), encoding="utf-8")
    return out


def markdown(work: Path) -> str:
    """The F1 table of compare.json for the model card: one row per arm and set, F1 overall and per type."""
    table = json.loads((work / "compare.json").read_text())["f1"]
    lines = ["| set | arm | F1 | PER | ORG | LOC |", "|---|---|---|---|---|---|"]
    sets = next(iter(table.values())).keys() if table else []
    for src in sets:
        for arm, per_set in table.items():
            f = per_set[src]
            lines.append(f"| {src} | {arm} | {f['overall']:.3f} | {f.get('PER', 0):.3f} | "
                         f"{f.get('ORG', 0):.3f} | {f.get('LOC', 0):.3f} |")
    return "\n".join(lines)


def ship_arm(code: str, work: Path, arm: str = "khobor") -> None:
    """Ship one arm's model-best into the pack, as `khobor train ner` would have."""
    from .. import lang as langpacks
    from .train import ship
    sc = json.loads((work / arm / "scores.json").read_text())
    metrics = dict(sc.get("model+gazetteer", {}), _model_only=sc["model"], _train_seconds=sc["train_seconds"],
                   _arm=arm)
    ship(work / arm / "training" / "model-best", langpacks.load(code).file("ner"), metrics,
         work / "data-written")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("code")
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/khobor-ner-compare"))
    ap.add_argument("--arm", choices=list(ARMS), action="append")
    ap.add_argument("--ship", metavar="ARM", nargs="?", const="khobor", default=None, choices=list(ARMS),
                    help="ship this arm's trained model into the pack (no training; default arm: khobor)")
    ap.add_argument("--score-shipped", action="store_true",
                    help="also re-score the shipped weights on the same held-out sets (no training)")
    args = ap.parse_args()
    if args.ship:
        ship_arm(args.code, args.work, args.ship)
        return
    default_arms = [a for a in ARMS if a not in ("khobor-ner.cfg", "plain-small")]
    for arm in args.arm or ([] if args.score_shipped else default_arms):  # --score-shipped alone trains nothing
        train_arm(args.code, arm, args.work, args.steps)
    if args.score_shipped:
        score_shipped(args.code, args.work)
    print(json.dumps(report(args.work), indent=1))
    print(markdown(args.work))


if __name__ == "__main__":
    main()
