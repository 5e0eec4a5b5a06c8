"""The cleaner on articles we wrote ourselves: boilerplate out and listed, captions with their
credits, bylines with authors and agencies, repeated text removed, sentences split."""
import unicodedata

from khobor.ingest.raw import RawArticle
from khobor.pipeline import process

BN_ARTICLE = "\n".join([
    "ঢাকায় শীতের প্রকোপ বাড়ছে",
    "রাজধানীতে আজ তাপমাত্রা আরও কমেছে বলে আবহাওয়া অধিদপ্তর জানিয়েছে। মিঃ রহমান বলেন, আগামী সপ্তাহে শৈত্যপ্রবাহ আসতে পারে।",
    "[বিজ্ঞাপন_১]",
    "শহরের ফুটপাতে গরম কাপড়ের দোকানে ভিড় দেখা গেছে। ক্রেতারা বলছেন দাম বেশি।",
    "আরও পড়ুন: শীতে সুস্থ থাকার দশটি উপায়",
    "কুয়াশায় ঢাকা একটি সড়কে যানবাহন চলছে। ছবি: রয়টার্স",
    "শহরের ফুটপাতে গরম কাপড়ের দোকানে ভিড় দেখা গেছে। ক্রেতারা বলছেন দাম বেশি।",
    "রহিম উদ্দিন ও করিম শেখ ( এএফপি , রয়টার্সের মতে)",
    "উৎস লিঙ্ক",
    "মন্তব্য (3)",
])


def bn_record(text=BN_ARTICLE, **kw):
    return process(RawArticle(source="test.txt", text=text, title_from_first_line=True, **kw), extract=False)


def block_texts(rec, kind):
    return [rec.text[b.start:b.end] for b in rec.blocks if b.kind == kind]


def test_title_body_caption_byline_in_reading_order():
    rec = bn_record()
    assert rec.title == "ঢাকায় শীতের প্রকোপ বাড়ছে"
    assert [b.kind for b in rec.blocks] == ["title", "body", "body", "caption", "byline"]
    cap = [b for b in rec.blocks if b.kind == "caption"][0]
    assert cap.credit == "Reuters"
    assert rec.text[cap.start:cap.end].startswith("কুয়াশায় ঢাকা")
    assert rec.byline.authors == ["রহিম উদ্দিন", "করিম শেখ"]
    assert rec.byline.agencies == ["AFP", "Reuters"]


def test_boilerplate_and_repeats_removed_and_listed_verbatim():
    rec = bn_record()
    for junk in ["[বিজ্ঞাপন_১]", "উৎস লিঙ্ক", "মন্তব্য (3)", "আরও পড়ুন: শীতে সুস্থ থাকার দশটি উপায়"]:
        assert junk not in rec.text
        assert junk in rec.removed
    assert rec.text.count("শহরের ফুটপাতে গরম কাপড়ের") == 1
    assert any(r.startswith("শহরের ফুটপাতে") for r in rec.removed)


def test_text_is_nfc_and_offsets_point_into_it():
    decomposed = unicodedata.normalize("NFD", BN_ARTICLE)
    rec = bn_record(decomposed)
    assert unicodedata.is_normalized("NFC", rec.text)
    assert rec.id == bn_record().id
    for s in rec.sentences:
        assert rec.text[s.start:s.end].strip() == rec.text[s.start:s.end]


def test_sentences_split_at_danda_but_not_after_abbreviations():
    rec = bn_record()
    sentences = [rec.text[s.start:s.end] for s in rec.sentences]
    assert "মিঃ রহমান বলেন, আগামী সপ্তাহে শৈত্যপ্রবাহ আসতে পারে।" in sentences
    en = process(RawArticle(source="e.txt", text="Mr. Smith met U.S. officials and J. K. Roe in Dhaka on Monday. "
                            "They talked.It rained. He posted on X. He said so."), extract=False)
    assert [en.text[s.start:s.end] for s in en.sentences] == [
        "Mr. Smith met U.S. officials and J. K. Roe in Dhaka on Monday.", "They talked.", "It rained.",
        "He posted on X.", "He said so."]


def test_sentences_repeated_inside_a_flattened_paragraph_are_removed():
    para = ("নদীর পানি বিপদসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। নদীর পানি বিপদসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। "
            "বাঁধ রক্ষায় কাজ চলছে বলে জানিয়েছে কর্তৃপক্ষ।")
    rec = bn_record(para)
    assert rec.text.count("নদীর পানি বিপদসীমার") == 1
    assert "বাঁধ রক্ষায় কাজ চলছে" in rec.text


def test_wire_credit_at_the_end_becomes_the_byline():
    text = "মস্কোতে আজ বড় সমাবেশ হয়েছে। হাজারো মানুষ এতে যোগ দেন। খবর আরটির"
    rec = bn_record(text)
    assert rec.byline.agencies == ["RT"]
    assert block_texts(rec, "byline") == ["খবর আরটির"]
    assert "হাজারো মানুষ এতে যোগ দেন।" in block_texts(rec, "body")[0]


def test_english_dateline_caption_and_widgets():
    text = "\n".join([
        "MOSCOW (Reuters) - Officials met on Tuesday to discuss the grain deal, a spokesman said.",
        "Share on Facebook",
        "Read more: Ten things to know about grain",
        "Officials inspect a ship in the port. Photo: AFP",
        "Source link",
    ])
    rec = process(RawArticle(source="e.txt", text=text), extract=False)
    assert rec.language == "en"
    assert rec.byline.agencies == ["Reuters"]
    assert [b.credit for b in rec.blocks if b.kind == "caption"] == ["AFP"]
    for junk in ["Share on Facebook", "Source link", "Read more: Ten things to know about grain"]:
        assert junk in rec.removed and junk not in rec.text


def test_published_normalised_from_metadata_and_never_invented():
    assert bn_record(published="2025-12-29T11:59:43+06:00").published == "2025-12-29"
    assert bn_record(published="Fri, 15 Sep 2023 10:00:00 GMT").published == "2023-09-15"
    assert bn_record(published="২৮ ডিসেম্বর ২০২৫").published == "2025-12-28"
    assert bn_record(published="sometime").published is None
    assert bn_record().published is None


def test_desk_labels_are_not_authors():
    rec = bn_record("ঢাকায় আজ বৃষ্টি হয়েছে। সড়কে পানি জমেছে।\nনিজস্ব প্রতিবেদক (বাসস অবলম্বনে)")
    assert rec.byline.authors == [] and rec.byline.agencies == ["BSS"]


def test_metadata_authors_lose_urls_headlines_and_desks():
    rec = bn_record(authors=["https://www.example.com", "স্পোর্টস ডেস্ক", "ঢাকায় শীতের প্রকোপ বাড়ছে", "UNB"])
    assert rec.byline.authors == ["রহিম উদ্দিন", "করিম শেখ"]
    assert "UNB" in rec.byline.agencies


def test_seed_structure(seed_path):
    from khobor.ingest import read_inputs
    (raw,) = list(read_inputs([str(seed_path)]))
    rec = process(raw, extract=False)
    assert rec.language == "bn"
    assert rec.byline.authors == ["হুয়েন লে"] and rec.byline.agencies == ["AFP", "Reuters"]
    assert [b.credit for b in rec.blocks if b.kind == "caption"] == ["Reuters", "KCNA"]
    assert rec.removed == ["[বিজ্ঞাপন_২]", "উৎস লিঙ্ক", "মন্তব্য (0)"]
    assert sum(b.kind == "body" for b in rec.blocks) == 10


def test_publication_date_from_a_dateline_or_page_header_but_not_from_a_bare_day():
    en = process(RawArticle(source="e.txt", text="DHAKA, December 29, 2025 (Reuters) - Talks resumed on Monday, officials said."),
                 extract=False)
    assert en.published == "2025-12-29"
    yearless = process(RawArticle(source="e.txt", text="DHAKA, December 29 (Reuters) - Talks resumed on Monday, officials said."),
                       extract=False)
    assert yearless.published is None
    header = ("ঢাকা সোমবার, ২৯ ডিসেম্বর ২০২৫ স্পোর্টস ডেস্ক প্রকাশ: ২৮ ডিসেম্বর ২০২৫ | ১৩:১২ "
              "সিলেটে আজ বৃষ্টি হয়েছে। খেলা শুরু হতে দেরি হয়।")
    rec = bn_record(header)
    assert rec.published == "2025-12-28"
    assert rec.text.startswith("সিলেটে আজ বৃষ্টি হয়েছে।")


def test_wire_captions_credited_without_a_marker():
    text = "\n".join([
        "Leaders met in Vladivostok on Wednesday, officials said. The talks lasted four hours.",
        "Vladimir Putin and Kim Jong Un walk at the cosmodrome. (Sputnik/Kremlin via Reuters)",
        "A train arrives at the border station. REUTERS/Jane Roe",
        "Officials said more talks were planned (details were not given).",
    ])
    rec = process(RawArticle(source="e.txt", text=text), extract=False)
    assert [b.credit for b in rec.blocks if b.kind == "caption"] == ["Reuters", "Reuters"]
    assert [b.kind for b in rec.blocks][-1] == "body"


def test_headline_detection_in_plain_text():
    def title_of(text):
        return process(RawArticle(source="t.txt", text=text, title_from_first_line=True), extract=False).title
    assert title_of("Will the ceasefire hold?\nTalks resumed on Monday, officials said.") == "Will the ceasefire hold?"
    assert title_of("Talks resumed on Monday, officials said.\nThe ceasefire held.") is None
    assert title_of("রাশিয়া সফরে কিম\nউত্তর কোরিয়ার নেতা রাশিয়ায় পৌঁছেছেন।") == "রাশিয়া সফরে কিম"
    assert title_of("একটাই লাইন, কোনো শিরোনাম নেই") is None


def test_copyright_lines_are_boilerplate():
    text = "Talks resumed on Monday, officials said. Both sides welcomed the move. Copyright © 2025, Example News"
    rec = process(RawArticle(source="e.txt", text=text), extract=False)
    assert "Copyright" not in rec.text and rec.text.endswith("welcomed the move.")
    assert "Copyright © 2025, Example News" in rec.removed


def test_pathological_text_stays_linear():
    words = "ঢাকায় বৃষ্টি হয়েছে এবং মানুষ দুর্ভোগে পড়েছে "
    rec = bn_record(words * 3000)   # 21,000 words, no punctuation, one phrase doubled 3,000 times
    assert all(s.end - s.start <= 1500 for s in rec.sentences)
    assert rec.text.count("দুর্ভোগে") < 3000


def test_stray_zwnj_inside_bengali_words_is_removed_but_zwj_kept():
    rec = bn_record("মো\u200cদি ব\u200cলে\u200cছেন, র\u200d্যাব সদস্যরা ঢাকায় আছেন।")
    assert "\u200c" not in rec.text and rec.text.startswith("মোদি বলেছেন")
    assert "র\u200d্যাব" in rec.text


def test_desk_signoff_and_related_topics_label_at_the_end():
    rec = bn_record("সিলেটে আজ বৃষ্টি হয়েছে। খেলা শুরু হতে দেরি হয়। ঢাকা/করিম সম্পর্কিত বিষয়:")
    assert rec.text.endswith("খেলা শুরু হতে দেরি হয়।")
    assert "ঢাকা/করিম" in rec.removed


def test_alternation_finds_the_matches_of_the_whole_alternation():
    """Each part searched alone, the first part that matches at the leftmost start wins, as in the
    alternation: "^ab" before the longer "abc" at 0; the anchor holds at the text's start only."""
    from khobor.clean.rules import Alternation
    parts = ["^ab", "a", "abc", "c(?P<published>\\d)"]
    alt = Alternation(parts)
    for text in ["abcab", "xabc", "c1abca", "ac2c3", ""]:
        want = [(m.span(), m.groupdict()) for m in alt.rx.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in alt.finditer(text)] == want
        assert alt.sub(" ", text) == alt.rx.sub(" ", text)
    assert [m.span() for m in alt.finditer("abcab")] == [(0, 2), (3, 4)]
    assert alt.sub("-", "ac2c3") == "---"


def test_space_runs_become_one_space_and_lone_spaces_stay():
    from khobor.clean.normalise import normalise_text
    assert normalise_text("a  b\tc\u00a0d \u2009e f") == "a b c d e f"
    assert normalise_text(" ঢাকা   শহর \n\t নদী ") == "ঢাকা শহর\nনদী"
