"""The quote patterns' cue words, and the grammar's any-cue pattern, as tries match what their flat
alternations, longest first, do."""
from khobor import lang
from khobor.quotes import grammar

SENTENCES = {
    "bn": ["তিনি সাংবাদিকদের বলেন, নির্বাচন সময়মতো হবে।",
           "দলটির মহাসচিব অভিযোগ করেন যে সরকার ব্যর্থ হয়েছে।",
           "\ue000 বলে মন্তব্য করেছেন স্থানীয় সাংসদ।",
           "পুলিশের পক্ষ থেকে জানানো হয়েছে, তদন্ত চলছে।",
           "প্রধান উপদেষ্টা আশা প্রকাশ করে বলেছেন, সংস্কার শেষ হবে।"],
    "en": ["The minister said on Monday that the talks would go on.",
           "\ue000, Karim Uddin told reporters in Dhaka.",
           "Police confirmed that three people were arrested, a spokesman said.",
           "The United States warned it would act, the president added.",
           "According to the ministry, prices rose."],
}


def _found(g, text):
    out = []
    for p in g.patterns:
        m = p.rx.search(text)
        out.append(m and (m.span(), m.groupdict()))
    return out + [(m.span(), m.group()) for m in g.cue_rx.finditer(text)]


def test_cue_tries_match_as_the_flat_alternations(monkeypatch):
    tries = {code: grammar.compile_grammar(code, lang.load(code).yaml("quotes")) for code in SENTENCES}
    monkeypatch.setattr(grammar, "_words_trie", lambda words, exact=False: grammar._alt(words))
    for code, sentences in SENTENCES.items():
        flat = grammar.compile_grammar(code, lang.load(code).yaml("quotes"))
        assert [p.rx.pattern for p in flat.patterns] != [p.rx.pattern for p in tries[code].patterns]
        assert flat.cue_rx.pattern != tries[code].cue_rx.pattern
        found = [_found(tries[code], t) for t in sentences]
        assert found == [_found(flat, t) for t in sentences]
        assert any(m for f in found for m in f)


def test_words_trie_folds_case_only_where_the_pattern_ignores_it():
    assert grammar._words_trie(["Said", "said", "says"]) == "sa(?:id|ys)"
    assert grammar._words_trie(["States", "says"], exact=True) == "(?:States|says)"
    assert grammar._words_trie(["Straße", "sagt"]) == grammar._alt(["Straße", "sagt"])
