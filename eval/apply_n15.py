#!/usr/bin/env python3
"""Apply DECISIONS N15 to the stand-off gold: a Bangladeshi ministry is right with or without the
country in brackets ("Ministry of Home Affairs" and "Ministry of Home Affairs (Bangladesh)").

N5 asks for the Wikipedia title form with other right names in `also`; Wikipedia brackets the
country only where another country's ministry has the same name, and annotators wrote either form
(in round 28's gold, 37 Bangladeshi ministry entities bare and 32 bracketed). Bangladeshi papers
name their own ministries bare; another country's keeps its brackets ("Ministry of Defence" alone
is not Russia's). The score never matches one form to the other (their last words differ), so each
Bangladeshi entity named "Ministry of X" gets the other form in `also`, and each quote whose
speaker is named by either form gets the other in `speaker_also`. Labels only: no span moves.
Run once (round 29); running it again changes nothing.

    python3 eval/apply_n15.py [eval/gold]      # prints one line per file changed
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from khobor.eval.standoff import dumps  # noqa: E402  (stdlib only)

BRACKETED = re.compile(r"^(Ministry of [^()]+) \(Bangladesh\)$")


def other_form(canonical: str, country: str | None) -> str | None:
    """'Ministry of Home Affairs', BGD -> 'Ministry of Home Affairs (Bangladesh)', and back."""
    if country != "BGD" or not canonical.startswith("Ministry of "):
        return None
    m = BRACKETED.match(canonical)
    if m:
        return m.group(1)
    return None if "(" in canonical else f"{canonical} (Bangladesh)"


def _add(names: list, name: str) -> bool:
    if name in names:
        return False
    names.append(name)
    return True


def apply(gold: dict) -> list[str]:
    """Add N15's other form to one gold file's Bangladeshi ministries (ORG, country BGD) and to its
    quotes' speakers named by either form, in place; the changes made, one line each.

    >>> gold = {"entities": [{"type": "ORG", "country": "BGD", "canonical": "Ministry of Food"}],
    ...         "quotes": [{"speaker": "Ministry of Food"}]}
    >>> apply(gold)
    ['Ministry of Food also Ministry of Food (Bangladesh)', 'speaker Ministry of Food also Ministry of Food (Bangladesh)']
    >>> apply(gold)                   # a second run changes nothing
    []
    """
    changes, other = [], {}
    for ent in gold.get("entities") or []:
        alt = other_form(ent.get("canonical") or "", ent.get("country"))
        if ent.get("type") != "ORG" or not alt:
            continue
        ent["also"] = list(ent.get("also") or [])
        if _add(ent["also"], alt):
            changes.append(f"{ent['canonical']} also {alt}")
        other[ent["canonical"]], other[alt] = alt, ent["canonical"]
    for q in gold.get("quotes") or []:
        alt = other.get(q.get("speaker") or "")
        also = list(q.get("speaker_also") or [])
        if alt and _add(also, alt):
            q["speaker_also"] = also
            changes.append(f"speaker {q['speaker']} also {alt}")
    return changes


def main(folder: str) -> int:
    for path in sorted(Path(folder).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        changes = apply(gold)
        if changes:
            path.write_text(dumps(gold), encoding="utf-8")
            print(f"- {path.name}: N15 {'; '.join(changes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent / "gold")))
