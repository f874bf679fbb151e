"""Small text helpers of the web app: dates, safe links, feed entries."""

from __future__ import annotations

import feedparser

from knowsofar.serve.feeds import atom_feed, change_summary, entry_id
from knowsofar.serve.templating import nice_date, path_part, safe_url


def test_nice_dates() -> None:
    assert nice_date("2020-02-01") == "1 February 2020"
    assert nice_date("2019-07") == "July 2019"
    assert nice_date("2019") == "2019"
    assert nice_date(None) == "undated"
    assert nice_date("2019-13-45") == "2019-13-45"  # not a date: shown as it is


def test_only_plain_web_links_are_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url(" http://example.org/ ") == "http://example.org/"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>",
        "vbscript:x",
        "//example.org/x",
        "/local/path",
        "https:///nohost",
        "http://exa\nmple.org/",
        "",
        None,
    ):
        assert safe_url(bad) is None, bad
    assert path_part("a/b?c#d e") == "a%2Fb%3Fc%23d%20e"


def test_feed_entries_without_a_season_and_with_hostile_text() -> None:
    change = {
        "slug": "x/y",
        "title": "X <b>",
        "season": None,
        "from": None,
        "to": "renewed",
        "date": "2021-03",
        "network": "HBO\x0b",
        "sources": [
            {
                "url": "javascript:alert(1)",
                "title": "T",
                "date": "2021-03-02",
                "evidence": "It is back\x00 <script>.",
            }
        ],
    }
    assert change_summary(change) == "X <b>: renewed"
    assert entry_id(change).startswith("tag:knowsofar,2026:x%2Fy/season-None/renewed/")
    feed = feedparser.parse(
        atom_feed([change], title="t", self_url="http://h/changes.atom", base_url="http://h")
    )
    assert not feed.bozo
    entry = feed.entries[0]
    assert entry.title == "X <b>: renewed"
    assert entry.updated.startswith("2021-03-01")
    assert entry.link == "http://h/shows/x%2Fy"
    assert all("javascript" not in link.href for link in entry.links)
    assert "<script>" in entry.content[0].value  # as text: type text/plain
