"""Session 18: roundup sections that open on their verdict, titles shaped like credits,
abbreviations or common words, places inside a story, and which side of "Name (Name)" is
the actor (sentences, shows and people invented)."""

from __future__ import annotations

from extract_helpers import cast_pairs, shows_of, status_claims, statuses, triple

from knowsofar.claims import Document
from knowsofar.extract.titles import norm_title

ROUNDUP = (
    "The network hands out early pickups\n\n"
    "By Ana Ruiz | February 4, 2019\n\n"
    "The network renewed most of its schedule in one go. Here is where four shows stand.\n\n"
    "Harbor Lights\n\n"
    "Renewed for a second season. The football drama arrived last fall and has held up.\n\n"
    "Copper Sky\n\n"
    "Coming back for an eighth season. The superhero drama is still going strong.\n\n"
    "Night Ferry\n\n"
    "Handed a third season. Mara Lin stars as Jo Pierce, a principal with a secret.\n\n"
    "Quiet Acres\n\n"
    "Picked up for a fourth season. The reboot has had a mixed reception.\n"
)


def test_a_section_that_opens_on_its_verdict_and_season(extractor) -> None:
    found = statuses(extractor, ROUNDUP)
    assert triple("Harbor Lights", 2, "renewed") in found
    assert triple("Copper Sky", 8, "renewed") in found
    assert triple("Quiet Acres", 4, "renewed") in found


def test_a_section_handed_its_season(extractor) -> None:
    assert triple("Night Ferry", 3, "renewed") in statuses(extractor, ROUNDUP)


def test_a_verdict_with_words_after_it_is_no_season(extractor) -> None:
    # "Renewed for now." numbers nothing: the section's other sentences do.
    text = (
        "Spring verdicts\n\nBy Ana Ruiz | May 2, 2019\n\nThree shows learned their fate.\n\n"
        "Harbor Lights\n\nRenewed for now. Its third season is in the works.\n\n"
        "Copper Sky\n\nCanceled. The drama ends after two seasons.\n\n"
        "Night Ferry\n\nCanceled. The comedy will not get a second season.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 3, "renewed") in found
    assert not any(t == norm_title("Harbor Lights") and n != 3 for t, n, _ in found)


def test_a_title_shaped_like_a_credit_heading_its_section(extractor) -> None:
    # "Based on ..." opens credits, but a section heading with its network is a show.
    text = (
        "Streaming status check\n\nBy Ana Ruiz | May 27, 2024\n\n"
        "Here is where three recent shows stand.\n\n"
        "Harbor Lights (Max)\n\n"
        "Renewed. Max ordered a second season of the comedy in March.\n\n"
        "Based on a Real Heist (Peacock)\n\n"
        "Picked up for season 2. Peacock renewed the caper satire last year.\n\n"
        "Night Ferry (Netflix)\n\n"
        "Fate undecided. Netflix has made no decision yet about a second season.\n"
    )
    found = statuses(extractor, text)
    assert triple("Based on a Real Heist", 2, "renewed") in found
    assert shows_of(extractor, text)["Based on a Real Heist"]["network"] == "Peacock"


def test_a_credit_inside_a_sentence_is_still_no_show(extractor) -> None:
    text = (
        "Harbor Lights is coming back\n\n"
        "Netflix has renewed Harbor Lights for a third season. Created by Jo Pierce, the "
        "drama premiered in 2022."
    )
    assert list(shows_of(extractor, text)) == ["Harbor Lights"]


def test_an_abbreviated_title_heading_its_section(extractor) -> None:
    text = (
        "ABC's verdicts: two comedies stay\n\nBy Ana Ruiz | May 18, 2016\n\n"
        "ABC has laid out its plans for three newer shows.\n\n"
        "MRS. PLUM - RENEWED\n\n"
        "The Mara Lin comedy is coming back for a second season. Lin stars as a dentist.\n\n"
        "NIGHT FERRY - RENEWED\n\n"
        "The family sitcom has also been handed a third-season pickup.\n\n"
        "COPPER SKY - CANCELED\n\n"
        "The network will not move forward with a second season of Copper Sky.\n"
    )
    found = statuses(extractor, text)
    assert triple("Mrs. Plum", 2, "renewed") in found
    assert triple("Night Ferry", 3, "renewed") in found


def test_a_common_word_brought_back_inside_a_sentence_is_a_show(extractor) -> None:
    # "giraffes" in lower case is the animal; the capital inside a sentence, decided on,
    # is the show.
    text = (
        "The long necks are folding at ABC\n\n"
        "ABC is not bringing Giraffes back. The puppet comedy is finished after four "
        "seasons. The show made giraffes fashionable for a while."
    )
    assert triple("Giraffes", 5, "canceled") in statuses(extractor, text)


def test_a_person_brought_back_is_no_show(extractor) -> None:
    text = (
        "Harbor Lights series 3 will be the last\n\n"
        "The BBC has confirmed that the third and final series of Harbor Lights begins in "
        "January, and there are no plans to bring Catherine Pike back after this."
    )
    assert list(shows_of(extractor, text)) == ["Harbor Lights"]


def test_a_described_common_word_is_no_show(extractor) -> None:
    # "the German hit Dark": a word after a describing word, even decided on, is not
    # enough on its own.
    text = (
        "Netflix cancels Harbor Lights\n\n"
        "Netflix has canceled Harbor Lights after one season. Earlier the streamer also "
        "dropped a show from the makers of the German hit Shadows, after one season."
    )
    found = shows_of(extractor, text)
    assert "Harbor Lights" in found
    assert "Shadows" not in found


def test_a_planet_or_a_ship_in_the_story_is_no_show(extractor) -> None:
    text = (
        "NBC drops Furball after four seasons\n\n"
        "The furry visitor from the planet Zorbax is done after four seasons. NBC has "
        "decided not to bring Furball back, and the crew of the Nomad will not fly again "
        "either: the network passed on a fifth season."
    )
    found = shows_of(extractor, text)
    assert "Furball" in found
    assert not {"Zorbax", "Nomad"} & set(found)


def test_a_section_waiting_on_its_verdict(extractor) -> None:
    text = (
        "Renewal tracker: three dramas\n\nBy Ana Ruiz | July 30, 2018\n\n"
        "Here is where three of them stand this summer.\n\n"
        "Harbor Lights (Syfy)\n\n"
        "Safe. Syfy has given a second season to its prequel about a lighthouse keeper.\n\n"
        "Copper Sky (Netflix)\n\n"
        "Waiting. The second season landed on June 22, and Netflix has yet to say whether "
        "there will be a third. Mara Lin returns as Jo Pierce.\n\n"
        "Night Ferry (Netflix)\n\n"
        "In limbo. The first season arrived in May and Netflix has not decided on a second.\n"
    )
    found = statuses(extractor, text)
    assert triple("Copper Sky", 3, "pending") in found
    assert triple("Night Ferry", 2, "pending") in found
    assert not any(t in ("waiting", "in limbo") for t, _, _ in found)


def test_a_fourth_and_closing_season_ends_a_show(extractor) -> None:
    text = (
        "Rewind: two shows worth a second look\n\nBy Ana Ruiz | March 15, 2021\n\n"
        "This time: two series from around 2000.\n\n"
        "Harbor Lights\n\n"
        "The oddest show ever to air on Syfy reached its finish with a fourth and closing "
        "season in 2002, having told its story about as far as it could go.\n\n"
        "Copper Sky\n\n"
        "FX pulled the plug on Copper Sky after a single season in 2003, which still seems "
        "like a mistake to the few who watched it.\n"
    )
    assert triple("Harbor Lights", 4, "ended") in statuses(extractor, text)


def test_a_name_that_begins_on_a_network_is_a_show(extractor) -> None:
    text = (
        "Harbor Lights & Mr Pike: what we know about the BBC's new Sunday drama\n\n"
        "By Ana Ruiz | 12 May 2015\n\n"
        "When does it start?\n\n"
        "Harbor Lights & Mr Pike begins on BBC One on Sunday 17 May and runs for seven "
        "episodes.\n\n"
        "Will there be a second series?\n\n"
        "Nothing has been decided. The BBC has made no announcement either way.\n"
    )
    found = shows_of(extractor, text)
    assert found["Harbor Lights & Mr Pike"]["network"] == "BBC One"
    assert triple("Harbor Lights & Mr Pike", 2, "pending") in statuses(extractor, text)


def test_the_original_longer_title_is_another_show(extractor) -> None:
    # The revival is "Fab Squad"; "the original Fab Squad for the Weekend" is the old
    # show, not the revival's full name.
    text = (
        "Fab Squad is coming back for a second season on Netflix\n\n"
        "Netflix has renewed its revival of the makeover series for a second season. "
        "The reboot debuted on Netflix in February, more than a decade after the original "
        "Fab Squad for the Weekend premiered on Bravo in 2003. The new Fab Squad keeps the "
        "format and changes the city."
    )
    assert triple("Fab Squad", 2, "renewed") in statuses(extractor, text)


def test_a_role_played_by_someone_does_not_make_its_surname_an_actors(nlp) -> None:
    # "Jane Marsh ... is played by" must not make "Marsh" an actor's surname, which
    # would read the sisters' list the wrong way round.
    text = (
        "Ann Lowe plays Eliza Marsh, the second of five daughters. Her elder sister Jane "
        "Marsh, the gentle one, is played by Kim Hale. The three younger girls are Mary "
        "Marsh (Lucy Brand), Kitty Marsh (Polly Vane) and the giddy Lydia Marsh (Julia "
        "Stone)."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Kim Hale", "Jane Marsh") in pairs
    assert ("Lucy Brand", "Mary Marsh") in pairs
    assert ("Julia Stone", "Lydia Marsh") in pairs


def test_a_family_sharing_a_surname_is_the_roles_side(nlp) -> None:
    text = (
        "The couple's kids remain the heart of it: Ryan Dell (Kevin Moss), a lazy "
        "teenager; Tiffany Dell (Nina Cole), the bright one; and Ross Dell (Justin Hart)."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Kevin Moss", "Ryan Dell") in pairs
    assert ("Justin Hart", "Ross Dell") in pairs


def test_a_family_inside_the_brackets_makes_the_outside_the_actors(nlp) -> None:
    text = "Kevin Moss (Ryan Dell) and Nina Cole (Tiffany Dell) are both in the new season."
    pairs = cast_pairs(nlp, text)
    assert ("Kevin Moss", "Ryan Dell") in pairs
    assert ("Nina Cole", "Tiffany Dell") in pairs


def test_a_group_of_the_storys_people_before_the_list(nlp) -> None:
    text = "Leckie's friends include Bill Orr (Jacob Pell) and Lew Tate (Josh Hamm)."
    pairs = cast_pairs(nlp, text)
    assert ("Jacob Pell", "Bill Orr") in pairs
    assert ("Josh Hamm", "Lew Tate") in pairs


def test_people_coming_back_are_the_actors(nlp) -> None:
    text = "Tris Mayo (Riley Dunn) and Justin Hale (Walt Boyd) are also coming back."
    pairs = cast_pairs(nlp, text)
    assert ("Tris Mayo", "Riley Dunn") in pairs
    assert ("Justin Hale", "Walt Boyd") in pairs


def test_people_returning_to_their_roles_are_the_actors(nlp) -> None:
    text = (
        "Karen Malone (Dija Jones), Alisa Ruiz (Lacey Boyd) and Sol Frey (Zoe Howell) all "
        "return to the roles they originated."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Karen Malone", "Dija Jones") in pairs
    assert ("Sol Frey", "Zoe Howell") in pairs


def test_a_list_after_the_ensemble_and_a_colon_is_of_actors(nlp) -> None:
    text = (
        "The rest of the ensemble stays intact: Judy Gale (Cheryl Tane), Chris Parr (Cyril "
        "Fogg) and Amber Nye (Pam Pike)."
    )
    pairs = cast_pairs(nlp, text)
    assert ("Judy Gale", "Cheryl Tane") in pairs
    assert ("Amber Nye", "Pam Pike") in pairs


def test_a_role_read_as_a_show_folds_into_the_show_with_the_news(extractor) -> None:
    # "Nadia" is the heroine; the news and the cast are Harbor Lights'.
    text = (
        "Nadia returns: Netflix renews Harbor Lights for season 2\n\n"
        "Netflix has given Harbor Lights a second season, so Nadia is going back to the "
        "lighthouse. Mara Lin stars as Nadia Pike, a keeper with a secret, and Tom Reyes "
        "plays her brother, Alan Pike. The first season premiered on February 1, 2019."
    )
    found = shows_of(extractor, text)
    assert list(found) == ["Harbor Lights"]
    assert ("Mara Lin", "Nadia Pike") in {
        (c["actor"], c["character"]) for c in found["Harbor Lights"]["cast"]
    }


def test_a_show_named_after_its_hero_on_another_network_stays(extractor) -> None:
    text = (
        "Hulu cancels Harbor Lights after two seasons\n\n"
        "Hulu has canceled Harbor Lights after two seasons. Its star Jo Pike, who played "
        "Nina Gale on Disney Channel's Nina Gale, leads the cast as Sophie Vane."
    )
    found = shows_of(extractor, text)
    assert "Harbor Lights" in found
    assert ("Jo Pike", "Sophie Vane") in {
        (c["actor"], c["character"]) for c in found["Harbor Lights"]["cast"]
    }
    assert ("Jo Pike", "Nina Gale") not in {
        (c["actor"], c["character"]) for c in found["Harbor Lights"]["cast"]
    }


def test_pop_alone_is_a_nickname_not_pop_tv(extractor) -> None:
    text = (
        "ITV orders more Dell family sunshine\n\n"
        "A second series of Harbor Lights is on the way after the comedy-drama became the "
        "hit of the spring\n\n"
        "LONDON - Pop Dell and his brood will be back. ITV has ordered a second run of "
        "Harbor Lights, the gentle adaptation.\n\n"
        "Dan Jay plays Sidney 'Pop' Dell, the cheerful dealer. Pam Fenn is Ma Dell, the "
        "unflappable mother."
    )
    out = extractor.extract(Document(text=text))
    assert not any(c.value.get("network") == "Pop TV" for c in out.claims)
    assert list(shows_of(extractor, text)) == ["Harbor Lights"]


def test_a_show_that_dropped_has_been_released_not_cut(extractor) -> None:
    text = (
        "Will Harbor Lights return? Prime Video has not decided yet\n\n"
        "Nearly two months after it dropped, Harbor Lights is still in limbo. Prime Video "
        "has said nothing about a second season."
    )
    claims = status_claims(extractor, text)
    assert not any(status == "canceled" for _, _, status in claims)
    assert triple("Harbor Lights", 2, "pending") in statuses(extractor, text)


def test_ordinals_past_fifteen() -> None:
    from knowsofar.extract.seasons import find_seasons

    assert [r.numbers for r in find_seasons("enters its sixteenth and final season")] == [(16,)]
    assert [r.numbers for r in find_seasons("the twenty-first season")] == [(21,)]
    assert [r.numbers for r in find_seasons("after twenty-two seasons")] == [(22,)]


def test_a_headline_short_name_is_the_longer_title(extractor) -> None:
    text = (
        "Last lap: Late Watch enters its sixteenth and final season\n\n"
        "Tonight's episode opens the final season of Late Watch with Ann Pike. NBC settled "
        "the show's future years ago. Late Watch with Ann Pike premiered in 1993."
    )
    found = statuses(extractor, text)
    assert triple("Late Watch with Ann Pike", 16, "ended") in found
    assert not any(t == norm_title("Watch") for t, _, _ in found)


def test_a_studio_making_the_next_season_after_a_network_cut(extractor) -> None:
    text = (
        "Harbor Lights lives on after NBC drops it\n\n"
        "NBC has canceled Harbor Lights after two seasons, but the studio behind it is not "
        "letting go. MGM Television says it will produce a third season of the hour-long "
        "series for first-run syndication."
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 3, "renewed") in found
    assert triple("Harbor Lights", 3, "canceled") not in found


def test_an_earlier_order_whose_run_is_wrapping_up_is_history(extractor) -> None:
    text = (
        "Harbor Lights is coming back for season 4 on Fox\n\n"
        "Fox has renewed Harbor Lights for a fourth season.\n\n"
        "The series premiered in 2014. Fox first renewed it for a third season in 2016; "
        "that run is now wrapping up, and the fourth will keep many of the same faces."
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 4, "renewed") in found
    assert triple("Harbor Lights", 3, "renewed") not in found


def test_no_next_season_was_made(extractor) -> None:
    text = (
        "Cult favorites cut short\n\nBy Ana Ruiz | May 1, 2020\n\nTwo shows worth a look.\n\n"
        "Harbor Lights (syndication)\n\n"
        "Mara Lin played Jo Pike, a spy on a tiny island, in this half-hour romp that aired "
        "in 2000. No third season was made.\n\n"
        "Copper Sky (ABC)\n\n"
        "ABC canceled Copper Sky in 1990 after three seasons, and it never got a fourth.\n"
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lights", 3, "canceled") in found
    assert triple("Copper Sky", 4, "canceled") in found


def test_a_streamers_name_before_its_plus_is_no_show(extractor) -> None:
    text = (
        "Harbor Lights voice cast: who's who in the Paramount+ revival\n\n"
        "By Ana Ruiz | May 20, 2021\n\n"
        "The babies are back. The new cartoon lands on Paramount+ on May 27, with computer "
        "animation. Its first season ended up on Paramount+ after a long wait.\n\n"
        "Ann Day is Tommy Pike again, and Nancy Cole voices Chuckie Fink."
    )
    assert "Paramount" not in shows_of(extractor, text)


def test_a_name_that_arrives_on_a_streamer_is_a_show(extractor) -> None:
    text = (
        "Lanternfall: everything we know about the animated comedy\n\n"
        "By Ana Ruiz | May 1, 2018\n\n"
        "Lanternfall arrives on Netflix on August 17. Abbi Cole voices Princess Bean, "
        "and Eric Andre plays Luci."
    )
    assert shows_of(extractor, text)["Lanternfall"]["network"] == "Netflix"


def test_the_makers_other_show_is_not_the_next_paragraphs_cast(extractor) -> None:
    text = (
        "Harbor Lights buried: BBC One will not dig up a second series\n\n"
        "The archaeology drama from the makers of Copper Sky has been quietly shelved after "
        "a single run\n\n"
        "LONDON - Harbor Lights will not get a second series. BBC One has decided against "
        "bringing back the archaeology drama.\n\n"
        "The six-part drama launched in July 2008. It came from Ann Pike and Tom Reyes, the "
        "pair behind the time-travelling police hit Copper Sky, and the idea had obvious "
        "appeal. Audiences sampled it, but many did not stay, and reviewers were unkind.\n\n"
        "The cast was strong. Julie Grant starred as Gillian Moss, the driven head of the "
        "dig team."
    )
    found = shows_of(extractor, text)
    assert ("Julie Grant", "Gillian Moss") in {
        (c["actor"], c["character"]) for c in found["Harbor Lights"]["cast"]
    }
