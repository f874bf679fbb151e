"""Shared fixtures. Heavy resources (the language model, servers) are made once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from knowsofar.config import Settings
from knowsofar.core import Knowsofar

# In CI (.ci/run) heavy tests must run: a missing service is a failure, not a skip.
REQUIRE_HEAVY = os.environ.get("KNOWSOFAR_REQUIRE_HEAVY_TESTS") == "1"


def skip_or_fail(reason: str) -> None:
    if REQUIRE_HEAVY:
        pytest.fail(f"{reason} (KNOWSOFAR_REQUIRE_HEAVY_TESTS=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def extractor():
    """The real extractor with the real spaCy model, loaded once."""
    from knowsofar.extract.pipeline import Extractor

    return Extractor(Settings())


@pytest.fixture(scope="session")
def nlp(extractor):
    """The real extractor's spaCy pipeline (our components run after the model's)."""
    return extractor.nlp


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kb.db'}"


@pytest.fixture
def ks(sqlite_url: str, extractor) -> Knowsofar:
    """A Knowsofar on a fresh SQLite file, sharing the session's extractor."""
    k = Knowsofar(Settings(database_url=sqlite_url))
    k.__dict__["extractor"] = extractor  # cached_property slot: reuse the loaded model
    return k


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    url = os.environ.get("KNOWSOFAR_TEST_POSTGRES_URL")
    if not url:
        skip_or_fail("set KNOWSOFAR_TEST_POSTGRES_URL to run the PostgreSQL tests")
    return url  # type: ignore[return-value]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("KNOWSOFAR_CHROMIUM") or shutil.which("chromium") or ""
    if not path or not Path(path).exists():
        skip_or_fail("Debian's chromium is not installed (apt-get install chromium)")
    return path


@pytest.fixture
def write(tmp_path: Path):
    """write("name.txt", "text") -> Path: a small input file in the test's folder."""

    def _write(name: str, content: str | bytes) -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        return p

    return _write


@pytest.fixture
def postgres_database_url(postgres_server_url: str):
    """A fresh, empty PostgreSQL database on the test server, dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"knowsofar_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param("postgres", marks=[pytest.mark.slow, pytest.mark.postgres]),
    ]
)
def kb_url(request, tmp_path: Path) -> str:
    """A database URL for a fresh knowledge base: SQLite always, PostgreSQL when configured."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    return request.getfixturevalue("postgres_database_url")


@pytest.fixture
def kb(kb_url: str):
    """A KnowledgeBase on a fresh database (run once per backend)."""
    from knowsofar.kb.store import KnowledgeBase

    base = KnowledgeBase(kb_url)
    yield base
    base.close()
