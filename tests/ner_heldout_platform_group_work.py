"""Held-out cases on a platform with a locative ending before "কাজ কর-" in the plain (not
honorific) verb form: "ফেসবুকে কাজ করছে কয়েকটি চক্র" is gangs at work on Facebook, the medium,
not a company someone works for; news writes an employee's work at a company with the honorific
form ("ফেসবুকে কাজ করেন", "কাজ করেছেন") or a participle ("ফেসবুকে কাজ করা প্রকৌশলী"). So the
employer phrase `কাজ কর` (lang/bn/ner.yaml `employer_phrases`) is listed in those forms only
(round 19's known defect of `ner.platforms.employed_at`). Guards: an employee's honorific and
participle forms keep the company. Each case returns True when the platform is read right; the
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from khobor.actors.keys import fold_token
from khobor.ner.gazetteer import settings
from khobor.ner.platforms import without_platform_mediums

from actor_fixtures import case_registry

CASES, case = case_registry()


def _kept(sentence: str, platform: str) -> bool:
    words = [fold_token(w) for w in sentence.replace("।", " ।").replace(",", " ,").split()]
    k = words.index(fold_token(platform))
    return without_platform_mediums(words, [(k, k + 1, "ORG")], settings("bn")["platform_mediums"]) != []


@case
def bn_gangs_at_work_on_facebook():
    return not _kept("ফেসবুকে কাজ করছে কয়েকটি ভুয়া চাকরিদাতা চক্র, সতর্ক করেছে পুলিশ।", "ফেসবুকে")


@case
def bn_gambling_group_on_telegram():
    return not _kept("টেলিগ্রামে কাজ করে এমন একটি জুয়ার দলের সন্ধান পেয়েছে গোয়েন্দারা।", "টেলিগ্রামে")


@case
def bn_smear_cell_on_youtube():
    return not _kept("ইউটিউবে কাজ করছে একটি অপপ্রচারকারী গোষ্ঠী, দাবি দলটির।", "ইউটিউবে")


@case
def bn_leak_ring_on_whatsapp():
    return not _kept("হোয়াটসঅ্যাপে কাজ করত প্রশ্নফাঁস চক্রের সদস্যরা, জানায় সিআইডি।", "হোয়াটসঅ্যাপে")


@case
def bn_traffickers_on_tiktok():
    return not _kept("টিকটকে কাজ করেছে একটি মানবপাচারকারী দল, তাদের তিনজন গ্রেপ্তার।", "টিকটকে")


@case
def bn_scammers_will_work_on_messenger():
    return not _kept("মেসেঞ্জারে কাজ করবে না এমন কোনো প্রতারক দল নেই বলে মন্তব্য করেন তিনি।", "মেসেঞ্জারে")


@case
def bn_guard_employee_honorific():
    return _kept("দেশে ফেরার আগে তিনি আট বছর ফেসবুকে কাজ করেছেন।", "ফেসবুকে")


@case
def bn_guard_employee_participle():
    return _kept("ফেসবুকে কাজ করা বাংলাদেশি প্রকৌশলীদের একটি দল সম্মেলনে আসছেন।", "ফেসবুকে")


@case
def bn_guard_employee_present_honorific():
    return _kept("তাঁর মেয়ে এখন ইউটিউবে কাজ করছেন নকশাবিদ হিসেবে।", "ইউটিউবে")
