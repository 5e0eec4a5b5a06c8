"""Held-out English articles for quotes, written for this project (no outlet's text), round 26
(qr26c): "according to" a body named by common words whose last word is a service, a force, an
office, a guard, a council, a committee or a headquarters ("according to the fire service, ...",
"..., according to the Ukrainian air force"). GUIDELINES Q1/Q4: the body speaks. A plan, a law or
a schedule after "according to" says nothing.

Written before the rule they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("according_to_fire_service", "Fire guts shoe factory",
         "A fire broke out at a shoe factory in Hazaribagh on Monday night.\n\n"
         "According to the fire service, the blaze began in a store room full of glue drums.",
         [("the blaze began in a store room", "fire service")]),
    Case("according_to_air_force_after", "Drones strike power plants",
         "Russia struck two power plants in the east overnight.\n\n"
         "Moscow launched 140 drones and four cruise missiles across the country, according to the "
         "Ukrainian air force.",
         [("Moscow launched 140 drones and four cruise missiles", "air force")]),
    Case("according_to_commissioners_office", "More refugees arrive",
         "Aid groups warned of crowding in the camps on Tuesday.\n\n"
         "According to the refugee commissioner's office, nearly 3,000 people crossed the border in "
         "the past month.",
         [("nearly 3,000 people crossed the border", "office")]),
    Case("according_to_coast_guard", "Trawlers missing after storm",
         "A storm hit the Bay of Bengal on Wednesday.\n\n"
         "According to the coast guard, nine fishing trawlers had not returned to Cox's Bazar by "
         "evening.",
         [("nine fishing trawlers had not returned", "coast guard")]),
    Case("according_to_union_council", "Flood leaves families homeless",
         "Floodwater entered dozens of villages in Kurigram on Thursday.\n\n"
         "According to the local union council, more than 400 families have lost their homes.",
         [("more than 400 families have lost their homes", "council")]),
    Case("according_to_army_headquarters", "Soldiers hurt in blast",
         "A roadside bomb went off near a border post on Friday.\n\n"
         "Three soldiers were hurt in the blast, according to army headquarters.",
         [("Three soldiers were hurt in the blast", "headquarters")]),
    Case("according_to_a_schedule_says_nothing", "Polls on time",
         "The Election Commission met party leaders on Sunday.\n\n"
         "According to the revised schedule, voting will be held in the second week of February.",
         [],
         never_quotes=["voting will be held in the second week"]),
]
