"""Held-out linking cases on bodies that fill Bangladeshi news but had no registry row, so the
NER's span got a romanised provisional name ("Apil Bibhag", "Parikalpana Commission",
"Madhyamik O Uchchashiksha Adhidaptar", "Aksaford University") or the city inside it ("চট্টগ্রাম
বন্দর" -> Chittagong): the Supreme Court's Appellate Division, the Planning Commission, the
Directorate of Secondary and Higher Education, the Port of Chittagong, the universities of Oxford
and Cambridge. Data rows (data/actors/overlay), not a rule; the bare phrases a court or a
commission of any country may bear ("আপিল বিভাগ", "Planning Commission") are link-only. Guard: the
city alone stays the city. Written before the change they test and not tuned on; each case
returns True when the linker does the right thing; the sentences are written for these tests,
not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import actors_at, case_registry, id_of, link_spans

CASES, case = case_registry()
PUBLISHED = "2025-08-20"


def _id(text: str, code: str, *ner: tuple) -> dict:
    return {k: id_of(v) for k, v in actors_at(text, code, *ner, published=PUBLISHED).items()}


@case
def bn_appellate_division_of_the_supreme_court():
    t = "ঢাকায় সুপ্রিম কোর্টের আপিল বিভাগ হাইকোর্টের রায় বহাল রেখেছে।"
    got = _id(t, "bn", ("GPE", "ঢাকায়"), ("ORG", "সুপ্রিম কোর্টের আপিল বিভাগ"))
    return got["সুপ্রিম কোর্টের আপিল বিভাগ"] == "bangladesh-appellate-division"


@case
def bn_appellate_division_alone_in_a_home_story():
    t = "রাষ্ট্রপক্ষের আবেদনের শুনানি শেষে আপিল বিভাগ আদেশ দেয়, ঢাকার আদালতে বিচার চলবে।"
    got = _id(t, "bn", ("ORG", "আপিল বিভাগ"), ("GPE", "ঢাকার"))
    return got["আপিল বিভাগ"] == "bangladesh-appellate-division"


@case
def bn_planning_commission_member():
    t = "ঢাকায় পরিকল্পনা কমিশনের সদস্য বলেন, প্রকল্পটি একনেকে উঠবে।"
    got = _id(t, "bn", ("GPE", "ঢাকায়"), ("ORG", "পরিকল্পনা কমিশনের"))
    return got["পরিকল্পনা কমিশনের"] == "bangladesh-planning-commission"


@case
def bn_directorate_of_secondary_and_higher_education():
    t = "মাধ্যমিক ও উচ্চশিক্ষা অধিদপ্তরের পরিচালক জানান, ঢাকার স্কুলগুলোতে ক্লাস চলবে।"
    got = _id(t, "bn", ("ORG", "মাধ্যমিক ও উচ্চশিক্ষা অধিদপ্তরের"), ("GPE", "ঢাকার"))
    return got["মাধ্যমিক ও উচ্চশিক্ষা অধিদপ্তরের"] == "bangladesh-dshe"


@case
def bn_dshe_by_its_acronym():
    t = "মাউশি এক বিজ্ঞপ্তিতে জানিয়েছে, বার্ষিক পরীক্ষা ডিসেম্বরে হবে।"
    got = _id(t, "bn", ("ORG", "মাউশি"))
    return got["মাউশি"] == "bangladesh-dshe"


@case
def bn_port_of_chittagong():
    t = "চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে বলে জানান ব্যবসায়ীরা।"
    got = _id(t, "bn", ("FAC", "চট্টগ্রাম বন্দরে"))
    return got["চট্টগ্রাম বন্দরে"] == "port-of-chittagong"


@case
def bn_oxford_university():
    t = "অক্সফোর্ড বিশ্ববিদ্যালয়ের একদল গবেষক নতুন টিকাটি পরীক্ষা করেছেন।"
    got = _id(t, "bn", ("ORG", "অক্সফোর্ড বিশ্ববিদ্যালয়ের"))
    return got["অক্সফোর্ড বিশ্ববিদ্যালয়ের"] == "university-of-oxford"


@case
def bn_cambridge_university():
    t = "তিনি কেমব্রিজ বিশ্ববিদ্যালয় থেকে অর্থনীতিতে পিএইচডি করেছেন।"
    got = _id(t, "bn", ("ORG", "কেমব্রিজ বিশ্ববিদ্যালয়"))
    return got["কেমব্রিজ বিশ্ববিদ্যালয়"] == "university-of-cambridge"


@case
def en_appellate_division_in_dhaka():
    t = "In Dhaka, the Appellate Division upheld the High Court verdict on Sunday."
    got = _id(t, "en", ("GPE", "Dhaka"), ("ORG", "Appellate Division"))
    return got["Appellate Division"] == "bangladesh-appellate-division"


# --- guard: the city alone stays the city
@case
def bn_guard_city_alone():
    t = "চট্টগ্রামে বৃষ্টি হয়েছে; চট্টগ্রাম বন্দরে কাজ চলছে।"
    got = {k: id_of(v) for k, v in link_spans(t, "bn", ("GPE", "চট্টগ্রামে"), published=PUBLISHED).items()}
    return got.get("চট্টগ্রামে") == "chittagong"
