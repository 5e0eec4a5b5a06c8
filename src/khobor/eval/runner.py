"""Run the pipeline over the gold articles of one split and score it.

The split and the stand-off gold live in the checkout's `eval/` folder; the article texts and
the scorer in `../shared`. Each article goes through the pipeline exactly as `khobor ingest`
would read it (a news-dev row as a JSON Lines row, the seed as a text file), with nothing from
the gold passed in.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .corpus import CHECKOUT, default_shared, load_article
from .scoring import Tally, load_scorer
from .standoff import to_working

SPLITS = ("dev", "test", "all")


# The yardsticks a checkout holds (`khobor eval --set NAME`): each a folder with split.json and gold/.
YARDSTICKS = {"articles": CHECKOUT / "eval", "sentences": CHECKOUT / "eval" / "sentences"}


def default_eval_dir() -> Path:
    """The checkout's eval/ folder (src/khobor/eval -> ../../../eval)."""
    return YARDSTICKS["articles"]


@dataclass
class GoldArticle:
    id: str
    language: str
    article: dict          # the row from ../shared (text, headline, ...)
    gold: dict             # working form, as score.py reads it


@dataclass
class EvalResult:
    split: str
    table: dict
    records: dict[str, dict] = field(default_factory=dict)
    gold: dict[str, GoldArticle] = field(default_factory=dict)


def read_split(eval_dir: Path) -> dict:
    path = eval_dir / "split.json"
    if not path.is_file():
        raise LookupError(f"no gold corpus split at {path}: run from a checkout of khobor or give --eval-dir")
    return json.loads(path.read_text(encoding="utf-8"))


def split_ids(eval_dir: Path, split: str) -> list[str]:
    data = read_split(eval_dir)
    if split == "all":
        return data["dev"] + data["test"]
    return list(data[split])


def article_loader(eval_dir: Path, shared: Path) -> Callable[[str], dict]:
    """How the split's articles are found: by id in ../shared (news-dev, the seed) or the checkout
    (written articles); or, when split.json says `"rows": "ner-sentences"` (eval/sentences/), every
    row rebuilt at once from the NER sets in ../shared and checked against its sha1."""
    data = read_split(eval_dir)
    if data.get("rows") == "ner-sentences":
        from .sentences import sentence_rows
        return sentence_rows(shared, data["sha1"]).__getitem__
    return lambda article_id: load_article(article_id, shared)


def gold_path(eval_dir: Path, article_id: str) -> Path:
    return eval_dir / "gold" / (article_id.replace(":", "_") + ".json")


def load_gold(eval_dir: Path, split: str, shared: Path, language: str | None = None) -> Iterator[GoldArticle]:
    """The split's annotated articles (those with a gold file), joined with their text."""
    article_of = article_loader(eval_dir, shared)
    for article_id in split_ids(eval_dir, split):
        path = gold_path(eval_dir, article_id)
        if not path.is_file():
            continue
        standoff = json.loads(path.read_text(encoding="utf-8"))
        lang = standoff.get("language") or "bn"
        if language and lang != language:
            continue
        article = article_of(article_id)
        yield GoldArticle(article_id, lang, article, to_working(standoff, article))


def raw_article(item: GoldArticle):
    """The article as a reader hands it to the pipeline."""
    from ..ingest import read_inputs
    from ..ingest.jsonl import row_to_article
    if "source_path" in item.article:  # the seed: a plain text file
        (raw,) = list(read_inputs([item.article["source_path"]]))
        return raw
    return row_to_article(item.article, f"news-dev#{item.id}")


def extract_record(item: GoldArticle) -> dict:
    from ..pipeline import process
    return json.loads(process(raw_article(item)).to_json())


def evaluate(split: str = "dev", *, language: str | None = None, eval_dir: Path | None = None,
             shared: Path | None = None, extract: Callable[[GoldArticle], dict] = extract_record,
             progress: Callable[[Iterator], Iterator] = lambda it: it, limit: int | None = None,
             exclude: frozenset[str] = frozenset()) -> EvalResult:
    """Extract every gold article of the split (but those in `exclude`) and score it per layer and language."""
    eval_dir, shared = Path(eval_dir or default_eval_dir()), Path(shared or default_shared())
    score = load_scorer(shared)
    items = [item for item in load_gold(eval_dir, split, shared, language) if item.id not in exclude][:limit]
    if not items:
        raise LookupError(f"no gold articles for split {split!r} in {eval_dir / 'gold'}")
    tally, records = Tally(), {}
    for item in progress(items):
        records[item.id] = extract(item)
        tally.add_article(item.language, score, item.gold, records[item.id])
    table = tally.table()
    table["gold_items"] = gold_item_counts(item.gold for item in items)
    return EvalResult(split, table, records, {i.id: i for i in items})


def gold_item_counts(golds) -> dict:
    """How much the gold holds, per layer: the yardstick's size beside its figures."""
    from .standoff import counts
    total: dict[str, int] = {}
    for gold in golds:
        for key, n in counts(gold).items():
            total[key] = total.get(key, 0) + n
    return total

