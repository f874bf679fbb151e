"""Session 27: cast (any few lower-case words between a name and "as", and the few that
make "as" something else; "kept playing", "continues to play"; a network's name as a
surname; "Name, a description, is played by X", "herself is played by", "played once
more by", an actor list that stops before a possessive), statuses (a denied "sign"
however far from its verb, people who are not the show, a cue word inside a work's
name in capitals, a season "current" at the time, "neither ... has said anything about",
an explainer's question about one season and its answer); sentences, shows and people
invented."""

from __future__ import annotations

from extract_helpers import cast_pairs, shows_of, statuses, triple


def test_any_few_words_between_a_name_and_as(nlp) -> None:
    text = (
        "Lantern Bay: who is in the cast\n\n"
        "Corra Vint rounds out the list as Ida Marsh, the town's nurse. Bram Tolley is "
        "almost unrecognisable as Osric, the leader of the smugglers.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Corra Vint", "Ida Marsh") in pairs
    assert ("Bram Tolley", "Osric") in pairs


def test_words_that_make_as_something_else(nlp) -> None:
    text = (
        "Lantern Bay: who is in the cast\n\n"
        "Corra Vint plays Ida Marsh. Off screen, Dell Pryor is known as Dilly Pryor, and "
        "Tam Worth served for years as Chief Constable. Ines Karr became a household name "
        "as Ruth Ames on a long-running soap.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Corra Vint", "Ida Marsh") in pairs
    assert not {a for a, _ in pairs} & {"Dell Pryor", "Tam Worth", "Ines Karr"}


def test_a_story_told_after_who_or_an_aside_is_no_role(nlp) -> None:
    text = (
        "Harbour Lights: the cast\n\n"
        "Nell Oakes plays Hester Vane, who arrived as the corporate manager and never "
        "quite left. Piet Lorne plays her husband, Ansel Vane, a young man as trapped as "
        "she is, and Orla Dunne is Mabel Vane.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Nell Oakes", "Hester Vane") in pairs
    assert ("Piet Lorne", "Ansel Vane") in pairs
    assert not any(a == "Hester Vane" or a == "Ansel Vane" for a, _ in pairs)


def test_no_free_gap_after_a_possessive_or_a_pair_of_names(nlp) -> None:
    text = (
        "Star Lanes renewed\n\n"
        "Hal Brent will reprise his Night Riders role as Oren Kast. The network kept "
        "Mina Soll and Dax Ferro together as Lena Hart and agent Cole Rusk.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Hal Brent", "Oren Kast") in pairs
    assert not any(a in ("Night Riders", "Riders", "One") for a, _ in pairs)
    assert ("Dax Ferro", "Lena Hart") not in pairs


def test_kept_playing_and_continues_to_play(nlp) -> None:
    text = (
        "The City Desk: a fifth season\n\n"
        "Ned Aspel kept playing Lou Garnet; Moss Adler was managing editor Carl Hume. "
        "Jem Farrow continues to play George Wrenn, now married to Beth. Ada Lisk "
        "declined to play Mara Quill.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Ned Aspel", "Lou Garnet") in pairs
    assert ("Jem Farrow", "George Wrenn") in pairs
    assert ("Ada Lisk", "Mara Quill") not in pairs


def test_a_network_name_as_a_surname(nlp) -> None:
    text = (
        "Dibbleford: meet the parish\n\n"
        "Trevor Peacock plays Jim Trask, who cannot begin a sentence without a string of "
        "noes.\n"
    )
    assert ("Trevor Peacock", "Jim Trask") in cast_pairs(nlp, text)


def test_a_role_described_then_played_by(nlp) -> None:
    text = (
        "Willow House: who plays whom\n\n"
        "Bella Abney, loud and tactical, is played by Margo Linden. Alvo, their wealthy "
        "host, was played by Ben Carrow. Regina Valle herself is played by Constance "
        "Mara. That cousin is Bruce Bannock, played once more by Mark Rufford. Lee Ik-san, "
        "Ik-jun's younger sister, is played by Kwak Sun-mi.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Margo Linden", "Bella Abney") in pairs
    assert ("Ben Carrow", "Alvo") in pairs
    assert ("Constance Mara", "Regina Valle") in pairs
    assert ("Mark Rufford", "Bruce Bannock") in pairs
    assert ("Kwak Sun-mi", "Lee Ik-san") in pairs


def test_an_actor_list_stops_before_a_possessive(nlp) -> None:
    text = (
        "What We Keep: the cast\n\n"
        "His sister, Sophie, is played by Natalie Dimitrou, Jamie's real-life sister, who "
        "brings a brittle sweetness to the part.\n"
    )
    assert ("Natalie Dimitrou", "Sophie") in cast_pairs(nlp, text)


def test_a_denied_sign_however_far_from_its_verb(extractor) -> None:
    text = (
        "Get Ruby Blake: will there be a second season?\n\n"
        "Get Ruby Blake, the five-part crime drama, arrived this autumn. The show was not "
        "billed as a limited series, which leaves the door open, but there is also no sign "
        "that a second season has been ordered. For now, its future remains up in the "
        "air.\n"
    )
    got = statuses(extractor, text)
    assert triple("Get Ruby Blake", 2, "renewed") not in got
    assert triple("Get Ruby Blake", 2, "pending") in got


def test_people_not_confirmed_are_not_the_show(extractor) -> None:
    text = (
        "Jokers season 3: what we know\n\n"
        "July 21, 2022\n\n"
        "The comedy about a Las Vegas legend has been given more time.\n\n"
        "Has Jokers been renewed?\n"
        "It has. Max ordered a third season in June, shortly after the second season "
        "finished streaming.\n\n"
        "Who is returning?\n"
        "The core duo is expected to be back. Guest stars from the second season have not "
        "been confirmed for the new run.\n"
    )
    got = statuses(extractor, text)
    assert triple("Jokers", 3, "renewed") in got
    assert triple("Jokers", 3, "pending") not in got


def test_a_cue_word_inside_a_works_name_in_capitals(extractor) -> None:
    text = (
        "The Mabel Corden Chronicles: will the story go on?\n\n"
        "April 3, 2015\n\n"
        "The cable network's new limited drama, The Mabel Corden Chronicles, premieres "
        "Sunday, April 5.\n\n"
        "Cora Ricci returns to the title role. She first played Mabel Corden in last year's "
        "movie Mabel Corden Took an Ax, which drew big ratings and led directly to this "
        "eight-episode follow-up.\n"
    )
    got = statuses(extractor, text)
    assert not any(s == "canceled" for _, _, s in got)


def test_the_current_season_is_out(extractor) -> None:
    text = (
        "Time Crew renewed\n\n"
        "The network is keeping its misfits aloft: Time Crew is coming back for a third "
        "year, a season 3 order made public Sunday, so the crew will be back next fall "
        "after the current second season finishes its run this spring.\n"
    )
    got = statuses(extractor, text)
    assert triple("Time Crew", 3, "renewed") in got
    assert triple("Time Crew", 2, "renewed") not in got


def test_neither_partner_has_said_anything(extractor) -> None:
    text = (
        "Drama scorecard: which shows are coming back?\n\n"
        "Frazzled (ABC)\n"
        "This one is still waiting. The comedy came back for a second series this year as "
        "a co-production. Neither "
        "partner has said anything about a third series, and the cast have not been told "
        "either way.\n"
    )
    assert triple("Frazzled", 3, "pending") in statuses(extractor, text)


def test_an_explainers_question_and_its_answer(extractor) -> None:
    text = (
        "Fairmont season 2: the release date, the voice cast and everything else we know\n\n"
        "The animated satire has barely been out a fortnight. This is where things stand.\n\n"
        "So, is a season 2 happening?\n\n"
        "Yes, and it was never really in doubt. The streamer committed to a pair of seasons "
        "in one go.\n\n"
        "When will season 2 be released?\n\n"
        "The streamer has not given a date.\n\n"
        "And a season 3?\n\n"
        "It is far too soon to tell. Nothing is planned that far ahead.\n"
    )
    got = statuses(extractor, text)
    assert triple("Fairmont", 2, "renewed") in got
    assert triple("Fairmont", 3, "pending") in got


def test_an_answer_that_decides_is_not_pending(extractor) -> None:
    text = (
        "Fairmont season 2: everything we know\n\n"
        "Fairmont returns in May.\n\n"
        "Will there be a season 3?\n\n"
        "It is unclear why anyone asks: the streamer has said this second season will be "
        "the last.\n"
    )
    got = statuses(extractor, text)
    assert triple("Fairmont", 3, "pending") not in got


def test_a_described_role_then_is_its_actor(nlp) -> None:
    text = (
        "The Closing Room: the last season's cast\n\n"
        "His partner in grumbling, Andy Finch, is Tony Delacroix, and the pair remain the "
        "show's comic double act. That sheriff, Bill Marrow, is Scott Neary. His wife, "
        "Vera Baxley, is Nancy Trevor's sister.\n"
    )
    pairs = cast_pairs(nlp, text)
    assert ("Tony Delacroix", "Andy Finch") in pairs
    assert ("Scott Neary", "Bill Marrow") in pairs
    assert not any(c == "Vera Baxley" for _, c in pairs)


def test_will_again_be_and_remains_a_role(extractor) -> None:
    text = (
        "Ballet Hall season 3: the cast\n\n"
        "Ballet Hall returns for its third and final season. Nina Vale plays Tara Webb, "
        "the student at the heart of the story. Tess Moreau will "
        "again be the formidable Miss Raine. Emma Vance remains Emily Thorpe, the woman "
        "with the long memory.\n"
    )
    pairs = {
        (p["actor"], p["character"]) for s in shows_of(extractor, text).values() for p in s["cast"]
    }
    assert ("Tess Moreau", "Miss Raine") in pairs
    assert ("Emma Vance", "Emily Thorpe") in pairs
