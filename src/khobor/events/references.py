"""Role candidates that are no entity of the record: pronouns (তিনি, he, আমরা, they), bare
descriptions of an office or body of the article's country ("the chief adviser", "পররাষ্ট্র
মন্ত্রণালয়"), and phrases that stand for the last two states named ("both countries", "দুই দেশ").
All are pack data: `pronouns`, `descriptions` and `pair_phrases` in events.yaml.
"""
from __future__ import annotations

from ..record import Actor, Entity, Record
from .mentions import PLACE_TYPES, Mention, MentionReader
from .patterns import Inflector, phrase_index
from .schema import EventsConfig
from .sentence import Sentence


class ReferenceReader:
    def __init__(self, cfg: EventsConfig, inflector: Inflector, reader: MentionReader):
        self.reader = reader
        # markers of a group that "they" never stands for (events.yaml group_pronoun_skips_markers)
        self.not_antecedent = frozenset(cfg.group_pronoun_skips_markers)
        # cases of a person the same clause names beside a subject "he", who is never he
        # (events.yaml person_pronoun_skips_co_argument_markers; pronoun_not_its_co_argument)
        self.co_argument_markers = frozenset(cfg.person_pronoun_skips_co_argument_markers)
        # bare descriptions that stand for an office holder or body of the article's country,
        # resolved through the actors registry
        self.descriptions = phrase_index(cfg.descriptions, inflector)
        # "both countries", "দুই দেশ": the two states named last
        self.pairs = phrase_index(cfg.pair_phrases, inflector)

    def read(self, rec: Record, sent: Sentence, mentions: list[Mention], last_person: Actor | None,
             home: str | None, recent: list[Actor]) -> list[Mention]:
        """The pronouns, descriptions and pair phrases of the sentence, each kind reading the
        names found before it (a pronoun stands for a name, a description is no title of one)."""
        seen = list(mentions)
        seen += self.pronouns(rec, sent, seen, last_person)
        if home and self.descriptions.has_patterns:
            seen += self.described(rec, sent, seen, home)
        if self.pairs.has_patterns:
            seen += self.paired(rec, sent, seen, recent)
        return seen[len(mentions):]

    # -- pronouns -------------------------------------------------------------------------------

    def pronouns(self, rec: Record, sent: Sentence, mentions: list[Mention],
                 last_person: Actor | None) -> list[Mention]:
        """তিনি/he take the most recent person; আমরা/we inside a quote take its speaker; they take
        the nearest group named before them, and with none they stand for no one (which blocks
        their event rather than guessing). A group marked as what is spoken of is none
        (`group_pronoun_skips_markers`): in "After the meeting with the BNP, they called for an
        early election" they are not the BNP."""
        out = []
        taken = _positions(mentions)
        for i, w in enumerate(sent.words):
            spec = self.reader.pronouns.get(w)
            if not spec or i in taken:
                continue
            kind, marker = spec.split(":") if ":" in spec else (spec, None)
            pool = [m for m in mentions if not self.pronoun_not_its_co_argument(sent, i, marker, m)]
            kept, actor = self._stands_for(kind, rec, sent, i, pool, last_person, self.reader.place_markers,
                                           self.not_antecedent)
            if kept:
                s, e, _ = sent.tokens[i]
                out.append(Mention(i, i, s, e, rec.text[s:e], actor, "PER", marker or None, pronoun=True,
                                   reference_step=self._co_argument_step(kind, rec, sent, i, mentions,
                                                                         last_person, actor)
                                   if len(pool) < len(mentions) else None))
        return out

    def _co_argument_step(self, kind: str, rec: Record, sent: Sentence, i: int, mentions: list[Mention],
                          last_person: Actor | None, actor: Actor | None) -> dict | None:
        """The `--explain` step of pronoun_not_its_co_argument where it changed whom the pronoun at
        i stands for (None where the plain reading agrees), e.g. {"step": "reference", "rule":
        "pronoun_not_its_co_argument", "decision": "তিনি = Abdul Karim, not Rahim"}."""
        _, plain = self._stands_for(kind, rec, sent, i, mentions, last_person, self.reader.place_markers,
                                    self.not_antecedent)
        if plain is None or (actor is not None and plain.id == actor.id):
            return None
        s, e, _ = sent.tokens[i]
        who = actor.name if actor is not None else "no one"
        return {"step": "reference", "rule": "pronoun_not_its_co_argument",
                "decision": f"{rec.text[s:e]} = {who}, not {plain.name}"}

    def pronoun_not_its_co_argument(self, sent: Sentence, i: int, marker: str | None, m: Mention) -> bool:
        """Rule pronoun_not_its_co_argument: a subject pronoun (the nominative) never stands for a
        person its own clause names in another case (`person_pronoun_skips_co_argument_markers`):
        the one met, addressed or acted on. "রহিমের সঙ্গে সাক্ষাৎ করেছেন তিনি" (he met Rahim):
        তিনি is not Rahim, but the person named before the sentence; "রহিম বলেন, তিনি ..." keeps
        Rahim (the nominative, another clause)."""
        return (marker == "nom" and m.etype == "PER" and not m.pronoun and m.marker in self.co_argument_markers
                and m.last < i and sent.clause[m.first] == sent.clause[i])

    @staticmethod
    def _stands_for(kind: str, rec: Record, sent: Sentence, i: int, mentions: list[Mention],
                    last_person: Actor | None, place_markers: set[str],
                    not_antecedent: frozenset[str] = frozenset()) -> tuple[bool, Actor | None]:
        """Whether the pronoun at i is a candidate, and whom it stands for; a group said to be where
        (`place_markers`) or what is spoken of (`not_antecedent`) is no antecedent of "they"."""
        if kind == "person":
            before = [m for m in mentions if m.etype == "PER" and m.last < i and not m.pronoun]
            actor = before[-1].actor if before else last_person
            return actor is not None, actor
        if kind == "speaker":
            actor = speaker_of(rec, sent.tokens[i][0])
            return actor is not None, actor
        if kind == "group":
            groups = [m for m in mentions if m.etype in ("ORG", "GPE", "NORP") and m.last < i
                      and not m.pronoun and not m.modifier and not said_where(m, place_markers)
                      and m.marker not in not_antecedent]
            return True, groups[-1].actor if groups else None
        return False, None

    # -- descriptions and pairs ---------------------------------------------------------------------

    def described(self, rec: Record, sent: Sentence, mentions: list[Mention], home: str) -> list[Mention]:
        """Descriptions the NER leaves out ("paid a call on the chief adviser", "প্রধান
        উপদেষ্টাকে"): each that the registry resolves for the article's country becomes a mention,
        unless it is the title of a name right after it or belongs to a name right before it."""
        out = []
        taken = _positions(mentions)
        # a name right after it ("Chief Adviser Hasina") or a possessor right before it ("India's
        # foreign ministry", "ভারতের পররাষ্ট্র মন্ত্রণালয়"): the title belongs to that name
        blocked = taken | {m.first - 1 for m in mentions} | \
            {m.last + 1 for m in mentions if m.marker in (None, "gen") and not m.pronoun}
        for m in self.descriptions.find(sent.words, sent.stops):
            p0, p1 = m.positions[0], m.positions[-1]
            if blocked.intersection(range(p0, p1 + 1)):
                continue
            s, e = sent.tokens[p0][0], sent.tokens[p1][1]
            actor = _resolve(rec.text[s:e], rec.language, rec.published, home)
            if actor is None:
                continue
            ent = Entity(text=rec.text[s:e], start=s, end=e, type="ORG", actor=actor)
            x = self.reader.one(rec, ent, sent.tokens, sent.words)
            if x is not None:
                out.append(x)
                taken.update(range(p0, p1 + 1))
        return out

    def paired(self, rec: Record, sent: Sentence, mentions: list[Mention], recent: list[Actor]) -> list[Mention]:
        """"Both countries withdrew ambassadors", "দুই দেশের মধ্যে বৈঠক": the last two states of
        different countries named up to here, as two coordinated mentions of the same words."""
        out = []
        taken = _positions(mentions)
        for m in self.pairs.find(sent.words, sent.stops):
            p0, p1 = m.positions[0], m.positions[-1]
            if taken.intersection(range(p0, p1 + 1)):
                continue
            before = [x.actor for x in mentions if x.last < p0 and x.actor is not None and x.actor.country]
            two = _last_two_countries(recent if len({x.country for x in before}) < 2 else before)
            if len(two) < 2:
                continue
            s, e = sent.tokens[p0][0], sent.tokens[p1][1]
            for a in reversed(two):
                x = self.reader.one(rec, Entity(text=rec.text[s:e], start=s, end=e, type="GPE", actor=a),
                                    sent.tokens, sent.words)
                if x is not None:
                    x.first, x.last = p0, p1
                    out.append(x)
        return out


def said_where(m: Mention, place_markers: set[str]) -> bool:
    """A place named as where something happens, which a group pronoun never stands for: in
    "আগামী মাসে চট্টগ্রামে তাঁরা সমাবেশ করবেন" (next month they will rally in Chittagong) তাঁরা
    are the speakers, not Chittagong; "in Dhaka, they said" likewise.

    >>> said_where(Mention(0, 0, 0, 9, "চট্টগ্রামে", None, "GPE", "loc"), {"loc"})
    True
    >>> said_where(Mention(0, 0, 0, 4, "ভারত", None, "GPE", None), {"loc"})
    False
    """
    return m.marker in place_markers and m.etype in PLACE_TYPES


def _last_two_countries(actors: list[Actor]) -> list[Actor]:
    """The last two actors of different countries, latest first."""
    two: list[Actor] = []
    for a in reversed(actors):
        if a.country not in {x.country for x in two}:
            two.append(a)
        if len(two) == 2:
            break
    return two


def _positions(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.first, m.last + 1)}


def speaker_of(rec: Record, offset: int) -> Actor | None:
    """The speaker of the quotation around a character offset."""
    for q in rec.quotes:
        if q.start <= offset < q.end and q.speaker and q.speaker.actor:
            return q.speaker.actor
    return None


_RESOLVED: dict = {}


def _resolve(surface: str, language: str, date: str | None, home: str) -> Actor | None:
    """The registry's reading of a description in the article's country (cached: the same
    titles recur across articles; None when the actors layer is absent)."""
    key = (" ".join(surface.split()), language, date, home)
    if key not in _RESOLVED:
        if len(_RESOLVED) > 50_000:
            _RESOLVED.clear()
        try:
            from ..actors.link import get_registry
            _RESOLVED[key] = get_registry().resolve(key[0], language, date, home)
        except Exception:
            _RESOLVED[key] = None
    a = _RESOLVED[key]
    return a.model_copy() if a is not None else None
