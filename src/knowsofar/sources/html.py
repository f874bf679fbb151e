"""HTML pages → Documents through trafilatura (main text, title, date, URL, language)."""

from __future__ import annotations

import trafilatura

from knowsofar.claims import Document
from knowsofar.sources.errors import SourceError


def html_to_document(
    html: str, path: str | None = None, url: str | None = None
) -> Document | SourceError:
    where = url or path or "<html>"
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=True, favor_recall=True
    )
    if not text:
        return SourceError(source=where, reason="no article text found in the HTML page",
                           path=path, url=url)
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    published = meta.date if meta and meta.date else None
    return Document(
        text=text,
        title=title,
        url=(meta.url if meta and meta.url else url),
        path=path,
        published=published,
        author=meta.author if meta else None,
    )
