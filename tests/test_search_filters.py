"""Search filters by actor and by PLOVER event type (issue 14), on top of language, outlet and dates:
the store on SQLite and PostgreSQL, `khobor search`, /api/articles/search and the web search form.

The articles are written for these tests (none come from ../shared/corpus). Their mentions are linked
to a registry actor (vladimir-putin), so a name in either script resolves through the registry."""
from __future__ import annotations

import json
import unicodedata
import warnings

import pytest

from khobor.record import Actor, Entity, Event, Record, Span, Trigger, record_id
from khobor.store import open_store
from khobor.store import queries as Q
from khobor.store.search import SearchFilter, SearchFilterError, event_type_named, user_filter

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx versions
    from fastapi.testclient import TestClient

PUTIN = Actor(id="vladimir-putin", name="Vladimir Putin", country="RUS", sector="GOV")
LOCAL = Actor(id="test-grain-board", name="Grain Board", country="BGD", sector="GOV")  # not in the registry


def _record(text: str, language: str, published: str, outlet: str) -> Record:
    text = unicodedata.normalize("NFC", text)
    title = text.split("\n", 1)[0]
    return Record(id=record_id(text), text=text, title=title, language=language, published=published,
                  outlet=outlet, sentences=[Span(start=0, end=len(title))])


def _mention(rec: Record, part: str, actor: Actor) -> Entity:
    at = rec.text.index(part)
    return Entity(start=at, end=at + len(part), text=part, type="PER", actor=actor)


def _event(rec: Record, trigger: str, type_: str, actors: list[Actor]) -> Event:
    at = rec.text.index(trigger)
    return Event(type=type_, actors=actors, sentence=1, confidence=0.9,
                 trigger=Trigger(start=at, end=at + len(trigger), text=trigger))


def bn_deal() -> Record:
    """Bengali: Putin signs a grain deal (AGREE)."""
    rec = _record("মস্কোয় শস্য চুক্তি\nরাষ্ট্রপতি পুতিন মঙ্গলবার শস্য রপ্তানির একটি চুক্তিতে সই করেন।",
                  "bn", "2024-02-06", "দৈনিক পরীক্ষা")
    rec.entities = [_mention(rec, "পুতিন", PUTIN)]
    rec.events = [_event(rec, "সই করেন", "AGREE", [PUTIN])]
    return rec


def en_protest() -> Record:
    """English: farmers protest against Putin's grain deal (PROTEST), the board named too."""
    rec = _record("Grain protest in Moscow\nFarmers protested outside the Kremlin against Putin's grain deal, "
                  "and the Grain Board said nothing.", "en", "2024-03-01", "The Test Times")
    rec.entities = [_mention(rec, "Putin", PUTIN), _mention(rec, "Grain Board", LOCAL)]
    rec.events = [_event(rec, "protested", "PROTEST", [])]
    return rec


def bn_market() -> Record:
    """Bengali: grain prices; no actor, no event."""
    return _record("শস্যের দাম\nবাজারে শস্যের দাম আবার বেড়েছে।", "bn", "2024-02-10", "দৈনিক পরীক্ষা")


def build(url: str) -> str:
    with open_store(url) as s:
        for rec in (bn_deal(), en_protest(), bn_market()):
            s.put(rec)
    return url


def ids(hits) -> set[str]:
    return {h.id for h in hits}


@pytest.fixture
def store(db_url):
    with open_store(build(db_url)) as s:
        yield s


# -- the store, on SQLite and PostgreSQL ------------------------------------------------------------

def test_actor_filter_keeps_only_articles_that_mention_the_actor(store):
    assert ids(store.search("শস্য")) == {bn_deal().id, bn_market().id}
    assert ids(store.search("শস্য", filters=SearchFilter(actor="vladimir-putin"))) == {bn_deal().id}
    assert ids(store.search("grain", filters=SearchFilter(actor="vladimir-putin"))) == {en_protest().id}
    assert store.search("শস্য", filters=SearchFilter(actor="test-grain-board")) == []
    assert store.search("শস্য", filters=SearchFilter(actor="no-such-actor")) == []


def test_event_type_filter_keeps_only_articles_with_an_event_of_that_type(store):
    assert ids(store.search("শস্য", filters=SearchFilter(event_type="AGREE"))) == {bn_deal().id}
    assert store.search("শস্য", filters=SearchFilter(event_type="PROTEST")) == []
    assert ids(store.search("grain OR শস্য", filters=SearchFilter(event_type="PROTEST"))) == {en_protest().id}


def test_filters_combine_with_each_other_and_with_language_outlet_and_dates(store):
    both = SearchFilter(actor="vladimir-putin", event_type="AGREE")
    assert ids(store.search("grain OR শস্য", filters=both)) == {bn_deal().id}
    assert store.search("grain OR শস্য", filters=SearchFilter(actor="vladimir-putin", event_type="AGREE",
                                                              language="en")) == []
    assert store.search("শস্য", filters=SearchFilter(actor="vladimir-putin", until="2024-02-05")) == []
    assert ids(store.search("grain OR শস্য", filters=SearchFilter(actor="vladimir-putin", outlet="The Test Times",
                                                                  since="2024-02-07"))) == {en_protest().id}


def test_a_filter_applies_to_the_articles_found_through_the_actor_a_query_names(store):
    """"পুতিন" finds the English article through its actor; the type filter still applies to it."""
    assert ids(store.search("পুতিন")) == {bn_deal().id, en_protest().id}
    assert ids(store.search("পুতিন", filters=SearchFilter(event_type="PROTEST"))) == {en_protest().id}
    assert ids(store.search("পুতিন", filters=SearchFilter(actor="vladimir-putin", event_type="PROTEST"))) \
        == {en_protest().id}
    assert ids(store.search("Putin", filters=SearchFilter(actor="test-grain-board"))) == {en_protest().id}
    assert store.search("পুটিন") == []  # a spelling the registry only guesses (fuzzy) names no actor


def test_the_article_list_takes_the_same_filters(store):
    with store.reading() as conn:
        page = Q.list_articles(conn, SearchFilter(actor="vladimir-putin", event_type="PROTEST"), None, 10)
        assert [a["id"] for a in page.items] == [en_protest().id]
        assert [a["id"] for a in Q.list_articles(conn, SearchFilter(event_type="AGREE"), None, 10).items] \
            == [bn_deal().id]


def test_typed_actor_is_resolved_by_id_or_by_a_registry_name_in_either_script(store):
    with store.reading() as conn:
        for typed in ("vladimir-putin", "Putin", "Vladimir Putin", "পুতিন", "পুতিনের"):
            assert user_filter(conn, actor=typed).actor == "vladimir-putin", typed
        assert user_filter(conn, actor="test-grain-board").actor == "test-grain-board"  # an id this store links
        assert user_filter(conn, actor="", event_type="").actor is None


@pytest.mark.parametrize("typed", ["Putn", "Russian", "nobody-at-all", "   "])
def test_an_actor_that_is_not_an_exact_registry_name_is_an_error_naming_the_filter(store, typed):
    """A fuzzy spelling or a demonym is refused: filtering by a guessed actor would hide articles."""
    with store.reading() as conn, pytest.raises(SearchFilterError) as err:
        user_filter(conn, actor=typed)
    assert err.value.parameter == "actor" and "no actor" in str(err.value) and "\n" not in str(err.value)


def test_event_type_is_checked_against_the_plover_types():
    assert event_type_named("protest") == "PROTEST" and event_type_named(" AGREE ") == "AGREE"
    with pytest.raises(SearchFilterError, match="not a PLOVER event type: 'PARTY'.*ASSAULT") as err:
        event_type_named("PARTY")
    assert err.value.parameter == "event_type"


# -- khobor search ---------------------------------------------------------------------------------

def test_cli_search_filters_by_actor_and_type(cli, tmp_path):
    db = build(str(tmp_path / "k.db"))
    out = cli(["search", "grain OR শস্য", "--db", db, "--actor", "পুতিন", "--type", "agree", "--json"])
    assert out.exit_code == 0, out.output
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == [bn_deal().id]
    out = cli(["search", "শস্য", "--db", db, "--lang", "bn", "--outlet", "দৈনিক পরীক্ষা", "--since", "2024-02-07"])
    assert out.exit_code == 0 and bn_market().id in out.stdout and bn_deal().id not in out.stdout


@pytest.mark.parametrize("args, says", [
    (["--actor", "Putn"], "no actor 'Putn'"),
    (["--type", "PARTY"], "not a PLOVER event type: 'PARTY'"),
    (["--since", "2024-03-01", "--until", "2024-02-01"], "is before --since"),
    (["--since", "yesterday"], "--since"),
    (["--lang", "xx"], "no language pack 'xx'"),
])
def test_cli_search_bad_filter_is_a_clear_error(cli, tmp_path, args, says):
    db = build(str(tmp_path / "k.db"))
    out = cli(["search", "শস্য", "--db", db, *args])
    assert out.exit_code == 2 and says in out.output and "Traceback" not in out.output


# -- the API and the web form (both build the same store on SQLite and PostgreSQL) -----------------

@pytest.fixture
def client(db_url):
    from khobor.web.app import create_app
    with TestClient(create_app(build(db_url))) as c:
        yield c


def test_api_search_filters_by_actor_and_type(client):
    def found(**params):
        r = client.get("/api/articles/search", params=params)
        assert r.status_code == 200, r.text
        return {h["id"] for h in r.json()["items"]}
    assert found(q="grain OR শস্য", actor="Putin") == {bn_deal().id, en_protest().id}
    assert found(q="grain OR শস্য", actor="vladimir-putin", event_type="PROTEST") == {en_protest().id}
    assert found(q="শস্য", event_type="AGREE", language="bn") == {bn_deal().id}


@pytest.mark.parametrize("params, parameter, says", [
    ({"actor": "Putn"}, "actor", "no actor 'Putn'"),
    ({"event_type": "PARTY"}, "event_type", "not a PLOVER event type"),
])
def test_api_search_bad_filter_is_a_400_naming_it(client, params, parameter, says):
    r = client.get("/api/articles/search", params={"q": "শস্য", **params})
    assert r.status_code == 400
    [problem] = r.json()["problems"]
    assert problem["parameter"] == parameter and says in problem["message"]


def test_web_search_form_has_the_filters_and_applies_them(client):
    form = client.get("/").text
    assert 'name="actor"' in form and 'name="event_type"' in form and "<option>PROTEST</option>" in form
    html = client.get("/", params={"q": "grain OR শস্য", "actor": "পুতিন", "event_type": "AGREE"}).text
    assert bn_deal().title in html and en_protest().title not in html and bn_market().title not in html
    assert "<option selected>AGREE</option>" in html and 'value="পুতিন"' in html  # the form keeps what was asked
    listed = client.get("/", params={"event_type": "PROTEST", "actor": ""}).text  # no words: the filtered list
    assert en_protest().title in listed and bn_deal().title not in listed
    bad = client.get("/", params={"q": "শস্য", "actor": "Putn"})
    assert bad.status_code == 400 and "no actor" in bad.text
