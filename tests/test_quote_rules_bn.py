"""Bengali speaker and quote rules of the quotes layer (quoted_name, speaker_after_run, expressed_feeling,
coordinated_subjects, object_cue_lead, titled_otherwise, referring_modifier_dropped, genitive_owner, and the
question and matter-mentioned cues, body_before_closing_title, person_cue_region, words_referred_back, denial,
title_of_interlocutor), each on sentences written for it; entities are placed by hand."""
from __future__ import annotations

import unicodedata

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.record import Actor, Entity, Record, record_id

RINA = Actor(id="rina-das", name="Rina Das", country="BGD", sector="GOV")
SHAHNAZ = Actor(id="shahnaz-parvin", name="Shahnaz Parvin", country="BGD", sector="CVL")


def _quotes(text: str, name: str, actor: Actor) -> list[tuple[str, str | None]]:
    """The quotes of `text` (text, speaker's name) with `name` placed as a PER entity of `actor`."""
    return _quotes_of(text, {name: actor})


def test_a_quoted_title_is_no_quotation_and_lets_the_speaker_through():
    got = _quotes("রাতে ফেসবুকে ‘আমার অবস্থান’ শিরোনামে দেওয়া এক পোস্টে রিনা দাস লিখেছেন, "
                  "‘আমরা কোনো চাপের কাছে মাথা নত করব না।’", "রিনা দাস", RINA)
    assert got == [("আমরা কোনো চাপের কাছে মাথা নত করব না", "Rina Das")]


def test_a_quoted_name_is_no_quotation_but_a_word_of_the_report():
    got = _quotes("রিনা দাস বলেন, ‘সবুজ বাংলা’ নামে নতুন একটি সংগঠন গড়া হবে।", "রিনা দাস", RINA)
    assert got == [("‘সবুজ বাংলা’ নামে নতুন একটি সংগঠন গড়া হবে", "Rina Das")]


def test_a_run_of_quotations_is_the_speaker_named_after_the_last():
    got = _quotes("‘তিন মাস ধরে বেতন পাই না।’ ‘ছেলের স্কুলের বেতনও বাকি,’ বলছিলেন শাহনাজ পারভীন।",
                  "শাহনাজ পারভীন", SHAHNAZ)
    assert got == [("তিন মাস ধরে বেতন পাই না", "Shahnaz Parvin"), ("ছেলের স্কুলের বেতনও বাকি", "Shahnaz Parvin")]


def test_narration_between_ends_the_run():
    got = _quotes("‘তিন মাস ধরে বেতন পাই না।’ কারখানাটি গত মাসে বন্ধ হয়ে গেছে। ‘ছেলের স্কুলের বেতনও বাকি,’ "
                  "বলছিলেন শাহনাজ পারভীন।", "শাহনাজ পারভীন", SHAHNAZ)
    assert got == [("তিন মাস ধরে বেতন পাই না", None), ("ছেলের স্কুলের বেতনও বাকি", "Shahnaz Parvin")]


def _quotes_with(text: str, ents: list[tuple[str, str, Actor | None]]) -> list[tuple[str, str | None, str | None]]:
    """The quotes of `text` (text, speaker's words, speaker's actor name) with entities placed by
    hand as (surface, type, actor)."""
    text = unicodedata.normalize("NFC", text)
    placed = [Entity(text=n, start=text.index(n), end=text.index(n) + len(n), type=t, actor=a) for n, t, a in ents]
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01",
                 entities=sorted(placed, key=lambda e: e.start))
    quotes.run(rec, lang.load("bn"))
    return [(q.text.rstrip("।,"), q.speaker.text if q.speaker else None,
             q.speaker.actor.name if q.speaker and q.speaker.actor else None) for q in rec.quotes]


def _quotes_of(text: str, people: dict[str, Actor]) -> list[tuple[str, str | None]]:
    """The quotes of `text` (text, speaker's name) with each of `people` placed as a PER entity."""
    return [(t, who) for t, _, who in _quotes_with(text, [(n, "PER", a) for n, a in people.items()])]


def test_a_condolence_keeps_the_feeling_in_the_words():
    # feeling_only: a feeling and its occasion alone tell no content, so no quote (DECISIONS Q7)
    got = _quotes("সাবেক সাংসদ করিম উদ্দিনের মৃত্যুতে গভীর শোক প্রকাশ করেছেন রিনা দাস।", "রিনা দাস", RINA)
    assert got == []
    # nor a feeling and its addressee (round 39: the gold codes no condolence to a family)
    got = _quotes("রিনা দাস শোকসন্তপ্ত পরিবারের প্রতি গভীর সমবেদনা জানান।", "রিনা দাস", RINA)
    assert got == []
    # an object noun that is no feeling stays out of the words
    got = _quotes("রিনা দাস সবাইকে শান্ত থাকার আহ্বান জানান।", "রিনা দাস", RINA)
    assert got == [("সবাইকে শান্ত থাকার", "Rina Das")]


def test_each_of_several_people_after_the_cue_said_it():
    people = {"রিনা দাস": RINA, "শাহনাজ পারভীন": SHAHNAZ}
    got = _quotes_of("করিম উদ্দিনের হত্যাকারীদের দ্রুত বিচারের দাবি জানিয়েছেন সংগঠনের সভাপতি রিনা দাস ও সাধারণ সম্পাদক "
                     "শাহনাজ পারভীন।", people)
    assert got == [("করিম উদ্দিনের হত্যাকারীদের দ্রুত বিচারের", "Rina Das"),
                   ("করিম উদ্দিনের হত্যাকারীদের দ্রুত বিচারের", "Shahnaz Parvin")]
    got = _quotes_of("‘আমরা আর অপেক্ষা করব না,’ বলেন রিনা দাস ও শাহনাজ পারভীন।", people)
    assert got == [("আমরা আর অপেক্ষা করব না", "Rina Das"), ("আমরা আর অপেক্ষা করব না", "Shahnaz Parvin")]
    # a person in the genitive is no second speaker
    got = _quotes_of("‘আমরা আর অপেক্ষা করব না,’ বলেন রিনা দাস ও শাহনাজ পারভীনের ছেলে।", people)
    assert ("আমরা আর অপেক্ষা করব না", "Shahnaz Parvin") not in got


def test_an_object_cue_after_a_quotation_does_not_take_it():
    got = _quotes("‘আমরা গভীর শোকাহত।’ করিম উদ্দিনের মৃত্যুতে শোক প্রকাশ করেছেন রিনা দাস।", "রিনা দাস", RINA)
    assert got == [("আমরা গভীর শোকাহত", None), ("করিম উদ্দিনের মৃত্যুতে শোক", "Rina Das")]


def test_a_run_of_slogans_is_one_quote_of_the_group_that_chanted():
    got = _quotes("মিছিল থেকে রিনা দাস ‘দফা এক, দাবি এক’, ‘আমার ভাই মরল কেন, জবাব চাই’সহ নানা স্লোগান দেন।",
                  "রিনা দাস", RINA)
    assert got == [("দফা এক, দাবি এক’, ‘আমার ভাই মরল কেন, জবাব চাই", "Rina Das")]
    # nobody named: the slogans are nobody's
    got = _quotes("রিনা দাস সভায় ছিলেন। এ সময় শিক্ষার্থীরা ‘দফা এক, দাবি এক’ ইত্যাদি স্লোগান দিতে থাকে।",
                  "রিনা দাস", RINA)
    assert got == [("দফা এক, দাবি এক", None)]
    # quoted words no slogan word follows are no slogans
    got = _quotes("রিনা দাস ‘সবুজ বাংলা’ প্রকল্পের উদ্বোধন করেন।", "রিনা দাস", RINA)
    assert got == []


def test_a_closing_mark_glued_to_its_suffix_closes_the_quotation():
    from khobor.quotes.marks import MarkRules, find_spans
    rules = MarkRules.from_data(lang.load("bn").yaml("quotes")["marks"])
    text = "তারা ‘এক’, ‘দুই’সহ নানা স্লোগান দেন। দু’সহস্র মানুষ ছিল।"
    assert [text[s.start:s.end] for s in find_spans(text, rules)] == ["‘এক’", "‘দুই’"]


def test_an_adjective_prodhan_is_no_speaker_but_a_compound_office_is():
    # adjective_title: "প্রধান কারণ" names nobody, so তিনি goes back to the person named before
    got = _quotes("কর্তৃপক্ষের নির্বাহী পরিচালক রিনা দাস বুধবার সেমিনারে বক্তব্য দেন। যানজটের প্রধান কারণ হিসেবে তিনি বলেন, "
                  "‘অবৈধ পার্কিং সড়কের অর্ধেক দখল করে রাখে।’", "রিনা দাস", RINA)
    assert got == [("অবৈধ পার্কিং সড়কের অর্ধেক দখল করে রাখে", "Rina Das")]
    # "পুলিশ প্রধান" (a bare noun before it) is one office, still a speaker whatever noun follows
    text = unicodedata.normalize("NFC", "আইজিপি রিনা দাস সোমবার বৈঠক করেন। পুলিশ প্রধান থানা থেকে লুট হওয়া অস্ত্র "
                                        "উদ্ধারে কর্মকর্তাদের নির্দেশ দেন।")
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01",
                 entities=[Entity(text="রিনা দাস", start=text.index("রিনা দাস"), end=text.index("রিনা দাস") + 8,
                                  type="PER", actor=RINA)])
    quotes.run(rec, lang.load("bn"))
    assert [q.speaker.text for q in rec.quotes if q.speaker] == ["প্রধান"]


def test_a_title_in_the_genitive_owns_the_remark_after_it():
    # genitive_title: "সম্পাদকের মন্তব্য, ‘...’" is the secretary's, not the plural pronoun's before it
    got = _quotes("ফেডারেশনের সাধারণ সম্পাদক রিনা দাস সোমবার দল ঘোষণা করেন। তাঁদের নিয়ে সাধারণ সম্পাদকের মন্তব্য, "
                  "‘ওরা ঘরোয়া লিগে ভালো খেলেছে।’", "রিনা দাস", RINA)
    assert ("ওরা ঘরোয়া লিগে ভালো খেলেছে", "Rina Das") in got


def test_a_cue_opening_the_sentence_after_a_question_attributes_it():
    # uncased_cue_opens_sentence: the splitter cuts after "?’"; the cue opening the next sentence
    # is the speaker-after-quote order, so the question is the speaker's
    got = _quotes("‘সেতু হলো, অথচ সংযোগ সড়ক নেই কেন?’ প্রশ্ন তোলেন রিনা দাস।", "রিনা দাস", RINA)
    assert got == [("সেতু হলো, অথচ সংযোগ সড়ক নেই কেন?", "Rina Das")]


def test_uncased_cue_opens_sentence_only_for_a_script_without_capitals():
    assert quotes.uncased_cue_opens_sentence("প্রশ্ন তোলেন রিনা।", 0, 0)
    assert not quotes.uncased_cue_opens_sentence("Asked about it, she said", 0, 0)
    assert not quotes.uncased_cue_opens_sentence("এ সময় প্রশ্ন তোলেন রিনা।", 0, 5)


KENJI = Actor(id="new:kenji-sato", name="Kenji Sato")
EC = Actor(id="bangladesh-election-commission", name="Bangladesh Election Commission", country="BGD", sector="GOV")


def test_a_bare_title_is_not_a_person_named_with_other_offices_only():
    got = _quotes_of("বিএনপির মহাসচিব রিনা দাস শনিবার জনসভায় বক্তব্য দেন। জনসভা শেষে জেলা প্রশাসক বলেন, "
                     "‘কোনো অপ্রীতিকর ঘটনা ঘটেনি।’", {"রিনা দাস": RINA})
    assert got == [("কোনো অপ্রীতিকর ঘটনা ঘটেনি", None)]


def test_a_bare_title_of_the_office_named_before_is_that_person():
    got = _quotes_of("বিএনপির মহাসচিব রিনা দাস শনিবার জনসভায় বক্তব্য দেন। জনসভা শেষে মহাসচিব বলেন, "
                     "‘কোনো অপ্রীতিকর ঘটনা ঘটেনি।’", {"রিনা দাস": RINA})
    assert got == [("কোনো অপ্রীতিকর ঘটনা ঘটেনি", "Rina Das")]


def test_a_title_pointed_back_at_is_the_person_whatever_office_named_them():
    got = _quotes_of("নির্বাচন কমিশনের সাবেক অতিরিক্ত সচিব রিনা দাস বলেন, ‘দ্বৈত নাগরিকেরা ভোট দিতে পারবেন।’ "
                     "সাবেক এই নির্বাচন কর্মকর্তা বলেন, ‘তবে তারা প্রার্থী হতে পারবেন না।’", {"রিনা দাস": RINA})
    assert got == [("দ্বৈত নাগরিকেরা ভোট দিতে পারবেন", "Rina Das"), ("তবে তারা প্রার্থী হতে পারবেন না", "Rina Das")]


def test_the_countrys_minister_is_the_one_named_before_not_the_registrys():
    got = _quotes_of("জাপানের পররাষ্ট্রমন্ত্রী কেনজি সাতো মঙ্গলবার ঢাকায় পৌঁছান। সফরে তিনি কয়েকটি বৈঠক করবেন। "
                     "বিমানবন্দরে দেশটির পররাষ্ট্রমন্ত্রী বলেন, ‘বাণিজ্য দ্বিগুণ করাই লক্ষ্য।’", {"কেনজি সাতো": KENJI})
    assert got == [("বাণিজ্য দ্বিগুণ করাই লক্ষ্য", "Kenji Sato")]


def test_a_question_put_after_the_quotation_has_its_speaker():
    got = _quotes_of("‘বাজেটে কৃষকের জন্য কী আছে?’ জিজ্ঞাসা করেন রিনা দাস।", {"রিনা দাস": RINA})
    assert got == [("বাজেটে কৃষকের জন্য কী আছে?", "Rina Das")]


def test_an_interrogation_is_no_question_put():
    got = _quotes_of("আটক দুই যুবককে থানায় নিয়ে জিজ্ঞাসাবাদ করছেন রিনা দাস। তাদের কাছ থেকে দুটি ফোন উদ্ধার করা হয়েছে।",
                     {"রিনা দাস": RINA})
    assert got == []


def test_a_matter_mentioned_is_what_was_said():
    got = _quotes_of("রিনা দাস বুধবার বৈঠকে বন্দরের মাশুল কমানোর কথা উল্লেখ করেন।", {"রিনা দাস": RINA})
    assert len(got) == 1 and "বন্দরের মাশুল কমানোর" in got[0][0] and got[0][1] == "Rina Das"


def test_a_bodys_notice_with_an_indefinite_between_is_the_bodys():
    text = unicodedata.normalize("NFC", "নির্বাচন কমিশনের এক বিজ্ঞপ্তিতে বলা হয়েছে, মনোনয়নপত্র জমার সময় আর বাড়ানো হবে না।")
    name = "নির্বাচন কমিশনের"
    rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01",
                 entities=[Entity(text=name, start=0, end=len(name), type="ORG", actor=EC)])
    quotes.run(rec, lang.load("bn"))
    assert [(q.text.rstrip("।"), q.speaker.actor.name if q.speaker and q.speaker.actor else None) for q in rec.quotes] == [
        ("মনোনয়নপত্র জমার সময় আর বাড়ানো হবে না", "Bangladesh Election Commission")]


TANNERS = Actor(id="new:tanners", name="Bangladesh Tanners Association")


def test_a_closing_speaker_after_a_long_body_and_its_initials_speaks():
    got = _quotes_with("গ্যাস সংকটে ৪০টি চামড়া কারখানা বন্ধ হয়ে গেছে বলে জানিয়েছেন বাংলাদেশ ট্যানার্স "
                       "অ্যাসোসিয়েশনের (বিটিএ) সভাপতি রিনা দাস।",
                       [("বাংলাদেশ ট্যানার্স অ্যাসোসিয়েশনের", "ORG", TANNERS), ("রিনা দাস", "PER", RINA)])
    assert [(t, who) for t, _, who in got] == [("গ্যাস সংকটে ৪০টি চামড়া কারখানা বন্ধ হয়ে গেছে", "Rina Das")]


def test_a_body_before_a_closing_title_counts_as_one_word_and_initials_as_none():
    from khobor.quotes.speakers import Mention
    text = unicodedata.normalize("NFC", "বাংলাদেশ পোশাক প্রস্তুতকারক ও রপ্তানিকারক সমিতির (বিজিএমইএ) সহসভাপতি রিনা দাস")
    body_end = text.index(" (")
    person = text.index("সহসভাপতি")
    body = Mention(0, body_end, text[:body_end], "ORG")
    mention = Mention(person, len(text), text[person:], "PER")
    assert quotes.body_before_closing_title(text, 0, mention, [body]) == 1
    assert quotes.body_before_closing_title(text, 0, mention, []) == 6  # no body found: its words count
    assert quotes._buried(text, 0, len(text), mention, [body]) is False
    assert quotes._buried(text, 0, len(text), mention, []) is True
    long_lead = unicodedata.normalize("NFC", "গত বছর ঢাকায় এক সভায় যোগ দেওয়া সভাপতি রিনা দাস")
    p = long_lead.index("সভাপতি")
    assert quotes._buried(long_lead, 0, len(long_lead), Mention(p, len(long_lead), long_lead[p:], "PER"), []) is True


def test_an_unnamed_group_with_a_persons_cue_reports_words():
    got = _quotes_with("শিশু হাসপাতালে রোগী বেড়েছে। চিকিৎসকরা জানিয়েছেন, শীতে শিশুদের মধ্যে নিউমোনিয়ার প্রকোপ বেড়েছে।", [])
    assert got == [("শীতে শিশুদের মধ্যে নিউমোনিয়ার প্রকোপ বেড়েছে", "চিকিৎসকরা", None)]


def test_a_long_bare_region_before_a_persons_cue_is_no_speaker():
    got = _quotes_with("গত সপ্তাহে ঢাকার একটি বেসরকারি হাসপাতালে ভর্তি হওয়া রোগীরা জানিয়েছেন, সেখানে শয্যা নেই।", [])
    assert got == []


def test_a_bare_region_before_a_bodys_cue_is_not_a_persons():
    from khobor.quotes.grammar import grammar_for
    g = grammar_for(lang.load("bn"))
    for cue, person in (("জানিয়েছেন", True), ("বলছেন", True), ("মনে করেন", True), ("জানিয়েছে", False), ("জানায়", False)):
        assert cue.split()[-1].endswith(g.person_cue_endings) is person, cue


def test_esob_kotha_bolen_gives_the_sentence_before_to_its_speaker():
    got = _quotes_with("দেশের অর্থনীতি এখন কঠিন চাপের মধ্যে রয়েছে। রোববার এক সেমিনারে এসব কথা বলেন উপদেষ্টা রিনা দাস।",
                       [("রিনা দাস", "PER", RINA)])
    assert [(t, who) for t, _, who in got] == [("দেশের অর্থনীতি এখন কঠিন চাপের মধ্যে রয়েছে", "Rina Das")]


def test_e_kotha_janan_tini_takes_the_speaker_from_the_chain():
    # (after a quotation in marks: after unmarked reported words the sentence would go on with
    # that report, rule report_running_on)
    got = _quotes_with("উপদেষ্টা রিনা দাস বলেন, ‘হাসপাতালে নতুন শয্যা বসানো হবে।’ সেখানে শিগগিরই ৫০ জন চিকিৎসক নিয়োগ "
                       "দেওয়া হবে। পরে সাংবাদিকদের এ কথা জানান তিনি।", [("রিনা দাস", "PER", RINA)])
    assert [(t, who) for t, _, who in got] == [("হাসপাতালে নতুন শয্যা বসানো হবে", "Rina Das"),
                                               ("সেখানে শিগগিরই ৫০ জন চিকিৎসক নিয়োগ দেওয়া হবে", "Rina Das")]


def test_a_sentence_narrating_the_named_persons_act_is_not_what_e_kotha_refers_to():
    got = _quotes_with("রিনা দাস রোববার খুলনায় একটি হাসপাতাল পরিদর্শন করেন। পরে সাংবাদিকদের এ কথা জানান তিনি।",
                       [("রিনা দাস", "PER", RINA)])
    assert got == []


def test_e_kotha_janan_tini_with_nobody_before_gives_no_quote():
    # a pronoun that resolves to nobody cannot vouch that the unmarked sentence before was said
    got = _quotes_with("নতুন বেতনকাঠামো আগামী মাস থেকে চালু হবে। রোববার এক পোস্টে তিনি এ কথা জানান।", [])
    assert got == []


def test_bishoyti_nishchit_gives_the_sentence_before_to_the_confirming_officer():
    got = _quotes_with("মহাসড়কে বাস ও ট্রাকের সংঘর্ষে তিনজন নিহত হয়েছেন। বিষয়টি নিশ্চিত করেছেন পরিদর্শক রিনা দাস।",
                       [("রিনা দাস", "PER", RINA)])
    assert [(t, who) for t, _, who in got] == [("মহাসড়কে বাস ও ট্রাকের সংঘর্ষে তিনজন নিহত হয়েছেন", "Rina Das")]


def test_a_denied_allegation_is_not_the_words_of_who_denies_it():
    # rule denial: without it "এ কথা অস্বীকার করেন" gave the allegation to Rina Das
    got = _quotes_with("তহবিল থেকে ২০ লাখ টাকা সরানো হয়েছে, এমন খবর ছড়িয়েছে। সভাপতি রিনা দাস এ কথা অস্বীকার করেন।",
                       [("রিনা দাস", "PER", RINA)])
    assert got == []


def test_a_title_before_the_person_asked_is_no_subject_but_before_an_object_it_speaks():
    # rule title_of_interlocutor: the title shares the case of the person asked ("X-এর কাছে জানতে
    # চাইলে"); before a name that is the object of the cue ("রিনা দাসকে বলেন") the title is the subject
    asked = _quotes_with("খাবার বিতরণ বন্ধ ছিল। এ বিষয়ে উপজেলা নির্বাহী কর্মকর্তা রিনা দাসের কাছে জানতে চাইলে "
                         "তিনি বলেন, ঠিকাদারের বিল আটকে থাকায় সমস্যা হয়েছে।", [("রিনা দাসের", "PER", RINA)])
    assert [(t, who) for t, _, who in asked] == [("ঠিকাদারের বিল আটকে থাকায় সমস্যা হয়েছে", "Rina Das")]
    told = _quotes_with("সভায় জেলা প্রশাসক রিনা দাসকে বলেন, ঠিকাদারের বিল আটকে থাকায় সমস্যা হয়েছে।",
                        [("রিনা দাসকে", "PER", RINA)])
    assert [(t, sp, who) for t, sp, who in told] == [("ঠিকাদারের বিল আটকে থাকায় সমস্যা হয়েছে", "প্রশাসক", None)]


def test_explain_names_the_title_set_aside_before_the_person_asked():
    # the title would have spoken (or stood for "তিনি") but for title_of_interlocutor: the trace says so
    text = unicodedata.normalize("NFC", "এ বিষয়ে উপজেলা নির্বাহী কর্মকর্তা রিনা দাসের কাছে জানতে চাইলে তিনি বলেন, "
                                        "ঠিকাদারের বিল আটকে থাকায় সমস্যা হয়েছে।")
    for said, noted in ((text, True), (text.replace("উপজেলা নির্বাহী কর্মকর্তা ", ""), False)):
        start = said.index("রিনা দাসের")
        rec = Record(id=record_id(said), text=said, language="bn", published="2025-06-01",
                     entities=[Entity(text="রিনা দাসের", start=start, end=start + 10, type="PER", actor=RINA)])
        quotes.run(rec, lang.load("bn"))
        (q,) = rec.quotes
        rules = [step["rule"] for step in q._explain if step["step"] == "speaker"]
        assert q.speaker.actor == RINA and "interlocutor" in rules
        assert ("title_of_interlocutor" in rules) is noted


def test_a_sentence_with_a_cue_of_its_own_is_not_taken_whole():
    # "দাবি করা হচ্ছে" reads as no quote, but its cue makes the attribution the sentence's own:
    # "এসব কথা" after it points elsewhere (without the cue check the whole sentence went to Rina Das)
    got = _quotes_with("বন্যায় ফসলের ব্যাপক ক্ষতি হয়েছে বলে দাবি করা হচ্ছে। পরে সাংবাদিকদের এসব কথা বলেন উপদেষ্টা "
                       "রিনা দাস।", [("রিনা দাস", "PER", RINA)])
    assert got == []


def test_a_name_before_a_postposition_is_not_who_tini_stands_for():
    people = {"রিনা দাস": RINA, "শাহনাজ পারভীন": SHAHNAZ}
    text = ("শাহনাজ পারভীন অনুষ্ঠানে রিনা দাস হাতে পুরস্কার তুলে দেন। তিনি বলেন, "
            "‘এই স্বীকৃতি সবার।’")
    got = _quotes_of(text, people)
    assert got == [("এই স্বীকৃতি সবার", "Shahnaz Parvin")]


def test_explain_names_the_rule_that_made_a_report_with_quoted_words_the_quote():
    # report_holding_quoted_words replaces the marked word with the whole report: the trace says
    # which rule did; a report with no marked word in it names no such rule
    said = unicodedata.normalize("NFC", "উপদেষ্টা রিনা দাস বলেছেন, এ নিয়ে প্রকাশিত খবরটি পুরোপুরি ‘ভিত্তিহীন’ এবং বানোয়াট।")
    for text, noted in ((said, True), (said.replace("‘ভিত্তিহীন’", "ভিত্তিহীন"), False)):
        start = text.index("রিনা দাস")
        rec = Record(id=record_id(text), text=text, language="bn", published="2025-06-01",
                     entities=[Entity(text="রিনা দাস", start=start, end=start + 8, type="PER", actor=RINA)])
        quotes.run(rec, lang.load("bn"))
        (q,) = rec.quotes
        assert q.text.startswith("এ নিয়ে প্রকাশিত খবরটি")
        rules = [step["rule"] for step in q._explain if step["step"] == "content"]
        assert ("report_holding_quoted_words" in rules) is noted


def test_a_proposal_told_as_the_object_of_a_speech_verb_is_reported():
    # "... করার কথা বলছেন X" (X has been saying that ... should be done): the verbal noun before
    # "কথা" is what was said; talk with somebody, talk once more and the news of a step are no words
    got = _quotes("রিনা দাস অবশ্য কোনো জোটে না গিয়ে আলাদা প্রার্থী দেওয়ার কথা বলে আসছেন।", "রিনা দাস", RINA)
    assert got == [("অবশ্য কোনো জোটে না গিয়ে আলাদা প্রার্থী দেওয়ার কথা", "Rina Das")]
    got = _quotes("পাশাপাশি খোলাবাজারে চাল বিক্রির কেন্দ্র বাড়ানোর কথাও জানান রিনা দাস।", "রিনা দাস", RINA)
    assert got == [("পাশাপাশি খোলাবাজারে চাল বিক্রির কেন্দ্র বাড়ানোর কথাও", "Rina Das")]
    for text in ("রিনা দাস পরে স্থানীয় বাসিন্দাদের সঙ্গে কথা বলেন।",
                 "রিনা দাস সংবাদ সম্মেলনে আরেকবার কথা বলেন।",
                 "রিনা দাস রাতে ফেসবুকে এক দীর্ঘ পোস্টে পদত্যাগের কথা জানান।"):
        assert _quotes(text, "রিনা দাস", RINA) == []


def test_a_title_ends_before_the_group_in_the_plural_genitive_after_it():
    # title_before_group: "উপদেষ্টা চিকিৎসকদের" is the adviser and the doctors they speak of, not one title
    got = _quotes_with("পরিদর্শনে গিয়ে স্বাস্থ্য উপদেষ্টা চিকিৎসকদের অভিযোগ শোনার কথা জানান।", [])
    assert [(t, s) for t, s, _ in got] == [("চিকিৎসকদের অভিযোগ শোনার কথা", "উপদেষ্টা")]


def test_a_thing_asked_for_in_the_past_is_reported():
    # "... চেয়েছেন X" with a noun object: X demanded it (GUIDELINES Q1); an infinitive before it
    # ("খেলতে চেয়েছেন", wanted to play) or the present "চান" (wants) is a wish, no words
    got = _quotes("খাতটিকে বাঁচাতে আগামী ৭২ ঘণ্টার মধ্যে সরকারের সিদ্ধান্ত চেয়েছেন সংগঠনের সভাপতি রিনা দাস।",
                  "রিনা দাস", RINA)
    assert got == [("খাতটিকে বাঁচাতে আগামী ৭২ ঘণ্টার মধ্যে সরকারের সিদ্ধান্ত", "Rina Das")]
    for text in ("রিনা দাস আগামী মৌসুমে জাতীয় দলে আবার খেলতে চেয়েছেন।",
                 "রিনা দাস এলাকার সব মানুষের জন্য শান্তি ও নিরাপত্তা চান।"):
        assert _quotes(text, "রিনা দাস", RINA) == []


def test_telling_in_full_is_a_cue():
    # "জানিয়ে দেন / দিল" (told, once and for all) reports as "জানান" does
    got = _quotes("রিনা দাস দাবি মেনে না নেওয়া পর্যন্ত অবরোধ তুলবেন না বলে জানিয়ে দেন।", "রিনা দাস", RINA)
    assert got == [("দাবি মেনে না নেওয়া পর্যন্ত অবরোধ তুলবেন না", "Rina Das")]
    got = _quotes("পরে রিনা দাস আনুষ্ঠানিকভাবে জানিয়ে দিলেন যে ওই খবরের কোনো ভিত্তি নেই।", "রিনা দাস", RINA)
    assert got == [("ওই খবরের কোনো ভিত্তি নেই", "Rina Das")]


def test_a_name_the_ner_missed_before_a_persons_cue_speaks():
    # shapeless_name_speaks: no entity placed (the NER missed the name); the words before a cue in
    # a person's form are all of a name, so the quote has that person, and "তিনি" after is them too
    got = _quotes_with("দলটি মাঠে ফিরেছে। কোরাভিন বলেন, ‘আমরা আবার জিততে চাই।’ তিনি বলেন, ‘মাঠটা খুব ভালো ছিল।’", [])
    assert got == [("আমরা আবার জিততে চাই", "কোরাভিন", "Korabhin"), ("মাঠটা খুব ভালো ছিল", "তিনি", "Korabhin")]
    # a group's plural noun before the same cue is nobody named (group_noun_endings)
    got = _quotes_with("দলটি মাঠে ফিরেছে। কোরাভিনরা বলেন, ‘আমরা আবার জিততে চাই।’", [])
    assert got == [("আমরা আবার জিততে চাই", "কোরাভিনরা", None)]
    # nor does a body's cue form make a name of the region ("পুলিশ জানিয়েছে")
    got = _quotes_with("দলটি মাঠে ফিরেছে। কোরাভিন জানিয়েছে, ‘আমরা আবার জিততে চাই।’", [])
    assert [a for _, _, a in got] == [None] * len(got)


def test_a_subject_after_a_long_title_phrase_takes_the_pronoun_after():
    # postposed_subject: a name closing its sentence after a finite verb and a title phrase of up to
    # six words ("... অভিমত দিয়েছেন [ঢাকা সফট ল্যাব লিমিটেডের সাইবার নিরাপত্তা বিশেষজ্ঞ] শাহনাজ পারভীন।")
    # is that sentence's subject: "তিনি" after is her, not the speaker before
    text = ("বিশেষজ্ঞ রিনা দাস বলেন, ‘সবগুলো পেজ এখন ফিরে আসছে।’ স্প্যামারদের কারণে পেজ বন্ধ হতে পারে এমন "
            "অভিমত দিয়েছেন ঢাকা সফট ল্যাব লিমিটেডের সাইবার নিরাপত্তা বিশেষজ্ঞ শাহনাজ পারভীন। "
            "জাগো নিউজকে তিনি বলেন, ‘অনেক ধরনের স্প্যামার আছে।’")
    got = _quotes_of(text, {"রিনা দাস": RINA, "শাহনাজ পারভীন": SHAHNAZ})
    assert ("অনেক ধরনের স্প্যামার আছে", "Shahnaz Parvin") in got
