"""Related-story headlines and "read more" runs flattened into the body (articles written here)."""
from khobor.clean import related
from khobor.clean.structure import build_record
from khobor.ingest.raw import RawArticle


def record(text, language, title=None):
    return build_record(RawArticle(source="t.txt", text=text, language=language, title=title))


EN_FLAT = ("The river rose by two metres overnight, officials in Sunamganj said on Monday. "
           "Sunamganj ferry workers' strike: owners promise 'full pay' within a week "
           "The district administration said on Monday that talks with the ferry owners' association would "
           "continue until every worker was paid, and that boats run by the army would carry passengers meanwhile. "
           "Boats were sent to villages cut off by the water.")
EN_TITLE = "Sunamganj ferry workers strike for a second day over unpaid wages"


def test_english_headline_glued_to_next_sentence_is_removed_and_listed():
    """The model is precision-first: a headline sharing the story's names, with a colon and quotes."""
    rec = record(EN_FLAT, "en", title=EN_TITLE)
    assert "Sunamganj ferry workers' strike: owners promise 'full pay' within a week" in rec.removed
    assert "owners promise" not in rec.text
    assert "The district administration said on Monday that talks" in rec.text


def test_names_and_dates_inside_a_sentence_are_not_cut():
    text = ("Relief arrived late in the day. Officials met on 8 February in the capital to plan the "
            "response. Minister Karim Uddin visited the shelters. The talks were led by Rahim Sheikh "
            "who said more boats would come.")
    rec = record(text, "en", title="Relief arrives")
    assert rec.text == "Relief arrives\n" + text
    assert not rec.removed


def test_candidate_cuts_need_a_lower_case_word_then_a_clause_start():
    words = "Ferry workers stage strike Officials said the boats would leave .".split()
    assert related.candidate_cuts(words) == [4]
    assert related.candidate_cuts("The talks were led by Rahim Sheikh who said more .".split()) == []


def test_headline_model_carries_no_words():
    model = related.model_for("en")
    assert model is not None and len(model.weights) == len(related.FEATURES)
    assert related.model_for("xx") is None


BN_RUN = ("নদীর পানি বিপৎসীমার ওপরে উঠেছে। আরো পড়ুন: নদীতে নৌকাডুবি: নিখোঁজ দুই শিশু বাজারে দাম বাড়ল চালের "
          "রবিবার (২৮ ডিসেম্বর) এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে। আশ্রয়কেন্দ্রে খাবার পাঠানো হচ্ছে।")


def test_bengali_read_more_run_ends_where_a_body_sentence_starts():
    rec = record(BN_RUN, "bn")
    assert "আরো পড়ুন: নদীতে নৌকাডুবি: নিখোঁজ দুই শিশু বাজারে দাম বাড়ল চালের" in rec.removed
    assert "রবিবার (২৮ ডিসেম্বর) এক বিজ্ঞপ্তিতে" in rec.text


def test_bengali_read_more_without_a_clear_end_loses_only_the_marker():
    rec = record("প্রথম বাক্যটি এখানে লেখা হলো। আরো পড়ুন: স্টেশন মাস্টার করিম বলেন, রেললাইন সরানো হয়েছে। শেষ বাক্য।", "bn")
    assert rec.removed == ["আরো পড়ুন:"]
    assert "স্টেশন মাস্টার করিম বলেন" in rec.text


def test_bare_bengali_read_more_marker_between_sentences():
    rec = record("প্রথম বাক্যটি এখানে লেখা হলো।’ আরও পড়ুন প্রভাব দেব সাংবাদিকদের বলেন, ‘জায়গাটি পুরোনো।’ শেষ বাক্য।", "bn")
    assert rec.removed == ["আরও পড়ুন"]
    assert "প্রভাব দেব সাংবাদিকদের বলেন" in rec.text


def test_more_news_run_is_removed():
    rec = record("নদীর পানি বাড়ছে বলে জানিয়েছে কর্তৃপক্ষ। বিবিসি বাংলায় আরও খবর: সীমান্তে উত্তেজনা বাড়ছে "
                 "তিনি বলেন, আশ্রয়কেন্দ্রে খাবার পাঠানো হচ্ছে। শেষ বাক্য এখানে।", "bn")
    assert any(r.startswith("বিবিসি বাংলায় আরও খবর") for r in rec.removed)
    assert "তিনি বলেন, আশ্রয়কেন্দ্রে" in rec.text and "সীমান্তে" not in rec.text


P1 = "প্রথম অনুচ্ছেদের প্রথম বাক্য এখানে লেখা হলো। এর পরের বাক্যও এই অনুচ্ছেদের অংশ।"
P2 = "দ্বিতীয় অনুচ্ছেদে নেতা বলেন, ‘‘আমাদের দলের শীর্ষ নেতা চলে গেছেন। এটা একটা কষ্ট।’’"


def test_doubled_paragraphs_go_whole_before_sentences_are_split():
    """A flattened page that repeats each paragraph: the first complete copy stays, no fragment."""
    rec = record(f"{P1} {P1} {P2} {P2} শেষ বাক্যটি এখানে লেখা হলো।", "bn")
    body = rec.text
    assert body.count("প্রথম অনুচ্ছেদের") == 1 and body.count("একটা কষ্ট") == 1
    assert P1 in rec.removed and P2 in rec.removed
    assert body.endswith("শেষ বাক্যটি এখানে লেখা হলো।")


def test_short_repeats_inside_a_paragraph_are_not_paragraphs():
    from khobor.clean.dedupe import drop_doubled_paragraphs
    removed = []
    line = "তিনি বলেন, হ্যাঁ। তিনি বলেন, হ্যাঁ। এরপর সভা শেষ হয়।"
    assert drop_doubled_paragraphs(line, removed) == line and not removed


def test_english_read_more_run_ends_at_a_clause_start_else_only_the_marker_goes():
    rec = record("The river rose overnight, officials said. Read more: Ferry workers stage strike over unpaid "
                 "wages The district administration said relief would reach every shelter. Boats were sent.", "en")
    assert rec.removed == ["Read more: Ferry workers stage strike over unpaid wages"]
    assert "The district administration said relief" in rec.text
    rec = record("The river rose overnight, officials said. Read more: Man held with 10 kg of fish Shawkat "
                 "Hossain Massum said it was a good day. Boats were sent.", "en")
    assert rec.removed == ["Read more:"]
    assert "Shawkat Hossain Massum said" in rec.text


def test_bengali_district_desk_header():
    rec = record("সিলেট প্রতিনিধি || টানা বৃষ্টিতে জেলার নিচু এলাকা প্লাবিত হয়েছে। শেষ বাক্য।", "bn")
    assert rec.removed == ["সিলেট প্রতিনিধি ||"] and rec.text.startswith("টানা বৃষ্টিতে")


def test_a_related_headline_glued_before_a_sentence_opener_is_removed_and_listed():
    """A word that opens sentences ("Regarding"), capitalised after a word with no stop: the words
    before it in that sentence are a related headline, where the model gives them its lower bar."""
    text = ("The returning officer received 14 nomination papers on Sunday. Jahangir Alam submits nomination "
            "papers for Sylhet-1 on final day Regarding the removal of posters and banners from the city, the "
            "returning officer said that every candidate had been told to take them down by Thursday evening "
            "or face a fine under the electoral code.")
    rec = record(text, "en", title="Nomination papers submitted in Sylhet")
    assert rec.removed == ["Jahangir Alam submits nomination papers for Sylhet-1 on final day"]
    assert "Jahangir Alam" not in rec.text and "Regarding the removal of posters and banners" in rec.text


def test_an_unsure_glued_opener_splits_the_sentence_and_removes_nothing():
    """Below the bar the words stay, but the sentence ends before the opener: a headline left in
    the text is then no subject of the sentence after it; a name after "on" stays whole."""
    text = ("Nadia Islam said the port was open on Sunday. Tom Reyes visits flood-hit Sylhet on final day "
            "Regarding the new voters, Nadia Islam said two million people had registered. Reporters asked "
            "about the attacks on The Daily Star offices in the capital.")
    rec = record(text, "en", title="Port reopens after the storm")
    sentences = [rec.text[s.start:s.end] for s in rec.sentences]
    assert not rec.removed
    assert "Tom Reyes visits flood-hit Sylhet on final day" in sentences
    assert any(s.startswith("Regarding the new voters") for s in sentences)
    assert any(s.endswith("on The Daily Star offices in the capital.") for s in sentences)


def test_a_sentence_that_only_lost_its_stop_before_an_opener_stays():
    text = ("The commission met on Monday. However, he added, a level playing field has not yet been created "
            "for all the parties The commission will meet again on Thursday to decide the schedule.")
    rec = record(text, "en", title="Commission meets")
    assert "a level playing field has not yet been created" in rec.text and not rec.removed
