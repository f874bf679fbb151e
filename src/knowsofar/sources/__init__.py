"""Sources: everything that turns news into Documents (files, HTML, URLs, feeds, crawl files)."""

from knowsofar.sources.errors import SourceError

__all__ = ["SourceError"]
