"""Language words are data in lang/<code>/*.yaml, read from there and checked by the schema that
loads them: an unknown key is an error naming the file."""
from __future__ import annotations

import dataclasses

import pytest

from khobor import lang
from khobor.actors.romanise import Rules, romanise_yaml
from khobor.actors.keys import Morphology
from khobor.actors.words import actors_yaml, given_names_of, morphology_yaml, name_words_yaml
from khobor.clean.rules import checked_clean_yaml, rules_for
from khobor.clean.sentences import split_block
from khobor.ingest import html as html_reader
from khobor.ner import model as ner_model
from khobor.textutil import next_sentence_stop, sentence_start, sentence_stops, sentence_terminators


def _pack(tmp_path, name: str, text: str) -> lang.LangPack:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return lang.LangPack("xx", tmp_path)


def test_an_unknown_key_of_clean_yaml_names_the_file(tmp_path):
    pack = _pack(tmp_path, "clean.yaml", "sentences:\n  terminator: '.'\n")
    with pytest.raises(ValueError, match=r"clean\.yaml.*terminator"):
        checked_clean_yaml(pack)
    pack = _pack(tmp_path, "clean.yaml", "sentence:\n  terminators: '.'\n")
    with pytest.raises(ValueError, match=r"clean\.yaml.*unknown section 'sentence'"):
        checked_clean_yaml(pack)
    assert checked_clean_yaml(_pack(tmp_path, "clean.yaml", "sentences:\n  terminators: '.'\n"))


def test_an_unknown_key_of_actors_yaml_names_the_file(tmp_path):
    with pytest.raises(ValueError, match=r"actors\.yaml.*org_word\b"):
        actors_yaml(_pack(tmp_path, "actors.yaml", "org_word: [ministry]\n"))
    assert actors_yaml(_pack(tmp_path, "actors.yaml", "org_words: [ministry]\n")) == {"org_words": ["ministry"]}


def test_an_unknown_key_of_romanise_yaml_names_the_file(tmp_path):
    pack = _pack(tmp_path, "romanise.yaml", "consonants: {ক: k}\nforeign_consonant: {ভ: v}\n")
    with pytest.raises(ValueError, match=r"romanise\.yaml.*foreign_consonant\b"):
        Rules.from_pack(pack)   # checked where the rules are built from the pack
    pack = _pack(tmp_path, "romanise.yaml", "consonants: {ক: k}\nforeign_consonants: {ভ: v}\n")
    assert Rules.from_pack(pack).foreign_consonants == {"ভ": "v"}
    assert romanise_yaml(lang.load("bn"))["word_start"]   # the shipped pack passes


def test_a_given_name_row_without_its_latin_spelling_names_the_file_and_line(tmp_path):
    for bad in ("# names\nজেক Jake\n", "# names\nজেক\n", "# names\nজেক\tজেক\n", "# names\nজেক\tJake\tJ\n"):
        with pytest.raises(ValueError, match=r"ner_given_names\.txt:2\b"):
            given_names_of(_pack(tmp_path, "ner_given_names.txt", bad))
    good = _pack(tmp_path, "ner_given_names.txt", "# names\nজেক\tJake\nজোয়াও\tJoão\n")
    assert given_names_of(good) == {"জেক": "Jake", "জোয়াও": "João"}
    shipped = given_names_of(lang.load("bn"))   # the shipped list passes, every name spelt
    assert shipped["স্কট"] == "Scott" and len(shipped) >= 90


def test_an_unknown_key_of_morphology_yaml_names_the_file(tmp_path):
    pack = _pack(tmp_path, "morphology.yaml", "suffixes: [কে]\nmin_stems: 3\n")
    with pytest.raises(ValueError, match=r"morphology\.yaml.*min_stems\b"):
        Morphology.from_pack(pack)   # checked where the linker's case endings are read
    pack = _pack(tmp_path, "morphology.yaml", "genitive:\n  - {match: 'া$', suffixes: র}\n")
    with pytest.raises(ValueError, match=r"morphology\.yaml.*genitive\.suffixes\b"):
        morphology_yaml(pack)
    pack = _pack(tmp_path, "morphology.yaml", "suffixes: [কে]\nmin_stem: 3\n")
    assert Morphology.from_pack(pack).min_stem == 3
    assert morphology_yaml(lang.load("bn"))["suffixes"]   # the shipped pack passes


def test_an_unknown_key_of_name_words_yaml_names_the_file(tmp_path):
    pack = _pack(tmp_path, "name_words.yaml", "word:\n  কলেজ: College\n")
    with pytest.raises(ValueError, match=r"name_words\.yaml.*\bword\b"):
        name_words_yaml(pack)
    assert name_words_yaml(lang.load("bn"))["words"]["কলেজ"] == "College"   # the shipped pack passes


def test_an_unknown_key_of_ner_yaml_names_the_file(tmp_path, monkeypatch):
    pack = _pack(tmp_path, "ner.yaml", "script: Latin\nsentence_start_common_word: true\n")
    monkeypatch.setattr(ner_model.langpacks, "load", lambda code: pack)
    with pytest.raises(ValueError, match=r"ner\.yaml.*sentence_start_common_word\b"):
        ner_model.ner_yaml("xx")
    (tmp_path / "ner.yaml").write_text("script: Latin\nsentence_start_common_words: true\n", encoding="utf-8")
    pack.forget("ner.yaml")
    assert ner_model.ner_yaml("xx")["sentence_start_common_words"] is True


def test_an_unknown_key_of_html_yaml_names_the_file(tmp_path, monkeypatch):
    pack = _pack(tmp_path, "html.yaml", "credit_class: [credit]\n")
    monkeypatch.setattr(html_reader.lang, "load", lambda code: pack)
    with pytest.raises(ValueError, match=r"html\.yaml.*credit_class\b"):
        html_reader._pack_words("xx")


def test_the_sentence_terminators_are_every_packs():
    every = set()
    for code in lang.available():
        every |= set(lang.load(code).yaml("clean")["sentences"]["terminators"])
    assert set(sentence_terminators()) == every and "।" in every and "." in every
    assert rules_for("en").terminators == sentence_terminators()


def test_a_sentence_stops_at_a_pack_terminator_or_a_line_break():
    # the quotes layer finds where a name's sentence starts and ends with these
    assert sentence_stops() == sentence_terminators() + "\n"
    assert "।" in sentence_stops() and "\n" in sentence_stops() and "," not in sentence_stops()


def test_a_sentence_starts_after_the_last_stop_before_a_place():
    assert sentence_start("Rain fell. He said so.", 14) == 10
    assert sentence_start("বৃষ্টি হলো। তিনি বলেন", 14) == 11 and sentence_start("Rain\nHe said", 7) == 5
    assert sentence_start("He said so, then left.", 12) == 0  # (a comma ends no sentence)


def test_a_sentence_ends_at_the_first_stop_after_a_place():
    assert next_sentence_stop("Rain fell. He said so.", 3) == 9
    assert next_sentence_stop("বৃষ্টি হলো। তিনি বলেন", 2) == 10 and next_sentence_stop("Rain\nHe said", 1) == 4
    assert next_sentence_stop("He said so, then left", 3) == 21  # (no stop: the text's end)


def test_the_splitter_ends_sentences_where_the_packs_say():
    rules = rules_for("bn")
    text = "প্রথম কথা ॥ দ্বিতীয় কথা؟ তৃতীয় কথা"
    cut = [text[s.start:s.end] for s in split_block(text, 0, len(text), rules)]
    assert cut == ["প্রথম কথা ॥", "দ্বিতীয় কথা؟ তৃতীয় কথা"]   # the Arabic question mark is no pack's
    more = dataclasses.replace(rules, terminators=rules.terminators + "؟")
    cut = [text[s.start:s.end] for s in split_block(text, 0, len(text), more)]
    assert cut == ["প্রথম কথা ॥", "দ্বিতীয় কথা؟", "তৃতীয় কথা"]


def test_the_html_reader_takes_its_words_from_the_packs():
    words = html_reader.html_words()
    assert words.credit_classes.search("photo-Credit")
    assert [a.strip() for a in words.author_split.split("Jane Roe and John Doe; Ann Lee")] == ["Jane Roe", "John Doe", "Ann Lee"]
    assert words.author_split.split("Alexandra Band") == ["Alexandra Band"]   # whole words only
    assert html_reader.credit_marker("Example Agency") == "Photo: Example Agency"
    assert html_reader.credit_marker("ছবি: উদাহরণ") == "ছবি: উদাহরণ"


# heads of the NER's organisation grammar that a provisional actor's name keeps as written, because
# that is how the bodies and places write them in English ("Shahid Minar", "Zila Parishad")
_HEADS_KEPT_AS_WRITTEN = {"মাদরাসা", "দপ্তর", "দফতর", "পরিষদ", "কর্তৃপক্ষ", "কারাগার", "সেনানিবাস",
                          "ওয়ানডে", "মিনার", "ভবন", "শ্মশান", "চত্বর"}


def test_every_bengali_name_head_has_an_english_form_or_is_kept_as_written():
    """A head added to ner.yaml's headed_names must be given an English word in name_words.yaml
    (or be listed above): otherwise the actor made for the name it closes is a romanised jumble
    ("Sandans Chalchchitra Utasab" for "সানড্যান্স চলচ্চিত্র উৎসব")."""
    heads = ner_model.ner_yaml("bn")["gazetteer"]["headed_names"]["heads"]
    english = name_words_yaml(lang.load("bn"))["words"]
    assert english["উৎসব"] == "Festival"
    missing = sorted(h for h in heads if h not in english and h not in _HEADS_KEPT_AS_WRITTEN)
    assert not missing, f"heads with no English form in lang/bn/name_words.yaml: {missing}"
