"""The gold-format scorer: normalisation, counting, accuracy, bad gold files, the CLI verb."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from knowsofar.cli import app
from knowsofar.evaluate import GoldArticle, GoldFormatError, load_gold, normalize, score


def gold(id_: str, shows: list[dict]) -> GoldArticle:
    return GoldArticle(id=id_, text="(text)", shows=shows)


def show(title, network=None, premiere=None, seasons=(), cast=()):
    return {
        "title": title,
        "network": network,
        "premiere": premiere,
        "seasons": [{"number": n, "status": s} for n, s in seasons],
        "cast": [list(c) for c in cast],
    }


@pytest.mark.parametrize(
    "a,b",
    [
        ("The Expanse", "expanse"),
        ("Schitt\u2019s Creek", "Schitt's Creek"),
        ('Evan "Buck" Buckley', "Evan Buck Buckley"),
        ("\uff2e\uff45\uff54\uff46\uff4c\uff49\uff58", "netflix"),  # full-width letters (NFKC)
        ("Law & Order:  Organized Crime", "law order organized crime"),
    ],
)
def test_normalize(a, b):
    assert normalize(a) == normalize(b)


def test_counts_precision_recall_and_accuracy():
    golds = [
        gold(
            "a",
            [
                show(
                    "The Expanse",
                    "Amazon",
                    "2015-12",
                    [(6, "ended")],
                    [("Steven Strait", "James Holden")],
                )
            ],
        ),
        gold(
            "b",
            [
                show("Evil", "Paramount+", None, [(4, "renewed")]),
                show("Glimmer", None, None, [(2, "canceled")]),
            ],
        ),
    ]
    predicted = {
        "a": {
            "shows": [
                {
                    "title": "Expanse",
                    "network": "amazon",
                    "premiere": "2015-12-13",
                    "seasons": [{"number": 6, "status": "ended"}],
                    "cast": [
                        {"actor": "Steven Strait", "character": "James Holden"},
                        {"actor": "Wes Chatham", "character": "Amos Burton"},
                    ],
                }
            ]
        },
        "b": {
            "shows": [
                {
                    "title": "Evil",
                    "network": "CBS",
                    "premiere": None,
                    "seasons": [
                        {"number": 4, "status": "renewed"},
                        {"number": 3, "status": "renewed"},
                    ],
                    "cast": [],
                }
            ]
        },
    }
    report = score(golds, predicted)
    assert (report.status.tp, report.status.fp, report.status.fn) == (2, 1, 1)
    assert report.status.precision == pytest.approx(2 / 3)
    assert report.status.recall == pytest.approx(2 / 3)
    assert (report.cast.tp, report.cast.fp, report.cast.fn) == (1, 1, 0)
    assert (report.network.right, report.network.total) == (1, 2)
    assert (report.premiere.right, report.premiere.total) == (1, 1)  # prefix match
    errors = {e.id: e for e in report.errors}
    assert errors["b"].wrong_status == [("evil", 3, "renewed")]
    assert errors["b"].missed_status == [("glimmer", 2, "canceled")]
    assert errors["b"].network == [("evil", "paramount", "cbs")]


def test_missing_or_failed_prediction_counts_as_failed():
    report = score(
        [gold("a", [show("Evil", None, None, [(4, "renewed")])])],
        {"a": {"error": "binary file", "shows": []}},
    )
    assert report.failed == 1
    assert (report.status.tp, report.status.fn) == (0, 1)
    assert report.status.f1 == 0.0


def test_bad_gold_folder(tmp_path):
    with pytest.raises(GoldFormatError, match="no gold"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text('{"id": "x"}', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="GOLD_FORMAT"):
        load_gold(tmp_path)


def test_eval_verb(tmp_path, extractor, monkeypatch):
    article = {
        "id": "glimmer-s2",
        "url": None,
        "published": "2024-03-02",
        "text": (
            "Netflix Cancels Glimmer After One Season\n\n"
            "Netflix has cancelled Glimmer after one season. The fantasy drama starred "
            "Ana Ruiz as Lena Moss."
        ),
        "expect": {
            "shows": [
                {
                    "title": "Glimmer",
                    "network": "Netflix",
                    "premiere": None,
                    "seasons": [{"number": 2, "status": "canceled"}],
                    "cast": [["Ana Ruiz", "Lena Moss"]],
                }
            ]
        },
    }
    (tmp_path / "glimmer-s2.json").write_text(json.dumps(article), encoding="utf-8")
    # The CLI builds its own Knowsofar; hand it the session's loaded extractor.
    from knowsofar import core

    monkeypatch.setattr(core.Knowsofar, "extractor", extractor)
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--json", "--min-status", "0.9"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["status"]["tp"] == 1 and scores["status"]["fp"] == 0
    assert scores["network"]["right"] == 1
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "not a folder" in result.output
