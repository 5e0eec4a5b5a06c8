"""Round 35 (issue 9): a foreign office holder in a Bangladeshi report keeps his own country when
the text gives it by a demonym before his envoy's title (`envoy_of_a_nationality_takes_its_country`,
events/defaults.py), where the article's home would make him Bangladeshi
(`stateless_side_takes_home_country`). Sentences written for this test; the names are made up."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead

ENVOYS = [
    # an adjective between the demonym and the title ("newly appointed")
    ("bn", "ভারতীয় নবনিযুক্ত হাইকমিশনার রাকেশ মালহোত্রা বৃহস্পতিবার প্রধান উপদেষ্টার সঙ্গে সাক্ষাৎ করেন।",
     "Rakesh Malhotra", "IND"),
    # "posted to Bangladesh": the country before is where he serves, the demonym whose envoy he is
    ("bn", "বাংলাদেশে নিযুক্ত জাপানি রাষ্ট্রদূত কেনজি ওকাদা বৃহস্পতিবার পররাষ্ট্র উপদেষ্টার সঙ্গে বৈঠক করেন।",
     "Kenji Okada", "JPN"),
    # the NER takes the title into the name
    ("en", "Indian High Commissioner Rakesh Malhotra met the chief adviser on Thursday.",
     "Rakesh Malhotra", "IND"),
]


@pytest.mark.parametrize("lang,sentence,name,country", ENVOYS, ids=range(len(ENVOYS)))
def test_an_envoy_named_by_his_nationality_keeps_his_country(lang, sentence, name, country):
    sides = [(a.name, a.country) for e in events_after_home_lead(lang, sentence) for a in e.actors + e.recipients]
    envoy = [c for n, c in sides if n.endswith(name)]
    assert envoy == [country]
    assert ("Bangladesh", "BGD") not in sides   # nor is the meeting aimed at the home state


def test_an_envoy_after_a_demonym_of_another_phrase_keeps_no_foreign_country():
    """"Indian" names the officials of the talks, not the envoy: a comma stands between."""
    sentence = "After talks with Indian officials, ambassador Mahbubur Rahman met the chief adviser on Thursday."
    sides = [(a.name, a.country) for e in events_after_home_lead("en", sentence) for a in e.actors + e.recipients]
    assert [c for n, c in sides if n.endswith("Mahbubur Rahman")] == ["BGD"]
