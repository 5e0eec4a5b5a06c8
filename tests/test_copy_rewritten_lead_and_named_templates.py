"""Held-out: one outlet's piece and its update that rewrote only the first sentence (a new toll)
over the same text are one report (GUIDELINES: "updated with small changes (a new first
sentence ...)"; duplicates.new_first_sentence), while two pieces one outlet wrote from one
briefing, each with a lead paragraph of its own over shared lines, stay two. And one template
filled twice with other names (two matches of one day: other teams, ground and scorer, the same
score) is two reports (duplicates.swapped_names), while a copy that spells one name otherwise
stays one. Texts written for this test (made-up happenings), before changing the copy test."""
from __future__ import annotations

import pytest

from khobor.organise.duplicates import (Article, is_copy, name_words, new_first_sentence, report_groups,
                                        swapped_names, words_and_sentences)

BODY = {
    "en": ("The accident took place around 5:40am when a Khulna-bound bus of Shohag Paribahan hit a roadside tree "
           "after its driver lost control while trying to avoid a van on the highway at Kashiani, police said. "
           "\"The bus was running fast on a road wet with dew,\" said Md Shafiqul Islam, officer-in-charge of "
           "Kashiani Highway Police Station. Fire service teams from Kashiani and Gopalganj pulled the injured out "
           "of the bus and sent them to the district hospital. The driver and his helper fled after the crash and "
           "the bus was taken to the police station, the OC said. Traffic on the highway was normal again by 8am."),
    "bn": ("পুলিশ জানায়, ভোর পৌনে ছয়টার দিকে খুলনাগামী একটি বাস মহাসড়কে একটি ভ্যানকে পাশ কাটাতে গিয়ে নিয়ন্ত্রণ হারিয়ে "
           "রাস্তার পাশের একটি গাছে ধাক্কা দেয়। কাশিয়ানী হাইওয়ে থানার ভারপ্রাপ্ত কর্মকর্তা শফিকুল ইসলাম বলেন, কুয়াশায় ভেজা "
           "রাস্তায় বাসটি দ্রুত চলছিল। খবর পেয়ে কাশিয়ানী ও গোপালগঞ্জ ফায়ার সার্ভিসের কর্মীরা আহতদের উদ্ধার করে জেলা "
           "হাসপাতালে পাঠান। দুর্ঘটনার পর বাসের চালক ও তাঁর সহকারী পালিয়ে যান এবং বাসটি থানায় নেওয়া হয়েছে বলে ওসি "
           "জানান। সকাল আটটার মধ্যে মহাসড়কে যান চলাচল স্বাভাবিক হয়।"),
}
FIRST = {  # the first report's opening sentence, then the update's, which gives the new toll
    "en": ("Five people were killed and 14 others hurt as a passenger bus hit a tree at Kashiani in Gopalganj "
           "early Thursday.",
           "The death toll from the bus crash at Kashiani in Gopalganj rose to seven on Thursday afternoon as two "
           "more passengers died."),
    "bn": ("গোপালগঞ্জের কাশিয়ানীতে বৃহস্পতিবার ভোরে যাত্রীবাহী বাস গাছে ধাক্কা দিলে পাঁচজন নিহত ও ১৪ জন আহত হয়েছেন।",
           "গোপালগঞ্জের কাশিয়ানীতে বাস দুর্ঘটনায় নিহতের সংখ্যা বেড়ে সাতজনে দাঁড়িয়েছে, বৃহস্পতিবার বিকেলে আরও দুজন মারা গেছেন।"),
}
OWN_LEADS = {  # two pieces from one briefing: each opens with two sentences of its own
    "en": ("The home adviser on Sunday ordered police to set up checkposts on every highway exit of the capital "
           "for the holidays. Patrols will run round the clock from Wednesday.",
           "The home adviser on Sunday said launch fares would stay unchanged during the holidays. Owners asking "
           "more will lose their route permits."),
}


def _article(doc: int, text: str, language: str, title: str, outlet: str = "Outlet One",
             names: dict | None = None) -> Article:
    tokens, starts = words_and_sentences(text)
    return Article(doc, "2026-02-05", tokens, outlet, title, language, starts, names=names or {})


@pytest.mark.parametrize("language", sorted(FIRST))
def test_an_update_that_rewrote_its_first_sentence_is_one_report(language):
    first, update = FIRST[language]
    a = _article(1, first + " " + BODY[language], language, "Five killed as bus hits tree")
    b = _article(2, update + " " + BODY[language], language, "Crash toll rises after two more die")
    assert new_first_sentence(a, b)
    assert [(c.doc, c.report) for c in report_groups([a, b])] == [(2, 1)]


def test_a_byline_both_open_with_is_passed_over():
    first, update = FIRST["en"]
    a = _article(1, "Gopalganj Correspondent\n" + first + " " + BODY["en"], "en", "Five killed as bus hits tree")
    b = _article(2, "Gopalganj Correspondent\n" + update + " " + BODY["en"], "en", "Toll rises to seven")
    assert [(c.doc, c.report) for c in report_groups([a, b])] == [(2, 1)]


def test_two_pieces_from_one_briefing_with_leads_of_their_own_stay_two_reports():
    shared = BODY["en"]
    a = _article(1, OWN_LEADS["en"][0] + " " + shared, "en", "Checkposts on highway exits")
    b = _article(2, OWN_LEADS["en"][1] + " " + shared, "en", "Launch fares unchanged")
    assert not new_first_sentence(a, b)
    assert report_groups([a, b]) == []


MATCH = ("ঢাকা প্রিমিয়ার হকি লিগে {loser}কে ৪-৩ গোলে হারিয়েছে {winner}। রোববার {ground} স্টেডিয়ামে এ ম্যাচ হয়। "
         "প্রথমার্ধে দুই গোলে পিছিয়ে থাকা দলটি বিরতির পর ঘুরে দাঁড়ায় এবং শেষ দশ মিনিটে তিনটি গোল করে। পরে "
         "{minute} মিনিটে {scorer} জয়সূচক গোলটি করেন। এই জয়ে আট ম্যাচে ১৮ পয়েন্ট নিয়ে তালিকার দুইয়ে উঠে এসেছে "
         "{winner}।")
FILLS = ({"winner": "উষা ক্রীড়া চক্র", "loser": "আজাদ স্পোর্টিং", "ground": "মাওলানা ভাসানী", "minute": "৫৬",
          "scorer": "রাশেদুল করিম"},
         {"winner": "ওয়ারী ক্লাব", "loser": "সাধারণ বীমা", "ground": "পল্টন", "minute": "৫৮",
          "scorer": "নাঈম উদ্দিন"})
NAMED = {"winner": "ORG", "loser": "ORG", "ground": "FAC", "scorer": "PER"}


def _names_of(text: str, fill: dict, doc: int) -> dict[str, str]:
    """Entities as extraction would mark them: the fill's names, each its own span and actor."""
    entities = []
    for slot, value in fill.items():
        if slot in NAMED:
            start = text.index(value)
            entities.append({"start": start, "end": start + len(value), "type": NAMED[slot],
                             "actor": {"id": f"{slot}-of-fill-{doc}"}})
    return name_words(text, entities)


def _match(doc: int, fill: dict) -> Article:
    text = MATCH.format(**fill)
    return _article(doc, text, "bn", f"দুইয়ে উঠল {fill['winner']}", names=_names_of(text, fill, doc))


def test_one_template_filled_with_other_names_is_two_reports():
    a, b = _match(1, FILLS[0]), _match(2, FILLS[1])
    assert swapped_names(a, b) >= 2
    assert is_copy(a, b) is None
    assert report_groups([a, b]) == []


def test_the_names_alone_tell_the_template_apart():
    """Without the names (a store whose records hold no entities) the two fills pass for a copy:
    the swapped names, not the single swapped minute, part them."""
    a, b = _match(1, FILLS[0]), _match(2, FILLS[1])
    a.names, b.names = {}, {}
    assert is_copy(a, b) is not None


def test_a_copy_spelling_a_name_otherwise_is_one_report():
    text = (BODY["en"] + " Md Shafiqul Islam said a case would be filed against the driver of the bus under "
            "the road transport act later in the day.")
    copy = text.replace("Md Shafiqul Islam", "Mohammad Shafiqul Islam")

    def names(t: str, spelt: str, ident: str) -> dict[str, str]:
        start = t.index(spelt)
        return name_words(t, [{"start": start, "end": start + len(spelt), "actor": {"id": ident}}])
    a = _article(1, text, "en", "Bus hits tree", "Outlet One", names(text, "Md Shafiqul Islam", "new:md-shafiqul-islam"))
    b = _article(2, copy, "en", "Bus crash at Kashiani", "Outlet Two", names(copy, "Mohammad Shafiqul Islam", "new:mohammad-shafiqul-islam"))
    assert swapped_names(a, b) == 0
    assert [(c.doc, c.report) for c in report_groups([a, b])] == [(2, 1)]


def test_name_words_give_each_word_its_name():
    text = "Rakib Hossain scored twice for Brothers Union."
    found = name_words(text, [{"start": 0, "end": 13, "actor": {"id": "new:rakib-hossain"}},
                              {"start": 31, "end": 45, "actor": None}])
    assert found["rakib"] == found["hossain"] != found["brothers"]
    assert found["brothers"] == found["union"] == "brothers union"
    assert "scored" not in found


PRICES = ("কারওয়ান বাজারে শুক্রবার মোটা চালের কেজি ৫৮ থেকে ৬২ টাকা, মাঝারি চাল ৬৫ থেকে ৭০ টাকা এবং সরু চাল ৭৮ "
          "থেকে ৮৫ টাকায় বিক্রি হয়েছে। ডিমের ডজন ১২০ থেকে ১২৫ টাকা, ব্রয়লার মুরগির কেজি ১৯০ থেকে ২০০ টাকা। পেঁয়াজের "
          "কেজি ৫৫ থেকে ৬০ টাকা এবং আলুর কেজি ২৫ থেকে ৩০ টাকায় নেমেছে বলে বিক্রেতারা জানান। সয়াবিন তেলের লিটার "
          "১৮৫ টাকা, আগের সপ্তাহের চেয়ে ৫ টাকা কম। বিক্রেতারা বলছেন, শীতের সবজির সরবরাহ বাড়ায় দাম কমছে।")


def test_a_copy_writing_its_numbers_in_latin_digits_is_one_report():
    latin = PRICES.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))
    a = _article(1, PRICES, "bn", "বাজারে কমেছে ডিম ও আলুর দাম", "Outlet One")
    b = _article(2, latin, "bn", "সবজির দাম কমছে", "Outlet Two")
    assert a.tokens == b.tokens
    assert [(c.doc, c.report) for c in report_groups([a, b])] == [(2, 1)]
