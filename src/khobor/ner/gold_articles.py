"""The written articles of dev with their gold entities, as NER training sentences (issue 10).

`eval/written/articles.jsonl` holds articles written for this project (our own text) and
`eval/gold/ID.json` their gold, annotated by the conventions the evaluation follows
(eval/GUIDELINES.md: titles outside names, full names, the largest name). Only the ids listed under
`written_dev` in `eval/split.json` are read, never a test id, and only those of the pack's language.

A gold entity lists each distinct surface once (`[start, end]` into `text`, or `[field, start, end]`
into `headline`/`sub_title`), not each mention; so every occurrence of a surface in the headline,
sub-title and text is a mention, longest first over all entities (the way the gold's `mentions` are
counted). An occurrence that is not on token edges ("ঢাকা" inside "ঢাকাগামী") leaves its tokens
missing. Boilerplate (`structure.boilerplate`: "আরও পড়ুন" lines, sign-offs) is not the article and
its entities are not annotated: its sentences are left out. Text is cut into sentences at "।", "?",
"!" and line ends (never inside a mention), like the other training sentences.

Settings: `gold_articles:` in the pack's ner.yaml (`enabled`, `split`, `articles`, `gold`, `types`,
`weight`); `types` maps gold types onto the model's labels as `written:` does (null: tokens left
missing). With `enabled: false` the source is checked but not read (the shipped Bengali weights are
trained without it: MODEL_CARD.md, round 43).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from ..lang.pack_keys import reject_unknown_keys
from .harmonise import Sentence
from .written import MISSING

SETTINGS = {"enabled", "split", "articles", "gold", "types", "weight"}
FIELDS = ("headline", "sub_title", "text")  # the fields a surface may point into, in reading order
SENTENCE_END = re.compile(r"(?<=[।?!])\s+|\n+")


def check_settings(cfg: dict) -> dict:
    """`gold_articles:` of ner.yaml with every key known and the paths and types given; else ValueError.

    >>> check_settings({"split": "s", "articles": "a", "gold": "g", "types": {"PER": "PER"}})["weight"]
    1
    """
    reject_unknown_keys(cfg, SETTINGS, "ner.yaml gold_articles")
    missing = [k for k in ("split", "articles", "gold", "types") if not cfg.get(k)]
    if missing:
        raise ValueError(f"ner.yaml gold_articles: missing {', '.join(missing)}")
    if not isinstance(cfg["types"], dict):
        raise ValueError("ner.yaml gold_articles: types must map gold types to labels")
    return dict(cfg, weight=int(cfg.get("weight", 1)), enabled=bool(cfg.get("enabled", True)))


def written_dev_ids(split: dict, code: str) -> list[str]:
    """The ids of every `written_dev` round in `code` (never `test`; only ids that are also `dev`).

    >>> written_dev_ids({"dev": ["w1-bn-01", "w1-en-01"], "test": [],
    ...                  "written_dev": [{"ids": ["w1-bn-01", "w1-en-01"]}]}, "bn")
    ['w1-bn-01']
    """
    dev, test = set(split.get("dev", [])), set(split.get("test", []))
    ids = [i for r in split.get("written_dev", []) for i in r.get("ids", [])]
    return [i for i in ids if i in dev and i not in test and f"-{code}-" in i]


def field_of(span: list) -> tuple[str, int, int]:
    """A gold span as (field, start, end): `[s, e]` is into `text`."""
    return ("text", span[0], span[1]) if len(span) == 2 else (span[0], span[1], span[2])


def surfaces_by_type(article: dict, gold: dict) -> list[tuple[str, str]]:
    """(surface string, gold type) of every entity surface, NFC, longest first."""
    out = set()
    for ent in gold.get("entities") or []:
        for span in ent.get("surfaces") or []:
            field, s, e = field_of(span)
            surf = unicodedata.normalize("NFC", (article.get(field) or "")[s:e]).strip()
            if surf:
                out.add((surf, ent.get("type", "")))
    return sorted(out, key=lambda st: (-len(st[0]), st))


def mentions_in(text: str, surfaces: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Every occurrence of every surface, longest first, never one stretch twice.

    >>> mentions_in("ঢাকা বিশ্ববিদ্যালয় ও ঢাকা", [("ঢাকা বিশ্ববিদ্যালয়", "ORG"), ("ঢাকা", "GPE")])
    [(0, 19, 'ORG'), (22, 26, 'GPE')]
    """
    taken = [False] * len(text)
    found = []
    for surf, typ in surfaces:
        for m in re.finditer(re.escape(surf), text):
            if not any(taken[m.start():m.end()]):
                found.append((m.start(), m.end(), typ))
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
    return sorted(found)


def sentence_bounds(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(start, end) of the sentences of `text`: cut after "।", "?", "!" and at line ends, never
    inside a mention.

    >>> sentence_bounds("এক। দুই\\nতিন", [])
    [(0, 3), (4, 7), (8, 11)]
    """
    inside = {i for s, e, _ in mentions for i in range(s + 1, e)}
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() in inside or m.end() in inside:
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def tag_sentence(text: str, mentions, tokenize, types: dict, stats: Counter) -> Sentence:
    """Token tags of one sentence from its char mentions (offsets into `text`): a mention on token
    edges is B-/I- of its mapped label (missing when the type maps to null); one cutting a token
    leaves the tokens it touches missing."""
    toks = tokenize(text)
    starts = {off: i for i, (_, off) in enumerate(toks)}
    ends = {off + len(w): i for i, (w, off) in enumerate(toks)}
    tags: list[str | None] = ["O"] * len(toks)
    for s, e, typ in mentions:
        label = types.get(typ)
        if s in starts and e in ends:
            i, j = starts[s], ends[e]
            stats["mentions on token edges"] += 1
            stats[f"mentions {typ}"] += 1
            for k in range(i, j + 1):
                tags[k] = MISSING if label is None else ("B-" if k == i else "I-") + label
        else:
            stats["mentions inside a token (left missing)"] += 1
            for k, (w, off) in enumerate(toks):
                if off < e and off + len(w) > s:
                    tags[k] = MISSING
    return Sentence([w for w, _ in toks], tags, source="gold_articles")


def boilerplate_in(article: dict, gold: dict, field: str) -> list[tuple[int, int]]:
    """Char ranges of `field` that the gold calls boilerplate."""
    out = []
    for span in (gold.get("structure") or {}).get("boilerplate") or []:
        f, s, e = field_of(span)
        if f == field:
            out.append((s, e))
    return out


def article_sentences(article: dict, gold: dict, tokenize, types: dict, stats: Counter) -> list[Sentence]:
    """The tagged sentences of one article's headline, sub-title and text, boilerplate left out."""
    surfaces = surfaces_by_type(article, gold)
    out = []
    for field in FIELDS:
        value = unicodedata.normalize("NFC", article.get(field) or "")
        if not value.strip():
            continue
        mentions = mentions_in(value, surfaces)
        stats[f"occurrences in {field}"] += len(mentions)
        skip = boilerplate_in(article, gold, field)
        for s, e in sentence_bounds(value, mentions):
            if any(s < be and e > bs for bs, be in skip):
                stats["sentences in boilerplate (left out)"] += 1
                continue
            inner = [(ms - s, me - s, t) for ms, me, t in mentions if ms >= s and me <= e]
            out.append(tag_sentence(value[s:e], inner, tokenize, types, stats))
    stats["gold mentions (count_mentions, text only)"] += sum(
        int(ent.get("mentions", 0)) for ent in gold.get("entities") or [])
    return out


def load_gold_articles(repo: Path, code: str, cfg: dict, nlp, stats: Counter) -> list[Sentence]:
    """Training sentences from the written dev articles of `code` (settings: `check_settings`)."""
    cfg = check_settings(cfg)
    split = json.loads((repo / cfg["split"]).read_text(encoding="utf-8"))
    wanted = set(written_dev_ids(split, code))
    def tokenize(text):
        return [(t.text, t.idx) for t in nlp.tokenizer(text) if not t.is_space]
    out = []
    with open(repo / cfg["articles"], encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line) if line.strip() else {}
            if article.get("id") not in wanted or article.get("lang") != code:
                continue
            gold = json.loads((repo / cfg["gold"] / f"{article['id']}.json").read_text(encoding="utf-8"))
            sents = article_sentences(article, gold, tokenize, cfg["types"], stats)
            stats["articles"] += 1
            stats["sentences"] += len(sents)
            out += sents
    return out * cfg["weight"]
