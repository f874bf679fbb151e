"""Networks and streaming services: where a show airs, and where it moves.

Names and aliases come from ``data/networks.json``. Each mention gets a role
from its surroundings, which says how strongly it names the show's home:

- ``to``: the new home in a move ("moving to ABC", "picked up by Netflix")
- ``from``: the old home ("switching from CBS", "won't air on Fox")
- ``owner``: "Netflix's Mill Pond", "Peacock crime drama Glass Harbor"
- ``decider``: the subject of a decision ("Paramount+ has renewed Salt Road"); ``cancels``
  says whether the decision ends the show there ("ABC pulled the plug on X")
- ``home``: "on Netflix", "at CBS"
- ``section``: a line of its own heading a roundup's part ("Netflix" above a list)
- ``mention``: anything else

"The streamer", "the network", "the service" stand for the network named just
before them when they decide or own something, or are where a show was made
("made X for the streamer"). "Signed a deal with Amazon" names a company, not a
show's home.

Mentions inside studio names ("CBS Studios", "Warner Bros. Television"), photo
credits ("Jane Doe/Paramount+") and at the end of a person's name ("Nora Fox")
are not network mentions.
The ``knowsofar_networks`` component stores a list of :class:`NetworkMention`
under ``results(doc)["networks"]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from knowsofar.extract import entities, results, text_of
from knowsofar.extract.dates import MONTH
from knowsofar.extract.fastregex import fast_pattern
from knowsofar.extract.vocab import SP, alternation, trie_alternation
from knowsofar.network_homes import network_file

# How much each role says "this is the show's network".
ROLE_WEIGHT = {
    "to": 5.0,
    "owner": 3.0,
    "decider": 3.0,
    "home": 2.0,
    "mention": 1.0,
    "from": -4.0,
    "speculative": 0.0,
    "section": 3.0,
    "paragraph": 3.0,
}


@cache
def alias_table() -> dict[str, str]:
    """alias -> printed network name."""
    table: dict[str, str] = {}
    for entry in network_file()["networks"]:
        for alias in entry["aliases"]:
            table.setdefault(alias, entry["name"])
        table.setdefault(entry["name"], entry["name"])
    return table


@cache
def streaming_services() -> frozenset[str]:
    return frozenset(e["name"] for e in network_file()["networks"] if e.get("streaming"))


@cache
def broader_names() -> dict[str, tuple[str, ...]]:
    """network -> the broader names an article may use for it ("BBC" for BBC One)."""
    return {
        e["name"]: tuple(e["includes"]) for e in network_file()["networks"] if e.get("includes")
    }


def merge_broader(scores: dict[str, float]) -> dict[str, float]:
    """Votes for "BBC" count for "BBC One" when both are candidates (the precise name wins)."""
    out = dict(scores)
    for name, broader in broader_names().items():
        if name not in out:
            continue
        for b in broader:
            if b in out:
                out[name] += max(out.pop(b), 0.0)
    return out


@cache
def _written_as() -> dict[str, tuple[tuple[str, Any], ...]]:
    return {
        e["name"]: tuple((w, regex.compile(rf"\b{regex.escape(w)}\b")) for w in e["written_as"])
        for e in network_file()["networks"]
        if e.get("written_as")
    }


def as_written(name: str, text: str) -> str:
    """``name`` as the article writes it, where networks.json prints a fuller name the
    article uses ("USA Network" for USA)."""
    for written, pattern in _written_as().get(name, ()):
        if pattern.search(text):
            return written
    return name


@cache
def needs_context() -> frozenset[str]:
    """Names that are networks only in context when written alone ("Max", "USA"): the
    network's name, or the aliases its needs_context lists ("Pop" of Pop TV)."""
    out: set[str] = set()
    for e in network_file()["networks"]:
        context = e.get("needs_context")
        if context is True:
            out.add(e["name"])
        elif context:
            out.update(context)
    return frozenset(out)


@cache
def network_names_folded() -> frozenset[str]:
    return frozenset(a.casefold() for a in alias_table())


@cache
def network_alias_pattern() -> str:
    """A regex alternation of every alias, longest first (for use inside other patterns)."""
    return trie_alternation(alias_table())


def canonical_network(name: str) -> str | None:
    """The printed name for an alias ("Apple TV Plus" -> "Apple TV+"), or None."""
    table = alias_table()
    if name in table:
        return table[name]
    return folded_alias_table().get(name.casefold())


@cache
def folded_alias_table() -> dict[str, str]:
    return {a.casefold(): n for a, n in alias_table().items()}


# What a heading line may hold besides the network's name: "## Netflix", "**Max:**".
# ", April 2014", " (2014)", ", 2014": a date after a network's name on a line of its own
DATE_TAIL = fast_pattern(
    rf"(?:,[^\S\n]*(?:{MONTH}[^\S\n]+)?(?:19|20)\d\d|[^\S\n]+\((?:{MONTH}[^\S\n]+)?"
    r"(?:19|20)\d\d\))[^\S\n]*$"
)
SECTION_LINE = fast_pattern(r"[\s#*_>:–—-]*(?:\((?:\d+|[\w ]{1,20})\))?[\s#*_:–—-]*")
PARAGRAPH_LEAD = fast_pattern(
    r"[\s*_]*(?:(?:(?:Over|Meanwhile|And|Elsewhere)[^\S\n]+)?(?:at|on|over[^\S\n]+at)[^\S\n]+)?",
    regex.IGNORECASE,
)
AT_LEAD = fast_pattern(r"\b(?i:at|on)[^\S\n]+$")
PARAGRAPH_LEAD_AFTER = fast_pattern(r",[^\S\n]|['’]s[^\S\n]+(?:list|cuts|slate|lineup|decisions)\b")
# How far back (characters) "the streamer" looks for the network it stands for.
DESCRIPTOR_REACH = 600


# What may stand between a network and its decision: "has also quietly", "on Monday".
DECISION_LEAD = (
    rf"(?:(?:has|have|had|is|was|officially|also|already|quietly|reportedly|just|finally|now|"
    rf"since|been|not|yet|to|began|begins|started|starts|(?:on|last|this){SP}+\w+day|"
    rf"(?:earlier{SP}+)?this{SP}+(?:week|month)|today|yesterday),?{SP}+)*"
)
# Decisions that end a show at a network ...
CANCEL_VERBS = (
    rf"cancel|ax|scrap|drop|pass(?:es|ed|ing)?{SP}+on|pull(?:s|ed|ing)?{SP}+the{SP}+plug|clos|"
    rf"end(?:s|ed|ing)?\b|say(?:s|ing)?{SP}+goodbye|said{SP}+goodbye|"
    rf"bid(?:s|ding)?{SP}+(?:farewell|adieu)|let(?:s|ting)?{SP}+go|part(?:s|ed|ing)?{SP}+ways|"
    rf"shut|shelv|nix|yank|shutter|clear|cut"
)
# ... and the others: keeping, taking or handing something to a show ("passes" without
# "on" is not a cancellation).
OTHER_DECISIONS = (
    r"renew|order|pick|green|revive|giv|hand|bring|sav|rescu|swoop|snap|scoop|resurrect|"
    r"(?:re)?commission|keep|kept|pass"
)


@dataclass
class NetworkMention:
    network: str
    start: int
    end: int
    role: str
    text: str
    cancels: bool = False  # a decider whose decision ends the show there ("Fox axed X")
    field: bool = False  # named by a roundup section's field line ("Network: The CW")

    @property
    def weight(self) -> float:
        return ROLE_WEIGHT[self.role]


@cache
def _patterns() -> dict[str, Any]:
    stop_after = "|".join(
        regex.escape(w).replace(r"\ ", SP + "+")
        for w in sorted(network_file()["not_after"], key=len, reverse=True)
    )
    alias = network_alias_pattern()
    return {
        "alias": fast_pattern(rf"(?<![\w+/])(?:{alias})(?![\w+])"),
        "studio_after": fast_pattern(rf"^(?:{SP}+(?:{stop_after})\b|\.com|/)"),
        "credit_before": fast_pattern(r"(?:/|credit:?\s*[^\n]*|©\s*)$", regex.IGNORECASE),
        "to_before": fast_pattern(
            rf"(?:(?:mov(?:e|es|ed|ing)|head(?:s|ed|ing)?|com(?:e|es|ing)|jump(?:s|ed|ing)?|"
            rf"shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|migrat(?:e|es|ed|ing)|go(?:es|ing)?|"
            rf"land(?:s|ed|ing)?|transfer(?:s|red|ring)?)(?:{SP}+(?:over|exclusively))?{SP}+"
            rf"(?:to|at){SP}+|(?:picked{SP}+up|saved|rescued|revived|ordered|acquired|"
            rf"renewed|resurrected){SP}+by{SP}+|new{SP}+home{SP}+(?:at|on){SP}+)"
            rf"(?:the{SP}+)?(?:[\w-]+{SP}+){{0,2}}$",
            # (matched backwards from the mention: one try instead of one per character)
            regex.IGNORECASE | regex.REVERSE,
        ),
        "from_before": fast_pattern(
            rf"(?:(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|jump(?:s|ed|ing)?|"
            rf"migrat(?:e|es|ed|ing)|leav(?:e|es|ing)|left|transferr?(?:s|ed|ing)?)"
            rf"(?:{SP}+(?:over|away))?{SP}+(?:from{SP}+)?|"
            rf"(?:won['’]t|will{SP}+not|no{SP}+longer|never){SP}+(?:air|stream|be)"
            rf"(?:{SP}+\w+)?{SP}+(?:on|at){SP}+|"
            rf"(?:original|former|old|previous|founding){SP}+(?:home|network){SP}+(?:of{SP}+)?)"
            rf"(?:the{SP}+)?$",
            regex.IGNORECASE | regex.REVERSE,  # (backwards, as "to_before")
        ),
        "from_after": fast_pattern(
            rf"^(?:['’]s)?{SP}+(?:(?:had|has|have|originally|first|initially){SP}+)*"
            rf"(?:cancell?ed|axed|dropped|scrapped|passed{SP}+on)\b[^.;\n]*\b"
            rf"(?:picked{SP}+up|saved|rescued|revived|moved|moving|landed|new{SP}+home)\b",
            regex.IGNORECASE,
        ),
        "owner_after": fast_pattern(
            rf"^(?:['’]s?{SP}+|{SP}+(?:original{SP}+)?(?:[\w-]+{SP}+){{0,2}}(?:series|show|"
            rf"drama|comedy|dramedy|comedy-drama|sitcom|thriller|procedural|reboot|anthology|"
            rf"miniseries|docuseries|original|originals|hit|spinoff|spin-off|revival|"
            rf"adaptation|mystery|horror|fantasy|sci-fi)\b)",
            regex.IGNORECASE,
        ),
        "decider_after": fast_pattern(
            rf"^{SP}+(?:{DECISION_LEAD}){SP}*(?:(?P<cancel>{CANCEL_VERBS})|{OTHER_DECISIONS}|"
            rf"announc|confirm|decid|set|step|wrap)",
            regex.IGNORECASE,
        ),
        "home_before": fast_pattern(
            rf"(?:\b(?:on|at|via|for|to|from|with|onto){SP}+(?:the{SP}+)?|\bby{SP}+)$",
            regex.IGNORECASE,
        ),
        "speculative_before": fast_pattern(
            r"\b(?:presumably|perhaps|maybe|possibly|could|might|whether|if|rumou?red|hopes?|"
            r"hoping|wish|wishes|shopping)\b[^.;]{0,40}$",
            regex.IGNORECASE,
        ),
        # "a move to Peacock is reportedly under discussion": a move talked of, not made
        "speculative_after": fast_pattern(
            r"^[^.;]{0,30}?\b(?:is|are|was|were)\s+(?:reportedly\s+|still\s+|now\s+)?"
            r"(?:under\s+discussion|being\s+discussed|in\s+talks|rumou?red|being\s+considered|"
            r"on\s+the\s+table|possible|a\s+possibility)\b",
            regex.IGNORECASE,
        ),
        # "made X for the streamer", "streaming on the service": a home, not a company deal
        "descriptor_home": fast_pattern(rf"\b(?:on|at|for|via){SP}+$", regex.IGNORECASE),
        # "signed a deal with Amazon": the company a person works with, not a show's home
        "deal_before": fast_pattern(
            rf"\b(?:deal|pact|contract|agreement|partnership){SP}+with{SP}+(?:the{SP}+)?$",
            regex.IGNORECASE,
        ),
        "context_before": fast_pattern(
            rf"\b(?:on|at|to|by|from|streamer|service|network|platform|channel|cabler|"
            # "Canada's Showcase": a country's channel
            rf"broadcaster|(?:Canada|Britain|Australia|America|Ireland|New{SP}+Zealand)['’]s)"
            rf"{SP}+(?:the{SP}+)?$",
            regex.IGNORECASE,
        ),
        "descriptor": fast_pattern(
            rf"\b[Tt]he{SP}+(?:[\w.&+-]+{SP}+){{0,2}}?(?:streamer|network|cabler|broadcaster|"
            rf"(?:streaming{SP}+)?(?:service|platform)|streaming{SP}+giant)\b(?!['’]s)"
        ),
        "context_after": fast_pattern(
            rf"^(?:['’]s\b|{SP}+(?:has|original|series|streamer|will|is))", regex.IGNORECASE
        ),
    }


def find_networks(text: str) -> list[NetworkMention]:
    """Every network mention in ``text`` with its role."""
    p = _patterns()
    table = alias_table()
    contextual = needs_context()
    out: list[NetworkMention] = []
    for m in p["alias"].finditer(text):
        surface = " ".join(m.group().split())
        name = table.get(surface) or canonical_network(surface)
        if not name:
            continue
        left = text[max(0, m.start() - 80) : m.start()]
        right = text[m.end() : m.end() + 120]
        if p["studio_after"].match(right) or p["credit_before"].search(left[-40:]):
            continue
        # "Network: The CW" under a roundup section's title: that show's home
        field = left.endswith((":", ": ")) and field_label_before().search(left) is not None
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        # ("BBC One, April 2014" under "JAMAICA INN": its network and date)
        if SECTION_LINE.fullmatch(DATE_TAIL.sub("", line.replace(m.group(), "", 1))):
            # A roundup's heading, "Max" alone on its line: the shows under it are its; but
            # "The CW" right under "JANE THE VIRGIN" is that show's field line.
            above_end = max(0, line_start - 1)
            above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
            under_heading = 0 < len(above.strip()) <= 60 and above.rstrip()[-1:].isalnum()
            role, field = ("home", True) if under_heading else ("section", field)
        elif PARAGRAPH_LEAD.fullmatch(lead := text[line_start : m.start()]) and (
            PARAGRAPH_LEAD_AFTER.match(text, m.end()) or AT_LEAD.search(lead)
        ):
            # "Over at CBS, the axe fell on ...", "NBC's list of cuts ...": the paragraph's.
            role = "paragraph"
        elif (
            surface in contextual
            and not (
                p["context_before"].search(left)
                or p["context_after"].match(right)
                # "Mr. Nobody (Max)": a network in brackets after a title is a home
                or (left[-1:] in ("(", "[") and right[:1] in (")", "]"))
                or field  # "Network: USA"
            )
        ):
            continue
        else:
            role = "home" if field else _role(left, right, p)
        cancels = role == "decider" and bool(p["decider_after"].match(right).group("cancel"))
        out.append(NetworkMention(name, m.start(), m.end(), role, surface, cancels, field))
        if role == "decider" and m.start() == line_start:
            # "CBS cleared out its comedy bench, canceling ...": a paragraph that opens with
            # a network's decisions is about that network's shows.
            out.append(NetworkMention(name, m.start(), m.end(), "paragraph", surface))
    return sorted(out + _descriptor_mentions(text, out, p), key=lambda n: n.start)


def _descriptor_mentions(
    text: str, named: list[NetworkMention], p: dict[str, Any]
) -> list[NetworkMention]:
    """ "The streamer", "the NBCUniversal streamer": the network named just before.

    Only a nearby antecedent counts (the last network named within DESCRIPTOR_REACH
    characters; for "the streamer", the last streaming service), and only where the
    descriptor decides or owns something.
    """
    out: list[NetworkMention] = []
    streamers = streaming_services()
    for m in p["descriptor"].finditer(text):
        before = [n for n in named if n.end <= m.start() and m.start() - n.end <= DESCRIPTOR_REACH]
        if m.group().casefold().endswith(("streamer", "service", "platform", "giant")):
            # "the streamer" is a streaming service, whatever cable channel came between.
            before = [n for n in before if n.network in streamers]
        if not before:
            continue
        left = text[max(0, m.start() - 80) : m.start()]
        right = text[m.end() : m.end() + 120]
        role = _role(left, right, p)
        if role == "home" and not p["descriptor_home"].search(left):
            continue
        if role not in ("decider", "owner", "home"):
            # A mere mention adds nothing the named one did not; "made X for the streamer"
            # does: it puts the shows of its own sentence on the streamer.
            continue
        cancels = role == "decider" and bool(p["decider_after"].match(right).group("cancel"))
        out.append(NetworkMention(before[-1].network, m.start(), m.end(), role, m.group(), cancels))
    return out


@cache
def field_labels() -> list[str]:
    """The labels of a roundup section's field line naming its network ("Network:")."""
    return list(network_file()["field_labels"])


@cache
def field_label_before() -> Any:
    """A field label opening the line up to here: "Network: " before "The CW"."""
    labels = alternation(field_labels(), r"\s+")
    # ("- Network: The WB": a bulleted field)
    return fast_pattern(
        rf"(?:^|\n)[^\S\n]*(?:[-•–][^\S\n]+)?[*_]*(?i:{labels})[*_]*[^\S\n]*:[^\S\n]*$"
    )


def _role(left: str, right: str, p: dict[str, Any]) -> str:
    if (
        left[-1:] in ("(", "[")
        and right[:1] in (")", "]")
        and regex.search(r"\p{Lu}[^()\[\]\n]*[(\[]$", left)
    ):
        return "owner"  # "Ironbridge (Apple TV+)": a title and its network
    if p["from_before"].search(left) or p["from_after"].match(right):
        return "from"
    if p["speculative_before"].search(left) or p["speculative_after"].match(right):
        return "speculative"
    if p["to_before"].search(left):
        return "to"
    if p["decider_after"].match(right):
        return "decider"
    if p["owner_after"].match(right):
        return "owner"
    if p["deal_before"].search(left):
        return "mention"
    if p["home_before"].search(left):
        return "home"
    return "mention"


class NetworkFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = find_networks(text_of(doc))
        if found:
            # "Lucas Bravo", "Jorja Fox": a network's name that ends a person's name is the
            # person's (the name must start before it, so "Fox" alone is never dropped).
            people = [(s, e) for s, e, label in entities(doc) if label == "PERSON"]
            found = [n for n in found if not any(s < n.start and n.end <= e for s, e in people)]
        results(doc)["networks"] = found
        return doc


@Language.factory("knowsofar_networks")
def make_network_finder(nlp: Language, name: str) -> NetworkFinder:
    return NetworkFinder()
