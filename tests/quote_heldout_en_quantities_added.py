"""Held-out English articles for "added" followed by a number: runs, seats or money added to a
total ("The pair added 63 for the sixth wicket", "added eleven to the morning total", "added
$2 million to the fund") are no speech, while "added that ..." in the same article still is
(rule quantity_added, the pack's `quantity_cues` and `number_words`). Six cases failed before the
rule; "seats_added_in_words" and "adding_runs_after_a_fifty" were already right and guard it.
The last three were added in the round-22 re-read (the first two failed with the first version of
the rule, the third because "a hundred" is two words); they pass with `clause_verbs`.

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("partnership_runs_added", "Tigers fight back in Sylhet",
         "Bangladesh were 120-5 at lunch on the second day.\n\n"
         "Mominul Haque and Litton Das added 63 for the sixth wicket before Litton fell to a short ball. "
         "Coach Phil Simmons said the partnership had given the side a chance.",
         [("the partnership had given the side a chance", "Phil Simmons")],
         never_quotes=["63 for the sixth wicket"]),
    Case("runs_in_words_added", "Last pair frustrate the hosts",
         "Zimbabwe resumed on 288-9 on the third morning.\n\n"
         "Blessing Muzarabani added eleven to the overnight total before he was caught at slip. "
         "Captain Craig Ervine added that his bowlers would need to be patient.",
         [("his bowlers would need to be patient", "Craig Ervine")],
         never_quotes=["eleven to the overnight total"]),
    Case("team_added_runs_in_a_session", "Kiwis build a big lead",
         "New Zealand resumed at 301-3 and added 87 runs in the morning session. Opener Devon Conway "
         "said the pitch had become easier to bat on.",
         [("the pitch had become easier to bat on", "Devon Conway")],
         never_quotes=["87 runs in the morning session"]),
    Case("money_added_to_a_fund", "More money for flood relief",
         "The finance ministry added $2 million to the flood relief fund on Tuesday. Finance adviser "
         "Salehuddin Ahmed said the money would reach the districts within a week.",
         [("the money would reach the districts", "Salehuddin Ahmed")],
         never_quotes=["$2 million to the flood relief fund"]),
    Case("seats_added_in_words", "Parliament to grow after the reform",
         "The commission added fifty seats reserved for women to the new parliament. Commission member "
         "Badiul Alam Majumdar said the seats would be filled by direct vote.",
         [("the seats would be filled by direct vote", "Badiul Alam Majumdar")],
         never_quotes=["fifty seats reserved for women"]),
    Case("adding_runs_after_a_fifty", "Hridoy steadies the innings",
         "Towhid Hridoy reached his fifty in 48 balls and adds 22 more before the rain came. Hridoy said "
         "he had wanted to bat through the innings.",
         [("he had wanted to bat through the innings", "Hridoy")],
         never_quotes=["22 more before the rain came"]),
    Case("partner_runs_added_before_tea", "Shakib and Mushfiq rebuild",
         "Bangladesh lost three wickets for 14 runs after lunch.\n\n"
         "Shakib Al Hasan added 45 with Mushfiqur Rahim before tea. Mushfiqur said the ball had "
         "started to keep low in the afternoon.",
         [("the ball had started to keep low", "Mushfiqur")],
         never_quotes=["45 with Mushfiqur Rahim before tea"]),
    Case("wickets_added_in_words", "Marufa Akter shines at Mirpur",
         "Marufa Akter took three wickets in her first spell.\n\n"
         "She added two more wickets in the final over as Ireland were bowled out for 98. Captain "
         "Nigar Sultana said the young pacer had won the match for them.",
         [("the young pacer had won the match", "Nigar Sultana")],
         never_quotes=["two more wickets in the final over"]),
    # Found in the round-22 re-read: a number after "added" that is the subject of its own clause
    # is a report, and "a hundred" is a number in two words.
    Case("added_count_as_clause_subject", "Arrests after the Rangpur clash",
         "Clashes broke out in Rangpur town on Monday night.\n\n"
         "Police spokesman Faruk Hossain added 12 people had been arrested overnight in the town.",
         [("12 people had been arrested overnight", "Faruk Hossain")]),
    Case("added_families_as_clause_subject", "Storm leaves villages dark",
         "The storm crossed the coast on Sunday.\n\n"
         "Deputy commissioner Mizanur Rahman added 300 families were still without power in Bhola.",
         [("300 families were still without power", "Mizanur Rahman")]),
    Case("a_hundred_runs_added", "Hosts recover at Chattogram",
         "Bangladesh slipped to 88-5 before lunch.\n\n"
         "Mominul Haque and Litton Das added a hundred runs for the sixth wicket. Litton said the "
         "pitch had slowed down after the break.",
         [("the pitch had slowed down after the break", "Litton")],
         never_quotes=["a hundred runs for the sixth wicket"]),
]
