"""The registry keeps its country names (what the quotes layer calls an article's country) from
when it was built, so asking for them does not unpickle every actor of the cached registry."""
from khobor.actors.link import get_registry
from khobor.actors.registry import ActorRecord, Registry


def test_country_names_are_each_code_s_country_record_not_its_cities():
    # a CLDR city record carries its names only as noscan; the country record has aliases
    reg = Registry([ActorRecord(id="a", name="Dhaka", type="GPE", country="BGD", source="cldr", noscan=["Dhaka"]),
                    ActorRecord(id="b", name="Bangladesh", type="GPE", country="BGD", source="cldr",
                                aliases={"en": ["Bangladesh"]}),
                    ActorRecord(id="z", name="Zakiganj", type="GPE", country="BGD", source="cldr", noscan=["Zakiganj"]),
                    ActorRecord(id="c", name="Bharat", type="GPE", country="IND", source="overlay"),
                    ActorRecord(id="d", name="Ministry", type="ORG", country="IND", source="cldr")])
    assert reg.country_names() == {"BGD": "Bangladesh"}
    assert reg.countries == {"BGD": "b"}


def test_the_shipped_registry_answers_without_unpickling_its_actors():
    reg = get_registry()
    loaded = len(getattr(reg.actors, "_loaded", {}))
    names = reg.country_names()
    assert names["BGD"] == "Bangladesh"
    assert (names["USA"], names["RUS"], names["AUS"]) == ("United States", "Russia", "Australia")
    assert len(getattr(reg.actors, "_loaded", {})) == loaded
