"""Linking in context: a candidate actor must agree with what the text says around the mention.

Each rule is a small function over the linker's working spans (start, end, type, match|None,
from_ner) and returns new spans; `RULES` names them in the order `actors.link.run` applies
them. The words they read are data: the `context:` section of lang/<code>/actors.yaml, checked
by `ContextWords` (an unknown key is an error, not a silently ignored typo).

    diplomatic_mission   "ঢাকায় অবস্থিত ফরাসি দূতাবাস": French Embassy, Dhaka, not France
    place_part           "ঢাকা দক্ষিণের", "South Keraniganj": that part of the place
    place_named_body     "ঢাকা ক্যাপিটালস", "ঢাকা পোস্টকে", "Kolkata Police": a body named after
                         a place, not the place
    place_of_body        "জাতীয় সংসদ ভবন এলাকায়": Jatiya Sangsad Bhaban, a place of the body,
                         not the body
    franchise_by_city    "রাজশাহীর বিপক্ষে" after "রাজশাহী ওয়ারিয়র্স": the team, not the city
    namesake_by_age      "আবদুর রাজ্জাক (২৩)", "Abdur Razzak, 45,": a private person, never a
                         famous namesake
    namesake_by_role     "ইউপি সদস্য হাসান মাহমুদ", "Hasan Mahmud, a schoolteacher": a private
                         person's occupation at the name, never the famous namesake
    namesake_by_full_name  "Hasina Begum", "হাসিনা বেগম": a private last name word after a famous
                         name that none of its forms carries: another person
    namesake_by_parent   "... গ্রামের আবুল হোসেনের ছেলে", "Hasan Mahmud, son of Abul Hossain": a
                         private person's parent the registry does not know
    namesake_in_match_report  "হাসান মাহমুদ ৩ উইকেট নেন" in a match report: the player, not the
                         office holder of the registry
    foreign_namesake     "আবদুল কাদের" in a Bangladeshi story: not a foreign politician of the
                         imported dictionaries
    national_team        "বাংলাদেশ" in a match report: Bangladesh national cricket team
    parliament_election  "ত্রয়োদশ জাতীয় সংসদ নির্বাচন": 2026 Bangladeshi general election
    ordinal_parliament   "ষষ্ঠ সংসদের", "the 6th parliament": 6th Jatiya Sangsad
    shared_name_by_country  "NPP" in an article about Bangladesh: the Bangladeshi party, not Sri
                         Lanka's National People's Power (a name bodies of several countries share)
    local_sense          "ইউএনও", "তৃণমূল" in a Bangladeshi article: an office or "grassroots",
                         not the United Nations or the Trinamool Congress
    home_place_abroad    "Raipur" in an Indian story: the Indian city, not the Bangladeshi upazila
    one_person           "শফিকুল ইসলাম" after "শফিকুল ইসলাম ভূঁইয়া": the first words of the
                         article's fuller name are that person, not a namesake
    own_country_ministry "খাদ্য মন্ত্রণালয়", "the food ministry" in an article about Bangladesh:
                         Ministry of Food (Bangladesh), even where the registry lacks it
    home_body_phrases    "the interim government" the NER missed, in an article about
                         Bangladesh: Interim Government of Bangladesh (not in a sentence of
                         1991, nor in an article from before its `from:` date)
    untagged_ministry    "the education ministry", "India's health ministry" the NER missed:
                         the ministry of the country named before it, else of the home country
    body_of_another_era  "In 1991 the Interim Government of Bangladesh ...": a dated body in a
                         sentence whose years are all outside its dates is not linked
    local_station        "শিবচর ফায়ার সার্ভিসের": the Shibchar fire station, not the national
                         Fire Service and Civil Defence
    bus_company          "হানিফ পরিবহনের একটি বাস" the NER missed: the bus company Hanif Paribahan
    quoted_bus_name      "‘সোহাগ লাইন’ নামের একটি বাস": the quoted name is the bus's company
    road_between_places  "ঢাকা-আরিচা মহাসড়কের": one road, Dhaka-Aricha Highway, not two places
    named_after_person   "খালেদা জিয়া হল", "Manik Mia Avenue": the place named after the person
    bare_upazila_town    "কলাপাড়ায়", "in Kalapara" with no "উপজেলা"/"upazila": the town Kalapara,
                         not the unit Kalapara Upazila the text never named
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date as Date
from functools import lru_cache
from pathlib import Path

import regex

from ..lang.pack_keys import reject_unknown_keys
from ..textutil import terminator_class
from .keys import fold_token, is_cased, key_tokens, tokens, tokens_in
from .provisional import Provisional
from .registry import Match
from .romanise import romanise
from .words import actors_yaml, morphology_yaml

CONTEXT_KEYS = {"name_heads", "inner_units", "local_senses", "past_words", "org_case_endings", "glued_postpositions",
                "sport_words", "team_name", "place_case_endings", "place_words_before", "place_words_after",
                "team_heads", "team_words_before", "team_words_after", "elections",
                "team_places", "place_name_endings", "part_heads", "missions", "private_roles",
                "country_forms", "foreign_name_endings", "place_parts", "ministries", "possessive_marks",
                "side_case_endings", "place_postpositions", "arrival_verbs", "league_seasons", "local_stations",
                "fleet_heads", "bus_names", "road_heads", "named_after", "body_parts",
                "second_sides", "place_offices", "national_words", "player_roles"}
ELECTION_KEYS = {"country", "bodies", "words", "ordinals", "next_words", "last_words", "country_unless_other",
                 "parliaments", "parliament_name"}
ELECTIONS_PATH = Path(__file__).resolve().parents[1] / "data" / "actors" / "elections.yaml"
UPCOMING_DAYS = 550      # an election named without a number: the next one, when it is this near
MIN_SPORT_WORDS = 4      # distinct words of one sport that make an article a match report
HEAD_TYPES = {"ORG", "GPE", "FAC"}
# an age right after a name: "রাজ্জাক (২৩)", "Razzak (23)", "Razzak, 23,"
_AGE = regex.compile(r"\s*(?:\(\s*\p{Nd}{1,3}\s*\)|,\s*\p{Nd}{1,3}\s*(?:,|\.|$))")


class ContextWords:
    """The `context:` section of one language's actors.yaml.

    >>> ContextWords({"name_heads": {"ORG": ["Police"]}}).heads["police"]
    'ORG'
    """

    def __init__(self, data: dict | None, where: str = "actors.yaml"):
        data = data or {}
        reject_unknown_keys(data, CONTEXT_KEYS, f"{where} context")
        self.heads: dict[str, str] = {}
        for typ, words in (data.get("name_heads") or {}).items():
            if typ not in HEAD_TYPES:
                raise ValueError(f"{where} context.name_heads: type {typ!r} is not one of {sorted(HEAD_TYPES)}")
            for w in words:
                self.heads[fold_token(w)] = typ
        self._read_sides(data, where)
        self.local_senses: dict[str, str] = {
            " ".join(key_tokens(w)): country for country, ws in (data.get("local_senses") or {}).items() for w in ws}
        self.past_words = {fold_token(w) for w in data.get("past_words") or []}
        # unit words between a place and a body's head, never a head alone (`_head_run`)
        self.inner_units = {fold_token(w) for w in data.get("inner_units") or []}
        # the genitive written apart after a name and before a space ("Sri Lanka's Kumar
        # Sangakkara"), as written: the player's own country (`_before_a_player`)
        self.possessive_marks = tuple(data.get("possessive_marks") or ())
        self.org_case_endings = tuple(fold_token(w) for w in data.get("org_case_endings") or [])
        self.glued_postpositions = tuple(fold_token(w) for w in data.get("glued_postpositions") or [])
        self.place_case_endings = tuple(fold_token(w) for w in data.get("place_case_endings") or [])
        self.place_name_endings = tuple(fold_token(w) for w in data.get("place_name_endings") or [])
        self.place_words_before = {fold_token(w) for w in data.get("place_words_before") or []}
        # a country right before one of these is the place the word is about ("ইংল্যান্ড সফরে":
        # on the tour of England), never a side that plays
        self.place_words_after = {fold_token(w) for w in data.get("place_words_after") or []}
        # genitive endings an unknown person's name loses in a story set abroad, as (ending, what
        # of it stays): ("ের", "") "ওডোবার্টের" -> "ওডোবার্ট", ("ির", "ি") "বেলোত্তির" -> "বেলোত্তি"
        self.foreign_name_endings = sorted(((fold_token(k), fold_token(v or "")) for k, v in
                                            (data.get("foreign_name_endings") or {}).items()),
                                           key=lambda x: -len(x[0]))
        self.elections = ElectionWords(data.get("elections"), where)
        # the last word of a place or body inside a known body ("Dhaka University Central Mosque"):
        # the whole name is that place, not the body it belongs to
        self.part_heads = {fold_token(w) for w in data.get("part_heads") or []}
        self._read_local_bodies(data, where)
        self.missions = MissionWords(data.get("missions"), where)
        self._read_roles(data, where)
        self.parts_after, self.parts_before = _place_parts(data.get("place_parts"), where)
        # how a writer adds a country to a body's name ("{body} of {country}"), for
        # actors.link._own_country_bodies; the country with a case ending before the body is
        # every language's form and needs no listing
        self.country_forms = _country_forms(data.get("country_forms"), where)
        # the word a national body's name opens with, which the press leaves out as it leaves out
        # the country ("ঐকমত্য কমিশন": জাতীয় ঐকমত্য কমিশন), for the same rule: it stands in
        # the country's slot of `country_forms`
        self.national_words = {key_tokens(w) for w in data.get("national_words") or []} - {()}
        self.ministries = MinistryWords(data.get("ministries"), where)

    def _read_roles(self, data: dict, where: str) -> None:
        """`private_roles`: the words that show a name to be a private person's."""
        # occupations of private people, right before a name ("ভ্যানচালক", "farmer") or in an
        # apposition after it ("নামে এক", ", a schoolteacher"; the apposition opens with one of
        # `articles`): the name is a namesake's
        roles = data.get("private_roles") or {}
        if set(roles) - {"before", "after", "articles", "offices", "kin_after_parent", "kin_before_parent",
                         "name_ends"}:
            raise ValueError(f"{where} context.private_roles: keys are before, after, articles, offices, "
                             f"kin_after_parent, kin_before_parent and name_ends: {sorted(roles)}")
        # the last name words of private people ("বেগম", "Khatun"): right after a famous name
        # none of whose forms carries them, the whole name is another person's
        self.private_name_ends = {fold_token(w) for w in roles.get("name_ends") or []}
        self.private_before = {key_tokens(w) for w in roles.get("before") or []}
        # local offices ("ইউএনও", "officer-in-charge"): a title, yet one no national figure of the
        # registry holds, so even titled the name is a namesake's
        self.local_offices = {key_tokens(w) for w in roles.get("offices") or []}
        # a person given as someone's child or wife: the kin word after the parent's name
        # ("... গ্রামের আবুল হোসেনের ছেলে") or before it (", son of Abul Hossain")
        self.kin_after_parent = {fold_token(w) for w in roles.get("kin_after_parent") or []}
        self.kin_before_parent = {key_tokens(w) for w in roles.get("kin_before_parent") or []}
        self.private_after = {key_tokens(w) for w in roles.get("after") or []}
        self.private_articles = {fold_token(w) for w in roles.get("articles") or []}

    def _read_local_bodies(self, data: dict, where: str) -> None:
        """`local_stations` (local_station: a service's short name -> its station's English),
        `fleet_heads` (bus_company: a fleet word -> the words that follow it), `bus_names`
        (quoted_bus_name) and `road_heads` (road_between_places: a road word -> its English). Example: {"local_stations": {"ফায়ার সার্ভিস": "Fire Service Station"}}."""
        self.local_stations = {key_tokens(k): v for k, v in (data.get("local_stations") or {}).items()}
        self.fleet_heads = {fold_token(k): {fold_token(w) for w in v} for k, v in (data.get("fleet_heads") or {}).items()}
        self.bus_names = _bus_name_pattern(data.get("bus_names"), where)
        self.road_heads = {fold_token(k): v for k, v in (data.get("road_heads") or {}).items()}
        # an office-holder's office after a place ("ঢাকা জেলা প্রশাসকের কার্যালয়") -> its English
        # (place_office): the words folded, the last one maybe with a case ending
        self.place_offices = {key_tokens(k): v for k, v in (data.get("place_offices") or {}).items()}
        # the words for a body's day or seat after its name ("বিজিবি দিবস": BGB Day; "পুলিশ সদর
        # দপ্তর": Bangladesh Police Headquarters) -> (English, type) (body_part)
        self.body_parts = {key_tokens(k): (v[0], v[1]) for k, v in (data.get("body_parts") or {}).items()}
        # a place or body named after a person ("খালেদা জিয়া হল", "Manik Mia Avenue"):
        # modifier words, then the head words that end its name (named_after_person)
        after = data.get("named_after") or {}
        if set(after) - {"modifiers", "heads", "tails"}:
            raise ValueError(f"{where} context.named_after: keys are modifiers, heads and tails: {sorted(after)}")
        self.named_after_modifiers = {fold_token(w) for w in after.get("modifiers") or []}
        self.named_after_heads = {fold_token(w) for w in after.get("heads") or []}
        # ... and words that end such a name only after a modifier or head ("মহিলা কলেজ",
        # "মেডিকেল কলেজ হাসপাতাল"), never right after the name ("রাকিব হাসান কলেজে যাওয়ার পথে":
        # on his way to college; "তারেক রহমান হাসপাতালে যান": he went to hospital)
        self.named_after_tails = {fold_token(w) for w in after.get("tails") or []}

    def _read_sides(self, data: dict, where: str) -> None:
        """The words of sport: teams, sides and the sports themselves ("ক্যাপিটালস" -> a team
        head, an ORG head word too)."""
        # franchise teams ("ঢাকা ক্যাপিটালস"): names of bodies, and the sign of a league, where
        # a country is a player's nationality, not a national team
        self.team_heads = {fold_token(w) for w in data.get("team_heads") or []}
        for w in self.team_heads:
            self.heads.setdefault(w, "ORG")
        # the words around a bare city that make it a side ("ঢাকার প্রথম ম্যাচে", "against Dhaka"):
        # the city's franchise team, where the article named it in full
        self.team_words_before = {fold_token(w) for w in data.get("team_words_before") or []}
        self.team_words_after = {fold_token(w) for w in data.get("team_words_after") or []}
        # a player's role between a country in the genitive and the player's name ("বাংলাদেশের
        # পেসার তাসকিন"): the country is the player's own (`_before_a_player`)
        self.player_roles = {fold_token(w) for w in data.get("player_roles") or []}
        # the case endings of a side that plays, subject or object ("" bare, "কে": "খুলনাকে
        # হারিয়েছে"), and the postpositions that make a bare name a place ("রংপুর থেকে"): in a
        # match report a franchise team's city written so is the side (`_written_as_side`)
        self.side_case_endings = tuple(fold_token(w) for w in data.get("side_case_endings") or [])
        self.place_postpositions = {fold_token(w) for w in data.get("place_postpositions") or []}
        self.arrival_verbs = {fold_token(w) for w in data.get("arrival_verbs") or []}
        # a franchise league's seasons: from which day (to which, if over) which registry sides
        # play, so that a city a league report writes as a side is its side (`_season_sides`),
        # and the league's own names ("বিপিএল"), a sign of a league report as a side's head word is
        self.league_seasons: list[tuple[str, str | None, tuple[str, ...], frozenset[str]]] = []
        for season in data.get("league_seasons") or []:
            if set(season) - {"from", "to", "sides", "names"} or not season.get("from"):
                raise ValueError(f"{where} context.league_seasons: each is {{from, to, sides, names}}: {season!r}")
            self.league_seasons.append((str(season["from"]), str(season["to"]) if season.get("to") else None,
                                        tuple(season.get("sides") or ()),
                                        frozenset(fold_token(w) for w in season.get("names") or ())))
        self.league_seasons.sort(key=lambda x: x[0])   # the latest season last, whatever the file's order
        self.sport_words = {sport: {fold_token(w) for w in ws} for sport, ws in (data.get("sport_words") or {}).items()}
        self.team_name = data.get("team_name") or "{country} national {sport} team"
        # the letter of a country's second side, quoted or before a word for a side ("বাংলাদেশ
        # ‘এ’ দলের": Bangladesh A) -> its English letter (country_second_side)
        sides = data.get("second_sides") or {}
        self.second_side_letters = {fold_token(k): v for k, v in (sides.get("letters") or {}).items()}
        self.second_side_words = {fold_token(w) for w in sides.get("side_words") or []}
        # sides that are no country of the registry's ("England", "West Indies"): names -> (English
        # name, country code or None)
        self.team_places: dict[tuple, tuple[str, str | None]] = {}
        for entry in data.get("team_places") or []:
            if set(entry) - {"name", "country", "names"} or not entry.get("name"):
                raise ValueError(f"{where} context.team_places: each entry is {{name, country, names}}: {entry!r}")
            for w in [entry["name"], *(entry.get("names") or [])]:
                self.team_places[key_tokens(w)] = (entry["name"], entry.get("country"))

    @classmethod
    def from_pack(cls, pack) -> "ContextWords":
        data = actors_yaml(pack)
        return cls(data.get("context"), f"lang/{pack.code}/actors.yaml" if pack is not None else "actors.yaml")


def _country_forms(forms: list | None, where: str) -> list[tuple]:
    """`context.country_forms`, each split and folded but for its two slots.

    >>> _country_forms(["{body} of {country}"], "x")
    [('{body}', 'of', '{country}')]
    """
    out = [tuple(w if w in ("{body}", "{country}") else fold_token(w) for w in f.split()) for f in forms or []]
    if any(sorted(p for p in f if p[0] == "{") != ["{body}", "{country}"] for f in out):
        raise ValueError(f"{where} context.country_forms: each holds {{body}} and {{country}} once")
    return out


def _place_parts(parts: dict | None, where: str) -> tuple[dict[str, str], dict[str, str]]:
    """`context.place_parts`: the words that name a part or unit of the place next to them,
    after it ("ঢাকা দক্ষিণ") and before it ("South Keraniganj"), folded, with their English
    ("" for the place itself).

    >>> _place_parts({"after": {"জেলা": "", "দক্ষিণ": "South"}}, "x")[0]["দক্ষিণ"]
    'South'
    """
    parts = parts or {}
    if set(parts) - {"after", "before"}:
        raise ValueError(f"{where} context.place_parts: keys are after and before: {sorted(parts)}")
    return tuple({fold_token(k): v or "" for k, v in (parts.get(side) or {}).items()}
                 for side in ("after", "before"))


_NEXT_WORD = regex.compile(r"[ \u00a0]([\p{L}\p{M}\p{N}\u200c\u200d]+)")


class MissionWords:
    """`context.missions`: a country's mission abroad ("ফরাসি দূতাবাস", "British High Commission"):
    mission words -> English kind, and the capital a foreign mission sits in, by host country.

    >>> MissionWords({"words": {"দূতাবাস": "Embassy"}, "capitals": {"BGD": "Dhaka"}}, "x").kinds[("দূতাবাস",)]
    'Embassy'
    """

    def __init__(self, data: dict | None, where: str):
        data = data or {}
        reject_unknown_keys(data, {"words", "capitals"}, f"{where} context.missions")
        self.kinds: dict[tuple, str] = {key_tokens(w): kind for w, kind in (data.get("words") or {}).items()}
        self.capitals: dict[str, str] = dict(data.get("capitals") or {})
        self.max_len = max((len(k) for k in self.kinds), default=0)
        self.firsts = tuple({k[0] for k in self.kinds})   # a token starting with none starts no mission


class MinistryWords:
    """`context.ministries`: a ministry named by what it does, subject words and a head word in
    either order, a link word allowed between ("খাদ্য মন্ত্রণালয়", "ধর্ম বিষয়ক মন্ত্রণালয়",
    "Ministry of Food", "food ministry").

    >>> w = MinistryWords({"heads": ["ministry"], "links": ["of"], "subjects": {"food": "Food"}}, "x")
    >>> w.subject(("ministry", "of", "food"), lambda t: [])
    'Food'
    """

    def __init__(self, data: dict | None, where: str):
        data = data or {}
        reject_unknown_keys(data, {"heads", "links", "subjects", "owner_links"}, f"{where} context.ministries")
        self.heads = {fold_token(w) for w in data.get("heads") or []}
        self.links = {fold_token(w) for w in data.get("links") or []}
        # the words that may stand between a ministry and the country that owns it, after it
        # ("the foreign ministry in Beijing"); none in a language that names the owner before
        self.owner_links = {fold_token(w) for w in data.get("owner_links") or []}
        self.subjects: dict[tuple, str] = {key_tokens(w): v for w, v in (data.get("subjects") or {}).items()}

    def subject(self, toks: tuple, stems) -> str | None:
        """The English subject of a ministry named by `toks` (key tokens), or None; `stems(t)`
        gives a word's stems, for the head word's case ending ("মন্ত্রণালয়ের")."""
        if len(toks) < 2 or not self.heads:
            return None
        def head(t: str) -> bool:
            return t in self.heads or any(st in self.heads for st in stems(t))
        if head(toks[-1]):       # "খাদ্য মন্ত্রণালয়", "food ministry"
            rest = toks[:-1]
            rest = rest[:-1] if len(rest) > 1 and rest[-1] in self.links else rest
        elif head(toks[0]):      # "Ministry of Food"
            rest = toks[1:]
            rest = rest[1:] if len(rest) > 1 and rest[0] in self.links else rest
        else:
            return None
        return self.subjects.get(tuple(rest))

    def subject_of(self, surface: str, li) -> str | None:
        """`subject` of a span as written, its articles (`li.articles`) off: the one reading of a
        ministry's name for actors.context, actors.home and actors.provisional alike.
        Example: subject_of("the food ministry", en) -> "Food"; subject_of("the ministry", en) -> None."""
        if not self.subjects:
            return None
        toks = tuple(t for t in key_tokens(surface) if t not in li.articles)
        return self.subject(toks, li.morph.stems)


class ElectionWords:
    """`context.elections`: how a national election is named by its body ("জাতীয় সংসদ নির্বাচন")."""

    def __init__(self, data: dict | None, where: str):
        data = data or {}
        reject_unknown_keys(data, ELECTION_KEYS, f"{where} context.elections")
        self.country = data.get("country")
        # the language's own country when the article names no other ("সংসদ নির্বাচন" in Bengali)
        self.country_unless_other = bool(data.get("country_unless_other"))
        self.bodies = {key_tokens(w) for w in data.get("bodies") or []}
        self.max_body = max((len(b) for b in self.bodies), default=0)
        self.words = {fold_token(w) for w in data.get("words") or []}
        self.ordinals = {fold_token(k): int(v) for k, v in (data.get("ordinals") or {}).items()}
        self.next_words = {fold_token(w) for w in data.get("next_words") or []}
        self.last_words = {fold_token(w) for w in data.get("last_words") or []}
        # the parliament itself named by its number ("ষষ্ঠ সংসদ", "the 6th parliament"), and the
        # name such a one takes ("{nth} Jatiya Sangsad": "6th Jatiya Sangsad")
        self.parliaments = {key_tokens(w) for w in data.get("parliaments") or []}
        self.parliament_name = data.get("parliament_name")


@lru_cache(maxsize=1)
def national_elections() -> dict[str, list[tuple[str, str]]]:
    """data/actors/elections.yaml: country -> [(date, name)] in order.
    Example: national_elections()["BGD"][0] == ("1973-03-07", "1973 Bangladeshi general election")."""
    from ..diskcache import parsed_yaml   # a warm start need not import the YAML parser
    data = parsed_yaml("data-yaml-elections", ELECTIONS_PATH) or {}
    return {c: [(str(x["date"]), x["name"]) for x in xs] for c, xs in data.items()}


def _head_run(text: str, end: int, words: ContextWords, li) -> tuple[int, str] | None:
    """The head words right after a place ("ক্যাপিটালস", "পুলিশ থানার"): (end, type) or None.
    In a cased script a head must be capitalised ("Kolkata Police", not "Dhaka police") unless
    it names an administrative unit (GPE: "Dumki upazila"). A unit word of `context.inner_units`
    counts only before a body's head ("চট্টগ্রাম জেলা পুলিশের": the district's police)."""
    out, typ, pos, unit = None, None, end, False
    while (w := _NEXT_WORD.match(text, pos)) is not None:
        raw = w.group(1)
        t = fold_token(raw)
        head = words.heads.get(t) or next((words.heads[x] for x in li.morph.stems(t) if x in words.heads), None)
        if head is None and not unit and t in words.inner_units:
            pos, unit = w.end(), True   # "জেলা": goes on only if a body's head follows
            continue
        if head is None or (unit and head != "ORG") or (head != "GPE" and is_cased(raw) and not raw[:1].isupper()):
            break
        out, typ, pos = w.end(), (typ if typ == "ORG" else head), w.end()
    return (out, typ) if out is not None else None


def place_named_body(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A place followed by a body's head word is that body, not the place: "ঢাকা ক্যাপিটালস"
    (a team), "ঢাকা পোস্টকে" (a newspaper), "কলকাতা পুলিশ" -> a provisional actor named after
    the place, in the place's country; the registry's actor when it knows the whole name
    ("Dumki upazila" -> Dumki Upazila)."""
    out, taken = [], []
    for s, e, t, m, ner in sorted(kept, key=lambda x: x[0]):
        if m is None or m.demonym or m.actor.type not in ("GPE", "LOC") or t == "PER" and m.how != "provisional":
            out.append((s, e, t, m, ner))
            continue
        run = _head_run(text, e, words, li)
        if run is None:
            out.append((s, e, t, m, ner))
            continue
        end, typ = run
        known = prov.reg.lookup(key_tokens(text[s:end]), li, prov.date)   # "Dumki upazila": in the registry
        if known is not None and not known.demonym:
            out.append((s, end, known.actor.type or typ, known, False))
        else:
            out.append((s, end, typ, Match(prov.named_body(s, end, typ, m), "provisional", 0.7), False))
        taken.append((s, end))
    # an NER span the body now covers goes (the body is the longer, linked name)
    return [x for x in out if not _inside_taken(x, taken)
            and not any(a < x[1] and x[0] < b and (x[0], x[1]) != (a, b) and x[3] is None for a, b in taken)]


def _inside_taken(x, taken) -> bool:
    """Whether mention `x` lies inside one of the `taken` spans without being it: an NER span a
    longer name a rule found now covers. Example: "স্টেডিয়ামে" inside "জহুর আহমেদ চৌধুরী স্টেডিয়ামে"."""
    return any(a <= x[0] and x[1] <= b and (x[0], x[1]) != (a, b) for a, b in taken)


_PART_REACH = 3   # words after a body's name that may name a place of it, its head word last


def place_of_body(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A known body written as its alias and followed by at most three words that end in a head
    word of a place (lang data `context.part_heads`) is that place, the largest name there (the
    NER found only the body): "জাতীয় সংসদ ভবন এলাকায়" -> Jatiya Sangsad Bhaban, "ঢাকা
    বিশ্ববিদ্যালয় কেন্দ্রীয় মসজিদের পাশে" -> Dhaka University Central Mosque. Not after the body's
    case ending ("সংসদের ভবন": a building of parliament's), nor across punctuation; in a cased
    script every word capitalised ("Dhaka University central mosque" stays the university)."""
    if not words.part_heads:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        if m is None or m.demonym or m.how != "exact" or m.actor.type != "ORG":
            out.append((s, e, t, m, ner))
            continue
        end, pos = None, e
        for _ in range(_PART_REACH):
            w = _NEXT_WORD.match(text, pos)
            if w is None or (is_cased(w.group(1)) and not w.group(1)[:1].isupper()):
                break
            pos, tok = w.end(), fold_token(w.group(1))
            if _word_or_stem_in(tok, words.part_heads, li) is not None:
                end = pos
                break
        if end is None or key_tokens(text[s:e]) not in prov.reg.own_keys(m.actor.id):   # "সংসদের ভবন"
            out.append((s, e, t, m, ner))
            continue
        last = fold_token(_NEXT_WORD.match(text, _last_word_start(text, end)).group(1))
        cut = len(last) - len(prov.stem(last, "LOC"))
        place = prov.body_place(m.actor, text[s:e], text[e:end - cut].strip(), m.actor.country)
        out.append((s, end, "LOC", Match(place, "provisional", 0.7), False))
    return out


def _last_word_start(text: str, end: int) -> int:
    """Where the space before the last word ending at `end` is: 2 in "ab cd" with end 5."""
    i = end
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i - 1


def franchise_by_city(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A city the article has named a franchise team after ("ঢাকা ক্যাপিটালস", "Dhaka Capitals"),
    written alone where its words are a side's ("ঢাকার প্রথম ম্যাচে", "against Dhaka": lang data
    `team_words_before`/`team_words_after`), is that team. Written as a place ("ঢাকায়", "ঢাকার
    মিরপুরে", "left for Dhaka"), or in an article that names no such team, it stays the city. The
    season's sides (`_season_sides`) stand for a bare city only in a report of the sport or one
    that names a side of the season in full (a train's "লালমনি এক্সপ্রেস" is no league)."""
    teams = _teams_by_city(kept, text, prov, words, li)
    report = _sport_of(prov.article_toks, words) is not None
    if _league(prov.article_toks, words, li) or _season_named(prov, words, li):
        season = _season_sides(prov, words, li)
        named = {m.actor.id for *_, m, ner in kept if m is not None}
        if report or named & {m.actor.id for m in season.values()}:   # not a train's "... এক্সপ্রেস"
            teams = {**season, **teams}
    teams = {pid: m for pid, m in teams.items() if m is not None}
    if not teams:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        team = teams.get(m.actor.id) if links_a_place(m) else None
        own = prov.reg.own_keys(m.actor.id) if team is not None else None
        if team is not None and not _written_as_place(text, s, e, words, own) and (
                _side_words(text, s, e, words, li, prov._is_common)
                or (report and _written_as_side(text, s, e, own, words, li))):
            m, t = team, "ORG"
        out.append((s, e, t, m, ner))
    return out


def _teams_by_city(kept, text: str, prov: Provisional, words: ContextWords, li) -> dict[str, Match | None]:
    """The place each franchise team the article names is named after -> the team's match:
    "ঢাকা ক্যাপিটালস" -> {"dhaka": <Dhaka Capitals>}; a city two teams share maps to None."""
    found: dict[str, dict] = {}
    for s, e, t, m, ner in kept:
        if m is None or m.actor.type != "ORG":
            continue
        place = _city_of_team(key_tokens(text[s:e]), prov, words, li, prov.date)
        if place is not None:
            found.setdefault(place.actor.id, {})[m.actor.id] = m
    return _one_side_per_city(found)


def _season_sides(prov: Provisional, words: ContextWords, li) -> dict[str, Match]:
    """The place -> the one side named after it among the sides of the league season running on
    the article's date (lang data `context.league_seasons`; an undated article takes the latest
    season): {"chittagong": <Chattogram Royals>} in December 2025. A league report may name a
    side by its city alone ("চট্টগ্রামকে হারিয়ে বিপিএল শুরু রংপুরের"); past seasons are never
    guessed, and a city two of the season's sides share is left out."""
    season = _running_season(prov, words)
    found: dict[str, dict] = {}
    for aid in (season[2] if season else ()):
        a = prov.reg.actors.get(aid)
        for alias in (a.aliases.get(li.code or "", ()) if a is not None else ()):
            place = _city_of_team(key_tokens(alias), prov, words, li, None, inflected=False)
            if place is not None:
                found.setdefault(place.actor.id, {})[a.id] = Match(a, "context", 0.8)
                break
    return {pid: m for pid, m in _one_side_per_city(found).items() if m is not None}


def _running_season(prov: Provisional, words: ContextWords) -> tuple | None:
    """The league season (lang data `context.league_seasons`) running on the article's date, the
    latest for an undated article; None when none runs (an article of 2024 has no 2025-26 sides)."""
    date = (prov.date or "")[:10]
    running = [x for x in words.league_seasons if (not date or x[0] <= date) and (x[1] is None or date <= x[1])]
    return running[-1] if running else None


def _season_named(prov: Provisional, words: ContextWords, li) -> bool:
    """The article names the running season's league ("বিপিএলে" in December 2025): a league
    report, though it may name no side in full ("চট্টগ্রামের বিপক্ষে ফাইফার")."""
    season = _running_season(prov, words)
    return season is not None and not _forms_of(season[3], li).keys().isdisjoint(prov.article_toks)


def _city_of_team(toks: tuple, prov: Provisional, words: ContextWords, li, date: str | None,
                  inflected: bool = True) -> Match | None:
    """The place a team's name is named after: its words but the last, when the last is a team
    head word (lang data `context.team_heads`; with a case ending too unless `inflected` is
    False, as in the registry's own aliases). Example: ("ঢাকা", "ক্যাপিটালস") -> <Dhaka>;
    ("ঢাকা",) -> None."""
    if len(toks) < 2:
        return None
    head = _word_or_stem_in(toks[-1], words.team_heads, li) is not None if inflected else toks[-1] in words.team_heads
    if not head:
        return None
    place = prov.reg.lookup(toks[:-1], li, date)
    return place if links_a_place(place) else None


def _one_side_per_city(found: dict[str, dict]) -> dict[str, Match | None]:
    """Place id -> its one side's match, None for a city two sides share.
    Example: {"dhaka": {"a": m}, "sylhet": {"b": m1, "c": m2}} -> {"dhaka": m, "sylhet": None}."""
    return {pid: next(iter(ms.values())) if len(ms) == 1 else None for pid, ms in found.items()}


def _written_as_side(text: str, s: int, e: int, keys, words: ContextWords, li) -> bool:
    """In a match report, a place's name bare or with a side's case ending (lang data
    `context.side_case_endings`: "অলআউট হয় সিলেট", "খুলনাকে হারিয়েছে"), not before a place's
    postposition (`place_postpositions`: "রংপুর থেকে") or a verb of arriving (`arrival_verbs`:
    "দল সিলেট পৌঁছেছে") and not a dateline ("চট্টগ্রাম, ১২ জানুয়ারি:"), is a side that plays,
    as a country there is its national team; a genitive needs a side's word after it
    (`_side_words`)."""
    toks = key_tokens(text[s:e])
    if not toks or not words.side_case_endings or _dateline(text, s, e):
        return False
    after = _NEXT_WORD.match(text, e)
    if after is not None and fold_token(after.group(1)) in words.place_postpositions | words.arrival_verbs:
        return False
    return any(_own_name_with_ending(toks, end, keys) for end in words.side_case_endings)


# a comma, colon or long dash, or a hyphen with a space before it ("সিলেট - "): a hyphen right after
# the name joins it to the next ("রংপুর-সিলেট ম্যাচে", the Rangpur-Sylhet match)
_DATELINE_MARK = regex.compile(r"[ \u00a0]*[,:\u2013\u2014]|[ \u00a0]+-")


def _dateline(text: str, s: int, e: int) -> bool:
    """The name opens its paragraph and a comma, colon or dash follows it: the place a report is
    filed from ("চট্টগ্রাম, ১২ জানুয়ারি:", "সিলেট –"), never a side."""
    return not text[text.rfind("\n", 0, s) + 1:s].strip() and _DATELINE_MARK.match(text, e) is not None


def _own_name_with_ending(toks: tuple, ending: str, keys) -> bool:
    """Whether the last word ends in `ending` and, without it, `toks` is one of the place's own
    names (`keys`, registry key tuples; "" is the bare name): ("খুলনাকে",), "কে" with
    ("খুলনা",) among the keys -> True; ("জিম্বাবুয়ে",), "ে" -> False (the name ends so as written)."""
    return toks[-1].endswith(ending) and toks[:-1] + (toks[-1][:len(toks[-1]) - len(ending)],) in keys


SIDE_WORD_REACH = 2      # "ঢাকার প্রথম ম্যাচে": one common word may stand before the side's word


def _side_words(text: str, s: int, e: int, words: ContextWords, li, common) -> bool:
    """One of the next SIDE_WORD_REACH words (or its stem), past common words only (`common`:
    "প্রথম"; never a name's word: "সিডনি থান্ডারের বিপক্ষে" is another team), or the word
    before the mention is one of a side's."""
    pos = e
    for _ in range(SIDE_WORD_REACH):
        after = _NEXT_WORD.match(text, pos)
        if after is None:
            break
        t = fold_token(after.group(1))
        if _word_or_stem_in(t, words.team_words_after, li) is not None:
            return True
        if not common(t):
            break
        pos = after.end()
    before = key_tokens(text[max(0, s - 16):s])[-1:]
    return bool(before) and before[0] in words.team_words_before and text[s - 1:s] == " "


def place_part(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A known place with a word that names a part of it (lang data `context.place_parts`) is
    that part: "ঢাকা দক্ষিণের" -> Dhaka South, "South Keraniganj" -> South Keraniganj (a
    provisional place in the place's country, unless the registry knows the whole name);
    "ফেনী জেলার" -> Feni, the span taking the word in. Only a place that is no country, written
    without a case ending, and not before a body's name ("ঢাকা উত্তর সিটি করপোরেশন")."""
    if not words.parts_after and not words.parts_before:
        return kept
    found = []
    for x in kept:
        hit = _part_after(x, text, prov, words, li) or _part_before(x, text, prov, words, li)
        if hit is not None:
            s, e, place, english = hit
            m = _part_match(text[s:e], place, english, prov, li)
            if any(w.endswith("!") for w in english):
                s, e = x[0], x[1]   # a region word is no part of the name: "ঢাকা" of "ঢাকা অঞ্চলে"
            found.append((s, e, m, x[4]))
    if not found:
        return kept
    out = [x for x in kept if not any(x[0] < e and s < x[1] for s, e, _, _ in found)]
    return out + [(s, e, m.actor.type or "GPE", m, ner) for s, e, m, ner in found]


def _part_match(surface: str, place: Match, english: list[str], prov: Provisional, li) -> Match:
    """The registry's actor for the whole name, or for its English ("খুলনা অঞ্চলে" -> Khulna
    Division), else the place itself (a unit word with no English: "জেলা"; a registered-only unit
    word the registry lacks with this place), else a provisional place "Dhaka South", "South
    Keraniganj"."""
    whole = prov.reg.lookup(key_tokens(surface), li, prov.date)
    if whole is not None and not whole.demonym and whole.actor.type in ("GPE", "LOC"):
        return whole
    name = " ".join(place.actor.name if w == "{place}" else w.rstrip("!") for w in english if w)
    named = prov.reg.lookup(key_tokens(name), li, prov.date) if len(english) > 1 else None
    if named is not None and not named.demonym and named.actor.type in ("GPE", "LOC"):
        return Match(named.actor, "context", 0.9)
    if not any(w and w != "{place}" and not w.endswith("!") for w in english):
        return Match(place.actor, "context", 0.9)
    return Match(prov.place_part(name, place.actor.country), "provisional", 0.7)


def links_a_place(m: Match | None) -> bool:
    """A link to a place of the registry (a country, city, district ...), not its demonym.
    Example: the match of "ঢাকায়" -> True; of "বাংলাদেশি" (a demonym) -> False."""
    return m is not None and not m.demonym and m.actor.type == "GPE"


def _is_part_place(m: Match | None, prov: Provisional) -> bool:
    """A place of the registry that has parts: a city, district or upazila, not a country."""
    return (links_a_place(m) and bool(m.actor.country)
            and m.actor.id not in prov.reg.countries.values())


def _part_word(tok: str, table: dict[str, str], li) -> tuple[str, bool] | None:
    """(English, inflected) of a part word, or of its stem ("দক্ষিণের" -> ("South", True))."""
    if tok in table:
        return table[tok], False
    st = next((x for x in li.morph.stems(tok) if x in table), None)
    return (table[st], True) if st is not None else None


def _part_after(x, text: str, prov: Provisional, words: ContextWords, li):
    """(start, end, place, English words) of a place and the part words after it: the rest of
    an unlinked NER span ("ঢাকা দক্ষিণের"), or the words that follow a linked place."""
    s, e, t, m, ner = x
    if t == "PER" or not words.parts_after:
        return None
    if m is not None:
        if not _is_part_place(m, prov) or m.how not in ("exact", "context"):
            return None
        parts, end = [], e
        while len(parts) < 2 and (w := _NEXT_WORD.match(text, end)) is not None:
            p = _part_word(fold_token(w.group(1)), words.parts_after, li)
            if p is None:
                break
            parts.append(p)
            end = w.end()
            if p[1]:
                break   # a case ending closes the name
        if not parts or _body_next(text, end, words, li, prov):
            return None
        return s, end, m, ["{place}"] + [p[0] for p in parts]
    toks = tokens_in(text, s, e) if ner else []
    for k in range(len(toks) - 1, 0, -1):
        pm = prov.reg.lookup(tuple(w for _, _, w in toks[:k]), li, prov.date)
        if pm is not None and pm.how == "exact" and _is_part_place(pm, prov):
            parts = [_part_word(w, words.parts_after, li) for _, _, w in toks[k:]]
            if all(parts) and not any(p[1] for p in parts[:-1]) and _joined(text[s:e], toks):
                return s, e, pm, ["{place}"] + [p[0] for p in parts]
            return None
    return None


def _body_next(text: str, end: int, words: ContextWords, li, prov: Provisional) -> bool:
    """The word after `end` goes on to a body's name: a head word ("সিটি") or a body the
    registry knows ("বিএনপির")."""
    w = _NEXT_WORD.match(text, end)
    if w is None:
        return False
    t = fold_token(w.group(1))
    if _word_or_stem_in(t, words.heads, li) is not None:
        return True
    m = prov.reg.lookup((t,), li, prov.date)
    return m is not None and not m.demonym and m.actor.type == "ORG"


_WORD_JUST_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \u00a0]$")


def _part_before(x, text: str, prov: Provisional, words: ContextWords, li):
    """(start, end, place, English words) of a capitalised part word right before a linked
    place: "South Keraniganj"."""
    s, e, t, m, ner = x
    if t == "PER" or not words.parts_before or not _is_part_place(m, prov) or m.how != "exact":
        return None
    w = _WORD_JUST_BEFORE.search(text[max(0, s - 12):s])
    if w is None or not w.group(1)[:1].isupper():
        return None
    p = words.parts_before.get(fold_token(w.group(1)))
    if not p:
        return None
    return s - len(w.group(0)), e, m, [p, "{place}"]


def diplomatic_mission(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A country (or its demonym) right before a mission word is that country's mission, not the
    country: "ঢাকায় অবস্থিত ফরাসি দূতাবাস" -> French Embassy, Dhaka, "কলকাতায় বাংলাদেশ
    উপদূতাবাসের" -> Bangladeshi Deputy High Commission, Kolkata. The city is a place named
    just before; else, for a foreign mission in an article about the host country, its capital
    (lang data `context.missions.capitals`); else none. A provisional actor of the mission's
    country, one per name in the article."""
    mw = words.missions
    folded = text.casefold()
    if not mw.kinds or not any(f in folded for f in mw.firsts):
        return kept
    toks = tokens(text)
    found = []
    for i in range(1, len(toks)):
        if not toks[i][2].startswith(mw.firsts):
            continue
        hit = _mission_at(toks, i, mw, li)
        if hit is None:
            continue
        n, kind = hit
        owner = _country_before(toks, i, text, prov, li)
        if owner is None:
            continue
        k, m = owner
        start, end = toks[i - k][0], toks[i + n - 1][1]
        if any(x[3] is not None and not x[3].demonym and x[3].actor.type == "ORG" and x[3].how != "provisional"
               and x[0] <= start and end <= x[1] for x in kept):
            continue   # the registry knows the mission by its name
        city = _mission_city(kept, start, text, m.actor.country, country, mw)
        found.append((start, end, _mission_actor(prov, m.actor, kind, city)))
    if not found:
        return kept
    out = [x for x in kept if not any(x[0] < e and s < x[1] for s, e, _ in found)]
    return out + [(s, e, "ORG", Match(a, "provisional", 0.7), False) for s, e, a in found]


def _mission_at(toks, i: int, mw: MissionWords, li) -> tuple[int, str] | None:
    """(length, kind) of the mission words starting at token i ("উপদূতাবাসের": the stem)."""
    for n in range(min(mw.max_len, len(toks) - i), 0, -1):
        seg = tuple(t for _, _, t in toks[i:i + n])
        kind = mw.kinds.get(seg) or next((mw.kinds[seg[:-1] + (st,)] for st in li.morph.stems(seg[-1])
                                          if seg[:-1] + (st,) in mw.kinds), None)
        if kind:
            return n, kind
    return None


def _country_before(toks, i: int, text: str, prov: Provisional, li):
    """(tokens, match) of a country or its demonym written right before token i ("ফরাসি",
    "বাংলাদেশের", "United States"); a city of a country's synonym list is no country."""
    for k in range(min(3, i), 0, -1):
        if not _joined(text, toks[i - k:i + 1]):
            continue
        seg = tuple(t for _, _, t in toks[i - k:i])
        m = prov.reg.lookup(seg, li, prov.date)
        if m is None or m.actor.type != "GPE" or not m.actor.country or len(m.actor.country) != 3:
            continue
        if m.demonym or (m.actor.source == "cldr" and _inflected_in(seg, prov.reg.own_keys(m.actor.id), li)):
            return k, m
    return None


def _mission_city(kept, start: int, text: str, owner: str, country: str | None, mw: MissionWords) -> str | None:
    """The city of a mission whose name starts at `start`: a linked city of another country at
    most one word before ("কলকাতায় বাংলাদেশ", "ঢাকায় অবস্থিত ফরাসি"), else the host capital of
    the article's country, for a foreign mission."""
    for s, e, t, m, ner in kept:
        if (links_a_place(m) and m.actor.source != "cldr"
                and m.actor.country not in (None, owner) and e <= start and len(text[e:start].split()) <= 1
                and "\n" not in text[e:start] and not regex.search(r"[.,;:!?।]", text[e:start])):
            return m.actor.name
    return mw.capitals.get(country) if country and country != owner else None


def _mission_actor(prov: Provisional, country_actor, kind: str, city: str | None):
    """"French Embassy, Dhaka": the demonym where the registry has one, else "Embassy of X"; the
    city after a comma, as the registry's missions are named (the Wikipedia form: "High Commission
    of India, Dhaka"), so that the name reads as theirs, not "... in Dhaka"."""
    en = (country_actor.demonyms or {}).get("en", [])
    demonyms = [d for d in en if not d.endswith("s")] or en
    name = f"{demonyms[0]} {kind}" if demonyms else f"{kind} of {country_actor.name}"
    if city:
        name += f", {city}"
    return prov.government_body(name, country_actor.country)


def namesake_by_age(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A person whose age the text gives ("আবদুর রাজ্জাক (২৩)", "Abdur Razzak, 45,") is a
    private person: never the famous namesake in the registry. The name (with the common name
    words the NER left before it) becomes a provisional actor, and the article's shorter
    mentions of it ("রাজ্জাককে") follow. A one-word provisional person takes those words too."""
    moved: dict[str, tuple[tuple, object]] = {}
    out = []
    for s, e, t, m, ner in kept:
        lone = m is not None and m.actor.source == "provisional" and len(key_tokens(text[s:e])) == 1
        if _person(t, m) and (m is None or m.actor.source != "provisional" or lone) and _AGE.match(text, e):
            s = _name_start(text, s, li)
            a = prov.private_person(s, e)
            if a is not None:
                moved[m.actor.id if m is not None else a.id] = (key_tokens(text[s:e]), a)
                m = Match(a, "provisional", 0.6)
        out.append((s, e, t, m, ner))
    return _follow(out, moved, text, li)


def namesake_by_role(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A registry person whose name the text gives with a private person's occupation ("স্থানীয়
    ইউপি সদস্য হাসান মাহমুদ", "Hasan Mahmud, a schoolteacher in the village", "আবদুল হামিদ নামে
    এক কৃষক") or a local office ("থানার ওসি আনিসুল হক", "Obaidul Quader, officer-in-charge of ...")
    is a namesake: a provisional person, and the shorter mentions follow. A title right before the
    name keeps the link ("Former president Abdul Hamid, a farmer's son" is the president), but for
    a local office's."""
    if not words.private_before and not words.private_after and not words.local_offices:
        return kept
    return _demote_namesakes(kept, text, prov, li, 0.6, lambda s, e, t, m: (
        _registry_person(m)
        and (_local_office_at(text, s, e, words)
             or (_private_role_at(text, s, e, words) and not _titled(text, s, prov)))))


def namesake_by_full_name(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A registry person whose name the text writes on with a private person's last name word
    (`private_roles.name_ends`) that none of the person's own forms carries ("Hasina Begum" is
    not Sheikh Hasina, "হাসিনা বেগমের" neither): the full name is a provisional person, and the
    shorter mentions follow. "Begum Khaleda Zia" keeps her link (the word is before the name), and
    so does a titled name or one whose word opens a further name ("প্রধানমন্ত্রী শেখ হাসিনা বেগম
    রোকেয়া পদক তুলে দেন": the award, `_opens_further_name`)."""
    if not words.private_name_ends:
        return kept
    return _demote_namesakes(kept, text, prov, li, 0.6, lambda s, e, t, m: (
        _registry_person(m)
        and not _titled(text, s, prov) and _private_name_end(text, e, m, words, prov)))


def _private_name_end(text: str, e: int, m, words: ContextWords, prov: Provisional) -> int | None:
    """Where the private last name word right after a name (one space on) ends, when none of the
    registry person's forms carries it, nor any private last name word at all (then the word is
    the person's own surname spelled another way: "ফরিদা আক্তার" is Farida Akhter, whose forms
    say আখতার): _private_name_end("Hasina Begum", 6, Sheikh Hasina) is 12."""
    after = tokens_in(text, e, e + 30)
    if not after or text[e:e + after[0][0]] != " ":
        return None
    word = fold_token(after[0][2])
    hit = word if word in words.private_name_ends else prov.stem(word)
    if hit not in words.private_name_ends:
        return None
    forms = [m.actor.name, *(f for fs in m.actor.aliases.values() for f in fs)]
    own = {fold_token(x) for f in forms for x in key_tokens(f)}
    if hit in own or own & words.private_name_ends:
        return None
    if _opens_further_name(text[e:e + 30], after, prov):
        return None
    return e + after[0][1]


def _opens_further_name(window: str, after: list, prov: Provisional) -> bool:
    """The private name word (the first of `after`, the tokens of `window`) is followed, one space
    on, by a further name word (a capitalised Latin word, or an attested Bengali name spelling that
    is no common word), so it opens another name rather than ending this one: "Hasina Begum Rokeya
    Padak", "হাসিনা বেগম রোকেয়া পদক" -> True; "Hasina Begum said", "হাসিনা বেগম জানান" -> False."""
    if len(after) < 2 or window[after[0][1]:after[1][0]] != " ":
        return False
    nxt = window[after[1][0]:after[1][1]]
    if is_cased(nxt):
        return nxt[:1].isupper()
    spelled, common = prov.name_word_sets()
    folded = fold_token(nxt)
    return folded in spelled and folded not in common


def _demote_namesakes(kept, text: str, prov: Provisional, li, confidence: float, is_namesake):
    """Each kept span whose registry person `is_namesake(start, end, type, match)` becomes a
    provisional private person (at `confidence`), and the article's shorter mentions of that
    registry person follow it (`_follow`). The namesake rules differ only in the test, which
    says True, or where the namesake's name runs on to past the span (`namesake_by_full_name`:
    "Hasina Begum" over the span "Hasina")."""
    moved: dict[str, tuple[tuple, object]] = {}
    out = []
    for s, e, t, m, ner in kept:
        found = is_namesake(s, e, t, m)
        if found:
            end = e if isinstance(found, bool) else found
            own = prov.private_person(s, end)
            if own is not None:
                moved.setdefault(m.actor.id, (key_tokens(text[s:end]), own))
                e, m = end, Match(own, "provisional", confidence)
        out.append((s, e, t, m, ner))
    return _follow(out, moved, text, li)


PARENT_REACH = 6   # words between a name and its parent's ("কাদের উপজেলার চরকাঁকড়া গ্রামের আবুল ...")


@lru_cache(maxsize=1)
def _clause_break() -> regex.Pattern:
    """A comma, semicolon, colon or any pack's sentence terminator: where a clause ends, so a
    parent's name is not looked for past it."""
    return regex.compile(terminator_class(",;:"))


def namesake_by_parent(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A registry person whom the text gives as the child or wife of a person the registry does
    not know ("ওবায়দুল কাদের ... গ্রামের আবুল হোসেনের ছেলে", "Hasan Mahmud, son of Abul Hossain
    of Char Fasson") is a namesake: a provisional person, and the shorter mentions follow. A
    title right before the name keeps the link, and so does a parent the registry knows ("Sajeeb
    Wazed Joy, son of Sheikh Hasina")."""
    if not words.kin_after_parent and not words.kin_before_parent:
        return kept
    return _demote_namesakes(kept, text, prov, li, 0.6, lambda s, e, t, m: (
        _registry_person(m)
        and _unknown_parent(kept, text, e, words) and not _titled(text, s, prov)))


def namesake_in_match_report(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """In a match report (several words of one sport), a person whom the registry knows only as an
    office holder, named without a title in a sentence that itself speaks of the sport ("হাসান
    মাহমুদ ৩ উইকেট নেন"), is a player who shares the name: a provisional person, and the shorter
    mentions follow. The registry's players hold no offices and keep their links."""
    sport = _sport_of(prov.article_toks, words)
    if sport is None:
        return kept
    sport_words = words.sport_words[sport]
    return _demote_namesakes(kept, text, prov, li, 0.5, lambda s, e, t, m: (
        m is not None and t == "PER" and m.actor.type == "PER" and m.actor.source != "provisional"
        and m.actor.roles and m.how in ("exact", "stem", "fuzzy") and not _titled(text, s, prov)
        and bool(sport_words & {w for _, _, w in tokens(_sentence_of(text, s, prov))})))


def _sentence_of(text: str, start: int, prov: Provisional) -> str:
    """The sentence around `start` (the record's sentence spans)."""
    lo = max((x for x in prov.sentence_starts if x <= start), default=0)
    hi = min((x for x in prov.sentence_starts if x > start), default=len(text))
    return text[lo:hi]


def _unknown_parent(kept, text: str, e: int, words: ContextWords) -> bool:
    """Whether a person's span that no registry person holds is named as the parent of the name
    ending at `e`: right after ", son of", or up to PARENT_REACH words on, in the same clause, with
    a kin word right after it ("... আবুল হোসেনের ছেলে")."""
    def unknown_person_at(a: int) -> tuple | None:
        x = next((x for x in kept if x[0] == a and x[2] == "PER"), None)
        return x if x is not None and (x[3] is None or x[3].actor.source == "provisional") else None

    after = tokens_in(text, e, e + 120)
    if after and text[e:e + after[0][0]].strip() == ",":
        toks = tuple(t for _, _, t in after)
        for k in words.kin_before_parent:
            if toks[:len(k)] == k and len(after) > len(k) and unknown_person_at(e + after[len(k)][0]):
                return True
    if not words.kin_after_parent:
        return False
    for a, _, _ in after[:PARENT_REACH + 1]:
        if _clause_break().search(text[e:e + a]):
            return False
        x = unknown_person_at(e + a)
        if x is not None:
            nxt = _NEXT_WORD.match(text, x[1])
            return nxt is not None and fold_token(nxt.group(1)) in words.kin_after_parent
    return False


def _local_office_at(text: str, s: int, e: int, words: ContextWords) -> bool:
    """A local office of `private_roles.offices` right before the name, or right after it past a
    comma: _local_office_at("থানার ওসি আনিসুল হক", 10, 19, bn words) is True, and so is
    "Obaidul Quader, officer-in-charge of Sadar police station"."""
    if not words.local_offices:
        return False
    before = _words_just_before(text, s, 60)
    if any(len(before) >= len(k) and tuple(before[len(before) - len(k):]) == k for k in words.local_offices):
        return True
    after = tokens_in(text, e, e + 60)
    if not after or text[e:e + after[0][0]].strip() != ",":
        return False
    toks = tuple(t for _, _, t in after)
    return any(toks[:len(k)] == k for k in words.local_offices)


def _person(typ: str, m) -> bool:
    """A span the NER tagged a person, or one it typed otherwise that the registry links to a
    person ("Akhtar Hossain, 40," tagged ORG): the registry's type is the better evidence."""
    return typ == "PER" or _registry_person(m)


def _registry_person(m) -> bool:
    """A link to a person of the registry (not a provisional one), whatever the NER typed the
    span: what the namesake rules may move to a private person. Example: a span linked to
    sheikh-hasina -> True; a provisional person's or an organisation's -> False."""
    return m is not None and m.actor.source != "provisional" and m.actor.type == "PER"


def _private_role_at(text: str, s: int, e: int, words: ContextWords) -> bool:
    """An occupation of `private_roles` right before the name, or after it past a comma and an
    article: _private_role_at("কৃষক আবদুল হামিদ", 5, 16, bn words) is True."""
    before = _words_just_before(text, s, 60)
    if any(len(before) >= len(k) and tuple(before[len(before) - len(k):]) == k for k in words.private_before):
        return True
    after = [(a, t) for a, _, t in tokens_in(text, e, e + 60)]
    if not after:
        return False
    gap = text[e:e + after[0][0]]
    toks = [t for _, t in after]
    if gap.strip() == "":    # "আবদুল হামিদ নামে এক কৃষক"
        return any(tuple(toks[:len(k)]) == k for k in words.private_after)
    if gap.strip() != ",":
        return False
    # ", a schoolteacher", ", a local farmer": an article, up to two words, the occupation
    if toks[0] not in words.private_articles:
        return False
    return any(tuple(toks[i:i + len(k)]) == k for k in words.private_before for i in (1, 2, 3))


def foreign_namesake(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A name that a foreign person of the imported dictionaries (Phoenix) bears, met in an
    article about another country, is a namesake: "আবদুল কাদের" in a Bangladeshi story is not
    an Afghan politician of the 1970s. The curated overlay's people are not touched (a foreign
    minister in a Bangladeshi story is himself); the short forms ("কাদেরকে") follow the name.
    """
    if country is None:
        return kept
    return _demote_namesakes(kept, text, prov, li, 0.5, lambda s, e, t, m: (
        m is not None and t == "PER" and phoenix_person(m.actor)
        and m.how in ("exact", "stem", "fuzzy") and bool(m.actor.country) and m.actor.country != country))


def phoenix_person(a) -> bool:
    """A person of the imported dictionaries (Phoenix): typed PER, or a ruler the dictionary
    lists by one given name with an office and types ORG ("Faysal", Saudi Arabia's king until
    1975; "Hassan", "Khalid"), who is a namesake as much as any other of its people."""
    return a.source == "phoenix" and (a.type == "PER" or (a.type == "ORG" and bool(a.roles) and len(a.name.split()) == 1))


def _follow(spans, moved: dict, text: str, li):
    """Shorter mentions still linked to an actor a rule moved away from ("রাজ্জাককে" after
    "আবদুর রাজ্জাক (২৩)") follow the name they are part of."""
    if not moved:
        return spans
    out = []
    unlinked = [v for v in moved.values()]
    for s, e, t, m, ner in spans:
        toks = key_tokens(text[s:e])
        part_of = lambda full: toks and all(_word_or_stem_in(x, full, li) is not None for x in toks)  # noqa: E731
        if m is not None and m.actor.id in moved:
            full, a = moved[m.actor.id]
            if part_of(full):
                m = Match(a, "provisional", 0.5)
        elif m is None and t == "PER":   # a short form the NER found and nothing linked
            owners = {a.id: a for full, a in unlinked if part_of(full)}
            if len(owners) == 1:
                m = Match(next(iter(owners.values())), "provisional", 0.5)
        out.append((s, e, t, m, ner))
    return out


_QUOTED_LETTER = regex.compile(r"[ \u00a0]*(['‘\"“])([\p{L}\p{M}]+)(['’\"”])")


def country_second_side(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A country written bare right before the letter of a second side (lang data
    `context.second_sides`), quoted ("বাংলাদেশ ‘এ’") or before a word for a side ("বাংলাদেশ এ
    দলের"), is that side, a team: "{country} A" in the country's code. The letter unquoted
    and alone is a word of the sentence ("এ" is also "this"), so the country stays the place.
    Example: "অস্ট্রেলিয়া ‘এ’ দলের প্র্যাকটিস" -> "অস্ট্রেলিয়া ‘এ’" as "Australia A"."""
    if not words.second_side_letters:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        end, letter = _second_side_after(text, e, words) if _bare_country(m, text[s:e], prov, li) else (None, None)
        if end is None:
            out.append((s, e, t, m, ner))
            continue
        name = f"{m.actor.name} {letter}"
        team = prov.by_key.get(("team", name)) or prov.team(name, m.actor.country)
        out.append((s, end, "ORG", Match(team, "provisional", 0.7), ner))
    return out


def _bare_country(m, surface: str, prov: Provisional, li) -> bool:
    """A link to a country of the registry by one of its own names, uninflected.
    Example: "বাংলাদেশ" linked to Bangladesh is bare; "বাংলাদেশের" (a case ending) or a demonym is not."""
    return (m is not None and not m.demonym and m.actor.type == "GPE" and m.actor.source == "cldr"
            and key_tokens(surface) in prov.reg.own_keys(m.actor.id))


def _second_side_after(text: str, e: int, words: ContextWords) -> tuple[int | None, str | None]:
    """(end, English letter) of a second side's letter right after `e`, quoted or followed by a
    word for a side; (None, None) for none.
    Example: _second_side_after("বাংলাদেশ এ দলের", 8, bn words) == (10, "A"); in "বাংলাদেশ এ বছর"
    (this year) -> (None, None)."""
    q = _QUOTED_LETTER.match(text, e)
    if q is not None and fold_token(q.group(2)) in words.second_side_letters:
        return q.end(), words.second_side_letters[fold_token(q.group(2))]
    w = _NEXT_WORD.match(text, e)
    after = _NEXT_WORD.match(text, w.end()) if w is not None else None
    if w is not None and after is not None and fold_token(w.group(1)) in words.second_side_letters \
            and any(fold_token(after.group(1)).startswith(n) for n in words.second_side_words):
        return w.end(), words.second_side_letters[fold_token(w.group(1))]
    return None, None


def national_team(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """In a match report (several words of one sport: "উইকেট", "ইনিংস", "wickets") a country
    that plays is its national team: "বাংলাদেশ জিতেছে" -> Bangladesh national cricket team.
    A country written as a place stays the place ("ভারতে", "in India"), and so does one in the
    genitive before no side's word ("ভারতের মানুষ": India's people; `_genitive_before_no_side_word`)."""
    sport = _sport_of(prov.article_toks, words)
    if sport is None or _league(prov.article_toks, words, li):
        return kept
    out = []
    for s, e, t, m, ner in kept:
        a = m.actor if m is not None else None
        side = _team_place(text[s:e], words, li) if m is None or (not m.demonym and a.type in ("GPE", "LOC")) else None
        if side is None and (a is not None and not m.demonym and a.type == "GPE" and a.source == "cldr" and a.country
                             and _own_name(prov, a, text[s:e], li)):
            side = (a.name, a.country)
        own = _place_keys(prov, m) if side is not None else None
        if side is not None and not _written_as_place(text, s, e, words, own or set(words.team_places)) and \
                not _before_a_player(kept, text, s, e, li, words, own) and \
                not _genitive_before_no_side_word(text, s, e, words, li, own, prov):
            name = words.team_name.format(country=side[0], sport=sport)
            team = prov.by_key.get(("team", name)) or prov.team(name, side[1])
            m, t = Match(team, "provisional", 0.7), "ORG"
        out.append((s, e, t, m, ner))
    return out


def _genitive_before_no_side_word(text: str, s: int, e: int, words: ContextWords, li, own, prov: Provisional) -> bool:
    """A country in the genitive with no side's word after it (lang data `team_words_after`:
    "ভারতের বিপক্ষে", "শ্রীলঙ্কার ইনিংস") nor before it is the place's, even in a match report:
    "দক্ষিণ আফ্রিকার মানুষ" (South Africa's people), "অস্ট্রেলিয়ার প্রথম শ্রেণির লিগ" (its
    first-class league). DECISIONS N12: a name some mention gives as the place stays the place."""
    return _genitive_of_place(key_tokens(text[s:e]), li, own) and not _side_words(text, s, e, words, li, prov._is_common)


def _before_a_player(kept, text: str, s: int, e: int, li, words: ContextWords, place_keys=None) -> bool:
    """A country in the genitive right before a person's name is that person's own country
    (DECISIONS N13), not its side: "নিউজিল্যান্ডের রস টেলর", "Sri Lanka's Kumar Sangakkara".
    The genitive is a mark written apart after the name and before a space (lang data
    `context.possessive_marks`: "'s"), or a case ending (`li.morph`) on its last word; a bare
    country before a name is the subject ("শ্রীলঙ্কা কুশলকে দলে রেখেছে"), also one whose own
    name ends like a genitive ("সিঙ্গাপুর", "কাতার": `_genitive_of_place`).
    A player's role may stand between the two (lang data `context.player_roles`: "বাংলাদেশের
    পেসার তাসকিন আহমেদ")."""
    nxt = min((x for x in kept if x[0] >= e), key=lambda x: x[0], default=None)
    if nxt is None or nxt[2] != "PER":
        return False
    gap = text[e:nxt[0]]
    mark = gap.rstrip()
    if mark in words.possessive_marks and len(mark) < len(gap):
        return True
    plain = gap.isspace() or _one_role_set_apart(gap, words)
    return bool(gap) and plain and _genitive_of_place(key_tokens(text[s:e]), li, place_keys)


def _one_role_set_apart(gap: str, words: ContextWords) -> bool:
    """Whether the text between a country and a person's name is a single player's role (lang data
    `context.player_roles`) with a space on each side, as in "বাংলাদেশের পেসার তাসকিন".

    >>> from types import SimpleNamespace
    >>> roles = SimpleNamespace(player_roles={fold_token("পেসার")})
    >>> [_one_role_set_apart(g, roles) for g in (" পেসার ", " পেসার", " দলের পেসার ")]
    [True, False, False]
    """
    between = gap.split()
    return len(between) == 1 and fold_token(between[0]) in words.player_roles and gap[:1].isspace() \
        and gap[-1:].isspace()


def _genitive_of_place(toks: tuple, li, place_keys=None) -> bool:
    """The last word carries a genitive ending (`li.morph`). Where the place's own names are
    known (`place_keys`), the word without the ending must be one of them: "কাতারের" is
    Qatar's, while "কাতার" and "সিঙ্গাপুর" end in "র" as written and are no genitive."""
    endings = _genitive_endings(li.code)
    if not toks or not toks[-1].endswith(endings):
        return False
    if place_keys is None:
        return bool(li.morph.stems(toks[-1]))
    return toks not in place_keys and _inflected_in(toks, place_keys, li)


def _place_keys(prov: Provisional, m):
    """The registry's own names of the linked place, None for a side no actor names ("ওয়েস্ট
    ইন্ডিজ"), for `_genitive_of_place`."""
    if m is None or m.demonym or m.actor.source == "provisional":
        return None
    return prov.reg.own_keys(m.actor.id)


@lru_cache(maxsize=None)
def _genitive_endings(code: str | None) -> tuple[str, ...]:
    """The genitive endings of the pack's morphology.yaml `genitive` rules, folded ("ের", "র");
    none in a language that writes its genitive apart ("'s")."""
    from .. import lang as langpacks
    if code is None:
        return ()
    rules = morphology_yaml(langpacks.load(code)).get("genitive") or []
    return tuple(sorted({fold_token(r["suffix"]) for r in rules if r.get("suffix")}, key=len, reverse=True))


def _team_place(surface: str, words: ContextWords, li) -> tuple[str, str | None] | None:
    """A side that is no country of the registry's (lang data `team_places`): "England",
    "ওয়েস্ট ইন্ডিজের" -> ("West Indies", None)."""
    toks = key_tokens(surface)
    if not toks or not words.team_places:
        return None
    return words.team_places.get(toks) or next(
        (words.team_places[toks[:-1] + (st,)] for st in li.morph.stems(toks[-1]) if toks[:-1] + (st,) in words.team_places), None)


def _league(article_toks: set[str], words: ContextWords, li) -> bool:
    """A franchise team's head word anywhere in the article ("ক্যাপিটালসের", "Riders")."""
    return not _forms_of(words.team_heads, li).keys().isdisjoint(article_toks)


def _own_name(prov: Provisional, a, surface: str, li) -> bool:
    """The surface is one of the country's own names ("England" may be a synonym of the United
    Kingdom, "Ranchi" of India: such a link-only synonym is no country of its own)."""
    return _inflected_in(key_tokens(surface), prov.reg.own_keys(a.id), li)


def _inflected_in(toks: tuple, keys, li) -> bool:
    """The tokens are one of `keys`, or one of them with the last word inflected."""
    return bool(toks) and (toks in keys or any(toks[:-1] + (st,) in keys for st in li.morph.stems(toks[-1])))


def _sport_of(article_toks: set[str], words: ContextWords) -> str | None:
    """The one sport whose words the article uses (at least MIN_SPORT_WORDS distinct ones)."""
    counts = {sport: len(ws & article_toks) for sport, ws in words.sport_words.items()}
    top = [sp for sp, n in counts.items() if n >= MIN_SPORT_WORDS]
    return top[0] if len(top) == 1 else None


def _written_as_place(text: str, s: int, e: int, words: ContextWords, keys=None) -> bool:
    """"ভারতে", "অস্ট্রেলিয়ায়", "নেপালে" (a locative), "in India", "to Australia", "ইংল্যান্ড
    সফরে" (on the tour of England), "কানাডা প্রবাসী" (living in Canada): the place itself. Where
    the place's own names are known (`keys`), the word without the ending must be one of them:
    "জিম্বাবুয়ে" (a name ending so as written) and "খুলনাকে" (an accusative) are no locatives."""
    toks = key_tokens(text[s:e])
    if toks and any(toks[-1].endswith(end) if keys is None else _own_name_with_ending(toks, end, keys)
                    for end in words.place_case_endings):
        return True
    before = key_tokens(text[max(0, s - 12):s])[-1:]
    if before and before[0] in words.place_words_before:
        return True
    after = _NEXT_WORD.match(text, e)
    return after is not None and fold_token(after.group(1)) in words.place_words_after


_YEAR = regex.compile(r"(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})")   # in any script's digits: "1991", "১৯৯১"


@lru_cache(maxsize=None)
def _ordinal_digits(endings: tuple[str, ...]):
    """One or two digits, maybe with one of the language's ordinal endings (actors.yaml
    `seat_numbers.ordinal_endings`, their one home): "৬ষ্ঠ", "১০ম", "6th" with their pack's."""
    alternatives = "|".join(regex.escape(x) for x in sorted(endings, key=len, reverse=True))
    return regex.compile(rf"(\p{{Nd}}{{1,2}})(?:{alternatives})?" if alternatives else r"(\p{Nd}{1,2})")


def parliament_election(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A national election named by its body: "ত্রয়োদশ জাতীয় সংসদ নির্বাচনে", "the 13th
    parliamentary election" -> 2026 Bangladeshi general election (an event, not the parliament);
    without a number, "আগামী"/"next" is the next one, "গত"/"last" the last one, a year before it
    ("১৯৯১ সালের") that year's, else the next one if it is near the article's date."""
    ew = words.elections
    own = country == ew.country or (country is None and ew.country_unless_other)
    forms = _forms_of(ew.words, li)
    if not ew.words or not own or forms.keys().isdisjoint(prov.article_toks):
        return kept
    found = []
    toks = tokens(text)
    for j, (a, b, t) in enumerate(toks):
        if t not in forms:
            continue
        body = next((n for n in range(min(ew.max_body, j), 0, -1)
                     if tuple(x for _, _, x in toks[j - n:j]) in ew.bodies and _joined(text, toks[j - n:j + 1])), 0)
        if not body:
            continue
        i = j - body
        number = _ordinal(toks[i - 1][2], ew, li.seat_ordinal_endings) if i and _joined(text, toks[i - 1:i + 1]) else None
        start = toks[i - 1][0] if number else toks[i][0]
        k = i - 1 if number else i
        name = _which_election(ew, number, [x for _, _, x in toks[max(0, k - 3):k]], prov.date or "",
                               _latest_year(text) if not prov.date else None, prov.date_is_retrieval,
                               _sentence_years(text, start, prov))
        # picked by the retrieval day, a weaker date: it relinks a mention found ("জাতীয় সংসদ")
        # but adds none
        if name and not (prov.date_is_retrieval and number is None
                         and not any(x[0] < b and start < x[1] for x in kept)):
            found.append((start, b, name))
    if not found:
        return kept
    out = [x for x in kept if not any(x[0] < e and s < x[1] for s, e, _ in found)]
    for s, e, name in found:
        ev = prov.by_key.get(("election", name)) or prov.event(name, ew.country)
        out.append((s, e, "EVT", Match(ev, "role", 0.9), False))
    return out


def ordinal_parliament(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A parliament named by its number ("ষষ্ঠ সংসদের", "the 6th parliament"), that no step
    linked or only to a provisional actor, in an article about the elections' country: that
    parliament, "6th Jatiya Sangsad" (the `parliament_name` of the language data), not a
    romanised name ("Shashth Sangsad") nor the standing body."""
    ew = words.elections
    own = country == ew.country or (country is None and ew.country_unless_other)
    if not ew.parliaments or not ew.parliament_name or not own:
        return kept
    heads = tuple({k[-1] for k in ew.parliaments})   # a cheap test first: most spans hold none
    out = []
    for s, e, t, m, ner in kept:
        if t not in ("PER", "GPE", "LOC", "NORP") and (m is None or m.how == "provisional"
                                                       or m.actor.type == "ORG") and any(
                h in text[s:e].lower() for h in heads):
            s2 = _ordinal_before(text, s, kept, ew, li.seat_ordinal_endings)
            toks = tuple(x for x in key_tokens(text[s2:e]) if x not in li.articles)
            number = _parliament_number(toks[0], ew, li.seat_ordinal_endings) if len(toks) >= 2 else None
            if number and _inflected_in(toks[1:], ew.parliaments, li) and not _election_after(text, e, ew, li):
                name = ew.parliament_name.format(nth=_english_ordinal(number))
                s, m, t = s2, Match(prov.government_body(name, ew.country), "provisional", 0.6), "ORG"
        out.append((s, e, t, m, ner))
    return out


def _ordinal_before(text: str, s: int, kept, ew: ElectionWords, endings: tuple[str, ...]) -> int:
    """Where a span starts with the ordinal one space before it that no other span holds
    ("ষষ্ঠ |জাতীয় সংসদে|"), else `s`."""
    off = max(0, s - 30)
    near = tokens_in(text, off, s)
    if not near:
        return s
    a, b, tok = near[-1]
    a, b = a + off, b + off
    if text[b:s] not in (" ", "\u00a0") or _parliament_number(tok, ew, endings) is None or any(
            x[0] < s and a < x[1] for x in kept):
        return s
    return a


_ASIDE = regex.compile(r"\s*\([^()]{0,60}\)")


def _election_after(text: str, e: int, ew: ElectionWords, li) -> bool:
    """An election word right after `e`, past an aside in brackets: "13th Jatiya Sangsad
    (national parliament) election" names the election, not the parliament."""
    aside = _ASIDE.match(text, e)
    at = aside.end() if aside else e
    after = tokens_in(text, at, at + 40)
    if not after:
        return False
    w = after[0][2]
    return _word_or_stem_in(w, ew.words, li) is not None


def ordinal_numbered_body(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A body named by an ordinal and its head word ("প্রথম ট্রাইব্যুনালে", "দ্বিতীয় ট্রাইব্যুনালের"),
    that no step linked or only to a provisional actor, is the registry's body the head word
    and the number name ("ট্রাইব্যুনাল-১": International Crimes Tribunal-1), as the text could
    have written it; with nothing between the two words ("দ্বিতীয় নারী-শিশু ট্রাইব্যুনাল" is
    another court), and never a place, person or a body of another type.
    Example: "প্রথম ট্রাইব্যুনালে শুনানি" -> International Crimes Tribunal-1, not "Pratham Tribunal"."""
    ew = words.elections
    if not ew.ordinals:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        toks = key_tokens(text[s:e])
        n = _parliament_number(toks[0], ew, li.seat_ordinal_endings) if len(toks) == 2 and (
            m is None or m.actor.source == "provisional") and t not in ("PER", "GPE", "LOC", "NORP") else None
        known = _numbered_body(toks[1], n, prov, li) if n else None
        out.append((s, e, "ORG", known, ner) if known is not None else (s, e, t, m, ner))
    return out


def _numbered_body(head: str, n: int, prov: Provisional, li) -> Match | None:
    """The registry's ORG named "<head>-<n>" in the article's language, the head word as written
    or its stem ("ট্রাইব্যুনালের" -> "ট্রাইব্যুনাল-১"), else None."""
    for form in (head, *li.morph.stems(head)):
        for number in dict.fromkeys((_in_digits_of(head, n), str(n))):
            hit = prov.reg.match(f"{form}-{number}", prov.code, prov.date)
            if hit is not None and not hit.demonym and hit.actor.type == "ORG" and hit.how == "exact":
                return hit
    return None


def _in_digits_of(word: str, n: int) -> str:
    """`n` written in the digits of the script of `word`'s first letter, where the script has
    digits of its own: _in_digits_of("ট্রাইব্যুনাল", 12) == "১২"; in Latin "12"."""
    try:
        zero = ord(unicodedata.lookup(unicodedata.name(word[:1]).split()[0] + " DIGIT ZERO"))
    except (KeyError, ValueError):
        return str(n)
    return "".join(chr(zero + int(d)) for d in str(n))


def _parliament_number(tok: str, ew: ElectionWords, endings: tuple[str, ...]) -> int | None:
    """An ordinal word ("ষষ্ঠ", "sixth") or digits with an ordinal ending ("৬ষ্ঠ", "6th"); bare
    digits are a count ("৩০০ সংসদ আসন"), never a parliament's number."""
    if tok in ew.ordinals:
        return ew.ordinals[tok]
    m = _ordinal_digits(endings).fullmatch(tok)
    return _ordinal(tok, ew, endings) if m and m.group(0) != m.group(1) else None


def _english_ordinal(n: int) -> str:
    """_english_ordinal(6) == "6th", _english_ordinal(22) == "22nd", _english_ordinal(12) == "12th"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _joined(text: str, toks, hyphens: bool = False) -> bool:
    """Tokens one space apart (a phrase, not words of two clauses); with `hyphens`, a hyphen
    between two words joins them too, as a numbered body is written ("ট্রাইব্যুনাল-১").
    Example: ("ট্রাইব্যুনাল-১", [ট্রাইব্যুনাল, ১], hyphens=True) -> True; without -> False."""
    seps = (" ", "\u00a0", "-") if hyphens else (" ", "\u00a0")
    return all(text[x[1]:y[0]] in seps for x, y in zip(toks, toks[1:]))


def _ordinal(tok: str, ew: ElectionWords, endings: tuple[str, ...]) -> int | None:
    if tok in ew.ordinals:
        return ew.ordinals[tok]
    m = _ordinal_digits(endings).fullmatch(tok)
    return int("".join(str(int(c)) for c in m.group(1))) if m else None


def _years_in(text: str) -> list[int]:
    """The four-digit numbers `text` writes, in any script's digits: "১৯৯১ ও 2024" -> [1991, 2024]."""
    return [int(m.group()) for m in _YEAR.finditer(text)]


def _latest_year(text: str) -> int | None:
    """The latest year the article writes ("২০২৫ সালের", "in 2025"): when the article has no
    date, "the next election" is the first one after that year began."""
    years = [y for y in _years_in(text) if 1950 <= y <= 2100]
    return max(years) if years else None


def _which_election(ew: ElectionWords, number: int | None, before: list[str], published: str,
                    latest_year: int | None = None, retrieved: bool = False,
                    sentence_years: list[int] = ()) -> str | None:
    """The election's name from its number, a year or next/last word before it, or the date
    (without one, only "next" with the latest year the article writes; with the retrieval
    day for a date (`retrieved`), only a "next"/"last" word: "আসন্ন জাতীয় সংসদ নির্বাচনে").
    The upcoming one picked by the date alone must agree with the sentence's years, if it names
    any: "১৯৯১ সালের ফেব্রুয়ারিতে অনুষ্ঠিত জাতীয় সংসদ নির্বাচনে" is not the 2026 election."""
    held = national_elections().get(ew.country or "", [])
    if number is not None:
        return held[number - 1][1] if 0 < number <= len(held) else None
    years = [int(m.group(1)) for t in before if (m := regex.match(r"(\p{Nd}{4})", t))]
    if years:
        year = str(int("".join(str(int(c)) for c in str(years[-1]))))
        names = [n for d, n in held if d.startswith(year)]
        return names[0] if len(names) == 1 else None
    if not published:
        if latest_year is None or not any(t in ew.next_words for t in before):
            return None
        published = f"{latest_year}-01-01"
    if retrieved and not any(t in ew.next_words or t in ew.last_words for t in before):
        return None   # "the national election" of an undated article may be any of them
    day = published[:10]
    ahead = [(d, n) for d, n in held if d >= day]
    behind = [(d, n) for d, n in held if d < day]
    if any(t in ew.last_words for t in before):
        return behind[-1][1] if behind else None
    if ahead and any(t in ew.next_words for t in before):
        return ahead[0][1]
    if ahead and (Date.fromisoformat(ahead[0][0]) - Date.fromisoformat(day)).days <= UPCOMING_DAYS and (
            not sentence_years or int(ahead[0][0][:4]) in sentence_years):
        return ahead[0][1]
    return None


def _sentence_years(text: str, start: int, prov: Provisional) -> list[int]:
    """The years (1800-2099, in any digits) of the sentence around `start`."""
    return [y for y in _years_in(_sentence_of(text, start, prov)) if y in _YEARS]


def _name_start(text: str, s: int, li) -> int:
    """Back over common name words right before a span ("আবদুর" before "রাজ্জাক"; "Abdur"
    before "Razzak", never "said" before "Abdul Hamid")."""
    off = max(0, s - 40)
    before = tokens_in(text, off, s)
    for a, b, t in reversed(before):
        raw = text[off + a:off + b]
        if text[off + b:s] != " " or t not in li.scan_stop or (is_cased(raw) and not raw[:1].isupper()):
            break   # in a cased script a name word is capitalised: "said" is no name's first word
        s = off + a
    return s


def shared_name_by_country(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A name that bodies of several countries share, which the registry therefore left unlinked
    ("NPP": a Bangladeshi party and Sri Lanka's National People's Power; "পিটিআই": Pakistan's
    Tehreek-e-Insaf and the Press Trust of India; "Congress"): in an article about one of those
    countries, that country's body; elsewhere none of them. People are never picked so."""
    if country is None:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        if t != "PER" and (m is None or m.how == "provisional"):
            body = _body_of_country(prov, key_tokens(text[s:e]), li, country)
            if body is not None:
                m, t = Match(body, "context", 0.8), "ORG"
        out.append((s, e, t, m, ner))
    return out


def _body_of_country(prov: Provisional, toks: tuple, li, country: str):
    """Of the bodies (ORG) that share the name `toks` (or its stem) on the date, the only one of
    `country`, if the name has several owners."""
    if not toks:
        return None
    reg = prov.reg
    for key in (toks, *(toks[:-1] + (st,) for st in li.morph.stems(toks[-1]))):
        owners = {aid for aid, _ in reg.alias.get(key) or () if reg.actors[aid].exists_on(prov.date)}
        if len(owners) < 2 or any(reg.actors[aid].type != "ORG" for aid in owners):
            continue
        own = [aid for aid in owners if reg.actors[aid].country == country]
        return reg.actors[own[0]] if len(own) == 1 else None
    return None


def local_sense(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """Words that, in an article about one country, are a common noun or a local office
    ("ইউএনও"/"UNO": the upazila nirbahi officer; "তৃণমূল": a party's grassroots): no entity.
    An article whose other places and bodies name no country is the press's own country's (lang
    data `home_country`): "ইউএনও ঘটনাস্থল পরিদর্শন করেন" with no place named is still the
    upazila officer; "In Geneva, the UNO said ..." is not."""
    if not words.local_senses:
        return kept
    longest = max(len(w) for w in words.local_senses) + 8   # room for a case ending

    def sense(x) -> str | None:
        if x[1] - x[0] > longest:
            return None
        toks = key_tokens(text[x[0]:x[1]])
        cands = [" ".join(toks)] + ([" ".join(toks[:-1] + (st,)) for st in li.morph.stems(toks[-1])] if toks else [])
        return next((words.local_senses[c] for c in cands if c in words.local_senses), None)

    senses = [sense(x) for x in kept]
    country = country or _home_unless_abroad([x for x, c in zip(kept, senses) if c is None], li)
    if country is None:
        return kept
    return [x for x, c in zip(kept, senses) if c != country]


def _home_unless_abroad(kept, li) -> str | None:
    """The press's own country (lang data `home_country`) when no linked span of the article is
    of another country (a body of several countries, "IGO", is abroad too), else None:
    nothing linked -> "BGD"; "Geneva" (CHE) linked -> None."""
    home = li.home_country
    for s, e, t, m, ner in kept:
        c = m.actor.country if m is not None else None
        if c and c != home:
            return None
    return home


def home_place_abroad(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A local place of the press's own country (`home_country`) named only by a link-only
    name ("Raipur", a Bangladeshi upazila) in an article that is about another country, or
    names nothing else of the home country, is a namesake ("Raipur" in a report of a match in
    India is the Indian city): a provisional place, never the upazila. Names the registry scans
    ("Dhaka") are unambiguous and stay linked."""
    home = li.home_country
    if home is None or country == home:
        return kept

    def local(s, e, m) -> bool:
        a = m.actor if m is not None else None
        return (a is not None and not m.demonym and a.type == "GPE" and a.country == home and a.source == "overlay"
                and m.how in ("exact", "stem") and _link_only(a, text[s:e], li))
    doubtful = [(s, e) for s, e, t, m, ner in kept if local(s, e, m)]
    if not doubtful or (country is None and any(
            m is not None and m.actor.country == home and (s, e) not in doubtful for s, e, t, m, ner in kept)):
        return kept
    return [(s, e, t, Match(prov.namesake_place(s, e), "provisional", 0.5) if (s, e) in doubtful else m, ner)
            for s, e, t, m, ner in kept]


def one_person(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """One person is one actor in an article: a mention of two or more words that begins the
    fuller name of a provisional person the article names ("শফিকুল ইসলাম" after "শফিকুল
    ইসলাম ভূঁইয়া", "Abdul Hamid" after "Abdul Hamid Bhuiyan") is that person, not another
    provisional one nor a famous namesake the name alone found; a title right before the
    mention ("রাষ্ট্রপতি আবদুল হামিদ") says otherwise and keeps its link, and so does a
    provisional person's own name of three words or more, a whole name in itself
    ("ফাতেমা-তুজ-জোহরা" beside "ফাতেমা তুজ জোহরা সামিয়া": two office holders)."""
    fuller = [(full, a) for full, a in prov.people if len(full) >= 3]
    if not fuller:
        return kept
    titled = _titled_registry_people(kept, text, prov)
    out = []
    for s, e, t, m, ner in kept:
        if t == "PER" and m is not None and m.actor.type == "PER" and m.how != "role" and m.actor.id not in titled:
            toks = [w for _, _, w in prov.words(s, e, True)]
            key = tuple(toks[:-1]) + (prov.stem(toks[-1]),) if toks else ()
            owners = {a.id: a for full, a in fuller if 2 <= len(key) < len(full) and full[:len(key)] == key}
            whole = (len(key) >= 3 and m.how == "provisional"
                     and any(full == key and a.id == m.actor.id for full, a in prov.people))
            if len(owners) == 1 and m.actor.id not in owners and not whole and not _titled(text, s, prov):
                m = Match(next(iter(owners.values())), "provisional", 0.5)
        out.append((s, e, t, m, ner))
    return out


def _titled_registry_people(kept, text: str, prov: Provisional) -> set[str]:
    """The registry people the article names with a title or office right before them: its
    other mentions of that name are that person, not a provisional fuller name the NER ran on
    into a word ("বিএনপির চেয়ারপারসন খালেদা জিয়া ..." then "খালেদা জিয়া হার্ট ও ফুসফুসের
    সংক্রমণে ভুগছেন": the later bare "খালেদা জিয়া" stays Khaleda Zia, `one_person`)."""
    return {m.actor.id for s, e, t, m, ner in kept
            if m is not None and m.how != "provisional" and m.actor.type == "PER" and m.actor.source != "provisional"
            and (_titled(text, s, prov) or _office_before(text, s, prov))}


def _titled(text: str, s: int, prov: Provisional) -> bool:
    """A title or office word right before `s` ("রাষ্ট্রপতি আবদুল হামিদ", "President Abdul Hamid")."""
    before = _words_just_before(text, s, 40)
    return bool(before) and prov._is_title(before[-1])


def _office_before(text: str, s: int, prov: Provisional) -> bool:
    """An office word right before `s`: the last word of an office the registry knows (its head
    noun), honorifics, articles and determiners aside (those `_titled` takes too): "প্রধান উপদেষ্টা
    মুহাম্মদ ইউনূস", "সাবেক মন্ত্রী আব্দুর রহমান" (মন্ত্রী ends "পররাষ্ট্র মন্ত্রী") -> True; "বেগম
    খালেদা জিয়া", "Students of Sufia Kamal" ("of" is inside offices, never last) -> False."""
    before = _words_just_before(text, s, 40)
    return bool(before) and _word_or_stem_in(before[-1], _office_heads(prov.li), prov.li) is not None


@lru_cache(maxsize=None)
def _office_heads(li) -> frozenset[str]:
    """The last words of a language's office names (`roles` in actors.yaml): "minister" of "foreign
    minister", "উপদেষ্টা" of "প্রধান উপদেষ্টা"."""
    return frozenset(k[-1] for k in li.role_words if k)


def _words_just_before(text: str, s: int, reach: int) -> list[str]:
    """The folded words of the `reach` characters before `s` when the last of them ends at `s`
    but for white space, else none: _words_just_before("Former President Abdul", 17, 40) ==
    ["former", "president"]; _words_just_before("President, Abdul", 11, 40) == []."""
    off = max(0, s - reach)
    window = text[off:s]
    near = tokens_in(text, off, s)
    if not near or window[near[-1][1]:].strip():
        return []
    return [t for _, _, t in near]


def _link_only(a, surface: str, li) -> bool:
    """The surface is one of the actor's link-only (`noscan`) names, or one of them inflected."""
    return bool(a.noscan) and _inflected_in(key_tokens(surface), {key_tokens(n) for n in a.noscan}, li)


def own_country_ministry(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A ministry named by what it does ("খাদ্য মন্ত্রণালয়", "the food ministry"), unlinked or
    only provisional, in an article about a country: that country's ministry, the registry's when
    it has one by that name ("Ministry of Education (Bangladesh)"), else a provisional one
    ("Ministry of Food (Bangladesh)"); with no country in sight, the press's own country's."""
    if not words.ministries.subjects:
        return kept
    out = []
    for s, e, t, m, ner in kept:
        subject = None
        if t not in ("PER", "GPE", "LOC", "NORP"):
            subject = words.ministries.subject_of(text[s:e], li)
        # the place before it is looked for once, and only before a ministry: the search runs over
        # all kept spans
        place_country = _country_right_before(kept, text, s) if subject else None
        if subject and _owner_open(m, place_country):
            # "চীনের খাদ্য মন্ত্রণালয়"; else the article's country; else the press's own (lang data
            # `home_country`), whose ministries its reporters name without a country
            owner = place_country or country or prov.story_country or li.home_country
            m, t = _ministry(prov, subject, owner), "ORG"
        out.append((s, e, t, m, ner))
    return out


def _owner_open(m: Match | None, place_country: str | None) -> bool:
    """Whether the owner of a ministry is still to be read from the text: it is unlinked or only
    provisional, or linked to one country's body while the place in the genitive right before it
    (`place_country`, from `_country_right_before`) is another country's ("গাজার| স্বাস্থ্য
    মন্ত্রণালয়" is not Bangladesh's health ministry; "ঢাকার| শিক্ষা মন্ত্রণালয়" stays Bangladesh's).
    Example: a provisional match -> True; Bangladesh's ministry after "ঢাকার" (BGD) -> False."""
    if m is None or m.how == "provisional":
        return True
    return place_country is not None and bool(m.actor.country) and place_country != m.actor.country


def _ministry(prov: Provisional, subject: str, owner: str | None) -> Match:
    """The ministry of `subject` of the country `owner`: the registry's when it has one by that
    name ("Ministry of Education (Bangladesh)"), else a provisional one ("Ministry of Food
    (Bangladesh)"); with no owner, a provisional "Ministry of Food" of no country."""
    place = prov.reg.country_names().get(owner) if owner else None
    if not place:   # whose, the text does not say
        return Match(prov.government_body(f"Ministry of {subject}", None), "provisional", 0.5)
    name = f"Ministry of {subject} ({place})"
    known = prov.reg.match(name, "en", prov.date)
    if known is not None and known.actor.country == owner and known.actor.type == "ORG":
        return Match(known.actor, "context", 0.8)
    return Match(prov.government_body(name, owner), "provisional", 0.6)


def untagged_ministry(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A ministry named by what it does that the NER did not tag ("the education ministry",
    "Ministry of Liberation War Affairs", "সংস্কৃতি মন্ত্রণালয় আয়োজিত"): the ministry of a country
    named right before it ("India's health ministry"), else, in an article about the press's own
    country (lang data `home_country`), that country's. A span inside the phrase ("Liberation
    War") gives way to it. In a story set abroad a ministry of no named country stays no entity
    (a Bangladeshi paper's "culture ministry" in a story about India may be either's), and a bare
    "the ministry" never is one."""
    mw = words.ministries
    if not mw.subjects:
        return kept
    home = li.home_country if (country or prov.story_country) == li.home_country else None
    toks = tokens(text)
    reach = max(len(k) for k in mw.subjects) + 1   # the subject and a link word
    heads = tuple(mw.heads)
    out, added = list(kept), []
    for i, (_, _, tok) in enumerate(toks):
        # a head word with or without its case ending ("মন্ত্রণালয়ের"): its stem starts the token
        if not tok.startswith(heads) or (
                _word_or_stem_in(tok, mw.heads, li) is None):
            continue
        found = _ministry_phrase(toks, i, reach, mw, li)
        if found is None:
            continue
        a, b, subject = found
        if not _joined(text, toks[a:b]):
            continue
        s, e = toks[a][0], toks[b - 1][1]
        inside = [x for x in out if s <= x[0] and x[1] <= e]
        if any(x[0] < e and s < x[1] for x in out if x not in inside) or any(
                x[0] == s and x[1] == e for x in inside):
            continue   # the NER's own span, or one across the phrase's edge: own_country_ministry's
        owner = _country_right_before(out, text, s) or home
        if owner is None:
            continue
        out = [x for x in out if x not in inside]
        added.append((s, e, "ORG", _ministry(prov, subject, owner), False))
    return out + added


def _ministry_phrase(toks, i: int, reach: int, mw: MinistryWords, li) -> tuple[int, int, str] | None:
    """The longest ministry phrase around the head word at token i, as (first token, end token,
    subject): the subject before it ("food ministry") or after it with a link word ("Ministry of
    Food")."""
    keys = tuple(t for _, _, t in toks)
    for n in range(reach, 0, -1):
        if i - n >= 0:
            subject = mw.subject(keys[i - n:i + 1], li.morph.stems)
            if subject:
                return i - n, i + 1, subject
        if i + 1 + n <= len(keys) and keys[i + 1] in mw.links:
            subject = mw.subject(keys[i:i + 2 + n], li.morph.stems)
            if subject:
                return i, i + 2 + n, subject
    return None


def home_body_phrases(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A body of the article's own country named by a common phrase the registry keeps link-only
    ("the interim government", "নির্বাচন কমিশনের") and the NER did not tag: in an article about
    that country (its linked places say so; with none, or as many of two countries, most of its
    linked names: "বিএনপির নেতারা বলেন, অন্তর্বর্তী সরকার ..."), the phrase is that body. About
    another country, or none, or right after another country's name, it stays no entity
    ("Nepal's interim government" is not Bangladesh's). A hyphen may join the phrase's words, as
    a numbered body is written: "ট্রাইব্যুনাল-১" -> International Crimes Tribunal-1."""
    country = country or prov.story_country
    if country is None:
        return kept
    phrases = prov.reg.noscan_phrases().get(country)
    if not phrases:
        return kept
    toks = tokens(text)
    taken = [(s, e) for s, e, *_ in kept]
    added = []
    for i in range(len(toks)):
        for key, aid in phrases.get(toks[i][2], ()):
            j = i + len(key)
            if j > len(toks) or any(toks[i + k][2] != key[k] for k in range(1, len(key) - 1)):
                continue
            last = toks[j - 1][2]
            if last != key[-1] and key[-1] not in li.morph.stems(last):
                continue
            a, b = toks[i][0], toks[j - 1][1]
            if not _joined(text, toks[i:j], hyphens=True) or any(x < b and a < y for x, y in taken) \
                    or _country_right_before(kept, text, a) not in (None, country) \
                    or _town_right_before(kept, text, a, prov, words, li):
                continue
            body = prov.reg.actors[aid]
            if not body.exists_on(prov.date) or _of_another_era(body, text, a, prov) \
                    or ("-" in text[a:b] and not _named_in_full(kept, body)):
                continue
            added.append((a, b, "ORG", Match(body, "context", 0.8), False))
            taken.append((a, b))
    return kept + added


_YEARS = range(1800, 2100)


def body_of_another_era(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A dated body (one with `from:`/`to:` in the registry) that any step linked, the NER's span
    or the scan's, in a sentence whose years are all outside its dates is that era's namesake
    body, not the registry's: "In 1991 the Interim Government of Bangladesh held ..." is not the
    one in office since 2024. The mention stays, unlinked."""
    out = []
    for s, e, t, m, ner in kept:
        a = m.actor if m is not None else None
        if (a is not None and a.type != "PER" and m.how != "provisional" and (a.start or a.end)
                and _of_another_era(a, text, s, prov)):
            m = None
        out.append((s, e, t, m, ner))
    return out


def _of_another_era(body, text: str, start: int, prov: Provisional) -> bool:
    """The sentence around `start` names years (in any digits), none of them one in which the
    dated body existed: "১৯৯১ সালে ... অন্তর্বর্তী সরকারের অধীনে" is that year's interim
    government, not the one in office since 2024; "after the February 2026 election, the interim
    government ..." names a year it exists in. A body with no dates is of every era."""
    if body.start is None and body.end is None:
        return False
    years = _sentence_years(text, start, prov)
    return bool(years) and not any(body.exists_on(str(y)) for y in years)


def _place_right_before(kept, text: str, s: int):
    """The kept span of the linked place (GPE) that ends just before `s` ("চীনের| খাদ্য মন্ত্রণালয়",
    "রাজশাহীর| সিএমএম আদালত"), or None."""
    for x in kept:
        m, b = x[3], x[1]
        if m is not None and b <= s and not text[b:s].strip(" '\u2019s") and m.actor.type == "GPE":
            return x
    return None


def _country_right_before(kept, text: str, s: int) -> str | None:
    """The country of a linked place that ends just before `s` ("চীনের| খাদ্য মন্ত্রণালয়",
    "China's| food ministry"), or None."""
    x = _place_right_before(kept, text, s)
    return x[3].actor.country if x is not None and x[3].actor.country else None


def _town_right_before(kept, text: str, s: int, prov: Provisional, words: ContextWords, li) -> bool:
    """A town or district, not a country, in the genitive ends just before `s`: the phrase after
    it is that town's body, not the nation's ("রাজশাহীর সিএমএম আদালত" is Rajshahi's court, not the
    one a bare "সিএমএম আদালত" in Dhaka news means). A country stays the nation ("বাংলাদেশের
    নির্বাচন কমিশন"), and so does a town in another case ("ঢাকায় অন্তর্বর্তী সরকারের ...": in Dhaka)."""
    x = _place_right_before(kept, text, s)
    if x is None:
        return False
    a, b, t, m, ner = x
    if not m.actor.country or prov.reg.countries.get(m.actor.country) == m.actor.id:
        return False
    gap = text[b:s]
    mark = gap.rstrip()
    return (mark in words.possessive_marks and len(mark) < len(gap)) or \
        _genitive_of_place(key_tokens(text[a:b]), li, _place_keys(prov, m))


_NUMBER_AFTER_HYPHEN = regex.compile(r"-\d+$")   # "International Crimes Tribunal-1" -> its base name


def _named_in_full(kept, body) -> bool:
    """A numbered short form ("ট্রাইব্যুনাল-১") stands for `body` only where the article has named
    it, or the body it numbers, in full: women's and children's tribunals and speedy trial
    tribunals are numbered the same way. Example: with "আন্তর্জাতিক অপরাধ ট্রাইব্যুনাল" linked, a
    later "ট্রাইব্যুনাল-১" is International Crimes Tribunal-1."""
    base = _NUMBER_AFTER_HYPHEN.sub("", body.name)
    return any(m is not None and m.actor.name.startswith(base) for _, _, _, m, _ in kept)


_UNIT_NUMBER = regex.compile(r"[-\u2010\u2011](\p{Nd}+)([\p{L}\p{M}\u200c\u200d]*)(?!\p{Nd})")
_ACRONYM = regex.compile(r"^[A-Z]{2,6}$")
_YEARS = range(1800, 2101)   # a four-digit number in this range after a body's name is its edition


def _unit_number(text: str, e: int, li):
    """The match of a unit's number written right after a body's name ending at `e`: a hyphen, the
    number, and nothing or a case ending glued on (the morphology's `suffixes`: "র‍্যাব-১১র"); None
    for a year, which names an edition of an event, not a unit ("বিপিএল-২০২৫": the 2025 season).
    Example: "-১১র একটি দল" -> the match of "-১১র", group(1) "১১"; "-২০২৫ এর" -> None."""
    num = _UNIT_NUMBER.match(text, e)
    if num is None or (num.group(2) and fold_token(num.group(2)) not in li.morph.suffixes):
        return None
    return None if len(num.group(1)) == 4 and int(num.group(1)) in _YEARS else num


def _body_acronym(m: Match | None) -> str | None:
    """The acronym (the first English alias of capitals only) of the registry body `m` links, else
    None. Example: Rapid Action Battalion -> "RAB"; a provisional body, a place, a person or a body
    with no English alias in capitals -> None."""
    if m is None or m.actor.type != "ORG" or m.actor.source == "provisional":
        return None
    return next((a for a in m.actor.aliases.get("en", ()) if _ACRONYM.match(a)), None)


def numbered_unit(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A registry body linked by its name, with a hyphen and a number written right after it
    ("র‍্যাব-১১", "RAB-11"), is that body's numbered unit: one provisional body over both, named by
    the body's acronym (an English alias of capitals) and the number, in the body's country and
    sector. A number the registry knows as a body of its own ("International Crimes Tribunal-1")
    is that body; a body with no acronym, a place ("ঢাকা-১০", a seat) or a person is left alone,
    and so is a year after it (`_unit_number`: an edition, "বিপিএল-২০২৫").
    Example: "র‍্যাব-১১-এর একটি দল" -> "র‍্যাব-১১" as "RAB-11", not the Rapid Action Battalion."""
    out = []
    for s, e, t, m, ner in kept:
        num = _unit_number(text, e, li)
        acronym = _body_acronym(m) if num is not None else None
        if acronym is None:
            out.append((s, e, t, m, ner))
            continue
        n = int(num.group(1))
        known = prov.reg.match(f"{m.actor.name}-{n}", "en", prov.date)
        unit = known if known is not None and known.actor.name.endswith(f"-{n}") else Match(
            prov.numbered_unit(f"{acronym}-{n}", m.actor), "provisional", 0.6)
        out.append((s, num.end(1), "ORG", unit, ner))
    return out


_PLACE_NUMBER = regex.compile(r"^(.+)[-\u2010\u2011](\p{Nd}+)$")
_UNIT_SECTORS = frozenset({"MIL", "COP"})   # forces organised in numbered units; a party after a seat is not one


def _force_acronym(m: Match | None) -> str | None:
    """The acronym (an English alias of capitals) of the registry force or police `m` links, else
    None: Border Guard Bangladesh -> "BGB"; a party, a provisional body or a place -> None."""
    return _body_acronym(m) if m is not None and m.actor.sector in _UNIT_SECTORS else None


def unit_numbered_by_place(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A place with a hyphen and a number ("টেকনাফ-২", an unknown name the registry reads as a place
    or a seat), right before a force's acronym with one space between, is that force's unit
    numbered by the place: one provisional body over both, "<place>-<n> <acronym>", in the force's
    country and sector. Only armed forces and police count (`_force_acronym`): "ঢাকা-৮ বিএনপির
    প্রার্থী" is the seat and the party.
    Example: "টেকনাফ-২ বিজিবির অধিনায়ক" -> "টেকনাফ-২ বিজিবির" as "Teknaf-2 BGB", not a place
    Teknaf-2 and Border Guard Bangladesh."""
    out = sorted(kept, key=lambda x: x[0])
    for a, b in zip(out, out[1:]):
        if text[a[1]:b[0]] != " " or a[3] is None or a[3].actor.source != "provisional":
            continue
        acronym = _force_acronym(b[3])
        if acronym is not None and _PLACE_NUMBER.match(a[3].actor.name):
            unit = Match(prov.numbered_unit(f"{a[3].actor.name} {acronym}", b[3].actor), "provisional", 0.6)
            out = [x for x in out if x is not b]
            out = [(a[0], b[1], "ORG", unit, a[4]) if x is a else x for x in out]
    return out


_UNIT_IN_BRACKETS = regex.compile(r" \((\p{Nd}+) $")


def unit_number_in_brackets(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """An unknown body right before a force's number and acronym in brackets ("(৬ বিজিবি)") is that
    numbered unit, named with the bracket as written: "<body> (<n> <acronym>)", in the force's
    country and sector. The bracket's acronym stays the force it links.
    Example: "চুয়াডাঙ্গা ব্যাটালিয়নের (৬ বিজিবি) অধিনায়ক" -> "চুয়াডাঙ্গা ব্যাটালিয়নের" as
    "Chuadanga Battalion (6 BGB)"."""
    out = sorted(kept, key=lambda x: x[0])
    for a, b in zip(out, out[1:]):
        if a[3] is None or a[3].actor.source != "provisional" or a[3].actor.type != "ORG" or text[b[1]:b[1] + 1] != ")":
            continue
        number = _UNIT_IN_BRACKETS.fullmatch(text, a[1], b[0])
        acronym = _force_acronym(b[3]) if number is not None else None
        if acronym is not None:
            n = int(number.group(1))
            unit = Match(prov.numbered_unit(f"{a[3].actor.name} ({n} {acronym})", b[3].actor), "provisional", 0.6)
            out = [(x[0], x[1], "ORG", unit, x[4]) if x is a else x for x in out]
    return out


def local_station(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A national service linked by its short name (lang data `context.local_stations`), right
    after a place with one space between (a linked place, or a word or two the registry knows as
    one: the NER often tags the two as one body, which the national service's alias then wins), is
    that place's station: one provisional ORG over both ("<place> <unit>"), in the place's
    country. The service's full name ("ফায়ার সার্ভিস ও সিভিল ডিফেন্স") and a service with no place
    before it stay the national body.
    Example: "পটিয়া ফায়ার সার্ভিসের স্টেশন অফিসার" -> "পটিয়া ফায়ার সার্ভিসের" as
    "Patiya Upazila Fire Service Station", not Bangladesh Fire Service and Civil Defence."""
    if not words.local_stations:
        return kept
    out = sorted(kept, key=lambda x: x[0])
    for i, (s, e, t, m, ner) in enumerate(out):
        unit = _station_unit(text[s:e], m, words, li)
        place = _place_before(out[:i], s, text, prov) if unit else None
        if place is None:
            continue
        ps, pm = place
        body = prov.government_body(f"{pm.actor.name} {unit}", pm.actor.country or country)
        out = [x for x in out if not (ps <= x[0] and x[1] <= s)]
        out = [(ps, e, "ORG", Match(body, "provisional", 0.6), False) if x[:2] == (s, e) else x for x in out]
    return out


_WORD = regex.compile(r"(?<!\S)\S+")


def _place_before(before, s: int, text: str, prov: Provisional):
    """(start, match) of the place right before `s` with one space between: the kept span ending
    there if it is a linked place, else the last one or two words if the registry knows them as a
    place. Example: "... পটিয়া |ফায়ার" -> (start of "পটিয়া", Patiya Upazila)."""
    if text[s - 1:s] != " ":
        return None
    prev = [x for x in before if x[1] == s - 1]
    if prev:
        ps, pm = prev[-1][0], prev[-1][3]
        return (ps, pm) if links_a_place(pm) else None
    if any(x[1] > s - 1 and x[0] < s for x in before):
        return None
    starts = [m.start() for m in _WORD.finditer(text[max(0, s - 60):s - 1])]
    for k in (1, 2):
        if len(starts) < k:
            break
        ps = max(0, s - 60) + starts[-k]
        if any(x[0] < s - 1 and ps < x[1] for x in before):
            break
        m = prov.reg.match(text[ps:s - 1], prov.code, prov.date)
        if links_a_place(m):
            return ps, m
    return None


def place_office(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A place of the registry right before the words of an office-holder's office (lang data
    `context.place_offices`, the last word maybe with a case ending) is that place's office: one
    provisional government body over both, "<place> <office>", in the place's country, whether
    the NER tagged the place alone or the place and some of the office's words as one body.
    Example: "খুলনা জেলা প্রশাসকের কার্যালয়ের সামনে" -> "Khulna Deputy Commissioner's Office",
    not the city and an unlinked body."""
    if not words.place_offices:
        return kept
    out = sorted(kept, key=lambda x: x[0])
    for s, e, t, m, ner in list(out):
        found = _place_at(s, e, m, text, prov)
        office = _phrase_after(text, found[0], words.place_offices, li) if found is not None else None
        if office is None:
            continue
        end, english = office
        body = prov.government_body(f"{found[1].actor.name} {english}", found[1].actor.country or country)
        out = [x for x in out if not (s <= x[0] < end)] + [(s, end, "ORG", Match(body, "provisional", 0.6), ner)]
    return sorted(out, key=lambda x: x[0])


def _place_at(s: int, e: int, m, text: str, prov: Provisional) -> tuple[int, Match] | None:
    """(end, match) of the registry place that the first word or two of a span are, when the
    span is that place (maybe with a part word: "খুলনা জেলা", which the office's words take back)
    or an unlinked body: "খুলনা জেলা প্রশাসকের" -> (end of "খুলনা", Khulna)."""
    if m is not None and not links_a_place(m):
        return None
    for end in [x.end() for x in _WORD.finditer(text, s, e)][:2]:
        pm = prov.reg.match(text[s:end], prov.code, prov.date)
        if links_a_place(pm) and pm.how == "exact":
            return end, pm
    return None


def _station_unit(surface: str, m, words: ContextWords, li) -> str | None:
    """The station's English unit word when `surface` is a service's short name of
    `local_stations`, maybe with a case ending: "ফায়ার সার্ভিসের" -> "Fire Service Station"."""
    if m is None or m.demonym:
        return None
    toks = key_tokens(surface)
    return next((unit for key, unit in words.local_stations.items() if _inflected_in(toks, {key}, li)), None)


def bus_company(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A bus company the NER missed: a name word right before a fleet head word (lang data
    `context.fleet_heads`, maybe with a case ending) that one of the head's own words follows
    ("একটি", "বাস"), one provisional ORG over the two, romanised. The name word is no word of
    running text nor a common word ("যাত্রী পরিবহনের একটি", "পণ্য পরিবহনের বাস" name no company)
    and no part of a mention already found, but for an unknown name over just these two words
    (the NER often takes "সৌদিয়া পরিবহনের" for a person).
    Example: "ঢাকাগামী হানিফ পরিবহনের একটি বাস" -> ORG "হানিফ পরিবহনের" (Hanif Paribahan)."""
    if not words.fleet_heads:
        return kept
    toks = tokens(text)
    taken = [(s, e) for s, e, *_ in kept]
    added = []
    forms = _forms_of(words.fleet_heads, li)
    for i in range(1, len(toks) - 1):
        head = forms.get(toks[i][2])
        if head is None or toks[i + 1][2] not in words.fleet_heads[head] or not _joined(text, toks[i - 1:i + 2]):
            continue
        a, b, name = toks[i - 1][0], toks[i][1], toks[i - 1][2]
        if is_cased(name) or _no_name_word(name, prov):
            continue
        # the NER's own guess over exactly these words, a person's name the registry lacks, yields
        # (and only when the company takes its place: a mention is never dropped for nothing)
        same = [x for x in kept if x[:2] == (a, b) and (x[3] is None or x[3].how == "provisional")]
        others = [(x, y) for x, y in taken if (x, y) != (a, b) or not same]
        if any(x < b and a < y for x, y in others):
            continue
        latin = romanise(f"{text[a:toks[i - 1][1]]} {head}", prov.code, person=False)
        if not latin:
            continue
        kept = [x for x in kept if x not in same]
        taken = others + [(a, b)]
        added.append((a, b, "ORG", _new_bus_company(prov, latin, country), False))
    return kept + added


def _word_or_stem_in(tok: str, table, li) -> str | None:
    """`tok` if `table` holds it, else its first stem that `table` holds (a head word with a case
    ending), else None. Example: ("পরিবহনের", {"পরিবহন": ...}) -> "পরিবহন"."""
    if tok in table:
        return tok
    for stem in li.morph.stems(tok):   # a loop, not next() over a generator: asked of every word of an article
        if stem in table:
            return stem
    return None


_FORMS: dict[tuple[int, int], tuple] = {}


def _forms_of(table, li) -> dict[str, str]:
    """Every word in which `_word_or_stem_in` finds one of `table`'s words, with the word it finds:
    the table's words, and each with one of the language's endings (a stem is a word less an
    ending). Built once per table (lang data, which lives as long as its pack) and language; the
    memo holds the table and the morphology, so neither is freed and their ids are not reused. Why:
    the per-word scans (`_season_named`, `_league`, `parliament_election`, `bus_company`) asked
    every word of an article for its stems, some 750 calls an article; now a dictionary probe.
    Example: ({"পরিবহন"}, Bengali) -> {"পরিবহন": "পরিবহন", "পরিবহনের": "পরিবহন", ...}."""
    got = _FORMS.get((id(table), id(li.morph)))
    if got is None:
        forms = {}
        for word in table:
            for form in (word, *(word + ending for ending in li.morph.suffixes)):
                if (found := _word_or_stem_in(form, table, li)) is not None:
                    forms[form] = found
        got = _FORMS[(id(table), id(li.morph))] = (table, li.morph, forms)
    return got[2]


def _no_name_word(tok: str, prov: Provisional) -> bool:
    """A word that alone names nothing: a common word or number (lang data `not_names`) or a word
    of running text. Example: "যাত্রী" (passenger) in "যাত্রী পরিবহনের একটি বাস" -> True."""
    return prov._is_common(tok) or prov._running_word(tok)


def _new_bus_company(prov: Provisional, latin: str, country: str | None) -> Match:
    """A bus company the registry lacks, by its romanised name, as a provisional match
    (`Provisional.bus_company`). Example: ("Hanif Paribahan", "BGD") -> ORG new:hanif-paribahan, sector BUS."""
    return Match(prov.bus_company(latin, country), "provisional", 0.6)


def _crosses(kept, a: int, b: int) -> bool:
    """Whether a kept mention overlaps [a, b) without lying inside it: a longer name over these
    words that is not theirs to replace. Example: kept "লাইন নামের" crosses the quoted "সোহাগ লাইন"."""
    return any(x[0] < b and a < x[1] and not (a <= x[0] and x[1] <= b) for x in kept)


def _over_mentions_inside(kept, mention):
    """`kept` with `mention` in place of the mentions inside its span (GUIDELINES N4, the largest
    name). Example: PER "সোহাগ" inside ORG "সোহাগ লাইন" gives way to it."""
    a, b = mention[:2]
    return [x for x in kept if not (a <= x[0] and x[1] <= b)] + [mention]


def _bus_name_pattern(cfg: dict | None, where: str):
    """The pattern of a quoted bus name (lang data `context.bus_names`: `marks` after the closing
    quote, `vehicles` one of which comes within two words), or None without the data.
    Example: {"marks": ["নামের"], "vehicles": ["বাস"]} matches "‘সোহাগ লাইন’ নামের একটি বাস"."""
    if not cfg:
        return None
    if set(cfg) - {"marks", "vehicles"}:
        raise ValueError(f"{where} context.bus_names: keys are marks and vehicles: {sorted(cfg)}")
    marks = "|".join(regex.escape(m) for m in sorted(cfg.get("marks") or [], key=len, reverse=True))
    vehicles = "|".join(regex.escape(v) for v in sorted(cfg.get("vehicles") or [], key=len, reverse=True))
    return regex.compile(r"[‘'“\"](\p{L}[^‘’'“”\"\n]{1,40}?)[’'”\"]\s*(?:" + marks + r")\s+(?:\S+\s+)?(?:"
                         + vehicles + r")(?!\p{L})")


MAX_BUS_NAME_WORDS = 4   # "‘সোনার তরী পরিবহন’": a bus company's name is short


def quoted_bus_name(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A name in quotes followed by "নামের"/"-এর" and a bus within two words is the company whose
    bus it is (lang data `context.bus_names`): one provisional ORG over the quoted words,
    romanised; mentions inside the quotes give way to it (the NER took "সোহাগ" for a person). At
    most `MAX_BUS_NAME_WORDS` words, none a common word, one at least no word of running text.
    Example: "ঢাকাগামী ‘সোহাগ লাইন’ নামের একটি বাস" -> ORG "সোহাগ লাইন" (Sohag Lain)."""
    if words.bus_names is None:
        return kept
    for hit in words.bus_names.finditer(text):
        a, b = hit.span(1)
        name = [fold_token(w) for w in text[a:b].split()]
        if len(name) > MAX_BUS_NAME_WORDS or any(prov._is_common(w) for w in name) \
                or all(prov._running_word(w) or len(w) < 3 for w in name):
            continue   # a quoted clause ("‘আমরা কিছুই জানি না’"), not a name
        latin = romanise(text[a:b], prov.code, person=False)
        if not latin or _crosses(kept, a, b):
            continue
        kept = _over_mentions_inside(kept, (a, b, "ORG", _new_bus_company(prov, latin, country), False))
    return kept


_ROAD = regex.compile(r"(?<![\p{L}\p{M}-])([\p{L}\p{M}]+)-([\p{L}\p{M}]+) ([\p{L}\p{M}]+)")


def road_between_places(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """Two places joined by a hyphen (one the registry knows, the other known or a name word),
    then a road word (lang data `context.road_heads`, maybe with a case ending), are one road: a provisional LOC over the
    three words named "<A>-<B> <road>" in the places' English, and the places inside are no
    mentions of their own (GUIDELINES N4, the largest name).
    Example: "ঢাকা-আরিচা মহাসড়কের পাশে" -> LOC "ঢাকা-আরিচা মহাসড়কের" (Dhaka-Aricha Highway)."""
    if not words.road_heads:
        return kept
    for hit in _ROAD.finditer(text):
        head = _word_or_stem_in(fold_token(hit.group(3)), words.road_heads, li)
        if head is None:
            continue
        road = words.road_heads[head]
        known = [_place_named(hit.group(k), hit.span(k), kept, prov) for k in (1, 2)]
        ends = [known[k] or _road_end(hit.group(k + 1), prov) for k in (0, 1)]
        if known == [None, None] or None in ends:
            continue   # one end at least a place the registry knows
        a, b = hit.start(1), hit.end(3)
        if _crosses(kept, a, b):
            continue
        name = f"{ends[0]}-{ends[1]} {road}"
        kept = _over_mentions_inside(kept, (a, b, "LOC", Match(prov.road(name, country), "provisional", 0.6), False))
    return kept


def _place_named(word: str, span: tuple[int, int], kept, prov: Provisional) -> str | None:
    """The English name a Bangladeshi writes for a place word: the linked place of the span over
    it, else the registry's place of that word (the registry's own spelling where the two differ
    only by an apostrophe: "Cox's Bazar"); None when it is no place."""
    m = next((x[3] for x in kept if x[:2] == span and x[3] is not None), None) \
        or prov.reg.match(word, prov.code, prov.date)
    if m is None or m.demonym or m.actor.type not in ("GPE", "LOC"):
        return None
    name = prov.english_name(m.actor, word)
    name = m.actor.name if m.actor.name.replace("'", "").replace("’", "") == name else name
    return name.removesuffix(" Upazila").removesuffix(" District")


def _road_end(word: str, prov: Provisional) -> str | None:
    """The end of a road that is no known place (`_place_named` read those): a name word (no word
    of running text, no common word) romanised: "আরিচা" -> "Aricha"; None otherwise."""
    tok = fold_token(word)
    if _no_name_word(tok, prov) or len(tok) < 3:
        return None
    return romanise(word, prov.code, person=False) or None


_UNIT_SUFFIX = " Upazila"


# a seat's areas in brackets are its upazilas: "Barishal-3 (Muladi-Babuganj)", "লক্ষ্মীপুর-১ (রামগঞ্জ)"
_SEAT_AREAS = regex.compile(r"-\s*[\d০-৯]+\s*\([^()]*$")
_UNIT_REACH = 5   # words after a place that may close its list with the unit word
_CLAUSE_BREAK = regex.compile(r"[।.;:()\n]")   # a unit word past it closes another clause's list


def _unit_named(text: str, s: int, e: int, unit_words: set[str], li, joiners) -> bool:
    """The unit word is in the span, right after it, or closes a list the place is in:
    "শার্শা উপজেলা", "Kalapara upazila", "বাবুগঞ্জ, দুমকি ও মির্জাগঞ্জ উপজেলায়"."""
    if any(_word_or_stem_in(tok, unit_words, li) is not None for _, _, tok in tokens_in(text, s, e)):
        return True
    after = _CLAUSE_BREAK.split(text[e:e + 80], maxsplit=1)[0]
    toks = tokens(after)[:_UNIT_REACH]
    for i, (_, end, tok) in enumerate(toks):
        if _word_or_stem_in(tok, unit_words, li) is not None:   # "উপজেলায়" too
            between = after[:end]
            return i == 0 or "," in between or any(t in joiners for _, _, t in toks[:i])
    return False


def bare_upazila_town(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """An upazila written without its unit word (lang data `context.name_heads` GPE: "উপজেলা",
    "upazila") names the town a reader looks up, not the administrative unit: "কলাপাড়ায় ঘর
    বিধ্বস্ত" -> Kalapara (was Kalapara Upazila); "শার্শা উপজেলা প্রশাসন" stays Sharsha Upazila.
    A "Sadar" upazila keeps its name (there is no town "Cox's Bazar Sadar"). The actor keeps its
    id: the same place, named as the text names it."""
    unit_words = {w for w, typ in words.heads.items() if typ == "GPE"}
    out = []
    for s, e, t, m, ner in kept:
        name = m.actor.name if m is not None and not m.demonym else ""
        if m is None or m.actor.type != "GPE" or not name.endswith(_UNIT_SUFFIX) or " Sadar" in name \
                or _unit_named(text, s, e, unit_words, li, prov.w.conjunctions) or _SEAT_AREAS.search(text, max(0, s - 80), s):
            out.append((s, e, t, m, ner))
            continue
        town = replace(m.actor, name=name.removesuffix(_UNIT_SUFFIX))
        out.append((s, e, t, replace(m, actor=town), ner))
    return out


def named_after_person(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A person's name, bare (no case ending), right before the head words of a place or body
    (lang data `context.named_after`: modifiers, heads, then tails) is that place, named after the
    person, not the person: "খালেদা জিয়া ছাত্রী নিবাস", "জহুর আহমেদ চৌধুরী স্টেডিয়ামে",
    "Manik Mia Avenue" -> the registry's actor for the whole name, else a provisional one in the
    person's country. "খালেদা জিয়ার হলে" (her hall) and "Fakhrul went to hospital" stay the person."""
    if not words.named_after_heads:
        return kept
    out, taken = [], []
    for s, e, t, m, ner in kept:
        end = _named_after_end(text, s, e, t, m, words, li, prov)
        # a span reaching past the head words: the NER has a longer name already
        if end is None or any(o[0] < end and e < o[1] and not (s <= o[0] and o[1] <= end) for o in kept):
            out.append((s, e, t, m, ner))
            continue
        taken.append((s, end))
        key = key_tokens(text[s:end])
        known = prov.reg.lookup(key, li, prov.date)
        if known is not None and not known.demonym and known.actor.type != "PER":
            out.append((s, end, known.actor.type or "FAC", known, False))
        else:
            bare = key[-1] in words.named_after_heads
            out.append((s, end, "FAC", Match(prov.named_body(s, end, "FAC", m, bare), "provisional", 0.7), False))
    # a head word the NER tagged alone ("স্টেডিয়ামে") is part of the name now
    return [x for x in out if not _inside_taken(x, taken)]


def named_body_over_person(cur, o, text: str, prov: Provisional, words: ContextWords, li) -> bool:
    """The NER's own body span (`cur`) that opens with a registry person's bare name (`o`, linked)
    and goes on with just the words of a place named after them (`_named_after_end`; a road word,
    lang data `context.road_heads`, counts as a head here, where the NER tagged the whole a body)
    is that body, not the person, in the merge of spans: "খালেদা জিয়া বালিকা উচ্চ বিদ্যালয়" (ORG)
    over "খালেদা জিয়া" -> True; "খালেদা জিয়া বিদ্যালয় পরিদর্শনে যান" (a bare tail) -> False."""
    m = o[3]
    if m is None or m.demonym or m.actor.type != "PER" or cur[2] not in ("ORG", "FAC", "LOC") \
            or o[0] != cur[0] or not o[1] < cur[1]:
        return False
    heads = words.named_after_heads | set(words.road_heads)
    return _named_after_end(text, o[0], o[1], "PER", m, words, li, prov, heads) == cur[1]


def _named_after_end(text: str, s: int, e: int, t: str, m, words: ContextWords, li, prov: Provisional,
                     heads: set[str] | None = None) -> int | None:
    """Where the name of a place named after the person at (s, e) ends: past modifier words and
    at least one head word right after the bare name ("বেগম খালেদা জিয়া" + " ছাত্রী নিবাস"), a
    tail word only after one of those ("বেগম খালেদা জিয়া" + " মহিলা কলেজ");
    None for no person, a name with a case ending, or no head word (in a cased script each word
    capitalised: "Manik Mia Avenue", not "Manik Mia road"), and for a titled name: an office
    holder acts on a building, it is seldom named after him ("প্রধান উপদেষ্টা মুহাম্মদ ইউনূস ভবন
    উদ্বোধন করেন")."""
    if m is None or m.demonym or (m.actor.type != "PER" and t != "PER") or _office_before(text, s, prov):
        return None
    last = key_tokens(text[s:e])[-1:]
    if not last or prov.stem(last[0], "PER") != last[0]:
        return None
    end, pos, heads_seen = None, e, False
    while (w := _NEXT_WORD.match(text, pos)) is not None:
        raw, tok = w.group(1), fold_token(w.group(1))
        if is_cased(raw) and not raw[:1].isupper():
            break
        if _word_or_stem_in(tok, heads or words.named_after_heads, li) is not None or (
                pos > e and _word_or_stem_in(tok, words.named_after_tails, li) is not None):
            end, heads_seen = w.end(), True
        elif heads_seen or tok not in words.named_after_modifiers:
            break
        pos = w.end()
    return end


_WORD_RIGHT_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+) $")
_NAME_MATCHES = ("exact", "fuzzy", "stem")   # Match.how of a name read as written ([::2]: spelt as the registry does)


def body_part(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A registry body named by its alias as written, right before the words for its day or its
    seat (lang data `context.body_parts`, the last word maybe with a case ending), is that day
    (an event) or seat: the registry's actor of the whole name, else a provisional one named by
    the body's acronym (or name) and the English words, in the body's country. A person or place
    before the words is left alone ("কায়েদে আজম দিবস" is named after Jinnah, yet its English
    name is no "Jinnah Day").
    Example: "বিজিবি দিবস উপলক্ষে" -> "বিজিবি দিবস" as "BGB Day"; "পুলিশ সদর দপ্তরের" ->
    "Bangladesh Police Headquarters", not the police."""
    if not words.body_parts:
        return kept
    out, taken = [], []
    for s, e, t, m, ner in kept:
        part = _phrase_after(text, e, words.body_parts, li) if m is not None and not m.demonym and \
            m.how == "exact" and m.actor.type == "ORG" else None
        if part is None:
            out.append((s, e, t, m, ner))
            continue
        end, (english, typ) = part
        known = prov.reg.lookup(key_tokens(text[s:end]), li, prov.date)
        if known is None or known.demonym or known.actor.type != typ:
            name = f"{_body_acronym(m) or m.actor.name} {english}"
            known = Match(prov.body_part(name, typ, m.actor.country), "provisional", 0.7)
        out.append((s, end, typ, known, ner))
        taken.append((s, end))
    return [x for x in out if not _inside_taken(x, taken)]


def _phrase_after(text: str, end: int, phrases: dict, li):
    """(end, value) of the phrase of `phrases` (folded word tuples, the last word maybe with a
    case ending) that starts one space after `end`, the shortest first; None for none.
    Example: _phrase_after("বিজিবি সদর দপ্তরের সামনে", 6, bn body_parts, li) == (18, ("Headquarters", "ORG"))."""
    toks, pos, longest = [], end, max(len(k) for k in phrases)
    while len(toks) < longest and (w := _NEXT_WORD.match(text, pos)) is not None:
        toks.append(fold_token(w.group(1)))
        pos = w.end()
        hit = next((v for k, v in phrases.items() if len(k) == len(toks) and _inflected_in(tuple(toks), {k}, li)), None)
        if hit is not None:
            return pos, hit
    return None


def full_name_around(kept, text: str, prov: Provisional, words: ContextWords, li, country: str | None):
    """A person the registry knows, tagged by part of a name the text writes whole: the word right
    before the mention, or right after it (a mention without a case ending, which would close the
    name), that makes with it a name the registry reads as the same person takes the mention in
    (the spelling may differ from the registry's: its fuzzy match). Not a title, nor a word in
    another mention. Makes up for the NER, which cut the name.
    Example: "ক্রিশ্চিয়ানো [রোনালদো]" (the registry: "ক্রিস্তিয়ানো রোনালদো") -> "ক্রিশ্চিয়ানো রোনালদো"
    as Cristiano Ronaldo; a surname after it spelt otherwise is a namesake's: "[ফারুক] আহাম্মদ"
    (the registry's Faruque Ahmed: "ফারুক আহমেদ") stays as it is."""
    out = []
    for i, (s, e, t, m, ner) in enumerate(kept):
        if t == "PER" and m is not None and m.actor.type == "PER" and m.actor.source != "provisional":
            others = kept[:i] + kept[i + 1:]
            s, e = _widened_to(s, e, m.actor.id, text, prov, others)
        out.append((s, e, t, m, ner))
    return out


def _widened_to(s: int, e: int, actor_id: str, text: str, prov: Provisional, others) -> tuple[int, int]:
    """(start, end) of the mention text[s:e] widened by one word on either side where the wider
    name is the registry's `actor_id` too (`full_name_around`)."""
    def same(a: int, b: int, hows=_NAME_MATCHES) -> bool:   # the registry's name, no title nor role read off
        if any(x[0] < b and a < x[1] for x in others):
            return False
        m = prov.reg.match(text[a:b], prov.code, prov.date)
        return m is not None and m.actor.id == actor_id and m.how in hows
    before = _WORD_RIGHT_BEFORE.search(text, max(0, s - 40), s)
    if (before is not None and not _is_edge_word(before.group(1), prov)
            and prov.stem(fold_token(before.group(1))) == fold_token(before.group(1)) and same(before.start(1), e)):
        s = before.start(1)   # (a word with a case ending is the clause's: "বয়সে [জিয়াউর রহমানের]")
    toks = key_tokens(text[s:e])
    after = _NEXT_WORD.match(text, e)
    if (after is not None and toks and prov.stem(toks[-1]) == toks[-1]
            and not _is_edge_word(after.group(1), prov) and same(s, after.end(1), _NAME_MATCHES[::2])):
        e = after.end(1)   # (a surname spelt otherwise, a fuzzy match, is a namesake's: "ফারুক আহাম্মদ")
    return s, e


def _is_edge_word(word: str, prov: Provisional) -> bool:
    """A title, a word that never begins or ends a name (actors.yaml `edge_words`, `not_names`), or
    a word the registry knows alone ("ভারতের [মোদী]": India, no part of the name)."""
    tok = fold_token(word)
    return (prov._is_title(tok) or tok in prov.w.edges or prov._is_common(tok)
            or prov.reg.match(word, prov.code, prov.date) is not None)


RULES = (diplomatic_mission, place_part, place_named_body, place_of_body, named_after_person, franchise_by_city, namesake_by_age, namesake_by_role, namesake_by_full_name, namesake_by_parent, namesake_in_match_report,
         foreign_namesake, country_second_side, national_team, parliament_election, ordinal_parliament, ordinal_numbered_body, shared_name_by_country, local_sense,
         home_place_abroad, one_person, own_country_ministry, home_body_phrases, untagged_ministry,
         body_of_another_era, local_station, place_office, numbered_unit, unit_numbered_by_place, unit_number_in_brackets, bus_company, quoted_bus_name,
         road_between_places, bare_upazila_town, body_part, full_name_around)
