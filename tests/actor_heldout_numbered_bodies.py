"""Held-out cases on a body of the article's own country written by a link-only phrase whose words
are joined by a hyphen, as numbered tribunals are ("ট্রাইব্যুনাল-১", "ট্রাইব্যুনাল-২এ"): in an
article about Bangladesh the phrase is that body, as the same phrase written with spaces is
(context.home_body_phrases). Written before the change they test and not tuned on; each case
returns True when the linker does the right thing; the sentences are written for these tests,
not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry

CASES, case = case_registry()


def _found(text: str, name: str) -> bool:
    from khobor.actors.link import run
    from khobor import lang
    from khobor.record import Entity, Record, Span
    s = text.index("ঢাকার")
    rec = Record(id="t", text=text, language="bn", published="2025-06-10", sentences=[Span(start=0, end=len(text))],
                 entities=[Entity(text="ঢাকার", start=s, end=s + 5, type="GPE")])
    run(rec, lang.load("bn"))
    return any(e.actor is not None and e.actor.name == name for e in rec.entities)


ICT1, ICT2 = "International Crimes Tribunal-1", "International Crimes Tribunal-2"


@case
def bn_first_tribunal_orders_arrest():
    t = "ঢাকার যাত্রাবাড়ীতে গুলির ঘটনায় সাবেক ওসির বিরুদ্ধে পরোয়ানা জারি করেছেন ট্রাইব্যুনাল-১।"
    return _found(t, ICT1)


@case
def bn_first_tribunal_genitive():
    t = "ঢাকার পুরোনো হাইকোর্ট ভবনে ট্রাইব্যুনাল-১ এর বিচারিক প্যানেল অভিযোগ আমলে নেন।"
    return _found(t, ICT1)


@case
def bn_first_tribunal_locative():
    t = "ঢাকার রামপুরায় হত্যার মামলার শুনানি আজ ট্রাইব্যুনাল-১ এ হবে বলে জানান প্রসিকিউটর।"
    return _found(t, ICT1)


@case
def bn_second_tribunal():
    t = "ঢাকার আশুলিয়ায় লাশ পোড়ানোর মামলায় ট্রাইব্যুনাল-২ আনুষ্ঠানিক অভিযোগ গ্রহণ করেছেন।"
    return _found(t, ICT2)


@case
def bn_second_tribunal_with_date():
    t = "ঢাকার এই মামলার পরবর্তী শুনানির দিন ২০ জুলাই ঠিক করেছেন ট্রাইব্যুনাল-২।"
    return _found(t, ICT2)


@case
def bn_both_tribunals():
    t = "ঢাকার দুই মামলার একটি ট্রাইব্যুনাল-১ এ, অন্যটি ট্রাইব্যুনাল-২ এ চলছে।"
    return _found(t, ICT1) and _found(t, ICT2)
