"""Step 3 of the coder: what a sentence leaves unsaid about an event's sides, as named defaults.

Each rule is a small function registered by name; they run in ORDER over every kept event and
record what they decided in its `_explain` trace (`khobor extract --explain`). They read the
article's home country: the country its linked names belong to most often (actors.main_country).
"""
from __future__ import annotations

import re
from typing import Any, Callable

from ..actors.groups import GROUP_TYPES
from ..record import Actor, Event, Record

DefaultRule = Callable[[Event, "ArticleFacts"], "str | None"]
RULES: dict[str, DefaultRule] = {}


def default_rule(name: str):
    """Register a default under `name` (the name `--explain` shows)."""
    def register(fn: DefaultRule) -> DefaultRule:
        RULES[name] = fn
        return fn
    return register


class ArticleFacts:
    """What the defaults may read of the article: its home country and the states it names."""

    def __init__(self, rec: Record, home: str | None, envoy_titles: tuple[str, ...] = (),
                 base_marks: tuple[str, ...] = (), base_breaks: tuple[str, ...] = (),
                 party_countries: "Callable[[int], set[str]] | None" = None,
                 names_an_incident: "Callable[[int, int], bool] | None" = None,
                 names_two_sides: "Callable[[int], bool] | None" = None):
        self.home = home
        # whether the clause of sentence `index` that holds character offset `at` refers to an
        # incident ("ঘটনার পর" = after the incident; coder.names_an_incident)
        self.names_an_incident = names_an_incident or (lambda index, at: False)
        self._names_two_sides = names_two_sides or (lambda index: False)
        self._two_sided: dict[int, bool] = {}
        self.earlier: list[Event] = []   # the events before the one the defaults are deciding
        self.states: dict[str, Actor] = {}
        for e in rec.entities:
            a = e.actor
            if e.type == "GPE" and a is not None and a.country and a.country not in self.states and is_state(a):
                self.states[a.country] = a  # the country itself, as the article names it
        # the actors the article names as persons (side_in_a_foreign_fight: no armed side)
        self.persons = {e.actor.id for e in rec.entities if e.type == "PER" and e.actor is not None}
        self.envoys = envoys_by_title(rec, envoy_titles)
        self.demonym_envoys = envoys_by_demonym(rec, envoy_titles)
        self.bases = bodies_by_base(rec, base_marks, base_breaks)
        self._rec = rec
        self._sentence_countries: dict[int, set[str]] = {}
        self._party_countries = party_countries
        self._sentence_party_countries: dict[int, set[str]] = {}

    def sentence_countries(self, index: int) -> set[str]:
        """The countries of the linked names (parties and places) of sentence `index`."""
        return _read_once(self._sentence_countries, index, self._linked_countries)

    def _linked_countries(self, index: int) -> set[str]:
        start, end = self._sentence_span(index)
        return {e.actor.country for e in self._rec.entities
                if start <= e.start < end and e.actor is not None and e.actor.country}

    def sentence_party_countries(self, index: int) -> set[str]:
        """The countries of the names sentence `index` gives a party's role, by the language's
        grammar (`party_countries`, coder.countries_named_as_parties: no place only where or
        whither, "ভারতে পালানোর সময়" = while fleeing to India); those of all its linked names
        (sentence_countries) where no grammar is given. Read once per sentence, as
        sentence_countries is: each reading re-reads the sentence's words and mentions."""
        if self._party_countries is None:
            return self.sentence_countries(index)
        return _read_once(self._sentence_party_countries, index, self._party_countries)

    def sentence_place_countries(self, index: int, parties: set[str] = frozenset()) -> set[str]:
        """The countries of the places (cities, districts; never a country itself) named in
        sentence `index`, other than the `parties` (ids) acting in it: "in Kolkata" -> {"IND"};
        "Kabul rejects that" names Kabul as a party, no place."""
        start, end = self._sentence_span(index)
        return {e.actor.country for e in self._rec.entities
                if start <= e.start < end and e.type in ("GPE", "LOC") and e.actor is not None
                and e.actor.country and e.actor.id not in parties and not is_state(e.actor)}

    def names_two_sides(self, index: int) -> bool:
        """Whether sentence `index` sets its act between the home country and a foreign counterpart
        ("দুই বাহিনীর", "পতাকা বৈঠক"; coder.names_two_sides). Read once per sentence, as
        sentence_party_countries is: each reading re-reads the sentence's words."""
        return _read_once(self._two_sided, index, self._names_two_sides)

    def _sentence_span(self, index: int) -> tuple[int, int]:
        span = self._rec.sentences[index] if index < len(self._rec.sentences) else None
        return (span.start, span.end) if span is not None else (0, len(self._rec.text))

    def state(self, country: str) -> Actor:
        known = self.states.get(country)
        if known is not None:
            return known.model_copy()
        return state_actor(country)


def _read_once(known: dict, index: int, read: Callable[[int], Any]) -> Any:
    """What `read` gives for sentence `index`, read once per sentence and kept in `known` (the
    per-sentence readings of ArticleFacts): a second ask of index 3 returns what the first kept.

    >>> kept = {}; _read_once(kept, 3, lambda i: {i}), _read_once(kept, 3, lambda i: set()), kept
    ({3}, {3}, {3: {3}})
    """
    got = known.get(index)
    if got is None:
        got = known[index] = read(index)
    return got


def state_actor(country: str) -> Actor:
    """A country as a party the text leaves unnamed, called by the country's name, as an analyst
    reads it (the code stays in `country`): state_actor("BGD") is Bangladesh, state:BGD.

    >>> state_actor("BGD").name, state_actor("BGD").id, state_actor("IND").name
    ('Bangladesh', 'state:BGD', 'India')
    """
    return Actor(id=f"state:{country}", name=country_name(country), country=country, sector="GOV")


def country_name(country: str) -> str:
    """The name of the registry's record of a country ("BGD" -> "Bangladesh"); the code itself
    when the registry has none (a stripped install, or a code such as "IGO")."""
    registry = _registry()
    return (registry.country_names().get(country) if registry is not None else None) or country


def _registry():
    """The actor registry, or None where the install has none (the events layer still codes).
    Only a missing registry is forgiven: its module or its data file absent (a stripped install).
    A registry that fails to load for any other reason (a corrupt file, a bug) is an error, not a
    silent fall back on bare codes that would rename every country in every record."""
    try:
        from ..actors.link import get_registry
        return get_registry()
    except (ImportError, FileNotFoundError):  # callers fall back on codes and plain ids
        return None


def is_state(actor: Actor) -> bool:
    """The actor is a country itself (the registry's country entries), not a city or district of
    it: Bangladesh is, Chittagong and Gazipur are not, though their ids are as plain.

    >>> is_state(Actor(id="bangladesh", name="Bangladesh", country="BGD"))
    True
    >>> is_state(Actor(id="chittagong", name="Chittagong", country="BGD"))
    False
    """
    registry = _registry()
    if registry is None:  # trust the plain id, as before
        return actor.id.replace("-", " ") == actor.name.lower()
    record = registry.actors.get(actor.id)
    return record is not None and _country_entry(record)


def _country_entry(record) -> bool:
    """A registry record of a country: built from CLDR's territories, named in some language
    (CLDR's time-zone cities, also "cldr", are only link targets with no names to scan)."""
    return record.source == "cldr" and record.type == "GPE" and bool(record.aliases)


# what ends the phrase between a place or state and a name: a clause's or sentence's break, a
# bracket, a quotation mark (envoys_by_title, bodies_by_base)
_PHRASE_BREAK_CHARS = ",.;:।()\"“”"
_PHRASE_BREAK = re.compile(f"[{re.escape(_PHRASE_BREAK_CHARS)}]")

_ENVOY_GAP_WORDS = 4  # "Germany's Acting Deputy Ambassador X": the country, at most this many words, the name


def envoys_by_title(rec: Record, titles: tuple[str, ...]) -> dict[str, str]:
    """Names the text titles as a country's envoy, by actor id (persons, and the "organisations" the
    NER makes of a title and a name): a state's name, a title among
    `titles` within a few words, then the name ("Germany's Acting Ambassador Anja Kersten" ->
    {"new:anja-kersten": "DEU"}; "জার্মানির রাষ্ট্রদূত আনজা কারস্টেন" likewise). The name's own
    country is the sending state's, whatever the article's home country is."""
    states = [e for e in rec.entities if e.type == "GPE" and e.actor is not None and e.actor.country and is_state(e.actor)]
    return _titled_after(rec, states, titles)


def envoys_by_demonym(rec: Record, titles: tuple[str, ...]) -> dict[str, str]:
    """Names the text titles as a country's envoy by its demonym (a nationality, NORP, which the
    groups stage moves out of the entities after the events), by actor id: "Indian High
    Commissioner Rakesh Malhotra" -> {"new:high-commissioner-rakesh-malhotra": "IND"};
    "চীনা রাষ্ট্রদূত ঝাং হুয়াপিং" -> CHN."""
    nations = [e for e in rec.entities if e.type in GROUP_TYPES and e.actor is not None and e.actor.country
               and is_state(e.actor)]
    return _titled_after(rec, nations, titles)


def _titled_after(rec: Record, marks: list, titles: tuple[str, ...]) -> dict[str, str]:
    """The persons and bodies right after one of `marks` (a state or its demonym) with an envoy's
    title between or opening the name (_titled_gap), by actor id, with the mark's country."""
    if not titles or not marks:
        return {}
    found: dict[str, str] = {}
    mark, mark_ids = None, {id(m) for m in marks}
    for e in sorted(rec.entities, key=lambda e: e.start):
        if id(e) in mark_ids:
            mark = e
            continue
        if e.type not in ("PER", "ORG") or e.actor is None or mark is None or not 0 <= e.start - mark.end <= 80:
            continue
        if _titled_gap(rec.text[mark.end:e.start], e.text, titles):
            found.setdefault(e.actor.id, mark.actor.country)
    return found


def _titled_gap(gap: str, name: str, titles: tuple[str, ...]) -> bool:
    """The text between a state and a name holds an envoy's title and nothing more (or the name
    begins with one): "'s Acting Ambassador " is one, "'s " before "High Commissioner Ajit
    Malhotra" too; ", where ambassador " or " and the minister " is not (a clause between)."""
    if any(ch in gap for ch in _PHRASE_BREAK_CHARS):
        return False
    words = gap.split()
    if not gap[:1].isspace() and words:
        words = words[1:]  # the state's own case ending ("Germany's", "জার্মানির" split apart)
    lowered, name = " ".join(words).lower(), name.lower()
    titled = any(lowered.endswith(t.lower()) or name.startswith(t.lower() + " ") for t in titles)
    return len(words) <= _ENVOY_GAP_WORDS and titled


_BASE_GAP_WORDS = 8  # "London-based independent press freedom and media rights group X": a long head noun phrase
_BASE_READ_WORDS = _BASE_GAP_WORDS + 4  # the words after a base mark a body's name must lie in: the gap, then a name of up to four words


def bodies_by_base(rec: Record, marks: tuple[str, ...], breaks: tuple[str, ...] = ()) -> dict[str, str]:
    """Bodies linking leaves without a country that the text names as based in a place, by actor
    id: a linked place, one of `marks` right after it, then at most a few words with no clause
    break before the body's name ("London-based press freedom group Open Newsroom Trust" ->
    {"new:open-newsroom-trust": "GBR"}). The name is matched as written, since the NER may miss it
    there and find it later. Persons are left out: a "London-based" politician or journalist of
    the article's country lives there but is not of that country. The head noun phrase ends at one
    of `breaks` after a common word: in "a London-based lawyer for the Sramik Union" the union is
    not the body based in London ("Centre for Policy Dialogue" keeps its "for": a name word before it)."""
    if not marks:
        return {}
    bases = []  # (the country, the words after the mark up to a clause break)
    for e in rec.entities:
        if e.type in ("GPE", "LOC") and e.actor is not None and e.actor.country:
            end = _base_mark_end(rec.text, e.start, e.end, marks)
            if end is not None:
                after = _PHRASE_BREAK.split(rec.text[end:end + 200], maxsplit=1)[0]
                words = _head_phrase(after.split()[:_BASE_READ_WORDS], breaks)
                bases.append((e.actor.country, " " + " ".join(words) + " "))
    found: dict[str, str] = {}
    for e in rec.entities if bases else ():
        if e.type == "ORG" and e.actor is not None and not e.actor.country:
            name = " " + " ".join(e.text.split()) + " "
            country = next((c for c, after in bases if name in after), None)
            if country:
                found.setdefault(e.actor.id, country)
    return found


def _head_phrase(words: list[str], breaks: tuple[str, ...]) -> list[str]:
    """The words up to the first of `breaks` that follows a common (lower-case) word, or the
    first word: _head_phrase("lawyer for the Sramik Union".split(), ("for",)) == ["lawyer"];
    "group Centre for Policy Dialogue" is kept whole."""
    for i, w in enumerate(words):
        if w.lower() in breaks and (i == 0 or words[i - 1][:1].islower()):
            return words[:i]
    return words


def _base_mark_end(text: str, start: int, end: int, marks: tuple[str, ...]) -> int | None:
    """Where a base mark right after a place's name ends, or None; the NER may have taken the
    mark's hyphen into the name ("London-" + "based")."""
    for mark in marks:
        at = text.find(mark, max(start, end - 1), end + len(mark))
        if at != -1 and at <= end:
            return at + len(mark)
    return None


@default_rule("body_takes_country_of_its_base")
def body_takes_country_of_its_base(ev: Event, facts: ArticleFacts) -> str | None:
    """A body the text names as based in a foreign place is of that place's country, not the
    article's (linking knows no country for it, and the home-country default would make it
    Bangladeshi): "London-based press freedom group Open Newsroom Trust condemned the arson attack
    on a newspaper's office in Dhaka" -> Open Newsroom Trust, GBR.
    """
    return sides_take_countries(ev, facts.bases)  # (any country it has a default gave: linking gave none)


@default_rule("envoy_takes_sending_country")
def envoy_takes_sending_country(ev: Event, facts: ArticleFacts) -> str | None:
    """A side the text titles as a foreign country's envoy is of that country, not the article's
    (the registry knows no country for most envoys, and the home-country default would make them
    Bangladeshi): "Germany's Acting Ambassador Anja Kersten visited ..." -> Anja Kersten, DEU.
    """
    return sides_take_countries(ev, facts.envoys)


@default_rule("envoy_of_a_nationality_takes_its_country")
def envoy_of_a_nationality_takes_its_country(ev: Event, facts: ArticleFacts) -> str | None:
    """A side the text titles as an envoy by a demonym is of that country, not the article's
    home (a foreign office holder keeps his own country in a Bangladeshi report): "Indian High
    Commissioner Rakesh Malhotra met the chief adviser" -> Rakesh Malhotra, IND. It runs after
    envoy_takes_sending_country, as the demonym stands nearer the title than a state before it:
    "বাংলাদেশে নিযুক্ত জাপানি রাষ্ট্রদূত" (the Japanese ambassador posted to Bangladesh) is JPN.
    """
    return sides_take_countries(ev, facts.demonym_envoys)


def sides_take_countries(ev: Event, countries: dict[str, str]) -> str | None:
    """Give each party of `ev` whose actor id `countries` holds that country, and say what changed
    (body_takes_country_of_its_base, envoy_takes_sending_country,
    envoy_of_a_nationality_takes_its_country): with {"new:anja-kersten": "DEU"}, an actor Anja
    Kersten of BGD becomes of DEU, "Anja Kersten -> DEU"; None when nothing changed."""
    changed = []
    for side in (ev.actors, ev.recipients):
        for i, a in enumerate(side):
            country = countries.get(a.id)
            if country and a.country != country:
                side[i] = a.model_copy(update={"country": country})
                changed.append(f"{a.name} -> {country}")
    return ", ".join(changed) or None


# The force types a foreign fight is coded with, and the sectors of a lent generic agent that can
# fight one (troops, rebels; never protesters, students or police, who riot at home).
_FIGHT_TYPES = ("ASSAULT",)
_ARMED_SECTORS = ("MIL", "REB")


@default_rule("side_in_a_foreign_fight")
def side_in_a_foreign_fight(ev: Event, facts: ArticleFacts) -> str | None:
    """An unplaced armed side of a fight abroad is of that country, not the article's: in a
    Bangladeshi report, "The Chin Brotherhood Front clashed with the Arakan Army in Rakhine
    State" -> Chin Brotherhood Front, MMR (linking gives the group no country, and the default
    would make it Bangladeshi); "Troops launched attacks on Arakan Army positions" -> the lent
    troops, MMR. Only where the other side is all of one foreign country F, never the state
    itself ("along the Myanmar border": whose troops?), and the sentence names parties and
    places of F alone. A named person is no armed side (person_is_no_armed_side).
    """
    if ev.type not in _FIGHT_TYPES or not facts.home:
        return None
    changed = []
    for side, other in ((ev.actors, ev.recipients), (ev.recipients, ev.actors)):
        country = _foreign_country_of(other, facts)
        if country is None or not side or not all(_unplaced_armed(a, facts.home) for a in side):
            continue
        if any(person_is_no_armed_side(a, facts) for a in side):
            continue
        if facts.sentence_countries(ev.sentence) != {country}:
            continue
        for i, a in enumerate(side):
            side[i] = a.model_copy(update={"country": country})
            changed.append(f"{a.name} -> {country}")
    return ", ".join(changed) or None


def person_is_no_armed_side(actor: Actor, facts: ArticleFacts) -> bool:
    """Whether `actor` is a person the article names (PER), whom side_in_a_foreign_fight leaves
    to the home-country default: an armed side linking leaves without a country is a body ("the
    Chin Brotherhood Front"), while a named person shot by a foreign force is mostly the home
    country's citizen at the border: "বিএসএফের গুলিতে রফিকুল ইসলাম নিহত" (Rafiqul Islam killed by
    BSF fire) is India -> Bangladesh (GUIDELINES E5), never India -> India."""
    return actor.id in facts.persons


def _foreign_country_of(side: list[Actor], facts: ArticleFacts) -> str | None:
    """The one foreign country every party of `side` is of, none of them a state itself."""
    countries = {a.country for a in side}
    if len(countries) != 1 or None in countries or facts.home in countries:
        return None
    if any(is_state(a) for a in side):
        return None
    return next(iter(countries))


def _unplaced_armed(actor: Actor, home: str) -> bool:
    """A side whose country only a default gave or would give: troops or rebels the agent lexicon
    lent with the home country, or a body linking left without one."""
    if actor.id.startswith("agent:"):
        return actor.sector in _ARMED_SECTORS and actor.country == home
    return actor.id.startswith("new:") and not actor.country


@default_rule("act_in_a_foreign_place_stays_there")
def act_in_a_foreign_place_stays_there(ev: Event, facts: ArticleFacts) -> str | None:
    """A foreign country's party acting in a place of its own, in a sentence naming no other
    country, acts on its own country, not on the article's: in a Bangladeshi report "Indian
    police arrested five protesters in Kolkata" -> India -> India (the lexicon had lent the
    protesters Bangladesh), and "কলকাতায় ভারতীয় পুলিশ পাঁচজনকে গ্রেপ্তার করেছে" (no recipient
    named) -> India -> India, as GUIDELINES E5 codes a domestic event. "BSF members opened fire
    near the border" names no Indian place and still acts on the home country
    (unnamed_recipient_is_home_state).
    """
    country = _foreign_scene(ev, facts)
    if country is None:
        return None
    changed = []
    for side, other in ((ev.actors, ev.recipients), (ev.recipients, ev.actors)):
        facing_named = any(not a.id.startswith("agent:") for a in other)
        for i, party in enumerate(side):
            if facing_named and party.sector in _ARMED_SECTORS:
                continue  # troops facing a named foreign side may be either's: side_in_a_foreign_fight decides fights
            if _unplaced_party(party, facts.home):
                side[i] = party.model_copy(update={"country": country})
                changed.append(f"{party.name} -> {country}")
    if not ev.recipients:
        ev.recipients = [facts.state(country)]
        changed.append(f"recipient = {ev.recipients[0].name}")
    return ", ".join(changed) or None


def _foreign_scene(ev: Event, facts: ArticleFacts) -> str | None:
    """The one foreign country F in a place of which the actors act, in a sentence whose linked
    names are all of F, the actors of F or left unplaced ("Police in New Delhi detained ...");
    None otherwise."""
    if not facts.home or not ev.actors:
        return None
    places = facts.sentence_place_countries(ev.sentence, {a.id for a in ev.actors + ev.recipients})
    if len(places) != 1 or facts.sentence_countries(ev.sentence) != places:
        return None
    (country,) = places
    if country == facts.home or not is_country_code(country):
        return None
    placed = [a for a in ev.actors if not _unplaced_party(a, facts.home)]
    return country if all(a.country == country for a in placed) else None


def is_country_code(country: str) -> bool:
    """The code of one country, as a state may stand for: not a group's ("IGO", "NGO", "MNC") nor
    any other length of code. "IND" -> True, "IGO" -> False."""
    return len(country) == 3 and country not in ("IGO", "NGO", "MNC")


def _unplaced_party(actor: Actor, home: str | None) -> bool:
    """A party whose country only the agent lexicon's default gave: a generic agent ("police",
    "students") lent the home country. A named person linking left without a country is no
    such party: a home spokesman speaking of India is still home's."""
    return actor.id.startswith("agent:") and actor.country == home


@default_rule("stateless_side_takes_home_country")
def stateless_side_takes_home_country(ev: Event, facts: ArticleFacts) -> str | None:
    """A named person or body the registry gives no country is taken to be of the article's country.

    "মাহমুদুর রহমান বলেন ..." in an article whose names are mostly Bangladeshi: Mahmudur Rahman -> BGD.
    Agents the text leaves unowned ("unidentified gunmen") keep no country.
    """
    if not facts.home:
        return None
    changed = []
    for side in (ev.actors, ev.recipients):
        for i, a in enumerate(side):
            if not a.country and a.sector != "UAF":
                side[i] = a.model_copy(update={"country": facts.home})
                changed.append(a.name)
    return f"{', '.join(changed)} -> {facts.home}" if changed else None


def _home_act_unaimed(ev: Event, facts: ArticleFacts, types: tuple[str, ...]) -> bool:
    """Whether `ev` is an act of one of `types` by the home country's parties alone with no
    recipient named, the case complaint_aims_at_the_foreign_side_named,
    protest_over_an_incident_aims_at_its_doer and counterpart_of_a_two_sided_act each aim:
    "বিজিবি অভিযোগ করছে" (BGB complains) in a Bangladeshi report -> True for ("ACCUSE",); an
    ACCUSE by BGB against India, or one by India's BSF, -> False."""
    return (not ev.recipients and ev.type in types and bool(facts.home)
            and {a.country for a in ev.actors} == {facts.home})


# the types whose recipient is the party a speaker aims at (the accused: ACCUSE only so far), who
# is the foreign side a sentence names beside the home country, not the home country's own public
_AIMED_TYPES = ("ACCUSE",)


@default_rule("complaint_aims_at_the_foreign_side_named")
def complaint_aims_at_the_foreign_side_named(ev: Event, facts: ArticleFacts) -> str | None:
    """A home party's accusation with no recipient named, in a sentence whose linked names (parties
    and places) name one foreign country besides the home country, accuses that foreign country
    (a group's code, "IGO", "NGO", "MNC", is no country and does not count): in a Bangladeshi
    report "ভারত থেকে মানুষ ঠেলে পাঠানো হচ্ছে বলে অভিযোগ করছে বিজিবি" (BGB complains people are
    pushed in from India) -> Bangladesh -> India, not Bangladesh -> Bangladesh
    (unnamed_recipient_is_home_state). Arrests and attacks keep the home public as recipient.
    The country must be named as a party (ArticleFacts.sentence_party_countries), not only as a
    place or a journey: "ভারতে পালানোর সময় তাকে আটক করা হয়েছে বলে অভিযোগ করেছে পুলিশ" (police
    complain he was held while fleeing to India) and "ভারত সফর থেকে ফিরে বিএনপি অভিযোগ করেছে" (back
    from a visit to India, the BNP complained) accuse no one in India.
    """
    if not _home_act_unaimed(ev, facts, _AIMED_TYPES):
        return None
    foreign = {c for c in facts.sentence_countries(ev.sentence) - {facts.home} if is_country_code(c)}
    if len(foreign) != 1 or not foreign <= facts.sentence_party_countries(ev.sentence):
        return None
    ev.recipients = [facts.state(foreign.pop())]
    return f"recipient = {ev.recipients[0].name}"


# the acts told as a response to an incident just reported, aimed at whoever did it
# (protest_over_an_incident_aims_at_its_doer), and the acts that make such an incident
_RESPONSE_TYPES = ("PROTEST", "ACCUSE")
INCIDENT_TYPES = ("ASSAULT", "COERCE")


@default_rule("protest_over_an_incident_aims_at_its_doer")
def protest_over_an_incident_aims_at_its_doer(ev: Event, facts: ArticleFacts) -> str | None:
    """A home party's protest or condemnation with no recipient named, whose trigger's clause
    refers back to "the incident" (`incident_nouns`: "ঘটনার পর গ্রামবাসী মানববন্ধন করেন" = after the
    incident the villagers formed a human chain; "ঘটনার প্রতিবাদে" = in protest at the incident) or
    to an act with a demonstrative ("বাংলাদেশ এই হত্যাকাণ্ডের নিন্দা জানাচ্ছে" = Bangladesh condemns
    this killing, coder.names_an_incident), aims at whoever did the incident last told: a foreign
    side's attack or arrest earlier in the article. After "BSF fire killed a youth at the border"
    that protest is Bangladesh -> India, not Bangladesh -> Bangladesh (unnamed_recipient_is_home_state),
    and so is the condemnation (GUIDELINES E5: the condemned attacker is the recipient). One naming
    no incident, or one after a home party's own act, keeps the home country's default.
    """
    if not _home_act_unaimed(ev, facts, _RESPONSE_TYPES) or not facts.names_an_incident(ev.sentence, ev.trigger.start):
        return None
    incident = next((e for e in reversed(facts.earlier)
                     if e.type in INCIDENT_TYPES and e.sentence <= ev.sentence), None)
    if incident is None:
        return None
    doers = [a for a in incident.actors if a.country]
    countries = {a.country for a in doers}
    if len(countries) != 1 or facts.home in countries or not is_country_code(next(iter(countries))):
        return None
    ev.recipients = [a.model_copy() for a in doers]
    return f"recipient = {', '.join(a.name for a in doers)}"


# the acts a home party aims across a border or table (counterpart_of_a_two_sided_act)
_ACROSS_TYPES = ("REQUEST", "CONSULT", "PROTEST", "ACCUSE")


@default_rule("counterpart_of_a_two_sided_act")
def counterpart_of_a_two_sided_act(ev: Event, facts: ArticleFacts) -> str | None:
    """A home party's demand, meeting, protest or complaint with no recipient named, in a sentence
    whose phrase sets the act between two sides (`counterpart_cues`: "দুই বাহিনীর" = of the two
    forces, "পতাকা বৈঠক" = a flag meeting, "সীমান্ত হত্যা" = a border killing), acts on the article's
    counterpart: the one foreign country its earlier events set against the home country. After
    "BSF fire killed a youth" (India -> Bangladesh), "বিকেলে দুই বাহিনীর কর্মকর্তারা বৈঠকে বসবেন" (the
    two forces' officers will meet) is Bangladesh -> India, and "আমরা পতাকা বৈঠকের আহ্বান করেছি" (we
    called for a flag meeting) asks India, not Bangladesh (unnamed_recipient_is_home_state). No
    such phrase, or earlier events against two foreign countries or none, keeps the home default.
    """
    if not _home_act_unaimed(ev, facts, _ACROSS_TYPES) or not facts.names_two_sides(ev.sentence):
        return None
    across = {c for e in facts.earlier for c in _set_against(e, facts.home)}
    if len(across) != 1:
        return None
    ev.recipients = [facts.state(across.pop())]
    return f"recipient = {ev.recipients[0].name}"


def _set_against(ev: Event, home: str) -> set[str]:
    """The foreign countries an event sets against the home country: those on the other side of
    an event with the home country on one side ("India -> Bangladesh": {"IND"}); none for an
    event within one country or between two foreign ones, nor a group's code ("IGO")."""
    actors = {a.country for a in ev.actors if a.country}
    recipients = {a.country for a in ev.recipients if a.country}
    other = recipients if home in actors else actors if home in recipients else set()
    return {c for c in other - {home} if is_country_code(c)}


@default_rule("unnamed_recipient_is_home_state")
def unnamed_recipient_is_home_state(ev: Event, facts: ArticleFacts) -> str | None:
    """An event by one country's actors with no recipient named acts on the article's home country
    (its state or public): "Police arrested five people in Khulna" -> recipient Bangladesh (the
    country, never a city the article names, nor the acting state itself). A foreign actor acts on
    the home country too, never on its own state: in a Bangladeshi report "BSF members opened fire
    near the border" -> India -> Bangladesh (India -> India before). Without a home country, the
    actors' own country stands in.

    Not for actors of several countries ("Russia and China held talks": together, no recipient).
    """
    if ev.recipients:
        return None
    countries = {a.country for a in ev.actors if a.country}
    if len(countries) != 1:
        return None
    (country,) = countries
    if not is_country_code(country):
        return None
    state = facts.state(facts.home or country)
    if any(a.id == state.id for a in ev.actors):
        return None  # "Bangladesh protested": a state is not its own recipient
    ev.recipients = [state]
    return f"recipient = {ev.recipients[0].name}"


@default_rule("agentless_arrest_acts_on_home_people")
def agentless_arrest_acts_on_home_people(ev: Event, facts: ArticleFacts) -> str | None:
    """An agentless passive arrest whose actor is the article's state, which the text never names
    (only the role rule passive_home_state_agent lends a state the text does not name: its id is
    state_actor's, "state:BGD"), and whose arrested are left unnamed acts on that state's own
    people: "ঘটনাস্থল থেকে তিনজনকে আটক করা হয়েছে" (three were detained at the scene) -> Bangladesh ->
    Bangladesh, as GUIDELINES E5 codes a domestic event. A state is no recipient of its own
    protest (unnamed_recipient_is_home_state), but those it detains are its public. Decided from
    the event's own parties, never from another rule's trace.
    """
    if ev.recipients or len(ev.actors) != 1:
        return None
    (actor,) = ev.actors
    if not actor.country or actor.id != state_actor(actor.country).id:
        return None  # a state the text names ("Bangladesh protested") is no lent agent
    state = facts.state(actor.country)
    if actor.id != state.id:
        return None
    ev.recipients = [state]
    return f"recipient = {state.name}"


ORDER = ("envoy_takes_sending_country", "envoy_of_a_nationality_takes_its_country",
         "body_takes_country_of_its_base", "side_in_a_foreign_fight",
         "act_in_a_foreign_place_stays_there", "stateless_side_takes_home_country",
         "complaint_aims_at_the_foreign_side_named", "protest_over_an_incident_aims_at_its_doer",
         "counterpart_of_a_two_sided_act", "unnamed_recipient_is_home_state",
         "agentless_arrest_acts_on_home_people")


def apply(rec: Record, events: list[Event], home: str | None, envoy_titles: tuple[str, ...] = (),
          base_marks: tuple[str, ...] = (), base_breaks: tuple[str, ...] = (),
          party_countries: "Callable[[int], set[str]] | None" = None,
          names_an_incident: "Callable[[int, int], bool] | None" = None,
          names_two_sides: "Callable[[int], bool] | None" = None) -> list[Event]:
    """Run every default in ORDER over the events; each decision goes into the event's trace
    (`envoy_titles`: the language's titles of a country's envoy, events.yaml `envoy_titles`;
    `base_marks`: what joins a place to a body based there, events.yaml `base_marks`;
    `base_breaks`: words ending the phrase after it, `base_phrase_breaks`; `party_countries`: the
    countries a sentence, by its index, names as parties, coder.countries_named_as_parties;
    `names_an_incident`: whether the clause of a sentence, by its index, that holds a character offset
    refers to an incident, coder.names_an_incident; `names_two_sides`: whether a sentence, by its
    index, sets its act between the home country and a foreign counterpart, coder.names_two_sides)."""
    facts = ArticleFacts(rec, home, envoy_titles, base_marks, base_breaks, party_countries, names_an_incident,
                         names_two_sides)
    for ev in events:
        for name in ORDER:
            decision = RULES[name](ev, facts)
            if decision:
                ev._explain.append({"step": "default", "rule": name, "decision": decision})
        facts.earlier.append(ev)
    return events
