"""Every false positive and miss of one article, with its sentence: what `khobor eval --errors`
prints for the dev split. Uses the shared scorer's own matching functions, so an item listed
here is exactly an item the score counted against us."""
from __future__ import annotations

import re
import unicodedata
from types import ModuleType


def _sentence_at(record: dict, start: int | None) -> str:
    text = record.get("text") or ""
    if start is None:
        return ""
    for s in record.get("sentences") or []:
        if s["start"] <= start < s["end"]:
            return text[s["start"]:s["end"]]
    return text[max(0, start - 60):start + 60]


def _sentence_of(record: dict, words: str) -> str:
    # the gold's words may be spaced or broken across lines differently from the text
    pattern = r"\s+".join(re.escape(w) for w in unicodedata.normalize("NFC", words).split())
    m = re.search(pattern, unicodedata.normalize("NFC", record.get("text") or "")) if pattern else None
    return _sentence_at(record, m.start()) if m else "(not in the cleaned text)"


def _actors(items) -> str:
    return ", ".join(f"{(a or {}).get('name')}/{(a or {}).get('country')}" for a in items or []) or "-"


def structure_errors(score: ModuleType, gold: dict, record: dict) -> list[str]:
    g, text, out = gold.get("structure") or {}, score.fold(record.get("text") or ""), []
    out += [f"structure: body start lost: {s!r}" for s in g.get("body_paragraph_starts", []) if score.fold(s) not in text]
    out += [f"structure: boilerplate kept: {j!r}" for j in g.get("boilerplate", []) if score.fold(j) in text]
    if g.get("headline") and not score.overlaps(record.get("title") or "", g["headline"]):
        out.append(f"structure: title {record.get('title')!r}, gold {g['headline']!r}")
    agencies = (record.get("byline") or {}).get("agencies", [])
    out += [f"structure: agency missed: {a}" for a in (g.get("byline") or {}).get("agencies", [])
            if not any(score.name_key(a) == score.name_key(x) for x in agencies)]
    return out


def entity_errors(score: ModuleType, gold: dict, record: dict) -> list[str]:
    surfaces = [s for e in gold.get("entities", []) for s in e["surfaces"]]
    out = []
    for m in record.get("entities") or []:
        if not any(score.overlaps(m.get("text", ""), s) for s in surfaces):
            out.append(f"entities: false {m.get('type')} {m.get('text')!r} -> {score.actor_name(m) or '-'}"
                       f"  | {_sentence_at(record, m.get('start'))}")
    for e in gold.get("entities", []):
        hits = [m for m in record.get("entities") or [] if any(score.overlaps(m.get("text", ""), s) for s in e["surfaces"])]
        if not hits:
            out.append(f"entities: missed {e['type']} {e['canonical']} {e['surfaces'][:3]}")
        elif not any(score.names_match(score.actor_name(m), e["canonical"], e.get("also", ())) for m in hits):
            out.append(f"linking: {e['canonical']} linked to {sorted({score.actor_name(m) or '-' for m in hits})}")
    return out


def time_errors(score: ModuleType, gold: dict, record: dict) -> list[str]:
    pub = record.get("published") or gold.get("published_for_resolution")
    def same(t, g):
        return score.overlaps(t.get("text", ""), g["text"]) and \
            score.year_resolve(t.get("value"), pub) == score.year_resolve(g["value"], pub)
    out = [f"times: false {t.get('text')!r} = {t.get('value')}  | {_sentence_at(record, t.get('start'))}"
           for t in record.get("times") or [] if not any(same(t, g) for g in gold.get("times", []))]
    out += [f"times: missed {g['text']!r} = {g['value']}" for g in gold.get("times", [])
            if not any(same(t, g) for t in record.get("times") or [])]
    return out


def quote_errors(score: ModuleType, gold: dict, record: dict) -> list[str]:
    quotes, gq, out = record.get("quotes") or [], gold.get("quotes", []), []
    def match(p, g):
        return score.fold(g["contains"]) in score.fold(p.get("text", ""))
    out += [f"quotes: false {p.get('kind')} {p.get('text', '')[:80]!r} ({score.actor_name(p.get('speaker') or {}) or '-'})"
            for p in quotes if not any(match(p, g) for g in gq)]
    for g in gq:
        hits = [p for p in quotes if match(p, g)]
        if not hits:
            out.append(f"quotes: missed {g['kind']} {g['contains']!r} ({g['speaker'] or 'unnamed'})"
                       f"  | {_sentence_of(record, g['contains'])}")
        elif not any(score.names_match(score.actor_name(p.get("speaker") or {}), g["speaker"], g.get("speaker_also", ()))
                     for p in hits):
            got = sorted({score.actor_name(p.get("speaker") or {}) or "-" for p in hits})
            out.append(f"speakers: {g['contains']!r}: gold {g['speaker'] or 'unnamed'}, got {got}")
    return out


def event_errors(score: ModuleType, gold: dict, record: dict) -> list[str]:
    events, ge, out = record.get("events") or [], gold.get("events", []), []
    sentences = record.get("sentences") or []
    for p in events:
        if not any(score.event_matches(p, g) for g in ge):
            trig = (p.get("trigger") or {}).get("text")
            idx = p.get("sentence")
            sent = (record.get("text") or "")[sentences[idx]["start"]:sentences[idx]["end"]] \
                if isinstance(idx, int) and 0 <= idx < len(sentences) else ""
            out.append(f"events: false {p.get('type')} [{_actors(p.get('actors'))} -> {_actors(p.get('recipients'))}]"
                       f" trigger {trig!r}  | {sent}")
    for g in ge:
        if g.get("required", True) and not any(score.event_matches(p, g) for p in events):
            out.append(f"events: missed {'/'.join(g['types'])} [{','.join(g.get('actor', [])) or '-'} -> "
                       f"{','.join(g.get('recipient', [])) or '-'}] {g.get('evidence')!r}"
                       f"  | {_sentence_of(record, g.get('evidence') or '')}")
    for m in gold.get("must_not", []):
        out += [f"events: MUST-NOT {p.get('type')} ({m.get('why')})" for p in events if p.get("type") in m["types"]]
    return out


LAYER_ERRORS = {"structure": structure_errors, "entities": entity_errors, "linking": entity_errors,
                "times": time_errors, "quotes": quote_errors, "speakers": quote_errors, "events": event_errors}


def article_errors(score: ModuleType, gold: dict, record: dict, layers) -> list[str]:
    seen, out = set(), []
    for layer in layers:
        fn = LAYER_ERRORS[layer]
        if fn in seen:
            continue
        seen.add(fn)
        out += [e for e in fn(score, gold, record) if e.split(":", 1)[0] in layers]
    return out
