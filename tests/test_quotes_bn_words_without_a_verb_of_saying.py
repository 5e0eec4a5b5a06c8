"""Round 35 (issue 10, Bengali quotes recall): quotations whose sentence has no finite verb of
saying.

- the converb of saying after the quotation (the pack's `cues.speech_converbs`): "“...,” বলে
  কান্নায় ভেঙে পড়েন তিনি", "“...,” এটুকু বলেই কাঁদতে শুরু করেন X" (having said it, the speaker
  wept): the subject closing the sentence after the other verb speaks;
- a statement noun after the quotation, its owner in the genitive closing the sentence:
  "“...,” মন্তব্য তাঁর", "“...,” দাবি X-এর";
- a clause naming a person, then after its comma their words with no cue (rule
  clause_then_quotation): "প্রতি ম্যাচকেই শেষ সুযোগ হিসেবে দেখেন রিপন, ‘...।’";
- unmarked words, then after a comma "যোগ করেন" (added) and its subject, or a cue after a doubled
  converb of manner ("..., হাসতে হাসতে জানালেন তিনি");
- the speaker set off by commas with an aside, the cue right after the last comma ("জেলে নুরুল
  ইসলাম, বয়স ৪৫, বলছিলেন, ...").

Sentences written for this file (no newspaper text). Before the change every case was missed
(no quote holding the fragment); the controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

CASES = [
    ("হাসপাতালের বারান্দায় বসে ছিলেন নিহত শ্রমিকের বাবা আবুল হাশেম। “ছেলের বিয়ের কথা চলছিল। এখন লাশ নিয়ে "
     "যেতে হবে,” বলে কান্নায় ভেঙে পড়েন তিনি।", "ছেলের বিয়ের কথা", "Abul Hashem"),
    ("নিহতের স্ত্রী সুমি আক্তার রাতে থানায় যান। “কারখানা থেকে বের হয়ে সে বাড়ি ফিরছিল। কেউ তাকে বাঁচাল না,” "
     "এটুকু বলেই কাঁদতে শুরু করেন সুমি আক্তার।", "কারখানা থেকে বের হয়ে", "Sumi Akter"),
    ("শ্রমিকনেতা তাহের চৌধুরী সভায় উপস্থিত ছিলেন। “কাগজে সই আর মাটিতে কারখানা এক জিনিস নয়,” মন্তব্য তাঁর।",
     "কাগজে সই আর মাটিতে", "Taher Chowdhury"),
    ("গত আসরে দলকে ফাইনালে তুলতে দারুণ ভূমিকা রেখেছিলেন পেসার রিপন মন্ডল। প্রতি ম্যাচকেই শেষ সুযোগ হিসেবে "
     "দেখেন রিপন মন্ডল, ‘পরে কী হবে আমি জানি না। সুযোগ পেলে আমি শতভাগ দিতে চাই।’", "পরে কী হবে আমি", "Ripon Mondal"),
]

# the subject after a cue closing the sentence: words added ("..., যোগ করেন ওসি।") and a manner told
# by a doubled converb before the cue ("..., হাসতে হাসতে জানালেন তিনি।")
ADDED = [
    ("পটিয়া থানার ওসি মোস্তাফিজুর রহমান বলেন, দুর্ঘটনার পর চালক পালিয়ে গেছেন। চালকের খোঁজে বিভিন্ন জায়গায় "
     "তল্লাশি চলছে, যোগ করেন ওসি।", "চালকের খোঁজে বিভিন্ন", "Mostafizur Rahman"),
    ("ক্রিকেটার তামিম ইকবাল নিজের নাম নিয়ে মজার গল্প শোনালেন। নামের কারণে বন্ধুদের খোঁচা শুনতে হয় প্রায়ই, "
     "হাসতে হাসতে জানালেন তিনি।", "নামের কারণে বন্ধুদের", "Tamim Iqbal"),
]

# the speaker set off by commas with an aside describing them, the cue right after the last comma
APPOSED = [
    ("ঘূর্ণিঝড়ের খবরে উপকূলে ফিরছে মাছ ধরার ট্রলার। সেখানকার জেলে নুরুল ইসলাম, বয়স ৪৫, বলছিলেন, এ মৌসুমে "
     "এটা তাদের তৃতীয়বার মাঝপথে ফিরে আসা।", "তৃতীয়বার মাঝপথে", "Nurul Islam"),
    ("গ্রামে এখন শোকের ছায়া। খেলনা গ্রামের এক প্রবীণ, অবসরপ্রাপ্ত প্রধান শিক্ষক আবদুর রাজ্জাক (৭১), "
     "বলছিলেন, এই গ্রামে তিনি জীবনে এমন ঘটনা দেখেননি।", "জীবনে এমন ঘটনা", "Abdur Razzak"),
]

# controls: a quotative "বলে" before a cue (read so before), a quotation after a clause that names
# nobody, a book's name in marks after a comma (no sentence's stop inside its marks), and a cue right
# after a clause's comma with no aside before it (the clause is no speaker)
CONTROLS = [
    ("উপদেষ্টা রিজওয়ানা হাসান সভায় ছিলেন। “নদী দখল চলবে না,” বলে মন্তব্য করেন রিজওয়ানা হাসান।",
     "নদী দখল চলবে না", "Rizwana Hasan"),
]
NO_QUOTES = [
    ("সকাল থেকে মাঠে বৃষ্টি হচ্ছিল, ‘খেলা কি হবে আজ?’", "খেলা কি হবে"),
    ("মেলায় লেখক আনিসুল হকের নতুন বই এসেছে, ‘মা’", "মা"),
    ("রাতে বৃষ্টি হয়েছিল, জানান, সকালে পানি নেমে যায়।", "সকালে পানি নেমে"),
]


@pytest.mark.parametrize("body,fragment,speaker", CASES + ADDED + APPOSED + CONTROLS)
def test_words_without_a_verb_of_saying(body, fragment, speaker):
    assert quote_speakers(body, fragment) == [speaker]


@pytest.mark.parametrize("body,fragment", NO_QUOTES)
def test_no_speaker_named_no_quote(body, fragment):
    assert quote_speakers(body, fragment) == []
