"""The knowledge base's tables, as SQLAlchemy 2 models.

Documents and their claims are the truth; shows, people and characters are
what entity resolution made of the names in claims; facts and status_changes
are derived by reconciliation and can be dropped and rebuilt at any time.

Dates that come from text (published, event and claim dates) are ISO strings:
articles give partial dates ("July 2019" -> "2019-07") and ISO strings sort the
same in SQLite and PostgreSQL. Times we record ourselves are real timestamps.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# JSONB on PostgreSQL (indexable, compact), plain JSON text elsewhere.
JSONType = JSON().with_variant(JSONB(), "postgresql")

# Stable constraint names so later Alembic migrations can refer to them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Document(Base):
    """One article we read, identified by its key: its URL, else its path."""

    __tablename__ = "documents"
    # Near copies are searched among the documents of the same weeks (see store.py):
    # one index range, whatever the size of the base.
    __table_args__ = (Index("ix_documents_near", "date", "simhash", "duplicate_of", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(2048), unique=True)
    url: Mapped[str | None] = mapped_column(String(2048))
    path: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    fetched: Mapped[str | None] = mapped_column(String(32))
    # The date the document speaks for: published, else fetched (YYYY-MM-DD).
    date: Mapped[str | None] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    # Near-duplicate fingerprint (64-bit simhash), filled by the sources side.
    simhash: Mapped[int | None] = mapped_column(BigInteger, index=True)
    # A syndicated or copied article points at its original: together they count once.
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    language: Mapped[str | None] = mapped_column(String(16))
    extractor: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    # The plain text and its structure, kept so `reextract` can run a newer extractor.
    text: Mapped[str | None] = mapped_column(Text)
    structure: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class Show(Base):
    """One TV show, however articles spell it. Derived summary columns make lists fast."""

    __tablename__ = "shows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(512))
    year: Mapped[int | None] = mapped_column(Integer)
    network: Mapped[str | None] = mapped_column(String(255), index=True)
    # Headline status, rebuilt by reconciliation.
    status: Mapped[str | None] = mapped_column(String(16), index=True)
    status_season: Mapped[int | None] = mapped_column(Integer)
    status_date: Mapped[str | None] = mapped_column(String(32))
    status_support: Mapped[int | None] = mapped_column(Integer)
    document_count: Mapped[int] = mapped_column(Integer, default=0)
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[str | None] = mapped_column(String(32), index=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    aliases: Mapped[list[ShowAlias]] = relationship(
        back_populates="show", cascade="all, delete-orphan", passive_deletes=True
    )


class ShowAlias(Base):
    """A spelling of a show's title; ``norm`` is the lookup key (see resolve.norm_title)."""

    __tablename__ = "show_aliases"
    __table_args__ = (UniqueConstraint("show_id", "norm"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(512))
    norm: Mapped[str] = mapped_column(String(512), index=True)

    show: Mapped[Show] = relationship(back_populates="aliases")


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(255))


class PersonAlias(Base):
    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("person_id", "norm"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(255))
    norm: Mapped[str] = mapped_column(String(255), index=True)


class Character(Base):
    """A character belongs to one show."""

    __tablename__ = "characters"
    __table_args__ = (UniqueConstraint("show_id", "norm"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))
    norm: Mapped[str] = mapped_column(String(255))


class Claim(Base):
    """One thing one document says about one show (see claims.Claim)."""

    __tablename__ = "claims"
    __table_args__ = (
        # Reconciliation aggregates one (show, kind, season) group at a time; the index
        # covers what it counts, so the database need not visit the rows.
        Index(
            "ix_claims_group",
            "show_id",
            "kind",
            "season",
            "value_key",
            "origin_id",
            "claim_date",
            "seen",
        ),
        # ... and one character's cast (who plays them, spelled how) likewise.
        Index(
            "ix_claims_character",
            "character_id",
            "person_id",
            "value_key",
            "origin_id",
            "claim_date",
            "seen",
        ),
        # A season's status reports in date order: a new article re-reads the last weeks only.
        Index("ix_claims_timeline", "show_id", "kind", "season", "claim_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    # The show's title as the document wrote it.
    show_title: Mapped[str] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(32))
    season: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[dict[str, Any]] = mapped_column(JSONType)
    # The value normalised for grouping ("netflix", "2020-01-01", "renewed", ...).
    value_key: Mapped[str] = mapped_column(String(512))
    # Resolved entities of cast claims.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    character_id: Mapped[int | None] = mapped_column(
        ForeignKey("characters.id", ondelete="SET NULL")
    )
    # Copied from the document so reconciliation reads claims alone: the independent
    # source (the original of a syndicated copy, else the document) and its date.
    origin_id: Mapped[int] = mapped_column(Integer, index=True)
    seen: Mapped[str | None] = mapped_column(String(32))
    evidence: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[str | None] = mapped_column(String(32))
    # The date the claim speaks for: its event date, else its document's date.
    claim_date: Mapped[str | None] = mapped_column(String(32))
    extractor: Mapped[str] = mapped_column(String(64), default="")
    confidence: Mapped[float] = mapped_column(Float, default=1.0)

    document: Mapped[Document] = relationship(back_populates="claims")


class ClaimGroup(Base):
    """The claims that say one value of one show, aggregated; kept in step with claims.

    One row per (kind, season, value) of a show, and for cast claims one per
    (character, person) and one per (character, person, spelling). Facts are
    derived from these, so a new article about a show with thousands of claims
    reads a few rows instead of all of them. Derived like facts: a rebuild
    recomputes them from claims.
    """

    __tablename__ = "claim_groups"
    __table_args__ = (
        UniqueConstraint("show_id", "gkey"),
        Index("ix_claim_groups_scope", "show_id", "kind", "season", "character_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    # kind|season|person|character|value key: the group's identity within its show.
    gkey: Mapped[str] = mapped_column(String(640))
    # A claim kind, or "cast_spelling" for one spelling of one actor in one role.
    kind: Mapped[str] = mapped_column(String(32))
    season: Mapped[int | None] = mapped_column(Integer)
    value_key: Mapped[str] = mapped_column(String(512))
    person_id: Mapped[int | None] = mapped_column(Integer)
    character_id: Mapped[int | None] = mapped_column(Integer)
    # Independent sources (distinct origins), and all claims.
    support: Mapped[int] = mapped_column(Integer)
    claims: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[str | None] = mapped_column(String(32))
    last_seen: Mapped[str | None] = mapped_column(String(32))
    first_when: Mapped[str | None] = mapped_column(String(32))
    last_when: Mapped[str | None] = mapped_column(String(32))
    # [claim date, claim id, origin] of the newest claim of each of the newest sources.
    newest: Mapped[list[list[Any]]] = mapped_column(JSONType)
    # Claims whose date the conflict window cannot place (no date, or not a date).
    odd_dates: Mapped[int] = mapped_column(Integer, default=0)


class Fact(Base):
    """A derived fact: one value of one field of one show (and season), with its support.

    Rebuilt from claims by reconciliation; never edited by hand.
    """

    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_group", "show_id", "field", "season", "scope"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(32))
    season: Mapped[int | None] = mapped_column(Integer)
    # What one reconciliation step rebuilds together: "" for a whole single-valued
    # field, the value key for one value of a list field, "c<id>" for one character.
    scope: Mapped[str] = mapped_column(String(512), default="")
    value: Mapped[dict[str, Any]] = mapped_column(JSONType)
    value_key: Mapped[str] = mapped_column(String(512))
    # Independent sources: syndicated copies of one article count once.
    support: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[str | None] = mapped_column(String(32))
    last_seen: Mapped[str | None] = mapped_column(String(32))
    # False for values that lost a conflict: kept so nothing is silently dropped.
    chosen: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str | None] = mapped_column(Text)
    # The newest sources, with evidence (capped; ``support`` has the full count).
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)


class StatusChange(Base):
    """One step of a season's status timeline (renewed -> canceled -> revived)."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), index=True)
    season: Mapped[int | None] = mapped_column(Integer)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    support: Mapped[int] = mapped_column(Integer, default=1)
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)


class Error(Base):
    """An input we could not read or store, and why."""

    __tablename__ = "errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(2048))
    reason: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default="ingest")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class Feed(Base):
    """A news feed the `watch` command polls."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    last_polled: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    next_poll: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class FeedEntry(Base):
    """An entry already seen in a feed, so a poll only reads what is new."""

    __tablename__ = "feed_entries"
    __table_args__ = (UniqueConstraint("feed_id", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    entry_id: Mapped[str] = mapped_column(String(2048))
    url: Mapped[str | None] = mapped_column(String(2048))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Follow(Base):
    """A watch-list entry: post status changes of a show to a webhook."""

    __tablename__ = "follows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), index=True)
    webhook_url: Mapped[str] = mapped_column(String(2048))
    secret: Mapped[str | None] = mapped_column(String(255))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_sent: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
