"""The one error record every source produces for input it cannot read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SourceError:
    """An input that could not be read: where it was and why, in words a user can act on."""

    source: str  # path or URL
    reason: str
    path: str | None = None
    url: str | None = None

    def source_json(self) -> dict[str, str | None]:
        return {"path": self.path, "url": self.url, "title": None, "published": None}
