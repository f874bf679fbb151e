"""Reconciliation: support, timelines, current status and conflicts."""

from __future__ import annotations

from kb_factory import article, claim, network, premiere, status

from knowsofar.kb.store import KnowledgeBase

SOC = "The Society"


def _timeline(kb: KnowledgeBase, slug: str) -> list[tuple[str, int, str | None, str]]:
    return [(t["date"], t["season"], t["from"], t["status"]) for t in kb.timeline(slug)]


def test_timeline_renewed_canceled_revived(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(article("https://a.example/1", "2019-07-11", status(SOC, 2, "renewed")))
    kb.ingest_extraction(article("https://b.example/2", "2019-07-12", status(SOC, 2, "renewed")))
    kb.ingest_extraction(article("https://c.example/3", "2020-08-21", status(SOC, 2, "canceled")))
    kb.ingest_extraction(
        article("https://d.example/4", "2021-03-02", status(SOC, 2, "renewed", "It was revived."))
    )
    assert _timeline(kb, "the-society") == [
        ("2019-07-11", 2, None, "renewed"),
        ("2020-08-21", 2, "renewed", "canceled"),
        ("2021-03-02", 2, "canceled", "renewed"),
    ]
    head = kb.show_facts("the-society")["status"]
    assert (head["status"], head["date"], head["support"]) == ("renewed", "2021-03-02", 1)
    assert head["sources"][0]["evidence"] == "It was revived."


def test_event_date_in_the_sentence_places_an_old_report_in_the_past(kb) -> None:
    kb.ingest_extraction(article("https://a.example/1", "2020-08-21", status(SOC, 2, "canceled")))
    # Published later, but the sentence dates the renewal to July 2019: history, not news.
    kb.ingest_extraction(
        article(
            "https://b.example/2",
            "2020-09-01",
            status(SOC, 2, "renewed", "Netflix had renewed it in July 2019.", event_date="2019-07"),
        )
    )
    assert [t[3] for t in _timeline(kb, "the-society")] == ["renewed", "canceled"]
    assert kb.show_facts("the-society")["status"]["status"] == "canceled"


def test_disagreeing_sources_at_the_same_time_are_a_conflict(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(article("https://a.example/1", "2020-08-21", status(SOC, 2, "canceled")))
    kb.ingest_extraction(
        article("https://b.example/2", "2020-08-22", status(SOC, 2, "renewed", "Renewed, says B."))
    )
    kb.ingest_extraction(article("https://c.example/3", "2020-08-23", status(SOC, 2, "canceled")))
    facts = kb.show_facts("the-society")
    assert facts["status"]["status"] == "canceled"
    assert [t[3] for t in _timeline(kb, "the-society")] == ["canceled"]
    conflict = next(c for c in facts["conflicts"] if c["field"] == "status")
    assert conflict["chosen"] == "canceled"
    assert {v["value"]: v["support"] for v in conflict["values"]} == {"canceled": 2, "renewed": 1}
    assert "2 sources since 2020-08-21" in conflict["reason"]
    renewed = next(v for v in conflict["values"] if v["value"] == "renewed")
    assert renewed["sources"][0]["evidence"] == "Renewed, says B."


def test_pending_after_a_decision_is_stale(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://a.example/1", "2021-06-14", status("Manifest", 4, "renewed"))
    )
    kb.ingest_extraction(
        article("https://b.example/2", "2021-07-01", status("Manifest", 4, "pending"))
    )
    assert kb.show_facts("manifest")["status"]["status"] == "renewed"
    assert [t[3] for t in _timeline(kb, "manifest")] == ["renewed"]


def test_renewed_after_final_season_news_is_not_a_change(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://a.example/1", "2022-01-10", status("Ozark", 4, "renewed"))
    )
    kb.ingest_extraction(article("https://b.example/2", "2022-03-01", status("Ozark", 4, "ended")))
    kb.ingest_extraction(
        article("https://c.example/3", "2022-06-01", status("Ozark", 4, "renewed"))
    )
    assert [t[3] for t in _timeline(kb, "ozark")] == ["renewed", "ended"]
    assert kb.show_facts("ozark")["status"]["status"] == "ended"


def test_headline_is_the_newest_season(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2022-01-01",
            status("Evil", 3, "renewed"),
            status("Evil", 4, "renewed"),
        )
    )
    kb.ingest_extraction(article("https://b.example/2", "2023-01-01", status("Evil", 4, "ended")))
    facts = kb.show_facts("evil")
    assert (facts["status"]["season"], facts["status"]["status"]) == (4, "ended")
    assert [(s["number"], s["status"]) for s in facts["seasons"]] == [(3, "renewed"), (4, "ended")]


def test_single_value_conflict_chooses_the_majority(kb: KnowledgeBase) -> None:
    s = "Spinning Out"
    for i, date in enumerate(["2020-01-01", "2020-01-01", "2020-01-10"]):
        kb.ingest_extraction(
            article(
                f"https://x.example/{i}",
                "2020-02-01",
                premiere(s, date, f"Source {i} says {date}."),
            )
        )
    facts = kb.show_facts("spinning-out")
    assert (facts["premiere"]["value"], facts["premiere"]["support"]) == ("2020-01-01", 2)
    conflict = next(c for c in facts["conflicts"] if c["field"] == "premiere")
    assert conflict["reason"] == "2 sources against 1"
    assert [(v["value"], v["support"]) for v in conflict["values"]] == [
        ("2020-01-01", 2),
        ("2020-01-10", 1),
    ]


def test_less_precise_dates_support_precise_ones(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(article("https://a.example/1", "2020-02-01", premiere("X", "2020-01-01")))
    kb.ingest_extraction(article("https://b.example/2", "2020-02-01", premiere("X", "2020")))
    facts = kb.show_facts("x")
    assert (facts["premiere"]["value"], facts["premiere"]["support"]) == ("2020-01-01", 2)
    assert not [c for c in facts["conflicts"] if c["field"] == "premiere"]


def test_network_support_first_and_last_seen(kb: KnowledgeBase) -> None:
    for i, date in enumerate(["2019-01-01", "2020-06-01", "2021-03-01"]):
        kb.ingest_extraction(article(f"https://x.example/{i}", date, network("Ozark", "Netflix")))
    net = kb.show_facts("ozark")["network"]
    assert (net["value"], net["support"], net["first_seen"], net["last_seen"]) == (
        "Netflix",
        3,
        "2019-01-01",
        "2021-03-01",
    )


def test_list_fields_keep_every_value_with_sources(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2020-01-01",
            claim("genre", "Spinning Out", {"genre": "drama"}),
            claim("genre", "Spinning Out", {"genre": "sports"}),
            claim(
                "relation",
                "Spinning Out",
                {"subject": "Serena Baker", "relation": "half-sister", "object": "Kat Baker"},
                "Serena is Kat's half-sister.",
            ),
            claim("trailer", "Spinning Out", {"url": "https://video.example/t"}),
        )
    )
    kb.ingest_extraction(
        article(
            "https://b.example/2", "2020-01-02", claim("genre", "Spinning Out", {"genre": "Drama"})
        )
    )
    facts = kb.show_facts("spinning-out")
    assert [(g["value"].lower(), g["support"]) for g in facts["genres"]] == [
        ("drama", 2),
        ("sports", 1),
    ]
    assert facts["relations"][0]["relation"] == "half-sister"
    assert facts["relations"][0]["sources"][0]["evidence"] == "Serena is Kat's half-sister."
    assert facts["trailers"][0]["url"] == "https://video.example/t"


def test_renewed_for_a_final_season_in_one_article_is_ended(kb: KnowledgeBase) -> None:
    # One sentence says both: the season is ordered (renewed) and it is the last (ended).
    text = "Netflix has renewed Ozark for a fourth and final season."
    kb.ingest_extraction(
        article(
            "https://n.example/ozark-final",
            "2020-06-30",
            status("Ozark", 4, "renewed", text),
            status("Ozark", 4, "ended", text),
        )
    )
    facts = kb.show_facts("ozark")
    assert (facts["status"]["season"], facts["status"]["status"]) == (4, "ended")
    assert _timeline(kb, "ozark") == [("2020-06-30", 4, None, "ended")]
