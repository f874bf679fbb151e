"""Local files and folders → Documents (.txt, .md, .html/.htm).

Every input yields exactly one item, in input order (folders walked in sorted
order): a Document, or a SourceError that says why it could not be read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from knowsofar.claims import Document
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError
from knowsofar.sources.language import guess_language

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, folders walked (sorted) for readable files."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in READABLE_SUFFIXES:
                    yield child
        else:
            yield p


def read_paths(
    paths: Iterable[str | Path], settings: Settings | None = None
) -> Iterator[Document | SourceError]:
    settings = settings or get_settings()
    for path in expand_paths(paths):
        yield read_file(path, settings)


def read_file(path: Path, settings: Settings | None = None) -> Document | SourceError:
    """Read one file; never raises for bad input, returns a SourceError instead."""
    settings = settings or get_settings()
    where = str(path)

    def fail(reason: str) -> SourceError:
        return SourceError(source=where, reason=reason, path=where)

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return fail("no such file")
    except OSError as exc:
        return fail(f"cannot read file: {exc.strerror or exc}")
    if path.is_dir():
        return fail("is a folder with no readable files")
    if size == 0:
        return fail("empty file")
    if size > settings.max_document_bytes:
        return fail(
            f"file is {size / 1e6:.1f} MB, over the {settings.max_document_bytes / 1e6:.1f} MB "
            "limit (set KNOWSOFAR_MAX_DOCUMENT_BYTES to raise it)"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return fail(f"cannot read file: {exc.strerror or exc}")
    if b"\x00" in raw[:8192]:
        return fail("binary file, not text or HTML")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return fail(f"not UTF-8 text (bad byte at offset {exc.start}); re-save it as UTF-8")
    fetched = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(content):
        from knowsofar.sources.html import html_to_document

        doc = html_to_document(content, path=where)
        if isinstance(doc, SourceError):
            return doc
        doc.fetched = doc.fetched or fetched
    else:
        doc = text_to_document(content, path=where, fetched=fetched)
    return check_document(doc, where)


def text_to_document(
    content: str,
    path: str | None = None,
    url: str | None = None,
    fetched: str | None = None,
    published: str | None = None,
) -> Document:
    """Plain text or Markdown: the first non-empty line is the title."""
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    title = None
    headings: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("#"):
            headings.append(stripped.lstrip("#").strip())
        if title is None and stripped:
            title = stripped.lstrip("#").strip()
    if headings:
        # Markdown headings read as plain lines, without their marks.
        text = "\n".join(
            line.lstrip("#").strip() if line.lstrip().startswith("#") else line
            for line in text.split("\n")
        )
    if published is None:
        published = _dateline(text)
    return Document(
        text=text,
        title=title,
        path=path,
        url=url,
        fetched=fetched,
        published=published,
        headings=headings,
    )


def _dateline(text: str) -> str | None:
    """A text file has no metadata: a short line of its own near the top that is only a
    date ("Published: 2023-05-14") is the best word on the date it speaks for. Longer
    lines and sentences are prose (a hard-wrapped "July 2, 2020." may be a premiere)."""
    from knowsofar.extract.dates import dateline

    lines = [line.strip() for line in text.split("\n") if line.strip()][:6]
    for line in lines:
        if len(line) <= 40 and not line.endswith(".") and (found := dateline(line)):
            return found
    return None


def check_document(doc: Document, where: str) -> Document | SourceError:
    """Refuse documents the extractor cannot read: no text, or not English."""
    if not doc.text.strip():
        return SourceError(source=where, reason="no readable text", path=doc.path, url=doc.url)
    lang = guess_language(doc.text)
    # The text's own words outrank the page's lang attribute, which is often a site default.
    doc.language = lang or doc.language or "en"
    if lang not in (None, "en"):
        return SourceError(
            source=where,
            reason=f"article is in another language ({lang}); only English is read",
            path=doc.path,
            url=doc.url,
        )
    return doc


def _looks_like_html(content: str) -> bool:
    head = content[:1024].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")
