"""Held-out: one outlet's piece and its update hours later (the first sentence rewritten with a new
toll or time, a line added at the end, a new headline) are one report, although their titles and
openings differ (same_outlet_rerun); one outlet's mid-match piece inside its full match report, and
two of its pieces sharing a stock paragraph, stay apart. Texts written for this test (made-up
happenings), before changing the outlet gate (khobor.organise.duplicates.same_outlet_rerun)."""
from __future__ import annotations

import pytest

from khobor.organise.duplicates import Article, is_copy, report_groups, words_and_sentences

# name: (language, first sentence, its update, the unchanged rest, the line the update adds)
UPDATED = {
    "ferry": ("en",
              "Four people drowned when a small ferry capsized in the Meghna near Chandpur on Monday morning.",
              "The death toll from Monday's ferry capsize in the Meghna near Chandpur rose to seven by the "
              "afternoon as divers recovered three more bodies from the river.",
              "The boat was carrying about thirty passengers from the char to the town market when a sudden gust "
              "of wind overturned it in the middle of the river, the river police said. Local people and fire "
              "service divers rescued most of the passengers and took six of them to the district hospital. The "
              "owner of the boat has been detained for questioning, the officer in charge of the river police "
              "station said. Passengers said the boat had no life jackets on board and was overloaded with sacks "
              "of potatoes for the weekly market.",
              "The district administration announced twenty thousand taka for each family for the burials."),
    "strike": ("en",
               "Transport workers in Rajshahi began an indefinite strike on Tuesday demanding the release of a "
               "union leader arrested last week.",
               "Transport workers in Rajshahi withdrew their strike on Tuesday evening after the union leader "
               "arrested last week was granted bail, ending a day of stranded passengers.",
               "Buses from Rajshahi to Dhaka, Bogura and Natore did not leave the central terminal from early "
               "morning, and hundreds of passengers waited at the counters for hours. The divisional union's "
               "secretary said the leader had been arrested on a false charge of extortion. Police said the case "
               "was filed by a bus owner after a dispute over a parking fee at the terminal. Traders in the city "
               "said the strike had also stopped the trucks that bring vegetables to the wholesale market.",
               "Buses were expected to run on every route from Wednesday morning, the union said."),
    "power": ("en",
              "Parts of Khulna city were without electricity for six hours on Thursday after a transformer caught "
              "fire at a substation.",
              "Electricity came back to most of Khulna late on Thursday, ending an outage of nine hours that "
              "began when a substation transformer went up in flames.",
              "The fire broke out at the Boyra substation at about eleven in the morning, and two units of the fire "
              "service brought it under control within an hour. The distribution company's chief engineer said a "
              "cooling fault was the likely cause and that a committee of three engineers would look into it. "
              "Hospitals in the area ran on generators, and several shops on the main road closed early. Residents "
              "complained that no notice of the outage had been given on the company's page.",
              "The company said a new transformer would be installed within a week."),
    "fire": ("bn",
             "রাজধানীর কামরাঙ্গীরচরে একটি প্লাস্টিক কারখানায় বুধবার সকালে আগুন লেগে তিনজন শ্রমিক দগ্ধ হয়েছেন।",
             "কামরাঙ্গীরচরের কারখানায় অগ্নিকাণ্ডে আহত এক শ্রমিক বুধবার বিকেলে চিকিৎসাধীন অবস্থায় মারা গেছেন, আরও দুজনের অবস্থা আশঙ্কাজনক।",
             "ফায়ার সার্ভিসের পাঁচটি ইউনিট প্রায় দুই ঘণ্টার চেষ্টায় আগুন নিয়ন্ত্রণে আনে বলে ফায়ার সার্ভিসের নিয়ন্ত্রণকক্ষ "
             "জানিয়েছে। দগ্ধ শ্রমিকদের শেখ হাসিনা জাতীয় বার্ন ইনস্টিটিউটে ভর্তি করা হয়েছে। কারখানার পাশের একটি গুদামেও আগুন "
             "ছড়িয়ে পড়েছিল বলে স্থানীয় লোকজন জানান। আগুনের কারণ এখনো জানা যায়নি, তদন্তের জন্য তিন সদস্যের একটি কমিটি "
             "গঠন করা হয়েছে। কারখানাটির কোনো অগ্নিনিরাপত্তা সনদ ছিল না বলে ফায়ার সার্ভিসের এক কর্মকর্তা জানিয়েছেন।",
             "নিহত শ্রমিকের পরিবারকে পঞ্চাশ হাজার টাকা দেওয়ার ঘোষণা দিয়েছে কারখানা কর্তৃপক্ষ।"),
    "exam": ("bn",
             "ঘন কুয়াশার কারণে সিলেট বিভাগের চারটি কেন্দ্রে রোববারের ভর্তি পরীক্ষা এক ঘণ্টা পিছিয়ে শুরু হয়েছে।",
             "দুই ঘণ্টা দেরিতে শুরু হওয়া ভর্তি পরীক্ষা শেষ হয়েছে বিকেল চারটায়, কুয়াশায় বেশির ভাগ কেন্দ্রে সকালের সূচি বদলাতে হয়।",
             "সকাল দশটায় পরীক্ষা শুরুর কথা থাকলেও বেশির ভাগ পরীক্ষার্থী সময়মতো কেন্দ্রে পৌঁছাতে পারেনি। বিশ্ববিদ্যালয়ের "
             "ভর্তি কমিটির সদস্যসচিব বলেন, দূরের উপজেলা থেকে আসা শিক্ষার্থীদের কথা ভেবে এ সিদ্ধান্ত নেওয়া হয়েছে। চারটি কেন্দ্রে "
             "মোট প্রায় বারো হাজার শিক্ষার্থী পরীক্ষায় অংশ নেওয়ার কথা। অভিভাবকেরা কেন্দ্রের বাইরে খোলা মাঠে দীর্ঘ সময় অপেক্ষা "
             "করেন। ফল আগামী সপ্তাহে বিশ্ববিদ্যালয়ের ওয়েবসাইটে প্রকাশ করা হবে বলে কমিটি জানিয়েছে। গত বছরও কুয়াশার কারণে একই "
             "বিভাগে একটি পরীক্ষার সময় বদলাতে হয়েছিল বলে কমিটির এক সদস্য মনে করিয়ে দেন।",
             "পরীক্ষা শেষে কয়েকটি কেন্দ্রে যানজটে শিক্ষার্থীদের বাড়ি ফিরতে দেরি হয়।"),
    "bridge": ("bn",
               "ভারী যানবাহনের চাপে ফাটল দেখা দেওয়ায় মঙ্গলবার সকাল থেকে কুমার নদের ওপর সেতুটি দিয়ে ট্রাক চলাচল বন্ধ রাখা হয়েছে।",
               "কুমার নদের ওপর ফাটল ধরা সেতু দিয়ে মঙ্গলবার সন্ধ্যা থেকে সব ধরনের যান চলাচল বন্ধ করে দিয়েছে সড়ক বিভাগ।",
               "সড়ক বিভাগের নির্বাহী প্রকৌশলী বলেন, সেতুর মাঝের দুটি স্প্যানে ফাটল দেখা গেছে এবং বিশেষজ্ঞ দল পরীক্ষা করবে। "
               "সেতুর দুই পাশে শত শত ট্রাক আটকে পড়েছে, চালকেরা বিকল্প পথ খুঁজছেন। স্থানীয় লোকজন জানান, কয়েক মাস ধরেই "
               "সেতুর রেলিং ভাঙা ছিল এবং বারবার জানানো হলেও মেরামত হয়নি। বিকল্প হিসেবে পাশের ফেরিঘাট চালু করার চেষ্টা চলছে "
               "বলে জেলা প্রশাসন জানিয়েছে। সেতুটি প্রায় চল্লিশ বছর আগে নির্মিত হয়েছিল এবং এর আগে একবার সংস্কার করা হয়।",
               "পায়ে হেঁটে সেতু পার হতে পারবেন যাত্রীরা, তবে রিকশা ও মোটরসাইকেলও চলবে না।"),
}

OUTLET = "One Outlet"


def _article(doc: int, text: str, language: str, title: str, outlet: str = OUTLET) -> Article:
    tokens, starts = words_and_sentences(text)
    return Article(doc, "2026-01-20", tokens, outlet, title, language, starts)


@pytest.mark.parametrize("name", sorted(UPDATED))
def test_one_outlets_update_of_its_piece_is_the_same_report(name):
    language, first, update, rest, added = UPDATED[name]
    piece = _article(1, first + " " + rest, language, "The morning headline of the piece")
    updated = _article(2, update + " " + rest + " " + added, language, "A new headline with the new figure")
    assert is_copy(piece, updated) is not None
    assert [(c.doc, c.report) for c in report_groups([piece, updated])] == [(2, 1)]


@pytest.mark.parametrize("name", sorted(UPDATED))
def test_one_outlets_mid_match_piece_inside_its_full_report_stays_apart(name):
    """The full piece carries the first one whole under three new sentences of substantial news of
    its own (the result after the innings break, the verdict after the hearing): two reports."""
    language, first, update, rest, added = UPDATED[name]
    news = " ".join([update, added, update.replace(".", ",").replace("।", ",") + " " + added, first])
    early = _article(1, first + " " + rest, language, "The early piece")
    full = _article(2, news + " " + first + " " + rest, language, "The full report later")
    assert is_copy(early, full) is None


def test_one_outlets_pieces_sharing_a_stock_paragraph_stay_apart():
    language, first, _, rest, _ = UPDATED["ferry"]
    other_language, other_first, _, other_rest, _ = UPDATED["strike"]
    stock = ("The river police have recorded more than forty capsizes in the district this year, most of them "
             "of small boats carrying more passengers than they were built for.")
    one = _article(1, first + " " + rest + " " + stock, language, "Ferry capsizes in the Meghna")
    two = _article(2, other_first + " " + other_rest + " " + stock, other_language, "Transport strike in Rajshahi")
    assert is_copy(one, two) is None
