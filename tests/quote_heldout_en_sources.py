"""Held-out English articles on who a speaker is across the article, written for this project
(no outlet's text): descriptions and surnames that point back to a person named earlier, written
statements and posts, speakers named after their quotation, quotations over paragraphs, quoted
phrases inside a report, and unnamed sources that must stay unnamed.

Same shape as tests/quote_heldout_en.py (the Case there)."""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("surname_with_mr_after_full_name", "Budget to cut fuel subsidy",
         "DHAKA - Finance Adviser Rashed Chowdhury on Sunday presented a budget that cuts the fuel "
         "subsidy by a fifth.\n\n"
         "\"We cannot keep paying for cheap diesel with borrowed money,\" Mr Chowdhury told "
         "lawmakers.\n\n"
         "Opposition lawmaker Nilufar Yasmin called the plan cruel to farmers. \"Every farmer who "
         "runs an irrigation pump will pay for this,\" Ms Yasmin said.\n\n"
         "Chowdhury said the savings would go to school meals.",
         [("cheap diesel with borrowed money", "Chowdhury"),
          ("Every farmer who runs an irrigation pump", "Yasmin"),
          ("savings would go to school meals", "Chowdhury")]),
    Case("the_expert_points_back", "UN expert urges end to detentions",
         "GENEVA - Marta Lindqvist, the UN special rapporteur on arbitrary detention, on Thursday "
         "called for the release of 40 students held without charge.\n\n"
         "\"Holding young people for months without a hearing is a grave breach of the law,\" the "
         "UN expert said in a statement.\n\n"
         "The rapporteur added that she had written to the government twice without a reply.",
         [("grave breach of the law", "Lindqvist"),
          ("written to the government twice", "Lindqvist")]),
    Case("speaker_after_quote_with_long_apposition", "Border trade resumes",
         "Trucks crossed the border again on Monday after a two-week halt.\n\n"
         "\"Traders lost a great deal of money in these two weeks,\" said Harun Mia, president of "
         "the local chamber of commerce, who met customs officers on Sunday.\n\n"
         "\"We expect the queues to clear within three days,\" said Tanvir Alam, the port's "
         "deputy manager.",
         [("Traders lost a great deal of money", "Harun Mia"),
          ("queues to clear within three days", "Tanvir Alam")]),
    Case("statement_and_post_as_source", "Party expels councillor",
         "The ruling party on Friday expelled a city councillor accused of extortion.\n\n"
         "\"The party does not protect anyone who breaks the law,\" read a statement signed by "
         "general secretary Moinul Haque.\n\n"
         "The councillor, Jasim Uddin, denied the charge in a post on Facebook. \"I have been "
         "framed by my rivals,\" he wrote.",
         [("does not protect anyone who breaks the law", None),
          ("framed by my rivals", "Jasim Uddin")]),
    Case("quotation_over_three_paragraphs", "Fire survivors recall night of horror",
         "Survivors of the market fire described a night of panic.\n\n"
         "\"The smoke came so fast that we could not see the stairs,\" said Shirin Akter, who sold "
         "clothes on the second floor.\n\n"
         "\"I held my daughter's hand and we crawled along the wall.\n\n"
         "\"When we reached the street, my shop was already gone.\"\n\n"
         "Fire officials said the blaze started in a kitchen.",
         [("smoke came so fast", "Shirin Akter"),
          ("crawled along the wall", "Shirin Akter"),
          ("my shop was already gone", "Shirin Akter")]),
    Case("partial_quotes_in_reports", "Ministers trade barbs over power cuts",
         "Energy Minister Kabir Hasan said the power cuts were \"a passing problem\" that would end "
         "once a new plant opened in July.\n\n"
         "Opposition leader Selina Rahman dismissed what she called \"empty promises\" and said "
         "households had suffered \"for far too long\".",
         [("a passing problem", "Kabir Hasan"),
          ("empty promises", "Selina Rahman")]),
    Case("unnamed_sources_stay_unnamed", "Government weighs curfew in port city",
         "Home Adviser Jahangir Kabir met police chiefs on Tuesday to discuss the unrest in the "
         "port city.\n\n"
         "A senior official who attended the meeting said a curfew was one of several options.\n\n"
         "\"Nothing has been decided yet,\" officials said after the meeting.",
         [("a curfew was one of several options", None),
          ("Nothing has been decided yet", None)],
         never_speakers=["Jahangir Kabir"]),
    Case("spokesman_then_surname", "Kremlin rejects ceasefire plan",
         "MOSCOW - The Kremlin on Wednesday rejected a ceasefire plan put forward by European "
         "leaders.\n\n"
         "Kremlin spokesman Dmitry Peskov told reporters the plan ignored \"the realities on the "
         "ground\".\n\n"
         "\"There can be no talk of a pause that only helps the other side re-arm,\" the Kremlin "
         "spokesman said.\n\n"
         "Peskov added that President Vladimir Putin had not discussed the plan with anyone.",
         [("realities on the", "Peskov"),
          ("no talk of a pause", "Peskov"),
          ("had not discussed the plan", "Peskov")]),
    Case("according_to_a_statement_from_body", "Airline suspends flights to the Gulf",
         "The national airline suspended flights to two Gulf cities on Saturday, according to a "
         "statement from the civil aviation authority.\n\n"
         "\"Passengers holding tickets will be rebooked free of charge,\" the statement said.",
         [("Passengers holding tickets will be rebooked", None)]),
    Case("pronoun_across_a_caption", "Mayor promises new drains",
         "Mayor Rehana Sultana on Monday promised to finish the new drains before the monsoon.\n\n"
         "Workers dig a drain in the old town. Photo: Staff\n\n"
         "\"Not one street of this city will flood this year,\" she said.",
         [("Not one street of this city will flood", "Rehana Sultana")],
         never_speakers=["Workers"]),
]
