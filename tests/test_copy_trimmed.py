"""Held-out copies of one report that other outlets re-edited: a headline of their own and
paragraphs trimmed from the middle or the end, sometimes a paragraph of their own added (texts
written for this test, not taken from any outlet). And the pairs that must stay apart: a report
written separately from the same release (its first paragraph shared, the rest its own) and a
next-day report that repeats background paragraphs. Written before scoring them with the copy
test (khobor.organise.duplicates.is_copy)."""
from __future__ import annotations

import pytest

from khobor.organise.duplicates import Article, is_copy, normalised_words, words_and_sentences

EN = [
    "The government has approved a 1,200-crore-taka project to dredge the Kalijani river and build "
    "embankments along 46 kilometres of its banks in Netrokona and Kishoreganj districts.",
    "The Executive Committee of the National Economic Council cleared the project at its meeting in "
    "Dhaka on Tuesday, with the chief adviser in the chair, the planning ministry said in a statement.",
    "Officials said the river had silted up over two decades, and that floods from the Meghalaya hills "
    "now overflow its banks every monsoon, damaging boro paddy on some 30,000 hectares.",
    "The Water Development Board will carry out the work by June 2029. About 180 hectares of land will "
    "be acquired, mostly for the embankments and four sluice gates.",
    "Farmers in Mohanganj and Khaliajuri have long demanded the dredging, saying flash floods wash away "
    "their crops weeks before the harvest.",
    "The meeting also approved eight other projects, including a bridge over the Dharla river in "
    "Kurigram and a water treatment plant in Khulna, at a total cost of 6,400 crore taka.",
    "The planning adviser told reporters after the meeting that the government was giving priority to "
    "projects that protect farmland and drinking water.",
    "He said no new project would be taken up unless its land could be acquired within a year.",
]
BN = [
    "নেত্রকোনা ও কিশোরগঞ্জ জেলায় কালিজানি নদী খনন এবং দুই তীরে ৪৬ কিলোমিটার বাঁধ নির্মাণে ১ হাজার ২০০ কোটি টাকার "
    "একটি প্রকল্প অনুমোদন দিয়েছে সরকার।",
    "মঙ্গলবার ঢাকায় প্রধান উপদেষ্টার সভাপতিত্বে জাতীয় অর্থনৈতিক পরিষদের নির্বাহী কমিটির সভায় প্রকল্পটি অনুমোদন "
    "পায় বলে পরিকল্পনা মন্ত্রণালয় এক বিজ্ঞপ্তিতে জানিয়েছে।",
    "কর্মকর্তারা জানান, দুই দশকে নদীটি ভরাট হয়ে গেছে; প্রতি বর্ষায় মেঘালয়ের পাহাড়ি ঢল তীর উপচে প্রায় ৩০ হাজার "
    "হেক্টর জমির বোরো ধানের ক্ষতি করে।",
    "পানি উন্নয়ন বোর্ড ২০২৯ সালের জুনের মধ্যে কাজটি শেষ করবে। বাঁধ ও চারটি স্লুইসগেটের জন্য প্রায় ১৮০ হেক্টর জমি "
    "অধিগ্রহণ করা হবে।",
    "মোহনগঞ্জ ও খালিয়াজুরির কৃষকেরা দীর্ঘদিন ধরে নদী খননের দাবি জানিয়ে আসছেন; তাঁদের অভিযোগ, আগাম বন্যায় ফসল "
    "কাটার কয়েক সপ্তাহ আগেই তা ভেসে যায়।",
    "সভায় কুড়িগ্রামে ধরলা নদীর ওপর একটি সেতু এবং খুলনায় একটি পানি শোধনাগারসহ আরও আটটি প্রকল্প অনুমোদন পেয়েছে, "
    "যার মোট ব্যয় ৬ হাজার ৪০০ কোটি টাকা।",
    "সভা শেষে পরিকল্পনা উপদেষ্টা সাংবাদিকদের বলেন, ফসলি জমি ও খাবার পানি রক্ষার প্রকল্পকে সরকার অগ্রাধিকার দিচ্ছে।",
    "তিনি বলেন, এক বছরের মধ্যে জমি অধিগ্রহণ করা না গেলে নতুন কোনো প্রকল্প নেওয়া হবে না।",
]
TITLE = {"en": "Tk 1,200cr project to dredge Kalijani river approved",
         "bn": "কালিজানি নদী খননে ১২০০ কোটি টাকার প্রকল্প অনুমোদন"}
OTHER_TITLE = {"en": "Haor farmers to get relief as ECNEC clears river dredging",
               "bn": "হাওরের কৃষকের দাবি পূরণ: নদী খনন ও বাঁধ হচ্ছে"}
OWN_PARAGRAPH = {"en": "Local lawmakers and farmers' groups welcomed the decision on Tuesday evening.",
                 "bn": "স্থানীয় কৃষক সংগঠনগুলো মঙ্গলবার সন্ধ্যায় এ সিদ্ধান্তকে স্বাগত জানিয়েছে।"}
TEXT = {"en": EN, "bn": BN}
# a report written separately from the same release: its first paragraph, then text of its own
OWN_REPORT = {
    "en": ["The planning adviser said the embankments would be built before the river is dredged, so that "
           "this year's harvest is not put at risk by the work itself.",
           "Environmental groups in Netrokona said they feared the dredged soil would be dumped on wetlands, "
           "and asked the board to publish where it would go.",
           "A board engineer said the soil would be used to raise village roads and school grounds.",
           "Similar dredging of the Dhanu river three years ago was halted after contractors left the work half done."],
    "bn": ["পরিকল্পনা উপদেষ্টা বলেন, খননের আগে বাঁধ নির্মাণ করা হবে, যাতে কাজের কারণেই এ বছরের ফসল ঝুঁকিতে না পড়ে।",
           "নেত্রকোনার পরিবেশবাদী সংগঠনগুলো আশঙ্কা করছে, খননের মাটি জলাভূমিতে ফেলা হতে পারে; মাটি কোথায় যাবে তা প্রকাশের "
           "দাবি জানিয়েছে তারা।",
           "বোর্ডের এক প্রকৌশলী জানান, ওই মাটি দিয়ে গ্রামের সড়ক ও বিদ্যালয়ের মাঠ উঁচু করা হবে।",
           "তিন বছর আগে ধনু নদীর খনন ঠিকাদারেরা অর্ধেক কাজ করে চলে যাওয়ায় বন্ধ হয়ে যায়।"],
}
# the next day: a new development, then background paragraphs of the report repeated
NEXT_DAY = {
    "en": ["Farmers in Khaliajuri brought out a procession on Wednesday demanding that the Kalijani dredging "
           "start before the next monsoon, a day after the government approved the project.",
           "They also demanded compensation for the crops lost in last year's flash floods."],
    "bn": ["কালিজানি নদীর খনন আগামী বর্ষার আগেই শুরুর দাবিতে বুধবার খালিয়াজুরিতে মিছিল করেছেন কৃষকেরা; আগের দিন "
           "প্রকল্পটি অনুমোদন দেয় সরকার।",
           "গত বছরের আগাম বন্যায় নষ্ট ফসলের ক্ষতিপূরণও দাবি করেন তাঁরা।"],
}


def _art(doc: int, paragraphs: list[str], lang: str, outlet: str, title: str) -> Article:
    tokens, sentences = words_and_sentences("\n\n".join(paragraphs))
    return Article(doc, "2026-01-20", tokens, outlet=outlet, title=title, language=lang, sentences=sentences)


def _shape(kind: str, lang: str) -> list[str]:
    p = TEXT[lang]
    return {
        "middle trimmed": [p[0], p[1], p[3], p[5], p[6], p[7]],
        "every other paragraph": [p[0], p[1], p[3], p[4], p[6]],
        "first half, one dropped": [p[0], p[1], p[3]],
        "own paragraph added, end trimmed": [p[0], p[1], OWN_PARAGRAPH[lang], p[2], p[3], p[4]],
        "middle and end trimmed": [p[0], p[1], p[4], p[6]],
    }[kind]


KINDS = ["middle trimmed", "every other paragraph", "first half, one dropped", "own paragraph added, end trimmed",
         "middle and end trimmed"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["en", "bn"])
def test_a_report_another_outlet_trimmed_under_its_own_headline_is_a_copy(kind, lang):
    whole = _art(1, TEXT[lang], lang, "first.example", TITLE[lang])
    copy = _art(2, _shape(kind, lang), lang, "second.example", OTHER_TITLE[lang])
    assert is_copy(whole, copy) is not None
    assert is_copy(copy, whole) is not None


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_a_report_written_from_the_same_release_is_not_a_copy(lang):
    whole = _art(1, TEXT[lang], lang, "first.example", TITLE[lang])
    own = _art(2, [TEXT[lang][0]] + OWN_REPORT[lang], lang, "second.example", OTHER_TITLE[lang])
    assert is_copy(whole, own) is None


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_a_next_day_report_repeating_background_paragraphs_is_not_a_copy(lang):
    whole = _art(1, TEXT[lang], lang, "first.example", TITLE[lang])
    later = _art(2, NEXT_DAY[lang] + [TEXT[lang][2], TEXT[lang][4]], lang, "second.example", OTHER_TITLE[lang])
    assert is_copy(whole, later) is None


def test_sentences_are_counted_in_the_words_the_copy_test_compares():
    tokens, starts = words_and_sentences("The gates opened. Water rose!\nনদীর পানি বাড়ছে। আরও বৃষ্টি হবে")
    assert tokens == normalised_words("The gates opened. Water rose!\nনদীর পানি বাড়ছে। আরও বৃষ্টি হবে")
    assert starts == (0, 3, 5, 8)
    assert words_and_sentences("") == ([], ())


def test_a_trimmed_copy_must_open_where_the_report_opens():
    # the same sentences, but taken from the report's end: a stock background block, not a copy
    whole = _art(1, TEXT["en"], "en", "first.example", TITLE["en"])
    tail = _art(2, TEXT["en"][4:], "en", "second.example", OTHER_TITLE["en"])
    assert is_copy(whole, tail) is None
