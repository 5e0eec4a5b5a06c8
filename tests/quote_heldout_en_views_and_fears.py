"""Held-out English articles for quotes, written for this project (no outlet's text): a view or a
fear put in words with cues the pack lacked until round 33 (qr33): "X thinks ...", "X believes
...", "..., he asserts.", "Workers fear that ...", "X has recommended that ...".

Written before the change (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("thinks_and_asserts", "Ferry fares under review",
         "Shipping adviser Kamal Hossain met launch owners at the secretariat on Sunday.\n\n"
         "Kamal Hossain thinks the new fares will not reach the passengers before Eid. The owners will "
         "lose money on every trip, he asserts.",
         [("the new fares will not reach the passengers", "Kamal Hossain"),
          ("The owners will lose money on every trip", "Kamal Hossain")]),
    Case("fear_and_recommended", "Garment orders slow down",
         "Export orders to the garment factories of Gazipur fell by a fifth in March.\n\n"
         "Union leaders fear that owners will hold back the April wages. Researcher Nasima Akter "
         "has recommended that the government should guarantee the wages for three months.",
         [("owners will hold back the April wages", None),
          ("the government should guarantee the wages", "Nasima Akter")]),
]
