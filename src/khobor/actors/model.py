"""One actor of the registry and its date-bounded roles.

A registry line is a JSON object; ActorRecord is its in-memory form. Country and sector are not
fixed facts of a person: they come from the role in force on the article's date (Shoigu: defence
minister, RUS MIL, until 2024-05-12; then Security Council secretary, RUS GOV).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Role:
    role: str                       # role key ("president", "defence_minister") or a Phoenix code
    of: str | None = None           # country code or organisation id the role belongs to
    country: str | None = None
    sector: str | None = None
    start: str | None = None        # "YYYY-MM-DD", inclusive; None = open
    end: str | None = None          # "YYYY-MM-DD", inclusive; None = still holds it
    leader: bool = False            # the top executive of `of` ("North Korea's leader")
    title: dict[str, str] = field(default_factory=dict)  # {"en": ..., "bn": ...}

    def in_force(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def to_json(self) -> dict:
        # compact: a Phoenix role's key is its CAMEO code, its owner its country
        title = self.title if self.title and self.title != {"en": self.role} else None
        of = self.of if self.of != self.country else None
        d = {"role": self.role, "of": of, "country": self.country, "sector": self.sector,
             "start": self.start, "end": self.end, "leader": self.leader or None, "title": title}
        return {k: v for k, v in d.items() if v is not None}

    @classmethod
    def from_json(cls, d: dict) -> "Role":
        return cls(role=d["role"], of=d.get("of") or d.get("country"), country=d.get("country"), sector=d.get("sector"),
                   start=d.get("start"), end=d.get("end"), leader=bool(d.get("leader")),
                   title=d.get("title") or {})


@dataclass
class ActorRecord:
    id: str
    name: str
    type: str                                   # PER ORG GPE LOC NORP
    country: str | None = None                  # base country when no role says otherwise
    sector: str | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)   # lang -> surface forms
    noscan: list[str] = field(default_factory=list)  # aliases for linking only, never scanned in text
    demonyms: dict[str, list[str]] = field(default_factory=dict)  # lang -> "Russian", "রুশ" (countries)
    roles: list[Role] = field(default_factory=list)
    source: str = "overlay"                     # overlay | cldr | phoenix | provisional
    wikidata: str | None = None
    institution: str | None = None              # kind of a country's institution ("foreign_ministry")
    start: str | None = None                    # a body's first day ("YYYY-MM-DD"); None = as long as known
    end: str | None = None                      # its last day; None = still there

    def exists_on(self, date: str | None) -> bool:
        """Whether the actor exists on the date (a body with `start`/`end` only between them; any
        actor without them, and any actor with no date to ask about, always).
        Example: the interim government from 2024-08-08 does not exist on "1991-03-01"."""
        return date is None or ((self.start is None or self.start[:len(date)] <= date)
                                and (self.end is None or date <= self.end[:len(date)]))

    def role_on(self, date: str | None) -> Role | None:
        """The role in force on `date`; with no date, the current (open-ended) one, else the one
        that ended last. Among several, the first listed wins: the overlay lists a person's main
        office first (Kim Jong Un: supreme leader before party general secretary)."""
        if not self.roles:
            return None
        if date is None:
            current = [r for r in self.roles if r.end is None]
            return current[0] if current else max(self.roles, key=lambda r: r.end or "")
        return next((r for r in self.roles if r.in_force(date)), None)

    def country_sector_on(self, date: str | None) -> tuple[str | None, str | None]:
        r = self.role_on(date)
        if r is None:
            return self.country, self.sector
        return r.country or self.country, r.sector or self.sector

    def to_json(self) -> dict:
        d = {"id": self.id, "name": self.name, "type": self.type, "country": self.country,
             "sector": self.sector, "aliases": self.aliases or None, "noscan": self.noscan or None,
             "demonyms": self.demonyms or None,
             "roles": [r.to_json() for r in self.roles] or None, "source": self.source,
             "wikidata": self.wikidata, "institution": self.institution, "start": self.start, "end": self.end}
        return {k: v for k, v in d.items() if v is not None}

    @classmethod
    def from_json(cls, d: dict) -> "ActorRecord":
        return cls(id=d["id"], name=d["name"], type=d.get("type", "ORG"), country=d.get("country"),
                   sector=d.get("sector"), aliases=d.get("aliases") or {}, noscan=d.get("noscan") or [],
                   demonyms=d.get("demonyms") or {},
                   roles=[Role.from_json(r) for r in d.get("roles") or []], source=d.get("source", "overlay"),
                   wikidata=d.get("wikidata"), institution=d.get("institution"),
                   start=d.get("start"), end=d.get("end"))
