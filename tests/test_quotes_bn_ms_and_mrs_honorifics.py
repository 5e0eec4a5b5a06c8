""""মিজ" (Ms) and "মিসেস" (Mrs) before a woman's surname (issue 10, round 34): "রাশিদা বেগম ... ।
মিজ বেগম বলেন, ..." left the speaker "মিজ বেগম" unresolved, for the Bengali pack's `honorifics`
(quotes.yaml) held neither. They do now; and since the honorific pattern let a name follow an
honorific with no space ("মি.রহিম"), an honorific ending in a letter now needs a space after it,
so "মিজ" is no beginning of "মিজানুর" (`_honorific_regexes`, khobor.quotes.grammar).

Sentences written for this file (no newspaper text). Before the change the cases fail, after
none; the controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import quote_speakers

HEAD = "ছেলেকে আটক"
OPEN = "গ্রামের বাসিন্দা রাশিদা বেগম থানায় অভিযোগ দিয়েছেন। তাঁর ছেলেকে তিন দিন আগে আটক করা হয়। "
CASES = [
    (OPEN + "মিজ বেগম বলেন, \"আমার ছেলে কোনো দোষ করেনি।\"", "আমার ছেলে কোনো দোষ করেনি", "Rashida Begum"),
    (OPEN + "মিসেস বেগম বলেন, \"আমার ছেলে কোনো দোষ করেনি।\"", "আমার ছেলে কোনো দোষ করেনি", "Rashida Begum"),
    (OPEN + "\"আমার ছেলে কোনো দোষ করেনি,\" বলেন মিজ বেগম।", "আমার ছেলে কোনো দোষ করেনি", "Rashida Begum"),
]

# controls: a name opening with the honorific's letters; a surname the NER tags after "মিজ"
CONTROLS = [
    ("থানার ওসি মিজানুর রহমান সাংবাদিকদের বলেন, \"দুজনকে আটক করা হয়েছে।\"", "দুজনকে আটক করা হয়েছে",
     "Mizanur Rahman"),
    ("গ্রামের বাসিন্দা নাসরিন সুলতানা থানায় অভিযোগ দিয়েছেন। মিজ সুলতানা বলেন, \"আমার ছেলে কোনো দোষ করেনি।\"",
     "আমার ছেলে কোনো দোষ করেনি", "Nasrin Sultana"),
]


@pytest.mark.parametrize("body,fragment,name", CASES + CONTROLS)
def test_ms_and_mrs_before_a_surname_find_the_full_name(body, fragment, name):
    assert quote_speakers(body, fragment, HEAD) == [name]


def test_an_honorific_ending_in_a_letter_is_no_beginning_of_a_name():
    from khobor import lang
    from khobor.quotes.grammar import grammar_for

    rx = grammar_for(lang.load("bn")).honorific_name_rx
    assert rx.search("মিজানুর রহমান") is None
    assert rx.search("মিজ বেগম").group("name") == "বেগম"
    assert rx.search("মি.রহিম").group("name") == "রহিম"
