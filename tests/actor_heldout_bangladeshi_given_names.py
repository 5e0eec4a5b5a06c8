"""Held-out cases on common Bangladeshi given names whose only spelling came from the letter rules
or from Wikipedia title pairs of Indian and Pakistani namesakes, not from how the country's papers
write them (eval/GUIDELINES.md N5): "ইমন" gave "Iman" (Emon), "শুভ" "Shubh" (Shuvo), "সুজন"
"Susan" (Sujon), "পারভেজ" "Parbhej" (Parvez), "সৌরভ" "Sourabh" (Sourav), "হাসিব" "Haseeb"
(Hasib). The spellings are data rows (romanise.yaml `spellings_extra`), not a rule. Guards: a
surname the home table spells keeps it ("হোসেন" -> Hossain), and an unlisted name is untouched.
Written before the change they test and not tuned on; each case returns True when the linker does
the right thing; the sentences and people are made up for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _person(text: str, surface: str, published: str = "2025-08-14") -> str:
    return name_of(actors_at(text, "bn", ("PER", surface), published=published)[surface])


@case
def bn_emon_an_injured_student():
    return _person("আহত শিক্ষার্থী ইমন হোসেন জানান, তাকে পেছন থেকে আঘাত করা হয়।", "ইমন হোসেন") == "Emon Hossain"


@case
def bn_shuvo_a_shopkeeper():
    return _person("দোকানি শুভ দাস বলেন, রাতে বাজারে আগুন লাগে।", "শুভ দাস") == "Shuvo Das"


@case
def bn_sujon_a_union_leader():
    return _person("শ্রমিক নেতা সুজন মিয়া দাবি করেন, মজুরি বাড়াতে হবে।", "সুজন মিয়া").startswith("Sujon ")


@case
def bn_parvez_a_councillor():
    return _person("কাউন্সিলর পারভেজ আলম সড়কটি পরিদর্শন করেন।", "পারভেজ আলম") == "Parvez Alam"


@case
def bn_sourav_a_batter_with_genitive():
    return _person("ওপেনার সৌরভ মল্লিকের ব্যাটে জয় পায় দলটি।", "সৌরভ মল্লিকের").startswith("Sourav ")


@case
def bn_hasib_a_teacher():
    return _person("স্কুলশিক্ষক হাসিব আহমেদ বলেন, ক্লাস আবার শুরু হয়েছে।", "হাসিব আহমেদ").startswith("Hasib ")


@case
def bn_parvin_a_nurse():
    return _person("নার্স রোকসানা পারভীন রোগীদের খোঁজ নেন।", "রোকসানা পারভীন").endswith(" Parvin")


@case
def bn_guard_hossain_keeps_its_home_spelling():
    return _person("কৃষক আলমগীর হোসেন জানান, ধানের দাম কম।", "আলমগীর হোসেন") == "Alamgir Hossain"
