"""Held-out (sentences written here): related headlines that name whom they quote after a colon
("…: Karim Uddin") glued before a sentence opener, and a related headline left as the story's last
"sentence". Both are removed and listed in `removed`; body text never is."""
import pytest

from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle

TITLE = "Ferry owners and workers meet again over unpaid wages"
LEAD = ("Ferry owners and striking workers met for a second day in Barishal on Tuesday. "
        "The talks lasted four hours and ended without an agreement, officials said. ")


def record(text, language="en", title=TITLE):
    return build_record(RawArticle(source="t.txt", text=text, language=language, title=title))


GLUED = [
    # (headline, the body sentence it is glued to)
    ("Wages will be paid by Friday: Karim Uddin",
     "The shipping minister said the government would step in if the owners did not pay."),
    ("No boat leaves without a licence: BIWTA",
     "In a statement on Wednesday, the authority said six vessels had been stopped at the ghat."),
    ("Strike hurts island families most: Nasreen Akhter",
     "According to the union, nearly two thousand workers have not been paid since August."),
    ("Owners must sit with us again, says union leader: Habib Mia",
     "They want a written promise before the boats sail again, he told reporters."),
]

TRAILING = [
    "Ferry strike leaves thousands stranded on the islands",
    "Talks fail again: owners blame rising fuel prices",
    "Monsoon floods cut off three more unions in Sunamganj",
]


@pytest.mark.parametrize("headline,sentence", GLUED)
def test_speaker_headline_glued_before_an_opener_is_removed(headline, sentence):
    rec = record(LEAD + headline + " " + sentence + " Boats stayed at the ghat.")
    assert headline in rec.removed
    assert headline not in rec.text
    assert sentence in rec.text


@pytest.mark.parametrize("headline", TRAILING)
def test_related_headline_as_last_sentence_is_removed(headline):
    rec = record(LEAD + "Boats stayed at the ghat overnight. " + headline)
    assert headline in rec.removed
    assert rec.text.endswith("Boats stayed at the ghat overnight.")


@pytest.mark.parametrize("text", [
    # a colon then a run of names with no opener: where would the headline's name end?
    LEAD + "Two men spoke for the union: Rahim Sheikh Karim Uddin said the boats would wait for pay.",
    # the last sentence is a quote that ended, not a headline
    LEAD + "The union leader said: “We will not go back to work until every worker is paid.”",
    # a cut-off last sentence ending in a word that needs more after it
    LEAD + "The strike was called off late on Tuesday after a promise made by",
    # three words only: a cut-off teaser, not a headline
    LEAD + "His position inc",
])
def test_body_text_is_not_removed(text):
    rec = record(text)
    assert rec.text == TITLE + "\n" + text
    assert not rec.removed


def test_bengali_last_line_without_danda_is_kept():
    """No capitals in Bengali: a caption or a cut-off sentence looks the same as a headline."""
    text = ("বরিশালে লঞ্চ মালিক ও শ্রমিকদের বৈঠক মঙ্গলবারও শেষ হয়েছে কোনো সমঝোতা ছাড়া। "
            "ঘাটে আটকে আছে কয়েকশ যাত্রী লঞ্চ ঘাটে দাঁড়িয়ে আছে যাত্রীরা অপেক্ষায়")
    rec = record(text, "bn", title="লঞ্চ ধর্মঘট চলছে")
    assert "যাত্রীরা অপেক্ষায়" in rec.text
