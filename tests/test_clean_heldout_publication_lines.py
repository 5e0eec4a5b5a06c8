"""Held-out (sentences written here): a page's publication line with its clock time ("প্রকাশিত:
১০:১৫ এএম, ৩ মার্চ ২০২৪", "3 March, 2024, 10:15 am") goes and gives the publication date
(clean.yaml boilerplate.header); an update line ("Last modified: ...") goes."""
import pytest

from clean_fixtures import cleaned

BN = ["পৌরসভার নতুন বাজেটে সড়ক সংস্কারে বরাদ্দ বাড়ানো হয়েছে।",
      "মেয়র বলেন, বর্ষার আগেই প্রধান সড়কগুলোর কাজ শেষ হবে।"]
EN = ["The city corporation raised its allocation for road repairs in the new budget.",
      "The mayor said work on the main roads would end before the monsoon."]


@pytest.mark.parametrize("code,line,day", [
    ("bn", "প্রকাশিত: ১০:১৫ এএম, ৩ মার্চ ২০২৪", "2024-03-03"),
    ("bn", "প্রকাশ: ৩ মার্চ ২০২৪, ১০:১৫ এএম", "2024-03-03"),
    ("en", "3 March, 2024, 10:15 am", "2024-03-03"),
])
def test_a_publication_line_with_its_clock_time_goes_and_dates_the_story(code, line, day):
    body = BN if code == "bn" else EN
    rec = cleaned("\n".join([line, *body]), code, "সড়ক সংস্কার" if code == "bn" else "Road repairs")
    assert line not in rec.text and rec.published == day
    assert all(b in rec.text for b in body)


def test_an_update_line_goes():
    line = "Last modified: 3 March, 2024, 11:40 am"
    rec = cleaned("\n".join([EN[0], line, EN[1]]), "en", "Road repairs")
    assert line not in rec.text
