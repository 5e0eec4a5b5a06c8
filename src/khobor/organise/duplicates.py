"""Near-duplicate articles: copies of one report (a press release or wire story run by several
outlets, a page crawled twice with a changed headline, a lead cut short by the scraper) found by
word overlap of their bodies within a few days.

    index = CopyIndex()
    index.add(Article(1, "2025-12-30", words_a))        # -> []          (nothing like it yet)
    index.add(Article(2, "2025-12-30", words_a_lead))   # -> [(1, 0.93)] (earlier articles it copies)

Many copies are truncated: one outlet runs the whole release, another only its first sentence,
with a word or two changed. A symmetric similarity (Jaccard) of a 30-word lead and a 400-word
article is tiny although the lead is a copy, so the test is *aligned containment*: the share of
the shorter body's words that line up, in order, with the start of the longer one
(`aligned_containment`); a text re-edited word by word all through (words swapped, phrases
reworded) is a copy too when its short runs of changed words, counted as edits, make up the
rest (`copy_similarity`). Words are the store's own normalisation (NFC, joiners, spaces) case
folded, so Bengali words keep their vowel signs (khobor.textutil.words); the title is left out
(outlets rewrite headlines of one release).

Candidates come from an inverted index of the openings' word pairs over a sliding window of days
(articles are taken in day order and dropped once out of the window), so the cost per article
and the memory depend on how busy the window is, not on the size of the store.
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable

import regex

from ..clean.normalise import normalise_text
from ..textutil import terminator_class, words

NUMBER_RUN = regex.compile(r"\p{Nd}+")
DIGIT = regex.compile(r"[^\P{Nd}0-9]")  # a decimal digit of another script than Latin

THRESHOLD = 0.83  # least aligned containment of a copy (dev: copies 0.85-0.98, other pairs up to 0.81)
EDITED_THRESHOLD = 0.93  # or, light edits counted as copied (edited_words), this much (dev: copies 1.0, pairs of
# two outlets that are not copies up to 0.89; written light-edit copies 1.0 where aligned 0.81-0.84)
EDIT_GAP = 3  # words of the shorter text between two aligned runs that count as a light edit ("two hours'
# blockade" -> "a blockade of two hours"); dev: 2 and 3 alike for copies, 3 lifts other pairs to 0.89 (2: 0.86),
# written Bengali leads reworded three words at a time need 3
LEAST_VERBATIM = 0.8  # edits count only when this share of the shorter text lines up word for word: a stock
# sentence or a filled-in template ("X filed papers for seat Y") differs where its own facts are, a quarter of
# a 20-30 word lead or more (news-dev: 0.50-0.75 and 0.96-1.0 with edits; copies 0.85-0.98)
MIN_WORDS = 20  # a shorter body shares too few words for an overlap to mean anything, unless it is a lead:
MIN_LEAD_WORDS = 12  # a row the scraper cut to its first 100-160 characters (Bengali leads of 130-160 characters
# are 15-19 words; synthetic yardstick eval/stories/copies.py: 5 of 79 Bengali leads were under MIN_WORDS) is a
# copy when it is the other text's opening word for word (LEAD_VERBATIM)
LEAD_VERBATIM = 0.9  # the share of so short a lead that lines up, in order, with the other's opening: no
# light-edit allowance (a separately written opening sharing the names and numbers of a happening lines up
# 0.6-0.7; one changed word of a 12-word lead leaves 0.92)
WINDOW_DAYS = 2  # copies run within this many days of each other
OPENING_WORDS = 60  # the start of a body that a copy must share word pairs with
MIN_SHARED_PAIRS = 4  # word pairs of the openings in common to compare two articles at all
MAX_PAIR_POSTINGS = 300  # a word pair in more openings of the window than this proposes nothing
COMPARED_WORDS = 300  # words of the shorter body compared (a copy's first 300 words tell)
LEAD_SLACK = 20  # words the longer body may add before the copied text starts (a new first sentence)
SAME_OUTLET_TITLE = 0.5  # one outlet's own articles share stock paragraphs: their titles must agree too,
SAME_OUTLET_OPENING = 0.6  # or their openings (a re-run under a reworded headline; dev: copies 0.80-0.90,
# one outlet's new lead over an old text or a second report of one briefing 0.13-0.33)
FIRST_SENTENCE_WORDS = 45  # a first sentence an update may rewrite is a lead sentence, not a paragraph of new
# developments (eval/stories/copies.py's live_lead takes new first sentences of at most 45 words)
OPENING_CHECK = 30  # words of each opening that must line up with the other's opening
SAME_OUTLET_LEAST = 40  # words a body needs for its opening to stand for it (a stock first sentence fills a
# 30-word truncated lead)


TRIM_WINDOW = 3  # a copy with paragraphs trimmed from its middle lines up with this many times its length
# of the longer text (a third of its sentences kept), where a copy cut at its end needs 1.5
WHOLE_SENTENCE = 0.9  # the share of each of its sentences' words a trimmed copy lines up: paragraphs and
# sentences are dropped whole, not rewritten (a separately written report shares a sentence or two, not all)
LEAST_SENTENCES = 2  # a one-sentence lead is the truncated copy of the aligned containment, not a trimmed one
REWORDED_SENTENCE = 0.6  # a copy re-edited sentence by sentence (clauses moved, words swapped) keeps this share of
# each sentence's words in the sentence it lines up with (held-out copies 0.64-0.82; a separately written
# report's own sentences 0.0-0.3)
REWORDED_MEAN = 0.75  # and this share of all its words (held-out copies 0.78-0.93; separately written reports
# of one release or quotation 0.41-0.53; news-dev pairs of two outlets outside test at most 0.61)
REWORDED_LENGTH = 0.8  # both texts this near in length (a re-edit keeps the text whole, sentence for sentence)
REWORDED_LEAST_SENTENCES = 3  # fewer sentences say too little about the text's order
FULL_TEXT_WORDS = 60  # a body this long is a report's text, not a row cut to its lead (130-300 characters,
# 20-50 words): two such texts are one report only when they copy each other (reports_agree)
MAX_SWAPPED_FACTS = 1  # light-edit gaps that put another number or name in place of one: an update changes one
# toll or time (written copies: 0, an outlet's update: 1); one template filled twice (two crashes, two matches)
# swaps times, tolls and counts (written template pairs: 2 and more) or teams, grounds and scorers (dev: two
# matches of one day, both 3-2, one number and three names)
FURNITURE_WORDS = 8  # a line this short (a credit "(from BSS)", "Reporting by UNB") need not line up in a trimmed copy
REWORDED_LOOKAHEAD = 2  # a sentence lines up with one of the other's next two (one split or merged on the way)


def normalised_words(text: str) -> list[str]:
    """'Dhaka, the   CAPITAL' -> ['dhaka', 'the', 'capital']"""
    return [fold_word(w) for _, _, w in words(normalise_text(text))]


def fold_word(word: str) -> str:
    """A word case folded, its digits of any script written as Latin ones: outlets' systems write
    a Bengali text's numbers in either script, and a copy is no less a copy for it.
    'Tk' -> 'tk'; '৩১' -> '31'; '০৫:৩০' -> '05:30'."""
    word = word.casefold()
    return DIGIT.sub(lambda m: str(int(m.group())), word) if DIGIT.search(word) else word


@lru_cache(maxsize=1)
def sentence_end() -> regex.Pattern:
    """Where a sentence ends: spaces after one of the packs' sentence terminators (". ! ? ।"), or
    line breaks. Example: [m.end() for m in sentence_end().finditer("One. Two।\nThree")] == [5, 10]."""
    return regex.compile(rf"(?<={terminator_class()})\s+|\n+")


def words_and_sentences(text: str) -> tuple[list[str], tuple[int, ...]]:
    """normalised_words(text), and where each sentence (or line) begins among them, in one pass:
    'One two. Three.\nFour five' -> (['one', 'two', 'three', 'four', 'five'], (0, 2, 3))."""
    norm = normalise_text(text)
    found = words(norm)
    starts, i = [], 0
    for cut in [m.end() for m in sentence_end().finditer(norm)] + [len(norm) + 1]:
        if i < len(found) and found[i][0] < cut:
            starts.append(i)
        while i < len(found) and found[i][0] < cut:
            i += 1
    return [fold_word(w) for _, _, w in found], tuple(starts)


def shingles(tokens: list[str], k: int = 2) -> set[str]:
    """['a', 'b', 'c'] with k=2 -> {'a b', 'b c'}"""
    return {" ".join(tokens[i:i + k]) for i in range(max(len(tokens) - k + 1, 0))}


def body_of(text: str, title: str | None) -> str:
    """The text without its leading title: ('Gates open\\nThe gates…', 'Gates open') -> 'The gates…'."""
    title = (title or "").strip()
    return text[len(title):] if title and text.startswith(title) else text


def aligned_containment(a: list[str], b: list[str]) -> float:
    """The share of the shorter word list (its first COMPARED_WORDS) that lines up in order with
    the start of the longer one (LEAD_SLACK words of leeway):
    (['x', 'y', 'z'], ['w', 'x', 'y', 'q', 'z', ...]) -> 1.0; a lead found only at the end -> low."""
    return containments(a, b)[0]


def containments(a: list[str], b: list[str], alignment: tuple | None = None) -> tuple[float, float]:
    """(aligned containment, the same with light edits counted as copied: edited_words), from
    `alignment` when the caller has it (lead_alignment of a and b):
    (['x', 'y', 'z', 'q'], ['x', 'y', 'w', 'q']) -> (0.75, 1.0)."""
    short, _, blocks = alignment or lead_alignment(a, b)
    if not short:
        return 0.0, 0.0
    verbatim = sum(m.size for m in blocks)
    return verbatim / len(short), (verbatim + edited_words(blocks, len(short))) / len(short)


def lead_alignment(a: list[str], b: list[str]) -> tuple[list[str], list[str], list]:
    """(the shorter word list's first COMPARED_WORDS, the longer one's start it may line up with:
    half as long again and LEAD_SLACK words, the non-empty matching blocks of the two): the one
    alignment that containments and swapped_numbers read.
    (['x', 'y'], ['x', 'q', 'y']) -> (['x', 'y'], ['x', 'q', 'y'], [Match(a=0, b=0, size=1), Match(a=1, b=2, size=1)])."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    short = short[:COMPARED_WORDS]
    start = long_[:int(len(short) * 1.5) + LEAD_SLACK]
    blocks = [m for m in SequenceMatcher(None, short, start, autojunk=False).get_matching_blocks() if m.size]
    return short, start, blocks


def copy_similarity(a: list[str], b: list[str], threshold: float = THRESHOLD,
                    alignment: tuple | None = None) -> float | None:
    """How far two bodies are copies of one text (light edits counted), None when they are not:
    the aligned containment reaches `threshold`, or it reaches LEAST_VERBATIM and, light edits
    counted, EDITED_THRESHOLD (a text re-edited word by word all through)."""
    verbatim, edited = containments(a, b, alignment)
    if verbatim >= threshold or (verbatim >= LEAST_VERBATIM and edited >= EDITED_THRESHOLD):
        return edited
    return None


def edited_words(blocks: list, short_len: int | None = None) -> int:
    """Words of the shorter text in short gaps between two aligned blocks (at most EDIT_GAP words,
    facing at most EDIT_GAP + 2 of the longer): a copy's light edits ("the operator said" ->
    "the operating company said"), counted as copied. A separately written report that shares a
    release's paragraph or a quotation has whole sentences of its own there, which stay unmatched.
    With `short_len`, a gap of at most EDIT_GAP words before the first block or after the last
    one (a reworded first or last word of a truncated lead) counts too.
    Blocks (a, b, size) (0, 0, 5), (6, 7, 4) -> 1 (one word of the shorter replaced by two)."""
    if not blocks:
        return 0
    edited = sum(y[0] - (x[0] + x[2]) for x, y in light_edit_gaps(blocks))
    if short_len is not None:
        head, tail = blocks[0][0], short_len - (blocks[-1][0] + blocks[-1][2])
        edited += (head if head <= EDIT_GAP else 0) + (tail if tail <= EDIT_GAP else 0)
    return edited


def light_edit_gaps(blocks: list) -> Iterable[tuple]:
    """The pairs of neighbouring aligned blocks whose gap is a light edit: at most EDIT_GAP words
    of the shorter text facing at most EDIT_GAP + 2 of the longer (edited_words counts them,
    swapped_numbers reads their numbers). Blocks (0, 0, 5), (6, 7, 4), (30, 40, 2) -> the first pair."""
    for x, y in zip(blocks, blocks[1:]):
        if y[0] - (x[0] + x[2]) <= EDIT_GAP and y[1] - (x[1] + x[2]) <= EDIT_GAP + 2:
            yield x, y


def opening_agreement(a: list[str], b: list[str]) -> float:
    """The lesser share of either body's first OPENING_CHECK words that lines up, in order, with
    the other's opening (LEAD_SLACK words of leeway): one text re-run with light edits starts the
    same way; a live page's new lead over its old text, or a second report from one briefing,
    does not. (['the', 'gates', 'opened'], ['the', 'four', 'gates', 'opened']) -> 1.0"""
    def share(x: list[str], y: list[str]) -> float:
        head = x[:OPENING_CHECK]
        blocks = SequenceMatcher(None, head, y[:OPENING_CHECK + LEAD_SLACK], autojunk=False).get_matching_blocks()
        return sum(m.size for m in blocks) / len(head) if head else 0.0
    return min(share(a, b), share(b, a))


def same_outlet_rerun(a: "Article", b: "Article") -> bool:
    """Two articles of one outlet tell one text (a re-run or update, not its stock paragraphs under
    other news) when their titles agree, or when both bodies are long enough not to be one stock
    sentence and open alike (a reworded headline over the same text)."""
    if title_agreement(a.title, b.title) >= SAME_OUTLET_TITLE:
        return True
    return (min(len(a.tokens), len(b.tokens)) >= SAME_OUTLET_LEAST
            and (opening_agreement(a.tokens, b.tokens) >= SAME_OUTLET_OPENING or new_first_sentence(a, b)))


def new_first_sentence(a: "Article", b: "Article") -> bool:
    """One outlet's update that rewrote its first sentence (a new toll, a new time) over the same
    text: once the lines both open with (a byline, a dateline) and the one sentence after them
    that differs are dropped, the next sentence lines up word for word (WHOLE_SENTENCE: one
    sentence rewritten, not a lead paragraph of its own) and the two bodies open alike
    (opening_agreement reaches SAME_OUTLET_OPENING); the rewritten sentence has at most
    FIRST_SENTENCE_WORDS words on both sides (a lead sentence, not a paragraph of news).
    GUIDELINES: "an outlet's own piece ... updated with small changes (a new first sentence ...)"
    is one report. ["seven", "died", ".", "the", "bus", ...] and
    ["toll", "rises", "to", "nine", ".", "the", "bus", ...] -> True."""
    sa, sb = sentence_words(a), sentence_words(b)
    same = next((i for i, (x, y) in enumerate(zip(sa, sb)) if x != y), min(len(sa), len(sb)))
    if (min(len(sa), len(sb)) < same + REWORDED_LEAST_SENTENCES
            or max(len(sa[same]), len(sb[same])) > FIRST_SENTENCE_WORDS):
        return False
    next_a, next_b = sa[same + 1], sb[same + 1]
    if sum(m.size for m in SequenceMatcher(None, next_a, next_b, autojunk=False).get_matching_blocks()) < (
            WHOLE_SENTENCE * max(len(next_a), len(next_b))):
        return False  # more than one sentence rewritten: a lead of its own (two pieces from one briefing)
    rest_a, rest_b = [w for s_ in sa[same + 1:] for w in s_], [w for s_ in sb[same + 1:] for w in s_]
    return (min(len(rest_a), len(rest_b)) >= SAME_OUTLET_LEAST
            and opening_agreement(rest_a, rest_b) >= SAME_OUTLET_OPENING)


def title_agreement(a: str | None, b: str | None) -> float:
    """The share of the shorter title's words found in the other: ('Metro hours extended',
    'Metro rail hours extended to 11pm') -> 1.0; no title -> 0."""
    wa, wb = set(normalised_words(a or "")), set(normalised_words(b or ""))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


@dataclass
class Article:
    """What the copy test reads of one article: its body's words, day, outlet and title."""
    doc: int
    day: str | None
    tokens: list[str]
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    sentences: tuple[int, ...] = ()  # where its sentences begin in tokens (words_and_sentences); () unknown
    names: dict[str, str] = field(default_factory=dict)  # word of a name it holds -> that name (name_words); {} unknown
    opening: set[str] = field(init=False)  # the word pairs of its first OPENING_WORDS words

    def __post_init__(self):
        self.opening = shingles(self.tokens[:OPENING_WORDS])


def is_copy(a: Article, b: Article, threshold: float = THRESHOLD, outlet_gate: bool = True) -> float | None:
    """How far two articles are copies of one report (copy_similarity), else None.
    One outlet reuses its own stock paragraphs (a standard line on a death, a live page's old
    text under a new lead), so two articles of one outlet must also agree in their titles or
    their openings (same_outlet_rerun). A lead under MIN_WORDS words is a copy only word for word
    (short_lead_similarity). `outlet_gate` False: the texts alone (reports_agree). Two texts whose
    light-edit gaps swap more than MAX_SWAPPED_FACTS numbers and names are one template filled
    twice (swapped_numbers, swapped_names), not a copy.
    """
    shortest = min(len(a.tokens), len(b.tokens))
    if shortest < MIN_LEAD_WORDS or (a.language and b.language and a.language != b.language):
        return None
    if outlet_gate and a.outlet and a.outlet == b.outlet and not same_outlet_rerun(a, b):
        return None
    if shortest < MIN_WORDS:
        sim = short_lead_similarity(a.tokens, b.tokens)
        return None if sim is None else round(sim, 3)
    alignment = lead_alignment(a.tokens, b.tokens)  # aligned once, read twice
    if swapped_numbers(a.tokens, b.tokens, alignment) + swapped_names(a, b, alignment) > MAX_SWAPPED_FACTS:
        return None
    sim = copy_similarity(a.tokens, b.tokens, threshold, alignment)
    if sim is None:
        sim = trimmed_copy_similarity(a, b)
    if sim is None:
        sim = reworded_copy_similarity(a, b)
    return None if sim is None else round(sim, 3)


def short_lead_similarity(a: list[str], b: list[str]) -> float | None:
    """The aligned containment of a lead of MIN_LEAD_WORDS to MIN_WORDS words in the other text when
    it reaches LEAD_VERBATIM (the lead is that text's opening, cut by a scraper), else None:
    a 15-word first line of a release against the release -> 1.0; the same happening's opening
    written again with a third of its words its own -> None."""
    verbatim = aligned_containment(a, b)
    return verbatim if verbatim >= LEAD_VERBATIM else None


def sentence_words(art: "Article") -> list[list[str]]:
    """An article's words cut at its sentences (Article.sentences), empty ones left out:
    tokens ['a', 'b', 'c'], sentences (0, 2) -> [['a', 'b'], ['c']]."""
    cuts = list(art.sentences)
    return [art.tokens[lo:hi] for lo, hi in zip(cuts, cuts[1:] + [len(art.tokens)]) if hi > lo]


def reworded_copy_similarity(a: "Article", b: "Article") -> float | None:
    """The share of the words of one text found in the sentence of the other it lines up with,
    when the two are one text re-edited sentence by sentence: as long and as many sentences (one
    more or fewer), each sentence lining up, in order, with one of the other's next
    REWORDED_LOOKAHEAD whose words hold REWORDED_SENTENCE of its own, REWORDED_MEAN of all words;
    else None. Word order inside a sentence is free (clauses moved: "From March 1 the authority
    will stop ..." and "The authority will stop ... from March 1"); a separately written report
    of one release has sentences of its own, which line up with nothing."""
    sa, sb = sentence_words(a), sentence_words(b)
    la, lb = len(a.tokens), len(b.tokens)
    if (min(len(sa), len(sb)) < REWORDED_LEAST_SENTENCES or abs(len(sa) - len(sb)) > 1
            or min(la, lb) < REWORDED_LENGTH * max(la, lb)):
        return None
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    long_sets = [set(s) for s in long_]
    found, nxt = 0, 0
    for sentence in short:
        own = set(sentence)
        shares = [(len(own & long_sets[k]) / len(own), k) for k in range(nxt, min(nxt + REWORDED_LOOKAHEAD, len(long_)))]
        share, k = max(shares, key=lambda sk: (sk[0], -sk[1]), default=(0.0, nxt))
        if share < REWORDED_SENTENCE:
            return None
        found, nxt = found + share * len(sentence), k + 1
    mean = found / sum(map(len, short))
    return mean if mean >= REWORDED_MEAN else None


def trimmed_copy_similarity(a: "Article", b: "Article") -> float | None:
    """The share of the shorter body's words that line up, in order, with the longer one's start
    (TRIM_WINDOW times its length) when the shorter is the longer with paragraphs or sentences
    dropped: it opens where the longer does and WHOLE_SENTENCE of each of its sentences lines up
    (another outlet cut the middle of a report under a headline of its own), else None. A report
    written separately from one release shares its first sentences and has sentences of its own.
    Sentences [s0, s1, s4, s6] of a report [s0 ... s7] -> 1.0; [s0, own, own] -> None."""
    short, long_ = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    words_ = short.tokens[:COMPARED_WORDS]
    starts = [i for i in short.sentences if i < len(words_)]
    if len(starts) < LEAST_SENTENCES or len(words_) < MIN_WORDS:
        return None
    start = long_.tokens[:len(words_) * TRIM_WINDOW + LEAD_SLACK]
    blocks = [m for m in SequenceMatcher(None, words_, start, autojunk=False).get_matching_blocks() if m.size]
    if not blocks or blocks[0].b > LEAD_SLACK:
        return None
    lined = [False] * len(words_)
    for m in blocks:
        lined[m.a:m.a + m.size] = [True] * m.size
    if blocks[0].a < FURNITURE_WORDS:  # the copier's own dateline before the copied lead ("Mawa, Jan 28 (BSS):")
        lined[:blocks[0].a] = [True] * blocks[0].a
    for lo, hi in zip(starts, starts[1:] + [len(words_)]):
        if sum(lined[lo:hi]) < WHOLE_SENTENCE * (hi - lo) and not moved_or_furniture(words_[lo:hi], start):
            return None
    return sum(lined) / len(words_)


def moved_or_furniture(sentence: list[str], text: list[str]) -> bool:
    """A sentence of a trimmed copy that did not line up in order is still the copy's when it is
    a line of the copier's own furniture (under FURNITURE_WORDS words: "(from BSS)") or a
    paragraph the copier moved: WHOLE_SENTENCE of its words line up, in order, somewhere in the
    text. ['storm', 'was', 'centred', 'at', 'noon'] in [..., 'storm', 'was', 'centred', 'at',
    'noon', ...] -> True; a sentence of the copier's own telling -> False."""
    if len(sentence) < FURNITURE_WORDS:
        return True
    blocks = SequenceMatcher(None, sentence, text, autojunk=False).get_matching_blocks()
    return sum(m.size for m in blocks) >= WHOLE_SENTENCE * len(sentence)


def number_runs(tokens: list[str]) -> list[str]:
    """The digit runs of some words, any script's digits read as Latin, leading zeros dropped
    (`int` reads any script's decimal digits):
    ['at', '৫:৩০', 'on', '07'] -> ['5', '30', '7'] (a copy may write Bengali digits as Latin)."""
    return [str(int(run)) for token in tokens for run in NUMBER_RUN.findall(token)]


def swapped_numbers(a: list[str], b: list[str], alignment: tuple | None = None) -> int:
    """How many short gaps between the aligned runs of two texts (the light-edit gaps of
    edited_words) hold different numbers on the two sides: a copy keeps its facts, one template
    filled twice does not. A gap that starts in the first FURNITURE_WORDS words is not counted
    (the copier's dateline), wherever the run before it started: 'the district said a bus hit a
    truck at 5:30am injuring 12 people on the road' vs '... at 11pm injuring nine people ...' -> 2."""
    return sum(1 for gap_short, gap_long in fact_gaps(alignment or lead_alignment(a, b))
               if gap_short and gap_long and number_runs(gap_short) != number_runs(gap_long))


def fact_gaps(alignment: tuple) -> Iterable[tuple[list[str], list[str]]]:
    """The words of each light-edit gap (light_edit_gaps) of an alignment (lead_alignment), the
    shorter text's side and the longer's, past the first FURNITURE_WORDS words (a dateline or
    byline carries the copier's own date, time and names), wherever the run before it started:
    what swapped_numbers and swapped_names read. Blocks (0, 0, 10), (11, 11, 4) -> one gap of a word each."""
    short, start, blocks = alignment
    for x, y in light_edit_gaps(blocks):
        if min(x.a + x.size, x.b + x.size) >= FURNITURE_WORDS:
            yield short[x.a + x.size:y.a], start[x.b + x.size:y.b]


def name_words(text: str, entities: Iterable[dict]) -> dict[str, str]:
    """The normalised words of the named entities of a record (spans into `text`) -> the name each
    belongs to: a registry actor's id, else the sound of a name the registry lacks
    (profile.name_sound: one person spelt two ways is one name), else the words themselves.
    ("Rakib Hossain scored", [{"start": 0, "end": 13, "actor": {"id": "new:rakib-hossain"}}])
    -> {"rakib": "rakib-asain", "hossain": "rakib-asain"}"""
    from .profile import name_sound  # here: profile reads records, this module only texts
    out: dict[str, str] = {}
    for e in entities:
        start, end = e.get("start"), e.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        found = normalised_words(text[start:end])
        ident = (e.get("actor") or {}).get("id") or ""
        name = (name_sound(ident[4:]) or ident) if ident.startswith("new:") else ident
        for w in found:
            out.setdefault(w, name or " ".join(found))
    return out


def swapped_names(a: "Article", b: "Article", alignment: tuple | None = None) -> int:
    """How many short gaps between the aligned runs of two texts (light_edit_gaps) put one name in
    place of another: each side holds a word of a name (Article.names) that the other article never
    names. One template filled twice (two matches: other teams, ground and scorer) swaps names; a
    copy keeps them, though it may spell one otherwise or add a name where the other says "the OC".
    Gaps in the first FURNITURE_WORDS words (the copier's byline) are not counted (fact_gaps).
    "Brothers beat Fakirerpool at Kamalapur" vs "Rahmatganj beat Arambagh at Gopalganj", all names
    -> 3."""
    if not a.names or not b.names:
        return 0
    s_art, l_art = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)  # as lead_alignment orders them
    s_all, l_all = set(s_art.names.values()), set(l_art.names.values())
    swapped = 0
    for gap_short, gap_long in fact_gaps(alignment or lead_alignment(a.tokens, b.tokens)):
        s_names = {s_art.names[w] for w in gap_short if w in s_art.names}
        l_names = {l_art.names[w] for w in gap_long if w in l_art.names}
        swapped += bool(s_names and l_names and not s_names & l_all and not l_names & s_all)
    return swapped


def _ordinal(day: str | None) -> int | None:
    try:
        return date.fromisoformat(day or "").toordinal()
    except ValueError:
        return None


class CopyIndex:
    """Articles added in day order; each addition answers which articles of the window it copies
    (or is copied by), most similar first."""

    def __init__(self, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS):
        self.threshold = threshold
        self.window_days = window_days
        self._live: dict[int, Article] = {}
        self._order: deque[tuple[int, int]] = deque()  # (day ordinal, doc), oldest first
        self._postings: dict[str, set[int]] = defaultdict(set)

    def add(self, art: Article) -> list[tuple[int, float]]:
        day = _ordinal(art.day)
        if day is not None:
            self._forget_before(day - self.window_days)
        found = []
        if len(art.tokens) >= MIN_LEAD_WORDS:
            for other in self._candidates(art):
                sim = is_copy(art, self._live[other], self.threshold)
                if sim is not None:
                    found.append((other, sim))
            self._remember(art, day)
        return sorted(found, key=lambda kv: (-kv[1], kv[0]))

    @property
    def live(self) -> dict[int, Article]:
        """The articles of the window, by doc (those a later article is compared with)."""
        return self._live

    def _candidates(self, art: Article) -> list[int]:
        """Articles of the window sharing MIN_SHARED_PAIRS word pairs of the opening."""
        shared: dict[int, int] = defaultdict(int)
        for pair in art.opening:
            docs = self._postings.get(pair)
            if docs and len(docs) <= MAX_PAIR_POSTINGS:
                for d in docs:
                    shared[d] += 1
        return sorted(d for d, n in shared.items() if n >= MIN_SHARED_PAIRS)

    def _remember(self, art: Article, day: int | None) -> None:
        self._live[art.doc] = art
        self._order.append((day if day is not None else 10 ** 9, art.doc))  # no day: kept to the end
        for pair in art.opening:
            self._postings[pair].add(art.doc)

    def _forget_before(self, oldest: int) -> None:
        while self._order and self._order[0][0] < oldest:
            _, doc = self._order.popleft()
            for pair in self._live.pop(doc).opening:
                docs = self._postings[pair]
                docs.discard(doc)
                if not docs:
                    del self._postings[pair]


@dataclass(frozen=True)
class Copy:
    doc: int  # the copy
    report: int  # the first stored article of its report (the smallest doc of the group)
    similarity: float  # to the article it was matched with


def report_groups(items: Iterable[Article], threshold: float = THRESHOLD) -> list[Copy]:
    """Articles in day order -> every article of a report but its first (smallest doc), with its
    report. Copies of copies join one report (union-find), led by its earliest stored article, when
    the two reports' articles are copies of one another (reports_agree): a lead cut to one agency
    sentence copies two outlets' separately written reports that open with it, which stay two."""
    index = CopyIndex(threshold)
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    copies: set[tuple[int, int]] = set()

    def root(d: int) -> int:
        while parent.get(d, d) != d:
            d = parent[d]
        return d

    best: dict[int, float] = {}
    for art in items:
        for other, sim in index.add(art):
            copies.add((min(art.doc, other), max(art.doc, other)))
            ra, rb = root(art.doc), root(other)
            if ra != rb:
                if not reports_agree(members.get(ra, [ra]), members.get(rb, [rb]), index, copies, threshold):
                    continue
                keep, gone = min(ra, rb), max(ra, rb)
                parent[gone] = keep
                members[keep] = members.pop(keep, [keep]) + members.pop(gone, [gone])
            for d in (art.doc, other):
                best[d] = max(best.get(d, 0.0), sim)
    grouped = sorted(best)
    return [Copy(d, root(d), best[d]) for d in grouped if root(d) != d]


def reports_agree(a: list[int], b: list[int], index: CopyIndex, copies: set[tuple[int, int]],
                  threshold: float = THRESHOLD) -> bool:
    """Every full text (FULL_TEXT_WORDS or more) of one report is a copy of at least one full
    text of the other that the index still holds (articles gone out of its window are not
    compared): one text, not two texts that one truncated lead copies (those two copy nothing of
    each other). Not every pair need agree: one wire trimmed by one outlet and run under a
    rewritten first paragraph by another gives two copies of the original that are not copies of
    each other, and the second joins the report through the original alone. The texts alone are
    compared: the outlet gate of one match (same_outlet_rerun) would keep one outlet's live update
    (a new first sentence) apart from its own re-crawl under a rewritten headline, though each
    copies the report's other texts. Leads are not compared: a lead of a text and a re-edit of that
    text are one report though the lead's words differ from the re-edit's.
    Examples: [1], [2] where 1 and 2 were found copies -> True; [1, 2], [3] where 3 copies 1 only
    -> True; [1, 2], [3, 4] where only 3 copies 1 -> False."""
    live = index.live
    full_a, full_b = _full_texts(a, live), _full_texts(b, live)
    return (all(_copies_one_of(x, full_b, live, copies, threshold) for x in full_a)
            or all(_copies_one_of(y, full_a, live, copies, threshold) for y in full_b))


def _full_texts(docs: list[int], live: dict[int, Article]) -> list[int]:
    """The docs of a report that the index still holds with FULL_TEXT_WORDS or more (reports_agree)."""
    return [d for d in docs if d in live and len(live[d].tokens) >= FULL_TEXT_WORDS]


def _copies_one_of(x: int, others: list[int], live: dict[int, Article], copies: set[tuple[int, int]],
                   threshold: float) -> bool:
    """True when full text x is a copy of one of `others` (or there are none to compare with), all
    of them among the index's `live` articles, remembering each copy found in `copies`.
    Example: 3 against [1, 2] where (1, 3) is in `copies` -> True, nothing compared."""
    if not others:
        return True
    for y in others:
        key = (min(x, y), max(x, y))
        if key in copies:
            return True
        if is_copy(live[x], live[y], threshold, outlet_gate=False) is not None:
            copies.add(key)
            return True
    return False
