"""Extraction layer: entities. Runs the language pack's NER model (`lang/<code>/ner/`, trained by
`khobor train ner`) over the record's sentences and fills `rec.entities` with spans whose offsets
index `rec.text`; linking to actors is the next stage's job (actor stays None here).

Types are the model's labels: PER, ORG, LOC (the Bengali model folds GPE into LOC; the actors
stage turns countries and cities into GPE), and NORP for demonyms where a model has it. The
model's spans are reconciled with the actor registry's aliases (`khobor.ner.gazetteer`: names the
model missed are added, a longer alias of the same type replaces the pieces inside it) when the
pack's `ner.yaml` turns that on; `khobor ner tag|eval` use the same code. A pack without a `ner`
model gets no entities.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lang import LangPack
from .model import entity_spans, ner_yaml, one_blas_thread, tag
from ..record import Entity, Record, Span


def _model(pack: LangPack):
    from .model import load_model
    return load_model(pack.code)


def _chunks(rec: Record) -> list[Span]:
    """The sentences, or the text's lines when the cleaner left no sentences."""
    if rec.sentences:
        return list(rec.sentences)
    out, pos = [], 0
    for line in rec.text.split("\n"):
        if line.strip():
            out.append(Span(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return out


def _texts(rec: Record, pack: LangPack) -> tuple[list[Span], list[str]]:
    """The chunks the model tags (sentences with some text in them) and their texts as the model
    reads them (`model_text`: of the same length, so its offsets index `rec.text`)."""
    spans = [s for s in _chunks(rec) if rec.text[s.start:s.end].strip()]
    colon = _colon_initials(pack.code)
    return spans, [model_text(rec.text[s.start:s.end], colon) for s in spans]


def model_text(text: str, colon_initials: "regex.Pattern | None") -> str:
    """`text` with each abbreviated name part written with a colon ("মো:", "মু:") written with the
    full stop the model was trained on ("মো."), one character for one: Bengali writers use either,
    the tokenizer splits "মো" from a colon, and the model then tags "মো:" as a person of its own
    and leaves the name after it apart or untagged. The entity keeps the text as written.
    Example: "ওসি মো: শাহীন আলম" -> "ওসি মো. শাহীন আলম"."""
    if colon_initials is None or ":" not in text:
        return text
    return colon_initials.sub(".", text)


@lru_cache(maxsize=None)
def _colon_initials(code: str) -> "regex.Pattern | None":
    """The colon after an abbreviation of ner.yaml `initials` ("মো.", "মু.") when it opens a word
    followed by a space, for ner.yaml `colon_initials`; None when the pack does not turn it on."""
    data = ner_yaml(code)
    if not data.get("colon_initials"):
        return None
    stems = sorted({x[:-1] for x in data.get("initials") or [] if x.endswith(".")}, key=len, reverse=True)
    if not stems:
        return None
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(map(regex.escape, stems))})\K:(?=\s)")


def tag_records(recs: list[Record], pack: LangPack | None, batch_size: int = 256) -> list[list] | None:
    """The model's Docs for the chunks of each of several records of one language, tagged in one
    stream (what `run(rec, pack, docs=...)` takes), or None when the pack has no model. Why: the
    model works in batches, and one article's sentences (30 in a Bengali one) fill a batch badly;
    across articles the same sentences get the same entities in about 0.8 of the time.
    Example: tag_records([rec1, rec2], pack) -> [[Doc, ...], [Doc, ...]]."""
    nlp = _model(pack) if pack is not None else None
    if nlp is None:
        return None
    texts = [_texts(rec, pack)[1] for rec in recs]
    with one_blas_thread():
        docs = iter(tag(nlp, (t for ts in texts for t in ts), batch_size=batch_size))
        return [[next(docs) for _ in ts] for ts in texts]


def run(rec: Record, pack: LangPack | None, docs: list | None = None) -> None:
    """Fill `rec.entities`; `docs`, when given, are the model's Docs of the record's chunks
    (`tag_records`), so the model does not run again."""
    if pack is None or not rec.text:
        return
    nlp = _model(pack)
    if nlp is None:
        return
    spans, texts = _texts(rec, pack)
    if docs is None:
        with one_blas_thread():
            docs = list(tag(nlp, texts, batch_size=64))
    entities = []
    for span, text, doc in zip(spans, texts, docs):
        # the model's spans reconciled with the actor registry, as `khobor ner tag` does
        # a sentence as written is read as part of the article (its tokens cut from the article's)
        within = (rec.text, span.start) if rec.text.startswith(text, span.start) else None
        for a, b, label in entity_spans(nlp, doc, text=text, within=within):
            start = span.start + doc[a].idx
            end = span.start + doc[b - 1].idx + len(doc[b - 1].text)
            entities.append(Entity(text=rec.text[start:end], start=start, end=end, type=label))
    rec.entities = entities
