"""Held-out cases (round 45, issue 9): a meeting noun in the locative with the other party before
it in the "with" case ("X-এর সঙ্গে বৈঠকে") is where the main clause's subject, named after it, met
that party (subject_after_meeting_phrase, `meeting_time_endings`): "আইএমএফের সঙ্গে বৈঠকে বসবে
সরকার" (the government will sit in a meeting with the IMF). The meeting was lost for want of its
second party (dev: talks with the IMF, a trade adviser's meeting with exporters). With no party
met inside the phrase the subject after it met no one named. Sentences written for this test."""
from __future__ import annotations

from event_fixtures import record_of


def _sides(text: str) -> list[set]:
    return [{a.name for a in ev.actors} | {a.name for a in ev.recipients}
            for ev in record_of(text, "bn").events if ev.type == "CONSULT"]


def test_the_subject_after_the_meeting_met_the_party_before_it():
    text = "আগামী মাসে আইএমএফের সঙ্গে ভার্চুয়াল বৈঠকে বসবে অর্থ মন্ত্রণালয়।"
    assert any("International Monetary Fund" in sides and len(sides) >= 2 for sides in _sides(text))


def test_the_one_who_spoke_at_the_meeting_met_the_party():
    text = "মঙ্গলবার সচিবালয়ে বাণিজ্য উপদেষ্টা শেখ বশির উদ্দীনের সঙ্গে বৈঠকে এ দাবি জানান বিজিএমইএর নেতারা।"
    assert any("Sheikh Bashir Uddin" in sides and len(sides) >= 2 for sides in _sides(text))


def test_no_party_met_inside_the_phrase_no_meeting_with_the_subject():
    text = "বৈঠকে সাংবাদিকদের প্রশ্নের জবাব দেন বিজিএমইএর সভাপতি।"
    assert _sides(text) == []
