"""The Spark extract job and `load`, in Spark's local mode, on crawl files written here.

One Spark job runs for the whole module (through the CLI, on a listing of three files: two
gzipped WARCs with a corrupt record, a non-HTML response, a 404 and off-topic pages among
them, and a JSON Lines file with a bad line); the tests read what it wrote.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import skip_or_fail
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.spark import COMMON_CRAWL_BASE, SparkJobError, expand_inputs

DATA = Path(__file__).parent / "data" / "spark"
SITE = "https://news.example.org/tv/"

ONE_CANCELED = (
    "Netflix cancels 1899 after a single season\n\n"
    "Netflix has canceled 1899, the German mystery series from the creators of Dark, "
    "after just one season. The show premiered on Netflix in November 2022. Emily Beecham "
    "played Maura Franklin and Andreas Pietschmann played Eyk Larsen.\n"
)


# -- crawl files -----------------------------------------------------------------------


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    ctype: str = "text/html; charset=utf-8",
    status: str = "200 OK",
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    )


def write_crawl(folder: Path) -> dict[str, Any]:
    """Two WARCs and a JSON Lines file, a listing naming them; what each should yield."""
    folder.mkdir(parents=True, exist_ok=True)
    page = {p.stem: p.read_bytes() for p in DATA.glob("*.html")}

    with open(folder / "a.warc.gz", "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record("a.warc.gz", {"software": "knowsofar tests"}))
        req = StatusAndHeaders(
            "GET /tv/warrior-nun HTTP/1.1", [("Host", "news.example.org")], is_http_request=True
        )
        w.write_record(
            w.create_warc_record(
                SITE + "warrior-nun", "request", payload=io.BytesIO(b""), http_headers=req
            )
        )
        _response(w, SITE + "warrior-nun", page["warrior-nun-canceled"])
        _response(w, SITE + "lemon-tart", page["lemon-tart-recipe"])
        # A non-HTML response: passed over, neither a document nor an error.
        _response(w, SITE + "poster.png", b"\x89PNG\r\n\x1a\n" + bytes(200), ctype="image/png")
        _response(w, SITE + "gone", b"<html><body>Not found</body></html>", status="404 Not Found")
        w.write_record(
            w.create_warc_record(
                SITE + "warrior-nun", "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n")
            )
        )

    with open(folder / "b.warc.gz", "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        _response(w, SITE + "abbott-elementary", page["abbott-elementary-renewed"])
        fh.flush()
        # A corrupt record: a whole gzip member whose content is no WARC record.
        fh.write(gzip.compress(b"not a warc record\r\nnor this\r\n"))
        _response(w, SITE + "cup-final", page["cup-final-report"])

    lines = [
        json.dumps({"url": SITE + "1899", "text": ONE_CANCELED, "published": "2023-01-03"}),
        '{"url": "' + SITE + 'broken", "html": <p>not json</p>}',
    ]
    (folder / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    listing = folder / "paths.txt"
    listing.write_text("# test crawl\na.warc.gz\n\nb.warc.gz\nc.jsonl\n", encoding="utf-8")
    return {
        "listing": listing,
        "files": [folder / "a.warc.gz", folder / "b.warc.gz", folder / "c.jsonl"],
        # warcinfo, request, 4 responses and a metadata record; 2 responses; 2 lines.
        "records": 7 + 2 + 2,
        "documents": {
            SITE + s
            for s in ("warrior-nun", "lemon-tart", "abbott-elementary", "cup-final", "1899")
        },
        "relevant": {SITE + s for s in ("warrior-nun", "abbott-elementary", "1899")},
    }


# -- the one job -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        skip_or_fail("the Spark tests need Java 17 (apt-get install openjdk-17-jre-headless)")
    from knowsofar.spark import spark_session

    session = spark_session(
        "local[1]",
        conf={
            "spark.ui.enabled": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.driver.memory": "1g",
            "spark.ui.showConsoleProgress": "false",
        },
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def job(spark, tmp_path_factory) -> dict[str, Any]:
    from knowsofar.cli import app

    base = tmp_path_factory.mktemp("spark")
    crawl = write_crawl(base / "crawl")
    out = base / "out"
    result = CliRunner().invoke(
        app, ["spark", "extract", str(crawl["listing"]), "--out", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    counters = json.loads(result.stdout.strip().splitlines()[-1])
    return {**crawl, "out": out, "counters": counters, "base": base}


def _table(out: Path, name: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return pq.read_table(out / name).to_pylist()


# -- input listing (no Spark) -------------------------------------------------------------


def test_listing_lines_resolve_like_cc_pyspark(tmp_path: Path) -> None:
    (tmp_path / "local.warc.gz").write_bytes(b"")
    listing = tmp_path / "warc.paths.gz"
    listing.write_bytes(
        gzip.compress(
            b"crawl-data/CC-MAIN-2024-10/segments/1/warc/x.warc.gz\n"
            b"# a comment\n\n"
            b"s3://my-bucket/y.warc.gz\n"
            b"local.warc.gz\n"
        )
    )
    assert expand_inputs([listing]) == [
        COMMON_CRAWL_BASE + "crawl-data/CC-MAIN-2024-10/segments/1/warc/x.warc.gz",
        "s3://my-bucket/y.warc.gz",
        str((tmp_path / "local.warc.gz").resolve()),
    ]
    assert expand_inputs([listing], base_url="s3://commoncrawl")[0].startswith(
        "s3://commoncrawl/crawl-data/"
    )


def test_folders_are_walked_for_crawl_and_jsonl_files(tmp_path: Path) -> None:
    for name in ("b.warc", "a/x.jsonl", "a/y.arc.gz", "notes.txt", "page.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    found = [Path(p).relative_to(tmp_path.resolve()).as_posix() for p in expand_inputs([tmp_path])]
    assert found == ["a/x.jsonl", "a/y.arc.gz", "b.warc"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file or folder"),
        ("notes.html\n", "is not a crawl or JSON Lines file"),
        (b"\xff\xfe\x00binary", "not a listing of paths"),
    ],
)
def test_bad_inputs_say_what_is_wrong(tmp_path: Path, content, message: str) -> None:
    listing = tmp_path / "paths.txt"
    if isinstance(content, str):
        listing.write_text(content)
    elif isinstance(content, bytes):
        listing.write_bytes(content)
    with pytest.raises(SparkJobError, match=message):
        expand_inputs([listing])


def test_a_file_that_breaks_mid_read_keeps_what_was_read(tmp_path, monkeypatch) -> None:
    """A remote stream that dies half-way (not an OSError) gives one error row, no crash."""
    from contextlib import contextmanager

    from knowsofar import spark

    data = io.BytesIO()
    w = WARCWriter(data, gzip=True)
    _response(w, SITE + "abbott-elementary", (DATA / "abbott-elementary-renewed.html").read_bytes())
    first_record_ends = data.tell()
    noise = random.Random(1).randbytes(200_000).hex().encode()  # gzip cannot shrink it
    _response(w, SITE + "padding", b"<html><body><p>" + noise + b"</p></body></html>")

    class Dropping(io.BytesIO):
        def read(self, size: int = -1) -> bytes:
            if self.tell() > first_record_ends + 50_000:
                raise RuntimeError("connection dropped by peer")
            return super().read(size)

    @contextmanager
    def fake_open(path: str):
        stream = Dropping(data.getvalue())
        yield spark._named(stream, path)

    monkeypatch.setattr(spark, "open_input", fake_open)
    counts = spark.Counts()
    items = list(spark.read_input("s3://bucket/crawl.warc.gz", Settings(), counts))
    assert [getattr(i, "url", None) for i in items[:1]] == [SITE + "abbott-elementary"]
    assert len(items) == 2
    assert items[1].source == "s3://bucket/crawl.warc.gz"
    assert "reading stopped: RuntimeError: connection dropped by peer" in items[1].reason


def test_remote_listing_and_crawl_files_are_streamed(tmp_path: Path) -> None:
    """A listing and WARC files over HTTP (smart_open), Common Crawl's relative lines."""
    from local_http import Reply, fixed, serve

    from knowsofar import spark

    write_crawl(tmp_path)
    routes = {
        f"/crawl-data/{name}": fixed(Reply(200, (tmp_path / name).read_bytes()))
        for name in ("a.warc.gz", "b.warc.gz")
    }
    routes["/warc.paths"] = fixed(Reply(200, b"crawl-data/a.warc.gz\ncrawl-data/b.warc.gz\n"))
    with serve(routes) as server:
        paths = expand_inputs([server.url("/warc.paths")], base_url=server.url("/"))
        assert paths == [server.url("/crawl-data/a.warc.gz"), server.url("/crawl-data/b.warc.gz")]
        counts = spark.Counts()
        a = list(spark.read_input(paths[0], Settings(), counts))
        b = list(spark.read_input(paths[1], Settings(), spark.Counts()))
    assert [d.url for d in a] == [SITE + "warrior-nun", SITE + "lemon-tart"]
    assert counts.records == 7  # every record of a.warc.gz, HTML or not
    # Past the corrupt record the reader seeks; this server ignores Range requests, so the
    # file ends in one "reading stopped" row and what came before it is kept.
    assert getattr(b[0], "url", None) == SITE + "abbott-elementary"
    assert "corrupt crawl record" in b[1].reason
    assert b[-1].reason.startswith("reading stopped") and b[-1].source == paths[1]


def test_an_extraction_parquet_cannot_hold_becomes_an_error_row(tmp_path: Path) -> None:
    """The per-partition function, without Spark and with a stand-in extractor."""
    from knowsofar.claims import Claim, Extraction
    from knowsofar.spark import Counts, extract_files

    crawl = write_crawl(tmp_path)

    class OddExtractor:
        def extract_documents(self, items):
            for doc in items:
                odd = Claim(
                    kind="genre", show="Warrior Nun", value={"genre": {"a set"}}, evidence=""
                )
                yield Extraction(source=doc, claims=[odd] if "warrior" in doc.url else [])

    counts = Counts()
    rows = list(extract_files([str(crawl["files"][0])], Settings(), counts, ks=OddExtractor()))
    assert [r["kind"] for r in rows] == ["error"]
    assert rows[0]["error"]["stage"] == "extract"
    assert "cannot be stored" in rows[0]["error"]["reason"]
    assert (counts.documents, counts.relevant, counts.extracted, counts.failed) == (2, 1, 0, 1)


def test_streams_with_a_fixed_name_are_renamed_for_error_messages(tmp_path: Path) -> None:
    from knowsofar.spark import _named

    f = tmp_path / "local.bin"
    f.write_bytes(b"0123456789")
    with open(f, "rb") as fh:  # BufferedReader.name cannot be set
        named = _named(fh, "s3://bucket/key.warc.gz")
        assert named.name == "s3://bucket/key.warc.gz"
        assert named.read(4) == b"0123" and named.tell() == 4
        named.seek(8)
        assert named.read() == b"89"


def test_module_entry_point_reports_bad_input_without_starting_spark(tmp_path, capsys) -> None:
    from knowsofar.spark import main

    assert main([str(tmp_path / "missing.warc.gz"), "--out", str(tmp_path / "o")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_load_refuses_a_folder_that_is_not_job_output(tmp_path: Path) -> None:
    from knowsofar.core import KnowsofarError

    ks = Knowsofar(Settings(database_url=f"sqlite:///{tmp_path / 'kb.db'}"))
    with pytest.raises(KnowsofarError, match="no documents/ folder"):
        ks.load(tmp_path)


def test_load_of_a_job_that_found_nothing_loads_nothing(tmp_path: Path) -> None:
    for table in ("documents", "errors"):
        (tmp_path / "out" / table).mkdir(parents=True)
        (tmp_path / "out" / table / "_SUCCESS").write_bytes(b"")
    ks = Knowsofar(Settings(database_url=f"sqlite:///{tmp_path / 'kb.db'}"))
    summary = ks.load(tmp_path / "out")
    assert summary.documents == summary.error_rows == 0
    assert ks.kb.stats()["documents"] == 0


# -- what the job wrote ---------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.spark
def test_documents_are_the_relevant_pages(job) -> None:
    docs = _table(job["out"], "documents")
    assert {d["url"] for d in docs} == job["relevant"]
    for d in docs:
        assert d["key"] == d["url"]
        norm = " ".join(d["text"].split()).casefold()
        assert d["content_hash"] == hashlib.sha256(norm.encode()).hexdigest()
        assert Path(d["source_file"]).name in {"a.warc.gz", "b.warc.gz", "c.jsonl"}
    by_url = {d["url"]: d for d in docs}
    assert "halo" in by_url[SITE + "warrior-nun"]["text"]
    assert by_url[SITE + "1899"]["published"].startswith("2023-01-03")


@pytest.mark.slow
@pytest.mark.spark
def test_claims_are_what_the_cli_path_extracts(job, ks: Knowsofar) -> None:
    """Same code path: the job's claims equal the library's on the same pages."""
    from knowsofar.kb.bulk import extraction_from_row

    docs = {d["url"]: d for d in _table(job["out"], "documents")}
    expected = {}
    for ex in ks.extract(job["files"]):
        if not ex.error and ex.source.url in job["relevant"]:
            expected[ex.source.url] = ex.to_contract()
    assert set(expected) == set(docs)
    for url, row in docs.items():
        assert extraction_from_row(row).to_contract() == expected[url]
    # And the extractor did find things in them.
    statuses = {
        (c["show"], c["season"], json.loads(c["value_json"])["status"])
        for d in docs.values()
        for c in d["claims"]
        if c["kind"] == "season_status"
    }
    assert ("Warrior Nun", 3, "canceled") in statuses or ("Warrior Nun", 2, "canceled") in statuses
    assert ("Abbott Elementary", 3, "renewed") in statuses


@pytest.mark.slow
@pytest.mark.spark
def test_flat_claims_table_matches_the_nested_claims(job) -> None:
    docs = _table(job["out"], "documents")
    flat = _table(job["out"], "claims")
    nested = sorted(
        (d["key"], i, c["kind"], c["show"], c["value_json"], c["evidence"])
        for d in docs
        for i, c in enumerate(d["claims"])
    )
    assert nested, "the relevant pages gave no claims at all"
    assert (
        sorted(
            (c["document_key"], c["position"], c["kind"], c["show"], c["value_json"], c["evidence"])
            for c in flat
        )
        == nested
    )


@pytest.mark.slow
@pytest.mark.spark
def test_error_rows_name_the_file_and_the_reason(job) -> None:
    errors = _table(job["out"], "errors")
    by_file = {}
    for e in errors:
        by_file.setdefault(Path(e["source_file"]).name, []).append(e)
    assert sorted(by_file) == ["b.warc.gz", "c.jsonl"]
    (corrupt,) = by_file["b.warc.gz"]
    assert corrupt["stage"] == "read" and "corrupt" in corrupt["reason"]
    (bad_line,) = by_file["c.jsonl"]
    assert bad_line["stage"] == "read" and bad_line["source"].endswith("c.jsonl:2")
    assert "not valid JSON" in bad_line["reason"]
    # The page after the corrupt record was still read (and dropped as off-topic).
    assert job["counters"]["documents"] == len(job["documents"])


@pytest.mark.slow
@pytest.mark.spark
def test_counters_add_up(job) -> None:
    c = job["counters"]
    docs = _table(job["out"], "documents")
    assert c["inputs"] == 3
    assert c["records"] == job["records"]
    assert c["documents"] == len(job["documents"])
    assert c["relevant"] == len(job["relevant"]) == len(docs)
    assert c["extracted"] == len(docs)
    assert c["failed"] == len(_table(job["out"], "errors"))
    assert c["claims"] == len(_table(job["out"], "claims"))
    # local[1] runs the three tasks in one reused Python worker: one model load, not three.
    assert c["models_loaded"] == 1
    written = json.loads(next((job["out"] / "counters").glob("*.json")).read_text())
    assert written == c


@pytest.mark.slow
@pytest.mark.spark
def test_existing_output_is_not_overwritten_by_accident(job) -> None:
    from knowsofar.cli import app

    result = CliRunner().invoke(
        app, ["spark", "extract", str(job["listing"]), "--out", str(job["out"])]
    )
    assert result.exit_code == 1
    assert "--overwrite" in result.output


# -- load -------------------------------------------------------------------------------


def _kb_state(ks: Knowsofar) -> dict[str, Any]:
    """Everything the knowledge base answers, without database ids."""
    shows = ks.kb.list_shows(limit=1000)
    state: dict[str, Any] = {"shows": _strip_ids(shows), "facts": {}}
    for show in shows:
        state["facts"][show["slug"]] = _strip_ids(ks.kb.show_facts(show["slug"]))
    return state


def _strip_ids(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _strip_ids(v) for k, v in obj.items() if k not in ("id", "document_id")}
    if isinstance(obj, list):
        return [_strip_ids(v) for v in obj]
    return obj


@pytest.mark.slow
@pytest.mark.spark
def test_load_gives_the_same_knowledge_base_as_ingest(
    job, extractor, kb_url: str, tmp_path: Path
) -> None:
    """`load` into SQLite (batches) or PostgreSQL (COPY) == `ingest` of the crawl files."""
    from knowsofar.cli import app

    loaded_url = kb_url
    result = CliRunner().invoke(
        app, ["load", str(job["out"])], env={"KNOWSOFAR_DATABASE_URL": loaded_url}
    )
    assert result.exit_code == 0, result.output
    loaded = Knowsofar(Settings(database_url=loaded_url))

    ingested = Knowsofar(Settings(database_url=f"sqlite:///{tmp_path / 'ingested.db'}"))
    ingested.__dict__["extractor"] = extractor
    ingested.ingest(job["files"])

    state = _kb_state(loaded)
    assert state["shows"], "nothing was loaded"
    assert {s["slug"] for s in state["shows"]} >= {"warrior-nun", "abbott-elementary"}
    assert state == _kb_state(ingested)

    # The unreadable records are error records in both, named the same way.
    def errors(k: Knowsofar) -> set[tuple[str, str]]:
        return {(e["source"], e["reason"]) for e in k.kb.errors()}

    assert len(errors(loaded)) == 2
    assert errors(loaded) == errors(ingested)

    # Loading the same output again changes nothing.
    before = loaded.kb.stats()
    again = loaded.load(job["out"])
    assert again.new_documents == 0 and again.unchanged == len(job["relevant"])
    assert again.error_rows == 2 and again.new_errors == 0
    assert loaded.kb.stats() == before
    assert _kb_state(loaded) == state


@pytest.mark.slow
@pytest.mark.spark
def test_load_can_leave_error_rows_in_the_parquet(job, tmp_path: Path) -> None:
    ks = Knowsofar(Settings(database_url=f"sqlite:///{tmp_path / 'kb.db'}"))
    summary = ks.load(job["out"], errors=False)
    assert summary.new_documents == len(job["relevant"]) and summary.error_rows == 0
    assert ks.kb.errors() == []
