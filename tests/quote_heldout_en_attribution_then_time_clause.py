"""Held-out English articles for quotes, written for this project (no outlet's text): a report
closed by its attribution, the attribution followed by a clause of time or circumstance the writer
adds ("..., the Kremlin said on Monday, hours after ...", "..., officials said Sunday, as ...",
"..., a spokesman said, even as ..."): the words before the attribution are the speaker's, the
clause after it is nobody's.

Written before the rule they test (round 26, qr26; the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("said_on_weekday_then_as", "Ferries halted in the south",
         "A deep depression formed over the Bay of Bengal on Wednesday.\n\n"
         "Ferry services on the southern routes will stay suspended until the weekend, the port "
         "authority said on Thursday, as the storm moved north towards the coast.",
         [("Ferry services on the southern routes will stay suspended", "port authority")],
         never_quotes=["the storm moved north"]),
    Case("said_bare_weekday_then_a_day_after", "Fuel stocks enough, says ministry",
         "Long queues formed at filling stations in Dhaka on Saturday.\n\n"
         "Fuel stocks are enough for six weeks, the energy ministry said Sunday, a day after the "
         "queues stretched for several kilometres.",
         [("Fuel stocks are enough for six weeks", "energy ministry")],
         never_quotes=["the queues stretched"]),
    Case("spokesman_said_then_even_as", "Visa centre to reopen",
         "The visa centre in Gulshan closed for three days after a protest.\n\n"
         "The centre will start taking applications again next week, a spokesman for the embassy "
         "said, even as protesters gathered outside the gate again.",
         [("will start taking applications again next week", None)],
         never_quotes=["protesters gathered outside"]),
    Case("body_said_then_hours_after", "No date for the summit",
         "Drones hit power stations in three regions overnight.\n\n"
         "Moscow has yet to set a date for a new summit, the Kremlin said on Monday, hours after "
         "the drones cut power to thousands of homes.",
         [("Moscow has yet to set a date for a new summit", "Kremlin")],
         never_quotes=["the drones cut power"]),
    Case("group_said_then_while", "Rice prices fall",
         "The aman harvest ended early in the northern districts this year.\n\n"
         "Coarse rice prices fell by four taka a kilogram in a week, wholesalers said, while "
         "importers held back new orders from India.",
         [("Coarse rice prices fell by four taka", None)],
         never_quotes=["importers held back"]),
    Case("minister_said_then_amid", "Talks to continue",
         "Garment workers blocked the highway at Ashulia for a second day.\n\n"
         "Talks with the factory owners will continue on Tuesday, Labour Adviser Sakhawat Hossain "
         "said in Dhaka, amid fresh protests over unpaid wages.",
         [("Talks with the factory owners will continue on Tuesday", "Sakhawat Hossain")],
         never_quotes=["fresh protests over unpaid wages"]),
]
