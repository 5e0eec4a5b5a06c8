"""Held-out English articles for speakers, written for this project (no outlet's text): a named
man reports something that opens with "he" ("Karim told reporters he would appeal"), then a
woman is brought in without opening a sentence ("Among the injured was Rokeya Sultana, ...")
and "she said" follows. The report's own pronoun gives the first speaker his gender, so "she"
does not continue his chain (rule report_opens_with_own_pronoun), and the same for a woman
followed by "he".

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("injured_woman_after_minister", "Bus plunges into canal in Barishal",
         "At least six people were killed when a bus fell into a canal near Barishal on Friday.\n\n"
         "Road Transport Adviser Kamal Hossain told reporters he had ordered a probe into the "
         "driver's licence.\n\n"
         "Among the injured was 45-year-old Rokeya Sultana, a schoolteacher from Bakerganj. "
         "Speaking from her bed at the medical college hospital, she said the bus \"was racing "
         "another one\" all the way from the ferry.",
         [("was racing another one", "Rokeya")]),
    Case("trader_woman_after_mayor", "Market fire leaves hundreds without stalls",
         "Fire swept through a wholesale market in Khulna before dawn on Tuesday.\n\n"
         "Mayor Tofazzal Haque said he would ask the government for money to rebuild the market.\n\n"
         "Selling vegetables from a van outside the ruins was Shirin Akter, who lost her stall of "
         "twelve years. She said the traders had warned the market committee about the wiring.",
         [("the traders had warned the market committee", "Shirin Akter")]),
    Case("survivor_after_police_chief", "Boat capsizes in the Meghna, 11 missing",
         "Eleven people are missing after a trawler capsized in the Meghna on Sunday night.\n\n"
         "Police Superintendent Anwar Jahid said he had asked the coast guard for two more boats.\n\n"
         "One of those pulled from the water was Nasima Khatun, a garment worker travelling home. "
         "She said the trawler \"turned over in a second\" when the wind rose.",
         [("turned over in a second", "Nasima")]),
    Case("nurse_after_hospital_director", "Dengue patients overflow into corridors",
         "Patients with dengue are being treated in the corridors of the district hospital.\n\n"
         "Hospital director Moinul Islam told journalists he had run out of beds on Monday.\n\n"
         "On duty in the children's ward was senior nurse Tahmina Parvin, who has worked there for "
         "twenty years. She said nurses were working double shifts without a break.",
         [("nurses were working double shifts", "Tahmina Parvin")]),
    Case("farmer_man_after_woman_officer", "Floods ruin aman seedlings in the north",
         "Floodwater has destroyed aman seedlings on thousands of acres in Kurigram.\n\n"
         "Upazila agriculture officer Nazma Begum said she would send a list of the farmers to "
         "Dhaka this week.\n\n"
         "Standing in his drowned field was Abul Kashem, who farms three bighas near the river. He "
         "said he could not buy new seedlings before the season ends.",
         [("he could not buy new seedlings", "Abul Kashem")]),
    Case("student_after_vice_chancellor", "University halls to reopen after a month",
         "The residential halls of the university will reopen on Saturday after a month.\n\n"
         "Vice-Chancellor Rafiqul Alam told the students he expected classes to start again the "
         "week after.\n\n"
         "Among those waiting at the gate was Farzana Yasmin, a second-year student of physics. "
         "She said many students had spent all their savings on rent in the city.",
         [("many students had spent all their savings", "Farzana Yasmin")]),
    Case("fisher_woman_after_officer", "Hilsa ban leaves fishing families short of rice",
         "The 22-day ban on catching hilsa ends on Thursday.\n\n"
         "District fisheries officer Habib Reza said he had handed out rice to four thousand "
         "families during the ban.\n\n"
         "Mending a net at the ghat was Moriom Bibi, whose husband and two sons fish the river. "
         "She said her family had received rice only once in three weeks.",
         [("her family had received rice only once", "Moriom Bibi")]),
]
