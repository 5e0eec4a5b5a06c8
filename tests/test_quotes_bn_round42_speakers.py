"""Bengali speakers of round 42 (issue 10): two causes of a quote with no speaker.

- `title_of_name_in_other_case` (khobor.quotes.speakers): a title right before a name in the
  genitive or the object case ("অধিনায়ক সৈকত আলীর না খেলা প্রসঙ্গে তিনি বলেন") is that name's
  apposition, in its case: no subject, so the pronoun after it speaks.
- `own_words_units` (khobor.quotes.attribution), with the pack's `addressed_person`: a sentence
  outside quotation marks that addresses the reader or the press in the second person ("আপনারা
  জানেন ...") is the last speaker's own words running on, as one in the first person is, so
  speaker_talks_on does not count it among the sentences told about others.

Sentences written for this file (no newspaper text), before the change; the controls pass before
and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record


def _speaker(body: str, fragment: str) -> tuple[str | None, str | None]:
    """(surface, actor name) of the speaker of the first quote holding `fragment`."""
    quotes = [q for q in body_record(body).quotes if fragment in q.text]
    assert quotes, fragment
    sp = quotes[0].speaker
    return (None, None) if sp is None else (sp.text, sp.actor.name if sp.actor else None)


# (article body, the quote's fragment, the title that must not speak, a word of the speaker's name)
TITLE_CASES = {
    "genitive": ("নোয়াখালীর ব্যাটার রেজাউর রহমান রাজা বলেন, ‘আমরা পরের ম্যাচে ঘুরে দাঁড়াব।’ অধিনায়ক সাকিব "
                 "হোসেনের না খেলা প্রসঙ্গে তিনি বলেন, ‘আমি গতকালও দেখেছি উনি পুরো সুস্থ আছেন।’",
                 "পুরো সুস্থ আছেন", "অধিনায়ক", "Raja"),
    "object_case": ("জেলা প্রশাসক মাহমুদুল হাসান রোববার বন্যাদুর্গত এলাকা ঘুরে দেখেন। মন্ত্রী আবদুল করিমকে চিঠি "
                    "পাঠানোর বিষয়ে তিনি বলেন, ত্রাণ বরাদ্দ বাড়ানোর অনুরোধ করা হয়েছে।",
                    "ত্রাণ বরাদ্দ বাড়ানোর", "মন্ত্রী", "Mahmudul"),
}


@pytest.mark.parametrize("case", sorted(TITLE_CASES))
def test_a_title_before_a_name_in_another_case_is_no_speaker(case):
    body, fragment, title, name_word = TITLE_CASES[case]
    text, name = _speaker(body, fragment)
    assert text != title
    assert name_word in (name or "")


def test_talks_on_over_sentences_addressed_to_the_press():
    body = ("দল ছাড়ার পর সাবেক যুগ্ম আহ্বায়ক নাসরিন আক্তার সাংবাদিকদের বলেন, আমি অনেক ভেবে সিদ্ধান্ত নিয়েছি। "
            "আপনারা জানেন দলে কী চলছে। দলের ভেতরে কোনো গণতন্ত্র নেই। কর্মীদের কথা শোনা হয় না। আপনারা "
            "নিজেরাই খোঁজ নিয়ে দেখতে পারেন। মাঠের কর্মীরা হতাশ। জেলা কমিটিগুলো অকার্যকর হয়ে আছে। তিনি বলেন, "
            "নতুন দলে যোগ দেওয়ার কোনো পরিকল্পনা এখন নেই।")
    assert "Nasrin" in (_speaker(body, "নতুন দলে যোগ দেওয়ার")[1] or "")


# controls: a title before a name in the nominative is that person; a person named between the
# speaker and the pronoun still takes the pronoun, however the press is addressed
def test_control_a_title_before_a_name_that_speaks_is_that_person():
    body = "অধিনায়ক সাকিব হোসেন বলেন, ‘আমরা পরের ম্যাচে ঘুরে দাঁড়াব।’"
    text, name = _speaker(body, "পরের ম্যাচে ঘুরে")
    assert "Sakib" in (name or "") or "Shakib" in (name or "")


def test_control_a_person_named_since_takes_the_pronoun():
    body = ("সাবেক যুগ্ম আহ্বায়ক নাসরিন আক্তার সাংবাদিকদের বলেন, আমি অনেক ভেবে সিদ্ধান্ত নিয়েছি। আপনারা জানেন "
            "দলে কী চলছে। পরে দলের মহাসচিব রফিকুল ইসলাম সংবাদ সম্মেলন ডাকেন। তিনি বলেন, দল ছাড়ার সিদ্ধান্ত "
            "তাঁর ব্যক্তিগত।")
    assert "Nasrin" not in (_speaker(body, "দল ছাড়ার সিদ্ধান্ত")[1] or "")
