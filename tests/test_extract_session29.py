"""Session 29: networks (Logo, Telemundo and a few more in the data file), titles (a role's
first name after "fans of", a headline's opening phrase of time, "Law & Order" kept whole,
a credit whose role is described first, an actor said to return as a role), cast (a
passive with a phrase between the verb and "by", "whose" after such a passive, a surname
that opens on a particle, "A as B continues ...") and statuses ("brought the show to an
end with its fifth season", a season "which had been set as its last"); sentences,
shows and people invented."""

from __future__ import annotations

from extract_helpers import show_cast, shows_of, statuses, triple


def test_networks_added_to_the_data_file(extractor) -> None:
    for network, sentence in (
        ("Telemundo", "Telemundo has renewed Calle Sombra for a third season."),
        ("El Rey Network", "El Rey Network has renewed Calle Sombra for a third season."),
        ("Yahoo Screen", "Yahoo Screen has renewed Calle Sombra for a third season."),
        ("Logo", "Logo's Calle Sombra has been renewed for a third season."),
    ):
        shows = shows_of(extractor, f"Calle Sombra news\n\n{sentence}\n")
        assert shows["Calle Sombra"]["network"] == network, sentence


def test_fans_of_a_role_first_name_are_not_a_show(extractor) -> None:
    text = (
        "Milo's Ark Season 2: Everything We Know\n\n"
        "The comedy is coming back, and fans of Milo and his friends have questions. Logo "
        "has ordered a second season of Milo's Ark.\n\n"
        "Who is back?\n\n"
        "Dell Rowan plays Milo Grant. Jay Ostrow is back as Wade Porter, whose romance "
        "with Milo drove the first season.\n"
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Milo's Ark"]
    assert show_cast(extractor, text, "Milo's Ark") == {
        ("Dell Rowan", "Milo Grant"),
        ("Jay Ostrow", "Wade Porter"),
    }


def test_the_show_after_a_headline_phrase_of_time_leads_the_article(extractor) -> None:
    text = (
        "Before Star Rangers '26, a look back at the voices of Star Rangers: The Animated "
        "Series\n\n"
        "With the revival Star Rangers '26 on the way, it is worth remembering how a cartoon "
        "won over kids. Star Rangers: The Animated Series premiered on Fox Kids on October "
        "31, 1993.\n\n"
        "The team\n\n"
        "- Cal Renner as Falcon\n"
        "- Norma Speke as Vesper\n\n"
        "Dorian Vale played Professor Zed, giving the team a calm leader.\n\n"
        "Many of the old voices return for Star Rangers '26, which picks up where the old "
        "episodes stopped.\n"
    )
    cast = show_cast(extractor, text, "Star Rangers: The Animated Series")
    assert cast == {
        ("Cal Renner", "Falcon"),
        ("Norma Speke", "Vesper"),
        ("Dorian Vale", "Professor Zed"),
    }


def test_a_passive_role_with_a_phrase_before_by(extractor) -> None:
    text = (
        "Harbor Kids recap\n\n"
        "Harbor Kids premiered on Fox Kids in 1992. Gambler was voiced for most of the run "
        "by Chris Potts, whose Cajun drawl is still imitated. Storm Girl was played in the "
        "first season by Alia Sealy.\n"
    )
    cast = show_cast(extractor, text, "Harbor Kids")
    assert cast == {("Chris Potts", "Gambler"), ("Alia Sealy", "Storm Girl")}


def test_a_show_brought_to_an_end_with_its_fifth_season(extractor) -> None:
    for sentence in (
        "Fox Kids brought the show to an end with its fifth season, which closed in 1997.",
        "The network brought it to a close with its fifth season in 1997.",
    ):
        text = f"Harbor Kids recap\n\nHarbor Kids premiered on Fox Kids in 1992. {sentence}\n"
        assert triple("Harbor Kids", 5, "ended") in statuses(extractor, text), sentence


def test_a_season_which_had_been_set_as_the_last(extractor) -> None:
    for sentence in (
        "Harbor Lane closed out its sixth season, which had been set as its last.",
        "ABC airs the finale of Harbor Lane tonight, closing out the sixth season that the "
        "star and the network had agreed would be the comedy's last.",
    ):
        text = f"Harbor Lane news\n\n{sentence}\n"
        assert triple("Harbor Lane", 6, "ended") in statuses(extractor, text), sentence


def test_a_surname_that_opens_on_a_particle(extractor) -> None:
    text = (
        "Reina Sur renewed\n\n"
        "Telemundo has greenlit a third season of Reina Sur, the saga that made Lola del "
        "Campo a household name. Del Campo plays Teresa Marquez once more.\n"
    )
    cast = show_cast(extractor, text, "Reina Sur")
    assert cast == {("Lola del Campo", "Teresa Marquez")}


def test_law_and_order_is_one_name(extractor) -> None:
    text = (
        "Crime & Order Season 21: Everything We Know\n\n"
        "The original Crime & Order is coming back to NBC.\n\n"
        "Has Crime & Order been renewed?\n\n"
        "Yes. NBC ordered a 21st season last September. It shares the night with Crime & "
        "Order: Night Court.\n"
    )
    assert triple("Crime & Order", 21, "renewed") in statuses(extractor, text)


def test_a_credit_whose_role_is_described_first_stays_with_that_show(extractor) -> None:
    text = (
        "NBC cancels Dear Jim\n\n"
        "NBC has canceled Dear Jim after four seasons. Judd Harlow starred as Jim Lacey, a "
        "teacher left by his wife. Harlow, who played cab driver Alex Rourke in Meter, is "
        "keeping quiet about his next move.\n"
    )
    assert show_cast(extractor, text, "Dear Jim") == {("Judd Harlow", "Jim Lacey")}


def test_an_actor_set_to_return_as_a_role_is_no_show(extractor) -> None:
    text = (
        "Harbor Lane season 2\n\n"
        "Harbor Lane has been renewed for a second season by NBC. Tasha Smythe is expected "
        "back as Marjorie, Mavis's blunt best friend, and Reed Cole is set to return as "
        "Khalil, the charming love interest she met along the way.\n"
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Harbor Lane"]
    assert show_cast(extractor, text, "Harbor Lane") == {
        ("Tasha Smythe", "Marjorie"),
        ("Reed Cole", "Khalil"),
    }


def test_actor_as_role_then_the_sentence_verb(extractor) -> None:
    text = (
        "Harbor Lane season 2\n\n"
        "Harbor Lane has been renewed for a second season by NBC. Kara Eich heads the "
        "police station, and Stefan Kamp as Peter Dopp continues his quiet search for "
        "answers. Tyler Laut moves in as Andy Samb checks out.\n"
    )
    cast = show_cast(extractor, text, "Harbor Lane")
    assert ("Stefan Kamp", "Peter Dopp") in cast
    assert ("Tyler Laut", "Andy Samb") not in cast


def test_a_headline_question_about_the_next_series_names_the_show(extractor) -> None:
    text = (
        "Rag Lantern: will there be a second series?\n\n"
        "The puzzle at the centre of Rag Lantern has been solved, and fans want more.\n\n"
        "Henry Lowe plays Nathan Rose. The broadcaster has not announced a decision on "
        "series two yet.\n"
    )
    assert statuses(extractor, text) == {triple("Rag Lantern", 2, "pending")}


def test_neither_network_has_decided(extractor) -> None:
    for sentence in (
        "Neither Alibi nor AMC+ has announced a decision on series two of Harbor Lane.",
        "Neither NBC nor Netflix has announced a second season of Harbor Lane.",
    ):
        text = f"Harbor Lane news\n\n{sentence}\n"
        assert statuses(extractor, text) == {triple("Harbor Lane", 2, "pending")}, sentence
    text = "Harbor Lane news\n\nNeither NBC nor Netflix has canceled Harbor Lane.\n"
    assert statuses(extractor, text) == set()


def test_a_show_that_first_went_to_air(extractor) -> None:
    text = (
        "Summer Cove at 35: the faces who made the Bay\n\n"
        "Tomorrow marks 35 years since Summer Cove first went to air on the Seven Network, on "
        "17 January 1988.\n\n"
        "Ray Mead has played Alf Stone since that very first week.\n"
    )
    shows = shows_of(extractor, text)
    assert shows["Summer Cove"]["network"] == "Seven Network"
    assert shows["Summer Cove"]["premiere"] == "1988-01-17"
    assert show_cast(extractor, text, "Summer Cove") == {("Ray Mead", "Alf Stone")}


def test_an_actor_who_has_been_a_role_for_years(extractor) -> None:
    text = (
        "Summer Cove cast\n\n"
        "Summer Cove returns to the Seven Network for a 36th season. Emma Simms plays "
        "Marilyn Chalmers, and Ada Nicolaou has been Leah Patton for more than twenty years. "
        "Derek Fowler played Oscar Blake, and Bill Mayhew was the lovable rogue Claude "
        "Greenway until he left the show. Jane Doyle plays Mary Blake, and Tom Smith was "
        "Controller of BBC One until 2010.\n"
    )
    cast = show_cast(extractor, text, "Summer Cove")
    assert ("Ada Nicolaou", "Leah Patton") in cast
    assert ("Bill Mayhew", "Claude Greenway") in cast
    assert not any(actor == "Tom Smith" for actor, _ in cast)


def test_a_name_with_an_elided_particle(extractor) -> None:
    text = (
        "Florentines: the third and final run\n\n"
        "Rai 1 has ordered a third and final season of Florentines. Daniel Shore returns as "
        "Lorenzo de' Vecchi, and Richard Maddox played Cosimo de’ Vecchi in the first.\n"
    )
    shows = shows_of(extractor, text)
    assert shows["Florentines"]["network"] == "Rai 1"
    cast = show_cast(extractor, text, "Florentines")
    assert ("Daniel Shore", "Lorenzo de' Vecchi") in cast


def test_a_studio_and_a_makers_earlier_show_are_not_the_show(extractor) -> None:
    text = (
        "Three shows to watch\n\n"
        "Harbor Lane\n\n"
        "NBC renewed Harbor Lane for a third season.\n\n"
        "Night Callers\n\n"
        "The demon-hunting comedy from Misfit Town creator Howard Overby finished its first "
        "series only recently, and E4 has yet to decide whether there will be a second. "
        "Marvel and Blue Signal Studios are shopping the finished episodes to other outlets.\n"
    )
    shows = shows_of(extractor, text)
    assert "Blue Signal Studios" not in shows
    assert not (shows.get("Misfit Town") or {}).get("seasons")


def test_a_pilot_not_picked_up_is_a_first_season_canceled(extractor) -> None:
    for sentence in (
        "NBC has decided not to pick up Wonder Girl, the much-discussed pilot.",
        "The CW has decided not to move forward with Wonder Girl, the proposed offshoot that "
        "would have followed two hunters.",
    ):
        text = f"Wonder Girl news\n\nThe comedy Wonder Girl is from David Kell. {sentence}\n"
        assert statuses(extractor, text) == {triple("Wonder Girl", 1, "canceled")}, sentence
    text = (
        "Wonder Girl news\n\nThe comedy Wonder Girl is from David Kell. NBC will not pick "
        "up Wonder Girl for a third season.\n"
    )
    assert statuses(extractor, text) == {triple("Wonder Girl", 3, "canceled")}


def test_a_roundup_first_shown_line_is_no_show(extractor) -> None:
    text = (
        "Second series watch: two thrillers still waiting\n\n"
        "Here is where things stand with each.\n\n"
        "Side Effect\n"
        "Network: BBC Two\n"
        "First shown: 12 February 2018\n"
        "Status: no decision on series two\n\n"
        "Cara Mulligan starred as Kip Glass. John Simms played the Labour MP David Mears.\n\n"
        "Red Earth Falling\n"
        "Network: BBC Two\n"
        "First shown: 10 September 2018\n"
        "Status: undecided\n\n"
        "Mikaela Cole played Kate Ashford, a legal investigator.\n"
    )
    shows = shows_of(extractor, text)
    assert sorted(shows) == ["Red Earth Falling", "Side Effect"]
    assert triple("Side Effect", 2, "pending") in statuses(extractor, text)
    assert ("John Simms", "David Mears") in show_cast(extractor, text, "Side Effect")


def test_a_network_yet_to_reveal_its_plans_for_a_second_series(extractor) -> None:
    for sentence in (
        "Channel 4 has yet to reveal its plans for a second series.",
        "Channel 4 has not revealed its plans for a second series of Loaded Dice.",
    ):
        text = (
            "Loaded Dice: is a second series coming?\n\n"
            f"Loaded Dice finished its first series on Channel 4 a few weeks ago. {sentence}\n"
        )
        assert statuses(extractor, text) == {triple("Loaded Dice", 2, "pending")}, sentence
    text = (
        "Loaded Dice news\n\nLoaded Dice finished its first series on Channel 4. Channel 4 "
        "has yet to reveal the cast of the second series.\n"
    )
    assert statuses(extractor, text) == set()


def test_a_brand_possessive_the_article_never_drops_is_part_of_the_title(extractor) -> None:
    text = (
        "ABC passes on Marvel's Night Patrol\n\n"
        "ABC has decided against ordering Marvel's Night Patrol to series. Marvel's Night "
        "Patrol would have followed Ada Pell as Bobbi Morrow.\n"
    )
    assert statuses(extractor, text) == {triple("Marvel's Night Patrol", 1, "canceled")}
    # An article that writes the bare name at least as often as the branded one drops the
    # brand (a gold article with "Marvel's New Warriors" twice and "New Warriors" once keeps it)
    text = (
        "Marvel's Night Patrol renewed\n\n"
        "ABC has renewed Marvel's Night Patrol for a third season. Night Patrol follows Ada "
        "Pell as Bobbi Morrow. Night Patrol returns in the autumn.\n"
    )
    assert statuses(extractor, text) == {triple("Night Patrol", 3, "renewed")}
