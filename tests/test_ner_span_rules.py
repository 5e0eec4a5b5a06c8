"""Span rules of the Bengali NER reconciliation layer (khobor.ner.gazetteer), on sentences written
for these tests, and a small held-out set (fixtures/ner_bn_heldout.jsonl) that the rules must not
make worse."""
from __future__ import annotations

import json
from pathlib import Path

from khobor.ner.gazetteer import (_known_words, people_apart_at_hyphens, unseen_partner_matches, with_closing_names,
                                  with_name_tails, without_common_word_guesses, without_unseen_guesses)


def test_one_word_guess_on_an_unseen_common_word_is_dropped():
    # "টাইপের" ("of the type") is in no training sentence, no name word and no registry alias
    assert "টাইপের" not in _known_words("bn")
    assert without_unseen_guesses(["কিছু", "টাইপের", "লোক"], [(1, 2, "PER")], "bn") == []


def test_unseen_word_the_registry_knows_is_kept():
    # an upazila the registry lists (never scanned alone) is a place even if training never showed it
    spans = [(1, 2, "LOC")]
    assert without_unseen_guesses(["উপজেলার", "নান্দাইল", "বাজারে"], spans, "bn") == spans


def test_seen_words_and_longer_spans_are_kept():
    spans = [(0, 1, "LOC"), (1, 3, "ORG")]
    assert without_unseen_guesses(["ঢাকায়", "টাইপের", "লোক"], spans, "bn") == spans


def test_name_word_beside_an_unseen_word_is_a_person():
    # a foreign surname no training sentence holds, after a first name, its case ending kept
    words = "গোলরক্ষক অ্যালেক্স ম্যাকফার্লেনের দুর্দান্ত সেভ".split()
    assert unseen_partner_matches(words, "bn") == [(1, 3, "PER")]
    # an unseen given name before a surname
    assert unseen_partner_matches("ওপেনার থিওডোরাকিস মাসুদ".split(), "bn") == [(1, 3, "PER")]


def test_unseen_partner_needs_a_spelled_name_word_that_is_no_title():
    # "বিদ্যুৎ" is a name only in Wikipedia titles, in news a common noun ("power cut")
    assert unseen_partner_matches("বিদ্যুৎ বিভ্রাটে ভোগান্তি".split(), "bn") == []
    assert unseen_partner_matches("মিঃ গুরবাজানি বলেন".split(), "bn") == []   # a title, not a name
    assert unseen_partner_matches("আর ম্যাকফার্লেন".split(), "bn") == []      # a two-letter word
    assert unseen_partner_matches("মাসুদ ১০২".split(), "bn") == []            # digits are no name
    # "কোম্পানি" spells a surname (Kompany) but the NER sets use it in companies' names, never in
    # a person's: a common word (name_words_common.txt counts person names only as name use)
    assert unseen_partner_matches("জ্বালানি কোম্পানি ফারাডিনো জানায়".split(), "bn") == []


def test_person_span_grows_over_the_name_words_after_it():
    words = ["মামলার", "বাদী", "মো.", "হাবিবুর", "রহমানের", "ভাই"]
    assert with_name_tails(words, [(2, 4, "PER")], "bn") == [(2, 5, "PER")]
    # another span's words and other labels stay as they are
    assert with_name_tails(words, [(2, 4, "PER"), (4, 5, "PER")], "bn") == [(2, 4, "PER"), (4, 5, "PER")]
    assert with_name_tails(words, [(2, 4, "ORG")], "bn") == [(2, 4, "ORG")]
    # a one-word person beside a name is more often two people ("তামিম মোস্তাফিজ")
    assert with_name_tails(["তামিম", "মোস্তাফিজ", "ফিরলেন"], [(0, 1, "PER")], "bn") == [(0, 1, "PER")]
    # a common word after the name is no part of it
    assert with_name_tails(["রহিম", "মিয়া", "এই", "কথা"], [(0, 2, "PER")], "bn") == [(0, 2, "PER")]


def test_name_tails_stop_before_the_plaintiff_and_the_verdict():
    """বাদী (plaintiff; actors.yaml `not_names`) folds to the listed name বাদি, and রায় (Roy) is
    the verdict before a word its `noun_surnames` row lists ("রায়ের পর", after the verdict): no tail.
    A Roy before any other word still ends the name."""
    assert with_name_tails(["ভাই", "সাজেদুল", "ইসলাম", "বাদী", "হয়ে"], [(1, 3, "PER")], "bn") == [(1, 3, "PER")]
    words = ["আইনজীবী", "করিম", "চৌধুরী", "রায়ের", "পর", "বলেন"]
    assert with_name_tails(words, [(1, 3, "PER")], "bn") == [(1, 3, "PER")]
    words = ["কর্মকর্তা", "গণেশ", "চন্দ্র", "রায়ের", "বাড়িতে"]
    assert with_name_tails(words, [(1, 3, "PER")], "bn") == [(1, 4, "PER")]


def test_one_word_guess_on_a_word_training_tags_outside_is_dropped():
    # "বেলা" ("time of day") is a name in Wikipedia titles but the NER sets tag it O 36 times in 37
    assert without_common_word_guesses(["দুপুর", "বেলা", "বৃষ্টি"], [(1, 2, "PER")], "bn") == []
    # through its stem: "কর্মশালায়" is unseen, "কর্মশালা" seen and always O
    assert without_common_word_guesses(["তিন", "দিনের", "কর্মশালায়"], [(2, 3, "LOC")], "bn") == []


def test_names_aliases_and_longer_spans_survive_the_common_word_test():
    spans = [(0, 1, "LOC"), (2, 3, "PER")]
    assert without_common_word_guesses(["ঢাকায়", "ফিরলেন", "সাকিব"], spans, "bn") == spans
    # a registry alias stays for the registry to judge, even when the sets mostly leave it O
    assert without_common_word_guesses(["সচিবালয়ে", "বৈঠক"], [(0, 1, "ORG")], "bn") == [(0, 1, "ORG")]
    assert without_common_word_guesses(["দুপুর", "বেলা"], [(0, 2, "PER")], "bn") == [(0, 2, "PER")]


def test_case_marked_word_opens_no_foreign_name():
    # "শেষদিকে" (towards the end) is unseen and sits before a name word, but its case ending closes
    # a noun phrase: the name is the name word and the unseen surname after it
    words = "ম্যাচের শেষদিকে মোহাম্মদ কুদুসের ক্রসে".split()
    assert unseen_partner_matches(words, "bn") == [(2, 4, "PER")]


GROUP = ("রা", "দের")


def test_names_joined_by_hyphens_with_a_group_ending_are_one_person_each():
    words = ["হামজা", "-", "জামালরা", "খেলবেন"]
    assert people_apart_at_hyphens(words, [(0, 3, "PER")], GROUP) == [(0, 1, "PER"), (2, 3, "PER")]
    # the model stopped at the hyphen: the name after it joins as a person of its own
    assert people_apart_at_hyphens(words, [(0, 2, "PER")], GROUP) == [(0, 1, "PER"), (2, 3, "PER")]


def test_a_hyphen_inside_one_name_or_another_type_stays():
    words = ["কিম", "জং", "-", "উনের", "সঙ্গে"]
    assert people_apart_at_hyphens(words, [(0, 4, "PER")], GROUP) == [(0, 4, "PER")]
    words = ["সাবিনা", "-", "কৃষ্ণাদের", "দল"]
    assert people_apart_at_hyphens(words, [(0, 3, "ORG")], GROUP) == [(0, 3, "ORG")]
    # a hyphen left at a span's end is no part of the name
    assert people_apart_at_hyphens(["ঢাকা", "-", "১৭"], [(0, 2, "LOC")], GROUP) == [(0, 1, "LOC")]


def entity_mentions(text: str, code: str = "bn") -> list[str]:
    """The entity texts the entities stage finds in `text`, one sentence, in language `code`."""
    from khobor import lang
    from khobor.ner import entities
    from khobor.record import Record, Span, record_id
    rec = Record(id=record_id(text), text=text, language=code, published="2025-06-15",
                 sentences=[Span(start=0, end=len(text))])
    entities.run(rec, lang.load(code))
    return [e.text for e in rec.entities]


def _score_heldout(name: str, half_length: bool = False, code: str = "bn") -> tuple[int, int, int, int]:
    """(right mentions, predicted, gold names found, gold) of the entities stage over a written
    held-out file, by the eval's overlap rule (containment either way; with `half_length`, as
    the eval scores it, the shorter at least half as long as the longer)."""
    rows = [json.loads(x) for x in (Path(__file__).parent / "fixtures" / name)
            .read_text(encoding="utf-8").splitlines() if x.strip()]
    found = right = predicted = gold = 0
    for row in rows:
        mentions = entity_mentions(row["text"], code)
        def overlap(m: str, g: str) -> bool:
            short, long_ = sorted((m, g), key=len)
            return short in long_ and (not half_length or 2 * len(short) >= len(long_))
        right += sum(any(overlap(m, g) for g in row["entities"]) for m in mentions)
        found += sum(any(overlap(m, g) for m in mentions) for g in row["entities"])
        predicted, gold = predicted + len(mentions), gold + len(row["entities"])
    return right, predicted, found, gold


def test_common_word_heldout_sentences():
    """Sentences written before the common-word rules (common nouns the model tags from their
    neighbours: "বেলা", "কর্মশালায়", "কেন্দ্রবিন্দুতে"; one-word places and people beside them):
    29/33 mentions right and 29/30 names found without the rules, 29/32 and 29/30 with them."""
    right, predicted, found, gold = _score_heldout("ner_bn_common_words_heldout.jsonl")
    assert right / predicted >= 0.9 and found / gold >= 0.95, (right, predicted, found, gold)


def test_heldout_sentences_keep_precision_and_recall():
    """The written held-out sentences (common words that look like names, unseen local places,
    foreign names, whole names): the entities stage with the span rules finds nearly nine in ten
    names and more than nine in ten of its mentions are names (0.938 / 0.897 by the eval's
    overlap rule when the rules were written; 0.884 / 0.897 without the three round-9 rules;
    0.953 / 0.897 with the common-word rules)."""
    right, predicted, found, gold = _score_heldout("ner_bn_heldout.jsonl")
    assert right / predicted >= 0.92 and found / gold >= 0.87, (right, predicted, found, gold)


def test_a_person_span_grows_over_a_closing_begum_or_khatun():
    closing = frozenset({"বেগম", "খাতুন"})
    # the model stopped before the word closing the name; with a case ending too
    assert with_closing_names(["শাহনাজ", "বেগম", "জানান"], [(0, 1, "PER")], closing, "bn") == [(0, 2, "PER")]
    assert with_closing_names(["সাবিনা", "খাতুনের", "গোল"], [(0, 1, "PER")], closing, "bn") == [(0, 2, "PER")]
    # before another person the word is that one's title; other labels and covered words stay
    spans = [(0, 2, "PER"), (3, 5, "PER")]
    assert with_closing_names(["শেখ", "হাসিনা", "বেগম", "খালেদা", "জিয়া"], spans, closing, "bn") == spans
    assert with_closing_names(["রংপুর", "বেগম", "রোকেয়া"], [(0, 1, "LOC")], closing, "bn") == [(0, 1, "LOC")]
    spans = [(0, 1, "PER"), (1, 2, "PER")]
    assert with_closing_names(["শাহনাজ", "বেগম"], spans, closing, "bn") == spans


def test_a_nickname_before_and_a_bracket_or_a_verb_of_saying_ends_the_name():
    """ner.yaml `tail_marks` holds "ও", "(" and the verbs of saying: a nickname the model never saw
    before them ends the name ("তৌহিদুল ইসলাম তানিম ও ...", "শফিকুল ইসলাম রাহী বলেন"); a common word
    before them ("আরও বলেন") does not."""
    from khobor.ner.gazetteer import settings, with_last_words_before_marks
    cfg = settings("bn")
    def grown(words, span):
        return with_last_words_before_marks(words, [span], cfg["tail_marks"], cfg["headed_names"], "bn")
    assert grown(["তৌহিদুল", "ইসলাম", "তানিম", "ও", "মো."], (0, 2, "PER")) == [(0, 3, "PER")]
    assert grown(["শফিকুল", "ইসলাম", "রাহী", "বলেন", ","], (0, 2, "PER")) == [(0, 3, "PER")]
    assert grown(["আব্দুর", "রহমান", "জিকো", "(", "স্বতন্ত্র", ")"], (0, 2, "PER")) == [(0, 3, "PER")]
    assert grown(["রফিকুল", "ইসলাম", "আরও", "বলেন", ","], (0, 2, "PER")) == [(0, 2, "PER")]
    # a name in the genitive is closed: the word after it is what the person owns
    assert grown(["জিয়াউর", "রহমানের", "মাজারের", "(", "জিয়া"], (0, 2, "PER")) == [(0, 2, "PER")]

def test_a_sentence_opening_common_noun_with_a_case_ending_is_no_name():
    from khobor.ner.gazetteer import without_common_stem_opening
    # "কমিটিকে" (to the committee) is seen but too rare to be listed common; its stem "কমিটি" is
    words = ["কমিটিকে", "সাত", "দিনের", "মধ্যে", "প্রতিবেদন", "দিতে", "বলা", "হয়েছে"]
    assert without_common_stem_opening(words, [(0, 1, "PER")], "bn") == []
    # the same word inside the sentence, a longer span and a registry alias ("ঢাকায়") stay
    assert without_common_stem_opening(["সেই", "কমিটিকে"], [(1, 2, "PER")], "bn") == [(1, 2, "PER")]
    assert without_common_stem_opening(words, [(0, 2, "ORG")], "bn") == [(0, 2, "ORG")]
    assert without_common_stem_opening(["ঢাকায়", "ফিরলেন"], [(0, 1, "LOC")], "bn") == [(0, 1, "LOC")]
