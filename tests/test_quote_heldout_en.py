"""The held-out English quote articles (tests/quote_heldout_en.py, tests/quote_heldout_en_cues.py,
tests/quote_heldout_en_sources.py, tests/quote_heldout_en_chains.py, tests/quote_heldout_en_bodies.py,
tests/quote_heldout_en_descriptions.py, tests/quote_heldout_en_leads.py,
tests/quote_heldout_en_reports.py, tests/quote_heldout_en_attribution.py,
tests/quote_heldout_en_reports_of_groups.py, tests/quote_heldout_en_description_chains.py,
tests/quote_heldout_en_present_reports.py, tests/quote_heldout_en_pledges_and_calls.py,
tests/quote_heldout_en_unauthored_sources.py, tests/quote_heldout_en_slogans.py,
tests/quote_heldout_en_non_statements.py, tests/quote_heldout_en_groups_of_leaders.py,
tests/quote_heldout_en_other_office_holders.py, tests/quote_heldout_en_long_titles.py,
tests/quote_heldout_en_group_documents.py, tests/quote_heldout_en_said_then_adding.py,
tests/quote_heldout_en_attribution_then_time_clause.py,
tests/quote_heldout_en_hopes.py, tests/quote_heldout_en_marked_words_in_long_reports.py,
tests/quote_heldout_en_coordinated_acts.py, tests/quote_heldout_en_hopes_for.py,
tests/quote_heldout_en_headings_and_relative_speakers.py,
tests/quote_heldout_en_long_fronted_phrases.py, tests/quote_heldout_en_whole_word_offices.py,
tests/quote_heldout_en_glued_headings.py, tests/quote_heldout_en_offices_by_initials.py,
tests/quote_heldout_en_quantities_added.py, tests/quote_heldout_en_nationality_of_last_speaker.py,
tests/quote_heldout_en_portfolio_titles.py, tests/quote_heldout_en_report_pronoun_gender.py,
tests/quote_heldout_en_title_word_surnames.py, tests/quote_heldout_en_assurances_and_proposals.py,
tests/quote_heldout_en_bodies_according_to.py, tests/quote_heldout_en_stating.py,
tests/quote_heldout_en_claiming.py,
tests/quote_heldout_en_common_noun_addressees.py, tests/quote_heldout_en_asides_before_cue.py,
tests/quote_heldout_en_initials_of_named_offices.py,
tests/quote_heldout_en_relative_clause_reports.py,
tests/quote_heldout_en_offices_the_registry_titles.py) through the whole pipeline: each expected quote found with
its speaker, no headline or caption left in the body speaks, no verb of speech used for something
else makes a quote, and somebody the article never names is linked to nobody.
A case still failing is marked, so that a fix shows as an unexpected pass."""
from __future__ import annotations

import pytest

from khobor.ingest.raw import RawArticle
from khobor.pipeline import process
from quote_heldout_en import CASES as ARTICLES
from quote_heldout_en_cues import CASES as CUE_ARTICLES
from quote_heldout_en_chains import CASES as CHAIN_ARTICLES
from quote_heldout_en_sources import CASES as SOURCE_ARTICLES
from quote_heldout_en_bodies import CASES as BODY_ARTICLES
from quote_heldout_en_descriptions import CASES as DESCRIPTION_ARTICLES
from quote_heldout_en_leads import CASES as LEAD_ARTICLES
from quote_heldout_en_reports import CASES as REPORT_ARTICLES
from quote_heldout_en_attribution import CASES as ATTRIBUTION_ARTICLES
from quote_heldout_en_reports_of_groups import CASES as GROUP_REPORT_ARTICLES
from quote_heldout_en_description_chains import CASES as DESCRIPTION_CHAIN_ARTICLES
from quote_heldout_en_present_reports import CASES as PRESENT_REPORT_ARTICLES
from quote_heldout_en_pledges_and_calls import CASES as PLEDGE_ARTICLES
from quote_heldout_en_unauthored_sources import CASES as UNAUTHORED_ARTICLES
from quote_heldout_en_slogans import CASES as SLOGAN_ARTICLES
from quote_heldout_en_non_statements import CASES as NON_STATEMENT_ARTICLES
from quote_heldout_en_groups_of_leaders import CASES as LEADER_GROUP_ARTICLES
from quote_heldout_en_other_office_holders import CASES as OTHER_OFFICE_ARTICLES
from quote_heldout_en_long_titles import CASES as LONG_TITLE_ARTICLES
from quote_heldout_en_group_documents import CASES as GROUP_DOCUMENT_ARTICLES
from quote_heldout_en_said_then_adding import CASES as SAID_THEN_ADDING_ARTICLES
from quote_heldout_en_hopes import CASES as HOPE_ARTICLES
from quote_heldout_en_marked_words_in_long_reports import CASES as LONG_REPORT_ARTICLES
from quote_heldout_en_coordinated_acts import CASES as COORDINATED_ACT_ARTICLES
from quote_heldout_en_hopes_for import CASES as HOPE_FOR_ARTICLES
from quote_heldout_en_nested_marks import CASES as NESTED_MARK_ARTICLES
from quote_heldout_en_written_and_fronted_slogans import CASES as WRITTEN_SLOGAN_ARTICLES
from quote_heldout_en_body_statement_verbs import CASES as BODY_VERB_ARTICLES
from quote_heldout_en_descriptions_by_body import CASES as BODY_DESCRIPTION_ARTICLES
from quote_heldout_en_long_fronted_phrases import CASES as LONG_FRONTED_ARTICLES
from quote_heldout_en_demonym_speakers import CASES as DEMONYM_ARTICLES
from quote_heldout_en_headings_and_relative_speakers import CASES as HEADING_RELATIVE_ARTICLES
from quote_heldout_en_ranks import CASES as RANK_ARTICLES
from quote_heldout_en_banner_slogans import CASES as BANNER_SLOGAN_ARTICLES
from quote_heldout_en_glued_speakers import CASES as GLUED_SPEAKER_ARTICLES
from quote_heldout_en_whole_word_offices import CASES as WHOLE_WORD_OFFICE_ARTICLES
from quote_heldout_en_glued_headings import CASES as GLUED_HEADING_ARTICLES
from quote_heldout_en_offices_by_initials import CASES as INITIALS_ARTICLES
from quote_heldout_en_quantities_added import CASES as QUANTITY_ARTICLES
from quote_heldout_en_nationality_of_last_speaker import CASES as NATIONALITY_ARTICLES
from quote_heldout_en_groups_warn_and_say import CASES as GROUPS_WARN_AND_SAY_ARTICLES
from quote_heldout_en_portfolio_titles import CASES as PORTFOLIO_TITLE_ARTICLES
from quote_heldout_en_report_pronoun_gender import CASES as REPORT_PRONOUN_GENDER_ARTICLES
from quote_heldout_en_title_word_surnames import CASES as TITLE_WORD_SURNAME_ARTICLES
from quote_heldout_en_attribution_then_time_clause import CASES as TIME_CLAUSE_ARTICLES
from quote_heldout_en_assurances_and_proposals import CASES as ASSURANCE_PROPOSAL_ARTICLES
from quote_heldout_en_bodies_according_to import CASES as ACCORDING_TO_BODY_ARTICLES
from quote_heldout_en_stating import CASES as STATING_ARTICLES
from quote_heldout_en_claiming import CASES as CLAIMING_ARTICLES
from quote_heldout_en_common_noun_addressees import CASES as COMMON_NOUN_ADDRESSEE_ARTICLES
from quote_heldout_en_asides_before_cue import CASES as ASIDE_ARTICLES
from quote_heldout_en_initials_of_named_offices import CASES as INITIALS_OF_NAMED_OFFICE_ARTICLES
from quote_heldout_en_inverted_name_then_apposition import CASES as INVERTED_APPOSITION_ARTICLES
from quote_heldout_en_cue_then_time_adjunct import CASES as CUE_ADJUNCT_ARTICLES
from quote_heldout_en_relative_clause_reports import CASES as RELATIVE_REPORT_ARTICLES
from quote_heldout_en_views_and_fears import CASES as VIEW_AND_FEAR_ARTICLES
from quote_heldout_en_offices_the_registry_titles import CASES as REGISTRY_TITLE_ARTICLES

CASES = (ARTICLES + CUE_ARTICLES + SOURCE_ARTICLES + CHAIN_ARTICLES + BODY_ARTICLES + DESCRIPTION_ARTICLES
         + LEAD_ARTICLES + REPORT_ARTICLES + ATTRIBUTION_ARTICLES + GROUP_REPORT_ARTICLES
         + DESCRIPTION_CHAIN_ARTICLES + PRESENT_REPORT_ARTICLES + PLEDGE_ARTICLES
         + UNAUTHORED_ARTICLES + SLOGAN_ARTICLES + NON_STATEMENT_ARTICLES
         + LEADER_GROUP_ARTICLES + OTHER_OFFICE_ARTICLES
         + LONG_TITLE_ARTICLES + GROUP_DOCUMENT_ARTICLES + SAID_THEN_ADDING_ARTICLES
         + HOPE_ARTICLES + LONG_REPORT_ARTICLES + COORDINATED_ACT_ARTICLES + HOPE_FOR_ARTICLES
         + NESTED_MARK_ARTICLES + WRITTEN_SLOGAN_ARTICLES + BODY_VERB_ARTICLES
         + BODY_DESCRIPTION_ARTICLES + DEMONYM_ARTICLES + HEADING_RELATIVE_ARTICLES + RANK_ARTICLES
         + BANNER_SLOGAN_ARTICLES + GLUED_SPEAKER_ARTICLES + LONG_FRONTED_ARTICLES
         + WHOLE_WORD_OFFICE_ARTICLES + GLUED_HEADING_ARTICLES + INITIALS_ARTICLES
         + QUANTITY_ARTICLES + NATIONALITY_ARTICLES + GROUPS_WARN_AND_SAY_ARTICLES
         + PORTFOLIO_TITLE_ARTICLES + REPORT_PRONOUN_GENDER_ARTICLES + TITLE_WORD_SURNAME_ARTICLES
         + TIME_CLAUSE_ARTICLES + ASSURANCE_PROPOSAL_ARTICLES + ACCORDING_TO_BODY_ARTICLES
         + STATING_ARTICLES + CLAIMING_ARTICLES + COMMON_NOUN_ADDRESSEE_ARTICLES
         + ASIDE_ARTICLES + INITIALS_OF_NAMED_OFFICE_ARTICLES + INVERTED_APPOSITION_ARTICLES
         + CUE_ADJUNCT_ARTICLES + RELATIVE_REPORT_ARTICLES + VIEW_AND_FEAR_ARTICLES
         + REGISTRY_TITLE_ARTICLES)

# cases the pipeline still gets wrong (strict: one that starts to pass must be moved out of here);
# "Begum said" after "Rahima Begum" passes since linking keeps a closing title on the name
# ("described the fees as unfair and said ...": the sentence reports once, with "said";
# "the statement said" after a body the registry does not know: no actor to hand on)
STILL_FAILING: set[tuple[str, str]] = {
    ("described_as", "unfair"),
                                       ("statement_with_weekday_adjunct", "no reason for panic buying"),
                                       # (quote_heldout_en_attribution) the NER types "Police Ashraful
                                       # Karim" an organisation after "Superintendent of"
                                       ("indefinite_speakers_are_nobody", "situation was under control"),
                                       # "the association" after a body whose name the NER cut before
                                       # "Association" ("Dhaka Wholesale Rice Traders")
                                       ("unknown_association_speaks", "mills in Naogaon had already lowered"),
                                       # a body the NER does not tag opens the sentence before a bare "said"
                                       ("bodies_before_body_cues", "launches on the southern routes would stay"),
                                       # (quote_heldout_en_headings_and_relative_speakers) the NER
                                       # tags no person in "which exporter Faruque Hassan called"
                                       ("which_x_called", "a heavy blow"),
                                       # (quote_heldout_en_title_word_surnames) the NER tags no
                                       # person "Callum Mayor" or "Ella King", so the surname is still an office
                                       ("mayor_in_a_list_of_signings", "he wanted to play in Asia"),
                                       ("king_on_a_panel", "prices had fallen everywhere in the region"),
                                       # (quote_heldout_en_assurances_and_proposals) the quote is found
                                       # since qr26c's common-noun addressees; its speaker is named
                                       # "Bashir Uddin", the "Sheikh" of "Sheikh Bashir Uddin" dropped
                                       ("assured_addressee_that", "no import duty would be raised before June")}
# nobody-speakers still resolved (strict, as above): "Teachers issued a joint statement": the
# pack lists no plural title "teachers", so the group is not seen (rule document_of_a_group)
STILL_NAMED: set[tuple[str, str]] = {("teachers_statement_after_an_official", "the new hours left no time")}
# headlines, captions or other offices that still speak (strict, as above)
STILL_SPEAKING: set[str] = set()


def _speaker_words(q) -> str:
    if q.speaker is None:
        return ""
    return f"{q.speaker.actor.name if q.speaker.actor else ''} {q.speaker.text}"


def _params():
    for case in CASES:
        for fragment, speaker in case.quotes:
            marks = [pytest.mark.xfail(strict=True)] if (case.name, fragment) in STILL_FAILING else []
            yield pytest.param(case, fragment, speaker, id=f"{case.name}:{fragment[:24]}", marks=marks)


_RECORDS: dict[str, object] = {}


def _record(case):
    if case.name not in _RECORDS:
        _RECORDS[case.name] = process(RawArticle(source=case.name, text=case.body, title=case.title,
                                                 published="2025-06-01", language="en"))
    return _RECORDS[case.name]


@pytest.mark.parametrize("case,fragment,speaker", list(_params()))
def test_heldout_quote_and_speaker(case, fragment, speaker):
    rec = _record(case)
    hits = [q for q in rec.quotes if fragment in q.text]
    assert hits, f"no quote with {fragment!r}: {[q.text for q in rec.quotes]}"
    assert speaker is None or speaker in _speaker_words(hits[0]), _speaker_words(hits[0])


@pytest.mark.parametrize("case", [pytest.param(c, marks=[pytest.mark.xfail(strict=True)] if c.name in STILL_SPEAKING else [])
                                  for c in CASES if c.never_speakers], ids=lambda c: c.name)
def test_heldout_headlines_and_captions_never_speak(case):
    rec = _record(case)
    for q in rec.quotes:
        assert not any(w in _speaker_words(q) for w in case.never_speakers)


@pytest.mark.parametrize("case", [c for c in CASES if c.never_quotes], ids=lambda c: c.name)
def test_heldout_words_that_are_no_speech(case):
    rec = _record(case)
    for q in rec.quotes:
        assert not any(w in q.text for w in case.never_quotes), q.text


@pytest.mark.parametrize("case,fragment", [pytest.param(c, f, marks=[pytest.mark.xfail(strict=True)] if any(
    (c.name, f[:len(g)]) == (n, g) for n, g in STILL_NAMED) else []) for c in CASES for f in c.nobody],
                         ids=lambda v: v.name if hasattr(v, "name") else v[:24])
def test_heldout_unnamed_speaker_stays_nobody(case, fragment):
    rec = _record(case)
    hits = [q for q in rec.quotes if fragment in q.text]
    assert hits, f"no quote with {fragment!r}: {[q.text for q in rec.quotes]}"
    assert hits[0].speaker is None or hits[0].speaker.actor is None, hits[0].speaker.actor
