"""A body named bare by the last word of the name the article gave it before ("... আবহাওয়া অধিদপ্তর
... । ... বলে সতর্ক করেছে অধিদপ্তর") speaks as that body (rule body_named_by_its_last_word); the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import quote_speakers

BODY = ("সোমবার সকালে আবহাওয়া অধিদপ্তরের বিশেষ বার্তায় এ কথা বলা হয়েছে।\n\n"
        "অধিদপ্তরের আবহাওয়াবিদ মো. ওমর ফারুক সাংবাদিকদের বলেন, লঘুচাপটি উপকূলের দিকে এগোচ্ছে।\n\n"
        "পাহাড়ি এলাকায় ভূমিধসের আশঙ্কা রয়েছে বলে সতর্ক করেছে অধিদপ্তর।")


def test_bn_body_named_again_by_its_last_word_speaks():
    (speaker,) = quote_speakers(BODY, "ভূমিধসের আশঙ্কা", "সাগরে লঘুচাপ")
    assert speaker is not None and "Meteorological" in speaker


def test_bn_last_word_of_no_body_named_before_stays_nobody():
    body = BODY.replace("আবহাওয়া অধিদপ্তরের বিশেষ", "একটি বিশেষ").replace("অধিদপ্তরের আবহাওয়াবিদ", "এক আবহাওয়াবিদ")
    assert quote_speakers(body, "ভূমিধসের আশঙ্কা", "সাগরে লঘুচাপ") in ([None], [])
