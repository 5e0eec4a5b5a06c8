"""Actor registry: bodies, places, events and sports people that Bangladeshi news names in
Bengali and the registry lacked, or knew under another Bengali spelling ("গ্রিনল্যান্ড" beside
CLDR's "গ্রীনল্যান্ড", BBC Bangla's "নেটো", "টাইমস অফ ইন্ডিয়া"). Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from khobor.actors.link import get_registry
from test_actors_registry_2026 import linked


@pytest.mark.parametrize("surface, expected", [
    ("গ্রিনল্যান্ড", "greenland"),
    ("নেটো", "nato"),
    ("টাইমস অফ ইন্ডিয়া", "times-of-india"),
    ("গৌহাটি", "guwahati"),
    ("ঝাড়খণ্ড", "jharkhand"),
    ("আইভরি কোস্ট", "ivory-coast"),
    ("বিসিআইসি", "bcic"),
    ("রেলওয়ে নিরাপত্তা বাহিনী", "railway-nirapatta-bahini"),
    ("দ্বিতীয় বিশ্বযুদ্ধ", "world-war-ii"),
    ("ফেডারেশন কাপ", "federation-cup-bangladesh"),
    ("ফাহিম আশরাফ", "faheem-ashraf"),
    ("জশ হ্যাজেলউড", "josh-hazlewood"),
])
def test_added_names_resolve(surface, expected):
    actor = get_registry().resolve(surface, "bn")
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize("sentence, expected", [
    # a CLDR country under another spelling, BBC Bangla's NATO, an outlet written with "অফ"
    ("গ্রিনল্যান্ডের রাজধানী নুকে নেটোর কর্মকর্তারা পৌঁছেছেন বলে টাইমস অফ ইন্ডিয়া জানিয়েছে।",
     {"Greenland", "NATO", "The Times of India"}),
    # land-port towns named bare, a state corporation, a company
    ("তামাবিল ও বাংলাবান্ধা দিয়ে আমদানি বেড়েছে, জানিয়েছে বাংলাদেশ শিপিং করপোরেশন ও স্কয়ার ফার্মাসিউটিক্যালস।",
     {"Tamabil", "Banglabandha", "Bangladesh Shipping Corporation", "Square Pharmaceuticals"}),
    ("শেষ ওভারে নাসিম শাহকে ছক্কা মারেন ট্রাভিস হেড, পরে হারিস রউফের বলে আউট হন।",
     {"Naseem Shah", "Travis Head", "Haris Rauf"}),
    # a party's name without its genitive; US parties by their members' word
    ("বাংলাদেশ কমিউনিস্ট পার্টি সমাবেশ করেছে; ওয়াশিংটনে রিপাবলিকান ও ডেমোক্র্যাট সদস্যরা বিলটি আটকে দেন।",
     {"Communist Party of Bangladesh", "Republican Party (United States)", "Democratic Party (United States)"}),
    # football stars by surname, as Trump and Modi are
    ("ফাইনালে মেসি দুটি গোল করেন, রোনালদো করেন একটি।", {"Lionel Messi", "Cristiano Ronaldo"}),
])
def test_added_names_link_in_a_bengali_sentence(sentence, expected):
    got = linked(sentence, "bn")
    assert expected <= set(got.values()), got

