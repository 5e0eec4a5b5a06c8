"""Bengali speakers of round 43 (issue 10): two causes of a quote with no speaker.

- `named_in_own_words` (khobor.quotes.attribution): a person named in the genitive or the object
  case inside a sentence of the last speaker's own words running on ("আপনারা শুনেছেন ডাক্তার
  করিমের ঘোষণা") is somebody that speaker talks about, no new subject: speaker_talks_on still
  carries the speaker over it to "তিনি বলেন".
- `group_voice_goes_on` (khobor.quotes.attribution): a bare group voice ("নেতারা আরও বলেন") a
  sentence or two after a body spoke through its group ("ছাত্রশিবিরের নেতারা বলেন") is that body.
- `ending_in_actor_name` (khobor.quotes.speakers): a name whose last letters look like a case
  ending ("কবির") is a subject when the registry actor it is linked to has those letters in its own
  name (Kabir), though its stem ("কবি") resolves to that actor too.
- `dropped_subject` (khobor.quotes.attribution, the pack's `subjectless_words`): a clause whose
  words before a person's cue are only of sequence or manner ("এরপর যোগ করেন", "শুধু বলেছেন")
  dropped its subject: the person who spoke just before, or the subject of the sentence before.

Sentences written for this file (no newspaper text), before the change; the controls pass before
and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers


def _name(body: str, fragment: str) -> str | None:
    """The actor name of the speaker of the first quote holding `fragment` (None for nobody)."""
    names = quote_speakers(body, fragment)
    assert names, fragment
    return names[0]


TALKS_ON_CASES = {
    "genitive": ("দলের মহাসচিব রফিকুল ইসলাম বলেন, এই খবর নিয়ে আপনাদের সামনে আসতে হবে, আমরা কখনো ভাবিনি। "
                 "আমরা আশা করছিলাম তিনি সুস্থ হয়ে উঠবেন। আপনারা শুনেছেন ডাক্তার আবদুল করিমের ঘোষণা। আজ সকালে "
                 "আমাদের নেত্রী চলে গেছেন। তিনি বলেন, এই ক্ষতি অপূরণীয়।", "এই ক্ষতি অপূরণীয়", "Rafiqul"),
    "object_case": ("জেলা সভাপতি নাসরিন আক্তার বলেন, আমরা এখনো শোকে আছি। আমরা সকালে মেয়র জাহিদ হাসানকে "
                    "বিষয়টি জানিয়েছি। এলাকার মানুষ কাঁদছে। মিছিল বাতিল করা হয়েছে। তিনি বলেন, শোকসভা হবে শুক্রবার।",
                    "শোকসভা হবে শুক্রবার", "Nasrin"),
}


@pytest.mark.parametrize("case", sorted(TALKS_ON_CASES))
def test_talks_on_over_a_person_the_speaker_talks_about(case):
    body, fragment, name_word = TALKS_ON_CASES[case]
    assert name_word in (_name(body, fragment) or "")


def test_a_bare_group_goes_on_for_the_body_it_spoke_for():
    body = ("বিবৃতিতে ছাত্রশিবিরের নেতারা বলেন, ‘আমরা সবসময় গণমাধ্যমের পক্ষে।’ নেতারা আরও বলেন, "
            "‘এটি আমাদের অবস্থান নয়।’")
    first = _name(body, "গণমাধ্যমের পক্ষে")
    assert first and "Shibir" in first
    assert _name(body, "আমাদের অবস্থান নয়") == first


# controls: a person named in the nominative in the narration since stops the chain; a bare group
# after a body that spoke in its own name, or after a group of no known body, stays nobody
def test_control_a_new_subject_in_narration_takes_the_pronoun():
    body = ("জেলা সভাপতি নাসরিন আক্তার বলেন, আমরা এখনো শোকে আছি। এলাকার মানুষ কাঁদছে। মিছিল বাতিল করা "
            "হয়েছে। পরে মেয়র জাহিদ হাসান সেখানে যান। তিনি বলেন, শোকসভা হবে শুক্রবার।")
    assert "Nasrin" not in (_name(body, "শোকসভা হবে শুক্রবার") or "")


def test_control_a_bare_group_after_a_body_by_its_own_name_is_nobody():
    body = ("ছাত্রশিবির এক বিবৃতিতে বলেছে, ‘আমরা সবসময় গণমাধ্যমের পক্ষে।’ নেতারা আরও বলেন, "
            "‘এটি আমাদের অবস্থান নয়।’")
    assert _name(body, "আমাদের অবস্থান নয়") is None


def test_control_a_bare_group_after_an_unknown_group_is_nobody():
    body = ("বিবৃতিতে সংগঠনের নেতারা বলেন, ‘আমরা সবসময় গণমাধ্যমের পক্ষে।’ নেতারা আরও বলেন, "
            "‘এটি আমাদের অবস্থান নয়।’")
    assert _name(body, "আমাদের অবস্থান নয়") is None


def test_a_name_ending_as_a_genitive_would_speaks_when_it_is_the_actors_name():
    body = "হাসপাতালের উপপরিচালক মো. হুমায়ুন কবির বলেন, জনবল আগের মতোই আছে, কিন্তু রোগী বেড়েছে তিন গুণ।"
    assert "Kabir" in (_name(body, "জনবল আগের মতোই") or "")


def test_control_a_registry_name_in_the_genitive_is_no_subject():
    body = "মুহাম্মদ ইউনূসের সঙ্গে বৈঠক শেষে তিনি বলেন, নির্বাচন সময়মতো হবে।"
    assert "Yunus" not in (_name(body, "নির্বাচন সময়মতো হবে") or "")


DROPPED_CASES = {
    "after_a_quote": ("“দাম বাড়ার হার এখনো বেশি, সুদ কমানোর প্রশ্নই ওঠে না,” বলেন গভর্নর আহসান এইচ মনসুর। "
                      "এরপর যোগ করেন, “শিল্পমালিকেরা চাপে আছেন, মানি।”", "শিল্পমালিকেরা চাপে", "Mansur"),
    "after_a_pronoun_subject": ("মির্জা ফখরুল অভিযোগ করেন, সরকারের একটি অংশ নির্বাচন পিছিয়ে দিতে চায়। সেই অংশটি "
                                "কারা, এমন প্রশ্নে তিনি কারও নাম বলেননি। শুধু বলেছেন, \"সময় হলে সবই জানবেন।\"",
                                "সবই জানবেন", "Fakhrul"),
    "after_a_postposed_subject": ("প্রশ্ন শুনে মুহূর্তেই বিস্মিত হয়ে পড়েন অভিনেতা জিয়াউল হক পলাশ। অবাক হয়ে পাল্টা "
                                  "প্রশ্ন করেন, ‘তুমি বিষয়টা জানো?’", "বিষয়টা জানো", "Ziaul"),
}


def test_a_dropped_subject_is_the_person_of_the_sentence_before():
    for case, (body, fragment, name_word) in sorted(DROPPED_CASES.items()):
        assert name_word in (_name(body, fragment) or ""), case


# controls: two people or a group in the sentence before, or somebody else asked between, leave
# the dropped subject nobody
DROPPED_CONTROLS = {
    "two_people": "সভায় করিম হোসেন ও রহিম উদ্দিন উপস্থিত ছিলেন। এরপর বলেন, \"সময় হলে সবই জানবেন।\"",
    "a_group": "সভায় শিক্ষার্থীরা উপস্থিত ছিলেন। এরপর বলেন, \"সময় হলে সবই জানবেন।\"",
    "somebody_asked": ("মির্জা ফখরুল অভিযোগ করেন, সরকারের একটি অংশ নির্বাচন পিছিয়ে দিতে চায়। পরে সাংবাদিকরা মহাসচিব "
                       "রিজভীকে প্রশ্ন করেন। শুধু বলেছেন, \"সময় হলে সবই জানবেন।\""),
}


@pytest.mark.parametrize("case", sorted(DROPPED_CONTROLS))
def test_control_a_dropped_subject_with_nobody_sure_is_nobody(case):
    assert _name(DROPPED_CONTROLS[case], "সবই জানবেন") is None
