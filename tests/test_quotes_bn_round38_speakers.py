"""Bengali speakers of round 38 (issue 10): three causes of a quote with no speaker or the wrong one.

- `title_in_group_compound` (khobor.quotes.speakers): a title hyphened to a word in the plural
  genitive ("নেতা-কর্মীদের") names a group spoken to, so it is no mention: "তিনি" before it
  speaks, and stands for the person named before.
- `postposed_subject` (khobor.quotes.attribution): a name closing its sentence after the
  honorific present "-ান" ("কারখানা চালান X") or before an age in brackets ("X (৪৬)।") is that
  sentence's subject, the antecedent of a pronoun in the next.
- `report_within_report` (khobor.quotes.attribution): "A জানান, B তাঁদের বলেছেন, ..." relays B's
  words: A's report, and B's words after B's cue, are both quotes.

Sentences written for this file (no newspaper text). Before the change the cases fail, after
none; the controls pass before and after.
"""
from __future__ import annotations

import pytest

from actor_fixtures import body_record


def _speaker_text(body: str, fragment: str) -> str | None:
    quotes = [q for q in body_record(body).quotes if fragment in q.text]
    assert quotes, fragment
    sp = quotes[0].speaker
    return None if sp is None else sp.text


def _speaker_name(body: str, fragment: str) -> str | None:
    quotes = [q for q in body_record(body).quotes if fragment in q.text]
    assert quotes, fragment
    sp = quotes[0].speaker
    return None if sp is None or sp.actor is None else sp.actor.name


def test_a_title_hyphened_to_a_plural_genitive_is_no_speaker():
    body = ("রাজশাহীতে সমাবেশ হয়েছে। সমাবেশে বক্তব্য দেন দলের সভাপতি রফিকুল আলম। তিনি নেতা-কর্মীদের "
            "শান্ত থাকার আহ্বান জানিয়ে বলেন, উসকানিতে পা দেওয়া যাবে না।")
    assert _speaker_text(body, "উসকানিতে পা দেওয়া") != "নেতা"
    assert "Rafiqul" in (_speaker_name(body, "উসকানিতে পা দেওয়া") or "")


def test_a_subject_after_the_honorific_present_and_an_age_is_the_antecedent():
    body = ("ব্যাংকঋণের সুদ এখন ১৬ শতাংশে উঠেছে। চেম্বারের সভাপতি হাবিবুর রহমান চৌধুরী গতকাল এক বিবৃতিতে "
            "বলেন, এত উচ্চ সুদে কারখানা টিকিয়ে রাখাই কঠিন। তিনি সুদহার নামিয়ে আনার আহ্বান জানান।\n"
            "বিজ্ঞাপন\n"
            "নরসিংদীর মাধবদী এলাকায় প্লাস্টিকের বালতি-মগ বানানোর ছোট কারখানা চালান মো. জসিম উদ্দিন (৪৬)। "
            "তাঁর কথায়, “দুই বছর আগে লোন নিয়েছিলাম। এখন কিস্তি দিতে পারছি না।”")
    assert "Jasim" in (_speaker_name(body, "লোন নিয়েছিলাম") or "")


def test_a_report_relayed_within_another_is_the_relayed_speakers():
    body = ("বৈঠক শেষে নেতারা বেরিয়ে আসেন। ওই নেতা জানান, মির্জা ফখরুল ইসলাম আলমগীর তাঁদের বলেছেন, "
            "দল কোনো ‘ঝুঁকি নেবে না’।")
    names = [q.speaker.actor.name for q in body_record(body).quotes
             if "ঝুঁকি নেবে না" in q.text and q.speaker is not None and q.speaker.actor is not None]
    assert any("Fakhrul" in n for n in names)


# controls: a plain report keeps its speaker; a pronoun inside the content relays nobody new
CONTROLS = [
    ("স্বাস্থ্য উপদেষ্টা নূরজাহান বেগম বলেন, হাসপাতালে শয্যা বাড়ানো হবে।", "শয্যা বাড়ানো", "Nurjahan"),
    ("স্বাস্থ্য উপদেষ্টা নূরজাহান বেগম বলেন, তিনি আগেই বলেছেন, হাসপাতালে শয্যা বাড়ানো হবে।", "শয্যা বাড়ানো",
     "Nurjahan"),
]


@pytest.mark.parametrize("body,fragment,name", CONTROLS)
def test_controls_keep_their_speaker(body, fragment, name):
    assert name in (_speaker_name(body, fragment) or "")
