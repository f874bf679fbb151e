"""KnowledgeBase writes and reads, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import pytest
from kb_factory import article, cast, claim, network, premiere, status

from knowsofar.kb.store import KnowledgeBase


def _counts(kb: KnowledgeBase) -> dict[str, int]:
    return {k: v for k, v in kb.stats().items() if k != "errors"}


def test_ingest_stores_document_claims_and_facts(kb: KnowledgeBase) -> None:
    r = kb.ingest_extraction(
        article(
            "https://news.example/hacks-renewed",
            "2022-06-01",
            status("Hacks", 3, "renewed", "Max has renewed Hacks for a third season."),
            network("Hacks", "Max"),
        )
    )
    assert (r.status, r.claims, r.shows) == ("new", 2, ["hacks"])
    facts = kb.show_facts("hacks")
    assert facts["status"]["status"] == "renewed"
    assert facts["status"]["season"] == 3
    assert facts["status"]["sources"][0]["evidence"] == "Max has renewed Hacks for a third season."
    assert facts["status"]["sources"][0]["url"] == "https://news.example/hacks-renewed"
    assert facts["network"]["value"] == "Max"
    doc = kb.document(r.document_id)
    assert [c["kind"] for c in doc["claims"]] == ["season_status", "network"]


def test_same_document_twice_changes_nothing(kb: KnowledgeBase) -> None:
    ex = article(
        "https://news.example/a",
        "2021-01-01",
        status("Evil", 2, "renewed"),
        cast("Evil", "Katja Herbers", "Kristen Bouchard"),
    )
    kb.ingest_extraction(ex)
    before = _counts(kb)
    facts_before = kb.show_facts("evil")
    again = kb.ingest_extraction(ex)
    assert again.status == "unchanged"
    assert _counts(kb) == before
    assert kb.show_facts("evil") == facts_before


def test_changed_document_replaces_its_claims(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://news.example/a",
            "2021-01-01",
            status("Evil", 2, "renewed"),
            text="first version",
        )
    )
    r = kb.ingest_extraction(
        article(
            "https://news.example/a",
            "2021-01-01",
            status("Evil", 2, "canceled"),
            text="corrected version",
        )
    )
    assert r.status == "changed"
    assert kb.stats()["claims"] == 1
    assert kb.show_facts("evil")["status"]["status"] == "canceled"
    assert [t["status"] for t in kb.timeline("evil")] == ["canceled"]


def test_error_extraction_is_recorded_and_batch_goes_on(kb: KnowledgeBase) -> None:
    bad = article("https://news.example/broken", None)
    bad.error = "not UTF-8 text (bad byte at offset 3); re-save it as UTF-8"
    r = kb.ingest_extraction(bad)
    assert r.status == "error"
    kb.ingest_extraction(bad)  # twice: one record, newest time
    errors = kb.errors()
    assert [(e["source"], e["reason"]) for e in errors] == [
        ("https://news.example/broken", bad.error)
    ]
    ok = kb.ingest_extraction(
        article("https://news.example/fine", "2021-01-01", status("Evil", 2, "renewed"))
    )
    assert ok.status == "new"
    assert kb.stats()["documents"] == 1


def test_document_without_claims_is_stored_as_skipped(kb: KnowledgeBase) -> None:
    ex = article("https://news.example/recipes", "2021-01-01", text="How to bake bread.")
    assert kb.ingest_extraction(ex).status == "skipped"
    assert kb.ingest_extraction(ex).status == "unchanged"
    assert kb.list_shows() == []


def test_path_documents_are_keyed_by_absolute_path(
    kb: KnowledgeBase, tmp_path, monkeypatch
) -> None:
    from knowsofar.claims import Document, Extraction

    monkeypatch.chdir(tmp_path)
    doc = Document(text="Evil was renewed.", path="news/evil.txt", published="2021-01-01")
    kb.ingest_extraction(Extraction(doc, [status("Evil", 2, "renewed")]))
    assert kb.document_state(str(tmp_path / "news" / "evil.txt")) is not None
    assert kb.forget("news/evil.txt") == []  # the show had only this document
    assert kb.find_show("Evil") is None


def test_syndicated_copies_count_once(kb: KnowledgeBase) -> None:
    text = "Netflix has canceled Lockwood & Co. after one season."
    c = status("Lockwood & Co.", 2, "canceled", text)
    kb.ingest_extraction(article("https://a.example/lockwood", "2023-05-01", c, text=text))
    kb.ingest_extraction(article("https://b.example/syndicated", "2023-05-02", c, text=text))
    facts = kb.show_facts("lockwood-and-co")
    assert facts["status"]["support"] == 1
    kb.ingest_extraction(
        article(
            "https://c.example/own-words",
            "2023-05-03",
            status("Lockwood & Co.", 2, "canceled", "It is over."),
        )
    )
    assert kb.show_facts("lockwood-and-co")["status"]["support"] == 2
    # Marking a near-duplicate by hand (the sources side does this with simhash).
    kb.set_duplicate("https://c.example/own-words", "https://a.example/lockwood")
    assert kb.show_facts("lockwood-and-co")["status"]["support"] == 1


def test_forget_rebuilds_only_the_shows_it_touched(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://n.example/1", "2019-07-01", status("The Society", 2, "renewed"))
    )
    kb.ingest_extraction(
        article("https://n.example/2", "2020-08-21", status("The Society", 2, "canceled"))
    )
    kb.ingest_extraction(article("https://n.example/3", "2020-08-21", status("Ozark", 4, "ended")))
    ozark_before = kb.show_facts("ozark")
    assert kb.forget("https://n.example/2") == ["the-society"]
    assert kb.show_facts("the-society")["status"]["status"] == "renewed"
    assert kb.show_facts("ozark") == ozark_before
    with pytest.raises(KeyError):
        kb.forget("https://n.example/never-stored")


def test_forgetting_an_original_makes_its_copy_count(kb: KnowledgeBase) -> None:
    text = "Severance is coming back for a second season."
    c = status("Severance", 2, "renewed", text)
    kb.ingest_extraction(article("https://orig.example/a", "2022-04-06", c, text=text))
    kb.ingest_extraction(article("https://copy.example/a", "2022-04-07", c, text=text))
    kb.forget("https://orig.example/a")
    facts = kb.show_facts("severance")
    assert facts["status"]["support"] == 1
    assert facts["status"]["sources"][0]["url"] == "https://copy.example/a"


def test_reads_find_list_search(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://n.example/wednesday",
            "2023-01-06",
            status("Wednesday", 2, "renewed"),
            network("Wednesday", "Netflix"),
            cast("Wednesday", "Jenna Ortega", "Wednesday Addams"),
        )
    )
    kb.ingest_extraction(
        article(
            "https://n.example/bear",
            "2023-11-08",
            status("The Bear", 3, "renewed"),
            network("The Bear", "FX"),
        )
    )
    assert kb.find_show("WEDNESDAY")["slug"] == "wednesday"
    assert kb.find_show("Wednsday")["slug"] == "wednesday"  # a typo
    assert kb.find_show("Bear")["slug"] == "the-bear"
    assert kb.find_show("Completely Different") is None
    assert [s["slug"] for s in kb.list_shows()] == ["the-bear", "wednesday"]  # newest first
    assert [s["slug"] for s in kb.list_shows(network="netflix")] == ["wednesday"]
    assert kb.list_shows(status="canceled") == []
    assert kb.network_names() == ["FX", "Netflix"]
    hits = kb.search("ortega")
    assert hits[0]["type"] == "person" and hits[0]["name"] == "Jenna Ortega"
    person = kb.person(hits[0]["slug"])
    assert person["roles"][0]["character"] == "Wednesday Addams"
    assert person["roles"][0]["show_slug"] == "wednesday"
    changes = kb.status_changes(since="2023-06-01")
    assert [(c["slug"], c["to"]) for c in changes] == [("the-bear", "renewed")]


def test_incremental_refresh_equals_full_rebuild(kb: KnowledgeBase) -> None:
    show = "Manifest"
    arts = [
        article(
            "https://m.example/1",
            "2021-05-01",
            status(show, 4, "pending"),
            network(show, "NBC"),
            premiere(show, "2018-09-24"),
        ),
        article(
            "https://m.example/2",
            "2021-06-14",
            status(show, 4, "canceled"),
            cast(show, "Melissa Roxburgh", "Michaela Stone"),
        ),
        article(
            "https://m.example/3",
            "2021-08-28",
            status(show, 4, "renewed"),
            network(show, "Netflix"),
            cast(show, "Josh Dallas", "Ben Stone"),
            text="Netflix saved Manifest, which NBC had canceled in June.",
        ),
        article(
            "https://m.example/4",
            "2021-09-01",
            status(show, 4, "renewed"),
            network(show, "Netflix"),
            premiere(show, "2018-09-24"),
            claim("genre", show, {"genre": "drama"}),
        ),
    ]
    for a in arts:
        kb.ingest_extraction(a)
    incremental = kb.show_facts("manifest")
    assert kb.rebuild() == 1
    assert kb.show_facts("manifest") == incremental


def test_forget_drops_people_no_claim_mentions(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://n.example/a", "2023-01-06", cast("Wednesday", "Jenna Ortega", "Wednesday"))
    )
    kb.ingest_extraction(
        article("https://n.example/b", "2023-01-07", cast("Wednesday", "Emma Myers", "Enid"))
    )
    kb.forget("https://n.example/b")
    assert kb.person("emma-myers") is None
    assert [h["name"] for h in kb.search("emma")] == []
    assert kb.person("jenna-ortega")["roles"][0]["character"] == "Wednesday"


def test_near_identical_syndicated_copy_counts_once(kb: KnowledgeBase) -> None:
    # A long article and a copy with another headline and a credit line: not the same
    # bytes, so only the SimHash fingerprint can tell it is a copy.
    body = (
        "Apple TV+ has renewed Severance for a second season, the streamer said on Wednesday. "
        "The workplace thriller follows employees of Lumon Industries whose memories are "
        "surgically divided between their work and personal lives. Adam Scott leads the cast "
        "as Mark Scout, with Britt Lower as Helly, Zach Cherry as Dylan and John Turturro as "
        "Irving. Ben Stiller directed most of the first season and will return behind the "
        "camera. No premiere date has been announced, and production is expected to start "
        "later this year in New York. The first season finale left several questions open "
        "about the company and its founder, and the writers have said they know where the "
        "story is going for several seasons."
    )
    c = status("Severance", 2, "renewed", "Apple TV+ has renewed Severance for a second season.")
    kb.ingest_extraction(
        article("https://a.example/severance", "2022-04-06", c, text="Severance renewed\n" + body)
    )
    copy = "Apple renews its office thriller\n" + body + " (Reporting by the wire desk.)"
    kb.ingest_extraction(article("https://b.example/wire/severance", "2022-04-07", c, text=copy))
    facts = kb.show_facts("severance")
    assert facts["status"]["support"] == 1
    # An article of its own about the same news is a second, independent source.
    other = status("Severance", 2, "renewed", "Severance is coming back for season two.")
    kb.ingest_extraction(article("https://c.example/own", "2022-04-08", other))
    assert kb.show_facts("severance")["status"]["support"] == 2
