"""Held-out English articles for speakers, written for this project (no outlet's text): a
description whose title another word qualifies than the office the last speaker was named with
("The law adviser also said" after "Education Adviser X said"; "the commerce minister" after
"Labour Minister X") is the holder of another office, not that speaker; the same office ("the
education adviser" again) or a grading word ("the senior leader") still points back at them.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("law_adviser_after_education_adviser", "Government stands by the family",
         "Education Adviser Mostafizur Karim visited the family of the murdered worker in Trishal "
         "on Sunday and said the government stood beside them.\n\n"
         "The law adviser told the press that a speedy trial tribunal would hear the case.",
         [("the government stood beside them", "Mostafizur Karim"),
          ("a speedy trial tribunal would hear the case", None)],
         nobody=["a speedy trial tribunal would hear the case"]),
    Case("commerce_minister_after_labour_minister", "Wage talks stall",
         "Labour Minister Shamima Nasrin said the garment owners had asked for two more weeks.\n\n"
         "The commerce minister said that export orders had fallen by a tenth since July.",
         [("the garment owners had asked for two more weeks", "Shamima Nasrin"),
          ("export orders had fallen by a tenth since July", None)],
         nobody=["export orders had fallen by a tenth since July"]),
    Case("agriculture_secretary_after_fisheries_secretary", "Hilsa ban begins",
         "Fisheries Secretary Abdul Motaleb said that the ban on hilsa fishing would start on Friday.\n\n"
         "The agriculture secretary told reporters that farmers in the coastal belt would get seed "
         "support instead.",
         [("the ban on hilsa fishing would start on Friday", "Abdul Motaleb"),
          ("farmers in the coastal belt would get seed", None)],
         nobody=["farmers in the coastal belt would get seed"]),
    Case("deputy_commissioner_after_police_commissioner", "Traffic plan for the fair",
         "Metropolitan Police Commissioner Rezaul Haque said that cars would be kept out of the fair "
         "grounds.\n\n"
         "The deputy commissioner said that extra buses would run from Gabtoli.",
         [("cars would be kept out of the fair grounds", "Rezaul Haque"),
          ("extra buses would run from Gabtoli", None)],
         nobody=["extra buses would run from Gabtoli"]),
    Case("same_office_points_back", "Exams to go ahead",
         "Education Adviser Mostafizur Karim said the board exams would start on 10 April.\n\n"
         "The education adviser added that question papers would be printed under guard.",
         [("the board exams would start on 10 April", "Mostafizur Karim"),
          ("question papers would be printed under guard", "Mostafizur Karim")]),
    Case("grading_word_points_back", "Jamaat sets out its demands",
         "Jamaat-e-Islami leader Nurul Amin said the party wanted the polls held in February.\n\n"
         "The senior leader added that his party would join no boycott.",
         [("the party wanted the polls held in February", "Nurul Amin"),
          ("his party would join no boycott", "Nurul Amin")]),
]
