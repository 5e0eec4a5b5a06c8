"""The retrieval date (a scraper's `scraped_at`, a WARC record's date) travels from ingest into
the record as `retrieved`, never as `published`, and anchors times only when there is no
publication date: values stay as the guidelines say (XXXX, null), a weaker `estimate` with a
lower `confidence` is added beside them. Sentences written here."""
import io
import json

import pytest

from khobor import lang
from khobor.ingest import read_inputs
from khobor.ingest.jsonl import row_to_article
from khobor.pipeline import process
from khobor.record import Record
from khobor.times.expressions import WEAK_CONFIDENCE, find_times

EN_TEXT = ("The former minister was born on 18 May in Comilla. Voting in the local elections will be "
           "held on 4 January, the commission said. Police arrested two men on Monday.")
BN_TEXT = "নির্বাচন কমিশন জানিয়েছে, আগামী ১২ ফেব্রুয়ারি ভোটগ্রহণ হবে। মঙ্গলবার দলের নেতারা বৈঠক করেন।"


def _times(text, code, published, retrieved):
    return {t.text: t for t in find_times(text, lang.load(code), published, retrieved)}


def test_without_publication_the_retrieval_date_gives_weaker_estimates():
    got = _times(EN_TEXT, "en", None, "2025-12-29")
    # values as the guidelines say with no publication date (T4): year unknown, relative null
    assert [got[k].value for k in ("18 May", "4 January", "Monday")] == ["XXXX-05-18", "XXXX-01-04", None]
    # past tense: the latest on or before retrieval; future: the nearest; a weekday: the latest
    assert [got[k].estimate for k in ("18 May", "4 January", "Monday")] == ["2025-05-18", "2026-01-04", "2025-12-29"]
    assert {t.confidence for t in got.values()} == {WEAK_CONFIDENCE} and WEAK_CONFIDENCE < 1


def test_bengali_future_date_and_bare_weekday_get_estimates():
    got = _times(BN_TEXT, "bn", None, "2025-12-29")
    assert got["আগামী ১২ ফেব্রুয়ারি"].value == "XXXX-02-12"
    assert got["আগামী ১২ ফেব্রুয়ারি"].estimate == "2026-02-12"
    assert got["মঙ্গলবার"].value is None and got["মঙ্গলবার"].estimate == "2025-12-23"


def test_a_publication_date_wins_and_no_estimate_is_added():
    got = _times(EN_TEXT, "en", "2025-12-29", "2026-03-01")
    assert got["4 January"].value == "2026-01-04" and got["Monday"].value == "2025-12-29"
    assert all(t.estimate is None and t.confidence is None for t in got.values())


def test_without_any_date_nothing_is_estimated():
    assert all(t.estimate is None for t in _times(EN_TEXT, "en", None, None).values())


def test_a_future_date_said_before_retrieval_takes_the_nearest_year():
    """Fetched six days after the vote: publication may have been before it, so the 4 January
    just past, not next year's (which a publication date of 10 January would choose)."""
    assert _times(EN_TEXT, "en", None, "2026-01-10")["4 January"].estimate == "2026-01-04"
    assert _times(EN_TEXT, "en", "2026-01-10", None)["4 January"].value == "2027-01-04"


def test_the_articles_own_day_takes_its_year_from_retrieval():
    text = "আজ সোমবার (২৯ ডিসেম্বর) সকালে রাজধানীতে সমাবেশ হয়। গতকাল দলের নেতারা বৈঠক করেন।"
    got = _times(text, "bn", None, "2025-12-30")   # fetched the next day: yesterday is the 28th
    # the value of a bare relative day stays null without an anchor (T5, bn `undated_by_t5`);
    # the weaker estimate still counts it from the own day
    assert got["গতকাল"].value is None and got["গতকাল"].estimate == "2025-12-28"


def _row(**extra):
    return {"headline": "Two men arrested in Khulna", "paper_name": "Example News", "lang": "en",
            "publication_date": None, "text": "Police arrested two men in Khulna on Monday, officers said. "
            "The men will be produced before a court on 4 January, police said.", **extra}


def test_jsonl_scraped_at_becomes_retrieved_never_published(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(_row(scraped_at="2025-12-29 12:38:19")) + "\n", encoding="utf-8")
    (raw,) = list(read_inputs([str(path)]))
    rec = process(raw)
    assert rec.published is None and rec.retrieved == "2025-12-29"
    assert {t.text: t.estimate for t in rec.times}["4 January"] == "2026-01-04"
    assert Record.from_dict(json.loads(rec.to_json())).retrieved == "2025-12-29"


def test_the_eval_reads_a_row_as_jsonl_ingest_does():
    from khobor.eval.runner import GoldArticle, raw_article
    row = _row(scraped_at="2025-12-29 12:38:19", id="example-1")
    via_eval = raw_article(GoldArticle("example-1", "en", row, {}))
    assert via_eval.retrieved == row_to_article(row, "x").retrieved == "2025-12-29 12:38:19"


def test_warc_record_date_is_the_retrieval_date():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    page = ("<html><head><title>Two men arrested in Khulna</title></head><body><article><h1>Two men "
            "arrested in Khulna</h1><p>Police arrested two men in Khulna on Monday, officers said, after "
            "a raid on a warehouse near the river port.</p></article></body></html>")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example.com/khulna", "response", payload=io.BytesIO(page.encode()), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2025-12-30T06:52:43Z"}))
    from khobor.ingest.warc import read_warc
    buf.seek(0)
    (raw,) = list(read_warc(buf, "crawl.warc", 2_000_000))
    rec = process(raw)
    assert rec.retrieved == "2025-12-30" and rec.published is None


@pytest.mark.parametrize("bad", ["29/12/2025", "2025-12-29T12:00"])
def test_record_retrieved_is_a_day(bad):
    with pytest.raises(ValueError):
        Record(id="x", text="t", retrieved=bad)
