"""Held-out cases on "উজ", the Arabic article written as a word of its own before a name in জ
("মনির উজ জামান"): Bangladeshi English writes it "Uz" (Monir Uz Zaman, as the joined
আসাদুজ্জামান is Asaduzzaman), not the letter-by-letter "Uj". Written before the change they test
and not tuned on; each case returns True when the romaniser does the right thing; the names are
made up for these tests."""
from __future__ import annotations

from khobor.actors.romanise import romanise

from actor_fixtures import case_registry

CASES, case = case_registry()


def _person(name: str) -> str:
    return romanise(name, "bn", person=True)


@case
def bn_monir_uz_zaman():
    return _person("মনির উজ জামান") == "Monir Uz Zaman"


@case
def bn_kamrul_uz_zaman_khan():
    return _person("কামরুল উজ জামান খান") == "Kamrul Uz Zaman Khan"


@case
def bn_md_asad_uz_zaman():
    return _person("মো. আসাদ উজ জামান").endswith(" Uz Zaman")


@case
def bn_shams_uz_zoha():
    return " Uz " in _person("শামস উজ জোহা")


@case
def bn_nur_uz_zaman():
    return _person("নূর উজ জামান").endswith("Uz Zaman")


@case
def bn_fakhr_uz_zaman_chowdhury():
    return " Uz " in _person("ফখর উজ জামান চৌধুরী")
