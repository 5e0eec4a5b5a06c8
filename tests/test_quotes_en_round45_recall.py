"""English quote recall (issue 10, round 45): forms of English reported speech the cue grammar
did not cover, each with its whole paradigm.

- a participle of saying set off after a clause whose verb is no cue ("The association gave the
  authorities until Thursday, warning that it would ...", "X opposed the petition, arguing that
  ...", "X opposed the plan, telling reporters that ..."): the clause after its "that" is what the
  clause's subject said, as with "saying" ("demanding that": a protest's standing demand, no quote);
- people the text names only by their lot or trade, as a group ("Parents, however, say ...",
  "Workers' groups argue that ..." (not "unions", also a Bangladeshi local council's area), "Families of the victims alleged that ...", "Rights groups say
  ..."): they speak, nobody named (GUIDELINES Q4);
- a claim or an allegation with no "that" ("Rahim Uddin claims he was beaten", "Local people
  alleged they had complained"): the clause after the cue, an auxiliary within its first words;
  never the adjective ("the alleged killer was arrested") nor the noun ("the claims were false").

Sentences written for this file (no newspaper text).
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record
# the same article around each sentence as round 44's file, and its readers of quotes and speakers
from test_quotes_en_round44_recall import HEAD, _quotes, _speaker


MARKET = "the market will close next week"
PARTICIPLES = ["adding", "warning", "insisting", "alleging", "announcing", "declaring", "noting",
               "stressing", "arguing", "asserting", "emphasising", "emphasizing", "maintaining",
               "explaining", "reiterating", "mentioning", "pointing out", "telling reporters",
               "telling Prothom Alo"]


@pytest.mark.parametrize("participle", PARTICIPLES)
def test_participle_after_a_clause_reports_its_subjects_words(participle):
    quotes = _quotes(f"Rahim Uddin opposed the plan, {participle} that {MARKET}.", MARKET)
    assert quotes and quotes[0].text.startswith(MARKET) and _speaker(quotes[0]) == "Rahim Uddin"


@pytest.mark.parametrize("body,fragment", [
    ("The Dhaka Shop Owners Association met on Sunday. The association gave the authorities until Thursday, "
     "warning that it would shut the market.",
     "it would shut the market"),
    ("The minister opposed the petition, arguing that a probe was already working.", "a probe was already"),
    ("Students blocked the road, alleging that the police had beaten them.", "the police had beaten"),
])
def test_participle_after_a_clause_of_a_body_or_group(body, fragment):
    quotes = _quotes(body, fragment)
    assert quotes and quotes[0].text.startswith(fragment)


@pytest.mark.parametrize("body", [
    f"Parents, however, say {MARKET}.",
    f"The workers' groups argue that {MARKET}.",
    f"Families of the victims alleged that {MARKET}.",
    f"Rights groups say {MARKET}.",
    f"Rights organisations say {MARKET}.",
    f"Fishermen's groups in Barguna said {MARKET}.",
    f"The families say {MARKET}.",
    f"Parents said {MARKET}.",
    f"Neighbours said {MARKET}.",
    f"Farmers in the area said {MARKET}.",
    f"Transport workers' groups warned that {MARKET}.",
])
def test_groups_named_by_their_lot_speak_unnamed(body):
    quotes = _quotes(body, MARKET)
    assert quotes and quotes[0].text.startswith(MARKET) and _speaker(quotes[0]) is None


@pytest.mark.parametrize("body,fragment,speaker", [
    ("His relatives alleged he was beaten inside the police station.", "he was beaten", None),
    ("His family alleges he was beaten inside the police station.", "he was beaten", None),
    ("Local people alleged they had complained to the council twice.", "they had complained", None),
    ("Rahim Uddin claims the police had beaten him.", "the police had beaten", "Rahim Uddin"),
    ("Rahim Uddin alleged the police had beaten him.", "the police had beaten", "Rahim Uddin"),
])
def test_claim_or_allegation_without_that(body, fragment, speaker):
    quotes = _quotes(body, fragment)
    assert quotes and quotes[0].text.startswith(fragment) and _speaker(quotes[0]) == speaker


@pytest.mark.parametrize("body,fragment", [
    # a protest's standing demand; a participle with no "that"
    ("Hundreds of students blocked the road, demanding that the government announce a new exam date.",
     "the government announce"),
    ("Rahim Uddin left the meeting, adding to the confusion that the market had caused.", "the market had caused"),
    # claim words that are no claim
    ("Police arrested the alleged killer who was hiding in Sylhet.", "killer"),
    ("The claims of the traders were rejected by the council.", "the traders were"),
    ("His claims about the fire were false.", "the fire were"),
    ("Rahim Uddin denied the alleged bribe was paid.", "bribe was paid"),
    # a noun's relative clause holding the cue; what somebody said
    ("The meeting came days after a trader was beaten to death in Rupganj on suspicion of theft, "
     "an allegation his family and neighbours have strongly denied.", "The meeting came days"),
    ("This is what Rahim Uddin said the market would do next week.", "would do next week"),
])
def test_no_quote(body, fragment):
    assert not _quotes(body, fragment)


def test_participle_after_an_attribution_goes_on_with_its_report():
    # (the words before the attribution are what was said, the participle's clause goes on with them)
    for who, participle in (("he", "adding"), ("Rahim Uddin", "noting")):
        quotes = _quotes(f"More work is needed, {who} said, {participle} that {MARKET}.", "More work is needed")
        assert quotes and quotes[0].text.startswith("More work is needed"), participle


@pytest.mark.parametrize("opening", [
    "In a video posted on Facebook,",
    "In a video message posted on Facebook on Monday,",
    "In a statement issued today,",
    "In a post shared on his Facebook page,",
])
def test_document_participle_before_the_speaker_is_no_cue(opening):
    quotes = _quotes(f"{opening} Rahim Uddin said {MARKET}.", MARKET)
    assert quotes and quotes[0].text.startswith(MARKET) and quotes[0].cue == "said"
    assert _speaker(quotes[0]) == "Rahim Uddin"


@pytest.mark.parametrize("body", [
    f"The market will close next week, Rahim Uddin, who heads the traders' association, said.",
    f"The market will close next week, Rahim Uddin, who heads the traders' association, told reporters.",
    f"The market will close next week, Rahim Uddin, whose shop burned, said on Monday.",
])
def test_closing_attribution_with_relative_clause(body):
    quotes = _quotes(body, "will close next week")
    assert quotes and "Rahim" not in quotes[0].text and _speaker(quotes[0]) == "Rahim Uddin"


@pytest.mark.parametrize("closing", ["the statement read", "the ministry's statement read",
                                     "the statement reads", "read the statement"])
def test_document_read_after_the_quotation(closing):
    body = f'The Commerce Ministry issued a statement on Monday. "The market will close next week," {closing}.'
    quotes = _quotes(body, "will close next week")
    assert quotes and quotes[0].kind == "direct" and _speaker(quotes[0]) == "Ministry of Commerce (Bangladesh)"


@pytest.mark.parametrize("body,speaker", [
    (f"Rahim Uddin said prices had risen. According to him, {MARKET}.", "Rahim Uddin"),
    (f"Rahim Uddin said prices had risen. The market will close next week, according to him.", "Rahim Uddin"),
    (f"Rahima Begum said prices had risen. According to her, {MARKET}.", "Rahima Begum"),
])
def test_according_to_an_object_pronoun(body, speaker):
    quotes = _quotes(body, "will close next week")
    assert quotes and _speaker(quotes[0]) == speaker


@pytest.mark.parametrize("body,fragment,speaker", [
    (f"Her lawyer said {MARKET}.", MARKET, None),
    (f"Rahim Uddin told her that {MARKET}.", MARKET, "Rahim Uddin"),
])
def test_object_pronoun_is_no_subject(body, fragment, speaker):
    quotes = _quotes(body, fragment)
    assert quotes and _speaker(quotes[0]) == speaker


@pytest.mark.parametrize("body", [
    f"Judge Rahima Begum issued the order after a hearing in which she said {MARKET}.",
    f"Rahima Begum spoke at a rally at which she said {MARKET}.",
    f"Rahima Begum posted a video in which she said {MARKET}.",
])
def test_report_in_a_clause_of_in_which(body):
    quotes = _quotes(body, MARKET)
    assert quotes and quotes[0].text.startswith(MARKET) and _speaker(quotes[0]) == "Rahima Begum"



@pytest.mark.parametrize("body,fragment,speaker", [
    ("Villagers accuse the chairman of selling the relief rice.", "selling the relief rice", None),
    ("Rahim Uddin accuses the chairman of selling the relief rice.", "selling the relief rice", "Rahim Uddin"),
    ("Commissioner Rahim Uddin assured the parties the council would send magistrates to every upazila.",
     "the council would send", "Rahim Uddin"),
    ("The National Citizen Party proposed that every candidate open a single bank account.",
     "every candidate open", "National Citizen Party"),
    (f"Rahim Uddin defended the decision, telling reporters in Dhaka on Friday that {MARKET}.", MARKET, "Rahim Uddin"),
])
def test_rest_of_the_paradigm_of_telling(body, fragment, speaker):
    quotes = _quotes(body, fragment)
    assert quotes and _speaker(quotes[0]) == speaker



def test_places_called_unions_never_speak():
    body = ("Power supply has been cut off in several unions as a precaution, said an official of the power "
            "board, adding that the connection would be restored soon.")
    assert not [q for q in _quotes(body, "connection") if q.text.startswith("an official")]


@pytest.mark.parametrize("body", [
    '"We have nowhere else to go," one of them said.',
    "Most of them said they were workers from Gujarat who had been picked up by police.",
])
def test_one_of_them_still_speaks(body):
    rec = body_record("Forty people were pushed across the border on Monday. " + body, HEAD)
    assert rec.quotes
