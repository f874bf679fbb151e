"""Session 25: titles (a pilot and a television version named, a headline's "Won't Bring
Back", a person's aside with "whose", a fictional place, a possessive season and a book
in a headline, a maker's possessive, a fact label, a cast guide's headline, a network's
decision after a headline's label, a network's show described by origin, "another"
show, a roundup's introduction, a word of origin before a lower-case noun), statuses
("will see", "heads into its last season", "undecided about", "has not ruled on",
"turned out to be its last", "will be the one that brings the story to a close", a
person given a role, "will not be followed by", "has not moved forward with a second
run"), cast (two actors and two roles, a named group between them, pairs that round out
the cast, a dramedy led as a role, a verdict on a performance, a shared role misread
beside "respectively", a role's name and its sentence's verb, honorifics and ranks,
another version's cast), networks and a premiere in a relative clause; sentences, shows
and people invented."""

from __future__ import annotations

from extract_helpers import cast_pairs, shows_of, statuses, triple


def test_the_pilot_of_a_show_names_it(extractor) -> None:
    text = (
        "Neon and sea spray: Harbor Beat turns 40\n\n"
        "Forty years ago tonight, NBC aired the two-hour pilot of Harbor Beat, and the "
        "police drama set a new look for the decade.\n\n"
        "Dana Cole played Rick Sorrel, the detective who lived on a houseboat.\n"
    )
    assert "Harbor Beat" in shows_of(extractor, text)


def test_a_headline_s_wont_bring_back_ends_the_title(extractor) -> None:
    text = (
        "TBS Won't Bring Back Road Crew for a Second Season\n\n"
        "January 18, 2013\n\n"
        "The tour is over for the boys of Road Crew. TBS has opted against ordering a "
        "sophomore run of the hour-long comedy, which followed a group of friends who work as "
        "a road crew for touring bands.\n\n"
        "Brian Green starred as Tommy, the crew's charming boss.\n"
    )
    assert "Road Crew" in shows_of(extractor, text)


def test_a_writer_s_earlier_show_in_a_whose_aside_takes_no_cast(extractor) -> None:
    text = (
        "BBC One axes Lena Marsh drama Night Ledger after a single series\n\n"
        "The BBC has decided not to bring back Night Ledger, the crime drama that launched "
        "in June.\n\n"
        "Written by Lena Marsh, whose earlier television work includes Dover Patrol, the "
        "show paired two young investigators. Omar Reed stars as Sami Varga, a junior "
        "detective, while Piotr Lenz plays Karol Wisniak, a fraud investigator.\n"
    )
    shows = shows_of(extractor, text)
    cast = {(c["actor"], c["character"]) for c in shows["Night Ledger"]["cast"]}
    assert ("Omar Reed", "Sami Varga") in cast
    assert "Dover Patrol" not in shows


def test_a_fictional_place_in_the_headline_is_no_show(extractor) -> None:
    text = (
        "Otter Lodge Closing Its Doors: The Gray Bear Show to Wrap Up With Season 9\n\n"
        "The Gray Bear Show will wrap up after its upcoming ninth season.\n\n"
        "Sam Pike, who created the show, leads the members of the fictional Otter Lodge. "
        "Neil Arden plays Howard Bear, the nephew who runs the lodge's radio.\n"
    )
    shows = shows_of(extractor, text)
    assert "Otter Lodge" not in shows
    assert triple("The Gray Bear Show", 9, "ended") in statuses(extractor, text)


def test_a_headline_s_possessive_season_names_a_one_word_show(extractor) -> None:
    text = (
        "Deep's third season: the facts so far on its last cycle\n\n"
        "Below, the key facts about the third and last season of Deep.\n\n"
        "All eight episodes arrive on Netflix in June. Fans will recognise the date as the "
        "day the storm is set to hit Brenwick.\n\n"
        "The families of Brenwick are all accounted for. Lena Koch returns as Jonas Weil, and "
        "Max Berg is back as Ida Roth.\n"
    )
    shows = shows_of(extractor, text)
    assert "Brenwick" not in shows
    assert ("Lena Koch", "Jonas Weil") in {
        (c["actor"], c["character"]) for c in shows["Deep"]["cast"]
    }
    assert triple("Deep", 3, "ended") in statuses(extractor, text)


def test_a_book_in_a_headline_is_the_show_s_season(extractor) -> None:
    text = (
        "Camelard Book VI: everything we know about the final season\n\n"
        "Pierre Danel's Camelard will end its television run with Book VI, and the sixth "
        "and final season promises a very different look.\n\n"
        "Pierre Danel stars as Arthur, and Luc Berne plays Gauvain.\n"
    )
    shows = shows_of(extractor, text)
    assert set(shows) == {"Camelard"}
    assert triple("Camelard", 6, "ended") in statuses(extractor, text)


def test_a_premieres_field_line_is_no_show(extractor) -> None:
    text = (
        "Three animated series: where things stand\n\n"
        "Night Bloom\n"
        "Network: Netflix\n"
        "Premiered: August 29, 2024\n"
        "Status: No decision yet on a second season\n\n"
        "Rosa Dale voices Kiko, the artificial intelligence.\n\n"
        "Iron Tide\n"
        "Network: Netflix\n"
        "Premieres: October 10, 2024\n"
        "Status: Debuting next month\n\n"
        "Hana Wells stars as Lara Quill in this animated adventure.\n"
    )
    shows = shows_of(extractor, text)
    assert not any(t.startswith("Premieres") for t in shows)
    assert ("Hana Wells", "Lara Quill") in {
        (c["actor"], c["character"]) for c in shows["Iron Tide"]["cast"]
    }


def test_a_cast_guide_s_headline_names_its_show(extractor) -> None:
    text = (
        "The Lamplighters: who's who in the BBC's new adaptation\n\n"
        "The doorstop novel arrives on BBC One this Sunday.\n\n"
        "Aidan Ward plays Jean Marsac, the convict who breaks his parole. Nora Lind stars as "
        "Fanchon, the young mother.\n"
    )
    shows = shows_of(extractor, text)
    assert "The Lamplighters" in shows
    cast = {(c["actor"], c["character"]) for c in shows["The Lamplighters"]["cast"]}
    assert ("Aidan Ward", "Jean Marsac") in cast


def test_a_headline_label_a_network_decides_on_is_the_show(extractor) -> None:
    text = (
        "Cipher: will Apple TV+ bring back its Duval and Reyes thriller?\n\n"
        "April 5, 2023\n\n"
        "Cipher has played its last hand, and the question now is whether Apple TV+ wants "
        "another round. No verdict has come down from Apple on a second season.\n\n"
        "Marc Duval plays Gabin, a security contractor with a murky past. Ana Reyes stars as "
        "Clara, a senior official in the French government.\n\n"
        "For Reyes, the series marked a return to television. Many viewers still think of her "
        "first as a Bond girl in Royal Flush, the role she played opposite Dan Crane in 2006, "
        "and Cipher makes plenty of use of her talent for playing women who are hard to "
        "read.\n\n"
        "Until Apple makes a call, Cipher sits firmly on the bubble.\n"
    )
    assert "Cipher" in shows_of(extractor, text)


def test_a_network_s_show_described_by_origin_keeps_common_words(extractor) -> None:
    text = (
        "What's next for All at Once? Netflix is staying quiet\n\n"
        "Netflix's British teen drama All at Once has been on the service for two weeks. "
        "The platform has not ruled on a second run so far.\n\n"
        "Mia is played by Tara Quinn. All at Once is streaming in full now.\n"
    )
    assert "All at Once" in shows_of(extractor, text)
    assert triple("All at Once", 2, "pending") in statuses(extractor, text)


def test_another_show_in_an_aside_keeps_its_own_pickup(extractor) -> None:
    text = (
        "Signal 9 season 2: will the Apple TV+ thriller return?\n\n"
        "Apple TV+ wrapped up the first season of Signal 9 this week, and viewers are already "
        "asking the obvious question.\n\n"
        "Apple is still weighing a second season, and the streamer does not usually rush "
        "these calls.\n\n"
        "Reviews were mixed. Critics praised the action but found the pacing slow. That is "
        "not unusual for an Apple thriller; Lisbon, another Portuguese-inspired show on the "
        "service, had a similar reception before it was picked up for more.\n"
    )
    got = statuses(extractor, text)
    assert triple("Signal 9", 2, "renewed") not in got
    assert triple("Signal 9", 2, "pending") in got


def test_a_roundup_s_introduction_speaks_of_no_one_show(extractor) -> None:
    text = (
        "One and done: the streaming shows that got a single season\n\n"
        "Streaming services order plenty of shows, and they are just as quick to let them "
        "go. Here is a rundown of recent series that ended up with only one season, whether "
        "by design or by a network decision.\n\n"
        "- The Lantern Keepers\n"
        "  Network: Prime Video\n"
        "  Status: Axed after one season\n"
        "  Tina Marsh starred as Lola Reyes, a woman who comes home after years in prison.\n\n"
        "- Marlowe Street\n"
        "  Network: Netflix\n"
        "  Status: Limited series\n"
        "  Marlowe Street was always planned as a single season. Ewan Craig played the "
        "designer Roy Marlowe, and Marlowe Street won him an award.\n"
    )
    got = statuses(extractor, text)
    assert triple("The Lantern Keepers", 2, "canceled") in got
    assert triple("Marlowe Street", 2, "canceled") not in got


def test_will_see_a_season_is_a_renewal(extractor) -> None:
    text = (
        "Upfront scorecard: where three shows landed\n\n"
        "Here is where three of them stand.\n\n"
        "Parkside Rangers (NBC)\n"
        "Pawley's finest will see a third season, but NBC is holding it for midseason.\n\n"
        "Home Front (NBC)\n"
        "NBC has handed a second season to its family drama.\n\n"
        "Clinic West (ABC)\n"
        "The spin-off has been picked up and will be back for a fourth season.\n"
    )
    assert triple("Parkside Rangers", 3, "renewed") in statuses(extractor, text)


def test_heads_into_its_last_season_and_a_run_that_wraps_up_the_series(extractor) -> None:
    text = (
        "'Robo Squad' Heads Into Its Last Season With 'Iron Beasts'\n\n"
        "Robo Squad returns this Friday with its third season, and the network has confirmed "
        "that this run will wrap up the computer-animated series.\n"
    )
    assert triple("Robo Squad", 3, "ended") in statuses(extractor, text)


def test_undecided_about_and_no_call_on_a_second_year(extractor) -> None:
    text = (
        "Still waiting: two freshman shows\n\n"
        "Night School (Peacock)\n\n"
        "Sara Lind stars as Rose Vale, and the network remains undecided about a second "
        "season.\n\n"
        "The Cartwrights (The CW)\n\n"
        "The first season is still airing, and the network has made no call on a second "
        "year.\n"
    )
    got = statuses(extractor, text)
    assert triple("Night School", 2, "pending") in got
    assert triple("The Cartwrights", 2, "pending") in got


def test_a_season_that_turned_out_to_be_its_last(extractor) -> None:
    text = (
        "Planned goodbyes: three shows that knew the end was coming\n\n"
        "Choir Room\n\n"
        "Fox decided early that Choir Room would wrap up with its sixth season.\n\n"
        "Bayou Doctor\n\n"
        "The CW's Southern comedy-drama was brought back for a fourth season that turned out "
        "to be its last. Rachel Bell starred as Zoe Hart.\n\n"
        "Troll Trail\n\n"
        "Netflix's animated adventure said farewell with a third and final season.\n"
    )
    assert triple("Bayou Doctor", 4, "ended") in statuses(extractor, text)


def test_the_season_that_brings_the_story_to_a_close(extractor) -> None:
    text = (
        "Being Nora to close the book after its fourth season\n\n"
        "CBC has settled the future of Being Nora: the upcoming fourth season of the "
        "time-travelling comedy-drama will be the one that brings the story to a close.\n"
    )
    assert triple("Being Nora", 4, "ended") in statuses(extractor, text)


def test_a_person_given_a_role_is_no_unread_show(extractor) -> None:
    text = (
        "ABC brings down the curtain on The Alderman\n\n"
        "The Alderman will not be part of ABC's schedule next season. The network has passed "
        "on a sixth season of the police drama, closing the book on a series that gave Mike "
        "Corso his breakthrough role.\n"
    )
    assert triple("The Alderman", 6, "canceled") in statuses(extractor, text)


def test_a_season_not_followed_by_another_and_a_run_not_moved_forward(extractor) -> None:
    text = (
        "The casualties of 2009\n\n"
        "Ward Nine (Seven Network)\n"
        "The twelfth season, airing now, will not be followed by a thirteenth.\n\n"
        "TRUMAN (BBC One)\n"
        "The BBC has passed on more of Truman. Reviews were unkind, and the corporation has "
        "not moved forward with a second run.\n"
    )
    got = statuses(extractor, text)
    assert triple("Ward Nine", 13, "canceled") in got
    assert triple("Truman", 2, "canceled") in got


def test_two_actors_and_their_two_roles(nlp) -> None:
    text = (
        "Harbor Beat turns 40\n\n"
        "NBC aired the pilot of Harbor Beat in 1984. Rosa Medina and Olive Grant were "
        "detectives Gina Soto and Trudy Hale, while Mike Tallis and Jon Diel handled the comic "
        "relief as Stan Sweck and Larry Zeto.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert {
        ("Rosa Medina", "Gina Soto"),
        ("Olive Grant", "Trudy Hale"),
        ("Mike Tallis", "Stan Sweck"),
        ("Jon Diel", "Larry Zeto"),
    } <= pairs


def test_a_strong_impression_and_again_and_again_as_a_role(nlp) -> None:
    text = (
        "Harbor Beat turns 40\n\n"
        "NBC aired the pilot of Harbor Beat in 1984. Marty Fell turned up again and again "
        "as the snitch Izzy Morales. Pam Greer made a strong impression as Valerie Gates, a "
        "New York officer.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Marty Fell", "Izzy Morales") in pairs
    assert ("Pam Greer", "Valerie Gates") in pairs


def test_respectively_pairs_are_not_also_a_shared_role(nlp) -> None:
    text = (
        "Hollow season 3\n\n"
        "Lena Koch returns as Jonas Weil. Claudia Roth is played by Julia Jens in the adult "
        "timeline, and Moritz Jahn and Gina Stein appear as Magnus Roth and Franzi Berg "
        "respectively.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Moritz Jahn", "Magnus Roth") in pairs
    assert ("Gina Stein", "Franzi Berg") in pairs
    assert ("Gina Stein", "Magnus Roth") not in pairs


def test_a_role_s_name_then_its_sentence_s_verb(nlp) -> None:
    text = (
        "The Lamplighters cast\n\n"
        "Aidan Ward plays Jean Marsac. Derek Hale as Bishop Morel gives Marsac the silver "
        "candlesticks, and David Brand as Gillon is Marius's grandfather.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Derek Hale", "Bishop Morel") in pairs
    assert ("Derek Hale", "Jean Marsac") not in pairs


def test_a_surname_is_not_the_honorific_s_namesake(extractor) -> None:
    text = (
        "The Lamplighters: who's who in the BBC's new adaptation\n\n"
        "The innkeepers are led by Olive Cole as Madame Tardieu. Her husband, Tardieu (Adil "
        "Akram), is every bit as crooked. Ruth Lane stars as Fanchon.\n"
    )
    shows = shows_of(extractor, text)
    cast = {(c["actor"], c["character"]) for c in shows["The Lamplighters"]["cast"]}
    assert ("Adil Akram", "Tardieu") in cast
    assert ("Adil Akram", "Madame Tardieu") not in cast


def test_a_head_detective_rank_opens_no_name(nlp) -> None:
    text = (
        "Clue Hunters season 3: everything we know\n\n"
        "Tim Omar returns as Head Detective Carl Lassen, and Maggie Low is back as Julie "
        "Ohara.\n"
    )
    assert ("Tim Omar", "Carl Lassen") in cast_pairs(nlp, text)


def test_another_version_s_cast_is_not_the_show_s(extractor) -> None:
    text = (
        "The Lamplighters: who's who in the BBC's new adaptation\n\n"
        "Aidan Ward plays Jean Marsac, the convict. Comparisons with the 2012 film are "
        "inevitable. In Tom Hale's musical version, Hugo Jansen played Jean Marsac.\n"
    )
    cast = {
        (c["actor"], c["character"]) for c in shows_of(extractor, text)["The Lamplighters"]["cast"]
    }
    assert ("Aidan Ward", "Jean Marsac") in cast
    assert ("Hugo Jansen", "Jean Marsac") not in cast


def test_networks_the_hub_m6_network_ten_and_seven(extractor) -> None:
    hub = (
        "'Robo Squad' Heads Into Its Last Season\n\n"
        "The war is about to end, at least on the Hub. Robo Squad returns this Friday with "
        "its third season.\n"
    )
    assert shows_of(extractor, hub)["Robo Squad"]["network"] == "The Hub"
    m6 = (
        "Camelard Book VI: everything we know\n\n"
        "Camelard will end with Book VI, the last season planned for M6.\n"
    )
    assert shows_of(extractor, m6)["Camelard"]["network"] == "M6"
    ten = (
        "Sibling Rivalry to end with season seven\n\n"
        "Network Ten has confirmed that Sibling Rivalry will end with its seventh season.\n"
    )
    assert shows_of(extractor, ten)["Sibling Rivalry"]["network"] == "Network Ten"


def test_a_premiere_in_a_relative_clause_after_a_future_main_clause(extractor) -> None:
    text = (
        "Mireille will not return\n\n"
        "Netflix will not make more episodes of Mireille, the French-language horror drama "
        "that landed on the service in September 2019 and quickly found a following.\n"
    )
    assert shows_of(extractor, text)["Mireille"]["premiere"] == "2019-09"


def test_a_named_group_between_two_actors_and_their_roles(nlp) -> None:
    text = (
        "Empire season 3: what we know\n\n"
        "Leo Park returns as Brother Noon. Cass Bilt and Terry Mane round out the Solar "
        "Dynasty as Brother Dawn and Brother Dusk.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Cass Bilt", "Brother Dawn") in pairs
    assert ("Terry Mane", "Brother Dusk") in pairs


def test_two_pairs_that_round_out_and_a_dramedy_led_as_a_role(nlp) -> None:
    text = (
        "Northside series 6: undecided\n\n"
        "Tom Vale plays Nidge. Aine McGill as Trish and Peter Coyle as Fran round out the "
        "faces of the later series.\n\n"
        "Billy Crane led this retro-futuristic dramedy as Jack Bolling, a salesman.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Peter Coyle", "Fran") in pairs
    assert ("Billy Crane", "Jack Bolling") in pairs


def test_a_word_of_origin_describing_a_show_is_no_title(extractor) -> None:
    text = (
        "Where four streaming dramas stand\n\n"
        "Here is our rundown of four series that viewers keep asking about.\n\n"
        "- Crossing\n"
        "  Platform: Apple TV+\n"
        "  Status: Coming back. Apple ordered a third season of Crossing.\n\n"
        "- Hollow\n"
        "  Platform: Netflix\n"
        "  Status: Finished. The German time-travel puzzle wrapped up with its third season, "
        "as its creators always intended.\n"
    )
    assert "The German" not in shows_of(extractor, text)


def test_an_actor_s_initials_are_not_cut_off(nlp) -> None:
    text = (
        "Swapped season 5: everything we know\n\n"
        "Lea Tomson and D.W. Moffett play Karen Kenner and Jon Kenner, the parents who "
        "raised Bea. Luke Grabel is Toby Kenner.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("D.W. Moffett", "Jon Kenner") in pairs
    assert not any(actor == "W. Moffett" for actor, _ in pairs)
