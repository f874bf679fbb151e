"""The relevance pre-filter keeps every gold and demo article and drops unrelated pages.

The gold articles are read from ../shared/eval/dev at test time (never copied here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowsofar.claims import Document
from knowsofar.extract.prefilter import is_relevant, relevance
from knowsofar.sources.errors import SourceError
from knowsofar.sources.files import read_file

ROOT = Path(__file__).resolve().parent.parent
EVAL_DEV = ROOT.parent / "shared" / "eval" / "dev"
SAMPLES = ROOT / "src" / "knowsofar" / "data" / "samples"
UNRELATED = sorted((Path(__file__).parent / "data" / "unrelated").glob("*.txt"))


def gold_articles() -> list[tuple[str, str]]:
    if not EVAL_DEV.is_dir():
        pytest.skip(f"no gold articles at {EVAL_DEV}")
    return [(p.name, json.loads(p.read_text())["text"]) for p in sorted(EVAL_DEV.glob("*.json"))]


def test_keeps_every_gold_article():
    articles = gold_articles()
    assert len(articles) >= 20
    dropped = [name for name, text in articles if not relevance(text).relevant]
    assert dropped == []


def test_keeps_every_demo_article():
    files = [p for p in sorted(SAMPLES.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    assert len(files) >= 10
    docs = [read_file(p) for p in files]
    assert not [d for d in docs if isinstance(d, SourceError)]
    dropped = [d.path for d in docs if not is_relevant(d)]
    assert dropped == []


def test_drops_at_least_95_percent_of_unrelated_pages():
    kinds = {p.name.split("-")[0] for p in UNRELATED}
    assert {"sports", "politics", "recipe", "film", "product"} <= kinds
    kept = [p.name for p in UNRELATED if relevance(p.read_text()).relevant]
    assert len(UNRELATED) >= 40
    assert len(kept) <= 0.05 * len(UNRELATED), kept


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers renewed the coach's contract for two more seasons after a second season "
        "in which the team reached the final.",
        "Our review: the cast of the new Netflix film is strong, and the streaming premiere "
        "comes with a documentary about the making of it.",
        "Season pass holders can renew online; the winter season starts in December.",
    ],
)
def test_near_misses_are_dropped(text):
    assert not relevance(text).relevant


@pytest.mark.parametrize(
    "text",
    [
        "HBO has renewed the comedy for a third season, the network said on Monday.",
        "The streamer canceled the series after one season and eight episodes.",
        "She joins the cast of the NBC drama as a series regular; he will play her brother. "
        "The showrunner said filming starts soon.",
        "Disney+ picked up the animated spinoff, which premieres next year.",
    ],
)
def test_short_tv_news_is_kept(text):
    assert relevance(text).relevant


def test_reasons_and_bytes_input():
    r = relevance("A recipe for lemon cake with butter and sugar.")
    assert not r.relevant and r.reason == "not about television"
    html = b"<p>Apple TV+ renewed <i>Severance</i> for season 2 after the finale.</p>"
    r = relevance(html)
    assert r.relevant and r.season and "renewed" in r.topic and "tv+" in r.medium
    doc = Document(text="The show will return for more.", title="ABC renews the sitcom")
    assert is_relevant(doc)  # the title counts
