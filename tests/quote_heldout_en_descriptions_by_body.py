"""Held-out English articles for quotes, written for this project (no outlet's text), on a
description naming a person by their body ("The NCP leader said ...") right after a sentence that
person opened with a title whose first words name that body ("NCP senior joint convener X
criticised ..."): the title the person was named with runs from the clause's start to the name,
not only over the words the title pattern matched ("convener"), so the body's name in it agrees
with the description. The last case is a guard: a description naming another body ("The BNP
leader" after "Jamaat secretary general X") is somebody else.

Written before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("party_leader_after_long_party_title", "Party leaders split over alliance",
         "Several leaders of the new party spoke out on Monday.\n\n"
         "NCP senior joint convener Samantha Sharmin criticised the decision to join the alliance. The NCP "
         "leader wrote on Facebook that the move had disappointed many young members.",
         [("the move had disappointed many young members", "Samantha Sharmin")]),
    Case("body_leader_after_presidium_title", "Party vows to join polls",
         "The party held a rally in Faridpur on Saturday.\n\n"
         "Awami League presidium member Abdur Rahman spoke to supporters at the rally. The Awami League "
         "leader said that the party would take part in the next election.",
         [("the party would take part in the next election", "Abdur Rahman")]),
    Case("leader_after_title_behind_a_fronted_phrase", "Programme for leader's return announced",
         "The party is preparing a reception for its chief.\n\n"
         "At a press conference in Gulshan on Wednesday, BNP standing committee member Salahuddin Ahmed "
         "outlined the programme. The BNP leader said that the reception would be short.",
         [("the reception would be short", "Salahuddin Ahmed")]),
    Case("board_president_after_board_title", "New coaches for the academy",
         "The cricket academy in Mirpur reopened on Thursday.\n\n"
         "Bangladesh Cricket Board president Aminul Islam visited the academy with the selectors. The board "
         "president said that three new coaches would be hired before the season.",
         [("three new coaches would be hired", "Aminul Islam")]),
    Case("party_chairman_after_party_title", "Jatiya Party wants inclusive polls",
         "Party leaders met the chief adviser at his office on Monday.\n\n"
         "Jatiya Party chairman GM Quader led the delegation to the meeting. The Jatiya Party chairman "
         "said the election must include every party.",
         [("the election must include every party", "GM Quader")]),
    Case("union_leader_after_federation_title", "Workers reject wage offer",
         "Talks on the minimum wage ended without agreement on Sunday.\n\n"
         "Garment Workers Federation president Rashida Begum walked out of the meeting. The federation "
         "leader said the offer was far below the cost of living.",
         [("the offer was far below the cost of living", "Rashida Begum")]),
    Case("student_wing_leader_after_wing_title", "Student wing holds campus rally",
         "Students of several halls joined a rally at the university on Sunday.\n\n"
         "Chhatra Dal president Rakibul Islam addressed the students in front of the library. The Chhatra "
         "Dal leader said that the campus would stay peaceful during the exams.",
         [("the campus would stay peaceful during the exams", "Rakibul Islam")]),
    Case("police_commissioner_after_police_title", "Four held over market fire",
         "A fire destroyed more than fifty shops in the kitchen market on Monday night.\n\n"
         "Dhaka Metropolitan Police commissioner Sajjat Ali visited the market on Tuesday morning. The "
         "police commissioner said that four suspects had been detained for questioning.",
         [("four suspects had been detained", "Sajjat Ali")]),
    Case("jamaat_leader_after_long_jamaat_title", "Jamaat to field candidates everywhere",
         "The party held a rally in Rajshahi on Friday.\n\n"
         "Jamaat central assistant secretary general Hamidur Rahman Azad spoke at the rally. The Jamaat "
         "leader said the party would field candidates in all three hundred seats.",
         [("the party would field candidates in all three hundred seats", "Hamidur Rahman Azad")]),
    Case("party_president_after_party_title", "Alliance talks collapse",
         "Talks among the smaller parties ended on Tuesday.\n\n"
         "Gono Odhikar Parishad president Nurul Haq Nur met reporters at the party office in Paltan. The "
         "Gono Odhikar Parishad leader said the alliance talks had failed over seat sharing.",
         [("the alliance talks had failed over seat sharing", "Nurul Haq")]),
    Case("platform_leader_after_platform_title", "Sit-in goes on at Shahbagh",
         "Protesters stayed at the intersection through the night.\n\n"
         "Inqilab Moncho member secretary Abdullah Al Jaber led the march from the campus. The Inqilab "
         "Moncho leader said the sit-in would continue until the killers were arrested.",
         [("the sit-in would continue until the killers were arrested", "Abdullah Al Jaber")]),
    Case("majlis_leader_after_joint_secretary_title", "Islamist party rules out alliance",
         "The party's central committee met in Dhaka on Saturday.\n\n"
         "Khelafat Majlis joint secretary general Ahmad Abdul Kader spoke after the meeting. The Khelafat "
         "Majlis leader said that the party would not join any alliance before the polls.",
         [("the party would not join any alliance before the polls", "Ahmad Abdul Kader")]),
    Case("association_leader_after_association_title", "Teachers call off strike",
         "Teachers of the university ended their work abstention on Wednesday.\n\n"
         "University Teachers Association general secretary Nizamul Haque read out the decision. The "
         "association leader said that classes would resume on Sunday.",
         [("classes would resume on Sunday", "Nizamul Haque")]),
    Case("andolan_leader_after_nayeb_title", "Party wants proportional seats",
         "The party held a rally at the Suhrawardy Udyan on Friday.\n\n"
         "Islami Andolan Bangladesh senior nayeb-e-amir Syed Faizul Karim addressed the rally. The Islami "
         "Andolan leader said the party wanted seats shared in proportion to votes.",
         [("the party wanted seats shared in proportion to votes", "Faizul Karim")]),
    Case("presidium_member_after_fronted_place", "Traders told of tax relief plan",
         "Traders in Khulna closed their shops for two hours on Monday.\n\n"
         "At a meeting with traders in Khulna, Jatiya Party presidium member Mostafa Kamal Hossain heard "
         "their complaints. The Jatiya Party leader said that the tax on small shops should be halved.",
         [("the tax on small shops should be halved", "Mostafa Kamal Hossain")]),
    Case("leader_of_another_body_is_somebody_else", "Rival parties trade words",
         "Campaigning picked up in Chittagong on Friday.\n\n"
         "Jamaat secretary general Mia Golam Parwar met voters in the port city. The BNP leader said that "
         "the rival party was spreading lies.",
         [], nobody=["the rival party was spreading lies"]),
]
