"""Held-out English cases of a description naming another office than the one a person was named
with, where the sentence that named them also speaks of a place or body with that office's word
before the person's own title ("At the law ministry, Home Adviser X said ... . The law adviser
said ..."): the law adviser is somebody else, since only the title's own noun phrase ("Home
Adviser") is X's office, never the words before a clause break (rules office_of_another_holder,
_office_words). Traps keep a description that repeats the person's own office words. Short
articles written for this project (no newspaper text), written before the fix; (text, [(fragment,
English name of the speaker's actor, or None for no actor)]).
"""
from __future__ import annotations

CASES = [
    ("law_ministry_before_home_adviser",
     "At the law ministry on Sunday, Home Adviser Jahangir Alam Chowdhury said the trial would be completed "
     "soon. Later, the law adviser said a special tribunal would be formed.",
     [("a special tribunal would be formed", None)]),
    ("education_ministry_before_law_adviser",
     "Speaking at the education ministry, Law Adviser Asif Nazrul said the tribunal would sit daily. The "
     "education adviser said schools would reopen on Sunday.",
     [("schools would reopen on Sunday", None)]),
    ("transport_division_before_home_adviser",
     "At a rally organised by the road transport division, Home Adviser Jahangir Alam Chowdhury said highways "
     "would be patrolled. The transport adviser said fares would not rise.",
     [("fares would not rise", None)]),
    ("health_directorate_before_home_adviser",
     "During a visit to the health directorate in Dhaka, Home Adviser Jahangir Alam Chowdhury said security "
     "at hospitals would be tightened. The health adviser said more doctors would be posted to districts.",
     [("more doctors would be posted to districts", None)]),
    ("power_division_before_planning_adviser",
     "At a seminar held by the power division, Planning Adviser Wahiduddin Mahmud said growth would slow this "
     "year. The power adviser said load-shedding would end by March.",
     [("load-shedding would end by March", None)]),
    ("fisheries_department_before_health_adviser",
     "In a meeting at the fisheries department, Health Adviser Nurjahan Begum said clinics would stay open. The "
     "fisheries adviser said the hilsa ban would end on Friday.",
     [("the hilsa ban would end on Friday", None)]),
    ("trap_own_office_repeated",
     "At the law ministry on Sunday, Home Adviser Jahangir Alam Chowdhury said the trial would be completed "
     "soon. The home adviser also said two suspects had been arrested.",
     [("two suspects had been arrested", "Jahangir Alam Chowdhury")]),
    ("trap_joined_office_words",
     "Youth and Sports Adviser Asif Mahmud said the stadium would be ready by June. The sports adviser said "
     "the league would start on time.",
     [("the league would start on time", "Asif Mahmud Shojib Bhuyain")]),
]
