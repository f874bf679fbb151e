"""Fetching web pages: the happy path through a local server, and every refusal."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest
from local_http import Reply, fixed, serve, trickle

from knowsofar.claims import Document
from knowsofar.config import Settings
from knowsofar.sources import web
from knowsofar.sources.errors import SourceError
from knowsofar.sources.web import FetchError, RefusedAddress, WebFetcher, check_address

PAGE = (Path(__file__).parent / "data" / "pages" / "renewal.html").read_bytes()
HTML = {"Content-Type": "text/html; charset=utf-8"}
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def site_routes() -> dict:
    return {
        "/robots.txt": fixed(Reply(200, ROBOTS, {"Content-Type": "text/plain"})),
        "/article.html": fixed(Reply(200, PAGE, HTML)),
        "/private/article.html": fixed(Reply(200, PAGE, HTML)),
        "/hop1": fixed(Reply(302, b"", {"Location": "/hop2"})),
        "/hop2": fixed(Reply(301, b"", {"Location": "/article.html"})),
        "/loop": fixed(Reply(302, b"", {"Location": "/loop"})),
        "/slow": fixed(Reply(200, PAGE, HTML, delay=3.0)),
        "/trickle": fixed(Reply(200, trickle(b"<p>slow</p>", 40, 0.1), HTML, content_length=False)),
        "/huge-declared": fixed(Reply(200, b"x" * 300_000, HTML)),
        "/huge-streamed": fixed(
            Reply(200, trickle(b"<p>" + b"y" * 1000 + b"</p>", 1000), HTML, content_length=False)
        ),
        "/bomb": fixed(
            Reply(200, gzip.compress(b" " * 5_000_000), {**HTML, "Content-Encoding": "gzip"})
        ),
        "/image.png": fixed(
            Reply(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, {"Content-Type": "image/png"})
        ),
        "/gone": fixed(Reply(404, b"no such page", HTML)),
    }


@pytest.fixture
def site():
    with serve(site_routes()) as server:
        yield server


def fetcher(**settings) -> WebFetcher:
    base = {"fetch_timeout": 1.0, "fetch_max_bytes": 200_000}
    return WebFetcher(Settings(**{**base, **settings}), allow_private=True)


@pytest.mark.slow
def test_fetches_an_article_with_its_structure(site):
    with fetcher() as f:
        doc = f.fetch_document(site.url("/article.html"))
    assert isinstance(doc, Document), doc
    assert doc.title == "The Umbrella Academy will end with season 4"
    assert doc.published == "2022-08-03"
    assert doc.author == "Robin Placeholder"
    # The page names a canonical URL on another host than the one it came from: not believed.
    assert doc.url == site.url("/article.html")
    assert "The Umbrella Academy" in doc.emphasis
    assert "Who is coming back" in doc.headings
    assert ["Aidan Gallagher", "Number Five"] in doc.tables[0]
    lines = doc.text.splitlines()
    assert "- Elliot Page as Viktor Hargreeves" in lines
    assert "- Tom Hopper as Luther Hargreeves" in lines
    assert "Most read" not in doc.text  # sidebar left out by trafilatura
    ua = site.hits("/article.html")[0].headers["user-agent"]
    assert ua == Settings().user_agent


@pytest.mark.slow
def test_follows_redirects_to_the_final_page(site):
    with fetcher() as f:
        result = f.fetch(site.url("/hop1"))
    assert result.url == site.url("/article.html")
    assert result.content == PAGE


@pytest.mark.slow
def test_redirect_loop_stops_at_the_limit(site):
    with fetcher() as f, pytest.raises(FetchError, match="more than 5 redirects"):
        f.fetch(site.url("/loop"))
    assert len(site.hits("/loop")) == 6


@pytest.mark.slow
def test_robots_txt_is_respected_and_read_once(site):
    with fetcher() as f:
        denied = f.fetch_document(site.url("/private/article.html"))
        assert isinstance(f.fetch_document(site.url("/article.html")), Document)
    assert isinstance(denied, SourceError)
    assert "robots.txt" in denied.reason
    assert site.hits("/private/article.html") == []
    assert len(site.hits("/robots.txt")) == 1


@pytest.mark.slow
def test_unreachable_robots_txt_refuses_for_now():
    routes = {
        "/robots.txt": fixed(Reply(503, b"busy")),
        "/a.html": fixed(Reply(200, PAGE, HTML)),
    }
    with serve(routes) as server, fetcher() as f:
        with pytest.raises(FetchError, match="robots.txt could not be read"):
            f.fetch(server.url("/a.html"))
        assert server.hits("/a.html") == []


@pytest.mark.slow
def test_missing_robots_txt_allows_everything(site):
    site.routes.pop("/robots.txt")
    with fetcher() as f:
        assert f.fetch(site.url("/private/article.html")).status == 200


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/slow", "/trickle"])
def test_slow_pages_time_out(site, path):
    with fetcher(fetch_timeout=0.5) as f:
        doc = f.fetch_document(site.url(path))
    assert isinstance(doc, SourceError)
    assert "0.5 s" in doc.reason


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed", "/bomb"])
def test_huge_pages_stop_at_the_size_cap(site, path):
    with fetcher() as f:
        doc = f.fetch_document(site.url(path))
    assert isinstance(doc, SourceError)
    assert "over the 0.2 MB limit" in doc.reason
    assert "KNOWSOFAR_FETCH_MAX_BYTES" in doc.reason


@pytest.mark.slow
def test_other_content_types_and_http_errors_are_refused(site):
    with fetcher() as f:
        image = f.fetch_document(site.url("/image.png"))
        gone = f.fetch_document(site.url("/gone"))
    assert isinstance(image, SourceError) and "image/png" in image.reason
    assert isinstance(gone, SourceError) and "HTTP 404" in gone.reason


@pytest.mark.slow
def test_loopback_fixture_is_refused_without_the_flag(site):
    with WebFetcher(Settings()) as f:
        doc = f.fetch_document(site.url("/article.html"))
    assert isinstance(doc, SourceError)
    assert "loopback" in doc.reason and "--allow-private" in doc.reason
    assert site.requests == []  # refused before connecting, robots.txt included


# -- refusals without a server: a transport that fails the test if anything is sent --


def no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"must not connect to {request.url}")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.9.9.9:8080/page",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://localhost/",
        "http://2130706433/",  # 127.0.0.1 written as one number
    ],
)
def test_private_addresses_are_refused_by_default(url):
    with WebFetcher(Settings(), transport=httpx.MockTransport(no_network)) as f:
        with pytest.raises(RefusedAddress, match="refusing to fetch"):
            f.fetch(url)
        doc = f.fetch_document(url)
    assert isinstance(doc, SourceError) and "refusing to fetch" in doc.reason


def test_a_hostname_resolving_to_a_private_address_is_refused(monkeypatch):
    # Any one bad address among the answers is enough to refuse.
    monkeypatch.setattr(web, "resolve", lambda host, port: ["93.184.216.34", "10.0.0.7"])
    with (
        WebFetcher(Settings(), transport=httpx.MockTransport(no_network)) as f,
        pytest.raises(RefusedAddress, match="private address 10.0.0.7"),
    ):
        f.fetch("https://innocent-looking.example/news")


def test_every_redirect_hop_is_checked(monkeypatch):
    addresses = {"news.example": "93.184.216.34", "sneaky.example": "192.168.1.20"}
    monkeypatch.setattr(web, "resolve", lambda host, port: [addresses[host]])
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://sneaky.example/admin"})

    with (
        WebFetcher(Settings(), transport=httpx.MockTransport(handler)) as f,
        pytest.raises(RefusedAddress, match="192.168.1.20"),
    ):
        f.fetch("http://news.example/story")
    # The request went to the checked address, named by its host.
    assert [(r.url.host, r.headers["host"], r.url.path) for r in sent] == [
        ("93.184.216.34", "news.example", "/robots.txt"),
        ("93.184.216.34", "news.example", "/story"),
    ]
    assert sent[1].extensions["sni_hostname"] == "news.example"


def test_only_http_and_https():
    with WebFetcher(Settings(), transport=httpx.MockTransport(no_network)) as f:
        with pytest.raises(FetchError, match="only http and https"):
            f.fetch("file:///etc/passwd")
        with pytest.raises(FetchError, match="only http and https"):
            f.fetch("ftp://files.example/a.html")
        with pytest.raises(FetchError, match="bad port"):
            f.fetch("http://files.example:99999/a.html")


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.0.0.1",
        "192.168.1.1",
        "169.254.1.1",
        "::1",
        "fe80::1%eth0",
        "100.64.0.1",
        "224.0.0.1",
        "0.0.0.0",
        "::ffff:10.0.0.1",
        "fc00::1",
    ],
)
def test_check_address_refuses_non_public(address):
    with pytest.raises(ValueError, match="refusing"):
        check_address(address)
    check_address(address, allow_private=True)  # the explicit flag lets it through


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_check_address_allows_public(address):
    check_address(address)
