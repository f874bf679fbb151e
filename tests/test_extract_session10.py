"""Session 10: phrasings found missing by our own probes (sentences and shows invented)."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs, shows_of, statuses, triple


def test_a_season_not_made_with_its_noun_left_out(extractor) -> None:
    text = (
        "Tidewater: canceled\n\n"
        "The fishing-town drama Tidewater wrapped its third season in May, and Freeform "
        "decided not to make a fourth."
    )
    assert statuses(extractor, text) == {triple("Tidewater", 4, "canceled")}


def test_a_made_fourth_that_is_no_season(extractor) -> None:
    text = (
        "Tidewater Season 3 renewed\n\n"
        "Freeform renewed Tidewater for a third season. The star made a fourth appearance "
        "at the fan convention on Sunday."
    )
    assert statuses(extractor, text) == {triple("Tidewater", 3, "renewed")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Syfy has ordered a fifth season of Night Ward and said the new batch closes out "
        "the story.",
        "Syfy has ordered a fifth season of Night Ward; the next season will close out the story.",
    ],
)
def test_an_order_whose_new_season_closes_the_story(extractor, sentence: str) -> None:
    got = statuses(extractor, f"Night Ward news\n\n{sentence}")
    assert got == {triple("Night Ward", 5, "ended")}


def test_a_new_season_that_closes_something_else_is_no_ending(extractor) -> None:
    text = (
        "Night Ward news\n\nSyfy has ordered a fifth season of Night Ward. The new "
        "season closes out a busy year for the channel."
    )
    assert statuses(extractor, text) == {triple("Night Ward", 5, "renewed")}


def test_a_cancellation_told_as_the_shows_description_yields_to_its_return(extractor) -> None:
    text = (
        "CBS changes its mind on Harbor Patrol\n\n"
        "The police drama canceled in the spring is coming back after all, and the network "
        "is ordering new episodes of Harbor Patrol for a third season."
    )
    assert statuses(extractor, text) == {triple("Harbor Patrol", 3, "renewed")}


def test_a_cancellation_as_the_main_verb_still_counts(extractor) -> None:
    text = (
        "Harbor Patrol canceled\n\n"
        "CBS has canceled Harbor Patrol after two seasons, and the network is not bringing "
        "the police drama back."
    )
    assert statuses(extractor, text) == {triple("Harbor Patrol", 3, "canceled")}


def test_a_hero_a_title_is_of_is_that_show(extractor) -> None:
    text = (
        "Ellen & Grant Season 2: Jo Brandt Takes Over as Pip Olsen\n\n"
        "ABC's Captain Meteor series swaps in a new cub photographer before its second year\n\n"
        "Jo Brandt will play Captain Meteor's favorite photographer when Ellen & Grant: The "
        "New Adventures of Captain Meteor returns for its second season on ABC this fall.\n\n"
        "Teri Vance returns as Ellen Lane, and Dean Kole is back as Grant Kent. ABC renewed "
        "it in the spring."
    )
    assert statuses(extractor, text) == {
        triple("Ellen & Grant: The New Adventures of Captain Meteor", 2, "renewed")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Emily Carter and James Wilson play Elena Voss and Peter Harrow respectively.",
        "Emily Carter and James Wilson portray Elena Voss and Peter Harrow, respectively.",
    ],
)
def test_actors_playing_roles_respectively(nlp, sentence: str) -> None:
    assert cast_pairs(nlp, sentence) == {
        ("Emily Carter", "Elena Voss"),
        ("James Wilson", "Peter Harrow"),
    }


@pytest.mark.parametrize("joiner", ["while", "whereas", "but"])
def test_a_second_pair_of_actors_after_while(nlp, joiner: str) -> None:
    sentence = (
        f"Lane Ford returns as Perry Wade, {joiner} Kay Callan and Ed Jonas come back as "
        "Martha Kell and Jonathan Kell."
    )
    assert cast_pairs(nlp, sentence) == {
        ("Lane Ford", "Perry Wade"),
        ("Kay Callan", "Martha Kell"),
        ("Ed Jonas", "Jonathan Kell"),
    }


def test_an_actor_seen_as_a_role(nlp) -> None:
    sentence = "Lane Ford will again be seen as editor Perry Wade in the new season."
    assert cast_pairs(nlp, sentence) == {("Lane Ford", "Perry Wade")}


def test_an_actor_seen_as_a_description_is_no_pair(nlp) -> None:
    sentence = "Lane Ford is seen as a favourite for the lead role."
    assert cast_pairs(nlp, sentence) == set()


def test_a_roundup_heading_with_its_network_and_verdict_after_dashes(extractor) -> None:
    text = (
        "Verdicts on three series after upfront week\n\n"
        "Here is the fate of three shows viewers asked us about.\n\n"
        "COPPER KETTLE - FOX - CANCELED\n\n"
        "Fox will not bring back the newsroom sitcom for a second season. Kelsey Marsh "
        "starred as Chuck Darling, an anchor back at his old station.\n\n"
        "THE NIGHT DESK - ABC - RENEWED\n\n"
        "ABC has renewed its Sunday soap for a fifth season. Teri Vance returns as Susan "
        "Mayer, the neighbour with the worst luck on the street."
    )
    shows = {k.casefold(): v for k, v in shows_of(extractor, text).items()}
    assert set(shows) == {"copper kettle", "the night desk"}
    assert shows["copper kettle"]["network"] == "Fox"
    assert statuses(extractor, text) == {
        triple("Copper Kettle", 2, "canceled"),
        triple("The Night Desk", 5, "renewed"),
    }


def test_a_section_heading_spacy_reads_as_a_person_but_opens_with_the(extractor) -> None:
    text = (
        "CBS sets its fall lineup\n\nHere is how two of the decisions played out.\n\n"
        "Listen Close\n\nCBS has dropped the comedy after one season; there will be no "
        "second. The sitcom followed a sports columnist and his noisy family.\n\n"
        "The King of Harbor Town\n\nThe news is better for Doug and Carrie. CBS has renewed "
        "the sitcom for an eighth season. Kevin Marsh plays Doug Heff, a parcel driver."
    )
    assert triple("The King of Harbor Town", 8, "renewed") in statuses(extractor, text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("After six seasons, the family court drama Glass Harbor is finished.", 7),
        ("After two seasons, the NBC comedy Glass Harbor is done.", 3),
    ],
)
def test_a_show_finished_after_a_count_of_seasons(extractor, sentence: str, expected) -> None:
    assert statuses(extractor, f"Glass Harbor news\n\n{sentence}") == {
        triple("Glass Harbor", expected, "canceled")
    }


def test_declining_to_order_a_season_is_no_order(extractor) -> None:
    text = (
        "NBC cancels Harbor Patrol\n\nThe network has canceled Harbor Patrol, declining to "
        "order an eighth season of the police drama."
    )
    assert statuses(extractor, text) == {triple("Harbor Patrol", 8, "canceled")}


def test_closing_the_book_beside_a_planned_last_season_is_an_ending(extractor) -> None:
    text = (
        "Kit Carver to end with season 4\n\nDisney Channel is closing the book on Kit "
        "Carver. The network has confirmed that the sitcom's current fourth season will be "
        "its last. Four seasons is a long run for a kids' comedy."
    )
    assert statuses(extractor, text) == {triple("Kit Carver", 4, "ended")}


def test_a_headline_season_confirmed_as_the_last(extractor) -> None:
    text = (
        "The Sixth Formers: third series confirmed as the last\n\n"
        "The writers behind The Sixth Formers have said the new run will be its last."
    )
    assert statuses(extractor, text) == {triple("The Sixth Formers", 3, "ended")}


def test_a_show_pulled_partway_through_a_season_is_canceled_for_the_next(extractor) -> None:
    text = (
        "Tidewater news\n\nThe NBC drama Tidewater, pulled from the schedule partway "
        "through its second year, will not be back."
    )
    assert statuses(extractor, text) == {triple("Tidewater", 3, "canceled")}


def test_a_scorecard_verdict_with_words_after_it(extractor) -> None:
    text = (
        "Renewed or canceled: where four series stand\n\n"
        "- Glass Harbor (CBS): canceled back in February, after only three episodes. Tom "
        "Wade led it as Tom Farrell, a music executive.\n\n"
        "- Copper Kettle (Fox): canceled after three seasons. Faith Ford played Hope Lane."
    )
    assert statuses(extractor, text) == {
        triple("Glass Harbor", 2, "canceled"),
        triple("Copper Kettle", 4, "canceled"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Night Owls moves to The CW for its second season.", (2, "renewed")),
        ("The CW has taken Night Owls for a fourth season.", (4, "renewed")),
        ("The drama Night Owls is finished: there is no fifth year coming.", (5, "canceled")),
        (
            "Night Owls returns next month for a fourth season that the network has "
            "confirmed will be its last.",
            (4, "ended"),
        ),
    ],
)  # fmt: skip
def test_more_ways_to_tell_a_decision(extractor, sentence: str, expected) -> None:
    got = statuses(extractor, f"Night Owls news\n\n{sentence}")
    assert got == {triple("Night Owls", *expected)}


def test_a_year_of_something_else_is_no_season(extractor) -> None:
    text = "Night Owls news\n\nThere is no second year of funding for the Night Owls studio."
    assert not [x for x in statuses(extractor, text) if x[2] == "canceled"]


def test_a_renewal_of_a_season_that_has_come_out_is_history(extractor) -> None:
    text = (
        "Night Owls Season 3: what we know\n\nNetflix has confirmed that Night Owls' third "
        "season will close out the series.\n\nSeason 1 arrived on March 20, 2015. Netflix "
        "handed the show a second season that spring. Season 2 followed on May 27, 2016."
    )
    assert statuses(extractor, text, published="2016-10-12") == {triple("Night Owls", 3, "ended")}


def test_e4_is_its_own_channel(extractor) -> None:
    text = "The Sixth Formers news\n\nThe Sixth Formers will not be coming back to E4."
    assert shows_of(extractor, text)["The Sixth Formers"]["network"] == "E4"


def test_roles_known_only_by_first_names_respectively(extractor) -> None:
    text = (
        "Three to binge\n\n1. Harbor Watch (Hulu)\nCosmo Jarvis is John Blackwood, the "
        "pilot.\n\n2. Mr. & Mrs. Jones (Prime Video)\nDonald Glover and Maya Erskine play "
        "the spies known only as John and Jane, respectively."
    )
    cast = shows_of(extractor, text)["Mr. & Mrs. Jones"]["cast"]
    pairs = {(c["actor"], c["character"]) for c in cast}
    assert pairs == {("Donald Glover", "John"), ("Maya Erskine", "Jane")}


def test_a_firm_named_after_two_roles_is_no_sign_they_are_actors(extractor) -> None:
    # "Cage & Fish" (a law firm, in the headline) uses the characters' surnames
    text = (
        "Harbor Law Season 4 Cast: Cage & Fish Loses Two Familiar Faces\n\n"
        "Fox's legal comedy Harbor Law reshuffles its Boston firm for the new season.\n\n"
        "Richard Fish (Greg Germann) and John Cage (Peter MacNicol), the partners whose "
        "names are on the door, are both back, as is Elaine Vassal (Jane Krakowski)."
    )
    cast = shows_of(extractor, text)["Harbor Law"]["cast"]
    assert {(c["actor"], c["character"]) for c in cast} == {
        ("Greg Germann", "Richard Fish"),
        ("Peter MacNicol", "John Cage"),
        ("Jane Krakowski", "Elaine Vassal"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Emily Carter has signed on to the fourth season of the Fox series, playing Elena "
        "Voss, a lawyer.",
        "Emily Carter has joined the cast, playing the lawyer Elena Voss.",
        "Emily Carter has been cast in the revival, to play Elena Voss.",
    ],
)
def test_an_actor_joining_then_playing_a_role_after_a_comma(nlp, sentence: str) -> None:
    assert cast_pairs(nlp, sentence) == {("Emily Carter", "Elena Voss")}


def test_joining_then_playing_something_that_is_no_role(nlp) -> None:
    assert cast_pairs(nlp, "Emily Carter joined Netflix in May, playing chess online.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Robert Vale is back once more as Albert Stroller, the veteran roper.",
        "Robert Vale returns yet again as Albert Stroller.",
        "Lauren Weed completed the core group as Doris, the roommate.",
        "Mike Vogel leads the unit in the field as Albert Stroller.",
        "Robert Vale is back as the man everyone knows as Albert Stroller.",
    ],
)
def test_words_between_the_verb_and_as(nlp, sentence: str) -> None:
    pairs = cast_pairs(nlp, sentence)
    assert len(pairs) == 1 and next(iter(pairs))[1] in ("Albert Stroller", "Doris")


def test_actor_is_role_in_a_sentence_that_pairs_someone_else(nlp) -> None:
    sentence = (
        "Kim Raver is Nico Reilly, the editor of a glossy magazine, whose affair with a "
        "much younger man, Kirby Atwood (Robert Buckley), threatens her standing."
    )
    assert cast_pairs(nlp, sentence) == {
        ("Kim Raver", "Nico Reilly"),
        ("Robert Buckley", "Kirby Atwood"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Joe Flaherty and Becky Ann Baker played the Weir parents, Harold and Jean.",
            {("Joe Flaherty", "Harold"), ("Becky Ann Baker", "Jean")},
        ),
        (
            "Jimmy Smits led the cast as Alex Vega, with Hector Elizondo and Rita Moreno as "
            "the heads of the clan, Pancho Duque and Amalia Duque.",
            {
                ("Jimmy Smits", "Alex Vega"),
                ("Hector Elizondo", "Pancho Duque"),
                ("Rita Moreno", "Amalia Duque"),
            },
        ),
        (
            "Demetrius Grosse, Noah Mills and Natacha Karam round out the field team as "
            "Ezekiel Carter, Joseph McGuire and Hannah Rivera.",
            {
                ("Demetrius Grosse", "Ezekiel Carter"),
                ("Noah Mills", "Joseph McGuire"),
                ("Natacha Karam", "Hannah Rivera"),
            },
        ),
    ],
)
def test_coordinated_actors_after_a_description(nlp, sentence: str, expected) -> None:
    assert cast_pairs(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Madeline Brewer, who arrived in season two as Miranda Cates, is also back.",
            {("Madeline Brewer", "Miranda Cates")},
        ),
        (
            "Manish Dayal played Devon Pravesh, who arrived as a nervous first-year resident.",
            {("Manish Dayal", "Devon Pravesh")},
        ),
    ],
)
def test_arriving_as_a_role_needs_the_season_it_arrived_in(nlp, sentence, expected) -> None:
    assert cast_pairs(nlp, sentence) == expected


def test_a_place_describing_a_networks_franchise_is_no_show(extractor) -> None:
    text = (
        "NBC Cancels Harbor Patrol After Seven Seasons\n\nThe network has canceled Harbor "
        "Patrol, declining to order an eighth season of the police drama.\n\nIt crossed over "
        "several times with NBC's New York crime franchise.\n\nKyle Secor played Tim Bayliss."
    )
    assert set(shows_of(extractor, text)) == {"Harbor Patrol"}
