"""Held-out English articles for speakers, written for this project (no outlet's text): a police
or army rank ("the inspector", "the corporal", "the sergeant") names back the person the article
introduced with it, as other titles do ("Sub-Inspector Rakib Hasan ... the sub-inspector said").
Written before the ranks were listed as titles (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("the_inspector_after_a_named_inspector", "Traders block road over extortion",
         "Shopkeepers blocked the Mirpur road for two hours on Sunday, demanding the arrest of a local "
         "extortionist. Inspector Jahangir Alam of Pallabi Police Station reached the spot at noon.\n\n"
         "\"We have identified the man and teams are looking for him,\" the inspector said.",
         [("teams are looking for him", "Jahangir Alam")]),
    Case("the_sub_inspector_after_a_named_one", "Body found in canal",
         "The body of a rickshaw puller was pulled from a canal in Jatrabari on Tuesday morning. "
         "Sub-Inspector Rakib Hasan, who went to the scene, sent the body to the morgue.\n\n"
         "The sub-inspector said that the man had been missing since Saturday night.",
         [("had been missing since Saturday night", "Rakib Hasan")]),
    Case("the_corporal_in_a_memoir", "A night in the cantonment",
         "Late that night Corporal Abdul Matin knocked on the door of the officers' mess. "
         "He had run all the way from the gate.\n\n"
         "The corporal said that the armoury had been opened without orders.",
         [("armoury had been opened without orders", "Abdul Matin")]),
    Case("the_sergeant_after_a_traffic_stop", "Bus drivers fined",
         "Traffic Sergeant Nasima Akter stopped eleven buses on the airport road on Monday for running "
         "the red light.\n\n"
         "\"Most of them had no valid fitness papers either,\" the sergeant told reporters.",
         [("no valid fitness papers", "Nasima Akter")]),
    Case("the_superintendent_after_a_named_one", "Arms haul in Cox's Bazar",
         "Police recovered four pistols from a hillside hideout in Ukhia on Wednesday. Superintendent "
         "Mahfuzul Islam led the raid with two dozen officers.\n\n"
         "The superintendent said the weapons had been brought across the border a week ago.",
         [("brought across the border a week ago", "Mahfuzul Islam")]),
    Case("the_constable_who_saw_it", "Fire at a fuel depot",
         "A fire broke out at a fuel depot in Narayanganj on Thursday night. Constable Shahidul Islam, "
         "on duty at the gate, raised the alarm.\n\n"
         "\"The flames rose above the tanks within minutes,\" the constable said.",
         [("flames rose above the tanks", "Shahidul Islam")]),
]
