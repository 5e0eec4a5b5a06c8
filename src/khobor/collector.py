"""Python's cyclic garbage collector, held off while khobor builds what it keeps for the whole
process (its modules, the NER model, the actor registry, compiled grammars): millions of objects
that are never garbage, which the collector would otherwise walk again and again while they are
made and at every full collection afterwards."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside; at the end what is alive is moved to the permanent
    generation (gc.freeze: still freed by reference counting, never walked again) and the
    collector is as it was. The first threshold is set to 0 besides gc.disable(): srsly, which
    reads spaCy's model files, calls gc.enable() after each file, and the collector then ran
    through the rest of a first article (0.17 s of a warm start's 1.9 s of CPU); at threshold 0
    an enabled collector still never starts by itself.
    Example: with paused(): import khobor.pipeline  -> gc.get_freeze_count() > 0 after it."""
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()
        else:
            gc.disable()   # as it was, whoever enabled it meanwhile
