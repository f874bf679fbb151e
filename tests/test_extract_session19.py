"""Session 19: common words and question titles in headlines, bylines, sentences that go
on past a title's "?", seasons told as parts, editions and lists, decisions given "to" a
show, and outcomes of a cut that are not news (sentences, shows and people invented)."""

from __future__ import annotations

from extract_helpers import show_cast, shows_of, status_claims, statuses, triple

from knowsofar.extract.titles import norm_title


def test_a_common_word_opening_the_headline_before_its_season(extractor) -> None:
    text = (
        "Political season 3: everything we know about the last chapter\n\n"
        "By Ana Ruiz | March 2, 2021\n\n"
        "Is there going to be a season 3? Yes, and it will be the end. The network's "
        "strangest drama will wrap up with its third season, closing a story that began in "
        "2017.\n"
    )
    assert triple("Political", 3, "ended") in statuses(extractor, text)


def test_a_question_title_with_the_and_a_sentence_past_its_mark(extractor) -> None:
    text = (
        "Who's the Chef? Not this network anymore\n\n"
        "The network has decided against bringing Who's the Chef? back for a fifth season, "
        "and the episodes now airing will be the last.\n"
    )
    assert triple("Who's the Chef", 5, "canceled") in statuses(extractor, text)


def test_passed_on_bringing_it_back(extractor) -> None:
    text = (
        "One and done: two comedies denied a second year\n\n"
        "HARBOR LIGHTS (CBS)\n\n"
        "Mara Lin took the lead in this comedy about a woman who moves home. CBS launched it "
        "in 1998 with a decent slot, but the audience drifted, and the network passed on "
        "bringing it back.\n"
        "Verdict: one season, no more.\n"
    )
    assert triple("HARBOR LIGHTS", 2, "canceled") in statuses(extractor, text)


def test_an_end_with_part_of_a_season(extractor) -> None:
    text = (
        "Harbor Lights will wrap up with the rest of season 5\n\n"
        "The network has confirmed that Harbor Lights will conclude with the second half of "
        "its fifth season, closing out the ranch drama.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 5, "ended") in found
    assert triple("Harbor Lights", 2, "ended") not in found


def test_a_count_of_seasons_then_each_one_named(extractor) -> None:
    text = (
        "The network keeps Harbor Lights through season 7\n\n"
        "The network has handed Harbor Lights a three-season pickup, so the series is now "
        "set to run through a fifth, a sixth and a seventh season.\n"
    )
    found = statuses(extractor, text)
    for n in (5, 6, 7):
        assert triple("Harbor Lights", n, "renewed") in found


def test_a_repeated_possessive_name_keeps_its_possessive(extractor) -> None:
    text = (
        "Bo-bo's Clubhouse season 2: everything we know\n\n"
        "Will the Clubhouse open for a second season? Yes. The network has renewed "
        "Bo-bo's Clubhouse for a second season of Saturday mornings.\n"
    )
    found = statuses(extractor, text)
    assert triple("Bo-bo's Clubhouse", 2, "renewed") in found
    assert triple("Clubhouse", 2, "renewed") not in found


def test_confirmed_as_finished_is_no_renewal_and_no_further_episodes_is_a_cut(
    extractor,
) -> None:
    text = (
        "One and done: two channel series denied a second season\n\n"
        "Two of the channel's recent series have now been confirmed as finished after a "
        "single season each.\n\n"
        "Harbor Lights\n\n"
        "A rare live-action drama, Harbor Lights followed a teenager at a strange school. "
        "The channel is not moving forward with further episodes, and its mysteries will "
        "stay unsolved.\n\n"
        "Copper Sky\n\n"
        "The network passed on a second season of Copper Sky anyway.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 2, "canceled") in found
    assert not any(st == "renewed" for _, _, st in found)


def test_ended_without_a_season(extractor) -> None:
    text = (
        "Spring verdicts\n\n"
        "HARBOR LIGHTS: ALREADY GONE\n\n"
        "Harbor Lights, the spy drama, was pulled in January and will not return. The unit "
        "never caught on with viewers, and the show ended without a second season.\n"
    )
    assert triple("Harbor Lights", 2, "canceled") in statuses(extractor, text)


def test_many_shows_ordered_are_none_of_them(extractor) -> None:
    text = (
        "The network drops four newcomers\n\n"
        "The schedule is the first shaped by the new chief, and several of the shows below "
        "were ordered by the team he replaced.\n\n"
        "Harbor Lights\n\n"
        "The comedy Harbor Lights premiered in April and was yanked after two airings. The "
        "network has passed on any further episodes.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 2, "canceled") in found
    assert not any(st == "renewed" for _, _, st in found)


def test_an_initialism_heading_its_verdict(extractor) -> None:
    text = (
        "The network's report card\n\n"
        "Here is where two shows ended up.\n\n"
        "AGENTS OF H.A.R.B.O.R.: RENEWED\n\n"
        "Marvin's first network drama gets a second season. Mara Lin plays Jo Pierce.\n\n"
        "COPPER SKY: CANCELED\n\n"
        "The comedy was cut loose in the fall: no second season.\n"
    )
    assert triple("AGENTS OF H.A.R.B.O.R", 2, "renewed") in statuses(extractor, text)


def test_a_season_called_a_part(extractor) -> None:
    text = (
        "The streamer pulls the plug on Harbor Lights\n\n"
        "The horror series will end with its fourth part later this year\n\n"
        "The streamer has canceled Harbor Lights, and the fourth part, already filmed, will "
        "be the last.\n"
    )
    assert triple("Harbor Lights", 4, "ended") in statuses(extractor, text)


def test_invited_back_and_a_season_locked_in(extractor) -> None:
    text = (
        "The network keeps the lights on for two shows\n\n"
        "Harbor Lights\n\n"
        "The animated comedy launched in January, and it held enough of its lead-in to be "
        "invited back for a second season.\n\n"
        "Copper Sky\n\n"
        "The forensic drama, on the air since 2005, had its seventh season locked in well "
        "before this week.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 2, "renewed") in found
    assert triple("Copper Sky", 7, "renewed") in found


def test_the_aired_season_that_turns_out_to_be_the_last(extractor) -> None:
    text = (
        "The network closes the case on Harbor Lights\n\n"
        "The network has decided against renewing Harbor Lights, so the fourth season that "
        "wrapped up this winter turns out to be the final chapter for the crime drama.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 5, "canceled") in found
    assert triple("Harbor Lights", 4, "ended") not in found


def test_a_season_that_was_the_last_beside_the_next_one_cut(extractor) -> None:
    text = (
        "Spring verdicts\n\n"
        "HARBOR LIGHTS (The CW)\n"
        "Verdict: Done. The CW will not bring back the comedy, so its fourth season was its "
        "last and a fifth will not happen.\n"
    )
    found = statuses(extractor, text)
    assert triple("HARBOR LIGHTS", 5, "canceled") in found
    assert triple("HARBOR LIGHTS", 4, "ended") not in found


def test_a_show_told_by_its_makers_name(extractor) -> None:
    text = (
        "Spring verdicts\n\n"
        "HARBOR LIGHTS (Fox)\n"
        "Verdict: Saved, against the odds. Fox has handed Jo Park's drama a pickup for a "
        "second season, a shorter order of 13 episodes.\n"
    )
    assert triple("HARBOR LIGHTS", 2, "renewed") in statuses(extractor, text)


def test_an_earlier_order_dated_in_the_past_is_history(extractor) -> None:
    text = (
        "Harbor Lights will end with a short sixth season\n\n"
        "The network has ordered a sixth and final season of Harbor Lights, a shortened run "
        "of ten episodes.\n\n"
        "The network renewed the drama for a fifth season a year ago, and ratings have "
        "eroded since.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 6, "ended") in found
    assert triple("Harbor Lights", 5, "renewed") not in found


def test_season_n_is_undecided_and_a_series_made_as_the_last(extractor) -> None:
    pending = (
        "Will Harbor Lights return? The streamer has not decided yet\n\n"
        "So the honest answer is that season 2 of Harbor Lights is undecided.\n"
    )
    assert triple("Harbor Lights", 2, "pending") in statuses(extractor, pending)
    ended = (
        "Three British dramas that ran out of road\n\n"
        "Harbor Lights\n\n"
        "The detective drama Harbor Lights was made in Welsh and English. The producers "
        "chose to stop after three series, and the third series was made as the last, "
        "tying off the story.\n"
    )
    assert triple("Harbor Lights", 3, "ended") in statuses(extractor, ended)


def test_another_edition_of_a_show_named_like_a_person(extractor) -> None:
    text = (
        "The network orders another round of Jack Moneybags\n\n"
        "The network has ordered a second edition of Jack Moneybags, the dating competition "
        "whose winter run drew huge numbers.\n"
    )
    assert triple("Jack Moneybags", 2, "renewed") in statuses(extractor, text)


def test_a_hosts_show_keeps_its_whole_name(extractor) -> None:
    text = (
        "The network keeps Jo Park's Sunday show going\n\n"
        "The network is bringing back Last Call Tonight with Jo Park for a second season, "
        "after a first run that became a habit online. Last Call Tonight does not air on "
        "weeknights.\n"
    )
    assert triple("Last Call Tonight with Jo Park", 2, "renewed") in statuses(extractor, text)


def test_a_season_handed_to_a_show(extractor) -> None:
    text = (
        "Status check: Copper Sky and a docuseries are coming back\n\n"
        "The network has handed a second season to Harbor Lights: The Inside Story, its "
        "series in which an actress interviews former members.\n\n"
        "Copper Sky will return for a third season, which the network ordered months ago. "
        "Copper Sky tells short stories about one family.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights: The Inside Story", 2, "renewed") in found
    assert triple("Copper Sky", 2, "renewed") not in found


def test_roles_each_played_by_an_actor_in_one_sentence(extractor) -> None:
    text = (
        "Harbor Lights season 4: everything we know\n\n"
        "The drama Harbor Lights will end with its fourth season.\n\n"
        "The trio is set. Sam Hale, played by Jo Park, and Dean Hale, played by Mara Lin, "
        "will return.\n"
    )
    pairs = show_cast(extractor, text, "Harbor Lights")
    assert ("Jo Park", "Sam Hale") in pairs
    assert ("Mara Lin", "Dean Hale") in pairs


ROUNDUP_1979 = (
    "SPRING SCORECARD: TWO SCHOOLS AND A FAREWELL\n\n"
    "The networks have started telling producers which shows will be around in the fall. "
    "Here is where three familiar series stand.\n\n"
    "COME ON, HARBOR (ABC)\n"
    "Verdict: dismissed\n\n"
    "Class is out. ABC has canceled Come On, Harbor, which has now run four seasons. "
    "Mara Lin played Julie Harbor, and Jo Park was Arnold Hale.\n\n"
    "WHAT'S COOKING!! (ABC)\n"
    "Verdict: closed\n\n"
    "The comedy about three friends will not return either. ABC axed What's Cooking!! "
    "after three seasons. Dan Roe starred as Roger Dale, with Kim Lee as Dwayne Nash.\n\n"
    "THE NIGHT FERRY (CBS)\n"
    "Verdict: renewed\n\n"
    "CBS has ordered a second season of The Night Ferry, which stars Ken Moss as Ken Reed.\n"
)


def test_a_heading_with_a_titles_marks_and_a_capitalised_comma_title(extractor) -> None:
    shows = {norm_title(t): s for t, s in shows_of(extractor, ROUNDUP_1979).items()}
    assert norm_title("Harbor") not in shows
    assert ("Mara Lin", "Julie Harbor") in {
        (c["actor"], c["character"]) for c in shows[norm_title("Come On, Harbor")]["cast"]
    }
    cooking = {(c["actor"], c["character"]) for c in shows[norm_title("What's Cooking")]["cast"]}
    assert {("Dan Roe", "Roger Dale"), ("Kim Lee", "Dwayne Nash")} <= cooking


def test_a_name_used_as_a_modifier_does_not_take_the_cast(extractor) -> None:
    text = (
        "Pony Express drama rides off: ABC cancels The Young Wranglers\n\n"
        "ABC has pulled the plug on The Young Wranglers, the frontier drama the network "
        "launched in 1989. There will be no fourth season.\n\n"
        "The hour followed a group of young riders working a Pony Express station before "
        "the war. Jo Park played Jimmy Hale, the hot-headed rider, and Mara Lin played Lou "
        "Reed.\n"
    )
    assert ("Jo Park", "Jimmy Hale") in show_cast(extractor, text, "The Young Wranglers")


def test_an_actor_who_headlined_is_no_show(extractor) -> None:
    text = (
        "The streamer pulls the plug on the Harbor Lights revival after two seasons\n\n"
        "Jo Park's return to his signature role ends with no season three\n\n"
        "The streamer has canceled its Harbor Lights revival after two seasons. Jo Park, who "
        "also produced, headlined as Frank Hale, this time settled in Boston.\n"
    )
    titles = {norm_title(t) for t in shows_of(extractor, text)}
    assert norm_title("Jo Park") not in titles


def test_a_role_told_by_a_relation_who_plays_a_part_in_the_story(extractor) -> None:
    text = (
        "Harbor Lights season 4: everything we know\n\n"
        "The network has renewed Harbor Lights for a fourth season.\n\n"
        "Chuck's best friend Morgan Hale (Jo Park), who finally learned the truth, is "
        "expected to play a bigger part.\n"
    )
    assert ("Jo Park", "Morgan Hale") in show_cast(extractor, text, "Harbor Lights")


def test_names_in_brackets_that_round_out_a_group_of_the_story(extractor) -> None:
    text = (
        "Harbor Lights season 16: everything we know\n\n"
        "The network has renewed Harbor Lights for a sixteenth season.\n\n"
        "Amelia Hale (Jo Park) and Maggie Hale (Mara Lin) round out the sisters, and Dan "
        "Roe is back as Jack Avery.\n"
    )
    pairs = show_cast(extractor, text, "Harbor Lights")
    assert {("Jo Park", "Amelia Hale"), ("Mara Lin", "Maggie Hale")} <= pairs


def test_a_serial_comma_before_a_role_played_by_its_own_actor(extractor) -> None:
    text = (
        "Harbor Lights season 5: no decision yet\n\n"
        "The network has not decided on a fifth season of Harbor Lights.\n\n"
        "Jo Park is Bob Brown, Mara Lin plays Mack Hale, and Charles Grey, played by Dan "
        "Roe, completes the squad. Kim Lee plays Aurelia Dean, and Frank Moss, the spy, is "
        "Ken Reed.\n"
    )
    pairs = show_cast(extractor, text, "Harbor Lights")
    assert ("Dan Roe", "Charles Grey") in pairs
    assert ("Mara Lin", "Charles Grey") not in pairs
    assert ("Kim Lee", "Frank Moss") not in pairs


def test_a_heading_over_its_network_alone_on_the_next_line(extractor) -> None:
    text = (
        "Three shows that already know they are coming back\n\n"
        "By Ana Ruiz | January 20, 2015\n\n"
        "HARBOR LIGHTS\nThe CW\n\n"
        "The CW gave its telenovela-inspired comedy a second season this month. Jo Park plays "
        "Jane Hale.\n\n"
        "COPPER SKY\nHBO\n\n"
        "HBO renewed the drama last year, before the first season had even finished. The "
        "second season is expected to move the story to Texas.\n\n"
        "NIGHT FERRY\nTNT\n\n"
        "TNT ordered more of its naval thriller last summer, so season two is a sure thing.\n"
    )
    shows = {norm_title(t): s for t, s in shows_of(extractor, text).items()}
    assert shows[norm_title("Copper Sky")]["network"] == "HBO"
    assert shows[norm_title("Night Ferry")]["network"] == "TNT"
    found = statuses(extractor, text)
    for title in ("HARBOR LIGHTS", "COPPER SKY", "NIGHT FERRY"):
        assert triple(title, 2, "renewed") in found
    assert triple("COPPER SKY", 1, "renewed") not in found


def test_a_season_handed_to_the_hero_and_seasons_each_with_its_time(extractor) -> None:
    text = (
        "The renewal report card\n\n"
        "Harbor Lights (Fox)\n\n"
        "Renewed, and not a surprise: Fox handed the devil a third season back in "
        "February. Jo Park stars as Luke Hale.\n\n"
        "COPPER SKY - CBS\n\n"
        "Verdict: Settled long ago. CBS ordered two more seasons at once, so the show will "
        "be back for a seventh season this fall and an eighth next year.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 3, "renewed") in found
    assert {triple("COPPER SKY", 7, "renewed"), triple("COPPER SKY", 8, "renewed")} <= found


def test_weighing_a_season_and_a_verdict_line_that_is_undecided(extractor) -> None:
    text = (
        "Harbor Lights season 2: all the details\n\n"
        "Harbor Lights season 2 premieres on HBO Max in May.\n\n"
        "Will there be a season 3?\n\n"
        "The streamer is still weighing a third run and has announced nothing.\n"
    )
    assert triple("Harbor Lights", 3, "pending") in statuses(extractor, text)
    roundup = (
        "Three limited dramas: any more to come?\n\n"
        "Here is where two shows stand.\n\n"
        "Harbor Lights (Netflix)\n\n"
        "The drama arrived in February and held a top-ten place for weeks. Jo Park plays "
        "Anna Hale. Netflix has said nothing about a second season. Verdict: no decision.\n\n"
        "Copper Sky (HBO)\n\n"
        "The eight-part series premiered on HBO in June. Mara Lin stars as Mira. Verdict: "
        "undecided.\n"
    )
    assert triple("Harbor Lights", 2, "pending") in statuses(extractor, roundup)
    told = status_claims(extractor, roundup)
    assert any(t == norm_title("Copper Sky") and st == "pending" for t, _, st in told)


def test_a_renewal_that_is_another_matter_is_none(extractor) -> None:
    text = (
        "Will Harbor Lights get a second season? The streamer isn't saying yet\n\n"
        "The comedy is everywhere this month. A renewal is another matter.\n\n"
        "The streamer has not yet decided whether Harbor Lights gets a second season.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 2, "pending") in found
    assert triple("Harbor Lights", 2, "renewed") not in found


def test_a_decision_about_a_show_names_it(extractor) -> None:
    text = (
        "Taxi Queens waits on NBC as summer winds down\n\n"
        "NBC has not made a decision about Taxi Queens, and anyone hoping for a quick answer "
        "on a second season will have to keep waiting.\n\n"
        "For now, Taxi Queens remains on the bubble.\n"
    )
    assert triple("Taxi Queens", 2, "pending") in statuses(extractor, text)


def test_a_name_decided_twice_is_a_show_even_its_stars(extractor) -> None:
    text = (
        "The last lap: Parkson's final season and the people who made it\n\n"
        "It is official. Parkson will end with its ninth season, the one NBC is airing now.\n\n"
        "Jo Parkson plays a comedian named Jo Parkson. Morty Parkson and Helen Parkson are "
        "played by Dan Roe and Kim Lee.\n"
    )
    assert triple("Parkson", 9, "ended") in statuses(extractor, text)


def test_a_season_that_turned_out_to_be_the_last(extractor) -> None:
    ended = (
        "How two cartoons took their final bows\n\n"
        "Below are two animated series that have wrapped up.\n\n"
        "Copper Sky\n\n"
        "The ghost-hunting comedy premiered in April 2004 and came to an end with its third "
        "season in 2007.\n\n"
        "Harbor Lights\n\n"
        "The cartoon launched in March 2001. It outlasted nearly every other cartoon on the "
        "network, and its tenth season, which wrapped in 2017, turned out to be its last.\n"
    )
    assert triple("Harbor Lights", 10, "ended") in statuses(extractor, ended)
    cut = (
        "The streamer has let go of Harbor Lights\n\n"
        "Harbor Lights is over: the streamer ends its cult drama after three seasons. The "
        "series premiered in 2016, and its third season, which ran last winter, turned out "
        "to be its last.\n"
    )
    found = statuses(extractor, cut)
    assert triple("Harbor Lights", 4, "canceled") in found
    assert triple("Harbor Lights", 3, "ended") not in found


def test_speculation_that_a_season_would_be_the_last_is_none(extractor) -> None:
    text = (
        "Harbor Lights survives: the network orders a sixth season\n\n"
        "Harbor Lights will be back. The network has renewed the drama for a sixth season, "
        "ending weeks of speculation that the show's fifth season, whose finale airs this "
        "Friday, would be its last.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 6, "renewed") in found
    assert triple("Harbor Lights", 5, "ended") not in found


def test_a_season_back_from_its_break_is_no_renewal(extractor) -> None:
    text = (
        "The network hands Harbor Lights a 19th season\n\n"
        "The network has picked up Harbor Lights for a 19th season. Season 18 is currently "
        "on its winter break and returns to the schedule next month.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 19, "renewed") in found
    assert triple("Harbor Lights", 18, "renewed") not in found


def test_people_given_room_or_cast_by_a_network_show_are_no_shows(extractor) -> None:
    text = (
        "Harbor Lights season 7: the final ride\n\n"
        "FX's drama is heading into its seventh and final season, the conclusion creator Jo "
        "Parker has long said he was building toward. Expect long episodes: FX has given "
        "Parker room to run well past the hour.\n\n"
        "Copper Sky\n\nNetwork: TNT\nStatus: canceled\n\n"
        "TNT's conspiracy thriller cast Mara Lin as Nora Hale, a newly sworn-in vice "
        "president. TNT passed on a second season.\n"
    )
    titles = {norm_title(t) for t in shows_of(extractor, text)}
    assert norm_title("Parker") not in titles
    assert norm_title("Mara Lin") not in titles


def test_passing_on_a_second_year_for_the_drama(extractor) -> None:
    text = (
        "The channel lets Harbor Lights go after a single year\n\n"
        "Harbor Lights is finished. The channel is passing on a second year for the drama "
        "about a federal agent who cannot be killed.\n"
    )
    assert triple("Harbor Lights", 2, "canceled") in statuses(extractor, text)


def test_a_title_opening_on_its_and_one_with_dots_inside(extractor) -> None:
    text = (
        "It's a Crime: meet the friends at the heart of the new drama\n\n"
        "Channel 4 has one of its dramas of the winter ready. It's a Crime, the new series "
        "from the writer of Queer as Folk, begins on Friday.\n\n"
        "Jo Park as Ritchie Hale\n\nThe singer leads the cast as a cheerful teenager.\n"
    )
    titles = {norm_title(t) for t in shows_of(extractor, text)}
    assert norm_title("It's a Crime") in titles
    roundup = (
        "Fox shows the Hales the door\n\n"
        "Here is how two comedies came out of the process.\n\n"
        "WEDDED... WITH KIDS (Fox)\n\n"
        "After eleven seasons, the Hales are done. Fox has canceled Wedded... with Kids. "
        "There will be no twelfth season.\n\n"
        "COPPER SKY (NBC)\n\n"
        "NBC has renewed Copper Sky for a sixth season.\n"
    )
    assert triple("Wedded... with Kids", 12, "canceled") in statuses(extractor, roundup)


def test_more_ways_to_tell_who_plays_whom(extractor) -> None:
    text = (
        "Harbor Lights season 4: everything we know\n\n"
        "The network has renewed Harbor Lights for a fourth season.\n\n"
        "Jo Park remains front and center as Meredith Hale. Mara Lin has led the series from "
        "the pilot onward as Alicia Fox. Owen Hunt is played by Dan Roe and Teddy Alt by Kim "
        "Lee, while Ann Moss has the role of Jo Wilson. Mohan Dale, Devi's late father, is "
        "played by Sam Reid, who appears in flashbacks.\n\n"
        "The circle also includes Alex Stand (Miles Hart) and Zach Demp (Ross Bell). "
        "Newcomer Grace Sell (Ani Achor) is the fresh face this time.\n"
    )
    pairs = show_cast(extractor, text, "Harbor Lights")
    expected = {
        ("Jo Park", "Meredith Hale"),
        ("Mara Lin", "Alicia Fox"),
        ("Dan Roe", "Owen Hunt"),
        ("Kim Lee", "Teddy Alt"),
        ("Ann Moss", "Jo Wilson"),
        ("Sam Reid", "Mohan Dale"),
        ("Miles Hart", "Alex Stand"),
        ("Ross Bell", "Zach Demp"),
        ("Grace Sell", "Ani Achor"),
    }
    assert expected <= pairs


def test_a_number_heading_a_cast_guide_is_its_show(extractor) -> None:
    text = (
        "1776 cast guide: who plays who in the frontier prequel\n\n"
        "The streamer sends the family west next week.\n\n"
        "1776, the origin story for the family, premieres on Paramount+ on December 19, 2021.\n"
        "\nJo Park as Elsa Hale\n\nThe family's teenage daughter narrates the story.\n"
    )
    assert ("Jo Park", "Elsa Hale") in show_cast(extractor, text, "1776")


def test_the_headlines_whole_name_before_its_season(extractor) -> None:
    text = (
        "The Righteous Hales season 4: everything to know before the final season\n\n"
        "The Hales are about to say goodbye. The network's comedy about a family of "
        "televangelists returns for its fourth season, and this one is the last. The Hales "
        "have had a good run.\n"
    )
    assert triple("The Righteous Hales", 4, "ended") in statuses(extractor, text)


def test_more_seasons_spelt_out_and_a_second_run_of_a_show(extractor) -> None:
    text = (
        "The network keeps Harbor Lights going through season 12\n\n"
        "The network has renewed the comedy for two more seasons, taking it through an 11th "
        "and a 12th. Whether season 12 will be the end is anyone's guess.\n"
    )
    found = statuses(extractor, text)
    assert {triple("Harbor Lights", 11, "renewed"), triple("Harbor Lights", 12, "renewed")} <= found
    assert not any(t == norm_title("Whether") for t, _, _ in found)
    chef = (
        "Cook! to return: the kitchen tyrant gets a second helping\n\n"
        "BBC bosses have commissioned a second run of Cook!, the comedy set in a two-star "
        "restaurant in the Cotswolds.\n"
    )
    assert triple("Cook", 2, "renewed") in statuses(extractor, chef)


def test_a_section_show_named_like_a_role_keeps_its_cast(extractor) -> None:
    text = (
        "NBC's new season: one dad sent home, a lawyer in\n\n"
        "Here is how two shows came out.\n\n"
        "DADDY-O: CANCELED\n\n"
        "NBC will not bring back Daddy-O, the spring comedy in which Jo Park played Chris "
        "Wood. There will be no second season.\n\n"
        "ED: PICKED UP\n\n"
        "The network also said yes to Ed, an hour-long comedy-drama about a lawyer. Dan Roe "
        "plays Ed Stone, and Kim Lee plays Carol Vess.\n"
    )
    assert ("Dan Roe", "Ed Stone") in show_cast(extractor, text, "Ed")
    everyone = [c for s in shows_of(extractor, text).values() for c in s["cast"]]
    assert not any(c["actor"] == "PICKED UP" for c in everyone)


def test_seasons_ordered_by_their_numbers_and_a_season_not_yet_out(extractor) -> None:
    text = (
        "Harbor Lights season 4: premiere date and what comes next\n\n"
        "The fourth season of Harbor Lights premieres in November. The network ordered "
        "seasons five and six back in May.\n"
    )
    found = statuses(extractor, text)
    assert {triple("Harbor Lights", 5, "renewed"), triple("Harbor Lights", 6, "renewed")} <= found
    final = (
        "Harbor Lights season 3: the final chapter\n\n"
        "Harbor Lights returns for its third and final season on August 10. The streamer "
        "ordered the season back in 2020, before season two had even come out.\n"
    )
    assert triple("Harbor Lights", 2, "renewed") not in statuses(extractor, final)


def test_a_seasons_number_in_apposition_and_a_network_wrapping_up_a_show(extractor) -> None:
    text = (
        "Harbor Lights will wrap up after its current season\n\n"
        "Jo Park announced last month that the new season of Harbor Lights, its 15th, will be "
        "the last, and CBC will air the final episodes through the winter.\n"
    )
    assert triple("Harbor Lights", 15, "ended") in statuses(extractor, text)
    roundup = (
        "Genre farewells: two shows end\n\n"
        "COPPER SKY\n\n"
        "Apple TV+ is wrapping up Copper Sky with its fourth season, exactly as planned. Mara "
        "Lin plays Dorothy Hale.\n\n"
        "NIGHT FERRY\n\n"
        "The CW's teen drama won't return for a fourth season.\n"
    )
    assert triple("COPPER SKY", 4, "ended") in statuses(extractor, roundup)
