"""Held-out cases on ZWNJ (U+200C) written right before a virama, the way most outlets spell a
য-ফলা set apart ("র‌্যাব", "চ‌্যালেঞ্জ", "ক‌্যাম্প"): there it is part of the spelling, like the ZWJ
of "র‍্যাব", and a reader quoting the text keeps it. The cleaner kept ZWJ but dropped this ZWNJ,
so every entity with it lost its surface. A ZWNJ anywhere else inside a word still goes. Each case
returns True when the cleaned text and its entities keep the source's spelling; the sentences are
written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import body_record, case_registry, entity_linked

CASES, case = case_registry()
ZWNJ = "\u200c"


@case
def bn_rab_battalion_number():
    # a numbered battalion is its own unit, as the gold writes it ("RAB-11"; round 34's
    # actors.context.numbered_unit): the ZWNJ is kept in the unit's surface all the same
    body = "নারায়ণগঞ্জে বৃহস্পতিবার রাতে অভিযান চালিয়ে র\u200c্যাব-১১ চারজনকে আটক করেছে বলে পুলিশ জানায়।"
    return entity_linked(body, "র\u200c্যাব-১১", "RAB-11")


@case
def bn_rab_in_genitive():
    body = "খুলনায় সোমবার র\u200c্যাবের একটি দল মাদকসহ দুজনকে গ্রেপ্তার করে। পরে তাঁদের থানায় দেওয়া হয়।"
    return entity_linked(body, "র\u200c্যাবের", "Rapid Action Battalion")


@case
def bn_team_name_with_zwnj():
    body = "সিলেটে শুক্রবারের ম্যাচে চট্টগ্রাম চ\u200c্যালেঞ্জার্সের ব্যাটাররা ১৮০ রান তোলেন।"
    return entity_linked(body, "চট্টগ্রাম চ\u200c্যালেঞ্জার্সের")


@case
def bn_foreign_player_name():
    body = "অস্ট্রেলিয়ার ক\u200c্যামেরন হোয়াইট শুক্রবার ঢাকায় ৭৫ রান করেন বলে আয়োজকেরা জানান।"
    return any(ZWNJ in e.text and e.type == "PER" for e in body_record(body).entities)


@case
def bn_rally_word_kept_in_text():
    body = "রাজশাহীতে মঙ্গলবার বিকেলে শিক্ষার্থীরা একটি র\u200c্যালি বের করেন।"
    return "র\u200c্যালি" in body_record(body).text


@case
def bn_camp_word_kept_in_text():
    body = "কক্সবাজারের একটি ক\u200c্যাম্পে রোববার আগুন লাগে বলে ফায়ার সার্ভিস জানায়।"
    return "ক\u200c্যাম্পে" in body_record(body).text


@case
def bn_zwnj_inside_word_still_goes():
    body = "সভায় তিনি ব\u200cলে\u200cছেন, কাজ চলছে। র\u200d্যাব সদস্যরা সেখানে ছিলেন।"
    text = body_record(body).text
    return "বলেছেন" in text and "র\u200d্যাব" in text
