"""Readers per format, and bad input: each gets one line naming the file and the reason, the
good files of the same batch are still stored, and a second run stores nothing twice."""
import io
import json

import pytest

from khobor.ingest import read_inputs
from khobor.ingest.raw import RawArticle

BODY_BN = "ঢাকায় আজ বৃষ্টি হয়েছে। নগরবাসী দুর্ভোগে পড়েছেন বলে জানা গেছে। সড়কে পানি জমেছে।"
HTML_PAGE = """<!doctype html><html><head><title>Rain in Dhaka | Example</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-07-02T08:00:00+06:00">
<script>document.write('<p>injected</p>')</script></head>
<body><nav>Home | World | Sport</nav><article><h1>Rain in Dhaka</h1>
<p>Heavy rain fell across Dhaka on Wednesday, flooding several roads in the old part of the city, officials said.</p>
<figure><img src="x.jpg"><figcaption>Vehicles wade through a flooded road in Dhaka. <span class="credit">AFP</span></figcaption></figure>
<p>The weather office said more rain was expected over the next three days across the whole country.</p>
<p>Residents complained that drains had not been cleaned before the monsoon season began this year.</p>
</article><footer>Copyright Example News</footer><script>alert(1)</script></body></html>"""


def articles(paths, **kw):
    return [x for x in read_inputs([str(p) for p in paths], **kw) if isinstance(x, RawArticle)]


def failures(paths, **kw):
    return [x for x in read_inputs([str(p) for p in paths], **kw) if isinstance(x, tuple)]


def test_html_reader_keeps_text_and_captions_and_drops_scripts(tmp_path):
    p = tmp_path / "rain.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    (raw,) = articles([p])
    assert raw.title == "Rain in Dhaka"
    assert raw.published.startswith("2025-07-02")
    assert "Heavy rain fell across Dhaka" in raw.text
    assert "alert(1)" not in raw.text and "injected" not in raw.text
    assert any("Vehicles wade through" in c for c in raw.known_captions)
    from khobor.pipeline import process
    rec = process(raw, extract=False)
    caps = [b for b in rec.blocks if b.kind == "caption"]
    assert len(caps) == 1 and caps[0].credit == "AFP"


def test_jsonl_with_scraper_field_names(tmp_path):
    p = tmp_path / "a.jsonl"
    rows = [{"headline": "বৃষ্টি", "text": BODY_BN, "paper_name": "Example", "publication_date": "2025-07-02",
             "url": "https://example.com/1", "lang": "bn"},
            {"no_text": True}, "not json{"]
    p.write_text("\n".join(json.dumps(r) if isinstance(r, dict) else r for r in rows) + "\n", encoding="utf-8")
    (raw,) = articles([p])
    assert (raw.title, raw.outlet, raw.published, raw.url) == ("বৃষ্টি", "Example", "2025-07-02", "https://example.com/1")
    errs = failures([p])
    assert [e[0].rsplit("#", 1)[1] for e in errs] == ["L2", "L3"]
    assert "no 'text' or 'html'" in errs[0][1] and "invalid JSON" in errs[1][1]


def _warc_bytes(pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_gz_reader_and_truncated_archive(tmp_path):
    data = _warc_bytes([("https://example.com/a", HTML_PAGE), ("https://example.com/b", HTML_PAGE.replace("Dhaka", "Khulna"))])
    good = tmp_path / "crawl.warc.gz"
    good.write_bytes(data)
    raws = articles([good])
    assert [r.url for r in raws] == ["https://example.com/a", "https://example.com/b"]
    bad = tmp_path / "broken.warc.gz"
    bad.write_bytes(data[: len(data) * 2 // 3])
    errs = failures([bad])
    assert errs and "truncated" in errs[-1][1] and errs[-1][0] == str(bad)
    assert [r.url for r in articles([bad])] == ["https://example.com/a"]  # the complete record survives


def test_rss_feed_items_become_articles(tmp_path):
    item = "<p>" + "The minister visited the flooded district on Monday and promised relief to families. " * 2 + "</p>"
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title>
    <item><title>Minister visits</title><link>https://example.com/m</link>
    <pubDate>Mon, 07 Jul 2025 09:00:00 GMT</pubDate><description><![CDATA[{item}]]></description></item>
    </channel></rss>"""
    p = tmp_path / "feed.xml"
    p.write_text(feed, encoding="utf-8")
    (raw,) = articles([p])
    assert (raw.title, raw.url, raw.outlet) == ("Minister visits", "https://example.com/m", "Example Feed")
    assert "flooded district" in raw.text


def test_directories_are_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text(BODY_BN, encoding="utf-8")
    (tmp_path / "two.txt").write_text("Dhaka had rain today. Roads flooded.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    assert len(articles([tmp_path])) == 2


def test_encoding_is_detected_not_assumed(tmp_path):
    p = tmp_path / "utf16.txt"
    p.write_bytes(BODY_BN.encode("utf-16"))
    (raw,) = articles([p])
    assert raw.text.startswith("ঢাকায়")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café owners in Zürich protested on Monday against the new rules, the city said.".encode("cp1252"))
    (raw,) = articles([latin])
    assert "Café" in raw.text and "Zürich" in raw.text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n ", "only whitespace"),
    ("random.bin", bytes(range(256)) * 40, "not a text file"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG image"),
    ("broken.txt", BODY_BN.encode() + b"\xff\xfe\xfa" + BODY_BN.encode(), "invalid UTF-8 at byte"),
    ("scripts.html", b"<html><head><script>var a=1;</script></head><body><script>alert('x')</script></body></html>",
     "no article text"),
])
def test_bad_input_gets_a_reason(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    (err,) = failures([p])
    assert err[0] == str(p) and reason in err[1]


def test_too_large_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.seek(3_000_000)
        f.write(b"x")
    (err,) = failures([p], max_bytes=1_000_000)
    assert "too large" in err[1] and "3.0 MB" in err[1]


def test_missing_path(tmp_path):
    (err,) = failures([tmp_path / "nope.txt"])
    assert "no such file" in err[1]


def test_text_without_words_is_refused_by_the_cleaner(tmp_path):
    from khobor.pipeline import run_local
    p = tmp_path / "emoji.txt"
    p.write_text("😀😀 🎉\n!!! 123", encoding="utf-8")
    (outcome,) = list(run_local(read_inputs([str(p)])))
    assert outcome.record is None and "no words in the text" in outcome.error


def test_jsonl_row_with_html_only_goes_through_the_html_path(tmp_path):
    """A JSON Lines row with `html` and no `text` becomes the same record as the page read as .html."""
    import json as _json

    from khobor.ingest import read_inputs
    from khobor.pipeline import process
    page = ("<html><head><title>Floods hit Sylhet</title></head><body><nav>Home | World</nav><article>"
            "<h1>Floods hit Sylhet</h1><p>Heavy rain flooded large parts of Sylhet on Sunday, officials said, "
            "and thousands of people moved to shelters as rivers rose above danger levels.</p>"
            "<p>The district administration opened 200 shelters and the army was deployed to help with rescue "
            "work in the worst hit upazilas.</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(_json.dumps({"html": page}) + "\n", encoding="utf-8")
    (from_html,) = [process(r) for r in read_inputs([str(tmp_path / "page.html")])]
    (from_jsonl,) = [process(r) for r in read_inputs([str(tmp_path / "rows.jsonl")])]
    assert from_jsonl.text == from_html.text and "Heavy rain flooded" in from_jsonl.text
    assert from_jsonl.title == from_html.title == "Floods hit Sylhet"
    assert "Home | World" not in from_jsonl.text
