"""The article store: idempotent puts, replacement by URL, migrations, Bengali-safe search.

Tests taking `store` or `db_url` run on SQLite and on a throwaway PostgreSQL server (conftest.py;
they skip there, saying why, without one). All article texts here are written for these tests
(none come from ../shared/corpus)."""
from __future__ import annotations

import socket
import sqlite3
import sys
import unicodedata

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from khobor.record import Actor, Entity, Record, Span, record_id
from khobor.store import Hit, StoreError, default_db_url, open_store
from khobor.store import fts, migrate, pg, pg_fts, schema
from khobor.store import store as store_module
from khobor.store.search import fts5_match, parse_query

SUMMIT = (
    "কিম জং-উন ও পুতিনের বৈঠক\n"
    "উত্তর কোরিয়ার নেতা কিম জং-উন রাশিয়ার পূর্বাঞ্চলে পৌঁছেছেন। "
    "সেখানে রাষ্ট্রপতি পুতিন তাঁকে একটি রাইফেল উপহার দেন।"
)
MARKET = "চালের দাম\nঢাকার বাজারে চালের দাম আবার বেড়েছে। ক্রেতারা হতাশ।"
PUTIN_CASE_ONLY = "সফরের খবর\nপুতিনের সফর নিয়ে আলোচনা চলছে।"
ENGLISH = "Kim meets Putin\nNorth Korean leader Kim Jong Un met President Putin, who gave him two rifles."


def make_record(text: str, *, url: str | None = None, language: str = "bn", **extra) -> Record:
    text = unicodedata.normalize("NFC", text)
    title = text.split("\n", 1)[0]
    return Record(id=record_id(text), text=text, title=title, url=url, language=language,
                  sentences=[Span(start=0, end=len(title))], **extra)


@pytest.fixture
def store(db_url):
    with open_store(db_url) as s:
        yield s


def raw_engine(url: str) -> sa.Engine:
    """An engine on the store's database without khobor's open_store (to set up or inspect it)."""
    if "://" not in url:
        return sa.create_engine(f"sqlite:///{url}")
    return sa.create_engine(pg.driver_url(sa.make_url(url), url))


def fts_in_sync(store) -> bool:
    """The index matches the articles table: FTS5's own check on SQLite (rank=1: compare content),
    one index row per article holding the tsvector of its title and text on PostgreSQL."""
    if store.dialect == "postgresql":
        return pg_index_in_sync(store)
    with store._engine.begin() as conn:
        try:
            conn.exec_driver_sql(f"INSERT INTO {fts.FTS_TABLE}({fts.FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        except sa.exc.DatabaseError:
            return False
    return True


def pg_index_in_sync(store) -> bool:
    with store._engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT a.doc, a.title, a.text, f.doc AS indexed, CAST(f.tsv AS text) AS tsv "
            "FROM articles AS a FULL JOIN articles_fts AS f ON f.doc = a.doc")).all()
        for r in rows:
            if r.doc is None or r.indexed is None:
                return False
            expected = conn.execute(sa.text("SELECT CAST(CAST(:t AS tsvector) AS text)"),
                                    {"t": pg_fts.tsvector_literal(r.title, r.text)}).scalar_one()
            if r.tsv != expected:
                return False
    return True


def ids(hits: list[Hit]) -> list[str]:
    return [h.id for h in hits]


# -- search --------------------------------------------------------------------------------------

@pytest.fixture(params=["categories", "tokenchars", "postgresql"])
def bn_store(request, tmp_path, monkeypatch):
    """A store per tokenizer: unicode61 `categories` (this SQLite), the `tokenchars` fallback
    for SQLite builds without it, and khobor's own words in a PostgreSQL tsvector."""
    if request.param == "postgresql":
        with open_store(request.getfixturevalue("postgres_url")) as s:
            yield s
        return
    if request.param == "tokenchars":
        monkeypatch.setattr(fts, "categories_supported", lambda conn: False)
    with open_store(str(tmp_path / "bn.db")) as s:
        sql = s._engine.connect().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = ?", (fts.FTS_TABLE,)).scalar_one()
        assert ("categories" in sql) == (request.param == "categories")
        yield s


def test_bengali_word_is_not_split_at_vowel_signs(bn_store):
    summit, market = make_record(SUMMIT), make_record(MARKET)
    bn_store.put(summit)
    bn_store.put(market)
    # default unicode61 would index "বাজারে" as ব/জ/র and "জং" as জ: both would match.
    assert ids(bn_store.search("জং")) == [summit.id]
    assert ids(bn_store.search("পুতিন")) == [summit.id]
    assert ids(bn_store.search("রাইফেল")) == [summit.id]
    assert ids(bn_store.search("বাজারে")) == [market.id]
    assert ids(bn_store.search("রাশিয়া")) == [summit.id]  # prefix: "রাশিয়ার"


def test_snippet_marks_the_match(bn_store):
    rec = make_record(SUMMIT, url="https://example.com/a", published="2023-09-13")
    bn_store.put(rec)
    [hit] = bn_store.search("রাইফেল")
    assert "«রাইফেল»" in hit.snippet
    assert (hit.title, hit.url, hit.language, hit.published) == (rec.title, rec.url, "bn", "2023-09-13")
    assert hit.score > 0 or hit.score == pytest.approx(0, abs=1e-3)
    [hit] = bn_store.search("বৈঠক")  # last word of the title line: the snippet crosses "\n"
    assert "«বৈঠক»" in hit.snippet and "উত্তর" in hit.snippet
    assert "\n" not in hit.snippet  # one line, ready to print


def test_words_are_anded(store):
    summit, market = make_record(SUMMIT), make_record(MARKET)
    store.put(summit)
    store.put(market)
    assert ids(store.search("কিম রাইফেল")) == [summit.id]
    assert store.search("কিম বাজারে") == []


def test_case_ending_matches_by_prefix_and_exact_ranks_first(store):
    summit, case_only = make_record(SUMMIT), make_record(PUTIN_CASE_ONLY)
    store.put(case_only)
    store.put(summit)
    hits = store.search("পুতিন")
    assert set(ids(hits)) == {summit.id, case_only.id}
    assert hits[0].id == summit.id  # has "পুতিন" itself, not only "পুতিনের"


def test_quoted_phrase_must_appear_in_order(store):
    summit = make_record(SUMMIT)
    store.put(summit)
    assert ids(store.search('"কিম জং-উন"')) == [summit.id]
    assert store.search('"জং-উন কিম"') == []


def test_english_is_case_insensitive_and_finds_plurals(store):
    en, bn = make_record(ENGLISH, language="en"), make_record(SUMMIT)
    store.put(en)
    store.put(bn)
    assert ids(store.search("putin")) == [en.id]
    assert ids(store.search("KIM JONG")) == [en.id]
    assert ids(store.search("rifle")) == [en.id]
    [hit] = store.search("President")
    assert "«President»" in hit.snippet


def test_query_is_nfc_normalised(store):
    rec = make_record(SUMMIT)
    store.put(rec)
    decomposed = "রাশি" + "\u09af\u09bc" + "ার"  # য় as য + nukta
    precomposed = "রাশি" + "\u09df" + "ার"
    assert ids(store.search(decomposed)) == ids(store.search(precomposed)) == [rec.id]


@pytest.mark.parametrize("query", [
    '"', '""', "AND", "OR", "NOT", "*", "জং OR", "জং AND", "(জং", "জং)", "NEAR(জং পুতিন)",
    "title:জং", "^জং", "-জং", "জং*", "'", "a\"b", "😀", "🇧🇩 জং", "", "   ", "\u200d", "\x00",
    "জং " * 100,
])
def test_weird_queries_give_hits_or_a_syntax_error_that_says_what_to_fix(store, query):
    from khobor.store.search import SearchSyntaxError
    store.put(make_record(SUMMIT))
    try:
        assert isinstance(store.search(query), list)
    except SearchSyntaxError as err:  # a lone OR, an unclosed quote
        assert "OR" in str(err) or "quote" in str(err)


def test_punctuation_around_a_word_is_ignored(store):
    rec = make_record(SUMMIT)
    store.put(rec)
    for query in ("জং)", "(জং", "জং*", "^জং", "'জং'"):
        assert ids(store.search(query)) == [rec.id], query


def test_fts_expression_is_only_quoted_strings():
    import re
    expr = fts5_match(parse_query('পুতিন AND "কিম জং" x* (NEAR'))
    outside_strings = re.sub(r'"(?:[^"]|"")*"', "S", expr)
    assert set(re.findall(r"[^\s()]+", outside_strings)) <= {"S", "OR", "AND"}
    assert '"কিম জং"' in expr and '"পুতিনের"' in expr and '"AND"' in expr and "*" not in expr
    assert parse_query('😀 " * "') == []


def test_forms_no_article_contains_are_left_out_with_the_same_hits_and_scores(tmp_path, monkeypatch):
    from khobor.store.search import SqliteFts5Backend, one_word_forms
    with open_store(str(tmp_path / "forms.db")) as s:
        for text in (MARKET, SUMMIT, PUTIN_CASE_ONLY, "বাজারের খবর\nবাজারে আজ ভিড়। বাজার বন্ধ থাকবে না।"):
            s.put(make_record(text))
        with s.reading() as conn:
            forms = one_word_forms(parse_query("বাজার OR পুতিন দাম"))
            found = SqliteFts5Backend.indexed_forms(conn, forms)
            assert {"বাজারে", "বাজার", "পুতিনের", "পুতিন"} <= found < set(forms)
            pruned = [s._search.search(conn, q, 10) for q in ("বাজার", "পুতিন", "বাজার OR পুতিন", "কলা", "দাম বাজারে")]
            monkeypatch.setattr(SqliteFts5Backend, "indexed_forms", staticmethod(lambda conn, forms: None))
            every_form = [s._search.search(conn, q, 10) for q in ("বাজার", "পুতিন", "বাজার OR পুতিন", "কলা", "দাম বাজারে")]
    assert pruned == every_form and all(pruned[:3]) and pruned[3] == []


def test_search_limit(store):
    for i in range(5):
        store.put(make_record(f"রাইফেল {i}\nরাইফেল নম্বর {i}"))
    assert len(store.search("রাইফেল", limit=3)) == 3
    assert store.search("রাইফেল", limit=0) == []


# -- put: idempotence, replacement, atomicity ----------------------------------------------------

def test_put_twice_is_unchanged(store):
    rec = make_record(SUMMIT, url="https://example.com/a")
    assert store.put(rec) == "stored"
    assert store.put(rec) == "unchanged"
    assert store.count() == 1
    assert fts_in_sync(store)


def test_changed_article_at_same_url_replaces_old_version(store):
    old = make_record(SUMMIT, url="https://example.com/a")
    new = make_record(SUMMIT + " পরে তাঁরা ভোজে যোগ দেন।", url="https://example.com/a")
    store.put(old)
    assert store.put(new) == "replaced"
    assert store.count() == 1
    assert store.get(old.id) is None
    assert store.get(new.id).text == new.text
    assert ids(store.search("ভোজে")) == [new.id]
    assert ids(store.search("রাইফেল")) == [new.id]  # the old version left the index
    assert fts_in_sync(store)


def test_changed_article_without_url_is_a_new_article(store):
    assert store.put(make_record(SUMMIT)) == "stored"
    assert store.put(make_record(SUMMIT + " আরও খবর।")) == "stored"
    assert store.count() == 2


def test_failed_put_leaves_earlier_articles_intact(store, monkeypatch):
    old = make_record(SUMMIT, url="https://example.com/a")
    other = make_record(MARKET, url="https://example.com/b")
    store.put(old)
    store.put(other)

    def boom(self, conn, rec):  # after the old version was deleted, before the new one is in
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module.Store, "_insert", boom)
    with pytest.raises(RuntimeError):
        store.put(make_record(SUMMIT + " সংশোধিত।", url="https://example.com/a"))
    monkeypatch.undo()

    assert store.count() == 2
    assert store.get(old.id).text == old.text
    assert ids(store.search("রাইফেল")) == [old.id]
    assert fts_in_sync(store)
    assert store.put(make_record(SUMMIT + " সংশোধিত।", url="https://example.com/a")) == "replaced"


# -- get / iter ----------------------------------------------------------------------------------

def test_record_round_trips_whole(store):
    rec = make_record(SUMMIT, url="https://example.com/a", outlet="example.com", published="2023-09-13",
                      source="fixture.txt")
    rec.entities.append(Entity(text="পুতিন", start=SUMMIT.index("পুতিন"), end=SUMMIT.index("পুতিন") + 5,
                               type="PER", actor=Actor(id="vladimir-putin", name="Vladimir Putin",
                                                       country="RUS", sector="GOV")))
    store.put(rec)
    assert store.get(rec.id).to_dict() == rec.to_dict()


def test_get_by_unique_prefix(store):
    a = make_record(SUMMIT)
    store.put(a)
    assert store.get(a.id[:6]).id == a.id
    assert store.get(a.id[:6].upper()).id == a.id
    assert store.get(a.id[:5]) is None  # too short to be an id
    assert store.get("zzzzzz") is None
    assert store.get("%%%%%%") is None  # LIKE wildcards are literal
    store.put(make_record("অন্য খবর", ).model_copy(update={"id": a.id[:8] + "00000000"}))
    with pytest.raises(StoreError, match="ambiguous"):
        store.get(a.id[:6])
    assert store.get(a.id).id == a.id  # a full id is never ambiguous


def test_iter_records_in_stored_order_across_batches(store, monkeypatch):
    monkeypatch.setattr(store_module, "_ITER_BATCH", 2)
    recs = [make_record(f"খবর {i}\nএটি {i} নম্বর খবর।") for i in range(5)]
    for r in recs:
        store.put(r)
    assert [r.id for r in store.iter_records()] == [r.id for r in recs]


# -- opening and migrations ----------------------------------------------------------------------

def revision_of(url) -> str:
    engine = raw_engine(str(url))
    with engine.connect() as c:
        rev = c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    return rev


def fresh_schema_differences(url: str) -> list:
    """What Alembic's autogenerate sees between a migrated database and schema.py (the search
    index, which schema.py does not describe, left out; an index schema.py marks `only_on`
    another database is not expected here)."""
    engine = raw_engine(url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_name": lambda name, type_, parent: not (type_ == "table" and (
                name.startswith(fts.FTS_TABLE) or name == "alembic_version")),
            "include_object": lambda obj, name, type_, reflected, compare_to: reflected or type_ != "index"
            or obj.info.get("only_on", conn.dialect.name) == conn.dialect.name,
        })
        diff = compare_metadata(ctx, schema.metadata)
    engine.dispose()
    return diff


def test_fresh_database_is_at_head_and_matches_schema(db_url):
    open_store(db_url).close()
    assert revision_of(db_url) == migrate.head_revision() == "0011_article_titles"
    assert fresh_schema_differences(db_url) == []


def test_reopening_is_a_no_op(tmp_path):
    path = tmp_path / "k.db"
    with open_store(str(path)) as s:
        s.put(make_record(SUMMIT))

    def schema_version():
        with sqlite3.connect(path) as c:
            return c.execute("PRAGMA schema_version").fetchone()[0]

    before = schema_version()
    with open_store(f"sqlite:///{path}") as s:
        assert s.count() == 1
    assert schema_version() == before
    assert revision_of(path) == migrate.head_revision()


def test_older_revision_is_upgraded_and_indexed(db_url):
    engine = raw_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001_articles")
        conn.execute(schema.articles.insert().values(
            id="abc123abc123abc1", doc=1, text="পুরোনো রাইফেল খবর", record=make_record("পুরোনো রাইফেল খবর")
            .model_copy(update={"id": "abc123abc123abc1"}).to_json(), stored_at=sa.func.now()))
    engine.dispose()
    assert revision_of(db_url) == "0001_articles"
    with open_store(db_url) as s:
        assert ids(s.search("রাইফেল")) == ["abc123abc123abc1"]
        assert fts_in_sync(s)
        assert s.count() == 1  # the state row (0009) starts from the articles already stored
    assert revision_of(db_url) == migrate.head_revision()


def test_downgrade_and_upgrade_again(db_url):
    with open_store(db_url) as s:
        s.put(make_record(SUMMIT))
        with s._engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0001_articles")
    assert revision_of(db_url) == "0001_articles"
    with open_store(db_url) as s:
        assert len(s.search("রাইফেল")) == 1
        assert fts_in_sync(s)


def test_facts_follow_articles_on_insert_replace_and_delete(store):
    """The facts tables (migration 0003) are kept by triggers on either database."""
    from khobor.record import Event
    rec = make_record(SUMMIT, url="https://example.com/a", published="2023-09-13")
    at = SUMMIT.index("পুতিন")
    putin = Actor(id="vladimir-putin", name="Vladimir Putin", country="RUS")
    rec.entities = [Entity(text="পুতিন", start=at, end=at + 5, type="PER", actor=putin)]
    rec.events = [Event.model_validate({"type": "AID", "date": "XXXX-09-12", "confidence": 0.9, "actors": [putin.model_dump()],
                                        "trigger": {"start": at, "end": at + 5, "text": "পুতিন"}, "sentence": 0})]
    store.put(rec)

    def facts():
        with store.reading() as conn:
            return [conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                    for t in (schema.events, schema.event_actors, schema.entities)]

    assert facts() == [1, 1, 1]
    with store.reading() as conn:
        day, n = conn.execute(sa.select(schema.events.c.day, schema.events.c.n)).one()
    assert (day, n) == ("2023-09-13", 0)  # a partial date filters by the article's day
    store.put(make_record(SUMMIT + " আরও।", url="https://example.com/a"))  # replaces: its facts go
    assert facts() == [0, 0, 0]


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite\n" * 200)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="cannot be used as a khobor store"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_someone_elses_database_is_refused(db_url):
    engine = raw_engine(db_url)
    with engine.begin() as c:
        c.execute(sa.text("CREATE TABLE invoices (n INTEGER)"))
    with pytest.raises(StoreError, match="not a khobor store"):
        open_store(db_url)
    assert sa.inspect(engine).get_table_names() == ["invoices"]
    engine.dispose()


def test_database_from_a_newer_khobor_is_refused(db_url):
    open_store(db_url).close()
    engine = raw_engine(db_url)
    with engine.begin() as c:
        c.execute(sa.text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    with pytest.raises(StoreError, match="0099_future"):
        open_store(db_url)


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        open_store(str(tmp_path))


def test_default_url_and_locations(tmp_path, monkeypatch):
    monkeypatch.delenv("KHOBOR_DB", raising=False)
    assert default_db_url() == "sqlite:///khobor.db"
    monkeypatch.chdir(tmp_path)
    with open_store(None) as s:
        s.put(make_record(MARKET))
    assert (tmp_path / "khobor.db").exists()

    monkeypatch.setenv("KHOBOR_DB", str(tmp_path / "sub" / "env.db"))
    assert default_db_url() == str(tmp_path / "sub" / "env.db")
    with open_store(None) as s:
        assert s.count() == 0
    assert (tmp_path / "sub" / "env.db").exists()

    with open_store(":memory:") as s:
        s.put(make_record(MARKET))
        assert ids(s.search("বাজারে")) == [make_record(MARKET).id]


def test_other_dialects_are_refused_clearly():
    with pytest.raises(StoreError, match="SQLite .* or PostgreSQL"):
        open_store("mysql://localhost/khobor")
    with pytest.raises(StoreError, match="psycopg"):
        open_store("postgresql+psycopg2://localhost/khobor")


def test_unreachable_postgresql_names_the_url_without_its_password():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match="cannot connect") as err:
        open_store(f"postgresql://reporter:s3cret@127.0.0.1:{port}/khobor")
    assert f"127.0.0.1:{port}/khobor" in str(err.value) and "s3cret" not in str(err.value)


def test_missing_postgresql_driver_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(StoreError, match=r"khobor\[postgres\]"):
        open_store("postgresql://reporter:s3cret@127.0.0.1:5432/khobor")


def test_read_commands_do_not_create_a_store_in_an_empty_postgresql_database(postgres_url):
    with pytest.raises(StoreError, match="no khobor store"):
        open_store(postgres_url, must_exist=True)
    open_store(postgres_url).close()
    with open_store(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1), must_exist=True) as s:
        assert s.dialect == "postgresql" and s.count() == 0


def test_concurrent_writers_on_a_new_file(db_url):
    """Several stores (separate engines, as separate processes would have) open one new database
    and put overlapping articles at once: migration happens once, each article is stored once."""
    import threading

    path = db_url
    shared = [make_record(f"যৌথ খবর {i}\nসবাই এটি লেখে {i}।") for i in range(10)]
    results: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def writer(n: int) -> None:
        try:
            start.wait()
            with open_store(path) as s:
                own = [make_record(f"খবর {n}-{i}\nলেখক {n} এর খবর {i}।") for i in range(10)]
                for rec in [x for pair in zip(shared, own) for x in pair]:
                    results.append(s.put(rec))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results.count("stored") == 10 + 4 * 10
    assert results.count("unchanged") == 3 * 10
    with open_store(path) as s:
        assert s.count() == 50
        assert fts_in_sync(s)


def test_unusable_location_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create"):
        open_store(str(blocker / "sub" / "k.db"))


# -- search that understands Bengali (issue 14, point 5) ---------------------------------------

GOLPO = "লেখকের নতুন গল্প প্রকাশিত হয়েছে। পাঠকেরা বইমেলায় ভিড় করেছেন।"
KALO = "কালো মেঘে ঢেকে গেছে আকাশ। বাজারে সবজির দাম বেড়েছে।"
RAB = "র\u200d্যাবের একটি দল অভিযান চালিয়েছে।"
FRUIT = "কলা আর আম বিক্রি হচ্ছে হাটে।"


def test_an_inflected_query_word_finds_its_stem_and_other_forms(store):
    golpo = make_record(GOLPO)
    store.put(golpo)
    assert ids(store.search("গল্পে")) == [golpo.id]
    assert ids(store.search("গল্পের")) == [golpo.id]
    assert ids(store.search("লেখক")) == [golpo.id]


def test_no_false_prefix_hits(store):
    kalo = make_record(KALO)
    store.put(kalo)
    assert store.search("কাল") == []
    assert store.search("বাজ") == []
    assert ids(store.search("বাজার")) == [kalo.id]


def test_rafar_ya_with_and_without_zero_width_joiner_is_one_word(store):
    rab = make_record(RAB)
    store.put(rab)
    assert ids(store.search("র্যাবের")) == [rab.id]
    assert ids(store.search("র\u200d্যাব")) == [rab.id]


def test_or_takes_either_and_bad_syntax_is_an_error_that_says_what_to_fix(store):
    from khobor.store.search import SearchSyntaxError
    fruit, kalo = make_record(FRUIT), make_record(KALO)
    store.put(fruit)
    store.put(kalo)
    assert set(ids(store.search("কলা OR কালো"))) == {fruit.id, kalo.id}
    assert ids(store.search("কলা OR কলি")) == [fruit.id]
    assert store.search("কলা কালো") == []  # AND
    for bad in ("OR কলা", "কলা OR", "কলা OR OR কলি", '"কলা আর'):
        with pytest.raises(SearchSyntaxError):
            store.search(bad)


def test_a_name_in_either_script_finds_the_articles_linked_to_its_actor(store):
    """"পুতিন" finds an English article about Putin, and "Putin" a Bengali one, through the actor
    both are linked to; a word match ranks first."""
    from khobor.record import Actor, Entity
    from khobor.store.search import SearchFilter
    text = "Talks in Moscow\nThe Russian president met envoys."
    en = make_record(text, language="en")
    at = text.index("The Russian president")
    en.entities = [Entity(start=at, end=at + 21, text="The Russian president", type="PER",
                          actor=Actor(id="vladimir-putin", name="Vladimir Putin", country="RUS"))]
    bn = make_record(SUMMIT)
    store.put(en)
    store.put(bn)
    hits = store.search("পুতিন")
    assert ids(hits) == [bn.id, en.id]  # the word match first, then the linked article
    assert "«The Russian president" in hits[1].snippet
    assert en.id in ids(store.search("Putin"))
    assert store.search("Putin", filters=SearchFilter(language="bn")) == []


# -- PostgreSQL: the index is made of khobor's words, never of PostgreSQL's parser ----------------

# chandrabindu, khanda ta, a virama conjunct, nukta letters, an anusvara: each is a place where a
# tokenizer that takes only letters would cut the word
FESTIVAL = "চাঁদের আলোয় উৎসবে মেতেছে গ্রামের শিশুরা। ক্ষমতার লড়াই থামেনি, সংঘর্ষে আহত দুজন।"


def test_tsvector_holds_whole_bengali_words():
    literal = pg_fts.tsvector_literal("উৎসব", FESTIVAL)
    lexemes = {part.split(":")[0].strip("'") for part in literal.split(" ")}
    assert {"চাঁদের", "উৎসবে", "ক্ষমতার", "লড়াই", "সংঘর্ষে", "উৎসব"} <= lexemes
    assert not lexemes & {"চ", "দ", "ক", "ষ", "ল", "ই"}  # no stray letters of cut words
    assert literal.startswith("'উৎসব':1A ")  # the title word, weighted A


def test_postgresql_search_finds_bengali_words_by_their_forms(postgres_url):
    with open_store(postgres_url) as s:
        festival, market = make_record(FESTIVAL), make_record(MARKET)
        s.put(festival)
        s.put(market)
        for word in ("চাঁদ", "উৎসব", "ক্ষমতা", "লড়াই", "সংঘর্ষ", '"ক্ষমতার লড়াই"'):
            assert ids(s.search(word)) == [festival.id], word
        for part in ("চা", "ক্ষম", "লড়", '"লড়াই ক্ষমতার"'):  # no bare prefix, no phrase out of order
            assert s.search(part) == [], part
        assert set(ids(s.search("উৎসব OR বাজার"))) == {festival.id, market.id}
        [hit] = s.search("লড়াই")
        assert "«লড়াই»" in hit.snippet and "ক্ষমতার" in hit.snippet


def test_postgresql_search_filters_and_pages(postgres_url):
    from khobor.store.search import SearchFilter
    with open_store(postgres_url) as s:
        recs = [make_record(f"উৎসব {i}\nগ্রামে উৎসবের দিন {i}।", published=f"2024-01-0{i + 1}", outlet=o)
                for i, o in enumerate(["a.com", "b.com", "a.com"])]
        for r in recs:
            s.put(r)
        assert len(s.search("উৎসব")) == 3
        assert ids(s.search("উৎসব", filters=SearchFilter(outlet="b.com"))) == [recs[1].id]
        assert set(ids(s.search("উৎসব", filters=SearchFilter(since="2024-01-02")))) == {recs[1].id, recs[2].id}
        assert s.search("উৎসব", filters=SearchFilter(language="en")) == []
        first, rest = s.search("উৎসব", limit=1), s.search("উৎসব", limit=5, offset=1)
        assert len(first) == 1 and len(rest) == 2 and first[0].id not in ids(rest)


def test_a_nul_character_is_stored_and_found_on_either_database(store):
    """PostgreSQL text cannot hold U+0000: there it is stored as U+FFFD, and lookups map the same way."""
    rec = make_record(MARKET, url="https://example.com/a\x00b")
    rec.title = "চালের\x00দাম"
    assert store.put(rec) == "stored"
    assert store.put(rec) == "unchanged"
    back = store.get(rec.id)
    nul = "\x00" if store.dialect == "sqlite" else "\ufffd"
    assert (back.title, back.url) == (f"চালের{nul}দাম", f"https://example.com/a{nul}b")
    assert ids(store.search("বাজারে")) == [rec.id]
    with store.reading() as conn:
        assert conn.execute(sa.select(schema.articles.c.id).where(
            schema.articles.c.url == "https://example.com/a\x00b")).scalar_one() == rec.id


def test_postgresql_snippet_shows_the_word_as_typed_before_its_other_forms():
    text = ("নদীতে নৌকায় মাঝিরা গান গায়। " + "বিকেলে হাওয়া বইছে আর পাখিরা উড়ছে। " * 6
            + "সন্ধ্যায় নৌকা ঘাটে ফেরে।")
    clauses = parse_query("নৌকা")
    marked, typed = pg_fts.match_set(clauses), frozenset(pg_fts.match_set(clauses, typed_only=True))
    assert {"নৌকা", "নৌকায়"} <= marked and typed == {"নৌকা"}
    line = pg_fts.snippet(text, marked, typed)
    assert "«নৌকা»" in line and "«নৌকায়»" not in line and line.startswith("…")
    assert "«নৌকায়»" in pg_fts.snippet(text, marked)  # without the typed word: the first form found


# -- the store's state row and the search cache (migration 0009_read_covering) -------------------

def generation(store) -> int:
    with store.reading() as conn:
        return store.generation(conn)


def test_state_row_counts_articles_and_every_write_moves_the_generation(store):
    start = generation(store)
    store.put(make_record(SUMMIT, url="https://example.com/a"))
    store.put(make_record(MARKET))
    store.put(make_record(SUMMIT + " পরে তাঁরা ভোজে যোগ দেন।", url="https://example.com/a"))  # delete + insert
    assert store.put(make_record(MARKET)) == "unchanged"  # not a write
    assert (store.count(), generation(store)) == (2, start + 4)
    assert store.delete(make_record(MARKET).id)
    assert (store.count(), generation(store)) == (1, start + 5)
    with store.reading() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.articles)).scalar_one() == 1


def test_search_cache_answers_a_repeated_query_until_an_article_is_written(store, monkeypatch):
    from khobor.store import SearchFilter
    store.put(make_record(SUMMIT))
    first = ids(store.search("রাইফেল"))
    calls = []
    real = store._search.search
    monkeypatch.setattr(store._search, "search", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    assert ids(store.search("রাইফেল")) == first and calls == []  # from the cache
    assert ids(store.search("রাইফেল", filters=SearchFilter(language="en"))) == []  # another key
    other = make_record("নতুন কারখানা\nআরেকটি রাইফেল কারখানা খুলেছে।")
    store.put(other)
    assert sorted(ids(store.search("রাইফেল"))) == sorted(first + [other.id])
    store.delete(other.id)
    assert ids(store.search("রাইফেল")) == first
    assert calls == ["রাইফেল"] * 3


def test_worker_processes_share_search_pages_until_an_article_is_written(tmp_path, monkeypatch):
    """Two stores on one file stand for two workers of one server: a page one ranked is the
    other's too, at the same generation only."""
    from khobor.store.shared_cache import open_shared_pages, shared_cache_dir
    db = str(tmp_path / "k.db")
    folder = shared_cache_dir(db, server_pid=4242)
    with open_store(db) as first, open_store(db) as second:
        first.put(make_record(SUMMIT))
        pages = [open_shared_pages(folder, 64), open_shared_pages(folder, 64)]
        first.share_search_pages(pages[0])
        second.share_search_pages(pages[1])
        ranked = first.search("রাইফেল")
        calls = []
        real = second._search.search
        monkeypatch.setattr(second._search, "search", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
        assert second.search("রাইফেল") == ranked and calls == []  # ranked by the other worker
        other = make_record("নতুন কারখানা\nআরেকটি রাইফেল কারখানা খুলেছে।")
        first.put(other)
        assert other.id in ids(second.search("রাইফেল")) and calls == ["রাইফেল"]  # a write: ranked anew
        for p in pages:
            p.close(remove=True)
    assert not folder.exists()


def test_a_shared_search_folder_others_may_write_to_is_not_used(tmp_path):
    from khobor.store.shared_cache import open_shared_pages
    planted = tmp_path / "planted"
    planted.mkdir()
    planted.chmod(0o777)
    assert open_shared_pages(planted, 64) is None
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert open_shared_pages(tmp_path / "link", 64) is None
    private = open_shared_pages(tmp_path / "new", 64)
    assert private is not None and (tmp_path / "new").stat().st_mode & 0o777 == 0o700
    private.close(remove=True)


def test_shared_search_folders_of_servers_no_longer_running_are_removed(tmp_path):
    """A folder of a server that is gone, or of an earlier server whose process id came back
    (a restarted container), is removed; the running server's is kept."""
    from khobor.store.shared_cache import PREFIX, remove_orphans, shared_cache_dir
    import os
    alive = tmp_path / shared_cache_dir("k.db", os.getpid()).name
    gone, reused = tmp_path / f"{PREFIX}999999999--abc", tmp_path / f"{PREFIX}{os.getpid()}-1-abc"
    gone.mkdir(), reused.mkdir(), alive.mkdir()
    remove_orphans(tmp_path)
    assert not gone.exists() and alive.exists()
    if sys.platform.startswith("linux"):  # elsewhere no start time tells one run of a process id from another
        assert not reused.exists()


def test_search_cache_size_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(store_module.SEARCH_CACHE_ENV, "0")
    with open_store(str(tmp_path / "k.db")) as s:
        s.put(make_record(SUMMIT))
        calls = []
        real = s._search.search
        monkeypatch.setattr(s._search, "search", lambda *a, **k: calls.append(1) or real(*a, **k))
        s.search("রাইফেল")
        s.search("রাইফেল")
        assert calls == [1, 1]  # off: every search ranks again
    monkeypatch.setenv(store_module.SEARCH_CACHE_ENV, "many")
    with pytest.raises(StoreError, match="KHOBOR_SEARCH_CACHE must be a whole number"):
        open_store(str(tmp_path / "k.db"))


def test_actor_event_pages_read_covering_indexes_only(tmp_path):
    """An actor's events and a page's event sides are read from indexes alone (SQLite's plan)."""
    with open_store(str(tmp_path / "k.db")) as s, s.reading() as conn:
        def plan(sql: str) -> str:
            return " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        by_actor = plan("SELECT doc, n, role FROM event_actors WHERE actor_id = 'x' ORDER BY doc, n")
        sides = plan("SELECT doc, n, role, actor_id, name, country FROM event_actors WHERE doc IN (1, 2)")
    assert "COVERING INDEX ix_event_actors_actor_role" in by_actor and "TEMP B-TREE" not in by_actor
    assert "COVERING INDEX ix_event_actors_doc_sides" in sides


def test_the_switch_to_wal_waits_for_a_lock_another_process_holds(tmp_path):
    """SQLite refuses the switch to WAL at once ("database is locked", no busy handler) while
    another connection holds the file: two ingests starting on one new file failed that way."""
    import sqlite3
    import threading
    from khobor.store.store import _to_wal
    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")
    other = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _to_wal(other, wait_s=0)          # without waiting: the error the ingests met
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    assert _to_wal(other, wait_s=10) == "wal"
    holder.close()
    other.close()
