"""Session 5: phrasings found missing after batch 12 (sentences and shows invented)."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs, shows_of, statuses, triple


def test_brought_in_takes_the_actor_as_its_object(nlp) -> None:
    text = (
        "Apple TV+ Renews Mariner Lane for Season 3\n\n"
        "Apple TV+ has renewed Mariner Lane for a third season. For the new episodes the "
        "producers brought in Sam Ortega as Jonah Vale, and Nia Brooks was brought on as "
        "Tess Vale."
    )
    assert cast_pairs(nlp, text) == {
        ("Sam Ortega", "Jonah Vale"),
        ("Nia Brooks", "Tess Vale"),
    }


def test_starred_in_a_show_as_a_role_still_names_the_show(nlp) -> None:
    text = (
        "Apple TV+ Renews Mariner Lane for Season 3\n\n"
        "Apple TV+ has renewed Mariner Lane for a third season. Its lead, Dana Fuller, "
        "starred in Copper Bay as Iris Kent before joining the series."
    )
    assert ("Dana Fuller", "Iris Kent") not in cast_pairs(nlp, text)


def test_the_name_a_headline_and_its_body_share_when_nothing_else_names_a_show(
    extractor,
) -> None:
    text = (
        "Harbor Network Sets the End Date for Harbor of Ghosts: Season 4 Is the Last\n\n"
        "The long drive is nearly over. The channel has announced that Harbor of Ghosts, "
        "the first offshoot of its trucking saga, will finish with a fourth season of eight "
        "episodes next year."
    )
    assert list(shows_of(extractor, text)) == ["Harbor of Ghosts"]


def test_no_show_from_a_headline_name_that_the_body_only_uses_as_a_place(extractor) -> None:
    text = (
        "A Weekend in Cedar Falls: Where to Eat\n\n"
        "Cedar Falls has three new bakeries this season, and the best of them opens at dawn."
    )
    assert shows_of(extractor, text) == {}


SCORECARD = "\n\n".join(
    [
        "Renewed or Canceled? Where Every Peacock Original Stands",
        "We checked the status of the streamer's scripted originals. Here is the scorecard.",
        (
            "CANCELED: Paper Crowns\nThe revival of the 1990s school comedy was scrapped in "
            "May after two seasons. Ana Sol returned as Ivy Reyes."
        ),
        (
            "CANCELED: Quiet as Snow\nThe Lisbon reimagining of the British drama won't "
            "return for a second season. Tom Vale played Ned Hart."
        ),
        (
            "RENEWED: Wolf at the Door\nThe offbeat romance got the opposite news: Peacock "
            "gave the show a second season. Jon Pell plays Gary Lutz."
        ),
    ]
)


def test_a_scorecards_verdict_labels_are_not_part_of_the_titles(extractor) -> None:
    assert set(shows_of(extractor, SCORECARD)) == {
        "Paper Crowns",
        "Quiet as Snow",
        "Wolf at the Door",
    }
    assert {
        triple("Paper Crowns", 3, "canceled"),
        triple("Quiet as Snow", 2, "canceled"),
        triple("Wolf at the Door", 2, "renewed"),
    } <= statuses(extractor, SCORECARD)


def test_a_place_before_a_noun_after_the_is_no_show(extractor) -> None:
    text = (
        "Peacock Cancels Quiet Snow\n\n"
        "Peacock has canceled Quiet Snow. The Lisbon reimagining of the British drama, "
        "which arrived in June, won't return for a second season."
    )
    assert list(shows_of(extractor, text)) == ["Quiet Snow"]


def test_a_one_word_subtitle_of_a_decided_on_name_stays_in_the_title(extractor) -> None:
    text = (
        "Netflix Hands Norsemen: Valhalla Two More Seasons\n\n"
        "Netflix has renewed Norsemen: Valhalla for a second and a third season, weeks "
        "after its first episodes arrived. The original Norsemen ran for six seasons, and "
        "the Norsemen of the sequel live a century later."
    )
    assert {
        triple("Norsemen: Valhalla", 2, "renewed"),
        triple("Norsemen: Valhalla", 3, "renewed"),
    } <= statuses(extractor, text)


def test_a_headline_question_about_a_show_the_body_never_names_again(extractor) -> None:
    text = (
        "Will There Be a Harbor Nine! Season 3? Apple Hasn't Decided Yet\n\n"
        "Fans of Apple TV+'s musical parody want to know whether there will be a third "
        "season. Apple has not renewed the comedy, and it has not canceled it. Any pickup is "
        "likely to depend on the streamer's appetite for a pricey, niche show."
    )
    assert list(shows_of(extractor, text)) == ["Harbor Nine"]
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "pending")}


def test_any_pickup_is_no_renewal(extractor) -> None:
    text = (
        "Harbor Nine has not been renewed for a third season. Any renewal is likely to "
        "depend on the ratings of the finale."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "pending")}


def test_a_show_that_will_not_return_for_a_third_run(extractor) -> None:
    text = (
        "Channel 4 Axes Glass Harbor: No Third Series for Cult Thriller\n\n"
        "Channel 4 has confirmed that Glass Harbor will not return for a third run, shortly "
        "after the second series ended on a cliffhanger."
    )
    assert list(shows_of(extractor, text)) == ["Glass Harbor"]
    assert statuses(extractor, text) == {triple("Glass Harbor", 3, "canceled")}


def test_a_one_word_show_that_finds_a_new_home_in_a_title_case_headline(extractor) -> None:
    text = (
        "Unmatched Finds a New Home: Showtime Picks Up the Comedy for Season 2\n\n"
        "Two months after Netflix let it go, Unmatched has landed on its feet. Showtime has "
        "picked up the romantic comedy for a second season."
    )
    assert list(shows_of(extractor, text)) == ["Unmatched"]
    assert triple("Unmatched", 2, "renewed") in statuses(extractor, text)


_CANCELED = "Netflix Cancels Glass Harbor\n\nNetflix has canceled Glass Harbor after one season. "


@pytest.mark.parametrize(
    ("sentence", "premiere"),
    [
        (
            "Netflix released all eight episodes of the first season on July 29, 2022, and "
            "said in January that it would not continue.",
            "2022-07-29",
        ),
        ("The show first previewed on January 7, 2020, before its Sunday slot.", "2020-01-07"),
        ("The series first opened on July 16, 2021, with Ann Lee as Mary Doe.", "2021-07-16"),
        ("The series went up on the service on February 14, 2020.", "2020-02-14"),
        (
            "Ann Lee, who has guided the show since it debuted on June 23, 2011, will oversee "
            "the farewell.",
            "2011-06-23",
        ),
        ("It was handed a second season within weeks of its June debut.", "2022-06"),
        # still to come, or someone else's release: no premiere
        ("The series will premiere its last episodes on March 3.", None),
        ("Netflix released a trailer on July 29, 2022.", None),
    ],
)
def test_premiere_phrasings(extractor, sentence: str, premiere: str | None) -> None:
    shows = shows_of(extractor, _CANCELED + sentence, published="2022-12-16")
    assert shows["Glass Harbor"]["premiere"] == premiere


def test_a_year_after_a_month_and_day_is_no_show(extractor) -> None:
    text = _CANCELED + "The series first opened on July 16, 2021, with Ann Lee as Mary Doe."
    assert list(shows_of(extractor, text)) == ["Glass Harbor"]


def test_a_possessive_opening_a_headline_before_its_season_is_the_titles(extractor) -> None:
    text = (
        "Our Quiet Harbors Season 2: The Story, the Cast and the Wait for a Date\n\n"
        "The BBC One fantasy is heading for a new world. Here is what has been confirmed so "
        "far about the second run of the adaptation.\n\n"
        "The first season began on BBC One on 3 November 2019."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Our Quiet Harbors"]
    assert shows["Our Quiet Harbors"]["network"] == "BBC One"


def test_a_subtitled_headline_title_over_a_body_that_uses_the_short_form(extractor) -> None:
    text = (
        "Glimmer: The Last Lantern Season 2 - What We Know About the Sequel\n\n"
        "Netflix's live-action take on the cartoon is not done yet. Within weeks of the "
        "premiere, the streamer greenlit a second season, which brings the young Glimmer "
        "to the mountain city."
    )
    assert list(shows_of(extractor, text)) == ["Glimmer: The Last Lantern"]


def test_a_headline_fragment_before_season_is_no_show_when_the_body_names_one(
    extractor,
) -> None:
    text = (
        "Glass Harbor Canceled After a Single Season at Fox\n\n"
        "Fox has canceled Glass Harbor after a single season, the network said on Monday."
    )
    assert list(shows_of(extractor, text)) == ["Glass Harbor"]


def test_a_count_of_seasons_with_their_episode_length(extractor) -> None:
    text = (
        "ABC has canceled Glass Harbor, ending it after a single 13-episode season. Its "
        "rival, Mill Pond, is out after two ten-episode seasons."
    )
    assert statuses(extractor, text) == {triple("Glass Harbor", 2, "canceled")}


def test_neither_renewed_nor_canceled_is_pending(extractor) -> None:
    text = (
        "Is Glass Harbor Coming Back? The Status of Season 4 on FXX\n\n"
        "The answer, for now, is that nobody knows: FXX has neither renewed Glass Harbor "
        "for a fourth season nor canceled it."
    )
    assert statuses(extractor, text) == {triple("Glass Harbor", 4, "pending")}


def test_a_network_orders_season_n_and_a_character_named_show_has_a_season(extractor) -> None:
    text = (
        "Harbor Queen Packs Her Mallet: HBO Max Orders Season 3 of the Animated Comedy\n\n"
        "Harbor Queen has a third season, and a new address to go with it."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Harbor Queen"]
    assert shows["Harbor Queen"]["network"] == "HBO Max"
    assert statuses(extractor, text) == {triple("Harbor Queen", 3, "renewed")}


VERDICTS = (
    "ABC Clears the Decks: Three Shows Gone, One Survives\n\n"
    "Here is where each title landed. Related lines aside, this is ABC's list.\n\n"
    "Glass Harbor, Inc.\n"
    "Verdict: scrapped. The gentle fantasy, which debuted last October, followed Kevin "
    "Finn (Jason Ritter), a former finance worker who moves in with his sister.\n\n"
    "The Crossing Point\n"
    "Verdict: no second season. The mystery about refugees who wash ashore in a small "
    "fishing town struggled from its April launch.\n\n"
    "How to Lose a Lawyer\n"
    "Verdict: coming back. The legal drama has been granted a fifth season by ABC.\n\n"
    "Related: Fox and NBC unveil their fall grids\n"
)


def test_a_roundup_with_verdict_lines_under_each_show(extractor) -> None:
    shows = shows_of(extractor, VERDICTS)
    assert set(shows) == {"Glass Harbor, Inc", "The Crossing Point", "How to Lose a Lawyer"}
    assert "Verdict" not in shows
    assert {
        triple("The Crossing Point", 2, "canceled"),
        triple("How to Lose a Lawyer", 5, "renewed"),
    } <= statuses(extractor, VERDICTS)
    # the one network the article names (a link line's networks aside) is every show's
    assert {s["network"] for s in shows.values()} == {"ABC"}


PARAGRAPHS = (
    "The Lantern Channel This Fall: Two Goodbyes and One Sophomore\n\n"
    "October 4, 2018\n\n"
    "Glass Harbor is entering its fourth season, and it is the last one. Ann Lee stars as "
    "Rita Bunch, a lawyer in a small town.\n\n"
    "Mona the Brave will also sign off, though viewers must wait for it. The telenovela "
    "homage was handed a fifth and final season in the spring. Gina Cole leads as Mona "
    "Vega. The series first aired in 2014.\n\n"
    "Copper Bolt, in contrast, is just getting going. The drama about a retired vigilante "
    "came back for a second season after its January debut. Cal Ray plays Jeff Pike."
)


def test_a_roundup_with_a_paragraph_opening_on_each_show(extractor) -> None:
    assert statuses(extractor, PARAGRAPHS) == {
        triple("Glass Harbor", 4, "ended"),
        triple("Mona the Brave", 5, "ended"),
        triple("Copper Bolt", 2, "renewed"),
    }
    pairs = {(t, c["actor"]) for t, s in shows_of(extractor, PARAGRAPHS).items() for c in s["cast"]}
    assert pairs == {
        ("Glass Harbor", "Ann Lee"),
        ("Mona the Brave", "Gina Cole"),
        ("Copper Bolt", "Cal Ray"),
    }


def test_a_paragraph_opening_on_an_actor_is_no_show(extractor) -> None:
    text = (
        "HBO Renews Glass Harbor for a Second Season\n\n"
        "HBO has renewed Glass Harbor for a second season.\n\n"
        "Reese Whitfield will reprise her role as Mara Lane, and Nora Hale returns as Celeste "
        "Ward, whose marriage was the first season's darkest thread."
    )
    assert list(shows_of(extractor, text)) == ["Glass Harbor"]


def test_a_year_is_no_show_unless_the_article_gives_it_seasons(extractor) -> None:
    text = (
        "NBC Brings Back Glass Harbor for a Fifth and Final Season\n\n"
        "The tattooed mystery that launched NBC's 2015 fall season is coming back one more "
        "time. The network has renewed Glass Harbor for a shortened fifth season. Jane Doe "
        "stars as Mara Lane."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Glass Harbor"]
    assert triple("Glass Harbor", 5, "ended") in statuses(extractor, text)


def test_a_headline_connector_before_the_season_ends_no_title(extractor) -> None:
    text = (
        "Harbor Will Close the Case With Season 7 at Prime Video\n\n"
        "Harry Harbor is getting one more stretch of night shifts. Amazon has handed its "
        "longest-running drama a seventh season and made clear that it will be the last."
    )
    assert not [t for t in shows_of(extractor, text) if t.startswith("Close the Case")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HBO Sets Glass Harbor Finale\n\nThe network has confirmed that the sixth season "
            "of Glass Harbor, due this fall, will be the show's last.",
            {("Glass Harbor", 6, "ended")},
        ),
        (
            "Is Glass Harbor Coming Back?\n\nShowtime has neither ordered a fourth season of "
            "Glass Harbor nor closed the door on one.",
            {("Glass Harbor", 4, "pending")},
        ),
        (
            "Showtime Cancels Glass Harbor\n\nThe premium network will not go ahead with a "
            "third season of Glass Harbor, ending the show after two.",
            {("Glass Harbor", 3, "canceled")},
        ),
        (
            "Showtime and Glass Harbor\n\nShowtime has not yet decided whether it will go "
            "ahead with a third season of Glass Harbor.",
            {("Glass Harbor", 3, "pending")},
        ),
    ],
)
def test_final_pending_and_canceled_phrasings(extractor, text: str, expected: set) -> None:
    assert statuses(extractor, text) == {triple(*t) for t in expected}


def test_a_list_of_three_ordinal_seasons() -> None:
    from knowsofar.extract.seasons import find_seasons

    (ref,) = find_seasons("picking up its eighth, ninth and tenth seasons in one deal")
    assert ref.numbers == (8, 9, 10)


HEADINGS = (
    "ABC Clears the Decks: Glass Harbor Is Done; Agents of H.A.R.B.O.R. Survives\n\n"
    "May 16, 2017\n\n"
    "Here is the network's verdict show by show.\n\n"
    "Glass Harbor\n\n"
    "The multicamera sitcom is finished after two seasons. Ken Joon, a licensed physician "
    "before comedy took over his life, played Ken Park, a short-tempered doctor at an HMO, "
    "with Suzy Nara as his wife Allison Park.\n\n"
    "Agents of H.A.R.B.O.R.\n\n"
    "Coulson's team lives on. The Marvel drama has been renewed for a fifth season. Clark "
    "Gregson leads as Phil Coulson."
)


def test_an_initialism_title_alone_on_its_heading_line(extractor) -> None:
    shows = shows_of(extractor, HEADINGS)
    assert set(shows) == {"Glass Harbor", "Agents of H.A.R.B.O.R"}
    assert statuses(extractor, HEADINGS) == {
        triple("Glass Harbor", 3, "canceled"),
        triple("Agents of H.A.R.B.O.R", 5, "renewed"),
    }


THREE_SECTIONS = (
    "CBS Clears Out Three Shows Before Its Upfront\n\n"
    "May 17, 2017\n\n"
    "CBS walked into its presentation to advertisers this week with a leaner schedule than "
    "many expected. Here is where each one stands.\n\n"
    "3 Broke Sisters\n"
    "The biggest surprise of the week. The Brooklyn-set sitcom about two waitresses will not "
    "return for a seventh season. Kat Dane starred as Max Black.\n\n"
    "Pure Ingenuity\n"
    "No second season for the hospital drama, whose episode order had been trimmed back in "
    "the fall. Augustus Prewitt played James Bell.\n\n"
    "Harbor Patrol: Los Angeles\n"
    "Not everything went out the door. The spinoff was renewed for a ninth season earlier "
    "this spring. Chris Donnell plays G. Callen."
)


def test_three_plain_section_headings_over_paragraphs_about_shows(extractor) -> None:
    assert statuses(extractor, THREE_SECTIONS) == {
        triple("3 Broke Sisters", 7, "canceled"),
        triple("Pure Ingenuity", 2, "canceled"),
        triple("Harbor Patrol: Los Angeles", 9, "renewed"),
    }


def test_plain_headings_over_paragraphs_that_never_talk_of_shows_are_no_sections(
    extractor,
) -> None:
    text = (
        "Three Dinners Worth the Drive\n\n"
        "We ate our way along the coast this spring. Here is where each one stands.\n\n"
        "Harbor Grill\n"
        "The crab cakes were the best we had all year, and the patio looks over the water.\n\n"
        "Blue Anchor\n"
        "A tiny room with eight tables, a chalkboard menu and a very good lemon tart.\n\n"
        "Salt House\n"
        "Come for the oysters, stay for the view; the bar stays open until midnight."
    )
    assert shows_of(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "USA Ends Glass Harbor\n\nUSA Network has renewed Glass Harbor for a ninth season, "
            "and it will be the legal drama's last.",
            {("Glass Harbor", 9, "ended")},
        ),
        (
            "Fox Ends Glass Harbor\n\nGlass Harbor has been picked up for a twelfth season, and "
            "the network says that run will be the show's last.",
            {("Glass Harbor", 12, "ended")},
        ),
        (
            "Is Glass Harbor Coming Back?\n\nNetflix has made no announcement about a second "
            "season of Glass Harbor. Social media has been flooded with pleas for a renewal.",
            {("Glass Harbor", 2, "pending")},
        ),
        (
            "Fox Drops Glass Harbor\n\nThe network has declined to order a second season of "
            "Glass Harbor, its precog thriller.",
            set(),
        ),
    ],
)
def test_final_runs_fan_pleas_and_declined_orders(extractor, text: str, expected: set) -> None:
    got = statuses(extractor, text)
    assert {t for t in got if t[2] != "canceled"} == {triple(*t) for t in expected}


def test_a_lead_word_opening_a_headline_before_its_season_is_the_titles(extractor) -> None:
    text = (
        "One Harbor Season 2: Everything We Know About the Crew's Return\n\n"
        "Here is what has been confirmed about where the crew goes next.\n\n"
        "Is One Harbor coming back?\nYes. Netflix confirmed in September that a second "
        "season is on the way."
    )
    assert list(shows_of(extractor, text)) == ["One Harbor"]


def test_a_question_headline_keeps_its_question_word_out_of_the_title(extractor) -> None:
    text = (
        "Will Glass Harbor Season 4 Happen?\n\n"
        "Glass Harbor has not been renewed for a fourth season yet, and NBC has said nothing."
    )
    assert list(shows_of(extractor, text)) == ["Glass Harbor"]


def test_a_one_word_show_the_headline_names_and_the_body_repeats(extractor) -> None:
    text = (
        "Fox Renews Harborside for a Fifth and Final Season\n\n"
        "The network has confirmed the drama will return one more time. Fans of Harborside "
        "have waited months, and the final run of Harborside will have ten episodes, the "
        "network said."
    )
    assert list(shows_of(extractor, text)) == ["Harborside"]


def test_a_network_the_headline_and_body_share_is_no_show(extractor) -> None:
    text = (
        "CMT Picks Up a Country Drama for Season 5\n\n"
        "The season was announced by CMT on Friday, and CMT says more news will follow."
    )
    assert shows_of(extractor, text) == {}


CAPITAL_VERDICTS = (
    "Fox Clears House: Glass Harbor and Dads Are Done, Mill Pond Returns\n\n"
    "May 14, 2014\n\n"
    "Here is where a handful of the network's recent shows stand.\n\n"
    "DADS: CANCELED\n\n"
    "The multi-camera comedy has been dropped after a single season. Seth Gren starred as "
    "Eli Sachs.\n\n"
    "GLASS HARBOR: CANCELED\n\n"
    "The military comedy has been scrapped with no second season. Geoff Stolz played Pete "
    "Hill.\n\n"
    "MILL POND: RENEWED\n\n"
    "The comedy was picked up for a third season. Chelsea Hand plays Chelsea Newman."
)


def test_headings_in_capitals_with_their_verdict(extractor) -> None:
    shows = shows_of(extractor, CAPITAL_VERDICTS)
    assert {t.casefold() for t in shows} == {"dads", "glass harbor", "mill pond"}
    pairs = {(t.casefold(), c["actor"]) for t, s in shows.items() for c in s["cast"]}
    assert ("glass harbor", "Geoff Stolz") in pairs
    assert ("dads", "Geoff Stolz") not in pairs


def test_a_job_title_before_a_name_and_a_month_and_year_are_no_shows(extractor) -> None:
    text = (
        "ITV Renews Glass Harbor for a Ninth Series\n\n"
        "ITV has renewed Glass Harbor for a ninth series. Writer Russell Lane, who has "
        "scripted every episode, will return. The mystery, which began in September 2012, "
        "with Aidan Quill as Thomas Gregg, stays on Sundays."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Glass Harbor"]


def test_nothing_about_a_season_has_been_confirmed_is_no_renewal(extractor) -> None:
    text = (
        "Glass Harbor Season 3: Hulu Has Not Decided\n\n"
        "Hulu has not said whether Glass Harbor gets a third season. For now, though, "
        "nothing about a third season has been confirmed by Hulu or by the producers."
    )
    assert statuses(extractor, text) == {triple("Glass Harbor", 3, "pending")}
