"""Knowsofar.read: files, folders, URLs, crawl files and JSON Lines, in input order."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from local_http import Reply, fixed, serve
from rich.console import Console
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from knowsofar.claims import Document
from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.sources.errors import SourceError
from knowsofar.sources.progress import track

PAGE = (Path(__file__).parent / "data" / "pages" / "renewal.html").read_bytes()
TEXT = "Quiet Harbor renewed\n\nNetflix has renewed Quiet Harbor for a second season of the drama."


def crawl(path: Path, urls: list[str]) -> Path:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url in urls:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    url, "response", payload=io.BytesIO(PAGE), http_headers=headers
                )
            )
    return path


def where(item: Document | SourceError) -> str:
    return item.url or item.path or ""


def test_a_folder_of_mixed_inputs_in_order(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    crawl(folder / "b.warc.gz", ["https://one.example/x", "https://two.example/y"])
    (folder / "c.jsonl").write_text(
        json.dumps({"url": "https://three.example/z", "text": TEXT}) + "\n" + "oops\n"
    )
    (folder / "d.png").write_bytes(b"\x89PNG")  # not a kind we read: not walked
    items = list(Knowsofar(Settings()).read([folder]))
    assert [type(i).__name__ for i in items] == [
        "Document",
        "Document",
        "Document",
        "Document",
        "SourceError",
    ]
    assert [where(i) for i in items[:4]] == [
        str(folder / "a.txt"),
        "https://one.example/x",
        "https://two.example/y",
        "https://three.example/z",
    ]
    assert items[4].source == f"{folder / 'c.jsonl'}:2"


def test_urls_are_refused_for_local_hosts_unless_allowed(tmp_path: Path):
    (item,) = Knowsofar(Settings()).read(["http://127.0.0.1:9/page.html"])
    assert isinstance(item, SourceError) and "refusing to fetch from loopback" in item.reason


@pytest.mark.slow
def test_urls_are_fetched_between_files_when_allowed(tmp_path: Path):
    text = tmp_path / "a.txt"
    text.write_text(TEXT)
    html = {"Content-Type": "text/html"}
    with serve({"/news/1": fixed(Reply(200, PAGE, html))}) as server:
        settings = Settings(fetch_allow_private=True, fetch_timeout=5)
        items = list(Knowsofar(settings).read([server.url("/news/1"), text, server.url("/gone")]))
    assert isinstance(items[0], Document) and items[0].emphasis == ["The Umbrella Academy"]
    assert isinstance(items[1], Document) and items[1].path == str(text)
    assert isinstance(items[2], SourceError) and "HTTP 404" in items[2].reason


def test_progress_is_quiet_off_a_terminal_and_shows_rate_on_one():
    quiet = io.StringIO()
    assert list(track(range(3), console=Console(file=quiet))) == [0, 1, 2]
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    console = Console(file=shown, force_terminal=True, width=120)
    assert list(track(range(4), "reading", console=console, unit="docs")) == [0, 1, 2, 3]
    out = shown.getvalue()
    assert "reading" in out and "4/4" in out and "docs/s" in out
