"""Session 12: phrasings found missing by our own probes (sentences and shows invented)."""

from __future__ import annotations

import pytest
from extract_helpers import shows_of, statuses, triple


def test_a_lead_counting_the_sections_decides_for_each_section(extractor) -> None:
    text = (
        "Fox Clears Out Its Rookies\n\n"
        "By Jo Lee | May 14, 2019\n\n"
        "Three series that launched this season have been axed, and none of them gets a "
        "second year. Here is where each one stood.\n\n"
        "Mona's\n\n"
        "The backyard sitcom premiered in March and never found a crowd. Dana Reyes played "
        "Mona, a retired boxer.\n\n"
        "Harbor Nine\n\n"
        "This thriller bowed in February. The ratings slid after a fair start.\n\n"
        "Copper Kettle\n\n"
        "Sam Hale produced this family comedy, which spent its run in a tough slot. It "
        "followed a mother of three."
    )
    assert statuses(extractor, text) == {
        triple("Mona's", 2, "canceled"),
        triple("Harbor Nine", 2, "canceled"),
        triple("Copper Kettle", 2, "canceled"),
    }


def test_a_lead_whose_count_is_not_the_number_of_sections_decides_for_none(extractor) -> None:
    text = (
        "Fox Sorts Its Lineup\n\n"
        "By Jo Lee | May 14, 2019\n\n"
        "Two series that launched this season have been axed, and neither gets a second "
        "year. Here is the rest of the schedule.\n\n"
        "Mona's\n\n"
        "The backyard sitcom premiered in March.\n\n"
        "Harbor Nine\n\n"
        "This thriller bowed in February.\n\n"
        "Copper Kettle\n\n"
        "The family comedy spent its run in a tough slot."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Nine", 2, "canceled") not in got
    assert triple("Copper Kettle", 2, "canceled") not in got


def test_a_title_ending_in_a_possessive_keeps_it_as_a_heading(extractor) -> None:
    text = (
        "NBC's three comedies, judged\n\n"
        "Mona's\n\n"
        "The backyard sitcom is canceled after one season.\n\n"
        "Harbor Nine\n\n"
        "The comedy will be back for a third season."
    )
    assert "Mona's" in shows_of(extractor, text)
    assert triple("Mona's", 2, "canceled") in statuses(extractor, text)


def test_a_renewal_list_is_no_renewal(extractor) -> None:
    text = (
        "Harbor Nine Canceled\n\n"
        "NBC has canceled Harbor Nine after one season. The network's renewal list, by "
        "contrast, leans on veterans."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


@pytest.mark.parametrize(
    ("sentence", "season"),
    [
        ("Harbor Nine will also close with its fifth season on Showtime.", 5),
        ("Harbor Nine, the British comedy, is wrapping up with its fourth series.", 4),
        ("Harbor Nine, finally, will bow out on Comedy Central after its fifth season.", 5),
        ("Harbor Nine, however, will end with its fifth season.", 5),
    ],
)
def test_ending_phrasings_with_a_word_or_a_network_between(extractor, sentence, season) -> None:
    text = f"Four series saying goodbye\n\n{sentence} The show began as a web series."
    assert statuses(extractor, text) == {triple("Harbor Nine", season, "ended")}


def test_a_show_on_a_network_since_a_date_premiered_then(extractor) -> None:
    text = (
        "Four series saying goodbye\n\n"
        "Harbor Nine, the kaleidoscopic drama, has been on FX since February 2017, and its "
        "third season will be its final one."
    )
    assert shows_of(extractor, text)["Harbor Nine"]["premiere"] == "2017-02"
    person = (
        "Harbor Nine renewed\n\n"
        "FX has renewed Harbor Nine for a third season. Jane Doe, its star, has been on "
        "the air since 2009 in one show or another."
    )
    assert shows_of(extractor, person)["Harbor Nine"].get("premiere") is None


def test_shows_cut_or_run_out_in_a_streamer_roundup(extractor) -> None:
    text = (
        "Netflix's short-lived originals\n\n"
        "Here is a look at the recent casualties.\n\n"
        "Copper Kettle was cut last June, less than three months after it arrived. The "
        "comedy was loosely based on the rise of a fashion seller.\n\n"
        "Harbor Nine ran for two seasons before Netflix passed on a third last fall. The "
        "surreal comedy starred Jane Doe."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Nine", 3, "canceled") in got
    assert triple("Copper Kettle", 2, "canceled") in got


def test_an_ordinal_with_its_noun_left_out_before_a_time() -> None:
    from knowsofar.extract.seasons import find_seasons

    assert [r.numbers for r in find_seasons("Netflix passed on a third last fall.")] == [(3,)]
    assert find_seasons("Netflix passed on a third of the scripts.") == []


def test_a_time_slot_is_no_decision_date() -> None:
    from knowsofar.extract.dates import find_dates

    assert find_dates("will put it on Friday nights next to", "1997-06-02") == []
    assert [d.value for d in find_dates("announced on Friday", "1997-06-02")] == ["1997-05-30"]


def test_a_move_between_networks_is_a_renewal(extractor) -> None:
    text = (
        "Moving day for the family sitcom\n\n"
        "By Jo Lee | June 2, 1997\n\n"
        "HARBOR NINE (CBS)\n\n"
        "ABC is done with the blended-family comedy after six seasons, but the families are "
        "not going anywhere. CBS has picked up Harbor Nine for a seventh season and will put "
        "it on Friday nights.\n\n"
        "COPPER KETTLE (NBC)\n\n"
        "NBC has let Copper Kettle go after two seasons."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Nine", 7, "renewed") in got
    assert triple("Harbor Nine", 7, "canceled") not in got


def test_a_word_title_closed_by_its_network_and_students_who_are_freshmen(extractor) -> None:
    text = (
        "Fox closes the books on Unenrolled\n\n"
        "Jo Lee's college comedy will not return for a second season\n\n"
        "By Sam Hale | May 20, 2002\n\n"
        "Unenrolled will not be part of Fox's fall lineup. The network has declined to renew "
        "the college sitcom, ending a run that lasted a single season.\n\n"
        "The half-hour premiered in September 2001 and followed a group of freshmen in their "
        "first year. Its creator's earlier series, Harbor Nine, had been cut short on "
        "another network two years before. Unenrolled has now gone the same way.\n\n"
        "None of the new comedies will land in the slot Unenrolled occupied."
    )
    got = statuses(extractor, text)
    assert triple("Unenrolled", 2, "canceled") in got
    assert not any(t == "harbor nine" for t, _, _ in got)


def test_a_networks_block_is_no_show_and_a_hero_is_not_the_show(extractor) -> None:
    text = (
        "Captain Vale's last stand: the fifth season will close the story\n\n"
        "By Jo Lee | February 27, 2017\n\n"
        "The fifth season of the animated series, coming this spring to Adult Swim's Nightcap "
        "block, is the concluding chapter of the story.\n\n"
        "For anyone who missed it: Captain Vale first aired on Cartoon Network in August "
        "2001.\n\n"
        "Sam Hale once again voices Vale, and Dana Reyes voices the demon Orm."
    )
    got = shows_of(extractor, text)
    assert "Nightcap" not in got
    assert got["Captain Vale"]["premiere"] == "2001-08"
    assert {(c["actor"], c["character"]) for c in got["Captain Vale"]["cast"]} >= {
        ("Sam Hale", "Vale")
    }


def test_furniture_about_renewals_is_no_renewal(extractor) -> None:
    text = (
        "Will Harbor Nine get a season 2? NBC's drama is still waiting on a verdict\n\n"
        "By Jo Lee | April 18, 2018\n\n"
        "Three months after its finale, Harbor Nine is still in limbo.\n\n"
        "Follow our renewal tracker for every bubble show still waiting.\n\n"
        "Jo Lee covers network television and the annual renewal scramble."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "pending")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBC ordered a third and a fourth series of Blue Harbor.",
        "The broadcaster ordered a third and a fourth run of Blue Harbor.",
        "Blue Harbor, which has just finished its second outing on BBC One, already has two "
        "further series in the bag: the broadcaster ordered a third and a fourth run together.",
    ],
)
def test_two_seasons_ordered_at_once(extractor, sentence) -> None:
    text = f"Blue Harbor renewed\n\n{sentence}"
    assert statuses(extractor, text) == {
        triple("Blue Harbor", 3, "renewed"),
        triple("Blue Harbor", 4, "renewed"),
    }


def test_a_closing_line_about_other_freshmen_does_not_number_a_cut(extractor) -> None:
    text = (
        "Upfronts 2006: Harbor Nine and the freshman shows that won't be back\n\n"
        "By Jo Lee | May 26, 2006\n\n"
        "The schedules are out. Here is who each network let go.\n\n"
        "ABC. The network scrapped Harbor Nine, the family sitcom built around Sam Hale.\n\n"
        "NBC. The peacock is done with Copper Kettle, its thriller, after one season.\n\n"
        "Not every new show was shown the door. Several freshmen got a second year."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Nine", 2, "canceled") in got
    assert triple("Copper Kettle", 2, "canceled") in got


def test_a_network_which_axed_the_show_by_its_kind_with_the_run_counted_before(
    extractor,
) -> None:
    text = (
        "CBS sets its fall lineup: four shows shown the door\n\n"
        "May 20, 2010\n\n"
        "Here is how four of them fared.\n\n"
        "Cold Harbor\n\n"
        "Seven seasons of reopened murders are enough for CBS, which has axed the Sunday "
        "procedural. Jane Doe starred as Lilly Rush, the detective.\n\n"
        "Copper Kettle\n\n"
        "The divorced-dad sitcom stops at two seasons. Sam Hale played Gary Brooks.\n\n"
        "Tin Star\n\n"
        "The supernatural drama will not come back for a sixth season."
    )
    got = statuses(extractor, text)
    assert triple("Cold Harbor", 8, "canceled") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Friday comedy is also done, with no second season coming.", True),
        ("No second season is coming.", True),
        ("The Friday comedy ended its run, with no second season announced yet.", False),
        ("No second season is coming yet, the network says.", False),
    ],
)
def test_no_season_coming(extractor, sentence, expected) -> None:
    text = f"Renewed or canceled\n\nHarbor Nine (ABC). {sentence} Jane Doe played Reba."
    assert (triple("Harbor Nine", 2, "canceled") in statuses(extractor, text)) is expected


def test_a_count_spelt_out_as_ordinals_and_a_season_called_off(extractor) -> None:
    from knowsofar.extract.seasons import find_seasons

    refs = find_seasons("ABC renewed it for two more seasons, a fifth and a sixth.")
    assert [r.numbers for r in refs] == [(5, 6)]
    text = (
        "Harbor Nine season 2: what we know\n\n"
        "Within weeks of the first season's premiere, the streamer greenlit two more seasons "
        "at once, a second and a third, which gives the producers room."
    )
    assert statuses(extractor, text) == {
        triple("Harbor Nine", 2, "renewed"),
        triple("Harbor Nine", 3, "renewed"),
    }
    text = (
        "Harbor Nine won't get its farewell season after all\n\n"
        "Prime Video has called off the short second season of Harbor Nine that it had "
        "promised back in March."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


def test_a_modal_inside_the_subject_does_not_hedge_the_decision(extractor) -> None:
    text = (
        "Netflix cancellations\n\n"
        "Harbor Nine\n\n"
        "The thriller about a preacher whose followers believe he may be the messiah was "
        "canceled after one season in March. It premiered on January 1, 2020.\n\n"
        "Copper Kettle\n\n"
        "The comedy was canceled after two seasons."
    )
    assert triple("Harbor Nine", 2, "canceled") in statuses(extractor, text)
    hedged = "Netflix cancellations\n\nHarbor Nine may yet be canceled after one season."
    assert statuses(extractor, hedged) == set()


def test_nothing_decided_under_a_season_question_is_pending(extractor) -> None:
    text = (
        "Harbor Nine Season 3: Everything We Know So Far\n\n"
        "Netflix has renewed Harbor Nine for a third season.\n\n"
        "Will there be a fourth season?\n\n"
        "Nothing has been decided. Netflix usually waits for viewing figures."
    )
    assert statuses(extractor, text) == {
        triple("Harbor Nine", 3, "renewed"),
        triple("Harbor Nine", 4, "pending"),
    }


def test_a_related_link_about_another_shows_season_does_not_air_ours(extractor) -> None:
    text = (
        "Will Harbor Nine get a season 2 on ABC?\n\n"
        "By Jo Lee | April 14, 2020\n\n"
        "ABC has not yet decided on a second season of Harbor Nine, and for now the series "
        "sits on the bubble.\n\n"
        "Related: Copper Kettle season 2 finale recap\n\n"
        "Jane Doe plays Dex Parios, a Marine veteran turned private investigator."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "pending")}


@pytest.mark.parametrize(
    "sentence",
    [
        "HBO has neither ordered a second season of Harbor Nine nor ruled one out.",
        "The question hanging over Harbor Nine is simple. No second season has been ordered, "
        "and none has been ruled out.",
    ],
)
def test_no_order_and_nothing_ruled_out_is_pending(extractor, sentence) -> None:
    text = f"Will there be more Harbor Nine?\n\n{sentence}"
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "pending")}


def test_more_link_lines_name_other_stories(extractor) -> None:
    text = (
        "Netflix renews Harbor Nine for a third season\n\n"
        "Netflix has renewed Harbor Nine for a third season.\n\n"
        "You may also like: Copper Kettle canceled after two seasons\n\n"
        "Related stories: Tin Star renewed for season 4"
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "renewed")}


def test_a_network_cut_while_the_final_season_airs_cancels_the_next(extractor) -> None:
    text = (
        "Starz Axes 'Night Harbor' After Three Seasons\n\n"
        "Starz is not moving forward with a fourth season of Night Harbor. The period "
        "drama's third and final season wraps up on Sunday."
    )
    assert statuses(extractor, text) == {triple("Night Harbor", 4, "canceled")}
    planned = (
        "Night Harbor to wrap up with season 3\n\n"
        "Night Harbor will conclude with its current third season, Starz and the producers "
        "have announced. There will be no fourth season."
    )
    assert statuses(extractor, planned) == {triple("Night Harbor", 3, "ended")}


def test_a_hope_before_a_colon_does_not_hedge_the_news_after_it(extractor) -> None:
    text = (
        "Harbor Nine news\n\n"
        "Fans hoping for a fourth season of Harbor Nine will be disappointed: Hulu has "
        "canceled the series."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 4, "canceled")}
    hedged = "Harbor Nine news\n\nFans hope Hulu will renew Harbor Nine for a fourth season."
    assert statuses(extractor, hedged) == set()


def test_a_status_list_with_dashes_gives_each_line_its_own_verdict(extractor) -> None:
    text = (
        "Renewed or Canceled? The Status of Your Favorite Shows\n\n"
        "By Jo Lee | May 10, 2023\n\n"
        "Harbor Nine — RENEWED for Season 3\n"
        "Copper Kettle — CANCELED after two seasons\n"
        "Tin Star — Ending with Season 5\n"
    )
    assert statuses(extractor, text) == {
        triple("Harbor Nine", 3, "renewed"),
        triple("Copper Kettle", 3, "canceled"),
        triple("Tin Star", 5, "ended"),
    }


def test_a_question_headline_yields_to_the_answer(extractor) -> None:
    text = (
        "Copper Kettle Season 4: Is It Renewed or Canceled?\n\n"
        "By Jo Lee | January 5, 2024\n\n"
        "Is Copper Kettle coming back for Season 4? Unfortunately, no. Hulu canceled the "
        "comedy in December."
    )
    assert statuses(extractor, text) == {triple("Copper Kettle", 4, "canceled")}
    unanswered = (
        "Tin Star Season 3: Is It Happening?\n\n"
        "By Jo Lee | January 5, 2024\n\n"
        "Will there be a Tin Star season 3? As of now, Max has not announced whether the "
        "western will return."
    )
    assert statuses(extractor, unanswered) == {triple("Tin Star", 3, "pending")}


def _cast_by_show(extractor, text: str) -> dict[str, set[tuple[str, str]]]:
    return {
        title: {(c["actor"], c["character"]) for c in show["cast"]}
        for title, show in shows_of(extractor, text).items()
    }


def test_joining_a_show_as_a_role_and_a_role_passed_on(extractor) -> None:
    text = (
        "Copper Kettle adds to cast\n\n"
        "Copper Kettle has been renewed for a second season. Jane Doe, who plays Mara in "
        "Harbor Nine, has joined Copper Kettle as Ivy.\n\n"
        "The role of Felix, originated by Tom Reyes, will be played by Omar Dale in season 2."
    )
    got = _cast_by_show(extractor, text)
    assert got["Copper Kettle"] >= {("Jane Doe", "Ivy"), ("Omar Dale", "Felix")}
    assert ("Tom Reyes", "Felix") in got["Copper Kettle"]
    assert ("Omar Dale", "Tom Reyes") not in got["Copper Kettle"]
    assert ("Jane Doe", "Ivy") not in got.get("Harbor Nine", set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Harbor Nine scored a two-season renewal at HBO, taking the drama through its "
            "fifth season.",
            {(4, "renewed"), (5, "renewed")},
        ),
        ("Season 3 of Harbor Nine is officially a go at Apple TV+.", {(3, "renewed")}),
        (
            "Harbor Nine is done at ABC. The network canceled the comedy on Friday, ending its "
            "run at two seasons.",
            {(3, "canceled")},
        ),
        (
            "IFC has renewed Harbor Nine through its fourth season, ordering seasons three and "
            "four together, an unusual two-season pickup for a small channel.",
            {(3, "renewed"), (4, "renewed")},
        ),
    ],
)
def test_more_renewal_and_cancellation_phrasings(extractor, sentence, expected) -> None:
    got = statuses(extractor, f"Harbor Nine news\n\n{sentence}")
    assert got == {triple("Harbor Nine", n, s) for n, s in expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harbor Nine is expected to be renewed for a third season.", set()),
        ("Harbor Nine is widely tipped to be renewed for a third season.", set()),
        (
            "Harbor Nine has not been canceled, despite rumors. The show is still waiting on a "
            "season 3 decision.",
            {(3, "pending")},
        ),
    ],
)
def test_forecasts_say_nothing_and_a_numbered_wait_is_pending(extractor, sentence, expected):
    got = statuses(extractor, f"Harbor Nine news\n\n{sentence}")
    assert got == {triple("Harbor Nine", n, s) for n, s in expected}


def test_a_revamp_named_after_a_place_like_name_is_a_show(extractor) -> None:
    text = (
        "Peacock cancels a horror series\n\n"
        "Peacock is axing Harbor Nine after one season. The NBCUniversal streamer also "
        "canceled plans for the Battlestar Galactica revamp."
    )
    got = shows_of(extractor, text)
    assert got["Battlestar Galactica"]["network"] == "Peacock"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harbor Nine returns to Netflix for season 2 on May 5.", {(2, "renewed")}),
        ("Harbor Nine comes back for a third season in May.", {(3, "renewed")}),
        ("Jane Doe returns to Harbor Nine for season 2.", set()),
    ],
)
def test_a_show_that_returns_for_a_season(extractor, sentence, expected) -> None:
    got = statuses(extractor, f"Harbor Nine news\n\n{sentence}")
    assert got == {triple("Harbor Nine", n, s) for n, s in expected}


def test_a_generic_renewal_or_a_cancellation_is_no_decision(extractor) -> None:
    text = (
        "Will Harbor Nine return for season 3? Netflix hasn't decided yet\n\n"
        "Netflix has made no decision about a third season. That silence is not unusual for "
        "Netflix, which often takes weeks before it announces a renewal or a cancellation."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "pending")}


def test_no_plans_for_a_fourth_after_the_final_series_numbers_nothing(extractor) -> None:
    text = (
        "Harbor Nine series 3: why it is the last one\n\n"
        "Harbor Nine will finish with its third series.\n\n"
        "Is this really the end? Yes. Jane Doe has said this is the final series, and there "
        "are no plans for a fourth."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "ended")}


def test_cut_after_a_short_first_run_is_the_second_season(extractor) -> None:
    text = "Harbor Nine news\n\nNBC axed Harbor Nine after a short first run."
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


def test_amazon_prime_video_is_printed_as_written(extractor) -> None:
    text = "Harbor Nine renewed\n\nAmazon Prime Video has renewed Harbor Nine for a second season."
    assert shows_of(extractor, text)["Harbor Nine"]["network"] == "Amazon Prime Video"
    short = "Harbor Nine renewed\n\nPrime Video has renewed Harbor Nine for a second season."
    assert shows_of(extractor, short)["Harbor Nine"]["network"] == "Prime Video"


def test_a_books_sequel_is_no_show_and_a_one_word_show_that_wont_return(extractor) -> None:
    text = (
        "Tallgrass won't return: Apple TV+ drama ends after a single season\n\n"
        "By Jo Lee | March 20, 2023\n\n"
        "If you finished Tallgrass and wondered when the story would pick up again, the "
        "answer is never. Apple TV+ has canceled the drama after one season.\n\n"
        "The book has a sequel, The Mountain Road, so there was plenty of story left."
    )
    assert statuses(extractor, text) == {triple("Tallgrass", 2, "canceled")}


def test_more_networks_in_a_roundups_headings(extractor) -> None:
    text = (
        "Three cable shows that won't be coming back\n\n"
        "Harbor Nine (Freeform)\n\n"
        "Freeform has pulled the plug on Harbor Nine after three seasons.\n\n"
        "Copper Kettle (Spike)\n\n"
        "The fantasy series moved from MTV to Spike for its second season. The channel axed "
        "it after two seasons."
    )
    got = shows_of(extractor, text)
    assert got["Copper Kettle"]["network"] == "Spike"
    assert triple("Copper Kettle", 3, "canceled") in statuses(extractor, text)


def test_a_season_numbered_in_an_apposition_and_a_show_premiering_when(extractor) -> None:
    text = (
        "CBS will end The Late Hour with Sam Hale next year\n\n"
        "By Jo Lee | July 21, 2025\n\n"
        "CBS is bringing down the curtain on The Late Hour with Sam Hale. The upcoming "
        "season, the 11th of Hale's run, will be the last.\n\n"
        "Hale took over the desk in September 2015, when The Late Hour with Sam Hale "
        "premiered on CBS."
    )
    got = shows_of(extractor, text)
    assert "11th of Hale" not in " ".join(got)
    assert got["The Late Hour with Sam Hale"]["premiere"] == "2015-09"
    assert statuses(extractor, text) == {triple("The Late Hour with Sam Hale", 11, "ended")}


def test_a_season_closed_out_is_out(extractor) -> None:
    text = (
        "Harbor Nine season 3: everything we know so far\n\n"
        "By Jo Lee | December 20, 2023\n\n"
        "Harbor Nine closed out its second season on Max this month. Has Max renewed it for "
        "season 3? Not yet. For now, the show's fate is undecided.\n\n"
        "Harbor Nine arrived on HBO Max in March 2022 and was renewed for a second season "
        "that same year."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "pending")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics liked it a lot. ABC did not, and axed the series partway through its first "
        "season.",
        "Critics liked it. A second season of Harbor Nine was never ordered.",
    ],
)
def test_a_cut_after_a_negated_clause_and_a_season_never_ordered(extractor, sentence) -> None:
    text = f"Three quick exits\n\nHarbor Nine (ABC)\n\n{sentence}"
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


def test_axed_then_saved_is_a_renewal(extractor) -> None:
    text = (
        "Harbor Nine rescued\n\n"
        "The ITV series was axed in June, then saved in September, when a new deal put a "
        "fourth series into production. Harbor Nine is coming back."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 4, "renewed")}


def test_a_wire_dateline_is_no_show_and_a_roundup_line_is_no_dateline(extractor) -> None:
    text = (
        "ABC orders more Harbor Nine\n\n"
        "NEW YORK (May 22, 1998) - ABC has renewed Harbor Nine for a second season.\n\n"
        "The renewal was one of several announcements the network made this week in New York."
    )
    assert "NEW YORK" not in shows_of(extractor, text)
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "renewed")}
    roundup = (
        "Renewed or canceled\n\n"
        "COPPER KETTLE - NBC - FINAL SEASON\n\n"
        "NBC's hospital drama will sign off next year: season 15 will be its farewell.\n\n"
        "TIN STAR - THE CW - CANCELED\n\n"
        "The CW declined to order more of its comedy."
    )
    assert "COPPER KETTLE" in shows_of(extractor, roundup)


def test_a_comma_title_written_whole_three_times(extractor) -> None:
    text = (
        "NBC axes Harbor, Maine after two seasons\n\n"
        "NBC has canceled Harbor, Maine, its supernatural drama about a small Maine town, "
        "after two seasons.\n\n"
        "Harbor, Maine was adapted from a trilogy of novels."
    )
    assert statuses(extractor, text) == {triple("Harbor, Maine", 3, "canceled")}
