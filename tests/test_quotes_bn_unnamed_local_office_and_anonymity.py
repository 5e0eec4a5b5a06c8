"""Round 33 (issue 10, Bengali speakers): two causes of a speaker named where nobody is.

- `local_office`: a title the actors pack reads as a local office in an article about its
  country (`context.local_senses`: "ইউএনও", the upazila nirbahi officer) was looked up in the
  registry as written and became the United Nations ("UNO"); nobody named holds it, so the
  speaker has no actor.
- `asked_not_to_be_named`: a title or pronoun speaker who asks not to be named right after it
  (the pack's `anonymity`: "পরিচয় গোপন রাখার অনুরোধ জানিয়ে", "তিনি নাম ছাপতে চাননি") took the
  person an apposition or the chain gave that title or pronoun; nobody is named.

Sentences written for this file (no newspaper text). Before the change the 4 cases fail, after
none; the 4 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

CASES = [
    ("নদীভাঙনের খবর পেয়ে সদর উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) জানান, ক্ষতিগ্রস্ত পরিবারগুলোকে "
     "আজই শুকনো খাবার দেওয়া হবে।", "শুকনো খাবার দেওয়া হবে", None),
    ("বিকেলে ঘটনাস্থলে যান ইউএনও ও থানার কর্মকর্তারা। ইউএনও বলেন, বাঁধ মেরামতের কাজ কাল সকালে "
     "শুরু হবে।", "বাঁধ মেরামতের কাজ", None),
    ("অর্থনীতিবিদ ও গবেষণা সংস্থা পিপিআরসির প্রধান হোসেন জিল্লুর রহমানের মতে, আমদানি এখনো কম। তিনি বলেন, "
     "বিনিয়োগ বাড়েনি।\nএকটি বেসরকারি ব্যাংকের ট্রেজারি প্রধান পরিচয় গোপন রাখতে বলে সমকালকে জানালেন, "
     "আমদানির চাপ আবার বাড়বে, এটা স্বাভাবিক।", "আমদানির চাপ আবার বাড়বে", None),
    ("দোকানি করিম মিয়া বলেন, চালের দাম বেড়েছে।\nগভর্নর হওয়ার আগে আহসান মনসুর যে প্রতিষ্ঠানের প্রধান ছিলেন, "
     "সেই প্রতিষ্ঠানের একজন গবেষকের পর্যবেক্ষণ—বাজার ঠিক পথেই আছে। নির্বাচনের পরে সুদ কমানোর সুযোগ তৈরি হবে বলে "
     "মনে করেন তিনি। তিনি নাম ছাপতে চাননি।", "সুদ কমানোর সুযোগ", None),
]

# controls: the officer named with the title speaks by name, a later bare "ইউএনও" is that person,
# a speaker who quotes somebody else's anonymity keeps their name, and the United Nations
# named in full is still the United Nations
CONTROLS = [
    ("উপজেলা নির্বাহী কর্মকর্তা নাজমা সুলতানা জানান, আশ্রয়কেন্দ্রে খাবার পাঠানো হয়েছে।",
     "আশ্রয়কেন্দ্রে খাবার", "Najma Sultana"),
    ("উপজেলা নির্বাহী কর্মকর্তা নাজমা সুলতানা সকালে বাঁধ দেখতে যান। স্থানীয় কৃষক হারুন মিয়া বলেন, “ধান সব "
     "ডুবে গেছে।” পরে ইউএনও বলেন, “ক্ষতির তালিকা করা হচ্ছে।”", "ক্ষতির তালিকা", "Najma Sultana"),
    ("অর্থনীতিবিদ সেলিম রায়হান বলেন, “রিজার্ভ বাড়লেও বিনিয়োগ বাড়েনি।” পরে তিনি বলেন, “নাম প্রকাশ না "
     "করার শর্তে অনেক ব্যাংকার একই কথা বলছেন।”", "অনেক ব্যাংকার একই কথা", "Selim Raihan"),
    ("জাতিসংঘ এক বিবৃতিতে জানায়, রোহিঙ্গাদের জন্য খাদ্য সহায়তা কমানো হবে।", "খাদ্য সহায়তা কমানো",
     "United Nations"),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + CONTROLS)
def test_nobody_named_speaks(body, fragment, speaker):
    assert quote_speakers(body, fragment) == [speaker]
