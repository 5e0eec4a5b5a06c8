"""English quote recall (issue 10, round 44): general forms of English reported speech the cue
grammar did not cover, each with its whole paradigm rather than the form dev showed.

- verbs of speaking that frame quoted words in dialogue ("quipped", "joked", "exclaimed",
  "chanted", "shouted", "wondered", "pleaded", "whispered") report as "said" does, before,
  after or around the quotation, and name their speaker;
- the progressive aspect of a report ("has been saying that ...", "were alleging that ...", "kept
  saying that ..."): an auxiliary of "be" before an -ing cue is no passive (not "are demanding
  that ...", a protest's standing demand, nor "banners demanding '...'", a slogan carried);
- a report of how something happened ("recounted how ...", "explained how ...", "told of how
  ..."): its "how" opens the reported content as "that" does;
- what was revealed or disclosed with its "that" ("Police revealed that ..."; never "revealed
  the plan", a thing made known);
- "reminded" an addressee that ... reports as "told" does;
- a question put in words, its wh-word opening what was asked ("questioned whether ...", "wanted
  to know when ..."; not "asked who ...", as often a story's narration as a report in the gold,
  nor "asked him to ...", the passive "was asked whether", or "When asked whether ..., X said");
- "dubbed" and "spoke of" frame a quoted phrase as "termed" does;
- the rest of the paradigm of telling: "proclaimed", "echoed", "confessed" report as "declared"
  does (a threat only in quoted words: "the hosts never threatened to get close"); charges, protests
  and regrets with their "that" ("charged that ...", never "charged with murder"); an appeal to
  somebody to act ("appealed to the traders to keep calm"); the addressee after "to" before the
  "that" ("admitted to the police that ...");
- an attribution closing the sentence whose speaker's name has an apposition set off by commas
  ("..., Rahim Uddin, president of the traders' association, said."): the words before it are
  the report, the name its speaker (before, no quote, or the name read as part of the report and
  a time adjunct as the speaker);
- "according to" set inside the reported words ("The market, according to X, will close"; not a
  figure's source with no clause after it, "..., according to the index, up from 30 per cent");
- a sentence that is only an act of telling whose object stands for the sentence before ("Two men
  were arrested. OC X confirmed the matter.", "X disclosed the information to reporters", "X
  provided this information", "X said this while speaking at a rally"): the sentence before is
  what X said (rule matter_referred_after_cue), never when that sentence holds a quote or a cue
  of its own, or the object is a clause ("confirmed the matter was closed").

Kept out, so that no false quote comes in: a cue in the passive ("it was said that"), "how" of a
thing shown rather than told ("the video showed how ..."), and "revealed"/"disclosed" with an
object and no "that".

Sentences written for this file (no newspaper text).
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

HEAD = "Council meets"
LEAD = "Karim Ahmed met the traders in Dhaka on Monday. "


def _quotes(body: str, fragment: str):
    return [q for q in body_record(LEAD + body, HEAD).quotes if fragment in q.text]


def _speaker(quote) -> str | None:
    return quote.speaker.actor.name if quote.speaker and quote.speaker.actor else None


@pytest.mark.parametrize("body", [
    '"We will win the next match," quipped Rahim Uddin.',
    '"We will win the next match," Rahim Uddin joked.',
    'Rahim Uddin exclaimed, "We will win the next match!"',
    '"We will win the next match," Rahim Uddin shouted.',
    '"We will win the next match," chanted Rahim Uddin.',
    '"Will we win the next match?" wondered Rahim Uddin.',
    '"Let us win the next match," Rahim Uddin pleaded.',
    '"We will win the next match," Rahim Uddin whispered to a friend.',
])
def test_dialogue_verbs_name_their_speaker(body):
    quotes = _quotes(body, "the next match")
    assert quotes and _speaker(quotes[0]) == "Rahim Uddin"


MARKET = "the market will close next week"
FIRE = "he set the fire"
# (sentence, the words its report opens with): each reported by Rahim Uddin
REPORTS = [
    # the progressive, after "be" or a verb of going on
    *[(f"Rahim Uddin {aux} that {MARKET}.", MARKET) for aux in (
        "has been saying", "was saying", "had been claiming", "is insisting", "has been alleging",
        "has also been arguing", "kept saying", "continued alleging")],
    # an account of how it happened
    *[(f"Rahim Uddin {verb} how a mob set the market on fire.", "how a mob set the market") for verb in (
        "recounted", "recounts", "explained", "explains", "told of", "described", "recalled", "narrated")],
    # what was revealed with its "that"
    *[(f"Rahim Uddin {verb} that {MARKET}.", MARKET) for verb in ("revealed", "reveals", "disclosed", "discloses")],
    # a question put in words
    ("Rahim Uddin questioned whether the market was closed.", "whether the market was closed"),
    ("Rahim Uddin wanted to know when the market was closed.", "when the market was closed"),
    ("Rahim Uddin questions why the market was closed.", "why the market was closed"),
    # a reminder given as "told" is
    *[(f"Rahim Uddin reminded {who} that {MARKET}.", MARKET) for who in ("the traders", "reporters", "the council members")],
    # the rest of the paradigm of telling
    ("Rahim Uddin proclaimed that the market will reopen next week.", "the market will reopen"),
    ('"The market will reopen next week," echoed Rahim Uddin.', "The market will reopen"),
    (f"Rahim Uddin confessed that {FIRE}.", FIRE),
    ("The market will reopen next week, Rahim Uddin confessed.", "The market will reopen"),
    ("Rahim Uddin charged that the mayor had lied.", "the mayor had lied"),
    ("Rahim Uddin protested that the market was closed without notice.", "the market was closed"),
    ("Rahim Uddin regretted that the market was closed.", "the market was closed"),
    ("Rahim Uddin appealed to the traders to keep calm.", "the traders to keep calm"),
    (f"Rahim Uddin admitted to the police that {FIRE}.", FIRE),
    ("Rahim Uddin explained to reporters that the market will reopen.", "the market will reopen"),
]


@pytest.mark.parametrize("body,opening", REPORTS)
def test_report_names_its_speaker(body, opening):
    quotes = _quotes(body, opening)
    assert quotes and quotes[0].text.startswith(opening) and _speaker(quotes[0]) == "Rahim Uddin"


@pytest.mark.parametrize("body", ['Rahim Uddin dubbed the decision "a black law".',
                                  'Rahim Uddin spoke of "a black law" in his speech.'])
def test_quoted_phrase_dubbed_or_spoken_of(body):
    quotes = _quotes(body, "a black law")
    assert quotes and quotes[0].kind == "partial" and _speaker(quotes[0]) == "Rahim Uddin"


@pytest.mark.parametrize("body", [
    "There is no plan to close the market, Rahim Uddin, president of the traders' association, said.",
    "There is no plan to close the market, Rahim Uddin, the head of the association, told reporters.",
    "There is no plan to close the market, Rahim Uddin, a trader, said on Monday.",
    "There is, however, no plan to close the market, Rahim Uddin, a trader, said.",
    "There is no plan to close the market, Rahim Uddin, a spokesman for the traders, told AFP.",
])
def test_closing_attribution_with_apposition(body):
    quotes = _quotes(body, "no plan to close")
    assert quotes and "Rahim" not in quotes[0].text and _speaker(quotes[0]) == "Rahim Uddin"


def test_according_to_inside_the_report():
    quotes = _quotes("The market, according to Rahim Uddin, will close next week.", "will close next week")
    assert quotes and _speaker(quotes[0]) == "Rahim Uddin"


@pytest.mark.parametrize("telling", [
    "Officer-in-Charge Rahim Uddin confirmed the matter.",
    "Rahim Uddin disclosed the information to reporters on Tuesday.",
    "Rahim Uddin provided this information.",
    "Rahim Uddin informed this to the Daily Star.",
    "Rahim Uddin said this while speaking at a rally.",
])
def test_matter_referred_after_cue(telling):
    quotes = _quotes("Two men were arrested in Sylhet on Monday night. " + telling, "Two men were arrested")
    assert quotes and quotes[0].text.startswith("Two men") and _speaker(quotes[0]) == "Rahim Uddin"


def test_matter_referred_after_a_report_stays_the_reporters():
    body = "Rahim Uddin said two men were arrested in Sylhet on Monday night. Abdul Karim confirmed the matter."
    assert [_speaker(q) for q in _quotes(body, "men were arrested")] == ["Rahim Uddin"]


def test_matter_with_a_clause_of_its_own_refers_back_to_nothing():
    body = "Two men were arrested in Sylhet on Monday night. Rahim Uddin confirmed the matter was closed."
    assert not _quotes(body, "Two men were arrested")


def test_matter_after_a_quotation_adds_no_second_quote():
    body = '"Two men were arrested in Sylhet on Monday night," he said. Rahim Uddin confirmed the matter.'
    assert [q.kind for q in _quotes(body, "men were arrested")] == ["direct"]


@pytest.mark.parametrize("body,fragment", [
    ("Rahim Uddin explained how to apply for a shop in the new market.", "apply for a shop"),
    ("The market was being described as unsafe by many.", "unsafe"),
    ("The video showed how a mob set the market on fire.", "a mob set the market"),
    ("A CCTV camera recorded how a mob set the market on fire.", "a mob set the market"),
    ("Rahim Uddin revealed the plan for the new market.", "the plan"),
    ("Rahim Uddin disclosed the names of the new members.", "the names"),
    ("Rahim Uddin knows how a mob set the market on fire.", "a mob set the market"),
    ("Rahim Uddin was asked whether the market would close.", "the market would close"),
    ("Rahim Uddin asked who had set the market on fire.", "had set the market"),
    ("Rahim Uddin was charged with setting the market on fire.", "setting the market"),
    ("The visitors batted well but the hosts never threatened to get close to the target.", "to get close"),
    ("The protesters, who gathered at noon, are demanding that the council reopen the market.", "the council reopen"),
    ('Residents blocked the road, their banners demanding "Justice for the traders".', "Justice for the traders"),
    ("Rahim Uddin protested the decision to close the market.", "the decision"),
    ("After the fire broke out in the market, police questioned Rahim Uddin.", "the fire broke out"),
    ("After the fire broke out in the market, the gang threatened Rahim Uddin.", "the fire broke out"),
    ("Rahim Uddin asked the traders to leave the market.", "leave the market"),
    ("When asked whether the market would close next week, Rahim Uddin smiled.", "the market would close"),
    ("The share has grown to 42 per cent, according to the market index, up from 30 per cent in 2012.",
     "The share has grown"),
])
def test_no_quote(body, fragment):
    assert not _quotes(body, fragment)
