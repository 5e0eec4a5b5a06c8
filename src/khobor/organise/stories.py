"""Stories: the articles of every outlet and language that tell one happening, kept as articles
arrive.

    index = StoryIndex(conn)                         # inside store.writing()
    story, score = index.add(profile, vector)        # joins an existing story or starts one

A new article is compared only with the articles of a few days around its own (WINDOW_DAYS) that
share one of its keys (khobor.organise.profile: linked actors, event types with actors, event
dates, the sound of names the registry lacks), found through the (key, day) index of
`story_keys`; so the time an article takes depends on how busy those days are, not on how large
the store is. Each key weighs by how rare it is in
that window (a country named in every article there weighs nothing), two articles are as similar
as the weight they share over the weight of either (weighted Jaccard), and an embedding of their
leads adds to that where both have one. The article joins the story it is most like on average
over that story's articles of the window (average link: being like one article of a story is not
enough, unless that one is a near copy or a near translation) when that score reaches the
threshold, else it starts a story of its own.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..store.schema import articles, story_keys, story_members
from .profile import Profile, name_sound

PARTING_ONLY = ("h:", "o:")  # keys that only part two articles (two_happenings, lead_days_differ): never
# weighed, never indexed
ALTERNATIVE_KEYS = ("n:", "w:")  # a name the registry lacks, again by its sound and its words: they let two
# spellings meet, but unshared they would count that name two or three times where a registry actor counts
# once (a match report listing 20 unregistered players outweighed the two teams it shares with a translation)


@dataclass(frozen=True)
class StoryParams:
    """Chosen on the dev pairs of eval/stories (`khobor stories eval --split dev`)."""
    window_days: int = 3  # compare with articles this many days before or after
    threshold: float = 0.14  # least mean similarity to a story's articles of the window to join it (dev, with
    # the headline veto: 0.12-0.15 all above round 7 in P and R; 0.14 best)
    headline_veto: bool = True  # never join a story holding an article whose title names other people (two_happenings)
    day_veto: bool = True  # nor one holding an article whose lead names other days (lead_days_differ): a
    # zero similarity alone let a third report carry a blockade's first day into its fourth's story
    lead_weight: float = 5.0  # a lead key (`l:`, who the report is about) weighs this many times its idf:
    # the body's keys (background names, events) change with every upstream change, the lead's little
    # (dev, records of two pipelines: 1 -> 0.855-0.900 / 0.780-0.791, 3 -> 0.924 / 0.802, 5 -> 0.951 / 0.846)
    strong_link: float = 0.9  # one article this like the new one (a near copy, a near translation) is
    # enough to join its story, however large (dev: 0.9-1.0 alike, 0.8 lower precision)
    vector_weight: float = 1.2  # how much the leads' embedding counts beside the keys (0: keys only; dev:
    # 1.1-1.3 alike, 1.0 and 1.5 lower)
    vector_floor: float = 0.92  # e5 cosines below this say nothing (leads of one theme, not one happening, reach 0.9)
    cross_language_lift: float = 0.12  # added to the cosine of leads in two languages, which score lower
    vectors_within_language: bool = False  # on dev, leads in one language added more wrong links than right
    max_candidates: int = 150  # scored in full: the most key weight shared first
    max_block_df: int = 400  # a key in more articles of the window than this blocks nothing
    order_free: bool = True  # a rebuild groups the whole store at once (khobor.organise.grouping): the
    # same stories whatever the order of ingest (placing one by one, dev across languages ranged
    # 0.857/0.750 to 0.841/0.661 over three orders; grouped at once 0.915/0.768 in every order)
    whole_store_threshold: float = 0.18  # least mean similarity of two stories to merge them then; its keys
    # weigh over every article of the window (dev, alternative keys weighed only when shared: 0.17 one more
    # wrong pair, 0.19 two fewer right pairs; before that change 0.17 and 0.18 were alike)


@dataclass
class Candidate:
    doc: int
    story: int
    keys: set[str]
    vector: np.ndarray | None
    language: str | None = None


def day_window(day: str | None, days: int) -> tuple[str, str] | None:
    """'2025-12-29', 3 -> ('2025-12-26', '2026-01-01'); None for a missing or odd day."""
    try:
        d = date.fromisoformat(day or "")
    except ValueError:
        return None
    return (d - timedelta(days=days)).isoformat(), (d + timedelta(days=days)).isoformat()


def weighted_jaccard(a: set[str], b: set[str], weight: dict[str, float], lead_weight: float = 1.0) -> float:
    """{"x", "y"} vs {"x"} with x=2, y=1 -> 2/3: shared weight over the weight of either; a lead
    key ("l:...") weighs `lead_weight` times its weight: {"l:x", "y"} vs {"l:x"}, 2 -> 4/5.
    An alternative key (ALTERNATIVE_KEYS: another spelling of a name its "a:" key already counts)
    weighs only where both share it: {"a:new:x", "n:x"} vs {"a:y"}, all 1 -> 0 over 2, not over 3."""
    def total(keys: set[str]) -> float:
        return sum(weight.get(k, 0.0) * (lead_weight if k.startswith("l:") else 1.0) for k in keys)
    both = total(a & b)
    union = both + total({k for k in a ^ b if not k.startswith(ALTERNATIVE_KEYS)})
    return both / union if union else 0.0


def _named(keys: set[str]) -> tuple[set[str], set[str]]:
    """The actor ids an article names anywhere and the sounds of its names the registry lacks."""
    return {k[2:] for k in keys if k.startswith("a:")}, {k[2:] for k in keys if k.startswith("n:")}


def title_person_unnamed(a: set[str], b: set[str]) -> bool:
    """a's title names a person (h: key) whom b never names, by id or, for a name the registry
    lacks, by its sound: {"h:x", "a:x"} vs {"a:y"} -> True; vs {"a:x"} -> False"""
    ids, sounds = _named(b)
    for k in a:
        if not k.startswith("h:") or k[2:] in ids:
            continue
        sound = name_sound(k[6:]) if k.startswith("h:new:") else ""
        if not (sound and sound in sounds):
            return True
    return False


def parted(a: set[str], b: set[str], params: "StoryParams") -> bool:
    """Two articles (their keys) that never share a story, however alike the rest: their titles
    name two people's acts (two_happenings) or their leads two days (lead_days_differ).
    {"t:12-26", "a:x"} vs {"t:12-29", "a:x"} -> True; {"a:x"} vs {"a:x"} -> False"""
    return bool((params.headline_veto and two_happenings(a, b)) or (params.day_veto and lead_days_differ(a, b)))


def two_happenings(a: set[str], b: set[str]) -> bool:
    """Each title names a person the other article never names: two acts (the president's and the
    chief adviser's condolences on one death), however alike the rest.
    {"h:x", "a:x", "a:z"} vs {"h:y", "a:y", "a:z"} -> True; vs {"a:x", "a:y"} -> False"""
    return title_person_unnamed(a, b) and title_person_unnamed(b, a)


def similarity_keys(keys: set[str]) -> set[str]:
    """The keys that weigh in a similarity (not the parting-only ones)."""
    return {k for k in keys if not k.startswith(PARTING_ONLY)}


def lead_days_differ(a: set[str], b: set[str]) -> bool:
    """Both leads name the day of their happening, and no day in common, or one lead names its own
    day ("o:", profile.lead_own_day_keys) later than every day of the other lead: two happenings (a
    blockade's first day and its fourth; a fire and the next day's arrest "over Sunday's fire",
    whose lead recalls the first day: GUIDELINES H1), however alike their actors.
    {"t:12-26", "a:x"} vs {"t:12-29", "a:x"} -> True; {"t:12-26"} vs {"t:12-26", "t:12-27", "o:12-27"}
    -> True; {"t:12-26"} vs {"a:x"} -> False"""
    da, db = {k for k in a if k.startswith("t:")}, {k for k in b if k.startswith("t:")}
    return bool(da and db and (not da & db or own_day_after(a, db) or own_day_after(b, da)))


def own_day_after(keys: set[str], days: set[str]) -> bool:
    """The article's lead names its own day ("o:MM-DD") and it is later than each of `days`
    ("t:MM-DD"), a January after a December (within half a year either way):
    {"o:01-02"}, {"t:12-31"} -> True; {"o:12-27"}, {"t:12-27"} -> False; {"t:12-27"} -> False"""
    own = [k[2:] for k in keys if k.startswith("o:")]
    return bool(own) and all(0 < (_day_of_year(own[0]) - _day_of_year(d[2:])) % 366 < 183 for d in days)


def _day_of_year(month_day: str) -> int:
    """"01-02" -> 2, "12-31" -> 366 (counted in a leap year: 29 February has its place)."""
    return date(2000, int(month_day[:2]), int(month_day[3:])).timetuple().tm_yday


def mean_link(similarities: list[float], size: int) -> float:
    """The mean similarity of an article to a story's `size` articles of the window, those it
    was not compared with counting 0: a story is joined by being like most of it, not like one
    of its articles (no chaining from a blockade's first day to its fourth through a third
    report). [0.9, 0.5], 2 -> 0.7; [0.9], 3 -> 0.3"""
    return sum(similarities) / max(size, len(similarities), 1)


def story_score(similarities: list[float], size: int, strong_link: float) -> float:
    """How like a story of `size` articles of the window an article is: the mean similarity
    (mean_link), or its best single similarity when that is a strong link (a near copy or a near
    translation of one article), which a large story's mean would hide.
    [1.0, 0.1, 0.0, 0.0], 4, 0.9 -> 1.0; [0.6, 0.2], 4, 0.9 -> 0.2"""
    best = max(similarities, default=0.0)
    return max(mean_link(similarities, size), best if best >= strong_link else 0.0)


def pair_similarity(p, p_vector: np.ndarray | None, c, c_vector: np.ndarray | None, weight: dict,
                    params: StoryParams) -> float:
    """Two articles (anything with `keys` and `language`: a Profile, a Candidate): the weighted
    Jaccard of their keys, plus, for leads in two languages (which share no word), the
    embedding's say above its floor; 0 when their leads name different days."""
    if lead_days_differ(p.keys, c.keys):
        return 0.0
    s = weighted_jaccard(similarity_keys(p.keys), similarity_keys(c.keys), weight, params.lead_weight)
    across = bool(p.language and c.language and p.language != c.language)
    if (params.vector_weight and p_vector is not None and c_vector is not None
            and (across or params.vectors_within_language)):
        cos = float(np.dot(p_vector, c_vector)) + (params.cross_language_lift if across else 0.0)
        s += params.vector_weight * max(cos - params.vector_floor, 0.0) / (1 - params.vector_floor)
    return s


def idf(df: int, n: int) -> float:
    """How rare a key is among n articles, as if one more article lacked it: in 1 of 100 -> 3.9;
    in all of them -> 0.01, nearly nothing; in both of a window of two -> 0.29, not 0 (a window's
    second article would otherwise weigh nothing it shares with the first)."""
    return max(math.log((n + 2) / (df + 1)), 0.0)


def vector_bytes(v: np.ndarray | None) -> bytes | None:
    return None if v is None else np.asarray(v, dtype=np.float16).tobytes()


def vector_of(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float16).astype(np.float32)


class StoryIndex:
    """Story assignment over one connection (in a write transaction)."""

    def __init__(self, conn: Connection, params: StoryParams = StoryParams()):
        self.conn = conn
        self.params = params

    def add(self, p: Profile, vector: np.ndarray | None = None, copy_of: int | None = None) -> tuple[int, float | None]:
        """Place the article of profile `p` in a story and store it: (story, score), score None
        when it starts a story. A near-duplicate copy (`copy_of` an earlier doc) joins its story."""
        best = self.story_of(copy_of, 1.0) if copy_of is not None else None
        best = best or self.best_match(p, vector)
        story, score = (best[0], round(best[1], 3)) if best else (p.doc, None)
        self.place(p, vector, story, score)
        return story, score

    def place(self, p: Profile, vector: np.ndarray | None, story: int, score: float | None) -> None:
        """Store the article of profile `p` as a member of `story` (its keys indexed for later
        articles to find it)."""
        self.conn.execute(sa.delete(story_members).where(story_members.c.doc == p.doc))
        self.conn.execute(sa.delete(story_keys).where(story_keys.c.doc == p.doc))
        self.conn.execute(story_members.insert().values(doc=p.doc, story=story, day=p.day, language=p.language, score=score,
                                                        keyset=json.dumps(sorted(p.keys)), vector=vector_bytes(vector)))
        indexed = similarity_keys(p.keys)
        if indexed:
            self.conn.execute(story_keys.insert(), [{"key": k[:200], "day": p.day, "doc": p.doc} for k in indexed])

    def story_of(self, doc: int, score: float) -> tuple[int, float] | None:
        found = self.conn.execute(sa.select(story_members.c.story).where(story_members.c.doc == doc)).scalar()
        return None if found is None else (found, score)

    def best_match(self, p: Profile, vector: np.ndarray | None) -> tuple[int, float] | None:
        """(story, score) of the story of the window the article is most like on average over the
        story's articles there (or through one strong link: story_score), if that reaches the
        threshold."""
        window = day_window(p.day, self.params.window_days)
        if window is None or not p.keys:
            return None
        # the article counts among the window's articles, as a rebuild counts every article of it
        n = self._articles_in(window, p.doc) + 1
        df = self._key_counts(p.keys, window, p.doc)
        weight = {k: idf(c + 1, n) for k, c in df.items()}
        cands = self._candidates(p, window, df, weight)
        if not cands:
            return None
        weight.update({k: idf(c, n) for k, c in self._key_counts(
            set().union(*(c.keys for c in cands)) - p.keys, window, p.doc).items()})
        scores: dict[int, list[float]] = {}
        vetoed: set[int] = set()  # stories holding an article of another act or day (parted)
        for c in cands:
            scores.setdefault(c.story, []).append(self.similarity(p, vector, c, weight))
            if parted(p.keys, c.keys, self.params):
                vetoed.add(c.story)
        scores = {st: ss for st, ss in scores.items() if st not in vetoed}
        if not scores:
            return None
        sizes = self._story_sizes(list(scores), window)
        strong = self.params.strong_link
        story, score = max(((st, story_score(ss, sizes.get(st, len(ss)), strong)) for st, ss in scores.items()),
                           key=lambda s_: (s_[1], -s_[0]))
        return (story, score) if score >= self.params.threshold else None

    def _story_sizes(self, stories: list[int], window: tuple[str, str]) -> dict[int, int]:
        """How many articles of each story lie in the window."""
        sizes: dict[int, int] = {}
        for chunk in _chunks(stories, 400):
            q = (sa.select(story_members.c.story, sa.func.count()).where(
                story_members.c.story.in_(chunk), story_members.c.day.between(*window)).group_by(story_members.c.story))
            sizes.update(dict(self.conn.execute(q).all()))
        return sizes

    def similarity(self, p: Profile, vector: np.ndarray | None, c: Candidate, weight: dict) -> float:
        """pair_similarity of the new article and a candidate."""
        return pair_similarity(p, vector, c, c.vector, weight, self.params)

    def _articles_in(self, window: tuple[str, str], other_than: int) -> int:
        """How many articles of the window are placed, the article `other_than` left out."""
        q = sa.select(sa.func.count()).select_from(story_members).where(
            story_members.c.day.between(*window), story_members.c.doc != other_than)
        return self.conn.execute(q).scalar_one()

    def _key_counts(self, keys: set[str], window: tuple[str, str], other_than: int) -> dict[str, int]:
        """How many placed articles of the window hold each key (0 for none), `other_than` left out."""
        counts = dict.fromkeys(keys, 0)
        for chunk in _chunks(sorted(keys), 400):
            q = (sa.select(story_keys.c.key, sa.func.count()).where(story_keys.c.key.in_(chunk),
                 story_keys.c.day.between(*window), story_keys.c.doc != other_than).group_by(story_keys.c.key))
            counts.update({k: c for k, c in self.conn.execute(q)})
        return counts

    def _candidates(self, p: Profile, window, df: dict[str, int], weight: dict[str, float]) -> list[Candidate]:
        """The earlier articles of the window sharing a key that blocks, most shared weight first."""
        blocking = [k for k in p.keys if 0 < df[k] <= self.params.max_block_df and weight[k] > 0]
        shared: dict[int, float] = {}
        for chunk in _chunks(blocking, 400):
            q = sa.select(story_keys.c.key, story_keys.c.doc).where(
                story_keys.c.key.in_(chunk), story_keys.c.day.between(*window), story_keys.c.doc != p.doc)
            for key, doc in self.conn.execute(q):
                shared[doc] = shared.get(doc, 0.0) + weight[key]
        top = sorted(shared, key=lambda d: (-shared[d], d))[:self.params.max_candidates]
        if not top:
            return []
        rows = self.conn.execute(
            sa.select(story_members.c.doc, story_members.c.story, story_members.c.keyset, story_members.c.vector,
                      story_members.c.language)
            .join(articles, articles.c.doc == story_members.c.doc).where(story_members.c.doc.in_(top)))
        return [Candidate(r.doc, r.story, set(json.loads(r.keyset)), vector_of(r.vector), r.language) for r in rows]


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]
