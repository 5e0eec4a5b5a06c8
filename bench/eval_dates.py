#!/usr/bin/env python3
"""How many of the Bengali date cases in ../shared/data/dates our times grammar parses to the right
value, by kind. Skips cleanly when ../shared is absent.

    .venv/bin/python bench/eval_dates.py [--misses] [--no-dateparser]

Cases (read at run time, never copied into the repo; see data/dates/PROVENANCE.md):
  google/classifier-date      classifier/testdata/date.tsv: written dates -> day/month/year
  google/verbalizer-date      verbalizer/testdata/date.tsv DATE_MARKUP rows read in reverse
                              (spoken Bengali dates -> day/month/year)
  google/ordinal-days         DAYS_TH rows ("একুশে"), framed as "<word> মার্চ"
  google/month-possessive     MONTHS_POSSESSIVE rows ("জানুয়ারির") alone
  google/verbalizer-time      verbalizer/testdata/time.tsv (clock times; durations with seconds left out),
                              framed as "আজ <time>": a time of day alone names no calendar point (eval
                              GUIDELINES T1), so it is read as the time of day of a day expression.
                              Seven IN_TIME_MARKUP rows read পৌনে N ("quarter to N") as N:45 where the
                              BD rows of the same file read it as (N-1):45 ("সকালের পৌনে ছয়টা" = 5:45);
                              we follow the Bengali meaning, so those seven count as misses.
  dateparser/tests            the Bengali rows of dateparser's test params (bn_as_test_cases_excerpt.txt)
  dateparser/relative         bn.json + bn.yaml relative words ("গতকাল", "গত মাস", "3 দিন আগে").
                              Three rows read পরের (মাস/সপ্তাহ/বছর) as "next"; in news it is "the
                              following" (the year after the story's year, "এর পরের বছর ১৯৮৪ সালে"),
                              so we do not resolve it against publication and those three are misses,
                              as is "এখন" (now: not annotated as a time in news gold); "3 ঘন্টা আগে"
                              and the like in minutes and seconds count back from an event in news
                              ("খেলা শেষ হওয়ার ৩ মিনিট আগে"), not from publication, so they are misses too
  dateparser/month-names      every bn.json month form, framed as "১৫ <form> ২০২৩"
  dateparser/weekday-names    every bn.json weekday form, framed as "<form>, ১৫ সেপ্টেম্বর ২০২৩"
  dateparser/in-n-units       bn.json "in N units" forms ("3 মাসে") -- durations in news use; we do
                              not resolve them on purpose, so they are reported but not in the total
Also printed, for information: how many of the real time expressions pulled from three Bengali NER
corpora (bn_time_expressions_from_ner_corpora.tsv, no gold values) we recognise at all, and the
most frequent ones we do not (most are durations, "২৪ ঘণ্টায়", and fragments like "সালে", by design).
A case passes when some expression found in the input has exactly the expected value. Relative
cases resolve against a fixed publication date, 2023-09-15 (a Friday). With dateparser installed,
the same cases are also given to dateparser.parse(languages=["bn"]) as a baseline.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATES = SHARED / "data" / "dates"
PUB = "2023-09-15"
PUB_D = dt.date.fromisoformat(PUB)
NOT_IN_TOTAL = {"dateparser/in-n-units"}


def ymd(year, month, day) -> str:
    if year is not None and year < 100:
        year = 2000 + year if year < 50 else 1900 + year
    y = "XXXX" if year is None else f"{year:04d}"
    if month is None:
        return y
    return f"{y}-{month:02d}" + ("" if day is None else f"-{day:02d}")


def _fields(spec: str) -> dict:
    return {k: int(v) for k, v in re.findall(r"(\w+)[:=]\s*\"?(\d+)", spec)}


def cases() -> list[tuple[str, str, str | None, str]]:
    """(kind, input, published, expected value)"""
    out = []
    g = DATES / "google-language-resources"
    for line in (g / "classifier/testdata/date.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == "DATE_MARKUP":
            f = _fields(parts[2])
            out.append(("google/classifier-date", parts[1], None, ymd(f.get("year"), f.get("month"), f.get("day"))))
    for line in (g / "verbalizer/testdata/date.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        if parts[0] == "DATE_MARKUP":
            f = _fields(parts[1])
            out.append(("google/verbalizer-date", parts[2].strip(), None, ymd(f.get("year"), f.get("month"), f.get("day"))))
        elif parts[0] == "DAYS_TH":
            out.append(("google/ordinal-days", f"{parts[2].strip()} মার্চ", None, ymd(None, 3, int(parts[1]))))
        elif parts[0] == "MONTHS_POSSESSIVE":
            out.append(("google/month-possessive", parts[2].strip(), None, ymd(None, int(parts[1]), None)))
    for line in (g / "verbalizer/testdata/time.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and "seconds" not in parts[1]:
            f = _fields(parts[1])
            out.append(("google/verbalizer-time", "আজ " + parts[2].strip(), PUB, f"{PUB}T{f['hours']:02d}:{f.get('minutes', 0):02d}"))

    d = DATES / "dateparser"
    glosses = {"1 day ago": (PUB_D - dt.timedelta(days=1)).isoformat(), "0 day ago": PUB,
               "1 month ago": "2023-08", "in 1 week": (PUB_D + dt.timedelta(weeks=1)).strftime("%G-W%V")}
    for m in re.finditer(r'param\("bn", "([^"]+)", "([^"]+)"\)', (d / "bn_as_test_cases_excerpt.txt").read_text(encoding="utf-8")):
        text, gloss = m.groups()
        if gloss in glosses:
            out.append(("dateparser/tests", text, PUB, glosses[gloss]))
            continue
        gm = re.match(r"(?:\w+day )?(\d{2}) (\w+) (\d{4})|(\w+) (\d{2}) (\d{4})", gloss)
        if gm:
            day, mon, year = (gm.group(1), gm.group(2), gm.group(3)) if gm.group(1) else (gm.group(5), gm.group(4), gm.group(6))
            month = dt.datetime.strptime(mon[:3], "%b").month
            out.append(("dateparser/tests", text, None, ymd(int(year), month, int(day))))
    m = re.search(r'param\("bn", "(\d+ জুন \d{4}) [\d:]+"', (d / "bn_as_test_cases_excerpt.txt").read_text(encoding="utf-8"))
    if m:
        out.append(("dateparser/tests", m.group(1), None, "2015-06-03"))

    data = json.loads((d / "bn.json").read_text(encoding="utf-8"))
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december"]
    for k, name in enumerate(months, 1):
        forms = list(data.get(name, []))
        forms += data.get("locale_specific", {}).get("bn-IN", {}).get(name, [])
        for form in forms:
            out.append(("dateparser/month-names", f"১৫ {form} ২০২৩", None, ymd(2023, k, 15)))
    for name in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]:
        for form in data.get(name, []):
            out.append(("dateparser/weekday-names", f"{form}, ১৫ সেপ্টেম্বর ২০২৩", None, "2023-09-15"))
    for gloss, forms in data.get("relative-type", {}).items():
        n, unit = re.match(r"(?:in )?(\d+) (\w+)", gloss).groups()
        sign = 1 if gloss.startswith("in ") else -1
        for form in forms:
            out.append(("dateparser/relative", form, PUB, shifted(unit, sign * int(n))))
    for gloss, forms in data.get("relative-type-regex", {}).items():
        unit = re.search(r"(second|minute|hour|day|week|month|year)", gloss).group(1)
        future = gloss.startswith("in ")
        for form in forms:
            kind = "dateparser/in-n-units" if future else "dateparser/relative"
            out.append((kind, form.replace("{0}", "3"), PUB, ago(unit, 3 if future else -3)))
    yml = (d / "bn.yaml").read_text(encoding="utf-8")
    for gloss, form in re.findall(r"\n    (in 1 \w+|\d day ago):\n        - (.+)", yml):
        n, unit = re.match(r"(?:in )?(\d+) (\w+)", gloss).groups()
        out.append(("dateparser/relative", form.strip(), PUB, shifted(unit, int(n) * (1 if gloss.startswith("in") else -1))))
    out.append(("dateparser/relative", "3 মিনিট পূর্বে", PUB, PUB))
    return out


def shifted(unit: str, n: int) -> str:
    """The value of "this/last/next <unit>" (n = 0, -1, +1) or "<n> days ago" against PUB."""
    if unit in ("second", "minute", "hour"):
        return PUB
    if unit == "day":
        return (PUB_D + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return (PUB_D + dt.timedelta(weeks=n)).strftime("%G-W%V")
    if unit == "month":
        t = PUB_D.year * 12 + PUB_D.month - 1 + n
        return f"{t // 12:04d}-{t % 12 + 1:02d}"
    return f"{PUB_D.year + n:04d}"


def ago(unit: str, n: int) -> str:
    if unit == "week":
        return (PUB_D + dt.timedelta(weeks=n)).isoformat()
    return shifted(unit, n)


def dateparser_value(text: str, expected: str, published: str | None) -> str | None:
    """dateparser's reading of the case, cut to the precision of the expected value."""
    import dateparser
    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(published or PUB), "PREFER_DATES_FROM": "current_period"}
    got = dateparser.parse(text, languages=["bn"], settings=settings)
    if got is None:
        return None
    if "W" in expected:
        return got.strftime("%G-W%V")
    if "T" in expected:
        return got.date().isoformat() + "T" + got.strftime("%H:%M")
    full = got.date().isoformat()
    value = full[: len(expected)]
    if expected.startswith("XXXX"):
        value = "XXXX" + value[4:]
    return value


def ner_coverage(pack, find_times) -> None:
    path = DATES / "bn_time_expressions_from_ner_corpora.tsv"
    if not path.exists():
        return
    import csv
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    hit = hit_n = total_n = 0
    missed = []
    for row in rows:
        n = int(row["count"])
        total_n += n
        if find_times(row["expression"], pack, PUB):
            hit += 1
            hit_n += n
        else:
            missed.append((n, row["expression"]))
    missed.sort(reverse=True)
    print(f"NER-corpus expressions recognised: {hit}/{len(rows)} distinct, {hit_n / total_n:.0%} of {total_n} occurrences")
    print("  most frequent not recognised: " + ", ".join(f"{e} ({n})" for n, e in missed[:15]))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true", help="list the cases we get wrong")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser baseline")
    args = ap.parse_args(argv)
    if not DATES.is_dir():
        print(f"skip: {DATES} not found")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from khobor import lang
    from khobor.times.expressions import find_times

    pack = lang.load("bn")
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    t0 = time.perf_counter()
    for kind, text, published, expected in cases():
        found = find_times(text, pack, published)
        # a clock case is read as the day and its time of day ("2023-09-15T07:19")
        got = [t.value for t in found] + [f"{t.value}T{t.time_of_day}" for t in found if t.time_of_day]
        ok = expected in got
        s = stats[kind]
        s[0] += ok
        s[1] += 1
        if not args.no_dateparser:
            try:
                s[2] += dateparser_value(text, expected, published) == expected
            except Exception:
                pass
        if not ok:
            misses.append((kind, text, expected, got))
    elapsed = time.perf_counter() - t0
    print(f"{'kind':<28} {'ours':>13}  {'dateparser':>10}")
    tot = [0, 0, 0]
    for kind in sorted(stats):
        ok, n, dp = stats[kind]
        note = "  (not in total: durations)" if kind in NOT_IN_TOTAL else ""
        dps = "" if args.no_dateparser else f"{dp / n:>9.0%}"
        print(f"{kind:<28} {ok:>4}/{n:<4} {ok / n:>4.0%}  {dps}{note}")
        if kind not in NOT_IN_TOTAL:
            tot = [a + b for a, b in zip(tot, stats[kind])]
    dps = "" if args.no_dateparser else f"{tot[2] / tot[1]:>9.0%}"
    print(f"{'TOTAL':<28} {tot[0]:>4}/{tot[1]:<4} {tot[0] / tot[1]:>4.0%}  {dps}")
    print(f"({elapsed:.1f}s)")
    ner_coverage(pack, find_times)
    if args.misses:
        for kind, text, expected, got in misses:
            print(f"MISS {kind}: {text!r} expected {expected} got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
