"""The library's front door: one object that reads, extracts, stores and answers.

The CLI, the web app and the Spark job all build a :class:`Knowsofar` and call
one method; nothing else in them holds logic. Heavy parts (the language model,
the database) are created on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowsofar.claims import Document, Extraction
from knowsofar.config import Settings, get_settings
from knowsofar.sources.errors import SourceError

if TYPE_CHECKING:
    from knowsofar.extract.pipeline import Extractor
    from knowsofar.kb.bulk import LoadSummary
    from knowsofar.kb.store import KnowledgeBase
    from knowsofar.sources.feeds import PollResult
    from knowsofar.spark import JobResult as SparkJobResult


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
    def __init__(self, settings: Settings | None = None, *, progress: bool = False) -> None:
        self.settings = settings or get_settings()
        # Progress bars on stderr while reading (shown only on a terminal).
        self.progress = progress

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
        """Files, folders, http(s) URLs, crawl files (.warc/.arc[.gz]) and .jsonl → Documents.

        In input order: one item per page file or URL, per HTML response of a crawl
        file, per JSON line. URLs reach private/loopback hosts only when
        ``settings.fetch_allow_private`` is set (sources/web.py).
        """
        from knowsofar.sources.inputs import read_inputs

        yield from read_inputs(
            inputs,
            self.settings,
            allow_private=self.settings.fetch_allow_private,
            progress=self.progress,
        )

    # -- extracting ----------------------------------------------------------

    def extract(self, inputs: Iterable[str | Path]) -> Iterator[Extraction]:
        """One Extraction per input document, in input order; errors included."""
        yield from self.extract_documents(self.read(inputs))

    def extract_documents(self, items: Iterable[Document | SourceError]) -> Iterator[Extraction]:
        yield from self.extractor.extract_many(items)

    def evaluate(self, gold_dir: str | Path) -> Any:
        """Score extraction against gold article files (eval/GOLD_FORMAT.md): an EvalReport."""
        from knowsofar.evaluate import GoldFormatError, evaluate, load_gold

        try:
            golds = load_gold(gold_dir)
        except GoldFormatError as exc:
            raise KnowsofarError(str(exc)) from exc
        return evaluate(golds, self.extract_documents)

    # -- the knowledge base (knowsofar.kb) -------------------------------------

    def ingest(self, inputs: Iterable[str | Path], *, samples: bool = False) -> IngestSummary:
        """Read, extract and store documents, one transaction each; unchanged ones are
        recognised by their content hash and not extracted again."""
        from itertools import chain

        paths = list(inputs)
        if not paths and not samples:
            raise KnowsofarError("nothing to ingest: give files or folders, or --samples")
        items: Iterable[Document | SourceError] = self.read(paths) if paths else []
        if samples:
            from knowsofar.samples import SamplesUnavailableError, sample_dir, sample_documents

            try:
                sample_dir()  # fail here, with its message, if the samples are not there
                # With index.json's dates and URLs: the same ids on every install.
                items = chain(items, sample_documents(self.settings))
            except SamplesUnavailableError as exc:
                raise KnowsofarError(str(exc)) from exc
        return self.ingest_documents(items)

    def ingest_documents(self, items: Iterable[Document | SourceError]) -> IngestSummary:
        from knowsofar.extract.prefilter import is_relevant
        from knowsofar.kb.store import document_key

        summary = IngestSummary()
        kb = self.kb
        from knowsofar.serve.webhooks import FollowerAlerts

        alerts = FollowerAlerts(kb, self.settings)  # followed shows' changes get webhooks

        def fresh() -> Iterator[Document | SourceError]:
            for item in items:
                summary.documents += 1
                if isinstance(item, Document):
                    if not is_relevant(item):  # not about TV seasons: not worth the model
                        summary.skipped += 1
                        continue
                    state = kb.document_state(document_key(item))
                    if state is not None and state[0] == item.content_hash:
                        summary.unchanged += 1
                        continue
                yield item

        for ex in self.extract_documents(fresh()):
            if ex.error:
                where = ex.source.url or ex.source.path or "?"
                summary.errors.append(
                    SourceError(
                        source=where, reason=ex.error, path=ex.source.path, url=ex.source.url
                    )
                )
            titles = [*ex.shows, *(c.show for c in ex.claims)]
            before = alerts.before(titles)
            result = kb.ingest_extraction(ex)
            alerts.after(titles, before)
            summary.claims += result.claims
            if result.status == "new":
                summary.new_documents += 1
            elif result.status == "skipped":
                summary.new_documents += 1
                summary.skipped += 1
            elif result.status == "unchanged":
                summary.unchanged += 1
        return summary

    def watch(
        self,
        feeds: list[str],
        every: str = "30m",
        *,
        once: bool = False,
        on_poll: Callable[[PollResult, IngestSummary | None], Any] | None = None,
    ) -> None:
        """Poll RSS/Atom feeds and ingest their new entries, for ever (or ``once``).

        Conditional requests, new entries only, broken feeds retried with back-off;
        feed state lives in the database (sources/feeds.py). ``on_poll`` hears about
        every poll with the ingest summary of its new entries.
        """
        from knowsofar.sources.feeds import FeedWatcher, parse_every

        if not feeds:
            raise KnowsofarError("give at least one feed URL to watch")
        try:
            interval = parse_every(every)
        except ValueError as exc:
            raise KnowsofarError(str(exc)) from exc
        self.kb.upgrade()
        watcher = FeedWatcher(
            self.kb.engine, self.settings, allow_private=self.settings.fetch_allow_private
        )
        try:
            watcher.add(feeds)
        except ValueError as exc:
            watcher.close()
            raise KnowsofarError(str(exc)) from exc
        stored: list[IngestSummary] = []

        def report(result: PollResult) -> None:
            summary = stored.pop() if stored else None
            if on_poll is not None:
                on_poll(result, summary)

        try:
            watcher.watch(
                feeds,
                interval,
                handle=lambda items: stored.append(self.ingest_documents(items)),
                on_result=report,
                once=once,
            )
        finally:
            watcher.close()

    def find_show(self, title: str) -> dict[str, Any]:
        found = self.kb.find_show(title)
        if found is None:
            raise KnowsofarError(
                f"no show called {title!r} in the knowledge base "
                "(see `knowsofar shows`, or ingest articles about it first)"
            )
        return found

    def shows(
        self, limit: int = 100, network: str | None = None, status: str | None = None
    ) -> list[dict[str, Any]]:
        return self.kb.list_shows(limit=limit, network=network, status=status)

    def show(self, title: str) -> dict[str, Any]:
        """Everything we know about one show; the title forgives case and small typos."""
        facts = self.kb.show_facts(self.find_show(title)["slug"])
        if facts is None:
            raise KnowsofarError(f"the show {title!r} was removed while reading it; try again")
        return facts

    def timeline(self, title: str) -> list[dict[str, Any]]:
        return self.kb.timeline(self.find_show(title)["slug"])

    def check(self, article: str | Path) -> list[dict[str, Any]]:
        """Lint an article against itself and the knowledge base (knowsofar.kb.check)."""
        from knowsofar.kb.check import check_extraction

        ex = next(iter(self.extract([article])), None)
        if ex is None:
            raise KnowsofarError(f"{article}: no readable article there")
        if ex.error:
            raise KnowsofarError(f"{article}: {ex.error}")
        return [f.to_json() for f in check_extraction(ex, self.kb)]

    def reextract(self, *, all_documents: bool = False) -> IngestSummary:
        """Run the current extractor over stored documents and replace their claims."""
        version = getattr(self.extractor, "version", None) or None
        summary = IngestSummary()
        older = None if all_documents or version is None else version
        for ex in self.extract_documents(self.kb.stored_documents(older_than=older)):
            summary.documents += 1
            if ex.error:
                summary.errors.append(
                    SourceError(
                        source=ex.source.key,
                        reason=ex.error,
                        path=ex.source.path,
                        url=ex.source.url,
                    )
                )
                continue
            if version:
                for c in ex.claims:
                    c.extractor = c.extractor or version
            result = self.kb.ingest_extraction(ex, force=True)
            summary.claims += result.claims
            summary.skipped += result.status == "skipped"
        return summary

    def forget(self, key: str | Path) -> list[str]:
        """Remove a document (URL or path) and its claims; returns the shows rebuilt."""
        try:
            return self.kb.forget(str(key))
        except KeyError:
            raise KnowsofarError(
                f"no stored document with URL or path {key} (a path is matched as given "
                "and as an absolute path)"
            ) from None

    # -- crawl scale ---------------------------------------------------------

    def spark_extract(
        self,
        inputs: Iterable[str | Path],
        out: str | Path,
        *,
        master: str | None = None,
        partitions: int | None = None,
        base_url: str | None = None,
        overwrite: bool = False,
    ) -> SparkJobResult:
        """Run the Spark job (knowsofar.spark): crawl files → Parquet tables under ``out``."""
        from knowsofar import spark

        try:
            return spark.extract_to_parquet(
                list(inputs),
                out,
                self.settings,
                master=master,
                partitions=partitions,
                base_url=base_url or spark.COMMON_CRAWL_BASE,
                overwrite=overwrite,
            )
        except spark.SparkJobError as exc:
            raise KnowsofarError(str(exc)) from exc

    def load(self, folder: str | Path, batch_size: int = 500, errors: bool = True) -> LoadSummary:
        """Bring a Spark job's Parquet output into the knowledge base, then reconcile.

        Idempotent like ``ingest``: documents already stored with the same content change
        nothing (knowsofar.kb.bulk).
        """
        from knowsofar.kb.bulk import BulkLoadError, load_parquet

        try:
            return load_parquet(self.kb, folder, batch_size=batch_size, errors=errors)
        except BulkLoadError as exc:
            raise KnowsofarError(str(exc)) from exc

    # -- serving -------------------------------------------------------------

    def brief(self, title: str, season: int | None = None, fmt: str = "md") -> str:
        """The "Season N: Everything We Know So Far" brief, as markdown or HTML (brief.py)."""
        from knowsofar.brief import write_brief

        try:
            return write_brief(self.kb, title, season, fmt)
        except (LookupError, ValueError) as exc:
            raise KnowsofarError(str(exc)) from exc

    def follow(self, title: str, webhook: str) -> dict[str, Any]:
        """Watch a show: its status changes are POSTed, signed, to ``webhook`` (webhooks.py)."""
        from knowsofar.serve.webhooks import WebhookError, add_follow

        try:
            return add_follow(self.kb, title, webhook, self.settings.webhook_allow_private)
        except (LookupError, WebhookError) as exc:
            raise KnowsofarError(str(exc)) from exc
