"""Stories across outlets and languages (khobor.organise.stories, build, read, evaluate), on
records written for these tests (tests/story_fixtures.py)."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from khobor.organise import evaluate as E
from khobor.organise.build import rebuild_stories
from khobor.organise.profile import (date_keys, event_keys, headline_person_keys, lead_actor_keys, lead_day_keys,
                                     lead_name_word_keys, lead_of, name_sound, name_sound_keys,
                                     profile_of)
from khobor.organise.read import dedupe_events, get_story, list_stories, StoryFilter, story_of_article
from khobor.organise.stories import (day_window, idf, lead_days_differ, mean_link, similarity_keys, story_score,
                                     two_happenings, weighted_jaccard)
from khobor.store import open_store
from khobor.store.export import export
from story_fixtures import bn_cricket, bn_relief, build_story_store, en_relief, en_relief_followup


@pytest.fixture()
def store_path(tmp_path):
    return build_story_store(tmp_path / "stories.db")


def stories_of(path) -> dict[str, int]:
    with open_store(path) as store, store.reading() as conn:
        return {rec.id: story_of_article(conn, rec.id) for rec in
                (bn_relief(), en_relief(), en_relief_followup(), bn_cricket())}


# -- the parts ----------------------------------------------------------------------------------

def test_keys_are_language_independent():
    bn, en = profile_of(bn_relief().to_dict()), profile_of(en_relief().to_dict())
    # the same actors, event types and dates, though no word is shared (the Bengali title names the minister)
    assert similarity_keys(bn.keys) == similarity_keys(en.keys)
    assert "h:test-nasrin-akter" in bn.keys and not two_happenings(bn.keys, en.keys)
    assert "e:AID:test-relief-society" in bn.keys and "d:2031-07-14" in bn.keys


def test_titles_naming_two_people_part_two_acts():
    """Two condolences on one death: each title names a mourner the other report never names."""
    rec = {"title": "Jamaat chief mourns Khaleda Zia",
           "entities": [{"start": 0, "type": "PER", "actor": {"id": "shafiqur-rahman", "sector": "PTY"}},
                        {"start": 20, "type": "PER", "actor": {"id": "khaleda-zia", "sector": "PTY"}},
                        {"start": 12, "type": "ORG", "actor": {"id": "jamaat-e-islami", "sector": "PTY"}},
                        {"start": 40, "type": "PER", "actor": {"id": "mirza-fakhrul", "sector": "PTY"}}]}
    assert headline_person_keys(rec) == {"h:shafiqur-rahman", "h:khaleda-zia"}  # people of the title only
    jamaat = {"h:shafiqur-rahman", "h:khaleda-zia", "a:shafiqur-rahman", "a:khaleda-zia"}
    hasina = {"h:sheikh-hasina", "h:khaleda-zia", "a:sheikh-hasina", "a:khaleda-zia"}
    death = {"h:khaleda-zia", "a:khaleda-zia", "a:sheikh-hasina"}  # names the other mourner in its body
    assert two_happenings(jamaat, hasina)
    assert not two_happenings(jamaat, death) and not two_happenings(hasina, death)
    # a name the registry lacks matches by its sound, however the other outlet spells it
    assert not two_happenings({"h:new:md-aktarujjaman-bachchu", "a:x"}, {"h:y", "n:aktarujaman-bacu"})
    assert similarity_keys(jamaat) == {"a:shafiqur-rahman", "a:khaleda-zia"}


def test_partial_dates_are_not_date_keys():
    rec = {"events": [{"type": "AID", "date": "XXXX-07-14"}, {"type": "AID", "date": "2031-07"},
                      {"type": "AID", "date": "2031-07-14"}, {"type": "AID", "date": None}]}
    assert date_keys(rec) == {"d:2031-07-14"}
    assert event_keys({"events": [{"type": "AID", "actors": [{"id": "x"}], "recipients": []}]}) == {"e:AID:x"}


def test_the_lead_names_who_and_which_day():
    rec = {"title": "Minister visits", "text": "Minister visits\nOn Tuesday (30 December) the minister ... " + "x " * 400,
           "entities": [{"start": 0, "actor": {"id": "minister"}}, {"start": 900, "actor": {"id": "old-leader"}}],
           "times": [{"start": 19, "value": "XXXX-12-30"}, {"start": 30, "value": "2031-12"},
                     {"start": 950, "value": "2031-11-02"}]}
    assert lead_actor_keys(rec) == {"l:minister"}  # the background's actor is not the lead's
    assert lead_day_keys(rec) == {"t:12-30"}  # a whole day of the lead only, year left out
    assert lead_days_differ({"t:12-26", "a:x"}, {"t:12-29", "a:x"})
    assert not lead_days_differ({"t:12-26", "t:12-29"}, {"t:12-29"})
    assert not lead_days_differ({"t:12-26"}, {"a:x"})  # a lead without a day says nothing


def test_same_actors_on_other_days_score_nothing():
    from khobor.organise.profile import Profile
    from khobor.organise.stories import Candidate, StoryIndex
    index, weight = StoryIndex(None), {"a:x": 1.0, "l:x": 1.0, "t:12-26": 1.0, "t:12-29": 1.0}
    day_one = Profile(doc=2, day="2031-12-29", keys={"a:x", "l:x", "t:12-29"})
    assert index.similarity(day_one, None, Candidate(1, 1, {"a:x", "l:x", "t:12-29"}, None), weight) == 1.0
    assert index.similarity(day_one, None, Candidate(1, 1, {"a:x", "l:x", "t:12-26"}, None), weight) == 0.0


def test_lead_is_the_title_and_the_start_of_the_body_cut_at_a_word():
    rec = {"title": "Head", "text": "Head\n" + "word " * 200}
    lead = lead_of(rec, 40)
    assert lead.startswith("Head. word") and len(lead) <= 40 and not lead.endswith("wor")


def _named(title: str, *names: tuple[str, str, int]) -> dict:
    """A record whose entities are (new: id, type, start)."""
    return {"title": title, "text": title + "\n" + "word " * 300,
            "entities": [{"start": start, "type": type_, "actor": {"id": ident}} for ident, type_, start in names]}


def test_the_words_of_a_compound_name_meet_when_the_whole_name_differs():
    # one made-up ground named whole in one article ("... Cricket Stadium") and shorter in the other,
    # and a made-up team whose place word the other article spells another way
    bn = _named("Kharkhari win", ("new:kharkhari-international-cricket-stadium", "FAC", 20), ("new:kharkhari-kites", "ORG", 0))
    en = _named("Kites win", ("new:kharkhari-international-stadium", "LOC", 30), ("new:kharkari-kites", "ORG", 0))
    shared = lead_name_word_keys(bn) & lead_name_word_keys(en)
    assert "w:karkari" in shared and "w:kitis" in shared
    # the ground's sound key (its last two words) does not meet: only its words do
    assert name_sound("kharkhari-international-cricket-stadium") != name_sound("kharkhari-international-stadium")
    assert shared <= profile_of(bn).keys and shared <= similarity_keys(profile_of(bn).keys)


def test_name_words_leave_out_people_short_words_and_the_body():
    rec = _named("Head", ("new:rafiqul-bashar", "PER", 0), ("new:dal", "ORG", 2), ("new:kharkhari-stadium", "FAC", 900))
    assert lead_name_word_keys(rec) == set()


def test_names_the_registry_lacks_match_by_sound_across_spellings():
    # one made-up name as an English outlet spells it and as khobor transliterates the Bengali
    assert name_sound("md-karimul-haque-chowdhury") == name_sound("karimul-hoque-chowdhury") != ""
    assert name_sound("rafiqul-bashar") == name_sound("rofikul-basar")
    assert name_sound("rafiqul-bashar") != name_sound("rafiqul-munshi")  # another person
    assert name_sound("md-ali") == ""  # too short a sound to tell anyone
    rec = {"entities": [{"actor": {"id": "new:rafiqul-bashar"}}, {"actor": {"id": "rafiqul-bashar"}}, {"actor": None}]}
    assert name_sound_keys(rec) == {f"n:{name_sound('rafiqul-bashar')}"}  # registry ids are keys already
    assert f"n:{name_sound('rafiqul-bashar')}" in profile_of(rec).keys


def test_a_story_is_joined_by_its_mean_similarity_not_one_article():
    assert mean_link([0.9, 0.5], 2) == pytest.approx(0.7)
    assert mean_link([0.9], 3) == pytest.approx(0.3)  # like one article of three: the others count 0
    assert mean_link([0.4], 0) == pytest.approx(0.4)  # a story without a day in the window
    assert mean_link([], 0) == 0.0


def test_a_near_copy_of_one_article_joins_a_large_story():
    # like one article of five almost as a copy: its strong link wins over the story's low mean
    assert story_score([0.95, 0.1], 5, 0.9) == pytest.approx(0.95)
    # like one article of five fairly well: the mean decides, as mean_link alone would
    assert story_score([0.6, 0.1], 5, 0.9) == pytest.approx(0.14)
    assert story_score([], 0, 0.9) == 0.0
    assert story_score([0.95], 5, 1.5) == pytest.approx(0.19)  # a strong link out of reach: mean only


def test_weights_and_windows():
    assert weighted_jaccard({"x", "y"}, {"x"}, {"x": 2.0, "y": 1.0}) == pytest.approx(2 / 3)
    assert weighted_jaccard(set(), set(), {}) == 0.0
    assert idf(100, 100) < 0.01 and idf(1, 100) > 3.0
    assert idf(2, 2) > 0.25  # both articles of a window of two: not nothing
    assert day_window("2031-07-14", 3) == ("2031-07-11", "2031-07-17")
    assert day_window("2031-12-30", 3) == ("2031-12-27", "2032-01-02")
    assert day_window(None, 3) is None and day_window("July", 3) is None


def test_a_name_the_registry_lacks_counts_once_unless_its_other_spellings_are_shared():
    """A report listing unregistered players (each an "a:new:" key plus its sound "n:" and words "w:")
    and a translation sharing only the two teams: the players' other spellings must not outweigh the
    teams a second and third time."""
    weight = {k: 1.0 for k in ("a:team1", "a:team2", "a:new:p1", "n:p1", "a:new:p2", "n:p2", "w:p2")}
    report = {"a:team1", "a:team2", "a:new:p1", "n:p1", "a:new:p2", "n:p2", "w:p2"}
    assert weighted_jaccard(report, {"a:team1", "a:team2"}, weight) == pytest.approx(2 / 4)
    # shared, a sound still joins two spellings of one name
    assert weighted_jaccard({"a:new:p1", "n:p1"}, {"a:new:p1x", "n:p1"}, {**weight, "a:new:p1x": 1.0}) == pytest.approx(1 / 3)


# -- placing articles ------------------------------------------------------------------------------

def test_a_bengali_and_an_english_report_land_in_one_story(store_path):
    s = stories_of(store_path)
    assert s[bn_relief().id] == s[en_relief().id] == s[en_relief_followup().id]
    assert s[bn_cricket().id] != s[bn_relief().id]


def test_an_article_outside_the_window_starts_its_own_story(tmp_path):
    late = en_relief()
    late.published, late.url = "2031-09-30", "https://example.test/story/en-late"
    late.text = late.text.replace("Monday", "Tuesday")  # another text, another id
    from khobor.record import record_id
    late.id = record_id(late.text)
    path = build_story_store(tmp_path / "late.db", extra=[late])
    with open_store(path) as store, store.reading() as conn:
        assert story_of_article(conn, late.id) != story_of_article(conn, bn_relief().id)


def test_rebuild_places_articles_where_ingest_did(store_path):
    before = stories_of(store_path)
    with open_store(store_path) as store:
        stats = rebuild_stories(store)
    assert stories_of(store_path) == before
    assert (stats.articles, stats.stories, stats.multi_article) == (4, 2, 1)


def test_a_deleted_article_leaves_its_story(store_path):
    import sqlalchemy as sa
    from khobor.store.schema import articles
    with open_store(store_path) as store:
        with store.writing() as conn:
            conn.execute(sa.delete(articles).where(articles.c.id == en_relief_followup().id))
        with store.reading() as conn:
            story = get_story(conn, story_of_article(conn, bn_relief().id))
    assert [a["id"] for a in story["items"]] == [bn_relief().id, en_relief().id]


# -- reading -------------------------------------------------------------------------------------

def test_story_lists_its_reports_and_counts_each_event_once(store_path):
    with open_store(store_path) as store, store.reading() as conn:
        story = get_story(conn, story_of_article(conn, bn_relief().id))
        page = list_stories(conn, StoryFilter(min_articles=2), None, 10)
    assert story["languages"] == ["bn", "en"] and story["articles"] == 3
    assert story["items"][0]["score"] is None and all(a["score"] > 0 for a in story["items"][1:])
    aid = next(e for e in story["events"] if e["type"] == "AID")
    assert (aid["mentions"], aid["articles"], aid["sources"]) == (3, 3, 3)
    assert set(aid["triggers"]) == {"bn", "en"} and "বিতরণ করেন" in aid["triggers"]["bn"]
    assert [s["id"] for s in page.items] == [story["id"]] and page.next is None


def test_story_filters_and_paging(store_path):
    with open_store(store_path) as store, store.reading() as conn:
        first = list_stories(conn, StoryFilter(), None, 1)
        second = list_stories(conn, StoryFilter(), first.next, 1)
        assert len(first.items) == len(second.items) == 1 and second.next is None
        assert list_stories(conn, StoryFilter(language="en"), None, 10).items[0]["articles"] == 3
        assert list_stories(conn, StoryFilter(since="2031-08-01"), None, 10).items == []
        assert get_story(conn, 999) is None


def test_mentions_of_one_event_on_open_days_merge_but_not_across_whole_days():
    row = lambda doc, date, outlet: {"doc": doc, "type": "AID", "date": date, "outlet": outlet,  # noqa: E731
                                     "language": "en", "trigger": "gave", "actors": [("a", "A")], "recipients": []}
    merged = dedupe_events([row(1, None, "X"), row(2, "XXXX-07-14", "X"), row(3, "2031-07-14", None),
                            row(4, "2031-07-15", "Y")])
    assert [(e["date"], e["mentions"], e["sources"]) for e in merged] == [
        (None, 2, 1), ("2031-07-14", 1, 1), ("2031-07-15", 1, 1)]


def test_export_stories_one_row_per_article(store_path, tmp_path):
    with open_store(store_path) as store:
        n = export(store, what="stories", fmt="parquet", out=str(tmp_path / "s.parquet"))
        export(store, what="stories", fmt="jsonl", out=str(tmp_path / "s.jsonl"), language="bn")
    table = pq.read_table(tmp_path / "s.parquet").to_pylist()
    assert n == 4 and len({r["story"] for r in table}) == 2
    bn_rows = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["language"] for r in bn_rows} == {"bn"} and len(bn_rows) == 2


# -- the pair scorer -------------------------------------------------------------------------------

def _pairs_dir(tmp_path, lines, split):
    folder = tmp_path / "pairs"
    folder.mkdir()
    (folder / "pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in lines), encoding="utf-8")
    (folder / "split.json").write_text(json.dumps(split), encoding="utf-8")
    return folder


def test_pairs_are_scored_for_reports_and_stories(tmp_path):
    lines = [{"a": "a", "b": "b", "relation": "same_report", "cross_language": False, "reason": "r"},
             {"a": "a", "b": "c", "relation": "same_story", "cross_language": True, "reason": "r"},
             {"a": "a", "b": "d", "relation": "different", "cross_language": True, "reason": "r"},
             {"a": "c", "b": "e", "relation": "same_story", "cross_language": False, "reason": "r"}]
    folder = _pairs_dir(tmp_path, lines, {"dev": ["a|b", "a|c", 2], "test": ["c|e"]})
    dev = E.load_pairs(folder, "dev")
    assert [p.b for p in dev] == ["b", "c", "d"]
    groups = {"a": (1, 1), "b": (1, 1), "c": (3, 1), "d": (4, 1)}  # d wrongly joined the story
    s = E.score_pairs(dev, groups)
    assert s.counts["same_report/all"].figures()["precision"] == 1.0
    story = s.counts["same_story/cross"].figures()
    assert (story["tp"], story["fp"], story["fn"]) == (1, 1, 0)
    assert E.score_pairs(E.load_pairs(folder, "test"), groups).unknown == ["e"]


def test_bad_pair_files_name_the_file_and_line(tmp_path):
    folder = _pairs_dir(tmp_path, [{"a": "a", "b": "b", "relation": "similar", "cross_language": False}],
                        {"dev": ["x|y"]})
    with pytest.raises(LookupError, match=r"pairs.jsonl:1: unknown relation 'similar'"):
        E.load_pairs(folder, "dev")
    with pytest.raises(LookupError, match="no pair file"):
        E.load_pairs(tmp_path, "dev")


def test_records_are_named_by_the_line_they_came_from(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text('{"id": "n-1"}\n{"id": "n-2"}\n', encoding="utf-8")
    recs = [{"source": f"{corpus}#L2", "id": "r2"}, {"source": "/elsewhere/x.txt", "id": "rx"}]
    assert E.name_records(recs, [corpus]) == {"n-2": recs[0]}


def test_same_language_pairs_are_also_scored_per_language():
    pairs = [E.Pair("a", "b", "same_story", False), E.Pair("c", "d", "same_story", False),
             E.Pair("a", "c", "different", True)]
    s = E.score_pairs(pairs, {"a": (1, 1), "b": (2, 1), "c": (3, 3), "d": (4, 5)},
                      {"a": "bn", "b": "bn", "c": "en", "d": "en"})
    assert s.counts["same_story/bn"].figures()["recall"] == 1.0
    assert s.counts["same_story/en"].figures()["recall"] == 0.0
    assert "(bn with bn)" in E.format_scores(s, "dev") and "(across languages)" in E.format_scores(s, "dev")


def test_ingest_embeds_leads_only_when_asked(tmp_path, monkeypatch):
    """Embedding a lead costs more than extracting the article, so the ingest's story keeper
    places articles by keys unless told `vectors=True` (`khobor ingest --story-vectors`)."""
    from khobor.organise import build, embed
    asked = []

    def fake_embedder():
        asked.append(True)
        return lambda texts: __import__("numpy").ones((len(texts), 4), dtype="float32") / 2

    monkeypatch.setattr(embed, "lead_embedder", fake_embedder)
    for vectors, loads in ((False, 0), (True, 1)):
        asked.clear()
        with open_store(str(tmp_path / f"k{vectors}.db")) as store:
            keeper = build.StoryKeeper(store, vectors=vectors)
            for rec in (bn_relief(), en_relief()):
                store.put(rec)
                keeper.add(rec.id)
        assert len(asked) == loads



def test_an_article_whose_title_names_another_person_never_joins_the_story():
    """Two condolences on one death: each title names its mourner, so the second never joins the
    first's story, though its keys are as like the first's as can be; a report that names the
    first mourner anywhere may."""
    from khobor.organise.profile import Profile
    from khobor.organise.stories import Candidate, StoryIndex, StoryParams
    shared = {"a:the-dead", "l:the-dead", "t:12-30", "a:the-party"}
    first = Candidate(1, 1, shared | {"a:mourner-a", "h:mourner-a"}, None, "en")
    second = Profile(2, "2031-12-30", shared | {"a:mourner-b", "h:mourner-b"}, language="en")
    report = Profile(3, "2031-12-30", shared | {"a:mourner-a", "a:mourner-b", "h:mourner-b"}, language="en")

    def index_of(params):
        index = StoryIndex(None, params)  # the store's side stubbed: one earlier article, keys rare
        index._articles_in = lambda window, other_than: 50
        index._key_counts = lambda keys, window, other_than: dict.fromkeys(keys, 1)
        index._candidates = lambda p, window, df, weight: [first]
        index._story_sizes = lambda stories, window: {1: 1}
        return index
    assert index_of(StoryParams()).best_match(second, None) is None
    assert index_of(StoryParams()).best_match(report, None)[0] == 1
    assert index_of(StoryParams(headline_veto=False)).best_match(second, None)[0] == 1


def test_stories_eval_cache_is_keyed_by_the_package_code_and_data():
    """Records cached by `khobor stories eval` were keyed by the corpus alone, so a changed pipeline
    read back records made by older code; the key now covers every file of the package."""
    from khobor.organise.cli import _package_files
    names = {p.name for p in _package_files()}
    assert {"pipeline.py", "stories.py"} <= names
    assert any(p.suffix == ".yaml" and "lang" in p.parts for p in _package_files())
    assert not any("__pycache__" in p.parts for p in _package_files())


# -- grouping the whole store at once (khobor.organise.grouping) -------------------------------------

def partition_after_rebuild(path, ordered, put: bool = True) -> list[list[str]]:
    """The stories (as sorted lists of article ids) that a rebuild makes of records stored in this
    order (`put`: stored here; else stored already)."""
    with open_store(str(path)) as store:
        for rec in ordered if put else ():
            store.put(rec)
        rebuild_stories(store)
        with store.reading() as conn:
            groups: dict[int, list[str]] = {}
            for rec in ordered:
                groups.setdefault(story_of_article(conn, rec.id), []).append(rec.id)
    return sorted(sorted(g) for g in groups.values())


def test_a_rebuild_makes_the_same_stories_whatever_order_the_articles_came_in(tmp_path):
    import itertools
    import random
    recs = [bn_relief(), en_relief(), en_relief_followup(), bn_cricket()]
    relief = sorted(r.id for r in recs[:3])
    orders = list(itertools.permutations(recs))
    random.Random(12).shuffle(orders)
    seen = {json.dumps(partition_after_rebuild(tmp_path / f"order{n}.db", order)) for n, order in enumerate(orders[:8])}
    assert seen == {json.dumps(sorted([relief, [bn_cricket().id]]))}


def test_the_second_article_of_a_window_weighs_the_keys_it_shares_with_the_first(tmp_path):
    """An ingest stores the English report first: the Bengali one, the second article of its
    window, counts itself among the window's articles, so the keys the two share weigh something
    (they weighed 0, and the two relief reports were two stories)."""
    recs = [en_relief(), bn_relief()]
    path = build_story_store(tmp_path / "english-first.db", order=recs)
    with open_store(path) as store, store.reading() as conn:
        assert story_of_article(conn, recs[0].id) == story_of_article(conn, recs[1].id)


def test_placing_one_by_one_in_any_order_and_a_rebuild_agree_on_the_fixtures(tmp_path):
    recs = [en_relief(), bn_relief(), en_relief_followup(), bn_cricket()]
    path = build_story_store(tmp_path / "english-first.db", order=recs)
    relief = sorted([sorted(r.id for r in recs[:3]), [recs[3].id]])
    with open_store(path) as store, store.reading() as conn:
        groups: dict[int, list[str]] = {}
        for rec in recs:
            groups.setdefault(story_of_article(conn, rec.id), []).append(rec.id)
    assert sorted(sorted(g) for g in groups.values()) == relief
    assert partition_after_rebuild(path, recs, put=False) == relief


def test_average_link_merges_the_closest_pair_first_and_stops_at_the_threshold():
    from khobor.organise.grouping import _Clusters, average_link
    clusters = _Clusters(3)
    clusters.add_pair(0, 1, 0.9)
    clusters.add_pair(1, 2, 0.3)
    average_link(clusters, ["a", "b", "c"], 0.2)
    assert sorted(map(sorted, clusters.members.values())) == [[0, 1], [2]]  # {0,1} to 2: mean 0.15
    clusters = _Clusters(3)
    clusters.add_pair(0, 1, 0.9)
    clusters.add_pair(1, 2, 0.3)
    average_link(clusters, ["a", "b", "c"], 0.1)
    assert sorted(map(sorted, clusters.members.values())) == [[0, 1, 2]]


def test_average_link_never_merges_stories_holding_a_parted_pair():
    from khobor.organise.grouping import _Clusters, average_link
    clusters = _Clusters(3)
    clusters.add_pair(0, 1, 0.9)
    clusters.add_pair(1, 2, 0.8)
    clusters.add_pair(0, 2, 0.8)
    clusters.part(0, 2)  # two titles naming two people: two acts
    average_link(clusters, ["a", "b", "c"], 0.1)
    assert sorted(map(sorted, clusters.members.values())) == [[0, 1], [2]]


def _grouped_by_days(profiles, vectors, params, names, copy_of) -> dict[int, tuple[int, float | None]]:
    """DayGrouper fed day by day, as a rebuild feeds it: doc -> (story, score)."""
    from datetime import date
    from khobor.organise.by_days import DayGrouper
    grouper, out, by_day = DayGrouper(params, copy_of), {}, {}
    for p, v in zip(profiles, vectors):
        by_day.setdefault(date.fromisoformat(p.day), []).append((p, v, names[p.doc]))
    for day in sorted(by_day):
        out.update({p.doc: (story, score) for p, _, story, score in grouper.add_day(day, by_day[day])})
    out.update({p.doc: (story, score) for p, _, story, score in grouper.finish()})
    assert not grouper.arts and not grouper.edges and not grouper.postings  # everything placed and forgotten
    return out


def _generated_profiles(seed: int, days: int = 40, per_day: int = 12, topics: int = 12):
    """Articles of `days` days: running stories (one topic's actors from day to day, so that
    stories chain across more days than the grouper keeps), one-day happenings, background keys,
    lead days, titles naming people, leads' vectors in two languages, some copies."""
    import random
    from datetime import date, timedelta
    import numpy as np
    from khobor.organise.profile import Profile
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    leads = [np.asarray(nrng.standard_normal(8), dtype=np.float32) for _ in range(topics)]
    profiles, vectors, copy_of = [], [], {}
    for doc in range(1, days * per_day + 1):
        day = date(2031, 3, 1) + timedelta(days=(doc - 1) // per_day)
        topic = rng.randrange(topics) if rng.random() < 0.7 else topics + doc
        keys = {"a:country", f"a:topic-{topic}", f"l:topic-{topic}", f"a:side-{topic}-{rng.randrange(3)}"}
        keys |= {f"a:tail-{rng.randrange(60)}" for _ in range(rng.randint(1, 4))}
        keys |= {f"e:{rng.choice(['AID', 'PROTEST'])}:topic-{topic}"} if rng.random() < 0.6 else set()
        keys |= {f"t:{(day - timedelta(days=rng.randrange(2))).isoformat()[5:]}"} if rng.random() < 0.3 else set()
        keys |= {f"h:person-{topic}-{rng.randrange(2)}"} if rng.random() < 0.2 else set()
        vector = None
        if topic < topics and rng.random() < 0.8:
            v = leads[topic] + 0.15 * nrng.standard_normal(8).astype(np.float32)
            vector = v / np.linalg.norm(v)
        if profiles and rng.random() < 0.05 and profiles[-1].day == day.isoformat():
            keys, vector = set(profiles[-1].keys), vectors[-1]
            copy_of[doc] = profiles[-1].doc
        profiles.append(Profile(doc, day.isoformat(), keys, language=rng.choice(["bn", "en"])))
        vectors.append(vector)
    return profiles, vectors, copy_of


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouping_day_by_day_makes_the_stories_of_grouping_at_once(seed):
    from khobor.organise.grouping import group_stories
    from khobor.organise.stories import StoryParams
    profiles, vectors, copy_of = _generated_profiles(seed)
    names = {p.doc: f"{(p.doc * 7919) % 10007:05d}" for p in profiles}  # ties broken by id, not by position
    for params in (StoryParams(), StoryParams(window_days=1, whole_store_threshold=0.1)):
        at_once = group_stories(profiles, vectors, params, names, copy_of)
        assert len({story for story, _ in at_once.values()}) < len(profiles) * 0.8  # stories were formed
        assert max(len([d for d, (s, _) in at_once.items() if s == story]) for story, _ in at_once.values()) > 5
        assert _grouped_by_days(profiles, vectors, params, names, copy_of) == at_once


def test_grouping_day_by_day_cuts_a_story_that_runs_past_its_horizon():
    """Two topics every day for 60 days: pairs at the threshold chain through the whole store,
    so without a horizon nothing could be given before the end; with one, the grouper holds a
    bounded stretch of days, and every article is given one story, once."""
    from datetime import date
    from khobor.organise.by_days import DayGrouper
    from khobor.organise.stories import StoryParams
    profiles, vectors, copy_of = _generated_profiles(4, days=60, topics=2)
    by_day: dict = {}
    for p, v in zip(profiles, vectors):
        by_day.setdefault(date.fromisoformat(p.day), []).append((p, v, f"{p.doc:05d}"))
    peaks = {}
    for horizon in (None, 6):
        grouper, placed, peak = DayGrouper(StoryParams(), copy_of, horizon_days=horizon), [], 0
        for day in sorted(by_day):
            placed += [(p.doc, story) for p, _, story, _ in grouper.add_day(day, by_day[day])]
            peak = max(peak, len(grouper.arts))
        placed += [(p.doc, story) for p, _, story, _ in grouper.finish()]
        assert sorted(doc for doc, _ in placed) == [p.doc for p in profiles]
        stories = {story for _, story in placed}
        assert all(dict(placed)[story] == story for story in stories)  # a story is named by one of its articles
        peaks[horizon] = peak
    assert peaks[None] > 40 * 12  # one component: held almost to the end
    assert peaks[6] <= (6 + 4 * 3 + 6) * 12  # the horizon, the days a pair can reach, the cut's period


def test_a_report_naming_no_day_never_carries_one_day_of_a_blockade_into_another():
    """A blockade's first day and its fourth (leads naming 26 and 29 December) stay apart, however
    like each is to a third report of the blockade that names no day: with the day veto the
    third joins one of them; without it (a zero similarity only) the mean of the three carried
    both days into one story."""
    from khobor.organise.grouping import group_stories
    from khobor.organise.profile import Profile
    from khobor.organise.stories import StoryParams
    shared = {"a:blockaders", "l:blockaders", "a:square", "l:square", "a:leader", "e:PROTEST:blockaders"}
    profiles = [Profile(1, "2031-12-29", shared | {"t:12-26"}, language="bn"),
                Profile(2, "2031-12-29", shared | {"t:12-29"}, language="en"),
                Profile(3, "2031-12-29", shared | {"a:police"}, language="en")]
    profiles += [Profile(10 + i, "2031-12-29", {f"a:other-{i}"}, language="en") for i in range(8)]  # rarer keys
    names = {p.doc: f"art-{p.doc:02d}" for p in profiles}
    stories = lambda params: group_stories(profiles, [None] * len(profiles), params, names)  # noqa: E731
    vetoed = stories(StoryParams())
    assert vetoed[1][0] != vetoed[2][0]
    assert vetoed[3][0] in (vetoed[1][0], vetoed[2][0])
    joined = stories(StoryParams(day_veto=False, whole_store_threshold=0.1))
    assert joined[1][0] == joined[2][0] == joined[3][0]


def test_who_the_lead_names_outweighs_the_background_names_of_the_body():
    """Two reports whose leads name one actor and whose bodies share no background name score
    higher than two reports whose bodies share background names but whose leads name two
    different actors: lead keys weigh `lead_weight` times."""
    from khobor.organise.stories import weighted_jaccard
    weight = dict.fromkeys({"l:x", "l:y", "a:x", "a:y", "a:b1", "a:b2", "a:b3", "a:c1", "a:c2"}, 1.0)
    same_lead = weighted_jaccard({"l:x", "a:x", "a:b1"}, {"l:x", "a:x", "a:c1"}, weight, 5.0)
    same_background = weighted_jaccard({"l:x", "a:x", "a:b1", "a:b2", "a:b3"}, {"l:y", "a:y", "a:b1", "a:b2", "a:b3"},
                                       weight, 5.0)
    assert same_lead > 0.5 > same_background
    assert weighted_jaccard({"l:x", "a:y"}, {"l:x"}, {"l:x": 1.0, "a:y": 1.0}, 2.0) == 2 / 3
