"""Session 38: titles (a one-word second name written only after the first and its comma,
"X, the Y" written so twice, a line's "So:" answer label, a
roundup heading whose subtitle is a network's name, a vessel written "the X", a headline
word the body writes in lower case, "Reruns of X"), status ("dropped the revival season"
is a release, "By the end of season 12" is to come, "Status: Ordered" makes a first
season, "this run is its final one", people as a clause's subject), cast ("still handles
X and Y" after ", and", "the hot-tempered Texan X Y", "has headlined since the pilot as",
"is front and center as", "The same actress also plays", "A as X and B as Y complete ...",
"was the teacher Mr. X in the first batch of episodes") and where a pair belongs (a
surname's "fans", "a series of his own, Y", "forever X to fans of Y", "a newcomer whose
character also ... in Y", "X, the aide on Y"); every sentence, show and role invented.

Each test fails on session 37's code (b103c41) unless it says it guards a neighbour."""

from __future__ import annotations

from extract_helpers import cast_pairs, show_cast, shows_of, status_claims, statuses, triple


def test_a_one_word_second_name_written_only_after_the_first(extractor) -> None:
    text = (
        "Last Call at the Old Mill: Third Series of Hither, Thither Will Be the Final One\n"
        "\n"
        "Granite Television has confirmed that the current run of Hither, Thither, the "
        "third series, will be the last, and the story of the Pellow house will end.\n"
        "\n"
        "Jonah Pellow plays the butler, Amos Crane. Hither, Wendy Marr plays the cook, "
        "Ada Finch.\n"
    )
    found = shows_of(extractor, text)
    assert "Hither, Thither" in found
    assert "Thither" not in found
    assert triple("Hither, Thither", 3, "ended") in statuses(extractor, text)


def test_a_name_and_the_lower_case_the_after_its_comma(extractor) -> None:
    text = (
        "ABC keeps the spell going: Marla, the Kitchen Witch picked up for a second season\n"
        "\n"
        "ABC has renewed Marla, the Kitchen Witch, giving its Friday comedy another year.\n"
        "\n"
        "Dessa Quill returns as Marla Fenwick, a cook who learns that spells run in the "
        "family. Marla's aunts come back too: Oona Vell plays Hattie Fenwick.\n"
    )
    found = shows_of(extractor, text)
    assert "Marla, the Kitchen Witch" in found
    assert triple("Marla, the Kitchen Witch", 2, "renewed") in statuses(extractor, text)


def test_a_named_persons_surname_has_fans(extractor) -> None:
    text = (
        "HBO renews Brackwater for a third season\n"
        "\n"
        "HBO has picked up a third season of Dana Corvo and Eli Brandt's drama, with the "
        "second season still airing.\n"
        "\n"
        "Wendell Stroud plays Amos Tate. He is a familiar face to Corvo's fans from her "
        "earlier work.\n"
    )
    assert set(shows_of(extractor, text)) == {"Brackwater"}


def test_dropping_the_revival_season_is_its_release(extractor) -> None:
    text = (
        "Will Gale Harbor Return for Season 5? Hulu Has Not Decided\n"
        "\n"
        "A month after Hulu dropped the revival season all at once, fans of Gale Harbor "
        "are still arguing about the ending. Hulu has not renewed the detective drama for "
        "a fifth season, nor has it canceled the thing.\n"
    )
    found = statuses(extractor, text)
    assert triple("Gale Harbor", 5, "pending") in found
    assert not any(s == "canceled" for _, _, s in found)


def test_an_answer_label_is_no_part_of_the_title(extractor) -> None:
    text = (
        "Will Gale Harbor Return for Season 5?\n"
        "\n"
        "Hulu has not renewed Gale Harbor for a fifth season.\n"
        "\n"
        "So: Gale Harbor is on the bubble. Until Hulu speaks, season 5 is neither happening "
        "nor dead.\n"
    )
    assert set(shows_of(extractor, text)) == {"Gale Harbor"}


def test_a_section_heading_whose_subtitle_is_a_networks_name(extractor) -> None:
    text = (
        "Where every Moon Base series stands\n"
        "\n"
        "Peacock showed its whole Moon Base slate last month. Here is each show.\n"
        "\n"
        "Moon Base: Bravo\n"
        "Network: Peacock\n"
        "Status: Renewed for season 3. Ann Vole leads the series as Tess Arden.\n"
        "\n"
        "Moon Base: Dawn\n"
        "Network: Peacock\n"
        "Status: Renewed for season 2. Cal Brisk plays Omar Dade.\n"
    )
    found = statuses(extractor, text)
    assert triple("Moon Base: Bravo", 3, "renewed") in found
    assert triple("Moon Base: Dawn", 2, "renewed") in found
    assert "Moon Base" not in shows_of(extractor, text)


def test_a_roundups_ordered_verdict_makes_the_first_season(extractor) -> None:
    text = (
        "Where the new dramas stand\n"
        "\n"
        "Two new dramas are on the way.\n"
        "\n"
        "Harbor Lights\n"
        "Network: Hulu\n"
        "Status: Ordered, and the first season is in production. Jane Doe is the showrunner.\n"
        "\n"
        "Mill Pond\n"
        "Network: Hulu\n"
        "Status: Renewed for season 2. The comedy follows a family of bakers.\n"
    )
    assert triple("Harbor Lights", 1, "renewed") in statuses(extractor, text)


def test_the_end_of_a_season_to_come_is_no_release(extractor) -> None:
    text = (
        "Fox keeps Quarry Lane going through season 12\n"
        "\n"
        "Fox on Wednesday ordered an 11th and a 12th season of Quarry Lane, which keeps the "
        "animated family on Sunday nights. The order lands while season 10 is still "
        "airing.\n"
        "\n"
        "By the end of season 12 the series will have produced 260 episodes.\n"
    )
    found = statuses(extractor, text)
    assert triple("Quarry Lane", 11, "renewed") in found
    assert triple("Quarry Lane", 12, "renewed") in found


def test_one_actor_still_handles_two_roles_in_a_clause_of_its_own(nlp) -> None:
    text = (
        "Harry Shearer voices Mr. Burns and Ned Flanders, and Hank Azaria still handles "
        "Moe Szyslak and Chief Wiggum."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Hank Azaria", "Moe Szyslak") in pairs
    assert ("Hank Azaria", "Chief Wiggum") in pairs


def test_a_vessel_written_the_name_in_the_body_is_no_show(extractor) -> None:
    text = (
        "Kestrel Flies Again: ABC Orders a Second Season of Sky Patrol, in Color\n"
        "\n"
        "ABC has picked up Sky Patrol for a second season, and the new episodes will be "
        "filmed in color.\n"
        "\n"
        "Rolf Brenner stars as Admiral Harold Vance, the stubborn designer of the Kestrel. "
        "Ward Ellison plays Commander Lee Marsh, who flies the Kestrel.\n"
    )
    assert "Kestrel" not in shows_of(extractor, text)
    assert ("Rolf Brenner", "Harold Vance") in show_cast(extractor, text, "Sky Patrol")


def test_this_run_is_its_final_one(extractor) -> None:
    text = (
        "Paramount+ sets a finish line for Delta Unit\n"
        "\n"
        "The streamer has handed Delta Unit a seventh season and announced in the same "
        "breath that this run is its final one.\n"
    )
    found = statuses(extractor, text)
    assert triple("Delta Unit", 7, "ended") in found
    assert triple("Delta Unit", 7, "renewed") not in found


def test_a_description_of_origin_before_a_role_after_is_the(nlp) -> None:
    text = (
        "Neil Varga plays Ray Dunn, Jason's closest friend, and Tom Brevik is the "
        "hot-tempered Texan Sonny Wade."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Tom Brevik", "Sonny Wade") in pairs
    assert ("Tom Brevik", "Texan Sonny Wade") not in pairs


def test_has_headlined_since_the_pilot_as(nlp) -> None:
    text = (
        "David Boreanaz has headlined since the pilot as Jason Hayes, the unit's master "
        "chief, and has directed a handful of episodes."
    )
    assert ("David Boreanaz", "Jason Hayes") in cast_pairs(nlp, text)


def test_a_role_stays_with_the_show_beside_the_actors_own_series(extractor) -> None:
    text = (
        "Paramount+ renews Delta Unit for a seventh season\n"
        "\n"
        "The streamer has renewed Delta Unit for a seventh season.\n"
        "\n"
        "Max Thieriot, who played Clay Spenser, now also has a CBS series of his own, "
        "Fire Country, the firefighter drama he co-created and stars in.\n"
    )
    assert ("Max Thieriot", "Clay Spenser") in show_cast(extractor, text, "Delta Unit")


def test_forever_a_role_to_fans_of_another_show(extractor) -> None:
    text = (
        "Bubble watch: Plan B\n"
        "\n"
        "Plan B\n"
        "Network: CBS\n"
        "Status: no word yet on season 3\n"
        "\n"
        "Matt LeBlanc, forever Joey Tribbiani to fans of Friends, plays the contractor "
        "Adam Burns, with Liza Snyder as his wife, Andi Burns.\n"
    )
    found = shows_of(extractor, text)
    assert "Friends" not in found
    assert ("Matt LeBlanc", "Adam Burns") in show_cast(extractor, text, "Plan B")


def test_front_and_center_as(nlp) -> None:
    text = "Clark Gregg is still front and center as Phil Coulson. Chloe Bennet plays Daisy."
    assert ("Clark Gregg", "Phil Coulson") in cast_pairs(nlp, text)


def test_the_same_actress_also_plays(nlp) -> None:
    text = (
        "Tatiana Maslany plays Sarah Manning, the street-smart grifter. The same actress "
        "also plays Cosima Niehaus, a graduate student."
    )
    assert ("Tatiana Maslany", "Cosima Niehaus") in cast_pairs(nlp, text)


def test_a_role_described_as_one_on_another_show(extractor) -> None:
    text = (
        "Quayside season 7: everything we know\n"
        "\n"
        "USA has renewed Quayside for a seventh season.\n"
        "\n"
        "- Dulé Hill as Gus Guster, the hero's best friend\n"
        "\n"
        "Hill was known to many viewers before Quayside for playing Charlie Young, the "
        "presidential aide on The West Wing.\n"
    )
    cast = show_cast(extractor, text, "Quayside")
    assert ("Dulé Hill", "Gus Guster") in cast
    assert ("Dulé Hill", "Charlie Young") not in cast


def test_guard_a_description_with_a_deed_on_a_name(extractor) -> None:
    # guards: "the waiter with a crush on Agnes" is this show's role, Agnes no show
    text = (
        "ITV commissions a second series of Fenwick House\n"
        "\n"
        "ITV has ordered a second series of Fenwick House.\n"
        "\n"
        "Trystan Gravelle plays Victor Colleano, the waiter with a crush on Agnes.\n"
    )
    assert ("Trystan Gravelle", "Victor Colleano") in show_cast(extractor, text, "Fenwick House")


def test_a_headline_word_the_body_writes_in_lower_case(extractor) -> None:
    text = (
        "Flint and Feather: What to Know Before Starz's Ballet Drama Opens\n"
        "\n"
        "Starz is about to raise the curtain on Flint and Feather, a dark drama set inside "
        "a New York ballet company. The series arrives on 8 November 2015.\n"
        "\n"
        "Sara Hale, a professional dancer, plays Claire Robbins. Irina Dvor, a principal "
        "with the American Ballet Theatre, appears as Kiira.\n"
    )
    found = shows_of(extractor, text)
    assert "Ballet" not in found
    assert ("Sara Hale", "Claire Robbins") in show_cast(extractor, text, "Flint and Feather")


def test_a_newcomer_whose_character_also_appears_in_another_show(extractor) -> None:
    text = (
        "Gherkin cast guide: who plays who\n"
        "\n"
        "Gherkin, an eight-part drama, starts on Channel 4 on 22 January 2015. Its sister "
        "show, Plantain, follows straight after on E4.\n"
        "\n"
        "His flatmate Dean Monroe is played by Fisayo Akinade, a newcomer whose character "
        "also carries a story in Plantain. James Murray appears as Daniel Coleman, Lance's "
        "colleague.\n"
    )
    cast = show_cast(extractor, text, "Gherkin")
    assert ("Fisayo Akinade", "Dean Monroe") in cast
    assert ("James Murray", "Daniel Coleman") in cast


def test_people_as_the_subject_are_not_the_show(extractor) -> None:
    text = (
        "Netflix picks up Quill Hollow for a second season\n"
        "\n"
        "The streaming service ordered a second season of Quill Hollow, its gothic horror "
        "series.\n"
        "\n"
        "Some first-season characters will not be back, and several cast members will not "
        "return either.\n"
    )
    assert triple("Quill Hollow", 2, "renewed") in statuses(extractor, text)
    assert not any(s == "canceled" for _, _, s in status_claims(extractor, text))


def test_reruns_of_a_show_open_no_title(extractor) -> None:
    text = (
        "FX passes on more Saint Lenny\n"
        "\n"
        "FX has opted against a second season of Saint Lenny, a multi-camera sitcom.\n"
        "\n"
        "Reruns of Saint Lenny's first season will stay available through the FX app.\n"
    )
    found = shows_of(extractor, text)
    assert "Reruns of Saint Lenny" not in found
    assert triple("Saint Lenny", 2, "canceled") in statuses(extractor, text)


def test_a_teacher_in_the_first_batch_of_episodes(nlp) -> None:
    text = (
        "Paul Feig was the nervous science teacher Mr. Pool in the first batch of episodes, "
        "and Michelle Beaudoin played Jenny Kelley."
    )
    assert ("Paul Feig", "Mr. Pool") in cast_pairs(nlp, text)


def test_two_pairs_then_their_verb(nlp) -> None:
    complete = "Darren Evans as Chef and Sophie McShera as Gwynne complete the kitchen subplot."
    assert ("Sophie McShera", "Gwynne") in cast_pairs(nlp, complete)
    would = "Lena Waithe as Denise and Kelvin Yu as Brian would presumably return alongside him."
    assert ("Kelvin Yu", "Brian") in cast_pairs(nlp, would)


def test_plans_for_a_season_not_going_ahead(extractor) -> None:
    text = (
        "Granite drops Orbit Nine\n"
        "\n"
        "Plans for a second series of Orbit Nine, the space drama from Granite Television, "
        "are not going ahead, and the writers have been told to stop.\n"
    )
    assert triple("Orbit Nine", 2, "canceled") in statuses(extractor, text)


def test_a_place_done_with_its_people_is_no_show(extractor) -> None:
    text = (
        "Ember Creek Season 3: Everything We Know So Far\n"
        "\n"
        "Tarrow is not done with the Vances. With season two still airing, here is what is "
        "settled about the third season of Syfy's western.\n"
        "\n"
        "Has Ember Creek been renewed for season 3?\n"
        "\n"
        "Yes. Syfy announced the pickup last month.\n"
    )
    found = shows_of(extractor, text)
    assert "Tarrow" not in found
    assert triple("Ember Creek", 3, "renewed") in statuses(extractor, text)


def test_a_comma_name_asked_about_beside_its_town(extractor) -> None:
    text = (
        "Dusk, Nevada season 2: the state of play\n"
        "\n"
        "NBC's supernatural drama has one summer behind it.\n"
        "\n"
        "Has Dusk, Nevada been renewed?\n"
        "\n"
        "Yes. NBC ordered a second season in the spring.\n"
        "\n"
        "Who is in it?\n"
        "\n"
        "Remy Castel leads as Manfred Ortiz, the medium who moves to Dusk hoping to hide.\n"
    )
    found = shows_of(extractor, text)
    assert "Dusk, Nevada" in found
    assert "Nevada" not in found
    assert triple("Dusk, Nevada", 2, "renewed") in statuses(extractor, text)


def test_a_common_word_named_with_its_capital_inside_sentences(extractor) -> None:
    text = (
        "Popular Survives: Second Season Ordered at The WB\n"
        "\n"
        "A second season of Popular is on the way after The WB picked up the show.\n"
        "\n"
        "Fans have also asked whether Popular could move to a bigger night.\n"
    )
    assert triple("Popular", 2, "renewed") in statuses(extractor, text)


def test_guard_a_kind_written_with_a_capital_after_the(extractor) -> None:
    # guards: "the Western" twice is a kind of show, not one named Western
    text = (
        "Fox cancels Lasso County\n"
        "\n"
        "Fox has canceled Lasso County after one season. The network tried the Western as "
        "a Friday show, and the Western never found its audience.\n"
    )
    found = statuses(extractor, text)
    assert triple("Lasso County", 2, "canceled") in found
    assert not any(t == "western" for t, _, _ in found)


def test_weeks_into_a_season_it_is_on_the_air(extractor) -> None:
    text = (
        "Is Mirror Office coming back? Starz has not decided\n"
        "\n"
        "Two weeks into its second season, Mirror Office is one of the best-reviewed dramas "
        "on television. Starz has not renewed Mirror Office for a third season, and it has "
        "not canceled it either.\n"
        "\n"
        "Bettina Graves has joined the second season as Naya Temple, an investigator.\n"
    )
    found = statuses(extractor, text)
    assert triple("Mirror Office", 3, "pending") in found
    assert triple("Mirror Office", 2, "renewed") not in found


def test_acting_in_it_and_doing_double_duty(nlp) -> None:
    maker = (
        "Mike White, who created the series and writes every episode, also acts in it as "
        "Tyler, Amy's shy co-worker."
    )
    assert ("Mike White", "Tyler") in cast_pairs(nlp, maker)
    comma = (
        "Paul W. Downs, another of the showrunners, also acts, as Deborah's put-upon "
        "manager Jimmy LuSaque Jr., and Megan Stalter is back as his assistant."
    )
    assert ("Paul W. Downs", "Jimmy LuSaque Jr.") in cast_pairs(nlp, comma)
    duty = "Frank Welker does double duty as Gogo Dodo, and Tress MacNeille voices Babs."
    assert ("Frank Welker", "Gogo Dodo") in cast_pairs(nlp, duty)


def test_a_role_named_like_a_title(nlp) -> None:
    text = (
        "Ed Harris, who plays the Man in Black, had one of the biggest arcs of the year, "
        "while Tessa Thompson took on a larger role as Charlotte Hale."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Ed Harris", "Man in Black") in pairs
    assert ("Ed Harris", "Man") not in pairs


def test_rounds_things_out_after_an_aside(nlp) -> None:
    text = (
        "Elsie Fisher, the young star of Eighth Grade, rounds things out as Joy Wilkes, "
        "Annie's teenage daughter."
    )
    assert ("Elsie Fisher", "Joy Wilkes") in cast_pairs(nlp, text)


def test_a_verdict_with_its_season_confirmed(extractor) -> None:
    text = (
        "CBS schedule check: two returning shows\n"
        "\n"
        "Here is a rundown of two CBS series that know they are coming back.\n"
        "\n"
        "Gadget Man\n"
        "\n"
        "Network: CBS\n"
        "Status: returning, with season three confirmed\n"
        "\n"
        "Lucas Till stars as Angus Vale, the field agent.\n"
        "\n"
        "Madam Envoy\n"
        "\n"
        "Network: CBS\n"
        "Status: renewed for season 5\n"
    )
    found = statuses(extractor, text)
    assert triple("Gadget Man", 3, "renewed") in found
    assert triple("Madam Envoy", 5, "renewed") in found


def test_a_numbered_season_of_a_show_will_not_be_made(extractor) -> None:
    text = (
        "Granite news\n"
        "\n"
        "A second series of Orbit Nine will not be made, Granite said on Monday. A third "
        "season of Mill Lane will not happen until 2027, the channel added.\n"
    )
    found = statuses(extractor, text)
    assert triple("Orbit Nine", 2, "canceled") in found
    assert not any(t == "mill lane" and s == "canceled" for t, _, s in found)
