"""Self-training data for `khobor train ner --self-train N`: unlabelled news sentences of the
language, labelled by a teacher (the model shipped in the pack, reconciled with the actor
registry through `ner.gazetteer`), kept only where the teacher is self-consistent.

Why: the labelled Bengali data is mostly headlines; article sentences with foreign and
once-named people are what the model misses. The registry supplies names the model does not
know, the model supplies the context words; the student learns both in article contexts.

A sentence is kept when it has at least one entity, `min_tokens`..`max_tokens` tokens, and no
registry match disagrees with the model (partial overlap, or another type on the same words):
a disagreement means one of them is wrong and the sentence is skipped, not guessed.

The corpus is read at training time from the shared directory; its sentences go only into the
work directory's DocBin, never into the repository (only the trained weights ship).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from .harmonise import Sentence


def corpus_sentences(corpus: Path, code: str) -> list[str]:
    """Sentence texts of the corpus articles in `code`, split by the cleaner (as at run time)."""
    from ..clean.structure import build_record
    from ..ingest.raw import InputError, RawArticle
    out = []
    with corpus.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            row = json.loads(line)
            if row.get("lang") != code or not row.get("text"):
                continue
            try:
                rec = build_record(RawArticle(source=f"corpus#{i}", text=row["text"], language=code))
            except InputError:
                continue
            out += [rec.text[s.start:s.end] for s in rec.sentences]
    return list(dict.fromkeys(s.strip() for s in out if s.strip()))


def _agrees(model: list[tuple], gaz: list[tuple], merged: list[tuple]) -> bool:
    """No registry match partially overlaps a model span or gives the same words another type;
    a match that replaced smaller model pieces of its own type is agreement."""
    for gs, ge, gl in gaz:
        if (gs, ge, gl) in merged:
            continue
        for ms, me, ml in model:
            if ms < ge and gs < me and not (gs <= ms and me <= ge and ml == gl):
                return False
    return True


def pseudo_label(nlp, code: str, texts: list[str], min_tokens: int = 5, max_tokens: int = 60,
                 partial: bool = True) -> tuple[list[Sentence], dict[str, int]]:
    """Teacher labels for `texts`; returns the kept sentences and counts of what was skipped.
    `partial`: only the teacher's entities are labels; every other token is *missing* (tag "",
    spaCy learns nothing about it) rather than O, so the names the teacher missed are not taught
    as non-names (a full-O student lost recall on article text)."""
    from spacy.attrs import IDX, LENGTH
    from .gazetteer import matches, merge, settings
    cfg = settings(code)
    counts = {"sentences": 0, "kept": 0, "no entity": 0, "length": 0, "disagreement": 0}
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        counts["sentences"] += 1
        words = [t.text for t in doc if t.text.strip()]
        if not min_tokens <= len(words) <= max_tokens or len(words) != len(doc):
            counts["length"] += 1
            continue
        model = [(e.start, e.end, e.label_) for e in doc.ents]
        gaz = []
        if cfg is not None:
            arr = doc.to_array([IDX, LENGTH]).tolist()
            gaz = matches(doc.text, code, [a for a, _ in arr], [a + n for a, n in arr], cfg)
        merged = merge(model, gaz, cfg["retype"] if cfg else set())
        if not merged:
            counts["no entity"] += 1
            continue
        if not _agrees(model, gaz, merged):
            counts["disagreement"] += 1
            continue
        tags = ["" if partial else "O"] * len(words)
        for a, b, label in merged:
            tags[a] = f"B-{label}"
            for k in range(a + 1, b):
                tags[k] = f"I-{label}"
        out.append(Sentence(words, tags, "selftrain"))
        counts["kept"] += 1
    return out, counts


def build(code: str, corpus: Path, limit: int, seed: int = 13) -> tuple[list[Sentence], dict]:
    """Up to `limit` teacher-labelled sentences (a seeded sample) and the counts for the card."""
    from .model import load_model
    nlp = load_model(code)
    if nlp is None:
        raise RuntimeError(f"self-training needs a shipped {code} model as teacher")
    texts = corpus_sentences(corpus, code)
    sents, counts = pseudo_label(nlp, code, texts)
    random.Random(seed).shuffle(sents)
    counts["used"] = min(limit, len(sents))
    return sents[:limit], counts
