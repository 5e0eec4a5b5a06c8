"""`khobor train ner --lang bn|en`: harmonise the shared NER data, train a spaCy NER on one core,
score it per source and ship the best model into the language pack (`lang/<code>/ner/`).

Rerunnable: everything is rebuilt from ../shared/data into a work directory; the shipped model is
replaced only at the end, and gets `metrics.json` (dev P/R/F1 per source and type) and
`harmonise.json` (what the data repairs changed) next to it for the model card.

Stemmed NORM: when the pack's ner.yaml lists `norm_suffixes`, every training word gets a NORM
with its case ending removed ("পুতিনের" -> "পুতিন"), stored as spaCy's `lexeme_norm` lookup table
inside the model, so inflected forms of one name share the NORM embedding row. The table travels
with the model; loading it needs no khobor code.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

from .. import lang as langpacks
from . import harmonise as H
from .evaluate import format_table, score
from .gold_articles import check_settings, load_gold_articles
from .model import ner_yaml

CONFIG_DIR = Path(__file__).parent / "configs"
REPO = Path(__file__).resolve().parents[3]   # the checkout: training/ lives here
SELF_TRAIN_CORPUS = Path("corpus/news-dev/articles.jsonl")   # relative to the shared directory
DEFAULT_DATA = Path(os.environ.get("KHOBOR_SHARED", Path(__file__).resolve().parents[3].parent / "shared")) / "data"


def stem(word: str, suffixes: list[str], min_stem: int = 2) -> str:
    """`word` without its longest listed ending, if at least `min_stem` code points remain."""
    for suf in suffixes:  # sorted longest first by the caller
        if word.endswith(suf) and len(word) - len(suf) >= min_stem:
            return word[: -len(suf)]
    return word


def build_norm_table(sents, suffixes: list[str]) -> dict[str, str]:
    suffixes = sorted({H.nfc(s) for s in suffixes}, key=len, reverse=True)
    table = {}
    for s in sents:
        for w in s.words:
            st = stem(w, suffixes)
            if st != w:
                table[w] = st.lower()
    return table


def written_sentences(code: str, nlp, cfg: dict) -> tuple[list, dict]:
    """The sentences written for this project (`written:` in the pack's ner.yaml), train only."""
    from collections import Counter
    from .written import load_written
    wcfg = cfg.get("written") or {}
    files = [f for d in wcfg.get("paths", []) for f in sorted((REPO / d).glob("*.jsonl"))]
    counts: Counter = Counter()
    sents = load_written(files, nlp, wcfg.get("types", {}), counts)
    report = dict(counts, files=[str(f.relative_to(REPO)) for f in files], weight=int(wcfg.get("weight", 1)))
    return sents * int(wcfg.get("weight", 1)), report


def gold_article_sentences(code: str, nlp, cfg: dict) -> tuple[list, dict]:
    """The written dev articles with their gold entities (`gold_articles:` in ner.yaml), train only."""
    from collections import Counter
    counts: Counter = Counter()
    sents = load_gold_articles(REPO, code, cfg["gold_articles"], nlp, counts)
    return sents, dict(counts, weight=int(cfg["gold_articles"].get("weight", 1)))


def prepare(code: str, data_dir: Path, work: Path, seed: int = 13, self_train: int = 0,
            written: bool = False) -> dict:
    """Harmonise `code`'s sources into work/{train,dev,dev-<source>}.spacy; returns the stats.
    `self_train` > 0 adds up to that many teacher-labelled corpus sentences (`ner.selftrain`);
    `written` adds the sentences written for this project (train only: dev stays the shared sets')."""
    import spacy
    cfg = ner_yaml(code)
    nlp = spacy.blank(code)
    tokenize = lambda s: [t.text for t in nlp.tokenizer(s)]  # noqa: E731
    train, dev, stats = H.harmonise(code, data_dir, tokenize, cfg, seed=seed)
    work.mkdir(parents=True, exist_ok=True)
    sources = H.load_sources(code)
    # `weight: n` repeats a source n times in train (article text over headlines); the dev that
    # picks model-best is the sources marked `select: true` (all when none is marked)
    all_train = [s for name, ss in train.items() for s in ss * int(sources[name].get("weight", 1))]
    chosen = [n for n in dev if sources[n].get("select")] or list(dev)
    all_dev = [s for n in chosen for s in dev[n]]
    st_counts = None
    if self_train:
        from . import selftrain
        pseudo, st_counts = selftrain.build(code, data_dir.parent / SELF_TRAIN_CORPUS, self_train, seed)
        all_train += pseudo
    written_report = None
    if written:
        extra, written_report = written_sentences(code, nlp, cfg)
        all_train += extra
        if cfg.get("gold_articles") and check_settings(cfg["gold_articles"])["enabled"]:
            extra, written_report["gold_articles"] = gold_article_sentences(code, nlp, cfg)
            all_train += extra
    H.to_docbin(all_train, nlp.vocab).to_disk(work / "train.spacy")
    H.to_docbin(all_dev, nlp.vocab).to_disk(work / "dev.spacy")
    for name, ss in dev.items():
        H.write_conll(ss, work / f"dev-{name}.conll")
    table = build_norm_table(all_train, cfg.get("norm_suffixes", [])) if cfg.get("norm_suffixes") else {}
    (work / "norm_table.json").write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    report = {"sources": stats.report(),
              "split": {n: {"train": len(train[n]), "dev": len(dev[n])} for n in train},
              "weights": {n: int(sources[n].get("weight", 1)) for n in train},
              "model_selection_dev": chosen,
              "norm_table_entries": len(table), "seed": seed}
    if written_report:
        report["written"] = written_report
    if st_counts:
        report["self_training"] = dict(st_counts, corpus=str(SELF_TRAIN_CORPUS))
    (work / "harmonise.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return report


def _register_norm_callback():
    from spacy.util import registry

    @registry.callbacks("khobor.add_norm_table.v1")
    def make_add_norm_table(path: str):
        def add_norm_table(nlp):
            table = json.loads(Path(path).read_text(encoding="utf-8")) if path else {}
            if table:
                lookups = nlp.vocab.lookups
                if "lexeme_norm" in lookups:
                    lookups.remove_table("lexeme_norm")
                lookups.add_table("lexeme_norm", table)
                nlp.vocab.lookups = lookups  # the setter installs the table as the NORM getter
                for lex in nlp.vocab:  # lexemes made before now keep their old norm otherwise
                    if lex.orth_ in table:
                        lex.norm_ = table[lex.orth_]
            return nlp
        return add_norm_table


def config_for(code: str) -> Path:
    """configs/ner-<code>.cfg where a language has its own, else configs/ner.cfg."""
    own = CONFIG_DIR / f"ner-{code}.cfg"
    return own if own.exists() else CONFIG_DIR / "ner.cfg"


def fit(code: str, work: Path, max_steps: int, seed: int = 0) -> Path:
    """spaCy training on one thread; returns the model-best directory."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from spacy.cli.train import train as spacy_train
    _register_norm_callback()
    out = work / "training"
    overrides = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
        "nlp.lang": code,
        "training.max_steps": max_steps,
        "system.seed": seed,
        "initialize.before_init.path": str(work / "norm_table.json"),
    }
    spacy_train(config_for(code), out, overrides=overrides)
    return out / "model-best"


def evaluate_dirs(model_dir: Path, work: Path, gazetteer: bool = True) -> dict:
    """Dev P/R/F1 per source (and pooled) of the model in `model_dir` on the harmonised dev files,
    as `khobor ner eval` scores it (with the pack's gazetteer reconciliation unless told not to)."""
    import spacy
    from .conll import read_conll
    from .model import tag_sentences
    nlp = spacy.load(model_dir)
    results, pooled = {}, []
    for f in sorted(work.glob("dev-*.conll")):
        sents = list(read_conll(f))
        words = [[r[0] for r in s] for s in sents]
        gold = [[r[-1] for r in s] for s in sents]
        pred = tag_sentences(nlp, words, gazetteer=gazetteer)
        pairs = list(zip(gold, pred))
        pooled += pairs
        results[f.stem[4:]] = score(pairs)
    if len(results) > 1:
        results["pooled"] = score(pooled)
    return results


def ship(model_best: Path, dest: Path, metrics: dict, work: Path) -> None:
    """Copy model-best into the pack (replacing the old model), without training-only settings."""
    if dest.exists():
        keep = [p for p in dest.iterdir() if p.name == "MODEL_CARD.md"]
        saved = {p.name: p.read_bytes() for p in keep}
        shutil.rmtree(dest)
    else:
        saved = {}
    shutil.copytree(model_best, dest)
    # the norm table is already inside the vocab; the callback that filled it is training-only
    from thinc.api import Config
    cfg = Config().from_disk(dest / "config.cfg", interpolate=False)
    cfg["initialize"]["before_init"] = None
    cfg["paths"]["train"] = cfg["paths"]["dev"] = None  # scratch paths mean nothing elsewhere
    cfg.to_disk(dest / "config.cfg")
    for name, data in saved.items():
        (dest / name).write_bytes(data)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    ner_cfg = ner_yaml(meta["lang"])
    meta.update(name=f"khobor_ner_{meta['lang']}", version="0.1.0",
                description="khobor NER; data, licences and dev figures in MODEL_CARD.md",
                license=ner_cfg.get("model_licence", "see MODEL_CARD.md"))
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    (dest / "metrics.json").write_text(json.dumps(metrics, indent=1), encoding="utf-8")
    shutil.copy(work / "harmonise.json", dest / "harmonise.json")


def run(code: str, data_dir: Path, work: Path, max_steps: int, do_ship: bool = True, seed: int = 13,
        self_train: int = 0) -> dict:
    t0 = time.time()
    written = bool(ner_yaml(code).get("written"))  # the pack's own sentences
    report = prepare(code, data_dir, work, seed=seed, self_train=self_train, written=written)
    print(json.dumps(report, ensure_ascii=False, indent=1), flush=True)
    best = fit(code, work, max_steps)
    metrics = evaluate_dirs(best, work)
    metrics["_model_only"] = evaluate_dirs(best, work, gazetteer=False)
    metrics["_train_seconds"] = round(time.time() - t0)
    for src, sc in metrics.items():
        if not src.startswith("_"):
            print(f"\n== dev: {src}\n{format_table(sc)}", flush=True)
    if do_ship:
        ship(best, langpacks.load(code).file("ner"), metrics, work)
        print(f"shipped to {langpacks.load(code).file('ner')}")
    return metrics


if __name__ == "__main__":  # python -m khobor.ner.train bn [max_steps] [work]
    code = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    work = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(f"/tmp/khobor-ner-{code}")
    run(code, DEFAULT_DATA, work, steps)
