"""Held-out linking cases on how a name is read off its span and its context, written before the
changes they test and not tuned on: a title word that also closes a Bangladeshi name ("Begum",
"Sheikh", "খাতুন"), a registry namesake with an age whose span the NER typed as an organisation, a
verb before a name that is no part of it, a postposition the NER left inside a name, and
names that must keep linking as before. Each case returns True when the linker does the right
thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from khobor import lang
from khobor.actors.link import run
from khobor.record import Entity, Record, Span, record_id


def entities(text: str, code: str, *ner: tuple, published: str = "2025-02-20") -> list[Entity]:
    """The linked entities of `text` with NER spans given by hand as (type, surface)."""
    ents = []
    for typ, surface in ner:
        start = text.index(surface)
        ents.append(Entity(text=surface, start=start, end=start + len(surface), type=typ))
    rec = Record(id=record_id(text), text=text, language=code, published=published,
                 sentences=[Span(start=0, end=len(text))], entities=ents)
    run(rec, lang.load(code))
    return rec.entities


def actor_at(text: str, code: str, typ: str, surface: str, **kw):
    """The actor of the entity that overlaps `surface` (the linker may narrow a span), or None."""
    s = text.index(surface)
    e = s + len(surface)
    for ent in entities(text, code, (typ, surface), **kw):
        if ent.start < e and s < ent.end:
            return ent.actor
    return None


def name_of(a):
    return getattr(a, "name", None)


def provisional(a) -> bool:
    return a is not None and bool(getattr(a, "provisional", False))


CASES = []


def case(fn):
    """Register a held-out case."""
    CASES.append(fn)
    return fn


# --- a title word after a given name is the person's own name word
@case
def en_begum_closes_name():
    t = "The landlord, Rokeya Begum, told reporters that the walls had cracked last month."
    return name_of(actor_at(t, "en", "PER", "Rokeya Begum")) == "Rokeya Begum"


@case
def en_sheikh_closes_name():
    t = "Police arrested a bus driver, Jamal Sheikh, in Gazipur on Tuesday night."
    return name_of(actor_at(t, "en", "PER", "Jamal Sheikh")) == "Jamal Sheikh"


@case
def bn_khatun_closes_name():
    t = "গৃহবধূ সালমা খাতুন জানান, রাতে হঠাৎ আগুন লাগে।"
    return name_of(actor_at(t, "bn", "PER", "সালমা খাতুন")) == "Salma Khatun"


@case
def en_leading_sheikh_still_a_title():
    t = "Sheikh Hasina addressed a rally in Gopalganj on Saturday."
    return name_of(actor_at(t, "en", "PER", "Sheikh Hasina", published="2023-11-04")) == "Sheikh Hasina"


# --- an age makes a private namesake, whatever type the NER gave the span
@case
def en_age_namesake_typed_org():
    t = "The injured man, Abdul Hamid, 52, a rickshaw puller, was taken to the upazila health complex."
    return provisional(actor_at(t, "en", "ORG", "Abdul Hamid"))


@case
def bn_age_namesake_typed_org():
    t = "আহত আব্দুল হামিদকে (৫৫) স্থানীয় হাসপাতালে ভর্তি করা হয়েছে।"
    return provisional(actor_at(t, "bn", "ORG", "আব্দুল হামিদকে"))


@case
def en_registry_person_typed_org_without_age_links():
    t = "Abdul Hamid, the former president, returned from Bangkok on Thursday."
    return name_of(actor_at(t, "en", "ORG", "Abdul Hamid", published="2025-06-13")) == "Abdul Hamid"


# --- a word before the name is no part of it
@case
def en_verb_before_aged_name():
    t = "Police said Abdul Hamid, 38, was found dead in a ditch near his house."
    a = actor_at(t, "en", "PER", "Abdul Hamid")
    return provisional(a) and name_of(a) == "Abdul Hamid"


# --- a postposition the NER kept inside the name
@case
def bn_hate_after_name():
    t = "পরে তাঁরা সহকারী কমিশনার মো. আবুল কাশেম হাতে একটি স্মারকলিপি তুলে দেন।"
    a = actor_at(t, "bn", "PER", "মো. আবুল কাশেম হাতে")
    return name_of(a) is not None and name_of(a).endswith("Kashem")


# --- a case ending is no part of an unknown foreign name
@case
def bn_genitive_off_foreign_name():
    t = "ম্যাচের ২০ মিনিটে মার্কো হেলমুটের শট পোস্টে লেগে ফিরে আসে।"
    a = actor_at(t, "bn", "PER", "মার্কো হেলমুটের")
    return name_of(a) is not None and name_of(a).split()[-1] in ("Helmut", "Helmoot")


# (written later, as a guard for changes to case endings: an attested name keeps its -ের)
@case
def bn_attested_name_keeps_its_er():
    t = "ইউনিয়ন পরিষদ চেয়ারম্যান আব্দুল কাদের বলেন, বাঁধের কাজ শেষ হয়নি।"
    a = actor_at(t, "bn", "PER", "আব্দুল কাদের")
    return name_of(a) in ("Abdul Kader", "Abdul Qadir", "Abdul Quader")


# --- places and bodies of Bangladeshi news the registry lacked (written before they were added)
@case
def bn_benapole_port():
    t = "বেনাপোল স্থলবন্দর দিয়ে গত মাসে আমদানি বেড়েছে।"
    # the registry now holds the port itself, which the place and the port word name together
    return name_of(actor_at(t, "bn", "LOC", "বেনাপোল")) == "Benapole Land Port"


@case
def bn_jalpaiguri_in_india():
    t = "তিনি জলপাইগুড়ির একটি চা বাগানে কাজ করতেন।"
    a = actor_at(t, "bn", "GPE", "জলপাইগুড়ির")
    return name_of(a) == "Jalpaiguri" and getattr(a, "country", None) == "IND"


@case
def en_odisha_state():
    t = "Heavy rain lashed Odisha and West Bengal on Sunday, the weather office said."
    return name_of(actor_at(t, "en", "GPE", "Odisha")) == "Odisha"


@case
def bn_detective_branch():
    t = "রাজধানীর মোহাম্মদপুর থেকে তাকে গ্রেপ্তার করে ডিবি।"
    return name_of(actor_at(t, "bn", "ORG", "ডিবি")) == "Detective Branch"


@case
def en_detective_branch_acronym():
    t = "He was picked up by the DB from Mohammadpur on Friday night."
    return name_of(actor_at(t, "en", "ORG", "DB")) == "Detective Branch"


@case
def bn_tsc():
    t = "বিকেলে টিএসসিতে সমাবেশ করেন শিক্ষার্থীরা।"
    return name_of(actor_at(t, "bn", "LOC", "টিএসসিতে")) == "Teacher-Student Centre"


@case
def bn_doctors_association():
    t = "ড্যাবের মহাসচিব বলেন, চিকিৎসকদের নিরাপত্তা দিতে হবে।"
    return name_of(actor_at(t, "bn", "ORG", "ড্যাবের")) == "Doctors Association of Bangladesh"


# --- "X নামে এক ...": a word the text calls a name is a person's name (written before the change)
@case
def bn_lone_name_called_so():
    t = "এ সময় রাফিন নামে এক শিক্ষার্থী বলেন, আমরা নিরাপত্তা চাই।"
    a = actor_at(t, "bn", "PER", "রাফিন")
    return provisional(a) and name_of(a) == "Rafin"


@case
def bn_lone_common_word_not_a_name():
    t = "এ সময় উপস্থিত নেতারা বলেন, আমরা নিরাপত্তা চাই।"
    a = actor_at(t, "bn", "PER", "নেতারা")
    return a is None


@case
def bn_dhaka_airport():
    t = "শুক্রবার সকালে ঢাকা বিমানবন্দরে তাঁকে স্বাগত জানান দলের নেতারা।"
    return name_of(actor_at(t, "bn", "LOC", "ঢাকা বিমানবন্দরে")) == "Hazrat Shahjalal International Airport"
