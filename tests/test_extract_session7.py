"""Session 7: phrasings and layouts found missing in batches 29-30 and in our own probes
(sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple

from knowsofar.extract.seasons import find_seasons


def test_paragraphs_labelled_by_a_name_and_a_full_stop_are_a_roundup(extractor) -> None:
    text = (
        "Verdict Day: Where Four Network Shows Stand\n\n"
        "The networks have set their fall plans. Here is how four series fared.\n\n"
        "Salt Meadow. NBC has cancelled the legal drama after one season. Mira Dunn "
        "starred as Lena Ocampo, a public defender.\n\n"
        "Little Harbor. Fox has cut the sitcom loose after three seasons; a fourth will not "
        "be made.\n\n"
        "Iron Creek. CBS is bringing back its Tom Vale vehicle for a fifth season.\n\n"
        "Night Garden. ABC has handed the workplace comedy a second season."
    )
    got = statuses(extractor, text)
    assert triple("Salt Meadow", 2, "canceled") in got
    assert triple("Little Harbor", 4, "canceled") in got
    assert triple("Iron Creek", 5, "renewed") in got
    assert triple("Night Garden", 2, "renewed") in got


def test_answers_under_question_headings_are_not_labels(extractor) -> None:
    text = (
        "Pale Orchard Season 2: Everything We Know\n\n"
        "Was it renewed?\n\n"
        "Yes. Hulu confirmed a second season of Pale Orchard in June.\n\n"
        "Is there a date?\n\n"
        "No. The streamer has not set one for Pale Orchard yet."
    )
    got = statuses(extractor, text)
    assert triple("Pale Orchard", 2, "renewed") in got
    assert not {t for t, _, _ in got} & {"yes", "no"}


def test_a_single_label_paragraph_is_no_roundup(extractor) -> None:
    text = (
        "Quiet Acres Is Coming Back\n\n"
        "Good news. Peacock has renewed Quiet Acres for a third season.\n\n"
        "The farm drama stars Dora Lind as Hanna Voss."
    )
    got = statuses(extractor, text)
    assert triple("Quiet Acres", 3, "renewed") in got
    assert "good news" not in {t for t, _, _ in got}


def test_a_progressive_decision_verb_stays_active(extractor) -> None:
    text = (
        "Cobalt Bay Returns\n\n"
        "CBS is bringing back Cobalt Bay for a fourth season, the network said."
    )
    assert triple("Cobalt Bay", 4, "renewed") in statuses(extractor, text)


def test_letting_a_show_go_and_a_second_year(extractor) -> None:
    text = (
        "Freshman Verdicts: Two Dramas Out\n\n"
        "Two first-year dramas will not be back.\n\n"
        "Mason Street\n\n"
        "NBC has passed on a second year of the courtroom spinoff, which starred Ari Penn "
        "as Joe Lark.\n\n"
        "Gilded Road\n\n"
        "NBC also let go of its dark reimagining of the fairy tales. The ten episodes that "
        "aired this winter will be its only season."
    )
    got = statuses(extractor, text)
    assert triple("Mason Street", 2, "canceled") in got
    assert triple("Gilded Road", 2, "canceled") in got


def test_a_year_is_a_season_only_as_a_shows_year() -> None:
    assert [r.numbers for r in find_seasons("passed on a second year of the drama")] == [(2,)]
    assert find_seasons("won the award for the third year in a row") == []
    assert find_seasons("one of four first-year shows") == []


def test_an_initialism_heading_heads_its_section(extractor) -> None:
    text = (
        "Network Report Card: Three Shows Cut\n\n"
        "Three new series will not return.\n\n"
        "KPD\n\n"
        "Fox has cancelled the tech-meets-policing drama after a single season. Joe Penn "
        "played the billionaire who runs a precinct.\n\n"
        "Ember Falls\n\n"
        "NBC has cancelled the fantasy drama after one season. Ada Lin starred as a nurse "
        "swept away by a storm.\n\n"
        "Dark Current\n\n"
        "The CW has scrapped the thriller after two seasons. Ben Ross played a detective "
        "who talks to the past."
    )
    got = statuses(extractor, text)
    assert triple("KPD", 2, "canceled") in got
    assert triple("Ember Falls", 2, "canceled") in got


def test_a_category_in_capitals_is_still_no_show(extractor) -> None:
    text = (
        "Renewed and Canceled: The Week's Decisions\n\n"
        "THE AXE\n\n"
        "Fox has cancelled Ember Falls after one season.\n\n"
        "SAVED\n\n"
        "NBC has renewed Dark Current for a third season."
    )
    got = statuses(extractor, text)
    assert {t for t, _, _ in got} <= {"ember falls", "dark current"}


def test_a_franchise_word_beside_its_decided_show_is_no_show(extractor) -> None:
    text = (
        "Harbor Justice Canceled\n\n"
        "Dana Rook's fourth Harbor series is the first of the franchise to be cut. NBC has "
        "canceled Harbor Justice after one season. The Harbor police drama starred Lee Quon "
        "as Sam Bell."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Justice", 2, "canceled") in got
    assert "harbor" not in {t for t, _, _ in got}


def test_a_one_word_show_the_body_opens_sentences_with(extractor) -> None:
    text = (
        "Brackwater: BBC Two Brings Back Coastal Comedy for Series 4\n\n"
        "Brackwater is returning. BBC Two has recommissioned the seaside sitcom for a fourth "
        "series, to air next year.\n\n"
        "The show follows the staff of a crumbling hotel. Pippa Lane plays the manager, Gwen "
        "Talbot.\n\n"
        "Brackwater began on BBC Two in 2021."
    )
    assert triple("Brackwater", 4, "renewed") in statuses(extractor, text)


def test_a_one_word_name_used_as_an_ordinary_word_is_not_taken(extractor) -> None:
    text = (
        "Frequency Up: BBC Two Orders More\n\n"
        "Frequency matters to the channel. The frequency of new comedy commissions has "
        "risen, and the channel has ordered a fourth series of several shows. Frequency "
        "is what the controller talks about most."
    )
    assert "frequency" not in {t for t, _, _ in statuses(extractor, text)}


def test_a_title_split_by_the_parser_is_one_sentence(extractor) -> None:
    text = (
        "ABC Cancels Paper Moons\n\n"
        "Paper Moons will not return for a fourth season. ABC made the call on Friday."
    )
    assert triple("Paper Moons", 4, "canceled") in statuses(extractor, text)


def test_done_at_a_network_after_two_seasons_and_no_third_made(extractor) -> None:
    text = (
        "Harrowgate Is Done at Hulu After Two Seasons\n\n"
        "Hulu has decided that two seasons of Harrowgate were enough. The streamer will not "
        "make a third, a spokesperson said.\n\n"
        "Harrowgate starred Maya Lint as Ruth Kell."
    )
    assert triple("Harrowgate", 3, "canceled") in statuses(extractor, text)


def test_a_show_named_in_an_aside_is_not_the_object(extractor) -> None:
    text = (
        "Tall Tales Canceled After Two Seasons\n\n"
        "Hulu has canceled Tall Tales, the spinoff of CBS's Long Stories, after two seasons "
        "and 30 episodes."
    )
    got = statuses(extractor, text)
    assert triple("Tall Tales", 3, "canceled") in got
    assert "long stories" not in {t for t, _, _ in got}


def test_a_makers_earlier_series_is_not_the_show_at_hand(extractor) -> None:
    text = (
        "Glasshouse: No Decision Yet at Fox\n\n"
        "Fox has not yet decided whether Glasshouse will get a second season. Ada Reyes's "
        "last series for the network was cut down after one season, so her fans are "
        "nervous."
    )
    got = statuses(extractor, text)
    assert triple("Glasshouse", 2, "pending") in got
    assert triple("Glasshouse", 2, "canceled") not in got


def test_two_more_seasons_handed_and_a_final_one(extractor) -> None:
    text = (
        "Starfall Gets Two More Seasons\n\n"
        "Syfy has handed Starfall two more seasons at once: the fourth season will be "
        "followed by a fifth and final one.\n\n"
        "Starfall premiered in 2015."
    )
    got = statuses(extractor, text)
    assert triple("Starfall", 5, "ended") in got


def test_space_is_a_network_only_in_context(extractor) -> None:
    text = (
        "Void Runners Renewed\n\n"
        "Void Runners airs on Space in Canada. The channel has renewed Void Runners for a "
        "third season. Space is the final frontier, its heroes say."
    )
    assert shows_of(extractor, text)["Void Runners"]["network"] == "Space"


def test_a_headline_verb_phrase_ends_at_the_show(extractor) -> None:
    text = (
        "Fox Pulls the Plug on Cinderfall\n\n"
        "Cinderfall will not be taking the stage again. Fox has canceled its country music "
        "family saga after a single season."
    )
    got = statuses(extractor, text)
    assert triple("Cinderfall", 2, "canceled") in got
    assert not {t for t, _, _ in got} & {"pulls the plug on cinderfall", "plug"}


def test_a_cancellation_after_a_renewal_in_one_sentence_takes_that_season_back(
    extractor,
) -> None:
    text = (
        "Amber Nights Was Renewed in July. Now It Has Been Canceled\n\n"
        "Showtime has reversed course on Amber Nights. The network renewed the nightclub "
        "drama for a third season in July, but on Tuesday it canceled the series before "
        "production began.\n\n"
        "The show starred Ava Quinn as Lou Marlowe."
    )
    got = statuses(extractor, text, published="2025-08-20")
    assert triple("Amber Nights", 3, "canceled") in got
    assert triple("Amber Nights", 3, "renewed") not in got


def test_a_renewal_then_a_cancellation_of_another_show_keeps_both(extractor) -> None:
    text = (
        "Hulu Renews Red Ferns, Cancels Blue Hills\n\n"
        "Hulu renewed Red Ferns for a third season on Monday, and it canceled Blue Hills "
        "after two seasons."
    )
    got = statuses(extractor, text)
    assert triple("Red Ferns", 3, "renewed") in got
    assert triple("Blue Hills", 3, "canceled") in got


def test_a_character_named_like_a_contextual_network_is_kept(extractor) -> None:
    text = (
        "Lanterns Won't Be Back for Season 3\n\n"
        "The CW has quietly let Lanterns go.\n\n"
        "Kit Morrow plays Ada Lane, and Joel Fenn plays her brother Max. Tia Moss plays "
        "Stan's wife, Rosa."
    )
    pairs = {(c["actor"], c["character"]) for c in shows_of(extractor, text)["Lanterns"]["cast"]}
    assert ("Joel Fenn", "Max") in pairs


def test_a_network_in_brackets_is_still_no_character(extractor) -> None:
    text = (
        "Three Shows Renewed\n\n"
        "Salt Road (Prime Video) and Mill Pond (Hulu) were renewed for second seasons."
    )
    for show in shows_of(extractor, text).values():
        assert not any(c["character"] in ("Prime Video", "Hulu") for c in show.get("cast", []))


def test_an_ordinal_left_without_its_noun_after_a_decision() -> None:
    got = find_seasons("NBC picked up Harbor Nine for a second, while canceling Riverbend.")
    assert [r.numbers for r in got] == [(2,)]
    assert [r.numbers for r in find_seasons("the final season will be its fifth")] == [(5,)]
    assert find_seasons("He came back for a second, and then left.") == []


def test_a_pickup_for_a_second_in_a_slate_sentence(extractor) -> None:
    text = (
        "NBC's Fall Slate Takes Shape\n\n"
        "NBC on Monday renewed Copper Lane for a fourth season and picked up Harbor Nine for "
        "a second, while canceling both Riverbend and Night Owls after one season apiece."
    )
    got = statuses(extractor, text)
    assert triple("Harbor Nine", 2, "renewed") in got
    assert triple("Copper Lane", 4, "renewed") in got
    assert triple("Riverbend", 2, "canceled") in got


def test_section_headings_with_a_lower_case_tag_line(extractor) -> None:
    text = (
        "ABC Clears Out Four Series\n\n"
        "ABC trimmed its roster before its presentation to advertisers. Here is what went.\n\n"
        "Quiet Harbor: no third season\n\n"
        "The family comedy is finished after two seasons. Noah Penn starred as Kenny Dale, "
        "a teenager in a devout household, with Ruth Amis as his mother, Eileen Dale.\n\n"
        "Lies and Ladders: closed case\n\n"
        "The mystery series has been shut down after two seasons as well. Julia Wren played "
        "the relentless Detective Andrea Holt in both seasons of the show.\n\n"
        "Cast and Crew: what comes next\n\n"
        "The actors of both shows have moved on to other projects, their agents said."
    )
    got = statuses(extractor, text)
    assert triple("Quiet Harbor", 3, "canceled") in got
    assert triple("Lies and Ladders", 3, "canceled") in got
    shows = shows_of(extractor, text)
    assert ("Julia Wren", "Andrea Holt") in {
        (c["actor"], c["character"]) for c in shows["Lies and Ladders"]["cast"]
    }
    assert "Cast and Crew" not in shows


def test_a_book_with_a_subtitle_is_part_of_the_title(extractor) -> None:
    text = (
        "Starz Renews Ember Book II: Ashes for Season 2\n\n"
        "Starz has picked up a second season of Ember Book II: Ashes, weeks after it started "
        "airing. The spinoff premiered soon after the flagship drama closed its sixth and "
        "final season.\n\n"
        "Mia Lowe leads the cast as Tara Vance."
    )
    got = statuses(extractor, text)
    assert triple("Ember Book II: Ashes", 2, "renewed") in got
    assert triple("Ember Book II: Ashes", 6, "ended") not in got
    assert "ember" not in {t for t, _, _ in got}


def test_a_year_on_the_air_counts_as_a_season() -> None:
    assert [r.numbers for r in find_seasons("canceled the drama after one year, ending")] == [(1,)]
    assert find_seasons("after two years of development") == []
    assert find_seasons("It returned after two years away.") == []


def test_a_season_described_before_it_wraps_up_the_series(extractor) -> None:
    text = (
        "Last Call: Pump Street to Close After Season Six\n\n"
        "Kit Dunn, who created Pump Street, has announced that the sixth season now being "
        "made for CTV will wrap up the series."
    )
    assert triple("Pump Street", 6, "ended") in statuses(extractor, text)


def test_a_network_by_network_roundup(extractor) -> None:
    text = (
        "Renewed or Canceled? Every Network Decision From Upfronts Week\n\n"
        "It was a busy week for the broadcast networks. Here is every decision.\n\n"
        "CBS\n\n"
        "CBS renewed Harbor Point for a fifth season and Tall Pines for a third. The "
        "network canceled Blue Ridge Law after two seasons.\n\n"
        "NBC\n\n"
        "Over at NBC, Copper Lane was picked up for a seventh season. The network passed on "
        "a third season of Night Shift Nine, and Silver Creek is ending with its upcoming "
        "sixth season.\n\n"
        "Fox\n\n"
        "Fox has handed animated comedy Paper Town a fourth season. Medical drama Eastside "
        "was axed after one season."
    )
    got = statuses(extractor, text, published="2025-05-16")
    expected = {
        triple("Harbor Point", 5, "renewed"),
        triple("Tall Pines", 3, "renewed"),
        triple("Blue Ridge Law", 3, "canceled"),
        triple("Copper Lane", 7, "renewed"),
        triple("Night Shift Nine", 3, "canceled"),
        triple("Silver Creek", 6, "ended"),
        triple("Paper Town", 4, "renewed"),
        triple("Eastside", 2, "canceled"),
    }
    assert got == expected


def test_a_list_subject_needs_a_plural_verb(extractor) -> None:
    text = (
        "Two Dramas Wrap Up\n\n"
        "Fox canceled Night Shift Nine after two seasons, and Silver Creek is ending with its "
        "sixth season."
    )
    got = statuses(extractor, text)
    assert triple("Night Shift Nine", 6, "ended") not in got
    assert triple("Silver Creek", 6, "ended") in got
    both = (
        "NBC Cancels Two Dramas\n\n"
        "NBC canceled Night Shift Nine after two seasons, and Silver Creek and Blue Hills "
        "were canceled too, after three seasons each."
    )
    got = statuses(extractor, both)
    assert {triple("Silver Creek", 4, "canceled"), triple("Blue Hills", 4, "canceled")} <= got


def test_a_one_word_show_the_model_takes_for_a_person(extractor) -> None:
    text = (
        "Marlow Will Wrap Up With a Shortened Fifth Season at Fox\n\n"
        "The crime prequel now knows how much road it has left. Fox has confirmed that "
        "Marlow will come back for a fifth season, and that those episodes will be its "
        "last.\n\n"
        "Ben Kerr plays James Gordon, the honest cop."
    )
    assert triple("Marlow", 5, "ended") in statuses(extractor, text)


def test_a_hero_with_a_first_name_is_still_a_person(extractor) -> None:
    text = (
        "Casting News\n\n"
        "Harry Quill will be back for a second season of Night Desk, Fox said. Quill will "
        "come back for a second season as the detective."
    )
    assert "quill" not in {t for t, _, _ in statuses(extractor, text)}


def test_a_show_rescued_by_a_new_network(extractor) -> None:
    text = (
        "Lakeview Rescued: CMT Hands the Country Drama a Fifth Season\n\n"
        "Lakeview has found a new stage. Weeks after ABC pulled the plug on the musical "
        "drama, the cable channel CMT has stepped in with an order for a fifth season.\n\n"
        "Lakeview began on ABC in October 2012."
    )
    got = statuses(extractor, text, published="2016-06-24")
    assert got == {triple("Lakeview", 5, "renewed")}
    assert shows_of(extractor, text, published="2016-06-24")["Lakeview"]["network"] == "CMT"


def test_a_headline_question_about_a_return(extractor) -> None:
    text = (
        "Is Rubble Coming Back? NBC Hasn't Decided Yet\n\n"
        "For now nobody outside the network knows: NBC has neither renewed nor canceled "
        "Rubble, and a second season remains an open question."
    )
    assert triple("Rubble", 2, "pending") in statuses(extractor, text)


def test_an_auxiliary_before_a_cut_phrase_is_not_the_title(extractor) -> None:
    text = (
        "Last Stand Standing Is Coming Back Friday, With a New Cast\n\n"
        "Months after ABC dropped it, Last Stand Standing is coming back. The sitcom "
        "returns for a seventh season this Friday on its new home, Fox."
    )
    assert triple("Last Stand Standing", 7, "renewed") in statuses(extractor, text)


def test_a_numbered_list_of_shows_with_their_runs(extractor) -> None:
    text = (
        "Netflix's Cancellations of 2025 So Far\n\n"
        "Netflix has been busy cutting shows this year. Here are the series that won't be "
        "coming back.\n\n"
        "1. Copper Sky (2 seasons)\n\n"
        "The space western ended after two seasons. Netflix confirmed in February that it "
        "would not order a third. Jo Park played Captain Ren Ito.\n\n"
        "2. Lantern House (1 season)\n\n"
        "The haunted house drama was axed after one season in March. Bea Moss starred as "
        "Clara Vey.\n\n"
        "3. Saltmarsh (3 seasons)\n\n"
        "The Welsh crime drama will not return for a fourth season. Ian Rhys played DI Owen "
        "Price."
    )
    got = statuses(extractor, text, published="2025-06-01")
    assert got == {
        triple("Copper Sky", 3, "canceled"),
        triple("Lantern House", 2, "canceled"),
        triple("Saltmarsh", 4, "canceled"),
    }


def test_a_title_ending_on_a_network_like_word_keeps_it(extractor) -> None:
    text = (
        "The Week in TV Decisions\n\n"
        "Copper Sky, the space western, is done after two seasons at Netflix. Over at HBO, "
        "the crime drama Saltmarsh will end with its fourth season."
    )
    got = statuses(extractor, text)
    assert triple("Copper Sky", 3, "canceled") in got
    assert not {t for t, _, _ in got} & {"copper", "over"}


def test_would_after_a_reported_decision_is_no_guess(extractor) -> None:
    told = (
        "Glass Vale Ends\n\nNetflix confirmed that it would not order a third season of Glass Vale."
    )
    guess = (
        "Glass Vale Could End\n\n"
        "Netflix would not order a third season of Glass Vale if ratings fell."
    )
    assert triple("Glass Vale", 3, "canceled") in statuses(extractor, told)
    assert triple("Glass Vale", 3, "canceled") not in statuses(extractor, guess)


def test_a_farewell_after_the_final_episode(extractor) -> None:
    text = (
        "The Long Goodbye: Fernvale Says Farewell After Seven Seasons\n\n"
        "Fernvale's final episode aired Sunday night on CBS, ending the family drama's run "
        "after seven seasons. CBS had announced in January that the seventh season would be "
        "the last."
    )
    assert triple("Fernvale", 7, "ended") in statuses(extractor, text)


def test_would_in_a_guess_about_a_season_stays_a_guess(extractor) -> None:
    text = (
        "Fernvale Season 8?\n\n"
        "Fernvale's cast hopes the seventh season would not be the last, and fans think a "
        "season 8 would be welcome."
    )
    assert triple("Fernvale", 7, "ended") not in statuses(extractor, text)


def test_a_show_named_after_its_hero_under_a_season_headline(extractor) -> None:
    closes = (
        "Harrow Will Close the Case With Season 7 at Prime Video\n\n"
        "Jim Harrow is getting one more stretch of night shifts. Amazon has handed its "
        "longest-running drama a seventh season and made clear that it will be the last.\n\n"
        "Titus Vale has played Jim Harrow from the beginning."
    )
    assert triple("Harrow", 7, "ended") in statuses(extractor, closes)
    back = (
        "Penmarric Is Coming Back: BBC One Orders a Second Series of the Cornish Saga\n\n"
        "Ross Penmarric will be riding the clifftops again. The BBC has asked for a second "
        "series of its period drama.\n\n"
        "Aidan Hale plays Ross Penmarric, a soldier who comes home."
    )
    assert triple("Penmarric", 2, "renewed") in statuses(extractor, back)


def test_a_person_in_a_season_headline_stays_a_person(extractor) -> None:
    text = (
        "Jane Holloway Joins the Cast of Night Desk Season 3\n\n"
        "Jane Holloway will play a reporter in the third season of Night Desk, which NBC "
        "renewed in May."
    )
    got = statuses(extractor, text)
    assert "jane holloway" not in {t for t, _, _ in got}


def test_two_seasons_ordered_at_once(extractor) -> None:
    further = (
        "Nonna's House Handed Two More Series\n\n"
        "The BBC has commissioned two further series of Nonna's House, securing a twelfth "
        "and a thirteenth run of the period drama on BBC One."
    )
    got = statuses(extractor, further)
    assert {triple("Nonna's House", 12, "renewed"), triple("Nonna's House", 13, "renewed")} <= got
    rescued = (
        "Tort Survives: DirecTV Picks Up the Legal Thriller\n\n"
        "Tort, the legal drama that FX was ready to let go, has found a new home at DirecTV, "
        "which has ordered a fourth season and a fifth, ten episodes apiece."
    )
    got = statuses(extractor, rescued)
    assert {triple("Tort", 4, "renewed"), triple("Tort", 5, "renewed")} <= got


def test_a_number_word_after_an_article_opens_the_title(extractor) -> None:
    text = (
        "Will There Be a Nine Quiet Rooms Season 2? Hulu Hasn't Said\n\n"
        "The final episode of Nine Quiet Rooms arrived on Hulu last Wednesday. Hulu has "
        "neither renewed the drama nor written it off."
    )
    got = statuses(extractor, text)
    assert triple("Nine Quiet Rooms", 2, "pending") in got


def test_a_concluding_run_with_its_number_ends_the_show(extractor) -> None:
    text = (
        "Quill Will Close the Case File After Season 8\n\n"
        "USA Network has announced that Quill's eighth season will be the series' concluding "
        "run."
    )
    assert triple("Quill", 8, "ended") in statuses(extractor, text)
    aired = (
        "Oak Street Ends\n\n"
        "ABC has confirmed that Oak Street will end with its eighth season. Season seven "
        "wrapped up this spring, and details for the farewell season have not been released."
    )
    got = statuses(extractor, aired)
    assert triple("Oak Street", 8, "ended") in got
    assert triple("Oak Street", 7, "ended") not in got


def test_a_dateline_is_no_show(extractor) -> None:
    text = (
        "CBS Clears Out Its Freshmen: Pursuit and The Maloneys Are Gone\n\n"
        "NEW YORK, May 14, 2015 -- CBS has finished its spring housekeeping.\n\n"
        "Pursuit was the bigger casualty. CBS has now axed it after one season.\n\n"
        "The Maloneys is also finished. The comedy will not be given a second year."
    )
    got = statuses(extractor, text)
    assert "new york" not in {t for t, _, _ in got}
    assert {triple("Pursuit", 2, "canceled"), triple("The Maloneys", 2, "canceled")} <= got


def test_a_former_network_name_is_kept_as_written(extractor) -> None:
    text = (
        "ABC Family Renews Lakeside Girls for Two More Seasons\n\n"
        "ABC Family has renewed Lakeside Girls for a sixth and a seventh season."
    )
    assert shows_of(extractor, text)["Lakeside Girls"]["network"] == "ABC Family"


def test_a_status_field_line_under_a_title_and_network(extractor) -> None:
    text = (
        "Renewed or Canceled? Where Four Shows Stand\n\n"
        "Here is where a handful of series stand after upfront week.\n\n"
        "Rosewater Bay (The CW)\n"
        "Status: Renewed. The network wants a second year of the crime romance. Kim Lau plays "
        "detective Cat Chen.\n\n"
        "Brass Tacks (CBS)\n"
        "Status: Canceled. The midseason cop drama will not see a second season. Theo Jain "
        "played Walter Clark.\n\n"
        "Jane Rowe, M.D. (The CW)\n"
        "Status: Canceled. The CW has confirmed that the young doctor's story stops there, "
        "with no second season. Mamie Gold played Jane Rowe."
    )
    got = statuses(extractor, text)
    assert triple("Rosewater Bay", 2, "renewed") in got
    assert triple("Brass Tacks", 2, "canceled") in got
    assert triple("Jane Rowe, M.D.", 2, "canceled") in got


def test_a_roundup_with_gone_and_back_verdicts(extractor) -> None:
    text = (
        "NBC Clears Out Its Freshman Dramas, Keeps Little Things\n\n"
        "Here is how four of them fared.\n\n"
        "Keepsake - gone\n\n"
        "The fantasy about a child with uncanny gifts never found its footing, and NBC has "
        "pulled the plug after a single season.\n\n"
        "Standoff - gone\n\n"
        "The hostage thriller about a bus of schoolkids also ends after one run.\n\n"
        "Little Things - back\n\n"
        "The lone rookie survivor has secured a second season."
    )
    got = statuses(extractor, text)
    assert {
        triple("Keepsake", 2, "canceled"),
        triple("Standoff", 2, "canceled"),
        triple("Little Things", 2, "renewed"),
    } <= got


def test_a_network_with_a_plus_is_no_one_word_show(extractor) -> None:
    text = (
        "Mind Hunters Is Back: Paramount+ Orders a 16th Season of the Profiler Drama\n\n"
        "Paramount+ has greenlit a revival of Mind Hunters that will count as the show's 16th "
        "season. Joe Mantle returns as David Ross."
    )
    got = statuses(extractor, text)
    assert "paramount" not in {t for t, _, _ in got}


def test_a_season_that_dropped_on_a_streamer_is_a_release(extractor) -> None:
    text = (
        "Hulu Hands Time Janitor Another Round\n\n"
        "Hulu has ordered season 2 of Time Janitor. All thirteen installments of season 1 "
        "dropped on Hulu on November 14, 2017."
    )
    got = statuses(extractor, text)
    assert triple("Time Janitor", 2, "renewed") in got
    assert triple("Time Janitor", 1, "canceled") not in got


def test_a_third_batch_that_closes_the_show(extractor) -> None:
    text = (
        "Elm Hollow to Take Its Final Swing With Season 3\n\n"
        "Amazon has renewed Elm Hollow for a third outing and said plainly that this third "
        "batch closes the show."
    )
    got = statuses(extractor, text)
    assert triple("Elm Hollow", 3, "ended") in got
    assert triple("Elm Hollow", 3, "renewed") not in got


def test_a_season_wrapping_up_its_run_is_no_ending(extractor) -> None:
    text = (
        "Apple TV+ Renews Mending for Season 3\n\n"
        "Apple TV+ has renewed Mending for a third season, a few weeks before the comedy's "
        "second season wraps up its run."
    )
    assert statuses(extractor, text) == {triple("Mending", 3, "renewed")}


def test_a_dropped_g_keeps_its_apostrophe_in_a_title(extractor) -> None:
    text = (
        "Workin' Dads Will Clock Out After Season 7\n\n"
        "After six seasons, Workin' Dads is wrapping up. CBC has announced that the coming "
        "seventh season of the Toronto-set comedy will be its last."
    )
    got = statuses(extractor, text)
    assert triple("Workin' Dads", 7, "ended") in got
    assert "dads" not in {t for t, _, _ in got}


def test_a_final_series_without_a_number_in_the_body_stays_unnumbered(extractor) -> None:
    text = (
        "Hulu Cancels Hexmoor After One Season\n\n"
        "The demon-hunting drama was the final series made by the now-defunct TV division\n\n"
        "Hexmoor will not be back. Hulu has cancelled the horror series after a single "
        "season."
    )
    got = statuses(extractor, text)
    assert triple("Hexmoor", 2, "canceled") in got
    assert triple("Hexmoor", 1, "ended") not in got


def test_a_show_cut_after_a_few_episodes_lost_its_second_season(extractor) -> None:
    text = (
        "Renewed or Canceled? Where Four Shows Stand\n\n"
        "The upfronts are over. Here is a status check on four series.\n\n"
        "VILE CITY (ABC) — CANCELED\n\n"
        "The crime drama was yanked after three episodes and will not be back. Ed Weston "
        "played Kent Grange, a killer prowling the 1982 Sunset Strip, with Erika Crane as "
        "Betty Beau.\n\n"
        "OF SAINTS AND SINNERS (ABC) — CANCELED\n\n"
        "The biblical epic lasted two episodes on the air before ABC scrapped it.\n\n"
        "RUSH JOB (CBS) — CANCELED\n\n"
        "The buddy cop comedy joins the list of first-year casualties.\n\n"
        "THE DEALER (NBC) — CANCELED\n\n"
        "The action drama ended after nine episodes of its fifth season."
    )
    got = statuses(extractor, text)
    assert {
        triple("Vile City", 2, "canceled"),
        triple("Of Saints and Sinners", 2, "canceled"),
        triple("Rush Job", 2, "canceled"),
    } <= got
    assert triple("The Dealer", 2, "canceled") not in got
    assert "sunset strip" not in {norm for norm, _, _ in got}


def test_dropping_by_is_no_cancellation(extractor) -> None:
    text = (
        "Green Giantess Season 2: No Decision\n\n"
        "Disney+ has not announced a second season of Green Giantess. Tim Roe returns as "
        "Emil Blake, and Charlie Fox drops by as Matt Murdoch."
    )
    got = statuses(extractor, text)
    assert triple("Green Giantess", 2, "pending") in got
    assert triple("Green Giantess", 2, "canceled") not in got
