"""Held-out English articles for quotes and speakers, written for this project (no outlet's text):
a verb whose object is what was said, joined to a second verb that shares the object ("condemned
and protested the attack", "praised and signed the petition"): the object is an act's, and
"and protested ..." reports no words (a quote opening with "and" is no speech).

Written before the rules they test (the shape of tests/quote_heldout_en.py).
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("body_condemned_and_protested", "Reporters protest attack",
         "The Dhaka Reporters Unity strongly condemned and protested the attack on its members at the "
         "secretariat on Sunday.",
         [], never_quotes=["protested the attack on its members"]),
    Case("person_condemned_and_protested", "Arrests in Bogura",
         "BNP secretary general Mirza Fakhrul Islam Alamgir condemned and protested the arrest of party "
         "activists in Bogura.",
         [], never_quotes=["protested the arrest of party activists"]),
    Case("group_condemned_and_resisted", "Union office evicted",
         "Leaders of the garment workers' federation condemned and resisted the eviction of the union "
         "office in Ashulia.",
         [], never_quotes=["resisted the eviction of the union office"]),
    Case("platform_condemned_and_boycotted", "Boycott of the referendum",
         "The student platform condemned and boycotted the referendum on the new charter.",
         [], never_quotes=["boycotted the referendum"]),
    Case("praised_and_signed", "Teachers' petition",
         "Opposition lawmaker Rumana Akter praised and signed the petition of the teachers' association.",
         [], never_quotes=["signed the petition"]),
    Case("condemned_and_opposed", "Toll on the Meghna bridge",
         "Trader leader Helal Uddin condemned and opposed the new toll on the Meghna bridge.",
         [], never_quotes=["opposed the new toll"]),
    # (a guard, passing before: the object of one verb of speech is still what was said)
    Case("condemned_alone", "Toll on the Meghna bridge",
         "Trader leader Helal Uddin condemned the new toll on the Meghna bridge.",
         [("the new toll on the Meghna bridge", "Helal Uddin")]),
]
