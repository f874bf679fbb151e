"""Session 16: the article's own show over shows named in passing (sentences and shows
invented)."""

from __future__ import annotations

from extract_helpers import shows_of, statuses, triple


def test_the_headline_show_is_kept_beside_a_show_named_in_passing(extractor) -> None:
    # The headline's show has no status cue of its own ("bows out"), the older show
    # the body names in passing has none either: the claims are the headline show's.
    text = (
        "The Welsh Cartographer bows out: Starz closes the atlas\n\n"
        "There will be no more of The Welsh Cartographer. The Starz period drama wrapped "
        "up its second and final season this weekend. It drew on the same novels that "
        "gave the channel The Copper Crown, years ago."
    )
    found = statuses(extractor, text)
    assert triple("The Welsh Cartographer", 2, "ended") in found
    assert not any(t[0] == "The Copper Crown" for t in found)
    assert "The Welsh Cartographer" in shows_of(extractor, text)
