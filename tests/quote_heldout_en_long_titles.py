"""Held-out English articles for speakers, written for this project (no outlet's text): a person
whose long title opens the sentence ("State minister for posts, telecom and ICT X launched the
portal") is its subject, so "he said" after it is that person's, not the speaker before; a
person named after the verb of a sentence a title opens ("Minister for ... met X") is still no
subject.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("state_minister_with_a_listed_portfolio", "Job portal for young people",
         "The portal will match young jobseekers with factories, said Kevin Holt, country director "
         "of the charity.\n\n"
         "He added that employers could hire trained workers through it.\n\n"
         "State minister for telecom, posts and digital services Rafiq Sarwar launched the "
         "portal at a city hotel.\n\n"
         "Welcoming the project, he said the ICT division would also list outsourcing jobs on it.",
         [("employers could hire trained workers", "Kevin Holt"),
          ("the ICT division would also list outsourcing jobs", "Rafiq Sarwar")]),
    Case("minister_for_a_long_ministry", "Canal drive begins",
         "The city needs every canal open before June, said engineer Lutfor Rahman.\n\n"
         "He said dredgers had reached Mirpur.\n\n"
         "Minister for local government, housing and cooperatives Habib Ullah opened "
         "the drive on Monday.\n\n"
         "Speaking at the launch, he said the work would cost Tk 200 crore.",
         [("dredgers had reached Mirpur", "Lutfor Rahman"),
          ("the work would cost Tk 200 crore", "Habib Ullah")]),
    Case("secretary_of_a_long_division", "Power cuts to ease",
         "Load-shedding will fall by half next week, said engineer Tarek Aziz.\n\n"
         "He said two plants in Payra were back online.\n\n"
         "Secretary of the power, energy and mineral resources division Mahbub Alam inspected "
         "the grid centre on Wednesday.\n\n"
         "After the inspection, he said fuel for the plants had been paid for until March.",
         [("two plants in Payra were back online", "Tarek Aziz"),
          ("fuel for the plants had been paid for until March", "Mahbub Alam")]),
    Case("adviser_for_two_ministries", "Prices to be checked",
         "Wholesalers cut the price of onions on Sunday, said trader Monira Hossain.\n\n"
         "She said imports from India had resumed.\n\n"
         "Adviser for food, commerce and industries Selina Parvin toured the Karwan Bazar market.\n\n"
         "Talking to shoppers, she said mobile courts would fine anyone hoarding rice.",
         [("imports from India had resumed", "Monira Hossain"),
          ("mobile courts would fine anyone hoarding rice", "Selina Parvin")]),
    Case("deputy_speaker_with_a_long_title", "Session extended",
         "The budget debate will run two more days, said whip Kamal Hossain.\n\n"
         "He said forty members still wished to speak.\n\n"
         "Deputy speaker of the house and chair of the rules committee Shahidul Akhter met the "
         "leaders of the parties on Tuesday.\n\n"
         "Afterwards, he said the session would close on 30 June.",
         [("forty members still wished to speak", "Kamal Hossain"),
          ("the session would close on 30 June", "Shahidul Akhter")]),
    Case("name_after_an_article_is_no_subject", "Visit to the flood shelters",
         "Relief reached every shelter by noon, said relief officer Jamal Uddin.\n\n"
         "He said boats had carried rice to the char villages.\n\n"
         "Minister for disaster management Anwar Kabir met Rokeya Begum, a teacher, at a shelter.\n\n"
         "Later, he said that the schools would reopen next week.",
         [("boats had carried rice to the char villages", "Jamal Uddin")],
         never_speakers=[]),
]
