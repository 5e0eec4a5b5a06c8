"""Held-out linking cases on two names Bangladeshi papers use for Indian bodies and the registry
lacked: "সাউথ ব্লক" (South Block, the seat of India's foreign ministry, written for it as
"হোয়াইট হাউস" is for the US presidency; it gave "South Bl" and "South Blake") and "ভারতীয়
ক্রিকেট বোর্ড" (the Indian cricket board, BCCI; it gave "Bhartiy Cricket Board"). Data rows
(data/actors/overlay), not a rule. Guard: the Pakistan board keeps its own row. Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import actors_at, case_registry, id_of

CASES, case = case_registry()
PUBLISHED = "2025-10-14"


def _id(text: str, code: str, surface: str, typ: str = "ORG") -> str | None:
    return id_of(actors_at(text, code, (typ, surface), published=PUBLISHED)[surface])


@case
def bn_south_block_genitive():
    return _id("সাউথ ব্লকের এক কর্মকর্তা বলেন, আলোচনা চলবে।", "bn", "সাউথ ব্লকের") == "south-block"


@case
def bn_south_block_locative():
    return _id("বৈঠকটি হয় সাউথ ব্লকে, দুই দেশের কর্মকর্তারা অংশ নেন।", "bn", "সাউথ ব্লকে") == "south-block"


@case
def bn_south_block_subject():
    return _id("সাউথ ব্লক এক বিবৃতিতে উদ্বেগ জানিয়েছে।", "bn", "সাউথ ব্লক") == "south-block"


@case
def en_south_block():
    return _id("Officials at South Block said the visit would go ahead.", "en", "South Block") == "south-block"


@case
def bn_indian_cricket_board():
    return _id("ভারতীয় ক্রিকেট বোর্ড নতুন কোচের নাম ঘোষণা করেছে।", "bn", "ভারতীয় ক্রিকেট বোর্ড") == "bcci"


@case
def bn_indian_cricket_board_genitive():
    return _id("ভারতীয় ক্রিকেট বোর্ডের সভাপতি জানান, সিরিজ হবে।", "bn", "ভারতীয় ক্রিকেট বোর্ডের") == "bcci"


# --- guard: another board keeps its row
@case
def bn_guard_pakistan_board():
    return _id("পাকিস্তান ক্রিকেট বোর্ড দল ঘোষণা করেছে।", "bn", "পাকিস্তান ক্রিকেট বোর্ড") == "pakistan-cricket-board"
