"""Near-duplicate reports (khobor.organise) and `khobor stories rebuild`. Texts written for these tests."""
from __future__ import annotations

import unicodedata
import warnings

import pytest

from khobor.organise.duplicates import (EDITED_THRESHOLD, THRESHOLD, Article, CopyIndex, aligned_containment,
                                        containments, copy_similarity, edited_words, is_copy, normalised_words,
                                        opening_agreement, report_groups, shingles, title_agreement)
from khobor.record import Record, record_id
from khobor.store import open_store
from khobor.store.queries import same_report

from copy_fixtures import LIGHT_EDIT_COPIES, SHARED_LINE_PAIRS

WIRE = ("The river authority opened four sluice gates on Monday after three days of heavy rain raised the "
        "water level above the danger mark in two northern districts, officials said. Families living on the "
        "low banks were moved to schools and cyclone shelters, and the district administration sent boats, "
        "dry food and drinking water to the villages that were cut off by the flood.\n"
        "The weather office expects the rain to ease by Wednesday, but warned that water coming down from the "
        "hills could keep the rivers high for another week. Farmers said the flooded fields had been sown only "
        "a fortnight ago, and local traders reported that the price of vegetables had already risen at the "
        "main market as lorries could not reach the town on the submerged road.")
WIRE_EDITED = ("Sluice gates opened as river rises\n" + WIRE.replace("Monday", "Monday morning")
               + "\nFollow us for more updates.")
OTHER = ("The city council approved a new budget for public libraries on Thursday, adding evening hours at "
         "twelve branches and a mobile library van for the outer wards. Councillors said the money comes from "
         "a parking fee that was raised last year, and that the first van will start its rounds in the spring.")
BN = ("নদী কর্তৃপক্ষ সোমবার চারটি স্লুইসগেট খুলে দিয়েছে। টানা তিন দিনের ভারী বৃষ্টিতে উত্তরের দুই জেলায় "
      "পানি বিপৎসীমার ওপরে উঠেছে বলে কর্মকর্তারা জানিয়েছেন। নিচু এলাকার পরিবারগুলোকে স্কুল ও আশ্রয়কেন্দ্রে "
      "সরিয়ে নেওয়া হয়েছে এবং জেলা প্রশাসন নৌকা, শুকনো খাবার ও খাবার পানি পাঠিয়েছে।")
BN_COPY = "স্লুইসগেট খুলল নদী কর্তৃপক্ষ\n" + BN + "\nবিস্তারিত আসছে।"
SHORT = "Gates opened on Monday."


def test_words_are_normalised_and_shingled():
    assert normalised_words("Dhaka,  the CAPITAL") == ["dhaka", "the", "capital"]
    assert shingles(["a", "b", "c"], k=2) == {"a b", "b c"}
    assert normalised_words("নদীর পানি")[0] == "নদীর"  # vowel signs stay inside the word


def _art(doc: int, text: str, day: str = "2030-01-02", outlet: str | None = None, title: str | None = None,
         language: str = "en") -> Article:
    return Article(doc, day, normalised_words(text), outlet, title, language)


def test_an_edited_copy_is_found_and_an_other_story_is_not():
    index = CopyIndex()
    assert index.add(_art(1, WIRE)) == []
    assert index.add(_art(2, OTHER)) == []
    found = index.add(_art(3, WIRE_EDITED))
    assert [k for k, _ in found] == [1] and found[0][1] >= THRESHOLD


def test_a_truncated_lead_is_a_copy_of_the_whole_article():
    lead = WIRE.split(", officials said.")[0].replace("four", "4") + "."  # first sentence, one word changed
    assert aligned_containment(normalised_words(lead), normalised_words(WIRE)) >= THRESHOLD
    index = CopyIndex()
    index.add(_art(1, WIRE))
    assert [k for k, _ in index.add(_art(2, lead))] == [1]


def test_a_paragraph_shared_at_the_end_is_not_a_copy():
    """A stock paragraph that one article carries at its end and another as its whole text."""
    stock = WIRE.split("\n")[1]
    assert aligned_containment(normalised_words(stock), normalised_words(OTHER + " " + WIRE)) < THRESHOLD


def test_bengali_copy_is_found():
    index = CopyIndex()
    index.add(_art(1, BN, language="bn"))
    assert [k for k, _ in index.add(_art(2, BN_COPY, language="bn"))] == [1]
    assert index.add(_art(3, WIRE)) == []


def test_short_texts_are_never_copies():
    index = CopyIndex()
    index.add(_art(1, SHORT))
    assert index.add(_art(2, SHORT)) == []


def test_copies_are_looked_for_only_within_a_few_days():
    index = CopyIndex(window_days=2)
    index.add(_art(1, WIRE, day="2030-01-01"))
    assert index.add(_art(2, WIRE_EDITED, day="2030-01-10")) == []


NEW_LEAD = ("Vegetable prices at the main market rose by a third on Tuesday as lorries still could not reach "
            "the town, traders said, a day after the river authority opened the sluice gates upstream.\n")


def test_one_outlets_stock_text_under_another_headline_is_not_a_copy():
    """A live page's new lead over its old text, under a new headline: one outlet's two reports."""
    a = _art(1, WIRE, outlet="Daily A", title="Sluice gates opened in the north")
    same_outlet_other_news = _art(2, NEW_LEAD + WIRE, outlet="Daily A", title="Vegetable prices rise at the market")
    other_outlet = _art(3, WIRE_EDITED, outlet="Daily B", title="Vegetable prices rise at the market")
    assert is_copy(a, same_outlet_other_news) is None
    assert is_copy(a, other_outlet) is not None
    assert title_agreement("Metro hours extended", "Metro rail hours extended to 11pm") == 1.0


def test_one_outlets_rerun_under_a_reworded_headline_is_a_copy():
    """The same text re-run by its outlet with light edits: the headline reworded, the opening kept."""
    a = _art(1, WIRE, outlet="Daily A", title="Sluice gates opened in the north")
    edited = WIRE.replace("Monday", "Monday morning").replace("Families living", "Households living")
    rerun = _art(2, edited, outlet="Daily A", title="Four gates lifted as rivers swell")
    assert title_agreement(a.title, rerun.title) < 0.5
    assert opening_agreement(a.tokens, rerun.tokens) >= 0.9
    assert is_copy(a, rerun) is not None
    stock_sentence = WIRE.split(", officials said.")[0] + "."  # too short for its opening to stand for it
    assert is_copy(_art(3, stock_sentence, outlet="Daily A", title="Boats sent to flooded villages"), a) is None


def _pair(texts, language: str, outlets=("Daily A", "Daily B")) -> tuple[Article, Article]:
    (title_a, text_a), (title_b, text_b) = texts
    return (_art(1, text_a, outlet=outlets[0], title=title_a, language=language),
            _art(2, text_b, outlet=outlets[1], title=title_b, language=language))


@pytest.mark.parametrize("name,a,b,language", LIGHT_EDIT_COPIES, ids=[c[0] for c in LIGHT_EDIT_COPIES])
def test_a_copy_with_light_rewording_is_a_copy(name, a, b, language):
    """Words swapped and phrases reworded all through the text (a wire copy re-edited by an
    outlet): each edit is a short gap between long aligned runs, counted as copied."""
    first, second = _pair((a, b), language)
    verbatim, edited = containments(first.tokens, second.tokens)
    assert edited >= EDITED_THRESHOLD > verbatim  # counted word for word only, less
    assert is_copy(first, second) is not None
    index = CopyIndex()
    index.add(first)
    assert [k for k, _ in index.add(second)] == [1]


@pytest.mark.parametrize("name,a,b,language", SHARED_LINE_PAIRS, ids=[c[0] for c in SHARED_LINE_PAIRS])
def test_two_reports_sharing_a_quotation_or_a_release_line_are_not_copies(name, a, b, language):
    """Two separately written reports that quote one statement or reuse one line of a release:
    their own sentences are long unmatched runs, which no light edit explains."""
    first, second = _pair((a, b), language)
    assert max(containments(first.tokens, second.tokens)) < EDITED_THRESHOLD
    assert is_copy(first, second) is None


def test_a_filled_in_template_is_not_a_copy():
    """Two nominations told in one stock sentence: the names and seats differ in short runs that
    look like edits, but too little lines up word for word (LEAST_VERBATIM) for edits to count."""
    template = "{who}, the {party} candidate for {seat}, submitted his nomination papers on Sunday."
    one = normalised_words(template.format(who="Amir Hamza", party="Jamaat", seat="Kushtia-3"))
    other = normalised_words(template.format(who="Mir Helal Uddin", party="the BNP", seat="Chattogram-5")
                             + " He later told reporters that he expected a fair vote and thanked the party.")
    verbatim, edited = containments(one, other)
    assert edited >= EDITED_THRESHOLD and verbatim < THRESHOLD
    assert copy_similarity(one, other) is None


def test_only_short_gaps_count_as_edits():
    """A word replaced by two (gap 1 facing 2) is an edit; a sentence of one's own (gap 9) is not."""
    assert edited_words([(0, 0, 5), (6, 7, 4)]) == 1
    assert edited_words([(0, 0, 5), (14, 6, 4)]) == 0
    assert edited_words([(0, 0, 5), (6, 30, 4)]) == 0  # one word facing a long insertion: not an edit
    assert edited_words([(1, 0, 5), (6, 5, 2)], 10) == 3  # a reworded first word and last two words
    assert edited_words([(0, 0, 5)], 12) == 0  # seven words of its own at the end: not an edit
    assert aligned_containment("a b c d e f g h".split(), "a b c x d e f g h".split()) == 1.0


def test_copies_of_copies_join_the_earliest_report():
    groups = report_groups([_art(1, WIRE), _art(2, OTHER), _art(3, WIRE_EDITED),
                            _art(4, WIRE + " Officials said more rain is due.")])
    assert {(c.doc, c.report) for c in groups} == {(3, 1), (4, 1)}


def _rec(text: str, url: str, language: str = "en") -> Record:
    text = unicodedata.normalize("NFC", text)
    return Record(id=record_id(text), text=text, title=text.split("\n", 1)[0][:60], url=url, language=language)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "dup.db")
    with open_store(path) as store:
        for i, (text, lang) in enumerate([(WIRE, "en"), (OTHER, "en"), (WIRE_EDITED, "en"), (BN, "bn"),
                                          (BN_COPY, "bn")]):
            store.put(_rec(text, f"https://example.test/{i}", lang))
    return path


def test_stories_rebuild_fills_the_reports_and_pages_show_them(db, cli):
    result = cli(["stories", "rebuild", "--db", db])
    assert result.exit_code == 0 and "5 articles: 2 near-duplicate copies in 2 reports;" in result.output
    wire, edited = _rec(WIRE, "").id, _rec(WIRE_EDITED, "").id
    with open_store(db) as store, store.reading() as conn:
        assert [c["id"] for c in same_report(conn, wire)] == [edited]
        assert [(c["id"], c["similarity"]) for c in same_report(conn, edited)] == [(wire, None)]
        assert same_report(conn, _rec(OTHER, "").id) == []
    assert cli(["stories", "rebuild", "--db", db]).exit_code == 0  # again: the same, not doubled
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from khobor.web.app import create_app
    with TestClient(create_app(db)) as client:
        assert [c["id"] for c in client.get(f"/api/articles/{wire}/copies").json()] == [edited]
        assert "Same report" in client.get(f"/article/{edited}").text
        assert client.get("/api/articles/abcdef0123456789/copies").status_code == 404


def test_deleting_an_article_drops_its_report_rows(db, cli):
    cli(["stories", "rebuild", "--db", db])
    with open_store(db) as store:
        store.put(_rec(WIRE_EDITED + " Corrected.", "https://example.test/2"))  # replaces the copy
        with store.reading() as conn:
            assert same_report(conn, _rec(WIRE, "").id) == []
