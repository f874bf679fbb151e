"""Crawl files: WARC and ARC, gzipped or not, written here with warcio (ARC by hand)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from knowsofar.claims import Document
from knowsofar.config import Settings
from knowsofar.sources.errors import SourceError
from knowsofar.sources.warc import WarcStats, iter_warc

PAGE = (Path(__file__).parent / "data" / "pages" / "renewal.html").read_bytes()
# The page at https://news.example/c names this canonical URL on the same site: it is used.
CANONICAL = "https://news.example/tv/umbrella-academy-season-4"


def article(n: int) -> bytes:
    return (
        f"<html><head><title>Show {n} gets a new season</title></head><body><article>"
        f"<h1>Show {n} gets a new season</h1><p>The network renewed <i>Show {n}</i> for "
        f"season {n + 1} on Monday, and the whole cast is expected to return when filming "
        "starts in the autumn.</p></article></body></html>"
    ).encode()


def response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    ctype: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    extra: list[tuple[str, str]] | None = None,
):
    headers = StatusAndHeaders(
        status, [("Content-Type", ctype), *(extra or [])], protocol="HTTP/1.1"
    )
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )


def write_warc(path: Path, gz: bool, records: list | None = None) -> Path:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "knowsofar tests"}))
        for make in records or default_records():
            w.write_record(make(w))
    return path


def default_records() -> list:
    return [
        lambda w: response(w, "https://news.example/a", article(1)),
        lambda w: w.create_warc_record(
            "https://news.example/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")
        ),
        lambda w: response(w, "https://news.example/logo.png", b"\x89PNG...", "image/png"),
        lambda w: response(
            w, "https://news.example/old", b"", status="301 Moved", extra=[("Location", "/a")]
        ),
        lambda w: response(w, "https://news.example/missing", article(9), status="404 Not Found"),
        lambda w: response(w, "https://news.example/b", article(2)),
        lambda w: response(w, "https://news.example/c", PAGE),
    ]


def read(source, **kw) -> tuple[list, WarcStats]:
    stats = WarcStats()
    return list(iter_warc(source, stats=stats, **kw)), stats


@pytest.mark.parametrize("gz", [True, False])
def test_reads_only_html_responses_in_order(tmp_path, gz):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz)
    items, stats = read(path)
    assert all(isinstance(d, Document) for d in items), items
    assert [d.url for d in items] == [
        "https://news.example/a",
        "https://news.example/b",
        CANONICAL,
    ]
    assert items[0].title == "Show 1 gets a new season"
    assert items[0].emphasis == ["Show 1"]
    assert items[0].fetched  # WARC-Date
    assert items[2].tables and items[2].published == "2022-08-03"
    assert (stats.records, stats.html, stats.skipped, stats.errors) == (8, 3, 5, 0)


def test_reads_a_file_object_that_cannot_seek(tmp_path):
    data = write_warc(tmp_path / "c.warc.gz", True).read_bytes()

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.src = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buf) -> int:
            chunk = self.src.read(len(buf))
            buf[: len(chunk)] = chunk
            return len(chunk)

    items, _ = read(Pipe())
    assert [d.url for d in items] == [
        "https://news.example/a",
        "https://news.example/b",
        CANONICAL,
    ]


def test_charset_from_the_http_header(tmp_path):
    body = (
        "<html><body><article><h1>Café Society canceled</h1><p>The network canceled "
        "<i>Café Society</i> after two seasons; the cast and crew learned on Friday that "
        "there would be no third season of the drama.</p></article></body></html>"
    ).encode("latin-1")
    path = write_warc(
        tmp_path / "latin.warc",
        False,
        [lambda w: response(w, "https://news.example/cafe", body, "text/html; charset=latin-1")],
    )
    (doc,), _ = read(path)
    assert "Café Society" in doc.emphasis


def test_gzip_content_encoding_is_undone(tmp_path):
    path = write_warc(
        tmp_path / "enc.warc.gz",
        True,
        [
            lambda w: response(
                w,
                "https://news.example/z",
                gzip.compress(article(3)),
                extra=[("Content-Encoding", "gzip")],
            )
        ],
    )
    (doc,), _ = read(path)
    assert isinstance(doc, Document) and doc.title == "Show 3 gets a new season"


def test_arc_files_plain_and_gzipped(tmp_path):
    def arc_record(url: str, body: bytes, ctype: str = "text/html") -> bytes:
        http = (
            f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        return f"{url} 93.184.216.34 20200105120000 {ctype} {len(http)}\n".encode() + http + b"\n"

    version = b"1 0 knowsofar-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    head = (
        f"filedesc://test.arc 0.0.0.0 20200105120000 text/plain {len(version)}\n".encode()
        + version
        + b"\n"
    )
    records = [
        arc_record("https://news.example/arc1", article(4)),
        arc_record("https://news.example/pic.jpg", b"\xff\xd8\xff", "image/jpeg"),
        arc_record("https://news.example/arc2", article(5)),
    ]
    plain = tmp_path / "old.arc"
    plain.write_bytes(head + b"".join(records))
    gz = tmp_path / "old.arc.gz"
    gz.write_bytes(b"".join(gzip.compress(r) for r in [head, *records]))
    for path in (plain, gz):
        items, stats = read(path)
        assert [d.url for d in items] == ["https://news.example/arc1", "https://news.example/arc2"]
        assert stats.errors == 0


def gzip_members(data: bytes) -> list[int]:
    return [i for i in range(len(data) - 2) if data[i : i + 3] == b"\x1f\x8b\x08"]


def test_a_corrupt_gzip_record_gives_one_error_and_reading_goes_on(tmp_path):
    path = write_warc(tmp_path / "c.warc.gz", True)
    data = bytearray(path.read_bytes())
    starts = gzip_members(bytes(data))
    # Break the first response record (member 1; member 0 is warcinfo) inside its deflate stream.
    cut = starts[1] + 30
    data[cut : cut + 40] = b"\0" * 40
    path.write_bytes(bytes(data))
    items, stats = read(path)
    errors = [i for i in items if isinstance(i, SourceError)]
    assert len(errors) == 1 and "corrupt crawl record" in errors[0].reason
    assert str(path) in errors[0].source
    assert [d.url for d in items if isinstance(d, Document)] == [
        "https://news.example/b",
        CANONICAL,
    ]
    assert stats.errors == 1


def test_a_garbled_header_in_a_plain_warc_gives_one_error(tmp_path):
    path = write_warc(tmp_path / "c.warc", False)
    data = path.read_bytes()
    second = data.index(b"WARC/1.", data.index(b"https://news.example/a"))
    path.write_bytes(data[:second] + b"GARBAGE" + data[second + 7 :])
    items, _ = read(path)
    assert sum(isinstance(i, SourceError) for i in items) == 1
    assert [d.url for d in items if isinstance(d, Document)][-2:] == [
        "https://news.example/b",
        CANONICAL,
    ]


@pytest.mark.parametrize("gz", [True, False])
def test_a_truncated_file_reports_the_cut_record(tmp_path, gz):
    path = write_warc(tmp_path / ("t.warc.gz" if gz else "t.warc"), gz)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 400])
    items, stats = read(path)
    docs = [d.url for d in items if isinstance(d, Document)]
    errors = [e for e in items if isinstance(e, SourceError)]
    assert docs == ["https://news.example/a", "https://news.example/b"]
    assert len(errors) == 1 and ("cut short" in errors[0].reason or "truncated" in errors[0].reason)
    assert stats.errors == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty crawl file"),
        (b"just some text, not a crawl file at all\n", "not a WARC or ARC file"),
        (gzip.compress(b"<html>a gzipped page</html>"), "not a WARC or ARC file"),
        (b"\x1f\x8b\x08\x00garbage", "not a WARC or ARC file"),
    ],
)
def test_files_that_are_not_crawl_files(tmp_path, content, reason):
    path = tmp_path / "x.warc.gz"
    path.write_bytes(content)
    items, _ = read(path)
    assert len(items) == 1 and isinstance(items[0], SourceError)
    assert reason in items[0].reason


def test_missing_file(tmp_path):
    items, _ = read(tmp_path / "nope.warc")
    assert len(items) == 1 and "cannot open crawl file" in items[0].reason


def test_oversized_record_is_refused_and_the_next_one_read(tmp_path):
    big = b"<html><body><p>" + b"word " * 50_000 + b"</p></body></html>"
    path = write_warc(
        tmp_path / "big.warc.gz",
        True,
        [
            lambda w: response(w, "https://news.example/big", big),
            lambda w: response(w, "https://news.example/small", article(7)),
        ],
    )
    items, _ = read(path, settings=Settings(max_document_bytes=100_000))
    assert isinstance(items[0], SourceError) and "limit" in items[0].reason
    assert items[0].url == "https://news.example/big"
    assert isinstance(items[1], Document) and items[1].url == "https://news.example/small"


def test_pages_without_article_text_or_in_french_are_errors(tmp_path):
    french = (
        "<html><body><article><p>La chaîne a annoncé que la série ne sera pas renouvelée "
        "pour une troisième saison, et les acteurs ont appris la nouvelle avec une grande "
        "tristesse cette semaine.</p></article></body></html>"
    ).encode()
    path = write_warc(
        tmp_path / "odd.warc",
        False,
        [
            lambda w: response(w, "https://news.example/empty", b"<html><body></body></html>"),
            lambda w: response(w, "https://news.example/fr", french),
            lambda w: response(w, "https://news.example/ok", article(8)),
        ],
    )
    items, stats = read(path)
    assert [type(i).__name__ for i in items] == ["SourceError", "SourceError", "Document"]
    assert "no article text" in items[0].reason
    assert "another language (fr)" in items[1].reason
    assert stats.errors == 2


def test_prefilter_turns_away_unrelated_html_before_trafilatura(tmp_path, monkeypatch):
    unrelated = (Path(__file__).parent / "data" / "unrelated" / "recipe-curry.txt").read_text()
    recipe = f"<html><body><article><p>{unrelated}</p></article></body></html>".encode()
    path = write_warc(
        tmp_path / "mixed.warc.gz",
        True,
        [
            lambda w: response(w, "https://food.example/curry", recipe),
            lambda w: response(w, "https://news.example/c", PAGE),
        ],
    )
    import knowsofar.sources.html as html_module

    seen: list[str | None] = []
    real = html_module.html_to_document
    monkeypatch.setattr(
        html_module,
        "html_to_document",
        lambda *a, **kw: seen.append(kw.get("url")) or real(*a, **kw),
    )
    items, stats = read(path, prefilter=True)
    assert [d.url for d in items] == [CANONICAL]
    assert seen == ["https://news.example/c"]  # the recipe never reached trafilatura
    assert (stats.html, stats.irrelevant) == (2, 1)
    everything, _ = read(path)
    assert len(everything) == 2  # without the pre-filter both pages are read


def test_a_damaged_member_read_as_noise_does_not_swallow_the_next_records(tmp_path):
    # A broken deflate stream can inflate to noise that still parses as a record header;
    # its Content-Length then runs over the records after it. Built here directly.
    path = write_warc(tmp_path / "n.warc.gz", True)
    data = path.read_bytes()
    starts = gzip_members(data)
    noise = gzip.compress(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: \x85\x9f\x01}\xd1n\r\n"
        b"Content-Length: 4000\r\n\r\n" + b"\x9c" * 40
    )
    path.write_bytes(data[: starts[1]] + noise + data[starts[2] :])
    items, stats = read(path)
    errors = [i for i in items if isinstance(i, SourceError)]
    assert len(errors) == 1 and "not text" in errors[0].reason
    assert [d.url for d in items if isinstance(d, Document)] == [
        "https://news.example/b",
        CANONICAL,
    ]
