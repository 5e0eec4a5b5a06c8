"""Generic agents as actors: "police", "students", "দুর্বৃত্তরা" where no name says who acted.

The coder reads linked entities as its role candidates, but many events in the news have no named
actor ("পুলিশ পাঁচজনকে গ্রেপ্তার করেছে", "students blocked the highway"). Before coding, this step
lends the coder one entity per generic agent mention, linked to an actor of the article's country
with the agent's sector (CAMEO agent codes), and takes them back afterwards: they are not named
entities and the entities layer must not list them. The words are data: `lang/<code>/agents.yaml`.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from ..lang import LangPack
from ..record import Actor, Entity, Record
from ..textutil import lowered_words, nfc, words as split_words

FILE_KEYS = {"prefix_match", "endings", "agents"}
QUALIFIER_TYPES = {"GPE", "NORP", "ORG"}
AGENT_KEYS = {"name", "sector", "words", "stateless"}


@dataclass(frozen=True)
class Agent:
    name: str
    sector: str
    stateless: bool = False


class AgentLexicon:
    """Phrases (tuples of lower-cased words) to agents; longest phrase first when they overlap."""

    def __init__(self, phrases: dict[tuple[str, ...], Agent], prefix_match: bool, endings: tuple[str, ...]):
        self.phrases = phrases
        self.prefix_match = prefix_match
        self.endings = endings if prefix_match and endings else ("",)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            self.by_first.setdefault(phrase[0], []).append(phrase)
        self._starting: dict[str, list[tuple[str, ...]]] = {}   # words repeat across articles

    @classmethod
    def from_pack(cls, pack: LangPack) -> "AgentLexicon | None":
        data = pack.yaml("agents")
        if data is None:
            return None
        where = f"lang/{pack.code}/agents.yaml"
        check_keys(data, FILE_KEYS, {"agents"}, where)
        phrases: dict[tuple[str, ...], Agent] = {}
        for i, entry in enumerate(data["agents"]):
            check_keys(entry, AGENT_KEYS, {"name", "sector", "words"}, f"{where}: agents[{i}]")
            agent = Agent(str(entry["name"]), str(entry["sector"]), bool(entry.get("stateless", False)))
            for phrase in entry["words"]:
                phrases[tuple(nfc(phrase).lower().split())] = agent
        return cls(phrases, bool(data.get("prefix_match", False)), tuple(nfc(e) for e in data.get("endings", [""])))

    def words(self) -> set[str]:
        """Every word of every agent phrase ("police", "পুলিশ")."""
        return {w for phrase in self.phrases for w in phrase}

    def _word_matches(self, token: str, word: str) -> bool:
        if not self.prefix_match:
            return token == word
        return token.startswith(word) and token[len(word):] in self.endings

    def _stems(self, token: str) -> Iterator[str]:
        """The listed words `token` can be: itself, or itself less one of the endings."""
        for ending in self.endings:
            if token.endswith(ending) and len(token) > len(ending):
                yield token[:len(token) - len(ending)] if ending else token

    def _phrases_starting(self, token: str) -> list[tuple[str, ...]]:
        """The phrases whose first word `token` can be, longest first (remembered per word: most
        words start none). Example: "পুলিশের" -> [("পুলিশ",)] where -ের is an ending."""
        found = self._starting.get(token)
        if found is None:
            found = [phrase for stem in self._stems(token) for phrase in self.by_first.get(stem, ())]
            if len(self._starting) < 200_000:
                self._starting[token] = found
        return found

    def _phrase_at(self, tokens: list[str], i: int) -> tuple[int, tuple[str, ...]] | None:
        starting = self._phrases_starting(tokens[i])
        if not starting:   # most words start no phrase
            return None
        found = [phrase for phrase in starting
                 if len(phrase) <= len(tokens) - i
                 and all(self._word_matches(tokens[i + k], phrase[k]) for k in range(1, len(phrase)))]
        if not found:
            return None
        phrase = max(found, key=len)
        return len(phrase), phrase

    def hyphened(self, token: str) -> tuple[Agent, int] | None:
        """The agent a compound of agent words joined by hyphens names, and the length of the
        compound before its case ending, or None: the agent of its last word, since each part is a
        group that acts together with the others. The compound is one token, so the phrases of
        single words never match it.

        >>> # "ছাত্র-জনতা" (students and the public) -> (residents, 10); "কর্মকর্তা-কর্মচারীরা"
        >>> # (officers and staff) -> (workers, 18): -রা stays outside; "ঢাকা-জনতা" -> None
        """
        if "-" not in token:
            return None
        *firsts, last = token.split("-")
        if not all((w,) in self.phrases for w in firsts):
            return None
        for stem in self._stems(last):
            if (stem,) in self.phrases:
                return self.phrases[(stem,)], len(token) - (len(last) - len(stem))
        return None

    def find(self, text: str) -> Iterator[tuple[int, int, Agent]]:
        """(start, end, agent) of each agent phrase in `text`; `end` stops before a case ending.

        >>> # "পুলিশের গুলিতে" -> (0, 5, police): the ending -ের stays outside for the coder to read
        """
        toks = split_words(text)
        lowered = lowered_words(w for _, _, w in toks)
        known = self._starting.get   # asked here first: most words are known to start no phrase
        i = 0
        while i < len(toks):
            hit = None if known(lowered[i]) == [] else self._phrase_at(lowered, i)
            if hit is None:
                compound = self.hyphened(lowered[i])
                if compound is not None:
                    yield toks[i][0], toks[i][0] + compound[1], compound[0]
                i += 1
                continue
            n, phrase = hit
            yield toks[i][0], toks[i + n - 1][0] + len(phrase[-1]), self.phrases[phrase]
            i += n


def check_keys(data, allowed: set[str], required: set[str], where: str) -> None:
    """Unknown or missing keys are errors that name the file and the key."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a mapping, got {type(data).__name__}")
    for key in data:
        if key not in allowed:
            raise ValueError(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    for key in required - set(data):
        raise ValueError(f"{where}: missing key {key!r}")


def _qualified(text: str, start: int, qualifier_ends: set[int]) -> bool:
    """ "Israeli security forces", "ইউক্রেনের সেনাদের": the name before the agent already stands for
    it (the coder reads a nationality or a genitive state before a noun as that noun's side)."""
    gap = len(text[:start]) - len(text[:start].rstrip())
    return gap <= 1 and (start - gap) in qualifier_ends


def _titles_a_name(text: str, end: int, person_starts: set[int]) -> bool:
    """ "সাবেক সংসদ সদস্য আবদুল হালিমকে" (former MP Abdul Halim): an agent word right before a
    person's name is that person's title; the name stands for them, and the title is no second
    party (it made the arrested MP the arrester)."""
    gap = len(text[end:]) - len(text[end:].lstrip())
    return 0 < gap <= 1 and (end + gap) in person_starts


def agent_actor(agent: Agent, home: str | None) -> Actor:
    return Actor(id=f"agent:{agent.name.replace(' ', '-')}", name=agent.name,
                 country=None if agent.stateless else home, sector=agent.sector, provisional=True)


@contextmanager
def lent_agents(rec: Record, lexicon: AgentLexicon | None, home: str | None):
    """rec.entities with the generic agents added for the duration of the block, then as before."""
    original = rec.entities
    if lexicon is None:
        yield
        return
    taken = [(e.start, e.end) for e in original]
    qualifier_ends = {e.end for e in original if e.type in QUALIFIER_TYPES}
    person_starts = {e.start for e in original if e.type == "PER"}
    lent = [Entity(start=s, end=e, text=rec.text[s:e], type="ORG", actor=agent_actor(agent, home))
            for s, e, agent in lexicon.find(rec.text)
            if not any(s < b and e > a for a, b in taken) and not _qualified(rec.text, s, qualifier_ends)
            and not _titles_a_name(rec.text, e, person_starts)]
    rec.entities = sorted([*original, *lent], key=lambda x: x.start)
    try:
        yield
    finally:
        rec.entities = original
