"""The REST API (khobor.api) with FastAPI's TestClient, over a store built from tests/desk_fixtures.py
(texts written for these tests) and, when ../shared is beside the checkout, the seed article run
through the whole pipeline."""
from __future__ import annotations

import json

import warnings
from urllib.parse import quote

import pytest

from desk_fixtures import DOE, KARIM, RAHIM, build_store, bn_meeting, records
from khobor.api.params import encode_cursor
from khobor.store import open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx versions
    from fastapi.testclient import TestClient

from khobor.web.app import create_app


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request, tmp_path_factory):
    """The API over the desk store, on SQLite and on the throwaway PostgreSQL (conftest.py)."""
    if request.param == "postgresql":
        db = build_store(request.getfixturevalue("postgres_server").new_database())
    else:
        db = build_store(tmp_path_factory.mktemp("api") / "desk.db")
    with TestClient(create_app(db)) as c:
        yield c


def ok(client, url, **params) -> dict:
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def bad(client, url, parameter, status=400, **params) -> str:
    r = client.get(url, params=params)
    assert r.status_code == status, r.text
    body = r.json()
    if status == 400:
        assert body["error"] == "bad parameter" and body["problems"][0]["parameter"] == parameter
        return body["problems"][0]["message"]
    return body["error"]


# -- articles --------------------------------------------------------------------------------------

def test_articles_are_paged_by_cursor_without_gaps_or_repeats(client):
    seen, cursor = [], None
    while True:
        page = ok(client, "/api/articles", limit=1, **({"cursor": cursor} if cursor else {}))
        seen += [a["id"] for a in page["items"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(r.id for r in records()) and len(set(seen)) == len(seen)


def test_article_filters(client):
    assert {a["language"] for a in ok(client, "/api/articles", language="bn")["items"]} == {"bn"}
    assert [a["published"] for a in ok(client, "/api/articles", since="2024-03-07", until="2024-04-30")["items"]] \
        == ["2024-03-08", "2024-04-02"]
    assert [a["outlet"] for a in ok(client, "/api/articles", outlet="The Test Times")["items"]] == ["The Test Times"]


def test_get_article_by_id_and_prefix(client):
    rec = bn_meeting()
    full = ok(client, f"/api/articles/{rec.id}")
    assert full["text"] == rec.text and full["quotes"][0]["speaker"]["actor"]["id"] == RAHIM.id
    assert ok(client, f"/api/articles/{rec.id[:8]}")["id"] == rec.id
    assert "no article" in bad(client, "/api/articles/abcdef0123456789", None, status=404)


def test_search_with_filters_and_paging(client):
    assert [h["title"] for h in ok(client, "/api/articles/search", q="রহিম")["items"]] == [bn_meeting().title]
    both = ok(client, "/api/articles/search", q="Doe")["items"]
    assert len(both) == 2
    assert ok(client, "/api/articles/search", q="Doe", since="2024-04-10")["items"][0]["published"] == "2024-05-01"
    first = ok(client, "/api/articles/search", q="Doe", limit=1)
    second = ok(client, "/api/articles/search", q="Doe", limit=1, cursor=first["next"])
    assert second["next"] is None and {first["items"][0]["id"], second["items"][0]["id"]} == {h["id"] for h in both}
    assert ok(client, "/api/articles/search", q="Doe", language="bn")["items"] == []


def test_pages_written_without_validation_are_what_their_response_models_write(client):
    """Search, events, quotes and timeline pages skip FastAPI's second validation (khobor.api.app.
    page_json): each must be exactly its model's JSON, every field and value."""
    from khobor.api import models as M
    for model, url, params in ((M.SearchPage, "/api/articles/search", {"q": "Doe"}),
                               (M.SearchPage, "/api/articles/search", {"q": "রহিম", "limit": 1}),
                               (M.EventPage, "/api/events", {"actor": RAHIM.id}),
                               (M.QuotePage, "/api/quotes", {}),
                               (M.Timeline, f"/api/actors/{RAHIM.id}/timeline", {})):
        raw = client.get(url, params=params).content
        page = json.loads(raw)
        assert page["items"], url
        assert json.loads(model.model_validate(page).model_dump_json()) == page, url
    hit = ok(client, "/api/articles/search", q="Doe")["items"][0]
    assert list(hit) == list(M.SearchHit.model_fields)  # in the order the model wrote them


def test_a_search_that_cannot_mean_anything_is_a_400_saying_what_to_fix(client):
    assert "OR needs a word" in bad(client, "/api/articles/search", "q", q="Doe OR")
    assert "unclosed quote" in bad(client, "/api/articles/search", "q", q='"Doe')
    assert client.get("/", params={"q": "OR Doe"}).status_code == 400


# -- events, quotes, actors ------------------------------------------------------------------------

def test_events_by_actor_as_actor_or_recipient(client):
    items = ok(client, "/api/events", actor=RAHIM.id)["items"]
    assert [(e["type"], e["language"]) for e in items] == [("CONSULT", "bn"), ("CONSULT", "en")]
    assert items[1]["recipients"] == [{"id": RAHIM.id, "name": "Rahim Uddin", "country": "BGD"}]


def test_event_filters(client):
    def types(**p):
        return sorted(e["type"] for e in ok(client, "/api/events", **p)["items"])
    assert types(type=["PROTEST", "SANCTION"]) == ["PROTEST", "SANCTION"]
    assert types(country="NLD") == ["SANCTION"]
    assert types(country="BGD") == ["CONSULT", "CONSULT", "PROTEST"]  # actors' country or the place's
    assert types(modality="possible") == ["SANCTION"]
    assert types(min_confidence=0.9) == ["CONSULT", "CONSULT"]
    assert types(since="2024-03-07", until="2024-03-31") == ["PROTEST"]
    assert types(language="en", min_confidence=0.5) == ["CONSULT", "SANCTION"]


def test_events_page_by_cursor(client):
    first = ok(client, "/api/events", limit=2)
    rest = ok(client, "/api/events", limit=2, cursor=first["next"])
    assert len(first["items"]) == 2 and len(rest["items"]) == 2 and rest["next"] is None
    keys = [(e["article_id"], e["n"]) for e in first["items"] + rest["items"]]
    assert len(set(keys)) == 4


def pages_of(client, url, **params) -> list[dict]:
    """Every item of a list, fetched one page of one item at a time by cursor."""
    items, cursor = [], None
    for _ in range(50):  # a cursor that is ignored would page forever
        page = ok(client, url, limit=1, **params, **({"cursor": cursor} if cursor else {}))
        items += page["items"]
        cursor = page["next"]
        if cursor is None:
            return items
    raise AssertionError(f"{url} {params}: still more after 50 pages")


def test_filtered_events_paged_by_cursor_are_the_unpaged_list(client):
    """Each set of filters has a statement of its own, the page key bound at run time
    (khobor.store.queries._events_statement): paging through it must give the whole list."""
    for params in ({"actor": RAHIM.id}, {"type": ["CONSULT", "PROTEST"]}, {"actor": RAHIM.id, "since": "2024-01-01"}):
        whole = ok(client, "/api/events", **params)["items"]
        assert len(whole) >= 2, params
        assert pages_of(client, "/api/events", **params) == whole, params


def test_quotes_by_speaker(client):
    items = ok(client, "/api/quotes", speaker=DOE.id)["items"]
    assert [q["text"] for q in items] == ["We agreed to meet again", "the page was safe"]
    assert ok(client, "/api/quotes", speaker=KARIM.id)["items"][0]["kind"] == "indirect"
    assert ok(client, "/api/quotes", speaker="nobody-at-all")["items"] == []


def test_actor_and_timeline(client):
    rahim = ok(client, f"/api/actors/{RAHIM.id}")
    assert (rahim["name"], rahim["articles"], rahim["events"], rahim["quotes"]) == ("Rahim Uddin", 2, 2, 1)
    assert {a["id"] for a in rahim["co_actors"]} == {KARIM.id, DOE.id, "test-northland"}
    tl = ok(client, f"/api/actors/{RAHIM.id}/timeline")["items"]
    assert [(i["item"], i["day"]) for i in tl] == [("event", "2024-03-06"), ("quote", "2024-03-06"),
                                                    ("event", "2024-04-02")]
    assert ok(client, f"/api/actors/{RAHIM.id}/timeline", since="2024-04-01")["items"][0]["day"] == "2024-04-02"
    assert "no actor" in bad(client, "/api/actors/nobody-at-all", None, status=404)
    first = ok(client, f"/api/actors/{RAHIM.id}/timeline", limit=2)  # two items in all, then a cursor
    rest = ok(client, f"/api/actors/{RAHIM.id}/timeline", limit=2, cursor=first["next"])
    assert len(first["items"]) == 2 and len(rest["items"]) == 1 and rest["next"] is None
    assert sorted((i["item"], i["day"]) for i in first["items"] + rest["items"]) == sorted(
        (i["item"], i["day"]) for i in tl)
    one_by_one = pages_of(client, f"/api/actors/{RAHIM.id}/timeline")  # a cursor on an event, then on a quote
    assert sorted((i["item"], i["article_id"], i["n"]) for i in one_by_one) == sorted(
        (i["item"], i["article_id"], i["n"]) for i in tl)
    assert "cursor" in bad(client, f"/api/actors/{RAHIM.id}/timeline", "cursor", cursor="bm90IGEgY3Vyc29y")
    made_up = encode_cursor([1, 2, 0])  # a kind that is neither event (0) nor quote (1)
    assert "cursor" in bad(client, f"/api/actors/{RAHIM.id}/timeline", "cursor", cursor=made_up)


def test_a_partial_event_date_is_filtered_by_the_articles_day(tmp_path):
    """'XXXX-09-12' sorts after every real year: date filters use the publication day instead."""
    rec = bn_meeting()
    rec.events = [rec.events[0].model_copy(update={"date": "XXXX-09-12"})]
    db = str(tmp_path / "partial.db")
    with open_store(db) as store:
        store.put(rec)
    with TestClient(create_app(db)) as c:
        assert ok(c, "/api/events", since="2025-01-01")["items"] == []
        [event] = ok(c, "/api/events", since="2024-03-06", until="2024-03-06")["items"]
        assert (event["date"], event["day"]) == ("XXXX-09-12", "2024-03-06")


# -- bad parameters ----------------------------------------------------------------------------------

@pytest.mark.parametrize("url, params, parameter, says", [
    ("/api/events", {"since": "2024-13-01"}, "since", "date"),
    ("/api/events", {"since": "2024-05-01", "until": "2024-01-01"}, "until", "before"),
    ("/api/events", {"type": "PARTY"}, "type", "not a PLOVER type"),
    ("/api/events", {"modality": "maybe"}, "modality", "not a modality"),
    ("/api/events", {"min_confidence": "1.5"}, "min_confidence", "less than or equal to 1"),
    ("/api/events", {"min_confidence": "high"}, "min_confidence", "number"),
    ("/api/events", {"country": "bangladesh"}, "country", "pattern"),
    ("/api/events", {"langauge": "bn"}, "langauge", "unknown parameter"),
    ("/api/events", {"cursor": "not-ours"}, "cursor", "not a cursor"),
    ("/api/events", {"cursor": "Mg"}, "cursor", "not a cursor"),  # an article cursor on events
    ("/api/articles", {"limit": "0"}, "limit", "greater than or equal to 1"),
    ("/api/articles", {"limit": "100000"}, "limit", "less than or equal to 500"),
    ("/api/articles", {"language": "Bengali!"}, "language", "pattern"),
    ("/api/articles/search", {}, "q", "required"),
    ("/api/articles/search", {"q": ""}, "q", "at least 1 character"),
    ("/api/articles/<script>", {}, "article_id", "pattern"),
])
def test_bad_parameters_are_400_naming_the_parameter(client, url, params, parameter, says):
    assert says in bad(client, url, parameter, **params).lower() or says in bad(client, url, parameter, **params)


def test_ambiguous_prefix_is_a_400(tmp_path):
    from khobor.record import Record
    db = str(tmp_path / "amb.db")
    with open_store(db) as store:
        for i in range(2):
            store.put(Record(id=f"abcdef{i}000000000", text=f"text {i}"))
    with TestClient(create_app(db)) as c:
        assert "ambiguous" in bad(c, "/api/articles/abcdef", "article_id")


def test_openapi_schema_lists_every_endpoint(client):
    paths = ok(client, "/openapi.json")["paths"]
    assert {"/api/articles", "/api/articles/search", "/api/articles/{article_id}", "/api/events", "/api/quotes",
            "/api/actors/{actor_id}", "/api/actors/{actor_id}/timeline"} <= set(paths)


# -- the facts index follows the articles table ------------------------------------------------------

def test_replaced_article_takes_its_facts_with_it(tmp_path):
    db = build_store(tmp_path / "k.db")
    newer = bn_meeting().model_copy(update={"text": bn_meeting().text + "\nনতুন লাইন।", "id": "f" * 16,
                                            "events": [], "quotes": []})
    with open_store(db) as store:
        assert store.put(newer) == "replaced"
    with TestClient(create_app(db)) as c:
        assert [e["language"] for e in ok(c, "/api/events", actor=RAHIM.id)["items"]] == ["en"]
        assert ok(c, "/api/quotes", speaker=RAHIM.id)["items"] == []
        assert ok(c, f"/api/actors/{RAHIM.id}")["articles"] == 2  # the newer version, not both


# -- the seed through the whole pipeline -------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_client(tmp_path_factory):
    from conftest import SEED
    if not SEED.exists():
        pytest.skip("the seed article is not in ../shared")
    from khobor.ingest import read_inputs
    from khobor.pipeline import Overrides, run_local
    seed = [o.record for o in run_local(read_inputs([str(SEED)]), Overrides()) if o.record]
    db = build_store(tmp_path_factory.mktemp("seed") / "seed.db", extra=seed)
    with TestClient(create_app(db)) as c:
        yield c


def test_seed_search_article_and_peskov(seed_client):
    hits = ok(seed_client, "/api/articles/search", q="পুতিন")["items"]
    assert len(hits) == 1
    article = ok(seed_client, f"/api/articles/{hits[0]['id']}")
    assert article["quotes"][0]["speaker"]["actor"]["id"] == "dmitry-peskov"
    quotes = ok(seed_client, "/api/quotes", speaker="dmitry-peskov")["items"]
    assert quotes and quotes[0]["article_id"] == hits[0]["id"]
    timeline = ok(seed_client, "/api/actors/dmitry-peskov/timeline")["items"]
    assert any(i["item"] == "quote" for i in timeline)
    assert ok(seed_client, "/api/events", actor="vladimir-putin")["items"]


# -- no 5xx for any value of any parameter the schema declares (a small stand-in for schemathesis) ---

NASTY = ["", "-1", "1e309", "NaN", "2024-02-30", "' OR 1=1 --", "\x00", "পুতিন", "<script>", "a" * 600,
         "WzEsMl0", "eyJ4IjogMX0"]  # the last two: cursors of the wrong shape ([1,2] and {"x": 1})


def test_no_parameter_value_makes_a_server_error(client):
    spec = client.get("/openapi.json").json()
    ids = {"article_id": bn_meeting().id, "actor_id": RAHIM.id}
    checked = 0
    for path, ops in spec["paths"].items():
        params = ops["get"].get("parameters", [])
        for p in params:
            for value in NASTY:
                url = path
                query = {}
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", quote(value, safe="") or "x")
                else:
                    query[p["name"]] = value
                for name, good in ids.items():
                    url = url.replace("{" + name + "}", good)
                r = client.get(url, params=query)
                assert r.status_code < 500, (url, query, r.text[:200])
                checked += 1
    assert checked > 200


# -- stories ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def story_client(tmp_path_factory):
    from story_fixtures import build_story_store
    db = build_story_store(tmp_path_factory.mktemp("api-stories") / "stories.db")
    with TestClient(create_app(db)) as c:
        yield c


def test_stories_are_listed_and_paged(story_client):
    first = ok(story_client, "/api/stories", limit=1)
    second = ok(story_client, "/api/stories", limit=1, cursor=first["next"])
    assert first["items"][0]["articles"] == 3 and second["items"][0]["articles"] == 1  # in the order they began
    assert second["next"] is None and {first["items"][0]["id"], second["items"][0]["id"]} == {
        s["id"] for s in ok(story_client, "/api/stories")["items"]}
    multi = ok(story_client, "/api/stories", min_articles=2)["items"]
    assert len(multi) == 1 and multi[0]["languages"] == ["bn", "en"] and multi[0]["articles"] == 3


def test_a_story_has_its_reports_and_its_events_counted_once(story_client):
    from story_fixtures import bn_relief, en_relief
    sid = ok(story_client, "/api/stories", min_articles=2)["items"][0]["id"]
    story = ok(story_client, f"/api/stories/{sid}")
    assert [a["id"] for a in story["items"]][:2] == [bn_relief().id, en_relief().id]
    aid = next(e for e in story["events"] if e["type"] == "AID")
    assert aid["mentions"] == 3 and aid["sources"] == 3 and set(aid["triggers"]) == {"bn", "en"}


def test_events_are_filtered_by_story(story_client):
    """GET /api/events?story=ID: the events of that story's articles only, in every language."""
    sid = ok(story_client, "/api/stories", min_articles=2)["items"][0]["id"]
    members = {a["id"] for a in ok(story_client, f"/api/stories/{sid}")["items"]}
    of_story = ok(story_client, "/api/events", story=sid)["items"]
    assert of_story and {e["article_id"] for e in of_story} == members
    others = [s["id"] for s in ok(story_client, "/api/stories")["items"] if s["id"] != sid]
    assert others and all(e["article_id"] not in members
                          for o in others for e in ok(story_client, "/api/events", story=o)["items"])
    assert {e["language"] for e in of_story} == {"bn", "en"}
    assert ok(story_client, "/api/events", story=sid, type="AID", language="bn")["items"][0]["type"] == "AID"
    assert ok(story_client, "/api/events", story=424242)["items"] == []
    bad(story_client, "/api/events", "story", story=0)
    bad(story_client, "/api/events", "story", story="first")


def test_story_errors_say_what_is_wrong(story_client):
    assert story_client.get("/api/stories/424242").status_code == 404
    assert "no story 424242" in story_client.get("/api/stories/424242").json()["error"]
    bad(story_client, "/api/stories/not-a-number", "story_id")
    bad(story_client, "/api/stories", "min_articles", min_articles=0)
    bad(story_client, "/api/stories", "size", size=3)


def test_pages_answered_without_revalidation_are_exactly_their_models(client):
    """Lists skip FastAPI's response validation (khobor.api.app.page_json): each body must still
    be what its model says, no field missing, none extra, every type right."""
    from khobor.api import models as M
    for url, model in (("/api/articles", M.ArticlePage), ("/api/events", M.EventPage),
                       ("/api/quotes", M.QuotePage), (f"/api/actors/{RAHIM.id}/timeline", M.Timeline),
                       (f"/api/actors/{DOE.id}/timeline", M.Timeline)):
        body = ok(client, url)
        assert body["items"], url
        assert model.model_validate(body).model_dump(mode="json") == body, url
