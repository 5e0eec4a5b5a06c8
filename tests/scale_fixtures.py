"""A small corpus written for the scale tests (executors, resumable ingest, backfill): Bengali and
English articles as .txt, .html, .jsonl and WARC records. Every sentence is written here, from
templates over a few places and days, so each article is different."""
from __future__ import annotations

import io
import json
from pathlib import Path

CITIES = [("Dhaka", "ঢাকা"), ("Khulna", "খুলনা"), ("Rajshahi", "রাজশাহী"), ("Sylhet", "সিলেট"),
          ("Barishal", "বরিশাল"), ("Rangpur", "রংপুর"), ("Cumilla", "কুমিল্লা"), ("Mymensingh", "ময়মনসিংহ")]
DAYS = [("Monday", "সোমবার"), ("Tuesday", "মঙ্গলবার"), ("Wednesday", "বুধবার"), ("Thursday", "বৃহস্পতিবার")]


def english(i: int) -> tuple[str, str]:
    """(title, body) of English article number i."""
    city, _ = CITIES[i % len(CITIES)]
    day, _ = DAYS[i % len(DAYS)]
    title = f"{city} council approves budget number {i + 1}"
    body = (f"The {city} city council approved a budget of {12 + i} million taka on {day}, officials said. "
            f"The mayor told reporters that the money would pay for roads and drains in {i % 5 + 2} wards.\n\n"
            f"\"We will finish the work before the monsoon,\" the mayor said. Opposition members walked out "
            f"of the meeting in protest and said the plan ignored schools.")
    return title, body


def bengali(i: int) -> tuple[str, str]:
    """(title, body) of Bengali article number i."""
    _, city = CITIES[i % len(CITIES)]
    _, day = DAYS[i % len(DAYS)]
    title = f"{city}য় নতুন সেতু উদ্বোধন, খরচ {20 + i} কোটি টাকা"
    body = (f"{city} জেলায় {day} একটি নতুন সেতু উদ্বোধন করা হয়েছে। স্থানীয় প্রশাসন জানিয়েছে, সেতুটি নির্মাণে "
            f"{20 + i} কোটি টাকা খরচ হয়েছে।\n\n\"এই সেতু মানুষের যাতায়াত সহজ করবে,\" জেলা প্রশাসক বলেন। "
            f"এলাকার বাসিন্দারা বলেন, আগে নদী পার হতে তাদের {i % 3 + 1} ঘণ্টা লাগত।")
    return title, body


def article(i: int) -> tuple[str, str, str]:
    """(language, title, body): even numbers English, odd Bengali."""
    return ("en", *english(i)) if i % 2 == 0 else ("bn", *bengali(i))


def html_page(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>Example News</footer></body></html>")


def jsonl_line(i: int) -> str:
    lang, title, body = article(i)
    return json.dumps({"title": title, "text": body, "url": f"https://example.com/{lang}/{i}",
                       "published": f"2025-03-{i % 28 + 1:02d}"}, ensure_ascii=False) + "\n"


def write_corpus(folder: Path, jsonl_articles: int = 6) -> Path:
    """A folder of .txt, .html and .jsonl articles in both languages; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(2):
        _, title, body = article(100 + i)
        (folder / f"a{i}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        _, title, body = article(200 + i)
        (folder / f"b{i}.html").write_text(html_page(title, body), encoding="utf-8")
    (folder / "c.jsonl").write_text("".join(jsonl_line(i) for i in range(jsonl_articles)), encoding="utf-8")
    return folder


def warc_bytes(records: list[tuple[str, str, bytes]]) -> bytes:
    """A WARC.gz of HTTP responses: (url, content type, payload) each, after a request record
    (as crawls have), so the reader must pass over records that are not responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, content_type, payload in records:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buf.getvalue()
