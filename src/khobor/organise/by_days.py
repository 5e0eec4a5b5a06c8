"""The stories of khobor.organise.grouping, grouped one stretch of days at a time: memory bounded
by the busiest days and the longest story, not by the size of the store.

    grouper = DayGrouper(params, copy_of)
    for day, items in articles_by_day:                  # days in order; items: (profile, vector, name)
        for profile, vector, story, score in grouper.add_day(day, items):
            ...                                         # store it: its story is final
    for profile, vector, story, score in grouper.finish():
        ...

Why the stories are the very ones of grouping at once (group_stories): two stories merge only when
their mean pair score reaches the threshold, so only when some pair of them scores at least the
threshold. Stories therefore never cross the components of the graph of such pairs (and of
copies), and average-link merging inside one component makes the same merges, in the same order,
as over the whole store (the heap's order is broken by article ids, never by position). A pair is
of two articles at most window_days (W) apart, and an article is listed as a partner only by
articles of its window, whose lists are made once the W days after them are read: so once the
days read reach 2W past a component's last day, no pair can touch it any more. It is grouped
then, its articles given their stories, and forgotten. Memory holds about 4W+1 days of articles,
plus the components still open.

Where such pairs chain day after day (a topic in the news every day: generated key sets of
bench_stories chain through the whole store), no component would ever close: so a component still
open HORIZON_DAYS after its first day is grouped as it stands (`_cut_long`), and its stories that
hold only articles old enough to have all their pairs are given and forgotten. Only then can the
stories differ from grouping at once (a story so cut can take in no later article); on the dev
pairs they do not (the same figures), and memory is bounded by the horizon, not the store.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Iterable, Iterator

from .duplicates import WINDOW_DAYS as COPY_DAYS
from .grouping import Article, _Clusters, _day, average_link
from .profile import Profile
from .stories import StoryParams, idf, pair_similarity, parted, similarity_keys

HORIZON_DAYS = 21  # a component still open this many days after its first is grouped as it stands
Placement = tuple[Profile, object, int, "float | None"]  # profile, vector, story (a doc), score


class DayGrouper:
    """Feeds articles day by day (add_day), gives each its story once nothing can change it."""

    def __init__(self, params: StoryParams, copy_of: dict[int, int] | None = None,
                 horizon_days: int | None = HORIZON_DAYS):
        self.params, self.w = params, params.window_days
        self.horizon = horizon_days  # a component open longer than this is cut (None: never)
        self.last_cut: date | None = None
        self.copy_of = copy_of or {}  # doc -> the doc of its report
        self.copy_pairs: dict[int, set[int]] = defaultdict(set)  # doc -> docs it is a copy of or copied by
        for doc, report in self.copy_of.items():
            self.copy_pairs[doc].add(report)
            self.copy_pairs[report].add(doc)
        # a copy runs within COPY_DAYS of its report: its report is still open when it is read
        self.lag = max(self.w, COPY_DAYS)
        self.arts: dict[int, Article] = {}  # open articles, by the index they were read in
        self.vectors: dict[int, object] = {}
        self.doc_index: dict[int, int] = {}  # doc -> index, open articles
        self.by_day: dict[date, list[int]] = defaultdict(list)
        self.day_keys: dict[date, Counter] = {}  # each loaded day's key counts, while a window needs them
        self.windows: dict[date, tuple[int, Counter]] = {}  # window counts of each day an open article has
        self.postings: dict[str, list[int]] = defaultdict(list)  # key -> articles of the days partners come from
        self.pending: list[date] = []  # days read whose articles have not made their partner lists yet
        self.edges: dict[int, dict[int, float | None]] = defaultdict(dict)  # scored pairs (None: parted)
        self.parent: dict[int, int] = {}  # union-find over open articles: pairs at the threshold, copies
        self.last_day: dict[int, date] = {}  # a component's root -> its latest day
        self.count = 0

    def add_day(self, day: date, items: Iterable[tuple[Profile, object, str]]) -> Iterator[Placement]:
        """Read one day's articles (days in increasing order); yield every article whose story is final."""
        yield from self._advance(before=day)
        for p, v, name in items:
            if _day(p) != day or not p.keys:
                yield p, v, p.doc, None  # an article without a day or keys is a story of its own
                continue
            self._add(Article(p, day, similarity_keys(p.keys), v, name))

    def finish(self) -> Iterator[Placement]:
        """No more days: group and yield everything still open."""
        yield from self._advance(before=None)

    def _add(self, a: Article) -> None:
        i, self.count = self.count, self.count + 1
        self.arts[i], self.doc_index[a.profile.doc] = a, i
        self.parent[i], self.last_day[i] = i, a.day
        self.by_day[a.day].append(i)
        self.day_keys.setdefault(a.day, Counter()).update(a.keys)
        for k in a.keys:
            self.postings[k].append(i)
        if not self.pending or self.pending[-1] != a.day:
            self.pending.append(a.day)
        for other in sorted(self.copy_pairs.get(a.profile.doc, ())):
            if other in self.doc_index:
                self._union(i, self.doc_index[other])

    def _advance(self, before: date | None) -> Iterator[Placement]:
        """Make the partner lists of every pending day whose window is read (all of them when
        `before` is None), then group the components no later pair can reach."""
        while self.pending and (before is None or self.pending[0] + timedelta(days=self.w) < before):
            self._list_partners(self.pending.pop(0))
        if before is None:
            yield from self._close(None)
            self.by_day.clear(), self.day_keys.clear(), self.postings.clear(), self.windows.clear()
            return
        listed_to = (self.pending[0] if self.pending else before) - timedelta(days=1)
        self._forget_days(listed_to + timedelta(days=1 - self.w))
        # every pair of an article of `done` or before is scored: any article that could list it is listed
        done = listed_to - timedelta(days=self.lag)
        yield from self._close(done)
        yield from self._cut_long(done)

    def _window(self, day: date) -> tuple[int, Counter]:
        """How many articles lie within W days of `day`, and in how many of them each key is."""
        if day not in self.windows:
            counts: Counter = Counter()
            n = 0
            for off in range(-self.w, self.w + 1):
                near = day + timedelta(days=off)
                if near in self.day_keys:
                    counts.update(self.day_keys[near])
                    n += len(self.by_day.get(near, ()))
            self.windows[day] = (n, counts)
        return self.windows[day]

    def _list_partners(self, day: date) -> None:
        """Each article of `day` lists its partners (khobor.organise.grouping.candidate_partners)
        and is scored with each, unless scored already from the partner's side."""
        n, counts = self._window(day)
        p = self.params
        for i in self.by_day.get(day, ()):
            a, shared = self.arts[i], defaultdict(float)
            for k in a.keys:
                df = counts[k]
                w = idf(df, n)
                if df > p.max_block_df or w <= 0:
                    continue
                for j in self.postings.get(k, ()):
                    if j != i and abs((self.arts[j].day - a.day).days) <= self.w:
                        shared[j] += w
            for j in sorted(shared, key=lambda j: (-shared[j], self.arts[j].name))[:p.max_candidates]:
                self._pair(i, j)

    def _pair(self, i: int, j: int) -> None:
        if j in self.edges[i]:
            return
        if parted(self.arts[i].profile.keys, self.arts[j].profile.keys, self.params):
            self.edges[i][j] = self.edges[j][i] = None
            return
        s = self.score(i, j)
        if s > 0:
            self.edges[i][j] = self.edges[j][i] = s
            if s >= self.params.whole_store_threshold:
                self._union(i, j)

    def score(self, i: int, j: int) -> float:
        """pair_similarity, the keys weighed over the window of the earlier article's day."""
        arts = self.arts
        a, b = (i, j) if (arts[i].day, arts[i].name) <= (arts[j].day, arts[j].name) else (j, i)
        n, counts = self._window(arts[a].day)
        weight = {k: idf(counts[k], n) for k in arts[a].keys | arts[b].keys}
        return pair_similarity(arts[a].profile, arts[a].vector, arts[b].profile, arts[b].vector, weight, self.params)

    def _find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _union(self, i: int, j: int) -> None:
        a, b = self._find(i), self._find(j)
        if a != b:
            self.parent[b] = a
            self.last_day[a] = max(self.last_day[a], self.last_day.pop(b))

    def _forget_days(self, keep_from: date) -> None:
        """Drop the postings and key counts of the days before `keep_from`: no partner list or
        window still to make reaches them."""
        for day in [d for d in self.day_keys if d < keep_from]:
            del self.day_keys[day]
        for day in [d for d in self.by_day if d < keep_from]:
            gone = set(self.by_day.pop(day))
            for k in {k for i in gone for k in self.arts[i].keys}:
                kept = [j for j in self.postings[k] if j not in gone]
                if kept:
                    self.postings[k] = kept
                else:
                    del self.postings[k]

    def _close(self, done: date | None) -> Iterator[Placement]:
        """Group every component whose latest day is `done` or before (all, for None) and yield
        its articles with their stories; then forget them."""
        roots = [r for r, last in self.last_day.items() if done is None or last <= done]
        members: dict[int, list[int]] = defaultdict(list)
        for i in [i for i in self.arts if self._find(i) in set(roots)]:
            members[self._find(i)].append(i)
        for root in sorted(members, key=lambda r: min(self.arts[m].name for m in members[r])):
            yield from self._group(sorted(members[root]))
        for root in roots:
            for i in members.get(root, ()):
                self._drop(i)
            self.last_day.pop(root, None)
        oldest = min((a.day for a in self.arts.values()), default=None)
        for day in [d for d in self.windows if oldest is None or d < oldest]:
            del self.windows[day]

    def _cut_long(self, done: date) -> Iterator[Placement]:
        """Bound memory where pairs at the threshold chain day after day (a long-running topic):
        every horizon/2 days, each component open since more than `horizon` days before `done`
        is grouped as it stands; its stories of articles of `done` or before are final (given
        and forgotten), the others stay open. Only here may stories differ from grouping at once:
        a story so cut can no longer take in an article read later."""
        if self.horizon is None or (self.last_cut and (done - self.last_cut).days < max(self.horizon // 2, 1)):
            return
        self.last_cut = done
        members: dict[int, list[int]] = defaultdict(list)
        for i in self.arts:
            members[self._find(i)].append(i)
        for root, group in sorted(members.items()):
            if min(self.arts[i].day for i in group) >= done - timedelta(days=self.horizon):
                continue
            kept = []
            for story in self._merged(sorted(group)):
                if all(self.arts[i].day <= done for i in story):
                    yield from self._placed(story)
                    for i in story:
                        self._drop(i)
                else:
                    kept += story
            self.last_day.pop(root)
            self._components_again(sorted(kept))

    def _components_again(self, members: list[int]) -> None:
        """Union-find anew over what is left of a cut component: its pairs at the threshold, its copies."""
        for i in members:
            self.parent[i], self.last_day[i] = i, self.arts[i].day
        inside = set(members)
        for i in members:
            for j, s in self.edges[i].items():
                if j in inside and s is not None and s >= self.params.whole_store_threshold:
                    self._union(i, j)
            report = self.doc_index.get(self.copy_of.get(self.arts[i].profile.doc, -1))
            if report in inside:
                self._union(i, report)

    def _group(self, members: list[int]) -> Iterator[Placement]:
        """Average-link merging within one component, as grouping.group_stories does."""
        for story in self._merged(members):
            yield from self._placed(story)

    def _merged(self, members: list[int]) -> list[list[int]]:
        """The stories average-link merging makes of one component's articles."""
        local = {i: n for n, i in enumerate(members)}
        clusters = _Clusters(len(members))
        for i in members:
            for j, s in self.edges[i].items():
                if j in local and i < j:
                    if s is None:
                        clusters.part(local[i], local[j])
                    else:
                        clusters.add_pair(local[i], local[j], s)
        self._join_copies(clusters, members, local)
        average_link(clusters, [self.arts[i].name for i in members], self.params.whole_store_threshold)
        return [[members[m] for m in group] for group in clusters.members.values()]

    def _join_copies(self, clusters: _Clusters, members: list[int], local: dict[int, int]) -> None:
        """A copy is in its report's story from the start (grouping._join_copies)."""
        owner = {n: n for n in range(len(members))}

        def find(n: int) -> int:
            while owner[n] != n:
                n = owner[n]
            return n
        for doc, i in sorted((self.arts[i].profile.doc, i) for i in members):
            report = self.doc_index.get(self.copy_of.get(doc, -1))
            if report in local:
                a, b = find(local[report]), find(local[i])
                if a != b:
                    owner[b] = clusters.merge(a, b)

    def _placed(self, group: list[int]) -> Iterator[Placement]:
        """Each article of one final story with the story (its first doc) and its mean score with
        the story's other articles (None alone or first), as grouping._placed gives them."""
        docs = [self.arts[i].profile.doc for i in group]
        story = min(docs)
        for i, doc in zip(group, docs):
            a = self.arts[i]
            if len(group) == 1 or doc == story:
                yield a.profile, a.vector, story, None
                continue
            total = sum(self.score(i, o) for o in group if o != i)
            yield a.profile, a.vector, story, round(total / (len(group) - 1), 3)

    def _drop(self, i: int) -> None:
        a = self.arts.pop(i)
        self.doc_index.pop(a.profile.doc, None)
        for j in self.edges.pop(i, {}):
            if j in self.edges:
                self.edges[j].pop(i, None)
        self.parent.pop(i, None)
