"""`khobor stories eval`: reports and stories scored on the labelled pairs of eval/stories/."""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click


CHECKOUT = Path(__file__).resolve().parents[3]


def _package_files() -> list[Path]:
    """Every file of the installed package (code, language data, models): records extracted by
    older code or data must not be read back as if the current pipeline had made them."""
    package = Path(__file__).resolve().parents[1]
    return [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def _records(records_file: str | None, corpus: Path, written: list[Path], quiet: bool) -> dict[str, dict]:
    """{pair-file id: record} of the corpus and the written articles: the corpus from --records
    when given, else extracted once and kept in khobor's cache folder (a rerun reads it back)."""
    import tempfile

    from tqdm import tqdm

    from ..diskcache import cache_dir, fingerprint
    from .evaluate import extract_records, name_records, read_records, written_jsonl
    bar = lambda it: tqdm(it, desc="extract", unit=" article", disable=quiet or None, file=sys.stderr)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="khobor-written-") as tmp:
        extra = [written_jsonl(written, Path(tmp) / "written.jsonl")] if written else []
        corpora = [corpus, *extra]
        recs = extract_records(extra, bar) if extra else []
        if records_file:
            return name_records(read_records(Path(records_file)) + recs, corpora)
        folder = cache_dir()
        cached = folder / f"stories-eval-{fingerprint([corpus, *_package_files()], extra='stories-eval')[:16]}.jsonl" if folder else None
        if cached and cached.is_file():
            return name_records(read_records(cached) + recs, corpora)
        corpus_recs = extract_records([corpus], bar)
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_recs), encoding="utf-8")
        return name_records(corpus_recs + recs, corpora)


@click.command("eval")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True,
              help="dev: tune and look at errors; test: report its figures once, never read pair by pair.")
@click.option("--pairs", "pairs_dir", type=click.Path(file_okay=False), help="Folder with pairs.jsonl, split.json "
              "and written/*.json (default: the checkout's eval/stories).")
@click.option("--records", "records_file", type=click.Path(dir_okay=False, exists=True),
              help="Records of the news-dev articles as `khobor extract` prints them (default: extracted on "
                   "the first run and cached).")
@click.option("--shared", type=click.Path(file_okay=False), help="The shared folder (default: $KHOBOR_SHARED or ../shared).")
@click.option("--no-vectors", is_flag=True, help="Keys only: no embedding of the leads.")
@click.option("--threshold", type=click.FloatRange(0, 2),
              help="Least mean similarity of two stories to merge them (of an article to a story's articles "
                   "to join it when placing one by one; to explore on dev).")
@click.option("--vector-weight", type=click.FloatRange(0, 2), help="Weight of the leads' embedding (to explore on dev).")
@click.option("--errors", is_flag=True, help="List every pair put wrongly together or apart (dev only).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
def stories_eval(split, pairs_dir, records_file, shared, no_vectors, threshold, vector_weight, errors, as_json, quiet):
    """Score reports and stories on labelled article pairs: precision and recall of same-report
    and same-story, overall and across languages (goals 0.95/0.90 and 0.85/0.80).

    \b
    The pairs name news-dev articles (../shared/corpus/news-dev) and written ones
    (eval/stories/written/*.json). Their records are stored in a throwaway store, in corpus order,
    and grouped by the very code of `khobor stories rebuild`.
    \b
    Examples:
      khobor stories eval --split dev --errors
      khobor stories eval --split test --json
    """
    from ..eval.corpus import default_shared
    from .embed import lead_embedder
    from .stories import StoryParams  # here, not at the top: every khobor command imports this module
    from .evaluate import format_scores, group_articles, load_pairs, scraped_days, score_pairs
    if errors and split != "dev":
        raise click.UsageError("--errors is for the dev split only: test pairs are never read one by one")
    folder = Path(pairs_dir) if pairs_dir else CHECKOUT / "eval" / "stories"
    corpus = Path(shared or default_shared()) / "corpus" / "news-dev" / "articles.jsonl"
    try:
        pairs = load_pairs(folder, None if split == "all" else split)
        if not corpus.is_file():
            raise LookupError(f"{corpus}: news-dev corpus not found (set --shared or $KHOBOR_SHARED)")
        records = _records(records_file, corpus, sorted((folder / "written").glob("*.json")), quiet)
    except LookupError as err:
        raise click.ClickException(str(err))
    params = StoryParams()
    if threshold is not None:  # the threshold of the grouping a rebuild runs
        params = replace(params, **{"whole_store_threshold" if params.order_free else "threshold": threshold})
    params = replace(params, vector_weight=vector_weight) if vector_weight is not None else params
    groups = group_articles(records, None if no_vectors else lead_embedder(), params, stored_days=scraped_days(corpus))
    scores = score_pairs(pairs, groups, {name: rec.get("language") for name, rec in records.items()})
    if as_json:
        click.echo(json.dumps({k: c.figures() for k, c in scores.counts.items()}, indent=1))
    else:
        click.echo(format_scores(scores, split))
    for kind, p in scores.errors if errors else ():
        click.echo(f"{kind:15s} {p.a} {p.b} {'cross ' if p.cross_language else ''}{p.relation}: {p.reason}")
