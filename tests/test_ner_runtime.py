"""The NER model's runtime: numpy's BLAS held to one thread while it tags, and the same entities
whichever BLAS multiplies its matrices."""
import pytest

from khobor import lang
from khobor.ner import model

SENTENCES = {  # written for this test, in the news style
    "bn": ["প্রধানমন্ত্রী শেখ হাসিনা রোববার ঢাকায় জাতিসংঘের প্রতিনিধিদলের সঙ্গে বৈঠক করেন।",
           "চট্টগ্রাম বন্দরে আজ সকালে নতুন জেটির উদ্বোধন করেন নৌপরিবহন প্রতিমন্ত্রী খালিদ মাহমুদ চৌধুরী।"],
    "en": ["Prime Minister Sheikh Hasina met a United Nations delegation in Dhaka on Sunday.",
           "Officials at Chittagong port said the new jetty would open before the monsoon."],
}


def _ents(nlp, texts):
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


@pytest.mark.parametrize("code", ["bn", "en"])
def test_numpy_and_blis_products_give_the_same_entities(code):
    if model._blas_threads_setter() is None:
        pytest.skip("numpy has no OpenBLAS here: the model keeps blis")
    spacy = model.import_spacy()
    with_blis = spacy.load(lang.load(code).file("ner"))
    with_numpy = spacy.load(lang.load(code).file("ner"))
    model._multiply_with_numpy(with_numpy)
    ops = {type(n.ops).__name__ + str(getattr(n.ops, "use_blis", "")) for _, c in with_numpy.pipeline
           for n in c.model.walk()}
    assert ops == {"NumpyOpsFalse"}
    with model.one_blas_thread():
        assert _ents(with_numpy, SENTENCES[code]) == _ents(with_blis, SENTENCES[code])
    assert any(_ents(with_blis, SENTENCES[code]))


def test_one_blas_thread_pins_and_gives_back_the_callers_setting():
    setter = model._blas_threads_setter()
    if setter is None:
        pytest.skip("numpy has no OpenBLAS here")
    original = setter(3)
    try:
        with model.one_blas_thread():
            assert setter(1) == 1          # inside: one thread
        assert setter(3) == 3              # after: the caller's 3 again
    finally:
        setter(original)


def test_without_openblas_the_model_keeps_blis_and_the_pin_does_nothing(monkeypatch):
    monkeypatch.setattr(model, "_blas_threads_setter", lambda: None)
    with model.one_blas_thread():
        pass
    model.load_model.cache_clear()
    try:
        nlp = model.load_model("en")
        assert all(getattr(n.ops, "use_blis", True) for _, c in nlp.pipeline for n in c.model.walk())
    finally:
        model.load_model.cache_clear()
