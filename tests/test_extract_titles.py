"""Show titles from our own sentences: headings, quotes, italics, title-case spans
near "season", a leading "The", subtitles, roundups, and things that are not shows."""

from __future__ import annotations

import pytest

from knowsofar.claims import Document
from knowsofar.extract import results
from knowsofar.extract.titles import norm_title


def shows(extractor, text: str, **kw) -> list[str]:
    doc = extractor.nlp(extractor._prepare(Document(text=text, **kw)))
    return results(doc)["titles"].shows


def keys(extractor, text: str, **kw) -> set[str]:
    return {norm_title(t) for t in shows(extractor, text, **kw)}


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Severance Season 2: Everything We Know So Far\n\nThe Apple TV+ thriller is back. "
            "Severance follows office workers whose memories are split.",
            "Severance",
        ),
        (
            "Everything We Know About The Last of Us Season 2\n\nHBO renewed the drama in "
            "January. The Last of Us stars Pedro Pascal.",
            "The Last of Us",
        ),
        (
            "Netflix has renewed \u201cThe Umbrella Academy\u201d for a fourth and final season.",
            "The Umbrella Academy",
        ),
        ("Fans of Netflix's Heartstopper have waited a year for news.", "Heartstopper"),
        (
            "The second season of Abbott Elementary drew more viewers than the first.",
            "Abbott Elementary",
        ),
        ("ABC's Emmy-winning Abbott Elementary returns next week.", "Abbott Elementary"),
        ("Peacock mystery series Poker Face has been renewed for a second season.", "Poker Face"),
        ("HBO has renewed The White Lotus for a third season.", "The White Lotus"),
        (
            "Law & Order: Special Victims Unit has been renewed for a 25th season.",
            "Law & Order: Special Victims Unit",
        ),
        (
            "Orange Is the New Black ended after seven seasons. Orange Is the New Black's "
            "final season premiered in 2019.",
            "Orange Is the New Black",
        ),
    ],
)
def test_title_found(extractor, text, title):
    assert norm_title(title) in keys(extractor, text)


def test_main_show_comes_first(extractor):
    text = (
        "The Bear Season 3: Everything We Know\n\n"
        "FX has renewed The Bear for a third season. Jeremy Allen White, who starred in "
        "Shameless, leads the cast. The Bear follows a chef who takes over a sandwich "
        "shop in Chicago."
    )
    assert norm_title(shows(extractor, text)[0]) == "bear"


def test_roundup_lists_every_show(extractor):
    text = (
        "Netflix has cancelled Uncoupled, Partner Track and Blockbuster after one season "
        "each. The streamer also renewed Wednesday for a second season."
    )
    found = keys(extractor, text)
    assert {"uncoupled", "partner track", "blockbuster", "wednesday"} <= found


def test_italics_from_html_mark_titles(extractor):
    text = "Critics loved Reservation Dogs, and FX says the third season will be its last."
    assert "reservation dogs" in keys(extractor, text, emphasis=["Reservation Dogs"])


def test_glued_titles_are_split(extractor):
    # Lost separators between two quoted titles: "MasterChefBake Off".
    text = (
        "The network renewed \u2018MasterChef\u2019, \u2018Bake Off\u2019 and more. "
        "Insiders say the network renewed MasterChefBake Off for new seasons."
    )
    found = keys(extractor, text)
    assert {"masterchef", "bake off"} <= found
    assert "masterchefbake off" not in found


@pytest.mark.parametrize(
    "text,not_a_show",
    [
        ("Deadline reports that Netflix has renewed Lupin for a third season.", "deadline"),
        ("Sandra Oh and Jodie Comer are coming back for the last season.", "comer"),
        ("Jenna Ortega will return for the second season of Wednesday.", "jenna ortega"),
        ("The show is produced by Warner Bros. Television for CBS.", "warner bros television"),
        ("Netflix has renewed Lupin for a third season on Monday.", "monday"),
    ],
)
def test_not_a_show(extractor, text, not_a_show):
    assert not_a_show not in keys(extractor, text)


def test_headline_noise_is_trimmed(extractor):
    text = (
        "Why Everyone Is Talking About Shrinking Season 2\n\n"
        "Apple TV+ renewed Shrinking for a second season. Shrinking stars Jason Segel."
    )
    found = keys(extractor, text)
    assert "shrinking" in found
    assert not any("talking" in k for k in found)


def test_topic_follows_the_paragraph(extractor):
    text = (
        "Netflix has cancelled Glitch Town after one season.\n\n"
        "Meanwhile, HBO renewed Cold Harbor for a third season. The drama follows "
        "two detectives in Maine."
    )
    doc = extractor.nlp(extractor._prepare(Document(text=text)))
    titles = results(doc)["titles"]
    plot = text.index("The drama follows")
    assert titles.show_at(plot) == "Cold Harbor"
    assert titles.show_at(0) == "Glitch Town"
