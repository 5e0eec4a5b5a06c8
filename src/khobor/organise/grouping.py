"""Stories of a whole store at once, the same whatever order the articles came in.

    placed = group_stories(profiles, vectors, params, copy_of)   # doc -> (story, score)

`khobor stories rebuild` sees every article before it groups any, so it need not place them one
by one (khobor.organise.stories.StoryIndex, which an ingest uses and whose stories depend on
which article came first). Here every pair of articles of a few days apart that share a key is
scored once, with each key weighed by how rare it is among all the articles of those days, and
stories are grown by average-link merging: the two stories most alike on average over all their
pairs of articles (pairs never compared count 0) are merged first, then the next, while that mean
reaches `whole_store_threshold`; a story never takes in an article whose title names other people
than its own, or whose lead names other days (parted), and a copy is in its report's story from
the start. Ties are broken by article id, which does not depend on the order of ingest. No strong link here: merging two
stories on one pair of very like articles chains (dev: precision 0.901 -> 0.787 at 0.14).
"""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from .profile import Profile
from .stories import StoryParams, idf, pair_similarity, parted, similarity_keys


@dataclass
class Article:
    """One profile as the grouping reads it: its day as a date, its weighed keys, its vector."""
    profile: Profile
    day: date
    keys: set[str]
    vector: np.ndarray | None
    name: str  # what ties are broken by: the article's id, not its place in the store


def _day(p: Profile) -> date | None:
    try:
        return date.fromisoformat(p.day or "")
    except ValueError:
        return None


def window_key_counts(arts: list[Article], days: int) -> dict[date, tuple[int, Counter]]:
    """For each day that has articles: how many articles lie within `days` of it, and in how many
    of those each key is: the weights of a pair are those of its earlier day's window."""
    by_day: dict[date, list[Article]] = defaultdict(list)
    for a in arts:
        by_day[a.day].append(a)
    per_day = {d: Counter(k for a in group for k in a.keys) for d, group in by_day.items()}
    out = {}
    for d in by_day:
        counts: Counter = Counter()
        n = 0
        for off in range(-days, days + 1):
            near = d + timedelta(days=off)
            if near in per_day:
                counts.update(per_day[near])
                n += len(by_day[near])
        out[d] = (n, counts)
    return out


def candidate_partners(arts: list[Article], params: StoryParams, windows: dict[date, tuple[int, Counter]]):
    """(i, partners of i) for each article: those within the window sharing a key that blocks (in
    at most max_block_df articles of the window, and of some weight), the max_candidates of most
    shared weight. A pair is scored if either side lists the other."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(arts):
        for k in a.keys:
            postings[k].append(i)
    for i, a in enumerate(arts):
        n, counts = windows[a.day]
        shared: dict[int, float] = defaultdict(float)
        for k in a.keys:
            df = counts[k]
            w = idf(df, n)
            if df > params.max_block_df or w <= 0:
                continue
            for j in postings[k]:
                if j != i and abs((arts[j].day - a.day).days) <= params.window_days:
                    shared[j] += w
        yield i, sorted(shared, key=lambda j: (-shared[j], arts[j].name))[:params.max_candidates]


def pair_scorer(arts: list[Article], windows: dict[date, tuple[int, Counter]], params: StoryParams):
    """score(i, j): pair_similarity of two articles, their keys weighed over the window of the
    earlier one's day (the same whichever is named first)."""
    def score(i: int, j: int) -> float:
        a, b = (i, j) if (arts[i].day, arts[i].name) <= (arts[j].day, arts[j].name) else (j, i)
        n, counts = windows[arts[a].day]
        weight = {k: idf(counts[k], n) for k in arts[a].keys | arts[b].keys}
        return pair_similarity(arts[a].profile, arts[a].vector, arts[b].profile, arts[b].vector, weight, params)
    return score


class _Clusters:
    """Average-link merging over scored pairs, with pairs that must never share a story."""

    def __init__(self, size: int):
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}
        self.link: dict[int, dict[int, float]] = defaultdict(dict)  # cluster -> other -> sum of pair scores
        self.parted: dict[int, set[int]] = defaultdict(set)

    def add_pair(self, i: int, j: int, s: float) -> None:
        self.link[i][j] = self.link[j][i] = s

    def part(self, i: int, j: int) -> None:
        self.parted[i].add(j)
        self.parted[j].add(i)

    def mean(self, a: int, b: int) -> float:
        """The mean score over every pair of an article of a and one of b (unscored pairs 0)."""
        return self.link[a][b] / (len(self.members[a]) * len(self.members[b]))

    def merge(self, a: int, b: int) -> int:
        """b into a: the pair sums of their neighbours added up, the parted pairs carried over."""
        self.members[a] += self.members.pop(b)
        for other, total in self.link.pop(b, {}).items():
            del self.link[other][b]
            if other != a:
                self.link[a][other] = self.link[other][a] = total + self.link[a].get(other, 0.0)
        for other in self.parted.pop(b, set()):
            self.parted[other].discard(b)
            if other != a:
                self.parted[other].add(a)
                self.parted[a].add(other)
        return a


def average_link(clusters: _Clusters, names: list[str], threshold: float) -> None:
    """Merge the most alike pair of stories first while their mean reaches `threshold`; pairs
    wait in a heap, each entry stale once either side has grown (sizes only grow), and a merged
    story's pairs go in anew. names[i]: article i's id, which breaks ties.
    Three articles, pair scores (0,1) 0.9, (1,2) 0.3, (0,2) 0.0, threshold 0.2: 0 and 1 merge
    (0.9), then {0,1} and 2 stay apart (mean 0.15)."""
    def entry(a: int, b: int) -> tuple:
        a, b = min(a, b), max(a, b)
        first = lambda c: min(names[m] for m in clusters.members[c])  # noqa: E731
        return (-clusters.mean(a, b), first(a), first(b), a, b, len(clusters.members[a]), len(clusters.members[b]))
    heap = [entry(a, b) for a in clusters.link for b in clusters.link[a] if a < b]
    heapq.heapify(heap)
    while heap and -heap[0][0] >= threshold:
        *_, a, b, size_a, size_b = heapq.heappop(heap)
        if a not in clusters.members or b not in clusters.members or b in clusters.parted[a]:
            continue
        if (len(clusters.members[a]), len(clusters.members[b])) != (size_a, size_b):
            continue  # stale: the grown story's pairs were pushed anew
        c = clusters.merge(a, b)
        for other in clusters.link[c]:
            heapq.heappush(heap, entry(c, other))


def group_stories(profiles: list[Profile], vectors: list, params: StoryParams, names: dict[int, str],
                  copy_of: dict[int, int] | None = None) -> dict[int, tuple[int, float | None]]:
    """doc -> (story, score): the story named by its first doc, the score the article's mean
    similarity to the story's other articles (None for an article alone). `names`: doc -> article
    id (ties); `copy_of`: doc -> the doc of its report, whose story a copy always shares."""
    arts, alone = [], []
    for p, v in zip(profiles, vectors):
        d = _day(p)
        if d is None or not p.keys:
            alone.append(p.doc)
        else:
            arts.append(Article(p, d, similarity_keys(p.keys), v, names.get(p.doc, str(p.doc))))
    windows = window_key_counts(arts, params.window_days)
    score = pair_scorer(arts, windows, params)
    clusters = _Clusters(len(arts))
    for i, partners in candidate_partners(arts, params, windows):
        for j in partners:
            if j in clusters.link[i] or j in clusters.parted[i]:
                continue  # scored from j's side already
            if parted(arts[i].profile.keys, arts[j].profile.keys, params):
                clusters.part(i, j)
                continue
            s = score(i, j)
            if s > 0:
                clusters.add_pair(i, j, s)
    _join_copies(clusters, arts, copy_of or {})
    average_link(clusters, [a.name for a in arts], params.whole_store_threshold)
    return _placed(clusters, arts, score, alone)


def _join_copies(clusters: _Clusters, arts: list[Article], copy_of: dict[int, int]) -> None:
    """A near-duplicate copy is in its report's story from the start, whatever its keys say."""
    index = {a.profile.doc: i for i, a in enumerate(arts)}
    owner = {i: i for i in range(len(arts))}

    def find(i: int) -> int:
        while owner[i] != i:
            i = owner[i]
        return i
    for doc, report in sorted(copy_of.items()):
        if doc in index and report in index:
            a, b = find(index[report]), find(index[doc])
            if a != b:
                owner[b] = clusters.merge(a, b)


def _placed(clusters: _Clusters, arts: list[Article], score, alone: list[int]) -> dict[int, tuple[int, float | None]]:
    """doc -> (story, score) of the final stories; the scores of a story's pairs are computed
    again here rather than kept for every pair scored (memory on a large store)."""
    out: dict[int, tuple[int, float | None]] = {doc: (doc, None) for doc in alone}
    for members in clusters.members.values():
        story = min(arts[m].profile.doc for m in members)
        for m in members:
            doc = arts[m].profile.doc
            if len(members) == 1 or doc == story:
                out[doc] = (story, None)
                continue
            total = sum(score(m, o) for o in members if o != m)
            out[doc] = (story, round(total / (len(members) - 1), 3))
    return out
