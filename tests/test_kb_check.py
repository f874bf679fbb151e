"""`check`: lint an article against itself and the knowledge base."""

from __future__ import annotations

from kb_factory import article, cast, premiere, status

from knowsofar.claims import Conflict
from knowsofar.kb.check import check_extraction
from knowsofar.kb.store import KnowledgeBase

SO = "Spinning Out"


def _kinds(findings) -> list[str]:
    return [f.kind for f in findings]


def _known_spinning_out(kb: KnowledgeBase) -> None:
    for i in range(3):
        kb.ingest_extraction(
            article(
                f"https://kb.example/{i}",
                f"2020-01-0{i + 2}",
                cast(
                    SO, "Kaya Scodelario", "Kat Baker", f"Source {i}: Kaya Scodelario is Kat Baker."
                ),
                cast(SO, "Evan Roderick", "Justin Davis"),
                premiere(SO, "2020-01-01", f"Source {i}: it premiered on January 1, 2020."),
            )
        )
    kb.ingest_extraction(
        article("https://kb.example/renewed", "2019-07-01", status(SO, 2, "renewed"))
    )
    kb.ingest_extraction(
        article(
            "https://kb.example/canceled",
            "2020-02-01",
            status(SO, 2, "canceled", "Netflix canceled Spinning Out."),
        )
    )


def test_clean_article_has_no_findings(kb: KnowledgeBase) -> None:
    _known_spinning_out(kb)
    ex = article(
        "https://draft.example/ok",
        "2020-03-01",
        cast(SO, "Kaya Scodelario", "Kat Baker"),
        status(SO, 2, "canceled"),
        premiere(SO, "2020-01-01"),
    )
    assert check_extraction(ex, kb) == []


def test_misspelled_actor_against_the_kb(kb: KnowledgeBase) -> None:
    _known_spinning_out(kb)
    sentence = "Kaya Scodelari stars as Kat Baker."
    ex = article(
        "https://draft.example/1", "2020-03-01", cast(SO, "Kaya Scodelari", "Kat Baker", sentence)
    )
    [finding] = check_extraction(ex, kb)
    assert finding.kind == "misspelled-name"
    assert "'Kaya Scodelario'" in finding.message and "3 sources" in finding.message
    assert finding.sentence == sentence
    assert finding.evidence[0]["evidence"].endswith("Kaya Scodelario is Kat Baker.")


def test_character_called_two_names(kb: KnowledgeBase) -> None:
    _known_spinning_out(kb)
    ex = article(
        "https://draft.example/2",
        "2020-03-01",
        cast(SO, "Evan Roderick", "Justine Davis", "Evan Roderick plays Justine Davis."),
    )
    [finding] = check_extraction(ex, kb)
    assert finding.kind == "character-two-names"
    assert "'Justin Davis'" in finding.message
    assert finding.sentence == "Evan Roderick plays Justine Davis."


def test_character_two_names_inside_the_article(kb: KnowledgeBase) -> None:
    text = "Evan Roderick plays Justin. Later Evan Roderick, as Justine, skates."
    ex = article(
        "https://draft.example/3",
        "2020-03-01",
        cast(SO, "Evan Roderick", "Justin", "Evan Roderick plays Justin."),
        cast(SO, "Evan Roderick", "Justine", "Later Evan Roderick, as Justine, skates."),
        text=text,
    )
    findings = check_extraction(ex, kb)  # an empty knowledge base: the article alone
    assert _kinds(findings) == ["character-two-names"]
    assert findings[0].sentence == "Later Evan Roderick, as Justine, skates."


def test_extractor_conflicts_become_findings_with_sentences(kb: KnowledgeBase) -> None:
    text = "Kaya Scodelari leads the cast. Kaya Scodelario trained for months."
    ex = article(
        "https://draft.example/4",
        "2020-03-01",
        text=text,
        conflicts=[
            Conflict("actor", ["Kaya Scodelari", "Kaya Scodelario"], "Kaya Scodelario", show=SO)
        ],
    )
    [finding] = check_extraction(ex, kb)
    assert finding.kind == "misspelled-name"
    assert finding.sentence == "Kaya Scodelari leads the cast."
    assert finding.evidence[0]["evidence"] == "Kaya Scodelario trained for months."


def test_status_that_newer_sources_contradict(kb: KnowledgeBase) -> None:
    _known_spinning_out(kb)
    ex = article(
        "https://draft.example/5",
        "2019-12-01",
        status(SO, 2, "renewed", "Spinning Out is coming back for season 2."),
    )
    [finding] = check_extraction(ex, kb)
    assert finding.kind == "stale-status"
    assert "newer sources say canceled (since 2020-02-01" in finding.message
    assert finding.evidence[0]["evidence"] == "Netflix canceled Spinning Out."
    assert finding.sentence == "Spinning Out is coming back for season 2."


def test_status_the_sources_moved_past(kb: KnowledgeBase) -> None:
    _known_spinning_out(kb)
    # Dated after every source, but repeating what they said before the cancellation.
    ex = article("https://draft.example/8", "2021-01-01", status(SO, 2, "renewed"))
    [finding] = check_extraction(ex, kb)
    assert finding.kind == "stale-status"
    assert "the sources say canceled (since 2020-02-01, 1 source)" in finding.message
    # "No decision yet" after a decision is outdated too.
    ex = article("https://draft.example/9", "2021-01-01", status(SO, 2, "pending"))
    assert _kinds(check_extraction(ex, kb)) == ["stale-status"]
    # A newer article with a status the sources never had may be the news itself.
    ex = article("https://draft.example/10", "2021-01-01", status(SO, 2, "ended"))
    assert check_extraction(ex, kb) == []


def test_premiere_date_that_most_sources_dispute(kb: KnowledgeBase) -> None:
    _known_spinning_out(kb)
    ex = article(
        "https://draft.example/6",
        "2020-03-01",
        premiere(SO, "2020-01-10", "It premiered on January 10, 2020."),
    )
    [finding] = check_extraction(ex, kb)
    assert finding.kind == "premiere-disagrees"
    assert "3 sources say 2020-01-01" in finding.message
    # A less precise date agrees.
    ok = article("https://draft.example/7", "2020-03-01", premiere(SO, "2020-01"))
    assert check_extraction(ok, kb) == []


def test_checking_a_stored_article_does_not_count_itself(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://kb.example/a", "2020-01-02", premiere(SO, "2020-01-01", "A says January 1.")
        )
    )
    lonely = article(
        "https://kb.example/b", "2020-01-03", premiere(SO, "2020-01-10", "B says January 10.")
    )
    kb.ingest_extraction(lonely)
    # One other source is not "most sources": no finding either way.
    assert check_extraction(lonely, kb) == []
