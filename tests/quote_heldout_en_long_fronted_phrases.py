"""Held-out English articles for quotes, written for this project (no outlet's text), on a person
who opens a sentence after a long fronted prepositional phrase ("At a views-exchange meeting held
at the party's central office in Naya Paltan, X said ..."), and is then called by a description
naming the body that their title called only by its kind ("party standing committee member X"
... "The BNP leader said"): the person is still the sentence's subject (a fronted phrase may run
to 90 characters, as a participle clause may), and the title's "party" is the party named before
it (rule body_named_by_kind_in_title). The last case is a guard: a description naming a body of
another kind ("The port official") is somebody else.

Written before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("party_kind_title_then_jatiya_party_leader", "Jatiya Party to go it alone",
         "The Jatiya Party will not join any alliance before the polls.\n\n"
         "Addressing a views-exchange meeting in Banani, party co-chairman Mosharraf Hossain Tipu "
         "explained the decision. The Jatiya Party leader said that the party would field candidates "
         "in 200 seats.",
         [("the party would field candidates in 200 seats", "Mosharraf Hossain Tipu")]),
    Case("party_kind_title_then_bnp_leader", "BNP announces rally programme",
         "The BNP will hold rallies in eight divisional cities next month.\n\n"
         "At a press conference held at the BNP chairperson's office in Gulshan on Monday, party vice "
         "chairman Shahjahan Omar announced the programme. The BNP leader said that the first rally "
         "would be held in Rajshahi.",
         [("the first rally would be held in Rajshahi", "Shahjahan Omar")]),
    Case("party_kind_title_then_league_leader", "Awami League names poll committee",
         "The Awami League has formed a committee to run its election campaign.\n\n"
         "Speaking to journalists, party presidium member Abdur Razzak Mia said the committee would "
         "meet every week. The Awami League leader added that district units had been told to send "
         "their reports by Friday.",
         [("district units had been told", "Abdur Razzak Mia")]),
    Case("party_kind_title_behind_long_phrase_then_jamaat_leader", "Jamaat demands polls by February",
         "Jamaat-e-Islami has renewed its call for an election in February.\n\n"
         "At a discussion organised by the party's women's wing at a hotel in Moghbazar, party "
         "assistant secretary general Hamidur Rahman Azad spoke about the demand. The Jamaat leader "
         "said any delay would hurt the economy.",
         [("any delay would hurt the economy", "Hamidur Rahman Azad")]),
    Case("long_fronted_phrase_then_bnp_leader_adds", "BNP sets out manifesto timetable",
         "The BNP will publish its election manifesto in January.\n\n"
         "At a meeting with teachers and lawyers held at a convention centre in Shahbagh on Saturday, "
         "party joint secretary general Nasrin Akter presented the timetable. The BNP leader "
         "added that the draft would be shared with allies first.",
         [("the draft would be shared with allies first", "Nasrin Akter")]),
    Case("long_fronted_phrase_then_the_leader", "Party leader calls for calm",
         "The National Citizen Party called on its members to stay calm after the clashes.\n\n"
         "In a statement sent to the media from the party's temporary office in Banglamotor, party "
         "member secretary Farzana Haque Mitu condemned the attack. The NCP leader said those responsible "
         "must be arrested at once.",
         [("those responsible must be arrested", "Farzana Haque Mitu")]),
    Case("commission_kind_title_then_ec_secretary", "Nomination deadline will not move",
         "The Election Commission has refused to extend the deadline for nomination papers.\n\n"
         "Speaking to reporters at Nirbachan Bhaban, commission secretary Mahbub Alam Talukder explained "
         "the decision. The EC secretary said that returning officers would work late on the last day.",
         [("returning officers would work late", "Mahbub Alam Talukder")]),
    Case("ministry_kind_title_then_foreign_ministry_spokesman", "Dhaka summons envoy over border deaths",
         "The Ministry of Foreign Affairs summoned the Indian envoy on Wednesday.\n\n"
         "At the weekly briefing held at the foreign service academy in Segunbagicha on Thursday, ministry "
         "spokesman Tanvir Ahmed Rony gave details of the meeting. The foreign ministry spokesman said "
         "that a protest note had been handed over.",
         [("a protest note had been handed over", "Tanvir Ahmed Rony")]),
    Case("body_of_another_kind_is_somebody_else", "Port work resumes after strike",
         "Work at Mongla port resumed on Tuesday after a two-day strike.\n\n"
         "At a meeting held at the district commissioner's office in Bagerhat on Monday evening, party "
         "organising secretary Rafiqul Islam spoke about the losses. The port official said the "
         "backlog of ships would be cleared by Sunday.",
         [("the backlog of ships would be cleared", None)], nobody=["the backlog of ships would be cleared"]),
]
