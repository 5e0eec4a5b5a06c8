"""Held-out cases (round 45, issue 9): a person pronoun that is the subject of its clause never
stands for a person the same clause names in another case (the one met, addressed or acted on):
in "রহিমের সঙ্গে সাক্ষাৎ করেছেন তিনি" (he met Rahim) তিনি is not Rahim, and the meeting, which
needs two parties, was lost for having only one (dev: a meeting with a party leader told with the
subject postposed). তিনি then stands for the person named before the sentence, and with none it
stands for no one (no meeting of Rahim with himself). Sentences written for this test."""
from __future__ import annotations

from event_fixtures import record_of

NUR = "গণ অধিকার পরিষদের সভাপতি নুরুল হক নুর বুধবার ঢাকায় ফিরেছেন।"


def _parties(text: str, etype: str) -> list[set]:
    return [{a.name for a in ev.actors} | {a.name for a in ev.recipients}
            for ev in record_of(text, "bn").events if ev.type == etype]


def test_he_who_met_is_not_the_one_met():
    text = NUR + " বৃহস্পতিবার বিএনপি চেয়ারম্যান তারেক রহমানের সঙ্গে এ নিয়ে সাক্ষাৎ করেছেন তিনি।"
    assert any({"Nurul Haque Nur", "Tarique Rahman"} <= sides for sides in _parties(text, "CONSULT"))


def test_he_who_will_meet_is_not_the_one_met():
    text = NUR + " আগামী সপ্তাহে জামায়াতের আমির শফিকুর রহমানের সাথে বৈঠক করবেন তিনি।"
    assert any("Nurul Haque Nur" in sides for sides in _parties(text, "CONSULT"))


def test_with_no_one_named_before_no_one_meets_himself():
    text = "বৃহস্পতিবার বিএনপি চেয়ারম্যান তারেক রহমানের সঙ্গে এ নিয়ে সাক্ষাৎ করেছেন তিনি।"
    assert _parties(text, "CONSULT") == []


def test_a_subject_named_in_another_clause_is_still_he():
    text = NUR + " তারেক রহমান বলেন, তিনি শিগগিরই নির্বাচন কমিশনের সঙ্গে বৈঠক করবেন।"
    assert all("Nurul Haque Nur" not in sides for sides in _parties(text, "CONSULT"))


def test_explain_shows_whom_he_stands_for_instead():
    text = NUR + " বৃহস্পতিবার বিএনপি চেয়ারম্যান তারেক রহমানের সঙ্গে এ নিয়ে সাক্ষাৎ করেছেন তিনি।"
    steps = [s for ev in record_of(text, "bn").events for s in ev._explain
             if s.get("rule") == "pronoun_not_its_co_argument"]
    assert steps and steps[0]["decision"] == "তিনি = Nurul Haque Nur, not Tarique Rahman"
