"""Bengali quote rules of round 39 (issue 10), each on sentences written for it: a thing declared is
no words said (thing_declared), condolence to an addressee tells a feeling with no content
(feeling_only), a lead closing in the converb's object noun is no report (noun_object_of_converb),
a quotation running on after a quote of its speaker is that quote (quotation_goes_on), and a
sentence going on with a report is no separate quote of a later "এসব কথা" (report_running_on)."""
from __future__ import annotations

import unicodedata

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.record import Actor, Entity, Record, record_id

RINA = Actor(id="rina-das", name="Rina Das", country="BGD", sector="GOV")


def _quotes(text: str) -> list[tuple[str, str | None]]:
    """The quotes of `text` (text, speaker's actor name) with "রিনা দাস" placed as a PER entity."""
    text = unicodedata.normalize("NFC", text)
    at = text.index("রিনা দাস")
    ents = [Entity(text="রিনা দাস", start=at, end=at + len("রিনা দাস"), type="PER", actor=RINA)]
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01", entities=ents)
    quotes.run(rec, lang.load("bn"))
    return [(q.text.rstrip("।,"), q.speaker.actor.name if q.speaker and q.speaker.actor else None) for q in rec.quotes]


def test_a_thing_declared_is_no_quote():
    assert _quotes("বৃহস্পতিবার সন্ধ্যায় জাতির উদ্দেশে ভাষণে নির্বাচনের তফসিল ঘোষণা করেন রিনা দাস।") == []
    assert _quotes("শ্রীলঙ্কা সফরের জন্য দল ঘোষণা করেছেন নির্বাচক রিনা দাস।") == []


def test_an_act_announced_in_the_genitive_is_a_quote():
    assert _quotes("গত মাসে দলের সব পদ ছাড়ার ঘোষণা দেন রিনা দাস।") == [("গত মাসে দলের সব পদ ছাড়ার", "Rina Das")]
    # an emphatic clitic after the genitive keeps it an act announced
    assert _quotes("একই দিনে গণভোট আয়োজনেরও ঘোষণা দিয়েছেন রিনা দাস।") == [("একই দিনে গণভোট আয়োজনেরও", "Rina Das")]


def test_condolence_to_a_family_is_a_feeling_with_no_content():
    assert _quotes("রিনা দাস শোকসন্তপ্ত পরিবারের সদস্যদের প্রতি গভীর সমবেদনা জানান।") == []
    # words said to the family are a quote
    assert _quotes("রিনা দাস বলেন, শোকসন্তপ্ত পরিবারের পাশে সরকার সবসময় থাকবে।") == [
        ("শোকসন্তপ্ত পরিবারের পাশে সরকার সবসময় থাকবে", "Rina Das")]


def test_a_lead_closing_in_the_converbs_object_is_no_report():
    got = _quotes("এ সময় দেশবাসীর প্রতি শান্ত থাকার আহ্বান জানিয়ে রিনা দাস বলেন, পরিস্থিতি এখন নিয়ন্ত্রণে আছে।")
    assert got == [("পরিস্থিতি এখন নিয়ন্ত্রণে আছে", "Rina Das")]
    got = _quotes("অনুদানের টাকা ফেরত দেওয়ার কথা জানিয়ে রিনা দাস বলেন, সবার টাকা এক এক করে ফেরত যাবে।")
    assert got == [("সবার টাকা এক এক করে ফেরত যাবে", "Rina Das")]
    # a lead of words said stays a quote of its own
    got = _quotes("বাঁধ মেরামতের কাজ শিগগির শুরু হবে জানিয়ে রিনা দাস বলেন, বরাদ্দ পাওয়া গেছে।")
    assert ("বাঁধ মেরামতের কাজ শিগগির শুরু হবে", "Rina Das") in got


def test_a_quotation_running_on_is_one_quote():
    got = _quotes("রিনা দাস বলেন, ‘তিন মাস ধরে বেতন পাই না। কারখানা বন্ধ।’ ‘ছেলের স্কুলের বেতনও বাকি। কী করব জানি না।’")
    assert got == [("তিন মাস ধরে বেতন পাই না। কারখানা বন্ধ।’ ‘ছেলের স্কুলের বেতনও বাকি। কী করব জানি না", "Rina Das")]
    # narration between: two quotes
    got = _quotes("রিনা দাস বলেন, ‘তিন মাস ধরে বেতন পাই না। কারখানা বন্ধ।’ কারখানাটি গত মাসে বন্ধ হয়। "
                  "‘ছেলের স্কুলের বেতনও বাকি। কী করব জানি না।’")
    assert len(got) == 2


def test_a_sentence_going_on_with_a_report_is_not_the_words_referred_back():
    got = _quotes("রিনা দাস বলেন, নির্বাচনের সব প্রস্তুতি শেষ হয়েছে। আমরা পুরোপুরি প্রস্তুত। "
                  "রোববার এক সভায় তিনি এসব কথা বলেন।")
    assert got == [("নির্বাচনের সব প্রস্তুতি শেষ হয়েছে", "Rina Das")]
    # with no report before it, the sentence is what the reference stands for
    got = _quotes("নদীর বাঁধের মেরামত কাজ শেষ হয়েছে। রোববার এক সভায় রিনা দাস এসব কথা বলেন।")
    assert got == [("নদীর বাঁধের মেরামত কাজ শেষ হয়েছে", "Rina Das")]


def test_words_on_a_placard_are_no_quote():
    # the placard's words are no quote of their own (those of the sentence's demand may hold them)
    got = _quotes("রিনা দাস ‘ক্যাম্পাসে সহিংসতা চাই না’ লেখা প্ল্যাকার্ড বহন করেন এবং হামলাকারীদের দ্রুত বিচার দাবি করেন।")
    assert ("ক্যাম্পাসে সহিংসতা চাই না", "Rina Das") not in got and got
    got = _quotes("রিনা দাস ‘বিচার চাই’, ‘জান দেবো, জুলাই দেবো না’ এবং ‘জিন্দাবাদ’— এ ধরনের লেখা সংবলিত "
                  "প্ল্যাকার্ড হাতে নিয়ে হত্যার বিচারের দাবি জানান।")
    assert not any(t in ("বিচার চাই", "জান দেবো, জুলাই দেবো না", "জিন্দাবাদ") for t, _ in got)
    # slogans somebody is said to chant stay a quote
    got = _quotes("মিছিল থেকে রিনা দাস ‘বিচার চাই’সহ নানা স্লোগান দেন।")
    assert got == [("বিচার চাই", "Rina Das")]
