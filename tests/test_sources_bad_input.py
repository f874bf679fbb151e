"""Bad inputs each give exactly one clear error record, and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from knowsofar.claims import Document
from knowsofar.cli import app
from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.sources.errors import SourceError

GOOD = """Quiet Harbor returns for season 2

Netflix has renewed Quiet Harbor for a second season. The mystery drama premiered on
Netflix in March, and Maya Chen stars as harbour master Iris Vale.
"""
FRENCH = """Quiet Harbor aura une deuxième saison

La plateforme a renouvelé la série pour une deuxième saison. Le drame a été diffusé pour
la première fois en mars, et les acteurs seront de retour pour les nouveaux épisodes.
"""
FIFTY_MB = 50 * 1024 * 1024

# name -> (content, the words the error must say)
BAD: dict[str, tuple[bytes, str]] = {
    "b-empty.txt": (b"", "empty file"),
    "c-binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    "d-latin1.txt": ("Renouvelée: la série a été renouvelée.".encode("latin-1"), "not UTF-8"),
    "e-french.txt": (FRENCH.encode(), "another language (fr)"),
    "f-french.html": (
        f"<html lang='fr'><body><article><p>{FRENCH}</p></article></body></html>".encode(),
        "another language (fr)",
    ),
    "g-binary.html": (b"\x00\x01\x02\x03" * 100, "binary file"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-good.txt").write_text(GOOD)
    for name, (content, _) in BAD.items():
        (src / name).write_bytes(content)
    with (src / "h-huge.txt").open("wb") as fh:
        fh.truncate(FIFTY_MB)  # sparse: 50 MB on paper, no time spent writing it
    (src / "z-good.md").write_text(GOOD.replace("Quiet Harbor", "Loud Harbor"))
    return src


def test_each_bad_file_is_one_error_record_and_the_rest_is_read(folder: Path):
    items = list(Knowsofar(Settings()).read([folder]))
    names = [Path(i.path).name for i in items]
    assert names == sorted(p.name for p in folder.iterdir())  # one item per file, in order
    by_name = dict(zip(names, items, strict=True))
    assert isinstance(by_name["a-good.txt"], Document)
    assert isinstance(by_name["z-good.md"], Document)
    for name, (_, words) in BAD.items():
        err = by_name[name]
        assert isinstance(err, SourceError), name
        assert words in err.reason and err.source == str(folder / name)
    huge = by_name["h-huge.txt"]
    assert isinstance(huge, SourceError)
    assert "52.4 MB" in huge.reason and "KNOWSOFAR_MAX_DOCUMENT_BYTES" in huge.reason


def test_missing_input_is_an_error_too(tmp_path: Path):
    (item,) = Knowsofar(Settings()).read([tmp_path / "nowhere.txt"])
    assert isinstance(item, SourceError) and item.reason == "no such file"


def test_cli_extract_prints_every_document_and_exits_1(folder: Path, extractor, monkeypatch):
    monkeypatch.setattr(Knowsofar, "extractor", property(lambda self: extractor))
    result = CliRunner().invoke(app, ["extract", str(folder), "--jsonl"], catch_exceptions=False)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(o["source"]["path"]).name for o in lines] == sorted(
        p.name for p in folder.iterdir()
    )
    errors = {Path(o["source"]["path"]).name: o["error"] for o in lines if "error" in o}
    assert set(errors) == {*BAD, "h-huge.txt"}
    good = [o for o in lines if "error" not in o]
    assert [o["shows"][0]["title"] for o in good] == ["Quiet Harbor", "Loud Harbor"]
    assert good[0]["shows"][0]["seasons"][0]["status"] == "renewed"


def test_text_file_dateline_is_its_published_date(write) -> None:
    from knowsofar.sources.files import read_file

    p = write(
        "renewal.txt",
        "Hacks renewed for a fourth season\nPublished: 2024-05-30\n\n"
        "Max has renewed Hacks for a fourth season, the streamer announced on Thursday.",
    )
    doc = read_file(p)
    assert doc.published == "2024-05-30"
    assert doc.date == "2024-05-30"
    undated = write("undated.txt", "Hacks renewed\n\nMax has renewed Hacks for a fourth season.")
    assert read_file(undated).published is None
