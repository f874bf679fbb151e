"""A tiny HTTP server on 127.0.0.1 (a free port) for the web and feed tests.

Routes map a path to a function ``(request) -> Reply``; every request is kept in
``server.requests`` so tests can check headers (User-Agent, If-None-Match...).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes | Callable[[], Iterator[bytes]] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    content_length: bool = True  # False: stream the body and close (no length up front)


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


Route = Callable[[Seen], Reply]


class LocalServer:
    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.requests: list[Seen] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
                server.requests.append(seen)
                route = server.routes.get(self.path.split("?")[0])
                reply = route(seen) if route else Reply(404, b"not found")
                if reply.delay:
                    server._stop.wait(reply.delay)
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                body = reply.body
                if isinstance(body, bytes):
                    if reply.content_length:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.end_headers()
                try:
                    for chunk in body():
                        if server._stop.is_set():
                            return
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up, as it should on a huge or slow page

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path.split("?")[0] == path]


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[LocalServer]:
    server = LocalServer(routes)
    thread = threading.Thread(target=server.httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server._stop.set()
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join(timeout=5)


def fixed(reply: Reply) -> Route:
    return lambda _seen: reply


def trickle(chunk: bytes, count: int, pause: float = 0.0) -> Callable[[], Iterator[bytes]]:
    """A body sent ``count`` times ``chunk``, with a pause between chunks."""

    def gen() -> Iterator[bytes]:
        for _ in range(count):
            yield chunk
            if pause:
                time.sleep(pause)

    return gen
