"""Held-out English articles for a speaker named again by nationality alone right after they
spoke ("Coach X said ... . \\"...,\\" said the Argentine."): the writer's elegant variation for the
person just quoted, so the quote is that person's (rule nationality_of_last_speaker). With nobody
quoted just before, the nationality stays unlinked and is never the country
(tests/quote_heldout_en_demonym_speakers.py).

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("portuguese_coach_again", "Kings beat Abahani to go top",
         "Bashundhara Kings beat Abahani 2-1 on Friday to move top of the league.\n\n"
         "Abahani coach Mario Lemos said his side had missed too many chances. \"We will come back "
         "stronger,\" said the Portuguese.",
         [("We will come back stronger", "Mario Lemos")]),
    Case("argentine_striker_again", "Mohammedan sign a new striker",
         "Mohammedan unveiled their new signing at the club's ground on Monday.\n\n"
         "Striker Lucas Herrera said he had wanted to play in Asia for years. \"The fans here are "
         "wonderful,\" said the Argentine.",
         [("The fans here are wonderful", "Lucas Herrera")]),
    Case("australian_batter_again", "Rangpur win a last-ball thriller",
         "Rangpur Riders beat Sylhet by one wicket off the final ball on Saturday.\n\n"
         "Opener Travis Mills said the pitch had slowed down in the second innings. \"It was never "
         "easy to hit through the line,\" said the Australian.",
         [("It was never easy to hit through the line", "Travis Mills")]),
    Case("brazilian_midfielder_again", "Dhaka derby ends level",
         "The Dhaka derby ended 1-1 at the national stadium on Sunday.\n\n"
         "Midfielder Rafael Souza said the referee should have given a penalty. \"Everybody saw the "
         "handball,\" said the Brazilian.",
         [("Everybody saw the handball", "Rafael Souza")]),
    Case("indian_diplomat_again", "Border talks to resume in March",
         "Officials of the two border forces met in Sylhet on Tuesday.\n\n"
         "Deputy high commissioner Pawan Badhe said the talks had been friendly. \"We want a quiet "
         "border for the farmers on both sides,\" said the Indian.",
         [("We want a quiet border for the farmers", "Pawan Badhe")]),
    Case("pakistani_bowler_again", "Comilla bowlers restrict Dhaka",
         "Comilla Victorians bowled Dhaka out for 121 on Wednesday night.\n\n"
         "Fast bowler Naseem Akhtar said the dew had made the ball hard to grip. \"I just tried to "
         "bowl straight,\" said the Pakistani.",
         [("I just tried to bowl straight", "Naseem Akhtar")]),
]
