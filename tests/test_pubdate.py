"""Publication dates of HTML pages and texts, never invented (pages written here)."""
import pytest

from khobor.ingest.dates import date_after_marker, date_in_url
from khobor.clean.rules import rules_for
from khobor.clean.structure import build_record
from khobor.ingest.html import read_html
from khobor.ingest.raw import RawArticle

BODY = ("<p>Heavy rain flooded low-lying parts of the district, officials said, and hundreds of families "
        "moved to shelters run by the local administration.</p><p>The water board said pumps were working "
        "through the night and that most roads should be clear within two days.</p>")
BN_BODY = ("<p>টানা বৃষ্টিতে জেলার নিচু এলাকা প্লাবিত হয়েছে বলে কর্মকর্তারা জানিয়েছেন। কয়েকশ পরিবার আশ্রয়কেন্দ্রে "
           "উঠেছে।</p><p>পানি উন্নয়ন বোর্ড বলেছে, রাতভর পাম্প চলছে।</p>")


def page(head="", top="", body=BODY, bottom="", aside=""):
    return (f"<html><head><title>Rain floods the district</title>{head}</head><body><nav>Home</nav>"
            f"<aside>{aside}</aside><article><h1>Rain floods the district</h1>{top}{body}{bottom}</article>"
            "<footer>Example News</footer></body></html>")


def published(html, url="https://news.example.com/national/story"):
    return build_record(read_html(html, "t.html", url=url)).published


def test_meta_published_beats_a_later_modified_date():
    assert published(page(head="<meta property='article:modified_time' content='2024-03-09T08:00:00Z'>"
                               "<meta property='article:published_time' content='2024-03-06T10:00:00Z'>")) == "2024-03-06"


def test_a_modified_date_alone_is_no_publication_date():
    assert published(page(head="<meta property='og:updated_time' content='2024-03-09T08:00:00Z'>")) is None


def test_visible_bengali_dateline_and_not_the_update():
    html = page(body=BN_BODY, top="<div class='meta'><span>আপডেট: ৯ মার্চ ২০২৪</span> | <span>প্রকাশিত: ৬ মার্চ ২০২৪</span></div>")
    assert published(html) == "2024-03-06"


def test_visible_english_dateline_after_last_updated():
    html = page(top="<div class='meta'>Last updated 9 March 2024 &middot; First published on 6 March 2024</div>")
    assert published(html) == "2024-03-06"


@pytest.mark.parametrize("bottom,aside", [
    ("<section class='comments'><div class='comment'>Posted 9 March 2024: Good report.</div></section>", ""),
    ("<p class='copy'>© 2024 Example News</p>", ""),
    ("", "<ul><li>Older story <span>1 March 2024</span></li><li>Newer <span>9 March 2024</span></li></ul>"),
])
def test_comment_copyright_and_sidebar_dates_are_not_publication_dates(bottom, aside):
    assert published(page(bottom=bottom, aside=aside)) is None


def test_a_date_the_story_names_is_not_its_publication_date():
    html = page(body="<p>The report, published on 2 February 2023, warned that the embankment was weak.</p>" + BODY)
    assert published(html) is None


def test_dates_in_url_paths():
    assert date_in_url("https://example.com/2024/03/06/rain") == "2024-03-06"
    assert date_in_url("https://example.com/national/20240306-rain") == "2024-03-06"
    assert date_in_url("https://example.com/news/1079724") is None
    assert date_in_url("https://example.com/2024/13/40/x") is None
    assert published(page(), url="https://news.example.com/2024/03/06/rain") == "2024-03-06"


def test_marker_inside_a_sentence_is_no_dateline():
    marker = rules_for("en").published_marker
    assert date_after_marker("Staff Reporter | Published: 6 March 2024, 10:30", marker) == "2024-03-06"
    assert date_after_marker("The report, published on 2 February 2023, said so.", marker) is None


def test_text_article_with_a_dateline_line_and_a_dated_url():
    raw = RawArticle(source="t.txt", language="bn", text="প্রকাশ: ৬ মার্চ ২০২৪\nটানা বৃষ্টিতে জেলার নিচু এলাকা প্লাবিত হয়েছে।")
    assert build_record(raw).published == "2024-03-06"
    raw = RawArticle(source="t.txt", language="en", text="Heavy rain flooded the district on Monday.",
                     url="https://example.com/2024/03/06/rain")
    assert build_record(raw).published == "2024-03-06"


def test_flattened_bengali_publication_line_gives_the_date_and_not_the_update():
    raw = RawArticle(source="t.txt", language="bn", text=(
        "সিলেট প্রতিবেদক প্রকাশ: ২৮ ডিসেম্বর ২০২৩ | ২৩:২৯ | আপডেট: ২৯ ডিসেম্বর ২০২৩ | ০০:১৫ "
        "টানা বৃষ্টিতে জেলার নিচু এলাকা প্লাবিত হয়েছে। শেষ বাক্য।"))
    rec = build_record(raw)
    assert rec.published == "2023-12-28"
    assert "আপডেট" not in rec.text and "প্রকাশ:" not in rec.text
