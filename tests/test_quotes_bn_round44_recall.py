"""Bengali quote recall of round 44 (issue 10), on sentences written for it (no newspaper text);
the controls pass before and after.

- cue nouns with "প্রকাশ" / "ব্যক্ত" before the light verb: a fear, hope, view or feeling put forth
  in words ("... বলে তিনি আশঙ্কা প্রকাশ করেন", "X শঙ্কা ব্যক্ত করেন যে ..."), the warning
  "হুঁশিয়ার করেন", and reminding ("X মনে করিয়ে দেন, ...", "... বলে স্মরণ করিয়ে দেন X"); a feeling
  with no words after a comma, "যে" or "বলে" stays none.
- a matter mentioned, denied or put forward keeps its head noun ("... জড়িত থাকার কথা অস্বীকার করেছেন
  X", "... অভিযোগ অস্বীকার করেন"): the words before the cue with "কথা" / "অভিযোগ" are the quote;
  a matter pointed back at ("এ কথা উল্লেখ করেন") is none, and neither is the converb "উল্লেখ করে".
- whom the words were told, between the comma and a cue whose subject follows it ("..., প্রথম
  আলোকে বলেন X", slot {TO}).
- a quotation running over paragraphs whose breaks the scraper flattened: each paragraph reopens
  the marks after a sentence's end, only the last closes (marks.reopened_after_sentence).
- the words pointed back at by a pronoun before their cue ("..., সেটাও স্পষ্ট করেন X", "..., সেই দাবি
  জানান X"); an unmarked naming with "হিসেবে" ("X-কে Y হিসেবে বর্ণনা করেন"); a body's description kept
  up ("করে আসছে") and its claim in the progressive ("দাবি করছে"); "অভিযোগ অনুযায়ী"; a subject after
  its cue followed by a second act of its own after "এবং".
"""
from __future__ import annotations

import unicodedata

import pytest

from record_fixtures import record_of

FAKHRUL = "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর"
FAKHRUL_EN = "Mirza Fakhrul Islam Alamgir"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker's actor name) of each quote of the article `text`."""
    rec = record_of(unicodedata.normalize("NFC", text), "bn", "2025-12-28")
    return [(q.text, q.speaker.actor.name if q.speaker and q.speaker.actor else None) for q in rec.quotes]


def _speaker_of(text: str, fragment: str) -> str | None | bool:
    """The speaker's actor name of the first quote holding `fragment`; False where none holds it."""
    hits = [sp for q, sp in _quotes(text) if unicodedata.normalize("NFC", fragment) in q]
    return hits[0] if hits else False


FEAR = "নির্বাচন পিছিয়ে যেতে পারে"
# each cue in the order of words it is written in: "bole" (the words, "বলে", the cue, the speaker),
# "bole_subject_first" (the words, "বলে", the speaker, the cue), "comma" and "je" (the speaker, the cue,
# then the words after a comma or "যে")
ORDERS = {"bole": "{fear} বলে {cue} {who}।", "bole_subject_first": "{fear} বলে {who} {cue}।",
          "comma": "{who} {cue}, {fear}।", "je": "{who} {cue} যে {fear}।"}
PUT_FORTH = [("bole_subject_first", "আশঙ্কা প্রকাশ করেন"), ("comma", "আশঙ্কা প্রকাশ করেন"),
             ("je", "শঙ্কা ব্যক্ত করেন"), ("bole", "হতাশা প্রকাশ করেছেন"), ("bole", "প্রত্যাশা ব্যক্ত করেন"),
             ("comma", "অভিমত ব্যক্ত করেন"), ("comma", "হুঁশিয়ার করে দেন"), ("comma", "মনে করিয়ে দেন"),
             ("bole", "স্মরণ করিয়ে দিয়েছেন")]


@pytest.mark.parametrize("order,cue", PUT_FORTH)
def test_fears_views_and_reminders_put_into_words(order, cue):
    text = ORDERS[order].format(fear=FEAR, cue=cue, who=FAKHRUL)
    assert _speaker_of(text, FEAR) == FAKHRUL_EN


def test_control_a_bare_feeling_is_no_quote():
    text = f"নির্বাচনের ফলাফলে গভীর হতাশা প্রকাশ করেছেন {FAKHRUL}।"
    assert _quotes(text) == []


MATTERS = {
    "kotha_oshwikar_subject_first": (f"{FAKHRUL} নির্বাচনে কারচুপিতে দলের জড়িত থাকার কথা অস্বীকার করেছেন।",
                                     "দলের জড়িত থাকার কথা"),
    "kotha_oshwikar_kore_aschhen": (f"{FAKHRUL} সহিংসতার সঙ্গে দলের কোনো সম্পর্কের কথা বারবার অস্বীকার করে আসছেন।",
                                    "দলের কোনো সম্পর্কের কথা"),
    "obhijog_oshwikar_subject_last": (f"হামলায় দলের কর্মীদের জড়িত থাকার অভিযোগ অস্বীকার করেছেন {FAKHRUL}।",
                                      "কর্মীদের জড়িত থাকার অভিযোগ"),
    "kotha_ullekh": (f"{FAKHRUL} শরিকদের সঙ্গে আসন সমঝোতা ভেঙে যাওয়ার কথা উল্লেখ করেছেন।",
                     "সমঝোতা ভেঙে যাওয়ার কথা"),
    "kotha_tule_dhoren": (f"{FAKHRUL} সুষ্ঠু নির্বাচন আয়োজনে দলের অঙ্গীকারের কথা তুলে ধরেন।",
                          "দলের অঙ্গীকারের কথা"),
}


@pytest.mark.parametrize("case", sorted(MATTERS))
def test_a_matter_denied_or_mentioned_keeps_its_noun(case):
    text, fragment = MATTERS[case]
    assert _speaker_of(text, fragment) == FAKHRUL_EN


def test_a_body_denies_a_matter():
    text = "তবে নির্বাচনে কারচুপির সঙ্গে দলের জড়িত থাকার কথা অস্বীকার করেছে বিএনপি।"
    assert _speaker_of(text, "দলের জড়িত থাকার কথা") == "Bangladesh Nationalist Party"


def test_control_a_matter_pointed_back_at_is_no_quote():
    assert _quotes(f"{FAKHRUL} সোমবার সংবাদ সম্মেলনে এ কথা উল্লেখ করেন।") == []


def test_control_a_matter_mentioned_in_a_converb_is_no_quote():
    assert _quotes("তাঁর আইনজীবীরা বয়স ও অসুস্থতার কথা উল্লেখ করে আদালতে জামিন চান।") == []


ADDRESSEES = {
    "prothom_alo_ke_bolen": f"{FEAR}, প্রথম আলোকে বলেন {FAKHRUL}।",
    "bbc_ke_janan": f"{FEAR}, বিবিসিকে জানান {FAKHRUL}।",
}


@pytest.mark.parametrize("case", sorted(ADDRESSEES))
def test_whom_the_words_were_told_before_a_postposed_cue(case):
    assert _speaker_of(ADDRESSEES[case], FEAR) == FAKHRUL_EN


def test_a_quotation_reopened_in_each_paragraph_is_one_quote():
    text = (f"{FAKHRUL} বলেন, ‘আমরা এখনো নির্বাচনের জন্য প্রস্তুত। দল সব আসনে প্রার্থী দেবে। "
            "‘আপনারা জানেন আমাদের লক্ষ্য কী? আমরা একটি সুষ্ঠু নির্বাচন চাই।’ পরে তিনি সভাস্থল ত্যাগ করেন।")
    quotes = _quotes(text)
    assert _speaker_of(text, "আমরা এখনো নির্বাচনের জন্য প্রস্তুত") == FAKHRUL_EN
    hits = [q for q, _ in quotes if "নির্বাচনের জন্য প্রস্তুত" in q]
    assert len(hits) == 1 and "সুষ্ঠু নির্বাচন চাই" in hits[0]


def test_control_a_stray_mark_inside_a_sentence_is_no_reopening():
    text = f"দলের ‘শুদ্ধি অভিযান নিয়ে সমালোচনা আছে। {FAKHRUL} বলেন, ‘আমরা সুষ্ঠু নির্বাচন চাই।’"
    assert [q for q, _ in _quotes(text) if "শুদ্ধি" in q] == []


# the words, then a pronoun pointing back at them before the cue ("..., সেটাও স্পষ্ট করেন তিনি")
POINTED_BACK = {
    "setao_spashto_koren": f"{FEAR}, সেটাও স্পষ্ট করেন {FAKHRUL}।",
    "sei_dabi_janan": f"দোষীদের সাজা যেন দ্রুত কার্যকর হয়, সেই দাবি জানান {FAKHRUL}।",
    "ta_janiyechhen": f"{FEAR}, তা জানিয়েছেন {FAKHRUL}।",
}


@pytest.mark.parametrize("case", sorted(POINTED_BACK))
def test_words_pointed_back_at_before_the_cue(case):
    fragment = "দোষীদের সাজা যেন" if case == "sei_dabi_janan" else FEAR
    assert _speaker_of(POINTED_BACK[case], fragment) == FAKHRUL_EN


def test_words_pointed_back_at_before_a_body_and_its_cue():
    text = "ভোট হবে ফেব্রুয়ারির প্রথম সপ্তাহে, সেটা বিএনপি জানিয়ে দিয়েছে অনেক আগেই।"
    assert _speaker_of(text, "ভোট হবে ফেব্রুয়ারির") == "Bangladesh Nationalist Party"


def test_control_a_question_about_a_matter_pointed_back_at():
    text = f"{FEAR}, তা নিয়ে প্রশ্ন তুলেছেন {FAKHRUL}।"
    assert _speaker_of(text, FEAR) is False


# a naming or framing with no marks ("X-কে Y হিসেবে বর্ণনা করেন"), a body's description kept up
# ("... বলে বর্ণনা করে আসছে"), a body's claim in the progressive, a claim "according to"
NAMINGS = {
    "hishebe_bornona_subject_first": (f"{FAKHRUL} এই জোটকে একটি রাজনৈতিক কৌশল হিসেবে বর্ণনা করছেন।",
                                      "একটি রাজনৈতিক কৌশল হিসেবে", FAKHRUL_EN),
    "hishebe_akhyayito_subject_last": (f"সরকারের সিদ্ধান্তকে একটি বড় ভুল হিসেবে আখ্যায়িত করেছেন {FAKHRUL}।",
                                       "একটি বড় ভুল হিসেবে", FAKHRUL_EN),
    "body_bole_bornona_kore_aschhe": ("বিএনপি এই সংকটকে দেশের সবচেয়ে বড় মানবিক সংকট বলে বর্ণনা করে আসছে।",
                                      "সবচেয়ে বড় মানবিক সংকট", "Bangladesh Nationalist Party"),
    "body_dabi_korchhe": ("বিএনপি অবশ্য দাবি করছে, দলের দুই হাজার কর্মী এখনো কারাগারে আছেন।",
                          "দলের দুই হাজার কর্মী", "Bangladesh Nationalist Party"),
    "obhijog_onujayi": (f"{FAKHRUL}ের অভিযোগ অনুযায়ী, দলের দুই হাজার কর্মী এখনো কারাগারে আছেন।",
                        "দলের দুই হাজার কর্মী", FAKHRUL_EN),
}


@pytest.mark.parametrize("case", sorted(NAMINGS))
def test_namings_claims_and_according_to(case):
    text, fragment, speaker = NAMINGS[case]
    assert _speaker_of(text, fragment) == speaker


def test_control_presented_as_is_no_naming():
    assert _quotes(f"{FAKHRUL} অনুষ্ঠানে তাকে প্রধান অতিথি হিসেবে উপস্থাপন করেন।") == []


# a subject after its cue, then a second act of its own after "এবং": the subject before "এবং" speaks
def test_a_subject_after_its_cue_then_a_second_act():
    text = (f"সরকারের নিয়োগকে \"খুবই বিরক্তিকর\" বলে বর্ণনা করেছেন {FAKHRUL} এবং সরকারকে সংযত থাকতে "
            "সতর্ক করেছেন তিনি।")
    assert _speaker_of(text, "খুবই বিরক্তিকর") == FAKHRUL_EN
    text = f"{FEAR} বলে জানিয়েছেন {FAKHRUL} এবং পরে তিনি সভাস্থল ত্যাগ করেন।"
    assert _speaker_of(text, FEAR) == FAKHRUL_EN


def test_control_two_subjects_joined_by_ebong_both_speak():
    text = f"{FEAR} বলে জানিয়েছেন {FAKHRUL} এবং জামায়াতের আমির শফিকুর রহমান।"
    speakers = {sp for q, sp in _quotes(text) if FEAR in q}
    assert speakers == {FAKHRUL_EN, "Shafiqur Rahman"}


# a view set off by its comma after its holder's genitive ("X-এর মত, ..."); "like X" is none
def test_a_view_set_off_after_a_genitive():
    assert _speaker_of(f"{FAKHRUL}ের মত, {FEAR}।", FEAR) == FAKHRUL_EN


def test_control_like_somebody_is_no_view():
    assert _speaker_of(f"{FAKHRUL}ের মত মানুষ দেশে খুব কম আছে।", "মানুষ দেশে") is False


def test_control_words_in_marks_not_called_so_are_no_partial_quote():
    text = f"{FAKHRUL} এই জোটকে ‘অনৈতিক’ না বলে একটি রাজনৈতিক কৌশল হিসেবে বর্ণনা করছেন।"
    assert [q for q, _ in _quotes(text) if q == "অনৈতিক"] == []
