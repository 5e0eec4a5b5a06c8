"""CoNLL reading for `khobor ner tag|eval`: one token per line, tab-separated columns (word first,
gold tag last when there is one), a blank line between sentences. Lines are kept verbatim so the
tagger can echo them."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, TextIO


def read_blocks(f: TextIO) -> Iterator[list[str]]:
    """Sentences as lists of raw lines (without newline); runs of blank lines end a sentence."""
    block: list[str] = []
    for line in f:
        line = line.rstrip("\n").rstrip("\r")
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def read_conll(path: Path | str) -> Iterator[list[list[str]]]:
    """Sentences as lists of column lists."""
    with open(path, encoding="utf-8") as f:
        for block in read_blocks(f):
            yield [line.split("\t") for line in block]
