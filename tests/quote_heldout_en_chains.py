"""Held-out English articles on speakers carried through an article, written for this project (no
outlet's text): a person named once and then referred to by pronoun, surname or office over
several paragraphs; bodies that speak in statements; reports with adjuncts between the speaker,
the cue and the reported words; a speaker set off by a relative clause; quotations that run on
after their attribution.

Same shape as tests/quote_heldout_en.py (the Case there)."""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("pronoun_chain_over_paragraphs", "River dredging to start next month",
         "DHAKA - Water Resources Adviser Selina Rahman said on Wednesday that dredging of the "
         "Teesta would begin in March.\n\n"
         "She said the work would cost about Tk 800 crore and take two dry seasons.\n\n"
         "Farmers along the river have long complained that silt blocks irrigation channels.\n\n"
         "She added that local people would be hired for the earthwork.",
         [("dredging of the Teesta would begin", "Rahman"),
          ("cost about Tk 800 crore", "Rahman"),
          ("local people would be hired", "Rahman")]),
    Case("speaker_with_relative_clause", "Bus fares rise in the capital",
         "Bus fares in the capital rose by a tenth on Monday.\n\n"
         "Abul Kashem, who drives a minibus between Mirpur and Motijheel, said passengers were "
         "angry but owners had given drivers no choice.\n\n"
         "\"Every morning I have to argue with people at the door,\" Kashem said.",
         [("passengers were angry", "Abul Kashem"),
          ("Every morning I have to argue", "Kashem")]),
    Case("statement_with_weekday_adjunct", "Ministry denies fuel shortage",
         "The energy ministry said in a statement on Thursday that fuel stocks would last at least "
         "45 days.\n\n"
         "\"There is no reason for panic buying,\" the statement said.\n\n"
         "Queues formed at filling stations in Chattogram and Khulna overnight.",
         [("fuel stocks would last", "ministry"),
          ("no reason for panic buying", "ministry")]),
    Case("told_outlet_that", "Coach backs young opener",
         "National team coach Imran Sobhan told reporters after training that the young opener "
         "would keep his place for the series.\n\n"
         "\"He has the temperament, and runs will come,\" Sobhan said. \"We trust him.\"",
         [("young opener would keep his place", "Imran Sobhan"),
          ("He has the temperament", "Imran Sobhan"),
          ("We trust him", "Imran Sobhan")]),
    Case("quote_runs_on_after_attribution", "Villagers rebuild after cyclone",
         "Villagers in Bhola began rebuilding their homes on Saturday, three days after the cyclone.\n\n"
         "\"We lost the roof and the goats,\" said Momena Khatun, a widow of 60. \"The children "
         "slept at the school for two nights. Now we are putting the tin back ourselves.\"\n\n"
         "Local officials said relief had reached most of the union.",
         [("We lost the roof and the goats", "Momena Khatun"),
          ("putting the tin back ourselves", "Momena Khatun")]),
    Case("the_minister_after_full_name", "Rice import duty cut",
         "Commerce Minister Harunur Rashid announced on Sunday that the import duty on rice would "
         "be cut to 5 percent.\n\n"
         "Traders welcomed the move.\n\n"
         "\"Prices should fall within two weeks,\" the minister told a press conference at the "
         "secretariat.",
         [("import duty on rice would be cut", "Harunur Rashid"),
          ("Prices should fall within two weeks", "Harunur Rashid")]),
    Case("party_statement_and_it_added", "Party rejects poll schedule",
         "The Gono Odhikar Parishad rejected the election schedule on Tuesday.\n\n"
         "In a statement, the party said the schedule left too little time for campaigning.\n\n"
         "It added that it would meet the Election Commission next week.",
         [("left too little time for campaigning", "Gono Odhikar"),
          ("meet the Election Commission next week", "Gono Odhikar")]),
    Case("wrote_on_facebook_that", "Former MP hints at comeback",
         "Former lawmaker Nazmul Karim wrote on Facebook on Friday that he would contest the coming "
         "election as an independent.\n\n"
         "\"The people of my area have asked me to stand, and I will not let them down,\" he wrote.",
         [("contest the coming election as an independent", "Nazmul Karim"),
          ("people of my area have asked me", "Nazmul Karim")]),
    Case("according_to_a_named_official", "Dengue cases climb",
         "More than 1,200 people were admitted to hospital with dengue in the past 24 hours, "
         "according to Abdul Halim, director of the health directorate's disease control unit.\n\n"
         "Halim said most of the new cases were in Dhaka and Barishal.",
         [("1,200 people were admitted", "Abdul Halim"),
          ("most of the new cases were in Dhaka", "Abdul Halim")]),
    Case("surname_after_quote_then_he", "Jute mills to reopen",
         "Two state jute mills in Khulna will reopen in April, Textiles Secretary Mizanur Islam said "
         "on Monday.\n\n"
         "\"About 3,000 workers will get their jobs back,\" Islam said. He said the mills would "
         "first make sacks for the food ministry.",
         [("Two state jute mills in Khulna will reopen", "Mizanur Islam"),
          ("3,000 workers will get their jobs back", "Mizanur Islam"),
          ("first make sacks for the food ministry", "Mizanur Islam")]),
    Case("told_named_outlet_bare", "Hospital short of oxygen",
         "The director of Rangpur Medical College Hospital, Dr Farzana Hoque, told The Daily "
         "Observer the hospital had enough oxygen for only two days.\n\n"
         "\"We have written to the ministry three times,\" she said.",
         [("enough oxygen for only two days", "Farzana Hoque"),
          ("We have written to the ministry three times", "Farzana Hoque")]),
    Case("police_said_and_officer_named_later", "Two held over bank robbery",
         "Police arrested two men on Saturday over a robbery at a bank branch in Gazipur.\n\n"
         "Police said the men were caught at a checkpoint with part of the stolen cash.\n\n"
         "\"We are looking for a third man,\" said Gazipur police superintendent Rafiqul Alam.",
         [("caught at a checkpoint", "Police"),
          ("looking for a third man", "Rafiqul Alam")]),
    Case("told_any_addressee_that", "Envoy warns council over camps",
         "UNITED NATIONS - Bangladesh's envoy Rubina Akter told the 15-member Security Council that "
         "funding for the Rohingya camps would run out in June.\n\n"
         "A camp official told a local radio station that rations had already been cut by a third.\n\n"
         "Akter told them to act before the monsoon.",
         [("funding for the Rohingya camps would run out", "Rubina Akter"),
          ("rations had already been cut", "official")],
         never_quotes=["act before the monsoon"]),
    Case("bare_report_after_stated_say_announced", "Power board to shut coal plants",
         "The Power Development Board announced on Monday it would close two coal plants by 2030.\n\n"
         "The board has stated it will pay the workers for a year.\n\n"
         "Analysts say the grid could face shortages in summer.\n\n"
         "The minister announced plans to build three solar parks. He did not say which districts "
         "would get them.",
         [("it would close two coal plants", "Power Development Board"),
          ("it will pay the workers for a year", "Power Development Board"),
          ("the grid could face shortages", None)],
         never_quotes=["plans to build three solar parks", "which districts"]),
    Case("quotation_then_bare_report_with_apposition", "Fishing ban lifted in the bay",
         "A 65-day fishing ban in the Bay of Bengal ended on Monday.\n\n"
         "\"The boats are ready and the nets are mended,\" said Jamal Sheikh, who leads a fishermen's "
         "cooperative in Cox's Bazar. \"We only pray the weather holds.\" Sheikh says the catch in the "
         "first week, the best of the season, will decide whether families can repay their loans.\n\n"
         "Fisheries officer Lutfa Begum visited the landing station. She says about 4,000 boats "
         "left the harbour before dawn.",
         [("The boats are ready", "Jamal Sheikh"), ("We only pray the weather holds", "Jamal Sheikh"),
          ("will decide whether families can repay", "Jamal Sheikh"),
          ("4,000 boats left the harbour", "Lutfa Begum")]),
    Case("survivors_and_passengers_speak_unnamed", "Launch capsizes in the Meghna",
         "At least nine people drowned when a launch capsized in the Meghna on Friday night.\n\n"
         "Survivors told rescuers the launch had taken on twice as many people as it was allowed.\n\n"
         "Passengers said the crew ignored a storm warning.",
         [("the launch had taken on twice as many people", "Survivors"),
          ("the crew ignored a storm warning", "Passengers")]),
    Case("description_after_he_said", "Army says rescue operation over",
         "The army ended its rescue operation in the hills on Wednesday, two days after gunmen seized "
         "a passenger bus. Karim Sarwar, director general of the army's media wing, gave the figures at "
         "a briefing. \"Every hostage is now safe,\" said Sarwar. \"The gunmen had planned this for "
         "weeks,\" he said. The military spokesperson said four soldiers had been wounded.",
         [("Every hostage is now safe", "Karim Sarwar"), ("The gunmen had planned this", "Karim Sarwar"),
          ("four soldiers had been wounded", "Karim Sarwar")]),
    Case("subject_of_a_joined_predicate", "Adviser visits victim's family",
         "Labour Adviser Sharmin Akter visited the family of garment worker Rafiq Mia in Gazipur on "
         "Sunday and said the state would pay for his children's schooling.\n\n"
         "In a statement, the workers' federation thanked the adviser and said the factory owner "
         "must also be brought to book.\n\n"
         "After meeting Rafiq Mia's widow, union leader Kamrul Hasan spoke to reporters and said the "
         "family had received no help from the factory.",
         [("the state would pay for his children's schooling", "Sharmin Akter"),
          ("the family had received no help", "Kamrul Hasan")],
         never_speakers=["Rafiq Mia"]),
]
