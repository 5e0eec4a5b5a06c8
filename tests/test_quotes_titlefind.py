"""The title finder gives exactly the matches of the title pattern tried at every position."""
import regex

from khobor import lang
from khobor.quotes.grammar import _title_rx, compile_grammar
from khobor.quotes.titlefind import TitleFinder, words_without_space

BN_SENTENCES = [
    "যুক্তরাষ্ট্রের পররাষ্ট্রমন্ত্রী বুধবার ঢাকায় পৌঁছেছেন।",
    "দলটির সাবেক মহাসচিব বলেন, নির্বাচন সময়মতো হবে।",
    "প্রধান উপদেষ্টার প্রেস সচিব সাংবাদিকদের জানান, বৈঠক শেষ হয়েছে।",
    "ঢাকা বিশ্ববিদ্যালয়ের উপাচার্য ও দুজন অধ্যাপক সভায় ছিলেন।",
    "জেলা প্রশাসক, পুলিশ সুপার এবং স্থানীয় সাংসদ-প্রার্থী ঘটনাস্থল পরিদর্শন করেন।",
    "সংস্থাটির ভারপ্রাপ্ত পরিচালক (প্রশাসন) রাশেদ করিম বলেন, তদন্ত চলছে।",
    "নির্বাচন কমিশনের কর্মকর্তারা ২০ জানুয়ারি বৈঠক করবেন।",
    "বৃষ্টিতে শহরের রাস্তাঘাট ডুবে গেছে, কোনো কর্মকর্তা মন্তব্য করেননি।",
    "মন্ত্রী মন্ত্রী মন্ত্রী মন্ত্রী বললেন",
    "",
    "১২৩ - মেয়র",
]
EN_SENTENCES = [
    "The US Secretary of State arrived in Dhaka on Wednesday.",
    "Former prime minister Sheikh Hasina's lawyer said the trial was unfair.",
    "A senior police official, who asked not to be named, said three people were arrested.",
    "The party's acting secretary general told reporters the rally would go ahead.",
    "Vice-president Kamala spoke; the vice president did not.",
]


def _key(matches):
    return [(m.span(), m["mods"], m["head"]) for m in matches]


def _reference(code):
    """The title pattern as it stands, tried at every position by `finditer`."""
    data = lang.load(code).yaml("quotes")
    return compile_grammar(code, data), _title_rx(data)


def test_bengali_finder_matches_the_pattern_tried_everywhere():
    g, old = _reference("bn")
    assert g.title_finder.title_word_rx is not None  # the fast path is the one under test
    text = "\n".join(BN_SENTENCES)
    for t in BN_SENTENCES + [text]:
        assert _key(g.title_finder.finditer(t)) == _key(old.finditer(t)), t
    assert len(_key(old.finditer(text))) >= 8


def test_english_finder_matches_the_pattern_tried_everywhere():
    g, old = _reference("en")
    for t in EN_SENTENCES + [" ".join(EN_SENTENCES)]:
        assert _key(g.title_finder.finditer(t)) == _key(old.finditer(t)), t


def test_modifiers_that_may_hold_spaces_are_tried_everywhere():
    assert words_without_space(r"[\p{L}\p{M}]+(?:ের|দের)|সাবেক")
    assert not words_without_space(r"vice president|chief")
    assert not words_without_space(r"chief\s+of")
    assert not words_without_space(r".+s")
    assert not words_without_space(r"[^,]+")


def test_a_modifier_word_bound_finds_matches_far_from_the_title():
    rx = regex.compile(r"(?<!\w)(?P<mods>(?:(?:\w+er)\s+){0,2})(?P<head>\w*(?i:chief))(?!\w)")
    finder = TitleFinder(rx, regex.compile(r"(?i:chief)"), 2)
    text = "the older wiser armychief and a policechief met the chief"
    assert _key(finder.finditer(text)) == _key(rx.finditer(text))
    assert [m[0] for m in finder.finditer(text)] == ["older wiser armychief", "policechief", "chief"]


def test_bounded_finder_matches_the_pattern_tried_everywhere_in_the_bounds():
    """A speaker region asks for the titles between two offsets: the same matches as the pattern's
    own bounded finditer, whether the bounds cut a word, a modifier or a title."""
    g, old = _reference("bn")
    text = "\n".join(BN_SENTENCES)
    bounds = [(a, b) for a in range(0, len(text), 7) for b in range(a, len(text) + 1, 11)]
    for a, b in bounds:
        assert _key(g.title_finder.finditer(text, a, b)) == _key(old.finditer(text, a, b)), (a, b)
    cut = text.index("পররাষ্ট্রমন্ত্রী") + 3  # inside a title word: what is left of it is not the title
    assert _key(g.title_finder.finditer(text, cut, len(text))) == _key(old.finditer(text, cut, len(text)))
    assert any(_key(g.title_finder.finditer(text, a, b)) for a, b in bounds)


def test_bounded_finder_in_english_is_the_pattern_itself():
    g, old = _reference("en")
    text = " ".join(EN_SENTENCES)
    for a, b in [(0, len(text)), (4, 40), (20, 120), (57, len(text) - 3)]:
        assert _key(g.title_finder.finditer(text, a, b)) == _key(old.finditer(text, a, b)), (a, b)


def test_bengali_title_words_are_found_by_their_first_words():
    """The Bengali titles have no case, so their first words find where a title may start; a
    pack with a cased title keeps the pattern's own scan (str.find would miss another case)."""
    from khobor.quotes.titlefind import caseless_lead_words
    g, old = _reference("bn")
    assert g.title_finder.lead_words  # the fast path is the one under test
    text = "\n".join(BN_SENTENCES)
    scanned = [t.start() for t in g.title_finder.title_word_rx.finditer(text, overlapped=True)]
    assert set(scanned) <= set(g.title_finder.title_word_starts(text, 0, len(text)))
    assert caseless_lead_words(["মন্ত্রী", "Minister"]) is None
    assert caseless_lead_words(["প্রধান উপদেষ্টা", "উপদেষ্টা"]) == ("প্রধান", "উপদেষ্টা")
    other = "সাবেক মন্ত্রী বলেন"  # a second text is searched anew, not answered from the first
    assert _key(g.title_finder.finditer(other)) == _key(old.finditer(other)) != []
    assert _key(g.title_finder.finditer(text)) == _key(old.finditer(text))


def test_english_title_words_are_found_by_their_case_folded_first_words():
    """English titles have case: their first words, case-folded, are found in the case-folded
    text, wherever the pattern (which ignores case) would match; a text whose folding changes its
    length ("ß" -> "ss") is scanned by the title words' own pattern instead, the same matches."""
    from khobor.quotes.titlefind import folded_lead_words
    g, old = _reference("en")
    finder = g.title_finder
    assert finder.fold and "minister" in finder.lead_words  # the fast path is the one under test
    texts = EN_SENTENCES + ["FORMER PRIME MINISTER Karim and the Foreign Secretary met.",
                            "Straße: the former Minister of Straßenbau spoke to a SPOKESMAN."]
    for t in texts + [" ".join(texts)]:
        assert _key(finder.finditer(t)) == _key(old.finditer(t)), t
        assert _key(finder.finditer(t, 5, len(t) - 4)) == _key(old.finditer(t, 5, len(t) - 4)), t
    assert finder.title_word_starts("The Prime Minister", 0, 18) == [4, 10]
    assert folded_lead_words(["Prime Minister", "minister"]) == ("prime", "minister")
    assert folded_lead_words(["Straße"]) is None


def test_title_words_as_a_trie_match_what_the_longest_first_alternation_does(monkeypatch):
    """The title pattern's titles, case-folded and factored by their first letters, match the
    same titles as the flat alternation of the titles as written, longest first, and keep the
    same one where two match ("প্রধান উপদেষ্টার" is the whole title, not "প্রধান")."""
    from khobor.quotes import grammar
    texts = {"bn": BN_SENTENCES + ["প্রধান উপদেষ্টার প্রেস সচিব ও সাবেক প্রধানমন্ত্রী এলেন।"],
             "en": EN_SENTENCES + ["The Prime Minister, the PRIME MINISTERS and a chief of staff."]}
    trie = {code: _title_rx(lang.load(code).yaml("quotes")) for code in texts}
    monkeypatch.setattr(grammar, "_title_alt", grammar._alt)
    for code, sentences in texts.items():
        flat = _title_rx(lang.load(code).yaml("quotes"))
        assert trie[code].pattern != flat.pattern
        for t in sentences + ["\n".join(sentences)]:
            assert _key(trie[code].finditer(t)) == _key(flat.finditer(t)), t
