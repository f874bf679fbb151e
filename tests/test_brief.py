"""The "Season N: Everything We Know So Far" brief: sections, citations, escaping, CLI."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from serve_data import ingest_articles, ingest_handmade
from typer.testing import CliRunner

from knowsofar.brief import build_brief, choose_season, md, to_html, to_markdown, write_brief
from knowsofar.claims import Claim, Document, Extraction
from knowsofar.cli import app as cli_app
from knowsofar.core import Knowsofar
from knowsofar.kb.store import KnowledgeBase


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    kb = KnowledgeBase(f"sqlite:///{tmp_path / 'brief.db'}")
    ingest_handmade(kb)
    return kb


def test_brief_answers_each_question_with_citations(kb: KnowledgeBase) -> None:
    facts = kb.show_facts("tidewater")
    assert facts is not None
    brief = build_brief(facts)
    assert brief["title"] == "Tidewater Season 2: Everything We Know So Far"
    renewal = brief["renewal"]
    assert (renewal["status"], renewal["badge"], renewal["date"]) == (
        "canceled",
        "Canceled",
        facts["seasons"][0]["date"],
    )
    assert renewal["answer"].startswith("No. Tidewater has been canceled")
    # Every quote is cited, and each citation number points into the source list.
    numbers = {s["n"] for s in brief["sources"]}
    assert renewal["quotes"] and all(q["n"] in numbers for q in renewal["quotes"])
    assert any("canceled" in q["text"] for q in renewal["quotes"])
    assert brief["release"]["answer"] == "It will not come out: season 2 was canceled."
    assert brief["release"]["premiere"] == "2020-01-01"
    assert [(c["actor"], c["character"]) for c in brief["cast"]] == [
        ("Joel Park", "Sam Moss"),
        ("Rosa Lind", "Kit Moss"),
    ]
    assert [e["status"] for e in brief["timeline"]] == ["renewed", "canceled"]
    assert [t["url"] for t in brief["trailers"]].count(None) == 1  # the javascript: one
    premiere = next(c for c in brief["conflicts"] if c["field"] == "premiere")
    assert premiere["chosen"] == "2020-01-01"
    assert {v["value"] for v in premiere["values"]} == {"2020-01-01", "2020-01-02"}
    # Sources are numbered once each, with their dates.
    assert [s["n"] for s in brief["sources"]] == list(range(1, len(brief["sources"]) + 1))
    assert all(s["date"] for s in brief["sources"])


def test_season_choice(kb: KnowledgeBase) -> None:
    facts = kb.show_facts("oar-and-anchor")
    assert facts is not None
    assert choose_season(facts) == 3
    assert choose_season(facts, 1) == 1
    brief = build_brief(facts, 5)
    assert brief["title"] == "Oar and Anchor Season 5: Everything We Know So Far"
    assert brief["renewal"]["status"] is None
    assert "No news yet" in brief["renewal"]["answer"]


def test_markdown_is_inert(kb: KnowledgeBase) -> None:
    text = to_markdown(build_brief(kb.show_facts("tidewater")))  # type: ignore[arg-type]
    assert text.startswith("# Tidewater Season 2: Everything We Know So Far\n")
    for heading in (
        "## Has it been renewed?",
        "## When does it come out?",
        "## What is the plot?",
        "## Who is in the cast?",
        "## Status timeline",
        "## Trailer",
        "## What the sources disagree about",
        "## Sources",
    ):
        assert heading in text
    # Every "<" from an article is backslash-escaped; only our own autolinks open one.
    assert "\\<script\\>" in text
    assert re.findall(r"(?<!\\)<(?!https?://)", text) == []
    assert "](javascript" not in text and "<javascript" not in text
    assert "<https://video.example/tidewater-trailer>" in text
    assert "| Rosa Lind | Kit Moss | not said |" in text
    assert md("[x](javascript:alert(1)) *b* _i_ <b>") == (
        "\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\<b\\>"
    )


def test_html_is_a_whole_page_without_scripts(kb: KnowledgeBase) -> None:
    html = to_html(build_brief(kb.show_facts("tidewater")))  # type: ignore[arg-type]
    assert html.startswith("<!doctype html>")
    assert "<style>" in html and "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert 'href="javascript' not in html.lower()
    svg = html[html.index("<svg") : html.index("</svg>") + 6]
    ET.fromstring(svg)
    # Saved to a file, links go to the original articles, not to a server.
    assert 'href="/sources/' not in html
    assert 'href="https://news.example/tidewater-renewed"' in html


def test_write_brief_errors(kb: KnowledgeBase) -> None:
    with pytest.raises(LookupError):
        write_brief(kb, "Nothing Of The Sort")
    with pytest.raises(ValueError, match="md or html"):
        write_brief(kb, "Tidewater", fmt="pdf")
    assert "Recommended for you" in write_brief(kb, "tidewatr")


def test_brief_cli(kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KNOWSOFAR_DATABASE_URL", kb.database_url)
    runner = CliRunner()
    out = tmp_path / "brief.md"
    r = runner.invoke(cli_app, ["brief", "Tidewater", "--season", "2", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text().startswith("# Tidewater Season 2: Everything We Know So Far")
    r = runner.invoke(cli_app, ["brief", "oar and anchor", "--format", "html"])
    assert r.exit_code == 0 and "<h1>Oar and Anchor Season 3" in r.output
    r = runner.invoke(cli_app, ["brief", "Nothing Of The Sort"])
    assert r.exit_code == 1 and "no show like" in r.output
    r = runner.invoke(cli_app, ["brief", "Tidewater", "--format", "pdf"])
    assert r.exit_code == 1 and "md or html" in r.output


@pytest.mark.slow
def test_brief_from_real_articles(ks: Knowsofar) -> None:
    ingest_articles(ks, ["harbor-lights-renewed.txt", "harbor-lights-canceled.txt"])
    text = ks.brief("Harbor Lights", season=2)
    assert text.startswith("# Harbor Lights Season 2: Everything We Know So Far")
    assert "**Canceled**" in text
    assert "news.example/harbor-lights-canceled" in text


def test_when_does_it_come_out(kb: KnowledgeBase) -> None:
    for url, date, when in (
        ("https://news.example/oar-date", "2020-03-05", "2031-03-04"),
        ("https://news.example/laugh-date", "2020-04-05", "2020-09"),
    ):
        show = "Oar and Anchor" if "oar" in url else "Laugh Track"
        season = 3 if "oar" in url else 2
        claim = Claim(
            "release_date",
            show,
            {"date": when},
            f"Season {season} of {show} arrives {when}.",
            season=season,
        )
        doc = Document(text=claim.evidence, title=f"{show} date", url=url, published=date)
        kb.ingest_extraction(Extraction(source=doc, claims=[claim], shows=[show]))
    oar = build_brief(kb.show_facts("oar-and-anchor"))  # type: ignore[arg-type]
    assert oar["release"]["answer"] == "Season 3 comes out on 4 March 2031."
    assert oar["release"]["release_date_cites"]
    laugh = build_brief(kb.show_facts("laugh-track"))  # type: ignore[arg-type]
    assert laugh["release"]["answer"] == "Season 2 came out in September 2020."
