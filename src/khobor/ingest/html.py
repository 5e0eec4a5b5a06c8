"""HTML pages: trafilatura finds the main text and the metadata; we add the figure captions and
their credits, which trafilatura drops or flattens into the body."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from .pubdate import publication_date
from .raw import InputError, RawArticle

_WS = re.compile(r"\s+")
HTML_KEYS = {"credit_classes", "author_joiners", "credit_words", "credit_label"}


@dataclass(frozen=True)
class HtmlWords:
    """Every pack's `html.yaml`, compiled: the reader does not know the page's language yet."""
    credit_classes: re.Pattern | None   # searched in a class attribute: "photo-credit" has "credit"
    author_split: re.Pattern            # ";" and the joining words, as whole words
    credit_words: re.Pattern | None     # matched at a credit's start: "Photo: AFP" has one
    credit_label: str | None            # the first pack's label ("Photo")


def _alternation(words: list[str], whole: bool = False) -> str:
    """words ["and", "&"] -> r"and|&" (with whole, r"\band\b|\b&\b")."""
    return "|".join(rf"\b{re.escape(w)}\b" if whole else re.escape(w) for w in words)


def _pack_words(code: str) -> dict:
    """One pack's html.yaml, checked: an unknown key is an error naming the file and the key."""
    data = lang.load(code).yaml("html", {}) or {}
    unknown = sorted(set(data) - HTML_KEYS)
    if unknown:
        raise ValueError(f"{lang.load(code).file('html.yaml')}: unknown key(s) {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(HTML_KEYS))})")
    return data


@lru_cache(maxsize=1)
def html_words() -> HtmlWords:
    """What every pack's html.yaml says, e.g. html_words().author_split.split("A and B") == ["A ", " B"]."""
    packs = [_pack_words(c) for c in lang.available()]
    gather = lambda key: [w for p in packs for w in p.get(key) or []]  # noqa: E731
    classes, joiners, starts = gather("credit_classes"), gather("author_joiners"), gather("credit_words")
    return HtmlWords(
        credit_classes=re.compile(_alternation(classes), re.I) if classes else None,
        author_split=re.compile(";" + ("|" + _alternation(joiners, whole=True) if joiners else "")),
        credit_words=re.compile(f"(?i)({_alternation(starts)})") if starts else None,
        credit_label=next((p["credit_label"] for p in packs if p.get("credit_label")), None),
    )


def _clean(s: str | None) -> str:
    return _WS.sub(" ", s or "").strip()


def _figure_captions(tree) -> list[tuple[str, str | None]]:
    """(caption text, credit text or None) for each <figcaption>, in document order."""
    out = []
    credit_classes = html_words().credit_classes
    for cap in tree.iter("figcaption"):
        credit = None
        for el in cap.iter():
            if el is not cap and credit_classes and credit_classes.search(el.get("class") or ""):
                credit = _clean(el.text_content())
                el.drop_tree()
                break
        text = _clean(cap.text_content())
        if text or credit:
            out.append((text, credit))
    return out


def read_html(page: str, source: str, url: str | None = None) -> RawArticle:
    # imported here: trafilatura is a large import that only HTML inputs need
    import trafilatura
    from trafilatura.utils import load_html
    tree = load_html(page)  # parsed once, for our captions and for trafilatura
    if tree is None:
        raise InputError("unreadable HTML (no document tree)")
    captions = _figure_captions(tree)
    # one trafilatura pass gives the main text (paragraphs on lines) and the metadata
    extracted = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, include_images=False, favor_recall=True,
                                            date_extraction_params={"extensive_search": False, "original_date": True})
    doc = extracted.as_dict() if extracted is not None else {}
    body = doc.get("text") or ""
    if not body.strip():
        raise InputError("no article text found in the HTML (only scripts, navigation or markup)")
    lines = [l.strip() for l in body.split("\n") if l.strip()]
    caption_lines = []
    for text, credit in captions:
        line = f"{text} {credit_marker(credit)}".strip() if credit else text
        # trafilatura sometimes keeps the caption as a paragraph of its own: mark that line instead
        same = [i for i, l in enumerate(lines) if _clean(l).startswith(text[:40])] if text else []
        if same:
            lines[same[0]] = line
        else:
            lines.append(line)
        caption_lines.append(line)
    title = doc.get("title")
    if title and lines and _clean(lines[0]) == _clean(title):
        lines = lines[1:]
    author = doc.get("author") or ""
    return RawArticle(
        source=source, text="\n".join(lines), url=url or doc.get("url"),
        title=title, published=publication_date(tree, url or doc.get("url"), doc.get("date")),
        outlet=doc.get("sitename") or doc.get("hostname"),
        authors=[a.strip() for a in html_words().author_split.split(author) if a.strip()],
        known_captions=caption_lines,
    )


def credit_marker(credit: str) -> str:
    """A credit from markup, written the way the cleaner recognises captions' credits."""
    words = html_words()
    if (words.credit_words and words.credit_words.match(credit)) or not words.credit_label:
        return credit
    return f"{words.credit_label}: {credit}"
