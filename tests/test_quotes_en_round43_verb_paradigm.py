"""English quote recall (issue 10, round 43): every form of a reporting verb reports, not just the
forms the dev articles happened to show.

- the plural present of a group's report ("Officials point out that ...", "Residents allege that
  ...", "Both parties agree that ..."), the third person present ("The union concedes that ...")
  and the pasts that were missing ("He pointed out that ...", "she countered that ...", "opined
  that ...");
- the present of the bare reports ("Officials insist the road is safe", "Critics argue the plan
  will fail", "The union warns the strike will spread");
- words a dash sets off after an attribution are the writer's apposition: "..., she says -- a
  memoir about travel." reports the words before it, never the apposition;
- a document "reads" its words ("The caption read, '...'", "The circular reads that ..."), and
  speaks for the body that put it out with an indefinite article sentences back ("X has published
  a circular");
- a death or an arrest confirmed or reported is what was said ("confirmed her death at 6am");
- a speech act named by a noun reports the words after its "that" ("made it clear that ...",
  "gave an assurance that ...");
- "told" a plural addressee with its article before a bare report ("told the traders the market
  will ...");
- a body tells, informs, notifies, clarifies, argues, denies and estimates as a person does;
- "Others" of a debate speak, unnamed, as "some" do.

Kept out, so that no false quote comes in: the present forms that are nouns as often ("the claim
that ...", "the police report that was filed"), beliefs ("felt that"), and the bare present of
verbs whose object is as often a thing ("She admits defeat", "Experts predict heavy rain").

Sentences written for this file (no newspaper text).
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Council meets"
LEAD = "Karim Ahmed met the traders in Dhaka on Monday. "


def _quotes(body: str, fragment: str):
    return [q for q in body_record(LEAD + body, HEAD).quotes if fragment in q.text]


@pytest.mark.parametrize("verb", [
    "point out", "points out", "pointed out", "explain", "argue", "allege", "contend", "maintain",
    "maintains", "admit", "acknowledge", "confirm", "deny", "predict", "predicts", "concede",
    "concedes", "assert", "complain", "complains", "announce", "recall", "reiterate", "observe",
    "observes", "laments", "concludes", "agree", "agrees", "cautions", "write", "add", "testified",
    "testifies", "countered", "retorted", "opined", "hinted", "underlines",
])
def test_every_form_reports_with_that(verb):
    quotes = _quotes(f"The union leaders {verb} that the strike will go on for a week.", "strike will go")
    assert quotes and quotes[0].text.startswith("the strike will go")
    assert quotes[0].speaker is not None


def test_the_past_names_its_speaker():
    quotes = _quotes("Karim Ahmed pointed out that the market had been closed for a week.", "market had been")
    assert quotes and quotes[0].speaker.actor is not None and quotes[0].speaker.actor.name == "Karim Ahmed"


@pytest.mark.parametrize("verb", ["insist", "insists", "argue", "argues", "warn", "warns", "adds",
                                  "acknowledge", "acknowledges"])
def test_bare_present_reports(verb):
    quotes = _quotes(f"The union leaders {verb} the strike will go on for a week.", "strike will go")
    assert quotes and quotes[0].text.startswith("the strike will go")


@pytest.mark.parametrize("body", [
    "He rejected the claim that the vote was rigged.",
    "The news report that was filed on Sunday was wrong.",
    "It is a state that has seen many floods.",
    "Both sides agree to meet again next week.",
    "She admits defeat in the race.",
    "Experts predict heavy rain this week.",
    "Officials acknowledge the problem.",
    "Doctors warn of a dengue outbreak.",
    "The team adds two new players this season.",
    "The farmers felt that the price was unfair.",
    # no death or arrest made known
    "The death of the worker was reported by police.",
    "Karim Ahmed reported the matter to the police.",
    "Karim Ahmed confirmed the booking of the hall.",
    # no speech act named by a noun without its speaker or its "that"
    "The decision made it clear that the market will reopen next week.",
    "Karim Ahmed made it clear to the traders.",
    "The floods raised fears that the market will not reopen next week.",
    # an estimate is put in words only with its "that"
    "Floods submerged a third of the country and caused damage estimated at over $30 billion.",
])
def test_no_report(body):
    assert not [q for q in body_record(LEAD + body, HEAD).quotes if q.text and q.text in body]


@pytest.mark.parametrize("dash", ["--", "–", "—"])
def test_dash_apposition_after_attribution_is_the_writers(dash):
    body = f"A new market is on the way, he says {dash} a building of six floors."
    quotes = body_record(LEAD + body, HEAD).quotes
    assert [q for q in quotes if q.text.startswith("A new market is on the way")]
    assert not [q for q in quotes if "building of six floors" in q.text]


DOCUMENT_READS = [
    ("The Public Service Commission published a circular on Sunday. The circular reads that the test "
     "will be held in May.", "the test will be held in May", "Bangladesh Public Service Commission"),
    ("The Awami League posted a picture on Facebook on Monday. The caption read, ‘The leader returns "
     "home.’", "The leader returns home", "Awami League"),
    ("The Awami League issued a statement on Monday. The party's statement reads: “We will not take "
     "part in the vote.”", "We will not take part", "Awami League"),
    ("The Awami League issued a statement on Monday. The statement read in part, “We will not take "
     "part in the vote.”", "We will not take part", "Awami League"),
]


@pytest.mark.parametrize("body,fragment,issuer", DOCUMENT_READS)
def test_a_document_reads_for_its_issuer(body, fragment, issuer):
    """A document "reads" its words: its issuer, named before, speaks."""
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.actor is not None
    assert quotes[0].speaker.actor.name == issuer


@pytest.mark.parametrize("body", [
    "He read “War and Peace” twice that summer.",
    "The sign read “Closed”.",
    "The banners read, “Justice for the victims.”",
])
def test_reading_is_no_report_but_after_a_document(body):
    assert not body_record(LEAD + body, HEAD).quotes


@pytest.mark.parametrize("body,fragment", [
    ("Earlier, Prof Dr Rafiq Islam confirmed her death at 6am.", "her death at 6am"),
    ("Police also reported the arrest of another man who had shared the video.", "the arrest of another man"),
    ("Rafiq Islam confirms the deaths of three workers.", "the deaths of three workers"),
])
def test_a_death_or_arrest_made_known(body, fragment):
    """A death or an arrest confirmed or reported is what was said."""
    quotes = _quotes(body, fragment)
    assert quotes and quotes[0].text.startswith(fragment) and quotes[0].speaker is not None


@pytest.mark.parametrize("act", ["made it clear", "made the point", "gave an assurance", "voiced hope",
                                 "expressed confidence", "made the announcement"])
def test_speech_act_named_by_a_noun_before_that(act):
    """A speech act named by a noun reports the words after its "that"."""
    quotes = _quotes(f"Karim Ahmed {act} that the market will reopen next week.", "market will reopen")
    assert quotes and quotes[0].text.startswith("the market will reopen")
    assert quotes[0].speaker.actor is not None and quotes[0].speaker.actor.name == "Karim Ahmed"


@pytest.mark.parametrize("body,fragment", [
    ("Karim Ahmed told the traders the market will reopen next week.", "the market will reopen"),
    ("Karim Ahmed told his supporters they would win the vote.", "they would win the vote"),
])
def test_told_an_addressee_with_its_article(body, fragment):
    quotes = _quotes(body, fragment)
    assert quotes and quotes[0].text.startswith(fragment)


def test_told_a_story_is_no_report():
    body = "Karim Ahmed told the traders the story of the market."
    assert not [q for q in body_record(LEAD + body, HEAD).quotes if "story" in q.text]


BODY_LEAD = "The Awami League met on Monday. "


@pytest.mark.parametrize("body,fragment", [
    ("The Awami League has told aid agencies in Dhaka that the food vouchers may fall.", "the food vouchers may fall"),
    ("In a letter, the Awami League informed the traders that a new tax would apply from August.", "a new tax would apply"),
    ("The Awami League had notified the traders earlier this month that a new tax would apply.", "a new tax would apply"),
    ("The Awami League estimated that as many as 1,400 people may have been killed.", "as many as 1,400 people"),
    ("The Awami League denies that its workers attacked the market.", "its workers attacked the market"),
])
def test_a_body_tells_and_informs(body, fragment):
    """A body's words told, made known, estimated or denied are its speech, as a person's."""
    quotes = [q for q in body_record(BODY_LEAD + body, HEAD).quotes if fragment in q.text]
    assert quotes and quotes[0].speaker.actor is not None and quotes[0].speaker.actor.name == "Awami League"


@pytest.mark.parametrize("body", [
    # a body's confirmation is a fact it states (test_quotes_en_round42_recall.py)
    "The Awami League confirmed that a new tax would apply from August.",
    "The Awami League estimated the loss at Tk 20 crore.",
])
def test_a_body_states_no_words(body):
    assert not [q for q in body_record(BODY_LEAD + body, HEAD).quotes if q.text and q.text in body]


@pytest.mark.parametrize("body,fragment,issuer", [
    ("Job seekers can apply from April as the Bangladesh Public Service Commission (BPSC) has published a "
     "circular seeking applications. According to the health ministry, 4,542 surgeons will be recruited. The "
     "circular reads that the test will be held in May.", "the test will be held in May",
     "Bangladesh Public Service Commission"),
    ("The Awami League issued a statement on Monday. Karim Ahmed said the market would reopen. The "
     "statement said the party would join the talks.", "the party would join the talks", "Awami League"),
])
def test_the_document_is_its_introducers(body, fragment, issuer):
    """A document a body put out sentences back speaks for that body, not for whoever spoke since."""
    quotes = [q for q in body_record(body, HEAD).quotes if fragment in q.text]
    assert quotes and quotes[0].speaker.actor is not None and quotes[0].speaker.actor.name == issuer


def test_a_body_named_in_a_clause_before_reports_does_not_say():
    """"say" stays a person's or a source's: the body of a clause before the reports is not who says."""
    body = ("While it has formed an alliance with the Awami League, reports say it is continuing talks "
            "with more parties.")
    quotes = [q for q in body_record(BODY_LEAD + body, HEAD).quotes if "continuing talks" in q.text]
    assert not [q for q in quotes if q.speaker and q.speaker.actor and q.speaker.actor.name == "Awami League"]


@pytest.mark.parametrize("verb", ["argue", "say"])
def test_others_speak_unnamed(verb):
    """"Others" of a debate speak, left unnamed, as "some" do."""
    quotes = _quotes(f"Others {verb} a broader framework could give the traders more leverage.", "broader framework")
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.actor is None
