"""The NER model's runtime: numpy's BLAS held to one thread while it tags, and the same entities
whichever BLAS multiplies its matrices."""
import threading

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


@pytest.fixture
def blas_at_three():
    """OpenBLAS's setter, with the caller's setting at 3 threads (the machine's own given back)."""
    setter = model._blas_threads_setter()
    if setter is None:
        pytest.skip("numpy has no OpenBLAS here")
    original = setter(3)
    yield setter
    setter(original)


def test_one_blas_thread_pins_and_gives_back_the_callers_setting(blas_at_three):
    with model.one_blas_thread():
        assert blas_at_three(1) == 1          # inside: one thread
    assert blas_at_three(3) == 3              # after: the caller's 3 again


def test_the_callers_setting_comes_back_when_the_tagging_raises(blas_at_three):
    with pytest.raises(ValueError), model.one_blas_thread():
        raise ValueError("a model that fails mid-batch")
    assert blas_at_three(3) == 3


def test_taggers_in_two_threads_keep_one_blas_thread_until_the_last_leaves(blas_at_three):
    """The setting is the process's: the first tagger to leave must not unpin the other, and the
    caller's setting comes back once both are out."""
    inside, first_left, seen = threading.Barrier(2), threading.Event(), {}

    def tagger(leaves_first):
        with model.one_blas_thread():
            inside.wait(timeout=10)
            if leaves_first:
                return
            first_left.wait(timeout=10)
            seen["second"] = blas_at_three(1)  # still inside after the other left: one thread

    def first():
        tagger(True)
        first_left.set()

    threads = [threading.Thread(target=first), threading.Thread(target=tagger, args=(False,))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert seen == {"second": 1}
    assert blas_at_three(3) == 3


def test_without_openblas_the_model_keeps_blis_and_the_pin_does_nothing(monkeypatch):
    real = model._blas_threads_setter()
    monkeypatch.setattr(model, "_blas_threads_setter", lambda: None)
    if real is not None:
        original = real(3)
        try:
            with model.one_blas_thread():
                assert real(3) == 3   # inside: the caller's 3, untouched
        finally:
            real(original)
    model.load_model.cache_clear()
    try:
        nlp = model.load_model("en")
        assert all(getattr(n.ops, "use_blis", True) for _, c in nlp.pipeline for n in c.model.walk())
    finally:
        model.load_model.cache_clear()


MORE_SENTENCES = {  # written for this test: abbreviations, hyphens, numbers, quotes, a URL
    "bn": ["ডা. মো. রফিকুল ইসলাম বলেন, ‘আগামী ১৫ জানুয়ারির মধ্যে কাজ শেষ হবে।’",
           "বিস্তারিত: www.example.org/news-1 — সিলেট-সুনামগঞ্জ সড়কে (৫০ কিমি) যান চলাচল বন্ধ।"],
    "en": ["Dr. Rafiqul Islam, the U.N.'s envoy, said: \"We'll finish by Jan. 15.\"",
           "See www.example.org/news-1 — the Sylhet-Sunamganj road (50 km) is closed, e.g. to trucks."],
}


def _tagged(nlp, texts):
    return [[(t.text, t.whitespace_, t.norm_, t.shape_, t.prefix_, t.suffix_) for t in doc]
            + [(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]


@pytest.mark.parametrize("code", ["bn", "en"])
def test_the_model_loads_fast_and_tags_as_a_plain_spacy_load(code):
    """load_model builds no default tokenizer and reads no training strings (speed only): the
    tokenizer's settings, the tokens, norms and entities are those of a plain spacy.load."""
    spacy = model.import_spacy()
    plain = spacy.load(lang.load(code).file("ner"))
    # the pack's dashes cut off words (ner.yaml `dashes`) are a rule of its own, not a speed-up
    model._dashes_apart(plain, model.ner_yaml(code).get("dashes") or [])
    model.load_model.cache_clear()
    try:
        fast = model.load_model(code)
    finally:
        model.load_model.cache_clear()
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        got, want = getattr(fast.tokenizer, name), getattr(plain.tokenizer, name)
        assert (got is None) == (want is None)
        assert got is None or got.__self__.pattern == want.__self__.pattern
    assert fast.tokenizer.rules == plain.tokenizer.rules and fast.tokenizer.rules
    assert fast.tokenizer.faster_heuristics == plain.tokenizer.faster_heuristics
    assert len(fast.vocab.strings) < len(plain.vocab.strings)   # the training strings were not read
    model._multiply_with_numpy(plain) if model._blas_threads_setter() is not None else None
    texts = SENTENCES[code] + MORE_SENTENCES[code]
    with model.one_blas_thread():
        assert _tagged(fast, texts) == _tagged(plain, texts)
    assert any(e for doc in fast.pipe(texts) for e in doc.ents)


def _calls(run) -> set[str]:
    """The names of the functions `run()` calls that the profiler sees (spaCy's compiled ones
    too where its wheel carries Cython's profiling hooks)."""
    import sys
    seen = set()
    sys.setprofile(lambda frame, event, arg: seen.add(frame.f_code.co_name) if event == "call" else None)
    try:
        run()
    finally:
        sys.setprofile(None)
    return seen


@pytest.mark.parametrize("code", ["bn", "en"])
def test_tag_finds_the_entities_of_nlp_pipe_without_spacys_greedy_parse(code, monkeypatch):
    """`model.tag` runs the NER's steps itself, holding the GIL (speed only): the same entities
    as spaCy's own pipe, in order, over batches cut into sorted sub-batches, an empty text among
    them; every sub-batch goes through `_greedy_predict`."""
    nlp = model.load_model(code)
    texts = SENTENCES[code] + [""] + MORE_SENTENCES[code] + SENTENCES[code][:1]
    predicted = []
    greedy_predict = model._greedy_predict
    monkeypatch.setattr(model, "_greedy_predict", lambda parser, docs: predicted.append(len(docs))
                        or greedy_predict(parser, docs))
    with model.one_blas_thread():
        want = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=4)]
        got = [[(e.start, e.end, e.label_) for e in d.ents] for d in model.tag(nlp, texts, batch_size=4)]
        hooked = "greedy_parse" in _calls(lambda: list(nlp.pipe(texts[:1])))   # spaCy's hooks are there
        called = _calls(lambda: list(model.tag(nlp, texts, batch_size=4)))
    assert got == want and any(want)
    assert sum(predicted) == 2 * len(texts) and max(predicted) <= 2   # sub-batches of max(4 // 4, 2)
    assert "transition_states" in called or not hooked
    assert "greedy_parse" not in called


@pytest.mark.parametrize("code", ["bn", "en"])
def test_new_words_get_only_the_attributes_read_and_the_same_values(code):
    """A word the model's vocabulary has not met gets the model's features, NORM and IS_SPACE
    only (speed only): the same values there as a plain spaCy load gives it."""
    from spacy.attrs import IDS, IS_SPACE, NORM, PREFIX, SHAPE, SUFFIX
    fast = model.load_model(code)
    assert set(fast.vocab.lex_attr_getters) == {NORM, PREFIX, SUFFIX, SHAPE, IS_SPACE}
    plain = model.import_spacy().load(lang.load(code).file("ner"))
    assert IDS["LIKE_URL"] in plain.vocab.lex_attr_getters
    text = {"bn": "নতুনশব্দটি  ঢাকাগামী ট্রেনে ৪২টি আসন।", "en": "Zorblaxian  officials said 42 seats."}[code]

    def read(nlp):
        return [(t.text, t.norm_, t.is_space, t.prefix_, t.suffix_, t.shape_) for t in nlp.make_doc(text)]
    assert read(fast) == read(plain)
    assert any(t.is_space for t in fast.make_doc(text))


# How far the memo's vectors may stand from the plain layer's: the last bits of a float32 product.
# OpenBLAS picks its kernel by CPU at run time, and with some (its Haswell kernels, on an AMD EPYC
# here) a row's last bits depend on the rows beside it in the batch: spaCy's own layer then gives
# a sentence embedded alone and the same sentence in a batch up to 5e-6 apart. Where the kernel
# keeps rows apart the vectors are equal bit for bit. A wrong memo row is off by far more.
FLOAT_ROUNDING = 1e-5


def _same_vectors(got, want) -> bool:
    import numpy
    return len(got) == len(want) and all(
        g.shape == w.shape and numpy.allclose(g, w, rtol=0, atol=FLOAT_ROUNDING) for g, w in zip(got, want))


@pytest.mark.parametrize("code", ["bn", "en"])
def test_remembered_embeddings_give_the_plain_layers_vectors_and_entities(code):
    """The tok2vec embeds a feature row once and remembers it (speed only): its vectors are the
    ones spaCy's own layer gives (to float rounding, FLOAT_ROUNDING) in a batch, in a batch of the
    same words again (all remembered) and in a batch too small for the memo, and the entities found
    are the same."""
    nlp = model.load_model(code)
    tok2vec = nlp.get_pipe("tok2vec").model
    remembered = tok2vec.layers[0]
    plain = remembered.layers[0]
    texts = (SENTENCES[code] + MORE_SENTENCES[code]) * 2
    batches = [[nlp.make_doc(t) for t in texts], [nlp.make_doc(t) for t in texts[1:]], [nlp.make_doc(texts[0])]]
    assert isinstance(remembered._func, model._RememberedEmbeddings)
    with model.one_blas_thread():
        for docs in batches:
            got = tok2vec.predict(docs)
            tok2vec.layers[0] = plain
            try:
                want = tok2vec.predict(docs)
            finally:
                tok2vec.layers[0] = remembered
            assert _same_vectors(got, want)
    assert remembered._func.rows
    with_memo = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
    tok2vec.layers[0] = plain
    try:
        without = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
    finally:
        tok2vec.layers[0] = remembered
    assert with_memo == without and any(with_memo)


def test_greedy_predict_adds_the_label_of_a_docs_own_entity_as_spacys_predict_does():
    """`_greedy_predict` skips spaCy's label test for Docs without entities (speed only); a Doc
    with an entity of a label the model lacks still gets that label added, as in greedy_parse."""
    from spacy.tokens import Span
    nlp = model.import_spacy().load(lang.load("en").file("ner"))   # its own copy: labels change
    ner = nlp.get_pipe("ner")
    plain = [nlp.make_doc(t) for t in SENTENCES["en"]]
    model._greedy_predict(ner, plain)
    assert "FESTIVAL" not in ner.labels
    labelled = nlp.make_doc(SENTENCES["en"][1])
    labelled.ents = [Span(labelled, 0, 1, label="FESTIVAL")]
    model._greedy_predict(ner, [labelled] + plain)
    assert "FESTIVAL" in ner.labels


def test_a_full_embedding_memo_starts_again_with_the_same_vectors(monkeypatch):
    """A memo over its LIMIT is replaced by a new one (another thread may still read the old):
    the batch still gets the plain layer's vectors."""
    nlp = model.load_model("bn")
    tok2vec = nlp.get_pipe("tok2vec").model
    remembered = tok2vec.layers[0]
    docs = [nlp.make_doc(t) for t in (SENTENCES["bn"] + MORE_SENTENCES["bn"]) * 3]
    with model.one_blas_thread():
        tok2vec.predict(docs)
        before = remembered._func.rows
        monkeypatch.setattr(remembered._func, "LIMIT", len(before) + 1)
        got = tok2vec.predict(docs + [nlp.make_doc("একেবারে নতুন কয়েকটি শব্দ: ঝিলমিলপুর, কুমকুমগাছা।")])
        assert remembered._func.rows is not before and before
        tok2vec.layers[0] = remembered.layers[0]
        try:
            want = tok2vec.predict(docs + [nlp.make_doc("একেবারে নতুন কয়েকটি শব্দ: ঝিলমিলপুর, কুমকুমগাছা।")])
        finally:
            tok2vec.layers[0] = remembered
    assert _same_vectors(got, want)


@pytest.mark.parametrize("code", ["bn", "en"])
def test_doc_words_cut_from_the_text_are_the_tokens_texts(code):
    """`entity_spans` reads a Doc's words as slices of the text it was made from (speed only):
    the same words as each token's text, odd spacing, abbreviations and punctuation included."""
    nlp = model.load_model(code)
    texts = SENTENCES[code] + {"bn": ["মো. আবদুল  করিম (৫৫) বলেন, “ঢাকা-চট্টগ্রাম মহাসড়কে যান চলছে।”", ""],
                               "en": ["Dr. A.K. Rahman's  U.S.-based firm—the ‘best’ one?—didn't say.", " "]}[code]
    for text, doc in zip(texts, model.tag(nlp, texts)):
        assert model._doc_words(doc, text) == [t.text for t in doc] == model._doc_words(doc, None)
