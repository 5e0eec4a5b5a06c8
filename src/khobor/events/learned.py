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
from .patterns import light_verb_form, word_set
from .schema import Trigger

LEXICON_FILE = "events_lexicon.tsv"
SETTINGS_KEYS = {"learn", "head", "skip_words", "endings", "min_stem", "min_count", "min_share"}
# optional: the share of a head's uses in the labelled sentences that must lie in a written trigger
# of its type, and heads never learned (words that are events only in some senses)
# and light_verb_stems: verbs that are events only with their noun (their forms are a stem plus one of
# events.yaml's light_verb_endings), never a head on their own when the lexicon is built
# and own_verb_stems / converbs: a verb of its own meaning is the head of its compound after a
# converb, written with it ("ঠেলে পাঠিয়েছে" -> "ঠেলে পাঠ")
# (vector_verb_stems: verbs that after a converb only finish its act, "তুলে নিয়ে যাওয়ার" -> তুলে)
OPTIONAL_KEYS = {"min_precision", "not_heads", "light_verb_stems", "own_verb_stems", "converbs",
                 "vector_verb_stems"}
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
    min_precision: float = 0.0
    not_heads: frozenset[str] = frozenset()
    light_verb_stems: frozenset[str] = frozenset()
    light_verb_endings: frozenset[str] = frozenset()
    own_verb_stems: frozenset[str] = frozenset()
    converbs: frozenset[str] = frozenset()
    vector_verb_stems: frozenset[str] = frozenset()

    @classmethod
    def from_pack(cls, pack: LangPack) -> "HeadRules":
        data = pack.yaml("lexicon")
        where = f"lang/{pack.code}/lexicon.yaml"
        check_keys(data, SETTINGS_KEYS | OPTIONAL_KEYS, SETTINGS_KEYS, where)
        if data["head"] not in ("first", "last"):
            raise ValueError(f"{where}: head must be 'first' or 'last', not {data['head']!r}")
        return cls(bool(data["learn"]), data["head"], word_set(data["skip_words"]),
                   tuple(sorted((nfc(e) for e in data["endings"]), key=len, reverse=True)),
                   int(data["min_stem"]), int(data["min_count"]), float(data["min_share"]),
                   float(data.get("min_precision", 0.0)),
                   word_set(data.get("not_heads") or ()), word_set(data.get("light_verb_stems") or ()),
                   frozenset(nfc(e) for e in ((pack.yaml("events") or {}).get("light_verb_endings") or ())),
                   word_set(data.get("own_verb_stems") or ()),
                   word_set(data.get("converbs") or ()), word_set(data.get("vector_verb_stems") or ()))

    def is_light_verb(self, word: str) -> bool:
        """A form of a light verb: a listed stem plus one of its endings. "গুলি চালাচ্ছিল" (was
        firing) is an act by its noun; "চালাচ্ছিলেন" alone (was driving, running) is none.

        >>> HeadRules(True, "last", frozenset(), (), 3, 2, 0.6, light_verb_stems=frozenset({"চালা"}),
        ...           light_verb_endings=frozenset({"", "চ্ছিলেন"})).is_light_verb("চালাচ্ছিলেন")
        True
        """
        return light_verb_form(word, self.light_verb_stems, self.light_verb_endings)

    def finishes_converb(self, words: list[str], at: int) -> bool:
        """Whether `words[at]` is a vector verb (`vector_verb_stems`, in a form of events.yaml's
        light_verb_endings) after a converb, or after light verbs and skip words that follow one: it only
        finishes the converb's act ("তুলে নিয়ে যাওয়ার" = of abducting, "ফিরিয়ে এনেছে" = brought back),
        so it is no head.

        >>> HeadRules(True, "last", frozenset(), (), 3, 2, 0.6, light_verb_endings=frozenset({"ওয়ার"}),
        ...           converbs=frozenset({"তুলে"}), vector_verb_stems=frozenset({"যা"})).finishes_converb(
        ...     ["তুলে", "যাওয়ার"], 1)
        True
        """
        if at == 0 or not light_verb_form(words[at], self.vector_verb_stems, self.light_verb_endings):
            return False
        before = at - 1
        while before > 0 and (words[before] in self.skip_words or self.is_light_verb(words[before])):
            before -= 1
        return words[before] in self.converbs

    def own_verb(self, words: list[str], head: int) -> str | None:
        """A converb compound's head: the converb (`converbs`) and the stem of the verb of its own
        meaning after it (`own_verb_stems`, in a form of events.yaml's light_verb_endings), when that
        verb is the head word `words[head]` or right after it. "ঠেলে পাঠিয়েছে" (sent across by
        pushing) is a sending: "ঠেলে পাঠ", whose pattern "ঠেলে পাঠ*" also takes "ঠেলে পাঠানো হয়েছে"
        and no other sending ("ত্রাণ পাঠিয়েছে"); the converb alone, "ঠেলে", took the push as its
        trigger word and the passive found no actor. Before a light verb the converb stays the head
        ("তুলে নিয়েছে").

        >>> HeadRules(True, "last", frozenset(), (), 3, 2, 0.6, light_verb_endings=frozenset({"িয়েছে"}),
        ...           own_verb_stems=frozenset({"পাঠ"}), converbs=frozenset({"ঠেলে"})).own_verb(["ঠেলে", "পাঠিয়েছে"], 0)
        'ঠেলে পাঠ'
        """
        for at in (head, head + 1):
            if 0 < at < len(words) and words[at - 1] in self.converbs:
                for stem in sorted(self.own_verb_stems):
                    if light_verb_form(words[at], (stem,), self.light_verb_endings):
                        return f"{words[at - 1]} {stem}"
        return None

    def stem(self, trigger: str) -> str | None:
        """The trigger's head word without its ending: "মৃত্যুদণ্ড দিয়েছেন" -> "মৃত্যুদণ্ড", "arrested" -> "arrest";
        a compound's own verb after its converb (`own_verb`): "ঠেলে পাঠিয়েছে" -> "ঠেলে পাঠ"."""
        words = [w for _, _, w in split_words(nfc(trigger).lower())]
        content = [i for i, w in enumerate(words) if w not in self.skip_words and not self.is_light_verb(w)
                   and not self.finishes_converb(words, i)]
        if not content:
            return None
        head = content[0] if self.head == "first" else content[-1]
        verb = self.own_verb(words, head) if self.head == "last" else None
        if verb:
            return verb
        word = words[head]
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
            if stem and stem not in agent_words and stem not in rules.not_heads:
                counts[stem][ev["type"]] += 1
    out = []
    for stem, by_type in sorted(counts.items()):
        etype, n = by_type.most_common(1)[0]
        share = n / sum(by_type.values())
        if n >= rules.min_count and share >= rules.min_share:
            out.append((stem, etype, n, round(share, 2)))
    if rules.min_precision > 0:
        precision = trigger_precision(rows, [(stem, etype) for stem, etype, _, _ in out])
        out = [e for e in out if precision[e[0]] >= rules.min_precision]
    return out


def trigger_precision(rows: list[dict], heads: list[tuple[str, str]]) -> dict[str, float]:
    """For each (stem, type): of the words in the sentences that begin with the stem (what its
    pattern "stem*" matches), the share inside a written trigger of that type. A head that is an
    event only in some senses ("ধারা": section 144 is a ban, a section of an act is not) scores low.

    >>> rows = [{"text": "তারা কর্মসূচি পালন করে।", "events": [{"type": "PROTEST", "trigger": "কর্মসূচি পালন করে"}]},
    ...         {"text": "উন্নয়ন কর্মসূচি চালু হয়।", "events": []}]
    >>> trigger_precision(rows, [("কর্মসূচি", "PROTEST")])
    {'কর্মসূচি': 0.5}
    """
    uses, hits = Counter(), Counter()
    for row in rows:
        text = nfc(row.get("text", "")).lower()
        spans = []
        for ev in row["events"]:
            for trigger in ev.get("triggers") or ([ev["trigger"]] if "trigger" in ev else []):
                at = text.find(nfc(trigger).lower())
                if at >= 0:
                    spans.append((at, at + len(nfc(trigger)), ev["type"]))
        for start, end, word in split_words(text):
            for stem, etype in heads:
                if word.startswith(stem):
                    uses[stem] += 1
                    hits[stem] += any(a <= start and end <= b and t == etype for a, b, t in spans)
    # a head never seen in the text (rows without it) keeps its place
    return {stem: hits[stem] / uses[stem] if uses[stem] else 1.0 for stem, _ in heads}


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
    """The pack's learned lexicon as triggers below the hand-written ones, if the pack uses it,
    less the heads that are now skip words (`heads_still_learned`)."""
    if not learns(pack):
        return []
    return triggers_of(heads_still_learned(pack.tsv(LEXICON_FILE.removesuffix(".tsv")), HeadRules.from_pack(pack)))


def heads_still_learned(entries: list[dict], rules: HeadRules) -> list[dict]:
    """The lexicon rows (dicts, as `LangPack.tsv` reads them) whose head is neither a skip word nor
    a not-head nor a light verb (`HeadRules.is_light_verb`): a word listed there after the lexicon
    was built (a helper verb such as the modal "পারেননি", could not; "রাখেন", keep, which coded "they
    store rainwater in drums" a PROTEST) is no event head, and a rebuild would not learn it; the
    shipped lexicon must not keep proposing it until then.

    >>> rules = HeadRules(True, "last", frozenset({"পারেননি"}), (), 3, 2, 0.6)
    >>> [e["stem"] for e in heads_still_learned([{"stem": "পারেননি", "type": "CONSULT"},
    ...                                           {"stem": "গ্রেপ্তার", "type": "COERCE"}], rules)]
    ['গ্রেপ্তার']
    """
    not_learned = rules.skip_words | rules.not_heads
    heads = (nfc(e["stem"]).lower() for e in entries)
    return [e for e, head in zip(entries, heads) if head not in not_learned and not rules.is_light_verb(head)]
