"""Held-out English articles for reported speech that the rules missed: a cue with a time adjunct
and no "that" ("X said on Sunday, ..."), "When asked, X told ...", bodies the NER does not tag
("the ministry said", "police said"), a subheading run into the sentence after it, and a speaker
named one sentence earlier and then called "he", "she" or by an office ("the minister").

Written for this project (no outlet's text) before the rules they test (the shape of
tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("said_on_a_date_without_that", "Onion prices to ease, says commerce adviser",
         "Commerce adviser Sheikh Bashir Uddin said on 14 January, the price of onions would fall "
         "within two weeks as imports from Pakistan arrive.\n\n"
         "Traders' leader Golam Rahman said on Monday, wholesale stocks were already rising in "
         "Shyambazar.",
         [("the price of onions would fall within two weeks", "Bashir Uddin"),
          ("wholesale stocks were already rising", "Golam Rahman")]),
    Case("said_at_a_place_without_that", "Dengue cases climb in Barishal",
         "Health services director general Abu Jafor said at a briefing in Dhaka on Sunday, "
         "hospitals in Barishal had run short of saline.\n\n"
         "Civil surgeon Marjia Haque told reporters in Bhola on Saturday, more than 300 patients "
         "were admitted in a week.",
         [("hospitals in Barishal had run short of saline", "Abu Jafor"),
          ("more than 300 patients were admitted", "Marjia Haque")]),
    Case("when_asked_told", "Polls on schedule, says EC",
         "Election commissioner Abul Fazal Sanaullah met party leaders at Agargaon on Tuesday.\n\n"
         "When asked about the security plan, Sanaullah told reporters that army units would be "
         "deployed in every upazila from three days before the vote.\n\n"
         "Asked whether the date could move, he said the commission had no such plan.",
         [("army units would be deployed in every upazila", "Sanaullah"),
          ("the commission had no such plan", "Sanaullah")]),
    Case("untagged_bodies_speak", "Three held over bus arson",
         "Police arrested three men in Gazipur on Wednesday over the burning of a bus on the "
         "Dhaka-Mymensingh highway.\n\n"
         "The men set fire to the bus after its passengers got off, police said.\n\n"
         "The home ministry said in a statement that patrols on the highway would be doubled.",
         [("The men set fire to the bus", None),
          ("patrols on the highway would be doubled", None)],
         never_speakers=["Gazipur", "Dhaka-Mymensingh"]),
    Case("subheading_run_into_the_sentence", "Jute mills to reopen",
         "Two state-owned jute mills in Khulna will reopen in March, the textiles ministry said on "
         "Thursday.\n\n"
         "Wages first "
         "Labour leader Shahidul Islam said the workers would not return until their unpaid wages "
         "were cleared.\n\n"
         "\"We have heard these promises before,\" he said.",
         [("the workers would not return until their unpaid wages", "Shahidul Islam"),
          ("We have heard these promises before", "Shahidul Islam")],
         never_speakers=["Wages first"]),
    Case("office_points_back_a_sentence", "Rail fares unchanged this year",
         "Railways adviser Muhammad Fouzul Kabir Khan inspected the Padma bridge rail link on "
         "Friday.\n\n"
         "The adviser said fares would not be raised this year. He added that two new trains to "
         "Jashore would start in April.\n\n"
         "Railway engineer Nasima Khatun showed the visitors the new signalling room. She said the "
         "system had been tested for a month without a fault.",
         [("fares would not be raised this year", "Kabir Khan"),
          ("two new trains to Jashore would start in April", "Kabir Khan"),
          ("the system had been tested for a month", "Nasima Khatun")]),
    Case("pronoun_after_a_named_subject_without_speech", "Cyclone shelters short of food",
         "Disaster management secretary Kamrul Hasan visited shelters in Patuakhali on Sunday after "
         "Cyclone Remal.\n\n"
         "He said dry food had reached 40 of the 60 shelters and the rest would get it by night.\n\n"
         "Union council chairman Rezaul Karim met him at Kalapara. He told the secretary that two "
         "shelters had no drinking water.",
         [("dry food had reached 40 of the 60 shelters", "Kamrul Hasan"),
          ("two shelters had no drinking water", "Rezaul Karim")]),
    Case("date_adjunct_is_no_quote", "Bridge toll collection resumes",
         "Toll collection at the Meghna bridge resumed on Sunday, the roads department said.\n\n"
         "Its chief engineer Saiful Islam said on Saturday that the toll plaza had been repaired.\n\n"
         "The bridge was closed on 2 March, and reopened on 9 March.",
         [("the toll plaza had been repaired", "Saiful Islam")],
         never_quotes=["reopened on 9 March"]),
    Case("said_on_a_date_then_a_time_clause", "Party chief to visit father's grave",
         "Party spokesman Ruhul Kabir Rizvi said on 12 March, after the morning prayers the party "
         "chief will visit his father's grave in Sher-e-Bangla Nagar.\n\n"
         "Rizvi spoke in Nayapaltan on Tuesday, two days after the chief had returned home.",
         [("the party chief will visit his father's grave", "Rizvi")],
         never_quotes=["two days after the chief had returned"]),
    Case("subheading_closed_by_a_colon", "Troops to guard polling centres",
         "The election commission met the heads of the security forces on Sunday.\n\n"
         "Security plan: more troops Home adviser Jahangir Alam Chowdhury said army units would be "
         "deployed in every upazila.\n\n"
         "Voters' worries: safety first Election commissioner Tahmida Ahmad said that women voters "
         "had asked for separate queues.\n\n"
         "Chowdhury said: \"Nobody will be allowed to carry arms near a centre.\"",
         [("army units would be deployed in every upazila", "Jahangir Alam Chowdhury"),
          ("women voters had asked for separate queues", "Tahmida Ahmad"),
          ("Nobody will be allowed to carry arms", "Jahangir Alam Chowdhury")],
         never_speakers=["Security plan", "safety first"]),
    Case("quoted_as_saying", "Party to take to the streets",
         "The Bangladesh Nationalist Party rejected the poll schedule on Sunday.\n\n"
         "The party's secretary general Mirza Fakhrul Islam Alamgir was quoted as saying the party "
         "would take to the streets if the schedule stayed.\n\n"
         "A newspaper quoted a source as saying nothing was final.",
         [("the party would take to the streets", "Mirza Fakhrul")]),
    Case("holder_after_the_body_of_the_office", "Launch fire kills two in Barishal",
         "Two people died when a fire broke out on a launch at Barishal river port on Monday.\n\n"
         "At the scene, Senior Station Officer of the Barishal office of the Fire Service and Civil "
         "Defence, Mahbubur Rahman Bhuiyan, who was present at the scene, told Prothom Alo that the "
         "fire started in the engine room.\n\n"
         "At a briefing, Deputy Commissioner of the Metropolitan Detective Branch Rezaul Karim Mallik "
         "told journalists that the launch owner would be questioned.\n\n"
         "Speaking to reporters, Kazi Mohammad Anwarul Haque Chowdhury, president of the Barishal "
         "Launch Owners Association (BLOA), said the owners would pay compensation.",
         [("the fire started in the engine room", "Bhuiyan"),
          ("the launch owner would be questioned", "Mallik"),
          ("the owners would pay compensation", "Anwarul Haque")],
         never_speakers=["Fire Service"]),
    Case("subject_after_a_fronted_adverbial", "Bankers back traders on security",
         "Traders and bankers met at a Motijheel hotel on Monday to discuss security.\n\n"
         "Dhaka Chamber president Taskeen Ahmed said, \u201cOur members cannot keep shops open after "
         "dark.\u201d At the meeting, Selim R F Hussain, managing director of BRAC Bank, spoke in "
         "support of the traders. He said, \u201cBanks will extend opening hours once the streets are "
         "safe.\u201d\n\n"
         "On Tuesday, Home adviser Jahangir Alam Chowdhury visited Motijheel. He said patrols would "
         "be doubled.",
         [("Our members cannot keep shops open", "Taskeen Ahmed"),
          ("Banks will extend opening hours", "Hussain"),
          ("patrols would be doubled", "Jahangir Alam Chowdhury")]),
    Case("subject_after_a_fronted_adverb_or_participle", "Berths to be cleared by Friday",
         "Port official Rafiqul Islam said, \"Ships will wait at the outer anchorage.\" Later, shipping "
         "adviser Nurul Amin visited the jetty. He said the berths would be cleared by Friday.\n\n"
         "Speaking to reporters at the jetty on Sunday, port chairman Shahjahan Kabir called the delay "
         "unacceptable. He said six cranes had been repaired.\n\n"
         "Referring to the strike, he mentioned dock union leader Abul Bashar. He said the union had "
         "been consulted.",
         [("Ships will wait at the outer anchorage", "Rafiqul Islam"),
          ("the berths would be cleared by Friday", "Nurul Amin"),
          ("six cranes had been repaired", "Shahjahan Kabir"),
          ("the union had been consulted", "Shahjahan Kabir")]),
    Case("a_reference_to_a_kind_of_body", "BNP rejects poll schedule",
         "The Bangladesh Nationalist Party rejected the poll schedule on Sunday.\n\n"
         "The party said the schedule had been announced without consultation.\n\n"
         "The Election Commission defended its decision. The commission said all parties had been "
         "invited to the talks.",
         [("the schedule had been announced without consultation", "Bangladesh Nationalist Party"),
          ("all parties had been invited to the talks", "Election Commission")]),
]
