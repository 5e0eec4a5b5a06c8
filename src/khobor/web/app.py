"""What `khobor serve` serves: the REST API (khobor.api) with the web pages on top of it.

    from khobor.web.app import create_app
    app = create_app("khobor.db")        # serve with uvicorn, or `khobor serve`

The pages use the API's parameters and store access, so the web layer sits above the API and
the API never imports it.
"""
from __future__ import annotations

import os

from fastapi import FastAPI

from ..api.app import create_app as create_api
from ..store import Store
from .pages import install


def create_app(db: str | None = None, store: Store | None = None, **api_options) -> FastAPI:
    """The API and the pages over the store at `db` (or `store`): create_app("khobor.db").
    `api_options` go to khobor.api.app.create_app as they are."""
    app = create_api(db, store, **api_options)
    install(app)
    return app


SERVE_DB_ENV = "KHOBOR_SERVE_DB"


def app_from_environment() -> FastAPI:
    """The app each worker process of `khobor serve --workers N` builds (uvicorn imports it by
    name): the store named by $KHOBOR_SERVE_DB, which `khobor serve` sets. The workers of one
    server (uvicorn's process, their parent) share their search result pages."""
    app = create_app(os.environ.get(SERVE_DB_ENV), keep_search_pages=True)
    share_search_pages(app, server_pid=os.getppid())
    settle_long_lived_objects()
    return app


def settle_long_lived_objects() -> None:
    """Load the actor registry now (search needs it for a name with few hits or an actor filter)
    and move everything made so far out of the garbage collector's sight (gc.freeze): a full
    collection would otherwise walk the registry's objects, about 200 ms in which the worker
    answers nothing, once every 600-900 requests on a 100,000-article store (bench/bench_api.py)."""
    import gc

    from ..actors.link import get_registry
    get_registry()
    gc.collect()
    gc.freeze()


def share_search_pages(app: FastAPI, server_pid: int) -> None:
    """Let this worker share search pages with the other workers of server `server_pid`
    (khobor.store.shared_cache); the first worker to stop removes the shared folder."""
    from ..store.shared_cache import open_shared_pages, remove_orphans, shared_cache_dir
    from ..store.store import search_cache_size
    size = search_cache_size()
    if size <= 0:
        return
    remove_orphans()
    pages = open_shared_pages(shared_cache_dir(app.state.store.where, server_pid), size=8 * size)
    if pages is None:  # not a folder of this user's alone: each worker keeps its own pages
        return
    app.state.store.share_search_pages(pages)
    app.state.on_close.append(lambda: pages.close(remove=True))
