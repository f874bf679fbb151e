"""The web app in a real browser (Debian's chromium through Playwright).

A reader searches, opens a show, sees its status and the source behind it, and follows
the timeline; pages taken from hostile articles run none of their scripts. Screenshots
of the home and show pages go to test-output/screenshots/ for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_data import ingest_articles, ingest_handmade, running_server

from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.serve.app import create_app

pytestmark = [pytest.mark.slow, pytest.mark.browser]

SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-output" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Watch:
    """Console errors and page errors seen by one page (CSP violations show up here)."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("response", lambda r: r.status >= 400 and self.errors.append(f"{r.status} {r.url}"))


def test_search_open_a_show_see_its_source_follow_the_timeline(
    browser: Any, tmp_path: Path
) -> None:
    ks = Knowsofar(Settings(database_url=f"sqlite:///{tmp_path / 'browse.db'}"))
    ingest_handmade(ks.kb)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with running_server(create_app(ks)) as base:
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        watch = Watch(page)
        page.goto(base + "/")
        assert page.locator("h1").inner_text() == "Has my show been renewed?"
        page.screenshot(path=str(SCREENSHOTS / "home.png"), full_page=True)

        # Search with a typo, from the box in the header: no JavaScript involved.
        page.fill("input[name=q]", "tidewatr")
        page.press("input[name=q]", "Enter")
        page.wait_for_url("**/search?q=tidewatr")
        page.click("ul.results a[href='/shows/tidewater']")
        page.wait_for_url("**/shows/tidewater")
        assert page.locator("h1").inner_text() == "Tidewater Season 2: Everything We Know So Far"

        # The status badge, and the quote's source link.
        badge = page.locator("#renewed .badge")
        assert badge.inner_text() == "Canceled"
        assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(207, 34, 46)"
        page.screenshot(path=str(SCREENSHOTS / "show.png"), full_page=True)
        cite = page.locator("#renewed blockquote a.cite").first
        cite.click()
        target = page.locator("ol.sources li:target")
        assert target.count() == 1
        source_link = target.locator("a[href^='/sources/']")
        source_title = source_link.inner_text()
        source_link.click()
        page.wait_for_url("**/sources/*")
        assert page.locator("h1").inner_text() == source_title
        assert "What knowsofar took from it" in page.inner_text("main")
        assert "canceled" in page.inner_text("table.claims")
        page.go_back()

        # Follow the timeline: the picture's dots link to the dated list below it.
        dots = page.locator("svg.timeline a")
        assert dots.count() == 2
        dots.nth(1).click()
        assert page.evaluate("location.hash") == "#event-1"
        step = page.locator("ol.timeline-list li:target")
        assert "canceled" in step.inner_text() and "1 February 2020" in step.inner_text()
        dots.nth(0).click()
        assert "renewed" in page.locator("ol.timeline-list li:target").inner_text()

        # A phone-sized screen: nothing wider than the viewport.
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(base + "/shows/tidewater")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        phone.screenshot(path=str(SCREENSHOTS / "show-phone.png"), full_page=True)
        assert watch.errors == []


HOSTILE_CHECK = """() => ({
  pwned: window.__pwned === undefined ? null : String(window.__pwned),
  title: document.title,
  scripts: document.scripts.length,
  imgs: document.images.length,
  handlers: [...document.querySelectorAll('*')].flatMap(
      e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => a.name)),
  jsLinks: [...document.querySelectorAll('a[href]')].filter(
      a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript')).length,
})"""


def test_hostile_articles_run_nothing(browser: Any, ks: Knowsofar) -> None:
    """Articles full of <script>, on...= handlers and javascript: links, read by the real
    extractor (and hand-built claims carrying the same), show as text and run nothing."""
    summary = ingest_articles(ks)
    assert not summary.errors
    ingest_handmade(ks.kb)
    velvet = ks.kb.find_show("The Velvet Hour")
    assert velvet is not None, "the hostile article should give a show"
    pages = [
        "/",
        "/changes.atom",
        f"/shows/{velvet['slug']}",
        "/shows/tidewater",
        "/search?q=%3Cscript%3E",
        "/search?q=velvet",
    ]
    for slug in (s["slug"] for s in ks.kb.list_shows(limit=100)):
        facts = ks.kb.show_facts(slug) or {}
        pages += [f"/sources/{s['document_id']}" for s in facts.get("sources", [])]
        pages += [f"/people/{c['actor_slug']}" for c in facts.get("cast", []) if c["actor_slug"]]
    with running_server(create_app(ks)) as base:
        page = browser.new_page()
        watch = Watch(page)
        for path in dict.fromkeys(pages):
            page.goto(base + path)
            page.mouse.move(10, 10)
            page.mouse.move(300, 300)  # would fire onmouseover= handlers, were there any
            if path.endswith(".atom"):
                continue
            found = page.evaluate(HOSTILE_CHECK)
            assert found["pwned"] is None, path
            assert found["title"] != "pwned", path  # what the title script would set
            assert found["scripts"] == 0 and found["imgs"] == 0, path
            assert found["handlers"] == [] and found["jsLinks"] == 0, path
        # The hostile text is there, shown as text.
        page.goto(base + f"/shows/{velvet['slug']}")
        assert "<script>" in page.inner_text("body")
        page.goto(base + "/shows/tidewater")
        assert "<script>window.__pwned='handmade'</script>" in page.inner_text("#plot")
        trailer_links = [a.get_attribute("href") for a in page.locator("#trailer a").all()]
        assert "https://video.example/tidewater-trailer" in trailer_links
        assert all(h.startswith(("https://", "#source-")) for h in trailer_links)
        assert page.evaluate("window.__pwned === undefined")
    # No CSP violations: our own pages carry no inline scripts or styles to block.
    assert [e for e in watch.errors if "Content Security Policy" in e] == []
    assert watch.errors == []
