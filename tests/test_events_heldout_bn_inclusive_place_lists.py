"""Held-out cases (round 26, issue 9): a place before "সহ" (including) is one item of a list whose
head noun after it carries the case; when the head is a locative place noun ("অঞ্চলে", "জেলায়"),
the listed place is where the act happened, never its doer. Before events.yaml
`markers.inclusive_words`, "কিয়েভসহ ইউক্রেনের বিভিন্ন অঞ্চলে ড্রোন হামলা চালিয়েছে রাশিয়া" came out
as Kyiv attacking Russia. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

CASES = [  # (sentence, the type, the actor's name, the listed place)
    ("কিয়েভসহ ইউক্রেনের বিভিন্ন অঞ্চলে ড্রোন হামলা চালিয়েছে রাশিয়া।", "ASSAULT", "Russia", "Kyiv"),
    ("খারকিভসহ কয়েকটি শহরে রাতভর ক্ষেপণাস্ত্র হামলা চালিয়েছে রাশিয়া।", "ASSAULT", "Russia", "Kharkiv"),
    ("গাজাসহ ফিলিস্তিনের বিভিন্ন এলাকায় বিমান হামলা চালিয়েছে ইসরায়েল।", "ASSAULT", "Israel", "Gaza"),
    ("খান ইউনিসসহ গাজার কয়েকটি এলাকায় বিমান হামলা চালিয়েছে ইসরায়েল।", "ASSAULT", "Israel", "Khan Younis"),
    ("বৈরুতসহ লেবাননের দক্ষিণের কয়েকটি এলাকায় বিমান হামলা চালিয়েছে ইসরায়েল।", "ASSAULT", "Israel", "Beirut"),
    ("ঢাকাসহ দেশের বিভিন্ন জেলায় বিক্ষোভ করেছে শিক্ষার্থীরা।", "PROTEST", "students", "Dhaka"),
]


@pytest.mark.parametrize("sentence, etype, actor, place", CASES, ids=range(len(CASES)))
def test_a_listed_place_before_a_locative_head_is_no_actor(sentence, etype, actor, place):
    events = record_of(sentence, "bn").events
    assert [(e.type, [a.name for a in e.actors]) for e in events] == [(etype, [actor])]


def test_a_listed_country_before_a_nominative_head_stays_the_subject():
    """Control: "যুক্তরাষ্ট্রসহ পশ্চিমা দেশগুলো" (the western countries, the US among them) is the subject."""
    events = record_of("যুক্তরাষ্ট্রসহ পশ্চিমা দেশগুলো রাশিয়ার ওপর নিষেধাজ্ঞা দিয়েছে।", "bn").events
    assert [(e.type, [a.name for a in e.actors], [a.name for a in e.recipients]) for e in events] == \
        [("SANCTION", ["United States"], ["Russia"])]
