"""Held-out cases (round 19, issue 9): inside a direct quotation, "I" (me, my) is its speaker, as
"we" already was: “I call on the government to investigate,” she said -> a REQUEST by the
speaker. The English pronoun table had only "we" and "our", so a first-person statement had no
actor and coded nothing (dev: a UN rapporteur's calls and condemnations). Phoning one's family
is no call for anything. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

FIRST_PERSON = [  # (a quotation and its speaker, the type, the speaker's name as linked)
    ("“I urge all parties to accept the verdict of the people,” Chief Adviser Muhammad Yunus said in his "
     "address to the nation.", "REQUEST", "Muhammad Yunus"),
    ("“I strongly condemn the attack on the office of the newspaper,” BNP Secretary General Mirza Fakhrul "
     "Islam Alamgir said on Friday.", "ACCUSE", "Mirza Fakhrul Islam Alamgir"),
    ("“I urge the interim government to release the detained students,” Ganosamhati Andolan chief Zonayed "
     "Saki told reporters in Dhaka.", "REQUEST", "Zonayed Saki"),
    ("“I reject the allegation outright,” Awami League general secretary Obaidul Quader said in a video "
     "message on Monday.", "REJECT", "Obaidul Quader"),
    ("“I demand the immediate release of the detained journalists,” NCP convener Nahid Islam said at "
     "Shahbagh on Saturday.", "REQUEST", "Nahid Islam"),
    ("“I criticise the Election Commission for its silence,” Gono Odhikar Parishad president Nurul Haque "
     "Nur said in Patuakhali.", "ACCUSE", "Nurul Haque Nur"),
]


def _events(text: str) -> list:
    return record_of(text, "en").events


@pytest.mark.parametrize("text,etype,name", FIRST_PERSON, ids=range(len(FIRST_PERSON)))
def test_i_in_a_quotation_is_its_speaker(text, etype, name):
    coded = [(e.type, [a.country for a in e.actors]) for e in _events(text)
             if e.type == etype and any(a.name == name for a in e.actors)]
    assert coded == [(etype, ["BGD"])]


def test_phoning_ones_wife_is_no_request():
    text = "“I tried to call my wife several times that day,” said Abdul Karim, a schoolteacher in Jashore."
    assert [e.type for e in _events(text) if e.type == "REQUEST"] == []


def test_who_condemns_an_attack_is_not_its_attacker():
    text = ("“I condemn this cowardly attack on our workers in Bogura,” Jamaat-e-Islami ameer Shafiqur Rahman "
            "said in a statement.")
    assert [e.type for e in _events(text) if e.type == "ASSAULT"] == []
