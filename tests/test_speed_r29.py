"""Round 29's speed edits give the same answers as the code they replace. Every text here is
written for these tests."""
from __future__ import annotations

import unicodedata

from khobor import textutil
from khobor.textutil import lowered_words, nfc, words


def test_words_of_a_stretch_are_those_of_its_slice_at_their_place_in_the_text():
    text = "কাল ঢাকায় পুলিশ-বাহিনী এসেছে, it's done"
    for start, end in ((0, len(text)), (5, 20), (2, 3), (11, len(text) - 2), (30, 30)):
        sliced = [(a + start, b + start, w) for a, b, w in words(text[start:end])]
        assert words(text, start, end) == sliced
    assert words("ab cd", 1) == [(1, 2, "b"), (3, 5, "cd")]


def test_lowered_words_are_nfc_and_lower_case_and_each_word_is_normalised_once(monkeypatch):
    decomposed = unicodedata.normalize("NFD", "Éclair")
    given = ["Police", decomposed, "পুলিশের", "Police"]
    assert lowered_words(given) == [nfc(w).lower() for w in given]
    calls = []
    monkeypatch.setattr(textutil, "nfc", lambda w: calls.append(w) or unicodedata.normalize("NFC", w))
    assert lowered_words(given) == ["police", "éclair", "পুলিশের", "police"]
    assert calls == []   # every one of them was seen above
    lowered_words(["Unseen-Word"])
    assert calls == ["Unseen-Word"]


def test_tokens_found_as_strings_are_those_of_the_match_objects():
    from khobor.actors.keys import TEXT_TOKEN, _tokens_of, fold_token
    texts = ["Kim Jong-un met KIM JONG UN", "a-b a a", "ঢাকা, ঢাকার ঢাকা — কিম জং-উন",
             "রাজ\u200cশাহী রাজ\u200cশাহী\u200d", "\u200c", "Erdoğan; erdogan... 12 12", "", "   x"]
    for text in texts:
        by_match = tuple((m.start(), m.end(), fold_token(m.group())) for m in TEXT_TOKEN.finditer(text))
        assert _tokens_of(text) == by_match, text


def test_the_title_a_description_ends_in_is_searched_once_per_pattern_and_description():
    from types import SimpleNamespace

    from khobor import lang
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder

    g = grammar_for(lang.load("bn"))

    class Counted:   # the pack's title pattern, its searches counted
        def __init__(self):
            self.searches = 0

        def search(self, text):
            self.searches += 1
            return g.title_rx.search(text)

    rx = Counted()
    finder = SimpleNamespace(g=SimpleNamespace(title_rx=rx))
    heads = [SpeakerFinder.title_head(finder, k) for k in ("দলের মুখপাত্র", "দলের মুখপাত্র", "নদীর পাড়", "নদীর পাড়")]
    assert heads[0] == heads[1] == "মুখপাত্র" and heads[2] is heads[3] is None
    assert rx.searches == 2
    other = Counted()   # another pattern asks again
    assert SpeakerFinder.title_head(SimpleNamespace(g=SimpleNamespace(title_rx=other)), "দলের মুখপাত্র") == "মুখপাত্র"
    assert other.searches == 1


def test_native_spellings_score_a_bucket_in_one_call_as_one_ratio_per_alias_would():
    from rapidfuzz import fuzz

    from khobor.actors.keys import key_tokens
    from khobor.actors.native import NATIVE_MARGIN, NATIVE_MIN, NativeSpellings
    from test_actors_native import FOLDS, small_registry

    native = NativeSpellings(small_registry(), FOLDS)
    name = native.fold(key_tokens("নিকোলাস সারকোজি"))
    head = (len(name), name[0][:1])
    bucket = native.index()[head]
    within = [cand for cand in native._choices(head, bucket) if fuzz.ratio(" ".join(name), cand) >= NATIVE_MIN - NATIVE_MARGIN]
    assert len(within) == 1
    assert native._choices(head, bucket) is native._choices(head, bucket)   # listed once
    assert native.best(key_tokens("নিকোলাস সারকোজি"), "PER")[0] == "nicolas-s"


def test_the_event_features_normalise_a_word_seen_before_no_more(monkeypatch):
    from khobor.events import classifier, genre

    sentence = "পুলিশ সোমবার বিক্ষোভকারীদের ওপর গুলি চালায়"
    before = (genre.features(sentence), classifier.features(classifier.Candidate(sentence, 6, 12, "ATTACK")))
    calls = []

    def counted(w):
        calls.append(w)
        return unicodedata.normalize("NFC", w)

    for module in (textutil, genre, classifier):
        monkeypatch.setattr(module, "nfc", counted, raising=False)
    again = (genre.features(sentence), classifier.features(classifier.Candidate(sentence, 6, 12, "ATTACK")))
    assert again == before and calls == []


def test_a_document_word_not_written_before_compiles_no_issuer_pattern():
    from types import SimpleNamespace

    from khobor.quotes.attribution import _issued_document_rx, issuer_named_before

    text = "মন্ত্রণালয়ের শাখা থেকে জারি করা এক বিজ্ঞপ্তিতে কথাটি আছে। পরিপত্রে বলা হয়েছে, সব ঠিক।"
    finder = SimpleNamespace(g=SimpleNamespace(document_issuers=("থেকে জারি করা",), indefinites=frozenset({"এক"})),
                             text=text)
    misses = _issued_document_rx.cache_info().misses
    assert issuer_named_before(finder, "পরিপত্রে", text.index("পরিপত্রে")) is None   # never written before it
    assert _issued_document_rx.cache_info().misses == misses
