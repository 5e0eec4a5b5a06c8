"""Demonyms and peoples (NORP) are read by quotes and events as group actors, then leave the
record's `entities` for `groups` (guidelines N1: no demonym is an entity)."""
from __future__ import annotations

from khobor.ingest.raw import RawArticle
from khobor.pipeline import STAGE_NAMES, process


def _record(text: str, language: str):
    return process(RawArticle(text=text, source="test.txt", language=language, published="2025-12-28"))


def test_groups_is_the_last_stage_after_every_stage_that_reads_entities():
    assert STAGE_NAMES[-1] == "groups"
    assert STAGE_NAMES.index("groups") > max(STAGE_NAMES.index(s) for s in ("quotes", "events"))


def test_an_english_demonym_is_a_group_not_an_entity():
    rec = _record("Indian officials met Rohingya leaders in Dhaka on Monday, the foreign ministry said.", "en")
    assert "NORP" not in {e.type for e in rec.entities}
    assert {"Indian", "Rohingya"} & {g.text for g in rec.groups}
    assert all(g.type == "NORP" for g in rec.groups)
    assert "Dhaka" in {e.text for e in rec.entities}


def test_a_bengali_people_is_a_group_not_an_entity():
    rec = _record("মিয়ানমার থেকে আসা রোহিঙ্গারা কক্সবাজারে বিক্ষোভ করেছেন।", "bn")
    assert "NORP" not in {e.type for e in rec.entities}
    assert [g.text for g in rec.groups] == ["রোহিঙ্গারা"]
    assert {"মিয়ানমার", "কক্সবাজারে"} <= {e.text for e in rec.entities}
