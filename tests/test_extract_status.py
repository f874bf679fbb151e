"""Season statuses from our own sentences: every phrasing, negation, speculation,
questions, reported history, season-number forms and several shows per article."""

from __future__ import annotations

import pytest
from extract_helpers import statuses, triple

from knowsofar.claims import Document
from knowsofar.extract.seasons import find_seasons, seasons_for
from knowsofar.extract.titles import norm_title


def claims(extractor, text: str):
    return [c for c in extractor.extract(Document(text=text)).claims if c.kind == "season_status"]


RENEWED = [
    ("Netflix has renewed Lupin for a third season.", ("Lupin", 3)),
    ("HBO renewed Hacks for Season 4 on Tuesday.", ("Hacks", 4)),
    ("Good news: Ted Lasso has been renewed for a third season at Apple TV+.", ("Ted Lasso", 3)),
    (
        "Hulu has picked up Only Murders in the Building for a fourth season.",
        ("Only Murders in the Building", 4),
    ),
    ("NBC has ordered a fifth season of Lincoln Rhyme, the network said.", ("Lincoln Rhyme", 5)),
    ("Max has greenlit a second season of The Pitt.", ("The Pitt", 2)),
    ("Paramount+ gave Tulsa King the green light for a third season.", ("Tulsa King", 3)),
    ("Starz confirmed that Outlander is getting an eighth season.", ("Outlander", 8)),
    ("Severance is coming back for a second season on Apple TV+.", ("Severance", 2)),
    ("Netflix's Wednesday will return for Season 2 next year.", ("Wednesday", 2)),
    ("Production on Yellowjackets season 3 is already underway at Showtime.", ("Yellowjackets", 3)),
    ("Netflix has confirmed Heartstopper season 3.", ("Heartstopper", 3)),
]


@pytest.mark.parametrize("text,expected", RENEWED)
def test_renewal_phrasings(extractor, text, expected):
    assert triple(*expected, "renewed") in statuses(extractor, text)


CANCELED = [
    ("Netflix has canceled Lockwood & Co. after one season.", ("Lockwood & Co.", 2)),
    (
        "Fox cancelled Alert: Missing Persons Unit after two seasons.",
        ("Alert: Missing Persons Unit", 3),
    ),
    (
        "Prime Video has axed The Peripheral despite an earlier renewal for season 2.",
        ("The Peripheral", 2),
    ),
    ("Warrior Nun has been scrapped by Netflix after two seasons.", ("Warrior Nun", 3)),
    (
        "AMC pulled the plug on Dispatches from Elsewhere after its first season.",
        ("Dispatches from Elsewhere", 2),
    ),
    (
        "Hulu is not moving forward with a third season of Dollface, the streamer said.",
        ("Dollface", 3),
    ),
    ("Apple TV+ has passed on a second season of Shantaram.", ("Shantaram", 2)),
    ("Inside Job won't return for a second season, Netflix confirmed.", ("Inside Job", 2)),
    ("NBC has dropped Grimm Tales after three seasons.", ("Grimm Tales", 4)),
]


@pytest.mark.parametrize("text,expected", CANCELED)
def test_cancellation_phrasings(extractor, text, expected):
    assert triple(*expected, "canceled") in statuses(extractor, text)


ENDED = [
    ("Netflix has renewed Ozark for a fourth and final season.", ("Ozark", 4)),
    ("Better Call Saul will end with its sixth season on AMC.", ("Better Call Saul", 6)),
    ("The Crown is returning for a sixth (and final) season on Netflix.", ("The Crown", 6)),
    ("Succession will conclude with its fourth season, HBO announced.", ("Succession", 4)),
    (
        "Amazon renewed The Boys for a fifth season, and it will be the final season.",
        ("The Boys", 5),
    ),
    (
        "Stranger Things season 5 will be the show's final season on Netflix.",
        ("Stranger Things", 5),
    ),
]


@pytest.mark.parametrize("text,expected", ENDED)
def test_final_season_phrasings(extractor, text, expected):
    found = statuses(extractor, text)
    assert triple(*expected, "ended") in found
    assert triple(*expected, "renewed") not in found  # "final" wins over the renewal itself


PENDING = [
    ("Netflix has yet to renew The Diplomat for a third season.", ("The Diplomat", 3)),
    (
        "Manifest has not yet been renewed for a fourth season, and its fate is unknown.",
        ("Manifest", 4),
    ),
    ("Will Quantum Leap be renewed or cancelled for season three?", ("Quantum Leap", 3)),
    ("NBC has not yet made a decision on a fourth season of Lincoln Rhyme.", ("Lincoln Rhyme", 4)),
    ("Fans of La Brea are still awaiting a decision on a fourth season from NBC.", ("La Brea", 4)),
]


@pytest.mark.parametrize("text,expected", PENDING)
def test_pending_phrasings(extractor, text, expected):
    assert triple(*expected, "pending") in statuses(extractor, text)


def test_on_the_bubble_takes_the_season_from_the_headline(extractor):
    text = (
        "Will Manifest Get a Season 4? NBC Drama Stays on the Bubble\n\n"
        "Manifest is on the bubble at NBC, which has not said what it will do."
    )
    assert triple("Manifest", 4, "pending") in statuses(extractor, text)


NOTHING = [
    # negation
    "Netflix has not canceled Bridgerton, despite the rumors about a fifth season.",
    "Contrary to reports, Hulu hasn't cancelled The Bear ahead of season 4.",
    # speculation and fan wishes
    "Fans hope Netflix will renew Wednesday for a third season.",
    "Reboot could be canceled after its first season if ratings stay low.",
    "Warrior Nun might be renewed for a third season by another streamer.",
    "A petition asks Netflix to bring back Mindhunter for a third season.",
    "Had Netflix renewed The OA for a third season, the story would have ended well.",
    # questions and headings that ask
    "Has The Witcher Been Renewed for Season 5?",
    "Is Wednesday getting a season 2?",
    # people, not shows, returning
    "Jenna Ortega and Emma Myers will return for the second season.",
    # generic remarks about a network
    "Netflix has been known to cancel shows after a single season.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_status_claimed(extractor, text):
    assert statuses(extractor, text) == set()


def test_negated_renewal_in_a_cancellation_story(extractor):
    text = (
        "Prime Video has cancelled Carnival Row after two seasons, with the ratings "
        "not justifying a renewal for a third season."
    )
    assert statuses(extractor, text) == {triple("Carnival Row", 3, "canceled")}


def test_reported_history_keeps_both_claims_with_dates(extractor):
    text = (
        "The Society was renewed for a second season in July 2019 before being "
        "canceled by Netflix in August 2020."
    )
    found = {(c.season, c.value["status"], c.event_date) for c in claims(extractor, text)}
    assert (2, "renewed", "2019-07") in found
    assert (2, "canceled", "2020-08") in found
    assert statuses(extractor, text) == {triple("The Society", 2, "canceled")}


def test_undated_news_beats_dated_history(extractor):
    text = (
        "Netflix has canceled Julie and the Phantoms. The musical series was renewed "
        "for a second season in March 2021, the streamer said at the time."
    )
    # Same article, two statuses for one season: today's news wins over the dated past.
    out = statuses(extractor, text)
    assert triple("Julie and the Phantoms", 2, "renewed") not in out


def test_pickup_by_another_network_supersedes_the_cancellation(extractor):
    text = (
        "Netflix has picked up Lucifer for a fourth season after Fox cancelled the "
        "drama following three seasons."
    )
    assert statuses(extractor, text) == {triple("Lucifer", 4, "renewed")}


def test_final_season_makes_the_next_season_redundant(extractor):
    text = (
        "Killjoys is returning for its fifth and final season. The show isn't coming "
        "back for a sixth season."
    )
    assert statuses(extractor, text) == {triple("Killjoys", 5, "ended")}


def test_released_season_is_not_listed_as_renewed(extractor):
    text = (
        "Evil's third season premiered in June. Paramount+ has renewed Evil for "
        "Season 4, and season 3 is renewed in spirit only."
    )
    found = statuses(extractor, text)
    assert triple("Evil", 4, "renewed") in found
    assert triple("Evil", 3, "renewed") not in found


def test_roundup_assigns_each_show_its_own_season(extractor):
    text = (
        "CBS cancels three comedies\n\n"
        "CBS has cancelled both \u201cHappy Together\u201d and \u201cFam\u201d after "
        "just one season. The network also cancelled 'Life in Pieces' and "
        "'Murphy Brown' after their fourth and first seasons respectively. "
        "Meanwhile, Blue Bloods has been renewed for a tenth season."
    )
    assert statuses(extractor, text) == {
        triple("Happy Together", 2, "canceled"),
        triple("Fam", 2, "canceled"),
        triple("Life in Pieces", 5, "canceled"),
        triple("Murphy Brown", 2, "canceled"),
        triple("Blue Bloods", 10, "renewed"),
    }


def test_list_object_of_one_renewal(extractor):
    text = (
        "Apple has renewed Mythic Quest, Servant and Dickinson for their third seasons. "
        "Mythic Quest is a comedy; Servant is a thriller."
    )
    assert statuses(extractor, text) == {
        triple("Mythic Quest", 3, "renewed"),
        triple("Servant", 3, "renewed"),
        triple("Dickinson", 3, "renewed"),
    }


def test_headline_season_reaches_the_show(extractor):
    text = (
        "Spinning Out Season 2: What We Know\n\n"
        "Spinning Out premiered on Netflix in January. Sadly, Netflix canceled the show "
        "a month later."
    )
    assert statuses(extractor, text) == {triple("Spinning Out", 2, "canceled")}


def test_two_more_seasons_counts_from_the_seasons_so_far(extractor):
    text = (
        "The Rookie ran for four seasons on ABC. Now ABC has renewed The Rookie for "
        "two more seasons."
    )
    assert statuses(extractor, text) == {
        triple("The Rookie", 5, "renewed"),
        triple("The Rookie", 6, "renewed"),
    }


@pytest.mark.parametrize(
    "text,status,expected",
    [
        ("renewed for season 3", "renewed", (3,)),
        ("renewed for S3", "renewed", (3,)),
        ("renewed for a third season", "renewed", (3,)),
        ("renewed for season two", "renewed", (2,)),
        ("renewed for series five", "renewed", (5,)),
        ("picked up for seasons 4 and 5", "renewed", (4, 5)),
        ("a third and final season", "ended", (3,)),
        ("a fourth (and final) season", "ended", (4,)),
        ("canceled after two seasons", "canceled", (3,)),
        ("cancelled after just one season", "canceled", (2,)),
        ("canceled after its third season", "canceled", (4,)),
        ("will end after its sixth season", "ended", (6,)),
        ("renewed through Season 5", "renewed", (5,)),
        ("the freshman legal drama was canceled", "canceled", (2,)),
        ("also axed was the fall newcomer", "canceled", (2,)),
    ],
)
def test_season_number_forms(text, status, expected):
    refs = find_seasons(text)
    assert refs, text
    assert seasons_for(refs[0], status) == expected


def test_additional_seasons_need_the_count_so_far():
    ref = find_seasons("an additional two seasons")[0]
    assert seasons_for(ref, "renewed") == ()
    assert seasons_for(ref, "renewed", aired=4) == (5, 6)


def test_evidence_and_version_are_kept(extractor):
    text = "Netflix has renewed Lupin for a third season."
    (claim,) = claims(extractor, text)
    assert claim.evidence == text
    assert claim.extractor.startswith("knowsofar-extract")
    assert text[claim.start : claim.end].strip() == text


def test_list_of_fates_with_labels(extractor):
    text = (
        "Every ABC Show Renewed or Canceled This Spring\n\n"
        "ABC has made its calls. Here is where each show stands.\n\n"
        "Abbott Elementary: Renewed for Season 4. The comedy is the network's biggest hit.\n\n"
        "Will Trent: Renewed for Season 3.\n\n"
        "Not Dead Yet: Canceled after two seasons.\n\n"
        "The Company You Keep: Canceled after one season."
    )
    assert statuses(extractor, text) == {
        triple("Abbott Elementary", 4, "renewed"),
        triple("Will Trent", 3, "renewed"),
        triple("Not Dead Yet", 3, "canceled"),  # a title with "Not" is not a negation
        triple("The Company You Keep", 2, "canceled"),
    }


def test_markdown_bold_titles_lead_their_paragraph(extractor):
    text = (
        "# CBS Trims Its Comedy Slate\n\n"
        "**Fam** - The midseason sitcom is done after one season.\n\n"
        "**Blue Bloods** - The Reagans are coming back. CBS renewed the police drama for a "
        "tenth season."
    )
    found = statuses(extractor, text)
    assert triple("Fam", 2, "canceled") in found
    assert triple("Blue Bloods", 10, "renewed") in found


def test_extract_many_keeps_order_and_isolates_failures(extractor, monkeypatch):
    from knowsofar.sources.errors import SourceError

    items = [
        Document(text="Netflix has renewed Lupin for a third season.", path="a.txt"),
        SourceError(source="b.bin", reason="binary file, not text or HTML", path="b.bin"),
        Document(text="HBO has cancelled Avenue 5 after two seasons. BOOM", path="c.txt"),
        Document(text="Hulu has renewed Reservation Dogs for a third season.", path="d.txt"),
    ]
    real = extractor._to_extraction

    def flaky(source, doc):
        if "BOOM" in source.text:
            raise RuntimeError("boom")
        return real(source, doc)

    monkeypatch.setattr(extractor, "_to_extraction", flaky)
    out = list(extractor.extract_many(items, batch_size=2))
    assert [ex.source.path for ex in out] == ["a.txt", "b.bin", "c.txt", "d.txt"]
    assert out[1].error == "binary file, not text or HTML"
    assert out[2].error and "boom" in out[2].error
    assert out[0].error is None and out[3].error is None
    assert triple("Reservation Dogs", 3, "renewed") in {
        (norm_title(s["title"]), se["number"], se["status"])
        for s in out[3].to_contract()["shows"]
        for se in s["seasons"]
    }


def test_renewed_for_a_season_that_will_be_the_last_is_ended(extractor):
    text = "Hulu has also renewed Paper Moons for a fifth season, which will be the show's last."
    found = statuses(extractor, text)
    assert triple("Paper Moons", 5, "ended") in found
    assert triple("Paper Moons", 5, "renewed") not in found


def test_the_nth_season_will_be_the_last_one(extractor):
    text = (
        "Netflix renewed Ember Hall in 2023. The streamer confirmed that the third season "
        "will be the last one for Ember Hall."
    )
    assert triple("Ember Hall", 3, "ended") in statuses(extractor, text)


def test_a_headline_is_one_sentence(extractor):
    text = (
        "Peacock Cancels Night Shift Diner After Two Seasons\n\n"
        "Night Shift Diner starred Ana Reyes as a cook who solves crimes between orders."
    )
    assert triple("Night Shift Diner", 3, "canceled") in statuses(extractor, text)


def test_a_season_in_a_whose_clause_is_not_the_renewed_one(extractor):
    text = (
        "Netflix renewed Fog Line for a fifth and final season. Ida Moor, whose Jo Pratt "
        "became a fan favorite in season three, has been promoted to series regular."
    )
    found = statuses(extractor, text)
    assert triple("Fog Line", 5, "ended") in found
    assert not any(season == 3 for _, season, _ in found)


def test_casting_for_an_earlier_season_is_not_a_renewal(extractor):
    text = (
        "Starz has renewed Cold Orchard for a fourth season.\n\n"
        "Among the newcomers, Lena Ward has joined the third season in a mystery role."
    )
    found = statuses(extractor, text)
    assert triple("Cold Orchard", 4, "renewed") in found
    assert triple("Cold Orchard", 3, "renewed") not in found


def test_casting_for_the_coming_season_still_counts_without_a_later_renewal(extractor):
    text = "Lena Ward has joined the cast of Cold Orchard season 4, Starz announced."
    assert triple("Cold Orchard", 4, "renewed") in statuses(extractor, text)


def test_heading_into_a_season_is_renewed(extractor):
    text = "ABC's hospital drama Night Ward is heading into its 12th season this fall."
    assert triple("Night Ward", 12, "renewed") in statuses(extractor, text)


def test_a_list_going_into_a_season(extractor):
    text = (
        "NBC has cancelled 'Tin Town' after two seasons. Next year the only returning "
        "comedies on NBC will be 'Porch Light' and 'Dunn vs Dunn,' both going into Season 2."
    )
    found = statuses(extractor, text)
    assert triple("Porch Light", 2, "renewed") in found
    assert triple("Dunn vs Dunn", 2, "renewed") in found
    assert triple("Tin Town", 3, "canceled") in found


def test_not_announced_whether_there_will_be_a_season_is_pending(extractor):
    text = "Hulu has not announced whether there will be a second season of Tell Me Lies."
    assert statuses(extractor, text) == {triple("Tell Me Lies", 2, "pending")}


def test_the_nth_season_of_a_show_would_be_its_last(extractor):
    text = "Earlier, CBS announced that the seventh season of Elementary would be its last."
    assert statuses(extractor, text) == {triple("Elementary", 7, "ended")}


def test_a_season_in_the_can_or_arriving_in_a_year_is_renewed(extractor):
    assert triple("Slow Horses", 5, "renewed") in statuses(
        extractor, "The fifth season of Slow Horses, shot last winter, is already in the can."
    )
    assert triple("The Boys", 5, "renewed") in statuses(
        extractor, "Season 5 of The Boys arrives in 2026, Prime Video said."
    )


def test_production_news_takes_the_season_from_the_heading(extractor):
    text = (
        "Andor Season 2: What We Know\n\n"
        "The Disney+ drama is back in production in London. Diego Luna again leads Andor."
    )
    assert statuses(extractor, text) == {triple("Andor", 2, "renewed")}


def test_production_news_without_a_season_anywhere_says_nothing(extractor):
    text = (
        "Andor: What We Know\n\n"
        "The Disney+ drama is back in production in London. Diego Luna again leads Andor."
    )
    assert statuses(extractor, text) == set()


def test_a_weak_cue_leaves_a_later_season_to_the_renewal(extractor):
    text = (
        "Reacher Season 3: Everything We Know\n\n"
        "The action drama premieres in March, and Prime Video has already renewed Reacher "
        "for a fourth season."
    )
    assert statuses(extractor, text) == {
        triple("Reacher", 3, "renewed"),
        triple("Reacher", 4, "renewed"),
    }


def test_a_described_show_is_the_subject_of_a_later_pickup(extractor):
    text = (
        "Netflix renewed Heartstopper for a second season, well before the first even "
        "premiered, and the British romance has since been picked up for seasons three and four."
    )
    found = statuses(extractor, text)
    assert triple("Heartstopper", 3, "renewed") in found
    assert triple("Heartstopper", 4, "renewed") in found


@pytest.mark.parametrize(
    "text",
    [
        "## Cancelled\n\n**Grand Hotel** - Also cancelled was the midseason newcomer Grand "
        "Hotel, which starred Demian Bichir.",
        "ABC has axed the freshman drama Grand Hotel.",
    ],
)
def test_a_first_year_show_canceled_loses_its_second_season(extractor, text):
    assert statuses(extractor, text) == {triple("Grand Hotel", 2, "canceled")}


def test_a_first_year_show_renewed_gets_no_number_from_its_age(extractor):
    found = statuses(extractor, "The freshman comedy Ghosts has been renewed by CBS.")
    assert not {t for t in found if t[1] in (1, 2)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The series ended with its fifth season in 2013.",
        "The series ends with its fifth and final season.",
    ],
)
def test_ending_with_a_numbered_season(extractor, sentence):
    text = f"Fringe starred Anna Torv. Fringe aired on Fox. {sentence}"
    assert statuses(extractor, text) == {triple("Fringe", 5, "ended")}


@pytest.mark.parametrize("verb", ["ended", "ends"])
def test_a_season_ending_with_an_episode_is_not_a_final_season(extractor, verb):
    text = (
        "Fringe starred Anna Torv. Fringe aired on Fox. "
        f"Season 2 of Fringe {verb} with its tenth episode, a cliffhanger."
    )
    assert statuses(extractor, text) == set()


def test_a_lead_returning_for_a_numbered_season_under_a_show_heading(extractor):
    text = (
        "Fall Returns\n\nChicago Med\n"
        "Oliver Platt returns for an 11th season as Dr. Daniel Charles, the hospital's "
        "psychiatrist. Chicago Med airs on NBC."
    )
    assert triple("Chicago Med", 11, "renewed") in statuses(extractor, text)


def test_a_hoped_for_return_for_a_season_is_not_a_renewal(extractor):
    text = (
        "Chicago Med\nFans hope Oliver Platt returns for an 11th season as Dr. Daniel "
        "Charles. Chicago Med airs on NBC."
    )
    assert statuses(extractor, text) == set()


def test_an_inserted_relative_clause_is_background(extractor):
    # The rescue is history; the news is the main clause's "will not return".
    text = (
        "Peacock has axed Harlow Street. The drama, which was saved by Peacock after "
        "Showtime dropped it, will not return for a fourth season."
    )
    assert statuses(extractor, text) == {triple("Harlow Street", 4, "canceled")}


def test_a_trailing_relative_clause_still_tells_the_news(extractor):
    text = "Hulu has renewed Harlow Street for a fourth season, which will be its last."
    assert triple("Harlow Street", 4, "ended") in statuses(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The thriller Harlow Street will conclude with its upcoming fourth season.",
        "The BBC said the fourth series of Harlow Street will be its last.",
    ],
)
def test_ending_with_an_upcoming_season_or_series(extractor, sentence):
    assert statuses(extractor, sentence) == {triple("Harlow Street", 4, "ended")}


def test_a_status_tracker_line_with_scrapped(extractor):
    text = (
        "Renewed or canceled? Every CBS comedy\n\n"
        "Harlow Street: scrapped after three seasons.\n"
        "Mill Pond: renewed for season 2.\n"
    )
    assert statuses(extractor, text) == {
        triple("Harlow Street", 4, "canceled"),
        triple("Mill Pond", 2, "renewed"),
    }


def test_a_tracker_under_network_headings(extractor):
    text = (
        "Renewed or canceled? Where every drama stands\n\n"
        "NBC\n"
        "Harlow Street: Season 3 ordered.\n"
        "Mill Pond: Still waiting to hear about a third season.\n"
        "St. Agnes General: Fate unknown; no word yet on a second season.\n\n"
        "Fox\n"
        "Dry Creek: Coming back for a second season.\n"
    )
    out = extractor.extract(Document(text=text)).to_contract()
    got = {
        (norm_title(s["title"]), s["network"], se["number"], se["status"])
        for s in out["shows"]
        for se in s["seasons"]
    }
    assert got == {
        (norm_title("Harlow Street"), "NBC", 3, "renewed"),
        (norm_title("Mill Pond"), "NBC", 3, "pending"),
        (norm_title("St. Agnes General"), "NBC", 2, "pending"),
        (norm_title("Dry Creek"), "Fox", 2, "renewed"),
    }


def test_a_list_item_naming_no_known_show_is_not_the_last_shows(extractor):
    text = (
        "Every Hulu show canceled this year\n\n"
        "- Harlow Street was canceled after one season.\n"
        "- a drama we could not name was axed after its first season.\n"
    )
    assert statuses(extractor, text) == {triple("Harlow Street", 2, "canceled")}


def test_recommissioned_for_a_series_and_the_last_series_of_a_described_show(extractor):
    text = (
        "ITV has recommissioned its Sunday-night drama Harlow Street for a third series. "
        "And Channel 4 has confirmed that the fourth series of its office sitcom Mill Pond "
        "will be its last."
    )
    assert statuses(extractor, text) == {
        triple("Harlow Street", 3, "renewed"),
        triple("Mill Pond", 4, "ended"),
    }


def test_a_show_with_an_appositive_is_the_subject(extractor):
    text = (
        "Also cut was a first-year show. Harlow Street, a crime prequel narrated by Dana "
        "Pike, was canceled after one season."
    )
    assert statuses(extractor, text) == {triple("Harlow Street", 2, "canceled")}


def test_a_month_called_may_is_not_a_hedge(extractor):
    text = (
        "Days after Fox dropped Harlow Street in May, NBC picked up the comedy for a sixth season."
    )
    assert statuses(extractor, text) == {triple("Harlow Street", 6, "renewed")}


def test_an_actor_before_a_relative_clause_is_not_the_show(extractor):
    text = (
        "Is Harlow Street Season 3 Happening?\n\n"
        "Hulu has not announced a third season of Harlow Street. Dana Pike, who plays the "
        "sheriff, will return too."
    )
    assert triple("Harlow Street", 3, "renewed") not in statuses(extractor, text)


def test_a_freshman_show_on_the_bubble_awaits_its_second_season(extractor):
    text = "Fox's other freshman drama, Harlow Street, remains on the bubble."
    assert statuses(extractor, text) == {triple("Harlow Street", 2, "pending")}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "So Long Harbor, the legal comedy that paired Dana Pike with Owen Hart, will not "
            "return after two seasons.",
            ("So Long Harbor", 3, "canceled"),
        ),
        (
            "Harbor: Reno, which brought Dana Pike back to the franchise for its first year, "
            "is also finished after three seasons.",
            ("Harbor: Reno", 4, "canceled"),
        ),
        ("Dry Creek signed off this week after seven seasons.", ("Dry Creek", 7, "ended")),
        (
            "Harlow, starring Dana Pike as Ranger Ruth Harlow, was canceled after four seasons.",
            ("Harlow", 5, "canceled"),
        ),
        (
            "Blue Harbor is in the middle of its 14th and final season.",
            ("Blue Harbor", 14, "ended"),
        ),
    ],
)
def test_roundup_prose_sentences_about_one_show(extractor, sentence, expected):
    assert statuses(extractor, sentence) == {triple(*expected)}


def test_a_pickup_elsewhere_outweighs_the_old_networks_cancellation(extractor):
    text = (
        "Netflix has picked up Dry Creek, the animated series that Hulu canceled in June after "
        "one season, and will release both the first season and the finished second season.\n\n"
        "Hulu had dropped the show as part of a cost-cutting purge."
    )
    got = statuses(extractor, text)
    assert got == {triple("Dry Creek", 2, "renewed")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hulu gave the legal drama Dry Creek a third season.", ("Dry Creek", 3, "renewed")),
        (
            "NBC pulled the plug on Dry Creek, the comedy in which Dana Pike starred as a "
            "ghost writer; it ends after two seasons.",
            ("Dry Creek", 3, "canceled"),
        ),
        (
            "Mill Pond wrapped its seventh and final season last week. Dry Creek is in the "
            "middle of its 14th and final season.",
            ("Dry Creek", 14, "ended"),
        ),
    ],
)
def test_more_roundup_phrasings(extractor, text, expected):
    assert triple(*expected) in statuses(extractor, text)


def test_giving_an_actor_a_role_is_not_a_renewal(extractor):
    text = "Hulu aired Dry Creek. The producers gave Dana Pike a role in the third season."
    assert statuses(extractor, text) == set()


def test_a_count_in_a_list_sentence_is_not_the_topics(extractor):
    text = (
        "Dry Creek was axed after two seasons. Hulu also canceled Mill Pond and Harbor "
        "Lights, both of which only had one season before being cut."
    )
    got = statuses(extractor, text)
    assert triple("Dry Creek", 2, "canceled") not in got
    assert triple("Dry Creek", 3, "canceled") in got


def test_a_numbered_season_with_a_coming_premiere_date_is_renewed(extractor):
    text = "Season 2 of Dry Creek premieres November 13 on Hulu."
    assert statuses(extractor, text) == {triple("Dry Creek", 2, "renewed")}


def test_a_season_that_premiered_is_no_news(extractor):
    text = "Season 3 of Dry Creek premiered in 2022 on Hulu."
    assert statuses(extractor, text) == set()


def test_a_headline_season_of_another_show_is_not_the_articles(extractor):
    text = (
        "Harbor recommissioned for series 4 as Channel 4 axes Mill Pond\n\n"
        "Channel 4 has axed the sitcom Mill Pond. The cast thanked fans on Instagram."
    )
    assert triple("Mill Pond", 4, "canceled") not in statuses(extractor, text)


def test_which_after_another_name_is_not_the_articles_show(extractor):
    # A lower-case initial ("oFrontier", like "iZombie") opens a title too.
    text = (
        "Hulu renewed Dry Creek for a second season. Its star is also busy with oFrontier, "
        "which The CW has renewed for a fifth and final season."
    )
    found = statuses(extractor, text)
    assert triple("oFrontier", 5, "ended") in found
    assert triple("Dry Creek", 5, "ended") not in found


def test_an_airing_season_is_not_renewed_news(extractor):
    text = (
        "HBO has renewed Dry Creek for a third season. The pickup arrives while the second "
        "season is still airing on Sunday nights."
    )
    assert statuses(extractor, text) == {triple("Dry Creek", 3, "renewed")}


def test_a_show_named_but_not_read_is_not_the_topic(extractor):
    text = (
        "NBC canceled Dry Creek after two seasons. The medical drama Good Harbor, with Dana "
        "Pike as surgeon Ruth Ames, was also dropped after a single season."
    )
    assert triple("Dry Creek", 2, "canceled") not in statuses(extractor, text)
    assert triple("Dry Creek", 3, "canceled") in statuses(extractor, text)
