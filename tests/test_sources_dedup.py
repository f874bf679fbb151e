"""Duplicates: same URL, same content, and near-identical syndicated copies."""

from __future__ import annotations

from knowsofar.claims import Document
from knowsofar.sources.dedup import (
    DuplicateFinder,
    from_signed64,
    hamming,
    normalize_url,
    simhash,
    to_signed64,
)

ORIGINAL = """Netflix has renewed Quiet Harbor for a second season, the streamer said on
Tuesday, three weeks after the coastal mystery drama arrived on the service. The first season
followed a harbour master who finds a sealed letter in a wrecked fishing boat and starts to dig
into a disappearance that her small town would rather forget. Creator Ana Ruiz will return as
showrunner, and the new season will again have eight episodes. Maya Chen, who plays harbour
master Iris Vale, is expected back along with Tom Ashby as her brother Will and Ruth Obi as the
town's sheriff. Filming is due to start in Nova Scotia in the spring, which puts a premiere in
the first half of next year within reach. Netflix did not share viewing figures, but the show
spent four weeks in its top ten list of English-language series and drew strong reviews for
its cast and its slow-burning plot. Ruiz said the second season would move the story forward by
a year and bring in a rival family from across the bay."""

OTHER_ARTICLE_SAME_SHOW = """Quiet Harbor will not be back. Netflix has canceled the mystery
drama after two seasons, ending the story of harbour master Iris Vale on a cliffhanger that
creator Ana Ruiz had hoped to resolve in a third run. The decision came a month after the second
season premiered. Cast members Maya Chen and Tom Ashby thanked fans on social media and said they
were proud of the show. The streamer has trimmed several dramas this year as it shifts money
toward films and live events, and the cancellation surprised viewers who had pushed the second
season into the top ten for three weeks."""


def test_syndicated_copy_is_close_and_another_article_is_far():
    credit = "This story first appeared on Harbor Town Gazette.\n\n" + ORIGINAL
    credit += "\n\nRead more television news every morning in our newsletter."
    trimmed = ORIGINAL.rsplit(".", 2)[0] + "."  # the last sentence (12% of it) cut
    restyled = ORIGINAL.replace("\n", " ").upper()
    base = simhash(ORIGINAL)
    assert simhash(restyled) == base  # case and line breaks do not matter
    assert hamming(base, simhash(credit)) <= 10
    assert hamming(base, simhash(trimmed)) <= 10
    assert hamming(base, simhash(OTHER_ARTICLE_SAME_SHOW)) > 10


def test_finder_names_the_original_and_why():
    finder = DuplicateFinder()
    original = Document(text=ORIGINAL, url="https://news.example/quiet-harbor-renewed")
    finder.add_document(1, original)
    finder.add_document(2, Document(text=OTHER_ARTICLE_SAME_SHOW, url="https://news.example/c"))

    same_url = Document(text="updated text", url="HTTPS://NEWS.example/quiet-harbor-renewed/#top")
    assert (finder.find_document(same_url).of, finder.find_document(same_url).reason) == (
        1,
        "same_url",
    )
    same_text = Document(text=ORIGINAL.upper(), url="https://mirror.example/a")
    assert finder.find_document(same_text).reason == "same_content"
    copy = Document(
        text="From our partners at the Gazette. " + ORIGINAL, url="https://partner.example/qh"
    )
    found = finder.find_document(copy)
    assert (found.of, found.reason) == (1, "near_copy") and 0 < found.distance <= 10
    fresh = Document(
        text="The cooking competition Flour Power returns for a ninth season on Channel 5 "
        "with a new judge and a new tent in the countryside.",
        url="https://news.example/flour",
    )
    assert finder.find_document(fresh) is None


def test_fingerprints_fit_a_signed_bigint_column():
    for text in (ORIGINAL, OTHER_ARTICLE_SAME_SHOW, "a", ""):
        fp = simhash(text)
        stored = to_signed64(fp)
        assert -(2**63) <= stored < 2**63
        assert from_signed64(stored) == fp
    rows = [(7, "https://news.example/x", "h1", to_signed64(simhash(ORIGINAL)))]
    finder = DuplicateFinder.from_rows(rows)
    assert finder.find(None, "other-hash", simhash(ORIGINAL)).of == 7


def test_normalize_url():
    assert normalize_url("HTTPS://News.Example/a/b/?q=1#frag") == "https://news.example/a/b?q=1"
    assert normalize_url("https://news.example") == "https://news.example/"
    assert normalize_url(None) is None
