"""Held-out English articles for quotes, written for this project (no outlet's text), on bodies
that speak with a verb of speech other than "said" (GUIDELINES Q1: warned, claimed, alleged,
insisted are acts of speech; an organisation speaks when the text says so, Q4): "The
association warned that ...", and "they" standing for the body that spoke just before ("The
union said ... . They also warned that ..."). The last case is a guard: a body that confirmed a
fact states it, no speech (the pack's comment on `organisation_cues`).

Written before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("body_warned", "Exporters fear shipment delays",
         "Exporters met at the chamber's office in Motijheel on Monday.\n\n"
         "The Bangladesh Garment Manufacturers and Exporters Association warned that shipments to Europe "
         "could be delayed by three weeks if the port stayed shut.",
         [("shipments to Europe could be delayed", "Bangladesh Garment Manufacturers")]),
    Case("they_warned_after_the_body_spoke", "Traders threaten strike",
         "Traders in the old town kept their shops closed on Tuesday.\n\n"
         "The Bangladesh Shop Owners Association said the new trade licence fee was unfair to small "
         "traders. They also warned that markets across the country would shut from next week.",
         [("markets across the country would shut", "Bangladesh Shop Owners Association")]),
    Case("body_claimed", "Party disputes arrest figures",
         "Police said 40 people were detained after the clashes in Chittagong.\n\n"
         "The Bangladesh Nationalist Party claimed that more than two hundred of its activists had been "
         "picked up from their homes overnight.",
         [("more than two hundred of its activists", "Bangladesh Nationalist Party")]),
    Case("body_alleged", "Rights group accuses guards",
         "A rights group released a report on border killings on Wednesday.\n\n"
         "Ain o Salish Kendra alleged that at least twelve villagers had been shot near the border "
         "this year without any warning.",
         [("at least twelve villagers had been shot", "Ain o Salish Kendra")]),
    Case("body_insisted", "Board defends exam schedule",
         "Students protested outside the education board on Thursday.\n\n"
         "The Dhaka Education Board insisted that the exams would go ahead as scheduled despite the "
         "protests.",
         [("the exams would go ahead as scheduled", "Dhaka Education Board")]),
    Case("they_claimed_after_the_body_spoke", "Workers' federation rejects wage offer",
         "Talks on the minimum wage ended without agreement on Sunday.\n\n"
         "The National Garment Workers Federation said the offer was far below the cost of living. "
         "They claimed that owners had made record profits last year.",
         [("owners had made record profits", "National Garment Workers Federation")]),
    Case("body_confirmed_states_a_fact", "Ministry confirms fuel shipment",
         "A tanker carrying diesel reached the outer anchorage on Friday.\n\n"
         "The Ministry of Power, Energy and Mineral Resources confirmed that the tanker had arrived "
         "on schedule.",
         [], never_quotes=["the tanker had arrived on schedule"]),
]
