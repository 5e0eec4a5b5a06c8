"""The event classifier: how likely a candidate event is real, and of which PLOVER type.

The trigger lexicon and the role rules propose candidates generously; this model decides. It is a
multinomial logistic regression over hashed features of the candidate (its trigger words and their
stems, the words around it, the type the lexicon gave, whether the rules found an actor and a
recipient, the modality) and of its article (the genre the title and lead read as). Its classes
are the 16 PLOVER types and NONE; a candidate's confidence is the probability of its type.

Weights are trained by `khobor train events` (khobor.train.events_training) from the
labelled sentences in training/ and ship as `lang/<code>/events_classifier.npz`, with the
threshold chosen on the gold corpus's dev split in `events_classifier.json`.
"""
from __future__ import annotations

import json
import math
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..textutil import lowered_words, nfc, words as split_words

NONE = "NONE"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CLASSES = (NONE, *TYPES)
HASH_BITS = 20
STEM = 4            # letters of a word kept as its stem: enough to join "arrested"/"arrests", "গ্রেপ্তারের"/"গ্রেপ্তার"
CONTEXT = 3         # words each side read one by one
BAG = 6             # words each side read as a bag
CUE_WINDOW = 4      # words before the trigger searched for negation and modal cues (feature set "v2")
# which features a language's classifier reads: "v1" (the first set), "v2" (v1 + the trigger's
# lemma and the negation and modal words before it) or "v3" (v1 + how the words at the trigger's
# edges end, ending_features); stored with the weights as meta "features"
FEATURE_SETS = ("v1", "v2", "v3")
WORD_END = 2        # letters of a word's end read by feature set "v3": a case or verb ending ("ের", "ছে")


@dataclass
class Candidate:
    """What the classifier reads of one candidate event (offsets are into `sentence`)."""
    sentence: str
    start: int
    end: int
    lexicon_type: str
    modality: str = "asserted"
    actor_sectors: tuple[str, ...] = ()
    recipient_sectors: tuple[str, ...] = ()
    has_actor: bool = False
    has_recipient: bool = False
    genre: str | None = None
    lexicon: str = "yaml"         # which lexicon proposed it: "yaml" (hand-written) or "learned"


def stem(word: str) -> str:
    return word[:STEM] if len(word) > STEM + 1 else word


@dataclass(frozen=True)
class Cues:
    """A language's negation and modal words, which feature set "v2" looks for before a trigger,
    the inflections its trigger lemma drops, and the clitics feature set "v3" takes off the trigger's
    words (lang/<code>/events_training.yaml: negation_cues, modal_cues, lemma_endings, trigger_clitics)."""
    negation: frozenset[str] = frozenset()
    modal: frozenset[str] = frozenset()
    endings: tuple[tuple[str, str], ...] = ()  # (ending, replacement), the first that fits wins
    clitics: tuple[str, ...] = ()


NO_CUES = Cues()
SETTINGS_FILE = "events_training"  # lang/<code>/events_training.yaml, optional
SETTINGS_DEFAULTS = {"averaged_runs": 1, "feature_set": "v1", "negation_cues": [], "modal_cues": [],
                     "lemma_endings": [], "threshold_rule": "pooled", "lone_type_margin": 0.0,
                     "learned_trigger_discount": 0.0, "news_share_discount": False,
                     "lend_written_parties": False, "trigger_clitics": [], "gold_articles": None}
THRESHOLD_RULES = ("pooled", "halves")  # how `khobor train events` picks the threshold (train/threshold.py)


def classifier_settings(language: str) -> dict:
    """How a language's event classifier is trained and what it reads, from
    lang/<code>/events_training.yaml (keys checked; a pack without the file: one run, feature set v1).

    >>> classifier_settings("bn")["feature_set"]
    'v3'
    """
    from .. import lang
    data = lang.load(language).yaml(SETTINGS_FILE) or {}
    where = f"lang/{language}/{SETTINGS_FILE}.yaml"
    unknown = set(data) - set(SETTINGS_DEFAULTS)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {sorted(unknown)} (known: {sorted(SETTINGS_DEFAULTS)})")
    settings = {**SETTINGS_DEFAULTS, **data}
    runs = settings["averaged_runs"]
    if not isinstance(runs, int) or isinstance(runs, bool) or runs < 1:
        raise ValueError(f"{where}: averaged_runs must be a whole number >= 1, not {runs!r}")
    if settings["feature_set"] not in FEATURE_SETS:
        raise ValueError(f"{where}: feature_set must be one of {', '.join(FEATURE_SETS)}, not {settings['feature_set']!r}")
    if settings["threshold_rule"] not in THRESHOLD_RULES:
        raise ValueError(f"{where}: threshold_rule must be one of {', '.join(THRESHOLD_RULES)}, not {settings['threshold_rule']!r}")
    for key in ("lone_type_margin", "learned_trigger_discount"):
        _check_fraction(key, settings[key], where)
    _check_flags(settings, ("news_share_discount", "lend_written_parties"), where)
    _check_gold_articles(settings["gold_articles"], where)
    for key in ("negation_cues", "modal_cues", "trigger_clitics"):
        if not isinstance(settings[key], list) or not all(isinstance(w, str) for w in settings[key]):
            raise ValueError(f"{where}: {key} must be a list of words")
    pairs = settings["lemma_endings"]
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p)
                                              for p in pairs):
        raise ValueError(f"{where}: lemma_endings must be a list of [ending, replacement] pairs")
    return settings


# the only split whose articles may be learned from: our own written text, never the real scraped
# articles (the yardstick that matters) nor test
GOLD_ARTICLE_SPLITS = ("written_dev",)
GOLD_ARTICLE_KEYS = frozenset({"split", "must_not_weight"})  # types checked one by one in _check_gold_articles


def _check_gold_articles(value, where: str) -> None:
    """`gold_articles` of events_training.yaml: absent (null) or {split: written_dev, must_not_weight: n}.

    >>> _check_gold_articles({"split": "written_dev", "must_not_weight": 3}, "x")
    >>> _check_gold_articles({"split": "dev", "must_not_weight": 3}, "x")
    Traceback (most recent call last):
    ValueError: x: gold_articles.split must be one of written_dev, not 'dev'
    """
    if value is None:
        return
    if not isinstance(value, dict) or set(value) != GOLD_ARTICLE_KEYS:
        raise ValueError(f"{where}: gold_articles must be null or have exactly the keys {sorted(GOLD_ARTICLE_KEYS)}")
    if value["split"] not in GOLD_ARTICLE_SPLITS:
        raise ValueError(f"{where}: gold_articles.split must be one of {', '.join(GOLD_ARTICLE_SPLITS)}, "
                         f"not {value['split']!r}")
    weight = value["must_not_weight"]
    if not isinstance(weight, int) or isinstance(weight, bool) or weight < 1:
        raise ValueError(f"{where}: gold_articles.must_not_weight must be a whole number >= 1, not {weight!r}")


def _check_flags(settings: dict, keys: tuple[str, ...], where: str) -> None:
    """Each of `keys` is true or false ("lend_written_parties: yes" is an error)."""
    for key in keys:
        if not isinstance(settings[key], bool):
            raise ValueError(f"{where}: {key} must be true or false, not {settings[key]!r}")


def _check_fraction(key: str, value, where: str) -> None:
    """lone_type_margin, learned_trigger_discount (events/scorer.py): a number from 0 to below 1."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
        raise ValueError(f"{where}: {key} must be a number from 0 to below 1, not {value!r}")


def cues_of(language: str) -> Cues:
    """The language's cue words and lemma endings for feature set v2, and its trigger clitics for v3."""
    settings = classifier_settings(language)
    return Cues(frozenset(settings["negation_cues"]), frozenset(settings["modal_cues"]),
                tuple((ending, replacement) for ending, replacement in settings["lemma_endings"]),
                tuple(settings["trigger_clitics"]))


def features(c: Candidate, feature_set: str = "v1", cues: Cues = NO_CUES) -> list[str]:
    """The candidate as feature strings, e.g. ["lt=COERCE", "t0=arrested", "l1=police", ...];
    `feature_set` "v2" adds cue_features, which look for the language's `cues`; "v3" ending_features,
    and reads the trigger's words `without_clitic` (the clitics of `cues`)."""
    found = split_words(c.sentence)
    toks = [(s, e, w) for (s, e, _), w in zip(found, lowered_words(w for _, _, w in found))]
    inside = trigger_words(c, toks, cues.clitics if feature_set == "v3" else ())
    left = [w for s, e, w in toks if e <= c.start][::-1]
    right = [w for s, e, w in toks if s >= c.end]
    feats = ["bias", f"lt={c.lexicon_type}", f"mod={c.modality}", f"act={c.has_actor}", f"rec={c.has_recipient}",
             f"tw={' '.join(inside)}", f"t0={inside[0]}", f"tn={inside[-1]}", f"g={c.genre}",
             f"lt|act={c.lexicon_type}|{c.has_actor}", f"lt|rec={c.lexicon_type}|{c.has_recipient}",
             f"lt|g={c.lexicon_type}|{c.genre}", f"lt|mod={c.lexicon_type}|{c.modality}",
             f"lex={c.lexicon}", f"lex|lt={c.lexicon}|{c.lexicon_type}"]
    feats += [f"ts={stem(w)}" for w in inside] + [f"lt|ts={c.lexicon_type}|{stem(w)}" for w in inside]
    feats += [f"as={s}" for s in c.actor_sectors] + [f"rs={s}" for s in c.recipient_sectors]
    for side, seq in (("l", left), ("r", right)):
        feats += [f"{side}{i}={w}" for i, w in enumerate(seq[:CONTEXT], 1)]
        feats += [f"{side}s={stem(w)}" for w in seq[:BAG]]
    feats += [f"s={stem(w)}" for _, _, w in toks]
    feats.append(f"len={min(len(toks) // 10, 5)}")
    feats.append(f"pos={(3 * c.start) // max(len(c.sentence), 1)}")
    feats.append(f"quote={any(q in c.sentence for q in '“”‘’' + chr(34))}")
    return feats + set_features(feature_set, c, inside, left, right, cues)


def trigger_words(c: Candidate, toks: list[tuple[int, int, str]], clitics: tuple[str, ...]) -> list[str]:
    """The words the trigger covers (its text when it lies inside one), each `without_clitic`."""
    inside = [w for s, e, w in toks if s < c.end and e > c.start] or [nfc(c.sentence[c.start:c.end]).lower()]
    return [without_clitic(w, clitics) for w in inside]


def without_clitic(word: str, clitics: tuple[str, ...]) -> str:
    """The word without a clitic of the language's `trigger_clitics`, at least three characters left
    (a vowel sign counts as one: "নামও" -> "নাম"). "তদন্তের দাবিও জানিয়েছে" (also demanded) reads its
    trigger as "দাবি", which the bare demand taught.

    >>> without_clitic("দাবিও", ("ও",)), without_clitic("ও", ("ও",)), without_clitic("দাবি", ("ও",))
    ('দাবি', 'ও', 'দাবি')
    """
    for clitic in clitics:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            return word[:-len(clitic)]
    return word


def set_features(feature_set: str, c: Candidate, inside: list[str], left: list[str], right: list[str],
                 cues: Cues) -> list[str]:
    """What a feature set adds to v1's: v2 cue_features, v3 ending_features, v1 nothing.

    >>> set_features("v1", Candidate("x", 0, 1, "AID"), ["x"], [], [], NO_CUES)
    []
    """
    if feature_set == "v2":
        return cue_features(c, inside, left, cues)
    if feature_set == "v3":
        return ending_features(c, inside, left, right)
    return []


def ending_features(c: Candidate, inside: list[str], left: list[str], right: list[str]) -> list[str]:
    """How the words at the trigger's edges end (WORD_END letters) and what mark follows it, each with
    the trigger's first word or the lexicon's type: the case a noun is in or the form of a verb, which
    the words themselves spread over many features. "দাবি" after a genitive ("মুক্তির দাবি করেন": a
    demand) against "দাবি করেন," before a clause (a claim):

    >>> c = Candidate("দল মুক্তির দাবি করেন।", 11, 15, "REQUEST")
    >>> ending_features(c, ["দাবি"], ["মুক্তির", "দল"], ["করেন"])
    ['l1e=ির', 't0|l1e=দাবি|ির', 'r1e=েন', 'lt|r1e=REQUEST|েন', 'lt|next=REQUEST| ']
    """
    l1e, r1e = (left[0][-WORD_END:] if left else ""), (right[0][-WORD_END:] if right else "")
    mark = c.sentence[c.end:c.end + 1]
    return [f"l1e={l1e}", f"t0|l1e={inside[0]}|{l1e}", f"r1e={r1e}", f"lt|r1e={c.lexicon_type}|{r1e}",
            f"lt|next={c.lexicon_type}|{mark}"]


def lemma(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    """A word without its inflection, the first of the language's `endings` that leaves three
    letters: with English's, "pressuring" -> "pressur", "parties" -> "party"."""
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:len(word) - len(ending)] + replacement
    return word


def cue_features(c: Candidate, inside: list[str], left: list[str], cues: Cues) -> list[str]:
    """The trigger's lemma (alone and with the lexicon's type) and the negation and modal words
    among the CUE_WINDOW words before it: "would not meet" -> ["tl=meet", ..., "neg=True",
    "modal=would"] with English's cues. A language without cue words gets "neg=False", "modal="."""
    trigger_lemma = " ".join(lemma(w, cues.endings) for w in inside)
    before = left[:CUE_WINDOW]
    modal = ",".join(sorted(cues.modal.intersection(before[:3])))
    return [f"tl={trigger_lemma}", f"lt|tl={c.lexicon_type}|{trigger_lemma}",
            f"neg={any(w in cues.negation for w in before)}", f"modal={modal}"]


def hashed(feats: list[str]) -> np.ndarray:
    """Stable feature indices (crc32, not Python's salted hash): the same in training and use."""
    mask = (1 << HASH_BITS) - 1
    return np.unique(np.fromiter((zlib.crc32(f.encode("utf-8")) & mask for f in feats), dtype=np.int64))


@dataclass
class Scored:
    type: str
    probability: float
    distribution: dict[str, float] = field(default_factory=dict)


class EventClassifier:
    """Weights over hashed features; only the rows training touched are kept (sorted)."""

    def __init__(self, rows: np.ndarray, weights: np.ndarray, bias: np.ndarray, meta: dict | None = None):
        self.rows, self.weights, self.bias = rows.astype(np.int64), weights.astype(np.float32), bias.astype(np.float32)
        self.meta = meta or {}
        self.threshold = float(self.meta.get("threshold", 0.5))
        self.feature_set  # an unknown feature set fails here, at load
        self.cues = NO_CUES  # the language's cue words (feature set v2) and trigger clitics (v3), set by whoever loads it for a pack

    @property
    def feature_set(self) -> str:
        """The features the weights were trained on (meta "features"; "v1" when unsaid)."""
        name = str(self.meta.get("features", "v1"))
        if name not in FEATURE_SETS:
            raise ValueError(f"event classifier: unknown feature set {name!r} in its meta (known: {', '.join(FEATURE_SETS)})")
        return name

    @classmethod
    def load(cls, path: Path) -> "EventClassifier":
        data = np.load(path)
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        return cls(data["rows"], data["weights"], data["bias"], meta)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, rows=self.rows.astype(np.int32), weights=self.weights.astype(np.float16),
                            bias=self.bias)
        path.with_suffix(".json").write_text(json.dumps(self.meta, indent=1, ensure_ascii=False) + "\n",
                                             encoding="utf-8")

    def logits(self, idx: np.ndarray) -> np.ndarray:
        if not len(self.rows):
            return self.bias.copy()
        pos = np.minimum(np.searchsorted(self.rows, idx), len(self.rows) - 1)
        return self.bias + self.weights[pos[self.rows[pos] == idx]].sum(axis=0)

    def probabilities(self, feats: list[str]) -> np.ndarray:
        """The softmax over this model's classes (their order is the trainer's `classes`)."""
        z = self.logits(hashed(feats))
        p = np.exp(z - z.max())
        return p / p.sum()

    def score(self, candidate: Candidate) -> Scored:
        p = self.probabilities(features(candidate, self.feature_set, self.cues))
        dist = {c: float(v) for c, v in zip(CLASSES, p)}
        best = max(TYPES, key=dist.__getitem__)
        return Scored(best, dist[best], dist)


def train(examples: list[tuple[list[str], str]], *, epochs: int = 12, rate: float = 0.3, l2: float = 1e-6,
          seed: int = 13, classes: tuple[str, ...] = CLASSES) -> EventClassifier:
    """Multinomial logistic regression by AdaGrad over (features, class) pairs."""
    rng = np.random.default_rng(seed)
    data = [(hashed(f), classes.index(y)) for f, y in examples]
    rows = np.unique(np.concatenate([x for x, _ in data]))
    local = [(np.searchsorted(rows, x), y) for x, y in data]
    n_cls = len(classes)
    w = np.zeros((len(rows), n_cls), np.float64)
    b = np.zeros(n_cls, np.float64)
    gw, gb = np.full_like(w, 1e-8), np.full_like(b, 1e-8)
    for _ in range(epochs):
        for i in rng.permutation(len(local)):
            x, y = local[i]
            z = b + w[x].sum(axis=0)
            p = np.exp(z - z.max())
            p /= p.sum()
            p[y] -= 1.0
            grad = p[None, :] + l2 * w[x]
            gw[x] += grad ** 2
            w[x] -= rate * grad / np.sqrt(gw[x])
            gb += p ** 2
            b -= rate * p / np.sqrt(gb)
    keep = np.abs(w).max(axis=1) > 1e-3
    return EventClassifier(rows[keep], w[keep], b)


def calibrated(p: float) -> float:
    """A probability kept inside (0, 1] with two decimals, as records print confidences."""
    return max(0.01, min(1.0, round(p, 2))) if not math.isnan(p) else 0.01
