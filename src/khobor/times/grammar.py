"""The time-expression grammar: token classes and sequence rules read from a language pack's
`times.yaml`, compiled to one regex per rule. Nothing here knows a language; the YAML header of
`lang/bn/times.yaml` documents the format.

A rule pattern is a sequence of items separated by spaces:
    class / class:slot   a token class; its value goes to `slot` (default: the class name, or the
                         name of the class it derives from: month_strong, month_poss -> month)
    'lit'                a literal
    [a b|c d]            a group with alternatives
    x?                   optional item;  +x  glued to the previous item (no space between)
    <x / >x              context that must precede / follow, not part of the span
    !<x / !>x            context that must NOT precede / follow
    $name                a macro from `macros:`
Built-in classes: d (1-2 digits), dd (2 digits), n (1-3 digits), yyyy and by (4 digits), eoc (end
of clause, for lookahead), bol (beginning of line, for lookbehind). Items are separated by spaces
(commas are written as ','?); two word-like items never touch unless the second is glued.
Rule options: `plausible` (a bare year must be 1900-2100 and not a round hundred), `set` (fixed
fields, e.g. the year of a named period), `block` (a name that looks like a time: it occupies its
words and yields nothing), `bare_end: CLASS` (the span ends at the bare form of that class's last
word, its case ending left to the sentence: "২০১৯ সালের" -> "২০১৯ সাল"), `today_without_antecedent` (a
referring "this day" with no day told before it is the article's own day), `lead_day_without_antecedent`
(a "the same day" with no day close before it is the first day the article names), `close_antecedent` (a
referring day named by an event, "the day of the incident", takes only a day told close before it,
never one farther back in the paragraph), `distal` (a distal "that day" does not point at a day
told as today: "Today it has come ... that day"), `story_year: YYYY`
(with `block`: a named period, "মুক্তিযুদ্ধের সময়", "during the Liberation War", is no time itself but
sets the year of a year-less date told in the past right after it), `days_as_month` (a list of days
under one month word, "২৭ ও ২৮ ডিসেম্বর", is valued at its month, in the year its last day takes).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Callable

import regex

from ..leadscan import LeadScan, could_begin, loose_copy, looks_before
from ..textutil import DeferredPatterns, trie_pattern

# characters from a position by which a rule's verdict there is remembered (see Grammar._rule_leads)
RULE_LEAD_CHARS = 4   # 426 Bengali news-dev texts: 297k tries -> 54k, 31k verdicts (5: 35k, 51k)
_VERDICTS_MAX = 10_000   # verdicts a rule remembers (87 Bengali rules): 426 texts gave ~350 a rule on average
# characters from an anchor by which the firsts tried there are chosen (see Grammar._firsts_for)
FIRST_LEAD_CHARS = 4   # 450 stream texts of news-dev: 319k tries of a first -> 201k (2 characters), 3,585 leads
_LEADS_MAX = 50_000   # leads whose firsts a grammar remembers
# a word boundary: a word-like item may not start or end inside a word (punctuation items may)
B_START = r"(?:(?<![\p{L}\p{M}\p{N}])|(?![\p{L}\p{M}\p{N}]))"
B_END = r"(?:(?![\p{L}\p{M}\p{N}])|(?<![\p{L}\p{M}\p{N}]))"
GAP = r"[^\S\n]*"
SPACE = r"[^\S\n]+"

# Characters with two encodings in Bengali text: the precomposed letter and letter + nukta.
# NFC keeps the decomposed form, but raw text may carry either: matching runs on a unified copy
# and spans are mapped back, so offsets stay those of the input.
_PRECOMPOSED = {"\u09df": "\u09af\u09bc", "\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc"}
_PRECOMPOSED_RX = regex.compile("[" + "".join(_PRECOMPOSED) + "]")

BUILTIN_DIGITS = {
    "d": r"(?<!\p{N})\p{Nd}{1,2}(?!\p{N})",
    "dd": r"(?<!\p{N})\p{Nd}{2}(?!\p{N})",
    "n": r"(?<!\p{N})\p{Nd}{1,3}(?!\p{N})",
    "yyyy": r"(?<!\p{N})\p{Nd}{4}(?!\p{N})",
    "by": r"(?<!\p{N})\p{Nd}{4}(?!\p{N})",
}
BOL = r"(?:^|(?<=\n))"
TENSE_KEYS = {"future", "past", "onward", "past_near", "limit", "lasting", "ahead", "aside", "own_future", "own_past",
              "own_nearest", "present"}
# the schema of times.yaml: an unknown key is an error, named with where it is
TOP_KEYS = {"inflections", "classes", "macros", "rules", "tense", "said", "range_joins", "range_closes",
            "undated_by_t5", "page_stamps", "habitual", "habit_reach_ends", "last_weekday_skips_yesterday",
            "bare_day_told_once", "undated_shifted_month_null", "clause_joins"}
CLASS_KEYS = {"values", "plain", "inflect", "weak", "from", "also", "cased", "type", "borrow", "numbers",
              "multipliers", "endings"}
CLASS_TYPES = {"cardinal", "ending"}
RULE_KEYS = {"name", "pattern", "plausible", "set", "block", "bare_end", "today_without_antecedent",
             "lead_day_without_antecedent", "story_year",
             "close_antecedent", "distal", "days_as_month", "shift_hint",
             "pair_by_first_month"}
EOC = r"(?:[^\S\n]*(?:[,।॥.!?;:)\]'\"’”]|\n|$))"


def norm(text: str) -> str:
    """The lookup key of a surface form: NFC, case-folded, whitespace folded."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def literal_regex(form: str) -> str:
    form = unicodedata.normalize("NFC", form)
    return regex.sub(r"(?:\\ )+|\s+", lambda _: SPACE, regex.escape(form))


def trie_regex(forms: list[str]) -> str:
    """One regex for many literal forms, factored by shared prefixes (`textutil.trie_pattern`:
    much faster to match than a flat alternation); a longer form is preferred to its prefix."""
    seqs = {tuple(SPACE if ch.isspace() else regex.escape(ch) for ch in unicodedata.normalize("NFC", form))
            for form in forms}
    return trie_pattern(seqs) if seqs else r"(?!)"


def case_variants(form: str) -> set[str]:
    """Matching is case-sensitive (fast); Latin forms also match in lower, Title and UPPER case."""
    return {form, form.lower(), form.upper(), form[:1].upper() + form[1:].lower()}


def unify_nukta(text: str) -> tuple[str, list[int] | None]:
    """Text with the precomposed nukta letters spelled as NFC spells them (letter + nukta), and
    the map from its offsets back to the input's (None when nothing changed)."""
    if not _PRECOMPOSED_RX.search(text):
        return text, None
    out, back = [], []
    for i, c in enumerate(text):
        rep = _PRECOMPOSED.get(c, c)
        out.append(rep)
        back.extend([i] * len(rep))
    back.append(len(text))
    return "".join(out), back


def parse_value(raw: Any) -> Any:
    """YAML keys: ints stay ints; "1|-1" is a list of alternatives; other strings stay strings."""
    if isinstance(raw, str) and "|" in raw:
        return [parse_value(x) for x in raw.split("|")]
    if isinstance(raw, str):
        try:
            return int(raw)
        except ValueError:
            return raw
    return raw


@dataclass
class TokenClass:
    name: str
    pattern: str
    decode: Callable[[str], Any]


def lexicon_class(name: str, surfaces: dict[str, Any], cased: bool = False) -> TokenClass:
    """`cased`: the forms as written only ("May" the month, not "may" the modal)."""
    forms = set(surfaces) if cased else {v for f in surfaces for v in case_variants(f)}
    table = {norm(f): v for f, v in surfaces.items()}
    return TokenClass(name, f"(?:{trie_regex(sorted(forms))})", partial(_table_value, table))


def _table_value(table: dict[str, Any], text: str) -> Any:
    """The value of a lexicon form as written in the text (a module function, so that a compiled
    grammar pickles into the disk cache)."""
    return table.get(norm(text))


def _no_value(text: str) -> None:
    return None


def surfaces_of(spec: dict, default_inflections: list[str], *, skip: set[str] = frozenset()) -> dict[str, Any]:
    """Every surface form of a lexicon class spec (values x forms x inflections) -> its value."""
    inflect = spec.get("inflect", True)
    endings = default_inflections if inflect is True else ([""] if inflect is False else list(inflect))
    out: dict[str, Any] = {}
    for key, ends in (("values", endings), ("plain", [""])):  # `plain` forms take no endings
        for raw_value, forms in (spec.get(key) or {}).items():
            value = parse_value(raw_value)
            for form in forms:
                if form in skip:
                    continue
                for ending in ends:
                    out.setdefault(unicodedata.normalize("NFC", str(form) + ending), value)
    return out


def _joined_surfaces(specs: dict, spec: dict, inflect, default_inflections: list[str]) -> dict[str, Any]:
    """The forms a class takes from the classes its `also` names, with the class's own endings, so
    that one list serves two classes instead of being copied into both. Example: eventnoun with
    `also: [named_event]` and endings ["", "s"] -> {"World Cup": "x", "World Cups": "x", ...}."""
    out: dict[str, Any] = {}
    for other in spec.get("also") or []:
        joined = dict(specs[other], inflect=inflect)
        for form, value in surfaces_of(joined, default_inflections).items():
            out.setdefault(form, value)
    return out


def cardinal_class(name: str, numbers: dict[str, int], multipliers: dict[str, int]) -> TokenClass:
    """Numbers said in words that contain a multiplier ("দুই হাজার চৌদ্দ", "nineteen hundred")."""
    word = lambda table: "(?:" + trie_regex(sorted(table)) + ")" + B_END
    num, mult = word(numbers), word(multipliers)
    pattern = f"(?:{num}{SPACE})?{mult}(?:{SPACE}(?:{mult}|{num}))*"
    nums = {norm(k): v for k, v in numbers.items()}
    mults = {norm(k): v for k, v in multipliers.items()}
    return TokenClass(name, f"(?:{pattern})", partial(_cardinal_value, nums, mults))


def _cardinal_value(nums: dict[str, int], mults: dict[str, int], text: str) -> int | None:
    """The number a cardinal said in words stands for ("দুই হাজার চৌদ্দ" -> 2014)."""
    total = current = 0
    for w in norm(text).split():
        if w in mults:
            m = mults[w]
            current = max(current, 1) * m
            if m >= 1000:
                total, current = total + current, 0
        elif w in nums:
            current += nums[w]
        else:
            return None
    return total + current


def ending_class(name: str, endings: list[str]) -> TokenClass:
    """Any word that ends with one of `endings` (a case ending: "নির্বাচনের" for ["ের"]); used as
    context, it has no value. Example: ending_class("genitive", ["ের"]) matches "ঘটনার" only if
    "ার" is listed."""
    ends = sorted((unicodedata.normalize("NFC", e) for e in endings), key=len, reverse=True)
    alts = "|".join(regex.escape(e) for e in ends)
    return TokenClass(name, rf"(?:[\p{{L}}\p{{M}}]+?(?:{alts})(?![\p{{L}}\p{{M}}]))", _no_value)


def _alternation(data: dict, key: str, flags: int = 0) -> regex.Pattern:
    """The pack's patterns under `key` as one alternation, or a pattern that never matches where
    it lists none. Example: ({"said": ["said", "told"]}, "said") -> a pattern for "said|told"."""
    return regex.compile("|".join(data.get(key) or []) or r"(?!)", flags)


def _flag(data: dict, key: str) -> bool:
    """The pack's switch `key`: true or false (absent: false); anything else is an error.
    Example: ({"bare_day_told_once": True}, "bare_day_told_once") -> True."""
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"times.yaml {key}: true or false, not {value!r}")
    return value


def check_schema(data: dict) -> None:
    """ValueError naming the place of any key times.yaml does not know (a misspelt option would
    otherwise be silently ignored). Example: a rule with `blok: true` -> "rules[3] (x): unknown key(s)"."""
    if not isinstance(data, dict):
        raise ValueError("times.yaml: the top level must be a mapping")
    problems = [f"top level: unknown key(s) {sorted(set(data) - TOP_KEYS)}"] if set(data) - TOP_KEYS else []
    for name, spec in (data.get("classes") or {}).items():
        if not isinstance(spec, dict):
            problems.append(f"classes.{name}: not a mapping")
        elif set(spec) - CLASS_KEYS:
            problems.append(f"classes.{name}: unknown key(s) {sorted(set(spec) - CLASS_KEYS)}")
        elif set(spec.get("also") or []) - set(data.get("classes") or {}):
            problems.append(f"classes.{name}: `also` names unknown class(es) "
                            f"{sorted(set(spec['also']) - set(data['classes']))}")
        elif "type" in spec and spec["type"] not in CLASS_TYPES:
            problems.append(f"classes.{name}: unknown type {spec['type']!r}; known: {sorted(CLASS_TYPES)}")
    for k, rule in enumerate(data.get("rules") or []):
        if not isinstance(rule, dict) or "pattern" not in rule:
            problems.append(f"rules[{k}]: a rule is a mapping with a `pattern`")
        elif set(rule) - RULE_KEYS:
            problems.append(f"rules[{k}] ({rule.get('name', '?')}): unknown key(s) {sorted(set(rule) - RULE_KEYS)}")
    if problems:
        raise ValueError("times.yaml: " + "; ".join(problems) + f" (known rule keys: {sorted(RULE_KEYS)})")


@dataclass
class Rule(DeferredPatterns):
    DEFERRED = ("regex",)   # built at the first text where the rule is tried (DeferredPatterns)
    name: str
    regex: Any
    groups: dict[str, tuple[str, str]]  # group name -> (slot, class)
    order: int
    options: dict = field(default_factory=dict)
    first: str = ""  # a regex for the words a match of this rule can start with


# a rule's looser copy (Grammar._rule_leads) that is its own pattern, in a grammar read back (a
# singleton that pickling keeps one: `is` tells it)
SAME_AS_RULE = True


@dataclass
class Found:
    start: int
    end: int
    fields: dict
    rule: Rule


# ---------------------------------------------------------------- pattern parsing

_TOKEN = regex.compile(r"\s*(\[|\]\??|\||'(?:[^'\\]|\\.)*'\??|[<>+!]*'(?:[^'\\]|\\.)*'\??|[<>+!]*\[|[<>+!]*[\w:]+\??)")


def _tokens(pattern: str) -> list[str]:
    pos, out = 0, []
    pattern = pattern.strip()
    while pos < len(pattern):
        m = _TOKEN.match(pattern, pos)
        if not m:
            raise ValueError(f"bad time pattern at {pattern[pos:]!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


@dataclass
class Item:
    kind: str  # "class" | "lit" | "group"
    name: str = ""
    slot: str = ""
    optional: bool = False
    glued: bool = False
    context: str = ""  # "" | "<" | ">"
    alts: list = field(default_factory=list)  # for groups: list of item sequences
    negated: bool = False  # context that must not be there


def _parse(tokens: list[str], i: int = 0, closing: bool = False) -> tuple[list[list[Item]], int, bool]:
    """Parse a sequence (with | alternatives) up to a closing bracket; returns (alts, next index, optional)."""
    alts: list[list[Item]] = [[]]
    while i < len(tokens):
        t = tokens[i]
        if t in ("]", "]?"):
            if not closing:
                raise ValueError("unbalanced ]")
            return alts, i + 1, t.endswith("?")
        if t == "|":
            alts.append([])
            i += 1
            continue
        prefix = regex.match(r"[<>+!]*", t).group()
        body = t[len(prefix):]
        ctx = "<" if "<" in prefix else (">" if ">" in prefix else "")
        glued, negated = "+" in prefix, "!" in prefix
        if negated and not ctx:
            raise ValueError(f"! needs < or > in {t!r}")
        if body == "[":
            sub, i, opt = _parse(tokens, i + 1, closing=True)
            alts[-1].append(Item("group", optional=opt, glued=glued, context=ctx, alts=sub, negated=negated))
            continue
        optional = body.endswith("?")
        body = body.rstrip("?")
        if body.startswith("'"):
            alts[-1].append(Item("lit", name=body[1:-1].replace("\\'", "'"), optional=optional, glued=glued,
                                 context=ctx, negated=negated))
        else:
            name, _, slot = body.partition(":")
            alts[-1].append(Item("class", name=name, slot=slot, optional=optional, glued=glued, context=ctx,
                                 negated=negated))
        i += 1
    if closing:
        raise ValueError("unbalanced [")
    return alts, i, False


def _could_begin(firsts, lead: str) -> tuple[tuple[str, Any, bool], ...]:
    """Those of `firsts` (first, regex, whether it looks before) that could match where the text
    goes on with `lead`: those that match it partially, and those that look before (their start
    cannot be told from what follows). Example (English): "5 " -> the firsts that begin with a
    digit, and those that look before; not the month names."""
    return tuple((f, rx, before) for f, rx, before in firsts if before or rx.match(lead, partial=True) is not None)


class Grammar:
    """A compiled times grammar: `find(text)` returns the longest non-overlapping matches."""

    def bare_forms(self, class_name: str) -> list[str]:
        """The uninflected words of a lexicon class, longest first ("yearmark" -> ["খ্রিস্টাব্দ", ..., "সাল"])."""
        values = ((self.data.get("classes") or {}).get(class_name) or {}).get("values") or {}
        return sorted((unicodedata.normalize("NFC", w) for words in values.values() for w in words),
                      key=len, reverse=True)

    def __init__(self, data: dict, borrowed: Callable[[str], dict] | None = None):
        check_schema(data)
        self.data = data
        self.inflections = [unicodedata.normalize("NFC", x) for x in data.get("inflections", [""])]
        self.classes: dict[str, TokenClass] = {}
        self.slot_of: dict[str, str] = {}  # the default slot of a class: derived classes fill their base's
        self._build_classes(data.get("classes") or {}, borrowed)
        self.macros = data.get("macros") or {}
        self.rules = [self._compile_rule(r, k) for k, r in enumerate(data.get("rules") or [])]
        # Where a match can start: the union of every rule's possible first words. Rules are tried
        # only at those positions (a few per sentence) instead of scanned over the whole text.
        firsts = sorted({r.first for r in self.rules if r.first})
        self.anchor = regex.compile(f"{B_START}(?:{'|'.join(firsts)})", regex.V0)
        # Many rules share their first words (a year, a month, a weekday): each distinct first is
        # checked once per anchor, and a rule is tried only where its own first matched.
        self.first_res = {f: regex.compile(f"{B_START}(?:{f})", regex.V0) for f in firsts}
        # Why: scanning the anchor at every character is most of the times layer's time (a Bengali
        # article has ~4,000 characters and ~80 anchors): it is tried only where a match could begin.
        self.anchor_scan = LeadScan(self.anchor, B_START)
        tense = data.get("tense") or {}
        unknown = set(tense) - TENSE_KEYS
        if unknown:
            raise ValueError(f"times.yaml tense: unknown key(s) {sorted(unknown)}; known: {sorted(TENSE_KEYS)}")
        self.cues = {kind: [regex.compile(p, regex.I) for p in tense.get(kind) or []] for kind in TENSE_KEYS}
        # verbs of saying: a sentence with one may attribute the quotation just before it
        self.said = _alternation(data, "said", regex.I)
        # the page's own date stamps ("প্রকাশিত: ০৩:৪৫ পিএম, ২২ জুন ২০২৫", "Last modified: 24 May, 2025"):
        # they anchor the article but are no time of its text (times.expressions._page_stamps_left_out)
        self.page_stamps = _alternation(data, "page_stamps", regex.M)
        # words of a habit or custom ("usually", "every year", "প্রথা অনুযায়ী"): a time after one in its
        # clause recurs, a frequency (times.expressions._habits_left_out)
        self.habitual = _alternation(data, "habitual", regex.I)
        # words that open a new clause with no comma ("but", "কিন্তু"): a habit word's reach ends there
        self.habit_reach_ends = _alternation(data, "habit_reach_ends", regex.I)
        # words that join two clauses with no comma ("and", "এবং"): a time's own clause ends there (_clause)
        self.clause_joins = _alternation(data, "clause_joins", regex.I)
        # DECISIONS T5 in an article with no anchor: `true` reads it whole, a bare relative day is null
        # and a year-less date says XXXX even after a year written out (times.expressions._relative_without_anchor,
        # _story_year_reported); `relative_days` reads the first half only, the narrative of a year
        # written out keeps that year; a pack opts in while its dev gold follows T5 (see times.yaml)
        t5 = data.get("undated_by_t5")
        if t5 not in (None, False, True, "relative_days"):
            raise ValueError(f"times.yaml undated_by_t5: true, false or relative_days, not {t5!r}")
        self.undated_relative_null = bool(t5)
        self.undated_by_t5 = t5 is True
        # `last_weekday_skips_yesterday`: "last Tuesday" told on a Wednesday is the Tuesday a week
        # before, as the writer would call the day before "yesterday" (times.expressions._weekday)
        self.last_weekday_skips_yesterday = _flag(data, "last_weekday_skips_yesterday")
        # `bare_day_told_once`: a bare "today" after "today, Friday" or "today (29 December)" is the
        # same day told again, coded once (DECISIONS T8) (times.expressions._bare_days_told_again_left_out)
        self.bare_day_told_once = _flag(data, "bare_day_told_once")
        # `undated_shifted_month_null`: with no anchor, "last August" or "next June" is relative to a
        # day no one knows, so null (GUIDELINES T4), not the bare month "XXXX-08" (times.expressions._unanchored_month)
        self.undated_shifted_month_null = _flag(data, "undated_shifted_month_null")
        # what stands between the two ends of a range ("৩০ ডিসেম্বর থেকে ৪ জানুয়ারি", "from January to October")
        self.range_join = _alternation(data, "range_joins")
        # what may close a range before the bracket that dates it ("বুধবার থেকে শনিবার পর্যন্ত (৩১ ...)"),
        # then the bracket's opening
        closes = "|".join(data.get("range_closes") or []) or r"(?!)"
        self.range_bracket = regex.compile(rf"[^\S\n]*(?:(?:{closes})[^\S\n]*)?[(\[]")

    # ---- classes
    def _build_classes(self, specs: dict, borrowed) -> None:
        for name, c in BUILTIN_DIGITS.items():
            self.classes[name] = TokenClass(name, c, int)
        self.classes["eoc"] = TokenClass("eoc", EOC, _no_value)
        self.classes["bol"] = TokenClass("bol", BOL, _no_value)
        for name, spec in specs.items():
            if spec.get("type") == "ending":
                self.classes[name] = ending_class(name, spec["endings"])
                continue
            if spec.get("type") == "cardinal":
                continue
            base = specs[spec["from"]] if "from" in spec else spec
            merged = dict(base, inflect=spec.get("inflect", base.get("inflect", True)))
            surfaces = surfaces_of(merged, self.inflections)
            weak = set(base.get("weak", []))
            strong = surfaces_of(merged, self.inflections, skip=weak)
            for form, value in _joined_surfaces(specs, spec, merged["inflect"], self.inflections).items():
                surfaces.setdefault(form, value)
                strong.setdefault(form, value)
            if "borrow" in base and borrowed is not None:
                lang, cls = base["borrow"]
                other = borrowed(lang) or {}
                ospec = (other.get("classes") or {}).get(cls)
                if ospec:
                    oinfl = other.get("inflections", [""])
                    for form, value in surfaces_of(ospec, oinfl).items():
                        surfaces.setdefault(form, value)
                    for form, value in surfaces_of(ospec, oinfl, skip=set(ospec.get("weak", []))).items():
                        strong.setdefault(form, value)
            self.classes[name] = lexicon_class(name, surfaces, bool(spec.get("cased")))
            self.slot_of[name] = spec.get("from", name)
            if weak or "borrow" in base:
                self.classes[name + "_strong"] = lexicon_class(name + "_strong", strong)
                self.slot_of[name + "_strong"] = self.slot_of[name]
        for name, spec in specs.items():
            if spec.get("type") == "cardinal":
                nums = surfaces_of(specs[spec["numbers"]], self.inflections)
                mults = surfaces_of(specs[spec["multipliers"]], self.inflections)
                self.classes[name] = cardinal_class(name, nums, mults)

    # ---- rules
    def _expand(self, pattern: str) -> str:
        for _ in range(5):
            new = regex.sub(r"\$(\w+)", lambda m: self.macros[m.group(1)], pattern)
            if new == pattern:
                break
            pattern = new
        return pattern

    def _compile_rule(self, spec: dict, order: int) -> Rule:
        alts, _, _ = _parse(_tokens(self._expand(spec["pattern"])))
        groups: dict[str, tuple[str, str]] = {}
        body = "|".join(self._render_seq(seq, groups) for seq in alts)
        source = f"{B_START}(?:{body}){B_END}"
        first = "|".join(sorted(set(self._first_cores(alts))))
        return Rule(spec.get("name", f"rule{order}"), regex.compile(source, regex.V0), groups, order,
                    {k: v for k, v in spec.items() if k not in ("name", "pattern")}, first)

    def _first_cores(self, alts: list[list[Item]]):
        """The regexes of the items a match can begin with: those up to the first required one."""
        for seq in alts:
            for item in seq:
                if item.context:
                    continue
                if item.kind == "group":
                    yield from self._first_cores(item.alts)
                elif item.kind == "lit":
                    yield literal_regex(item.name)
                else:
                    yield self.classes[item.name].pattern
                if not item.optional:
                    break

    def _core(self, item: Item, groups: dict) -> str:
        if item.kind == "lit":
            core = literal_regex(item.name)
        elif item.kind == "group":
            core = "(?:" + "|".join(self._render_seq(seq, groups) for seq in item.alts) + ")"
        else:
            if item.name not in self.classes:
                raise ValueError(f"unknown time class {item.name!r}")
            slot = item.slot or self.slot_of.get(item.name, item.name)
            gname = "%s__%d" % (regex.sub(r"\W", "_", slot), len(groups))
            groups[gname] = (slot, item.name)
            core = f"(?P<{gname}>{self.classes[item.name].pattern})"
        return core

    def _render_seq(self, seq: list[Item], groups: dict) -> str:
        """Each item not glued to its predecessor starts with a gap and a word-start check, so two
        word-like items can never touch; a glued item starts right where the previous one ended.
        The rule as a whole ends with a word-end check (see _compile_rule)."""
        out = []
        for k, item in enumerate(seq):
            look = "!" if item.negated else "="
            if item.context == "<" and item.name == "bol":
                out.append(f"(?<{look}{BOL}{GAP})")
                continue
            core = self._core(item, groups)
            if item.context == "<":
                out.append(f"(?<{look}{B_START}{core}{B_END}{GAP})")
                continue
            if item.context == ">":
                lead = "" if item.glued else f"{GAP}{B_START}"
                out.append(f"(?{look}{lead}{core}{B_END if item.name != 'eoc' else ''})")
                continue
            first = k == 0 or all(x.context == "<" for x in seq[:k])
            lead = "" if (first or item.glued) else f"{GAP}{B_START}"
            piece = f"{lead}{core}"
            out.append(f"(?:{piece})?" if item.optional else piece)
        return "".join(out)

    # ---- matching
    def candidates(self, original: str) -> list[Found]:
        """Every match of every rule in `original` (overlapping; `select` chooses among them), by
        rule, then by position. The last text's matches are kept: an article without a
        publication date is matched up to three times (against its own day, against the
        retrieval date), and the matches do not depend on the date. Each call gets its own
        copies, so a caller may change them.
        Example: English "on 5 May" -> [Found(3, 8, {"day": 5, "month": 5}, <rule day_month>)]."""
        last = getattr(self, "_last", None)  # (text, matches); one tuple, so threads see both or neither
        if last is None or not (last[0] is original or last[0] == original):
            last = self._last = (original, self._match_all(original))
        return [Found(f.start, f.end, dict(f.fields), f.rule) for f in last[1]]

    def __getstate__(self) -> dict:
        """The compiled grammar goes to the disk cache without the last text's matches (nor the
        firsts by pair, found as texts come)."""
        state = dict(self.__dict__)
        state.pop("_last", None)
        state.pop("_firsts_by_pair", None)
        state.pop("_firsts_by_lead", None)
        state.pop("_firsts_before", None)
        # the rules' looser copies are kept (compiling them took a tenth of a start-up), their
        # verdicts on the texts seen are not; a copy that is the rule's own pattern is kept as
        # SAME_AS_RULE, so that the pattern stays deferred with its rule
        state["_leads"] = [(SAME_AS_RULE if loose is rule.regex else loose, {})
                           for rule, (loose, _) in zip(self.rules, self._rule_leads())]
        return state

    def _match_all(self, original: str) -> list[Found]:
        text, back = unify_nukta(original)
        found = []
        starts, at = self.first_starts(text)
        # each position's first characters, cut once for every rule tried there (see _rule_leads)
        lead_at = {pos: text[pos:pos + RULE_LEAD_CHARS] for pos in starts}
        for rule, (loose, verdicts) in zip(self.rules, self._rule_leads()):
            positions = at[rule.first] if rule.first else starts
            if positions and loose is SAME_AS_RULE:
                loose = rule.regex
            for pos in positions:
                if loose is not None:   # the verdict asked here first: most leads were judged before
                    lead = lead_at[pos]
                    ok = verdicts.get(lead)
                    if not (could_begin(loose, verdicts, lead, _VERDICTS_MAX) if ok is None else ok):
                        continue
                m = rule.regex.match(text, pos)
                if m is None:
                    continue
                span = _trim(text, *m.span())
                if span is None:
                    continue
                fields = {slot: self.classes[cls].decode(got) for gname, (slot, cls) in rule.groups.items()
                          if (got := m.group(gname)) is not None}
                if back is not None:
                    span = (back[span[0]], back[span[1]])
                found.append(Found(span[0], span[1], fields, rule))
        return found

    def _rule_leads(self) -> list[tuple[Any, dict[str, bool]]]:
        """Per rule, its pattern without its checks of the text before it (leadscan's looser
        copy; None where none can be made) and its verdicts by the `RULE_LEAD_CHARS` characters
        from a position: whether the rule could begin a match there (a partial match of the looser
        copy). Where it cannot, neither can the rule, and the rule is not tried. Why: a rule is
        tried wherever one of its first words matches, and a first word such as Bengali "এ" (this)
        also opens "এবং" and "একটি": 99 of 100 tries failed, the most of the times layer's time.
        Example (Bengali): the rule "[এ] month day" at "এবং ..." -> False."""
        got = self.__dict__.get("_leads")
        if got is None:
            got = self.__dict__["_leads"] = [(loose_copy(r.regex), {}) for r in self.rules]
        return got

    def first_starts(self, text: str) -> tuple[list[int], dict[str, list[int]]]:
        """The anchor's positions (as `anchor_starts`: where some first matches) and, for each
        first, those where it matches; only the firsts that could begin with a position's next
        `FIRST_LEAD_CHARS` characters are tried there, and the big anchor itself is not (it is
        their alternation).
        Example (English): "on 5 May" -> ([3, 5], {<day's first>: [3], <month's first>: [5], ...})."""
        if not self.first_res:  # an anchor of no firsts matches the empty string everywhere
            return self.anchor_starts(text), {}
        starts: list[int] = []
        at: dict[str, list[int]] = {f: [] for f in self.first_res}
        for pos in self.anchor_scan.starts(text):
            hit = False
            for f, rx in self._firsts_for(text[pos:pos + FIRST_LEAD_CHARS]):
                if rx.match(text, pos):
                    at[f].append(pos)
                    hit = True
            if hit:
                starts.append(pos)
        return starts, at

    def _firsts_for(self, lead: str) -> tuple[tuple[str, Any], ...]:
        """The firsts (with their regexes) that could match where the text goes on with `lead`,
        its next `FIRST_LEAD_CHARS` characters: those that match it partially, and those that look
        before (their start cannot be told from what follows), chosen among those of its first two
        characters (`_firsts_of_pair`), so a new lead costs a few partial matches, not one per
        first. Why: checking every first at every anchor was a third of the matching time, and
        most firsts cannot begin with a given letter (a Latin month at a Bengali word, a Bengali
        number at a digit); by two characters 44% of the tries still failed ("এ" opens "এই" and
        "একটি" alike), by four a third fewer are tried.
        Example (English): "5 Ma" -> the firsts that begin with a digit, not the month names."""
        by_lead = self.__dict__.setdefault("_firsts_by_lead", {})
        got = by_lead.get(lead)
        if got is None:
            if len(by_lead) >= _LEADS_MAX:
                by_lead.clear()
            got = by_lead[lead] = tuple((f, rx) for f, rx, _ in _could_begin(self._firsts_of_pair(lead[:2]), lead))
        return got

    def _firsts_of_pair(self, pair: str) -> tuple[tuple[str, Any, bool], ...]:
        """`_firsts_for` by two characters, each first with whether it looks before; pairs are few.
        Example (English): "5 " -> the firsts that begin with a digit, not the month names."""
        could = self.__dict__.setdefault("_firsts_by_pair", {})
        got = could.get(pair)
        if got is None:
            got = could[pair] = _could_begin(self._firsts_looking_before(), pair)
        return got

    def _firsts_looking_before(self) -> tuple[tuple[str, Any, bool], ...]:
        """Each first with its regex and whether it looks before its start (`looks_before`, a search
        of the pattern's text), asked once per grammar. Why: asked again for every new pair of
        characters, it was 11,000 searches of pattern text in 150 Bengali articles the process had
        not seen, most of `_firsts_of_pair`'s time on new text.
        Example (English): ((<a year's first>, <its regex>, False), ...)."""
        got = self.__dict__.get("_firsts_before")
        if got is None:
            got = self.__dict__["_firsts_before"] = tuple((f, rx, looks_before(rx)) for f, rx in self.first_res.items())
        return got

    def anchor_starts(self, text: str) -> list[int]:
        """The positions where the anchor matches (where a rule may start), in order: those of an
        overlapped scan of the anchor, found by trying it only where its first two characters could
        begin a match.
        Example: "on 5 May" (English) -> [3, 5] ("5" as a day, "May" as a month)."""
        return [pos for pos in self.anchor_scan.starts(text) if self.anchor.match(text, pos)]

    def tense(self, sentence: str, start: int, end: int, onward: bool = False) -> str | None:
        """"past", "future" or None for the expression at [start, end) of `sentence`: the tense cue
        nearest to it decides (a reported clause has its own tense: "said that the list would be
        out on Monday" is future); with `onward`, an onward word ("until Thursday") points forward
        unless a past cue or a verb of lasting is in the sentence (for a weekday, which is never far off; a date "until
        28 December" may be the one just past), and the `past_near` cues count as past too (forms that
        are as often adjectives or passive participles, "announced", "the planned vote": good enough
        to choose between this week's and next week's Friday, not to move a date by a year: "BNP
        finalised its candidates for the 12 February election" is next February).
        A participle touching the expression ("মার্চে অনুষ্ঠিতব্য", ", launched in March,") decides
        before any other cue, and a deadline touching it leaves the nearest date (`_own_cue`). A past
        cue inside a future one ("is scheduled") does not count. A limit set beside an onward word
        ("remanded until Wednesday") is future (`_limit_set`); an `ahead` cue ("adjourned to",
        "asked to submit ... by") is a future one before the expression only. A present cue of the
        expression's own clause ("প্রস্তুতি চলছে") that is nearest tells no tense: None
        (`_present_cues`), whatever the speech verb before the clause.
        Example: ("She was born on 18 May.", 16, 22) -> "past"."""
        found = {kind: [m.span() for p in self.cues[kind] for m in p.finditer(sentence, *_window(kind, sentence, start, end))
                        if m.end() <= start or m.start() >= end]  # the expression's own words ("May") are no cue
                 for kind in TENSE_KEYS}
        found = _within_aside(_before_aside(found, end), start)
        own = _own_cue(found, start, end)
        if own:
            return None if own == "nearest" else own
        if onward and _limit_set(found, start, end):
            return "future"
        future = found["future"] + [c for c in found["ahead"] if c[1] <= start]  # "ahead" only before it
        past = found["past"] + (found["past_near"] if onward else [])
        past = [c for c in past if not any(a < c[1] and c[0] < b for a, b in future)]
        if onward and not past and not found["lasting"]:  # "শনিবার পর্যন্ত অবরোধ চলে": a state that lasted
            future = future + found["onward"]
        clause = _clause(sentence, start, end)
        cues = [(c, "future") for c in future] + [(c, "past") for c in past] + _present_cues(found, future, clause)
        kind = _nearest_kind(cues, (_clause(sentence, start, end, self.clause_joins), clause), start, end)
        return None if kind == "present" else kind


def _present_cues(found: dict[str, list[tuple[int, int]]], future: list[tuple[int, int]],
                  clause: tuple[int, int]) -> list[tuple[tuple[int, int], str]]:
    """The present cues ("চলছে", "করছে") of the expression's own clause, as cues of no tense: a
    reported clause in the present tells no past, and the speech verb before it is not its tense
    ("ইসি জানিয়েছে, ডিসেম্বরের প্রথমার্ধে তফসিল ঘোষণার প্রস্তুতি চলছে": the nearest December).
    One inside a future cue ("শুরু হচ্ছে") is that cue's. Only in the clause: elsewhere a present
    verb says nothing of the expression.
    Example: ({"present": [(50, 55)], ...}, [], (20, 60)) -> [((50, 55), "present")]."""
    lo, hi = clause
    return [(c, "present") for c in found["present"]
            if lo <= c[0] and c[1] <= hi and not any(a < c[1] and c[0] < b for a, b in future)]


def _before_aside(found: dict[str, list[tuple[int, int]]], end: int) -> dict[str, list[tuple[int, int]]]:
    """The cues before the first clause the sentence adds after the expression (an `aside`: ",
    saying ...", ", adding that ...", ", যাতে বলা হয় ..."): such a clause tells what was said or
    is to follow, and its verbs are not those of the expression's own act ("The ministry issued a
    notification on 23 December, saying the order will take effect" is a past 23 December).
    Example: ({"future": [(60, 64)], "aside": [(40, 48)], ...}, 35) -> {"future": [], "aside": [], ...}."""
    after = [c[0] for c in found.get("aside", []) if c[0] >= end]
    if not after:
        return found
    cut = min(after)
    return {kind: [c for c in cues if c[0] < cut] for kind, cues in found.items()}


def _within_aside(found: dict[str, list[tuple[int, int]]], start: int) -> dict[str, list[tuple[int, int]]]:
    """The cues from the last added clause that opens before the expression (an `aside`: ", saying
    ...", ", যাতে বলা হয় ..."): the expression is that clause's, and the verbs of the report before
    it tell the time of the saying, not of what is said ("Exporters urged the government to act,
    saying the tariff was announced in early April": a past April, not the urging's future).
    Example: ({"future": [(5, 9)], "aside": [(20, 28)], ...}, 40) -> {"future": [], "aside": [(20, 28)], ...}."""
    before = [c[0] for c in found.get("aside", []) if c[1] <= start]
    if not before:
        return found
    cut = max(before)
    return {kind: [c for c in cues if c[0] >= cut] for kind, cues in found.items()}


ONWARD_TOUCH = 2  # "until Thursday", "বৃহস্পতিবার পর্যন্ত": the onward word next to the expression


OWN_KINDS = ("own_future", "own_past", "own_nearest")
OWN_REACH = (200, 60)  # the longest own cue before an expression ("the deadline for ... was") and after it


def _window(kind: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where to look for cues of `kind`: the whole sentence, but for a cue that counts only where
    it touches the expression (`_own_cue`), the stretch around it (a cue search per expression
    over the whole sentence is the times stage's main cost).
    Example: ("own_past", a sentence of 500 characters, 300, 310) -> (100, 370); ("past", ...) -> (0, 500)."""
    if kind not in OWN_KINDS:
        return 0, len(sentence)
    return max(0, start - OWN_REACH[0]), min(len(sentence), end + OWN_REACH[1])


def _own_cue(found: dict[str, list[tuple[int, int]]], start: int, end: int) -> str | None:
    """The tense told by a cue that touches the expression, before any other: a participle
    (`own_future`, `own_past`) heads the expression's own clause, whose tense may differ from the
    sentence's main verb ("মার্চে অনুষ্ঠিতব্য সম্মেলনে যোগ দিতে প্রস্তুতি নিচ্ছেন" is a coming March;
    "the project, launched in March, will be finished in June" a past one); a deadline
    (`own_nearest`: "the deadline is January 10", "শেষ তারিখ ১০ জানুয়ারি") is the nearest such date,
    whatever the verb of the report around it ("the deadline was January 10", said on 28 December,
    is the coming one; "the last date was November 29" the past one), which "nearest" stands for.
    Such a cue a few words away belongs to another time, and is no cue at all.
    Example: ({"own_future": [(7, 18)], "own_past": [], "own_nearest": []}, 0, 6) -> "future"."""
    kinds = {tense for kind, tense in zip(OWN_KINDS, ("future", "past", "nearest"))
             for c in found[kind] if _distance(c, start, end) <= ONWARD_TOUCH}
    return kinds.pop() if len(kinds) == 1 else None


def _limit_set(found: dict[str, list[tuple[int, int]]], start: int, end: int) -> bool:
    """True when an onward word touches the expression, the sentence sets a limit (a closure, a
    remand, a ban, a deadline) and no verb of lasting is in it: a past act that sets a limit
    ("schools were declared closed until Thursday", "তাঁকে বৃহস্পতিবার পর্যন্ত রিমান্ডে নেওয়া হয়েছে")
    points ahead like a future; a state that lasted up to it ("the curfew remained in force until
    Friday", "শুক্রবার পর্যন্ত কারফিউ বহাল ছিল") and a count up to a day ("শনিবার পর্যন্ত ১২ জনের
    মৃত্যু হয়েছে") tell the past.
    Example: "He was remanded until Wednesday." with "remanded" a limit and "until" touching
    "Wednesday" at [22, 31): ({"onward": [(16, 21)], "limit": [(7, 15)], "lasting": []}, 22, 31) -> True."""
    if not any(_distance(c, start, end) <= ONWARD_TOUCH for c in found["onward"]):
        return False
    return bool(found["limit"]) and not found["lasting"]


def _nearest_kind(cues: list[tuple[tuple[int, int], str]], clauses: tuple[tuple[int, int], ...],
                  start: int, end: int) -> str | None:
    """The kind of the cue nearest [start, end), among those of the narrowest of its `clauses` that
    has any (the clause up to a joining "and", then the one up to a comma), else among all (None
    when none, or when a past and a future cue are as near). Why: "before and after the 12 February
    election" joins no clauses, and the part after "and" has no verb of its own.
    Example: ([((0, 4), "past"), ((20, 24), "future")], ((15, 30), (0, 30)), 10, 14) -> "future"."""
    inside = ([(c, k) for c, k in cues if lo <= c[0] and c[1] <= hi] for lo, hi in clauses)
    cues = next((got for got in inside if got), cues)  # the clause's own verb first
    if not cues:
        return None
    nearest = min(_distance(c, start, end) for c, _ in cues)
    kinds = {k for c, k in cues if _distance(c, start, end) == nearest}
    return kinds.pop() if len(kinds) == 1 else None


CLAUSE_BREAK = regex.compile(r"[,;:]|\s[–—-]\s")


def _clause(sentence: str, start: int, end: int, joins: regex.Pattern | None = None) -> tuple[int, int]:
    """The clause of `sentence` around [start, end): from the last comma, semicolon, colon, dash or
    joining word (`joins`: "and", "এবং") before it to the first after it. Why: a reported clause has
    its own tense, and the speech verb before the comma is not it ("মন্ত্রী জানিয়েছেন, বৃহস্পতিবার
    বৈঠক হবে": Thursday is ahead); nor is the verb of a clause joined by "and" ("were arrested on
    Saturday and will be produced on Monday": Saturday is past, Monday ahead).
    Example: ("মামলা হয়েছে এবং সোমবার পাঠানো হবে", 17, 23, <এবং>) -> (16, 34): "সোমবার" to the end."""
    breaks = [CLAUSE_BREAK] + ([joins] if joins is not None else [])
    before = [m.end() for rx in breaks for m in rx.finditer(sentence, 0, start)]
    after = [m.start() for rx in breaks if (m := rx.search(sentence, end))]
    return max(before, default=0), min(after, default=len(sentence))


def _distance(cue: tuple[int, int], start: int, end: int) -> int:
    """Characters between a cue and an expression (0 when they touch or overlap)."""
    return max(cue[0] - end, start - cue[1], 0)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A span without the spaces and commas at its edges (None when nothing is left)."""
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return (start, end) if end > start else None


def select(found: list[Found], keep: Callable[[Found], bool] = lambda f: True) -> list[Found]:
    """Leftmost-longest: the earliest start, then the longest span, then the earlier rule; no two
    chosen spans overlap. `keep` may refuse a match (no valid value); the next one is tried."""
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start), f.rule.order)):
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        if not keep(f):
            continue
        chosen.append(f)
        taken.append((f.start, f.end))
    return sorted(chosen, key=lambda f: f.start)
