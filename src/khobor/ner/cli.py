"""CLI: `khobor ner tag|eval FILE [--lang]` and `khobor train ner --lang bn|en`.

`ner tag` echoes every input line with the predicted BIO tag appended as a last tab-separated
column; the words are taken as given (Docs are built from them, nothing is re-tokenised).
`ner eval` compares the gold tags (last column) with the model's and prints entity-level
P/R/F1 per type and overall (GPE counted as LOC)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .conll import read_blocks


def _load_blocks(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as f:
        return list(read_blocks(f))


def _model_for(blocks: list[list[str]], code: str | None):
    from .model import detect_lang, load_model
    if not code:
        code = detect_lang(line.split("\t")[0] for b in blocks for line in b)
        if not code:
            raise click.ClickException("could not tell the language from the script; pass --lang")
    nlp = load_model(code)
    if nlp is None:
        raise click.ClickException(f"no NER model for language {code!r}")
    return nlp


# Shared NER sets hold a few token lines with an empty word ("\tO" in rifat's train.txt); spaCy
# refuses an empty token, so such a word is read as this placeholder and keeps its line and tag.
EMPTY_WORD = "_"


def _words(block: list[str]) -> list[str]:
    r"""The words of a block's token lines, NFC; an empty word becomes EMPTY_WORD.

    >>> _words(["ঢাকা\tB-LOC", "\tO"])
    ['ঢাকা', '_']
    """
    from ..textutil import nfc
    return [nfc(line.split("\t")[0]).strip() or EMPTY_WORD for line in block]


@click.group("ner", help="Tag or score CoNLL files with the shipped NER models.")
def ner_group() -> None:
    pass


@ner_group.command("tag")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--lang", "code", default=None, help="bn or en (default: from the script of the words)")
def tag_cmd(file: str, code: str | None) -> None:
    """Print FILE with a predicted BIO tag appended to every token line."""
    from .model import tag_sentences
    # blank lines are echoed as they come: re-read the file line by line rather than by blocks
    blocks = _load_blocks(file)
    nlp = _model_for(blocks, code)
    tags = iter(tag_sentences(nlp, [_words(b) for b in blocks]))
    out = sys.stdout
    current: list[str] | None = None
    k = 0
    with open(file, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                current = None
                out.write(line + "\n")
                continue
            if current is None:
                current, k = next(tags), 0
            out.write(f"{line}\t{current[k]}\n")
            k += 1


@ner_group.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--lang", "code", default=None, help="bn or en (default: from the script of the words)")
@click.option("--map", "maps", multiple=True, metavar="SRC=DST",
              help="rename a gold label before scoring, e.g. GPE=NORP for GMB files (repeatable)")
def eval_cmd(file: str, code: str | None, maps: tuple[str, ...]) -> None:
    """Entity-level precision, recall and F1 of the model against FILE's gold tags (last column)."""
    from .evaluate import format_table, score
    from .model import tag_sentences
    blocks = _load_blocks(file)
    nlp = _model_for(blocks, code)
    bad = [m for m in maps if m.count("=") != 1 or not all(m.split("="))]
    if bad:
        raise click.BadParameter(f"{bad[0]!r} is not SRC=DST (e.g. GPE=LOC)", param_hint="--map")
    rename = dict(m.split("=", 1) for m in maps)
    gold = [[_rename(line.split("\t")[-1].strip(), rename) for line in b] for b in blocks]
    pred = tag_sentences(nlp, [_words(b) for b in blocks])
    click.echo(format_table(score(zip(gold, pred))))


def _rename(tag: str, rename: dict[str, str]) -> str:
    if "-" in tag and tag[2:] in rename:
        return f"{tag[:2]}{rename[tag[2:]]}"
    return tag


@click.group("train", help="Train the models that ship inside the language packs.")
def train_group() -> None:
    pass


@train_group.command("ner")
@click.option("--lang", "code", required=True, help="language pack to train for (bn, en)")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="shared data directory (default: ../shared/data, or $KHOBOR_SHARED/data)")
@click.option("--work", type=click.Path(file_okay=False), default=None,
              help="scratch directory for DocBins and checkpoints (default: /tmp/khobor-ner-<lang>)")
@click.option("--max-steps", default=5000, show_default=True)
@click.option("--no-ship", is_flag=True, help="train and score, but leave the shipped model alone")
@click.option("--self-train", "self_train", default=0, show_default=True,
              help="add up to N corpus/news-dev sentences labelled by the shipped model + actor registry")
def train_ner_cmd(code: str, data_dir: str | None, work: str | None, max_steps: int, no_ship: bool,
                  self_train: int) -> None:
    """Harmonise the NER data of --lang, train on one core, score per source, ship into lang/<code>/ner."""
    import os
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from .train import DEFAULT_DATA, run
    run(code, Path(data_dir) if data_dir else DEFAULT_DATA,
        Path(work) if work else Path(f"/tmp/khobor-ner-{code}"), max_steps, do_ship=not no_ship,
        self_train=self_train)
