"""Unicode and whitespace normalisation, before anything looks at the text.

NFC first: "য়" arrives both as one code point (U+09DF) and as য + nukta, and only one of them
may reach the index. HTML entities left in scraped text ("&ndash;") are decoded. Control
characters go, and so does ZWNJ (U+200C): scraped Bengali is sprinkled with it inside words
("বলেছেন" with a ZWNJ after ব), where it only changes rendering and would hide the word from
every lexicon. ZWJ (U+200D) stays: it writes the র-ফলা of "র‍্যাব" and is part of the spelling.
A ZWNJ right before a virama stays too: there it does the same work as ZWJ ("র‌্যাব", "চ‌্যালেঞ্জ"
with a ZWNJ after the র or চ: the য-ফলা written apart), it is how most outlets spell those
words, and readers quoting the text (gold surfaces, searches) keep it."""
from __future__ import annotations

import html
import unicodedata

import regex

_ENTITY = regex.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,10});")
_CONTROL = regex.compile(r"(?![\n\t])[\p{Cc}\p{Cs}\p{Co}\ufeff\u00ad\u200b\u2060]|\u200c(?![\u094d\u09cd])")
# a run of spaces becomes one space; a lone space is left alone (replaced by itself, it was a
# substitution for each word of the text: half the time of the sub on news-dev, same output)
_SPACES = regex.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if _ENTITY.search(text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", _CONTROL.sub("", text))
    return "\n".join(line.strip() for line in text.split("\n"))


def fold(text: str) -> str:
    """Comparison key for duplicate detection: case and spacing folded."""
    return " ".join(text.casefold().split())
