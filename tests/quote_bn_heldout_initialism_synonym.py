"""Held-out cases of an office named in full with its holder ("প্রধান নির্বাচন কমিশনার X",
"উপজেলা নির্বাহী কর্মকর্তা X") and later by its initialism alone ("সিইসি", "ইউএনও"), with
somebody else speaking in between: a Bengali initialism spells the English office, so its
letters are no first letters of the Bengali words and `initialism_of_office` cannot pair them;
the pack's `office_synonyms` do (rule initialism_synonym). Short articles written for this
project (no newspaper text), written before the rule; (name, text, [(fragment, English name of
the speaker's actor or None)], language).
"""
from __future__ import annotations

CASES = [
    ("cec_after_chief_election_commissioner",
     "প্রধান নির্বাচন কমিশনার নাসির উদ্দীন বুধবার সাংবাদিকদের বলেন, ভোটের প্রস্তুতি শেষ পর্যায়ে।\n"
     "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, “আমরা দ্রুত তফসিল চাই।”\n"
     "পরে সিইসি বলেন, “তফসিল ঘোষণা হবে ডিসেম্বরের প্রথম সপ্তাহে।”",
     [("তফসিল ঘোষণা হবে ডিসেম্বরের", "Nasir Uddin")], "bn"),
    ("uno_after_upazila_executive_officer",
     "উপজেলা নির্বাহী কর্মকর্তা ফারহানা ইসলাম সোমবার বাঁধ পরিদর্শন করেন।\n"
     "স্থানীয় কৃষক আবদুল জলিল বলেন, “পানি ঢুকলে সব ধান নষ্ট হবে।”\n"
     "ইউএনও বলেন, “বাঁধ মেরামতে আজই কাজ শুরু হবে।”",
     [("বাঁধ মেরামতে আজই কাজ শুরু হবে", "Farhana Islam")], "bn"),
    ("dc_after_district_commissioner",
     "জেলা প্রশাসক মোস্তাফিজুর রহমান রোববার ত্রাণ বিতরণ করেন।\n"
     "ইউনিয়ন পরিষদের চেয়ারম্যান রফিকুল ইসলাম বলেন, “চরের মানুষ এখনো পানিবন্দী।”\n"
     "ডিসি বলেন, “আরও দুই হাজার প্যাকেট খাবার পাঠানো হবে।”",
     [("আরও দুই হাজার প্যাকেট খাবার", "Mostafizur Rahman")], "bn"),
    ("sp_after_superintendent_of_police",
     "জেলার পুলিশ সুপার সাইফুল ইসলাম ঘটনাস্থল পরিদর্শন করেন।\n"
     "নিহতের বাবা আবুল হোসেন বলেন, “আমার ছেলে কোনো দলে ছিল না।”\n"
     "এসপি বলেন, “জড়িতদের দ্রুত গ্রেপ্তার করা হবে।”",
     [("জড়িতদের দ্রুত গ্রেপ্তার করা হবে", "Saiful Islam")], "bn"),
    ("oc_after_officer_in_charge",
     "সদর থানার ভারপ্রাপ্ত কর্মকর্তা কামরুল হাসান জানান, রাতেই দুজনকে আটক করা হয়েছে।\n"
     "নিহতের মা রোকেয়া বেগম বলেন, “আমি বিচার চাই।”\n"
     "ওসি বলেন, “মামলা নেওয়া হয়েছে, তদন্ত চলছে।”",
     [("মামলা নেওয়া হয়েছে, তদন্ত চলছে", "Kamrul Hasan")], "bn"),
    ("uno_with_place_after_upazila_executive_officer",
     "রৌমারী উপজেলা নির্বাহী কর্মকর্তা তানভীর হাসান বৃহস্পতিবার আশ্রয়কেন্দ্র ঘুরে দেখেন।\n"
     "আশ্রয় নেওয়া সালমা খাতুন বলেন, “তিন দিন ধরে শুকনো খাবার খাচ্ছি।”\n"
     "পরে ইউএনও জানান, “শুক্রবার থেকে রান্না করা খাবার দেওয়া হবে।”",
     [("শুক্রবার থেকে রান্না করা খাবার", "Tanvir Hasan")], "bn"),
]
