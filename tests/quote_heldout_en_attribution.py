"""Held-out English articles on attribution across a whole article, written for this project (no
outlet's text) before the rules they test were changed: pronoun and title chains over paragraphs
with two people speaking, speakers named after their quotation, written statements and posts,
indefinite speakers ("a resident", "sources", an official who asked not to be named) who must be
nobody, leads whose subject or report runs over 160 characters, and bodies the NER may not tag
before a body cue ("..., the department said").

Same shape as tests/quote_heldout_en.py (the Case there)."""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("adviser_title_then_pronoun", "Duty on edible oil to be cut before Ramadan",
         "Commerce Adviser Salma Rashid on Tuesday said the government would cut the import duty on "
         "edible oil before Ramadan.\n\n"
         "Traders have raised the price of soybean oil twice this month, blaming the dollar rate.\n\n"
         "\"We will not let a handful of importers hold the market hostage,\" the adviser told "
         "reporters after a meeting at the secretariat.\n\n"
         "She said mobile courts would check prices in the wholesale markets of Dhaka from next week.",
         [("cut the import duty on edible oil", "Salma Rashid"),
          ("hold the market hostage", "Salma Rashid"),
          ("mobile courts would check prices", "Salma Rashid")]),
    Case("two_people_two_chains", "Dhaka raises border killings with Delhi's envoy",
         "Foreign Secretary Nasrin Jahan met the Indian high commissioner, Arun Mehta, at the foreign "
         "ministry on Monday.\n\n"
         "Jahan said Dhaka wanted the killings at the border to stop. \"One death at the border is one "
         "too many,\" she said.\n\n"
         "Mehta told reporters after the meeting that India valued its ties with Bangladesh. He said "
         "the two countries would hold talks on sharing river water next month.",
         [("killings at the border to stop", "Nasrin Jahan"),
          ("One death at the border", "Nasrin Jahan"),
          ("India valued its ties", "Arun Mehta"),
          ("talks on sharing river water", "Arun Mehta")]),
    Case("speakers_after_their_quotations", "Embankment breach floods six villages",
         "Six villages in Sirajganj went under water on Wednesday after a river embankment gave way.\n\n"
         "\"The embankment broke at around two in the morning,\" said upazila nirbahi officer Kamrul "
         "Ahsan.\n\n"
         "\"Nobody warned us that the water was rising,\" said Jahanara Khatun, 52, whose house was "
         "washed away.\n\n"
         "\"We have opened four shelters and sent dry food,\" Ahsan added.",
         [("embankment broke at around two", "Kamrul Ahsan"),
          ("Nobody warned us", "Jahanara Khatun"),
          ("opened four shelters", "Kamrul Ahsan")]),
    Case("statement_of_a_body_then_a_post", "Factories stay shut in Ashulia",
         "The Bangladesh Garment Manufacturers and Exporters Association said in a statement on "
         "Wednesday that 37 factories had stayed shut in Ashulia because of the unrest.\n\n"
         "\"Every day of closure costs the industry millions of dollars,\" the statement said.\n\n"
         "Labour leader Rafiqul Amin wrote on Facebook that workers at two of the factories had not "
         "been paid for two months.",
         [("37 factories had stayed shut", "Garment Manufacturers"),
          ("Every day of closure costs", "Garment Manufacturers"),
          ("had not been paid for two months", "Rafiqul Amin")]),
    Case("indefinite_speakers_are_nobody", "Police fire tear gas at protesters in Savar",
         "Police fired tear gas to disperse hundreds of protesters in Savar on Thursday.\n\n"
         "\"They started shooting without any warning,\" a resident said.\n\n"
         "At least 20 people were injured, hospital sources said.\n\n"
         "One police officer, who asked not to be named, said the protesters had thrown bricks first.\n\n"
         "Superintendent of Police Ashraful Karim said the situation was under control.",
         [("situation was under control", "Ashraful Karim")],
         nobody=["started shooting without any warning", "20 people were injured",
                 "protesters had thrown bricks first"]),
    Case("witnesses_and_an_unnamed_official", "Launch capsizes in the Meghna",
         "A launch carrying about 80 passengers capsized in the Meghna near Chandpur on Saturday "
         "evening.\n\n"
         "Witnesses said the launch had been hit by a sand-laden bulk carrier.\n\n"
         "\"At least 12 bodies have been recovered,\" an official of the fire service told reporters "
         "at the scene.",
         [],
         nobody=["hit by a sand-laden bulk carrier", "12 bodies have been recovered"]),
    Case("lead_subject_over_160_characters", "Dhaka, Washington close to tariff deal",
         "Commerce Adviser Bashir Uddin Sarkar, who returned on Saturday from three days of talks in "
         "Washington with US trade officials over the tariff imposed in April on garments from "
         "Bangladesh, said on Sunday that the two sides were close to a deal.\n\n"
         "He said exporters would know the new rate before the end of the month.",
         [("two sides were close to a deal", "Bashir Uddin Sarkar"),
          ("exporters would know the new rate", "Bashir Uddin Sarkar")]),
    Case("lead_report_over_160_characters", "Inflation eases to three-year low",
         "Inflation in Bangladesh eased to 8.3 percent in October from 8.4 percent in September, the "
         "lowest in more than three years, as food prices fell with the arrival of winter vegetables "
         "in markets across the country, the Bangladesh Bureau of Statistics said on Monday.\n\n"
         "Non-food inflation rose slightly because of higher house rents, the bureau said.",
         [("Inflation in Bangladesh eased to 8.3 percent", "Bureau of Statistics"),
          ("Non-food inflation rose slightly", "Bureau of Statistics")]),
    Case("bodies_before_body_cues", "Coast evacuated ahead of cyclone",
         "The Department of Disaster Management opened 1,200 shelters along the coast on Sunday ahead "
         "of the cyclone.\n\n"
         "More than 300,000 people had been moved to the shelters by Sunday evening, the department "
         "said.\n\n"
         "The Inland Water Transport Authority said all launches on the southern routes would stay at "
         "their piers until further notice.",
         [("300,000 people had been moved", "Disaster Management"),
          ("launches on the southern routes would stay", "Inland Water Transport Authority")]),
    Case("unknown_association_speaks", "Rice prices to fall after harvest, traders say",
         "The Dhaka Wholesale Rice Traders' Association said on Tuesday that the price of coarse rice "
         "would fall by five taka a kilogram once the Aman harvest reached the markets.\n\n"
         "The association said mills in Naogaon had already lowered their rates.",
         [("price of coarse rice would fall", "Rice Traders"),
          ("mills in Naogaon had already lowered", "Rice Traders")]),
]
