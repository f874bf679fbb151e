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
