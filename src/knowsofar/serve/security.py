"""HTTP hardening as one small ASGI middleware: security headers and size caps.

- A strict Content-Security-Policy: no scripts at all (the pages need none), styles and
  images only from this site, no framing, forms post only here.
- ``X-Content-Type-Options: nosniff`` and friends on every response.
- Query strings over ``max_query_chars`` get 414; request bodies over ``max_body_bytes``
  get 413, checked against Content-Length first and counted while streaming.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int, max_query_chars: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_query_chars = max_query_chars

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.max_query_chars:
            await _refuse(send, 414, f"query string over {self.max_query_chars} characters")
            return
        if len(scope.get("path", "")) > self.max_query_chars:
            await _refuse(send, 414, f"path over {self.max_query_chars} characters")
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _refuse(send, 400, "Content-Length is not a number")
                    return
                if declared > self.max_body_bytes:
                    await _refuse(send, 413, _too_big(self.max_body_bytes))
                    return

        has_body = scope.get("method") in ("POST", "PUT", "PATCH")
        if has_body:
            # Read the (capped) body here, so an oversized one is refused before any
            # handler sees it, whether or not it declared its length.
            chunks: list[bytes] = []
            size = 0
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body_bytes:
                    await _refuse(send, 413, _too_big(self.max_body_bytes))
                    return
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
                return await receive()

            receive = replay

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] != b"server"]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _too_big(limit: int) -> str:
    return f"request body over {limit} bytes (KNOWSOFAR_MAX_REQUEST_BYTES)"


async def _refuse(send: Send, status: int, detail: str) -> None:
    body: Any = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
