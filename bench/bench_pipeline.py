"""Start-up and full-pipeline throughput on one core: clean -> entities -> actors -> times -> quotes
-> events, beside trafilatura.extract alone and beside an older checkout, measured in the same run.

    .venv/bin/python bench/bench_pipeline.py [--limit 200] [--repeat 3] [--startup-runs 5]
                                             [--baseline-src ../main/src] [--no-baseline]

(a) Start-up: wall time from launching `python -m khobor.cli extract one.txt` in a fresh process
    to its first record on stdout (goal < 1.5 s), once cold (an empty KHOBOR_CACHE_DIR of its own
    per tree) and then warm (that same folder filled by the cold run); the child's CPU time beside it.
(b) Steady state: the first N rows of ../shared/corpus/news-dev/articles.jsonl, turned into
    RawArticles by our JSONL reader and run through `khobor.pipeline.process` after a warm-up
    article per language, in a child process per tree pinned to one core with OMP_NUM_THREADS=1;
    both children are warmed up first, then the trees take turns pass by pass (this tree, the
    baseline, this tree, ...), so a change of the machine's load hits both alike.
    articles/s per core = articles / CPU seconds of that process (the machine is shared: wall
    time is reported too). Goal: >= 50 articles/s.
(c) trafilatura.extract alone on the same articles (each text as a simple HTML page), same run.

Each figure is the median of the runs, printed with the 1-minute load average at the time. The
baseline (default ../main/src, the main checkout) runs the same measurements from its sources.
Skipped when ../shared is absent.

Last run (issue 11, round 16, branch fast, 3 December 2026, 16:37-17:00 UTC; load 10.7-14.5 on
the 2 cores from the other sessions' evals and tests; the baseline is the round's start, a5f8f60,
in a detached worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 60 --repeat 2 --startup-runs 5 --baseline-src /tmp/base-a5/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 103.83s to the first record, CPU 14.75s  [103.83s (load 11.2)]
      this tree, warm cache: median 19.69s to the first record, CPU 2.50s  [19.15s (load 13.6), 19.69s (load 12.9), 18.95s (load 11.3), 28.28s (load 10.9), 28.29s (load 11.1)]
      baseline, cold cache: median 126.58s to the first record, CPU 16.09s  [126.58s (load 12.5)]
      baseline, warm cache: median 22.44s to the first record, CPU 2.72s  [19.88s (load 14.2), 22.44s (load 11.8), 20.92s (load 10.9), 29.54s (load 10.9), 26.80s (load 11.3)]
    (b) steady state: 60 news-dev articles, one core, 2 passes (goal >= 50 articles/s per core)
      this tree: median 5.0 articles/s per core (CPU), 0.6/s wall; runs 4.4 (load 12.9), 5.6 (load 12.9); warm-up 180.4s, errors 0, events 121
          stage CPU ms/article (share): clean 9.8 (5%), entities 64.5 (36%), actors 23.9 (13%), times 15.8 (9%), quotes 37.1 (21%), events 27.8 (16%), groups 0.1 (0%); per language: bn 54 @ 5.1/s, en 6 @ 64.1/s
      baseline: median 5.2 articles/s per core (CPU), 0.6/s wall; runs 4.6 (load 14.5), 5.9 (load 11.5); warm-up 181.7s, errors 0, events 121
          stage CPU ms/article (share): clean 9.0 (5%), entities 61.5 (36%), actors 22.9 (14%), times 15.0 (9%), quotes 35.2 (21%), events 25.5 (15%), groups 0.1 (0%); per language: bn 54 @ 5.4/s, en 6 @ 66.5/s
      trafilatura.extract alone, same articles as HTML: median 116.9 articles/s per core; runs 79.1 (load 10.7), 154.8 (load 10.7)

Every change of this round is start-up (what a fresh process builds before its first record),
nothing runs differently per article, so (b) is the same code: 5.0 against 5.2 at load 13 is the
machine (every stage moved alike, the untouched ones too). Warm start CPU 2.72 -> 2.50 s. The
pieces, measured alone in fresh `khobor extract` processes, the trees taking turns (4 each, load
7-9): the fingerprints of the ~20 disk-cache entries 32-36 -> 4-5 ms (`diskcache._FileDigests`:
a source's digest is kept with its size, mtime and inode, as Python's bytecode cache trusts a
source's size and time; a file changed in the last 3 s is hashed at every call); `clean.rules_for`
(bn and None) 49-91 -> 3-4 ms (the compiled Rules in the disk cache); and, alone in one process
at load 8, the native-spelling index 56-60 -> ~6 ms and `actors.provisional._spelled_words`
(10,000 folded words) 48-52 -> 4-5 ms (both in the disk cache). What a warm start still spends
(cProfile, load 5): imports ~45% (spaCy 0.5 s at load 6 with pydantic, numpy and thinc; khobor.record
0.25 s, most of it pydantic building the record models), the Bengali model's load ~15%, the cache
entries' unpickling (registry 86 ms, times-bn 64 ms, gazetteer lexicons 39 ms at load 7), the language
detector's fastText model 0.1 s, and the first article.
Cold start, what grew since c9ee92c (two rounds' data): each disk-cache entry's build timed in one
fresh process per tree (load 5): 10.36 -> 11.18 s of CPU in all, spread over the entries as the
data grew, no one change: the Bengali time grammar 4.12 -> 4.43 s (times.yaml's new rules; its 69
rules are 350,000 characters of pattern, and `regex` parses them in Python, a quarter of that in
`enum` flag arithmetic), the registry 2.97 -> 3.28 s (name_spellings +132 rows, registry +4 actors,
`noscan_phrases`), the gazetteer's word lists 0.54 -> 0.68 s, romanisation 0.22 -> 0.32 s.
Looked at and left: a larger pipeline batch (16 or 32 articles: the model's time per sentence
within the noise at load 8); the per-sentence gazetteer (`ner.gazetteer.reconcile_doc`, 0.70 s of
the 1.8 s the model takes on 54 Bengali articles: its steps are 20-90 ms each; `doc.text` joins the
tokens again per sentence, 41 ms, and `fold_token` runs over each sentence's words in three of the
rules: each a percent or less of a pass, left to the NER branch editing the same file). Records of
75 + 75 news-dev articles (`bench/records_diff.py`, cache warm: 0 of 150 differ) and `khobor eval
--split dev -q --json` (cache cold, cmp) are byte-identical to a5f8f60's.

Earlier run (issue 11, round 15, branch fast, 3 December 2026, 13:38-13:55 UTC; load 9.6-13.7 on
the 2 cores from the other sessions' evals and tests; the baseline is the round's start, c9ee92c,
in a detached worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 60 --repeat 2 --startup-runs 3 --baseline-src /work/fast-base15/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 101.15s to the first record, CPU 13.35s  [101.15s (load 10.1)]
      this tree, warm cache: median 25.22s to the first record, CPU 2.36s  [15.94s (load 9.6), 25.22s (load 9.6), 29.78s (load 10.4)]
      baseline, cold cache: median 104.42s to the first record, CPU 13.60s  [104.42s (load 11.3)]
      baseline, warm cache: median 28.04s to the first record, CPU 2.56s  [19.29s (load 9.3), 28.04s (load 9.9), 32.31s (load 10.7)]
    (b) steady state: 60 news-dev articles, one core, 2 passes (goal >= 50 articles/s per core)
      this tree: median 4.6 articles/s per core (CPU), 0.8/s wall; runs 4.2 (load 12.1), 5.0 (load 12.9); warm-up 274.1s, errors 0, events 121
          stage CPU ms/article (share): clean 10.7 (5%), entities 69.8 (35%), actors 26.6 (13%), times 17.8 (9%), quotes 43.1 (21%), events 32.5 (16%), groups 0.1 (0%); per language: bn 54 @ 4.5/s, en 6 @ 59.9/s
      baseline: median 4.8 articles/s per core (CPU), 0.6/s wall; runs 4.6 (load 12.4), 5.0 (load 13.1); warm-up 275.9s, errors 0, events 121
          stage CPU ms/article (share): clean 10.8 (5%), entities 70.4 (35%), actors 26.1 (13%), times 17.7 (9%), quotes 41.8 (21%), events 31.5 (16%), groups 0.1 (0%); per language: bn 54 @ 4.6/s, en 6 @ 66.2/s
      trafilatura.extract alone, same articles as HTML: median 139.7 articles/s per core; runs 85.1 (load 13.7), 194.4 (load 13.7)

This round changed how spaCy loads (`ner/model.py`), nothing that runs per article, so the
steady state is the same code (4.6 against 4.8 at load 12-13 is the machine). At load 10 a whole
warm start cannot resolve 0.1 s (six more turns each: 1.98-2.64 against 1.78-2.91 s of CPU), so
spaCy's import and the Bengali model's load were measured alone: fresh processes, the trees taking
turns, 10 each, load 8-9: CPU median 1.515 -> 1.417 s (min 1.296 -> 1.087; 8 of 10 turns faster,
0.84-1.03 of the baseline's). The changes: (1) spaCy's registry is filled without importing the
Japanese, Korean, Thai, Vietnamese and Chinese packages, which it imported only to register
their tokenizers (each is registered as a function that imports its package when a model asks
for it or its signature is read); (2) catalogue's entry-point scan answers `select(group=)` from
a table built once (each of the ~70 registry listings of a model load walked every installed
entry point); (3) while a model loads, srsly's msgpack hook registries list their hooks once
(srsly listed them at each of ~40 files read, walking catalogue's whole registry each time).
Where a steady-state pass goes (cProfile of 60 articles, load 5.5): the NER model is about 20%
of the CPU (tok2vec 57% of it, the NER parser 40%, the tokenizer 3%: on 2,206 Bengali
sentences 1.55, 1.07 and 0.07 s) and the registry reconciliation of its entities
(`ner.gazetteer.reconcile_doc`) most of the rest of the entities stage, spread over some twenty
rules; besides the model, no function's own time is above 3% of the pass but the regex engine's
`match` (6%: the time grammar and the lead scans). Looked at and left: caching the model's work per sentence (after
cleaning, 3 of the 4,236 sentences of the first 150 news-dev articles repeat one before them);
disabling pipes (the models hold tok2vec and ner only); pydantic's validation of the record's
parts (15,476 model instances per 60 articles, under 1% of the CPU); the cyclic collector in
steady state (1.1%); pydantic's own entry-point scan at its first model (about 10 ms, only
avoided by turning plugins off for the user's process). Records of 75 + 75 news-dev articles
(`bench/records_diff.py`: 0 of 150 differ) and `khobor eval --split dev -q --json` (cmp) are
byte-identical.

Earlier run (issue 11, round 14, branch fast, 3 December 2026, 10:53-11:13 UTC; load 7-14 on the 2
cores from the other sessions' evals and tests; the baseline is the round's start, edb2f60, in a
detached worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 150 --repeat 2 --startup-runs 3 --baseline-src /work/fast-base14/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 49.11s to the first record, CPU 13.65s  [49.11s (load 7.1)]
      this tree, warm cache: median 11.79s to the first record, CPU 2.65s  [10.78s (load 7.6), 11.79s (load 7.8), 15.35s (load 7.9)]
      baseline, cold cache: median 53.63s to the first record, CPU 15.09s  [53.63s (load 7.5)]
      baseline, warm cache: median 10.41s to the first record, CPU 2.72s  [11.42s (load 7.7), 10.41s (load 7.9), 10.10s (load 8.0)]
    (b) steady state: 150 news-dev articles, one core, 2 passes (goal >= 50 articles/s per core)
      this tree: median 7.3 articles/s per core (CPU), 0.8/s wall; runs 6.9 (load 9.5), 7.7 (load 13.7); warm-up 149.8s, errors 0, events 157
          stage CPU ms/article (share): clean 6.9 (5%), entities 48.2 (37%), actors 19.4 (15%), times 12.4 (10%), quotes 24.2 (19%), events 18.1 (14%), groups 0.1 (0%); per language: bn 127 @ 6.7/s, en 23 @ 53.0/s
      baseline: median 7.6 articles/s per core (CPU), 0.7/s wall; runs 6.9 (load 11.5), 8.3 (load 13.9); warm-up 147.9s, errors 0, events 157
          stage CPU ms/article (share): clean 6.4 (5%), entities 45.4 (38%), actors 17.1 (14%), times 11.7 (10%), quotes 22.2 (19%), events 16.5 (14%), groups 0.1 (0%); per language: bn 127 @ 7.3/s, en 23 @ 56.4/s
      trafilatura.extract alone, same articles as HTML: median 164.5 articles/s per core; runs 132.7 (load 13.0), 196.3 (load 12.7)

Every change of this round is start-up: nothing new runs per article (Registry.__getattr__ is
asked 3 times in 30 articles), so the steady state is the same code; at load 10-14 its turns
differ by as much as the stage the round did not touch (entities 48.2 against 45.4 ms). A second
run at 11:20-11:34 (`--limit 60 --repeat 3 --startup-runs 1`, load 9-11): 4.8 against 4.8 articles/s
per core (turns 4.6, 4.8, 4.9 against 4.4, 5.0, 4.8), warm start CPU 2.58 against 2.97 s. The three
warm starts above cannot resolve 0.2 s either, so start-up was measured alone (warm caches of
each tree's own, fresh processes, the trees taking turns, CPU of the child): the Bengali example
2.49 against 2.91 s (each of 6 turns 0.82-0.94 of the baseline's, load 12.8) and the English one
(en-port-talks.html) 2.96 against 3.17 s (4 turns 0.76-0.99, load 10). The changes:
(1) the English trigger index holds one object per distinct info (308 for 35,600 patterns) and
element (3,700 for 93,000): its cache entry 10.2 -> 4.7 MB, read back in a third of the time
(`events.lexicon._sharing_equal_parts`); (2) the cached registry keeps its role indexes (15,000
Roles) pickled until an office is first looked up (`Registry._keep_roles_pickled`): reading the
registry 0.20 -> 0.12 s at load 7, the roles 0.07 s later when an article names an office (the
example names none); (3) `actors.link` no longer imports the registry's builder (`actors.build`,
with PyYAML and the Phoenix reader) for its path, and `lang`, `events.genre` import PyYAML only
to parse: a warm start imports neither; (4) the native-spelling index of the registry's Bengali
aliases skips ASCII words without its script pattern and folds each alias in one pass (the same
index; 80 -> 32 ms at load 8). Tried and left out: loading the NER model without reading its
tokenizer (`spacy.load(..., exclude=["tokenizer"])`: the same tokenizer bytes, but only ~6% of
the model's load, since the regexes it compiles again hit `re`'s cache); a sorted-by-length or
larger NER batch (the same entities; within noise at load 8); compiling the time grammar's rules
lazily (30-55 of 68 rules are used by a first article). What is left is spaCy's (its import, its
registry populating the zh/ja/ko/vi language modules, catalogue scanning entry points at each
msgpack read), pydantic's Record models and the NER model itself. A note for measuring: with
PYTHONDONTWRITEBYTECODE set (as in these sessions) a checkout compiles its modules at every start
(0.3-0.5 s); this bench unsets it for the start-up child, a hand-timed `khobor extract` does not.
Records of 75 + 75 news-dev articles (`bench/records_diff.py`, cache cold and warm: 0 of 150
differ) and `khobor eval --split dev -q --json` (cmp) are byte-identical.

Earlier run (issue 11, round 13, branch fast, 3 December 2026, 08:15-08:31 UTC; load 8-14 on the 2
cores from the other sessions' evals and tests; the baseline is the round's start, ae1dfa8, in a
detached worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 60 --repeat 2 --startup-runs 3 --baseline-src /work/fast-base/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 79.52s to the first record, CPU 13.76s  [79.52s (load 7.8)]
      this tree, warm cache: median 11.35s to the first record, CPU 2.90s  [11.66s (load 8.7), 10.23s (load 8.6), 11.35s (load 8.3)]
      baseline, cold cache: median 59.22s to the first record, CPU 13.99s  [59.22s (load 8.9)]
      baseline, warm cache: median 10.84s to the first record, CPU 2.90s  [9.90s (load 8.8), 10.84s (load 8.5), 10.96s (load 8.6)]
    (b) steady state: 60 news-dev articles, one core, 2 passes (goal >= 50 articles/s per core)
      this tree: median 5.1 articles/s per core (CPU), 0.7/s wall; runs 4.5 (load 13.4), 5.6 (load 13.9); warm-up 160.8s, errors 0, events 129
          stage CPU ms/article (share): clean 9.8 (6%), entities 65.3 (37%), actors 22.6 (13%), times 16.0 (9%), quotes 36.8 (21%), events 27.3 (15%), groups 0.1 (0%); per language: bn 54 @ 5.1/s, en 6 @ 70.5/s
      baseline: median 4.8 articles/s per core (CPU), 0.5/s wall; runs 4.3 (load 14.0), 5.4 (load 13.6); warm-up 162.1s, errors 0, events 129
          stage CPU ms/article (share): clean 10.2 (5%), entities 66.4 (36%), actors 24.1 (13%), times 16.9 (9%), quotes 38.6 (21%), events 29.0 (16%), groups 0.1 (0%); per language: bn 54 @ 4.9/s, en 6 @ 64.5/s
      trafilatura.extract alone, same articles as HTML: median 106.8 articles/s per core; runs 73.9 (load 13.1), 139.6 (load 13.2)

At load 8-14 every CPU figure is 2.5-3x a quiet machine's and neither part resolves this round's
one kept change: the NER gazetteer's word lists (`ner/gazetteer.py` `_lexicons`: seen words,
names by first word, name-word sets, partner names) built together and kept in one disk-cache
entry instead of built at each start (only the seen words were cached). Measured alone, fresh
processes taking turns, 5 each, load 15: 0.47-0.50 s -> 0.35-0.40 s of CPU to have the four
ready (about 0.05 s on a quiet machine: the lists took 0.08 s, reading them back takes 0.03 s).
An earlier run the same morning (07:45, load 6-7; this tree then also loaded the NER model without
its vocabulary's strings) gave warm start CPU 1.08 against 1.15 s and steady state 11.5 against
11.7 articles/s. That second change was taken out again: `spacy.load(..., exclude=["strings"])`
saves 0.06 s at start (the 49,000 Bengali strings), but spaCy then adds the strings of every new
word as it tags, so the first 4,175 Bengali sentences of news-dev took 5.47 s instead of 4.84 s
(and later passes 1.5-5% more) in an A/B in one process, with the same entities.
Where a warm start's CPU goes now (one fresh process, load 5, 1.1 s in all): imports of khobor and
its libraries 0.33 s, spaCy's import 0.21 s, the model 0.11 s, the actor registry 0.10 s
(unpickling 12 MB, most of it `Role` dataclasses and the alias index), the time grammar 0.045 s
(its cached patterns are compiled again as they are unpickled), the native spelling index 0.03 s,
cleaning the first article 0.06 s (its rules compiled), the cyclic collector during the imports
0.02-0.05 s; spaCy's registries scan the installed packages' entry points at each msgpack read
(catalogue, ~25 ms). A first English article also reads the English trigger index (10 MB, 0.25 s
to unpickle). Records of 40 + 40 news-dev articles (`bench/records_diff.py`, cache warm) and
`khobor eval --split dev -q --json` (cache cold) are byte-identical.

Earlier run (issue 11, round 12, branch fast, 3 December 2026, 05:36-05:50 UTC; load 8.5-11 on the
2 cores from the other sessions' evals and tests; the baseline is the round's start, 71bd75a, in a
worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 150 --repeat 2 --startup-runs 3 --baseline-src /work/wt-fast-base/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 65.47s to the first record, CPU 10.02s  [65.47s (load 9.1)]
      this tree, warm cache: median 10.61s to the first record, CPU 1.77s  [10.89s (load 9.1), 10.61s (load 8.7), 8.32s (load 8.5)]
      baseline, cold cache: median 78.72s to the first record, CPU 13.70s  [78.72s (load 9.9)]
      baseline, warm cache: median 11.45s to the first record, CPU 2.01s  [11.67s (load 8.8), 11.45s (load 8.5), 9.57s (load 8.4)]
    (b) steady state: 150 news-dev articles, one core, 2 passes (goal >= 50 articles/s per core)
      this tree: median 10.1 articles/s per core (CPU), 1.5/s wall; runs 9.3 (load 9.1), 10.9 (load 11.1); warm-up 132.1s, errors 0, events 173
          stage CPU ms/article (share): clean 4.9 (5%), entities 38.4 (42%), actors 12.1 (13%), times 8.7 (9%), quotes 15.3 (17%), events 12.0 (13%), groups 0.0 (0%); per language: bn 127 @ 9.5/s, en 23 @ 62.8/s
      baseline: median 10.5 articles/s per core (CPU), 1.7/s wall; runs 9.7 (load 10.7), 11.3 (load 9.6); warm-up 159.7s, errors 0, events 173
          stage CPU ms/article (share): clean 4.7 (5%), entities 35.8 (41%), actors 11.8 (13%), times 8.4 (10%), quotes 15.3 (17%), events 11.8 (13%), groups 0.0 (0%); per language: bn 127 @ 9.9/s, en 23 @ 72.9/s
      trafilatura.extract alone, same articles as HTML: median 283.5 articles/s per core; runs 175.5 (load 9.2), 391.6 (load 9.2)

This round changed start-up only (and one per-article loop of the quotes layer): warm start CPU
2.01 -> 1.77 s, cold 13.7 -> 10.0 s. At load 9-11 the steady state cannot resolve a change of a
few per cent (this tree ran first in each turn; entities, which nothing touched, came out 2.6 ms
apart), and nothing here runs per article but `quotes.marks._pair_class` (0.68 -> 0.18 ms per
`find_spans`, measured alone on the same 150 articles, the same spans). Measured alone, in fresh
processes: (1) srsly, which reads spaCy's model files, calls gc.enable() after each file, so the
collector ran through the rest of a first article although `pipeline._first_of_language` had
paused it: collections in a warm start 0.22 -> 0.05 s of CPU (the pause now also sets threshold 0);
(2) `events.schema` worked out every section's type hints again per section: 40 -> 6 ms per
events.yaml, read twice per language; (3) `leadscan.lead_class` of the Bengali quote cues (4,096
partial matches, 45 ms) is kept in the disk cache; (4) the trigger index (English: 36,000 verb-table
patterns) is kept in the disk cache: English events parts 1.1 -> 0.3 s of CPU at the first English
article (reading 10 MB back is most of the rest; this start-up figure is of a Bengali article).
Tried and left out: keeping the Bengali native-spelling index in the disk cache (fingerprinting the
registry's sources costs 20 ms of the 50 ms it saves). What is left of a warm start: spaCy's
import (pydantic schemas, catalogue's entry points) and the model, a third; pydantic's Record
models, the registry's unpickling, the NER gazetteer's one-time lexicons (`ner/gazetteer.py`
_unseen_lexicon, _titles_by_first, _name_word_sets, _seen_words, _partner_names: about 0.15 s),
the clean rules' regexes and the language detector's model.
Records of 25 + 25 news-dev articles (`bench/records_diff.py`, cache cold and warm) and
`khobor eval --split dev -q --json` (cmp after each commit) are byte-identical.

Earlier run (issue 11, round 11, branch fast, 3 December 2026, 00:10-00:45 UTC; load 8-13 on the
2 cores from 7 other sessions' test suites and evals; the baseline is the round's start, 71677b9,
in a worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 60 --repeat 2 --startup-runs 3 --baseline-src /work/fast-base11/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, warm cache: median 6.80s to the first record, CPU 2.06s  [6.49s (load 9.6), 7.95s (load 9.3), 6.80s (load 8.8)]
      baseline, warm cache: median 7.38s to the first record, CPU 2.22s  [7.38s (load 9.5), 7.42s (load 9.2), 7.37s (load 8.7)]
    (b) steady state: 60 news-dev articles, one core, 2 passes (goal >= 50 articles/s per core)
      this tree: median 9.0 articles/s per core (CPU); runs 8.5 (load 10.2), 9.5 (load 10.5)
          stage CPU ms/article: clean 7.1, entities 40.2, actors 11.7, times 9.9, quotes 21.6, events 13.9
      baseline: median 8.3 articles/s per core (CPU); runs 7.9 (load 10.4), 8.7 (load 10.3)
          stage CPU ms/article: clean 6.0, entities 43.9, actors 15.2, times 10.8, quotes 22.4, events 16.7
      trafilatura.extract alone, same articles as HTML: median 176.9 articles/s per core

A second run of all three commits 25 minutes later, at load 10-13, doubled every CPU figure for
both trees (CPU time itself inflates when 2 cores are shared 10 ways): 5.1 against 5.1
articles/s, actors 21.0 against 24.0 ms, warm start CPU 3.54 against 3.53 s. Another pair of runs
in which both trees were the same code gave warm-start CPU 1.85 and 2.20 s: at this load the
start-up figure cannot resolve 0.2 s, so the changes were measured alone, in fresh processes,
taking turns: the romanisation rules of both packs (`actors.romanise.rules_for`) 0.15-0.24 s ->
0.04 s (kept in the disk cache); the quotes layer's first country name 1.08 s -> 0.00 s (it
unpickled all 18,000 actors; the registry now keeps the names from its build); the actors stage's
registry scan 2.0-2.1 -> 0.6 ms per article (it reuses the sentence scans of the entities stage,
piece by piece between characters no mention runs over). The model is untouched and is still
~30 ms of a Bengali article: 50 articles/s is not reachable without a lighter or retrained model.
Records of 100 + 100 news-dev articles (`bench/records_diff.py`: 0 of 200 differ) and
`khobor eval --split dev -q --json` (cmp after each commit) are byte-identical.

Earlier run (issue 11, round 10, branch fast, 2 December 2026, 21:05 UTC; load 8-13 on the 2 cores,
7 other sessions' evals, trainings and test suites beside it; the baseline is main at 4ea825b in a
worktree, same run, trees taking turns). A tree with `pipeline.outcomes_of` runs its passes in
batches of `pipeline.BATCH` articles, as its executors do; the baseline one article at a time:

    $ bench/bench_pipeline.py --limit 150 --repeat 3 --startup-runs 3 --baseline-src /work/fast-base/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 48.76s to the first record, CPU 13.81s  [48.76s (load 8.3)]
      this tree, warm cache: median 7.45s to the first record, CPU 2.03s  [10.16s (load 7.6), 7.36s (load 7.8), 7.45s (load 8.3)]
      baseline, cold cache: median 38.33s to the first record, CPU 11.51s  [38.33s (load 7.8)]
      baseline, warm cache: median 7.06s to the first record, CPU 1.85s  [7.26s (load 7.7), 6.82s (load 8.0), 7.06s (load 8.3)]
    (b) steady state: 150 news-dev articles, one core, 3 passes (goal >= 50 articles/s per core)
      this tree: median 10.7 articles/s per core (CPU), 2.8/s wall; runs 10.7 (load 9.9), 10.1 (load 13.1), 11.8 (load 13.2); warm-up 135.6s, errors 0, events 171
          stage CPU ms/article (share): clean 4.7 (6%), entities 34.1 (40%), actors 11.8 (14%), times 8.1 (10%), quotes 14.6 (17%), events 11.2 (13%), groups 0.0 (0%); per language: bn 127 @ 10.3/s, en 23 @ 80.9/s
      baseline: median 10.2 articles/s per core (CPU), 2.6/s wall; runs 8.3 (load 11.1), 10.2 (load 13.8), 11.9 (load 12.4); warm-up 135.4s, errors 0, events 171
          stage CPU ms/article (share): clean 4.5 (5%), entities 35.8 (43%), actors 11.6 (14%), times 7.8 (9%), quotes 13.7 (16%), events 10.6 (13%), groups 0.0 (0%); per language: bn 127 @ 10.3/s, en 23 @ 71.2/s
      trafilatura.extract alone, same articles as HTML: median 338.5 articles/s per core; runs 212.7 (load 11.8), 343.4 (load 11.8), 338.5 (load 11.9)

At load 10-13 the machine's own swing (the baseline's turns: 8.3, 10.2, 11.9) is larger than the
change, so the steady state (10.2 -> 10.7, entities 35.8 -> 34.1 ms) is within noise here, and so
is start-up (a separate A/B of 4 warm starts per tree, taking turns, load 10: CPU 2.25 s against
the baseline's 2.61 s; the batching does not touch what a start loads). The change: the NER model
tagged each article's sentences in one `nlp.pipe` of its own (~33 Bengali sentences, a batch it
fills badly); `pipeline.outcomes_of` tags the sentences of a batch of 8 articles of one language
in one stream (`entities.tag_records`). Measured on the entities stage alone (150 news-dev
articles, one process, the two ways taking turns, the same entities every turn): 0.80-1.03 of the
per-article time at load 10-13 (median 39.2 -> 37.2 ms per article), and on the model alone at
load 6-8 per article 27-34 ms against 24-28 ms for batches of 8 articles (English: 5.0 -> 2.3 ms).
Records of 100 + 100 news-dev articles through `khobor extract` (`bench/records_diff.py`) and
`khobor eval --split dev -q --json` are byte-identical before and after.

Where the time goes now (py-spy, 200 Hz, 3 passes over 150 news-dev articles, load 4-5, before
the change): the model 34% (tok2vec 19%, the NER parser 11%), the gazetteer reconciling of its
spans 9%, quotes 15.5% (`_attribute` 10%, `SpeakerFinder` set-up 4%), actors 13% (the alias scan
4.4%, counting the NER's per-sentence scan), events 12%, times 9.5% (`Grammar._match_all` 8%),
clean 5.5%. 50 articles/s is 20 ms per article; the model alone is ~25 ms per Bengali article.

Earlier run (issue 11, round 9, branch fast, 2 December 2026, 15:40 UTC; load 3-5 after the other
sessions' test suites ended; the baseline is main at b77d322 in a worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 150 --repeat 3 --startup-runs 3 --baseline-src /work/bench-fast-base/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 18.87s to the first record, CPU 7.30s  [18.87s (load 2.9)]
      this tree, warm cache: median 4.18s to the first record, CPU 1.46s  [4.26s (load 5.1), 3.45s (load 5.2), 4.18s (load 5.3)]
      baseline, cold cache: median 23.80s to the first record, CPU 8.11s  [23.80s (load 3.8)]
      baseline, warm cache: median 4.51s to the first record, CPU 1.55s  [4.69s (load 5.2), 4.51s (load 5.2), 3.97s (load 5.3)]
    (b) steady state: 150 news-dev articles, one core, 3 passes (goal >= 50 articles/s per core)
      this tree: median 15.7 articles/s per core (CPU), 13.8/s wall; runs 14.6 (load 5.3), 16.1 (load 4.5), 15.7 (load 3.9); warm-up 44.5s, errors 0, events 177
          stage CPU ms/article (share): clean 3.2 (5%), entities 25.6 (40%), actors 5.9 (9%), times 12.8 (20%), quotes 9.0 (14%), events 7.0 (11%), groups 0.0 (0%); per language: bn 127 @ 13.6/s, en 23 @ 97.6/s
      baseline: median 13.5 articles/s per core (CPU), 7.5/s wall; runs 13.4 (load 4.9), 14.7 (load 4.3), 13.5 (load 3.8); warm-up 44.6s, errors 0, events 177
          stage CPU ms/article (share): clean 3.5 (5%), entities 30.7 (41%), actors 7.5 (10%), times 13.9 (19%), quotes 10.2 (14%), events 8.2 (11%), groups 0.0 (0%); per language: bn 127 @ 11.7/s, en 23 @ 76.4/s
      trafilatura.extract alone, same articles as HTML: median 519.8 articles/s per core; runs 312.8 (load 3.9), 519.8 (load 3.9), 520.0 (load 3.9)

Steady state 13.5 -> 15.7 articles/s per core (each turn 1.09, 1.10, 1.16x the baseline's); the
entities stage 30.7 -> 25.6 ms per article. The stages this round did not touch also came out
1-1.6 ms lower in this tree (actors 7.5 -> 5.9, quotes 10.2 -> 9.0), so part of that is the machine:
the model-alone A/B below (0.86-0.94x) is the figure to trust for the change. Warm start-up CPU
1.55 -> 1.46 s (the same within noise).

Earlier run (issue 11, round 9, branch fast, 2 December 2026; load 12-16 on the 2 cores, 8 sessions
sharing them; the baseline is main at b77d322 in a worktree, same run, trees taking turns):

    $ bench/bench_pipeline.py --limit 150 --repeat 3 --startup-runs 3 --baseline-src /work/bench-fast-base/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 33.94s to the first record, CPU 7.28s  [33.94s (load 12.2)]
      this tree, warm cache: median 5.58s to the first record, CPU 1.46s  [5.49s (load 12.9), 6.99s (load 12.8), 5.58s (load 13.7)]
      baseline, cold cache: median 29.52s to the first record, CPU 7.76s  [29.52s (load 13.8)]
      baseline, warm cache: median 5.78s to the first record, CPU 1.49s  [5.77s (load 12.8), 6.66s (load 12.9), 5.78s (load 14.0)]
    (b) steady state: 150 news-dev articles, one core, 3 passes (goal >= 50 articles/s per core)
      this tree: median 13.9 articles/s per core (CPU), 3.1/s wall; runs 13.9 (load 14.0), 14.6 (load 13.8), 13.0 (load 16.1); warm-up 85.7s, errors 0, events 177
          stage CPU ms/article (share): clean 3.6 (5%), entities 30.7 (40%), actors 8.6 (11%), times 14.1 (18%), quotes 10.9 (14%), events 8.7 (11%), groups 0.0 (0%); per language: bn 127 @ 11.4/s, en 23 @ 69.9/s
      baseline: median 13.6 articles/s per core (CPU), 3.4/s wall; runs 13.6 (load 13.4), 12.9 (load 15.4), 13.7 (load 15.4); warm-up 85.7s, errors 0, events 177
          stage CPU ms/article (share): clean 3.4 (5%), entities 29.9 (41%), actors 7.9 (11%), times 13.3 (18%), quotes 10.3 (14%), events 8.0 (11%), groups 0.0 (0%); per language: bn 127 @ 12.0/s, en 23 @ 70.9/s
      trafilatura.extract alone, same articles as HTML: median 555.4 articles/s per core; runs 308.1 (load 14.2), 555.4 (load 14.0), 575.9 (load 13.9)

At load 13-16 the stages the change does not touch moved by 5-9% between the two trees (actors
7.9 vs 8.6 ms), so this run cannot resolve the round's one change (13.6 -> 13.9 articles/s, within
that noise). The change: the NER models multiply with numpy's OpenBLAS, held to one thread per
call (`ner.model.one_blas_thread`), instead of blis. Measured on the model alone (the 127 Bengali
articles of the 150, one `nlp.pipe` per article as the stage does, 7 alternating turns, CPU,
load 16-17): blis 3.12 s, OpenBLAS 2.93 s, each turn 0.86-0.94 of blis (English 0.94-1.02);
at load 7-8 earlier the same day 0.90 and 0.89 (all news-dev, 8,499 Bengali sentences: 5.23 -> 4.86 s).
That is ~1.5 ms of the ~50 ms a Bengali article costs. Unpinned, OpenBLAS would split each
product over both cores and spin: 4-5x the CPU (13.9 s instead of 2.9 s), hence the pin.
Entities on all 13,203 news-dev sentences and `khobor eval --split dev --json` are identical.

Where the time goes (py-spy, 200 Hz, 150 news-dev articles in steady state, load 8): entities 41%
(thinc maxout 13%, the NER parser 8%, tokenizer 1.5%), times 18% (`Grammar.candidates`: the anchor
fires at every word that begins with "এ", 2,836 of 8,251 starts in 127 Bengali texts; 97,521 rule
tries of which 1.3% match: 6.5 ms per Bengali article), quotes 13%, actors 11%, events 10%,
clean 5%. 50 articles/s is 20 ms per article; the Bengali model alone takes 17-23 ms per Bengali
article (untrained models of the same config measured the same way: width 96 depth 2 0.72x,
width 64 depth 4 0.73x, width 64 depth 2 0.61x, width 64 depth 2 hidden 32 0.52x of the shipped
model's time), so no lighter model reaches 50/s alone: every layer would have to halve too.
Batching NER across articles (one stream, batch 128) saves 5-9% of the model's time on top.

Previous run (issue 11, round 8, branch fast2, 2 December 2026; load 5-7.6 on the 2 cores, the
full test suite running beside it; the baseline is main at 320a73f in a worktree, same run, the
steady-state trees taking turns pass by pass):

    $ bench/bench_pipeline.py --limit 150 --repeat 3 --startup-runs 3 --baseline-src /work/bench-base-fast2/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 24.73s to the first record, CPU 6.11s  [24.73s (load 5.2)]
      this tree, warm cache: median 4.23s to the first record, CPU 1.05s  [2.78s (load 6.1), 4.32s (load 6.2), 4.23s (load 6.7)]
      baseline, cold cache: median 24.20s to the first record, CPU 5.94s  [24.20s (load 5.7)]
      baseline, warm cache: median 3.94s to the first record, CPU 1.08s  [3.94s (load 6.1), 6.52s (load 6.4), 3.08s (load 6.7)]
    (b) steady state: 150 news-dev articles, one core, 3 passes (goal >= 50 articles/s per core)
      this tree: median 21.0 articles/s per core (CPU), 7.8/s wall; runs 19.0 (load 7.5), 21.7 (load 7.5), 21.0 (load 7.6); warm-up 12.0s, errors 0, events 172
          stage CPU ms/article (share): clean 2.4 (5%), entities 20.9 (44%), actors 4.7 (10%), times 5.0 (11%), quotes 9.4 (20%), events 5.1 (11%), groups 0.0 (0%); per language: bn 127 @ 18.3/s, en 23 @ 121.2/s
      baseline: median 17.8 articles/s per core (CPU), 10.2/s wall; runs 17.1 (load 7.6), 18.9 (load 7.6), 17.8 (load 7.1); warm-up 29.6s, errors 0, events 172
          stage CPU ms/article (share): clean 2.5 (4%), entities 21.5 (38%), actors 5.0 (9%), times 8.7 (16%), quotes 12.9 (23%), events 5.5 (10%), groups 0.0 (0%); per language: bn 127 @ 15.5/s, en 23 @ 115.5/s
      trafilatura.extract alone, same articles as HTML: median 758.4 articles/s per core; runs 413.6 (load 6.7), 765.9 (load 6.7), 758.4 (load 6.8)

Steady state 17.8 -> 21.0 articles/s per core (CPU per article 56.2 -> 47.6 ms; each of the three
turns faster; an earlier run the same hour, load 6-6.5: 17.9 -> 20.5). Times 8.7 -> 5.0 ms/article
and quotes 12.9 -> 9.4: both scanned a big alternation at every character (the times anchor, 31,000
characters in Bengali; the quote cue pattern, 24,000), and most characters of a Bengali sentence
cannot begin any of its words. `khobor.leadscan.LeadScan` tries such a pattern only at positions
whose character is in a class built from single-character partial matches, and then only where
the pair of characters there could begin a match (a partial match, asked once per pair and kept):
the same positions and matches (checked on every news-dev text and headline, and on random windows
of its sentences), a third of the time for the times anchor and a quarter for the Bengali cue
search. Start-up is unchanged within the noise (warm CPU 1.08 -> 1.05 s; the anchor's scan is
built with the grammar and kept in its disk cache, the cue scan costs 0.02 s at first use).
The biggest hot spot left outside the model is the Bengali title pattern (`quotes/people.py`
title_matches, about 8 ms per article: 1.6 s of 11.6 s CPU for 150 articles under cProfile), whose
`[\p{L}\p{M}-]*(?i:titles)` suffix head backtracks through every word; no character filter helps
it (any letter can start a match), a rewrite anchored on the title words could.

Previous run (issue 11, round 8, 2 December 2026; the 2-core machine ran at load 10-12 with other
sessions, so wall times are 2-3 times a quiet machine's; the baseline is the round's starting
commit c37bc81 in a worktree, same run; the steady-state trees took turns pass by pass):

    $ bench/bench_pipeline.py --limit 150 --repeat 3 --startup-runs 5 --baseline-src /work/bench-base-fast/src
    (a) start-up: `khobor extract bn-dhaka-flood.txt` in a fresh process (goal < 1.5 s)
      this tree, cold cache: median 16.77s to the first record, CPU 4.58s  [16.77s (load 10.7)]
      this tree, warm cache: median 2.80s to the first record, CPU 0.88s  [2.61s (load 12.0), 2.90s (load 12.0), 2.89s (load 11.9), 2.80s (load 11.8), 2.15s (load 12.7)]
      baseline, cold cache: median 24.37s to the first record, CPU 5.12s  [24.37s (load 10.5)]
      baseline, warm cache: median 3.38s to the first record, CPU 1.01s  [3.38s (load 12.0), 3.57s (load 11.9), 3.39s (load 11.9), 2.80s (load 12.7), 2.31s (load 12.2)]
    (b) steady state: 150 news-dev articles, one core, 3 passes (goal >= 50 articles/s per core)
      this tree: median 19.0 articles/s per core (CPU), 5.5/s wall; runs 17.2 (load 11.7), 19.4 (load 11.9), 19.0 (load 11.6); warm-up 44.8s, errors 0, events 165
          stage CPU ms/article (share): clean 2.5 (5%), entities 20.4 (39%), actors 4.3 (8%), times 8.0 (15%), quotes 12.2 (23%), events 5.3 (10%), groups 0.0 (0%); per language: bn 127 @ 16.5/s, en 23 @ 123.5/s
      baseline: median 17.1 articles/s per core (CPU), 4.9/s wall; runs 16.4 (load 12.2), 17.3 (load 11.5), 17.1 (load 11.7); warm-up 45.1s, errors 0, events 165
          stage CPU ms/article (share): clean 2.5 (4%), entities 23.6 (41%), actors 6.4 (11%), times 8.0 (14%), quotes 12.3 (21%), events 5.5 (9%), groups 0.0 (0%); per language: bn 127 @ 14.9/s, en 23 @ 113.2/s
      trafilatura.extract alone, same articles as HTML: median 737.8 articles/s per core; runs 428.4 (load 11.7), 737.8 (load 11.7), 753.7 (load 11.7)

Steady state 17.1 -> 19.0 articles/s per core (CPU per article 58.5 -> 52.6 ms; each of the three
turns faster). Entities 23.6 -> 20.4 ms/article: the gazetteer read spaCy's `Doc.text`, which joins
every token again, once per token of each sentence; it now reads it once per sentence (its
reconciling went from 0.68 s to 0.30 s per 150 articles). Actors 6.4 -> 4.3: `Registry.fuzzy`
keeps each spelling's answer for the process (5,578 fuzzy look-ups in 150 articles, 1,793
distinct spellings; the answer never depended on the date). Two earlier runs the same day (load
4-9, the trees one after the other instead of by turns) gave 17.4 -> 21.8 and 17.8 -> 19.2.

Start-up: CPU of the process 1.01 -> 0.88 s (and 1.01 -> 0.88, 0.97 -> 0.85 in the two earlier
runs, load 7 and 4.5). The cached registry kept all 18,000 actor records as objects (a third of a warm
start's unpickling); it now keeps each pickled until it is looked up (`PickledActors`: the first
article looks up 6), so loading it takes 0.08 s instead of 0.13-0.17 s. What is left of a warm
start (CPU, one fresh process): imports 0.4 s (spaCy with numpy and pydantic 0.3 s), the Bengali
model 0.11 s, the registry 0.08 s (its alias, role and fuzzy indexes), the first article 0.2 s of
which 0.15 s is one-time set-up spread over the layers (time grammar, event coders, romanisation
rules, the name-titles index, the language detector's model). That is under 1.5 s of wall time
wherever the process has a core to itself; at load 12 on two cores it is 2-3 s.

Batching NER across articles (one nlp.pipe over every sentence of 150 articles against one per
article) gives the same entities and saves 5-10% of the model's time (2.22 -> 2.11 s and 2.31 ->
2.07 s per 150 articles), 1 ms per article: not worth regrouping the executors for. The hot spots
left outside the model are the layers' own big regular expressions (cProfile at load 4): the
times grammar's anchor scan (`times/grammar.py` candidates, an overlapped scan of a
29,000-character alternation: 0.62 s for the 127 Bengali texts, 0.43 s when positions whose
character cannot start a match are skipped first), the quote cue search (`quotes/attribution.py`,
about 0.3 ms per sentence) and the title pattern over each article (`quotes/people.py`
title_matches, about 5 ms per call).
Records of 75 + 75 news-dev articles (`bench/records_diff.py`) and `khobor eval --split dev --json`
are byte-identical before and after.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "corpus" / "news-dev" / "articles.jsonl"
ONE_ARTICLE = ROOT / "examples" / "bn-dhaka-flood.txt"
PAGE = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
        "<article><h1>{title}</h1>{paras}</article></body></html>")


def _one_core() -> None:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _load() -> float:
    return os.getloadavg()[0]


def _rows(limit: int) -> list[dict]:
    rows = [json.loads(l) for l in NEWS_DEV.open(encoding="utf-8") if l.strip()]
    return rows[:limit] if limit else rows


# -- (b) steady state, in a child process that imports khobor from --src -------------------------
def steady_state(limit: int) -> None:
    """Runs in the child: one warm-up article per language (its seconds printed as a JSON line),
    then one timed pass over the articles per "pass" line read from stdin, each printed as a JSON
    line, until stdin closes. The parent lets the trees take turns pass by pass, so a change in
    the machine's load between passes hits both trees alike."""
    from khobor import lang, pipeline
    from khobor.clean import structure
    from khobor.ingest.jsonl import row_to_article

    rows = _rows(limit)

    def raws():
        return [row_to_article(r, f"{NEWS_DEV.name}#{i + 1}") for i, r in enumerate(rows)]

    t = time.perf_counter()
    first_of_lang: dict = {}
    for r, raw in zip(rows, raws()):
        first_of_lang.setdefault(r.get("lang"), raw)
    for raw in first_of_lang.values():
        pipeline.process(raw)
    print(json.dumps({"warm": time.perf_counter() - t}), flush=True)

    for line in sys.stdin:
        if line.strip() != "pass":
            break
        print(json.dumps(_one_pass(raws(), lang, pipeline, structure)), flush=True)


def _one_pass(raws: list, lang, pipeline, structure) -> dict:
    """One timed pass of the stages over `raws`: CPU per stage and per language, wall, load. A
    tree with `pipeline.outcomes_of` runs it over batches of `pipeline.BATCH` articles, as its
    executors do (the NER model tags a batch's sentences at once); an older tree runs the stages
    one article at a time, as its executors did."""
    if not hasattr(pipeline, "outcomes_of"):
        return _one_pass_by_article(raws, lang, pipeline, structure)
    cpu: dict = defaultdict(float)
    types: Counter = Counter()
    arts: Counter = Counter()
    errors = n = 0
    load0 = _load()
    w0, c0 = time.perf_counter(), time.process_time()
    for k in range(0, len(raws), pipeline.BATCH):
        for out in pipeline.outcomes_of(raws[k:k + pipeline.BATCH], stage_cpu=cpu):
            if out.record is None:
                errors += 1
                print(f"  error on {out.source}: {out.error}", file=sys.stderr)
                continue
            n += 1
            errors += bool(getattr(out.record, "stage_errors", None))   # as the older loop counted them
            arts[out.record.language or "?"] += 1
            types.update(e.type for e in out.record.events)
    stage_cpu: dict[str, float] = defaultdict(float)
    per_lang: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for (code, stage), seconds in cpu.items():
        stage_cpu[stage] += seconds
        per_lang[code or "?"][1] += seconds
    for code, count in arts.items():
        per_lang[code][0] = count
    return {"n": n, "cpu": time.process_time() - c0, "wall": time.perf_counter() - w0,
            "load": (load0 + _load()) / 2, "errors": errors, "stages": dict(stage_cpu),
            "per_lang": dict(per_lang), "events": sum(types.values())}


def _one_pass_by_article(raws: list, lang, pipeline, structure) -> dict:
    """`_one_pass` of a tree without batches: each article through the stages on its own."""
    stage_cpu: dict[str, float] = defaultdict(float)
    per_lang: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    types: Counter = Counter()
    errors = n = 0
    load0 = _load()
    w0, c0 = time.perf_counter(), time.process_time()
    for raw in raws:
        a0 = time.process_time()
        try:
            rec = structure.build_record(raw)
            stage_cpu["clean"] += time.process_time() - a0
            pack = lang.load_or_none(rec.language)
            for stage in pipeline.EXTRACT_STAGES:
                s0 = time.process_time()
                stage.run(rec, pack)
                # by the field it fills (a --baseline-src tree older than pipeline.stage_name: its module name)
                name = getattr(pipeline, "stage_name", lambda s: s.__name__.rsplit(".", 1)[-1])(stage)
                stage_cpu[name] += time.process_time() - s0
        except Exception as exc:  # count, keep going: a benchmark, not a test
            errors += 1
            print(f"  error on {raw.source}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        n += 1
        pl = per_lang[rec.language or "?"]
        pl[0] += 1
        pl[1] += time.process_time() - a0
        types.update(e.type for e in rec.events)
    return {"n": n, "cpu": time.process_time() - c0, "wall": time.perf_counter() - w0,
            "load": (load0 + _load()) / 2, "errors": errors, "stages": dict(stage_cpu),
            "per_lang": dict(per_lang), "events": sum(types.values())}


def steady_turns(srcs: list[Path], limit: int, repeat: int) -> list[dict]:
    """Steady state of each tree in a child of its own (all warmed up first), the trees taking
    turns pass by pass: {"warm": seconds, "passes": [...]} per tree."""
    children = []
    for src in srcs:
        env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1")
        children.append(subprocess.Popen([sys.executable, __file__, "--child", "--limit", str(limit)], env=env,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    try:
        results = [{"warm": _reply(c, src)["warm"], "passes": []} for c, src in zip(children, srcs)]
        for _ in range(repeat):
            for child, src, res in zip(children, srcs, results):
                child.stdin.write("pass\n")
                child.stdin.flush()
                res["passes"].append(_reply(child, src))
    finally:
        for child in children:
            child.stdin.close()
            child.wait()
    return results


def _reply(child: subprocess.Popen, src: Path) -> dict:
    """The child's next JSON line (anything else it prints is skipped)."""
    for line in child.stdout:
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"child for {src} failed (exit {child.wait()}); its stderr is above")


# -- (a) start-up ----------------------------------------------------------------------------------
def first_record(src: Path, cache_dir: str | None = None) -> dict:
    """Seconds from launch to the first record line of `khobor extract one.txt`, and the child's CPU."""
    env = dict(os.environ, PYTHONPATH=str(src), OMP_NUM_THREADS="1")
    # an installed khobor has its bytecode; with PYTHONDONTWRITEBYTECODE a checkout would compile
    # every one of its modules again at each start (0.3-0.5 s), which no user sees
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cache_dir is not None:
        env["KHOBOR_CACHE_DIR"] = cache_dir
    load = _load()
    before = os.times()
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "khobor.cli", "extract", str(ONE_ARTICLE)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    first = time.perf_counter() - t
    proc.stdout.read()
    proc.wait()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if not line.startswith("{"):
        raise RuntimeError(f"no record from {src}")
    return {"first": first, "cpu": cpu, "load": load}


# -- (c) trafilatura alone -------------------------------------------------------------------------
def trafilatura_alone(limit: int, repeat: int) -> list[dict]:
    import trafilatura
    pages = []
    for r in _rows(limit):
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in (r.get("text") or "").split("\n") if p.strip())
        pages.append(PAGE.format(title=html.escape(r.get("headline") or ""), paras=paras))
    trafilatura.extract(pages[0])  # warm-up
    out = []
    for _ in range(repeat):
        load0 = _load()
        c0 = time.process_time()
        for p in pages:
            trafilatura.extract(p)
        out.append({"n": len(pages), "cpu": time.process_time() - c0, "load": (load0 + _load()) / 2})
    return out


# -- report ----------------------------------------------------------------------------------------
def _median(values):
    return statistics.median(values) if values else float("nan")


def _report_startup(label: str, runs: list[dict]) -> None:
    firsts = ", ".join(f"{r['first']:.2f}s (load {r['load']:.1f})" for r in runs)
    print(f"  {label}: median {_median([r['first'] for r in runs]):.2f}s to the first record, "
          f"CPU {_median([r['cpu'] for r in runs]):.2f}s  [{firsts}]")


def _report_steady(label: str, res: dict) -> None:
    ps = res["passes"]
    rates = [p["n"] / p["cpu"] for p in ps]
    walls = [p["n"] / p["wall"] for p in ps]
    print(f"  {label}: median {_median(rates):.1f} articles/s per core (CPU), {_median(walls):.1f}/s wall; "
          f"runs " + ", ".join(f"{r:.1f} (load {p['load']:.1f})" for r, p in zip(rates, ps))
          + f"; warm-up {res['warm']:.1f}s, errors {sum(p['errors'] for p in ps)}, events {ps[-1]['events']}")
    last = ps[-1]
    total = sum(last["stages"].values()) or 1.0
    print("      stage CPU ms/article (share): " + ", ".join(f"{k} {1000 * v / max(last['n'], 1):.1f} ({v / total:.0%})"
                                                      for k, v in last["stages"].items())
          + "; per language: " + ", ".join(f"{k} {n} @ {n / t:.1f}/s" for k, (n, t) in sorted(last["per_lang"].items()) if t))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=200, help="first N articles of news-dev")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per measurement")
    ap.add_argument("--startup-runs", type=int, default=5)
    ap.add_argument("--baseline-src", type=Path, default=ROOT.parent / "main" / "src")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not NEWS_DEV.exists():
        print(f"skipped: {NEWS_DEV} not found (../shared absent)")
        return 0
    _one_core()
    if args.child:
        steady_state(args.limit)
        return 0
    here = ROOT / "src"
    trees = [("this tree", here)]
    if not args.no_baseline and args.baseline_src.exists() and args.baseline_src.resolve() != here.resolve():
        trees.append((f"baseline {args.baseline_src}", args.baseline_src))

    print(f"(a) start-up: `khobor extract {ONE_ARTICLE.name}` in a fresh process (goal < 1.5 s)")
    # each tree gets a disk cache of its own: a cache shared with other checkouts keeps only a few
    # versions of each entry, so theirs would evict ours between runs ("warm" is then cold)
    caches = [tempfile.TemporaryDirectory() for _ in trees]
    cold = [first_record(src, c.name) for (_, src), c in zip(trees, caches)]
    warm: list[list[dict]] = [[] for _ in trees]
    for _ in range(args.startup_runs):   # the trees take turns, so a change of load hits both alike
        for runs, (_, src), c in zip(warm, trees, caches):
            runs.append(first_record(src, c.name))
    for (label, _), c0, runs, c in zip(trees, cold, warm, caches):
        _report_startup(f"{label}, cold cache", [c0])
        _report_startup(f"{label}, warm cache", runs)
        c.cleanup()

    print(f"(b) steady state: {args.limit} news-dev articles, one core, {args.repeat} passes (goal >= 50 articles/s per core)")
    for (label, _), res in zip(trees, steady_turns([src for _, src in trees], args.limit, args.repeat)):
        _report_steady(label, res)
    tr = trafilatura_alone(args.limit, args.repeat)
    print(f"  trafilatura.extract alone, same articles as HTML: median {_median([p['n'] / p['cpu'] for p in tr]):.1f} "
          "articles/s per core; runs " + ", ".join(f"{p['n'] / p['cpu']:.1f} (load {p['load']:.1f})" for p in tr))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
