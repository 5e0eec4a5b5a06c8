"""`khobor eval`: the gold corpus as a yardstick, and the regression gate of CI."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Iterator

import click

from .scoring import LAYERS, format_table, regressions

TOLERANCE = 0.02


@click.command(name="eval")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True,
              help="dev: look at its errors; test: report its figures, never read article by article.")
@click.option("--layer", "layers", multiple=True, type=click.Choice(LAYERS),
              help="Only these layers (repeat the option); default all.")
@click.option("--lang", type=click.Choice(["bn", "en"]), help="Only articles in this language.")
@click.option("--errors", is_flag=True, help="List every false positive and miss with its sentence (dev only).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--gate", "gate", type=click.Path(dir_okay=False), metavar="BASELINE.json",
              help=f"Fail (exit 1) when any layer's F1 is more than {TOLERANCE} below this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write the figures as a new baseline (a deliberate commit says why).")
@click.option("--shared", type=click.Path(file_okay=False), help="The shared folder (default: $KHOBOR_SHARED or ../shared).")
@click.option("--set", "yardstick", type=click.Choice(["articles", "sentences"]), default="articles", show_default=True,
              help="Which yardstick of the checkout: articles (eval/: the gold corpus of news articles, every layer) "
                   "or sentences (eval/sentences/: real Bengali news sentences, rebuilt at run time from the NER sets "
                   "in ../shared/data/ner; events only, so only that layer is shown unless --layer says otherwise).")
@click.option("--eval-dir", type=click.Path(file_okay=False), help="Split and stand-off gold (default: the folder of --set).")
@click.option("--agreement", is_flag=True, help="Instead: the annotators' agreement on the doubly annotated articles.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def eval_command(split, layers, lang, errors, as_json, gate, write_baseline, shared, yardstick, eval_dir, agreement,
                 quiet):
    """Score the pipeline on the annotated gold corpus, per layer and language.

    \b
    Runs every gold article of the split through the pipeline (as `ingest` would read it) and
    scores it with the rules of ../shared/tools/score.py: structure, entities, linking, times,
    quotes, speakers, events (P/R/F1), and events of a type the gold says must not be there.
    The gold is stand-off (eval/gold/*.json: offsets and labels); the texts stay in ../shared.
    `--set sentences` scores eval/sentences/ instead: the events of real Bengali news sentences
    (no date, no context), each rebuilt from ../shared/data/ner and checked against the sha1 kept
    for it; it refuses to run, naming the file, when a source is missing or has changed.
    \b
    Examples:
      khobor eval --split dev --errors --layer events --lang bn
      khobor eval --split test --json
      khobor eval --split dev --gate eval/baseline.json     (what CI runs)
      khobor eval --set sentences --split dev --layer events
    \b
    Other yardsticks beside it: bench/eval_dates.py (Bengali dates), bench/eval_plover.py
    (PLOVER gold sentences), `khobor ner eval` (NER sets).
    """
    from .runner import YARDSTICKS, evaluate
    if eval_dir and yardstick != "articles":
        raise click.UsageError("--set and --eval-dir both name the yardstick's folder: give one of them")
    eval_dir = eval_dir or YARDSTICKS[yardstick]
    if agreement:
        return _print_agreement(eval_dir, shared, tuple(layers) or LAYERS, as_json)
    if errors and split != "dev":
        raise click.UsageError("--errors is for the dev split only: test articles are never read one by one")
    layers = tuple(layers) or (("events",) if yardstick == "sentences" else LAYERS)
    if not as_json:  # the heading first: a run takes minutes, and its output should not be empty until then
        click.echo(f"khobor eval --split {split}" + (f" --lang {lang}" if lang else ""))
    try:
        result = evaluate(split, language=lang, eval_dir=eval_dir, shared=shared,
                          progress=(lambda it: it) if quiet else _progress(f"eval {split}"))
    except LookupError as err:
        raise click.ClickException(str(err))
    if errors:
        _print_errors(result, layers, shared)
    if as_json:
        click.echo(json.dumps({"split": split, **result.table}, ensure_ascii=False))
    else:
        click.echo(format_table(result.table, layers))
    if write_baseline:
        Path(write_baseline).write_text(json.dumps({"split": split, **result.table}, indent=1) + "\n", encoding="utf-8")
        click.echo(f"baseline written to {write_baseline}", err=True)
    if gate:
        baseline = json.loads(Path(gate).read_text(encoding="utf-8"))
        if baseline.get("split", split) != split:
            raise click.UsageError(f"{gate} is a baseline of split {baseline['split']!r}, not {split!r}")
        failures = regressions(result.table, {k: v for k, v in baseline.items() if k != "split" and (not lang or k == lang)},
                               TOLERANCE, layers)
        for f in failures:
            click.echo(f"REGRESSION: {f}", err=True)
        click.echo(f"gate: {'FAILED' if failures else 'passed'} against {gate} (tolerance {TOLERANCE})", err=True)
        sys.exit(1 if failures else 0)


def _progress(desc: str):
    """How a run reports its articles on stderr: tqdm's bar on a terminal; anywhere else (a log, CI,
    a pipe), where tqdm would stay silent for the minutes a split takes, a plain line at the start
    and at every tenth of the articles.
    Example, in a log: "eval dev: 743 articles", then "eval dev: 75/743 articles, 21 s", ..."""
    def report(items: list) -> Iterator:
        if sys.stderr.isatty():
            from tqdm import tqdm
            return iter(tqdm(items, desc=desc, unit=" article", file=sys.stderr))
        return _plain_lines(items, desc)
    return report


def _plain_lines(items: list, desc: str) -> Iterator:
    """`items` in order, with a line on stderr at the start and after every tenth of them."""
    step, start = max(1, len(items) // 10), time.monotonic()
    click.echo(f"{desc}: {len(items)} article{'' if len(items) == 1 else 's'}", err=True)
    for done, item in enumerate(items, 1):
        yield item
        if done % step == 0 or done == len(items):
            click.echo(f"{desc}: {done}/{len(items)} articles, {time.monotonic() - start:.0f} s", err=True)


def _print_errors(result, layers, shared) -> None:
    from .corpus import default_shared
    from .errors import article_errors
    from .scoring import load_scorer
    score = load_scorer(Path(shared or default_shared()))
    for article_id, item in result.gold.items():
        lines = article_errors(score, item.gold, result.records[article_id], layers)
        if lines:
            click.echo(f"== {article_id} ({item.language}) {item.article.get('headline') or ''}")
            for line in lines:
                click.echo(f"  {line}")


def _print_agreement(eval_dir, shared, layers, as_json) -> None:
    from .agreement import agreement_table
    try:
        table, pairs = agreement_table(eval_dir, shared)
    except LookupError as err:
        raise click.ClickException(str(err))
    if not pairs:
        raise click.ClickException("no doubly annotated articles (eval/agreement/ID.a.json + ID.b.json)")
    if as_json:
        click.echo(json.dumps({"pairs": pairs, **table}, ensure_ascii=False))
        return
    click.echo(f"annotator agreement on {pairs} doubly annotated articles (second scored against first)")
    click.echo(format_table(table, layers))
