"""Bulk load: the Spark job's Parquet output (knowsofar.spark) → the knowledge base.

``documents/`` is read with pyarrow in batches, so memory stays flat however big the
crawl. For each batch one set-based query finds the documents already stored with the
same content (on PostgreSQL the batch's keys are staged with COPY and joined); those are
skipped, so loading the same output twice changes nothing. New and changed documents go
through ``KnowledgeBase.ingest_extraction``, the same code as ``knowsofar ingest``: entity
resolution and reconciliation of the shows they touch happen there, one document per
transaction, which is why ``load`` and ``ingest`` of the same pages give the same
knowledge base. ``errors/`` rows become error records (COPY into a staging table on
PostgreSQL, batched inserts on SQLite), each (source, reason) once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, insert, select

from knowsofar.claims import Claim, Conflict, Document, Extraction
from knowsofar.kb.schema import Document as StoredDocument
from knowsofar.kb.schema import Error
from knowsofar.kb.store import document_key

if TYPE_CHECKING:
    from knowsofar.kb.store import KnowledgeBase

ERROR_KIND = "crawl"
_DOCUMENT_COLUMNS = (
    "key",
    "url",
    "path",
    "title",
    "published",
    "fetched",
    "language",
    "author",
    "text",
    "headings",
    "emphasis",
    "tables_json",
    "shows",
    "conflicts",
    "claims",
)
_ERROR_COLUMNS = ("source", "reason", "url", "path")


class BulkLoadError(Exception):
    """The folder is not a Spark job's output; the message says what was expected."""


@dataclass
class LoadSummary:
    documents: int = 0  # rows read from documents/
    new_documents: int = 0
    changed: int = 0
    unchanged: int = 0
    claims: int = 0  # claims stored (of new and changed documents)
    error_rows: int = 0  # rows read from errors/
    new_errors: int = 0

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def extraction_from_row(row: dict[str, Any]) -> Extraction:
    """One documents/ row → the Extraction the job made of that page."""
    tables = json.loads(row["tables_json"]) if row.get("tables_json") else []
    doc = Document(
        text=row["text"],
        title=row.get("title"),
        url=row.get("url"),
        path=row.get("path"),
        published=row.get("published"),
        fetched=row.get("fetched"),
        language=row.get("language"),
        author=row.get("author"),
        headings=list(row.get("headings") or []),
        emphasis=list(row.get("emphasis") or []),
        tables=tables,
    )
    claims = [
        Claim(
            kind=c["kind"],
            show=c["show"],
            value=json.loads(c["value_json"]),
            evidence=c["evidence"] or "",
            season=c["season"],
            start=c["start"],
            end=c["end"],
            event_date=c["event_date"],
            confidence=c["confidence"] if c["confidence"] is not None else 1.0,
            extractor=c["extractor"] or "",
        )
        for c in row.get("claims") or []
    ]
    conflicts = [
        Conflict(
            field=c["field"],
            seen=list(c["seen"] or []),
            chosen=c["chosen"],
            why=c["why"] or "",
            show=c["show"],
        )
        for c in row.get("conflicts") or []
    ]
    return Extraction(
        source=doc, claims=claims, conflicts=conflicts, shows=list(row.get("shows") or [])
    )


def iter_rows(
    folder: str | Path, table: str, columns: tuple[str, ...], batch_size: int
) -> Iterator[list[dict[str, Any]]]:
    """Batches of rows of one output table, in the job's order (part files by name)."""
    import pyarrow.dataset as ds

    where = str(folder).rstrip("/") + "/" + table
    if "://" not in where and not Path(where).is_dir():
        raise BulkLoadError(
            f"{folder} has no {table}/ folder: give the --out folder of `knowsofar spark extract`"
        )
    try:
        dataset = ds.dataset(where, format="parquet")
    except (OSError, ValueError) as exc:
        raise BulkLoadError(f"cannot read {where}: {exc}") from exc
    # Part files sorted by name keep the job's input order, as ingest of the same files would.
    files = sorted(dataset.files)
    if not files:  # a job that found nothing to write here
        return
    missing = [c for c in columns if c not in dataset.schema.names]
    if missing:
        raise BulkLoadError(f"{where} lacks columns {missing}: not written by this version's job")
    for name in files:
        part = ds.dataset(name, format="parquet", schema=dataset.schema)
        for batch in part.to_batches(columns=list(columns), batch_size=batch_size):
            if batch.num_rows:
                yield batch.to_pylist()


def load_parquet(
    kb: KnowledgeBase, folder: str | Path, batch_size: int = 500, errors: bool = True
) -> LoadSummary:
    """Load documents/ (and errors/, unless ``errors`` is False) of a job's output into ``kb``.

    Idempotent. On a whole crawl most error rows are pages in other languages or without
    an article: ``errors=False`` leaves them in the Parquet only.
    """
    summary = LoadSummary()
    kb.upgrade()
    for rows in iter_rows(folder, "documents", _DOCUMENT_COLUMNS, batch_size):
        summary.documents += len(rows)
        extractions = [extraction_from_row(r) for r in rows]
        stored = stored_hashes(kb, [document_key(ex.source) for ex in extractions])
        for ex in extractions:
            if stored.get(document_key(ex.source)) == ex.source.content_hash:
                summary.unchanged += 1
                continue
            result = kb.ingest_extraction(ex)
            summary.claims += result.claims
            if result.status in ("new", "skipped"):
                summary.new_documents += 1
            elif result.status == "changed":
                summary.changed += 1
            else:
                summary.unchanged += 1
    if not errors:
        return summary
    for rows in iter_rows(folder, "errors", _ERROR_COLUMNS, batch_size * 10):
        summary.error_rows += len(rows)
        summary.new_errors += store_errors(kb, rows)
    return summary


def stored_hashes(kb: KnowledgeBase, keys: list[str]) -> dict[str, str]:
    """{key: content hash} of the documents among ``keys`` that are already stored."""
    if not keys:
        return {}
    if kb.engine.dialect.name == "postgresql":
        return _stored_hashes_copy(kb, keys)
    found: dict[str, str] = {}
    with kb.session() as s:
        for i in range(0, len(keys), 500):  # SQLite caps bound parameters per statement
            chunk = keys[i : i + 500]
            found.update(
                s.execute(
                    select(StoredDocument.key, StoredDocument.content_hash).where(
                        StoredDocument.key.in_(chunk)
                    )
                ).all()
            )
    return found


def _stored_hashes_copy(kb: KnowledgeBase, keys: list[str]) -> dict[str, str]:
    with kb.engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        cur.execute("CREATE TEMP TABLE knowsofar_load_keys (key text) ON COMMIT DROP")
        with cur.copy("COPY knowsofar_load_keys (key) FROM STDIN") as copy:
            for key in keys:
                copy.write_row((key,))
        cur.execute(
            "SELECT d.key, d.content_hash FROM documents d JOIN knowsofar_load_keys k "
            "ON d.key = k.key"
        )
        return dict(cur.fetchall())


def store_errors(kb: KnowledgeBase, rows: list[dict[str, Any]]) -> int:
    """Add the job's error rows as error records, skipping ones already there; returns added."""
    # The source an ingest of the same record would record: its URL, else its file.
    seen: dict[tuple[str, str], None] = {}
    for r in rows:
        source = (r.get("url") or r.get("path") or r["source"] or "?")[:2048]
        seen.setdefault((source, r["reason"] or ""), None)
    pairs = list(seen)
    if kb.engine.dialect.name == "postgresql":
        return _store_errors_copy(kb, pairs)
    added = 0
    with kb.session() as s:
        for i in range(0, len(pairs), 200):
            chunk = pairs[i : i + 200]
            sources = {src for src, _ in chunk}
            have = set(
                s.execute(
                    select(Error.source, Error.reason).where(
                        and_(Error.kind == ERROR_KIND, Error.source.in_(sources))
                    )
                ).all()
            )
            new = [
                {"source": src, "reason": why, "kind": ERROR_KIND}
                for src, why in chunk
                if (src, why) not in have
            ]
            if new:
                s.execute(insert(Error), new)
                added += len(new)
    return added


def _store_errors_copy(kb: KnowledgeBase, pairs: list[tuple[str, str]]) -> int:
    with kb.engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        cur.execute(
            "CREATE TEMP TABLE knowsofar_load_errors (source text, reason text) ON COMMIT DROP"
        )
        with cur.copy("COPY knowsofar_load_errors (source, reason) FROM STDIN") as copy:
            for pair in pairs:
                copy.write_row(pair)
        cur.execute(
            "INSERT INTO errors (source, reason, kind, at) "
            "SELECT l.source, l.reason, %s, now() FROM knowsofar_load_errors l "
            "WHERE NOT EXISTS (SELECT 1 FROM errors e WHERE e.kind = %s "
            "AND e.source = l.source AND e.reason = l.reason)",
            (ERROR_KIND, ERROR_KIND),
        )
        return cur.rowcount
