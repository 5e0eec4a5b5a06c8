"""Held-out cases on villages written with the word for village after their name ("চাওড়া গ্রামের
কৃষক"): the name the registry lacks, of any shape, is a place of its own (the NER's
`headed_names.place_kinds`: the word before "গ্রাম" when bare and unseen) and the linker makes it a
provisional place with its romanised name (actors.yaml `place_kind_words`), where before a lone
Bengali word without a place ending (-পুর, -পাড়া ...) stayed untagged or unlinked. Guards: a
common word before "গ্রামে" ("নিজ গ্রামে", "পাশের গ্রামের") and a word with an object's ending
("ছেলেটাকে গ্রামে") are no place. Each case returns True when the pipeline's NER rule and the
linker do the right thing; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import actors_at, case_registry, headed_name_spans, name_of

CASES, case = case_registry()


def _tagged(sentence: str) -> set[str]:
    """The words `ner.gazetteer.with_headed_names` tags a place in `sentence` with no model span."""
    return {words for words, label in headed_name_spans(sentence) if label == "GPE"}


def _village(text: str, surface: str) -> str:
    """The linked name of `surface` when the NER's village rule tags it (empty when it does not)."""
    if surface not in _tagged(text):
        return ""
    return name_of(actors_at(text, "bn", ("GPE", surface), published="2025-11-02")[surface])


@case
def bn_village_genitive():
    return _village("নিহত কৃষক চাওড়া গ্রামের মৃত আজিজুল হকের ছেলে।", "চাওড়া") == "Chaora"


@case
def bn_village_locative():
    return _village("রাতে তেলকুপি গ্রামে ডাকাতির ঘটনা ঘটে।", "তেলকুপি").startswith("Telkup")


@case
def bn_village_bare_before_resident():
    return _village("নিখোঁজ শিশুটি ধবলসতী গ্রামের বাসিন্দা।", "ধবলসতী").startswith("Dhabal")


@case
def bn_village_after_union():
    return _village("উপজেলার রসুলপুর ইউনিয়নের বাটিকামারী গ্রামে বিদ্যুৎ নেই এক সপ্তাহ।", "বাটিকামারী") == "Batikamari"


@case
def bn_village_before_villagers():
    return _village("বুধবার সকালে কাঁঠালডাঙ্গী গ্রামবাসী সড়ক অবরোধ করেন।", "কাঁঠালডাঙ্গী").startswith("Ka")


@case
def bn_village_with_char():
    return _village("নদীভাঙনে চরদুয়ানী গ্রামের শতাধিক ঘর বিলীন হয়েছে।", "চরদুয়ানী").startswith("Char")


# --- guards
@case
def bn_own_village_is_no_place():
    return not _tagged("ঈদের ছুটিতে তিনি নিজ গ্রামে ফিরেছিলেন।")


@case
def bn_next_village_is_no_place():
    return not _tagged("পাশের গ্রামের লোকজন এসে আগুন নেভান।")


@case
def bn_object_before_village_is_no_place():
    return not _tagged("ছেলেটাকে গ্রামে নানার কাছে পাঠিয়ে দিয়েছি।")
