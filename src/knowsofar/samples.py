"""The bundled demo corpus: short articles about real shows, written by the project.

The articles ship inside the package (``knowsofar/data/samples``), so
``knowsofar ingest --samples`` and ``make demo`` work from any install.
``index.json`` beside them gives each file its published date and a URL-like
id, which loaders attach to the Documents they read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from knowsofar.claims import Document
from knowsofar.config import Settings
from knowsofar.sources.errors import SourceError
from knowsofar.sources.files import READABLE_SUFFIXES, read_paths

INDEX_NAME = "index.json"


class SamplesUnavailableError(RuntimeError):
    """The samples cannot be reached as plain files (e.g. a zipped install)."""


def sample_dir() -> Path:
    """The folder holding the sample articles and their index."""
    root = resources.files("knowsofar").joinpath("data", "samples")
    # A zipped install hands back a zipfile.Path; every reader here wants real files.
    if not isinstance(root, Path):
        raise SamplesUnavailableError(
            "knowsofar is installed as a zip archive, so its sample articles are not plain "
            "files; install it as a regular package (pip install knowsofar) to use them"
        )
    if not root.is_dir():
        raise SamplesUnavailableError(
            f"the sample articles are missing from {root}; reinstall knowsofar"
        )
    return root


def sample_paths() -> list[Path]:
    """Every sample article (.txt, .md, .html), sorted by file name."""
    return sorted(
        p for p in sample_dir().iterdir() if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES
    )


def sample_metadata() -> dict[str, dict[str, Any]]:
    """index.json as {file name: {"published", "url", "shows", "note"}}."""
    index_path = sample_dir() / INDEX_NAME
    out: dict[str, dict[str, Any]] = {}
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        for entry in index["articles"]:
            meta = dict(entry)
            out[meta.pop("file")] = meta
    except (OSError, ValueError, KeyError, TypeError) as exc:  # JSONDecodeError is a ValueError
        raise SamplesUnavailableError(
            f"cannot read the sample index {index_path}: {exc!r}; reinstall knowsofar"
        ) from exc
    return out


def sample_documents(settings: Settings | None = None) -> Iterator[Document | SourceError]:
    """The samples read as Documents, with index.json's published date and URL attached.

    Plain-text files carry their date only in a dateline, and their path differs
    per install; the index gives each one a date for the timeline and a URL that
    identifies it the same way everywhere. A missing or broken index raises
    SamplesUnavailableError here, at the call, not halfway through a batch.
    """
    return _with_index(read_paths(sample_paths(), settings), sample_metadata())


def _with_index(
    items: Iterator[Document | SourceError], meta: dict[str, dict[str, Any]]
) -> Iterator[Document | SourceError]:
    for item in items:
        if isinstance(item, Document) and item.path:
            entry = meta.get(Path(item.path).name, {})
            item.published = item.published or entry.get("published")
            item.url = item.url or entry.get("url")
        yield item
