"""Who is who in a sentence: the linked entities (and pronouns) of a sentence as role candidates,
each with the grammatical marker the pack's data reads off it.

Markers are language-neutral labels: `gen` (possessor), `acc`, `dat`, `with`, `against`, `on`,
`by`, `from`, `loc`, ... Bengali marks them with case endings glued to the name (-কে, -এর,
-তে) and postpositions after it (সাথে, বিরুদ্ধে); English with prepositions before it (to, with,
against). An unmarked mention is a subject or object by its position around the trigger.

A genitive mention followed by one title word ("রাশিয়ার রাষ্ট্রপতি", "Russia's president") stands
for that office holder; followed by another name ("উত্তর কোরিয়ার নেতা কিম", "Russian President
Putin") it only qualifies that name and plays no role of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import re

from ..record import Actor, Entity, Record
from ..textutil import has_case_ending, nfc
from .defaults import is_state
from .patterns import word_set
from .schema import EventsConfig

# the entity types of a place: a name of one in the locative says where, not who
PLACE_TYPES = ("GPE", "LOC", "FAC")


def names_a_town(etype: str, actor: Actor | None) -> bool:
    """A linked place that is no state (PLACE_TYPES, not `is_state`): a town, a district, a
    market; the one test for the coder's places (`_compounds_a_place`, coder.places_stand_for_states,
    coder._Article.parties_before). Chittagong is one, Bangladesh is not."""
    return etype in PLACE_TYPES and actor is not None and not is_state(actor)


@dataclass
class Mention:
    first: int          # first token index (into the sentence's tokens)
    last: int           # last token index, inclusive (after title extension)
    start: int          # char offsets in rec.text
    end: int
    text: str
    actor: Actor | None     # None only for a pronoun no one is known to stand for
    etype: str
    marker: str | None  # None = unmarked (subject/object by position)
    modifier: bool = False  # qualifies the next name: no role of its own
    pronoun: bool = False
    extended: bool = False  # the span was extended over a title word
    place_compound: bool = False  # the name qualifies a place noun after it
    before_locative: bool = False  # a town before two nouns, the second in the locative ("X সার্কিট হাউসে")
    compound: str | None = None   # case of the event noun the name is compounded with
    genitive_head: int = -1       # an unmarked name's phrase ends in a genitive noun at this token (-1: none)
    # for --explain only (no part of equality): the reference rule that chose a pronoun's
    # antecedent over the name the plain reading takes, as {"step", "rule", "decision"}
    reference_step: dict | None = field(default=None, compare=False)


# the cases a coordination shares back to a bare conjunct (`_share_coordinated_case`): a party
# acted on, addressed, opposed or met. Not "between": "সেনাবাহিনী ও আরাকান আর্মির মধ্যে সংঘর্ষ"
# (a clash between the army and the Arakan Army) names both sides, and a directed type needs one
# of them as its actor
COORDINATED_CASES = frozenset({"acc", "on", "dat", "against", "with"})


class MentionReader:
    """Reads case endings, postpositions, prepositions and title words from the pack's events.yaml."""

    def __init__(self, cfg: EventsConfig):
        m = cfg.markers
        # case endings, longest first so "য়ের" wins over "র"; an entry may require the stem to end
        # in one of `after` (a vowel sign) and may not apply when the actor's canonical name
        # matches `unless_name` (the "r" of Myanmar, Anwar is part of the name, not a genitive)
        entries = []
        for e in m.suffixes:
            entries.append((nfc(e.suffix), e.marker, tuple(nfc(x) for x in e.after),
                            re.compile(e.unless_name) if e.unless_name else None))
        self.suffixes = sorted(entries, key=lambda x: -len(x[0]))
        self.postpositions = {nfc(k).lower(): v for k, v in m.postpositions.items()}
        self.prepositions = {nfc(k).lower(): v for k, v in m.prepositions.items()}
        self.preposition_phrases = {tuple(nfc(k).lower().split()): v for k, v in m.preposition_phrases.items()}
        self.possessive = tuple(nfc(x) for x in m.possessive_endings)
        self.skip_words = word_set(m.skip_before_name)
        self.heads = [tuple(nfc(h).lower().split()) for h in cfg.heads]
        self.member_heads = tuple(nfc(h).lower() for h in cfg.member_heads)
        self.group_head_endings = _lowered(cfg.group_head_endings)
        self.head_prefix = cfg.heads_take_endings
        # the heads by their first character, in order (why: head_len runs at every word of
        # every sentence, and only heads whose first word begins as the word does can match)
        self.heads_by_lead: dict[str, list[tuple[str, ...]]] | None = {}
        for h in self.heads:
            if not h:   # an empty head matches anywhere: keep the plain scan
                self.heads_by_lead = None
                break
            self.heads_by_lead.setdefault(h[0][:1], []).append(h)
        self.conj = word_set(cfg.conjunctions)
        self.alias_words = word_set(cfg.alias_words)
        self.nominal_endings = tuple(nfc(x) for x in m.nominal_endings)
        self.place_nouns = _lowered(cfg.place_nouns)
        self.building_nouns = _lowered(cfg.building_nouns)
        self.places_and_buildings = self.place_nouns + self.building_nouns   # coder.place_genitives_say_where
        self.town_place_nouns = _lowered(cfg.town_place_nouns)
        self.pronouns = {nfc(k).lower(): v for k, v in cfg.pronouns.items()}
        self.place_markers = set(cfg.place_markers)
        self.journey_words = _lowered(cfg.journey_words)
        # a postposition that is another word before these ("প্রতি রাতে" = every night, not "towards")
        self.not_postposition_before = {nfc(k).lower(): tuple(nfc(x).lower() for x in v)
                                        for k, v in m.not_postposition_before.items()}
        self.naming_words = word_set(m.naming_words)
        self.inclusive_words = _lowered(m.inclusive_words)
        self.inclusive_place_heads = _lowered(m.inclusive_place_heads)

    # -- reading one word ---------------------------------------------------------------------

    def suffix_marker(self, word: str, outside: str, name: str = "") -> str | None:
        """The case of a name from its last word; `outside` is the part of the word beyond the
        entity span (an ending the NER left out), which is trusted more than a guess."""
        if outside:
            for suf, mk, _, _ in self.suffixes:
                if outside == suf or outside.endswith(suf):
                    return mk
            return None
        for suf, mk, after, unless in self.suffixes:
            if has_case_ending(word, suf):
                if after and not word[: -len(suf)].endswith(after):
                    continue
                if unless and name and unless.search(name):
                    continue
                return mk
        return None

    def head_len(self, words: list[str], i: int) -> int:
        """How many words from i form one title ("রাষ্ট্রপতি", "foreign minister"), 0 if none."""
        heads = self.heads
        if self.heads_by_lead is not None:
            if i >= len(words):
                return 0
            heads = self.heads_by_lead.get(words[i][:1], ())
        for h in heads:
            n = len(h)
            seg = words[i:i + n]
            if len(seg) < n:
                continue
            if self.head_prefix:
                if all(w.startswith(x) for w, x in zip(seg, h)):
                    return n
            elif tuple(seg) == h:
                return n
        return 0

    def names_a_party(self, m: Mention, words: list[str]) -> bool:
        """The mention names a party of its sentence (a subject, an object, a possessor, a source
        someone acts from), not only where or whither: no locative (`place_markers`: "ভারতে
        পালানোর সময়" = while fleeing to India), no name compounded with a place noun ("ভারত সফর
        থেকে ফিরে" = back from a visit to India) and no place a journey began at (a "from" before
        `journey_words`: "ভারত থেকে ফিরে"). "ভারত থেকে মানুষ ঠেলে পাঠানো হচ্ছে" (people are pushed
        in from India) and "ভারতের বিএসএফ" (India's BSF) name India as a party."""
        if m.marker in self.place_markers or m.place_compound:
            return False
        if m.marker == "from" and self.journey_words:
            return not any(w.startswith(self.journey_words) for w in words[m.last + 1:m.last + 4])
        return True

    # -- a sentence -----------------------------------------------------------------------------

    def read(self, rec: Record, ents: list[Entity], tokens: list[tuple[int, int, str]],
             words: list[str]) -> list[Mention]:
        """Mentions of linked entities in one sentence, with markers; modifiers flagged."""
        if not tokens:
            return []
        out: list[Mention] = []
        for e in ents:
            if e.actor is None:
                continue
            m = self.one(rec, e, tokens, words)
            if m is not None:
                out.append(m)
        out.sort(key=lambda m: m.first)
        _read_appositions(out, rec.text, self.place_markers)
        _read_short_forms(out, rec.text)
        self._read_bracketed_after_genitive(out, words, rec.text)
        self._share_coordinated_case(out, words)
        _read_qualifiers(out, words, self.group_head_endings)
        _read_aliases(out, words, self.alias_words)
        self._read_genitive_heads(out, words)
        return out

    def _read_bracketed_after_genitive(self, out: list[Mention], words: list[str], text: str) -> None:
        """A short form alone in brackets right after a common noun in the genitive names that noun's
        party and takes its case: "ভারতীয় সীমান্তরক্ষীদের (বিএসএফ) গুলিতে" (by the fire of Indian
        border guards (BSF)) makes the BSF the owner of the fire, not a name before the event noun
        that it acts on. Only when no name ends on the word before (a full name and its short form
        are _read_short_forms'), and only the genitive, which a case ending alone tells."""
        ends = {x.last for x in out}
        for m in out:
            before = m.first - 1
            if m.marker is not None or m.pronoun or before < 0 or before in ends:
                continue
            if not (text[:m.start].rstrip().endswith("(") and text[m.end:].lstrip().startswith(")")):
                continue
            if self.suffix_marker(words[before], "") == "gen":
                m.marker = "gen"

    def _read_genitive_heads(self, out: list[Mention], words: list[str]) -> None:
        """An unmarked name that qualifies common nouns ending in a genitive is inside that
        genitive phrase (`Mention.genitive_head`, the genitive's token): in "ডাকাত চক্রের পাঁচ
        সদস্যকে" (five members of a gang of robbers) the robbers own the object, and in "সীমান্ত
        সম্মেলনে" phrases such as "বিজিবি-বিএসএফ মহাপরিচালক পর্যায়ের" the forces only name the
        level of a conference. Only in a pack whose nouns carry their case (`head_prefix`), up to
        two words after the name, none of them another name or a caseless word after the first."""
        if not self.head_prefix:
            return
        starts = {x.first for x in out}
        for m in out:
            if m.marker is not None or m.pronoun:
                continue
            for j in range(m.last + 1, min(m.last + 3, len(words))):
                if j in starts or words[j] in self.conj:
                    break
                case = self.suffix_marker(words[j], "")
                if case == "gen":
                    m.genitive_head = j
                if case is not None:
                    break

    def _share_coordinated_case(self, out: list[Mention], words: list[str]) -> None:
        """In a coordination the case ending or postposition on the last conjunct marks every
        conjunct: "বিএনপি ও জোট প্রার্থীদের ওপর হামলা" (attacks on the BNP and the alliance's
        candidates) puts the BNP under "ওপর" too, so it is no attacker; "ডেইলি স্টার ও প্রথম আলো এবং
        একটি প্রতিষ্ঠানের ওপর হামলা" puts both papers under it. Only the cases of a party acted
        on or with (COORDINATED_CASES), and in a list of towns a genitive or locative
        (`_towns_share_case`); any other marked conjunct, a nominative ("পুলিশ ও র‍্যাব সদস্যরা") or
        a state's genitive, ends the search and leaves the name as it was."""
        by_first = {x.first: x for x in out}
        for m in reversed(out):   # the last conjunct first: its marker passes on to the one before
            nxt = m.last + 1
            if m.marker is not None or m.pronoun or nxt >= len(words) or words[nxt] not in self.conj:
                continue
            j, limit = nxt + 1, min(nxt + 6, len(words))
            while j < limit:
                if words[j] in self.conj:
                    j += 1
                    continue
                other = by_first.get(j)
                if other is not None:
                    marker, j = other.marker, other.last + 1
                else:
                    marker, j = self._case_of_word(words, j), j + 1
                if marker is not None:   # the first marked conjunct decides; m.marker is None here
                    if marker in COORDINATED_CASES or self._towns_share_case(m, other, marker):
                        m.marker = marker
                    break

    def _towns_share_case(self, m: Mention, other: Mention | None, marker: str) -> bool:
        """A list of towns or districts shares the genitive or locative of its last one (`other`,
        the marked conjunct after `m`; None when that is a common noun): in
        "নওগাঁ ও জয়পুরহাটের সীমান্ত দিয়ে" (through the borders of Naogaon and
        Joypurhat) and "রংপুর ও দিনাজপুরে" (in Rangpur and Dinajpur) no town is a subject. A
        state keeps its own reading: "যুক্তরাষ্ট্র ও ইসরায়েলের হামলা" names both attackers."""
        return (other is not None and names_a_town(other.etype, other.actor) and names_a_town(m.etype, m.actor)
                and (marker == "gen" or marker in self.place_markers))

    def _case_of_word(self, words: list[str], j: int) -> str | None:
        """The case of a common noun from a postposition after it (one or two words), else "nom"
        for a nominative plural ("সদস্যরা"), else None. Not from its ending alone: a stem ending in
        "ক" takes the locative as "-কে" ("সড়কে" = on the road), which reads as an object."""
        two, one = " ".join(words[j + 1:j + 3]), (words[j + 1] if j + 1 < len(words) else "")
        post = self.postpositions.get(two) or self.postpositions.get(one)
        if post:
            return post
        return "nom" if self.suffix_marker(words[j], "") == "nom" else None

    def one(self, rec: Record, e: Entity, tokens: list[tuple[int, int, str]], words: list[str]) -> Mention | None:
        """One entity as a mention with its marker (actor None for an unlinked place)."""
        starts = [t[0] for t in tokens]
        first = _tok_at(starts, tokens, e.start)
        last = _tok_at(starts, tokens, max(e.start, e.end - 1))
        if first is None or last is None:
            return None
        word_end = tokens[last][1]
        raw_word = nfc(rec.text[tokens[last][0]:word_end])
        outside = nfc(rec.text[e.end:word_end]) if e.end < word_end else ""
        marker = self.suffix_marker(raw_word, outside, self._name_owning_ending(e, first, last, raw_word))
        if marker not in (None, "nom") and agent_word_uninflected(e, outside):
            marker = None
        if e.type == "NORP" and self.head_prefix and not outside and \
                not raw_word.endswith(self.nominal_endings):
            # Bengali adjectives do not inflect: ভারতীয় ends in য় but is no locative (ভারতীয়দের,
            # "of Indians", is a noun and keeps its case)
            marker = None
        m = Mention(first, last, e.start, e.end, e.text, e.actor, e.type, marker)
        self._read_around(m, words, rec.text, tokens)
        self._read_inclusive_list(m, words)
        return m

    def _read_inclusive_list(self, m: Mention, words: list[str]) -> None:
        """A place before "including" (`inclusive_words`, glued or a word of its own) is one item of
        a list, and the list's head noun carries its case: in "কিয়েভসহ ইউক্রেনের বিভিন্ন অঞ্চলে
        ড্রোন হামলা চালিয়েছে রাশিয়া" (Russia attacked regions of Ukraine, Kyiv among them) the
        locative of অঞ্চলে makes Kyiv where, not who. Only a place head (`inclusive_place_heads`)
        within four words decides, and only its locative: "যুক্তরাষ্ট্রসহ পশ্চিমা দেশগুলো" keeps the
        United States a subject."""
        if not self.inclusive_words or m.etype not in PLACE_TYPES:
            return
        nxt = m.last + 1
        if words[m.last].endswith(self.inclusive_words):
            pass   # glued: "কিয়েভসহ"
        elif nxt < len(words) and words[nxt] in self.inclusive_words:
            nxt += 1
        else:
            return
        for word in words[nxt:nxt + 4]:
            if word.startswith(self.inclusive_place_heads):
                case = self.suffix_marker(word, "")
                if case == "gen":
                    continue   # "দেশের বিভিন্ন জেলায়": the genitive qualifies the head after it
                if case == "loc":
                    m.marker = "loc"
                return

    def _name_owning_ending(self, e: Entity, first: int, last: int, raw_word: str) -> str:
        """The canonical name whose own last letters may look like a case ending (the "r" of
        Myanmar, `unless_name`), or "" when a place noun closes the span and carries the case
        itself: in "দিনাজপুর জেলার" (of Dinajpur district) the র of জেলার is the genitive, whatever
        Dinajpur ends in."""
        if e.actor is None or (last > first and raw_word.startswith(self.place_nouns)):
            return ""
        return e.actor.name

    def _read_around(self, m: Mention, words: list[str], text: str, tokens) -> None:
        """The marker of a mention from the words around it: a possessive ending or preposition
        before, a title it extends over, a postposition or the noun it qualifies after."""
        # English-style possessive: "Russia's" -> gen
        if self.possessive and words[m.last].endswith(self.possessive):
            m.marker = "gen"
        # a preposition before the name ("to", "with", "against"), skipping an article
        j = m.first - 1
        while j >= 0 and words[j] in self.skip_words:
            j -= 1
        if j >= 0 and words[j] in self.prepositions:
            m.marker = self.preposition_phrases.get(tuple(w.lower() for w in words[max(j - 1, 0):j + 1]),
                                                    self.prepositions[words[j]])
        self._extend_over_title(m, words)
        self._read_after(m, words, m.last + 1)

    def _extend_over_title(self, m: Mention, words: list[str]) -> None:
        """A title after a genitive name ("রাশিয়ার রাষ্ট্রপতি", "Russia's president"), or after a
        state or nationality ("Russian President"): the phrase stands for the office holder, and
        its case is the title's."""
        nxt = m.last + 1
        if m.marker not in ("gen", None) or nxt >= len(words):
            return
        n, skip = self.head_len(words, nxt), 0
        if not n and m.marker == "gen" and nxt + 1 < len(words) and not self._postposition_at(words, nxt):
            # one qualifier before the title: "Israel's high court", "রাশিয়ার সাবেক প্রেসিডেন্ট"
            n, skip = self.head_len(words, nxt + 1), 1
        if not n and self._member_of(m, words[nxt]):
            n = 1
        if not n and m.marker == "gen":
            n, skip = self._members_after_genitive(words, nxt)
        if not n or not (m.marker == "gen" or m.etype in ("GPE", "NORP") or self._member_of(m, words[nxt])):
            return
        m.last = nxt + skip + n - 1
        if self.head_prefix:
            m.marker = self.suffix_marker(words[m.last], "")
        elif m.marker == "gen":
            m.marker = None  # "Russia's president" is the president; "at Palestinian protesters" keeps "at"
        m.extended = True

    def _postposition_at(self, words: list[str], at: int) -> bool:
        """Word `at` is a postposition (`postpositions`), which governs the genitive before it and
        qualifies no title after it: in "জামায়াতের প্রতি প্রধান উপদেষ্টার আহ্বান" (the chief adviser's
        appeal to Jamaat) প্রতি marks Jamaat as the one addressed, and "প্রধান" begins another
        name's title, not Jamaat's."""
        return words[at] in self.postpositions

    def _members_after_genitive(self, words: list[str], nxt: int) -> tuple[int, int]:
        """(1, skip) when a member noun (`member_heads`) acted on follows a genitive name, right after
        it or after one qualifier: "বিএনপির জোট প্রার্থীদের ওপর হামলা" (attacks on the BNP's alliance
        candidates) is one noun phrase under "ওপর", so the party is attacked, not attacking; else
        (0, 0). Only members marked as acted on (COORDINATED_CASES, or the accusative): a party's
        members as subject ("বিএনপির মহাসচিব ... চেয়েছেন") are left as they were read."""
        if not (self.head_prefix and self.member_heads):
            return 0, 0
        for skip in (0, 1):
            at = nxt + skip
            if at < len(words) and words[at].startswith(self.member_heads):
                case = self._case_of_word(words, at)
                if case in COORDINATED_CASES or self.suffix_marker(words[at], "") == "acc":
                    return 1, skip
                return 0, 0
        return 0, 0

    def _member_of(self, m: Mention, word: str) -> bool:
        """An organisation's bare name before a member's title (`member_heads`) in a pack whose
        titles carry the case: "বিএনপি নেতাকে" (a BNP leader, accusative) is one noun phrase."""
        return (m.etype == "ORG" and m.marker is None and self.head_prefix and bool(self.member_heads)
                and word.startswith(self.member_heads))

    def _read_after(self, m: Mention, words: list[str], nxt: int) -> None:
        """A postposition after the mention (one or two words: "কাছ থেকে" = from), unless the word
        means something else before the next one ("প্রতি রাতে" = every night); else the case of
        the noun a nationality or place qualifies."""
        named = self.named_noun_case(words, nxt)
        if named is not None:
            m.marker = named
            return
        two = " ".join(words[nxt:nxt + 2])
        if two in self.postpositions:
            m.marker = self.postpositions[two]
        elif nxt < len(words) and words[nxt] in self.postpositions and not (
                nxt + 1 < len(words) and words[nxt + 1].startswith(self.not_postposition_before.get(words[nxt], ()))):
            m.marker = self.postpositions[words[nxt]]
        elif m.marker is None and nxt < len(words):
            if m.etype == "NORP" and self.head_prefix and not m.extended:
                self._read_qualified_noun(m, words, nxt)
            elif self._compounds_a_place(m, words[nxt]):
                # a compound place ("ঢাকা বিমানবন্দরে" = at Dhaka airport): its case is the noun's
                m.marker = self.suffix_marker(words[nxt], "")
                m.place_compound = True
            elif self._town_before_locative_noun(m, words, nxt):
                m.before_locative = True

    def _town_before_locative_noun(self, m: Mention, words: list[str], nxt: int) -> bool:
        """A town or district (names_a_town) that names a place of two nouns after it, the second in
        the locative: "খুলনা সার্কিট হাউসে" (at the Khulna circuit house), "সিলেট শাহী ঈদগাহে". The
        town may be where it happened (roles._town_is_where reads it so when a party follows the
        verb, and leaves it out of RoleContext.before_trigger for every rule); "নওগাঁ জেলা প্রশাসন সীমান্তে" (the Naogaon district administration, at the border)
        has the same shape with the town acting."""
        if not names_a_town(m.etype, m.actor) or nxt + 1 >= len(words):
            return False
        noun, head = words[nxt], words[nxt + 1]
        words_only = not any(ch.isdigit() for ch in noun + head)
        return (words_only and self.suffix_marker(noun, "") is None
                and self.suffix_marker(head, "") in self.place_markers)

    def named_noun_case(self, words: list[str], nxt: int) -> str | None:
        """The case of the noun a name names, when a naming word (`naming_words`) follows the name,
        after an age in brackets or none: "রহিমা খাতুন (৯০) নামে এক বৃদ্ধাকে ... হত্যা করেছে
        দুর্বৃত্তরা" (miscreants killed an old woman named Rahima Khatun) gives "acc": she is the
        one killed, not the killer. The noun stands within four words of the naming word ("নামের এক
        আওয়ামী লীগ নেতাকে"); a locative there is a place of the act, so it gives no case."""
        if not self.naming_words:
            return None
        j = nxt
        while j < min(len(words), nxt + 3) and not any(ch.isalpha() for ch in words[j]):
            j += 1   # "(৯০)": an age or a bracket
        if j >= len(words) or words[j] not in self.naming_words:
            return None
        for word in words[j + 1:j + 5]:
            case = self.suffix_marker(word, "")
            if case is not None and case != "loc":
                return case
        # a locative after the naming word is where the named one acted ("গণঅধিকার পরিষদ নামে একটি
        # দল শাহবাগে বিক্ষোভ করেছে": a party named X protested at Shahbag), not the named noun's case
        return None

    def _compounds_a_place(self, m: Mention, noun: str) -> bool:
        """The name qualifies the place noun after it: a place's ("ঢাকা বিমানবন্দরে", at Dhaka
        airport) or an organisation's building ("আওয়ামী লীগ কার্যালয়ে", at the Awami League
        office: the party is where it happened, mostly the one attacked, not who acted)."""
        if m.etype in PLACE_TYPES and self.town_place_nouns and noun.startswith(self.town_place_nouns):
            return names_a_town(m.etype, m.actor)
        return (m.etype in PLACE_TYPES and noun.startswith(self.place_nouns)) or \
            (m.etype == "ORG" and bool(self.building_nouns) and noun.startswith(self.building_nouns))

    def _read_qualified_noun(self, m: Mention, words: list[str], nxt: int) -> None:
        """A nationality adjective takes the case of the noun it qualifies ("বাংলাদেশি ভূখণ্ডের
        মাধ্যমে" = through Bangladeshi territory, "ভারতীয় বাহিনীকে" = the Indian forces (acc));
        an extended "ইসরায়েলি বাহিনী" already has its noun, whose case is the head's."""
        m.marker = self.suffix_marker(words[nxt], "")
        after = " ".join(words[nxt + 1:nxt + 3])
        if after in self.postpositions:
            m.marker = self.postpositions[after]
        elif nxt + 1 < len(words) and words[nxt + 1] in self.postpositions:
            m.marker = self.postpositions[words[nxt + 1]]


def _read_appositions(out: list[Mention], text: str, place_markers: set[str]) -> None:
    """"in Jeddah, Saudi Arabia": a place after a comma is in apposition to the place before it
    and takes its marker."""
    for a, b in zip(out, out[1:]):
        if a.marker in place_markers and a.etype in PLACE_TYPES and b.etype == "GPE" \
                and b.marker is None and text[a.end:b.start].strip() == "," and b.first <= a.last + 1:
            b.marker = a.marker


def _read_short_forms(out: list[Mention], text: str) -> None:
    """A name and its short form in brackets are one party: a case read after the short form is
    the full name's too. "জাতীয় নাগরিক পার্টি (এনসিপি) থেকে পদত্যাগ" (resigning from the National
    Citizen Party) marks the full name with the postposition, so it is no subject. (Not the other
    way: in "বর্ডার গার্ড বাংলাদেশের (বিজিবি) মহাপরিচালক" the short form with its title is the
    director general, not a genitive.)"""
    for a, b in zip(out, out[1:]):
        if b.first != a.last + 1 or not _one_party(a, b) or "(" not in text[a.end:b.start]:
            continue
        if a.marker is None and b.marker is not None:
            a.marker = b.marker


def _read_aliases(out: list[Mention], words: list[str], alias_words: frozenset[str]) -> None:
    """A name, "or" (`alias_words`) and another name of the same party are one party: the first
    takes the case and the role of the second. "জাতীয় নাগরিক পার্টি বা এনসিপির কেন্দ্রীয় সদস্য নুসরাত
    জাহান দল থেকে পদত্যাগ করেছেন" (Nusrat Jahan, a central member of the National Citizen Party or
    NCP, resigned): the party only qualifies her, as its short form does, and is not the one who left.

    >>> full = Mention(0, 2, 0, 20, "জাতীয় নাগরিক পার্টি", None, "ORG", None)
    >>> short = Mention(4, 5, 24, 40, "এনসিপির কেন্দ্রীয় সদস্য", None, "ORG", None, modifier=True)
    >>> full.actor = short.actor = type("A", (), {"id": "ncp"})()
    >>> _read_aliases([full, short], ["জাতীয়", "নাগরিক", "পার্টি", "বা", "এনসিপির"], frozenset({"বা"}))
    >>> full.marker, full.modifier
    (None, True)
    """
    for a, b in zip(out, out[1:]):
        if not _one_party(a, b) or b.first != a.last + 2 or words[a.last + 1] not in alias_words:
            continue
        a.marker, a.modifier = b.marker, b.modifier


def _one_party(a: Mention, b: Mention) -> bool:
    """Both mentions link to the same actor: one party named twice (a full name and its short
    form, "জাতীয় নাগরিক পার্টি" and "এনসিপি")."""
    return a.actor is not None and b.actor is not None and a.actor.id == b.actor.id


def _read_qualifiers(out: list[Mention], words: list[str], group_endings: tuple[str, ...]) -> None:
    """A qualifier ("উত্তর কোরিয়ার [নেতা] কিম", "Russian [President] Putin") plays no role. (A
    title ends its own phrase before a place: "জাপানের রাষ্ট্রদূত ঢাকায়" = Japan's envoy in
    Dhaka, not a qualifier of Dhaka; nor does a group title the name after it, `group_endings`:
    "জামায়াত-শিবিরের লোকজন আবদুল জব্বারকে ... গুলি চালান", Jamaat's men fired at Abdul Jabbar.)"""
    for a, b in zip(out, out[1:]):
        if b.first == a.last + 1 and ((a.extended and b.etype not in PLACE_TYPES
                                       and not names_a_group(words, a, group_endings))
                                      or (not a.extended and (a.marker == "gen" or a.etype == "NORP"))
                                      or names_a_branch(a, b)):
            a.modifier = True
            # "বাংলাদেশের ... মুখপাত্র এস এম মাহবুবুল আলম": a name the registry gives no country
            # takes the country of the state that qualifies it
            if b.actor is not None and not b.actor.country and a.actor is not None and a.actor.country:
                b.actor = b.actor.model_copy(update={"country": a.actor.country})


def names_a_group(words: list[str], m: Mention, group_endings: tuple[str, ...]) -> bool:
    """The title head `m` extends over ends as a group's does (`group_head_endings`): "বিএনপির
    একটি প্রতিনিধিদল" (a BNP delegation), "জামায়াতের লোকজন" (Jamaat's men) name a group that acts,
    no office of the name after it."""
    return bool(group_endings) and m.last < len(words) and words[m.last].endswith(group_endings)


def names_a_branch(place: Mention, body: Mention) -> bool:
    """An unmarked place right before an organisation names the branch of it: "শেরপুর উপজেলা
    বিএনপির সভাপতি" (the president of the Sherpur upazila BNP), "ঢাকা মহানগর আওয়ামী লীগ"; the
    place qualifies the body and is no party of its own.

    >>> upazila = Mention(0, 1, 0, 13, "শেরপুর উপজেলা", None, "GPE", None)
    >>> names_a_branch(upazila, Mention(2, 2, 14, 21, "বিএনপির", None, "ORG", "gen"))
    True
    >>> names_a_branch(upazila, Mention(2, 2, 14, 19, "ঢাকায়", None, "GPE", "loc"))
    False
    """
    return place.marker is None and not place.extended and place.etype in ("GPE", "LOC") and body.etype == "ORG"


def _lowered(words: list[str]) -> tuple[str, ...]:
    """Words, word starts or endings from a pack, normalised and lower-cased: ["সহ"] -> ("সহ",)."""
    return tuple(nfc(x).lower() for x in words)


def agent_word_uninflected(e: Entity, outside: str) -> bool:
    """A generic agent lent by the agent lexicon (events/agents.py, actor id "agent:...") whose
    span is its whole word: the lexicon ends the span before any case ending, so none is left,
    and a listed word's own last letters are no case ending. "সরকার ... সনদ বাতিল করেছে" (the
    government cancelled the certificates): সরকার ends in -র after -া, but is no genitive;
    "সরকারের" keeps its -ের outside the span, a genitive."""
    return not outside and e.actor is not None and e.actor.id.startswith("agent:")


def _tok_at(starts: list[int], tokens, offset: int) -> int | None:
    import bisect
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    if tokens[i][0] <= offset < tokens[i][1]:
        return i
    # offset in the gap after token i (punctuation): take the next token
    return i + 1 if i + 1 < len(tokens) else None
