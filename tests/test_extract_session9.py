"""Session 9: phrasings found missing by our own probes (sentences and shows invented)."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs, shows_of, statuses, triple


@pytest.mark.parametrize(
    "sentence",
    [
        "HBO will end Imperium Nights with its third season.",
        "HBO will end Imperium Nights after its third season.",
        "HBO is bringing Imperium Nights to an end with its third season.",
        "HBO has decided to end Imperium Nights after three seasons.",
        "Imperium Nights will end after three seasons, HBO said.",
        "Imperium Nights is ending after three seasons, HBO said.",
        "Imperium Nights is ending after its third season, HBO said.",
        "Imperium Nights will end its run after three seasons, HBO said.",
    ],
)
def test_a_network_ending_a_show_with_a_season(extractor, sentence: str) -> None:
    got = statuses(extractor, f"Imperium Nights to end\n\n{sentence}")
    assert got == {triple("Imperium Nights", 3, "ended")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Imperium Nights will return after three seasons away, HBO said.",
        "NBC will end the night with its third season of Imperium Nights at ten.",
        "Netflix will end its deal with the Imperium Nights producers after two seasons.",
    ],
)
def test_ending_something_else_is_no_final_season(extractor, sentence: str) -> None:
    got = statuses(extractor, f"Imperium Nights news\n\n{sentence}")
    assert not [x for x in got if x[2] == "ended"]


def test_a_show_that_ends_after_its_first_season_under_a_canceled_label(extractor) -> None:
    # "ends after" in a roundup's line is the cut, not a planned last season
    text = (
        "Renewed or Canceled: Where Things Stand\n\n"
        "Copper Kettle\nNetwork: Fox\nStatus: Canceled\n\n"
        "Fox has pulled the comedy after a few weeks and confirmed it will not be back.\n\n"
        "Glass Harbor\nNetwork: CBS\nStatus: Canceled\n\n"
        "The crime drama also ends after its first season."
    )
    got = statuses(extractor, text)
    assert triple("Glass Harbor", 2, "canceled") in got
    assert not [x for x in got if x[2] == "ended"]


def test_a_network_that_has_ended_a_one_word_show(extractor) -> None:
    text = "Legions ends\n\nHBO has ended Legions after two seasons."
    assert statuses(extractor, text) == {triple("Legions", 3, "canceled")}


def test_a_number_word_inside_a_repeated_name_beside_a_place_of_the_same_name(
    extractor,
) -> None:
    text = (
        "One Pine Hollow Gets Season 5 at The CW\n\n"
        "The residents of Pine Hollow have been granted another year. The CW has picked up "
        "One Pine Hollow for a fifth season. One Pine Hollow began on The WB in 2006."
    )
    assert statuses(extractor, text) == {triple("One Pine Hollow", 5, "renewed")}


def test_a_verb_left_out_between_two_actor_role_pairs(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Glass Harbor was canceled. Tom Perry played the head writer, Matt Alden, and Brad "
        "Whitcomb the producer Danny Trask, with Amy Peel as the network boss Jordan Mace.",
    )
    assert {
        ("Tom Perry", "Matt Alden"),
        ("Brad Whitcomb", "Danny Trask"),
        ("Amy Peel", "Jordan Mace"),
    } <= got
    got = cast_pairs(
        nlp,
        "Glass Harbor returns. Jay Lund plays Earl Hatch, Evan Sopp his brother Randy Hatch, "
        "and Jamie Price is Earl's ex-wife, Joy Turner.",
    )
    assert {("Jay Lund", "Earl Hatch"), ("Evan Sopp", "Randy Hatch")} <= got


def test_no_gapped_pair_without_a_name_after_the_actor(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Glass Harbor returns. Jay Lund plays Earl Hatch, Monday nights at nine, and Jamie "
        "Price plays Joy Turner.",
    )
    assert ("Jay Lund", "Earl Hatch") in got
    assert not [p for p in got if p[1].startswith("Monday")]


def test_a_role_after_the_verb_left_out_is_no_show(extractor) -> None:
    text = (
        "Glass Harbor canceled\n\n"
        "NBC has canceled Glass Harbor after one season. Tom Perry played the head writer, "
        "Matt Alden, and Brad Whitcomb the producer Danny Trask, with Amy Peel as the "
        "network boss Jordan Mace."
    )
    assert set(shows_of(extractor, text)) == {"Glass Harbor"}


def test_the_role_someone_is_still_playing_is_no_show(extractor) -> None:
    text = (
        "Glass Harbor renewed\n\n"
        "The CW has renewed Glass Harbor for a fourth season. Sofia Bell is still the fashion "
        "designer Brooke Dale, with Austin Nash as her husband, Julian Baird."
    )
    assert set(shows_of(extractor, text)) == {"Glass Harbor"}
    cast = shows_of(extractor, text)["Glass Harbor"]["cast"]
    assert {"actor": "Austin Nash", "character": "Julian Baird"} in [
        {"actor": c["actor"], "character": c["character"]} for c in cast
    ]


def test_pairs_in_brackets_that_led_the_cast_are_actors_first(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Imperium Nights is over. Kevin Baxter (Lucius Marren) and Ray Dalton (Titus Pell) "
        "led the cast.",
    )
    assert got == {("Kevin Baxter", "Lucius Marren"), ("Ray Dalton", "Titus Pell")}


def test_a_headline_name_before_a_kicker_over_a_body_that_adds_a_subtitle(extractor) -> None:
    text = (
        "Rivalry: Meet the Stars Playing Two Warring Divas\n\n"
        "The anthology arrives on FX in March. The first installment, titled Rivalry: Ada "
        "and Bea, follows two stars on the set of one film.\n\n"
        "Jane Lorne ... Ada Fenwick\nSusan Pike ... Bea Darrow\n\n"
        "Lorne has become a fixture of the producer's shows after four seasons of "
        "Midnight Hotel Stories."
    )
    shows = shows_of(extractor, text)
    assert "Rivalry" in shows
    pairs = {(c["actor"], c["character"]) for c in shows["Rivalry"]["cast"]}
    assert ("Jane Lorne", "Ada Fenwick") in pairs
    assert not [c for title, s in shows.items() if title != "Rivalry" for c in s.get("cast") or []]


def test_a_subtitle_after_the_headline_colon_stays_the_title(extractor) -> None:
    # the kicker is a subtitle here: the whole name stays
    text = (
        "Harbor Lights: The Lost Year Season 2 Renewed\n\n"
        "Hulu has renewed Harbor Lights: The Lost Year for a second season."
    )
    assert statuses(extractor, text) == {triple("Harbor Lights: The Lost Year", 2, "renewed")}


def test_an_agencys_initials_before_a_job_are_no_show(extractor) -> None:
    text = (
        "Night Desk Season 4: What We Know\n\n"
        "What has been confirmed about the last mission for Prime Video's CIA analyst.\n\n"
        "Prime Video renewed Night Desk for a fourth season. Wendy Price is back as James "
        "Grady, and Michael Kerr returns as Mike Nolan, the veteran CIA operative."
    )
    assert set(shows_of(extractor, text)) == {"Night Desk"}


def test_a_role_named_like_a_network_in_a_cast_list_is_no_show(extractor) -> None:
    text = (
        "Salt Wind Season 3: Two Pirates Join the Crew\n\n"
        "Starz has already picked up a fourth season of Salt Wind. Also returning: Zach "
        "Mayo (Charles Vane), Toby Shaw (Jack Rackham) and Jessica Park Kent (Max)."
    )
    assert set(shows_of(extractor, text)) == {"Salt Wind"}


def test_a_networks_show_described_at_a_headlines_end_is_no_title(extractor) -> None:
    text = (
        "Salt Wind Season 3: Blackbeard Joins Starz's Pirate Drama\n\n"
        "Starz has already picked up a fourth season of Salt Wind."
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Salt Wind"}
    assert shows["Salt Wind"]["network"] == "Starz"


def test_a_volume_is_a_season_in_a_headline(extractor) -> None:
    text = (
        "Dear Silver People Volume 4: Release Date and Cast\n\n"
        "Netflix has confirmed the campus satire's last run. Here is the cast:\n\n"
        "- Logan Brown as Samantha Silver\n- Deron Hale as Lionel Higgs\n"
    )
    assert set(shows_of(extractor, text)) == {"Dear Silver People"}


def test_a_slash_joins_a_title(extractor) -> None:
    text = (
        "Will Kin/Folk return for a second series?\n\n"
        "BBC Two has not decided whether Kin/Folk will return for a second series."
    )
    assert set(shows_of(extractor, text)) == {"Kin/Folk"}


def test_a_spinoff_named_whole_in_headline_and_body_beside_its_flagship(extractor) -> None:
    text = (
        "VANTAGE: Maui canceled at CBS after three seasons\n\n"
        "CBS is pulling the plug on VANTAGE: Maui. The network will not bring the "
        "island procedural back for a fourth season.\n\n"
        "The flagship VANTAGE continues, and the franchise keeps growing.\n\n"
        "The spinoff premiered in 2021. Nora Vale played Jane Tennet, and Alex Tarr played "
        "Kai Holm, Tennet's second-in-command."
    )
    got = statuses(extractor, text)
    assert got == {triple("VANTAGE: Maui", 4, "canceled")}
    shows = shows_of(extractor, text)
    assert "Tennet" not in shows
    assert {"actor": "Alex Tarr", "character": "Kai Holm"} in [
        {"actor": c["actor"], "character": c["character"]} for c in shows["VANTAGE: Maui"]["cast"]
    ]


def test_a_date_after_in_is_no_part_of_a_title_and_a_dateline_is_no_show(extractor) -> None:
    text = (
        "A&E Gives Rememberer a Third Season After CBS Lets It Go\n\n"
        "NEW YORK — CBS has dropped the drama again, and A&E has ordered a third season. "
        "CBS first cancelled Rememberer in May 2012, then reversed itself."
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Rememberer"}
    assert triple("Rememberer", 3, "renewed") in statuses(extractor, text)


def test_a_roundup_of_freshman_shows_with_label_lines(extractor) -> None:
    text = (
        "Renewed or Canceled? How Four Freshman Shows Fared\n\n"
        "Half a dozen rookies went before the networks this spring.\n\n"
        "Glass Harbor: renewed. NBC is bringing it back for season 2.\n\n"
        "No Tomorrowland: canceled. The CW axed the comedy after thirteen episodes.\n\n"
        "42: Heritage: canceled. The reboot will not get another season either.\n\n"
        "Night Shift Blues: canceled. CBS scrapped the cop drama based on the 2001 film."
    )
    got = statuses(extractor, text)
    assert triple("Glass Harbor", 2, "renewed") in got
    assert triple("No Tomorrowland", 2, "canceled") in got
    assert triple("42: Heritage", 2, "canceled") in got
    assert triple("Night Shift Blues", 2, "canceled") in got
    assert triple("Tomorrowland", 2, "canceled") not in got


ROUNDUP = (
    "Starz in 2019: The Shows It Kept and the Ones It Let Go\n\n"
    "Here is how the channel's slate shook out this year, show by show.\n\n"
    "Kingpin\n\n"
    "The network's flagship is in its endgame. The sixth season was announced well ahead "
    "of time as the last, and it has been split in two for the winter.\n\n"
    "Bitterroot\n\n"
    "Closed for good after two seasons. The series, adapted from a novel about a young "
    "woman's first year in a Manhattan restaurant, starred Ella Pine as Tess.\n\n"
    "Doomsday Now\n\n"
    "Jane Araki's dreamy, explicit Los Angeles comedy will not come back for a second "
    "season. Avan Joshi played Ulysses, a young man plagued by visions.\n\n"
    "Vista\n\n"
    "A welcome yes. The drama about two sisters who come home to East Los Angeles has been "
    "renewed for a third season by Starz.\n"
)


def test_a_roundups_sections_with_fragments_and_described_subjects(extractor) -> None:
    got = statuses(extractor, ROUNDUP)
    assert triple("Kingpin", 6, "ended") in got
    assert triple("Bitterroot", 3, "canceled") in got
    assert triple("Doomsday Now", 2, "canceled") in got
    assert triple("Vista", 3, "renewed") in got
    assert not [x for x in got if x[0] in ("los angeles", "east los angeles")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The predictable comedy will not come back for a second season.",
        "Jane Araki's dreamy comedy will not come back for a second season.",
    ],
)
def test_words_that_begin_like_hedges_are_no_hedges(extractor, sentence: str) -> None:
    got = statuses(extractor, f"Maple Drive canceled\n\nMaple Drive is over. {sentence}")
    assert got == {triple("Maple Drive", 2, "canceled")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans of Maple Drive dream that NBC will renew the comedy for a second season.",
        "Critics predicted that NBC would renew Maple Drive for a second season.",
    ],
)
def test_hedges_still_hedge(extractor, sentence: str) -> None:
    assert statuses(extractor, f"Maple Drive news\n\n{sentence}") == set()


def test_a_sections_network_in_the_paragraph_under_its_heading(extractor) -> None:
    text = (
        "Renewed or canceled? A status check on four genre series\n\n"
        "It has been a brutal year for genre television. Here is the rundown.\n\n"
        "Spiral: CANCELED\n\n"
        "Syfy had already let this one go in the spring, after two seasons of outbreaks.\n\n"
        "Outlast: CANCELED\n\n"
        "CBS axed its summer series after two seasons.\n\n"
        "Falling Stars: ENDED\n\n"
        "The invasion saga concluded on TNT in August with its fifth season.\n\n"
        "Lost Fae: ENDED\n\n"
        "The supernatural drama from Canada's Showcase closed out its fifth and final "
        "season this fall.\n\n"
        "Iron Tide: CANCELED\n\n"
        "Syfy pulled the plug on its frontier western in October, three seasons in."
    )
    shows = shows_of(extractor, text)
    assert shows["Spiral"]["network"] == "Syfy"
    assert shows["Outlast"]["network"] == "CBS"
    assert shows["Falling Stars"]["network"] == "TNT"
    assert shows["Lost Fae"]["network"] == "Showcase"
    assert triple("Iron Tide", 4, "canceled") in statuses(extractor, text)


def test_seasons_in_counts_only_after_a_comma() -> None:
    from knowsofar.extract.seasons import find_seasons

    refs = find_seasons("Syfy pulled the plug in October, three seasons in.")
    assert [(r.numbers, r.kind) for r in refs] == [((3,), "count")]
    assert find_seasons("She was three seasons in the making.") == []


def test_pairs_in_brackets_among_the_regulars_are_actors_first(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Jane Cole, who played Joan Weber, was part of the first ensemble, while Kevin "
        "Rankle (Roy Jonas) was among the first-year regulars who left.",
    )
    assert ("Kevin Rankle", "Roy Jonas") in got


def test_a_stars_name_describing_the_show_decided_on(extractor) -> None:
    text = (
        "Outlast canceled\n\nOutlast is done. CBS axed its Mary Ellen Smith summer series "
        "after two seasons, the network said."
    )
    assert statuses(extractor, text) == {triple("Outlast", 3, "canceled")}


def test_a_network_name_inside_another_name_is_no_network() -> None:
    from knowsofar.extract.networks import find_networks

    assert find_networks("Boreanaz leads Bravo Team as Jason Hayes.") == []
    assert [n.network for n in find_networks("The drama moved to Bravo in 2019.")] == ["Bravo"]


def test_a_headline_counts_the_run_a_body_cancellation_leaves_unnumbered(extractor) -> None:
    text = (
        "Glass Harbor canceled: Netflix closes the case on its parody after two seasons\n\n"
        "Netflix has decided not to continue Glass Harbor."
    )
    assert statuses(extractor, text) == {triple("Glass Harbor", 3, "canceled")}


def test_yanked_after_its_second_airing_is_a_first_season_cut(extractor) -> None:
    text = (
        "Fox cancels Lone Ranger Road\n\nLone Ranger Road is over. The con-man drama "
        "premiered in September, drew a tiny audience and was yanked by Fox after its second "
        "airing."
    )
    assert statuses(extractor, text) == {triple("Lone Ranger Road", 2, "canceled")}
    from knowsofar.extract.seasons import find_seasons

    assert [r.numbers for r in find_seasons("It was yanked after its second airing.")] == [(1,)]
    assert find_seasons("It aired its second episode on Friday.") == []


def test_a_newsletter_line_is_no_news_but_subscribers_are_no_newsletter(extractor) -> None:
    text = (
        "Glass Harbor is done at Fox, but Hulu has given it a new home\n\n"
        "Fox has canceled Glass Harbor after three seasons. The show is not going away, "
        "though: Hulu has stepped in and ordered a fourth season of 26 episodes, which only "
        "Hulu subscribers will be able to watch.\n\n"
        "Our daily TV newsletter rounds up every renewal and cancellation."
    )
    got = statuses(extractor, text)
    assert triple("Glass Harbor", 4, "renewed") in got


def test_an_unnumbered_order_numbered_by_the_next_sentence(extractor) -> None:
    text = (
        "Hulu revives Arlen Street\n\n"
        "Hulu has ordered a revival of Arlen Street, the comedy that ran on Fox for 13 "
        "seasons. The new episodes will continue the numbering as season 14."
    )
    assert statuses(extractor, text) == {triple("Arlen Street", 14, "renewed")}
    text = "Glass Harbor renewed\n\nNBC has renewed Glass Harbor. Season 3 premiered in May."
    assert statuses(extractor, text) == set()


def test_a_the_title_the_model_takes_for_a_place_shared_by_headline_and_body(extractor) -> None:
    # spaCy's small model tags "Killing" a place; a place seldom takes "The"
    text = (
        "The Killing Gets One Last Case, This Time on Netflix\n\n"
        "The Killing has been pulled back from the brink for the second time. Netflix has "
        "picked up a fourth and final season of the rain-soaked Seattle crime drama."
    )
    assert statuses(extractor, text) == {triple("The Killing", 4, "ended")}


def test_the_nth_run_will_be_the_shows_final_one(extractor) -> None:
    text = (
        "Glass Harbor renewed\n\nNBC has renewed Glass Harbor for a fifth season, and the "
        "producers have said the fifth run will be the show's final one."
    )
    assert statuses(extractor, text) == {triple("Glass Harbor", 5, "ended")}


def test_a_pages_exclusive_label_is_no_show(extractor) -> None:
    text = (
        "'Lockbox & Co.' Canceled at Netflix After One Season\n\n"
        "EXCLUSIVE: Netflix has opted not to move forward with a second season of Lockbox & "
        "Co., the supernatural drama, Deadline has learned."
    )
    assert [t for t in shows_of(extractor, text) if "EXCLUSIVE" in t.upper()] == []


def test_pairs_in_brackets_that_won_emmys_are_actors_first(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Hana Waddell (Rebecca Welt), Brett Gold (Roy Kemp) and Juno Tempest (Keeley Jonas) "
        "all won Emmys for their work on the series.",
    )
    assert ("Hana Waddell", "Rebecca Welt") in got
    assert ("Rebecca Welt", "Hana Waddell") not in got


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The streamer has given a Season 2 order to Glass Harbor.", (2, "renewed")),
        ("Netflix has given a Season 2 order to Glass Harbor.", (2, "renewed")),
        (
            "CBS has handed out early renewals to Glass Harbor, which will return for a "
            "third season.",
            (3, "renewed"),
        ),
        ("Netflix has scrapped plans for a second season of Glass Harbor.", (2, "canceled")),
    ],
)
def test_orders_and_plans_given_to_a_show(extractor, sentence: str, want) -> None:
    got = statuses(extractor, f"Glass Harbor news\n\n{sentence}")
    assert got == {triple("Glass Harbor", *want)}


def test_plans_not_scrapped_are_no_cancellation(extractor) -> None:
    text = (
        "Glass Harbor news\n\nNetflix has not scrapped plans for a second season of Glass Harbor."
    )
    assert statuses(extractor, text) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The first series started in September 2017 on ITV.", "2017-09"),
        (
            "The pickup came partway through the show's freshman run, which began on "
            "January 20, 2019.",
            "2019-01-20",
        ),
        ("Howard Overly's show began in November 2009 with a simple premise.", "2009-11"),
        ("The first run began on August 25, 2019, to decent audiences.", "2019-08-25"),
        ("The ten-episode series landed on Netflix on February 23, 2018.", "2018-02-23"),
        ("The first series was broadcast on BBC Two in January 2015.", "2015-01"),
        (
            "All thirteen installments of season 1 dropped on Hulu on November 14, 2017.",
            "2017-11-14",
        ),
    ],
)
def test_series_premieres_told_by_the_first_run(extractor, sentence: str, want: str) -> None:
    text = f"Glass Harbor canceled\n\nNBC has canceled Glass Harbor after two seasons. {sentence}"
    shows = shows_of(extractor, text, published="2021-06-01")
    assert shows["Glass Harbor"]["premiere"] == want


@pytest.mark.parametrize(
    "sentence",
    [
        "The finale was broadcast on BBC Two in January 2015.",
        "Filming began in November 2009 in Belfast.",
        "The third season landed on Netflix on February 23, 2018.",
    ],
)
def test_other_starts_are_no_series_premiere(extractor, sentence: str) -> None:
    text = f"Glass Harbor canceled\n\nNBC has canceled Glass Harbor after two seasons. {sentence}"
    shows = shows_of(extractor, text, published="2021-06-01")
    assert shows["Glass Harbor"].get("premiere") is None


def test_a_one_letter_show_heading_its_section(extractor) -> None:
    text = (
        "ABC clears the decks: V and two more shows won't return\n\n"
        "ABC spent the spring making room for new series. Below, the shows that will not be "
        "back.\n\n"
        "V\n\n"
        "The alien-invasion remake, which first landed in November 2009, has been cut loose "
        "after two seasons, and a third will not be made.\n\n"
        "Quiet Family\n\n"
        "ABC declined to bring its superhero drama back for year two. Mike Chase played Jim "
        "Powell, a police sketch artist.\n\n"
        "Jungle Clinic\n\n"
        "The medical drama, set at a clinic deep in the jungle, ends after a single season "
        "of thirteen episodes."
    )
    got = statuses(extractor, text)
    assert triple("V", 3, "canceled") in got
    assert triple("Quiet Family", 2, "canceled") in got
    assert triple("Jungle Clinic", 2, "canceled") in got
    assert not [x for x in got if x[0] == "quiet family" and x[1] == 3]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("ABC declined to bring Glass Harbor back for a second season.", {(2, "canceled")}),
        (
            "Glass Harbor is over. ABC is not bringing the drama back for year three.",
            {(3, "canceled")},
        ),
        ("FX has decided against renewing Glass Harbor for a third season.", {(3, "canceled")}),
        (
            "Glass Harbor is over. FX has decided against bringing the drama back for year three.",
            {(3, "canceled")},
        ),
        ("The limited series Glass Harbor ends after one season, as planned.", {(1, "ended")}),
    ],
)
def test_declined_and_decided_against(extractor, sentence: str, want) -> None:
    got = statuses(extractor, f"Glass Harbor news\n\n{sentence}")
    assert got == {triple("Glass Harbor", n, st) for n, st in want}


def test_actors_each_with_an_as_aside_in_a_played_by_list(nlp) -> None:
    got = cast_pairs(
        nlp,
        "Lark Lane is over. Laura's parents were played by Brendan Cole, as the stonemason "
        "Robert Timms, and Claudia Blake, as Emma Timms.",
    )
    assert got == {("Brendan Cole", "Robert Timms"), ("Claudia Blake", "Emma Timms")}


def test_a_lists_joint_is_no_part_of_a_role(nlp) -> None:
    got = cast_pairs(
        nlp,
        "The Squad returns. Scott Foy is Bob Brown, Max Martin plays Mack Gerhard, and "
        "Charles Gray, played by Michael Irvin, completes the squad.",
    )
    assert not [p for p in got if p[1].startswith("and ")]
    assert ("Max Martin", "Mack Gerhard") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Dennis Hays heads the cast as Jonas Blane, the sergeant major.",
        "Mark Vallee led the cast as Christopher Chance, the protector for hire.",
    ],
)
def test_heading_the_cast_as_a_role(nlp, sentence: str) -> None:
    got = cast_pairs(nlp, f"The Squad returns. {sentence}")
    assert len(got) == 1 and next(iter(got))[1] in ("Jonas Blane", "Christopher Chance")


def test_a_british_series_by_its_roman_numeral(extractor) -> None:
    from knowsofar.extract.seasons import find_seasons

    text = (
        "Blue Moon Series III: A New Face for the Ship's Computer\n\n"
        "When Blue Moon returns to BBC Two for its third series, two characters will be "
        "played by new performers. Series III has been written, as before, by the pair "
        "behind the show."
    )
    assert set(shows_of(extractor, text)) == {"Blue Moon"}
    assert [r.numbers for r in find_seasons("Series III has been written.")] == [(3,)]
    assert find_seasons("It was season I think, or maybe not.") == []
    assert find_seasons("He played Henry VIII in a film.") == []


def test_a_renewal_taken_back(extractor) -> None:
    text = (
        "Showtime reverses course on Glass Harbor\n\nShowtime had handed Glass Harbor a "
        "second season in the spring. Showtime has taken back its renewal of Glass Harbor."
    )
    got = statuses(extractor, text, published="2020-09-02")
    assert triple("Glass Harbor", 2, "canceled") in got
    assert triple("Glass Harbor", 2, "renewed") not in got


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Glass Harbor won't get its second season after all.", {(2, "canceled")}),
        ("Glass Harbor will not go forward after two seasons, Showtime said.", {(3, "canceled")}),
    ],
)
def test_after_all_and_not_going_forward(extractor, sentence: str, want) -> None:
    got = statuses(extractor, f"Glass Harbor news\n\n{sentence}")
    assert got == {triple("Glass Harbor", n, st) for n, st in want}


def test_getting_a_season_after_all_is_no_cancellation(extractor) -> None:
    got = statuses(
        extractor, "Glass Harbor news\n\nGlass Harbor will get its second season after all."
    )
    assert not [x for x in got if x[2] == "canceled"]


def test_the_name_after_an_ampersand_is_never_the_title_alone(extractor) -> None:
    text = (
        "Rizzo & Vance Season 2: Justin Wale Takes Over as Jimmy Oldman\n\n"
        "The Daily Planet has a new photographer. Justin Wale will play him when Rizzo & "
        "Vance: The Case Files returns for its second season on ABC this fall.\n\n"
        "Teri Hatch returns as Lois Lane, and Dean Caine is back as Max Vance, the farm boy. "
        "Vance's parents are played by K Callan and Eddie Jonas as Martha Vance and Jonathan "
        "Vance."
    )
    assert "Vance" not in shows_of(extractor, text)


def test_a_month_with_its_preposition_is_no_show(extractor) -> None:
    text = (
        "Netflix reverses course on Glass Harbor\n\n"
        "Netflix renewed Glass Harbor for a second season in August. In January, the "
        "streamer canceled the show instead."
    )
    assert set(shows_of(extractor, text)) == {"Glass Harbor"}
