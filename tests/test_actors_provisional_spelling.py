"""How a provisional person's name is spelt: in a story set abroad ভ is v, at home and where
names are spelt with the home letters bh; a case ending whose kept vowel sign folds apart comes
off; ইউ opening a word is "Yu"."""
from __future__ import annotations

from actor_fixtures import link_spans, name_at
from khobor.actors.romanise import reads_foreign, romanise


def test_bha_reads_v_in_a_foreign_name_and_bh_at_home():
    assert romanise("ডেভেন", "bn", person=True, foreign=True) == "Deven"
    assert romanise("ডেভেন", "bn", person=True) == "Debhen"


def test_names_in_a_story_set_in_india_keep_the_home_letters():
    assert reads_foreign("bn", "GBR") and not reads_foreign("bn", "IND") and not reads_foreign("bn", None)


def test_a_bangladeshi_in_a_story_set_in_london_keeps_bh():
    text = "লন্ডনে ব্রিটিশ পুলিশ জানায়, বাংলাদেশি ছাত্র মো. ভুলন মিয়া আহত হয়েছেন। লন্ডনের হাসপাতালে তাকে নেওয়া হয়।"
    got = link_spans(text, "bn", ("PER", "মো. ভুলন মিয়া"), published="2025-02-11")
    (name,) = [a.name for s, a in got.items() if "ভুলন" in s]
    assert "Bh" in name


def test_a_foreign_genitive_in_o_leaves_the_name_without_its_r():
    text = "রোমে ইতালির ক্লাবটির হয়ে মার্কো ফেরেনোর গোলে জয় পেয়েছে দলটি।"
    got = link_spans(text, "bn", ("PER", "মার্কো ফেরেনোর"), published="2025-02-11")
    assert got["মার্কো ফেরেনোর"].name.endswith("Fereno")


def test_i_u_opening_a_word_is_yu_and_elsewhere_two_vowels():
    assert romanise("ইউনুচ মিয়া", "bn", person=True) == "Yunuch Mia"
    assert romanise("আইউব", "bn", person=True) == "Aiub"


def test_a_body_in_an_objects_case_after_a_name_is_not_a_word_of_it():
    # "ট্রাইব্যুনালকে": the body the witness speaks to (lang data `object_suffixes`)
    text = "সাক্ষী করিম উদ্দিন ট্রাইব্যুনালকে জানান, তিনি সেদিন বাজারে ছিলেন।"
    assert name_at(text, "bn", ("PER", "করিম উদ্দিন ট্রাইব্যুনালকে"), published="2025-12-10") == "Karim Uddin"


def test_a_body_named_after_a_person_keeps_its_word():
    # a genitive is not an object's case: "রাজ ট্রেডিংয়ের" stays one name the NER called a person
    text = "এজেন্ট রাজ ট্রেডিংয়ের কর্ণধার বলেন, পণ্য আসছে।"
    assert name_at(text, "bn", ("PER", "রাজ ট্রেডিংয়ের"), published="2025-12-10") != "Raj"


def test_a_word_after_a_case_ending_is_not_a_word_of_the_name():
    # Bengali puts the case ending on a name's last word: "ভার্মাকে ডেকে" is Verma, called in
    text = "ঢাকায় পররাষ্ট্র মন্ত্রণালয় হাইকমিশনার প্রণয় ভার্মাকে ডেকে উদ্বেগ জানায়।"
    assert name_at(text, "bn", ("PER", "প্রণয় ভার্মাকে ডেকে"), published="2025-12-10") == "Pranay Verma"


def test_an_ending_of_vowel_signs_only_keeps_the_word_after_it():
    # "ওসমানে": the name's own last vowel (Ousmane), not a locative; the surname stays
    text = "ফরাসি ক্লাবের হয়ে গোল করেন ওসমানে ডেম্বেলে।"
    assert len(name_at(text, "bn", ("PER", "ওসমানে ডেম্বেলে"), published="2025-12-10").split()) == 2


def test_a_home_name_word_in_the_genitive_is_that_word_not_a_foreign_namesake():
    # "মিয়ার" is Mia's (a vowel-final home name word + "র"); the title pairs spell it "Meer"
    text = "নিহত ট্রাকচালক করিম মিয়ার বাড়ি গ্রামে। পুলিশ লাশ উদ্ধার করেছে।"
    assert name_at(text, "bn", ("PER", "করিম মিয়ার"), published="2025-12-10") == "Karim Mia"


def test_a_name_ending_like_a_genitive_after_a_consonant_stays_whole():
    # "শেখর" is Shekhar: after a consonant the genitive is "শেখের", so no home word "শেখ" is read into it
    text = "শিক্ষক রাজীব শেখর বক্তব্য দেন। সভায় অনেকে ছিলেন।"
    assert name_at(text, "bn", ("PER", "রাজীব শেখর"), published="2025-12-10").endswith("Shekhar")
