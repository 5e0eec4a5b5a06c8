"""A capital named bare as the speaker ("Moscow, for its part, claimed ...", "দিল্লি জানিয়েছে") is
its country's government, named by the country (data/actors/capitals.yaml; rule
capital_for_country); the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import quote_speakers


def test_en_capital_speaks_for_its_country():
    body = ("Drones struck two power stations overnight, officials in the region said.\n\n"
            "Moscow, for its part, claimed that 30 drones were shot down overnight.")
    assert quote_speakers(body, "30 drones were shot down", "Border talks") == ["Russia"]


def test_bn_capital_speaks_for_its_country():
    body = ("দুই দেশের কর্মকর্তারা সোমবার সীমান্ত নিয়ে বৈঠক করেন।\n\n"
            "ভিসা দ্রুত চালু করা হবে বলে দিল্লি জানিয়েছে।")
    assert quote_speakers(body, "ভিসা দ্রুত চালু করা হবে", "সীমান্ত বৈঠক") == ["India"]


def test_a_city_that_is_no_capital_stays_itself():
    body = ("Drones struck two power stations overnight, officials in the region said.\n\n"
            "Kharkiv, for its part, claimed that 30 drones were shot down overnight.")
    assert "Ukraine" not in quote_speakers(body, "30 drones were shot down", "Border talks")



def test_a_capital_qualifying_a_noun_is_no_government():
    body = ("Snow closed the roads on Tuesday.\n\n"
            "The army, which had set up camps across the Moscow valley on Tuesday night, said on "
            "Saturday it would open the roads from 7 am.")
    assert "Russia" not in quote_speakers(body, "it would open the roads", "Roads open")


def test_bn_pronoun_for_a_capital_speaks_for_its_country():
    body = ("দুই দেশের কর্মকর্তারা সোমবার সীমান্ত নিয়ে বৈঠক করেন।\n\n"
            "সীমান্তে নতুন বেড়া দেওয়ার খবরে ক্ষুব্ধ হয়েছে দিল্লি। তারা জানিয়েছে, ঢাকার রাষ্ট্রদূতকে তলব করা হবে।")
    assert quote_speakers(body, "ঢাকার রাষ্ট্রদূতকে তলব করা হবে", "সীমান্ত বৈঠক") == ["India"]
