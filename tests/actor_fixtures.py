"""Run the actor stage over a written sentence with NER spans given by hand (actor tests)."""
from __future__ import annotations

from khobor import lang
from khobor.actors.link import run
from khobor.record import Entity, Record, Span, record_id


def _ner_spans(text: str, ner: tuple) -> list[tuple[str, str, int]]:
    """(type, surface, start) of each NER span given by hand as (type, surface[, nth]), nth
    counting the surface's occurrences from 1 (default: the first)."""
    spans = []
    for typ, surface, *nth in ner:
        start = -1
        for _ in range((nth or [1])[0]):
            start = text.index(surface, start + 1)
        spans.append((typ, surface, start))
    return spans


def _linked_record(text: str, code: str, spans: list, published: str | None) -> Record:
    """The record of `text` with the NER spans (type, surface, start) after the actor stage."""
    rec = Record(id=record_id(text), text=text, language=code, published=published,
                 sentences=[Span(start=0, end=len(text))],
                 entities=[Entity(text=f, start=s, end=s + len(f), type=t) for t, f, s in spans])
    run(rec, lang.load(code))
    return rec


def link_spans(text: str, code: str, *ner: tuple, published: str | None) -> dict[str, object]:
    """The actor each NER span links to, by its surface; `ner` holds (type, surface[, nth]),
    nth counting the surface's occurrences from 1 (default: the first)."""
    rec = _linked_record(text, code, _ner_spans(text, ner), published)
    return {e.text: e.actor for e in rec.entities}


def linked_names(text: str, code: str, *ner: tuple, published: str | None) -> set[str]:
    """The names of every actor the sentence links, the entities the linker adds itself included
    (a body a context rule finds in words the NER left untagged); `ner` as for `link_spans`."""
    rec = _linked_record(text, code, _ner_spans(text, ner), published)
    return {e.actor.name for e in rec.entities if e.actor is not None}


def actors_at(text: str, code: str, *ner: tuple, published: str | None) -> dict[str, object]:
    """The actor at each NER span given by hand as (type, surface[, nth]), by its surface as given:
    the linker may narrow or widen a span ("Kabir" -> "Md. Kabir"), so the entity that overlaps
    the surface is the one read (link_spans keys by the entity's own surface)."""
    spans = _ner_spans(text, ner)
    rec = _linked_record(text, code, spans, published)
    return {f: next((e.actor for e in rec.entities if e.start < s + len(f) and s < e.end), None)
            for _, f, s in spans}


def name_at(text: str, code: str, ner: tuple, published: str | None) -> str:
    """The name of the actor at one NER span given by hand as (type, surface[, nth]), "" for none:
    `actors_at` for a single span, read with `name_of`."""
    return name_of(actors_at(text, code, ner, published=published)[ner[1]])


# a sentence with enough words of one sport that an article reads as a match report (written for
# the held-out cases on countries and their teams, not taken from any outlet)
CRICKET_REPORT = " আগের ম্যাচে ৫ উইকেট নেন পেসার, ইনিংসে ৮০ রান করেন ব্যাটার।"
# ... and one of football, shared by the held-out cases on countries written as places or sides
FOOTBALL_REPORT = " প্রথমার্ধে পেনাল্টি থেকে গোল হয়, দ্বিতীয়ার্ধে কর্নার থেকে আরও এক গোল; গোলরক্ষক দুটি শট ঠেকান।"


def name_of(actor) -> str:
    """The actor's name, "" for none: name_of(None) == ""."""
    return getattr(actor, "name", None) or ""


def id_of(actor) -> str | None:
    """The actor's id, None for none: id_of(None) is None."""
    return getattr(actor, "id", None)


def case_registry() -> tuple[list, object]:
    """A held-out file's list of cases and the decorator that adds a case to it:
    `CASES, case = case_registry()`, then `@case def bn_...(): ...` appends that function to CASES."""
    cases: list = []

    def case(fn):
        cases.append(fn)
        return fn

    return cases, case


def person_after_name_tails(sentence: str, name: str, code: str = "bn") -> str:
    """The PER span over `name` (given as the model's span) after `ner.gazetteer.with_name_tails`,
    on `sentence` split at spaces with its danda and commas apart: the one runner of the name-tail
    held-out files. Example: ("সকালে মির্জা ফখরুল এভার কেয়ার হাসপাতালে যান।", "মির্জা ফখরুল")
    -> "মির্জা ফখরুল"."""
    from khobor.ner.gazetteer import with_name_tails
    words, first, last = model_span_words(sentence, name)
    (a, b, _), = [x for x in with_name_tails(words, [(first, last, "PER")], code) if x[2] == "PER"]
    return " ".join(words[a:b])


def company_before_marks(sentence: str, name: str, code: str = "bn") -> tuple[str, str]:
    """The span over `name` (given as the model's PER span) after `ner.gazetteer.companies_before_marks`
    with the pack's clause marks (as `reconcile_doc` passes them), as (words, label): the one runner
    of the company-trade-word held-out files. Example: ("লেনদেনের শীর্ষে ছিল রহমান কটন, পূবালী।",
    "রহমান") -> ("রহমান কটন", "ORG")."""
    from khobor.ner import gazetteer
    words, first, last = model_span_words(sentence, name)
    marks = gazetteer.settings(code)["tail_marks"]
    (a, b, label), = [x for x in gazetteer.companies_before_marks(words, [(first, last, "PER")], marks, code)
                      if x[0] == first]
    return " ".join(words[a:b]), label


def runner_words(sentence: str) -> list[str]:
    """`sentence`'s words as the NER held-out runners give them: split at spaces, the danda and
    commas apart. Example: "রহমান কটন, পূবালী।" -> ["রহমান", "কটন", ",", "পূবালী", "।"]."""
    return sentence.replace("।", " ।").replace(",", " ,").split()


def model_span_words(sentence: str, name: str) -> tuple[list[str], int, int]:
    """`sentence`'s words as the NER held-out runners give them (`runner_words`) and the word span
    (first, end) of `name`, the span the model is said to give.
    Example: ("রহমান কটন, পূবালী।", "রহমান") -> (["রহমান", "কটন", ",", "পূবালী", "।"], 0, 1)."""
    words = runner_words(sentence)
    first = words.index(name.split()[0])
    return words, first, first + len(name.split())


def headed_name_spans(sentence: str, *model: tuple[str, str], code: str = "bn") -> set[tuple[str, str]]:
    """(words, label) of every span after `ner.gazetteer.with_headed_names` on `sentence` (its words
    as `runner_words` gives them), given the model's spans as (words, label).
    Example: ("বদরপুর গ্রামের বাসিন্দা।",) -> {("বদরপুর", "GPE")} (`headed_names.place_kinds`)."""
    from khobor.ner import gazetteer
    words = runner_words(sentence)
    spans = [model_span_words(sentence, name)[1:] + (label,) for name, label in model]
    out = gazetteer.with_headed_names(words, spans, gazetteer.settings(code), code)
    return {(" ".join(words[a:b]), label) for a, b, label in out}


def body_record(body: str, headline: str = "শিরোনাম") -> Record:
    """The whole pipeline's record of an article body under a headline line (a placeholder by
    default)."""
    from khobor.ingest.raw import RawArticle
    from khobor.pipeline import process
    return process(RawArticle(source="t.txt", text=headline + "\n" + body, title_from_first_line=True))


def quote_speakers(body: str, fragment: str, headline: str = "শিরোনাম") -> list[str | None]:
    """The speaker's actor name (None for nobody) of each quote of the body holding `fragment`."""
    return [q.speaker.actor.name if q.speaker and q.speaker.actor else None
            for q in body_record(body, headline).quotes if fragment in q.text]


def entity_linked(body: str, surface: str, actor_name: str | None = None) -> bool:
    """Some entity of the body has exactly this surface (a ZWNJ in it kept) and, when a name is
    given, links to the actor of that name."""
    hits = [e for e in body_record(body).entities if e.text == surface]
    return bool(hits) and (actor_name is None or any(e.actor and e.actor.name == actor_name for e in hits))
