"""Speaker regions in which no mention was found: who speaks there all the same.

The attribution stage finds a speaker among the mentions of a speaker region (entities, titles,
pronouns, words referring to a body). Where it finds none, these rules read the region's own
words: a name the NER left untagged ("Joynal Mia blamed ..."), or a description of a body the
text spoke of before ("the global publishers' organisation said"). They need names with a shape
(the pack's `name`) or a pack's `body_heads`, so a pack without them is untouched.
"""
from __future__ import annotations

import regex

from .explain import speaker_rule
from .grammar import Grammar
from .speakers import Mention, SpeakerFinder

_EDGE = " \t\n,;:—–-"
_SENTENCE_STOP = ".!?।\n"


def _region(text: str, a: int, b: int) -> tuple[str, int]:
    """The words of text[a:b] without the punctuation and spaces around them, and where they start."""
    region = text[a:b].strip(_EDGE)
    return region, (text.find(region, a) if region else -1)


@speaker_rule("unnamed_region_person")
def unnamed_region_person(text: str, a: int, b: int, g: Grammar, finder: SpeakerFinder) -> Mention | None:
    """A speaker region that is nothing but a name the NER left untagged ("Joynal Mia blamed poor
    maintenance for the situation", "..., said Rokeya Sultana."): that person, a provisional
    actor of the name. Only a whole region of the pack's `name` shape (capitalised words, no
    weekday or month), holding no entity and no title, that opens its clause or closes its
    sentence, and that the registry does not know as something else.

    Example: region "Joynal Mia" before "blamed" -> PER "Joynal Mia"."""
    if g.name_rx is None:
        return None
    region, start = _region(text, a, b)
    if not region or g.name_rx.fullmatch(region) is None:
        return None
    end = start + len(region)
    if any(e.start < end and start < e.end for e in finder.entities) or not finder.people.in_body(start):
        return None
    if (g.title_rx is not None and g.title_rx.search(region)) or finder.resolve(region) is not None:
        return None
    if not finder.nominative(start, end):
        return None
    return Mention(start, end, region, "PER", None, nominative=True, name=(start, end),
                   rules=["unnamed_region_person"])
