"""The knowledge base: store extractions, answer questions (see notes/KB_API.md).

One :class:`KnowledgeBase` per database URL. SQLite by default, PostgreSQL by
URL, the same code and migrations. Every write is one transaction; every read
returns plain JSON-able dicts so web pages, the API and the CLI show the same
object.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import case, create_engine, delete, event, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from knowsofar.claims import Document as SourceDocument
from knowsofar.claims import Extraction
from knowsofar.kb import reconcile
from knowsofar.kb.migrate import upgrade
from knowsofar.kb.reconcile import LIST_VALUED, Scope, scope_of, value_key
from knowsofar.kb.resolve import (
    Resolver,
    ShowHints,
    fold,
    linked_titles,
    norm_name,
    norm_title,
    slugify,
    title_qualifier,
)
from knowsofar.kb.schema import (
    Character,
    Claim,
    Document,
    Error,
    Fact,
    Follow,
    Person,
    PersonAlias,
    Show,
    ShowAlias,
    StatusChange,
    utcnow,
)
from knowsofar.sources.dedup import NEAR_DISTANCE, fingerprint, hamming

# Lists in show_facts are capped so a show with thousands of articles stays fast to read.
LIST_CAP = 25


@dataclass
class IngestResult:
    """What storing one extraction did."""

    status: str  # "new", "changed", "unchanged", "skipped" (no claims) or "error"
    key: str
    document_id: int | None = None
    claims: int = 0
    shows: list[str] = field(default_factory=list)  # slugs whose facts were rebuilt
    error: str | None = None


def document_key(doc: SourceDocument) -> str:
    """The document's identity: its URL, else its absolute path, else its content hash."""
    if doc.url:
        return doc.url
    if doc.path:
        return os.path.abspath(doc.path)
    return doc.key


class KnowledgeBase:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.engine = make_engine(database_url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._ready = False

    # -- plumbing ----------------------------------------------------------------

    def upgrade(self) -> None:
        """Create or migrate the schema to the newest version (cheap when current)."""
        upgrade(self.engine)
        self._ready = True

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error."""
        if not self._ready:
            self.upgrade()
        with self._sessions() as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()

    # -- writes --------------------------------------------------------------------

    def document_state(self, key: str) -> tuple[str, str | None] | None:
        """(content hash, extractor version) of a stored document, or None."""
        with self.session() as s:
            row = s.execute(
                select(Document.content_hash, Document.extractor).where(Document.key == key)
            ).first()
            return (row[0], row[1]) if row else None

    def document_id(self, doc: SourceDocument) -> int | None:
        """The id of a stored document (by its key), or None."""
        with self.session() as s:
            return s.scalar(select(Document.id).where(Document.key == document_key(doc)))

    def ingest_extraction(self, ex: Extraction, *, force: bool = False) -> IngestResult:
        """Store one document and its claims in ONE transaction, then rebuild affected facts.

        The same key with the same content changes nothing; changed content (or
        ``force``, used by reextract) replaces the document's claims.
        """
        key = document_key(ex.source)
        if ex.error:
            self.record_error(ex.source.url or ex.source.path or key, ex.error)
            return IngestResult("error", key, error=ex.error)
        for attempt in range(3):
            try:
                with self.session() as s:
                    return self._ingest(s, ex, key, force)
            except IntegrityError:
                # Another process stored the same document (or a new show slug) first.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _ingest(self, s: Session, ex: Extraction, key: str, force: bool) -> IngestResult:
        src = ex.source
        doc = s.scalar(select(Document).where(Document.key == key))
        if doc is not None and doc.content_hash == src.content_hash and not force:
            return IngestResult("unchanged", key, doc.id)
        touched: dict[int, set[Scope]] = defaultdict(set)
        people: set[int] = set()
        characters: set[int] = set()
        status = "changed"
        if doc is None:
            status = "new"
            doc = Document(key=key)
            s.add(doc)
        else:
            for show_id, kind, season, vkey, pid, cid in s.execute(
                select(
                    Claim.show_id,
                    Claim.kind,
                    Claim.season,
                    Claim.value_key,
                    Claim.person_id,
                    Claim.character_id,
                ).where(Claim.document_id == doc.id)
            ):
                touched[show_id].add(scope_of(kind, season, vkey, cid))
                people.add(pid)
                characters.add(cid)
            s.execute(delete(Claim).where(Claim.document_id == doc.id))
        doc.url, doc.path, doc.title = src.url, src.path, src.title
        doc.published, doc.fetched, doc.date = src.published, src.fetched, src.date
        doc.content_hash, doc.language = src.content_hash, src.language
        doc.simhash = fingerprint(src.text)
        doc.extractor = _extractor_version(ex)
        doc.text = src.text
        doc.structure = {
            "headings": src.headings,
            "emphasis": src.emphasis,
            "tables": src.tables,
            "author": src.author,
        }
        doc.error = None
        s.flush()
        if doc.duplicate_of is None:
            # An exact copy under another URL (syndication) counts once with its original.
            original = s.scalar(
                select(func.min(Document.id)).where(
                    Document.content_hash == src.content_hash, Document.id != doc.id
                )
            )
            if original is not None and original < doc.id:
                first = s.get_one(Document, original)
                doc.duplicate_of = first.duplicate_of or first.id
            elif doc.simhash is not None:
                doc.duplicate_of = _near_original(s, doc)
        resolver = Resolver(s)
        hints = _hints(ex)
        rows = []
        origin = doc.duplicate_of or doc.id
        # Renaming a person or character (the most-used spelling) only matters when this
        # article spells them differently from their current name, or claims went away.
        rename_people, rename_chars = set(people), set(characters)
        added: dict[int, int] = defaultdict(int)
        for c in ex.claims:
            show = resolver.show(c.show, hints.get(c.show))
            person_id = character_id = None
            person, character = None, None
            if c.kind == "cast":
                actor, role = str(c.value.get("actor", "")), str(c.value.get("character", ""))
                character = resolver.character(show, role, actor) if role.strip() else None
                if actor.strip():
                    person = resolver.person(actor, show, character)
                    person_id = person.id
                character_id = character.id if character else None
            vkey = value_key(c.kind, c.value)[:512]
            rows.append(
                {
                    "document_id": doc.id,
                    "show_id": show.id,
                    "show_title": c.show[:512],
                    "kind": c.kind,
                    "season": c.season,
                    "value": c.value,
                    "value_key": vkey,
                    "person_id": person_id,
                    "character_id": character_id,
                    "evidence": c.evidence or "",
                    "start": c.start,
                    "end": c.end,
                    "event_date": c.event_date,
                    "claim_date": c.event_date or src.date,
                    "origin_id": origin,
                    "seen": src.date,
                    "extractor": c.extractor or doc.extractor or "",
                    "confidence": c.confidence,
                }
            )
            touched[show.id].add(scope_of(c.kind, c.season, vkey, character_id))
            added[show.id] += 1
            if person is not None and vkey.split("|")[0] != norm_name(person.name):
                rename_people.add(person.id)
            if character is not None and vkey.split("|")[1] != character.norm:
                rename_chars.add(character.id)
            if person_id is not None and character_id is not None:
                resolver.played(character_id, person_id)  # the next cast claims see this one
        if rows:
            s.execute(Claim.__table__.insert(), rows)
        merged = self._link_titles(s, resolver, ex)
        for show_id in merged:
            touched.pop(show_id, None)
        _drop_orphans(s, people, characters)
        reconcile.rename_people(s, {p for p in rename_people if p})
        reconcile.rename_characters(s, {c for c in rename_chars if c})
        # One writer per show at a time (PostgreSQL): counts and claim groups are
        # read-modify-write. Ids in order, so two writers cannot wait on each other.
        if touched:
            s.execute(
                select(Show.id)
                .where(Show.id.in_(sorted(touched)))
                .order_by(Show.id)
                .with_for_update()
            )
        new_claims: dict[int, reconcile.Added] | None = None
        if status == "new":
            # Keep the shows' counts by delta: recounting a big show costs as much as it is big.
            for show_id, n in added.items():
                later = src.date or ""
                s.execute(
                    update(Show)
                    .where(Show.id == show_id)
                    .values(
                        claim_count=func.coalesce(Show.claim_count, 0) + n,
                        document_count=func.coalesce(Show.document_count, 0) + 1,
                        updated=case(
                            (or_(Show.updated.is_(None), Show.updated < later), src.date),
                            else_=Show.updated,
                        )
                        if src.date
                        else Show.updated,
                    )
                    .execution_options(synchronize_session="fetch")
                )
            # Its claims only add to what the shows knew: fold them in, recount nothing.
            new_claims = reconcile.added_rows(s, doc.id, origin)
        counted = set(added) if status == "new" else set()
        slugs = self._refresh(
            s,
            touched,
            full=set(merged),
            counted=counted,
            retitle=resolver.new_aliases,
            added=new_claims,
        )
        if not ex.claims:
            status = "skipped" if status == "new" else status
        return IngestResult(status, key, doc.id, len(ex.claims), slugs)

    def _link_titles(self, s: Session, resolver: Resolver, ex: Extraction) -> set[int]:
        """Titles the article says are one show become aliases (or merge two shows)."""
        keep: set[int] = set()
        links: dict[str, list[str]] = defaultdict(list)
        for conflict in ex.conflicts:
            if conflict.field == "title":
                links[conflict.chosen] += [x for x in conflict.seen if x != conflict.chosen]
        for title in {c.show for c in ex.claims}:
            links[title] += linked_titles(title, ex.source.text)
        hints = _hints(ex)
        for title, others in links.items():
            if others and any(c.show == title for c in ex.claims):
                show = resolver.show(title, hints.get(title))
                if resolver.link_titles(show, others):
                    keep.add(show.id)
        return keep

    def _refresh(
        self,
        s: Session,
        touched: dict[int, set[Scope]],
        full: set[int] | None = None,
        counted: set[int] | None = None,
        retitle: set[int] | None = None,
        added: dict[int, reconcile.Added] | None = None,
    ) -> list[str]:
        """Re-derive the touched scopes of each show (everything for ``full`` shows);
        ``counted`` shows already have their counts updated; ``retitle`` shows gained a
        spelling of their title, so their display title is chosen again; ``added``: the
        claims of a new document, per show, when they are all that changed (else the
        touched scopes are recounted from claims)."""
        slugs = []
        full, counted, retitle = full or set(), counted or set(), retitle or set()
        for show_id in sorted(set(touched) | full):
            show = s.get(Show, show_id)
            if show is None:
                continue
            remaining = s.scalar(select(Claim.id).where(Claim.show_id == show_id).limit(1))
            followed = s.scalar(select(Follow.id).where(Follow.show_id == show_id).limit(1))
            if remaining is None and followed is None:
                s.delete(show)  # nothing says this show exists any more
                continue
            reconcile.refresh(
                s,
                show_id,
                None if show_id in full else touched.get(show_id, set()),
                counts=show_id not in counted,
                titles=show_id in retitle,
                added=None if added is None else added.get(show_id),
            )
            slugs.append(show.slug)
        s.flush()
        return slugs

    def record_error(self, source: str, reason: str, kind: str = "ingest") -> None:
        """Keep an error record (the newest time, once per source, reason and kind)."""
        with self.session() as s:
            found = s.scalar(
                select(Error).where(
                    Error.source == source[:2048], Error.reason == reason, Error.kind == kind
                )
            )
            if found is not None:
                found.at = utcnow()
            else:
                s.add(Error(source=source[:2048], reason=reason, kind=kind))

    def errors(self, limit: int = 100) -> list[dict[str, Any]]:
        with self.session() as s:
            rows = s.scalars(select(Error).order_by(Error.at.desc()).limit(limit)).all()
            return [
                {
                    "source": e.source,
                    "reason": e.reason,
                    "kind": e.kind,
                    "at": e.at.isoformat() if e.at else None,
                }
                for e in rows
            ]

    def forget(self, key: str) -> list[str]:
        """Remove a document (by URL or path) and its claims; rebuild the shows it touched.

        Raises KeyError when no such document is stored."""
        with self.session() as s:
            doc = self._find_document(s, key)
            if doc is None:
                raise KeyError(key)
            touched: dict[int, set[Scope]] = defaultdict(set)
            people, characters = set(), set()
            for show_id, kind, season, vkey, pid, cid in s.execute(
                select(
                    Claim.show_id,
                    Claim.kind,
                    Claim.season,
                    Claim.value_key,
                    Claim.person_id,
                    Claim.character_id,
                ).where(Claim.document_id == doc.id)
            ):
                touched[show_id].add(scope_of(kind, season, vkey, cid))
                people.add(pid)
                characters.add(cid)
            # Copies of a forgotten original now stand on their own: rebuild their shows too.
            copies = s.scalars(select(Document.id).where(Document.duplicate_of == doc.id)).all()
            full = set(s.scalars(select(Claim.show_id).where(Claim.document_id.in_(copies))))
            s.execute(
                update(Document).where(Document.duplicate_of == doc.id).values(duplicate_of=None)
            )
            if copies:
                s.execute(
                    update(Claim)
                    .where(Claim.document_id.in_(copies))
                    .values(origin_id=Claim.document_id)
                )
            s.execute(delete(Claim).where(Claim.document_id == doc.id))
            s.delete(doc)
            s.flush()
            _drop_orphans(s, people, characters)
            reconcile.rename_people(s, {p for p in people if p})
            reconcile.rename_characters(s, {c for c in characters if c})
            return self._refresh(s, touched, full=full)

    def _find_document(self, s: Session, key: str) -> Document | None:
        for candidate in dict.fromkeys([key, os.path.abspath(key)]):
            doc = s.scalar(select(Document).where(Document.key == candidate))
            if doc is not None:
                return doc
        return s.scalar(select(Document).where(or_(Document.url == key, Document.path == key)))

    def set_duplicate(self, key: str, original_key: str | None) -> list[str]:
        """Mark a document as a copy of another (None: independent); rebuilds affected shows."""
        with self.session() as s:
            doc = self._find_document(s, key)
            if doc is None:
                return []
            original = self._find_document(s, original_key) if original_key else None
            doc.duplicate_of = (original.duplicate_of or original.id) if original else None
            s.execute(
                update(Claim)
                .where(Claim.document_id == doc.id)
                .values(origin_id=doc.duplicate_of or doc.id)
            )
            s.flush()
            shows = set(s.scalars(select(Claim.show_id).where(Claim.document_id == doc.id)))
            return self._refresh(s, {}, full=shows)

    def rebuild(self, slugs: list[str] | None = None) -> int:
        """Re-derive all facts from claims (of ``slugs``, or of every show). Returns shows done."""
        with self.session() as s:
            q = select(Show.id)
            if slugs:
                q = q.where(Show.slug.in_(slugs))
            ids = s.scalars(q.order_by(Show.id)).all()
        for i in range(0, len(ids), 200):
            with self.session() as s:
                reconcile.rebuild_shows(s, list(ids[i : i + 200]))
        return len(ids)

    def stored_documents(
        self, *, older_than: str | None = None, keys: list[str] | None = None
    ) -> Iterator[SourceDocument]:
        """Stored documents as source Documents (for reextract); ``older_than`` skips those
        already read by that extractor version."""
        with self.session() as s:
            q = select(Document.id).where(Document.text.is_not(None)).order_by(Document.id)
            if older_than is not None:
                q = q.where(or_(Document.extractor.is_(None), Document.extractor != older_than))
            if keys:
                q = q.where(
                    or_(Document.key.in_(keys), Document.url.in_(keys), Document.path.in_(keys))
                )
            ids = s.scalars(q).all()
        for i in range(0, len(ids), 100):
            with self.session() as s:
                docs = s.scalars(select(Document).where(Document.id.in_(ids[i : i + 100]))).all()
                batch = [_to_source(d) for d in docs]
            yield from batch

    # -- reads --------------------------------------------------------------------

    def find_show(self, query: str) -> dict[str, Any] | None:
        """Slug, title or alias, forgiving case and small typos."""
        q = query.strip()
        if not q:
            return None
        with self.session() as s:
            show = s.scalar(select(Show).where(Show.slug == q.lower()))
            if show is None:
                show = s.scalar(
                    select(Show)
                    .join(ShowAlias, ShowAlias.show_id == Show.id)
                    .where(ShowAlias.norm == norm_title(q))
                    .order_by(Show.claim_count.desc(), Show.id)
                    .limit(1)
                )
            if show is None:
                show = self._fuzzy_show(s, q)
            return {"id": show.id, "slug": show.slug, "title": show.title} if show else None

    def _fuzzy_show(self, s: Session, q: str) -> Show | None:
        norm = norm_title(q)
        if len(norm) < 3:
            return None
        # Candidates share a prefix or the first word; rapidfuzz ranks them.
        first = norm.split()[0]
        rows = s.execute(
            select(ShowAlias.show_id, ShowAlias.norm)
            .where(or_(ShowAlias.norm.like(f"{norm[:2]}%"), ShowAlias.norm.like(f"%{first}%")))
            .limit(5000)
        ).all()
        if not rows:
            return None
        best = process.extractOne(norm, [r[1] for r in rows], scorer=fuzz.ratio, score_cutoff=85)
        return s.get(Show, rows[best[2]][0]) if best else None

    def list_shows(
        self,
        limit: int = 100,
        offset: int = 0,
        network: str | None = None,
        status: str | None = None,
    ) -> list[dict[str, Any]]:
        with self.session() as s:
            q = select(Show)
            if network:
                q = q.where(func.lower(Show.network) == network.lower())
            if status:
                q = q.where(Show.status == status)
            q = q.order_by(Show.updated.desc().nulls_last(), Show.title).limit(limit)
            return [_show_row(x) for x in s.scalars(q.offset(offset))]

    def show_facts(self, slug: str) -> dict[str, Any] | None:
        """Everything we know about one show (the object in KB_API.md)."""
        with self.session() as s:
            show = s.scalar(select(Show).where(Show.slug == slug))
            if show is None:
                return None
            return _facts_object(s, show)

    def timeline(self, slug: str) -> list[dict[str, Any]]:
        with self.session() as s:
            show = s.scalar(select(Show).where(Show.slug == slug))
            return _timeline(s, show.id) if show else []

    def status_changes(
        self,
        since: str | None = None,
        until: str | None = None,
        network: str | None = None,
        slug: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        with self.session() as s:
            q = select(StatusChange, Show).join(Show, Show.id == StatusChange.show_id)
            if since:
                q = q.where(StatusChange.date >= since)
            if until:
                q = q.where(StatusChange.date <= until)
            if network:
                q = q.where(func.lower(Show.network) == network.lower())
            if slug:
                q = q.where(Show.slug == slug)
            q = q.order_by(StatusChange.date.desc(), StatusChange.id.desc()).limit(limit)
            return [
                {
                    "slug": sh.slug,
                    "title": sh.title,
                    "network": sh.network,
                    "season": c.season,
                    "from": c.from_status,
                    "to": c.to_status,
                    "date": c.date,
                    "support": c.support,
                    "sources": c.sources,
                }
                for c, sh in s.execute(q)
            ]

    def search(self, q: str, limit: int = 20) -> list[dict[str, Any]]:
        """Shows, people and characters whose names look like ``q``."""
        norm = fold(q)
        if not norm:
            return []
        like = f"%{norm}%"
        out: list[dict[str, Any]] = []
        with self.session() as s:
            # Shows and people: matched by any alias, shown by their current name.
            named = (
                (
                    "show",
                    select(ShowAlias.alias, Show.slug, Show.title)
                    .join(Show, Show.id == ShowAlias.show_id)
                    .where(ShowAlias.norm.like(like)),
                ),
                (
                    "person",
                    select(PersonAlias.alias, Person.slug, Person.name)
                    .join(Person, Person.id == PersonAlias.person_id)
                    .where(PersonAlias.norm.like(like)),
                ),
            )
            for kind, query in named:
                for alias, slug, name in s.execute(query.limit(limit * 3)):
                    out.append(
                        {
                            "type": kind,
                            "slug": slug,
                            "name": name,
                            "score": fuzz.WRatio(norm, fold(alias)),
                        }
                    )
            for name, show_slug in s.execute(
                select(Character.name, Show.slug)
                .join(Show, Show.id == Character.show_id)
                .where(Character.norm.like(like))
                .limit(limit * 3)
            ):
                out.append(
                    {
                        "type": "character",
                        "slug": f"{show_slug}#{slugify(name)}",
                        "name": name,
                        "show_slug": show_slug,
                        "score": fuzz.WRatio(norm, fold(name)),
                    }
                )
        best: dict[tuple[str, str], dict[str, Any]] = {}
        for item in out:
            k = (item["type"], item["slug"])
            if k not in best or item["score"] > best[k]["score"]:
                best[k] = item
        return sorted(best.values(), key=lambda x: (-x["score"], x["name"]))[:limit]

    def person(self, slug: str) -> dict[str, Any] | None:
        with self.session() as s:
            person = s.scalar(select(Person).where(Person.slug == slug))
            if person is None:
                person = s.scalar(
                    select(Person)
                    .join(PersonAlias, PersonAlias.person_id == Person.id)
                    .where(PersonAlias.norm == norm_name(slug.replace("-", " ")))
                    .limit(1)
                )
            if person is None:
                return None
            aliases = s.scalars(
                select(PersonAlias.alias)
                .where(PersonAlias.person_id == person.id)
                .order_by(PersonAlias.id)
            ).all()
            roles = []
            for fact, show in s.execute(
                select(Fact, Show)
                .join(Show, Show.id == Fact.show_id)
                .where(Fact.field == "cast", Fact.value_key == f"p{person.id}")
            ):
                char = s.get(Character, fact.value.get("character_id") or -1)
                roles.append(
                    {
                        "show_slug": show.slug,
                        "show_title": show.title,
                        "character": char.name if char else None,
                        "since": fact.value.get("since"),
                        "until": fact.value.get("until"),
                        "support": fact.support,
                        "sources": fact.sources,
                    }
                )
            return {
                "slug": person.slug,
                "name": person.name,
                "aliases": list(aliases),
                "roles": roles,
            }

    def document(self, document_id: int) -> dict[str, Any] | None:
        with self.session() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                return None
            claims = s.execute(
                select(Claim, Show.slug)
                .join(Show, Show.id == Claim.show_id)
                .where(Claim.document_id == doc.id)
                .order_by(Claim.id)
            ).all()
            return {
                "id": doc.id,
                "key": doc.key,
                "url": doc.url,
                "path": doc.path,
                "title": doc.title,
                "published": doc.published,
                "fetched": doc.fetched,
                "date": doc.date,
                "extractor": doc.extractor,
                "duplicate_of": doc.duplicate_of,
                "claims": [
                    {
                        "kind": c.kind,
                        "show_slug": slug,
                        "season": c.season,
                        "value": c.value,
                        "evidence": c.evidence,
                    }
                    for c, slug in claims
                ],
            }

    def network_names(self) -> list[str]:
        with self.session() as s:
            rows = s.scalars(select(Show.network).where(Show.network.is_not(None)).distinct())
            return sorted(set(rows), key=str.casefold)

    def stats(self) -> dict[str, int]:
        with self.session() as s:
            return {
                name: s.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (
                    ("documents", Document),
                    ("shows", Show),
                    ("people", Person),
                    ("claims", Claim),
                    ("facts", Fact),
                    ("status_changes", StatusChange),
                    ("errors", Error),
                )
            }


# -- helpers ------------------------------------------------------------------------


def make_engine(database_url: str) -> Engine:
    if database_url.startswith("sqlite"):
        engine = create_engine(database_url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record) -> None:  # noqa: ANN001
            cur = conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            # WAL: the web app reads while an ingest writes.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(database_url, pool_pre_ping=True)


def _extractor_version(ex: Extraction) -> str:
    versions = {c.extractor for c in ex.claims if c.extractor}
    return sorted(versions)[-1] if versions else getattr(ex, "extractor", "") or ""


def _hints(ex: Extraction) -> dict[str, ShowHints]:
    out: dict[str, ShowHints] = {}
    for c in ex.claims:
        h = out.setdefault(c.show, ShowHints(text=ex.source.text or ""))
        if c.kind == "network" and h.network is None:
            h.network = str(c.value.get("network") or "") or None
        elif c.kind == "cast" and c.value.get("actor"):
            h.actors = h.actors | {norm_name(str(c.value["actor"]))}
        elif c.kind == "premiere" and c.season in (None, 1) and h.year is None:
            date = str(c.value.get("date") or "")
            h.year = int(date[:4]) if date[:4].isdigit() else None
    return out


def _drop_orphans(s: Session, people: set[int | None], characters: set[int | None]) -> None:
    """People and characters no claim mentions any more (after forget or a changed
    article) go too, so search does not find them."""
    for model, column, ids in (
        (Person, Claim.person_id, people),
        (Character, Claim.character_id, characters),
    ):
        for entity_id in {i for i in ids if i}:
            if s.scalar(select(Claim.id).where(column == entity_id).limit(1)) is None:
                s.execute(delete(model).where(model.id == entity_id))


def _to_source(d: Document) -> SourceDocument:
    st = d.structure or {}
    return SourceDocument(
        text=d.text or "",
        title=d.title,
        url=d.url,
        path=d.path,
        published=d.published,
        fetched=d.fetched,
        language=d.language,
        author=st.get("author"),
        headings=st.get("headings") or [],
        emphasis=st.get("emphasis") or [],
        tables=st.get("tables") or [],
    )


def _show_row(x: Show) -> dict[str, Any]:
    status = None
    if x.status:
        status = {
            "season": x.status_season,
            "status": x.status,
            "date": x.status_date,
            "support": x.status_support,
        }
    return {
        "slug": x.slug,
        "title": x.title,
        "network": x.network,
        "year": x.year,
        "status": status,
        "updated": x.updated,
        "documents": x.document_count,
    }


def _timeline(s: Session, show_id: int) -> list[dict[str, Any]]:
    rows = s.scalars(
        select(StatusChange)
        .where(StatusChange.show_id == show_id)
        .order_by(StatusChange.date.nulls_first(), StatusChange.season, StatusChange.id)
    ).all()
    return [
        {
            "date": c.date,
            "season": c.season,
            "from": c.from_status,
            "status": c.to_status,
            "support": c.support,
            "sources": c.sources,
        }
        for c in rows
    ]


def _fact_json(f: Any, value: Any) -> dict[str, Any]:
    return {
        "value": value,
        "support": f.support,
        "first_seen": f.first_seen,
        "last_seen": f.last_seen,
        "sources": f.sources,
    }


def _facts_object(s: Session, show: Show) -> dict[str, Any]:
    # Plain rows, not ORM objects: a read builds no identity map (and is faster for it).
    conn, facts_table = s.connection(), Fact.__table__
    order = (Fact.season, Fact.chosen.desc(), Fact.support.desc(), Fact.last_seen.desc(), Fact.id)
    facts = list(
        conn.execute(
            select(facts_table)
            .where(Fact.show_id == show.id, Fact.field.not_in(LIST_VALUED))
            .order_by(Fact.field, *order)
        )
    )
    # A big show has hundreds of relations and plot lines: read the best supported only.
    totals = dict(
        s.execute(
            select(Fact.field, func.count())
            .where(Fact.show_id == show.id, Fact.field.in_(LIST_VALUED))
            .group_by(Fact.field)
        ).all()
    )
    for name in totals:
        cap = LIST_CAP * 2 if name == "relation" else LIST_CAP
        facts += conn.execute(
            select(facts_table)
            .where(Fact.show_id == show.id, Fact.field == name)
            .order_by(Fact.support.desc(), Fact.last_seen.desc(), Fact.id)
            .limit(cap)
        ).all()
    by_field: dict[str, list[Any]] = defaultdict(list)
    for f in facts:
        by_field[f.field].append(f)
    person_ids = {f.value.get("person_id") for f in by_field["cast"]}
    char_ids = {f.value.get("character_id") for f in by_field["cast"]}
    names = dict(s.execute(select(Person.id, Person.name).where(Person.id.in_(person_ids))).all())
    slugs = dict(s.execute(select(Person.id, Person.slug).where(Person.id.in_(person_ids))).all())
    chars = dict(
        s.execute(select(Character.id, Character.name).where(Character.id.in_(char_ids))).all()
    )
    aliases = s.scalars(
        select(ShowAlias.alias).where(ShowAlias.show_id == show.id).order_by(ShowAlias.id)
    ).all()
    conflicts: list[dict[str, Any]] = []

    def single(fieldname: str, season: int | None, key: str) -> dict[str, Any] | None:
        group = [f for f in by_field[fieldname] if f.season == season]
        chosen = next((f for f in group if f.chosen), None)
        if chosen is None:
            return None
        if len(group) > 1:
            conflicts.append(
                {
                    "field": fieldname,
                    "season": season,
                    "chosen": chosen.value.get(key),
                    "reason": chosen.reason,
                    "values": [
                        {
                            "value": f.value.get(key),
                            "support": f.support,
                            "first_seen": f.first_seen,
                            "last_seen": f.last_seen,
                            "sources": f.sources,
                        }
                        for f in group
                    ],
                }
            )
        return _fact_json(chosen, chosen.value.get(key))

    premiere = single("premiere", None, "date") or single("premiere", 1, "date")
    seasons: dict[int, dict[str, Any]] = {}
    for f in by_field["season_status"]:
        if f.season is None:
            continue
        entry = seasons.setdefault(f.season, {"number": f.season})
        if f.chosen:
            entry.update(
                status=f.value["status"],
                date=f.value.get("since"),
                support=f.value.get("support_since_current", f.support),
                total_support=f.support,
                sources=f.sources,
                reason=f.reason,
            )
    for f in by_field["season_status"]:
        if f.season is None or f.chosen:
            continue
        rivals = [
            g
            for g in by_field["season_status"]
            if g.season == f.season and not g.chosen and g.value.get("support_since_current")
        ]
        if rivals and f is rivals[0]:
            current = seasons[f.season]
            conflicts.append(
                {
                    "field": "status",
                    "season": f.season,
                    "chosen": current.get("status"),
                    "reason": current.get("reason"),
                    "values": [
                        {
                            "value": current.get("status"),
                            "support": current.get("support"),
                            "sources": current.get("sources"),
                        }
                    ]
                    + [
                        {
                            "value": g.value["status"],
                            "support": g.value["support_since_current"],
                            "sources": g.sources,
                        }
                        for g in rivals
                    ],
                }
            )
    for number in {
        f.season
        for f in by_field["release_date"] + by_field["episode_count"] + by_field["premiere"]
        if f.season and f.season > 1
    }:
        seasons.setdefault(number, {"number": number})
    for number, entry in seasons.items():
        entry.setdefault("status", None)
        entry["release_date"] = single("release_date", number, "date")
        entry["episode_count"] = single("episode_count", number, "count")
        if number > 1:
            entry["premiere"] = single("premiere", number, "date")
    cast = []
    for f in by_field["cast"]:
        pid, cid = f.value.get("person_id"), f.value.get("character_id")
        item = {
            "actor": names.get(pid),
            "actor_slug": slugs.get(pid),
            "character": chars.get(cid),
            "returning": f.value.get("returning"),
            "since": f.value.get("since"),
            "until": f.value.get("until"),
            "support": f.support,
            "first_seen": f.first_seen,
            "last_seen": f.last_seen,
            "sources": f.sources,
        }
        if f.chosen:
            cast.append(item)
        else:
            others = [g for g in by_field["cast"] if g.scope == f.scope]
            top = next(g for g in others if g.chosen)
            conflicts.append(
                {
                    "field": "cast",
                    "season": None,
                    "character": chars.get(cid),
                    "chosen": names.get(top.value.get("person_id")),
                    "reason": top.reason,
                    "values": [
                        {
                            "value": names.get(g.value.get("person_id")),
                            "support": g.support,
                            "sources": g.sources,
                        }
                        for g in others
                    ],
                }
            )
    seen_spellings = set()
    for f in by_field["spelling"]:
        label = f.value["name"]
        chosen = (
            names.get(f.value.get("person_id"))
            if label == "actor"
            else chars.get(f.value.get("character_id"))
        )
        k = (label, f.value_key)
        if k in seen_spellings:
            continue
        seen_spellings.add(k)
        conflicts.append(
            {
                "field": label,
                "season": None,
                "chosen": chosen,
                "reason": "the spelling most sources use",
                "values": [
                    {
                        "value": v["value"],
                        "support": v["support"],
                        "sources": [v["source"]] if v.get("source") else [],
                    }
                    for v in f.value["values"]
                ],
            }
        )
    cast.sort(key=lambda c: (-c["support"], c["actor"] or ""))
    network = single("network", None, "network")
    all_sources: dict[int, dict[str, Any]] = {}
    for f in facts:
        for src in f.sources or []:
            all_sources.setdefault(
                src["document_id"], {k: v for k, v in src.items() if k != "evidence"}
            )
    head = None
    if show.status:
        head_season = seasons.get(show.status_season or -1, {})
        head = {
            "season": show.status_season,
            "status": show.status,
            "date": show.status_date,
            "support": show.status_support,
            "sources": head_season.get("sources", []),
        }
    return {
        "id": show.id,
        "slug": show.slug,
        "title": show.title,
        "year": show.year,
        "aliases": list(aliases),
        "status": head,
        "network": network,
        "premiere": premiere,
        "genres": [_fact_json(f, f.value.get("genre")) for f in by_field["genre"]][:LIST_CAP],
        "seasons": [seasons[n] for n in sorted(seasons)],
        "cast": cast,
        "relations": [
            {
                "subject": f.value.get("subject"),
                "relation": f.value.get("relation"),
                "object": f.value.get("object"),
                "support": f.support,
                "sources": f.sources,
            }
            for f in by_field["relation"]
        ][: LIST_CAP * 2],
        "plot": [
            {"text": f.value.get("text"), "support": f.support, "sources": f.sources}
            for f in by_field["plot"]
        ][:LIST_CAP],
        "trailers": [
            {"url": f.value.get("url"), "support": f.support, "sources": f.sources}
            for f in by_field["trailer"]
        ][:LIST_CAP],
        "timeline": _timeline(s, show.id),
        "conflicts": conflicts,
        "sources": sorted(all_sources.values(), key=lambda x: x.get("date") or "", reverse=True),
        # How many values each list field has in all (the lists above are capped).
        "totals": {name: totals.get(name, 0) for name in LIST_VALUED},
        "document_count": show.document_count,
        "updated": show.updated,
    }


__all__ = ["IngestResult", "KnowledgeBase", "document_key", "title_qualifier"]


# Syndicated copies appear within days of their original; looking this far either side
# keeps the near-copy search to one slice of the news, however large the base grows.
NEAR_COPY_WINDOW_DAYS = 30


def _near_original(s: Session, doc: Document) -> int | None:
    """The original of a near-identical copy (SimHash within NEAR_DISTANCE bits), if any."""
    from datetime import date, timedelta

    q = select(Document.id, Document.simhash, Document.duplicate_of).where(
        Document.simhash.is_not(None), Document.id < doc.id
    )
    if doc.date:
        try:
            day = date.fromisoformat(doc.date[:10])
        except ValueError:
            day = None
        if day is not None:
            span = timedelta(days=NEAR_COPY_WINDOW_DAYS)
            q = q.where(
                Document.date >= (day - span).isoformat(), Document.date <= (day + span).isoformat()
            )
    best: tuple[int, int] | None = None
    for other_id, other_fp, other_dup in s.execute(q):
        d = hamming(doc.simhash, other_fp)  # type: ignore[arg-type]
        if d <= NEAR_DISTANCE and (best is None or d < best[0]):
            best = (d, other_dup or other_id)
    return best[1] if best else None
