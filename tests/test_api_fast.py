"""khobor.api.fast: a plain GET of the hot reads answered before routing gets the same status,
body and headers as the route gives it, and anything else (4xx included) is the route's answer."""
from __future__ import annotations

import warnings

import pytest

from desk_fixtures import DOE, KARIM, RAHIM, build_store
from khobor.api.fast import FastReads, NotPlain, answer, plain_params, EVENT_PARAMS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx versions
    from fastapi.testclient import TestClient

from khobor.web.app import create_app

URLS = [
    "/api/events", f"/api/events?actor={RAHIM.id}", f"/api/events?actor={KARIM.id}&min_confidence=0.5&limit=1",
    "/api/events?type=PROTEST&type=ASSAULT&limit=2", "/api/events?language=bn&since=2024-01-01&until=2030-12-31",
    "/api/events?country=BGD", "/api/events?modality=asserted", "/api/events?story=1", "/api/events?limit=500",
    f"/api/actors/{RAHIM.id}/timeline", f"/api/actors/{DOE.id}/timeline?limit=1&since=2020-01-01",
    "/api/articles/search?q=police", "/api/articles/search?q=police&limit=1&language=en",
    "/api/articles/search?q=%E0%A6%AA%E0%A7%81%E0%A6%B2%E0%A6%BF%E0%A6%B6", "/api/articles/search?q=police&cursor=MQ",
]
LEFT_TO_THE_ROUTE = [  # bad, unknown, repeated or unusual parameters, unknown actors
    "/api/events?type=BOGUS", "/api/events?limit=0", "/api/events?limit=501", "/api/events?limit=007",
    "/api/events?since=2024-02-30", "/api/events?since=2024-03-01&until=2024-01-01", "/api/events?cursor=zzz",
    "/api/events?actor=", "/api/events?actor=a&actor=b", "/api/events?colour=red", "/api/events?min_confidence=1.5",
    "/api/events?min_confidence=.5", "/api/events?modality=maybe", "/api/events?story=0", "/api/events?limit=x",
    "/api/actors/nobody-here/timeline", f"/api/actors/{RAHIM.id}/timeline?colour=red", f"/api/actors/{RAHIM.id}/timeline?limit=",
    "/api/articles/search", "/api/articles/search?q=", "/api/articles/search?q=%22unclosed", "/api/articles/search?q=a%20OR",
    "/api/articles/search?q=police&actor=nobody", "/api/articles/search?q=" + "x" * 501, "/api/articles/search?q=p&limit=0",
]
PLAIN = URLS
URLS = PLAIN + LEFT_TO_THE_ROUTE


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def clients(request, tmp_path_factory):
    """The app with its fast path, and the same app without it, over one desk store."""
    if request.param == "postgresql":
        db = build_store(request.getfixturevalue("postgres_server").new_database())
    else:
        db = build_store(tmp_path_factory.mktemp("fast") / "desk.db")
    routed = create_app(db)
    routed.user_middleware = [m for m in routed.user_middleware if m.cls is not FastReads]
    with TestClient(create_app(db)) as fast, TestClient(routed) as slow:
        yield fast, slow


@pytest.mark.parametrize("url", URLS)
def test_the_fast_path_answers_as_the_route_does(clients, url):
    fast, slow = clients
    a, b = fast.get(url), slow.get(url)
    assert (a.status_code, a.content, sorted(a.headers.items())) == (b.status_code, b.content, sorted(b.headers.items()))


def test_plain_requests_are_answered_here_and_the_rest_by_the_route(clients):
    """Without this, a fast path that answered nothing would pass the comparison above."""
    store = clients[0].app.state.store
    for url in PLAIN + LEFT_TO_THE_ROUTE:
        path, _, query = url.partition("?")
        assert (answer(store, path, query.encode()) is not None) == (url in PLAIN), url


def test_paging_by_cursor_through_the_fast_path(clients):
    fast, slow = clients
    first = fast.get(f"/api/events?actor={RAHIM.id}&limit=1").json()
    if first["next"] is None:
        pytest.skip("one event of this actor in the desk store")
    url = f"/api/events?actor={RAHIM.id}&limit=1&cursor={first['next']}"
    assert fast.get(url).content == slow.get(url).content


def test_only_plain_parameters_are_taken():
    assert plain_params(b"limit=5&since=2024-01-02&type=PROTEST&type=ASSAULT", EVENT_PARAMS, repeatable="type") == {
        "limit": 5, "since": __import__("datetime").date(2024, 1, 2), "type": ["PROTEST", "ASSAULT"]}
    for query in (b"limit=5&limit=6", b"colour=red", b"limit=", b"min_confidence=2", b"actor=%C3%A9", b"limit"):
        with pytest.raises(NotPlain):
            plain_params(query, EVENT_PARAMS, repeatable="type")


def test_other_paths_are_not_answered_here():
    assert answer(None, "/api/quotes", b"") is None
    assert answer(None, "/api/actors/x", b"") is None
