"""How characters are related.

"Nora's younger half-sister Ivy Hale" → (Ivy Hale, half-sister, Nora).

The ``knowsofar_relations`` component runs after ``knowsofar_cast`` and stores
:class:`RelationMention` objects in ``results(doc)["relations"]``. Names are as
written ("Nora"); ``knowsofar_names`` rewrites them to the full names the
article gives ("Nora Hale"). The relation words are data (relations.json).

Phrasings:

- "Owner's [adjective] relation[,] Name" ("Tom and Nora's coach, Vera Lind");
- "Name, Owner's relation" and "Name, the relation of Owner";
- "Name, ... who became her partner" (the pronoun is the character named
  before Name in the sentence).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import results, sentence_spans
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.names import (
    NAME_RE,
    SP,
    SPO,
    WHOLE_WORD_NAME,
    clean_character,
    doc_text,
    shape,
)
from knowsofar.extract.vocab import alternation, load_data


@dataclass
class RelationMention:
    """One sentence saying ``subject`` is the ``relation`` of ``object``."""

    subject: str
    relation: str
    object: str
    start: int  # character span of the evidence sentence in doc.text
    end: int
    evidence: str


@cache
def vocabulary() -> dict[str, Any]:
    return load_data("relations.json")


_alt = alternation


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    v = vocabulary()
    # Every name here is followed by a comma, a space, "'s" or no letter at all: its words are
    # taken whole (names.WHOLE_WORD_NAME), the same matches found faster.
    name = WHOLE_WORD_NAME
    rel = rf"(?P<rel>{_alt(v['relations'])})(?![\p{{L}}\-])"
    adjs = rf"(?P<adjs>(?:(?:{_alt(v['adjectives'])}){SP}){{0,3}})"
    owners = rf"(?P<owners>{name}(?:(?:{SPO},{SP}|(?:{SPO},)?{SP}(?:and|&){SP}){name})*)"
    poss = r"(?:['’]s|(?<=s)['’])"
    # The whole name, and not the actor of an "Actor as ..." that follows.
    after_name = (
        rf"(?![\p{{L}}\p{{M}}'’\-])(?!{SP}[\p{{Lu}}\"“])"
        rf"(?!{SP}(?:as|plays|played|portrays|stars|will|who)\b)"
    )
    return {
        "cue": fast_pattern(rf"\b(?:{_alt(v['relations'])})\b", regex.I),
        # Owner's relation, Name
        "owner_first": fast_pattern(
            rf"{owners}{poss}{SP}{adjs}{rel}(?:{SPO},)?{SP}(?P<name>{name}){after_name}"
        ),
        # Name, Owner's relation
        "name_first": fast_pattern(rf"(?P<name>{name}){SPO},{SP}{owners}{poss}{SP}{adjs}{rel}\b"),
        # Name, the relation of Owner
        "relation_of": fast_pattern(
            rf"(?P<name>{name}){SPO},{SP}(?:the|a|an|{name}{poss}){SP}{adjs}{rel}{SP}of{SP}{owners}"
        ),
        # Name, ... who became her relation
        "became": fast_pattern(
            rf"(?P<name>{name})(?:{SPO},[^,;.]{{0,80}}?)?{SP}who(?:{SP}\p{{Ll}}+){{0,2}}{SP}"
            rf"(?:{_alt(v['become_verbs'])}){SP}(?P<pron>his|her|their){SP}{adjs}{rel}\b"
        ),
        "split": fast_pattern(rf"(?:{SPO},{SP}|(?:{SPO},)?{SP}(?:and|&){SP})"),
    }


def _qualified(relation: str, adjectives: str, after: str) -> str:
    """ "partner" becomes "skating partner" when the sentence ties an activity to it."""
    quals = vocabulary()["qualifiers"].get(relation.casefold())
    if not quals:
        return relation
    words = adjectives.split() + after.split()[:12]
    joined = " " + " ".join(w.casefold().strip(".,;:") for w in words) + " "
    for q in sorted(quals, key=len, reverse=True):
        if f" {q} " in joined:
            return f"{q} {relation}"
    return relation


def _possible_keys(sentence: str) -> list[str]:
    """The relation patterns that can match in the sentence (besides "became", which needs
    a "who")."""
    # Each pattern needs a few literal characters most sentences lack (the patterns are case
    # sensitive): a substring test rules it out faster than a search.
    possessive = "'" in sentence or "’" in sentence
    comma = "," in sentence
    return [
        key
        for key, possible in (
            ("owner_first", possessive),
            ("name_first", possessive and comma),
            ("relation_of", comma and "of" in sentence),
        )
        if possible
    ]


def find_relations(
    sentence: str, span: tuple[int, int], text: str, actors: set[str], characters: set[str]
) -> list[RelationMention]:
    """Relations stated in one sentence. ``actors`` are never characters; ``characters``
    (first names too) are the antecedents a pronoun can point to."""
    pats = _patterns()
    evidence = " ".join(text[span[0] : span[1]].split())
    out: list[RelationMention] = []

    def add(subject: str | None, relation: str, obj: str | None) -> None:
        if not subject or not obj or subject == obj:
            return
        if subject in actors or obj in actors:
            return
        rel = " ".join(relation.casefold().split())
        out.append(RelationMention(subject, rel, obj, span[0], span[1], evidence))

    for key in _possible_keys(sentence):
        for m in pats[key].finditer(sentence):
            subject = clean_character(m.group("name"))
            relation = _qualified(m.group("rel"), m.group("adjs"), sentence[m.end() :])
            for owner in pats["split"].split(m.group("owners")):
                add(subject, relation, clean_character(owner))
    for m in pats["became"].finditer(sentence) if "who" in sentence else ():
        subject = clean_character(m.group("name"))
        before = sentence[: m.start("name")]
        antecedent = None
        for name in NAME_RE.finditer(before):
            word = name.group()
            if word in characters or shape(word).first in characters:
                antecedent = word
        relation = _qualified(m.group("rel"), m.group("adjs"), sentence[m.end() :])
        add(subject, relation, antecedent)
    return out


@Language.component("knowsofar_relations")
def relations_component(doc: Doc) -> Doc:
    """Find character relations; store them in ``results(doc)["relations"]``."""
    found = results(doc)
    pats = _patterns()
    cast = found.get("cast") or []
    actors = {m.actor for m in cast}
    characters = {m.character for m in cast} | {shape(m.character).first for m in cast}
    mentions: list[RelationMention] = []
    text = doc_text(doc)
    for start, end in sentence_spans(doc):
        sentence = text[start:end]
        # (find_relations reads nothing in a sentence none of its patterns can match: the
        # cheap test first)
        if "who" not in sentence and not _possible_keys(sentence):
            continue
        if not pats["cue"].search(sentence):
            continue
        mentions += find_relations(sentence, (start, end), text, actors, characters)
    found["relations"] = _dedupe(mentions)
    return doc


def _dedupe(mentions: list[RelationMention]) -> list[RelationMention]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for m in mentions:
        key = (m.subject, m.relation, m.object)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
