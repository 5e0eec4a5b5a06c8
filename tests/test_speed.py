"""Start-up caches (khobor.diskcache) and the per-article memos: what is read back from the disk
cache behaves exactly like what is built afresh, and a changed source file is never served stale."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khobor import diskcache

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(folder))
    return folder


def test_cached_builds_once_then_reads_back(cache, tmp_path):
    source = tmp_path / "words.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert diskcache.cached("words", [source], build) == {"built": 1}
    assert diskcache.cached("words", [source], build) == {"built": 1}
    assert len(calls) == 1
    assert len(list(cache.glob("words-*.pickle"))) == 1


def test_a_changed_source_rebuilds_and_old_entries_are_dropped(cache, tmp_path):
    source = tmp_path / "words.yaml"
    for version in range(diskcache.KEEP + 2):
        source.write_text(f"a: {version}\n", encoding="utf-8")
        assert diskcache.cached("words", [source], lambda: version) == version
    assert len(list(cache.glob("words-*.pickle"))) == diskcache.KEEP
    assert not list(cache.glob(".words-*"))


def test_a_name_may_keep_more_entries_than_the_default(cache, tmp_path):
    source = tmp_path / "words.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    for n in range(diskcache.KEEP + 3):   # several live values of one name, told apart by `extra`
        assert diskcache.cached("many", [source], lambda: n, extra=str(n), keep=diskcache.KEEP + 3) == n
    assert len(list(cache.glob("many-*.pickle"))) == diskcache.KEEP + 3
    assert diskcache.cached("many", [source], lambda: -1, extra="0", keep=diskcache.KEEP + 3) == 0


def test_a_lead_class_read_back_is_the_one_built_and_one_per_pattern(cache):
    import regex
    from khobor.leadscan import _lead_class, lead_class
    months = regex.compile(r"(?:jan|feb|mar)\w*", regex.IGNORECASE)
    digits = regex.compile(r"\d+")
    built = [lead_class(months), lead_class(digits)]
    assert built == [_lead_class(months, 0x1000), _lead_class(digits, 0x1000)]
    assert built[0] != built[1]
    assert len(list(cache.glob("lead-class-*.pickle"))) == 2
    assert [lead_class(months), lead_class(digits)] == built   # read back from the disk


def test_names_that_share_a_prefix_keep_their_own_entries(cache, tmp_path):
    source = tmp_path / "x.yaml"
    source.write_text("x\n", encoding="utf-8")
    diskcache.cached("yaml-bn", [source], lambda: 1)
    diskcache.cached("yaml-bn-times", [source], lambda: 2)
    assert diskcache.cached("yaml-bn", [source], lambda: 0) == 1
    assert diskcache.cached("yaml-bn-times", [source], lambda: 0) == 2


def test_caching_off_and_a_torn_entry_only_cost_time(tmp_path, monkeypatch):
    source = tmp_path / "x.yaml"
    source.write_text("x\n", encoding="utf-8")
    monkeypatch.setenv("KHOBOR_CACHE_DIR", "off")
    assert diskcache.cache_dir() is None
    assert diskcache.cached("x", [source], lambda: 7) == 7
    folder = tmp_path / "c"
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(folder))
    diskcache.cached("x", [source], lambda: 7)
    for entry in folder.glob("x-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert diskcache.cached("x", [source], lambda: 8) == 8


def test_an_unwritable_folder_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(blocker / "cache"))
    assert diskcache.cached("x", [blocker], lambda: "value") == "value"


def test_the_time_grammar_survives_pickling():
    from khobor import lang
    from khobor.times.grammar import Grammar
    from khobor.times.expressions import _borrowed_data
    data = lang.load("en").yaml("times")
    fresh = Grammar(data, _borrowed_data)
    back = pickle.loads(pickle.dumps(fresh))
    text = "On Monday, 3 March 2025, officials said talks would resume next week."
    assert [(f.start, f.end, f.fields) for f in back.candidates(text)] == \
        [(f.start, f.end, f.fields) for f in fresh.candidates(text)]
    assert back.candidates(text)


def test_tokens_of_a_long_text_are_remembered_and_read_only():
    from khobor.actors.keys import tokens
    text = "Kim Jong-un met officials. " * 20
    first = tokens(text)
    assert isinstance(first, tuple) and first[:3] == ((0, 3, "kim"), (4, 8, "jong"), (9, 11, "un"))
    assert tokens(text) is first
    assert tokens("Kim Jong-un") == ((0, 3, "kim"), (4, 8, "jong"), (9, 11, "un"))


def test_extract_gives_the_same_record_with_and_without_the_cache(tmp_path):
    """A fresh process with an empty cache, the same with the cache it filled, and one with caching
    off print the same record."""
    article = ROOT / "examples" / "bn-dhaka-flood.txt"

    def extract(cache_dir: str) -> str:
        env = {"PYTHONPATH": str(ROOT / "src"), "KHOBOR_CACHE_DIR": cache_dir, "OMP_NUM_THREADS": "1",
               "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        out = subprocess.run([sys.executable, "-m", "khobor.cli", "extract", str(article), "--published", "2025-07-01"],
                             env=env, capture_output=True, text=True, check=True)
        return out.stdout

    folder = str(tmp_path / "cache")
    cold, warm, off = extract(folder), extract(folder), extract("off")
    assert cold == warm == off
    assert any(Path(folder).glob("registry-*.pickle"))


def test_a_pack_table_is_read_back_from_the_cache_and_never_stale(cache, tmp_path):
    """A pack's TSV is parsed once and read back from the disk cache; an edited file is parsed
    anew (the entry is named by the file's bytes), so a stale table is never served."""
    from khobor.lang import LangPack
    folder = tmp_path / "xx"
    folder.mkdir()
    table = folder / "name_spellings.tsv"
    table.write_text("native\tlatin\n# a comment line\nকরিম\tKarim\n", encoding="utf-8")
    assert LangPack("xx", folder).tsv("name_spellings") == [{"native": "করিম", "latin": "Karim"}]
    assert len(list(cache.glob("tsv-xx-name_spellings-*.pickle"))) == 1
    assert LangPack("xx", folder).tsv("name_spellings") == [{"native": "করিম", "latin": "Karim"}]
    table.write_text("native\tlatin\nরহিম\tRahim\n", encoding="utf-8")
    assert LangPack("xx", folder).tsv("name_spellings") == [{"native": "রহিম", "latin": "Rahim"}]
    assert LangPack("xx", folder).tsv("absent") == []


def test_whole_word_occurrences_are_those_of_the_lookaround_pattern():
    """The repeated-names rule finds a name by str.find and two one-character checks; on every
    text and name below it gives the spans the escaped name between lookarounds gives."""
    import random

    import regex
    from khobor.quotes.speakers import whole_word_occurrences

    assert whole_word_occurrences("Ali Khan, Alina Khan; Ali Khanum, Ali Khan", "Ali Khan") == [(0, 8), (34, 42)]
    assert whole_word_occurrences("করিমের করিম করিম১", "করিম") == [(7, 11)]
    rng = random.Random(7)
    letters = "ab .,1কম\u09cd\u09be"
    for _ in range(3000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 24)))
        name = "".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))
        pattern = rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}\p{{N}}])"
        assert whole_word_occurrences(text, name) == [m.span() for m in regex.finditer(pattern, text)], (text, name)


def test_modality_cue_endings_are_looked_up_as_the_loop_over_cues_did():
    """`_ends` looks a word up in a set of whole cues and a tuple of "*x" endings; on every word
    and cue list below it answers as comparing the word with each cue in turn."""
    import random

    from khobor.events.modality import _ends

    def one_by_one(word, cues):
        return any(word == c or (c.startswith("*") and word.endswith(c[1:])) for c in cues)

    assert _ends("করবেন", ("না", "*বেন")) and not _ends("করে", ("না", "*বেন"))
    assert _ends("anything", ("*",)) and not _ends("anything", ())
    rng = random.Random(11)
    for _ in range(5000):
        cues = tuple("".join(rng.choice("ab*") for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 4)))
        word = "".join(rng.choice("ab*") for _ in range(rng.randint(0, 4)))
        assert _ends(word, cues) == one_by_one(word, cues), (word, cues)


def test_the_marks_pattern_finds_every_mark_character_as_a_loop_would():
    from hypothesis import given, settings, strategies as st
    from khobor.quotes.marks import _marks_rx
    marks = "\"'“”‘’«»]^-\\"

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=marks + "ab কখ\n।", max_size=60), st.sets(st.sampled_from(marks), min_size=1))
    def same(text, chars):
        chars = "".join(sorted(chars))
        assert [m.start() for m in _marks_rx(chars).finditer(text)] == [i for i, c in enumerate(text) if c in chars]
    same()


def _index_value(index) -> dict:
    """A PatternIndex as plain values: each first word's or prefix's patterns in order."""
    def pattern(p):
        return (p.text, p.priority, p.source, sorted(p.info.items(), key=str),
                [(sorted(e.exact), e.prefixes, e.context, e.gap) for e in p.elements])
    return {"words": {w: [pattern(p) for p in ps] for w, ps in index.by_word.items()},
            "prefixes": {n: {pre: [pattern(p) for p in ps] for pre, ps in t.items()} for n, t in index.by_prefix.items()}}


def test_the_trigger_index_read_back_is_the_one_built_with_the_same_irregular_forms(cache):
    from khobor import lang
    from khobor.events import schema
    from khobor.events.lexicon import _built_index, trigger_index
    from khobor.events.patterns import Inflector
    pack = lang.load("en")   # its verb table adds irregular forms ("hurry:hurries,hurrying,hurried")
    cfg = schema.load(pack)
    fresh = Inflector(cfg.inflection, cfg.irregular_verbs)
    built = _built_index(cfg, pack, fresh)
    first, second = (Inflector(cfg.inflection, cfg.irregular_verbs) for _ in range(2))
    assert _index_value(trigger_index(cfg, pack, first)) == _index_value(built)    # built, then kept
    assert len(list(cache.glob("trigger-index-en-*.pickle"))) == 1
    assert _index_value(trigger_index(cfg, pack, second)) == _index_value(built)   # read back
    assert first.irregular == second.irregular == fresh.irregular != cfg.irregular_verbs
    assert {w: second.forms(w) for w in fresh._forms} == {w: fresh.forms(w) for w in fresh._forms}


def test_gazetteer_word_lists_read_back_from_the_disk_cache_as_built(cache):
    """The NER gazetteer's word lists (`ner.gazetteer._lexicons`) are written once, and what a
    later process reads back equals what the pack builds, the names by first word in their order."""
    from khobor.ner import gazetteer
    built = gazetteer._build_lexicons("bn")
    written, read_back = _written_and_read_back(gazetteer._lexicons, "bn")
    assert len(list(cache.glob("gazetteer-lexicons-bn-*.pickle"))) == 1
    assert read_back is not written
    assert read_back == written == built
    assert list(read_back["titles_by_first"].items()) == list(built["titles_by_first"].items())
    # partners are the spelled name words and the pack's written foreign given names
    assert read_back["seen_words"] and read_back["partner_names"] <= (read_back["name_word_sets"][0]
                                                                      | gazetteer._given_names("bn"))


def test_the_trigger_index_keeps_one_object_per_equal_info_and_element(cache):
    """The English trigger index as kept (built or read back) holds each distinct info and element
    once: far fewer objects than patterns, and a pattern's `required` are its own elements' words."""
    from khobor import lang
    from khobor.events import schema
    from khobor.events.lexicon import trigger_index
    from khobor.events.patterns import Inflector
    pack = lang.load("en")
    cfg = schema.load(pack)
    for _ in range(2):   # built, then read back
        index = trigger_index(cfg, pack, Inflector(cfg.inflection, cfg.irregular_verbs))
        patterns = {id(p): p for ps in index.by_word.values() for p in ps}.values()
        infos = {id(p.info) for p in patterns}
        elements = {id(e) for p in patterns for e in p.elements}
        assert len(infos) == len({repr(list(p.info.items())) for p in patterns}) < len(patterns) / 10
        assert len(elements) == len({(e.exact, e.prefixes, e.context, e.gap) for p in patterns for e in p.elements})
        assert all(p.required == [e.exact for e in p.elements[1:] if not e.prefixes] for p in patterns)


def test_a_file_unchanged_in_size_and_time_is_not_hashed_again(cache, tmp_path):
    source = tmp_path / "words.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    old = time.time_ns() - 3600 * 10**9
    os.utime(source, ns=(old, old))   # an hour old: past the racy window
    first = diskcache.fingerprint([source])
    diskcache._DIGESTS.memo = None     # as a new process: the memo is read back from the folder
    source.write_text("a: 2\n", encoding="utf-8")
    os.utime(source, ns=(old, old))   # same size, same time, same inode: trusted as unchanged
    assert diskcache.fingerprint([source]) == first
    os.utime(source, ns=(old + 1, old + 1))
    assert diskcache.fingerprint([source]) != first


def test_a_file_changed_a_moment_ago_is_hashed_at_every_fingerprint(cache, tmp_path):
    source = tmp_path / "words.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    stamp = source.stat().st_mtime_ns
    first = diskcache.fingerprint([source])
    source.write_text("a: 2\n", encoding="utf-8")
    os.utime(source, ns=(stamp, stamp))   # a rewrite within one tick of the clock
    assert diskcache.fingerprint([source]) != first


def _rules_value(rules) -> dict:
    """A clean.rules.Rules as plain values: each compiled pattern as its text and flags."""
    import dataclasses
    import regex

    def plain(v):
        if isinstance(v, regex.Pattern):
            return (v.pattern, v.flags)
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        return v
    return {f.name: plain(getattr(rules, f.name)) for f in dataclasses.fields(rules)}


def test_clean_rules_read_back_are_the_ones_built_and_a_code_without_a_pack_shares_none(cache):
    """The compiled cleaning rules kept in the disk cache are those the packs compile to, field by
    field; a language code no pack has builds what None does and is kept as None's one entry."""
    from khobor.clean import rules as clean_rules
    built = {code: _rules_value(clean_rules._built_rules(code)) for code in ("en", None)}
    clean_rules.rules_for.cache_clear()
    try:
        written = clean_rules.rules_for("en")
        clean_rules.rules_for.cache_clear()
        read_back = clean_rules.rules_for("en")
        no_pack = clean_rules.rules_for("xx")
        unknown = clean_rules.rules_for(None)
    finally:
        clean_rules.rules_for.cache_clear()
    assert read_back is not written
    assert _rules_value(read_back) == _rules_value(written) == built["en"] != built[None]
    assert _rules_value(no_pack) == _rules_value(unknown) == built[None]
    assert len(list(cache.glob("clean-rules-en-*.pickle"))) == len(list(cache.glob("clean-rules-None-*.pickle"))) == 1
    assert not list(cache.glob("clean-rules-xx-*"))


@pytest.mark.parametrize("text, name", [
    ("মো. তারেক রহমান বলেন, তারেক রহমান আজ ঢাকায়।", "তারেক রহমান"),
    ("aXbXaXbaXb", "aXb"),
    ("aaaa", "aa"),                        # overlapping occurrences: each after the last one's end
    ("Mr. Rahman (Rahman) met Rahman's aide", "Rahman"),
    ("a.b a+b a*b (a)", "a.b"),            # characters a pattern would read as syntax
    ("no such name here", "Karim"),
    ("abc", ""),                           # the empty name matches everywhere, as regex's does
])
def test_literal_starts_are_the_starts_an_escaped_pattern_finds(text, name):
    """actors.provisional.literal_starts finds a name's occurrences without compiling a pattern
    per name, and finds the same ones as regex.finditer(regex.escape(name), text)."""
    import regex

    from khobor.actors.provisional import literal_starts
    assert list(literal_starts(text, name)) == [m.start() for m in regex.finditer(regex.escape(name), text)]


def test_entities_given_the_doc_text_are_those_read_from_the_doc():
    """entities.run hands reconcile_doc the text each Doc was made from (spaCy's `doc.text` joins
    every token again): that text must be the Doc's text, and the spans the same either way."""
    from khobor import lang
    from khobor.ner.entities import _model, model_text, _colon_initials
    from khobor.ner.model import entity_spans
    pack = lang.load("bn")
    nlp = _model(pack)
    if nlp is None:
        pytest.skip("no Bengali NER model")
    texts = [model_text(t, _colon_initials("bn")) for t in (   # written for this test
        "গফরগাঁও থানার ওসি মো: শাহীন আলম  বুধবার সাংবাদিকদের এ তথ্য জানান।",
        "ঢাকা বিশ্ববিদ্যালয়ের উপাচার্য অধ্যাপক রহিম উদ্দিন সভায় সভাপতিত্ব করেন।",
        "\u200cবন্যায় সিলেট ও সুনামগঞ্জের ৪০টি গ্রাম প্লাবিত হয়েছে\n",
        "  নির্বাচন কমিশন (ইসি) আগামী ১২ ফেব্রুয়ারি ভোটের তারিখ ঘোষণা করেছে। ",
    )]
    for text, doc in zip(texts, nlp.pipe(texts)):
        assert doc.text == text
        assert entity_spans(nlp, doc, text=text) == entity_spans(nlp, doc)


def test_person_words_read_back_from_the_disk_cache_as_built(cache):
    """`person_words` (spelled name words and words of two titled names) is written once, and a
    later process reads back what the pack builds; a code without a pack keeps nothing."""
    from khobor.actors import provisional
    built = provisional._built_person_words("bn")
    written, read_back = _written_and_read_back(provisional.person_words, "bn")
    assert _written_and_read_back(provisional.person_words, None) == (frozenset(), frozenset())
    assert len(list(cache.glob("person-words-bn-*.pickle"))) == 1 and not list(cache.glob("person-words-None*"))
    assert read_back is not written and read_back == written == built and "মুসা" in built


def _written_and_read_back(remembered, *args):
    """(the value of an lru-cached function that keeps it in the disk cache, when it writes the
    entry; the value it reads back in a fresh process), its in-process memo cleared around both."""
    remembered.cache_clear()
    try:
        written = remembered(*args)
        remembered.cache_clear()
        return written, remembered(*args)
    finally:
        remembered.cache_clear()
