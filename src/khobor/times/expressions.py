"""The times stage. Finds time expressions with the pack's `times.yaml` grammar
(khobor.times.grammar) and normalises each to a TIMEX3-like value, as precise as the text:

    "2023-09-14"  "2023-09"  "2023"
    "XXXX-09-14"  "XXXX-10"   a date or month without a year when no publication date anchors it
    null          a relative expression ("গতকাল", "on Sunday", "last year") with nothing to anchor it

Not reported (GUIDELINES T1): decades ("১৯৮০-এর দশকে", "the 1980s") and weeks relative to
publication ("গত সপ্তাহে", "last week"), whose words are blocked by rules of the pack; counts
back from an event, a range or a guess ("নির্বাচনের চার মাস আগে", "15 to 20 years ago"); days
said as rhetoric or as "nowadays" ("tomorrow it could be you", "আজকের বাংলাদেশ").

One expression keeps all its parts (eval/GUIDELINES.md T2): "গতকাল রোববার বিকেলে", "মঙ্গলবার
(৩০ ডিসেম্বর) সকাল ৬টার দিকে" and "7:15 am on Tuesday" are each one span with one value, the day;
the hour or the part of the day goes to `time_of_day` ("06:00", "AF"). A time of day with no day
word ("বিকেল ৪টায়") is not a calendar point and is not reported.

Resolution rules (news conventions):
- a year-less date or month takes the year that the tense of its clause chooses: the latest one on
  or before publication in past-tense reporting ("born on 18 May"), the next one on or after it in
  a future statement; with no tense, the nearest; a গত/last or আগামী/next word overrides the tense;
- a year-less date told in the past right after an earlier year written out (same sentence or the
  one before) is in that year: "until 15 December 1971. She was released on 16 December";
- a "this day" ("এদিন", "earlier in the day") with no day told before it is the article's day; a
  distal "that day" with nothing before it is not reported;
- a bare weekday is the most recent one, up to six days back (the day of publication counts),
  unless marked future (আগামী/next, a future-tense clause, "until"): then up to six days ahead;
  "last Friday" is one to seven days back (two to eight in English, whose writer calls the day
  before "yesterday"), "next Friday" one to seven ahead;
- a bare English "today" after the article named the day in full ("3 pm today, Friday") is the
  same day told again and is left out (DECISIONS T8);
- an article without a publication date is anchored on the day it states as its own ("today (29
  December)"), its year unknown (XXXX); the retrieval date, when the own day falls within a week
  before it, tells that day's weekday and which dates fall in the next year ("৪ জানুয়ারি" told on
  29 December -> 2026-01-04), and a narrative of the past told day by day goes on in its year;
  a pack that reads DECISIONS T5 whole (times.yaml `undated_by_t5: true`: Bengali) keeps such an
  article's bare relative days null and its narrative dates XXXX-MM-DD; one that reads its first
  half (`relative_days`: English) keeps the bare relative days null only;
- two weekdays joined as a range and dated by the bracket after them take its first and last
  dates ("বৃহস্পতিবার থেকে শনিবার পর্যন্ত (৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি)");
- a relative day inside a quotation counts from the day the quote was given when its sentences
  say it, else from the day the story opened on when that is one or two days back ("The meeting
  was held yesterday, Monday. ... said, 'We have come here today'": Monday), else from publication;
- holidays of a fixed date name their day ("Christmas Day", "বড়দিন", "New Year's Eve");
- the Bengali calendar uses the Bangladesh revision of 2019 (1 বৈশাখ = 14 April, the first six
  months of 31 days, ফাল্গুন 29 days or 30 in a Gregorian leap year, the others 30).
"""
from __future__ import annotations


import datetime as dt
import threading
from pathlib import Path
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import regex

from ..clean.rules import rules_for
from ..diskcache import cached
from ..lang import LangPack, load_or_none
from ..record import Record, TimeExpr
from ..textutil import sentence_start, terminator_class
from .grammar import Found, Grammar, select

_GRAMMARS: dict[str, Grammar | None] = {}
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def sentence_end() -> regex.Pattern:
    """A sentence terminator of any pack (clean.yaml `sentences.terminators`) or a line break."""
    return regex.compile(terminator_class("\n"))


@lru_cache(maxsize=1)
def _sentence_boundary() -> regex.Pattern:
    """One boundary between sentences: a terminator with the line break that ends its paragraph
    (closing quotes and spaces between) is one, not two; else a terminator or a line break."""
    return regex.compile(terminator_class() + r"[”’\"')\s]*\n\s*|" + terminator_class("\n"))


def _sentences_between(text: str, end: int, start: int) -> int:
    """How many sentence boundaries stand between `end` and `start` (`_sentence_boundary`).
    Example: ("on 5 August.\nThat day", 11, 13) -> 1 ("." and the line break are one)."""
    return len(_sentence_boundary().findall(text, end, start))


@lru_cache(maxsize=1)
def _quote_ends_sentence() -> regex.Pattern:
    """A quotation's last words closing their sentence: a terminator of any pack, then spaces."""
    return regex.compile(terminator_class() + r"\s*$")


PARTS_OF_DAY = {"MO", "MI", "AF", "EV", "NI"}  # TIMEX3 parts of the day, the values of `period`
DAY_VALUE = regex.compile(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d)")
# what a relative expression resolves to without a publication date: the guidelines' null (T4)
UNANCHORED = regex.compile(r"XXXX(?:-XX(?:-XX)?|-WXX(?:-\d)?)?")
FULL_DATE = regex.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
# slots of an expression that names its day or year by reference to an earlier one
REFERRING_SLOTS = {"anaphor", "anayear"}
NAMES_A_DAY = {"weekday", "deictic", "anaphor", "day"}
STORY_DATE = {"month", "day"}  # a date that may be told in the year of the story (_in_story_year)
NOT_STORY_DATE = {"year", "year2", "shift", "deictic", "weekday", "anaphor", "anayear", "bmonth"}
NOTHING = object()
# a quotation: double quotes (curly or straight) or Bengali single quotes (an English ’ is as
# often an apostrophe)
QUOTE_CHARS = 300
QUOTATION = regex.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’\n]*’")
STAND_IN = regex.compile(r"\d{4}-\d\d(?:-\d\d)?")  # a day or a month, whose year may be a stand-in
CLOSE_DAYS = 3  # a year-less date this close before publication is that one, whatever the tense
# and one this close ahead of it: the days of the week's news, as PINNED_WEEK ("ট্রাম্প চিঠিতে ১ আগস্ট
# থেকে শুল্ক কার্যকরের কথা জানান" on 28 July is four days ahead, not the 1 August of almost a year
# ago: the past tense is the telling's, not the date's); a week or more off, the tense chooses
# ("৪ জানুয়ারির পরীক্ষায় অংশ নিয়েছিল" on 28 December), and so it does for a date days before
# publication told as to come ("the vote will be held on 4 January" on 10 January: next year's)
CLOSE_DAYS_AHEAD = 6
WEAK_CONFIDENCE = 0.6  # of a value resolved against the retrieval date rather than publication
REFERENCE_SENTENCES = 2  # how many sentence ends may stand between a reference and what it refers to
# a paragraph break: a line break, or paragraphs run together by the page, a sentence end with no
# space after it before a capital ("... the border.Investigators said"; two letters before the stop,
# so that initials "U.N." stay whole)
PARAGRAPH_BREAK = regex.compile(r"\n|(?:(?<=\p{L}\p{L}[.!?])|(?<=[”’\")][.!?])|(?<=[.!?][”’\"]))(?=\p{Lu})")
WORD_BEFORE_BREAK = regex.compile(r"\S*$")  # the word whose stop a run-together break follows: "Dr." of "Dr.Yunus"


def grammar_for(pack: LangPack) -> Grammar | None:
    """The compiled grammar of a pack (built once), or None when the pack has no times.yaml."""
    key = str(pack.path)
    if key not in _GRAMMARS:
        with _LOCK:
            data = pack.yaml("times")
            try:
                _GRAMMARS[key] = _cached_grammar(pack, data) if data else None
            except ValueError as err:  # name the file: the message says what in it is wrong
                raise ValueError(f"{pack.file('times.yaml')}: {err}") from err
    return _GRAMMARS[key]


def _cached_grammar(pack: LangPack, data: dict) -> Grammar:
    """Grammar(data), from the disk cache while this pack's times.yaml, the packs it may borrow
    classes from and the grammar code are unchanged (compiling it is most of start-up)."""
    from .. import lang as langs, leadscan
    from . import grammar
    sources = {pack.file("times.yaml"), Path(grammar.__file__), Path(leadscan.__file__),  # its scan is kept too
               *(langs.load(code).file("times.yaml") for code in langs.available())}
    return cached(f"times-{pack.code}", sources, lambda: Grammar(data, _borrowed_data))


def _borrowed_data(code: str) -> dict | None:
    other = load_or_none(code)
    return other.yaml("times") if other else None


def run(rec: Record, pack: LangPack | None) -> None:
    if pack is None:
        return None
    rec.times = find_times(rec.text, pack, rec.published, getattr(rec, "retrieved", None))


def find_times(text: str, pack: LangPack | None, published: str | None,
               retrieved: str | None = None) -> list[TimeExpr]:
    """Time expressions of `text` with their values, resolved against `published` (YYYY-MM-DD);
    without it, against the day its publication stamp states (`_stamped_day`), else the day the
    article states as its own, if it does (`_own_day`). With no
    publication date, the retrieval date (an upper bound on it) adds a weaker `estimate` where
    the value leaves the year or the day open (`_estimates`)."""
    if pack is None or not text:
        return []
    grammar = grammar_for(pack)
    if grammar is None:
        return []
    try:
        pub = dt.date.fromisoformat(published) if published else None
    except ValueError:  # an impossible date ("2023-02-30") anchors nothing
        pub = None
    stamped = _stamped_day(text, grammar, pack.code) if pub is None else None
    pub = pub or stamped
    found = _find(text, grammar, pub)
    trace = {f.start: [{"step": "rule", "rule": f.rule.name, "decision": str(r.value)}] for f, r in found}
    own = _own_day(found, text) if pub is None else None
    if own is not None:
        fetched_own = _own_day_near_fetch(own, retrieved)
        if fetched_own is not None:  # its year stays unreported (T5), its weekday is known
            refound, year_known, weekday_known = _find(text, grammar, fetched_own), False, True
        else:
            refound, (year_known, weekday_known) = _find(text, grammar, own[0], weekdays_known=own[2]), own[1:]
        found = _traced("anchored_to_own_day", found, _anchored_to_own_day(
            found, refound, year_known, weekday_known, grammar.undated_relative_null), trace)
    found = _traced("anchored_to_when_said", found, _anchored_to_when_said(text, found, grammar.said, pub), trace)
    found = _traced("weekday_range_dated_by_bracket", found, _weekday_range_dated_by_bracket(text, found, grammar), trace)
    if pub is not None:
        found = _traced("weekdays_as_pinned", found, _weekdays_as_pinned(text, found, grammar, pub), trace)
        found = _traced("relative_days_as_pinned", found, _relative_days_as_pinned(found, pub), trace)
    estimates = _estimates(text, grammar, found, _weak_anchor(retrieved, own)) if pub is None else {}
    found = _page_stamps_left_out(text, found, grammar, trace)
    found = _habits_left_out(text, found, grammar, trace)
    found = _bare_days_told_again_left_out(text, found, grammar, trace)
    found = _bare_weekdays_told_again_left_out(text, found, grammar, trace)
    found = _bare_parts_of_today_told_again_left_out(text, found, grammar, trace)
    out = []
    for f, r in found:
        estimate = estimates.get((f.start, f.end))
        start = f.start
        f = _bare_end(text, f, grammar)
        out.append(TimeExpr(text=text[f.start:f.end], start=f.start, end=f.end, value=r.value,
                            time_of_day=r.time_of_day, **_estimate_fields(estimate)))
        out[-1]._explain = trace.get(start, [])
    if stamped is not None and out:  # the anchor is told once, by the first time kept
        out[0]._explain = [{"step": "anchor", "rule": "stamped_day", "decision": stamped.isoformat()}, *out[0]._explain]
    return out


def _page_stamps_left_out(text: str, found: list[tuple[Found, Resolved]], grammar: Grammar,
                          trace: dict[int, list[dict]]) -> list[tuple[Found, Resolved]]:
    """Without the times inside the page's own date stamps (the pack's `page_stamps`: "প্রকাশিত:
    ০৩:৪৫ পিএম, ২২ জুন ২০২৫", "Last modified: 24 May, 2025, 03:31 pm", a masthead "ঢাকা সোমবার,
    ২৯ ডিসেম্বর ২০২৫"): such a date tells when the page was put out, not a time the article names
    (annotators leave it out). Left out of the output only, after every time is resolved. The
    next time kept tells in its trace what was left out.
    Example: "প্রকাশ: ২৭ জানুয়ারি ২০২৫, ০৩:০৫ পিএম\nরোববার রাতে ডাকাতি হয়।" -> only "রোববার রাতে"."""
    stamps = [m.span() for m in grammar.page_stamps.finditer(text)]
    if not stamps:
        return found
    return _left_out(text, found, lambda f: any(s <= f.start and f.end <= e for s, e in stamps),
                     "page_stamps", trace)


def _stamped_day(text: str, grammar: Grammar, code: str) -> dt.date | None:
    """The day an undated article's publication stamp states with its year (DECISIONS T5: a
    "published" stamp is an anchor): the first of the pack's `page_stamps` that opens with a
    publication word (clean.yaml `dates.published_markers`), its full date. An "updated" stamp
    tells when the page changed, and a masthead ("ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫") the day the page
    was seen: neither anchors. A stamp with its clock first ("প্রকাশিত: ০৩:৪৫ পিএম, ২২ জুন ২০২৫")
    is one the cleaning's dateline reader leaves undated.
    Example: "প্রকাশিত: ০৩:৪৫ পিএম, ২২ জুন ২০২৫\nশনিবার রাতে তাঁকে ধরা হয়।" -> 2025-06-22 (so
    "শনিবার রাতে" is 2025-06-21)."""
    marker = rules_for(code).published_marker  # (compiled once per pack by the cleaning's rules)
    if marker is None:
        return None
    stamp = next((m.group(0) for m in grammar.page_stamps.finditer(text) if marker.match(m.group(0))), None)
    if stamp is None:
        return None
    day = next((r.value for _f, r in _find(stamp, grammar, None) if r.value and FULL_DATE.fullmatch(r.value)
                and r.value[:4].isdigit()), None)
    return dt.date.fromisoformat(day) if day else None


CLAUSE_BREAKS = ",;:()[]—–"  # what ends the reach of a habit word over the times after it


def _habits_left_out(text: str, found: list[tuple[Found, Resolved]], grammar: Grammar,
                     trace: dict[int, list[dict]]) -> list[tuple[Found, Resolved]]:
    """Without the times told as a habit or custom: a time after one of the pack's `habitual` words
    ("usually", "every year", "প্রথা অনুযায়ী") in its clause recurs, a frequency that names no
    calendar point (GUIDELINES T1), though no frequency word stands right before it. A clause break
    (a comma, a bracket, a dash) or a word of the pack's `habit_reach_ends` ("but", "কিন্তু") between
    the word and the time ends its reach ("Usually quiet, the market filled on Friday", "The fair
    usually opens in February but opened on 3 March": days of the news). Left out of the output only, after every time
    is resolved; the next time kept tells in its trace what was left out.
    Example: "The monsoon usually runs from late June to the end of September. Rain fell on 2 July."
    -> only "2 July"."""
    def habitual(f: Found) -> bool:
        start = sentence_start(text, f.start, CLAUSE_BREAKS)  # the clause's start
        start = max([start] + [m.end() for m in grammar.habit_reach_ends.finditer(text, start, f.start)])
        return grammar.habitual.search(text, start, f.start) is not None
    return _left_out(text, found, habitual, "habitual", trace)


DAY_TOLD_IN_FULL = {"weekday", "day"}  # what a relative day told in full names besides itself
ONE_WORD = regex.compile(r"\p{L}+")


def _bare_days_told_again_left_out(text: str, found: list[tuple[Found, Resolved]], grammar: Grammar,
                                   trace: dict[int, list[dict]]) -> list[tuple[Found, Resolved]]:
    """Without a bare "today" (the day word, nothing else) told after the article named the day
    in full ("3:00 pm today, Friday", "today (29 December)"), in a pack with `bare_day_told_once`
    (English): it is the same day told again, which the gold codes once (DECISIONS T8), and a
    reader learns nothing new from it. A bare "today" before the full one stays, and so does a
    bare "yesterday", which tells a second day of the story (the gold codes it again).
    Example: "He arrived at 3 pm today, Friday. Like yesterday, today he waved." -> "3 pm today,
    Friday" and "yesterday"."""
    if not grammar.bare_day_told_once:
        return found
    full = next((f.start for f, _r in found if f.fields.get("deictic") == 0 and DAY_TOLD_IN_FULL & f.fields.keys()),
                None)
    if full is None:
        return found
    def told_again(f: Found) -> bool:  # the word alone: "today's protest" is a string of its own
        return f.start > full and _fields(f) == {"deictic": 0} and ONE_WORD.fullmatch(text, f.start, f.end) is not None
    return _left_out(text, found, told_again, "bare_day_told_once", trace)


def _bare_weekdays_told_again_left_out(text: str, found: list[tuple[Found, Resolved]], grammar: Grammar,
                                       trace: dict[int, list[dict]]) -> list[tuple[Found, Resolved]]:
    """Without a bare weekday (the day word, nothing else) told after the article named that day
    with its relative day ("tomorrow, Thursday", "9 am yesterday (Friday)"), in a pack with
    `bare_day_told_once` (English): DECISIONS T8 codes a weekday already coded once, and the
    gold leaves such a repeat out. The same value is asked for (another Friday stays), and the
    full form must carry a relative day: after "Saturday evening" or "last Friday" the bare day
    is a string the gold codes again.
    Example: "Shops stay shut tomorrow, Thursday. Factories close on Thursday too." ->
    "tomorrow, Thursday" only."""
    if not grammar.bare_day_told_once:
        return found
    told = {}  # the value of each day told with its relative day and weekday -> where first told
    for f, r in found:
        if r.value and {"deictic", "weekday"} <= _fields(f).keys():
            told.setdefault(r.value, f.start)
    def told_again(f: Found, r: Resolved) -> bool:
        return _fields(f).keys() == {"weekday"} and told.get(r.value, f.start) < f.start \
            and ONE_WORD.fullmatch(text, f.start, f.end) is not None
    values = {f.start: r for f, r in found}
    return _left_out(text, found, lambda f: told_again(f, values[f.start]), "bare_weekday_told_once", trace)


def _bare_parts_of_today_told_again_left_out(text: str, found: list[tuple[Found, Resolved]], grammar: Grammar,
                                             trace: dict[int, list[dict]]) -> list[tuple[Found, Resolved]]:
    """Without a bare part of today ("this morning", nothing else) told after the article named
    that part with its day ("this morning (29 December)", "this evening, Monday"), in a pack with
    `bare_day_told_once` (English): the same part of the same day told again, coded once (DECISIONS
    T8), as a bare "today" after "today, Friday" (`_bare_days_told_again_left_out`). Another part
    of the day, one told before the full form, and "this morning's" (a string of its own) stay.
    Example: "Queues formed from this morning (29 December). Ten filed papers this morning." ->
    "this morning (29 December)" only."""
    if not grammar.bare_day_told_once:
        return found
    told = {}  # each part of today told with its day -> where first told
    for f, _r in found:
        fields = _fields(f)
        if fields.get("deictic") == 0 and "period" in fields and DAY_TOLD_IN_FULL & fields.keys():
            told.setdefault(fields["period"], f.start)
    def told_again(f: Found) -> bool:
        fields = _fields(f)
        return fields.keys() == {"deictic", "period"} and fields["deictic"] == 0 \
            and told.get(fields["period"], f.end) < f.start and not text.startswith(("'", "’"), f.end)
    return _left_out(text, found, told_again, "bare_part_of_today_told_once", trace)


def _left_out(text: str, found: list[tuple[Found, Resolved]], out, rule: str,
              trace: dict[int, list[dict]]) -> list[tuple[Found, Resolved]]:
    """The times of `found` that `out` does not take, with each one taken noted (under `rule`) in
    the trace of the next time kept. Example: (.., [A at 0, B at 9], B is out, "page_stamps", {})
    -> [A]; B is noted nowhere, no time is kept after it."""
    kept, left_out = [], []
    for f, r in found:
        (left_out if out(f) else kept).append((f, r))
    for f, _r in left_out:
        after = next((g for g, _r in kept if g.start > f.start), None)
        if after is not None:
            trace.setdefault(after.start, []).append({"step": "left out", "rule": rule,
                                                      "decision": f"{text[f.start:f.end]!r} at {f.start}"})
    return kept


def _traced(step: str, before: list[tuple[Found, Resolved]], after: list[tuple[Found, Resolved]],
            trace: dict[int, list[dict]]) -> list[tuple[Found, Resolved]]:
    """`after`, a step's output, with each value the step changed from `before` recorded in
    `trace` under the expression's start, for `khobor extract --explain` (times.explain).
    Example: ("relative_days_as_pinned", [("গতকাল" at 40, "2025-10-22")], [("গতকাল" at 40,
    "2025-10-23")], {}) -> trace[40] gains {"step": "resolve", "rule": "relative_days_as_pinned",
    "decision": "2025-10-22 -> 2025-10-23"}."""
    old = {f.start: r.value for f, r in before}
    for f, r in after:
        if f.start in old and old[f.start] != r.value:
            trace.setdefault(f.start, []).append(
                {"step": "resolve", "rule": step, "decision": f"{old[f.start]} -> {r.value}"})
    return after


def _estimate_fields(estimate: str | None) -> dict:
    """The TimeExpr fields of a weak estimate: {} for none, else the value and its confidence."""
    if estimate is None:
        return {}
    return {"estimate": estimate, "confidence": WEAK_CONFIDENCE}


def _weak_anchor(retrieved: str | None, own: tuple[dt.date, bool, bool] | None) -> dt.date | None:
    """The day to resolve against when only the retrieval date is known: the article's own day
    ("আজ সোমবার (২৯ ডিসেম্বর)") in the latest year that puts it on or before retrieval (on its
    stated weekday, if any), else the retrieval day itself. Example: retrieved "2025-12-30", own
    day 29 December (a Monday) -> 2025-12-29; no own day -> 2025-12-30."""
    fetched = _day_or_none(retrieved)
    if fetched is None or own is None:
        return fetched
    day, year_known, _ = own
    if year_known:
        return day
    return _own_day_in_fetch_year(own, fetched) or fetched


def _day_or_none(value: str | None) -> dt.date | None:
    """The day `value` (YYYY-MM-DD) names, or None. Example: "2025-02-30" -> None."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _own_day_in_fetch_year(own: tuple[dt.date, bool, bool], fetched: dt.date) -> dt.date | None:
    """The article's year-less own day in the latest year that puts it on or before the day the
    page was fetched (on its stated weekday, if any), up to eight years back.
    Example: ((29 December of a stand-in year, a Monday), 2026-01-02) -> 2025-12-29."""
    day, _, weekday_known = own
    for year in range(fetched.year, fetched.year - 8, -1):
        try:
            d = day.replace(year=year)
        except ValueError:
            continue
        if d <= fetched and (not weekday_known or d.isoweekday() == day.isoweekday()):
            return d
    return None


FETCH_DAYS = 7  # an article's own day this close before the day its page was fetched is of that week


def _own_day_near_fetch(own: tuple[dt.date, bool, bool], retrieved: str | None) -> dt.date | None:
    """The year-less day an undated article states as its own ("today (29 December)"), dated by
    the day its page was fetched when it falls within FETCH_DAYS before it; else None. Why: a page
    fetched on 30 December that says "today (29 December)" was written on the 29th of that year, so
    its "Monday" and its "12 February" of the next year can be told; a day months before the fetch
    may be of any year, and then nothing is dated (GUIDELINES T4: no year is invented).
    Example: ((29 December, year unknown), "2025-12-30") -> 2025-12-29; with "2025-06-01" -> None."""
    fetched = _day_or_none(retrieved)
    if fetched is None or own[1]:
        return None
    day = _own_day_in_fetch_year(own, fetched)
    return day if day is not None and (fetched - day).days <= FETCH_DAYS else None


def _estimates(text: str, grammar: Grammar, found: list[tuple[Found, Resolved]],
               anchor: dt.date | None) -> dict[tuple[int, int], str]:
    """By span, the values resolved against the weak anchor where the value found without it
    leaves the year or the day open (XXXX..., or null): "৪ জানুয়ারি" retrieved 2025-12-29 ->
    "2026-01-04" (a future statement: the nearest), "born on 18 May" -> the latest on or before."""
    if anchor is None:
        return {}
    open_spans = {(f.start, f.end) for f, r in found if r.value is None or r.value.startswith("XXXX")}
    if not open_spans:
        return {}
    weak = _anchored_to_when_said(text, _find(text, grammar, anchor, weak=True), grammar.said)
    weak = _weekday_range_dated_by_bracket(text, weak, grammar)
    return {(f.start, f.end): r.value for f, r in weak
            if (f.start, f.end) in open_spans and r.value and r.value[:4].isdigit()}


def _bare_end(text: str, f: Found, grammar: Grammar) -> Found:
    """A rule with `bare_end: CLASS` ends its span at the bare form of that class's last word,
    without its case ending: "২০১৯ সালের পর" -> "২০১৯ সাল" (year_marked, bare_end: yearmark). Why: the
    case ending belongs to the sentence, not the date, and the bare word keeps the span overlapping
    both ways of marking it ("২০১৯", "২০১৯ সালের")."""
    name = f.rule.options.get("bare_end")
    if not name:
        return f
    span = text[f.start:f.end]
    for bare in grammar.bare_forms(name):
        at = span.rfind(bare)
        if at > 0 and span[at - 1].isspace():
            return replace(f, end=f.start + at + len(bare))
    return f


def _fields(f: Found) -> dict:
    """The match's slots over the values its rule sets (times.yaml `set`), as resolve reads them.
    Example: "this morning" by en rule this_part (set {deictic: 0}, slot period) -> {"deictic": 0,
    "period": ...}."""
    return {**(f.rule.options.get("set") or {}), **f.fields}


def _find(text: str, grammar: Grammar, pub: dt.date | None, weak: bool = False,
          weekdays_known: bool = True) -> list[tuple[Found, Resolved]]:
    """The chosen matches of `text` with their resolved values (`weak`: `pub` is only an upper
    bound on publication, the retrieval date; `weekdays_known` false: `pub` is a day in a stand-in
    year, whose weekdays are not the article's, so a weekday names no day)."""
    resolved: dict[int, Resolved | dict | None] = {}

    def keep(f: Found) -> bool:
        if f.rule.options.get("block"):  # a name that looks like a time: occupies its words, emits nothing
            resolved[id(f)] = None
            return True
        fields = _fields(f)
        if REFERRING_SLOTS & fields.keys():  # "that day": resolved below, from what precedes it
            resolved[id(f)] = fields
            return True
        got = resolve(fields, Context(text, f, grammar, pub, weak, weekdays_known), f.rule.options)
        if got is None:
            return False
        resolved[id(f)] = got
        return True

    chosen = select(grammar.candidates(text), keep)
    _resolve_references(text, chosen, resolved, lambda f: Context(text, f, grammar, pub, weak, weekdays_known))
    found = [(f, r) for f in chosen if isinstance(r := resolved[id(f)], Resolved)]
    return _range_ends_in_order(text, found, grammar, pub, weak)


DATED = regex.compile(r"\d{4}-\d\d(?:-\d\d)?")  # a day or a month of a known year
YEAR_WRITTEN = {"year", "year2", "anayear"}  # fields that say the year of a date


def _range_ends_in_order(text: str, found: list[tuple[Found, Resolved]], grammar: Grammar,
                         pub: dt.date | None, weak: bool) -> list[tuple[Found, Resolved]]:
    """The two ends of a range ("from 20 December to 5 January", "জানুয়ারি থেকে অক্টোবর"), joined by
    the pack's `range_joins`, resolved out of order (the start after the end) are put in order by
    moving one end by a year: the end whose year is not written (the other's is: "January to
    October of the current year"), else the one the tense and publication choose
    (`_range_in_order`). Why: each end is resolved alone, and "5 January" told in the past two
    weeks after 20 December would otherwise be the January before it.
    Example: "20 December to 5 January" told in the past on 2026-01-10, ends 2025-12-20 and
    2025-01-05 -> 2025-12-20 and 2026-01-05."""
    out = list(found)
    for k in range(len(out) - 1):
        (f1, r1), (f2, r2) = out[k], out[k + 1]
        if not (r1.value and r2.value and DATED.fullmatch(r1.value) and DATED.fullmatch(r2.value)):
            continue
        common = min(len(r1.value), len(r2.value))
        if r1.value[:common] <= r2.value[:common] or not grammar.range_join.fullmatch(text, f1.end, f2.start):
            continue
        ends = _range_in_order(r1.value, r2.value, _year_written(f1), _year_written(f2),
                               Context(text, f1, grammar, pub, weak))
        if ends is not None:
            out[k], out[k + 1] = (f1, replace(r1, value=ends[0])), (f2, replace(r2, value=ends[1]))
    return out


def _year_written(f: Found) -> bool:
    """Whether the text says the year of expression `f` ("২০২৬ সালের ৪ জানুয়ারি", "October of the
    current year"), rather than its resolution choosing one. Example: "5 January" -> False."""
    return bool(YEAR_WRITTEN & f.fields.keys()) or (f.fields.get("unit") == "year" and "shift" in f.fields)


def _range_in_order(start: str, end: str, start_written: bool, end_written: bool,
                    ctx: Context) -> tuple[str, str] | None:
    """The ends of an out-of-order range put in order: the start a year back or the end a year on.
    A written year stays; with neither written, the tense keeps the ranges on its side of
    publication (past: begun by then; future: not over by then) and the one nearest publication
    wins; with no publication date, a tie, or no move that orders them, nothing moves (None).
    Example: ("2026-01", "2025-10", False, False, a past clause of 2025-12-23) -> ("2025-01", "2025-10")."""
    options = []
    if not start_written:
        options.append((_moved_year(start, -1), end))
    if not end_written:
        options.append((start, _moved_year(end, 1)))
    options = [o for o in options if None not in o and o[0][:7] <= o[1][:7]]
    if len(options) < 2:
        return options[0] if options else None
    if ctx.pub is None:
        return None
    periods = [(o, _first_day(o[0]), _last_day(o[1])) for o in options]
    tense = ctx.tense
    sided = [p for p in periods if (tense != "past" or p[1] <= ctx.pub) and (tense != "future" or p[2] >= ctx.pub)]
    periods = sided or periods
    far = [max((p[1] - ctx.pub).days, (ctx.pub - p[2]).days, 0) for p in periods]
    best = [p[0] for p, d in zip(periods, far) if d == min(far)]
    return best[0] if len(best) == 1 else None


def _moved_year(value: str, years: int) -> str | None:
    """`value` (YYYY-MM or YYYY-MM-DD) in the year `years` on, or None when that day does not exist.
    Example: ("2025-01-05", 1) -> "2026-01-05"; ("2024-02-29", 1) -> None."""
    moved = f"{int(value[:4]) + years:04d}{value[4:]}"
    try:
        _first_day(moved)
    except ValueError:
        return None
    return moved


def _first_day(value: str) -> dt.date:
    """The first day of a day or month value. Example: "2025-10" -> 2025-10-01."""
    return dt.date.fromisoformat(value if len(value) == 10 else value + "-01")


def _last_day(value: str) -> dt.date:
    """The last day of a day or month value. Example: "2025-02" -> 2025-02-28."""
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    y, m = _add_months(int(value[:4]), int(value[5:7]), 1)
    return dt.date(y, m, 1) - dt.timedelta(days=1)


def _own_day(found: list[tuple[Found, Resolved]], text: str) -> tuple[dt.date, bool, bool] | None:
    """The day an undated article states as its own (GUIDELINES T4): "today (29 December)", "আজ
    সোমবার (২৯ ডিসেম্বর)", "yesterday (28 December)". Returns the day, whether its year is known and whether its weekday
    is (stated, or known from the year); a year-less day is
    placed in a stand-in year where it falls on the stated weekday, so that "yesterday" and
    "on Sunday" count back right (their year is then reported unknown, XXXX). A day inside a
    quotation is the speaker's (a statement dated "‘আজ ২৮/১২/২০২৫, ...’"), not one the article
    states as its own (DECISIONS T5): it anchors nothing."""
    for f, _ in found:
        fields = f.fields
        offset = fields.get("deictic")
        if not isinstance(offset, int) or fields.get("month") is None or fields.get("day") is None or _quoted(text, f):
            continue
        month, day, year, weekday = fields["month"], fields["day"], fields.get("year"), fields.get("weekday")
        years = [year] if year else range(2004, 2032) if weekday else [2004]  # 28 years: every weekday, leap day
        for y in years:
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            if weekday is None or year or d.isoweekday() == weekday:  # "yesterday (28 December)": the 29th
                return d - dt.timedelta(days=offset), bool(year), bool(year or weekday)
    return None


def _anchored_to_own_day(unanchored: list, anchored: list, year_known: bool,
                         weekday_known: bool, relative_null: bool = False) -> list[tuple[Found, Resolved]]:
    """The matches resolved against the article's own day; with its year unknown, a value that
    came from the stand-in (or fetch-dated) year says XXXX ("yesterday" -> "XXXX-12-28"), one the
    text gives stays; with its weekday unknown too, a bare weekday stays unanchored. A date in the
    year after the own day's says XXXX as well ("৪ জানুয়ারি" told on 29 December -> "XXXX-01-04"):
    with no anchor, no year is inferred from the fetch or from other dates (DECISIONS T5). With
    `relative_null` (Grammar.undated_relative_null: times.yaml `undated_by_t5`, whole or
    `relative_days`), an expression relative to the own day stays null (`_relative_without_anchor`)."""
    if year_known:
        return anchored
    by_span = {(f.start, f.end): r for f, r in anchored}
    out = []
    for f, r0 in unanchored:
        r1 = by_span.get((f.start, f.end))
        # reached by a day word joined to a weekday ("Yesterday, Tuesday night"): the stand-in year
        # would move it to that year's Tuesday (test_the_weekday_filter_of_an_own_day_without_its_weekday_is_reached)
        if not weekday_known and "weekday" in f.fields and "day" not in f.fields:
            r1 = None
        if relative_null and _relative_without_anchor(f):
            r1 = None
        value = r0.value
        if r1 is not None and r1.value and not (value and value[:4].isdigit()) and STAND_IN.fullmatch(r1.value):
            value = "XXXX" + r1.value[4:]
        out.append((f, Resolved(value, r0.time_of_day)))
    return out


def _relative_without_anchor(f: Found) -> bool:
    """Whether `f` names its day only relative to the article's own day, with no day, month or
    year of its own and no reference back: a bare weekday, "আজ", "গতকাল", "this month". In an
    article with no anchor (DECISIONS T5: "a bare relative day or weekday is null"), such an
    expression is null even where the article states its own day without a year: the own day
    dates only the expression that carries it ("আজ সোমবার (২৯ ডিসেম্বর)" -> XXXX-12-29) and the
    anaphors that point back to a dated one ("এদিন").
    Example: "রোববার বেলা সাড়ে ৩টার দিকে" after "আজ সোমবার (২৯ ডিসেম্বর)" -> True (null, not XXXX-12-28)."""
    return not {"day", "month", "year"} & f.fields.keys() and not REFERRING_SLOTS & f.fields.keys()


PINNED_WEEK = 6  # a weekday pinned to a date this close to publication is the week's one


def _weekdays_as_pinned(text: str, found: list[tuple[Found, Resolved]], grammar: Grammar,
                        pub: dt.date) -> list[tuple[Found, Resolved]]:
    """A bare weekday is the day the article pins that weekday to elsewhere ("বুধবার (৩১ ডিসেম্বর)",
    "আগামীকাল বুধবার"), when it pins it to one date only, within a week of publication: "বুধবার
    (৩১ ডিসেম্বর) সাধারণ ছুটি ঘোষণা করা হয়েছে"
    makes the headline's "বুধবার সাধারণ ছুটি" 31 December too, whatever tense its sentence seems
    to have. A weekday with its own shift ("গত বুধবার", "next Friday") or day word keeps its value,
    and so does one whose own clause says it is still to come while the pinned day is past
    (`_told_ahead_of_pinned_day`).
    Example: [("বুধবার (৩১ ডিসেম্বর)", "2025-12-31"), ("বুধবার", "2025-12-24")], 2025-12-30 ->
    the second becomes "2025-12-31"."""
    pinned: dict[int, set[str]] = {}
    for f, r in found:
        if ("weekday" in f.fields and {"day", "deictic"} & f.fields.keys() and r.value
                and FULL_DATE.fullmatch(r.value[:10])):
            pinned.setdefault(f.fields["weekday"], set()).add(r.value[:10])
    out = []
    for f, r in found:
        days = pinned.get(f.fields.get("weekday"), set())
        if (len(days) == 1 and _is_bare_weekday(f) and r.value != (day := next(iter(days)))
                and _news_of_the_week(day, pub) and not _told_ahead_of_pinned_day(text, f, grammar, day, pub)):
            r = Resolved(day, r.time_of_day)
        out.append((f, r))
    return out


def _relative_days_as_pinned(found: list[tuple[Found, Resolved]], pub: dt.date) -> list[tuple[Found, Resolved]]:
    """A bare relative day ("গতকাল", "yesterday") is the day the article pins the same word to
    elsewhere with a weekday or a date ("গতকাল বৃহস্পতিবার", where the weekday the writer saw wins:
    `_deictic`), when it pins it to one day only: the writer's yesterday is one day throughout the
    article. One counted from another day than publication (a quotation's, `_anchored_to_when_said`)
    keeps its value.
    Example: published Thursday 2025-10-23, [("গতকাল বৃহস্পতিবার", "2025-10-23"), ("গতকাল",
    "2025-10-22")] -> the second becomes "2025-10-23"."""
    pinned: dict[int, set[str]] = {}
    for f, r in found:
        offset = f.fields.get("deictic")
        if isinstance(offset, int) and {"weekday", "day"} & f.fields.keys() and r.value and FULL_DATE.fullmatch(r.value):
            pinned.setdefault(offset, set()).add(r.value)
    out = []
    for f, r in found:
        offset = f.fields.get("deictic")
        days = pinned.get(offset, set()) if isinstance(offset, int) else set()
        if (len(days) == 1 and _relative_without_anchor(f) and "weekday" not in f.fields
                and r.value == (pub + dt.timedelta(days=offset)).isoformat()):
            r = Resolved(next(iter(days)), r.time_of_day)
        out.append((f, r))
    return out


def _told_ahead_of_pinned_day(text: str, f: Found, grammar: Grammar, day: str, pub: dt.date) -> bool:
    """Whether the weekday's own clause says it is still to come while the day the article pinned
    that weekday to is already past: a story opened on "গতকাল রোববার" (yesterday, Sunday) that
    ends "রোববার সন্ধ্যায় ত্রিপক্ষীয় বৈঠক হওয়ার কথা রয়েছে" (a meeting is due on Sunday evening)
    tells of the coming Sunday, not yesterday's.
    Example: ("রোববার সন্ধ্যায়" in "... বৈঠক হওয়ার কথা রয়েছে।", "2025-09-14", 2025-09-15) -> True."""
    return dt.date.fromisoformat(day) < pub and Context(text, f, grammar, pub).onward_tense == "future"


BRACKET_CHARS = 80  # the longest bracket of dates after a range of weekdays
BRACKET_CLOSE = regex.compile(r"[)\]]")


def _weekday_range_dated_by_bracket(text: str, found: list[tuple[Found, Resolved]],
                                    grammar: Grammar) -> list[tuple[Found, Resolved]]:
    """Two bare weekdays joined as a range (the pack's `range_joins`) and dated by the bracket
    right after them (`range_closes` may stand between) take the bracket's first and last dates:
    "বৃহস্পতিবার থেকে শনিবার পর্যন্ত (৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি)" -> বৃহস্পতিবার = 31
    December, শনিবার = 2 January. The dates keep their own values, each later one put after the one
    before (`_dates_in_order`). Why: alone, each weekday would be the bare weekday of the past or coming
    week, and each date the nearest of its own; the bracket says which days the range spans.
    Example: "from Wednesday to Friday (31 December to 2 January)", published 2025-12-28 ->
    Wednesday 2025-12-31, Friday 2026-01-02."""
    out = list(found)
    for k in range(len(out) - 1):
        (f1, r1), (f2, r2) = out[k], out[k + 1]
        if not (_is_bare_weekday(f1) and _is_bare_weekday(f2)
                and grammar.range_join.fullmatch(text, f1.end, f2.start)):
            continue
        opening = grammar.range_bracket.match(text, f2.end)
        closing = BRACKET_CLOSE.search(text, opening.end(), opening.end() + BRACKET_CHARS) if opening else None
        if closing is None:
            continue
        inside = [j for j in range(k + 2, len(out)) if opening.end() <= out[j][0].start and out[j][0].end <= closing.start()
                  and out[j][1].value and FULL_DATE.fullmatch(out[j][1].value)]
        if not inside:
            continue
        for years in (0, 1, -1):  # the weekdays tell the year of dates resolved in the wrong one
            dated = _dates_in_order(_moved_by(out, inside, years), inside)
            first, last = dated[inside[0]][1].value, dated[inside[-1]][1].value
            if first and last and _weekday_agrees(first, f1) and _weekday_agrees(last, f2):
                out = dated
                out[k], out[k + 1] = (f1, Resolved(first, r1.time_of_day)), (f2, Resolved(last, r2.time_of_day))
                break
    return out


def _moved_by(found: list[tuple[Found, Resolved]], listed: list[int], years: int) -> list[tuple[Found, Resolved]]:
    """The dates at `listed` whose year was resolved, not written, moved by `years` (one that does
    not exist then, 29 February, is None). Example: ("2025-01-01", 1) -> "2026-01-01"."""
    if not years:
        return found
    out = list(found)
    for j in listed:
        f, r = out[j]
        if r.value[:4].isdigit() and not _year_written(f):
            out[j] = (f, Resolved(_moved_year(r.value, years), r.time_of_day))
    return out


def _dates_in_order(found: list[tuple[Found, Resolved]], listed: list[int]) -> list[tuple[Found, Resolved]]:
    """The dates at `listed` (a list in one bracket, in the text's order), each one resolved
    before the one ahead of it and with no year written moved a year on.
    Example: ("2025-12-31", "2025-01-01", "2025-01-02") -> ("2025-12-31", "2026-01-01", "2026-01-02")."""
    out = list(found)
    for a, b in zip(listed, listed[1:]):
        (fb, rb), before = out[b], out[a][1].value
        if rb.value and before and rb.value[:4].isdigit() and before[:4].isdigit() and rb.value < before and not _year_written(fb):
            moved = _moved_year(rb.value, 1)
            if moved is not None:
                out[b] = (fb, Resolved(moved, rb.time_of_day))
    return out


def _weekday_agrees(value: str, f: Found) -> bool:
    """Whether a date `value` may be the weekday of `f`: always when its year is unknown (XXXX).
    Example: ("2025-12-31", Wednesday) -> True; ("2025-12-30", Wednesday) -> False."""
    if not value[:4].isdigit():
        return True
    return dt.date.fromisoformat(value).isoweekday() == f.fields.get("weekday")


def _is_bare_weekday(f: Found) -> bool:
    """A weekday alone (with its part of the day or hour): no date, shift, or day word with it."""
    return "weekday" in f.fields and not {"day", "month", "year", "shift", "deictic", "anaphor"} & f.fields.keys()


def _anchored_to_when_said(text: str, found: list[tuple[Found, Resolved]], said: regex.Pattern,
                           pub: dt.date | None = None) -> list[tuple[Found, Resolved]]:
    """A relative day inside a quotation counts from the day the quote was given when the text
    says it, outside the quotation marks in the sentences that hold them: 'Speaking on Sunday (28
    December), he said: "We will meet tomorrow."' -> tomorrow is 29 December, whatever the
    publication date. With no such day there, from the day the story opened on, when that is one
    or two days before publication (`_lead_day_before`, given `pub`); with none, or two different
    ones, it counts from publication. Speech the quotation itself reports after a day it names
    counts from that day instead (`_day_of_speech_inside`)."""
    out = list(found)
    for qs, qe in ((m.start(), m.end()) for m in QUOTATION.finditer(text)):
        if qe - qs > QUOTE_CHARS:  # a long or unbalanced quotation: its attribution is not at hand
            continue
        inside = [k for k, (f, r) in enumerate(out) if qs <= f.start and f.end <= qe and r.value
                  and isinstance(f.fields.get("deictic"), int) and FULL_DATE.fullmatch(r.value)
                  and not {"weekday", "month"} & f.fields.keys()]  # "tomorrow, Friday" places itself
        if not inside:
            continue
        s, e = _attribution_window(text, qs, qe, said)
        days_said = {r.value for f, r in out if (s <= f.start < qs or qe <= f.start < e) and r.value
                and FULL_DATE.fullmatch(r.value) and "anaphor" not in f.fields}
        if not days_said:
            days_said = _lead_day_before(out, qs, pub, text)
        day = days_said.pop() if len(days_said) == 1 else None
        for k in inside:
            f, r = out[k]
            told = _day_of_speech_inside(text, out, qs, f, said) or day
            if told is not None:
                out[k] = (f, Resolved(_add_days(told, f.fields["deictic"]), r.time_of_day))
    return out


def _day_of_speech_inside(text: str, found: list[tuple[Found, Resolved]], qs: int, f: Found,
                          said: regex.Pattern) -> str | None:
    """The day a quotation itself tells of before the relative day `f` when a verb of saying stands
    between them: speech reported inside the quotation counts from the day it was said there, not
    from the day the quotation was given. The day is the last one the quotation names before `f`
    that is not itself counted from the telling (a date, "that morning"), with a full date.
    Example: ('জবানবন্দিতে তিনি বলেন, “সেদিন সকালে ইমরান আমাকে বলে, আব্বা, আজ শেষ দিন”', after "২০২৪
    সালের ৫ আগস্ট", the match of "আজ") -> "2024-08-05"."""
    told = [(g, r) for g, r in found if qs <= g.start and g.end <= f.start and r.value
            and FULL_DATE.fullmatch(r.value) and not isinstance(g.fields.get("deictic"), int)]
    if not told:
        return None
    g, r = told[-1]
    return r.value if said.search(text, g.end, f.start) else None


# how many days before publication the day a story opened on may be, for its quotations to have
# been said that day (a report of last night's match or of yesterday's meeting)
LEAD_DAY_REACH = (1, 2)


def _lead_day_before(found: list[tuple[Found, Resolved]], start: int, pub: dt.date | None,
                     text: str) -> set[str]:
    """The day the story opened on, as the day a quotation at `start` with no day of its own was
    said: the first day the article writes out before it (not a reference), when that day is one
    or two days before publication (`LEAD_DAY_REACH`) and the story has not moved on to the day of
    publication by the quotation (`_moved_on_to_publication_day`, read in `text`); else none.
    Why: a report published the morning after a meeting quotes what was said there ("The meeting was held yesterday, Monday. ... said,
    'We have come here today to ...'": today is Monday), and counting from publication puts every
    "today" of it a day late. Example: ([("yesterday, Monday", "2025-12-22"), ...], 300,
    2025-12-23, text) -> {"2025-12-22"}."""
    if pub is None:
        return set()
    for k, (f, r) in enumerate(found):
        if f.start >= start:
            break
        if r.value and FULL_DATE.fullmatch(r.value) and not REFERRING_SLOTS & f.fields.keys():
            # one or two days before publication only: a quotation in a story that opened earlier
            # ("a fire on Saturday ... 'still searching today'", published Tuesday) may have been
            # said on any day since
            recent = {(pub - dt.timedelta(days=n)).isoformat() for n in LEAD_DAY_REACH}
            if r.value not in recent or _moved_on_to_publication_day(text, found[k + 1:], start, pub):
                return set()
            return {r.value}
    return set()


def _moved_on_to_publication_day(text: str, found: list[tuple[Found, Resolved]], start: int, pub: dt.date) -> bool:
    """Whether the story, opened on an earlier day, has moved on to the day of publication by the
    quotation at `start`: the last day it writes out before the quotation, outside quotations, is
    "today" ("আজ সকালে", "this morning"), so the quotation is of that day, not of the day the story
    opened on. A weekday that happens to be publication's does not move it ("beat Madrid on Tuesday
    night ... Bayern host Paris on Wednesday ... 'Today we were better'" is Tuesday's).
    Example: a killing "গতকাল শনিবার", then villagers' protest "আজ সকালে" and a teacher's words
    "আজকে একটা সংসার শেষ হইত না" -> True."""
    quoted = _quotations(text)
    days = [(r.value, _fields(f).get("deictic"))
            for f, r in found if f.start < start and r.value and FULL_DATE.fullmatch(r.value)
            and not REFERRING_SLOTS & f.fields.keys() and not any(qs <= f.start < qe for qs, qe in quoted)]
    return bool(days) and days[-1] == (pub.isoformat(), 0)


def _attribution_window(text: str, qs: int, qe: int, said: regex.Pattern) -> tuple[int, int]:
    """Where the attribution of the quotation at [qs, qe) may be: from the end of the sentence
    before it to the end of the sentence it stands in, or, when the quotation closes its own
    sentence (its last words end in a full stop), of the sentence after it only if that one has a
    verb of saying (“...।” শুক্রবার তিনি এ কথা বলেন।); 'He said, "Today, five vessels went." The
    service started on 1 November.': "Today" is not 1 November.
    Example: ('He said, "We go today." It began on 1 May.', 8, 23, said) -> (0, 23)."""
    s = sentence_start(text, qs)
    after = sentence_end().search(text, qe)
    e = after.end() if after else len(text)
    if _quote_ends_sentence().search(text, qs, qe - 1) and not said.search(text, qe, e):
        return s, qe
    return s, e


def _resolve_references(text: str, chosen: list[Found], resolved: dict, context) -> None:
    """Expressions that name a day or a year by reference ("that day", "the next day", "এদিন",
    "ওই বছর", "2 July that year") take it from the nearest expression before them that names
    one, in the same sentence or the two before it: "Sunday (28 December) ... that night" is 28
    December; farther back in the paragraph only while the story has not moved on
    (`_close_enough`, `_reaches_far`); with nothing close enough before them they are not reported.
    Example: "গত ১২ জানুয়ারি সভা হয়। পরদিন হরতাল।" -> পরদিন = the 13th."""
    told = _Told()
    story: tuple[int, int, bool] | None = None  # (the last year written out, where it ended, told with a day)
    written = [v for f in chosen if "year" in f.fields and isinstance(v := f.fields["year"], int)]
    latest_year = max(written) if written else None
    for f in chosen:
        r, ctx = resolved[id(f)], context(f)  # one Context per expression: it keeps the clause's tense once read
        in_story = None  # the value in the story's year, when it is not the one reported
        if isinstance(r, Resolved) and story is not None:
            in_story = _in_story_year(text, f, r, story, ctx, latest_year, told.last_end)
            if _story_year_reported(ctx):
                r, in_story = in_story, None
                resolved[id(f)] = r
        if f.rule.options.get("story_year"):  # "during the Liberation War": told in 1971
            story = (int(f.rule.options["story_year"]), f.end, False)
        if isinstance(r, dict):
            r = resolved[id(f)] = told.refer(text, f, r, ctx)
        told.last_end = f.end if _names_a_time(f) else told.last_end
        if not isinstance(r, Resolved):
            continue
        story = _story_after(f, r, story, ctx)  # a date told again opens no story of its year
        r = resolved[id(f)] = _restated_in_its_year(text, f, r, told.dated, ctx)
        told.note(f, r, in_story, quoted=_quoted(text, f))


@dataclass
class _Told:
    """The day and year told so far, as `_resolve_references` reads the expressions in order."""
    day: Any = NOTHING  # the value of the last expression naming a day (None: a day with no anchor)
    day_end: int = 0
    explicit: bool = False  # whether the last day named was written out (not itself a reference)
    year: int | None = None
    year_end: int = 0
    last_end: int = 0  # where the last expression naming a time ended
    lead: Any = NOTHING  # the first day written out (not a reference): the day the story opened on
    dated: dict = field(default_factory=dict)  # "MM-DD" of each date told with its year -> (year, end)
    today: bool = False  # whether the last day named was told as today ("আজ", "today"), not referred to

    def refer(self, text: str, f: Found, fields: dict, context: Context) -> Resolved | None:
        """Reference `f` (its `fields`) resolved against the day and year told, each only when
        close enough before it, and the day not when a clause of its own defines it ("যেদিন …, সেদিন");
        with no day close, a rule with `lead_day_without_antecedent` ("the same day") takes the
        day the article first wrote out, when it is the news of the week (`_news_of_the_week`).
        Example: (.., "পরদিন", ..) after "গত ১২ জানুয়ারি" in the sentence before -> the 13th."""
        own = _day_of_its_own_clause(text, f, self.day_end, context.grammar)
        near = lambda end: not own and (_close_enough(text, end, f.start, _reaches_far(f, self.explicit, end, self.last_end))
                                        or _next_day_opening_a_paragraph(text, f, fields, self.explicit, end, self.last_end))
        day = (self.day if near(self.day_end) and not _distal_after_today(f, fields, self.today)
               and not _distal_after_day_of_saying(text, f, fields, self.day_end, context.grammar.said) else NOTHING)
        if day is NOTHING and not own and f.rule.options.get("lead_day_without_antecedent"):
            day = self.lead if _news_of_the_week(self.lead, context.pub) else NOTHING
        if day is NOTHING and not own and _undated_this_day_is_the_lead(f, self.lead, context):
            day = self.lead
        return _referred(fields, day, self.year if near(self.year_end) else None, context, f.rule.options)

    def note(self, f: Found, r: Resolved, in_story: Resolved | None = None, quoted: bool = False) -> None:
        """Take the day and the year that expression `f`, resolved as `r`, names, if it names one;
        the year from `in_story` when given: the story's year of a date reported without it, so
        that "ওই বছরের ১৩ জুন" after "২০২৩ সালের ২৭ ফেব্রুয়ারি ... ২৯ এপ্রিল ... ৪ মে" is still of 2023.
        A day inside a quotation (`quoted`) is the speaker's, so it opens no story (`lead`).
        Example: ("5 August", Resolved("2025-08-05")) -> day "2025-08-05", year 2025."""
        if (r.value and DAY_VALUE.fullmatch(r.value)) or (r.value is None and NAMES_A_DAY & f.fields.keys()):
            self.day, self.day_end, self.explicit = r.value, f.end, not REFERRING_SLOTS & f.fields.keys()
            self.today = self.explicit and _fields(f).get("deictic") == 0
            if self.lead is NOTHING and self.explicit and not quoted and not _told_as_to_come(f):
                self.lead = r.value
        yearly = in_story or r
        if yearly.value and yearly.value[:4].isdigit():
            self.year, self.year_end = int(yearly.value[:4]), f.end
        if r.value and FULL_DATE.fullmatch(r.value[:10]) and r.value[:4].isdigit() and _year_written(f):
            self.dated[r.value[5:10]] = (int(r.value[:4]), f.end)


def _next_day_opening_a_paragraph(text: str, f: Found, fields: dict, explicit: bool, end: int, last_end: int) -> bool:
    """Whether a "next day" (offset 1: "পরদিন", "ঘটনার পরদিন", "the following day") in the first
    sentence of a paragraph may take the day written out in the paragraph just before, however far
    back in it: a narrative goes on to the next day in a new paragraph ("২০১৭ সালের ১৪ অক্টোবর
    সন্ধ্যায় তাকে ছুরিকাঘাত করা হয়। ... তিনি মারা যান।\nপরদিন তার বাবা মামলা করেন": the 15th). Only
    from a day written out (`explicit`, not another reference) with no time named after it
    (`last_end <= end`: a month told on the way means the story has moved on).
    Example: ("২০১৯ সালের ৩ মার্চ রাতে ... মারা যান।\nপরদিন ...", "পরদিন", {"anaphor": 1}, True, ..) -> True."""
    if fields.get("anaphor") != 1 or not explicit or last_end > end:
        return False
    if not _paragraph_break(text, end, f.start):
        return False
    last = list(PARAGRAPH_BREAK.finditer(text, end, f.start))[-1]
    gap = len(text[end:last.start()].rstrip())  # a blank line is one break
    return not _paragraph_break(text, end, end + gap) and not sentence_end().search(text, last.end(), f.start)


def _distal_after_today(f: Found, fields: dict, today: bool) -> bool:
    """Whether a distal "that day" (a rule with `distal`: "সেদিন", "ওই দিন", "that day", offset 0)
    would point at a day told as today: it never names the day of the telling, which a writer or a
    speaker calls "today"; it points farther back (the day of the story) or ahead, and with no other
    day close it is not reported. Example: ('আজ পর্যন্ত সাতজনের সাক্ষ্য নেওয়া হয়েছে। তার ভাষায়,
    “সাক্ষ্যই বলে দিচ্ছে সেদিন কী ঘটেছিল।”', "সেদিন", .., True) -> True."""
    return today and _distal_that_day(f, fields)


def _distal_that_day(f: Found, fields: dict) -> bool:
    """Whether `f` is a distal "that day" (a rule with `distal`: "সেদিন", "that day", offset 0).
    Example: ("সেদিন", {"anaphor": 0}) of a rule with `distal` -> True."""
    return bool(f.rule.options.get("distal")) and fields.get("anaphor") == 0


def _distal_after_day_of_saying(text: str, f: Found, fields: dict, day_end: int, said: regex.Pattern) -> bool:
    """Whether a distal "that day" (a rule with `distal`, offset 0) would point at the day on which
    its own sentence says someone spoke: a day told before a word of saying ("said", "বলেন") in the
    same sentence is the day of the telling, and what is told of "that day" after it is a day of the
    story further back, as with a day told as today (`_distal_after_today`); with no other day
    close it is not reported.
    Example: ('The incident on 27 October shook her. When contacted on Sunday, she said the memory
    of that day returns.', "that day", .., end of "Sunday", said) -> True."""
    if not _distal_that_day(f, fields):
        return False
    return not _sentences_between(text, day_end, f.start) and said.search(text, day_end, f.start) is not None


def _quoted(text: str, f: Found) -> bool:
    """Whether expression `f` stands inside a quotation: the lead of a story is the reporter's
    day, not a speaker's ('যারা আজ প্রতিদিন নতুন শর্ত দিচ্ছেন,’ বলেন তিনি' opens no story on "আজ").
    Example: ('He said, "We meet today."', the match of "today") -> True."""
    return any(qs <= f.start and f.end <= qe for qs, qe in _quotations(text))


def _told_as_to_come(f: Found) -> bool:
    """Whether a day is written as one to come (আগামী/next: a shift forward): such a day is what the
    news sets, not the day the news is of, so it opens no story for a later "এদিন" / "the same day"
    with nothing close before it ("শুনানি পিছিয়ে আগামী ২২ জুন নতুন দিন ধার্য করেছেন আদালত। সোমবার
    (৯ জুন) ... এদিন সকালে তাঁদের আদালতে হাজির করা হয়": এদিন is the 9th, not the 22nd).
    Example: "আগামী ২২ জুন" ({"shift": 1, "day": 22, "month": 6}) -> True."""
    return f.fields.get("shift") == 1


RESTATED_FIELDS = {"shift", "deictic", "weekday", "anaphor", "anayear", "year", "year2"}  # a date with any of these says more than its day


def _restated_in_its_year(text: str, f: Found, r: Resolved, dated: dict, ctx: Context) -> Resolved:
    """A bare day and month told again after the article wrote the same date with its year is
    that date, not the one its tense would choose: "After the uprising of 5 August last year ...
    the upheaval of 5 August" published 2025-12-25 -> the second is 2024-08-05, not 2025-08-05.
    Only a year within one of publication reaches any distance; an older one only from close
    before (`_close_enough`), since "১৬ ডিসেম্বর" after "১৯৭১ সালের ১৬ ডিসেম্বর" may be this
    year's anniversary. A date with a weekday, a shift or a day word of its own keeps its value,
    and so does any date of an article without a publication date: its year is not inferred from
    other dates (DECISIONS T5); nor does a date its tense put after publication ("Rallies will
    mark the anniversary on 5 August", after "5 August 2024", published 2025-12-28 -> 2026-08-05).
    Example: ("২০২৪ সালের ১০ জুলাই গ্রেপ্তার ... ১০ জুলাইয়ের ঘটনা", published 2025-12-29) -> 2024-07-10."""
    fields, pub = f.fields, ctx.pub
    if pub is None or not r.value or not FULL_DATE.fullmatch(r.value[:10]) or RESTATED_FIELDS & fields.keys():
        return r
    if "day" not in fields or "month" not in fields or _year_written(f):
        return r
    told = dated.get(r.value[5:10])
    if told is None or r.value[:4] == f"{told[0]:04d}":
        return r
    year, end = told
    if abs(year - pub.year) > 1 and not _close_enough(text, end, f.start, False):
        return r
    if ctx.tense == "future" and year < int(r.value[:4]):
        return r   # a day to come ("rallies will mark 5 August"): the anniversary, not the past day
    return Resolved(f"{year:04d}{r.value[4:]}", r.time_of_day)


def _news_of_the_week(day: Any, pub: dt.date | None) -> bool:
    """Whether `day` (a value) is a full date within PINNED_WEEK days of publication: a day of
    the week's news, the only day a bare weekday is pinned to (_weekdays_as_pinned) and the only
    day a story opened on that a "the same day" far from any other day refers to. Why: a story
    may open on background instead ("After the uprising of 5 August last year, he fled"), and a
    day that far back is no day of the news told after it.
    Example: ("2025-12-25", 2025-12-25) -> True; ("2024-08-05", 2025-12-25) -> False."""
    if pub is None or not isinstance(day, str) or not FULL_DATE.fullmatch(day) or not day[:4].isdigit():
        return False
    return abs((dt.date.fromisoformat(day) - pub).days) <= PINNED_WEEK


def _reaches_far(f: Found, explicit: bool, end: int, last_end: int) -> bool:
    """Whether reference `f` may take a day from farther back than the sentences just before: only
    a day written out (`explicit`; never through another reference, a chain of "that night"s drifts)
    with no other time named after it (`last_end <= end`), and not for a "this day" (with nothing
    close it is the article's own) or a day named by its event ("the day of the incident").
    Example: ("that night", True, 40, 40) -> True."""
    options = f.rule.options
    return explicit and last_end <= end and not (options.get("today_without_antecedent")
                                                 or options.get("close_antecedent"))


def _names_a_time(f: Found) -> bool:
    """Whether a match names a time: a block ("July Expressway", a name that only looks like one)
    does not, a named period ("during the Liberation War") does. Example: (a block match) -> False."""
    return not f.rule.options.get("block") or bool(f.rule.options.get("story_year"))


def _day_of_its_own_clause(text: str, f: Found, day_end: int, grammar: Grammar) -> bool:
    """Whether a "that day" answers a relative clause of its sentence that defines the day (the
    pack's `relday` forms), with no day named inside that clause: the day is the clause's own,
    not one told before. Example: ("যেদিন তিনি মুক্তি পান, সেদিন হাজারো মানুষ জড়ো হয়", ...) -> True."""
    relday = grammar.classes.get("relday")
    if relday is None or "anaphor" not in f.fields:
        return False
    start = max(sentence_start(text, f.start), day_end)
    return _relday_regex(relday.pattern).search(text, start, f.start) is not None


@lru_cache(maxsize=8)
def _relday_regex(pattern: str) -> regex.Pattern:
    return regex.compile(rf"(?<!\w){pattern}(?!\w)")


def _close_enough(text: str, end: int, start: int, farther: bool) -> bool:
    """Whether a reference at `start` may take the day or year named by the expression ending at
    `end` (the nearest one before it). The story goes on within a paragraph: from the sentence or
    the two before it, and, when `farther` (the day was written out and no other time is named
    between: a year or a month named on the way means the story has moved on), farther back.
    Across a paragraph break only from the sentence just before: a new paragraph may open on
    another matter; a day written out in the last sentence of the paragraph before, with nothing
    named after it (`farther`), reaches its first sentence ("... died on 5 August 2024.\n'That
    morning he said ...'"), though its stop and the break count as two ends of `sentence_end`.
    Example: ("He fled on 5 August.Faisal was seen. They left the same night.", ...) -> False."""
    sentences = len(sentence_end().findall(text, end, start))
    if _paragraph_break(text, end, start):  # the stop and the break after it are one end when `farther`
        return sentences <= 1 or farther and _sentences_between(text, end, start) <= 1
    return sentences <= REFERENCE_SENTENCES or farther


def _paragraph_break(text: str, end: int, start: int) -> bool:
    """Whether a paragraph break stands between `end` and `start` (`PARAGRAPH_BREAK`); a stop run
    together with the next word after an abbreviation of any pack (clean.yaml `sentences.abbreviations`,
    "Dr.Yunus", "Md.Rahim", as Bangladeshi pages often write them) is none.
    Example: ("On 5 August Dr.Yunus spoke", 0, 26) -> False."""
    abbreviations = rules_for(None).abbreviations
    reach = max(map(len, abbreviations), default=0) + 1  # a longer word is cut to no abbreviation
    for m in PARAGRAPH_BREAK.finditer(text, end, start):
        word = WORD_BEFORE_BREAK.search(text, max(0, m.start() - reach), m.start()).group()
        if m.group() or word not in abbreviations:
            return True
    return False


def _story_after(f: Found, r: Resolved, story: tuple[int, int, bool] | None,
                 ctx: Context) -> tuple[int, int, bool] | None:
    """The story's year after expression `f`: the year it writes out ("১৯৭১ সালের মার্চে") or the
    year of a date it names ("গত বছরের ৪ ডিসেম্বর"), with where it ended and whether it named a day
    not told as ahead (a narrative may go on from it, `_narrative_goes_on`; "ভোট হবে ২০২৬ সালের ১২
    ফেব্রুয়ারি" opens none); none after the publication year named as such ("চলতি বছরের অক্টোবরে",
    "this year": the story is back in the present); else unchanged.
    Example: ("16 May 1971", "1971-05-16") -> (1971, its end, True)."""
    if f.fields.get("unit") == "year" and f.fields.get("shift") in (0, OUTGOING):
        return None
    if r.value and r.value[:4].isdigit() and ("year" in f.fields or STORY_DATE <= f.fields.keys()):
        dated = bool(FULL_DATE.fullmatch(r.value))
        if dated:  # the tense is read only where a narrative could follow: undated articles
            dated = ctx.pub is not None or ctx.tense != "future"
        return int(r.value[:4]), f.end, dated
    return story


def _story_year_reported(ctx: Context) -> bool:
    """Whether a year-less date takes the year of the story it is told in as its value. Not in an
    article with no anchor when the pack reads DECISIONS T5 whole (`undated_by_t5`): "every
    expression that carries its own day and month is XXXX-MM-DD" there, though the story's year
    still counts for "ওই বছরের" (that year's) after it (`_Told.note`).
    Example: "২০২১ সালের ১১ এপ্রিল ... ২৭ এপ্রিল" with no publication date, Bengali -> False (XXXX-04-27)."""
    return ctx.pub is not None or not ctx.grammar.undated_by_t5


def _in_story_year(text: str, f: Found, r: Resolved, story: tuple[int, int, bool], ctx: Context,
                   latest_year: int | None, last_end: int) -> Resolved:
    """A year-less date or month right after a year written out, in the same sentence or the
    one before, is in that year when the year and its tense agree (`_told_in`: an earlier year than
    publication, or without a publication date than the latest year the article writes out, with
    the past; a later one with the future, or untensed in the same sentence): "held until 15
    December 1971. She was released on 16 December" -> 1971-12-16; "২০২৫ সালের জুন মাসের শেষে
    আমানত ছিল ..., যা সেপ্টেম্বর শেষে বেড়েছে" -> 2025-09. Why: a narrative of the past goes on in
    its own year; the publication year is right for news of the day, which names no earlier year
    just before. (Farther on it is not: an essay's background years are no narrative, unless
    `_narrative_goes_on`.)
    Example: ("১৯৭১ সালের মার্চে যুদ্ধ শুরু হয়। ১৬ ডিসেম্বর দেশ স্বাধীন হয়।") -> 1971-12-16."""
    year, end, _ = story
    fields = f.fields
    if "month" not in fields or NOT_STORY_DATE & fields.keys() or f.rule.options.get("set"):
        return r
    if not _narrative_goes_on(story, last_end, ctx):
        sentences = len(sentence_end().findall(text, end, f.start))
        if sentences > 1:
            return r
        now = ctx.pub.year if ctx.pub is not None else latest_year
        if now is None or year == now or not _told_in(year, now, ctx, sentences == 0):
            return r
    if "day" not in fields:
        return Resolved(f"{year:04d}-{fields['month']:02d}", r.time_of_day)
    try:
        value = dt.date(year, fields["month"], fields["day"]).isoformat()
    except ValueError:
        return r
    return Resolved(value, r.time_of_day)


def _narrative_goes_on(story: tuple[int, int, bool], last_end: int, ctx: Context) -> bool:
    """Whether a year-less date of an article without a publication date goes on with a narrative
    of the past told day by day, however many sentences on: the story's year came with a day ("on
    16 May 1971"), no other time has been named since, and the date is not told as ahead. Why:
    without an anchor the date would say no year at all, while "On 28 May she moved to Dhanmondi"
    after "She reached Narayanganj on 16 May 1971" and a few sentences of the journey is of 1971; a
    year named alone as background ("first arrested in 2019") tells no such narrative.
    Example: ((1971, 40, True), 40, a past clause with no publication date) -> True."""
    _, end, dated = story
    return dated and ctx.pub is None and last_end <= end and ctx.tense != "future"


def _told_in(year: int, now: int, ctx: Context, same_sentence: bool) -> bool:
    """Whether a story told in `year` takes a year-less date of this tense: an earlier year a past
    one (a narrative of the past), a later year a future one (a plan), or in its own sentence one
    with no tense ("২০২৬ সালে ২১ সেপ্টেম্বর থেকে ৬ অক্টোবর ফিফা উইন্ডো": the 6th of October is in
    2026 too; a sentence on, an untensed "On 22 December, he collected the form" is news of the day).
    Example: (2026, 2025, a clause with no tense, True) -> True."""
    if year < now:
        return ctx.tense == "past"
    return ctx.tense == "future" or (ctx.tense is None and same_sentence)


def _referred(fields: dict, day: Any, year: int | None, ctx: Context, options: dict) -> Resolved | None:
    """The value of a referring expression given the day and year named before it."""
    if "anayear" in fields:
        rest = {k: v for k, v in fields.items() if k != "anayear"}
        if year is None:
            if not options.get("today_without_antecedent"):
                return None
            if ctx.pub is None:  # "by the end of the year" with nothing to anchor it (T4)
                return Resolved(None)
            year = ctx.pub.year
        return resolve({**rest, "year": year}, ctx, options)
    if "month" in fields and "day" in fields:  # "পরদিন (১৯ জানুয়ারি)": the date, in the story's year
        rest = {k: v for k, v in fields.items() if k != "anaphor"}
        return resolve({**rest, "year": year} if year is not None else rest, ctx, options)
    if day is NOTHING and "weekday" in fields:  # "আগের দিন বুধবার" with no day told: the weekday
        return resolve({k: v for k, v in fields.items() if k != "anaphor"}, ctx, options)
    if day is NOTHING:
        day = _article_day(ctx, options)
        if day is NOTHING:
            return None
    clock = _clock(fields)
    part = fields.get("period") if fields.get("period") in PARTS_OF_DAY else None
    time_of_day = (clock or part) if clock is not False else None
    if day is None or not FULL_DATE.fullmatch(day):
        return Resolved(None, time_of_day)
    return Resolved(_add_days(day, fields["anaphor"]), time_of_day)


def _undated_this_day_is_the_lead(f: Found, lead: Any, ctx: Context) -> bool:
    """Whether a "this day" ("এদিন") with no day told close before it takes the day the article
    opened on, in an article with no publication date: there the article's own day is unknown, and
    the first day it writes out ("সপ্তাহের দ্বিতীয় কার্যদিবস সোমবার (২৯ ডিসেম্বর) দরপতন হয়েছে ...
    এদিন ডিএসইতে ...") is the day its news is of, which "this day" names (T5: an anaphor takes the
    value of the dated expression it points to).
    The same holds for "the same day" ("এদিকে একই দিন সকালে ...", a rule with
    `lead_day_without_antecedent`), which in a dated article takes the lead only in the week of
    publication: with no publication date, the article's own day is the lead's. A lead with no
    value (a bare weekday, null by T5) gives the reference none either ("বুধবার রাতে ... এদিকে
    একই দিন": null, not dropped).
    Example: ("এদিন", "XXXX-12-29", no publication date) -> True."""
    options = f.rule.options
    return (ctx.pub is None and bool(options.get("today_without_antecedent") or options.get("lead_day_without_antecedent"))
            and (lead is None or isinstance(lead, str) and FULL_DATE.fullmatch(lead) is not None))


def _article_day(ctx: Context, options: dict) -> Any:
    """What a "this day" with no day told before it names: the article's own day, for a rule with
    `today_without_antecedent` ("Earlier in the day, the party announced ..." in the lead); NOTHING
    for any other referring rule. A "this year" ("by the end of the year") with no year told just
    before is likewise the article's year (_referred). Example: "এদিন" first in an article of 2025-12-29 -> "2025-12-29"."""
    if not options.get("today_without_antecedent"):
        return NOTHING
    return ctx.pub.isoformat() if ctx.pub is not None else None


def _add_days(value: str, days: int) -> str:
    """A YYYY-MM-DD or XXXX-MM-DD value moved by `days` (a year-less one within a common year,
    or a leap year for 29 February)."""
    if not value.startswith("XXXX"):
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    proxy = 2004 if value.endswith("02-29") else 2001
    moved = dt.date.fromisoformat(f"{proxy}{value[4:]}") + dt.timedelta(days=days)
    return "XXXX" + moved.isoformat()[4:]


def _within_quotation(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The part of sentence [s, e) whose verbs give the tense of the expression at [start, end):
    the quotation that holds it, when it is inside one, else the sentence. Why: the speech verb
    outside the marks tells when it was said, not when what it names happens ('he said, "The
    window is in September and October"': no past September).
    Example: ('He said, "We meet on 5 May."', 0, 28, 21, 26) -> (9, 28)."""
    for qs, qe in _quotations(text):
        if qs <= start and end <= qe and qe - qs <= QUOTE_CHARS:
            return max(s, qs), min(e, qe)
    return s, e


@lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations of a text, (start, end) each, scanned once per article."""
    return tuple(m.span() for m in QUOTATION.finditer(text))


class Context:
    """What resolution may look at besides the fields: the publication date and the tense of the
    expression's clause (`tense`; `onward_tense` also counts "until" as forward, for weekdays)."""

    def __init__(self, text: str, found: Found, grammar: Grammar, pub: dt.date | None, weak: bool = False,
                 weekdays_known: bool = True):
        self.text, self.found, self.grammar, self.pub = text, found, grammar, pub
        self.weak = weak  # pub is the retrieval date, an upper bound on publication
        self.weekdays_known = weekdays_known  # false: pub's year is a stand-in, its weekdays arbitrary
        self._tenses: dict[bool, str | None] = {}

    def _tense(self, onward: bool) -> str | None:
        if onward not in self._tenses:
            start = self.found.start
            s = sentence_start(self.text, start)
            m = sentence_end().search(self.text, self.found.end)
            e = m.start() if m else len(self.text)
            s, e = _within_quotation(self.text, s, e, start, self.found.end)
            self._tenses[onward] = self.grammar.tense(self.text[s:e], start - s, self.found.end - s, onward)
        return self._tenses[onward]

    @property
    def tense(self) -> str | None:
        return self._tense(False)

    @property
    def onward_tense(self) -> str | None:
        return self._tense(True)


# ---------------------------------------------------------------- resolution

@dataclass(frozen=True)
class Resolved:
    value: str | None  # None: a relative expression with no publication date to anchor it
    time_of_day: str | None = None


def resolve(f: dict, ctx: Context, options: dict | None = None) -> Resolved | None:
    """The value of one match's fields, or None when they make no valid calendar point (a time
    of day alone, "বিকেল ৪টায়", names none). Example: {"deictic": -1, "period": "AF"} published
    2025-12-29 -> Resolved("2025-12-28", "AF")."""
    f = _outgoing_year_as_shift(f, ctx.pub)
    options = options or {}
    date_value = _days_as_month(_resolve_date(f, ctx, options), options)
    if not date_value:  # None: invalid; "": a time of day with no day
        return None
    clock = _clock(f)
    if clock is False:
        return None
    part = f.get("period") if f.get("period") in PARTS_OF_DAY else None
    time_of_day = (clock or part) if DAY_VALUE.fullmatch(date_value) else None
    return Resolved(None if UNANCHORED.fullmatch(date_value) else date_value, time_of_day)


def _days_as_month(value: str | None, options: dict) -> str | None:
    """The month of a date resolved from the last day of a list of days (times.yaml rule option
    `days_as_month`): the days name the month as a whole (DECISIONS T6), but which year it is in
    is that of its days, chosen as for any date (a date a few days ahead of publication is that
    one, whatever the tense: "৩১ ডিসেম্বর এবং ১ ও ২ জানুয়ারি শোক ঘোষণা করেছে" told on 29 December
    is the coming January, not the one of a year ago).
    Example: ("2026-01-02", {"days_as_month": True}) -> "2026-01"."""
    if options.get("days_as_month") and value and FULL_DATE.fullmatch(value):
        return value[:-3]
    return value


OUTGOING = "outgoing"  # the `shift` of the outgoing year ("বিদায়ী বছর"), set by the pack's class


def _outgoing_year_as_shift(f: dict, pub: dt.date | None) -> dict:
    """The fields with the outgoing year's shift made a number: the year just ended (-1) when the
    article is published in January, else this year (0). Why: year-end reviews run into January,
    and "বিদায়ী বছরের ১০ ডিসেম্বর" published on 2 January is the December just past, not the
    coming one; from February on, "বিদায়ী" of a year is rare and this year's.
    Example: ({"shift": "outgoing", "unit": "year"}, 2026-01-02) -> {"shift": -1, "unit": "year"}."""
    if f.get("shift") != OUTGOING:
        return f
    return {**f, "shift": -1 if pub is not None and pub.month == 1 else 0}


def _resolve_date(f: dict, ctx: Context, options: dict) -> str | None:
    """The TIMEX3 date value of one expression's fields: a calendar date, else one relative to ctx."""
    pub = ctx.pub
    if f.get("bmonth") is not None:
        return _bangla(f, ctx)
    if f.get("fiscal_first") is not None:
        return _fiscal_year_month(f, pub)
    if f.get("decade") is not None:
        d = f["decade"]
        return str(d // 10) if d % 10 == 0 and 1000 <= d <= 2999 else None
    year = f.get("year")
    if f.get("year2") is not None:
        year = 2000 + f["year2"] if f["year2"] < 50 else 1900 + f["year2"]
    if year is not None and not 1000 <= year <= 2999:
        return None
    if options.get("plausible") and year is not None and not (1900 <= year <= 2100 and year % 100):
        return None
    if f.get("month_from") is not None:
        if f.get("unit") == "year" and f.get("shift") is not None:  # "গত বছরের জুলাই-অগাস্টের"
            # with no anchor the year said relative to it is unknown (T4): the period, no value
            pair = _month_pair_year(f["month_from"], f.get("month"), (pub.year if pub else 2000) + f["shift"], ctx)
            return pair if pub or pair is None else "XXXX"
        return _month_pair_year(f["month_from"], f.get("month"), year, ctx, f.get("shift"),
                                options.get("pair_by_first_month", False))
    month, day = f.get("month"), f.get("day")
    if month is not None and day is not None and month > 12 and day <= 12:
        month, day = day, month  # 1-13-2001: the month came first
    shift, unit = f.get("shift"), f.get("unit")
    year_shift = shift if unit == "year" and f.get("count") is None else None
    if year is None and year_shift is not None and month is not None:
        if pub is None:  # relative: with no anchor the year is unknown (T4), `_unanchored_year`
            return _unanchored_year(month, day, year_shift)
        year = pub.year + year_shift
        shift = None
    if month is not None or year is not None or day is not None:
        return _calendar_date(year, month, day, shift, unit, f.get("weekday"), ctx)
    return _relative_date(f, ctx, shift, unit)


def _fiscal_year_month(f: dict, pub: dt.date | None) -> str | None:
    """The month of a fiscal year that opens in month `fiscal_first`: in the year the fiscal year
    opens when the month is at or after its first month, else in the next; the fiscal year is the
    one written ("২০২৪–২৫"), else the one a shift moves from publication ("চলতি", "গত"), its year
    unknown with no publication date (T4); with neither, no value.
    Example: ({"fiscal_from": 2024, "month": 3, "fiscal_first": 7}, None) -> "2025-03"."""
    month, first = f.get("month"), f["fiscal_first"]
    if month is None:
        return None
    opens = f.get("fiscal_from")
    if opens is None and f.get("fiscal_shift") is not None and pub is not None:
        opens = (pub.year if pub.month >= first else pub.year - 1) + f["fiscal_shift"]
    if opens is None:
        return f"XXXX-{month:02d}" if f.get("fiscal_shift") is not None else None
    return f"{opens + (0 if month >= first else 1):04d}-{month:02d}"


def _month_pair_year(first: int, last: int | None, year: int | None, ctx: Context,
                     shift: int | None = None, by_first_month: bool = False) -> str | None:
    """The year of two months joined by a dash ("জুলাই-আগস্টে"), the one time they name: annotators
    value such a pair at its year (no one month of it is the value). A written year wins; with no
    year and no anchor there is none to give (T4), and the months are told apart; told in the
    future (or after "আগামী"), the next pair not yet begun; else (or after "গত") the latest pair
    already over before the publication month: a period reported as past has ended. With
    `by_first_month` (the English rule's option `pair_by_first_month`), it is the year its first
    month would have alone (`_nearest_month`): "set a ceiling for the July-December period" on 31
    July is this year's half, though the verb is past. A pair across
    the new year ("ডিসেম্বর-জানুয়ারি") has no one year: none.
    Example: (7, 8, None, published 2025-08-18) -> "2024"; (7, 8, 2024, any) -> "2024"; (7, 12, None,
    published 2025-07-31, past, by first month) -> "2025"."""
    if not isinstance(last, int) or not 1 <= first < last <= 12:
        return None
    if year is not None:
        return f"{year:04d}"
    pub = ctx.pub
    if pub is None:  # no year at all: each month keeps its own "XXXX-MM", as annotators then mark it
        return None
    if by_first_month:
        return _nearest_month(first, ctx, shift)[:4]
    if shift == 1 or shift is None and ctx.tense == "future":
        return f"{pub.year if first >= pub.month else pub.year + 1:04d}"
    return f"{pub.year if last < pub.month else pub.year - 1:04d}"


def _unanchored_year(month: int, day: int | None, shift: int | None = None) -> str | None:
    """The value of a month or a day of a year said as relative ("চলতি বছরের", "last year") when
    there is no anchor (GUIDELINES T4): a day and month are a date without a year, "XXXX-MM-DD";
    a month of this year or of the next ("চলতি বছরের জুনে", "আগামী বছরের জুনের মধ্যে", shift 0 or 1)
    is that month with its year unknown, "XXXX-06", as a bare "জুনে" is; a month of a year gone
    ("last year's August") names no calendar point without its year ("XXXX": no value). Why:
    annotators mark "চলতি বছরের ৩১ ডিসেম্বর" as the 31 December of an unknown year, as they mark
    "৩১ ডিসেম্বর", and "চলতি বছরের জানুয়ারি" and "আগামী বছরের জানুয়ারির প্রথম সপ্তাহে" as that
    January (dev: six of seven months of this or next year in undated articles), but a month of last
    year as often not at all (dev: four of six null).
    Example: (12, 31) -> "XXXX-12-31"; (6, None, 1) -> "XXXX-06"; (10, None, -1) -> "XXXX"; (2, 30) -> None."""
    if day is None:
        return f"XXXX-{month:02d}" if shift in (0, 1) and 1 <= month <= 12 else "XXXX"
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a valid year-less date
    except ValueError:
        return None
    return f"XXXX-{month:02d}-{day:02d}"


def _calendar_date(year: int | None, month: int | None, day: int | None, shift, unit,
                   weekday, ctx: Context) -> str | None:
    """A date written with a year, month or day; the parts left out come from the publication date."""
    pub = ctx.pub
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and month is not None:
        if not 1 <= day <= 31:
            return None
        if year is not None:
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return None
        try:
            dt.date(2000, month, day)  # a leap year: 29 February is a valid year-less date
        except ValueError:
            return None
        if pub is None:
            return f"XXXX-{month:02d}-{day:02d}"
        return _nearest_day(month, day, ctx, shift, weekday).isoformat()
    if month is not None:
        if year is not None:
            return f"{year:04d}-{month:02d}"
        if pub is None:
            return _unanchored_month(month, shift, ctx)
        return _nearest_month(month, ctx, shift)
    if year is not None:
        return f"{year:04d}"
    # a day of the month alone: "গত ২৬ তারিখে", "গত মাসের ২৬ তারিখে"
    return _day_of_month(day, ctx, shift, unit)


def _unanchored_month(month: int, shift: int | None, ctx: Context) -> str:
    """A month without its year in an article with no anchor: "XXXX-MM", as annotators mark a bare
    "August" or "this December"; in a pack with `undated_shifted_month_null` (English), a month
    said relative to the unknown publication day ("last August", "next June": shift -1 or 1 written
    in the expression, not a rule's `shift_hint` from the words before it, "since August") is a
    relative expression, and so has no value (GUIDELINES T4): "XXXX", which says none. Why: the
    English gold values every such month null (dev: 4 of 4), the Bengali gold "গত আগস্টে" at its
    month in most articles.
    Example: "last August" (8, -1) in English -> "XXXX"; "since August" (8, -1, a hint) -> "XXXX-08";
    "গত আগস্টে" (8, -1) in Bengali -> "XXXX-08"."""
    written = shift in (-1, 1) and not ctx.found.rule.options.get("shift_hint")
    if written and ctx.grammar.undated_shifted_month_null:
        return "XXXX"
    return f"XXXX-{month:02d}"


def _relative_date(f: dict, ctx: Context, shift, unit) -> str | None:
    """A date with no calendar part: "today", "three days ago", "last Friday", "next month"."""
    if f.get("deictic") is not None:
        return _deictic(f, ctx)
    if f.get("count") is not None and f.get("ago") is not None:
        return _ago(f["count"] * f["ago"], unit, ctx.pub)
    if f.get("weekday") is not None:
        if unit == "week" and shift:  # "Thursday of next week", "গত সপ্তাহের বৃহস্পতিবার"
            return _weekday_of_shifted_week(f["weekday"], shift, ctx)
        return _weekday(f["weekday"], shift, ctx)
    if shift is not None and unit is not None:
        return _shift_unit(shift, unit, ctx.pub)
    if f.get("hour") is not None:
        return ""  # a time of day alone: the caller adds it to an unknown date
    return None


def _clock(f: dict) -> str | None | bool:
    """"HH:MM" from hour/minute/frac/period, None when there is no clock, False when invalid."""
    hour = f.get("hour")
    if hour is None:
        return None
    minute = 0
    if isinstance(hour, str) and ":" in hour:
        h, m = hour.split(":")
        hour, minute = int(h), int(m)
    if not isinstance(hour, int):
        return False
    frac = f.get("frac")
    if frac is not None:
        if frac < 0:
            hour, minute = hour - 1, 60 + frac
        else:
            minute = frac
    if f.get("minute") is not None:
        minute = f["minute"]
    period = f.get("period")  # am/pm, or a part of the day
    if period in ("pm", "AF", "EV") and hour < 12:
        hour += 12
    elif period == "MI" and hour < 6:
        hour += 12
    elif period == "NI":
        if hour == 12:
            hour = 0
        elif 6 <= hour < 12:
            hour += 12
    elif period in ("am", "MO") and hour == 12:
        hour = 0
    if hour == 24:
        hour = 0
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return False
    return f"{hour:02d}:{minute:02d}"


def _pick(cands: list[tuple[Any, int]], ctx: Context, shift: int | None) -> Any:
    """Choose among (candidate, signed distance to publication): a direction word (গত/last,
    আগামী/next) or else the tense of the clause keeps the candidates on its side of the
    publication date ("born on 18 May": on or before it), then the nearest wins."""
    direction = {-1: "past", 1: "future"}.get(shift) or ctx.tense
    if direction == "future" and ctx.weak:  # said before retrieval, maybe long before: the nearest
        direction = None
    if direction:
        sided = [c for c in cands if (c[1] <= 0 if direction == "past" else c[1] >= 0)]
        cands = sided or cands
    return min(cands, key=lambda c: abs(c[1]))[0]


def _days_from(pub: dt.date, dates: list[tuple[int, int, int]]) -> list[tuple[dt.date, int]]:
    """The (year, month, day) that exist, each with its signed distance in days to `pub`."""
    cands = []
    for y, m, d in dates:
        try:
            day = dt.date(y, m, d)
        except ValueError:
            continue
        cands.append((day, (day - pub).days))
    return cands


def _nearest_day(month: int, day: int, ctx: Context, shift: int | None, weekday: int | None) -> dt.date:
    pub = ctx.pub
    cands = _days_from(pub, [(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)])
    if weekday is not None:
        matching = [c for c in cands if c[0].isoweekday() == weekday]
        if matching:
            cands = matching
    close = [c for c in cands if -CLOSE_DAYS <= c[1] <= CLOSE_DAYS_AHEAD]
    if close and shift is None:  # "৩১ ডিসেম্বর রাতে নিরাপত্তা জোরদার করা হয়েছে" on the 30th: tomorrow
        return close[0][0]
    return _pick(cands, ctx, shift)


def _day_of_month(day: int, ctx: Context, shift: int | None, unit: str | None = None) -> str | None:
    """A day of the month with no month ("২৬ তারিখে"): the one in this month, the last or the
    next that the tense or গত/আগামী chooses, else the nearest; with no anchor, no value (it is
    relative, GUIDELINES T4). Example: "গত ২৬ তারিখে" published 2025-12-28 -> "2025-12-26".
    With the month as unit, the shift names the month ("গত মাসের ২৬ তারিখে")."""
    if not 1 <= day <= 31:
        return None
    if unit == "month" and shift is not None:
        return _day_of_shifted_month(day, shift, ctx.pub)
    if ctx.pub is None:
        return "XXXX-XX-XX"
    months = [_add_months(ctx.pub.year, ctx.pub.month, k) for k in (-1, 0, 1)]
    return _pick(_days_from(ctx.pub, [(y, m, day) for y, m in months]), ctx, shift).isoformat()


def _day_of_shifted_month(day: int, shift: int, pub: dt.date | None) -> str | None:
    """A day of the month before, this or the next one ("চলতি মাসের ১০ তারিখে", "the 5th of next
    month"); relative, so with no anchor it has no value (T4). Example: (10, 1, 2025-12-28) ->
    "2026-01-10"."""
    if pub is None:
        return "XXXX-XX-XX" if 1 <= day <= 31 else None
    y, m = _add_months(pub.year, pub.month, shift)
    try:
        return dt.date(y, m, day).isoformat()
    except ValueError:
        return None


def _nearest_month(month: int, ctx: Context, shift: int | None) -> str:
    pub = ctx.pub
    cands = [((y, month), (y * 12 + month) - (pub.year * 12 + pub.month)) for y in (pub.year - 1, pub.year, pub.year + 1)]
    y, m = _pick(cands, ctx, shift)
    return f"{y:04d}-{m:02d}"


def _deictic(f: dict, ctx: Context) -> str:
    offset = f["deictic"]
    weekday = f.get("weekday")
    if isinstance(offset, list):  # "কাল": tomorrow or yesterday
        choice = offset[0]
        if ctx.pub is not None and weekday is not None:
            fit = [o for o in offset if (ctx.pub + dt.timedelta(days=o)).isoweekday() == weekday]
            choice = fit[0] if fit else choice
        else:
            tense = ctx.tense
            if tense == "past":
                choice = min(offset)
            elif tense == "future":
                choice = max(offset)
        offset = choice
    if ctx.pub is None:
        return "XXXX-XX-XX"
    day = ctx.pub + dt.timedelta(days=offset)
    if weekday is not None and day.isoweekday() != weekday:
        # "Today, Saturday" in a story filed on Saturday and published on Sunday: the weekday the
        # writer saw wins, the nearest such day (at most three days off)
        day += dt.timedelta(days=(weekday - day.isoweekday() + 3) % 7 - 3)
    return day.isoformat()


def _weekday(weekday: int, shift: int | None, ctx: Context) -> str:
    """The day a weekday names, counted from publication; none (XXXX-WXX-d) without it, or when
    publication is a year-less own day in a stand-in year ("আজ (১৭ ডিসেম্বর)" put in 2004, a
    Friday there): then "বুধবার" would be a made-up day, and "এদিন" after it would take that day.
    "আগামী"/"next" never names tomorrow, which the writer calls "আগামীকাল"/"tomorrow": told the
    day before, it is the one a week later ((2, 1, published Monday 2025-06-02) -> "2025-06-10").
    So is "last" in a pack with `last_weekday_skips_yesterday` (English): "last Tuesday" told on
    a Wednesday is the Tuesday of the week before, since the day before is "yesterday"
    ((2, -1, published Wednesday 2025-05-14) -> "2025-05-06").
    Example: (3, None, published Monday 2025-12-29, past tense) -> "2025-12-24"."""
    pub = ctx.pub if ctx.weekdays_known else None
    if pub is None:
        return f"XXXX-WXX-{weekday}"
    back = (pub.isoweekday() - weekday) % 7  # 0..6 days back to the latest such day
    ahead = (weekday - pub.isoweekday()) % 7
    if shift == -1:
        too_near = back == 0 or (back == 1 and ctx.grammar.last_weekday_skips_yesterday)
        delta = -(back + 7 if too_near else back)
    elif shift == 1:
        delta = ahead if ahead > 1 else ahead + 7
    elif shift == 0 or ctx.onward_tense == "future":
        delta = ahead
    else:
        delta = -back
    return (pub + dt.timedelta(days=delta)).isoformat()


def _weekday_of_shifted_week(weekday: int, shift: int, ctx: Context) -> str:
    """The weekday in the week before or after the week of publication (rules
    `weekday_of_shifted_week`), weeks counted from Sunday, Bangladesh's first working day: not the
    nearest such weekday, which "next Thursday" names. None (XXXX-WXX-d) without a known weekday of
    publication, as `_weekday`.
    Example: (4, 1, published Tuesday 2025-09-16) -> "2025-09-25" ("Thursday of next week"; the
    coming Thursday is the 18th, in the week of publication)."""
    pub = ctx.pub if ctx.weekdays_known else None
    if pub is None:
        return f"XXXX-WXX-{weekday}"
    sunday = pub - dt.timedelta(days=pub.isoweekday() % 7)  # the week's first day
    return (sunday + dt.timedelta(days=7 * shift + weekday % 7)).isoformat()


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _shift_unit(shift: int, unit: str | None, pub: dt.date | None) -> str | None:
    """The unit `shift` units from publication, at that unit's precision: "next week" (1, "week")
    -> "2025-W02"; an hour or less is the day itself; None for no unit."""
    if unit in ("second", "minute", "hour"):  # "this hour": the day of publication
        return "XXXX-XX-XX" if pub is None else pub.isoformat()
    if unit == "day":
        return "XXXX-XX-XX" if pub is None else (pub + dt.timedelta(days=shift)).isoformat()
    if unit == "week":
        if pub is None:
            return "XXXX-WXX"
        y, w, _ = (pub + dt.timedelta(weeks=shift)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "month":
        if pub is None:
            return "XXXX-XX"
        y, m = _add_months(pub.year, pub.month, shift)
        return f"{y:04d}-{m:02d}"
    if unit == "year":
        return "XXXX" if pub is None else f"{pub.year + shift:04d}"
    return None


def _ago(delta: int, unit: str | None, pub: dt.date | None) -> str | None:
    """`delta` units from publication as `_shift_unit` reads them, but for weeks, which count to a
    day: "two weeks ago" (-2, "week") -> the day 14 days before, not that ISO week."""
    if unit == "week":
        return "XXXX-XX-XX" if pub is None else (pub + dt.timedelta(weeks=delta)).isoformat()
    return _shift_unit(delta, unit, pub)


# ---------------------------------------------------------------- Bangladesh calendar

def bangla_month_lengths(gregorian_year_of_falgun: int) -> list[int]:
    leap = gregorian_year_of_falgun % 4 == 0 and (gregorian_year_of_falgun % 100 != 0 or gregorian_year_of_falgun % 400 == 0)
    return [31] * 6 + [30] * 4 + [30 if leap else 29, 30]


def bangla_to_gregorian(byear: int, bmonth: int, bday: int) -> dt.date | None:
    """A date of the revised Bangladesh calendar: Bangla year B starts on 14 April of B + 593."""
    start = dt.date(byear + 593, 4, 14)
    lengths = bangla_month_lengths(byear + 594)
    if not (1 <= bmonth <= 12 and 1 <= bday <= lengths[bmonth - 1]):
        return None
    return start + dt.timedelta(days=sum(lengths[: bmonth - 1]) + bday - 1)


def bangla_year_of(d: dt.date) -> int:
    return d.year - 593 if d >= dt.date(d.year, 4, 14) else d.year - 594


def _bangla(f: dict, ctx: Context) -> str | None:
    bmonth, bday, byear = f["bmonth"], f.get("day"), f.get("byear")
    whole_month = bday is None
    bday = 15 if whole_month else bday  # a month alone: the Gregorian month holding its middle
    if byear is not None:
        d = bangla_to_gregorian(byear, bmonth, bday)
    elif ctx.pub is not None:
        b0 = bangla_year_of(ctx.pub)
        cands = [(d, (d - ctx.pub).days) for d in (bangla_to_gregorian(b, bmonth, bday) for b in (b0 - 1, b0, b0 + 1)) if d]
        d = _pick(cands, ctx, f.get("shift")) if cands else None
    else:
        d = bangla_to_gregorian(1430, bmonth, bday)  # a common year: the month-day is year-independent
        if d is None:
            return None
        return f"XXXX-{d.month:02d}" if whole_month else f"XXXX-{d.month:02d}-{d.day:02d}"
    if d is None:
        return None
    return f"{d.year:04d}-{d.month:02d}" if whole_month else d.isoformat()
