"""Actor registry: bodies of trade and port news that Bengali papers name in Bengali only (the
USTR's office, the Policy Research Institute, Chittagong's port and development authorities,
Boeing, the UAE by its short name). Their English names stay link-only, so English text links
as before. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from khobor.actors.link import get_registry
from test_actors_registry_2026 import linked


@pytest.mark.parametrize("surface, expected", [
    ("মার্কিন বাণিজ্য প্রতিনিধির দপ্তর", "ustr"),
    ("ইউএসটিআর", "ustr"),
    ("পলিসি রিসার্চ ইনস্টিটিউট", "policy-research-institute-bangladesh"),
    ("চট্টগ্রাম বন্দর কর্তৃপক্ষ", "chittagong-port-authority"),
    ("চট্টগ্রাম উন্নয়ন কর্তৃপক্ষ", "chittagong-development-authority"),
    ("বোয়িং", "boeing"),
    ("আমিরাত", "united-arab-emirates"),
])
def test_added_names_resolve(surface, expected):
    actor = get_registry().resolve(surface, "bn")
    assert actor is not None and actor.id == expected


def test_trade_bodies_link_in_a_bengali_sentence():
    got = linked("মার্কিন বাণিজ্য প্রতিনিধির দপ্তরের সঙ্গে বৈঠকে বোয়িং কেনার প্রস্তাব দেওয়া হয়েছে বলে "
                 "পলিসি রিসার্চ ইনস্টিটিউটের এক গবেষক জানান।", "bn")
    names = set(got.values())
    assert {"Office of the United States Trade Representative", "Boeing",
            "Policy Research Institute of Bangladesh"} <= names, got


def test_the_port_authority_is_not_the_port():
    got = linked("চট্টগ্রাম বন্দর কর্তৃপক্ষের সচিব জানান, বন্দরে জাহাজের জট কমেছে।", "bn")
    assert "Chittagong Port Authority" in got.values(), got
