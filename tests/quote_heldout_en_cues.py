"""More held-out English articles for quotes and speakers, written for this project (no outlet's
text): less common cues of speech and writing (blamed, described ... as, insisted, conceded,
posted, tweeted, wrote, in a statement, according to), descriptions and pronouns that point back
at a person named earlier, a quotation split around its cue, quotations over paragraphs, and
verbs of speech used for no speech at all (`never_quotes`: fragments no quote may hold).

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("accused_of", "Rivals trade charges in Sylhet-3",
         "Campaigning in the Sylhet-3 constituency turned bitter on Monday.\n\n"
         "Independent candidate Rokeya Sultana accused the ruling party's nominee of buying votes "
         "with relief goods.\n\n"
         "Two of her supporters were accused of vandalism last week, and the accused were later "
         "released on bail.",
         [("buying votes with relief goods", "Rokeya Sultana")],
         never_quotes=["vandalism", "released on bail"]),
    Case("blamed_for", "Harvest falls in the north",
         "Rice output in Rangpur fell by a fifth this season, the agriculture department said on "
         "Sunday.\n\n"
         "District agriculture officer Mahbub Alam blamed the long dry spell for the fall in output. "
         "Irrigation engineer Sultana Parvin blamed poor maintenance of the canals for the shortage "
         "of water in the fields.",
         [("the long dry spell for the fall in output", "Mahbub Alam"),
          ("poor maintenance of the canals", "Sultana Parvin")]),
    Case("described_as", "Traders protest new market fees",
         "Traders at Karwan Bazar kept their shops closed on Tuesday in protest against new fees set "
         "by the city corporation.\n\n"
         "Shop owners' association president Helal Uddin described the fees as unfair and said "
         "traders would not pay them. The city corporation's chief revenue officer, Nazmul Haque, "
         "described the protest as a misunderstanding.",
         [("unfair", "Helal Uddin"), ("traders would not pay them", "Helal Uddin"),
          ("a misunderstanding", "Nazmul Haque")]),
    Case("insisted_conceded_maintained", "Deficit target stays, says adviser",
         "Finance adviser Anisur Rahman insisted on Monday the budget deficit would stay below five "
         "percent of output. He conceded that revenue collection had fallen short of the target in the "
         "first quarter.\n\n"
         "Economist Selim Raihan maintained that the target had been unrealistic from the start.",
         [("the budget deficit would stay below five percent", "Anisur Rahman"),
          ("revenue collection had fallen short", "Anisur Rahman"),
          ("the target had been unrealistic", "Selim Raihan")]),
    Case("posted_wrote_tweeted", "Students end sit-in after assurance",
         "Students of Jagannath University ended their sit-in on Thursday night after the education "
         "ministry promised a new campus.\n\n"
         "Student leader Rafiul Karim posted on Facebook that the movement would resume if work did not "
         "start by June.\n\n"
         "\"We have waited ten years for this campus,\" he wrote.\n\n"
         "Lawmaker Tahmina Ferdous tweeted that the promise came too late.",
         [("the movement would resume", "Rafiul Karim"),
          ("We have waited ten years", "Rafiul Karim"),
          ("the promise came too late", "Tahmina Ferdous")]),
    Case("in_a_statement_and_according_to", "Talks with Myanmar to resume",
         "In a statement on Sunday, the foreign ministry said the two countries would resume talks on "
         "the return of refugees in July.\n\n"
         "The talks will also cover border trade, according to the ministry.\n\n"
         "Refugee Relief and Repatriation Commissioner Mizanur Rahman said in a statement that camps "
         "would stay open until the first group returned.",
         [("the two countries would resume talks", "inistry"),
          ("The talks will also cover border trade", "inistry"),
          ("camps would stay open", "Mizanur Rahman")]),
    Case("description_points_back_past_another_name", "Camp to be moved before monsoon",
         "Home adviser Kamrul Ahsan visited the Bhasan Char camp on Tuesday with police chief Mainul "
         "Islam.\n\n"
         "\"The camp will be moved before the rains,\" the adviser said after the visit.\n\n"
         "Camp official Shahana Akter said families would be told a week before the move. \"No one "
         "will be left behind,\" she said.",
         [("The camp will be moved before the rains", "Kamrul Ahsan"),
          ("families would be told a week before", "Shahana Akter"),
          ("No one will be left behind", "Shahana Akter")]),
    Case("quotation_split_around_its_cue", "Doctors call off strike",
         "Doctors at Dhaka Medical College Hospital returned to work on Wednesday after a two-day "
         "strike.\n\n"
         "\"We are back for the patients,\" said Dr Farhana Yasmin, a leader of the striking doctors, "
         "\"but our demands have not changed.\"\n\n"
         "Hospital director Asaduzzaman Khan said security at the emergency ward had been doubled. "
         "\"The guards are in place,\" he said. \"Nobody will be attacked here again.\"",
         [("We are back for the patients", "Farhana Yasmin"),
          ("but our demands have not changed", "Farhana Yasmin"),
          ("security at the emergency ward had been doubled", "Asaduzzaman Khan"),
          ("The guards are in place", "Asaduzzaman Khan"),
          ("Nobody will be attacked here again", "Asaduzzaman Khan")]),
    Case("quotation_over_paragraphs_after_colon", "Fishermen stranded as ban ends",
         "Hundreds of fishing boats stayed at the Cox's Bazar landing station on Friday although the "
         "65-day ban on sea fishing had ended.\n\n"
         "Boat owner Nurul Absar said: \"We have no money left for fuel.\n\n"
         "\"The bank will not lend to us until the first catch is sold.\"\n\n"
         "The fisheries office said loans would be given next week.",
         [("We have no money left for fuel", "Nurul Absar"),
          ("The bank will not lend to us", "Nurul Absar"),
          ("loans would be given next week", None)]),
    Case("quotation_then_a_report_of_its_own", "Villagers wait for a bridge",
         "\"The bridge was promised five years ago,\" said Abdul Khaleque, a shopkeeper in Char "
         "Fasson. \"We still cross the canal by boat, even with the sick.\" Motiur Rahman blamed the "
         "contractor for the delay. \"The work will start again next month,\" he said.",
         [("The bridge was promised five years ago", "Abdul Khaleque"),
          ("We still cross the canal by boat", "Abdul Khaleque"),
          ("the contractor for the delay", "Motiur Rahman"),
          ("The work will start again next month", "Motiur Rahman")]),
    Case("report_before_another_speakers_quotation", "Alliance talks stall",
         "Jatiya Party chairman Golam Mostafa Kabir met the alliance leaders on Friday.\n\n"
         "Party lawmaker Rowshan Ara wrote on Facebook that the talks had gone nowhere, prompting the "
         "chairman to say, \"Nobody has walked out and nobody will.\"",
         [("the talks had gone nowhere", "Rowshan Ara"),
          ("Nobody has walked out and nobody will", "Mostafa Kabir")]),
    Case("speech_verbs_without_speech", "Bank profits rise",
         "Sonali Bank posted a profit of Tk 450 crore in the first half, up from Tk 300 crore a year "
         "earlier.\n\n"
         "The bank's managing director, Afzal Karim, was described by colleagues as a careful lender. "
         "He wrote off fewer loans than any of his predecessors.\n\n"
         "Analysts blamed for the fall in shares last year were proved wrong, the bank's chairman "
         "said.",
         [],
         never_quotes=["a profit of Tk 450", "a careful lender", "fewer loans than"],
         never_speakers=["Analysts"]),
]
