"""Held-out cases on Bangladesh's ministries and divisions named by a list of their fields that the
registry lacked (environment, forest and climate; posts, telecommunications and IT; power, energy
and mineral resources; the ICT Division): the NER found them, or pieces of them, and they became
provisional bodies with romanised Bengali names. Each case returns True when the whole name links
to its body; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, entity_linked

CASES, case = case_registry()


@case
def bn_environment_ministry_with_comma():
    body = "পাহাড় কাটা বন্ধে পরিবেশ, বন ও জলবায়ু পরিবর্তন মন্ত্রণালয়ের একটি দল বৃহস্পতিবার বান্দরবান যায়।"
    return entity_linked(body, "পরিবেশ, বন ও জলবায়ু পরিবর্তন মন্ত্রণালয়ের", "Ministry of Environment, Forest and Climate Change")


@case
def bn_environment_ministry_without_comma():
    body = "পরিবেশ বন ও জলবায়ু পরিবর্তন মন্ত্রণালয় গত মাসে পলিথিন ব্যাগ নিয়ে নতুন নির্দেশনা দেয়।"
    return entity_linked(body, "পরিবেশ বন ও জলবায়ু পরিবর্তন মন্ত্রণালয়", "Ministry of Environment, Forest and Climate Change")


@case
def bn_posts_telecom_ministry():
    body = "মোবাইল ইন্টারনেটের দাম কমাতে ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয় অপারেটরদের সঙ্গে বৈঠক করেছে।"
    return entity_linked(body, "ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয়",
                         "Ministry of Posts, Telecommunications and Information Technology")


@case
def bn_power_ministry():
    body = "গ্রীষ্মে লোডশেডিং কমাতে বিদ্যুৎ, জ্বালানি ও খনিজ সম্পদ মন্ত্রণালয়ের সচিব রোববার কেন্দ্রগুলো ঘুরে দেখেন।"
    return entity_linked(body, "বিদ্যুৎ, জ্বালানি ও খনিজ সম্পদ মন্ত্রণালয়ের", "Ministry of Power, Energy and Mineral Resources")


@case
def bn_ict_division():
    body = "নতুন অ্যাপটি তৈরি করেছে তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ, জানান প্রকল্পের এক কর্মকর্তা।"
    return entity_linked(body, "তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ", "Information and Communication Technology Division")


@case
def en_power_ministry():
    body = "The Ministry of Power, Energy and Mineral Resources said on Tuesday that gas supply to fertiliser factories would resume."
    return entity_linked(body, "Ministry of Power, Energy and Mineral Resources", "Ministry of Power, Energy and Mineral Resources")
