"""Held-out (sentences written here): a desk line that names no writer ("নিজস্ব প্রতিবেদক",
"সমকাল প্রতিনিধি, রংপুর", "অনলাইন ডেস্ক", "Staff Correspondent", "Online Desk, Dhaka") is
boilerplate (clean.yaml boilerplate.lines) and goes; a writer named before the desk stays a
byline, and a sentence about a correspondent stays."""
import pytest

from clean_fixtures import cleaned

BN = ["পৌরসভার নতুন বাজেটে সড়ক সংস্কারে বরাদ্দ বাড়ানো হয়েছে।",
      "মেয়র বলেন, বর্ষার আগেই প্রধান সড়কগুলোর কাজ শেষ হবে।"]
EN = ["The city corporation raised its allocation for road repairs in the new budget.",
      "The mayor said work on the main roads would end before the monsoon."]


@pytest.mark.parametrize("code,desk", [
    ("bn", "নিজস্ব প্রতিবেদক"), ("bn", "নিজস্ব প্রতিবেদক, খুলনা"), ("bn", "সমকাল প্রতিনিধি, রংপুর"),
    ("bn", "অনলাইন ডেস্ক"), ("bn", "কালিয়া (নড়াইল) প্রতিনিধি"),
    ("en", "Staff Correspondent"), ("en", "Online Desk, Dhaka"), ("en", "Tribune Desk"),
])
def test_a_desk_line_without_a_writer_goes(code, desk):
    body = BN if code == "bn" else EN
    rec = cleaned("\n".join([body[0], desk, body[1]]), code, "সড়ক সংস্কার" if code == "bn" else "Road repairs")
    assert desk not in rec.text
    assert all(line in rec.text for line in body)


def test_a_writer_before_the_desk_stays_a_byline():
    rec = cleaned("\n".join(["করিম শেখ, নিজস্ব প্রতিবেদক", *BN]), "bn", "সড়ক সংস্কার")
    assert "করিম শেখ" in rec.text


def test_a_sentence_about_a_correspondent_stays():
    line = "Our staff correspondent reached the site on Monday, the editor said."
    rec = cleaned("\n".join([EN[0], line, EN[1]]), "en", "Road repairs")
    assert line in rec.text
