"""HTML pages → Documents through trafilatura.

trafilatura finds the main text and the metadata (title, author, date,
canonical URL); we keep the structure of that main text that the extractor
uses: headings (show titles), italics and citations (show titles again),
tables and bullet lists (cast lists, one item per line in the text).
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from htmldate import find_date
from htmldate.core import (
    DATE_ATTRIBUTES,
    ITEMPROP_ATTRS,
    NAME_MODIFIED,
    PROPERTY_MODIFIED,
    TIMESTAMP_PATTERN,
    is_date_candidate,
)
from htmldate.extractors import COMPLETE_URL, FAST_TAGS
from lxml import etree
from trafilatura import metadata as tmeta
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt

from knowsofar.claims import Document
from knowsofar.sources.errors import SourceError
from knowsofar.sources.files import _dateline

# Fewer words than this is a menu or an error page, not an article.
MIN_ARTICLE_WORDS = 5
_HEADING_RENDS = {"h1", "h2", "h3", "h4"}
# Built once: trafilatura builds its options from its config file on every call
# otherwise, which cost about a tenth of a bare extraction on bench_html.py's pages.
_EXTRACT_OPTIONS = Extractor(output_format="python", comments=False, tables=True, recall=True)


@dataclass
class PageMetadata:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None


# Attribute values that any of trafilatura's author XPaths (trafilatura.xpaths.AUTHOR_XPATHS)
# needs, matched loosely: pulling the attributes out and searching them once takes a
# twentieth of the time of those XPaths (or of one XPath with all their tests).
_BYLINE_ATTRIBUTES = etree.XPath(
    "//@class|//@id|//@rel|//@itemprop|//@data-testid|//@data-component", smart_strings=False
)
_BYLINE_CUES = re.compile(r"uthor|yl|BBL|name|writer|zuozhe|bianji|xiaobian|-by|\bme\b")


def _has_byline_markup(tree: Any) -> bool:
    """Whether trafilatura's author heuristic could find anything on this page."""
    if tree.find(".//author") is not None:
        return True
    return _BYLINE_CUES.search(" ".join(_BYLINE_ATTRIBUTES(tree))) is not None


def page_metadata(tree: Any, url: str | None, html: str | bytes = "") -> PageMetadata:
    """Title, author, date and canonical URL by trafilatura's own metadata steps.

    The steps of ``trafilatura.extract_metadata`` we use, cheapest first: meta
    tags and JSON-LD, then the title, author and URL heuristics only where those
    said nothing (the author one, the slowest step, only on pages with byline
    markup it could read), and htmldate on the page's date markup only (see
    ``markup_date``). Skipping the parts we do not use (site name, categories,
    tags, licence) and the slow searches keeps the whole path near bare
    ``trafilatura.extract`` speed.
    """
    found = tmeta.examine_meta(tree)
    with contextlib.suppress(Exception):  # trafilatura guards this step the same way
        found = tmeta.extract_meta_json(tree, found)
    title = found.title or tmeta.extract_title(tree)
    author = found.author if found.author and " " in found.author else None
    if not author and _has_byline_markup(tree):  # the heuristic costs more than the rest here
        author = tmeta.extract_author(tree)
    canonical = found.url or tmeta.extract_url(tree, url)
    date = markup_date(tree, canonical or url, html)
    return PageMetadata(title or None, author or None, date or None, canonical or None)


# Meta names, properties and itemprops htmldate reads a date from (htmldate.core.examine_header).
_DATE_META_NAMES = DATE_ATTRIBUTES | NAME_MODIFIED | PROPERTY_MODIFIED | ITEMPROP_ATTRS
_DATE_TAGS = frozenset({"time", "abbr", "script"})
# htmldate.core.date_candidates reads the FAST_TAGS elements for a date-naming class, id or
# itemprop. One XPath, so the elements come in page order; the tags are filtered in Python,
# ten times faster than in the XPath.
_DATE_ELEMENTS = etree.XPath(
    "//time|//abbr|//script[contains(@type, 'ld+json')]|(//@class|//@id|//@itemprop)/.."
)
_FAST_TAGS = frozenset(FAST_TAGS)
# Every machine timestamp (TIMESTAMP_PATTERN) has a clock time; this finds one far faster.
_CLOCK = re.compile(r":\d\d:")


def markup_date(tree: Any, url: str | None, html: str | bytes = "") -> str | None:
    """The published date by htmldate (no extensive search), read from date markup only.

    Date markup is what htmldate reads before it searches the text: a date in the
    URL, date meta tags, JSON-LD, ``<time>`` and ``<abbr>`` elements and elements
    whose class, id or itemprop names a date (by htmldate's own test). htmldate gets
    a page made of those elements alone, in page order; on the whole page its last
    resort would be the first date-like string of the headline or the prose, more
    often a premiere or an air date than the day the article came out, and a quarter
    of a bare extraction's time. Without date markup the article's dateline speaks
    instead (see ``html_to_document``). A machine timestamp ("2023-05-09T14:30:00")
    may sit in any attribute, so a page with one gets htmldate on the whole page.
    """
    raw = html.decode("latin-1") if isinstance(html, bytes) else html  # digits are ASCII anyway
    if _CLOCK.search(raw) and TIMESTAMP_PATTERN.search(raw):
        return find_date(tree, url=url, original_date=True, extensive_search=False)
    metas = [m for m in tree.iterfind(".//meta") if _meta_names_a_date(m)]
    marked: list[Any] = []
    for el in _DATE_ELEMENTS(tree):
        if not (el.tag in _DATE_TAGS or (el.tag in _FAST_TAGS and is_date_candidate(el))):
            continue
        # One copy of each element: one inside the last one taken comes with it.
        if not (marked and any(a is marked[-1] for a in el.iterancestors())):
            marked.append(el)
    if not metas and not marked and not (url and COMPLETE_URL.search(url)):
        return None
    page = lxml.html.Element("html")
    head, body = etree.SubElement(page, "head"), etree.SubElement(page, "body")
    for el in metas + marked:
        part = copy.deepcopy(el)
        part.tail = None  # the text after the element is prose, not markup
        (head if el.tag == "meta" else body).append(part)
    return find_date(page, url=url, original_date=True, extensive_search=False)


def _meta_names_a_date(meta: Any) -> bool:
    """Whether htmldate.core.examine_header could read a date from this meta tag."""
    attrs = meta.attrib
    if "content" not in attrs and "datetime" not in attrs:
        return False
    if "pubdate" in attrs or "http-equiv" in attrs:
        return True
    name = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
    if name == "og:url":
        return COMPLETE_URL.search(attrs.get("content") or "") is not None
    return name in _DATE_META_NAMES or name == "copyrightyear"


def html_to_document(
    html: str | bytes,
    path: str | None = None,
    url: str | None = None,
    charset: str | None = None,
    fetched: str | None = None,
) -> Document | SourceError:
    """One HTML page → a Document, or a SourceError saying why there is no article in it.

    ``html`` may be bytes; ``charset`` (from an HTTP header) is used to decode
    them when it is known, else trafilatura sniffs the encoding.
    """
    where = url or path or "<html>"

    def fail(reason: str) -> SourceError:
        return SourceError(source=where, reason=reason, path=path, url=url)

    if isinstance(html, bytes) and charset:
        with contextlib.suppress(LookupError):  # unknown charset name: let trafilatura sniff
            html = html.decode(codecs.lookup(charset).name, errors="replace")
    tree = trafilatura.load_html(html)
    if tree is None:
        return fail("not an HTML page (could not be parsed)")
    _drop_code(tree)
    page_lang = (tree.get("lang") or "").split("-")[0].strip().lower() or None
    page_h1 = _texts(tree.iter("h1"))
    # Italics and citations, read before trafilatura cleans the tree; only those in
    # the main text are kept below. (include_formatting would keep them too, but it
    # slowed trafilatura by a fifth to a third on benchmarks/bench_html.py's pages.)
    italics = _texts(tree.iter("i", "em", "cite"))
    try:
        meta = page_metadata(tree, url, html)
        found = trafilatura.bare_extraction(tree, options=_extract_options(url))
    except (ValueError, TypeError, etree.LxmlError) as exc:  # trafilatura lets a few through
        return fail(f"HTML page could not be read: {exc}")
    if found is None or found.body is None:
        return fail("no article text found in the HTML page")
    body = found.body
    _collapse_whitespace(body)
    text = xmltotxt(body, False)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return fail("no article text found in the HTML page")
    # trafilatura often leaves the page's h1 (the headline) out of the main text.
    heads = (h for h in body.iter("head") if h.get("rend", "h2") in _HEADING_RENDS)
    headings = _unique(page_h1[:1] + _texts(heads))
    emphasis = _unique([t for t in italics if t in text])
    return Document(
        text=text,
        title=meta.title,
        url=_trusted_canonical(meta.url, url),
        path=path,
        published=meta.date or _dateline(text),
        fetched=fetched,
        author=meta.author,
        language=page_lang,
        headings=headings,
        emphasis=emphasis,
        tables=_tables(body),
    )


def _extract_options(url: str | None) -> Extractor:
    """The shared options with this page's URL: no metadata, no comments, tables, recall."""
    options = copy.copy(_EXTRACT_OPTIONS)
    options.url = options.source = url
    return options


_CODE = etree.XPath("//script[not(contains(@type, 'ld+json'))]|//style|//noscript|//template|//svg")


def _drop_code(tree: Any) -> None:
    """Remove scripts and styles (JSON-LD stays: it holds metadata).

    trafilatura drops them too, but only after the metadata steps, which would
    otherwise run their regular expressions over what is often most of a page.
    """
    for el in _CODE(tree):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the text that follows the element


def _trusted_canonical(canonical: str | None, fetched_from: str | None) -> str | None:
    """The page's canonical URL, unless it points at another site than the one we read.

    A page may claim any canonical URL; believing one on another host would let
    it pass for (or hide) another site's article.
    """
    if not canonical:
        return fetched_from
    if not fetched_from:
        return canonical
    if _host(canonical) == _host(fetched_from):
        return canonical
    return fetched_from


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _collapse_whitespace(body: Any) -> None:
    """Line breaks inside a paragraph are source formatting, as a browser reads them.

    Left in, they cut sentences in two for the language model; <lb/> elements
    (real <br> breaks) are elements, not text, so they are kept.
    """
    for el in body.iter():
        if el.text and not el.text.isspace():
            el.text = _squash(el.text)
        if el.tail and not el.tail.isspace():
            el.tail = _squash(el.tail)


def _squash(s: str) -> str:
    inner = " ".join(s.split())
    return (" " if s[0].isspace() else "") + inner + (" " if s[-1].isspace() else "")


def _tables(body: Any) -> list[list[list[str]]]:
    """Each table as rows of cell texts (header rows included), empty rows dropped."""
    tables = []
    for table in body.iter("table"):
        rows = []
        for row in table.iter("row"):
            cells = [" ".join("".join(cell.itertext()).split()) for cell in row.iter("cell")]
            if any(cells):
                rows.append(cells)
        if rows:
            tables.append(rows)
    return tables


def _texts(elements: Any) -> list[str]:
    out = []
    for el in elements:
        t = " ".join("".join(el.itertext()).split())
        if t:
            out.append(t)
    return out


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
