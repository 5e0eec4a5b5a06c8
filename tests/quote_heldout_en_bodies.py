"""Held-out English articles on bodies and documents that speak, written for this project (no
outlet's text): a ministry named by what it does closing a report ("..., the food ministry said
yesterday."), a country's ministry or commission named bare, a report and its author, an
outlet the speaker talks to, a quotation running on into the next paragraph, an unnamed
expert named in the next sentence, a participle clause before "announced" that reports
nothing, and sources after "according to" named by common words or placed by a preposition
("traders in Rangpur": the traders speak, never Rangpur), beside a schedule that says nothing.

Same shape as tests/quote_heldout_en.py (the Case there)."""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("ministry_closes_report_with_time_word", "Wheat cargo reaches Mongla",
         "A ship carrying 38,000 tonnes of wheat bought from Canada reached Mongla port on Monday.\n\n"
         "Unloading of the grain will be finished within ten days, the food ministry said yesterday.\n\n"
         "Flour mills in Khulna have asked for a larger share of the cargo, the commerce ministry "
         "said this morning.",
         [("Unloading of the grain will be finished", "food ministry"),
          ("Flour mills in Khulna have asked", "commerce ministry")]),
    Case("country_ministry_named_bare", "Dhaka summons envoy over border death",
         "Bangladesh on Sunday summoned the Indian high commissioner in Dhaka over the death of a "
         "cattle trader near the Lalmonirhat border.\n\n"
         "The killing of unarmed civilians breaks the guidelines both sides agreed, the foreign "
         "ministry said on Sunday.\n\n"
         "The home ministry said border guards had been told to step up night patrols.",
         [("killing of unarmed civilians breaks the guidelines", "Ministry of Foreign Affairs"),
          ("border guards had been told to step up", "Ministry of Home Affairs")]),
    Case("election_commission_named_bare", "Nomination deadline extended",
         "Candidates for the city polls will have two more days to submit their papers.\n\n"
         "The election commission said the deadline had been moved to Thursday after a server "
         "failure on Monday.",
         [("deadline had been moved to Thursday", "Election Commission")]),
    Case("report_and_its_author", "Garment exports slow in second quarter",
         "Garment exports grew by only two percent in the April-June quarter, according to a report "
         "by the Export Promotion Bureau.\n\n"
         "Shipments to the United States fell for the first time in three years, the report said.",
         [("Garment exports grew by only two percent", "Export Promotion Bureau"),
          ("Shipments to the United States fell", "Export Promotion Bureau")]),
    Case("speaker_tells_an_outlet", "Port workers end strike",
         "Dock workers in Chattogram returned to work on Tuesday after a five-day strike.\n\n"
         "Union leader Jamal Sikder told AFP that the port authority had agreed to raise wages by "
         "ten percent.\n\n"
         "\"We will watch closely whether they keep their word,\" he told the BBC.",
         [("port authority had agreed to raise wages", "Jamal Sikder"),
          ("watch closely whether they keep their word", "Jamal Sikder")],
         never_speakers=["AFP", "BBC"]),
    Case("open_quotation_runs_on", "Char families wait for relief",
         "Families on the river islands say no relief has reached them since the flood.\n\n"
         "Boatman Kashem Ali, 47, told reporters, \"The river took our rice and our goats. We have "
         "eaten one meal a day for a week.\n\n"
         "\"Nobody from the union council has come to see us.\"\n\n"
         "The upazila nirbahi officer, Shirin Sultana, said two boats of food would leave on "
         "Thursday.",
         [("The river took our rice and our goats", "Kashem Ali"),
          ("two boats of food would leave", "Shirin Sultana")]),
    Case("unnamed_expert_named_in_next_sentence", "UN expert urges release of editor",
         "A UN human rights expert on Wednesday called on the authorities to release a newspaper "
         "editor held since March.\n\n"
         "\"Journalism is not a crime,\" said the expert, Helga Sorensen, the special rapporteur on "
         "freedom of expression.",
         [("Journalism is not a crime", "Helga Sorensen")]),
    Case("according_to_group_in_place", "Cold wave lifts sales of winter clothes",
         "Shops in the northern districts report brisk sales as temperatures fall.\n\n"
         "Sales of blankets have doubled in a week, according to traders in Rangpur.\n\n"
         "Prices of second-hand sweaters rose by a third, according to residents of the area.\n\n"
         "Two primary schools were closed for three days, according to officials in Kurigram.",
         [("Sales of blankets have doubled", "traders"), ("second-hand sweaters rose by a third", "residents"),
          ("primary schools were closed", "officials")],
         never_speakers=["Rangpur", "Kurigram"]),
    Case("according_to_common_source", "Extortion claims at wholesale market",
         "Traders at the Jatrabari wholesale market formed a human chain on Monday.\n\n"
         "According to the traders, a local gang has collected money from every stall since March.\n\n"
         "About 3,000 nurses will be recruited next year, according to the health ministry.\n\n"
         "According to the election schedule, nomination papers must be submitted by 9 March.",
         [("a local gang has collected money", "traders"), ("3,000 nurses will be recruited", "health ministry")],
         never_quotes=["nomination papers must be submitted"]),
    Case("participle_before_announced_reports_nothing", "Polling centres listed",
         "The returning officers published the list of polling centres on Friday, following the "
         "election schedule announced on 11 March.\n\n"
         "The list holds 420 centres in the district, up from 395.",
         [], never_quotes=["returning officers published"]),
]
