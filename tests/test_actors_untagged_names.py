"""Actor linking, Bengali recall: competitions, alliances and name words the NER left untagged. Every text here is written for these tests."""
from __future__ import annotations

from actor_fixtures import link_spans


def extract(text: str, code: str, *ner: tuple, published: str | None = "2025-12-10") -> dict[str, object]:
    """Run the actor stage over `text` with the NER spans given as (type, surface, [nth])."""
    return link_spans(text, code, *ner, published=published)


# --- competitions and electoral alliances the NER model has no label for -----------------------

def test_a_years_edition_of_a_competition_is_the_series_with_its_case_ending():
    text = "২০২২ টি-টোয়েন্টি বিশ্বকাপের পর দলটি আর কোনো সিরিজ জেতেনি।"
    got = extract(text, "bn")
    (surface, actor), = [(s, a) for s, a in got.items() if "বিশ্বকাপ" in s]
    assert actor.name == "ICC Men's T20 World Cup" and surface.endswith("বিশ্বকাপের")


def test_a_bare_world_cup_is_the_generic_competition_not_one_series():
    text = "বিশ্বকাপের আগে শেষ প্রস্তুতি ম্যাচ খেলবে দলটি।"
    (actor,) = [a for s, a in extract(text, "bn").items() if "বিশ্বকাপ" in s]
    assert actor.name == "World Cup"


def test_an_alliance_named_by_its_number_of_parties_is_the_alliance():
    text = "চারদলীয় জোটের শরিকেরা বুধবার সংবাদ সম্মেলন করেন।"
    got = extract(text, "bn")
    (actor,) = [a for s, a in got.items() if "জোট" in s]
    assert actor.name == "Four Party Alliance"


def test_saf_meaning_clearly_is_not_the_football_federation():
    text = "তিনি সাফ জানিয়ে দেন, আর কোনো আলোচনা হবে না।"
    assert not extract(text, "bn")


# --- runs of person-name words the NER model left untagged --------------------------------------

def test_a_run_of_name_words_with_a_case_ending_is_a_person():
    from khobor.ner.gazetteer import name_word_matches
    words = "দলের প্রবীণ নেতা বরকত আলির বাড়িতে বৈঠক হয়".split()
    assert name_word_matches(words, "bn") == [(3, 5, "PER")]


def test_name_words_that_are_common_words_in_running_text_make_no_person():
    from khobor.ner.gazetteer import name_word_matches
    assert name_word_matches("এই জয়ে দলটি শীর্ষে উঠল".split(), "bn") == []
    assert name_word_matches("তিনি ৪০ রান করে আউট হন".split(), "bn") == []


def test_the_tagger_adds_a_name_run_only_over_words_nothing_tagged():
    from khobor.ner.gazetteer import name_word_matches, with_name_runs
    words = "সাকিব তামিম ও বরকত আলির সঙ্গে বৈঠক হয়".split()
    model = [(0, 1, "PER"), (1, 2, "PER")]
    runs = name_word_matches(words, "bn")
    assert (3, 5, "PER") in runs
    # the model's two people stay two; the run it missed joins them
    assert with_name_runs(model, runs) == [(0, 1, "PER"), (1, 2, "PER"), (3, 5, "PER")]


def test_a_party_wing_with_its_case_ending_is_the_wing_not_the_party():
    text = "জাতীয়তাবাদী মৎস্যজীবী দলের নেতারা মানববন্ধন করেন।"
    (actor,) = [a for s, a in extract(text, "bn").items() if "দল" in s]
    assert actor.name == "Jatiyatabadi Matsyajibi Dal"


def test_initials_before_a_name_make_one_person_and_a_pronoun_before_a_common_word_makes_none():
    from khobor.ner.gazetteer import name_word_matches, settings
    initials = settings("bn")["name_initials"]
    assert name_word_matches("পরে এ কে এম আওলাদ হোসেন বলেন".split(), "bn", initials) == [(1, 6, "PER")]
    assert name_word_matches("আর এ সিস্টেম থেকে মুক্তি চাই".split(), "bn", initials) == []
