"""Held-out (sentences written here): a page's "||" section separator left at the start of a
paragraph is boilerplate (bn clean.yaml boilerplate.inline) and goes, in either language; the
paragraph's words stay, and a "||" inside a sentence is left alone."""
import pytest

from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle

CASES = [
    ("bn", "আজকের খেলা", "|| ফুটবল প্রিমিয়ার লিগ আর্সেনাল-চেলসি সরাসরি, রাত ১০টা; স্টার স্পোর্টস।"),
    ("bn", "আজকের খেলা", "|| ক্রিকেট ঢাকা-সিলেট সরাসরি, দুপুর ২টা; টি স্পোর্টস ও নাগরিক টিভি।"),
    ("bn", "বাজারদর", "|| চালের দাম কেজিতে দুই টাকা বেড়েছে বলে জানিয়েছেন ব্যবসায়ীরা।"),
    ("bn", "আবহাওয়া", "||  আগামী দুই দিন দেশের উত্তরাঞ্চলে ঘন কুয়াশা থাকতে পারে।"),
    ("en", "Today on TV", "|| Football Premier League Arsenal v Chelsea live, 10pm on Star Sports."),
    ("en", "Market prices", "|| Rice prices rose by two taka a kilogram this week, traders said."),
]


@pytest.mark.parametrize("code,title,para", CASES)
def test_separator_at_a_paragraph_start_goes(code, title, para):
    second = "এটি দ্বিতীয় অনুচ্ছেদ।" if code == "bn" else "This is the second paragraph."
    rec = build_record(RawArticle(source="t.txt", text=para + "\n" + second, language=code, title=title))
    assert "||" not in rec.text
    assert para.lstrip("| ") in rec.text


def test_separator_inside_a_sentence_is_kept():
    text = "The scoreboard read 120 || 4 when rain stopped play at the ground on Friday."
    rec = build_record(RawArticle(source="t.txt", text=text, language="en", title="Rain stops play"))
    assert text in rec.text
