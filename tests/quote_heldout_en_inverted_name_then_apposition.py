"""Held-out English articles for quotes, written for this project (no outlet's text): a report
closed by an inverted attribution whose named speaker carries an apposition after a comma
("..., said Karim Uddin, director of the zoo.", "..., said Nasrin Akter, one of the organisers."):
the words before the cue are the speaker's, the apposition after the name is no speech, and the
name is no addressee of "said" (as "Reuters" is of "told Reuters").

Written before the rule they test (round 27, qr27b; the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("said_name_then_office_of_body", "Zoo gets new tigers",
         "Two Bengal tigers arrived at the Mirpur zoo on Tuesday.\n\n"
         "The Bangladesh Forest Department will keep the pair in quarantine for three weeks, said Karim "
         "Uddin Sarker, curator of the zoo.",
         [("will keep the pair in quarantine for three weeks", "Karim Uddin Sarker")],
         never_quotes=["curator of the zoo"]),
    Case("said_name_then_bracketed_office", "Training centres expand",
         "The government plans to train more workers before they go abroad.\n\n"
         "The Ministry of Expatriates' Welfare will open forty new centres by next year, said Md Habibur Rahman, "
         "director (planning) of the manpower bureau.",
         [("will open forty new centres by next year", "Habibur Rahman")],
         never_quotes=["director (planning)"]),
    Case("said_name_then_one_of", "Book fair draws crowds",
         "The month-long book fair opened at Suhrawardy Udyan on Saturday.\n\n"
         "Bangla Academy sold more than three hundred stalls within a week, said "
         "Nasrin Akter Jahan, one of the fair's organisers.",
         [("sold more than three hundred stalls within a week", "Nasrin Akter Jahan")],
         never_quotes=["one of the fair's organisers"]),
    Case("said_name_then_office_of_place", "Canal clean-up begins",
         "Excavators started clearing the Begunbari canal on Sunday morning.\n\n"
         "Workers removed about two hundred tonnes of waste on the first day, said Shafiqul Islam "
         "Khan, chief engineer of the city corporation.",
         [("Workers removed about two hundred tonnes of waste", "Shafiqul Islam Khan")],
         never_quotes=["chief engineer of the city corporation"]),
    Case("said_name_then_long_apposition", "Garment workers get arrears",
         "Workers of a closed factory in Ashulia had protested for a month.\n\n"
         "BGMEA handed the unpaid wages over to the workers on Thursday afternoon, said Tahmina Rahman "
         "Chowdhury, a labour leader who had joined the talks with the owners.",
         [("handed the unpaid wages over to the workers", "Tahmina Rahman Chowdhury")],
         never_quotes=["a labour leader who had joined"]),
    Case("added_name_then_office", "Trains delayed by fog",
         "Dense fog covered the northern districts for a third day.\n\n"
         "Bangladesh Railway ran most intercity trains at least two hours late, added Sardar Shahadat Ali, "
         "manager of the station.",
         [("ran most intercity trains at least two hours late", "Sardar Shahadat Ali")],
         never_quotes=["manager of the station"]),
    Case("speaker_said_then_its_clause_is_still_read", "Exports rise",
         "Knitwear exporters met at the BKMEA office in Narayanganj.\n\n"
         "Mohammad Hatem said, the orders for winter had doubled since August.",
         [("the orders for winter had doubled", "Mohammad Hatem")]),
]
