"""The held-out Bengali quote cases (tests/quote_bn_heldout.py) through the whole pipeline; the ones
still failing are marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

import unicodedata

import pytest

from quote_bn_heldout import CASES
from quote_bn_heldout_speakers import CASES as SPEAKER_CASES
from quote_bn_heldout_reports import CASES as REPORT_CASES
from quote_bn_heldout_unfound_speakers import CASES as UNFOUND_CASES
from quote_bn_heldout_references import CASES as REFERENCE_CASES
from quote_bn_heldout_attribution import CASES as ATTRIBUTION_CASES
from quote_bn_heldout_talks_on import CASES as TALKS_ON_CASES
from quote_bn_heldout_topic_before_subject import CASES as TOPIC_BEFORE_SUBJECT_CASES
from quote_bn_heldout_title_then_adjunct import CASES as TITLE_THEN_ADJUNCT_CASES
from quote_bn_heldout_speech_acts import CASES as SPEECH_ACT_CASES
from quote_bn_heldout_issued_documents import CASES as ISSUED_DOCUMENT_CASES
from quote_bn_heldout_unnamed_between import CASES as UNNAMED_BETWEEN_CASES
from quote_bn_heldout_speech_givers import CASES as SPEECH_GIVER_CASES
from quote_bn_heldout_joining import CASES as JOINING_CASES
from quote_bn_heldout_demands_and_denials import CASES as DEMAND_CASES
from quote_bn_heldout_reports_with_quoted_words import CASES as QUOTED_WORD_REPORT_CASES
from quote_bn_heldout_retired_ranks import CASES as RETIRED_RANK_CASES
from quote_bn_heldout_second_clause import CASES as SECOND_CLAUSE_CASES
from quote_bn_heldout_unnamed_groups import CASES as UNNAMED_GROUP_CASES
from quote_bn_heldout_groups_tell import CASES as GROUPS_TELL_CASES
from quote_bn_heldout_rally_speakers import CASES as RALLY_CASES
from quote_bn_heldout_trade_groups import CASES as TRADE_GROUP_CASES
from quote_bn_heldout_claims_of_groups import CASES as GROUP_CLAIM_CASES
from quote_bn_heldout_opinion_nouns import CASES as OPINION_NOUN_CASES
from quote_bn_heldout_document_named_again import CASES as DOCUMENT_NAMED_AGAIN_CASES
from quote_bn_heldout_views_after_bole import CASES as VIEWS_AFTER_BOLE_CASES
from quote_bn_heldout_passive_claims import CASES as PASSIVE_CLAIM_CASES
from quote_bn_heldout_report_then_clause import CASES as REPORT_THEN_CLAUSE_CASES
from quote_bn_heldout_nested_marks import CASES as NESTED_MARK_CASES
from quote_bn_heldout_words_as_noun import CASES as WORDS_AS_NOUN_CASES
from quote_bn_heldout_body_statement_verbs import CASES as BODY_VERB_CASES
from quote_bn_heldout_pronoun_self_named import CASES as SELF_NAMED_CASES
from quote_bn_heldout_shared_surnames import CASES as SHARED_SURNAME_CASES
from quote_bn_heldout_marked_words_before_speaker import CASES as MARKED_BEFORE_SPEAKER_CASES
from quote_bn_heldout_marked_object_of_postposition import CASES as MARKED_OBJECT_CASES
from quote_bn_heldout_bodies_demand import CASES as BODIES_DEMAND_CASES
from quote_bn_heldout_converb_before_speaker import CASES as CONVERB_BEFORE_SPEAKER_CASES
from quote_bn_heldout_instructions import CASES as INSTRUCTION_CASES
from quote_bn_heldout_instruction_places import CASES as INSTRUCTION_PLACE_CASES
from quote_bn_heldout_feeling_only import CASES as FEELING_ONLY_CASES
from quote_bn_heldout_indefinite_reporters import CASES as INDEFINITE_REPORTER_CASES
from quote_bn_heldout_genitive_group_claims import CASES as GENITIVE_GROUP_CLAIM_CASES
from quote_bn_heldout_progressive_reports import CASES as PROGRESSIVE_REPORT_CASES
from quote_bn_heldout_described_groups import CASES as DESCRIBED_GROUP_CASES
from quote_bn_heldout_arguments_and_promises import CASES as ARGUMENT_PROMISE_CASES
from quote_bn_heldout_players_by_position import CASES as PLAYER_POSITION_CASES
from record_fixtures import record_of

# the cases still failing, each with its reason (a strict xfail: a fix shows as an unexpected pass)
STILL_FAILING = {
    "body_warns_with_converb": "'সতর্ক করে জানিয়েছে' (a body warned, saying): no quote is found "
                               "after the converb and its cue",
    "bibriti_of_a_ministry": "'মন্ত্রণালয়ের বিবৃতিতে বলা হয়েছে' (the ministry's statement said): no "
                             "quote is found",
    "placard_slogan_has_no_speaker": "a slogan on a placard: a quotation no cue reports",
    # the second held-out set (quote_bn_heldout_speakers), as first run
    "tini_is_the_new_subject_not_the_last_speaker": "the NER types 'আবু জাফর' after 'মহাপরিচালক' as an "
                                                    "organisation, linked to a namesake",
    # the third held-out set (quote_bn_heldout_reports)
    "bole_dabi_koren_pronoun_next_sentence": "'জিজ্ঞাসাবাদে তিনি ...': the pronoun after a noun in the "
                                             "locative opens no content",
    # the fourth held-out set (quote_bn_heldout_unfound_speakers)
    "closing_clause_about_somebody_else_is_no_speaker": "an indefinite speaker ('এক কর্মকর্তা') closing the "
                                                        "sentence before a relative clause ('যিনি ...') is buried",
    # the fifth (quote_bn_heldout_references)
    "own_plan_confirmed_by_pronoun": "a person named in the sentence before is read as narrating an act, even "
                                     "when the same person confirms it after ('... প্রার্থী হবেন না X। তিনি এ তথ্য "
                                     "নিশ্চিত করেন।'; letting it through gave narrated meetings too)",
    "surname_in_genitive_before_mote": "the NER finds no name in the surname 'চৌধুরীর' before 'মতে'",
    # the sixth (quote_bn_heldout_attribution)
    "cited_ministry_speaks_through_an_agency": "the cited body speaks ('দেশটির স্বাস্থ্য মন্ত্রণালয়ের'), but the "
                                               "NER and the linker give it no actor (a ministry of the country "
                                               "the article is about, named by 'দেশটির')",
    "cited_police_speak_through_local_media": "the cited police speak ('স্থানীয় পুলিশের'), but no entity names "
                                              "them",
    # the eleventh (quote_bn_heldout_speech_givers)
    "listed_office_of_a_body_after_its_own_chief": "'উপস্থিত ছিলেন' (was present) is no verb a subject may "
                                                   "follow, so the person closing that sentence is not seen",
    # the thirteenth (quote_bn_heldout_demands_and_denials): the demand is found, its speaker not
    "demand_put_forward_by_a_named_leader": "a subject opening the content with a title word before its "
                                            "office ('শিক্ষক সমিতির সভাপতি X') is read as the bare title "
                                            "'শিক্ষক', not the name after the office",
    # round 20 (quote_bn_heldout_words_as_noun): the quote is found, its speaker not
    "coach_name_then_katha_about_a_player": "a person in the accusative before 'নিয়ে' in the speaker "
                                            "region ('রাজিয়া সুলতানাকে নিয়ে বাটলারের কথা') is chosen over "
                                            "the genitive right before the statement noun",
    # (round 20's pronoun_after_topic_of_a_captain, _chairman and _secretary, quote_bn_heldout_topic_before_subject:
    # "অধিনায়ক X-এর চোট প্রসঙ্গে তিনি বলেন" pass since round 42, rule title_of_name_in_other_case; the
    # minister's since round 27, rule genitive_holder_before_statement)
}


def _actor_at(rec, surface: str):
    """The actor of the entity overlapping the first occurrence of `surface` (None when none is)."""
    start = rec.text.index(surface)
    end = start + len(surface)
    for e in rec.entities:
        if e.start < end and start < e.end and e.actor is not None:
            return e.actor
    return None


def _check(text: str, expected: list) -> list[str]:
    rec = record_of(text, "bn", "2025-12-28")
    wrong = []
    for fragment, speaker in expected:
        fragment = unicodedata.normalize("NFC", fragment)
        hits = [q for q in rec.quotes if fragment in q.text]
        if speaker == "-":
            if hits:
                wrong.append(f"{fragment}: a quote where none is")
            continue
        if not hits:
            wrong.append(f"{fragment}: missed; quotes {[q.text for q in rec.quotes]}")
            continue
        got = hits[0].speaker.actor if hits[0].speaker else None
        if speaker is None:
            if got is not None:
                wrong.append(f"{fragment}: nobody named said it, got {got.name}")
            continue
        want = _actor_at(rec, unicodedata.normalize("NFC", speaker))
        if want is None and got is not None and hits[0].speaker.text == unicodedata.normalize("NFC", speaker):
            continue  # (a name the NER missed, spoken of as written: rule shapeless_name_speaks)
        if got is None or want is None or got.id != want.id:
            wrong.append(f"{fragment}: want {speaker} ({getattr(want, 'name', None)}), got "
                         f"{getattr(got, 'name', None)} ({hits[0].speaker.text if hits[0].speaker else None})")
    return wrong


@pytest.mark.parametrize("name, text, expected", [
    pytest.param(*c, id=c[0], marks=pytest.mark.xfail(strict=True, reason=STILL_FAILING[c[0]]))
    if c[0] in STILL_FAILING
    else pytest.param(*c, id=c[0]) for c in CASES + SPEAKER_CASES + REPORT_CASES + UNFOUND_CASES + REFERENCE_CASES
                                    + ATTRIBUTION_CASES + TALKS_ON_CASES
                                    + SPEECH_ACT_CASES + ISSUED_DOCUMENT_CASES + UNNAMED_BETWEEN_CASES
                                    + SPEECH_GIVER_CASES + JOINING_CASES + DEMAND_CASES
                                    + QUOTED_WORD_REPORT_CASES + RETIRED_RANK_CASES + SECOND_CLAUSE_CASES
                                    + UNNAMED_GROUP_CASES + GROUPS_TELL_CASES + OPINION_NOUN_CASES + DOCUMENT_NAMED_AGAIN_CASES + VIEWS_AFTER_BOLE_CASES
                                    + PASSIVE_CLAIM_CASES
                                    + REPORT_THEN_CLAUSE_CASES
                                    + NESTED_MARK_CASES + WORDS_AS_NOUN_CASES + BODY_VERB_CASES
                                    + SELF_NAMED_CASES + TOPIC_BEFORE_SUBJECT_CASES
                                    + TITLE_THEN_ADJUNCT_CASES + SHARED_SURNAME_CASES
                                    + MARKED_BEFORE_SPEAKER_CASES + MARKED_OBJECT_CASES
                                    + BODIES_DEMAND_CASES + CONVERB_BEFORE_SPEAKER_CASES + INSTRUCTION_CASES + INSTRUCTION_PLACE_CASES
                                    + FEELING_ONLY_CASES + RALLY_CASES + TRADE_GROUP_CASES
                                    + GROUP_CLAIM_CASES + INDEFINITE_REPORTER_CASES
                                    + GENITIVE_GROUP_CLAIM_CASES + PROGRESSIVE_REPORT_CASES
                                    + DESCRIBED_GROUP_CASES + ARGUMENT_PROMISE_CASES
                                    + PLAYER_POSITION_CASES])
def test_held_out_bengali_quote(name, text, expected):
    assert _check(text, expected) == []


def test_a_quote_alone_on_its_line_before_its_teller_stays_a_quote():
    """Bengali papers set short words alone on a line before the sentence that tells who said them;
    the English rule for headings in marks (heading_in_marks) must not drop them (review, round 20)."""
    text = ("ঢাকা, ৩ ডিসেম্বর — কলেজছাত্র হত্যার বিচারের দাবিতে মানববন্ধন হয়েছে।\n"
            "‘আমরা ছেলের হত্যার বিচার চাই’\n"
            "কান্নাজড়িত কণ্ঠে এভাবেই বললেন নিহত শিক্ষার্থীর বাবা আবদুর রহিম।")
    rec = record_of(text, "bn")
    assert any("বিচার চাই" in q.text for q in rec.quotes)


def test_an_aside_with_katha_after_an_adjective_is_no_quote():
    """"তবে তার চেয়ে বড় কথা, ..." (more importantly, ...) sets off the reporter's own aside, not
    somebody's words: "কথা" is a cue only after a genitive (review, round 20)."""
    text = ("অর্থমন্ত্রী সংসদে বাজেট পেশ করেন। তিনি বলেন, কৃষকদের জন্য ভর্তুকি বাড়ানো হয়েছে।\n"
            "তবে তার চেয়ে বড় কথা, এবারের বাজেটে সেচের জন্য আলাদা কোনো বরাদ্দ রাখা হয়নি।")
    rec = record_of(text, "bn")
    assert any("ভর্তুকি" in q.text for q in rec.quotes)
    assert not any("সেচের জন্য" in q.text for q in rec.quotes)
