""""অবশ্য" (however) between a speaker and the cue (issue 10, round 34): "অন্তর্বর্তী সরকার অবশ্য
বলছে, ..." kept the adverb in the bare speaker region, which then resolved to nobody. The
Bengali pack's `adverbs` (quotes.yaml: words that may stand before a cue, never a name) now hold
it, so the region closes before it.

Sentences written for this file (no newspaper text). Before the change the case fails, after it
passes; the control passes before and after.
"""
from __future__ import annotations

from actor_fixtures import quote_speakers

HEAD = "নির্বাচন নিয়ে বিতর্ক"
OPEN = "বিরোধী দলগুলো নির্বাচন পেছানোর দাবি তুলেছে। "


def test_however_before_the_cue_is_no_part_of_the_speaker():
    body = OPEN + "অন্তর্বর্তী সরকার অবশ্য বলছে, নির্বাচন নির্ধারিত সময়েই হবে।"
    assert quote_speakers(body, "নির্বাচন নির্ধারিত সময়েই হবে", HEAD) == ["Interim Government of Bangladesh"]


def test_control_without_the_adverb():
    body = OPEN + "অন্তর্বর্তী সরকার বলছে, নির্বাচন নির্ধারিত সময়েই হবে।"
    assert quote_speakers(body, "নির্বাচন নির্ধারিত সময়েই হবে", HEAD) == ["Interim Government of Bangladesh"]
