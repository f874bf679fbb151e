"""The crawl-scale job: knowsofar's own extractor over WARC and JSON Lines files on Apache Spark.

Inputs are crawl files (.warc/.arc, gzipped or not), JSON Lines files, local folders of
them, or listing files with one path per line (Common Crawl's ``warc.paths.gz``, as
cc-pyspark reads them). One Spark task reads one file and streams its records through the
same readers, pre-filter and :class:`~knowsofar.extract.pipeline.Extractor` as the CLI;
the spaCy model is loaded once per Python worker process and reused by every task that
process runs.

Output under ``--out DIR`` (Parquet, one folder per table)::

    documents/  one row per relevant page: its source, text, and its whole Extraction
                (claims, conflicts, shows) nested, so a row loads on its own
    claims/     one row per claim, flat, with its document's key: for SQL over a crawl
    errors/     one row per record that could not be read or extracted
    counters/   the job's accumulators, one JSON row

``knowsofar load DIR`` brings documents/ into the knowledge base. Run it with
``knowsofar spark extract``, ``python -m knowsofar.spark`` or ``spark-submit`` on this
file (see docs/spark.md).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from knowsofar.claims import Document, Extraction
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from knowsofar.core import Knowsofar

CRAWL_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
DATA_SUFFIXES = CRAWL_SUFFIXES + JSONL_SUFFIXES
# Where relative lines of a Common Crawl listing (crawl-data/CC-MAIN-...) live. The HTTPS
# endpoint works from anywhere without credentials; on AWS use s3://commoncrawl/.
COMMON_CRAWL_BASE = "https://data.commoncrawl.org/"
TABLES = ("documents", "claims", "errors", "counters")


class SparkJobError(Exception):
    """The job cannot start or finish; the message says what to change."""


# -- counting ----------------------------------------------------------------------


@dataclass
class Counts:
    """What a pass saw; each field becomes a Spark accumulator of the same name."""

    records: int = 0  # every record in the inputs: WARC records of any type, JSONL lines
    documents: int = 0  # records read into a Document (HTML responses, JSONL pages)
    relevant: int = 0  # documents the pre-filter kept
    extracted: int = 0  # relevant documents extracted without error
    claims: int = 0
    failed: int = 0  # error rows: unreadable records, files or extractions
    models_loaded: int = 0  # extractors built in worker processes (1 per process)
    seconds_read: float = 0.0  # opening, decompressing, WARC parsing and HTML → text
    seconds_prefilter: float = 0.0
    seconds_extract: float = 0.0  # the Extractor: spaCy plus our logic
    # CPU time of the Python workers in their tasks, Spark's row serialisation included:
    # the cost per page on a busy machine, where wall-clock seconds also count waiting.
    seconds_cpu: float = 0.0

    def add(self, other: Counts) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def to_json(self) -> dict[str, Any]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


# -- inputs ------------------------------------------------------------------------


def is_data_file(path: str) -> bool:
    return path.lower().endswith(DATA_SUFFIXES)


def is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def expand_inputs(inputs: Iterable[str | Path], base_url: str = COMMON_CRAWL_BASE) -> list[str]:
    """Crawl/JSONL files, folders and listing files → the list of data files to read.

    A listing line may be absolute (``/data/a.warc.gz``, ``s3://bucket/a.warc.gz``),
    relative to Common Crawl (``crawl-data/...``, prefixed with ``base_url``), or
    relative to the listing file's folder. Blank lines and ``#`` comments are skipped.
    """
    out: list[str] = []
    for raw in inputs:
        item = str(raw)
        local = Path(item[len("file://") :] if item.startswith("file://") else item)
        if not is_remote(item) and local.is_dir():
            found = sorted(
                str(p.resolve()) for p in local.rglob("*") if p.is_file() and is_data_file(p.name)
            )
            if not found:
                raise SparkJobError(
                    f"{item}: no crawl files (.warc, .warc.gz, .arc, .arc.gz) or JSON Lines "
                    "files (.jsonl, .jsonl.gz) in this folder"
                )
            out.extend(found)
        elif is_data_file(item) and (is_remote(item) or local.is_file()):
            out.append(item if is_remote(item) else str(local.resolve()))
        elif not is_data_file(item) and (is_remote(item) or local.is_file()):
            out.extend(_read_listing(item, base_url))
        else:
            raise SparkJobError(
                f"{item}: no such file or folder (give crawl files, folders of them, or a "
                "listing file with one path per line)"
            )
    if not out:
        raise SparkJobError("the inputs name no files to read")
    return out


def _read_listing(listing: str, base_url: str) -> list[str]:
    try:
        with open_input(listing) as raw:
            data = raw.read()
    except OSError as exc:
        raise SparkJobError(f"{listing}: cannot read the listing: {exc}") from exc
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SparkJobError(
            f"{listing}: not a listing of paths (not UTF-8 text); crawl files must end in "
            f"one of {', '.join(DATA_SUFFIXES)}"
        ) from exc
    here = None if is_remote(listing) else Path(listing).resolve().parent
    paths: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_remote(line) or line.startswith("file://"):
            paths.append(line)
        elif line.startswith("crawl-data/"):
            paths.append(base_url.rstrip("/") + "/" + line)
        elif line.startswith("/"):
            paths.append(line)
        elif here is not None:
            paths.append(str(here / line))
        else:
            raise SparkJobError(f"{listing}, line {n}: relative path {line!r} in a remote listing")
        if not is_data_file(paths[-1]):
            raise SparkJobError(
                f"{listing}, line {n}: {line!r} is not a crawl or JSON Lines file "
                f"(expected one of {', '.join(DATA_SUFFIXES)})"
            )
    return paths


@contextmanager
def open_input(path: str) -> Iterator[IO[bytes]]:
    """A binary stream of a local, file://, s3://, hdfs:// or http(s):// file, undecoded.

    Remote paths go through smart_open (s3 needs boto3: ``pip install smart_open[s3]``;
    hdfs needs the ``hdfs`` command on the workers). Compression is left to the readers:
    warcio reads gzip members itself.
    """
    if not is_remote(path):
        local = path[len("file://") :] if path.startswith("file://") else path
        with open(local, "rb") as fh:
            yield fh
        return
    try:
        import smart_open
    except ImportError as exc:  # pragma: no cover - smart_open ships with spaCy's deps
        raise OSError(f"reading {path} needs smart_open: pip install 'smart_open[s3]'") from exc
    try:
        fh = smart_open.open(path, "rb", compression="disable")
    except ImportError as exc:
        raise OSError(f"reading {path} needs an extra package: {exc}") from exc
    try:
        yield fh
    finally:
        fh.close()


def read_input(path: str, settings: Settings, counts: Counts) -> Iterator[Document | SourceError]:
    """Every readable page of one crawl or JSON Lines file; errors as SourceErrors."""
    try:
        with open_input(path) as fh:
            if path.lower().endswith(CRAWL_SUFFIXES):
                from knowsofar.sources.warc import WarcStats, iter_warc

                stats = WarcStats()
                try:
                    yield from iter_warc(_named(fh, path), settings, stats=stats)
                finally:
                    counts.records += stats.records
            else:
                from knowsofar.sources.jsonl import iter_jsonl

                for item in iter_jsonl(_named(fh, path), settings):
                    counts.records += 1
                    yield item
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not fail the job
        # What was read before the failure is kept; rerunning the file and loading again
        # fills in the rest (load skips what it already has).
        yield SourceError(
            source=path,
            reason=f"reading stopped: {type(exc).__name__}: {exc} (rerun this file)",
            path=path,
        )


def _named(fh: IO[bytes], name: str) -> IO[bytes]:
    # The readers name errors after the stream; make sure remote streams carry the path.
    if getattr(fh, "name", None) != name:
        try:
            fh.name = name  # type: ignore[misc]
        except (AttributeError, TypeError):
            return _NamedReader(fh, name)  # type: ignore[return-value]
    return fh


class _NamedReader(io.RawIOBase):
    """A read-only view of a stream under another name (for streams with a fixed name)."""

    def __init__(self, fh: IO[bytes], name: str) -> None:
        self._fh, self.name = fh, name

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return bool(self._fh.seekable())

    def read(self, size: int = -1) -> bytes:
        return self._fh.read(size)

    def readinto(self, buffer: Any) -> int:
        data = self._fh.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._fh.seek(offset, whence)

    def tell(self) -> int:
        return self._fh.tell()


# -- one worker's work ---------------------------------------------------------------

# One Knowsofar (and so one loaded spaCy model) per worker process and Settings; Spark
# reuses Python workers across tasks (spark.python.worker.reuse, on by default).
_WORKER_KNOWSOFAR: dict[Settings, Knowsofar] = {}


def worker_knowsofar(settings: Settings, counts: Counts | None = None) -> Knowsofar:
    """This process's Knowsofar for ``settings``, built (and its model loaded) on first use."""
    ks = _WORKER_KNOWSOFAR.get(settings)
    if ks is None:
        from knowsofar.core import Knowsofar

        ks = Knowsofar(settings)
        ks.extractor  # noqa: B018 - load the model now, once, not inside a timed record
        _WORKER_KNOWSOFAR[settings] = ks
        if counts is not None:
            counts.models_loaded += 1
    return ks


def extract_files(
    paths: Iterable[str], settings: Settings, counts: Counts, ks: Knowsofar | None = None
) -> Iterator[dict[str, Any]]:
    """The job's per-partition work without Spark: files → document and error rows.

    Reads each file, keeps what the relevance pre-filter keeps, and extracts it with
    ``Knowsofar.extract_documents``, the code path the CLI uses. Yields row dicts shaped
    like :func:`row_schema` (``kind`` is ``"document"`` or ``"error"``).
    """
    from knowsofar.extract.prefilter import is_relevant

    ks = ks or worker_knowsofar(settings, counts)
    pending_errors: deque[dict[str, Any]] = deque()
    # The crawl file of each document sent to the extractor, in order: extract_documents
    # yields one Extraction per document, in input order.
    sent_from: deque[str] = deque()
    upstream = 0.0  # seconds spent pulling relevant documents (read + pre-filter)

    def relevant_documents() -> Iterator[Document]:
        nonlocal upstream
        for path in paths:
            items = read_input(path, settings, counts)
            while True:
                t0 = time.perf_counter()
                item = next(items, None)
                t1 = time.perf_counter()
                counts.seconds_read += t1 - t0
                upstream += t1 - t0
                if item is None:
                    break
                if isinstance(item, SourceError):
                    pending_errors.append(error_row(item.source, item.reason, "read", path, item))
                    continue
                counts.documents += 1
                keep = is_relevant(item)
                t2 = time.perf_counter()
                counts.seconds_prefilter += t2 - t1
                upstream += t2 - t1
                if keep:
                    counts.relevant += 1
                    sent_from.append(path)
                    yield item

    extractions = ks.extract_documents(relevant_documents())
    while True:
        # Only time spent inside the extractor counts as extracting: not the reading it
        # pulls through, nor Spark serialising our rows while this generator waits.
        t0, before = time.perf_counter(), upstream
        ex = next(extractions, None)
        counts.seconds_extract += time.perf_counter() - t0 - (upstream - before)
        yield from _drain(pending_errors, counts)
        if ex is None:
            return
        source_file = sent_from.popleft() if sent_from else None
        if ex.error:
            yield error_row(ex.source.key, ex.error, "extract", source_file, ex.source)
            counts.failed += 1
        else:
            try:
                row = document_row(ex, source_file)
            except (TypeError, ValueError) as exc:  # a value the Parquet schema cannot hold
                counts.failed += 1
                reason = f"extraction cannot be stored: {exc}"
                yield error_row(ex.source.key, reason, "extract", source_file, ex.source)
                continue
            counts.extracted += 1
            counts.claims += len(ex.claims)
            yield row


def _drain(pending: deque[dict[str, Any]], counts: Counts) -> Iterator[dict[str, Any]]:
    while pending:
        counts.failed += 1
        yield pending.popleft()


def document_row(ex: Extraction, source_file: str | None) -> dict[str, Any]:
    doc = ex.source
    return {
        "kind": "document",
        "document": {
            "key": doc.key,
            "url": doc.url,
            "path": doc.path,
            "title": doc.title,
            "published": doc.published,
            "fetched": doc.fetched,
            "language": doc.language,
            "author": doc.author,
            "content_hash": doc.content_hash,
            "text": doc.text,
            "headings": list(doc.headings),
            "emphasis": list(doc.emphasis),
            "tables_json": json.dumps(doc.tables, ensure_ascii=False) if doc.tables else None,
            "source_file": source_file,
            "shows": list(ex.shows),
            "conflicts": [
                {
                    "field": c.field,
                    "seen": list(c.seen),
                    "chosen": c.chosen,
                    "why": c.why,
                    "show": c.show,
                }
                for c in ex.conflicts
            ],
            "claims": [
                {
                    "kind": c.kind,
                    "show": c.show,
                    "season": _int(c.season),
                    "value_json": json.dumps(c.value, ensure_ascii=False, sort_keys=True),
                    "evidence": c.evidence,
                    "start": _int(c.start),
                    "end": _int(c.end),
                    "event_date": c.event_date,
                    "confidence": float(c.confidence),
                    "extractor": c.extractor,
                }
                for c in ex.claims
            ],
        },
        "error": None,
    }


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def error_row(
    source: str,
    reason: str,
    stage: str,
    source_file: str | None,
    where: Document | SourceError | None = None,
) -> dict[str, Any]:
    return {
        "kind": "error",
        "document": None,
        "error": {
            "source": source,
            "reason": reason,
            "stage": stage,
            "source_file": source_file,
            "url": getattr(where, "url", None),
            "path": getattr(where, "path", None),
        },
    }


# -- Spark -------------------------------------------------------------------------


def row_schema() -> Any:
    """The Spark schema of the rows :func:`extract_files` yields."""
    from pyspark.sql import types as T

    s, i = T.StringType(), T.IntegerType()
    strings = T.ArrayType(s)
    claim = T.StructType(
        [
            T.StructField("kind", s, False),
            T.StructField("show", s, False),
            T.StructField("season", i),
            T.StructField("value_json", s, False),
            T.StructField("evidence", s),
            T.StructField("start", i),
            T.StructField("end", i),
            T.StructField("event_date", s),
            T.StructField("confidence", T.DoubleType()),
            T.StructField("extractor", s),
        ]
    )
    conflict = T.StructType(
        [
            T.StructField("field", s),
            T.StructField("seen", strings),
            T.StructField("chosen", s),
            T.StructField("why", s),
            T.StructField("show", s),
        ]
    )
    document = T.StructType(
        [
            T.StructField(n, s)
            for n in (
                "key",
                "url",
                "path",
                "title",
                "published",
                "fetched",
                "language",
                "author",
                "content_hash",
                "text",
            )
        ]
        + [
            T.StructField("headings", strings),
            T.StructField("emphasis", strings),
            T.StructField("tables_json", s),
            T.StructField("source_file", s),
            T.StructField("shows", strings),
            T.StructField("conflicts", T.ArrayType(conflict)),
            T.StructField("claims", T.ArrayType(claim)),
        ]
    )
    error = T.StructType(
        [T.StructField(n, s) for n in ("source", "reason", "stage", "source_file", "url", "path")]
    )
    return T.StructType(
        [
            T.StructField("kind", s, False),
            T.StructField("document", document),
            T.StructField("error", error),
        ]
    )


def spark_session(
    master: str | None = None,
    app_name: str = "knowsofar-extract",
    conf: dict[str, str] | None = None,
) -> SparkSession:
    """A SparkSession; in local mode its Python workers run this interpreter."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkJobError(
            "the Spark job needs pyspark: pip install 'knowsofar[spark]' (and Java 17)"
        ) from exc
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    # spark-submit starts the JVM first and hands the Python driver its gateway port; then
    # the master (and the workers' Python) is spark-submit's business, not ours.
    local = master.startswith("local") if master else "PYSPARK_GATEWAY_PORT" not in os.environ
    if local:
        # Otherwise local workers run whatever `python3` is on PATH, without knowsofar in
        # it; PySpark reads the worker interpreter from this variable only.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")  # Spark's INFO lines drown the job's output
    return session


@dataclass
class JobResult:
    out: str
    inputs: int
    counts: Counts

    def to_json(self) -> dict[str, Any]:
        return {"out": self.out, "inputs": self.inputs, **self.counts.to_json()}


def run_job(
    spark: SparkSession,
    inputs: Sequence[str | Path],
    out: str | Path,
    settings: Settings | None = None,
    partitions: int | None = None,
    base_url: str = COMMON_CRAWL_BASE,
    overwrite: bool = False,
) -> JobResult:
    """Run the extract job on ``spark``: inputs → Parquet tables under ``out``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    settings = settings or get_settings()
    paths = expand_inputs(inputs, base_url)
    out_s = str(out) if is_remote(str(out)) else str(Path(out).resolve())
    mode = "overwrite" if overwrite else "errorifexists"
    if not overwrite and not is_remote(out_s) and any((Path(out_s) / t).exists() for t in TABLES):
        raise SparkJobError(f"{out_s} already holds job output; pass --overwrite to replace it")

    sc = spark.sparkContext
    zero = Counts()
    accs = {
        f.name: sc.accumulator(0.0 if isinstance(getattr(zero, f.name), float) else 0)
        for f in fields(Counts)
    }
    n = partitions or len(paths)

    def partition(part: Iterator[str]) -> Iterator[dict[str, Any]]:
        counts = Counts()
        cpu = time.process_time()
        try:
            yield from extract_files(part, settings, counts)
        finally:
            counts.seconds_cpu += time.process_time() - cpu
            for name, acc in accs.items():
                acc.add(getattr(counts, name))

    rows = sc.parallelize(paths, numSlices=max(1, min(n, len(paths)))).mapPartitions(partition)
    # DISK_ONLY: the three tables below read the extraction once; blocks on disk are not
    # evicted, so spaCy (and the accumulators) run once per record.
    frame = spark.createDataFrame(rows, schema=row_schema()).persist(StorageLevel.DISK_ONLY)
    try:
        documents = frame.where(F.col("kind") == "document").select("document.*")
        documents.write.mode(mode).parquet(f"{out_s}/documents")
        frame.where(F.col("kind") == "error").select("error.*").write.mode(mode).parquet(
            f"{out_s}/errors"
        )
        claims = documents.select(
            F.col("key").alias("document_key"),
            "url",
            "published",
            "fetched",
            F.posexplode("claims").alias("position", "claim"),
        ).select("document_key", "url", "published", "fetched", "position", "claim.*")
        claims.write.mode(mode).parquet(f"{out_s}/claims")
    finally:
        frame.unpersist()
    counts = Counts(**{name: acc.value for name, acc in accs.items()})
    result = JobResult(out=out_s, inputs=len(paths), counts=counts)
    spark.createDataFrame([result.to_json()]).coalesce(1).write.mode(mode).json(f"{out_s}/counters")
    return result


def extract_to_parquet(
    inputs: Sequence[str | Path],
    out: str | Path,
    settings: Settings | None = None,
    master: str | None = None,
    partitions: int | None = None,
    base_url: str = COMMON_CRAWL_BASE,
    overwrite: bool = False,
    conf: dict[str, str] | None = None,
) -> JobResult:
    """Start (or join) a SparkSession and run the job; the session stops if we started it."""
    from py4j.protocol import Py4JJavaError
    from pyspark.errors import AnalysisException
    from pyspark.sql import SparkSession

    paths = expand_inputs(inputs, base_url)  # bad inputs fail before Spark starts
    existing = SparkSession.getActiveSession()
    spark = existing or spark_session(master, conf=conf)
    try:
        return run_job(spark, paths, out, settings, partitions, base_url, overwrite)
    except AnalysisException as exc:
        hint = "; pass --overwrite to replace it" if "already exists" in str(exc) else ""
        raise SparkJobError(f"{str(exc).splitlines()[0]}{hint}") from exc
    except Py4JJavaError as exc:
        cause = str(exc.java_exception).splitlines()[0]
        raise SparkJobError(f"the Spark job failed (see the log above): {cause}") from exc
    finally:
        if existing is None:
            spark.stop()


# -- python -m knowsofar.spark / spark-submit ----------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``python -m knowsofar.spark`` and ``spark-submit .../spark.py``."""
    p = argparse.ArgumentParser(
        prog="knowsofar.spark",
        description="Extract TV-season claims from WARC / JSON Lines files into Parquet.",
        epilog="Example: spark-submit --master yarn knowsofar/spark.py warc.paths.gz --out s3://b/o",
    )
    p.add_argument("inputs", nargs="+", help="crawl files, folders, or listing files")
    p.add_argument("--out", required=True, help="output folder (local, hdfs:// or s3a://)")
    p.add_argument("--master", default=None, help="Spark master (spark-submit sets it)")
    p.add_argument("--partitions", type=int, default=None, help="tasks (default: one per file)")
    p.add_argument(
        "--base-url", default=COMMON_CRAWL_BASE, help="prefix for crawl-data/... lines of a listing"
    )
    p.add_argument("--overwrite", action="store_true", help="replace existing output")
    args = p.parse_args(argv)
    try:
        result = extract_to_parquet(
            args.inputs,
            args.out,
            master=args.master,
            partitions=args.partitions,
            base_url=args.base_url,
            overwrite=args.overwrite,
        )
    except SparkJobError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result.to_json()))
    return 0


if __name__ == "__main__":
    # Run the importable module's copy, not this script's: functions shipped to workers must
    # be knowsofar.spark's (pickled by reference) so they share its per-process model cache.
    from knowsofar.spark import main as module_main

    sys.exit(module_main())
