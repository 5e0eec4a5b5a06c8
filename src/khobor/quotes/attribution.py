"""The quotes stage: who said what.

For each sentence (sentences merged so that no quoted span is cut), quoted spans are masked and
the language's attribution patterns (lang/<code>/quotes.yaml) are tried in order; the first
match gives the cue, the speaker region and either the attributed quoted spans or the reported
content. Quotes are
  direct   a full quotation in marks ("...," পেসকভ বলেন / "...," he said),
  partial  a quoted phrase inside reported speech (X "...একটি গ্লাভস" উপহার দিয়েছেন, X বলেন),
  indirect reported speech without marks (X জানিয়েছেন, ...; X said that ...).
Unmarked reported speech needs a person as its speaker: an institution "confirming" something
states a fact, not somebody's words. A sentence that is nothing but a quotation continues the
speaker of the quote just before it. The headline is never a quote (an attribution there,
"...: পুতিন", repeats one the body makes; the gold guidelines leave headlines out).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lang import LangPack
from ..record import Actor, Quote, Record, Speaker
from ..textutil import WORD, has_case_ending, sentence_start, sentence_terminators
from .bare_regions import (genitive_group_claim, genitive_title, indefinite_description, indefinite_person_region,
                           reported_clause_in_region, unnamed_region_person)
from .explain import collecting, current_fired, note, note_fired, speaker_rule
from .grammar import MASK, Grammar, Pattern, _alt, _optional_words, grammar_for
from .joined import joined_head
from .lede import lede_named_later
from .marks import MarkedSpan, find_spans
from .speakers import (_WORD_CHAR, PERSON_TYPES, Mention, SpeakerFinder, _key, _name_head, _unregistered, choose,
                       possessive_as_modifier, speaker_is_pronoun, title_phrase_words, without_possessive)

_SKIP_BLOCKS = {"caption", "byline"}
_WORDCH = regex.compile(r"[\p{L}\p{N}]")
_PUNCT_AFTER = regex.compile(r"\s*[,;:—–-]")
_FULL_END = regex.compile(r"[,.!?।…;:—–-]\s*$")
_EDGE = " \t\n,;:—–-"
# a sentence end for articles that reach this stage without sentences
_FALLBACK_SPLIT = regex.compile(r"(?<=[।?!]|(?<![\p{Lu}]\p{Lu}?)\.)[\"'”’)]*\s+")
_FULL_WORDS = 6  # a quotation opening its sentence with this many words is a full one
_MAX_UNIT = 4000  # characters: longer "sentences" are split text, not prose to attribute
_ANTECEDENT_UNITS = 3  # sentences back in which a pronoun finds its person


def _search(rx: regex.Pattern, text: str, pos: int = 0) -> regex.Match | None:
    """rx's first match in text from pos, or None; a search that runs past half a second (a
    pathological sentence) counts as no match rather than stalling the article."""
    try:
        return rx.search(text, pos, timeout=0.5)
    except TimeoutError:
        return None


def _has_region(m: regex.Match) -> bool:
    """Whether a pattern's match has a speaker region (its group S took part)."""
    return "S" in m.re.groupindex and m.group("S") is not None


def run(rec: Record, pack: LangPack | None) -> None:
    if pack is None or not rec.text:
        return
    g = grammar_for(pack)
    if g is None:
        return
    rec.quotes = extract(rec, g)


def extract(rec: Record, g: Grammar) -> list[Quote]:
    text = rec.text
    with collecting() as before:  # rules deciding spans and sentences, each at its place in the text
        spans = find_spans(text, g.marks)
        if g.naming_words:
            spans = [s for s in spans if not quoted_name(text, s, g)]
        spans = [s for s in spans if not heading_in_marks(text, s, g)]
        if g.carried_writing_rx is not None:
            spans = [s for s in spans if not written_on_something_carried(text, s, g)]
        joins: dict[int, int] = {}  # unit start -> where a rejoined attribution sentence starts
        units = _units(rec, spans, g, joins)
    finder = SpeakerFinder(rec, g)
    skip = [(b.start, b.end) for b in rec.blocks if b.kind in _SKIP_BLOCKS]
    quotes: list[Quote] = []
    title = _title_span(rec)
    state = _Chain()
    state.units = units
    for ui, (us, ue) in enumerate(units):
        state.window_start = units[max(0, ui - _ANTECEDENT_UNITS)][0]
        state.recent_start = units[max(0, ui - _SUBJECT_UNITS)][0]
        if _inside(skip, (us, ue)) or ue - us > _MAX_UNIT:
            continue
        if _is_title(title, (us, ue)):
            continue
        qs = [s for s in spans if us <= s.start and s.end <= ue]
        with collecting() as fired:  # the rules that decide while this sentence is attributed
            found = _referring_report_quotes(text, units, ui, qs, spans, quotes, g, finder, state, (title, skip))
            if found is None:
                found = clauses_apart(text, us, ue, qs, g, finder, state, ui)
            if found is None:
                found = _attribute(text, us, ue, qs, g, finder, state, ui)
            if not found and us in joins:
                found = rejoined_without_attribution(text, us, joins[us], ue, spans, g, finder, state, ui)
            if (not found and not qs and ui and state.cue_at is not None and g.quote_references
                    and not _is_title(title, units[ui - 1])
                    and not _inside(skip, units[ui - 1])):
                found = words_referred_back(text, units[ui - 1], (us, ue), state.cue_at, spans, quotes, g,
                                            finder, state, ui)
        steps = [s for s in before.steps if s[2] is not None and us <= s[2] < ue] + fired.steps
        for q in found:
            note_fired(q, steps)
        quotes.extend(found)
        for q in found:
            report_opens_with_own_pronoun(finder, q, g)
        if found:
            state.quoted_unit = ui
    return _whole_article_passes(text, quotes, g, finder)


def _whole_article_passes(text: str, quotes: list[Quote], g: Grammar, finder: SpeakerFinder) -> list[Quote]:
    """The rules that read the article's quotes together once every sentence is attributed: runs of
    quotations joined, ledes named later, court parties and capitals for countries."""
    quotes.sort(key=lambda q: q.start)
    if g.speaker_after_run:
        speaker_after_run(text, quotes)
    if g.quotation_goes_on:
        quotes = quotation_goes_on(text, quotes)
    lede_named_later(finder, quotes, g)
    if g.quotation_runs_on:
        quotes = quotation_runs_on(text, quotes)
    for q in quotes:
        pronoun_speaker_named_in_own_words(finder, q, g)
        if q.speaker is not None and q.speaker.actor is None and g.court_parties:
            q.speaker.actor = finder.court_party(q.speaker.text, q.start, q.end)
            if q.speaker.actor is not None:
                note(q, "speaker", "court_party", q.speaker.actor.name)
        if q.speaker is not None and q.speaker.actor is not None:
            named = q.speaker.actor
            q.speaker.actor = finder.capital_for_country(q.speaker)
            if q.speaker.actor is not named:
                note(q, "speaker", "capital_for_country", f"{named.name} -> {q.speaker.actor.name}")
        if q.speaker is not None and q.speaker.actor is not None:
            place = q.speaker.actor
            q.speaker.actor = finder.place_does_not_speak(q.speaker)
            if q.speaker.actor is None:
                note(q, "speaker", "place_does_not_speak", f"{place.name} -> unresolved")
    return quotes


@speaker_rule("report_opens_with_own_pronoun", decided=lambda args, found: found is not None)
def report_opens_with_own_pronoun(finder: SpeakerFinder, q: Quote, g: Grammar) -> str | None:
    """The gender a named speaker's own report gives them where it opens with a gendered pronoun
    ("Trump told reporters [he was not happy]"): the subject of a reported clause right after
    the cue is the speaker, so a later "she" does not continue that person's chain. Kept as
    `learn_gender` keeps a resolved pronoun's (a person given both stays ungendered).

    Example: indirect "he was not happy with the talks" by Donald Trump -> "m"."""
    sp = q.speaker
    if q.kind != "indirect" or sp is None or sp.actor is None or not q.text.split():
        return None
    if speaker_is_pronoun(sp, g):
        return None  # (a pronoun speaker has given its gender already)
    return finder.learn_gender(q.text.split()[0], sp.actor)


@speaker_rule("pronoun_speaker_named_in_own_words")
def pronoun_speaker_named_in_own_words(finder: SpeakerFinder, q: Quote, g: Grammar) -> bool:
    """Whether a pronoun speaker was resolved to a person that the quote's own words name by
    name ("তিনি বলেন, মেসিকে আবার দলে দেখতে চান তিনি" resolved to Messi): nobody speaks of
    himself by name in the third person, so the antecedent is somebody the resolution did not
    see (a name the NER missed); the speaker is left unnamed rather than made that person.

    Example: 'তিনি বলেন, করিমকে দলে চান' with "তিনি" resolved to Karim -> True (no actor)."""
    sp = q.speaker
    if sp is None or sp.actor is None or not speaker_is_pronoun(sp, g):
        return False
    if not any(e.actor is not None and e.actor.id == sp.actor.id and e.type in PERSON_TYPES
               and q.start <= e.start and e.end <= q.end for e in finder.entities):
        return False
    sp.actor = None
    note(q, "speaker", "pronoun_speaker_named_in_own_words", "no actor")
    return True


_NEXT_WORD = regex.compile(r"\s*([\p{L}\p{M}\u200c\u200d]+)")


@speaker_rule("quoted_name", at=lambda args, result: (args[1].start,))
def quoted_name(text: str, s: MarkedSpan, g: Grammar) -> bool:
    """Whether quote marks set off a name or title, not somebody's words: a naming word (the
    pack's `naming_words`) follows them. Such a span is no quotation, and the sentence around it
    is read as if it were plain words (the speaker region of "‘...’ শিরোনামে দেওয়া এক পোস্টে X
    লিখেছেন, ‘...’" runs over it).

    A postposition right after the marks (the pack's `postpositions`: "‘মিশন এশিয়া কাপ’ নিয়ে
    প্রশ্নের উত্তরে X বলেন") makes the marked words its object, a thing talked about, too.

    A sentence that closes inside the marks ("‘... হবে না।’ সঙ্গে সঙ্গে পুলিশ পাঠানো হয়") was said:
    the word after it opens the next sentence ("সঙ্গে সঙ্গে", at once), not a postposition's phrase.

    Example: "‘জুলাই ঐক্য’ নামে একটি সংগঠন" -> True; "‘আমরা বিচার চাই,’ বলেন X" -> False;
    "‘... ছাড় দেওয়া হবে না।’ সঙ্গে সঙ্গে" -> False."""
    m = _NEXT_WORD.match(text, s.end)
    if m is None:
        return False
    if m.group(1) in g.naming_words:
        return True
    return m.group(1) in g.postpositions and not _closes_a_sentence(text[s.start:s.end])


@speaker_rule("written_on_something_carried", at=lambda args, result: (args[1].start,))
def written_on_something_carried(text: str, s: MarkedSpan, g: Grammar) -> bool:
    """Whether quoted words are written on a placard or banner carried (the pack's
    `carried_writing`, matched at the closing mark, over any further quoted words of the list):
    a slogan on a banner is no quote unless somebody is said to say it (GUIDELINES Q6).

    Example: "তারা ‘বিচার চাই’ লেখা প্ল্যাকার্ড বহন করেন" -> True; "তারা ‘বিচার চাই’ স্লোগান দেন"
    -> False."""
    return g.carried_writing_rx.match(text, s.end) is not None


def _closes_a_sentence(marked: str) -> bool:
    """Whether words in marks end with a sentence's stop (the pack's terminators), the marks aside.
    Example: "‘ছাড় দেওয়া হবে না।’" -> True; "‘মিশন এশিয়া কাপ’" -> False."""
    inner = marked.rstrip(_MARK_CHARS + " ")
    return bool(inner) and inner[-1] in sentence_terminators()


_RUN_GAP = regex.compile(r"[\s\p{P}]*")  # between two quotations of one run: no word of narration


def _stands_alone(q: Quote) -> bool:
    """Whether rule `continued` made a quote: a sentence that is only a quotation, given the
    speaker of the quote before (the runs of quotations read by the whole-article passes)."""
    return any(step["rule"] == "continued" for step in q._explain)


@speaker_rule("speaker_after_run")
def speaker_after_run(text: str, quotes: list[Quote]) -> None:
    """Quotations that stand alone with nobody to continue (a feature opening on a person's
    words), followed with nothing but spaces between by a quotation whose speaker is named
    after it, are that speaker's too: the reader learns who spoke at the end of the run.

    Example: "‘তিন মাস বেতন পাই না।’ ‘স্কুলের বেতনও বাকি,’ বলছিলেন শাহনাজ পারভীন।" -> both
    quotations Shahnaz Parvin's."""
    following: Quote | None = None
    for q in reversed(quotes):
        if (following is not None and q.speaker is None and _stands_alone(q) and q.kind == "direct"
                and _RUN_GAP.fullmatch(text, q.end, following.start)):
            q.speaker = following.speaker.model_copy()
            note(q, "speaker", "speaker_after_run", "a run of quotations: the speaker named after the last")
            following = q
            continue
        named_after = q.speaker is not None and q.speaker.start >= q.end and q.kind == "direct"
        following = q if named_after else None


_RUN_NARRATION_STOPS = 2  # sentence stops between two quotations of one run: the attribution's, one of narration


def _same_speaker(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are one: the same actor, or the same words where neither has one."""
    if a.actor is not None and b.actor is not None:
        return a.actor.id == b.actor.id
    return a.actor is None and b.actor is None and (a.start, a.text) == (b.start, b.text)


@speaker_rule("quotation_runs_on", decided=lambda args, found: len(found) < len(args[1]))
def quotation_runs_on(text: str, quotes: list[Quote]) -> list[Quote]:
    """A sentence that is only a quotation, by the same speaker as the quote before it (or by
    nobody the chain still names), goes on with that quote: one act of speech running over several
    sentences is one quote (the pack's `quotation_runs_on`; English, where the attribution sits
    inside a run of quoted sentences). One sentence of narration may stand between them (the
    speaker's circumstances: '"...," she said. After moving the factory, she waited two months.
    "..."'); two end the run.

    Example: '"He looks good," Smith said. "He knows his body well."' -> one quote by Smith,
    from "He looks good" to "body well"."""
    stops = sentence_terminators()
    out: list[Quote] = []
    for q in quotes:
        p = out[-1] if out else None
        if (p is None or q.kind != "direct" or p.speaker is None or p.end > q.start
                or not _stands_alone(q)
                or (q.speaker is not None and not _same_speaker(p.speaker, q.speaker))
                or sum(c in stops for c in text[p.end:q.start]) > _RUN_NARRATION_STOPS):
            out.append(q)
            continue
        p.end, p.text = q.end, text[p.start:q.end]
        p._explain.extend(q._explain)
        note(p, "pattern", "quotation_runs_on", "joined the quotation after it")
    return out


@speaker_rule("quotation_goes_on")
def quotation_goes_on(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quotation standing alone (rule continued) right after a quote of the same speaker, with
    nothing but marks, stops and spaces between, is that quote going on into a new paragraph or
    sentence: one act of speech, one quote (GUIDELINES Q1; DECISIONS Q7: uncued continuation
    belongs to the entry before), which now runs over both. The quote before may be a quotation
    or a report ("X বলেন, দাম বাড়বে। ‘আমরা প্রস্তুত।’").

    Example: "X বলেন, ‘প্রথম কথা।’ ‘দ্বিতীয় কথা।’" -> one quote "প্রথম কথা।’ ‘দ্বিতীয় কথা।"."""
    out: list[Quote] = []
    for q in quotes:
        before = out[-1] if out else None
        if (before is not None and q.kind == "direct" and q.cue is None
                and _stands_alone(q)
                and _one_speaker(before.speaker, q.speaker) and _RUN_GAP.fullmatch(text, before.end, q.start)):
            before.end, before.text = q.end, text[before.start:q.end]
            note(before, "content", "quotation_goes_on", "the quotation after it, in marks of its own, goes on with it")
            continue
        out.append(q)
    return out


def _one_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    """Whether two quotes' speakers are one: the same actor, or both unknown."""
    if a is None or b is None:
        return a is None and b is None
    return (a.actor.id if a.actor else a.text) == (b.actor.id if b.actor else b.text)


@speaker_rule("rejoined_without_attribution", decided=lambda args, found: bool(found))
def rejoined_without_attribution(text: str, us: int, split: int, ue: int, spans: list[MarkedSpan], g: Grammar,
                                 finder: SpeakerFinder, state: "_Chain", ui: int) -> list[Quote]:
    """A quotation joined to the short sentence after it (`_rejoin_attributions`) that no
    pattern reads as the quotation's attribution ('"... skin diseases here." Joynal Mia blamed
    poor maintenance for the situation.': the sentence reports an act of speech of its own):
    the two read apart again, the quotation going on with the speaker before it.

    Example: the unit above -> the quotation (the last speaker's) and "poor maintenance for
    the situation" (Joynal Mia)."""
    out = []
    for a, b in ((us, split), (split, ue)):
        out.extend(_attribute(text, a, b, [s for s in spans if a <= s.start and s.end <= b], g, finder, state, ui))
    return out


class _Chain:
    """The last attributed speaker, for pronouns and for quotes that stand alone."""

    def __init__(self):
        self.speaker: Speaker | None = None
        self.mention: Mention | None = None  # the mention that named the last speaker
        self.kind: str | None = None
        self.plural = False
        self.unit = -10
        self.unit_end = 0
        self.window_start = 0  # where a pronoun's antecedent may be looked for
        self.recent_start = 0  # where a description's subject may be looked for (described_subject)
        self.persons: set[str] = set()  # actors that spoke named as a person (person_typed_as_body)
        self.cue_at: int | None = None  # where the first cue of the sentence read last starts (words_referred_back)
        self.quoted_unit = -10  # the last sentence that gave a quote, whoever its speaker (speaker_talks_on)
        self.units: list[tuple[int, int]] = []  # the article's sentences (speaker_talks_on counts them)


def _attribute(text: str, us: int, ue: int, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder,
               state: _Chain, ui: int) -> list[Quote]:
    masked = list(text[us:ue])
    for s in qs:
        masked[s.start - us:s.end - us] = MASK * (s.end - s.start)
    masked_s = "".join(masked)
    if qs and g.slogan_rx is not None and (slogans := slogan_run(text, us, qs, g, finder, state, ui)):
        return slogans
    if qs and g.slogan_lead_rx is not None and (
            slogans := slogans_after_their_word(text, us, ue, qs, g, finder, state, ui)):
        return slogans
    # most sentences report nobody: one search for any cue saves trying every pattern (tried at
    # word starts that could begin a cue only: the same answer, a quarter of the time in Bengali)
    first_cue = g.cue_start_scan.search(masked_s)
    patterns = g.patterns if first_cue or _said_after_quotation(masked_s, qs, g) else ()
    state.cue_at = us + first_cue.start() if first_cue else None
    for pat in patterns:
        if pat.kind == "quote" and not qs:
            continue
        m = _search(pat.rx, masked_s)
        if m is None:
            continue
        out = _from_match(text, us, m, pat, qs, g, finder, state, ui)
        if out and pat.kind == "quote":
            out = _relative_clause_speaker(text, us + m.end("C"), out, g, finder, state, ui, us)
        if out and (media_credit(out, g) or when_clause(m, g)):
            continue
        if out and pat.kind == "quote" and all(quoted_words_in_report(text, q) for q in out):
            # the quoted word or two may sit inside a report: that report is the quote
            out = _whole_report(text, us, masked_s, qs, g, finder, state, ui) or out
        if out:
            if pat.kind == "quote" and not report_held_whole(out, qs):
                out = _reported_before(text, us, masked_s, m.start("C"), g, finder, state, ui) + out
            if g.leads and out[0].speaker is not None and _has_region(m):
                out = converb_lead(text, us, masked_s, m.start("S"), out[0].speaker.start - us, g, out) + out
            out = joined_head(text, us, masked_s, out, g)
            if out[-1].speaker is not None and g.tails:
                out = _join_tail(text, out, _tails(text, us, masked_s, m.end("C"), g, out[-1].speaker, out))
            if g.with_clauses and out[-1].kind == "indirect":
                out = out[:-1] + with_clause_speaker(text, out[-1], g, finder, state, ui, us)
            if pat.kind == "reported":
                out = _reports_inside(text, us, ue, m, qs, g, finder, state, ui, out)
            return out + joined_speech_act(text, us, masked_s, _first_act_end(m), g, finder, out)
    if qs and patterns:
        reported = report_after_quoted_lead(text, us, masked_s, g, finder, state, ui)
        if reported:
            return joined_head(text, us, masked_s, reported, g)
    if told := clause_then_quotation(text, us, masked_s, qs, g, finder, state, ui):
        return told
    # a sentence that is only a quotation continues the speaker of the quote before it
    if qs and not _WORDCH.search(masked_s.replace(MASK, "")):
        chained = state.speaker if ui - state.unit <= 2 else None
        if chained is not None:
            state.unit, state.unit_end = ui, ue
        out = [_quote(text, s, "direct", chained, None) for s in qs]
        for q in out:
            note(q, "pattern", "continued", "a sentence that is only a quotation: the speaker of the quote before")
        return out
    _keep_talking(masked_s, g, state, ui, ue)
    return []


def _first_act_end(m) -> int | None:
    """Where the act of speech a match read ends, in its sentence: after its cue and a speaker
    closing the clause, where the words said come before the cue; None where they follow it (a
    joiner after the cue is inside them: "X বলেন, A এবং B").

    Example: "‘...,’ বলেন করিম এবং যোগ করেন, ..." -> the end of "করিম"; "করিম বলেন, ..." -> None."""
    said = [m.end(k) for k in ("X", "Q") if k in m.re.groupindex and m.group(k) is not None]
    if not said or max(said) > m.start("C"):
        return None
    return max(m.end("C"), m.end("S") if m.group("S") is not None else 0)


@speaker_rule("joined_speech_act", decided=lambda args, found: bool(found))
def joined_speech_act(text: str, us: int, masked: str, at: int | None, g: Grammar, finder: SpeakerFinder,
                      out: list[Quote]) -> list[Quote]:
    """A second act of speech joined to the one just attributed, with no subject of its own, by a
    conjunction or after the converb that cued words in marks (the pack's `joined_acts`, matched at
    `at`, the end of the first act in the sentence `masked`: "X ‘...’ হিসেবে উল্লেখ করে বলেন, ..."):
    the same speaker's words, a quote of their own (GUIDELINES Q1: one entry per act of speech). []
    where the words after the first act are no such clause, name a subject of their own, or the
    first speaker is nobody the article names.

    Example: "X তরুণদের সাহসী ভূমিকার প্রশংসা করেন এবং নির্বাচনে দলের সমর্থন পুনর্ব্যক্ত করেন।" ->
    "নির্বাচনে দলের সমর্থন" by X, beside X's "তরুণদের সাহসী ভূমিকার"."""
    speaker = out[-1].speaker if out else None
    if at is None or speaker is None or speaker.actor is None or not g.joined_acts:
        return []
    for rx in g.joined_acts:
        jm = rx.match(masked, at)
        if jm is None or MASK in jm.group("X"):
            continue
        xs, xe = _trim(text, us + jm.start("X"), _before_stop(text, us + jm.start("X"), us + jm.end("X")))
        if xe - xs < 3 or any(mm.nominative and mm.kind in ("PER", "ORG", "title")
                              and len(text[xs:mm.start].split()) <= 2 for mm in finder.mentions(xs, xe)):
            return []  # (a subject of its own opening the words: another's act, not this speaker's)
        joined = Quote(text=text[xs:xe], start=xs, end=xe, kind="indirect", speaker=speaker.model_copy(),
                       cue=_cue(jm.group("C")))
        joined._explain.extend([{"step": "pattern", "rule": "joined_speech_act",
                                 "decision": f"a second act of speech joined by a conjunction: {_cue(jm.group('C'))}"}])
        return [joined]
    return []


def _reports_inside(text: str, us: int, ue: int, m, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder,
                    state: _Chain, ui: int, out: list[Quote]) -> list[Quote]:
    """A report's quotes with those of the reports inside it: a report its content relays
    (report_within_report) and one in a clause closing the attribution (report_in_closing_clause)."""
    if g.relayed_reports:
        out = report_within_report(text, us, ue, m, qs, g, finder, state, ui, out) or out
    return out + report_in_closing_clause(text, us, ue, m, qs, g, finder, state, ui, out)


def _attribute_clause(text: str, cs: int, ue: int, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder,
                      state: _Chain, ui: int) -> list[Quote]:
    """The quotes of the clause text[cs:ue] read as a sentence of its own, the chain of speakers
    left as the sentence around it had it (its speaker spoke in the sentence)."""
    saved = dict(state.__dict__, persons=set(state.persons))
    try:
        return _attribute(text, cs, ue, [s for s in qs if s.start >= cs], g, finder, state, ui)
    finally:
        state.__dict__.clear()
        state.__dict__.update(saved)


def _clause_bounds(text: str, us: int, ue: int, qs: list[MarkedSpan]) -> list[tuple[int, int]]:
    """The clauses of text[us:ue] that semicolons outside quotation marks join (one where none
    does), each without the spaces that open it."""
    bounds, start = [], us
    for i in range(us, ue):
        if text[i] == ";" and not any(s.start <= i < s.end for s in qs):
            bounds.append((start, i))
            start = i + 1
            while start < ue and text[start].isspace():
                start += 1
    return bounds + [(start, ue)]


@speaker_rule("clauses_apart", decided=lambda args, found: found is not None)
def clauses_apart(text: str, us: int, ue: int, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder,
                  state: _Chain, ui: int) -> list[Quote] | None:
    """The quotes of a sentence whose clauses semicolons join (the pack's `semicolon_clauses`),
    each clause read as a sentence of its own where that finds more quotes than the whole: "পুলিশ
    বলছে, ...; তবে মানবাধিকারকর্মীরা মনে করেন ..." is two reports, "... থাকতে বলেছে অধিদপ্তর;
    নতুন ঘোষণা না আসা পর্যন্ত ..." a report closing its own clause. None where the whole reads as
    many (a report's words may run past the semicolon: "X বলেন, ...; ..."), or where a later
    clause's report is a pronoun's or nobody's after a report of the whole: "তিনি বলেন, ...; তবে
    'সম্মানজনক' সমঝোতা হবে বলে তিনি আশাবাদী" goes on with the same speaker's one statement.

    Example: "পুলিশ বলছে, গুজব বড় কারণ; তবে মানবাধিকারকর্মীরা মনে করেন বিচারহীনতার সংস্কৃতিই মানুষকে
    সাহস জোগাচ্ছে।" -> two quotes, the police's and the rights activists'."""
    bounds = _clause_bounds(text, us, ue, qs) if g.semicolon_clauses else []
    if len(bounds) < 2:
        return None
    inside = [[s for s in qs if a <= s.start and s.end <= b] for a, b in bounds]
    whole = _attribute_clause(text, us, ue, qs, g, finder, state, ui)
    parts = [_attribute_clause(text, a, b, q, g, finder, state, ui) for (a, b), q in zip(bounds, inside)]
    later = [q for part in parts[1:] for q in part]
    if sum(map(len, parts)) <= len(whole) or (whole and any(
            q.speaker is None or speaker_is_pronoun(q.speaker, g) for q in later)):
        return None
    return [quote for (a, b), q in zip(bounds, inside) for quote in _attribute(text, a, b, q, g, finder, state, ui)]


@speaker_rule("report_in_closing_clause", decided=lambda args, found: bool(found))
def report_in_closing_clause(text: str, us: int, ue: int, m, qs: list[MarkedSpan], g: Grammar,
                             finder: SpeakerFinder, state: _Chain, ui: int, out: list[Quote]) -> list[Quote]:
    """The report of another speaker in a clause of time or circumstance closing an attribution
    (the pack's `closing_clause_openers`): "..., the Kremlin said on Wednesday, even as Kyiv said
    drones had hit ..." is the Kremlin's report and Kyiv's. Read only where the clause opens with
    its own named subject (a person or body the article knows, no pronoun) and its cue. [] where
    the attribution closes the sentence or its clause reports nothing.

    Example: "..., the Kremlin said, hours after Kyiv reported that drones hit homes." -> Kyiv's
    quote "drones hit homes"."""
    rx = g.closing_clause_rx
    if (rx is None or m.group("S") is None or "X" not in m.re.groupindex or m.group("X") is None
            or m.start("X") > m.start("C")):
        return []  # only after an attribution closing its words ("..., X said")
    opener = rx.search(text, us + m.end("C"), ue)
    if opener is None:
        return []
    cs = opener.end()
    inner = _attribute_clause(text, cs, ue, qs, g, finder, state, ui)
    outer = {getattr(q.speaker.actor, "id", None) for q in out if q.speaker is not None}
    if not inner or any(q.speaker is None or q.speaker.actor is None or q.speaker.start != cs
                        or q.speaker.actor.id in outer or speaker_is_pronoun(q.speaker, g) for q in inner):
        return []
    for q in inner:
        note(q, "speaker", "report_in_closing_clause", f"another report closing the attribution: {q.speaker.text}")
    return inner


_RELAYED_LEAD_WORDS = 2  # words before the relayed speaker in the content ("তবে বিএসএফ ...")


@speaker_rule("report_within_report", decided=lambda args, found: bool(found))
def report_within_report(text: str, us: int, ue: int, m, qs: list[MarkedSpan], g: Grammar,
                         finder: SpeakerFinder, state: _Chain, ui: int, out: list[Quote]) -> list[Quote]:
    """The quotes of a report whose content opens with another's report: "A জানান, B [তাঁদের]
    বলেছেন, ..." is A's report, and the words after B's cue are B's too, relayed by A (as "A said
    B told them that ..."): A's quote and B's both. Read only where B is named (a person or a
    body the article knows), opens the content and is no pronoun; the chain of speakers keeps A,
    who spoke in the sentence. [] where the content relays nobody.

    Example: "ওই নেতা জানান, সালাহউদ্দিন আহমদ তাঁদের বলেছেন, দল ‘ঝুঁকি নেবে না’।" -> the leader's
    report, and "ঝুঁকি নেবে না" with the speaker সালাহউদ্দিন আহমদ; "তিনি জানান, তিনি বলেছেন, ..." -> []."""
    if (m.group("S") is None or "X" not in m.re.groupindex or m.group("X") is None
            or m.start("S") > m.start("C") or m.start("X") < m.end("C")):
        return []
    xs = us + m.start("X")
    inner = _attribute_clause(text, xs, ue, qs, g, finder, state, ui)
    outer = {getattr(q.speaker.actor, "id", None) for q in out if q.speaker is not None}
    for q in inner:
        sp = q.speaker
        if (sp is None or sp.actor is None or sp.start < xs or sp.actor.id in outer or speaker_is_pronoun(sp, g)
                or len(text[xs:sp.start].split()) > _RELAYED_LEAD_WORDS or q.start < sp.end):
            return []
    if not inner:
        return []
    for q in inner:
        note(q, "speaker", "report_within_report", f"the words of a report relayed: {q.speaker.text}")
    return out + inner


def _said_after_quotation(masked: str, qs: list[MarkedSpan], g: Grammar) -> bool:
    """Whether a sentence with quoted words holds a converb of saying (the pack's
    `cues.speech_converbs`), its only cue perhaps: "“...,” বলে কান্নায় ভেঙে পড়েন তিনি"."""
    return bool(qs) and g.speech_converb_rx is not None and g.speech_converb_rx.search(masked) is not None


# a clause, then after its comma or colon one quotation closing the sentence: "X ..., ‘...।’"
_CLAUSE_THEN_QUOTATION = regex.compile(rf"^\W*(?P<S>[^{MASK}]*?[\p{{L}}\p{{M}}])\s*[,:ঃ]\s*{MASK}+\W*$")
_CLAUSE_SPEAKER_KINDS = ("PER", "title", "pronoun")


@speaker_rule("clause_then_quotation")
def clause_then_quotation(text: str, us: int, masked: str, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder,
                          state: _Chain, ui: int) -> list[Quote]:
    """A sentence telling something of a person, then after a comma their words in marks with no
    cue (the pack's `clause_then_quotation`; sports and feature writing): "প্রতি ম্যাচকেই শেষ সুযোগ
    হিসেবে দেখেন রিপন, ‘পরে কী হবে আমি জানি না।’" The person the clause names as a subject speaks
    (a title or pronoun resolved as ever); none where it names nobody. Only a full quotation (its
    own sentence's stop inside the marks) closing the sentence.

    Example: "তবে তিনি সতর্ক থাকতে চান, ‘কোনো ম্যাচই সহজ নয়।’" -> a direct quote by whoever "তিনি" is."""
    if not g.clause_then_quotation or len(qs) != 1:
        return []
    m, span = _CLAUSE_THEN_QUOTATION.match(masked), qs[0]
    if m is None or not _closes_a_sentence(text[span.start:span.end]):
        return []
    a, b = us + m.start("S"), us + m.end("S")
    found = [x for x in finder.mentions(a, b) if x.kind in _CLAUSE_SPEAKER_KINDS]
    mention = choose(found, b, b, demote_plural=True)
    if mention is None or mention.plural:
        return []
    speaker = _mention_speaker(mention, finder, state, ui, us, None)
    if speaker is None:
        return []
    _remember(state, speaker, mention, ui, us + len(masked))
    q = _quote(text, span, "direct", speaker, None)
    note(q, "pattern", "clause_then_quotation", f"the words of the clause's subject {speaker.text}")
    return [q]


_HEADING_WORDS = 6  # words of a heading in marks ("‘A long way to go’"); a longer line is speech
_SENTENCE_END = regex.compile(r"\p{P}\W*$")  # any closing stop or comma: a quotation, not a heading
_NEXT_SENTENCE = regex.compile(r"\s*[^.!?…।]*[.!?…।]?")
# a line or a sentence ends before it; searched backwards from the mark ((?r)), so that each span
# costs a few characters' look, not a scan of the whole text before it (the same matches)
_HEADING_BEFORE = regex.compile(r"(?r)(?:^|\n|[.!?…।][\"'”’]?)\s*$")
_HEADING_GLUED = regex.compile(r"[ \t]+\p{Lu}")  # a new sentence after it with no stop ("’ Abahani welcomed")


_GLUED_SUBJECT = regex.compile(r"[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*[ \t]+){1,3}")  # "’ Karim Uddin " before a cue


@speaker_rule("name_and_cue_after_marks")
def name_and_cue_after_marks(text: str, end: int, g: Grammar) -> bool:
    """Whether the words run on after a quotation with no comma are a short capitalised subject
    and a cue ("‘We will not give up’ Karim told reporters"): the quotation's speaker, so the
    marks set off speech, not a heading glued to the next sentence ("‘Not over yet’ Abahani
    welcomed the leaders").

    Only the pack's `glued_speaker_cues` count: "welcomed" frames a phrase as often as it reports one.
    A cue whose own report follows (a pronoun subject: "‘Born ambitious’ Reza says she was born
    ambitious") opens the section a heading names.

    A group opening the sentence (one of the pack's `plural_titles`: "‘Rough seas ahead’ Officials
    said boats should return") or a cue with its complementiser ("Karim said that ...") reports
    words of its own after the cue: the marks name the section, as a heading does.

    Example: "’ Karim told reporters" -> True; "’ Abahani welcomed the leaders" -> False;
    "’ Officials said boats should return" -> False."""
    m = _GLUED_SUBJECT.match(text, end)
    verb = _NEXT_WORD.match(text, m.end()) if m is not None else None
    if verb is None or verb.group(1).lower() not in g.glued_speaker_cues:
        return False
    if m.group().split()[-1].lower() in g.plural_titles:
        return False
    after = _NEXT_WORD.match(text, verb.end())
    if after is not None and after.group(1).lower() in g.complementisers:
        return False
    return after is None or g.pronoun_rx is None or not g.pronoun_rx.fullmatch(after.group(1))


@speaker_rule("heading_in_marks", at=lambda args, result: (args[1].start,))
def heading_in_marks(text: str, s: MarkedSpan, g: Grammar) -> bool:
    """Whether quote marks set off a section heading, not somebody's words: a short phrase with no
    closing stop that opens its line or follows a sentence's end, and either closes its line or
    runs on into the next sentence with no stop (a heading whose line break the page lost). A
    heading alone on its line is still a quote where the sentence after it claims it: it opens
    with one of the pack's `heading_claims` and holds a cue. Nobody said a heading: no quote.

    A pack without `heading_claims` has no headings in marks: Bengali papers set a quote alone on
    its line before the sentence that tells who said it ("‘বিচার চাই’ / এভাবেই বললেন তার বাবা").

    Example: "...five points behind.\n\n‘A long way to go’\n\nMohammedan remain fourth." -> True;
    "Kings won 3-1 on Friday. ‘Not over yet’ Abahani welcomed the leaders" -> True;
    "\n\n‘Not for sale’\n\nThat was the answer the mayor gave, she said." -> False."""
    inner = text[s.start:s.end].strip(_MARK_CHARS + " ")
    if not g.heading_claims or not inner or len(inner.split()) > _HEADING_WORDS or _SENTENCE_END.search(inner):
        return False
    if not _HEADING_BEFORE.search(text, 0, s.start) or text[max(0, s.start - 1):s.start] not in ("", "\n", " "):
        return False
    line_end = text.find("\n", s.end)
    line_end = len(text) if line_end < 0 else line_end
    if _HEADING_GLUED.match(text, s.end):
        return not name_and_cue_after_marks(text, s.end, g)
    if text[s.end:line_end].strip(" \t"):
        return False
    nxt = _NEXT_SENTENCE.match(text, line_end).group(0)
    opening = nxt.split()[:1]
    return not (opening and opening[0].lower() in g.heading_claims and g.cue_rx.search(nxt))


def _relative_clause_speaker(text: str, ce: int, out: list[Quote], g: Grammar, finder: SpeakerFinder,
                             state: _Chain, ui: int, us: int) -> list[Quote]:
    """The quotes after a cue, given to the subject of a relative clause between the cue and them
    whose own verb is a cue ("X rejected the offer, which Y described as “...”": Y's words)."""
    first = min(q.start for q in out)
    if first <= ce:
        return out
    mention = subject_of_cue_in_relative_clause(text, ce, first, g, finder)
    speaker = _mention_speaker(mention, finder, state, ui, us, None) if mention is not None else None
    if speaker is None:
        return out
    for q in out:
        q.speaker = speaker
    return out


_MARK_CHARS = "\"'“”‘’"
_QUOTED_LEAD_END = regex.compile(rf"{MASK}[{_MARK_CHARS},]*\s+")


@speaker_rule("report_after_quoted_lead")
def report_after_quoted_lead(text: str, us: int, masked: str, g: Grammar, finder: SpeakerFinder,
                             state: _Chain, ui: int) -> list[Quote]:
    """A report after a participle clause that quotes a word or phrase ("Calling the plan
    “reckless”, X said it would hurt savers"): the quotation blocks the speaker's region, so the
    report is read from the subject on, the lead clause and its quoted words left out (they may
    be the speaker's word or somebody else's: "Referring to the slogan “...”, X said ...").
    Only where the sentence opens with a participle (the pack's `participle_endings`).

    Example: 'Calling the plan "reckless", Rumana Kabir said it would hurt small savers.' -> an
    indirect quote "it would hurt small savers" by Rumana Kabir."""
    first = masked.split(maxsplit=1)[:1]
    if not g.participle_endings or not first or not first[0].lower().endswith(g.participle_endings):
        return []
    ends = list(_QUOTED_LEAD_END.finditer(masked))
    # the comma closing the lead clause stands after the quotation or inside it ("“brutal,”")
    if not ends or MASK in masked[ends[-1].end():]:
        return []
    if "," not in ends[-1].group() and not text[us:us + ends[-1].start() + 1].rstrip(_MARK_CHARS).endswith(","):
        return []
    cut = ends[-1].end()
    rest = masked[cut:]
    for pat in g.patterns:
        m = _search(pat.rx, rest) if pat.kind != "quote" else None
        if m is None:
            continue
        out = _from_match(text, us + cut, m, pat, [], g, finder, state, ui)
        if out and not (media_credit(out, g) or when_clause(m, g)):
            for q in out:
                note(q, "speaker", "report_after_quoted_lead", "the lead clause and its quotation left out")
            return out
    return []


_SLOGAN_GLUE = regex.compile(r"[\s,\u200c\u200d]*")  # what may stand between two slogans


@speaker_rule("slogan_run")
def slogan_run(text: str, us: int, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder, state: _Chain,
               ui: int) -> list[Quote]:
    """Quoted words followed by a word for slogans (the pack's `slogans`: "‘A’, ‘B’সহ নানা
    স্লোগান দেন") are what a crowd chanted: one quote from the first slogan to the last, said
    by the subject named before them (a group: "শিক্ষার্থীরা", "দলের নেতাকর্মীরা"), nobody where none is
    named. [] where no slogan word follows the quoted words.

    Example: "এ সময় তারা ‘দফা এক, দাবি এক’ স্লোগান দেন।" -> one quote "দফা এক, দাবি এক"."""
    run = [qs[0]]
    for s in qs[1:]:
        if _SLOGAN_GLUE.fullmatch(text, run[-1].end, s.start) is None:
            return []
        run.append(s)
    if g.slogan_rx.match(text, run[-1].end) is None:
        return []
    return [_chanted(text, us, run, finder, state, ui, "slogan_run")]


@speaker_rule("slogans_after_their_word")
def slogans_after_their_word(text: str, us: int, ue: int, qs: list[MarkedSpan], g: Grammar,
                             finder: SpeakerFinder, state: _Chain, ui: int) -> list[Quote]:
    """Quoted words right after a word for slogans (the pack's `slogan_leads`: "chanted slogans
    such as, '...', '...' and '...'") are what a crowd chanted: one quote from the first slogan to
    the last of the list, said by the subject named before the word (a group, a body, "they"),
    nobody where none is named. [] where no slogan word stands right before the first quotation.
    The list runs while only commas or one of the pack's `slogan_list_joiners` ("and") stand
    between two quotations.

    Example: "Protesters chanted slogans such as, 'No more fare hikes', 'Roll it back'." -> one
    quote "No more fare hikes', 'Roll it back", said by "Protesters" (no actor); "Hundreds
    gathered with slogans like 'Free the press'." -> "Free the press", said by nobody named.
    A verb of speech after the list gives the words to its speaker instead ("Greeted with loud
    chants, 'We will win,' Jahangir Alam told the rally." -> [], for the speech patterns)."""
    if g.slogan_lead_rx.search(text, us, qs[0].start) is None:
        return []
    run = [qs[0]]
    for s in qs[1:]:
        if g.slogan_list_glue_rx.fullmatch(text, run[-1].end, s.start) is None:
            break
        run.append(s)
    if g.cue_rx is not None and g.cue_rx.search(text, run[-1].end, ue) is not None:
        return []
    return [_chanted(text, us, run, finder, state, ui, "slogans_after_their_word")]


def _chanted(text: str, us: int, run: list[MarkedSpan], finder: SpeakerFinder, state: _Chain, ui: int,
             rule: str) -> Quote:
    """One quote from the first slogan of `run` to its last, said by the subject named before the
    first (a group, a body, "they") or by nobody named; `rule` names the rule that found the run
    in `--explain`. Example: "তারা ‘দফা এক’, ‘দাবি এক’ স্লোগান দেন" -> "দফা এক’, ‘দাবি এক" by তারা."""
    (a, _), (_, b) = run[0].inner, run[-1].inner
    a, b = _trim(text, a, b)
    mention = choose(finder.mentions(us, run[0].start), run[0].start, run[0].start, any_case=True)
    speaker = _mention_speaker(mention, finder, state, ui, us, None)
    q = Quote(text=text[a:b], start=a, end=b, kind="direct", speaker=speaker, cue=None)
    note(q, "pattern", rule, f"slogans chanted by {speaker.text if speaker else 'nobody named'}")
    return q


def _keep_talking(masked: str, g: Grammar, state: _Chain, ui: int, ue: int) -> None:
    """A sentence in the first person right after an attributed one ("তিনি বলেন, ... । আমি
    সেখানে কাজ করি।", "he said. We had no warning.") is the speaker still talking: a
    pronoun after it still finds that speaker."""
    if (state.speaker is not None and ui - state.unit == 1 and g.first_person_rx is not None
            and MASK not in masked and g.first_person_rx.search(masked)):
        state.unit, state.unit_end = ui, ue


def _from_match(text: str, us: int, m, pat: Pattern, qs: list[MarkedSpan], g: Grammar,
                finder: SpeakerFinder, state: _Chain, ui: int, whole_report: bool = False) -> list[Quote]:
    """The quotes one pattern's match `m` reads in a sentence, their speaker kept in `state`."""
    cue = m.group("C")
    cs, ce = us + m.start("C"), us + m.end("C")
    mention = None
    x_start = us + m.start("X") if "X" in m.re.groupindex and m.group("X") is not None else None
    joint: list[Mention] = []  # the others of a subject of several people (coordinated_subjects)
    if m.group("S") is not None:
        joint = coordinated_subjects(text, us + m.start("S"), us + m.end("S"), g, finder, ce)
        mention = joint[0] if joint else _region_mention(text, us, m, pat, g, finder, cs, ce)
    elif pat.speaker_may_lead_content and x_start is not None:
        mention = _subject_opening_content(text, us, m, g, finder, x_start)
        if mention is not None:
            x_start = mention.end
    speaker = _mention_speaker(mention, finder, state, ui, us, cue)
    if m.group("S") is not None and sources_of_a_body(text, us + m.end("S"), g, speaker, mention):
        speaker = speaker.model_copy(update={"actor": None})
    if pat.kind == "quote":
        if pat.opens_after_marked_words:
            qs = marked_words_in_clause_before(us + m.start(), qs)
        found = _quoted_spans(text, us, m, qs, g, finder, state, ui, speaker, mention, cs)
    else:
        found = (_reported_words(text, us, m, qs, g, finder, state, ui, speaker, mention, x_start, whole_report)
                 or impersonal_report(text, us, m, qs, finder, pat, mention, x_start))
    if found is None:
        return []
    out, speaker, mention = found
    if pat.opens_after_marked_words and (speaker is None or speaker.actor is None):
        return []  # the marked words may stand in the speaker's own clause ("X ‘বই’ বইয়ে লিখেছেন")
    _trace(out, pat, mention, speaker)
    if speaker is not None and mention is not None:
        _remember(state, speaker, mention, ui, us + len(m.string))
    return out + _joint_quotes(out, joint[1:], finder, state, ui, us, cue)


def _joint_quotes(out: list[Quote], others: list[Mention], finder: SpeakerFinder, state: _Chain, ui: int,
                  us: int, cue: str) -> list[Quote]:
    """The same quotes once more for each other person of a subject of several people."""
    joint = []
    for x in others:
        speaker = _mention_speaker(x, finder, state, ui, us, cue)
        for q in out:
            copy = q.model_copy(update={"speaker": speaker})
            copy._explain = [*q._explain, {"step": "speaker", "rule": "coordinated_subjects",
                                           "decision": f"one of several people: {speaker.text}"}]
            joint.append(copy)
    return joint


def _region_mention(text: str, us: int, m, pat: Pattern, g: Grammar, finder: SpeakerFinder,
                    cs: int, ce: int) -> Mention | None:
    """The mention that speaks in the match's speaker region {S}; None where none does."""
    a, b = us + m.start("S"), us + m.end("S")
    if b <= cs:  # ("প্রভাব দেব [প্রথম আলোকে] বলেন": the addressee before the cue never speaks)
        b = addressee_closing_region(finder, a, b)
    # a group title yields to a named body only where a body may speak (quoted words)
    found = finder.mentions(a, b)
    if b <= cs:
        found = reported_clause_in_region(text, a, b, g, found)
    if pat.speaker_any_case and (group := place_of_the_source(text, a, b, g, finder)) is not None:
        return group
    mention = choose(found, cs, ce, pat.speaker_any_case, demote_plural=pat.kind == "quote")
    if b <= cs:  # (a long apposition may leave its person before the region: "X, <apposition>,")
        mention = apposition_subject(text, finder.mentions(max(us, a - _APPOSITION_LEAD), a) + found, mention, a, b)
        mention = name_in_complement_of_subject(text, found, mention, a, b, g)
    if pat.speaker_any_case:  # ("প্রধান নির্বাচকের মন্তব্য, ...": a title no mention stands for)
        mention = genitive_title(text, a, b, g, finder) or mention
    if b <= cs and g.relative_pronouns:  # ("X, who met Y in Delhi, said": X, not Y)
        mention = subject_of_relative_clause(text, a, b, g, finder.mentions(max(us, a - _APPOSITION_LEAD), a)) or mention
    if b <= cs and mention is not None:  # ("X, citing Y, said": X, not Y)
        mention = subject_before_participle_aside(text, max(us, a - _APPOSITION_LEAD), b, g, finder, mention)
    if b <= cs and mention is not None:  # ("A manager, who asked not to be named as he ..., said": not "he")
        mention = subject_before_relative_aside(text, a, b, g, found, mention)
    if mention is not None and mention.kind == "title":
        mention = finder.name_before_apposition(a, mention) or mention
    if mention is not None and b <= cs:  # ("X met Y and said ...": X, not the object Y)
        mention = subject_of_joined_predicate(text, a, b, g, found, mention)
    if b <= cs:  # ("X welcomed the deal, which Y had called ...": Y)
        mention = subject_of_cue_in_relative_clause(text, a, ce, g, finder) or mention
    # after the cue the speaker comes first ("..., said Peskov, who ..."): a mention deep
    # inside that region belongs to some other clause
    if mention is not None and a >= ce and _buried(text, a, b, mention, found, g.clause_joiners) and not (
            pat.speaker_any_case and possessor_of_source(g, text, mention, b)):
        mention = None
    # a region before the cue that ends in a comma is a clause of its own ("Yunus will
    # attend the ceremony, said the press wing") unless the comma closes an aside set off
    # after the name ("Casin, while condemning the violence, says")
    if (mention is not None and mention.kind in ("PER", "pronoun") and b <= cs and text[a:b].rstrip().endswith(",")
            and "," not in text[a:mention.start] and not text[mention.end:b].lstrip().startswith(",")):
        mention = None
    if mention is None:
        mention = document_of_named_author(text, a, b, g, finder, found)
    if mention is None and not found:
        mention = unnamed_region_person(text, a, b, g, finder)
    return officials_of_named_body(text, a, found, g, text[cs:ce]) or mention


@speaker_rule("officials_of_named_body")
def officials_of_named_body(text: str, a: int, found: list[Mention], g: Grammar, cue: str) -> Mention | None:
    """Officials of or at a body written by its name open the region (the pack's
    `body_voice_titles`: "Officials of the Roads and Highways Department said ...", "..., said
    officials of Titas Gas."): the body speaks, as the gold names it (GUIDELINES Q4), through a cue
    a body reports with; a body in lower case ("officials at the commerce ministry") or none the
    registry knows is nobody's.

    Example: region "Officials of the Roads and Highways Department" -> the mention "Roads and
    Highways Department"."""
    lead = None if g.body_voice_rx is None else g.body_voice_rx.match(text, a)
    if lead is None or not g.may_report("ORG", cue):
        return None
    body = next((x for x in found if x.start == lead.end()), None)
    if body is None or body.kind != "ORG" or body.actor is None or not text[body.start].isupper():
        return None
    body.rules.append("officials_of_named_body")
    return body


_SOURCE_GROUP_WORDS = 3  # common words naming a group source before its place ("local fish traders")
_SOURCE_PLACE_TYPES = {"GPE", "LOC", "FAC"}
_REGION_WORD = regex.compile(r"\S+")


@speaker_rule("place_of_the_source")
def place_of_the_source(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder) -> Mention | None:
    """A source after "according to" placed by a preposition ("traders in Rangpur", "residents
    of the area", the pack's `source_place_prepositions`): the group before it speaks, unnamed;
    the place after it is where the group is, never the speaker. Only a group named in a few
    common words (no capital: "Rangpur police" is a body) before nothing but places.

    Example: region "traders in Rangpur" with GPE "Rangpur" -> a group mention "traders"."""
    if not g.source_place_prepositions:
        return None
    words = list(_REGION_WORD.finditer(text, a, b))
    at = next((i for i, w in enumerate(words) if w.group().lower() in g.source_place_prepositions), 0)
    head = words[:at]
    if not head or len(head) > _SOURCE_GROUP_WORDS or not all(w.group().islower() for w in head):
        return None
    if _is_document(g, text[head[0].start():head[-1].end()]):
        return None  # "a statement from the ministry": a document speaks for its author
    after = words[at].end()
    if any(e.type not in _SOURCE_PLACE_TYPES for e in finder.entities if after <= e.start < b):
        return None  # "officials of the BNP": the body's people, another rule's
    hs, he = head[0].start(), head[-1].end()
    return Mention(hs, he, text[hs:he], "title", None, plural=True, rules=["place_of_the_source"])


_JOINED_SUBJECT_LEAD = 3  # words (adverbials, a title) before the subject opening a joined predicate


def _clause_opening(text: str, a: int, pos: int, g: Grammar) -> bool:
    """Whether `pos` opens a clause of the region starting at `a`: a few words at most after the
    region's start or its last comma, none of them a participle ("After meeting"; the pack's
    `participle_endings`)."""
    lead = text[max(a, text.rfind(",", a, pos) + 1):pos].split()
    return len(lead) <= _JOINED_SUBJECT_LEAD and not any(w.lower().endswith(g.participle_endings) for w in lead)


@speaker_rule("subject_of_joined_predicate")
def subject_of_joined_predicate(text: str, a: int, b: int, g: Grammar, found: list[Mention],
                                chosen: Mention) -> Mention:
    """A speaker region closed by a word joining another predicate to the cue (the pack's
    `predicate_joiners`): the person or body opening the region is the subject of both verbs
    and speaks; the name the region holds later is an object ("met Y", "describes Y as").
    `chosen` where the region opens with no such subject.

    Example: "Adviser X visited the family of Y and said the state would pay" -> X."""
    words = text[a:b].split()
    if not g.predicate_joiners or len(words) < 3 or words[-1].lower() not in g.predicate_joiners:
        return chosen
    # (after an adverbial set off by a comma: "In its concluding remarks, the BNP describes ...";
    # not the object of a participle: "After meeting Y, X visited ... and said")
    lead = [x for x in found if x.nominative and x.kind in ("PER", "title", "ORG")
            and _clause_opening(text, a, x.start, g)]
    if not lead or lead[0] is chosen or lead[0].start > chosen.start:
        return chosen
    lead[0].rules.append("subject_of_joined_predicate")
    return lead[0]


_SOURCE_BODY_WORDS = 4  # words of a body after its possessor that closes a source region


@speaker_rule("possessor_of_source")
def possessor_of_source(g: Grammar, text: str, mention: Mention, region_end: int) -> bool:
    """Whether a named source owns the body that closes its region ("According to the Election
    Commission's central coordination committee, ..."): the body nobody registered speaks for
    its owner, the one the reader knows.

    Example: "the Election Commission's central coordination committee" with ORG "Election
    Commission" -> True."""
    after = text[mention.end:region_end]
    suffix = next((x for x in g.non_subject if x[:1] in ("'", "’") and after.startswith(x)), None)
    if suffix is None or mention.kind not in ("ORG", "PER"):
        return False
    if not 0 < len(after[len(suffix):].split()) <= _SOURCE_BODY_WORDS:
        return False
    mention.rules.append("possessor_of_source")
    return True


_PRONOUN_LEAD_WORDS = 4  # adverbials of time and place before a pronoun opening the content ("শনিবার এক সভায় তিনি")


def _subject_opening_content(text: str, us: int, m, g: Grammar, finder: SpeakerFinder,
                             x_start: int) -> Mention | None:
    """The subject opening the content of a match without a speaker region ("তিনি ... বলে জানান")."""
    # a named person or title may come after a few adverbials ("এ মন্তব্যের প্রতিক্রিয়ায় গত
    # রোববার ... মুখপাত্র X ... বলে প্রত্যাখ্যান করেন"); a pronoun opens the clause
    head = [mm for mm in finder.mentions(x_start, us + m.end("X"))
            if mm.nominative and g.may_report(mm.kind, m.group("C")) and len(text[x_start:mm.start].split())
            <= (g.speaker_lead_words if mm.kind in ("PER", "title") else _PRONOUN_LEAD_WORDS if mm.kind == "pronoun" else 2)]
    return head[0] if head else None


def _mention_speaker(mention: Mention | None, finder: SpeakerFinder, state: _Chain, ui: int, us: int,
                     cue: str) -> Speaker | None:
    """The speaker a mention resolves to, a country's own body named bare given its actor."""
    if mention is None:
        return None
    speaker = _resolve(mention, finder, state, ui, us, cue)
    if speaker is not None and speaker.actor is None:
        speaker.actor = finder.country_body(speaker.text)
        if speaker.actor is not None:
            mention.rules.append("country_body")
    return speaker


@speaker_rule("sources_of_a_body")
def sources_of_a_body(text: str, end: int, g: Grammar, speaker: Speaker | None, mention: Mention | None) -> bool:
    """Whether a speaker region's body is followed by one of the pack's `source_postpositions`
    ("বাংলাদেশ ব্যাংক সূত্রে জানা গেছে, ...": sources at the bank): the words are its unnamed
    sources', not the body's own statement, so the quote keeps no actor for its speaker.

    Example: "বাংলাদেশ ব্যাংক সূত্রে জানা গেছে, জমিগুলো নিলামে উঠবে।" at the end of "বাংলাদেশ
    ব্যাংক" -> True; "বাংলাদেশ ব্যাংকের বরাতে জানা গেছে, ..." -> False."""
    if speaker is None or speaker.actor is None or not g.source_postpositions:
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1).lower() not in g.source_postpositions:
        return False
    if mention is not None:
        mention.rules.append("sources_of_a_body")
    return True


def _quoted_spans(text: str, us: int, m, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder,
                  state: _Chain, ui: int, speaker: Speaker | None, mention: Mention | None, cs: int):
    """A quote pattern's quotes, speaker and mention; None where its speaker region names nobody."""
    if speaker is None and m.group("S") is not None:
        # a region no mention speaks in: a document's author, a bare body or surname, an unnamed
        # "এক দোকানি"
        speaker = document_author(text, us, m, g, finder, state, ui)
        if speaker is None:
            # (a mention passed in stays when no dropped subject is found)
            speaker, dropped_mention = _dropped_subject_mention(text, us, m, g, finder, state, ui)
            mention = dropped_mention or mention
        speaker = (speaker
                   or _bare_region_speaker(text, us, m, g, finder)
                   or indefinite_description(text, us + m.start("S"), us + m.end("S"), g, finder)
                   or indefinite_person_region(text, us + m.start("S"), us + m.end("S"), g, finder))
        if speaker is None:
            return None
        if speaker.actor is None:
            speaker.actor = nationality_of_last_speaker(finder, speaker, state, ui)
        # (a surname or name the NER missed keeps the chain on its person, for a pronoun or
        # quotation after)
        mention = mention or surname_of_known_person(finder, speaker) or person_the_ner_missed(finder, speaker, m, g)
    cue = m.group("C")
    out = [_quote(text, s, _quote_kind(text, us, s, cs), speaker, cue) for s in qs if not _echoed_verb(text, s, g)]
    return out, speaker, mention


def _reported_words(text: str, us: int, m, qs: list[MarkedSpan], g: Grammar, finder: SpeakerFinder,
                    state: _Chain, ui: int, speaker: Speaker | None, mention: Mention | None,
                    x_start: int | None, whole_report: bool):
    """A reported pattern's quotes (partial quotes in its content, else the content), speaker and
    mention; None where the match reports nothing."""
    if x_start is None:
        return None
    cue = m.group("C")
    xs, xe = _trim(text, x_start, us + m.end("X"))
    if m.start("X") > m.start("C") and quantity_added(text, us + m.end("C"), cue, g):
        return None
    if m.start("X") < m.start("C") and thing_declared(text, xs, xe, us + m.start("C"), cue, g):
        return None
    inner = [s for s in qs if xs <= s.start and s.end <= xe]
    whole_by = None  # the rule that made the report holding the short quoted words the quote
    if whole_report:  # quoted_words_in_report: the report holding every quoted word is the quote
        if len(inner) < len(qs) or _own_words(text, xs, xe, inner) < _REPORT_OWN_WORDS:
            return None
        inner = []
    elif inner and report_holding_quoted_words(text, xs, xe, inner, qs, g, m.start("X") > m.start("C")):
        inner, whole_report, whole_by = [], True, "report_holding_quoted_words"
    if inner:
        if speaker is None:
            return None
        return [_quote(text, s, "partial", speaker, cue) for s in inner if not _echoed_verb(text, s, g)], speaker, mention
    if mention is None and _has_region(m):
        speaker, mention = _unnamed_region_speaker(text, us, m, g, finder, state, ui)
    if mention is None or not (g.may_report(mention.kind, cue) or document_speaks(g, mention)):
        return None
    if mention.kind == "body" and speaker.actor is None and "described_body_reference" not in mention.rules:
        return None  # "it said" with no organisation before it: nobody known speaks ("the trade body" is somebody)
    if len(text[xs:xe].split()) < 3 or (qs and not whole_report):
        return None
    xe = _before_stop(text, xs, xe)
    fe = expressed_feeling(text, xe, us + m.start("C"), cue, g)
    if fe != xe and feeling_only(text, xs, fe, g):
        return None
    q = Quote(text=text[xs:fe], start=xs, end=fe, kind="indirect", speaker=speaker, cue=_cue(cue))
    if fe != xe:
        note(q, "content", "expressed_feeling", "the feeling the cue names is part of what was said")
    if whole_by:
        note(q, "content", whole_by, "the report with its short quoted words in it is the quote")
    return [q], speaker, mention


@speaker_rule("document_speaks")
def document_speaks(g: Grammar, mention: Mention) -> bool:
    """Whether a speaker that is a document of the pack's `documents` ("the statement", "the
    research report") owns unmarked reported speech through any cue, beyond a body's
    `organisation_cues`: what a statement clarifies or a report emphasises is its text, words
    of its issuer, not a fact the issuer confirmed by acting (a body's own "confirmed" is not).

    Example: "The ministry issued a statement. The statement also clarified that the man was a
    listed criminal." -> a quote "the man was a listed criminal" of the ministry."""
    return mention.kind in ("body", "ORG") and _is_document(g, mention.text)


@speaker_rule("impersonal_report")
def impersonal_report(text: str, us: int, m, qs: list[MarkedSpan], finder: SpeakerFinder, pat: Pattern,
                      mention: Mention | None, x_start: int | None):
    """A passive of saying with no subject, where no rule found anybody to speak (a pattern
    marked `impersonal`): the words are reported, by nobody the sentence names as its subject.
    Where the cue comes first, an organisation named before it issued the words (its notice,
    its message: `_issuing_body`); a pattern marked `impersonal: issuer` reads only those (a
    document's passive whose issuer no rule found is some body's, whom a quote with no speaker
    would miss); else the quote has no speaker. Not over quoted words (their own patterns read
    them), nor a content of fewer than three words.

    Example: "দোকান বন্ধ করে রাস্তায় নেমে আসবেন বলেও হুঁশিয়ারি দেওয়া হয়।" -> a quote "দোকান বন্ধ
    করে রাস্তায় নেমে আসবেন", no speaker; "It was learnt that talks had stalled." -> "talks had
    stalled"."""
    if not pat.impersonal or mention is not None or x_start is None or qs:
        return None
    xs, xe = _trim(text, x_start, us + m.end("X"))
    xe = _before_stop(text, xs, xe)
    if len(text[xs:xe].split()) < 3:
        return None
    body = _issuing_body(finder, us, us + m.start("C")) if m.start("X") > m.start("C") else None
    speaker = Speaker(text=body.text, start=body.start, end=body.end, actor=body.actor) if body else None
    if speaker is None and pat.impersonal == "issuer":
        return None
    q = Quote(text=text[xs:xe], start=xs, end=xe, kind="indirect", speaker=speaker, cue=_cue(m.group("C")))
    note(q, "speaker", "impersonal_report", f"a passive with no subject: {body.text if body else 'nobody named'} speaks")
    return [q], speaker, None


def _issuing_body(finder: SpeakerFinder, a: int, b: int) -> Mention | None:
    """The last organisation with an actor named in text[a:b], before a passive cue: the body
    whose notice or message it is ("মন্ত্রণালয়ের পাঠানো এক বিজ্ঞপ্তিতে বলা হয়, ...")."""
    bodies = [mm for mm in finder.mentions(a, b) if mm.kind == "ORG" and mm.actor is not None]
    return bodies[-1] if bodies else None


_NUMBER_OPENING = regex.compile(r"\s*[$£€৳]?\p{N}")  # " 91", " $5": a number written in digits


@speaker_rule("quantity_added")
def quantity_added(text: str, cue_end: int, cue: str, g: Grammar) -> bool:
    """Whether a cue of the pack's `quantity_cues` (ending at `cue_end`) is followed at once by a
    number (in digits or one of the pack's `number_words`) that is not the subject of a clause of its
    own: a quantity added ("added 91 for the fourth wicket", "added a hundred for the sixth
    wicket"), no speech. A complementiser between ("added that two new trains ...") or a finite verb
    of the pack's `clause_verbs` soon after the number ("added 12 people had been arrested") makes
    it a report.

    Example: "The pair added 49 runs in an hour" -> True; "He added that two trains would run"
    -> False; "The spokesman added 12 people had been arrested" -> False."""
    if " ".join(cue.lower().split()) not in g.quantity_cues:
        return False
    number_end = _number_after(text, cue_end, g)
    if number_end is None:
        return False
    return not _opens_a_clause(text, number_end, g)


def _opens_a_clause(text: str, number_end: int, g: Grammar) -> bool:
    """Whether the number ending at `number_end` is the subject of a clause: one of the pack's
    `clause_verbs` within its next three words, before any preposition (`non_subject_after`), since
    "91 before Litton was out" is a quantity whose "was" belongs to another subject.

    Example: " people had been arrested" -> True; " before Litton was out" -> False"""
    for word in [w.group(1) for w in _FOLLOWING_WORD.finditer(text, number_end, number_end + 60)][:3]:
        if word.lower() in g.clause_verbs:
            return True
        if g.non_subject_after is not None and g.non_subject_after.search(word + " "):
            return False
    return False


_FOLLOWING_WORD = regex.compile(r"([\p{L}\p{M}'’]+)")
_NUMBER_REST = regex.compile(r"[\p{N},.]*")  # the rest of "1,200" or "4.5" after its first digit


def _number_after(text: str, at: int, g: Grammar) -> int | None:
    """The end of a number written at `at` (digits, or one or two of the pack's `number_words`:
    "nine", "a hundred"), else None.

    Example: _number_after(" a hundred runs", 0, en) -> 10"""
    digits = _NUMBER_OPENING.match(text, at)
    if digits is not None:
        return _NUMBER_REST.match(text, digits.end()).end()
    first = _NEXT_WORD.match(text, at)
    if first is None:
        return None
    if first.group(1).lower() in g.number_words:
        return first.end()
    second = _NEXT_WORD.match(text, first.end())
    if second is not None and f"{first.group(1)} {second.group(1)}".lower() in g.number_words:
        return second.end()
    return None


@speaker_rule("thing_declared")
def thing_declared(text: str, xs: int, xe: int, cue_start: int, cue: str, g: Grammar) -> bool:
    """Whether the object right before a cue of the pack's `declared_thing_cues` ("ঘোষণা করেন")
    is a thing declared, no words said: a bare noun or adjective ("তফসিল ঘোষণা করেন", "দল ঘোষণা
    করেছে", "মৃত ঘোষণা করেন"), where an announced act stands in the genitive of its verbal noun
    ("অবসরের ঘোষণা দেন", "দাম বাড়ানোর ঘোষণা দিয়েছে": what the speaker said they would do), an
    emphatic clitic after it or not ("গণভোট আয়োজনেরও ঘোষণা দিয়েছেন").

    Example: "নির্বাচনের তফসিল" before "ঘোষণা করেন" -> True; "দাম বাড়ানোর" -> False."""
    first = cue.split()[0].lower() if cue else ""
    words = text[xs:xe].split()
    if first not in g.declared_thing_cues or not words or text[xe:cue_start].strip():
        return False
    last = words[-1].strip(_EDGE)
    bare = [last[:-len(c)] for c in g.emphatic_clitics if last.endswith(c) and len(last) > len(c)]
    return not any(w.endswith(g.genitive_endings) for w in [last, *bare])


@speaker_rule("expressed_feeling")
def expressed_feeling(text: str, xe: int, cue_start: int, cue: str, g: Grammar) -> int:
    """Where reported words end whose cue opens with a feeling put into words (the pack's
    `feeling_nouns`): after that noun, the feeling being what was said. Only where the cue
    follows the words at once.

    Example: "রওশন আলীর মৃত্যুতে গভীর" before the cue "শোক প্রকাশ করেছেন" -> the words end
    after "শোক" ("রওশন আলীর মৃত্যুতে গভীর শোক")."""
    first = cue.split()[0] if cue else ""
    if first.lower() not in g.feeling_nouns or text[xe:cue_start].strip():
        return xe
    return cue_start + len(first)


@speaker_rule("feeling_only")
def feeling_only(text: str, xs: int, xe: int, g: Grammar) -> bool:
    """Whether reported words `text[xs:xe]` kept by `expressed_feeling` tell only a feeling and its
    occasion or addressee: after the last of the pack's `feeling_occasions` or
    `feeling_addressees` come only its `feeling_intensifiers` and `feeling_nouns`. An emotion with
    no content is no quote (DECISIONS Q7), condolence to a family as much as grief at a death;
    right after a closing quotation mark the report attributes the quotation before it, which is
    its content.

    Example: "রওশন আলীর মৃত্যুতে গভীর শোক" -> True; "পরিবারের প্রতি গভীর সমবেদনা" -> True;
    "‘...।’ রওশন আলীর মৃত্যুতে গভীর শোক" -> False; "তিনি অপরাধীদের শাস্তি দাবি করে সমবেদনা" -> False."""
    if text[:xs].rstrip().endswith(("’", "”", '"', "'")):
        return False
    tokens = [w.strip(_EDGE).lower() for w in text[xs:xe].split()]
    marks = g.feeling_occasions | g.feeling_addressees
    for n in range(len(tokens) - 1, -1, -1):
        if tokens[n] in marks or (n and f"{tokens[n - 1]} {tokens[n]}" in marks):
            after = tokens[n + 1:]
            return bool(after) and all(w in g.feeling_intensifiers or w in g.feeling_nouns for w in after)
    return False


@speaker_rule("coordinated_subjects")
def coordinated_subjects(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder, cue_end: int) -> list[Mention]:
    """The people of a subject of several, closing its sentence after the cue in a language whose
    subject may follow its verb (the pack's `postposed_subjects`): each said the words ("... গভীর
    শোক প্রকাশ করেছেন প্রধান উপদেষ্টা X এবং বিএনপির মহাসচিব Y।"). Only where every name is
    joined to the one before by one of the pack's `clause_joiners`, with a few words of title
    before each and nothing after the last; [] otherwise.

    Example: region "প্রধান উপদেষ্টা X এবং বিএনপির মহাসচিব Y" after the cue -> [X, Y]."""
    if not g.postposed_subject_verbs or a < cue_end:
        return []
    end = a + len(text[a:b].rstrip(_EDGE + "।.!?\"'”’)"))
    people = [x for x in finder.mentions(a, end) if x.kind == "PER" and x.nominative]
    if len(people) < 2 or text[people[-1].end:end].strip():
        return []
    pos = a
    for n, person in enumerate(people):
        before = text[pos:person.start].split()
        if n and (not before or before[0].lower() not in g.clause_joiners):
            return []
        if len(before) - bool(n) > _CLOSING_MODIFIERS:
            return []
        pos = person.end
    people[0].rules.append("coordinated_subjects")
    return people


def _unnamed_region_speaker(text: str, us: int, m, g: Grammar, finder: SpeakerFinder, state: _Chain,
                            ui: int) -> tuple[Speaker | None, Mention | None]:
    """The speaker of a region where no mention speaks, the first of: a document's issuer or author
    (issuer_in_genitive, document_author), a source nobody authored (unauthored_source), an
    unnamed person described after an indefinite ("a duty doctor there": indefinite_person_region),
    a body as written (unnamed_body_statement, never for a statement noun no body's genitive owns:
    statement_noun_without_body), a counted, genitive or partitive group (quantified_group,
    genitive_group_claim, partitive_group), else somebody a person's cue form shows
    (person_cue_region)."""
    speaker = issuer_in_genitive(text, us, m, g, finder)
    if speaker is not None:
        return speaker, Mention(speaker.start, speaker.end, speaker.text, "ORG", speaker.actor,
                                rules=["issuer_in_genitive"])
    speaker = document_author(text, us, m, g, finder, state, ui)
    if speaker is not None:
        return speaker, Mention(speaker.start, speaker.end, speaker.text, "ORG", speaker.actor,
                                rules=["document_author"])
    speaker = unauthored_source(text, us, m, g)
    if speaker is not None:
        return speaker, Mention(speaker.start, speaker.end, speaker.text, "title", None, rules=["unauthored_source"])
    # (after any other cue a region there is no subject: "..., declared a sub-jail, where ...")
    after_cue = m.start("S") >= m.end("C")
    source = after_cue and (_key(m.group("C")) in g.according_to or inverted_unnamed_person(text, us, m, g))
    speaker = indefinite_person_region(text, us + m.start("S"), us + m.end("S"), g, finder, source) \
        if source or not after_cue else None
    if speaker is not None:
        return speaker, Mention(speaker.start, speaker.end, speaker.text, "PER", None, rules=["indefinite_person_region"])
    if g.may_report("ORG", m.group("C")) and not statement_noun_without_body(text, us, m, g):
        # "সুইডিশ সম্প্রচারমাধ্যম এসভিটি জানিয়েছে, ...": a body's statement whose body the
        # NER did not find still reports words; its speaker is the region as written
        rules = ["unnamed_body_statement"]
        speaker = _bare_region_speaker(text, us, m, g, finder, rules)
        if speaker is not None:
            return speaker, Mention(speaker.start, speaker.end, speaker.text, "ORG", speaker.actor, rules=rules)
    speaker, mention = quantified_group(text, us, m, g, finder)
    if speaker is not None:
        return speaker, mention
    # (the partitive rule only where the genitive one found nobody: --explain lists the rule that decided)
    speaker, rule = genitive_group_claim(text, us, m, g, finder), "genitive_group_claim"
    if speaker is None:
        speaker, rule = partitive_group(text, us, m, g), "partitive_group"
    if speaker is not None:
        return speaker, Mention(speaker.start, speaker.end, speaker.text, "PER", None, plural=True, rules=[rule])
    speaker, mention = _dropped_subject_mention(text, us, m, g, finder, state, ui)
    if speaker is not None:
        return speaker, mention
    return person_cue_region(text, us, m, g, finder)


# what follows a region to its match's end when the region closes the sentence or an aside is set off
# after it: marks only, up to the end or a comma ("..., said an official of the council, asking not to be named.")
_REGION_CLOSES = regex.compile(r"[^\w,]*(?:,|$)")


@speaker_rule("inverted_unnamed_person")
def inverted_unnamed_person(text: str, us: int, m, g: Grammar) -> bool:
    """A region after a plain verb of saying (the pack's `plain_report_cues`) that closes the
    sentence, or an aside set off after it, is the cue's inverted subject, as a source after
    "according to" is: an indefinite describing somebody unnamed there speaks ("..., said an
    official of the council.", "..., said an official of the council, asking not to be named.":
    "an official", no actor). Any other cue's region there may be its object ("..., declared a
    sub-jail")."""
    return (_key(m.group("C")) in g.plain_report_cues
            and _REGION_CLOSES.match(text[us + m.end("S"):us + m.end()]) is not None)


@speaker_rule("statement_noun_without_body")
def statement_noun_without_body(text: str, us: int, m, g: Grammar) -> bool:
    """Whether a match's cue is a noun of statement or an "according to" (the pack's
    `statement_nouns`, `according_to`: "দাবি", "ভাষ্যমতে") with no body's genitive right before it:
    a body owns such a noun only so ("বিএসএফের দাবি, ...", "পুলিশের ভাষ্যমতে, ..."), never from a
    region after it ("... বলে অভিযোগ উঠছে", "... বলে দাবি করা হয়েছে": nobody named) nor from one
    closing on another word or a pronoun ("এখন আমাদের একটাই দাবি, ...": a speaker's own words).

    Example: "এখন আমাদের একটাই দাবি, ..." -> True; "বিএসএফের দাবি, ..." -> False."""
    words = m.group("C").lower().split()
    if not g.genitive_endings or not words \
            or not (" ".join(words) in g.according_to or words[0] in g.claim_noun_words):
        return False  # (a pack with no genitive endings puts its source after: "according to the water board")
    region = text[us + m.start("S"):us + m.end("S")].split()
    last = region[-1].lower() if region else ""
    return (m.start("S") >= m.end("C") or last in g.non_subject_words
            or (g.first_person_rx is not None and g.first_person_rx.fullmatch(last) is not None)
            or not _in_genitive(last, g))


def _dropped_subject_mention(text: str, us: int, m, g: Grammar, finder: SpeakerFinder, state: _Chain,
                             ui: int) -> tuple[Speaker | None, Mention | None]:
    """dropped_subject's speaker and a mention that keeps the chain on them, as a pronoun's would,
    or (None, None).

    Example: "‘...,’ বলেন করিম। এরপর যোগ করেন, ‘...’" -> Karim's speaker at "এরপর" and a pronoun
    mention of Karim there (rules ["dropped_subject"])."""
    speaker = dropped_subject(text, us, m, g, finder, state, ui)
    if speaker is None:
        return None, None
    return speaker, Mention(speaker.start, speaker.end, speaker.text, "pronoun", speaker.actor, rules=["dropped_subject"])


@speaker_rule("dropped_subject", decided=lambda args, found: found is not None)
def dropped_subject(text: str, us: int, m, g: Grammar, finder: SpeakerFinder, state: _Chain,
                    ui: int) -> Speaker | None:
    """A clause whose region before a person's cue (the pack's `person_cue_endings`) holds only
    words of sequence or manner (the pack's `subjectless_words`: "এরপর যোগ করেন", "শুধু
    বলেছেন", "অবাক হয়ে পাল্টা প্রশ্ন করেন") has dropped its subject, as Bengali does when the
    sentence before gave it: the person who spoke in that sentence or the one before it through
    a pronoun subject ("... বলেন মনসুর। এরপর যোগ করেন, ‘...’"), else the one person the
    sentence before has as its subject ("... বিস্মিত হয়ে পড়েন পলাশ। অবাক হয়ে পাল্টা প্রশ্ন
    করেন, ‘...’"). None where anybody else may be meant: two people there, a group, nobody.

    Example: "‘...,’ বলেন করিম। এরপর যোগ করেন, ‘...’" -> the actor of "করিম" for the second."""
    region, a = _region_words(text, us, m)
    words = region.lower().split()
    if (not words or not g.subjectless_words or not g.person_cue(m.group("C"))
            or any(w not in g.subjectless_words for w in words) or ui < 1):
        return None
    actor = _speaker_just_before(finder, state, ui) or _subject_of_sentence_before(finder, state, ui)
    return Speaker(text=region, start=a, end=a + len(region), actor=actor.model_copy()) if actor is not None else None


def _speaker_just_before(finder: SpeakerFinder, state: _Chain, ui: int) -> Actor | None:
    """dropped_subject's first choice: the one person who spoke in the sentence before, or two
    sentences back when the sentence between has a singular pronoun as its first person, its
    subject standing for them ("... এমন প্রশ্নে তিনি কারও নাম বলেননি। শুধু বলেছেন, ...").

    Example: "‘...,’ বলেন মনসুর। এরপর যোগ করেন, ‘...’" at the second sentence -> the actor of "মনসুর"."""
    prev = state.speaker
    if (prev is None or prev.actor is None or state.plural or state.kind not in ("PER", "title", "pronoun")
            or ui - state.unit > 2):
        return None
    if ui - state.unit == 2:
        a, b = state.units[ui - 1]
        first = [x for x in finder.mentions(a, b) if x.kind in ("PER", "title", "pronoun")][:1]
        if not (first and first[0].kind == "pronoun" and not first[0].plural and first[0].nominative):
            return None
    return prev.actor


def _subject_of_sentence_before(finder: SpeakerFinder, state: _Chain, ui: int) -> Actor | None:
    """dropped_subject's second choice: the person the sentence before has as its subject,
    opening it or closing it after its verb (postposed_subject), where it names no other person.

    Example: "... বিস্মিত হয়ে পড়েন পলাশ। অবাক হয়ে পাল্টা প্রশ্ন করেন, ‘...’" -> Palash's actor."""
    a, b = state.units[ui - 1]
    people = [x for x in finder.mentions(a, b) if x.kind == "PER"]
    if len(people) != 1 or people[0].plural or not people[0].nominative:
        return None
    x = people[0]
    return finder.actor_of(x) if _opens_sentence(finder, x) or postposed_subject(finder, x) else None


_ISSUED_DOCUMENT_WORDS = 6  # words of a region from its issuer to the document ("X-এর ওয়েবসাইটে দেওয়া এক বিবৃতিতে")


@speaker_rule("issuer_in_genitive")
def issuer_in_genitive(text: str, us: int, m, g: Grammar, finder: SpeakerFinder) -> Speaker | None:
    """A document that speaks with its issuer opening the speaker region in the genitive, a
    registry body ("পিসিবির ওয়েবসাইটে দেওয়া বিবৃতিতে বলা হয়েছে": the statement PCB gave on its
    website): the document's words are that body's. The document may be the region's last
    words or stand in the adverbs before the cue (the pack's `adverbs` hold "বিবৃতিতে"). Only
    where the pack lists `genitive_endings`; a person's document is `document_author`'s.

    Example: region "পিসিবির ওয়েবসাইটে দেওয়া", adverbs "বিবৃতিতে" -> Pakistan Cricket Board."""
    if not g.genitive_endings or g.document_rx is None:
        return None
    region, a = _region_words(text, us, m)
    if a < 0:
        return None
    adverbs = text[us + m.end("S"):us + m.start("C")].strip() if m.end("S") <= m.start("C") else ""
    doc = g.document_rx.search(region)
    ends_in_document = doc is not None and doc.end() == len(region) and len(region.split()) <= _ISSUED_DOCUMENT_WORDS
    if not (ends_in_document or (adverbs and g.document_rx.search(adverbs))):
        return None
    # (the body's name may run over words: "স্বরাষ্ট্র মন্ত্রণালয়ের জারি করা বিজ্ঞপ্তিতে"; with the
    # document among the adverbs the genitive is the whole region: "বিএসএফের এক বিবৃতিতে")
    end = a + len(region) if ends_in_document else a + len(region) + 1
    bodies = [e for e in finder.entities if e.start == a and e.end < end and e.type not in PERSON_TYPES
              and e.text.endswith(g.genitive_endings) and e.actor is not None and not _unregistered(e.actor)]
    if len(bodies) != 1:
        return None
    return Speaker(text=region, start=a, end=a + len(region), actor=bodies[0].actor.model_copy())


@speaker_rule("unauthored_source")
def unauthored_source(text: str, us: int, m, g: Grammar) -> Speaker | None:
    """A speaker region that is one of the pack's `unauthored_sources` after its determiners (a
    case filed, reports, biographical accounts), whole or after one qualifying word ("Local
    reports", "Family accounts"): its words are reported, by nobody the reader can name, so the
    speaker is the region as written with no actor (a document with an author is
    `document_author`'s, tried before).

    Example: "The case alleges that the accused set fires." -> a quote whose speaker is "The
    case", no actor; "Biographical accounts note that ..." -> speaker "Biographical accounts"."""
    if not g.unauthored_sources:
        return None
    region, a = _region_words(text, us, m)
    words = [w.lower() for w in region.split() if w.lower() not in g.determiners]
    if a < 0 or not words or not any(" ".join(words[i:]) in g.unauthored_sources for i in range(min(len(words), 2))):
        return None
    return Speaker(text=region, start=a, end=a + len(region), actor=None)


@speaker_rule("person_cue_region")
def person_cue_region(text: str, us: int, m, g: Grammar, finder: SpeakerFinder) -> tuple[Speaker | None, Mention | None]:
    """A short bare region (`_bare_region_speaker`'s checks) before a cue in a verb form only a
    person takes (the pack's `person_cue_endings`): somebody the rules found no mention for
    speaks, a group named by its common noun or a person the NER missed. The words are
    reported, not dropped; the speaker is the region as written, linked to an actor only where
    a title or a known person's surname resolves it (an unknown group or name is no actor).

    Example: "চিকিৎসকরা জানিয়েছেন, শীতে নিউমোনিয়া বেড়েছে।" -> a quote whose speaker is
    "চিকিৎসকরা" with no actor; "পুলিশ জানিয়েছে, ..." is a body's form, not this rule's."""
    if not g.person_cue(m.group("C")):
        return None, None
    rules = ["person_cue_region"]
    speaker = _bare_region_speaker(text, us, m, g, finder, rules) or indefinite_reporter(text, us, m, g, finder, rules)
    if speaker is None:
        return None, None
    missed = person_the_ner_missed(finder, speaker, m, g)
    return speaker, Mention(speaker.start, speaker.end, speaker.text, "PER", speaker.actor,
                            rules=rules + (missed.rules if missed is not None else []))


@speaker_rule("indefinite_reporter")
def indefinite_reporter(text: str, us: int, m, g: Grammar, finder: SpeakerFinder, rules: list[str]) -> Speaker | None:
    """A region too long for a bare group that closes on an indefinite description of somebody not
    named (`indefinite_description`), before a cue only a person takes: that person reports the
    words, as they would a quotation. Only a region opening its clause (not after a comma).

    Example: "একটি গবেষণা প্রতিষ্ঠানের এক গবেষক বলেন, সরবরাহ কমেছে।" -> speaker "এক গবেষক", no actor."""
    if _region_after_comma(text, us, m):
        return None
    a, b = us + m.start("S"), us + m.end("S")
    speaker = indefinite_description(text, a, b, g, finder)
    if speaker is None and (cut := description_before_anonymity(text, a, b, g)) is not None:
        speaker = indefinite_description(text, a, cut, g, finder)
    if speaker is not None:
        rules.append("indefinite_reporter")
    return speaker


@speaker_rule("description_before_anonymity")
def description_before_anonymity(text: str, a: int, b: int, g: Grammar) -> int | None:
    """Where a speaker region goes on after its description with the words of somebody asking not
    to be named (the pack's `anonymity`: "এক প্রকৌশলী [পরিচয় গোপন রাখার অনুরোধ করে] বলেছেন, ..."):
    the end of the description, before those words, so that the person described speaks, unnamed;
    None where the region holds no such words or they open it.

    Example: region "এক প্রকৌশলী পরিচয় গোপন রাখতে অনুরোধ করে" -> the end of "এক প্রকৌশলী"."""
    hit = None if g.anonymity_rx is None else g.anonymity_rx.search(text, a, b)
    if hit is None or not text[a:hit.end("gap")].strip():
        return None
    return a + len(text[a:hit.end("gap")].rstrip())


def _remember(state: _Chain, speaker: Speaker, mention: Mention, ui: int, unit_end: int) -> None:
    """Keep a match's speaker in the chain: a pronoun or a bare quotation after it is theirs."""
    state.speaker, state.kind, state.plural, state.unit = speaker, mention.kind, mention.plural, ui
    state.mention = mention
    if mention.kind in ("PER", "title") and speaker.actor is not None:
        state.persons.add(speaker.actor.id)
    state.unit_end = unit_end


_REPORT_QUOTED_WORDS = 3  # a quoted phrase this short inside a report is a word of it, not the quote
_REPORT_OWN_WORDS = 6  # unquoted words a report needs around it to be the quote itself
# the same when a reported pattern found the report (its cue and content already read as a report,
# so a report's least length will do: "এ সংক্রান্ত খবরটি পুরোপুরি ‘...’")
_REPORT_HOLDING_OWN_WORDS = 3


@speaker_rule("with_clause_speaker")
def with_clause_speaker(text: str, q: Quote, g: Grammar, finder: SpeakerFinder, state: _Chain, ui: int,
                        us: int) -> list[Quote]:
    """A report that ends in a clause of another speaker ("the party said it had joined the
    alliance, with its convener X stressing that the move reflects no ideology"; the pack's
    `with_clauses`): two quotes, the second that person's, where the clause names a person.

    Example: "..., with convener Rina Paul stressing that the move is tactical" -> a quote
    "the move is tactical" by Rina Paul."""
    for rx in g.with_clauses:
        m = _search(rx, text[q.start:q.end])
        if m is None:
            continue
        a, b = q.start + m.start("S"), q.start + m.end("S")
        mention = choose(finder.mentions(a, b), q.start + m.start("C"), q.start + m.end("C"))
        if mention is None or mention.kind not in ("PER", "title"):
            return [q]
        speaker = _resolve(mention, finder, state, ui, us)
        xs, xe = _trim(text, q.start + m.start("X"), q.end)
        head_end = _trim(text, q.start, q.start + m.start())[1]
        if speaker.actor is None or len(text[xs:xe].split()) < 3 or len(text[q.start:head_end].split()) < 3:
            return [q]
        head = Quote(text=text[q.start:head_end], start=q.start, end=head_end, kind="indirect", speaker=q.speaker, cue=q.cue)
        head._explain.extend(q._explain)
        tail = Quote(text=text[xs:xe], start=xs, end=xe, kind="indirect", speaker=speaker, cue=_cue(m.group("C")))
        note(tail, "speaker", "with_clause_speaker", speaker.actor.name)
        return [head, tail]
    return [q]


@speaker_rule("marked_words_in_clause_before", decided=lambda args, kept: len(kept) < len(args[1]))
def marked_words_in_clause_before(start: int, qs: list[MarkedSpan]) -> list[MarkedSpan]:
    """The quoted spans of a pattern that opens right after words in marks (the pack's
    `opens_after_marked_words`: "পরিবারের কাছে ‘বিশেষ আদর’ পাওয়ার কথা উল্লেখ করে X লেখেন, ‘...’"):
    only those from where the match starts. The marked words before stand in the writer's clause
    about the speaker, not in what the speaker is quoted as saying.

    Example: spans "বিশেষ আদর" (before the match) and "...শিখেছি" (after) -> only the second."""
    return [s for s in qs if s.start >= start]


@speaker_rule("quoted_words_in_report")
def quoted_words_in_report(text: str, q: Quote) -> bool:
    """Whether a quote is a word or two in marks that a report may hold ("he said the party
    backs a “yes” vote and will keep its pledges"): then the report, with the marked words in
    it, is the one quote; the marked words alone say little of what was said.

    Example: partial "yes" -> the caller tries the report "the party backs a “yes” vote and
    will keep its pledges" as one indirect quote."""
    return q.kind == "partial" and len(q.text.split()) <= _REPORT_QUOTED_WORDS


@speaker_rule("report_holding_quoted_words")
def report_holding_quoted_words(text: str, xs: int, xe: int, inner: list[MarkedSpan], qs: list[MarkedSpan],
                                g: Grammar, after_cue: bool) -> bool:
    """Whether reported content text[xs:xe] whose quoted spans are each a word or two (as
    `quoted_words_in_report` counts them) is one quote, the whole report with those words in it:
    the marked words alone drop the claim around them. Content after its cue needs a report's
    least length of words of its own (`_REPORT_HOLDING_OWN_WORDS`). Content before its cue ("X-কে
    ‘...’ বলে আখ্যা দেন") runs back over the subject and the writer's words, so it is the quote
    only where the pack's gold reads scare-quoted words inside reports so
    (`report_holds_marked_words`: English), when it holds every marked span of the sentence among
    `_REPORT_OWN_WORDS` words of its own.

    Example: "তিনি বলেছেন, এ নিয়ে প্রকাশিত খবরটি পুরোপুরি ‘ভিত্তিহীন’" -> the quote "এ নিয়ে
    প্রকাশিত খবরটি পুরোপুরি ‘ভিত্তিহীন’", not the partial "ভিত্তিহীন" alone; 'she said the
    ministry would cut ..., move ... and launch a "one-stop" service' -> the report; a marked
    clause of eight words in it -> False (the speaker's own words)."""
    if not _all_short(text, inner):
        return False
    own = _own_words(text, xs, xe, inner)
    if after_cue and own >= _REPORT_HOLDING_OWN_WORDS:
        return True
    return g.report_holds_marked_words and len(inner) == len(qs) and own >= _REPORT_OWN_WORDS


def _all_short(text: str, spans: list[MarkedSpan]) -> bool:
    """Whether every marked span is a word or two (at most `_REPORT_QUOTED_WORDS`), as
    `quoted_words_in_report` counts a partial quote: words of a report, not the speaker's own."""
    return all(len(text[s.start:s.end].split()) <= _REPORT_QUOTED_WORDS for s in spans)


def _own_words(text: str, xs: int, xe: int, inner: list[MarkedSpan]) -> int:
    """Words of text[xs:xe] outside the marked spans in it."""
    own, pos = [], xs
    for s in sorted(inner, key=lambda s: s.start):
        own.append(text[pos:s.start])
        pos = s.end
    own.append(text[pos:xe])
    return len(" ".join(own).split())


def _whole_report(text: str, us: int, masked: str, qs: list[MarkedSpan], g: Grammar,
                  finder: SpeakerFinder, state: _Chain, ui: int) -> list[Quote]:
    """The sentence as a report whose content holds its short quoted words, if a reported
    pattern reads it so (quoted_words_in_report); [] when none does."""
    for pat in g.patterns:
        # a framing verb's object ('condemned the move as an "unlawful step"') is the writer's
        # words around the speaker's: its quoted words stay the quote
        if pat.kind != "reported" or "{CO}" in pat.template:
            continue
        m = _search(pat.rx, masked)
        if m is None:
            continue
        out = _from_match(text, us, m, pat, qs, g, finder, state, ui, whole_report=True)
        for q in out:
            note(q, "speaker", "quoted_words_in_report", "the report holding the quoted words is the quote")
        return out
    return []


_DOCUMENT_WORDS = 4  # words of a speaker region naming a document ("her Facebook post")
_DOCUMENT_UNITS = 4  # sentences back in which a document finds the speaker who issued it


@speaker_rule("document_author")
def document_author(text: str, us: int, m, g: Grammar, finder: SpeakerFinder, state: "_Chain",
                    ui: int) -> Speaker | None:
    """A speaker region that is a document (the pack's `documents`: "বিবৃতিতে বলা হয়",
    "পোস্টে আরও উল্লেখ করা হয়", "the post said") speaks for its author: the body the sentence
    just before named as the same document's issuer (rule issuer_of_document_before: "X
    অধিদপ্তরের পাঠানো এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়। বিজ্ঞপ্তিতে বলা হয়, ..."), else the
    speaker of the quote just before, a few sentences back, else the person or body opening a
    sentence just before ("X issued a statement. The statement said ..."). None when the region
    is no document or no author is near (a document of nobody known is nobody's quote), and a
    document new to the text ("..., said a press release") takes no author but the issuer.

    Example: "Rahim Uddin said, '...' The post said, '...'" -> Rahim Uddin for the second."""
    region, a = _region_words(text, us, m)
    if not _is_document(g, region):
        return None
    if document_of_a_group(text, g, region, a):
        return Speaker(text=region, start=a, end=a + len(region), actor=None)
    actor = issuer_of_document_before(finder, region, a)
    if actor is None and not _new_document(g, region):
        actor = issuer_of_introduced_document(finder, region, a) or _author_before(finder, state, ui, us)
    return Speaker(text=region, start=a, end=a + len(region), actor=actor) if actor is not None else None


@lru_cache(maxsize=64)
def _indefinite_document_rx(indefinites: tuple[str, ...], head: str) -> regex.Pattern:
    """A document word after an indefinite article and at most one word ("a letter", "a joint
    statement"), compiled once per pack and document word."""
    return regex.compile(rf"\b(?:{_alt(indefinites)})\s+(?:[\w-]+\s+)?{regex.escape(head)}\b", regex.I)


_GROUP_DOCUMENT_LEAD = 600  # characters back in which a document's introduction is looked for


@speaker_rule("document_of_a_group")
def document_of_a_group(text: str, g: Grammar, region: str, a: int) -> bool:
    """Whether the document a speaker region names ("The letter stated") was introduced a few
    sentences back by a group ("They sent a letter to the convener", "Officials wrote a
    letter"): a sentence opening with a plural pronoun or a plural title of the pack's, that
    names the document with an indefinite article. Its authors are people left unnamed, not
    whoever spoke or confirmed the document since.

    Example: "They sent a letter to X. Y confirmed it. The letter stated, ..." -> True."""
    doc = g.document_rx.search(region) if g.document_rx is not None else None
    if doc is None or not g.indefinites or a < 0:
        return False
    head = doc.group().split()[-1]
    intro = list(_indefinite_document_rx(tuple(sorted(g.indefinites)), head).finditer(text, max(0, a - _GROUP_DOCUMENT_LEAD), a))
    if not intro:
        return False
    first = text[sentence_start(text, intro[-1].start()):intro[-1].start()].split()[:1]
    return bool(first) and (first[0].lower() in g.pronouns_plural or first[0].lower() in g.plural_titles)


@speaker_rule("document_of_named_author")
def document_of_named_author(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder,
                             found: list[Mention]) -> Mention | None:
    """A speaker region naming a document with its author ("according to a post on BNP's
    Facebook page", "reads a post on X's Facebook page", "the statement from Harbour Watch
    said"): that author, where the region names exactly one person or body and the document
    opens the region or follows the author's possessive.

    Example: "a post on Harbour Watch's Facebook page" -> ORG Harbour Watch."""
    region = text[a:b]
    doc = g.document_rx.search(region) if g.document_rx is not None else None
    if doc is None or len(region.split()) > _NAMED_DOCUMENT_WORDS:
        return None
    names = [x for x in found if x.kind in ("PER", "ORG") and x.entity is not None]
    if len({x.entity.actor.id if x.entity.actor is not None else _key(x.text) for x in names}) != 1:
        return None
    x = names[0]
    # the document, then its author ("a post on X's page"); or the author's own document ("X's post")
    # (not past a comma closing the document's phrase: "according to Spanish reports, along with
    # midfielder X" names no author)
    owned = ((x.start > a + doc.start() and "," not in text[a + doc.end():x.start])
             or possessive_follows(text, x.end, g.possessive_endings)
             or genitive_owner(text, x, a + doc.start(), g.indefinites))
    if not owned:
        return None
    x.rules.append("document_of_named_author")
    return x


@speaker_rule("genitive_owner")
def genitive_owner(text: str, x: Mention, doc_start: int, indefinites: frozenset[str] = frozenset()) -> bool:
    """Whether a name in the genitive stands right before the document it owns, the possessive
    of a language with case endings ("রয়টার্সের প্রতিবেদনে বলা হয়েছে", "X-এর বিবৃতিতে"): its author.

    Example: ORG "রয়টার্সের" (not nominative) right before "প্রতিবেদনে" -> True; so is "নির্বাচন
    কমিশনের" before "এক বিজ্ঞপ্তিতে" (an indefinite of the pack's `indefinites` may come between)."""
    between = text[x.end:doc_start].split() if x.end <= doc_start else None
    if x.nominative or between is None or any(w not in indefinites for w in between):
        return False
    x.rules.append("genitive_owner")
    return True


_NAMED_DOCUMENT_WORDS = 16  # words of a region naming a document and its author


def possessive_follows(text: str, pos: int, endings: tuple[str, ...]) -> bool:
    """Whether a possessive ending of the pack's `possessive_endings` ("'s"), or its apostrophe
    alone after a plural ("the unions' page"), stands at `pos` before a space: the word before
    `pos` owns what follows. No ending in a pack that lists none.
    Example: ("X's post", 1, ("'s",)) -> True; ("X said", 1, ("'s",)) -> False."""
    forms = set(endings) | {e[0] for e in endings if e}
    return any(text.startswith(f, pos) and text[pos + len(f):pos + len(f) + 1].isspace() for f in forms)


def _author_before(finder: SpeakerFinder, state: "_Chain", ui: int, pos: int) -> Actor | None:
    """Who issued a document named at `pos`: the speaker just before, else the person or body
    opening a sentence just before it ("X issued a statement. The statement said ...")."""
    prev = state.speaker
    actor = prev.actor if prev is not None and ui - state.unit <= _DOCUMENT_UNITS else None
    if actor is None:
        named = [x for x in finder.mentions(state.window_start, pos) if x.kind in ("PER", "ORG")
                 and x.nominative and finder.people.in_body(x.start) and _opens_sentence(finder, x)]
        actor = finder.actor_of(named[-1]) if named else None
    return actor.model_copy() if actor is not None else None


def _new_document(g: Grammar, region: str) -> bool:
    """Whether a document region opens on an indefinite ("said a press release"): a document new
    to the text, whose author no speaker before it tells.

    Example: "a press release" -> True; "The press release" -> False."""
    return region.split()[0].lower() in g.indefinites


def _is_document(g: Grammar, words: str) -> bool:
    """Whether `words` end in a document of the pack's `documents` ("the statement")."""
    doc = g.document_rx.search(words) if g.document_rx is not None else None
    return doc is not None and doc.end() == len(words) and len(words.split()) <= _DOCUMENT_WORDS


_APPOSITION_LEAD = 60  # characters before a speaker region in which its apposition's person may stand


@speaker_rule("apposition_subject")
def apposition_subject(text: str, found: list[Mention], chosen: Mention | None, a: int, b: int) -> Mention | None:
    """A speaker region "X, <apposition naming others>, told ..." speaks as X, the person
    opening it, not a person named inside the apposition nearer the cue ("AKM Rahim, the
    security officer for Chairperson Y and Acting Chairman Z, told journalists that ...": AKM
    Rahim). Only where X is set off by a comma and the apposition closes with one.

    Example: [Rahim Uddin], the officer for Karim Hossain, said -> Rahim Uddin."""
    if chosen is None or chosen.kind != "PER":
        return chosen
    # the person opening the region, or the one set off by the comma just before it
    first = next((x for x in found if x.kind == "PER" and x.nominative
                  and (x.start >= a and "," not in text[a:x.start] or x.end <= a and text[x.end:a].strip() == ",")), None)
    if first is None or first is chosen or first.start > chosen.start:
        first = described_in_apposition(text, found, chosen)
    if first is None:
        return chosen
    if not text[first.end:chosen.start].lstrip().startswith(",") or not _closes_apposition(text[chosen.end:b]):
        return chosen
    first.rules.append("apposition_subject")
    return first


@speaker_rule("described_in_apposition", decided=lambda args, found: found is not None)
def described_in_apposition(text: str, found: list[Mention], chosen: Mention) -> Mention | None:
    """The person named right before a comma that opens the chosen mention, when that mention
    opens in lower case: an office in apposition describing the person before it (a title that
    introduces its own holder is capitalised), whatever name the office's complement ends on
    ("When asked, Major Rafiq Alam, commander of the Teknaf Battalion, said": Rafiq Alam, however
    a clause before him is set off). None otherwise.

    Example: "..., [Rafiq Alam], commander of the Teknaf Battalion, said" -> Rafiq Alam."""
    if not text[chosen.start:chosen.start + 1].islower():
        return None
    return next((x for x in reversed(found) if x.kind == "PER" and x.nominative and x.end <= chosen.start
                 and text[x.end:chosen.start].strip() == ","), None)


_BRACKETED = regex.compile(r"\s*\([^()]{1,20}\)")  # initials or a unit's number in brackets: "(BGB)", "(64 BGB)"


def _closes_apposition(tail: str) -> bool:
    """Whether the words after a mention close its apposition: a comma, bracketed initials or
    numbers before it aside ("commander of the Border Guard's Teknaf Battalion (2 BGB), said").

    Example: " (64 BGB)," -> True; " and his deputy," -> False."""
    while (m := _BRACKETED.match(tail)) is not None:
        tail = tail[m.end():]
    return tail.strip().startswith(",")


@speaker_rule("name_in_complement_of_subject")
def name_in_complement_of_subject(text: str, found: list[Mention], chosen: Mention | None, a: int, b: int,
                                  g: Grammar) -> Mention | None:
    """A speaker region "X of <body>, said" speaks as the person X opening it, not as a name
    inside the complement that places X (a title complement of the pack, `title_complements`,
    then capitalised words): the NER may take the body's name for a person's, and that name
    stands nearer the cue ("Nusrat Jahan of Eden Mohila College, said": Nusrat Jahan).

    Example: "[Rina Paul] of Holy Cross College said" with "Holy Cross College" typed PER -> Rina Paul."""
    if chosen is None or chosen.kind != "PER" or g.title_complement_rx is None:
        return chosen
    first = next((x for x in reversed(found) if x.kind == "PER" and x.nominative and a <= x.start
                  and x.end <= chosen.start), None)
    if first is None or "," in text[first.end:chosen.start]:
        return chosen
    complement = g.title_complement_rx.match(text, first.end)
    if complement is None or complement.end() < chosen.end:
        return chosen
    first.rules.append("name_in_complement_of_subject")
    return first


@speaker_rule("subject_of_relative_clause", decided=lambda args, found: found is not None)
def subject_of_relative_clause(text: str, a: int, b: int, g: Grammar, before: list[Mention]) -> Mention | None:
    """The speaker of a region before the cue that is a relative clause set off by commas: it opens
    with one of the pack's `relative_pronouns` right after a comma and closes with a comma, so
    the person or body named right before that comma is the subject (a long clause leaves it
    outside the region: "X, who returned on Saturday from three days of talks in Washington with
    US trade officials over the tariff ..., said on Sunday that ..."). None otherwise.

    Example: "Rina Paul, who met the mayor on Friday, said" with the region from "who" -> Rina Paul."""
    words = text[a:b].split()
    if not words or words[0].lower() not in g.relative_pronouns or not text[a:b].rstrip().endswith(","):
        return None
    subject = next((x for x in reversed(before) if x.end <= a and text[x.end:a].strip() == ","), None)
    if subject is None or subject.kind not in ("PER", "ORG") or not subject.nominative:
        return None
    subject.rules.append("subject_of_relative_clause")
    return subject


@speaker_rule("subject_before_relative_aside", decided=lambda args, found: found is not args[5])
def subject_before_relative_aside(text: str, a: int, b: int, g: Grammar, found: list[Mention],
                                  chosen: Mention) -> Mention | None:
    """The speaker of a region before the cue that closes on a relative clause set off by commas
    (rule relative_clause_closing_region): whom the clause names is no subject of the cue, the
    words before it are ("A branch manager, who asked not to be named as he lacks permission,
    said ...": the manager, not "he"); the best mention before the clause, None where none
    stands there (somebody the text leaves unnamed). `chosen` where the region has no such clause
    or `chosen` stands before it.

    Example: "A branch manager, who said he feared the board, said" -> None, never "he"."""
    end = relative_clause_closing_region(text, a, b, g)
    if end == b or chosen.end <= end:
        return chosen
    return choose([x for x in found if x.end <= end], end, end)


@speaker_rule("subject_before_participle_aside", decided=lambda args, found: found is not args[5])
def subject_before_participle_aside(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder,
                                    chosen: Mention) -> Mention | None:
    """The speaker of a region before the cue that closes on an aside set off by commas and opened
    by a participle (a word of the pack's `participle_endings`): whom the aside names is the source
    the speaker cites, not the speaker; the person or body opening the clause before the aside
    speaks ("The official, citing the acting secretary, said ...": the official, who stays unnamed
    where the text never named them); None where words the finder holds no mention for open that
    clause ("The councillor", no title of the pack's): somebody speaks, never the source.
    `chosen` where the region has no such aside, or `chosen` stands before it.

    Example: "Later, an official at the ministry, quoting the adviser, said" -> "an official"."""
    close = text[a:b].rstrip()
    if not g.participle_endings or not close.endswith(","):
        return chosen
    close_at = a + len(close) - 1
    opens = text.rfind(",", a, close_at)
    word = WORD.search(text, opens + 1, close_at) if opens >= 0 else None
    if (word is None or text[opens + 1:word.start()].strip() or not word.group().islower()
            or not word.group().endswith(g.participle_endings) or chosen.start < opens):
        return chosen
    clause = max(a, text.rfind(",", a, opens) + 1, sentence_start(text, opens))

    def lead(pos: int) -> list[str]:  # the words of the clause before pos, articles aside
        return [w for w in text[clause:pos].split() if w.lower() not in g.determiners]
    subject = next((x for x in finder.mentions(clause, opens)
                    if x.nominative and x.kind in ("PER", "ORG", "title") and not lead(x.start)), None)
    if subject is None:
        return None if lead(opens) else chosen  # (somebody the finder does not know speaks, never the source)
    subject.rules.append("subject_before_participle_aside")
    return subject


_RELATIVE_SUBJECT_LEAD = 4  # words from the relative word to its subject ("which BGMEA president X")
_RELATIVE_CUE_LEAD = 3  # words from the subject to its cue ("had also", "has once")
_CLAUSE_STOPS = ",;:"  # besides a sentence's stops, what ends a clause (with brackets, too, between a subject and its cue)
_CLAUSE_BREAK = regex.compile(f"[{_CLAUSE_STOPS}()]")  # a subject and its cue with one of these between are in two clauses


@speaker_rule("subject_of_cue_in_relative_clause")
def subject_of_cue_in_relative_clause(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder) -> Mention | None:
    """The subject of a relative clause within text[a:b] whose own verb is a cue: the clause opens
    with one of the pack's `relative_openers`, its subject (a named person or body) follows within
    a few words and a cue within a few words after it. The words that cue reports are that
    subject's, not those of the main clause's subject. None where no such clause is found.

    Example: "Jamal welcomed the striker, a signing which coach Mario Lemos had said would bring"
    -> Mario Lemos."""
    if not g.relative_openers:
        return None
    rel = [w for w in WORD.finditer(text, a, b) if w.group(0).lower() in g.relative_openers]
    if not rel:
        return None
    r = rel[-1]
    for x in finder.mentions(r.end(), b):
        if x.kind not in ("PER", "ORG") or not x.nominative:
            continue
        if len(WORD.findall(text, r.end(), x.start)) > _RELATIVE_SUBJECT_LEAD:
            return None
        cue = g.cue_rx.search(text, x.end, b)
        if (cue is None or len(WORD.findall(text, x.end, cue.start())) > _RELATIVE_CUE_LEAD
                or _CLAUSE_BREAK.search(text, x.end, cue.start())):
            return None
        x.rules.append("subject_of_cue_in_relative_clause")
        return x
    return None


@speaker_rule("addressee_closing_region", decided=lambda args, end: end != args[2])
def addressee_closing_region(finder: SpeakerFinder, a: int, b: int) -> int:
    """Where the speaker region text[a:b] before its cue ends once an addressee closing it is set
    aside: a body told, in the pack's `addressee_endings` (rule addressee_before_cue), is no
    speaker, and the words before it name who told ("প্রভাব দেব প্রথম আলোকে বলেন", "পুলিশ বিবিসিকে
    জানিয়েছে, ..."); `b` where no addressee closes the region, or where an entity runs over the
    addressee's start.

    Example: region "পুলিশ বিবিসিকে" with ORG "বিবিসিকে" -> the end of "পুলিশ"."""
    cut = finder.addressee_before_cue(a, b)
    # (a name the NER ran on over the addressee is cut by its own rule, name_before_addressee)
    if cut is None or cut <= a or any(e.start < cut < e.end for e in finder.entities):
        return b
    while cut > a and finder.text[cut - 1].isspace():
        cut -= 1
    return cut


@speaker_rule("relative_clause_closing_region", decided=lambda args, end: end != args[2])
def relative_clause_closing_region(text: str, a: int, b: int, g: Grammar) -> int:
    """Where a bare speaker region text[a:b] before its cue ends once a relative clause closing it
    is set aside: the clause opens after a comma with one of the pack's `relative_pronouns` and
    tells about the words before it, which name who spoke ("Another exporter, who owns three
    units, said ...", "A retired director, who asked not to be named, said ..."); `b` where no
    such clause closes the region.

    Example: region "A retired director, who asked not to be named," -> the end of "A retired director"."""
    if not g.relative_pronouns:
        return b
    for comma in regex.finditer(r",\s*", text[a:b]):
        word = WORD.match(text, a + comma.end())
        if word is not None and word.group().lower() in g.relative_pronouns:
            return a + comma.start() if comma.start() > 0 else b
    return b


def _region_after_comma(text: str, us: int, m) -> bool:
    """Whether a match's speaker region follows a comma or semicolon rather than opening its
    clause: an aside or participle phrase ("..., who has lived there for seven years, said").

    Example: text "Rina, a trader, said" with the region on "a trader" -> True."""
    return text[us:us + m.start("S")].rstrip().endswith((",", ";"))


def _region_words(text: str, us: int, m) -> tuple[str, int]:
    """The words of a match's speaker region without the punctuation around them, and where
    they start in `text` (-1 where there are none)."""
    region = text[us + m.start("S"):us + m.end("S")].strip(_EDGE)
    return region, text.find(region, us + m.start("S")) if region else -1


_BARE_REGION_WORDS = 3  # words (articles aside) of a speaker region that names an unknown body


_JOINED_GROUP_WORDS = 2  # words of each of two groups joined in one speaker region ("পুলিশ ও পরিবারের সদস্যরা")


@speaker_rule("coordinated_groups")
def coordinated_groups(words: list[str], g: Grammar, rules: list[str] | None = None) -> bool:
    """Whether a bare speaker region too long for one body is two short ones joined by one of the
    pack's `clause_joiners`, each of two words at most ("পুলিশ ও পরিবারের সদস্যরা জানান, ...":
    the police and the family, together; not "newspapers and television channels regularly",
    a clause's subject and its adverb). The rule is appended to `rules`.

    Example: ["স্থানীয়", "বাসিন্দা", "ও", "পরিবারের", "সদস্যরা"] -> True; a five-word name -> False."""
    joins = [i for i, w in enumerate(words) if w.lower() in g.clause_joiners]
    if len(joins) != 1 or not 0 < joins[0] <= _JOINED_GROUP_WORDS or not 0 < len(words) - joins[0] - 1 <= _JOINED_GROUP_WORDS:
        return False
    if rules is not None:
        rules.append("coordinated_groups")
    return True


_BODY_REGION_WORDS = 6  # words of a bare speaker region ending in a body's head word ("জেলা প্রশাসনের ... কমিটি")


@speaker_rule("body_headed_region")
def body_headed_region(words: list[str], g: Grammar, rules: list[str] | None = None) -> bool:
    """Whether a bare speaker region too long for an unknown body's name (four to six words, a
    bracketed initialism after it aside) ends in one of the pack's `body_heads`, the head word of
    a body's name: the whole region is that body, however many words its name has ("জেলা
    প্রশাসনের সৈকত ব্যবস্থাপনা কমিটি জানিয়েছে, ..."). The rule is appended to `rules`.

    Example: ["জাতিসংঘের", "মানবিক", "সহায়তা", "সমন্বয়", "দপ্তর", "(ওচা)"] -> True; a clause of six
    words ending in a verb -> False."""
    named = words[:-1] if len(words) > 1 and words[-1].startswith("(") and words[-1].endswith(")") else words
    if not g.body_heads or not _BARE_REGION_WORDS < len(named) <= _BODY_REGION_WORDS or named[-1] not in g.body_heads:
        return False
    if rules is not None:
        rules.append("body_headed_region")
    return True


@speaker_rule("registry_headed_body", decided=lambda args, actor: actor is not None)
def registry_headed_body(finder: SpeakerFinder, region: str, rules: list[str] | None) -> Actor | None:
    """The actor of a region rule body_headed_region let speak: the registry's body of that name,
    with its head word or one of the pack's `body_head_synonyms` for it ("দপ্তর" / "কার্যালয়"), or
    of the initialism in brackets after it. No provisional body: a name the registry lacks is
    as often a description ("স্থানীয় রিটার্নিং কর্মকর্তার কার্যালয়", "শ্রমিকদের একটি সংগঠন") whose
    speaker is left unnamed, and a romanised description names nobody (dev: the provisional
    names matched no gold speaker and cost speaker precision).

    Example: "জাতিসংঘের মানবিক সহায়তা সমন্বয় দপ্তর (ওচা)" -> OCHA (registry: "... সমন্বয় কার্যালয়");
    "স্থানীয় রিটার্নিং কর্মকর্তার কার্যালয়" -> None."""
    if not rules or "body_headed_region" not in rules:
        return None
    m = regex.match(r"(?P<name>.*?)\s*(?:\((?P<initials>[^()]+)\))?$", region)
    *words, head = m.group("name").split()
    names = [m.group("name")] + [" ".join([*words, other]) for group in finder.g.body_head_synonyms if head in group
                                 for other in sorted(group - {head})] + ([m.group("initials")] if m.group("initials") else [])
    return next((actor for actor in map(finder.resolve, names) if actor is not None), None)


def _counts_people(word: str, g: Grammar) -> bool:
    """Whether `word` opens a group by its count: one of the pack's `group_quantifiers` or
    `number_words`, or a short number in digits ("Three", "Most", "12"; "2024" is a year)."""
    w = word.lower()
    return w in g.group_quantifiers or w in g.number_words or (w.isdigit() and len(w) <= 3)


_PARTITIVE_GROUP_WORDS = 3  # words of the group before its count ("আটক ব্যক্তিদের মধ্যে", "তাদের")


@speaker_rule("partitive_group")
def partitive_group(text: str, us: int, m, g: Grammar) -> Speaker | None:
    """A short region opening its clause with a group in the plural genitive and closing on a word
    counting some of it (the pack's `partitive_quantifiers`: "ব্যবসায়ীদের অনেকে জানান, ...",
    "তাদের অনেকে বলছেন, ...", "আটক ব্যক্তিদের মধ্যে কয়েকজন জানান, ..."), before a cue only a person
    takes: some of those people speak, unnamed. Never a count standing alone, nor a belief such a
    group holds (the pack's `partitive_beliefs`: "শিক্ষাবিদদের অনেকে মনে করেন, ...": what many think,
    nobody's words).

    Example: region "তাদের অনেকে" before "বলছেন" -> Speaker "তাদের অনেকে", no actor."""
    a, b = us + m.start("S"), us + m.end("S")
    words = text[a:b].split()
    if (not g.partitive_quantifiers or not g.person_cue(m.group("C")) or m.start("S") >= m.end("C")
            or _region_after_comma(text, us, m) or not 2 <= len(words) <= _PARTITIVE_GROUP_WORDS + 1
            or words[-1].lower() not in g.partitive_quantifiers
            or m.group("C").split()[0].lower() in g.partitive_beliefs):
        return None
    group = [w for w in words[:-1] if w not in g.postpositions]
    if not group or not any(group[-1].endswith(e) for e in g.plural_genitive_endings):
        return None
    start = a + len(text[a:b]) - len(text[a:b].lstrip())
    end = start + len(text[a:b].strip())
    return Speaker(text=text[start:end], start=start, end=end, actor=None)


@speaker_rule("quantified_group")
def quantified_group(text: str, us: int, m, g: Grammar, finder: SpeakerFinder) -> tuple[Speaker | None, Mention | None]:
    """A short bare region opening its clause with a count of people (the pack's
    `group_quantifiers` or a number: "Most of them", "Some", "Three other factory owners") before
    any cue: people left unnamed speak, with any cue a person takes ("told", "warn"), never a body
    that may only state. The count adds no length; the speaker is the region as written, linked
    to no actor. Never a region after a comma ("..., who has lived there for seven years, said").

    Example: "Three other factory owners told reporters that they had received requests." ->
    a quote whose speaker is "Three other factory owners"."""
    region = text[us + m.start("S"):us + m.end("S")].split()
    if not g.group_quantifiers or not region or not _counts_people(region[0], g):
        return None, None
    if _region_after_comma(text, us, m):  # ("..., for seven years, said": no group)
        return None, None
    rules = ["quantified_group"]
    speaker = _bare_region_speaker(text, us, m, g, finder, rules)
    if speaker is None or speaker.actor is not None:
        return None, None
    return speaker, Mention(speaker.start, speaker.end, speaker.text, "PER", None, plural=True, rules=rules)


@speaker_rule("unnamed_body_statement")
def _bare_region_speaker(text: str, us: int, m, g: Grammar, finder: SpeakerFinder,
                         rules: list[str] | None = None) -> Speaker | None:
    """No known mention in the speaker region: a short nominative region names the speaker
    ("পুলিশ জানায়", "সুইডিশ সম্প্রচারমাধ্যম এসভিটি জানিয়েছে"); a long one means the cue is not
    attributing anything. Only a region that opens its clause: after a comma it is a participle
    phrase or an aside ("Sudani, posting on X, called ..."), unless the report closed before it
    (rule report_before_region). The rules that let a region speak are appended to `rules`
    (for --explain).

    Example: region "the power company" before "said," -> Speaker "the power company"."""
    region, a = _region_words(text, us, m)
    if a >= 0 and m.end("S") <= m.start("C"):  # ("পুলিশ [বিবিসিকে] জানিয়েছে": the addressee aside)
        end = relative_clause_closing_region(text, a, addressee_closing_region(finder, a, a + len(region)), g)
        region = text[a:end].rstrip()
    region, a = author_of_document(region, a, g, rules)
    region, a = adjunct_opening_region(region, a, g, rules)
    after_comma = _region_after_comma(text, us, m)
    if after_comma and not report_before_region(m, region, g):
        return None
    # (an article adds no length: "the global shipping body" is as short as "the power company";
    # nor does a count opening a group of people, rule quantified_group)
    words = [w for w in region.split() if w.lower() not in g.determiners]
    if len(words) > 1 and rules is not None and "quantified_group" in rules and _counts_people(words[0], g):
        words = words[1:]
    if not ((0 < len(words) <= _BARE_REGION_WORDS or coordinated_groups(words, g, rules)
             or body_headed_region(words, g, rules)) and _WORDCH.search(region)):
        return None
    nominative = finder.nominative(a, a + len(region))
    voice = None if nominative else _voice_of_a_non_nominative(text, m, region, a + len(region), g)
    if not nominative and not voice:
        return None
    if rules is not None:
        rules += (["report_before_region"] if after_comma else []) + ([voice] if voice else [])
    if demonym_is_no_country(finder, a, a + len(region), rules):
        return Speaker(text=region, start=a, end=a + len(region), actor=None)
    return Speaker(text=region, start=a, end=a + len(region),
                   actor=finder.resolve_title(region) or finder.known_person(a, a + len(region))
                   or finder.country_body(region) or issuer_named_before(finder, region, a)
                   or issuer_of_document_before(finder, region, a) or finder.person_typed_as_place(a, a + len(region))
                   or finder.body_named_by_its_last_word(region, a) or registry_headed_body(finder, region, rules))


@speaker_rule("nationality_of_last_speaker", decided=lambda args, actor: actor is not None)
def nationality_of_last_speaker(finder: SpeakerFinder, speaker: Speaker, state: _Chain, ui: int) -> Actor | None:
    """A speaker named by nationality alone (rule demonym_is_no_country: "said the Argentine")
    right after a named person spoke, in this sentence or the one before: that person, whom the
    writer names again by nationality. Nobody where no single person spoke just before.

    Example: 'Coach Simeone said his side had competed well. "We were not efficient," said the
    Argentine.' -> Simeone."""
    prev = state.speaker
    if (prev is None or prev.actor is None or state.plural or state.kind not in ("PER", "pronoun", "title")
            or ui - state.unit > _LAST_SPEAKER_UNITS or not demonym_is_no_country(finder, speaker.start, speaker.end)):
        return None
    return prev.actor.model_copy()


@speaker_rule("demonym_is_no_country")
def demonym_is_no_country(finder: SpeakerFinder, a: int, b: int, rules: list[str] | None = None) -> bool:
    """Whether a bare speaker region text[a:b] is a nationality alone after a determiner ("said
    the Argentine", "the Brazilian added"; a demonym the NER typed NORP): a person of that
    country, never the country the registry knows the word as. The speaker is then left unlinked.

    Example: region "the Argentine" over a NORP entity "Argentine" -> True; "the Argentine
    embassy" -> False."""
    words = finder.text[a:b].split()
    if not words or words[0].lower() not in finder.g.determiners:
        return False  # (a bare "Islam" the NER typed NORP is a surname here: "..., Islam said")
    while words and words[0].lower() in finder.g.determiners:
        words = words[1:]
    found = bool(words) and any(e.type == "NORP" and " ".join(e.text.split()) == " ".join(words)
                                and a <= e.start and e.end <= b for e in finder.entities)
    if found and rules is not None:
        rules.append("demonym_is_no_country")
    return found


_ISSUER_CHARS = 1500  # characters back (a paragraph or two) in which a document's first mention names its issuer


@speaker_rule("issuer_named_before", decided=lambda args, found: found is not None)
def issuer_named_before(finder: SpeakerFinder, region: str, a: int) -> Actor | None:
    """A bare document that speaks ("প্রজ্ঞাপনে বলা হয়") after a sentence that named who issued it
    ("জাতীয় রাজস্ব বোর্ডের আয়কর নীতি শাখা থেকে জারি করা এক প্রজ্ঞাপনে ..."; the pack's
    `document_issuers`, the words between an issuer and its document): the first of the bodies
    written together right before those words, the office whose unit issued it
    (`_head_of_last_body_run`). None where no such mention of the
    same document stands a few sentences back, or no body is named before it.

    Example: "X মন্ত্রণালয়ের Y শাখা থেকে জারি করা এক নির্দেশনায় ... । নির্দেশনায় বলা হয়েছে, ..." -> the
    actor of "X মন্ত্রণালয়ের"."""
    g, text = finder.g, finder.text
    if not g.document_issuers or len(region.split()) != 1:
        return None
    lo = max(0, a - _ISSUER_CHARS)
    if text.find(region, lo, a) < 0:   # the document's word is not written before: nothing to compile
        return None
    rx = _issued_document_rx(g.document_issuers, tuple(g.indefinites), region)
    issued = [x for x in rx.finditer(text, lo, a)]
    if not issued:
        return None
    at = issued[-1].start()
    bodies = [x for x in finder.mentions(sentence_start(text, at), at) if x.kind == "ORG"]
    actor = finder.actor_of(_head_of_last_body_run(text, bodies)) if bodies else None
    return actor.model_copy() if actor is not None else None


_ISSUER_GAP = regex.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+[\p{L}\p{M}]+){0,2}?\s+")  # "কর্তৃপক্ষের (বিআইডব্লিউটিএ) এক সংবাদ "


_INTRODUCED_DOCUMENT_LEAD = 600  # characters back in which a document's introduction by its issuer is looked for


@lru_cache(maxsize=8)
def _introducer_gap_rx(introducers: tuple[str, ...]) -> regex.Pattern:
    """What may stand between a body and the document it put out: its initials in brackets (or the
    bracket closing them, the initials being the body named), up to two words (auxiliaries,
    adverbs) and one of the pack's `document_introducers`.

    Example: with "published", " (BPSC) has published " and ") has published " match whole, " said " not."""
    return regex.compile(rf"(?:\s*\([^()]{{1,40}}\)|\))?(?:\s+[\p{{L}}\p{{M}}]+){{0,2}}?\s+(?:{_alt(introducers)})\s+")


@speaker_rule("issuer_of_introduced_document", decided=lambda args, actor: actor is not None)
def issuer_of_introduced_document(finder: SpeakerFinder, region: str, a: int) -> Actor | None:
    """The body that put out the document a speaker region names, where a sentence a few back
    introduced it with an indefinite article right after that body and one of the pack's
    `document_introducers` ("the Public Service Commission (BPSC) has published a circular"):
    that body, not whoever spoke since. None where no such introduction is near.

    Example: "X (BPSC) has published a circular. ... Y said .... The circular reads that ..." -> X."""
    g, text = finder.g, finder.text
    doc = g.document_rx.search(region) if g.document_rx is not None else None
    if doc is None or not g.indefinites or not g.document_introducers or a < 0:
        return None
    head = doc.group().split()[-1]
    intro = list(_indefinite_document_rx(tuple(sorted(g.indefinites)), head).finditer(
        text, max(0, a - _INTRODUCED_DOCUMENT_LEAD), a))
    if not intro:
        return None
    at = intro[-1].start()
    bodies = [x for x in finder.mentions(sentence_start(text, at), at) if x.kind == "ORG" and finder.actor_of(x) is not None]
    if not bodies or _introducer_gap_rx(g.document_introducers).fullmatch(text, bodies[-1].end, at) is None:
        return None
    return finder.actor_of(bodies[-1]).model_copy()


@speaker_rule("issuer_of_document_before", decided=lambda args, actor: actor is not None)
def issuer_of_document_before(finder: SpeakerFinder, region: str, a: int) -> Actor | None:
    """A document speaking that points back at the sentence just before ("এতে বলা হয়", the pack's
    `document_pronouns`; "The press release stated", one of its `documents`), where that sentence
    named a document and who issued it: an organisation in the genitive right before it ("খাদ্য
    মন্ত্রণালয়ের এক সংবাদ বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে।") or opening the sentence as its subject
    ("The ministry said in a statement on Sunday."). None where the sentence before names no
    document, or no organisation with it.

    Example: "খাদ্য মন্ত্রণালয়ের এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়। এতে বলা হয়, ..." -> the actor of
    "খাদ্য মন্ত্রণালয়ের"."""
    g, text = finder.g, finder.text
    if g.document_rx is None or not (region.lower() in g.document_pronouns or _is_document(g, region)):
        return None
    if _new_document(g, region):
        return None  # ("said a press release": a document new to the text, no pointer back)
    here = sentence_start(text, a)
    before = sentence_start(text, max(0, here - 1))
    docs = [d for d in g.document_rx.finditer(text, before, here) if not _WORDCH.match(text, d.start() - 1)]
    if not docs:
        return None
    doc = docs[-1].start()
    bodies = [x for x in finder.mentions(before, doc) if x.kind == "ORG" and finder.actor_of(x) is not None]
    issuer = next((x for x in reversed(bodies) if _ISSUER_GAP.fullmatch(text, x.end, doc)), None)
    if issuer is None and bodies and bodies[0].nominative and _opens_sentence(finder, bodies[0]):
        issuer = bodies[0]
    return finder.actor_of(issuer).model_copy() if issuer is not None else None


@lru_cache(maxsize=1024)
def _issued_document_rx(issuers: tuple[str, ...], indefinites: tuple[str, ...], region: str) -> regex.Pattern:
    """An issuer's words, an optional indefinite, then the document `region` names, compiled once
    per document word (why: issuer_named_before asked for it per speaker region).
    Example: (("থেকে জারি করা",), ("এক",), "প্রজ্ঞাপনে") matches "থেকে জারি করা এক প্রজ্ঞাপনে"."""
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, issuers))})\s+{_optional_words(indefinites)}{regex.escape(region)}")


def _head_of_last_body_run(text: str, bodies: list[Mention]) -> Mention:
    """The first of the bodies written one after the other, with only spaces between, that end the
    list: the office whose unit issued a document ("X মন্ত্রণালয়ের Y শাখা থেকে জারি" -> X), not a body
    named earlier in the sentence for another reason ("দুদকের সুপারিশের পর স্বরাষ্ট্র মন্ত্রণালয় থেকে
    জারি" -> the home ministry, not the commission)."""
    k = len(bodies) - 1
    while k > 0 and not text[bodies[k - 1].end:bodies[k].start].strip():
        k -= 1
    return bodies[k]


@speaker_rule("author_of_document")
def author_of_document(region: str, a: int, g: Grammar, rules: list[str] | None = None) -> tuple[str, int]:
    """A speaker region that names a document and then its author ("a statement issued by the
    education ministry", the pack's `document_author_links`): the author's words, and where
    they start, stand for the region; any other region is returned as it is.

    Example: ("a statement issued by the education ministry", 40) -> ("the education ministry", 63)."""
    m = g.document_author_rx.match(region) if g.document_author_rx is not None and a >= 0 else None
    return _region_after(m, region, a, rules, "author_of_document")


@speaker_rule("adjunct_opening_region")
def adjunct_opening_region(region: str, a: int, g: Grammar, rules: list[str] | None = None) -> tuple[str, int]:
    """A speaker region opening with one or two adjuncts (the pack's `documents`, `name_adjuncts`
    or `adverbs`: "এক শোকবার্তায় মন্ত্রণালয় বলেছে", "ফেসবুক পোস্টে জয় লিখেছেন", "রোববার সিইসি
    বলেন"): the words after them, and where they start, name the speaker; a region that is
    nothing but adjuncts, or opens with none, is returned as it is.

    Example: ("রোববার সিইসি", 10) -> ("সিইসি", 17)."""
    m = g.region_adjunct_rx.match(region) if g.region_adjunct_rx is not None and a >= 0 else None
    return _region_after(m, region, a, rules, "adjunct_opening_region")


def _region_after(m, region: str, a: int, rules: list[str] | None, rule: str) -> tuple[str, int]:
    """The words of a region after a match opening it, and where they start (`rule` noted in
    `rules`); the region as it is where nothing matched or nothing is left after the match."""
    if m is None or m.end() >= len(region):
        return region, a
    if rules is not None:
        rules.append(rule)
    return region[m.end():], a + m.end()


@speaker_rule("source_of_according_to")
def source_of_according_to(m, g: Grammar, region: str) -> bool:
    """Whether the match's speaker region is the source of "according to" (the pack's
    `according_to`) that can speak: a body or group named there by common words ("According to
    the traders, ...", "..., according to the health ministry."), though no grammatical subject,
    where its last word is one of the pack's `according_to_sources` ("the election schedule" or
    "the programme" says nothing).

    Example: the match of "According to the traders, the attack was planned." -> True."""
    last = region.split()[-1].lower() if region.split() else ""
    return (" ".join(m.group("C").lower().split()) in g.according_to and m.start("S") >= m.end("C")
            and last in g.according_to_sources)


def _voice_of_a_non_nominative(text: str, m, region: str, end: int, g: Grammar) -> str | None:
    """The rule by which a speaker region ending at `end` speaks though it is no nominative, in
    the order they are tried (None: it does not speak; the name goes to --explain).

    Example: "সরকারের" before "পক্ষ থেকে বলা হচ্ছে, ..." -> "body_before_behalf"; "মন্ত্রণালয়ের"
    before "এক বিবৃতিতে বলা হয়েছে" -> "genitive_before_document"; "the ministry" after
    "according to" -> "source_of_according_to"."""
    if body_before_behalf(text, end, g):
        return "body_before_behalf"
    if genitive_before_document(text, end, g):
        return "genitive_before_document"
    return "source_of_according_to" if source_of_according_to(m, g, region) else None


@speaker_rule("body_before_behalf")
def body_before_behalf(text: str, end: int, g: Grammar) -> bool:
    """Whether a speaker region ending at `end` stands right before one of the pack's
    `behalf_postpositions` ("পক্ষ থেকে", on behalf of; "থেকে", from): the body speaks through the
    postposition, whose case ("সরকারের পক্ষ থেকে") or object ("কার্যালয় থেকে") it is, though no
    nominative, even where its bare name stands elsewhere in the article ("সরকার ... । সরকারের পক্ষ
    থেকে বলা হচ্ছে, ..."); only the patterns that read such a region reach here.

    Example: ("সরকারের পক্ষ থেকে বলা হচ্ছে, ...", 7) -> True; ("সরকারের নীতি ...", 7) -> False."""
    after = " ".join(text[end:end + 40].split()).lower()
    return any(after == p or after.startswith(p + " ") for p in g.behalf_postpositions)


@speaker_rule("genitive_before_document")
def genitive_before_document(text: str, end: int, g: Grammar) -> bool:
    """Whether a speaker region in the genitive ending at `end` stands right before the document
    it issued, an indefinite of the pack's `indefinites` at most between ("মন্ত্রণালয়ের এক
    বিবৃতিতে বলা হয়েছে, ..."): the issuer speaks in that case, even where its bare name stands
    elsewhere in the article.

    Example: ("মন্ত্রণালয়ের এক বিবৃতিতে বলা হয়েছে, ...", 13) -> True; a region ending in no
    genitive, or followed by no document -> False."""
    if g.document_rx is None or not g.genitive_endings or not text[:end].endswith(g.genitive_endings):
        return False
    words = text[end:end + 60].split()
    if words and words[0].lower() in g.indefinites:
        words = words[1:]
    head = " ".join(words[:3])  # a document's name runs over three words at most ("সংবাদ বিজ্ঞপ্তিতে")
    doc = g.document_rx.match(head)
    return doc is not None and (doc.end() == len(head) or head[doc.end()] == " ")


@speaker_rule("report_before_region")
def report_before_region(m, region: str, g: Grammar) -> bool:
    """Whether the match's reported words close before its speaker region ("..., the food
    ministry said yesterday."): the comma before the region ends the report, so the region
    opens the attribution's own clause, not an aside; unless the region opens with a participle
    (", following the schedule announced on ...": the pack's `participle_endings`).

    Example: the match of "Exports fell, the commerce ministry said." -> True."""
    first = region.split()[0].lower() if region.split() else ""
    return ("X" in m.re.groupindex and m.group("X") is not None and m.end("X") <= m.start("S")
            and not first.endswith(g.participle_endings))


@speaker_rule("surname_of_known_person")
def surname_of_known_person(finder: SpeakerFinder, speaker: Speaker) -> Mention | None:
    """A bare speaker region that is the surname of a person the article named in full before
    (the NER found no name there): that person is the one talking, so a bare quotation or a
    pronoun right after takes them as its speaker. None for any other bare region.

    Example: '"...," Pollack said. "The sides are not talking."' after "Joshua Pollack" -> a
    PER mention of "Pollack": the second quotation is Joshua Pollack's too."""
    if speaker.actor is None or finder.known_person(speaker.start, speaker.end) is None:
        return None
    return Mention(speaker.start, speaker.end, speaker.text, "PER", actor=speaker.actor,
                   rules=["surname_of_known_person"])


def person_the_ner_missed(finder: SpeakerFinder, speaker: Speaker, m, g: Grammar) -> Mention | None:
    """A bare speaker region with no actor before a cue in a person's verb form (the pack's
    `person_cue_endings`) that is all of a name the NER left untagged (rule
    shapeless_name_speaks): the speaker takes that person as its actor, and the mention
    returned keeps the chain on them for a pronoun or quotation after. None otherwise.

    Example: "পেড্রি বলেন, ‘...’ তিনি বলেন, ‘...’" -> a PER mention of "পেড্রি" (Pedri): the
    second quotation is his too."""
    if speaker.actor is not None or not g.person_cue(m.group("C")):
        return None
    speaker.actor = finder.shapeless_name_speaks(speaker.start, speaker.end)
    if speaker.actor is None:
        return None
    return Mention(speaker.start, speaker.end, speaker.text, "PER", actor=speaker.actor, rules=["shapeless_name_speaks"])


def _trace(out: list[Quote], pat: Pattern, mention: Mention | None, speaker: Speaker | None) -> None:
    """What made these quotes, for --explain: the pattern, then each named speaker rule."""
    who = (speaker.actor.name if speaker.actor else speaker.text) if speaker is not None else "-"
    for q in out:
        note(q, "pattern", f"{pat.kind} {pat.index}", pat.template)
        for rule in (mention.rules if mention is not None else ()):
            note(q, "speaker", rule, who)


_CLOSING_MODIFIERS = 4  # words that may qualify a speaker closing its sentence after the cue


def _buried(text: str, a: int, b: int, mention: Mention, found: list[Mention] = (),
            joiners: frozenset[str] = frozenset()) -> bool:
    """Whether a mention in the speaker region after a cue lies inside some other clause
    ("..., said Peskov, who met [Putin]"). One that closes the sentence may follow a few
    modifiers ("... বলে জানিয়েছেন সংগঠনের জ্যেষ্ঠ যুগ্ম সম্পাদক রিনা দাস।"), a body named
    before its title counting as one (rule body_before_closing_title), after other offices of
    the same person joined to the last (rule office_joined_before_closing_name)."""
    before, after = text[a:mention.start].split(), text[mention.end:b]
    if not after.strip(_EDGE + "।.!?\"'”’)"):
        a = office_joined_before_closing_name(text, a, mention, found, joiners)
        return body_before_closing_title(text, a, mention, found) > _CLOSING_MODIFIERS
    return len(before) > 1 or (len(after.split()) > 1 and not after.lstrip().startswith(","))


_JOINED_OFFICES_LEAD = 10  # words of offices joined before a name closing its sentence


@speaker_rule("office_joined_before_closing_name", decided=lambda args, at: at != args[1])
def office_joined_before_closing_name(text: str, a: int, mention: Mention, found: list[Mention],
                                      joiners: frozenset[str]) -> int:
    """Where the last office of a person closing the sentence starts, when other offices of
    theirs come before it joined by a clause joiner of the pack (`clause_joiners`): each earlier
    one ends in a title right before the joiner ("... ঘোষণা দিয়েছেন জেলা আসনে সংসদ সদস্য পদপ্রার্থী
    ও দলের যুগ্ম আহ্বায়ক Y।"), so only the last office's words qualify the name. `a` itself where
    there is no such office, or the lead is longer than `_JOINED_OFFICES_LEAD` words.

    Example: "সংসদ সদস্য পদপ্রার্থী ও দলের যুগ্ম আহ্বায়ক Y" -> the start of "দলের"."""
    if not joiners or len(text[a:mention.start].split()) > _JOINED_OFFICES_LEAD:
        return a
    titles_end = {x.end for x in found if x.kind == "title" and a <= x.start and x.end <= mention.start}
    at = a
    for w in _REGION_WORD.finditer(text, a, mention.start):
        if w.group() in joiners and any(e <= w.start() and not text[e:w.start()].strip() for e in titles_end):
            at = w.end()
    return at


_INITIALS = regex.compile(r"\([^()\s]{1,12}\)")  # a body's initials in brackets: "(বিজিএমইএ)", "(BGMEA)"


@speaker_rule("body_before_closing_title",
              decided=lambda args, n: n < len(args[0][args[1]:args[2].start].split()))
def body_before_closing_title(text: str, a: int, mention: Mention, found: list[Mention]) -> int:
    """How many words qualify a speaker closing its sentence, from the region's start `a` to the
    mention: a body the rules found there (in the genitive, whose office the title is) counts
    as one word, and its initials in brackets as none, since a long body name is one modifier
    of the title however many words it has.

    Example: "বাংলাদেশ পোশাক প্রস্তুতকারক ও রপ্তানিকারক সমিতির (বিজিএমইএ) সহসভাপতি X" before X's
    title -> 1 (seven words as written)."""
    lead = text[a:mention.start]
    for x in sorted(found, key=lambda x: -x.start):
        if x.kind == "ORG" and a <= x.start and x.end <= mention.start:
            lead = lead[:x.start - a] + "B" + lead[x.end - a:]
    return len(_INITIALS.sub(" ", lead).split())


def _resolve(m: Mention, finder: SpeakerFinder, state: _Chain, ui: int, unit_start: int,
             cue: str | None = None) -> Speaker:
    if m.kind == "title":
        speaker = _description(m, finder, state, ui)
        if speaker.actor is not None and (office_of_another_holder(finder, m, speaker.actor)
                                          or asked_not_to_be_named(finder, m)):
            speaker.actor = None
        return speaker
    if m.kind == "body":
        return _body_reference(m, finder, state, ui)
    if m.kind != "pronoun":
        return finder.to_speaker(m)
    speaker = _pronoun_speaker(m, finder, state, ui, unit_start, cue)
    if speaker.actor is not None and asked_not_to_be_named(finder, m):
        speaker.actor = None
    finder.learn_gender(m.text, speaker.actor)
    return speaker


@speaker_rule("asked_not_to_be_named")
def asked_not_to_be_named(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a title or pronoun speaker asks not to be named right after it (the pack's
    `anonymity`: "গণতন্ত্র মঞ্চের এক শীর্ষস্থানীয় নেতা পরিচয় গোপন রাখার অনুরোধ জানিয়ে বলছিলেন",
    "... বলে মনে করেন তিনি। তিনি নাম ছাপতে চাননি"): somebody the article does not name, never
    the person who holds that office or was named before.

    The word right before the anonymity words is whose identity is kept back: a word in the
    genitive other than the speaker's own ("তিনি ভুক্তভোগীদের পরিচয় গোপন রাখার অনুরোধ জানিয়ে
    বলেন", the victims'; "তিনি তাঁদের পরিচয় …", theirs, from one speaker) leaves the speaker named;
    an adverb before the speaker's own word does not ("তিনি আবার নিজের পরিচয় …"); nor does a speech
    cue between them, which reports somebody else's anonymity ("তিনি জানান পরিচয় গোপন রাখার শর্তে
    দুজন সাক্ষী জবানবন্দি দিয়েছেন").

    Example: "ব্যাংকের ট্রেজারি প্রধান পরিচয় গোপন রাখতে বলে জানালেন" at "প্রধান" -> True."""
    rx = finder.g.anonymity_rx
    hit = None if rx is None else rx.match(finder.text, m.end, min(len(finder.text), m.end + 120))
    possessor = hit.group("gap").split()[-1:] if hit is not None else []
    if hit is None or any(_someone_elses(finder.g, w, m.plural) for w in possessor) \
            or finder.g.cue_rx.search(hit.group("gap")):  # "তিনি জানান পরিচয় গোপন রাখার শর্তে দুজন সাক্ষী …": theirs
        return False
    m.rules.append("asked_not_to_be_named")
    return True


def _someone_elses(g: Grammar, word: str, plural_speaker: bool) -> bool:
    """Whether `word` is in the genitive (the pack's `genitive_endings`, with at least one letter
    before the ending: looser than `textutil.has_case_ending`) and not the speaker's own: one of
    `non_subject_words` (the genitive pronouns and "নিজের"), a plural one (`plural_genitive_endings`:
    "তাঁদের", "নিজেদের") only for a plural speaker.
    Example: "ভুক্তভোগীদের", False -> True; "নিজের", False -> False; "তাঁদের", False -> True;
    "তাঁদের", True -> False; "অবশ্য", False -> False."""
    w = word.lower()
    if w in g.non_subject_words:
        return not plural_speaker and any(w.endswith(e) for e in g.plural_genitive_endings)
    return _in_genitive(w, g)


def _in_genitive(word: str, g: Grammar) -> bool:
    """Whether `word` (lower case) ends in one of the pack's `genitive_endings` with at least one
    letter before it. Example: "বিএসএফের" -> True; "একটাই" -> False; "ের" -> False."""
    return any(word.endswith(e) and len(word) > len(e) for e in g.genitive_endings)


def _pronoun_speaker(m: Mention, finder: SpeakerFinder, state: _Chain, ui: int, unit_start: int,
                     cue: str | None) -> Speaker:
    # a pronoun: the speaker of the quote just before, if compatible and nobody else was
    # named as a subject in between; else the most recent person (or, for a plural pronoun,
    # organisation) named as a subject before it
    # a plural pronoun continues a chain but is not guessed from an organisation named earlier
    want = () if m.plural else ("PER",)
    body_they = m.plural and finder.g.may_report("ORG", cue) and body_spoken_of_as_they(finder, state, ui)
    if body_they:
        want = ("ORG",)
        m.rules.append("body_spoken_of_as_they")
    if _chain_holds(m, finder, state, ui, body_they):
        if speaker_goes_on(finder, m):
            return finder.to_speaker(m, state.speaker.actor)
        asked = [x for x in finder.mentions(state.unit_end, m.start)
                 if finder.people.in_body(x.start) and interlocutor(finder, m, x)]
        if asked:  # (the one asked or talked with since answers: "X-কে প্রশ্ন করা হলে তিনি বলেন")
            m.rules += ["interlocutor"] + _title_of_interlocutor_before(finder, asked, asked[-1])
            return finder.to_speaker(m, _antecedent_actor(finder, m, asked[-1]))
        # (a person named deep inside a sentence is an object: "chose to send its treasurer X")
        found = finder.mentions(state.unit_end, unit_start)
        if not m.plural:
            found = sorted(found + finder.unnamed_subjects(state.unit_end, unit_start), key=lambda x: x.start)
        between = [x for x in found
                   if (x.kind in want or titled_subject(finder, m, x) or office_holder_between(finder, m, x, state))
                   and x.nominative and finder.people.in_body(x.start)
                   and (_opens_sentence(finder, x, max(finder.g.speaker_lead_words, _BETWEEN_LEAD_WORDS))
                        or title_opens_sentence(finder, x) or postposed_subject(finder, x))]
        if between:
            return finder.to_speaker(m, _antecedent_actor(finder, m, between[-1]))
        if not m.plural and unnamed_person_since(finder, state.unit_end, unit_start):
            return finder.to_speaker(m, None)  # (the unnamed person brought in since speaks)
        return finder.to_speaker(m, state.speaker.actor)
    # an antecedent is near: a person named pages earlier is not "তিনি" here
    found = finder.mentions(state.window_start, m.start)
    if not m.plural:
        found = sorted(found + finder.unnamed_subjects(state.window_start, m.start), key=lambda x: x.start)
    before = [x for x in found
              if (x.kind in want or titled_subject(finder, m, x)) and (x.nominative or interlocutor(finder, m, x))
              and finder.people.in_body(x.start) and not finder.gender_clash(m.text, finder.actor_of(x))]
    attributed, closing = (False, None) if m.plural else headline_attribution(finder, found, before)
    if attributed:  # (an attribution nobody resolves leaves the pronoun unresolved, never the headline's topic)
        m.rules.append("headline_attribution")
        return finder.to_speaker(m, finder.actor_of(closing))
    if before:
        antecedent = subject_antecedent(finder, before)
        if not m.plural and described_through_another(finder, antecedent):
            return finder.to_speaker(m, None)  # (the relative, or the person the text is about: unsure)
        if not antecedent.nominative:  # (only an interlocutor is let in in the genitive)
            m.rules += ["interlocutor"] + _title_of_interlocutor_before(finder, found, antecedent)
        if antecedent is not before[-1]:
            m.rules.append("subject_antecedent")
        return finder.to_speaker(m, _antecedent_actor(finder, m, antecedent))
    talker = speaker_talks_on(finder, m, state, ui)
    if talker is not None:
        return finder.to_speaker(m, talker)
    return finder.to_speaker(m, body_subject_as_they(finder, m, state, cue) or they_for_a_body_group(finder, m, state))


_HEADLINE_ATTRIBUTION_WORDS = 4  # words of a headline's closing attribution after its colon (": Home adviser")
_NOT_NAME_CHAR = regex.compile(r"[^\p{L}\p{M}\p{N}\s.'’-]")  # punctuation: the tail is a clause, not a name


@speaker_rule("headline_attribution", decided=lambda args, found: found[0])
def headline_attribution(finder: SpeakerFinder, found: list[Mention], before: list[Mention]) -> tuple[bool, Mention | None]:
    """A pronoun in the lede whose every candidate antecedent (if any) stands in the headline, where
    the headline closes on its attribution after a colon ("Govt to complete Hadi murder trial within its
    tenure: Home adviser"): the speaker is whom that attribution names, never a person the
    headline talks about ("Hadi"). (True, the person or title closing the headline), or (False,
    None) where a candidate stands in the body, the headline is out of the pronoun's reach, or it
    has no closing attribution. The tail must read as a name or an office (a person or title the
    finder holds there): "Tarique Rahman returns home: 17 years on" or "ঢাকায় আগুন: নিহত ৫" close on
    no attribution, and the pronoun keeps its antecedent.

    Example: that headline, then '"...," he said' -> (True, the title "Home adviser")."""
    title = _title_span(finder.rec)
    if (title is None or not any(title[0] <= x.start < title[1] for x in found)
            or any(not title[0] <= x.start < title[1] for x in before)):
        return False, None
    colon = finder.text.rfind(":", title[0], title[1])
    tail = finder.text[colon + 1:title[1]]
    if colon < 0 or not 0 < len(tail.split()) <= _HEADLINE_ATTRIBUTION_WORDS or _NOT_NAME_CHAR.search(tail):
        return False, None
    closing = [x for x in found if colon < x.start < title[1] and x.kind in ("PER", "title")]
    if not closing:  # (a tail naming nobody is the headline's own words, not who said it)
        return False, None
    return True, closing[-1]


@speaker_rule("speaker_talks_on", decided=lambda args, found: found is not None)
def speaker_talks_on(finder: SpeakerFinder, m: Mention, state: _Chain, ui: int) -> Actor | None:
    """A singular pronoun that neither the chain nor a subject near it resolves, a few sentences
    (the pack's `pronoun_talk_units`) after a named person spoke, with no person, title or
    name-shaped subject anywhere since but that person again: that person, still talking (the
    sentences between carry on their words: "X বলেন, আজ আমি ... । আমি আশা করছি ... । নারীরা ... ।
    ... তিনি বলেন, ..."). Anybody else named since, even as an object, leaves the pronoun unresolved
    (a group, "কর্মকর্তাদের", is nobody a singular pronoun stands for).

    A pronoun whose clause says the speaker goes on ("তিনি আরও বলেন", rule speaker_goes_on) is
    that person however many sentences of their words came between, on the same condition.

    Example: "করিম বলেন, ... । ... । ... । ... । তিনি বলেন, ..." -> the actor of "করিম"."""
    units = finder.g.pronoun_talk_units
    prev = state.speaker
    own = own_words_units(finder, state, ui)
    told = ui - state.unit - len(own)  # (the speaker's own words are no telling)
    if (not units or m.plural or prev is None or prev.actor is None or state.plural
            or state.kind not in ("PER", "title", "pronoun")
            or (told > units and not _clause_says_goes_on(finder, m))
            or state.quoted_unit > state.unit  # (a quote since went to somebody the chain does not hold)
            or finder.gender_clash(m.text, prev.actor)):
        return None
    since = finder.mentions(state.unit_end, m.start) + finder.unnamed_subjects(state.unit_end, m.start)
    # (the speaker named again, by name or office, is nobody new; "officials", "many" are no "তিনি";
    # an office nobody holds in the speaker's own words is theirs: "আমি মনোনীত প্রার্থী")
    if any(x.kind in ("PER", "title") and not x.plural and not finder.plural_title(x.text)
           and getattr(finder.actor_of(x), "id", None) != prev.actor.id
           and not (x.kind == "title" and finder.actor_of(x) is None and any(a <= x.start < b for a, b in own))
           and not named_in_own_words(finder, x, own)
           for x in since) or unnamed_person_since(finder, state.unit_end, m.start):
        return None
    if told > units:  # (recorded only now that every check let the speaker go on)
        speaker_goes_on(finder, m)
    m.rules.append("speaker_talks_on")
    return prev.actor.model_copy()


@speaker_rule("named_in_own_words")
def named_in_own_words(finder: SpeakerFinder, x: Mention, own: list[tuple[int, int]]) -> bool:
    """Whether a person named since the last speaker stands, in the genitive or the object case,
    inside a sentence of that speaker's own words running on (`own_words_units`): somebody the
    speaker talks about ("আপনারা শুনেছেন ডাক্তার করিমের ঘোষণা"), never a new subject, so
    speaker_talks_on still carries the speaker over that sentence. A person in the nominative
    there, or in a sentence of narration, still stops it.

    Example: "X বলেন, ... । আপনারা শুনেছেন করিমের ঘোষণা। তিনি বলেন" at "করিমের" -> True."""
    return x.kind == "PER" and not x.nominative and any(a <= x.start < b for a, b in own)


@speaker_rule("own_words_units")
def own_words_units(finder: SpeakerFinder, state: _Chain, ui: int) -> list[tuple[int, int]]:
    """The sentences between the last speaker's and the pronoun's own (unit `ui`) that carry a
    first-person word outside quotation marks (the pack's `first_person`), or a second-person one
    addressing the reader or the press (`addressed_person`: narration never does): the speaker's
    own words running on ("X লেখেন, ... । ... আমি মনোনীত প্রার্থী। ... আপনারা জানেন ... । তিনি
    লেখেন"), which speaker_talks_on neither counts among the sentences told about others nor reads
    for somebody new.

    Example: "করিম লেখেন, শুভেচ্ছা। আমি প্রার্থী। আপনারা জানেন। তিনি লেখেন" -> [the spans of
    "আমি প্রার্থী।" and "আপনারা জানেন।"]."""
    rxs = [rx for rx in (finder.g.first_person_rx, finder.g.addressed_person_rx) if rx is not None]
    if not rxs or state.unit < 0:
        return []
    return [(a, b) for a, b in state.units[state.unit + 1:ui] if any(rx.search(finder.text, a, b) for rx in rxs)]


@speaker_rule("unnamed_person_since")
def unnamed_person_since(finder: SpeakerFinder, a: int, b: int) -> bool:
    """Whether text[a:b] brings in a person by trade or part after an indefinite (the pack's
    `indefinites` and `unnamed_person_nouns`): that person, with no name, is whom a singular
    pronoun after stands for, so speaker_talks_on must not carry the speaker before over them.

    Example: "... বাজারে কথা হয় এক ব্যবসায়ীর সঙ্গে। তিনি বলেন" -> True; "এক সপ্তাহের মধ্যে" -> False."""
    rx = finder.g.unnamed_person_rx
    return rx is not None and b > a and rx.search(finder.text, a, b) is not None


@speaker_rule("body_subject_as_they")
def body_subject_as_they(finder: SpeakerFinder, m: Mention, state: _Chain, cue: str | None) -> Actor | None:
    """A plural pronoun with a body's cue (`organisation_cues`: "তারা জানায়", not the people's
    "জানান") after a sentence or two that an organisation opened as its subject, with no person
    opening one since ("বিজিএমইএ রোববার সংবাদ সম্মেলন করে।\n\nতারা জানায়, ..."): that body.
    Only where the pack says its verbs tell a body from people (`they_for_a_subject_body`).

    Example: ORG "বিজিএমইএ" opening the sentence before, then "তারা জানায়, ..." -> that ORG."""
    if not (m.plural and finder.g.they_for_a_subject_body and finder.g.may_report("ORG", cue)):
        return None
    subjects = [x for x in finder.mentions(state.recent_start, m.start)
                if x.kind in ("ORG", "PER") and x.nominative and finder.people.in_body(x.start) and _opens_sentence(finder, x)]
    for x in reversed(subjects):  # (a body's short name in brackets after it may have no actor)
        if x.kind != "ORG":
            return None
        actor = finder.actor_of(x)
        if actor is not None:
            m.rules.append("body_subject_as_they")
            return actor
    return None


@speaker_rule("they_for_a_body_group", decided=lambda args, found: found is not None)
def they_for_a_body_group(finder: SpeakerFinder, m: Mention, state: _Chain) -> Actor | None:
    """A plural pronoun nothing before it resolved, in the sentence of a body's people (the pack's
    `group_members`: "নেতাকর্মীরা", "নেতাকর্মীসহ") or one of the two after it: that body, the last the
    registry knows named before those people in their sentence ("ইনকিলাব মঞ্চের নেতাকর্মীসহ ছাত্র-জনতা
    শাহবাগে অবস্থান নেন। এ সময় তাদের ‘...’ স্লোগান দিতে দেখা যায়": the words are the body's).
    None where no such people stand near, or no known body is named before them.

    Example: "ছাত্রদলের নেতাকর্মীরা টিএসসিতে জড়ো হন। তারা ‘...’ স্লোগান দেন" -> Jatiyatabadi Chhatra Dal."""
    if not m.plural or not finder.g.group_members:
        return None
    people = [w for w in WORD.finditer(finder.text, state.recent_start, m.start) if w.group().lower() in finder.g.group_members]
    if not people:
        return None
    at = people[-1].start()
    bodies = _registered_bodies(finder, sentence_start(finder.text, at), at)
    if not bodies:
        return None
    m.rules.append("they_for_a_body_group")
    return bodies[-1].actor.model_copy()


@speaker_rule("interlocutor")
def interlocutor(finder: SpeakerFinder, m: Mention, x: Mention) -> bool:
    """Whether a person named in the genitive before a comitative ("X-এর সঙ্গে") is the one the
    reporter talked with, in a sentence of the impersonal "talk happened" (the pack's
    `interlocutor_talk`: "কারওয়ান বাজারে কথা হয় সবজি বিক্রেতা X-এর সঙ্গে। তিনি বলেন, ..."): a
    singular pronoun after it may stand for X. That sentence has no subject of its own, so no
    other person competes; "Y, X-এর সঙ্গে বৈঠক করেন" is no such sentence. The caller notes the rule
    on the pronoun once that person is the antecedent chosen, not for every candidate it weighs.

    Example: "কথা হয় আলমগীর হোসেনের সঙ্গে। তিনি বলেন" -> True for "আলমগীর হোসেনের"."""
    return not m.plural and x.kind == "PER" and finder.interlocutor_at(x.start, x.end, x.entity)


def _title_of_interlocutor_before(finder: SpeakerFinder, found: list[Mention], x: Mention) -> list[str]:
    """["title_of_interlocutor"] where a title right before the person asked, `x`, was no subject
    by that rule (else the title would have spoken, or stood for the pronoun), for --explain; []
    where none was.

    Example: "... নির্বাহী কর্মকর্তা রিনা দাসের কাছে জানতে চাইলে তিনি বলেন" and x "রিনা দাসের"
    -> ["title_of_interlocutor"]."""
    asked = x.entity is not None and any(
        y.kind == "title" and y.end <= x.start and not y.nominative and finder.nominative(y.start, y.end)
        and finder.title_of_interlocutor(y.end, [x.entity]) for y in found)
    return ["title_of_interlocutor"] if asked else []


def _chain_holds(m: Mention, finder: SpeakerFinder, state: _Chain, ui: int, body_they: bool) -> bool:
    """Whether a pronoun continues the last speaker: one or two sentences on, of the same
    number, a person for a singular pronoun, and of no clashing gender; a body spoken of as
    "they" (`body_spoken_of_as_they`, which checked the distance) always does."""
    if state.speaker is None or finder.gender_clash(m.text, state.speaker.actor):
        return False
    if body_they:
        return True
    return ui - state.unit <= 2 and state.plural == m.plural and (
        m.plural or state.kind in ("PER", "title", "pronoun") or person_typed_as_body(finder, state))


_GOES_ON_WORDS = 3  # words after a pronoun in which an adverb of going on stands ("তিনি সাংবাদিকদের আরও বলেন")


@speaker_rule("speaker_goes_on")
def speaker_goes_on(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a pronoun's own clause says the speaker goes on (the pack's `continuation_adverbs`
    within a few words after it: "তিনি আরও বলেন", "he further said"): it is the person who spoke
    last, though somebody else opened a sentence in between ("এ সময় পুলিশ সুপার X উপস্থিত
    ছিলেন।").

    Example: "Y বলেন, '...' । এ সময় X উপস্থিত ছিলেন। তিনি আরও বলেন, ..." -> True (Y speaks)."""
    if not _clause_says_goes_on(finder, m):
        return False
    m.rules.append("speaker_goes_on")
    return True


def _clause_says_goes_on(finder: SpeakerFinder, m: Mention) -> bool:
    """speaker_goes_on's test, recording nothing: a caller with checks still to make
    (speaker_talks_on) records the rule only once the pronoun is resolved through it.

    Example: "তিনি আরও বলেন" -> True; "তিনি বলেন" -> False."""
    if not finder.g.continuation_adverbs or m.plural:
        return False
    after = finder.text[m.end:m.end + 80].split()[:_GOES_ON_WORDS]
    return any(w.lower() in finder.g.continuation_adverbs for w in after)


def _antecedent_actor(finder: SpeakerFinder, m: Mention, x: Mention) -> Actor | None:
    """The actor of a pronoun's antecedent; a name the NER missed (unnamed_subject) stands as
    the provisional actor of that name."""
    if "unnamed_subject" in x.rules:
        m.rules.append("unnamed_subject")
        return finder.to_speaker(x).actor
    return finder.actor_of(x)


_BODY_THEY_UNITS = 3  # sentences back in which a plural pronoun finds the body that spoke


@speaker_rule("body_spoken_of_as_they")
def body_spoken_of_as_they(finder: SpeakerFinder, state: "_Chain", ui: int) -> bool:
    """Whether a plural pronoun may stand for the organisation that spoke just before ("The
    commission said ... . 'We regret ...,' they added"; "হাইকমিশন জানিয়েছে ... । তারা
    বলেছে"): news English and Bengali both speak of a body in the plural. Then the
    pronoun takes that body, or a body that opened a sentence in between; only with a cue a
    body may report with (`organisation_cues`: "তারা জানিয়েছে", not the people's "জানিয়েছেন").

    Example: last speaker ORG "WAN-IFRA" one sentence back, then "they added" -> True."""
    actor = state.speaker.actor if state.speaker is not None else None
    if actor is None or ui - state.unit > _BODY_THEY_UNITS or person_typed_as_body(finder, state):
        return False
    # a body the text names as an organisation (a place, or a person the NER typed ORG, is no "they")
    types = {e.type for e in finder.entities if e.actor is not None and e.actor.id == actor.id}
    if types != {"ORG"} and not (state.kind == "body" and not types):
        return False
    if state.kind in ("ORG", "body") and not state.plural:
        return True
    # the chain goes on: "they" that stood for a body a sentence ago
    return state.kind == "pronoun" and state.plural


@speaker_rule("person_typed_as_body")
def person_typed_as_body(finder: SpeakerFinder, state: "_Chain") -> bool:
    """Whether the last speaker, found as an organisation, is a person the article names as
    one elsewhere, or who spoke before named as a person (the NER may type a name ORG:
    "Rahim Uddin added that ..." with ORG "Rahim Uddin", PER "Rahim Uddin" before): "he said"
    after it is that speaker.

    Example: PER "Rahim Uddin" in one sentence, ORG "Rahim Uddin" speaking in the next ->
    True, so a following "he said" continues with Rahim Uddin."""
    actor = state.speaker.actor if state.speaker is not None else None
    if actor is None or state.kind != "ORG":
        return False
    return (actor.id in state.persons or any(e.actor is not None and e.actor.id == actor.id and e.type in PERSON_TYPES for e in finder.entities)
            or (state.mention is not None and office_set_off_after(finder, state.mention)))


@speaker_rule("office_set_off_after")
def office_set_off_after(finder: SpeakerFinder, x: Mention) -> bool:
    """Whether a name the NER typed as an organisation is set off by a comma before one person's
    office ("X, managing director of a re-rolling mill"; a title of the pack's, not plural, right
    after the comma and an optional article): a person holds an office, a body does not, so
    "he said" after X continues with X.

    Example: ORG "Mizanur Rahman Chowdhury" in "said Mizanur Rahman Chowdhury, managing director of
    a mill." -> True."""
    g = finder.g
    after = regex.match(r",\s*", finder.text[x.end:x.end + 3])
    if g.title_rx is None or after is None:
        return False
    words = finder.text[x.end + after.end():x.end + after.end() + 80].split()
    if words and words[0].lower() in g.determiners:
        words = words[1:]
    t = g.title_rx.search(_key(" ".join(words[:_SET_OFF_TITLE_WORDS])))
    return t is not None and not finder.plural_title(t.group("head"))


_SET_OFF_TITLE_WORDS = 2  # words after a name's comma in which a person's office stands ("managing director")


@speaker_rule("titled_subject")
def titled_subject(finder: SpeakerFinder, m: Mention, x: Mention) -> bool:
    """Whether a definite title ("The minister", after "Health Minister Samanta Sen") that
    names a known person may be the antecedent of a singular pronoun, as a name would be: "The
    minister rejected the criticism. '...,' he said." is the minister's, not the last speaker's.

    Example: "the minister" resolving to Samanta Sen, then "he" -> True; "officials" -> False."""
    # (only where an article marks it definite: a bare Bengali title is as often somebody new)
    if (m.plural or x.kind != "title" or x.plural or not finder.g.determiners
            or not finder.definite_description(x.text, x.start)):
        return False
    # a title set off before a name ("the spokesperson, SM Alam, said") is that name's, and one
    # of a named body ("the spokesperson of the ministry") is not the bare office: not this rule's
    rx = finder.g.title_complement_rx
    if any(x.end <= e.start <= x.end + 2 for e in finder.entities) or (rx is not None and rx.match(finder.text, x.end)):
        return False
    actor = finder.actor_of(x)
    return actor is not None and not finder.gender_clash(m.text, actor)


@speaker_rule("office_holder_between")
def office_holder_between(finder: SpeakerFinder, m: Mention, x: Mention, state: _Chain) -> bool:
    """Whether a bare title between the last speaker and a singular pronoun, in a language without
    articles, is somebody new whom the pronoun stands for: a title naming its body in the genitive
    (office_of_own_body) for an office the article never gave the last speaker (titled_otherwise:
    "থানার ওসি" after the victim's father spoke). With the usual checks of the caller (it opens its sentence, in the nominative),
    the pronoun is that office holder, unnamed unless the title resolves, never the father.

    Example: "নিহতের বাবা X বলেন, '...'। থানার ওসি ঘটনার সত্যতা নিশ্চিত করেন। তিনি বলেন, ..." -> True."""
    prev = state.speaker
    if (m.plural or x.kind != "title" or x.plural or finder.g.determiners or prev is None
            or prev.actor is None or getattr(finder.actor_of(x), "id", None) == prev.actor.id):
        return False
    # (the body named in the genitive makes it one office holder: "প্রায় ৩৫ হাজার বিজিবি সদস্য" is a group)
    return office_of_own_body(finder, x) and titled_otherwise(finder, x, prev.actor)


@speaker_rule("subject_antecedent")
def subject_antecedent(finder: SpeakerFinder, before: list[Mention]) -> Mention:
    """The antecedent of a pronoun among the people named before it: the last one who opens
    a sentence (its subject), else the last one named. A person named inside the sentence is
    mostly an object or a possessor ("X expressed shock at the death of Y. '...,' he said": X).

    Example: [X (opens its sentence), Y (deep inside it)] -> X."""
    subjects = [x for x in before if _opens_sentence(finder, x) or postposed_subject(finder, x)]
    return subjects[-1] if subjects else before[-1]


_RELATIVE_LEAD_WORDS = 3  # words after a genitive pronoun that may describe the person ("তার স্বামী জেলে")


@speaker_rule("described_through_another")
def described_through_another(finder: SpeakerFinder, x: Mention) -> bool:
    """Whether a person's sentence opens with a genitive pronoun (the pack's `non_subject_words`)
    and a few words describing the person through it ("তার স্বামী জেলে আলমগীর হোসেন ট্রলারে
    সাগরে গেছেন"): a relative or associate brought in beside somebody the text is about. A later
    singular pronoun that no chain resolves ("কাঁদতে কাঁদতে তিনি বলেন") may be either of them, and
    is left unresolved rather than given to the nearer.

    The word after the pronoun is a relation, the whole word (the pack's `relative_words`; "মা" is
    no beginning of "মাধ্যমে"): "তার আগে কৃষক রহিম মিয়া" (before that) and "নিজের খেতে" (in his
    own field) bring nobody in.

    Example: "তার স্বামী জেলে আলমগীর হোসেন" -> True; "জেলে আলমগীর হোসেন", "তার আগে কৃষক রহিম" -> False."""
    g = finder.g
    lead = finder.text[sentence_start(finder.text, x.start):x.start].split()
    return (1 < len(lead) <= _RELATIVE_LEAD_WORDS + 1 and lead[0].lower() in g.non_subject_words
            and lead[1].lower() in g.relative_words)


_POSTPOSED_LEAD = 6  # words (a title and its modifiers: "ডিকোডস ল্যাব লিমিটেডের সাইবার নিরাপত্তা বিশেষজ্ঞ") between a verb and the subject after it
# (an age in brackets may stand between the name and the stop: "... কারখানা চালান মো. রফিকুল ইসলাম (৪৬)।")
_SENTENCE_CLOSE = regex.compile(r"[\s\"'’”)]*(?:\(\s*\p{Nd}{1,3}\s*\)[\s\"'’”)]*)?(?:[।.!?]|$)")


@speaker_rule("postposed_subject")
def postposed_subject(finder: SpeakerFinder, x: Mention) -> bool:
    """Whether a name closes its sentence right after a finite verb and a title (the pack's
    `postposed_subjects`: "X-এর মৃত্যুতে শোক প্রকাশ করেছেন আইন উপদেষ্টা Y।"): the sentence's
    subject, though it does not open it (X there is a possessor). The verb is a cue or light verb,
    or any verb with a finite ending of the pack's `postposed_subject_endings` ("হাসপাতালে ছুটে
    আসেন তার বড় ভাই Y।").

    Example: "... শোক প্রকাশ করেছেন আইন উপদেষ্টা Y।" with Y nominative -> True."""
    verbs, endings = finder.g.postposed_subject_verbs, finder.g.postposed_subject_endings
    if not verbs or not x.nominative or not _SENTENCE_CLOSE.match(finder.text, x.end):
        return False
    text = finder.text
    lead = text[sentence_start(text, x.start):x.start].split()[-_POSTPOSED_LEAD - 1:]
    if any(c in " ".join(lead) for c in ",;:") or not any(w in verbs or _finite_by_ending(w, endings) for w in lead):
        return subject_after_listed_office(finder, x)
    x.rules.append("postposed_subject")
    return True


def _finite_by_ending(word: str, endings: tuple[str, ...]) -> bool:
    """Whether a word closes on a finite verb's ending of the pack (`postposed_subject_endings`),
    with at least two letters before it (the test of `textutil.has_case_ending`): "আসেন", "পড়েন"
    -> True (with "েন"); "সেন" -> False."""
    return any(has_case_ending(word, e) for e in endings)


_LISTED_OFFICE_LEAD = 10  # words of an office whose bodies are listed, between the verb and the name


@speaker_rule("subject_after_listed_office")
def subject_after_listed_office(finder: SpeakerFinder, x: Mention) -> bool:
    """Whether a name closing its sentence follows a finite verb and a long office whose bodies
    are listed with commas, the last joined by a clause joiner ("... বক্তব্য দেন নৌপরিবহন, শিল্প ও
    বাণিজ্য মন্ত্রণালয়ের সচিব ড. Y।"): the sentence's subject, as in postposed_subject,
    though the commas and the length of the office keep that rule from seeing the verb. A title
    must stand after the last comma, so a list of people ("সম্পাদক X, কোষাধ্যক্ষ Y") is not read so.

    Example: "... বক্তব্য দেন নৌপরিবহন, শিল্প ও বাণিজ্য মন্ত্রণালয়ের সচিব Y।" -> True;
    "... বক্তব্য দেন সম্পাদক X, কোষাধ্যক্ষ Y।" -> False (no joiner after the comma)."""
    text, g = finder.text, finder.g
    words = text[sentence_start(text, x.start):x.start].split()[-_LISTED_OFFICE_LEAD - 1:]
    verb_at = max((i for i, w in enumerate(words) if w in g.postposed_subject_verbs), default=None)
    if verb_at is None:
        return False
    office = " ".join(words[verb_at + 1:])
    tail = office.rsplit(",", 1)
    # (the mention may hold the title itself: "মন্ত্রণালয়ের সচিব ড. Y")
    if (len(tail) < 2 or any(c in office for c in ";:")
            or not any(w in g.clause_joiners for w in tail[1].split())
            or finder.title_head(_key(f"{tail[1]} {text[x.start:x.end]}")) is None):
        return False
    x.rules.append("subject_after_listed_office")
    return True


_DESCRIPTION_UNITS = 8  # sentences back in which a description ("the physician") finds its speaker


def _description(m: Mention, finder: SpeakerFinder, state: _Chain, ui: int) -> Speaker:
    """A description that neither the article's appositions nor the registry resolve ("the
    expert said" after "Rina Paul said ..."; "বোর্ড চেয়ারম্যান আরও জানান" after "করিম হোসেন
    জানান, ...") stands for the person who spoke last, when that was a known person a few
    sentences back. An indefinite one ("a resident", "এক কর্মকর্তা"),
    a group ("officials") or a nameless source ("sources", "সূত্র") stays unresolved."""
    speaker = finder.to_speaker(m)
    if not finder.definite_description(m.text, m.start) and (finder.indefinite(m.start) or indefinite_is_nobody(finder, m)):
        speaker.actor = None  # "সংগঠনটির একজন নেতা": some leader, never the registry's famous one
        return speaker
    if m.plural and speaker.actor is None:
        speaker.actor = group_voice(m, finder) or group_voice_goes_on(m, finder, state, ui)
    if (speaker.actor is not None or m.plural or office_of_body_new_to_the_text(finder, m)
            or "unnamed_antecedent" in m.rules or "office_of_described_body" in m.rules
            or introduced_unnamed(finder, m, state)):
        # (unnamed_antecedent: it points back at somebody brought in unnamed; office_of_described_body:
        # the holder of an office of a body the text only describes is somebody new)
        return speaker
    if not finder.definite_description(m.text, m.start):
        if _points_back(finder, m):
            speaker.actor = described_subject(m, finder, state) or described_last_speaker(m, finder, state, ui)
        return speaker
    prev = state.speaker
    if (prev is not None and prev.actor is not None and state.kind in ("PER", "title", "pronoun")
            and not state.plural and ui - state.unit <= _DESCRIPTION_UNITS):
        if not titled_otherwise(finder, m, prev.actor):
            speaker.actor = prev.actor.model_copy()
        return speaker
    if unnamed_speaker_goes_on(finder, m, state, ui):
        return speaker
    speaker.actor = described_subject(m, finder, state)
    if speaker.actor is not None and titled_otherwise(finder, m, speaker.actor):
        speaker.actor = None
    return speaker


@speaker_rule("unnamed_speaker_goes_on")
def unnamed_speaker_goes_on(finder: SpeakerFinder, m: Mention, state: _Chain, ui: int) -> bool:
    """Whether a definite description names again the unnamed title that spoke just before
    (the same title head, within `_LAST_SPEAKER_UNITS` sentences): "Motihar Police Station OC
    told reporters that ... . '...,' the OC said." goes on with that nameless OC, never with a
    person named as a sentence's subject a little earlier (rule described_subject).

    Example: "The station OC told reporters that X was held. '...,' the OC said." -> True."""
    prev = state.mention
    if (prev is None or state.speaker is None or state.speaker.actor is not None or prev.kind != "title"
            or ui - state.unit > _LAST_SPEAKER_UNITS):
        return False
    head = (finder.title_head(_key(m.text)) or "").split()
    # (the last word heads the earlier title: "police" opens "Motihar Police Station OC")
    if not head or _key(prev.text).split()[-1:] != head[-1:]:
        return False
    m.rules.append("unnamed_speaker_goes_on")
    return True


@speaker_rule("titled_otherwise")
def titled_otherwise(finder: SpeakerFinder, m: Mention, actor: Actor) -> bool:
    """Whether a bare title that no apposition resolved ("জেলা প্রশাসক বলেন") would go to a person
    the article named with other offices only ("বিএনপির মহাসচিব X"): then it is somebody new, not
    the person who spoke or acted last. Only in a language without articles, where a bare title
    is as often somebody new as somebody named. A person named bare, or once with this office (the
    same title word, a compound of it: "পররাষ্ট্রমন্ত্রী" for "মন্ত্রী", or one of the pack's
    `office_synonyms`), may still be meant; so may anybody by a title that is also an adjective
    ("প্রধান", chief of anything) or one pointed back at ("সাবেক এই নির্বাচন কর্মকর্তা", the pack's
    `demonstratives`). A person named with no office at all is not meant by a title that says whose
    office it is (office_of_own_body: "থানার ওসি" after the victim's father).

    Example: "বিএনপির মহাসচিব X ... । জনসভা শেষে জেলা প্রশাসক বলেন, ‘...’" -> True for X."""
    g = finder.g
    head = finder.title_head(_key(m.text))
    if g.determiners or not head or head in g.adjective_titles or _pointed_back(finder, m):
        return False
    offices = [k for _, k, a in finder.appositions if a.id == actor.id]
    if not offices:
        if not (office_of_own_body(finder, m) or office_new_to_a_bare_name(finder, m)):
            return False
        m.rules.append("titled_otherwise")
        return True
    group = g.office_group(head) or frozenset({head})
    for k in offices:
        if finder.other_rank_of_office(k, head):  # "উপপরিচালক X" does not hold "পরিচালক"
            continue
        for t in g.title_rx.finditer(k):
            h = _key(t.group("head"))
            if (h in group or h.endswith(" " + head) or head.endswith(" " + h)  # ("প্রধান কোচ" holds "কোচ")
                    or finder.compound_office(h, head) or finder.compound_office(head, h)):
                return False
    m.rules.append("titled_otherwise")
    return True


@speaker_rule("office_new_to_a_bare_name")
def office_new_to_a_bare_name(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a bare title ("পুলিশ সুপার বলেন"), after a person the article gave no office,
    speaks with no word saying the speaker goes on (the pack's `continuation_adverbs` right after
    it): a farmer, a mother or a student quoted before is not the police superintendent of the
    next sentence, who is somebody new; unresolved is better than that wrong person. With such a
    word ("বোর্ড চেয়ারম্যান আরও জানান") the person named bare may go on under an office.

    Example: "স্থানীয় কৃষক আবদুল জলিল বলেন, '...' । কৃষি কর্মকর্তা বলেন, ..." -> True;
    "করিম হোসেন জানান, ... । বোর্ড চেয়ারম্যান আরও জানান, ..." -> False."""
    return not _clause_says_goes_on(finder, m)


_NUMERAL = regex.compile(r"\p{N}")
_OWN_BODY_LEAD_WORDS = 3  # words before a description's title in which the body whose office it is may stand


@speaker_rule("office_of_own_body")
def office_of_own_body(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a bare description says whose office it is, a body or place in the genitive (the
    pack's `genitive_endings`) among its own words or just before them ("জেলা কৃষি সম্প্রসারণ
    অধিদপ্তরের উপপরিচালক বলেন", "পঞ্চগড়ের জেলা প্রশাসক জানান"): the holder of that office, not a
    farmer or relative the article named with no office before, unless the clause says the speaker
    goes on ("আরও"). A word pointing back ("দলের", "দেশটির", "ওই") or a title's own word is no body.

    Example: "কৃষক X বলেন, ... । হাসপাতালের উপপরিচালক বলেন, ..." -> True; "উপপরিচালক আরও বলেন" -> False."""
    g, key = finder.g, _key(m.text)
    head = finder.title_head(key)
    if not g.genitive_endings or not head or _clause_says_goes_on(finder, m):
        return False
    lead_start = max(sentence_start(finder.text, m.start, _CLAUSE_STOPS), 0)
    lead = finder.text[lead_start:m.start].split()[-_OWN_BODY_LEAD_WORDS:]
    own = key[: key.rfind(head)].split()
    words = [w.lower() for w in lead + own]
    for i, w in enumerate(words):
        # (a word after a numeral counts, it names no body: "৩৫ হাজার বিজিবি সদস্য")
        counted = i > 0 and _NUMERAL.search(words[i - 1]) is not None
        if (w.endswith(g.genitive_endings) and not counted and w not in g.referring_modifiers
                and w not in g.demonstratives and not finder.title_head(w)):
            return True
    return False


@speaker_rule("office_of_another_holder")
def office_of_another_holder(finder: SpeakerFinder, m: Mention, actor: Actor) -> bool:
    """Whether a description qualifies its title with a word that none of the offices the article
    gave `actor` holds, while one of them qualifies the same title otherwise ("The law adviser
    also stated" after "Education Adviser X said"): the holder of another office, not X. The
    qualifier may stand before the title's match, after its article ("The [law] adviser"); a
    grading word (the pack's `referring_modifiers`: "the senior leader") names no other office.

    Example: "Education Adviser X said ... . The law adviser said ..." -> True for X."""
    g, head = finder.g, finder.title_head(_key(m.text))
    if not head or not g.determiners:
        return False
    s0 = sentence_start(finder.text, m.start)
    named = [(e.start, e.end) for e in finder.entities]  # a body's name ("the Jamaat secretary general") is no office
    own = [(_key(w.group()), w.start()) for w in _REGION_WORD.finditer(finder.text, m.start, m.start + len(m.text))]
    words = own if own and own[0][0] in g.determiners else _qualifiers_after_article(finder, s0, m.start) + own
    no_office = g.determiners | g.referring_modifiers | g.past_holder_words
    endings = g.possessive_endings
    words = [(without_possessive(w, endings), at) for w, at in words]
    qualifiers = {w for w, at in words[:-len(head.split())] if w.isalpha() and w not in no_office
                  and not any(a <= at < b for a, b in named) and not _ACRONYM.match(finder.text, at)}
    if not qualifiers:
        return False
    offices = [_office_words(finder, p, k) for p, k, a in finder.appositions
               if a.id == actor.id and finder.title_head(k) == head]
    if not any(len(k) > len(head.split()) for k in offices) or any(qualifiers <= set(k) for k in offices):
        return False
    m.rules.append("office_of_another_holder")
    return True


def _office_words(finder: SpeakerFinder, at: int, key: str) -> list[str]:
    """The words of an office a person was named with: the title's key and the few words of its
    noun phrase before it, where the title pattern matched only the head ("Youth and sports
    [adviser] X": a description "the port adviser" must find "port" among them, a whole word).
    The phrase stops at a clause break: "At the law ministry, home adviser X said" gives X no
    law office.

    Example: "Youth and sports adviser X said", the key "adviser" -> ["youth", "and", "sports",
    "adviser"]; "At the law ministry, home adviser X" -> ["home", "adviser"]."""
    lead = [_key(w) for w in title_phrase_words(finder.text, sentence_start(finder.text, at), at)]
    lead += finder.portfolio_words(at, key)  # "the adviser [for home affairs]": a portfolio after it
    return [without_possessive(w, finder.g.possessive_endings) for w in lead + key.split()]


def _qualifiers_after_article(finder: SpeakerFinder, s0: int, at: int) -> list[tuple[str, int]]:
    """The plain words between an article and a title's match at `at` (at most
    `_QUALIFIER_WORDS`, with their offsets), or none where no article opens them.

    Example: "The law [adviser]" -> [("law", 4)]; "hostage," [the adviser]" -> []."""
    endings = finder.g.possessive_endings  # "the men's [coach]": a possessive qualifies it too
    lead = [(without_possessive(_key(w.group()), endings), w.start())
            for w in _REGION_WORD.finditer(finder.text, s0, at)][-_QUALIFIER_WORDS - 1:]
    for i in range(len(lead) - 1, -1, -1):
        if lead[i][0] in finder.g.determiners:
            return lead[i + 1:]
        if not lead[i][0].isalpha():
            return []
    return []


_ACRONYM = regex.compile(r"\p{Lu}{2,}\b")  # "the US chargé", "the BNP secretary": a country's or body's short name, no office
_QUALIFIER_WORDS = 2  # words between an article and a title's match that qualify it ("the [law] adviser")
_POINTING_WORDS = 3  # words before a title in which a demonstrative points it back ("সাবেক এই নির্বাচন")


def _pointed_back(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a demonstrative of the pack's (`demonstratives`) stands in the title mention or
    among the last few words of its sentence before it: the title points back at somebody named.

    Example: title "নির্বাচন কর্মকর্তা" in "সাবেক এই নির্বাচন কর্মকর্তা বলেন" -> True; in "জনসভা শেষে
    নির্বাচন কর্মকর্তা বলেন" -> False."""
    if not finder.g.demonstratives:
        return False
    lead = finder.text[sentence_start(finder.text, m.start):m.start].split()[-_POINTING_WORDS:]
    return any(w.lower() in finder.g.demonstratives for w in lead + m.text.split())


@speaker_rule("introduced_unnamed")
def introduced_unnamed(finder: SpeakerFinder, m: Mention, state: _Chain) -> bool:
    """Whether a definite description ("the spokesperson") points back at somebody the text
    brought in without a name after the last speaker spoke: the last earlier mention of its
    title is indefinite ("a State Department spokesperson reaffirmed ...") and no name stands
    beside it. That person stays unnamed, never the person who spoke before. (Where somebody
    spoke after it, "a UN expert ... Irene Khan said ... The expert called", the description
    goes on with that speaker; only where the language has articles: a bare title in Bengali
    is as often somebody already named.)

    Example: "Trump said ... . A State Department spokesperson said ... . '...,' said the
    spokesperson." -> True; "X, a senior official, said ... . The official added" -> False."""
    if not finder.g.determiners:
        return False
    head = finder.title_head(_key(m.text))
    if not head:
        return False
    # (not after "X, a senior official of the ministry": that official has a name)
    start = finder.unnamed_introduction(head, m.start)
    if start is None:
        return False
    if state.speaker is not None and start < state.unit_end:
        return False
    m.rules.append("introduced_unnamed")
    return True


_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}'’-]*")


@speaker_rule("office_of_body_new_to_the_text")
def office_of_body_new_to_the_text(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a description's title belongs to a named body the text has not named before
    ("The head of Doctors Without Borders told the council ..." after UNICEF's director
    spoke): the office holder of that body is somebody new, never the person who spoke last.

    Example: "The head of Doctors Without Borders (MSF) told" with no "Doctors Without
    Borders" earlier -> True; "The president of DRU said" after "DRU president X" -> False."""
    complement = finder.office_of_named_body(m.end)
    if not complement:
        return False
    name = " ".join(_CAPITALISED.findall(complement.split("(")[0]))
    if not name or name in finder.text[:m.start]:
        return False
    m.rules.append("office_of_body_new_to_the_text")
    return True


_LAST_SPEAKER_UNITS = 1  # sentences back in which a modified description finds the person who spoke


@speaker_rule("described_last_speaker")
def described_last_speaker(m: Mention, finder: SpeakerFinder, state: _Chain, ui: int) -> Actor | None:
    """A modified definite description right after a person spoke, with nobody opening a
    sentence in between ("Mahfuj Alam also announced that ... . In a Facebook post, the former
    information and broadcasting adviser wrote: ..."): that person, the one the reader has in mind.

    Example: person X spoke in the sentence before, then "the former adviser wrote" -> X."""
    prev = state.speaker
    # (a person named, not a title: "the military spokesperson" after "the US Chargé d'Affaires"
    # spoke is somebody else; "he" standing for a named person is that person)
    named = state.mention if state.kind == "PER" else pronoun_named_person(finder, state, m.start)
    if (prev is None or prev.actor is None or named is None or state.plural
            or ui - state.unit > _LAST_SPEAKER_UNITS):
        return None
    if not _title_agrees(finder, named, m):
        return None  # named with another office: "Guild Ameer X said ... . The Port chief said"
    m.rules.append("described_last_speaker")
    return prev.actor.model_copy()


@speaker_rule("pronoun_named_person", decided=lambda args, found: found is not None)
def pronoun_named_person(finder: SpeakerFinder, state: _Chain, before: int) -> Mention | None:
    """The last mention naming the person a singular pronoun or description of the chain stands
    for (English only: a language with articles), so that a description after "he said" or after
    "the Jamaat leader said" is checked against that person's title; None where the chain holds
    no such reference or the name is not found.

    Example: '"...," said Chaudhry. "...," he said. The military spokesperson said ...' -> the
    mention "Chaudhry"; 'X said, "...". The party leader said, "...". The senior party leader
    said that ...' -> the mention "X"."""
    if (state.kind not in ("pronoun", "title") or state.plural or state.speaker is None
            or state.speaker.actor is None or not finder.g.determiners):
        return None
    wanted = state.speaker.actor.id
    named = (x for x in reversed(finder.mentions(0, before)) if x.kind == "PER")
    return next((x for x in named if getattr(finder.actor_of(x), "id", None) == wanted), None)


_DESCRIPTION_LEAD = 5  # words of a description before its title ("the former information and broadcasting adviser")


def _points_back(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a modified description opens with a definite article ("The BNP leader",
    "the former information and broadcasting adviser"): somebody the text has named (in a
    language without articles `definite_description` alone decides; a nameless source
    ("the local sources") points at nobody)."""
    dets = [w for w in finder.g.determiners if w not in finder.g.indefinites]
    head = (finder.title_head(_key(m.text)) or "").split()
    if not dets or not head or head[-1] in finder.g.anonymous_titles:
        return False
    lead = [w.lower() for w in _description_words(finder, m)]
    if not lead or lead[0] not in dets:
        return False
    # (a body's own officer, "the ministry's expert", is somebody new, never the person named before)
    if any(w.endswith(finder.g.possessive_endings) for w in lead[1:-1]):
        return False
    return len(lead) <= _DESCRIPTION_LEAD + 1


def _description_words(finder: SpeakerFinder, m: Mention) -> list[str]:
    """The words of a description from its clause's start to its title ("the former water and
    harbour adviser"; the title pattern may have matched only "adviser"). Without articles to
    open it ("পরে উপদেষ্টা বলেন") the description is the title's own words. A closing quotation
    mark left after the comma that closes a quotation is no word of it ('"...," the left-arm pacer
    said': "the left-arm pacer")."""
    if not finder.g.determiners:
        return m.text.split()
    words = (finder.text[_clause_start(finder.text, m.start):m.start] + " " + m.text).split()
    return [w for w in words if _WORD_CHAR.search(w)]  # (a quotation mark alone is no word)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: just after the last sentence stop, comma, semicolon
    or colon before it (0 where there is none).

    Example: "At a meeting, BNP member X said", `at` on "BNP" -> the index of the space before "BNP"."""
    return sentence_start(text, at, _CLAUSE_STOPS)


def _title_agrees(finder: SpeakerFinder, x: Mention, m: Mention) -> bool:
    """Whether a person named with a title ("Guild Ameer Rafiq Moor") may be a description's
    referent: both are past holders or neither is, and every modifier of the description is
    in that title ("the Port chief", "the military spokesperson" are some other office); a
    person named bare has no title to disagree.

    Example: "Guild Ameer Rafiq Moor" and "The Port chief" -> False."""
    if x.name is None or x.name[0] <= x.start:
        return True
    title = _title_words_before_name(finder, x)
    words = _description_words(finder, m)[:-1]
    past = finder.g.past_holder_words
    if any(w.lower() in past for w in words) != any(w in past for w in title.split()):
        return False  # "the former adviser" is not "Chief adviser X"; nor the other way round
    modifiers = [w.lower() for w in words if w.lower() not in finder.g.determiners and w.lower() not in past
                 and not referring_modifier(finder.g, w)]
    title_words = set(_title_word_forms(title, finder.g.possessive_endings))
    return all(without_possessive(w, finder.g.possessive_endings) in title_words
               or body_named_by_kind_in_title(finder, w, title, x.start) for w in modifiers)


@speaker_rule("office_agrees", decided=lambda args, ok: not ok)
def office_agrees(finder: SpeakerFinder, x: Mention, m: Mention) -> bool:
    """Whether a person named with a title may be what a description's own office word calls
    them: the description's head (its last word, or one of the pack's `office_synonyms` of it)
    is a word of the title they were named with. In a language with articles a person brought
    in as "ward-level leader X" is not "the officer-in-charge" who speaks next; a person named
    bare has no office to disagree, nor does a description by one of the pack's `generic_titles`
    ("the NCP leader" for its convener); in a language without articles the rule stays out.

    Example: "Chhatra Dal's ward-level leader X" and "the officer-in-charge" -> False; "Home
    Adviser X" and "the adviser", "Director General X" and "the DG" (initialism_of_office) -> True."""
    if not finder.g.determiners or x.name is None or x.name[0] <= x.start:
        return True
    head = (finder.title_head(_key(m.text)) or "").split()
    if not head or head[-1] in finder.g.generic_titles:  # ("the BNP leader": any office of the party)
        return True
    named = _title_words_before_name(finder, x)
    title = set(_title_word_forms(named, finder.g.possessive_endings))
    if title & (finder.g.office_group(head[-1]) or {head[-1]}):
        return True
    # ("Fire Service Director General X" ... "The DG": the initials of some of its words)
    words = named.split()
    return any(finder.initialism_of_office(" ".join(words[i:j]), m.text)
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _title_word_forms(title: str, endings: tuple[str, ...]) -> list[str]:
    """The words of a title a description's modifier must equal (a whole word, not a part of one:
    "port" is not in "sports adviser", "law" not in "lawmaker"): each word with its possessive
    cut, and each part of a hyphenated word ("jamaat" of "jamaat-e-islami").
    Example: ("jamaat-e-islami women's wing chief ", ("'s",)) -> ["jamaat-e-islami", "jamaat",
    "e", "islami", "women", "wing", "chief"]."""
    forms = []
    for word in title.split():
        word = without_possessive(word, endings)
        forms.append(word)
        if "-" in word:
            forms.extend(part for part in word.split("-") if part)
    return forms


@speaker_rule("body_named_by_kind_in_title")
def body_named_by_kind_in_title(finder: SpeakerFinder, word: str, title: str, before: int) -> bool:
    """Whether a description's modifier names a body (an entity linked to it, named before the
    person) that the person's title called by its kind only (the pack's `body_reference_kinds`:
    "party standing committee member X" after the BNP was named, then "The BNP leader said"):
    the title's "party" is that party, so the modifier agrees. The body must be of the kind:
    its name holds the kind's word, or its sector is listed for it.

    Example: title "party standing committee member ", modifier "bnp" with BNP (PTY) named
    before -> True; modifier "port" -> False."""
    endings = finder.g.possessive_endings
    title_words = possessive_as_modifier(title, endings).split()
    word = without_possessive(word, endings)
    nouns = {key.split()[-1]: sectors for key, sectors in finder.g.body_reference_kinds.items()}
    kinds = [(noun, sectors) for noun, sectors in nouns.items() if noun in title_words]
    if not kinds:
        return False
    named = [e for e in finder.entities if e.start < before and e.actor is not None
             and not _unregistered(e.actor)
             and any(body_of_kind(e.actor, noun, sectors) for noun, sectors in kinds)]
    if any(word in possessive_as_modifier(_key(e.text), endings).split() for e in named):
        return True  # "awami" of "The Awami League leader" after "the Awami League"
    actor = finder.resolve(word)  # "NCP" after "the National Citizen Party"
    return actor is not None and any(e.actor.id == actor.id for e in named)


def _title_words_before_name(finder: SpeakerFinder, x: Mention) -> str:
    """The words a person was named with, from the clause's start to the name, lowercased: the
    title pattern may have matched only the head ("convener" of "NCP senior joint convener X"),
    and the body's name before it is part of the title a description must agree with ("the NCP
    leader"). A clause starts after a sentence stop, a comma, a semicolon or a colon.

    Example: "At a meeting, BNP standing committee member X said" -> "bnp standing committee member "."""
    return finder.text[_clause_start(finder.text, x.start):x.name[0]].lower()


@speaker_rule("referring_modifier")
def referring_modifier(g: Grammar, word: str) -> bool:
    """Whether a description's modifier points back at a body named before (the pack's
    `referring_modifiers`: "দলটির মহাসচিব বলেন" after "বিএনপির মহাসচিব X"): it agrees with any
    body the person's title named, so it does not make the description somebody else.

    Example: "দলটির" with দলটির listed -> True; "বন্দরের" -> False."""
    return word.lower() in g.referring_modifiers


_SUBJECT_UNITS = 2  # sentences back in which a description with no speaker before it finds its subject


@speaker_rule("described_subject")
def described_subject(m: Mention, finder: SpeakerFinder, state: _Chain) -> Actor | None:
    """A definite description that follows no speaker ("Salahuddin Ahmed announced the
    programme at a press conference. The BNP leader said that ..."): the person who opened
    one of the sentences just before as its subject, the one the reader has in mind; or the
    person heard or talked with there, whose words the sentence brings in (rule interlocutor:
    "তবে ভিন্ন সুর শোনা গেছে নাহিদ ইসলামের মুখে। এনসিপির এই আহ্বায়ক বলেন, ...").

    Example: "X announced the plan. The leader said ..." -> X."""
    before = [x for x in finder.mentions(state.recent_start, m.start)
              if x.kind == "PER" and finder.people.in_body(x.start)
              and ((x.nominative and _opens_sentence(finder, x) and not subject_of_report(finder, x))
                   or subject_closing_sentence(finder, x) or interlocutor(finder, m, x))]
    if not before or not _title_agrees(finder, before[-1], m) or not office_agrees(finder, before[-1], m):
        return None
    actor = finder.actor_of(before[-1])
    if actor is None:
        return None
    m.rules.append("described_subject")
    return actor.model_copy()


@speaker_rule("subject_closing_sentence")
def subject_closing_sentence(finder: SpeakerFinder, x: Mention) -> bool:
    """Whether a person named at the close of a sentence is its subject after the verb (rule
    postposed_subject: "আফ্রিকান নেশনস কাপে খেলছেন রাকিব হাসান।"): the person the reader has in
    mind, for a description in the next sentence or two as much as one who opens a sentence is
    (rule described_subject: "... কারণ জানালেন রাকিব। এই প্রসঙ্গে কিপার বলেছেন, ..." -> Rakib).

    Example: "... খেলছেন রাকিব হাসান।" at "রাকিব হাসান" -> True; "রাকিব হাসানের বাড়িতে ..." -> False."""
    if not postposed_subject(finder, x):
        return False
    x.rules.append("subject_closing_sentence")
    return True


@speaker_rule("subject_of_report")
def subject_of_report(finder: SpeakerFinder, x: Mention) -> bool:
    """Whether a name after a few words of its sentence is no subject of it: a cue stands in the
    words before it ("Officials said Eliyas claimed ...": the subject of what somebody reports), or
    a finite verb of the pack's `clause_verbs` ("The arrestees were identified as Nur Mohammad":
    an object). A description later ("the media officer said") never points back at that person.

    Only in a language with articles (the pack's `determiners`), whose subject opens its clause.

    Example: "Officials said Eliyas claimed to be a resident" at "Eliyas" -> True."""
    if not finder.g.determiners:
        return False
    lead = finder.text[sentence_start(finder.text, x.start):x.start]
    verbs = {w.lower() for w in WORD.findall(lead)} & finder.g.clause_verbs
    if not verbs and (finder.g.cue_rx is None or finder.g.cue_rx.search(lead) is None):
        return False
    x.rules.append("subject_of_report")
    return True


@speaker_rule("group_voice")
def group_voice(m: Mention, finder: SpeakerFinder) -> Actor | None:
    """A group of a named body that speaks for it ("বিএনপির নেতারা বলে এসেছেন", the pack's
    `group_voices`; English lists none, its "BNP leaders said" being people left unnamed): that
    body, where the registry knows it. Its officials or sources stay nobody: not its voice.

    Example: "বিএনপির নেতারা" with ORG "বিএনপির" -> Bangladesh Nationalist Party."""
    head = (finder.title_head(_key(m.text)) or "").split()
    if not head or head[-1] not in finder.g.group_voices:
        return None
    bodies = _registered_bodies(finder, m.start, m.end)
    if not bodies:
        return group_of_body_referred_back(m, finder)
    if len({e.actor.id for e in bodies}) != 1:
        return None
    m.rules.append("group_voice")
    return bodies[0].actor.model_copy()


_GROUP_GOES_ON_UNITS = 2  # sentences after a body spoke through its group in which the bare group still is it


@speaker_rule("group_voice_goes_on", decided=lambda args, found: found is not None)
def group_voice_goes_on(m: Mention, finder: SpeakerFinder, state: "_Chain", ui: int) -> Actor | None:
    """A bare group of the pack's `group_voices`, with no body of its own ("নেতারা আরও বলেন"),
    a sentence or two after a body spoke through its group ("ছাত্রশিবিরের নেতারা বলেন, ...",
    rule group_voice): the same group, so that body. Any other last speaker (a person, a body
    that spoke by its own name) leaves the bare group nobody.

    Example: "ছাত্রশিবিরের নেতারা বলেন, '...' নেতারা আরও বলেন, '...'" -> Bangladesh Islami Chhatra
    Shibir for the second."""
    words = m.text.lower().split()
    prev = state.mention
    if (len(words) != 1 or words[0] not in finder.g.group_voices or prev is None or "group_voice" not in prev.rules
            or state.speaker is None or state.speaker.actor is None or ui - state.unit > _GROUP_GOES_ON_UNITS):
        return None
    m.rules.append("group_voice_goes_on")
    return state.speaker.actor.model_copy()


@speaker_rule("group_of_body_referred_back", decided=lambda args, found: found is not None)
def group_of_body_referred_back(m: Mention, finder: SpeakerFinder) -> Actor | None:
    """A group that speaks for a body its genitive points back at (the pack's
    `referring_modifier_sectors`: "দলটির নেতারা", the party's leaders): the nearest body of that
    sector named in the group's sentence or the one before, where the registry knows it; a body
    of another sector ("... প্রতিনিধিদল ইসিতে যায়", the commission) is no party.

    Example: "জামায়াতে ইসলামীর একটি প্রতিনিধিদল ইসিতে যায়। দলটির নেতারা ... বলে জানান" -> Bangladesh
    Jamaat-e-Islami."""
    words = m.text.split()
    sectors = finder.g.referring_modifier_sectors.get(words[0].lower()) if len(words) > 1 else None
    if not sectors:
        return None
    since = sentence_start(finder.text, max(0, sentence_start(finder.text, m.start) - 1))
    bodies = [e for e in _registered_bodies(finder, since, m.start) if e.actor.sector in sectors]
    return max(bodies, key=lambda e: e.start).actor.model_copy() if bodies else None


def _registered_bodies(finder: SpeakerFinder, a: int, b: int) -> list:
    """The entities within text[a:b] that are no person and that the registry knows (no
    provisional "new:" actor), in the article's order: the bodies group_voice and
    group_of_body_referred_back may give a group's words to."""
    return [e for e in finder.entities if a <= e.start and e.end <= b and e.type not in PERSON_TYPES
            and e.actor is not None and not e.actor.id.startswith("new:")]


@speaker_rule("indefinite_is_nobody")
def indefinite_is_nobody(finder: SpeakerFinder, m: Mention) -> bool:
    """Whether a title mention opens with an indefinite of its own ("A resident of the town,
    speaking on condition of anonymity, said"): somebody unnamed, never a person the article
    names later with a like title ("X, a resident of the next building").

    Example: "A resident of Hasnabad" -> True; "The resident" -> False."""
    words = m.text.lower().split()
    if not (words and words[0] in finder.g.indefinites):
        return False
    m.rules.append("indefinite_is_nobody")
    return True


def _body_reference(m: Mention, finder: SpeakerFinder, state: _Chain, ui: int) -> Speaker:
    """"The party says ...", "It added that ...", "সংগঠনটি জানিয়েছে, ...": the organisation that
    spoke last, a few sentences back, else the last organisation named as a subject near
    before; nobody when there is none (the caller then drops unmarked speech).

    Example: "Finance Watch said in a statement that ... . It added that ..." -> Finance Watch."""
    speaker = finder.to_speaker(m)
    if "described_body_reference" in m.rules:  # "the foreign ministry": the words may name a body of their own
        speaker.actor = finder.resolve_title(m.text) or finder.country_body(m.text)
        if speaker.actor is not None:
            return speaker
    prev = state.speaker
    if (prev is not None and prev.actor is not None and state.kind in ("ORG", "body") and ui - state.unit <= _DESCRIPTION_UNITS
            and body_kind_agrees(finder, m, prev.actor)):
        speaker.actor = prev.actor.model_copy()
        return speaker
    named = [x for x in finder.mentions(state.window_start, m.start)
             if x.kind == "ORG" and (x.entity is None or x.entity.type == "ORG") and x.nominative
             and finder.people.in_body(x.start) and _opens_sentence(finder, x)
             and body_kind_agrees(finder, m, finder.actor_of(x))]
    headed = body_headed_by_reference(finder, m, state.window_start)
    if headed is not None:
        named = [headed]
    if named:
        actor = finder.actor_of(named[-1])
        speaker.actor = actor.model_copy() if actor is not None else None
    elif _is_document(finder.g, " ".join(m.text.split())):
        speaker.actor = _author_before(finder, state, ui, m.start)  # document_author: "the statement" of a person
        if speaker.actor is not None:
            m.rules.append("document_author")
    return speaker


@speaker_rule("body_headed_by_reference", decided=lambda args, found: found is not None)
def body_headed_by_reference(finder: SpeakerFinder, m: Mention, since: int) -> Mention | None:
    """The body a reference by a name's head word points back to (rule body_named_by_its_head:
    "the alliance", "the bureau"): the last organisation named since `since` whose own head is
    that word, subject or not. A body merely holding the word elsewhere in its name ("Alliance
    Ahead", a heading the NER took for a name) is no antecedent of it. None where the reference
    is no head word or no such body was named.

    Example: "... under the banner of the Democratic Reform Alliance. At its formation, the
    alliance said ..." -> the mention "Democratic Reform Alliance"."""
    if "body_named_by_its_head" not in m.rules:
        return None
    noun = _key(m.text).split()[-1]
    headed = [x for x in finder.mentions(since, m.start)
              if x.kind == "ORG" and x.entity is not None and x.entity.type == "ORG"
              and finder.people.in_body(x.start) and _name_head(x.entity.text).lower() == noun]
    return headed[-1] if headed else None


@speaker_rule("body_kind_agrees")
def body_kind_agrees(finder: SpeakerFinder, m: Mention, actor: Actor | None) -> bool:
    """Whether an organisation fits a reference naming a kind of body (the pack's
    `body_reference_kinds`): the kind's word is in its name, or its sector is listed for the
    kind. A reference naming no kind ("it", "the statement") fits any.

    Example: "The commission" and Bangladesh Nationalist Party -> False; "the party" and Awami
    League (sector PTY) -> True."""
    key = _key(m.text)
    if "described_body_reference" in m.rules:  # "the local party" is of the kind "the party"
        key = f"{key.split()[0]} {key.split()[-1]}"
    kinds = finder.g.body_reference_kinds
    named_by_head = "body_named_by_its_head" in m.rules
    if actor is None or (key not in kinds and not named_by_head):
        return True
    return body_of_kind(actor, key.split()[-1], frozenset() if named_by_head else kinds[key])


def body_of_kind(actor: Actor, noun: str, sectors: frozenset[str]) -> bool:
    """Whether a body is of a kind the pack's `body_reference_kinds` names: its name holds the
    kind's noun, or its sector is one listed for the kind (the one test of `body_kind_agrees`
    and `body_named_by_kind_in_title`).

    Example: Awami League (sector PTY), "party", {PTY} -> True; Bangladesh Election Commission,
    "party", {PTY} -> False."""
    return noun in actor.name.lower().split() or actor.sector in sectors


_SUBJECT_LEAD_WORDS = 8  # words of description before an organisation opening its sentence
_BETWEEN_LEAD_WORDS = 4  # words before a person who takes a pronoun from the last speaker ("The unions' leader, X")


def _opens_sentence(finder: SpeakerFinder, x: Mention, lead_words: int = _SUBJECT_LEAD_WORDS) -> bool:
    """Whether a name comes first in its sentence, after at most `lead_words` words describing
    it ("Port watchdog Harbour Watch condemned ..."): the sentence's subject, not an object
    ("attacks on the offices of X", "the committee chose to send its treasurer X")."""
    text = finder.text
    lead = fronted_adverbial(finder, text[sentence_start(text, x.start):x.start])
    # (a description set off by a comma may run longer when it opens with a title: description_set_off)
    if any(c in lead for c in ",;:"):
        return description_set_off(finder, lead)
    return len(lead.split()) <= lead_words


@speaker_rule("title_opens_sentence")
def title_opens_sentence(finder: SpeakerFinder, x: Mention) -> bool:
    """Whether a name comes right after a title that opens its sentence, however long the title
    runs ("State minister for posts, telecom and ICT X launched the portal"): the sentence's
    subject, so a pronoun after it is X's, not the last speaker's. Not after an article, another
    person or a word of the pack's `non_subject_after` ("Minister for ... Y met X": an object);
    only in a language with articles (the pack's `determiners`).

    Example: "Shipping minister for ports, rivers and canals X opened it. He said ..." -> True."""
    if not finder.g.determiners or x.kind != "PER":
        return False
    text = finder.text
    lead = fronted_adverbial(finder, text[sentence_start(text, x.start):x.start])
    words = lead.split()
    t = finder.g.title_rx.match(_key(lead)) if finder.g.title_rx is not None and words else None
    named = any(e.type in PERSON_TYPES and e.end <= x.start and e.start >= x.start - len(lead) for e in finder.entities)
    if (t is None or named or len(words) > _TITLE_RUN_WORDS or not words[0][:1].isupper()
            or words[0].lower() in finder.g.determiners
            or (finder.g.non_subject_after is not None and finder.g.non_subject_after.search(lead.rstrip() + " "))):
        return False
    x.rules.append("title_opens_sentence")
    return True


_TITLE_RUN_WORDS = 12  # words of a title opening a sentence before its holder ("State minister for posts, ...")
_SET_OFF_WORDS = 4  # words of a description set off by a comma before a name ("The councillor, X")
_TITLED_SET_OFF_WORDS = 8  # words of one that opens with a title ("The convener of the protest platform, X")
_FRONTED_REST_WORDS = 3  # words of description between a fronted adverbial and a name ("Later, shipping adviser X")


@speaker_rule("fronted_adverbial", decided=lambda args, rest: rest != args[1])
def fronted_adverbial(finder: SpeakerFinder, lead: str) -> str:
    """The words before a name opening its sentence once an adverbial set off by a comma is taken
    off their start (the pack's `fronted_prepositions`, `fronted_adverbs`, participle clauses):
    a name after it is the sentence's subject ("At the meeting, X spoke", "Later, adviser X ...").

    Example: lead "At the meeting, " -> ""; "Speaking to reporters, shipping " -> "shipping ";
    "Attacks on the offices of " and "Referring to it, he mentioned " (a clause with its own
    subject, the name its object) -> unchanged."""
    m = finder.g.fronted_rx.match(lead) if finder.g.fronted_rx is not None else None
    if m is None:
        return lead
    rest = lead[m.end():]
    words = rest.split()
    # (only a few words of description may follow it: no pronoun, no verb in the past, `past_endings`)
    # (or a longer description set off by a comma: "Later, the convener of the platform, X")
    if (len(words) > _FRONTED_REST_WORDS and not description_set_off(finder, rest)) or any(
            w.lower().endswith(finder.g.past_endings) for w in words) or (
            finder.g.pronoun_rx is not None and finder.g.pronoun_rx.search(rest)):
        return lead
    return rest


@speaker_rule("description_set_off")
def description_set_off(finder: SpeakerFinder, lead: str) -> bool:
    """Whether the words before a name opening its sentence are one definite description set
    off by a comma (the pack's `determiners`, then a few words, then the comma): the name is
    that description's, the sentence's subject ("The councillor, Jasim Uddin, denied ...").

    A longer one (up to `_TITLED_SET_OFF_WORDS`) must open with a title after its article and hold
    no verb in the past (`past_endings`): "The officer-in-charge of the city's police station, X".

    Example: lead "The councillor, " -> True; "The convener of the protest platform, " -> True;
    "In Dhaka, ", "Meanwhile, " or "The dead included the driver's helper, " -> False."""
    words = lead.split()
    if not finder.g.determiners or not 2 <= len(words) <= _TITLED_SET_OFF_WORDS or not lead.rstrip().endswith(","):
        return False
    if words[0].lower() not in finder.g.determiners or any(c in lead.rstrip()[:-1] for c in ",;:"):
        return False
    return len(words) <= _SET_OFF_WORDS or _titled_description(finder, words[1:])


def _titled_description(finder: SpeakerFinder, words: list[str]) -> bool:
    """Whether the words of a description after its article open with a title and hold no verb
    in the past: "convener of the protest platform," -> True; "driver's helper," -> False."""
    g = finder.g
    rest = " ".join(words).rstrip(",")
    t = g.title_rx.match(_key(rest)) if g.title_rx is not None else None
    return (t is not None and not _key(t.group("mods")).strip()
            and not any(w.lower().rstrip(",").endswith(g.past_endings) for w in words))


@speaker_rule("report_held_whole")
def report_held_whole(out: list[Quote], qs: list[MarkedSpan]) -> bool:
    """Whether a sentence's quotes hold a report read whole around its short quoted words (rule
    quoted_words_in_report): then the clause before a cue inside that report ("welcomed",
    "described") is no report of its own, only the same words cut short at that cue.

    Example: "X said the people have welcomed him through his 'royal return' and ..." -> True
    (one quote, "the people have welcomed him ...", not also "the people have")."""
    return any(q.kind == "indirect" and any(q.start <= s.start and s.end <= q.end for s in qs) for q in out)


def _reported_before(text: str, us: int, masked: str, cue_start: int, g: Grammar, finder: SpeakerFinder,
                     state: _Chain, ui: int) -> list[Quote]:
    """'The leader told a meeting that he had met officials and vowed to "..."': the clause
    before the quotation's own cue may report speech of its own."""
    # the clause ends at the last cue before the quotation ("told X that ... and [vowed] to
    # '...'"), whichever cue the quotation was attributed by
    q0 = masked.find(MASK)
    later = [c.start() for c in g.cue_rx.finditer(masked, cue_start + 1, q0 if q0 >= 0 else len(masked))]
    prefix = masked[:later[-1] if later else cue_start].rstrip()
    words = prefix.split()
    while words and words[-1].lower() in g.clause_joiners:
        prefix = prefix[: prefix.rfind(words[-1])].rstrip()
        words = words[:-1]
    if MASK in prefix or not g.cue_rx.search(prefix):
        return []
    for pat in g.patterns:
        if pat.kind != "reported":
            continue
        m = _search(pat.rx, prefix)
        if m is not None:
            out = _from_match(text, us, m, pat, [], g, finder, state, ui)
            if out:
                return out
    return []


@speaker_rule("media_credit")
def media_credit(out: list[Quote], g: Grammar) -> bool:
    """Whether unmarked words credited after them to a news outlet ("..., according to UNB.",
    "..., says UNB.") are the credit of the story rather than anybody's speech: every quote is
    indirect, its speaker an actor of the pack's `credit_sectors` (news media) named after it.

    Example: "Sen died on Sunday, according to UNB." -> True."""
    return bool(g.credit_sectors) and all(
        q.kind == "indirect" and q.speaker is not None and q.speaker.actor is not None
        and q.speaker.actor.sector in g.credit_sectors and q.speaker.start >= q.end for q in out)


@speaker_rule("when_clause")
def when_clause(m, g: Grammar) -> bool:
    """Whether the cue stands in a clause of time ("এ নেতা যখন কথা বলছিলেন, তখন ...": "while
    he was speaking, ..."): a word of the pack's `when_words` in the speaker region before
    the cue. What follows is the writer's narration, not the speaker's words.

    Example: "তিনি যখন কথা বলছিলেন, তখন পাশে একজন কাঁদছিলেন।" -> True."""
    if not g.when_words or not _has_region(m) or m.start("S") > m.start("C"):
        return False
    return any(w in g.when_words for w in m.group("S").split())


@speaker_rule("converb_lead")
def converb_lead(text: str, us: int, masked: str, a: int, b: int, g: Grammar, have: list[Quote]) -> list[Quote]:
    """Reported words before the speaker, closed by a converb of speech ("[ধানের শীষে লড়ছেন]
    জানিয়ে তিনি বলেন, ...", the pack's `leads`): one more act of speech of the same speaker,
    an indirect quote of its own. `a`..`b` is the speaker region up to the speaker.

    Example: "বাঁধ মেরামত হবে জানিয়ে তিনি বলেন, কাজ শুরু হয়েছে।" -> "বাঁধ মেরামত হবে" too."""
    speaker = have[0].speaker
    for rx in g.leads:
        m = rx.fullmatch(masked, a, b) if 0 <= a < b else None
        if m is None or MASK in m.group("X"):
            continue
        xs, xe = _trim(text, us + m.start("X"), us + m.end("X"))
        if (len(text[xs:xe].split()) < 3 or any(q.start < xe and xs < q.end for q in have)
                or noun_object_of_converb(text[xs:xe], g)):
            continue
        q = Quote(text=text[xs:xe], start=xs, end=xe, kind="indirect", speaker=speaker.model_copy(), cue=_cue(m.group("C")))
        note(q, "pattern", "converb_lead", "words before the speaker, closed by a converb of speech")
        return [q]
    return []


@speaker_rule("noun_object_of_converb")
def noun_object_of_converb(words: str, g: Grammar) -> bool:
    """Whether a lead closed by a converb of speech ends in a noun that is the converb's object
    (one of the pack's object nouns or feeling nouns, or its `lead_object_nouns`): "দেশবাসীর
    প্রতি আহ্বান জানিয়ে", "পরিবারের প্রতি সমবেদনা জানিয়ে", "নাম না ছাপার অনুরোধ জানিয়ে" name an
    act of speech, not the words said (those follow the main cue).

    Example: "নিজের নাম না ছাপার অনুরোধ" -> True; "বাঁধ মেরামত হবে" -> False."""
    last = words.split()[-1].strip(_EDGE).lower() if words.split() else ""
    return last in g.object_nouns or last in g.feeling_nouns or last in g.lead_object_nouns


def _tails(text: str, us: int, masked: str, pos: int, g: Grammar, speaker: Speaker, have: list[Quote]) -> list[Quote]:
    """', adding that ...' after an attribution: more reported words of the same speaker."""
    speaker_after_cue = speaker.start >= us + pos  # '"...," said X who was ...': X is no report
    for rx in g.tails:
        if speaker_after_cue and rx.pattern.startswith("\\G"):
            continue  # a tail going on from the cue itself would read the speaker as words said
        m = _search(rx, masked, pos)
        if m is None or MASK in masked[m.start("X"):]:  # a quoted phrase in it is attributed already
            continue
        xs, xe = _trim(text, us + m.start("X"), us + m.end("X"))
        xe = _before_stop(text, xs, xe)
        if len(text[xs:xe].split()) < 3 or any(q.start < xe and xs < q.end for q in have):
            continue
        # an empty tail cue: the words continue the attribution's own cue
        cue = m.group("C") or next((q.cue for q in reversed(have) if q.cue), None)
        return [Quote(text=text[xs:xe], start=xs, end=xe, kind="indirect", speaker=speaker, cue=_cue(cue))]
    return []


def _join_tail(text: str, out: list[Quote], tail: list[Quote]) -> list[Quote]:
    """"X said that A, adding that B": one act of speech, one indirect quote running from A to
    B. A tail after a quotation in marks stays a quote of its own (its words are unmarked)."""
    if not tail:
        return out
    last = out[-1]
    if last.kind != "indirect" or last.end > tail[0].start:
        return out + tail
    joined = Quote(text=text[last.start:tail[0].end], start=last.start, end=tail[0].end, kind="indirect",
                   speaker=last.speaker, cue=last.cue)
    joined._explain.extend(last._explain + [{"step": "pattern", "rule": "tail", "decision": "joined the words after it"}])
    return out[:-1] + [joined]


def _echoed_verb(text: str, s: MarkedSpan, g: Grammar) -> bool:
    """A reporting verb in marks ('and "welcomed" the proposal') is the writer's emphasis on
    one word, not a quotation."""
    a, b = _trim(text, *s.inner)
    return g.cue_rx.fullmatch(text[a:b]) is not None


def _quote_kind(text: str, us: int, s: MarkedSpan, cue_start: int) -> str:
    """direct: a full quotation (opens the sentence, ends in punctuation inside the marks, or
    follows the cue's colon/comma); partial: a phrase within the sentence."""
    a, b = s.inner
    first = _WORDCH.search(text, a, b)
    if first and first.group().islower():
        return "partial"  # a full quotation opens with a capital where the script has one
    if _FULL_END.search(text[a:b]):
        return "direct"
    if not _WORDCH.search(text[us:s.start]) and (
            _PUNCT_AFTER.match(text, s.end) or len(text[a:b].split()) >= _FULL_WORDS):
        return "direct"
    before = text[us:s.start].rstrip()
    if before.endswith((":", ",", "ঃ")) and s.start > cue_start:
        return "direct"
    return "partial"


def _quote(text: str, s: MarkedSpan, kind: str, speaker: Speaker | None, cue: str | None) -> Quote:
    a, b = s.inner
    a, b = _trim(text, a, b)
    return Quote(text=text[a:b], start=a, end=b, kind=kind, speaker=speaker, cue=_cue(cue))


def _cue(cue: str | None) -> str | None:
    return " ".join(cue.split()) if cue else None


def _before_stop(text: str, a: int, b: int) -> int:
    """The end of text[a:b] without the full stops closing it (the sentence's, not the words').
    Example: ("তিনি আসবেন।", 0, 11) -> 10."""
    while b > a and text[b - 1] in "।.":
        b -= 1
    return b


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _EDGE + "।.":
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    return a, b


# -- units ---------------------------------------------------------------------------------

def _units(rec: Record, spans: list[MarkedSpan], g: Grammar | None = None,
           joins: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """Sentences, merged where a quoted span runs across a sentence end (a quotation of two
    sentences, or one running over paragraphs, is one unit with its attribution). `joins`, when
    given, gets each unit that `_rejoin_attributions` made, by its start: where its second
    sentence starts."""
    sents = [(s.start, s.end) for s in rec.sentences] or _fallback_sentences(
        rec.text, g.honorific_end_rx if g is not None else None)
    sents = _split_glued(rec.text, sents, spans)
    units: list[list[int]] = []
    for s, e in sents:
        if units and any(sp.start < units[-1][1] < sp.end for sp in spans):
            units[-1][1] = max(units[-1][1], e)
        else:
            units.append([s, e])
    if g is not None:
        units = _rejoin_attributions(rec.text, units, spans, g, joins)
    return [(a, b) for a, b in units]


_ATTRIBUTION_WORDS = 4  # words before the cue of an attribution split off its quotation
_ATTRIBUTION_REACH = 80  # characters from the sentence's start within which such a cue begins


def _rejoin_attributions(text: str, units: list[list[int]], spans: list[MarkedSpan], g: Grammar,
                         joins: dict[int, int] | None = None) -> list[list[int]]:
    """'"... in Houston." Chao said, adding ...': a sentence splitter cuts after the quotation's
    full stop. A sentence that is only a quotation, followed by one that opens with a short
    speaker and a cue, or with words ending in one standing for the quotation and a cue
    (rule quote_reference), is one unit with it."""
    out: list[list[int]] = []
    fired = current_fired()
    for u in units:
        if fired is not None:  # (a rule deciding this join without a place of its own decides it here)
            fired.pos = u[0]
        if out and _only_quotation(text, out[-1], spans) and not paragraph_between(text, out[-1][1], u[0]):
            m = g.cue_rx.search(text, u[0], min(u[1], u[0] + _REFERENCE_REACH))
            lead = text[u[0]:m.start()].split() if m is not None else []
            short = m is not None and m.start() < u[0] + _ATTRIBUTION_REACH and (
                0 < len(lead) <= _ATTRIBUTION_WORDS or cue_opens_sentence(text, u[0], m.start())
                or uncased_cue_opens_sentence(text, u[0], m.start())) and (
                not object_cue_lead(g, m.group(), lead))
            if ((short or quote_reference(g, lead))
                    and not any(u[0] <= sp.start < m.start() for sp in spans)):
                if joins is not None:
                    joins[out[-1][0]] = u[0]
                out[-1][1] = u[1]
                continue
        out.append(list(u))
    return out


_REFERENCE_REACH = 160  # characters of place and manner before "কথাগুলো বলছিলেন"


@speaker_rule("object_cue_lead")
def object_cue_lead(g: Grammar, cue: str, lead: list[str]) -> bool:
    """Whether the words before a cue are its object, not a speaker: the cue is one of the
    pack's object nouns with its light verb ("‘...।’ X-এর মৃত্যুতে গভীর শোক প্রকাশ করেছেন Y।"
    reports Y's condolence; it does not attribute the quotation before it).

    Example: ("শোক প্রকাশ করেছেন", ["X-এর", "মৃত্যুতে", "গভীর"]) with শোক প্রকাশ listed -> True."""
    words = " ".join(cue.lower().split())
    return bool(lead) and any(words.startswith(n + " ") for n in g.object_nouns)


@speaker_rule("cue_opens_sentence", at=lambda args, result: (args[1],))
def cue_opens_sentence(text: str, start: int, cue_start: int) -> bool:
    """Whether a "sentence" opens with its cue in lower case: the speaker-after-quote order
    ('"Who will pay?" asked Rina.'), cut after the quotation's question mark by the splitter.

    Example: ('asked Rina Paul.', 0, 0) -> True; ('Asked about it, ...', 0, 0) -> False."""
    return cue_start == start and text[start:start + 1].islower()


@speaker_rule("uncased_cue_opens_sentence", at=lambda args, result: (args[1],))
def uncased_cue_opens_sentence(text: str, start: int, cue_start: int) -> bool:
    """Whether a "sentence" of a script without capitals opens with its cue: in Bengali that is
    always the speaker-after-quote order ("‘... কেন?’ প্রশ্ন তোলেন X।", "‘...?’ বলেন X।"), cut
    after the quotation's question or exclamation mark by the splitter; no capital tells it apart.

    Example: ("প্রশ্ন তোলেন হারুন।", 0, 0) -> True; ("Asked about it, ...", 0, 0) -> False."""
    first = text[start:start + 1]
    return cue_start == start and first.isalpha() and first.lower() == first.upper() == first and not first.isascii()


@speaker_rule("paragraph_between", at=lambda args, result: (args[1] - 1,))
def paragraph_between(text: str, a: int, b: int) -> bool:
    """Whether a line break separates a quotation ending at `a` from the sentence opening at `b`:
    a new paragraph opens a new attribution ('..." \\n Hassan said the union ...' reports
    Hassan's own words; it does not attribute the quotation above it).

    Example: ('"We will go on." \\nRina said the strike was over.', 16, 18) -> True."""
    return "\n" in text[a:b]


@speaker_rule("quote_reference")
def quote_reference(g: Grammar, lead: list[str]) -> bool:
    """Whether the words before a cue end in a word standing for the quotation just before
    (the pack's `quote_references`): "‘...।’ হাসপাতালের সামনে কান্নাজড়িত কণ্ঠে কথাগুলো
    বলছিলেন X।" attributes that quotation to X, however many words of place and manner lead.

    Example: ["হাসপাতালের", "সামনে", "কথাগুলো"] with কথাগুলো listed -> True; so is a listed
    phrase of two words ("ফেসবুকে এক পোস্টে এ কথা জানান X", with "এ কথা" listed)."""
    return bool(lead) and (lead[-1].lower() in g.quote_references
                           or " ".join(lead[-2:]).lower() in g.quote_references)


def _only_quotation(text: str, unit: list[int], spans: list[MarkedSpan]) -> bool:
    inside = [sp for sp in spans if unit[0] <= sp.start and sp.end <= unit[1]]
    if not inside:
        return False
    rest = text[unit[0]:inside[0].start] + "".join(
        text[a.end:b.start] for a, b in zip(inside, inside[1:])) + text[inside[-1].end:unit[1]]
    return not _WORDCH.search(rest)


def _split_glued(text: str, sents: list[tuple[int, int]], spans: list[MarkedSpan]) -> list[tuple[int, int]]:
    """A quotation glued to the sentence before it ('...for the Rohingyas."The United States
    remains...", he noted') opens a sentence of its own. (A related headline glued to a sentence
    is the cleaner's: `clean.related.glued_opener_cut` removes it, or its sentences end before
    the word that opens the next one, `clean.sentences.glued_opener_starts`.)"""
    starts = sorted({sp.start for sp in spans if sp.start > 0 and text[sp.start - 1] in ".!?।"}
                    | set(glued_sentence_starts(text)))
    if not starts:
        return sents
    out = []
    for a, b in sents:
        for p in (x for x in starts if a < x < b):
            out.append((a, p))
            a = p
        out.append((a, b))
    return out


# a sentence end with no space after it, before a capital: paragraphs run together by the page
# ("... of the explosion.A resident said"); the word before the stop has two letters at least,
# so that initials ("U.N.", "A.K.M.") stay whole
_GLUED_END = regex.compile(r"(?:(?<=\p{L}\p{L}[.!?])|(?<=[”’\")][.!?])|(?<=[.!?][”’\"]))(?=\p{Lu})")


@speaker_rule("glued_sentence_starts", decided=lambda args, starts: bool(starts),
              at=lambda args, starts: starts)
def glued_sentence_starts(text: str) -> list[int]:
    """Where a sentence opens right after the end of the one before, with no space between.

    Example: "He left the party.On the same day, she said ..." -> [the offset of "On"]."""
    return [m.start() for m in _GLUED_END.finditer(text)]


def _fallback_sentences(text: str, honorific_end: regex.Pattern | None = None) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        start = pos
        for m in _FALLBACK_SPLIT.finditer(line):
            # the full stop of an honorific ("মি. চৌধুরী") ends no sentence
            if honorific_end is not None and honorific_end.search(line, 0, m.start()):
                continue
            out.append((start, pos + m.start() + len(m.group().rstrip())))
            start = pos + m.end()
        if line[start - pos:].strip():
            out.append((start, pos + len(line.rstrip())))
        pos += len(line) + 1
    return [(a, b) for a, b in out if b > a]


_REFERRED_WORDS = 3  # words a sentence needs to be what "এসব কথা বলেন X" after it refers to


@speaker_rule("words_referred_back")
def words_referred_back(text: str, before: tuple[int, int], unit: tuple[int, int], cue_at: int,
                        spans: list[MarkedSpan], have: list[Quote], g: Grammar, finder: SpeakerFinder,
                        state: _Chain, ui: int) -> list[Quote]:
    """A sentence whose first cue (at `cue_at`) has for object a word standing for words said
    before (the pack's `quote_references`: "এসব কথা বলেন X", "এ কথা জানান তিনি") and no words of
    its own: the sentence before, unmarked and given to nobody, is what its speaker said. The
    speaker is the subject right before the reference or the one closing the sentence after the
    cue; [] where neither is there (or it is a pronoun that names nobody), or the sentence before
    holds a quotation or a quote already, or a cue of its own (its attribution is its own, read
    or not), or a named person acting in it ("... সাক্ষাৎ করেন উপদেষ্টা X।" narrates a meeting:
    "এ কথা" after it points further back), or the cue denies it (rule denial: "বিষয়টি অস্বীকার
    করেন" does not say the allegation before).

    Example: "অর্থনীতি চাপে আছে। রোববার এক সেমিনারে এসব কথা বলেন উপদেষ্টা X।" -> "অর্থনীতি চাপে
    আছে" (X)."""
    (ps, pe), (us, ue) = before, unit
    if any(ps <= s.start < pe for s in spans) or any(q.start < pe and ps < q.end for q in have):
        return []
    if report_running_on(state.units, ui - 1, have):
        return []
    cue = g.cue_rx.match(text, cue_at, ue)
    if (cue is None or not quote_reference(g, text[us:cue.start()].split()) or denial(g, cue.group())
            or g.cue_start_scan.search(text, ps, pe) is not None
            or any(x.nominative and x.kind == "PER" for x in finder.mentions(ps, pe))):
        return []
    lead = text[us:cue.start()].split()
    ref = 2 if " ".join(lead[-2:]).lower() in g.quote_references else 1
    ref_start = us + len(text[us:cue.start()].rstrip()) - len(" ".join(lead[-ref:]))
    found = finder.mentions(us, ue)
    subjects = [x for x in found if x.nominative and (
        (x.end <= ref_start and not text[x.end:ref_start].strip())
        or (x.start >= cue.end() and not _buried(text, cue.end(), ue, x, found, g.clause_joiners)))]
    mention = choose(subjects, ref_start, cue.end())
    return _sentence_before_told(text, before, unit, mention, cue.group(), ("words_referred_back", "said"),
                                 finder, state, ui)


def _sentence_before_told(text: str, before: tuple[int, int], unit: tuple[int, int], mention, cue: str,
                          rule_and_verb: tuple[str, str], finder: SpeakerFinder, state: _Chain,
                          ui: int) -> list[Quote]:
    """The sentence `before`, trimmed, as the indirect words of the speaker `mention` names, cue
    `cue`, noted as the pattern rule_and_verb[0] ("the sentence before, said by X"): the last
    step of words_referred_back and matter_referred_after_cue. [] where the mention names nobody
    or the sentence is too short to be a report.

    Example: "Two men were arrested in Sylhet." before "OC Rahim confirmed the matter.", the
    mention "OC Rahim" -> the quote "Two men were arrested in Sylhet" (OC Rahim)."""
    (ps, pe), (us, ue) = before, unit
    rule_name, verb = rule_and_verb
    speaker = _mention_speaker(mention, finder, state, ui, us, cue)
    xs, xe = _trim(text, ps, pe)
    xe = _before_stop(text, xs, xe)
    # a pronoun nobody before it names is no speaker here: the unmarked sentence is given to someone
    # only on the strength of who said it ("... তিনি এ কথা জানান" with no person before: [])
    if (speaker is None or (mention.kind == "pronoun" and speaker.actor is None)
            or len(text[xs:xe].split()) < _REFERRED_WORDS):
        return []
    q = Quote(text=text[xs:xe], start=xs, end=xe, kind="indirect", speaker=speaker, cue=_cue(cue))
    note(q, "pattern", rule_name, f"the sentence before, {verb} by {speaker.text}")
    for rule in mention.rules:
        note(q, "speaker", rule, speaker.text)
    _remember(state, speaker, mention, ui, ue)
    return [q]


def _referring_report_quotes(text: str, units: list[tuple[int, int]], ui: int, qs: list[MarkedSpan],
                             spans: list[MarkedSpan], have: list[Quote], g: Grammar, finder: SpeakerFinder,
                             state: _Chain, kept_out: tuple) -> list[Quote] | None:
    """matter_referred_after_cue where the pack has `referring_reports` and the sentence before is
    body text (no headline, no block skipped; `kept_out` is (title span, skipped blocks)); tried
    before the patterns, whose bare report would read "said this in a statement" as words said: a
    sentence that is only such a report says no words of its own ([] where the sentence before is
    not what it refers to). None where the sentence is no such report.

    Example: "Two men were arrested in Sylhet. OC Rahim confirmed the matter." -> the quote "Two
    men were arrested in Sylhet" (OC Rahim); after the headline "Two men arrested in Sylhet" -> [];
    "OC Rahim said two men were arrested." -> None (the patterns read it)."""
    title, skip = kept_out
    if qs or g.referring_report_rx is None or g.referring_report_rx.match(text, *units[ui]) is None:
        return None
    if not ui or _is_title(title, units[ui - 1]) or _inside(skip, units[ui - 1]):
        return []
    return matter_referred_after_cue(text, units[ui - 1], units[ui], spans, have, g, finder, state, ui)


@speaker_rule("matter_referred_after_cue")
def matter_referred_after_cue(text: str, before: tuple[int, int], unit: tuple[int, int], spans: list[MarkedSpan],
                              have: list[Quote], g: Grammar, finder: SpeakerFinder, state: _Chain,
                              ui: int) -> list[Quote]:
    """A sentence that is only its subject's act of telling whose object stands for what was just
    reported (the pack's `referring_reports`: "X confirmed the matter", "X disclosed this
    information to reporters", "X provided this information", "X made the remarks at a rally"):
    the sentence before, unmarked, with no cue of its own, no named person acting in it and given
    to nobody, is what X said, the words_referred_back of a language whose object follows its verb.
    [] where the subject is no mention that names somebody (a pronoun nobody before it names) or
    the sentence before is too short to be a report.

    Example: "Two men were arrested in Sylhet. OC Rahim Uddin confirmed the matter." -> "Two men
    were arrested in Sylhet" (Rahim Uddin)."""
    (ps, pe), (us, ue) = before, unit
    m = g.referring_report_rx.match(text, us, ue)
    if m is None or any(ps <= s.start < pe for s in spans) or any(q.start < pe and ps < q.end for q in have):
        return []
    if report_running_on(state.units, ui - 1, have) or g.cue_start_scan.search(text, ps, pe) is not None:
        return []
    # (a named person acting in the sentence before: "X met the traders. Y said this ..." points
    # further back, as in words_referred_back)
    if any(x.nominative and x.kind == "PER" for x in finder.mentions(ps, pe)):
        return []
    cs = m.start("C")
    subjects = [x for x in finder.mentions(us, cs) if x.nominative and not text[x.end:m.end("S")].strip()]
    mention = choose(subjects, cs, m.end("C"))
    return _sentence_before_told(text, before, unit, mention, m.group("C"), ("matter_referred_after_cue", "told"),
                                 finder, state, ui)


@speaker_rule("report_running_on")
def report_running_on(units: list[tuple[int, int]], ui: int, have: list[Quote]) -> bool:
    """Whether the sentence `units[ui]`, with no cue of its own, goes on with a report in
    unmarked words that closes the sentence before it: "তিনি বলেন, প্রস্তুতি সম্পন্ন হয়েছে।
    আমরা পুরোপুরি প্রস্তুত। ... তিনি এসব কথা বলেন।" Such a sentence belongs to that report
    (DECISIONS Q7), and a word standing for words said after it points back at the whole, not at
    this sentence alone.

    Example: the sentences above, "আমরা পুরোপুরি প্রস্তুত" with the indirect quote "প্রস্তুতি
    সম্পন্ন হয়েছে" before it -> True."""
    if ui < 1:
        return False
    ps, pe = units[ui - 1]
    return any(q.kind == "indirect" and ps < q.end <= pe for q in have)


@speaker_rule("denial")
def denial(g: Grammar, cue: str) -> bool:
    """Whether a cue denies what its object stands for (the pack's `denials`): "... আত্মসাতের
    অভিযোগ উঠেছে। তবে চেয়ারম্যান বিষয়টি অস্বীকার করেছেন।" gives the allegation to nobody; the
    one who denies it never said it.

    Example: "অস্বীকার করেছেন" with অস্বীকার listed -> True; "নিশ্চিত করেছেন" -> False."""
    words = _key(cue)
    return any(words == d or words.startswith(d + " ") for d in g.denials)


# -- title ------------------------------------------------------------------------------------

def _is_title(title: tuple[int, int] | None, unit: tuple[int, int]) -> bool:
    """Whether a unit starts inside the headline."""
    return title is not None and title[0] <= unit[0] < title[1]


def _inside(blocks: list[tuple[int, int]], unit: tuple[int, int]) -> bool:
    """Whether a unit lies wholly inside one of `blocks` (captions and bylines, `_SKIP_BLOCKS`)."""
    return any(s <= unit[0] and unit[1] <= e for s, e in blocks)


def _title_span(rec: Record) -> tuple[int, int] | None:
    """The headline's (start, end) in the record's text: its "title" block, else the title the text
    opens with (as ingest writes it); None where it has neither (the untitled held-out articles).
    Example: title "Polls in February: Chief adviser" opening the text -> (0, 32)."""
    for b in rec.blocks:
        if b.kind == "title":
            return b.start, b.end
    if rec.title and rec.text.startswith(rec.title):
        return 0, len(rec.title)
    return None
