"""The Ray executor: one Ray actor per worker, on this machine or on a Ray cluster.

Each actor loads the models, the registry and the event coders once, when it starts, and then
runs `pipeline.outcomes_of` for every batch of articles it is handed. Without `ray_address` a private Ray
instance starts on this machine with `workers` CPUs and stops at close(); with an address
("auto", or "host:6379" of `ray start --head`) the actors run on that cluster, one per worker
(default: one per CPU the cluster has). Ray is an optional extra: `pip install khobor[ray]`.
"""
from __future__ import annotations

from ..pipeline import BATCH, Outcome, Overrides
from . import EngineError, default_workers, ordered

BATCHES_PER_WORKER = 2
NOT_INSTALLED = "--engine ray needs Ray, which is not installed: pip install 'khobor[ray]' (or ray==2.60.0)"


def import_ray():
    try:
        import ray
    except ImportError:
        raise EngineError(NOT_INSTALLED) from None
    return ray


class _Worker:
    """What a Ray actor runs: the pipeline with everything loaded once."""

    def __init__(self, overrides: Overrides | None):
        from ..pipeline import warm_up
        self.overrides = overrides
        warm_up()

    def pid(self) -> int:
        """This actor's process id (for benchmarks that count the CPU time it takes)."""
        import os
        return os.getpid()

    def run(self, raws: list) -> list[Outcome]:
        from ..pipeline import outcomes_of
        return outcomes_of(raws, self.overrides)


class RayExecutor:
    def __init__(self, workers: int | None, overrides: Overrides | None = None, address: str | None = None):
        ray = self._ray = import_ray()
        self.overrides = overrides
        self._started = not ray.is_initialized()
        if self._started:
            self._init(ray, workers, address)
        self.workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1)(_Worker)
        self._actors = [actor.remote(overrides) for _ in range(self.workers)]
        self._turn = 0

    @staticmethod
    def _init(ray, workers: int | None, address: str | None) -> None:
        options = {"address": address} if address else {"num_cpus": workers or default_workers()}
        try:
            ray.init(**options, include_dashboard=False, logging_level="ERROR", log_to_driver=False,
                     configure_logging=True)
        except (ConnectionError, ValueError, RuntimeError) as err:
            where = f"the Ray cluster at {address}" if address else "a local Ray instance"
            raise EngineError(f"cannot start {where}: {err}") from None

    def _submit(self, raws: list):
        actor = self._actors[self._turn % len(self._actors)]
        self._turn += 1
        return actor.run.remote(raws)

    def pids(self) -> list[int]:
        """The process ids of the actors (all on this machine unless a cluster was given)."""
        return self._ray.get([a.pid.remote() for a in self._actors])

    def map(self, pairs):
        return ordered(pairs, self._submit, self._ray.get, self.overrides, self.workers * BATCHES_PER_WORKER * BATCH)

    def close(self) -> None:
        for a in self._actors:
            self._ray.kill(a)
        self._actors = []
        if self._started:
            self._ray.shutdown()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
