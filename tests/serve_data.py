"""Data for the web-app, brief and recommendation tests.

``ingest_articles`` reads our own small articles (tests/data/serve/, written for these
tests) through the real extractor into the real KB. ``ingest_handmade`` stores exact,
hand-built claims through the KB's public ``ingest_extraction``: for checks that must not
depend on what the extractor happens to find (a javascript: trailer URL, a conflict).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from knowsofar.claims import Claim, Document, Extraction
from knowsofar.core import IngestSummary, Knowsofar
from knowsofar.kb.store import KnowledgeBase
from knowsofar.sources.files import text_to_document

ARTICLES = Path(__file__).parent / "data" / "serve"
# The date each article speaks for (plain-text files carry none of their own).
PUBLISHED = {
    "harbor-lights-renewed.txt": "2021-03-02",
    "harbor-lights-canceled.txt": "2021-09-20",
    "salt-and-stone-renewed.txt": "2021-05-11",
    "glitter-station-renewed.txt": "2021-06-01",
    "velvet-hour-hostile.txt": "2021-07-01",
}


def article(name: str, url: str | None = None) -> Document:
    path = ARTICLES / name
    return text_to_document(
        path.read_text(encoding="utf-8"),
        path=str(path),
        url=url or f"https://news.example/{path.stem}",
        published=PUBLISHED[name],
    )


def ingest_articles(ks: Knowsofar, names: list[str] | None = None) -> IngestSummary:
    """Our articles through the real extractor into the real KB."""
    return ks.ingest_documents([article(n) for n in names or sorted(PUBLISHED)])


def _doc(url: str, date: str, title: str, claims: list[Claim]) -> Extraction:
    text = " ".join(c.evidence for c in claims)
    source = Document(text=text, title=title, url=url, published=date)
    return Extraction(source=source, claims=claims, shows=[claims[0].show])


HOSTILE = "<script>window.__pwned='handmade'</script>"


def ingest_handmade(kb: KnowledgeBase) -> None:
    """Shows with a renewal then a cancellation, cast, relations, plot, trailers, a
    premiere-date disagreement, and markup in the text fields."""
    t = "Tidewater"
    first = [
        Claim(
            "season_status",
            t,
            {"status": "renewed"},
            "Netflix renewed Tidewater for a second season.",
            season=2,
        ),
        Claim("network", t, {"network": "Netflix"}, "Tidewater streams on Netflix."),
        Claim("premiere", t, {"date": "2020-01-01"}, "Tidewater premiered on January 1, 2020."),
        Claim("genre", t, {"genre": "sports"}, "Tidewater is a sports drama."),
        Claim("genre", t, {"genre": "drama"}, "Tidewater is a sports drama."),
        Claim(
            "cast", t, {"actor": "Rosa Lind", "character": "Kit Moss"}, "Rosa Lind plays Kit Moss."
        ),
        Claim(
            "cast", t, {"actor": "Joel Park", "character": "Sam Moss"}, "Joel Park plays Sam Moss."
        ),
        Claim(
            "relation",
            t,
            {"subject": "Sam Moss", "relation": "father", "object": "Kit Moss"},
            "Sam Moss is the father of Kit Moss.",
        ),
        Claim(
            "plot",
            t,
            {"text": f"A young rower {HOSTILE} trains for the national final."},
            "A young rower trains for the national final.",
        ),
        Claim("trailer", t, {"url": "javascript:window.__pwned='trailer'"}, "Watch the trailer."),
        Claim(
            "trailer", t, {"url": "https://video.example/tidewater-trailer"}, "The trailer is out."
        ),
    ]
    second = [
        Claim(
            "season_status",
            t,
            {"status": "canceled"},
            f"Netflix canceled Tidewater {HOSTILE} before season 2.",
            season=2,
        ),
        Claim("network", t, {"network": "Netflix"}, "Netflix canceled Tidewater."),
        Claim("premiere", t, {"date": "2020-01-01"}, "It first aired on January 1, 2020."),
    ]
    third = [
        Claim(
            "season_status",
            t,
            {"status": "canceled"},
            "Tidewater will not get a second season.",
            season=2,
        ),
        Claim("network", t, {"network": "Netflix"}, "Tidewater, the Netflix rowing drama."),
        Claim("premiere", t, {"date": "2020-01-02"}, "Tidewater premiered on January 2, 2020."),
    ]
    other = "Oar and Anchor"
    fourth = [
        Claim(
            "season_status",
            other,
            {"status": "renewed"},
            "Netflix renewed Oar and Anchor for season 3.",
            season=3,
        ),
        Claim("network", other, {"network": "Netflix"}, "Oar and Anchor streams on Netflix."),
        Claim("genre", other, {"genre": "drama"}, "Oar and Anchor is a drama."),
        Claim("genre", other, {"genre": "sports"}, "Oar and Anchor is a sports show."),
        Claim(
            "plot",
            other,
            {"text": "A rower trains with her team for the national final."},
            "A rower trains with her team for the national final.",
        ),
        Claim(
            "cast",
            other,
            {"actor": "Rosa Lind", "character": "Bea Holt"},
            "Rosa Lind plays Bea Holt.",
        ),
    ]
    unrelated = "Laugh Track"
    fifth = [
        Claim(
            "season_status",
            unrelated,
            {"status": "renewed"},
            "HBO renewed Laugh Track for season 2.",
            season=2,
        ),
        Claim("network", unrelated, {"network": "HBO"}, "Laugh Track airs on HBO."),
        Claim("genre", unrelated, {"genre": "comedy"}, "Laugh Track is a comedy."),
        Claim(
            "plot",
            unrelated,
            {"text": "Stand-up comics share a flat in Glasgow."},
            "Stand-up comics share a flat in Glasgow.",
        ),
    ]
    for url, date, title, claims in (
        ("https://news.example/tidewater-renewed", "2019-07-10", "Tidewater renewed", first),
        (
            "https://news.example/tidewater-canceled",
            "2020-02-01",
            "Tidewater canceled <img src=x onerror=\"window.__pwned='title'\">",
            second,
        ),
        ("https://other.example/tidewater-done", "2020-02-03", "Tidewater is done", third),
        ("https://news.example/oar-renewed", "2020-03-01", "Oar and Anchor renewed", fourth),
        ("https://news.example/laugh-renewed", "2020-04-01", "Laugh Track renewed", fifth),
    ):
        kb.ingest_extraction(_doc(url, date, title, claims))


@contextmanager
def running_server(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on 127.0.0.1 (a free port); yield its base URL."""
    from knowsofar.serve.app import address, bind, make_server

    sock = bind("127.0.0.1", 0)
    server = make_server(app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield address(sock).rstrip("/")
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
