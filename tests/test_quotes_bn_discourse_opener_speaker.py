"""A speaker region opening with a discourse word ("তবে", "এদিকে": however, meanwhile) names the
speaker by the words after it: the opener links the sentence to the one before (rule
discourse_opener_region; re-reader rr46b found "তবে পুলিশের" given as a speaker). Sentences written
for this test."""
import pytest

from quote_fixtures import quotes_of

CASES = [
    ("সরকার নতুন নির্দেশনা দিয়েছে। তবে পুলিশের পক্ষ থেকে বলা হয়েছে, কাউকে হয়রানি করা হবে না।", "পুলিশের"),
    ("মিছিল শেষ হয়েছে। এদিকে পুলিশের পক্ষ থেকে বলা হয়েছে, কাউকে আটক করা হয়নি।", "পুলিশের"),
    ("দাম বেড়েছে। তবে বাণিজ্য মন্ত্রণালয়ের পক্ষ থেকে বলা হয়েছে, সরবরাহ স্বাভাবিক আছে।", "বাণিজ্য মন্ত্রণালয়ের"),
]


@pytest.mark.parametrize("text,speaker", CASES)
def test_discourse_opener_is_not_part_of_the_speaker(text, speaker):
    speakers = [q.speaker.text for q in quotes_of(text) if q.speaker is not None]
    assert speakers and speakers[0] == speaker
