"""What the start-up and throughput changes must keep: spaCy's own CLI still importable after the
lean import, the collector restored after a language's first article, and the remembered
decisions (alias labels, agent phrases) answering as the uncached code did. No timings here:
speed figures live in bench/bench_pipeline.py."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

LEAN_IMPORT = """
import sys
from khobor.clean.language import detect_language
assert detect_language("The quick brown fox jumps over the lazy dog and runs away") == "en"
assert "robust_downloader" not in sys.modules and "requests" not in sys.modules, "the downloader came in"
from khobor.ner.model import import_spacy
spacy = import_spacy()
assert "spacy.cli" not in sys.modules, "the CLI package was imported"
assert callable(spacy.info) and hasattr(spacy, "load")
import spacy.cli                       # the real package, as `khobor ner train` imports it
from spacy.cli.train import train
assert spacy.cli.__file__.endswith("__init__.py") and callable(train)
print("ok")
"""


def _prints_ok(script: str, *args: str, **env: str) -> None:
    """Runs `script` in a fresh Python process (this checkout's sources first on its path, `env`
    added to the environment) and asserts it ended well and printed "ok" last."""
    env = dict(os.environ, PYTHONPATH=str(SRC), **env)
    out = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[-1:] == ["ok"], out.stdout[-500:]


def test_spacy_and_the_language_detector_import_without_cli_or_downloader():
    _prints_ok(LEAN_IMPORT)


REGISTRY_WITHOUT_CJK = """
import inspect, sys
from khobor.ner import model
spacy = model.import_spacy()
model.load_model("bn")
loaded = sorted(m for m in sys.modules if m.split(".")[:3] in (["spacy", "lang", c] for c in ("ja", "ko", "th", "vi", "zh")))
assert loaded == [], loaded
from spacy.util import registry
deferred = registry.tokenizers.get("spacy.zh.ChineseTokenizer")
from spacy.lang.zh import create_chinese_tokenizer   # the real package, imported on demand
assert inspect.signature(deferred) == inspect.signature(create_chinese_tokenizer)
assert [t.text for t in spacy.blank("zh")("我爱北京")] == ["我", "爱", "北", "京"]
print("ok")
"""


def test_spacy_registry_fills_without_the_cjk_packages_and_imports_them_on_demand():
    _prints_ok(REGISTRY_WITHOUT_CJK)


def test_entry_points_by_group_answer_as_the_scan_does():
    import importlib.metadata
    from khobor.ner.model import _EntryPointsByGroup
    scan = importlib.metadata.entry_points()
    by_group = _EntryPointsByGroup(scan)
    groups = scan.groups   # every group the scan holds (EntryPoints and 3.11's SelectableGroups alike)
    assert "console_scripts" in groups and set(by_group.groups) == groups
    for group in [*groups, "no_such_group"]:
        assert list(by_group.select(group=group)) == list(scan.select(group=group)), group
    name = next(iter(by_group.select(group="console_scripts"))).name
    assert list(by_group.select(group="console_scripts", name=name)) == list(scan.select(group="console_scripts", name=name))


def test_first_article_of_a_language_runs_with_the_collector_paused_then_frozen():
    from khobor import pipeline
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with pipeline._first_of_language("zz-test"):
            assert not gc.isenabled()
            kept = [[object()] for _ in range(100)]   # what a loader keeps for the process
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(kept)
        with pipeline._first_of_language("zz-test"):  # later articles: the collector as usual
            assert gc.isenabled()
    finally:
        pipeline._SETTLED.discard("zz-test")
        gc.unfreeze()


def test_a_library_that_enables_the_collector_does_not_end_the_pause():
    """srsly (spaCy's model reader) calls gc.enable() after each file it reads."""
    from khobor import pipeline
    thresholds = gc.get_threshold()
    collections = []
    def count(phase, info):
        if phase == "start":
            collections.append(info["generation"])
    try:
        with pipeline._first_of_language("zz-enabled"):
            gc.enable()   # as srsly.read_msgpack does
            gc.callbacks.append(count)
            made = [[i] for i in range(20 * max(thresholds[0], 1))]   # many container objects
            gc.callbacks.remove(count)
        assert collections == [] and made
        assert gc.isenabled() and gc.get_threshold() == thresholds
    finally:
        if count in gc.callbacks:
            gc.callbacks.remove(count)
        pipeline._SETTLED.discard("zz-enabled")
        gc.unfreeze()


def test_collector_stays_off_when_it_was_off_before():
    from khobor import pipeline
    gc.disable()
    try:
        with pipeline._first_of_language("zz-off"):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        pipeline._SETTLED.discard("zz-off")
        gc.unfreeze()


def test_agent_phrases_are_remembered_per_word_and_found_as_before():
    from khobor.events.agents import Agent, AgentLexicon
    police = Agent("police", "COP", False)
    army = Agent("army", "MIL", False)
    lex = AgentLexicon({("police",): police, ("riot", "police"): police, ("army",): army},
                       prefix_match=True, endings=("", "s", "'s"))
    text = "The riot police and the armys met the police's chief."
    first = list(lex.find(text.lower()))
    again = list(lex.find(text.lower()))
    assert first == again
    assert [(text[s:e], a.name) for s, e, a in first] == [("riot police", "police"), ("army", "army"),
                                                          ("police", "police")]
    assert lex._phrases_starting("policemen") == []      # "men" is no ending: no phrase
    assert lex._phrases_starting("riot") == [("riot", "police")]


EXTRACT_WITHOUT_STORE = """
import sys
from click.testing import CliRunner
from khobor.cli import main
result = CliRunner().invoke(main, ["extract", sys.argv[1]], catch_exceptions=False)
assert result.exit_code == 0 and '"schema": "khobor.record/1"' in result.output, result.output[-500:]
stored = sorted(m for m in ("sqlalchemy", "alembic", "khobor.store", "khobor.organise.stories") if m in sys.modules)
assert not stored, f"extract imported the store's packages: {stored}"
readers = sorted(m for m in ("warcio", "charset_normalizer") if m in sys.modules)
assert not readers, f"extract of a UTF-8 text file imported other readers' libraries: {readers}"
builders = sorted(m for m in ("khobor.actors.build", "khobor.actors.phoenix") if m in sys.modules)
assert not builders, f"extract imported the registry's builder: {builders}"
print("ok")
"""


def test_extract_of_one_article_never_imports_the_store(tmp_path):
    """`khobor extract` writes records to stdout and stores nothing, so it must not pay for
    SQLAlchemy and Alembic (about a quarter of a second of start-up); it reads the built actor
    registry, so it must not import the builder either (its YAML and Phoenix readers)."""
    article = tmp_path / "one.txt"
    article.write_text("ঢাকায় বৈঠক\n\nমন্ত্রী রহিম উদ্দিন বুধবার ঢাকায় বৈঠক করেন।\n", encoding="utf-8")
    _prints_ok(EXTRACT_WITHOUT_STORE, str(article), KHOBOR_CACHE_DIR="off")


HELP_WITHOUT_PIPELINE = """
import sys
from click.testing import CliRunner
from khobor.cli import main
result = CliRunner().invoke(main, ["--help"], catch_exceptions=False)
assert result.exit_code == 0 and "extract" in result.output, result.output[-500:]
loaded = sorted(m for m in ("khobor.pipeline", "spacy", "numpy", "khobor.actors.registry") if m in sys.modules)
assert not loaded, f"khobor --help imported the pipeline's packages: {loaded}"
print("ok")
"""


def test_help_never_imports_the_pipeline():
    """`khobor --help` (and the commands that only read the store) answer without importing
    spaCy, the registry and the layers: the pipeline is imported by the commands that run it."""
    _prints_ok(HELP_WITHOUT_PIPELINE, KHOBOR_CACHE_DIR="off")


def test_pickled_values_read_like_the_dict_they_replace():
    """The cached registry keeps each actor pickled until it is looked up: the mapping answers
    as the dict did, a looked-up record stays one object, and a pickled copy starts unloaded."""
    import pickle

    from khobor.actors.model import ActorRecord, Role
    from khobor.actors.registry import PickledValues, Registry
    a = ActorRecord(id="ali-khan-a", name="Ali Khan A", type="PER", country="PAK", aliases={"en": ["Ali Khan"]},
                    roles=[Role("prime_minister", "PAK", "PAK", "GOV", "2001-01-01", "2005-12-31")])
    b = ActorRecord(id="dhaka", name="Dhaka", type="GPE", country="BGD", aliases={"bn": ["ঢাকা"]})
    plain = {x.id: x for x in (a, b)}
    lazy = PickledValues(plain)
    assert len(lazy) == 2 and list(lazy) == ["ali-khan-a", "dhaka"] and "dhaka" in lazy and "x" not in lazy
    assert lazy["dhaka"] == b and lazy["dhaka"] is lazy["dhaka"] and lazy.get("x") is None
    assert dict(lazy.items()) == plain
    with pytest.raises(KeyError):
        lazy["x"]
    copy = pickle.loads(pickle.dumps(lazy))
    assert copy._loaded == {} and copy["ali-khan-a"] == a
    reg = Registry([a, b])
    reg.actors = PickledValues(reg.actors)
    assert reg.resolve("Ali Khan", date="2003-05-01").id == "ali-khan-a" and reg.resolve("ঢাকা", "bn").id == "dhaka"


def test_the_cached_registry_answers_as_the_one_built_from_its_file(tmp_path, monkeypatch):
    """The registry read back from the disk cache (actors kept pickled) links as the one built
    from registry.jsonl in this process."""
    from khobor.actors.link import REGISTRY_PATH
    from khobor.actors.registry import PickledValues, Registry
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(tmp_path))
    Registry.load_cached(REGISTRY_PATH)                    # builds and writes the entry
    cached = Registry.load_cached(REGISTRY_PATH)           # reads it back
    built = Registry.load(REGISTRY_PATH)
    assert isinstance(cached.actors, PickledValues) and not cached.actors._loaded
    assert len(cached.actors) == len(built.actors) and cached.alias == built.alias
    for name, lang, date in [("পুতিনের", "bn", "2023-09-15"), ("Shoigu", None, "2021-12-01"),
                             ("ক্রেমলিনের মুখপাত্র", "bn", "2023-09-15"), ("Dmitri Peskoff", "en", None)]:
        assert cached.resolve(name, lang, date) == built.resolve(name, lang, date)
    assert cached.actors["vladimir-putin"] == built.actors["vladimir-putin"]


def test_a_fuzzy_spelling_is_scored_once_and_answers_as_before():
    """Registry.fuzzy keeps each spelling's answer (it does not depend on the date): the second
    look-up gives the same actor and score as a fresh Match, without scoring again."""
    from khobor.actors.model import ActorRecord
    from khobor.actors.registry import Registry
    peskov = ActorRecord(id="dmitry-peskov", name="Dmitry Peskov", type="PER", country="RUS",
                         aliases={"en": ["Dmitry Peskov"]})
    reg = Registry([peskov])
    first = reg.fuzzy(("dmitri", "peskoff"), None)
    assert first is not None and first.actor.id == "dmitry-peskov" and first.how == "fuzzy" and first.score >= 0.9
    scored = []
    reg._fuzzy_best = lambda toks: scored.append(toks)   # would answer None if it were asked again
    again = reg.fuzzy(("dmitri", "peskoff"), "2023-01-01")
    assert again == first and again is not first and scored == []
    assert reg.fuzzy(("boris", "johnson"), None) is None and scored == [("boris", "johnson")]


def test_role_indexes_stay_pickled_until_a_role_is_looked_up():
    """A registry whose role indexes are kept pickled (`_keep_roles_pickled`, as the cached one)
    does not hold them until an office is looked up, then reads all three back, equal to the
    built ones, with the holders' lists still shared between them, and links as before."""
    from khobor.actors.model import ActorRecord, Role
    from khobor.actors.registry import Registry
    ali = ActorRecord(id="ali-khan-a", name="Ali Khan A", type="PER", country="PAK",
                      aliases={"en": ["Ali Khan"]},
                      roles=[Role("prime_minister", "PAK", "PAK", "GOV", "2001-01-01", "2005-12-31")])
    pakistan = ActorRecord(id="pakistan", name="Pakistan", type="GPE", country="PAK", aliases={"en": ["Pakistan"]})
    built, lazy = Registry([ali, pakistan]), Registry([ali, pakistan])
    lazy._keep_roles_pickled()
    assert not {"roles", "_roles_by_key", "_roles_of_body"} & set(lazy.__dict__)
    assert lazy.resolve("Ali Khan", "en", "2003-05-01").id == "ali-khan-a" and "roles" not in lazy.__dict__
    office = lazy.resolve("Pakistan's prime minister", "en", "2003-05-01")
    assert office is not None and office == built.resolve("Pakistan's prime minister", "en", "2003-05-01")
    assert "_pickled_roles" not in lazy.__dict__
    assert (lazy.roles, lazy._roles_by_key, lazy._roles_of_body) == (built.roles, built._roles_by_key, built._roles_of_body)
    key = ("prime_minister", "PAK")
    assert lazy._roles_by_key["prime_minister"][key] is lazy.roles[key]
    with pytest.raises(AttributeError):
        lazy.no_such_index


def test_role_indexes_read_back_are_frozen_with_the_collector_as_it_was():
    """The role indexes, read back at the first role looked up (often after a language's first
    article has frozen what it loaded), are frozen too: no collection walks them again (they are
    not among gc.get_objects(), which lists the collected generations only); the collector is as
    it was before."""
    from khobor.actors.model import ActorRecord, Role
    from khobor.actors.registry import Registry
    ali = ActorRecord(id="ali-khan-a", name="Ali Khan A", type="PER", country="PAK",
                      aliases={"en": ["Ali Khan"]},
                      roles=[Role("prime_minister", "PAK", "PAK", "GOV", "2001-01-01", "2005-12-31")])
    lazy = Registry([ali])
    lazy._keep_roles_pickled()
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    try:
        roles = lazy.roles
        assert roles and gc.is_tracked(roles)
        assert not any(o is roles for o in gc.get_objects())
        assert gc.isenabled() == enabled and gc.get_threshold() == thresholds
    finally:
        gc.unfreeze()


def test_tokens_without_stems_share_one_empty_list():
    """Morphology.stems of tokens with no case ending gives one shared empty list (the collector
    walks no new list per such token); a token with an ending still gets its own stems."""
    from khobor.actors.keys import Morphology
    morph = Morphology(["ের", "কে"])
    assert morph.stems("রাজের") == ["রাজ"]
    none_here, none_there = morph.stems("নদী"), morph.stems("পাহাড়")
    assert none_here == [] and none_here is none_there
    assert morph.stems("নদী") is none_here   # remembered as before


def test_the_native_index_folds_the_joined_words_as_each_word_alone():
    """`NativeSpellings._fold_words` (one normalisation of the words joined) gives what `fold`
    (word by word) gives, on Bengali words with every fold, decomposed letters and joiners."""
    import random

    from khobor import lang
    from khobor.actors.native import NativeSpellings
    from khobor.actors.registry import Registry
    from khobor.actors.words import actors_yaml
    native = NativeSpellings(Registry([]), actors_yaml(lang.load("bn"))["spelling_folds"])
    assert native._fold_words(("নিকোলা", "সার্কোজি")) == native.fold(("নিকোলা", "সার্কোজি")) == ("নিকলা", "সারকজি")
    letters = "কখরযডঢয়ড়ঢ়\u09bc\u09cd\u200c\u200dীূঈঊোি\u09be\u0985ab"
    rng = random.Random(5)
    for _ in range(3000):
        words = tuple("".join(rng.choice(letters) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 4)))
        assert native._fold_words(words) == native.fold(words), words


def test_the_native_index_read_back_is_the_one_built_and_answers_alike(tmp_path, monkeypatch):
    """The native-spelling index kept in the disk cache is the one built from the registry, and a
    process that reads it back never folds the registry's aliases."""
    from khobor import lang
    from khobor.actors.link import REGISTRY_PATH, get_registry
    from khobor.actors.native import NativeSpellings
    from khobor.actors.registry import registry_sources
    from khobor.actors.words import actors_yaml
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(tmp_path))
    reg, folds = get_registry(), actors_yaml(lang.load("bn"))["spelling_folds"]
    first = NativeSpellings(reg, folds, sources=registry_sources(REGISTRY_PATH))
    built = first.index()                                   # builds and writes the entry
    again = NativeSpellings(reg, folds, sources=registry_sources(REGISTRY_PATH))
    monkeypatch.setattr(again, "_built_index", lambda: pytest.fail("built again"))
    assert again.index() == built == NativeSpellings(reg, folds)._built_index() and built
    toks = ("নিকোলাস", "সারকোজি")
    assert again.best(toks, "PER") == NativeSpellings(reg, folds).best(toks, "PER")


def test_the_spelled_words_read_back_are_the_folded_spellings_and_words(tmp_path, monkeypatch):
    """The folded name words the provisional actors spell out, read back from the disk cache by
    a later process, are the romanisation rules' spellings and words folded."""
    from khobor.actors import provisional
    from khobor.actors.keys import fold_token
    from khobor.actors.romanise import rules_for
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(tmp_path))
    r = rules_for("bn")
    expected = frozenset(fold_token(k) for k in (*r.spellings, *r.words))
    provisional._spelled_words.cache_clear()
    assert provisional._spelled_words("bn") == expected and expected       # built and written
    assert provisional._spelled_words("xx") == frozenset()                 # no pack: none, and no entry
    assert {p.name.rsplit("-", 1)[0] for p in tmp_path.glob("spelled-words-*.pickle")} == {"spelled-words-bn"}
    provisional._spelled_words.cache_clear()
    monkeypatch.setattr("khobor.actors.romanise.rules_for", lambda code: pytest.fail("built again"))
    assert provisional._spelled_words("bn") == expected                    # read back
    provisional._spelled_words.cache_clear()


def test_msgpack_hooks_listed_once_while_models_load_then_the_registries_as_before(monkeypatch):
    import threading
    import catalogue
    import srsly
    from khobor.ner import model
    before = srsly.msgpack_decoders.get_all()
    inside = []
    walks = []   # each listing of a registry walks a copy of catalogue's whole registry

    class CountedRegistry(dict):
        def copy(self):
            walks.append(1)
            return dict(self)
    monkeypatch.setattr(catalogue, "REGISTRY", CountedRegistry(catalogue.REGISTRY))

    def load():
        with model._msgpack_hooks_listed_once():
            inside.append(srsly.msgpack_decoders.get_all())
            for _ in range(3):   # as srsly lists them at each file a model reads
                srsly.msgpack_encoders.get_all(), srsly.msgpack_decoders.get_all()
            gate.wait(5)

    gate = threading.Barrier(2)
    threads = [threading.Thread(target=load) for _ in range(2)]   # two loads at once, as two languages
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(walks) == 2   # one listing of each registry, as the first load began, not one at each of the 14 asked
    assert inside == [before, before] and inside[0] is not inside[1]
    assert "get_all" not in vars(srsly.msgpack_decoders) and "get_all" not in vars(srsly.msgpack_encoders)
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]})) == {"a": [1, 2]}


def test_the_registry_cache_key_covers_how_a_pack_is_read():
    """The cached registry is built through khobor.lang's pack reader: an edit there must rebuild it."""
    from khobor import lang
    from khobor.actors.link import REGISTRY_PATH
    from khobor.actors.registry import registry_sources
    sources = registry_sources(REGISTRY_PATH)
    assert Path(lang.__file__) in sources
    assert all(p.exists() for p in sources)


PIPELINE_IMPORT_PAUSED = """
import gc, sys
from click.testing import CliRunner
collections = []   # for each collection: whether it ran while extract imported the executors


def importing(phase, info):
    executors = sys.modules.get("khobor.executors")   # in sys.modules from its import's start
    if phase == "start":
        collections.append(executors is not None and not hasattr(executors, "make_executor"))


gc.callbacks.append(importing)
from khobor.cli import main
assert "khobor.pipeline" not in sys.modules
result = CliRunner().invoke(main, ["extract", sys.argv[1]], catch_exceptions=False)
assert result.exit_code == 0 and '"schema": "khobor.record/1"' in result.output, result.output[-500:]
assert not any(collections), "a collection ran while extract imported the pipeline"
assert gc.isenabled() and gc.get_threshold()[0] > 0 and gc.get_freeze_count() > 0
print("ok")
"""


def test_extract_imports_the_pipeline_with_the_collector_paused_then_frozen(tmp_path):
    """The pipeline's modules (spaCy's, numpy's, pydantic's, the layers') are kept for the whole
    process: `khobor extract` imports them with no collection walking them (about 100 collections,
    2% of a warm start), then freezes them; the collector is as usual afterwards."""
    article = tmp_path / "one.txt"
    article.write_text("ঢাকায় বৈঠক\n\nমন্ত্রী রহিম উদ্দিন বুধবার ঢাকায় বৈঠক করেন।\n", encoding="utf-8")
    _prints_ok(PIPELINE_IMPORT_PAUSED, str(article), KHOBOR_CACHE_DIR="off")


def test_fuzzy_scores_the_pool_at_once_with_the_answers_of_one_ratio_per_spelling():
    """Registry._fuzzy_best scores a frame's pool in one rapidfuzz call: its answers are those of
    scoring each skeleton alone (a near spelling found, a margin too small between two namesakes
    and a spelling too far answer as they did)."""
    from rapidfuzz import fuzz
    from khobor.actors import registry as R
    from khobor.actors.model import ActorRecord
    people = [("dmitry-peskov", "Dmitry Peskov"), ("shafiqul-islam", "Shafiqul Islam"),
              ("shafiqul-alam", "Shafiqul Alam"), ("karim-rahman", "Karim Rahman"),
              ("karim-rahaman", "Karim Rahaman"), ("abdul-karim", "Abdul Karim")]
    reg = R.Registry([ActorRecord(id=i, name=n, type="PER", country="BGD", aliases={"en": [n]})
                      for i, n in people])

    def one_by_one(toks):
        sk = R.skeleton(" ".join(toks))
        best, last = {}, sk.split()[-1]
        for cand, aid in reg._fuzzy_index().get(R.consonants(sk)[:2], []):
            s = fuzz.ratio(sk, cand)
            if s >= R.FUZZY_MIN - R.FUZZY_MARGIN and s > best.get(aid, 0) and R._same_last(last, cand) \
                    and R._same_given(sk, cand):
                best[aid] = s
        ranked = sorted(best.items(), key=lambda x: -x[1])
        if not ranked or ranked[0][1] < R.FUZZY_MIN or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < R.FUZZY_MARGIN):
            return None
        return ranked[0][0], ranked[0][1] / 100

    asked = [("dmitri", "peskoff"), ("shafikul", "islam"), ("karim", "rahmaan"), ("abdul", "kareem"),
             ("boris", "johnson"), ("shafiqul", "alom")]
    answers = [reg._fuzzy_best(t) for t in asked]
    assert answers == [one_by_one(t) for t in asked]
    assert answers[0] is not None and answers[0][0] == "dmitry-peskov" and answers[4] is None


def test_the_time_grammar_keeps_its_rules_looser_copies_but_no_verdicts():
    """A times grammar read back from its pickle has each rule's looser copy (compiling them was a
    tenth of a start-up; one that is the rule's own pattern is SAME_AS_RULE, built with the rule's
    at its first use) and no verdicts on the texts seen before, and finds what it found."""
    import pickle

    from khobor import lang
    from khobor.times.expressions import _borrowed_data
    from khobor.times.grammar import SAME_AS_RULE, Grammar
    fresh = Grammar(lang.load("en").yaml("times"), _borrowed_data)
    text = "On Monday, 3 March 2025, officials said talks would resume next week."
    found = [(f.start, f.end, f.fields) for f in fresh.candidates(text)]
    assert any(verdicts for _, verdicts in fresh._rule_leads())           # the text left verdicts
    back = pickle.loads(pickle.dumps(fresh))
    leads = back.__dict__.get("_leads")
    assert leads is not None and len(leads) == len(back.rules)             # kept, not built again
    assert not any("regex" in rule.__dict__ for rule in back.rules)         # built at first use
    assert [rule.regex.pattern if loose is SAME_AS_RULE else loose.pattern if loose else None
            for rule, (loose, _) in zip(back.rules, leads)] == \
        [loose.pattern if loose else None for loose, _ in fresh._rule_leads()]
    assert not any(verdicts for _, verdicts in leads)
    assert [(f.start, f.end, f.fields) for f in back.candidates(text)] == found and found


def test_the_quote_grammar_keeps_its_cue_start_scan_without_verdicts():
    """The quotes grammar carries the scan of where a cue starts (built with it, so its disk cache
    entry keeps the looser copy), read back without verdicts and finding what the pattern finds."""
    import pickle

    from khobor import lang
    from khobor.quotes.grammar import compile_grammar
    g = compile_grammar("bn", lang.load("bn").yaml("quotes"))
    assert g.cue_start_scan is not None and g.cue_start_scan.rx is g.cue_start_rx
    text = "রহিম উদ্দিন এ প্রসঙ্গে সাংবাদিকদের বলেন, তারা আসবেন।"
    first = g.cue_start_scan.search(text)
    assert first is not None and first.span() == g.cue_start_rx.search(text).span()
    assert g.cue_start_scan.could_start                                     # the search left verdicts
    back = pickle.loads(pickle.dumps(g))
    assert back.cue_start_scan.could_start == {} and back.cue_start_scan.loose is not None
    assert back.cue_start_scan.search(text).span() == first.span()


def test_folded_name_words_and_one_word_places_read_back_are_those_built(tmp_path, monkeypatch):
    """The listed name words under the spelling folds (gazetteer) and the one-word places
    (actors.native) kept in the disk cache are those built, and are read back without building."""
    from khobor import lang
    from khobor.actors.link import REGISTRY_PATH, get_registry
    from khobor.actors.native import NativeSpellings
    from khobor.actors.registry import registry_sources
    from khobor.actors.words import actors_yaml
    from khobor.ner import gazetteer
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(tmp_path))
    gazetteer._name_words_folded.cache_clear()
    words = gazetteer._name_words_folded("bn")                              # built and written
    gazetteer._name_words_folded.cache_clear()
    monkeypatch.setattr("khobor.actors.romanise.rules_for", lambda code: pytest.fail("built again"))
    assert gazetteer._name_words_folded("bn") == words and words            # read back
    gazetteer._name_words_folded.cache_clear()
    reg, folds = get_registry(), actors_yaml(lang.load("bn"))["spelling_folds"]
    first = NativeSpellings(reg, folds, sources=registry_sources(REGISTRY_PATH))
    assert first.one_word_place("তেঁতুলিয়া") == NativeSpellings(reg, folds).one_word_place("তেঁতুলিয়া")
    again = NativeSpellings(reg, folds, sources=registry_sources(REGISTRY_PATH))
    monkeypatch.setattr(again, "_built_places", lambda: pytest.fail("built again"))
    assert again.one_word_place("তেঁতুলিয়া") == first.one_word_place("তেঁতুলিয়া")
    assert again._places == first._places == NativeSpellings(reg, folds)._built_places() and again._places
