"""Round 33 (ev33, issue 9): a bare event noun that is one item of a list whose last item, in the
genitive, a demand noun closes ("A জোরদার এবং B-এর দাবি") is demanded, not done, however many
words the last item takes ("টহল জোরদার এবং অবৈধ অস্ত্র উদ্ধারে বিশেষ অভিযানের দাবি" = a demand for
more patrols and a special drive): `coder.Coder._last_item_of_a_list`. A trigger that is a verb
("টহল জোরদার করেছে এবং ...") tells its own act. Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import candidates_of_type

DEMANDED = [
    ("স্মারকলিপিতে সীমান্ত এলাকায় বিজিবির টহল জোরদার এবং চোরাচালান ঠেকাতে নিয়মিত যৌথ অভিযানের দাবি জানানো হয়েছে।",
     "MOBILIZE"),
    ("বিবৃতিতে সংগঠনটি সীমান্তে অতিরিক্ত সেনা মোতায়েন এবং হত্যাকাণ্ডে জড়িত বিএসএফ সদস্যদের দ্রুত বিচারের দাবি জানিয়েছে।",
     "MOBILIZE"),
]
DONE = [
    ("নির্বাচনের আগে সীমান্ত এলাকায় টহল জোরদার করেছে বিজিবি এবং চোরাচালান ঠেকাতে নিয়মিত যৌথ অভিযানের দাবি উঠেছে।",
     "MOBILIZE"),
]


@pytest.mark.parametrize("text,etype", DEMANDED, ids=range(len(DEMANDED)))
def test_an_act_listed_before_a_longer_demanded_item_is_demanded(text, etype):
    assert candidates_of_type(text, "bn", etype) == []


@pytest.mark.parametrize("text,etype", DONE, ids=range(len(DONE)))
def test_an_act_told_by_its_verb_before_the_list_is_done(text, etype):
    assert candidates_of_type(text, "bn", etype)
