"""English speakers pointed back at or named after a title (issue 10, round 37).

- "The commission alleges ..." after "the Anti-Corruption Commission (ACC) filed a petition": a
  usual body reference that is also the head of a name the article gives points back to that
  body, subject or not (rule body_named_by_its_head; before, only a body opening its sentence).
- '"...," the left-arm pacer said' after "X ... He said ...": the closing quotation mark after the
  quotation's comma is no word of the description, which points back at X (rule
  described_subject); "pacer" and "lieutenant colonel" are titles, "left-arm" a modifier.
- "Burimari Land Port Manager X said ...": "manager" is a title, the name after it the speaker.
- "X, who was ..., said people need dates rather than general promises": the region after the
  comma of a reported sentence never opens with a cue ("said ... general" is no speaker of
  "promises"); the sentence is X's report.
- "CEC Nasir Uddin" typed one person by the NER: the title is left out of the name
  (rule title_glued_to_name).
- A headline closing on "Home adviser": its holder on the date speaks the lede ("Home Adviser"
  names the home ministry's office in lang/en/actors.yaml).
- "Officials said X claimed ... . '...,' the media officer said": X, whom the sentence reports
  about, is no antecedent of the description (rule subject_of_report).

Entities are placed by hand. Sentences written for this file (no newspaper text). Before the
change the cases fail, after none; the controls pass before and after.
"""
from __future__ import annotations

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.record import Actor, Entity, Record, record_id
from quote_fixtures import assert_speakers_by_actor_name


def _speaker_of(text: str, fragment: str, *entities: tuple[str, str]) -> str | None:
    """The actor name of the one quote holding `fragment` in `text` (None: no actor), the
    entities (surface, type) placed by hand with actors of their own."""
    ents = []
    for surface, etype in entities:
        pos = text.index(surface)
        actor = Actor(id="new:" + surface.lower().replace(" ", "-"), name=surface, provisional=True)
        ents.append(Entity(text=surface, start=pos, end=pos + len(surface), type=etype, actor=actor))
    rec = Record(id=record_id(text), text=text, language="en", published="2024-03-01", entities=ents)
    quotes.run(rec, lang.load("en"))
    (q,) = [q for q in rec.quotes if fragment in q.text]
    return q.speaker.actor.name if q.speaker and q.speaker.actor else None


COMMISSION = ("A court froze the accounts of the former chairman after the Anti-Corruption Commission "
              "filed a petition on Monday. The commission alleges that the bank lent money to eleven "
              "firms that existed only on paper.")
PACER = ("Rafiq Hasan gave away only nine runs in his last two overs. He said he was happy with his rhythm. "
         '"The pitch was slower in the second half, so I bowled cutters," the left-arm pacer said.')
COLONEL = ("Lt Col Nurul Karim, commander of the battalion, said his unit had sent a protest. Nothing of the "
           "kind was found where the man fell, the lieutenant colonel added.")
MANAGER = ("Hundreds of lorries waited at the crossing on Tuesday. Sonapur Land Port Manager Jamal Hossain said "
           "exports of stone and rice bran were continuing normally.")
ECONOMIST = ("Savers are worried. Kamal Uddin, who was for years an economist at a bank, said people need clear "
             "dates rather than general promises.")


def test_a_usual_body_reference_that_heads_a_name_points_back_to_it():
    assert _speaker_of(COMMISSION, "lent money to eleven firms",
                       ("Anti-Corruption Commission", "ORG")) == "Anti-Corruption Commission"


def test_a_described_speaker_after_a_quotation_points_back():
    assert _speaker_of(PACER, "so I bowled cutters", ("Rafiq Hasan", "PER")) == "Rafiq Hasan"


def test_a_rank_spelled_out_points_back_at_its_holder():
    assert _speaker_of(COLONEL, "Nothing of the kind was found", ("Nurul Karim", "PER")) == "Nurul Karim"


def test_a_manager_named_after_the_title_speaks():
    assert _speaker_of(MANAGER, "exports of stone and rice bran") == "Jamal Hossain"


def test_a_region_opening_with_a_cue_is_no_speaker():
    assert _speaker_of(ECONOMIST, "people need clear dates", ("Kamal Uddin", "PER")) == "Kamal Uddin"


def test_control_a_title_with_nobody_before_stays_unnamed():
    text = '"The pitch was slower in the second half," the left-arm pacer said.'
    assert _speaker_of(text, "The pitch was slower") is None


def test_a_title_the_ner_ran_into_a_name_is_left_out_of_it():
    text = ('Chief Election Commissioner AMM Nasir Uddin met the parties on Sunday. "We want a field not tilted '
            'by money," CEC Nasir Uddin said.')
    assert _speaker_of(text, "We want a field", ("CEC Nasir Uddin", "PER")) in ("Nasir Uddin", "AMM Nasir Uddin")


def test_control_a_title_with_no_name_after_it_stays():
    assert _speaker_of('"No one will be spared," Narayanganj Superintendent said.', "No one will be spared",
                       ("Narayanganj Superintendent", "PER")) == "Narayanganj Superintendent"


def test_a_headline_closing_on_the_home_adviser_names_the_lede_speaker():
    """("Home Adviser" is the usual English title of Bangladesh's home affairs adviser: the
    registry's holder of the home ministry's office on the date.)"""
    assert_speakers_by_actor_name(
        '"As you know, a decision has been made to send the case to a speedy trial tribunal," he said after a '
        'meeting at the home ministry in Dhaka.', [("speedy trial tribunal", "Jahangir Alam Chowdhury")], "en",
        published="2025-12-22", title="Govt to complete murder trial within its tenure: Home adviser")


def test_a_description_never_points_back_at_a_person_reported_about():
    text = ("The arrestees were identified as Nur Alam, 38, and Md Rafiq, 27. Officials said Rafiq claimed to be "
            'a fisherman. "Our patrol team signalled the trawler to stop," the media officer said.')
    assert _speaker_of(text, "Our patrol team signalled", ("Nur Alam", "PER"), ("Md Rafiq", "PER"),
                       ("Rafiq", "PER")) is None
