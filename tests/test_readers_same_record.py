"""Every reader's HTML goes through the one HTML path: the same page read as `.html`, as a JSON
Lines row with `html` and no `text`, as a WARC response record and as an RSS item's content gives
the same record (pages written here)."""
import io
import json
from html import escape

import pytest

from khobor.ingest import read_inputs
from khobor.pipeline import process

URL = "https://news.example.com/2025/07/14/sylhet-floods"
TITLE = "Floods hit Sylhet as rivers rise"
ARTICLE = ("<h1>Floods hit Sylhet as rivers rise</h1>"
           "<p>Heavy rain flooded large parts of Sylhet on Sunday, officials said, and thousands of people "
           "moved to shelters as rivers rose above danger levels.</p>"
           "<figure><img src='a.jpg'><figcaption>People wade through a flooded street in Sylhet. "
           "<span class='credit'>Photo: AFP</span></figcaption></figure>"
           "<p>The district administration opened 200 shelters and the army was deployed to help with "
           "rescue work in the worst hit upazilas, a spokesman said.</p>"
           "<p>Forecasters expect more rain in the coming days across the north-east of the country.</p>")
PAGE = f"""<!doctype html><html><head><title>{TITLE}</title>
<link rel="canonical" href="{URL}">
<meta property="article:published_time" content="2025-07-14T09:30:00+06:00">
</head><body><nav>Home | World | Sport</nav><article>{ARTICLE}</article>
<footer>Copyright Example News</footer></body></html>"""

BN_URL = "https://bn.example.com/national/2025/07/14/rain"
BN_TITLE = "ঢাকায় টানা বৃষ্টিতে জলাবদ্ধতা"
BN_ARTICLE = ("<p>রাজধানীতে রোববার সকাল থেকে টানা বৃষ্টিতে বিভিন্ন সড়কে পানি জমে গেছে বলে সিটি করপোরেশন জানিয়েছে।</p>"
              "<p>অফিসগামী মানুষ দীর্ঘ সময় যানজটে আটকে ছিলেন। আবহাওয়া অধিদপ্তর বলছে, আগামী দুই দিন বৃষ্টি চলতে পারে।</p>")
BN_PAGE = f"""<!doctype html><html lang="bn"><head><title>{BN_TITLE}</title>
<link rel="canonical" href="{BN_URL}">
<meta property="article:published_time" content="2025-07-14T08:00:00+06:00">
</head><body><nav>প্রথম পাতা | জাতীয়</nav><article><h1>{BN_TITLE}</h1>{BN_ARTICLE}</article></body></html>"""


def _warc(url: str, page: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                  http_headers=headers))
    return buf.getvalue()


def _rss(url: str, title: str, article: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>
<item><title>{escape(title)}</title><link>{url}</link><pubDate>Mon, 14 Jul 2025 03:30:00 GMT</pubDate>
<content:encoded><![CDATA[{article}]]></content:encoded></item></channel></rss>"""


def _record(path):
    (raw,) = list(read_inputs([str(path)]))
    rec = json.loads(process(raw, extract=False).to_json())
    rec.pop("source")
    return rec


@pytest.mark.parametrize("url,title,page,article", [(URL, TITLE, PAGE, ARTICLE),
                                                    (BN_URL, BN_TITLE, BN_PAGE, BN_ARTICLE)])
def test_jsonl_html_warc_and_rss_give_the_record_of_the_html_page(tmp_path, url, title, page, article):
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"html": page}) + "\n", encoding="utf-8")
    (tmp_path / "crawl.warc.gz").write_bytes(_warc(url, page))
    (tmp_path / "feed.rss").write_text(_rss(url, title, article), encoding="utf-8")
    from_html = _record(tmp_path / "page.html")
    assert from_html["title"] == title and from_html["url"] == url
    assert from_html["published"] == "2025-07-14"
    assert "Home" not in from_html["text"] and "প্রথম পাতা" not in from_html["text"]
    for name in ("rows.jsonl", "crawl.warc.gz", "feed.rss"):
        other = _record(tmp_path / name)
        for key in ("text", "title", "url", "published", "language", "blocks", "sentences", "byline", "id"):
            assert other[key] == from_html[key], (name, key)


def test_the_html_page_keeps_its_caption_credit(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    rec = _record(tmp_path / "page.html")
    caps = [b for b in rec["blocks"] if b["kind"] == "caption"]
    assert [c.get("credit") for c in caps] == ["AFP"]
