"""`khobor train events`: train the event classifier of each language and ship it in its pack."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[3]
# the defaults of --data and --min-precision, which command_line leaves out of the recorded command
DEFAULT_DATA = ROOT / "training"
DEFAULT_MIN_PRECISION = 0.75


@click.command("events")
@click.option("--lang", "codes", type=click.Choice(["bn", "en", "all"]), default="all", show_default=True,
              help="language pack(s) to train")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_DATA,
              show_default="training/ of this checkout", help="folder with events/<lang>/*.jsonl")
@click.option("--min-precision", default=DEFAULT_MIN_PRECISION, show_default=True,
              help="the dev precision the default threshold must keep, a standard error down (on each half of dev where the pack's threshold_rule is halves); the best F1 among the thresholds that do")
@click.option("--no-threshold", is_flag=True,
              help="keep the threshold already shipped (or 0.5): do not run the dev split")
@click.option("--plover-gsr/--no-plover-gsr", "use_gsr", default=True, show_default=True,
              help="also learn from the PLOVER gold records (English; read from ../shared, never copied)")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
def train_events_cmd(codes: str, data_dir: Path, min_precision: float, no_threshold: bool, use_gsr: bool,
                     quiet: bool) -> None:
    """Train the event classifier from labelled sentences; choose its threshold on the dev split.

    \b
    Writes lang/<code>/events_classifier.npz (weights) and .json (threshold, dev figures, what
    it was trained on) inside the package. The threshold needs the gold corpus texts (../shared);
    without them, use --no-threshold.
    """
    from tqdm import tqdm
    from .. import lang
    from ..events import extraction as events
    from ..events.genre import MODEL_FILE as GENRE_FILE
    from ..events.scorer import MODEL_FILE
    from .events_training import train_language
    if not (data_dir / "events").is_dir():
        raise click.ClickException(f"{data_dir}: no events/<lang>/ folder of labelled sentences (see training/README.md)")
    for code in (["bn", "en"] if codes == "all" else [codes]):
        click.echo(learn_lexicon(code, data_dir))
        events._parts.cache_clear()
        bar = (lambda it, d=f"candidates {code}": tqdm(it, desc=d, unit=" sentence", disable=quiet or None,
                                                       file=sys.stderr))
        model, genre, report = train_language(code, data_dir, plover_rows(code) if use_gsr else [], progress=bar)
        click.echo(report.summary())
        genre.save(lang.load(code).file(GENRE_FILE))
        path = lang.load(code).file(MODEL_FILE)
        old = path.with_suffix(".json")
        model.meta.update(_shipped_choice(old))
        model.meta["trained"] = dt.date.today().isoformat()
        model.meta["built_from"]["command"] = command_line(codes, data_dir, min_precision, no_threshold, use_gsr)
        model.save(path)
        events._parts.cache_clear()
        if not no_threshold:
            _choose_threshold(code, model, path, min_precision, quiet)
        click.echo(f"{code}: wrote {path} (threshold {model.meta['threshold']})")


def command_line(codes: str, data_dir: Path, min_precision: float, no_threshold: bool, use_gsr: bool) -> str:
    """The command that built a pack's weights, as their .json records it (options only where
    they are not the default; OMP_NUM_THREADS=1 when the run had it, as the documented command does).

    >>> command_line("bn", DEFAULT_DATA, DEFAULT_MIN_PRECISION, False, True).endswith("khobor train events --lang bn")
    True
    """
    import os
    parts = ["OMP_NUM_THREADS=1"] if os.environ.get("OMP_NUM_THREADS") == "1" else []
    parts += ["khobor", "train", "events", "--lang", codes]
    if data_dir.resolve() != DEFAULT_DATA.resolve():
        parts += ["--data", str(data_dir)]
    if min_precision != DEFAULT_MIN_PRECISION:
        parts += ["--min-precision", str(min_precision)]
    parts += ["--no-threshold"] * no_threshold + ["--no-plover-gsr"] * (not use_gsr)
    return " ".join(parts)


def plover_rows(code: str) -> list[dict]:
    """The PLOVER gold records as training rows for English (none for other languages)."""
    from ..eval.corpus import default_shared
    from ..events.plover_gsr import GSR_FILE, training_rows
    if code != "en":
        return []
    rows = training_rows(default_shared())
    if not rows:
        click.echo(f"  note: {default_shared() / GSR_FILE} not found: trained without the PLOVER gold records",
                   err=True)
    return rows


def learn_lexicon(code: str, data_dir: Path) -> str:
    """Write lang/<code>/events_lexicon.tsv from the labelled sentences; say how many heads."""
    from .. import lang
    from ..events.agents import AgentLexicon
    from ..events.learned import LEXICON_FILE, HeadRules, build, write
    from .events_training import training_rows
    pack = lang.load(code)
    agents = AgentLexicon.from_pack(pack)
    entries = build(training_rows(data_dir, code), HeadRules.from_pack(pack), agents.words() if agents else set())
    write(entries, pack.file(LEXICON_FILE))
    pack.forget(LEXICON_FILE)
    return f"{code}: learned {len(entries)} trigger heads -> {pack.file(LEXICON_FILE)}"


# what the dev split chose for the shipped weights: kept as it is when --no-threshold runs no dev
SHIPPED_CHOICE = ("threshold", "retype_margin", "dev", "dev_halves", "threshold_rule", "min_precision")


def _shipped_choice(meta_path: Path) -> dict:
    """The shipped `SHIPPED_CHOICE` keys of a classifier's .json (threshold 0.5 without one), which
    `_choose_threshold` overwrites when it runs: `{"threshold": 0.6, "retype_margin": 1.0, ...}`."""
    import json
    shipped = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    return {"threshold": 0.5, **{key: shipped[key] for key in SHIPPED_CHOICE if key in shipped}}


# whether the classifier may change a candidate's type (when that type is this much more probable
# than the lexicon's) or only judge it: chosen on dev with the threshold (1.0 = never retype)
RETYPE_MARGINS = (0.3, 1.0)


def _choose_threshold(code: str, model, path: Path, min_precision: float, quiet: bool) -> None:
    from ..events.classifier import classifier_settings
    from .threshold import choose
    rule = classifier_settings(code)["threshold_rule"]
    best = None
    for margin in RETYPE_MARGINS:
        model.meta["retype_margin"] = margin
        points, by_half = _dev_sweep(code, model, path, quiet)
        pick = choose(points, min_precision, by_half if rule == "halves" else None)
        for i, pt in enumerate(points):
            mark = "  <- best at this margin" if pt is pick else ""
            click.echo(f"  {code} margin {margin} threshold {pt.threshold:.2f}: P {pt.precision:.3f} "
                       f"R {pt.recall:.3f} F1 {pt.f1:.3f} ({pt.predicted} events, {pt.must_not} must-not); "
                       f"dev halves P {by_half[0][i].precision:.3f} / {by_half[1][i].precision:.3f}{mark}")
        if best is None or _better(pick, best[1], min_precision):
            best = (margin, pick, [half[points.index(pick)] for half in by_half])
    margin, pick, pick_halves = best
    click.echo(f"  {code}: chosen retype margin {margin}, threshold {pick.threshold:.2f} (rule {rule})")
    model.meta.update({"retype_margin": margin, "threshold": pick.threshold, "dev": pick.as_dict(),
                       "dev_halves": [h.as_dict() for h in pick_halves], "threshold_rule": rule,
                       "min_precision": min_precision})
    model.save(path)
    _forget_parts()


def _better(a, b, min_precision: float) -> bool:
    """a beats b: reaching the precision target first (cautiously, as `choose` does), then F1, then
    (F1 tied once rounded) precision, since a false event costs an analyst more than a missed one.

    >>> from khobor.train.threshold import Point
    >>> _better(Point(0.55, 0.90, 0.45, 0.600, 100), Point(0.55, 0.86, 0.46, 0.6004, 100), 0.75)
    True
    """
    from .threshold import cautious

    def rank(pt) -> tuple:
        return cautious(pt) >= min_precision, round(pt.f1, 3), round(pt.precision, 3)
    return rank(a) > rank(b)


def _dev_sweep(code: str, model, path: Path, quiet: bool):
    from tqdm import tqdm
    from .threshold import dev_records, halves, sweep
    model.save(path)
    _forget_parts()
    try:
        pairs, _ = dev_records(code, progress=lambda it: tqdm(it, desc=f"dev {code}", unit=" article",
                                                               disable=quiet or None, file=sys.stderr))
    except LookupError as err:
        raise click.ClickException(f"cannot choose a threshold: {err} (use --no-threshold)")
    from ..events.classifier import classifier_settings
    margin = float(classifier_settings(code)["lone_type_margin"])
    return sweep(pairs, lone_margin=margin), tuple(sweep(half, lone_margin=margin) for half in halves(pairs))


def _forget_parts() -> None:
    from ..events import extraction as events
    events._parts.cache_clear()
