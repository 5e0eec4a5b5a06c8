"""The learned trigger lexicon: event words the labelled sentences use that the hand-written
lexicon lacks, as prefix patterns with their most frequent PLOVER type.

`khobor train events` builds `lang/<code>/events_lexicon.tsv` from training/ (before training the
classifier, so that its candidates come from both lexicons); the events stage adds its patterns
to the coder's below the hand-written ones. The candidates they propose are judged by the
classifier like any other. How heads are found is data: `lang/<code>/lexicon.yaml`.
"""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..lang import LangPack
from ..textutil import nfc, words as split_words
from .agents import check_keys
from .schema import Trigger

LEXICON_FILE = "events_lexicon.tsv"
SETTINGS_KEYS = {"learn", "head", "skip_words", "endings", "min_stem", "min_count", "min_share"}
# below every pack's own floor (events.yaml min_confidence): without the classifier, learned heads propose nothing
LEARNED_CONFIDENCE = 0.3
LEARNED_PRIORITY = 0  # below the hand-written lexicon: it wins where both match


@dataclass(frozen=True)
class HeadRules:
    learn: bool
    head: str
    skip_words: frozenset[str]
    endings: tuple[str, ...]
    min_stem: int
    min_count: int
    min_share: float

    @classmethod
    def from_pack(cls, pack: LangPack) -> "HeadRules":
        data = pack.yaml("lexicon")
        where = f"lang/{pack.code}/lexicon.yaml"
        check_keys(data, SETTINGS_KEYS, SETTINGS_KEYS, where)
        if data["head"] not in ("first", "last"):
            raise ValueError(f"{where}: head must be 'first' or 'last', not {data['head']!r}")
        return cls(bool(data["learn"]), data["head"], frozenset(nfc(w).lower() for w in data["skip_words"]),
                   tuple(sorted((nfc(e) for e in data["endings"]), key=len, reverse=True)),
                   int(data["min_stem"]), int(data["min_count"]), float(data["min_share"]))

    def stem(self, trigger: str) -> str | None:
        """The trigger's head word without its ending: "মৃত্যুদণ্ড দিয়েছেন" -> "মৃত্যুদণ্ড", "arrested" -> "arrest"."""
        content = [w for _, _, w in split_words(nfc(trigger).lower()) if w not in self.skip_words]
        if not content:
            return None
        word = content[0] if self.head == "first" else content[-1]
        for ending in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                return word[:-len(ending)]
        return word if len(word) >= self.min_stem else None


def build(rows: list[dict], rules: HeadRules, agent_words: set[str] = frozenset()) -> list[tuple[str, str, int, float]]:
    """(stem, type, count, share) for each head that names one type often enough. A head that is an
    agent ("গ্রেপ্তার করেছে পুলিশ": the police close a Bengali phrase) names who acts, not what."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        for ev in row["events"]:
            stem = rules.stem(ev["trigger"]) if "trigger" in ev else None
            if stem and stem not in agent_words:
                counts[stem][ev["type"]] += 1
    out = []
    for stem, by_type in sorted(counts.items()):
        etype, n = by_type.most_common(1)[0]
        share = n / sum(by_type.values())
        if n >= rules.min_count and share >= rules.min_share:
            out.append((stem, etype, n, round(share, 2)))
    return out


def write(entries: list[tuple[str, str, int, float]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# learned by `khobor train events` from training/events (do not edit: rebuilt)\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["stem", "type", "count", "share"])
        w.writerows(entries)


def learns(pack: LangPack) -> bool:
    return pack.yaml("lexicon") is not None and HeadRules.from_pack(pack).learn


def triggers_of(entries) -> list[Trigger]:
    """Lexicon entries ((stem, type, ...) or rows with "stem" and "type") as triggers below the
    hand-written ones: ("গ্রেপ্তার", "COERCE", 40, 0.9) -> pattern "গ্রেপ্তার*"."""
    pairs = [(e["stem"], e["type"]) if isinstance(e, dict) else (e[0], e[1]) for e in entries]
    return [Trigger(pattern=f"{stem}*", type=etype, mode=None, confidence=LEARNED_CONFIDENCE,
                    priority=LEARNED_PRIORITY) for stem, etype in pairs]


def learned_triggers(pack: LangPack) -> list[Trigger]:
    """The pack's learned lexicon as triggers below the hand-written ones, if the pack uses it."""
    if not learns(pack):
        return []
    return triggers_of(pack.tsv(LEXICON_FILE.removesuffix(".tsv")))
