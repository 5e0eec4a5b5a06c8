"""Held-out English articles for speakers, written for this project (no outlet's text): a group of
a party's leaders ("BNP leaders said", "Party leaders say", "In a letter, NCP leaders stated")
is people the text leaves unnamed, not the party: its speaker is no actor (Q4: unnamed officials
and groups are ""; the party speaks when the text says the party did).

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("party_leaders_said", "BNP prepares for the long march",
         "Thousands of activists gathered in Naya Paltan on Friday.\n\n"
         "BNP leaders said that the march to Sylhet would begin on Monday morning.",
         [("the march to Sylhet would begin on Monday", None)],
         nobody=["the march to Sylhet would begin on Monday"]),
    Case("leaders_have_said_bare", "Jamaat sets out its seat demands",
         "Talks on seat sharing dragged into a fourth week.\n\n"
         "Jamaat leaders have said they would accept no fewer than forty seats in the alliance.",
         [("they would accept no fewer than forty seats", None)],
         nobody=["they would accept no fewer than forty seats"]),
    Case("party_leaders_say_present", "Awami League office reopens",
         "The district office of the Awami League in Bogura reopened on Tuesday after a year.\n\n"
         "Awami League leaders say the building was looted twice during the unrest.",
         [("the building was looted twice during the unrest", None)],
         nobody=["the building was looted twice during the unrest"]),
    Case("leaders_stated_in_a_letter", "Dissent over the alliance",
         "Thirty of the National Citizen Party's central members wrote to the convener on Saturday.\n\n"
         "In the letter, NCP leaders stated, \"We cannot stand beside a party whose record we "
         "opposed for a decade.\"",
         [("We cannot stand beside a party whose record", None)],
         nobody=["We cannot stand beside a party whose record"]),
    Case("the_leaders_added_after_a_group", "Dissent over the alliance grows",
         "NCP leaders in Rangpur said that the alliance had split the district committee.\n\n"
         "The leaders added that nine members had already resigned from their posts.",
         [("nine members had already resigned from their posts", None)],
         nobody=["the alliance had split the district committee",
                 "nine members had already resigned from their posts"]),
    Case("the_party_itself_still_speaks", "BNP rejects the charge",
         "The Bangladesh Nationalist Party said in a statement that the charges against its "
         "secretary general were politically motivated.",
         [("the charges against its secretary general were politically motivated",
           "Bangladesh Nationalist Party")]),
]
