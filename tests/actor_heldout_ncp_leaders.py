"""Held-out cases on leaders of the National Citizen Party (NCP, founded 2025) the registry
lacked, so that their names became provisional actors romanised letter by letter ("Tajnubha
Jabin" for Tasnuva Jabeen): each is now a registry person, under the spellings the press uses
(ী or ি, স or জ). Written after the rows and before their first run, not tuned on; each case returns
True when the linker does the right thing; the sentences are written for these tests, not taken
from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, actors_at, id_of

CASES, case = case_registry()


def _linked(text: str, surface: str) -> str | None:
    return id_of(actors_at(text, "bn", ("PER", surface), published="2026-01-05")[surface])


@case
def bn_tasnuva_jabeen_long_i():
    return _linked("সংবাদ সম্মেলনে কথা বলেন এনসিপির নেত্রী তাসনুভা জাবীন।", "তাসনুভা জাবীন") == "tasnuva-jabeen"


@case
def bn_tasnuva_jabeen_with_j_and_short_i():
    return _linked("দলীয় পদ ছাড়ার কথা জানিয়েছেন তাজনূভা জাবিন।", "তাজনূভা জাবিন") == "tasnuva-jabeen"


@case
def bn_tasnuva_jabeen_genitive():
    return _linked("তাসনুভা জাবীনের বক্তব্যের পর দলে আলোচনা শুরু হয়।", "তাসনুভা জাবীনের") == "tasnuva-jabeen"


@case
def bn_monira_sharmin():
    return _linked("জোটের বিরোধিতা করে ফেসবুকে লিখেছেন মনিরা শারমিন।", "মনিরা শারমিন") == "monira-sharmin"


@case
def bn_ariful_islam_adeeb():
    return _linked("ঢাকায় সমাবেশে বক্তব্য দেন আরিফুল ইসলাম আদীব।", "আরিফুল ইসলাম আদীব") == "ariful-islam-adeeb"


@case
def bn_ariful_islam_adib_short_i():
    return _linked("দলের নির্বাচনী কৌশল নিয়ে কথা বলেন আরিফুল ইসলাম আদিব।", "আরিফুল ইসলাম আদিব") == "ariful-islam-adeeb"
