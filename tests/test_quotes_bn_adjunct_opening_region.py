"""A speaker region opening with an adjunct (issue 10, round 34): "এক শোকবার্তায় মন্ত্রণালয় বলেছে",
"ফেসবুক পোস্টে X লিখেছেন", "ম্যাচ শেষে X বলেন". The bare region kept the adjunct's words, so
"এক শোকবার্তায় মন্ত্রণালয়" resolved to nobody, though the ministry was named just before.

Rule `adjunct_opening_region` (khobor.quotes.attribution, in `_bare_region_speaker`): one or two
adjuncts opening the region (the pack's `documents`, an indefinite before one, `name_adjuncts`
or `adverbs`) are set aside, and the words after them name the speaker. The Bengali pack's
`name_adjuncts` now hold a few "after an occasion" phrases ("ম্যাচ শেষে", "অনুষ্ঠান শেষে").

Sentences written for this file (no newspaper text). Before the change the cases fail, after
none; the controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

HEAD = "শিল্পীর মৃত্যুতে শোক"
CASES = [
    # a document in the locative, an indefinite before it
    ("শিল্পীর মৃত্যুতে গভীর শোক জানিয়েছে সংস্কৃতি বিষয়ক মন্ত্রণালয়। এক শোকবার্তায় মন্ত্রণালয় বলেছে, "
     "তাঁর গান মানুষ বহুদিন মনে রাখবে।",
     "তাঁর গান মানুষ বহুদিন মনে রাখবে", "Ministry of Cultural Affairs (Bangladesh)"),
    ("শিল্পীর মৃত্যুতে গভীর শোক জানিয়েছে বাংলা একাডেমি। এক বিবৃতিতে একাডেমি বলেছে, "
     "তাঁর গান মানুষ বহুদিন মনে রাখবে।",
     "তাঁর গান মানুষ বহুদিন মনে রাখবে", "Bangla Academy"),
    # a post, the person's short name after it
    ("শিল্পীর মৃত্যুতে শোক জানিয়েছেন সাবেক মন্ত্রী নাজমুল করিম রাসেল। ফেসবুক পোস্টে রাসেল লিখেছেন, "
     "\"তাঁর মতো শিল্পী আর আসবে না।\"",
     "তাঁর মতো শিল্পী আর আসবে না", "Nazmul Karim Russell"),
    # after an occasion (`name_adjuncts`)
    ("শিল্পীর মৃত্যুতে গভীর শোক জানিয়েছে বাংলা একাডেমি। অনুষ্ঠান শেষে একাডেমি বলেছে, "
     "তাঁর গান মানুষ বহুদিন মনে রাখবে।",
     "তাঁর গান মানুষ বহুদিন মনে রাখবে", "Bangla Academy"),
]

# controls: the region without the adjunct; a region that is nothing but a document
CONTROLS = [
    ("শিল্পীর মৃত্যুতে গভীর শোক জানিয়েছে সংস্কৃতি বিষয়ক মন্ত্রণালয়। মন্ত্রণালয় বলেছে, "
     "তাঁর গান মানুষ বহুদিন মনে রাখবে।",
     "তাঁর গান মানুষ বহুদিন মনে রাখবে", "Ministry of Cultural Affairs (Bangladesh)"),
    ("শিল্পীর মৃত্যুতে শোক জানিয়েছেন সাবেক মন্ত্রী নাজমুল করিম রাসেল। রাসেল লিখেছেন, "
     "\"তাঁর মতো শিল্পী আর আসবে না।\"",
     "তাঁর মতো শিল্পী আর আসবে না", "Nazmul Karim Russell"),
    ("শিল্পীর মৃত্যুতে গভীর শোক জানিয়েছে বাংলা একাডেমি। এক বিবৃতিতে বলা হয়েছে, "
     "তাঁর গান মানুষ বহুদিন মনে রাখবে।",
     "তাঁর গান মানুষ বহুদিন মনে রাখবে", None),
]


@pytest.mark.parametrize("body,fragment,name", CASES + CONTROLS)
def test_an_adjunct_opening_the_region_is_no_part_of_the_speaker(body, fragment, name):
    assert quote_speakers(body, fragment, HEAD) == [name]


def test_the_rule_sets_aside_opening_adjuncts_only():
    from khobor import lang
    from khobor.quotes.attribution import adjunct_opening_region
    from khobor.quotes.grammar import grammar_for

    g = grammar_for(lang.load("bn"))
    assert adjunct_opening_region("এক শোকবার্তায় মন্ত্রণালয়", 10, g) == ("মন্ত্রণালয়", 25)
    assert adjunct_opening_region("রোববার পুলিশ", 0, g) == ("পুলিশ", 7)
    assert adjunct_opening_region("ম্যাচ শেষে আরিফুল", 0, g) == ("আরিফুল", 11)
    assert adjunct_opening_region("জেলা পুলিশ", 0, g) == ("জেলা পুলিশ", 0)  # no adjunct
    assert adjunct_opening_region("এক বিবৃতিতে", 0, g) == ("এক বিবৃতিতে", 0)  # nothing after it
