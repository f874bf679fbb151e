"""Session 13: titles made of ordinary words and signs, and phrasings our probes missed
(sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


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
