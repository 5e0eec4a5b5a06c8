"""Held-out English articles for speakers, written for this project (no outlet's text): a person
named once, then referred to by one description after another ("the party leader said ... the
senior party leader said that ...") and a pronoun after them: every reference is that person.

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("two_descriptions_after_a_name", "Mayor promises new drains before monsoon",
         "Speaking at a rally in Khulna on Sunday, Rokibul Hasan, who has run the city for six years, "
         "said the new drains would be finished before the monsoon.\n\n"
         "The crowd cheered when the work was announced.\n\n"
         "Pointing at the flooded road behind the stage, the BNP leader said, \"Last year this road "
         "was under water for a week. Children could not reach school. Shops lost everything.\"\n\n"
         "Asked about the cost, the veteran BNP leader said that the city would pay for the work from "
         "its own budget. \"We will not wait for anyone,\" he added.",
         [("the city would pay for the work", "Rokibul Hasan"),
          ("We will not wait for anyone", "Rokibul Hasan")]),
    Case("party_leader_then_senior_leader", "Party says it is ready for the polls",
         "Ganosamhati leader Zunaid Kabir Ahmed said on Monday that his party would field candidates "
         "in forty seats.\n\n"
         "Replying to a question, the Ganosamhati leader said, \"We are not afraid of a contest. "
         "People know our work.\"\n\n"
         "Referring to talk of a boycott, the senior Ganosamhati leader said that no such plan was "
         "under discussion. \"Our doors are open to every party,\" he said.",
         [("no such plan was under discussion", "Zunaid Kabir Ahmed"),
          ("Our doors are open to every party", "Zunaid Kabir Ahmed")]),
    Case("coach_then_veteran_coach", "Mohammedan rely on youth for the league",
         "Mohammedan Sporting Club named five teenagers in their squad on Thursday, Shafiqul Islam "
         "Manik told reporters at the club's ground.\n\n"
         "Training resumed in the afternoon after heavy rain.\n\n"
         "Watching the session, the coach said, \"These boys are hungry. They run all day. They "
         "listen.\"\n\n"
         "The veteran coach said that the club could not afford foreign players this season. \"We "
         "have to grow our own,\" he said.",
         [("the club could not afford foreign players", "Shafiqul Islam Manik"),
          ("We have to grow our own", "Shafiqul Islam Manik")]),
]
