"""Session 10: phrasings found missing by our own probes (sentences and shows invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import cast_pairs, shows_of, statuses, triple

from knowsofar.claims import Document
from knowsofar.extract.titles import norm_title

SAMPLES = Path(__file__).parents[1] / "src" / "knowsofar" / "data" / "samples"


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


def test_a_season_that_ended_numbers_a_cancellation_as_the_next(extractor) -> None:
    text = (
        "Hulu cancels Vinyl Days\n\nHulu has scrapped Vinyl Days after one season. The "
        "cancellation stings because the first season ended on an open note."
    )
    assert statuses(extractor, text) == {triple("Vinyl Days", 2, "canceled")}


def test_dropped_midway_through_a_first_season(extractor) -> None:
    text = (
        "NBC drops Night Court Blues\n\nNBC's remake of the British police drama Night "
        "Court Blues was dropped midway through its first season, and no more episodes "
        "will air."
    )
    assert statuses(extractor, text) == {triple("Night Court Blues", 2, "canceled")}


def test_a_dated_cancellation_in_a_relative_clause_yields_to_the_return(extractor) -> None:
    text = (
        "Party Time season 3: who is back\n\nParty Time, the cult comedy about cater-waiters, "
        "comes back next month with a six-episode third season on Starz, the cable channel "
        "that canceled it after two seasons back in 2010."
    )
    assert statuses(extractor, text, published="2023-01-20") == {triple("Party Time", 3, "renewed")}


def test_a_relative_clause_without_a_date_still_counts(extractor) -> None:
    text = (
        "Party Time news\n\nStarz, the cable channel that canceled Party Time after two "
        "seasons, is not bringing the comedy back."
    )
    assert statuses(extractor, text) == {triple("Party Time", 3, "canceled")}


def test_a_finale_out_already_is_not_the_season_canceled(extractor) -> None:
    text = (
        "CBC confirms Red Gables won't return; Season 3 finale was the series finale\n\n"
        "The CBC drama Red Gables will not be back for a fourth season."
    )
    assert statuses(extractor, text) == {triple("Red Gables", 4, "canceled")}


def test_a_verdict_heading_with_initials_and_a_bracketed_network(extractor) -> None:
    text = (
        "Renewed or canceled? Where two bubble shows landed\n\nMay 18, 2007\n\n"
        "Harbor Nine (ABC): Renewed\n\nAgainst most predictions, the family comedy will be "
        "back for a seventh season, and the network has now ordered more episodes of it.\n\n"
        "Andy Baxter, P.I. (NBC): Canceled\n\nThe low-key comedy, which premiered in March, "
        "will not return. Andy Richter played Andy Baxter, a suburban accountant."
    )
    shows = {norm_title(k): v for k, v in shows_of(extractor, text, published="2007-05-18").items()}
    assert shows[norm_title("Andy Baxter, P.I.")]["network"] == "NBC"
    assert statuses(extractor, text, published="2007-05-18") == {
        triple("Harbor Nine", 7, "renewed"),
        triple("Andy Baxter, P.I.", 2, "canceled"),
    }


def test_a_show_that_began_years_ago_gets_no_first_year_number(extractor) -> None:
    text = (
        "NBC drops Harbor Nine\n\nThe comedy Harbor Nine, which premiered in March 2001, "
        "will not return, NBC said."
    )
    assert statuses(extractor, text, published="2007-05-18") == set()


def test_the_articles_writer_lends_no_surname_to_a_role(extractor) -> None:
    text = (
        "Harbor Nine renewed\n\nBy Dana Whitcombe | May 18, 2007\n\nABC has renewed the "
        "comedy Harbor Nine for a seventh season. Jim Bell stars as Jim; Kim Reyes plays his "
        "sister-in-law Dana.\n\nDana Whitcombe writes about network television."
    )
    cast = shows_of(extractor, text, published="2007-05-18")["Harbor Nine"]["cast"]
    assert ("Kim Reyes", "Dana") in {(c["actor"], c["character"]) for c in cast}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ITV fantasy Glass Harbor has been denied a second series.", {(2, "canceled")}),
    ],
)
def test_a_show_denied_a_season(extractor, sentence: str, expected) -> None:
    got = statuses(extractor, f"Glass Harbor news\n\n{sentence}")
    assert got == {triple("Glass Harbor", *e) for e in expected}


def test_a_reworking_denied_a_series_under_its_heading(extractor) -> None:
    text = (
        "ITV's verdicts: Home Front and Glass Harbor dropped\n\nHere is where two shows "
        "now sit after the channel's latest round of decisions.\n\nHOME FRONT\n\nThe "
        "wartime drama set among the women of a village institute has been cancelled after "
        "two series, and ITV has ruled out a third.\n\nGLASS HARBOR\n\nCharlie Hale's "
        "reworking of the old seafaring story has been denied a second series. The "
        "ten-part fantasy went out in an early-evening Sunday slot."
    )
    assert triple("Glass Harbor", 2, "canceled") in statuses(extractor, text)


@pytest.mark.parametrize(
    ("sentence", "premiere"),
    [
        ("The ten-part fantasy, which began in October 2015, went out on Sundays.", "2015-10"),
        ("The series, which started in September 1999, had aged.", "1999-09"),
    ],
)
def test_a_premiere_in_a_which_clause_about_the_show(extractor, sentence, premiere) -> None:
    text = f"Glass Harbor canceled\n\nNBC has canceled Glass Harbor after two seasons. {sentence}"
    assert shows_of(extractor, text, published="2016-06-01")["Glass Harbor"]["premiere"] == (
        premiere
    )


def test_filming_that_began_is_no_premiere(extractor) -> None:
    text = (
        "Glass Harbor renewed\n\nNBC has renewed Glass Harbor for a third season. The "
        "filming, which began in October 2015, ran long."
    )
    assert shows_of(extractor, text, published="2016-06-01")["Glass Harbor"]["premiere"] is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Seth Bullock (Timothy Olyphant) and saloon owner Al Swearengen (Ian McShane) "
            "have circled each other since the pilot.",
            {("Timothy Olyphant", "Seth Bullock"), ("Ian McShane", "Al Swearengen")},
        ),
        (
            "The cast includes David Giuntoli (Eddie Saville) and Grace Park (Katherine Kim).",
            {("David Giuntoli", "Eddie Saville"), ("Grace Park", "Katherine Kim")},
        ),
    ],
)
def test_a_job_before_a_bracket_pair_says_which_name_is_the_role(nlp, sentence, expected):
    assert cast_pairs(nlp, sentence) == expected


def test_two_named_seasons_in_a_headline(extractor) -> None:
    text = (
        "Netflix Renews Night Owls for Season 2 and Season 3\n\nThe streamer has renewed "
        "the anthology Night Owls for two more seasons."
    )
    assert statuses(extractor, text) == {
        triple("Night Owls", 2, "renewed"),
        triple("Night Owls", 3, "renewed"),
    }


@pytest.mark.parametrize(
    ("line", "network"),
    [("CBS All Access has renewed the dark comedy for a second season.", "CBS All Access"),
     ("The Sci Fi Channel has renewed the space drama for a second season.", "Sci Fi Channel")],
)  # fmt: skip
def test_a_service_under_its_name_of_the_time(extractor, line: str, network: str) -> None:
    text = f"Night Owls Season 2 Is Happening\n{network} keeps the anthology going\n\n{line}"
    shows = shows_of(extractor, text, published="2019-10-28")
    assert set(shows) == {"Night Owls"}
    assert shows["Night Owls"]["network"] == network


def test_a_verdict_line_for_a_title_with_a_colon(extractor) -> None:
    text = (
        "Is Your Show Coming Back? Two Verdicts\n\nHere are two that readers asked about.\n\n"
        "Star Voyage: Frontier - UPN - Canceled\n\nThe prequel is over after four seasons. "
        "UPN said it would not order a fifth season, and the final episode aired in May.\n\n"
        "Copper Kettle - The WB - Renewed\n\nGood news for fans: The WB has renewed Copper "
        "Kettle for a fifth season, and the cast is coming back in full."
    )
    assert statuses(extractor, text) == {
        triple("Star Voyage: Frontier", 5, "canceled"),
        triple("Copper Kettle", 5, "renewed"),
    }


def test_a_jedi_rank_before_a_full_name(nlp) -> None:
    sentence = "Dafne Keen plays Padawan Jecki Lon, and Carrie-Anne Moss plays Indara."
    assert ("Dafne Keen", "Jecki Lon") in cast_pairs(nlp, sentence)


def test_the_cut_short_adjective_comma_before_a_name(nlp) -> None:
    sentence = "Wayne Pygram plays the cold, leather-clad villain, Scorpius, whose plan fails."
    assert cast_pairs(nlp, sentence) == {("Wayne Pygram", "Scorpius")}


def test_handed_a_season_after_an_appositive(extractor) -> None:
    text = (
        "ABC's verdicts\n\nThe network handed Once Again, its drama about two divorced "
        "parents, a second season, and Spin Town, the City Hall comedy, will return for a "
        "fifth."
    )
    assert statuses(extractor, text) == {
        triple("Once Again", 2, "renewed"),
        triple("Spin Town", 5, "renewed"),
    }


def test_handed_to_someone_is_no_season(extractor) -> None:
    text = (
        "ABC's verdicts\n\nThe network handed Once Again, its drama, to a new showrunner, "
        "and a second season is unlikely."
    )
    assert not [x for x in statuses(extractor, text) if x[2] == "renewed"]


def test_capital_headings_over_field_lines(extractor) -> None:
    text = (
        "Renewed or canceled? The verdicts on two comedies\n\nMay 20, 2013\n\n"
        "GUYS AT HOME\nNetwork: NBC. Verdict: canceled.\n\nNBC will not bring back its "
        "stay-at-home-dad comedy for a second season. The multi-camera show premiered in "
        "September 2012 and followed three friends juggling diapers in a New York apartment "
        "building.\n\nJesse Hart was Nick, the new dad.\n\n"
        "THE HARBOR SHOW\nNetwork: Fox. Verdict: canceled.\n\nFox has closed the book on the "
        "animated offshoot. It has run for four seasons; there will be no fifth."
    )
    assert statuses(extractor, text, published="2013-05-20") == {
        triple("Guys at Home", 2, "canceled"),
        triple("The Harbor Show", 5, "canceled"),
    }


def test_a_dateline_with_a_plain_hyphen(extractor) -> None:
    text = (
        "Sliders lands on its feet\n\nLOS ANGELES - Sliders, the alternate-worlds adventure "
        "Fox let go after three seasons, has found a second life: the Sci Fi Channel has "
        "ordered a fourth season."
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Sliders"}
    assert shows["Sliders"]["network"] == "Sci Fi Channel"
    assert statuses(extractor, text) == {triple("Sliders", 4, "renewed")}


def test_a_season_on_the_air_numbers_the_cut_after_it(extractor) -> None:
    text = (
        "Z Town is done\n\nSyfy canceled Z Town in December, shortly before the fifth "
        "season's finale, which means there will be no sixth season."
    )
    assert statuses(extractor, text) == {triple("Z Town", 6, "canceled")}


def test_a_season_said_to_be_the_final_one(extractor) -> None:
    text = (
        "Night Owls news\n\nThe cable channel has confirmed that the fourth season of Night "
        "Owls, which is still being put together for a fall run, is the final one."
    )
    assert statuses(extractor, text) == {triple("Night Owls", 4, "ended")}


def test_a_shared_first_name_says_nothing_of_direction(nlp) -> None:
    text = (
        "Tony Soprano's cousin arrives. Tony Blundetto is played by Steve Buscemi. "
        "Tony is furious. The crew around Tony includes Steven Van Zandt (Silvio Dante) and "
        "Tony Sirico (Paulie Gualtieri)."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Tony Sirico", "Paulie Gualtieri") in pairs
    assert ("Steven Van Zandt", "Silvio Dante") in pairs


def test_a_canceled_label_over_a_last_season_is_a_cut(extractor) -> None:
    text = (
        "Where six series stand\n\nMay 2007\n\n1. Harbor Nine (ABC): canceled. The sitcom's "
        "sixth season is its last, and its star is unhappy about it.\n\n2. Copper Kettle "
        "(ABC): renewed. The law drama returns for a fourth season."
    )
    assert statuses(extractor, text) == {
        triple("Harbor Nine", 7, "canceled"),
        triple("Copper Kettle", 4, "renewed"),
    }


def test_a_bracketed_capital_title_heading_its_section(extractor) -> None:
    text = (
        "Renewed or canceled? The verdicts on two comedies\n\nMay 20, 2013\n\n"
        "GUYS AT HOME\nNetwork: NBC. Verdict: canceled.\n\nNBC will not bring back its "
        "comedy for a second season. The multi-camera show premiered in September 2012 and "
        "followed three friends juggling diapers in a New York apartment building.\n\n"
        "LIVING WITH YOUR PARENTS (FOR THE REST OF YOUR LIFE)\nNetwork: ABC. Verdict: "
        "canceled.\n\nThe midseason comedy with the longest title on the schedule is done after "
        "a single spring run. It premiered in April and will not be returning."
    )
    shows = shows_of(extractor, text, published="2013-05-20")
    title = "LIVING WITH YOUR PARENTS (FOR THE REST OF YOUR LIFE)"
    assert title in shows
    assert shows[title]["cast"] == []
    assert triple(title, 2, "canceled") in statuses(extractor, text, published="2013-05-20")


def test_an_actor_was_a_role_before_with_another_as(extractor) -> None:
    text = (
        "Harbor Nine canceled\n\nNBC will not bring back Harbor Nine for a second season.\n\n"
        "Zach Cregger played Chris, and Jesse Bradford was Nick, with Erinn Hayes as his "
        "wife, Emily."
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Harbor Nine"}
    assert ("Jesse Bradford", "Nick") in {
        (c["actor"], c["character"]) for c in shows["Harbor Nine"]["cast"]
    }


def test_a_headline_verb_phrase_wont_make(extractor) -> None:
    text = (
        "Stargate Harbor Canceled: Syfy Won't Make Season 3\n\nSyfy has decided against a "
        "third season of Stargate Harbor, bringing down the curtain on the series."
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Stargate Harbor"}
    assert statuses(extractor, text) == {triple("Stargate Harbor", 3, "canceled")}


def test_a_two_word_title_ending_in_universe_is_a_show(extractor) -> None:
    text = (
        "Stargate Universe Canceled\n\nSyfy has decided against a third season of Stargate "
        "Universe, the third live-action series in the franchise."
    )
    assert statuses(extractor, text) == {triple("Stargate Universe", 3, "canceled")}


def test_a_franchise_universe_is_no_show(extractor) -> None:
    text = (
        "Harbor Nine renewed\n\nAMC has renewed Harbor Nine for a third season. The series "
        "anchors AMC's Anne Vale Immortal Universe."
    )
    assert set(shows_of(extractor, text)) == {"Harbor Nine"}


def test_dc_universe_is_a_streaming_service(extractor) -> None:
    text = (
        "Bog Man canceled after one season\n\nDC Universe has canceled Bog Man, its horror "
        "drama, after one season."
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Bog Man"}
    assert shows["Bog Man"]["network"] == "DC Universe"


def test_the_demo_roundup_keeps_its_first_show_canceled_only(extractor) -> None:
    # "Fam and Happy Together" in the headline: two shows, not a lead word and a title;
    # reading them as one once turned "every show that was on the bubble" into a pending
    # status for the roundup's first show
    sample = SAMPLES / "2019-05-cbs-spring-cancellations-roundup.md"
    claims = extractor.extract(Document(text=sample.read_text(), published="2019-05-11")).claims
    told = {(c.show, c.value["status"]) for c in claims if c.kind == "season_status"}
    assert ("Murphy Brown", "canceled") in told
    assert ("Murphy Brown", "pending") not in told


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "NBC cancels three comedies\n\nNBC has canceled The Michael J. Fox Show after one "
            "season. The comedy starred Michael J. Fox as Mike Henry, a newsman.",
            "The Michael J. Fox Show",
        ),
        (
            "Harbor No. 9 Series 9: everything we know\n\nThe BBC Two anthology Harbor No. 9 "
            "will end with its ninth series, the writers have said.",
            "Harbor No. 9",
        ),
    ],
)
def test_a_title_with_an_initial_or_a_numbered_no(extractor, text: str, title: str) -> None:
    assert title in shows_of(extractor, text, published="2014-01-30")


def test_no_full_stop_answer_is_no_title(extractor) -> None:
    text = (
        "Has Harbor Nine been cancelled?\n\nNo. Nobody has cancelled the show, and the BBC "
        "has renewed Harbor Nine for a seventh series."
    )
    assert set(shows_of(extractor, text)) == {"Harbor Nine"}
