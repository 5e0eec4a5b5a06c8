"""Held-out (sentences written here): a comment or share counter on a line of its own
("মন্তব্য ০", "১২ মন্তব্য", "শেয়ার ৪৫"), a desk sign-off after the outlet's web name
("বার্তা২৪.কম/এসএ", "example24.com/AFP/SI") or a bare run of codes ("/TBS/MH") goes
(clean.yaml boilerplate.lines, boilerplate.signoff); a paper's own photo credit written in Bengali
("ছবি: প্রথম আলো") is credited by its Latin name (caption.credit_words_without_agency)."""
import pytest

from clean_fixtures import cleaned

BN = ["পৌরসভার নতুন বাজেটে সড়ক সংস্কারে বরাদ্দ বাড়ানো হয়েছে।",
      "মেয়র বলেন, বর্ষার আগেই প্রধান সড়কগুলোর কাজ শেষ হবে।"]
EN = ["The city corporation raised its allocation for road repairs in the new budget.",
      "The mayor said work on the main roads would end before the monsoon."]


@pytest.mark.parametrize("counter", ["মন্তব্য ০", "১২ মন্তব্য", "শেয়ার ৪৫", "৩টি মন্তব্য"])
def test_a_counter_line_goes(counter):
    rec = cleaned("\n".join([BN[0], BN[1], counter]), "bn", "সড়ক সংস্কার")
    assert counter not in rec.text
    assert all(line in rec.text for line in BN)


def test_a_sentence_counting_comments_stays():
    line = "পোস্টটিতে ১২ মন্তব্য জমা পড়েছে বলে জানান তিনি।"
    rec = cleaned("\n".join([BN[0], line, BN[1]]), "bn", "সড়ক সংস্কার")
    assert line in rec.text


@pytest.mark.parametrize("code,signoff", [("bn", "বার্তা২৪.কম/এসএ"), ("en", "example24.com/AFP/SI"),
                                          ("en", "/TBS/MH")])
def test_a_signoff_after_the_outlet_name_goes(code, signoff):
    body = BN if code == "bn" else EN
    rec = cleaned("\n".join([*body, signoff]), code, "সড়ক সংস্কার" if code == "bn" else "Road repairs")
    assert signoff not in rec.text
    assert all(line in rec.text for line in body)


@pytest.mark.parametrize("credit,canonical", [("প্রথম আলো", "Prothom Alo"), ("সমকাল", "Samakal"),
                                              ("ঢাকা পোস্ট", "Dhaka Post")])
def test_a_papers_own_photo_credit_gets_its_latin_name(credit, canonical):
    caption = f"সড়ক সংস্কারের কাজ দেখছেন মেয়র। ছবি: {credit}"
    rec = cleaned("\n".join([BN[0], caption, BN[1]]), "bn", "সড়ক সংস্কার")
    assert [b.credit for b in rec.blocks if b.kind == "caption"] == [canonical]
