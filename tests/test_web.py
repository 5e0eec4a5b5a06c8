"""The pages of `khobor serve` (khobor.web) through FastAPI's TestClient: what a person sees, and that
untrusted article text never becomes markup. Store: tests/desk_fixtures.py (texts written for these
tests), plus the seed through the whole pipeline when ../shared is beside the checkout."""
from __future__ import annotations

import csv
import io
import re
import socket
import subprocess
import sys
import time
import urllib.request
import warnings

import pytest

from desk_fixtures import DOE, RAHIM, bn_meeting, build_store, en_hostile, records
from khobor.web import pages

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from khobor.web.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("web") / "desk.db")
    with TestClient(create_app(db)) as c:
        yield c


def page(client, url, status=200) -> str:
    r = client.get(url)
    assert r.status_code == status, r.text[-500:]
    return r.text


# -- untrusted text --------------------------------------------------------------------------------

def test_markup_in_an_article_comes_out_escaped_everywhere(client):
    rec = en_hostile()
    for url in (f"/article/{rec.id}", "/?q=reader", "/?q=onerror", "/", f"/actor/{DOE.id}",
                f"/events?actor={DOE.id}"):
        html = page(client, url)
        assert "<script" not in html.lower(), url
        assert "<img" not in html.lower() and "<b>" not in html, url
    article = page(client, f"/article/{rec.id}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(2)&gt;" in article
    assert "&lt;b&gt;Bold Outlet&lt;/b&gt;" in article


def test_every_response_has_a_strict_content_security_policy(client):
    for url in ("/", f"/article/{bn_meeting().id}", f"/actor/{RAHIM.id}", "/events", "/docs",
                "/static/style.css", "/api/events", "/actor/nobody-at-all"):
        csp = client.get(url).headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "unsafe" not in csp, url
        assert "frame-ancestors 'none'" in csp


def test_pages_load_nothing_from_elsewhere(client):
    for url in ("/", f"/article/{bn_meeting().id}", f"/actor/{RAHIM.id}", "/events", "/docs"):
        html = page(client, url)
        assert not re.search(r"""<(script|iframe|img)\b""", html)
        assert re.findall(r'<link [^>]*href="([^"]+)"', html) == ["/static/style.css"]
        assert "cdn" not in html.lower()


def test_templates_autoescape_whatever_their_name():
    assert all(pages.env.autoescape(name) for name in ("article.html", "x.txt", None))


def test_a_javascript_url_is_not_a_link():
    assert pages.safe_url("javascript:alert(1)") is None and pages.safe_url("JaVaScRiPt:x") is None
    assert pages.safe_url("https://example.test/a") == "https://example.test/a"


# -- the pages ---------------------------------------------------------------------------------------

def test_search_page_with_filters_marks_the_matched_word(client):
    html = page(client, "/?q=রহিম&language=bn")
    assert bn_meeting().title in html and "<mark>রহিম</mark>" in html
    assert "No article matches" in page(client, "/?q=রহিম&language=en")
    assert page(client, "/?q=Doe&language=&outlet=&since=&until=").count('class="title"') == 2  # blank = any


def test_article_page_highlights_spans_by_layer_and_links_facts(client):
    rec = bn_meeting()
    html = page(client, f"/article/{rec.id}")
    assert '<a id="q0" class="anchor"></a><span class="l-quote">আমরা একসঙ্গে কাজ করব</span>' in html
    assert '<span class="l-event">বৈঠক করেন</span>' in html
    assert '<span class="l-time">বুধবার</span>' in html
    assert 'href="#q0"' in html and 'href="#v0"' in html and 'href="#e0"' in html and 'href="#t0"' in html
    assert f'<a href="/actor/{RAHIM.id}">Rahim Uddin</a> (রহিম উদ্দিন)' in html  # the quote's speaker
    for layer in ("ent", "quote", "time", "event"):
        assert f'id="show-{layer}" checked' in html  # a toggle per layer, CSS only


def test_overlapping_spans_carry_every_layer():
    from khobor.web.spans import Mark, segments
    segs = segments("abcdefghi", [Mark(0, 4, "ent", "e0"), Mark(2, 9, "quote", "q0")])
    assert [(s.text, s.css, s.anchors) for s in segs] == [
        ("ab", "l-ent", ["e0"]), ("cd", "l-ent l-quote", ["q0"]), ("efghi", "l-quote", [])]


def test_actor_page_has_timeline_chart_and_co_actors(client):
    html = page(client, f"/actor/{RAHIM.id}")
    assert "Rahim Uddin" in html and "<svg" in html and "2024-03" in html and "2024-04" in html
    assert html.index("2024-03-06") < html.index("2024-04-02")
    assert "আমরা একসঙ্গে কাজ করব" in html  # his quote on the timeline
    assert f'href="/actor/{DOE.id}"' in html  # named with him
    assert "no actor" in page(client, "/actor/nobody-at-all", status=404)


def test_actor_page_says_when_the_timeline_is_cut(client, monkeypatch):
    from khobor.web import pages
    assert "items only" not in page(client, f"/actor/{RAHIM.id}")   # all three fit: no note
    monkeypatch.setattr(pages, "ACTOR_PAGE_ITEMS", 2)
    html = page(client, f"/actor/{RAHIM.id}")
    assert "The first 2 items only" in html and html.count('<li class="item-') == 2


def test_events_table_filters_and_downloads_the_same_rows(client):
    html = page(client, "/events?type=CONSULT&country=BGD")
    assert html.count("<tr><td>") == 2
    assert 'href="/events/download?type=CONSULT&amp;country=BGD&amp;format=csv"' in html
    r = client.get("/events/download?type=CONSULT&country=BGD&format=csv")
    assert r.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(row["actor_ids"] for row in rows) == sorted([RAHIM.id, DOE.id])
    lines = client.get("/events/download?format=jsonl&min_confidence=0.6").text.splitlines()
    assert len(lines) == 3


def test_bad_parameters_on_pages_are_a_page_naming_them(client):
    html = page(client, "/events?since=2024-99-01", status=400)
    assert "<code>since</code>" in html and "<html" in html
    assert "unknown parameter" in page(client, "/?langauge=bn", status=400)
    assert "not a PLOVER type" in page(client, "/events?type=PARTY", status=400)


def test_docs_page_describes_the_api_without_scripts(client):
    html = page(client, "/docs")
    assert "GET /api/events" in html and "min_confidence" in html and "/openapi.json" in html


def test_all_fixture_articles_render(client):
    for rec in records():
        assert page(client, f"/article/{rec.id[:8]}")


# -- khobor serve ------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_on_loopback(tmp_path):
    db = build_store(tmp_path / "serve.db")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "khobor.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        body = None
        for _ in range(300):  # at most ~60 s for start-up on a busy machine
            try:
                # a long read timeout: on a loaded machine the first page can take seconds, and a
                # client that gives up and asks again only piles requests onto the server
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/?q=Doe", timeout=30) as r:
                    body = r.read().decode("utf-8")
                    csp = r.headers["Content-Security-Policy"]
                break
            except OSError:
                time.sleep(0.2)
        assert body is not None and "Doe and Rahim Uddin" in body and "default-src 'none'" in csp
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise


# -- the seed through the whole pipeline ------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_client(tmp_path_factory):
    from conftest import SEED
    if not SEED.exists():
        pytest.skip("the seed article is not in ../shared")
    from khobor.ingest import read_inputs
    from khobor.pipeline import Overrides, run_local
    seed = [o.record for o in run_local(read_inputs([str(SEED)]), Overrides()) if o.record]
    db = build_store(tmp_path_factory.mktemp("seedweb") / "seed.db", extra=seed)
    with TestClient(create_app(db)) as c:
        yield c, seed[0]


def test_seed_search_article_quote_and_peskov_page(seed_client):
    client, seed = seed_client
    assert f'href="/article/{seed.id}"' in page(client, "/?q=পুতিন")
    html = page(client, f"/article/{seed.id}")
    first = html.index('href="#q0"')
    assert html.count('class="l-quote"') >= 1
    assert '<a href="/actor/dmitry-peskov">Dmitry Peskov</a>' in html[first:first + 2000]
    actor = page(client, "/actor/dmitry-peskov")
    assert seed.quotes[0].text[:30] in actor


# -- stories ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def story_client(tmp_path_factory):
    from story_fixtures import build_story_store, en_relief_hostile
    db = build_story_store(tmp_path_factory.mktemp("web-stories") / "stories.db", extra=[en_relief_hostile()])
    with TestClient(create_app(db)) as c:
        yield c


def _story_id(client) -> int:
    html = page(client, "/stories")
    ids = re.findall(r'href="/story/(\d+)"', html)
    assert len(ids) == 1, html[-800:]  # one story of two articles or more; the cricket report is alone
    return int(ids[0])


def test_story_page_shows_reports_across_languages_and_events_counted_once(story_client):
    from story_fixtures import bn_relief, en_relief
    html = page(story_client, f"/story/{_story_id(story_client)}")
    assert f'href="/article/{bn_relief().id}"' in html and f'href="/article/{en_relief().id}"' in html
    assert "সিলেটে বন্যাদুর্গতদের পাশে" in html and "Relief minister visits flood-hit Sylhet" in html
    row = re.search(r"<tr><td>AID</td>(.*?)</tr>", html, re.S).group(1)
    assert re.findall(r"<td>(\d+)</td>", row) == ["4", "4", "4"]  # mentions, articles, sources
    assert "বিতরণ করেন" in row


def test_story_page_links_to_its_events_in_the_events_table_and_its_download(story_client):
    from story_fixtures import bn_cricket
    sid = _story_id(story_client)
    assert f'href="/events?story={sid}"' in page(story_client, f"/story/{sid}")
    table = page(story_client, f"/events?story={sid}")
    assert f'name="story" min="1" value="{sid}"' in table and "বিতরণ করেন" in table
    csv_rows = story_client.get(f"/events/download?story={sid}&format=csv").text.strip().splitlines()[1:]
    assert csv_rows and not any(bn_cricket().id in row for row in csv_rows)
    assert "<tr><td>" not in page(story_client, "/events?story=424242").split("<table", 1)[-1].split("</thead>")[-1]
    page(story_client, "/events?story=0", status=400)


def test_story_page_escapes_article_text(story_client):
    html = page(story_client, f"/story/{_story_id(story_client)}")
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;Loud Outlet&lt;/b&gt;" in html
    assert "default-src 'none'" in story_client.get("/story/1").headers["content-security-policy"]


def test_article_page_links_to_its_story_and_a_missing_story_is_a_404(story_client):
    from story_fixtures import en_relief
    sid = _story_id(story_client)
    assert f'href="/story/{sid}"' in page(story_client, f"/article/{en_relief().id}")
    assert "no story 99999" in page(story_client, "/story/99999", status=404)


# -- the shipped Bengali font ----------------------------------------------------------------------

def _cmap_covers(font: bytes, code_point: int) -> bool:
    """Whether a TrueType font's format-4 (BMP) cmap maps `code_point` to a glyph other than .notdef."""
    import struct
    tables = {font[12 + 16 * i:16 + 16 * i]: struct.unpack(">II", font[20 + 16 * i:28 + 16 * i])
              for i in range(struct.unpack(">H", font[4:6])[0])}
    cmap = tables[b"cmap"][0]
    for i in range(struct.unpack(">H", font[cmap + 2:cmap + 4])[0]):
        sub = cmap + struct.unpack(">I", font[cmap + 8 + 8 * i:cmap + 12 + 8 * i])[0]
        if struct.unpack(">H", font[sub:sub + 2])[0] != 4:
            continue
        segs = struct.unpack(">H", font[sub + 6:sub + 8])[0] // 2
        arr = lambda k: struct.unpack(f">{segs}H", font[sub + 14 + k * 2 * segs + 2 * (k > 0):][:2 * segs])  # noqa: E731
        ends, starts, deltas, offsets = arr(0), arr(1), arr(2), arr(3)
        for n in range(segs):
            if starts[n] <= code_point <= ends[n]:
                if offsets[n] == 0:
                    return (code_point + deltas[n]) % 65536 != 0
                at = sub + 14 + 2 * segs * 3 + 2 + 2 * n + offsets[n] + 2 * (code_point - starts[n])
                return struct.unpack(">H", font[at:at + 2])[0] != 0
    return False


def test_the_stylesheet_draws_bengali_with_the_font_served_from_the_package(client):
    css = page(client, "/static/style.css")
    faces = re.findall(r"@font-face\s*{[^}]*}", css)
    assert faces and all("url(\"fonts/NotoSansBengali-" in f and "U+0980-09FE" in f for f in faces)
    assert "http" not in " ".join(faces)  # nothing from elsewhere
    assert re.search(r'\[lang="bn"\]\s*{\s*font-family:\s*"khobor Bengali"', css)
    for name in ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"):
        r = client.get(f"/static/fonts/{name}")
        assert r.status_code == 200 and r.content[:4] == b"\x00\x01\x00\x00", name  # a TrueType font
        for letter in "কখষ্ঠৎ়ৗ০৯।":  # consonants, virama, khanda ta, nukta, AU mark, digits, danda
            assert _cmap_covers(r.content, ord(letter)), (name, letter)
        assert not _cmap_covers(r.content, 0x4E00)  # a CJK ideograph: the check can say no
    csp = client.get("/").headers["content-security-policy"]
    assert "font-src 'self'" in csp
    assert page(client, "/static/fonts/OFL.txt").count("SIL Open Font License") >= 1
