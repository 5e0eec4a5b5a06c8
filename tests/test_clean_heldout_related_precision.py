"""Held-out (sentences written here): body text that only looks like a related headline is kept.
A story's last sentence that lost its full stop ("He was 72 years old") is not a related
headline left at the end (related.trailing_headline: a headline opens with no word tying it to
the sentence before and leaves out a sentence's auxiliaries and reporting past), and a body
sentence with a colon and a name before a sentence opener ("The agenda was short: Dhaka
University The vice-chancellor ...") is not a quoting headline (related.speaker_headline_cut).
Nothing of either is removed."""
import pytest

from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle

TITLE = "Former mayor of Khulna dies after long illness"
LEAD = ("The former mayor of Khulna died at a private hospital in Dhaka on Monday morning. "
        "He had been treated there for kidney failure since early October, his family said. ")


def record(text):
    return build_record(RawArticle(source="t.txt", text=text, language="en", title=TITLE))


LAST_SENTENCE_WITHOUT_STOP = [
    "He was 72 years old",
    "The hearing will resume on Sunday",
    "Police said the investigation is continuing",
    "His funeral prayers are scheduled for Tuesday afternoon",
    "Two of his sons live abroad and will fly home tomorrow",
    "In the evening his body was taken to his village home",
]


@pytest.mark.parametrize("last", LAST_SENTENCE_WITHOUT_STOP)
def test_last_sentence_without_a_stop_is_kept(last):
    text = LEAD + "Party leaders visited the hospital in the afternoon. " + last
    rec = record(text)
    assert rec.text == TITLE + "\n" + text
    assert not rec.removed


BODY_COLON_BEFORE_OPENER = [
    "The agenda was short: Dhaka University The vice-chancellor opened the meeting with a minute of silence.",
    "The chief guest at the memorial was a rival: Abdul Karim The two men had contested the mayoral race in 2008.",
    "His last public appearance was in Khulna: Shaheed Hadis Park The crowd there had chanted his name for an hour.",
    "This year he chaired only one body: Khulna Development Authority In its meetings he spoke about drainage.",
    "Their condolence messages came from two ministers: Nurul Islam He called the mayor a builder of the city.",
    "In his will he named one heir: Rafiqul Haque The lawyer read it out to the family on Monday.",
]


@pytest.mark.parametrize("sentence", BODY_COLON_BEFORE_OPENER)
def test_body_sentence_with_colon_and_name_is_kept(sentence):
    text = LEAD + sentence + " Party leaders visited the hospital in the afternoon."
    rec = record(text)
    assert rec.text == TITLE + "\n" + text
    assert not rec.removed
