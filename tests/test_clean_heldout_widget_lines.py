"""Held-out (sentences written here): a page widget left as a line of its own (a newsletter
sign-up, a "follow us on Google News" line, a share or comment button with its count) is
boilerplate (clean.yaml boilerplate.lines) and goes; a body sentence using the same words stays."""
import pytest

from clean_fixtures import cleaned

BN = ["পৌরসভার নতুন বাজেটে সড়ক সংস্কারে বরাদ্দ বাড়ানো হয়েছে।",
      "মেয়র বলেন, বর্ষার আগেই প্রধান সড়কগুলোর কাজ শেষ হবে।"]
EN = ["The city corporation raised its allocation for road repairs in the new budget.",
      "The mayor said work on the main roads would end before the monsoon."]

CASES = [
    ("bn", "এই খবরটি শেয়ার করুন"),
    ("bn", "মন্তব্য করুন ৩"),
    ("bn", "এই সংবাদটি শেয়ার করুন"),
    ("en", "Sign up now!"),
    ("en", "Get the latest Courier headlines in your inbox."),
    ("en", "Sign up now"),
    ("en", "Want more stories like this?"),
    ("en", "Want more stories like this? Sign up to the Courier's evening digest"),
    ("en", "Get the latest Courier headlines in your inbox. Sign up now"),
]


@pytest.mark.parametrize("code,widget", CASES)
def test_a_widget_line_goes(code, widget):
    body = BN if code == "bn" else EN
    rec = cleaned("\n".join([body[0], widget, body[1]]), code,
                  "সড়ক সংস্কার" if code == "bn" else "Road repairs")
    assert widget not in rec.text
    assert all(line in rec.text for line in body)


@pytest.mark.parametrize("line", [
    "Residents were asked to sign up now for the free vaccination camp, the health officer said.",
    "Follow the case on Facebook, the police urged residents.",
])
def test_a_sentence_with_the_words_stays(line):
    rec = cleaned("\n".join([EN[0], line, EN[1]]), "en", "Road repairs")
    assert line in rec.text
