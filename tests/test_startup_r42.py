"""Round 42's start-up edits (fast42) give the same answers as the code they replace: what is now
read back from the disk cache is what was built, and a warm read imports no YAML parser. Every
text and record here is written for these tests."""
from __future__ import annotations

import pickle
import sys

import pytest

from khobor import lang


def test_small_data_yaml_read_back_without_the_yaml_parser(tmp_path, monkeypatch):
    """capitals, the URL sections of genres and the elections: parsed once, then read back from
    the disk cache with `import yaml` refused, and the same as parsed."""
    from khobor.actors import context, registry
    from khobor.events import genre
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(tmp_path))
    readers = (registry.capitals, genre.url_sections, context.national_elections)
    for read in readers:
        read.cache_clear()
    built = [read() for read in readers]
    for read in readers:
        read.cache_clear()
    monkeypatch.setitem(sys.modules, "yaml", None)   # an import of it now fails
    assert [read() for read in readers] == built
    assert registry.capitals()["dhaka"] == "BGD"
    assert genre.section_genre("https://en.example.com/sports/cricket/a1") == "sport"
    for read in readers:
        read.cache_clear()


def test_folded_word_sets_read_back_are_those_folded(tmp_path, monkeypatch):
    """The running words, attested spellings, organisation, trade and NER common words kept in
    the disk cache are the sets folding the pack's words gives (the cache off)."""
    from khobor.actors import provisional, words
    readers = (provisional.running_words, provisional.attested_spellings, provisional.org_name_words,
               provisional.trade_words, words.ner_common_words)

    def fresh() -> list[frozenset[str]]:
        for read in (*readers, provisional.person_words):
            read.cache_clear()
        return [read("bn") for read in readers]
    monkeypatch.setenv("KHOBOR_CACHE_DIR", "off")
    folded = fresh()
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(tmp_path))
    assert fresh() == folded                 # built and written
    assert fresh() == folded and all(folded)  # read back
    assert "কটন" in provisional.trade_words("bn") and "স্বাস্থ্য" not in provisional.trade_words("bn")
    fresh()


def test_events_config_read_back_is_the_checked_one(tmp_path, monkeypatch):
    """The events config read back from the disk cache equals the one checked from the YAML; a
    pack with a misspelt key is refused every time, naming the key."""
    from khobor.events import schema
    monkeypatch.setenv("KHOBOR_CACHE_DIR", str(tmp_path))
    pack = lang.load("bn")
    data = pack.yaml("events")
    checked = schema.parse(data, "lang/bn/events.yaml")
    assert schema._parsed_cached(data, pack) == checked          # built and written
    back = schema._parsed_cached(data, pack)                     # read back
    assert back == checked and repr(back) == repr(checked) and back is not checked
    bad = {**data, "triggerz": []}
    for _ in range(2):
        with pytest.raises(ValueError, match="triggerz"):
            schema._parsed_cached(bad, pack)


def test_alias_heads_and_fuzzy_pools_read_back_answer_as_built():
    """A registry whose fuzzy pools and alias heads are kept pickled (as the disk-cached one is)
    finds the same heads and the same fuzzy spellings as one that built them."""
    from khobor.actors.model import ActorRecord
    from khobor.actors.registry import PickledValues, Registry
    actors = [ActorRecord(id="rahim-uddin", name="Rahim Uddin", type="PER", country="BGD",
                          aliases={"en": ["Rahim Uddin"], "bn": ["রহিম উদ্দিন"]}),
              ActorRecord(id="nodi-rokkha-commission", name="Nodi Rokkha Commission", type="ORG", country="BGD",
                          aliases={"bn": ["নদী রক্ষা কমিশন"]})]
    built = Registry(actors)
    kept = Registry(actors)
    kept._fuzzy = PickledValues(kept._fuzzy_index())
    kept._keep_alias_heads_pickled()
    kept = pickle.loads(pickle.dumps(kept))
    assert "_alias_heads" not in kept.__dict__
    for head in [("নদী", "রক্ষা"), ("রহিম",), ("rahim",), ("নদী",), ("আজ",), ()]:
        assert (head in kept.alias_heads()) == (head in built.alias_heads()), head
    assert ("নদী", "রক্ষা") in kept.alias_heads() and ("আজ",) not in kept.alias_heads()
    for toks in [("rahim", "udin"), ("রহীম", "উদ্দীন"), ("karim", "uddin")]:
        assert kept.fuzzy(toks, None) == built.fuzzy(toks, None), toks
    assert kept.fuzzy(("rahim", "udin"), None).actor.id == "rahim-uddin"


def test_script_shards_read_like_the_dict_and_read_back_one_script_at_a_time():
    """`Registry.scan_first` in the disk cache: answers as the dict did, and asking a Bengali word
    reads back the Bengali part only."""
    from khobor.actors.registry import ScriptShards, script_block
    plain = {"dhaka": [("dhaka",)], "ঢাকা": [("ঢাকা", "মহানগর"), ("ঢাকা",)], "rahim": [("rahim", "uddin")]}
    shards = pickle.loads(pickle.dumps(ScriptShards(plain)))
    assert shards.get("ঢাকা") == plain["ঢাকা"] and set(shards._loaded) == {script_block("ঢাকা")}
    assert shards.get("ঢাকায়", ()) == () and "রহিম" not in shards and shards.get("") is None
    assert len(shards) == 3 and dict(shards.items()) == plain and shards["rahim"] == plain["rahim"]
    with pytest.raises(KeyError):
        shards["karim"]
    assert pickle.loads(pickle.dumps(shards))._loaded == {}
