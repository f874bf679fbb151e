"""Feeds: new entries only, conditional requests, broken and down feeds with back-off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from local_http import Reply, Seen, fixed, serve
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from knowsofar.claims import Document
from knowsofar.config import Settings
from knowsofar.kb.migrate import upgrade
from knowsofar.kb.schema import Error, Feed, FeedEntry
from knowsofar.sources.errors import SourceError
from knowsofar.sources.feeds import FeedError, FeedWatcher, parse_every, parse_feed

PAGE = (Path(__file__).parent / "data" / "pages" / "renewal.html").read_bytes()
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def story(title: str, body: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{body}</p><p>The network said more episodes are coming next year, and the cast "
        "is expected back when production starts in the spring.</p></article></body></html>"
    ).encode()


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        "<pubDate>Tue, 02 Aug 2022 10:00:00 GMT</pubDate><description>teaser</description></item>"
        for title, path in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test Telly feed</title><link>{base}/</link>{entries}</channel></rss>"
    ).encode()


class Versioned:
    """A feed route that answers 304 to the ETag it last sent."""

    def __init__(self, body: bytes, etag: str) -> None:
        self.body, self.etag = body, etag

    def __call__(self, seen: Seen) -> Reply:
        if seen.headers.get("if-none-match") == self.etag:
            return Reply(304, b"", {"ETag": self.etag})
        return Reply(200, self.body, {**RSS, "ETag": self.etag})


@pytest.fixture
def engine(tmp_path: Path):
    eng = create_engine(f"sqlite:///{tmp_path / 'feeds.db'}")
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def clock():
    state = {"now": NOW}

    def now() -> datetime:
        return state["now"]

    now.state = state  # type: ignore[attr-defined]
    return now


def watcher(engine, clock, **kw) -> FeedWatcher:
    settings = Settings(fetch_timeout=2.0, fetch_max_bytes=500_000)
    return FeedWatcher(engine, settings, allow_private=True, clock=clock, **kw)


@pytest.mark.slow
def test_new_entries_only_with_etag_and_304(engine, clock):
    routes = {
        "/one.html": fixed(
            Reply(200, story("Show One renewed", "Show One got a second season."), HTML)
        ),
        "/two.html": fixed(Reply(200, PAGE, HTML)),
        "/three.html": fixed(Reply(200, story("Show Three canceled", "Show Three is over."), HTML)),
    }
    with serve(routes) as server:
        feed = Versioned(rss(server.base, [("One", "/one.html"), ("Two", "/two.html")]), '"v1"')
        server.routes["/feed.xml"] = feed
        url = server.url("/feed.xml")
        w = watcher(engine, clock)
        stored: list = []

        first = w.poll(url, timedelta(minutes=30), stored.extend)
        assert first.outcome == "new"
        assert [d.title for d in stored] == [
            "Show One renewed",
            "The Umbrella Academy will end with season 4",
        ]
        assert stored[0].published == "2022-08-02"  # from the feed: the page shows no date
        assert stored[1].published == "2022-08-03"  # the page's own date wins

        # Not due yet: no request at all.
        assert w.poll(url, timedelta(minutes=30), stored.extend).outcome == "not_due"
        assert len(server.hits("/feed.xml")) == 1

        clock.state["now"] = NOW + timedelta(minutes=31)
        second = w.poll(url, timedelta(minutes=30), stored.extend)
        assert second.outcome == "not_modified"
        assert server.hits("/feed.xml")[-1].headers["if-none-match"] == '"v1"'

        feed.body = rss(server.base, [("Three", "/three.html"), ("One", "/one.html")])
        feed.etag = '"v2"'
        third = w.poll(url, timedelta(minutes=30), stored.extend, force=True)
        assert third.outcome == "new"
        assert [d.title for d in third.items] == ["Show Three canceled"]
        assert len(server.hits("/one.html")) == 1  # never fetched twice
        w.close()
    with Session(engine) as s:
        row = s.scalars(select(Feed)).one()
        assert (row.etag, row.title, row.failures) == ('"v2"', "Test Telly feed", 0)
        assert s.scalar(select(func.count()).select_from(FeedEntry)) == 3


@pytest.mark.slow
def test_last_modified_is_sent_back(engine, clock):
    stamp = "Tue, 02 Aug 2022 10:00:00 GMT"

    def route(seen: Seen) -> Reply:
        if seen.headers.get("if-modified-since") == stamp:
            return Reply(304, b"")
        return Reply(200, rss("http://x.invalid", []), {**RSS, "Last-Modified": stamp})

    with serve({"/feed.xml": route}) as server:
        w = watcher(engine, clock)
        url = server.url("/feed.xml")
        assert w.poll(url, timedelta(hours=1)).outcome == "unchanged"
        assert w.poll(url, timedelta(hours=1), force=True).outcome == "not_modified"
        w.close()


@pytest.mark.slow
def test_broken_and_down_feeds_back_off_and_others_go_on(engine, clock):
    good = Versioned(b"", '"g"')
    routes = {
        "/broken.xml": fixed(Reply(200, b"<<<>>> this is not a feed", RSS)),
        "/down.xml": fixed(Reply(503, b"try later")),
        "/page.html": fixed(Reply(200, PAGE, HTML)),
        "/good.xml": good,
    }
    with serve(routes) as server:
        good.body = rss(server.base, [("Page", "/page.html")])
        urls = [server.url(p) for p in ("/broken.xml", "/down.xml", "/good.xml")]
        w = watcher(engine, clock)
        stored: list = []
        results = w.poll_all(urls, timedelta(minutes=30), stored.extend)
        assert [r.outcome for r in results] == ["failed", "failed", "new"]
        assert "malformed feed" in results[0].error
        assert "HTTP 503" in results[1].error
        assert len(stored) == 1
        assert results[1].next_poll == NOW + timedelta(minutes=1)

        clock.state["now"] = NOW + timedelta(minutes=1)
        again = w.poll(urls[1], timedelta(minutes=30))
        assert again.outcome == "failed" and again.failures == 2
        assert again.next_poll == NOW + timedelta(minutes=1) + timedelta(minutes=2)

        # The feed comes back: failures are forgotten, normal cadence resumes.
        server.routes["/down.xml"] = fixed(Reply(200, rss(server.base, []), RSS))
        clock.state["now"] = NOW + timedelta(minutes=4)
        healed = w.poll(urls[1], timedelta(minutes=30))
        assert healed.outcome == "unchanged" and healed.failures == 0
        w.close()
    with Session(engine) as s:
        errors = s.scalars(select(Error).order_by(Error.id)).all()
        assert [(e.kind, e.source) for e in errors] == [
            ("feed", urls[0]),
            ("feed", urls[1]),
            ("feed", urls[1]),
        ]
        down = s.scalars(select(Feed).where(Feed.url == urls[1])).one()
        assert (down.failures, down.last_error) == (0, None)


@pytest.mark.slow
def test_entries_stay_new_when_storing_them_fails(engine, clock):
    routes = {"/page.html": fixed(Reply(200, PAGE, HTML))}
    with serve(routes) as server:
        server.routes["/feed.xml"] = fixed(Reply(200, rss(server.base, [("P", "/page.html")]), RSS))
        url = server.url("/feed.xml")
        w = watcher(engine, clock)

        def broken_store(items):
            raise RuntimeError("database is locked")

        failed = w.poll(url, timedelta(minutes=5), broken_store)
        assert failed.outcome == "failed" and "database is locked" in failed.error
        retried = w.poll(url, timedelta(minutes=5), force=True)
        assert retried.outcome == "new" and retried.new_entries == 1
        w.close()


@pytest.mark.slow
def test_atom_entry_text_is_used_when_its_page_cannot_be_fetched(engine, clock):
    body = " ".join(["<p>The streamer renewed Example Show for a third season on Friday.</p>"] * 8)
    with serve({}) as server:
        atom = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title>'
            "<id>urn:test:feed</id><updated>2023-03-03T00:00:00Z</updated>"
            "<entry><title>Example Show renewed</title><id>urn:test:1</id>"
            f'<link href="{server.base}/missing.html"/><updated>2023-03-03T00:00:00Z</updated>'
            f'<content type="html"><![CDATA[{body}]]></content></entry></feed>'
        ).encode()
        server.routes["/atom.xml"] = fixed(
            Reply(200, atom, {"Content-Type": "application/atom+xml"})
        )
        w = watcher(engine, clock)
        result = w.poll(server.url("/atom.xml"), timedelta(hours=1))
        w.close()
    assert result.outcome == "new"
    (doc,) = result.items
    assert isinstance(doc, Document)
    assert doc.title == "Example Show renewed"
    assert "third season" in doc.text and doc.published == "2023-03-03"


@pytest.mark.slow
def test_entry_without_page_or_text_is_an_error_record(engine, clock):
    with serve({}) as server:
        server.routes["/feed.xml"] = fixed(
            Reply(200, rss(server.base, [("Gone", "/gone.html")]), RSS)
        )
        w = watcher(engine, clock)
        result = w.poll(server.url("/feed.xml"), timedelta(hours=1))
        w.close()
    (err,) = result.items
    assert isinstance(err, SourceError) and "HTTP 404" in err.reason


def test_parse_feed_refuses_what_is_not_a_feed():
    with pytest.raises(FeedError, match="malformed feed"):
        parse_feed("http://x.example/f", b"just some words, not xml at all")
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed("http://x.example/f", b"<html><body><p>Not found</p></body></html>")


def test_parse_feed_keeps_what_a_sloppy_feed_still_says():
    # An unescaped "&" is not XML, but the entry is plain to read: feedparser recovers it.
    sloppy = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Renewals & cancellations</title><link>http://a.example/1</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_feed("http://a.example/feed", sloppy)
    assert [e.link for e in parsed.entries] == ["http://a.example/1"]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30m", 1800), ("1h", 3600), ("2h30m", 9000), ("90s", 90), ("1d", 86400), ("1.5h", 5400)],
)
def test_parse_every(text, seconds):
    assert parse_every(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "soon", "30", "5x", "0s", "30m later"])
def test_parse_every_refuses_nonsense(text):
    with pytest.raises(ValueError):
        parse_every(text)


@pytest.mark.slow
def test_cli_watch_once_ingests_new_entries_then_nothing(tmp_path, extractor, monkeypatch):
    from typer.testing import CliRunner

    from knowsofar.cli import app
    from knowsofar.core import Knowsofar

    monkeypatch.setattr(Knowsofar, "extractor", property(lambda self: extractor))
    monkeypatch.setenv("KNOWSOFAR_DATABASE_URL", f"sqlite:///{tmp_path / 'watch.db'}")
    routes = {"/two.html": fixed(Reply(200, PAGE, HTML))}
    with serve(routes) as server:
        server.routes["/feed.xml"] = Versioned(rss(server.base, [("Two", "/two.html")]), '"a"')
        feed = server.url("/feed.xml")
        down = server.url("/down.xml")
        runner = CliRunner()

        def watch(*urls: str, flag: bool = True):
            args = ["watch", *urls, "--once", *(["--allow-private"] if flag else [])]
            return runner.invoke(app, args, catch_exceptions=False)

        first = watch(feed)
        assert first.exit_code == 0, first.output
        assert "1 new entries" in first.output
        second = watch(feed, down)
        assert second.exit_code == 1  # one feed failed
        assert "nothing new" in second.output and "feed failed" in second.output
        assert "HTTP 404" in second.output
        refused = watch(feed, flag=False)
        assert refused.exit_code == 1 and "refusing to fetch from loopback" in refused.output
    shows = Knowsofar().shows()
    assert any("umbrella" in s["title"].lower() for s in shows)


class Stop(Exception):
    pass


def test_watch_sleeps_until_the_next_poll_is_due(engine, clock, monkeypatch):
    import httpx

    from knowsofar.sources import web
    from knowsofar.sources.web import WebFetcher

    monkeypatch.setattr(web, "resolve", lambda host, port: ["93.184.216.34"])
    body = rss("https://feeds.example", [("One", "/one.html")])
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        seen.append(request.headers.get("if-none-match"))
        if request.headers.get("if-none-match") == '"e1"':
            return httpx.Response(304)
        return httpx.Response(200, content=body, headers={**RSS, "ETag": '"e1"'})

    fetcher = WebFetcher(Settings(), transport=httpx.MockTransport(handler))
    w = FeedWatcher(engine, fetcher=fetcher, fetch_pages=False, clock=clock)
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        if len(naps) == 3:
            raise Stop
        clock.state["now"] += timedelta(seconds=seconds)

    results: list = []
    with pytest.raises(Stop):
        w.watch(
            ["https://feeds.example/rss"],
            timedelta(minutes=30),
            on_result=results.append,
            sleep=sleep,
        )
    assert naps == [1800.0, 1800.0, 1800.0]
    assert seen == [None, '"e1"', '"e1"']
    assert [r.outcome for r in results] == ["new", "not_modified", "not_modified"]
    (entry,) = results[0].items
    assert isinstance(entry, SourceError) and "not fetched" in entry.reason


def test_watch_refuses_what_is_not_a_feed_url(tmp_path):
    from knowsofar.core import Knowsofar, KnowsofarError

    ks = Knowsofar(Settings(database_url=f"sqlite:///{tmp_path / 'w.db'}"))
    with pytest.raises(KnowsofarError, match="not an http"):
        ks.watch(["file:///etc/passwd"], once=True)
    with pytest.raises(KnowsofarError, match="duration"):
        ks.watch(["https://feeds.example/rss"], every="soon", once=True)
    with pytest.raises(KnowsofarError, match="at least one feed"):
        ks.watch([], once=True)
