"""Held-out (sentences written here): a Bengali "আরো পড়ুন:" run of related headlines whose body
resumes with "গত <weekday>" or "আগামী <weekday>" ("last/next Monday"). The run ends before "গত"
or "আগামী", which belongs to the body sentence, not after it."""
import pytest

from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle

TITLE = "সুনামগঞ্জে বন্যা পরিস্থিতির অবনতি"
LEAD = "সুনামগঞ্জে নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। "
HEADLINES = "সিলেটে টানা বৃষ্টিতে জলাবদ্ধতা হাওরে ধান কাটা নিয়ে শঙ্কায় কৃষকেরা"

RESUMED = [
    "গত সোমবার থেকে জেলার চারটি উপজেলার নিম্নাঞ্চল প্লাবিত হয়েছে।",
    "গত রবিবার রাতে সুরমা নদীর পানি হঠাৎ বেড়ে যায়।",
    "গত বৃহস্পতিবার জেলা প্রশাসন আশ্রয়কেন্দ্র খোলার নির্দেশ দেয়।",
    "আগামী বুধবার পর্যন্ত ভারী বৃষ্টির পূর্বাভাস দিয়েছে আবহাওয়া অফিস।",
    "আগামী শনিবার ত্রাণ বিতরণ শুরু হবে বলে জানিয়েছেন জেলা প্রশাসক।",
    "গত শুক্রবার থেকে শহরের সঙ্গে তিনটি ইউনিয়নের সড়ক যোগাযোগ বন্ধ রয়েছে।",
]


@pytest.mark.parametrize("resumed", RESUMED)
def test_last_or_next_before_the_weekday_stays_with_the_body(resumed):
    rec = build_record(RawArticle(source="t.txt", text=LEAD + "আরো পড়ুন: " + HEADLINES + " " + resumed,
                                  language="bn", title=TITLE))
    assert rec.text.endswith(resumed)
    assert rec.removed == ["আরো পড়ুন: " + HEADLINES]
