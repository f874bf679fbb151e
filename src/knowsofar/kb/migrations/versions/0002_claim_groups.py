"""Claim groups: per-value support kept in step with claims, for fast incremental facts.

Also indexes claims by origin (is this source new to a value?) and by date within a
season's status reports (a new article re-reads the last weeks, not the whole history),
and documents by date (near copies are searched among the same weeks' documents).
Existing claims are grouped by the same code a rebuild uses.

Revision ID: 0002_claim_groups
Revises: 0001_initial
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = "0002_claim_groups"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("show_id", sa.Integer(), nullable=False),
        sa.Column("gkey", sa.String(length=640), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("season", sa.Integer(), nullable=True),
        sa.Column("value_key", sa.String(length=512), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("character_id", sa.Integer(), nullable=True),
        sa.Column("support", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.String(length=32), nullable=True),
        sa.Column("last_seen", sa.String(length=32), nullable=True),
        sa.Column("first_when", sa.String(length=32), nullable=True),
        sa.Column("last_when", sa.String(length=32), nullable=True),
        sa.Column("newest", JSONType, nullable=False),
        sa.Column("odd_dates", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["show_id"],
            ["shows.id"],
            name=op.f("fk_claim_groups_show_id_shows"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_groups")),
        sa.UniqueConstraint("show_id", "gkey", name=op.f("uq_claim_groups_show_id_gkey")),
    )
    op.create_index(
        "ix_claim_groups_scope",
        "claim_groups",
        ["show_id", "kind", "season", "character_id"],
        unique=False,
    )
    op.create_index(op.f("ix_claims_origin_id"), "claims", ["origin_id"], unique=False)
    op.create_index(
        "ix_documents_near", "documents", ["date", "simhash", "duplicate_of", "id"], unique=False
    )
    op.create_index(
        "ix_claims_timeline", "claims", ["show_id", "kind", "season", "claim_date"], unique=False
    )
    _group_existing_claims()


def _group_existing_claims() -> None:
    from sqlalchemy.orm import Session

    from knowsofar.kb.reconcile import rebuild_groups

    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM shows ORDER BY id"))]
    session = Session(bind=bind)
    for i in range(0, len(ids), 200):
        rebuild_groups(session, ids[i : i + 200])
    session.flush()


def downgrade() -> None:
    op.drop_index("ix_claims_timeline", table_name="claims")
    op.drop_index("ix_documents_near", table_name="documents")
    op.drop_index(op.f("ix_claims_origin_id"), table_name="claims")
    op.drop_index("ix_claim_groups_scope", table_name="claim_groups")
    op.drop_table("claim_groups")
