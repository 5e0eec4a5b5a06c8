"""Held-out cases on two given names whose only attested spelling (name_spellings.tsv, from
Wikipedia title pairs) is one no paper writes: "সৈকত" -> "Shykat" and "সৈফ" -> "Sief", where the
vowel sign ৈ is "ai" ("Saikat", "Saif") as in the file's other rows ("Kailash", "Maitra"). The
corrected spellings are data rows (romanise.yaml `spellings_extra`), not a rule. Guards: other
attested ৈ names keep theirs ("সৈয়দ" -> Syed). Written before the change they test and not tuned
on; each case returns True when the linker does the right thing; the sentences are written for
these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _person(text: str, surface: str, published: str = "2025-07-21") -> str:
    return name_of(actors_at(text, "bn", ("PER", surface), published=published)[surface])


@case
def bn_saikat_a_student_leader():
    return _person("মানববন্ধনে বক্তব্য দেন ছাত্রনেতা সৈকত মাহমুদ।", "সৈকত মাহমুদ") == "Saikat Mahmud"


@case
def bn_saikat_with_a_case_ending():
    return _person("পুলিশ জানায়, নিহত সৈকত হোসেনের বাড়ি কুমিল্লায়।", "সৈকত হোসেনের").startswith("Saikat")


@case
def bn_saikat_a_batter():
    return _person("ওপেনার সৈকত রহমান ৪৫ রান করে আউট হন।", "সৈকত রহমান") == "Saikat Rahman"


@case
def bn_saif_a_trader():
    return _person("ব্যবসায়ী সৈফ উদ্দিন জানান, বাজারে চালের দাম বেড়েছে।", "সৈফ উদ্দিন").startswith("Saif")


@case
def bn_saif_a_councillor():
    return _person("ওয়ার্ড কাউন্সিলর সৈফ আহমেদ ঘটনাস্থল পরিদর্শন করেন।", "সৈফ আহমেদ").startswith("Saif")


@case
def bn_saikat_a_teacher():
    return _person("স্কুলশিক্ষক সৈকত দাশ বলেন, পরীক্ষা পিছিয়েছে।", "সৈকত দাশ").startswith("Saikat")


@case
def bn_guard_syed_keeps_its_spelling():
    return _person("সভায় সভাপতিত্ব করেন সৈয়দ মাহবুব আলম।", "সৈয়দ মাহবুব আলম").startswith("Syed")
