"""Crawl files (WARC and ARC, gzipped or not) → Documents, streamed through warcio.

Only HTML responses with status 200 become Documents; other records (requests,
metadata, redirects, images) are passed over and counted. Memory stays flat
however large the file: one record is held at a time, and no more than
``Settings.max_document_bytes`` of it.

A record warcio cannot parse gives one SourceError; reading then resumes at
the next record it can find (the next gzip member, or the next ``WARC/``
header in an uncompressed file) when the input is seekable.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader

from knowsofar.claims import Document
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError

CRAWL_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"\nWARC/"
# How far past a broken record we look for the next one before giving up.
_RESYNC_LIMIT = 64 * 1024 * 1024
_READ_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError, IndexError)


@dataclass
class WarcStats:
    """What a pass over one crawl file saw."""

    records: int = 0
    html: int = 0
    skipped: int = 0  # not a 200 HTML response
    irrelevant: int = 0  # HTML the pre-filter turned away (with prefilter=True)
    errors: int = 0


def is_crawl_file(path: str | Path) -> bool:
    return str(path).lower().endswith(CRAWL_SUFFIXES)


def iter_warc(
    source: str | Path | IO[bytes],
    settings: Settings | None = None,
    stats: WarcStats | None = None,
    *,
    prefilter: bool = False,
) -> Iterator[Document | SourceError]:
    """Yield one Document per HTML response in a WARC/ARC file, SourceErrors for bad records.

    ``source`` is a path or a binary file object (seekable ones allow recovery
    after a corrupt record). Pass a ``WarcStats`` to learn what was skipped.
    With ``prefilter`` the relevance pre-filter runs on the raw HTML first and
    pages it turns away never reach trafilatura (most of a crawl is not TV news).
    """
    settings = settings or get_settings()
    stats = stats if stats is not None else WarcStats()
    if isinstance(source, str | Path):
        name = str(source)
        try:
            fh: IO[bytes] = open(source, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            stats.errors += 1
            yield SourceError(
                source=name, reason=f"cannot open crawl file: {exc.strerror or exc}", path=name
            )
            return
        try:
            yield from _iter_fileobj(fh, name, settings, stats, prefilter)
        finally:
            fh.close()
    else:
        name = str(getattr(source, "name", "<crawl file>"))
        yield from _iter_fileobj(source, name, settings, stats, prefilter)


def _iter_fileobj(
    fh: IO[bytes], name: str, settings: Settings, stats: WarcStats, prefilter: bool
) -> Iterator[Document | SourceError]:
    seekable = _seekable(fh)
    start = fh.tell() if seekable else 0
    head = _peek(fh, 4096) if seekable else b""
    gzipped = head[:2] == _GZIP_MAGIC[:2]
    if seekable:
        problem = _sniff(head)
        if problem:
            stats.errors += 1
            yield SourceError(source=name, reason=problem, path=name)
            return
    while True:
        records = ArchiveIterator(fh, arc2warc=True)
        try:
            for record in records:
                if _garbled(record):
                    # (a damaged gzip member can inflate to noise that warcio reads as a
                    # record whose Content-Length swallows the records after it)
                    raise ValueError("the record's header is not text (a damaged record)")
                stats.records += 1
                item = _record_to_item(record, name, settings, stats, prefilter)
                if _cut_short(record):
                    stats.errors += 1
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    item = SourceError(
                        source=url or name,
                        reason="crawl record is cut short: the file is truncated "
                        "or a Content-Length is wrong",
                        path=name,
                        url=url,
                    )
                if item is not None:
                    yield item
        except _READ_ERRORS as exc:
            # warcio keeps the offset of the record it was reading when it failed.
            broken_at = int(getattr(records, "offset", start))
            stats.errors += 1
            yield SourceError(
                source=f"{name} (record at byte {broken_at})",
                reason=f"corrupt crawl record: {_short(exc)}",
                path=name,
            )
        else:
            if not seekable:
                return
            # warcio stops quietly at a record cut off mid-header (a truncated file).
            broken_at = int(getattr(records, "offset", start))
            end = fh.seek(0, 2)
            if broken_at >= end:
                return
            stats.errors += 1
            yield SourceError(
                source=f"{name} (record at byte {broken_at})",
                reason="crawl file ends in the middle of a record (truncated?)",
                path=name,
            )
        if not seekable:
            return
        resume = _find_next_record(fh, max(broken_at, start) + 1, gzipped)
        if resume is None:
            return
        fh.seek(resume)
        start = resume


def _record_to_item(
    record: Any, name: str, settings: Settings, stats: WarcStats, prefilter: bool = False
) -> Document | SourceError | None:
    if record.rec_type != "response" or record.http_headers is None:
        stats.skipped += 1
        return None
    status = record.http_headers.get_statuscode()
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if status != "200" or ctype not in HTML_TYPES:
        stats.skipped += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = url or name
    stream = record.content_stream()
    body = stream.read(settings.max_document_bytes + 1)
    if len(body) > settings.max_document_bytes:
        stats.errors += 1
        return SourceError(
            source=where,
            reason=f"page is over the {settings.max_document_bytes / 1e6:.1f} MB limit "
            "(set KNOWSOFAR_MAX_DOCUMENT_BYTES to raise it)",
            url=url,
        )
    stats.html += 1
    if prefilter:
        from knowsofar.extract.prefilter import is_relevant

        if not is_relevant(body):  # raw HTML holds every word of the text, and more
            stats.irrelevant += 1
            return None
    from knowsofar.sources.files import check_document
    from knowsofar.sources.html import html_to_document

    fetched = record.rec_headers.get_header("WARC-Date")
    doc = html_to_document(body, url=url, charset=_charset(record), fetched=fetched)
    if isinstance(doc, SourceError):
        stats.errors += 1
        return doc
    checked = check_document(doc, where)
    if isinstance(checked, SourceError):
        stats.errors += 1
    return checked


# Control characters (Unicode's Cc, but the tab), which no real header value holds
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _garbled(record: Any) -> bool:
    """Whether a record's header holds control characters, which no real header has."""
    return any(_CONTROL_CHARACTER.search(value) for _, value in record.rec_headers.headers)


def _cut_short(record: Any) -> bool:
    """Read the rest of the record; True when it ends before its declared length."""
    raw = record.raw_stream
    while raw.read(64 * 1024):
        pass
    return isinstance(raw, LimitReader) and raw.limit > 0


def _sniff(head: bytes) -> str | None:
    """Why these first bytes are not a WARC or ARC file, or None when they are."""
    if not head:
        return "empty crawl file"
    if head[:2] == _GZIP_MAGIC[:2]:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error as exc:
            return f"crawl file starts with a broken gzip member: {exc}"
    if head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
        return None
    return "not a WARC or ARC file (it should start with a WARC/ or filedesc:// header)"


def _charset(record: Any) -> str | None:
    ctype = record.http_headers.get_header("Content-Type") or ""
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _find_next_record(fh: IO[bytes], pos: int, gzipped: bool) -> int | None:
    """Offset of the next record start at or after ``pos``, or None."""
    magic = _GZIP_MAGIC if gzipped else _WARC_MAGIC
    skip = 0 if gzipped else 1  # the newline before "WARC/" belongs to the previous record
    fh.seek(pos)
    scanned = 0
    carry = b""
    while scanned < _RESYNC_LIMIT:
        chunk = fh.read(1024 * 1024)
        if not chunk:
            return None
        data = carry + chunk
        hit = data.find(magic)
        if hit >= 0:
            return pos - len(carry) + hit + skip
        carry = data[-(len(magic) - 1) :]
        pos += len(chunk)
        scanned += len(chunk)
    return None


def _seekable(fh: IO[bytes]) -> bool:
    try:
        return bool(fh.seekable()) and fh.tell() >= 0
    except (AttributeError, OSError, ValueError):
        return False


def _peek(fh: IO[bytes], n: int) -> bytes:
    pos = fh.tell()
    data = fh.read(n)
    fh.seek(pos)
    return data


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
