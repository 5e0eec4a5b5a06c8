"""Held-out cases on Bangladesh's state corporations, regulators and agencies that fill its news
(Petrobangla, the petroleum corporation, the telecom regulator, the revenue board, the sports
institute, the power board, the stock exchange): each is the registry's actor, by its Bengali
name, its acronym or its English name, not a romanised provisional name or nothing. Written
before the change they test and not tuned on; each case returns True when the linker does the
right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, name_of

CASES, case = case_registry()


@case
def bn_petrobangla_gas_supply():
    t = "শীতে গ্যাসের চাপ কমে যাওয়ায় শিল্পকারখানায় সরবরাহ কমিয়েছে পেট্রোবাংলা, জানিয়েছেন সংস্থাটির এক পরিচালক।"
    got = actors_at(t, "bn", ("ORG", "পেট্রোবাংলা"), published="2025-12-10")
    return name_of(got["পেট্রোবাংলা"]) == "Petrobangla"


@case
def bn_bpc_fuel_price():
    t = "জ্বালানি তেলের দাম সমন্বয়ের প্রস্তাব মন্ত্রণালয়ে পাঠিয়েছে বিপিসি, লোকসান কমাতেই এই উদ্যোগ।"
    got = actors_at(t, "bn", ("ORG", "বিপিসি"), published="2025-12-10")
    return name_of(got["বিপিসি"]) == "Bangladesh Petroleum Corporation"


@case
def bn_btrc_mobile_operators():
    t = "মোবাইল অপারেটরদের কলড্রপের জন্য গ্রাহকদের ক্ষতিপূরণ দিতে নির্দেশ দিয়েছে বিটিআরসি।"
    got = actors_at(t, "bn", ("ORG", "বিটিআরসি"), published="2025-12-10")
    return name_of(got["বিটিআরসি"]) == "Bangladesh Telecommunication Regulatory Commission"


@case
def bn_nbr_tax_return():
    t = "আয়কর রিটার্ন জমার সময় আরও এক মাস বাড়িয়েছে জাতীয় রাজস্ব বোর্ড।"
    got = actors_at(t, "bn", ("ORG", "জাতীয় রাজস্ব বোর্ড"), published="2025-11-30")
    return name_of(got["জাতীয় রাজস্ব বোর্ড"]) == "National Board of Revenue"


@case
def bn_bksp_trainees():
    t = "বিকেএসপির দুই প্রশিক্ষণার্থী জাতীয় অনূর্ধ্ব-১৯ দলে ডাক পেয়েছেন।"
    got = actors_at(t, "bn", ("ORG", "বিকেএসপির"), published="2025-11-30")
    return name_of(got["বিকেএসপির"]) == "Bangladesh Krira Shikkha Protishtan"


@case
def bn_pdb_load_shedding():
    t = "গরমে লোডশেডিং বাড়ায় বিদ্যুৎ উন্নয়ন বোর্ড নতুন সূচি প্রকাশ করেছে।"
    got = actors_at(t, "bn", ("ORG", "বিদ্যুৎ উন্নয়ন বোর্ড"), published="2025-05-30")
    return name_of(got["বিদ্যুৎ উন্নয়ন বোর্ড"]) == "Bangladesh Power Development Board"


@case
def en_dse_index():
    t = "The benchmark index of the Dhaka Stock Exchange fell 40 points on Sunday as investors sold bank shares."
    got = actors_at(t, "en", ("ORG", "Dhaka Stock Exchange"), published="2025-05-30")
    return name_of(got["Dhaka Stock Exchange"]) == "Dhaka Stock Exchange" and got["Dhaka Stock Exchange"].id == "dhaka-stock-exchange"


@case
def bn_brta_licences():
    t = "ড্রাইভিং লাইসেন্স পেতে ভোগান্তি কমাতে অনলাইনে আবেদন চালু করেছে বিআরটিএ।"
    got = actors_at(t, "bn", ("ORG", "বিআরটিএ"), published="2025-05-30")
    return name_of(got["বিআরটিএ"]) == "Bangladesh Road Transport Authority"
