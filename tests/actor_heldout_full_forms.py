"""Held-out cases on one person named in full where the NER did not tag it and by one word where
it did ("নির্বাহী টড গ্রিনবার্গ।" untagged, "গ্রিনবার্গ বলেন" tagged): the one-word mention takes the
fullest form the article writes, as the name written with attested person-name words beside it,
so that one person is one actor under the fullest name. Guards: two different full forms, or a
list joined by hyphens, leave the one word alone. Written before the change they test and not
tuned on; each case returns True when the linker does the right thing; the sentences are written
for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _as_if_tagged(text: str, full: str, published: str) -> str:
    """The name the linker gives the full form when the NER does tag it: the reference."""
    return name_of(actors_at(text, "bn", ("PER", full), published=published)[full])


@case
def bn_surname_alone_takes_first_name():
    t = ("বোর্ডের প্রধান নির্বাহী নিক হকলি সংবাদ সম্মেলনে এসেছিলেন। পিচ নিয়ে প্রশ্নের জবাবে হকলি বলেন, "
         "উইকেট নিয়ে তদন্ত হবে।")
    got = actors_at(t, "bn", ("PER", "হকলি", 2), published="2025-12-28")
    want = _as_if_tagged(t, "নিক হকলি", "2025-12-28")
    return name_of(got["হকলি"]) == want and len(want.split()) == 2


@case
def bn_first_name_alone_takes_surname():
    t = ("সমবায় সমিতির কোষাধ্যক্ষ ফারহানা ইয়াসমিন পদ ছেড়ে দিয়েছেন। এক বিবৃতিতে ফারহানা "
         "জানিয়েছেন, ব্যক্তিগত কারণে তিনি এ সিদ্ধান্ত নিয়েছেন।")
    got = actors_at(t, "bn", ("PER", "ফারহানা", 2), published="2026-03-10")
    want = _as_if_tagged(t, "ফারহানা ইয়াসমিন", "2026-03-10")
    return name_of(got["ফারহানা"]) == want and len(want.split()) == 2


@case
def bn_nickname_takes_whole_name():
    t = ("ঘটনাস্থল পরিদর্শন করেছেন উপজেলা নির্বাহী কর্মকর্তা তাহমিনা আক্তার রিনা। রিনা বলেন, ক্ষতিগ্রস্ত "
         "পরিবারগুলোকে সহায়তা দেওয়া হবে।")
    got = actors_at(t, "bn", ("PER", "রিনা", 2), published="2025-06-10")
    want = _as_if_tagged(t, "তাহমিনা আক্তার রিনা", "2025-06-10")
    return name_of(got["রিনা"]) == want and len(want.split()) == 3


@case
def bn_given_name_takes_family_name():
    t = ("মামলার বাদী মাহফুজুর রহমান থানায় অভিযোগ দিয়েছেন। পরে মাহফুজুর সাংবাদিকদের বলেন, "
         "তিনি ন্যায়বিচার চান।")
    got = actors_at(t, "bn", ("PER", "মাহফুজুর", 2), published="2025-06-10")
    want = _as_if_tagged(t, "মাহফুজুর রহমান", "2025-06-10")
    return name_of(got["মাহফুজুর"]) == want and len(want.split()) == 2


@case
def bn_full_form_with_case_ending():
    t = ("সভায় সভাপতিত্ব করেন প্রকল্প পরিচালক জেসমিন নাহার। আলোচনা শেষে জেসমিন জানান, "
         "আগামী মাসে কাজ শুরু হবে।")
    got = actors_at(t, "bn", ("PER", "জেসমিন", 2), published="2025-06-10")
    want = _as_if_tagged(t, "জেসমিন নাহার", "2025-06-10")
    return name_of(got["জেসমিন"]) == want and len(want.split()) == 2


@case
def bn_trader_nickname():
    t = ("সমিতির সভাপতি আবুল কাশেম টিটু সংবাদ সম্মেলনে প্রতিবাদ জানান। টিটু বলেন, "
         "পাইকারি বাজারে সরবরাহ কম।")
    got = actors_at(t, "bn", ("PER", "টিটু", 2), published="2025-06-10")
    want = _as_if_tagged(t, "আবুল কাশেম টিটু", "2025-06-10")
    return name_of(got["টিটু"]) == want and len(want.split()) == 3


# --- guards
@case
def bn_two_full_forms_leave_one_word():
    t = ("বৈঠকে ছিলেন আরিফ হোসেন ও আরিফ মাহমুদ। পরে আরিফ বলেন, আলোচনা ভালো হয়েছে।")
    got = actors_at(t, "bn", ("PER", "আরিফ", 3), published="2025-06-10")
    return len(name_of(got["আরিফ"]).split()) == 1


@case
def bn_hyphen_list_is_no_full_form():
    t = ("সাবিনা-মাসুরাদের নিয়ে দল ঘোষণা করা হয়েছে। অনুশীলন শেষে সাবিনা বলেন, দল প্রস্তুত।")
    got = actors_at(t, "bn", ("PER", "সাবিনা", 2), published="2025-06-10")
    return len(name_of(got["সাবিনা"]).split()) == 1


@case
def bn_verb_after_is_no_surname():
    t = ("গোলরক্ষক ফাহিম দুর্দান্ত খেলেছেন। ম্যাচ শেষে ফাহিম বলেন, জয়টা দলের সবার।")
    got = actors_at(t, "bn", ("PER", "ফাহিম", 2), published="2025-06-10")
    return len(name_of(got["ফাহিম"]).split()) == 1


@case
def bn_negation_before_is_no_first_name():
    t = ("প্রথম ম্যাচে ছিলেন না তাসকিন। অনুশীলন শেষে তাসকিন বলেন, তিনি পুরোপুরি সুস্থ।")
    got = actors_at(t, "bn", ("PER", "তাসকিন", 2), published="2025-06-10")
    return len(name_of(got["তাসকিন"]).split()) == 1
