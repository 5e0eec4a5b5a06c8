"""Held-out English articles for speakers, written for this project (no outlet's text): a person
named with an office whose title pattern matched only its head ("Youth and sports [adviser] X"),
then a description of another office with the same head ("The port adviser said"). The
description's qualifier must be a whole word of the first office: "port" is no word of "sports",
nor "rice" of "price", nor "law" of "lawmaker", nor "men's" of "women's". The description is then
somebody else (no actor), not the person who spoke before. The last two cases are the agreeing
kind, which must keep the person ("the ports adviser" after "Shipping and ports adviser X", "The
Jamaat leader" after "Jamaat-e-Islami assistant secretary general X").

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("port_is_no_word_of_sports", "Port fees to rise from January",
         "Youth and sports adviser Rahim Uddin Chowdhury said the government had not yet decided on "
         "the fees. \"We will talk to the shipping agents first,\" he said. The port adviser said that "
         "the fees would rise from January whatever the agents wanted.",
         [("the government had not yet decided", "Rahim Uddin Chowdhury")],
         nobody=["the fees would rise from January"]),
    Case("sports_is_no_word_of_transport", "Stadium roads to close for the final",
         "Road transport adviser Kamal Hossain Mridha said the roads around the stadium would close at "
         "noon. \"Buses will use the bypass,\" he said. The sports adviser said that tickets for the "
         "final had sold out in two hours.",
         [("the roads around the stadium would close", "Kamal Hossain Mridha")],
         nobody=["tickets for the final had sold out"]),
    Case("rice_is_no_word_of_price", "Traders warn of higher prices before Ramadan",
         "Price commission chairman Jahangir Alam Sarker said the stocks of lentils and oil were enough "
         "for the month. \"There is no reason for panic,\" he said. The rice commission chairman said "
         "that the boro harvest would reach the markets late this year.",
         [("the stocks of lentils and oil", "Jahangir Alam Sarker")],
         nobody=["the boro harvest would reach the markets"]),
    Case("law_is_no_word_of_lawmaker", "Lawmakers debate the new land bill",
         "Awami League lawmaker Shirin Akhter Munni said the bill would hurt small farmers in the char "
         "areas. \"The poor will lose their plots,\" she said. The law minister said that the bill "
         "would be sent to a standing committee for review.",
         [("the bill would hurt small farmers", "Shirin Akhter Munni")],
         nobody=["sent to a standing committee for review"]),
    Case("men_is_no_word_of_women", "Squads named for the Asia Cup",
         "Women's team coach Sarwar Imran said three young bowlers had earned their places. \"They "
         "worked hard in the camp,\" he said. The men's team coach said that the senior batters would "
         "rest for the first two matches.",
         [("three young bowlers had earned their places", "Sarwar Imran")],
         nobody=["the senior batters would rest"]),
    Case("art_is_no_word_of_department", "University exhibition opens on Sunday",
         "Physics department head Selina Parvin said her students would show a working model of a solar "
         "boat. \"It took them a year,\" she said. The art department head said that the paintings would "
         "stay on the walls for a month.",
         [("a working model of a solar boat", "Selina Parvin")],
         nobody=["the paintings would stay on the walls"]),
    Case("ports_adviser_after_shipping_and_ports_adviser", "New hall for the ferry passengers",
         "Shipping and ports adviser Mahmudul Haque Khan said the new hall at the jetty would open next "
         "week. \"Passengers will wait in comfort,\" he said. The ports adviser said that the old waiting "
         "room would become a clinic.",
         [("the new hall at the jetty would open", "Mahmudul Haque Khan"),
          ("the old waiting room would become a clinic", "Mahmudul Haque Khan")]),
    Case("jamaat_leader_after_hyphenated_name", "Alliance talks stall over seats",
         "Jamaat-e-Islami assistant secretary general Hamidur Rahman Azad said the alliance had not "
         "agreed on twelve seats. \"Talks will go on,\" he said. The Jamaat leader said that his party "
         "would not field candidates against its partners.",
         [("the alliance had not agreed on twelve seats", "Hamidur Rahman Azad"),
          ("would not field candidates against its partners", "Hamidur Rahman Azad")]),
]
