"""Gold annotations in two forms, and the way between them.

An annotator writes the *working* form: the format of `../shared/corpus/seed/*.gold.json`, whose
strings are article words. The repository keeps only the *stand-off* form, where every such
string is a span into the article as it stands in `../shared` (`[start, end]` into `text`, or
`[field, start, end]` into another field such as `headline`). At evaluation time the stand-off
form is joined with the article again and becomes the working form, which `score.py` reads.

    >>> art = {"id": "x1", "headline": "Rain in Dhaka", "text": "Heavy rain hit Dhaka on Sunday."}
    >>> span = locate("Dhaka", art)
    >>> span, resolve(span, art)
    ([15, 20], 'Dhaka')

Standard library only: annotators run it with a bare `python3`.
"""
from __future__ import annotations

import json
import re
import unicodedata

SEARCH_FIELDS = ("text", "headline", "sub_title", "author")

PLOVER_TYPES = frozenset("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
                         "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
ENTITY_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "FAC", "EVT"})
QUOTE_KINDS = frozenset({"direct", "partial", "indirect"})
MODALITIES = frozenset({"asserted", "future", "possible", "hypothetical", "negated", "question"})
SECTORS = frozenset("GOV MIL COP JUD LEG PTY OPP REB SPY BUS MED EDU HLH CVL REL SPT ELI AGR LAB "
                    "REF NGO IGO".split()) | {""}
GROUP_CODES = frozenset({"IGO", "NGO", "MNC"})
TIME_VALUE = re.compile(r"^(\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# Which string fields of the working form are article words, and so become spans.
STRUCTURE_SPANS = ("headline",)
STRUCTURE_SPAN_LISTS = ("body_paragraph_starts", "boilerplate")


class AnnotationError(ValueError):
    """A working file that cannot become stand-off; the message says where and why."""


def _loose_pattern(words: str) -> re.Pattern:
    """White space in the annotation matches any run of white space in the article."""
    parts = [re.escape(p) for p in words.split()]
    return re.compile(r"\s+".join(parts))


def _decomposed(text: str) -> tuple[str, list[int]]:
    """NFD of the text, and for each of its characters the index of the character it came from.
    Bengali letters such as য় have two encodings; in NFD both are the same."""
    out, origin = [], []
    for i, ch in enumerate(text):
        for d in unicodedata.normalize("NFD", ch):
            out.append(d)
            origin.append(i)
    return "".join(out), origin


def locate(words: str, article: dict) -> list:
    """The span of `words` in the article: `[start, end]` in `text`, else `[field, start, end]`.
    White space may differ, and so may the encoding of a letter (NFC or not): the span is always
    into the article as it stands.

    >>> locate("\u09df\u09be", {"text": "x \u09af\u09bc\u09be"})   # precomposed য় found in the decomposed text
    [2, 5]
    >>> locate("\u0995\u09c7\u09be", {"text": "x \u0995\u09cb"})   # ো written in two parts, found as one
    [2, 4]
    """
    if not words or not words.strip():
        raise AnnotationError("empty string")
    pattern = _loose_pattern(unicodedata.normalize("NFD", words))
    for field in SEARCH_FIELDS:
        value = article.get(field)
        if isinstance(value, list):
            value = ", ".join(v for v in value if isinstance(v, str))
        if not isinstance(value, str) or not value:
            continue
        at = value.find(words.strip())
        if at >= 0:
            start, end = at, at + len(words.strip())
        else:
            decomposed, origin = _decomposed(value)
            match = pattern.search(decomposed)
            if not match:
                continue
            start, end = origin[match.start()], origin[match.end() - 1] + 1
        return [start, end] if field == "text" else [field, start, end]
    raise AnnotationError(f"not in the article: {words!r}")


def resolve(span: list, article: dict) -> str:
    """The article words a span stands for."""
    field, start, end = ("text", *span) if len(span) == 2 else span
    value = article.get(field) or ""
    if isinstance(value, list):
        value = ", ".join(v for v in value if isinstance(v, str))
    return value[start:end]


def count_mentions(surfaces: list[str], text: str) -> int:
    """Occurrences of any surface in the text, longest first, never counting one stretch twice."""
    taken = [False] * len(text)
    found = 0
    for surface in sorted({s for s in surfaces if s}, key=len, reverse=True):
        for m in re.finditer(re.escape(surface), text):
            if not any(taken[m.start():m.end()]):
                found += 1
                for i in range(m.start(), m.end()):
                    taken[i] = True
    return found


# The shape of a gold file. WORDS become spans in the stand-off form; LABEL values are kept as
# they are (codes, canonical names, booleans, numbers); a nested name is another shape. A key
# that is not listed is an error, so a misspelt field never silently drops an annotation.
WORDS, WORDS_LIST, LABEL = "words", "words_list", "label"
SHAPES: dict[str, dict] = {
    "gold": {"article": LABEL, "annotator": LABEL, "language": LABEL, "doc": LABEL, "about": LABEL,
             "published_for_resolution": LABEL, "notes": LABEL, "structure": "structure",
             "entities": ["entity"], "times": ["time"], "quotes": ["quote"], "events": ["event"],
             "must_not": ["must_not"]},
    "structure": {"headline": WORDS, "body_paragraph_starts": WORDS_LIST, "boilerplate": WORDS_LIST,
                  "captions": ["caption"], "byline": "byline", "credits": ["credit"], "doubled": LABEL},
    "caption": {"starts": WORDS, "credit": LABEL, "credit_text": WORDS},
    "byline": {"authors": WORDS_LIST, "author_latin": LABEL, "agencies": LABEL},
    "credit": {"agency": LABEL, "text": WORDS},
    "entity": {"canonical": LABEL, "type": LABEL, "country": LABEL, "sector": LABEL, "also": LABEL,
               "surfaces": WORDS_LIST, "mentions": LABEL},
    "time": {"text": WORDS, "value": LABEL},
    "quote": {"kind": LABEL, "contains": WORDS, "speaker": LABEL, "speaker_also": LABEL,
              "speaker_surface": WORDS, "cue": WORDS},
    "event": {"id": LABEL, "types": LABEL, "actor": LABEL, "recipient": LABEL, "actor_name": LABEL,
              "recipient_name": LABEL, "symmetric": LABEL, "modality": LABEL, "mode": LABEL,
              "date": LABEL, "location": LABEL, "evidence": WORDS, "required": LABEL},
    "must_not": {"types": LABEL, "why": LABEL},
}


def _convert(obj, shape: str, where: str, on_words) -> dict:
    if not isinstance(obj, dict):
        raise AnnotationError(f"{where}: expected an object")
    fields = SHAPES[shape]
    out = {}
    for key, value in obj.items():
        if key not in fields:
            raise AnnotationError(f"{where}: unknown field {key!r} (known: {', '.join(fields)})")
        kind, here = fields[key], f"{where}.{key}"
        if value is None or kind == LABEL:
            out[key] = value
        elif kind == WORDS:
            out[key] = on_words(value, here)
        elif kind == WORDS_LIST:
            out[key] = [on_words(v, f"{here}[{i}]") for i, v in enumerate(_as_list(value, here))]
        elif isinstance(kind, list):
            out[key] = [_convert(v, kind[0], f"{here}[{i}]", on_words) for i, v in enumerate(_as_list(value, here))]
        else:
            out[key] = _convert(value, kind, here, on_words)
    return out


def _as_list(value, where: str) -> list:
    if not isinstance(value, list):
        raise AnnotationError(f"{where}: expected a list")
    return value


# Labels that are names of people, bodies and places: facts, kept as they are even when an
# English article spells the name the same way. Every other free-text label (a must_not's `why`)
# is the annotator's own words, and loses any stretch that repeats the article (see redact).
NAME_LABELS = ("canonical", "also", "speaker", "speaker_also", "actor_name", "recipient_name", "location")
LEAK_CHARS = 31


def redact(words: str, article_text: str) -> str:
    """Replace every stretch of LEAK_CHARS or more characters that the article also holds by […].

    >>> redact("a pledge: 'we will hold the election on time'", "We will hold the election on time, he said.")
    "a pledge: 'w[…]'"
    >>> redact("read 'hold the election on time' as a pledge", "We will hold the election on time, he said.")
    "read 'hold the election on time' as a pledge"
    """
    words = re.sub(r"\s+", " ", words)
    haystack = re.sub(r"\s+", " ", article_text)
    out, i = [], 0
    while i < len(words):
        if words[i:i + LEAK_CHARS] in haystack and len(words) - i >= LEAK_CHARS:
            j = i + LEAK_CHARS
            while j < len(words) and words[i:j + 1] in haystack:
                j += 1
            out.append("[…]")
            i = j
        else:
            out.append(words[i])
            i += 1
    return "".join(out)


def to_standoff(working: dict, article: dict) -> dict:
    """Working form (article words) -> stand-off form (spans). Counts entity mentions; drops the
    annotator's `notes` (they stay with the working files) and redacts quoted article text from
    every other free-text label."""
    working = {k: v for k, v in working.items() if k != "notes"}
    def span_of(words, where):
        if not isinstance(words, str):
            raise AnnotationError(f"{where}: expected article words (a string)")
        try:
            return locate(words, article)
        except AnnotationError as err:
            raise AnnotationError(f"{where}: {err}") from None
    gold = _convert(working, "gold", "gold", span_of)
    article_text = "\n".join(str(article.get(f) or "") for f in SEARCH_FIELDS)
    for item in gold.get("must_not") or []:
        if isinstance(item.get("why"), str):
            item["why"] = redact(item["why"], article_text)
    for ent in gold.get("entities") or []:
        ent["mentions"] = count_mentions([resolve(s, article) for s in ent.get("surfaces") or []],
                                         article.get("text") or "")
    return gold


def to_working(standoff: dict, article: dict) -> dict:
    """Stand-off form joined with its article -> the working form that `score.py` reads."""
    def words_of(span, where):
        if not isinstance(span, list) or len(span) not in (2, 3):
            raise AnnotationError(f"{where}: expected a span [start, end] or [field, start, end]")
        return resolve(span, article)
    return _convert(standoff, "gold", "gold", words_of)


def _code_ok(code) -> bool:
    return isinstance(code, str) and (code in GROUP_CODES or re.fullmatch(r"[A-Z]{3}", code) is not None)


def label_problems(gold: dict) -> list[str]:
    """The labels a gold file may hold, checked: types, codes, kinds, modalities, time values."""
    problems = []
    anchor = gold.get("published_for_resolution")
    if anchor is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(anchor)):
        problems.append(f"published_for_resolution: not YYYY-MM-DD or null: {anchor!r}")
    for i, e in enumerate(gold.get("entities") or []):
        where = f"entities[{i}] ({e.get('canonical')})"
        if e.get("type") not in ENTITY_TYPES:
            problems.append(f"{where}: type {e.get('type')!r} not one of {sorted(ENTITY_TYPES)}")
        if not e.get("canonical") or not e.get("surfaces"):
            problems.append(f"{where}: needs a canonical name and at least one surface")
        if e.get("country") not in (None, "") and not _code_ok(e["country"]):
            problems.append(f"{where}: country {e['country']!r} is not ISO alpha-3 or IGO/NGO/MNC")
        if e.get("sector") not in (None, *SECTORS):
            problems.append(f"{where}: sector {e['sector']!r} not one of {sorted(SECTORS - {''})}")
    for i, t in enumerate(gold.get("times") or []):
        if t.get("value") is not None and not TIME_VALUE.match(str(t["value"])):
            problems.append(f"times[{i}]: value {t['value']!r} is not YYYY, YYYY-MM, YYYY-MM-DD (or XXXX-...) or null")
    for i, q in enumerate(gold.get("quotes") or []):
        if q.get("kind") not in QUOTE_KINDS:
            problems.append(f"quotes[{i}]: kind {q.get('kind')!r} not one of {sorted(QUOTE_KINDS)}")
        if not isinstance(q.get("speaker"), str):
            problems.append(f"quotes[{i}]: speaker must be a canonical name, or \"\" when unidentified")
        if not q.get("contains"):
            problems.append(f"quotes[{i}]: needs 'contains'")
    for i, ev in enumerate(gold.get("events") or []):
        problems += _event_problems(ev, f"events[{i}] ({ev.get('id')})")
    for i, m in enumerate(gold.get("must_not") or []):
        bad = [t for t in m.get("types") or [] if t not in PLOVER_TYPES]
        if bad or not m.get("types"):
            problems.append(f"must_not[{i}]: types must be PLOVER types: {bad}")
    return problems


def _event_problems(ev: dict, where: str) -> list[str]:
    problems = []
    types = ev.get("types")
    if not isinstance(types, list) or not types or any(t not in PLOVER_TYPES for t in types):
        problems.append(f"{where}: types must be a non-empty list of PLOVER types: {types!r}")
    for side in ("actor", "recipient"):
        codes = ev.get(side, [])
        if not isinstance(codes, list) or not all(_code_ok(c) for c in codes):
            problems.append(f"{where}: {side} must be a list of country codes: {codes!r}")
    if ev.get("modality", "asserted") not in MODALITIES:
        problems.append(f"{where}: modality {ev.get('modality')!r} not one of {sorted(MODALITIES)}")
    if ev.get("date") is not None and not TIME_VALUE.match(str(ev["date"])):
        problems.append(f"{where}: date {ev['date']!r} is not a TIMEX3-like value or null")
    if not ev.get("evidence"):
        problems.append(f"{where}: needs 'evidence' (the trigger words)")
    return problems


def counts(gold: dict) -> dict:
    """How many items each layer holds (entity mentions counted in the text)."""
    events = gold.get("events") or []
    return {
        "entities": len(gold.get("entities") or []),
        "entity_mentions": sum(e.get("mentions") or 0 for e in gold.get("entities") or []),
        "quotes": len(gold.get("quotes") or []),
        "times": len(gold.get("times") or []),
        "events": len(events),
        "events_required": sum(bool(e.get("required", True)) for e in events),
        "structure_items": _structure_items(gold.get("structure") or {}),
    }


def _structure_items(s: dict) -> int:
    byline = s.get("byline") or {}
    return (bool(s.get("headline")) + len(s.get("body_paragraph_starts") or []) + len(s.get("boilerplate") or [])
            + len(s.get("captions") or []) + len(s.get("credits") or [])
            + len(byline.get("authors") or []) + len(byline.get("agencies") or []))


def dumps(gold: dict) -> str:
    """JSON with every flat list (spans, codes, types) on one line: readable diffs of gold files."""
    text = json.dumps(gold, ensure_ascii=False, indent=1)
    return re.sub(r"\[\s+([^\[\]{}]*?)\s+\]", lambda m: "[" + " ".join(m.group(1).split()) + "]", text) + "\n"
