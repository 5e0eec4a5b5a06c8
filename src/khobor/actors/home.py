"""Linking in context, whose and who: the press's own country for bare national bodies, and a
name with an age for a person. Rules of the same shape as actors/context.py's `RULES` (kept
spans in, kept spans out), applied after them by `actors.link.run`; `RULES` names them.

    home_ministry        "ধর্ম মন্ত্রণালয়" in a story set in Saudi Arabia -> Bangladesh's ministry
    place_named_with_age "রিয়াদ হোসেন (১৪)", "রিয়াদ নামের এক কিশোর" -> a person, never Riyadh
"""
from __future__ import annotations

from .context import (_AGE, ContextWords, _country_right_before, _ministry, _word_or_stem_in)
from .keys import fold_token, key_tokens, tokens_in
from .provisional import Provisional, person_words
from .registry import Match

NAME_REACH = 2   # name words between a place-like first name and its age ("রিয়াদ হোসেন (১৪)")


def home_ministry(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A ministry named without a country ("ধর্ম মন্ত্রণালয়", "the foreign ministry") that the
    article's country made another country's is the press's own country's (lang data
    `home_country`) when no mention of it names that country: no place right before it ("সৌদি
    আরবের ধর্ম মন্ত্রণালয়", "India's ministry") and nothing of that country in its sentence.
    Example: "সৌদি আরবে হজ নিয়ে বৈঠক হয়েছে। ... অনুরোধ জানিয়েছে ধর্ম মন্ত্রণালয়।" ->
    Ministry of Religious Affairs (Bangladesh), not Saudi Arabia's."""
    home = li.home_country
    if not home:
        return kept
    moved: dict[str, Match | None] = {}
    for x in kept:
        aid = _foreign_bare_body(x, text, prov, words, li, home)
        if aid is not None and aid not in moved:
            moved[aid] = _home_body(x, text, prov, words, li, home, kept)
    if not any(moved.values()):
        return kept
    return [(s, e, t, moved.get(m.actor.id) or m if m is not None else m, ner) for s, e, t, m, ner in kept]


def _foreign_bare_body(x, text: str, prov: Provisional, words: ContextWords, li, home: str) -> str | None:
    """The actor id of a ministry or country institution of another country than `home` that
    the linker gave a bare mention by the article's country (a provisional or context link, or an
    institution word's), else None."""
    s, e, t, m, ner = x
    if m is None or m.demonym or m.actor.type != "ORG" or not m.actor.country or m.actor.country in (home, "IGO"):
        return None
    if m.how not in ("provisional", "context", "role"):
        return None
    if not (m.actor.institution or words.ministries.subject_of(text[s:e], li)):
        return None
    return m.actor.id


def _home_body(x, text: str, prov: Provisional, words: ContextWords, li, home: str, kept) -> Match | None:
    """The home country's body for every mention of `x`'s actor, or None when one mention names
    the actor's own country (a place right before it, or that country in its sentence)."""
    owner, aid = x[3].actor.country, x[3].actor.id
    for s, e, t, m, ner in kept:
        if m is not None and m.actor.id == aid and (
                _country_right_before(kept, text, s) or _country_in_sentence(kept, s, prov, owner, aid)
                or _country_right_after(kept, text, e, owner, words.ministries.owner_links)):
            return None
    a = x[3].actor
    if a.institution:
        hid = prov.reg.institutions.get((a.institution, home))
        return Match(prov.reg.actors[hid], x[3].how, x[3].score) if hid else None
    subject = words.ministries.subject_of(text[x[0]:x[1]], li)
    return _ministry(prov, subject, home) if subject else None


def _country_in_sentence(kept, s: int, prov: Provisional, country: str, aid: str) -> bool:
    """A linked mention of `country` (a place, a people, a body or person of it) other than
    the actor `aid` itself before `s` in its sentence: "ইসলামাবাদে স্বরাষ্ট্র মন্ত্রণালয় জানায়"
    is Pakistan's; "খাদ্য মন্ত্রণালয় বলছে, যুক্তরাষ্ট্র থেকে গম এসেছে" names where the wheat
    came from, not whose ministry it is."""
    lo = max((x for x in prov.sentence_starts if x <= s), default=0)
    return any(lo <= a < s and m is not None and m.actor.id != aid and m.actor.country == country
               for a, b, t, m, ner in kept)


def _country_right_after(kept, text: str, e: int, country: str, owner_links: set[str]) -> bool:
    """A linked mention of `country` (a place, a people, a body or person of it) right after `e`,
    joined to it by one owner word of the pack (`ministries.owner_links`: "in", "of"): "The foreign
    ministry in Beijing said" is China's ministry; "The foreign ministry and Beijing said" names two
    parties. Without owner words (Bengali names the owner before) nothing after counts."""
    if not owner_links:   # asked first: the search below runs over all kept spans, per mention
        return False
    a = min((x[0] for x in kept if x[0] >= e and x[3] is not None and x[3].actor.country == country),
            default=None)
    if a is None:
        return False
    gap = text[e:a].split()
    return len(gap) == 1 and fold_token(gap[0]) in owner_links


def place_named_with_age(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A name the linker took for a place or body ("রিয়াদ" -> Riyadh) that goes on with at most
    two name words to an age ("রিয়াদ হোসেন (১৪)", "Riyad Hossain, 14,") or to a word that says it
    is a name ("রিয়াদ নামের এক কিশোর") is a person: a provisional private person over the whole
    name, and the article's shorter mentions of it ("রিয়াদ মিরপুরের ... ছাত্র ছিল") follow."""
    moved: dict[str, tuple[tuple, object]] = {}
    out, drop = [], set()
    for s, e, t, m, ner in kept:
        if m is not None and not m.demonym and m.actor.type in ("GPE", "LOC") and m.actor.source != "provisional" \
                and _as_named(text[s:e], m, prov):
            end = _name_end_before_age(text, e, prov, words)
            a = prov.private_person(s, end) if end is not None else None
            if a is not None:
                moved.setdefault(m.actor.id, (key_tokens(text[s:end]), a))
                drop |= {(x[0], x[1]) for x in kept if s <= x[0] and x[1] <= end and (x[0], x[1]) != (s, e)}
                e, t, m = end, "PER", Match(a, "provisional", 0.6)
        out.append((s, e, t, m, ner))
    return _follow_as_written([x for x in out if (x[0], x[1]) not in drop], moved, text)


def _follow_as_written(spans, moved: dict, text: str):
    """Other mentions of a place a name was taken for follow the person only as the name writes
    its words, with no case ending: "রিয়াদ ... ছাত্র ছিল" is the boy, "রিয়াদে" (in Riyadh) the city."""
    if not moved:
        return spans
    out = []
    for s, e, t, m, ner in spans:
        if m is not None and m.actor.id in moved:
            full, a = moved[m.actor.id]
            if set(key_tokens(text[s:e])) <= set(full):
                t, m = "PER", Match(a, "provisional", 0.5)
        out.append((s, e, t, m, ner))
    return out


def _as_named(surface: str, m: Match, prov: Provisional) -> bool:
    """One word, one of the place's own names as written, with no case ending: "রিয়াদ" may be
    a given name, "গোপালগঞ্জের" (of Gopalganj) before a name is where the person is from."""
    toks = key_tokens(surface)
    return len(toks) == 1 and toks in prov.reg.own_keys(m.actor.id)


def _name_end_before_age(text: str, e: int, prov: Provisional, words: ContextWords) -> int | None:
    """Where a name that starts before `e` ends, when it runs on from `e` by at most NAME_REACH
    person-name words (lang data `name_spellings`, `name_titles`) to an age mark or to words that
    say a private person bears it (`private_roles.after`: "নামে এক", "নামের এক"), else None."""
    end = e
    names = person_words(prov.code)
    for a, b, w in tokens_in(text, e, e + 40)[:NAME_REACH + 1]:
        if age_or_named(text, end, words):
            return end
        if text[end:e + a].strip() or _word_or_stem_in(w, names, prov.li) is None:
            return None
        end = e + b
    return end if age_or_named(text, end, words) else None


def age_or_named(text: str, end: int, words: ContextWords) -> bool:
    """An age ("(১৪)", ", 14,") or words that say a person bears the name ("নামে এক") right after
    `end`: age_or_named("রিয়াদ নামের এক কিশোর", 5, bn words) is True; "আসক নামে পরিচিত" is not."""
    if _AGE.match(text, end):
        return True
    after = tokens_in(text, end, end + 30)
    if not after or text[end:end + after[0][0]].strip():
        return False
    toks = tuple(t for _, _, t in after)
    return any(toks[:len(k)] == k for k in words.private_after)


RULES = (place_named_with_age, home_ministry)
