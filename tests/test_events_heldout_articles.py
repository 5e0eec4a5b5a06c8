"""The Bengali held-out articles written for the hard negatives of unseen news (training/events/heldout/
bn/articles/bncommentary-articles.jsonl: concern and condemnation voiced about a third party's attack,
victims visited, bail granted and sought, an accused named inside a charge, conditional threats, a
possible visit, an obituary, a match, a flood, a denial) through the whole pipeline at the shipped
settings. Every kept event must be one the article writes or allows, never of a type it lists as
must-not, and the written events must be found; judged as bench/eval_event_calibration.py --articles
judges them (a trigger overlapping a written one of the same type, the written countries). The
articles were written before the classifier they check was chosen and are never trained on.

bnv-news-articles.jsonl: nineteen more, written before khobor ran on them (an alliance, a death
sentence, a robbery's victim, a blockade, talks, a match, an obituary, an opinion column, a flood,
a planned visit, a denial, a border killing, a human chain, an expulsion, a request in a meeting,
an attack on a party leader, price metaphors, a conditional warning, detention abroad).

bnframe-articles.jsonl: sixteen more, written before the reaction-noun rule they check: an arrest
protested, justice demanded for a killing, concern and condemnation over attacks, a case filed
over one, a rally against a lawsuit, a call for a detainee's release, a strike threatened on a
condition, and plain arrests, sanctions, aid and talks that must still be found.

bnreaction-articles.jsonl: forty-five more, written before the changes they check and measured
first (27 of 31 kept events right at the shipped settings): commentary on an attack or an arrest,
victims and their families, justice demanded for a killing, protests at an act told as a verbal
noun ("হামলা চালানোর প্রতিবাদে", "গ্রেপ্তার করার প্রতিবাদে"), "অবস্থান" as a stance, a stay and a
sit-in, inquiries ("তদন্ত") that accuse no one, claims by an unnamed candidate or resident,
condolences, an obituary, matches, prices, weather, and future or conditional acts.

bngenre-articles.jsonl: twenty-four more, written before the changes they check and measured first
(6 kept events, 4 of them must-not): obituaries, a funeral, a death anniversary, condolences on
deaths natural, accidental and violent, cricket, football and archery reports against foreign
sides, a clash after a match with its detentions, inquiry and party committees formed (routine
administration under eval/GUIDELINES.md E2, no accusation), a new organisation's human chain and
a film's plot.

bnmixed-articles.jsonl: forty-five more across genres, written before the changes they check and
measured first (24 kept, 18 right, 4 must-not, all four in a32-a45, condolences naming linked
parties and sport naming linked boards, read as obituary or sport): condolences and obituaries,
cricket, football and boxing, a film and a concert, opinion columns, court verdicts and a bail
hearing, an expulsion, a human chain, talks, a broken-up march, a denial, a cyclone, a fire, a
flood, fighting across the border, a loan; a fan clash after a match that must still be found.

bnlong-articles.jsonl: twenty-seven full-length articles with their URLs (section in the path),
written and measured before the round's changes (32 kept, 28 right, 4 must-not): match reports,
op-eds, obituaries, court and police reports, a film, a concert, market and loan reports told in
metaphors, visits, a condemnation, a party clash, weather, a hospital bulletin, an election-law
explainer, a history feature, a merger, a fundraiser, an industry meeting."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from event_fixtures import calibration_bench, shipped_kept

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "training" / "events" / "heldout" / "bn" / "articles"
ARTICLES = [HELDOUT / name for name in ("bncommentary-articles.jsonl", "bnv-news-articles.jsonl",
                                         "bnframe-articles.jsonl", "bnreaction-articles.jsonl",
                                         "bngenre-articles.jsonl", "bnmixed-articles.jsonl",
                                         "bnlong-articles.jsonl")]
# what the shipped coder still gets wrong, each for its reason
STILL_WRONG = {
    # turned by round 39's home_country_when_none_named (ev39bn): these articles link no name to a
    # country, so their generic agents ("এলাকাবাসী", "আদালত") now have Bangladesh's and their events stand
    "bnrx-a14": "the headline's allegation ('হয়রানির অভিযোগ এলাকাবাসীর') restates the body's, but its "
                "trigger is not among the written ones",
    "bnrx-a40": "a court granting a time petition ('আদালত তা মঞ্জুর করেন') is kept as COERCE, a must-not "
                "type (the learned head মঞ্জুর is COERCE, from remands granted)",
    # turned by round 33's retrain (build A, lang/bn/events_classifier.md): the weights trained on
    # bnw13, bnw15-bnw17 lose these four that the older weights kept right (bnrx-a28 and bnmx-a40
    # turned right again with round 34's weights, trained with bnw18)
    "bnmx-a34": "an order ('নির্দেশ দিয়েছেন') is kept as a REQUEST, a must-not type, by the round 33 weights",
    # turned by round 34's retrain (evw34, + bnw18): kept right by the round 33 weights
    "bnlg-a04": "an arrest ('গ্রেপ্তার') is kept as COERCE, a must-not type, by the round 34 weights",
    "bnlg-a11": "medicine ('ওষুধ') is kept as AID by the round 33 weights",
    "bnh9-a02": "the demand for arrests ('গ্রেপ্তারের দাবি জানান') is not found",
    "bnh9-a04": "the arrester (পুলিশের অপরাধ তদন্ত বিভাগ) has no country in the registry, so the arrest is "
                "dropped; the farmer named inside the murder case no longer stands in for it",
    "bnv-a01": "the alliance ('জোট গঠনের ঘোষণা') is not found",
    "bnv-a05": "the talks are coded with both states as actors, not Bangladesh to Nepal",
    "bnv-a09": "relief told in the passive ('বিতরণ করা হয়েছে') is not coded",
    "bnv-a10": "a visit told as 'সরকারি সফরে ... যাচ্ছেন' is not coded",
    "bnv-a15": "the meeting ('সফররত ... হাইকমিশনারের সঙ্গে বৈঠকে') is not coded",
    "bnv-a16": "'কুপিয়ে জখম করেছে' (hacked and wounded) is no trigger of the lexicon",
    "bnfr-a07": "a meeting told in the passive ('বৈঠক অনুষ্ঠিত হয়েছে') names its parties only as a "
                   "compound before it and is not coded",
    "bnfr-a09": "the fishers ('জেলেরা') are no generic agent, so their human chain has no actor",
    "bnrx-a04": "no candidate for the human chain: its actor, the classmates ('সহপাঠীরা'), is no generic agent",
    "bnrx-a35": "no candidate for the CPJ's demand: a new name with no country",
    "bnrx-a41": "no candidate for 'সহযোগিতা চেয়েছে' (asked for help)",
    # bnmixed-articles.jsonl: written before the news-share discount, all missed events (recall)
    # but bnmx-a15
    "bnmx-a14": "the party's expulsion ('বহিষ্কার করেছে বিএনপি') is not kept",
    "bnmx-a15": "a new movement's name ('নিরাপদ সড়ক চাই আন্দোলন') gives a REQUEST ('চাই') and 'দায়ী' an "
                "ACCUSE; its call ('আহ্বান জানান') is not kept",
    "bnmx-a16": "the meeting is kept from the headline's 'বৈঠক', not the lead's; the call told in the "
                "passive ('আহ্বান জানানো হয়') is not kept",
    "bnmx-a17": "the march ('বিক্ষোভ মিছিল করেছে') and the demand for release are not kept",
    "bnmx-a18": "Japan's announced aid ('সহায়তা দেওয়ার ঘোষণা') is not kept",
    "bnmx-a19": "the labour leaders' demand ('শাস্তির দাবি জানিয়েছেন'): no generic agent, no candidate",
    "bnmx-a21": "the mother's case ('বাদী হয়ে মামলাটি করেন') is not kept",
    "bnmx-a22": "the minister's rejection ('ভিত্তিহীন বলে উড়িয়ে দিয়েছেন') is not kept",
    "bnmx-a25": "the demanded inquiry ('তদন্ত দাবি করেছেন') is not kept",
    "bnmx-a27": "the fans' attack on the referee ('হামলা চালালে') is not kept",
    "bnmx-a29": "the extradition request ('ফেরত চেয়ে ... চিঠি দিয়েছে') is not kept",
    "bnmx-a31": "the signing told in the passive ('চুক্তি সই হয়') is not kept",
    "bnmx-a43": "the board's request ('অনুরোধ জানিয়েছে') is not kept",
    # bnlong-articles.jsonl: full-length articles with their URLs, written before the round's changes
    "bnlg-a02": "the fans' attack ('হামলা চালালে') and Nepal police's detentions ('আটক করেছে') under a "
                "/sports/ URL are not kept: no candidate",
    "bnlg-a09": "the signing told in the passive ('সমঝোতা স্মারক সই হয়') is no candidate",
    "bnlg-a10": "the delegation's meeting ('প্রতিনিধিদলটি ... সাক্ষাৎ করে'): the delegation is no party",
    "bnlg-a16": "the IMF's approval of the tranche ('ছাড়ের অনুমোদন দিয়েছে') is no candidate",
    "bnlg-a22": "'সন্দেহ হলে ... আপত্তি তুলতে পারবেন' (if in doubt, an agent may object) is kept as an "
                "ACCUSE, possible: the condition (-লে) before it also means 'when' in narration",
    "bnlg-a27": "the business leaders' call ('ব্যবসায়ী নেতারা ... আহ্বান জানান'): no generic agent",
}


def _rows() -> list[dict]:
    return [json.loads(line) for path in ARTICLES if path.is_file()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_articles_check():
    rows = _rows()
    if not rows:
        pytest.skip("training data not in this checkout")
    assert len(rows) >= 30 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["note"] and r["must_not"]
        for ev in r["events"] + r["optional"]:
            assert ev["trigger"] in r["title"] + "\n\n" + r["text"], (r["id"], ev["trigger"])
            assert ev["type"] not in r["must_not"], (r["id"], ev["type"])


@pytest.fixture(scope="module")
def judged_articles():
    bench, kept_of = calibration_bench(), shipped_kept("bn")
    out = {}
    for row, rec in (pair for path in ARTICLES for pair in bench.article_records("bn", path.name)):
        kept = kept_of(rec.get("events") or [])
        out[row["id"]] = ([(ev["type"], ev["trigger"]["text"], bench.judged(row, rec, ev)) for ev in kept],
                          [g["type"] for g in row["events"] if not bench.written_found(row, rec, kept, g)])
    return out


@pytest.mark.parametrize("article", [
    pytest.param(r["id"], marks=pytest.mark.xfail(strict=True, reason=STILL_WRONG[r["id"]]))
    if r["id"] in STILL_WRONG else r["id"] for r in _rows()])
def test_each_kept_event_is_written_or_allowed_and_each_written_one_found(judged_articles, article):
    verdicts, missed = judged_articles[article]
    assert [v for v in verdicts if v[2] != "right"] == []
    assert missed == []
