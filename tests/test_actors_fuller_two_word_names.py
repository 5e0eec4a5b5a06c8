"""A known person's one-word alias followed by one more name word names someone else, where that
word is an attested name spelling and no common word: the fuller name stays whole (a provisional
person), not the famous person whose alias opens it (`link._fuller_name_words`, `_plain_surname`).
Sentences written for the test."""
from __future__ import annotations

from actor_fixtures import link_spans, name_at, name_of


def test_an_alias_and_a_surname_name_someone_else():
    text = "চট্টগ্রাম মহানগর বিএনপির আহ্বায়ক এরশাদ উল্লাহ সাংবাদিকদের বলেন, আগামী মাসে সমাবেশ হবে।"
    assert name_at(text, "bn", ("PER", "এরশাদ উল্লাহ"), published="2025-06-01") == "Ershad Ullah"


def test_a_common_word_after_the_alias_is_not_a_surname():
    # "ইউনূস সরকারের": the government the alias heads, though "Sarkar" is a surname too
    assert _plain("সরকার") is False


def test_a_word_of_the_known_persons_own_name_keeps_the_known_person():
    # "মনসুর" romanised is a word of "Ahsan H. Mansur": the shorter form is still the governor
    text = ("বাংলাদেশ ব্যাংকের গভর্নর আহসান এইচ মনসুর বলেন, মূল্যস্ফীতি কমছে। গভর্নর হওয়ার আগে "
            "আহসান মনসুর একটি গবেষণা প্রতিষ্ঠানের নির্বাহী পরিচালক ছিলেন।")
    got = link_spans(text, "bn", ("PER", "আহসান এইচ মনসুর"), ("PER", "আহসান মনসুর"), published="2025-06-01")
    assert "আহসান" in got and {name_of(a) for s, a in got.items() if "আহসান" in s} == {"Ahsan H. Mansur"}


def _plain(word: str) -> bool:
    from khobor.actors.link import _plain_surname, _words, get_registry
    from khobor.actors.provisional import Provisional
    reg = get_registry()
    prov = Provisional(reg, reg.info("bn"), _words("bn"), word, "bn", "2025-06-01", {0})
    return _plain_surname(word, prov, "muhammad-yunus")


def test_a_titled_known_person_keeps_the_bare_mentions_after_a_name_run_on():
    """The NER ran "খালেদা জিয়া" on into "হার্ট" (heart; Hart is a spelling too): the article
    names the registry's person with her title first, so her later bare mentions stay hers
    (`context._titled_registry_people`), not the made-up "Khaleda Zia Hart"."""
    text = ("বিএনপির চেয়ারপারসন খালেদা জিয়া গত সপ্তাহে হাসপাতালে ভর্তি হন। চিকিৎসকেরা জানান, খালেদা "
            "জিয়া হার্ট ও ফুসফুসের সংক্রমণে ভুগছেন। খালেদা জিয়া এখন স্থিতিশীল আছেন।")
    got = link_spans(text, "bn", ("PER", "খালেদা জিয়া"), ("PER", "খালেদা জিয়া হার্ট"), ("PER", "খালেদা জিয়া", 2),
                     published="2026-01-05")
    assert name_of(got["খালেদা জিয়া"]) == "Khaleda Zia"


def test_a_bare_name_after_an_untitled_fuller_one_is_still_that_person():
    text = "উপজেলা কৃষক আবদুল হামিদ ভূঁইয়া জানান, ফলন ভালো। আবদুল হামিদ আরও বলেন, দাম কম।"
    got = link_spans(text, "bn", ("PER", "আবদুল হামিদ ভূঁইয়া"), ("PER", "আবদুল হামিদ", 1), published="2025-06-01")
    assert name_of(got["আবদুল হামিদ"]) == name_of(got["আবদুল হামিদ ভূঁইয়া"])
