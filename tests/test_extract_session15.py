"""Session 15: names with commas in them (sentences and shows invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple

from knowsofar.claims import Document
from knowsofar.extract.titles import _WRITINGS_AFTER, _body_name_ends, norm_title


def claimed(extractor, text: str) -> set[str]:
    """Every status a claim makes, numbered season or not."""
    found = extractor.extract(Document(text=text)).claims
    return {c.value["status"] for c in found if c.kind == "season_status"}


def test_a_comma_name_after_a_question_verb_is_one_title(extractor) -> None:
    text = (
        "QT, Marble Season 2: Everything We Know So Far\n\n"
        "Is QT, Marble coming back? Yes. Netflix has renewed the teen comedy for a second "
        "season. Marble herself is still in Lisbon when the first season ends."
    )
    assert list(shows_of(extractor, text)) == ["QT, Marble"]
    assert triple("QT, Marble", 2, "renewed") in statuses(extractor, text)


def test_a_chain_of_names_written_twice_is_one_title(extractor) -> None:
    text = (
        "Nickelodeon wants more of the siblings\n\n"
        "Pip, Rory, Sal & Wendy is coming back for a second season. The network gave "
        "Pip, Rory, Sal & Wendy its pickup on Tuesday. Jo Marsh plays Pip, the eldest."
    )
    assert list(shows_of(extractor, text)) == ["Pip, Rory, Sal & Wendy"]
    assert triple("Pip, Rory, Sal & Wendy", 2, "renewed") in statuses(extractor, text)


def test_a_chain_of_shows_written_once_stays_a_list(extractor) -> None:
    text = (
        "ABC sets its fall\n\n"
        "ABC has renewed Night Owls, Brother Tom, Glass & Stone for new seasons. Night Owls "
        "returns in October."
    )
    assert "Night Owls" in shows_of(extractor, text)


def test_is_to_return_and_asked_for_a_series_renew_a_show(extractor) -> None:
    text = (
        "Good news for the village\n\n"
        "Night Glaziers is to return. BBC One has asked for a second series of the drama, "
        "which follows two glaziers in Kent."
    )
    assert list(shows_of(extractor, text)) == ["Night Glaziers"]
    assert triple("Night Glaziers", 2, "renewed") in statuses(extractor, text)


def test_is_to_return_to_a_role_is_no_status(extractor) -> None:
    text = (
        "Brother Tom cast news\n\n"
        "Jo Marsh is to return to the role of Tom in the comedy, whose fate is still unknown."
    )
    assert all(s != "renewed" for _, _, s in statuses(extractor, text))


def test_the_heroines_first_name_is_her_shows_short_name(extractor) -> None:
    text = (
        "Marta is back on the case: ITV commissions a second series\n\n"
        "Marta Quillby Investigates is to return. ITV has ordered a second series of the "
        "mystery drama, which stars Jo Marsh as Marta Quillby, a retired teacher turned "
        "detective. Marta's neighbours are no help at all."
    )
    assert list(shows_of(extractor, text)) == ["Marta Quillby Investigates"]
    assert triple("Marta Quillby Investigates", 2, "renewed") in statuses(extractor, text)


def test_a_comma_jr_closes_the_title(extractor) -> None:
    text = (
        "CBS cancels The Ballad of Hank Fowler, Jr.\n\n"
        "CBS has canceled The Ballad of Hank Fowler, Jr. after a single season."
    )
    assert [norm_title(t) for t in shows_of(extractor, text)] == ["ballad of hank fowler jr"]
    assert ("ballad of hank fowler jr", 2, "canceled") in {
        (norm_title(t), n, s) for t, n, s in statuses(extractor, text)
    }


def test_a_company_suffix_after_a_comma_closes_the_title(extractor) -> None:
    text = (
        "Epix drops its noir\n\n"
        "Epix is not moving forward with Quiet Harbor, LTD beyond its first season."
    )
    assert list(shows_of(extractor, text)) == ["Quiet Harbor, LTD"]
    assert triple("Quiet Harbor, LTD", 2, "canceled") in statuses(extractor, text)


def test_a_network_in_capitals_in_a_capitals_heading_is_not_the_title(extractor) -> None:
    text = (
        "Scorecard: two shows\n\n"
        "Here is where things stand.\n\n"
        "NIGHT OWLS (CBS)\nThe verdict: coming back\n\n"
        "CBS has ordered a third season of Night Owls.\n\n"
        "THE TSARINAS (AMAZON PRIME VIDEO)\nThe verdict: still waiting\n\n"
        "Amazon has not decided whether The Tsarinas will get a second season."
    )
    assert sorted(shows_of(extractor, text)) == ["Night Owls", "The Tsarinas"]
    assert triple("The Tsarinas", 2, "pending") in statuses(extractor, text)


def test_a_verbs_particle_ends_a_title_written_twice(extractor) -> None:
    text = (
        "BBC Two orders a second series of Pam & Lou Have Just Sat In\n\n"
        "BBC Two has handed Pam & Lou Have Just Sat In a second series. The comedy "
        "follows a couple on a park bench."
    )
    assert list(shows_of(extractor, text)) == ["Pam & Lou Have Just Sat In"]


def test_confirmed_after_a_comma_reports_the_news_it_follows(extractor) -> None:
    text = (
        "Freeform axes Night Owls after two seasons\n\n"
        "The drama about two radio hosts won't be back for a third season, the network "
        "confirmed, which makes the finale the last episode of Night Owls."
    )
    found = statuses(extractor, text)
    assert triple("Night Owls", 3, "canceled") in found
    assert triple("Night Owls", 3, "renewed") not in found


def test_what_a_network_did_once_is_no_news(extractor) -> None:
    text = (
        "Night Owls season 7: still no word\n\n"
        "The sixth season of Night Owls has finished its run, and neither Global, the "
        "Canadian network that commissioned the series, nor ABC, its American partner, "
        "has announced whether there will be a seventh."
    )
    assert all(s != "renewed" for _, _, s in statuses(extractor, text))


def test_a_fans_confidence_is_no_renewal(extractor) -> None:
    text = (
        "Is Night Owls coming back for season 2?\n\n"
        "Netflix has made no call yet on a second season of Night Owls. Fans online are "
        "confident that a renewal is on the way."
    )
    found = statuses(extractor, text)
    assert triple("Night Owls", 2, "pending") in found
    assert triple("Night Owls", 2, "renewed") not in found


def test_a_belief_in_a_clause_leaves_the_decision_standing(extractor) -> None:
    text = (
        "Netflix cancels Night Owls\n\n"
        "Night Owls, the thriller about a preacher whose followers believe he may be a "
        "prophet, was canceled after one season in March."
    )
    assert triple("Night Owls", 2, "canceled") in statuses(extractor, text)


def test_not_going_anywhere_keeps_a_show(extractor) -> None:
    text = (
        "Good news for fans\n\n"
        "Night Owls is not going anywhere. TBS has ordered a second season of the comedy."
    )
    assert triple("Night Owls", 2, "renewed") in statuses(extractor, text)


def test_a_show_named_after_its_heroine_heads_a_headline_idiom(extractor) -> None:
    text = (
        "TBS Already Said Yes to More Marta Quillby\n\n"
        "The deadpan spoof has a second season in the bag.\n\n"
        "Marta Quillby is not going anywhere. TBS greenlit a second season of the police "
        "parody months before its launch. Jo Marsh plays Marta Quillby, a detective with "
        "no instincts at all."
    )
    assert list(shows_of(extractor, text)) == ["Marta Quillby"]
    assert triple("Marta Quillby", 2, "renewed") in statuses(extractor, text)


def test_a_headline_span_is_cut_only_after_a_lower_case_word_and_no_colon() -> None:
    body = "\n\nThe Tsarinas is gone. Night Owls and The Tsarinas were cut. Marta Quillby stays."
    assert _body_name_ends(body, "Its Freshmen: Night Owls and The Tsarinas") == 0
    assert _body_name_ends(body, "Picks Up the Marta Quillby") == 0
    span = "Already Said Yes to More Marta Quillby"
    assert span[_body_name_ends(span + body, span) :] == "Marta Quillby"


def test_a_heros_rank_opens_the_title_the_headline_names_him_by(extractor) -> None:
    text = (
        "Missing Harry Quill? Why there is no more\n\n"
        "Readers keep asking about Inspector Harry Quill. Is it coming back? Sadly, no. "
        "The BBC drama ended with its eighth series, which was billed as the last. Jo "
        "Marsh played Harry Quill for a decade."
    )
    assert list(shows_of(extractor, text)) == ["Inspector Harry Quill"]
    assert triple("Inspector Harry Quill", 8, "ended") in statuses(extractor, text)


def test_a_word_styled_with_an_inner_capital_is_a_name(extractor) -> None:
    text = (
        "Fox confirms heRe is finished after one season\n\n"
        "Fox has pulled the plug on heRe. The thriller about a rogue app won't be back for "
        "a second season."
    )
    assert list(shows_of(extractor, text)) == ["heRe"]
    assert triple("heRe", 2, "canceled") in statuses(extractor, text)
    assert claimed(extractor, text) == {"canceled"}


def test_confirming_a_clause_is_not_confirming_a_show(extractor) -> None:
    text = (
        "Fox confirms Night Owls is finished after one season\n\n"
        "Fox has pulled the plug on Night Owls, its radio drama."
    )
    assert claimed(extractor, text) == {"canceled"}
    text = (
        "Night Owls is back\n\n"
        "Hulu has already confirmed a fourth season of Night Owls is in the works."
    )
    assert triple("Night Owls", 4, "renewed") in statuses(extractor, text)


def test_a_renewal_that_never_looked_likely_is_none(extractor) -> None:
    text = (
        "Fox cancels Night Owls\n\n"
        "Fox has canceled Night Owls after one season. Its ratings were weak, and a renewal "
        "never looked likely."
    )
    assert claimed(extractor, text) == {"canceled"}


def test_the_hero_before_the_colon_is_the_whole_title(extractor) -> None:
    text = (
        "Perseus flexes for a second season\n\n"
        "The strongest man in the ancient world is coming back. Perseus: The Golden Years "
        "returns for a second season next month in syndication.\n\n"
        "Jo Marsh plays Perseus with a wink. Perseus fights a new monster each week, and "
        "Perseus always wins."
    )
    assert list(shows_of(extractor, text)) == ["Perseus: The Golden Years"]
    assert triple("Perseus: The Golden Years", 2, "renewed") in statuses(extractor, text)


ROUNDUP_WITH_TAG_LINES = (
    "Where they stand: three shows\n\n"
    "A quick status check on three series.\n\n"
    "Night Owls\nApple TV+ | Renewed\n\n"
    "The bilingual comedy is on its way back for a second season. Night Owls premiered "
    "in 2021.\n\n"
    "Glass Harbor\nNetflix | Season 3 ordered\n\n"
    "Netflix's teen mystery has been renewed for a third season.\n\n"
    "The Tsarinas\nShowtime | No decision yet\n\n"
    "Showtime's remake of the 1980 film, which starred Jo Marsh, debuted this month, and "
    "the network has not made any call on a second season."
)


def test_a_heading_over_its_network_and_a_tag_heads_its_section(extractor) -> None:
    found = statuses(extractor, ROUNDUP_WITH_TAG_LINES)
    assert triple("Night Owls", 2, "renewed") in found
    assert triple("Glass Harbor", 3, "renewed") in found
    assert triple("The Tsarinas", 2, "pending") in found
    assert shows_of(extractor, ROUNDUP_WITH_TAG_LINES)["Night Owls"]["network"] == "Apple TV+"


def test_committed_to_a_second_season_renews(extractor) -> None:
    text = (
        "Night Owls (Disney Channel)\n\n"
        "The cartoon only premiered in June, but Disney Channel has already committed to a "
        "second season of Night Owls."
    )
    assert triple("Night Owls", 2, "renewed") in statuses(extractor, text)


def test_a_hedge_and_a_negation_before_a_colon_leave_the_clause_after_it(extractor) -> None:
    text = (
        "Night Owls season 2: everything we know so far\n\n"
        "If you tore through the first run in a weekend, you are not alone, and you will "
        "not be left hanging: Night Owls is returning for a second season on Disney+."
    )
    assert triple("Night Owls", 2, "renewed") in statuses(extractor, text)


def test_there_was_no_second_season_cancels(extractor) -> None:
    text = (
        "Thrillers that never saw season two\n\n"
        "NIGHT OWLS (Fox)\n\n"
        "Fox had high hopes for Night Owls. The ratings never took off, and Fox did not renew "
        "it. There was no second season.\n\n"
        "MAPLE HILL (NBC)\n\n"
        "NBC liked Maple Hill. There was no second season announcement before the strike."
    )
    found = statuses(extractor, text)
    assert triple("Night Owls", 2, "canceled") in found
    assert triple("Maple Hill", 2, "canceled") not in found


def test_pulling_the_plug_after_a_season_cancels(extractor) -> None:
    text = (
        "Night Owls: no second season\n\n"
        "TBS tried its luck with the cartoon Night Owls in June 2010. The channel pulled "
        "the plug after one season."
    )
    found = extractor.extract(Document(text=text)).claims
    assert [c.value["status"] for c in found if "pulled the plug" in c.evidence] == ["canceled"]


def test_a_show_canceled_during_its_first_run_loses_its_second(extractor) -> None:
    text = (
        "Fox cancels Night Owls\n\n"
        "Night Owls premiered on Fox in September 2005. The network canceled it partway "
        "through that first season, before the killer was revealed."
    )
    found = statuses(extractor, text)
    assert triple("Night Owls", 2, "canceled") in found
    assert triple("Night Owls", 1, "canceled") not in found


def test_bowing_out_after_four_series_ends_a_show(extractor) -> None:
    text = (
        "Night Owls bows out after four series\n\n"
        "Night Owls, the comedy about two radio hosts, will not be back on ITV."
    )
    assert list(shows_of(extractor, text)) == ["Night Owls"]
    assert triple("Night Owls", 4, "ended") in statuses(extractor, text)


def test_fans_reading_buzz_as_proof_of_a_renewal_are_guessing(extractor) -> None:
    text = (
        "Night Owls season 2: still waiting\n\n"
        "Netflix still hasn't decided about a second season of Night Owls. Fans reading its "
        "social-media buzz as proof of a renewal are guessing."
    )
    assert claimed(extractor, text) == {"pending"}


def test_no_more_episodes_ordered_is_no_order(extractor) -> None:
    text = (
        "CBS cancels Night Owls after four seasons\n\n"
        "CBS has canceled Night Owls. The Saturday slot goes to repeats, and no more "
        "episodes of Night Owls have been ordered."
    )
    assert claimed(extractor, text) == {"canceled"}


def test_a_quoted_comma_name_is_one_title_though_its_town_is_named_alone(extractor) -> None:
    text = (
        'NBC closes the book on "Quill, Ohio"\n\n'
        'NBC has canceled "Quill, Ohio," the half-hour fantasy series, after a single '
        "season. Each week a boy investigated something odd in Quill."
    )
    assert list(shows_of(extractor, text)) == ["Quill, Ohio"]
    assert triple("Quill, Ohio", 2, "canceled") in statuses(extractor, text)


def test_a_season_that_never_happened_was_canceled(extractor) -> None:
    text = (
        "Gone too soon: Night Owls\n\n"
        "Night Owls ran on TV Land. It was renewed once, then the network pulled the plug, "
        "and season 3 never happened."
    )
    assert triple("Night Owls", 3, "canceled") in statuses(extractor, text)
    assert triple("Night Owls", 3, "renewed") not in statuses(extractor, text)


def test_a_network_named_like_a_person_may_open_a_title(extractor) -> None:
    # ("Stan" is an Australian streamer; "Max" a word)
    text = (
        "Max Against Evil is over: IFC won't make a fourth season\n\n"
        "IFC has canceled Max Against Evil after three seasons, and the channel will not "
        "order a fourth."
    )
    assert list(shows_of(extractor, text)) == ["Max Against Evil"]
    assert triple("Max Against Evil", 4, "canceled") in statuses(extractor, text)


def test_the_hosts_a_show_is_hosted_by_are_not_shows(extractor) -> None:
    text = (
        "Daytime talk keeps shrinking\n\n"
        "Night Owls\n\n"
        "The panel show hosted most recently by Jo Marsh, Ann Bell and Rita Moreno was "
        "canceled last spring after eight seasons. There will be no ninth season of Night "
        "Owls."
    )
    found = statuses(extractor, text)
    assert triple("Night Owls", 9, "canceled") in found
    assert all(title != "rita moreno" for title, _, _ in found)


def test_a_plural_possessive_opens_a_title_written_twice(extractor) -> None:
    text = (
        "Final whistle for Goalkeepers' Wives\n\n"
        "ITV has axed Goalkeepers' Wives after five series. Goalkeepers' Wives made stars "
        "of its cast."
    )
    assert list(shows_of(extractor, text)) == ["Goalkeepers' Wives"]
    assert triple("Goalkeepers' Wives", 6, "canceled") in statuses(extractor, text)


def test_a_headline_verb_before_of_is_a_noun_of_the_title(extractor) -> None:
    text = (
        "Drops of Rain season 2: everything we know\n\n"
        "Is Drops of Rain coming back? It is. Apple TV+ has renewed the wine drama for a "
        "second season."
    )
    assert list(shows_of(extractor, text)) == ["Drops of Rain"]
    assert claimed(extractor, text) == {"renewed"}


def test_viewers_certain_of_a_season_are_guessing(extractor) -> None:
    text = (
        "Will Night Owls get a second season? Apple hasn't decided\n\n"
        "Apple has announced neither a renewal nor a cancellation of Night Owls. Some "
        "viewers are certain a second season is on its way."
    )
    assert claimed(extractor, text) == {"pending"}


def test_an_authors_novels_are_read_as_the_authors() -> None:
    assert _WRITINGS_AFTER.match("Marsh's novels run to thirteen books", 5)
    assert _WRITINGS_AFTER.match("Marsh's early short stories", 5)
    assert not _WRITINGS_AFTER.match("Marsh's final season", 5)


def test_a_makers_earlier_show_named_in_passing_takes_no_claims(extractor) -> None:
    text = (
        "Will Night Owls get a second season? Hulu isn't saying yet\n\n"
        "Hulu has not made a decision about Night Owls. Her earlier comedy, The Tin Men, was "
        "dropped by Fox after three seasons and then picked up by Hulu, which kept it going."
    )
    assert list(shows_of(extractor, text)) == ["Night Owls"]
    assert claimed(extractor, text) == {"pending"}


def test_a_makers_previous_drama_is_history_a_networks_other_drama_is_news(extractor) -> None:
    text = (
        "Starz to end Night Owls with its third season\n\n"
        "Starz has confirmed that the third season of Night Owls will be its last. Marsh's "
        "previous network drama, The Tin Men, was canceled by ABC after one season. Starz's "
        "other freshman drama, Maple Hill, remains on the bubble."
    )
    found = statuses(extractor, text)
    assert triple("Night Owls", 3, "ended") in found
    assert triple("The Tin Men", 2, "canceled") not in found
    assert triple("Maple Hill", 2, "pending") in found


def test_closing_the_book_after_six_seasons_ends_a_show(extractor) -> None:
    text = (
        "Night Owls signs off: HBO's late-night comedy closes the book after six seasons\n\n"
        "Night Owls, the HBO comedy about two radio hosts, has aired its last episode."
    )
    assert triple("Night Owls", 6, "ended") in statuses(extractor, text)
