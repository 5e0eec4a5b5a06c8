"""Held-out: two reports one outlet fills in from one template (two crashes, two drownings, two
fires) are not copies of one report, though most of their words line up: a copy keeps its facts,
the template swaps times, tolls and counts (duplicates.swapped_numbers). And a copy that another
outlet trimmed and reordered (a paragraph moved up, the middle dropped, its own dateline or credit
line added) is a copy (duplicates.moved_or_furniture). Texts written for this test (made-up
happenings), before changing the copy test (khobor.organise.duplicates)."""
from __future__ import annotations

import pytest

from khobor.organise.duplicates import Article, report_groups, words_and_sentences

TEMPLATES = {
    "drowning-en": ("en",
        "Two children drowned in a pond at Kalikapur village in Shibganj upazila of Chapainawabganj on Tuesday "
        "afternoon. The deceased were identified as Rifat, 6, and his cousin Sumaiya, 5. Family members said the "
        "children went missing while playing near the pond around 2pm. Later, locals found them floating in the "
        "water around 3:30pm and took them to the upazila health complex, where the doctors declared them dead. "
        "Shibganj Police Station OC Abul Kalam confirmed the matter.",
        "Two children drowned in a pond at Baliadangi village in Ranisankail upazila of Thakurgaon on Tuesday "
        "afternoon. The deceased were identified as Tanvir, 7, and his cousin Mim, 4. Family members said the "
        "children went missing while playing near the pond around 11am. Later, locals found them floating in the "
        "water around 1pm and took them to the upazila health complex, where the doctors declared them dead. "
        "Ranisankail Police Station OC Abul Hossain confirmed the matter."),
    "lightning-en": ("en",
        "Four farmers were killed by lightning while working in a paddy field in Sunamganj's Tahirpur upazila on "
        "Sunday. The incident took place at Lalpur haor around 10am when a storm hit the area, said Tahirpur "
        "Police Station OC Nazmul Hasan. Three others were injured and taken to the upazila health complex. The "
        "district administration will give Tk 25,000 to each of the families of the deceased, the UNO said.",
        "Three farmers were killed by lightning while working in a paddy field in Kishoreganj's Itna upazila on "
        "Sunday. The incident took place at Dhanpur haor around 4pm when a storm hit the area, said Itna Police "
        "Station OC Mokhlesur Rahman. Two others were injured and taken to the upazila health complex. The "
        "district administration will give Tk 20,000 to each of the families of the deceased, the UNO said."),
    "fire-bn": ("bn",
        "গাজীপুরের কালিয়াকৈরে একটি তুলার গুদামে আগুন লেগেছে। বৃহস্পতিবার রাত ১১টার দিকে উপজেলার চন্দ্রা "
        "এলাকায় এ আগুনের সূত্রপাত হয়। খবর পেয়ে ফায়ার সার্ভিসের ৬টি ইউনিট ঘটনাস্থলে গিয়ে প্রায় ৩ ঘণ্টার "
        "চেষ্টায় আগুন নিয়ন্ত্রণে আনে। কালিয়াকৈর ফায়ার স্টেশনের কর্মকর্তা জানান, আগুনে কেউ হতাহত হয়নি। "
        "আগুন লাগার কারণ তদন্ত করে দেখা হচ্ছে।",
        "নারায়ণগঞ্জের রূপগঞ্জে একটি তুলার গুদামে আগুন লেগেছে। বৃহস্পতিবার সকাল ৯টার দিকে উপজেলার ভুলতা "
        "এলাকায় এ আগুনের সূত্রপাত হয়। খবর পেয়ে ফায়ার সার্ভিসের ৪টি ইউনিট ঘটনাস্থলে গিয়ে প্রায় ২ ঘণ্টার "
        "চেষ্টায় আগুন নিয়ন্ত্রণে আনে। রূপগঞ্জ ফায়ার স্টেশনের কর্মকর্তা জানান, আগুনে কেউ হতাহত হয়নি। "
        "আগুন লাগার কারণ তদন্ত করে দেখা হচ্ছে।"),
    "drowning-bn": ("bn",
        "ফেনীর সোনাগাজীতে পুকুরে ডুবে দুই শিশুর মৃত্যু হয়েছে। মঙ্গলবার দুপুর ১টার দিকে উপজেলার চরদরবেশ "
        "গ্রামে এ ঘটনা ঘটে। নিহত শিশুরা হলো রাফি (৫) ও তার চাচাতো বোন মিম (৪)। পরিবারের সদস্যরা জানান, "
        "খেলার সময় সবার অগোচরে তারা পুকুরে পড়ে যায়। পরে বিকেল ৩টার দিকে তাদের উদ্ধার করে উপজেলা স্বাস্থ্য "
        "কমপ্লেক্সে নেওয়া হলে চিকিৎসক মৃত ঘোষণা করেন।",
        "নোয়াখালীর সুবর্ণচরে পুকুরে ডুবে দুই শিশুর মৃত্যু হয়েছে। মঙ্গলবার সকাল ১০টার দিকে উপজেলার চরজব্বর "
        "গ্রামে এ ঘটনা ঘটে। নিহত শিশুরা হলো সিয়াম (৬) ও তার চাচাতো বোন তানহা (৩)। পরিবারের সদস্যরা জানান, "
        "খেলার সময় সবার অগোচরে তারা পুকুরে পড়ে যায়। পরে দুপুর ১২টার দিকে তাদের উদ্ধার করে উপজেলা স্বাস্থ্য "
        "কমপ্লেক্সে নেওয়া হলে চিকিৎসক মৃত ঘোষণা করেন।"),
    # the first swap sits in the gap straight after the opening run, far past any dateline (a review
    # found that gap skipped because the run before it starts at word 0)
    "market-close-en": ("en",
        "The benchmark index of the Dhaka Stock Exchange, the DSEX, closed the day's trading on a higher note as "
        "large banks and pharmaceutical companies attracted buyers in the afternoon session, gaining 41 points to "
        "settle near the level seen last month, while the day's turnover stood at Tk 612 crore, brokers said, "
        "adding that investors remained cautious ahead of the monetary policy statement.",
        "The benchmark index of the Dhaka Stock Exchange, the DSEX, closed the day's trading on a higher note as "
        "large banks and pharmaceutical companies attracted buyers in the afternoon session, gaining 17 points to "
        "settle near the level seen last month, while the day's turnover stood at Tk 455 crore, brokers said, "
        "adding that investors remained cautious ahead of the monetary policy statement."),
}

SOURCES = {
    "budget-en": ("en", [
        "Dhaka, Feb 3 (UNB) - The Dhaka North City Corporation on Tuesday placed a budget of Tk 6,420 crore for "
        "the 2026-27 fiscal year, the largest in its history, with drainage and road repair taking the biggest share.",
        "The administrator presented the budget at the Nagar Bhaban auditorium in Gulshan, saying holding tax "
        "rates would not be raised this year.",
        "Some Tk 1,150 crore has been set aside for drainage work in Mirpur, Uttara and Badda, where "
        "waterlogging after heavy rain is worst.",
        "Another Tk 860 crore will go to repairing roads dug up for utility lines during the past two years.",
        "Councillors of several wards said the allocation for street lights and public toilets was too small "
        "for the new areas added to the city.",
        "The corporation expects to collect Tk 1,900 crore from holding tax, trade licences and rents of its markets."],
        [0, 3, 2, 5], "(UNB report)"),
    "flights-en": ("en", [
        "Biman Bangladesh Airlines will start direct flights between Dhaka and Guangzhou from March 15 with "
        "three flights a week, the national carrier said in a statement on Wednesday.",
        "The flights will be operated with a Boeing 737-800 aircraft having 162 seats, the statement said.",
        "A return ticket in economy class will cost Tk 58,000 including taxes during the introductory period.",
        "Guangzhou is a major source of goods for Bangladeshi traders and a growing destination for patients "
        "seeking medical treatment.",
        "Biman currently flies to 21 international destinations and plans to add Tokyo and Madrid later this year.",
        "Tickets can be bought from the airline's sales offices, website and mobile app."],
        [0, 4, 1, 3], "Edited by the news desk"),
    "rail-bn": ("bn", [
        "ঢাকা, ৪ ফেব্রুয়ারি (বাসস): ঢাকা-চট্টগ্রাম রেলপথে আগামী ১ মার্চ থেকে নতুন দুটি আন্তনগর ট্রেন চালু হচ্ছে। "
        "বুধবার রেলভবনে এক সভা শেষে রেলপথ মন্ত্রণালয়ের সচিব এ কথা জানান।",
        "সচিব বলেন, নতুন ট্রেন দুটিতে ১৬টি করে কোচ থাকবে এবং প্রতিটি ট্রেনে প্রায় ৯০০ যাত্রী যাতায়াত করতে পারবেন।",
        "ট্রেন দুটি ঢাকা থেকে সকাল ৭টা ও রাত ১০টায় ছেড়ে যাবে এবং পথে শুধু বিমানবন্দর ও কুমিল্লা স্টেশনে থামবে।",
        "টিকিটের দাম বর্তমান আন্তনগর ট্রেনের মতোই থাকবে বলে জানিয়েছে রেলওয়ে।",
        "রেল কর্মকর্তারা জানান, চীন থেকে আনা নতুন কোচ দিয়ে ট্রেন দুটি চালানো হবে।",
        "বর্তমানে এই রেলপথে প্রতিদিন ২০টি আন্তনগর ট্রেন চলাচল করে।"],
        [0, 2, 1, 5], "(বাসসের সৌজন্যে)"),
    "hospital-bn": ("bn", [
        "খুলনা মেডিকেল কলেজ হাসপাতালে ১০ শয্যার একটি নতুন বার্ন ইউনিট চালু হয়েছে। সোমবার সকালে স্বাস্থ্য অধিদপ্তরের "
        "মহাপরিচালক ইউনিটটির উদ্বোধন করেন।",
        "হাসপাতালের পরিচালক জানান, এত দিন দগ্ধ রোগীদের ঢাকায় পাঠাতে হতো। এখন খুলনা বিভাগের রোগীরা এখানেই চিকিৎসা পাবেন।",
        "ইউনিটে দুজন প্লাস্টিক সার্জন ও ১২ জন নার্স নিয়োগ দেওয়া হয়েছে।",
        "ইউনিটের জন্য কেনা যন্ত্রপাতির দাম প্রায় চার কোটি টাকা বলে জানিয়েছে হাসপাতাল কর্তৃপক্ষ।",
        "শীত মৌসুমে আগুন পোহাতে গিয়ে দগ্ধ হয়ে বহু রোগী হাসপাতালে আসেন বলে চিকিৎসকেরা জানান।",
        "আগামী বছর শয্যা সংখ্যা বাড়িয়ে ২০টি করার পরিকল্পনা রয়েছে।"],
        [0, 3, 1, 4], "(খবর: নিজস্ব প্রতিবেদক, খুলনা)"),
}


def _article(doc: int, text: str, language: str, outlet: str, title: str) -> Article:
    tokens, starts = words_and_sentences(text)
    return Article(doc, "2026-02-04", tokens, outlet, title, language, starts)


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_one_template_filled_twice_is_two_reports(name):
    language, first, second = TEMPLATES[name]
    a = _article(1, first, language, "Outlet One", "Two killed in one place")
    b = _article(2, second, language, "Outlet One", "Two killed in another place")
    assert report_groups([a, b]) == []


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_a_copy_with_paragraphs_dropped_and_moved_is_one_report(name):
    language, paragraphs, kept, credit = SOURCES[name]
    whole = _article(1, "\n\n".join(paragraphs), language, "Outlet One", "The agency's headline")
    trimmed = _article(2, "\n\n".join([paragraphs[k] for k in kept] + [credit]), language, "Outlet Two",
                       "A second outlet's own headline")
    assert [(c.doc, c.report) for c in report_groups([whole, trimmed])] == [(2, 1)]
