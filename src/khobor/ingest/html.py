"""HTML pages: trafilatura finds the main text and the metadata; we add the figure captions and
their credits, which trafilatura drops or flattens into the body."""
from __future__ import annotations

import re

from .pubdate import publication_date
from .raw import InputError, RawArticle

_CREDIT_CLASSES = re.compile(r"credit|copyright|byline|source|photographer", re.I)
_WS = re.compile(r"\s+")


def _clean(s: str | None) -> str:
    return _WS.sub(" ", s or "").strip()


def _figure_captions(tree) -> list[tuple[str, str | None]]:
    """(caption text, credit text or None) for each <figcaption>, in document order."""
    out = []
    for cap in tree.iter("figcaption"):
        credit = None
        for el in cap.iter():
            if el is not cap and _CREDIT_CLASSES.search(el.get("class") or ""):
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
        authors=[a.strip() for a in re.split(r";|\band\b", author) if a.strip()],
        known_captions=caption_lines,
    )


def credit_marker(credit: str) -> str:
    """A credit from markup, written the way the cleaner recognises captions' credits."""
    return credit if re.match(r"(?i)(photo|ছবি|file|ফাইল)", credit) else f"Photo: {credit}"
