"""A passive statement whose issuer no rule names (rule statement_of_unknown_issuer): the words
are reported, the speaker is the words as written with no actor. Sentences written for the test."""
from __future__ import annotations

import pytest

from quote_fixtures import quotes_of

CASES = [
    # a notice with nobody named before it
    ("notice", "শহরে ডেঙ্গু রোগী বাড়ছে। বিজ্ঞপ্তিতে বলা হয়, নতুন ভর্তি রোগীদের মধ্যে উত্তরের জেলায় সবচেয়ে বেশি।",
     "নতুন ভর্তি রোগীদের মধ্যে", "বিজ্ঞপ্তিতে"),
    # a notice after a time and an unknown issuer in the genitive
    ("dated notice", "সাগরে নিম্নচাপ তৈরি হয়েছে। মঙ্গলবার দুপুরে অধিদপ্তরের বিশেষ বিজ্ঞপ্তিতে বলা হয়, "
     "নিম্নচাপটি বন্দর থেকে দক্ষিণে অবস্থান করছিল।", "নিম্নচাপটি বন্দর থেকে দক্ষিণে", "বিজ্ঞপ্তিতে"),
    # a source named with "থেকে" that names nobody known
    ("source", "ব্যাংকের সামনে গ্রাহকদের ভিড় ছিল। শাখা থেকে জানানো হয়, দিনে একজন গ্রাহক সর্বোচ্চ দশ হাজার টাকা তুলতে পারবেন।",
     "একজন গ্রাহক সর্বোচ্চ দশ হাজার", "শাখা"),
]


@pytest.mark.parametrize("name, text, fragment, region", CASES, ids=[c[0] for c in CASES])
def test_statement_of_unknown_issuer_is_reported(name, text, fragment, region):
    hits = [q for q in quotes_of(text) if fragment in q.text]
    assert hits, [q.text for q in quotes_of(text)]
    assert hits[0].speaker is not None and region in hits[0].speaker.text, hits[0].speaker
    assert hits[0].speaker.actor is None


def test_passive_statement_after_a_clause_is_not_a_new_issuer():
    """After "তিনি জানান," the passive clause is what the person told: no unknown issuer speaks."""
    text = ("কৃষক রহিম উদ্দিন বাজারে এসেছিলেন। তিনি জানান, সমিতির পক্ষ থেকে বলা হয়েছে, "
            "আগামী মাসে সার আসবে।")
    assert not any(q.speaker is not None and q.speaker.text.startswith("সমিতির") for q in quotes_of(text))


def test_quoted_words_in_a_statement_of_unknown_issuer_are_in_one_report():
    """Words in marks inside such a statement: the whole report is the quote, marks and all."""
    text = "সমিতির সভা শেষ হয়েছে। বিজ্ঞপ্তিতে আরও বলা হয়, নিয়ম ভাঙার প্রমাণ পেলে “কাউকেই ছাড় দেওয়া হবে না”।"
    hits = [q for q in quotes_of(text) if "কাউকেই ছাড় দেওয়া হবে না" in q.text]
    assert hits and "নিয়ম ভাঙার প্রমাণ পেলে" in hits[0].text, [q.text for q in quotes_of(text)]
    assert hits[0].speaker is not None and hits[0].speaker.actor is None
