"""Clean and structure: a RawArticle becomes a Record with title, body, captions and byline.

Order of work, each step driven by the language packs' `clean.yaml` and `agencies.yaml`:
1. normalise (NFC, entities, whitespace); split into paragraphs (lines)
2. title: given, or a headline-like first line of a plain-text file
3. boilerplate: whole-line widgets, inline widgets, page furniture, desk sign-offs -> `removed`
4. repeated paragraphs and sentences -> `removed`
5. each paragraph is a caption (ends in a photo credit), a byline (names + agencies), or body;
   a trailing "খবর আরটির" / "Source: BSS" becomes a byline block of its own
6. the text is assembled in reading order, blocks and sentences recorded as offsets
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

import regex

from ..ingest.raw import InputError, RawArticle
from ..record import Block, Byline, Record, Span, record_id
from ..ingest.dates import date_after_marker, date_in_url, normalise_published
from .dedupe import drop_doubled_paragraphs, drop_repeated_sentences
from .explain import Removals, note_removed
from .language import detect_language
from .normalise import fold, normalise_text
from .related import HeadlineModel, drop_related_headlines, headlines_after_marker, model_for, trailing_headline
from .rules import Rules, rules_for
from .sentences import glued_opener_starts, split_block

_DATELINE = regex.compile(r"^[^()\n]{0,60}?\((?P<ag>[^()]{2,40})\)\s*[-–—:]")
# "DHAKA, Dec 29, 2025 (Reuters) -", "ঢাকা, ২৯ ডিসেম্বর ২০২৫ (বাসস) :": a dateline with a full date
_DATELINE_DATE = regex.compile(r"^[^()\n,]{2,40},\s*(?P<date>[^()\n]{6,30}?)\s*\([^()]{2,40}\)\s*[-–—:]")
_PAREN_BYLINE = regex.compile(r"^(?P<names>[^()]{2,80}?)\s*\(\s*(?P<inner>[^()]{2,100}?)\s*\)\s*[.।]?$")
_BY = regex.compile(r"^(?i:by)\s+(?P<names>.{2,120})$")
_URLISH = regex.compile(r"(?i)https?://|www\.|\.(?:com|net|org|bd)\b")
_EDGE_LITTER = regex.compile(r"^[\s/|•·,;:–—-]+(?=\S)|(?<=\S)[\s/|•·,;:–—-]+$|^[\s/|•·,;:–—-]+$")
_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=None)
def _sentence_end(terminators: str) -> regex.Pattern:
    """Where a sentence ends: any terminator but the full stop, or a full stop before a space or the end."""
    others = "".join(c for c in terminators if c != ".")
    return regex.compile("[" + regex.escape(others) + r"]|\.(?:\s|$)")


@dataclass
class Para:
    kind: str            # body | caption | byline
    text: str
    credit: str | None = None


def _looks_like_headline(line: str, rules: Rules) -> bool:
    """Short, and not ended like a sentence; a short question is a headline too ("Will X hold?")."""
    if not 0 < len(line) <= rules.title_max or "\t" in line:
        return False
    if line.rstrip().endswith("?"):
        return len(line.split()) <= 15
    return not regex.search(r"[।.!:;,]['\"”’]?\s*$", line)


def _canonical_credit(credit_text: str, rules: Rules) -> str:
    agency = rules.canonical_agency(credit_text)
    if agency:
        return agency
    # "Sputnik/Kremlin via Reuters": the agency that distributes the picture is its credit
    via = regex.split(r"\bvia\b", credit_text)
    agencies = rules.agencies_in(via[-1]) or rules.agencies_in(credit_text)
    return agencies[0] if agencies else rules.credit_plain.get(fold(credit_text), credit_text)


def _credit_of_caption(line: str, rules: Rules) -> tuple[int, str] | None:
    """(index where the credit starts, canonical credit) when `line` ends with a photo credit."""
    best = None
    for m in rules.credit_marker.finditer(line):
        best = m
    if best is None:
        for tail in rules.credit_tails:   # credits written without a marker must name an agency
            m = tail.search(line)
            if m and rules.agencies_in(m["credit"]):
                return m.start(), _canonical_credit(m["credit"], rules)
        return None
    credit_text = line[best.end():].strip(" :.-–—।")
    if not credit_text or len(credit_text) > 60:
        marker = fold(best.group()).strip(" :-")
        plain = rules.credit_plain.get(marker)
        return (best.start(), plain) if plain and not credit_text else None
    return best.start(), _canonical_credit(credit_text, rules)


def _split_names(names: str, rules: Rules) -> list[str]:
    out = []
    for part in rules.name_split.split(names):
        part = part.strip(" .,;:-–—")
        if not part or rules.canonical_agency(part) or fold(part) in rules.attribution_words:
            continue
        if any(w in fold(part) for w in rules.desk_words):  # "নিজস্ব প্রতিবেদক", "Staff Correspondent"
            continue
        out.append(part)
    return out


def _parse_byline(line: str, rules: Rules) -> Byline | None:
    if len(line) > 160 or _sentence_end(rules.terminators).search(line[:-1] if line.endswith(("।", ".")) else line):
        return None
    m = _PAREN_BYLINE.match(line)
    if m:
        agencies = rules.agencies_in(m["inner"])
        if agencies:
            return Byline(authors=_split_names(m["names"], rules), agencies=agencies)
    m = _BY.match(line)
    if m:
        return Byline(authors=_split_names(m["names"], rules), agencies=rules.agencies_in(line))
    agencies = rules.agencies_in(line)
    if agencies:
        rest = line
        for _, pat in rules.agencies:
            rest = pat.sub(" ", rest)
        leftover = [w for w in regex.findall(r"[\p{L}\p{M}]+", rest) if fold(w) not in rules.attribution_words]
        if not leftover:
            return Byline(authors=[], agencies=agencies)
    return None


def _split_source_tail(text: str, rules: Rules) -> tuple[str, str, list[str]] | None:
    """'... শেষ বাক্য। খবর আরটির' -> ('... শেষ বাক্য।', 'খবর আরটির', ['RT'])."""
    if not rules.source_line:
        return None
    ends = [m.end() for m in _sentence_end(rules.terminators).finditer(text)]
    cut = max([e for e in ends if e < len(text) - 1], default=0)
    tail = text[cut:].strip()
    m = rules.source_line.fullmatch(tail) or rules.source_line.search(tail)
    if not m or m.start() != 0:
        return None
    agencies = rules.agencies_in(m.group("agencies") or "")
    if not agencies:
        return None
    return text[:cut].strip(), tail, agencies


def _clean_authors(authors: list[str], title: str | None, outlet: str | None, rules: Rules) -> tuple[list[str], list[str]]:
    """Metadata authors, minus what scrapers put there by mistake (URLs, the headline, the outlet,
    desks); agencies named there are returned apart."""
    keep, agencies = [], []
    for a in authors:
        a = normalise_text(a).strip()
        if not a or _URLISH.search(a) or len(a) > 80:
            continue
        if (title and fold(a) in fold(title)) or (outlet and fold(a) == fold(outlet)):
            continue
        ag = rules.canonical_agency(a)
        if ag:
            agencies.append(ag)
            continue
        if any(w in fold(a) for w in rules.desk_words):
            continue
        keep.append(a)
    return keep, agencies


def _strip_inline(line: str, rules: Rules, removed: list[str], dates: list[str]) -> str:
    cut = False
    named = [*(("boilerplate.inline", name) for name in rules.boiler_inline_names), ("boilerplate.header", None)]
    for pat, (rule, where) in zip([*rules.boiler_inline, rules.header], named):
        if pat is None:
            continue
        matches = [m for m in pat.finditer(line) if m.group().strip()]
        if not matches:
            continue
        for m in matches:
            note_removed(removed, m.group().strip(), rule, where)
            if "published" in m.groupdict() and m.group("published"):
                dates.append(m.group("published"))
        line = pat.sub(" ", line)
        cut = True
    if not cut:
        return line
    # what a removed widget leaves at the edges: separators, stray slashes and bullets
    return _EDGE_LITTER.sub("", " ".join(line.split()))


def _paragraphs(lines: list[str], rules: Rules, removed: list[str], dates: list[str]) -> list[str]:
    paras: list[str] = []
    seen: set[str] = set()
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to:
            note_removed(removed, line, "headlines_after_marker")
            continue
        if rules.related_marker and rules.related_marker.match(line):
            note_removed(removed, line, "boilerplate.related_markers")
            skip_to = i + 1 + headlines_after_marker(lines, i + 1)
            continue
        if rules.boiler_line and rules.boiler_line.match(line):
            note_removed(removed, line, "boilerplate.lines")
            continue
        line = drop_doubled_paragraphs(_strip_inline(line, rules, removed, dates), removed)
        if not line:
            continue
        if fold(line) in seen:
            note_removed(removed, line, "repeated_paragraph")
            continue
        seen.add(fold(line))
        paras.append(line)
    # desk sign-offs ("এফএইচএম/") end the last paragraph
    if paras and rules.signoff:
        tail_at = max(0, len(paras[-1]) - 60)   # a sign-off is a few characters at the very end
        m = rules.signoff.search(paras[-1], tail_at)
        if m and m.group().strip():
            note_removed(removed, m.group().strip(), "boilerplate.signoff")
            paras[-1] = paras[-1][:m.start()].rstrip()
            if not paras[-1]:
                paras.pop()
    return paras


def _classify(paras: list[str], known_captions: set[str], rules: Rules) -> tuple[list[Para], Byline]:
    out: list[Para] = []
    byline = Byline()

    def add_byline(b: Byline) -> None:
        byline.authors += [a for a in b.authors if a not in byline.authors]
        byline.agencies += [a for a in b.agencies if a not in byline.agencies]

    for i, p in enumerate(paras):
        credit = _credit_of_caption(p, rules) if len(p) <= 400 else None
        if credit or fold(p) in known_captions:
            out.append(Para("caption", p, credit[1] if credit else None))
            continue
        b = _parse_byline(p, rules)
        if b is not None and (b.agencies or i == len(paras) - 1 or i == 0):
            add_byline(b)
            out.append(Para("byline", p))
            continue
        m = _DATELINE.match(p)
        if m:
            add_byline(Byline(agencies=rules.agencies_in(m["ag"])))
        tail = _split_source_tail(p, rules)
        if tail and tail[0]:
            body, source, agencies = tail
            add_byline(Byline(agencies=agencies))
            out += [Para("body", body), Para("byline", source)]
            continue
        out.append(Para("body", p))
    return out, byline


def _first_date(candidates: list[str]) -> str | None:
    for c in candidates:
        d = normalise_published(c)
        if d:
            return d
    return None


_PACK_MODEL = object()   # build_record's default: the language pack's related-headline model


def _drop_repeats_and_related(parts: list[Para], title: str | None, model: HeadlineModel | None,
                              rules: Rules, removed: list[str]) -> None:
    """Repeated sentences, then related headlines glued to a sentence, out of the body parts; and
    a related headline left after the last sentence of the last body part (a site's list of
    related stories comes after the story, so only there is an unterminated line taken for one)."""
    seen: set[str] = set()
    first = True
    last_body = next((p for p in reversed(parts) if p.kind == "body"), None)
    for part in parts:
        if part.kind != "body":
            continue
        spans = split_block(part.text, 0, len(part.text), rules)
        text = drop_repeated_sentences(part.text, spans, seen, removed)
        # the sentences of a text are split again only where a rule changed the text: a text
        # unchanged (most paragraphs) has the same sentences, split once
        if text != part.text:
            spans = split_block(text, 0, len(text), rules)
        part.text = text
        if model is not None and part.text:
            text = drop_related_headlines(part.text, spans, model, title, rules.sentence_starters,
                                          removed, first, rules.glued_opener, rules.glued_not_after,
                                          rules.headline_never_first, rules.headline_never_last,
                                          rules.past_before_name)
            spans, part.text = (spans if text == part.text else None), text
        if part is last_body and part.text:
            part.text = _drop_trailing_headline(part.text, rules, removed, spans)
        first = False


def _drop_trailing_headline(text: str, rules: Rules, removed: list[str], spans: list | None = None) -> str:
    """The story's last paragraph without a related headline left after its last sentence
    (`spans`: its sentences where they are split already)."""
    spans = split_block(text, 0, len(text), rules) if spans is None else spans
    cut = trailing_headline(text, spans, rules.glued_not_after,
                            rules.headline_never_first, rules.headline_left_out, rules.finite_past)
    if cut is None:
        return text
    note_removed(removed, text[cut:].strip(), "trailing_headline")
    return text[:cut].rstrip()


def build_record(raw: RawArticle, related_model=_PACK_MODEL) -> Record:
    text = normalise_text(raw.text or "")
    lines = [l for l in text.split("\n") if l]
    if not lines:
        raise InputError("no text in the article")
    if not _LETTER.search(text):
        raise InputError("no words in the text (only digits, symbols or emoji)")
    language = raw.language or detect_language(text, hint=raw.language_hint)
    rules = rules_for(language)
    removed = Removals()
    title = normalise_text(raw.title).strip() if raw.title else None
    if title and fold(lines[0]) == fold(title):
        lines = lines[1:]
    elif not title and raw.title_from_first_line and len(lines) > 1 and _looks_like_headline(lines[0], rules):
        title = lines.pop(0)
    page_dates: list[str] = []   # dates the page furniture or a dateline states
    paras = _paragraphs(lines, rules, removed, page_dates)
    if paras:
        m = _DATELINE_DATE.match(paras[0])
        if m:
            page_dates.append(m["date"])
        for para in (paras[0], paras[-1]):   # "প্রকাশ: ১৪ জুলাই ২০২৫" on a line of its own
            day = rules.published_marker and date_after_marker(para[:200], rules.published_marker)
            if day:
                page_dates.append(day)
    parts, byline = _classify(paras, {fold(c) for c in raw.known_captions}, rules)

    model = model_for(language) if related_model is _PACK_MODEL else related_model
    _drop_repeats_and_related(parts, title, model, rules, removed)
    parts = [p for p in parts if p.text]
    if not any(p.kind == "body" for p in parts):
        raise InputError("no article body left after removing boilerplate")

    meta_authors, meta_agencies = _clean_authors(raw.authors, title, raw.outlet, rules)
    byline.authors = byline.authors or meta_authors
    byline.agencies += [a for a in meta_agencies if a not in byline.agencies]

    chunks, blocks = [], []
    pos = 0
    for kind, chunk, credit in ([("title", title, None)] if title else []) + [(p.kind, p.text, p.credit) for p in parts]:
        blocks.append(Block(kind=kind, start=pos, end=pos + len(chunk), credit=credit) if credit else
                      Block(kind=kind, start=pos, end=pos + len(chunk)))
        chunks.append(chunk)
        pos += len(chunk) + 1
    full = "\n".join(chunks)
    sentences: list[Span] = []
    for b in blocks:
        sentences += glued_opener_starts(full, split_block(full, b.start, b.end, rules), rules)
    url = raw.url
    outlet = raw.outlet or (urlparse(url).hostname.removeprefix("www.") if url and urlparse(url).hostname else None)
    record = Record(
        id=record_id(full, is_nfc=True), url=url, outlet=outlet, language=language,
        published=normalise_published(raw.published) or _first_date(page_dates) or date_in_url(url),
        retrieved=normalise_published(raw.retrieved), title=title, text=full,
        blocks=blocks, byline=byline, removed=list(removed), sentences=sentences, source=raw.source,
    )
    record._removed_by = list(removed.rules)
    return record
