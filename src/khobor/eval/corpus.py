"""Where gold articles come from: ../shared/corpus/news-dev by id, or the seed by `seed:NAME`.
Standard library only (the annotators' tool uses it too)."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

NEWS_DEV = Path("corpus") / "news-dev" / "articles.jsonl"
SEED_DIR = Path("corpus") / "seed"


def default_shared() -> Path:
    """$KHOBOR_SHARED, else ../shared beside the checkout (the layout of a developer's machine)."""
    env = os.environ.get("KHOBOR_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


@lru_cache(maxsize=4)
def _news_dev(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return {row["id"]: row for row in rows}


def load_article(article_id: str, shared: Path | None = None) -> dict:
    """The article row (news-dev fields: id, url, headline, text, ...). LookupError if absent."""
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
