"""The registry keeps its country names (what the quotes layer calls an article's country) from
when it was built, so asking for them does not unpickle every actor of the cached registry."""
from khobor.actors.link import get_registry
from khobor.actors.registry import ActorRecord, Registry


def test_country_names_are_the_first_cldr_place_of_each_code():
    reg = Registry([ActorRecord(id="a", name="Dhaka", type="GPE", country="BGD", source="cldr"),
                    ActorRecord(id="b", name="Bangladesh", type="GPE", country="BGD", source="cldr"),
                    ActorRecord(id="c", name="Bharat", type="GPE", country="IND", source="overlay"),
                    ActorRecord(id="d", name="Ministry", type="ORG", country="IND", source="cldr")])
    assert reg.country_names() == {"BGD": "Dhaka"}


def test_the_shipped_registry_answers_without_unpickling_its_actors():
    reg = get_registry()
    loaded = len(getattr(reg.actors, "_loaded", {}))
    names = reg.country_names()
    assert names["BGD"] == "Bangladesh"
    assert len(getattr(reg.actors, "_loaded", {})) == loaded
