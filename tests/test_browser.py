"""End to end in a real browser (Playwright driving Debian's chromium, headless): `khobor serve` on
loopback over a store of the seed and the desk fixtures; what a person does and sees. Skips, saying
why, without chromium or playwright. KHOBOR_SCREENSHOTS=DIR saves a screenshot of each page there
(docs/screenshots/ holds the ones in the README)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from desk_fixtures import RAHIM, bn_meeting, build_store, en_hostile

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (.ci/run installs it: apt-get install chromium)",
                allow_module_level=True)

# screenshots show only articles written for the tests (desk_fixtures), never the seed's text
SHOTS = os.environ.get("KHOBOR_SCREENSHOTS")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(base URL, the seed's record or None) of a running `khobor serve`."""
    from conftest import SEED
    seed = []
    if SEED.exists():
        from khobor.ingest import read_inputs
        from khobor.pipeline import Overrides, run_local
        seed = [o.record for o in run_local(read_inputs([str(SEED)]), Overrides()) if o.record]
    from story_fixtures import story_records
    db = build_store(tmp_path_factory.mktemp("browser") / "site.db", extra=[*seed, *story_records()])
    from khobor.organise.build import rebuild_stories
    from khobor.store import open_store
    with open_store(db) as store:
        rebuild_stories(store)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "khobor.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        yield base, (seed[0] if seed else None)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_search_article_quote_and_speaker_page_of_the_seed(site, browser):
    base, seed = site
    if seed is None:
        pytest.skip("the seed article is not in ../shared")
    page = browser.new_page()
    page.goto(f"{base}/?q=পুতিন")
    page.click(f'a[href="/article/{seed.id}"]')
    page.wait_for_url(f"**/article/{seed.id}")
    assert page.locator(".l-quote").count() >= 1  # quote spans highlighted in the text
    first_quote = page.locator('a[href="#q0"]').first
    assert first_quote.is_visible()
    panel = page.locator("li", has=page.locator('a[href="#q0"]')).first
    assert "Dmitry Peskov" in panel.inner_text()
    panel.locator('a[href="/actor/dmitry-peskov"]').click()
    page.wait_for_url("**/actor/dmitry-peskov")
    assert seed.quotes[0].text[:30] in page.inner_text("body")


def test_a_written_bengali_article_from_search_to_its_speaker(site, browser):
    base, _ = site
    meeting = bn_meeting()
    page = browser.new_page(viewport={"width": 1100, "height": 700})
    page.goto(f"{base}/?q=বৈঠক")
    assert page.locator(f'a[href="/article/{meeting.id}"]').count() == 1
    shot(page, "search")
    page.click(f'a[href="/article/{meeting.id}"]')
    page.wait_for_url(f"**/article/{meeting.id}")
    assert page.locator(".l-quote").count() >= 1 and page.locator(".l-ent").count() >= 1
    shot(page, "article")
    page.locator(f'a[href="/actor/{RAHIM.id}"]').first.click()
    page.wait_for_url(f"**/actor/{RAHIM.id}")
    assert "আমরা একসঙ্গে কাজ করব" in page.inner_text("body") and page.locator("svg").count() >= 1
    shot(page, "actor")


def test_markup_in_an_article_never_runs(site, browser):
    base, _ = site
    hostile = en_hostile()
    page = browser.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/article/{hostile.id}")
    page.wait_for_load_state("networkidle")
    body = page.inner_text("body")
    assert "<script>alert(1)</script>" in body and "<img src=x onerror=alert(2)>" in body  # shown as text
    assert dialogs == [] and page.locator("img").count() == 0
    assert page.evaluate("document.scripts.length") == 0
    shot(page, "hostile")


def test_a_story_with_a_bengali_and_an_english_report(site, browser):
    from story_fixtures import en_relief
    base, _ = site
    page = browser.new_page()
    page.goto(base + "/stories")
    page.get_by_role("link", name="সিলেটে বন্যাদুর্গতদের পাশে ত্রাণমন্ত্রী নাসরিন আক্তার").click()
    assert "/story/" in page.url
    reports = page.locator("table.reports tbody tr")
    assert sorted(reports.nth(i).get_attribute("lang") for i in range(reports.count())) == ["bn", "en", "en"]
    aid = page.locator("table.story-events tr", has_text="AID")
    assert aid.locator("td").nth(3).inner_text() == "3"  # three mentions, one event
    shot(page, "story")
    page.get_by_role("link", name="Relief minister visits flood-hit Sylhet").click()
    assert page.url.endswith(f"/article/{en_relief().id}")
    page.close()
