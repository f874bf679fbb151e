"""Who plays whom: actor → character mentions, from sentences and cast tables.

The ``knowsofar_cast`` component reads each sentence that has a casting cue and
stores :class:`CastMention` objects in ``results(doc)["cast"]``:

- plain statements, the strongest evidence: "Actor as Character", "Actor
  plays/portrays/takes on Character", "Actor stars as / will return as / has been
  cast as / is back in the title role as Character", "Actor, who plays Character",
  lists of them ("X as A, Y as B and Z as C"), role descriptions ("as Precinct 9
  captain Nora Hale", "as his father, Walt", "as Corvin of the Ashen Guard");
- recasts: "X replaces Y as Z", "X will play Z, stepping into the role
  originated by the late Y" and "X has taken over the role of Z from Y" (both have
  played Z);
- "A and B co-star as X and Y" (in order; "as her parents, Walt and June Harper"
  shares the surname); "Surname is Character" inside such a list;
- "Character, played by Actor", "Character is played by Actor" and "A and B
  (played by X and Y, respectively)";
- "Actor ... for her role as Character" / "for playing Character"; "Actor's turn as
  Character", "Actor's portrayal of Character";
- voice roles: "Actor gives voice to / lends her voice to / provides the squeals of
  Character", "the voice of Character is Actor";
- reviews: "Actor is unforgettable as Character";
- parentheses: "Character (Actor)", "Character (Surname)" and, weakest,
  "Actor (Character)", which also looks like "Actor (Earlier Film)";
- list lines "Actor — Character", "Character – Actor" and "Character — Actor
  (teen), Actor (adult)" (:func:`_dash_lines`);
- "Actor's Character, ..." as an aside in a sentence about the cast, "Actor's Character
  crashes ..." beside another cast statement, "Actor's fan-favorite bookie First Last is back";
- copulas: "X is Y" beside other cast statements, "A is X, and B is Y", "X, who joined
  last year, is once again Y";
- one-word stage names opening a clause: "Zendaya plays Rue Bennett";
- HTML cast tables with an actor and a character column (:func:`cast_from_tables`);
- one actor, several roles: "Jane Doe still voices Ann Lee, Bo Lee and Cy Lee";
- copulas and positions: "is the actress who plays X", "remains the show's anchor as X",
  "is new this season as X", "was the Woman in White", "who played her" (the role just named);
- roles in another show, marked with it (``other_show``): "whom many know as X from HBO's Big
  Show", "the title character of Big Show", "returned to her Big Show role of X", "Big Show,
  the BBC sitcom in which he played X", "played X in Big Show".

The lines of one bulleted "Name (Name)" list share one order, decided from the whole list
(:func:`_list_directions`).

Pairs told of a film ("the 2016 film in which Jane Doe played Mary") are dropped.
Each mention's ``at`` says where to read its show from ("the sitcom Small Show, in
which Jane Doe played Mary" is Small Show's, whatever else the sentence names).

Names are taken as written; ``knowsofar_names`` then resolves surnames,
spellings and short forms. Precision first: a phrase that does not clearly
name a person and a role gives nothing.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import PARAGRAPH_BREAK, entities, results, sentence_spans
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.names import (
    NAME,
    NAME_RE,
    SP,
    SPO,
    WHOLE_WORD_NAME,
    WORD,
    clean_actor,
    clean_character,
    doc_text,
    full_names_in,
    is_full_name,
    known_performers,
    known_roles,
    leading_rank,
    literal_spans,
    resolve_misspelt,
    resolve_short,
    same_spelling_family,
    shape,
    vocabulary,
)
from knowsofar.extract.networks import canonical_network, needs_context
from knowsofar.extract.titles import fact_label_words, section_label_words, verdict_words
from knowsofar.extract.vocab import alternation, load_data, not_after_words

# How explicit a mention is; names.py keeps an actor's strongest roles.
PLAIN = 3  # "Actor as Character", "Actor plays Character", "Character, played by Actor"
PAREN = 2  # "Character (Actor)"
WEAK = 1  # "Actor (Character)", "Actor's Character": also read as film credits or creators


@dataclass
class CastMention:
    """One sentence (or table row) saying an actor plays a character."""

    actor: str
    character: str
    start: int  # character span of the evidence sentence in doc.text
    end: int
    evidence: str
    returning: bool | None = None  # True: returning cast, False: new cast, None: not said
    strength: int = PLAIN
    recast: bool = False  # the actor takes over a role someone else played
    sole_name: bool = False  # "known only as John": the role has no fuller name to look for
    # Where in doc.text to read the pair's show from: the sentence's start, or the start of
    # the relative clause that holds the pair. In "Before Big Show, she made Small Show, in
    # which Jane Doe played Mary" the show named nearest before the clause is the pair's.
    at: int = -1
    mononym: bool = False  # "Zendaya plays Rue Bennett": a one-word stage name, kept as is
    # Another show the sentence places the role in ("Sal Mancuso from HBO's Back Alley",
    # "Big Show, where she played Mary"): the pair is that show's, not the article's.
    other_show: str | None = None
    # The role as the evidence spells it, when the names step chose another spelling
    # ("Amon Burton" for the known "Amos Burton"): what the evidence is searched for.
    written: str | None = None


@cache
def phrases() -> dict[str, Any]:
    return load_data("cast_phrases.json")


_alt = alternation


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    p = phrases()
    mods = rf"(?:(?:{_alt(p['modifiers'])}){SP})*"
    not_after = rf"(?!(?:{_alt(p['not_after_as'])})\b)"
    # "stars as", "returns to the series as", "landed a recurring role as"
    # "will reprise his Rogue One role as": a work's title may name where the role began
    role = (
        rf"(?:the|a|an|his|her|their)(?:{SP}(?:[\p{{Ll}}\-]+|{WORD}|\d{{4}})){{0,3}}"
        rf"{SP}(?:{_alt(p['role_nouns'])})"
    )
    # "signed on in the final season as", "returns for a record 27th season as"
    when = (
        rf"(?:(?:in|for|during){SP}(?:the|a|its|this|her|his|their){SP}(?:[\p{{Ll}}\d\-]+{SP}){{0,2}}"
        rf"(?:season|seasons|series|episode|episodes|finale|premiere|revival|reboot|run)"
        rf"|(?:last|this|next){SP}(?:season|year)"
        # "joined in Part 2 as", "returns in season three as", "came aboard in year three as"
        rf"|(?:in|for){SP}(?:[Ss]eason|[Ss]eries|[Pp]art|[Vv]olume|[Cc]hapter|[Yy]ear){SP}[\w.]+"
        # "is back once more as", "returns yet again as"
        rf"|(?:yet{SP})?(?:once{SP}(?:more|again)|again))"
    )
    # "is back in the title role as", "returns in a recurring role as"
    # "has been upped to series regular as", "is joining the second season as": a few
    # lower-case words about the show between a joining verb and "as" ("returned home
    # as Mary left" is another "as").
    gap_word = rf"{SP}(?!as\b)[\p{{Ll}}\d\-]+"
    gap = (
        rf"(?:{_alt(p['gap_verbs'])})(?:{gap_word}){{0,4}}"
        # ("heads the Bravo Team as": a unit's name, its noun capitalised too)
        rf"(?:{SP}(?:{_alt(p['gap_nouns'])})\b|{SP}\p{{Lu}}\p{{Ll}}+{SP}(?i:{_alt(p['gap_nouns'])})\b)"
        rf"(?:{gap_word}){{0,4}}"
    )
    # "is unforgettable as", "was especially chilling as": a review's verdict on a role
    praise = rf"(?:(?:{_alt(p['praise_adverbs'])}){SP})?(?:{_alt(p['praise_words'])})"
    # "remains the show's anchor as": a place at the head of the cast, then the role
    position = (
        rf"(?:{_alt(p['position_verbs'])}){SP}(?:{_alt(p['position_owners'])}){SP}"
        rf"(?:[\p{{Ll}}\-]+{SP}){{0,2}}?(?:{_alt(p['position_nouns'])})"
    )
    # "has won two Emmys as", "earned a Golden Globe nomination as": an award for a role
    award = (
        rf"(?:{_alt(p['award_verbs'])})(?:{SP}(?:a|an|two|three|four|five|her|his|their|\d+))?"
        rf"(?:{SP}[\p{{L}}\-]+)?{SP}(?:{_alt(p['award_nouns'])})(?:{SP}nominations?)?"
    )
    # "made a strong impression as": a verdict on a performance, its adjective any word
    impression = rf"(?:made|makes|making){SP}(?:a|an){SP}(?:[\p{{Ll}}\-]+{SP})?impression"
    as_verbs = (
        rf"(?:{award}|{impression}|(?:{_alt(p['as_verbs'])})(?:{SP}(?:{_alt(p['where'])}|{role}|in{SP}{role}|{when}))*"
        # "is back from the films, too, as": a short aside before "as"
        rf"(?:{SPO},{SP}(?:too|also|again|once{SP}more){SPO},)?"
        # ("... also return, as X, Y and Z": a comma before the list of roles)
        rf"(?:{SPO},(?={SP}as{SP}\p{{Lu}}))?"
        rf"|{gap}|{praise}|{position}){SP}as"
        # "joins as a series regular, playing Mary"
        rf"(?:{SP}(?:a|an){SP}(?:[\p{{Ll}}\-]+{SP}){{0,2}}(?:{_alt(p['cast_positions'])})"
        rf"[^,.;\n]{{0,40}},{SP}(?:playing|portraying|voicing))?"
    )
    # "provides the squeals of Murf", "does the voice of": a voice part taken as a role
    voice_part = (
        rf"(?:{_alt(p['voice_part_verbs'])}){SP}(?:all{SP})?the{SP}(?:[\p{{Ll}}\-]+{SP})?"
        rf"(?:{_alt(p['voice_part_nouns'])}){SP}(?:of|for)"
    )
    # "has been cast in the role of", "landed the lead role of": a role taken by name
    # ("returns in the lead role of", "stars in the title role of": a role played by name)
    role_taken = (
        rf"(?:{_alt(p['role_taking_verbs'])}|(?:{_alt(p['as_verbs'])}){SP}in)"
        rf"{SP}(?:the|a){SP}(?:[\p{{Ll}}\-]+{SP}){{0,2}}(?:role|part){SP}of"
    )
    obj_verbs = rf"(?:{_alt(p['object_verbs'])}|{voice_part}|{role_taken})"
    # ("arrived in 1994 to play", "returned in season three to play")
    to_verbs = (
        rf"(?:{_alt(p['to_verbs'])})(?:{SP}(?:{when}|in{SP}(?:19|20)\d\d))?"
        rf"{SP}to{SP}(?:play|portray|voice)"
    )
    credit = r"(?:[^\S\n]*\([^()\n]{1,60}\))?"  # "Jane Doe (Succession) will play ..."
    # "Jane Doe, best known for Succession, will play ...": an aside that names no role
    # of its own ("Jane Doe, who played Mary, returns" is another statement).
    # A longer aside is a description with no clause of its own ("forever the T-1000 of
    # a 1991 film to a generation of moviegoers"), never "a girl who runs ... Lockwood,".
    aside = (
        # (first a plain look for the closing comma: most names have none in reach)
        # (not ", and Jane Roe,": the next name of a list)
        rf"{SPO},(?!{SP}(?:and|&){SP})(?=[^,;()\n]{{2,110}}+,)"
        rf"(?:(?:(?!\b(?:{_alt(p['object_verbs'])}|as|voice)\b)[^,;()\n]){{2,70}}+"
        rf"|(?:(?!\b(?:{_alt(p['object_verbs'])}|as|voice|who|whom|whose|which|that)\b)"
        rf"[^,;()\n]){{71,110}}+)"
        # "A, B and C also return, as X, Y and Z": a list and its verb, not an aside
        rf"{not_after_words(p['returning'])},"
        # "Sharon Gless, still loved by many for playing Christine Cagney on Cagney & Lacey,
        # comes back as ...": an aside about a role elsewhere (read as a credit on its own)
        rf"|{SPO},{SP}(?:who{SP})?[^,;()\n]{{0,60}}?\b(?:known|remembered|loved|beloved|famous|"
        rf"recogni[sz]ed|familiar)\b[^,;()\n]{{0,40}}?\b(?:for{SP}(?:playing|portraying|voicing)"
        # ("Jane Doe, familiar to HBO viewers as Mary in Big Show, leads ...")
        rf"|as(?={SP}\p{{Lu}}))\b[^,;()\n]{{2,80}}?,"
        # ("Jane Doe, fresh from playing Mary on Big Show, co-stars as ...")
        rf"|{SPO},{SP}fresh{SP}(?:from|off){SP}(?:playing|portraying|voicing)\b[^,;()\n]{{2,80}}?,"
    )
    again_role = rf"once{SP}(?:again|more)(?={SP}(?:his|her|their){SP})"
    # "rounds out the list as", "is almost unrecognisable as": any few lower-case words
    # between a name and "as" say the name plays the role, but for the few that make "as"
    # something else ("is known as", "served as", "such as")
    free_word = rf"(?!(?:{_alt(p['free_gap_stops'])})\b)\p{{Ll}}[\p{{Ll}}'’\-]*"
    free_gap = rf"{free_word}(?:{SP}{free_word}){{0,5}}{SP}as"
    # "kept playing", "continues to play", "went on to voice": a few such words before the
    # verb that takes the role, but for those that deny or only hope ("declined to play")
    stop_play = rf"(?!(?:{_alt(p['free_gap_stops'] + p['free_play_stops'])})\b)"
    free_play = (
        rf"{stop_play}\p{{Ll}}[\p{{Ll}}'’\-]*(?:{SP}{stop_play}\p{{Ll}}[\p{{Ll}}'’\-]*){{0,2}}"
        rf"{SP}(?:to{SP}(?:play|portray|voice)|playing|portraying|voicing)"
    )
    # (_anchors tries this only at capitals before an "anchor_verb" match on the same
    # sentence: it opens on the actor's name and holds its verb after it)
    nationality = rf"(?:{_alt(p['description_caps'])}|\p{{Lu}}\p{{Ll}}+(?:ian|ean|ese|ish|an))"
    anchor = (
        # "The show's star, Jane Doe, plays ...": after ", " an appositive may close with one
        rf"(?:(?<=,[^\S\n])(?P<appos>))?"
        rf"(?P<actor>{WHOLE_WORD_NAME})[*_]{{0,2}}{credit}"  # "**Jane Doe** as" in Markdown
        rf"(?:{SPO},{SP}\d{{1,3}}{SPO},)?"  # "Jane Doe, 32, plays"
        # ("Jane Doe, who wrote many episodes and played Mary": a first deed before hers)
        rf"(?:(?P<aside>{aside})|(?P<who>{SPO},{SP}who(?:['’]s)?|{SP}who)"
        # (not "who directed the second film and played Gail": a role in the film)
        rf"(?:(?:{SP}(?!(?:and|{_alt(p['film_nouns'])})\b)\p{{Ll}}[\p{{Ll}}'’\-]*){{1,5}}?{SP}and(?=\s))?"
        rf"|{SPO},(?={SP}the{SP}voice{SP}of)"
        # "Jane Doe, the co-creator who plays Mary": an appositive, then its "who"
        # (a nationality among its words: "Jane Doe, the Brazilian actor who plays Mary")
        rf"|{SPO},{SP}the{SP}(?:(?:[\p{{Ll}}\-]+|{nationality}){SP}){{1,3}}?"
        rf"who(?={SP}(?:{_alt(p['object_verbs'])})\b)"
        rf"|{SPO},(?={SP}(?:playing|portraying|voicing|returning|reprising|cast{SP}as){SP})"
        # "played by Jane Doe, as the stonemason Robert Hale, and ...": an aside's "as"
        rf"|{SPO},(?={SP}as{SP}(?:the{SP}|a{SP}|an{SP}|his{SP}|her{SP})?(?:[\p{{Ll}}\-]+{SP}){{0,3}}\p{{Lu}})"
        # "and Jon Roe, once again her husband Greg Hunt": an appositive with no verb
        rf"|{SPO},(?={SP}{again_role})(?P<again>)"
        rf"|(?(appos)(?P<closed>{SPO},)|(?!)))?"
        # "Jane Doe is the young woman who plays Mary": the copula names a performer
        rf"(?:{SP}(?:is|was|will{SP}be){SP}the{SP}(?:[\p{{Ll}}\-]+{SP}){{0,2}}?"
        rf"(?:{_alt(p['performer_nouns'])}){SP}(?:who|that))?"
        rf"{SP}{mods}"
        # (a free gap not after an aside, an appositive or a "who": "Jane Doe, who arrived
        # as a nurse in 1987," and "her husband, Yan Lee, a young man as ..." tell a story)
        rf"(?P<verb>{as_verbs}|{obj_verbs}|{to_verbs}|as|(?(again){again_role}|(?!))"
        rf"|(?(aside)(?!)|(?(who)(?!)|(?(closed)(?!)|(?P<free>{free_gap}|{free_play})))))"
        rf"(?=\s){SPO}{not_after}"
    )
    particle = rf"(?:{_alt(vocabulary()['particles'])}){SP}\p{{Lu}}"
    # "HBO's Back Alley", "the Disney Channel's Polly Pepper", "Star Raiders: The Lost Fleet"
    show_ref = (
        rf"(?:the{SP})?(?:(?P<net>{NAME})['’]s{SP})?"
        rf"(?P<title>(?:The{SP})?{NAME}(?::{SP}(?:The{SP})?{NAME})?)"
    )
    name_list = rf"{NAME}(?:(?:{SPO},{SP}|(?:{SPO},)?{SP}(?:and|&){SP}){NAME})*"
    return {
        # (_has_cue reads the phrases from the same lists: keep them in step)
        "cue": fast_pattern(
            rf"\b(?:as|{obj_verbs}|{_alt(p['to_verbs'])}|{_alt(p['cue_words'])}|"
            rf"{_alt(p['role_list_cues'])}|played|portrayed|portrayal|interpretation|again|once{SP}more)\b"
            # (any bracket: cast_component counts a sentence with one as cued unsearched)
            r"|[(\[]",
            regex.I,
        ),
        "anchor": fast_pattern(anchor),
        # Every anchor has its verb after a space: a sentence without one has no anchor,
        # and this short pattern rules that out faster than the anchor's own search. Only
        # the verb's last words are looked for: every "as" verb ends on " as", a "to" verb
        # on "to play", and the long "as" verbs were most of this check's time.
        "anchor_verb": fast_pattern(
            rf"[^\S\n](?:as|{obj_verbs})(?=\s)|[^\S\n]to{SP}(?:play|portray|voice)(?=\s)"
            rf"|[^\S\n]once{SP}(?:again|more)"
        ),
        # "the role of", "a recurring role as", "the title character of", "a character named"
        # "a version of himself, Danny Marsh": the role's name follows the self-portrait
        "self_version": fast_pattern(
            rf"^(?:(?:the|a|an){SP})?(?:[\p{{Ll}}\-]+{SP}){{0,2}}(?:version|incarnation){SP}of"
            rf"{SP}(?:himself|herself|themselves|themself){SPO},{SP}"
        ),
        # "the spies known only as", "a drifter called": a description that names the role
        "known_as": fast_pattern(
            rf"^(?:(?:the|a|an|his|her|their|two|three){SP})?(?:[\p{{Ll}}\-]+{SP}){{0,3}}?"
            rf"(?:(?:known|referred{SP}to)(?:{SP}(?P<only>only|simply|just))?{SP}as"
            # "the man everyone knows as Lucas Hood"
            rf"|(?:everyone|everybody|people|the{SP}town|fans|viewers){SP}(?:knows|know|knew){SP}as"
            rf"|called|named|nicknamed|dubbed){SP}(?=\p{{Lu}})"
        ),
        # (with no article first, "of" or "as" after: not "Brian would presumably return")
        "role_noun": fast_pattern(
            rf"^(?:(?P<article>(?:the|a|an|his|her|their){SP}))?"
            rf"(?:(?:[\p{{Ll}}\-]+|{WORD}|\d{{4}}){SP}){{0,3}}"
            rf"(?:{_alt(p['role_nouns'])})(?:{SP}(?:of|as|named|called)|(?(article)|(?!))){SP}"
        ),
        "replace": fast_pattern(
            rf"(?P<new>{WHOLE_WORD_NAME}){SP}(?:{mods})(?:{_alt(p['replace_verbs'])}){SP}$"
        ),
        # "took over the role of Mary Blake, the heiress, from Jane Doe": who had it before
        # "took over the role of Mary this season from Jane Doe": a time phrase may come first
        "takeover_from": fast_pattern(
            rf"(?:{SPO},[^,;()\n]{{1,80}},|(?P<gap>(?:{SP}(?!from\b)[\p{{Ll}}\d]+){{1,3}}))?"
            rf"{SP}from{SP}(?:the{SP}late{SP})?(?P<actor>(?>{NAME}))"
            rf"(?!['’]s\b)"
        ),
        "predecessor": fast_pattern(
            rf"\b(?:{_alt(p['predecessor_phrases'])}){SP}(?:the{SP}late{SP})?(?P<actor>{NAME})"
        ),
        # A role played in another medium: "originated on Broadway by", "in the films".
        "elsewhere": fast_pattern(rf"\b(?:{_alt(p['other_media'])})\b", regex.I),
        "returning": fast_pattern(rf"\b(?:{_alt(p['returning'])})\b", regex.I),
        "leaving": fast_pattern(rf"(?:{_alt(p['leaving'])})\b", regex.I),
        "new": fast_pattern(rf"\b(?:{_alt(p['new'])})\b", regex.I),
        "work_noun": fast_pattern(rf"{SP}(?:{_alt(p['work_nouns'])})\b", regex.I),
        "cue_words": fast_pattern(rf"\b(?:{_alt(p['cue_words'])})\b", regex.I),
        # "Ada Quell (Granny's Boy)", "Mira Sato (Bartleby the Brave)": roles' own shapes.
        "paren": fast_pattern(
            rf"(?P<out>{WHOLE_WORD_NAME})(?:['’]s?)?{SPO}[(\[]{SPO}"
            rf"(?P<in>{WHOLE_WORD_NAME}(?:['’]s{SP}{WHOLE_WORD_NAME}|{SP}the{SP}{WORD})?)"
            rf"{SPO}[)\]]"
        ),
        # "Seth Rogen (Allen's friend Thaedus)": a described role inside the brackets
        "paren_desc": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME}){SPO}[(\[]{SPO}"
            rf"(?P<desc>(?:{WHOLE_WORD_NAME}['’]s{SP})?"
            rf"(?:[\p{{Ll}}\-]+{SP}){{1,2}})(?P<char>{WHOLE_WORD_NAME}){SPO}[)\]]"
        ),
        # "Holland Taylor (Evelyn Harper, Alan's mother)": a role, then who it is in the story
        "paren_role_desc": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME}){SPO}[(\[]{SPO}(?P<char>{WHOLE_WORD_NAME}),{SP}"
            rf"(?P<desc>(?:the|a|an|his|her|their|its|\p{{Lu}}[\p{{L}}-]*['’]s){SP}"
            rf"[^()\[\]\n]{{1,60}}?){SPO}[)\]]"
        ),
        "paren_as": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME}){SPO}[(\[]{SPO}"
            rf"(?:as|playing|plays|who{SP}(?:plays|played|portrays|"
            rf"portrayed|voices|voiced)){SP}(?P<char>{WHOLE_WORD_NAME}){SPO}[)\]]"
        ),
        "paren_any": fast_pattern(r"[(\[]([^()\[\]\n]{1,80})[)\]]"),
        "played_by": fast_pattern(
            rf"(?P<chars>{name_list})(?:['’]s?)?(?:{SPO},{SPO}|{SPO}\({SPO}|{SP}(?=is|was|will|are)"
            # ("Regina Vasquez herself is played by X")
            rf"|{SP}(?:herself|himself|themselves|itself){SP}(?=is|was|will|are))"
            rf"(?:(?:who|whom|as){SP})?(?:(?:is|was|will be|has been|are|were|will now be){SP})?"
            rf"(?:(?:now|also|still|once again|once more|again|originally|previously|first){SP})?"
            # ("is played in flashbacks by", "a role taken by", "played once more by")
            rf"(?:(?:played|portrayed|voiced)(?:{SP}in{SP}flashbacks?|{SP}once{SP}(?:more|again)"
            # ("was voiced for most of the run by X", "is played in the new season by X")
            rf"|{SP}again|{SP}(?:for|in|during|throughout){SP}(?:[\p{{Ll}}\d'’-]+{SP}){{0,4}}?"
            rf"[\p{{Ll}}\d'’-]+(?={SP}by{SP}))?"
            rf"|(?:a|the){SP}(?:role|part){SP}(?:taken|filled|played)){SP}by{SP}"
            # ("is played by newcomer Jane Doe": the actor's line of work first)
            # ("is played by the singer Jane Doe")
            # ("are played by real-life couple A and B")
            rf"(?:(?:the{SP})?(?:[\p{{Ll}}\-]+{SP})?"
            rf"(?:{_alt(p['performer_jobs'])}|couple|pair|duo|twins)(?:{SPO},)?{SP}(?=\p{{Lu}}))?"
            # (not "X, Jamie's real-life sister": a name owning something is no actor)
            rf"(?P<actors>{NAME}(?:(?:{SPO},{SP}|(?:{SPO},)?{SP}(?:and|&){SP}){NAME}(?![\p{{L}}\p{{M}}'’-]))*)"
            rf"(?P<resp>(?:{SPO},)?{SP}respectively)?"
        ),
        # "A, B and C are also back, as X, Y and Z, respectively": actors first
        "as_respectively": fast_pattern(
            rf"(?P<actors>{name_list}){SP}(?:[\p{{Ll}}][\p{{Ll}}'’-]*{SP}){{0,5}}?"
            rf"(?:[\p{{Ll}}][\p{{Ll}}'’-]*{SPO},{SP})?"
            rf"(?:as|playing|play|plays|played|portray|portrays|portrayed){SP}"
            # ("play Jesse and Becky's twin boys, Nicky and Alex, respectively")
            rf"(?:(?:(?:\p{{Lu}}[\w'’-]*{SP}(?:and|&){SP})?\p{{Lu}}[\w'’-]*['’]s{SP}"
            rf"|(?:the|their|his|her|its){SP})(?:[\p{{Ll}}-]+{SP}){{0,3}}[\p{{Ll}}-]+{SPO},{SP})?"
            rf"(?P<chars>{name_list})"
            # (SPO is possessive: ", respectively" and " respectively" spelt out apart)
            rf"(?:{SPO},)?{SP}respectively\b"
        ),
        # "Capheus, a bus driver in Nairobi, was played by A in the first season and by B
        # in the second": the role before its description, one actor or two in turn
        "described_played_by": fast_pattern(
            # (a description naming someone, "run by Tomas Wend, played by X", is his role)
            # ("Jamie Scott, Nathan and Haley's son, is played by X"; "Jonah Ryan, the tall,
            # needy aide ..., is played by X": a comma between describing words)
            # ("Gar Logan, or Beast Boy, is played by X": the name, then its alias)
            # ("Bella Abzug, loud and tactical, is played by X", "Alvo, their host, was
            # played by X": any lower-case word but one that opens a clause)
            rf"(?<![\p{{L}}'’-])(?P<char>{NAME}){SPO},{SP}(?:(?!(?:and|but|while|who|whom|whose|"
            rf"which|that|is|was|are|were|has|have|had|will|would|played|portrayed|voiced)\b)"
            rf"\p{{Ll}}[\p{{Ll}}'’-]*|"
            rf"(?:\p{{Lu}}[\p{{L}}-]*{SP}(?:and|&){SP})?\p{{Lu}}[\p{{L}}-]*['’]s){SP}"
            # ("Raymundo Rocket, the dad who runs the Shore Shack, is voiced by X": a name
            # after "the" is a place's or a thing's)
            rf"(?:(?!(?<!\b(?:the|or|aka){SP})\p{{Lu}}\p{{Ll}}+{SP}\p{{Lu}})(?:[^,;()\n]|,(?={SP}(?!(?:and|or|but|while|who|"
            # ("Gravik, a Skrull rebel leader played by X": no comma before "played")
            rf"which)\b)\p{{Ll}}))){{1,80}}?(?:,|(?={SP}(?:played|portrayed|voiced){SP}by))"
            # ("Carl, the squad's gnome, who is played by X")
            rf"{SP}(?:who{SP}(?=is|was|has|will))?(?:(?:is|was|has{SP}been|will{SP}be){SP})?"
            rf"(?:(?:now|also|still|once{SP}again|again){SP})?"
            rf"(?:played|portrayed|voiced|a{SP}(?:role|part){SP}(?:taken|filled|played)){SP}by{SP}"
            rf"(?P<actor>{NAME})(?:{SP}in{SP}the{SP}[\p{{Ll}}\d-]+{SP}(?:season|series)"
            rf"{SP}and{SP}by{SP}(?P<actor2>{NAME}))?"
        ),
        # "Jane Doe has signed on to the fourth season of the drama, playing Mary Blake":
        # the joining verb, what she joined, then her role after a comma
        "joined_playing": fast_pattern(
            rf"(?<![\p{{L}}'’-])(?P<actor>{WHOLE_WORD_NAME}){SP}(?:(?:has|have|had|will){SP})?"
            rf"(?:(?:also|again){SP})?(?:(?:been{SP})?(?:cast|tapped|added)|signed{SP}on|signs{SP}on|joined|joins|"
            rf"join|boarded|boards|board|come{SP}aboard|comes{SP}aboard|came{SP}aboard"
            # ("Jane Doe also comes back, playing Mary Blake")
            rf"|comes{SP}back|came{SP}back|returns|returned|(?:is|are|was|were){SP}back)\b"
            rf"[^,;:.()\n]{{0,80}}?,{SP}(?:playing|portraying|to{SP}play){SP}"
            rf"(?P<phrase>[^,;:()\n]{{1,80}})"
        ),
        # "The voice of Ringo is Jane Doe", "the new voice behind Mab will be Jane Doe"
        "voice_first": fast_pattern(
            rf"\b[Tt]he{SP}(?:[\p{{Ll}}\-]+{SP})?voice{SP}(?:of|behind){SP}(?P<char>{NAME})"
            rf"(?:{SPO},[^,;()\n]{{1,80}},)?{SP}(?:is|was|will{SP}be|belongs{SP}to|comes{SP}from|"
            rf"is{SP}provided{SP}by){SP}(?:(?:none{SP}other{SP}than|again|still|now){SP})?"
            rf"(?P<actor>{NAME})"
        ),
        # "Mary Blake is still Jane Doe's territory", "Mary Blake is Jane Doe's part"
        "owned_role": fast_pattern(
            rf"(?<![\p{{L}}'’])(?P<char>{NAME}){SP}(?:is|remains){SP}(?:(?:still|now|again){SP})?"
            rf"(?P<actor>{NAME})['’]s{SP}(?:part|role|territory|character)\b"
        ),
        # "Jane Doe's turn as Mary Blake", "Jane Doe's chilling portrayal of Mary Blake"
        # ("Jane Doe gives a tremendous performance as Mary Blake")
        "performance": fast_pattern(
            rf"(?P<actor>{NAME})(?:['’]s?|{SP}(?:gives|gave|delivers|delivered|turns{SP}in|"
            rf"turned{SP}in){SP}(?:a|an|her|his|their))"
            rf"{SP}(?:[\p{{Ll}}\-]+{SP}){{0,2}}"
            # ("Jane Doe's storyline as Mary Blake", "her stint as")
            rf"(?:(?:portrayal|performance|turn|work|role|interpretation|storyline|arc|stint|"
            rf"tenure){SP}as"
            rf"|(?:portrayal|interpretation){SP}of"
            # "Julianne Nicholson's character, Megan Wheeler, became ..."
            rf"|(?:character|role){SPO},){SP}"
        ),
        "lead_name": fast_pattern(
            rf"{SPO}(?P<prefix>(?:the|a|an|his|her|their){SP}(?:[\p{{Ll}}\-]+{SP}){{0,3}})?"
            rf"(?P<name>{NAME})(?!{SPO}['’]s\b)"
        ),
        # "Tom Reyes's Elias – the son of ...", "Jane Doe's fan-favorite lawyer Mary
        # Blake is back"; "Lena Dunham's Girls returns" is a creator and her show, which
        # _possessives tells apart.
        "possessive": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME})['’]s{SP}"
            rf"(?P<desc>(?:\p{{Ll}}[\p{{Ll}}\-]*{SP}){{1,3}})?"
            rf"(?P<char>{NAME})(?={SPO}[,;:–—(]|{SP}-{SP}|{SP}\p{{Ll}})"
        ),
        "possessive_end": fast_pattern(rf"{SPO}[,;:–—(]|{SP}-{SP}"),
        # A role phrase ends where the sentence turns to something else.
        # (not "on-and-off", "in-house": a hyphen joins the word to a modifier)
        "stop": fast_pattern(
            rf"{SP}(?:in|on|at|for|from|who|whom|which|that|with|alongside|opposite|to|but|"
            rf"while|when|after|before|during|since|until|because|where|whose|was|is|are|"
            rf"were|has|had|have|will|would|a\.k\.a\.|aka|also|plus|joins|returns|among|"
            rf"between|than|like|through|throughout|across|into|onto|over|next|this|last|later|again|"
            rf"too|soon|"
            rf"once|now|then|yet|full-time|permanently|exclusively|starting|beginning|"
            rf"opposite|against|and then|but|so)\b(?!-)|{SPO}[(\[–—:]|{SP}-{SP}"
            # "the grown-up Erin the girls meet": a name, then a clause with no "who"
            rf"|(?<=\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*){SP}the{SP}(?=\p{{Ll}}[\p{{Ll}}\-]*{SP}\p{{Ll}})"
            # "The series starring A as Agatha Harkness arrived in September": the
            # sentence's own verb after the role
            rf"|(?<=\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*){SP}(?=(?:arrived|premiered|debuted|launched|"
            rf"became|began|ended|aired|drew|earned|won|made|went|came|proved|remains|"
            rf"remained)\b)"
        ),
        # "Corvin of the Ashen Guard": an affiliation after a name ("Tamsin of
        # Harrowgate" is one name: NAME keeps "of" between capitals; "the Duke of the North"
        # is a title, not a name and an affiliation).
        "affiliation": fast_pattern(
            rf"^(?P<head>{SPO}(?!(?:the|a|an|The|A|An){SP}){NAME}){SP}of{SP}"
            rf"(?:(?:the|a|an|his|her|their|its){SP}|(?P<org>(?=\p{{Lu}})))"
        ),
        "other_work": fast_pattern(
            # ("in King Vidor's 1956 film": its maker's)
            rf"{SP}(?:in|from){SP}(?:the|a|an|his|her|their|(?:\p{{Lu}}[\p{{L}}.-]*{SP}){{0,2}}"
            rf"\p{{Lu}}[\p{{L}}-]*['’]s){SP}(?:(?:original|\d{{4}}|animated|"
            rf"classic|earlier|hit|stage){SP}){{0,2}}(?:film|films|movie|movies|feature|musical|"
            rf"play|game|video{SP}game|novel|books?|comics?|podcast)\b"
            # "Black Canary in last year's Birds of Prey", "in 2019's Joker": a dated work
            rf"|{SP}(?:in|from){SP}(?:(?:last|this|next){SP}year|\d{{4}})['’]s{SP}\p{{Lu}}"
            # "Frodo Baggins from the Lord of the Rings films": a named series of films
            rf"|{SP}(?:in|from){SP}the{SP}(?:\p{{Lu}}[\p{{L}}'’-]*{SP}(?:(?:of|the|and){SP})*)"
            rf"{{1,5}}(?:films|movies|trilogy|franchise|saga)\b"
        ),
        # What every "after_clause" match holds, searched first (most sentences lack it).
        "after_clause_aside": fast_pattern(
            rf",{SP}(?:who|whom|(?:{_alt(p['credit_asides'])})){SP}"
        ),
        "after_clause": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME}){SPO},{SP}"
            rf"(?:who|whom|(?:{_alt(p['credit_asides'])})){SP}"
            rf"[^,;()\n]{{2,120}}?,{SP}{mods}"
            rf"(?P<verb>{as_verbs}|{obj_verbs}|{to_verbs})(?=\s){SPO}{not_after}"
        ),
        "cast_predicate": fast_pattern(
            rf"{SPO}(?:,{SP})?(?:are|is|were|was|will{SP}be|have{SP}been|has{SP}been)"
            rf"(?:{SP}(?:also|all|both|now|still|once{SP}more|again))*{SP}"
            rf"(?:(?:new{SP})?series{SP}regulars?|regulars?|(?:coming{SP})?back|returning|"
            # ("are all expected back", "are due to return")
            rf"(?:expected|due|slated|confirmed){SP}(?:back|to{SP}return)|"
            rf"in{SP}the{SP}fold|"
            rf"on{SP}hand|around|aboard|on{SP}board|sticking{SP}around|staying{SP}on|"
            rf"joining|newcomers?|new{SP}(?:additions?|faces?|cast{SP}members?)|"
            rf"(?:the{SP})?(?:stars|leads)|set{SP}to{SP}return|"
            # "was among the first-year regulars"
            rf"among{SP}the{SP}(?:[\w-]+{SP}){{0,2}}(?:cast|regulars|ensemble|stars|leads)"
            # "A (X) was the standout": said of a performer, not of a role
            rf"|(?:(?:the|a|an){SP})?(?:{_alt(p['performer_praise'])}))\b"
            # "A (X) and B (Y) round out the cast": only performers do that
            rf"|{SPO}(?:,{SP})?(?:(?:also|all|both|will|have|has|had|been){SP})*"
            rf"(?:{_alt(p['performer_verbs'])})\b"
        ),
        # "Priah Ferguson, whose sharp-tongued Erica Sinclair became a fan favorite"
        "whose": fast_pattern(
            rf"(?P<actor>{NAME}){SPO},{SP}whose{SP}(?P<desc>(?:[\p{{Ll}}\-]+{SP}){{0,2}})"
            rf"(?P<char>{NAME})(?={SP}\p{{Ll}}|{SPO}[,;.])"
        ),
        # "Shauna Shipman — Sophie Nélisse (teen), Melanie Lynskey (adult)" on a line of its
        # own; "Mary Blake: Jane Doe" too
        # (tried at line starts only, by _line_matches: it opens with "^" and stays on its line)
        "dash_line": fast_pattern(
            rf"^{SPO}(?:[-*•]|\d{{1,2}}[.)])?{SPO}(?P<left>{WHOLE_WORD_NAME})"
            rf"(?:{SP}[—–-]|{SPO}(?P<colon>:)|{SPO}(?:\.{{2,}}|…)){SP}"
            rf"(?P<right>{WHOLE_WORD_NAME}(?:{SPO}\([\p{{Ll}}\d ,\-]{{1,30}}\))?"
            rf"(?:(?:{SPO},{SP}|(?:{SPO},)?{SP}(?:and|&){SP}){WHOLE_WORD_NAME}"
            rf"(?:{SPO}\([\p{{Ll}}\d ,\-]{{1,30}}\))?)*)"
            # "Jane Doe — Mary Blake, a detective": a description after the role
            rf"(?:{SPO}[,:;]{SP}\p{{Ll}}[^\n]{{0,200}})?{SPO}$",
            regex.M,
        ),
        "dash_right": fast_pattern(rf"{NAME}"),
        # The lead-in of a cast list: "Cast", "Who's who", "Who is coming back:"
        "list_intro": fast_pattern(rf"\b(?:{_alt(p['list_intro_words'])})\b", regex.I),
        "cast_opener": fast_pattern(
            rf"(?:\bcast|\bstars|\bstarring|\bco-stars|\bfeatures|\bfeaturing|\bincludes?|"
            rf"\bincluding|\breturning{SP}are|\bjoining[^:,.]{{0,30}}{SP}are|\bregulars{SP}are"
            # "The children are played by A (X), B (Y) and C (Z)"
            rf"|\b(?:played|portrayed|voiced){SP}by"
            # "Earlier seasons leaned on A (X)": a show leans on its performers
            rf"|\b(?:{_alt(p['performer_leads'])})"
            # "The rest of the ensemble stays intact: A (X), B (Y)": a cast's list
            rf"|\b(?:cast|ensemble|regulars|line-?up)\b[^.;:()\n]{{0,40}}:)"
            rf"{SPO}:?{SPO}$",
            regex.I,
        ),
        # "Bartleby the Brave": an epithet after "the" belongs to the role's name.
        "tail_name": fast_pattern(rf"^(?P<prefix>.*?)(?P<name>{NAME}(?:{SP}the{SP}{WORD})?){SPO}$"),
        "name_only": fast_pattern(rf"^{SPO}(?P<name>{NAME}){SPO}$"),
        "described_name": fast_pattern(
            rf"^{SPO}(?P<prefix>(?:the|a|an){SP}(?:[\p{{Ll}}\-]+{SP}){{1,3}})(?P<name>{NAME}){SPO}$"
        ),
        # "starred in Big Show as Mara": the name is a show; "brought in Jane Doe as Mara":
        # a person.
        "title_slot": fast_pattern(
            # (not a group's members: "is made up of Jane Doe as Mary and ...")
            rf"\b(?:(?<!\b(?:made{SP}up|consists|consisting|composed|comprised){SP})of|"
            rf"(?<!\b(?:{_alt(p['bring_in_verbs'])}){SP})in|on|for|to|from|"
            # "Jane Doe ... has joined Big Show as Ivy": the show is what she joined
            rf"joined|joins|joining|boarded|boards|boarding){SP}(?:the{SP})?$"
        ),
        "subject": fast_pattern(
            rf"^{SPO}(?P<actor>{NAME}){credit}(?:{SPO},[^,]{{1,60}},)?{SP}{mods}"
            rf"(?:{_alt(p['as_verbs'])}|{_alt(p['object_verbs'])}|{_alt(p['to_verbs'])})\b"
        ),
        # "Doe portrays Mara, Hale is General Crane": "is" only inside a cast list.
        "is_pair": fast_pattern(
            # ("- Jane Doe is headmaster Mary Blake" in a list; "... too: Jane Doe is X")
            rf"(?:^(?:[-–•*]{SP})?|[,;:]{SP}|{SP}(?:and|while){SP})(?:{SPO}and{SP})?"
            rf"(?P<actor>{WHOLE_WORD_NAME})"
            # ("Sian Clifford, who played Claire in Fleabag, was Anna": a "who" aside, or
            # "Jo Lee, best known from Big Show, is Ann": one about the actor's fame)
            # (or "Jennifer Grey, still adored for playing Baby in Dirty Dancing, is X")
            rf"(?:{SPO},{SP}(?:who|(?:still{SP}|forever{SP})?(?:best{SP}|well{SP}|widely{SP})?"
            rf"(?:known|remembered|familiar|adored|loved|beloved|famous|celebrated))"
            rf"{SP}[^,;:()]{{1,80}},)?{SP}"
            # ("will again be the formidable Miss Raine", "remains Emily Thorne")
            rf"(?:is|was|will{SP}(?:(?:again|still|now|once{SP}more){SP})?be|remains|remained"
            # ("has been Leah Patterson for twenty years")
            rf"|(?:has|had|have){SP}been)"
            rf"{SP}(?P<desc>(?:{WHOLE_WORD_NAME}['’]s{SP})?"
            # "is Lestat de Lioncourt": a particle inside the name describes nothing
            rf"(?:(?!{particle})[\p{{Ll}}\-]+(?:['’]s)?{SP}|{WORD}{SP}(?=\p{{Ll}})(?!{particle})){{0,5}}"
            # "is his sister, Sarah Hayworth": the role in apposition after its description
            rf"(?:(?!{particle})[\p{{Ll}}\-]+(?P<comma>,){SP})?)"
            rf"(?P<char>{WHOLE_WORD_NAME})(?={SPO}[,;.]|{SP}(?:and|while)\b|{SPO}$"
            # "was the lovable rogue Claude Greengrass until he left": how long (a full name
            # only: not "was Controller of BBC One until 2010")
            rf"|{SP}(?P<span>for|until|since|throughout)\b"
            # "Lennie James was DCI Tony Gates in series one, ..."
            rf"|{SP}in{SP}(?:series|season){SP}[\w-]+{SPO}(?:[,;.]|{SP}and\b)"
            # ("was the nervous teacher Mr. Pool in the first batch of episodes, and ...")
            rf"|{SP}in{SP}(?:(?:the|its|this|that){SP})?(?:[\w-]+{SP}){{0,2}}"
            rf"(?:series|seasons?|batch|run|episodes|years?)(?:{SP}of{SP}episodes)?"
            rf"{SPO}(?:[,;.]|{SP}and\b))"
        ),
        # "Jane Doe, who joined last year, is once again Mary Blake": a role taken up again
        "again_is": fast_pattern(
            rf"(?P<actor>{NAME})(?:{SPO},{SP}(?:who|having)[^,;()\n]{{2,70}},"
            # ("Alaric Saltzman, the headmaster, is once again Matt Davis": read by its words)
            rf"|{SPO},{SP}(?P<desc>(?:the|his|her|their){SP}[^,;()\n]{{2,40}}),"
            # ("and his wife, Vanessa Baxter, is once again ...": an appositive's close)
            rf"|(?P<closing>{SPO},))?{SP}"
            rf"(?:is|was|will{SP}be){SP}(?:once{SP}again|again|once{SP}more){SP}"
            # "is once again her husband Greg Hunt": a relation to another role may come first
            # ("is once more the polished senior partner Howard Hamlin": or a description)
            rf"(?:(?:his|her|their){SP}(?:[\p{{Ll}}\-]+{SP}){{1,2}}"
            rf"|(?:the|a|an){SP}(?:[\p{{Ll}}\-]+{SP}){{1,4}})?"
            rf"(?P<char>{NAME})(?={SPO}[,;.!?]|{SPO}$)"
        ),
        # "Hale was nominated for her role as Mara": the actor is named earlier.
        "their_role": fast_pattern(
            rf"\b(?:(?:for|in|with|from|of|by){SP}(?:his|her|their){SP}"
            rf"(?:[\p{{Ll}}\-]+{SP}){{0,2}}(?:role|part|turn|portrayal){SP}as"
            rf"|(?:for|after|by|while|since){SP}(?:playing|portraying|voicing)){SP}"
        ),
        # "Jane Doe will not return, since her character Mary Blake died": no "as" needed.
        "their_character": fast_pattern(
            rf"\b(?:his|her|their){SP}(?:[\p{{Ll}}\-]+{SP}){{0,2}}(?:character|role)(?:{SPO},)?{SP}"
            rf"(?P<char>{NAME})(?={SPO}[,;.!?)]|{SP}\p{{Ll}}|{SPO}$)"
        ),
        # "She will return as Mary Blake": a pronoun standing for the previous sentence's actor.
        "pronoun_anchor": fast_pattern(
            rf"(?:^|[;:]{SP}|,{SP}(?:and|but){SP}|{SP}(?:and|but){SP}"
            # "..., familiar from Big Show, where he played X": a show named just before
            rf"|,{SP}(?:the{SP}[^,;()\n]{{1,40}}{SP})?(?P<where>where|in{SP}which|on{SP}which){SP}"
            rf"|{SP}(?P<said>{_alt(p['pronoun_leads'])})(?:{SP}that)?{SP}"
            # ("In Big Show, which HBO launches in March, she plays X": _antecedent reads
            # what comes before)
            rf"|,{SP})"
            # ": before Big Show she played X": a time named by another show, or by one
            # of this show's own runs ("and before the last season he played X")
            rf"(?:(?:before|after|since){SP}(?:{NAME}|the{SP}\p{{Ll}}+{SP}"
            rf"(?:{_alt(p['run_nouns'])}))(?:{SPO},)?{SP})?"
            # ("The same actress also plays X": the actor just named, as a pronoun would)
            rf"[*_]{{0,2}}(?:He|She|he|she|[Tt]he{SP}same{SP}(?:actress|actor|performer))"
            rf"{SP}{mods}(?P<verb>{as_verbs}|{obj_verbs}|{to_verbs})(?=\s){SPO}{not_after}"
        ),
        # "A, B and C as X, Y and Z", at the start or after "stars", "includes", "are"
        "coordinated": fast_pattern(
            # ("At the office, A and B play X and Y": a short opening phrase first)
            rf"(?:^|[:;—]|^\p{{Lu}}\p{{Ll}}+(?:{SP}\p{{Ll}}[\p{{Ll}}'’-]*){{1,5}},"
            rf"|\b(?:{_alt(p['list_leads'])})(?=\s)){SPO}[-*•]?{SPO}"
            rf"(?P<names>{NAME}(?:{SPO},{SP}{NAME})*)(?:{SPO},)?{SP}(?:and|&){SP}$"
        ),
        # "..., and A and B, who are set to play X and Y" after an earlier pair;
        # "..., with A and B as her parents, X and Y"
        "coordinated_later": fast_pattern(
            # ("..., while A and B come back as X and Y")
            rf"(?:,{SP}(?:and|while|whereas|but)|(?:,|{SP})(?:with|alongside|plus|along{SP}with)|;){SP}"
            rf"(?P<names>{NAME}(?:{SPO},{SP}{NAME})*)(?:{SPO},)?{SP}(?:and|&){SP}$"
        ),
        # "Jane Doe still voices Ann Lee, Bo Lee and Cy Lee": one actor, several roles
        "role_list": fast_pattern(
            # "A and B played X and Y" pairs in order (_coordinated), it is no one's list
            # (", and A still handles X and Y": a clause of its own)
            rf"(?<!(?:(?<!,[^\S\n]{{1,3}})\band|&|\bwith|\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*)[^\S\n]+)"
            rf"(?P<actor>{WHOLE_WORD_NAME}){SP}{mods}(?P<verb>{_alt(p['list_object_verbs'])}"
            # ("took on the twin roles of Bharat Tyagi and Shatrughan Tyagi")
            rf"|{_ROLES_OF}){SP}"
            rf"(?P<names>(?>{NAME})(?:{SPO},{SP}(?>{NAME}))*(?:{SPO},)?{SP}(?:and|&){SP}(?>{NAME}))"
            # ("... and Bo Lee in the second season")
            rf"(?={SPO}[,;.!?]|{SPO}$|{SP}in{SP}(?:the{SP}\p{{Ll}}+{SP})?(?:season|series)\b)"
        ),
        "list_role_cue": fast_pattern(rf"\b(?:{_alt(p['role_list_cues'])})\b", regex.I),
        # "Jane Doe, whom many still know as the spy Mary Blake from BBC's Big Show, ..."
        "known_from": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME}){SPO},{SP}(?:who|whom){SP}[^,;()\n]{{0,60}}?"
            rf"\b(?:{_alt(p['recognition_verbs'])})(?:{SP}(?:him|her|them))?{SP}as{SP}"
            rf"(?P<role>[^,;()\n]{{1,80}}?){SP}(?:from|on|in){SP}{show_ref}(?={SPO}[,;.)])"
        ),
        # "Jane Doe, who became a household name as the title character of BBC's Mary Blake"
        "title_role": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME}){SPO},{SP}(?:who|whom){SP}[^,;()\n]{{0,60}}?"
            rf"{SP}as{SP}the{SP}"
            rf"title{SP}(?:character|role){SP}(?:of|in|on){SP}{show_ref}(?={SPO}[,;.)])"
        ),
        # "Jane Doe returned to her Big Show role of Mary Blake": the role comes from Big Show
        "role_from_show": fast_pattern(
            rf"(?P<actor>{WHOLE_WORD_NAME}){SP}{mods}(?:{_alt(p['role_carry_verbs'])}){SP}"
            rf"(?:his|her|their){SP}{show_ref}{SP}(?:role|part|character){SP}(?:of|as){SP}"
            rf"(?P<char>{NAME})"
        ),
        "joiner": fast_pattern(
            rf"(?:{SPO}[,;]|{SP}(?:and|&|alongside|with|opposite|plus|as well as|while|"
            rf"along with|together with|joined by))+{SPO}$"
        ),
    }


# Words that cannot describe a role before its name ("as well as X", "as part of X"),
# and capitalised function words that make a title, not a name ("A Light Is Out").
_BAD_PREFIX = frozenset(phrases()["not_before_role"])
_FUNCTION_CAPS = frozenset(phrases()["function_caps"])


def role_name(phrase: str) -> str | None:
    """The character named by the phrase after "as" / "plays", or None.

    "Precinct 9 captain Nora Hale" → "Nora Hale"; "his father, Walt" → "Walt";
    "the vain Englishman Basil Crane" → "Basil Crane";
    "a young nurse who gets a fresh start" → None.
    """
    name = _role_name(phrase)
    return _without_description(name) if name else None


def _without_description(name: str) -> str:
    """The name without capitalised words of origin that only describe the role
    ("Englishman Basil Crane", "Spartan Tor-221"), when what is left is still
    a full name or a designation with digits ("Vex-9")."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[0] in _DESCRIPTION_CAPS:
        rest = tokens[1:]
        if len(shape(" ".join(rest)).words) < 2 and not any(c.isdigit() for c in rest[0]):
            break
        tokens = rest
    return " ".join(tokens)


_DESCRIPTION_CAPS = frozenset(phrases()["description_caps"])
# Patterns asked for every role phrase or sentence, compiled once: the regex module's own
# cache of patterns given as strings costs more than most of these searches.
_CLAUSE_MARK = fast_pattern(r"[,;]")
_AND_NOT_OWNER = fast_pattern(rf"{SP}(?:and|&){SP}(?!{NAME}['’]s\b)")  # "and", not "and Ann's"
_WHO = fast_pattern(r"\bwho\b")
# "he", "she" or "the same actress": a subject standing for an actor named before
_PRONOUN_SUBJECT = fast_pattern(r"\b(?:[Hh]e|[Ss]he|same[^\S\n]+(?:actress|actor|performer))\b")
_CLAUSE_END = fast_pattern(r"[,;.()]")
_SENTENCE_CLAUSE_END = fast_pattern(r"[,;.:!?()]")
_AS_NEXT = fast_pattern(r"\s+as\b")
_CO_STAR_NEXT = fast_pattern(r"\s+co-?stars?\b")
# "Emmy-nominated", "Oscar-winning": a word, not a name (not "Lee Byeong-chan")
_LOWER_AFTER_HYPHEN = fast_pattern(
    r"-(?:nominated|winning|award|born|based|bred|raised|trained|turned|time|year|old|like|"
    r"style|esque|led|made|starring|famous|favou?rite)\b|^\S+-\p{Ll}\S*$"
)


def _role_name(phrase: str) -> str | None:
    pats = _patterns()
    phrase = phrase.strip()
    self_version = pats["self_version"].match(phrase)
    if self_version:
        first = _CLAUSE_MARK.split(phrase[self_version.end() :], maxsplit=1)[0]
        m = pats["name_only"].match(_END_PUNCT.sub("", first).strip(_QUOTES_AND_MARKS))
        return clean_character(m.group("name")) if m else None
    phrase = pats["role_noun"].sub("", phrase, count=1)
    phrase = pats["known_as"].sub("", phrase, count=1)
    titled = _TITLED_PHRASE.match(phrase)
    if titled and _title_like_head(titled.group("head")):
        # "plays the Man in Black": a role named like a title ("the Word in Word")
        return f"{titled.group('head')} in {titled.group('tail')}"
    segments = [s for s in _CLAUSE_MARK.split(phrase)]
    if not segments:
        return None
    if (
        len(segments) > 1
        and _LONE_ADJECTIVE.match(segments[0])
        and _ADJECTIVE_GOES_ON.match(segments[1])
    ):
        # "the giant, polite killer Ed Kemper": a comma between two adjectives
        segments[:2] = [f"{segments[0]}{segments[1]}"]
    name, descriptive = _segment_name(segments[0])
    if name and len(segments) > 1 and _THE_OFFICE.match(segments[0]):
        # "plays the Prime Minister, Dawn Ellison,": the office, then the person holding it
        m = pats["name_only"].match(_END_PUNCT.sub("", segments[1]).strip(_QUOTES_AND_MARKS))
        if m:
            return clean_character(m.group("name"))
    if name:
        return name
    # "plays the man they are chasing, Garcia Flynn": a clause-long description, then the name
    first = segments[0].strip()
    descriptive = (
        descriptive or bool(_CLAUSE_DESCRIPTION.match(first)) or bool(_DEMONSTRATIVE.match(first))
    )
    if descriptive and len(segments) > 1:
        second = _END_PUNCT.sub("", segments[1]).strip(_QUOTES_AND_MARKS)
        m = pats["name_only"].match(second)
        if m:
            return clean_character(m.group("name"))
        # "as her husband, the railroad tycoon George Russell": a second description
        m = pats["described_name"].match(second)
        if m and _prefix_ok(m.group("prefix")):
            return clean_character(m.group("name"))
    return None


_THE_OFFICE = fast_pattern(rf"^{SPO}the{SP}\p{{Lu}}\p{{Ll}}+(?:{SP}\p{{Lu}}\p{{Ll}}+){{0,2}}{SPO}$")
# ("his protective, churchgoing mother, Mary Cooper": a possessive may come first)
_LONE_ADJECTIVE = fast_pattern(rf"^{SPO}(?:the|a|an|his|her|their|its){SP}[\p{{Ll}}\-]+{SPO}$")
_ADJECTIVE_GOES_ON = fast_pattern(
    rf"^{SP}(?!(?:a|an|the|his|her|their|its|who|which|that|whose|and|or|but)\b)"
    # ("the cold, leather-clad villain, Scorpius": the name may follow the next comma)
    rf"[\p{{Ll}}\-]+(?:{SP}[\p{{Ll}}\-]+){{0,2}}(?:{SP}\p{{Lu}}|{SPO}$)"
)


def _segment_name(segment: str) -> tuple[str | None, bool]:
    """(name, is_description): the name ending the segment, else whether it only describes."""
    pats = _patterns()
    stop = pats["stop"].search(segment)
    if stop:
        segment = segment[: stop.start()]
    affiliation = pats["affiliation"].match(segment)
    # ("Arthur Valentine of MI5": a full name, then who the role works for; not "Catherine
    # of Aragon", a name in itself)
    if affiliation and (
        affiliation.group("org") is None or len(shape(affiliation.group("head")).words) >= 2
    ):
        segment = affiliation.group("head")
    # "Nora Hale and her brother": a name, then "and" starting something else.
    m_and = _AND_NOT_OWNER.search(segment)
    if m_and:
        head = segment[: m_and.start()]
        hm = pats["tail_name"].match(head)
        if hm and _prefix_ok(hm.group("prefix")):
            segment = head
    segment = _END_PUNCT.sub("", segment).strip().strip(_QUOTES_AND_MARKS)
    segment = pats["joiner"].sub("", segment)  # "Marty Byrde and [has directed ...]"
    if not segment:
        return None, False
    lead = _NAME_THEN_VERB.match(segment)
    if lead:
        # "Derek Jacobi as Bishop Myriel gives Valjean the candlesticks": the name right
        # after "as", then the sentence's own verb (not the name the verb takes)
        return clean_character(lead.group("name")), False
    m = pats["tail_name"].match(segment)
    if not m:
        return None, _prefix_ok(segment) and len(segment.split()) <= 6
    if not _prefix_ok(m.group("prefix"), story=True):
        # "the captain of the Ashen Guard, Corvin": a description, the name comes next
        return None, bool(_OF_DESCRIPTION.match(segment)) and len(segment.split()) <= 7
    name = m.group("name")
    if any(w in _FUNCTION_CAPS for w in name.split()[1:]):
        return None, False
    prefix = m.group("prefix")
    if len(name) <= 3 and name.isupper() and prefix.strip() and not _POSSESSIVE.search(prefix):
        # "playing a country GP", "the surgeon-turned-village-GP": a job's initials, not a
        # name (but "Kate's brash friend BJ" is one)
        return None, True
    return clean_character(name), False


_POSSESSIVE = fast_pattern(r"['’]s?\b")
_THE_BEFORE = fast_pattern(r"\bthe[^\S\n]+$")
_NAME_THEN_VERB = fast_pattern(
    rf"^(?P<name>{NAME}){SP}(?:is|was|has|had|gives|gave|helps|helped|becomes|became|"
    rf"remains|returns|leads|led|runs|ran|rules|ruled|takes|took|makes|made|tries|tried|"
    rf"finds|found|falls|fell|joins|joined|hunts|chases|guides|raises|raised|"
    # ("A as Maria and B as Kyle supplied much of the comic relief")
    rf"supplied|supplies|provided|provides|brought|brings|added|adds|delivered|delivers|"
    rf"stole|steals|carried|carries|"
    # "A as Trish and B as Fran round out the faces ...": the pair's verb
    rf"round{SP}out|fill{SP}out|"
    # ("A as Chef and B as Gwynne complete the subplot", "B as Brian would return")
    rf"complete|return|remain|make|bring|add|share|form|give|steal|carry|anchor|"
    rf"would|could|should|might|may|must|can|will)\b"
)
# "and A as Peter Doppler continues his search": after a bare "as", any verb in -s before
# its object (not after "moves in as", where "as" may open a clause: "as B checks out")
_NAME_THEN_OBJECT = fast_pattern(
    rf"^{SPO}(?P<name>{NAME}){SP}\p{{Ll}}{{2,}}s{SP}(?:his|her|their|its|the|a|an)\b"
)
# A description of the role in lower-case words only, relative clause and all.
_CLAUSE_DESCRIPTION = fast_pattern(
    rf"^(?:the|a|an|his|her|their){SP}\p{{Ll}}[\p{{Ll}}'’\-]*(?:{SP}\p{{Ll}}[\p{{Ll}}'’\-]*){{1,8}}$"
)

# "stars as that neighbor, Gil Oakes": the role pointed back to, then named
_DEMONSTRATIVE = fast_pattern(
    rf"^(?:that|this|these|those){SP}\p{{Ll}}[\p{{Ll}}\-]*(?:{SP}\p{{Ll}}[\p{{Ll}}\-]*){{0,2}}$"
)

_OF_DESCRIPTION = fast_pattern(
    rf"^(?:the|a|an|his|her|their){SP}(?:[\p{{L}}\-]+{SP}){{1,2}}of{SP}(?:the{SP})?{NAME}$"
)


# Quotes and Markdown emphasis around a role: "as 'Mary'", "as **Mary**".
_QUOTES_AND_MARKS = "\"'“”‘’*_ "

# Sentence punctuation after a role, but not the dot of "Jr." or an initial.
_END_PUNCT = fast_pattern(r"(?<!\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|St|\p{Lu}))[.!?…]+[\"”’']*\s*$")


def _prefix_ok(prefix: str, story: bool = False) -> bool:
    """Whether words before a role's name only describe it. With ``story``, a job after
    "the" or another word is one inside the story ("X is the Broadway director Y" in a cast
    list, "X as widowed morning-show host Y"); a job opening the prefix is the actor's own
    ("as host Y")."""
    # ("plays chief of staff Leo McGarry": an office's own "of" describes the role)
    words = _OFFICE.sub("office", prefix).split()
    if len(words) > 7:
        return False
    # "Deborah's young writer Ava": a job inside the story, not the actor's
    owned = story and bool(words) and words[0].casefold() in ("the", "a", "an")
    for i, w in enumerate(words):
        word = w.casefold().strip(".,")
        if word in _BAD_PREFIX and not ((owned or (story and i > 0)) and word in _STORY_JOBS):
            return False
        owned = owned or word.endswith(("'s", "’s"))
    return True


_OFFICE = fast_pattern(rf"\b(?:{_alt(phrases()['office_phrases'])})\b", regex.IGNORECASE)
_STORY_JOBS = frozenset(
    ("producer", "producers", "director", "writer", "host", "narrator", "guest", "guests")
)


@cache
def _verb_words() -> frozenset[str]:
    p = phrases()
    words = p["modifiers"] + p["as_verbs"] + p["object_verbs"] + p["to_verbs"]
    return frozenset(w for phrase in words for w in phrase.split()) | {"as", "to", "over"}


def _headline(sentence: str) -> bool:
    """A title-case line ("Liam Hemsworth Takes Over as Geralt"): names and verbs look alike."""
    if sentence.rstrip()[-1:] in ".!?":
        return False  # (most sentences: no need to read their words)
    words = [w for w in sentence.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@lru_cache(maxsize=1024)  # asked once for each role statement of a sentence
def _returning(sentence: str) -> bool | None:
    pats = _patterns()
    if pats["leaving"].search(sentence):
        return False  # "will not return as", "exits the series": cast, but not returning
    back, new = pats["returning"].search(sentence), pats["new"].search(sentence)
    if back and not new:
        return True
    if new and not back:
        return False
    return None


@cache
def _replace_ends() -> tuple[str, ...]:
    """The last word of each replacing verb ("takes over from"): the "replace" pattern ends
    on one."""
    return tuple({v.split()[-1] for v in phrases()["replace_verbs"]})


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The shared sentence spans (cuts mended there), each without the blank line after it."""
    text = doc_text(doc)
    out = []
    for start, end in sentence_spans(doc):
        for m in PARAGRAPH_BREAK.finditer(text, start, end):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


# " by Kim Raver" after "X is played by A and Y": the second pair's actor
_GAPPED_BY = fast_pattern(rf"{SP}by{SP}(?P<actor>{NAME})")
# ", played by": a role's actor comes next (the name before it is a role)
_PLAYED_BY_AFTER = fast_pattern(
    rf"{SPO},{SP}(?:(?:who{SP})?is{SP})?(?:played|portrayed|voiced){SP}by\b"
)
# "are played by A and B, and C is his sister": one name too many, then its verb
_NEXT_VERB_AFTER = fast_pattern(rf"{SP}(?:is|was|plays|played|stars|starred|returns|joins)\b")
_NEXT_CLAUSE_AFTER = fast_pattern(
    rf"{SP}(?:stars|plays|portrays|voices|returns|reprises|is|comes{SP}back|continues|"
    rf"gives{SP}voice{SP}to|lends{SP}(?:her|his|their){SP}voice{SP}to)"
    rf"{SP}(?:as{SP})?\p{{Lu}}"
)
# "Alex Borstein is Lois Griffin, Chris Griffin is voiced by ...": a list's first name
# right after a role's verb is that clause's role
_ROLE_VERB_BEFORE = fast_pattern(rf"\b(?:is|as|plays|voices){SP}$")


def _last_list_item(names: str) -> Any:
    """The separator before the last name of "A, B and C" (None for one name)."""
    cuts = list(_NAME_LIST_SPLIT.finditer(names))
    return cuts[-1] if cuts else None


# "took on the twin roles of", "plays the dual roles of", "playing the twins": one actor's
# several named roles
_ROLES_OF = (
    r"(?:takes|took|take|taking|plays|played|play|playing)(?:[^\S\n]+on)?[^\S\n]+the"
    r"[^\S\n]+(?:(?:[\p{Ll}\-]+[^\S\n]+)?roles[^\S\n]+of|twins)"
)
# "A, B and C": the names of a list (compiled once, not per sentence)
# (", and " whole: the serial comma's "and" is no part of the next name)
_NAME_LIST_SPLIT = fast_pattern(rf"(?:(?:{SPO},)?{SP}(?:and|&){SP}|{SPO},{SP})")


class _Context:
    """What one document tells us about its people, for deciding who is the actor."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._person_spans: list[tuple[int, int]] | None = None
        self._person_names: set[str] | None = None
        self._entities: list[tuple[int, int, str]] | None = None
        self._titles: set[str] | None = None
        self._full_names: tuple[str, ...] | None = None
        self.actors: set[str] = set()  # actors of plain statements, as written
        self.actor_surnames: set[str] = set()
        self._alone: Counter[str] | None = None
        self._shared_firsts: set[str] = set()  # first names of several people (lean)
        self._shared_lasts: set[str] = set()
        self._lists: list[list[str]] | None = None

    @property
    def person_spans(self) -> list[tuple[int, int]]:
        if self._person_spans is None:
            self._person_spans = [(s, e) for s, e, label in entities(self.doc) if label == "PERSON"]
        return self._person_spans

    @property
    def person_names(self) -> set[str]:
        """The texts the model tags as people's names (without a possessive)."""
        if self._person_names is None:
            self._person_names = {
                clean_actor(self.text[s:e]) or self.text[s:e] for s, e in self.person_spans
            }
        return self._person_names

    @property
    def titles(self) -> set[str]:
        """The article's show titles, case-folded, without a leading "The"."""
        if self._titles is None:
            shows = getattr(results(self.doc).get("titles"), "shows", None) or []
            self._titles = {_bare(t) for t in shows}
        return self._titles

    def show_title(self, written: str | None) -> str | None:
        """The article's own spelling of a show title written in a sentence, or None."""
        if not written:
            return None
        bare = _bare(written.strip())
        shows = getattr(results(self.doc).get("titles"), "shows", None) or []
        return next((t for t in shows if _bare(t) == bare), None)

    def topic_at(self, offset: int) -> str | None:
        """The show the passage at ``offset`` is about, by the titles component's reading
        (a sentence naming another show in passing keeps its section's topic)."""
        sent = getattr(results(self.doc).get("titles"), "sentence_at", None)
        info = sent(offset) if sent else None
        return getattr(info, "topic", None)

    def entity_label(self, start: int, end: int) -> str | None:
        """The label of the model's entity overlapping the character span, if any."""
        if self._entities is None:
            self._entities = entities(self.doc)
        for s, e, label in self._entities:
            if s < end and start < e:
                return label
        return None

    @property
    def full_names(self) -> tuple[str, ...]:
        if self._full_names is None:
            self._full_names = full_names_in(self.text)
        return self._full_names

    def add_actor(self, actor: str) -> None:
        self.actors.add(actor)
        self.actor_surnames.add(shape(actor).last)

    def known_actor(self, name: str) -> bool:
        return name in self.actors or shape(name).last in self.actor_surnames

    def listed_with_actor(self, name: str) -> bool:
        """Whether ``name`` is listed with a known actor ("Nicole Kidman, Laura Dern and
        Alexander Skarsgard each took home awards"): the people of one list are alike."""
        if self._lists is None:
            self._lists = [
                [n.strip() for n in _LIST_SPLIT.split(m.group())] for m in _people_lists(self.text)
            ]
        return any(
            name in names and any(self.known_actor(n) for n in names if n != name)
            for names in self._lists
        )

    def personish(self, name: str | None) -> bool:
        """A full name that reads as a person's: no article, rank or function word."""
        if not name or name.split()[0] in _NOT_NAME_OPENERS or _POSSESSIVE.search(name):
            return False  # "Granny's Boy" is a role's name, not a person's
        cleaned = clean_actor(name)
        if not cleaned or not is_full_name(cleaned):
            return False
        words = cleaned.split()
        if leading_rank(words):
            return False
        return not any(w in _FUNCTION_CAPS for w in words)

    def lean(self, outer: str, inner: str) -> int:
        """> 0 if the article's other mentions read "outer (inner)" as actor (character).

        Articles call actors by surname ("Coughlan now leads ...") and characters
        by first name ("Erin's mother"): each name used alone elsewhere votes.
        """
        if self._alone is None:
            self._alone = _names_used_alone(self.text)
            # A show named after its lead ("Anthony Lockwood" in "Lockwood & Co."): the
            # title's words stand alone as the show's name, not as a surname.
            titles = results(self.doc).get("titles")
            for show in getattr(titles, "shows", None) or []:
                for word in show.split():
                    self._alone.pop(word, None)
            # (a first name or surname several people share, "Tony" of Tony Sirico and
            # Tony Soprano, says nothing of whom it stands for)
            firsts = Counter(shape(f).first for f in self.full_names)
            lasts = Counter(shape(f).last for f in self.full_names)
            self._shared_firsts = {w for w, n in firsts.items() if n > 1}
            self._shared_lasts = {w for w, n in lasts.items() if n > 1}

        def actorness(name: str) -> int:
            words = shape(clean_actor(name) or name).words
            if len(words) < 2:
                return 0
            last = 0 if words[-1] in self._shared_lasts else self._alone[words[-1]]
            first = 0 if words[0] in self._shared_firsts else self._alone[words[0]]
            return last - first

        return actorness(outer) - actorness(inner)

    def stage_name(
        self, actor: str, sentence: str, anchor: regex.Match[str], character: str
    ) -> bool:
        """A one-word stage name ("Zendaya plays Rue Bennett"): the clause opens with it,
        its verb is a plain casting verb, the role has a full name, and the article uses
        the word in no one's full name (where it would be a first name or a surname)."""
        if len(actor.split()) != 1 or not _CLAUSE_OPENING.search(sentence, 0, anchor.start()):
            return False
        verb = anchor.group("verb").split()
        if not verb or verb[0].casefold() not in _STAGE_NAME_VERBS:
            return False
        if actor.casefold() in _NOT_STAGE_NAMES or _bare(actor) in self.titles:
            return False
        if not self.personish(character) or len(shape(character).words) < 2:
            return False
        # "Brenan" beside "Talia Brennan": a misspelt surname, not a stage name
        return not any(
            actor == w or same_spelling_family(actor, w, min_length=4)
            for f in self.full_names
            for w in shape(f).words
        )

    def resolvable(self, actor: str) -> bool:
        """A full name, or a surname the article gives in full exactly once (perhaps
        spelt a letter or two differently: "Brenan" for "Talia Brennan")."""
        if is_full_name(actor):
            return True
        last = shape(actor).last
        return (
            resolve_short(last, self.full_names) is not None
            or resolve_misspelt(last, self.full_names) is not None
        )


# Articles and possessives open no one's name ("the film My Boss's Daughter")
_NOT_NAME_OPENERS = frozenset(("The", "A", "An", "My", "Your", "His", "Her", "Our", "Their", "Its"))
# Where a clause opens: the sentence's start (after Markdown marks), "; ", ", and ", " while ".
_CLAUSE_OPENING = fast_pattern(rf"(?:^[\s*_\-•]*|;{SP}|,{SP}and{SP}|{SP}while{SP})$")
_STAGE_NAME_VERBS = frozenset(phrases()["stage_name_verbs"])
_NOT_STAGE_NAMES = frozenset(w.casefold() for w in phrases()["not_stage_names"])


def _bare(title: str) -> str:
    """A title's comparison form: "The Night Agent" and "Night Agent" are one show."""
    folded = title.casefold()
    return folded[4:] if folded.startswith("the ") else folded


_NAME_WORD = fast_pattern(rf"{WORD}")
_POSSESSIVE = fast_pattern(r"['’]s\b")


def _names_used_alone(text: str) -> Counter[str]:
    """How often each capitalised word stands alone, not next to another one ("Erin's mother")."""
    words = [(m.start(), m.end(), m.group()) for m in _NAME_WORD.finditer(text)]
    alone: Counter[str] = Counter()
    for i, (start, end, word) in enumerate(words):
        # ("Cage & Fish", a firm's name: its words are no one's name used alone)
        glued_before = i > 0 and not text[words[i - 1][1] : start].strip(" &")
        glued_after = i + 1 < len(words) and not text[end : words[i + 1][0]].strip(" &")
        if not glued_before and not glued_after:
            alone[word] += 1
    return alone


def _mention(
    actor: str, character: str, span: tuple[int, int], text: str, strength: int, **kw: Any
) -> CastMention:
    evidence = " ".join(text[span[0] : span[1]].split())
    return CastMention(actor, character, span[0], span[1], evidence, strength=strength, **kw)


_CAPITAL = fast_pattern(r"\p{Lu}")


def _anchors(sentence: str, verb: int) -> list[regex.Match[str]]:
    """``_patterns()["anchor"].finditer(sentence)``, tried only where an anchor can start:
    at a capital (its actor's name opens it) with an "anchor_verb" match after it (its verb,
    the first of which starts at ``verb``). A cast list's character names come after
    the last verb and are never tried."""
    pats = _patterns()
    last = verb
    while (nxt := pats["anchor_verb"].search(sentence, last + 1)) is not None:
        last = nxt.start()
    out = []
    done = 0
    match = pats["anchor"].match
    for c in _CAPITAL.finditer(sentence, 0, last + 1):
        at = c.start()
        if at < done:
            continue
        m = match(sentence, at)
        if (
            m
            and m.group("free") is not None
            and (_NOT_A_SUBJECT.search(sentence, 0, at) or _NAME_GOES_ON.search(sentence, 0, at))
        ):
            # "Jane Doe and Ann Lee together as ...", "reprise his Big Show role as",
            # "Jane Doe's Fox sitcom cast him as", "his Rogue One role as": the name is
            # not the one who plays
            continue
        if m and (m.group("who") or m.group("aside")) and _ROLE_BEFORE.search(sentence, 0, at):
            # "Jane Doe plays Mary Hale, who first appeared as ...": Mary Hale is the role
            done = m.end("actor")
            continue
        if m:
            out.append(m)
            done = m.end()
    return out


# "plays " or "as " before a name: the name is a role
_ROLE_BEFORE = fast_pattern(
    r"(?:\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced)"
    # (not "such as" or "as well as" before a person: a list of people)
    r"|(?<!\b(?:such|well)[^\S\n]+)\bas)[^\S\n]+$"
)


_PASSIVE_ROLE = fast_pattern(r"\s*(?:(?:played|portrayed|voiced)\s+)?by\b")
# "is expected to play a bigger part": a part in the story, said of anyone
_PART_IDIOM = fast_pattern(
    r"\s*(?:a|an|the|no)\s+(?:(?:bigger|larger|major|key|central|smaller|minor|big|large|"
    r"crucial|important|pivotal|greater|more\s+prominent)\s+)?(?:part|role)\b(?!\s+of\b)"
)


# What before a name says it is not the subject of a free gap's "as"
_NOT_A_SUBJECT = fast_pattern(
    r"(?:\b(?:his|her|their|its|the|a|an|my|our|your)|[\p{L}.](?:[^\S\n]+and|[^\S\n]*&)|['’]s?)"
    r"[^\S\n]*$",
    regex.I,
)


# a capitalised word before a name, not the sentence's first: the name's own start
_NAME_GOES_ON = fast_pattern(r"\S[^\S\n]+\p{Lu}[\p{L}'’.\-]*[^\S\n]+$")


def _plain_statements(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    pats = _patterns()
    verb = pats["anchor_verb"].search(sentence)
    anchors = _anchors(sentence, verb.start()) if verb else []
    out = []
    for i, a in enumerate(anchors):
        end = anchors[i + 1].start() if i + 1 < len(anchors) else len(sentence)
        # A role phrase never runs past a line break (bulleted cast lists).
        phrase = sentence[a.end() : end].split("\n", 1)[0]
        if not phrase.strip() and i + 1 < len(anchors) and anchors[i + 1].group("verb") == "as":
            # "plays Prince William as a student": the role is the next "Name as"'s name
            phrase = sentence[a.end() : anchors[i + 1].end("actor")]
        phrase = pats["joiner"].sub("", phrase)
        actor = clean_actor(a.group("actor"))
        if not actor or (_headline(sentence) and _verb_words() & set(actor.casefold().split())):
            continue  # "Liam Hemsworth Takes Over as Geralt": title case glues verbs to names
        if _THE_BEFORE.search(sentence, max(0, a.start() - 5), a.start()):
            continue  # "rolling at the Racecourse Ground as Wrexham AFC chases ...": a place
        if (
            is_full_name(actor)
            and not _PASSIVE_ROLE.match(phrase)
            and not _PART_IDIOM.match(phrase)
        ):
            # "stars Jane Doe as a young nurse": an actor, if no role (not "Jane Bennet,
            # the eldest, is played by ...": a role)
            ctx.add_actor(actor)
        bracket = pats["paren_any"].search(sentence, a.end("actor"), a.start("verb"))
        if (
            bracket
            and ctx.personish(bracket.group(1).strip())
            and sum(ctx.personish(b[1].strip()) for b in pats["paren_any"].finditer(sentence)) > 1
        ):
            # "A (Zack Taylor) and B (Trini Kwan) round out the roster as the Black and
            # Yellow Rangers": the brackets pair the names (read by _parentheses)
            continue
        returning = _returning(sentence)
        before = sentence[anchors[i - 1].end() if i else 0 : a.start()]
        # (both list patterns end on "and" or "&", the replacing one on its verb's last word)
        ends = before.rstrip()
        coordinated = (
            (i == 0 and pats["coordinated"].search(before))
            or pats["coordinated_later"].search(before)
            if ends.endswith(("and", "&"))
            else None
        )
        if coordinated:
            # "A and B co-star as X and Y": pair them in order, or not at all.
            pairs = _coordinated(
                coordinated.group("names"), actor, phrase, span, text, ctx, returning, a.group()
            )
            out += pairs
            if pairs or i == 0:
                continue
        who = _WHO.search(sentence[a.end("actor") : a.start("verb")])
        joined = None  # the show named as what the actor joined, if the article knows it
        if (
            (
                pats["title_slot"].search(before)
                # ("appears in Star Wars: The Force Awakens as Kylo Ren": a franchise's film,
                # not "arrive in Cornwall: Harry Richards has been cast as Drake Carne")
                or (
                    _FRANCHISE_SLOT.search(before)
                    and a.group("verb") == "as"
                    and a.group("actor")
                    and not sentence[a.end("actor") : a.start("verb")].strip()
                )
            )
            and not who
        ):
            joined = ctx.show_title(a.group("actor"))
            # "joined the cast of Big Show as Mary": the name before "as" is the show;
            # the actor is the sentence's subject, if it has one. ("taking over from Jane
            # Doe, who played Mary": a person, whom "who" shows.)
            subject = pats["subject"].match(sentence)
            actor = clean_actor(subject.group("actor")) if subject else None
            if not actor or not is_full_name(actor):
                continue
            if not joined and _RUN_ON_BEFORE.search(before):
                # "had a long run on Scrubs as Jordan Sullivan": a run on a show the article
                # does not cover is a past role, not this show's
                continue
        recast = False
        predecessors = []
        replaced = pats["replace"].search(before) if ends.endswith(_replace_ends()) else None
        if replaced:
            new_actor = clean_actor(replaced.group("new"))
            if not new_actor:
                continue
            # "Nora Hale replaces Jane Doe as Tess": both have played Tess.
            predecessors.append(actor)
            actor, recast, returning = new_actor, True, False
        both = _BOTH_ROLES.match(phrase)
        character = clean_character(both.group("a")) if both else role_name(phrase)
        if not character and a.group("verb") == "as" and (lead := _NAME_THEN_OBJECT.match(phrase)):
            character = clean_character(lead.group("name"))
        if not character and out and _PRONOUN_ROLE.match(phrase) and a.group("verb") in _PLAYED:
            # "after Jane Doe, who played the Queen, and Ann Lee, who played her in season
            # three": the pronoun is the role this sentence has just named
            character = out[-1].character
        if not character or character == actor:
            continue
        mononym = not ctx.resolvable(actor)
        if mononym and not ctx.stage_name(actor, sentence, a, character):
            continue
        if _other_work(phrase, character):
            continue  # "who played Uncle Fester in the 1991 film": a role elsewhere
        if (titled := _TITLE_ROLE_OF.match(phrase)) and not _shares_a_word(
            titled.group("name"), ctx.topic_at(span[0])
        ):
            # "became a star as the title character of Felicity" in an article on The
            # Americans: a title role's name is in its show's title, so this is another's
            continue
        if _loose_verb(a.group("verb")) and not _loose_object_ok(
            sentence, a, phrase, character, span, ctx
        ):
            continue  # "Jane Doe takes on Wall Street": not a role
        other = _show_after(phrase, character, ctx)
        if (
            not other
            and _RECOGNISED_BEFORE.search(sentence, 0, a.start())
            and (
                _name_after(phrase, character) is not None
                # ("remember Arquette as Allison DuBois, the psychic at the centre of
                # Medium": the work is named in the role's description)
                or _work_in_description(phrase, character)
            )
        ):
            # "viewers will forever know Jo Lee as Ann Hale in One Foot in the Grave": a role
            # in some other work, whose title the article does not give as a show
            continue
        where = _WHERE_BEFORE.search(sentence, 0, a.start()) if "where" in before else None
        if where and not other:
            other = _show_before(sentence[: where.start()], "", ctx)
            if not other and _made_before(sentence[: where.start()]):
                # "Kohan previously created Weeds, where Jo Lee played ...": her work;
                # "spent years on Coronation Street, where ...": their earlier show
                continue
        ctx.add_actor(actor)
        out.append(
            _mention(
                actor,
                character,
                span,
                text,
                PLAIN,
                returning=returning,
                recast=recast,
                sole_name=_sole_name(phrase),
                mononym=mononym,
                other_show=other or joined,
            )
        )
        if both and (second := clean_character(both.group("b"))) and second != actor:
            # "voices both BMO and Lady Rainicorn": two roles
            out.append(_mention(actor, second, span, text, PLAIN, returning=returning))
        if out[-1].other_show and _ORIGIN.search(a.group()):
            # "first appeared as Mary in Big Show's second season": where the role began;
            # the article's show, which she carried it into, has it too
            here = ctx.topic_at(span[0])
            here = here if here != out[-1].other_show else None
            out.append(
                _mention(actor, character, span, text, PLAIN, returning=returning, other_show=here)
            )
        if a.group("verb") in _PLAYED:
            out += _gapped_pairs(phrase, character, span, text, ctx, returning)
        # "X will play Z, stepping into the role originated by the late Y"
        predecessors += _predecessors(phrase)
        # The earlier actor may open the next statement ("from Jane Doe, who played her").
        rest = sentence[a.end() :].split("\n", 1)[0]
        earlier_actor = _taken_over_from(a.group("verb"), rest, character)
        if earlier_actor and earlier_actor != actor and is_full_name(earlier_actor):
            predecessors.append(earlier_actor)
            out[-1].recast, out[-1].returning = True, False
        for earlier in predecessors:
            if earlier != actor and is_full_name(earlier):
                ctx.add_actor(earlier)
                out.append(_mention(earlier, character, span, text, PLAIN, returning=False))
    if any(w in sentence for w in (" who", " known ", " seen ", " off ", " remembered ")):
        out += _after_clause(sentence, span, text, ctx, {a.start("verb") for a in anchors})
    if out:
        out += _is_pairs(sentence, span, text, ctx, {m.actor for m in out})
    return out


# "Steve Pemberton adapted the books and also appears as Georgie Pillson": the sentence's
# subject does something else first, then plays the role
_AND_ALSO_PLAYS = fast_pattern(
    rf"(?P<actor>{WHOLE_WORD_NAME})(?:,[^,.;:\n]{{1,100}},)?{SP}"
    r"(?!(?:and|or|with|of|in|on|at|for|from|to|as|who|whose|whom|which|that|the|a|an)\b)"
    rf"(?-i:\p{{Ll}}[\p{{Ll}}-]+){SP}[^.;:\n]{{1,80}}?{SP}and{SP}(?:also{SP}|then{SP})?"
    r"(?P<verb>plays|played|portrays|portrayed|voices|voiced|(?:co-)?stars?\s+as|"
    r"(?:co-)?starred\s+as|appears\s+as|appeared\s+as)\s+"
)


def _and_also_plays(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    m = _AND_ALSO_PLAYS.match(sentence)
    if not m or " who" in sentence[: m.start("verb")]:
        return []
    actor = clean_actor(m.group("actor"))
    phrase = sentence[m.end() :]
    character = role_name(phrase)
    if not actor or not is_full_name(actor) or not character or character == actor:
        return []
    if _other_work(phrase, character):
        return []
    ctx.add_actor(actor)
    return [
        _mention(
            actor,
            character,
            span,
            text,
            PLAIN,
            returning=_returning(sentence),
            sole_name=_sole_name(phrase),
            other_show=_show_after(phrase, character, ctx),
        )
    ]


# ("escorting a woman who ...": a "who" on a verb's object, not on the role)
_WHO_INSIDE = fast_pattern(
    r"\b\p{Ll}+(?:ing|ed|s)\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+\s+who\s"
)
# ", played by" with no "is" before it: a phrase on the nearest noun, not the sentence's verb
_BARE_PARTICIPLE = fast_pattern(r",\s+(?:played|portrayed|voiced)\s+by\s+$")


# "voices both BMO and Lady Rainicorn": one actor, two roles, and nothing more (but a
# description or the season: "plays both A and B, switching ...", "played both A and B in
# the third")
_BOTH_ROLES = fast_pattern(
    rf"{SPO}both{SP}(?P<a>{WHOLE_WORD_NAME}){SP}and{SP}(?P<b>{WHOLE_WORD_NAME})"
    rf"{SPO}(?:[.;,]|$|(?<=\s)(?=(?:in|on|across|throughout|during)\b))"
)


# ", and Ethan Hale his brother Randy Hale": the next actor and role, the verb left out
_GAPPED_PAIR = fast_pattern(
    rf",{SP}(?:and{SP})?(?P<actor>{WHOLE_WORD_NAME}){SP}"
    rf"(?:(?:the|a|an|his|her|their){SP}(?:[\p{{Ll}}'’\-]+{SP}){{0,3}})?"
    rf"(?P<char>{WHOLE_WORD_NAME})(?={SPO}(?:[,.;]|$)|{SP}(?:and|with)\b)"
)


def _gapped_pairs(
    phrase: str,
    character: str,
    span: tuple[int, int],
    text: str,
    ctx: _Context,
    returning: bool | None,
) -> list[CastMention]:
    """ "A played the head writer, X, and B the producer Y": each later actor plays the
    role written after their name, with the verb left out (gapping)."""
    at = phrase.find(character)
    if at < 0:
        return []
    out = []
    pos = at + len(character)
    while m := _GAPPED_PAIR.match(phrase, pos):
        actor, role = clean_actor(m.group("actor")), clean_character(m.group("char"))
        if not (actor and role and is_full_name(actor) and ctx.personish(role)):
            break
        if ctx.known_actor(role) or actor == role:
            break
        ctx.add_actor(actor)
        out.append(_mention(actor, role, span, text, PLAIN, returning=returning))
        pos = m.end("char")
    return out


def _role_lists(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """ "Jane Doe still voices Ann Lee, Bo Lee and Cy Lee": each listed role is the actor's.

    Every item must be a full name that is no known actor's and no show's; "does"
    ("still does Ann Lee and Bo Lee") also needs a word about parts in the sentence.
    """
    pats = _patterns()
    out = []
    splitter = _NAME_LIST_SPLIT
    for m in pats["role_list"].finditer(sentence):
        actor = clean_actor(m.group("actor"))
        if (
            not actor
            or not ctx.resolvable(actor)
            or not ctx.personish(resolve_short(actor, ctx.full_names) or actor)
        ):
            continue
        verb = m.group("verb").casefold()
        if verb in _LOOSE_LIST_VERBS and not pats["list_role_cue"].search(sentence):
            continue  # "Jane Doe does Ann Lee and Bo Lee a favor": not parts
        names = [clean_character(n) for n in splitter.split(m.group("names"))]
        # (one voice actor doing several one-word parts is common: "voices Hunter, Wrecker
        # and Crosshair"; on screen, one-word lists are more often places or teams)
        least = 1 if verb.startswith("voice") else 2
        if not all(n and len(shape(n).words) >= least for n in names):
            continue
        if (len(names) == 2 and ", and " in m.group("names")) or _PLAYED_BY_AFTER.match(
            sentence, m.end("names")
        ):
            # "plays Mack Gerhardt, and Charles Grey, played by X, completes ...": a new
            # clause after the comma, with its own actor
            continue
        if any(ctx.known_actor(n) or _bare(n) in ctx.titles for n in names if n):
            continue
        if not is_full_name(actor):
            actor = resolve_short(actor, ctx.full_names) or actor
        ctx.add_actor(actor)
        returning = _returning(sentence)
        out += [_mention(actor, n, span, text, PLAIN, returning=returning) for n in names if n]
    return out


_LOOSE_LIST_VERBS = frozenset(("does", "do", "did", "doing"))
# A cheap look for a list verb before a name, before the full pattern runs.
_LIST_VERB = fast_pattern(rf"\b(?:{_alt(phrases()['list_object_verbs'])}|{_ROLES_OF})\s+\p{{Lu}}")


# "played her in seasons three and four", "played him." (not "played her sister")
_PRONOUN_ROLE = fast_pattern(
    rf"^{SPO}(?:her|him)(?:{SPO}(?:$|[,;.])|{SP}(?:in|for|on|during|from|until|through|before|after)\b)"
)
_PLAYED = frozenset(("played", "plays", "play", "playing", "portrayed", "portrays", "voiced"))


def _roles_elsewhere(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """Roles the sentence places in another show, marked with that show (``other_show``):
    "Jane Doe, whom many know as the spy Mary Blake from BBC's Big Show, ...", "Jane Doe,
    who became famous as the title character of Big Show, ...", and "Jane Doe returned to
    her Big Show role of Mary Blake" (also the article's show's: she plays Mary there).

    The show must be one the article treats as a show, or carry a network's possessive.
    """
    pats = _patterns()
    out = []
    found = []
    # (each pattern needs words the sentence may lack: a substring test is cheaper than a
    # search, and the patterns are case sensitive)
    aside = "," in sentence and "who" in sentence  # "Jane Doe, who ..."
    for m in pats["known_from"].finditer(sentence) if aside else ():
        found.append((m, role_name(m.group("role")), False))
    for m in pats["title_role"].finditer(sentence) if aside and "title" in sentence else ():
        found.append((m, clean_character(m.group("title")), False))
    carried = "role" in sentence or "part" in sentence or "character" in sentence
    for m in pats["role_from_show"].finditer(sentence) if carried else ():
        found.append((m, clean_character(m.group("char")), True))
    for m, character, here_too in found:
        actor = clean_actor(m.group("actor"))
        if not (actor and character and ctx.resolvable(actor)) or character == actor:
            continue
        show = ctx.show_title(m.group("title"))
        net = m.group("net")
        if not show and net and canonical_network(net):
            show = m.group("title")
        if not show:
            continue
        if not is_full_name(actor):
            actor = resolve_short(actor, ctx.full_names) or actor
        ctx.add_actor(actor)
        out.append(_mention(actor, character, span, text, PLAIN, other_show=show))
        if here_too:
            here = ctx.topic_at(span[0])
            here = here if here != show else None
            out.append(
                _mention(actor, character, span, text, PLAIN, returning=True, other_show=here)
            )
    return out


_RELATIVE_WORD = fast_pattern(r"\b(?:who|whom|which|that)\b")


def _predecessors(phrase: str) -> list[str]:
    """Actors who played the role before, named after it: "..., stepping into the role
    originated by the late Jane Doe"; not one who played it in a film ("the role Jane Doe
    made famous in the films")."""
    pats = _patterns()
    out = []
    for m in pats["predecessor"].finditer(phrase):
        if _RELATIVE_WORD.search(phrase, 0, m.start()):
            # "Captain Carter, the Peggy Carter who took the serum in place of Steve
            # Rogers": the story's, told about the character
            continue
        actor = clean_actor(m.group("actor"))
        clause = _CLAUSE_END.split(phrase[m.end() :], maxsplit=1)[0]
        if _AS_NEXT.match(clause):
            continue  # "replacing Jane Doe as showrunner": another job
        if actor and not pats["elsewhere"].search(clause):
            out.append(actor)
    return out


def _taken_over_from(verb: str, phrase: str, character: str) -> str | None:
    """ "took over the role of Z, ..., from Y": Y, who played Z before; not another work
    ("from the 1991 film") or a time ("from January")."""
    if not _TAKEOVER.search(verb):
        return None
    at = phrase.find(character)
    if at < 0:
        return None
    m = _patterns()["takeover_from"].match(phrase, at + len(character))
    if not m:
        return None
    actor = clean_actor(m.group("actor"))
    clause = _CLAUSE_END.split(phrase[m.end() :], maxsplit=1)[0]
    if not actor or _patterns()["elsewhere"].search(clause):
        return None
    if m.group("gap") and _patterns()["elsewhere"].search(m.group("gap")):
        return None  # "took over the role of Mary on stage from Jane Doe": another medium
    return actor


_PERFORMANCE_WORDS = (
    "portrayal",
    "performance",
    "turn as",
    "work as",
    "role as",
    "interpretation",
    "character,",
    "role,",
    "storyline as",
    "arc as",
    "stint as",
    "tenure as",
)

_TAKEOVER = fast_pattern(r"\b(?:over|into)\b", regex.I)


@cache
def _loose_verbs() -> frozenset[str]:
    return frozenset(phrases()["loose_object_verbs"])


def _loose_verb(verb: str) -> bool:
    return " ".join(verb.split()).casefold() in _loose_verbs()


def _loose_object_ok(
    sentence: str,
    anchor: regex.Match[str],
    phrase: str,
    character: str,
    span: tuple[int, int],
    ctx: _Context,
) -> bool:
    """Whether "X takes on Y" casts X as Y: the model reads Y as a person, or the sentence
    speaks of casting in other words too ("... and Z plays W", "as a series regular").

    The model's other labels are not trusted either way: it tags many characters'
    names as places ("Edmund Vale": LOC), so "takes on Hollywood" is refused for
    want of a casting word, not for its label.
    """
    at = phrase.find(character)
    start = span[0] + anchor.end() + max(at, 0)
    if ctx.entity_label(start, start + len(character)) == "PERSON":
        return True
    rest = sentence[: anchor.start("verb")] + " " + sentence[anchor.end() :]
    return bool(_patterns()["cue_words"].search(rest))


def _other_work(phrase: str, character: str) -> bool:
    """Whether the role is placed in another work: "Fester in the 1991 film"."""
    at = phrase.find(character)
    return at >= 0 and bool(_patterns()["other_work"].match(phrase, at + len(character)))


def _after_clause(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context, taken: set[int]
) -> list[CastMention]:
    """ "Jane Doe, who played Mary in the film, appears as Mara": the subject's second role."""
    pats = _patterns()
    out: list[CastMention] = []
    if not pats["after_clause_aside"].search(sentence):
        return out
    for m in pats["after_clause"].finditer(sentence):
        if m.start("verb") in taken:
            continue
        actor = clean_actor(m.group("actor"))
        if not actor or not is_full_name(actor):
            continue
        nxt = pats["anchor"].search(sentence, m.end())
        phrase = sentence[m.end() : nxt.start() if nxt else len(sentence)].split("\n", 1)[0]
        character = role_name(pats["joiner"].sub("", phrase))
        if character and character != actor and not _other_work(phrase, character):
            ctx.add_actor(actor)
            out.append(
                _mention(actor, character, span, text, PLAIN, returning=_returning(sentence))
            )
    return out


def _is_pairs(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context, listed: set[str]
) -> list[CastMention]:
    """ "X is Y" pairs in a sentence that already pairs actors with roles."""
    out: list[CastMention] = []
    if not _IS_WORD.search(sentence):
        return out  # most sentences have no "is", "was" or "will be" between two words
    for m in _patterns()["is_pair"].finditer(sentence):
        actor, character = clean_actor(m.group("actor")), clean_character(m.group("char"))
        if character:
            character = _without_description(character)  # "the hot-tempered Texan X Y"
        if not actor or not character or actor in listed or not ctx.resolvable(actor):
            continue
        titled = _TITLED_ROLE.match(m.group("desc"))
        if titled:
            # "was the Woman in White": a role named like a title ("the Word in Word"); not
            # "the Sheriff in Dodge City" (a rank and a place) or "the Star in Harbor Lights"
            head, tail = titled.group(1), m.group("char")
            if (
                " " in tail
                or not _title_like_head(head)
                or clean_character(head) != head
                or _bare(tail) in ctx.titles
            ):
                continue
            character = f"{head} in {tail}"
        elif not _prefix_ok(m.group("desc"), story=True):
            continue  # "X is also in Y", "X was nominated for Y"
        if ", where " in sentence and _where_elsewhere(sentence, m.start()):
            continue
        if _LOWER_AFTER_HYPHEN.search(character) or character == actor:
            continue  # "X is Emmy-nominated": a word, not a name
        if leading_rank(character.split()) == len(character.split()):
            continue  # "X is Vice President": an office, with no one's name
        if not is_full_name(actor) and not is_full_name(resolve_short(actor, ctx.full_names) or ""):
            continue
        if m.group("span") and not (is_full_name(character) and ctx.personish(actor)):
            continue
        out.append(_mention(actor, character, span, text, PLAIN, returning=_returning(sentence)))
    return out


_TITLED_ROLE = fast_pattern(rf"^the{SP}({WORD}){SP}in{SP}$")


def _title_like_head(head: str) -> bool:
    """Whether ``head`` can open a role named like a title ("Man" of "the Man in Black"),
    not a rank before a place ("the Sheriff in Dodge City")."""
    return not leading_rank([head]) and head not in _CHARACTER_TITLES


_TITLED_PHRASE = fast_pattern(
    rf"^{SPO}the{SP}(?P<head>\p{{Lu}}\p{{Ll}}+){SP}in{SP}(?P<tail>\p{{Lu}}\p{{Ll}}+)"
    rf"(?={SPO}(?:[,;.!?)]|$))"
)
# The verb every "is" pair has between its names, as the "is_pair" pattern spells it.
_IS_WORD = fast_pattern(r"[^\S\n](?:is|was|be|been|remains|remained)[^\S\n]")


def _is_pairs_near_cast(
    all_spans: list[tuple[int, int]], cast_spans: dict[int, set[str]], text: str, ctx: _Context
) -> list[CastMention]:
    """ "Jane Doe is Mary Blake." on its own: a cast statement beside another one in the
    same paragraph (another such sentence counts) or anywhere in a cast guide, or in a
    sentence of two or more such pairs ("A is X, and B is Y"), or in a sentence that pairs
    someone else already ("A is X, whose affair with Y (B) ...": cast_spans, sentence start
    -> actors paired)."""
    found: dict[int, list[CastMention]] = {}
    out: list[CastMention] = []
    for i, span in enumerate(all_spans):
        sentence = text[span[0] : span[1]]
        if not _IS_WORD.search(sentence):
            continue
        described = []
        # (the pattern needs a role between two commas: most sentences have no second one)
        for m in _DESCRIBED_IS.finditer(sentence) if sentence.count(",") >= 2 else ():
            character, actor = clean_character(m.group("char")), clean_actor(m.group("actor"))
            paired = cast_spans.get(span[0], set())
            if (
                character
                and actor
                and actor not in paired
                and is_full_name(actor)
                and ctx.personish(actor)
            ):
                ctx.add_actor(actor)
                described.append(_mention(actor, character, span, text, PLAIN))
        out += described
        if described:
            cast_spans.setdefault(span[0], set()).update(m.actor for m in described)
        if span[0] in cast_spans:
            for m in _is_pairs(sentence, span, text, ctx, cast_spans[span[0]]):
                if not _CREW_WORDS & set(m.character.casefold().split()):
                    ctx.add_actor(m.actor)
                    out.append(m)
            continue
        pairs = [
            m
            for m in _is_pairs(sentence, span, text, ctx, set())
            if not _CREW_WORDS & set(m.character.casefold().split())
        ]
        if pairs:
            found[i] = pairs
    # (in an article of three cast statements or more, a cast guide, anywhere: "Will
    # Friedle is Eric Matthews, Cory's older brother" a paragraph away from the others)
    guide = len(cast_spans) >= 3
    for i, pairs in found.items():
        near = guide or any(
            0 <= j < len(all_spans)
            and (all_spans[j][0] in cast_spans or j in found)
            and not _blank_line_between(text, all_spans[j], all_spans[i])
            for j in (i - 1, i + 1)
        )
        if near or len(pairs) >= 2 or _described_statement(pairs, text, all_spans[i], ctx):
            for m in pairs:
                ctx.add_actor(m.actor)
            out += pairs
    return out


# (not "Sam Hale is Tom Reyes, a producer said": who said it)
_DESCRIPTION_AFTER = fast_pattern(
    rf",{SP}(?:the|a|an){SP}\p{{Ll}}"
    rf"(?![^,.;:\n]{{0,30}}\b(?:said|says|told|tells|added|adds|confirmed|explained|noted)\b)"
)


def _described_statement(
    pairs: list[CastMention], text: str, span: tuple[int, int], ctx: _Context
) -> bool:
    """ "Jane Doe is Mary Blake, the lonely young mother whose ...": a sentence that opens
    on a person's full name, gives another after "is" and describes it is a cast
    statement on its own."""
    if len(pairs) != 1:
        return False
    m = pairs[0]
    sentence = text[span[0] : span[1]]
    start = len(sentence) - len(sentence.lstrip(" *_-•"))
    for verb in (" is ", " was "):
        head = m.actor + verb + m.character
        if sentence.startswith(head, start) and _DESCRIPTION_AFTER.match(
            sentence, start + len(head)
        ):
            at = span[0] + start
            return (
                len(shape(m.character).words) >= 2
                and ctx.personish(m.character)
                and ctx.entity_label(at, at + len(m.actor)) == "PERSON"
            )
    return False


# "A and B were detectives X and Y", "A and B handled the comic relief as X and Y": two
# actors and their two roles, in order. Two full names on each side of the verb say
# it is a cast statement where one "A was X" would not.
_PAIRED_LISTS = fast_pattern(
    rf"(?:^(?:[-–•*]{SP})?|[,;:]{SP}|{SP}(?:and|while){SP})"
    rf"(?P<a1>{WHOLE_WORD_NAME}){SP}(?:and|&){SP}(?P<a2>{WHOLE_WORD_NAME}){SP}"
    # ("were the couple's daughters, X and Y"; not "are played by X and Y": those are roles)
    rf"(?:(?:are|were|will{SP}be)"
    rf"(?:{SP}(?:the{SP})?(?!(?:played|portrayed|voiced|by)\b)[\p{{Ll}}\-]+(?:['’]s)?){{0,3}}"
    rf"(?:{SPO},)?"
    # ("round out the Genetic Dynasty as": a group of the story's, named, may come between)
    rf"|\p{{Ll}}[\p{{Ll}}\-]*{SP}(?:(?:[\p{{Ll}}\-]+|\p{{Lu}}[\p{{Ll}}\-]+)['’]?{SP}){{0,5}}?as"
    rf"(?:{SP}(?:the|a|an){SP}[\p{{Ll}}\-]+)?"
    # ("play her aunts, X and Y", "take the roles of Ritchie's parents, X and Y")
    rf"|(?:play|played|portray|portrayed|voice|voiced|(?:take|took){SP}the{SP}(?:roles|parts)"
    rf"{SP}of)(?:{SP}[\p{{L}}'’\-]+){{1,8}}?,){SP}"
    rf"(?P<c1>{WHOLE_WORD_NAME}){SP}(?:and|&){SP}(?P<c2>{WHOLE_WORD_NAME})"
    # ("..., respectively": the "by" and "respectively" statements read those)
    rf"(?={SPO}[,;.]|{SPO}$)(?!{SPO},?{SP}respectively\b)"
)
_PAIRED_LISTS_HINT = fast_pattern(
    r"[^\S\n](?:are|were|will be|as|play|played|portray|portrayed|voice|voiced|take|took)[^\S\n]"
)


def _paired_lists(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """Two actors paired with two roles in one statement: "A and B were X and Y", "A and B
    play her aunts, X and Y"."""
    out: list[CastMention] = []
    if sentence.count(" and ") < 2 or not _PAIRED_LISTS_HINT.search(sentence):
        return out
    for m in _PAIRED_LISTS.finditer(sentence):
        actors = [clean_actor(m.group("a1")), clean_actor(m.group("a2"))]
        roles = [clean_character(m.group("c1")), clean_character(m.group("c2"))]
        if not all(actors) or not all(roles) or set(actors) & set(roles):
            continue
        if not all(is_full_name(a) and ctx.resolvable(a) for a in actors if a):
            continue
        if any(r in ctx.titles or _bare(r) in ctx.titles for r in roles if r):
            continue  # "A and B star as ... in X and Y": shows, not roles
        for actor, role in zip(actors, roles, strict=True):
            if actor and role:
                ctx.add_actor(actor)
                out.append(_mention(actor, role, span, text, PLAIN, returning=_returning(sentence)))
    return out


def _without_shared_misreads(mentions: list[CastMention]) -> list[CastMention]:
    """Drops "B plays X" where a "respectively" sentence also pairs X with A and B with
    another role: "A and B appear as X and Y respectively" read once as a shared role too
    (not "A, known as Z on Y, starred as X, and B played the older X")."""
    by_sentence: dict[int, dict[str, set[str]]] = {}
    for m in mentions:
        by_sentence.setdefault(m.start, {}).setdefault(m.character, set()).add(m.actor)
    roles_of: dict[tuple[int, str], set[str]] = {}
    for m in mentions:
        roles_of.setdefault((m.start, m.actor), set()).add(m.character)
    return [
        m
        for m in mentions
        if not (
            "respectively" in m.evidence
            and len(by_sentence[m.start][m.character]) > 1
            and len(roles_of[(m.start, m.actor)]) > 1
            and any(
                len(roles_of[(m.start, other)]) == 1
                for other in by_sentence[m.start][m.character] - {m.actor}
            )
        )
    ]


def _without_cut_names(mentions: list[CastMention]) -> list[CastMention]:
    """Drops an actor whose name is the tail of another actor's after an initial's full
    stop, in the same sentence: "W. Moffett" cut from "D.W. Moffett" by a rule that
    misread the initials (not "Kay" beside "Peter Kay": a short name, resolved later)."""
    actors: dict[int, set[str]] = {}
    for m in mentions:
        actors.setdefault(m.start, set()).add(m.actor)
    return [
        m
        for m in mentions
        if not any(
            other != m.actor and other.endswith(m.actor) and other[-len(m.actor) - 1] == "."
            for other in actors[m.start]
        )
    ]


def _blank_line_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    first, second = sorted((a, b))
    return bool(PARAGRAPH_BREAK.search(text, max(0, first[1] - 1), second[0] + 1))


def _performances(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """ "Jane Doe's turn as Mary Blake": a performance named after its actor."""
    out = []
    pats = _patterns()
    for m in pats["performance"].finditer(sentence):
        actor = clean_actor(m.group("actor"))
        if not (actor and is_full_name(actor) and ctx.personish(actor)):
            continue
        # The role opens the phrase; what follows is the sentence's own verb ("... earned
        # her an Emmy"), not more of the role.
        lead = pats["lead_name"].match(sentence, m.end())
        if not lead or not _prefix_ok(lead.group("prefix") or ""):
            continue
        character = clean_character(lead.group("name"))
        phrase = sentence[lead.start("name") :]
        if not character or character == actor or _other_work(phrase, character):
            continue
        if _bare(character) in ctx.titles:
            continue  # "Jane Doe's turn as Harbor Lights' lead": a show, not a role
        ctx.add_actor(actor)
        out.append(_mention(actor, character, span, text, PLAIN, returning=_returning(sentence)))
    return out


@cache
def _performer_word() -> Any:
    """A word for a performer ("actor", "singer"): cast_phrases.json, read when first asked."""
    p = phrases()
    return fast_pattern(rf"\b(?:{_alt(p['performer_nouns'])}|{_alt(p['performer_jobs'])})\b")


# "and his wife, " before a name: the name is a role in the story
_RELATION_BEFORE = fast_pattern(r"\b(?:his|her|their)[^\S\n]+[\p{Ll}\-]+,[^\S\n]+$")


def _again_is(sentence: str, span: tuple[int, int], text: str, ctx: _Context) -> list[CastMention]:
    """ "Jane Doe is once again Mary Blake": the actor back in a role, said with a copula."""
    out = []
    for m in _patterns()["again_is"].finditer(sentence):
        actor, character = clean_actor(m.group("actor")), clean_character(m.group("char"))
        desc = m.group("desc") or ""
        related = _RELATION_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        if m.group("closing") and not related:
            continue
        if (desc and not _performer_word().search(desc)) or related:
            # "his wife, Vanessa Baxter, is once again Nancy Travis": the role comes first
            actor, character = clean_actor(m.group("char")), clean_character(m.group("actor"))
        if not (actor and character and is_full_name(actor) and ctx.personish(actor)):
            continue
        if ctx.known_actor(character) or _bare(character) in ctx.titles:
            continue
        if character.split()[0] in _FUNCTION_CAPS or _LOWER_AFTER_HYPHEN.search(character):
            continue  # "is once again Emmy-nominated": a word, not a name
        ctx.add_actor(actor)
        out.append(_mention(actor, character, span, text, PLAIN, returning=True))
    return out


def _pattern_pairs(
    key: str,
    role_of: Callable[[regex.Match[str]], str | None],
    sentence: str,
    span: tuple[int, int],
    text: str,
    ctx: _Context,
) -> list[CastMention]:
    """One pair per match of the pattern ``key``: its "actor" group and the role
    ``role_of`` reads from the match."""
    out = []
    for m in _patterns()[key].finditer(sentence):
        actor, character = clean_actor(m.group("actor")), role_of(m)
        if not (actor and character and actor != character and ctx.resolvable(actor)):
            continue
        ctx.add_actor(actor)
        out.append(_mention(actor, character, span, text, PLAIN, returning=_returning(sentence)))
    return out


def _voice_first(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """ "The voice of Ringo is Jane Doe": the role named before the actor."""
    return _pattern_pairs(
        "voice_first", lambda m: clean_character(m.group("char")), sentence, span, text, ctx
    )


def _owned_role(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """ "Mary Blake is still Jane Doe's territory": the role named before its actor."""
    return _pattern_pairs(
        "owned_role", lambda m: clean_character(m.group("char")), sentence, span, text, ctx
    )


def _joined_playing(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """ "Jane Doe has joined the second season, playing Mary Blake": the role after what
    the actor joined."""
    return _pattern_pairs(
        "joined_playing", lambda m: role_name(m.group("phrase")), sentence, span, text, ctx
    )


# "was voiced for most of the run by ": the name after it is a passive's actor
_BY_AGENT_BEFORE = fast_pattern(r"\b(?:played|portrayed|voiced)\b[^,;.]{0,50}\bby\s+$")


_ROLE_AS = fast_pattern(rf"(?:{_alt(phrases()['role_nouns'])}){SP}as{SP}")


def _whose(sentence: str, span: tuple[int, int], text: str, ctx: _Context) -> list[CastMention]:
    pats = _patterns()
    out = []
    for m in pats["whose"].finditer(sentence):
        actor, character = clean_actor(m.group("actor")), clean_character(m.group("char"))
        if not (actor and character and is_full_name(actor) and ctx.personish(actor)):
            continue
        desc = m.group("desc")
        if not (_prefix_ok(desc) or _ROLE_AS.fullmatch(desc)) or ctx.known_actor(character):
            continue  # (but "Stephen Graham, whose role as Elias Mannix ...": the role)
        if _BY_AGENT_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            continue  # "Gambit was voiced by X, whose Cajun drawl ...": X's role came first
        after = sentence[m.end("char") :]
        if pats["work_noun"].match(after) or _CO_STAR_NEXT.match(after):
            continue  # "whose Succession co-star", "whose Netflix series"
        out.append(_mention(actor, character, span, text, WEAK, returning=_returning(sentence)))
    return out


_FILM_OR_STAGE_AWARD = fast_pattern(rf"\b(?:{_alt(phrases()['film_stage_awards'])})\b")


def _their_role(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    out = []
    for m in _patterns()["their_role"].finditer(sentence):
        if _FILM_OR_STAGE_AWARD.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "won an Oscar for playing LaVona Golden": a film's role, not the show's
        actor = None
        for name in NAME_RE.finditer(sentence, 0, m.start()):
            cleaned = clean_actor(name.group())
            if cleaned and ctx.resolvable(cleaned):
                actor = cleaned  # the nearest person named before "her role"
        phrase = sentence[m.end() :].split("\n", 1)[0]
        character = role_name(phrase)
        if not (actor and character and character != actor):
            continue
        work = _name_after(phrase, character)
        if work and ctx.show_title(work.group("title")) != ctx.topic_at(span[0]):
            continue  # "adored for playing Baby Houseman in Dirty Dancing": another work's
        out.append(_mention(actor, character, span, text, PAREN))
    return out


def _their_character(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context
) -> list[CastMention]:
    """ "Jane Doe will not return, since her character Mary Blake died": the subject's role.

    Only when the sentence opens with the actor, names no other person before
    the role, and either the article already has the person as an actor or the
    subject's own verb is about being in the show (a creator's "his character"
    is a role he wrote).
    """
    pats = _patterns()
    out = []
    for m in pats["their_character"].finditer(sentence):
        subject = _SUBJECT_NAME.match(sentence)
        if not subject:
            continue
        actor = clean_actor(subject.group("actor"))
        if not actor or not ctx.personish(actor) or not ctx.resolvable(actor):
            continue
        between = sentence[subject.end() : m.start()]
        if any(ctx.personish(n.group()) for n in NAME_RE.finditer(between)):
            continue  # "Jane Doe said John Roe ... his character": whose is unclear
        if not (ctx.known_actor(actor) or _subject_verb_cast().match(sentence, subject.end())):
            continue
        character = clean_character(m.group("char"))
        if not character or character == actor or ctx.known_actor(character):
            continue
        if character.split()[0] in _FUNCTION_CAPS:
            continue
        out.append(_mention(actor, character, span, text, PAREN, returning=_returning(sentence)))
    return out


_SUBJECT_NAME = fast_pattern(rf"^{SPO}[*_]{{0,2}}(?P<actor>{NAME})")


@cache
def _subject_verb_cast() -> regex.Pattern[str]:
    """The subject's verb says it is about the cast: "will not return", "exits", "stars"."""
    p = phrases()
    mods = rf"(?:(?:{_alt(p['modifiers'])}){SP})*"
    verbs = _alt(p["as_verbs"] + p["leaving"] + p["returning"])
    return fast_pattern(rf"(?:{SPO},[^,]{{1,60}},)?{SP}{mods}(?:{verbs})\b")


def _paragraph_windows(
    span: tuple[int, int], earlier: list[tuple[int, int]], text: str
) -> list[str]:
    """The sentences before ``span`` in its paragraph (at most those in ``earlier``)."""
    windows: list[str] = []
    end = span[0]
    for start, stop in reversed(earlier):
        if PARAGRAPH_BREAK.search(text, stop, end):
            break
        windows.insert(0, text[start:stop])
        end = start
    return windows


def _pronoun_subjects(
    sentence: str,
    span: tuple[int, int],
    earlier: list[tuple[int, int]],
    text: str,
    ctx: _Context,
    characters: set[str],
) -> list[CastMention]:
    """ "Jane Doe plays Mary. She will also voice Ann": he/she for the one actor at hand.

    The pronoun stands for an actor only when exactly one actor the article
    already names appears in this sentence and the two before (in the same
    paragraph), as a subject, and no other person (other than a known role)
    is named there: pronouns do not say which of two actors they mean.
    """
    pats = _patterns()
    out = []
    windows: list[str] = []
    end = span[0]
    for start, stop in reversed(earlier):
        if PARAGRAPH_BREAK.search(text, stop, end):
            break  # a new paragraph, or a heading, starts its own subject
        windows.insert(0, text[start:stop])
        end = start
    for m in pats["pronoun_anchor"].finditer(sentence):
        other = None
        lenient = False
        if m.group("where"):
            actor = _clause_antecedent(sentence[: m.start()], ctx, characters)
            other = _show_before(sentence[: m.start()], m.group(), ctx)
            if not other:
                continue  # "..., where she played Mary": in a film, a play, a show? unclear
        else:
            before = _without_show_opening(sentence[: m.start()], ctx)
            actor = _antecedent([*windows, before], ctx, characters)
            lenient = not actor
            if lenient:
                said = m.group("said") is not None
                actor = _antecedent([*windows, before], ctx, characters, lenient=True, said=said)
        if not actor:
            continue
        nxt = pats["anchor"].search(sentence, m.end())
        phrase = sentence[m.end() : nxt.start() if nxt else len(sentence)].split("\n", 1)[0]
        character = role_name(pats["joiner"].sub("", phrase))
        if not character or character == actor or ctx.known_actor(character):
            continue
        if lenient and not (len(shape(character).words) >= 2 and ctx.personish(character)):
            continue  # a person not yet known as an actor plays only a named role
        if _other_work(phrase, character):
            continue
        other = other or _show_after(phrase, character, ctx)
        if not other and _someones_work(phrase, character):
            continue  # "she played Mary in Spielberg's Big Night": a film, not this show
        out.append(
            _mention(
                actor,
                character,
                span,
                text,
                PAREN,
                returning=None if other else _returning(sentence),
                other_show=other,
            )
        )
    return out


# "Doe is still best known as the spy Mary Blake in FX's Big Show", "She was previously the
# shield-maiden Mary on ABC's Big Show": an actor's role in another show, named with its
# network (or as a show the article knows). A time may open the sentence ("Last month she").
# "on Big Show", "to fans of Big Show": where the credit was (_CREDIT_PLACE gates on it)
_CREDIT_PLACE_WORDS = (
    rf"(?:on|in|from|to{SP}(?:anyone|everyone|viewers|fans)(?:{SP}who{SP}(?:watched|saw)|{SP}of))"
)
_CREDIT_ELSEWHERE = fast_pattern(
    # at the sentence's start, or a clause's after ", and" ("X spent years as A on B, and
    # Leeves will always be Daphne to fans of NBC's Frasier")
    rf"(?:^|(?<=,{SP}and{SP})|(?<=;{SP})){SPO}(?:(?:[Ll]ast|[Ee]arlier|[Ll]ater|[Tt]his|[Ii]n|[Ff]or|[Tt]o)(?:{SP}[\p{{Ll}}\d]+){{1,2}}"
    rf"(?:{SPO},)?{SP}"
    # "Long before Selina, she played ...", "Before Modern Family he spent ..."
    rf"|(?:[Ll]ong{SP}before|[Bb]efore|[Ll]ong{SP}ago){SP}(?:{NAME}(?:{SPO},)?{SP})?)?"
    rf"(?P<subject>[Hh]e|[Ss]he|{NAME})"
    # "Newton, meanwhile, spent four seasons as": a short aside after the subject
    rf"(?:{SPO},{SP}(?:meanwhile|too|also|for{SP}(?:his|her|their){SP}part|of{SP}course"
    # "Andrews, who plays Jonas here, is still best remembered as ..."
    rf"|who{SP}[^,;()\n]{{1,60}}){SPO},)?(?P<filler>[^.;:,()\n]{{0,60}}?)"
    rf"{SP}(?:as|playing|(?:was|is)(?:{SP}(?:previously|once|formerly|also|still|forever))?"
    # "Doe will always be Mary from Big Show": the role the audience remembers
    rf"|will{SP}(?:always|forever){SP}be)"
    rf"{SP}(?P<role>(?:the|a|an){SP}[^,.;:()\n]{{1,60}}?|{NAME})"
    rf"{SP}{_CREDIT_PLACE_WORDS}"
    rf"{SP}(?:(?P<net>{NAME})['’]s{SP})?"
    # "It's Always Sunny in Philadelphia": a title's small words join its capitalised ones
    rf"(?P<title>(?:The{SP})?{NAME}(?:['’]s{SP}{NAME})?"
    rf"(?:{SP}(?:{_alt(phrases()['title_small_words'])}|&){SP}{NAME})*"
    # "Xena: Warrior Princess": a subtitle after a colon
    rf"(?::{SP}{NAME})?)(?={SPO}(?:[.,;:!?]|$)|{SP}(?:before|until|when|while)\b)"
)
_PRONOUNS = frozenset(("He", "She", "he", "she"))


def _credits_elsewhere(
    sentence: str,
    span: tuple[int, int],
    earlier: list[str],
    text: str,
    ctx: _Context,
    characters: set[str],
    actors: set[str] | None = None,
) -> list[CastMention]:
    """A known actor's role in another show: "Doe is best known as the spy Mary Blake in
    FX's Big Show"; "He spent six seasons as the marshal Tom Reed on FX's Big Show". The
    subject is the article's actor (``actors``, by default the context's) by surname, or a
    pronoun with one actor at hand; the show is named with its network or known to the
    article."""
    return [
        mention
        for m in _credit_statements(sentence)
        for mention in _credit_elsewhere(m, span, earlier, text, ctx, characters, actors)
    ]


_CLAUSE_START = fast_pattern(rf",{SP}and{SP}|;{SP}")
# What every _CREDIT_ELSEWHERE match holds: its "on/in/from ..." before the show's (or its
# network's) capitalised name.
_CREDIT_PLACE = fast_pattern(rf"[^\S\n]{_CREDIT_PLACE_WORDS}{SP}\p{{Lu}}")


# Read twice for many sentences: again once later steps know more actors.
@lru_cache(maxsize=1024)
def _credit_statements(sentence: str) -> tuple[regex.Match[str], ...]:
    """The sentence's _CREDIT_ELSEWHERE matches."""
    if not _CREDIT_PLACE.search(sentence):
        return ()  # (most sentences: no "on/in/from" before a capital, so no match anywhere)
    # The pattern starts a sentence or a clause after ", and" / "; ": try only there.
    starts = [0, *(c.end() for c in _CLAUSE_START.finditer(sentence))]
    return tuple(m for pos in starts if (m := _CREDIT_ELSEWHERE.match(sentence, pos)))


def _credit_elsewhere(
    m: regex.Match[str],
    span: tuple[int, int],
    earlier: list[str],
    text: str,
    ctx: _Context,
    characters: set[str],
    actors: set[str] | None,
) -> list[CastMention]:
    subject = m.group("subject").strip()
    if subject in _PRONOUNS and m.string[: m.start()].strip():
        return []  # "..., and she was Mary on Big Show": "she" could be the clause's subject
    if subject in _PRONOUNS:
        actor = _antecedent([*earlier, ""], ctx, characters)
    else:
        known = ctx.actors if actors is None else actors
        found = {a for a in known if is_full_name(a) and subject in (a, shape(a).last)}
        actor = found.pop() if len(found) == 1 else None
    if not actor or any(clean_actor(n.group()) for n in NAME_RE.finditer(m.group("filler"))):
        return []
    title = m.group("title")
    show = ctx.show_title(title)
    if not show:
        net = m.group("net")
        if not net or not canonical_network(net):
            return []
        show = title
    character = role_name(m.group("role"))
    if not character or character == actor or ctx.known_actor(character):
        return []
    if _other_work(m.group("role"), character) or _bare(character) in ctx.titles:
        return []
    here = ctx.topic_at(span[0])
    other = show if not here or _bare(here) != _bare(show) else None
    return [_mention(actor, character, span, text, PAREN, other_show=other)]


_ORIGIN = fast_pattern(r"\b(?:first|originally|debuted|introduced)\b", regex.I)

# "Mary in Big Show, which ...", "Mary on NBC's Big Show": the show a role is placed in
_SHOW_AFTER = fast_pattern(
    rf"{SP}(?P<prep>in|on|from){SP}(?:the{SP}(?:{_alt(phrases()['show_epithets'])}){SP})?"
    # "in the first season of FX's Big Show": one of that show's runs
    rf"(?:the{SP}\p{{Ll}}+{SP}(?:{_alt(phrases()['run_nouns'])}){SP}of{SP})?"
    rf"(?:(?P<net>{NAME})['’]s{SP})?"
    rf"(?P<title>(?:The{SP})?{NAME}(?:['’]s{SP}{NAME})?(?::{SP}(?:The{SP})?{NAME})?)"
)


def _name_after(phrase: str, character: str) -> regex.Match[str] | None:
    """The capitalised name after the role and "in", "on" or "from" (_SHOW_AFTER), if any."""
    at = phrase.find(character)
    return _SHOW_AFTER.match(phrase, at + len(character)) if at >= 0 else None


def _show_after(phrase: str, character: str, ctx: _Context) -> str | None:
    """The show named right after the role ("played Mary in Big Show"), if any: one the
    article knows, or one a network's possessive marks ("in Hulu's Big Show")."""
    m = _name_after(phrase, character)
    if not m:
        return None
    known = ctx.show_title(m.group("title"))
    if known:
        return known
    net = m.group("net")
    if net and canonical_network(net):
        return m.group("title")
    # "knows her as Yara Greyjoy from Game of Thrones": a work's title (a place has no
    # "The" or "of": "Mary from New York")
    if m.group("prep") == "from" and _WORK_TITLE.match(m.group("title")):
        return m.group("title")
    return None


_WORK_TITLE = fast_pattern(rf"The{SP}|\S+(?:{SP}\S+)*?{SP}(?:of|in|and|the|on){SP}")
_FRANCHISE_SLOT = fast_pattern(rf"\bin{SP}{NAME}:{SP}$")
# "had a long run on", "spent years on", "five seasons in": time spent on another show
_RUN_ON = rf"\b(?:run|runs|years|seasons|stint|stints|tenure){SP}(?:on|in){SP}"
_RUN_ON_BEFORE = fast_pattern(rf"{_RUN_ON}(?:the{SP})?$")
# ", the psychic at the centre of Medium": a description that places the role in a work
_WORK_IN_DESCRIPTION = fast_pattern(
    rf",{SP}(?:the|a|an){SP}[^,;.]{{0,60}}?\b(?:of|in|on|from){SP}(?:the{SP})?\p{{Lu}}"
)
# "the title character of Felicity", "the title role in Lizzie McGuire"
_TITLE_ROLE_OF = fast_pattern(
    rf"^{SPO}the{SP}title{SP}(?:character|role){SP}(?:of|in){SP}(?:(?:the{SP})?{NAME}['’]s{SP})?"
    rf"(?P<name>{NAME})"
)


def _work_in_description(phrase: str, character: str) -> bool:
    """Whether a description after the role places it in a named work (_WORK_IN_DESCRIPTION)."""
    at = phrase.find(character)
    return at >= 0 and _WORK_IN_DESCRIPTION.match(phrase, at + len(character)) is not None


def _shares_a_word(name: str, title: str | None) -> bool:
    """Whether a name and a show title share a word ("Kimmy Schmidt", "Unbreakable Kimmy
    Schmidt"); with no title known, they are taken to."""
    if not title:
        return True
    return bool(set(_bare(name).split()) & set(_bare(title).split()))


# "viewers will forever know Jo Lee as ...": a verb of recognition just before the actor
_RECOGNISED_BEFORE = fast_pattern(
    rf"\b(?:{_alt(phrases()['recognition_verbs'])}){SP}$", regex.IGNORECASE
)


def _someones_work(phrase: str, character: str) -> bool:
    """Whether a work marked by a possessive follows the role ("Mary in Jo Lee's Big
    Night"), one that :func:`_show_after` could not take for a show."""
    m = _name_after(phrase, character)
    return bool(m and m.group("net"))


# "Netflix's Big Show, where", "Big Show, the BBC sitcom in which": the show before the clause
_SHOW_BEFORE = fast_pattern(
    rf"(?:(?P<net>{NAME})['’]s{SP})?(?P<title>(?:The{SP})?{NAME}(?::{SP}(?:The{SP})?{NAME})?)"
    rf"{SPO}$"
)


def _show_before(before: str, lead: str, ctx: _Context) -> str | None:
    """The show a "where she played" clause is about: named just before it, and a show by
    the article's own reading, by a network's possessive ("ITV's Big Show") or by the
    clause's description ("the Channel 4 sitcom in which")."""
    m = _SHOW_BEFORE.search(before.rstrip())
    if not m:
        return None
    title = m.group("title")
    known = ctx.show_title(title)
    if known:
        return known
    net = m.group("net")
    if (net and canonical_network(net)) or _SERIES_DESCRIPTION.search(lead):
        return title
    return None


# ", where Jo Lee played": the clause names a role in the work just before it
_WHERE_BEFORE = fast_pattern(rf"{SPO},{SP}where{SP}$")
_RUN_ON_NAME_END = fast_pattern(rf"{_RUN_ON}{NAME}{SPO}$")
_MADE_NAME_END = fast_pattern(
    rf"\b(?:created|co-created|developed|wrote|made|ran|produced){SP}{NAME}{SPO}$"
)


def _made_before(before: str) -> bool:
    """ "Kohan previously created Weeds": a maker's work ends the text; or "spent years on
    Coronation Street": a run on one."""
    before = before.rstrip()
    return _MADE_NAME_END.search(before) is not None or _RUN_ON_NAME_END.search(before) is not None


def _where_elsewhere(sentence: str, at: int) -> bool:
    """Whether the pair at ``at`` is told in a "where" clause about another work made or
    run on before it ("spent years on Coronation Street, where Reid was Valerie Barlow")."""
    where = sentence.rfind(", where ", 0, at)
    return where >= 0 and _made_before(sentence[:where])


_SERIES_DESCRIPTION = fast_pattern(rf"\b(?:{_alt(phrases()['show_kinds'], space=SP)})\b", regex.I)


def _clause_antecedent(before: str, ctx: _Context, characters: set[str]) -> str | None:
    """ "Many first met Jane Doe on Big Show, where she played Mary": the one known actor
    the sentence names before the pronoun, with no other person (a show's name, a
    network or a role is no one the pronoun could stand for)."""
    found: set[str] = set()
    for n in NAME_RE.finditer(before):
        name = clean_actor(n.group())
        if not name or name in characters or _bare(n.group().strip()) in ctx.titles:
            continue
        if ctx.known_actor(name):
            full = name if is_full_name(name) else resolve_short(name, ctx.full_names)
            found.add(full or name)
        elif ctx.personish(name):
            return None
    if len(found) != 1:
        return None
    actor = found.pop()
    return actor if ctx.resolvable(actor) else None


# "In The Regime, which HBO launches in March, she plays ...": the show's own clause first
_IN_SHOW_OPENING = fast_pattern(
    rf"^{SPO}In{SP}(?P<title>(?:The{SP})?{NAME})(?:{SPO},[^,;\n]*){{0,2}}$"
)


def _without_show_opening(before: str, ctx: _Context) -> str:
    """The text before a pronoun, emptied when it only says which show the clause is in."""
    m = _IN_SHOW_OPENING.match(before) if before.lstrip().startswith("In ") else None
    return "" if m and _bare(m.group("title")) in ctx.titles else before


def _antecedent(
    windows: list[str],
    ctx: _Context,
    characters: set[str],
    lenient: bool = False,
    said: bool = False,
) -> str | None:
    """The single known actor a pronoun can stand for, else None.

    ``lenient``: a full name the model reads as a person's counts as an actor too ("Kate
    Winslet swaps ... for something stranger. She plays Elena Vernham"; "Ian Roe is the
    man of the hour: he plays Al Swearengen"), unless the pronoun follows a verb of
    saying (``said``)."""
    found: dict[str, str] = {}
    subjects: set[str] = set()
    here = windows[-1]  # the pronoun's own sentence, up to the pronoun
    if here.strip(" *_"):
        # "Jane Doe confirmed she ...": the pronoun's clause needs the actor as its subject.
        first = _SUBJECT_NAME.match(here)
        subject = (clean_actor(first.group("actor")) or "") if first else ""
        if not ctx.known_actor(subject) and not (
            lenient and not said and is_full_name(subject) and subject in ctx.person_names
        ):
            # ("Dana Kessler confirmed that she will voice June": a person not yet known
            # as an actor may be telling of someone else)
            return None
        # The clause's own subject is the one the pronoun means, whoever came before.
        windows = [here]
    for i, window in enumerate(windows):
        for n in NAME_RE.finditer(window):
            name = clean_actor(n.group()) or n.group().strip()
            if name in characters or clean_character(n.group()) in characters:
                continue  # "Jane Doe, who plays Mary Blake, ...": the role, not a second person
            if _bare(n.group().strip()) in ctx.titles:
                continue  # "before Big Show she played ...": a show, no one a pronoun means
            if ctx.known_actor(name) or (
                lenient and is_full_name(name) and name in ctx.person_names
            ):
                key = shape(name).last
                if key not in found or is_full_name(name):
                    found[key] = name
                if not window[: n.start()].strip(" *_"):
                    subjects.add(key)
            elif ctx.personish(name) or i == len(windows) - 1:
                return None  # someone else the pronoun could stand for
    if len(found) != 1 or set(found) != subjects:
        return None
    actor = next(iter(found.values()))
    if not is_full_name(actor):
        actor = resolve_short(actor, ctx.full_names) or actor
    return actor if ctx.resolvable(actor) else None


def _coordinated(
    names: str,
    last_actor: str,
    phrase: str,
    span: tuple[int, int],
    text: str,
    ctx: _Context,
    returning: bool | None,
    anchor: str = "",
) -> list[CastMention]:
    splitter = _NAME_LIST_SPLIT
    actors = [clean_actor(n) for n in splitter.split(names)] + [last_actor]
    stop = _patterns()["stop"].search(phrase)
    head = _END_PUNCT.sub("", phrase[: stop.start()] if stop else phrase)
    # "play Tamsin and Orla, whose rivalry ...": the comma before the clause ends the list
    items = splitter.split(_patterns()["known_as"].sub("", head.strip().rstrip(","), count=1))
    if len(items) > len(actors) and _describes(items[0]):
        # "as her parents, Walt and June Harper" (", a pair who ...": a description after
        # the names, no more of them)
        rest = items[len(actors) + 1 :]
        if not any(_patterns()["name_only"].match(item) for item in rest):
            items = items[1:]
    if len(items) > len(actors):
        # "play Shelagh Turner and her husband, Dr Patrick Turner": a description in the
        # list, then the name it describes
        items = [
            item
            for k, item in enumerate(items)
            if not (
                k
                and k + 1 < len(items)
                and _describes(item.strip())
                and _patterns()["name_only"].match(items[k + 1])
            )
        ]
    items = items[: len(actors)]
    roles = [_patterns()["name_only"].match(item) for item in items]
    if roles and not roles[0] and items:
        # "her daughters Rosamund Li and Posy Li": a description may open the list
        first = _patterns()["tail_name"].match(items[0].strip())
        if first and _prefix_ok(first.group("prefix")):
            roles[0] = first
    if len(roles) != len(actors) or not all(roles) or not all(actors):
        shared = _shared_role(actors, anchor, phrase, head)
        if not shared:
            return []
        # "A and B both play Jade Lowe, at different ages": one role, two actors
        out = []
        for actor in actors:
            if actor and ctx.resolvable(actor):
                ctx.add_actor(actor)
                out.append(_mention(actor, shared, span, text, PLAIN, returning=returning))
        return out
    characters = share_surname([clean_character(r.group("name")) for r in roles if r])
    sole = _sole_name(head)
    out = []
    for actor, character in zip(actors, characters, strict=True):
        if actor and character and ctx.resolvable(actor):
            ctx.add_actor(actor)
            out.append(
                _mention(actor, character, span, text, PLAIN, returning=returning, sole_name=sole)
            )
    return out


_SHARED_MARKS = fast_pattern(rf"\b(?:{_alt(phrases()['shared_role_marks'], space=SP)})\b", regex.I)
_SHARED_TAILS = fast_pattern(
    rf"^[^,.;]*[^\S\n]*,?{SPO}(?:{_alt(phrases()['shared_role_tails'], space=SP)})\b", regex.I
)
_AND = fast_pattern(rf"(?:,|{SP})(?:and|&){SP}")


def _shared_role(actors: list[str | None], anchor: str, phrase: str, head: str) -> str | None:
    """The one role coordinated actors share: "A and B both played Jade Lowe", "A and B
    play Jade Lowe at different ages", or "A and B played her sister, Bo Lowe" (one name,
    nothing joined to it). "A and B play Jade and Bo" pairs in order instead."""
    if len(actors) != 2 or not all(actors):
        return None
    marked = bool(_SHARED_MARKS.search(anchor) or _SHARED_TAILS.match(phrase))
    part = _AND.split(head, 1)[0] if marked else head
    if not marked and _AND.search(head):
        return None
    name = role_name(part)
    if not name or name in actors or not is_full_name(name) and not marked:
        return None
    after = part[part.find(name) + len(name) :] if name in part else ""
    if _POSSESSIVE.match(after):
        return None  # "A and B play Jade Lowe's parents"
    return clean_character(name)


def _sole_name(phrase: str) -> bool:
    """Whether the role phrase says the name is all there is: "a drifter known only as Kit"."""
    m = _patterns()["known_as"].match(_patterns()["role_noun"].sub("", phrase.strip(), count=1))
    return bool(m and m.group("only"))


def _describes(item: str) -> bool:
    """Whether a list item only describes who follows: "her parents", "the twins", "the
    Weir parents", "the heads of the clan"."""
    words = item.split()
    return (
        0 < len(words) <= 6
        and words[0][:1].islower()
        and words[-1][:1].islower()
        # (an "of" inside the description names no show: its names come after the comma)
        and _prefix_ok(" ".join(w for w in words if w != "of"))
    )


def share_surname(names: list[str | None]) -> list[str | None]:
    """ "Walt and June Harper": first names before a last full name share its surname."""
    if len(names) < 2 or not all(names):
        return names
    surname = _surname_of(names[-1] or "")
    if not surname or not all(len(shape(n or "").words) == 1 for n in names[:-1]):
        return names
    if any(n != shape(n or "").first for n in names[:-1]):
        return names  # "Mr. Pell and Jane Doe": a rank, not a first name
    return [f"{n} {surname}" for n in names[:-1]] + [names[-1]]


_PARTICLE_WORDS = frozenset(w.casefold() for p in vocabulary()["particles"] for w in p.split())


def _surname_of(name: str) -> str | None:
    """The family name of a first-and-last name: "Harper" of "June Harper", "Di Grasso" of
    "Albie Di Grasso", "de Lioncourt" of "Lestat de Lioncourt"; None for longer names."""
    tokens = name.split()
    if len(tokens) < 2 or shape(name).first != tokens[0]:
        return None
    if any(t.casefold() not in _PARTICLE_WORDS for t in tokens[1:-1]):
        return None  # "Mary Jane Watson": a middle name, not part of the family's
    return " ".join(tokens[1:])


_ONLY_AS = fast_pattern(r"\b(?:only|simply|just)[^\S\n]+as[^\S\n]*$")


_BY_BEFORE = fast_pattern(
    rf"\b(?:originated|created|first{SP}played|made{SP}famous|played){SP}by{SP}$"
)
_ROLE_OF_BEFORE = fast_pattern(rf"\b(?i:the{SP}(?:role|part)){SP}of{SP}(?P<char>{NAME}){SPO},{SP}$")


_NAME_IS_PLAYED = fast_pattern(
    rf",[^,]*\p{{Lu}}[\w'’-]*{SP}(?:is|was|are|were|has{SP}been|will{SP}be){SP}"
    rf"(?:played|portrayed|voiced){SP}by{SP}"
)


# "His wife, Vanessa Baxter, is Nancy Travis.", "That sheriff, Bill McNue, is Scoot
# McNairy": a role named in apposition to the story's description of it, then the one
# who is it, ending the clause
_DESCRIBED_IS = fast_pattern(
    rf"(?:^|[.;:]{SP}|,{SP}and{SP})(?:(?:His|Her|Their|Its|That|The|This|his|her|their|its|"
    rf"that|the)(?:{SP}[\p{{Ll}}\-]+){{1,5}}|(?:\p{{Lu}}[\p{{L}}\-]*['’]s)(?:{SP}[\p{{Ll}}\-]+){{1,4}})"
    rf"{SPO},{SP}(?P<char>{NAME}){SPO},{SP}(?:is|was){SP}(?:(?:now|still|again|once{SP}more){SP})?"
    rf"(?P<actor>{WHOLE_WORD_NAME})(?=[^\S\n]*(?:[.;]|,{SP}(?:and|while|who)\b|$))"
)


# "played by twins, " before the actors: they share the one role
_SHARED_BY = fast_pattern(r"\b(?:twins|triplets)\b[^\S\n]*,?[^\S\n]*$")


def _played_by(sentence: str, span: tuple[int, int], text: str, ctx: _Context) -> list[CastMention]:
    out = []
    taken: list[tuple[int, int]] = []  # described roles: their descriptions hold no role
    for m in _patterns()["described_played_by"].finditer(sentence):
        if _NAME_IS_PLAYED.fullmatch(sentence, m.end("char"), m.start("actor")):
            # ("the Centre, the boy Jarod was played by X": the name right before the verb,
            # with no comma to close a description, is the role)
            continue
        taken.append(m.span())
        if _WHO_INSIDE.search(
            sentence, m.end("char"), m.start("actor")
        ) and _BARE_PARTICIPLE.search(sentence, m.end("char"), m.start("actor")):
            # "Imogen, an agent escorting a woman who may be a commander, played by X":
            # the one the relative clause describes is played, not the role named first
            continue
        for written in (m.group("actor"), m.group("actor2")):
            character, actor = clean_character(m.group("char")), clean_actor(written or "")
            if character and actor:
                ctx.add_actor(actor)
                out.append(_mention(actor, character, span, text, PLAIN))
    splitter = _NAME_LIST_SPLIT
    if "respectively" in sentence:
        for m in _patterns()["as_respectively"].finditer(sentence):
            chars = [clean_character(c) for c in splitter.split(m.group("chars"))]
            actors = [clean_actor(a) for a in splitter.split(m.group("actors"))]
            if len(chars) != len(actors) or len(actors) < 2:
                continue
            # "play the spies known only as John and Jane, respectively"
            sole = bool(_ONLY_AS.search(sentence, m.end("actors"), m.start("chars")))
            for character, actor in zip(chars, actors, strict=True):
                if character and actor and ctx.personish(actor):
                    ctx.add_actor(actor)
                    out.append(
                        _mention(
                            actor,
                            character,
                            span,
                            text,
                            PLAIN,
                            returning=_returning(sentence),
                            sole_name=sole,
                        )
                    )
    played_by = _patterns()["played_by"]
    pos = 0
    while m := played_by.search(sentence, pos):
        pos = m.end()
        if any(a <= m.start() < b for a, b in taken):
            continue  # "to Mars, played by X" inside "Emma, an astronaut ..., played by X"
        actors_text = m.group("actors")
        if _PLAYED_BY_AFTER.match(sentence, m.end()):
            # "Sam, played by A, and Dean, played by B": the list's last name is the next
            # role, not a second actor
            cut = _last_list_item(actors_text)
            if cut is None:
                continue
            pos = m.start("actors") + cut.end()
            actors_text = actors_text[: cut.start()]
        agent = _BY_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        if agent:
            # "The role of Felix, originated by Tom Reyes, will be played by Omar Dale": the
            # name after "by" is a person, the role the one named before it
            role = _ROLE_OF_BEFORE.search(sentence, max(0, agent.start() - 60), agent.start())
            character = clean_character(role.group("char")) if role else None
            earlier = clean_actor(m.group("chars"))
            later = [clean_actor(a) for a in splitter.split(m.group("actors"))]
            if character and earlier and len(later) == 1 and later[0]:
                for actor, recast in ((later[0], True), (earlier, False)):
                    ctx.add_actor(actor)
                    out.append(_mention(actor, character, span, text, PLAIN, recast=recast))
            continue
        chars = [clean_character(c) for c in splitter.split(m.group("chars"))]
        if len(chars) > 1 and _ROLE_VERB_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            chars = chars[1:]
        clause_end = actors_text.find(", and ") if len(chars) == 1 else -1
        if clause_end >= 0:
            # "Richard Manners is played by Tim Downie, and Liam Woodrum plays ...": the
            # comma and "and" start the next clause, not a second actor
            pos = m.start("actors") + clause_end
            actors_text = actors_text[:clause_end]
        one_more = len(chars) > 1 and len(splitter.split(actors_text)) == len(chars) + 1
        if (
            _NEXT_CLAUSE_AFTER.match(sentence, m.end())
            or (one_more and _NEXT_VERB_AFTER.match(sentence, m.end()))
        ) and (len(chars) == 1 or one_more):
            # "A is played by B, C stars as D": the list's last name is the next clause's
            # subject, not a second actor
            cut = _last_list_item(actors_text)
            if cut is not None:
                pos = m.start("actors") + cut.end()
                actors_text = actors_text[: cut.start()]
        actors = [clean_actor(a) for a in splitter.split(actors_text)]
        gapped = _GAPPED_BY.match(sentence, m.end())
        if gapped and len(chars) == 1 and len(actors) == 2:
            # "Owen Hunt is played by Kevin McKidd and Teddy Altman by Kim Raver": the
            # second role's "is played" left out
            chars = [chars[0], clean_character(actors[1] or "")]
            actors = [actors[0], clean_actor(gapped.group("actor"))]
        if (
            len(chars) == 1
            and len(actors) == 2
            and _SHARED_BY.search(sentence, max(0, m.start("actors") - 12), m.start("actors"))
        ):
            chars = chars * 2  # "is played by twins, Ann Roe and Beth Roe": both play her
        if len(chars) > 1 and not m.group("resp") and len(actors) != len(chars):
            chars = chars[-1:]  # "Kat, Justin and Serena, played by X": only the last is sure
        elif len(chars) == len(actors):
            # ("Alan and Amy Matthews are played by William Russ and Betsy Randle": as many
            # actors as roles, in turn)
            chars = share_surname(chars)
        if len(chars) != len(actors):
            continue
        for character, actor in zip(chars, actors, strict=True):
            if character and actor:
                ctx.add_actor(actor)
                out.append(
                    _mention(actor, character, span, text, PLAIN, returning=_returning(sentence))
                )
    return out


def _particle_name(words: str) -> bool:
    """ "Bree Van de Kamp": a person's long name, its particle in lower case (no work's)."""
    return NAME_RE.fullmatch(words) is not None and any(
        w.islower() and w != "of" for w in words.split()
    )


def _credit_sentence(sentence: str) -> bool:
    """Whether parentheses in the sentence hold earlier work ("Jane Doe (Nightfall)")."""
    for m in _patterns()["paren_any"].finditer(sentence):
        inside = m.group(1).split()
        if inside and (
            inside[0] in ("A", "An", "of", "from", "in")
            or any(w in _FUNCTION_CAPS for w in inside[1:])
            or (len(inside) >= 4 and not _particle_name(m.group(1).strip()))
            or (inside[0] == "The" and len(inside) >= 3)
        ):
            return True
    return False


def _parentheses(
    sentence: str,
    span: tuple[int, int],
    text: str,
    ctx: _Context,
    doc_lean: int = 0,
    pairs: list[tuple[str, str, str]] | None = None,
    forced: str | None = None,
) -> list[CastMention]:
    """ "Character (Actor)" and "Actor (Character)" pairs, each read the way the sentence reads.

    Pairs whose direction is clear (a known actor, a surname, a one-word role)
    decide for the pairs of the same sentence that could be read both ways
    ("David Harbour (Jim Hopper)"); then how the article uses the names
    elsewhere (:meth:`_Context.lean`), in the sentence, then in the whole
    article (``doc_lean``); then whether what the sentence says of them is about
    casting ("A (X) and B (Y) are series regulars"); failing all, "Character
    (Actor)", the usual order in running text, wins.
    """
    out = []
    for m in _patterns()["paren_as"].finditer(sentence):
        # "Jane Doe (as Mary Blake)": as plain as "Jane Doe as Mary Blake".
        actor, character = clean_actor(m.group("actor")), clean_character(m.group("char"))
        if actor and character and ctx.resolvable(actor):
            out.append(
                _mention(actor, character, span, text, PLAIN, returning=_returning(sentence))
            )
    described = [
        m
        for m in _patterns()["paren_desc"].finditer(sentence)
        if m.group("desc").split()[0] not in ("as", "playing", "plays")
        and _prefix_ok(m.group("desc"))
    ] + [
        m
        for m in _patterns()["paren_role_desc"].finditer(sentence)
        # (not "Ann Lee (Mary Blake, the actress who ...)": a performer described)
        if not _job_words()[0] & set(m.group("desc").casefold().split())
    ]
    for m in described:
        actor, character = clean_actor(m.group("actor")), clean_character(m.group("char"))
        if actor and character and ctx.personish(actor) and not ctx.known_actor(character):
            out.append(
                _mention(actor, character, span, text, PAREN, returning=_returning(sentence))
            )
    if pairs is None:
        pairs = _paren_pairs(sentence, ctx)
    votes = [d for _, _, d in pairs if d in ("CA", "AC")]
    predicate = _cast_predicate(sentence)
    lean = sum(ctx.lean(o, i) for o, i, d in pairs if d == "both") or doc_lean
    by_usage = False
    if forced:
        default, by_usage = forced, True  # the order of the whole list this line is in
    elif votes:
        default = "AC" if votes.count("AC") > votes.count("CA") else "CA"
        # pairs read one way because a known actor is outside: the list reads that way
        by_usage = any(d == default and ctx.personish(i) for _, i, d in pairs)
    elif family := _family_side([(o, i) for o, i, d in pairs if d == "both"]):
        default, by_usage = family, True
    elif _story_group_before().search(sentence, 0, _first_paren_name(sentence)):
        default, by_usage = "CA", True  # "Leckie's friends include A (B)": roles first
    elif _story_group_after().match(sentence, sentence.rfind(")") + 1):
        default, by_usage = "CA", True  # "A (X) and B (Y) round out the sisters": roles
    elif lean:
        default, by_usage = ("AC" if lean > 0 else "CA"), True
    elif predicate:
        default, by_usage = "AC", True  # "A (X) and B (Y) are series regulars": people, cast
    else:
        default = "CA"
    credit = _credit_sentence(sentence)
    credits = credit or not _patterns()["cue_words"].search(sentence)
    returning = _returning(sentence)
    for outer, inner, direction in pairs:
        both = direction == "both"
        if both:
            direction = default
        if direction == "CA":
            character = clean_character(outer)
            actor = clean_actor(inner) if is_full_name(inner) else inner
            strength = PAREN
        elif direction == "AC" and (
            (forced and not credit)
            or not credits
            or (not credit and ((both and by_usage) or predicate))
            # "A (Jane Hale)" with A an actor the article knows: a person's name inside is
            # a role, not a credit like "A (Nightfall)"
            or (not credit and not both and (ctx.personish(inner) or _ranked_name(inner)))
            # "Paul Schrier (Bulk) and Jason Narvy (Skull) spent three years ...": a
            # person's whole name, then a one-word name that is not a show of the article
            or (
                not credit
                and not both
                and default == "AC"
                and " " not in inner.strip()
                and " " in outer.strip()
                and ctx.personish(outer)
                and _bare(inner) not in ctx.titles
            )
        ):
            # Also the shape of a film credit, "Jane Doe (Nightfall)": the weakest evidence.
            character, actor, strength = clean_character(inner), clean_actor(outer), WEAK
        else:
            continue
        if character and actor and character != actor:
            out.append(_mention(actor, character, span, text, strength, returning=returning))
    return out


@cache
def _story_group_before() -> Any:
    """ "Leckie's friends include ", "The couple's children are their oldest son, ":
    a group of the story's people introduces the list."""
    groups = _alt(phrases()["story_groups"])
    return fast_pattern(
        rf"\b(?:\p{{L}}+['’]s?|his|her|their|its|[Tt]he)(?:{SP}[\p{{Ll}}-]+){{0,2}}{SP}(?:{groups})"
        rf"(?:{SP}(?:at|in|on|from){SP}[\p{{Ll}}-]+(?:{SP}[\p{{Ll}}-]+)?)?"
        rf"(?:{SP}(?:also|now|still))?{SP}(?:include|includes|included|are|were)\b[^()]{{0,40}}$"
    )


@cache
def _story_group_after() -> Any:
    """ "... round out the sisters", "... complete the family": the names before are a
    group of the story's people."""
    groups = _alt(phrases()["story_groups"])
    return fast_pattern(
        rf"{SPO}(?:,{SP})?(?:round|rounds|rounded|complete|completes|completed|make{SP}up|"
        rf"makes{SP}up)(?:{SP}out)?{SP}the{SP}(?:[\p{{Ll}}-]+{SP})?(?:{groups})\b"
    )


def _first_paren_name(sentence: str) -> int:
    """Where the first "Name (Name)" of the sentence starts (its end when there is none)."""
    m = _patterns()["paren"].search(sentence)
    return m.start("out") if m else len(sentence)


def _family_side(pairs: list[tuple[str, str]]) -> str | None:
    """ "Ryan Malloy (Kevin Connolly), Tiffany Malloy (Nikki Cox)": names that share a
    surname on one side of the brackets are a family in the story, so that side holds
    the roles ("CA" when outside, "AC" when inside); None when neither side or both do."""

    def shared(names: list[str]) -> bool:
        last = [n.split()[-1] for n in names if len(n.split()) > 1]
        return len(last) != len(set(last))

    if len(pairs) < 2:
        return None
    outer, inner = shared([o for o, _ in pairs]), shared([i for _, i in pairs])
    if outer == inner:
        return None
    return "CA" if outer else "AC"


def _cast_predicate(sentence: str) -> bool:
    """Whether the sentence says the people outside the brackets are cast: "A (X) and B (Y)
    are series regulars", "Also in the cast: A (X), B (Y)"."""
    pats = _patterns()
    close = max(sentence.rfind(")"), sentence.rfind("]"))
    if close >= 0 and pats["cast_predicate"].match(sentence, close + 1):
        return True
    first = pats["paren"].search(sentence)
    return bool(first and pats["cast_opener"].search(sentence, 0, first.start()))


def _list_directions(
    spans: list[tuple[int, int]], pairs: list[list[tuple[str, str, str]]], text: str, ctx: _Context
) -> dict[int, str]:
    """The order ("CA" or "AC") shared by each bulleted list of "Name (Name)" lines, keyed
    by each line's sentence start.

    Evidence, summed over the list: a line whose order is clear on its own; a title
    that marks a character ("Prince Oswin (Tomas Brandt)", "Dr. Ann Lee (Jane
    Doe)"); a name the article uses elsewhere as an actor's; last, how the article
    uses the names alone (:meth:`_Context.lean`). A list with no evidence either way,
    or with a single line, is left to each line.
    """
    lists: list[list[int]] = []
    last_line_end = -2
    for k, (start, _) in enumerate(spans):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if not (_LIST_LINE.match(line) and len(pairs[k]) == 1):
            last_line_end = -2
            continue
        if lists and not text[last_line_end:line_start].strip():
            lists[-1].append(k)
        else:
            lists.append([k])
        last_line_end = line_end
    out: dict[int, str] = {}
    for members in lists:
        if len(members) < 2:
            continue
        score = lean = 0
        for k in members:
            outer, inner, direction = pairs[k][0]
            if direction in ("AC", "CA"):
                score += 3 if direction == "AC" else -3
                continue
            if direction != "both":
                continue
            score += 3 * (_character_title(inner) - _character_title(outer))
            score += 3 * (
                ctx.known_actor(clean_actor(outer) or outer)
                - ctx.known_actor(clean_actor(inner) or inner)
            )
            lean += ctx.lean(outer, inner)
        score = score or lean
        if score:
            for k in members:
                out[spans[k][0]] = "AC" if score > 0 else "CA"
    return out


def _character_title(name: str) -> bool:
    """Whether the name opens with a title that marks a role: "Prince", "Dr.", "Detective"."""
    words = name.split()
    return len(words) > 1 and words[0] in _CHARACTER_TITLES


_CHARACTER_TITLES = frozenset(phrases()["character_titles"])


def _paren_pairs(sentence: str, ctx: _Context) -> list[tuple[str, str, str]]:
    """(outer, inner, direction) of each "Name (Name)" in the sentence."""
    pairs = []
    for m in _patterns()["paren"].finditer(sentence):
        outer, inner = m.group("out").strip(), m.group("in").strip()
        if canonical_network(inner) and inner not in needs_context():
            continue  # "Titus (Fox)": a show and its network, not a role and its actor
        direction = _direction(outer, inner, ctx)
        if direction == "both":
            before = sentence[: m.start("out")]
            first, _, rest = outer.partition(" ")
            if " " in rest and first.istitle() and first.lower() in _job_words()[0]:
                before += first + " "  # "Newcomer Grace Saif (Ani Achola)"
            direction = _direction_by_job(before) or direction
        if direction == "both" and _actor_beside(sentence, m, ctx):
            direction = "AC"
        pairs.append((outer, inner, direction))
    return pairs


# "A (X) and Tim Bagley, who plays ...", "Tim Bagley and A (X)": the name listed beside
_NAME_AFTER_PAREN = fast_pattern(rf"{SPO}(?:,{SP})?(?:and|&){SP}(?P<name>{NAME})")
_SUBJECT_PERSON = fast_pattern(rf"^{SPO}(?:[^,;\n]{{1,40}},{SP})?(?P<name>{NAME})")
_CLAUSE_BEFORE_PAREN = fast_pattern(rf"(?:,{SP}(?:while|whereas)|;){SP}$")
# (not "Nora Pell, played by Carla Vint, and Ted Rusk (Owen Marsh)": an aside's actor)
_NAME_BEFORE_PAREN = fast_pattern(
    rf"(?<!\bby{SP})(?P<name>{NAME}){SPO}(?:,{SP}(?:and{SP})?|{SP}(?:and|&){SP})$"
)


def _actor_beside(sentence: str, m: regex.Match[str], ctx: _Context) -> bool:
    """Whether "Name (Name)" is listed beside an actor the sentence pairs with a role: the
    people of one list are alike, so the outer name is an actor too."""
    near = [
        _NAME_AFTER_PAREN.match(sentence, m.end()),
        _NAME_BEFORE_PAREN.search(sentence, 0, m.start("out")),
    ]
    if _CLAUSE_BEFORE_PAREN.search(sentence, 0, m.start("out")):
        # "A has played X, while B (Y) brings ...": the clause beside opens on an actor
        near.append(_SUBJECT_PERSON.match(sentence))
    return any(
        n is not None
        and (name := clean_actor(n.group("name"))) is not None
        and is_full_name(name)
        and name in ctx.actors
        for n in near
    )


_WORD_BEFORE = fast_pattern(r"(?P<word>[\p{L}-]+)[^\S\n]+$")


@cache
def _job_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """cast_phrases.json's performer_jobs, story_people, agent_endings and not_agents."""
    p = phrases()
    return (
        frozenset(p["performer_jobs"]),
        frozenset(p["story_people"]),
        tuple(p["agent_endings"]),
        frozenset(p["not_agents"]),
    )


def _direction_by_job(before: str) -> str | None:
    """ "saloon owner Al Swearengen (Ian McShane)": a job inside the story before the outer
    name makes it the role ("CA"); "actress Jane Doe (Mary)" makes it the actor ("AC")."""
    m = _WORD_BEFORE.search(before)
    if m is None:
        return None
    word = m.group("word")
    if word[:1].isupper() and word[1:].islower():
        word = word.lower()  # "Newcomer Grace Saif (Ani Achola)" opening its sentence
    performers, story_people, endings, not_agents = _job_words()
    if word in performers:
        return "AC"
    if word in story_people or (
        word.islower() and word.endswith(endings) and word not in not_agents
    ):
        return "CA"
    return None


# "A B, C D and E F": full names in a plain list, outside brackets
_PEOPLE_LIST = fast_pattern(
    # (whole words for the names a comma or "and" follows; the last one stays NAME: a name
    # cut short before a bracket passes its lookahead)
    # ("Mary, played by Jane Doe, and Ann": no comma before the "and" of two names)
    rf"(?<![(\[])\b{WHOLE_WORD_NAME}(?:(?:{SPO},{SP}{WHOLE_WORD_NAME})+(?:{SPO},)?)?{SP}(?:and|&){SP}"
    rf"{NAME}(?![^\S\n]*[)\]])"
)


def _people_lists(text: str) -> list[regex.Match[str]]:
    """Every _PEOPLE_LIST match in ``text``. A list stays on one line and needs its "and"
    (or "&"): only the lines with one are searched (each in place, so the pattern sees
    the same text around it)."""
    found: list[regex.Match[str]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text.find("and", start, end) >= 0 or text.find("&", start, end) >= 0:
            found += _PEOPLE_LIST.finditer(text, start, end)
        start = end + 1
    return found


_LIST_SPLIT = fast_pattern(rf"{SPO},{SP}(?:and{SP}|&{SP})?|{SP}(?:and|&){SP}")


def _direction(outer: str, inner: str, ctx: _Context) -> str:
    """ "CA" (Character (Actor)), "AC" (Actor (Character)), "both" or "none"."""
    # "Kirsten Nelson (Chief Karen Vick)": a rank before a full name marks the role (not
    # an honour an actor may hold, "Dame Judi Dench")
    in_rank, out_rank = _ranked_name(inner), _ranked_name(outer)
    if in_rank != out_rank:
        return "AC" if in_rank else "CA"
    # "Mike Lombardi (Mike Silletti)": a performer the project knows is the actor's side
    out_listed, in_listed = outer in known_performers(), inner in known_performers()
    if out_listed != in_listed:
        return "AC" if out_listed else "CA"
    out_person, in_person = ctx.personish(outer), ctx.personish(inner)
    out_known = ctx.known_actor(clean_actor(outer) or outer) or ctx.listed_with_actor(outer)
    in_known = ctx.known_actor(clean_actor(inner) or inner) or ctx.listed_with_actor(inner)
    if out_person and in_person:
        out_family = _family_name(shape(outer).last, ctx.text)
        in_family = _family_name(shape(inner).last, ctx.text)
        if out_family != in_family:
            # "Luna Blaise (Olive Stone)" among the Stones (and "Carlton Banks (Alfonso
            # Ribeiro)" among Philip, Hilary and Ashley Banks, even when a mistaken pair
            # made "Banks" an actor's surname)
            return "AC" if in_family else "CA"
        if out_known != in_known:
            return "AC" if out_known else "CA"
        return "both"
    if in_person:
        return "CA"
    single = shape(inner).words
    if len(single) == 1 and inner == single[0]:
        full = resolve_short(inner, ctx.full_names)
        if (
            full
            and shape(full).last != shape(outer).last
            # (not "Hoult (Peter)" after "the Emperor Peter": a rank, then the role's name)
            and not leading_rank(full.split()[:1])
            and full.split()[0] not in _CHARACTER_TITLES
        ):
            return "CA"  # "Mara (Reyes)": a surname the article gives in full elsewhere
    if out_person and not any(w in _FUNCTION_CAPS for w in inner.split()[1:]):
        return "AC"
    return "none"


def _ranked_name(name: str) -> bool:
    """A rank or office, then a first and last name: "Chief Karen Vick", "Dr. Mia Hale"."""
    words = name.split()
    rank = leading_rank(words)
    return (
        bool(rank)
        and words[0] not in ("Sir", "Dame")
        # ("Lady Catherine de Bourgh": a particle inside the surname)
        and len(named := [w for w in words[rank:] if w not in _NAME_PARTICLES]) == 2
        and all(w[:1].isupper() for w in named)
    )


_NAME_PARTICLES = frozenset(
    ("de", "du", "da", "di", "del", "della", "van", "von", "der", "le", "la")
)


def _possessives(
    sentence: str, span: tuple[int, int], text: str, ctx: _Context, cast_here: bool = False
) -> list[CastMention]:
    """ "Actor's Character" as an aside ("Jane Doe's Mary – the heiress – ..."), or as the
    subject in a sentence about the cast: "Jane Doe's Mary crashes the car (X and Y,
    played by ...)" beside another cast statement, and "Jane Doe's scheming lawyer Mary
    Blake is back" with a role's description and a full name.

    ``cast_here``: the sentence already pairs other actors with roles.
    """
    pats = _patterns()
    cued = cast_here or bool(pats["cue_words"].search(sentence) or _FATES.search(sentence))
    if not cued and "," not in sentence:
        return []
    out = []
    found = list(pats["possessive"].finditer(sentence))
    # "A's X and B's Y each had devoted followings": two such pairs side by side say it
    # ("A's X, the couple's handler, and B's Y": the first described in between)
    listed = {
        i
        for i, (a, b) in enumerate(itertools.pairwise(found))
        if _POSSESSIVE_LIST_GAP.fullmatch(sentence, a.end(), b.start())
    }
    listed |= {i + 1 for i in listed}
    taken: set[int] = set()
    for i, m in enumerate(found):
        desc = m.group("desc") or ""
        followed = not pats["possessive_end"].match(sentence, m.end())
        # "Jane Doe's Mary Blake was killed off in season two": only a role is killed off
        # ("Tom Vale's wife Ann was killed off": a described name is a relative in the story)
        fate = not desc and bool(_FATES.match(sentence, m.end()))
        actor = clean_actor(m.group("actor"))
        character = clean_character(m.group("char"))
        if not (actor and character) or (desc and _work_words() & set(desc.casefold().split())):
            continue  # "Jane Doe's hit comedy Harbor Lights": her show, not a role
        at = span[0] + m.start("char")
        if (
            not cued
            and i not in listed
            # "Katie McGrath's Morgana, once the king's ward, ...": a performer our corpora
            # know, and a name read as a person's or one of her known roles (not "Pamela
            # Adlon's Better Things", her show)
            and not (
                actor in known_performers()
                and (
                    ctx.entity_label(at, at + len(m.group("char"))) == "PERSON"
                    or character in known_roles().get(actor, ())
                )
            )
        ):
            # "Jane Doe's Mary Blake, the former mayor, ...": a role described as a person
            # in the story, in a sentence with no other word about the cast
            appos = _PERSON_APPOSITIVE.match(sentence, m.end())
            if not appos or _work_words() & set(appos.group("words").casefold().split()):
                continue
            if len(shape(character).words) != 2 or not ctx.personish(character):
                continue
        if followed and not fate:
            clause = _SENTENCE_CLAUSE_END.split(sentence[m.end() :], maxsplit=1)[0]
            if _SHOW_TALK.search(clause):
                continue  # "Jane Doe's Harbor Lights is back for a second season": a show
            # Only a described two-word name reads as a role without other cast around it.
            described = bool(desc) and len(shape(character).words) == 2
            if not (cast_here or i in listed or ctx.known_actor(actor)) and not (
                described and ctx.personish(character)
            ):
                continue
        start, end = span[0] + m.start("actor"), span[0] + m.end("actor")
        # (the model may tag only the surname: "of Micah [Fowler]'s J.J. DiMeo")
        is_person = any(s < end and start < e for s, e in ctx.person_spans)
        # "A's X, ..., and B's Y": the pair listed after one taken is read the same way,
        # whatever the model makes of B's name or Y
        after_taken = i in listed and i - 1 in taken
        if not ((is_person or fate or after_taken) and ctx.personish(actor)):
            continue
        if len(shape(character).words) > 2 or ctx.known_actor(character):
            continue
        if character.split()[0] in _FUNCTION_CAPS or pats["work_noun"].match(sentence, m.end()):
            continue  # "Neil Gaiman's The Sandman comics": a creator's work, not a role
        whole = _bare(sentence[m.start("actor") : m.end("char")])
        if _bare(character) in ctx.titles or whole in ctx.titles or _behind_camera(actor, text):
            # "Jane Doe's Harbor Lights is back": a creator and her show ("Miranda Hart's
            # Joke Shop": a show named so)
            continue
        # "Shonda Rhimes's Bridgerton returns with ...": an undescribed name running on into
        # the sentence must read as a person's to the model, or it may be a creator's show.
        # (a name killed off or written out is a role whatever the model calls it)
        if (
            followed
            and not desc
            and not fate
            and not after_taken
            and ctx.entity_label(at, at + len(m.group("char"))) != "PERSON"
        ):
            continue
        taken.add(i)
        out.append(_mention(actor, character, span, text, WEAK, returning=_returning(sentence)))
    return out


_POSSESSIVE_LIST_GAP = fast_pattern(
    rf"(?:,{SP}(?:the|a|an|his|her|their){SP}[^,;.()]{{1,50}})?(?:,{SP}and|,|{SP}and){SP}"
)
_FATES = fast_pattern(
    rf"{SP}(?:was|is|has{SP}been|had{SP}been|gets|got|will{SP}be){SP}"
    rf"(?:{_alt(phrases()['character_fates'], space=SP)})\b",
    regex.I,
)


# ", the former NASA director who ...": an appositive describing a person in the story
_PERSON_APPOSITIVE = fast_pattern(
    rf"{SPO},{SP}(?:the|a|an){SP}(?P<words>\p{{Ll}}[\p{{Ll}}\-]*(?:{SP}(?:{WORD}|\p{{Ll}}[\p{{Ll}}\-]*)){{1,5}})"
)


@cache
def _work_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in phrases()["work_nouns"] + phrases()["genre_words"])


def _behind_camera(name: str, text: str) -> bool:
    """Whether the article calls the person a creator, writer or the like near any mention."""
    at = text.find(name)
    while at >= 0:
        if _CREW_RE.search(text, max(0, at - 40), at + len(name) + 40):
            return True
        at = text.find(name, at + 1)
    return False


_WS = r"\s+"

# What is said of a show, not of a role: "is back for a second season", "was renewed", or
# a release date ("returns this fall", "lands in March"; month names only capitalised).
_SHOW_TALK = fast_pattern(
    rf"\b(?:{_alt(phrases()['show_talk'], space=_WS)}"
    rf"|(?:this|next|later\s+this)\s+(?:fall|autumn|spring|summer|winter|year|month|week)"
    rf"|(?-i:{_alt(phrases()['release_calendar'])}))\b",
    regex.I,
)

_CREW_RE = fast_pattern(
    rf"\b(?:{_alt(phrases()['creator_words'], space=_WS)})\b",
    regex.I,
)

_ACTOR_HEADER = fast_pattern(
    r"\b(?:actor|actress|cast|performer|played by|portrayed by|voiced by|star|name)s?\b",
    regex.I,
)
_ROLE_HEADER = fast_pattern(r"\b(?:character|role|part|as|playing)s?\b", regex.I)
_STATUS_HEADER = fast_pattern(r"\b(?:status|returning|new)\b", regex.I)


def cast_from_tables(tables: list[list[list[str]]]) -> list[CastMention]:
    """Cast from HTML tables whose header names an actor column and a character column.

    Tables without such a header give nothing: a bare two-column table does not
    say which side is the actor.
    """
    out: list[CastMention] = []
    for table in tables:
        actor_col = role_col = status_col = None
        for row in table:
            cells = [" ".join(c.split()) for c in row]
            if actor_col is None:
                roles = [i for i, c in enumerate(cells) if _ROLE_HEADER.search(c)]
                actors = [
                    i for i, c in enumerate(cells) if _ACTOR_HEADER.search(c) and i not in roles
                ]
                if roles and actors:
                    actor_col, role_col = actors[0], roles[0]
                    status = [i for i, c in enumerate(cells) if _STATUS_HEADER.search(c)]
                    status_col = status[0] if status else None
                continue
            if max(actor_col, role_col) >= len(cells):
                continue
            actor = _cell_name(cells[actor_col], clean_actor)
            character = _cell_name(cells[role_col], clean_character)
            if not (actor and character and is_full_name(actor)):
                continue
            if _CREW_WORDS & set(character.casefold().split()):
                continue  # a crew table: "Jane Doe | Executive Producer"
            returning = None
            if status_col is not None and status_col < len(cells):
                returning = _returning(cells[status_col])
            evidence = " | ".join(cells)
            out.append(CastMention(actor, character, -1, -1, evidence, returning, PLAIN))
    return out


def _line_matches(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """``pattern.finditer(text)`` for a MULTILINE pattern that opens with "^" and never
    matches across a line: tried at line starts only (finditer tries every position)."""
    out = []
    match = pattern.match
    pos = 0
    while pos >= 0:
        m = match(text, pos)
        if m:
            out.append(m)
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1
    return out


def _dash_lines(text: str, ctx: _Context) -> list[CastMention]:
    """Cast-list lines "Actor — Character", "Character – Actor", or "Name — Name (teen),
    Name (adult)", read like "Name (Name)".

    A side that is no person's full name ("Rosalind Ferro — Mab") is the role;
    the side that lists several people is the actors' (one role, two ages);
    otherwise the article's use of the names decides, over the whole list.
    A one-word role needs a list the article introduces as cast ("Cast",
    "Who is coming back:"): "Harbor Lights — Pending" is a tracker line.
    """
    pats = _patterns()
    rows = []
    for m in _line_matches(pats["dash_line"], text):
        left = m.group("left").strip()
        right = [r.strip() for r in pats["dash_right"].findall(m.group("right"))]
        if not right or any(_CREW_WORDS & set(n.casefold().split()) for n in [left, *right]):
            continue  # "Executive Producers: Jane Doe and John Roe"
        if any(n.casefold() in verdict_words() for n in [left, *right]):
            continue  # "DEADLINE: PICKED UP": a roundup's verdict line
        left_person = ctx.personish(left)
        right_people = all(ctx.personish(r) for r in right)
        if left_person and right_people:
            kind = "both"
        elif left_person and len(right) == 1 and _role_word(right[0], ctx):
            kind = "AC"  # "Rosalind Ferro — Mab"
        elif right_people and _role_word(left, ctx):
            kind = "CA"  # "Mab — Rosalind Ferro"
        elif right_people and _character_title(left):
            kind = "CA"  # "Detective June Marsh: Nora Hale"
        elif left_person and len(right) == 1 and _character_title(right[0]):
            kind = "AC"  # "Nora Hale — Captain Ed Hollis"
        else:
            continue
        if (kind != "both" or m.group("colon")) and not _cast_list_context(text, m.start()):
            continue  # "Tracker: Pending"; "Label: Name" lines are everywhere
        rows.append((m.start(), m.end(), left, right, kind))
    titles = ctx.titles
    titled = [r for r in rows if any(_bare(n) in titles for n in [r[2], *r[3]])]
    if len(titled) > 1:
        # "Harbor Lights — Ana Sol": a list of shows and their stars. One show named
        # after its lead ("Ana Sol — Dora Vance" for a show "Dora Vance") is still a role.
        rows = [r for r in rows if r not in titled]
    if len(rows) < 2 and not (rows and _cast_list_context(text, rows[0][0])):
        return []  # one "Jane Doe — Getty Images" line is a caption, not a cast list
    # Characters of one family share a surname down the list ("Daemon Targaryen",
    # "Aemond Targaryen"); the actors playing them rarely do.
    left_names = Counter(shape(r[2]).last for r in rows if len(r[2].split()) > 1)
    right_names = Counter(shape(n).last for r in rows for n in r[3] if len(n.split()) > 1)
    shared_left = sum(c for c in left_names.values() if c > 1)
    shared_right = sum(c for c in right_names.values() if c > 1)
    lean = both_lean = 2 * (shared_right - shared_left)
    plain_kinds = {r[4] for r in rows if r[4] != "both"}
    for _, _, left, right, kind in rows:
        if kind != "both":
            lean += 3 if kind == "AC" else -3  # the list's plain rows show its order
            continue
        row_lean = -3 if len(right) > 1 else 0  # several actors for one character
        row_lean += sum(ctx.lean(left, r) for r in right)
        # "Detective June Marsh: Nora Hale": a title that marks a role
        row_lean += 3 * (sum(_character_title(r) for r in right) - _character_title(left))
        if ctx.known_actor(left) or any(ctx.known_actor(r) for r in right):
            row_lean += 2 if ctx.known_actor(left) else -2
        # ("Ben Savage - Cory Matthews" where Alan, Amy and Eric Matthews are named too: the
        # side with the family's name is the role)
        row_lean += 2 * (
            sum(_family_name(shape(r).last, text) for r in right if " " in r)
            - (" " in left and _family_name(shape(left).last, text))
        )
        lean += row_lean
        both_lean += row_lean
    out = []
    for start, end, left, right, kind in rows:
        evidence = " ".join(text[start:end].split())
        mononym = False
        if len(plain_kinds) > 1 and _against_list(kind, both_lean, left, right, ctx):
            # "Zendaya — Rue Bennett" in a list whose full-name rows and one-word roles
            # ("Angus Cloud — Fezco") read actor first: the one word is a stage name.
            kind, mononym = "AC" if kind == "CA" else "CA", True
        direction = kind if kind != "both" else ("AC" if lean > 0 else "CA" if lean < 0 else "")
        for r in right:
            if direction == "CA":
                actor, character = clean_actor(r), clean_character(left)
            elif direction == "AC":
                actor, character = clean_actor(left), clean_character(r)
            else:
                continue  # no way to tell the actor from the role
            if actor and character and actor != character:
                out.append(
                    CastMention(
                        actor, character, start, end, evidence, None, PAREN, mononym=mononym
                    )
                )
    return out


# A guide's line that a role's name opens: "Baloo: Ed Gilbert takes over the big bear",
# "Wildcat: the scatterbrained mechanic is played by Pat Fraley."
_LABELLED_ROLE = fast_pattern(
    rf"^(?:[-*•]{SP})?(?P<role>{NAME}):{SP}(?:"
    rf"(?P<actor>{NAME}){SP}(?:plays|voices|portrays|takes{SP}over|is){SP}"
    rf"(?=(?:the|a|an|his|her|their|\p{{Lu}}[\p{{L}}'’-]*['’]s){SP})"
    rf"|(?:(?i:the|a|an)|his|her|their|\p{{Lu}}[\p{{L}}'’-]*['’]s){SP}[^\n]{{0,150}}?{SP}(?:is|are){SP}"
    rf"(?:played|voiced|portrayed){SP}by{SP}(?P<actor2>{NAME}))",
    regex.M,
)


def _labelled_roles(text: str, ctx: _Context) -> list[CastMention]:
    """Pairs from a guide whose lines open on the role's name and describe the role, with
    its actor as the subject or after "played by". Two such lines at least: one
    "Status: Jane Doe is ..." line is no guide."""
    labels = section_label_words() | fact_label_words()
    found = []
    for m in _line_matches(_LABELLED_ROLE, text):
        role, actor = m.group("role"), m.group("actor") or m.group("actor2")
        if (
            role.casefold() in labels
            or _bare(role) in ctx.titles
            or not ctx.personish(actor)
            or role in known_performers()  # (a performer's name opens a cast line too)
        ):
            continue
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        actor, character = clean_actor(actor), clean_character(role)
        if actor and character and actor != character:
            evidence = " ".join(text[m.start() : end].split())
            found.append(CastMention(actor, character, m.start(), end, evidence))
    return found if len(found) >= 2 else []


def _against_list(kind: str, both_lean: int, left: str, right: list[str], ctx: _Context) -> bool:
    """Whether a row read by its one-word side runs against the order its list's full-name
    rows clearly show, and that word is in no one's full name (a stage name, not a first
    name or a surname)."""
    if kind == "CA" and both_lean >= 4 and len(right) == 1:
        word = left
    elif kind == "AC" and both_lean <= -4:
        word = right[0]
    else:
        return False
    if word.casefold() in _NOT_STAGE_NAMES or _bare(word) in ctx.titles:
        return False
    return not any(
        word == w or same_spelling_family(word, w, min_length=4)
        for f in ctx.full_names
        for w in shape(f).words
    )


def _family_name(last: str, text: str) -> bool:
    """A surname the article gives a family of characters: "the Marlowe family", "the
    Stones", or three first names before it ("Michaela, Ben and Grace Stone")."""
    if not last or len(last) < 3:
        return False
    firsts, families = _surname_index(text)
    return last in families or len(firsts.get(last, ())) >= 3


@lru_cache(maxsize=8)
def _surname_index(text: str) -> tuple[dict[str, set[str]], frozenset[str]]:
    """Per article, read once: surname -> first names seen before it, and the names of
    families ("the Marlowes", "the Marlowe family")."""
    firsts: dict[str, set[str]] = {}
    for m in _FIRST_LAST.finditer(text):
        firsts.setdefault(m.group(2), set()).add(m.group(1))
    families = frozenset(m.group(1) for m in _FAMILY.finditer(text))
    return firsts, families


_FIRST_LAST = fast_pattern(r"\b(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}[\p{L}'’-]+)\b)")
_FAMILY = fast_pattern(
    r"\bthe\s+(\p{Lu}[\p{L}'’-]+?)(?:s\b|\s+(?:family|clan|household|siblings|sisters|brothers)\b)"
)


def _role_word(name: str, ctx: _Context) -> bool:
    """A one-word name that can be a role ("Mab", "Quillon"), not a network or a status;
    also one with an epithet of origin ("Tamsin of Harrowgate")."""
    character = clean_character(name)
    words = name.split()
    epithet = len(words) == 3 and words[1] == "of" and words[2][:1].isupper()
    if not character or (len(words) != 1 and not epithet) or ctx.known_actor(name):
        return False
    return name.removesuffix("s") not in vocabulary()["calendar"]  # "Harbor Lights — Tuesdays"


def _cast_list_context(text: str, at: int) -> bool:
    """Whether the list holding the line at ``at`` is introduced as cast: the nearest line
    above the list (a heading or a lead-in sentence) speaks of cast or roles; a lead-in
    ending in a colon ("Here they are:") may leave that to the heading just above it."""
    pats = _patterns()
    end = at
    lead_in = None
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end - 1] if end > start else ""
        end = start
        stripped = line.strip()
        if not stripped:
            if start == 0:
                return False
            continue
        if lead_in is None and (_LIST_LINE.match(stripped) or pats["dash_line"].match(stripped)):
            continue  # another line of the same list
        if len(stripped) <= 300 and pats["list_intro"].search(stripped):
            return lead_in is None or _HEADING_LINE.match(stripped) is not None
        if lead_in is not None or not stripped.endswith(":"):
            return False
        lead_in = stripped
    return False


# A heading line: short, no sentence's closing full stop ("Who is in the cast?").
_HEADING_LINE = fast_pattern(r"^[^\n]{1,80}(?<![.:])$")


# A bulleted or numbered line, or a bare "Name (Name)" line: one item of a list.
_LIST_LINE = fast_pattern(rf"^(?:[-*•]|\d{{1,2}}[.)]){SP}|^{NAME}{SPO}\([^()\n]{{1,60}}\){SPO}$")


# "| Actor | Character |", "Actor | Character" (no outer bars) or tab-separated cells
_TEXT_ROW = fast_pattern(
    r"^[^\S\n]*(?:\|.*\||[^\n|]+(?:\|[^\n|]+)+|[^\t\n|]+(?:\t+[^\t\n|]+)+)[^\S\n]*$", regex.M
)
_RULE_ROW = fast_pattern(r"^[\s|:\-+]*$")


def _text_rows(text: str) -> Iterator[Any]:
    """_TEXT_ROW.finditer(text), tried only on the lines that hold a "|" or a tab.

    A row is one whole line and holds one of them; "|" stands in many a headline ("X
    renewed | Site"), and scanning the whole text for rows cost more than all the
    cast's other patterns. (``endpos`` at the line's end: "$" matches there.)"""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if ("|" in line or "\t" in line) and (m := _TEXT_ROW.match(text, start, end)):
            yield m
        start = end + 1


def tables_in_text(text: str) -> list[list[list[str]]]:
    """Tables written into plain text: "| Actor | Character |" rows (how trafilatura
    renders HTML tables) or tab-separated rows, one table per run of adjacent rows."""
    tables: list[list[list[str]]] = []
    last_end = -2
    for m in _text_rows(text):
        row = m.group().strip()
        if _RULE_ROW.match(row):
            last_end = m.end()
            continue  # "|---|---|"
        cells = [c.strip() for c in (row.strip("|").split("|") if "|" in row else row.split("\t"))]
        cells = [c for c in cells if c] if "|" not in row else cells
        if len(cells) < 2:
            continue
        if tables and text[last_end : m.start()].strip() == "":
            tables[-1].append(cells)
        else:
            tables.append([cells])
        last_end = m.end()
    return tables


_CREW_WORDS = frozenset(w.casefold() for w in vocabulary()["crew_words"] if " " not in w) | {
    "composer",
    "editor",
    "cinematographer",
    "designer",
    "co-creator",
    "co-showrunner",
}


def _cell_name(cell: str, clean: Any) -> str | None:
    m = _patterns()["name_only"].match(cell)
    return clean(m.group("name")) if m else None


# The cue pattern's phrases: "as", "played", ... and the lists below (STANDALONE_CUES), and
# the verbs that only open a longer phrase ("provides the voice of", "landed the role of").
STANDALONE_CUES = ("object_verbs", "to_verbs", "cue_words", "role_list_cues")
OPENING_CUES = ("voice_part_verbs", "role_taking_verbs")
CUE_LITERALS = ("as", "played", "portrayed", "portrayal", "interpretation", "again", "once more")
_ASCII_WORD = re.compile(r"[a-z0-9_]+")  # \w in lower-case ASCII text


@cache
def _cue_words() -> tuple[frozenset[str], dict[str, tuple[frozenset[str], ...]]]:
    """The cue pattern's one-word phrases, and for each first word of a longer phrase the
    words of each such phrase (all lower case): see :func:`_has_cue`."""
    p = phrases()
    standalone = [*CUE_LITERALS, *(w for key in STANDALONE_CUES for w in p[key])]
    opening = [w for key in OPENING_CUES for w in p[key]]
    single = {w.lower() for w in standalone if _ASCII_WORD.fullmatch(w.lower())}
    longer: dict[str, set[frozenset[str]]] = {}
    for phrase in [*standalone, *opening]:
        words = _ASCII_WORD.findall(phrase.lower())
        if phrase.lower() not in single:
            longer.setdefault(words[0], set()).add(frozenset(words))
    return frozenset(single), {w: tuple(needs) for w, needs in longer.items()}


def _has_cue(sentence: str) -> bool:
    """Whether ``_patterns()["cue"]`` matches in the sentence.

    Each word of a phrase the pattern matches is a whole word of the sentence (the phrases
    are words between word boundaries), so an ASCII sentence is told by its set of words:
    a one-word phrase among them is a match; without all the words of some longer phrase
    there is none, and only a sentence that has them is searched. (Most sentences have no
    cue: the search scanned each of them to its end, the cast step's largest cost.)
    """
    if "(" in sentence or "[" in sentence:
        return True  # the pattern matches any bracket
    if sentence.isascii():
        words = set(_ASCII_WORD.findall(sentence.lower()))
        single, longer = _cue_words()
        if not single.isdisjoint(words):
            return True
        if not any(needs <= words for w in words & longer.keys() for needs in longer[w]):
            return False
    return _patterns()["cue"].search(sentence) is not None


@Language.component("knowsofar_cast")
def cast_component(doc: Doc) -> Doc:
    """Find actor → character mentions; store them in ``results(doc)["cast"]``."""
    found = results(doc)
    text = doc_text(doc)
    ctx = _Context(doc)
    all_spans = _sentence_spans(doc)
    spans = [s for s in all_spans if _has_cue(text[s[0] : s[1]])]
    cued = set(spans)
    mentions: list[CastMention] = []
    # Substring checks first: each pattern runs only where its key word is.
    for span in all_spans:
        # (no casting word needed: two pairs of full names around "as" or "were" say it)
        sentence = text[span[0] : span[1]]
        if " and " in sentence:
            mentions += _paired_lists(sentence, span, text, ctx)
    for span in spans:
        sentence = text[span[0] : span[1]]
        mentions += _plain_statements(sentence, span, text, ctx)
        if " and " in sentence:
            mentions += _and_also_plays(sentence, span, text, ctx)
        if " and " in sentence and _LIST_VERB.search(sentence):
            mentions += _role_lists(sentence, span, text, ctx)
        if " role " in sentence or " who" in sentence:
            mentions += _roles_elsewhere(sentence, span, text, ctx)
        if " by " in sentence or "respectively" in sentence:
            mentions += _played_by(sentence, span, text, ctx)
        if " whose " in sentence:
            mentions += _whose(sentence, span, text, ctx)
        if " again " in sentence or " once more " in sentence:
            mentions += _again_is(sentence, span, text, ctx)
        if "voice " in sentence:
            mentions += _voice_first(sentence, span, text, ctx)
        if "'s " in sentence or "’s " in sentence:
            mentions += _owned_role(sentence, span, text, ctx)
        if ", playing " in sentence or ", portraying " in sentence or ", to play " in sentence:
            mentions += _joined_playing(sentence, span, text, ctx)
        if "s " in sentence and any(w in sentence for w in _PERFORMANCE_WORDS):
            mentions += _performances(sentence, span, text, ctx)
        if any(w in sentence for w in ("ing ", " role", " part", " turn", "portrayal")):
            mentions += _their_role(sentence, span, text, ctx)
        if "character" in sentence or "role" in sentence:
            mentions += _their_character(sentence, span, text, ctx)
    if "—" in text or "–" in text or " - " in text or ": " in text:
        # Before pronouns: "Doe – Mary" list lines name actors a later "she" may mean.
        listed = _dash_lines(text, ctx)
        if ": " in text:
            listed += _labelled_roles(text, ctx)
        for m in listed:
            ctx.add_actor(m.actor)
        mentions += listed
    # Pronoun subjects last: every actor the sentences name is known by now.
    earlier = {s: all_spans[max(0, i - 2) : i] for i, s in enumerate(all_spans)}
    characters = {m.character for m in mentions}
    for span in spans:
        sentence = text[span[0] : span[1]]
        if _PRONOUN_SUBJECT.search(sentence):
            mentions += _pronoun_subjects(sentence, span, earlier[span], text, ctx, characters)
    # "Doe was previously the spy Mary on FX's Big Show" may have no casting word.
    unread: list[tuple[tuple[int, int], list[str]]] = []
    for span in all_spans:
        sentence = text[span[0] : span[1]]
        if "'s " in sentence or "’s " in sentence or " be " in sentence:
            windows = _paragraph_windows(span, earlier[span], text)
            credits = _credits_elsewhere(sentence, span, windows, text, ctx, characters)
            mentions += credits
            if not credits:
                unread.append((span, windows))
    bracketed = [s for s in spans if "(" in text[s[0] : s[1]] or "[" in text[s[0] : s[1]]]
    pairs = [_paren_pairs(text[s[0] : s[1]], ctx) for s in bracketed]
    # Ambiguous "Name (Name)" sentences lean the way the article's other ones do.
    doc_lean = sum(ctx.lean(o, i) for ps in pairs for o, i, d in ps if d == "both")
    # The lines of one bulleted list share one order: the list's evidence decides it.
    forced = _list_directions(bracketed, pairs, text, ctx)
    for span, ps in zip(bracketed, pairs, strict=True):
        mentions += _parentheses(
            text[span[0] : span[1]], span, text, ctx, doc_lean, ps, forced.get(span[0])
        )
    cast_spans: dict[int, set[str]] = {}
    for m in mentions:
        paired_here = cast_spans.setdefault(m.start, set())
        # ("Sian Clifford, who played Claire in Fleabag, was Anna": a role in another
        # show leaves the actor free for a copula in this one)
        if not m.other_show:
            paired_here.add(m.actor)
    copulas = _is_pairs_near_cast(all_spans, cast_spans, text, ctx)
    for m in copulas:
        cast_spans.setdefault(m.start, set()).add(m.actor)
    mentions += copulas
    # "Doe is Mary. Doe is still Ann to anyone who watched FX's Big Show": the credit's
    # subject is known as an actor only from a pair read by a later step.
    paired = {m.actor for m in mentions} - ctx.actors
    for span, windows in unread if paired else []:
        sentence = text[span[0] : span[1]]
        mentions += _credits_elsewhere(
            sentence, span, windows, text, ctx, characters, ctx.actors | paired
        )
    # Every sentence: "Jane Doe's Mary Blake, the former mayor, ..." needs no casting word.
    for span in all_spans:
        sentence = text[span[0] : span[1]]
        if ("'s " in sentence or "’s " in sentence) and (
            "," in sentence or span in cued or _FATES.search(sentence)
        ):
            mentions += _possessives(sentence, span, text, ctx, span[0] in cast_spans)
    tables = list((found.get("document") or {}).get("tables") or [])
    if "|" in text or "\t" in text:
        tables += tables_in_text(text)
    for m in cast_from_tables(tables):
        at = text.find(m.actor)
        if at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            m.start, m.end = line_start, line_end if line_end >= 0 else len(text)
        mentions.append(m)
    found["cast"] = [
        m
        for m in _without_cut_names(_without_shared_misreads(mentions))
        if not _in_film_clause(m, text) and not _show_as_actor(m.actor, ctx)
    ]
    for m in found["cast"]:
        m.at = _pair_offset(m, text)
    _home_roles(found["cast"], ctx)
    return doc


def _show_as_actor(actor: str, ctx: _Context) -> bool:
    """ "turned up in Netflix's Cowboy Bebop as Gren": a show title read as the actor
    before "as" (one the model never tags as a person, so not "**Jane Doe** stars as")."""
    if _bare(actor) not in ctx.titles:
        return False
    spans = literal_spans(actor, ctx.text)
    return not any(ctx.entity_label(a, b) == "PERSON" for a, b in spans)


def _home_roles(mentions: list[CastMention], ctx: _Context) -> None:
    """ "Jane Doe, who plays Mary, had already played Ann in FX's Big Show": of one actor's
    two roles in a sentence, the one not placed in another show is the article's own
    (the sentence's topic), not the other show's that the sentence also names. Marked
    only where reading the show off the sentence's position would give the other one
    (a sentence whose titles read no credits: "from HBO's Big Show" is read there)."""
    elsewhere: dict[tuple[int, str], set[str]] = {}
    for m in mentions:
        if m.other_show and m.start >= 0:
            elsewhere.setdefault((m.start, m.actor), set()).add(m.other_show)
    titles = results(ctx.doc).get("titles")
    show_at = getattr(titles, "show_at", None)
    sentence_at = getattr(titles, "sentence_at", None)
    for m in mentions:
        shows = elsewhere.get((m.start, m.actor))
        if not shows or m.other_show or not show_at or not sentence_at:
            continue
        if getattr(sentence_at(m.start), "credits", None) or show_at(m.at) not in shows:
            continue
        topic = ctx.topic_at(m.start)
        if topic and topic not in shows:
            m.other_show = topic


# "the 2016 film in which Jane Doe played Mary", "the movie, where ...": the pairs after it
# are the film's, up to a word that turns back to the series.
_FILM_CLAUSE = fast_pattern(
    rf"(?<![\w-])(?:{_alt(phrases()['film_nouns'], space=_WS)})(?![\w-])"
    r"[^.;:()\n]{0,60}?\b(?:in\s+which|where|which\s+starred|that\s+starred)\b",
    regex.I,
)
_BACK_TO_SERIES = fast_pattern(rf"\b(?:{_alt(phrases()['series_nouns'], space=_WS)})\b", regex.I)
# The film noun _FILM_CLAUSE opens with: a sentence without one has no film clause.
_FILM_NOUN = fast_pattern(
    rf"(?<![\w-])(?:{_alt(phrases()['film_nouns'], space=_WS)})(?![\w-])", regex.I
)


@lru_cache(maxsize=1024)  # asked for every pair of the sentence
def _names_a_film(sentence: str) -> bool:
    return _FILM_NOUN.search(sentence) is not None


def _in_film_clause(m: CastMention, text: str) -> bool:
    """Whether the pair is told of a film the sentence names, not of the series."""
    if m.start < 0:
        return False
    sentence = text[m.start : m.end]
    if not _names_a_film(sentence):
        return False
    at = _name_at(sentence, m.actor)
    if at < 0:
        return False
    for clause in _FILM_CLAUSE.finditer(sentence, 0, at):
        if not _BACK_TO_SERIES.search(sentence, clause.end(), at):
            return True
    return False


def _name_at(sentence: str, name: str) -> int:
    """Where the name, or its last word, first stands in the sentence (-1 if nowhere)."""
    at = sentence.find(name)
    if at < 0:
        last = shape(name).last
        at = sentence.find(last) if last else -1
    return at


# "Small Show, in which ...", "the sitcom Small Show, where ...": a clause about the show before
_SHOW_CLAUSE = fast_pattern(
    r",\s+(?:in\s+which|where|on\s+which|which\s+(?:also\s+)?(?:starred|stars)|starring|"
    r"with|featuring|led\s+by)\b"
)


def _pair_offset(m: CastMention, text: str) -> int:
    if m.start < 0:
        return m.start
    sentence = text[m.start : m.end]
    found = [i for i in (_name_at(sentence, m.actor), _name_at(sentence, m.character)) if i >= 0]
    if not found:
        return m.start
    clauses = list(_SHOW_CLAUSE.finditer(sentence, 0, min(found)))
    return m.start + clauses[-1].start() if clauses else m.start
