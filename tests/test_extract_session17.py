"""Session 17: history told in a season's preview, names with a person or a number in
them, and actors' other credits (sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import shows_of, status_claims, statuses, triple

from knowsofar.extract.titles import norm_title


def test_an_earlier_order_in_a_season_preview_is_history(extractor) -> None:
    text = (
        "Marlow Bay season 3: everything we know\n\n"
        "Has Marlow Bay been renewed? It has. CBS greenlit a third season in March.\n\n"
        "The drama premiered in 2023 with eight episodes. A second season was ordered that "
        "spring."
    )
    found = statuses(extractor, text)
    assert triple("Marlow Bay", 3, "renewed") in found
    assert triple("Marlow Bay", 2, "renewed") not in found


def test_an_earlier_season_still_to_come_is_kept_in_a_preview(extractor) -> None:
    # A fourth season ordered earlier and not yet out is news beside the fifth.
    text = (
        "Marlow Bay renewed for a fifth season\n\n"
        "CBS has renewed Marlow Bay for a fifth season. The fourth season, ordered last "
        "year, is already in the can and arrives in the spring."
    )
    found = statuses(extractor, text)
    assert triple("Marlow Bay", 5, "renewed") in found
    assert triple("Marlow Bay", 4, "renewed") in found


def test_a_person_a_longer_title_starts_with_is_not_a_show(extractor) -> None:
    text = (
        "Kids' WB gives Danny Okoro a cartoon of his own\n\n"
        "Danny Okoro has starred in plenty of action films. Danny Okoro Adventures, a "
        "half-hour animated series about a fictional version of the star, debuted on "
        "Kids' WB in September. Lee Park voices Danny, and Ana Ruiz plays Jade."
    )
    found = shows_of(extractor, text)
    assert "Danny Okoro Adventures" in found
    assert "Danny Okoro" not in found


def test_a_person_in_a_headline_only_title_stays(extractor) -> None:
    # Headline words after the name are no longer title: the name stays the show.
    text = (
        "Rex Hartley to Bow Out After Season 6, Netflix Confirms\n\n"
        "Netflix has confirmed that Rex Hartley will conclude with its sixth season. "
        "Will Arden voices Rex Hartley, a washed-up horse."
    )
    assert "Rex Hartley" in shows_of(extractor, text)


def test_a_title_with_a_comma_before_a_subtitle_never_written_alone(extractor) -> None:
    # The character's name is written alone too; the subtitle never is.
    text = (
        "Comedy Central books more sessions for Dr. Plum, Licensed Counselor\n\n"
        "Comedy Central has renewed Dr. Plum, Licensed Counselor for a second season. "
        "Sam Plum voices the title character, Dr. Plum, a tired therapist."
    )
    found = statuses(extractor, text)
    assert triple("Dr. Plum, Licensed Counselor", 2, "renewed") in found
    assert "Licensed Counselor" not in shows_of(extractor, text)


def test_a_title_ending_in_no_and_a_number(extractor) -> None:
    text = (
        "The Patels at No. 17 will return for another run\n\n"
        "BBC Two has commissioned series 2 of The Patels at No. 17, the comedy set in a "
        "suburban living room."
    )
    found = statuses(extractor, text)
    assert triple("The Patels at No. 17", 2, "renewed") in found


def test_a_title_ending_in_at_and_an_age_written_twice(extractor) -> None:
    text = (
        "TV Land closes the book on Burned Out at 40\n\n"
        "TV Land is not moving forward with Burned Out at 40. The network renewed the "
        "sitcom for a second season in 2011, and has now decided against bringing it "
        "back for a third."
    )
    found = statuses(extractor, text)
    assert triple("Burned Out at 40", 3, "canceled") in found
    assert triple("Burned Out at 40", 2, "canceled") not in found


def test_an_age_said_once_is_not_part_of_a_title(extractor) -> None:
    text = (
        "Cedar Point renewed\n\n"
        "ABC has renewed Cedar Point for a second season. Its hero, Mara Voss, retired at 35."
    )
    found = shows_of(extractor, text)
    assert "Cedar Point" in found
    assert not any("at 35" in s for s in found)


def test_an_elliptical_ordinal_ends_a_subheading(extractor) -> None:
    text = (
        "TV Land closes the book on Glass Acre\n\n"
        "The comedy had its second season, but it will not get a third\n\n"
        "TV Land is not moving forward with Glass Acre. It starred Tom Reyes."
    )
    found = statuses(extractor, text)
    assert triple("Glass Acre", 3, "canceled") in found
    assert triple("Glass Acre", 2, "canceled") not in found


def test_when_a_network_commissioned_the_show_is_no_season_order(extractor) -> None:
    # The heading's season is the one refused; the opening order was the first.
    text = (
        "Harbour Watch will not be back for a second series\n\n"
        "When BBC One commissioned Harbour Watch, it looked like a safe bet. The "
        "corporation has confirmed that the comedy will not return for a second series."
    )
    found = statuses(extractor, text)
    assert triple("Harbour Watch", 2, "canceled") in found
    assert triple("Harbour Watch", 2, "renewed") not in found


def test_an_actors_earlier_credit_is_not_the_shows_status(extractor) -> None:
    text = (
        "Hulu pulls the plug on Red Orchard after one season\n\n"
        "Hulu has canceled Red Orchard. Jo Marsh led the cast as Doris Vale. She "
        "previously starred in NBC's Timekeepers as a historian, a show that was "
        "canceled, revived after a fan campaign and then renewed for a movie."
    )
    found = statuses(extractor, text)
    assert triple("Red Orchard", 2, "canceled") in found
    assert not any(t[0] == norm_title("Red Orchard") and t[2] == "renewed" for t in found)


def test_the_case_for_renewal_is_an_argument(extractor) -> None:
    text = (
        "Greenvale waits on NBC for a fourth-season verdict\n\n"
        "NBC has made no decision yet about a fourth season of Greenvale.\n\n"
        "The case for renewal rests on loyalty rather than size. Some commentators "
        "predict a short order; others expect the axe."
    )
    found = statuses(extractor, text)
    assert triple("Greenvale", 4, "pending") in found
    assert triple("Greenvale", 4, "renewed") not in found
    assert triple("Greenvale", 4, "canceled") not in found


def test_a_label_headings_two_shows_each_named_alone(extractor) -> None:
    text = (
        "NBC sets its lineup\n\n"
        "The cancellation: Desk Jockeys\n\n"
        "NBC is not moving forward with Desk Jockeys. Its run stops at two seasons.\n\n"
        "The franchise: Harbor Fire and Harbor Med\n\n"
        "The dramas were never in danger. Harbor Fire will return for season 8, and "
        "Harbor Med is set for its fifth season."
    )
    found = statuses(extractor, text)
    assert triple("Harbor Fire", 8, "renewed") in found
    assert triple("Harbor Med", 5, "renewed") in found
    assert triple("Harbor Med", 8, "renewed") not in found
    assert "Harbor Fire and Harbor Med" not in shows_of(extractor, text)


def test_a_place_before_a_colon_in_a_sentence_is_no_title(extractor) -> None:
    text = (
        "Skater season 2: what we know\n\n"
        "Good news for anyone who wished they could skate through an empty Boston: Skater "
        "is coming back. HBO gave Skater a second season last year."
    )
    found = statuses(extractor, text)
    assert triple("Skater", 2, "renewed") in found
    assert not any("boston" in t[0] for t in found)


def test_an_ending_is_not_numbered_by_a_season_denied(extractor) -> None:
    text = (
        "Static Hour is over: Syfy cancels its anthology after four installments\n\n"
        "Syfy has canceled Static Hour. The anthology will end with the four stories it "
        "has already aired, and there will be no fifth season."
    )
    found = statuses(extractor, text)
    assert triple("Static Hour", 5, "canceled") in found
    assert triple("Static Hour", 5, "ended") not in found


def test_ordering_two_seasons_at_once(extractor) -> None:
    text = (
        "STATIC HOUR (Syfy) - RENEWED, TWICE\n\n"
        "Syfy did not just bring Static Hour back; it committed to two more installments "
        "at once, ordering a second and a third season."
    )
    found = statuses(extractor, text)
    assert triple("Static Hour", 2, "renewed") in found
    assert triple("Static Hour", 3, "renewed") in found


def test_the_difference_between_survival_and_cancellation_is_no_cut(extractor) -> None:
    text = (
        "Syfy renews Static Hour\n\n"
        "Syfy has renewed Static Hour for a second season. The difference between "
        "survival and cancellation this year came down to loyal fans."
    )
    assert not any(t[2] == "canceled" for t in status_claims(extractor, text))


def test_an_old_networks_cut_rescued_long_ago_is_history(extractor) -> None:
    text = (
        "Dry Creek season 6: what we know\n\n"
        "Netflix ordered a sixth season of Dry Creek last November and said it will be "
        "the final one. A&E canceled it in 2014 after three seasons, and Netflix stepped "
        "in to rescue it."
    )
    found = statuses(extractor, text)
    assert triple("Dry Creek", 6, "ended") in found
    assert triple("Dry Creek", 4, "renewed") not in found


def test_a_show_named_after_its_heros_surname_signs_off(extractor) -> None:
    text = (
        "Hathersage signs off: ITV's Derby detective drama has ended after nine series\n\n"
        "There will be no tenth series. Hathersage has come to an end, and the ninth "
        "series was its final run. Tom Reyes played DI Robert Hathersage throughout."
    )
    found = statuses(extractor, text)
    assert triple("Hathersage", 9, "ended") in found
    assert not any(t[0] == "derby" for t in found)


def test_a_verdict_word_opening_a_paragraph_is_no_title(extractor) -> None:
    text = (
        "May scorecard: Salt Flats, Dry Creek\n\n"
        "Salt Flats (CBS)\n\n"
        "Renewed. CBS has picked up its ensemble comedy for a second season.\n\n"
        "Dry Creek (Netflix)\n\n"
        "Greenlit. Netflix has committed to a fifth season of the modern western it "
        "rescued from A&E, so its sheriff will keep patrolling."
    )
    found = status_claims(extractor, text)
    assert (norm_title("Dry Creek"), 5, "renewed") in found
    assert not any(t[0] == "greenlit" for t in found)


def test_a_days_finale_is_no_show(extractor) -> None:
    text = (
        "Hollow Oak's future is up in the air after a shocking finale\n\n"
        "Hollow Oak fans are in limbo. Fox has made no decision on a fourth season of the "
        "supernatural drama, and after Friday's season 3 finale, nobody is sure what a "
        "fourth season would look like. The show is on the bubble."
    )
    assert "Friday" not in shows_of(extractor, text)
    assert not any(t[0] == "friday" for t in status_claims(extractor, text))


def test_a_wait_as_a_season_nears_its_end_is_for_the_next(extractor) -> None:
    text = (
        "Quiet Machine's future hangs in the balance as season 4 nears its end\n\n"
        "CBS has not yet said whether Quiet Machine gets another year."
    )
    found = statuses(extractor, text)
    assert triple("Quiet Machine", 5, "pending") in found
    assert triple("Quiet Machine", 4, "pending") not in found


def test_stopping_instead_of_ordering_is_no_order(extractor) -> None:
    text = (
        "NBC axes Dust Town after two seasons\n\n"
        "NBC has canceled Dust Town after two seasons. Its ratings were soft, and the "
        "network has chosen to stop there instead of ordering a third season."
    )
    found = status_claims(extractor, text)
    assert (norm_title("Dust Town"), 3, "canceled") in found
    assert not any(t[2] == "renewed" for t in found)


def test_a_reaction_to_the_first_run_does_not_number_an_order(extractor) -> None:
    text = (
        "BBC One orders more Harbour Lights\n\n"
        "A second series of Harbour Lights, BBC One's revival of the cult detective show, "
        "has been commissioned despite a mixed reaction from critics to the first run."
    )
    found = statuses(extractor, text)
    assert triple("Harbour Lights", 2, "renewed") in found
    assert triple("Harbour Lights", 1, "renewed") not in found


def test_wrapped_up_its_run_with_a_season_ends_it(extractor) -> None:
    text = (
        "Fall check-in\n\n"
        "Shelf Life\n\n"
        "The NBC workplace comedy has closed its doors. Shelf Life wrapped up its run with "
        "its sixth season, which was the final one."
    )
    assert triple("Shelf Life", 6, "ended") in statuses(extractor, text)


def test_a_renewal_for_a_show_told_by_its_kind_is_not_the_articles(extractor) -> None:
    text = (
        "Fall TV check-in: where three shows stand\n\n"
        "A renewal for a time-travel mystery, a fifth season for the firefighters, and a "
        "goodbye\n\n"
        "Shelf Life\n\n"
        "Shelf Life wrapped up its run with its sixth season, which was the final one."
    )
    found = status_claims(extractor, text)
    assert (norm_title("Shelf Life"), 6, "ended") in found
    assert not any(t[2] == "renewed" for t in found)


def test_return_with_season_two_is_season_two(extractor) -> None:
    text = (
        "Cloud Nine (Prime Video)\n"
        "The afterlife comedy Cloud Nine will return with season two, a renewal made long "
        "ago, though new episodes still lack a date."
    )
    assert triple("Cloud Nine", 2, "renewed") in statuses(extractor, text)


def test_a_season_in_the_works_under_its_shows_heading(extractor) -> None:
    text = (
        "Streaming scorecard\n\n"
        "Warrior Bell (Netflix)\n"
        "Netflix greenlit a second season of Warrior Bell in August.\n\n"
        "The Dusk Academy (Netflix)\n"
        "A third season of the superhero family saga is in the works. No return date has "
        "been named."
    )
    assert triple("The Dusk Academy", 3, "renewed") in statuses(extractor, text)


def test_who_is_coming_back_names_no_show(extractor) -> None:
    text = (
        "Streaming scorecard: who is coming back, and who is still waiting\n\n"
        "Warrior Bell (Netflix)\n"
        "Netflix greenlit a second season of Warrior Bell in August.\n\n"
        "The Dusk Academy (Netflix)\n"
        "Netflix ordered a third season of The Dusk Academy last November."
    )
    found = status_claims(extractor, text)
    assert not any(t[1] is None and t[2] == "renewed" for t in found)


def test_already_has_a_season_before_its_launch(extractor) -> None:
    text = (
        "The Wheel of Hours (Prime Video)\n"
        "Amazon's fantasy The Wheel of Hours has not even started, but it already has a "
        "second season: Prime Video picked it up in May."
    )
    assert triple("The Wheel of Hours", 2, "renewed") in statuses(extractor, text)


def test_silence_about_the_next_season_is_a_wait(extractor) -> None:
    text = (
        "Why Wives Plot (Paramount+)\n"
        "The anthology Why Wives Plot wrapped its second season in August, and Paramount+ "
        "has stayed silent about a third."
    )
    assert triple("Why Wives Plot", 3, "pending") in statuses(extractor, text)


def test_a_season_that_remains_uncertain_is_a_wait(extractor) -> None:
    text = (
        "Fox bubble watch\n\n"
        "Morningstar Lane\n\n"
        "The devilish procedural Morningstar Lane is wrapping its third season. A fourth "
        "season remains uncertain.\n\n"
        "Last Chair Standing\n\n"
        "No deal has been announced for Last Chair Standing, so a seventh season is still a "
        "maybe."
    )
    found = statuses(extractor, text)
    assert triple("Morningstar Lane", 4, "pending") in found
    assert triple("Last Chair Standing", 7, "pending") in found


def test_a_name_read_as_a_persons_with_a_season_in_the_standfirst(extractor) -> None:
    text = (
        "Is Tavo coming back? Freevee has not decided yet\n\n"
        "The coming-of-age comedy about a teenager with five uncles is still waiting to "
        "hear about a second season\n\n"
        "Fans who raced through Tavo last month keep asking whether there will be more. "
        "Critics liked Tavo a great deal."
    )
    assert triple("Tavo", 2, "pending") in statuses(extractor, text)


def test_nothing_settled_about_more_episodes_is_a_wait(extractor) -> None:
    text = (
        "Payback season 2: will Hulu bring back Dora Quill?\n\n"
        "Has Hulu renewed Payback? Not yet. Nothing has been settled at Hulu about further "
        "episodes of Payback."
    )
    assert triple("Payback", 2, "pending") in statuses(extractor, text)


def test_a_title_of_common_words_decided_and_described(extractor) -> None:
    text = (
        "Dark Family season 2: the state of play\n\n"
        "Dark Family, the animated space adventure that TBS launched in February, will "
        "return for a second season."
    )
    assert triple("Dark Family", 2, "renewed") in statuses(extractor, text)


def test_a_season_already_part_of_the_deal(extractor) -> None:
    text = (
        "Dockside: everything we know about AMC's legal drama\n\n"
        "Is a second season coming? Yes. AMC ordered two seasons of Dockside at once, so "
        "a second season is already part of the deal."
    )
    assert triple("Dockside", 2, "renewed") in statuses(extractor, text)


def test_a_company_that_greenlit_a_season_is_no_show(extractor) -> None:
    text = (
        "PondTales Season 2: Everything we know so far\n\n"
        "Is PondTales renewed? Yes. Disney greenlit Season 2 before the first episode "
        "ever aired."
    )
    assert triple("PondTales", 2, "renewed") in statuses(extractor, text)


def test_the_bbc_commissioning_two_series(extractor) -> None:
    text = (
        "Bent Copper series 5: start date and everything we know\n\n"
        "Is this the last series of Bent Copper? No. The BBC commissioned series 5 and "
        "series 6 at the same time."
    )
    found = statuses(extractor, text)
    assert triple("Bent Copper", 5, "renewed") in found
    assert triple("Bent Copper", 6, "renewed") in found


def test_years_after_the_first_run_is_a_time(extractor) -> None:
    text = (
        "Lake Verge series 2: what we know\n\n"
        "Four years after the first run, Lake Verge is back. The BBC has confirmed that the "
        "second series will go out on BBC Two this summer."
    )
    assert triple("Lake Verge", 2, "renewed") in statuses(extractor, text)


def test_months_after_a_season_dropped_a_wait_is_for_the_next(extractor) -> None:
    # The time phrase numbers a wait (not an order): the season out, so the next.
    text = (
        "Is Cold Harbour coming back? Hulu has yet to decide\n\n"
        "More than eight months after its third season dropped, Cold Harbour is still "
        "waiting to learn its fate."
    )
    assert triple("Cold Harbour", 4, "pending") in statuses(extractor, text)


def test_the_network_named_with_the_is_the_decider(extractor) -> None:
    text = (
        "Five one-season wonders\n\n"
        "Here are five that were cut off after a single season.\n\n"
        "Sam & Lou (The WB)\n\n"
        "This political family saga premiered in September 2004. The WB canceled it in the "
        "spring of 2005, so its story stayed a mystery."
    )
    found = status_claims(extractor, text)
    assert (norm_title("Sam & Lou"), 2, "canceled") in found


def test_decided_not_to_make_a_third(extractor) -> None:
    text = (
        "Two seasons and out\n\n"
        "Mirror Twins\n\n"
        "Disney Channel's sitcom Mirror Twins started in January 2014 and was renewed for a "
        "second season. The channel then decided not to make a third."
    )
    found = statuses(extractor, text)
    assert triple("Mirror Twins", 3, "canceled") in found
    assert triple("Mirror Twins", 2, "renewed") not in found


def test_decided_against_a_third_so_it_stops(extractor) -> None:
    text = (
        "Genre shows cut short\n\n"
        "Count Fang\n\n"
        "Syfy's comedy-horror series Count Fang premiered in October 2022. Syfy renewed it "
        "in 2023, and the second season aired in 2024, but the channel then decided against "
        "a third, so the story stops there."
    )
    assert triple("Count Fang", 3, "canceled") in statuses(extractor, text)


def test_meaning_no_fourth_is_a_cut(extractor) -> None:
    text = (
        "Gone too soon\n\n"
        "The Dan Wexley Show (Comedy Central)\n\n"
        "The comedian's weekly mix of desk monologues and field pieces was sharp. Comedy "
        "Central pulled the plug on The Dan Wexley Show last year, meaning no fourth."
    )
    assert triple("The Dan Wexley Show", 4, "canceled") in statuses(extractor, text)


def test_there_was_no_fifth_numbers_the_cut(extractor) -> None:
    text = (
        "Hill Street Heights at ten\n\n"
        "Hill Street Heights ran for four seasons. ABC Family canceled it after those four "
        "seasons, and there was no fifth."
    )
    assert triple("Hill Street Heights", 5, "canceled") in statuses(extractor, text)


def test_capital_headings_with_a_verdict_line_after_the_paragraph(extractor) -> None:
    text = (
        "ABC's one-season club: three shows that never got a second year\n\n"
        "Here are three from ABC's past, each of which was canceled after one season.\n\n"
        "SALT MARSH\n\n"
        "Tom Reyes's comedy premiered in the fall of 2009. Reyes played Hal Pryor, a big "
        "shot who loses his fortune.\n\n"
        "Verdict: Canceled.\n\n"
        "QUIET TOWN\n\n"
        "This mystery arrived in the spring of 2010. ABC took it off the schedule after a "
        "few weeks; there was no season 2.\n\n"
        "Verdict: Axed.\n\n"
        "HELP ME NOW\n\n"
        "Jo Marsh starred as Dr. Bea Hoff, a therapist, in this comedy, which debuted in "
        "2006. ABC passed on a second season.\n\n"
        "Verdict: Not renewed."
    )
    found = statuses(extractor, text)
    assert triple("QUIET TOWN", 2, "canceled") in found
    assert triple("HELP ME NOW", 2, "canceled") in found


def test_the_miniseries_a_show_grew_out_of_does_not_make_its_cut_an_ending(extractor) -> None:
    text = (
        "One and done\n\n"
        "THE SECOND WIFE (USA Network)\n\n"
        "Status: Axed after its only full season.\n\n"
        "The story first played out as a miniseries in 2007 before USA Network turned it "
        "into a weekly show. Jo Marsh earned praise for the miniseries, but USA chose not "
        "to bring it back for a second season."
    )
    found = status_claims(extractor, text)
    assert (norm_title("THE SECOND WIFE"), 2, "canceled") in found
    assert not any(t[2] == "ended" for t in found)


def test_a_status_line_done_after_a_season(extractor) -> None:
    text = (
        "One and done\n\n"
        "HUNGRY (FX)\n\n"
        "Status: Done after a single season.\n\n"
        "FX took a swing in 2005 with this comedy about four friends.\n\n"
        "THREE FORKS (CBS)\n\n"
        "Status: Canceled after one season."
    )
    assert triple("HUNGRY", 2, "canceled") in statuses(extractor, text)


def test_declined_to_order_more_is_a_cut(extractor) -> None:
    text = (
        "Hungry Hearts news\n\n"
        "FX aired one season of Hungry Hearts in 2005. FX declined to order more of "
        "Hungry Hearts after the first season."
    )
    found = status_claims(extractor, text)
    assert any(t[0] == norm_title("Hungry Hearts") and t[2] == "canceled" for t in found)


def test_a_stars_surname_given_seasons_in_the_heading_is_the_show(extractor) -> None:
    text = (
        "Wexford season 4: what to know about the comedian's last lap on IFC\n\n"
        "IFC's comedy built around the stand-up Dan Wexford is in its fourth season, and "
        "that season will be its final one.\n\n"
        "Who is in it?\n\n"
        "Wexford plays a version of himself, as he always has."
    )
    assert triple("Wexford", 4, "ended") in statuses(extractor, text)


def test_the_and_a_common_word_capitalised_inside_a_sentence_is_a_title(extractor) -> None:
    text = (
        "The Plot has finished its first run. Will the City Plotters be back?\n\n"
        "BBC America is still weighing a second run of its fantasy series\n\n"
        "The first season of The Plot has wrapped up on BBC America, and fans are asking "
        "the obvious question. Nobody knows yet: the channel has not said whether the "
        "series will return for a second season. Until then, season two is on the bubble."
    )
    assert triple("The Plot", 2, "pending") in statuses(extractor, text)
