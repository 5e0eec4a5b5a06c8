"""`khobor stories eval`: how well reports and stories agree with a labelled set of article pairs.

    pairs = load_pairs(pairs_dir, "dev")          # eval/stories/pairs.jsonl + split.json
    groups = group_articles(records, embedder)    # id -> (report, story), via a throwaway store
    scores = score_pairs(pairs, groups)           # P/R for same-report and same-story

A pair line is {"a": id, "b": id, "relation": "same_report"|"same_story"|"different",
"cross_language": bool, "reason": "..."}; ids are news-dev ids ("bdnews-0019") or the names of
written articles (eval/stories/written/*.json). A same-report pair is also a same-story pair (one
report tells one happening), so same-story recall counts both. Precision is over the labelled
pairs: of the labelled pairs khobor puts together, how many the label puts together.
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import sqlalchemy as sa

from ..record import Record
from ..store import open_store
from ..store.schema import articles, reports, story_members
from .build import rebuild_stories
from .embed import Embedder
from .stories import StoryParams

RELATIONS = ("same_report", "same_story", "different")


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    relation: str
    cross_language: bool
    reason: str = ""


def pair_key(a: str, b: str) -> str:
    """'x', 'y' -> 'x|y' (the order the pair file gives)."""
    return f"{a}|{b}"


def load_pairs(folder: Path, split: str | None) -> list[Pair]:
    """The pairs of one split (None: all), with a clear error naming the file at fault."""
    path = folder / "pairs.jsonl"
    if not path.is_file():
        raise LookupError(f"{path}: no pair file (give --pairs DIR holding pairs.jsonl and split.json)")
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            pairs.append(Pair(d["a"], d["b"], d["relation"], bool(d.get("cross_language")), d.get("reason", "")))
        except (ValueError, KeyError, TypeError) as err:
            raise LookupError(f"{path}:{n}: not a pair ({err})") from None
        if pairs[-1].relation not in RELATIONS:
            raise LookupError(f"{path}:{n}: unknown relation {pairs[-1].relation!r} (one of {', '.join(RELATIONS)})")
    return pairs if split is None else _in_split(pairs, folder / "split.json", split)


def _in_split(pairs: list[Pair], path: Path, split: str) -> list[Pair]:
    """split.json {"dev": [...], "test": [...]}: entries are "a|b" keys or indices into the pair file."""
    try:
        chosen = json.loads(path.read_text(encoding="utf-8"))[split]
    except (OSError, ValueError, KeyError) as err:
        raise LookupError(f"{path}: no {split!r} split ({err})") from None
    index = {pair_key(p.a, p.b): p for p in pairs} | {pair_key(p.b, p.a): p for p in pairs}
    out = []
    for entry in chosen:
        if isinstance(entry, int):
            out.append(pairs[entry])
        elif entry in index:
            out.append(index[entry])
        else:
            raise LookupError(f"{path}: {split} names a pair not in pairs.jsonl: {entry!r}")
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        self.tp += gold and predicted
        self.fp += predicted and not gold
        self.fn += gold and not predicted

    def figures(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        return {"precision": p, "recall": r, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class PairScores:
    counts: dict[str, Counts] = field(default_factory=dict)  # "same_report/all", "same_story/cross", ...
    errors: list[tuple[str, Pair]] = field(default_factory=list)  # ("fp"|"fn" + relation, pair)
    unknown: list[str] = field(default_factory=list)  # ids no record stands for


def _subsets(p: Pair, languages: dict[str, str]) -> tuple[str, ...]:
    """'all', and 'cross' for a pair across languages, else the pair's language ('bn', 'en')."""
    if p.cross_language:
        return ("all", "cross")
    lang = languages.get(p.a)
    return ("all", lang) if lang and lang == languages.get(p.b) else ("all",)


def score_pairs(pairs: Iterable[Pair], groups: dict[str, tuple[int, int]],
                languages: dict[str, str] | None = None) -> PairScores:
    """groups: article id -> (report, story). Same-report and same-story P/R, overall, across
    languages and (with `languages`: id -> language) within each language; a pair naming an
    article without a record is listed in `unknown`, not scored."""
    out = PairScores()
    for p in pairs:
        missing = [i for i in (p.a, p.b) if i not in groups]
        if missing:
            out.unknown.extend(missing)
            continue
        (ra, sa_), (rb, sb) = groups[p.a], groups[p.b]
        for level, gold, predicted in (("same_report", p.relation == "same_report", ra == rb),
                                       ("same_story", p.relation != "different", sa_ == sb)):
            for subset in _subsets(p, languages or {}):
                out.counts.setdefault(f"{level}/{subset}", Counts()).add(gold, predicted)
            if gold != predicted:
                out.errors.append((("fn " if gold else "fp ") + level, p))
    return out


def group_articles(records: dict[str, dict], embedder: Embedder | None, params: StoryParams = StoryParams(),
                   progress=lambda it: it, stored_days: dict[str, str] | None = None) -> dict[str, tuple[int, int]]:
    """Pair-file id -> (report, story): the records stored in a throwaway store in the given
    order, then `khobor stories rebuild` on it (the very code a real store runs). `stored_days`
    (id -> "YYYY-MM-DD", the day the scraper fetched it) dates each article as a daily ingest
    would have stored it, instead of the day of this run."""
    with tempfile.TemporaryDirectory(prefix="khobor-stories-eval-") as tmp:
        store = open_store(str(Path(tmp) / "eval.db"))
        try:
            record_ids = {}
            for name, data in records.items():
                rec = Record.from_dict(data)
                store.put(rec)
                record_ids[name] = rec.id
            _date_as_stored(store, {record_ids[n]: d for n, d in (stored_days or {}).items() if n in record_ids})
            rebuild_stories(store, embedder, params, progress)
            return _groups_by_name(store, record_ids)
        finally:
            store.close()


def _date_as_stored(store, days: dict[str, str]) -> None:
    """Set each article's stored_at to the day it was fetched (a throwaway store only: a real
    store keeps the moment of its ingest)."""
    with store.writing() as conn:
        for article_id, day in days.items():
            when = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
            conn.execute(sa.update(articles).where(articles.c.id == article_id).values(stored_at=when))


def scraped_days(corpus: Path) -> dict[str, str]:
    """{id: "YYYY-MM-DD"} of a news-dev style file's rows that say when they were fetched
    (`scraped_at`: "2025-12-29 12:38:19"); rows without a valid one are left out."""
    out = {}
    for n, line in enumerate(corpus.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line) if line.strip() else {}
        day = str(row.get("scraped_at") or "")[:10]
        try:
            datetime.fromisoformat(day)
        except ValueError:
            continue
        out[row.get("id", f"line-{n}")] = day
    return out


def _groups_by_name(store, record_ids: dict[str, str]) -> dict[str, tuple[int, int]]:
    with store.reading() as conn:
        rows = conn.execute(
            sa.select(articles.c.id, articles.c.doc, reports.c.report_doc, story_members.c.story)
            .join(reports, reports.c.doc == articles.c.doc, isouter=True)
            .join(story_members, story_members.c.doc == articles.c.doc, isouter=True)).all()
    by_id = {r.id: (r.report_doc or r.doc, r.story if r.story is not None else -r.doc) for r in rows}
    return {name: by_id[rid] for name, rid in record_ids.items() if rid in by_id}


def format_scores(s: PairScores, split: str) -> str:
    """The figures as a small table, goals beside them."""
    goals = {"same_report": (0.95, 0.90), "same_story": (0.85, 0.80)}
    lines = [f"stories on the {split} pairs          precision  recall   (tp fp fn)   goal P/R"]
    for key in ("same_report/all", "same_report/cross", "same_report/bn", "same_report/en",
                "same_story/all", "same_story/cross", "same_story/bn", "same_story/en"):
        c = s.counts.get(key)
        if c is None:
            continue
        f = c.figures()
        fmt = lambda x: "  -  " if x is None else f"{x:.3f}"  # noqa: E731
        gp, gr = goals[key.split("/")[0]]
        label = key.replace("/all", " (all)").replace("/cross", " (across languages)").replace(
            "/bn", " (bn with bn)").replace("/en", " (en with en)")
        lines.append(f"  {label:32s} {fmt(f['precision']):>9s}  {fmt(f['recall']):>6s}   "
                     f"({f['tp']} {f['fp']} {f['fn']})   {gp:.2f}/{gr:.2f}")
    if s.unknown:
        lines.append(f"  not scored: {len(set(s.unknown))} ids without a record, e.g. {sorted(set(s.unknown))[0]}")
    return "\n".join(lines)


def _line_ids(corpus: Path) -> list[str]:
    """The id of each line of a news-dev style JSON Lines file (line n -> ids[n - 1])."""
    return [json.loads(line).get("id", f"line-{n}") for n, line in
            enumerate(corpus.read_text(encoding="utf-8").splitlines(), 1)]


def name_records(records: Iterable[dict], corpora: list[Path]) -> dict[str, dict]:
    """Records made from JSON Lines files (their source ends "#L<line>") -> {that line's id: record}."""
    ids = {c.name: _line_ids(c) for c in corpora}
    out = {}
    for rec in records:
        path, _, line = (rec.get("source") or "").rpartition("#L")
        name = Path(path).name
        if name in ids and line.isdigit() and int(line) <= len(ids[name]):
            out[ids[name][int(line) - 1]] = rec
    return out


def written_jsonl(files: list[Path], out: Path) -> Path:
    """The written articles (one JSON object a file: id, lang, headline, text, published, url)
    as one JSON Lines file, which khobor reads like the corpus; each keeps its id."""
    lines = []
    for f in files:
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise LookupError(f"{f}: not a written article ({err})") from None
        lines.append(json.dumps({"id": d.get("id") or f"written:{f.stem}", **d}, ensure_ascii=False))
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return out


def read_records(path: Path) -> list[dict]:
    """Records as `khobor extract` prints them, one JSON a line."""
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as err:
        raise LookupError(f"{path}: not a file of records ({err})") from None


def extract_records(paths: list[Path], progress=lambda it: it) -> list[dict]:
    """Run the pipeline over article files (as `khobor extract` would), records as dicts."""
    from ..ingest import read_inputs
    from ..pipeline import run_local
    return [o.record.to_dict() for o in progress(run_local(read_inputs([str(p) for p in paths])))
            if o.record is not None]
