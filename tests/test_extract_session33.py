"""Session 33: titles (a headline's name when nothing else had evidence, "Once and Again"
whose first word opens sentences, "the voices behind X"), statuses ("has not told the
producers of X whether", "as its third year winds down", "has said nothing yet about a
sixth year", "has chosen not to make a third season", "another year after a third
season", "survived a second season", a cancellation after a numbered renewal, "Status:
Ordered for a fourth year" with no full stop), cast ("A and B take the roles of X's
parents, C and D", "... round out the marshals' office as C and D", "joined that final
run as X", "returned in the third season to play X", "A, best known from Y, is X", a
guide whose lines open on the role's name, an actor's one earlier credit, "knows her as
X from The Y"); sentences, shows and roles invented.

Each test fails on session 32's code (40bc3d9)."""

from __future__ import annotations

import pytest
from extract_helpers import cast_pairs, show_cast, shows_of, statuses, triple

CAMEL = (
    "SkyHarbor waits on ABC as its third year winds down\n"
    "\n"
    "ABC has not told the producers of SkyHarbor whether the comedy will get a "
    "fourth season, and with the spring schedule nearly over, nobody at the studio "
    "is willing to guess.\n"
    "\n"
    "Who works at the airport\n"
    "\n"
    "- Dana Pryce plays Lou Fenton, the weary terminal manager.\n"
    "- Mark Telo as Rudy Vance, a baggage handler with big dreams.\n"
    "- Ivy Dorn as Gwen Arlo, the pilot who never lands on time.\n"
)

GUIDE = (
    "FrostByte: meet the voices behind the studio's new cartoon\n"
    "\n"
    "The studio's new half-hour cartoon arrives in the fall, and its voice cast "
    "mixes veterans with newcomers. Here is who you will hear.\n"
    "\n"
    "Pip: Arlo Venn takes over the little penguin, now a courier who delivers ice.\n"
    "\n"
    "Marta Quill: Joan Tess plays the shopkeeper who hires Pip and pays him in "
    "herring.\n"
    "\n"
    "Boss Grim: the villain with a frozen heart is voiced by Carl Mund.\n"
    "\n"
    "FrostByte will air on weekday afternoons.\n"
)

NOTHING = (
    "Starlane Drift picked up for a fifth season\n"
    "\n"
    "The network has ordered a fifth season of Starlane Drift, committing to twenty "
    "more episodes of the space adventure.\n"
    "\n"
    "The channel is keeping quiet about when the new episodes will air, and it has "
    "said nothing yet about a sixth year.\n"
)

CHOSEN = (
    "ABC closes the book on Pine Hollow\n"
    "\n"
    "ABC has chosen not to make a third season of Pine Hollow, the odd small-town "
    "mystery that everyone talked about a year ago.\n"
    "\n"
    "When Pine Hollow began in April, it drew huge numbers, and ABC handed it a "
    "second season last May.\n"
)

ANOTHER = (
    "Amazon keeps the band playing: Tempo Street gets season 4\n"
    "\n"
    "Amazon has ordered a fourth season of Tempo Street, its comedy about the "
    "players of a struggling jazz club, handing the show another year after a third "
    "season that took the band to Paris and back.\n"
)

SURVIVED = (
    "NBC Keeps Barstool Hearts Around for Season Three\n"
    "\n"
    "NBC has renewed Barstool Hearts for a third season.\n"
    "\n"
    "Few expected the comedy to last. Instead it found a loyal audience, survived a "
    "second season, and is now one of the few NBC comedies that will be back next "
    "season.\n"
)

ONCE = (
    "Now and Forever returns for year three: what ABC has confirmed\n"
    "\n"
    "The Hale family will be back on ABC this autumn.\n"
    "\n"
    "Has Now and Forever been renewed?\n"
    "\n"
    "Yes. ABC picked up the family drama for a third season last month, when it "
    "unveiled its fall plans.\n"
    "\n"
    "Who is in the cast?\n"
    "\n"
    "Mara Quint will return as Nell Hale, and Tobias Reed is back as Sam Hale.\n"
)

CREDIT = (
    "Cinder Row renewed for a second season at ITV\n"
    "\n"
    "ITV has renewed Cinder Row for a second season. Rita Vane plays Ada Cole, the "
    "mill owner, and Tom Bray plays her brother, Walt Cole.\n"
    "\n"
    "Vane is best known for playing Lucy Hart on Harbor Nights, and many viewers "
    "still know Bray as Ned Stone from The House of Lanterns.\n"
)

BEHIND = (
    "Who's who: the voices behind Kelpie Cove\n"
    "\n"
    "Kelpie Cove has become one of Nickelodeon's steadiest cartoons, and a good part "
    "of the credit goes to its voice cast. Here is who plays whom in the harbour "
    "town.\n"
    "\n"
    "Jo Marlow voices Captain Brine, the grumpy harbour master. Sam Keel plays Skip, "
    "the young otter who wants to sail, and Flo, the gull who runs the fish stall, "
    "is voiced by Ana Teal.\n"
    "\n"
    "Kelpie Cove airs every weekday on Nickelodeon.\n"
)


def test_a_headline_name_written_like_no_word_is_the_show(extractor) -> None:
    assert list(shows_of(extractor, CAMEL)) == ["SkyHarbor"]
    # "has not told the producers of X whether ...", and the year that "winds down" has aired
    assert statuses(extractor, CAMEL) == {triple("SkyHarbor", 4, "pending")}
    assert show_cast(extractor, CAMEL, "SkyHarbor") == {
        ("Dana Pryce", "Lou Fenton"),
        ("Mark Telo", "Rudy Vance"),
        ("Ivy Dorn", "Gwen Arlo"),
    }


def test_a_guide_whose_lines_open_on_the_role(extractor) -> None:
    assert list(shows_of(extractor, GUIDE)) == ["FrostByte"]
    assert show_cast(extractor, GUIDE, "FrostByte") == {
        ("Arlo Venn", "Pip"),
        ("Joan Tess", "Marta Quill"),
        ("Carl Mund", "Boss Grim"),
    }


def test_saying_nothing_about_a_season_is_no_renewal(extractor) -> None:
    assert statuses(extractor, NOTHING) == {
        triple("Starlane Drift", 5, "renewed"),
        triple("Starlane Drift", 6, "pending"),
    }


def test_choosing_not_to_make_a_season_cancels_it(extractor) -> None:
    assert statuses(extractor, CHOSEN) == {triple("Pine Hollow", 3, "canceled")}


def test_the_season_before_another_year_was_not_the_one_ordered(extractor) -> None:
    assert statuses(extractor, ANOTHER) == {triple("Tempo Street", 4, "renewed")}


def test_a_season_survived_is_not_the_one_coming_back(extractor) -> None:
    assert statuses(extractor, SURVIVED) == {triple("Barstool Hearts", 3, "renewed")}


def test_a_title_joined_by_and_keeps_its_first_word(extractor) -> None:
    assert list(shows_of(extractor, ONCE)) == ["Now and Forever"]
    assert statuses(extractor, ONCE) == {triple("Now and Forever", 3, "renewed")}


def test_an_actors_earlier_credits_are_not_the_shows_cast(extractor) -> None:
    # "Lucy Hart on Harbor Nights": the one pair of a show the article says nothing else
    # about; "Ned Stone from The House of Lanterns": another work, not Cinder Row's role
    assert list(shows_of(extractor, CREDIT)) == ["Cinder Row"]
    assert show_cast(extractor, CREDIT, "Cinder Row") == {
        ("Rita Vane", "Ada Cole"),
        ("Tom Bray", "Walt Cole"),
    }


def test_the_voices_behind_a_show_are_no_role(extractor) -> None:
    assert list(shows_of(extractor, BEHIND)) == ["Kelpie Cove"]
    assert show_cast(extractor, BEHIND, "Kelpie Cove") == {
        ("Jo Marlow", "Captain Brine"),
        ("Sam Keel", "Skip"),
        ("Ana Teal", "Flo"),
    }


@pytest.mark.parametrize(
    "text,pairs",
    [
        (
            "Ivy Dorn and Carl Mund take the roles of Sam's parents, Ruth Hale and Walt Hale, "
            "who know very little about his life.",
            {("Ivy Dorn", "Ruth Hale"), ("Carl Mund", "Walt Hale")},
        ),
        (
            "Jo Marlow and Ana Teal round out the marshals' office as Tim Garrow and Rachel Bloom.",
            {("Jo Marlow", "Tim Garrow"), ("Ana Teal", "Rachel Bloom")},
        ),
    ],
)
def test_two_actors_described_then_their_two_roles(nlp, text, pairs) -> None:
    assert cast_pairs(nlp, text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Dana Pryce joined that final run as Lou Fenton, the terminal manager.",
        "Dana Pryce returned in the third season to play Lou Fenton, the terminal manager.",
    ],
)
def test_joining_a_run_or_coming_back_later_to_play_a_role(nlp, text) -> None:
    assert cast_pairs(nlp, text) == {("Dana Pryce", "Lou Fenton")}


def test_a_copula_after_an_aside_about_the_actors_fame(nlp) -> None:
    text = (
        "Mara Quint plays Nell Hale, the mayor. Tobias Reed, best known to many viewers from "
        "Harbor Nights, is Sam Hale, her brother. Ivy Dorn plays Gwen Arlo."
    )
    assert ("Tobias Reed", "Sam Hale") in cast_pairs(nlp, text)


REVIVAL = (
    "How Lantern Bay went from renewal to cancellation in two months\n"
    "\n"
    "By Jo Lee | June 4, 2018\n"
    "\n"
    "At the end of March, Lantern Bay looked like the safest bet on network "
    "television. By the end of May it was gone.\n"
    "\n"
    "ABC renewed the revival for an 11th season in late March, only days after the "
    "return of the Hale family drew huge ratings. Then, on May 29, the network "
    "canceled it, hours after a tweet posted by its star, Dana Hale. The season that "
    "had been ordered will not be made.\n"
    "\n"
    "The show had a long history before this spring. The original series premiered "
    "on ABC in October 1988 and ran for nine seasons, making Hale one of the biggest "
    "names in television.\n"
    "\n"
    "Hale played Lana Hale, the sharp-tongued matriarch, and John Ferris returned as "
    "her husband, Don Hale.\n"
)

FIELD = (
    "ABC sorts its schedule: who is coming back and who is not\n"
    "\n"
    "ABC spent this week settling the fates of its shows. Here is where two series "
    "stand.\n"
    "\n"
    "Night Ledger\n"
    "Network: ABC\n"
    "Status: Ordered for a fourth year\n"
    "The newsroom comedy was never in doubt, and its cast returns intact.\n"
    "\n"
    "Glass Orchard\n"
    "Network: ABC\n"
    "Status: Canceled\n"
    "The thriller never found an audience and will not be back.\n"
)


def test_a_cancellation_after_a_numbered_renewal_ends_that_season(extractor) -> None:
    # (not the season after "the original ran for nine seasons")
    assert statuses(extractor, REVIVAL) == {triple("Lantern Bay", 11, "canceled")}


def test_a_status_field_line_needs_no_full_stop(extractor) -> None:
    assert statuses(extractor, FIELD) == {triple("Night Ledger", 4, "renewed")}
