"""Batch 12: headline titles cut at "to Close Out", "Finds", and a show found through
"finds a new home" / "will live on" when the model takes its name for a person's. All
sentences and shows here are invented."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


def test_a_headline_title_before_to_and_a_verb(extractor) -> None:
    text = (
        "Harbor Nine to Close Out With Its Fifth Season\n\n"
        "Jane Doe's Harbor Nine is heading into its last lap. FX has confirmed that the "
        "comedy's upcoming fifth season will be its final one."
    )
    assert statuses(extractor, text) == {triple("Harbor Nine", 5, "ended")}


def test_a_show_that_finds_a_new_home(extractor) -> None:
    text = (
        "Cedar Lane Finds a New Home: TBS Picks Up Season 4\n\n"
        "The wine keeps flowing. Cedar Lane will live on, but not on ABC. The cable channel "
        "TBS has ordered a fourth season of the comedy."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Cedar Lane"]
    assert shows["Cedar Lane"]["network"] == "TBS"
    assert statuses(extractor, text) == {triple("Cedar Lane", 4, "renewed")}


ROUNDUP = "\n\n".join(
    [
        "Every Netflix Series Canceled So Far This Year",
        "Below are the dramas the streamer has let go since January, newest first.",
        (
            "Salt Road\nThe comedy about twin sisters who hunt bail jumpers has been canceled "
            "after one season. Ana Sol played Ivy Reyes."
        ),
        (
            "Far Away\nJane Doe's space drama will not get a second season. The series "
            "followed Emma Vale, an astronaut commanding a mission to Mars, played by Jane Doe, "
            "while her husband, Tom Vale, played by Jon Pell, stays on Earth."
        ),
        (
            "Harbor Nine\nThe cyberpunk series is over after two seasons. Lee Marr played "
            "Takeshi Kane."
        ),
    ]
)


def test_section_headings_over_paragraphs_that_open_on_the_show_by_its_kind(extractor) -> None:
    assert {
        triple("Salt Road", 2, "canceled"),
        triple("Far Away", 2, "canceled"),
        triple("Harbor Nine", 3, "canceled"),
    } <= statuses(extractor, ROUNDUP)


def test_a_described_role_played_by_someone_in_running_text(extractor) -> None:
    cast = {(c["actor"], c["character"]) for c in shows_of(extractor, ROUNDUP)["Far Away"]["cast"]}
    assert {("Jane Doe", "Emma Vale"), ("Jon Pell", "Tom Vale")} <= cast
    assert ("Jane Doe", "Mars") not in cast


LABELS = "\n\n".join(
    [
        "ABC Clears Out Its Comedy Bench: Salt Road and Dry Creek Canceled",
        "ABC has spent the last few days trimming its lineup. Two half-hours will not be back.",
        (
            "Salt Road. The longest-running of the two is done after five seasons. Jon Pell "
            "played the dad, Greg Otto."
        ),
        (
            "Dry Creek. The newest of the group was canceled after one season. Ana Sol "
            "starred as Jean Rae."
        ),
        "There was brighter news for Harbor Nine, which has been renewed for a ninth season.",
    ]
)


def test_paragraphs_led_by_a_headline_show_as_a_label(extractor) -> None:
    assert statuses(extractor, LABELS) == {
        triple("Salt Road", 6, "canceled"),
        triple("Dry Creek", 2, "canceled"),
        triple("Harbor Nine", 9, "renewed"),
    }
    cast = {
        t: {(c["actor"], c["character"]) for c in s["cast"]}
        for t, s in shows_of(extractor, LABELS).items()
    }
    assert cast["Dry Creek"] == {("Ana Sol", "Jean Rae")}


def test_a_censored_title_and_a_credit_opening_a_sentence(extractor) -> None:
    text = (
        "AMC's Jane Can F**k Off Will End With Season 2\n\n"
        "AMC has announced that the second season of Jane Can F**k Off will be its last.\n\n"
        "Created by Ana Sol, the series premiered on AMC in June 2021. Jon Pell stars as "
        "Tom Reyes."
    )
    shows = shows_of(extractor, text)
    assert list(shows) == ["Jane Can F**k Off"]
    assert shows["Jane Can F**k Off"]["premiere"] == "2021-06"


def test_a_show_that_is_out_after_a_season(extractor) -> None:
    text = (
        "Dry Creek Canceled at ABC\n\nABC has trimmed its lineup. Dry Creek is out after one "
        "season."
    )
    assert statuses(extractor, text) == {triple("Dry Creek", 2, "canceled")}


def test_out_without_a_count_is_no_cancellation(extractor) -> None:
    text = "Dry Creek Returns\n\nThe trailer for Dry Creek is out after weeks of teasing."
    assert not any(t[2] == "canceled" for t in statuses(extractor, text))
