""""Again" between a speaker and the cue, and a body's hope or concern put into words (issue 10,
round 36): "... বলে আবারও স্পষ্ট করেছে X" found no cue, since "আবারও" was no adverb of the
Bengali pack (quotes.yaml `adverbs`); "পুলিশ আশা প্রকাশ করেছে যে, ..." was no body's speech, the
cue missing from `organisation_cues`.

Sentences written for this file (no newspaper text). Before the change the cases fail, after it
they pass; the control passes before and after.
"""
from __future__ import annotations

from test_quotes import find, make, offsets_hold, speaker_name


def test_again_before_the_cue_keeps_the_report():
    text = "এখনই অবসরের কোনো ইচ্ছা তার নেই বলে আবারও স্পষ্ট করেছেন রফিক হাসান।"
    rec = make(text, "bn", people=[("রফিক হাসান", "Rafiq Hasan")])
    q = find(rec, "এখনই অবসরের কোনো ইচ্ছা তার নেই")
    assert speaker_name(q) == "Rafiq Hasan"
    offsets_hold(rec)


def test_a_body_expressing_hope_speaks():
    text = "ওই বিবৃতিতে নদী কমিশন আশা প্রকাশ করেছে যে, বাঁধের কাজ আগামী মাসে শেষ হবে।"
    rec = make(text, "bn", orgs=[("নদী কমিশন", "River Commission")])
    assert speaker_name(find(rec, "বাঁধের কাজ আগামী মাসে শেষ হবে")) == "River Commission"


def test_a_body_doing_something_is_still_no_speech():
    text = "নদী কমিশন আগামী মাসে বাঁধের কাজ শেষ করেছে।"
    rec = make(text, "bn", orgs=[("নদী কমিশন", "River Commission")])
    assert not rec.quotes
