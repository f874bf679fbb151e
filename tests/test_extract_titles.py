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


def cast_triples(extractor, text: str) -> set[tuple[str, str, str]]:
    out = extractor.extract(Document(text=text)).to_contract()
    return {
        (norm_title(s["title"]), c["actor"], c["character"])
        for s in out["shows"]
        for c in s["cast"]
    }


def test_actors_in_a_markdown_cast_list_are_not_shows(extractor):
    text = (
        "Harbor Lights Season 3: Cast and Premiere\n\n"
        "CBS renewed Harbor Lights for a third season in May.\n\n"
        "* **Dana Whitfield** as Rosa Marlow\n"
        "* **Pete Okafor** as Deckhand Lenny\n"
        "* **Mara Whitfield Jones** as Ivy Marlow\n\n"
        "Whitfield also directs two episodes."
    )
    found = keys(extractor, text)
    assert found == {"harbor lights"}
    cast = cast_triples(extractor, text)
    assert ("harbor lights", "Dana Whitfield", "Rosa Marlow") in cast
    assert all(show == "harbor lights" for show, _, _ in cast)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lorna Basque is back as Vera, the family's eldest daughter.",
        "Kip Arden returns as the young Walter.",
        "Zed Marquez is back as detective Soto, still on the case.",
        "Ola Brand voices Mina, the restless inventor.",
    ],
)
def test_a_name_before_a_role_is_an_actor(extractor, sentence):
    text = "Starz renewed Iron Orchard for a second season.\n\n" + sentence
    assert keys(extractor, text) == {"iron orchard"}


def test_an_ordinal_is_not_a_title(extractor):
    text = "NBC renewed Station Nine for a 14th season in the spring. It is the longest run yet."
    found = keys(extractor, text)
    assert "station nine" in found
    assert "14th" not in found


def test_roundup_section_headings_name_their_shows(extractor):
    text = (
        "Every Show That Lost Its Slot This Spring\n\n"
        "It was a rough few weeks for dramas. Here is the running list.\n\n"
        "Copper Valley (CBS)\n"
        "CBS canceled the legal drama after two seasons. Nell Harper starred as Ada "
        "Finch, opposite Tom Rusk as her son Milo.\n\n"
        "Night Ferry (Fox)\n"
        "Fox has axed Night Ferry after four seasons. Rui Santos played Abel Cruz, "
        "a smuggler with a conscience.\n\n"
        "The Orchard Files\n"
        "Ava Lin returns for a record ninth season as June Park, the role she has "
        "played since the start, and Sam Oyelaran is back as Nurse Ray Dunn."
    )
    found = keys(extractor, text)
    assert {"copper valley", "night ferry", "orchard files"} <= found
    cast = cast_triples(extractor, text)
    assert ("copper valley", "Nell Harper", "Ada Finch") in cast
    assert ("night ferry", "Rui Santos", "Abel Cruz") in cast
    assert ("orchard files", "Ava Lin", "June Park") in cast


def test_page_furniture_headings_are_not_shows(extractor):
    text = (
        "Amazon has canceled Tin Crown after three seasons.\n\n"
        "Star-Studded Cast and Creative Team\n"
        "The series featured Rhea Moss as Queen Ilse and Dev Patil as the exiled prince "
        "Aram, and it was filmed in Prague over two summers.\n\n"
        "Release Date and Episodes\n"
        "The last season arrived in March with eight episodes, all released on one day."
    )
    found = keys(extractor, text)
    assert found == {"tin crown"}


def test_headline_before_a_colon_is_the_show(extractor):
    text = (
        "Moss Hollow: A Guide to the Cast of the Village Comedy\n\n"
        "The sitcom ran for three series. Kit Bramley plays Ned Moss, the "
        "hapless vicar, and Jo Pike plays his aunt Hettie.\n\n"
        "Moss Hollow premiered on January 4, 2018."
    )
    assert keys(extractor, text) == {"moss hollow"}
    assert ("moss hollow", "Kit Bramley", "Ned Moss") in cast_triples(extractor, text)


def test_a_show_named_after_a_role_is_that_role_s_show(extractor):
    text = (
        "Apple TV+ has renewed Quiet Hours for a third season.\n\n"
        "Bo Lindqvist, who won an Emmy for playing Amos Reed on Long Pitch, joins "
        "the cast of Quiet Hours."
    )
    found = keys(extractor, text)
    assert "long pitch" in found
    # (the title step names it; its one pair, an actor's earlier credit, is no cast news of
    # the article's: the role goes to neither show)
    assert ("Bo Lindqvist", "Amos Reed") not in {
        (a, c) for _, a, c in cast_triples(extractor, text)
    }


@pytest.mark.parametrize(
    "text,not_a_show",
    [
        (
            "Netflix has renewed Marlow Keene's crime comedy Lantern Row for a second season.",
            "marlow keene",
        ),
        ("HBO's Gargoyle spinoff Stone Saints was billed as a limited series.", "gargoyle"),
        (
            "Netflix's Wicker Street is its most-watched English-language series.",
            "english language",
        ),
        ("Fox canceled Dry Creek in May after three seasons.", "may"),
        (
            "The Harlands are coming back, and CBS renewed Blue Harbor for a fifth season.",
            "harlands",
        ),
        (
            "Netflix renewed Gloomwood for a second season, and the students of Ravenhall "
            "are coming back too.",
            "ravenhall",
        ),
    ],
)
def test_makers_franchises_and_places_are_not_shows(extractor, text, not_a_show):
    assert not_a_show not in keys(extractor, text)


def test_a_title_set_off_by_commas_after_series(extractor):
    text = (
        "Netflix has canceled Hollow Pines and has also dropped another teen series, "
        "We Were Never Here, after a single season.\n\n"
        "We Were Never Here, which arrived in February, starred Nia Holt as Robin."
    )
    found = keys(extractor, text)
    assert "we were never here" in found
    assert ("we were never here", "Nia Holt", "Robin") in cast_triples(extractor, text)


def test_a_subtitled_spinoff_keeps_its_subtitle_beside_its_parent(extractor):
    text = (
        "Fox has canceled Harlow Street: Origins after one season. The prequel to Harlow "
        "Street starred Dana Pike as Ruth Harlow and Owen Hart as Sam Reed. Harlow Street "
        "itself was renewed for a sixth season."
    )
    out = extractor.extract(Document(text=text)).to_contract()
    seasons = {s["title"]: {(x["number"], x["status"]) for x in s["seasons"]} for s in out["shows"]}
    assert seasons == {
        "Harlow Street: Origins": {(2, "canceled")},
        "Harlow Street": {(6, "renewed")},
    }


def test_a_quoted_common_word_title_with_a_decision(extractor):
    text = (
        "Hulu Drops 'Pilot' After One Season\n\n"
        "Hulu will not move forward with a second season of Pilot, its workplace comedy."
    )
    out = extractor.extract(Document(text=text)).to_contract()
    assert [s["title"] for s in out["shows"]] == ["Pilot"]


def test_an_unquoted_common_word_is_not_a_title(extractor):
    text = "Hulu will not move forward with a second season of the comedy, its pilot said."
    assert extractor.extract(Document(text=text)).to_contract()["shows"] == []


def test_premiere_calendar_headings_with_network_and_note(extractor):
    text = (
        "Your October streaming calendar\n\n"
        "Dry Creek (Hulu): this Friday\n"
        "The eight-part thriller arrives this Friday with every episode at once. Dana Pike "
        "stars as Ruth Ames, a ranger who finds a body in the reservoir.\n\n"
        "Mill Pond (Apple TV+): two weeks from today\n"
        "The period drama about a family of millers debuts with two episodes, then goes "
        "weekly. Owen Hart plays Silas Webb, and Ada Stone plays his sister, Mary Webb.\n"
    )
    out = extractor.extract(Document(text=text)).to_contract()
    got = {s["title"]: (s["network"], {c["actor"] for c in s["cast"]}) for s in out["shows"]}
    assert got == {
        "Dry Creek": ("Hulu", {"Dana Pike"}),
        "Mill Pond": ("Apple TV+", {"Owen Hart", "Ada Stone"}),
    }


def test_a_place_describing_a_show_is_not_its_title(extractor):
    text = "Netflix's Paris heist series premiered last week to strong numbers."
    assert extractor.extract(Document(text=text)).to_contract()["shows"] == []


def test_a_show_that_comes_back_for_its_season(extractor):
    text = "Worth marking on the calendar: Dry Creek comes back for its third season on Hulu."
    out = extractor.extract(Document(text=text)).to_contract()
    assert [(s["title"], s["network"], s["seasons"][0]["number"]) for s in out["shows"]] == [
        ("Dry Creek", "Hulu", 3)
    ]


def test_a_quoted_subtitle_or_prefix_is_a_short_name_for_the_full_title(extractor):
    text = (
        "Harbor Is Back: 'Low Tide' Ordered as 'Night Watch' Gets a Date\n\n"
        "Peacock has ordered Harbor: Low Tide, a new series set after the events of Harbor. "
        "It also dated Harbor: Night Watch, the prequel that follows a young harbormaster.\n\n"
        "Dana Pike co-stars as Ruth Ames, and Owen Hart plays Sam Reed.\n"
    )
    out = extractor.extract(Document(text=text)).to_contract()
    titles = {s["title"] for s in out["shows"]}
    assert "Low Tide" not in titles and "Night Watch" not in titles
    assert {"Harbor: Low Tide", "Harbor: Night Watch"} <= titles


def test_a_paragraph_without_a_heading_stays_with_the_show_named_last(extractor):
    text = (
        "Hulu renewed Dry Creek for a third season on Monday.\n\n"
        "The news came with a first look at Mill Pond, the prequel that follows a young "
        "miller in 1950s Vermont. Owen Hart plays the young Silas.\n\n"
        "Dana Pike co-stars as Ruth Webb, his mother, and Ada Stone plays his sister, Mary Webb."
    )
    out = extractor.extract(Document(text=text)).to_contract()
    cast = {s["title"]: {c["actor"] for c in s["cast"]} for s in out["shows"]}
    assert {"Dana Pike", "Ada Stone"} <= cast["Mill Pond"]
    assert not cast.get("Dry Creek")


def test_an_actor_back_in_the_title_role_is_not_a_show(extractor):
    text = (
        "Hulu has renewed Dry Creek for a second season. Sterling Marsh is back "
        "in the title role as Ruth Ames, with Owen Hart returning as Sam Reed."
    )
    out = extractor.extract(Document(text=text)).to_contract()
    assert [s["title"] for s in out["shows"]] == ["Dry Creek"]


def test_a_numbered_list_of_shows_with_networks(extractor):
    text = (
        "Five shows to binge this weekend\n\n"
        "1. Dry Creek (Hulu)\n"
        "The sprawling western was the event of the spring, and all ten episodes are waiting. "
        "Dana Pike plays the rancher Ruth Ames, and Owen Hart is the drifter Sam Reed.\n\n"
        "2. Mr. & Mrs. Harlow (Prime Video)\n"
        "Ada Stone and Eli Moss play the spies known only as Jo and Jim, in this slow-burn "
        "reimagining of an old film about a marriage in disguise.\n"
    )
    out = extractor.extract(Document(text=text)).to_contract()
    got = {s["title"]: s["network"] for s in out["shows"]}
    assert got == {"Dry Creek": "Hulu", "Mr. & Mrs. Harlow": "Prime Video"}
    for s in out["shows"]:
        assert all(c["actor"] != "Prime Video" for c in s["cast"])


def test_an_actors_credit_does_not_turn_the_article_to_that_show(extractor):
    text = (
        "Netflix has not yet renewed Dry Creek. Dana Pike, who played Ruth Ames on Mill Pond, "
        "stars as Eve Cole. Owen Hart plays her brother, Sam Cole."
    )
    out = extractor.extract(Document(text=text)).to_contract()
    cast = {s["title"]: {(c["actor"], c["character"]) for c in s["cast"]} for s in out["shows"]}
    assert cast.get("Dry Creek") == {("Dana Pike", "Eve Cole"), ("Owen Hart", "Sam Cole")}


def test_a_family_name_before_a_genre_word_is_not_a_title(extractor):
    text = "Here is our guide to the next chapter of HBO's Harlan saga."
    assert extractor.extract(Document(text=text)).to_contract()["shows"] == []


def test_a_franchise_is_not_a_show(extractor):
    text = (
        "The series anchors AMC's Anne Vale Immortal Universe, which also includes Harbor "
        "Witches, starring Dana Pike as Rowan Fielding."
    )
    titles = {s["title"] for s in extractor.extract(Document(text=text)).to_contract()["shows"]}
    assert not any("Universe" in t for t in titles)
