"""Round 33 (issue 10, Bengali speakers): a speaker who asks that *somebody else's* identity be
kept back still speaks by name (`attribution.asked_not_to_be_named`, `_someone_elses`).

spk33's rule made a title or pronoun speaker nobody when the pack's `anonymity` words followed it
("তিনি পরিচয় গোপন রাখার অনুরোধ জানিয়ে বলেন"); with a genitive noun between ("ভুক্তভোগীদের পরিচয়",
the victims' identities) the speaker is the one named before. Only the word right before the
anonymity words is read as whose identity it is: the speaker's own ("নিজের", "তাঁর"; the plural
"তাঁদের" only for a plural speaker) keeps the rule, an adverb before it ("আবার নিজের") does too.

Sentences written for this file (no newspaper text). The first two cases fail before the
first change (c419b820), the third and the second control before the second, the fourth (a cue
between: the witnesses' anonymity, reported) before the third; the first control passes
throughout.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

CASES = [
    ("ঢাকা মহানগর পুলিশের কমিশনার শেখ মো. সাজ্জাত আলী আজ সংবাদ সম্মেলন করেন। তিনি ভুক্তভোগীদের পরিচয় "
     "গোপন রাখার অনুরোধ জানিয়ে বলেন, ‘তদন্ত চলছে, দোষীদের ছাড় দেওয়া হবে না।’", "তদন্ত চলছে", "Sheikh Md Sajjat Ali"),
    ("অর্থনীতিবিদ সেলিম রায়হান সকালে সেমিনারে যোগ দেন। তিনি সাক্ষীদের নাম প্রকাশ না করার অনুরোধ জানিয়ে বলেন, "
     "‘তাদের নিরাপত্তা আগে নিশ্চিত করতে হবে।’", "নিরাপত্তা আগে নিশ্চিত", "Selim Raihan"),
    ("ঢাকা মহানগর পুলিশের কমিশনার শেখ মো. সাজ্জাত আলী আজ সংবাদ সম্মেলন করেন। তিনি তাঁদের পরিচয় গোপন "
     "রাখার অনুরোধ জানিয়ে বলেন, ‘মামলার তদন্ত শেষ হলে সব জানানো হবে।’", "মামলার তদন্ত শেষ", "Sheikh Md Sajjat Ali"),
    ("ঢাকা মহানগর পুলিশের কমিশনার শেখ মো. সাজ্জাত আলী আজ সংবাদ সম্মেলন করেন। ‘আমরা অভিযুক্তদের ধরতে অভিযান "
     "চালাচ্ছি,’ বলেন তিনি। তিনি জানান পরিচয় গোপন রাখার শর্তে দুজন সাক্ষী পুলিশের কাছে জবানবন্দি দিয়েছেন।",
     "অভিযুক্তদের ধরতে অভিযান", "Sheikh Md Sajjat Ali"),
]

# controls: the speaker's own identity ("নিজের", after an adverb too) still makes them nobody (more controls in
# test_quotes_bn_unnamed_local_office_and_anonymity.py)
CONTROLS = [
    ("অর্থনীতিবিদ সেলিম রায়হান সকালে সেমিনারে যোগ দেন। পরে একটি ব্যাংকের এক কর্মকর্তা নিজের পরিচয় গোপন "
     "রাখার অনুরোধ জানিয়ে বলেন, ‘ঋণ আদায় কমেছে।’", "ঋণ আদায় কমেছে", None),
    ("দোকানি করিম মিয়া বলেন, চালের দাম বেড়েছে।\nগভর্নর হওয়ার আগে আহসান মনসুর যে প্রতিষ্ঠানের প্রধান ছিলেন, "
     "সেই প্রতিষ্ঠানের একজন গবেষকের পর্যবেক্ষণ—বাজার ঠিক পথেই আছে। নির্বাচনের পরে সুদ কমানোর সুযোগ তৈরি হবে বলে "
     "মনে করেন তিনি। তিনি আবার নিজের নাম ছাপতে চাননি।", "সুদ কমানোর সুযোগ", None),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + CONTROLS)
def test_whose_identity_is_kept_back(body, fragment, speaker):
    assert quote_speakers(body, fragment) == [speaker]
