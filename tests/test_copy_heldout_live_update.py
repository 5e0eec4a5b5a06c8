"""Held-out: one outlet's piece, the same piece crawled again under a rewritten headline, and its live
update (a new first sentence over the old text) are one report with another outlet's copy of it, when
all four are stored together: the update must not be kept apart because it and the re-crawl, two
rows of one outlet, open differently (same_outlet_rerun guards a single match, not a report's
members). Texts written for this test (made-up happenings, shared with the short-lead held-out set),
before changing the copy grouping (khobor.organise.duplicates.report_groups)."""
from __future__ import annotations

import pytest

from khobor.organise.duplicates import Article, report_groups, words_and_sentences

from test_copy_heldout_short_leads import WHOLE

UPDATES = {
    "ferry": "The river transport authority on Friday evening suspended the launch's route permit for a month "
             "while its committee investigates.",
    "tariff": "Business groups said on Tuesday evening that they would ask the High Court to stay the new rate "
              "until the hearing on household tariffs.",
    "library": "The mayor on Sunday morning said two more branches with night hours would open in Uttara and "
               "Jatrabari next year.",
    "bridge": "সেতুর উদ্বোধনের সময় এক দিন পিছিয়ে শুক্রবার সকাল দশটায় নির্ধারণ করা হয়েছে বলে বুধবার রাতে জানিয়েছে সড়ক বিভাগ।",
    "fire": "আগুনের ঘটনায় রোববার সন্ধ্যায় কারখানার মালিকপক্ষ থানায় একটি সাধারণ ডায়েরি করেছে এবং ক্ষতিগ্রস্ত "
            "শ্রমিকদের চলতি মাসের বেতন আগাম দেওয়ার ঘোষণা দিয়েছে বলে পুলিশ ও কারখানার একজন কর্মকর্তা জানিয়েছেন।",
    "exam": "ফল প্রকাশের সময় এক ঘণ্টা এগিয়ে বেলা এগারোটায় নির্ধারণ করা হয়েছে এবং প্রথমবারের মতো শিক্ষার্থীরা "
            "বোর্ডের ওয়েবসাইট থেকে নম্বরপত্রও নামাতে পারবে বলে সোমবার সন্ধ্যায় সমন্বয় কমিটি জানিয়েছে।",
}


CLOSING = {"en": " More details will follow as officials release them later in the day.",
           "bn": " এ বিষয়ে বিস্তারিত তথ্য পরে জানানো হবে বলে কর্মকর্তারা জানিয়েছেন।"}  # every text a full one (60+ words)


def _article(doc: int, text: str, language: str, outlet: str, title: str) -> Article:
    tokens, starts = words_and_sentences(text)
    return Article(doc, "2026-01-12", tokens, outlet, title, language, starts)


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_a_live_update_joins_its_report_with_a_recrawl_of_one_outlet(name):
    language, text = WHOLE[name]
    text += CLOSING[language]
    stored = [_article(1, text, language, "Outlet One", "First headline of the piece"),
              _article(2, text, language, "Outlet One", "A rewritten headline over it"),
              _article(3, text, language, "Outlet Two", "The second outlet's headline"),
              _article(4, UPDATES[name] + " " + text, language, "Outlet One", "First headline of the piece")]
    assert sorted((c.doc, c.report) for c in report_groups(stored)) == [(2, 1), (3, 1), (4, 1)]


def test_one_outlets_two_texts_sharing_a_stock_paragraph_stay_two_reports():
    """Two different pieces of one outlet that end with the same standard paragraph, and a second
    outlet's copy of the first: the second piece joins nothing."""
    stock = ("The city corporation runs twelve branch libraries and a central library, which together "
             "lend about two hundred thousand books a year to readers of all ages across the city.")
    first, second = WHOLE["library"][1], WHOLE["tariff"][1]
    stored = [_article(1, first + " " + stock, "en", "Outlet One", "Night library opens in Mirpur"),
              _article(2, first + " " + stock, "en", "Outlet Two", "Mirpur gets a library open till late"),
              _article(3, second + " " + stock, "en", "Outlet One", "Power price rises for industry")]
    assert sorted((c.doc, c.report) for c in report_groups(stored)) == [(2, 1)]
