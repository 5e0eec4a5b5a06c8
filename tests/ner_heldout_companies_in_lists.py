"""Held-out cases on a company named after a person, listed before a clause mark, where the model
stopped at the trade word ("সায়হান" | "কটন,"): `ner.gazetteer.companies_before_marks` grows the
PER span over one bare word of organisations' names (name_words.yaml) right before the mark and
makes it the company (ORG). Guards: a trade word with a case ending ("ব্যাংকে": to the bank), a
trade word before more words of the clause, and a name word after the person stay as they are.
Each case returns True when the span is right; the sentences are written for these tests, not
taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, company_before_marks as _span

CASES, case = case_registry()


@case
def bn_cotton_mill_in_turnover_list():
    return _span("লেনদেনের শীর্ষে ছিল রহমান কটন, পূবালী ব্যাংক ও একটি বন্ড।", "রহমান") == ("রহমান কটন", "ORG")


@case
def bn_textiles_at_sentence_end():
    return _span("দর বেড়েছে সবচেয়ে বেশি মজুমদার টেক্সটাইলস।", "মজুমদার") == ("মজুমদার টেক্সটাইলস", "ORG")


@case
def bn_bakers_in_a_list():
    return _span("জরিমানা গুনেছে জামান বেকার্স, নাহার সুইটস ও আরও দুটি দোকান।", "জামান") == ("জামান বেকার্স", "ORG")


@case
def bn_two_word_owner_and_agro():
    return _span("চুক্তিতে সই করে কাদের মোল্লা অ্যাগ্রো, অন্যরা পরে আসবে।", "কাদের মোল্লা") == ("কাদের মোল্লা অ্যাগ্রো", "ORG")


@case
def bn_petroleum_ending_the_sentence():
    return _span("আগের দিন শীর্ষ দশে ফিরেছে ইসলাম পেট্রোলিয়াম।", "ইসলাম") == ("ইসলাম পেট্রোলিয়াম", "ORG")


@case
def bn_foods_closing_a_clause():
    return _span("সবচেয়ে বেশি কমেছে সুলতানা ফুড, জানিয়েছে স্টক এক্সচেঞ্জ।", "সুলতানা") == ("সুলতানা ফুড", "ORG")


# --- guards
@case
def bn_person_going_to_the_bank_stays():
    return _span("পরে রহিম উদ্দিন ব্যাংকে যান, জানান তার ভাই।", "রহিম উদ্দিন") == ("রহিম উদ্দিন", "PER")


@case
def bn_trade_word_before_more_words_stays():
    return _span("করিম হোসেন ফুড নিয়ে কথা বলেন।", "করিম হোসেন") == ("করিম হোসেন", "PER")


@case
def bn_plain_word_before_mark_stays():
    return _span("মামলার বাদী সালমা বেগম, জানায় পুলিশ।", "সালমা") == ("সালমা", "PER")
