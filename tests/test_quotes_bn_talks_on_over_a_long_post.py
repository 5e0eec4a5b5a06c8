"""Round 35 (issue 10, Bengali speakers): "তিনি" after a long post (rule speaker_talks_on, the pack's
`pronoun_talk_units`). A person who writes a post of several sentences of unmarked words is still
who "তিনি লেখেন" is seven sentences after they spoke, when nobody else was named since.

Sentences written for this file (no newspaper text). Before the change (6 sentences) the case
failed (no speaker); the control, where somebody else is named since, gives nobody before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

POST = ("জোট নিয়ে ক্ষোভ প্রকাশ করে নির্বাচন থেকে সরে দাঁড়ানোর ঘোষণা দিয়েছেন দলের যুগ্ম আহ্বায়ক মনিরা শারমিন। "
        "রোববার সকালে এক পোস্টে তিনি এ ঘোষণা দেন। মনিরা শারমিন লেখেন, আসসালামু আলাইকুম। "
        "নতুন দল হিসেবে আমাদের অনেক আশা ছিল। এই দল থেকে নওগাঁ-৫ আসনে আমি মনোনয়ন পেয়েছি। "
        "তবে মনোনয়ন পাওয়ার আগে আমি জানতাম না, এই দল আসন সমঝোতা করবে। আমি জানতাম, একক নির্বাচনের সিদ্ধান্ত ছিল। ")
CASE = POST + "তিনি লেখেন, যেহেতু এখন দলের অবস্থান বদলেছে, তাই আমি নিজেকে নির্বাচন থেকে প্রত্যাহার করছি।"
# somebody else named since: the pronoun may be theirs, nobody is said
CONTROL = POST.replace("আমি জানতাম, একক", "দলের মহাসচিব আখতার হোসেন জানতেন, একক") + \
    "তিনি লেখেন, যেহেতু এখন দলের অবস্থান বদলেছে, তাই আমি নিজেকে নির্বাচন থেকে প্রত্যাহার করছি।"


@pytest.mark.parametrize("body,speaker", [(CASE, "Monira Sharmin")])
def test_post_writer_talks_on(body, speaker):
    assert quote_speakers(body, "দলের অবস্থান বদলেছে") == [speaker]


def test_somebody_named_since_is_not_passed_over():
    assert quote_speakers(CONTROL, "দলের অবস্থান বদলেছে") != ["Monira Sharmin"]
