"""Held-out English articles for speakers, written for this project (no outlet's text): a holder
introduced with a capitalised office ("Commerce Adviser Sk Nurul Alam", "EC senior secretary
Rafiq Hossain") and later called by the same office in lower case after "the" ("the commerce
adviser said", "the EC secretary said"), often with a pronoun after it. The later mention and the
pronoun are that person: the portfolio word belongs to the title, a short name prefix ("Sk",
"Mohd") between the office and the name is no other word, and a grading word ("senior") left out
names no other office. A different office ("joint secretary") is not the same person.

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("portfolio_after_short_prefix", "Government to talk to buyers over price cuts",
         "Knitwear makers met Commerce Adviser Sk Nurul Alam at the Secretariat on Tuesday to ask "
         "for help with buyers who want lower prices.\n\n"
         "The meeting lasted two hours and ended without a joint statement.\n\n"
         "Speaking to journalists afterwards, the commerce adviser said the government would write "
         "to the buyers' groups this week. He said that a second meeting would be held in July.",
         [("the government would write to the buyers", "Nurul Alam"),
          ("a second meeting would be held", "Nurul Alam")]),
    Case("home_portfolio_then_pronoun", "Extra police for the festival, says adviser",
         "More than five thousand police will guard the Puja venues in the capital, Home Adviser "
         "Mohd Jahangir Kabir said at a meeting on Wednesday.\n\n"
         "Organisers of the largest venues had asked for more officers after last year's crowding.\n\n"
         "Asked about the border, the home adviser said the Border Guard had been told to keep a "
         "close watch. He added that no threat had been reported so far.",
         [("the Border Guard had been told", "Jahangir Kabir"),
          ("no threat had been reported", "Jahangir Kabir")]),
    Case("education_portfolio_after_quote", "Exams will not be moved, adviser tells students",
         "Education Adviser Sk Monirul Haque met a group of students at his office on Sunday.\n\n"
         "Students had asked for the public exams to be put off by a month.\n\n"
         "\"The dates were set after long talks with every board. We cannot move them now,\" the "
         "education adviser told the students.",
         [("The dates were set after long talks", "Monirul Haque")]),
    Case("grading_word_left_out", "EC says voter list will be ready by March",
         "The final voter list will be printed by the end of March, EC senior secretary Rafiq "
         "Hossain told reporters on Monday.\n\n"
         "About 1.2 million new voters have been added since last year.\n\n"
         "The EC secretary said the commission would open help desks in every upazila. \"Nobody "
         "who registered will be left out,\" he said.",
         [("would open help desks in every upazila", "Rafiq Hossain"),
          ("Nobody who registered will be left out", "Rafiq Hossain")]),
    Case("health_portfolio_then_pronoun", "Dengue wards to open in district hospitals",
         "Every district hospital will open a dengue ward by next week, Health Secretary Sk Abdul "
         "Matin said on Thursday.\n\n"
         "Hospitals in Dhaka have reported more cases this month than in all of last year.\n\n"
         "Visiting a hospital in Barishal, the health secretary said that saline stocks were "
         "enough for two months. He said the ministry had asked for more test kits.",
         [("saline stocks were enough", "Abdul Matin"),
          ("the ministry had asked for more test kits", "Abdul Matin")]),
    Case("law_portfolio_in_second_paragraph", "New bench to hear land disputes",
         "A new bench of the High Court will hear only land disputes from next month, Law Adviser "
         "Sk Habibur Rahman said at the Supreme Court on Saturday.\n\n"
         "Lawyers have long complained that land cases wait for years.\n\n"
         "The law adviser said the bench would sit four days a week.",
         [("the bench would sit four days a week", "Habibur Rahman")]),
    Case("agriculture_portfolio_to_farmers", "Fertiliser stocks enough for the boro season",
         "The country has enough urea for the coming boro season, Agriculture Adviser Rezaul Karim "
         "Bhuiyan said at a seminar in Mymensingh on Monday.\n\n"
         "Farmers in the north had complained of long queues at dealers' shops last winter.\n\n"
         "Later, the agriculture adviser said that dealers who hoard fertiliser "
         "would lose their licences.",
         [("dealers who hoard fertiliser", "Rezaul Karim")]),
    Case("grading_word_inside_vice_president", "Exporters want faster port clearance",
         "Garment exporters lose two days on every shipment at the port, BGMEA senior vice "
         "president Shahid Alam Mridha said on Wednesday.\n\n"
         "Customs officials say new scanners will arrive next month.\n\n"
         "The BGMEA vice president said the delays cost members more than the new tariff. \"Every "
         "day a container waits, we pay,\" he said.",
         [("the delays cost members more", "Shahid Alam"),
          ("Every day a container waits", "Shahid Alam")]),
    Case("information_portfolio_then_she", "Press accreditation rules to be eased",
         "Journalists will be able to renew their accreditation cards online from July, Information "
         "Adviser Mahfuza Rahman Lipi announced on Sunday.\n\n"
         "The old rules asked for three copies of every form.\n\n"
         "Replying to a question, the information adviser said that no card would be cancelled for "
         "a report. She said the ministry would publish the new rules next week.",
         [("no card would be cancelled", "Mahfuza Rahman"),
          ("the ministry would publish the new rules", "Mahfuza Rahman")]),
    Case("planning_portfolio_after_quote", "Rail link projects to be cut back",
         "Three rail link projects will be shortened to save money, Planning Adviser Nasir Uddin "
         "Ahmed said after a cabinet meeting on Tuesday.\n\n"
         "The projects were approved four years ago and none is half done.\n\n"
         "\"We will finish what can be finished and stop the rest,\" the planning adviser said.",
         [("We will finish what can be finished", "Nasir Uddin")]),
    Case("portfolio_before_office", "Night patrols on highways before the festival",
         "Salim Reza Talukder, the adviser for home affairs, said on Monday that police would "
         "patrol the highways at night during the festival week.\n\n"
         "Bus owners had asked for more checkpoints after a string of robberies last year.\n\n"
         "The home adviser said that every district would set up a control room. Officers who "
         "ignore a complaint will be punished, he added.",
         [("every district would set up a control room", "Salim Reza"),
          ("Officers who ignore a complaint will be punished", "Salim Reza")]),
    Case("other_portfolio_before_office", "Advisers visit the coast before the festival",
         "Salim Reza Talukder, the adviser for home affairs, visited bus terminals in Khulna on "
         "Monday.\n\n"
         "Bus owners had asked for more checkpoints after a string of robberies last year.\n\n"
         "The fisheries adviser said that boats would stay ashore during the festival week.",
         [("boats would stay ashore", None)], never_speakers=["Salim Reza"]),
]
