"""Held-out English articles for quotes, written for this project (no outlet's text), on groups
named only by their trade that speak in the plural present ("Economists say ...", "Researchers
warn that ...", "Analysts insist that ...", "Shopkeepers say ..."): the plural form of the trade is
a title naming a group, and "warn" and "insist" are cues as "warns" and "insisted" are. Nobody
is named, so the speaker stays unlinked.

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("economists_say", "Rice prices climb again",
         "The price of coarse rice rose by three taka a kilogram in Dhaka's kitchen markets this week.\n\n"
         "Economists say the rise reflects a poor boro harvest rather than hoarding by traders.",
         [("the rise reflects a poor boro harvest", "Economists")],
         nobody=["the rise reflects a poor boro harvest"]),
    Case("researchers_warn", "River erosion eats into char villages",
         "Nearly two hundred homes along the Jamuna were lost to erosion in September.\n\n"
         "Researchers warn that the river could shift its main channel within the next decade.",
         [("the river could shift its main channel", "Researchers")],
         nobody=["the river could shift its main channel"]),
    Case("economists_warn", "Remittance inflow slows",
         "Remittances fell for a second month in a row in October.\n\n"
         "Economists warn that a weaker taka alone will not bring migrant workers back to formal channels.",
         [("a weaker taka alone will not bring", "Economists")],
         nobody=["a weaker taka alone will not bring"]),
    Case("analysts_insist", "Fertiliser shortage in northern districts",
         "Dealers in Rangpur received only half their allocation of urea this season.\n\n"
         "Analysts insist that the shortage began weeks before the official announcement.",
         [("the shortage began weeks before the official announcement", "Analysts")],
         nobody=["the shortage began weeks before the official announcement"]),
    Case("shopkeepers_say", "Footpath traders evicted",
         "City corporation staff removed hawkers from the footpaths of Gulistan on Tuesday.\n\n"
         "Shopkeepers say sales in the area have dropped by half since the drive began.",
         [("sales in the area have dropped by half", "Shopkeepers")],
         nobody=["sales in the area have dropped by half"]),
    Case("scientists_warn", "Heat record in Jashore",
         "Jashore recorded 43.8 degrees Celsius on Monday, the highest temperature of the year.\n\n"
         "Scientists warn that such heatwaves will grow more frequent over the coming decade.",
         [("such heatwaves will grow more frequent", "Scientists")],
         nobody=["such heatwaves will grow more frequent"]),
    # "warn of" names a danger, not words said: no quote
    Case("warn_of_is_no_report", "Cyclone season ahead",
         "Forecasters expect at least two depressions in the Bay of Bengal this month.\n\n"
         "Experts warn of heavy rain in the coastal districts this week.",
         [], never_quotes=["heavy rain in the coastal districts"]),
]
