"""The SVG pictures: well-formed, one mark per item, article text escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from knowsofar.serve.svg import STATUS_COLOURS, relations_graph_svg, status_timeline_svg

SVG = "{http://www.w3.org/2000/svg}"
EVIL = '<script>alert(1)</script>" onload="alert(2)'


def test_timeline_has_a_dot_per_event_in_date_order() -> None:
    events = [
        {"date": "2019-07-10", "season": 2, "status": "renewed"},
        {"date": "2020-02-01", "season": 2, "status": "canceled"},
        {"date": "2019-12-01", "season": 3, "status": "pending"},
    ]
    root = ET.fromstring(status_timeline_svg(events, width=600))
    dots = root.findall(f".//{SVG}circle")
    assert [d.get("fill") for d in dots] == [
        STATUS_COLOURS["renewed"],
        STATUS_COLOURS["canceled"],
        STATUS_COLOURS["pending"],
    ]
    xs = [float(d.get("cx") or 0) for d in dots]
    assert xs[0] < xs[2] < xs[1]  # placed by date, not by list order
    links = [a.get("href") for a in root.findall(f"{SVG}a")]
    assert links == ["#event-0", "#event-1", "#event-2"]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "S2 canceled" in texts and "2020-02-01" in texts


def test_timeline_copes_with_undated_and_single_events() -> None:
    root = ET.fromstring(status_timeline_svg([{"date": None, "season": 1, "status": "renewed"}]))
    assert len(root.findall(f".//{SVG}circle")) == 1
    assert "undated" in [t.text for t in root.iter(f"{SVG}text")]
    assert status_timeline_svg([]) == ""


def test_text_in_pictures_is_escaped() -> None:
    timeline = status_timeline_svg([{"date": "2020-01-01", "season": 1, "status": EVIL}])
    graph = relations_graph_svg(
        [{"subject": EVIL, "relation": EVIL, "object": "Kat"}],
        [{"character": "Kat", "actor": EVIL}],
    )
    for svg in (timeline, graph):
        root = ET.fromstring(svg)  # still well-formed XML
        tags = {el.tag for el in root.iter()}
        assert f"{SVG}script" not in tags and "script" not in tags
        assert all(not k.startswith("on") for el in root.iter() for k in el.attrib)
        assert "<script" not in svg
    texts = [t.text for t in ET.fromstring(graph).iter(f"{SVG}text")]
    assert any(t and t.startswith("<script>") for t in texts)  # shown as text, not run


def test_relations_graph_draws_each_character_once() -> None:
    relations = [
        {"subject": "Serena", "relation": "half-sister", "object": "Kat"},
        {"subject": "Carol", "relation": "mother", "object": "Kat"},
        {"subject": "Carol", "relation": "mother", "object": "Serena"},
        {"subject": "Justin", "relation": "skating partner", "object": "Kat"},
    ]
    root = ET.fromstring(relations_graph_svg(relations, [{"character": "Kat", "actor": "K. S."}]))
    nodes = root.findall(f".//{SVG}g[@class='node']")
    edges = root.findall(f".//{SVG}g[@class='edge']")
    assert len(nodes) == 4 and len(edges) == 4
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert {"Serena", "Kat", "Carol", "Justin", "half-sister", "skating partner", "K. S."} <= set(
        labels
    )
    assert relations_graph_svg([]) == ""
