"""Held-out (sentences written here): a Bengali "আরো পড়ুন:" box flattened into the body, its
related headlines glued to the sentence where the body resumes, with no weekday or pronoun to
mark that point. The body resumes where the story's own subject, named in its title, is named
again: the run up to there goes, to `removed`. With no such point only the marker goes."""
import pytest

from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle

LEAD = "নদীভাঙনে কুড়িগ্রামের তিনটি ইউনিয়নের অন্তত দুই শতাধিক পরিবার গৃহহীন হয়ে পড়েছে। "
TAIL = " পরে তিনি ক্ষতিগ্রস্ত এলাকা ঘুরে দেখেন।"

CASES = [
    # (title, the related headlines, where the body resumes)
    ("নদীভাঙন এলাকা পরিদর্শনে পানিসম্পদ উপদেষ্টা রিজওয়ানা হাসান",
     "তিস্তার পানি বিপৎসীমার ওপরে লালমনিরহাটে সতর্কতা জারি বন্যার্তদের পাশে দাঁড়ানোর আহ্বান জামায়াত আমিরের",
     "রিজওয়ানা হাসান সেখানে সাংবাদিকদের বলেন, ভাঙন ঠেকাতে দ্রুত কাজ শুরু হবে।"),
    ("রাজশাহীতে আমের দাম কমেছে, হতাশ চাষিরা",
     "চাঁপাইনবাবগঞ্জে লিচুর বাম্পার ফলন: কৃষি কর্মকর্তা সাতক্ষীরায় ঘেরে মাছ মরে যাচ্ছে",
     "রাজশাহীতে আমের দাম গত সপ্তাহের চেয়ে মণপ্রতি ৪০০ টাকা কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।"),
    ("বিমানবন্দরে স্বর্ণসহ যাত্রী আটক",
     "চট্টগ্রামে ইয়াবাসহ দুই রোহিঙ্গা গ্রেপ্তার সীমান্তে বিজিবির অভিযানে ভারতীয় শাড়ি জব্দ",
     "স্বর্ণসহ যাত্রী আটকের পর তাকে বিমানবন্দর থানায় হস্তান্তর করা হয়েছে।"),
    ("সাকিব আল হাসানের অবসরের ঘোষণা",
     "বিপিএলে দুর্দান্ত জয় রংপুরের টস জিতে বোলিংয়ে চট্টগ্রাম",
     "সাকিব আল হাসান নিজের ফেসবুক পেজে এক পোস্টে এই সিদ্ধান্তের কথা জানান।"),
    ("গাজীপুরে কারখানায় আগুন, নিয়ন্ত্রণে ফায়ার সার্ভিস",
     "নারায়ণগঞ্জে গুদামে আগুনে কোটি টাকার ক্ষতি আশুলিয়ায় শ্রমিক বিক্ষোভে মহাসড়ক অবরোধ",
     "ফায়ার সার্ভিস জানায়, খবর পেয়ে তাদের পাঁচটি ইউনিট ঘটনাস্থলে গিয়ে আগুন নিয়ন্ত্রণে আনে।"),
    ("ডেঙ্গুতে আরও তিনজনের মৃত্যু, হাসপাতালে ভর্তি ৪১২",
     "এডিস মশা নিধনে সিটি করপোরেশনের বিশেষ অভিযান শুরু শিশুদের মধ্যে নিউমোনিয়া বাড়ছে: বিশেষজ্ঞরা",
     "হাসপাতালে ভর্তি রোগীদের মধ্যে ২৫৭ জন ঢাকার বাইরের বলে স্বাস্থ্য অধিদপ্তর জানিয়েছে।"),
]


def record(title, text):
    return build_record(RawArticle(source="t.txt", text=text, language="bn", title=title))


@pytest.mark.parametrize("title,headlines,resumed", CASES)
def test_run_of_headlines_goes_up_to_where_the_title_is_named_again(title, headlines, resumed):
    rec = record(title, LEAD + "আরো পড়ুন: " + headlines + " " + resumed + TAIL)
    assert headlines not in rec.text
    assert any(headlines in r for r in rec.removed)
    assert resumed in rec.text


@pytest.mark.parametrize("text", [
    # the body resumes right after the marker (the box's links were not scraped)
    LEAD + "আরো পড়ুন: উপজেলা নির্বাহী কর্মকর্তা সাংবাদিকদের বলেন, ক্ষতিগ্রস্তদের তালিকা করা হচ্ছে।" + TAIL,
    # the title's words only inside the quote after the comma: no cut point before it
    LEAD + "আরো পড়ুন: তিস্তার পানি বিপৎসীমার ওপরে ইউএনও বলেন, “নদীভাঙন এলাকা পরিদর্শনে যাব।”" + TAIL,
])
def test_without_the_title_named_again_only_the_marker_goes(text):
    rec = record("নদীভাঙন এলাকা পরিদর্শনে পানিসম্পদ উপদেষ্টা রিজওয়ানা হাসান", text)
    assert rec.removed[0] == "আরো পড়ুন:"
    assert rec.text.endswith(text.replace("আরো পড়ুন: ", "")[len(LEAD):])
