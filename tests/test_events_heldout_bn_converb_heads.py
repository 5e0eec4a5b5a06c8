"""Held-out cases (round 31, issue 9, evw31): a Bengali compound verb is a converb ("ঠেলে" pushing,
"ধরে" catching, "তুলে" lifting, "ফিরিয়ে" turning back) and a second verb. Before a light or vector
verb (দেওয়া, নেওয়া, যাওয়া) the converb carries the act and stays the learned lexicon's head; before a
verb of its own meaning (sending, পাঠ-) the act is that verb's, told in the converb's manner: every
form of the push learns one head "ঠেলে পাঠ" (the converb alone proposed a candidate with no actor
in the passive "ঠেলে পাঠানো হয়েছে", round 30; the verb alone, any sending). A locative before the verb is no
converb ("অবসরে পাঠানো": retired). A vector verb (যাওয়া, ফেলা, আনা) after the converb only finishes
its act and is no head either ("তুলে নিয়ে যাওয়ার" -> তুলে). `lexicon.yaml own_verb_stems, converbs,
vector_verb_stems`, `learned.HeadRules.own_verb, finishes_converb`. Triggers written for this test."""
from __future__ import annotations

import pytest

from khobor import lang
from khobor.events.learned import HeadRules

HEADS = [
    ("ঠেলে পাঠিয়েছে", "ঠেলে পাঠ"),
    ("বাংলাদেশে ঠেলে পাঠিয়েছে", "ঠেলে পাঠ"),
    ("ঠেলে পাঠানো হয়েছে", "ঠেলে পাঠ"),
    ("সীমান্ত দিয়ে ঠেলে পাঠাতে পারে", "ঠেলে পাঠ"),
    ("ঠেলে পাঠানোর", "ঠেলে পাঠ"),
    # before a light verb the converb is the head
    ("নিষেধাজ্ঞা তুলে নিয়েছে", "তুলে"),
    ("ধরে নিয়ে গেছে", "ধরে"),
    ("সীমান্ত থেকে ফিরিয়ে দিয়েছে", "ফিরিয়ে"),
    # a vector verb after the converb (and its light verb) only finishes the converb's act
    ("তুলে নিয়ে যাওয়ার", "তুলে"),
    ("ধরে ফেলায়", "ধরে"),
    ("ঢাকায় ফিরিয়ে এনেছে", "ফিরিয়ে"),
    ("দেশে ফিরিয়ে আনা হয়েছে", "ফিরিয়ে"),
    # no converb before the sending: the head is as before
    ("ত্রাণ পাঠিয়েছে", "ত্রাণ"),
    ("কারাগারে পাঠানোর নির্দেশ দিয়েছেন", "নির্দেশ"),
]


@pytest.mark.parametrize("trigger,head", HEADS, ids=range(len(HEADS)))
def test_the_head_of_a_converb_compound(trigger, head):
    assert HeadRules.from_pack(lang.load("bn")).stem(trigger) == head


def test_a_locative_before_a_sending_is_no_converb():
    assert "পাঠ" not in HeadRules.from_pack(lang.load("bn")).stem("বাধ্যতামূলক অবসরে পাঠানো হবে")
