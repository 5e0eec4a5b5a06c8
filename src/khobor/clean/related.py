"""Related-story headlines flattened into the body without a marker.

Scrapers that flatten a page to one line glue the link text of a related story to the sentence
that follows it: "... misleading narratives. Bangladesh rejects portrayal of minority situation
Bangladesh's reaction comes two days after ...". The headline has no sentence end, so it opens
the next "sentence". For each sentence, every word boundary where a capitalised word (or an
opening quote) follows a word without punctuation is a candidate cut; a small logistic model
scores the words before the cut as a headline. Its features are shapes only (lengths, punctuation,
digits, quotes, capitalisation, overlap with the title, position), so no article word is in the
weights. The model is trained on the gold corpus's dev split (training/clean/train_related.py)
and ships per language as `lang/<code>/related_headline.json`; a language without the file
gets no cuts.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

import regex

from .. import lang
from ..record import Span
from ..textutil import terminator_class
from .explain import note_removed, removal_rule
from .normalise import fold

MAX_HEADLINE_WORDS = 20
MIN_REST_WORDS = 4            # the sentence that follows must be a sentence, not a fragment
TRAILING_HEADLINE_WORDS = range(4, 15)  # fewer words: a cut-off teaser; more: a sentence that lost its stop
_OPENING_QUOTES = "“\"‘'"


# A clause ends after these (a comma, semicolon, colon or closing bracket), so no headline does
CLAUSE_END = r",;:)\]"
# A line ending in these (a clause's end or a quote's end) is not a headline left at the end
LINE_END = CLAUSE_END + r"\"'”’"


@lru_cache(maxsize=None)
def _ends_in(extra: str) -> regex.Pattern:
    """A word or line ending in a terminator of any pack (`sentences.terminators`) or in one of the
    characters of `extra` (a regex class body). Example: _ends_in(CLAUSE_END) finds "said," and
    "বলেন।", not "said"; one builder for the clause test and the line test, which differ only in
    their characters."""
    return regex.compile(terminator_class(extra) + "$")


_DIGIT = regex.compile(r"\p{N}")
_QUOTE = regex.compile(r"[“”\"‘’']")
_CONTENT = regex.compile(r"[\p{L}\p{M}\p{N}]{4,}")

FEATURES = ("bias", "prefix_words", "short_prefix", "rest_words", "prev_lower", "next_quote",
            "next_starter", "colon", "digit", "quote", "comma", "capital_ratio", "title_overlap",
            "first_sentence", "rest_ends", "prev_short_lower", "prev_capital", "next_next_lower",
            "next_capital_run", "prev_number", "inside_name", "prefix_lower_ratio",
            "head_starter", "next_acronym")


@dataclass
class HeadlineModel:
    weights: list[float]
    threshold: float

    def probability(self, feats: list[float]) -> float:
        z = sum(w * f for w, f in zip(self.weights, feats))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=None)
def model_for(code: str | None) -> HeadlineModel | None:
    """The language's headline model, or None when the pack has none."""
    pack = lang.load_or_none(code)
    path = pack.file("related_headline.json") if pack else None
    if path is None or not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path}: features {data['features']} do not match the code's {FEATURES}")
    return HeadlineModel(weights=[float(w) for w in data["weights"]], threshold=float(data["threshold"]))


def candidate_cuts(words: list[str]) -> list[int]:
    """Word counts k where words[:k] may be a headline glued to words[k:]: a lower-case word
    without punctuation, then a clause start (a capitalised word or quote followed by a
    lower-case word; a run of capitals is a name going on).
    >>> candidate_cuts("Man held in raid Police said he fled on foot .".split())
    [4]"""
    out = []
    for k in range(2, min(MAX_HEADLINE_WORDS, len(words) - MIN_REST_WORDS) + 1):
        prev, nxt, after = words[k - 1], words[k], words[k + 1]
        if _ends_in(CLAUSE_END).search(prev) or not prev[:1].islower() or not nxt:
            continue
        opens = nxt[0].isupper() or (nxt[0] in _OPENING_QUOTES and len(nxt) > 1 and nxt[1].isupper())
        if opens and (after[:1].islower() or nxt[0] in _OPENING_QUOTES):
            out.append(k)
    return out


def cut_features(words: list[str], k: int, title_words: set[str], first: bool, starters: frozenset[str]) -> list[float]:
    """The shape of words[:k] as a headline glued to words[k:] (see FEATURES)."""
    head, rest = words[:k], words[k:]
    text = " ".join(head)
    capitals = sum(1 for w in head if w[:1].isupper())
    content = [fold(w) for w in _CONTENT.findall(text)]
    overlap = sum(1 for w in content if w in title_words) / len(content) if content else 0.0
    nxt = rest[0].lstrip(_OPENING_QUOTES)
    return [1.0, k / 10, float(k <= 3), min(len(rest), 40) / 20, float(words[k - 1][-1:].islower()),
            float(rest[0][0] in _OPENING_QUOTES), float(nxt in starters), float(":" in text),
            float(bool(_DIGIT.search(text))), float(bool(_QUOTE.search(text))), float("," in text),
            capitals / k, overlap, float(first), float(bool(_ends_in(CLAUSE_END).search(rest[-1]))),
            float(len(words[k - 1]) <= 3 and words[k - 1].islower()), float(words[k - 1][:1].isupper()),
            float(len(rest) > 1 and rest[1][:1].islower()), _capital_run(rest) / 5,
            float(bool(_DIGIT.search(words[k - 1]))),
            float(words[k - 1][:1].isupper() and len(rest) > 1 and rest[1][:1].isupper()),
            sum(1 for w in head if w[:1].islower()) / k,
            float(head[0].lstrip(_OPENING_QUOTES) in starters), float(nxt.isupper() and len(nxt) > 1)]


def _capital_run(words: list[str]) -> int:
    """How many capitalised words open `words` (a name runs on; a sentence start rarely does)."""
    n = 0
    for w in words[:5]:
        if not w.lstrip(_OPENING_QUOTES)[:1].isupper():
            break
        n += 1
    return n


def title_key(title: str | None) -> set[str]:
    return {fold(w) for w in _CONTENT.findall(title or "")}


@removal_rule("best_cut")
def best_cut(sentence: str, model: HeadlineModel, title_words: set[str], first: bool,
             starters: frozenset[str], never_first: frozenset[str] = frozenset(),
             never_last: frozenset[str] = frozenset(), past_before_name: regex.Pattern | None = None) -> int | None:
    """Characters of `sentence` that are a glued headline (the cut's offset), or None. A head
    opening with a word that ties it to its neighbours (`never_first`: "Although X's fellow"),
    ending in one that needs more (`never_last`: "... the attack while"), or holding, with the word
    after it, a past tense and the name it takes (`past_before_name`: "Pakistan slowed South Africa
    as spinner | Ayub ...", "The hosts welcomed | Bayern to ...") is body text.
    "Rivals form alliance Asked about it, he said no more." -> 20 when the model says so."""
    words = sentence.split(" ")
    if words[0].lstrip(_OPENING_QUOTES) in never_first:
        return None
    # the word whose capital ends the first past tense and its name: a head cut before any later
    # word holds both (searched once, not in each candidate's words again)
    named = past_before_name.search(sentence) if past_before_name is not None else None
    named_word = sentence.count(" ", 0, named.end() - 1) if named else len(words)
    best, best_p = None, model.threshold
    for k in candidate_cuts(words):
        if k >= named_word:
            break
        if words[k - 1].lower() in never_last:
            continue
        p = model.probability(cut_features(words, k, title_words, first, starters))
        if p >= best_p:
            best, best_p = k, p
    return len(" ".join(words[:best])) if best else None


# the model's bar for a cut at a glued opener, itself evidence of a headline: lower than the
# model's own, higher than a section heading glued the same way scores ("How they crossed the
# border According to ...", which the reader keeps as body). Chosen on the dev split: four related
# headlines there score .79-.84, three headings .22-.61, two sentences that lost their stop < .03.
GLUED_OPENER_P = 0.7


@removal_rule("glued_opener_cut")
def glued_opener_cut(sentence: str, opener: regex.Pattern | None, not_after: frozenset[str], model: HeadlineModel,
                     title_words: set[str], first: bool, starters: frozenset[str]) -> int | None:
    """Characters of `sentence` before a word that opens sentences glued to a word with no stop
    (the pack's `glued_openers`: "Tarique Rahman submits papers on final day Regarding the
    posters, X said ..."), where the model scores that cut at least GLUED_OPENER_P: a related
    headline. A section heading ("Other developments The main accused ...") or a sentence that
    only lost its full stop scores lower (the sentence splitter still ends a sentence there:
    sentences.glued_opener_starts), and a word that takes a name after it (`not_after`:
    "attacks on The Daily Star") is no cut. None where there is none.

    "Rivals form alliance on Monday Regarding the seats, he said no more." -> 30 when the model
    scores it so."""
    if opener is None:
        return None
    words = sentence.split(" ")
    for m in opener.finditer(sentence):
        before = sentence[:m.start()].split(" ")
        k = len(before)
        if before[-1].lower() in not_after or not 2 <= k <= MAX_HEADLINE_WORDS or len(words) - k < MIN_REST_WORDS:
            continue
        if model.probability(cut_features(words, k, title_words, first, starters)) >= GLUED_OPENER_P:
            return len(" ".join(words[:k]))
    return None


# a related headline that quotes someone and names them after a colon, glued to a sentence:
# "Talks must go on: Karim Uddin The minister said ..."; the name is a run of capitalised words
_SPEAKER_HEADLINE = regex.compile(
    r"(?P<head>[\p{Lu}\p{N}‘'][^.!?“”\"\n]{6,160}?):\s(?P<name>(?:[\p{Lu}][\p{L}\p{M}’'.-]*\s){1,4})(?=\p{Lu}\p{L}*\s\p{Ll})")


@removal_rule("speaker_headline_cut")
def speaker_headline_cut(sentence: str, opener: regex.Pattern | None, starters: frozenset[str],
                         never_first: frozenset[str] = frozenset()) -> int | None:
    """Characters of `sentence` that are a related headline ending in the name of whom it quotes,
    glued to the next sentence, whose first word is a sentence opener of the pack (its
    `sentence_starters` or `glued_openers`), so the name ends where the opener begins; a run of
    capitals with no opener in it ("... : Rahim Sheikh Karim Uddin said") is no cut (where would the
    name end?), nor is a head opening with a word that ties it to the sentence before (`never_first`:
    "The agenda was short: Dhaka University The vice-chancellor opened it" is body text). None where
    there is none.

    >>> speaker_headline_cut("Ferries must run on time: Karim Uddin The minister spoke at the port.", None, frozenset({"The"}))
    37
    """
    m = _SPEAKER_HEADLINE.match(sentence)
    if m is None or len(m["head"].split()) + len(m["name"].split()) > MAX_HEADLINE_WORDS \
            or m["head"].split(" ", 1)[0] in never_first:
        return None
    rest = sentence[m.end():]
    first = rest.split(" ", 1)[0]
    is_opener = first in starters or (opener is not None and opener.match(sentence, m.end() - 1) is not None)
    if not is_opener or len(rest.split()) < MIN_REST_WORDS or any(w in starters for w in m["name"].split()):
        return None
    return m.end() - 1


@lru_cache(maxsize=1)
def _ends_sentence() -> regex.Pattern:
    """A sentence's terminator (every pack's), then closing quotes or a bracket, at the end."""
    return regex.compile(terminator_class() + r"[\"'”’)]*$")
# "claim: Speaker" or "topic: Detail", a headline's colon (a sentence's colon goes on in lower case)
_HEADLINE_COLON = regex.compile(r":\s+[\p{Lu}\p{N}]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")


@removal_rule("trailing_headline")
def trailing_headline(text: str, spans: list[Span], not_after: frozenset[str],
                      never_first: frozenset[str] = frozenset(), left_out: frozenset[str] = frozenset(),
                      finite_past: regex.Pattern | None = None) -> int | None:
    """Offset in `text` (the story's last body paragraph) of a related headline left as its last
    "sentence": no terminator, 4 to 14 words (`TRAILING_HEADLINE_WORDS`), at most one colon,
    opening with a capital after a sentence that ended (only scripts with capitals: a caption or
    truncation looks the same in Bengali), and not ending in a word that needs more after it
    (`not_after`: "... by", "... and", a cut-off sentence), and written as a headline
    (`looks_like_headline`). None where the paragraph ends in a sentence.

    >>> t = "Boats left at dawn. Ferry owners promise full pay within a week"
    >>> trailing_headline(t, [Span(start=0, end=19), Span(start=20, end=len(t))], frozenset({"by"}))
    20
    """
    if len(spans) < 2:
        return None
    last = text[spans[-1].start:spans[-1].end].strip()
    prev = text[spans[-2].start:spans[-2].end].rstrip()
    words = last.split()
    if len(words) not in TRAILING_HEADLINE_WORDS or not last[:1].isupper() or _ends_in(LINE_END).search(last) \
            or words[-1].lower() in not_after or not _ends_sentence().search(prev) or last.count(":") > 1 \
            or not looks_like_headline(last, never_first, left_out, finite_past):
        return None
    return spans[-1].start


MARKED_HEADLINES = 3           # a "read more" block links one to three stories


@removal_rule("headlines_after_marker")
def headlines_after_marker(lines: list[str], start: int) -> int:
    """How many lines from `lines[start]` on (the lines after a "read more" marker line) are the
    headlines it links: up to `MARKED_HEADLINES` lines in a row with no sentence end and at most
    `MAX_HEADLINE_WORDS` words, not opening with a quote; the first line that ends in a sentence is body.

    >>> headlines_after_marker(["Floods cut off Sunamganj", "Volunteers reach families",
    ...                         "The river rose on Tuesday, officials said."], 0)
    2
    """
    n = 0
    for line in lines[start:start + MARKED_HEADLINES]:
        words = line.split()
        if not words or len(words) > MAX_HEADLINE_WORDS or line[:1] in _OPENING_QUOTES or _ends_sentence().search(line):
            break
        n += 1
    return n


def looks_like_headline(line: str, never_first: frozenset[str], left_out: frozenset[str],
                        finite_past: regex.Pattern | None = None) -> bool:
    """Whether a line with no full stop is written as a headline, not as a sentence that lost its
    stop: it does not open with a word tying it to the sentence before (`never_first`: "He was 72
    years old"), and it has a headline's "claim: Speaker" colon or none of the auxiliaries and
    reporting past a sentence has (`left_out`: "Police said the inquiry is continuing") and no past
    tense with an object or "to" after it (`finite_past`, the pack's: "Officials declined to
    comment on the matter"; a headline's participle is passive, "Two men arrested in raid").

    >>> looks_like_headline("Ferry owners promise full pay", frozenset({"The"}), frozenset({"said"}))
    True
    >>> looks_like_headline("Police said the inquiry is continuing", frozenset({"The"}), frozenset({"said"}))
    False
    """
    if line.split(" ", 1)[0] in never_first:
        return False
    if _HEADLINE_COLON.search(line):
        return True
    return not any(w.lower() in left_out for w in _WORD.findall(line)) \
        and not (finite_past is not None and finite_past.search(line))


def drop_related_headlines(text: str, spans: list[Span], model: HeadlineModel, title: str | None,
                           starters: frozenset[str], removed: list[str], first_block: bool,
                           opener: regex.Pattern | None = None, not_after: frozenset[str] = frozenset(),
                           never_first: frozenset[str] = frozenset(), never_last: frozenset[str] = frozenset(),
                           past_before_name: regex.Pattern | None = None) -> str:
    """`text` (one body paragraph, its sentence `spans`) without glued related headlines: cut
    where the model finds one, else at a glued opener (`glued_opener_cut`)."""
    keys = title_key(title)
    out, pos = [], 0
    for i, sp in enumerate(spans):
        sent = text[sp.start:sp.end]
        first = first_block and i == 0
        cut, rule = best_cut(sent, model, keys, first, starters, never_first, never_last,
                             past_before_name), "best_cut"
        if cut is None:
            cut, rule = glued_opener_cut(sent, opener, not_after, model, keys, first, starters), "glued_opener_cut"
        if cut is None:
            cut, rule = speaker_headline_cut(sent, opener, starters, never_first), "speaker_headline_cut"
        if cut is None:
            continue
        out.append(text[pos:sp.start])
        note_removed(removed, sent[:cut], rule)
        pos = sp.start + cut
    out.append(text[pos:])
    return " ".join(" ".join(out).split()) if len(out) > 1 else text
