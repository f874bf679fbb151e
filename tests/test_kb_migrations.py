"""Alembic migrations run from package data, from any directory, and match the models."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from knowsofar.kb.migrate import current_revision, downgrade, head_revision, upgrade
from knowsofar.kb.schema import Base

TABLES = {
    "documents",
    "shows",
    "show_aliases",
    "people",
    "person_aliases",
    "characters",
    "claims",
    "claim_groups",
    "facts",
    "status_changes",
    "errors",
    "feeds",
    "feed_entries",
    "follows",
    "alembic_version",
}


def test_upgrade_creates_every_table_and_matches_the_models(kb_url: str) -> None:
    engine = create_engine(kb_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision() == "0002_claim_groups"
    assert set(inspect(engine).get_table_names()) == TABLES
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    upgrade(engine)  # already at head: nothing to do
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    assert "claims" in inspect(engine).get_table_names()
    engine.dispose()


def test_migrations_need_no_alembic_ini_in_the_working_directory(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    code = (
        "from knowsofar.kb.store import KnowledgeBase\n"
        f"kb = KnowledgeBase({url!r})\n"
        "print(sorted(kb.stats()))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert "claims" in out.stdout
    assert not (tmp_path / "alembic.ini").exists()


@pytest.mark.slow
def test_two_processes_opening_a_fresh_database_at_once(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    code = (
        "from knowsofar.kb.store import KnowledgeBase\n"
        f"print(KnowledgeBase({url!r}).stats()['shows'])\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0]
    assert outputs == ["0", "0", "0"]


def test_upgrading_a_knowledge_base_groups_its_existing_claims(kb_url: str) -> None:
    from kb_factory import article, network, status
    from sqlalchemy import select

    from knowsofar.kb.schema import ClaimGroup
    from knowsofar.kb.store import KnowledgeBase

    kb = KnowledgeBase(kb_url)
    for i, net in enumerate(["Netflix", "Netflix", "Hulu"]):
        kb.ingest_extraction(
            article(
                f"https://m.example/{i}",
                f"2021-0{i + 1}-01",
                network("Manifest", net),
                status("Manifest", 4, "renewed"),
            )
        )

    def groups() -> list[tuple]:
        with kb.engine.connect() as conn:
            table = ClaimGroup.__table__
            cols = [c for c in table.c if c.name != "id"]
            return sorted(tuple(r) for r in conn.execute(select(*cols)))

    before = groups()
    assert ("network", None, "netflix", 2) in [(g[2], g[3], g[4], g[7]) for g in before]
    downgrade(kb.engine, "0001_initial")
    assert "claim_groups" not in inspect(kb.engine).get_table_names()
    upgrade(kb.engine)
    assert groups() == before
    kb.close()
