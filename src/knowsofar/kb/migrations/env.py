"""Alembic environment, run programmatically by knowsofar.kb.store.upgrade().

There is no alembic.ini: the store builds the Config and hands over an open
connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from knowsofar.kb.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "knowsofar migrations run through knowsofar.kb.store.upgrade(), not the alembic CLI"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place: batch mode copies the table.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
