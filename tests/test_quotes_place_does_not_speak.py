"""A place below its country (a district, sub-district, city or site named next to the quote:
"সাভারে ...", "Kharkiv ...") is where the words were said, never who said them: the speaker stays
unresolved (rule place_does_not_speak). A country, and a capital standing for its government
("Moscow claimed", "দিল্লি জানিয়েছে"), still speak. The sentences are written for these tests,
not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import quote_speakers


def test_bn_place_of_an_impersonal_report_is_no_speaker():
    body = ("শ্রমিকেরা সোমবার মজুরির দাবিতে সমাবেশ করেন।\n\n"
            "সাভারে জানানো হয়, চারজনের পরিবারের মাসে ত্রিশ হাজার টাকা লাগে।")
    assert "Savar" not in quote_speakers(body, "চারজনের পরিবারের মাসে", "মজুরি সমাবেশ")


def test_en_city_below_the_country_is_no_speaker():
    body = ("Drones struck two power stations overnight, officials in the region said.\n\n"
            "Kharkiv, for its part, claimed that 30 drones were shot down overnight.")
    assert quote_speakers(body, "30 drones were shot down", "Border talks") == [None]


def test_a_country_still_speaks():
    # (capitals speaking for their countries: tests/test_quotes_capital_for_country.py)
    body = ("দুই দেশের কর্মকর্তারা সোমবার সীমান্ত নিয়ে বৈঠক করেন।\n\n"
            "সীমান্তে বেড়া দেওয়া বন্ধ রাখা হবে বলে নেপাল জানিয়েছে।")
    assert quote_speakers(body, "বেড়া দেওয়া বন্ধ রাখা হবে", "সীমান্ত বৈঠক") == ["Nepal"]
