"""The `khobor` command line. Every command answers --help; errors name the file and the reason."""
from __future__ import annotations

import json
import sys

import click

from . import __version__
from .pipeline import Overrides, run_local


def _overrides(published, url, lang) -> Overrides:
    if published:
        from .clean.dates import normalise_published
        norm = normalise_published(published)
        if not norm:
            raise click.BadParameter(f"not a date: {published!r} (use YYYY-MM-DD)", param_hint="--published")
        published = norm
    return Overrides(published=published, url=url, language=lang)


_input_options = [
    click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
    click.option("--published", metavar="YYYY-MM-DD", help="Publication date, overriding what the input says."),
    click.option("--url", help="Article URL, overriding what the input says."),
    click.option("--lang", "lang", metavar="CODE", help="Language (bn, en, ...), overriding detection."),
    click.option("--max-size", type=int, default=20, show_default=True, metavar="MB",
                 help="Largest single article accepted, in MB (JSONL and WARC files are streamed)."),
]


def input_options(f):
    for opt in reversed(_input_options):
        f = opt(f)
    return f


def _raws(paths, max_size):
    from .ingest import read_inputs
    return read_inputs(paths, max_bytes=max_size * 1_000_000)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khobor")
def main():
    """khobor: raw news articles (Bengali, English) in; clean records of who did what to whom,
    who said what, when and where, out.

    \b
    Inputs: .txt, .html, .jsonl, .warc[.gz], RSS/Atom feeds, directories, or - for stdin.
    Start with:  khobor extract article.txt        (print records, store nothing)
                 khobor ingest corpus/ && khobor search পুতিন
    """


@main.command()
@input_options
def extract(paths, published, url, lang, max_size):
    """Print one record (JSON) per article found in PATH..., storing nothing.

    Records follow spec "khobor.record/1" (see docs/record.schema.json). Problems are reported on
    stderr, one line per input, and make the exit code 1.
    """
    failed = 0
    for outcome in run_local(_raws(paths, max_size), _overrides(published, url, lang)):
        if outcome.record is not None:
            click.echo(outcome.record.to_json())
        else:
            failed += 1
            click.echo(f"khobor: {outcome.source}: {outcome.error}", err=True)
    sys.exit(1 if failed else 0)


@main.command()
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to this file instead of stdout.")
def schema(out):
    """Print the JSON Schema of the record (khobor.record/1)."""
    from .record import Record
    text = json.dumps(Record.json_schema(), ensure_ascii=False, indent=2)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        click.echo(text)


if __name__ == "__main__":
    main()
