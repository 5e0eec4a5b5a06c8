"""Held-out English articles for speakers, written for this project (no outlet's text): a person
whose surname is a title word ("Liam Head", "Sam Judge", "Aaron King") is named in full, often
in a list of names ("Liam Head, Owen Price, ..."), and later speaks by the bare surname ("Head,
who scored ..., said"). The surname is that person, never an office whose holder is the next
name in the list (rules title_word_in_name, title_as_surname).

Written before the rule it tests (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("head_in_a_squad_list", "Hosts name unchanged side for second Test",
         "The hosts kept the same eleven for the second Test in Chattogram.\n\n"
         "Squad: Daniel Moore (capt), Liam Head, Owen Price, Jack Fallon, Ravi Nair.\n\n"
         "Head, who made a century in the first Test, said he was happy to bat anywhere in the "
         "order.",
         [("he was happy to bat anywhere", "Liam Head")]),
    Case("judge_in_a_squad_list", "Rovers recall veteran defender",
         "Rovers have recalled three players for Saturday's derby.\n\n"
         "Defenders: Sam Judge, Kofi Mensah, Peter Lyle.\n\n"
         "Judge, who missed two months with a knee injury, said the squad had never lost belief.",
         [("the squad had never lost belief", "Sam Judge")]),
    Case("king_in_a_list_of_winners", "Young swimmers set three national records",
         "Three national records fell on the last night of the championships in Dhaka.\n\n"
         "Winners: Aaron King, Mitu Rani, Sohel Rana and Tania Akter.\n\n"
         "King, who is sixteen, said the new pool had made all the difference.",
         [("the new pool had made all the difference", "Aaron King")]),
    Case("mayor_in_a_list_of_signings", "Club completes four signings before the deadline",
         "The club announced four signings on the last day of the window.\n\n"
         "New players: Callum Mayor, Ibrahim Sesay, Rony Das, Mark Tully.\n\n"
         "Mayor, who joins from a second-division side, said he wanted to play in Asia.",
         [("he wanted to play in Asia", "Callum Mayor")]),
    Case("pope_in_a_touring_party", "Visitors arrive for a three-match series",
         "The visiting side arrived in Sylhet on Monday for three one-day matches.\n\n"
         "Touring party: Harry Pope, Niall Gray, Tom Reid, Euan Moss.\n\n"
         "Pope, the side's youngest player, said the heat would be the hardest test.",
         [("the heat would be the hardest test", "Harry Pope")]),
    Case("chancellor_in_a_list_of_speakers", "Economists warn of slower growth",
         "Growth will slow next year unless exports recover, economists said at a seminar on "
         "Thursday.\n\n"
         "Speakers: Ruth Chancellor, Anisur Rahman, Selim Jahan.\n\n"
         "Chancellor, who studies garment supply chains, said buyers were moving orders to "
         "cheaper countries.",
         [("buyers were moving orders to cheaper countries", "Ruth Chancellor")]),
    Case("king_on_a_panel", "Panel calls for cheaper internet in villages",
         "Internet prices keep villages offline, a panel told a conference in Dhaka on Sunday.\n\n"
         "Panellists: Ella King, Rashed Kabir, Nusrat Jahan.\n\n"
         "King, who runs a research group in Singapore, said prices had fallen everywhere in the "
         "region except in the countryside.",
         [("prices had fallen everywhere in the region", "Ella King")]),
    Case("judge_scored_then_speaks", "Late goal keeps title race open",
         "A goal in added time from striker Martin Judge gave the visitors a 2-1 win on Friday.\n\n"
         "The home side had led for most of the second half.\n\n"
         "Judge, who came on with ten minutes left, said the team had believed until the end.",
         [("the team had believed until the end", "Martin Judge")]),
]
