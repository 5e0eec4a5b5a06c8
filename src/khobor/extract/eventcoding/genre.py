"""The article's genre, as a feature of the event classifier (not a veto list).

A cricket report's "attack" and "beat", an obituary's "role played" and a columnist's "assault on
democracy" look like events sentence by sentence; the article around them says otherwise. A small
logistic regression over the words of a sentence learns the genres the writers gave each training
sentence (training/README.md); an article's genre is the mean of its title's and first sentences'
probabilities, kept only when one of the genres that change what a word means is clearly ahead.

Weights: `lang/<code>/genre_classifier.npz`, trained by `khobor train events` before the event
classifier, which learns from each training sentence's written genre.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ...lang import LangPack
from ...record import Record
from ...textutil import nfc, words as split_words
from .classifier import EventClassifier, stem, train

MODEL_FILE = "genre_classifier.npz"
NEWS = "news"
# genres in which event words are mostly something else; every other written genre is "news"
SPECIAL = ("sport", "entertainment", "obituary", "opinion")
GENRES = (NEWS, *SPECIAL)
SENTENCES_READ = 12       # the title and the body's first sentences: enough to tell, cheap to score
MIN_SHARE = 0.5           # a special genre needs at least this mean probability


def coarse(genre: str | None) -> str:
    """A written genre as one of GENRES: "sport" -> "sport", "diplomacy" -> "news"."""
    return genre if genre in SPECIAL else NEWS


def features(sentence: str) -> list[str]:
    """Words and stems of a sentence, e.g. ["w=wickets", "s=wick", ...]."""
    words = [nfc(w).lower() for _, _, w in split_words(sentence)]
    return ["bias"] + [f"w={w}" for w in words] + [f"s={stem(w)}" for w in words if stem(w) != w]


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
        if not texts:
            return NEWS
        mean = np.mean([self.probabilities(t) for t in texts], axis=0)
        best = int(np.argmax(mean[1:])) + 1
        return GENRES[best] if mean[best] >= MIN_SHARE else NEWS

    def of_record(self, rec: Record) -> str:
        texts = [rec.title] if rec.title else []
        texts += [rec.text[s.start:s.end] for s in rec.sentences[:SENTENCES_READ]]
        return self.of_texts(texts)
