"""Held-out English articles for quotes, written for this project (no outlet's text), on slogans
(GUIDELINES Q6): slogans written on banners, placards, posters or festoons are nobody's speech
unless somebody is said to say them ("They marched with banners carrying slogans like '...'": no
quote), while slogans a crowd chants are a quote even when the participle opens the sentence
("Chanting slogans such as '...', they marched ..."; "Shouting slogans like '...'" with a capital).

Written before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("banners_carrying_slogans", "Garment workers block highway",
         "Thousands of garment workers marched in Savar on Monday.\n\n"
         "They blocked the highway with banners carrying slogans like \u201cPay our wages\u201d and "
         "\u201cNo more layoffs\u201d. Police diverted the traffic.",
         [], never_quotes=["Pay our wages", "No more layoffs"]),
    Case("placards_bearing_slogans", "Teachers demand pay scale",
         "Primary school teachers gathered in front of the press club on Tuesday.\n\n"
         "They stood for two hours with placards bearing slogans such as \u201cRespect the teachers\u201d "
         "and \u201cOne nation, one pay scale\u201d.",
         [], never_quotes=["Respect the teachers", "One nation, one pay scale"]),
    Case("festoons_with_slogans", "Town prepares for leader's visit",
         "The district town was decorated ahead of the party chief's visit on Thursday.\n\n"
         "Supporters lined the road with festoons and posters carrying slogans like \u201cWelcome, leader "
         "of the people\u201d.",
         [], never_quotes=["Welcome, leader of the people"]),
    Case("chanting_opens_the_sentence", "Students march over campus killing",
         "Hundreds of students gathered at Shahbagh on Friday after a classmate was killed.\n\n"
         "Chanting slogans such as \u201cJustice for Rafi\u201d and \u201cNo more killings\u201d, they "
         "marched to the press club.",
         [("Justice for Rafi", None)], nobody=["Justice for Rafi"]),
    Case("shouting_opens_the_sentence", "Traders protest extortion",
         "Traders of the wholesale market shut their shops on Sunday.\n\n"
         "Shouting slogans like \u201cStop the extortion\u201d, they formed a human chain in front of the "
         "market.",
         [("Stop the extortion", None)], nobody=["Stop the extortion"]),
    Case("raising_slogans_opens_the_sentence", "Nurses demand safety",
         "Nurses of the district hospital stopped work on Wednesday after an attack on a colleague.\n\n"
         "Raising slogans including \u201cSafety at work is our right\u201d, the nurses walked to the "
         "civil surgeon's office.",
         [("Safety at work is our right", None)], nobody=["Safety at work is our right"]),
    Case("chanted_slogans_still_quoted", "Workers rally for wages",
         "Workers rallied outside the labour ministry on Monday.\n\n"
         "They carried banners and chanted slogans like \u201cWages before Eid\u201d.",
         [("Wages before Eid", None)], nobody=["Wages before Eid"]),
]
