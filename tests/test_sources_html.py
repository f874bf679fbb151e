"""HTML pages: trafilatura's main text plus the structure the extractor uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowsofar.claims import Document
from knowsofar.sources.errors import SourceError
from knowsofar.sources.files import read_file
from knowsofar.sources.html import html_to_document

PAGE = Path(__file__).parent / "data" / "pages" / "renewal.html"


def test_saved_page_keeps_metadata_and_structure():
    doc = read_file(PAGE)
    assert isinstance(doc, Document)
    assert doc.title == "The Umbrella Academy will end with season 4"
    assert (doc.author, doc.published, doc.language) == ("Robin Placeholder", "2022-08-03", "en")
    assert doc.url == "https://news.example/tv/umbrella-academy-season-4"
    assert doc.headings == [
        "The Umbrella Academy will end with season 4",
        "Who is coming back",
        "More of the family",
    ]
    assert doc.emphasis == ["The Umbrella Academy"]
    assert doc.tables == [
        [
            ["Actor", "Character"],
            ["Robert Sheehan", "Klaus Hargreeves"],
            ["Aidan Gallagher", "Number Five"],
            ["Justin H. Min", "Ben Hargreeves"],
        ]
    ]


def test_list_items_one_per_line_and_paragraphs_unbroken():
    doc = read_file(PAGE)
    lines = doc.text.splitlines()
    cast = [line for line in lines if line.startswith("- ")]
    assert cast == [
        "- Elliot Page as Viktor Hargreeves",
        "- Tom Hopper as Luther Hargreeves",
        "- David Castañeda as Diego Hargreeves",
        "- Emmy Raver-Lampman as Allison Hargreeves",
    ]
    # The source wraps this sentence over two lines; the text must not.
    assert any(
        line.startswith("Netflix has given The Umbrella Academy a fourth season")
        and "The streamer made the decision known on Wednesday" in line
        for line in lines
    )
    for boilerplate in ("Most read", "Copyright", "Newsletter"):
        assert boilerplate not in doc.text


def test_citations_count_as_emphasis_when_in_the_article():
    html = (
        "<html><body><article><p>The network has renewed <cite>Quiet Harbor</cite> for a "
        "second season, its creator said, after the first season drew strong ratings on the "
        "streaming service all summer long.</p></article>"
        "<aside><p>Also: <cite>Sidebar Show</cite></p></aside></body></html>"
    )
    doc = html_to_document(html, url="https://news.example/q")
    assert isinstance(doc, Document)
    assert doc.emphasis == ["Quiet Harbor"]


def test_canonical_on_another_site_is_not_believed():
    html = (
        '<html><head><link rel="canonical" href="https://other.example/story"></head><body>'
        "<article><p>The streamer has canceled the drama after one season, and the cast said "
        "goodbye in a short video posted on Friday afternoon.</p></article></body></html>"
    )
    doc = html_to_document(html, url="https://news.example/story")
    assert doc.url == "https://news.example/story"
    same_site = html.replace("other.example", "www.news.example")
    assert html_to_document(same_site, url="https://news.example/s?x=1").url == (
        "https://www.news.example/story"
    )


def test_bytes_with_a_declared_charset():
    html = (
        "<html><body><article><p>Les Misérables is not a TV show here, but the café scene "
        "of this English article was written in Latin-1 and must read right once decoded."
        "</p></article></body></html>"
    ).encode("cp1252")
    doc = html_to_document(html, url="https://news.example/c", charset="windows-1252")
    assert "Misérables" in doc.text and "café" in doc.text


def test_page_without_article_text_is_an_error():
    err = html_to_document("<html><body><nav>Home</nav></body></html>", path="empty.html")
    assert isinstance(err, SourceError)
    assert err.source == "empty.html" and "no article text" in err.reason


ARTICLE = (
    "<p>The streamer has renewed the courtroom drama for a third season, and the writers "
    "are already back in the room planning the new episodes for next spring.</p>"
)


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='byline'>Dana Example</p>",
        "<span class='article-author-name'>Dana Example</span>",
        "<div id='author'>Dana Example</div>",
        "<a rel='author' href='/people/dana'>Dana Example</a>",
        "<span itemprop='author'>Dana Example</span>",
        "<div data-component='Byline'>Dana Example</div>",
    ],
)
def test_author_from_a_byline_when_the_page_has_no_author_meta_tag(byline):
    html = f"<html><body><article>{byline}{ARTICLE}</article></body></html>"
    doc = html_to_document(html, url="https://news.example/a")
    assert doc.author == "Dana Example"


def test_no_author_when_nothing_marks_one():
    html = f"<html><body><article><p>Dana Example</p>{ARTICLE}</article></body></html>"
    doc = html_to_document(html, url="https://news.example/a")
    assert isinstance(doc, Document) and doc.author is None


@pytest.mark.parametrize(
    ("head", "body", "url"),
    [
        ('<meta property="article:published_time" content="2022-03-04T09:30:00Z">', "", None),
        ('<meta name="date" content="2022-03-04">', "", None),
        ('<meta itemprop="datePublished" content="2022-03-04">', "", None),
        (
            '<script type="application/ld+json">'
            '{"@type": "NewsArticle", "datePublished": "2022-03-04T09:30:00Z"}</script>',
            "",
            None,
        ),
        ("", '<time datetime="2022-03-04T09:30:00Z">Friday</time>', None),
        ("", '<span class="post-date">March 4, 2022</span>', None),
        ("", '<p class="byline">By Dana Example, March 4, 2022</p>', None),
        # Two dates marked up: the first in page order, as htmldate reads a whole page.
        (
            "",
            '<span class="date">2022-03-04</span><p>Updated <time class="published" '
            'datetime="2022-05-06">May 6, 2022</time></p>',
            None,
        ),
        ("", '<div data-stamp="2022-03-04 09:30:00">Friday</div>', None),
        ("", "", "https://news.example/2022/03/04/drama-renewed"),
    ],
)
def test_published_date_from_each_kind_of_date_markup(head, body, url):
    html = f"<html><head>{head}</head><body><article>{body}{ARTICLE}</article></body></html>"
    doc = html_to_document(html, url=url or "https://news.example/drama-renewed")
    assert isinstance(doc, Document) and doc.published == "2022-03-04"


def test_page_without_date_markup_takes_its_dateline():
    html = (
        "<html><body><article><h1>Courtroom drama renewed</h1><p>Published: 2022-03-04</p>"
        f"{ARTICLE}</article></body></html>"
    )
    doc = html_to_document(html, url="https://news.example/drama-renewed")
    assert isinstance(doc, Document) and doc.published == "2022-03-04"


def test_a_date_in_the_prose_is_not_the_published_date():
    # No date markup and no dateline: the only date is when the show premiered.
    html = (
        "<html><body><article><h1>Courtroom drama renewed</h1>"
        "<p>The courtroom drama premiered on 2021-09-14 and has now been renewed for a third "
        "season, the streamer said, with the writers back in the room this spring.</p>"
        "</article></body></html>"
    )
    doc = html_to_document(html, url="https://news.example/drama-renewed")
    assert isinstance(doc, Document) and doc.published is None
