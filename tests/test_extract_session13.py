"""Session 13: titles made of ordinary words and signs, and phrasings our probes missed
(sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import show_cast, shows_of, statuses, triple


def test_a_title_joining_two_phrases_with_a_pronoun_by_or_is_one_title(extractor) -> None:
    text = (
        "Win It or Lose It will end with season 4\n\n"
        "The network has confirmed that the fourth season of Win It or Lose It will be the "
        "last. Win It or Lose It premiered in 2019 and follows a rowing crew."
    )
    assert list(shows_of(extractor, text)) == ["Win It or Lose It"]
    assert triple("Win It or Lose It", 4, "ended") in statuses(extractor, text)


def test_two_names_of_two_words_each_joined_by_or_are_still_two_shows(extractor) -> None:
    text = (
        "Which will NBC keep?\n\n"
        "NBC has to choose between Night Owls or Maple Hill for its last slot. NBC has "
        "canceled Night Owls or Maple Hill, according to two reports."
    )
    assert "Night Owls or Maple Hill" not in shows_of(extractor, text)


def test_a_title_opening_with_a_lead_word_keeps_it_after_another_lead_word(extractor) -> None:
    text = (
        "No Surrender returns: ITV orders series two\n\n"
        "ITV is bringing back No Surrender. The broadcaster has ordered a second series of "
        "the police drama. If No Surrender keeps its audience, a third may follow."
    )
    assert list(shows_of(extractor, text)) == ["No Surrender"]
    assert triple("No Surrender", 2, "renewed") in statuses(extractor, text)


def test_a_verdict_after_a_double_hyphen_is_no_part_of_the_heading(extractor) -> None:
    text = (
        "Comedy verdicts\n\n"
        "Oh, Brother (CBS) -- Renewed\n\n"
        "CBS has handed a fourth season to Oh, Brother, the comedy about two brothers who "
        "share a garage.\n\n"
        "Night Owls (NBC) -- Canceled\n\n"
        "NBC is not bringing back Night Owls after one season."
    )
    assert "Oh, Brother" in shows_of(extractor, text)
    assert triple("Oh, Brother", 4, "renewed") in statuses(extractor, text)


ROUNDUP = (
    "Streaming check: four series and where they stand\n\n"
    "By Jo Lee | December 3, 2019\n\n"
    "Here is a short status report on four of them.\n\n"
    "Harbor Nine\n"
    "The cartoon is wrapping up. Netflix has released the sixth and final season of the "
    "space adventure, closing out the story.\n\n"
    "7%\n"
    "Netflix has given the Chilean dystopian drama a third season. Ana Ruiz continues as "
    "Marta Vidal, the leader of the rebels on the island.\n\n"
    "Q: The Start of Something\n"
    "Amazon went back on its word. The period drama had been told it would get a second "
    "season, but Amazon reversed that decision. The show is over after one season.\n\n"
    "The one that survived\n"
    "Not every new title was shown the door. Copper Kettle was handed a second season by "
    "Hulu within weeks of its June debut.\n"
)


def test_name_lines_no_span_pattern_reads_head_sections_laid_out_like_the_others(
    extractor,
) -> None:
    got = statuses(extractor, ROUNDUP)
    assert triple("7%", 3, "renewed") in got
    assert triple("Q: The Start of Something", 2, "canceled") in got
    assert triple("Harbor Nine", 6, "ended") in got


def test_a_heading_in_sentence_case_is_no_show(extractor) -> None:
    shows = shows_of(extractor, ROUNDUP)
    assert "The one that survived" not in shows
    assert "one that survived" not in {s.casefold() for s in shows}


def test_a_heading_naming_its_network_after_a_comma_title_heads_its_section(
    extractor,
) -> None:
    text = (
        "Gone too soon: two dramas that never got a second season\n\n"
        "By Jo Lee | July 9, 2018\n\n"
        "Every year the networks order new dramas, and most of them disappear.\n\n"
        "Dust, Arizona (ABC)\n\n"
        "Made by two film producers, this puzzle mystery premiered in September 2003 and hid "
        "clues in every episode. ABC stopped airing it after six episodes, and it never "
        "received a second season.\n\n"
        "Harbor Nine (NBC)\n\n"
        "The show started in March 2007 and earned warm notices for its star, but NBC axed "
        "it after a short first run."
    )
    assert triple("Dust, Arizona", 2, "canceled") in statuses(extractor, text)
    assert "Arizona" not in shows_of(extractor, text)


def test_nobody_saying_whether_a_season_will_follow_is_pending(extractor) -> None:
    text = (
        "Harbor Nine: where things stand\n\n"
        "The six episodes of Harbor Nine streamed on Netflix this autumn, and nobody has "
        "said whether a second series will follow."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "pending")}


def test_the_fate_of_a_described_drama_being_undecided_is_pending(extractor) -> None:
    text = (
        "Harbor Nine: where things stand\n\n"
        "Harbor Nine wrapped its first season on Netflix in May. The fate of the Jo Lee "
        "drama is still undecided, and the second season has not been written."
    )
    assert triple("Harbor Nine", 2, "pending") in statuses(extractor, text)


def test_an_exclamation_mark_between_letters_is_part_of_the_title(extractor) -> None:
    text = (
        "Cool Sh!t Club canceled at Hulu after two seasons\n\n"
        "Hulu has pulled the plug on Cool Sh!t Club. The comedy about two rappers is done "
        "after two seasons."
    )
    assert list(shows_of(extractor, text))[0] == "Cool Sh!t Club"
    assert statuses(extractor, text) == {triple("Cool Sh!t Club", 3, "canceled")}


def test_a_renamed_service_cutting_a_show_it_renewed_is_no_move(extractor) -> None:
    text = (
        "Copper Kettle canceled at Max after two seasons\n\n"
        "Max has pulled the plug on Copper Kettle. The comedy premiered on HBO Max in July "
        "2022, the service renewed it for a second season later that year, and that second "
        "season turned out to be its last."
    )
    assert statuses(extractor, text) == {triple("Copper Kettle", 3, "canceled")}


def test_a_series_of_words_before_of_and_a_name_is_the_title(extractor) -> None:
    text = (
        "A Series of Small Mercies Season 3: everything we know\n\n"
        "Netflix has confirmed that the third season of A Series of Small Mercies will be "
        "its last. Jo Lee plays Ada Penn."
    )
    assert triple("A Series of Small Mercies", 3, "ended") in statuses(extractor, text)


def test_a_title_with_two_subtitles_keeps_both(extractor) -> None:
    text = (
        "Harbor High: The Musical: The Series is renewed for season 2\n\n"
        "Disney+ has renewed Harbor High: The Musical: The Series for a second season."
    )
    assert statuses(extractor, text) == {
        triple("Harbor High: The Musical: The Series", 2, "renewed")
    }


def test_an_adjective_of_a_people_before_a_kind_of_show_is_no_title(extractor) -> None:
    text = (
        "Status check\n\n"
        "Quiet Hours (Starz) - canceled\n\n"
        "Starz has ended its Arthurian drama after a single season. There will be no "
        "second season.\n\n"
        "Harbor Nine (ABC) - renewed\n\n"
        "ABC is keeping its hospital drama for a second season."
    )
    shows = shows_of(extractor, text)
    assert "Arthurian" not in shows
    assert triple("Quiet Hours", 2, "canceled") in statuses(extractor, text)


def test_fans_lobbying_for_a_renewal_is_no_renewal(extractor) -> None:
    text = (
        "Will Harbor Nine get a third season? Syfy is not saying yet\n\n"
        "Fans of Harbor Nine are stuck in limbo: the network has made no decision about a "
        "third season. Online, fans have been lobbying loudly for a renewal."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 3, "pending")}


def test_a_network_also_done_with_a_show_cancels_it(extractor) -> None:
    text = "Gone by fall\n\nUPN is also done with Harbor Nine after one season. Jo Lee starred."
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


def test_a_headline_meeting_the_cast_names_the_show(extractor) -> None:
    text = (
        "Night Court of Lagos: meet the cast of Epix's new legal drama\n\n"
        "Epix's most ambitious drama to date arrives on Sunday. Night Court of Lagos opens "
        "in 1975.\n\n"
        "Jo Lee as Ada Okafor. Sam Hale plays Tunde Bello."
    )
    assert list(shows_of(extractor, text)) == ["Night Court of Lagos"]


GUIDE = (
    "Harbor Lights to end with season seven\n\n"
    "ABC's family comedy will say goodbye this spring after following Cory Vance through "
    "school.\n\n"
    "Harbor Lights will wrap up with its seventh season, the current one.\n\n"
    "Who is who:\n\n"
    "Ben Sato - Cory Vance\n"
    "Dana Fish - Tara Lowell\n"
    "Rob Strand - Sean Hart\n\n"
    "Cory and Tara are the couple at the center of everything. Wes Daniel plays George "
    "Finch, their teacher.\n\n"
    "Will Fried is Eric Vance, Cory's older brother. Their parents, Alan Vance and Amy "
    "Vance, are played by Bill Russo and Beth Rand. The youngest Vance sibling, Morgan "
    "Vance, is played by Lily Nash."
)


def test_a_dash_list_reads_actor_first_when_its_roles_share_a_family_name(
    extractor,
) -> None:
    cast = show_cast(extractor, GUIDE, "Harbor Lights")
    assert {("Ben Sato", "Cory Vance"), ("Dana Fish", "Tara Lowell")} <= cast
    assert ("Cory Vance", "Ben Sato") not in cast


def test_a_bare_copula_between_two_names_is_a_cast_line_among_others(extractor) -> None:
    cast = show_cast(extractor, GUIDE, "Harbor Lights")
    assert ("Will Fried", "Eric Vance") in cast


def test_a_bare_copula_with_no_other_cast_line_is_no_cast(extractor) -> None:
    text = (
        "Harbor Lights renewed\n\n"
        "ABC has renewed Harbor Lights for a second season. Jane Doe is Mary Blake's "
        "agent. Sam Hale is Tom Reyes, a producer said."
    )
    assert all(not s["cast"] for s in shows_of(extractor, text).values())


def test_as_many_roles_as_actors_played_by_pair_in_turn(extractor) -> None:
    cast = show_cast(extractor, GUIDE, "Harbor Lights")
    assert {("Bill Russo", "Alan Vance"), ("Beth Rand", "Amy Vance")} <= cast


REPORT_CARD = (
    "Freshman report card: how the new shows fared\n\n"
    "By Jo Lee | December 16, 2019\n\n"
    "Here is where three debuts stand as the year closes.\n\n"
    "HARBOR NINE\n"
    "Home: Netflix\n"
    "Verdict: Renewed\n\n"
    "The anthology arrived in March. Netflix is bringing it back for a second season.\n\n"
    "N.Y.'S BRAVEST\n"
    "Home: Spectrum Originals\n"
    "Verdict: Renewed\n\n"
    "One of the cable company's first big scripted bets pays off with a second season.\n\n"
    "COPPER KETTLE\n"
    "Home: HBO\n"
    "Verdict: No decision\n\n"
    "The eight-episode season aired in October, and HBO has not said whether there will "
    "be a second season.\n"
)


def test_a_field_line_naming_the_home_is_no_title(extractor) -> None:
    shows = shows_of(extractor, REPORT_CARD)
    assert not any(s.startswith("Home") for s in shows)
    assert shows["HARBOR NINE"]["network"] == "Netflix"


def test_an_initialism_with_a_possessive_heads_its_section(extractor) -> None:
    assert triple("N.Y.'S BRAVEST", 2, "renewed") in statuses(extractor, REPORT_CARD)


def test_a_verdict_line_below_a_field_line_takes_its_season_from_the_section(
    extractor,
) -> None:
    got = statuses(extractor, REPORT_CARD)
    assert triple("N.Y.'S BRAVEST", 2, "renewed") in got
    assert triple("COPPER KETTLE", 2, "pending") in got


def test_a_network_yet_to_rule_on_a_season_leaves_it_pending(extractor) -> None:
    text = (
        "Harbor Nine waits on UPN's verdict\n\n"
        "UPN has yet to rule on a second season of Harbor Nine, the legal drama."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "pending")}


def test_no_season_n_and_not_continuing_with_the_show_cancel(extractor) -> None:
    text = (
        "Harbor Nine news\n\n"
        "Harbor Nine premiered on Netflix in October 2021. Netflix announced it would not "
        "be continuing with the show, so there will be no season 2."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


def test_a_heading_ending_in_the_titles_own_exclamation_mark(extractor) -> None:
    text = (
        "Gone too soon: three shows that got one season\n\n"
        "Television is full of shows that were canceled after one season.\n\n"
        "1. Cop Rock!\n\n"
        "ABC gave the Hale, Reyes and Hale team a half-hour cop show in March 1982, and then "
        "canceled it after only a handful of episodes had aired.\n\n"
        "2. Harbor Nine\n\n"
        "The legal drama premiered on ABC in September 2001. ABC canceled it after one "
        "season."
    )
    shows = shows_of(extractor, text)
    assert "Cop Rock!" in shows
    assert "Hale" not in shows and "Reyes" not in shows
    assert triple("Cop Rock!", 2, "canceled") in statuses(extractor, text)


def test_a_title_owning_a_persons_name_is_no_person(extractor) -> None:
    text = (
        "Jo Lee's Night Bus: a second series is on the way\n\n"
        "Fans can relax: Jo Lee's Night Bus will be back for series 2 on BBC One. Jo Lee "
        "plays Dan Hale, a driver."
    )
    assert triple("Jo Lee's Night Bus", 2, "renewed") in statuses(extractor, text)


def test_two_new_seasons_after_a_count_of_seasons(extractor) -> None:
    text = (
        "Harbor Nine revival\n\n"
        "Disney has ordered two new seasons of Harbor Nine, the cartoon that ran for four "
        "seasons before signing off in 2015."
    )
    assert statuses(extractor, text) == {
        triple("Harbor Nine", 5, "renewed"),
        triple("Harbor Nine", 6, "renewed"),
    }


def test_creators_is_no_part_of_an_actors_name(extractor) -> None:
    text = (
        "Harbor Nine revival: who voices whom\n\n"
        "Creators Dan Hale and Jo Lee are back in charge of Harbor Nine.\n\n"
        "Sam Reyes as Tom Flynn. Ann Hill voiced Candace Flynn. Dr. Otto Vance, the evil "
        "scientist, was voiced by Hale himself."
    )
    actors = {c["actor"] for c in shows_of(extractor, text)["Harbor Nine"]["cast"]}
    assert not any(a.startswith("Creators") for a in actors)


def test_none_of_that_amounting_to_a_renewal_is_no_renewal(extractor) -> None:
    text = (
        "Will Harbor Nine get a second season?\n\n"
        "Harbor Nine premiered on Apple TV+ in May. Reviews have been warm. None of that "
        "amounts to a renewal, and until Apple speaks, the show's fate is undecided.\n\n"
        "Jo Lee is a staff writer covering comedy. Follow us for renewal news."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "pending")}
    assert "Jo Lee" not in shows_of(extractor, text)


def test_a_role_on_another_show_after_years_working_with_someone_is_a_credit(
    extractor,
) -> None:
    text = (
        "Harbor Nine season 2: everything we know\n\n"
        "Apple ordered two seasons of Harbor Nine at once, so season 2 was locked in.\n\n"
        "Dana Reyes plays Carol Vance. Reyes spent six seasons working with Hale as Kim Ward "
        "on Copper Kettle, the legal drama. Ann Hill plays Zoe, a neighbour."
    )
    cast = show_cast(extractor, text, "Harbor Nine")
    assert ("Ann Hill", "Zoe") in cast


CHECK_IN = (
    "Streaming check-in: where three series stand\n\n"
    "By Jo Lee | August 12, 2024\n\n"
    "Below, the current picture for three series that readers keep asking about.\n\n"
    "Harbor Nine (Netflix)\n\n"
    "The comedy returned for its second season at the start of the month, and Netflix has "
    "not yet said whether there will be a third.\n\n"
    "Copper Kettle (Netflix)\n\n"
    "Done. The Danish drama wrapped up with its third and final season in March.\n\n"
    "Why Not...? (Disney+)\n\n"
    "Coming back. The animated anthology has a third season on the way.\n"
)


def test_whether_there_will_be_a_third_numbers_the_pending_season(extractor) -> None:
    assert triple("Harbor Nine", 3, "pending") in statuses(extractor, CHECK_IN)


def test_the_danish_drama_is_what_kind_not_a_name(extractor) -> None:
    shows = shows_of(extractor, CHECK_IN)
    assert "The Danish" not in shows
    assert triple("Copper Kettle", 3, "ended") in statuses(extractor, CHECK_IN)


def test_a_heading_title_ending_in_dots_and_a_question_mark(extractor) -> None:
    assert triple("Why Not...?", 3, "renewed") in statuses(extractor, CHECK_IN)


def test_a_standfirst_about_the_headlines_show_counts_its_run(extractor) -> None:
    text = (
        "ABC checks out of Harbor Nine\n\n"
        "The supernatural drama about a haunted building has been shown the door after a "
        "single year\n\n"
        "ABC has canceled Harbor Nine, its glossy horror soap. The network will not order "
        "more episodes."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


def test_renewal_news_is_no_renewal(extractor) -> None:
    text = (
        "Will Harbor Nine get a second season?\n\n"
        "Harbor Nine premiered on Apple TV+ in May, and Apple has not said whether it will "
        "return.\n\n"
        "Follow our streaming coverage for renewal news as it happens."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "pending")}


def test_a_comma_title_whose_first_word_never_stands_alone(extractor) -> None:
    text = (
        "Netflix renews OK, Dora for a second season\n\n"
        "Netflix has renewed OK, Dora for a second season. Ana Sol returns as Dora Vance. "
        "Dora finds herself drawn to someone new, and Dora's mother is a mystery."
    )
    assert statuses(extractor, text) == {triple("OK, Dora", 2, "renewed")}


def test_the_shows_resident_villain_is_a_character_not_a_show(extractor) -> None:
    text = (
        "Meet the cast of Harbor Nine, Nickelodeon's comedy\n\n"
        "Nickelodeon has picked up a second season of Harbor Nine.\n\n"
        "Ella Gill plays Jade West\n\n"
        "Sharp and sarcastic, Jade is the show's resident villain.\n\n"
        "Ari Grant is Cat Vale\n\n"
        "A bubbly redhead. Matt Bell as Robbie Shaw."
    )
    assert list(shows_of(extractor, text)) == ["Harbor Nine"]


def test_a_heading_with_its_network_and_a_verdict_in_lower_case(extractor) -> None:
    text = (
        "Catch-up: three decisions you may have missed\n\n"
        "By Jo Lee | December 5, 2022\n\n"
        "Here are three that slipped past a lot of viewers.\n\n"
        "Harbor Nine - HBO - coming back\n\n"
        "HBO wants more and has ordered season two of the odd series.\n\n"
        "Copper Kettle - MTV - coming back, new home\n\n"
        "Season 15 has been greenlit, and it will air on MTV rather than VH1.\n\n"
        "Quiet Hours - Netflix - not coming back\n\n"
        "The animated comedy will not get a second season."
    )
    got = statuses(extractor, text)
    assert {
        triple("Harbor Nine", 2, "renewed"),
        triple("Copper Kettle", 15, "renewed"),
        triple("Quiet Hours", 2, "canceled"),
    } <= got
    assert shows_of(extractor, text)["Harbor Nine"]["network"] == "HBO"


def test_a_part_in_digits_gives_the_show_a_season(extractor) -> None:
    text = (
        "Copper Part 3: release date, returning cast and what we know\n\n"
        "Netflix's French hit is returning. Copper Part 3 arrives on October 5. Arsène "
        "Copper, the gentleman thief of the old books, inspired it.\n\n"
        "Omar Diallo leads again as Assane Diop."
    )
    assert "Copper" in shows_of(extractor, text)


KINDS = (
    "Renewed, ending or waiting: where three shows stand\n\n"
    "By Jo Lee | May 21, 2024\n\n"
    "The talk show: Harbor Nine\n\n"
    "CBS has decided that the 15th season of Harbor Nine will be its last.\n\n"
    "The royal drama: Copper Kettle\n\n"
    "Starz has already renewed its court drama, with a second season due this summer.\n\n"
    "The detective story: Quiet Hours\n\n"
    "Apple TV+ has not yet decided whether Quiet Hours will return for a second season.\n"
)


def test_a_heading_labelled_with_its_kind_of_show_heads_its_section(extractor) -> None:
    assert statuses(extractor, KINDS) == {
        triple("Harbor Nine", 15, "ended"),
        triple("Copper Kettle", 2, "renewed"),
        triple("Quiet Hours", 2, "pending"),
    }


def test_not_ordering_a_season_cuts_it_and_a_weaker_cut_of_an_earlier_one_yields(
    extractor,
) -> None:
    text = (
        "TBS closes the tab on Harbor Nine\n\n"
        "Last call: TBS will not be ordering a fourth season of Harbor Nine, the bar-room "
        "sitcom. For fans, the cancellation means the story ends where the third season "
        "left it."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 4, "canceled")}


def test_a_season_off_the_table_or_with_no_plans_is_canceled(extractor) -> None:
    got = statuses(
        extractor,
        "Two cuts\n\nComedy Central has ended Harbor Nine, meaning a fourth season is off the "
        "table. ABC's Quiet Hours premiered in June; the network has no plans for a second "
        "season.",
    )
    assert got == {triple("Harbor Nine", 4, "canceled"), triple("Quiet Hours", 2, "canceled")}


def test_a_title_with_a_bracketed_word_written_twice_is_one_title(extractor) -> None:
    text = (
        "How to Rob a Bank (Fast) season 3: everything we know so far\n\n"
        "Netflix's German comedy is nearly back. How to Rob a Bank (Fast), the story of a "
        "nerdy schoolboy, returns for a third season later this month."
    )
    assert triple("How to Rob a Bank (Fast)", 3, "renewed") in statuses(extractor, text)


def test_a_bracketed_role_written_once_stays_a_cast_line(extractor) -> None:
    text = (
        "Harbor Nine returns\n\n"
        "Netflix has renewed Harbor Nine for a second season. Jane Doe (Mary Blake) and Tom "
        "Reyes (Sam Hale) are back."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Harbor Nine"]
    assert ("Jane Doe", "Mary Blake") in {
        (c["actor"], c["character"]) for c in shows["Harbor Nine"]["cast"]
    }


def test_an_exclamation_mark_a_sentence_goes_on_after_is_the_titles(extractor) -> None:
    text = (
        "Will Hello Tomorrow! get a second season? Apple has not decided\n\n"
        "Hello Tomorrow! is only part of the way through its first season. Apple TV+ has made "
        "no decision about a second season."
    )
    assert statuses(extractor, text) == {triple("Hello Tomorrow", 2, "pending")}


def test_a_network_before_the_verdict_field_under_a_heading(extractor) -> None:
    text = (
        "The cable scorecard: one survives, two do not\n\n"
        "By Jo Lee | June 20, 2017\n\n"
        "Here is where three recent series stand.\n\n"
        "HARBOR NINE\n"
        "Amazon | Verdict: done\n\n"
        "Amazon has pulled the plug on Harbor Nine, so the drama stops short of a third "
        "season.\n\n"
        "OUTSOURCED\n"
        "Syfy | Verdict: done\n\n"
        "Syfy passed on a second season of its corporate dystopia.\n\n"
        "QUIET HOURS\n"
        "Bravo | Verdict: coming back\n\n"
        "Bravo has greenlit a second season of Quiet Hours, its caper comedy.\n"
    )
    got = statuses(extractor, text)
    assert triple("OUTSOURCED", 2, "canceled") in got
    assert triple("HARBOR NINE", 2, "canceled") not in got


def test_staying_opening_a_section_is_its_verdict_not_a_show(extractor) -> None:
    text = (
        "CBS sorts its sitcoms: one stays, two go\n\n"
        "CBS has finished sorting its comedies for next season.\n\n"
        "Harbor Nine\n\n"
        "Staying. CBS has renewed the workplace comedy for a second season.\n\n"
        "Quiet Hours\n\n"
        "Gone. The network will not bring back the comedy, so there will be no second "
        "season.\n"
    )
    got = statuses(extractor, text)
    assert triple("Harbor Nine", 2, "renewed") in got
    assert triple("Staying", 2, "renewed") not in got


def test_an_initialism_in_the_object_describing_the_show(extractor) -> None:
    text = (
        "Three dramas\n\n"
        "Harbor Nine (NBC)\n\n"
        "NBC has canceled its U.S. Marshals drama after one season. The procedural was solid "
        "enough.\n\n"
        "Quiet Hours (CBS)\n\n"
        "Over at CBS, the spy drama has been axed after two seasons."
    )
    assert triple("Harbor Nine", 2, "canceled") in statuses(extractor, text)


def test_ordered_to_series_is_the_first_season_not_a_renewal(extractor) -> None:
    text = (
        "Peacock cancels Harbor Nine after one season\n\n"
        "Peacock has canceled Harbor Nine after a single season of ten episodes. The mystery "
        "drama was ordered to series by NBC before it moved to the streamer, where it "
        "premiered in September 2021."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 2, "canceled")}


def test_a_word_in_quotes_after_pronounced_is_no_show(extractor) -> None:
    text = (
        "Harbor Nine to end with its fifth series\n\n"
        "Harbor Nine is wrapping up. The BBC One sitcom about a snob who insists her surname "
        'is pronounced "Bouquet" will conclude with its fifth series.'
    )
    assert "Bouquet" not in shows_of(extractor, text)
    assert statuses(extractor, text) == {triple("Harbor Nine", 5, "ended")}


def test_a_seasons_subtitle_names_the_show_it_is_a_season_of(extractor) -> None:
    text = (
        "Harbor Nine season 2: everything we know about Undertow\n\n"
        "Harbor Nine is back. The second season of AMC's horror anthology, subtitled "
        "Undertow, leaves the ships behind.\n\n"
        "Undertow premieres on AMC on Monday, August 12.\n\n"
        "Derek Mio leads the cast as Chester Nakayama."
    )
    shows = shows_of(extractor, text)
    assert "Undertow" not in shows
    assert ("Derek Mio", "Chester Nakayama") in show_cast(extractor, text, "Harbor Nine")


def test_that_short_run_will_be_the_end_makes_the_renewed_season_the_last(extractor) -> None:
    text = (
        "Final seasons of 2018\n\n"
        "Fox renewed Harbor Nine last May for a seventh season of just eight episodes, and "
        "that short run, due in the spring, will be the end."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 7, "ended")}


def test_a_season_shorthand_is_no_show(extractor) -> None:
    text = (
        "Will The Night Desk get a third season?\n\n"
        "TNT has yet to decide on a third season of The Night Desk. The second run has now "
        "finished, and S3 is on the bubble."
    )
    assert "S3" not in shows_of(extractor, text)
    assert statuses(extractor, text) == {triple("The Night Desk", 3, "pending")}


def test_a_heading_named_like_a_newspaper_with_its_network_is_a_show(extractor) -> None:
    text = (
        "Upfront week casualties\n\n"
        "Here are two series we will not be seeing again.\n\n"
        "THE GUARDIAN (CBS)\n\n"
        "CBS has canceled the legal drama after three seasons.\n\n"
        "HARBOR NINE (NBC)\n\n"
        "NBC has pulled the plug on this comedy after one season."
    )
    assert triple("THE GUARDIAN", 4, "canceled") in statuses(extractor, text)
