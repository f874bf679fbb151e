"""Sources: everything that turns news into Documents.

inputs.read_inputs is the one entry point (what ``Knowsofar.read`` calls); it hands
each input to files (txt/md/html files), web (http(s) URLs, fetched safely), warc
(WARC/ARC crawl files) or jsonl (JSON Lines). feeds polls RSS/Atom feeds, dedup
recognises copies, progress draws progress bars. Every reader yields a Document or
a SourceError per item and never raises for bad input.
"""

from knowsofar.sources.errors import SourceError

__all__ = ["SourceError"]
