"""Entity resolution: one show or person however articles write it, never two merged wrongly."""

from __future__ import annotations

from kb_factory import article, cast, network, premiere, status

from knowsofar.claims import Conflict
from knowsofar.kb.resolve import characters_match, linked_titles, names_match, norm_title
from knowsofar.kb.store import KnowledgeBase


def test_norm_title_forgives_the_case_punctuation_and_year() -> None:
    assert norm_title("The Society") == norm_title("society") == "society"
    assert norm_title("Schitt's Creek") == norm_title("Schitts Creek")
    assert norm_title("Lockwood & Co.") == norm_title("Lockwood and Co")
    assert norm_title("Party of Five (2020)") == norm_title("Party of Five")
    assert norm_title("The") == "the"  # a title that is only "The" keeps it


def test_names_match() -> None:
    assert names_match("Kaya Scodelari", "Kaya Scodelario")
    assert names_match("Úrsula Corberó", "Ursula Corbero")
    assert not names_match("Dan Levy", "Eugene Levy")  # a shared surname is not enough
    assert not names_match("Emma Mackey", "Emma Watson")
    assert not names_match("Kaya", "Kaya Scodelario")  # first name only needs evidence
    assert names_match("Kaya", "Kaya Scodelario", first_name_only=True)


def test_characters_match() -> None:
    assert characters_match("Kat", "Kat Baker")
    assert characters_match("Justin Davis", "Justine Davis")
    assert not characters_match("Kat Baker", "Serena Baker")


def test_linked_titles_read_aka_phrases() -> None:
    text = "Money Heist (also known as La Casa de Papel) ends with part 5."
    assert linked_titles("Money Heist", text) == ["La Casa de Papel"]
    text = "La Casa de Papel, known in English as Money Heist, ends."
    assert linked_titles("Money Heist", text) == ["La Casa de Papel"]
    assert linked_titles("Money Heist", "Money Heist ends with part 5.") == []
    assert linked_titles("Succession", "Succession, known as HBO's best drama, ends.") == []


def test_the_x_and_x_are_one_show(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://a.example/1", "2019-07-11", status("The Society", 2, "renewed"))
    )
    kb.ingest_extraction(
        article("https://b.example/2", "2020-08-21", status("Society", 2, "canceled"))
    )
    assert len(kb.list_shows()) == 1
    assert [t["status"] for t in kb.timeline("the-society")] == ["renewed", "canceled"]


def test_the_title_is_the_spelling_most_sources_use(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://a.example/1", "2019-07-11", status("Society", 2, "renewed"))
    )
    assert kb.list_shows()[0]["title"] == "Society"
    for i in (2, 3):
        kb.ingest_extraction(
            article(f"https://b.example/{i}", "2019-07-12", status("The Society", 2, "renewed"))
        )
    [show] = kb.list_shows()
    assert (show["slug"], show["title"]) == ("society", "The Society")  # slugs stay put


def test_an_article_linking_two_titles_merges_them(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://a.example/1", "2020-01-01", status("La Casa de Papel", 4, "renewed"))
    )
    kb.ingest_extraction(
        article("https://b.example/2", "2020-02-01", cast("Money Heist", "Úrsula Corberó", "Tokyo"))
    )
    assert len(kb.list_shows()) == 2
    kb.ingest_extraction(
        article(
            "https://c.example/3",
            "2021-07-01",
            status("Money Heist", 5, "ended"),
            text="Money Heist (also known as La Casa de Papel) ends with its fifth part.",
        )
    )
    shows = kb.list_shows()
    assert len(shows) == 1
    facts = kb.show_facts(shows[0]["slug"])
    assert {"Money Heist", "La Casa de Papel"} <= set(facts["aliases"])
    assert [s["number"] for s in facts["seasons"]] == [4, 5]
    assert facts["cast"][0]["character"] == "Tokyo"
    assert kb.find_show("la casa de papel")["slug"] == shows[0]["slug"]


def test_title_conflict_from_the_extractor_links_titles(kb: KnowledgeBase) -> None:
    ex = article(
        "https://a.example/1",
        "2020-01-01",
        status("Money Heist", 4, "renewed"),
        conflicts=[Conflict("title", ["Money Heist", "La Casa de Papel"], "Money Heist")],
    )
    kb.ingest_extraction(ex)
    assert kb.find_show("La Casa de Papel")["slug"] == "money-heist"


def test_same_title_different_years_stay_two_shows(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "1995-01-01",
            premiere("Party of Five", "1994-09-12"),
            status("Party of Five", 2, "renewed"),
        )
    )
    kb.ingest_extraction(
        article(
            "https://b.example/2",
            "2020-03-01",
            premiere("Party of Five", "2020-01-08"),
            status("Party of Five", 2, "canceled"),
        )
    )
    shows = {s["slug"]: s for s in kb.list_shows()}
    assert set(shows) == {"party-of-five", "party-of-five-2020"}
    assert shows["party-of-five"]["status"]["status"] == "renewed"
    assert shows["party-of-five-2020"]["status"]["status"] == "canceled"


def test_same_title_different_networks_stay_two_shows(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2021-01-01",
            network("Ghosts", "BBC One"),
            status("Ghosts", 3, "renewed"),
            cast("Ghosts", "Charlotte Ritchie", "Alison"),
        )
    )
    kb.ingest_extraction(
        article(
            "https://b.example/2",
            "2022-01-01",
            network("Ghosts", "CBS"),
            status("Ghosts", 2, "renewed"),
            cast("Ghosts", "Rose McIver", "Samantha"),
        )
    )
    assert len(kb.list_shows()) == 2
    # A story about a move names both networks: same show.
    kb.ingest_extraction(
        article(
            "https://c.example/3",
            "2022-02-01",
            network("Ghosts", "Netflix"),
            status("Ghosts", 4, "pending"),
            text="Ghosts leaves CBS for Netflix.",
        )
    )
    assert len(kb.list_shows()) == 2


def test_misspelled_actor_with_same_role_is_one_person(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2020-01-01",
            cast("Spinning Out", "Kaya Scodelario", "Kat Baker"),
        )
    )
    kb.ingest_extraction(
        article(
            "https://b.example/2", "2020-01-02", cast("Spinning Out", "Kaya Scodelari", "Kat Baker")
        )
    )
    kb.ingest_extraction(
        article("https://c.example/3", "2020-01-03", cast("Spinning Out", "Kaya Scodelario", "Kat"))
    )
    facts = kb.show_facts("spinning-out")
    assert [(c["actor"], c["character"], c["support"]) for c in facts["cast"]] == [
        ("Kaya Scodelario", "Kat Baker", 3)
    ]
    spelling = [c for c in facts["conflicts"] if c["field"] == "actor"]
    assert spelling[0]["chosen"] == "Kaya Scodelario"
    assert {v["value"]: v["support"] for v in spelling[0]["values"]} == {
        "Kaya Scodelario": 2,
        "Kaya Scodelari": 1,
    }
    person = kb.person("kaya-scodelario")
    assert set(person["aliases"]) == {"Kaya Scodelario", "Kaya Scodelari"}


def test_first_name_mention_joins_with_evidence_of_same_role(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2020-01-01",
            cast("Spinning Out", "Evan Roderick", "Justin Davis"),
        )
    )
    kb.ingest_extraction(
        article("https://b.example/2", "2020-01-02", cast("Spinning Out", "Evan", "Justin Davis"))
    )
    facts = kb.show_facts("spinning-out")
    assert [(c["actor"], c["support"]) for c in facts["cast"]] == [("Evan Roderick", 2)]


def test_shared_surname_is_never_merged(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2020-01-01",
            cast("Schitt's Creek", "Eugene Levy", "Johnny Rose"),
            cast("Schitt's Creek", "Dan Levy", "David Rose"),
        )
    )
    kb.ingest_extraction(
        article("https://b.example/2", "2020-01-02", cast("Schitt's Creek", "Levy", "Johnny Rose"))
    )
    facts = kb.show_facts("schitts-creek")
    actors = {c["actor"] for c in facts["cast"]}
    assert {"Eugene Levy", "Dan Levy"} <= actors
    assert kb.person("dan-levy")["roles"][0]["character"] == "David Rose"
    assert kb.person("eugene-levy")["aliases"] == ["Eugene Levy"]


def test_different_people_with_similar_names_in_other_shows_stay_apart(kb) -> None:
    kb.ingest_extraction(
        article("https://a.example/1", "2020-01-01", cast("Show A", "Chris Evans", "Steve"))
    )
    kb.ingest_extraction(
        article("https://b.example/2", "2020-01-01", cast("Show B", "Chris Evan", "Max"))
    )
    assert kb.person("chris-evans")["roles"][0]["show_slug"] == "show-a"
    assert kb.person("chris-evan")["roles"][0]["show_slug"] == "show-b"


def test_actor_may_play_several_roles_and_roles_may_be_recast(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2019-12-20",
            cast("The Witcher", "Henry Cavill", "Geralt of Rivia"),
        )
    )
    kb.ingest_extraction(
        article(
            "https://b.example/2",
            "2022-10-29",
            cast("The Witcher", "Liam Hemsworth", "Geralt of Rivia"),
        )
    )
    kb.ingest_extraction(
        article(
            "https://c.example/3",
            "2013-03-30",
            cast("Orphan Black", "Tatiana Maslany", "Sarah Manning"),
            cast("Orphan Black", "Tatiana Maslany", "Cosima Niehaus"),
        )
    )
    facts = kb.show_facts("the-witcher")
    geralt = {c["actor"]: c for c in facts["cast"]}
    assert geralt["Henry Cavill"]["until"] == "2022-10-29"
    assert geralt["Liam Hemsworth"]["since"] == "2022-10-29"
    roles = kb.person("tatiana-maslany")["roles"]
    assert sorted(r["character"] for r in roles) == ["Cosima Niehaus", "Sarah Manning"]


def test_two_spellings_in_one_article_are_one_person(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2020-01-01",
            cast(
                "Spinning Out", "Kaya Scodelari", "Kat Baker", "Kaya Scodelari leads as Kat Baker."
            ),
            cast("Spinning Out", "Kaya Scodelario", "Kat Baker", "Kaya Scodelario trained hard."),
            cast("Spinning Out", "Kaya Scodelario", "Kat", "Kaya Scodelario skates."),
            cast("Spinning Out", "Evan Roderick", "Justin Davis", "Evan Roderick is Justin Davis."),
            cast("Spinning Out", "Evan Roderick", "Justine Davis", "Evan Roderick as Justine."),
        )
    )
    facts = kb.show_facts("spinning-out")
    assert sorted((c["actor"], c["character"], c["support"]) for c in facts["cast"]) == [
        ("Evan Roderick", "Justin Davis", 1),
        ("Kaya Scodelario", "Kat Baker", 1),  # one article: one source, two spellings
    ]  # ties go to the most mentions, then the first mention ("Justin Davis")
    fields = sorted(c["field"] for c in facts["conflicts"])
    assert fields == ["actor", "character"]


def test_an_actor_who_moved_networks_keeps_the_show_together(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2021-01-01",
            network("Lantern Hill", "BBC One"),
            cast("Lantern Hill", "Mara Quist", "Odile"),
            cast("Lantern Hill", "Ivo Renn", ""),  # a cast member without a named role
        )
    )
    # Another network, no word of a move, but the same actors: still one show.
    for n, (net, actor, role) in enumerate(
        [("Netflix", "Mara Quist", "Odile"), ("Hulu", "Ivo Renn", "Gaspard")], start=2
    ):
        kb.ingest_extraction(
            article(
                f"https://b.example/{n}",
                "2023-01-01",
                network("Lantern Hill", net),
                cast("Lantern Hill", actor, role),
            )
        )
        assert [s["slug"] for s in kb.list_shows()] == ["lantern-hill"], net
    # Another network and other actors: a different show of the same title.
    kb.ingest_extraction(
        article(
            "https://c.example/9",
            "2023-02-01",
            network("Lantern Hill", "ABC"),
            cast("Lantern Hill", "Teo Brandt", "Jonas"),
        )
    )
    assert len(kb.list_shows()) == 2


def test_a_changed_article_is_resolved_without_its_old_claims(kb: KnowledgeBase) -> None:
    """Its old claims are gone before it is read again: they are no evidence for itself."""
    kb.ingest_extraction(
        article("https://a.example/1", "2021-01-01", cast("Lantern Hill", "Mara Quist", "Odile"))
    )
    kb.ingest_extraction(
        article("https://b.example/2", "2021-01-02", network("Lantern Hill", "CBS"))
    )
    assert kb.show_facts("lantern-hill")["network"]["value"] == "CBS"
    # Corrected: it was about another network's show. Only its own old claims tied that
    # show's actor to the CBS one, so it is a show of its own now.
    kb.ingest_extraction(
        article(
            "https://a.example/1",
            "2021-01-01",
            network("Lantern Hill", "BBC One"),
            cast("Lantern Hill", "Mara Quist", "Odile"),
        )
    )
    assert sorted(s["slug"] for s in kb.list_shows()) == ["lantern-hill", "lantern-hill-bbc-one"]
    assert kb.show_facts("lantern-hill")["cast"] == []
    assert kb.person("mara-quist")["roles"][0]["show_slug"] == "lantern-hill-bbc-one"


def test_a_corrected_actor_name_leaves_no_trace_of_the_misspelling(kb: KnowledgeBase) -> None:
    kb.ingest_extraction(
        article("https://a.example/1", "2020-01-01", cast("Spinning Out", "Kaya Scodelari", "Kat"))
    )
    kb.ingest_extraction(
        article("https://a.example/1", "2020-01-01", cast("Spinning Out", "Kaya Scodelario", "Kat"))
    )
    facts = kb.show_facts("spinning-out")
    assert [(c["actor"], c["actor_slug"]) for c in facts["cast"]] == [
        ("Kaya Scodelario", "kaya-scodelario")
    ]
    assert kb.person("kaya-scodelario")["aliases"] == ["Kaya Scodelario"]
    assert kb.person("kaya-scodelari") is None
