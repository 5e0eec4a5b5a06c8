"""English speaker rules: a one-word namesake, speaker-after-quote split off by a question mark,
a paragraph between a quotation and the next attribution, relatives as titles.

Entities are given by hand (as in test_quotes.py) so that the quote layer is tested on its own.
"""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.quotes.attribution import cue_opens_sentence, paragraph_between
from khobor.quotes.grammar import grammar_for
from khobor.record import Actor, Entity
from test_quotes import find, make, offsets_hold, speaker_name


def test_a_one_word_namesake_gives_way_to_the_person_named_in_full():
    text = ('"Buyers will not wait," said Faruque Hassan, president of the association. '
            '"They will go elsewhere," Hassan said.')
    rec = make(text, "en", people=[("Faruque Hassan", "Faruque Hassan")])
    # the linker took the bare surname for a one-word registry namesake
    namesake = Actor(id="hassan", name="Hassan", country="JOR", sector="ELI")
    pos = text.index("Hassan said")
    rec.entities.append(Entity(text="Hassan", start=pos, end=pos + 6, type="ORG", actor=namesake))
    rec.quotes = []
    quotes.run(rec, lang.load("en"))
    assert speaker_name(find(rec, "They will go elsewhere")) == "Faruque Hassan"
    offsets_hold(rec)


def test_a_registry_person_with_a_fuller_name_keeps_the_registry_actor():
    text = 'Lena Brook said the talks failed. "We will try again," Brook said.'
    rec = make(text, "en", people=[("Lena Brook", "Lena Brook"), ("Brook", "Alan Brook")])
    # "Brook" links to a registry person of two words: not a one-word namesake, so it stays
    assert speaker_name(find(rec, "We will try again")) == "Alan Brook"


def test_speaker_after_a_question_split_off_by_the_sentence_splitter():
    rec = make('"Who will pay for the pumps?" asked Shirin Sultana, a resident.', "en",
               people=[("Shirin Sultana", "Shirin Sultana")])
    q = find(rec, "Who will pay")
    assert q.kind == "direct" and q.cue == "asked" and speaker_name(q) == "Shirin Sultana"
    assert cue_opens_sentence("asked Rina Paul.", 0, 0)
    assert not cue_opens_sentence("Asked about it, she said no.", 0, 0)


def test_a_question_word_is_no_quotation_of_speech():
    rec = make('The corporal asked Rina Paul where "Sir" was.', "en", people=[("Rina Paul", "Rina Paul")])
    assert not [q for q in rec.quotes if q.text == "Sir"]


def test_a_new_paragraph_after_a_quotation_is_its_own_attribution():
    text = ('"Buyers will not wait," said Rina Paul. "They will go elsewhere."\n'
            "Tom Reyes said the association had written to the ministry.")
    rec = make(text, "en", people=[("Rina Paul", "Rina Paul"), ("Tom Reyes", "Tom Reyes")])
    assert speaker_name(find(rec, "They will go elsewhere")) != "Tom Reyes"
    q = find(rec, "the association had written")
    assert q.kind == "indirect" and speaker_name(q) == "Tom Reyes"
    assert paragraph_between(text, text.index("\n") - 1, text.index("Tom"))
    assert not paragraph_between('"We go." Tom said so.', 8, 9)


def test_a_relative_set_off_before_a_name_is_a_title():
    text = "Aminul Islam's wife, Najma, told the Courier that her husband had worked at a bank."
    rec = make(text, "en", people=[("Aminul Islam", "Aminul Islam")])
    # the NER called her a body, as it often calls a lone given name; nobody linked it
    pos = text.index("Najma")
    rec.entities.append(Entity(text="Najma", start=pos, end=pos + 5, type="ORG",
                               actor=Actor(id="new:najma", name="Najma", provisional=True)))
    rec.quotes = []
    quotes.run(rec, lang.load("en"))
    q = find(rec, "her husband had worked at a bank")
    assert q.kind == "indirect" and speaker_name(q) == "Najma"


def test_a_pronoun_after_she_named_a_person_is_not_that_person_as_he():
    text = ('Tom Reyes defended the plan. Rina Paul called it a stunt. She said the clinic lacked doctors. '
            '"Beds are furniture," Paul said. "We are hiring doctors," he said.')
    rec = make(text, "en", people=[("Rina Paul|Paul", "Rina Paul"), ("Tom Reyes", "Tom Reyes")])
    assert speaker_name(find(rec, "the clinic lacked doctors")) == "Rina Paul"
    # "she" made Rina Paul a woman: the "he" after her quotation is not hers
    assert speaker_name(find(rec, "We are hiring doctors")) != "Rina Paul"


def test_a_definite_title_opening_the_sentence_before_is_the_pronouns_antecedent():
    text = ('Health Minister Samanta Sen said the hospital would grow. Opposition lawmaker Rina Paul '
            'called it a stunt. "Beds are furniture," Paul told parliament. The minister rejected the '
            'criticism. "We are hiring doctors," he said.')
    rec = make(text, "en", people=[("Samanta Sen", "Samanta Sen"), ("Rina Paul|Paul", "Rina Paul")])
    assert speaker_name(find(rec, "We are hiring doctors")) == "Samanta Sen"


def test_words_after_the_cue_that_make_a_clause_are_no_speaker():
    rec = make("The ministry's spokesman, Abdul Karim, said exports had grown. "
               "Cheap prototypes help students, said university president Tom Reyes.",
               "en", people=[("Abdul Karim", "Abdul Karim"), ("Tom Reyes", "Tom Reyes")])
    q = find(rec, "exports had grown")
    assert q.text == "exports had grown" and speaker_name(q) == "Abdul Karim"
    assert speaker_name(find(rec, "Cheap prototypes help students")) == "Tom Reyes"




def test_in_what_somebody_called_frames_the_event_with_their_words():
    # "..., in what X called Y": Y is X's characterisation; an object "protesting what they called
    # Y" and the passive "in what was called Y" are no report
    rec = make("Three shops burned in the old market on Sunday, in what traders called the worst fire in "
               "a decade. Hundreds were detained in 2019, in what the Civic Party describes as politically "
               "motivated arrests. Workers marched on Monday, protesting what they called unfair wage cuts. "
               "The hall hosted the first meeting, in what was called a fresh start for the town.",
               "en", orgs=[("the Civic Party", "Civic Party")])
    q = find(rec, "the worst fire in a decade")
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.text == "traders"
    assert speaker_name(find(rec, "politically motivated arrests")) == "Civic Party"
    assert not [q for q in rec.quotes if "unfair wage cuts" in q.text or "fresh start" in q.text]
    offsets_hold(rec)


def test_in_what_somebody_called_ends_at_the_clause_that_closes_it():
    # the characterisation ends at the comma that closes the framing clause: what follows is the
    # writer's own narration, not the witnesses' words
    rec = make("Police fired tear gas at the crowd on Sunday, in what witnesses called an excessive "
               "response, and arrested 20 students near the campus.", "en")
    q = find(rec, "an excessive response")
    assert q.text == "an excessive response" and q.speaker is not None and q.speaker.text == "witnesses"
    assert not [q for q in rec.quotes if "near the campus" in q.text]
    offsets_hold(rec)


def test_a_participle_right_after_a_bare_cue_reports_the_words_before_it():
    text = ('Most readers at the library are job seekers, Rina Paul said adding that '
            'some researchers come too.')
    rec = make(text, "en", people=[("Rina Paul", "Rina Paul")])
    assert speaker_name(find(rec, "Most readers at the library are job seekers")) == "Rina Paul"
    assert not [q for q in rec.quotes if q.text.startswith("adding")]
    offsets_hold(rec)


def test_a_body_calls_for_in_its_own_voice_but_confirms_a_fact():
    text = ('The Traders Union has called for protests in front of the ministry. '
            'However, the Traders Union has confirmed that its leader will not contest the polls.')
    rec = make(text, "en", orgs=[("The Traders Union|the Traders Union", "Traders Union")])
    assert speaker_name(find(rec, "protests in front of the ministry")) == "Traders Union"
    assert not [q for q in rec.quotes if "its leader will not contest" in q.text]
    offsets_hold(rec)


def test_an_instruction_or_advice_reports_what_was_told():
    text = ('Rina Paul instructed the returning officers to uphold the rule of law. '
            'Tom Reyes was advised to rest for a week. The film was directed by Rina Paul.')
    rec = make(text, "en", people=[("Rina Paul", "Rina Paul"), ("Tom Reyes", "Tom Reyes")])
    q = find(rec, "to uphold the rule of law")
    assert q.kind == "indirect" and speaker_name(q) == "Rina Paul"
    assert [q.text for q in rec.quotes] == [q.text]
    offsets_hold(rec)


def test_stressed_on_takes_what_was_stressed_as_its_object():
    rec = make("Rina Paul stressed on vocational education to create skilled workers.", "en",
               people=[("Rina Paul", "Rina Paul")])
    assert speaker_name(find(rec, "vocational education to create skilled workers")) == "Rina Paul"



# round 38: reports the patterns missed for a word between cue, speaker and sentence end: (text,
# people, a fragment of the quote, the speaker's words or canonical name, a word the quote must not hold)
_REPORT_EDGE_CASES = [
    # a relative clause about an inverted speaker closes the report
    ("Two of the injured could not be named yet, said Inspector Rana Karim, who runs the camp.",
     [("Rana Karim", "Rana Karim")], "could not be named yet", "Rana Karim", "who runs"),
    ("Fuel prices could rise again next year, said an energy economist who asked not to be named.",
     [], "Fuel prices could rise again", "an energy economist", "asked"),
    # "last week" after the cue; unnamed fishermen speak
    ("Since March, five more boats have sunk, the rights group said last week.",
     [], "five more boats have sunk", "the rights group", "last week"),
    ("Several fishermen at the jetty said the warning came too late.",
     [], "the warning came too late", "Several fishermen", "jetty"),
    # adjuncts of a cue set in the middle of its report, or two of them closing it
    ("Police would not look at party badges, Rana Karim said at the Secretariat, and troops would back them up.",
     [("Rana Karim", "Rana Karim")], "Police would not look at party badges", "Rana Karim", None),
    ("The raid began around 3am near the channel, Rana Karim said at a briefing at the Teknaf station later in the day.",
     [("Rana Karim", "Rana Karim")], "The raid began around 3am near the channel", "Rana Karim", "briefing"),
    # "according to" a source described after its title
    ("The real test will come next quarter, according to an economist with a research group in Dhaka.",
     [], "The real test will come next quarter", "an economist", "research"),
    ("The ferry will run again in May, according to a manager with the shipping corporation.",
     [], "The ferry will run again in May", "a manager", "corporation"),
]


@pytest.mark.parametrize("text, people, fragment, speaker, absent", _REPORT_EDGE_CASES)
def test_reports_closed_by_adjuncts_relatives_and_described_sources(text, people, fragment, speaker, absent):
    rec = make(text, "en", people=people)
    q = find(rec, fragment)
    assert q.kind == "indirect" and speaker in (q.speaker.text, speaker_name(q))
    assert absent is None or absent not in q.text
    offsets_hold(rec)
