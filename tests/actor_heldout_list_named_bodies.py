"""Held-out cases on bodies whose names list their fields with a comma ("স্থানীয় সরকার, পল্লী উন্নয়ন
ও সমবায় মন্ত্রণালয়", "Foreign, Commonwealth and Development Office"): the registry holds the name, but
the gazetteer scan stopped at every comma, so the name was never found whole and its parts became
entities of their own ("পল্লী উন্নয়ন" as a body). A list of places with commas stays a list. Each
case returns True when the whole name is one entity linked to its body; the sentences are written
for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import body_record, case_registry, entity_linked

CASES, case = case_registry()


@case
def bn_lgrd_ministry_genitive():
    body = "বুধবার স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়ের এক সভায় প্রকল্পটির অগ্রগতি নিয়ে আলোচনা হয়।"
    return entity_linked(body, "স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়ের",
                         "Ministry of Local Government, Rural Development and Co-operatives")


@case
def bn_lgrd_ministry_opens_sentence():
    body = "স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয় গত সপ্তাহে নতুন নির্দেশনা জারি করেছে বলে কর্মকর্তারা জানান।"
    return entity_linked(body, "স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়",
                         "Ministry of Local Government, Rural Development and Co-operatives")


@case
def bn_petrobangla_full_name():
    body = "গ্যাসের দাম নিয়ে বাংলাদেশ তেল, গ্যাস ও খনিজসম্পদ করপোরেশনের চেয়ারম্যান রোববার সাংবাদিকদের সঙ্গে কথা বলেন।"
    return entity_linked(body, "বাংলাদেশ তেল, গ্যাস ও খনিজসম্পদ করপোরেশনের", "Petrobangla")


@case
def bn_no_part_of_the_name_alone():
    body = "স্থানীয় সরকার, পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়ের সচিব মঙ্গলবার সিলেটে একটি সেতু পরিদর্শন করেন।"
    return not any(e.text.startswith("পল্লী") for e in body_record(body).entities)


@case
def en_foreign_commonwealth_office():
    body = "Britain's Foreign, Commonwealth and Development Office said on Monday that its staff in Dhaka were safe."
    return entity_linked(body, "Foreign, Commonwealth and Development Office")


@case
def en_manpower_bureau():
    body = "Officials of the Bureau of Manpower, Employment and Training said the new rules would apply from July."
    return entity_linked(body, "Bureau of Manpower, Employment and Training")


@case
def bn_list_of_places_stays_a_list():
    body = "ঢাকা, চট্টগ্রাম ও খুলনায় বৃহস্পতিবার ভারী বৃষ্টি হয়েছে বলে আবহাওয়া অফিস জানায়।"
    return sum(e.type == "GPE" for e in body_record(body).entities) >= 3


@case
def bn_petrobangla_before_its_short_name():
    body = "বাংলাদেশ তেল, গ্যাস ও খনিজসম্পদ করপোরেশন (পেট্রোবাংলা) জানিয়েছে, আগামী মাসে নতুন কূপ খনন শুরু হবে।"
    return entity_linked(body, "বাংলাদেশ তেল, গ্যাস ও খনিজসম্পদ করপোরেশন", "Petrobangla")
