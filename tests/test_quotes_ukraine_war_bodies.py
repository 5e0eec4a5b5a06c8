"""Ukraine's bodies that report the war's strikes speak as themselves: "Ukraine's air force said",
"According to the Ukrainian air force", "ইউক্রেনের বিমানবাহিনী জানায়" and "Kyiv's energy ministry"
were no registry actors, so the quote had nobody (or the bare country) as its speaker. The sentences
are written for these tests, not taken from any outlet."""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers


@pytest.mark.parametrize("body, fragment, speaker", [
    ("Russian drones struck a power plant near Odesa overnight.\n\n"
     "Ukraine's air force said Russia had launched 95 drones and four missiles, and that 80 drones "
     "were shot down.", "had launched 95 drones", "Ukrainian Air Force"),
    ("Explosions were heard in Lviv before dawn.\n\n"
     "According to the Ukrainian air force, Moscow fired 60 drones at western regions overnight.",
     "Moscow fired 60 drones", "Ukrainian Air Force"),
    ("রাতভর খারকিভে হামলা হয়েছে।\n\nইউক্রেনের বিমানবাহিনী জানায়, রাশিয়া রাতে ৮০টি ড্রোন ছুড়েছে।",
     "৮০টি ড্রোন", "Ukrainian Air Force"),
    ("Blackouts spread across the north on Tuesday.\n\n"
     "According to a statement from Kyiv's energy ministry, more than 70 drones were aimed at "
     "substations near Sumy.", "more than 70 drones were aimed", "Ministry of Energy (Ukraine)"),
])
def test_ukraine_war_body_speaks(body, fragment, speaker):
    assert speaker in quote_speakers(body, fragment)
