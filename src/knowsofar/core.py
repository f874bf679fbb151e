"""The library's front door: one object that reads, extracts, stores and answers.

The CLI, the web app and the Spark job all build a :class:`Knowsofar` and call
one method; nothing else in them holds logic. Heavy parts (the language model,
the database) are created on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowsofar.claims import Document, Extraction
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError

if TYPE_CHECKING:
    from knowsofar.extract.pipeline import Extractor
    from knowsofar.kb.store import KnowledgeBase


class KnowsofarError(Exception):
    """An error with a message fit to show a user as it is."""


@dataclass
class IngestSummary:
    documents: int = 0
    new_documents: int = 0
    unchanged: int = 0
    claims: int = 0
    skipped: int = 0  # read, but not about TV seasons (pre-filter)
    errors: list[SourceError] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "new_documents": self.new_documents,
            "unchanged": self.unchanged,
            "claims": self.claims,
            "skipped": self.skipped,
            "errors": [{"source": e.source, "reason": e.reason} for e in self.errors],
        }


class Knowsofar:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    @cached_property
    def extractor(self) -> Extractor:
        from knowsofar.extract.pipeline import Extractor

        return Extractor(self.settings)

    @cached_property
    def kb(self) -> KnowledgeBase:
        from knowsofar.kb.store import KnowledgeBase

        return KnowledgeBase(self.settings.database_url)

    # -- reading -------------------------------------------------------------

    def read(self, inputs: Iterable[str | Path]) -> Iterator[Document | SourceError]:
        """Files and folders → Documents (one item per input file, in order)."""
        from knowsofar.sources.files import read_paths

        yield from read_paths(inputs, self.settings)

    # -- extracting ----------------------------------------------------------

    def extract(self, inputs: Iterable[str | Path]) -> Iterator[Extraction]:
        """One Extraction per input document, in input order; errors included."""
        yield from self.extract_documents(self.read(inputs))

    def extract_documents(
        self, items: Iterable[Document | SourceError]
    ) -> Iterator[Extraction]:
        yield from self.extractor.extract_many(items)
