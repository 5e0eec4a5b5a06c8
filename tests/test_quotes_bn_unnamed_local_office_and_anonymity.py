"""Round 33 (issue 10, Bengali speakers): a speaker named where nobody is.

- `local_office`: a title the actors pack reads as a local office in an article about its
  country (`context.local_senses`: "ইউএনও", the upazila nirbahi officer) was looked up in the
  registry as written and became the United Nations ("UNO"); nobody named holds it, so the
  speaker has no actor.

Sentences written for this file (no newspaper text). Before the change the 2 cases fail, after
none; the 3 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

CASES = [
    ("নদীভাঙনের খবর পেয়ে সদর উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) জানান, ক্ষতিগ্রস্ত পরিবারগুলোকে "
     "আজই শুকনো খাবার দেওয়া হবে।", "শুকনো খাবার দেওয়া হবে", None),
    ("বিকেলে ঘটনাস্থলে যান ইউএনও ও থানার কর্মকর্তারা। ইউএনও বলেন, বাঁধ মেরামতের কাজ কাল সকালে "
     "শুরু হবে।", "বাঁধ মেরামতের কাজ", None),
]

# controls: the officer named with the title speaks by name, a later bare "ইউএনও" is that person,
# and the United Nations named in full is still the United Nations
CONTROLS = [
    ("উপজেলা নির্বাহী কর্মকর্তা নাজমা সুলতানা জানান, আশ্রয়কেন্দ্রে খাবার পাঠানো হয়েছে।",
     "আশ্রয়কেন্দ্রে খাবার", "Najma Sultana"),
    ("উপজেলা নির্বাহী কর্মকর্তা নাজমা সুলতানা সকালে বাঁধ দেখতে যান। স্থানীয় কৃষক হারুন মিয়া বলেন, “ধান সব "
     "ডুবে গেছে।” পরে ইউএনও বলেন, “ক্ষতির তালিকা করা হচ্ছে।”", "ক্ষতির তালিকা", "Najma Sultana"),
    ("জাতিসংঘ এক বিবৃতিতে জানায়, রোহিঙ্গাদের জন্য খাদ্য সহায়তা কমানো হবে।", "খাদ্য সহায়তা কমানো",
     "United Nations"),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + CONTROLS)
def test_nobody_named_speaks(body, fragment, speaker):
    assert quote_speakers(body, fragment) == [speaker]
