"""Held-out cases on ports named by their place and the word for a port ("মোংলা বন্দরে", "বেনাপোল
স্থলবন্দর দিয়ে", "পায়রা সমুদ্রবন্দরকে"): the registry knew only the port of Chittagong, so the place
alone was linked (the upazila of Mongla) or the port became a provisional body with a romanised name
("Chattogram Samudrabandar"). Each case returns True when the port is one entity linked to its
registry row, or, for the place alone, when the place stays the place; the sentences are written for
these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import body_record, case_registry, entity_linked

CASES, case = case_registry()


@case
def bn_mongla_port_locative():
    body = "ঘূর্ণিঝড়ের সতর্কতায় শুক্রবার সকাল থেকে মোংলা বন্দরে পণ্য খালাস বন্ধ রাখা হয়েছে।"
    return entity_linked(body, "মোংলা বন্দরে", "Port of Mongla")


@case
def bn_payra_sea_port_object():
    body = "আবহাওয়া অধিদপ্তর পায়রা সমুদ্রবন্দরকে তিন নম্বর সতর্কসংকেত দেখাতে বলেছে।"
    return entity_linked(body, "পায়রা সমুদ্রবন্দরকে", "Payra Port")


@case
def bn_chittagong_sea_port():
    body = "চট্টগ্রাম সমুদ্রবন্দর থেকে বৃহস্পতিবার সন্ধ্যায় সব জাহাজকে বহির্নোঙরে সরিয়ে নেওয়া হয়।"
    return entity_linked(body, "চট্টগ্রাম সমুদ্রবন্দর", "Port of Chittagong")


@case
def bn_benapole_land_port():
    body = "বেনাপোল স্থলবন্দর দিয়ে গত মাসে রেকর্ড পরিমাণ পেঁয়াজ আমদানি হয়েছে বলে ব্যবসায়ীরা জানান।"
    return entity_linked(body, "বেনাপোল স্থলবন্দর", "Benapole Land Port")


@case
def bn_hili_land_port_locative():
    body = "ঈদের ছুটিতে হিলি স্থলবন্দরে আমদানি-রপ্তানি পাঁচ দিন বন্ধ থাকবে।"
    return entity_linked(body, "হিলি স্থলবন্দরে", "Hili Land Port")


@case
def bn_bhomra_port_genitive():
    body = "ভোমরা বন্দরের ব্যবসায়ীরা সোমবার শুল্ক কমানোর দাবিতে মানববন্ধন করেন।"
    return entity_linked(body, "ভোমরা বন্দরের", "Bhomra Land Port")


@case
def en_benapole_land_port():
    body = "Imports through Benapole Land Port fell by a fifth in March, traders said on Sunday."
    return entity_linked(body, "Benapole Land Port", "Benapole Land Port")


@case
def bn_place_alone_stays_the_place():
    body = "মোংলায় বৃহস্পতিবার দিনভর ভারী বৃষ্টি হয়েছে, নিচু এলাকার ঘরবাড়ি পানিতে তলিয়ে গেছে।"
    return not any(e.actor and e.actor.name == "Port of Mongla" for e in body_record(body).entities)
