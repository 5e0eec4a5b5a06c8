"""Held-out: a row cut by its scraper to a lead of 130-160 characters (12-19 words) is a copy of the
whole text another outlet ran, when its words are the other text's opening word for word; a short
row that only shares some words of an opening, or one outlet's stock line, is not. Texts written for
this test (made-up happenings), before changing the copy test (khobor.organise.duplicates)."""
from __future__ import annotations

import pytest

from khobor.organise.duplicates import Article, report_groups, words_and_sentences

WHOLE = {
    "ferry": ("en", "A passenger launch with about 150 people on board ran aground on a shoal in the Meghna near "
              "Chandpur early on Friday, and coast guard boats took all of them ashore by noon, officials said. "
              "The launch had left Dhaka's Sadarghat terminal at ten at night and was bound for Barishal. Its "
              "master told the coast guard that thick fog had hidden the channel markers. No one was hurt, but "
              "the river transport authority has formed a three-member committee to find out why the vessel "
              "sailed in poor visibility and has asked it to report within five working days."),
    "tariff": ("en", "The energy regulator on Tuesday raised the price of bulk electricity for industries by "
               "eight percent from next month, after a hearing in which business groups had asked for a delay. "
               "Household tariffs remain unchanged for now, the commission's chairman told reporters, but a "
               "second hearing on them will be held in March. Factory owners said the rise would push up the "
               "cost of exports at a time when orders from Europe are already falling."),
    "library": ("en", "The city corporation will open its first public library with night hours in Mirpur on "
                "Sunday, keeping the reading rooms open until eleven for students who work during the day. "
                "The library holds twenty thousand books and forty computers, the mayor's office said in a "
                "statement. Entry will be free for the first year, and a mobile van will carry books to "
                "schools in the outer wards twice a week."),
    "bridge": ("bn", "পদ্মার শাখা নদীর ওপর নির্মিত নতুন সেতুটি আগামী বৃহস্পতিবার যান চলাচলের জন্য খুলে দেওয়া হবে বলে "
               "সড়ক বিভাগ জানিয়েছে। সেতুটি চালু হলে দুই উপজেলার মানুষের ফেরির জন্য ঘণ্টার পর ঘণ্টা অপেক্ষার দিন "
               "শেষ হবে। নির্বাহী প্রকৌশলী বলেন, সেতুর দুই পাশের সংযোগ সড়কের কাজও শেষ হয়েছে। উদ্বোধনের দিন "
               "স্থানীয় প্রশাসন ও জনপ্রতিনিধিরা উপস্থিত থাকবেন এবং প্রথম সপ্তাহে কোনো টোল নেওয়া হবে না।"),
    "fire": ("bn", "রাজধানীর একটি পোশাক কারখানার গুদামে রোববার ভোরে লাগা আগুন তিন ঘণ্টার চেষ্টায় নিয়ন্ত্রণে এনেছে "
             "ফায়ার সার্ভিসের আটটি ইউনিট। আগুনে কেউ হতাহত হননি, তবে গুদামে রাখা কাপড় ও সুতা পুড়ে গেছে বলে "
             "কারখানা কর্তৃপক্ষ জানিয়েছে। ফায়ার সার্ভিসের একজন কর্মকর্তা বলেন, বৈদ্যুতিক শর্টসার্কিট থেকে আগুনের "
             "সূত্রপাত হয়ে থাকতে পারে। ক্ষয়ক্ষতির পরিমাণ নিরূপণে পাঁচ সদস্যের একটি তদন্ত কমিটি গঠন করা হয়েছে।"),
    "exam": ("bn", "মাধ্যমিক পরীক্ষার ফল আগামী মঙ্গলবার দুপুরে প্রকাশ করা হবে বলে শিক্ষা বোর্ডগুলোর সমন্বয় কমিটি "
             "জানিয়েছে। শিক্ষার্থীরা নিজ নিজ বিদ্যালয় থেকে এবং মোবাইল ফোনে খুদে বার্তা পাঠিয়ে ফল জানতে পারবে। "
             "এবার প্রায় বিশ লাখ শিক্ষার্থী পরীক্ষায় অংশ নিয়েছিল। কমিটির সভাপতি বলেন, খাতা পুনর্নিরীক্ষণের "
             "আবেদন ফল প্রকাশের পরদিন থেকে সাত দিন পর্যন্ত নেওয়া হবে।"),
}
# each cut after a word at 100-160 characters, as a scraper's truncated row (or a one-line teaser)
LEADS = {name: text[:text.rfind(" ", 0, cut)] for (name, (_, text)), cut in
         zip(WHOLE.items(), (105, 100, 110, 115, 110, 130))}


def _article(doc: int, text: str, language: str, outlet: str, title: str) -> Article:
    tokens, starts = words_and_sentences(text)
    return Article(doc, "2026-01-12", tokens, outlet, title, language, starts)


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_a_lead_of_a_few_words_is_a_copy_of_the_text_it_opens(name):
    language, text = WHOLE[name]
    lead = LEADS[name]
    assert 12 <= len(words_and_sentences(lead)[0]) < 20
    whole = _article(1, text, language, "Outlet One", "A headline of its own")
    cut = _article(2, lead, language, "Outlet Two", "Another outlet's headline")
    assert [(c.doc, c.report) for c in report_groups([whole, cut])] == [(2, 1)]


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_a_short_row_sharing_only_some_opening_words_is_not_a_copy(name):
    """The same happening's first words written again by another outlet: names and numbers shared,
    the rest its own (a separately written report, H2/H7 of the stories guidelines)."""
    language, text = WHOLE[name]
    words = LEADS[name].split()
    own = ["তারা", "জানায়"] if language == "bn" else ["they", "said"]
    mixed = " ".join(w if i % 3 else own[i % 2] for i, w in enumerate(words))
    whole = _article(1, text, language, "Outlet One", "A headline of its own")
    other = _article(2, mixed, language, "Outlet Two", "Another outlet's headline")
    assert report_groups([whole, other]) == []


def test_one_outlets_short_stock_line_under_other_news_is_not_a_copy():
    """A 15-word standard first line one outlet puts over two different leads: its own rows must
    agree in their titles (same_outlet_rerun), which a short row's stock line does not make them."""
    stock = "Stay with us for the latest on this story as it develops through the day today."
    language, text = WHOLE["tariff"]
    a = _article(1, stock + " " + text, language, "Outlet One", "Power price rises for industry")
    b = _article(2, stock, language, "Outlet One", "Metro rail closes early on Friday")
    assert report_groups([a, b]) == []
