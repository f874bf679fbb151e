"""JSON Lines of pages → Documents: one object a line, ``{url, html | text, published}``.

Streamed line by line (gzipped files too); a bad line gives one SourceError
naming the file and line, and reading goes on with the next line.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from knowsofar.claims import Document
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl_file(path: str | Path) -> bool:
    return str(path).lower().endswith(JSONL_SUFFIXES)


def iter_jsonl(
    source: str | Path | IO[bytes], settings: Settings | None = None
) -> Iterator[Document | SourceError]:
    """One Document or SourceError per non-blank line, in file order."""
    settings = settings or get_settings()
    if isinstance(source, str | Path):
        name = str(source)
        try:
            fh: IO[bytes] = open(source, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            yield SourceError(
                source=name, reason=f"cannot open file: {exc.strerror or exc}", path=name
            )
            return
        with fh:
            yield from _iter_lines(fh, name, settings)
    else:
        yield from _iter_lines(source, str(getattr(source, "name", "<jsonl>")), settings)


def _iter_lines(fh: IO[bytes], name: str, settings: Settings) -> Iterator[Document | SourceError]:
    stream: IO[bytes] = io.BufferedReader(fh) if not hasattr(fh, "peek") else fh  # type: ignore[arg-type]
    if stream.peek(2)[:2] == b"\x1f\x8b":  # type: ignore[attr-defined]
        stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
    limit = settings.max_document_bytes
    lineno = 0
    while True:
        where = f"{name}:{lineno + 1}"
        try:
            raw = stream.readline(limit + 1)
        except (OSError, EOFError) as exc:  # truncated or corrupt gzip
            yield SourceError(source=where, reason=f"file cannot be read further: {exc}", path=name)
            return
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            # Skip the rest of the over-long line before reporting it.
            while True:
                rest = stream.readline(1024 * 1024)
                if not rest or rest.endswith(b"\n"):
                    break
            yield SourceError(
                source=where,
                reason=f"line is over the {limit / 1e6:.1f} MB limit "
                "(set KNOWSOFAR_MAX_DOCUMENT_BYTES to raise it)",
                path=name,
            )
            continue
        if not raw.strip():
            continue
        yield line_to_document(raw, where, name)


def line_to_document(
    raw: bytes | str, where: str, name: str | None = None
) -> Document | SourceError:
    """One JSON Lines record → a Document (HTML through trafilatura) or a SourceError."""

    def fail(reason: str, url: str | None = None) -> SourceError:
        return SourceError(source=where, reason=reason, path=name, url=url)

    try:
        obj: Any = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return fail(f"not valid JSON: {exc}")
    if not isinstance(obj, dict):
        return fail("each line must be a JSON object with url and html or text")
    url = obj.get("url")
    published = obj.get("published")
    if url is not None and not isinstance(url, str):
        return fail("url must be a string")
    if published is not None and not isinstance(published, str):
        return fail("published must be a date string like 2021-06-25", url)
    html, text = obj.get("html"), obj.get("text")
    if not isinstance(html, str | type(None)) or not isinstance(text, str | type(None)):
        return fail("html and text must be strings", url)
    if not (html and html.strip()) and not (text and text.strip()):
        return fail("no html or text in this line", url)
    from knowsofar.sources.files import check_document, text_to_document
    from knowsofar.sources.html import html_to_document

    if html and html.strip():
        doc = html_to_document(html, url=url)
        if isinstance(doc, SourceError):
            doc.source, doc.path = where, name
            return doc
        doc.published = published or doc.published
    else:
        doc = text_to_document(text or "", url=url, published=published)
    return check_document(doc, url or where)
