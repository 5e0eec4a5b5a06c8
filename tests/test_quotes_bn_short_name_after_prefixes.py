"""A person named in full, then again short behind a rank or an abbreviated honorific (issue 10,
round 34): "... কোম্পানি কমান্ডার মেজর রাকিবুল হাসান। ... বলেন মেজর রাকিবুল।" or "মহকুমা পুলিশ
অফিসার তোফান বাগ ... । মি. বাগ বলেন, ...". The short name with its "মেজর" or "মি." matched no
fuller name of the article, so the speaker became a new actor of the short name ("Tanvir", "Bag").

Rule `short_name_after_prefixes` (khobor.quotes.people): where the short name as written finds no
fuller name, its opening ranks, name prefixes and abbreviated honorifics are set aside and the
rest is looked up again, by `People.fullest` and by `SpeakerFinder.known_person` (a bare region:
"মেজর সোহেল", whose given name opens one full name; `one_word_of_a_full_name` now takes a word of a
script without letter case, where it only took a capitalised one). The Bengali pack's titles hold
"অফিসার" and "ইন্সপেক্টর জেনারেল", so a name the NER left untagged after them is a full name too
(`titled_names`).

Sentences written for this file (no newspaper text). Before the change the cases fail, after
none; the controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

HEAD = "শহরে অভিযান"
CASES = [
    # an abbreviated honorific before the surname, the full name after a title the NER left untagged
    ("ঘটনাটি ঘটেছে জেলার একটি গ্রামে। মহকুমা পুলিশ অফিসার মিলন পাত্র সাংবাদিকদের ঘটনার কথা জানান। "
     "মি. পাত্র বলেন, \"দুজনকে হাসপাতালে ভর্তি করা হয়েছে।\"",
     "দুজনকে হাসপাতালে ভর্তি করা হয়েছে", "Milon Patra"),
    # the same after an inspector general ("ইন্সপেক্টর জেনারেল", a title of the pack)
    ("বাহিনীর সীমান্ত অঞ্চলের ইন্সপেক্টর জেনারেল ওম প্রকাশ শর্মা সংবাদমাধ্যমকে জানান যে অভিযোগটি ভিত্তিহীন। "
     "মি. শর্মা বলেন, \"ওই পথে কেউ সীমান্ত পার হয়নি।\"",
     "ওই পথে কেউ সীমান্ত পার হয়নি", "Om Prakash Sharma"),
    # a rank before the given name, a bare region the NER left untagged (`known_person`)
    ("অভিযানে নেতৃত্ব দেন ক্যাম্পের কোম্পানি কমান্ডার মেজর সোহেল মৃধা। আটক দুজনের কাছ থেকে তিনটি "
     "মোবাইল ফোন জব্দ করা হয়। \"তাদের বিরুদ্ধে আগেও মামলা ছিল,\" বলেন মেজর সোহেল।",
     "তাদের বিরুদ্ধে আগেও মামলা ছিল", "Sohel Mridha"),
]

# controls: the name as written, and a rank before a given name the NER tags
CONTROLS = [
    ("অভিযানে নেতৃত্ব দেন ক্যাম্পের কোম্পানি কমান্ডার মেজর রাকিবুল হাসান। "
     "\"তাদের বিরুদ্ধে আগেও মামলা ছিল,\" বলেন রাকিবুল হাসান।",
     "তাদের বিরুদ্ধে আগেও মামলা ছিল", "Rakibul Hasan"),
    ("অভিযানে নেতৃত্ব দেন ক্যাম্পের কোম্পানি কমান্ডার মেজর রাকিবুল হাসান। আটক দুজনের কাছ থেকে তিনটি "
     "মোবাইল ফোন জব্দ করা হয়। \"তাদের বিরুদ্ধে আগেও মামলা ছিল,\" বলেন মেজর রাকিবুল।",
     "তাদের বিরুদ্ধে আগেও মামলা ছিল", "Rakibul Hasan"),
]


@pytest.mark.parametrize("body,fragment,name", CASES + CONTROLS)
def test_a_short_name_behind_a_rank_finds_the_full_name(body, fragment, name):
    assert quote_speakers(body, fragment, HEAD) == [name]


def test_the_rule_sets_aside_ranks_and_abbreviations_only():
    from khobor.quotes.people import short_name_after_prefixes

    prefixes = {"মেজর", "md"}
    assert short_name_after_prefixes(["মেজর", "তানভীর"], prefixes) == ["তানভীর"]
    assert short_name_after_prefixes(["মি.", "পাত্র"], prefixes) == ["পাত্র"]
    assert short_name_after_prefixes(["তানভীর", "আহমেদ"], prefixes) == ["তানভীর", "আহমেদ"]
    assert short_name_after_prefixes(["মেজর"], prefixes) == ["মেজর"]  # (the last word stays)
