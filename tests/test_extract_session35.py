"""Session 35: status (a season "cut short by the strike" is no cancellation, the order
of a season the article says is out is history, "will stop after its second series",
"had already locked in a third season"), titles (a role's quoted nickname is no show;
"as the vain X in Y" is a credit; a known performer is no show), cast (a role right
after its character placed in a film or another show, "A is X, B is voiced by C, and D
gives voice to E", "A is the man of the hour: he plays X" for an actor first named
there, "Hannah's on-and-off boyfriend X", "A's storyline as X", "returns in the lead
role of X"), premieres ("The first
season aired in October 2015") and names (an actor misspelt by a letter takes the known
performer's spelling, a known performer's role misspelt by a letter the known role's);
sentences, shows and roles invented, the performers of the last tests real.

Each test fails on session 34's code (a2d9deb) unless it says it guards a neighbour."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import cast_pairs, show_cast, shows_of, statuses, triple

from knowsofar.claims import Document
from knowsofar.evaluate import gold_cast_pairs
from knowsofar.extract.vocab import load_data

STRIKE = (
    "Dockside, Season 2: Everything We Know\n"
    "\n"
    "Has Dockside been renewed?\n"
    "\n"
    "Yes. NBC picked up a second season of the heist comedy in the spring. The first "
    "season had been cut short by the writers' strike, and only nine episodes aired.\n"
)


def test_a_season_cut_short_by_a_strike_is_not_canceled(extractor) -> None:
    assert statuses(extractor, STRIKE) == {triple("Dockside", 2, "renewed")}


def test_the_order_of_a_season_already_out_is_history(extractor) -> None:
    text = (
        "Will Foxglove return for a fourth series?\n"
        "\n"
        "The third series of Foxglove has reached its end on Channel 4, and fans want to "
        "know what comes next. The second series was confirmed quickly; this time the "
        "process is slower. Until Channel 4 speaks, a fourth series remains in limbo.\n"
    )
    found = statuses(extractor, text)
    assert triple("Foxglove", 2, "renewed") not in found
    assert triple("Foxglove", 4, "pending") in found


def test_a_show_that_will_stop_after_a_season_ends_there(extractor) -> None:
    text = (
        "Backlot: the pair say series two is the end\n"
        "\n"
        "Their showbiz comedy Backlot will stop after its second series on BBC Two, the "
        "pair have confirmed.\n"
    )
    assert statuses(extractor, text) == {triple("Backlot", 2, "ended")}


def test_a_network_willing_to_stop_after_a_season_decides_nothing(extractor) -> None:
    # guards the neighbour: a habit, not a decision (passes on a2d9deb too)
    text = (
        "Netflix renews Lantern Row for a third season\n"
        "\n"
        "Netflix has renewed Lantern Row for a third season. The streamer pays more the "
        "longer a show runs, and it has become willing to stop after the third season.\n"
    )
    assert statuses(extractor, text) == {triple("Lantern Row", 3, "renewed")}


def test_a_network_that_locked_in_a_season(extractor) -> None:
    text = (
        "After the awards: two winners come back\n"
        "\n"
        "Redline\n"
        "\n"
        "Network: Showtime\n"
        "Status: Third season on the way\n"
        "\n"
        "Showtime had already locked in a third season of its spy thriller Redline back "
        "in October, well before the second season ended.\n"
    )
    assert triple("Redline", 3, "renewed") in statuses(extractor, text)


def test_a_role_s_quoted_nickname_is_no_show(extractor) -> None:
    text = (
        "Grim Shift season 3: everything known so far about Jo's future\n"
        "\n"
        "The second season of Showtime's comedy is halfway through its run: will Jo and "
        "her undead co-workers be back next summer?\n"
        "\n"
        "Has Grim Shift been renewed for season 3?\n"
        "\n"
        "Not yet. Showtime has said nothing official in either direction.\n"
        "\n"
        'Ellen Roe leads as Joanna "Jo" Lass, a clerk who escorts souls. Mandy Pell is '
        "Ruben Sofer, the weary supervisor.\n"
        "\n"
        "For now, Grim Shift's future rests with Showtime.\n"
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Grim Shift"]
    assert ("Mandy Pell", "Ruben Sofer") in show_cast(extractor, text, "Grim Shift")


def test_a_role_in_another_show_after_as_the_vain_x_is_a_credit(extractor) -> None:
    text = (
        "A Quiet Scandal: Meet the Cast\n"
        "\n"
        "BBC One's three-part drama A Quiet Scandal begins on Sunday.\n"
        "\n"
        "Hugo Grant plays Jeremy Thorne, the politician. Filmgoers mostly picture him "
        "hamming it up as the vain Phoenix Bucket in Paddock Two. Ben Whitlow is Norman "
        "Scot, the young man at the heart of the affair.\n"
    )
    assert ("Ben Whitlow", "Norman Scot") in show_cast(extractor, text, "A Quiet Scandal")


def test_a_role_placed_in_a_film_or_another_show_right_after_it(extractor) -> None:
    text = (
        "NBC renews Gray Hollow for a third season\n"
        "\n"
        "NBC has renewed Gray Hollow for a third season. Tessa Lind plays Caro Duff, a "
        "cartoonist. Many viewers first knew Lind as Lorna Bain in the Back Home films. "
        "Rudy Horn plays Hank Griff; Horn spent several seasons as Eddie Sutton on the "
        "family drama Lincoln Lane before joining this cast.\n"
    )
    assert show_cast(extractor, text, "Gray Hollow") == {
        ("Tessa Lind", "Caro Duff"),
        ("Rudy Horn", "Hank Griff"),
    }


def test_a_list_opened_by_the_role_of_the_clause_before(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Seth Farlow voices Peter Gunn, along with the dog; Alex Borden is Lois Gunn, "
        "Chris Gunn is voiced by Seth Grain, and Mila Kurt gives voice to Meg Gunn.",
    )
    assert ("Seth Grain", "Chris Gunn") in pairs
    assert ("Seth Grain", "Lois Gunn") not in pairs
    assert ("Mila Kurt", "Chris Gunn") not in pairs


def test_he_after_a_colon_stands_for_the_actor_first_named_there(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Deadwater returns to HBO.\n\nIan Macken is the man everyone is talking about: he "
        "plays saloon owner Al Swanson, who runs the Gem.",
    )
    assert ("Ian Macken", "Al Swanson") in pairs


def test_a_possessive_role_with_a_hyphenated_modifier(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Lena Dunn plays Hannah Horne.\n\nOren Talbot, who plays Hannah's on-and-off "
        "boyfriend Adam Sackett, has become a breakout.",
    )
    assert ("Oren Talbot", "Adam Sackett") in pairs


def test_an_actor_s_storyline_as_a_role(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Katherine Park plays Laura Hawke.\n\nColin Morrow's storyline as Leo Elms has "
        "been one of the more divisive threads.",
    )
    assert ("Colin Morrow", "Leo Elms") in pairs


def test_the_first_season_aired_dates_the_premiere(extractor) -> None:
    text = (
        "The Iron Kingdom season 2: everything we know so far\n"
        "\n"
        "BBC Two renewed The Iron Kingdom for a second season. The first season aired in "
        "October 2015, so fans have had a long wait.\n"
    )
    show = shows_of(extractor, text, published="2017-02-10")["The Iron Kingdom"]
    assert show["premiere"] == "2015-10"


def test_an_actor_misspelt_by_a_letter_takes_the_known_spelling(extractor) -> None:
    # Keir Gilchrist and Dominique Tipper are performers of our gold corpora
    # (data/known_actors.json); "Bill Porter" is not "Billy Porter" misspelt, since other
    # performers are called Bill.
    text = (
        "Netflix renews Harbor Lights for a second season\n"
        "\n"
        "Netflix has renewed Harbor Lights for a second season. Kier Gilchrist stars as "
        "Sam Rudd, Dominque Tipper plays Nora Quill and Bill Porter plays Dale Finch.\n"
    )
    assert show_cast(extractor, text, "Harbor Lights") == {
        ("Keir Gilchrist", "Sam Rudd"),
        ("Dominique Tipper", "Nora Quill"),
        ("Bill Porter", "Dale Finch"),
    }
    conflicts = extractor.extract(Document(text=text)).conflicts
    assert {c.chosen for c in conflicts if c.field == "actor"} >= {
        "Keir Gilchrist",
        "Dominique Tipper",
    }


def test_known_roles_are_our_gold_pairs() -> None:
    # scripts/known_actors.py gives each listed performer the roles our gold gives them,
    # held-out folders aside.
    data = load_data("known_actors.json")
    pairs = gold_cast_pairs(Path(__file__).parent / "data", data["skipped"])
    assert list(data["roles"]) == data["actors"]
    listed = {(actor, role) for actor, roles in data["roles"].items() for role in roles}
    assert listed and listed <= pairs
    assert {(a, r) for a, r in pairs if a in data["roles"]} == listed


def test_a_known_performer_s_role_misspelt_by_a_letter(extractor) -> None:
    # Wes Chatham plays Amos Burton in our gold; "Amon Burton" is a slip.
    assert "Amos Burton" in load_data("known_actors.json")["roles"]["Wes Chatham"]
    text = (
        "Amazon renews Far Belt for a second season\n"
        "\n"
        "Amazon has renewed Far Belt for a second season. Wes Chatham plays Amon Burton and "
        "Lia Brandt plays Amon Burke.\n"
    )
    assert show_cast(extractor, text, "Far Belt") == {
        ("Wes Chatham", "Amos Burton"),
        ("Lia Brandt", "Amon Burke"),
    }


def test_a_known_performer_owning_a_show_is_no_show(extractor) -> None:
    # Idris Elba is a performer of our gold corpora (data/known_actors.json)
    text = (
        "Idris Elba's family comedy gets another run\n"
        "\n"
        "Sky One has commissioned a second series of Harbour Row, the sitcom Idris Elba "
        "created from his memories of growing up in east London. Jimmy Lowe plays Val "
        "Easton, Walter's brother, and Sara Quin plays Agnes Easton.\n"
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Harbour Row"]
    assert ("Jimmy Lowe", "Val Easton") in show_cast(extractor, text, "Harbour Row")


def test_returning_or_starring_in_the_lead_role_of_a_character(nlp) -> None:
    pairs = cast_pairs(
        nlp,
        "Alex Dremmel returns in the lead role of Uhtric, and Lorna Rich stars in the title "
        "role of Marta Pole.",
    )
    assert {("Alex Dremmel", "Uhtric"), ("Lorna Rich", "Marta Pole")} <= pairs
