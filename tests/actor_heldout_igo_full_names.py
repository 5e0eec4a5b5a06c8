"""Held-out cases on the UN human rights office, whose registry name abbreviated "United Nations"
("Office of the UN High Commissioner for Human Rights"): a reader, and the gold, name a body by
its full official name, and "UN" is no spelling of "United Nations" to a name matcher. Every way
of naming the office links to the actor under its full name. The sentences are written for these
tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import body_record, case_registry, entity_linked

CASES, case = case_registry()
FULL = "Office of the United Nations High Commissioner for Human Rights"


@case
def bn_office_bare():
    body = "জেনেভায় জাতিসংঘ মানবাধিকার কার্যালয় শুক্রবার এক বিবৃতিতে নিরপেক্ষ তদন্তের আহ্বান জানায়।"
    return entity_linked(body, "জাতিসংঘ মানবাধিকার কার্যালয়", FULL)


@case
def bn_office_genitive_un():
    body = "জাতিসংঘের মানবাধিকার কার্যালয় মঙ্গলবার প্রকাশিত প্রতিবেদনে নিহতের সংখ্যা তুলে ধরে।"
    return entity_linked(body, "জাতিসংঘের মানবাধিকার কার্যালয়", FULL)


@case
def bn_office_as_daptar():
    body = "সোমবার জাতিসংঘ মানবাধিকার দপ্তর জানিয়েছে, তাদের একটি দল আগামী মাসে ঢাকায় আসবে।"
    return entity_linked(body, "জাতিসংঘ মানবাধিকার দপ্তর", FULL)


@case
def en_office_acronym():
    body = "OHCHR said on Friday that it had received complaints from families of the missing."
    return entity_linked(body, "OHCHR", FULL)


@case
def en_office_short_name():
    body = "The UN Human Rights Office urged all sides to protect civilians, a spokesperson said in Geneva."
    return entity_linked(body, "UN Human Rights Office", FULL)


@case
def en_office_full_name():
    body = "The Office of the United Nations High Commissioner for Human Rights published its findings on Wednesday."
    return any(e.actor and e.actor.name == FULL and "High Commissioner" in e.text for e in body_record(body).entities)
