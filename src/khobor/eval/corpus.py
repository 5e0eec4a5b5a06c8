"""Where gold articles come from: ../shared/corpus/news-dev by id, the seed by `seed:NAME`, or the
articles written for the project (eval/written/articles.jsonl in the checkout: our own text, so it
lives in the repository) by their id. Standard library only (the annotators' tool uses it too)."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[3]  # src/khobor/eval -> the checkout
NEWS_DEV = Path("corpus") / "news-dev" / "articles.jsonl"
SEED_DIR = Path("corpus") / "seed"
WRITTEN = CHECKOUT / "eval" / "written" / "articles.jsonl"


def default_shared() -> Path:
    """$KHOBOR_SHARED, else ../shared beside the checkout (the layout of a developer's machine)."""
    env = os.environ.get("KHOBOR_SHARED")
    if env:
        return Path(env)
    return CHECKOUT.parent / "shared"


@lru_cache(maxsize=4)
def _news_dev(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return {row["id"]: row for row in rows}


def load_article(article_id: str, shared: Path | None = None) -> dict:
    """The article row (news-dev fields: id, url, headline, text, ...). LookupError if absent.
    A written article (`eval/written/articles.jsonl`) needs no shared folder: "w24-1-bn-01" -> its row."""
    written = _news_dev(WRITTEN).get(article_id) if WRITTEN.is_file() else None
    if written is not None:
        return written
    shared = Path(shared or default_shared())
    if article_id.startswith("seed:"):
        path = shared / SEED_DIR / (article_id[5:] + ".txt")
        if not path.is_file():
            raise LookupError(f"seed article not found: {path}")
        return {"id": article_id, "text": path.read_text(encoding="utf-8"), "source_path": str(path)}
    path = shared / NEWS_DEV
    if not path.is_file():
        raise LookupError(f"news-dev corpus not found: {path} (set --shared or $KHOBOR_SHARED)")
    row = _news_dev(path).get(article_id)
    if row is None:
        raise LookupError(f"no article {article_id!r} in {path}")
    return row
