"""One entry point for every kind of input: files, folders, URLs, crawl files, JSON Lines.

``read_inputs`` yields Documents and SourceErrors in input order: one item per
page file or URL, one per HTML response of a crawl file, one per line of a
JSON Lines file. Nothing here raises for bad input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from knowsofar.claims import Document
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError
from knowsofar.sources.files import READABLE_SUFFIXES, read_file
from knowsofar.sources.jsonl import is_jsonl_file, iter_jsonl
from knowsofar.sources.warc import WarcStats, is_crawl_file, iter_warc


def is_url(item: str | Path) -> bool:
    return isinstance(item, str) and item.lower().startswith(("http://", "https://"))


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[str | Path]:
    """URLs and files as given; folders walked (sorted) for every readable kind of file."""
    for item in inputs:
        if is_url(item):
            yield str(item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _readable(child):
                    yield child
        else:
            yield path


def read_inputs(
    inputs: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    allow_private: bool = False,
    warc_stats: WarcStats | None = None,
    progress: bool = False,
) -> Iterator[Document | SourceError]:
    """Every document in ``inputs``, in order.

    ``allow_private`` lets URLs reach local hosts; ``progress`` shows a bar over
    the inputs on a terminal (sources/progress.py).
    """
    settings = settings or get_settings()
    fetcher = None
    items: Iterable[str | Path] = expand_inputs(inputs)
    if progress:
        from knowsofar.sources.progress import track

        items = track(list(items), "reading", unit="inputs")
    try:
        for item in items:
            if isinstance(item, str):
                if fetcher is None:
                    from knowsofar.sources.web import WebFetcher

                    fetcher = WebFetcher(settings, allow_private=allow_private)
                yield fetcher.fetch_document(item)
            elif is_crawl_file(item):
                yield from iter_warc(item, settings, stats=warc_stats)
            elif is_jsonl_file(item):
                yield from iter_jsonl(item, settings)
            else:
                yield read_file(item, settings)
    finally:
        if fetcher is not None:
            fetcher.close()


def _readable(path: Path) -> bool:
    return path.suffix.lower() in READABLE_SUFFIXES or is_crawl_file(path) or is_jsonl_file(path)
