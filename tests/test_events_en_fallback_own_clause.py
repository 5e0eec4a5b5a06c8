"""English: a recipient no frame slot gives comes only from the trigger's own clause (events.yaml
`fallback_recipient_own_clause`), save the name just before a relative clause that opens with
`relative_words` (roles._relative_antecedent). Round 34, English event precision: a party of
another clause is mostly its own story. Sentences written for this test."""
from __future__ import annotations

from event_fixtures import candidates_of_type


def _recipients(text: str, etype: str) -> list[list[str]]:
    return [[a.name for a in ev.recipients] for ev in candidates_of_type(text, "en", etype)]


def test_a_party_of_a_later_clause_receives_no_aid():
    text = ("The United States announced $50 million in humanitarian assistance for the refugees, "
            "days after the World Food Programme warned of deeper cuts.")
    found = _recipients(text, "AID")
    assert found and all("World Food Programme" not in names for names in found)


def test_a_state_of_a_later_clause_is_no_party_to_the_agreement():
    text = "Nepal has accepted the proposal, days after India imposed new tariffs on its goods."
    found = _recipients(text, "AGREE")
    assert found and all("India" not in names for names in found)


def test_the_name_before_a_relative_clause_is_the_one_arrested():
    text = ("Detectives traced the calls to Karim Hossain, a trader from Mirpur, who was "
            "then arrested.")
    found = _recipients(text, "COERCE")
    assert any(any("Karim" in n for n in names) for names in found)
