#!/usr/bin/env python3
"""A synthetic same-report yardstick, made at run time from news-dev rows that no test pair and no
eval split uses: copies made by the edits real outlets apply, and hard negatives, each pair put to
the copy decision of `khobor stories rebuild` (khobor.organise.duplicates.report_groups on the two
cleaned records). Nothing it makes is written to disk; it prints counts, never article text.

    PYTHONPATH=src python eval/stories/copies.py [--n 80] [--seed 19] [--show KIND]

Positives (one report; see README.md, "The synthetic copy yardstick"): lead_only, new_headline,
boilerplate, end_sentences, reword, ya_encoding (Bengali), live_lead. Negatives: same_day_actor,
one_statement, stock_opening. Seeded and deterministic: the same corpus and seed give the same pairs.
`--show KIND` lists the wrongly decided pairs of one kind (row ids and scores only).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
from make_split import near_test_copies, script_language, shingles  # noqa: E402  (the gold corpus's own near-copy test, its 8-character shingles and its language by script, eval/make_split.py)
from hard_pairs import containment as set_containment  # noqa: E402  (this folder's overlap score)
SENTENCE = re.compile(r"(?<=[.!?\u0964])\s+")
WORD = re.compile(r"[\w\u0980-\u09ff]+")
MIN_SOURCE_CHARS = 600  # a source of copies is a whole text, not a lead the scraper cut
LEAD_CHARS = (130, 300)  # the leads many rows hold (README, Limits)
NEW_LEAD_WORDS = 45  # a live piece's new first sentence or a stock opening line, at most (rows whose full stops the splitter misses
# would otherwise give a whole paragraph)

# Lines outlets put around a text (made up here, in the shape the corpus shows them).
BOILERPLATE = {
    "en": {"head": ["Staff Correspondent, Dhaka", "Our Correspondent | Published: 10:45 AM",
                    "Dhaka, Dec 29 (UNB) -", "Star Online Report"],
           "tail": ["Read more: {headline}", "Follow us on Facebook and X for the latest updates.",
                    "Click here to read the full story in our app.", "Related: {headline}"]},
    "bn": {"head": ["নিজস্ব প্রতিবেদক, ঢাকা", "প্রকাশ: ২৯ ডিসেম্বর ২০২৫, ১০:৪৫", "ঢাকা, ২৯ ডিসেম্বর (বাসস) :",
                    "স্টাফ রিপোর্টার"],
           "tail": ["আরও পড়ুন: {headline}", "আমাদের ফেসবুক পেজে যুক্ত থাকুন।",
                    "সর্বশেষ খবর পেতে অ্যাপটি নামিয়ে নিন।", "আরো পড়ুন: {headline}"]},
}
POSITIVE_KINDS = ("lead_only", "two_leads", "new_headline", "boilerplate", "end_sentences", "reword", "ya_encoding", "live_lead")
NEGATIVE_KINDS = ("same_day_actor", "one_statement", "stock_opening")


def containment(a: str, b: str) -> float:
    """The share of the shorter text's 8-character shingles (make_split's, every 4th position)
    found in the other, by this folder's one set containment (hard_pairs.containment)."""
    return set_containment(shingles(a), shingles(b))


def pool_rows(corpus: Path) -> list[dict]:
    """news-dev rows in neither eval split, in no stories pair, and no near copy of a test article
    (the exclusion of the annotators' unlabelled-rows tool)."""
    split = json.loads((CHECKOUT / "eval/split.json").read_text())
    labelled, test = set(split["dev"]) | set(split["test"]), set(split["test"])
    for key in json.loads((HERE / "split.json").read_text())["test"]:
        test.update(key.split("|"))
    in_pairs = set()
    for line in (HERE / "pairs.jsonl").read_text().splitlines():
        p = json.loads(line)
        in_pairs.update((p["a"], p["b"]))
        if p["relation"] != "different" and (p["a"] in test or p["b"] in test):
            test.update((p["a"], p["b"]))
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    # A copy under another prefix must still count as near: the test side takes every position.
    near = near_test_copies({"test": sorted(test)}, rows)
    return [dict(r, script=script_language(r["text"])) for r in rows
            if r["id"] not in labelled | test | in_pairs | near and r.get("text")]


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.split(text.strip()) if s]


def without_repeated_summary(text: str) -> str:
    """The text from where its opening starts again, when the scraper kept a summary that the body
    repeats (BBC Bangla rows: 'S1 S2 S1 S2 S3 ...'; the cleaner drops the repeat of a whole text, and
    an outlet copying the piece copies the article, not the scraper's row)."""
    again = text.find(text[:40], 1)
    return text[again:] if 0 < again < len(text) // 2 else text


def lead_of(text: str, rng: random.Random) -> str:
    """The first 130-300 characters of a text, cut after a word (as the scraper's truncated rows)."""
    text = without_repeated_summary(text)
    cut = rng.randint(*LEAD_CHARS)
    head = text[:cut]
    return head[:head.rfind(" ")] if " " in head[1:] and cut < len(text) else head


def one_sentence(sentence: str, lang: str) -> str:
    """A sentence cut to NEW_LEAD_WORDS words (some rows' full stops have no space after them, so the
    splitter returns a paragraph), closed with the language's full stop when cut."""
    words = sentence.split()
    return " ".join(words[:NEW_LEAD_WORDS]) + ("." if lang == "en" else "\u0964") * (len(words) > NEW_LEAD_WORDS)


def reword(text: str, rng: random.Random, edits: int = 4) -> str:
    """A few light edits spread through the text: a word dropped, two words swapped, a word repeated
    from nearby (what a sub-editor's pass does), never a whole clause."""
    toks = text.split(" ")
    if len(toks) < 40:
        return text
    step = len(toks) // (edits + 1)
    for k in range(edits, 0, -1):
        i = min(k * step + rng.randint(0, 3), len(toks) - 3)
        op = rng.choice(("drop", "swap", "repeat"))
        if op == "drop":
            del toks[i]
        elif op == "swap":
            toks[i], toks[i + 1] = toks[i + 1], toks[i]
        else:
            toks.insert(i, toks[i + 2])
    return " ".join(toks)


def other_ya(text: str) -> str:
    """Bengali য় ড় ঢ় written the other way (one code point <-> letter + nukta), as outlets' CMSs differ."""
    pre = {"\u09df": "\u09af\u09bc", "\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc"}
    if "\u09df" in text:
        return "".join(pre.get(ch, ch) for ch in text)
    for one, two in pre.items():
        text = text.replace(two, one)
    return text


def copy_of(kind: str, src: dict, other: dict, outlets: list[str], rng: random.Random) -> dict | None:
    """The copy of `src` that `kind` makes (a row dict), or None when it does not apply; `other` is an
    unrelated row of the same language (for a headline, a new lead or an added sentence)."""
    text, lang = src["text"], src["script"]
    elsewhere = rng.choice([o for o in outlets if o != src["paper_name"]] or outlets)
    row = dict(src, paper_name=elsewhere, url=f"https://copy.example.com/{kind}/{src['id']}")
    other_s = sentences(other["text"])
    if kind == "lead_only":
        row["text"] = lead_of(text, rng)
    elif kind == "two_leads":  # paired with the source's own lead below (make_pairs)
        row["text"] = lead_of(text, rng)
    elif kind == "new_headline":
        row.update(paper_name=src["paper_name"], headline=other["headline"])
    elif kind == "boilerplate":
        bp = BOILERPLATE[lang]
        head = rng.choice(bp["head"])
        tail = rng.choice(bp["tail"]).format(headline=other["headline"])
        row["text"] = " ".join(p for p in (head if rng.random() < 0.7 else "", text, tail) if p)
    elif kind == "end_sentences":
        own = sentences(text)
        if len(own) < 4:
            return None
        row["text"] = " ".join(own[:-rng.randint(1, 2)] if rng.random() < 0.5 else own + other_s[-2:])
    elif kind == "reword":
        row["text"] = reword(text, rng)
    elif kind == "ya_encoding":
        if lang != "bn" or other_ya(text) == text:
            return None
        row["text"] = other_ya(text)
    elif kind == "live_lead":
        # one new first sentence (GUIDELINES: a re-published piece with a new one)
        # (another row's last sentence: its first would be the lead a lead_only copy of that row holds)
        row.update(paper_name=src["paper_name"], text=" ".join([one_sentence(other_s[-1], lang), text]))
    return row


def negatives(pool: list[dict], rng: random.Random, n: int) -> list[tuple[str, dict, dict]]:
    """Hard negatives of one language: two rows of one day sharing rare words (one actor, one day,
    two reports); two reports quoting one statement; two of one outlet's reports under one stock
    opening (the last sentence of a third row prepended; half of them cut to a lead)."""
    out = []
    df = Counter(w for r in pool for w in set(WORD.findall(r["text"].casefold())))
    rare = {r["id"]: {w for w in WORD.findall(r["text"].casefold()) if 2 <= df[w] <= 4 and len(w) > 3} for r in pool}
    by_day = defaultdict(list)
    for r in pool:
        by_day[r["scraped_at"][:10]].append(r)
    close = []
    for rows in by_day.values():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                shared = len(rare[a["id"]] & rare[b["id"]])
                if shared >= 3 and containment(a["text"], b["text"]) < 0.3:
                    close.append((-shared, a["id"], b["id"], a, b))
    for _, _, _, a, b in sorted(close, key=lambda t: t[:3])[:n]:
        out.append(("same_day_actor", a, b))
    full = [r for r in pool if len(r["text"]) >= MIN_SOURCE_CHARS]
    # (a language whose pool holds fewer than three whole texts makes no such negatives: since round
    # 21's dev growth the English pool keeps two)
    for k in range(n if len(full) >= 3 else 0):
        a, b, c = rng.sample(full, 3)
        said = " ".join(sentences(c["text"])[-3:-1])  # not its opening, which another pair's lead holds
        sa, sb = sentences(a["text"]), sentences(b["text"])
        out.append(("one_statement", dict(a, text=" ".join([sa[0], said, *sa[1:]])),
                    dict(b, text=" ".join([sb[0], said, *sb[1:]]))))
        a, b, c = rng.sample(full, 3)
        stock = one_sentence(sentences(c["text"])[-1], script_language(c["text"]))
        b_text = " ".join([stock, b["text"]])
        if k % 2:
            b_text = b_text[:len(stock) + 1] + lead_of(b["text"], rng)
        out.append(("stock_opening", dict(a, text=" ".join([stock, a["text"]])), dict(b, paper_name=a["paper_name"], text=b_text)))
    return out


def make_pairs(pool: list[dict], n: int, seed: int) -> list[tuple[str, str, bool, dict, dict]]:
    """(kind, language, same report?, row a, row b) for each language: n sources x every copy kind,
    and n hard negatives of each kind."""
    pairs = []
    for lang in ("bn", "en"):
        rows = sorted((r for r in pool if r["script"] == lang), key=lambda r: r["id"])
        outlets = sorted({r["paper_name"] for r in rows})
        rng = random.Random(f"{seed}:{lang}")
        full = [r for r in rows if len(r["text"]) >= MIN_SOURCE_CHARS]
        sources = rng.sample(full, min(n, len(full)))
        for src in sources:
            for kind in POSITIVE_KINDS:
                krng = random.Random(f"{seed}:{src['id']}:{kind}")
                # another whole text gives the headline, new lead or added sentences; a language whose
                # pool holds one whole text (English since round 26's dev growth) takes any other row
                # (before, an empty choice stopped the run with IndexError; other languages unchanged)
                others = [r for r in full if r["id"] != src["id"]] or [r for r in rows if r["id"] != src["id"]]
                if not others:
                    continue
                other = krng.choice(others)
                copy = copy_of(kind, src, other, outlets, krng)
                if kind == "two_leads":  # two outlets' rows of one text, each cut to its own lead
                    first = dict(src, text=lead_of(src["text"], krng), url=f"https://lead.example.com/{src['id']}")
                    pairs.append((kind, lang, True, first, copy))
                elif copy is not None:
                    pairs.append((kind, lang, True, src, copy))
        for kind, a, b in negatives(rows, rng, n):
            pairs.append((kind, lang, False, a, b))
    return pairs


def decide(pairs, show: str | None = None, crowd: bool = False) -> dict:
    """Run each pair through the cleaner and the copy grouping of `khobor stories rebuild`: each pair
    alone, or (crowd) every article of a language in one grouping run, as a store holds them, a pair
    being one report when both land in one (copies of copies join; reports_agree may refuse)."""
    from khobor.clean.structure import build_record
    from khobor.ingest.raw import InputError, RawArticle
    from khobor.organise.duplicates import Article, body_of, is_copy, report_groups, words_and_sentences

    made: dict[tuple, Article | None] = {}

    def article(row: dict) -> Article | None:
        """One article per distinct row (a source row used in several pairs is stored once)."""
        key = (row["id"], row.get("paper_name"), row.get("headline"), row["text"])
        if key not in made:
            raw = RawArticle(source=f"copies:{row['id']}", text=row["text"], url=row.get("url"),
                             title=row.get("headline"), retrieved=row.get("scraped_at"), outlet=row.get("paper_name"))
            try:
                rec = build_record(raw)
            except InputError:  # the cleaner left no body (a row that is only a comment notice)
                made[key] = None
                return None
            tokens, starts = words_and_sentences(body_of(rec.text, rec.title))
            made[key] = Article(len(made) + 1, (row.get("scraped_at") or "")[:10] or None, tokens, rec.outlet,
                                rec.title, rec.language, starts)
        return made[key]

    judged = [(kind, lang, gold, article(a), article(b), a, b) for kind, lang, gold, a, b in pairs]
    report_of: dict[str, dict[int, int]] = {}
    if crowd:
        for lang in ("bn", "en"):
            arts = {x.doc: x for j in judged if j[1] == lang for x in j[3:5] if x is not None}
            ordered = sorted(arts.values(), key=lambda x: (x.day or "", x.doc))
            report_of[lang] = {c.doc: c.report for c in report_groups(ordered)}
    counts = defaultdict(Counter)
    for kind, lang, gold, x, y, a, b in judged:
        if x is None or y is None:
            counts["skipped"][(gold, False)] += 1
            continue
        if crowd:
            linked = report_of[lang].get(x.doc, x.doc) == report_of[lang].get(y.doc, y.doc)
        else:
            linked = bool(report_groups(sorted([x, y], key=lambda z: z.doc)))
        for key in (kind, f"{kind}/{lang}", f"all/{lang}", "all"):
            counts[key][(gold, linked)] += 1
        if show in (kind, "all") and gold != linked:
            print(f"  {kind} {lang} {a['id']} {b['id']} words {len(x.tokens)}/{len(y.tokens)} "
                  f"is_copy={is_copy(x, y)} gold={gold}", file=sys.stderr)
    return counts


def figures(c: Counter) -> tuple[str, str]:
    tp, fp, fn = c[(True, True)], c[(False, True)], c[(True, False)]
    p = f"{tp / (tp + fp):.3f}" if tp + fp else "  -  "
    r = f"{tp / (tp + fn):.3f}" if tp + fn else "  -  "
    return p, r


def report(counts: dict) -> str:
    lines = ["synthetic same-report pairs      bn: found/n (rate)     en: found/n (rate)"]
    for kind in POSITIVE_KINDS + NEGATIVE_KINDS:
        cells = []
        for lang in ("bn", "en"):
            c = counts.get(f"{kind}/{lang}", Counter())
            n, linked = sum(c.values()), c[(True, True)] + c[(False, True)]
            cells.append(f"{linked:3d}/{n:3d} ({linked / n:.3f})" if n else "      -         ")
        role = "copies found" if kind in POSITIVE_KINDS else "wrongly linked"
        lines.append(f"  {kind:15s} {role:14s} {cells[0]:>20s}   {cells[1]:>20s}")
    if counts.get("skipped"):
        lines.append(f"  skipped (no body left after cleaning): {sum(counts['skipped'].values())}")
    for key in ("all/bn", "all/en", "all"):
        p, r = figures(counts.get(key, Counter()))
        lines.append(f"  same_report {key:8s} precision {p}  recall {r}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(CHECKOUT.parent / "shared"))
    ap.add_argument("--n", type=int, default=80, help="sources of copies and negatives of each kind, per language")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--show", help="list the wrong pairs of this kind, or of all kinds (all), on stderr (ids and scores)")
    ap.add_argument("--crowd", action="store_true", help="group every article of a language in one run")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    corpus = Path(a.shared) / "corpus" / "news-dev" / "articles.jsonl"
    counts = decide(make_pairs(pool_rows(corpus), a.n, a.seed), a.show, a.crowd)
    if a.json:
        print(json.dumps({k: {f"{g}/{l}": v for (g, l), v in c.items()} for k, c in sorted(counts.items())}))
    else:
        print(report(counts))


if __name__ == "__main__":
    main()
