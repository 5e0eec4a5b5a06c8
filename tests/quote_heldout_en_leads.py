"""Held-out English articles on reports behind a lead clause, written for this project (no
outlet's text): a participle clause that quotes a word ("Calling the plan “reckless”, X said
...", "Describing the fire as “brutal,” X said ..."), whose quotation must not hide the report
after it, nor become the speaker's quote when it is somebody else's words ("Referring to the old
slogan “...”"); and a report opening with "at least" ("X said at least 20 ...").

Same shape as tests/quote_heldout_en.py (the Case there)."""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("participle_lead_quotes_a_word", "Savers' scheme draws fire",
         "The government on Monday proposed cutting the interest paid on savings certificates.\n\n"
         "Calling the proposal \u201creckless\u201d, opposition lawmaker Rumana Kabir said it would "
         "hurt retired people most.\n\n"
         "Describing the cut as \u201ca tax on the old,\u201d economist Farhad Mirza said the "
         "treasury would save less than it hoped.",
         [("hurt retired people most", "Rumana Kabir"),
          ("treasury would save less than it hoped", "Farhad Mirza")]),
    Case("participle_lead_quotes_somebody_else", "Party revives old slogan",
         "The party's youth wing held a rally in Rajshahi on Friday.\n\n"
         "Referring to the party's founding slogan, \"Land to the tiller\", general secretary "
         "Mizanur Haque said the youth wing would campaign in every village.",
         [("campaign in every village", "Mizanur Haque")],
         never_quotes=["Land to the tiller"]),
    Case("report_opening_with_at_least", "Reporters trapped in burning building",
         "Fire broke out on the fifth floor of a newspaper office in Karwan Bazar on Thursday night.\n\n"
         "Editor Shahana Rahman said at least 20 reporters had been trapped on the roof for an hour.\n\n"
         "Fire service official Delwar Hossain said at the scene that the cause was being investigated.",
         [("at least 20 reporters had been trapped", "Shahana Rahman"),
          ("cause was being investigated", "Delwar Hossain")]),
]
