#!/usr/bin/env python3
"""Publication-date accuracy of khobor's HTML reader against htmldate alone, on the same pages in
the same run (htmldate's defaults, and with original_date=True).

    python bench/bench_pubdate.py [--show]

The pages are written here (no outlet's page is copied), one per pattern and date, with the date
patterns real news sites use: meta tags, JSON-LD, <time> elements, dates in URL paths, visible
datelines in Bengali and English ("প্রকাশ: ১৪ জুলাই ২০২৫", "Published: 14 July 2025",
"DHAKA, July 14, 2025 (Reuters) -"), and the misleading ones: an "updated" date given before the
publication date, comment dates, dates of related stories in a sidebar, a copyright year, and
pages with no publication date at all (the right answer there is none). Each page counts as right
(the publication day), wrong (another day) or none. Goal: right >= htmldate's, wrong <= 5%.
"""
from __future__ import annotations

import argparse
import json
from datetime import date, timedelta

import htmldate

from khobor.clean.structure import build_record
from khobor.ingest.html import read_html

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
BN_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
             "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
BN_WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]

EN_BODY = ("<p>Heavy rain flooded low-lying parts of the district, officials said, and hundreds of families "
           "moved to shelters run by the local administration.</p><p>The water board said pumps were working "
           "through the night and that most roads should be clear within two days.</p>")
BN_BODY = ("<p>টানা বৃষ্টিতে জেলার নিচু এলাকা প্লাবিত হয়েছে বলে কর্মকর্তারা জানিয়েছেন। কয়েকশ পরিবার আশ্রয়কেন্দ্রে "
           "উঠেছে।</p><p>পানি উন্নয়ন বোর্ড বলেছে, রাতভর পাম্প চলছে এবং দুই দিনের মধ্যে বেশির ভাগ সড়ক থেকে পানি "
           "নেমে যাবে।</p>")


def en_day(d: date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def bn_day(d: date) -> str:
    return f"{d.day} {BN_MONTHS[d.month - 1]} {d.year}".translate(BN_DIGITS)


def page(title: str, head: str = "", top: str = "", body: str = EN_BODY, bottom: str = "", aside: str = "") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<nav>Home | National | Sport</nav><aside>{aside}</aside><article><h1>{title}</h1>{top}{body}"
            f"{bottom}</article><footer>Example News</footer></body></html>")


def cases(d: date, k: int):
    """(name, url, html, expected) for one publication day `d`; `k` varies the URL."""
    later, earlier = d + timedelta(days=3), d - timedelta(days=9)
    iso, en, bn = d.isoformat(), en_day(d), bn_day(d)
    t_en, t_bn = "Rain floods the district", "টানা বৃষ্টিতে জেলা প্লাবিত"
    plain = f"https://news.example.com/national/story-{k}"
    yield ("meta published + later modified", plain, page(t_en, head=(
        f"<meta property='article:modified_time' content='{later.isoformat()}T08:00:00+06:00'>"
        f"<meta property='article:published_time' content='{iso}T10:00:00+06:00'>")), iso)
    yield ("json-ld published + later modified", plain, page(t_en, head=(
        "<script type='application/ld+json'>" + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                                                            "headline": t_en, "dateModified": f"{later.isoformat()}T08:00:00Z",
                                                            "datePublished": f"{iso}T04:00:00Z"}) + "</script>")), iso)
    yield ("url path /yyyy/mm/dd/", f"https://news.example.com/{d.year}/{d.month:02d}/{d.day:02d}/rain-{k}",
           page(t_en), iso)
    yield ("url slug yyyymmdd", f"https://bn.example.com/national/{d.strftime('%Y%m%d')}-{k}", page(t_bn, body=BN_BODY), iso)
    yield ("time element published", plain, page(t_en, top=f"<p class='meta'><time class='published' datetime='{iso}T09:00'>{en}</time></p>"), iso)
    yield ("visible bn dateline, updated after", plain, page(t_bn, body=BN_BODY, top=(
        f"<div class='meta'><span>প্রকাশ: {bn}, ০৯:৩০</span> <span>আপডেট: {bn_day(later)}, ১১:০০</span></div>")), iso)
    yield ("visible bn dateline, updated first", plain, page(t_bn, body=BN_BODY, top=(
        f"<div class='meta'><span>আপডেট: {bn_day(later)}, ১১:০০</span> | <span>প্রকাশিত: {bn}</span></div>")), iso)
    yield ("visible en dateline, updated after", plain, page(t_en, top=(
        f"<div class='meta'>Published: {en}, 10:30 AM | Updated: {en_day(later)}, 6:00 PM</div>")), iso)
    yield ("visible en dateline, updated first", plain, page(t_en, top=(
        f"<div class='meta'>Last updated {en_day(later)} &middot; First published on {en}</div>")), iso)
    yield ("bn wire dateline in the text", plain, page(t_bn, body=(
        f"<p>ঢাকা, {bn} (বাসস) : টানা বৃষ্টিতে জেলার নিচু এলাকা প্লাবিত হয়েছে বলে কর্মকর্তারা জানিয়েছেন।</p>" + BN_BODY)), iso)
    yield ("en wire dateline in the text", plain, page(t_en, body=(
        f"<p>DHAKA, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} (Reuters) - Heavy rain flooded low-lying parts of "
        "the district on the day, officials said.</p>" + EN_BODY)), iso)
    yield ("bn weekday dateline", plain, page(t_bn, body=BN_BODY, top=(
        f"<p class='date'>{BN_WEEKDAYS[d.weekday()]}, {bn}</p>")), iso)
    yield ("modified meta only, visible published", plain, page(t_en, head=(
        f"<meta property='og:updated_time' content='{later.isoformat()}T08:00:00+06:00'>"),
        top=f"<div class='byline'>Staff Reporter | Published {en}</div>"), iso)
    yield ("sidebar dates + visible dateline", plain, page(t_en, top=f"<div class='meta'>Published: {en}</div>", aside=(
        f"<ul><li>Older story <span>{en_day(earlier)}</span></li><li>Another <span>{en_day(later)}</span></li></ul>")), iso)
    # pages with no publication date: the right answer is none
    yield ("comment dates only", plain, page(t_en, bottom=(
        f"<section class='comments'><div class='comment'>Posted {en_day(later)}: Good report.</div>"
        f"<div class='comment'>Posted {en_day(later + timedelta(days=1))}: Thanks.</div></section>")), None)
    yield ("copyright year only", plain, page(t_en, bottom=f"<p class='copy'>© {d.year} Example News</p>"), None)
    yield ("sidebar dates only", plain, page(t_bn, body=BN_BODY, aside=(
        f"<ul><li>আরেকটি খবর <span>{bn_day(earlier)}</span></li><li>অন্য খবর <span>{bn_day(later)}</span></li></ul>")), None)
    yield ("an older date named in the story", plain, page(t_en, body=(
        f"<p>The report, published on {en_day(earlier)}, warned that the embankment was weak.</p>" + EN_BODY)), None)
    yield ("no date at all", plain, page(t_bn, body=BN_BODY), None)


def days(n: int) -> list[date]:
    start = date(2023, 2, 11)
    return [start + timedelta(days=37 * i + (i * i) % 11) for i in range(n)]


def judge(value, expected) -> str:
    if value is None:
        return "none" if expected is not None else "right"
    return "right" if value == expected else "wrong"


def khobor_date(html: str, url: str) -> str | None:
    """What khobor's record says: the reader's date, else a dateline the cleaner finds in the text."""
    return build_record(read_html(html, "bench", url=url)).published


def htmldate_alone(html: str, url: str, original: bool = False) -> str | None:
    """htmldate's own defaults (full search); `original` asks it for the original date."""
    try:
        return htmldate.find_date(html, url=url, original_date=original)
    except Exception:  # htmldate raises on some inputs; that is no date
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dates", type=int, default=6, help="publication days per pattern")
    ap.add_argument("--show", action="store_true", help="print every page where either is not right")
    args = ap.parse_args()
    who_all = ("khobor", "htmldate", "htmldate-orig")
    tally = {who: {"right": 0, "wrong": 0, "none": 0} for who in who_all}
    by_pattern: dict[str, dict[str, int]] = {}
    n = 0
    for k, d in enumerate(days(args.dates)):
        for name, url, html, expected in cases(d, k):
            n += 1
            ours, theirs = khobor_date(html, url), htmldate_alone(html, url)
            for who, value in (("khobor", ours), ("htmldate", theirs), ("htmldate-orig", htmldate_alone(html, url, True))):
                verdict = judge(value, expected)
                tally[who][verdict] += 1
                by_pattern.setdefault(name, dict.fromkeys((*who_all, "n"), 0))[who] += verdict == "right"
            by_pattern[name]["n"] += 1
            if args.show and (judge(ours, expected) != "right" or judge(theirs, expected) != "right"):
                print(f"  {name:40s} expected {expected}  khobor {ours}  htmldate {theirs}  {url}")
    print(f"{n} pages written here, {len(by_pattern)} patterns x {args.dates} days")
    print(f"{'pattern':42s} khobor  htmldate  htmldate(original_date=True)")
    for name, row in by_pattern.items():
        print(f"{name:42s} " + "  ".join(f"{row[w]:>3}/{row['n']}" for w in who_all))
    for who, t in tally.items():
        print(f"{who:13s} right {t['right'] / n:.3f}  wrong {t['wrong'] / n:.3f}  none {t['none'] / n:.3f}")


if __name__ == "__main__":
    main()
