"""The web app over the real KB: pages and their JSON twins, feeds, search, safety, caps."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient
from serve_data import article, ingest_articles, ingest_handmade

from knowsofar.claims import Claim, Document, Extraction
from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.serve.app import SimilarShows, create_app
from knowsofar.serve.security import CSP
from knowsofar.serve.webhooks import followers

TOKEN = "test-token-123"
# An event-handler attribute inside a real tag (escaped text has &lt; instead of <).
EVENT_ATTR = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)


@pytest.fixture
def site(tmp_path: Path) -> Knowsofar:
    """A Knowsofar on a fresh SQLite KB holding the hand-built shows."""
    ks = Knowsofar(
        Settings(
            database_url=f"sqlite:///{tmp_path / 'site.db'}",
            api_token=TOKEN,
            max_request_bytes=20_000,
            max_query_chars=500,
        )
    )
    ingest_handmade(ks.kb)
    return ks


@pytest.fixture
def client(site: Knowsofar) -> TestClient:
    return TestClient(create_app(site))


def test_show_page_answers_the_questions_with_sources(client: TestClient) -> None:
    r = client.get("/shows/tidewater")
    assert r.status_code == 200
    html = r.text
    assert "Tidewater Season 2: Everything We Know So Far" in html
    assert 'data-status="canceled"' in html
    assert "Decision reported" in html
    for heading in (
        "Has it been renewed?",
        "When does it come out?",
        "What is the plot?",
        "Who is in the cast?",
        "How the characters are related",
        "Status timeline",
        "Trailer",
        "What the sources disagree about",
        "Recommended for you",
        "All sources",
    ):
        assert heading in html, heading
    # The cancellation quote links to its source page, and the source page exists.
    ids = set(re.findall(r'href="/sources/(\d+)"', html))
    assert ids
    for doc_id in ids:
        assert client.get(f"/sources/{doc_id}").status_code == 200
    assert "Rosa Lind" in html and "Kit Moss" in html
    assert 'href="/people/rosa-lind"' in html
    assert "<svg" in html and 'class="timeline"' in html and 'class="relations"' in html


def test_json_twin_is_the_same_object(client: TestClient) -> None:
    data = client.get("/shows/tidewater.json").json()
    assert data["slug"] == "tidewater"
    assert data["status"]["status"] == "canceled"
    assert data["status"]["season"] == 2
    assert [e["status"] for e in data["timeline"]] == ["renewed", "canceled"]
    assert data["brief"]["title"] == "Tidewater Season 2: Everything We Know So Far"
    assert data["brief"]["renewal"]["badge"] == "Canceled"
    recommended = {r["slug"]: r for r in data["recommended"]}
    assert "oar-and-anchor" in recommended
    assert "also on Netflix" in recommended["oar-and-anchor"]["why"]
    assert "laugh-track" not in recommended
    # The page shows the same facts the JSON gives.
    html = client.get("/shows/tidewater").text
    for source in data["sources"]:
        assert f'href="/sources/{source["document_id"]}"' in html


def test_season_parameter_and_season_links(client: TestClient) -> None:
    data = client.get("/shows/oar-and-anchor.json?season=3").json()
    assert data["brief"]["season"] == 3
    assert data["brief"]["renewal"]["status"] == "renewed"
    assert client.get("/shows/oar-and-anchor?season=9").status_code == 200
    r = client.get("/shows/oar-and-anchor?season=x")
    assert r.status_code == 422 and "text/html" in r.headers["content-type"]
    assert "season" in r.text
    assert client.get("/shows/oar-and-anchor.json?season=x").json()["detail"][0]["loc"] == [
        "query",
        "season",
    ]


def test_text_from_articles_is_escaped(client: TestClient) -> None:
    html = client.get("/shows/tidewater").text
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "<img" not in html
    assert not EVENT_ATTR.search(html)  # no on...= attribute inside any real tag
    assert 'href="javascript:' not in html.lower()
    # The javascript: trailer is shown as text, the https one as a link.
    assert 'href="https://video.example/tidewater-trailer"' in html
    assert "(not a web link)" in html


def test_unknown_and_misspelt_shows(client: TestClient) -> None:
    r = client.get("/shows/no-such-show-at-all")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "Try the search box" in r.text
    r = client.get("/shows/no-such-show-at-all.json")
    assert r.status_code == 404 and r.json()["detail"].startswith("no show")
    r = client.get("/shows/tidewatr", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/shows/tidewater"
    r = client.get("/shows/tidewatr.json?season=2", follow_redirects=False)
    assert r.headers["location"] == "/shows/tidewater.json?season=2"


def test_search_by_title_actor_character_with_typos(client: TestClient) -> None:
    def slugs(q: str) -> list[tuple[str, str]]:
        return [
            (r["type"], r["slug"])
            for r in client.get("/search.json", params={"q": q}).json()["results"]
        ]

    assert ("show", "tidewater") in slugs("TIDEWATER")
    assert ("show", "tidewater") in slugs("Tidewatr")  # a typo
    assert ("person", "rosa-lind") in slugs("rosa lind")
    assert ("person", "rosa-lind") in slugs("Rosa Lynd")  # a typo in a name
    assert ("person", "rosa-lind") not in slugs("Rosalind Franklin")
    assert any(t == "character" for t, _ in slugs("Kit Moss"))
    page = client.get("/search", params={"q": "rosa"}).text
    assert 'href="/people/rosa-lind"' in page
    assert "Nothing found" in client.get("/search", params={"q": "zzqqxx"}).text
    assert client.get("/search.json", params={"q": "x" * 201}).status_code == 422


def test_person_and_source_pages_have_json_twins(client: TestClient, site: Knowsofar) -> None:
    person = client.get("/people/rosa-lind.json").json()
    assert {r["show_slug"] for r in person["roles"]} == {"tidewater", "oar-and-anchor"}
    html = client.get("/people/rosa-lind").text
    assert 'href="/shows/tidewater"' in html and "Kit Moss" in html
    assert client.get("/people/nobody-here").status_code == 404
    doc_id = person["roles"][0]["sources"][0]["document_id"]
    doc = client.get(f"/sources/{doc_id}.json").json()
    assert doc["claims"] and doc["id"] == doc_id
    html = client.get(f"/sources/{doc_id}").text
    assert "What knowsofar took from it" in html
    assert client.get("/sources/999999").status_code == 404
    assert client.get("/sources/abc").status_code == 422


def test_atom_feeds(client: TestClient) -> None:
    r = client.get("/changes.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.bozo_exception
    titles = [e.title for e in feed.entries]
    assert "Tidewater season 2: canceled (was renewed)" in titles
    assert "Laugh Track season 2: renewed" in titles
    # Markup from an article is plain text in the feed (type="text"), never markup.
    assert b"<script" not in r.content and b"&lt;script&gt;" in r.content
    assert {c.type for e in feed.entries for c in e.content} == {"text/plain"}
    ids = [e.id for e in feed.entries]
    assert len(ids) == len(set(ids))

    show = feedparser.parse(client.get("/shows/tidewater/changes.atom").content)
    assert [e.title for e in show.entries] == [
        "Tidewater season 2: canceled (was renewed)",
        "Tidewater season 2: renewed",
    ]
    hbo = feedparser.parse(client.get("/networks/hbo/changes.atom").content)
    assert [e.title for e in hbo.entries] == ["Laugh Track season 2: renewed"]
    assert client.get("/networks/no-such-net/changes.atom").status_code == 404
    assert client.get("/shows/nothing-like-it/changes.atom").status_code == 404


def test_home_shows_this_weeks_changes(site: Knowsofar, client: TestClient) -> None:
    today = datetime.now(UTC).date().isoformat()
    claim = Claim(
        "season_status",
        "Fresh Paint",
        {"status": "renewed"},
        "Fresh Paint was renewed for season 4 today.",
        season=4,
    )
    doc = Document(
        text=claim.evidence,
        title="Fresh Paint renewed",
        url="https://news.example/fresh",
        published=today,
    )
    site.kb.ingest_extraction(Extraction(source=doc, claims=[claim], shows=["Fresh Paint"]))
    html = client.get("/").text
    week = html.split('id="changes-week"')[1].split("</section>")[0]
    assert 'href="/shows/fresh-paint"' in week
    assert "Tidewater" not in week
    data = client.get("/index.json").json()
    assert [c["slug"] for c in data["periods"][0]["changes"]] == ["fresh-paint"]
    assert {c["slug"] for c in data["latest"]} >= {"tidewater", "fresh-paint"}


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in (
        "/",
        "/shows/tidewater",
        "/shows/tidewater.json",
        "/static/style.css",
        "/changes.atom",
        "/docs",
        "/shows/nope",
    ):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    assert "unsafe-inline" not in CSP and "script-src" not in CSP  # default-src 'none'
    assert "default-src 'none'" in CSP


def test_pages_carry_no_scripts(client: TestClient) -> None:
    for path in ("/", "/shows/tidewater", "/search?q=rosa", "/people/rosa-lind", "/docs"):
        html = client.get(path).text.lower()
        assert "<script" not in html, path
        assert " style=" not in html, path  # inline styles would need 'unsafe-inline'
        assert not EVENT_ATTR.search(html), path


def test_query_and_body_caps(client: TestClient) -> None:
    assert client.get("/search", params={"q": "a" * 600}).status_code == 414
    big = {"documents": [{"text": "x" * 30_000}]}
    r = client.post("/api/ingest", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413

    # A body sent without Content-Length is counted as it streams.
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    r = client.post(
        "/api/ingest",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert r.status_code == 413


def test_write_endpoints_need_the_token(client: TestClient, tmp_path: Path) -> None:
    body = {"title": "Tidewater", "webhook": "https://hooks.example/x"}
    assert client.post("/api/follow", json=body).status_code == 401
    r = client.post("/api/follow", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    off = TestClient(create_app(Knowsofar(Settings(database_url=f"sqlite:///{tmp_path / 'o.db'}"))))
    r = off.post("/api/follow", json=body, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "KNOWSOFAR_API_TOKEN" in r.json()["detail"]
    r = off.post("/api/ingest", json={"documents": [{"text": "hi"}]})
    assert r.status_code == 403


def test_follow_api_refuses_private_webhooks(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for url in (
        "http://127.0.0.1:8080/hook",
        "http://10.1.2.3/hook",
        "http://[::1]/hook",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ):
        r = client.post("/api/follow", json={"title": "Tidewater", "webhook": url}, headers=auth)
        assert r.status_code == 422, url
    r = client.post(
        "/api/follow",
        json={"title": "Nothing Like It", "webhook": "http://127.0.0.1/"},
        headers=auth,
    )
    assert r.status_code == 422


def test_openapi_and_docs_cover_the_json_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/index.json",
        "/search.json",
        "/shows/{slug}.json",
        "/people/{slug}.json",
        "/sources/{document_id}.json",
        "/changes.atom",
        "/shows/{slug}/changes.atom",
        "/networks/{name}/changes.atom",
        "/api/ingest",
        "/api/follow",
    } <= paths
    assert "/shows/{slug}" not in paths  # HTML pages are not API
    docs = client.get("/docs").text
    for path in ("/shows/{slug}.json", "/api/ingest"):
        assert path in docs


@pytest.mark.slow
def test_articles_through_the_real_extractor(ks: Knowsofar) -> None:
    """Our own articles, read by the real extractor: the page tells the story."""
    summary = ingest_articles(ks, ["harbor-lights-renewed.txt", "harbor-lights-canceled.txt"])
    assert not summary.errors
    client = TestClient(create_app(ks))
    data = client.get("/shows/harbor-lights.json").json()
    assert data["status"]["status"] == "canceled"
    assert [e["status"] for e in data["timeline"]][-1] == "canceled"
    html = client.get("/shows/harbor-lights").text
    assert 'data-status="canceled"' in html
    assert "news.example/harbor-lights-canceled" in html


def test_pages_follow_changes_made_by_other_processes(site: Knowsofar) -> None:
    """Show objects are cached between requests, but a write to the KB from elsewhere
    (here: straight through the KB, as the CLI would) shows up within a second."""
    client = TestClient(create_app(site))
    assert client.get("/shows/laugh-track.json").json()["status"]["status"] == "renewed"
    claim = Claim(
        "season_status",
        "Laugh Track",
        {"status": "canceled"},
        "HBO canceled Laugh Track before its second season.",
        season=2,
    )
    doc = Document(
        text=claim.evidence,
        title="Laugh Track canceled",
        url="https://news.example/laugh-canceled",
        published="2020-05-01",
    )
    site.kb.ingest_extraction(Extraction(source=doc, claims=[claim], shows=["Laugh Track"]))
    time.sleep(1.1)
    data = client.get("/shows/laugh-track.json").json()
    assert data["status"]["status"] == "canceled"
    assert 'data-status="canceled"' in client.get("/shows/laugh-track").text


@pytest.mark.slow
def test_api_ingest_keeps_going_past_bad_items(ks: Knowsofar) -> None:
    """Posted articles are read and stored; a bad item or a private URL gets an error
    record and the batch goes on. Remote callers never make us fetch loopback hosts."""
    site = Knowsofar(Settings(database_url=ks.settings.database_url, api_token=TOKEN))
    site.__dict__["extractor"] = ks.extractor
    client = TestClient(create_app(site))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    doc = article("salt-and-stone-renewed.txt")
    body = {
        "documents": [
            {"title": "no text at all"},
            {"text": doc.text, "url": doc.url, "published": doc.published},
        ],
        "urls": ["http://127.0.0.1:9/page", "http://169.254.169.254/latest/meta-data"],
    }
    r = client.post("/api/ingest", json=body, headers=auth)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["documents"] == 4 and data["stored"] == 1
    assert data["shows"] == ["salt-and-stone"]
    reasons = {e["source"]: e["reason"] for e in data["errors"]}
    assert "text" in reasons["documents[0]"]
    assert "loopback" in reasons["http://127.0.0.1:9/page"]
    assert "link-local" in reasons["http://169.254.169.254/latest/meta-data"]
    assert client.get("/shows/salt-and-stone.json").json()["status"]["status"] == "renewed"
    assert client.post("/api/ingest", json={}, headers=auth).status_code == 422


def test_large_kbs_build_the_similar_shows_index_in_the_background(site: Knowsofar) -> None:
    similar = SimilarShows(site, sync_limit=0)  # every KB counts as large
    similar.similar("tidewater")  # starts the build, answers at once
    deadline = time.monotonic() + 30
    while not similar.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert similar.ready
    assert [r["slug"] for r in similar.similar("tidewater")] == ["oar-and-anchor"]


@pytest.mark.slow
@pytest.mark.postgres
def test_the_app_over_postgresql(postgres_database_url: str) -> None:
    """The same pages, feeds, search and watch list with the KB on PostgreSQL."""
    ks = Knowsofar(Settings(database_url=postgres_database_url, api_token=TOKEN))
    ingest_handmade(ks.kb)
    client = TestClient(create_app(ks))
    data = client.get("/shows/tidewater.json").json()
    assert data["status"]["status"] == "canceled"
    assert [r["slug"] for r in data["recommended"]] == ["oar-and-anchor"]
    assert 'data-status="canceled"' in client.get("/shows/tidewater").text
    results = client.get("/search.json", params={"q": "Rosa Lynd"}).json()["results"]
    assert ("person", "rosa-lind") in [(r["type"], r["slug"]) for r in results]
    feed = feedparser.parse(client.get("/networks/netflix/changes.atom").content)
    assert "Tidewater season 2: canceled (was renewed)" in [e.title for e in feed.entries]
    assert client.get("/").status_code == 200
    r = client.post(
        "/api/follow",
        json={"title": "Tidewater", "webhook": "http://10.0.0.1/h"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 422 and "private" in r.json()["detail"]
    # A public address literal needs no DNS; following is stored, and idempotent.
    body = {"title": "Tidewater", "webhook": "http://93.184.216.34/hook"}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = client.post("/api/follow", json=body, headers=auth).json()
    again = client.post("/api/follow", json=body, headers=auth).json()
    assert first["created"] and not again["created"] and first["id"] == again["id"]
    assert [f["webhook"] for f in followers(ks.kb, "tidewater")] == [body["webhook"]]
    ks.kb.close()


@pytest.mark.slow
def test_serve_verb_prints_its_address_and_serves(site: Knowsofar) -> None:
    """`knowsofar serve` as `make demo` runs it (port 0: a free one), stopped afterwards."""
    import os
    import subprocess
    import sys

    import httpx

    env = {**os.environ, "KNOWSOFAR_DATABASE_URL": site.settings.database_url}
    cmd = [sys.executable, "-m", "knowsofar.cli", "serve", "--host", "127.0.0.1", "--port", "0"]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"serving on (http://127\.0\.0\.1:\d+/)", line)
        assert match, line
        r = httpx.get(match.group(1) + "shows/tidewater.json", timeout=30)
        assert r.status_code == 200 and r.json()["slug"] == "tidewater"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
