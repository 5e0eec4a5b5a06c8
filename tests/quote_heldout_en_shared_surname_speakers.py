"""Held-out English cases of a speaker named in full whom the registry does not know, sharing only
a surname (and a prefix such as "Md" or "Mohammad") with another person of the article ("Md Nurul
Haque" beside "Professor Mohammad Mainul Haque"): the two are different people, since a given name
of the speaker's ("Nurul") is missing from the other's name, so the speaker keeps their own name
and never takes the other's actor (rule other_given_name). Traps keep a short name that does point
back ("Mr Haque", "Haque"). Short articles written for this project (no newspaper text), written
before the fix; (name, text, quoted fragment, the word the speaker's actor must hold, the other
person's name the speaker's actor must not be).
"""
from __future__ import annotations

CASES = [
    ("director_after_professor",
     "Professor Mohammad Mainul Haque, who teaches economics at a state university, said jobs abroad were "
     "no cure for idle youth. The training board now runs forty centres across the country, said Md Nurul "
     "Haque, director of the board. He added that more centres would open next year.",
     "forty centres across the country", "Nurul", "Mohammad Mainul Haque"),
    ("director_before_professor",
     "The training board now runs forty centres across the country, said Md Nurul Haque, director of the "
     "board. Professor Mohammad Mainul Haque, an economist, said jobs abroad were no cure for idle youth.",
     "forty centres across the country", "Nurul", "Mohammad Mainul Haque"),
    ("farmer_and_officer_named_rahman",
     "Professor Mohammad Abdul Karim Rahman, an agronomist, said the harvest was late this year. Rice prices will climb "
     "before the winter, said Md Jalal Rahman, deputy director of the seed board.",
     "Rice prices will climb before the winter", "Jalal", "Mohammad Abdul Karim Rahman"),
    ("two_doctors_named_chowdhury",
     "Professor Mohammad Shamsul Alam Chowdhury, head of the hospital, said the ward was full. The new wing will open in "
     "March, said Md Farhad Chowdhury, secretary of the hospital trust.",
     "The new wing will open in March", "Farhad", "Mohammad Shamsul Alam Chowdhury"),
    ("trader_and_leader_named_hossain",
     "Professor Mohammad Delwar Hossain, who chairs the market committee, said shops would stay shut on Friday. Sales have "
     "halved since the fire, said Md Anwar Hossain, general secretary of the traders' association.",
     "Sales have halved since the fire", "Anwar", "Mohammad Delwar Hossain"),
    ("lawyer_and_accused_named_sarker",
     "Professor Mohammad Mizanur Rahman Sarker, a criminologist, said the charge sheet was weak. The accused was at home that night, said "
     "Md Habib Sarker, assistant public prosecutor of the court.",
     "The accused was at home that night", "Habib", "Mohammad Mizanur Rahman Sarker"),
    ("engineer_and_officer_named_uddin",
     "Professor Mohammad Kamal Uddin, who studies river erosion, said the embankment was too low. Work on "
     "the new embankment will start in April, said Md Helal Uddin, executive engineer of the water board.",
     "Work on the new embankment will start in April", "Helal", "Mohammad Kamal Uddin"),
    ("officer_and_scholar_named_ahmed",
     "Professor Mohammad Shafiq Ahmed, a public health scholar, said dengue cases were rising. Fogging will "
     "be stepped up in every ward, said Md Jashim Ahmed, chief health officer of the city corporation.",
     "Fogging will be stepped up in every ward", "Jashim", "Mohammad Shafiq Ahmed"),
    ("principal_and_teacher_named_mia",
     "Professor Mohammad Abul Kashem Mia, a former teacher at the college, said the syllabus was too long. "
     "Exams will be held on time, said Md Rustom Mia, principal of the college.",
     "Exams will be held on time", "Rustom", "Mohammad Abul Kashem Mia"),
]
