"""What a story is recognised by in one article: language-independent keys and a lead.

    p = profile_of(record, stored_day="2025-12-29")
    p.day     -> "2025-12-29"      (publication date, else the day it was stored)
    p.keys    -> {"a:sheikh-hasina", "e:PROTEST:bnp", "d:2025-12-28", "h:sheikh-hasina", ...}
    p.lead    -> "title. first sentences of the body"  (what an embedding reads)

Keys are what extraction made language-independent: linked actors (registry ids are the same for
a Bengali and an English report), PLOVER event types with their actors, and whole event dates.
A Bengali and an English report of one happening share them though they share no word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")  # a whole day, the year known or not
LEAD_CHARS = 400  # title + the body's first sentences: enough to name the happening, cheap to embed


@dataclass
class Profile:
    doc: int
    day: str | None
    keys: set[str] = field(default_factory=set)
    lead: str = ""
    language: str | None = None


def actor_keys(rec: dict) -> set[str]:
    """Linked entities -> {"a:<actor id>"}: {"entities": [{"actor": {"id": "bnp"}}]} -> {"a:bnp"}"""
    return {f"a:{e['actor']['id']}" for e in rec.get("entities") or [] if e.get("actor")}


def lead_actor_keys(rec: dict, chars: int | None = None) -> set[str]:
    """Linked entities of the title and the lead (its first `chars`, default LEAD_CHARS, after
    the title) -> {"l:<actor id>"}: who a report is about, which its background does not tell
    (two condolences on one death share the dead, not the mourner).
    {"title": "X", "entities": [{"start": 0, "actor": {"id": "bnp"}}]} -> {"l:bnp"}"""
    limit = _lead_limit(rec, chars)
    return {f"l:{e['actor']['id']}" for e in rec.get("entities") or []
            if e.get("actor") and (e.get("start") or 0) < limit}


def _lead_limit(rec: dict, chars: int | None) -> int:
    """Where the lead ends in the text: after the title and `chars` (default LEAD_CHARS) more."""
    return len(rec.get("title") or "") + 1 + (LEAD_CHARS if chars is None else chars)


def lead_day_keys(rec: dict, chars: int | None = None, day: str | None = None) -> set[str]:
    """Days of the month the lead names ("Tuesday (30 December)" -> "XXXX-12-30") -> {"t:12-30"}:
    the day of the happening, which tells a blockade's first day from its fourth (the year is
    left out: stories are compared within a few days). Given the article's own `day`, the days
    after it are left out (after_the_day): a lead's later day is a plan (tomorrow's burial, next
    week's vote), not the day of what it reports.
    {"times": [{"start": 5, "value": "XXXX-12-30"}]} -> {"t:12-30"}; with day "2025-12-29" -> set()"""
    limit = _lead_limit(rec, chars)
    return {f"t:{t['value'][5:]}" for t in rec.get("times") or []
            if (t.get("start") or 0) < limit and isinstance(t.get("value"), str) and DAY_VALUE.fullmatch(t["value"])
            and not after_the_day(t["value"], day)}


def lead_own_day_keys(lead_days: set[str], day: str | None) -> set[str]:
    """The article's own `day` when its lead names it (among `lead_days`, lead_day_keys' result)
    -> {"o:<MM-DD>"}: the day of what it reports, which a next-day follow-up names beside the first
    day it recalls ("arrested on Monday over Sunday's fire"); parting only (stories.lead_days_differ).
    {"t:12-30"}, "2025-12-30" -> {"o:12-30"}; {"t:12-30"}, "2025-12-31" -> set()"""
    own = f"t:{(day or '')[5:10]}"
    return {"o" + own[1:]} if own in lead_days else set()


def after_the_day(value: str, day: str | None) -> bool:
    """A whole-day value ("XXXX-12-31", "2025-12-31") later than `day` ("2025-12-30"); a value
    without its year is taken in the year that puts it nearest `day` ("XXXX-01-02" on
    "2025-12-30" is 2026-01-02: later). False when `day` is missing or odd.
    "XXXX-12-31", "2025-12-30" -> True; "XXXX-12-29", "2025-12-30" -> False"""
    try:
        ref = date.fromisoformat(day or "")
        month, dom = int(value[5:7]), int(value[8:10])
    except ValueError:
        return False
    years = [int(value[:4])] if value[:4].isdigit() else [ref.year - 1, ref.year, ref.year + 1]
    candidates = [d for d in (_day_or_none(y, month, dom) for y in years) if d is not None]
    return bool(candidates) and min(candidates, key=lambda d: abs((d - ref).days)) > ref


def _day_or_none(year: int, month: int, dom: int) -> date | None:
    """The date, or None where it does not exist (29 February outside a leap year, a month 13):
    (2032, 2, 29) -> 2032-02-29; (2031, 2, 29) -> None."""
    try:
        return date(year, month, dom)
    except ValueError:
        return None


def event_keys(rec: dict) -> set[str]:
    """Each event's PLOVER type with each of its linked actors and recipients, and its place:
    {"type": "PROTEST", "actors": [{"id": "bnp"}]} -> {"e:PROTEST:bnp"}."""
    out = set()
    for ev in rec.get("events") or []:
        ids = [a["id"] for a in (ev.get("actors") or []) + (ev.get("recipients") or []) if a.get("id")]
        out.update(f"e:{ev['type']}:{i}" for i in ids)
    return out


def date_keys(rec: dict) -> set[str]:
    """Whole-day dates of events ("2025-12-28"; not "XXXX-12-28" nor "2025-12") -> {"d:2025-12-28"}:
    two reports naming the same day for their events likely tell the same happening."""
    return {f"d:{ev['date']}" for ev in rec.get("events") or []
            if isinstance(ev.get("date"), str) and len(ev["date"]) == 10 and ev["date"][:4].isdigit()}


SOUND_DIGRAPHS = (("chh", "c"), ("ch", "c"), ("sh", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"),
                  ("bh", "b"), ("ph", "f"), ("jh", "j"), ("z", "j"), ("q", "k"), ("v", "b"), ("x", "ks"))
SOUND_DROPPED = re.compile(r"[yhw]")  # letters romanisations add or leave out at will
SOUND_VOWELS = str.maketrans("oe", "ai")  # the inherent vowel is spelt a or o, e and i stand for one another
SOUND_LEAST = 6  # a shorter sound ("md", "ali") is too common to tell one person or place


def word_sound(word: str) -> str:
    """The consonant skeleton of one word of a name: "Chattogram" and "chottogram" -> "catagram"."""
    word = word.lower()
    for old, new in SOUND_DIGRAPHS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", SOUND_DROPPED.sub("", word).translate(SOUND_VOWELS))


def name_sound(slug: str) -> str:
    """The consonant skeleton of a name's last two words, the same for the ways one Bengali name
    is spelt in Latin letters (an English outlet's spelling, khobor's transliteration of the
    Bengali): "md-aktarujjaman-bachchu" and "aktaruzzaman-bacchu" -> "aktarujaman-bacu"; "" when short."""
    sound = "-".join(w for w in map(word_sound, slug.split("-")[-2:]) if w)
    return sound if len(sound.replace("-", "")) >= SOUND_LEAST else ""


def name_sound_keys(rec: dict) -> set[str]:
    """Names the registry lacks ("new:<slug>"), by how they sound -> {"n:<skeleton>"}: a Bengali
    and an English report name the same local official or place though neither is in the
    registry and the two spell it differently.
    {"entities": [{"actor": {"id": "new:atikur-rahman-rumon"}}]} -> {"n:raman-ruman"}"""
    out = set()
    for e in rec.get("entities") or []:
        ident = (e.get("actor") or {}).get("id") or ""
        sound = name_sound(ident[4:]) if ident.startswith("new:") else ""
        if sound:
            out.add(f"n:{sound}")
    return out


NAME_WORD_LEAST = 4  # a shorter word sound ("md", "ali", "dal") tells nothing of a happening
NAME_WORD_SKIPPED_TYPES = {"PER"}  # people are told apart by their whole names (n: keys), not by one word


def lead_name_word_keys(rec: dict) -> set[str]:
    """Each word, by its sound, of the names the registry lacks ("new:" ids) in the title and lead,
    people's names left out -> {"w:<word sound>"}: a compound name that extraction reads whole one
    day and in parts the next, or that two articles name with other words around it, still shares
    its words ("new:sylhet-international-cricket-stadium" and "new:sylhet-international-stadium"
    share "w:slit"; "new:jaksu-election" and "new:jaksu" share "w:jaksu"), where its sound key (the
    last two words) and its id differ.
    {"title": "X", "entities": [{"start": 0, "type": "FAC", "actor": {"id": "new:sylhet-stadium"}}]}
    -> {"w:slit", "w:stadium"}"""
    limit = _lead_limit(rec, None)
    out = set()
    for e in rec.get("entities") or []:
        ident = (e.get("actor") or {}).get("id") or ""
        if (not ident.startswith("new:") or (e.get("start") or 0) >= limit
                or e.get("type") in NAME_WORD_SKIPPED_TYPES):
            continue
        out.update(f"w:{sound}" for sound in map(word_sound, ident[4:].split("-")) if len(sound) >= NAME_WORD_LEAST)
    return out


HEADLINE_TYPES = {"PER"}  # people: whose act a report tells (bodies and places are shared background too often)


def headline_person_keys(rec: dict) -> set[str]:
    """People the title names (a registry person with a sector, or a name the registry lacks)
    -> {"h:<id>"}: whose act the report tells, which tells two condolences on one death apart
    (the titles name two mourners). Not a similarity key: it only parts articles (two_happenings).
    {"title": "Jamaat chief mourns", "entities": [{"start": 0, "type": "PER",
    "actor": {"id": "shafiqur-rahman", "sector": "PTY"}}]} -> {"h:shafiqur-rahman"}"""
    title_end = len(rec.get("title") or "")
    out = set()
    for e in rec.get("entities") or []:
        actor = e.get("actor") or {}
        ident = actor.get("id") or ""
        if (e.get("start") or 0) < title_end and e.get("type") in HEADLINE_TYPES and (
                ident.startswith("new:") or actor.get("sector")):
            out.add(f"h:{ident}")
    return out


def lead_of(rec: dict, chars: int | None = None) -> str:
    """The title and the start of the body, cut at a word, `chars` long at most (default
    LEAD_CHARS); the title alone when it is that long already. What an embedding reads."""
    chars = LEAD_CHARS if chars is None else chars
    text = rec.get("text") or ""
    title = (rec.get("title") or "").strip()
    if title and len(title) >= chars:
        return title
    body = text[len(title):] if title and text.startswith(title) else text
    lead = f"{title}. {body.strip()}" if title else body.strip()
    if len(lead) <= chars:
        return lead
    cut = lead.rfind(" ", 0, chars)
    return lead[:cut if cut > 0 else chars]


def profile_of(rec: dict[str, Any], doc: int = 0, stored_day: str | None = None) -> Profile:
    """A record (as a dict) -> its Profile; `stored_day` stands in for a missing publication date."""
    day = rec.get("published") or stored_day
    lead_days = lead_day_keys(rec, day=day)
    keys = actor_keys(rec) | lead_actor_keys(rec) | lead_days | event_keys(rec) | date_keys(rec)
    keys |= lead_own_day_keys(lead_days, day)
    keys |= name_sound_keys(rec) | lead_name_word_keys(rec) | headline_person_keys(rec)
    return Profile(doc=doc, day=day, keys=keys, lead=lead_of(rec), language=rec.get("language"))
