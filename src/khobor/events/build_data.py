"""Build the event coder's shipped data files from the shared reference data (run by a developer,
never at run time):

    python -m khobor.events.build_data ../shared/data/events

writes
  src/khobor/data/events/plover_cameo.tsv   CAMEO code -> PLOVER type/mode/context (the crosswalk)
  src/khobor/lang/en/events_petrarch.tsv    English verb patterns carried over from PETRARCH2's
                                            CAMEO.2.0 verb dictionary (facts only: verb forms,
                                            the context words of a pattern and its CAMEO code)

Both carry attribution in their header and in src/khobor/data/events/NOTICE.md.
"""
from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

PKG = Path(__file__).resolve().parents[1]
CROSSWALK_OUT = PKG / "data" / "events" / "plover_cameo.tsv"
PETRARCH_OUT = PKG / "lang" / "en" / "events_petrarch.tsv"

# Our documented departures from the 2021 crosswalk (PLOVER manual section "Note 2" asks
# coders to document any such decision):
#  - 02x APPEAL: PLOVER dropped the category, but its REQUEST covers "all requests"; an
#    appeal is a request, so we keep it as REQUEST/appeal rather than losing the event.
#  - 163 "Impose embargo, boycott, or sanctions": the 2021 table says COERCE/restrict, the
#    manual's SANCTION section says international sanctions are SANCTION/discontinue.
OVERRIDES = {
    "163": ("SANCTION", "discontinue", "economic", "manual: international sanctions are SANCTION discontinue"),
}


def build_crosswalk(src: Path) -> list[dict]:
    rows = []
    with (src / "cameo" / "cameo_plover_codebook.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            code = r["cameo_code"].strip()
            event, mode, ctx, note = r["plover_event"].strip(), r["plover_mode"].strip(), r["plover_context"].strip(), ""
            if code in OVERRIDES:
                event, mode, ctx, note = OVERRIDES[code]
            elif code.startswith("02"):
                event, mode, note = "REQUEST", "appeal", "CAMEO appeal kept as PLOVER REQUEST (all requests)"
            rows.append({"cameo": code, "plover": event, "mode": mode, "context": ctx,
                         "description": r["cameo_description"].strip(), "note": note})
    return rows


def write_crosswalk(rows: list[dict]) -> None:
    CROSSWALK_OUT.parent.mkdir(parents=True, exist_ok=True)
    with CROSSWALK_OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# CAMEO -> PLOVER crosswalk. Facts from the PLOVER project's CAMEO2PLOVER-2021 table and the GDELT\n"
                "# CAMEO event code list (openeventdata/PLOVER, CC BY-SA 4.0; CAMEO by Schrodt/Parus Analytics),\n"
                "# rewritten in khobor's format; 'dropped' = PLOVER has no category. See NOTICE.md.\n")
        w = csv.DictWriter(f, fieldnames=["cameo", "plover", "mode", "context", "description", "note"],
                           delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# ---- PETRARCH verb dictionary -> our English pattern table --------------------------------------

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([0-9]{2,4}|---)?(?::[0-9-]*)?\]")


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets, cur = {}, None
    for line in lines:
        s = line.split("#")[0].strip()
        if s.startswith("&"):
            cur = s.split()[0]
            sets[cur] = []
        elif s.startswith("+") and cur:
            sets[cur].append(s[1:].strip().rstrip("_").replace("_", " ").lower())
        elif not s:
            continue
        else:
            cur = None if not s.startswith("+") else cur
    return sets


def _phrase_words(text: str, sets: dict[str, list[str]]) -> list[str] | None:
    """The content words of a pattern side; a synset becomes an alternative group 'a|b|c'."""
    out = []
    for tok in re.sub(r"[(){}$+%^]", " ", text).split():
        if tok.startswith("&"):
            members = [m for m in sets.get(tok, []) if " " not in m]
            if not members:
                return None
            out.append("|".join(sorted(set(members))[:40]))
        elif re.fullmatch(r"[A-Z][A-Z'_-]*", tok):
            w = tok.rstrip("_").replace("_", " ").lower()
            if " " in w:
                out.extend(w.split())
            else:
                out.append(w)
        else:
            return None
    return out


def build_petrarch(src: Path) -> list[dict]:
    lines = (src / "petrarch" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    end = next((i for i, l in enumerate(lines) if "TRANSFORMATIONS" in l), len(lines))
    sets = _synsets(lines[:start])
    rows: list[dict] = []
    block = _Block(0, "---")
    for line in lines[start:end] + ["--- END [---] ---"]:
        st = line.split("#")[0].rstrip().strip()
        m = _BLOCK.match(st)
        if m:
            rows += block.rows()
            block = _Block(block.number + 1, m.group(2).split(":")[0] or "---")
        elif st.startswith("-"):
            pattern = _pattern_row(st, sets)
            if pattern:
                block.patterns.append(pattern)
        elif st:
            verb = _verb_entry(st)
            if verb:
                block.verbs.append(verb)
    return rows


@dataclass
class _Block:
    """One block of the verb dictionary: verbs sharing a default code and patterns."""
    number: int
    default: str                       # the block's CAMEO code, '---' for none
    verbs: list[str] = field(default_factory=list)
    patterns: list[dict] = field(default_factory=list)

    def rows(self) -> list[dict]:
        """The verbs row and one row per pattern (the first code wins: PETRARCH reads patterns
        top-down); nothing for a block without verbs."""
        if not self.verbs:
            return []
        out = [{"block": self.number, "verbs": " ".join(self.verbs), "before": "", "after": "", "cameo": self.default}]
        seen = set()
        for p in self.patterns:
            key = (p["before"], p["after"])
            if key not in seen:
                seen.add(key)
                out.append({"block": self.number, "verbs": "", **p})
        return out


def _pattern_row(st: str, sets: dict[str, list[str]]) -> dict | None:
    """A pattern line ("- WORDS * WORDS [code]") as context words before/after the verb, or
    None when it has no code, no verb position, a synset we cannot spell out or too many words."""
    cm = _CODE.search(st)
    if not cm or not cm.group(1) or cm.group(1) == "---":
        return None
    body = st[1:cm.start()].strip()
    if "*" not in body:
        return None
    before_t, after_t = body.split("*", 1)
    before, after = _phrase_words(before_t, sets), _phrase_words(after_t, sets)
    if before is None or after is None or len(before) > 2 or len(after) > 4:
        return None
    return {"before": " ".join(before), "after": " ".join(after), "cameo": cm.group(1)}


def _verb_entry(st: str) -> str | None:
    """A verb line: WORD {IRREGULAR FORMS} [own code], written lemma[:form,form][=code]."""
    vm = re.match(r"^\+?([A-Z][A-Z'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", st)
    if not vm:
        return None
    v = vm.group(1).rstrip("_").replace("_", "~").lower()
    if vm.group(2):
        forms = [f.lstrip("+").rstrip("_").replace("_", "~").lower() for f in vm.group(2).strip("{}").split()]
        v += ":" + ",".join(forms)
    if vm.group(3):
        own = vm.group(3).strip("[]").split(":")[0]
        if own:
            v += "=" + own
    return v


def write_petrarch(rows: list[dict]) -> None:
    with PETRARCH_OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# English verb patterns carried over from PETRARCH2's CAMEO.2.0 verb dictionary\n"
                "# (Open Event Data Alliance, MIT licence; see src/khobor/data/events/NOTICE.md).\n"
                "# A block is a set of verbs sharing patterns. verbs: lemma[:irregular,forms][=own code], '~' joins\n"
                "# multi-word verbs; the row with verbs gives the block's default code ('---' = none); the\n"
                "# other rows are patterns: context words before/after the verb, in order, a|b = alternatives;\n"
                "# cameo: CAMEO code, mapped to PLOVER by data/events/plover_cameo.tsv.\n"
                "# Regenerate with: python -m khobor.events.build_data ../shared/data/events\n")
        w = csv.DictWriter(f, fieldnames=["block", "verbs", "before", "after", "cameo"], delimiter="\t",
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main(argv: list[str]) -> int:
    src = Path(argv[0] if argv else "../shared/data/events")
    write_crosswalk(build_crosswalk(src))
    rows = build_petrarch(src)
    write_petrarch(rows)
    print(f"wrote {CROSSWALK_OUT} and {PETRARCH_OUT} ({len(rows)} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
