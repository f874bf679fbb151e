"""The bundled demo corpus is complete as promised (issue 2, "Sample news") and ships."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from knowsofar import samples
from knowsofar.claims import Document
from knowsofar.samples import (
    SamplesUnavailableError,
    sample_dir,
    sample_documents,
    sample_metadata,
    sample_paths,
)
from knowsofar.sources.files import read_paths

DATELINE = re.compile(r"^[ \t]*Published: (\d{4}-\d{2}-\d{2})\s*$", re.MULTILINE)
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
TAG = re.compile(r"<[^>]+>")


def _raw(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _words(path: Path) -> int:
    text = _raw(path)
    if path.suffix == ".html":
        # Count the article only, not the page's head, navigation and footer.
        text = re.search(r"<article>(.*)</article>", text, re.DOTALL).group(1)
        text = TAG.sub(" ", text)
    return len(text.split())


def test_corpus_size_and_formats() -> None:
    paths = sample_paths()
    assert 12 <= len(paths) <= 15
    suffixes = Counter(p.suffix for p in paths)
    assert suffixes[".txt"] >= 3 and suffixes[".md"] >= 3 and suffixes[".html"] >= 1
    assert all(p.parent == sample_dir() for p in paths)
    assert "index.json" not in {p.name for p in paths}


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_article_is_short_and_dated(path: Path) -> None:
    assert 150 <= _words(path) <= 450, f"{path.name}: {_words(path)} words"
    meta = sample_metadata()[path.name]
    published = date.fromisoformat(meta["published"])
    # File names start with the year and month the article was published.
    assert path.name.startswith(published.strftime("%Y-%m-")), path.name
    datelines = DATELINE.findall(TAG.sub("", _raw(path)))
    assert datelines == [meta["published"]], f"{path.name}: datelines {datelines}"


@pytest.mark.parametrize(
    "path", [p for p in sample_paths() if p.suffix != ".html"], ids=lambda p: p.name
)
def test_text_article_starts_with_headline(path: Path) -> None:
    lines = [line.strip() for line in _raw(path).splitlines() if line.strip()]
    headline = lines[0].lstrip("#").strip()
    assert not headline.startswith("Published"), path.name
    assert len(headline.split()) >= 4
    assert lines[1].startswith("Published: ")


def test_index_matches_files() -> None:
    index = json.loads((sample_dir() / "index.json").read_text(encoding="utf-8"))
    listed = [entry["file"] for entry in index["articles"]]
    assert len(listed) == len(set(listed)), "a file is listed twice in index.json"
    assert set(listed) == {p.name for p in sample_paths()}
    urls = [entry["url"] for entry in index["articles"]]
    assert len(set(urls)) == len(urls)
    assert all(u.startswith("https://news.example/") for u in urls)
    assert all(entry["note"].strip() and entry["shows"] for entry in index["articles"])


def test_index_shows_are_named_in_their_articles() -> None:
    for name, meta in sample_metadata().items():
        text = _raw(sample_dir() / name).replace("&amp;", "&")
        for show in meta["shows"]:
            assert show in text, f"{name}: index says it covers {show!r}, text never names it"


def test_same_show_covered_twice_renewed_then_canceled() -> None:
    by_show: dict[str, list[tuple[str, str]]] = {}
    for name, meta in sample_metadata().items():
        for show in meta["shows"]:
            by_show.setdefault(show, []).append((meta["published"], name))
    pairs = {show: sorted(found) for show, found in by_show.items() if len(found) >= 2}
    assert pairs, "no show is covered by two articles"
    # One pair reads as a renewal first, then a cancellation months later.
    found = False
    for dated in pairs.values():
        (first_date, first), (last_date, last) = dated[0], dated[-1]
        months = (date.fromisoformat(last_date) - date.fromisoformat(first_date)).days / 30
        if "renew" in _raw(sample_dir() / first).lower() and months >= 2:
            found = found or "cancel" in _raw(sample_dir() / last).lower()
    assert found


def test_one_article_misspells_a_name_it_also_spells_right() -> None:
    """Some article has two full names one letter apart with the same first name."""
    hits = []
    for path in sample_paths():
        names = {m.group(0): m.groups() for m in FULL_NAME.finditer(_raw(path))}
        for a, (first_a, last_a) in names.items():
            for b, (first_b, last_b) in names.items():
                if a < b and first_a == first_b and Levenshtein.distance(last_a, last_b) == 1:
                    hits.append((path.name, a, b))
    assert hits, "no article misspells a name"


def test_html_page_is_a_full_page() -> None:
    (page,) = [p for p in sample_paths() if p.suffix == ".html"]
    html = _raw(page)
    meta = sample_metadata()[page.name]
    assert f'<link rel="canonical" href="{meta["url"]}">' in html
    assert f'content="{meta["published"]}T' in html  # article:published_time
    for needed in ("<nav", "<footer", "<h1>", "<h2>", "<table", "<em>", "<i>"):
        assert needed in html, needed


def test_every_sample_is_readable_by_the_file_source() -> None:
    """The project's own reader accepts each article as English text, none rejected."""
    items = list(read_paths(sample_paths()))
    assert len(items) == len(sample_paths())
    errors = [i for i in items if not isinstance(i, Document)]
    assert not errors, errors
    by_name = {Path(d.path).name: d for d in items}
    page = next(n for n in by_name if n.endswith(".html"))
    doc = by_name[page]
    # trafilatura reads the page's own metadata and leaves the boilerplate behind.
    assert doc.published and doc.published.startswith(sample_metadata()[page]["published"])
    assert doc.url == sample_metadata()[page]["url"]
    assert "All rights reserved" not in doc.text and "Renewal Tracker" not in doc.text


def test_sample_documents_carry_index_dates_and_urls() -> None:
    meta = sample_metadata()
    docs = list(sample_documents())
    assert [Path(d.path).name for d in docs] == [p.name for p in sample_paths()]
    for doc in docs:
        assert isinstance(doc, Document), doc
        entry = meta[Path(doc.path).name]
        assert doc.published[:10] == entry["published"]
        assert doc.url == entry["url"]
        assert doc.key == entry["url"]  # same identity whatever the install path
        assert doc.date == entry["published"]


def test_zipped_install_gives_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    archive = tmp_path / "knowsofar.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("knowsofar/data/samples/a.txt", "x")
    monkeypatch.setattr(samples.resources, "files", lambda pkg: zipfile.Path(archive, at=f"{pkg}/"))
    with pytest.raises(SamplesUnavailableError, match="zip"):
        sample_paths()


@pytest.mark.parametrize("content", ["{not json", '{"entries": []}', '{"articles": [{}]}'])
def test_broken_index_gives_a_clear_error(tmp_path: Path, monkeypatch, content: str) -> None:
    (tmp_path / "index.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(samples, "sample_dir", lambda: tmp_path)
    with pytest.raises(SamplesUnavailableError, match="sample index"):
        sample_metadata()
    # Raised at the call, before any document is read, so callers can catch it up front.
    with pytest.raises(SamplesUnavailableError, match="sample index"):
        sample_documents()


@pytest.mark.slow
def test_samples_ship_in_the_wheel(tmp_path: Path) -> None:
    """A wheel built from the project carries every article and the index."""
    root = Path(__file__).resolve().parents[1]
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        if (root / name).exists():
            shutil.copy(root / name, project / name)
    shutil.copytree(
        root / "src" / "knowsofar",
        project / "src" / "knowsofar",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(project),
        ],
        check=True,
    )
    (wheel,) = (tmp_path / "dist").glob("knowsofar-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"knowsofar/data/samples/{p.name}" for p in sample_paths()}
    expected.add("knowsofar/data/samples/index.json")
    expected.add("knowsofar/samples.py")
    assert expected <= shipped, sorted(expected - shipped)


def test_a_pickup_after_a_dated_cancellation_is_the_current_status(ks) -> None:
    """Lucifer: Fox canceled it in May, Netflix picked it up in June (one article)."""
    docs = [d for d in sample_documents() if "lucifer" in (d.url or "")]
    ks.ingest_documents(docs)
    status = ks.show("Lucifer")["status"]
    assert (status["season"], status["status"]) == (4, "renewed")
    changes = [(t["season"], t["status"]) for t in ks.timeline("Lucifer")]
    assert changes == [(4, "canceled"), (4, "renewed")]


def test_no_person_in_the_samples_is_read_as_a_show(extractor) -> None:
    titles = {s for ex in extractor.extract_many(list(sample_documents())) for s in ex.shows}
    cast = {
        c.value["actor"]
        for ex in extractor.extract_many(list(sample_documents()))
        for c in ex.claims
        if c.kind == "cast"
    }
    assert titles and not titles & cast
    assert not any(t.startswith("Created by") for t in titles)
    # People the samples name outside a cast pair: a creator and a departing lead.
    assert not titles & {"Mark Williams", "Henry Cavill"}
