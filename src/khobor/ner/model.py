"""Loading the shipped NER models and tagging pre-tokenised sentences with them.

A language's model lives in its pack (`lang/<code>/ner/`); which language a CoNLL file is in is
read off the script of its words against each pack's `ner.yaml` `script`."""
from __future__ import annotations

import ctypes
import itertools
import sys
import threading
import types
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import regex

from .. import lang as langpacks


def import_spacy():
    """spaCy, imported without its command-line package. `spacy/__init__.py` imports
    `spacy.cli.info` only to re-export `spacy.info`, which pulls in every spaCy command (weasel,
    jinja2, a YAML file read at import): a third of spaCy's import time, and tagging needs none
    of it. While spaCy imports, a stand-in `spacy.cli.info` answers that one import; it is
    removed afterwards, so a later `import spacy.cli` (`khobor ner train`) gets the real package.
    Example: import_spacy().load(path) is spacy.load(path); "spacy.cli" not in sys.modules after it."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    stand_ins["spacy.cli"].__path__ = []
    stand_ins["spacy.cli.info"].info = _spacy_info
    try:
        with _standing_in(stand_ins):
            import spacy
    finally:
        if "spacy" in sys.modules and sys.modules["spacy"].__dict__.get("cli") is stand_ins["spacy.cli"]:
            del sys.modules["spacy"].cli
    _entry_points_by_group()
    _populate_registry_without_cjk()
    return spacy


@contextmanager
def _standing_in(stand_ins: dict[str, types.ModuleType]) -> Iterator[None]:
    """While the body runs, each module of `stand_ins` answers the imports of its name (where the
    real one is not imported already); after, the stand-ins still there are removed, so a later
    import gets the real module. Example: with _standing_in({"spacy.lang.zh": stub}): populate()."""
    for name, module in stand_ins.items():
        sys.modules.setdefault(name, module)
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


class _EntryPointsByGroup:
    """catalogue's one scan of the installed packages' entry points, answering `select(group=)`
    from a table built once. Why: catalogue looks its registry's group up in that scan every time
    a registry lists its functions (about 70 times while one model loads: srsly lists its msgpack
    hooks at every file it reads, spaCy its factories at each one it registers), each a walk over
    every installed entry point. The answers are the ones `EntryPoints.select` gives: the same
    entry points in the same order; any other question goes to the scan itself.
    Example: _EntryPointsByGroup(eps).select(group="spacy_factories") == eps.select(group="spacy_factories")."""

    def __init__(self, scan):
        from importlib.metadata import EntryPoints
        self.scan = scan
        # Python 3.11 scans into a dict of groups (SelectableGroups), whose select() filters
        # its groups chained in order; 3.12 into EntryPoints
        every = itertools.chain.from_iterable(dict.values(scan)) if isinstance(scan, dict) else scan
        groups: dict[str, list] = {}
        for entry_point in every:
            groups.setdefault(entry_point.group, []).append(entry_point)
        self.groups = {name: EntryPoints(found) for name, found in groups.items()}
        self.empty = EntryPoints(())

    def select(self, **params):
        if params.keys() == {"group"}:
            return self.groups.get(params["group"], self.empty)
        return self.scan.select(**params)

    def __getattr__(self, name):
        return getattr(self.scan, name)

    def __iter__(self):
        return iter(self.scan)

    def __len__(self):
        return len(self.scan)


def _entry_points_by_group() -> None:
    """catalogue's entry-point scan answered by group (`_EntryPointsByGroup`), once per process;
    left as it is where the scan has no select() (a plain dict of groups, before Python 3.10)."""
    import catalogue
    scan = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(scan, "select") and not isinstance(scan, _EntryPointsByGroup):
        catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointsByGroup(scan)


# spaCy's registry imports these languages' packages only to register their tokenizers (module,
# the name registrations.py imports from it)
_CJK_TOKENIZERS = (("spacy.lang.ja", "create_tokenizer"), ("spacy.lang.ko", "create_tokenizer"),
                   ("spacy.lang.th", "create_thai_tokenizer"), ("spacy.lang.vi", "create_vietnamese_tokenizer"),
                   ("spacy.lang.zh", "create_chinese_tokenizer"))


class _DeferredFunction:
    """A registered function whose module is imported when the function is first called or its
    signature read (as the config system does before calling it), not when it is registered."""

    def __init__(self, module: str, name: str):
        self.module, self.__name__, self.__qualname__ = module, name, name

    def real(self):
        import importlib
        return getattr(importlib.import_module(self.module), self.__name__)

    @property
    def __signature__(self):
        import inspect
        return inspect.signature(self.real())

    def __call__(self, *args, **kwargs):
        return self.real()(*args, **kwargs)


def _populate_registry_without_cjk() -> None:
    """spaCy's registry filled as `spacy.registrations.populate_registry` fills it at the first
    model load, except that the Japanese, Korean, Thai, Vietnamese and Chinese packages (their
    stop words, tag maps and lexical attributes: about 1% of a warm start's imports) are not
    imported only to register their tokenizers: a `_DeferredFunction` is registered for each and
    imports its package when a model asks for that tokenizer. Stand-in modules answer the
    imports while the registry fills and are removed afterwards, so a later `import spacy.lang.ja`
    gets the real package. Example: after it, "spacy.lang.zh" not in sys.modules."""
    try:
        from spacy import registrations
    except ImportError:   # an older spaCy, which registers everything as it imports
        return
    if registrations.REGISTRY_POPULATED:
        return
    stand_ins = {}
    for module, name in _CJK_TOKENIZERS:
        if module not in sys.modules:
            stand_ins[module] = types.ModuleType(module)
            setattr(stand_ins[module], name, _DeferredFunction(module, name))
    with _standing_in(stand_ins):
        registrations.populate_registry()


def _spacy_info(*args, **kwargs):
    """`spacy.info` as spaCy's own, imported when it is called."""
    from spacy.cli.info import info
    return info(*args, **kwargs)


TOKENIZER_FROM_DISK = "khobor.TokenizerReadFromDisk.v1"
# Loading overrides that change how fast a model loads, never what it tags:
# - the tokenizer `Language.__init__` makes is a bare one: spaCy's default for the language (its
#   prefix, suffix and infix regexes compiled, 388 special cases added) was thrown away at once,
#   `from_disk` resetting every setting of it from the model's `tokenizer` file (a fifth of a load);
# - the vocabulary's `strings.json` (the training words' texts, 50,000 in Bengali: a third of a
#   load) is not read: a tagged text adds the strings of its own tokens and the labels come with
#   the NER component, and the model computes on string hashes, never on the table; the vocab's
#   lookups (a `lexeme_norm` table, where a model has one) and vectors are still read.
# Both give the same tokens, norms and entities on the 13,000 news-dev paragraphs.
_TOKENIZER_READ_FROM_DISK = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_FROM_DISK}}}
_NOT_READ = ["strings"]


def _bare_tokenizer():
    """spaCy tokenizer factory registered as TOKENIZER_FROM_DISK: a tokenizer with no rules, for a
    model whose `tokenizer` file then sets all of them (`Tokenizer.from_bytes` resets each setting
    before it reads it). Example: _bare_tokenizer()(nlp).rules == {}."""
    from spacy.tokenizer import Tokenizer
    return lambda nlp: Tokenizer(nlp.vocab)


def _register_bare_tokenizer(spacy) -> None:
    """Registers `_bare_tokenizer` under TOKENIZER_FROM_DISK, once per process (a later load of
    another language finds it there), for `load_model`'s config to name instead of the default
    tokenizer. Example: after it, "khobor.TokenizerReadFromDisk.v1" is in spacy.util.registry.tokenizers."""
    if TOKENIZER_FROM_DISK not in spacy.util.registry.tokenizers:
        spacy.util.registry.tokenizers.register(TOKENIZER_FROM_DISK, func=_bare_tokenizer)


@lru_cache(maxsize=None)
def load_model(code: str):
    """The spaCy pipeline of language `code` (loaded once per process), or None when the pack has none."""
    spacy = import_spacy()
    pack = langpacks.load_or_none(code)
    if pack is None or not (pack.file("ner") / "meta.json").exists():
        return None
    _register_bare_tokenizer(spacy)
    # the tokenizer is kept (the stage needs it); nothing else than the NER pipeline ships
    with _msgpack_hooks_listed_once():
        nlp = spacy.load(pack.file("ner"), config=_TOKENIZER_READ_FROM_DISK, exclude=_NOT_READ)
    if _blas_threads_setter() is not None:
        _multiply_with_numpy(nlp)
    _lexemes_with_read_attributes(nlp)
    _embeddings_remembered(nlp)
    _dashes_apart(nlp, ner_yaml(code).get("dashes") or [])
    return nlp


def _dashes_apart(nlp, dashes: list[str]) -> None:
    """The tokenizer of `nlp` cuts the dashes of ner.yaml `dashes` off the words they touch, as
    the NER sets' words (which the model learnt from) have them: Bengali writers glue an em dash
    to the word before or after it, and the tokenizer's rules, which lack it, kept one token
    that the model tags as no name or as a name with the dash in it.
    Example: "হারিস রউফ ও হাসান আলী— এই দলে" -> ..., "আলী", "—", "এই", ...; no dashes: no change."""
    if not dashes:
        return
    import re as re_
    tok = nlp.tokenizer
    marks = "|".join(map(re_.escape, dashes))
    tok.prefix_search = re_.compile(f"^(?:{marks})|{tok.prefix_search.__self__.pattern}").search
    tok.suffix_search = re_.compile(f"(?:{marks})$|{tok.suffix_search.__self__.pattern}").search
    tok.infix_finditer = re_.compile(f"(?:{marks})|{tok.infix_finditer.__self__.pattern}").finditer


def _embeddings_remembered(nlp) -> None:
    """Each tok2vec of `nlp` whose first layer is spaCy's MultiHashEmbed (features, hash
    tables, their mix: a maxout and a layer norm) embeds through `_RememberedEmbeddings`."""
    from thinc.api import Model
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not model.layers or not _RememberedEmbeddings.fits(model.layers[0]):
            continue
        embed = model.layers[0]
        model.layers[0] = Model(embed.name, _RememberedEmbeddings(embed), layers=[embed], dims=dict(embed._dims))


class _RememberedEmbeddings:
    """The forward pass of a MultiHashEmbed that remembers the vector of each token's features
    (NORM, PREFIX, SUFFIX, SHAPE): a token's vector depends on those alone, and each row of the mix
    is computed on its own, so a batch's tokens are embedded once per distinct feature row and
    never again in the process. Why: most tokens of a batch are words met before (in a stream of
    new articles, 16 in 100 tokens of news-dev are a feature row of their own), and the embedding
    was a fifth of the tok2vec's CPU. Training (is_train) runs the layer as it is. The same vectors
    as the plain layer's: bit for bit where OpenBLAS's kernel keeps a product's rows apart, else to
    float rounding (1e-5), as spaCy's own layer differs between batches there (its Haswell kernels
    on an AMD EPYC, round 35), with the same entities. Example: model.layers[0] = Model(..., _RememberedEmbeddings(embed), ...)."""

    LIMIT = 200_000   # rows remembered before the memo starts again (96 floats each)
    # fewer tokens than this in a batch are embedded as spaCy does: OpenBLAS multiplies a matrix
    # of a few rows with another kernel (its last bits differ from a large batch's below 5 rows)
    FEWEST = 64

    def __init__(self, embed):
        self.embed = embed
        self.extract, _, self.tables, self.mix, _ = embed.layers
        self.rows: dict[bytes, object] = {}

    @staticmethod
    def fits(embed) -> bool:
        """A layer of MultiHashEmbed's shape: features, to ragged, tables, mix, to list."""
        return [x.name for x in embed.layers[:2]] == ["extract_features", "list2ragged"] \
            and len(embed.layers) == 5 and embed.layers[4].name == "ragged2list"

    def __call__(self, model, docs, is_train):
        import numpy
        feats = None if is_train else self.extract.predict(docs)
        if feats is None or sum(len(x) for x in feats) < self.FEWEST:
            return self.embed(docs, is_train)
        flat = numpy.ascontiguousarray(numpy.concatenate(feats))
        as_rows = flat.view(numpy.dtype((numpy.void, flat.dtype.itemsize * flat.shape[1]))).ravel()
        distinct, first, which = numpy.unique(as_rows, return_index=True, return_inverse=True)
        keys = [x.tobytes() for x in distinct]
        rows = self.rows   # this batch's memo: a full one is replaced, never emptied under another thread
        new = [i for i, k in enumerate(keys) if k not in rows]
        if len(rows) + len(new) > self.LIMIT:
            rows = self.rows = {}
            new = list(range(len(keys)))
        if new:
            rows.update(zip((keys[i] for i in new), self._vectors(model, flat[first[new]])))
        out = numpy.stack([rows[k] for k in keys])[which.ravel()]
        return numpy.split(out, numpy.cumsum([len(x) for x in feats])[:-1]), lambda dY: []

    def _vectors(self, model, rows):
        """The mix's vectors of feature `rows`, computed FEWEST rows at least (the first row
        repeated), so that the product is OpenBLAS's kernel for large matrices, as in a batch."""
        import numpy
        from thinc.types import Ragged
        padded = numpy.concatenate([rows, rows[:1].repeat(max(0, self.FEWEST - len(rows)), axis=0)])
        tables = self.tables.predict(Ragged(padded, model.ops.asarray1i([len(padded)])))
        return self.mix.predict(tables).dataXd[:len(rows)]


# the lexeme attributes read besides the model's features: NORM (`Token.norm_`) and IS_SPACE (the
# NER's moves never open an entity on a space; `written.py` drops the space tokens)
_READ_ATTRIBUTES = ("NORM", "IS_SPACE")


def _lexemes_with_read_attributes(nlp) -> None:
    """A word the vocabulary has not met gets only the attributes that are read: the features
    of the model's feature extractors (NORM, PREFIX, SUFFIX, SHAPE) and `_READ_ATTRIBUTES`, not
    spaCy's 23 (LOWER, LIKE_URL, IS_STOP, ...). Why: in a stream of new articles most sentences
    bring new words, and each new word ran every getter: a fifth of the tokenizer's time. The
    model and the stage read the same values, so the same entities.
    Example: after it, [IDS[n] for n in ("NORM", "IS_SPACE")] are among nlp.vocab.lex_attr_getters
    and LIKE_URL is not."""
    from spacy.attrs import IDS
    getters = nlp.vocab.lex_attr_getters
    if not getters:
        return
    read = set(_READ_ATTRIBUTES)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            if node.name == "extract_features":
                read.update(node.attrs.get("columns") or ())
    wanted = {IDS[name] if isinstance(name, str) else name for name in read}
    nlp.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in wanted}


def tag(nlp, texts: Iterable, batch_size: int = 256) -> Iterator:
    """`nlp.pipe(texts, batch_size=batch_size)`: the tagged Docs of `texts` (strings, or Docs
    already made), in order; a greedy transition-based component (the NER) runs as spaCy's
    `Parser.pipe` runs it (each batch's Docs by length, in sub-batches of a quarter of it) but
    predicts with `_greedy_predict`. Why: spaCy's wheel is compiled with Cython's profiling hooks,
    so its `greedy_parse`, which runs its step loop with the GIL released, takes the GIL back and
    gives it up again at every call of a small nogil helper inside it (each move's validity test
    reads the buffer through two of them, for every state at every step): half the NER's CPU went
    to the GIL's mutexes. Example: [d.ents for d in tag(nlp, ["Sheikh Hasina met ..."])]."""
    docs = (nlp.make_doc(t) if isinstance(t, str) else t for t in texts)
    for _, component in nlp.pipeline:
        if _parses_greedily(component):
            docs = _parser_pipe(component, docs, batch_size)
        else:
            docs = component.pipe(docs, batch_size=batch_size)
    return docs


def _parses_greedily(component) -> bool:
    """A transition-based component (NER, parser) without a beam."""
    return hasattr(component, "transition_states") and getattr(component, "cfg", {}).get("beam_width", 1) == 1


def _parser_pipe(parser, docs: Iterable, batch_size: int) -> Iterator:
    """spaCy's `Parser.pipe` with `_greedy_predict` for `parser.predict`: the same batches, sorted
    and cut the same way, so the step model sees the same matrices."""
    from spacy.util import minibatch
    error_handler = parser.get_error_handler()
    for batch in minibatch(docs, size=batch_size):
        in_order = list(batch)
        try:
            for sub in minibatch(sorted(in_order, key=len), size=max(batch_size // 4, 2)):
                sub = list(sub)
                parser.set_annotations(sub, _greedy_predict(parser, sub))
            yield from in_order
        except Exception as exc:
            error_handler(parser.name, parser, in_order, exc)


def _greedy_predict(parser, docs):
    """`parser.predict(docs)` (the final parse states) by the steps spaCy's `greedy_parse` takes:
    the model's features of all the tokens computed once, then, step by step, the scores of the
    unfinished states (the step model's `predict`, which sums the same precomputed features in
    the same C routine) and the best valid move of each (the parser's `transition_states`, its
    own C routine); the same moves, so the same entities (every sentence of news-dev). A beam
    parser or a batch without tokens goes to spaCy's own `predict`.
    Example: _greedy_predict(ner, docs) -> states for ner.set_annotations(docs, states)."""
    if parser.cfg.get("beam_width", 1) != 1 or not any(len(d) for d in docs):
        return parser.predict(docs)
    # as greedy_parse: a label of a Doc's own entities joins the moves; only a Doc with entities
    # has one, and spaCy's test builds a Token object for every word of every Doc (a fifth of this)
    if any(len(doc) and doc.has_annotation("ENT_TYPE") for doc in docs):
        parser._ensure_labels_are_added(docs)
    step = parser.model.predict(docs)
    batch = parser.moves.init_batch(docs)
    states = [state for state in batch if not state.is_final()]
    while states:
        states = parser.transition_states(states, step.predict(states))
    step.clear_memory()
    return batch


@contextmanager
def _msgpack_hooks_listed_once() -> Iterator[None]:
    """While a model loads, srsly's msgpack hook registries answer `get_all()` with the hooks they
    held when it began. Why: srsly lists them again at every msgpack read (about 40 per model),
    and each listing walks catalogue's whole registry of every library (some 500 functions) and
    the entry points: a tenth of `spacy.load`. Nothing registers a msgpack hook while a model
    loads, so every answer is the one the registry would give; the registries are as before after.
    Example: with _msgpack_hooks_listed_once(): nlp = spacy.load(path)."""
    from srsly import msgpack_decoders, msgpack_encoders
    registries = (msgpack_encoders, msgpack_decoders)

    def list_once() -> None:
        for registry in registries:
            hooks = registry.get_all()
            registry.get_all = lambda hooks=hooks: dict(hooks)   # a new dict per call, as get_all gives

    def list_as_before(_) -> None:
        for registry in registries:
            del registry.get_all
    # two threads may load two languages' models at once: the last to leave gives the registries
    # their own get_all back
    with _MODEL_LOADS.held(list_once, list_as_before):
        yield


class _HeldWhileAny:
    """A process-wide setting held while any thread is inside `held`: the first to enter calls
    `take`, the last to leave `give_back` with what `take` returned (also when the body raises).
    Why counted: each holder restoring what it saw when it entered would undo the setting under
    another still inside it, or leave it set after the last has left.
    Example: with _BLAS_PIN.held(lambda: setter(1), setter): ... (the caller's count back after)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.holders = 0
        self.taken = None

    @contextmanager
    def held(self, take, give_back) -> Iterator[None]:
        with self.lock:
            if self.holders == 0:
                self.taken = take()
            self.holders += 1
        try:
            yield
        finally:
            with self.lock:
                self.holders -= 1
                if self.holders == 0:
                    give_back(self.taken)


_MODEL_LOADS = _HeldWhileAny()   # the model loads inside _msgpack_hooks_listed_once


def _multiply_with_numpy(nlp) -> None:
    """Every layer of `nlp` multiplies its matrices with numpy's BLAS (OpenBLAS) instead of blis:
    the tok2vec's maxout layers are most of the model's time, and on this hardware OpenBLAS does
    their shapes (~1,000 x 288 by 288 x 288, float32) 1.4x faster on one core. The products are
    not bit for bit blis's (another summation order), so a score at a tie could tip: none did on
    the 13,203 news-dev sentences (the same entities, and the same `khobor eval`). Only used where
    the BLAS can be held to one thread per call (`one_blas_thread`)."""
    from thinc.api import NumpyOps
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


# OpenBLAS's setter by the names a build may export it under: plain (OpenBLAS's own, and still so
# in the scipy-openblas 0.3.31 that numpy 2.4 ships, which renames its other exports), or renamed
# like those should a later build do so (scipy_openblas_set_num_threads64_: prefix, 64-bit suffix)
_THREADS_SETTER_NAMES = ("openblas_set_num_threads_local", "scipy_openblas_set_num_threads_local64_",
                         "scipy_openblas_set_num_threads_local")


@lru_cache(maxsize=1)
def _blas_threads_setter():
    """OpenBLAS's `openblas_set_num_threads_local` from the library numpy's wheel bundles
    (site-packages/numpy.libs, a wheel layout rather than numpy's API), or None when there is none
    there (a numpy with another BLAS, a distribution's numpy, macOS, Windows) or it is older than
    OpenBLAS 0.3.27: then the model keeps blis."""
    import numpy
    for path in sorted((Path(numpy.__file__).resolve().parent.parent / "numpy.libs").glob("*openblas*.so*")):
        try:
            library = ctypes.CDLL(str(path))
        except OSError:
            continue
        setter = next((getattr(library, n) for n in _THREADS_SETTER_NAMES if hasattr(library, n)), None)
        if setter is not None:
            setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
            return setter
    return None


# The threads inside `one_blas_thread`, and the thread count to give back when the last leaves.
# Why counted: despite its name, `openblas_set_num_threads_local` sets the count of the whole
# process (OpenBLAS 0.3.31: a product in another thread then runs on one thread too) and returns
# the previous one, so two taggers each restoring what they saw would leave the process on one
# thread, or unpin one still tagging.
_BLAS_PIN = _HeldWhileAny()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """OpenBLAS on one thread while the model tags, the caller's setting back after (also when the
    tagging raises). Why: by default OpenBLAS splits each product over every core, and for the
    model's small matrices its threads mostly wait, spinning: 4-5x the CPU of one thread (and in a
    pool of one worker per core they fight each other). The setting is the process's: numpy in
    other threads runs on one thread too until the last tagger leaves.
    Example: with one_blas_thread(): docs = list(nlp.pipe(texts))."""
    setter = _blas_threads_setter()
    if setter is None:
        yield
        return
    with _BLAS_PIN.held(lambda: setter(1), setter):
        yield


# the top-level keys a ner.yaml may hold; its `gazetteer` section is checked by
# ner.gazetteer.settings
NER_KEYS = {"initial_max_chars", "initials", "titles", "script", "norm_suffixes", "model_licence",
            "gazetteer", "written", "gold_articles", "sentence_start_common_words", "colon_initials",
            "titles_outside_names", "common_acronyms", "common_words_alone", "acronym_glue",
            "known_name_runs", "dashes"}


def ner_yaml(code: str) -> dict:
    """The pack's ner.yaml ({} without one); a top-level key outside NER_KEYS is a ValueError
    naming the file and the key (a misspelt switch would otherwise be silently off).
    Example: ner_yaml("en")["script"] == "Latin"."""
    pack = langpacks.load(code)
    data = pack.yaml("ner", {}) or {}
    unknown = sorted(set(data) - NER_KEYS)
    if unknown:
        raise ValueError(f"{pack.file('ner.yaml')}: unknown key(s) {', '.join(unknown)}")
    return data


def detect_lang(words: Iterable[str]) -> str | None:
    """The pack whose NER script has the most letters among `words`."""
    scripts = {}
    for code in langpacks.available():
        script = ner_yaml(code).get("script")
        if script:
            scripts[code] = regex.compile(rf"\p{{Script={script}}}")
    counts = Counter()
    for w in words:
        for code, rx in scripts.items():
            counts[code] += len(rx.findall(w))
    return counts.most_common(1)[0][0] if counts and counts.most_common(1)[0][1] else None


def entity_spans(nlp, doc, gazetteer: bool = True, text: str | None = None,
                 within: tuple[str, int] | None = None) -> list[tuple[int, int, str]]:
    """(token start, token end, label) of a tagged Doc: the model's entities, reconciled with the
    actor registry (`ner.gazetteer`) unless `gazetteer` is False; `text`, when given, is the text
    the Doc was made from (saves building it again from the tokens); `within`: (the article,
    where `text` starts in it) when `text` is the article's own (`reconcile_doc`)."""
    if not gazetteer:
        return [(e.start, e.end, e.label_) for e in doc.ents]
    from .gazetteer import reconcile_doc
    spans = reconcile_doc(doc, nlp.lang, text, within)
    titles = _titles_outside_names(nlp.lang)
    words = None   # the Doc's words, read once for the rules below that read them (_doc_words)
    if spans and titles:
        words = _doc_words(doc, text)
        spans = bodies_before_offices(words, without_person_titles(words, spans, titles), titles)
    if spans and _drops_common_starts(nlp.lang):
        from .sentence_starts import without_common_starts
        spans = without_common_starts([t.text for t in doc[:3]], spans, nlp.lang)
    acronyms, alone, glue = common_words_of(nlp.lang)
    if spans and (acronyms or alone):
        from .common_acronyms import without_common_acronyms, without_common_words_alone
        words = words if words is not None else _doc_words(doc, text)
        spans = without_common_words_alone(words, without_common_acronyms(words, spans, acronyms, glue), alone, glue)
    runs = _known_name_runs(nlp.lang)
    if runs is not None:
        spans = with_known_name_runs(words if words is not None else _doc_words(doc, text), spans, nlp.lang, runs)
    return spans


def _doc_words(doc, text: str | None) -> list[str]:
    """Each token's text: cut from `text`, the text the Doc was made from, at the tokens' offsets
    (the tokenizer keeps every character, so a token's text is the slice at its offset), else
    read from each token. Why: `[t.text for t in doc]` makes a Token object per word, and
    `entity_spans` read the words so up to three times a sentence, a tenth of its time.
    Example: _doc_words(nlp("Dr. Yunus said"), "Dr. Yunus said") -> ["Dr.", "Yunus", "said"]."""
    if text is None:
        return [t.text for t in doc]
    from spacy.attrs import IDX, LENGTH
    return [text[a:a + n] for a, n in doc.to_array([IDX, LENGTH]).tolist()]


@lru_cache(maxsize=None)
def _known_name_runs(code: str):
    """The pack's ner.yaml `known_name_runs` settings (khobor.ner.known_name_runs), None when off."""
    from .known_name_runs import settings
    return settings(ner_yaml(code).get("known_name_runs"), f"lang/{code}/ner.yaml known_name_runs")


def with_known_name_runs(words: list[str], spans: list[tuple[int, int, str]], code: str,
                         runs: tuple[frozenset[str], frozenset[str]]) -> list[tuple[int, int, str]]:
    """`spans` with the people named by known name words the model left untagged or took for a
    body (khobor.ner.known_name_runs). Example: ["BNP", "'s", "Salahuddin", "Ahmed"],
    [(0, 1, "ORG")] -> [(0, 1, "ORG"), (2, 4, "PER")]."""
    from .known_name_runs import people_ending_bodies, untagged_name_runs
    particles, prefixes = runs
    known = _name_words_of(code)
    is_name = known.__contains__
    spans = people_ending_bodies(words, spans, is_name, particles, prefixes, _all_titles(code),
                                 common_words_of(code)[2].possessives)
    return untagged_name_runs(words, spans, is_name, particles, _all_titles(code) | prefixes)


@lru_cache(maxsize=None)
def _all_titles(code: str) -> frozenset[str]:
    return frozenset(t.casefold() for t in ner_yaml(code).get("titles") or [])


@lru_cache(maxsize=None)
def _name_words_of(code: str) -> frozenset[str]:
    """The registry's person-name words for `code` (khobor.ner.known_name_runs.name_words), less
    the pack's titles and common words."""
    from ..actors.registry import REGISTRY_PATH
    from ..actors.words import ner_common_words
    from .known_name_runs import name_words
    not_names = _all_titles(code) | frozenset(w.casefold() for w in ner_common_words(code))
    return name_words(code, str(REGISTRY_PATH), not_names)


@lru_cache(maxsize=None)
def common_words_of(code: str):
    """The pack's ner.yaml `common_acronyms`, `common_words_alone` and `acronym_glue`
    (khobor.ner.common_acronyms), empty without them: (acronyms, words alone, Glue)."""
    from .common_acronyms import Glue
    data = ner_yaml(code)
    return (frozenset(data.get("common_acronyms") or ()), frozenset(data.get("common_words_alone") or ()),
            Glue.from_yaml(data.get("acronym_glue"), f"{code} ner.yaml acronym_glue"))


def without_person_titles(words: list[str], spans: list[tuple[int, int, str]],
                          titles: frozenset[str]) -> list[tuple[int, int, str]]:
    """PER spans without the titles in front of the name (`gazetteer.untitled`), and PER spans
    of titles alone dropped: a title names nobody by itself (ner.yaml `titles_outside_names`).
    Example: ["Professor", "Yunus", "said"], [(0, 2, "PER")], {"professor"} -> [(1, 2, "PER")];
    ["The", "President", "said"], [(1, 2, "PER")], {"president"} -> []."""
    from .gazetteer import untitled
    return [(a, b, label) for a, b, label in untitled(words, spans, titles)
            if label != "PER" or any(w.casefold() not in titles for w in words[a:b])]


def bodies_before_offices(words: list[str], spans: list[tuple[int, int, str]],
                          titles: frozenset[str]) -> list[tuple[int, int, str]]:
    """A span right before capitalised titles that open a person's span is the body of that
    person's office ("Dhaka Chamber President Taskeen Ahmed", "BNP Acting Chairman Tarique
    Rahman"): the titles leave it, and a PER span becomes an ORG (the model reads "X Chamber
    President" as a person). Only capitalised titles: "Trump adviser Elon Musk" is a person's
    adviser, and a name ending in a title word ("John Major") has no person right after it. A span
    of titles alone ("Lieutenant Colonel") is left as it is.
    Example: ["Dhaka", "Chamber", "President", "Taskeen", "Ahmed"], [(0, 3, "PER"), (3, 5, "PER")],
    {"president"} -> [(0, 2, "ORG"), (3, 5, "PER")]."""
    people = {a for a, _, label in spans if label == "PER"}
    out = []
    for a, b, label in spans:
        core, after = b, b
        while core > a + 1 and _capitalised_title(words[core - 1], titles):
            core -= 1
        while after < len(words) and _capitalised_title(words[after], titles):
            after += 1
        named = not all(_capitalised_title(w, titles) for w in words[a:core])
        if after in people and (core < b or after > b) and named:
            a, b, label = a, core, "ORG" if label == "PER" else label
        out.append((a, b, label))
    return out


def _capitalised_title(word: str, titles: frozenset[str]) -> bool:
    """A title of the pack written with a capital ("President", not "president" nor "of").
    Example: "Chairman" -> True; "chairman" -> False."""
    return word[:1].isupper() and word.casefold() in titles


@lru_cache(maxsize=None)
def _titles_outside_names(code: str) -> frozenset[str]:
    """The pack's ner.yaml `titles`, lower-cased, where its `titles_outside_names` asks that they
    be dropped from the front of the person spans the model tags (a pack with the gazetteer on
    does so there); empty otherwise. Why: the English model still puts some titles inside the
    person spans it tags (its GMB training data opens them with the title: "Mr Rahman",
    "Professor Yunus"), while the name is the entity (GUIDELINES N3); a person span of titles
    alone ("President") names nobody and is dropped.
    Example: "en" -> frozenset({"mr", "professor", ...})."""
    data = ner_yaml(code)
    if not data.get("titles_outside_names"):
        return frozenset()
    return frozenset(t.casefold() for t in data.get("titles") or [])


@lru_cache(maxsize=None)
def _drops_common_starts(code: str) -> bool:
    """Whether the pack's ner.yaml turns on `sentence_start_common_words` (khobor.ner.sentence_starts)."""
    return bool(ner_yaml(code).get("sentence_start_common_words"))


def tag_sentences(nlp, sentences: list[list[str]], batch_size: int = 256,
                  gazetteer: bool = True) -> list[list[str]]:
    """BIO tags for each sentence of given words: Docs are built from the words as they are
    (no re-tokenisation), so the tags line up with the input tokens."""
    from spacy.tokens import Doc
    docs = (Doc(nlp.vocab, words=ws) for ws in sentences)
    out = []
    with one_blas_thread():  # streamed: a large file's Docs are never all held at once
        for doc in tag(nlp, docs, batch_size=batch_size):
            tags = ["O"] * len(doc)
            for start, end, label in entity_spans(nlp, doc, gazetteer):
                tags[start] = f"B-{label}"
                for k in range(start + 1, end):
                    tags[k] = f"I-{label}"
            out.append(tags)
    return out
