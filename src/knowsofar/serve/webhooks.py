"""Watch-list webhooks: a signed JSON POST when a followed show's status changes.

Webhook targets obey the same address rules as fetching pages (sources/web.py): http(s)
only, and every address the host resolves to must be public unless private addresses are
explicitly allowed (``Settings.webhook_allow_private``); the POST then goes to the very
address that was checked. Deliveries are retried with backoff on network errors, 5xx and
429; redirects are not followed.

The body is signed like GitHub's webhooks: ``X-Knowsofar-Signature: sha256=<hex>`` is the
HMAC-SHA256 of the raw body under the follow's secret, which is shown once when the
follow is made.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import socket
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit, urlunsplit

import httpx
from sqlalchemy import select

from knowsofar.config import Settings
from knowsofar.kb.schema import Follow, Show
from knowsofar.sources.web import check_address, resolve

if TYPE_CHECKING:
    from knowsofar.kb.store import KnowledgeBase

SIGNATURE_HEADER = "X-Knowsofar-Signature"
EVENT = "status_change"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class WebhookError(Exception):
    """A webhook URL that may not be used, or a delivery that failed for good."""


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def sign(secret: str, body: bytes) -> str:
    """The signature header value for ``body``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str) -> bool:
    """What a receiver does: constant-time check of the signature header."""
    return hmac.compare_digest(sign(secret, body), signature or "")


def check_webhook_url(url: str, allow_private: bool = False) -> tuple[str, str]:
    """Validate a webhook URL; return (url pinned to a checked address, Host header).

    Raises WebhookError saying what is wrong (scheme, unresolvable host, private address).
    """
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise WebhookError(f"not a valid URL: {url!r} ({exc})") from exc
    if parts.scheme not in ("http", "https"):
        raise WebhookError(f"webhook URLs must be http or https, not {parts.scheme or 'none'!r}")
    host = parts.hostname
    if not host:
        raise WebhookError(f"webhook URL has no host name: {url!r}")
    if parts.username or parts.password:
        raise WebhookError("webhook URLs may not carry a user name or password")
    try:
        addresses = resolve(host, port)
    except (socket.gaierror, UnicodeError) as exc:
        raise WebhookError(f"cannot resolve webhook host {host}: {exc}") from exc
    try:
        for address in addresses:
            check_address(address, allow_private)
    except ValueError as exc:
        raise WebhookError(
            f"webhook {url}: {exc}".replace(
                "pass --allow-private / allow_private=True",
                "set KNOWSOFAR_WEBHOOK_ALLOW_PRIVATE=1",
            )
        ) from exc
    ip = addresses[0]
    netloc = f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return pinned, host if parts.port is None else f"{host}:{parts.port}"


def change_payload(change: dict[str, Any], base_url: str | None = None) -> dict[str, Any]:
    """The JSON body for one status change (a KB ``status_changes`` item)."""
    slug = str(change.get("slug"))
    page = f"{base_url.rstrip('/')}/shows/{quote(slug, safe='')}" if base_url else None
    return {
        "event": EVENT,
        "show": {"slug": slug, "title": change.get("title"), "url": page},
        "season": change.get("season"),
        "from": change.get("from"),
        "to": change.get("to"),
        "date": change.get("date"),
        "network": change.get("network"),
        "sources": [
            {k: s.get(k) for k in ("url", "title", "date", "evidence")}
            for s in change.get("sources") or []
        ],
        "sent_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


@dataclass
class Delivery:
    """The outcome of one webhook POST, retries included."""

    url: str
    ok: bool
    attempts: int
    status: int | None = None
    error: str | None = None
    delivery_id: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass
class WebhookSender:
    """Posts signed payloads with retries. One per batch of deliveries."""

    allow_private: bool = False
    attempts: int = 4
    backoff: float = 0.5  # seconds before the 2nd try; doubles each time
    timeout: float = 10.0
    user_agent: str = "knowsofar-webhooks"
    transport: httpx.BaseTransport | None = None
    sleep: Callable[[float], None] = time.sleep

    def send(self, url: str, secret: str, payload: dict[str, Any]) -> Delivery:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        delivery = Delivery(url=url, ok=False, attempts=0)
        try:
            pinned, host = check_webhook_url(url, self.allow_private)
        except WebhookError as exc:
            delivery.error = str(exc)
            return delivery
        headers = {
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            "Host": host,
            "X-Knowsofar-Event": str(payload.get("event", EVENT)),
            "X-Knowsofar-Delivery": delivery.delivery_id,
            SIGNATURE_HEADER: sign(secret, body),
        }
        sni = {"sni_hostname": urlsplit(url).hostname or ""}
        with httpx.Client(
            timeout=self.timeout, follow_redirects=False, trust_env=False, transport=self.transport
        ) as client:
            for attempt in range(1, self.attempts + 1):
                delivery.attempts = attempt
                try:
                    response = client.post(pinned, content=body, headers=headers, extensions=sni)
                    delivery.status = response.status_code
                    if 200 <= response.status_code < 300:
                        delivery.ok, delivery.error = True, None
                        return delivery
                    delivery.error = f"receiver answered HTTP {response.status_code}"
                    if response.status_code not in RETRY_STATUSES:
                        return delivery
                except httpx.HTTPError as exc:
                    delivery.status = None
                    delivery.error = f"request failed: {exc or type(exc).__name__}"
                if attempt < self.attempts:
                    self.sleep(self.backoff * 2 ** (attempt - 1))
        return delivery


# -- the watch list (the KB's follows table) ------------------------------------------


def add_follow(
    kb: KnowledgeBase, title: str, webhook: str, allow_private: bool = False
) -> dict[str, Any]:
    """Follow a show: store the webhook (checked now, and again at each delivery).

    Following the same show with the same URL again returns the existing follow.
    Raises WebhookError for a bad URL and LookupError when no show matches ``title``.
    """
    found = kb.find_show(title)
    if found is None:
        raise LookupError(f"no show like {title!r} yet: ingest an article about it first")
    check_webhook_url(webhook, allow_private)
    with kb.session() as s:
        row = s.scalar(
            select(Follow).where(Follow.show_id == found["id"], Follow.webhook_url == webhook)
        )
        created = row is None
        if row is None:
            row = Follow(show_id=found["id"], webhook_url=webhook, secret=new_secret())
            s.add(row)
            s.flush()
        return {
            "id": row.id,
            "show": {"slug": found["slug"], "title": found["title"]},
            "webhook": row.webhook_url,
            "secret": row.secret,
            "created": created,
            "signature_header": SIGNATURE_HEADER,
        }


def followers(kb: KnowledgeBase, slug: str) -> list[dict[str, Any]]:
    with kb.session() as s:
        rows = s.execute(
            select(Follow.id, Follow.webhook_url, Follow.secret)
            .join(Show, Show.id == Follow.show_id)
            .where(Show.slug == slug)
            .order_by(Follow.id)
        ).all()
        return [{"id": r[0], "webhook": r[1], "secret": r[2] or ""} for r in rows]


def record_delivery(kb: KnowledgeBase, follow_id: int, delivery: Delivery) -> None:
    with kb.session() as s:
        row = s.get(Follow, follow_id)
        if row is None:
            return
        if delivery.ok:
            row.last_sent = datetime.now(UTC)
            row.last_error = None
        else:
            row.last_error = f"{datetime.now(UTC).isoformat(timespec='seconds')} {delivery.error}"


def _change_key(change: dict[str, Any]) -> tuple[Any, ...]:
    return (change.get("season"), change.get("from"), change.get("to"), change.get("date"))


def status_snapshot(kb: KnowledgeBase, titles: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The status changes of each existing show among ``titles``, by slug."""
    out: dict[str, list[dict[str, Any]]] = {}
    for title in titles:
        found = kb.find_show(title)
        if found and found["slug"] not in out:
            out[found["slug"]] = kb.status_changes(slug=found["slug"], limit=1000)
    return out


def notify_followers(
    kb: KnowledgeBase,
    before: dict[str, list[dict[str, Any]]],
    after: dict[str, list[dict[str, Any]]],
    settings: Settings,
    base_url: str | None = None,
    sender: WebhookSender | None = None,
) -> list[dict[str, Any]]:
    """POST each status change that is in ``after`` but not ``before`` to the show's followers
    (backdated ones, older than the newest change already known, are left out).

    Returns one record per delivery attempt batch: {"follow_id", "slug", "ok", "attempts",
    "status", "error"}; failures are also kept on the follow row (``last_error``).
    """
    sender = sender or WebhookSender(
        allow_private=settings.webhook_allow_private, user_agent=settings.user_agent
    )
    results: list[dict[str, Any]] = []
    for slug, changes in after.items():
        known = before.get(slug, [])
        old = {_change_key(c) for c in known}
        # History filled in after the fact ("it had been renewed in March") is not news:
        # only steps at least as recent as the newest one already known are sent.
        newest = max((c.get("date") or "" for c in known), default="")
        fresh = [
            c
            for c in reversed(changes)  # oldest first
            if _change_key(c) not in old and (c.get("date") or "") >= newest
        ]
        if not fresh:
            continue
        for target in followers(kb, slug):
            for change in fresh:
                delivery = sender.send(
                    target["webhook"], target["secret"], change_payload(change, base_url)
                )
                record_delivery(kb, target["id"], delivery)
                results.append(
                    {
                        "follow_id": target["id"],
                        "slug": slug,
                        "season": change.get("season"),
                        "to": change.get("to"),
                        "ok": delivery.ok,
                        "attempts": delivery.attempts,
                        "status": delivery.status,
                        "error": delivery.error,
                    }
                )
    return results


class FollowerAlerts:
    """Alerts for an ingest run: snapshot a document's shows before storing it, post
    what changed after. Costs one query per run when nobody follows anything."""

    def __init__(self, kb: KnowledgeBase, settings: Settings, base_url: str | None = None):
        self.kb = kb
        self.settings = settings
        self.base_url = base_url
        with kb.session() as s:
            self.active = bool(s.scalar(select(Follow.id).limit(1)))
        self.sent: list[dict[str, Any]] = []

    def before(self, titles: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        return status_snapshot(self.kb, titles) if self.active else {}

    def after(self, titles: Iterable[str], before: dict[str, list[dict[str, Any]]]) -> None:
        if self.active:
            after = status_snapshot(self.kb, titles)
            self.sent += notify_followers(
                self.kb, before, after, self.settings, base_url=self.base_url
            )
