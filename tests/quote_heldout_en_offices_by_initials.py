"""Held-out English articles for an office known by its initials, given in brackets between the
office and its holder ("Chief Election Commissioner (CEC) X"), and later standing alone as the
speaker ("The CEC said", "said the VC"): the holder speaks, not a new actor named "CEC". The chief
election commissioner (CEC), a director general (DG) and a vice-chancellor (VC) are titles of the
pack (`titles`), as DC was.

Written before the data rows (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("cec_quoted_directly", "Election body promises a fair vote",
         "Chief Election Commissioner (CEC) Kazi Mahmudul Karim met district officials at the commission "
         "on Thursday.\n\nThe CEC said, \"We will hold the vote on time. Nobody can stop it.\"",
         [("We will hold the vote on time", "Kazi Mahmudul Karim")]),
    Case("cec_reports", "Ballot papers to reach districts next week",
         "Chief Election Commissioner (CEC) Kazi Mahmudul Karim visited the printing press in Tejgaon on "
         "Sunday.\n\nThe CEC said that the ballot papers would reach every district by next Friday.",
         [("the ballot papers would reach every district", "Kazi Mahmudul Karim")]),
    Case("dg_reports", "Hospitals ready for the winter",
         "Health Services Director General (DG) Farhana Yasmin Ruma visited three hospitals in the "
         "capital on Monday.\n\nThe DG said that the leave of all doctors had been cancelled until March.",
         [("the leave of all doctors had been cancelled", "Farhana Yasmin Ruma")]),
    Case("dg_after_the_quote", "Dengue wards opened in district hospitals",
         "Health Services Director General (DG) Farhana Yasmin Ruma opened a new ward in Barishal on "
         "Tuesday.\n\n\"Every district hospital will have a dengue corner by Sunday,\" the DG told reporters.",
         [("Every district hospital will have a dengue corner", "Farhana Yasmin Ruma")]),
    Case("vc_reports", "New halls for Rajshahi University",
         "Rajshahi University Vice-Chancellor (VC) Anwar Hossain Khan inspected the construction of two "
         "new halls on Wednesday.\n\nThe VC said that the halls would open for students in January.",
         [("the halls would open for students in January", "Anwar Hossain Khan")]),
    Case("vc_after_the_quote", "Exams to go ahead despite the strike",
         "Rajshahi University Vice-Chancellor (VC) Anwar Hossain Khan met the teachers' association on "
         "Saturday.\n\n\"No exam will be postponed this term,\" said the VC.",
         [("No exam will be postponed this term", "Anwar Hossain Khan")]),
]
