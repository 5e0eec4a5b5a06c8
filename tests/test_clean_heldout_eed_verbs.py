"""Held-out (sentences written here): a related headline left after the story whose verb only
looks like a past tense ("need", "proceed", "exceed", "feed", "speed", "succeed" end in "ed" but
are present tense, as headlines write) is still a headline and goes; a real past tense ("agreed
to", "freed the") keeps an unstopped last sentence in the body."""
import pytest

# the same story and the same call of the cleaner as the unstopped-last-sentence cases
from test_clean_heldout_unstopped_last_sentences import LEAD, record


PRESENT_TENSE_HEADLINES = [
    "What you need to know about the new VAT rules",
    "Trade talks to proceed to the next stage in Geneva",
    "Rice imports exceed the target for the third month",
    "Relief kitchens feed the families stranded by the floods",
    "New ferries speed the crossing to the islands",
    "Tigers need to bat out the final day to save the Test",
]


@pytest.mark.parametrize("headline", PRESENT_TENSE_HEADLINES)
def test_present_tense_eed_headline_after_the_story_goes(headline):
    rec = record(LEAD + "Boats were the only way out. " + headline)
    assert headline in rec.removed
    assert rec.text.endswith("Boats were the only way out.")


PAST_TENSE_LAST_SENTENCES = [
    "Both sides agreed to meet again next week",
    "The coast guard freed the trawler crew after questioning",
]


@pytest.mark.parametrize("sentence", PAST_TENSE_LAST_SENTENCES)
def test_past_tense_eed_last_sentence_stays(sentence):
    rec = record(LEAD + "Boats were the only way out. " + sentence)
    assert rec.text.endswith(sentence)
    assert sentence not in rec.removed
