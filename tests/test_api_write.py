"""The API's write endpoints (khobor.api.write): ingest and delete need the server's API key; without
one the server is read-only. Articles are written for these tests (tests/desk_fixtures.py and below)."""
from __future__ import annotations

import warnings

import pytest

from desk_fixtures import build_store, bn_meeting, en_talks
from khobor.api import write
from khobor.store import open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from khobor.api.app import create_app

KEY = "test-key-5f1c2a"
NEW_TEXT = ("Harbour workers end their strike in Chattogram\n"
            "Dock workers in Chattogram ended a three-day strike on Monday after talks with the port authority.\n"
            "\"We will be back at work tomorrow,\" a union leader said.\n")


@pytest.fixture
def store_path(tmp_path):
    return build_store(tmp_path / "desk.db")


def client_for(db, monkeypatch, key: str | None):
    monkeypatch.delenv(write.API_KEY_ENV, raising=False)
    if key is not None:
        monkeypatch.setenv(write.API_KEY_ENV, key)
    return TestClient(create_app(db))


def test_without_a_key_in_the_environment_writes_are_refused_with_403(store_path, monkeypatch):
    with client_for(store_path, monkeypatch, None) as c:
        r = c.post("/api/articles", json={"text": NEW_TEXT}, headers={"X-API-Key": "anything"})
        assert r.status_code == 403 and "read-only" in r.json()["error"] and write.API_KEY_ENV in r.json()["error"]
        r = c.delete(f"/api/articles/{bn_meeting().id}")
        assert r.status_code == 403
        assert c.get(f"/api/articles/{bn_meeting().id}").status_code == 200  # reads still work
    monkeypatch.setenv(write.API_KEY_ENV, "   ")  # a blank key is no key
    with TestClient(create_app(store_path)) as c:
        assert c.delete(f"/api/articles/{bn_meeting().id}", headers={"X-API-Key": ""}).status_code == 403


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong"}, {"X-API-Key": KEY[:-1]}, {"X-API-Key": KEY + "x"},
                                     {"Authorization": f"Bearer {KEY}"}])
def test_a_missing_or_wrong_key_is_401_and_changes_nothing(store_path, monkeypatch, headers):
    with client_for(store_path, monkeypatch, KEY) as c:
        r = c.delete(f"/api/articles/{bn_meeting().id}", headers=headers)
        assert r.status_code == 401 and "X-API-Key" in r.json()["error"]
        assert r.headers["www-authenticate"] == "ApiKey"
        assert c.post("/api/articles", json={"text": NEW_TEXT}, headers=headers).status_code == 401
    with open_store(store_path) as store:
        assert store.get(bn_meeting().id) is not None and store.count() == 4


def test_key_comparison_is_exact():
    assert write.key_matches(KEY, KEY)
    assert not write.key_matches(KEY.upper(), KEY) and not write.key_matches("", KEY)
    assert not write.key_matches(None, KEY) and not write.key_matches("কী", KEY)


def test_delete_with_the_key_removes_the_article_and_its_facts(store_path, monkeypatch):
    gone = en_talks()
    with client_for(store_path, monkeypatch, KEY) as c:
        r = c.delete(f"/api/articles/{gone.id}", headers={"X-API-Key": KEY})
        assert r.status_code == 200 and r.json() == {"deleted": gone.id}
        assert c.get(f"/api/articles/{gone.id}").status_code == 404
        assert all(e["article_id"] != gone.id for e in c.get("/api/events").json()["items"])
        assert c.get("/api/articles/search", params={"q": "tariffs"}).json()["items"] == []
        again = c.delete(f"/api/articles/{gone.id}", headers={"X-API-Key": KEY})
        assert again.status_code == 404 and "full id" in again.json()["error"]
        assert c.delete(f"/api/articles/{gone.id[:8]}", headers={"X-API-Key": KEY}).status_code == 400


def test_post_with_the_key_reads_extracts_and_stores_the_article(store_path, monkeypatch):
    body = {"text": NEW_TEXT, "published": "2025-03-03", "outlet": "The Test Times", "url": "https://example.test/en/9"}
    with client_for(store_path, monkeypatch, KEY) as c:
        r = c.post("/api/articles", json=body, headers={"X-API-Key": KEY})
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["outcome"] == "stored" and out["language"] == "en"
        assert out["title"] == "Harbour workers end their strike in Chattogram"
        stored = c.get(f"/api/articles/{out['id']}").json()
        assert stored["published"] == "2025-03-03" and stored["outlet"] == "The Test Times"
        assert len(stored["quotes"]) == out["quotes"] >= 1
        hits = c.get("/api/articles/search", params={"q": "Chattogram"}).json()["items"]
        assert [h["id"] for h in hits] == [out["id"]]
        again = c.post("/api/articles", json=body, headers={"X-API-Key": KEY})
        assert again.status_code == 200 and again.json()["outcome"] == "unchanged"


def test_post_reads_html_as_the_html_reader_does(store_path, monkeypatch):
    page = ("<html><head><title>Ferry service resumes</title><script>var x = 1;</script></head><body>"
            "<nav>Home | World | Sport</nav><article><h1>Ferry service resumes on the river</h1>"
            "<p>The ferry service between the two river towns resumed on Sunday after the water level fell.</p>"
            "<p>Officials said the boats would run every hour until the evening, and that fares were unchanged.</p>"
            "</article></body></html>")
    with client_for(store_path, monkeypatch, KEY) as c:
        r = c.post("/api/articles", json={"html": page, "published": "2025-03-04"}, headers={"X-API-Key": KEY})
        assert r.status_code == 201, r.text
        text = c.get(f"/api/articles/{r.json()['id']}").json()["text"]
        assert "resumed on Sunday" in text and "var x" not in text and "Home | World" not in text


@pytest.mark.parametrize("body, parameter", [
    ({}, "text"), ({"text": "a", "html": "<p>a</p>"}, "text"), ({"text": "   "}, "text"),
    ({"text": NEW_TEXT, "language": "xx"}, "language"), ({"text": NEW_TEXT, "language": "EN"}, "language"),
    ({"text": NEW_TEXT, "colour": "red"}, "colour"), ({"text": 5}, "text"),
    ({"html": "<html><body><script>x()</script></body></html>"}, "html"),
])
def test_a_bad_article_is_a_400_naming_the_field(store_path, monkeypatch, body, parameter):
    with client_for(store_path, monkeypatch, KEY) as c:
        r = c.post("/api/articles", json=body, headers={"X-API-Key": KEY})
        assert r.status_code == 400, r.text
        assert r.json()["problems"][0]["parameter"] == parameter, r.json()


def test_the_schema_documents_the_key_on_write_endpoints_only(store_path, monkeypatch):
    with client_for(store_path, monkeypatch, KEY) as c:
        spec = c.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["ApiKey"] == {
        "type": "apiKey", "in": "header", "name": "X-API-Key", "description": spec["components"]["securitySchemes"]
        ["ApiKey"]["description"]}
    assert spec["paths"]["/api/articles"]["post"]["security"] == [{"ApiKey": []}]
    assert spec["paths"]["/api/articles/{article_id}"]["delete"]["security"] == [{"ApiKey": []}]
    assert "security" not in spec["paths"]["/api/articles"]["get"]
