"""Held-out cases on Bengali words of courts', tribunals' and ports' names that the bodies and the
English-language press translate ("দায়রা জজ" Sessions Judge, "নারী" Women, "শিশু" Children,
"স্থলবন্দর" Land Port, "ব্যারাজ" Barrage) and loanwords of magistrates' courts ("চিফ জুডিশিয়াল
ম্যাজিস্ট্রেট"): a provisional body's name writes them in English, not letter by letter ("Dayra
Jaj", "Sthalabandar", "Judishial Majistret"). Guards: a person's name keeps its words ("মালিক",
"কল্যাণ" are names too, and stay out of the list). Written before the change they test and not
tuned on; each case returns True when the linker does the right thing; the sentences are written
for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, kind: str, surface: str, published: str = "2025-11-20") -> str:
    return name_of(actors_at(text, "bn", (kind, surface), published=published)[surface])


@case
def bn_metropolitan_sessions_judge_court():
    t = "মামলাটি এখন খুলনা মহানগর দায়রা জজ আদালতে বিচারাধীন বলে জানিয়েছেন আইনজীবীরা।"
    return _name(t, "ORG", "খুলনা মহানগর দায়রা জজ আদালতে") == "Khulna Metropolitan Sessions Judge Court"


@case
def bn_women_and_children_tribunal_words():
    t = "অভিযোগপত্রটি নারী ও শিশু নির্যাতন দমন ট্রাইব্যুনাল-৩ গ্রহণ করেছে বলে জানা গেছে।"
    name = _name(t, "ORG", "নারী ও শিশু নির্যাতন দমন ট্রাইব্যুনাল-৩")
    return name.startswith("Women ") and "Children Repression Prevention Tribunal" in name


@case
def bn_land_port_after_its_place():
    t = "সোনামসজিদ স্থলবন্দর দিয়ে গত মাসে পাথর আমদানি কমেছে বলে ব্যবসায়ীরা জানান।"
    return _name(t, "LOC", "সোনামসজিদ") == "Sonamasjid Land Port" or \
        _name(t, "LOC", "সোনামসজিদ স্থলবন্দর") == "Sonamasjid Land Port"


@case
def bn_chief_judicial_magistrate_court():
    t = "আসামিকে গতকাল নওগাঁর চিফ জুডিশিয়াল ম্যাজিস্ট্রেট আদালতে হাজির করা হয়।"
    return "Chief Judicial Magistrate" in _name(t, "ORG", "চিফ জুডিশিয়াল ম্যাজিস্ট্রেট আদালতে")


@case
def bn_person_named_malik_keeps_the_name():
    t = "স্থানীয় ব্যবসায়ী আবদুল মালিক বলেন, বাজারে এবার সবজির দাম কম।"
    return _name(t, "PER", "আবদুল মালিক") == "Abdul Malik"


@case
def bn_education_board_short_name():
    t = "এবারের পরীক্ষায় বরিশাল শিক্ষা বোর্ডের পাসের হার কিছুটা কমেছে।"
    return _name(t, "ORG", "বরিশাল শিক্ষা বোর্ডের") == "Barishal Education Board" or \
        _name(t, "ORG", "বরিশাল শিক্ষা বোর্ডের") == "Barisal Education Board"


@case
def bn_old_district_school():
    t = "দিনাজপুর জিলা স্কুলের শিক্ষার্থীরা বিজ্ঞান মেলায় প্রথম হয়েছে।"
    return _name(t, "ORG", "দিনাজপুর জিলা স্কুলের") == "Dinajpur Zilla School"


@case
def bn_beach_point():
    t = "পর্যটকদের ভিড় ছিল সুগন্ধা পয়েন্টে, সকাল থেকেই।"
    return _name(t, "LOC", "সুগন্ধা পয়েন্টে").endswith(" Point")   # the place's own spelling aside
