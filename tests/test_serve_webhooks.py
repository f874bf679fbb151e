"""Follow a show: signed webhook POSTs with retries, under the fetcher's address rules."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_data import article, ingest_handmade
from typer.testing import CliRunner

from knowsofar.claims import Claim, Document, Extraction
from knowsofar.cli import app as cli_app
from knowsofar.config import Settings
from knowsofar.core import Knowsofar, KnowsofarError
from knowsofar.serve.app import create_app
from knowsofar.serve.webhooks import (
    SIGNATURE_HEADER,
    WebhookError,
    WebhookSender,
    check_webhook_url,
    notify_followers,
    status_snapshot,
    verify,
)

TOKEN = "hook-test-token"


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1 answering with the given statuses in turn."""

    statuses: list[int] = field(default_factory=lambda: [200])
    posts: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    url: str = ""


@contextmanager
def receiver(statuses: list[int] | None = None) -> Iterator[Receiver]:
    rec = Receiver(statuses=list(statuses or [200]))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            rec.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
            status = rec.statuses.pop(0) if len(rec.statuses) > 1 else rec.statuses[0]
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    rec.url = f"http://127.0.0.1:{httpd.server_address[1]}/hook"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield rec
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def sender(**kw: object) -> WebhookSender:
    return WebhookSender(allow_private=True, backoff=0.0, timeout=5.0, **kw)  # type: ignore[arg-type]


def test_signed_post_is_retried_until_it_lands() -> None:
    with receiver([500, 503, 200]) as rec:
        d = sender(attempts=4).send(rec.url, "s3cret", {"event": "status_change", "to": "canceled"})
    assert d.ok and d.attempts == 3 and d.status == 200
    assert len(rec.posts) == 3
    headers, body = rec.posts[-1]
    assert headers["content-type"] == "application/json"
    assert json.loads(body) == {"event": "status_change", "to": "canceled"}
    assert verify("s3cret", body, headers[SIGNATURE_HEADER.lower()])
    assert not verify("other", body, headers[SIGNATURE_HEADER.lower()])
    # Each retry is the same delivery.
    assert len({h["x-knowsofar-delivery"] for h, _ in rec.posts}) == 1


def test_client_errors_are_not_retried_and_attempts_are_bounded() -> None:
    with receiver([404]) as rec:
        d = sender(attempts=4).send(rec.url, "k", {"event": "x"})
    assert not d.ok and d.attempts == 1 and d.status == 404 and "404" in (d.error or "")
    with receiver([502]) as rec:
        d = sender(attempts=3).send(rec.url, "k", {"event": "x"})
    assert not d.ok and d.attempts == 3 and len(rec.posts) == 3


def test_unreachable_receiver_fails_with_a_reason() -> None:
    with receiver() as rec:
        url = rec.url
    d = sender(attempts=2).send(url, "k", {"event": "x"})  # server is gone
    assert not d.ok and d.attempts == 2 and d.status is None
    assert d.error and d.error.startswith("request failed")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.0.0.5/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "ftp://example.org/hook",
        "javascript:alert(1)",
        "http://user:pw@example.org/hook",
    ],
)
def test_webhook_targets_obey_the_address_rules(url: str) -> None:
    with pytest.raises(WebhookError):
        check_webhook_url(url, allow_private=False)
    d = WebhookSender(allow_private=False, backoff=0).send(url, "k", {"event": "x"})
    assert not d.ok and d.attempts == 0


def test_loopback_is_allowed_only_when_asked() -> None:
    pinned, host = check_webhook_url("http://127.0.0.1:8123/h?x=1", allow_private=True)
    assert pinned == "http://127.0.0.1:8123/h?x=1" and host == "127.0.0.1:8123"


def _kb_site(tmp_path: Path, allow_private: bool) -> Knowsofar:
    ks = Knowsofar(
        Settings(
            database_url=f"sqlite:///{tmp_path / 'hooks.db'}",
            api_token=TOKEN,
            webhook_allow_private=allow_private,
        )
    )
    ingest_handmade(ks.kb)
    return ks


def test_follow_then_a_status_change_posts_to_the_follower(tmp_path: Path) -> None:
    ks = _kb_site(tmp_path, allow_private=True)
    with receiver() as rec:
        follow = ks.follow("Oar and Anchr", rec.url)  # a typo still finds the show
        assert follow["show"]["slug"] == "oar-and-anchor" and follow["secret"]
        again = ks.follow("Oar and Anchor", rec.url)
        assert again["id"] == follow["id"] and not again["created"]

        claim = Claim(
            "season_status",
            "Oar and Anchor",
            {"status": "canceled"},
            "Netflix canceled Oar and Anchor ahead of season 3.",
            season=3,
        )
        doc = Document(
            text=claim.evidence,
            title="Oar and Anchor canceled",
            url="https://news.example/oar-canceled",
            published="2020-06-01",
        )
        ex = Extraction(source=doc, claims=[claim], shows=["Oar and Anchor"])
        before = status_snapshot(ks.kb, ["Oar and Anchor"])
        ks.kb.ingest_extraction(ex)
        after = status_snapshot(ks.kb, ["Oar and Anchor"])
        results = notify_followers(ks.kb, before, after, ks.settings, base_url="http://site")
        # Nothing new the second time: no second alert.
        assert notify_followers(ks.kb, after, after, ks.settings) == []
    assert [r["ok"] for r in results] == [True]
    assert len(rec.posts) == 1
    headers, body = rec.posts[0]
    assert verify(follow["secret"], body, headers[SIGNATURE_HEADER.lower()])
    payload = json.loads(body)
    assert payload["show"] == {
        "slug": "oar-and-anchor",
        "title": "Oar and Anchor",
        "url": "http://site/shows/oar-and-anchor",
    }
    assert (payload["season"], payload["from"], payload["to"]) == (3, "renewed", "canceled")
    assert payload["sources"][0]["url"] == "https://news.example/oar-canceled"


def test_follow_refuses_private_targets_and_unknown_shows(tmp_path: Path) -> None:
    ks = _kb_site(tmp_path, allow_private=False)
    with pytest.raises(KnowsofarError, match="loopback"):
        ks.follow("Tidewater", "http://127.0.0.1:9/hook")
    with pytest.raises(KnowsofarError, match="no show like"):
        ks.follow("Nothing Of The Sort", "https://hooks.example/x")


def test_follow_cli_verb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ks = _kb_site(tmp_path, allow_private=False)
    monkeypatch.setenv("KNOWSOFAR_DATABASE_URL", ks.settings.database_url)
    monkeypatch.delenv("KNOWSOFAR_WEBHOOK_ALLOW_PRIVATE", raising=False)
    runner = CliRunner()
    r = runner.invoke(cli_app, ["follow", "Tidewater", "--webhook", "http://127.0.0.1:9/x"])
    assert r.exit_code == 1 and "loopback" in r.output
    monkeypatch.setenv("KNOWSOFAR_WEBHOOK_ALLOW_PRIVATE", "1")
    r = runner.invoke(cli_app, ["follow", "Tidewater", "--webhook", "http://127.0.0.1:9/x"])
    assert r.exit_code == 0, r.output
    assert "following Tidewater" in r.output and "secret" in r.output


@pytest.mark.slow
def test_api_ingest_alerts_followers(ks: Knowsofar, tmp_path: Path) -> None:
    """Through the API and the real extractor: follow, ingest the cancellation, get the POST."""
    site = Knowsofar(
        Settings(database_url=ks.settings.database_url, api_token=TOKEN, webhook_allow_private=True)
    )
    site.__dict__["extractor"] = ks.extractor
    client = TestClient(create_app(site))
    auth = {"Authorization": f"Bearer {TOKEN}"}

    def post(name: str) -> dict:
        doc = article(name)
        body = {"documents": [{"text": doc.text, "url": doc.url, "published": doc.published}]}
        r = client.post("/api/ingest", json=body, headers=auth)
        assert r.status_code == 200, r.text
        return r.json()

    first = post("harbor-lights-renewed.txt")
    assert first["stored"] == 1 and "harbor-lights" in first["shows"]
    with receiver() as rec:
        r = client.post(
            "/api/follow", json={"title": "Harbor Lights", "webhook": rec.url}, headers=auth
        )
        assert r.status_code == 200, r.text
        secret = r.json()["secret"]
        second = post("harbor-lights-canceled.txt")
    # The cancellation is news; the article's look back at the March renewal is not.
    alerts = second["alerts"]
    assert alerts and {a["to"] for a in alerts} == {"canceled"}
    assert all(a["ok"] for a in alerts) and 2 in {a["season"] for a in alerts}
    assert len(rec.posts) == len(alerts)
    for headers, body in rec.posts:
        assert verify(secret, body, headers[SIGNATURE_HEADER.lower()])
        assert json.loads(body)["to"] == "canceled"


def test_backdated_history_is_not_sent(tmp_path: Path) -> None:
    ks = _kb_site(tmp_path, allow_private=True)
    with receiver() as rec:
        ks.follow("Laugh Track", rec.url)
        # An article from before the known renewal (2020-04-01) about season 1's pickup.
        claim = Claim(
            "season_status",
            "Laugh Track",
            {"status": "renewed"},
            "HBO picked up Laugh Track for a first season.",
            season=1,
        )
        doc = Document(
            text=claim.evidence,
            title="Laugh Track picked up",
            url="https://news.example/laugh-pickup",
            published="2019-01-10",
        )
        before = status_snapshot(ks.kb, ["Laugh Track"])
        ks.kb.ingest_extraction(Extraction(source=doc, claims=[claim], shows=["Laugh Track"]))
        after = status_snapshot(ks.kb, ["Laugh Track"])
        assert len(after["laugh-track"]) > len(before["laugh-track"])  # the KB learned it
        assert notify_followers(ks.kb, before, after, ks.settings) == []
    assert rec.posts == []


@pytest.mark.slow
def test_library_ingest_alerts_followers_too(ks: Knowsofar) -> None:
    """`knowsofar ingest` (Knowsofar.ingest_documents) posts to followers like the API."""
    site = Knowsofar(Settings(database_url=ks.settings.database_url, webhook_allow_private=True))
    site.__dict__["extractor"] = ks.extractor
    site.ingest_documents([article("harbor-lights-renewed.txt")])
    with receiver() as rec:
        follow = site.follow("Harbor Lights", rec.url)
        site.ingest_documents([article("salt-and-stone-renewed.txt")])  # not followed
        assert rec.posts == []
        site.ingest_documents([article("harbor-lights-canceled.txt")])
    assert rec.posts
    for headers, body in rec.posts:
        assert verify(follow["secret"], body, headers[SIGNATURE_HEADER.lower()])
        payload = json.loads(body)
        assert payload["show"]["slug"] == "harbor-lights" and payload["to"] == "canceled"
