"""Held-out linking cases on the abbreviated "Md."/"মো." before a one-word name, written before
the change they test and not tuned on: the abbreviation is part of the name ("Md. Kabir" is a
person of his own, "Md Kabir", not a short form of the article's Humayun Kabir nor a nameless
word), and names that must keep linking as before. Each case returns True when the linker does
the right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at as link_spans, id_of, name_of

CASES, case = case_registry()


# --- the abbreviation starts a name of its own
@case
def en_md_beside_namesake():
    t = "Those detained are Humayun Kabir, his nephew Md. Kabir and their driver."
    got = link_spans(t, "en", ("PER", "Humayun Kabir"), ("PER", "Kabir", 2), published="2025-12-20")
    return name_of(got["Kabir"]) == "Md Kabir" and id_of(got["Kabir"]) != id_of(got["Humayun Kabir"])


@case
def en_md_alone():
    t = "Police said a rickshaw puller, Md. Rashed, was hurt when the bus hit him."
    got = link_spans(t, "en", ("PER", "Rashed"), published="2025-11-02")
    return name_of(got["Rashed"]) == "Md Rashed"


@case
def en_md_without_dot():
    t = "The shop belongs to Md Sohel, who was away in Chattogram that night."
    got = link_spans(t, "en", ("PER", "Sohel"), published="2025-10-14")
    return name_of(got["Sohel"]) == "Md Sohel"


@case
def bn_md_beside_namesake():
    t = "হুমায়ুন কবির ও তার ভাতিজা মো. কবিরকে আটক করেছে পুলিশ।"
    got = link_spans(t, "bn", ("PER", "হুমায়ুন কবির"), ("PER", "কবিরকে"), published="2025-12-20")
    return name_of(got["কবিরকে"]) == "Md Kabir" and id_of(got["কবিরকে"]) != id_of(got["হুমায়ুন কবির"])


@case
def bn_md_colon():
    t = "আহত মো: সোহেলকে স্থানীয় হাসপাতালে ভর্তি করা হয়েছে।"
    got = link_spans(t, "bn", ("PER", "সোহেলকে"), published="2025-10-14")
    return name_of(got["সোহেলকে"]).startswith("Md ")


# --- guards: what already linked stays so
@case
def en_md_inside_span():
    t = "Police arrested Md. Kabir, 35, on Monday."
    got = link_spans(t, "en", ("PER", "Md. Kabir"), published="2025-12-20")
    return name_of(got["Md. Kabir"]) == "Md Kabir"


@case
def en_president_full_name():
    t = "President Mohammed Shahabuddin administered the oath at Bangabhaban."
    got = link_spans(t, "en", ("PER", "Mohammed Shahabuddin"), published="2025-03-02")
    return id_of(got["Mohammed Shahabuddin"]) == "mohammed-shahabuddin"


@case
def en_word_md_not_prefix():
    t = "The hospital's MD Rashed Alam said the patient was stable."
    got = link_spans(t, "en", ("PER", "Rashed Alam"), published="2025-11-02")
    return name_of(got["Rashed Alam"]) == "Rashed Alam"
