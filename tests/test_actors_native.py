"""Bengali spellings matched against the registry's own Bengali aliases (actors/native.py)."""
from __future__ import annotations

from khobor import lang
from khobor.actors.keys import key_tokens
from khobor.actors.model import ActorRecord
from khobor.actors.native import NativeSpellings, same_consonants
from khobor.actors.registry import Registry
from khobor.actors.words import actors_yaml

FOLDS = actors_yaml(lang.load("bn"))["spelling_folds"]


def small_registry() -> Registry:
    people = [
        ActorRecord(id="nicolas-s", name="Nicolas S", type="PER", country="FRA",
                    aliases={"bn": ["নিকোলা সার্কোজি"], "en": ["Nicolas S"]}),
        ActorRecord(id="saidul-i", name="Saidul I", type="PER", country="BGD",
                    aliases={"bn": ["সাইদুল ইসলাম"]}),
        ActorRecord(id="khondoker-m", name="Khondoker M", type="PER", country="BGD",
                    aliases={"bn": ["খন্দকার মোশাররফ হোসেন"]}),
        ActorRecord(id="ganoforum", name="Gano Forum", type="ORG", country="BGD",
                    aliases={"bn": ["গণ ফোরাম"]}),
    ]
    return Registry(people)


def best(native, name, typ="PER"):
    hit = native.best(key_tokens(name), typ)
    return hit[0] if hit else None


def test_vowel_sign_and_hasanta_variants_link():
    native = NativeSpellings(small_registry(), FOLDS)
    assert best(native, "নিকোলাস সারকোজি") == "nicolas-s"          # final s, no hasanta
    assert best(native, "খোন্দকার মোশাররফ হোসেন") == "khondoker-m"  # o-kar against the inherent vowel


def test_a_changed_consonant_is_another_name():
    native = NativeSpellings(small_registry(), FOLDS)
    assert best(native, "সাইফুল ইসলাম") is None                    # Saiful is not Saidul
    assert not same_consonants(native.fold(("সাইফুল",)), native.fold(("সাইদুল",)))


def test_remembered_spellings_are_bounded(monkeypatch):
    from khobor.actors import native as native_mod
    monkeypatch.setattr(native_mod, "MEMO_MAX", 1)
    native = NativeSpellings(small_registry(), FOLDS)
    assert best(native, "সাইফুল ইসলাম") is None
    assert best(native, "নিকোলাস সারকোজি") == "nicolas-s"   # the memo started afresh, same answer
    assert len(native._memo) == 1


def test_type_must_agree_and_one_word_is_too_little():
    native = NativeSpellings(small_registry(), FOLDS)
    assert best(native, "নিকোলাস সারকোজি", "ORG") is None
    assert best(native, "সার্কোজি") is None


def test_unlinked_person_span_is_linked_in_an_article():
    from khobor.actors.link import run
    from khobor.record import Entity, Record, Span, record_id
    text = "ফ্রান্সের সাবেক প্রেসিডেন্ট নিকোলাস সারকোজিকে আদালত সাজা দিয়েছে।"
    s = text.index("নিকোলাস")
    e = text.index(" আদালত")
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-10-01",
                 sentences=[Span(start=0, end=len(text))],
                 entities=[Entity(text=text[s:e], start=s, end=e, type="PER")])
    run(rec, lang.load("bn"))
    names = {x.text: (x.actor.name if x.actor else None) for x in rec.entities}
    assert names.get("নিকোলাস সারকোজিকে") == "Nicolas Sarkozy"


def _run_bn(text, names):
    from khobor.actors.link import run
    from khobor.record import Entity, Record, Span, record_id
    ents = []
    for n in names:
        s = text.index(n)
        ents.append(Entity(text=n, start=s, end=s + len(n), type="PER"))
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-12-20",
                 sentences=[Span(start=0, end=len(text))], entities=ents)
    run(rec, lang.load("bn"))
    return {x.start: x for x in rec.entities}


def test_md_prefix_marks_a_private_namesake():
    text = ("নতুন দলটির সদস্য সচিব মো. তারেক রহমান রোববার সংবাদ সম্মেলনে কথা বলেন। "
            "পরে তারেক রহমান সাংবাদিকদের প্রশ্নের উত্তর দেন।")
    ents = _run_bn(text, ["তারেক রহমান"])
    people = [e for e in ents.values() if "তারেক" in e.text]
    assert people and all(e.actor is not None and e.actor.id != "tarique-rahman" for e in people)
    assert {e.actor.name for e in people} == {"Tarek Rahman"}      # spelt as written, one person
    assert {e.actor.country for e in people} == {"BGD"}


def test_md_prefix_the_registry_writes_stays_linked():
    text = "রাষ্ট্রপতি মো. সাহাবুদ্দিন বৃহস্পতিবার বঙ্গভবনে নতুন প্রধান বিচারপতিকে শপথ পড়ান।"
    ents = _run_bn(text, ["সাহাবুদ্দিন"])
    assert any(e.actor is not None and e.actor.id == "mohammed-shahabuddin" for e in ents.values())


def test_an_attested_name_in_another_spelling_romanises_as_attested():
    from khobor.actors.romanise import romanise
    # the table has "নাকভি" -> Naqvi; the press also writes "নকভি"
    assert romanise("মাহসিন নকভি", "bn", person=True).endswith("Naqvi")
    # a short word is never read through a fold: too many names fold onto it
    assert romanise("কুংসবার্গেট স্কি রিসোর্ট", "bn").split()[1] == "Ski"
