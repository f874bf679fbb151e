"""The API's write side: ingest posted articles (then alert followers), follow shows.

Posted URLs are fetched by remote request, so they go through the web fetcher's address
rules with private addresses refused; posted text and HTML are read like files.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from knowsofar.claims import Document, Extraction
from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.serve.webhooks import FollowerAlerts
from knowsofar.sources.errors import SourceError


def to_documents(
    posted: list[dict[str, Any]], urls: list[str], settings: Settings
) -> list[Document | SourceError]:
    """Posted articles and URLs → Documents (or error records, one per bad item)."""
    from knowsofar.sources.files import check_document, text_to_document
    from knowsofar.sources.html import html_to_document

    now = datetime.now(UTC).isoformat(timespec="seconds")
    items: list[Document | SourceError] = []
    for i, d in enumerate(posted):
        where = d.get("url") or f"documents[{i}]"
        size = len((d.get("html") or d.get("text") or "").encode("utf-8"))
        if size > settings.max_document_bytes:
            items.append(SourceError(where, f"document over {settings.max_document_bytes} bytes"))
            continue
        if d.get("html"):
            doc = html_to_document(d["html"], url=d.get("url"), fetched=now)
        elif d.get("text"):
            doc = text_to_document(d["text"], url=d.get("url"), fetched=now)
        else:
            items.append(
                SourceError(where, "give the article's 'text' or 'html'", url=d.get("url"))
            )
            continue
        if isinstance(doc, Document):
            if d.get("title"):
                doc.title = d["title"]
            if d.get("published"):
                doc.published = d["published"]
            doc = check_document(doc, where)
        items.append(doc)
    if urls:
        from knowsofar.sources.web import WebFetcher

        # Remote callers never get us to fetch loopback or private addresses.
        with WebFetcher(settings, allow_private=False) as fetcher:
            items.extend(fetcher.fetch_document(u) for u in urls)
    return items


def _mentioned(ex: Extraction) -> list[str]:
    return list(dict.fromkeys([*ex.shows, *(c.show for c in ex.claims)]))


def ingest_documents(
    ks: Knowsofar, items: Iterable[Document | SourceError], base_url: str | None = None
) -> dict[str, Any]:
    """Extract and store each item; post webhooks for status changes it caused."""
    kb = ks.kb
    out: dict[str, Any] = {"documents": 0, "stored": 0, "errors": [], "shows": [], "alerts": []}
    documents: list[Document] = []
    for item in items:
        if isinstance(item, SourceError):  # unreadable: recorded, and the batch goes on
            out["documents"] += 1
            kb.record_error(item.source, item.reason)
            out["errors"].append({"source": item.source, "reason": item.reason})
        else:
            documents.append(item)
    alerts = FollowerAlerts(kb, ks.settings, base_url=base_url)
    for ex in ks.extract_documents(documents):
        out["documents"] += 1
        where = ex.source.url or ex.source.path or ex.source.key
        if ex.error:
            kb.record_error(where, ex.error)
            out["errors"].append({"source": where, "reason": ex.error})
            continue
        titles = _mentioned(ex)
        before = alerts.before(titles)
        try:
            result = kb.ingest_extraction(ex)
        except Exception as exc:  # one bad document must not stop the batch
            reason = f"could not store: {type(exc).__name__}: {exc}"
            kb.record_error(where, reason)
            out["errors"].append({"source": where, "reason": reason})
            continue
        out["stored"] += 1
        alerts.after(titles, before)
        for slug in result.shows:
            if slug not in out["shows"]:
                out["shows"].append(slug)
    out["alerts"] = alerts.sent
    return out
