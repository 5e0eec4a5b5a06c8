"""Held-out linking cases on foreign names written in Bengali, written before the changes they
test and not tuned on: a case ending left on an unknown foreign name in a story set abroad, a
registry person whose Bengali spelling romanises a little off, a ministry named without its
country, and Bangladeshi names that must keep their own last letters. Each case returns True
when the linker does the right thing; the sentences are written for these tests, not taken
from any outlet.

A provisional name is checked for its exact romanisation: the gold corpus forgives a spelling
close to the English one, so a kept ending ("Klasener") would pass there unseen."""
from __future__ import annotations

from actor_fixtures import case_registry, link_spans

CASES, case = case_registry()


def name_of(a):
    return getattr(a, "name", None)


def id_of(a):
    return getattr(a, "id", None)


def person(t: str, surface: str, published: str = "2025-03-09"):
    """The actor of the entity that overlaps `surface` (the linker may narrow a span), or None."""
    got = link_spans(t, "bn", ("PER", surface), published=published)
    return next((a for text, a in got.items() if text in surface or surface in text), None)


# --- a case ending is no part of an unknown foreign name, in a story set abroad
@case
def bn_genitive_off_in_story_abroad():
    t = "ম্যানচেস্টারে শনিবারের ম্যাচে স্বাগতিক দলের হয়ে গোল করেন ডিফেন্ডার পিটার ক্লাসেনের সতীর্থরা।"
    return name_of(person(t, "পিটার ক্লাসেনের")) == "Peter Klasen"


@case
def bn_genitive_off_spanish_name():
    t = "মাদ্রিদে এক সংবাদ সম্মেলনে কোচ রিকার্দো মোরালেসের দল ঘোষণা করা হয়।"
    return name_of(person(t, "রিকার্দো মোরালেসের")) == "Ricardo Morales"


@case
def bn_r_after_vowel_off_in_story_abroad():
    t = "ইতালির তুরিনে অনুশীলনে চোট পেয়েছেন স্ট্রাইকার আন্দ্রেয়া বেলোত্তির সতীর্থ এক ডিফেন্ডার।"
    return name_of(person(t, "আন্দ্রেয়া বেলোত্তির")) == "Andrea Belotti"


@case
def bn_ere_off_german_name():
    t = "জার্মানির মিউনিখে বৃহস্পতিবার ক্লাবের প্রধান নির্বাহী ইয়োনাস ব্রান্ডের পদত্যাগের ঘোষণা আসে।"
    return name_of(person(t, "ইয়োনাস ব্রান্ডের")) == "Jonas Brand"


# --- Bangladeshi names keep their own last letters, at home and abroad
@case
def bn_kabir_abroad_keeps_r():
    t = "লন্ডনের পূর্বাঞ্চলে বাংলাদেশি রেস্তোরাঁর মালিক মোহাম্মদ কবির ছুরিকাহত হয়েছেন।"
    return name_of(person(t, "মোহাম্মদ কবির")) in ("Mohammad Kabir", "Mohammed Kabir", "Muhammad Kabir")


@case
def bn_sardar_abroad_keeps_ar():
    t = "সিডনিতে বাংলাদেশি শিক্ষার্থী রাকিব সরদার সড়ক দুর্ঘটনায় আহত হয়েছেন।"
    return name_of(person(t, "রাকিব সরদার")) in ("Rakib Sardar", "Rakib Sarder")


@case
def bn_taher_at_home_keeps_er():
    t = "নোয়াখালীর চাটখিলে কৃষক আবু তাহের বলেন, এবার ধানের দাম কম।"
    return name_of(person(t, "আবু তাহের")) in ("Abu Taher", "Abu Tahir")


@case
def bn_jubayer_abroad_keeps_er():
    t = "দুবাইয়ে বাংলাদেশি শ্রমিক মো. জুবায়ের গত সপ্তাহে দেশে ফিরেছেন।"
    return name_of(person(t, "মো. জুবায়ের")) in ("Md Jubayer", "Md Jubair", "Md Zubair")


# --- a registry person whose Bengali spelling romanises a little off
@case
def bn_registry_person_spelled_off():
    t = "অস্ট্রেলিয়ার সাবেক প্রধানমন্ত্রী জন হাওয়ার্ড সিডনিতে এক অনুষ্ঠানে বক্তব্য দেন।"
    return id_of(person(t, "জন হাওয়ার্ড", "2005-03-09")) == "john-howard"


@case
def bn_local_namesake_of_registry_person_stays_new():
    t = "গাজীপুরের কালিয়াকৈরে দোকানি জন হাওলাদার জানান, রাতে তাঁর দোকানে চুরি হয়েছে।"
    a = person(t, "জন হাওলাদার")
    return a is None or bool(getattr(a, "provisional", False))


# --- a ministry named without its country is the article's country's
@case
def bn_home_ministry_own_country():
    t = "ঢাকায় স্বরাষ্ট্র মন্ত্রণালয় এক বিজ্ঞপ্তিতে জানায়, নির্বাচনের আগে টহল বাড়ানো হবে।"
    got = link_spans(t, "bn", ("GPE", "ঢাকায়"), ("ORG", "স্বরাষ্ট্র মন্ত্রণালয়"), published="2025-03-09")
    return id_of(got["স্বরাষ্ট্র মন্ত্রণালয়"]) == "bangladesh-home-ministry"


@case
def en_foreign_ministry_of_story_country():
    t = "In Tokyo, the foreign ministry said on Monday that Japan would send a delegation to Seoul."
    got = link_spans(t, "en", ("GPE", "Tokyo"), ("ORG", "foreign ministry"), ("GPE", "Japan"),
                     ("GPE", "Seoul"), published="2025-03-09")
    return id_of(got["foreign ministry"]) == "foreign-ministry-jpn"
