"""Held-out case (round 43, issue 9): "X-এর ভিসা বাতিল" (X's visas cancelled): the possessor of the visas
holds them, it is the one the sanction falls on, never the one who imposes it (the trigger's
`possessor: patient`). Before the fix "পাকিস্তানি নাগরিকদের ভিসা বাতিল" made Pakistani citizens
the actor of the sanction (writtendev w36). Sentence written for this test."""
from __future__ import annotations

from event_fixtures import proposed_or_kept

HOLDERS = ("এর আগে নিরাপত্তাবিষয়ক মন্ত্রিসভা কমিটির বৈঠকে ওয়াঘা সীমান্ত বন্ধ, পাকিস্তানি নাগরিকদের ভিসা "
           "বাতিল এবং দূতাবাসের কর্মী কমানোর সিদ্ধান্ত হয়।")


def test_the_visa_holders_impose_no_sanction():
    sanctions = [e for e in proposed_or_kept(HOLDERS, "bn", {"SANCTION"}) if e.trigger.text.startswith("ভিসা")]
    assert not [e for e in sanctions if any(a.name == "residents" for a in e.actors)]
