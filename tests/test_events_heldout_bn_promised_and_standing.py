"""Round 28 (issue 9): two Bengali readings coded acts that were not done (sentences written for
this test). An act promised ("তদন্ত করার আশ্বাস", an assurance of an inquiry; "... প্রতিশ্রুতি",
"... অঙ্গীকার") is not yet done, as one proposed or planned is not (events.yaml suppress_after);
the promise is coded by its own trigger. "পাশে দাঁড়ানো" as a bare participle before a noun (the
man standing beside) gives no support, like "পাশে থাকা" (events.yaml non_events); the act is
"পাশে দাঁড়িয়েছে"."""
from __future__ import annotations

import pytest

from event_fixtures import events_of_type

NOT_DONE = [
    # a promised act
    ("ভারতের সীমান্তরক্ষী বাহিনী ঘটনার তদন্ত করার আশ্বাস দিয়েছে।", "ACCUSE"),
    ("সীমান্তে হত্যার ঘটনা তদন্ত করার প্রতিশ্রুতি দিয়েছে মিয়ানমার।", "ACCUSE"),
    # standing beside
    ("পাশে দাঁড়ানো বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, চালের দাম আবার বেড়েছে।", "SUPPORT"),
    ("মঞ্চে পাশে দাঁড়ানো জাপানের রাষ্ট্রদূত বলেন, ঢাকায় বৃষ্টি হচ্ছে।", "SUPPORT"),
]


@pytest.mark.parametrize("text, kind", NOT_DONE, ids=range(len(NOT_DONE)))
def test_an_act_promised_or_a_standing_beside_is_not_done(text, kind):
    assert not events_of_type(text, "bn", kind)


def test_the_promise_itself_stays():
    assert events_of_type("সীমান্তে হত্যার ঘটনা তদন্ত করার প্রতিশ্রুতি দিয়েছে মিয়ানমার।", "bn", "AGREE")
