"""RSS and Atom feeds → Documents for new entries only, through feedparser.

The feed itself is fetched by :class:`~knowsofar.sources.web.WebFetcher` (so the
same address, robots and size rules apply) with a conditional request
(ETag / Last-Modified). Each new entry's page is fetched and read as HTML; an
entry whose page cannot be had falls back to the text the feed carries, if any.

Feed state lives in the database (``feeds``, ``feed_entries``). The new entries
of a poll are handed to a callback (which stores them), and only when it returns
are they marked seen and the ETag kept, in one transaction; if it fails they stay
new for the next poll (storing is idempotent, so nothing counts twice). A broken or
unreachable feed is recorded (``feeds.last_error``, an ``errors`` row) and
retried with exponential back-off; the other feeds go on.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from xml.sax import SAXParseException

import feedparser
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from knowsofar.claims import Document
from knowsofar.config import Settings, get_settings
from knowsofar.kb.schema import Error, Feed, FeedEntry
from knowsofar.sources.errors import SourceError
from knowsofar.sources.web import FEED_TYPES, FetchError, WebFetcher

Handler = Callable[[list[Document | SourceError]], Any]

MAX_URL_CHARS = 2048  # feeds.url's length
# Feed text shorter than this is a teaser, not an article.
MIN_FEED_TEXT_CHARS = 400
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> timedelta:
    """'30m', '1h', '2h30m', '90s', '1d' → a timedelta (at least one second)."""
    cleaned = text.strip().lower().replace(" ", "")
    parts = _DURATION.findall(cleaned)
    if not parts or "".join(a + b for a, b in parts) != cleaned:
        raise ValueError(f"cannot read {text!r} as a duration; write it like 30m, 1h or 2h30m")
    seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds < 1:
        raise ValueError(f"{text!r} is too short; poll at most once a second")
    return timedelta(seconds=seconds)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class PollResult:
    """What one poll of one feed did."""

    url: str
    outcome: str  # "new" | "unchanged" | "not_modified" (304) | "failed" | "not_due"
    items: list[Document | SourceError] = field(default_factory=list)
    error: str | None = None
    failures: int = 0
    next_poll: datetime | None = None

    @property
    def new_entries(self) -> int:
        return len(self.items)


class FeedWatcher:
    """Polls feeds, remembers what it has seen, backs off from broken ones."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings | None = None,
        *,
        allow_private: bool = False,
        fetcher: WebFetcher | None = None,
        fetch_pages: bool = True,
        retry_base: timedelta = timedelta(minutes=1),
        max_backoff: timedelta = timedelta(hours=24),
        max_entries: int = 100,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.settings = settings or get_settings()
        self.fetcher = fetcher or WebFetcher(self.settings, allow_private=allow_private)
        self.fetch_pages = fetch_pages
        self.retry_base = retry_base
        self.max_backoff = max_backoff
        self.max_entries = max_entries
        self.clock = clock

    def close(self) -> None:
        self.fetcher.close()

    def add(self, urls: Iterable[str]) -> None:
        """Register feeds (known ones are left as they are); ValueError for a bad URL."""
        urls = list(urls)
        for url in urls:
            if not url.lower().startswith(("http://", "https://")):
                raise ValueError(f"{url!r} is not an http(s) feed URL")
            if len(url) > MAX_URL_CHARS:
                raise ValueError(f"feed URL is longer than {MAX_URL_CHARS} characters")
        with Session(self.engine) as session, session.begin():
            for url in urls:
                if session.scalar(select(Feed.id).where(Feed.url == url)) is None:
                    session.add(Feed(url=url, failures=0))

    def poll(
        self, url: str, every: timedelta, handle: Handler | None = None, force: bool = False
    ) -> PollResult:
        """Poll one feed if it is due (or ``force``); new entries go to ``handle``."""
        self.add([url])
        now = self.clock()
        with Session(self.engine) as session:
            feed = session.scalars(select(Feed).where(Feed.url == url)).one()
            due = feed.next_poll is None or _aware(feed.next_poll) <= now
            if not (due or force):
                return PollResult(
                    url, "not_due", failures=feed.failures, next_poll=_aware(feed.next_poll)
                )
            seen = set(
                session.scalars(select(FeedEntry.entry_id).where(FeedEntry.feed_id == feed.id))
            )
            etag, modified = feed.etag, feed.last_modified
        try:
            result = self.fetcher.fetch(url, accept=FEED_TYPES, etag=etag, last_modified=modified)
            if result.not_modified:
                return self._succeeded(url, every, "not_modified", [], [], None, None, None)
            parsed = parse_feed(url, result.content, result.headers)
            fresh = [(eid, e) for eid, e in _entries(parsed) if eid not in seen]
            fresh = fresh[: self.max_entries]
            items = [self._read_entry(entry) for _eid, entry in fresh]
        except FetchError as exc:
            return self._failed(url, exc.reason)
        except FeedError as exc:
            return self._failed(url, str(exc))
        if handle is not None and items:
            try:
                handle(items)
            except Exception as exc:  # not stored: leave them new, to be read again next time
                return self._failed(url, f"storing new entries failed: {type(exc).__name__}: {exc}")
        title = parsed.feed.get("title") if parsed.feed else None
        return self._succeeded(
            url,
            every,
            "new" if items else "unchanged",
            items,
            fresh,
            result.headers.get("etag"),
            result.headers.get("last-modified"),
            title,
        )

    def poll_all(
        self,
        urls: Iterable[str],
        every: timedelta,
        handle: Handler | None = None,
        force: bool = False,
    ) -> list[PollResult]:
        """Poll each feed that is due; one broken feed does not stop the others."""
        return [self.poll(url, every, handle, force=force) for url in urls]

    def next_due(self, urls: Iterable[str]) -> datetime | None:
        with Session(self.engine) as session:
            times = session.scalars(select(Feed.next_poll).where(Feed.url.in_(list(urls))))
            known = [_aware(t) for t in times if t is not None]
        return min(known) if known else None

    def watch(
        self,
        urls: list[str],
        every: timedelta,
        handle: Handler | None = None,
        on_result: Callable[[PollResult], Any] | None = None,
        once: bool = False,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        """Poll ``urls`` for ever (or once each with ``once``), sleeping until the next is due."""
        self.add(urls)
        while True:
            for result in self.poll_all(urls, every, handle, force=once):
                if on_result is not None and result.outcome != "not_due":
                    on_result(result)
            if once:
                return
            due = self.next_due(urls) or self.clock() + every
            sleep(max(1.0, (due - self.clock()).total_seconds()))

    # -- internals -------------------------------------------------------------

    def _read_entry(self, entry: Any) -> Document | SourceError:
        link = entry.get("link")
        published = _entry_date(entry)
        doc: Document | SourceError | None = None
        if link and self.fetch_pages:
            doc = self.fetcher.fetch_document(link)
        if doc is None or isinstance(doc, SourceError):
            fallback = _entry_document(entry, link)
            if fallback is not None:
                doc = fallback
        if doc is None:
            why = "has no link" if not link else "links a page that is not fetched (fetch_pages)"
            return SourceError(
                source=link or entry.get("title") or "<feed entry>",
                reason=f"feed entry {why} and too little text of its own",
                url=link,
            )
        if isinstance(doc, Document) and not doc.published:
            doc.published = published
        return doc

    def _succeeded(
        self,
        url: str,
        every: timedelta,
        outcome: str,
        items: list[Document | SourceError],
        fresh: list[tuple[str, Any]],
        etag: str | None,
        modified: str | None,
        title: str | None,
    ) -> PollResult:
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            feed = session.scalars(select(Feed).where(Feed.url == url)).one()
            feed.etag = etag or feed.etag
            feed.last_modified = modified or feed.last_modified
            feed.title = title or feed.title
            feed.failures, feed.last_error = 0, None
            feed.last_polled, feed.next_poll = now, now + every
            for entry_id, entry in fresh:
                session.add(
                    FeedEntry(
                        feed_id=feed.id, entry_id=entry_id[:2048], url=(entry.get("link") or None)
                    )
                )
        return PollResult(url, outcome, items, next_poll=now + every)

    def _failed(self, url: str, reason: str) -> PollResult:
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            feed = session.scalars(select(Feed).where(Feed.url == url)).one()
            feed.failures = (feed.failures or 0) + 1
            delay = min(self.retry_base * 2 ** (feed.failures - 1), self.max_backoff)
            feed.last_polled, feed.next_poll = now, now + delay
            feed.last_error = reason
            session.add(Error(source=url, reason=reason, kind="feed"))
            failures = feed.failures
        return PollResult(url, "failed", error=reason, failures=failures, next_poll=now + delay)


class FeedError(Exception):
    """A feed document that feedparser cannot make sense of."""


def parse_feed(url: str, content: bytes, headers: dict[str, str] | None = None) -> Any:
    """Parse feed bytes; raise FeedError for something that is not a readable feed."""
    parsed = feedparser.parse(
        content, response_headers={"content-location": url, **(headers or {})}
    )
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if isinstance(problem, SAXParseException):
            raise FeedError(f"malformed feed (not well-formed XML: {problem.getMessage()})")
        if not parsed.version:
            raise FeedError("not an RSS or Atom feed")
    return parsed


def _entries(parsed: Any) -> list[tuple[str, Any]]:
    out = []
    for entry in parsed.entries:
        entry_id = entry.get("id") or entry.get("link")
        if not entry_id:
            basis = (entry.get("title", "") + "\n" + entry.get("summary", "")).encode()
            entry_id = "sha1:" + hashlib.sha1(basis).hexdigest()
        out.append((entry_id, entry))
    return out


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date().isoformat()


def _entry_document(entry: Any, link: str | None) -> Document | None:
    """The article as the feed itself carries it, when that is more than a teaser."""
    from knowsofar.sources.files import check_document
    from knowsofar.sources.html import html_to_document

    bodies = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
    html = max(bodies, key=len)
    if len(html) < MIN_FEED_TEXT_CHARS:
        return None
    page = f"<html><body><article><h1>{_escape(entry.get('title', ''))}</h1>{html}</article>"
    doc = html_to_document(page + "</body></html>", url=link)
    if isinstance(doc, SourceError):
        return None
    doc.title = entry.get("title") or doc.title
    checked = check_document(doc, link or doc.title or "<feed entry>")
    return checked if isinstance(checked, Document) else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _aware(moment: datetime | None) -> datetime:
    """SQLite hands back naive datetimes; they were stored as UTC."""
    assert moment is not None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
