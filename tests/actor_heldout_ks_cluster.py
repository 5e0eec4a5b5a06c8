"""Held-out cases on the conjunct "ক্স" in a name nobody listed: Bengali writes the English x of a
loanword or a foreign name with it ("টেক্সটাইল" textile, "বক্স" box), and papers write those
names with x, as 47 of the 58 attested spellings holding it in name_spellings*.tsv do (Oxenford,
Maxwell; the rest Slavic "ks": Aleksandr, Maksim), not the letters' "ks". Written before the
change they test and not tuned on; each case returns True when the linker does the right thing;
the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


def _name(text: str, typ: str, surface: str) -> str:
    return name_of(actors_at(text, "bn", (typ, surface), published="2025-11-20")[surface])


@case
def bn_tex_company():
    return _name("গাজীপুরের রুপাটেক্স ইন্ডাস্ট্রিজ লিমিটেডের শ্রমিকেরা বিক্ষোভ করেন।", "ORG",
                 "রুপাটেক্স ইন্ডাস্ট্রিজ লিমিটেডের") == "Rupatex Industries Limited"


@case
def bn_plex_company():
    return _name("নতুন ওষুধটি বাজারে এনেছে রেনাপ্লেক্স ফার্মা।", "ORG", "রেনাপ্লেক্স ফার্মা") == "Renaplex Pharma"


@case
def bn_max_shop():
    return _name("আগুনের সূত্রপাত হয় মেগাম্যাক্স সুপারশপে।", "ORG", "মেগাম্যাক্স সুপারশপে").startswith("Megamax ")


@case
def bn_x_foreign_surname():
    return _name("জার্মান কোচ ইয়োর্গ ফেলিক্সার বলেন, দল প্রস্তুত।", "PER", "ইয়োর্গ ফেলিক্সার").endswith(" Felixar")
