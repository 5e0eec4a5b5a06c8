"""Provisional Bengali person names read as Bangladeshi English-language papers spell them.

Held-out fixtures written for this test (not from the dev corpus): each Bengali name and the spelling
a Bangladeshi paper would print. A romanisation counts when the scorer's name match accepts it
(shared/tools/score.py: case/space folding, words of more than three letters at a 0.8 ratio,
shorter words exactly), so these pin what an analyst would recognise, not one exact string.
"""
from difflib import SequenceMatcher

import pytest

from khobor.actors.romanise import romanise

HELD_OUT = [
    ("সাকিব হোসেন", "Shakib Hossain"),
    ("তাপস কুমার রায়", "Taposh Kumar Roy"),
    ("মেহেদী হাসান মিরাজ", "Mehedi Hasan Miraz"),
    ("দেলাওয়ার হোসাইন", "Delwar Hossain"),
    ("রাজ্জাক মিয়া", "Razzak Mia"),
    ("আবদুল করিম", "Abdul Karim"),
    ("রিয়াজ উদ্দিন আহমেদ", "Riaz Uddin Ahmed"),
    ("সজীব মজুমদার", "Sajeeb Majumder"),
]


def _same_word(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if len(a) <= 3 or len(b) <= 3:
        return a == b
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _matches(native: str, latin: str) -> bool:
    got, want = romanise(native, "bn", person=True).split(), latin.split()
    return len(got) == len(want) and all(_same_word(a, b) for a, b in zip(got, want))


def test_held_out_names_mostly_read_as_bangladeshi_papers_write_them():
    """Measured, not all met yet: 3 of 8 before the local spellings and glides, 5 after."""
    met = [latin for native, latin in HELD_OUT if _matches(native, latin)]
    assert len(met) >= 5, met


@pytest.mark.parametrize("native,latin", [("রাজ্জাক মিয়া", "Razzak Mia"), ("দেলাওয়ার হোসাইন", "Delwar Hossain"),
                                          ("আবদুল করিম", "Abdul Karim")])
def test_conventional_spelling(native, latin):
    assert _matches(native, latin), romanise(native, "bn", person=True)


def test_glide_wa():
    """ওয়া is "wa" as in Awami League, not "oya"."""
    assert romanise("আওয়ামী", "bn") == "Awami"
    assert romanise("ওয়াসিম", "bn") == "Wasim"


def test_local_spellings_from_registry_people():
    """Several people agreeing give the country's spelling; one person's spelling of a word
    already attested elsewhere stays that person's."""
    from khobor.actors.build import local_name_spellings

    def person(i, bn, en, country="BGD"):
        return {"id": f"p{i}", "type": "PER", "country": country, "aliases": {"bn": [bn], "en": [en]}}
    actors = [person(1, "রাজ্জাক আলী", "Razzak Ali"), person(2, "আবদুর রাজ্জাক", "Abdur Razzak"),
              person(3, "সাকিব খান", "Shakib Khan"), person(4, "রাজ্জাক সিং", "Rajjak Singh", "IND"),
              person(5, "রাজ্জাক মিয়া", "Rajjak Mia", "IND"), person(6, "মিরাজ খান", "Miraj Khan", "IND"),
              person(7, "তাপস আলী", "Tapas Ali"), person(8, "তাপস খান", "Taposh Khan")]
    rows = dict(local_name_spellings(actors))
    assert rows["রাজ্জাক"] == "Razzak"   # two Indian "Rajjak"s are not the country's people
    assert "সাকিব" not in rows   # Wikipedia's "Saqib" stands against one person's "Shakib"
    assert "মিরাজ" not in rows    # only an Indian person's word
    assert "তাপস" not in rows     # two spellings, one person each: a tie gives none
