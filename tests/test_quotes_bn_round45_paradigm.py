"""Bengali quote recall of round 45 (issue 10), on sentences written for it (no newspaper text):
each construction of reported speech in every order of words; the controls pass before and after.

- an assurance, a promise, a request, advice or a threat with its words after a comma or "যে"
  ("X আশ্বাস দিয়েছেন, ...", "X প্রতিশ্রুতি দেন যে ..."); a body's assurance in the perfect.
- a person described after an indefinite who asks not to be named before the cue ("এক প্রকৌশলী
  পরিচয় গোপন রাখতে অনুরোধ করে বলেছেন, ...": rule description_before_anonymity).
- where the words were posted or what they answered, between the words' "বলে" and the cue ("...
  বলে X ফেসবুকে এক পোস্টে লিখেছেন"): never the speaker.
- a view given ("... এমন অভিমত দিয়েছেন X"), "এমন" after a dash or a finite clause, an expectation
  ("প্রত্যাশা করছেন"), the habitual past of saying ("বলতেন").
- a body's claim, account or allegation as a noun after its genitive ("বিএসএফের দাবি, ...", "র‍্যাবের
  ভাষ্যমতে, ..."); never a region after such a noun ("... বলে অভিযোগ উঠছে") nor a speaker's own
  "আমাদের একটাই দাবি" (rule statement_noun_without_body).
"""
from __future__ import annotations

import pytest

from quote_fixtures import quote_speakers as _quotes
from quote_fixtures import speaker_of as _speaker_of

FAKHRUL = "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর"
FAKHRUL_EN = "Mirza Fakhrul Islam Alamgir"
WORDS = "নির্বাচন সময়মতো অনুষ্ঠিত হবে"


ORDERS = {"comma": "{who} {cue}, {words}।", "je": "{who} {cue} যে {words}।",
          "bole": "{words} বলে {cue} {who}।", "quoted_after": "“{words},” {cue} {who}।"}
ASSURANCES = [(order, cue) for cue in ("আশ্বাস দিয়েছেন", "প্রতিশ্রুতি দেন", "অনুরোধ করেন", "পরামর্শ দেন",
                                        "হুমকি দিয়েছিলেন") for order in ("comma", "je")]


@pytest.mark.parametrize("order,cue", ASSURANCES)
def test_assurances_promises_requests_advice_threats_with_their_words(order, cue):
    text = ORDERS[order].format(who=FAKHRUL, cue=cue, words=WORDS)
    assert _speaker_of(text, WORDS) == FAKHRUL_EN


def test_a_body_assures_in_the_perfect():
    text = "পরীক্ষার্থীদের কোনো ক্ষতি হবে না বলে আশ্বাস দিয়েছে বিএনপি।"
    assert _speaker_of(text, "কোনো ক্ষতি হবে না") == "Bangladesh Nationalist Party"


def test_control_a_request_with_no_comma_keeps_its_object():
    text = f"{FAKHRUL} সবার প্রতি ধৈর্য ধরার অনুরোধ করেন।"
    assert _speaker_of(text, "ধৈর্য ধরার") == FAKHRUL_EN


ANONYMOUS = {
    "onurodh_kore_bolechhen": "পানি উন্নয়ন বোর্ডের এক প্রকৌশলী পরিচয় গোপন রাখতে অনুরোধ করে বলেছেন, {words}।",
    "onurodh_janiye_bolen": "এক প্রকৌশলী পরিচয় গোপন রাখার অনুরোধ জানিয়ে বলেন, {words}।",
    "ekjon_janalen": "অনুষ্ঠানে উপস্থিত একজন আমদানিকারক পরিচয় গোপন রাখতে অনুরোধ করে জানালেন, {words}।",
}


@pytest.mark.parametrize("case", sorted(ANONYMOUS))
def test_a_described_person_asking_not_to_be_named_speaks_unnamed(case):
    text = ANONYMOUS[case].format(words=WORDS)
    assert _speaker_of(text, WORDS) is None


def test_control_a_named_person_asking_anonymity_for_others_stays_named():
    text = f"{FAKHRUL} পরিচয় গোপন রাখার অনুরোধ জানিয়ে বলেন, {WORDS}।"
    assert _speaker_of(text, WORDS) == FAKHRUL_EN


POSTED = ["ফেসবুকে এক পোস্টে লিখেছেন", "এক স্ট্যাটাসে লিখেছেন", "এক্সে লিখেছেন", "প্রশ্নের জবাবে বলেন",
          "স্পষ্ট করে বলেন"]


@pytest.mark.parametrize("cue", POSTED)
def test_where_the_words_were_posted_is_no_speaker(cue):
    assert _speaker_of(f"{FAKHRUL} {WORDS} বলে {cue}।", WORDS) == FAKHRUL_EN
    assert _speaker_of(f"{WORDS} বলে {cue} {FAKHRUL}।", WORDS) == FAKHRUL_EN


VIEWS = {
    "emon_obhimot": f"{WORDS} এমন অভিমত দিয়েছেন {FAKHRUL}।",
    "emon_after_parey": f"নির্বাচন পিছিয়ে যেতে পারে এমন অভিমত দিয়েছেন {FAKHRUL}।",
    "dash_emon_montobbo": f"{WORDS}—এমন মন্তব্য করেছেন {FAKHRUL}।",
    "prottasha": f"{WORDS} বলে প্রত্যাশা করছেন {FAKHRUL}।",
    "bolten": f"{FAKHRUL} বলতেন, {WORDS}।",
}


@pytest.mark.parametrize("case", sorted(VIEWS))
def test_views_expectations_and_habitual_saying(case):
    fragment = "পিছিয়ে যেতে পারে" if case == "emon_after_parey" else WORDS
    assert _speaker_of(VIEWS[case], fragment) == FAKHRUL_EN


def test_control_such_an_announcement_before_is_no_quote():
    assert _quotes(f"{FAKHRUL} আগে এমন ঘোষণা দেন।") == []


def test_control_a_belief_is_no_cue():
    assert _quotes(f"কেউ কেউ বিশ্বাস করেন, {WORDS}।") == []


BODY_NOUNS = {
    "bsf_dabi": "বিএসএফের দাবি, {words}।",
    "bnp_obhijog": "বিএনপির অভিযোগ, {words}।",
    "rab_bhashyomote": "র‍্যাবের ভাষ্যমতে, {words}।",
}
BODIES = {"bsf_dabi": "Border Security Force", "bnp_obhijog": "Bangladesh Nationalist Party",
          "rab_bhashyomote": "Rapid Action Battalion"}


@pytest.mark.parametrize("case", sorted(BODY_NOUNS))
def test_a_bodys_claim_or_account_after_its_genitive(case):
    assert _speaker_of(BODY_NOUNS[case].format(words=WORDS), WORDS) == BODIES[case]


CONTROLS_NO_BODY = [
    "গ্রামের মানুষকে দিনের পর দিন ঘুরতে হচ্ছে বলে অভিযোগ উঠছে।",
    "এ ঘটনায় দলটির অন্তত আটজন কর্মী আহত হন বলে দাবি করা হয়েছে।",
    "এখন আমাদের একটাই দাবি, সবাইকে মুক্তি দেওয়া হোক।",
]


@pytest.mark.parametrize("text", CONTROLS_NO_BODY)
def test_control_a_statement_noun_with_no_body_before_it(text):
    assert _quotes(text) == []


# a body's announcement or call in the passive after "X-এর পক্ষ থেকে"; an occasion announced is none
def test_a_bodys_announcement_in_the_passive():
    text = "বিএনপির পক্ষ থেকে আহতদের চিকিৎসার খরচ বহনের ঘোষণা দেওয়া হয়েছে।"
    assert _speaker_of(text, "চিকিৎসার খরচ বহনের") == "Bangladesh Nationalist Party"


def test_control_an_occasion_announced_in_the_passive_is_no_quote():
    assert _quotes("বিকেলেই বিএনপির পক্ষ থেকে জরুরি সংবাদ সম্মেলনের ঘোষণা দেওয়া হয়েছে।") == []


def test_a_bodys_words_in_its_view():
    assert _speaker_of(f"জাতিসংঘের ভাষায়, {WORDS}।", WORDS) == "United Nations"


PARTITIVES = ["ব্যবসায়ীদের অনেকে জানান, {words}।", "তাদের অনেকে বলছেন, {words}।",
              "আটক ব্যক্তিদের মধ্যে কয়েকজন জানান, {words}।"]


@pytest.mark.parametrize("template", PARTITIVES)
def test_some_of_a_group_in_the_genitive_speak_unnamed(template):
    assert _speaker_of(template.format(words=WORDS), WORDS) is None


def test_control_many_alone_is_nobodys_words():
    assert _quotes(f"অনেকে মনে করেন, {WORDS}।") == []


def test_control_a_belief_some_of_a_group_hold_is_no_quote():
    assert _quotes(f"শিক্ষাবিদদের অনেকে মনে করেন, {WORDS}।") == []
