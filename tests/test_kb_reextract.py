"""`reextract`: a newer extractor replaces claims per document and facts are rebuilt."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kb_factory import article, status

from knowsofar.claims import Claim, Document, Extraction
from knowsofar.config import Settings
from knowsofar.core import Knowsofar
from knowsofar.sources.errors import SourceError


class ScriptedExtractor:
    """Stands in for the language model: reads "SHOW: status" lines, as version ``version``."""

    def __init__(self, version: str, status_word: dict[str, str]) -> None:
        self.version = version
        self.status_word = status_word  # what this version reads each phrase as
        self.seen: list[str] = []

    def extract_many(self, items: Iterable[Document | SourceError]) -> Iterator[Extraction]:
        for doc in items:
            assert isinstance(doc, Document)
            self.seen.append(doc.key)
            claims = []
            for line in doc.text.splitlines():
                show, _, phrase = line.partition(":")
                if phrase.strip() in self.status_word:
                    claims.append(
                        Claim(
                            "season_status",
                            show.strip(),
                            {"status": self.status_word[phrase.strip()]},
                            line,
                            season=2,
                            extractor=self.version,
                        )
                    )
            yield Extraction(source=doc, claims=claims)


def _ks(kb_url: str, extractor: ScriptedExtractor) -> Knowsofar:
    ks = Knowsofar(Settings(database_url=kb_url))
    ks.__dict__["extractor"] = extractor
    return ks


def test_reextract_replaces_claims_and_rebuilds_facts(kb_url: str) -> None:
    v1 = ScriptedExtractor("v1", {"on the bubble": "renewed", "axed": "canceled"})
    ks = _ks(kb_url, v1)
    for i, (show, phrase) in enumerate([("Manifest", "on the bubble"), ("Ozark", "axed")]):
        ex = article(f"https://n.example/{i}", "2021-05-01", text=f"{show}: {phrase}")
        ex.claims = list(v1.extract_many([ex.source]))[0].claims
        ks.kb.ingest_extraction(ex)
    assert ks.kb.show_facts("manifest")["status"]["status"] == "renewed"  # v1's misreading
    ozark = ks.kb.show_facts("ozark")

    v2 = ScriptedExtractor("v2", {"on the bubble": "pending", "axed": "canceled"})
    ks = _ks(kb_url, v2)
    summary = ks.reextract()
    assert (summary.documents, summary.claims) == (2, 2)
    assert ks.kb.show_facts("manifest")["status"]["status"] == "pending"
    assert ks.kb.show_facts("ozark")["status"] == ozark["status"]
    doc = ks.kb.document(ks.kb.show_facts("manifest")["status"]["sources"][0]["document_id"])
    assert doc["extractor"] == "v2"
    assert ks.kb.stats()["claims"] == 2

    # Documents already read by this version are skipped unless --all.
    v2.seen.clear()
    assert ks.reextract().documents == 0
    assert ks.reextract(all_documents=True).documents == 2
    assert len(v2.seen) == 2


def test_reextract_drops_claims_the_new_version_no_longer_reads(kb_url: str) -> None:
    v1 = ScriptedExtractor("v1", {})
    ks = _ks(kb_url, v1)
    ks.kb.ingest_extraction(
        article("https://n.example/x", "2021-01-01", status("Evil", 2, "renewed"))
    )
    # A version that reads nothing from this text removes the claims it no longer sees.
    v2 = ScriptedExtractor("v2", {})
    ks = _ks(kb_url, v2)
    ks.reextract()
    assert ks.kb.find_show("Evil") is None
    assert ks.kb.stats()["documents"] == 1
