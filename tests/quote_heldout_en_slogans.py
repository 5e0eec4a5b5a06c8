"""Held-out English articles for quotes, written for this project (no outlet's text): a list of
slogans after the words that announce them ("chanting slogans such as, '...', '...'", "filled the
street with slogans like '...'"): one quote, the crowd's, linked to nobody named; a movement's motto
("under the slogan '...'") is nobody's speech.

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("chanting_slogans_such_as", "Students block the highway over bus fares",
         "Hundreds of students blocked the Dhaka-Mymensingh highway at Gazipur on Monday.\n\n"
         "The students were chanting slogans such as, \u201cHalf fare is our right\u201d, \u201cNo "
         "more excuses\u201d and \u201cRoll back the hike\u201d. Traffic stood still for three hours.",
         [("Half fare is our right", None)],
         nobody=["Half fare is our right"]),
    Case("slogans_like_after_colon", "Garment workers march for unpaid wages",
         "Workers of a closed garment factory marched from Ashulia to the labour office on Tuesday.\n\n"
         "Marchers shouted slogans like: \u201cPay us before Eid\u201d; \u201cOur sweat, our wages\u201d. "
         "Others filled the road with slogans including \u201cOpen the gates\u201d.",
         [("Pay us before Eid", None), ("Open the gates", None)],
         nobody=["Pay us before Eid", "Open the gates"]),
    Case("motto_is_no_speech", "A movement remembered",
         "The alliance was formed in 1989 to oppose the military ruler.\n\n"
         "In 1990, it launched a movement under the slogan \u201cVote for the people\u201d. Its "
         "leaders chanted slogans such as \u201cFree the prisoners\u201d at every rally that year.",
         [("Free the prisoners", None)],
         never_quotes=["Vote for the people"]),
    # written after review (round 18): chants named before the words of one speaker who is named
    # after them; the slogan rule must leave the quote to its speaker
    Case("chants_before_a_named_speaker", "Minister rallies supporters in Khulna",
         "Home adviser Jahangir Alam addressed a rally of supporters in Khulna on Friday.\n\n"
         "Greeted with loud chants, \u201cWe will win this fight,\u201d Jahangir Alam told the rally. "
         "Amid cheers, \u201cNobody will be left behind,\u201d he added.",
         [("We will win this fight", "Jahangir Alam"), ("Nobody will be left behind", "Jahangir Alam")]),
]
