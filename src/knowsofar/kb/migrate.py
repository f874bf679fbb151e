"""Alembic migrations, run from package data: no alembic.ini, any working directory."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# PostgreSQL advisory lock id that serialises migrations (any fixed number).
MIGRATION_LOCK = 4_615_201


def alembic_config() -> Config:
    """An Alembic Config pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema to ``revision`` (idempotent, cheap when already there).

    Several processes may open a fresh database at once (the web app and an ingest):
    one migrates while the others wait for its lock, then find nothing left to do."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    config = alembic_config()
    with engine.begin() as conn:
        _lock(conn)
        if revision == "head" and (
            MigrationContext.configure(conn).get_current_revision() == head_revision()
        ):
            return
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _lock(conn: Connection) -> None:
    """Hold the database's migration lock until the transaction ends."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # waits (connect timeout) for other writers
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
