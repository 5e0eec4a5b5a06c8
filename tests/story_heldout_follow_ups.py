"""Held-out pairs for next-day follow-ups (khobor.organise.stories.lead_days_differ), written for
this test in our own words (no sentence comes from ../shared/corpus; names, places and dates made
up). A follow-up's lead tells the new day's act and recalls the first day ("Monday's arrest over
Sunday's fire"): it shares the first day with the first report, but its own happening is later
(GUIDELINES H1). A later report whose lead names only the first day still tells that day.

Each case: (name, a, b, may share a story by their lead days).
"""
from __future__ import annotations

from story_heldout_plans import article

FIRE_EN = article(
    "Fire guts spinning mill in Ashulia",
    "A fire at a spinning mill in Ashulia on Sunday (8 June) burnt its cotton store for six hours, "
    "fire officials said.",
    "2031-06-08", "en", [("Sunday (8 June)", "XXXX-06-08")], [("Ashulia", "test-ashulia", "LOC")])
FIRE_ARREST_EN = article(
    "Ashulia mill manager held over locked gate",
    "Police on Monday (9 June) arrested the production manager of the Ashulia spinning mill where "
    "Sunday's (8 June) fire trapped workers behind a locked gate.",
    "2031-06-09", "en", [("Monday (9 June)", "XXXX-06-09"), ("Sunday's (8 June)", "XXXX-06-08")],
    [("Ashulia", "test-ashulia", "LOC")])
FIRE_LATE_EN = article(
    "Ashulia mill fire burnt cotton worth Tk 12 crore, owners say",
    "The fire at the Ashulia spinning mill on Sunday (8 June) destroyed cotton worth Tk 12 crore, "
    "the owners told reporters after it was put out late that night.",
    "2031-06-09", "en", [("Sunday (8 June)", "XXXX-06-08")], [("Ashulia", "test-ashulia", "LOC")])

DERAIL_BN = article(
    "আখাউড়ায় তেলবাহী ট্রেন লাইনচ্যুত",
    "বুধবার (১১ জুন) ভোরে আখাউড়া জংশনের কাছে একটি তেলবাহী ট্রেনের পাঁচটি বগি লাইনচ্যুত হয়েছে।",
    "2031-06-11", "bn", [("বুধবার (১১ জুন)", "XXXX-06-11")], [("আখাউড়া", "test-akhaura", "LOC")])
DERAIL_SUSPENDED_BN = article(
    "আখাউড়ায় লাইনচ্যুতি: চালক বরখাস্ত",
    "বুধবারের (১১ জুন) লাইনচ্যুতির ঘটনায় বৃহস্পতিবার (১২ জুন) ট্রেনটির চালককে সাময়িক বরখাস্ত "
    "করেছে রেলওয়ে, আখাউড়ায় গতিসীমা মানা হয়নি বলে জানিয়েছে তদন্ত কমিটি।",
    "2031-06-12", "bn", [("বুধবারের (১১ জুন)", "XXXX-06-11"), ("বৃহস্পতিবার (১২ জুন)", "XXXX-06-12")],
    [("আখাউড়ায়", "test-akhaura", "LOC")])
DERAIL_SAME_DAY_BN = article(
    "আখাউড়া দিয়ে চার ঘণ্টা পর ট্রেন চলাচল শুরু",
    "বুধবার (১১ জুন) ভোরে আখাউড়ায় তেলবাহী ট্রেন লাইনচ্যুত হওয়ার চার ঘণ্টা পর সকাল ১০টায় রেল "
    "যোগাযোগ স্বাভাবিক হয়েছে।",
    "2031-06-11", "bn", [("বুধবার (১১ জুন)", "XXXX-06-11")], [("আখাউড়ায়", "test-akhaura", "LOC")])

FLOOD_EN = article(
    "Flash flood marooned 9,000 families in Sunamganj",
    "Hill water from across the border flooded four unions of Sunamganj's Tahirpur on Tuesday (17 June), "
    "leaving about 9,000 families marooned.",
    "2031-06-17", "en", [("Tuesday (17 June)", "XXXX-06-17")], [("Tahirpur", "test-tahirpur", "LOC")])
FLOOD_RELIEF_BN = article(
    "তাহিরপুরে বন্যার্তদের মধ্যে ত্রাণ বিতরণ",
    "মঙ্গলবারের (১৭ জুন) ঢলে পানিবন্দী তাহিরপুরের পরিবারগুলোর মধ্যে বুধবার (১৮ জুন) চাল ও শুকনো "
    "খাবার বিতরণ করেছে জেলা প্রশাসন।",
    "2031-06-18", "bn", [("মঙ্গলবারের (১৭ জুন)", "XXXX-06-17"), ("বুধবার (১৮ জুন)", "XXXX-06-18")],
    [("তাহিরপুরের", "test-tahirpur", "LOC")])

MURDER_BN = article(
    "কালিয়াকৈরে যুবককে কুপিয়ে হত্যা",
    "গাজীপুরের কালিয়াকৈরে শনিবার (২১ জুন) রাতে জমি নিয়ে বিরোধে এক যুবককে কুপিয়ে হত্যা করা হয়েছে।",
    "2031-06-21", "bn", [("শনিবার (২১ জুন)", "XXXX-06-21")], [("কালিয়াকৈরে", "test-kaliakair", "LOC")])
MURDER_ARREST_BN = article(
    "কালিয়াকৈরে যুবক হত্যায় দুজন গ্রেপ্তার",
    "কালিয়াকৈরে শনিবার (২১ জুন) রাতে যুবক হত্যার ঘটনায় রোববার (২২ জুন) দুজনকে গ্রেপ্তার করেছে পুলিশ।",
    "2031-06-22", "bn", [("শনিবার (২১ জুন)", "XXXX-06-21"), ("রোববার (২২ জুন)", "XXXX-06-22")],
    [("কালিয়াকৈরে", "test-kaliakair", "LOC")])

MARKET_FIRE_EN = article(
    "Fire burns 80 shops at Mohammadpur Krishi Market",
    "About 80 shops were burnt when a fire swept through the Mohammadpur Krishi Market before dawn on "
    "Friday (4 July), the fire service said.",
    "2031-07-04", "en", [("Friday (4 July)", "XXXX-07-04")], [("Krishi Market", "test-krishi-market", "FAC")])
MARKET_GRANT_EN = article(
    "Tk 40,000 each for traders hit by Krishi Market fire",
    "The city corporation on Saturday (5 July) announced Tk 40,000 for each trader who lost a shop in "
    "Friday's (4 July) fire at the Krishi Market.",
    "2031-07-05", "en", [("Saturday (5 July)", "XXXX-07-05"), ("Friday's (4 July)", "XXXX-07-04")],
    [("Krishi Market", "test-krishi-market", "FAC")])

HARTAL_BN = article(
    "হরতালে নগরে সংঘর্ষ, আহত ২০",
    "রোববার (১০ আগস্ট) সকাল-সন্ধ্যা হরতালে বরিশাল নগরের সদর রোডে পিকেটারদের সঙ্গে পুলিশের সংঘর্ষে ২০ জন আহত হন।",
    "2031-08-10", "bn", [("রোববার (১০ আগস্ট)", "XXXX-08-10")], [("বরিশাল", "test-barishal", "LOC")])
HARTAL_CASE_BN = article(
    "হরতালের সংঘর্ষে ৩০০ জনের বিরুদ্ধে মামলা",
    "বরিশালে রোববারের (১০ আগস্ট) হরতালে সংঘর্ষের ঘটনায় সোমবার (১১ আগস্ট) ৩০০ জনের বিরুদ্ধে মামলা করেছে পুলিশ।",
    "2031-08-11", "bn", [("রোববারের (১০ আগস্ট)", "XXXX-08-10"), ("সোমবার (১১ আগস্ট)", "XXXX-08-11")],
    [("বরিশালে", "test-barishal", "LOC")])

NEW_YEAR_EVE_EN = article(
    "Fireworks injure 14 in Old Dhaka",
    "Fourteen people were hurt by fireworks and flying lanterns in Old Dhaka on Wednesday (31 December).",
    "2031-12-31", "en", [("Wednesday (31 December)", "XXXX-12-31")], [("Old Dhaka", "test-old-dhaka", "LOC")])
NEW_YEAR_CASE_EN = article(
    "Police sue 40 over New Year's Eve fireworks",
    "Police on Thursday (1 January) sued 40 people over the fireworks of Wednesday (31 December) night in Old Dhaka.",
    "2032-01-01", "en", [("Thursday (1 January)", "XXXX-01-01"), ("Wednesday (31 December)", "XXXX-12-31")],
    [("Old Dhaka", "test-old-dhaka", "LOC")])

# the first seven fail before the change (the follow-up's lead shares the first day); the last
# two are reports of the first day's happening and stay together
CASES = [
    ("fire vs next day's arrest, en", FIRE_EN, FIRE_ARREST_EN, False),
    ("derailment vs next day's suspension, bn", DERAIL_BN, DERAIL_SUSPENDED_BN, False),
    ("flood en vs next day's relief bn, across languages", FLOOD_EN, FLOOD_RELIEF_BN, False),
    ("murder vs next day's arrests, bn", MURDER_BN, MURDER_ARREST_BN, False),
    ("market fire vs next day's grant, en", MARKET_FIRE_EN, MARKET_GRANT_EN, False),
    ("hartal clash vs next day's case, bn", HARTAL_BN, HARTAL_CASE_BN, False),
    ("new year's eve vs the case on new year's day, en", NEW_YEAR_EVE_EN, NEW_YEAR_CASE_EN, False),
    ("fire and a next-day report of that fire, en", FIRE_EN, FIRE_LATE_EN, True),
    ("derailment and a same-day update, bn", DERAIL_BN, DERAIL_SAME_DAY_BN, True),
]
