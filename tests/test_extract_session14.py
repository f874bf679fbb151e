"""Session 14: titles made of words a headline uses otherwise ("The Order", "One ..."),
a name's own question mark, and a few more ways of saying a show goes on (sentences and
shows invented)."""

from __future__ import annotations

from extract_helpers import show_cast, shows_of, statuses, triple

from knowsofar.claims import Document


def test_a_plural_seasons_inside_a_title_is_the_titles_own(extractor) -> None:
    text = (
        "The Three Seasons season 2: everything we know\n\n"
        "Good news for fans of the travel comedy: The Three Seasons is coming back. Hulu has "
        "ordered a second season of the show, which follows two sisters who run a ski lodge."
    )
    assert list(shows_of(extractor, text)) == ["The Three Seasons"]
    assert triple("The Three Seasons", 2, "renewed") in statuses(extractor, text)


def test_a_count_of_seasons_stays_a_count(extractor) -> None:
    text = (
        "Night Owls Seasons 1 and 2 are leaving Netflix\n\n"
        "NBC has renewed Night Owls for a third season."
    )
    assert list(shows_of(extractor, text)) == ["Night Owls"]


def test_a_headline_verb_after_the_is_a_noun_of_the_title(extractor) -> None:
    text = (
        "Peacock closes the book on The Saved\n\n"
        "The Saved is over. Peacock has canceled the mystery drama after two seasons, so "
        "the island's secrets stay buried."
    )
    assert list(shows_of(extractor, text)) == ["The Saved"]
    assert triple("The Saved", 3, "canceled") in statuses(extractor, text)


def test_a_headline_verb_still_cuts_a_headline(extractor) -> None:
    text = "Hulu Orders Night Owls Season 2\n\nHulu has renewed Night Owls for a second season."
    assert list(shows_of(extractor, text)) == ["Night Owls"]


def test_ordered_more_of_a_show_decides_on_it(extractor) -> None:
    text = (
        "Brother Tom is going back to the lighthouse\n\n"
        "LONDON - ITV has ordered more Brother Tom. A second series is coming for the "
        "comedy about two monks who keep a lighthouse."
    )
    assert list(shows_of(extractor, text)) == ["Brother Tom"]
    assert triple("Brother Tom", 2, "renewed") in statuses(extractor, text)


def test_staying_on_the_air_is_said_of_a_show(extractor) -> None:
    text = (
        "UPN keeps its family comedy\n\n"
        "Gladly Ever Since is staying on the air. UPN has picked up a second season of the "
        "family comedy."
    )
    assert list(shows_of(extractor, text)) == ["Gladly Ever Since"]
    assert triple("Gladly Ever Since", 2, "renewed") in statuses(extractor, text)


def test_a_number_word_opening_a_repeated_long_title_is_the_titles_own(extractor) -> None:
    text = (
        "Last call: One Step Behind the Door returns for a fourth and final series\n\n"
        "One Step Behind the Door will return to BBC Two this spring for a fourth and final "
        "series, its writer has confirmed."
    )
    assert list(shows_of(extractor, text)) == ["One Step Behind the Door"]
    assert triple("One Step Behind the Door", 4, "ended") in statuses(extractor, text)


def test_a_question_mark_the_sentence_goes_on_after_belongs_to_the_title(extractor) -> None:
    text = (
        "Who Stole the Moon? Season 2: what we know\n\n"
        "Netflix is moving fast. Who Stole the Moon?, the Chilean thriller that debuted in "
        "March, has been renewed for a second season."
    )
    assert list(shows_of(extractor, text)) == ["Who Stole the Moon"]
    assert triple("Who Stole the Moon", 2, "renewed") in statuses(extractor, text)


def test_a_real_question_still_loses_its_question_word(extractor) -> None:
    text = (
        "Who Is Leaving Night Owls?\n\n"
        "NBC has renewed Night Owls for a third season, but two actors will not return."
    )
    assert list(shows_of(extractor, text)) == ["Night Owls"]


def test_an_upper_case_heading_drops_its_network_after_a_dash(extractor) -> None:
    text = (
        "Two cable dramas that earned another season\n\n"
        "A status check on shows that quietly got the green light.\n\n"
        "THE SON - AMC\n\n"
        "Status: coming back for season 2\n\n"
        "AMC has greenlit a second season of The Son, its family saga.\n\n"
        "SEVEN - HISTORY\n\n"
        "Status: renewed\n\n"
        "History has handed a second-season pickup to Seven, its drama about a team of "
        "smugglers."
    )
    assert {s.casefold() for s in shows_of(extractor, text)} == {"the son", "seven"}
    assert triple("Seven", 2, "renewed") in statuses(extractor, text)


ENCORE = (
    "Upfront scorecard: one survives, two do not\n\n"
    "Here is what happened to three shows we follow.\n\n"
    "Harbor Lights (ABC)\n"
    "Verdict: canceled\n\n"
    "ABC's drama will not return. Jane Doe played Mara Quinn. There will be no second "
    "season.\n\n"
    "Hooray! Hooray! (NBC)\n"
    "Verdict: canceled\n\n"
    "Also gone: Hooray! Hooray!, which NBC declined to continue. It was the comedy in "
    "which Tom Reyes starred as Paul Dorsey, a tenor who loses his voice.\n\n"
    "Night Owls (UPN)\n"
    "Verdict: renewed\n\n"
    "UPN has handed a second season to Night Owls."
)


def test_a_heading_title_with_signs_inside_is_read_whole_in_its_section(extractor) -> None:
    shows = shows_of(extractor, ENCORE)
    assert "Hooray! Hooray!" in shows
    assert shows["Hooray! Hooray!"]["network"] == "NBC"
    assert {(c["actor"], c["character"]) for c in shows["Hooray! Hooray!"]["cast"]} == {
        ("Tom Reyes", "Paul Dorsey")
    }
    assert ("Tom Reyes", "Paul Dorsey") not in {
        (c["actor"], c["character"]) for c in shows["Harbor Lights"]["cast"]
    }


def test_a_heading_with_a_one_year_run_in_brackets_names_the_show(extractor) -> None:
    text = (
        "One and done: three shows that never saw a second season\n\n"
        "A look back at series the network let go early.\n\n"
        "NIGHT OWLS (1999-2000)\n\n"
        "Verdict: canceled after one season\n\n"
        "The family drama arrived on Fox in September 1999 and was gone before the fall.\n\n"
        "PAPER CROWNS (2002)\n\n"
        "Verdict: axed after its first run\n\n"
        "The puppet sitcom premiered in March 2002 and Fox pulled the plug within months.\n\n"
        "TALL PINES (2014)\n\n"
        "Verdict: no second season\n\n"
        "The summer crime drama debuted in May 2014 and did not return."
    )
    found = statuses(extractor, text)
    assert triple("Paper Crowns", 2, "canceled") in found
    assert triple("Tall Pines", 2, "canceled") in found
    assert not any("2002" in title or "2014" in title for title, _, _ in found)


def test_der_joins_a_dutch_name_like_van(extractor) -> None:
    text = (
        "Van der Berg series 2: everything we know\n\n"
        "ITV has ordered a second series of Van der Berg, the Rotterdam detective drama."
    )
    assert list(shows_of(extractor, text)) == ["Van der Berg"]


def test_a_place_describing_a_person_after_a_networks_possessive_is_no_show(extractor) -> None:
    text = (
        "Van der Berg series 2: everything we know\n\n"
        "ITV's Rotterdam detective is back on the case.\n\n"
        "ITV has ordered a second series of Van der Berg, so the canals of Rotterdam will "
        "be busy again."
    )
    assert list(shows_of(extractor, text)) == ["Van der Berg"]


def test_a_comma_title_may_go_on_for_four_words(extractor) -> None:
    text = (
        "Is the world ending twice? NBC still undecided on You, Them and the Flood\n\n"
        "The comedy-drama about a comet faces an uncertain future\n\n"
        "By Jo Lee | March 21, 2016\n\n"
        "The comet in You, Them and the Flood is on its way, but the show's own fate is "
        "still up in the air. NBC has yet to decide whether the offbeat co-production earns "
        "a second season.\n\n"
        "The series follows a group of strangers as a comet nears. Tom Reyes stars as "
        "Jamie Wint, a bank manager."
    )
    assert list(shows_of(extractor, text)) == ["You, Them and the Flood"]
    assert triple("You, Them and the Flood", 2, "pending") in statuses(extractor, text)


def test_wanting_more_of_a_show_and_ordering_it_is_a_renewal(extractor) -> None:
    text = (
        "Welcome back to Mill Lane: Night Owls gets second series\n\n"
        "LONDON - BBC Two wants more of The Night Owls and has ordered a second series of "
        "the grotesque comedy set in a northern town."
    )
    assert list(shows_of(extractor, text)) == ["The Night Owls"]
    assert triple("The Night Owls", 2, "renewed") in statuses(extractor, text)


def test_wanting_more_of_a_character_makes_no_show_of_him(extractor) -> None:
    text = (
        "The Snow Kings season 2: what we know\n\n"
        "Hulu wants more of Scott Mercer. Here is the state of play.\n\n"
        "Hulu has picked up The Snow Kings for a second season. Tom Reyes returns as Scott "
        "Mercer, the toy maker in the red suit."
    )
    assert list(shows_of(extractor, text)) == ["The Snow Kings"]


def test_two_first_names_joined_by_and_are_people_not_shows(extractor) -> None:
    text = (
        "The Young Rascals series 2: meet the Galway gang returning to BBC Three\n\n"
        "Cian and Dara are getting another run of misadventures. Here is who plays whom\n\n"
        "By Jo Lee | 18 June 2018\n\n"
        "BBC Three wants more of The Young Rascals: a second series is on the way, so the "
        "two teenagers will be back on their bikes.\n\n"
        "Cian Mulvey - Alex Dunne\n\n"
        "The gentler half of the double act, Cian is devoted to his best friend. Alex Dunne "
        "has played him since the film.\n\n"
        "Dara Farley - Chris Waldron\n\n"
        "Chris Waldron plays Dara, the wilder half. Dara is trouble, and Dara knows it."
    )
    assert list(shows_of(extractor, text)) == ["The Young Rascals"]
    assert triple("The Young Rascals", 2, "renewed") in statuses(extractor, text)


def test_signing_off_after_two_seasons_beside_a_cancellation_is_the_third_cut(
    extractor,
) -> None:
    text = (
        "Starz passes on a third season of Night Owls\n\n"
        "Jane Doe's cable-news comedy signs off after two seasons\n\n"
        "The anchor's desk is being cleared. Starz has canceled Night Owls after two "
        "seasons, bringing an end to the comedy. There will be no third season."
    )
    assert statuses(extractor, text) == {triple("Night Owls", 3, "canceled")}


def test_signing_off_alone_still_ends_the_show(extractor) -> None:
    text = (
        "Night Owls signs off after two seasons\n\n"
        "The comedy said goodbye on Sunday. Night Owls signed off after two seasons with a "
        "finale that tied up every story."
    )
    assert triple("Night Owls", 2, "ended") in statuses(extractor, text)


def test_a_question_then_not_saying_is_pending_for_the_asked_season(extractor) -> None:
    text = (
        "Will Night Owls get a second season? HBO is not saying yet\n\n"
        "Jane Doe's dating comedy has finished its first run.\n\n"
        "Night Owls wrapped its first season last month, and the network has made no "
        "decision yet about whether to order more. In premium cable, silence can mean "
        "anything from a quick pickup to a long, quiet fade."
    )
    assert statuses(extractor, text) == {triple("Night Owls", 2, "pending")}


CHECK_IN = (
    "Midsummer status check: one farewell and two returns\n\n"
    "By Jo Lee | July 20, 2021\n\n"
    "THE NIGHT DESK - Freeform\n"
    "Verdict: finished\n\n"
    "The newsroom drama said goodbye last month. Freeform had announced that the fifth "
    "season would be the last. Jane Doe played Ana Ruiz, the editor.\n\n"
    "TOM TALLIS - IMDb TV\n"
    "Verdict: coming back\n\n"
    "The teenage spy series is getting a second season on IMDb TV. Otto Reyes stars as "
    "Tom Tallis, the schoolboy spy, and the Tom Tallis books sell well.\n\n"
    "GREY HARBOR - Netflix\n"
    "Verdict: renewed\n\n"
    "Netflix is bringing back its space drama for season two. Kate Sole plays Niko Brand, "
    "the astronaut."
)


def test_a_heading_with_its_network_after_a_dash_heads_its_section(extractor) -> None:
    shows = shows_of(extractor, CHECK_IN)
    found = statuses(extractor, CHECK_IN)
    assert triple("The Night Desk", 5, "ended") in found
    assert triple("Grey Harbor", 2, "renewed") in found
    assert ("Jane Doe", "Ana Ruiz") in show_cast(extractor, CHECK_IN, "THE NIGHT DESK")
    assert shows["GREY HARBOR"]["network"] == "Netflix"


def test_imdb_tv_is_named_as_written_not_as_its_later_name(extractor) -> None:
    assert shows_of(extractor, CHECK_IN)["Tom Tallis"]["network"] == "IMDb TV"


def test_a_headline_cast_guide_names_its_show(extractor) -> None:
    text = (
        "Small Fires Burning cast guide: who plays whom in Hulu's suburban drama\n\n"
        "Jane Doe and Kate Sole lead a big ensemble.\n\n"
        "Hulu's adaptation of the novel premieres March 18. Small Fires Burning is set in "
        "the 1990s in a planned suburb.\n\n"
        "Jane Doe as Elena Rich. A local reporter and a mother of four.\n\n"
        "Kate Sole as Mia Warden. An artist who moves to town.\n\n"
        "Jane Doe's previous television hit, Quiet Harbor, also adapted a novel."
    )
    shows = shows_of(extractor, text)
    assert ("Jane Doe", "Elena Rich") in show_cast(extractor, text, "Small Fires Burning")
    assert "Quiet Harbor" not in shows or not shows["Quiet Harbor"]["cast"]


def test_who_is_who_after_a_headline_title_names_its_show(extractor) -> None:
    text = (
        "Tom Garrow: who is who in Showtime's five-part miniseries\n\n"
        "A guide before Saturday's premiere\n\n"
        "On Saturday the series finally arrives on American television.\n\n"
        "Otto Reyes plays Tom Garrow, a damaged man. Jane Doe plays Eleanor Garrow, his "
        "mother."
    )
    assert ("Jane Doe", "Eleanor Garrow") in show_cast(extractor, text, "Tom Garrow")


def test_a_one_word_camel_case_title_opens_a_guide(extractor) -> None:
    text = (
        "NightVision: a guide to who's who in Marvel's sitcom mystery\n\n"
        "Disney+ starts streaming its first Marvel series on Friday.\n\n"
        "Marvel's television era starts this week. NightVision, which premieres on January "
        "15 with its first two episodes, drops two of the studio's film heroes into a "
        "sitcom suburb.\n\n"
        "Jane Doe as Wanda Vale\n\n"
        "Doe returns to the role she has played since the films."
    )
    assert ("Jane Doe", "Wanda Vale") in show_cast(extractor, text, "NightVision")
    assert statuses(extractor, text) == set()  # "drops two of the heroes into": no cut


FINALES = (
    "Endings done right: three family comedies that closed the book\n\n"
    "These three got a proper goodbye.\n\n"
    "THE SUMMER YEARS\n\n"
    "The coming-of-age series first aired on ABC in January 1988. Tom Reyes starred as "
    "Kevin Arno, with Jane Doe as Winnie Cole.\n\n"
    "The show ended with its sixth season in 1993.\n\n"
    "WIZARDS OF MAPLE LANE\n\n"
    "Disney Channel's sitcom about a family of wizards premiered in October 2007. Kate "
    "Sole played Alex Rosso.\n\n"
    "The fourth season was its last, ending in January 2012.\n\n"
    "ZARA 202\n\n"
    "Nickelodeon's boarding-school comedy arrived in January 2005. Otto Reyes played Zack "
    "Brook.\n\n"
    "The series finished with its fourth season in 2008."
)


def test_upper_case_headings_over_a_kind_of_show_and_its_network_head_sections(
    extractor,
) -> None:
    found = statuses(extractor, FINALES)
    assert triple("The Summer Years", 6, "ended") in found
    assert ("Tom Reyes", "Kevin Arno") in show_cast(extractor, FINALES, "THE SUMMER YEARS")


def test_a_season_that_was_its_last_and_finished_with_a_season_are_endings(extractor) -> None:
    found = statuses(extractor, FINALES)
    assert triple("Wizards of Maple Lane", 4, "ended") in found
    assert triple("Zara 202", 4, "ended") in found


def test_an_unanswered_renewal_question_is_pending_not_a_renewal(extractor) -> None:
    text = (
        "Night Owls season 2: will the holiday romance return?\n\n"
        "Fans are asking. The renewal question is, for the moment, unanswered, and "
        "Netflix has not made a decision about a second season of Night Owls."
    )
    assert statuses(extractor, text) == {triple("Night Owls", 2, "pending")}


def test_a_show_named_in_a_makers_credit_takes_no_decision(extractor) -> None:
    text = (
        "Streaming check-in: where four shows stand\n\n"
        "Below, a status report.\n\n"
        "Salt Road (Netflix)\n\n"
        "Gone. Netflix did not renew the island mystery from Ana Ruiz, the creator of "
        "Harbor Lights, so there will be no second season.\n\n"
        "Grey Tide (Hulu)\n\n"
        "Hulu has renewed the drama for a second season."
    )
    found = statuses(extractor, text)
    assert triple("Salt Road", 2, "canceled") in found
    assert not any(title == "harbor lights" for title, _, _ in found)


def test_a_credited_show_the_sentence_goes_on_about_keeps_its_status(extractor) -> None:
    text = (
        "Grey Tide season 3: not yet renewed\n\n"
        "Tom Reyes plays Marcus Vale. Before Grey Tide he played Mad Rory in Salt Road, "
        "which Starz canceled after three seasons in 2021."
    )
    assert triple("Salt Road", 4, "canceled") in statuses(extractor, text)


def test_a_one_season_club_headline_numbers_its_unnumbered_cuts(extractor) -> None:
    text = (
        "Netflix's one-season club: three shows that won't be back\n\n"
        "Plenty of originals never see a second season. Here are three.\n\n"
        "Night Owls\n\n"
        "The holiday sitcom starring Jane Doe arrived in November 2019. Netflix has "
        "canceled it.\n\n"
        "Grey Tide\n\n"
        "The spy drama arrived in January 2020. It did not make it past one season: "
        "Netflix has canceled it."
    )
    assert triple("Night Owls", 2, "canceled") in statuses(extractor, text)


def test_an_ending_named_once_beside_one_named_often_yields(extractor) -> None:
    text = (
        "The Legend of Tala: the fourth season will be the last\n\n"
        "The Legend of Tala is heading into its final chapter. Nickelodeon has said the "
        "fourth season will be the last.\n\n"
        "This summer the network pulled the third season off its schedule partway through "
        "and moved the rest online, and the final season will also be released online.\n\n"
        "New to the final season is Kuvo, played by Jane Doe."
    )
    found = statuses(extractor, text)
    assert triple("The Legend of Tala", 4, "ended") in found
    assert triple("The Legend of Tala", 3, "ended") not in found


def test_fans_treating_a_pickup_as_a_done_deal_is_no_renewal(extractor) -> None:
    text = (
        "Will Night Owls get a second season? ABC Family is not saying yet\n\n"
        "Online, viewers have been running campaigns in the hope of a renewal, and some fan "
        "sites are already treating a pickup of Night Owls as a done deal."
    )
    assert statuses(extractor, text) == {triple("Night Owls", 2, "pending")}


def test_a_revival_treated_as_a_season_is_still_that_season(extractor) -> None:
    text = (
        "Night Owls returns for season 7\n\n"
        "Peacock has ordered new episodes of Night Owls. The revival is being treated as "
        "the show's seventh season."
    )
    assert triple("Night Owls", 7, "renewed") in statuses(extractor, text)


def test_sky_1_is_sky_ones_short_name(extractor) -> None:
    text = (
        "Harbor Town series 2: everything we know\n\n"
        "Sky 1 has confirmed that its period drama Harbor Town will return for a second "
        "series."
    )
    assert shows_of(extractor, text)["Harbor Town"]["network"] == "Sky 1"


def test_of_two_endings_named_as_often_the_first_named_stands(extractor) -> None:
    text = (
        "Harbor Lane to close its doors after season 6\n\n"
        "Hallmark Channel is bringing Harbor Lane to an end with its sixth season, so the "
        "family has one more run of episodes.\n\n"
        "Fans hoping for a seventh season, or a reunion film, will have to make do with "
        "speculation for now: nothing of the kind has been ordered, and the network "
        "describes this run as the final chapter."
    )
    found = statuses(extractor, text)
    assert triple("Harbor Lane", 6, "ended") in found
    assert triple("Harbor Lane", 7, "ended") not in found


def test_a_lead_word_title_after_a_networks_possessive_keeps_its_lead_word(extractor) -> None:
    text = (
        "HBO's How To with Jane Doe has filmed its last lesson\n\n"
        "The documentary comedy ended its run with season 3.\n\n"
        "How To with Jane Doe concluded with its third season last month, and it will not "
        "be coming back. Doe narrates in a flat voice, and Doe is the only constant."
    )
    assert list(shows_of(extractor, text)) == ["How To with Jane Doe"]
    assert triple("How To with Jane Doe", 3, "ended") in statuses(extractor, text)


def test_fans_calling_a_show_a_lock_for_renewal_is_no_renewal(extractor) -> None:
    text = (
        "Will Night Owls return? ABC hasn't decided yet\n\n"
        "ABC has made no call on whether Night Owls will get a second season. Fans online "
        "are already calling it a lock for renewal, and others say a show built on a single "
        "mystery cannot run for years."
    )
    claims = extractor.extract(Document(text=text)).claims
    assert not [c for c in claims if c.value.get("status") == "renewed"]


def test_a_season_planned_as_the_last_ends_the_show(extractor) -> None:
    text = (
        "Night Court bows out\n\n"
        "The lavish French drama Night Court is over. Its third season was planned as the "
        "last, and Canal+ has wrapped up the story."
    )
    assert triple("Night Court", 3, "ended") in statuses(extractor, text)


def test_a_show_named_after_its_hero_is_a_show_when_the_headline_names_no_other(
    extractor,
) -> None:
    text = (
        "Father Brennan to return as BBC One orders a second series\n\n"
        "The afternoon detective drama starring Tom Reyes has been recommissioned\n\n"
        "LONDON - Father Brennan will be back. Another run is on the way for BBC One's "
        "daytime mystery drama, which stars Tom Reyes as Father Brennan, a priest with a "
        "habit of solving murders before the police can.\n\n"
        "The opening run started on BBC One in January 2013. Doctors, its medical soap, "
        "has filled a lunchtime slot on the same channel for years."
    )
    assert statuses(extractor, text) == {triple("Father Brennan", 2, "renewed")}


def test_a_hero_coming_back_in_a_headline_naming_the_show_is_no_show(extractor) -> None:
    text = (
        "Jill Tarrant is coming back: BBC Three commissions Night Owls series 2\n\n"
        "A second series of Night Owls is on the way from BBC Three. Jane Doe wrote the show "
        "and stars in it as Jill Tarrant."
    )
    assert {title for title, _, _ in statuses(extractor, text)} == {"night owls"}


def test_a_title_joining_two_heroes_with_and_is_one_title(extractor) -> None:
    text = (
        "Disney Channel already has a second season of Star Girl and Rex Raptor in the works\n\n"
        "Disney Channel ordered a second season of Marvel's Star Girl and Rex Raptor ahead "
        "of the first one's premiere.\n\n"
        "Jane Doe voices Luna Hale, also known as Star Girl, and Tom Reyes provides the "
        "roars of Rex Raptor."
    )
    assert statuses(extractor, text) == {triple("Star Girl and Rex Raptor", 2, "renewed")}


def test_two_shows_each_decided_on_alone_stay_two(extractor) -> None:
    text = (
        "NBC renews Night Owls and Maple Hill\n\n"
        "NBC has renewed Night Owls and Maple Hill for second seasons. NBC renewed Night "
        "Owls after a strong spring. Maple Hill was renewed as well."
    )
    found = {title for title, _, _ in statuses(extractor, text)}
    assert found == {"night owls", "maple hill"}


def test_more_of_a_family_named_by_its_surname_is_no_show(extractor) -> None:
    text = (
        "BBC One orders more of the Marlows\n\n"
        "The Chiswick dentist and his unruly household are returning\n\n"
        "LONDON - My Household is getting a second series. BBC One has signed up for more "
        "of the domestic comedy about a put-upon dentist.\n\n"
        "The sitcom began on BBC One in September 2000. Tom Reyes plays Ben Marlow, a "
        "sarcastic dentist, and Jane Doe is his wife Susan Marlow.\n\n"
        "The Marlows will be back in the autumn."
    )
    assert list(shows_of(extractor, text)) == ["My Household"]


def test_a_dept_abbreviation_stays_in_its_title(extractor) -> None:
    text = (
        "Dept. Z season 2: Netflix has not decided yet\n\n"
        "Netflix has not decided whether Dept. Z, the Edinburgh crime drama, will get a "
        "second season."
    )
    assert statuses(extractor, text) == {triple("Dept. Z", 2, "pending")}


BACK_IN = (
    "Back in 2021: three British favourites confirmed for new series\n\n"
    "By Jo Lee | 18 December 2020\n\n"
    "Here is a quick guide to three series that will be on screens again.\n\n"
    "Night Owls, BBC One\n\n"
    "The comedy that was filmed over video calls returns for series 2 in January.\n\n"
    "Gamekeeper, Channel 4\n\n"
    "Tom Reyes and Otto Vance will be back setting silly challenges in series 11, which "
    "arrives in the spring. The show began on Dave in 2015 and moved to Channel 4 this "
    "autumn, where its tenth series brought it a much bigger audience.\n\n"
    "Grey Tide, Sky One\n\n"
    "Jane Doe returns as Ana Ruiz, the surgeon, for a second series."
)


def test_a_heading_with_its_network_after_a_comma_heads_its_section(extractor) -> None:
    shows = shows_of(extractor, BACK_IN)
    assert triple("Night Owls", 2, "renewed") in statuses(extractor, BACK_IN)
    assert shows["Night Owls"]["network"] == "BBC One"


def test_two_people_coming_back_are_no_shows(extractor) -> None:
    shows = shows_of(extractor, BACK_IN)
    assert "Tom Reyes" not in shows and "Otto Vance" not in shows
