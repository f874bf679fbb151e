"""Fetching pages over HTTP(S) with httpx, safely.

Safe by default, because the web app will fetch URLs that remote users give it:

- only http and https; every redirect hop is checked again, at most ``max_redirects``;
- every address a host name resolves to must be a public one: loopback, private,
  link-local, shared, reserved and multicast addresses are refused unless the
  caller passes ``allow_private=True`` (the CLI's ``--allow-private``); the
  connection then goes to the very address that was checked, so a second DNS
  answer cannot point it elsewhere;
- robots.txt is honoured for our User-Agent (``Settings.user_agent``);
- a timeout per request and an overall deadline per fetch, a size cap
  (``Settings.fetch_max_bytes``) enforced while streaming, and a content-type check.

Failures are :class:`FetchError` with a reason a user can act on; ``fetch_document``
turns them into SourceError records.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from knowsofar.claims import Document
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
PAGE_TYPES = HTML_TYPES | TEXT_TYPES
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "text/html",  # some servers label their feeds so; feedparser decides
    }
)
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A URL that could not be fetched; the message says why."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status

    @property
    def transient(self) -> bool:
        """Worth trying again later (network trouble, server errors, rate limits)."""
        return self.status is None or self.status >= 500 or self.status == 429


class RefusedAddress(FetchError):
    """The URL's host is (or resolves to) an address we do not fetch from."""


@dataclass
class FetchResult:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str
    charset: str | None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_address(address: str, allow_private: bool = False) -> None:
    """Raise ValueError when ``address`` (an IP) is not a public internet address."""
    ip = ipaddress.ip_address(address.split("%")[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if allow_private:
        return
    if not ip.is_global or ip.is_multicast:
        kind = (
            "loopback"
            if ip.is_loopback
            else "link-local"
            if ip.is_link_local
            else "private"
            if ip.is_private
            else "non-public"
        )
        raise ValueError(
            f"refusing to fetch from {kind} address {ip} "
            "(pass --allow-private / allow_private=True to allow it)"
        )


def resolve(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (IP literals resolve to themselves)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class WebFetcher:
    """Fetches URLs under the rules in the module docstring. One per batch: it caches robots.txt."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        allow_private: bool = False,
        respect_robots: bool = True,
        max_redirects: int = 5,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings or get_settings()
        self.allow_private = allow_private
        self.respect_robots = respect_robots
        self.max_redirects = max_redirects
        self._robots: dict[str, RobotFileParser | str | None] = {}
        # trust_env=False: no proxy from the environment, so the address checked is
        # the address connected to.
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.settings.fetch_timeout),
            follow_redirects=False,
            trust_env=False,
            transport=transport,
            headers={"User-Agent": self.settings.user_agent},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> WebFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public ----------------------------------------------------------------

    def fetch(
        self,
        url: str,
        accept: frozenset[str] = PAGE_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """GET ``url`` following checked redirects; raise FetchError when it cannot be had.

        With ``etag``/``last_modified`` the request is conditional and a 304
        comes back as a FetchResult with ``not_modified`` set and no content.
        """
        deadline = time.monotonic() + self.settings.fetch_timeout
        current = url
        for _hop in range(self.max_redirects + 1):
            if self.respect_robots:
                self._check_robots(current, deadline)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, resp_headers, content = self._get(current, headers, deadline)
            if status in REDIRECT_CODES:
                location = resp_headers.get("location")
                if not location:
                    raise FetchError(current, f"redirect ({status}) without a Location", status)
                current = urljoin(current, location)
                continue
            if status == 304 and (etag or last_modified):
                return FetchResult(current, status, b"", "", None, resp_headers)
            if status >= 400:
                raise FetchError(current, f"server answered HTTP {status}", status)
            ctype, charset = _content_type(resp_headers.get("content-type", ""))
            if ctype not in accept:
                wanted = ", ".join(sorted(accept))
                raise FetchError(
                    current, f"content type {ctype or 'unknown'} is not one of: {wanted}", status
                )
            return FetchResult(current, status, content, ctype, charset, resp_headers)
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    def fetch_document(self, url: str) -> Document | SourceError:
        """One web page → a Document, or a SourceError with the reason."""
        from knowsofar.sources.files import check_document, text_to_document
        from knowsofar.sources.html import html_to_document

        try:
            result = self.fetch(url)
        except FetchError as exc:
            return SourceError(source=url, reason=exc.reason, url=url)
        fetched = datetime.now(UTC).isoformat(timespec="seconds")
        if result.content_type in TEXT_TYPES:
            text = result.content.decode(result.charset or "utf-8", errors="replace")
            doc: Document | SourceError = text_to_document(text, url=result.url, fetched=fetched)
        else:
            doc = html_to_document(
                result.content, url=result.url, charset=result.charset, fetched=fetched
            )
        if isinstance(doc, SourceError):
            return doc
        return check_document(doc, url)

    # -- internals -------------------------------------------------------------

    def _get(
        self, url: str, headers: dict[str, str], deadline: float
    ) -> tuple[int, dict[str, str], bytes]:
        """One checked GET, no redirects followed: (status, headers, body up to the cap)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, f"only http and https URLs are fetched, not {parts.scheme!r}")
        host = parts.hostname
        if not host:
            raise FetchError(url, "URL has no host name")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(url, f"bad port in URL: {exc}") from exc
        try:
            addresses = resolve(host, port)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(url, f"cannot resolve host {host}: {exc}") from exc
        try:
            for address in addresses:
                check_address(address, self.allow_private)
        except ValueError as exc:
            raise RefusedAddress(url, str(exc)) from exc
        # Connect to the checked address; Host header and TLS name stay the host's.
        ip = addresses[0]
        netloc = f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}"
        pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        host_header = host if parts.port is None else f"{host}:{parts.port}"
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(url, f"took longer than {self.settings.fetch_timeout:g} s")
        request = self.client.build_request(
            "GET",
            pinned,
            headers={**headers, "Host": host_header},
            extensions={"sni_hostname": host},
            timeout=httpx.Timeout(remaining),  # what is left of the whole fetch's time
        )
        cap = self.settings.fetch_max_bytes
        try:
            response = self.client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out after {self.settings.fetch_timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"request failed: {exc or type(exc).__name__}") from exc
        try:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise FetchError(url, _too_big(cap), response.status_code)
            body = bytearray()
            if response.status_code < 300:
                # Decoded bytes count against the cap, so a compressed bomb stops early.
                for chunk in response.iter_bytes(64 * 1024):
                    body += chunk
                    if len(body) > cap:
                        raise FetchError(url, _too_big(cap), response.status_code)
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"took longer than {self.settings.fetch_timeout:g} s")
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out after {self.settings.fetch_timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"reading the response failed: {exc}") from exc
        finally:
            response.close()
        headers_out = {k.lower(): v for k, v in response.headers.items()}
        return response.status_code, headers_out, bytes(body)

    def _check_robots(self, url: str, deadline: float) -> None:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._load_robots(site, deadline)
        rules = self._robots[site]
        if isinstance(rules, str):
            raise FetchError(url, rules)
        if rules is not None and not rules.can_fetch(self.settings.user_agent, url):
            raise FetchError(url, "the site's robots.txt does not allow fetching this page")

    def _load_robots(self, site: str, deadline: float) -> RobotFileParser | str | None:
        """The site's robots rules; None to allow all; a reason string to refuse all.

        As RFC 9309 says: a missing robots.txt (4xx) allows everything, an
        unreachable one (5xx, network failure) disallows everything for now.
        """
        try:
            status, _headers, content = self._get(site + "/robots.txt", {}, deadline)
        except RefusedAddress:
            raise
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return None
            return f"the site's robots.txt could not be read ({exc.reason}); try again later"
        if 400 <= status < 500 or status in REDIRECT_CODES:
            return None
        if status >= 500:
            return f"the site's robots.txt could not be read (HTTP {status}); try again later"
        rules = RobotFileParser(site + "/robots.txt")
        rules.parse(content.decode("utf-8", errors="replace").splitlines())
        return rules


def _content_type(header: str) -> tuple[str, str | None]:
    msg = Message()
    msg["content-type"] = header or "application/octet-stream"
    return msg.get_content_type().lower(), msg.get_param("charset")  # type: ignore[return-value]


def _too_big(cap: int) -> str:
    return (
        f"response is over the {cap / 1e6:.1f} MB limit (set KNOWSOFAR_FETCH_MAX_BYTES to raise it)"
    )
