"""Held-out (sentences written here): a desk sign-off standing alone as the story's last line, in
the shapes the older patterns missed (a leading slash "/এমএইচ", a single code "এমজেইউ", a code and
a name "/এনএইচ/করিম", an English "/AH") goes (clean.yaml boilerplate.signoff); a last line of
prose, or a one-word line inside the story, stays."""
import pytest

from clean_fixtures import cleaned

BN = ["উপজেলা প্রশাসন ক্ষতিগ্রস্ত পরিবারগুলোকে ঢেউটিন ও নগদ টাকা দিয়েছে।",
      "স্থানীয় চেয়ারম্যান বলেন, বাঁধ মেরামতের কাজ আগামী সপ্তাহে শুরু হবে।"]
EN = ["The upazila administration gave tin sheets and cash to the affected families.",
      "Repairs to the embankment will begin next week, the local chairman said."]

CASES = [
    ("bn", "/এমএইচ"),
    ("bn", "এমজেইউ"),
    ("bn", "এসএইচ"),
    ("bn", "/এনএইচ/করিম"),
    ("bn", "টিআর/জেডএ/"),
    ("en", "/AH"),
    ("en", "/SK"),
]


@pytest.mark.parametrize("code,signoff", CASES)
def test_a_signoff_alone_on_the_last_line_goes(code, signoff):
    body = BN if code == "bn" else EN
    rec = cleaned("\n".join([*body, signoff]), code,
                  "বাঁধ মেরামত" if code == "bn" else "Embankment repairs")
    assert signoff.strip("/") not in rec.text
    assert all(line in rec.text for line in body)


def test_a_last_line_of_prose_stays():
    text = "\n".join([*BN, "আহতদের জেলা সদর হাসপাতালে ভর্তি করা হয়েছে"])
    rec = cleaned(text, "bn", "বাঁধ মেরামত")
    assert "আহতদের জেলা সদর হাসপাতালে ভর্তি করা হয়েছে" in rec.text
