"""The times grammar's anchor scan skips positions that cannot start a match: it must find exactly
the positions an overlapped scan of the whole anchor finds (written sentences, both languages)."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.times.expressions import grammar_for
from khobor.times.grammar import SAME_AS_RULE, unify_nukta

TEXTS = {
    "en": [
        "The minister said on Monday, 5 May 2025, that the vote would be held next week.",
        "Talks resume at 10:30 am on 12/03/2024 — two days after the strike began in mid-March.",
        "“We will not wait until December,” she told reporters late last night (BST).",
        "",
        "5",
    ],
    "bn": [
        "গত ১২ ফেব্রুয়ারি ২০২৫ সালে ঢাকায় এক সংবাদ সম্মেলনে তিনি এ কথা বলেন।",
        "আগামী বৃহস্পতিবার সকাল ১০টায় বৈঠক শুরু হবে, জানিয়েছেন মন্ত্রণালয়ের এক কর্মকর্তা।",
        "‘আমরা ডিসেম্বরের আগে নির্বাচন চাই’ — গতকাল রাতে বিএনপির মহাসচিব বলেন। ২০২৪-এর জুলাইয়ে…",
        "৫",
    ],
}


def overlapped_scan(grammar, text: str) -> list[int]:
    return sorted({m.start() for m in grammar.anchor.finditer(text, overlapped=True)})


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_anchor_starts_are_those_of_an_overlapped_scan(code):
    grammar = grammar_for(lang.load(code))
    for raw in TEXTS[code]:
        text, _ = unify_nukta(raw)
        assert grammar.anchor_starts(text) == overlapped_scan(grammar, text), raw


def test_anchor_starts_finds_a_day_and_a_month():
    grammar = grammar_for(lang.load("en"))
    assert grammar.anchor_starts("on 5 May") == [3, 5]


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_first_starts_are_each_firsts_own_matches_at_the_anchor(code):
    """Trying only the firsts that could begin with the next four characters (chosen among those
    of the next two) finds what trying every first at every anchor position finds."""
    grammar = grammar_for(lang.load(code))
    for raw in TEXTS[code]:
        text, _ = unify_nukta(raw)
        starts = grammar.anchor_starts(text)
        every = {f: [pos for pos in starts if rx.match(text, pos)] for f, rx in grammar.first_res.items()}
        assert grammar.first_starts(text) == (starts, every), raw


def _matches(grammar, text: str) -> list[tuple]:
    return [(f.start, f.end, sorted(f.fields.items(), key=str), f.rule.name) for f in grammar._match_all(text)]


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_rules_skipped_by_their_lead_find_what_trying_every_rule_finds(code):
    """A rule is not tried where its first characters cannot begin it (`_rule_leads`): the matches
    are those of trying every rule wherever its first word matched."""
    grammar = grammar_for(lang.load(code))
    leads = grammar._rule_leads()
    extra = ["এবং একটি এলাকায় এমন এক দিনে এ মাসের ৫ তারিখে কিছু হয়নি।", "Mayor May met them in May, on the 5th."]
    for raw in TEXTS[code] + extra:
        with_leads = _matches(grammar, raw)
        grammar.__dict__["_leads"] = [(None, {}) for _ in grammar.rules]   # every rule tried
        try:
            every_rule = _matches(grammar, raw)
        finally:
            grammar.__dict__["_leads"] = leads
        assert with_leads == every_rule, raw


def test_a_rule_is_not_tried_where_a_first_word_only_opens_another_word():
    """"এ" (this) may open a date ("এ মাসের ৫ তারিখে") but "এবং" (and) cannot: the rules that
    begin with it are not tried there."""
    grammar = grammar_for(lang.load("bn"))
    text = "এবং"
    # a grammar read back from the disk cache marks a looser copy that is the rule's own pattern
    leads = [(rule.regex if loose is SAME_AS_RULE else loose) for rule, (loose, _) in
             zip(grammar.rules, grammar._rule_leads())]
    tried = [rule.name for rule, loose in zip(grammar.rules, leads)
             if loose is None or loose.match(text, partial=True) is not None]
    starts, at = grammar.first_starts(text + " ")
    opened = [rule.name for rule in grammar.rules if rule.first and 0 in at[rule.first]]
    assert opened and not set(opened) & set(tried)


class _Tried:
    """A first's regex that records where it is tried in full (not its partial matches)."""

    def __init__(self, rx, tried: list):
        self.rx, self.tried = rx, tried

    def match(self, text, pos=0, *args, partial=False, **kw):
        if not partial:
            self.tried.append((self.rx, pos))
        return self.rx.match(text, pos, *args, partial=partial, **kw)


def test_a_first_is_not_tried_where_the_next_four_characters_cannot_begin_it():
    """"আট" (eight) may open a first of number words with a genitive ("আটের"), "আটক" (arrest)
    cannot: such a first passes by its next two characters and is not tried there in full. The
    same positions as ever are found."""
    grammar = grammar_for(lang.load("bn"))
    text, _ = unify_nukta("পুলিশ তাকে আটক করেছে, আট জনকে ছেড়ে দিয়েছে এ বছরের ৫ মার্চ।")
    want = grammar.first_starts(text)
    spied = object.__new__(type(grammar))
    spied.__dict__.update(grammar.__getstate__())   # no remembered choices of firsts
    tried: list = []
    spied.__dict__["_firsts_before"] = tuple((f, _Tried(rx, tried), before)
                                             for f, rx, before in grammar._firsts_looking_before())
    assert spied.first_starts(text) == want
    ruled_out = [(rx, pos) for pos in grammar.anchor_starts(text) for rx in grammar.first_res.values()
                 if rx.match(text[pos:pos + 2], partial=True) and not rx.match(text[pos:pos + 4], partial=True)]
    assert ruled_out and not set(ruled_out) & set(tried)
