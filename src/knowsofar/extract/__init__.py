"""Extraction: documents → claims, through named spaCy components.

Every component stores what it finds in one Doc extension, ``doc._.knowsofar``
(a dict keyed by step: "document", "titles", "networks", "statuses", "dates",
"cast", "relations", "conflicts", ...). Use :func:`results` to read or write
it; the pipeline (``extract/pipeline.py``) turns the dict into Claims.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from knowsofar.extract.fastregex import fast_pattern

if not Doc.has_extension("knowsofar"):
    Doc.set_extension("knowsofar", default=None)


_KEY = ("._.", "knowsofar", None, None)  # where spaCy keeps doc._.knowsofar


def results(doc: Doc) -> dict[str, Any]:
    """The doc's knowsofar dict, created on first use.

    ``results(doc)["document"]`` holds what the source told us before the
    model ran: {"date", "title", "headings", "emphasis", "tables"}.
    """
    # Read and write the extension's own slot in user_data: the same value as
    # doc._.knowsofar, without the attribute machinery (called many times per doc).
    found = doc.user_data.get(_KEY)
    if found is None:
        found = {}
        doc.user_data[_KEY] = found
    return found


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy rebuilds it from the tokens on every access)."""
    found = results(doc)
    text = found.get("text")
    if text is None:
        text = found.get("doc_text") or doc.text
        # names.doc_text keeps the same string under "doc_text": build it once for both.
        found["text"] = found["doc_text"] = text
    return text


def entities(doc: Doc) -> list[tuple[int, int, str]]:
    """The model's entities as (start_char, end_char, label), read once per doc and shared
    by our components (``doc.ents`` builds a Span per entity on every access)."""
    found = results(doc)
    ents = found.get("entities")
    if ents is None:
        ents = found["entities"] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return ents


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The doc's sentences as character spans (start of the first token to the end of the
    last one's text), computed once per doc and shared by our components.

    The parser's cuts are mended: a cut with no end punctuation and no line break before
    it is undone ("Paper | Moons will not return", "Dr. | Ruth Kell"), and a blank line
    always ends a sentence.
    """
    found = results(doc)
    spans = found.get("sentence_spans")
    if spans is None:
        raw: list[tuple[int, int]] = []
        if len(doc):
            try:
                # One Span per sentence, read for its offsets only: cheaper than reading
                # the sentence starts as an array.
                raw = [(s.start_char, s.end_char) for s in doc.sents]
            except ValueError:  # no sentence boundaries set: the doc is one sentence
                whole = doc[:]
                raw = [(whole.start_char, whole.end_char)]
        spans = found["sentence_spans"] = _mend(text_of(doc), raw)
    return spans


# The abbreviations written before or after a name ("Dr.", "Cpl.", "Jr."), without the dot
NAME_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Det|Sgt|Lt|Capt|Gen|Prof|Rev|Col|Insp|Cmdr|Cpl|Pvt|Maj|Adm|Sen|Gov|Jr|Sr|St"
)
# A name's abbreviation the parser takes for a sentence's end ("Dr.", "Jr.", "J.")
_ABBREV_END = fast_pattern(rf"\b(?:{NAME_ABBREVIATIONS}|\p{{Lu}})\.$")
# A blank line (a paragraph break), with the white space after it
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# (not ":": "24: Legacy was canceled", "the plug on NCIS: Hawai'i" are cut there at times)
_END_PUNCTUATION = ".!?…\"”’')]"


def _mend(text: str, raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in raw:
        if spans:
            prev = text[spans[-1][0] : spans[-1][1]].rstrip()
            gap = text[spans[-1][0] + len(prev) : start]
            unfinished = bool(prev) and prev[-1] not in _END_PUNCTUATION
            if (unfinished or _ABBREV_END.search(prev)) and "\n" not in gap:
                spans[-1] = (spans[-1][0], end)
                continue
        spans.append((start, end))
    # The parser sometimes runs a sentence on across a blank line; paragraphs end sentences.
    out = []
    for start, end in spans:
        if "\n" in text[start:end]:
            for m in PARAGRAPH_BREAK.finditer(text, start, end):
                if m.end() < end:  # (a sentence keeps the blank line that ends it)
                    out.append((start, m.end()))
                    start = m.end()
        out.append((start, end))
    return [(s, e) for s, e in _split_after_suffix(text, out) if text[s:e].strip()]


# "... in the hands of James Pickens Jr. Kevin McKidd stars as ...": the parser runs on
# past a name's suffix, but a new name after it starts a new sentence
_SUFFIX_THEN_NAME = fast_pattern(r"\b(?:Jr|Sr)\.(?=[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}\p{Ll})")


def _split_after_suffix(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if "r. " not in text:
        return spans
    out = []
    for start, end in spans:
        for m in _SUFFIX_THEN_NAME.finditer(text, start, end):
            out.append((start, m.end()))
            start = m.end() + 1
        out.append((start, end))
    return out
