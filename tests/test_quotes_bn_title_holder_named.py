"""A title's holder named right after it (issue 10, round 29): the speaker is the person, not the
title alone, so a later "তিনি" has somebody to stand for.

Two causes, each a named rule:
- `title_word_in_name`: a name the NER found whose last word is a title word ("মেহেদী ইমাম",
  "imam") was read as a title with a modifier, and the speaker was that "title" with no actor.
- `addressee_before_cue`: the addressee between a name and its cue ("... জাগো নিউজকে বলেন",
  "... বার্তা২৪.কমকে জানান") kept an untagged name from being read up to the cue, and where the NER
  ran the name on over it, the name was in the object case and dropped; the title spoke alone.

Sentences written for this file (no newspaper text). Before the change the 4 cases fail
(595ff59a), after none; the 4 controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

CASES = [
    ("পতাকা বৈঠকে বিজিবির পক্ষে নেতৃত্ব দেন অধিনায়ক লেফটেন্যান্ট কর্নেল মেহেদী ইমাম। বৈঠক শেষে লে. "
     "কর্নেল মেহেদী ইমাম সাংবাদিকদের বলেন, “আমরা কড়া প্রতিবাদ জানিয়েছি।”", "কড়া প্রতিবাদ", "Mehedi Imam"),
    ("সমবায় সমিতির দায়িত্বপ্রাপ্ত কর্মকর্তা বিবেকানন্দ আচার্য্য জাগো নিউজকে বলেন, ‘আমি ৭০ বছর ধরে এই "
     "এলাকায় রয়েছি।’", "৭০ বছর", "Bibekanand Acharyya"),
    ("শেরপুর হাইওয়ে থানার উপপরিদর্শক শাহীন আলম বার্তা২৪.কমকে জানান, ইজিবাইকটি যাত্রী নিয়ে শহরের দিকে "
     "যাচ্ছিল।", "ইজিবাইকটি", "Shahin Alam"),
    ("সদর থানার উপপরিদর্শক মাহবুব আলম ঢাকাপোস্ট২৪.কমকে জানান, ট্রাকটি জব্দ করা হয়েছে।", "ট্রাকটি জব্দ",
     "Mahbub Alam"),
]

# controls: a name with a title word that was read right already, a name before an addressee
# tagged by the NER, an unnamed title before an outlet (no name is made of the outlet), and a
# person in the object case (never cut to a shorter name: the ending's word may be their name's)
CONTROLS = [
    ("মসজিদ কমিটির সভায় সভাপতি রফিক ইমাম উপস্থিত ছিলেন। সভা শেষে সভাপতি রফিক ইমাম সাংবাদিকদের বলেন, "
     "“নতুন ভবনের কাজ শিগগির শুরু হবে।”", "নতুন ভবনের", "Rafiq Imam"),
    ("উপজেলা কৃষি কর্মকর্তা সুমন কান্তি দাশ প্রথম আলোকে বলেন, ‘এবার ফলন ভালো হয়েছে।’", "ফলন ভালো",
     "Suman Kanti Das"),
    ("সদর থানার ওসি প্রথম আলোকে বলেন, ‘মামলা হয়েছে, আসামিরা পলাতক।’", "মামলা হয়েছে", None),
    ("প্রতিমন্ত্রী আবদুর রহমান খানকে বলেন, ‘আপনার দাবি বিবেচনা করা হবে।’", "দাবি বিবেচনা", None),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + CONTROLS)
def test_the_holder_named_after_a_title_speaks(body, fragment, speaker):
    assert quote_speakers(body, fragment) == [speaker]
