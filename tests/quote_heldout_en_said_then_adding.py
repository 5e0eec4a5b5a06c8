"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
a bare report closed by a second one ("X said the water had receded, adding that food would
follow", "X told reporters the suspects had fled, adding that ..."): both clauses are X's words,
the first one too, not only the words after "adding".

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    # a bare "said" whose words run on to ", adding that ...": the words before "adding" are said too
    Case("said_bare_then_adding", "Water recedes in Sirajganj",
         "Floodwater began to fall in the char areas of Sirajganj on Friday.\n\n"
         "District relief officer Kamrul Ahsan said the water had started to recede in most unions, "
         "adding that dry food would reach the remaining shelters by the evening.",
         [("the water had started to recede in most unions", "Kamrul Ahsan"),
          ("dry food would reach the remaining shelters", "Kamrul Ahsan")]),
    Case("says_bare_then_adding", "Late harvest in the haor",
         "The boro harvest in the haor districts is two weeks behind this year.\n\n"
         "Farmers' leader Abdul Motin says the cold spell delayed the planting, "
         "adding that many growers now fear an early flash flood.",
         [("the cold spell delayed the planting", "Abdul Motin")]),
    Case("pronoun_said_bare_then_adding", "Onion prices to ease",
         "Commerce adviser Nilufar Yasmin met importers at the secretariat on Sunday.\n\n"
         "She said onion prices would fall within a week, adding that permits for another "
         "20,000 tonnes had already been issued.",
         [("onion prices would fall within a week", "Nilufar Yasmin")]),
    Case("title_said_bare_then_adding", "Rally allowed at Paltan",
         "The party will hold its first rally of the campaign at Paltan on Saturday.\n\n"
         "Party spokesman Rafiqul Alam said the rally would begin at two in the afternoon, "
         "adding that the police had granted permission on Thursday night.",
         [("the rally would begin at two in the afternoon", "Rafiqul Alam")]),
    # "told" and its addressee before the bare report
    Case("told_bare_then_adding", "Suspects fled to Khulna",
         "Police superintendent Abdul Karim told reporters the two suspects had fled to Khulna, "
         "adding that a manhunt was under way in three districts.",
         [("the two suspects had fled to Khulna", "Abdul Karim")]),
    Case("said_bare_with_commas_then_adding", "Bridge to open in March",
         "Roads secretary Tanvir Hasan said the new bridge at Kalna, the longest in the region, "
         "would open to traffic in March, adding that tolls would be collected from the first day.",
         [("would open to traffic in March", "Tanvir Hasan")]),
]
