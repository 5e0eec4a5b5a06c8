"""Turn the NER training sets in ../shared/data into one BIO scheme (PER, ORG, LOC, plus NORP where a
source marks demonyms), as spaCy DocBins with a fixed per-source dev split.

The sources disagree on everything: tag names (PERSON/PER, GPE/LOC, TIM/TIME/DATE), schemes (BIO,
BILOU, and neonp's "B- ... O-X" where O-X closes a span), tokenisation (rifat glues punctuation onto
words, banglakit's tags follow spaCy's Bengali tokenizer), Unicode normalisation (many lines are not
NFC) and conventions (English GMB person spans start with titles). Every repair here is counted so
the model card can say what was done. What a source's tags mean is described by `configs/sources.yaml`;
the language-specific bits (titles, what counts as an initial) come from the language pack's
`ner.yaml`.
"""
from __future__ import annotations

import json
import random
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import yaml

from ..textutil import has_case_ending

CONFIG_DIR = Path(__file__).parent / "configs"
SCHEME_PREFIXES = {"B": "B", "I": "I", "L": "I", "E": "I", "U": "B", "S": "B"}


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]
    source: str = ""


@dataclass
class Stats:
    """What harmonisation changed, per source: printed by `khobor train ner` and quoted in the card."""
    counts: Counter = field(default_factory=Counter)

    def add(self, source: str, what: str, n: int = 1) -> None:
        if n:
            self.counts[(source, what)] += n

    def report(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (source, what), n in sorted(self.counts.items()):
            out.setdefault(source, {})[what] = n
        return out


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- tag-level repairs (pure functions)

def to_bio(raw_tags: list[str], label_map: dict[str, str | None], close_prefix: str | None = None) -> list[str]:
    """Map source tags onto our labels and onto BIO.

    `label_map` maps a source label (PERSON, GPE, TIM, ...) to ours, or to None to drop it (-> O).
    `close_prefix` names a source prefix that marks the *last* token of a span (neonp writes "O-PER"
    for that); tags with an unknown label are dropped. Bare "O", "0" and "" are outside.
    """
    out = []
    for t in raw_tags:
        t = t.strip()
        if t in ("", "O", "0") or "-" not in t and t not in label_map:
            out.append("O")
            continue
        if "-" in t:
            prefix, label = t.split("-", 1)
        else:  # a bare label such as rifat's "TIM"
            prefix, label = "B", t
        if close_prefix and prefix == close_prefix:
            prefix = "I"
        prefix = SCHEME_PREFIXES.get(prefix)
        ours = label_map.get(label)
        out.append(f"{prefix}-{ours}" if prefix and ours else "O")
    return out


def repair_orphans(tags: list[str]) -> tuple[list[str], int]:
    """An I-X that follows O or another type starts a span: make it B-X."""
    out, n = list(tags), 0
    for i, t in enumerate(out):
        if t.startswith("I-") and (i == 0 or out[i - 1] == "O" or out[i - 1][2:] != t[2:]):
            out[i] = "B-" + t[2:]
            n += 1
    return out, n


def repair_split_names(words: list[str], tags: list[str], is_initial: Callable[[str], bool]) -> tuple[list[str], int]:
    """Join runs like "এ B-PER কে B-PER এম B-PER কামরুজ্জামান I-PER" into one span.

    Only where the span before ends in an initial/abbreviation ("এ", "কে", "মো.", "A."): adjacent
    B- spans of two full words are left apart, because in these sets they are mostly two entities
    written without a conjunction (headline lists: "তামিম মোস্তাফিজ", "খুলনার দিঘলিয়া").
    """
    out, n = list(tags), 0
    for i in range(1, len(out)):
        t, prev = out[i], out[i - 1]
        if t.startswith("B-") and prev != "O" and prev[2:] == t[2:] and is_initial(words[i - 1]):
            out[i] = "I-" + t[2:]
            n += 1
    return out, n


def strip_titles(words: list[str], tags: list[str], titles: set[str], label: str = "PER") -> tuple[list[str], int]:
    """Drop leading title words ("Mr.", "President", "Prime Minister") from `label` spans, keeping the
    name: our PER spans are names, the title is context (the actors stage reads it from there)."""
    out, n = list(tags), 0
    i = 0
    while i < len(out):
        if out[i] == f"B-{label}":
            j = i
            while j + 1 < len(out) and out[j + 1] == f"I-{label}" and _norm_title(words[j]) in titles:
                j += 1
            if j > i:  # words i..j-1 are titles and a name remains from j on
                for k in range(i, j):
                    out[k] = "O"
                out[j] = f"B-{label}"
                n += 1
            i = j + 1
        else:
            i += 1
    return out, n


def _norm_title(w: str) -> str:
    return nfc(w).lower()


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of a BIO sequence (orphan I- starts a span)."""
    out, start, label = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("I-") and label == t[2:]:
            continue
        if start is not None:
            out.append((start, i, label))
            start = label = None
        if t != "O" and "-" in t:
            start, label = i, t[2:]
    return out


def retokenise(words: list[str], tags: list[str], tokenize: Callable[[str], list[str]]) -> tuple[list[str], list[str], int]:
    """Split source tokens the way our tokenizer will at run time ("না।’" -> "না", "।", "’"), so the
    model never trains on tokens it cannot see again. Punctuation pieces at the edge of an entity
    token leave the entity; the word pieces keep it."""
    ow, ot, changed = [], [], 0
    for w, t in zip(words, tags):
        pieces = [p for p in tokenize(w) if p.strip()]
        if len(pieces) <= 1:
            ow.append(w)
            ot.append(t)
            continue
        changed += 1
        wordy = [any(unicodedata.category(c)[0] in "LMN" for c in p) for p in pieces]
        if t == "O" or not any(wordy):
            ow.extend(pieces)
            ot.extend(["O"] * len(pieces))
            continue
        first = wordy.index(True)
        last = len(pieces) - 1 - wordy[::-1].index(True)
        label = t[2:]
        for k, p in enumerate(pieces):
            ow.append(p)
            if k < first or k > last:
                ot.append("O")
            elif k == first:
                ot.append(t)
            else:
                ot.append(f"I-{label}")
    # punctuation split off the front of an I- token leaves the next piece as I- after O: fix it
    ot, _ = repair_orphans(ot)
    return ow, ot, changed


# ---------------------------------------------------------------- readers

def read_columns(path: Path, sep: str | None) -> Iterator[tuple[list[str], list[str]]]:
    """CoNLL-like files: word <sep> ... tag (tag is the last column), blank line between sentences."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            parts = line.split(sep) if sep else line.split()
            word = parts[0].strip()
            tag = parts[-1].strip() if len(parts) > 1 else "O"
            if not word:
                continue
            words.append(word)
            tags.append(tag)
    if words:
        yield words, tags


def read_banglakit(path: Path, tokenize: Callable[[str], list[str]], stats: Stats, source: str
                   ) -> Iterator[tuple[list[str], list[str]]]:
    """banglakit rows are [text, tags] with tags aligned to spaCy's Bengali tokenizer of its day.

    We re-run that tokenizer; where today's splits a cluster differently ("):" -> ")" ":") we split
    multi-character punctuation tokens into characters; rows with no entity are kept with a plain
    word split. Only rows that still do not align are dropped, and counted.
    """
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            text, tags = json.loads(line)
            toks = tokenize(text)
            for alt in (_split_punct_clusters, _split_final_period):
                if len(toks) == len(tags):
                    break
                toks = alt(toks)
            if len(toks) == len(tags):
                keep = [(w, t) for w, t in zip(toks, tags) if w.strip()]  # spaCy keeps runs of spaces as tokens
                if len(keep) != len(toks):
                    stats.add(source, "space tokens removed", len(toks) - len(keep))
                if len(toks) != len(tokenize(text)):
                    stats.add(source, "rows recovered by re-splitting punctuation")
                stats.add(source, "rows aligned")
                yield [w for w, _ in keep], [t for _, t in keep]
            elif all(t == "O" for t in tags):
                stats.add(source, "rows recovered (no entities, re-split)")
                yield [w for w in toks if w.strip()], ["O"] * len([w for w in toks if w.strip()])
            else:
                stats.add(source, "rows dropped (tokens and tags do not align)")


def _split_final_period(toks: list[str]) -> list[str]:
    """The tokenizer keeps an abbreviation's period at the very end of a text ("... মো."); the old one split it."""
    if toks and len(toks[-1]) > 1 and toks[-1].endswith("."):
        return toks[:-1] + [toks[-1][:-1], "."]
    return toks


def _split_punct_clusters(toks: list[str]) -> list[str]:
    out = []
    for t in toks:
        if len(t) > 1 and not any(unicodedata.category(c)[0] in "LMN" for c in t) and t.strip():
            out.extend(t)
        elif len(t) > 1 and t[-1] == "." and t[:-1].isascii() and t[:-1].isalpha() and len(t) <= 2:
            out.extend([t[:-1], "."])
        else:
            out.append(t)
    return out


# ---------------------------------------------------------------- sources -> sentences

def load_sources(lang: str) -> dict:
    spec = yaml.safe_load((CONFIG_DIR / "sources.yaml").read_text(encoding="utf-8"))
    return spec[lang]


def make_is_initial(lang_cfg: dict) -> Callable[[str], bool]:
    max_len = int(lang_cfg.get("initial_max_chars", 2))
    extra = {nfc(x) for x in lang_cfg.get("initials", [])}

    def is_initial(w: str) -> bool:
        w = nfc(w)
        return w in extra or w.endswith(".") or len(w) <= max_len
    return is_initial


def harmonise_source(name: str, cfg: dict, data_dir: Path, tokenize: Callable[[str], list[str]],
                     lang_cfg: dict, stats: Stats) -> list[Sentence]:
    """One source -> sentences in our scheme (corpus-level relabelling is done by `harmonise`)."""
    path = data_dir / cfg["path"]
    label_map = cfg["labels"]
    if cfg["format"] == "banglakit":
        rows: Iterable = read_banglakit(path, lambda s: tokenize(nfc(s)), stats, name)
    else:
        rows = read_columns(path, cfg.get("sep"))
    is_initial = make_is_initial(lang_cfg)
    titles = {_norm_title(t) for t in lang_cfg.get("titles", [])}
    out = []
    for words, raw in rows:
        words = [nfc(w) for w in words]
        tags = to_bio(raw, label_map, cfg.get("close_prefix"))
        stats.add(name, "sentences")
        tags, n = repair_orphans(tags)
        stats.add(name, "orphan I- made B-", n)
        if cfg.get("retokenise"):
            words, tags, n = retokenise(words, tags, tokenize)
            stats.add(name, "tokens re-split into tokenizer pieces", n)
        tags, n = repair_split_names(words, tags, is_initial)
        stats.add(name, "split-name B- runs joined", n)
        if titles:
            tags, n = strip_titles(words, tags, titles)
            stats.add(name, "titles stripped from PER", n)
        out.append(Sentence(words, tags, name))
    return out


def count_spans(sents: list[Sentence], stats: Stats, source: str) -> None:
    for s in sents:
        for _, _, label in spans(s.tags):
            stats.add(source, f"spans {label}")


def gpe_votes(sents: list[Sentence]) -> tuple[Counter, Counter]:
    """How often each span text is tagged LOC and GPE in `sents`."""
    as_loc, as_gpe = Counter(), Counter()
    for s in sents:
        for a, b, label in spans(s.tags):
            key = " ".join(s.words[a:b]).lower()
            if label == "LOC":
                as_loc[key] += 1
            elif label == "GPE":
                as_gpe[key] += 1
    return as_loc, as_gpe


def refine_gpe(sents: list[Sentence], votes: tuple[Counter, Counter], stats: Stats, source: str) -> None:
    """GMB's "gpe" is mostly demonyms ("Iraqi", "Palestinians"), sometimes a country ("Nepal").
    A GPE span whose text the training corpus tags LOC at least as often becomes LOC; the rest NORP."""
    as_loc, as_gpe = votes
    for s in sents:
        for a, b, label in spans(s.tags):
            if label != "GPE":
                continue
            key = " ".join(s.words[a:b]).lower()
            new = "LOC" if as_loc[key] >= as_gpe[key] else "NORP"
            stats.add(source, f"GMB gpe -> {new}")
            for k in range(a, b):
                s.tags[k] = ("B-" if k == a else "I-") + new


def ending_of(word: str, suffixes: list[str]) -> str:
    """The case ending `word` carries, from the pack's list (longest first), or ""."""
    for suf in suffixes:
        if has_case_ending(word, suf):
            return suf
    return ""


def mention_pools(sents: list[Sentence], suffixes: list[str]) -> dict[tuple[str, str], list[tuple[str, ...]]]:
    """Entity mentions by (type, case ending of their last word): the replacements a mention may take."""
    votes: dict[tuple[str, ...], Counter] = {}
    for s in sents:
        for a, b, label in spans(s.tags):
            votes.setdefault(tuple(s.words[a:b]), Counter())[label] += 1
    pools: dict[tuple[str, str], list] = {}
    for words, c in sorted(votes.items()):
        label, n = c.most_common(1)[0]
        if n * 2 > sum(c.values()):  # a mention the sources disagree on spreads no noise
            pools.setdefault((label, ending_of(words[-1], suffixes)), []).append(words)
    return pools


def replace_mentions(sents: list[Sentence], pools: dict, suffixes: list[str], copies: int,
                     rng: random.Random) -> list[Sentence]:
    """Mention replacement: copies of the sentences that have entities, each entity swapped for
    another mention of the same type and case ending ("হাসিনার" -> "ভ্লাদিমির পুতিনের"). Article
    contexts then meet the foreign, multi-word names that the headline set has, so the model
    learns names from context and shape rather than from a memorised list."""
    out = []
    for _ in range(copies):
        for s in sents:
            sp = spans(s.tags)
            if not sp:
                continue
            words, tags, pos = [], [], 0
            for a, b, label in sp:
                words += s.words[pos:a]
                tags += s.tags[pos:a]
                pool = pools.get((label, ending_of(s.words[b - 1], suffixes))) or [tuple(s.words[a:b])]
                new = list(pool[rng.randrange(len(pool))])
                words += new
                tags += [f"B-{label}"] + [f"I-{label}"] * (len(new) - 1)
                pos = b
            words += s.words[pos:]
            tags += s.tags[pos:]
            out.append(Sentence(words, tags, s.source + "+swap"))
    return out


def split_dev(sents: list[Sentence], fraction: float, seed: int) -> tuple[list[Sentence], list[Sentence]]:
    idx = list(range(len(sents)))
    random.Random(seed).shuffle(idx)
    n_dev = round(len(sents) * fraction)
    dev_ids = set(idx[:n_dev])
    return [s for i, s in enumerate(sents) if i not in dev_ids], [s for i, s in enumerate(sents) if i in dev_ids]


def harmonise(lang: str, data_dir: Path, tokenize: Callable[[str], list[str]], lang_cfg: dict,
              seed: int = 13, dev_fraction: float = 0.1) -> tuple[dict[str, list[Sentence]], dict[str, list[Sentence]], Stats]:
    """All sources of `lang` -> ({source: train sentences}, {source: dev sentences}, stats).

    A source with `dev_path` brings its own dev file; the others give a seeded 10% split."""
    stats = Stats()
    train, dev = {}, {}
    for name, cfg in load_sources(lang).items():
        sents = harmonise_source(name, cfg, data_dir, tokenize, lang_cfg, stats)
        if cfg.get("dev_path"):
            train[name] = sents
            dev[name] = harmonise_source(f"{name}-dev", dict(cfg, path=cfg["dev_path"]), data_dir, tokenize,
                                         lang_cfg, stats)
            for s in dev[name]:
                s.source = name
        else:
            train[name], dev[name] = split_dev(sents, dev_fraction, seed)
        if cfg.get("refine_gpe"):  # decided on train, applied to both
            votes = gpe_votes(train[name])
            refine_gpe(train[name], votes, stats, name)
            refine_gpe(dev[name], votes, stats, f"{name}-dev")
        count_spans(train[name], stats, f"{name} train")
        count_spans(dev[name], stats, f"{name} dev")
    # mention replacement, drawing on the train mentions of every source of the language
    suffixes = sorted({nfc(x) for x in lang_cfg.get("norm_suffixes", [])}, key=len, reverse=True)
    pools = mention_pools([s for ss in train.values() for s in ss], suffixes)
    rng = random.Random(seed)
    for name, cfg in load_sources(lang).items():
        if cfg.get("augment"):
            extra = replace_mentions(train[name], pools, suffixes, int(cfg["augment"]), rng)
            stats.add(f"{name} train", "sentences added by mention replacement", len(extra))
            train[name] = train[name] + extra
    return train, dev, stats


# ---------------------------------------------------------------- output

def to_docbin(sents: Iterable[Sentence], vocab):
    from spacy.tokens import Doc, DocBin
    db = DocBin(store_user_data=False)
    for s in sents:
        db.add(Doc(vocab, words=s.words, ents=s.tags))  # a None tag is a missing label
    return db


def write_conll(sents: Iterable[Sentence], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for s in sents:
            for w, t in zip(s.words, s.tags):
                f.write(f"{w}\t{t}\n")
            f.write("\n")
