"""Show titles, sixth round, from our own sentences: a roundup's `Network: Title` headings
(titles that end on a network's name kept whole), places and decades that set a story
("in 1950s Chicago", "the Nevada crime drama") are not shows, a character heading a cast
list ("X played the ... agent Cal Brody, with Y as ...") is not a show, and a network's
remake named before its description ("X, its remake of ...")."""

from __future__ import annotations

from knowsofar.claims import Document
from knowsofar.extract import results
from knowsofar.extract.titles import norm_title


def contract(extractor, text: str) -> dict[str, dict]:
    """Normalised title -> the contract's show entry."""
    out = extractor.extract(Document(text=text)).to_contract()
    return {norm_title(s["title"]): s for s in out["shows"]}


def seasons(show: dict) -> set[tuple[int, str]]:
    return {(s["number"], s["status"]) for s in show["seasons"]}


def cast(show: dict) -> set[tuple[str, str]]:
    return {(c["actor"], c["character"]) for c in show["cast"]}


ROUNDUP = """Closing Time: Four Shows That Will Not Be Back This Fall

June 2, 2024

Spring brought hard choices again. Below are the series that networks have let go or are \
wrapping up, channel by channel.

NBC: Harbor Lights

NBC canceled the Oregon fishing drama in May after two seasons. The show premiered in 2022 \
and followed a harbor master's family through one stormy winter after another, and it \
never found a big audience.

ABC: Open Sky

ABC dropped its aviation drama in May, after one season. Mara Lynn starred as Jo Birch, a \
cargo pilot who flies supplies to remote islands, and Ken Dale played her mechanic, Otto \
Frame.

Paramount+: Galaxy Patrol: Discovery

Paramount+ announced in March that the upcoming fourth season, due next year, will be the \
show's last. The series launched in 2019 as the flagship of the streamer, and it has kept a \
loyal following since.

HBO: Quiet Acres

HBO canceled its reinvention of the pulp classic in June, after one season. Rita Vance \
starred as Mara Quill, a nightclub singer turned detective in 1950s Chicago, with Tom Ebbs \
as Leo Grant and Ida Fry as Nell Pike.
"""


def test_network_label_headings_are_not_part_of_the_title(extractor):
    shows = contract(extractor, ROUNDUP)
    # "Open Sky" ends on a network's name (Sky), "Galaxy Patrol: Discovery" on another's
    # (Discovery): under a heading both are the whole title.
    assert set(shows) == {
        norm_title(t)
        for t in ("Harbor Lights", "Open Sky", "Galaxy Patrol: Discovery", "Quiet Acres")
    }
    assert seasons(shows[norm_title("Harbor Lights")]) == {(3, "canceled")}
    assert seasons(shows[norm_title("Open Sky")]) == {(2, "canceled")}
    assert seasons(shows[norm_title("Galaxy Patrol: Discovery")]) == {(4, "ended")}
    assert seasons(shows[norm_title("Quiet Acres")]) == {(2, "canceled")}


def test_roundup_sections_keep_their_cast(extractor):
    shows = contract(extractor, ROUNDUP)
    assert cast(shows[norm_title("Open Sky")]) == {
        ("Mara Lynn", "Jo Birch"),
        ("Ken Dale", "Otto Frame"),
    }
    # "a detective in 1950s Chicago, with Tom Ebbs as ...": the decade and city set the
    # story; the cast stays with the section's show.
    assert cast(shows[norm_title("Quiet Acres")]) == {
        ("Rita Vance", "Mara Quill"),
        ("Tom Ebbs", "Leo Grant"),
        ("Ida Fry", "Nell Pike"),
    }


def test_network_label_sections_set_the_topic(extractor):
    doc = extractor.nlp(extractor._prepare(Document(text=ROUNDUP)))
    sents = results(doc)["titles"].sentences
    launched = next(s for s in sents if s.text.startswith("The series launched"))
    # "as the flagship of the streamer": the section's show, not the article's main one
    assert launched.topic == "Galaxy Patrol: Discovery"


def test_a_long_network_name_as_a_label(extractor):
    text = (
        "Streaming Send-Offs: Two Shows Saying Goodbye\n\nMay 1, 2020\n\nHere are two "
        "streaming shows ending this year, service by service.\n\nCBS All Access: Comet Watch"
        "\n\nThe service canceled the space comedy in April after two seasons. The show "
        "premiered in 2018 and never found the audience its makers hoped for, despite good "
        "reviews.\n\nHulu: Pine Barrens\n\nHulu said the upcoming third season will be the "
        "last for the horror anthology. It premiered in 2019 and has done well with younger "
        "viewers ever since."
    )
    shows = contract(extractor, text)
    assert set(shows) == {norm_title("Comet Watch"), norm_title("Pine Barrens")}
    assert seasons(shows[norm_title("Comet Watch")]) == {(3, "canceled")}
    assert seasons(shows[norm_title("Pine Barrens")]) == {(3, "ended")}


def test_a_colon_title_without_a_network_stays_whole(extractor):
    # negative case: only a network's name before the colon is a label
    text = (
        "Two Spinoffs Wrap Up\n\nMay 1, 2020\n\nHere are two spinoffs ending this year, "
        "one by one.\n\nHarbor Lights: Tidewater\n\nNBC canceled the coastal spinoff in "
        "April after two seasons. It premiered in 2018 and never found the audience its "
        "makers hoped for, despite good reviews.\n\nOpen Sky: Night Flights\n\nABC said "
        "the upcoming third season will be the last for the aviation spinoff. It premiered "
        "in 2019 and has done well with younger viewers ever since."
    )
    shows = contract(extractor, text)
    assert norm_title("Harbor Lights: Tidewater") in shows
    assert norm_title("Open Sky: Night Flights") in shows


def test_a_place_describing_the_show_is_not_the_show(extractor):
    text = (
        "Dust Road was a modest hit for CBS.\n\n"
        "CBS canceled the Nevada crime drama in May after three seasons. The series is set "
        "in Nevada, and it followed a ranching family with secrets. Dana Holt plays Ruth Cole "
        "on Dust Road."
    )
    shows = contract(extractor, text)
    assert norm_title("Nevada") not in shows
    assert seasons(shows[norm_title("Dust Road")]) == {(4, "canceled")}


def test_a_show_named_after_a_place_is_still_a_show(extractor):
    # negative case: the place rule needs "in" after a noun or "the <place> drama"; a
    # renewal's object named like a city stays a show
    text = (
        "Paramount+ has renewed Reno for a third season. The comedy is set in Reno and stars "
        "Amy Lorne as Bea Flint."
    )
    shows = contract(extractor, text)
    assert seasons(shows[norm_title("Reno")]) == {(3, "renewed")}
    assert cast(shows[norm_title("Reno")]) == {("Amy Lorne", "Bea Flint")}


def test_a_role_in_a_show_named_after_a_place(extractor):
    # negative case: "a recurring role in <place>" is a credit, not a setting
    text = (
        "Ann Lee had a recurring role in Reno, the CBS comedy that was renewed for a second season."
    )
    shows = contract(extractor, text)
    assert seasons(shows[norm_title("Reno")]) == {(2, "renewed")}


NIGHT_LEDGER = """Is Night Ledger Coming Back? Where Things Stand

March 3, 2023

Netflix has never canceled Night Ledger, but it has not renewed it either. Night Ledger \
premiered on Netflix in 2017.

Who would return?

Owen Marsh played the young and increasingly reckless agent Cal Brody, with Rick Dunn as his \
weary older partner, Sam Pike, and Lena Ortiz as Vera Kline, the Ohio lawyer who joins their \
squad.
"""


def test_a_character_heading_a_cast_list_is_not_a_show(extractor):
    shows = contract(extractor, NIGHT_LEDGER)
    assert norm_title("Cal Brody") not in shows
    assert cast(shows[norm_title("Night Ledger")]) == {
        ("Owen Marsh", "Cal Brody"),
        ("Rick Dunn", "Sam Pike"),
        ("Lena Ortiz", "Vera Kline"),
    }


def test_a_show_with_its_star_after_it_is_still_a_show(extractor):
    # negative case: "X, with Y as Z" after a decision's object, not after a role verb
    text = (
        "Ember Creek is a Hulu drama.\n\nEmber Creek, with Jo Hart as the town mayor, was "
        "canceled by Hulu after two seasons."
    )
    shows = contract(extractor, text)
    assert seasons(shows[norm_title("Ember Creek")]) == {(3, "canceled")}


def test_a_networks_remake_named_before_its_description(extractor):
    text = (
        "Last month Netflix ended Sunny Days Ahead, its remake of a 1970s sitcom, after "
        "three seasons."
    )
    shows = contract(extractor, text)
    assert seasons(shows[norm_title("Sunny Days Ahead")]) == {(4, "canceled")}


def test_network_ending_something_else_is_no_show(extractor):
    text = (
        "Netflix ended the year with a new hit, the thriller Crown Lane, which premiered on "
        "Netflix in December."
    )
    shows = contract(extractor, text)
    assert all(not s["seasons"] for s in shows.values())
