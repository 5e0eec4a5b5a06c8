"""Held-out English articles for quotes, written for this project (no outlet's text).

Two grammatical defects:
- a short phrase in marks standing alone as a paragraph (a section heading, "‘A long way to go’")
  is no partial quote: no cue claims it, unless the next sentence's cue does ("‘Not for sale’ —
  that was the answer the mayor gave reporters."; see `heading_claimed_by_next_sentence`);
- a speech verb inside a relative clause ("the plan, which the minister had said would ...")
  belongs to the relative clause's own subject, not to the main clause's subject.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

HEADING_CASES = [
    Case("heading_between_match_reports", "Abahani beat Mohammedan in Dhaka derby",
         "Abahani beat Mohammedan 2-0 in the Dhaka derby on Saturday.\n\n"
         "\u201cWe were patient and the goals came,\u201d Abahani coach Mario Lemos said after the match.\n\n"
         "\u2018A long way to go\u2019\n\n"
         "Mohammedan remain fourth in the table, five points behind the leaders.",
         [("We were patient", "Mario Lemos")],
         never_quotes=["A long way to go"]),
    Case("heading_in_double_marks", "Budget leaves farmers waiting",
         "The finance ministry placed its budget before parliament on Thursday.\n\n"
         "\u201cNo room for subsidies\u201d\n\n"
         "The allocation for fertiliser was cut by a tenth, according to the budget papers.",
         [], never_quotes=["No room for subsidies"]),
    Case("two_headings_in_one_report", "Rains flood Sylhet again",
         "Heavy rains flooded low-lying parts of Sylhet city for the third time this month.\n\n"
         "\u2018Water everywhere\u2019\n\n"
         "Shops along Zindabazar stayed shut as knee-deep water filled the road.\n\n"
         "\u2018Drains never cleaned\u2019\n\n"
         "Residents blamed the city corporation, Councillor Rezaul Karim said that the drains "
         "would be cleaned next week.",
         [("the drains would be cleaned", "Rezaul Karim")],
         never_quotes=["Water everywhere", "Drains never cleaned"]),
    Case("heading_after_a_speaker_paragraph", "Rickshaw pullers protest ban",
         "Rickshaw pullers blocked Mirpur Road on Sunday to protest a ban on battery rickshaws.\n\n"
         "Union leader Abdul Halim said the ban would leave thousands without work.\n\n"
         "\u2018Our only income\u2019\n\n"
         "Police removed the blockade after two hours.",
         [("the ban would leave thousands", "Abdul Halim")],
         never_quotes=["Our only income"]),
    Case("heading_with_a_mark_at_the_end", "Cricket board names new selectors",
         "The cricket board named three new selectors on Monday.\n\n"
         "\u2018Fresh eyes needed\u2019 \n\n"
         "The board president Farooq Ahmed said the panel would pick the squad for the tour.",
         [("the panel would pick the squad", "Farooq Ahmed")],
         never_quotes=["Fresh eyes needed"]),
    # a heading whose line break the page lost runs on into the next sentence with no stop
    Case("heading_glued_to_the_next_sentence", "Kings win in Chattogram",
         "Bashundhara Kings beat Chattogram Abahani 3-1 on Friday. \u2018Not over yet\u2019 Abahani "
         "welcomed the leaders to the MA Aziz Stadium, where coach Maruful Haque said his side "
         "\u201cwould fight to the last match\u201d.",
         [("would fight to the last match", "Maruful Haque")],
         never_quotes=["Not over yet"]),
    Case("heading_claimed_by_next_sentence", "Mayor rules out selling the park",
         "The city corporation met on Tuesday to discuss the future of Shahid Park.\n\n"
         "\u2018Not for sale\u2019\n\n"
         "That was the answer Mayor Shirin Akhter gave reporters after the meeting, she said.",
         [("Not for sale", None)]),
    Case("quote_paragraph_with_a_cue_stays", "Minister visits flood shelter",
         "Disaster Management Minister Enamur Rahman visited a flood shelter in Kurigram on Friday.\n\n"
         "\u201cEvery family will get rice and lentils this week.\u201d\n\n"
         "He said the army would help distribute the food.",
         [("Every family will get rice", None)]),
]

RELATIVE_CASES = [
    Case("which_x_had_said_would", "Club signs striker",
         "Captain Jamal Bhuyan welcomed the club's new striker on Monday, a signing which coach "
         "Mario Lemos had said would bring \u201cspeed and hunger\u201d to the attack.",
         [("speed and hunger", "Mario Lemos")]),
    Case("that_x_said_was", "Minister defends bridge plan",
         "Road Transport Minister Obaidul Quader defended the bridge plan, a project that economist "
         "Rehman Sobhan said was \u201cbadly costed\u201d in a paper last year.",
         [("badly costed", "Rehman Sobhan")]),
    Case("which_x_described_as", "Opposition rejects talks offer",
         "BNP Secretary General Mirza Fakhrul Islam Alamgir rejected the offer of talks, which Law "
         "Minister Anisul Huq described as \u201ca door left open\u201d on Sunday.",
         [("a door left open", "Anisul Huq")]),
    Case("whom_clause_with_title", "Garment exports slow",
         "Commerce Minister Tipu Munshi opened the trade fair on Sunday, where exporters met "
         "buyers whom BGMEA President Faruque Hassan had called \u201cour last hope\u201d this year.",
         [("our last hope", "Faruque Hassan")]),
    Case("which_x_warned_would", "Fuel prices raised",
         "Energy adviser Tawfiq Elahi Chowdhury announced the new fuel prices, which economist Zahid "
         "Hussain warned would \u201chit the poor hardest\u201d.",
         [("hit the poor hardest", "Zahid Hussain")]),
    Case("which_x_has_described_as", "Election date set",
         "Chief Election Commissioner Kazi Habibul Awal set the date of the polls, a decision which "
         "Jatiya Party chairman GM Quader has described as \u201chasty\u201d.",
         [("hasty", "Quader")]),
    Case("which_x_called", "Port fees raised",
         "Shipping Minister Khalid Mahmud Chowdhury announced new port fees, which exporter Faruque "
         "Hassan called \u201ca heavy blow\u201d for garment makers.",
         [("a heavy blow", "Faruque Hassan")]),
    Case("that_x_had_promised_would", "Metro line opens late",
         "Prime Minister Sheikh Hasina opened the metro line on Friday, a line that Planning Minister "
         "Abdul Mannan had promised would be \u201cready before the monsoon\u201d two years ago.",
         [("ready before the monsoon", "Abdul Mannan")]),
    Case("that_x_had_described_as", "Flyover opens to traffic",
         "Dhaka South Mayor Sheikh Fazle Noor Taposh welcomed the opening of the Jatrabari flyover, a road "
         "that transport expert Shamsul Hoque had once described as \u201ca bottleneck in the sky\u201d.",
         [("a bottleneck in the sky", "Shamsul Hoque")]),
    Case("which_x_predicted_would", "Central bank cuts rates",
         "Bangladesh Bank Governor Ahsan H Mansur announced a cut in the policy rate, a move which "
         "economist Selim Raihan predicted would \u201cease the pressure on small firms\u201d.",
         [("ease the pressure on small firms", "Selim Raihan")]),
    Case("which_x_had_warned_would", "Garment owners reject wage board",
         "The garment owners' association BGMEA rejected the new wage board proposal, which labour "
         "leader Kalpona Akter had warned would \u201cpush workers to the streets\u201d.",
         [("push workers to the streets", "Kalpona Akter")]),
    Case("announced_then_which_x_said_would", "Curfew in Khulna",
         "District administrator Khandaker Yasir Arefin announced a curfew in the city, which police "
         "chief Mozammel Haque said would \u201cstay until calm returns\u201d.",
         [("stay until calm returns", "Mozammel Haque")]),
    Case("criticised_then_which_x_described_as", "Opposition attacks press law",
         "Opposition leader Rumeen Farhana criticised the new press law on Monday, which Information "
         "Minister Mohammad Arafat had described as \u201ca shield for journalists\u201d.",
         [("a shield for journalists", "Arafat")]),
    Case("main_clause_speaker_kept", "Minister promises roads",
         "Local Government Minister Tajul Islam, who visited Rangpur on Sunday, said the roads "
         "would be \u201crepaired within a month\u201d.",
         [("repaired within a month", "Tajul Islam")]),
]

CASES = HEADING_CASES + RELATIVE_CASES
