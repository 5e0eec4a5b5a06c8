"""Held-out English articles, written for this project (no outlet's text): slogans written on
something carried and introduced by "with" after it ("holding banners with slogans like '...'",
"placards with slogans such as '...'") are no quotes (GUIDELINES Q6: nobody is said to say them);
the `slogan_leads` "with" is the one of a crowd voicing slogans, not of a banner bearing them.
Written before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("banners_with_slogans_like", "Garment workers march for wages",
         "Hundreds of garment workers marched to the labour ministry on Sunday, holding banners with slogans "
         "like \"Pay our wages now\" and \"No more lockouts\". Union leader Rina Akter said the owners had "
         "ignored three deadlines.",
         [("the owners had ignored three deadlines", "Rina Akter")],
         never_quotes=["Pay our wages now", "No more lockouts"]),
    Case("placards_with_slogans_such_as", "Students demand safe roads",
         "Students gathered at the campus gate on Tuesday carrying placards with slogans such as "
         "\"We want safe roads\". Proctor Kamal Uddin said talks with the city corporation would resume.",
         [("talks with the city corporation would resume", "Kamal Uddin")],
         never_quotes=["We want safe roads"]),
    Case("posters_with_slogans_including", "Teachers rally in Rajshahi",
         "Primary school teachers rallied in front of the education office in Rajshahi, putting up posters "
         "with slogans including \"Fair pay for teachers\". Their association's president Salma Khatun "
         "said the rally would go on for three days.",
         [("the rally would go on for three days", "Salma Khatun")],
         never_quotes=["Fair pay for teachers"]),
    Case("festoons_across_a_lane", "Traders protest extortion",
         "Shop owners in Chawkbazar hung festoons with slogans like \"Stop extortion\" across the lane on "
         "Monday. Trader Abdul Karim said he had paid the gang twice this month.",
         [("he had paid the gang twice this month", "Abdul Karim")],
         never_quotes=["Stop extortion"]),
    Case("a_banner_with_a_slogan", "Farmers block highway",
         "Potato farmers blocked the Bogura highway for an hour, raising a banner with the slogan \"Fair "
         "price for potatoes\". Farmer Jalal Mia said cold storage rents had doubled.",
         [("cold storage rents had doubled", "Jalal Mia")],
         never_quotes=["Fair price for potatoes"]),
    Case("placards_with_slogans_like_in_a_long_sentence", "Nurses demand posts",
         "Nurses from six districts sat on the road outside the health directorate for the second day, "
         "carrying placards with slogans like \"Create posts now\" and \"Respect nurses\". Nurse Shirin "
         "Sultana said the directorate had promised new posts a year ago.",
         [("the directorate had promised new posts a year ago", "Shirin Sultana")],
         never_quotes=["Create posts now", "Respect nurses"]),
]
