"""Reader of the TABARI/PETRARCH2 Phoenix actor dictionaries (MIT, Open Event Data Alliance, 2014).

Format: an entry line `NAME_ [CODE date]` (codes may also follow on indented lines), `+SYNONYM_`
lines, `# comments`. Codes are CAMEO actor codes: 3-letter country or group (IGO, IMG, NGO, ...)
followed by 3-letter sector chunks (RUSGOVMIL). Dates: `YYMMDD-YYMMDD`, `>YYMMDD` (from), `<YYMMDD`
(until); a few are 8-digit YYYYMMDD. We carry over facts only (names, codes, dates), see PROVENANCE.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# CAMEO role codes we expose as sectors (the rest of a code, e.g. UNO/KID, is kept in the role key)
SECTORS = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
           "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PTY"}
GROUP_CODES = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS", "UNO"}

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^([<>]?)(\d{6}|\d{8})(?:-(\d{6}|\d{8}))?$")


@dataclass
class PhoenixCode:
    code: str
    start: str | None = None
    end: str | None = None

    @property
    def country(self) -> str | None:
        c = self.code[:3]
        return c if c.isalpha() else None

    @property
    def sector(self) -> str | None:
        chunks = [self.code[i:i + 3] for i in range(3, len(self.code), 3)]
        known = [c for c in chunks if c in SECTORS]
        return known[-1] if known else None


@dataclass
class PhoenixEntry:
    name: str                       # "VLADIMIR PUTIN"
    synonyms: list[str] = field(default_factory=list)
    codes: list[PhoenixCode] = field(default_factory=list)
    file: str = ""


def _date(s: str) -> str | None:
    if len(s) == 8:
        y, m, d = s[:4], s[4:6], s[6:]
    else:
        yy = int(s[:2])
        y, m, d = str(1900 + yy if yy >= 30 else 2000 + yy), s[2:4], s[4:]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def parse_code(raw: str) -> PhoenixCode | None:
    parts = raw.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]) or len(parts[0]) % 3:
        return None  # "[---]" and similar placeholders
    pc = PhoenixCode(parts[0])
    if len(parts) > 1:
        m = _DATE.match(parts[1])
        if not m:
            return pc
        op, a, b = m.groups()
        if op == ">":
            pc.start = _date(a)
        elif op == "<":
            pc.end = _date(a)
        else:
            pc.start, pc.end = _date(a), _date(b) if b else None
    return pc


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def read(path: Path) -> list[PhoenixEntry]:
    entries: list[PhoenixEntry] = []
    cur: PhoenixEntry | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        codes = [c for c in (parse_code(x) for x in _CODE.findall(body)) if c]
        head = _CODE.sub(" ", body)
        s = head.strip()
        if s.startswith("!") or "=" in s:
            continue  # macros (!PERSON! = ...) of the agents file
        if s.startswith("+"):
            if cur is not None and _name(s[1:]):
                cur.synonyms.append(_name(s[1:]))
            if cur is not None:
                cur.codes.extend(codes)
        elif not s:                 # an indented code line
            if cur is not None:
                cur.codes.extend(codes)
        else:
            cur = PhoenixEntry(_name(s), codes=codes, file=path.name)
            entries.append(cur)
    return entries
