"""The article's genre, as a feature of the event classifier (not a veto list).

A cricket report's "attack" and "beat", an obituary's "role played" and a columnist's "assault on
democracy" look like events sentence by sentence; the article around them says otherwise. A small
logistic regression over the words of a sentence learns the genres the writers gave each training
sentence (training/README.md); an article's genre is the mean of its title's and first sentences'
probabilities, kept only when one of the genres that change what a word means is clearly ahead.
Where the article's URL names its section ("/sports/cricket/…"), that section decides first
(`data/events/genre_sections.yaml`): the writers' sport sentences are mostly traps ("beat",
"attack"), so the text model knows little of an ordinary match report's words.

Weights: `lang/<code>/genre_classifier.npz`, trained by `khobor train events` before the event
classifier, which learns from each training sentence's written genre.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..lang import LangPack
from ..record import Record
from ..textutil import lowered_words, words as split_words
from .classifier import EventClassifier, stem, train

MODEL_FILE = "genre_classifier.npz"
NEWS = "news"
# genres in which event words are mostly something else; every other written genre is "news"
SPECIAL = ("sport", "entertainment", "obituary", "opinion")
GENRES = (NEWS, *SPECIAL)
SENTENCES_READ = 12       # the title and the body's first sentences: enough to tell, cheap to score
MIN_SHARE = 0.5           # a special genre needs at least this mean probability


SECTIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "events" / "genre_sections.yaml"


@lru_cache(maxsize=1)
def url_sections() -> tuple[int, dict[str, str]]:
    """(segments read, section word -> genre) from genre_sections.yaml, keys checked.
    Example: url_sections()[1]["cricket"] == "sport"."""
    from ..diskcache import parsed_yaml   # a warm start need not import the YAML parser
    data = parsed_yaml("data-yaml-genre-sections", SECTIONS_FILE)
    unknown = set(data) - {"segments_read", *SPECIAL}
    if unknown:
        raise ValueError(f"{SECTIONS_FILE}: unknown keys {sorted(unknown)} (genres are {SPECIAL})")
    words = {w.lower(): genre for genre in SPECIAL for w in data.get(genre, [])}
    return int(data["segments_read"]), words


def section_genre(url: str | None) -> str | None:
    """The genre a URL's section names, or None.

    >>> section_genre("https://en.example.com/sports/cricket/abc123")
    'sport'
    >>> section_genre("https://example.com/bangladesh/politics/sports-minister-resigns") is None
    True
    """
    if not url:
        return None
    read, words = url_sections()
    path = re.sub(r"^[a-z]+://[^/]+", "", url.lower()).split("?")[0].split("#")[0]
    for segment in [s for s in path.split("/") if s][:read]:
        for part in (segment, *segment.split("-")):
            if part in words:
                return words[part]
    return None


def coarse(genre: str | None) -> str:
    """A written genre as one of GENRES: "sport" -> "sport", "diplomacy" -> "news"."""
    return genre if genre in SPECIAL else NEWS


def features(sentence: str) -> list[str]:
    """Words and stems of a sentence, e.g. ["w=wickets", "s=wick", ...]."""
    words = lowered_words(w for _, _, w in split_words(sentence))
    return ["bias"] + [f"w={w}" for w in words] + [f"s={s}" for w in words if (s := stem(w)) != w]


class GenreModel:
    def __init__(self, model: EventClassifier):
        self.model = model

    @classmethod
    def for_pack(cls, pack: LangPack) -> "GenreModel | None":
        path = pack.file(MODEL_FILE)
        return cls(EventClassifier.load(path)) if path.is_file() else None

    @classmethod
    def trained(cls, rows: list[dict]) -> "GenreModel":
        """From training rows with a "genre" (rows without one are left out)."""
        examples = [(features(r["text"]), coarse(r["genre"])) for r in rows if r.get("genre")]
        return cls(train(examples, epochs=8, classes=GENRES))

    def save(self, path: Path) -> None:
        self.model.save(path)

    def probabilities(self, sentence: str) -> np.ndarray:
        return self.model.probabilities(features(sentence))

    def of_texts(self, texts: list[str]) -> str:
        """The genre of an article from some of its sentences: the special genre whose mean
        probability reaches MIN_SHARE, else "news"."""
        return self.read_texts(texts)[0]

    def read_texts(self, texts: list[str]) -> tuple[str, float]:
        """(the genre of of_texts, the mean probability of "news" over the texts; 1.0 for none)."""
        if not texts:
            return NEWS, 1.0
        mean = np.mean([self.probabilities(t) for t in texts], axis=0)
        best = int(np.argmax(mean[1:])) + 1
        return (GENRES[best] if mean[best] >= MIN_SHARE else NEWS), float(mean[0])

    def of_record(self, rec: Record) -> str:
        return self.read_record(rec)[0]

    def read_record(self, rec: Record, share_needed: bool = True) -> tuple[str, str | None, float]:
        """(the article's genre, the genre its text reads as, the text's news share): the first is
        the genre the URL's section names, else the text's; the text is its title and first
        sentences (read_texts). Where the URL names the genre and no share is asked for
        (`share_needed` false: a pack without the news-share discount), the text is not read:
        (the URL's genre, None, 1.0)."""
        by_url = section_genre(rec.url)
        if by_url and not share_needed:
            return by_url, None, 1.0
        texts = [rec.title] if rec.title else []
        texts += [rec.text[s.start:s.end] for s in rec.sentences[:SENTENCES_READ]]
        text_genre, news_share = self.read_texts(texts)
        return by_url or text_genre, text_genre, news_share
