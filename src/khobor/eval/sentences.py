"""The rows of the sentence yardstick (eval/sentences/), rebuilt from the NER sets in ../shared.

The sentences are real newspaper text, so the repository keeps none of it: only their ids, a sha1
of each row's text (in eval/sentences/split.json) and stand-off gold. At run time each row is
rebuilt from its source, the way the annotated rows were made, and checked against its sha1:

- `s39-bk-NNNN`: line NNNN (from 0) of data/ner/banglakit/train.jsonl, a JSON `[text, tags]`;
- `s39-rf-NNNN`: sentence NNNN (from 0) of data/ner/rifat/train.txt, whose sentences are runs of
  `token<TAB>tag` lines between blank lines (the first space-separated part of the token).

Either text is detokenised (`detokenise`) and becomes a one-sentence news-dev row with only `id`,
`lang` and `text` set. Standard library only, like the rest of the gold corpus's tools.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Iterator

SOURCES = {"bk": Path("data") / "ner" / "banglakit" / "train.jsonl",
           "rf": Path("data") / "ner" / "rifat" / "train.txt"}
SENTENCE_ID = re.compile(r"^s39-(bk|rf)-(\d+)$")
ROW_FIELDS = ("id", "url", "paper_name", "lang", "headline", "sub_title", "category", "author",
              "publication_date", "scraped_at", "source_snapshot", "text")


def detokenise(tokens: str) -> str:
    """Tokens joined by spaces -> the sentence as print has it (NFC): no space before closing
    punctuation or after an opening bracket or quote, one space between words.

    >>> detokenise("ঢাকায় ( আজ ) বৃষ্টি হয় ।")
    'ঢাকায় (আজ) বৃষ্টি হয়।'
    """
    text = re.sub(r"\s+([,।?!:;)\]’”])", r"\1", tokens)
    text = re.sub(r"([(\[‘“])\s+", r"\1", text)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())


def text_sha1(text: str) -> str:
    """The checksum split.json keeps for a row: sha1 of its text in UTF-8, in hex."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def banglakit_texts(path: Path) -> Iterator[str]:
    """The text of each line of banglakit's train.jsonl, in order."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)[0]


def rifat_texts(path: Path) -> Iterator[str]:
    """Each sentence of rifat's train.txt as its tokens joined by spaces, in order."""
    tokens: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield " ".join(tokens)
                    tokens = []
                continue
            tokens.append(line.split("\t")[0].split(" ")[0])
    if tokens:
        yield " ".join(tokens)


READERS = {"bk": banglakit_texts, "rf": rifat_texts}


def sentence_row(article_id: str, text: str) -> dict:
    """A one-sentence news-dev row: every field null but id, lang and text."""
    row = dict.fromkeys(ROW_FIELDS)
    row.update(id=article_id, lang="bn", text=text)
    return row


def sentence_rows(shared: Path, checksums: dict[str, str]) -> dict[str, dict]:
    """The rows of the ids in `checksums` ({id: sha1 of its text}), rebuilt from `shared`.
    LookupError, naming the source file, when it is missing, too short for an id, or holds a
    line that no longer gives the text that was annotated."""
    wanted: dict[str, dict[int, str]] = {}
    for article_id in checksums:
        match = SENTENCE_ID.match(article_id)
        if not match:
            raise LookupError(f"not a sentence id: {article_id!r} (expected s39-bk-NNNN or s39-rf-NNNN)")
        wanted.setdefault(match.group(1), {})[int(match.group(2))] = article_id
    rows = {}
    for source, ids in sorted(wanted.items()):
        path = Path(shared) / SOURCES[source]
        if not path.is_file():
            raise LookupError(f"the sentence yardstick's source is not there: {path} "
                              "(set --shared or $KHOBOR_SHARED)")
        for index, raw in enumerate(READERS[source](path)):
            if index in ids:
                article_id, text = ids[index], detokenise(raw)
                if text_sha1(text) != checksums[article_id]:
                    raise LookupError(f"{path} changed: sentence {index} no longer gives the text "
                                      f"annotated as {article_id} (its sha1 differs)")
                rows[article_id] = sentence_row(article_id, text)
    missing = sorted(set(checksums) - set(rows))
    if missing:
        raise LookupError(f"{len(missing)} sentence(s) not found in their source, e.g. {missing[0]} "
                          f"(is {Path(shared) / SOURCES[SENTENCE_ID.match(missing[0]).group(1)]} cut short?)")
    return rows
