"""The process executor: a pool of worker processes over this machine's cores.

Workers come from a fork server that has already loaded the models, the registry and the event
coders (`warm`): each worker starts with them in memory (shared copy-on-write pages) and its
initializer only checks they are there, so nothing is loaded per article, nor per worker.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..pipeline import BATCH, Outcome, Overrides, outcomes_of, warm_up
from . import EngineError, ordered

BATCHES_PER_WORKER = 2   # in flight: one running, one waiting, so a worker never idles while the parent stores
_overrides: Overrides | None = None


def _init_worker(overrides: Overrides | None) -> None:
    global _overrides
    _overrides = overrides
    warm_up()   # a no-op when the fork server loaded everything already


def _work(raws: list) -> list[Outcome]:
    return outcomes_of(raws, _overrides)


WORKER_DIED = ("a worker process died (killed, or out of memory); what is stored stays stored, "
               "and running the same command again goes on from there")


def _result(future) -> list[Outcome]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise EngineError(WORKER_DIED) from None


class ProcessExecutor:
    def __init__(self, workers: int, overrides: Overrides | None = None):
        self.workers = workers
        self.overrides = overrides
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["khobor.executors.warm"])
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                         initargs=(overrides,))

    def map(self, pairs):
        return ordered(pairs, self._submit, _result,
                       self.overrides, self.workers * BATCHES_PER_WORKER * BATCH)

    def _submit(self, raws: list):
        try:
            return self._pool.submit(_work, raws)
        except BrokenProcessPool:  # a worker died since the last article
            raise EngineError(WORKER_DIED) from None

    def pids(self) -> list[int]:
        """The process ids of the workers started so far."""
        return list(self._pool._processes or {})

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
