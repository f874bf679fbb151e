"""JSON Lines of {url, html|text, published}: one record a line, bad lines reported."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from knowsofar.claims import Document
from knowsofar.config import Settings
from knowsofar.sources.errors import SourceError
from knowsofar.sources.jsonl import iter_jsonl

PAGE = (Path(__file__).parent / "data" / "pages" / "renewal.html").read_text()
TEXT = (
    "Quiet Harbor renewed for season 2\n\nThe streamer has renewed Quiet Harbor for a second "
    "season, and the whole cast is expected to return when filming starts in the spring."
)


def lines() -> list[str]:
    return [
        json.dumps({"url": "https://news.example/t", "text": TEXT, "published": "2024-02-03"}),
        "{not json",
        json.dumps(["a", "list"]),
        "",
        json.dumps({"url": "https://news.example/none"}),
        json.dumps({"url": "https://news.example/tv/x", "html": PAGE}),
        json.dumps({"url": 5, "text": TEXT}),
    ]


def check(items: list, name: str) -> None:
    kinds = [type(i).__name__ for i in items]
    assert kinds == [
        "Document",
        "SourceError",
        "SourceError",
        "SourceError",
        "Document",
        "SourceError",
    ]
    first, bad_json, not_object, empty, page, bad_url = items
    assert first.title == "Quiet Harbor renewed for season 2"
    assert (first.url, first.published) == ("https://news.example/t", "2024-02-03")
    assert bad_json.source == f"{name}:2" and "not valid JSON" in bad_json.reason
    assert not_object.source == f"{name}:3"
    assert empty.source == f"{name}:5" and "no html or text" in empty.reason
    assert page.emphasis == ["The Umbrella Academy"] and page.published == "2022-08-03"
    assert bad_url.source == f"{name}:7" and "url must be a string" in bad_url.reason


def test_plain_and_gzipped(tmp_path):
    plain = tmp_path / "pages.jsonl"
    plain.write_text("\n".join(lines()) + "\n")
    check(list(iter_jsonl(plain)), str(plain))
    gz = tmp_path / "pages.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    check(list(iter_jsonl(gz)), str(gz))
    with gz.open("rb") as fh:  # a file object, as the Spark job passes
        check(list(iter_jsonl(fh)), str(gz))


def test_truncated_gzip_reports_once_and_keeps_what_came_before(tmp_path):
    gz = tmp_path / "cut.jsonl.gz"
    gz.write_bytes(gzip.compress(("\n".join(lines()) + "\n").encode())[:-40])
    items = list(iter_jsonl(gz))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], SourceError) and "cannot be read further" in items[-1].reason
    assert sum("cannot be read further" in getattr(i, "reason", "") for i in items) == 1


def test_over_long_line_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "long.jsonl"
    huge = json.dumps({"url": "https://news.example/huge", "text": "word " * 40_000})
    path.write_text(huge + "\n" + lines()[0] + "\n")
    items = list(iter_jsonl(path, Settings(max_document_bytes=50_000)))
    assert isinstance(items[0], SourceError) and "limit" in items[0].reason
    assert items[0].source == f"{path}:1"
    assert isinstance(items[1], Document) and items[1].url == "https://news.example/t"
