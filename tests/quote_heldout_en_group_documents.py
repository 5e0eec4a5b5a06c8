"""Held-out English articles for speakers, written for this project (no outlet's text): a document
a group sent ("They sent a letter to the convener", "Residents wrote a letter to the mayor")
speaks for people left unnamed, not for whoever spoke or confirmed it since ("The letter
stated, ..."); a document one named person issued still speaks for that person.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("letter_of_members_confirmed_by_an_officer", "Members object to the alliance",
         "Thirty members of the party's central committee have objected to the alliance.\n\n"
         "They sent a letter to the convener, Nahid Karim, on Saturday. Joint secretary Tanvir Alam "
         "confirmed the content of the letter to reporters.\n\n"
         "The letter stated, \"The alliance betrays the promises we made to our voters.\"",
         [("The alliance betrays the promises we made", None)],
         nobody=["The alliance betrays the promises we made"]),
    Case("residents_letter_after_a_speaker", "Residents want the dump moved",
         "Mayor Faruk Ahmed said on Monday that the dump at Matuail would be fenced.\n\n"
         "Residents wrote a letter to the city corporation last week. The letter said that the "
         "smoke from the dump kept children indoors every evening.",
         [("the smoke from the dump kept children indoors", None)],
         nobody=["the smoke from the dump kept children indoors"]),
    Case("teachers_statement_after_an_official", "Teachers reject the new timetable",
         "Education officer Shahnaz Parvin said the timetable would stand.\n\n"
         "Teachers issued a joint statement on Sunday. The statement said the new hours left "
         "no time to mark exam scripts.",
         [("the new hours left no time to mark exam scripts", None)],
         nobody=["the new hours left no time to mark exam scripts"]),
    Case("they_posted_a_message", "Students call off the blockade",
         "Proctor Mahbub Hasan said the campus gates would reopen at noon.\n\n"
         "They posted a message on the hall's page at night. The message said the blockade would "
         "end once the proctor met the hall leaders.",
         [("the blockade would end once the proctor met", None)],
         nobody=["the blockade would end once the proctor met"]),
    Case("villagers_letter_to_the_deputy_commissioner", "Embankment in danger",
         "Water board engineer Rafiqul Islam said the embankment at Koyra was safe.\n\n"
         "Villagers sent a letter to the deputy commissioner on Friday. The letter stated that "
         "the river had already eaten into two kilometres of the embankment.",
         [("the river had already eaten into two kilometres", None)],
         nobody=["the river had already eaten into two kilometres"]),
    Case("statement_of_a_named_person_stays_theirs", "Minister rejects the charge",
         "Fisheries Minister Abdur Rahman issued a statement on Tuesday. The statement said the "
         "ban on hilsa fishing had been agreed with the fishers' unions.",
         [("the ban on hilsa fishing had been agreed", "Abdur Rahman")]),
]
