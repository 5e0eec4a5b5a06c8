"""The registry scan goes piece by piece between characters no mention runs over, and remembers
each piece's mentions: the same mentions as one pass over the whole text, at the same offsets."""
from khobor.actors.link import get_registry
from khobor.actors.scan import scan


def _spans(mentions):
    return [(m.start, m.end, m.key, m.actor_ids, m.demonym) for m in mentions]


def test_a_sentence_scanned_alone_gives_the_mentions_it_has_inside_the_article():
    reg = get_registry()
    bn = reg.info("bn")
    article = "ঢাকায় পুতিন বলেন, মস্কো রাজি। শেখ হাসিনা ভারতে গেছেন।"
    whole = _spans(scan(article, reg, bn))
    second = article.index("শেখ")
    alone = [(s + second, e + second, *rest) for s, e, *rest in _spans(scan(article[second:], reg, bn))]
    assert alone and alone == [x for x in whole if x[0] >= second]
    assert [article[s:e] for s, e, *_ in whole][:3] == ["ঢাকায়", "পুতিন", "মস্কো"]


def test_a_mention_runs_over_a_hyphen_and_a_space_but_not_over_a_comma():
    reg = get_registry()
    en = reg.info("en")
    text = "Guinea-Bissau and Vladimir Putin, Moscow said."
    found = [text[m.start:m.end] for m in scan(text, reg, en)]
    assert "Guinea-Bissau" in found and "Vladimir Putin" in found and "Moscow" in found
    assert not any("," in f for f in found)


def test_a_remembered_piece_gives_fresh_mentions():
    reg = get_registry()
    en = reg.info("en")
    first = scan("Vladimir Putin arrived.", reg, en)
    first[0].actor_ids.append("someone-else")
    first[0].start = 99
    again = scan("Vladimir Putin arrived.", reg, en)
    assert (again[0].start, again[0].actor_ids) != (99, first[0].actor_ids)
    shifted = scan("Then Vladimir Putin arrived.", reg, en)   # the same piece at another offset
    assert shifted[0].start == again[0].start + len("Then ")


def test_an_article_of_another_language_keeps_the_pieces_remembered():
    """A Bengali stream with an English article in it: the Bengali pieces stay remembered, so a
    piece met again is not scanned again (the memo used to hold the last language only)."""
    from khobor.actors import scan as scan_module
    reg = get_registry()
    bn, en = reg.info("bn"), reg.info("en")
    piece = "পুতিন মস্কোয় ফিরেছেন"
    scan(piece, reg, bn)
    scan("Vladimir Putin returned to Moscow", reg, en)
    assert piece in scan_module._Memo.of(reg, bn).pieces
    assert "Vladimir Putin returned to Moscow" in scan_module._Memo.of(reg, en).pieces


def test_an_alias_word_that_starts_no_text_word_asks_for_no_stems(monkeypatch):
    """Many aliases open with "বাংলাদেশ"; a text word that none of their second words begins
    ("থেকে") is ruled out without asking for its stems (a stem is the start of its word), and
    the mentions stay as they were."""
    reg = get_registry()
    bn = reg.info("bn")
    for word in ("বাংলাদেশ", "থেকে", "এলেন"):   # each word's own candidates remembered first
        scan(word, reg, bn)
    before = _spans(scan("বাংলাদেশ থেকে এলেন", reg, bn))
    asked = []
    stems = bn.morph.stems
    monkeypatch.setattr(bn.morph, "stems", lambda tok: asked.append(tok) or stems(tok))
    assert _spans(scan("তারা বাংলাদেশ থেকে এলেন", reg, bn))[0][2:] == before[0][2:]
    assert "থেকে" not in asked
