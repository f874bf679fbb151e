"""extract -> ingest -> show/timeline/shows/check/forget through the real CLI and extractor."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowsofar.cli import app
from knowsofar.core import Knowsofar
from knowsofar.samples import sample_paths

# Our own words, about a real show.
RENEWED = """Warrior Nun is coming back

Netflix has renewed Warrior Nun for a second season. The fantasy drama premiered on
Netflix on July 2, 2020. Alba Baptista stars as Ava Silva, a young woman who wakes up
with a divine artifact in her back.
"""
CANCELED = """Warrior Nun is over

Netflix has canceled Warrior Nun after two seasons, so there will be no third season.
Alba Baptista played Ava Silva in the fantasy drama, which premiered on Netflix on
July 2, 2020.
"""
DRAFT = """Warrior Nun: everything we know about season 2

Netflix has not yet renewed Warrior Nun for a second season, and no decision has been
announced. Alba Baptisa stars as Ava Silva.
"""


def _at(path: Path, day: str) -> Path:
    """Plain text carries no date: the file's time is when we read it."""
    ts = datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp()
    os.utime(path, (ts, ts))
    return path


@pytest.fixture
def cli(tmp_path: Path, extractor, monkeypatch):
    """Invoke the CLI on a temp SQLite database, sharing the session's extractor."""
    monkeypatch.setattr(Knowsofar, "extractor", property(lambda self: extractor))
    monkeypatch.setenv("KNOWSOFAR_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    runner = CliRunner()

    def run(*args: str, code: int | None = 0) -> str:
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, result.output
        return result.output

    return run


def test_extract_ingest_show_timeline_check_forget(cli, write) -> None:
    first = _at(write("news/2020-warrior-nun-renewed.txt", RENEWED), "2020-08-19")
    second = _at(write("news/2022-warrior-nun-canceled.txt", CANCELED), "2022-12-13")
    news = first.parent

    lines = cli("extract", news, "--jsonl").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(first), str(second)]

    summary = json.loads(cli("ingest", news, "--json"))
    assert (summary["documents"], summary["new_documents"], summary["errors"]) == (2, 2, [])
    assert summary["claims"] > 0
    again = json.loads(cli("ingest", news, "--json"))
    assert (again["unchanged"], again["new_documents"], again["claims"]) == (2, 0, 0)

    facts = json.loads(cli("show", "warior nun", "--json"))  # a typo is forgiven
    assert facts["title"] == "Warrior Nun"
    assert facts["network"]["value"] == "Netflix"
    assert facts["network"]["support"] == 2
    assert facts["status"]["status"] == "canceled"
    assert facts["status"]["sources"][0]["path"].endswith("2022-warrior-nun-canceled.txt")
    assert "canceled" in facts["status"]["sources"][0]["evidence"]
    assert ("Alba Baptista", "Ava Silva") in {(c["actor"], c["character"]) for c in facts["cast"]}
    assert {s["date"] for s in facts["sources"]} == {"2020-08-19", "2022-12-13"}
    statuses = [(t["date"], t["status"]) for t in facts["timeline"]]
    assert ("2020-08-19", "renewed") in statuses and ("2022-12-13", "canceled") in statuses

    table = cli("show", "Warrior Nun")
    assert "Ava Silva" in table and "Netflix" in table
    assert "2022-12-13" in cli("timeline", "warrior nun")
    assert "Warrior Nun" in cli("shows")

    draft = write("draft.md", DRAFT)
    findings = json.loads(cli("check", draft, "--json", code=1))
    kinds = {f["kind"] for f in findings}
    assert "misspelled-name" in kinds  # Alba Baptisa
    assert "stale-status" in kinds  # "no decision yet", but sources say renewed

    out = cli("forget", second)
    assert "warrior-nun" in out
    facts = json.loads(cli("show", "Warrior Nun", "--json"))
    assert facts["status"]["status"] == "renewed"
    cli("forget", "https://never.example/stored", code=1)
    cli("show", "No Such Show Anywhere", code=1)


def test_ingest_reports_bad_documents_and_goes_on(cli, write) -> None:
    good = write("in/good.txt", RENEWED)
    write("in/empty.txt", "")
    write("in/binary.txt", b"\x00\x01\x02 not text")
    summary = json.loads(cli("ingest", good.parent, "--json", code=1))
    assert summary["documents"] == 3
    assert summary["new_documents"] == 1
    assert sorted(e["reason"] for e in summary["errors"]) == [
        "binary file, not text or HTML",
        "empty file",
    ]


@pytest.fixture
def samples_cli(cli):
    summary = json.loads(cli("ingest", "--samples", "--json", code=None))
    assert summary["documents"] == len(sample_paths())
    assert summary["errors"] == []
    return cli


def test_samples_about_one_show_merge_with_a_timeline(samples_cli) -> None:
    # Manifest: "on the bubble" at NBC (May 2021), "NBC dropped the show in mid-June" (the
    # August article dates the cancellation), then saved by Netflix (August 2021) "for a
    # fourth and final season": a final season ordered is `ended` (GOLD_FORMAT.md).
    shows = json.loads(samples_cli("shows", "--json"))
    assert len([s for s in shows if "manifest" in s["slug"]]) == 1
    facts = json.loads(samples_cli("show", "Manifest", "--json"))
    assert facts["document_count"] == 2
    assert [(t["date"], t["status"]) for t in facts["timeline"] if t["season"] == 4] == [
        ("2021-05-25", "pending"),
        ("2021-06", "canceled"),
        ("2021-08-30", "ended"),
    ]
    assert facts["network"]["value"] == "Netflix"


def test_samples_the_society_renewed_then_canceled(samples_cli) -> None:
    shows = json.loads(samples_cli("shows", "--json"))
    assert len([s for s in shows if "society" in s["slug"]]) == 1
    facts = json.loads(samples_cli("show", "The Society", "--json"))
    assert [t["status"] for t in facts["timeline"] if t["season"] == 2] == ["renewed", "canceled"]


# -- a real ingest process killed mid-batch ---------------------------------------------


def _batch(root: Path, copies: int) -> Path:
    """Copies of the demo corpus under distinct paths: many documents, real extraction.
    (Not the HTML page: its canonical URL would make every copy one document.)"""
    for i in range(copies):
        folder = root / f"batch{i}"
        folder.mkdir(parents=True)
        for src in sample_paths():
            if src.suffix in (".txt", ".md"):
                (folder / src.name).write_bytes(src.read_bytes())
    return root


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_db_and_rerun_finishes(tmp_path: Path) -> None:
    from knowsofar.kb.store import KnowledgeBase

    batch = _batch(tmp_path / "news", copies=4)
    files = sorted(p for p in batch.rglob("*") if p.is_file())
    db = tmp_path / "kill.db"
    env = {**os.environ, "KNOWSOFAR_DATABASE_URL": f"sqlite:///{db}"}
    cmd = [sys.executable, "-m", "knowsofar.cli", "ingest", str(batch), "--json"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while _documents(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed: use a bigger batch"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _documents(db)
    assert 3 <= stored < len(files)

    # Consistent: no orphans, and the derived facts match the claims they came from.
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("pragma foreign_key_check").fetchall() == []
    kb = KnowledgeBase(f"sqlite:///{db}")
    slugs = [s["slug"] for s in kb.list_shows(limit=10_000)]
    before = {slug: kb.show_facts(slug) for slug in slugs}
    kb.rebuild()
    assert {slug: kb.show_facts(slug) for slug in slugs} == before

    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    summary = json.loads(done.stdout)
    assert summary["unchanged"] == stored
    assert summary["new_documents"] == len(files) - stored
    with sqlite3.connect(db) as conn:
        keys = [k for (k,) in conn.execute("select key from documents")]
        assert len(keys) == len(set(keys)) == len(files)
    clean = KnowledgeBase(f"sqlite:///{tmp_path / 'clean.db'}")
    fresh = subprocess.run(
        cmd,
        env={**env, "KNOWSOFAR_DATABASE_URL": clean.database_url},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert json.loads(fresh.stdout)["new_documents"] == len(files)
    # The interrupted-then-finished database says what one clean run says.
    assert kb.stats()["claims"] == clean.stats()["claims"]

    def statuses(k: KnowledgeBase) -> list[tuple]:
        return sorted((s["slug"], json.dumps(s["status"])) for s in k.list_shows(limit=10_000))

    assert statuses(kb) == statuses(clean)
    kb.close()
    clean.close()
