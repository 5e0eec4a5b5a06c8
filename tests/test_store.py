"""The article store: idempotent puts, replacement by URL, migrations, Bengali-safe search.

All article texts here are written for these tests (none come from ../shared/corpus)."""
from __future__ import annotations

import sqlite3
import unicodedata

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from khobor.record import Actor, Entity, Record, Span, record_id
from khobor.store import Hit, StoreError, default_db_url, open_store
from khobor.store import fts, migrate, schema
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
def store(tmp_path):
    with open_store(str(tmp_path / "k.db")) as s:
        yield s


def fts_in_sync(store) -> bool:
    """FTS5's own check that the index matches the articles table (rank=1: compare content)."""
    with store._engine.begin() as conn:
        try:
            conn.exec_driver_sql(f"INSERT INTO {fts.FTS_TABLE}({fts.FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        except sa.exc.DatabaseError:
            return False
    return True


def ids(hits: list[Hit]) -> list[str]:
    return [h.id for h in hits]


# -- search --------------------------------------------------------------------------------------

@pytest.fixture(params=["categories", "tokenchars"])
def bn_store(request, tmp_path, monkeypatch):
    """A store per tokenizer: unicode61 `categories` (this SQLite), and the `tokenchars` fallback
    for SQLite builds without it."""
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

def revision_of(path) -> str:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_fresh_database_is_at_head_and_matches_schema(tmp_path):
    path = tmp_path / "fresh.db"
    open_store(str(path)).close()
    assert revision_of(path) == migrate.head_revision() == "0006_ingest_progress"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_name": lambda name, type_, parent: not (type_ == "table" and (
                name.startswith(fts.FTS_TABLE) or name == "alembic_version")),
        })
        assert compare_metadata(ctx, schema.metadata) == []
    engine.dispose()


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


def test_older_revision_is_upgraded_and_indexed(tmp_path):
    path = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001_articles")
        conn.execute(schema.articles.insert().values(
            id="abc123abc123abc1", doc=1, text="পুরোনো রাইফেল খবর", record=make_record("পুরোনো রাইফেল খবর")
            .model_copy(update={"id": "abc123abc123abc1"}).to_json(), stored_at=sa.func.now()))
    engine.dispose()
    assert revision_of(path) == "0001_articles"
    with open_store(str(path)) as s:
        assert ids(s.search("রাইফেল")) == ["abc123abc123abc1"]
        assert fts_in_sync(s)
    assert revision_of(path) == migrate.head_revision()


def test_downgrade_and_upgrade_again(tmp_path):
    path = tmp_path / "k.db"
    with open_store(str(path)) as s:
        s.put(make_record(SUMMIT))
        with s._engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0001_articles")
    assert revision_of(path) == "0001_articles"
    with open_store(str(path)) as s:
        assert len(s.search("রাইফেল")) == 1


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite\n" * 200)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="cannot be used as a khobor store"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_someone_elses_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE invoices (n INTEGER)")
    with pytest.raises(StoreError, match="not a khobor store"):
        open_store(str(path))
    with sqlite3.connect(path) as c:
        assert [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["invoices"]


def test_database_from_a_newer_khobor_is_refused(tmp_path):
    path = tmp_path / "k.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(StoreError, match="0099_future"):
        open_store(str(path))


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
    with pytest.raises(StoreError, match="only SQLite"):
        open_store("postgresql://localhost/khobor")


def test_concurrent_writers_on_a_new_file(tmp_path):
    """Several stores (separate engines, as separate processes would have) open one new file and
    put overlapping articles at once: migration happens once, each article is stored once."""
    import threading

    path = str(tmp_path / "shared.db")
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
