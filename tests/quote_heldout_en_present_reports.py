"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
a group's report in the plural present with no "that" ("Police also say the toll is higher",
"Doctors say it is too early"), businesses as an unnamed source, and a cue whose addressee comes
with "to" before the "that" ("confirmed to Prothom Alo that ...", "explained to reporters that").

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("police_and_doctors_say", "Road deaths during Eid higher than counted",
         "At least 120 people died on the roads during the Eid holidays, a passenger welfare group "
         "said on Saturday.\n\n"
         "Police also say the real number of deaths on the highways is higher than the group's "
         "count. Doctors say many of the injured may never walk again.",
         [("the real number of deaths on the highways is higher", "Police"),
          ("many of the injured may never walk again", None)],
         nobody=["many of the injured may never walk again"]),
    Case("businesses_say", "Port delays hurt exporters",
         "Container handling at Chattogram port slowed again this month.\n\n"
         "Businesses say that ships wait up to nine days for a berth. Exporters say buyers in Europe "
         "have begun to cancel orders.",
         [("ships wait up to nine days for a berth", None),
          ("buyers in Europe have begun to cancel orders", None)],
         nobody=["ships wait up to nine days for a berth", "buyers in Europe have begun to cancel orders"]),
    Case("confirmed_to_an_outlet", "Fire at a Tongi warehouse",
         "A fire broke out at a chemical warehouse in Tongi on Monday night.\n\n"
         "Fire service duty officer Rashed Bin Khalid confirmed to Prothom Alo that eleven units had "
         "brought the fire under control by midnight. Station manager Akhlima Khatun explained to "
         "reporters that nobody had been inside the building.",
         [("eleven units had brought the fire under control", "Rashed Bin Khalid"),
          ("nobody had been inside the building", "Akhlima Khatun")]),
    # written after review (round 18): a contracted negation before the cue says nothing, as "did
    # not say" does
    Case("contracted_negation_says_nothing", "Curfew stays in Gopalganj",
         "The curfew in Gopalganj was extended for another day on Sunday.\n\n"
         "Home adviser Jahangir Alam didn't say the curfew would be lifted this week. District officials "
         "don't say the markets will reopen soon. Shopkeeper Rafiq Mia said the town had gone quiet.",
         [("the town had gone quiet", "Rafiq Mia")],
         never_quotes=["the curfew would be lifted", "the markets will reopen"]),
]
