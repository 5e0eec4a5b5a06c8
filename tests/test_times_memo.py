"""The times grammar keeps the last text's matches (an undated article is matched up to three
times): the kept matches must never leak between texts or callers, nor into the disk cache."""
import pickle

from khobor import lang
from khobor.times import expressions as ex


def _grammar():
    return ex.grammar_for(lang.load("en"))


def _spans(found):
    return [(f.start, f.end, f.rule.name, sorted(f.fields.items())) for f in found]


def test_repeated_text_gives_the_same_matches():
    g = _grammar()
    text = "The minister said on 5 May that the vote would be held on Thursday."
    first = _spans(g.candidates(text))
    assert first and _spans(g.candidates(text)) == first


def test_a_caller_changing_its_matches_does_not_change_the_next_callers():
    g = _grammar()
    text = "Talks resumed on 12 March 2024 in Dhaka."
    got = g.candidates(text)
    expected = _spans(got)
    for f in got:
        f.fields.clear()
        f.start = -1
    got.clear()
    assert _spans(g.candidates(text)) == expected


def test_another_text_is_matched_anew():
    g = _grammar()
    a = g.candidates("The court sat on 3 June.")
    b = g.candidates("The court will sit on Monday, 9 June 2025.")
    assert _spans(a) != _spans(b)
    assert any(f.fields.get("year") == 2025 for f in b)
    assert not any(f.fields.get("year") == 2025 for f in g.candidates("The court sat on 3 June."))


def test_the_kept_matches_stay_out_of_the_pickled_grammar():
    g = _grammar()
    g.candidates("Polls open on 7 January.")
    copy = pickle.loads(pickle.dumps(g))
    assert "_last" not in copy.__dict__
    assert _spans(copy.candidates("Polls open on 7 January.")) == _spans(g.candidates("Polls open on 7 January."))
