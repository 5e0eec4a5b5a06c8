"""English attributions of the wire style: a speaker after the quotation closed by "of" (his
institution) or "by email", a quotation that closes mid-sentence before its attribution, a
document read out, rarer verbs of speech, and a name set off after its description as the
antecedent of "he".

Entities are given by hand (as in test_quotes.py) so that the quote layer is tested on its own.
"""
from __future__ import annotations

from test_quotes import find, make, offsets_hold, speaker_name


def test_a_speaker_after_the_quotation_with_his_institution_after_of():
    rec = make('"The timing is poor," said analyst Kamal Farid of the Dhaka Policy Institute, a think tank.',
               "en", people=[("Kamal Farid", "Kamal Farid")], orgs=[("Dhaka Policy Institute", "Dhaka Policy Institute")])
    assert speaker_name(find(rec, "The timing is poor")) == "Kamal Farid"
    offsets_hold(rec)


def test_a_speaker_after_the_quotation_then_by_email():
    rec = make('"We have invested in wind for years," said company spokesman Tareq Aziz by email.',
               "en", people=[("Tareq Aziz", "Tareq Aziz")])
    assert speaker_name(find(rec, "invested in wind")) == "Tareq Aziz"


def test_a_title_before_of_is_still_read_with_its_body():
    # "of" closes the region only after a name: "the head of the union" is not cut to "the head"
    rec = make('"We will strike," said the head of the union.', "en")
    assert find(rec, "We will strike").speaker.text == "the head of the union"


def test_a_quotation_closing_mid_sentence_before_its_attribution():
    text = ('Mayor Rehana Sultana spoke on Monday. The city "will not flood again this year," '
            'she told reporters.')
    rec = make(text, "en", people=[("Rehana Sultana", "Rehana Sultana")])
    q = find(rec, "will not flood again")
    assert q.kind == "partial" and speaker_name(q) == "Rehana Sultana"
    offsets_hold(rec)


def test_a_quotation_mid_sentence_with_a_second_quotation_after_the_cue_is_not_read_so():
    # 'Citing "I Have a Dream," X said, "I have a plan."': the first is a title, not X's report
    rec = make('Citing the speech "I Have a Dream," Tarique Rahman said, "I have a plan."', "en",
               people=[("Tarique Rahman", "Tarique Rahman")])
    assert not [q for q in rec.quotes if q.text.startswith("I Have a Dream")]


def test_a_statement_read_out_speaks_for_the_body_it_comes_from():
    rec = make('"This deal is a trap for workers," read a statement from the Jute Workers Union.', "en",
               orgs=[("Jute Workers Union", "Jute Workers Union")])
    assert speaker_name(find(rec, "trap for workers")) == "Jute Workers Union"


def test_read_with_no_document_is_no_cue():
    rec = make('The students read the poem "Rebel" aloud in class.', "en")
    assert not rec.quotes


def test_contended_and_fretted_report_speech():
    rec = make('"I am not ready to leave," fretted Amina Khatun. "The rule is about politics," '
               'Omar Faruk contended.', "en", people=[("Amina Khatun", "Amina Khatun"), ("Omar Faruk", "Omar Faruk")])
    assert speaker_name(find(rec, "not ready to leave")) == "Amina Khatun"
    assert speaker_name(find(rec, "about politics")) == "Omar Faruk"


def test_a_name_set_off_after_its_description_is_the_antecedent_of_he():
    text = ('"The party protects no one," general secretary Moinul Haque said. '
            'The councillor, Jasim Uddin, denied the charge. "I have been framed," he wrote.')
    rec = make(text, "en", people=[("Moinul Haque", "Moinul Haque"), ("Jasim Uddin", "Jasim Uddin")])
    assert speaker_name(find(rec, "I have been framed")) == "Jasim Uddin"


def test_an_adverbial_set_off_before_a_name_keeps_the_last_speaker():
    # "In Dhaka, X ..." is no description of X: X is named inside a sentence about somewhere
    text = ('"The party protects no one," general secretary Moinul Haque said. '
            'Meanwhile, in Dhaka, Jasim Uddin was arrested. "We will appeal," he said.')
    rec = make(text, "en", people=[("Moinul Haque", "Moinul Haque"), ("Jasim Uddin", "Jasim Uddin")])
    assert speaker_name(find(rec, "We will appeal")) == "Moinul Haque"


def test_told_an_addressee_then_a_bare_report():
    rec = make("Lawyer Chris Mhike told VOA he was waiting for the High Court to set a date.", "en",
               people=[("Chris Mhike", "Chris Mhike")])
    q = find(rec, "he was waiting for the High Court")
    assert q.kind == "indirect" and speaker_name(q) == "Chris Mhike" and q.cue == "told"
    offsets_hold(rec)


def test_told_an_addressee_with_no_clause_reports_nothing():
    rec = make("Minister Rina Paul told reporters in Dhaka about the plan. She told VOA Bangla.", "en",
               people=[("Rina Paul", "Rina Paul")])
    assert not rec.quotes


def test_the_head_of_a_body_not_named_before_is_not_the_last_speaker():
    text = ('"Children are dying," Catherine Russell, the agency\'s director, told the council. '
            'The head of Doctors Without Borders told the council that his teams had treated 385 survivors.')
    rec = make(text, "en", people=[("Catherine Russell", "Catherine Russell")])
    assert speaker_name(find(rec, "his teams had treated")) is None


def test_the_president_of_a_body_named_before_is_still_its_president_who_spoke():
    text = ('"We will protest," DRU president Abu Saleh said on Monday. '
            'The president of DRU said that the union would hold a rally.')
    rec = make(text, "en", people=[("Abu Saleh", "Abu Saleh")], orgs=[("DRU", "Dhaka Reporters Unity")])
    assert speaker_name(find(rec, "the union would hold a rally")) == "Abu Saleh"


def test_a_quotation_then_he_said_and_a_bare_report_gives_both():
    text = ('Rina Paul spoke at the meeting. "We are hearing reports of violence." '
            'He said the security forces have arrested at least 2,400 people.')
    rec = make(text, "en", people=[("Rina Paul", "Rina Paul")])
    q = find(rec, "security forces have arrested")
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.text == "He"
    assert find(rec, "We are hearing reports").speaker.text == "He"
    offsets_hold(rec)


def test_a_day_or_the_speaker_after_the_cue_is_no_bare_report():
    rec = make('"We support them," foreign secretary Vikram Misri said Saturday while announcing a visit. '
               '"We will win," said Rahim Uddin who was arrested in May.', "en",
               people=[("Vikram Misri", "Vikram Misri"), ("Rahim Uddin", "Rahim Uddin")])
    assert not [q for q in rec.quotes if "Saturday" in q.text or "arrested in May" in q.text]


def test_the_spokesperson_brought_in_unnamed_after_the_last_speaker_stays_unnamed():
    text = ('"I will get him out," Donald Trump said in an interview. The White House did not reply. '
            'But a State Department spokesperson reaffirmed the call for his release. '
            '"His detention is an example of repression," said the spokesperson.')
    rec = make(text, "en", people=[("Donald Trump", "Donald Trump")])
    assert speaker_name(find(rec, "His detention is an example")) is None


def test_the_expert_after_the_named_expert_spoke_goes_on_with_her():
    text = ('Rights abuses are rising, a UN expert said on Tuesday. "The attacks must stop," said '
            'Irene Khan, the special rapporteur. The expert called on the government to protect journalists.')
    rec = make(text, "en", people=[("Irene Khan", "Irene Khan")])
    assert speaker_name(find(rec, "to protect journalists")) == "Irene Khan"


def test_a_titled_apposition_then_said_and_a_clause_is_the_named_persons_report():
    rec = make("Rahim Uddin, a senior official of the ministry, said the talks went well.", "en",
               people=[("Rahim Uddin", "Rahim Uddin")])
    q = find(rec, "the talks went well")
    assert q.text == "the talks went well" and speaker_name(q) == "Rahim Uddin"
