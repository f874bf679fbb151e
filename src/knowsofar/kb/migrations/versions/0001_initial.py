"""Initial tables: documents, shows, people, claims, derived facts, feeds, follows.

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# JSONB on PostgreSQL, JSON text elsewhere (as in knowsofar.kb.schema).
JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=2048), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('path', sa.String(length=2048), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=32), nullable=True),
    sa.Column('fetched', sa.String(length=32), nullable=True),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('simhash', sa.BigInteger(), nullable=True),
    sa.Column('duplicate_of', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('extractor', sa.String(length=64), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('structure', JSONType, nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['duplicate_of'], ['documents.id'], name=op.f('fk_documents_duplicate_of_documents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('key', name=op.f('uq_documents_key'))
    )
    op.create_index(op.f('ix_documents_content_hash'), 'documents', ['content_hash'], unique=False)
    op.create_index(op.f('ix_documents_duplicate_of'), 'documents', ['duplicate_of'], unique=False)
    op.create_index(op.f('ix_documents_simhash'), 'documents', ['simhash'], unique=False)

    op.create_table('errors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=2048), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_errors'))
    )
    op.create_index(op.f('ix_errors_at'), 'errors', ['at'], unique=False)

    op.create_table('feeds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('etag', sa.String(length=512), nullable=True),
    sa.Column('last_modified', sa.String(length=128), nullable=True),
    sa.Column('last_polled', sa.DateTime(timezone=True), nullable=True),
    sa.Column('next_poll', sa.DateTime(timezone=True), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feeds')),
    sa.UniqueConstraint('url', name=op.f('uq_feeds_url'))
    )
    op.create_index(op.f('ix_feeds_next_poll'), 'feeds', ['next_poll'], unique=False)

    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=255), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('slug', name=op.f('uq_people_slug'))
    )
    op.create_table('shows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=255), nullable=False),
    sa.Column('title', sa.String(length=512), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('network', sa.String(length=255), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('status_season', sa.Integer(), nullable=True),
    sa.Column('status_date', sa.String(length=32), nullable=True),
    sa.Column('status_support', sa.Integer(), nullable=True),
    sa.Column('document_count', sa.Integer(), nullable=False),
    sa.Column('claim_count', sa.Integer(), nullable=False),
    sa.Column('updated', sa.String(length=32), nullable=True),
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shows')),
    sa.UniqueConstraint('slug', name=op.f('uq_shows_slug'))
    )
    op.create_index(op.f('ix_shows_network'), 'shows', ['network'], unique=False)
    op.create_index(op.f('ix_shows_status'), 'shows', ['status'], unique=False)
    op.create_index(op.f('ix_shows_updated'), 'shows', ['updated'], unique=False)

    op.create_table('characters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('norm', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_characters_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_characters')),
    sa.UniqueConstraint('show_id', 'norm', name=op.f('uq_characters_show_id_norm'))
    )
    op.create_table('facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('season', sa.Integer(), nullable=True),
    sa.Column('scope', sa.String(length=512), nullable=False),
    sa.Column('value', JSONType, nullable=False),
    sa.Column('value_key', sa.String(length=512), nullable=False),
    sa.Column('support', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.String(length=32), nullable=True),
    sa.Column('last_seen', sa.String(length=32), nullable=True),
    sa.Column('chosen', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('sources', JSONType, nullable=False),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_facts_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facts'))
    )
    op.create_index('ix_facts_group', 'facts', ['show_id', 'field', 'season', 'scope'], unique=False)

    op.create_table('feed_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feed_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.String(length=2048), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['feed_id'], ['feeds.id'], name=op.f('fk_feed_entries_feed_id_feeds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_entries')),
    sa.UniqueConstraint('feed_id', 'entry_id', name=op.f('uq_feed_entries_feed_id_entry_id'))
    )
    op.create_table('follows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('webhook_url', sa.String(length=2048), nullable=False),
    sa.Column('secret', sa.String(length=255), nullable=True),
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_sent', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_follows_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follows'))
    )
    op.create_index(op.f('ix_follows_show_id'), 'follows', ['show_id'], unique=False)

    op.create_table('person_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=255), nullable=False),
    sa.Column('norm', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_aliases_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_aliases')),
    sa.UniqueConstraint('person_id', 'norm', name=op.f('uq_person_aliases_person_id_norm'))
    )
    op.create_index(op.f('ix_person_aliases_norm'), 'person_aliases', ['norm'], unique=False)

    op.create_table('show_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=512), nullable=False),
    sa.Column('norm', sa.String(length=512), nullable=False),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_show_aliases_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_show_aliases')),
    sa.UniqueConstraint('show_id', 'norm', name=op.f('uq_show_aliases_show_id_norm'))
    )
    op.create_index(op.f('ix_show_aliases_norm'), 'show_aliases', ['norm'], unique=False)

    op.create_table('status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('season', sa.Integer(), nullable=True),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.Column('support', sa.Integer(), nullable=False),
    sa.Column('sources', JSONType, nullable=False),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_status_changes_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_changes'))
    )
    op.create_index(op.f('ix_status_changes_date'), 'status_changes', ['date'], unique=False)
    op.create_index(op.f('ix_status_changes_show_id'), 'status_changes', ['show_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('show_title', sa.String(length=512), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('season', sa.Integer(), nullable=True),
    sa.Column('value', JSONType, nullable=False),
    sa.Column('value_key', sa.String(length=512), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('character_id', sa.Integer(), nullable=True),
    sa.Column('origin_id', sa.Integer(), nullable=False),
    sa.Column('seen', sa.String(length=32), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('event_date', sa.String(length=32), nullable=True),
    sa.Column('claim_date', sa.String(length=32), nullable=True),
    sa.Column('extractor', sa.String(length=64), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['character_id'], ['characters.id'], name=op.f('fk_claims_character_id_characters'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_claims_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_claims_person_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_claims_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    op.create_index('ix_claims_character', 'claims', ['character_id', 'person_id', 'value_key', 'origin_id', 'claim_date', 'seen'], unique=False)
    op.create_index(op.f('ix_claims_document_id'), 'claims', ['document_id'], unique=False)
    op.create_index('ix_claims_group', 'claims', ['show_id', 'kind', 'season', 'value_key', 'origin_id', 'claim_date', 'seen'], unique=False)
    op.create_index(op.f('ix_claims_person_id'), 'claims', ['person_id'], unique=False)



def downgrade() -> None:
    op.drop_index(op.f('ix_claims_person_id'), table_name='claims')
    op.drop_index('ix_claims_group', table_name='claims')
    op.drop_index(op.f('ix_claims_document_id'), table_name='claims')
    op.drop_index('ix_claims_character', table_name='claims')

    op.drop_table('claims')
    op.drop_index(op.f('ix_status_changes_show_id'), table_name='status_changes')
    op.drop_index(op.f('ix_status_changes_date'), table_name='status_changes')

    op.drop_table('status_changes')
    op.drop_index(op.f('ix_show_aliases_norm'), table_name='show_aliases')

    op.drop_table('show_aliases')
    op.drop_index(op.f('ix_person_aliases_norm'), table_name='person_aliases')

    op.drop_table('person_aliases')
    op.drop_index(op.f('ix_follows_show_id'), table_name='follows')

    op.drop_table('follows')
    op.drop_table('feed_entries')
    op.drop_index('ix_facts_group', table_name='facts')

    op.drop_table('facts')
    op.drop_table('characters')
    op.drop_index(op.f('ix_shows_updated'), table_name='shows')
    op.drop_index(op.f('ix_shows_status'), table_name='shows')
    op.drop_index(op.f('ix_shows_network'), table_name='shows')

    op.drop_table('shows')
    op.drop_table('people')
    op.drop_index(op.f('ix_feeds_next_poll'), table_name='feeds')

    op.drop_table('feeds')
    op.drop_index(op.f('ix_errors_at'), table_name='errors')

    op.drop_table('errors')
    op.drop_index(op.f('ix_documents_simhash'), table_name='documents')
    op.drop_index(op.f('ix_documents_duplicate_of'), table_name='documents')
    op.drop_index(op.f('ix_documents_content_hash'), table_name='documents')

    op.drop_table('documents')
