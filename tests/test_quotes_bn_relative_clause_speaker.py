"""A relative clause set off by commas after a Bengali speaker (issue 10, round 30): "বিজিবির এক
কর্মকর্তা, যিনি নিজের নাম প্রকাশ করতে চাননি, বিবিসিকে জানান, ...". No pattern read a speaker region
holding commas before "X জানান, ..." or "X জানিয়েছেন যে ...", so the report was lost (or, after
"যে", a clause inside the report was read as the speaker's own).

Two patterns of lang/bn/quotes.yaml read such a region, and the pack's `relative_pronouns` let rule
`relative_clause_closing_region` (khobor.quotes.attribution) set the clause aside: the words before
it speak.

Sentences written for this file (no newspaper text). Before the change the 3 cases fail, after
none; the 2 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record

CASES = [
    ("সীমান্তে এক তরুণ নিহত হয়েছেন। বৈঠকে উপস্থিত বিজিবির এক কর্মকর্তা, যিনি নিজের নাম প্রকাশ করতে "
     "রাজি হননি, বিবিসিকে জানান, বিএসএফ কোনো প্রমাণ দেখাতে পারেনি।", "কোনো প্রমাণ দেখাতে"),
    ("সীমান্তে এক তরুণ নিহত হয়েছেন। মন্ত্রণালয়ের একজন কর্মকর্তা, যিনি পরিচয় দিতে চাননি, সাংবাদিকদের "
     "জানিয়েছেন যে উপদেষ্টা নিজেই দিল্লিতে বিষয়টি তুলবেন।", "দিল্লিতে বিষয়টি তুলবেন"),
    ("গ্রামে নির্বাচনের প্রস্তুতি চলছে। ইউনিয়নের একজন সাবেক নেতা, যিনি নিজের পরিচয় দিতে চাননি, বলছিলেন, "
     "পুরোনো কর্মীরা এখন চুপ হয়ে গেছেন।", "পুরোনো কর্মীরা"),
]

# controls: a speaker with no relative clause, and two people named apart by a comma (no clause)
CONTROLS = [
    ("সীমান্তে এক তরুণ নিহত হয়েছেন। বিজিবির এক কর্মকর্তা বিবিসিকে জানান, বিএসএফ কোনো প্রমাণ দেখাতে "
     "পারেনি।", "কোনো প্রমাণ দেখাতে"),
    ("সীমান্তে এক তরুণ নিহত হয়েছেন। পরে বিজিবির অধিনায়ক সাংবাদিকদের বলেন, বিএসএফ কোনো প্রমাণ দেখাতে "
     "পারেনি।", "কোনো প্রমাণ দেখাতে"),
]


@pytest.mark.parametrize("body,fragment", CASES + CONTROLS)
def test_the_speaker_before_a_relative_clause_reports(body, fragment):
    quotes = [q for q in body_record(body).quotes if fragment in q.text]
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    # (the one who spoke, never a word of the relative clause: "পরিচয়", "নাম")
    assert speaker is not None and not any(w in speaker.text for w in ("যিনি", "পরিচয়", "নাম"))
