"""A party to a case named bare as the speaker ("... বলে জানিয়েছে প্রসিকিউশন", "prosecutors said")
is that party of the court the article names, where the registry knows it (rule court_party); the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import body_record, quote_speakers

PROSECUTION = "International Crimes Tribunal prosecution"


def _speakers(body: str, fragment: str, headline: str = "Tribunal hearing") -> list[str | None]:
    return quote_speakers(body, fragment, headline)


def test_bn_prosecution_of_the_tribunal_speaks():
    body = ("আন্তর্জাতিক অপরাধ ট্রাইব্যুনালে বৃহস্পতিবার আরও দুজন সাক্ষী জবানবন্দি দিয়েছেন।\n\n"
            "মামলার বাকি চার আসামি পলাতক বলে জানিয়েছে প্রসিকিউশন।")
    assert _speakers(body, "বাকি চার আসামি পলাতক", "ট্রাইব্যুনালে সাক্ষ্য") == [PROSECUTION]


def test_en_prosecutors_of_the_tribunal_speak():
    body = ("The International Crimes Tribunal on Monday framed charges against six former police "
            "officers over the killing of protesters.\n\n"
            "Four of them are in custody and the other two are absconding, prosecutors said.")
    assert _speakers(body, "Four of them are in custody") == [PROSECUTION]


def test_prosecutors_of_a_court_with_no_known_party_stay_nobody():
    body = ("A Dhaka court on Monday sent two men to jail in a case over a robbery at a jewellery "
            "shop.\n\n"
            "Both men had confessed to the robbery, prosecutors said.")
    assert _speakers(body, "Both men had confessed") in ([None], [])


def test_prosecutors_after_another_court_are_not_the_tribunals():
    # round 28 review: the tribunal named two paragraphs back, another court's case in between
    body = ("The International Crimes Tribunal in Dhaka adjourned a hearing on Monday.\n\n"
            "In London, a British court jailed a Bangladeshi-born businessman for five years for "
            "fraud.\n\n"
            "He had hidden the money in Dubai, prosecutors said.")
    assert _speakers(body, "hidden the money in Dubai") in ([None], [])


def test_bn_prosecution_two_paragraphs_after_the_tribunal_stays_nobody():
    body = ("আন্তর্জাতিক অপরাধ ট্রাইব্যুনালে সোমবার একটি মামলার শুনানি মুলতবি হয়েছে।\n\n"
            "লন্ডনের একটি আদালত প্রতারণার দায়ে এক ব্যবসায়ীকে পাঁচ বছরের কারাদণ্ড দিয়েছে।\n\n"
            "টাকাগুলো তিনি দুবাইয়ে লুকিয়ে রেখেছিলেন বলে জানিয়েছে প্রসিকিউশন।")
    assert _speakers(body, "দুবাইয়ে লুকিয়ে") in ([None], [])


def test_a_court_named_inside_the_quote_is_the_case_court():
    # round 28 review (rv28b): the court named in the quoted words themselves
    body = "The International Crimes Tribunal will deliver its verdict in the case next week, prosecutors said."
    assert _speakers(body, "deliver its verdict") == [PROSECUTION]
    bn = "আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল আগামী সপ্তাহে এ মামলার রায় দেবে বলে জানিয়েছে প্রসিকিউশন।"
    assert _speakers(bn, "রায় দেবে", "ট্রাইব্যুনালে রায়") == [PROSECUTION]


def test_explain_names_court_party():
    # round 28 re-read (rr28a): the rule decided but --explain did not show it
    body = ("The International Crimes Tribunal on Monday framed charges against six former police "
            "officers.\n\nFour of them are in custody, prosecutors said.")
    rec = body_record(body, "Tribunal hearing")
    (q,) = [q for q in rec.quotes if "in custody" in q.text]
    assert {"rule": "court_party", "step": "speaker", "decision": PROSECUTION} in q._explain


def test_bn_court_named_by_its_head_word_after_a_judge():
    # round 36: the tribunal named only through its chairman, then by its bare head word in the
    # paragraph of the quote; a judge of the court is no court ("X prosecution" names nobody)
    body = ("বিচারপতি গোলাম মর্তূজা মজুমদারের নেতৃত্বে তিন সদস্যের বেঞ্চে মঙ্গলবার শুনানি হয়।\n\n"
            "আসামিদের চারজনকে কারাগার থেকে আনা হয়।\n\n"
            "পরের শুনানির জন্য ৩ সেপ্টেম্বর তারিখ রেখেছেন ট্রাইব্যুনাল। ওইদিন আরও দুজন সাক্ষী "
            "সাক্ষ্য দিতে পারেন বলে জানিয়েছে প্রসিকিউশন।")
    assert _speakers(body, "আরও দুজন সাক্ষী", "ট্রাইব্যুনালে সাক্ষ্য") == [PROSECUTION]


def test_bn_judge_two_paragraphs_back_alone_stays_nobody():
    body = ("বিচারপতি গোলাম মর্তূজা মজুমদারের নেতৃত্বে তিন সদস্যের বেঞ্চে মঙ্গলবার শুনানি হয়।\n\n"
            "আসামিদের চারজনকে কারাগার থেকে আনা হয়।\n\n"
            "ওইদিন আরও দুজন সাক্ষী সাক্ষ্য দিতে পারেন বলে জানিয়েছে প্রসিকিউশন।")
    assert _speakers(body, "আরও দুজন সাক্ষী", "ট্রাইব্যুনালে সাক্ষ্য") in ([None], [])
